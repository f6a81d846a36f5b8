"""Events: what kind of happening, the main one and the background ones, and their totals.

The main event is the one the first sentences are about. An earlier event
the report mentions as context (an attack last month, the standoff before an
assault) becomes its own event with its own date, and the figures said of it
go with it, never into the main event's totals.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc

from ..extraction.date_kind import DateMention
from ..extraction.figures import FigureMention, role_of
from ..extraction.period import is_roundup, own_clause, period_words, separate_incidents, series_clause
from ..extraction.scope import (
    ago_in_clause,
    clause_of,
    dates_noun,
    days_before,
    earlier_event_clause,
    first_conjunct,
    in_clause,
    incident_segments,
    is_earlier,
    placed_after,
    protest_cause,
    scoped,
)
from ..extraction.sentences import sentences as doc_sentences
from ..extraction.time import Standoff, choose_main_date, undated_day
from ..record import DatePrecision
from .counting import people_estimate, totals
from .type_choice import TypeChoice, classify

__all__ = ["EventDraft", "TypeChoice", "assign_events", "classify", "people_estimate", "totals"]

# --------------------------------------------------------------------------- main and background

#: The kinds of figure that tell a harm done.
_HARMS = frozenset({"killed", "injured"})


@dataclass
class EventDraft:
    """An event being assembled: its sentences, its date, its figures."""

    main: bool
    sentences: list[int]
    date: datetime.date | None = None
    date_precision: DatePrecision = "unknown"
    start_date: datetime.date | None = None
    note: str | None = None
    figures: list[FigureMention] = field(default_factory=list)
    forced_type: TypeChoice | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    date_evidence: list[tuple[int, int]] = field(default_factory=list)  # the words the date was read from


def _words_at(doc: Doc, start: int, end: int) -> str:
    """The words of ``doc`` over the characters ``start:end``, widened to whole tokens."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.text if span is not None else doc.text[start:end]


