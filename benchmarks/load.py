"""Load on the server: reads as the store grows, and reads while extractions queue. `make load` runs it.

    python benchmarks/load.py                      # stores of 1,000 and 100,000 incidents, then 50 queued extracts
    python benchmarks/load.py --sizes 1000 --requests 200 --json out.json

1. **Reads as the store grows.** For each size, a SQLite store is filled straight with rows (``fill``: incidents
   with two reports each, their events, figures and reconciled figures; no extraction), served by
   ``sitrep serve`` on 127.0.0.1 (all stores at once, read in turns), and read by ``--clients`` concurrent clients:
   ``GET /api/incidents`` (pages and filters) and ``GET /api/incidents/{id}`` (random ids). Reported:
   p50, p99 and throughput of each, and the p50 of each with one client (a request that waits for no
   other: on a busy machine the 8 clients' p50 is mostly their wait for the CPU). Targets: p50 under 50 ms, and throughput on the large store at least
   80% of the small one's.
2. **Reads under queued extractions.** ``--extracts`` reports are posted to ``/api/extract`` at once (with the
   token, so no rate limit applies), and while they wait, clients read ``GET /api/incidents``. Target: p99
   under 1 s.

Every loop is bounded in requests and in seconds, and every server listens on 127.0.0.1 only. The result is a
report, not a test: the exit status is 0 whether or not the targets are met.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

P50_TARGET_MS = 50.0
MAX_THROUGHPUT_DROP = 0.20
P99_UNDER_EXTRACTS_MS = 1000.0
TOKEN = "load-test"

PLACES = [
    ("Kidal", "ML", 18.44, 1.41),
    ("Gao", "ML", 16.27, -0.04),
    ("Kabul", "AF", 34.53, 69.17),
    ("Quetta", "PK", 30.18, 66.99),
    ("Kano", "NG", 12.0, 8.52),
    ("Mosul", "IQ", 36.34, 43.13),
]
TYPES = ["violence_against_civilians", "battles", "explosions_remote_violence", "riots"]


def fill(db: str, incidents: int, reports_per_incident: int = 2, chunk: int = 5000) -> None:
    """Write ``incidents`` incidents straight into a new store, each with its reports, events and figures."""
    from sqlalchemy import insert

    from sitrep.store import EventRow, FigureRow, IncidentFigureRow, IncidentRow, ReportRow, Store

    store = Store.open(db)
    rng = random.Random(7)
    start = date(2015, 1, 1)
    report_id = event_id = figure_id = 0
    with store.engine.begin() as conn:
        for base in range(0, incidents, chunk):
            rows_i, rows_r, rows_e, rows_f, rows_if = [], [], [], [], []
            for k in range(base, min(base + chunk, incidents)):
                iid = k + 1
                name, country, lat, lon = PLACES[k % len(PLACES)]
                day = start + timedelta(days=k * 3650 // max(incidents, 1))
                kind = TYPES[k % len(TYPES)]
                killed = rng.randint(1, 40)
                lead = f"Attack in {name} {iid}. Gunmen killed {killed} people in {name}, officials said."
                rows_i.append(
                    {
                        "id": iid,
                        "event_type": kind,
                        "sub_event_type": None,
                        "date_start": day,
                        "date_end": day,
                        "place_name": name,
                        "site": None,
                        "locality": name,
                        "admin1": None,
                        "country": country,
                        "lat": lat,
                        "lon": lon,
                        "report_count": reports_per_incident,
                        "people": [],
                        "actors": [],
                        "lead": lead,
                    }
                )
                rows_if.append(
                    {
                        "incident_id": iid,
                        "kind": "killed",
                        "group_class": "*",
                        "low": killed,
                        "best": killed,
                        "high": killed + 2,
                        "rule": "latest stated figure",
                    }
                )
                rows_if.append(
                    {
                        "incident_id": iid,
                        "kind": "killed",
                        "group_class": "civilians",
                        "low": killed,
                        "best": killed,
                        "high": killed + 2,
                        "rule": "latest stated figure",
                    }
                )
                for telling in range(reports_per_incident):
                    report_id += 1
                    event_id += 1
                    text = (
                        f"Gunmen killed {killed + telling} people in {name} on {day:%B %d}, officials said. "
                        f"Report {report_id} of incident {iid}."
                    )
                    record = {
                        "published": day.isoformat(),
                        "events": [{"event_type": kind, "main": True}],
                        "people": [{"name": f"Officer {iid % 97}", "title": "police chief"}],
                        "quotes": [
                            {
                                "speaker": "an official",
                                "text": "They came at night.",
                                "kind": "direct",
                                "evidence": [[0, 6]],
                            }
                        ],
                    }
                    rows_r.append(
                        {
                            "id": report_id,
                            "text_hash": f"{report_id:064x}",
                            "url": f"https://example.org/{report_id}",
                            "title": f"Attack in {name}",
                            "outlet": f"Outlet {telling}",
                            "published": datetime(day.year, day.month, day.day, 8 + telling),
                            "source": f"load:{report_id}",
                            "text": text,
                            "record": record,
                        }
                    )
                    rows_e.append(
                        {
                            "id": event_id,
                            "report_id": report_id,
                            "incident_id": iid,
                            "main": True,
                            "event_type": kind,
                            "sub_event_type": None,
                            "date": day,
                            "date_precision": "day",
                            "start_date": None,
                            "place_name": name,
                            "site": None,
                            "locality": name,
                            "country": country,
                            "lat": lat,
                            "lon": lon,
                            "totals": {"killed": killed + telling},
                        }
                    )
                    figure_id += 1
                    rows_f.append(
                        {
                            "id": figure_id,
                            "event_id": event_id,
                            "kind": "killed",
                            "count": killed + telling,
                            "qualifier": "exact",
                            "low": None,
                            "high": None,
                            "group_text": "people",
                            "group_class": "civilians",
                            "certainty": "stated",
                            "attribution": "officials",
                            "derived": None,
                            "named": None,
                            "evidence": [[7, 13]],
                            "evidence_text": "killed",
                        }
                    )
            conn.execute(insert(IncidentRow), rows_i)
            conn.execute(insert(ReportRow), rows_r)
            conn.execute(insert(EventRow), rows_e)
            conn.execute(insert(FigureRow), rows_f)
            conn.execute(insert(IncidentFigureRow), rows_if)
    from sitrep.export import refresh_summaries

    with store.session() as session:  # as ingest keeps them
        refresh_summaries(session)
    store.dispose()


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``sitrep serve`` in a child process, on 127.0.0.1: the clients of the benchmark do not share its GIL."""

    def __init__(self, db: str, *options: str) -> None:
        self.port = _port()
        self.command = [
            sys.executable,
            "-m",
            "sitrep.cli",
            "serve",
            "--db",
            db,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--log-level",
            "error",
            *options,
        ]
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        import httpx

        env = dict(os.environ, SITREP_TOKEN=TOKEN)
        self.process = subprocess.Popen(self.command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server ended with status {self.process.returncode}")
            try:
                if httpx.get(base + "/api/incidents?limit=1", timeout=2).status_code == 200:
                    return base
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("the server did not start within 120 s")

    def __exit__(self, *_exc: Any) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _hammer(base: str, paths: list[str], clients: int, seconds: float) -> dict[str, Any]:
    """GET the paths (in turn) from ``clients`` threads until all are done or ``seconds`` pass."""
    return _stats(*_timed(base, paths, clients, seconds))


def _timed(base: str, paths: list[str], clients: int, seconds: float) -> tuple[list[float], float, int]:
    """The time of each GET, the wall time of them all, and how many were not 200."""
    import httpx

    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    todo = iter(paths)

    def client() -> None:
        nonlocal errors
        with httpx.Client(base_url=base, timeout=30) as http:
            while time.monotonic() < deadline:
                with lock:
                    path = next(todo, None)
                if path is None:
                    return
                t0 = time.perf_counter()
                status = http.get(path).status_code
                took = time.perf_counter() - t0
                with lock:
                    times.append(took)
                    errors += status != 200

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for f in [pool.submit(client) for _ in range(clients)]:
            f.result()
    wall = time.perf_counter() - started
    return times, wall, errors


def _stats(times: list[float], wall: float, errors: int) -> dict[str, Any]:
    ordered = sorted(times)
    if not ordered:
        return {"requests": 0, "errors": errors}
    return {
        "requests": len(ordered),
        "errors": errors,
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 1),
        "per_s": round(len(ordered) / wall, 1),
    }


