"""Linking: which incident, if any, a report's event is one more report of.

Pure functions over frozen types: a ``Candidate`` is what linking reads of one
event of one report; an ``IncidentSketch`` is an incident as the candidates
that joined it. ``link(candidate, incidents)`` returns the incident it joins,
or None for a new one. A candidate is compared with each member of an incident
on what reports of one happening agree on (the day, within the precision each
report gives it; the place, by distance; the people and the victims named; the
lead's wording; the kind of event; the toll), and the pair's evidence is
weighed by a small logistic model fitted on the dev corpora
(``scripts/train_linker.py``, card in ``docs/link_model.md``).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz

from ..extraction.lexicon import MONTHS, WEEKDAYS

#: Event types that different reports of one happening may give it: the extractor's reading of one
#: shooting moves between these, so a change within a family is weak evidence against.
TYPE_FAMILIES = (
    frozenset({"battles", "violence_against_civilians", "explosions_remote_violence", "non_conflict"}),
    frozenset({"protests", "riots"}),
)
#: Titles and roles of people who speak about many incidents: the police spokesman is no evidence.
_OFFICIAL = re.compile(
    r"\b(officer|sgt|sergeant|lt|lieutenant|capt|captain|chief|sheriff|deputy|detective|det|cpl|corporal|"
    r"trooper|spokes\w*|mayor|judge|prosecutor|attorney|coroner|gov|governor|president|minister|secretary|"
    r"senator|sen|rep|commissioner|superintendent|undersheriff|police|agent|general|dr|rev|official)\b",
    re.I,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]+")
_STOP_CAPS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "he",
        "she",
        "it",
        "they",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "there",
        "police",
        "man",
        "woman",
        "boy",
        "girl",
        "men",
        "women",
        "teen",
        "teens",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        *WEEKDAYS,
        *MONTHS,
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "update",
        "updated",
        "posted",
        "share",
        "email",
        "comments",
        "advertisement",
        "copyright",
        "news",
        "video",
        "photo",
        "photos",
        "read",
        "more",
        "sign",
    ]
)
_LEAD_CHARS = 600
#: How much of a report its capitalised words are read from: the story, before the page's other stories.
_WORDS_CHARS = 1500


@dataclass(frozen=True)
class Candidate:
    """What linking reads of one event of one report."""

    event_type: str
    day: date | None  # the event's date as the report gives it
    precision: str  # day, week, month, unknown
    from_text: bool  # the report names the day (else it is its publication's)
    start: date | None  # the first day of an event over several days (a siege), else None
    published: date | None
    lat: float | None
    lon: float | None
    country: str | None
    names: frozenset[str]  # people of the story, not officials: normalised full names
    surnames: frozenset[str]
    victims: frozenset[str]  # named people a figure counts (the dead, the wounded), full names and surnames
    words: frozenset[str]  # capitalised words of the story: streets, clubs, towns, names
    lead: str  # the title and first sentence, normalised
    killed: int | None
    injured: int | None


@dataclass(frozen=True)
class IncidentSketch:
    """An incident as linking sees it: the candidates that joined it."""

    id: Any
    members: tuple[Candidate, ...]


def norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float:
    """Great-circle distance; infinite when a point is unknown."""
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return math.inf
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def _day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def candidate(
    event: dict[str, Any],
    record: dict[str, Any],
    *,
    title: str | None,
    text: str,
    published: date | None,
    story: bool = True,
) -> Candidate:
    """The candidate of one event of a stored record (the record's JSON form).

    ``story`` False for an event the report only recalls: the report's people
    and wording are about its main event, and would pull this one towards it.
    """
    place = event.get("place") or {}
    names: set[str] = set()
    surnames: set[str] = set()
    for person in record.get("people") or [] if story else []:
        name = norm(person.get("name"))
        words = name.split()
        role = f"{person.get('title') or ''} {person.get('role') or ''}"
        if len(words) < 2 or _OFFICIAL.search(role):
            continue
        names.add(name)
        surnames.add(words[-1])
    victims: set[str] = set()
    for figure in event.get("figures") or []:
        if figure.get("named") and figure.get("kind") in ("killed", "injured"):
            name = norm(figure.get("group"))
            if name and " s " not in f" {name} ":  # "Jacob's friend" is not a name
                victims.add(name)
                victims.add(name.split()[-1])
    story_text, title = (text, title) if story else ("", None)
    first = re.split(r"(?<=[.!?])\s", story_text.strip()[:_LEAD_CHARS], maxsplit=1)[0]
    lead_text = f"{title or ''} {first}" if story else ""
    caps = frozenset(
        w.lower().strip(".'-")
        for w in _WORD.findall(f"{title or ''} {story_text[:_WORDS_CHARS]}")
        if w[0].isupper() and w.lower().strip(".'-") not in _STOP_CAPS and len(w) > 2
    )
    totals = event.get("totals") or {}
    day, from_text = _day(event.get("date")), bool(event.get("date_evidence"))
    if published is None and not _names_a_year(event, text):
        day, from_text = None, False  # "on Sunday" with no publication date to count back from: no day known
    return Candidate(
        event_type=str(event.get("event_type") or "non_conflict"),
        day=day or published,
        precision=str(event.get("date_precision") or "unknown"),
        from_text=from_text,
        start=_day(event.get("start_date")),
        published=published,
        lat=place.get("lat"),
        lon=place.get("lon"),
        country=place.get("country"),
        names=frozenset(names),
        surnames=frozenset(surnames),
        victims=frozenset(victims),
        words=caps,
        lead=norm(lead_text)[:400],
        killed=totals.get("killed"),
        injured=totals.get("injured"),
    )


def _names_a_year(event: dict[str, Any], text: str) -> bool:
    """Whether the words the event's date was read from name its year ('July 3, 2008')."""
    return any(re.search(r"\b(1[89]|20)\d\d\b", text[start:end]) for start, end in event.get("date_evidence") or [])


def _span(c: Candidate) -> tuple[date, date] | None:
    """The days the event may have been on, as wide as the report's precision."""
    if c.day is None:
        return None
    if c.start is not None and c.start < c.day:
        return c.start, c.day
    if not c.from_text:  # the publication's day: the event was on it or in the days before
        return c.day - timedelta(days=3), c.day
    if c.precision == "week":
        return c.day - timedelta(days=7), c.day + timedelta(days=7)
    if c.precision == "month":
        return c.day.replace(day=1), c.day.replace(day=28) + timedelta(days=3)
    if c.precision == "day":
        return c.day, c.day
    return c.day - timedelta(days=7), c.day


def day_gap(a: Candidate, b: Candidate) -> int | None:
    """Days between the two events' possible spans; None when either is undated."""
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return None
    if sa[1] < sb[0]:
        return (sb[0] - sa[1]).days
    if sb[1] < sa[0]:
        return (sa[0] - sb[1]).days
    return 0


def within(background: Candidate, main: Candidate) -> bool:
    """Whether an event a report recalls lies within the span of the report's main event (the siege's start)."""
    if background.day is None or main.day is None or main.start is None:
        return False
    return main.start <= background.day <= main.day and (background.start or background.day) >= main.start


def _family(event_type: str) -> int:
    return next((i for i, family in enumerate(TYPE_FAMILIES) if event_type in family), -1)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


FEATURES = (
    "bias",
    "same_day",
    "near_day",
    "day_gap_log",
    "precise_conflict",
    "undated",
    "near_place",
    "mid_place",
    "far_place",
    "very_far_place",
    "no_place",
    "other_country",
    "shared_names",
    "shared_surnames",
    "shared_victims",
    "lead_similarity",
    "word_overlap",
    "shared_words",
    "same_type",
    "other_family",
    "same_killed",
    "other_killed",
    "same_injured",
)


def features(a: Candidate, b: Candidate) -> tuple[float, ...]:
    """The evidence that two reports' events are one happening, as numbers (names in ``FEATURES``)."""
    gap = day_gap(a, b)
    precise = a.from_text and b.from_text and a.precision == "day" and b.precision == "day"
    distance = km(a.lat, a.lon, b.lat, b.lon)
    shared_names = len(a.names & b.names)
    shared_surnames = len((a.surnames & b.surnames) - {n.split()[-1] for n in a.names & b.names})
    shared_victims = len((a.victims & (b.victims | b.names | b.surnames)) | (b.victims & (a.names | a.surnames)))
    lead = fuzz.token_sort_ratio(a.lead, b.lead) / 100 if a.lead and b.lead else 0.0
    return (
        1.0,
        float(gap == 0),
        float(gap is not None and 0 < gap <= 2),
        math.log1p(gap) if gap is not None else 0.0,
        float(precise and gap is not None and gap >= 2),
        float(gap is None),
        float(distance <= 15),
        float(15 < distance <= 60),
        float(60 < distance < math.inf),
        float(300 < distance < math.inf),
        float(distance == math.inf),
        float(bool(a.country and b.country and a.country != b.country)),
        float(min(shared_names, 3)),
        float(min(shared_surnames, 3)),
        float(min(shared_victims, 3)),
        lead,
        _jaccard(a.words, b.words),
        min(len(a.words & b.words), 12) / 12,
        float(a.event_type == b.event_type),
        float(_family(a.event_type) != _family(b.event_type)),
        float(a.killed is not None and a.killed == b.killed),
        float(a.killed is not None and b.killed is not None and a.killed != b.killed),
        float(a.injured is not None and a.injured == b.injured),
    )


_AT = {name: i for i, name in enumerate(FEATURES)}


@dataclass(frozen=True)
class Model:
    """Weights of the pair features, the score a candidate needs to join an incident, and the score it needs
    with a second incident to show the two are one (``bridged``; infinite: never)."""

    weights: tuple[float, ...]
    threshold: float
    merge: float = math.inf

    def score(self, a: Candidate, b: Candidate) -> float:
        """The weighted sum of the pair's ``features`` (-inf when ``apart``), computed without building them.

        The same numbers as ``sum(w * x for w, x in zip(weights, features(a, b)))``, term by term in the
        features' order: a feature that is zero adds nothing, so it is skipped. Ingest scores every member
        of every incident near a report, so this is its hottest loop.
        """
        (
            w_bias,
            w_same_day,
            w_near_day,
            w_gap_log,
            w_precise,
            w_undated,
            w_near,
            w_mid,
            w_far,
            w_very_far,
            w_no_place,
            w_country,
            w_names,
            w_surnames,
            w_victims,
            w_lead,
            w_overlap,
            w_words,
            w_type,
            w_family,
            w_same_killed,
            w_other_killed,
            w_same_injured,
        ) = self.weights
        gap = day_gap(a, b)
        common_names = a.names & b.names
        shared_names = min(len(common_names), 3)
        shared_surnames = min(len((a.surnames & b.surnames) - {n.split()[-1] for n in common_names}), 3)
        shared_victims = min(
            len((a.victims & (b.victims | b.names | b.surnames)) | (b.victims & (a.names | a.surnames))), 3
        )
        precise = a.from_text and b.from_text and a.precision == "day" and b.precision == "day"
        if precise and gap is not None and gap >= 2 and shared_names + shared_surnames + shared_victims == 0:
            return -math.inf  # apart
        total = w_bias * 1.0
        if gap is None:
            total += w_undated * 1.0
        else:
            if gap == 0:
                total += w_same_day * 1.0
            elif gap <= 2:
                total += w_near_day * 1.0
            if gap:
                total += w_gap_log * math.log1p(gap)
            if precise and gap >= 2:
                total += w_precise * 1.0
        distance = km(a.lat, a.lon, b.lat, b.lon)
        if distance <= 15:
            total += w_near * 1.0
        elif distance <= 60:
            total += w_mid * 1.0
        elif distance < math.inf:
            total += w_far * 1.0
            if distance > 300:
                total += w_very_far * 1.0
        else:
            total += w_no_place * 1.0
        if a.country and b.country and a.country != b.country:
            total += w_country * 1.0
        if shared_names:
            total += w_names * float(shared_names)
        if shared_surnames:
            total += w_surnames * float(shared_surnames)
        if shared_victims:
            total += w_victims * float(shared_victims)
        if a.lead and b.lead:
            lead = fuzz.token_sort_ratio(a.lead, b.lead) / 100
            if lead:
                total += w_lead * lead
        if a.words and b.words:
            common = len(a.words & b.words)
            if common:
                total += w_overlap * (common / len(a.words | b.words))
                total += w_words * (min(common, 12) / 12)
        if a.event_type == b.event_type:
            total += w_type * 1.0
        if _family(a.event_type) != _family(b.event_type):
            total += w_family * 1.0
        if a.killed is not None and b.killed is not None:
            total += w_same_killed * 1.0 if a.killed == b.killed else w_other_killed * 1.0
        if a.injured is not None and a.injured == b.injured:
            total += w_same_injured * 1.0
        return total


def apart(values: tuple[float, ...]) -> bool:
    """Two reports that each read their day from the text, days apart, and share no person, are two happenings.

    A coder codes one event per day: the same town attacked on Monday and on
    Thursday is two events however alike the reports read. Of the pairs the
    model alone would link on the dev corpora, this parts 1 of GVC's 16 wrong
    (none of its 196 right), 10 of SemEval's 294 wrong and 5 of its 699 right,
    and 2 of ECB+'s 1,155 right (none of its 185 wrong).
    """
    named = values[_AT["shared_names"]] + values[_AT["shared_surnames"]] + values[_AT["shared_victims"]]
    return values[_AT["precise_conflict"]] > 0 and named == 0


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The model shipped with sitrep (``data/link_model.json``)."""
    data = json.loads((resources.files("sitrep") / "data" / "link_model.json").read_text(encoding="utf-8"))
    weights = data["weights"]
    merge = float(data.get("merge_threshold", math.inf))
    return Model(tuple(float(weights[name]) for name in FEATURES), float(data["threshold"]), merge)


def incident_score(c: Candidate, incident: IncidentSketch, model: Model) -> float:
    """How strongly the evidence says the candidate is this incident: its best agreeing member."""
    return max((model.score(c, m) for m in incident.members), default=-math.inf)


def link(
    c: Candidate, incidents: tuple[IncidentSketch, ...] | list[IncidentSketch], model: Model | None = None
) -> IncidentSketch | None:
    """The incident the candidate joins (the best scoring above the threshold), or None for a new one."""
    return link_bridged(c, incidents, model)[0]


def link_bridged(
    c: Candidate, incidents: tuple[IncidentSketch, ...] | list[IncidentSketch], model: Model | None = None
) -> tuple[IncidentSketch | None, tuple[IncidentSketch, ...]]:
    """The incident the candidate joins, as ``link``, and the others it shows are that one (``bridged``).

    Reports are linked one by one, so two reports of one happening that share
    little may have started two incidents before a third, close to both,
    arrives: when its score with another incident reaches the model's
    ``merge`` score too, that incident is the same happening and joins the
    chosen one. A bar above the joining threshold: one report's strong
    likeness to two incidents, not a weak one.
    """
    model = model or default_model()
    best: tuple[float, IncidentSketch] | None = None
    strong: list[IncidentSketch] = []
    for incident in incidents:
        score = incident_score(c, incident, model)
        if score >= model.threshold and (best is None or score > best[0]):
            best = (score, incident)
        if score >= model.merge:
            strong.append(incident)
    if best is None:
        return None, ()
    return best[1], tuple(i for i in strong if i is not best[1])
