"""Incidents: each stored event joins the incident it reports, and the incident's figures are reconciled.

The decisions are pure functions over frozen types: ``link.link(candidate,
incidents)`` says which incident, if any, an event is one more report of, and
``reconcile.reconcile(points)`` chooses an incident's low / best / high of a
kind (SPEC.md section 4). This module is the glue with the store: it finds
the incidents near a new event, gives them to ``link`` as sketches, records
the choice, and turns an incident's stored figures into the timeline of points
that ``reconcile`` reads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..events.counting import totals as count_totals
from ..store import EventRow, FigureRow, IncidentFigureRow, IncidentRow, ReportRow
from .link import Candidate, IncidentSketch, candidate, default_model, km, link, link_bridged, within
from .reconcile import Point, Reconciled, choose, figure_role, figure_scope, pick, reconcile, reconcile_injured

#: How far apart (days) an event may be from an incident's dates and still be compared with it.
DATE_WINDOW = 45
#: Most incidents an undated event is compared with (the latest ones).
UNDATED_LIMIT = 2000
#: Event types that different reports of one happening may give it; another type is context, not its toll.
COMPATIBLE_TYPES = (
    frozenset({"battles", "violence_against_civilians", "explosions_remote_violence", "non_conflict"}),
    frozenset({"protests", "riots"}),
)

__all__ = [
    "Candidate",
    "Candidates",
    "IncidentSketch",
    "Point",
    "Reconciled",
    "candidate",
    "choose",
    "event_candidate",
    "incident_totals",
    "join_incident",
    "km",
    "link",
    "pick",
    "reconcile",
    "reconcile_incident",
    "timeline",
]


def _types_compatible(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in COMPATIBLE_TYPES)


def event_candidate(event: dict[str, Any], record: dict[str, Any], report: ReportRow) -> Candidate:
    """The candidate of a stored event: an event in passing keeps its own date, place and toll only.

    The report's people and lead are about its main event; lent to a
    background event they would pull it towards the report's own incident.
    """
    published = report.published.date() if report.published else None
    return candidate(
        event, record, title=report.title, text=report.text, published=published, story=bool(event.get("main"))
    )


class Candidates:
    """Candidates of stored events, by the content they were made from, so members are not rebuilt per report.

    Explicit state, owned by whoever writes to a store (an ingest run, the
    server): ``link`` stays pure, and a cache lives as long as its writer.
    Bounded: the first remembered are forgotten first (a report's events are
    looked up by every later report near it, so an lru's bookkeeping on each
    of those lookups would cost more than it saves), and rebuilt from the
    store's records when needed again.
    """

    def __init__(self, size: int = 50_000) -> None:
        self.size = size
        self._known: dict[tuple[str, int], Candidate] = {}

    def __len__(self) -> int:
        return len(self._known)

    def __contains__(self, key: object) -> bool:
        return key in self._known

    def get(self, key: tuple[str, int]) -> Candidate | None:
        return self._known.get(key)

    def remember(self, key: tuple[str, int], value: Candidate) -> None:
        self._known.pop(key, None)
        self._known[key] = value
        if len(self._known) > self.size:
            del self._known[next(iter(self._known))]


def _member_candidates(session: Session, incident_ids: list[int], known: Candidates) -> dict[int, list[Candidate]]:
    """Each incident's members as candidates, from the stored records of its events (the writer's cache first)."""
    out: dict[int, list[Candidate]] = defaultdict(list)
    if not incident_ids:
        return out
    rows = session.execute(
        select(EventRow.id, EventRow.incident_id, EventRow.report_id, ReportRow.text_hash)
        .join(ReportRow, ReportRow.id == EventRow.report_id)
        .where(EventRow.incident_id.in_(incident_ids))
        .order_by(EventRow.id)
    ).all()
    get = known.get
    looked = [
        (incident_id, (text_hash, event_id), get((text_hash, event_id))) for event_id, incident_id, _, text_hash in rows
    ]
    missing = {row[2] for row, (_, _, found) in zip(rows, looked, strict=True) if found is None}
    reports = {r.id: r for r in session.scalars(select(ReportRow).where(ReportRow.id.in_(missing)))} if missing else {}
    if reports:
        positions: dict[int, list[int]] = defaultdict(list)
        for event_id, report_id in session.execute(
            select(EventRow.id, EventRow.report_id).where(EventRow.report_id.in_(list(reports))).order_by(EventRow.id)
        ):
            positions[report_id].append(event_id)
        for report_id, report in reports.items():
            events = (report.record or {}).get("events") or []
            for event_id, event in zip(positions[report_id], events, strict=False):
                known.remember((report.text_hash, event_id), event_candidate(event, report.record or {}, report))
    for incident_id, key, found in looked:
        if found is None:
            found = get(key)
        if found is not None and incident_id is not None:
            out[incident_id].append(found)
    return out


def _nearby(session: Session, c: Candidate) -> list[int]:
    """The ids of the incidents whose dates are within the window of the event's, and of those told by undated
    reports (all the latest, when the event has no day). Ids only: a store holds many incidents near a day."""
    if c.day is None:
        return list(session.scalars(select(IncidentRow.id).order_by(IncidentRow.id.desc()).limit(UNDATED_LIMIT)))
    near = list(
        session.scalars(
            select(IncidentRow.id).where(
                (
                    (IncidentRow.date_start <= c.day + timedelta(days=DATE_WINDOW))
                    & (IncidentRow.date_end >= c.day - timedelta(days=DATE_WINDOW))
                )
                | IncidentRow.date_start.is_(None)
            )
        )
    )
    # an incident told by reports with no publication date may be this one whatever its other reports' days
    undated = session.scalars(
        select(EventRow.incident_id)
        .join(ReportRow, ReportRow.id == EventRow.report_id)
        .where(ReportRow.published.is_(None), EventRow.incident_id.is_not(None))
        .order_by(EventRow.incident_id.desc())
        .limit(UNDATED_LIMIT)
    )
    seen = set(near)
    return near + [i for i in dict.fromkeys(undated) if i is not None and i not in seen]


#: The session's incidents made in its transaction whose events are all in memory, in the order they joined.
_FRESH = "sitrep_fresh_incidents"


def join_incident(session: Session, row: EventRow, c: Candidate, known: Candidates | None = None) -> IncidentRow:
    """The incident this stored event joins (``link`` chooses), created when none fits.

    ``known``: the writer's cache of member candidates (a fresh one when not given: the same choice, slower).
    """
    known = Candidates() if known is None else known
    main = _main_of_report(row, known)
    incident: IncidentRow | None
    if main is not None and main[0].incident is not None and within(c, main[1]):
        incident = main[0].incident  # the standoff before the assault: one happening, told in one report
    else:
        near = _nearby(session, c)
        members = _member_candidates(session, near, known)
        chosen, bridged = link_bridged(
            c, [IncidentSketch(i, tuple(members[i])) for i in near if members.get(i)], default_model()
        )
        incident = session.get(IncidentRow, chosen.id) if chosen is not None else None
        if incident is not None:
            for other in bridged:
                _merge(session, incident, other.id)
    if incident is None:
        place = row
        incident = IncidentRow(
            event_type=row.event_type,
            sub_event_type=row.sub_event_type,
            date_start=c.day,
            date_end=c.day,
            place_name=place.place_name,
            site=place.site,
            locality=place.locality,
            country=place.country,
            lat=place.lat,
            lon=place.lon,
            report_count=0,
            people=[],
            actors=[],
            lead=c.lead,
            figures=[],  # a new incident has none: reconciling it needs no query to learn that
            events=[],  # and its events are those that join it here, in the order they join
        )
        session.add(incident)
        session.info.setdefault(_FRESH, set()).add(incident)
    row.incident = incident
    if row.report is not None and row.id is not None:  # a row not yet written is remembered by its writer
        known.remember((row.report.text_hash, row.id), c)
    _absorb(incident, row, c)
    return incident


def _merge(session: Session, incident: IncidentRow, other_id: int) -> None:
    """Another incident the new report shows is this one: its events join this one and it is removed."""
    other = session.get(IncidentRow, other_id)
    if other is None or other is incident:
        return
    session.info.get(_FRESH, set()).discard(incident)  # its events are no longer in the order they joined
    for event in list(other.events):
        event.incident = incident
    _widen(incident, (other.date_start, other.date_end), other, other.people or [])
    session.delete(other)


def _main_of_report(row: EventRow, known: Candidates) -> tuple[EventRow, Candidate] | None:
    """The main event of this event's report, linked before it, with its candidate."""
    if row.main or row.report is None:
        return None
    main = next((e for e in row.report.events if e.main and e is not row), None)
    if main is None:
        return None
    found = known.get((row.report.text_hash, main.id))
    return (main, found) if found is not None else None


