"""Incidents: each stored event joins the incident it reports, and the incident's figures are reconciled.

Linking is incremental: a new event is compared with the incidents near it in
time, and joins the best-scoring one when place, date, type, people and
wording agree enough; otherwise it starts an incident. Reconciliation follows
SPEC.md section 4: per (kind, group_class) the lowest and highest credible
figures, and as best the figure a careful coder would choose (the latest,
most specific, best-attributed stated figure), claims kept at the high end.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from .extractors.events import totals as event_totals
from .record import Figure
from .store import EventRow, FigureRow, IncidentFigureRow, IncidentRow, ReportRow

#: How far apart (days) an event may be from an incident's dates and still be compared with it.
DATE_WINDOW = 4
#: Score an event needs to join an incident.
LINK_THRESHOLD = 4.0
#: Event types that different reports of one happening may give it.
COMPATIBLE_TYPES = (
    frozenset({"battles", "violence_against_civilians", "explosions_remote_violence"}),
    frozenset({"protests", "riots"}),
)
_STRENGTH = {"exact": 3, "at_least": 2, "about": 2, "at_most": 1, "vague": 0}


def km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float:
    if None in (lat1, lon1, lat2, lon2):
        return math.inf
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))  # type: ignore[arg-type]
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def _types_compatible(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in COMPATIBLE_TYPES)


def _day_gap(day: date, start: date | None, end: date | None) -> int:
    if start is None:
        return 0
    end = end or start
    if start <= day <= end:
        return 0
    return (start - day).days if day < start else (day - end).days


@dataclass(frozen=True)
class EventView:
    """What linking reads of a new event."""

    event_type: str
    day: date | None
    start_date: date | None
    site: str | None
    locality: str | None
    country: str | None
    lat: float | None
    lon: float | None
    people: frozenset[str]
    actors: frozenset[str]
    lead: str


def link_score(event: EventView, incident: IncidentRow, lead_of_incident: str) -> float:
    """How strongly the evidence says this event is that incident."""
    score = 0.0
    if event.country and incident.country and event.country != incident.country:
        return -10.0
    distance = km(event.lat, event.lon, incident.lat, incident.lon)
    if distance <= 5:
        score += 2.0
    elif distance <= 25:
        score += 1.0
    elif distance < math.inf:
        score -= 4.0
    if event.site and incident.site and _norm(event.site) == _norm(incident.site):
        score += 2.0
    elif event.site and incident.site:
        score -= 1.0  # two named sites that differ: two places in one town
    if event.day is not None:
        gap = _day_gap(event.day, incident.date_start, incident.date_end)
        if event.start_date is not None and incident.date_start is not None and event.start_date <= incident.date_start <= event.day:
            gap = 0
        score += {0: 2.0, 1: 1.0, 2: 0.0}.get(gap, -3.0)
    if event.event_type == incident.event_type:
        score += 1.0
    elif not _types_compatible(event.event_type, incident.event_type):
        score -= 3.0
    shared_people = event.people & {_norm(p) for p in incident.people or []}
    score += min(2.0 * len(shared_people), 4.0)
    shared_actors = event.actors & {_norm(a) for a in incident.actors or []}
    score += min(1.0 * len(shared_actors), 2.0)
    if event.lead and lead_of_incident:
        similarity = fuzz.token_set_ratio(event.lead, lead_of_incident)
        score += 2.0 if similarity >= 70 else 1.0 if similarity >= 55 else 0.0
    return score


def event_view(event: dict[str, Any], record: dict[str, Any], report: ReportRow) -> EventView:
    place = event.get("place") or {}
    day = date.fromisoformat(event["date"]) if event.get("date") else (
        report.published.date() if report.published else None)
    people = frozenset(_norm(p["name"]) for p in record.get("people") or [] if p.get("name"))
    people |= frozenset(_norm(p["name"]).split()[-1] for p in record.get("people") or [] if p.get("name"))
    return EventView(
        event_type=event["event_type"], day=day,
        start_date=date.fromisoformat(event["start_date"]) if event.get("start_date") else None,
        site=place.get("site"), locality=place.get("locality"), country=place.get("country"),
        lat=place.get("lat"), lon=place.get("lon"), people=people,
        actors=frozenset(_norm(a["name"]) for a in event.get("actors") or []),
        lead=_lead(report),
    )


def _lead(report: ReportRow) -> str:
    first = re.split(r"(?<=[.!?])\s", report.text.strip(), maxsplit=1)[0]
    return f"{report.title or ''} {first}"[:400]


def link(session: Session, row: EventRow, view: EventView) -> IncidentRow:
    """The incident this event joins, created when none fits."""
    query = select(IncidentRow)
    if view.day is not None:
        query = query.where(IncidentRow.date_start <= view.day + timedelta(days=DATE_WINDOW),
                            IncidentRow.date_end >= view.day - timedelta(days=DATE_WINDOW))
    if view.country is not None:  # another country's incident never links: leave it in the database
        query = query.where((IncidentRow.country == view.country) | (IncidentRow.country.is_(None)))
    if view.lat is not None and view.lon is not None:
        near = (IncidentRow.lat.between(view.lat - 1.0, view.lat + 1.0)
                & IncidentRow.lon.between(view.lon - 1.0, view.lon + 1.0))
        query = query.where(near | IncidentRow.lat.is_(None))
    best: tuple[float, IncidentRow] | None = None
    for incident in session.scalars(query):
        score = link_score(view, incident, incident.lead or "")
        if score >= LINK_THRESHOLD and (best is None or score > best[0]):
            best = (score, incident)
    if best is not None:
        incident = best[1]
    else:
        incident = IncidentRow(
            event_type=row.event_type, sub_event_type=row.sub_event_type, date_start=view.day, date_end=view.day,
            place_name=row.place_name, site=view.site, locality=view.locality, country=view.country,
            lat=view.lat, lon=view.lon, report_count=0, people=[], actors=[], lead=view.lead,
        )
        session.add(incident)
    row.incident = incident
    _absorb(incident, row, view)
    return incident


def _absorb(incident: IncidentRow, row: EventRow, view: EventView) -> None:
    """The incident's dates, place and names grow with each event that joins it."""
    for day in (view.day, view.start_date):
        if day is None:
            continue
        incident.date_start = min(incident.date_start or day, day)
        incident.date_end = max(incident.date_end or day, day)
    if incident.lat is None and view.lat is not None:
        incident.lat, incident.lon, incident.country = view.lat, view.lon, view.country
        incident.locality, incident.place_name = view.locality, row.place_name
    if incident.site is None and view.site:
        incident.site = view.site
        incident.place_name = row.place_name
    incident.people = sorted(set(incident.people or []) | set(view.people))
    incident.actors = sorted(set(incident.actors or []) | set(view.actors))


