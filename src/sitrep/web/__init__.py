"""The HTTP API and web pages over a store: ``create_app(Settings(db=...))``, run by ``sitrep serve``."""

from __future__ import annotations

from .app import create_app
from .service import Settings

__all__ = ["Settings", "create_app"]
