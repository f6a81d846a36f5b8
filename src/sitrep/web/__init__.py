"""The HTTP API and web pages over a store: ``create_app(Settings(db=...))``, run by ``sitrep serve``."""

from __future__ import annotations

from .app import Settings, create_app

__all__ = ["Settings", "create_app"]
