"""The JSON API: extract a record, read incidents and reports, add a report to the store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy.orm import Session

from ..errors import NotStored
from ..ingest import Item, item_from_json, write_report
from ..record import EventType, Record
from ..store import normalised_hash
from . import queries
from .models import ErrorOut, IncidentListOut, IncidentOut, ReportOut, StoredOut
from .service import Service, bearer, service, writer

#: The largest id or offset a store holds (32-bit integer columns).
MAX_ID = 2**31 - 1


router = APIRouter(
    prefix="/api",
    tags=["api"],
    responses={
        413: {"model": ErrorOut, "description": "The request body, or the report, is over the server's limit."},
        422: {"model": ErrorOut, "description": "Bad input: the reason, or the fields that are wrong."},
        503: {"model": ErrorOut, "description": "The extraction queue is full: try again later."},
    },
)
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such id."}}


class ReportIn(BaseModel):
    """One report: its text or its HTML page, and what is known about it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "Gunmen killed four villagers in Kidal on Tuesday, a local official said.",
                    "published": "2024-05-08",
                }
            ]
        },
    )

    text: str | None = Field(None, description="Plain text of the report.")
    html: str | None = Field(None, description="An HTML page; its main text is read with trafilatura.")
    published: str | None = Field(
        None,
        description="Publication date or moment, ISO 8601: resolves 'Tuesday' and 'yesterday'.",
        max_length=40,
        pattern=r"^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$",
        examples=["2007-07-10", "2007-07-10T06:30:00+05:00"],
    )
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=300)

    @model_validator(mode="after")
    def one_body(self) -> ReportIn:
        has_text, has_html = bool(self.text and self.text.strip()), bool(self.html and self.html.strip())
        if has_text == has_html:
            # pydantic turns a validator's ValueError into its 422 validation error: it never leaves the model
            raise ValueError("give exactly one of 'text' or 'html', not empty")
        return self


#: How many times the characters of its text a page's HTML may have.
HTML_PER_TEXT = 10


def check_size(text: str | None, html: str | None, max_chars: int, with_token: bool) -> None:
    """413 for a report over the limit, before any work is spent on it."""
    how = "" if with_token else " without a token"
    if text is not None and len(text) > max_chars:
        raise HTTPException(413, f"the text is {len(text):,} characters, over the limit of {max_chars:,}{how}")
    if html is not None and len(html) > HTML_PER_TEXT * max_chars:
        raise HTTPException(
            413, f"the html is {len(html):,} characters, over the limit of {HTML_PER_TEXT * max_chars:,}{how}"
        )


def _read(svc: Service, body: ReportIn, source: str, max_chars: int | None = None) -> Item:
    item = item_from_json(
        body.model_dump(), source, svc.settings.max_body, max_chars if max_chars is not None else svc.settings.max_chars
    )
    if item.error or item.report is None:
        raise HTTPException(422, item.error or "no report")
    return item


