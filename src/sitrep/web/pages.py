"""The web pages: incidents with filters, one incident (map, figures, toll chart, people, quotes,
reports), one report with its evidence highlighted, and a page to try a report.

Templates escape everything they print (Jinja2 autoescape); report text is
cut into pieces by ``highlight.pieces`` and each piece escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from ..errors import SitrepError
from ..ingest import item_from_json
from ..record import EVENT_TYPES
from . import queries
from .highlight import pieces, safe_link
from .service import Service, service

router = APIRouter(include_in_schema=False)
#: The largest id a store holds (32-bit integer columns).
MAX_ID = 2**31 - 1
#: The last page of incidents that can be asked for (25 a page, offsets within the largest id).
MAX_PAGE_NUMBER = MAX_ID // 25
templates = Jinja2Templates(directory=str(resources.files("sitrep") / "web" / "templates"))
templates.env.globals["safe_link"] = safe_link


def _page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def _day(value: str | None, name: str, errors: list[str]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        errors.append(f"{name}: {value!r} is not a date (YYYY-MM-DD)")
        return None


@router.get("/", response_class=HTMLResponse)
def incidents_page(
    request: Request,
    svc: Service = Depends(service),
    date_from: str | None = None,
    date_to: str | None = None,
    country: str | None = None,
    event_type: str | None = None,
    q: str | None = None,
    page: int = 1,
) -> HTMLResponse:
    errors: list[str] = []
    start, end = _day(date_from, "from", errors), _day(date_to, "to", errors)
    code = (country or "").strip().upper() or None
    if code and (len(code) != 2 or not code.isalpha()):
        errors.append(f"country: {country!r} is not a two-letter code such as PK")
        code = None
    kind = event_type or None
    if kind and kind not in EVENT_TYPES:
        errors.append(f"event type: {event_type!r} is not one of {', '.join(EVENT_TYPES)}")
        kind = None
    size = 25
    if not 1 <= page <= MAX_PAGE_NUMBER:
        errors.append(f"page: {page} is not between 1 and {MAX_PAGE_NUMBER:,}")
    page = min(max(page, 1), MAX_PAGE_NUMBER)
    with Session(svc.store.engine) as session:
        found = queries.list_incidents(
            session,
            queries.IncidentFilter(start, end, code, kind, (q or "").strip()[:200] or None, size, (page - 1) * size),
        )
    pages = max(1, -(-found["total"] // size))
    args = {
        k: v
        for k, v in (
            ("date_from", date_from),
            ("date_to", date_to),
            ("country", country),
            ("event_type", event_type),
            ("q", q),
        )
        if v
    }
    return _page(
        request,
        "incidents.html",
        {
            "found": found,
            "errors": errors,
            "args": args,
            "page": page,
            "pages": pages,
            "event_types": EVENT_TYPES,
        },
        status=422 if errors else 200,
    )


@dataclass(frozen=True)
class Chart:
    """A small line chart of the toll as reports gave it, drawn as SVG by the template."""

    width: int
    height: int
    series: list[dict[str, Any]]
    y_max: int
    x_labels: list[tuple[float, str, str]]  # x, text, text-anchor


def toll_chart(timeline: list[dict[str, Any]], width: int = 520, height: int = 180) -> Chart | None:
    lines = [t for t in timeline if t["group_class"] == "*" and t["kind"] in ("killed", "injured") and t["points"]]
    points = [p for t in lines for p in t["points"] if p["published"]]
    if not points:
        return None
    moments = sorted(datetime.fromisoformat(p["published"]) for p in points)
    first, last = moments[0], moments[-1]
    span = max((last - first).total_seconds(), 1.0)
    y_max = max(p["high"] for p in points) or 1
    left, right, top, bottom = 40, 12, 12, 28

    def x(moment: datetime) -> float:
        return left + (width - left - right) * ((moment - first).total_seconds() / span if last > first else 0.5)

    def y(value: int) -> float:
        return top + (height - top - bottom) * (1 - value / y_max)

    series = []
    for line in lines:
        dots = [p for p in line["points"] if p["published"]]
        coords = [(round(x(datetime.fromisoformat(p["published"])), 1), round(y(p["count"]), 1), p) for p in dots]
        series.append(
            {
                "kind": line["kind"],
                "polyline": " ".join(f"{cx},{cy}" for cx, cy, _ in coords),
                "dots": [
                    {
                        "x": cx,
                        "y": cy,
                        "count": p["count"],
                        "certainty": p["certainty"],
                        "label": f"{line['kind']} {p['count']} ({p['certainty']}), "
                        f"{p['outlet'] or 'report ' + str(p['report_id'])}, {p['published'][:16]}",
                        "href": _evidence_href(p["report_id"], p["figure_ids"]),
                    }
                    for cx, cy, p in coords
                ],
            }
        )
    labels = [(round(x(first), 1), first.strftime("%d %b %H:%M"), "start" if last > first else "middle")]
    if last > first:
        labels.append((round(x(last), 1), last.strftime("%d %b %H:%M"), "end"))
    return Chart(width, height, series, y_max, labels)


def _evidence_href(report_id: int, figure_ids: list[int]) -> str:
    query = "&".join(f"figure={i}" for i in figure_ids)
    return f"/reports/{report_id}" + (f"?{query}" if query else "") + "#evidence"


def _kind_order(kind: str) -> tuple[int, str]:
    return ({"killed": 0, "injured": 1}.get(kind, 2), kind)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, incident_id: int, svc: Service = Depends(service)) -> HTMLResponse:
    if not 1 <= incident_id <= MAX_ID:
        return _page(request, "missing.html", {"what": f"incident {incident_id}"}, status=404)
    with Session(svc.store.engine) as session:
        data = queries.incident_detail(session, incident_id)
    if data is None:
        return _page(request, "missing.html", {"what": f"incident {incident_id}"}, status=404)
    return _page(
        request,
        "incident.html",
        {
            "incident": data,
            "totals": sorted(data["totals"].items(), key=lambda kv: _kind_order(kv[0])),
            "figures": sorted(data["figures"], key=lambda f: (_kind_order(f["kind"]), -f["best"])),
            "chart": toll_chart(data["timeline"]),
            "evidence_href": _evidence_href,
            "tiles": svc.settings.tiles or "",
            "attribution": svc.settings.tiles_attribution,
        },
    )


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(request: Request, report_id: int, svc: Service = Depends(service)) -> HTMLResponse:
    chosen = {int(v) for v in request.query_params.getlist("figure") if v.isdigit() and len(v) <= 10}
    if not 1 <= report_id <= MAX_ID:
        return _page(request, "missing.html", {"what": f"report {report_id}"}, status=404)
    with Session(svc.store.engine) as session:
        data = queries.report_detail(session, report_id)
    if data is None:
        return _page(request, "missing.html", {"what": f"report {report_id}"}, status=404)
    figures = [f for e in data["events"] for f in e["figures"]]
    shown = [f for f in figures if f["id"] in chosen] or ([] if chosen else figures)
    spans = _evidence(shown) + ([] if chosen else _date_evidence((data["record"] or {}).get("events") or []))
    return _page(
        request,
        "report.html",
        {
            "report": data,
            "pieces": pieces(data["text"], spans),
            "chosen": chosen,
            "focus": bool(chosen),
            "evidence_href": _evidence_href,
        },
    )


def _evidence(figures: Iterable[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """Each figure's evidence spans, labelled with what they are evidence of."""
    return [
        (s, e, f"{f['kind']} {f['count']} {f.get('group', '')}".strip())
        for f in figures
        for s, e in f.get("evidence") or []
    ]