def _absorb(incident: IncidentRow, row: EventRow, c: Candidate) -> None:
    """The incident's dates, place and names grow with each event that joins it."""
    _widen(incident, (c.day, row.start_date), row, c.names)


def _widen(
    incident: IncidentRow, days: Iterable[date | None], place: EventRow | IncidentRow, names: Iterable[str]
) -> None:
    """The incident covers what joins it, an event or a whole incident: its days, a place if it had none, names."""
    for day in days:
        if day is not None:
            incident.date_start = min(incident.date_start or day, day)
            incident.date_end = max(incident.date_end or day, day)
    if incident.lat is None and place.lat is not None:
        incident.lat, incident.lon, incident.country = place.lat, place.lon, place.country
        incident.locality, incident.place_name = place.locality, place.place_name
    if incident.site is None and place.site:
        incident.site, incident.place_name = place.site, place.place_name
    incident.people = sorted(set(incident.people or []) | set(names))


# --------------------------------------------------------------------------- reconciliation


def _record_figures(event: EventRow) -> list[dict[str, Any]]:
    """The record's own figures of a stored event, in the order its figure rows were written."""
    events = (event.report.record or {}).get("events") or []
    position = sorted(e.id for e in event.report.events).index(event.id) if event.report.events else -1
    if 0 <= position < len(events):
        return list(events[position].get("figures") or [])
    return []