@router.post(
    "/extract",
    response_model=Record,
    summary="Extract the record of one report (stores nothing)",
    responses={429: {"model": ErrorOut, "description": "Too many extractions without a token."}},
)
async def extract(
    body: ReportIn,
    request: Request,
    svc: Annotated[Service, Depends(service)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> JSONResponse:
    """The record, in the JSON form of docs/record.md, as `sitrep extract --format json` prints it.

    Without the bearer token, reports are limited to a smaller size and each client to a few a minute.
    """
    token = credentials.credentials if credentials else None
    max_chars = svc.check_open(request, token)
    check_size(body.text, body.html, max_chars, svc.has_token(token))

    def work() -> dict[str, Any]:
        item = _read(svc, body, "request", max_chars)
        assert item.report is not None
        record: Record = svc.extract(item.report)
        return record.to_json()

    # the record's own JSON form (unset fields left out), not re-encoded through the response model
    return JSONResponse(await svc.in_queue(work))


@router.get("/incidents", response_model=IncidentListOut, summary="Incidents, newest first, with filters and paging")
def incidents(
    svc: Annotated[Service, Depends(service)],
    date_from: Annotated[date | None, Query(description="Incidents on or after this day (YYYY-MM-DD).")] = None,
    date_to: Annotated[date | None, Query(description="Incidents on or before this day (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166 code, e.g. PK.")] = None,
    event_type: Annotated[
        EventType | None, Query(description="One of the record's event types (docs/record.md).")
    ] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the place or the lead.")] = None,
    limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> JSONResponse:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, "date_from is after date_to")
    with Session(svc.store.engine) as session:
        data = queries.list_incidents(
            session, queries.IncidentFilter(date_from, date_to, country, event_type, q, limit, offset)
        )
    return JSONResponse(data)  # plain JSON types already: no encoding pass over every value


@router.get(
    "/incidents/{incident_id}",
    response_model=IncidentOut,
    summary="One incident: reconciled figures, timeline, people, quotes",
    responses=NOT_FOUND,
)
def incident(incident_id: Id, svc: Annotated[Service, Depends(service)]) -> JSONResponse:
    return _one(svc, queries.incident_detail, incident_id, "incident")


@router.get(
    "/reports/{report_id}",
    response_model=ReportOut,
    summary="One stored report: text, record, stored figures",
    responses=NOT_FOUND,
)
def report(report_id: Id, svc: Annotated[Service, Depends(service)]) -> JSONResponse:
    return _one(svc, queries.report_detail, report_id, "report")


def _one(svc: Service, read: Callable[[Session, int], dict[str, Any] | None], key: int, what: str) -> JSONResponse:
    with Session(svc.store.engine) as session:
        data = read(session, key)
    if data is None:
        raise HTTPException(404, f"no {what} {key}")
    return JSONResponse(data)


@router.post(
    "/reports",
    status_code=201,
    response_model=StoredOut,
    summary="Add one report to the store (needs the bearer token)",
    responses={
        200: {"model": StoredOut, "description": "The report was already stored; nothing changed."},
        401: {"model": ErrorOut, "description": "No token, or the wrong one."},
        403: {"model": ErrorOut, "description": "Writing is off: the server has no SITREP_TOKEN."},
    },
)
async def add_report(body: ReportIn, svc: Annotated[Service, Depends(writer)]) -> JSONResponse:
    """Extract, store, link to its incident and reconcile, in one transaction."""
    check_size(body.text, body.html, svc.settings.max_chars, True)
    item = await svc.in_queue(_read, svc, body, body.url or "request")
    assert item.report is not None
    key = normalised_hash(item.report.text)
    existing = await run_in_threadpool(_stored_id, svc, key, item.report.url)
    if existing is not None:
        return JSONResponse({"id": existing, "created": False}, status_code=200)
    record = await svc.in_queue(svc.extract, item.report)
    return await run_in_threadpool(_store, svc, item, record, key)


def _stored_id(svc: Service, key: str, url: str | None) -> int | None:
    with Session(svc.store.engine) as session:
        return queries.stored_report_id(session, key, url)


def _store(svc: Service, item: Item, record: Any, key: str) -> JSONResponse:
    assert item.report is not None
    try:
        with svc.write_lock:
            created = write_report(svc.store, item, record, svc.candidates)
    except NotStored as exc:
        raise HTTPException(422, str(exc)) from exc
    with Session(svc.store.engine) as session:
        report_id = queries.stored_report_id(session, key, item.report.url)
        data = queries.report_detail(session, report_id) if report_id is not None else None
    if data is None:
        raise HTTPException(409, "the report was not stored: another with its text or URL was removed meanwhile")
    body_out = {
        "id": data["id"],
        "created": created,
        "incidents": sorted({e["incident_id"] for e in data["events"] if e["incident_id"] is not None}),
    }
    return JSONResponse(body_out, status_code=201 if created else 200)
