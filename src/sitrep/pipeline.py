"""The pipeline: read -> parse -> extract -> assemble one record per report.

``extract`` handles one report; ``extract_many`` streams many through
spaCy's batched ``nlp.pipe`` so the model's cost is paid per batch, and the
model is loaded once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from typing import Protocol

from spacy.tokens import Doc

from . import events as events_x
from . import nlp as nlp_module
from .extraction import actors as actors_x
from .extraction import figures as figures_x
from .extraction import place as place_x
from .extraction import time as time_x
from .extraction.lexicon import PERSON_PRONOUN_FORMS
from .extraction.people import PeopleIndex, extract_people
from .extraction.place_mentions import find_places
from .extraction.quotes import extract_quotes
from .read import DEFAULT_MAX_BYTES, Report, parse_published, read_text
from .record import Event, Record

DEFAULT_BATCH_SIZE = 16
#: Reports parsed within one spaCy memory zone.
ZONE_SIZE = 256


class _ReportLike(Protocol):
    text: str


def extract(
    text: str | Report,
    published: str | date | None = None,
    *,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Record:
    """The record of one report (plain text or a ``Report``), as ``sitrep extract`` prints it."""
    report = _as_report(text, published, max_bytes)
    nlp = nlp_module.load(model)
    return assemble(nlp(report.text), report)


def extract_many(
    reports: Iterable[str | Report | _ReportLike],
    published: str | date | None = None,
    *,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Record]:
    """Records for many reports, in order, parsed in batches.

    Items may be strings, ``Report`` objects, or any object with ``.text``
    (and optionally ``.published``, ``.title``, ``.outlet``, ``.url``).
    """
    nlp = nlp_module.load(model)
    checked = (_as_report(item, published, max_bytes) for item in reports)
    pairs = ((r.text, r) for r in checked)
    while True:
        chunk = list(islice(pairs, ZONE_SIZE))
        if not chunk:
            return
        # strings spaCy learns from these reports are forgotten after them: memory stays flat on long streams.
        # The zone is closed before any record is handed out: a caller that stops reading early must not
        # leave it open, to be closed by the garbage collector in the middle of another zone.
        records = []
        with nlp.memory_zone():
            for doc, report in nlp.pipe(chunk, as_tuples=True, batch_size=batch_size):
                records.append(assemble(doc, report))
        yield from records


def _as_report(item: object, published: str | date | None, max_bytes: int) -> Report:
    if isinstance(item, Report):
        report = item
        checked = read_text(report.text, published=published or report.published, max_bytes=max_bytes)
        return Report(checked.text, checked.published, report.title, report.outlet, report.url)
    if isinstance(item, str):
        return read_text(item, published=published, max_bytes=max_bytes)
    text = getattr(item, "text", None)
    if not isinstance(text, str):
        raise TypeError(f"cannot read a report from {type(item).__name__}: it needs a .text string")
    own = getattr(item, "published", None)
    checked = read_text(text, published=published or own, max_bytes=max_bytes)
    return Report(
        checked.text,
        checked.published or parse_published(own),
        getattr(item, "title", None),
        getattr(item, "outlet", None),
        getattr(item, "url", None),
    )


def assemble(doc: Doc, report: Report) -> Record:
    """Run every extractor over a parsed report and put the record together."""
    published = report.published
    people = extract_people(doc)
    quotes = extract_quotes(doc, people)
    resolve = _person_resolver(people, report.text)
    mentions = figures_x.extract_figures(doc, resolve)
    dates = time_x.find_dates(doc, published)
    standoff = time_x.find_standoff(doc)
    drafts = events_x.assign_events(doc, mentions, dates, standoff, published)
    places = find_places(doc)
    events: list[Event] = []
    for draft in drafts:
        figures = [m.figure for m in draft.figures]
        actors = actors_x.find_actors(doc, draft.sentences) if draft.main else []
        etype = draft.forced_type or events_x.classify(  # a count over a period says nothing of the event
            doc, [f for f in figures if f.scope != "cumulative"], draft.sentences, {a.actor_class for a in actors}
        )
        if etype is None:
            continue
        actors = actors_x.with_event_type(actors, etype.event_type)
        place = place_x.event_place(places, draft.sentences, doc, focus=[m.sentence for m in draft.figures])
        events.append(
            Event(
                main=draft.main,
                event_type=etype.event_type,
                sub_event_type=etype.sub_event_type,
                type_source=etype.source,
                type_evidence=list(etype.evidence) or list(draft.evidence),
                note=draft.note,
                date=draft.date.isoformat() if draft.date else None,
                date_precision=draft.date_precision,
                date_evidence=list(draft.date_evidence),
                time=time_x.event_time(doc, draft.sentences) if draft.main else None,
                start_date=draft.start_date.isoformat() if draft.start_date else None,
                place=place,
                actors=actors,
                figures=figures,
                totals=events_x.totals(figures),
                evidence=list(draft.evidence),
            )
        )
    if events and not any(e.main for e in events):
        events[0].main = True
    return Record(
        published=published.isoformat() if published else None,
        title=report.title,
        outlet=report.outlet,
        url=report.url,
        text=report.text,
        events=events,
        people=people.people,
        organizations=actors_x.organizations(doc),
        quotes=quotes,
    )


_PRONOUNS = PERSON_PRONOUN_FORMS


def _person_resolver(people: PeopleIndex, text: str) -> figures_x.PersonResolver:
    """Names for figures; a pronoun is not taken for the officer or spokesman who speaks in the report."""

    def resolve(start: int, end: int) -> str | None:
        person = people.person_at(start, end)
        if person is None:
            return None
        if text[start:end].lower() in _PRONOUNS and people.is_speaker(person):
            return None
        return person.name

    return resolve
