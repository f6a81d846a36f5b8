"""What a record says for each gold field: its main event's totals, date, type and place.

The same reading as the shared scorers' (SPEC.md section 2): a kind the main
event has no total for is 0.
"""

from __future__ import annotations

from typing import Any

from ..record import Record

#: keys an event or record may carry to say which event-type classifier ran
CLASSIFIER_KEYS = ("type_source", "classifier", "event_type_classifier", "type_classifier", "classified_by")


def as_json(record: Record | dict[str, Any] | None) -> dict[str, Any]:
    if record is None:
        return {}
    return record.to_json(include_text=False) if isinstance(record, Record) else record


def main_event(data: dict[str, Any]) -> dict[str, Any]:
    events = data.get("events") or []
    return next((e for e in events if e.get("main")), events[0] if events else {})


def answer(record: Record | dict[str, Any]) -> dict[str, object]:
    """Killed, injured and date, as the shared GVA scorer reads them."""
    main = main_event(as_json(record))
    totals = main.get("totals") or {}
    return {
        "killed": int(totals.get("killed") or 0),
        "injured": int(totals.get("injured") or 0),
        "date": (main.get("date") or "")[:10],
    }


def reading(record: Record | dict[str, Any] | None) -> dict[str, Any]:
    """Every value the scorer compares, from the main event.

    Kidnapped falls back on hostages: the sources code people taken and held
    as one count.
    """
    data = as_json(record)
    main = main_event(data)
    totals = main.get("totals") or {}
    place = main.get("place") or {}
    out: dict[str, Any] = answer(data)
    out["kidnapped"] = int(totals.get("kidnapped") or totals.get("hostage") or 0)
    out["event_type"] = main.get("event_type")
    out["sub_event_type"] = main.get("sub_event_type")
    out["country"] = place.get("country")
    out["place"] = {
        k: place.get(k) for k in ("name", "site", "locality", "admin1", "lat", "lon") if place.get(k) is not None
    }
    classifier = next((main.get(k) or data.get(k) for k in CLASSIFIER_KEYS if main.get(k) or data.get(k)), None)
    if classifier is not None:
        out["classifier"] = str(classifier)
    return out
