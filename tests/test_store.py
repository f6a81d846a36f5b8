"""The store, on SQLite and PostgreSQL: each report once, each in one transaction, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from sitrep import ingest as ingest_module
from sitrep.ingest import ingest
from sitrep.store import (
    EventRow,
    FigureRow,
    IncidentFigureRow,
    IncidentRow,
    ReportRow,
    Store,
    StoreError,
    normalised_hash,
)

GOLD = Path(__file__).parent / "gold"

REPORT = (
    "Gunmen killed four soldiers and wounded two civilians in an ambush near Kandahar on Tuesday, "
    "officials said. The attackers fled into the hills after the attack."
)


def jsonl(tmp_path: Path, rows: list[object], name: str = "reports.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_the_schema_is_made_by_migrations(db_url):
    store = Store.open(db_url)
    with store.engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "0004"
    Store.open(db_url)  # opening again upgrades nothing and breaks nothing
    store.dispose()


def test_a_reports_figures_are_written_in_one_statement_each_in_the_records_order(db_url, tmp_path):
    store = Store.open(db_url)
    inserts: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO"):
            inserts.append(statement.split()[2])

    assert ingest(store, [jsonl(tmp_path, [{"text": REPORT}])]).new == 1
    assert inserts.count("figures") == 1
    assert inserts.count("incident_figures") == 1
    with Session(store.engine) as session:
        report = session.scalars(select(ReportRow)).one()
        figures = report.record["events"][0]["figures"]
        rows = session.scalars(select(FigureRow).order_by(FigureRow.id)).all()
        assert [(r.kind, r.count, r.group) for r in rows] == [(f["kind"], f["count"], f["group"]) for f in figures]
        assert len(rows) == 2
        assert [r.evidence_text for r in rows] == [REPORT[s:e] for f in figures for s, e in f["evidence"]]
        incident = session.scalars(select(IncidentRow)).one()
        assert [(f.kind, f.group_class, f.best) for f in incident.figures] == [
            ("injured", "*", 2),
            ("injured", "civilians", 2),
            ("killed", "*", 4),
            ("killed", "security_forces", 4),
        ]
    store.dispose()


def test_a_store_made_before_the_insert_sentinels_keeps_its_rows_and_takes_more(db_url, tmp_path):
    from alembic import command
    from alembic.config import Config

    import sitrep.store

    store = Store.open(db_url)
    assert ingest(store, [jsonl(tmp_path, [{"text": REPORT}])]).new == 1
    config = Config()
    config.set_main_option("script_location", str(Path(sitrep.store.__file__).parent / "migrations"))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    with store.engine.connect() as connection:
        assert connection.execute(text("select version_num from alembic_version")).scalar() == "0003"
        columns = [row[0] for row in connection.execute(text("select * from figures")).cursor.description]
        assert "insert_sentinel" not in columns
    store.dispose()
    store = Store.open(db_url)  # upgrades to the newest schema, keeping every row
    assert [store.count(t) for t in (ReportRow, EventRow, FigureRow, IncidentRow, IncidentFigureRow)] == [1, 1, 2, 1, 4]
    other = "A car bomb killed seven people and wounded 12 at a market in Baqubah on Friday, police said."
    assert ingest(store, [jsonl(tmp_path, [{"text": other}], "more.jsonl")]).new == 1
    assert store.count(ReportRow) == 2
    assert store.count(FigureRow) == 4
    store.dispose()


def test_a_folder_is_stored_once_however_often_it_is_ingested(db_url):
    store = Store.open(db_url)
    first = ingest(store, [GOLD])
    again = ingest(store, [GOLD])
    texts = len(list(GOLD.glob("*.txt")))
    assert (first.read, first.new, first.duplicate) == (texts, texts, 0)
    assert (again.read, again.new, again.duplicate) == (texts, 0, texts)
    assert store.count(ReportRow) == texts
    with Session(store.engine) as session:
        hashes = session.scalars(select(ReportRow.text_hash)).all()
        assert len(set(hashes)) == texts
        figure = session.scalars(select(FigureRow).where(FigureRow.kind == "killed")).first()
        report = figure.event.report
        start, end = figure.evidence[0]
        assert report.text[start:end] in figure.evidence_text
    store.dispose()


def test_jsonl_lines_are_deduplicated_by_text_and_url_and_bad_lines_reported(db_url, tmp_path):
    store = Store.open(db_url)
    path = jsonl(
        tmp_path,
        [
            {"text": REPORT, "url": "https://example.org/a", "published": "2019-05-15T08:00:00", "outlet": "A"},
            {"text": "  " + REPORT.upper() + "\n", "url": "https://example.org/b", "published": "2019-05-15"},
            {"text": REPORT.replace("Tuesday", "Monday"), "url": "https://example.org/a"},
            "not json at all",
            {"url": "https://example.org/c"},
            {"text": "", "url": "https://example.org/d"},
        ],
    )
    summary = ingest(store, [path])
    assert (summary.read, summary.new, summary.duplicate) == (6, 1, 2)
    assert sum(summary.rejected.values()) == 3
    assert [source.rsplit(":", 1)[1] for source, _ in summary.rejected_sources] == ["4", "5", "6"]
    with Session(store.engine) as session:
        row = session.scalars(select(ReportRow)).one()
        assert (row.outlet, row.url, row.published.isoformat()) == ("A", "https://example.org/a", "2019-05-15T08:00:00")
        event = session.scalars(select(EventRow).where(EventRow.main)).one()
        assert event.totals == {"killed": 4, "injured": 2}
        assert event.incident is not None and event.incident.report_count == 1
    store.dispose()


def test_a_failure_while_writing_leaves_no_half_record(db_url, tmp_path, monkeypatch):
    store = Store.open(db_url)

    def broken_link(*args, **kwargs):
        raise RuntimeError("the machine fell over")

    monkeypatch.setattr(ingest_module, "join_incident", broken_link)
    with pytest.raises(RuntimeError):
        ingest(store, [jsonl(tmp_path, [{"text": REPORT}])])
    for table in (ReportRow, EventRow, FigureRow, IncidentRow):
        assert store.count(table) == 0
    monkeypatch.undo()
    assert ingest(store, [jsonl(tmp_path, [{"text": REPORT}])]).new == 1
    assert store.count(ReportRow) == 1
    store.dispose()


def test_the_hash_ignores_case_and_spacing():
    assert normalised_hash("Two  men\nwere shot.") == normalised_hash("two men were SHOT.")
    assert normalised_hash("Two men were shot.") != normalised_hash("Three men were shot.")


def test_a_store_in_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "no" / "such" / "sitrep.db"))
