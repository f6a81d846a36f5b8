"""What the API and the pages read from the store: filtered incident lists, one incident, one report.

Functions take a Session and return plain dicts (the API's JSON), so the JSON
API and the HTML pages show the same data.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..export import SUMMARY_REPORT_COLUMNS, incident_summary
from ..incidents import Point, pick, timeline
from ..store import EventRow, FigureRow, IncidentRow, ReportRow

#: The most incidents one page of the list returns.
MAX_PAGE = 200


@dataclass(frozen=True)
class IncidentFilter:
    """The incident list's filters; None means no filter."""

    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    event_type: str | None = None
    text: str | None = None
    limit: int = 50
    offset: int = 0


def _filtered(query: Select[Any], f: IncidentFilter) -> Select[Any]:
    if f.date_from is not None:  # incidents that overlap the range, not only those that start in it
        query = query.where(
            or_(
                IncidentRow.date_end >= f.date_from,
                (IncidentRow.date_end.is_(None)) & (IncidentRow.date_start >= f.date_from),
            )
        )
    if f.date_to is not None:
        query = query.where(IncidentRow.date_start <= f.date_to)
    if f.country:
        query = query.where(IncidentRow.country == f.country.upper())
    if f.event_type:
        query = query.where(IncidentRow.event_type == f.event_type)
    if f.text:
        words = [w for w in f.text.split() if w]
        for word in words:  # every word somewhere in the place or the lead
            query = query.where(
                or_(
                    *(
                        func.lower(column).contains(word.lower(), autoescape=True)
                        for column in (
                            IncidentRow.place_name,
                            IncidentRow.site,
                            IncidentRow.locality,
                            IncidentRow.admin1,
                            IncidentRow.lead,
                        )
                    )
                )
            )
    return query


#: Totals of recent filters, with the state of the store they were counted in.
_TOTALS: OrderedDict[tuple[Any, ...], int] = OrderedDict()
_TOTALS_KEPT = 512
_TOTALS_LOCK = threading.Lock()


def _total(session: Session, f: IncidentFilter) -> int:
    """How many incidents match: counted once per state of the store (every write adds a report and may add
    an incident, so the newest ids of both tell it), not at every page."""
    state = tuple(
        session.execute(
            select(select(func.max(ReportRow.id)).scalar_subquery(), select(func.max(IncidentRow.id)).scalar_subquery())
        ).one()
    )
    key = (str(session.get_bind().engine.url), f.date_from, f.date_to, f.country, f.event_type, f.text, *state)
    with _TOTALS_LOCK:
        if key in _TOTALS:
            _TOTALS.move_to_end(key)
            return _TOTALS[key]
    total = int(session.scalar(_filtered(select(func.count(IncidentRow.id)), f)) or 0)
    with _TOTALS_LOCK:
        _TOTALS[key] = total
        while len(_TOTALS) > _TOTALS_KEPT:
            _TOTALS.popitem(last=False)
    return total


def list_incidents(session: Session, f: IncidentFilter) -> dict[str, Any]:
    """One page of incidents, newest first, with the total that match.

    Filtered, ordered and paged in SQL on indexed columns; each incident's summary is the one kept with it
    (made for the few that have none yet, in one query for all of them).
    """
    limit, offset = min(max(f.limit, 1), MAX_PAGE), max(f.offset, 0)
    query = (
        _filtered(select(IncidentRow), f)
        .order_by(IncidentRow.date_start.desc().nulls_last(), IncidentRow.id.desc())
        .limit(limit)
        .offset(offset)
    )
    rows = list(session.scalars(query))
    missing = [r.id for r in rows if r.summary is None]
    made: dict[int, dict[str, Any]] = {}
    if missing:
        for incident in session.scalars(
            select(IncidentRow)
            .where(IncidentRow.id.in_(missing))
            .options(
                selectinload(IncidentRow.figures),
                selectinload(IncidentRow.events).selectinload(EventRow.report).load_only(*SUMMARY_REPORT_COLUMNS),
            )
        ):
            made[incident.id] = incident_summary(incident)
    items = [dict(r.summary) if r.summary is not None else made[r.id] for r in rows]
    return {"total": _total(session, f), "limit": limit, "offset": offset, "items": items}


def _summary(incident: IncidentRow) -> dict[str, Any]:
    return incident_summary(incident)


def _point(p: Point) -> dict[str, Any]:
    return {
        "published": p.published.isoformat() if p.published else None,
        "report_id": p.report_id,
        "outlet": p.outlet,
        "count": p.count,
        "low": p.low,
        "high": p.high,
        "qualifier": p.qualifier,
        "certainty": p.certainty,
        "attribution": p.attribution,
        "evidence": p.evidence,
        "figure_ids": list(p.figure_ids),
    }


