"""Ingest: reports from files, folders and JSON Lines into the store, each once, each in one transaction.

Sources are read lazily, so a folder or a JSON Lines file of any size streams
through. A report already in the store (same normalised text, or same URL)
is counted as a duplicate before any parsing, which is also what makes an
interrupted ingest resumable: run it again and it carries on where it
stopped. Unreadable files and bad lines are reported and skipped.
"""
from __future__ import annotations

import json
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from .errors import SitrepError
from .incidents import event_candidate, join_incident, reconcile_incident
from .read import Report, read_bytes, read_text
from .store import ReportRow, Store, event_rows, normalised_hash, record_json

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
#: Text hashes of the latest reports kept to catch a report repeated within a run before it is written.
#: Older ones are in the store by then, where the duplicate query finds them: memory stays flat.
RECENT_KEYS = 10_000


@dataclass
class Item:
    """One report to ingest, or the reason it cannot be."""

    source: str
    report: Report | None = None
    published_at: datetime | None = None
    error: str | None = None


#: How many rejected items a summary names one by one; the rest are counted by reason.
REJECTED_NAMED = 1000


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    #: the first REJECTED_NAMED rejected items with their reasons: a long bad stream must not fill memory
    rejected_sources: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def reject(self, source: str, reason: str) -> None:
        self.rejected[reason.split(":")[0] if ":" in reason else reason] += 1
        if len(self.rejected_sources) < REJECTED_NAMED:
            self.rejected_sources.append((source, reason))


def _published(value: Any) -> tuple[date | None, datetime | None]:
    """The publication day and, when given, the moment: '2007-07-10T06:30:00+05:00'."""
    if value in (None, ""):
        return None, None
    text = str(value).strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if moment.tzinfo is not None:  # stored in UTC, so reports from many time zones sort in true order
            return moment.date(), moment.astimezone(timezone.utc).replace(tzinfo=None)
        return moment.date(), moment
    except ValueError:
        pass
    try:
        day = date.fromisoformat(text[:10])
        return day, datetime(day.year, day.month, day.day)
    except ValueError as exc:
        raise SitrepError(f"bad publication date {text!r}") from exc


def item_from_json(obj: Any, source: str, max_bytes: int) -> Item:
    """One report given as a JSON object ({text or html, published, url, title, outlet}), read and checked."""
    if not isinstance(obj, dict):
        return Item(source, error="bad line: not a JSON object")
    try:
        day, moment = _published(obj.get("published"))
        if isinstance(obj.get("html"), str) and obj["html"].strip():
            page = read_bytes(obj["html"].encode("utf-8"), source=source, published=day, url=obj.get("url"),
                              max_bytes=max_bytes, html=True)
            report = Report(page.text, day or page.published, obj.get("title") or page.title,
                            obj.get("outlet") or page.outlet, obj.get("url") or page.url)
        elif isinstance(obj.get("text"), str):
            checked = read_text(obj["text"], published=day, source=source, max_bytes=max_bytes)
            report = Report(checked.text, day, obj.get("title"), obj.get("outlet"), obj.get("url"))
        else:
            return Item(source, error="bad line: no text or html")
    except SitrepError as exc:
        return Item(source, error=f"unreadable: {exc}")
    return Item(source, report, moment)


