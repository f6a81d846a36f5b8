"""The shapes of the JSON API's responses, for its OpenAPI document (``/openapi.json``).

The routes hand back JSON they have already built (``JSONResponse``), so these models describe the bytes
a client gets without re-encoding them; a record is the record of ``docs/record.md`` (``sitrep.record``).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..record import Actor, Record, Span


class ErrorOut(BaseModel):
    """Why a request failed: a sentence, or the list of fields that are wrong."""

    detail: str | list[dict[str, Any]]


class PlaceOut(BaseModel):
    """Where an incident happened, as its reports' main events place it."""

    name: str | None = None
    site: str | None = None
    locality: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class SourceOut(BaseModel):
    """The report figures behind a reconciled value."""

    report_id: int
    figure_ids: list[int]
    evidence: Any = None


class IncidentFigureOut(BaseModel):
    """A reconciled figure of one group: its range, best value and the rule that chose it."""

    model_config = ConfigDict(extra="allow")

    kind: str
    group_class: str
    low: int | None = None
    best: int | None = None
    high: int | None = None
    rule: str | None = None
    source: SourceOut | None = None


class TotalOut(BaseModel):
    """A reconciled total of one kind."""

    model_config = ConfigDict(extra="allow")

    low: int | None = None
    best: int | None = None
    high: int | None = None
    rule: str | None = None
    source: SourceOut | None = None


class IncidentReportOut(BaseModel):
    """One report of an incident."""

    model_config = ConfigDict(extra="allow")

    id: int
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    main: bool | None = Field(None, description="In the detail: whether the incident is the report's main event.")


class IncidentSummaryOut(BaseModel):
    """An incident as the list shows it."""

    model_config = ConfigDict(extra="allow")

    id: int
    event_type: str | None = None
    sub_event_type: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    place: PlaceOut
    figures: list[IncidentFigureOut]
    totals: dict[str, TotalOut]
    reports: list[IncidentReportOut]
    report_count: int | None = None
    lead: str | None = None


class IncidentListOut(BaseModel):
    """One page of incidents, newest first, and how many match."""

    total: int
    limit: int
    offset: int
    items: list[IncidentSummaryOut]


class PointOut(BaseModel):
    """One report's value of a figure, in the incident's timeline."""

    model_config = ConfigDict(extra="allow")

    published: str | None = None
    report_id: int
    outlet: str | None = None
    count: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None
    certainty: str | None = None
    attribution: str | None = None
    evidence: Any = None
    figure_ids: list[int]


class SeriesOut(BaseModel):
    """How one figure moved from report to report."""

    kind: str
    group_class: str
    points: list[PointOut]


class PersonOut(BaseModel):
    """A person the incident's reports name."""

    name: str
    title: str | None = None
    role: str | None = None
    reports: list[int]


class IncidentQuoteOut(BaseModel):
    """A quote of one of the incident's reports."""

    report_id: int
    speaker: str | None = None
    text: str | None = None
    kind: str | None = None
    evidence: list[Span]


class IncidentOut(IncidentSummaryOut):
    """One incident: reconciled figures, timeline, people, actors (the record's) and quotes."""

    timeline: list[SeriesOut]
    people: list[PersonOut]
    actors: list[Actor]
    quotes: list[IncidentQuoteOut]


class StoredFigureOut(BaseModel):
    """A figure as the store keeps it, with its id."""

    model_config = ConfigDict(extra="allow")

    id: int
    kind: str
    count: int
    qualifier: str | None = None
    group: str | None = None
    group_class: str | None = None
    certainty: str | None = None
    attribution: str | None = None
    derived: str | None = None
    evidence: list[Span]
    evidence_text: str | None = None


class StoredEventOut(BaseModel):
    """An event as the store keeps it: its ids, its incident and its stored figures."""

    model_config = ConfigDict(extra="allow")

    event_id: int
    incident_id: int | None = None
    main: bool
    event_type: str
    date: str | None = None
    place: str | None = None
    totals: dict[str, int]
    figures: list[StoredFigureOut]


class ReportOut(BaseModel):
    """A stored report: its text, its record (docs/record.md) and its stored events."""

    model_config = ConfigDict(extra="allow")

    id: int
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    text: str
    record: Record
    events: list[StoredEventOut]


class StoredOut(BaseModel):
    """A report added to the store, or found there already."""

    id: int
    created: bool
    incidents: list[int] | None = Field(None, description="The incidents its events joined (when just stored).")
