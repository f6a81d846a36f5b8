"""The HTTP server: a JSON API and web pages over one store, in one FastAPI app.

``create_app(Settings(...))`` builds it; ``sitrep serve`` runs it with uvicorn.
Reading is open; writing to the store needs the bearer token the server was
started with (``SITREP_TOKEN``), and with no token set writing is off.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from .. import logs as _logs  # noqa: F401 - sitrep's loggers stay quiet unless set up
from ..errors import SitrepError
from ..incidents import Candidates
from ..read import DEFAULT_MAX_BYTES, MAX_CHARS, Report
from ..store import Store, StoreError

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
    return request.app.state.service  # type: ignore[no-any-return]


_bearer = HTTPBearer(auto_error=False, description="The token the server was started with (SITREP_TOKEN).")


def writer(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> Service:
    """The service, for a request allowed to write."""
    svc = service(request)
    svc.check_token(credentials.credentials if credentials else None)
    return svc


class BodyLimit:
    """Refuse request bodies over the limit with 413, whether or not they declare their length."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(self.limit)(scope, receive, send)
            return
        seen = 0
        refused = False

        async def counted() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:  # answer now; the app sees the client gone and its reply is dropped
                    refused = True
                    await _too_large(self.limit)(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def unless_refused(message: Message) -> None:
            if not refused:
                await send(message)

        await self.app(scope, counted, unless_refused)


class RequestLog:
    """Logs API errors (4xx at info, 5xx at error) and requests slower than ``slow_ms`` (warning)."""

    def __init__(self, app: ASGIApp, slow_ms: float) -> None:
        self.app = app
        self.slow_ms = slow_ms

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def noted(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, noted)
        finally:
            ms = (time.perf_counter() - started) * 1000
            client = (scope.get("client") or ("unknown", 0))[0]
            fields = {
                "method": scope.get("method"),
                "path": scope.get("path"),
                "status": status,
                "ms": round(ms, 1),
                "client": client,
            }
            line = "%s %s %s in %.0f ms from %s"
            args = (fields["method"], fields["path"], status, ms, client)
            if status >= 500:
                log.error(line, *args, extra={"event": "error", **fields})
            elif status >= 400:
                log.info(line, *args, extra={"event": "refused", **fields})
            if ms > self.slow_ms:
                log.warning("slow: " + line, *args, extra={"event": "slow", **fields})


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse({"detail": f"request body over the limit of {limit:,} bytes"}, status_code=413)


class SecurityHeaders:
    """Pages may run only the server's own scripts: report text can never bring its own."""

    def __init__(self, app: ASGIApp, tiles: str | None) -> None:
        self.app = app
        images = "'self' data:"
        if tiles and "://" in tiles:
            scheme, rest = tiles.split("://", 1)
            host = rest.split("/", 1)[0].replace("{s}", "*")
            images += f" {scheme}://{host}"
        self.policy = (
            f"default-src 'self'; script-src 'self'; style-src 'self'; img-src {images}; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'"
        ).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path", "").startswith(("/docs", "/redoc")):
            await self.app(scope, receive, send)  # the API docs page loads its viewer from elsewhere
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers += [
                    (b"content-security-policy", self.policy),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app over the store ``settings.db`` (created or upgraded on start)."""
    from . import api, pages

    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.service.close()

    app = FastAPI(
        title="sitrep",
        version=__version__,
        lifespan=lifespan,
        description="Evidence-linked records of violent events from news reports, and the incidents they form.",
    )
    app.state.service = Service(settings)

    @app.exception_handler(SitrepError)
    async def sitrep_error(_request: Request, exc: SitrepError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc, extra={"event": "store"})
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        """The fields that are wrong and why, never the input itself: it may be huge, or not JSON (NaN)."""
        return JSONResponse({"detail": [_field_error(e) for e in exc.errors()[:20]]}, status_code=422)

    @app.exception_handler(Exception)
    async def failure(request: Request, exc: Exception) -> JSONResponse:
        log.error(
            "failed on %s %s",
            request.method,
            request.url.path,
            exc_info=exc,
            extra={"event": "exception", "path": request.url.path},
        )
        return JSONResponse({"detail": "the server failed on this request; it is logged"}, status_code=500)

    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("sitrep") / "web" / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(SecurityHeaders, tiles=settings.tiles)
    app.add_middleware(BodyLimit, limit=settings.max_body)
    app.add_middleware(RequestLog, slow_ms=settings.slow_ms)
    return app


def _field_error(error: Any) -> dict[str, Any]:
    loc = [part if isinstance(part, (str, int)) else str(part) for part in error.get("loc") or ()]
    return {"loc": loc, "msg": str(error.get("msg", ""))[:500], "type": str(error.get("type", ""))}