# --------------------------------------------------------------------------- reconciliation

@dataclass(frozen=True)
class Point:
    """One report's figure on the incident's timeline."""

    published: datetime | None
    report_id: int
    outlet: str | None
    count: int
    low: int
    high: int
    qualifier: str
    certainty: str
    attribution: str | None
    evidence: str
    figure_ids: tuple[int, ...] = ()  # the stored figures behind it, for showing their evidence


def _when(point: Point) -> datetime:
    return point.published or datetime.min


def choose(points: list[Point]) -> tuple[int, int, int, str]:
    """(low, best, high, rule) of one figure across reports (SPEC.md section 4)."""
    low, best, high, rule = pick(points)
    return low, best.count, high, rule


def pick(points: list[Point]) -> tuple[int, Point, int, str]:
    """Like ``choose``, with the point chosen as best rather than its count."""
    stated = [p for p in points if p.certainty in ("stated", "believed")]
    claims = [p for p in points if p.certainty == "claimed"]
    credible = stated or claims
    low = min(p.low for p in credible)
    high = max(p.high for p in stated + claims)
    if not stated:
        lowest = min(claims, key=lambda p: p.count)
        return low, lowest, high, "only claimed by a party: the lowest claim, unconfirmed"
    firm = [p for p in stated if p.qualifier != "vague" and p.certainty == "stated"] or stated
    latest = max(firm, key=lambda p: (_when(p), _STRENGTH.get(p.qualifier, 0), p.attribution is not None, p.count))
    rule = "latest stated figure"
    if len({_when(p) for p in firm}) < len(firm):
        rule += ", most specific and best attributed among the latest"
    source = latest.outlet or f"report {latest.report_id}"
    when = latest.published.isoformat(timespec="minutes") if latest.published else "undated"
    return low, latest, high, f"{rule} ({source}, {when})"


