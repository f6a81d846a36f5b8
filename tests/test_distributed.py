"""Ingest on a real Dask cluster: a scheduler and two workers on 127.0.0.1, one killed midway.

The store must end exactly as a serial ingest of the same reports leaves it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep.distributed import extract_partition
from sitrep.ingest import ingest
from sitrep.store import Store

GOLD = Path(__file__).parent / "gold"
DASK = Path(sys.executable).with_name("dask")


def corpus(tmp_path: Path, n: int) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
    rows = [
        {
            "text": f"{texts[k % len(texts)]}\nBulletin {k} of the evening desk.",
            "url": f"https://example.org/{k}",
            "published": "2020-03-02T08:00:00",
        }
        for k in range(n)
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """What a run left: reports in order, which incident each event joined, the reconciled figures."""
    with sqlite3.connect(db) as conn:
        return {
            "reports": conn.execute("select id, text_hash, url, record from reports order by id").fetchall(),
            "events": conn.execute(
                "select report_id, main, event_type, date, incident_id from events order by id"
            ).fetchall(),
            "incidents": conn.execute(
                "select id, event_type, date_start, date_end, country, report_count from incidents order by id"
            ).fetchall(),
            "figures": conn.execute(
                "select incident_id, kind, group_class, low, best, high from incident_figures "
                "order by incident_id, kind, group_class"
            ).fetchall(),
        }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_partition_is_extracted_as_in_process():
    text = (GOLD / "tank-police-station-attack.txt").read_text(encoding="utf-8")
    [record] = extract_partition([(text, "2019-07-22", None, None, None)])
    import sitrep

    assert record == sitrep.extract(text, published="2019-07-22").to_json(include_text=False)


def _reports_in(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("select count(*) from reports").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


@pytest.mark.skipif(not DASK.exists(), reason="the dask command is not installed")
def test_cluster_ingest_with_a_worker_killed_equals_a_serial_ingest(tmp_path):
    source = corpus(tmp_path, 200)
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    scheduler = subprocess.Popen(
        [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    workers = [
        subprocess.Popen(
            [str(DASK), "worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard", "--name", f"w{k}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        for k in range(2)
    ]
    try:
        db = tmp_path / "cluster.db"
        ingest_run = subprocess.Popen(
            [sys.executable, "-m", "sitrep.cli", "ingest", str(source), "--db", str(db), "--scheduler", address],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        deadline = time.monotonic() + 240
        while _reports_in(db) < 40 and time.monotonic() < deadline and ingest_run.poll() is None:
            time.sleep(0.1)
        assert ingest_run.poll() is None, ingest_run.communicate()[1][-2000:]
        os.killpg(workers[0].pid, signal.SIGKILL)  # the worker and the process it runs the tasks in
        out, err = ingest_run.communicate(timeout=400)
        assert ingest_run.returncode == 0, err[-2000:]
        assert "new 200" in out
    finally:
        for process in [*workers, scheduler]:
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL) if process in workers else process.kill()
    serial_db = tmp_path / "serial.db"
    store = Store.open(str(serial_db))
    assert ingest(store, [source]).new == 200
    store.dispose()
    cluster, serial = snapshot(db), snapshot(serial_db)
    assert len(cluster["reports"]) == 200
    for table in serial:
        assert cluster[table] == serial[table], table


def test_a_local_cluster_keeps_short_dask_logs():
    """Dask's debugging logs hold task payloads: at their default length they grow memory by hundreds of MB."""
    import dask
    import distributed  # noqa: F401 - its configuration defaults are loaded with it

    from sitrep.distributed import DASK_LOG_LENGTH, local_client

    before = dask.config.get("distributed.admin.low-level-log-length")
    client = local_client(1)
    try:
        assert client.scheduler_comm.recent_message_log.maxlen == DASK_LOG_LENGTH
        assert client.cluster.scheduler.transition_log.maxlen == DASK_LOG_LENGTH
        lengths = client.run(
            lambda dask_worker: (
                dask_worker.state.stimulus_log.maxlen,
                dask_worker.batched_stream.recent_message_log.maxlen,
            )
        )
        assert list(lengths.values()) == [(DASK_LOG_LENGTH, DASK_LOG_LENGTH)]
    finally:
        client.close()
        client.cluster.close()
        dask.config.set({"distributed.admin.low-level-log-length": before})
