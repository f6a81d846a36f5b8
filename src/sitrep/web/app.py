"""The HTTP server: a JSON API and web pages over one store, in one FastAPI app.

``create_app(Settings(...))`` builds it; ``sitrep serve`` runs it with uvicorn.
Reading is open; writing to the store needs the bearer token the server was
started with (``SITREP_TOKEN``), and with no token set writing is off.
"""
from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import SitrepError
from ..read import DEFAULT_MAX_BYTES, Report
from ..store import Store

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


class Service:
    """What the routes share: the store, the settings, and one extraction at a time per process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store.open(settings.db)
        self._extract_lock = threading.Lock()
        self.write_lock = threading.Lock()  # linking reads the incidents it may join: one writer at a time

    def extract(self, report: Report) -> Any:
        from ..pipeline import extract

        with self._extract_lock:
            return extract(report, model=self.settings.model)

    def check_token(self, given: str | None) -> None:
        expected = self.settings.token
        if not expected:
            raise HTTPException(403, "writing is off: the server was started without SITREP_TOKEN")
        if not given or not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
            raise HTTPException(401, "a valid bearer token is needed to write (Authorization: Bearer TOKEN)",
                                headers={"WWW-Authenticate": "Bearer"})


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
        self.policy = (f"default-src 'self'; script-src 'self'; style-src 'self'; img-src {images}; "
                       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                       "frame-ancestors 'none'").encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path", "").startswith(("/docs", "/redoc")):
            await self.app(scope, receive, send)  # the API docs page loads its viewer from elsewhere
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers += [(b"content-security-policy", self.policy), (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app over the store ``settings.db`` (created or upgraded on start)."""
    from . import api, pages

    settings = settings or Settings()
    app = FastAPI(
        title="sitrep", version=__version__,
        description="Evidence-linked records of violent events from news reports, and the incidents they form.",
    )
    app.state.service = Service(settings)

    @app.exception_handler(SitrepError)
    async def sitrep_error(_request: Request, exc: SitrepError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("sitrep") / "web" / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(SecurityHeaders, tiles=settings.tiles)
    app.add_middleware(BodyLimit, limit=settings.max_body)
    return app
