"""Two ingests at once into a fresh store leave exactly what one ingest leaves: the same reports, the same incidents.

    python benchmarks/concurrent_ingest.py --tries 20                       # SQLite
    python benchmarks/concurrent_ingest.py --tries 20 --postgres URL         # and PostgreSQL

Each try makes a new store (a SQLite file that does not exist yet, or a new PostgreSQL database) and starts
two processes that open it at the same moment and ingest the same reports: both create the schema, both
write and link. Records come from a stand-in extractor (no model), so a try takes a second or two; the
writing, deduplication, linking and locking are the store's own. The store is then compared with one
left by a single ingest: reports by text, incidents by dates, place, reports and reconciled figures.
With ``--via-api`` the second writer is the server instead (``POST /api/reports`` of the app, in process).
Prints one JSON line of results; exits non-zero when a try differs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

# run as a script, this folder is on the path: the stand-in records are the tests' own
from fake_records import PLACES, record_of


def corpus(n: int) -> list[str]:
    """n reports of about n / 3 incidents, each told by three reports."""
    names = [p[0] for p in PLACES]
    lines = []
    for k in range(n):
        incident, telling = divmod(k, 3)
        place = names[incident % 3]
        day = f"2024-{1 + incident // 28 % 12:02d}-{1 + incident % 28:02d}"
        text = f"{place}|{day}|{3 + telling}|Report {k} of an attack in {place}, telling {telling}."
        lines.append(json.dumps({"text": text, "published": day, "url": f"https://example.org/{k}"}))
    return lines


def child(db: str, source: str, start_at: float) -> None:
    """One ingest, started at ``start_at`` (time.time()) so both open the new store together."""
    from sitrep.ingest import ingest
    from sitrep.store import Store

    time.sleep(max(0.0, start_at - time.time()))
    store = Store.open(db)
    summary = ingest(store, [source], extract_many=lambda reports: (record_of(r) for r in reports))
    print(json.dumps({"new": summary.new, "duplicate": summary.duplicate, "rejected": summary.rejected_total}))


class _Record:
    def __init__(self, report: Any) -> None:
        self.data = record_of(report)

    def to_json(self, include_text: bool = True) -> dict[str, Any]:
        return self.data


def api_child(db: str, source: str, start_at: float) -> None:
    """The server's writer instead: each report POSTed to /api/reports of an app over the store, in order."""
    from fastapi.testclient import TestClient

    from sitrep.web import Settings, create_app

    time.sleep(max(0.0, start_at - time.time()))
    app = create_app(Settings(db=db, token="race"))
    app.state.service.extract = _Record
    codes: dict[int, int] = {}
    with TestClient(app) as client:
        for line in Path(source).read_text(encoding="utf-8").splitlines():
            code = client.post("/api/reports", json=json.loads(line), headers={"Authorization": "Bearer race"})
            codes[code.status_code] = codes.get(code.status_code, 0) + 1
    if set(codes) - {200, 201}:
        raise SystemExit(f"answers {codes}")
    print(json.dumps({"new": codes.get(201, 0), "duplicate": codes.get(200, 0)}))


def snapshot(db: str) -> dict[str, Any]:
    """What the store holds, without its ids (PostgreSQL's sequences skip the ids a refused write took)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session, selectinload

    from sitrep.store import EventRow, IncidentRow, ReportRow, Store

    store = Store.open(db)
    with Session(store.engine) as session:
        reports = sorted(session.scalars(select(ReportRow.text_hash)))
        incidents = []
        for incident in session.scalars(
            select(IncidentRow).options(
                selectinload(IncidentRow.events).selectinload(EventRow.report), selectinload(IncidentRow.figures)
            )
        ):
            incidents.append(
                [
                    str(incident.date_start),
                    str(incident.date_end),
                    incident.locality,
                    incident.report_count,
                    sorted(e.report.text_hash for e in incident.events),
                    sorted((f.kind, f.group_class, f.low, f.best, f.high) for f in incident.figures),
                ]
            )
    store.dispose()
    return {"reports": reports, "incidents": sorted(incidents)}


def _new_postgres(url: str) -> str:
    import psycopg

    name = f"sitrep_race_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name


def _drop_postgres(url: str, db: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db.rsplit("/", 1)[1]}" WITH (FORCE)')


def run(backend: str, tries: int, n: int, postgres: str | None, folder: Path, via_api: bool = False) -> dict[str, Any]:
    source = folder / "reports.jsonl"
    source.write_text("\n".join(corpus(n)) + "\n", encoding="utf-8")
    serial_db = str(folder / "serial.db") if backend == "sqlite" else _new_postgres(postgres or "")
    subprocess.run(
        [sys.executable, __file__, "--child", serial_db, str(source), "0"], check=True, capture_output=True, timeout=300
    )
    expected = snapshot(serial_db)
    if backend == "postgresql":
        _drop_postgres(postgres or "", serial_db)
    same = 0
    failures: list[str] = []
    started = time.monotonic()
    for k in range(tries):
        db = str(folder / f"race{k}.db") if backend == "sqlite" else _new_postgres(postgres or "")
        start_at = time.time() + 2.0  # after both have imported sitrep
        modes = ["--child", "--api-child" if via_api else "--child"]
        children = [
            subprocess.Popen(
                [sys.executable, __file__, mode, db, str(source), str(start_at)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for mode in modes
        ]
        outs = [c.communicate(timeout=300) for c in children]
        codes = [c.returncode for c in children]
        if any(codes):
            failures.append(
                f"try {k}: exit {codes}: "
                + " | ".join(err.strip().splitlines()[-1] if err.strip() else "" for _, err in outs)
            )
        else:
            got = snapshot(db)
            if got == expected:
                same += 1
            else:
                failures.append(
                    f"try {k}: {len(got['reports'])} reports, {len(got['incidents'])} incidents "
                    f"(a single ingest: {len(expected['reports'])}, {len(expected['incidents'])})"
                )
        if backend == "postgresql":
            _drop_postgres(postgres or "", db)
    return {
        "backend": backend,
        "writers": "ingest+api" if via_api else "ingest+ingest",
        "tries": tries,
        "same_as_serial": same,
        "reports": len(expected["reports"]),
        "incidents": len(expected["incidents"]),
        "seconds": round(time.monotonic() - started, 1),
        "failures": failures,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=20)
    parser.add_argument("--reports", type=int, default=60)
    parser.add_argument("--postgres", help="A PostgreSQL server's URL: run there too.")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument(
        "--via-api",
        action="store_true",
        help="The second writer is the server (POST /api/reports), not another ingest.",
    )
    parser.add_argument("--child", nargs=3, metavar=("DB", "SOURCE", "START_AT"), help=argparse.SUPPRESS)
    parser.add_argument("--api-child", nargs=3, metavar=("DB", "SOURCE", "START_AT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], float(args.child[2]))
        return 0
    if args.api_child:
        api_child(args.api_child[0], args.api_child[1], float(args.api_child[2]))
        return 0
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_sqlite:
            results.append(run("sqlite", args.tries, args.reports, None, Path(tmp), args.via_api))
        if args.postgres:
            results.append(run("postgresql", args.tries, args.reports, args.postgres, Path(tmp), args.via_api))
    for result in results:
        print(json.dumps(result))
    return 0 if all(r["same_as_serial"] == r["tries"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
