"""The JSON API: extract a record, read incidents and reports, add a report to the store."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy.orm import Session

from ..ingest import Item, item_from_json, write_report
from ..record import EventType
from ..store import normalised_hash
from . import queries
from .app import Service, service, writer

#: The largest id or offset a store holds (32-bit integer columns).
MAX_ID = 2**31 - 1


class ErrorOut(BaseModel):
    """Why a request failed: a sentence, or the list of fields that are wrong."""

    detail: str | list[dict[str, Any]]


router = APIRouter(prefix="/api", tags=["api"], responses={
    413: {"model": ErrorOut, "description": "The request body is over the server's limit."},
    422: {"model": ErrorOut, "description": "Bad input: the reason, or the fields that are wrong."},
})
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such id."}}


class ReportIn(BaseModel):
    """One report: its text or its HTML page, and what is known about it."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "text": "Gunmen killed four villagers in Kidal on Tuesday, a local official said.",
        "published": "2024-05-08",
    }]})

    text: str | None = Field(None, description="Plain text of the report.")
    html: str | None = Field(None, description="An HTML page; its main text is read with trafilatura.")
    published: str | None = Field(
        None, description="Publication date or moment, ISO 8601: resolves 'Tuesday' and 'yesterday'.",
        max_length=40, pattern=r"^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$",
        examples=["2007-07-10", "2007-07-10T06:30:00+05:00"])
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=300)

    @model_validator(mode="after")
    def one_body(self) -> ReportIn:
        has_text, has_html = bool(self.text and self.text.strip()), bool(self.html and self.html.strip())
        if has_text == has_html:
            raise ValueError("give exactly one of 'text' or 'html', not empty")
        return self


def _read(svc: Service, body: ReportIn, source: str) -> Item:
    item = item_from_json(body.model_dump(), source, svc.settings.max_body)
    if item.error or item.report is None:
        raise HTTPException(422, item.error or "no report")
    return item


@router.post("/extract", summary="Extract the record of one report (stores nothing)")
def extract(body: ReportIn, svc: Service = Depends(service)) -> dict[str, Any]:
    """The record, in the JSON form of docs/record.md, as `sitrep extract --format json` prints it."""
    item = _read(svc, body, "request")
    assert item.report is not None
    record = svc.extract(item.report)
    return record.to_json()  # type: ignore[no-any-return]


@router.get("/incidents", summary="Incidents, newest first, with filters and paging")
def incidents(
    svc: Annotated[Service, Depends(service)],
    date_from: Annotated[date | None, Query(description="Incidents on or after this day (YYYY-MM-DD).")] = None,
    date_to: Annotated[date | None, Query(description="Incidents on or before this day (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166 code, e.g. PK.")] = None,
    event_type: Annotated[EventType | None, Query(description="One of the record's event types (docs/record.md).")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the place or the lead.")] = None,
    limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> dict[str, Any]:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, "date_from is after date_to")
    with Session(svc.store.engine) as session:
        return queries.list_incidents(session, queries.IncidentFilter(
            date_from, date_to, country, event_type, q, limit, offset))


@router.get("/incidents/{incident_id}", summary="One incident: reconciled figures, timeline, people, quotes",
            responses=NOT_FOUND)
def incident(incident_id: Id, svc: Annotated[Service, Depends(service)]) -> dict[str, Any]:
    return _one(svc, queries.incident_detail, incident_id, "incident")


@router.get("/reports/{report_id}", summary="One stored report: text, record, stored figures",
            responses=NOT_FOUND)
def report(report_id: Id, svc: Annotated[Service, Depends(service)]) -> dict[str, Any]:
    return _one(svc, queries.report_detail, report_id, "report")


def _one(svc: Service, read: Callable[[Session, int], dict[str, Any] | None], key: int, what: str) -> dict[str, Any]:
    with Session(svc.store.engine) as session:
        data = read(session, key)
    if data is None:
        raise HTTPException(404, f"no {what} {key}")
    return data


@router.post("/reports", status_code=201, summary="Add one report to the store (needs the bearer token)",
             responses={200: {"description": "The report was already stored; nothing changed."},
                        401: {"model": ErrorOut, "description": "No token, or the wrong one."},
                        403: {"model": ErrorOut, "description": "Writing is off: the server has no SITREP_TOKEN."}})
def add_report(body: ReportIn, svc: Annotated[Service, Depends(writer)]) -> Any:
    """Extract, store, link to its incident and reconcile, in one transaction."""
    item = _read(svc, body, body.url or "request")
    assert item.report is not None
    key = normalised_hash(item.report.text)
    with Session(svc.store.engine) as session:
        existing = queries.stored_report_id(session, key, item.report.url)
    if existing is not None:
        return JSONResponse({"id": existing, "created": False}, status_code=200)
    record = svc.extract(item.report)
    with svc.write_lock:
        created = write_report(svc.store, item, record)
    with Session(svc.store.engine) as session:
        report_id = queries.stored_report_id(session, key, item.report.url)
        data = queries.report_detail(session, report_id) if report_id is not None else None
    if data is None:
        raise HTTPException(500, "the report was not stored")
    body_out = {"id": data["id"], "created": created,
                "incidents": sorted({e["incident_id"] for e in data["events"] if e["incident_id"] is not None})}
    return JSONResponse(body_out, status_code=201 if created else 200)
