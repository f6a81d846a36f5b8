"""Terminal views of the store: the incidents table and one incident with its timeline."""

from __future__ import annotations

from rich import box
from rich.console import Console, JustifyMethod
from rich.table import Table
from rich.text import Text
from sqlalchemy.orm import Session

from .incidents import incident_totals, reconcile, timeline
from .store import IncidentRow, ReportRow


def _range(low: int, best: int, high: int) -> str:
    return f"{best} [{low}-{high}]" if low != high else str(best)


def incidents_table(rows: list[IncidentRow]) -> Table:
    table = Table(title="incidents", box=box.SIMPLE_HEAD, title_justify="left")
    columns: tuple[tuple[str, JustifyMethod], ...] = (
        ("id", "right"),
        ("date", "left"),
        ("place", "left"),
        ("type", "left"),
        ("killed best [low-high]", "right"),
        ("injured", "right"),
        ("reports", "right"),
    )
    for name, justify in columns:
        table.add_column(name, justify=justify)
    for incident in rows:
        totals = incident_totals(incident)
        killed, injured = totals.get("killed"), totals.get("injured")
        when = incident.date_start.isoformat() if incident.date_start else "?"
        if incident.date_end and incident.date_end != incident.date_start:
            when += f" → {incident.date_end.isoformat()}"
        place = ", ".join(x for x in dict.fromkeys([incident.site, incident.locality, incident.country]) if x)
        table.add_row(
            str(incident.id),
            when,
            place or "?",
            incident.event_type,
            _range(killed.low, killed.best, killed.high) if killed else "0",
            _range(injured.low, injured.best, injured.high) if injured else "0",
            str(incident.report_count),
        )
    return table


def show_incident(session: Session, incident: IncidentRow, console: Console) -> None:
    place = ", ".join(x for x in dict.fromkeys([incident.site, incident.locality, incident.country]) if x)
    when = incident.date_start.isoformat() if incident.date_start else "?"
    if incident.date_end and incident.date_end != incident.date_start:
        when += f" → {incident.date_end.isoformat()}"
    console.print(
        Text(f"incident {incident.id}: {incident.event_type} / {incident.sub_event_type or 'other'}", style="bold")
    )
    console.print(f"{when}   {place or 'unknown place'}   {incident.report_count} reports", highlight=False)
    figures = Table(title="reconciled figures", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("kind", "group", "best", "low", "high", "why best"):
        figures.add_column(name)
    for f in sorted(incident.figures, key=lambda f: (f.kind, f.group_class != "*", f.group_class)):
        figures.add_row(
            f.kind, "total" if f.group_class == "*" else f.group_class, str(f.best), str(f.low), str(f.high), f.rule
        )
    console.print(figures)
    points = timeline(session, incident)
    stored = {(f.kind, f.group_class) for f in incident.figures}
    for (kind, group_class), series in sorted(points.items()):
        if (kind, group_class) not in stored:  # no credible figure: say why rather than show nothing
            console.print(
                f"{kind} ({'total' if group_class == '*' else group_class}): no reconciled figure, "
                f"{reconcile(series).rule}",
                highlight=False,
            )
    line = Table(title="timeline", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("published", "outlet", "kind", "group", "count", "certainty", "evidence"):
        line.add_column(name)
    for (kind, group_class), series in sorted(points.items()):
        if group_class == "*":
            continue
        for p in series:
            line.add_row(
                p.published.isoformat(sep=" ", timespec="minutes") if p.published else "?",
                p.outlet or f"report {p.report_id}",
                kind,
                group_class,
                str(p.count),
                p.certainty,
                p.evidence[:80],
            )
    console.print(line)
    reports = Table(title="reports", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("id", "published", "outlet", "title"):
        reports.add_column(name)
    seen: set[int] = set()
    rows: list[ReportRow] = []
    for event in incident.events:
        if event.report_id not in seen:
            seen.add(event.report_id)
            rows.append(event.report)
    for r in sorted(rows, key=lambda r: (r.published is None, r.published, r.id)):
        reports.add_row(
            str(r.id),
            r.published.isoformat(sep=" ", timespec="minutes") if r.published else "?",
            r.outlet or "",
            r.title or r.text[:60],
        )
    console.print(reports)
