"""The measures of the project's scorer, for records and gold written to SPEC.md.

figures: precision / recall / F1 of (kind, count) pairs over every event,
one-to-one; gold figures marked optional are neither required nor wrong.
event_type, date, place_25km: the main event's type, day and place (within
25 km of gold), over the reports whose gold has that field.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any


def _figures(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for e in record.get("events") or [] for f in e.get("figures") or []]


def main_event(record: dict[str, Any]) -> dict[str, Any]:
    events = record.get("events") or []
    return next((e for e in events if e.get("main")), events[0] if events else {})


def km(a: dict[str, Any], b: dict[str, Any]) -> float:
    try:
        lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError):
        return math.inf
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def score(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, float]:
    """Micro-averaged measures over (gold, predicted) record pairs."""
    tp = gold_n = pred_n = 0
    right: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    for gold, pred in pairs:
        required = Counter((f["kind"], f["count"]) for f in _figures(gold) if not f.get("optional"))
        optional = Counter((f["kind"], f["count"]) for f in _figures(gold) if f.get("optional"))
        predicted = Counter((f["kind"], f["count"]) for f in _figures(pred))
        hits = required & predicted
        extra = predicted - hits - optional
        tp += sum(hits.values())
        gold_n += sum(required.values())
        pred_n += sum(hits.values()) + sum(extra.values())
        gm, pm = main_event(gold), main_event(pred)
        if not gm:
            continue
        if gm.get("event_type"):
            asked["event_type"] += 1
            right["event_type"] += gm["event_type"] == pm.get("event_type")
        if gm.get("date"):
            asked["date"] += 1
            right["date"] += gm["date"] == (pm.get("date") or "")[:10]
        if "lat" in (gm.get("place") or {}):
            asked["place_25km"] += 1
            right["place_25km"] += km(gm["place"], pm.get("place") or {}) <= 25
    precision = tp / pred_n if pred_n else 0.0
    recall = tp / gold_n if gold_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {"figures_precision": precision, "figures_recall": recall, "figures_f1": f1}
    out.update({k: right[k] / asked[k] for k in asked})
    return out
