"""An ingest killed with SIGKILL midway, run again: every report stored exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

GOLD = Path(__file__).parent / "gold"


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_sigkill_midway_then_rerun_stores_every_report_once(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
    rows = [
        {"text": f"{text}\nFiled as bulletin {k}.", "url": f"https://example.org/{k}", "published": "2020-03-02"}
        for k, text in enumerate(texts * 3)
    ]
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = tmp_path / "sitrep.db"
    command = [sys.executable, "-m", "sitrep.cli", "ingest", str(source), "--db", str(db)]

    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db, "select count(*) from reports") < 10 and time.monotonic() < deadline:
        assert process.poll() is None, "the ingest ended before it could be killed"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_before = _count(db, "select count(*) from reports")
    assert 10 <= stored_before < len(rows)

    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    assert f"new {len(rows) - stored_before}" in finished.stdout
    assert _count(db, "select count(*) from reports") == len(rows)
    assert _count(db, "select count(distinct text_hash) from reports") == len(rows)
    assert _count(db, "select count(*) from events where report_id not in (select id from reports)") == 0
    # no half record: every report has exactly the events its record lists
    assert (
        _count(
            db,
            "select count(*) from reports r where json_array_length(r.record, '$.events') != "
            "(select count(*) from events e where e.report_id = r.id)",
        )
        == 0
    )