def incident_detail(session: Session, incident_id: int) -> dict[str, Any] | None:
    """The incident with its reconciled figures, each pointing at the report figures behind its best value,
    its timeline, people, actors and the quotes of its reports."""
    incident = session.get(
        IncidentRow,
        incident_id,
        options=[
            selectinload(IncidentRow.figures),
            selectinload(IncidentRow.events)
            .selectinload(EventRow.report)
            .load_only(*SUMMARY_REPORT_COLUMNS, ReportRow.record),  # not the text
            selectinload(IncidentRow.events).selectinload(EventRow.figures),
        ],
    )
    if incident is None:
        return None
    data = _summary(incident)
    series = timeline(session, incident)
    best_of: dict[tuple[str, str], Point | None] = {}
    for key, points in series.items():
        if points:
            best_of[key] = pick(points)[1]

    def source(kind: str, group_class: str) -> dict[str, Any] | None:
        point = best_of.get((kind, group_class))
        if point is None:
            return None
        return {"report_id": point.report_id, "figure_ids": list(point.figure_ids), "evidence": point.evidence}

    for figure in data["figures"]:
        figure["source"] = source(figure["kind"], figure["group_class"])
    for kind, total in data["totals"].items():
        total["source"] = source(kind, "*")
    data["timeline"] = [
        {"kind": kind, "group_class": group_class, "points": [_point(p) for p in points]}
        for (kind, group_class), points in sorted(series.items())
    ]
    reports = _reports(incident)
    data["people"] = _people(reports)
    data["actors"] = list(incident.actors or [])
    quotes: list[dict[str, Any]] = []
    for report in reports:
        for quote in (report.record or {}).get("quotes") or []:
            quotes.append(
                {
                    "report_id": report.id,
                    "speaker": quote.get("speaker"),
                    "text": quote.get("text"),
                    "kind": quote.get("kind"),
                    "evidence": quote.get("evidence") or [],
                }
            )
    data["quotes"] = quotes
    about = {r.id for r in reports}
    for entry in data["reports"]:
        entry["main"] = entry["id"] in about
    return data


def _people(reports: list[ReportRow]) -> list[dict[str, Any]]:
    """The people the reports name, once each: a bare surname is dropped when a full name has it."""
    found: dict[str, dict[str, Any]] = {}
    for report in reports:
        for person in (report.record or {}).get("people") or []:
            name = str(person.get("name") or "").strip()
            if not name:
                continue
            entry = found.setdefault(name.lower(), {"name": name, "title": None, "role": None, "reports": []})
            entry["title"] = entry["title"] or person.get("title")
            entry["role"] = entry["role"] or person.get("role")
            if report.id not in entry["reports"]:
                entry["reports"].append(report.id)
    names = list(found)
    kept = [found[n] for n in names if not any(n != other and set(n.split()) < set(other.split()) for other in names)]
    return sorted(kept, key=lambda p: (-len(p["reports"]), p["name"]))


def _reports(incident: IncidentRow) -> list[ReportRow]:
    rows = {e.report.id: e.report for e in incident.events if e.main} or {
        e.report.id: e.report for e in incident.events
    }
    return sorted(rows.values(), key=lambda r: (r.published is None, r.published, r.id))


def report_detail(session: Session, report_id: int) -> dict[str, Any] | None:
    """The report as stored: its text, its record, the ids of its stored figures and their incidents."""
    report = session.get(ReportRow, report_id, options=[selectinload(ReportRow.events).selectinload(EventRow.figures)])
    if report is None:
        return None
    events = []
    for event in sorted(report.events, key=lambda e: e.id):
        events.append(
            {
                "event_id": event.id,
                "incident_id": event.incident_id,
                "main": event.main,
                "event_type": event.event_type,
                "date": event.date.isoformat() if event.date else None,
                "place": event.place_name,
                "totals": event.totals or {},
                "figures": [_figure(f) for f in sorted(event.figures, key=lambda f: f.id)],
            }
        )
    return {
        "id": report.id,
        "title": report.title,
        "outlet": report.outlet,
        "url": report.url,
        "published": report.published.isoformat() if report.published else None,
        "source": report.source,
        "text": report.text,
        "record": report.record,
        "events": events,
    }


def _figure(f: FigureRow) -> dict[str, Any]:
    return {
        "id": f.id,
        "kind": f.kind,
        "count": f.count,
        "qualifier": f.qualifier,
        "group": f.group,
        "group_class": f.group_class,
        "certainty": f.certainty,
        "attribution": f.attribution,
        "derived": f.derived,
        "evidence": f.evidence or [],
        "evidence_text": f.evidence_text,
    }


def event_types(session: Session) -> list[str]:
    return list(session.scalars(select(IncidentRow.event_type).distinct().order_by(IncidentRow.event_type)))


def stored_report_id(session: Session, text_hash: str, url: str | None) -> int | None:
    """The id of the stored report with this text (or, failing that, this URL)."""
    found = session.scalar(select(ReportRow.id).where(ReportRow.text_hash == text_hash))
    if found is None and url:
        found = session.scalar(select(ReportRow.id).where(ReportRow.url == url))
    return found