def _date_evidence(events: Iterable[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """The words each event's date was read from, labelled with the date."""
    return [(s, e, f"date {event.get('date')}") for event in events for s, e in event.get("date_evidence") or []]


@router.get("/try", response_class=HTMLResponse)
def try_page(request: Request) -> HTMLResponse:
    return _page(request, "try.html", {"text": "", "published": "", "record": None, "error": None})


@router.post("/try", response_class=HTMLResponse)
async def try_report(
    request: Request, text: str = Form(""), published: str = Form(""), svc: Service = Depends(service)
) -> HTMLResponse:
    context: dict[str, Any] = {"text": text, "published": published, "record": None, "error": None}
    try:
        max_chars = svc.check_open(request, None)
    except HTTPException as exc:
        context["error"] = exc.detail
        return _page(request, "try.html", context, status=exc.status_code)
    if len(text) > max_chars:
        context["error"] = f"the text is {len(text):,} characters, over the limit of {max_chars:,} here"
        return _page(request, "try.html", context, status=413)

    def work() -> Any:
        item = item_from_json(
            {"text": text, "published": published.strip() or None}, "the text", svc.settings.max_body, max_chars
        )
        if item.error or item.report is None:
            return (item.error or "nothing to read").removeprefix("unreadable: ")
        try:
            return svc.extract(item.report).to_json()
        except SitrepError as exc:
            return str(exc)

    try:
        record = await svc.in_queue(work)
    except HTTPException as exc:
        context["error"] = exc.detail
        return _page(request, "try.html", context, status=exc.status_code)
    if isinstance(record, str):
        context["error"] = record
        return _page(request, "try.html", context, status=422)
    spans = _evidence(f for event in record["events"] for f in event.get("figures") or []) + _date_evidence(
        record["events"]
    )
    context.update(record=record, pieces=pieces(record["text"], spans))
    return _page(request, "try.html", context)