def timeline(session: Session, incident: IncidentRow) -> dict[tuple[str, str], list[Point]]:
    """Every report's figures of the incident, per (kind, group_class), oldest first; totals under '*'."""
    out: dict[tuple[str, str], list[Point]] = defaultdict(list)
    for event in incident.events:
        if not _types_compatible(event.event_type, incident.event_type):
            continue  # a different kind of event linked as context (the arrest a week before the assault)
        report = event.report
        by_class: dict[tuple[str, str], list[FigureRow]] = defaultdict(list)
        for figure in event.figures:
            by_class[(figure.kind, figure.group_class)].append(figure)
        for key, figures in by_class.items():
            firm = [f for f in figures if f.certainty in ("stated", "believed")]
            if len(firm) > 1:  # "26 women and three children were rescued": one report, one civilians figure of 29
                count = event_totals([_as_figure(f) for f in firm]).get(key[0], 0)
                first = min(firm, key=lambda f: f.id)
                out[key].append(Point(report.published, report.id, report.outlet, count, count, count,
                                      first.qualifier, first.certainty, first.attribution,
                                      " … ".join(f.evidence_text for f in firm), tuple(f.id for f in firm)))
                figures = [f for f in figures if f not in firm]
            for figure in figures:
                out[key].append(Point(
                    report.published, report.id, report.outlet, figure.count,
                    figure.low if figure.low is not None else figure.count,
                    figure.high if figure.high is not None else figure.count,
                    figure.qualifier, figure.certainty, figure.attribution, figure.evidence_text, (figure.id,),
                ))
        for kind, count in (event.totals or {}).items():
            certainty = _total_certainty(event.figures, kind)
            parts = tuple(f.id for f in event.figures if f.kind == kind and f.certainty in ("stated", "believed"))
            out[(kind, "*")].append(Point(report.published, report.id, report.outlet, int(count), int(count),
                                          int(count), "exact", certainty, None, "", parts))
            claims = [f for f in event.figures if f.kind == kind and f.certainty == "claimed" and f.count > int(count)]
            for claim in claims:  # a party's larger claim is the high end of the total, never its best
                out[(kind, "*")].append(Point(report.published, report.id, report.outlet, claim.count, claim.count,
                                              claim.count, claim.qualifier, "claimed", claim.attribution,
                                              claim.evidence_text, (claim.id,)))
    for points in out.values():
        points.sort(key=lambda p: (_when(p), p.report_id))
    return out


def _as_figure(row: FigureRow) -> Figure:
    return Figure(kind=row.kind, count=row.count, qualifier=row.qualifier, group=row.group,  # type: ignore[arg-type]
                  group_class=row.group_class, certainty=row.certainty, named=row.named,  # type: ignore[arg-type]
                  derived=row.derived, evidence=[tuple(span) for span in row.evidence or []])


def _total_certainty(figures: list[FigureRow], kind: str) -> str:
    kinds = [f.certainty for f in figures if f.kind == kind]
    return "stated" if not kinds or any(c in ("stated", "believed") for c in kinds) else kinds[0]


def reconcile(session: Session, incident: IncidentRow) -> None:
    """Recompute the incident's reconciled figures and its report count."""
    session.flush()
    session.expire(incident, ["events"])  # the event just linked is among them
    main_types = [e.event_type for e in incident.events if e.main]
    if main_types:
        incident.event_type = max(sorted(set(main_types)), key=main_types.count)
    existing = {(f.kind, f.group_class): f for f in incident.figures}
    for (kind, group_class), points in sorted(timeline(session, incident).items()):
        low, best, high, rule = choose(points)
        row = existing.pop((kind, group_class), None)
        if row is None:
            incident.figures.append(IncidentFigureRow(kind=kind, group_class=group_class, low=low, best=best,
                                                      high=high, rule=rule))
        else:
            row.low, row.best, row.high, row.rule = low, best, high, rule
    for stale in existing.values():
        incident.figures.remove(stale)
    # the incident's reports are those about it; a report that only mentions it in passing is evidence too
    incident.report_count = len({e.report_id for e in incident.events if e.main}) or len(
        {e.report_id for e in incident.events})


def incident_totals(incident: IncidentRow) -> dict[str, IncidentFigureRow]:
    return {f.kind: f for f in incident.figures if f.group_class == "*"}
