"""Scoring sitrep against a gold file of killed / injured / date per report.

The gold file is JSON Lines, one report a line:
``{"id", "published", "text", "gold": {"killed", "injured", "date"}}``.
The answer read off a record is its main event's ``totals`` and ``date``
(SPEC.md section 2), the same reading as the shared scorer's.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SitrepError
from .read import Report, read_text
from .record import Record
from .render import sentence_bounds

FIELDS = ("killed", "injured", "date")


class GoldFileError(SitrepError):
    """A gold file line that is not a gold report."""


@dataclass(frozen=True)
class GoldReport:
    id: str
    published: str | None
    text: str
    gold: dict[str, object]


@dataclass
class Miss:
    id: str
    field: str
    gold: object
    predicted: object
    evidence: str


@dataclass
class EvalResult:
    n: int = 0
    right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    misses: list[Miss] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.n if self.n else 0.0


def read_gold(path: Path) -> Iterator[GoldReport]:
    """Gold reports, one a line; a bad line stops with its line number."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                gold = row["gold"]
                yield GoldReport(str(row["id"]), row.get("published"), row["text"], dict(gold))
            except (ValueError, KeyError, TypeError) as exc:
                raise GoldFileError(f"{path}:{number}: not a gold report line ({exc.__class__.__name__}: {exc})") from None


def answer(record: Record | dict) -> dict[str, object]:
    """What a record says for each gold field."""
    data = record.to_json(include_text=False) if isinstance(record, Record) else record
    events = data.get("events") or []
    main = next((e for e in events if e.get("main")), events[0] if events else {})
    totals = main.get("totals") or {}
    return {
        "killed": int(totals.get("killed") or 0),
        "injured": int(totals.get("injured") or 0),
        "date": (main.get("date") or "")[:10],
    }


def _evidence(record: Record, name: str) -> str:
    main = record.main_event
    if main is None:
        return record.text[:160].replace("\n", " ")
    if name == "date":
        if not main.date_evidence:
            return f"date {main.date} ({main.date_precision}): no day named, from the publication date"
        start, end = main.date_evidence[0]
        return f"date {main.date} from {record.text[start:end]!r}: {_sentence_at(record.text, start, end)}"
    kind = "killed" if name == "killed" else "injured"
    spans = [f.evidence[0] for f in main.figures if f.kind == kind and f.evidence]
    if not spans:
        return "(no figure of this kind)"
    return _sentence_at(record.text, *spans[0])


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around a span, on one line, for a person reading a miss."""
    left, right = sentence_bounds(text, start, end)
    return " ".join(text[left:right].split())[:240]


def evaluate(
    gold: Iterable[GoldReport],
    extract_many: Callable[[Iterable[Report]], Iterator[Record]],
    out: Path | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> EvalResult:
    """Run extraction over every gold report and count right answers per field."""
    result = EvalResult()
    items = list(gold)
    sink = out.open("w", encoding="utf-8") if out is not None else None
    try:
        for g, record in zip(items, _safe(extract_many, items, result), strict=True):
            result.n += 1
            data = record.to_json(include_text=False) if record is not None else {}
            if sink is not None:
                sink.write(json.dumps({"id": g.id, "record": data}, ensure_ascii=False) + "\n")
            got = answer(data)
            for name in FIELDS:
                want = g.gold.get(name)
                if name == "date":
                    want = str(want or "")[:10]
                if got[name] == want:
                    result.right[name] += 1
                elif record is not None:
                    result.misses.append(Miss(g.id, name, want, got[name], _evidence(record, name)))
            if on_progress is not None:
                on_progress(result.n)
    finally:
        if sink is not None:
            sink.close()
    return result


def _safe(extract_many: Callable[[Iterable[Report]], Iterator[Record]],
          items: list[GoldReport], result: EvalResult) -> Iterator[Record | None]:
    """Records in order, parsed in batches; a report sitrep refuses counts as an empty record."""
    checked: list[Report | SitrepError] = []
    for g in items:
        try:
            checked.append(read_text(g.text, published=g.published))
        except (SitrepError, ValueError) as exc:
            checked.append(exc if isinstance(exc, SitrepError) else SitrepError(str(exc)))
    records = iter(extract_many(c for c in checked if isinstance(c, Report)))
    for g, c in zip(items, checked):
        if isinstance(c, Report):
            yield next(records)
        else:
            result.errors.append((g.id, str(c)))
            yield None
