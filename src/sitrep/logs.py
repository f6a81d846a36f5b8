"""Application logging: sitrep's loggers (``sitrep.ingest``, ``sitrep.web``) on standard error.

Plain lines by default (``2026-12-01 17:40:03 WARNING sitrep.ingest rejected a.jsonl:3: bad line: not JSON``),
or one JSON object a line with ``json=True``, its fields those the message was logged with (``source``,
``reason``, ``path``, ``status``, ``ms``...). Standard ``logging`` throughout, so an application embedding
sitrep can route the loggers anywhere instead.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from .errors import SettingError

#: The names ``--log-level`` accepts.
LEVELS = ("debug", "info", "warning", "error")
#: Attributes every LogRecord has: the rest are the fields a message was logged with.
_STANDARD = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, and the message's own fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        data.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


class _StderrHandler(logging.StreamHandler[Any]):
    """Writes to whatever ``sys.stderr`` is now: a progress display that redirects it keeps its place."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


# a library logs nothing unless its application sets logging up (``setup``, or its own handlers)
logging.getLogger("sitrep").addHandler(logging.NullHandler())


def setup(level: str = "warning", json_lines: bool = False) -> None:
    """Send sitrep's log messages at ``level`` and above to standard error, as text or JSON lines."""
    name = level.lower()
    if name not in LEVELS:
        raise SettingError(f"log level {level!r} is not one of {', '.join(LEVELS)}")
    logger = logging.getLogger("sitrep")
    for handler in [h for h in logger.handlers if isinstance(h, _StderrHandler)]:
        logger.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(
        JsonFormatter()
        if json_lines
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s", "%Y-%m-%d %H:%M:%S")
    )
    logger.addHandler(handler)
    logger.setLevel(getattr(logging, name.upper()))
    logger.propagate = False