def timeline(session: Session, incident: IncidentRow) -> dict[tuple[str, str], list[Point]]:
    """Every report's figures of the incident, per (kind, group_class), oldest first; totals under '*'."""
    out: dict[tuple[str, str], list[Point]] = defaultdict(list)
    about = {e.report_id for e in incident.events if e.main}
    for event in incident.events:
        if not event.main and (
            event.report_id in about or not _types_compatible(event.event_type, incident.event_type)
        ):
            continue  # an event a report recalls: its toll is not the report's toll of this incident
        report = event.report
        figures_json = _record_figures(event)
        rows = sorted(event.figures, key=lambda f: f.id)
        own = {row.id: (figures_json[i] if i < len(figures_json) else {}) for i, row in enumerate(rows)}
        role = {f.id: figure_role({**own[f.id], "named": f.named, "count": f.count}) for f in rows}
        # a background event's figures say "background": they are that event's own toll; a period's never count
        counted = [f for f in rows if figure_scope(own[f.id]) != "cumulative"]
        by_class: dict[tuple[str, str], list[FigureRow]] = defaultdict(list)
        for figure in counted:
            by_class[(figure.kind, figure.group_class)].append(figure)
        for key, figures in by_class.items():
            firm = [f for f in figures if f.certainty in ("stated", "believed")]
            if len(firm) > 1:  # "26 women and three children were rescued": one report, one civilians figure of 29
                count = count_totals(firm).get(key[0], 0)
                first = min(firm, key=lambda f: f.id)
                roles = {role[f.id] for f in firm}
                out[key].append(
                    Point(
                        report.published,
                        report.id,
                        report.outlet,
                        count,
                        count,
                        count,
                        first.qualifier,
                        first.certainty,
                        first.attribution,
                        " … ".join(f.evidence_text for f in firm),
                        tuple(f.id for f in firm),
                        "toll" if "toll" in roles else ("person" if roles == {"person"} else "part"),
                    )
                )
                figures = [f for f in figures if f not in firm]
            for figure in figures:
                out[key].append(
                    Point(
                        report.published,
                        report.id,
                        report.outlet,
                        figure.count,
                        figure.low if figure.low is not None else figure.count,
                        figure.high if figure.high is not None else figure.count,
                        figure.qualifier,
                        figure.certainty,
                        figure.attribution,
                        figure.evidence_text,
                        (figure.id,),
                        role[figure.id],
                    )
                )
        for kind, count in (event.totals or {}).items():
            of_kind = [f for f in counted if f.kind == kind]
            certainty = _total_certainty(of_kind)
            firm = [f for f in of_kind if f.certainty in ("stated", "believed")] or of_kind
            roles = {role[f.id] for f in firm}
            total_role = "toll" if not roles or "toll" in roles else ("person" if roles == {"person"} else "part")
            best_attribution = next((f.attribution for f in firm if f.attribution), None)
            # the words behind the total: the figure that states it when one does, else every figure it adds up
            stating = [f for f in firm if f.count == int(count) and role[f.id] == "toll"] or firm
            # "at least three persons were shot": the total is a floor when every figure stating it says so
            floor = all(f.count == int(count) and f.qualifier == "at_least" for f in stating) and bool(stating)
            out[(kind, "*")].append(
                Point(
                    report.published,
                    report.id,
                    report.outlet,
                    int(count),
                    int(count),
                    int(count),
                    "at_least" if floor else "exact",
                    certainty,
                    best_attribution,
                    "",
                    tuple(f.id for f in stating),
                    total_role,
                )
            )
            claims = [f for f in of_kind if f.certainty == "claimed" and f.count > int(count)]
            for claim in claims:  # a party's larger claim is the high end of the total, never its best
                out[(kind, "*")].append(
                    Point(
                        report.published,
                        report.id,
                        report.outlet,
                        claim.count,
                        claim.count,
                        claim.count,
                        claim.qualifier,
                        "claimed",
                        claim.attribution,
                        claim.evidence_text,
                        (claim.id,),
                        role[claim.id],
                    )
                )
    for (_kind, group_class), points in out.items():
        if group_class != "*":  # "12 of them soldiers": a part of the toll, and the soldiers' own whole count
            points[:] = [replace(p, role="toll") if p.role == "part" else p for p in points]
        points.sort(key=lambda p: (p.published is None, p.published, p.report_id))
    return out


