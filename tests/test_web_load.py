"""Reads stay fast while extractions queue: a bounded load on 127.0.0.1 (45 extracts, 20 reads, a minute at most).

The figures under 50 queued extracts are reported by `make load` (benchmarks/load.py); here the rule is only that
reads do not wait behind extractions: each read comes back well before the queue is through.
"""

from __future__ import annotations

import socket
import threading
import time

import httpx
import uvicorn

from sitrep.web import Settings, create_app

TEXT = (
    "Gunmen killed four villagers and wounded six others in an attack on a market in Kidal on Tuesday, "
    "a local official said. The attackers fled on motorbikes, police said. "
) * 4


def test_reads_do_not_wait_behind_queued_extractions(demo_db: str) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Settings(db=demo_db, token="t"))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    statuses: list[int] = []
    try:

        def post(k: int) -> None:
            with httpx.Client(base_url=base, timeout=120) as http:
                statuses.append(
                    http.post(
                        "/api/extract", json={"text": f"{TEXT} Bulletin {k}."}, headers={"Authorization": "Bearer t"}
                    ).status_code
                )

        posters = [threading.Thread(target=post, args=(k,), daemon=True) for k in range(45)]
        for t in posters:
            t.start()
        service = app.state.service
        while service.queued < 30 and time.monotonic() < deadline:
            time.sleep(0.05)
        times = []
        with httpx.Client(base_url=base, timeout=30) as http:
            for _ in range(20):
                t0 = time.perf_counter()
                assert http.get("/api/incidents").status_code == 200
                times.append(time.perf_counter() - t0)
        still_queued = service.queued
        for t in posters:
            t.join(timeout=max(1.0, deadline + 60 - time.monotonic()))
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    assert still_queued > 0, "the extractions were through before the reads: the test proves nothing"
    assert max(times) < 1.0, times
    assert statuses.count(200) == 45
