"""Exports of the store's incidents: CSV with ACLED-like columns, JSON Lines, GeoJSON points."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .incidents import incident_totals
from .store import EventRow, IncidentRow, ReportRow

CSV_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "event_date_end",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "site",
    "latitude",
    "longitude",
    "source",
    "notes",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "injured",
    "injured_low",
    "injured_high",
    "report_count",
]


def incidents(session: Session) -> Iterator[IncidentRow]:
    query = (
        select(IncidentRow)
        .options(selectinload(IncidentRow.figures), selectinload(IncidentRow.events).selectinload(EventRow.report))
        .order_by(IncidentRow.date_start.desc(), IncidentRow.id)
    )
    yield from session.scalars(query)


def incident_dict(incident: IncidentRow) -> dict[str, Any]:
    """The incident as JSON: place, dates, reconciled figures and totals, its reports."""
    reports = sorted({e.report for e in incident.events}, key=lambda r: (r.published is None, r.published, r.id))
    return {
        "id": incident.id,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "date_start": incident.date_start.isoformat() if incident.date_start else None,
        "date_end": incident.date_end.isoformat() if incident.date_end else None,
        "place": {
            "name": incident.place_name,
            "site": incident.site,
            "locality": incident.locality,
            "country": incident.country,
            "lat": incident.lat,
            "lon": incident.lon,
        },
        "figures": [
            {"kind": f.kind, "group_class": f.group_class, "low": f.low, "best": f.best, "high": f.high, "rule": f.rule}
            for f in incident.figures
            if f.group_class != "*"
        ],
        "totals": {
            f.kind: {"low": f.low, "best": f.best, "high": f.high, "rule": f.rule}
            for f in incident.figures
            if f.group_class == "*"
        },
        "reports": [
            {
                "id": r.id,
                "published": r.published.isoformat() if r.published else None,
                "outlet": r.outlet,
                "title": r.title,
                "url": r.url,
            }
            for r in reports
        ],
    }


#: What a summary reads of each report: not its text nor its record.
SUMMARY_REPORT_COLUMNS = (ReportRow.id, ReportRow.published, ReportRow.outlet, ReportRow.title, ReportRow.url)


def incident_summary(incident: IncidentRow) -> dict[str, Any]:
    """The incident as the list shows it: ``incident_dict`` with its report count and lead."""
    data = incident_dict(incident)
    data["report_count"] = incident.report_count
    data["lead"] = incident.lead
    return data


def refresh_summaries(session: Session, ids: Iterable[int] | None = None, chunk: int = 1000) -> int:
    """Make the kept summary of these incidents (None: of every incident) anew; how many were made.

    Works through them ``chunk`` at a time and leaves the session empty after each (``expunge_all``), so
    memory stays flat on a large store.
    """
    query = select(IncidentRow.id).order_by(IncidentRow.id)
    if ids is not None:
        query = query.where(IncidentRow.id.in_(list(ids)))
    todo = list(session.scalars(query))
    for start in range(0, len(todo), chunk):
        rows = session.scalars(
            select(IncidentRow)
            .where(IncidentRow.id.in_(todo[start : start + chunk]))
            .options(
                selectinload(IncidentRow.figures),
                selectinload(IncidentRow.events).selectinload(EventRow.report).load_only(*SUMMARY_REPORT_COLUMNS),
            )
        )
        for incident in rows:
            incident.summary = incident_summary(incident)
        session.flush()
        session.expunge_all()
    return len(todo)


def _actors(incident: IncidentRow) -> tuple[str, str]:
    for event in incident.events:
        if not event.main:
            continue
        actors = (event.report.record.get("events") or [{}])[0].get("actors") or []
        names = [a["name"] for a in actors]
        return (names[0] if names else "", names[1] if len(names) > 1 else "")
    return "", ""


#: What a spreadsheet takes a cell beginning with for a formula (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The cell as a spreadsheet shows it and never runs it: text beginning like a formula gets a leading
    apostrophe. Numbers are left alone (a negative longitude stays a number)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class _SafeWriter:
    def __init__(self, writer: csv.DictWriter[str]) -> None:
        self.writer = writer

    def writeheader(self) -> None:
        self.writer.writeheader()

    def writerow(self, row: dict[str, Any]) -> None:
        self.writer.writerow({k: safe_cell(v) for k, v in row.items()})


def write_csv(session: Session, out: TextIO) -> int:
    writer = _SafeWriter(csv.DictWriter(out, fieldnames=CSV_COLUMNS))
    writer.writeheader()
    n = 0
    for incident in incidents(session):
        totals = incident_totals(incident)
        killed, injured = totals.get("killed"), totals.get("injured")
        actor1, actor2 = _actors(incident)
        outlets = sorted({e.report.outlet for e in incident.events if e.report.outlet})
        titles = [e.report.title for e in incident.events if e.main and e.report.title]
        writer.writerow(
            {
                "event_id_cnty": f"{incident.country or 'XX'}{incident.id}",
                "event_date": incident.date_start.isoformat() if incident.date_start else "",
                "event_date_end": incident.date_end.isoformat() if incident.date_end else "",
                "event_type": incident.event_type,
                "sub_event_type": incident.sub_event_type or "",
                "actor1": actor1,
                "actor2": actor2,
                "country": incident.country or "",
                "admin1": "",
                "location": incident.locality or incident.place_name or "",
                "site": incident.site or "",
                "latitude": incident.lat if incident.lat is not None else "",
                "longitude": incident.lon if incident.lon is not None else "",
                "source": "; ".join(outlets),
                "notes": titles[0] if titles else "",
                "fatalities": killed.best if killed else 0,
                "fatalities_low": killed.low if killed else 0,
                "fatalities_high": killed.high if killed else 0,
                "injured": injured.best if injured else 0,
                "injured_low": injured.low if injured else 0,
                "injured_high": injured.high if injured else 0,
                "report_count": incident.report_count,
            }
        )
        n += 1
    return n


def write_jsonl(session: Session, out: TextIO) -> int:
    n = 0
    for incident in incidents(session):
        out.write(json.dumps(incident_dict(incident), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(session: Session, out: TextIO) -> int:
    features = []
    for incident in incidents(session):
        if incident.lat is None or incident.lon is None:
            continue
        data = incident_dict(incident)
        totals = data.pop("totals")
        properties = {k: v for k, v in data.items() if k not in ("place", "reports", "figures")}
        properties.update(
            {"place": incident.place_name, "country": incident.country, "report_count": incident.report_count}
        )
        for kind, value in totals.items():
            properties.update(
                {f"{kind}_best": value["best"], f"{kind}_low": value["low"], f"{kind}_high": value["high"]}
            )
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [incident.lon, incident.lat]},
                "properties": properties,
            }
        )
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(features)