def _total_certainty(figures: list[FigureRow]) -> str:
    kinds = [f.certainty for f in figures]
    return "stated" if not kinds or any(c in ("stated", "believed") for c in kinds) else kinds[0]


def reconcile_incident(session: Session, incident: IncidentRow) -> dict[tuple[str, str], Reconciled]:
    """Recompute the incident's reconciled figures and its report count; returns every choice made.

    A kind with no credible figure gets no row: its ``Reconciled`` says why.
    """
    session.flush()
    if incident not in session.info.get(_FRESH, ()):  # a new incident's events are those that joined it
        session.expire(incident, ["events"])  # the event just linked is among them
    main_types = [e.event_type for e in incident.events if e.main]
    if main_types:
        incident.event_type = max(sorted(set(main_types)), key=main_types.count)
    existing = {(f.kind, f.group_class): f for f in incident.figures}
    chosen: dict[tuple[str, str], Reconciled] = {}
    series = timeline(session, incident)
    for (kind, group_class), points in sorted(series.items()):
        result = reconcile_injured(points, series.get(("killed", "*"), [])) if kind == "injured" else reconcile(points)
        chosen[(kind, group_class)] = result
        if result.best is None or result.low is None or result.high is None:
            continue
        row = existing.pop((kind, group_class), None)
        if row is None:
            incident.figures.append(
                IncidentFigureRow(
                    kind=kind,
                    group_class=group_class,
                    low=result.low,
                    best=result.best,
                    high=result.high,
                    rule=result.rule,
                )
            )
        else:
            row.low, row.best, row.high, row.rule = result.low, result.best, result.high, result.rule
    for stale in existing.values():
        incident.figures.remove(stale)
    # the incident's reports are those about it; a report that only mentions it in passing is evidence too
    incident.report_count = len({e.report_id for e in incident.events if e.main}) or len(
        {e.report_id for e in incident.events}
    )
    return chosen


def incident_totals(incident: IncidentRow) -> dict[str, IncidentFigureRow]:
    return {f.kind: f for f in incident.figures if f.group_class == "*"}