def iter_items(paths: Iterable[str | Path], max_bytes: int = 2 * 1024 * 1024) -> Iterator[Item]:
    """Every report the paths hold, in a stable order, read one at a time."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in
                           TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES)
            yield from iter_items(files, max_bytes)
            continue
        if not path.exists():
            yield Item(str(path), error="unreadable: no such file")
            continue
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                with path.open("rb") as fh:
                    for number, line in enumerate(fh, 1):
                        source = f"{path}:{number}"
                        if not line.strip():
                            continue
                        try:
                            obj = json.loads(line)
                        except (ValueError, UnicodeDecodeError):
                            yield Item(source, error="bad line: not JSON")
                            continue
                        yield item_from_json(obj, source, max_bytes)
            except OSError as exc:
                yield Item(str(path), error=f"unreadable: {exc.strerror or exc}")
            continue
        try:
            data = path.read_bytes()
            report = read_bytes(data, source=str(path), max_bytes=max_bytes)
        except OSError as exc:
            yield Item(str(path), error=f"unreadable: {exc.strerror or exc}")
            continue
        except SitrepError as exc:
            yield Item(str(path), error=f"unreadable: {exc}")
            continue
        moment = datetime(report.published.year, report.published.month, report.published.day) \
            if report.published else None
        yield Item(str(path), report, moment)


def count_items(paths: Iterable[str | Path]) -> int:
    """How many items ``iter_items`` will yield, without reading a report: files, and lines of JSON Lines files.

    Cheap enough to run beside the ingest, for its progress: a JSON Lines
    file is scanned for non-blank lines, never parsed.
    """
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            total += count_items(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in
                                 TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES)
        elif path.suffix.lower() in JSONL_SUFFIXES and path.exists():
            try:
                with path.open("rb") as fh:
                    total += sum(1 for line in fh if not line.isspace())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def write_report(store: Store, item: Item, record: Any) -> bool:
    """Store one report, its record, events and figures, link and reconcile, in one transaction.

    False when the report was already there (another run stored it first).
    """
    report = item.report
    assert report is not None
    data = record_json(record)
    key = normalised_hash(report.text)
    try:
        with store.session() as session:  # a report stored meanwhile breaks a unique key: IntegrityError below
            row = ReportRow(text_hash=key, url=report.url, title=report.title,
                            outlet=report.outlet, published=item.published_at, source=item.source,
                            text=report.text, record=data)
            session.add(row)
            touched = set()
            for event, event_row in zip(data.get("events") or [], event_rows(data, report.text), strict=True):
                row.events.append(event_row)
                session.flush()
                incident = join_incident(session, event_row, event_candidate(event, data, row))
                touched.add(incident)
            for incident in touched:
                reconcile_incident(session, incident)
        return True
    except IntegrityError:
        return False


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    extract_many: Callable[[Iterable[Report]], Iterator[Any]] | None = None,
    batch_size: int = 16,
    max_bytes: int = 2 * 1024 * 1024,
    on_report: Callable[[Summary], None] | None = None,
) -> Summary:
    """Ingest every report the paths hold; returns what happened to them."""
    return ingest_items(store, iter_items(paths, max_bytes), extract_many=extract_many, batch_size=batch_size,
                        on_report=on_report)


def fresh_batches(store: Store, items: Iterable[Item], size: int, summary: Summary,
                  on_report: Callable[[Summary], None] | None = None,
                  recent: int = RECENT_KEYS) -> Iterator[list[Item]]:
    """Batches of the reports the store does not have yet, in input order; refusals and duplicates counted.

    One query per batch asks the store which reports it already has (by
    normalised-text hash or URL); a report repeated within the run counts once.
    Only the ``recent`` latest hashes are remembered: a repeat of an older
    report is found in the store, or, should that report still be on its way
    there, refused when it is written.
    """
    seen: OrderedDict[str, None] = OrderedDict()
    pending: list[tuple[Item, str]] = []

    def fresh() -> list[Item]:
        with store.session() as session:
            hashes, urls = store.stored([k for _, k in pending],
                                        [i.report.url for i, _ in pending if i.report and i.report.url], session)
        out = []
        for item, key in pending:
            assert item.report is not None
            if key in hashes or key in seen or (item.report.url and item.report.url in urls):
                summary.duplicate += 1
                if on_report:
                    on_report(summary)
                continue
            seen[key] = None
            if len(seen) > recent:
                seen.popitem(last=False)
            out.append(item)
        pending.clear()
        return out

    for item in items:
        summary.read += 1
        if item.error is not None or item.report is None:
            summary.reject(item.source, item.error or "unreadable")
            if on_report:
                on_report(summary)
            continue
        pending.append((item, normalised_hash(item.report.text)))
        if len(pending) >= size:
            batch = fresh()
            if batch:
                yield batch
    batch = fresh()
    if batch:
        yield batch


def write_counted(store: Store, item: Item, record: Any, summary: Summary,
                  on_report: Callable[[Summary], None] | None = None) -> None:
    """Write one record and count it as new or duplicate."""
    if write_report(store, item, record):
        summary.new += 1
    else:
        summary.duplicate += 1
    if on_report:
        on_report(summary)


def write_records(store: Store, batch: list[Item], records: Iterable[Any], summary: Summary,
                  on_report: Callable[[Summary], None] | None = None) -> None:
    """Write a batch's records, in order, one transaction each."""
    for item, record in zip(batch, records, strict=True):
        write_counted(store, item, record, summary, on_report)


def ingest_items(
    store: Store,
    items: Iterable[Item],
    *,
    extract_many: Callable[[Iterable[Report]], Iterator[Any]] | None = None,
    batch_size: int = 16,
    on_report: Callable[[Summary], None] | None = None,
) -> Summary:
    """Ingest reports already read (or refused); the engine of ``ingest``."""
    if extract_many is None:
        from .pipeline import extract_many as default_extract_many

        extract_many = default_extract_many
    summary = Summary()
    waiting: deque[Item] = deque()

    def reports() -> Iterator[Report]:
        for batch in fresh_batches(store, items, batch_size, summary, on_report):
            for item in batch:
                assert item.report is not None
                waiting.append(item)
                yield item.report

    # one stream through the extractor, not one per batch: spaCy batches and memory zones stay full size
    for record in extract_many(reports()):
        write_counted(store, waiting.popleft(), record, summary, on_report)
    if waiting:
        raise RuntimeError(f"the extractor returned {len(waiting)} records fewer than the reports it was given")
    return summary
