"""Pair evidence: how two candidates' days, places, people, wording and tolls agree, and its weighing.

``features(a, b)`` are the numbers a pair is judged on (names in
``FEATURES``); ``Model`` weighs them (``data/link_model.json``, fitted by
``scripts/train_linker.py``, card in ``docs/link_model.md``); ``apart`` says
when a pair is two happenings whatever the weights.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from .candidate import Candidate, km

#: Event types that different reports of one happening may give it: the extractor's reading of one
#: shooting moves between these, so a change within a family is weak evidence against.
TYPE_FAMILIES = (
    frozenset({"battles", "violence_against_civilians", "explosions_remote_violence", "non_conflict"}),
    frozenset({"protests", "riots"}),
)


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


def _no_day(c: Candidate) -> bool:
    """The report gives only the week or the month ('last week', 'earlier this month'), not the day: its span
    overlapping another's is no same day."""
    return (
        c.precision in ("month", "week")
        and c.from_text
        and not (c.start is not None and c.day is not None and c.start < c.day)
    )


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
    no_day = _no_day(a) or _no_day(b)
    shared_names = len(a.names & b.names)
    shared_surnames = len((a.surnames & b.surnames) - {n.split()[-1] for n in a.names & b.names})
    shared_victims = len((a.victims & (b.victims | b.names | b.surnames)) | (b.victims & (a.names | a.surnames)))
    lead = fuzz.token_sort_ratio(a.lead, b.lead) / 100 if a.lead and b.lead else 0.0
    return (
        1.0,
        float(gap == 0 and not no_day),
        float(
            gap is not None and (0 < gap <= 2 or (gap == 0 and no_day))
        ),  # a week or month that holds the day is near
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
            if gap == 0 and not _no_day(a) and not _no_day(b):
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
