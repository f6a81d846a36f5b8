"""Gold files of every shape the project is scored on, read into one row type.

JSON Lines: one report a line, ``{"id", "published"?, "text", "gold": {...},
"meta"?: {...}}``. The gold keys present say what is scored: killed,
injured, kidnapped, date, event_type, sub_event_type, country, location,
lat/lon, or toponyms (geoparsing corpora). A folder of ``NAME.txt`` with a
gold record ``NAME.json`` (SPEC.md) reads as the same rows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..errors import GoldFileError

T = TypeVar("T")


@dataclass(frozen=True)
class GoldReport:
    id: str
    published: str | None
    text: str
    gold: dict[str, Any]
    meta: dict[str, Any] = field(default_factory=dict)
    title: str | None = None

    @property
    def kind(self) -> str:
        """``toponyms`` for a geoparsing row, else ``report``."""
        return "toponyms" if "toponyms" in self.gold else "report"


def read_gold(path: Path) -> Iterator[GoldReport]:
    """Gold reports, one a line; a bad line stops with its line number."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield _row(json.loads(line))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise GoldFileError(
                    f"{path}:{number}: not a gold report line ({exc.__class__.__name__}: {exc})"
                ) from None


def _row(row: dict[str, Any]) -> GoldReport:
    gold = row["gold"]
    if not isinstance(gold, dict):
        raise TypeError("'gold' is not an object")
    if not isinstance(row["text"], str):
        raise TypeError("'text' is not a string")
    toponyms = gold.get("toponyms")
    if toponyms is not None and not all(isinstance(t, dict) and "start" in t and "end" in t for t in toponyms):
        raise TypeError("'gold.toponyms' entries need start and end")
    return GoldReport(
        str(row["id"]), row.get("published"), row["text"], dict(gold), dict(row.get("meta") or {}), row.get("title")
    )


def gold_of_record(record: dict[str, Any]) -> dict[str, Any]:
    """The flat gold fields of a SPEC.md gold record: its main event's totals, date, type and place.

    A report with no event is gold for nothing happening: no one killed,
    injured or kidnapped. Kidnapped counts hostages where the report has no
    kidnapping figure, the same reading as the record's (``reading``).
    """
    events = record.get("events") or []
    main = next((e for e in events if e.get("main")), events[0] if events else None)
    if main is None:
        return {"killed": 0, "injured": 0, "kidnapped": 0}
    totals = main.get("totals") or {}
    out: dict[str, Any] = {k: int(totals.get(k) or 0) for k in ("killed", "injured")}
    out["kidnapped"] = int(totals.get("kidnapped") or totals.get("hostage") or 0)  # as the record is read
    if main.get("date"):
        out["date"] = main["date"]
    for key in ("event_type", "sub_event_type"):
        if main.get(key):
            out[key] = main[key]
    place = main.get("place") or {}
    if place.get("country"):
        out["country"] = place["country"]
    name = place.get("locality") or place.get("name")
    if name:
        out["location"] = name
    if place.get("lat") is not None and place.get("lon") is not None:
        out["lat"], out["lon"] = place["lat"], place["lon"]
    return out


def read_record_gold(folder: Path) -> Iterator[GoldReport]:
    """Rows from a folder of gold records: ``NAME.json`` beside ``NAME.txt``, or ``*/gold.json`` beside its article."""
    pairs = [(p, p.with_suffix(".txt")) for p in sorted(folder.glob("*.json")) if p.with_suffix(".txt").exists()]
    for gold_path in sorted(folder.glob("*/gold.json")):
        pairs.append((gold_path, gold_path.parent / "article.txt"))
    if not pairs:
        raise GoldFileError(f"{folder}: no gold records (NAME.json beside NAME.txt) in this folder")
    for gold_path, text_path in pairs:
        try:
            record = json.loads(gold_path.read_text(encoding="utf-8"))
            article = gold_path.parent / record["article"] if record.get("article") else text_path
            text = article.read_text(encoding="utf-8")
            name = gold_path.stem if gold_path.name != "gold.json" else gold_path.parent.name
            yield GoldReport(name, record.get("published"), text, gold_of_record(record))
        except (ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
            raise GoldFileError(f"{gold_path}: not a gold record ({exc.__class__.__name__}: {exc})") from None


def read_any(path: Path) -> list[GoldReport]:
    """A JSON Lines gold file or a folder of gold records."""
    if path.is_dir():
        return list(read_record_gold(path))
    if not path.exists():
        raise GoldFileError(f"{path}: no such gold file")
    return list(read_gold(path))


def subsample(items: Sequence[T], limit: int = 0, sample: int = 0, seed: int = 13) -> list[T]:
    """The first ``limit`` items, or ``sample`` of them drawn with ``seed`` (kept in file order), or all.

    A seeded draw spread over the file is fairer than its head, which is
    often one source or one year; the same seed gives the same rows.
    """
    chosen = list(items)
    if sample and sample < len(chosen):
        keep = sorted(random.Random(seed).sample(range(len(chosen)), sample))
        chosen = [chosen[i] for i in keep]
    if limit:
        chosen = chosen[:limit]
    return chosen