def read_paths(incidents: int, n: int, seed: int = 1) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    lists = []
    for k in range(n):
        choice = k % 4
        if choice == 0:
            lists.append("/api/incidents")
        elif choice == 1:
            lists.append(f"/api/incidents?offset={rng.randrange(0, 900)}&limit=50")  # a full page in every store
        elif choice == 2:
            lists.append(f"/api/incidents?country={rng.choice(PLACES)[1]}&event_type={rng.choice(TYPES)}")
        else:
            lists.append("/api/incidents?date_from=2016-01-01&date_to=2018-12-31")
    details = [f"/api/incidents/{rng.randrange(1, incidents + 1)}" for _ in range(n)]
    return lists, details


def growth(
    sizes: list[int], requests: int, clients: int, seconds: float, folder: Path, rounds: int = 4
) -> list[dict[str, Any]]:
    """Each store served at once, and read in turns (a share of the requests on each store in each round), so
    a change in the machine's load while the benchmark runs falls on every store alike."""
    from contextlib import ExitStack

    stores = []
    for size in sizes:
        db = str(folder / f"load-{size}.db")
        t0 = time.perf_counter()
        fill(db, size)
        stores.append((size, db, round(time.perf_counter() - t0, 1), *read_paths(size, requests)))
    out = []
    with ExitStack() as stack:
        bases = [stack.enter_context(Server(db)) for _, db, *_ in stores]
        for base, (_, _, _, lists, details) in zip(bases, stores, strict=True):
            _timed(base, lists[:20] + details[:20], 2, 30)  # warm-up
        totals = [{"list": ([], 0.0, 0), "detail": ([], 0.0, 0)} for _ in stores]
        share = max(1, requests // rounds)
        for r in range(rounds):
            for k, (base, (_, _, _, lists, details)) in enumerate(zip(bases, stores, strict=True)):
                for name, paths in (("list", lists), ("detail", details)):
                    times, wall, errors = _timed(base, paths[r * share : (r + 1) * share], clients, seconds / rounds)
                    kept = totals[k][name]
                    totals[k][name] = (kept[0] + times, kept[1] + wall, kept[2] + errors)
        alone = []  # one client: the time a request takes when it waits for no other
        for base, (_, _, _, lists, details) in zip(bases, stores, strict=True):
            alone.append(
                {
                    name: _stats(*_timed(base, paths[:100], 1, seconds / 2))
                    for name, paths in (("list", lists), ("detail", details))
                }
            )
    for (size, _, filled, _, _), total, single in zip(stores, totals, alone, strict=True):
        listing, detail = _stats(*total["list"]), _stats(*total["detail"])
        out.append({"incidents": size, "fill_s": filled, "list": listing, "detail": detail, "one_client": single})
        print(
            f"{size:>7,} incidents, one client: GET /api/incidents p50 {single['list'].get('p50_ms')} ms; "
            f"GET /api/incidents/ID p50 {single['detail'].get('p50_ms')} ms",
            flush=True,
        )
        print(
            f"{size:>7,} incidents: GET /api/incidents p50 {listing.get('p50_ms')} ms, p99 {listing.get('p99_ms')}"
            f" ms, {listing.get('per_s')}/s; GET /api/incidents/ID p50 {detail.get('p50_ms')} ms, p99 "
            f"{detail.get('p99_ms')} ms, {detail.get('per_s')}/s",
            flush=True,
        )
    return out


def under_extracts(extracts: int, seconds: float, clients: int, folder: Path) -> dict[str, Any]:
    """Reads of the incident list while ``extracts`` extractions wait in the queue."""
    import httpx

    db = str(folder / "extracts.db")
    fill(db, 1000)
    text = (
        "Gunmen killed four villagers and wounded six others in an attack on a market in Kidal on Tuesday, "
        "a local official said. The attackers fled on motorbikes, police said. "
    ) * 6
    with Server(db, "--extract-queue", str(max(64, extracts + 8))) as base:
        results: list[int] = []
        stop = time.monotonic() + seconds

        def post(k: int) -> None:
            with httpx.Client(base_url=base, timeout=seconds + 60) as http:
                results.append(
                    http.post(
                        "/api/extract",
                        json={"text": f"{text} Bulletin {k}."},
                        headers={"Authorization": f"Bearer {TOKEN}"},
                    ).status_code
                )

        posters = [threading.Thread(target=post, args=(k,), daemon=True) for k in range(extracts)]
        for t in posters:
            t.start()
        time.sleep(1.0)  # the extracts are queued
        lists, _ = read_paths(1000, 100_000)
        reads = _hammer(base, lists, clients, max(1.0, stop - time.monotonic()))
        for t in posters:
            t.join(timeout=max(1.0, stop + 120 - time.monotonic()))
    reads["extracts"] = extracts
    reads["extracts_done"] = len(results)
    print(
        f"GET /api/incidents under {extracts} queued extracts: p50 {reads.get('p50_ms')} ms, "
        f"p99 {reads.get('p99_ms')} ms over {reads['requests']} reads ({len(results)} extracts done)",
        flush=True,
    )
    return reads


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--requests", type=int, default=600, help="requests of each kind on each store")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0, help="the most one measurement may take")
    parser.add_argument("--extracts", type=int, default=50)
    parser.add_argument("--json", help="write the results here too")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result: dict[str, Any] = {"growth": growth(args.sizes, args.requests, args.clients, args.seconds, folder)}
        if args.extracts:
            result["under_extracts"] = under_extracts(args.extracts, min(args.seconds, 30.0), 4, folder)
    g = result["growth"]
    verdict = {
        "p50_under_50ms": all(r[k].get("p50_ms", 1e9) < P50_TARGET_MS for r in g for k in ("list", "detail")),
        "p50_one_client_under_50ms": all(
            r["one_client"][k].get("p50_ms", 1e9) < P50_TARGET_MS for r in g for k in ("list", "detail")
        ),
        "throughput_drop": {k: round(1 - g[-1][k]["per_s"] / g[0][k]["per_s"], 3) for k in ("list", "detail")}
        if len(g) > 1
        else None,
    }
    if "under_extracts" in result:
        verdict["p99_under_extracts_under_1s"] = result["under_extracts"].get("p99_ms", 1e9) < P99_UNDER_EXTRACTS_MS
    result["verdict"] = verdict
    print(json.dumps(verdict))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
