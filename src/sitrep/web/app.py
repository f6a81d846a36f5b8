"""The HTTP server: a JSON API and web pages over one store, in one FastAPI app.

``create_app(Settings(...))`` builds it; ``sitrep serve`` runs it with uvicorn.
Reading is open; writing to the store needs the bearer token the server was
started with (``SITREP_TOKEN``), and with no token set writing is off.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from .. import logs as _logs  # noqa: F401 - sitrep's loggers stay quiet unless set up
from ..errors import SitrepError
from ..store import StoreError
from . import api, pages
from .service import Service, Settings, log


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
