"""Geoparsing scores, as published geoparsers report them (Gritta et al. 2019).

Every place mention in the text is a toponym. Recall: gold toponyms that a
predicted one overlaps; precision: predicted toponyms that overlap a gold
one; accuracy@161 km: of the gold toponyms found, those placed within 161 km
(100 miles) of the gold coordinates. A toponym resolved to the very GeoNames
feature the gold names (the same geonameid) is placed right whatever point
the gazetteer keeps for it: a country's or a province's point is a choice
(GeoNames' own, a centroid), not a different answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .fields import km

ACCURACY_KM = 161.0
TOPONYM_COLUMNS = ("toponym_p", "toponym_r", "toponym_f1", "acc161")


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass
class ToponymTally:
    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold toponyms a prediction overlaps
    hit: int = 0  # predictions that overlap a gold toponym
    within: int = 0  # found and within 161 km

    def add(self, other: ToponymTally) -> None:
        for name in ("gold", "predicted", "found", "hit", "within"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, dict[str, float | int]]:
        """Each measure with the counts it is a ratio of."""
        p = _cell(self.hit, self.predicted)
        r = _cell(self.found, self.gold)
        f1 = 2 * p["score"] * r["score"] / (p["score"] + r["score"]) if p["score"] + r["score"] else 0.0
        return {
            "toponym_p": p,
            "toponym_r": r,
            "toponym_f1": {"score": f1, "right": self.found, "n": self.gold},
            "acc161": _cell(self.within, self.found),
        }


def _cell(right: int, n: int) -> dict[str, float | int]:
    return {"score": right / n if n else 0.0, "right": right, "n": n}


def gold_toponyms(text: str, toponyms: Iterable[dict[str, Any]]) -> list[Toponym]:
    """Gold toponyms; one whose phrase is not at its offsets moves to the nearest place the phrase is."""
    out = []
    for t in toponyms:
        start, end, phrase = int(t["start"]), int(t["end"]), str(t.get("phrase") or "")
        if phrase and text[start:end] != phrase:
            start, end = _relocate(text, phrase, start, end)
        lat, lon = t.get("lat"), t.get("lon")
        out.append(
            Toponym(
                start,
                end,
                phrase or text[start:end],
                float(lat) if lat is not None else None,
                float(lon) if lon is not None else None,
                _geonameid(t.get("geonameid")),
            )
        )
    return out


def _geonameid(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _same_feature(g: Toponym, p: Toponym) -> bool:
    return g.geonameid is not None and g.geonameid == p.geonameid


def _relocate(text: str, phrase: str, start: int, end: int, window: int = 200) -> tuple[int, int]:
    best = None
    at = text.find(phrase, max(0, start - window))
    while at != -1 and at <= start + window:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        at = text.find(phrase, at + 1)
    return (best, best + len(phrase)) if best is not None else (start, end)


def match(gold: list[Toponym], predicted: list[Toponym]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, largest overlap first."""
    overlaps = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            size = min(g.end, p.end) - max(g.start, p.start)
            if size > 0:
                overlaps.append((-size, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in sorted(overlaps):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def distance(a: Toponym, b: Toponym) -> float | None:
    """Kilometres between two toponyms' points; None when either has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return km(a.lat, a.lon, b.lat, b.lon)


def tally(gold: list[Toponym], predicted: list[Toponym]) -> ToponymTally:
    """The counts of one document."""
    pairs = match(gold, predicted)
    within = 0
    for i, j in pairs:
        g, p = gold[i], predicted[j]
        off = distance(g, p)
        if _same_feature(g, p) or (off is not None and off <= ACCURACY_KM):
            within += 1
    return ToponymTally(gold=len(gold), predicted=len(predicted), found=len(pairs), hit=len(pairs), within=within)


def misses(gold: list[Toponym], predicted: list[Toponym]) -> list[tuple[Toponym, Toponym | None, float | None]]:
    """Gold toponyms not found (with None) or placed beyond 161 km (with the prediction and its distance)."""
    found = dict(match(gold, predicted))
    out: list[tuple[Toponym, Toponym | None, float | None]] = []
    for i, g in enumerate(gold):
        p = predicted[found[i]] if i in found else None
        if p is None:
            out.append((g, None, None))
            continue
        off = distance(g, p)
        if not _same_feature(g, p) and (off is None or off > ACCURACY_KM):
            out.append((g, p, off))
    return out


def as_toponym(item: Any) -> Toponym | None:
    """A predicted toponym from any object or dict with start, end, text, lat, lon."""
    get: Callable[..., Any] = item.get if isinstance(item, dict) else lambda k, d=None: getattr(item, k, d)
    try:
        start, end = int(get("start")), int(get("end"))
    except (TypeError, ValueError):
        return None
    lat, lon = get("lat"), get("lon")
    return Toponym(
        start,
        end,
        str(get("text") or ""),
        float(lat) if lat is not None else None,
        float(lon) if lon is not None else None,
        _geonameid(get("geonameid")),
    )