def assign_events(
    doc: Doc,
    mentions: list[FigureMention],
    dates: list[DateMention],
    standoff: Standoff | None,
    published: date | None,
) -> list[EventDraft]:
    """Split figures into the main event and background events."""
    n_sents = len(doc_sentences(doc))
    main = EventDraft(main=True, sentences=list(range(n_sents)))
    main_date = choose_main_date(doc, dates, published)
    if main_date is not None:
        main.date, main.date_precision = main_date.value.date, main_date.value.precision
        main.date_evidence = [(main_date.start, main_date.end)]
    elif published is not None:
        main.date, main.date_precision = undated_day(doc, published), "unknown"
    background: dict[object, EventDraft] = {}
    sents = doc_sentences(doc)

    if standoff is not None and main.date is not None:
        main.start_date = main.date - timedelta(days=standoff.days)
        siege = EventDraft(
            main=False,
            sentences=[],
            date=main.start_date,
            date_precision="week" if standoff.unit != "month" else "month",
            note=f"the {_words_at(doc, standoff.start, standoff.end)} before the main event",
            forced_type=TypeChoice("strategic_developments", "other"),
            evidence=[(standoff.start, standoff.end)],
            date_evidence=[*main.date_evidence, (standoff.start, standoff.end)],  # counted back from the assault
        )
        background["standoff"] = siege

    segments = incident_segments(sents)
    roundup = {i for i, sent in enumerate(sents) if is_roundup(sent)} if max(segments, default=0) else set()
    first_harm = min((m.sentence for m in mentions if m.figure.kind in _HARMS), default=n_sents)
    context: dict[int, FigureMention] = {}  # counts over a period: listed with the main event, in no total
    key: object
    when: datetime.date | None
    precision: DatePrecision
    for m in mentions:
        target = main
        anchor = doc[m.anchor]
        clause = clause_of(doc[m.predicate] if m.predicate is not None else anchor)
        period = period_words(
            doc, own_clause(doc[m.predicate] if m.predicate is not None else anchor), sents[m.sentence], m.anchor
        ) or ("several incidents" if m.sentence in roundup else None)
        if period is None and role_of(m) == "toll" and m.figure.count > 1:
            period = separate_incidents(sents[m.sentence])  # "Two men were shot at different locations"
        if period is None and m.predicate is not None and role_of(m) == "toll" and m.figure.count > 1:
            period = series_clause(doc[m.predicate])  # "one of eight attacks in which 171 people were killed"
        if period is not None:  # "18 people have been killed this year" counts a period, not an event
            context[id(m)] = scoped(m, "cumulative", period)
            continue
        ago = ago_in_clause(
            doc, clause_of(first_conjunct(doc[m.predicate] if m.predicate is not None else anchor)), sents[m.sentence]
        )
        if ago is not None and main.date is not None:  # "Two weeks ago, a man was shot dead at the same complex"
            key = ("ago", ago)
            if key not in background:
                when, unit = main.date - timedelta(days=ago[0]), ago[1]
                background[key] = EventDraft(
                    main=False,
                    sentences=[m.sentence],
                    date=when,
                    date_precision="day" if unit == "day" else ("week" if unit == "week" else "month"),
                    note="an earlier event the report mentions",
                )
            background[key].figures.append(m)
            continue
        said_of = doc[m.predicate] if m.predicate is not None else anchor
        cause = protest_cause(said_of, sents[m.sentence])
        before = placed_after(said_of) if cause is None else None
        if (
            cause is not None or before is not None
        ):  # "demanding justice for the killing of 4": the protest is the event
            cause = cause if cause is not None else before
            assert cause is not None
            key = ("cause", cause.i)
            if key not in background:
                background[key] = EventDraft(  # the sentence stays the main event's own
                    main=False,
                    sentences=[],
                    note="an earlier event the report's own came after"
                    if before is not None
                    else "the killing the protest is about",
                    evidence=[(cause.idx, cause.idx + len(cause.text))],
                )
            background[key].figures.append(m)
            continue
        earlier_event = earlier_event_clause(doc[m.predicate] if m.predicate is not None else anchor)
        if earlier_event is not None:
            key = ("earlier", earlier_event.i)
            if key not in background:
                days = days_before(sents[m.sentence].text)
                when = main.date - timedelta(days=days) if main.date is not None and days is not None else None
                precision = "day" if when else "unknown"
                own = next(
                    (
                        d
                        for d in dates
                        if d.sentence == m.sentence and any(d.start <= c.idx < d.end for c in earlier_event.children)
                    ),
                    None,
                )
                if own is not None:  # "a bombing last month": a month, not its first day
                    when, precision = own.value.date, own.value.precision
                background[key] = EventDraft(
                    main=False,
                    sentences=[m.sentence],
                    date=when,
                    date_precision=precision,
                    note=f"an earlier {earlier_event.lower_} the report mentions",
                    evidence=[(earlier_event.idx, earlier_event.idx + len(earlier_event.text))],
                    date_evidence=[(own.start, own.end)] if own is not None else [],
                )
            background[key].figures.append(m)
            continue
        segment = segments[m.sentence]
        if segment and (main.figures or any(segments[x.sentence] == 0 for x in mentions)):
            key = ("incident", segment)
            if key not in background:
                first = segments.index(segment)
                own_dates = [d for d in dates if segments[d.sentence] == segment and d.value.precision == "day"]
                value = own_dates[0].value if own_dates else None
                background[key] = EventDraft(
                    main=False,
                    sentences=[k for k, seg in enumerate(segments) if seg == segment],
                    date=value.date if value else main.date,
                    date_precision=value.precision if value else main.date_precision,
                    note="another incident the report describes",
                    evidence=[(sents[first].start_char, sents[first].end_char)],
                    date_evidence=[(own_dates[0].start, own_dates[0].end)] if own_dates else list(main.date_evidence),
                )
            background[key].figures.append(m)
            continue
        sent = sents[m.sentence]
        low = sent.text.lower()
        if "standoff" in background and any(
            w in low for w in ("during which", "during the standoff", "during the siege", "during the stand-off")
        ):
            during = next((t for t in sent if t.lower_ == "during"), None)
            if during is not None and during.i < anchor.i:
                target = background["standoff"]
        if target is main:
            in_own_clause = [d for d in dates if d.sentence == m.sentence and in_clause(doc, d, clause)]
            # "the May 2, 2011, shooting death of ...": a date on the harm's noun, when the report has told
            # a harm before it (a report of a court hearing about that death alone is about that death)
            if m.predicate is not None and first_harm < m.sentence:
                in_own_clause += [d for d in dates if d.sentence == m.sentence and dates_noun(doc, d, m.predicate)]
            for d in in_own_clause:
                if main.date is not None and is_earlier(d.value.date, main.date, d.value.precision):
                    key = (d.value.date, d.value.precision)
                    if key not in background:
                        background[key] = EventDraft(
                            main=False,
                            sentences=[m.sentence],
                            date=d.value.date,
                            date_precision=d.value.precision,
                            evidence=[(d.start, d.end)],
                            date_evidence=[(d.start, d.end)],
                        )
                    target = background[key]
                    break
        target.figures.append(m)
        if target is not main and m.sentence not in target.sentences:
            target.sentences.append(m.sentence)
    if context:  # in text order among the main event's own figures
        own_ids = {id(m) for m in main.figures}
        main.figures = [context.get(id(m), m) for m in mentions if id(m) in own_ids or id(m) in context]
    for event in background.values():
        event.figures = [scoped(m, "background") for m in event.figures]
    # the main event's sentences are those not about a background event
    taken = {s for e in background.values() for s in e.sentences}
    main.sentences = [s for s in main.sentences if s not in taken] or main.sentences
    return [main, *background.values()]
