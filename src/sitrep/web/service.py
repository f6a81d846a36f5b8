"""What the API and the pages depend on: the server's settings, its store and extraction service, the token check.

The routers (``api``, ``pages``) take these through FastAPI's ``Depends``; ``app.create_app`` puts them together.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .. import logs as _logs  # noqa: F401 - sitrep's loggers stay quiet unless set up
from ..incidents import Candidates
from ..read import DEFAULT_MAX_BYTES, MAX_CHARS, Report
from ..store import Store

log = logging.getLogger("sitrep.web")
T = TypeVar("T")

#: Tile attribution shown when a tile URL is set and no attribution is given.
DEFAULT_ATTRIBUTION = "map tiles: see the tile server's terms"


@dataclass(frozen=True)
class Settings:
    """How one server runs."""

    db: str | None = None
    token: str | None = None  # writing needs it; None turns writing off
    tiles: str | None = None  # a tile URL template such as https://tile.example.org/{z}/{x}/{y}.png; None: offline map
    tiles_attribution: str = DEFAULT_ATTRIBUTION
    max_body: int = DEFAULT_MAX_BYTES  # larger request bodies get 413
    model: str | None = None
    max_chars: int = MAX_CHARS  # longer reports get 413, with a token
    open_max_chars: int = 20_000  # longer reports get 413 without a token (POST /api/extract, /try)
    open_rate: int = 30  # extractions a client may ask for per minute without a token; more get 429
    extract_queue: int = 64  # extractions waiting beyond this get 503
    slow_ms: float = 1000.0  # requests slower than this are logged


class RateLimit:
    """A token bucket per client: ``per_minute`` requests a minute, in bursts of up to as many."""

    def __init__(self, per_minute: int, clients: int = 10_000) -> None:
        self.per_minute = per_minute
        self.clients = clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, client: str, now: float | None = None) -> bool:
        if self.per_minute <= 0:
            return True
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.pop(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * self.per_minute / 60.0)
            allowed = tokens >= 1.0
            self._buckets[client] = (tokens - 1.0 if allowed else tokens, now)
            while len(self._buckets) > self.clients:  # the longest idle forgotten: memory stays bounded
                self._buckets.popitem(last=False)
            return allowed


class Service:
    """What the routes share: the store, the settings, and the extraction queue.

    Extraction runs on its own thread, not on the event loop's pool, so reads never wait behind it;
    at most ``extract_queue`` extractions wait, and more are refused with 503.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store.open(settings.db)
        self._extractor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitrep-extract")
        self._queued = 0
        self._queue_lock = threading.Lock()
        self.open_rate = RateLimit(settings.open_rate)
        self.write_lock = threading.Lock()  # one writer at a time in this process; the store locks across them
        self.candidates = Candidates()  # the linking candidates of the events this server stored, under write_lock

    def extract(self, report: Report) -> Any:
        from ..pipeline import extract

        return extract(report, model=self.settings.model, max_bytes=0)

    @property
    def queued(self) -> int:
        """Extractions running or waiting."""
        return self._queued

    async def in_queue(self, work: Callable[..., T], *args: Any) -> T:
        """Run ``work(*args)`` on the extraction thread, or refuse with 503 when the queue is full."""
        with self._queue_lock:
            if self._queued >= self.settings.extract_queue:
                raise HTTPException(
                    503,
                    f"the extraction queue is full ({self._queued} waiting): try again later",
                    headers={"Retry-After": "10"},
                )
            self._queued += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._extractor, lambda: work(*args))
        finally:
            with self._queue_lock:
                self._queued -= 1

    def has_token(self, given: str | None) -> bool:
        expected = self.settings.token
        return bool(expected and given and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")))

    def check_open(self, request: Request, given: str | None) -> int:
        """The most characters this request may extract; 429 for a client without a token over its rate."""
        if self.has_token(given):
            return self.settings.max_chars
        client = request.client.host if request.client else "unknown"
        if not self.open_rate.allow(client):
            raise HTTPException(
                429,
                f"over {self.settings.open_rate} extractions a minute without a token: wait, or send the bearer token",
                headers={"Retry-After": "60"},
            )
        return min(self.settings.open_max_chars, self.settings.max_chars)

    def close(self) -> None:
        self._extractor.shutdown(wait=False, cancel_futures=True)

    def check_token(self, given: str | None) -> None:
        expected = self.settings.token
        if not expected:
            raise HTTPException(403, "writing is off: the server was started without SITREP_TOKEN")
        if not given or not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
            raise HTTPException(
                401,
                "a valid bearer token is needed to write (Authorization: Bearer TOKEN)",
                headers={"WWW-Authenticate": "Bearer"},
            )


def service(request: Request) -> Service:
    svc: Service = request.app.state.service
    return svc


bearer = HTTPBearer(auto_error=False, description="The token the server was started with (SITREP_TOKEN).")


def writer(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Service:
    """The service, for a request allowed to write."""
    svc = service(request)
    svc.check_token(credentials.credentials if credentials else None)
    return svc
