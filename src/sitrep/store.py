"""The store: reports, their records, events, figures with evidence, and incidents, in SQL tables.

One code path through SQLAlchemy serves an embedded SQLite file (the default,
``sitrep.db``) and PostgreSQL (``postgresql://...``). The schema is created
and upgraded by Alembic migrations shipped with the package. Each report is
written in one transaction with everything made from it, so a crash never
leaves half a record; a report already stored (same normalised text, or same
URL) is not stored again, so an interrupted ingest can simply be run again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    func,
    select,
)
from sqlalchemy import (
    event as sa_event,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, orm_insert_sentinel, relationship

from .errors import StoreError

DEFAULT_DB = "sitrep.db"


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class ReportRow(Base):
    """One news report as it was read."""

    __tablename__ = "reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    url: Mapped[str | None] = mapped_column(String(2000), unique=True, nullable=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    outlet: Mapped[str | None] = mapped_column(String(300), nullable=True)
    published: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    source: Mapped[str | None] = mapped_column(Text, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    events: Mapped[list[EventRow]] = relationship(back_populates="report", cascade="all, delete-orphan")


class IncidentRow(Base):
    """One happening, many reports: the reconciled view."""

    __tablename__ = "incidents"
    __table_args__ = (
        Index("ix_incidents_newest", "date_start", "id"),  # the list's order, newest first, read off the index
        Index("ix_incidents_date_end", "date_end"),
        Index("ix_incidents_country_type_newest", "country", "event_type", "date_start"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_type: Mapped[str] = mapped_column(String(40), index=True)
    sub_event_type: Mapped[str | None] = mapped_column(String(60), nullable=True)
    date_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    place_name: Mapped[str | None] = mapped_column(String(300), nullable=True)
    site: Mapped[str | None] = mapped_column(String(300), nullable=True)
    locality: Mapped[str | None] = mapped_column(String(300), nullable=True)
    admin1: Mapped[str | None] = mapped_column(String(300), nullable=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True, index=True)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    report_count: Mapped[int] = mapped_column(Integer, default=0)
    people: Mapped[list[Any]] = mapped_column(JSON, default=list)
    actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    lead: Mapped[str | None] = mapped_column(Text, nullable=True)  # title and first sentence of its first report
    #: the incident as the list shows it (``export.incident_summary``), kept when its reports are written, so a
    #: page of the list is read from this table alone; None: not made yet, the list makes it
    summary: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    events: Mapped[list[EventRow]] = relationship(back_populates="incident")
    figures: Mapped[list[IncidentFigureRow]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="IncidentFigureRow.id"
    )


class EventRow(Base):
    """An event of one report; linked to the incident it is evidence of."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_incident_report", "incident_id", "report_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), nullable=True, index=True)
    main: Mapped[bool] = mapped_column(Boolean)
    event_type: Mapped[str] = mapped_column(String(40))
    sub_event_type: Mapped[str | None] = mapped_column(String(60), nullable=True)
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    date_precision: Mapped[str | None] = mapped_column(String(10), nullable=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    place_name: Mapped[str | None] = mapped_column(String(300), nullable=True)
    site: Mapped[str | None] = mapped_column(String(300), nullable=True)
    locality: Mapped[str | None] = mapped_column(String(300), nullable=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    totals: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    report: Mapped[ReportRow] = relationship(back_populates="events")
    incident: Mapped[IncidentRow | None] = relationship(back_populates="events")
    figures: Mapped[list[FigureRow]] = relationship(back_populates="event", cascade="all, delete-orphan")


class FigureRow(Base):
    """A figure of an event, with the character spans of its evidence."""

    __tablename__ = "figures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    count: Mapped[int] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(10))
    low: Mapped[int | None] = mapped_column(Integer, nullable=True)
    high: Mapped[int | None] = mapped_column(Integer, nullable=True)
    group: Mapped[str] = mapped_column("group_text", Text)
    group_class: Mapped[str] = mapped_column(String(20))
    certainty: Mapped[str] = mapped_column(String(10))
    attribution: Mapped[str | None] = mapped_column(Text, nullable=True)
    derived: Mapped[str | None] = mapped_column(Text, nullable=True)
    named: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    evidence_text: Mapped[str] = mapped_column(Text, default="")
    # each row's place in its INSERT, so a report's figures are written in one statement that returns their ids in
    # order (SQLite cannot order the ids of a many-row INSERT by the autoincrement key itself)
    sentinel: Mapped[int | None] = orm_insert_sentinel("insert_sentinel")
    event: Mapped[EventRow] = relationship(back_populates="figures")


class IncidentFigureRow(Base):
    """A reconciled figure of an incident: per (kind, group_class), or the kind's total (group_class '*')."""

    __tablename__ = "incident_figures"
    __table_args__ = (UniqueConstraint("incident_id", "kind", "group_class"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    group_class: Mapped[str] = mapped_column(String(20))
    low: Mapped[int] = mapped_column(Integer)
    best: Mapped[int] = mapped_column(Integer)
    high: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(Text)
    sentinel: Mapped[int | None] = orm_insert_sentinel("insert_sentinel")  # as a figure's: one INSERT per flush
    incident: Mapped[IncidentRow] = relationship(back_populates="figures")


def normalised_hash(text: str) -> str:
    """The same report, however its whitespace and case were mangled, has one hash."""
    folded = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def database_url(db: str | None) -> str:
    """A SQLAlchemy URL from what a user types: a file path, or a database URL."""
    db = db or DEFAULT_DB
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser()}"
    if db.startswith("postgresql://") or db.startswith("postgres://"):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


#: How often opening a store tries again when SQLite says a new file is locked.
_OPEN_TRIES = 10

#: The key of the PostgreSQL advisory lock writers take: one writer links at a time, in any process.
WRITE_LOCK_KEY = 0x5172_6570  # 'Srep'


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # transactions are begun by sitrep (``_sqlite_begin``), not by the driver, which would begin one only at
    # the first write and run schema changes outside any transaction
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")  # first: the next pragma may wait for another process
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable at each commit in WAL mode, without a sync per page
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    """BEGIN, or BEGIN IMMEDIATE for a writer: it holds the write lock from its first read, so what it reads
    (the incidents a report may join, the schema version) cannot change under it."""
    mode = connection.get_execution_options().get("sitrep_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


class Store:
    """A handle on one database; ``Store.open`` creates or upgrades its schema."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.backend = engine.dialect.name
        self._write_engine = engine.execution_options(sitrep_begin="IMMEDIATE")

    @classmethod
    def open(cls, db: str | None = None, *, migrate: bool = True) -> Store:
        url = database_url(db)
        try:
            parsed = make_url(url)
            # as many connections kept as the server's threads use at once: a new one costs its pragmas
            engine = create_engine(url, future=True, pool_pre_ping=True, pool_size=16, max_overflow=16)
        except (ArgumentError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot open the store {db!r}: {exc}") from exc
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                folder = Path(parsed.database).parent
                if not folder.exists():
                    raise StoreError(f"cannot open the store {db!r}: folder {folder} does not exist")
            sa_event.listen(engine, "connect", _sqlite_pragmas)
            sa_event.listen(engine, "begin", _sqlite_begin)
        store = cls(engine)
        if migrate:
            store.upgrade()
        return store

    def upgrade(self) -> None:
        """Bring the schema to the newest migration (creates it in an empty database)."""
        from alembic import command
        from alembic.config import Config
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        for attempt in range(_OPEN_TRIES):
            try:
                self._upgrade_once(config, MigrationContext, ScriptDirectory, command)
                return
            except StoreError as exc:
                # SQLite answers "locked" at once, without its busy wait, to a reader that meets another
                # process setting up a new file's write-ahead log: a moment later the file is there
                if attempt + 1 == _OPEN_TRIES or "locked" not in str(exc):
                    raise
                time.sleep(0.1 * (attempt + 1))

    def _upgrade_once(self, config: Any, MigrationContext: Any, ScriptDirectory: Any, command: Any) -> None:
        try:
            with self.engine.connect() as connection:  # a store at the newest schema is only read: it may be read-only
                if (
                    MigrationContext.configure(connection).get_current_revision()
                    == ScriptDirectory.from_config(config).get_current_head()
                ):
                    return
            with self._write_engine.begin() as connection:  # several processes may open a new store at once
                self._lock(connection)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except OperationalError as exc:
            raise StoreError(f"cannot reach the store: {exc.orig}") from exc

    def _lock(self, connection: Any) -> None:
        """Take the store's write lock for the transaction: on SQLite its BEGIN IMMEDIATE did; on PostgreSQL an
        advisory lock, released at commit or rollback."""
        if self.backend == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction that holds the store's write lock across processes: linking reads the incidents a
        new event may join, and no other writer may add one meanwhile."""
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            self._lock(session.connection())
            yield session

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def stored(self, hashes: list[str], urls: list[str], session: Session) -> tuple[set[str], set[str]]:
        """Of these text hashes and URLs, the ones the store already has."""
        found_hashes = set(session.scalars(select(ReportRow.text_hash).where(ReportRow.text_hash.in_(hashes))))
        found_urls = set(session.scalars(select(ReportRow.url).where(ReportRow.url.in_(urls)))) if urls else set()
        return found_hashes, {u for u in found_urls if u}

    def count(self, table: type[Base]) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count()).select_from(table)) or 0)

    def dispose(self) -> None:
        self.engine.dispose()


def event_rows(data: dict[str, Any], text: str) -> list[EventRow]:
    """A stored record's events as rows, each with its figures and their evidence: records to rows, in one place."""
    rows = []
    for event in data.get("events") or []:
        place = event.get("place") or {}
        event_row = EventRow(
            main=bool(event.get("main")),
            event_type=event["event_type"],
            sub_event_type=event.get("sub_event_type"),
            date=date.fromisoformat(event["date"]) if event.get("date") else None,
            date_precision=event.get("date_precision"),
            start_date=date.fromisoformat(event["start_date"]) if event.get("start_date") else None,
            place_name=place.get("name"),
            site=place.get("site"),
            locality=place.get("locality"),
            country=place.get("country"),
            lat=place.get("lat"),
            lon=place.get("lon"),
            totals=event.get("totals") or {},
        )
        for figure in event.get("figures") or []:
            spans = figure.get("evidence") or []
            event_row.figures.append(
                FigureRow(
                    kind=figure["kind"],
                    count=figure["count"],
                    qualifier=figure.get("qualifier", "exact"),
                    low=figure.get("low"),
                    high=figure.get("high"),
                    group=figure.get("group", ""),
                    group_class=figure.get("group_class", "unknown"),
                    certainty=figure.get("certainty", "stated"),
                    attribution=figure.get("attribution"),
                    derived=figure.get("derived"),
                    named=figure.get("named"),
                    evidence=spans,
                    evidence_text=" … ".join(text[s:e] for s, e in spans),
                )
            )
        rows.append(event_row)
    return rows


def record_json(record: Any) -> dict[str, Any]:
    """The record as stored: the JSON form without the text (the report row keeps it)."""
    return record.to_json(include_text=False) if hasattr(record, "to_json") else dict(record)


__all__ = [
    "DEFAULT_DB",
    "EventRow",
    "FigureRow",
    "IncidentFigureRow",
    "IncidentRow",
    "ReportRow",
    "Store",
    "StoreError",
    "database_url",
    "event_rows",
    "normalised_hash",
    "record_json",
]
