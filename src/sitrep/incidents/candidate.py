"""Candidates: what linking reads of one event of one report, from its stored record.

A ``Candidate`` holds the event's day and its precision, its place, the people
and victims it names, its lead and capitalised words, and its toll; an
``IncidentSketch`` is an incident as the candidates that joined it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..extraction.lexicon import MONTHS, WEEKDAYS

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
