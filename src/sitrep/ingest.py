"""Ingest: reports from files, folders and JSON Lines into the store, each once, each in one transaction.

Sources are read lazily, so a folder or a JSON Lines file of any size streams
through. A report already in the store (same normalised text, or same URL)
is counted as a duplicate before any parsing, which is also what makes an
interrupted ingest resumable: run it again and it carries on where it
stopped. Unreadable files and bad lines are reported and skipped.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError, SQLAlchemyError

from . import logs as _logs  # noqa: F401 - sitrep's loggers stay quiet unless set up
from .errors import IngestError, NotStored, PublicationDateError, ReportFieldError, SitrepError, StoreError
from .export import incident_summary
from .incidents import Candidate, Candidates, event_candidate, join_incident, reconcile_incident
from .read import MAX_CHARS, Report, check_publication_day, read_bytes, read_text
from .store import EventRow, IncidentRow, ReportRow, Store, event_rows, normalised_hash, record_json

log = logging.getLogger("sitrep.ingest")

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

    @property
    def moment(self) -> datetime | None:
        """When the report was published: ``published_at``, else the start of its publication day."""
        if self.published_at is not None or self.report is None or self.report.published is None:
            return self.published_at
        day = self.report.published
        return datetime(day.year, day.month, day.day)


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
        log.warning("rejected %s: %s", source, reason, extra={"event": "rejected", "source": source, "reason": reason})
        self.rejected[reason.split(":")[0] if ":" in reason else reason] += 1
        if len(self.rejected_sources) < REJECTED_NAMED:
            self.rejected_sources.append((source, reason))


def _published(value: Any) -> tuple[date | None, datetime | None]:
    """The publication day and, when given, the moment: '2007-07-10T06:30:00+05:00'; from 1900 to tomorrow."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        raise ReportFieldError(f"bad publication date: {_json_kind(value)}, not a string")
    text = value.strip()
    if not text:
        return None, None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    try:
        if moment is not None:
            check_publication_day(moment.date(), text[:40])
            if moment.tzinfo is not None:  # stored in UTC, so reports from many time zones sort in true order
                return moment.date(), moment.astimezone(UTC).replace(tzinfo=None)
            return moment.date(), moment
        day = check_publication_day(date.fromisoformat(text[:10]), text[:40])
        return day, datetime(day.year, day.month, day.day)
    except PublicationDateError as exc:
        raise ReportFieldError(f"bad {exc}") from None
    except (ValueError, OverflowError):
        raise ReportFieldError(f"bad publication date {text[:40]!r}") from None


#: The longest value each field of a report may have (the store's columns).
FIELD_LIMITS = {"url": 2000, "title": 1000, "outlet": 300}


def _field(obj: dict[str, Any], key: str) -> str | None:
    """A string field of a JSON report, checked: a string, short enough, valid Unicode; None when absent."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ReportFieldError(f"'{key}' is {_json_kind(value)}, not a string")
    value = value.replace("\x00", "").strip()
    if len(value) > FIELD_LIMITS[key]:
        raise ReportFieldError(f"'{key}' is {len(value):,} characters, over the limit of {FIELD_LIMITS[key]:,}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ReportFieldError(f"'{key}' is not valid Unicode") from None
    return value or None


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def item_from_json(obj: Any, source: str, max_bytes: int, max_chars: int = MAX_CHARS) -> Item:
    """One report given as a JSON object ({text or html, published, url, title, outlet}), read and checked."""
    if not isinstance(obj, dict):
        return Item(source, error="bad line: not a JSON object")
    try:
        url, title, outlet = (_field(obj, key) for key in ("url", "title", "outlet"))
    except SitrepError as exc:
        return Item(source, error=f"bad line: {exc}")
    try:
        day, moment = _published(obj.get("published"))
        if isinstance(obj.get("html"), str) and obj["html"].strip():
            data = obj["html"].encode("utf-8", "surrogatepass")
            page = read_bytes(
                data, source=source, published=day, url=url, max_bytes=max_bytes, html=True, max_chars=max_chars
            )
            report = Report(
                page.text,
                day or page.published,
                title or _clip(page.title, "title"),
                outlet or _clip(page.outlet, "outlet"),
                url or _clip(page.url, "url"),
            )
            if moment is None and report.published is not None:
                moment = datetime(report.published.year, report.published.month, report.published.day)
        elif isinstance(obj.get("text"), str):
            checked = read_text(obj["text"], published=day, source=source, max_bytes=max_bytes, max_chars=max_chars)
            report = Report(checked.text, day, title, outlet, url)
        else:
            return Item(source, error="bad line: no text or html")
    except SitrepError as exc:
        return Item(source, error=f"unreadable: {exc}")
    return Item(source, report, moment)


def _clip(value: str | None, key: str) -> str | None:
    """A field read from a page, cut to what the store holds."""
    return value[: FIELD_LIMITS[key]] if value else None


def line_limit(max_bytes: int) -> int:
    """The longest JSON line read: a report of ``max_bytes`` with room for escapes and its other fields."""
    return 2 * max_bytes + 65536 if max_bytes else 0


def bounded_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) for each line of the file, never holding more than ``limit`` bytes of one: a longer line
    is read past and given as None. ``limit`` 0: no limit."""
    number = 0
    while True:
        line = fh.readline(limit + 1) if limit else fh.readline()
        if not line:
            return
        number += 1
        if limit and len(line) > limit and not line.endswith(b"\n"):
            while True:  # the rest of the line, a piece at a time
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def iter_items(
    paths: Iterable[str | Path], max_bytes: int = 2 * 1024 * 1024, max_chars: int = MAX_CHARS
) -> Iterator[Item]:
    """Every report the paths hold, in a stable order, read one at a time; nothing over the limits is read whole."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
            )
            yield from iter_items(files, max_bytes, max_chars)
            continue
        if not path.exists():
            yield Item(str(path), error="unreadable: no such file")
            continue
        if path.suffix.lower() in JSONL_SUFFIXES:
            limit = line_limit(max_bytes)
            try:
                with path.open("rb") as fh:
                    for number, line in bounded_lines(fh, limit):
                        source = f"{path}:{number}"
                        if line is None:
                            yield Item(
                                source,
                                error=f"unreadable: the line is over {limit:,} bytes, the limit "
                                f"for --max-bytes {max_bytes:,}",
                            )
                            continue
                        if not line.strip():
                            continue
                        try:
                            obj = json.loads(line)
                        except (ValueError, UnicodeDecodeError, RecursionError):
                            yield Item(source, error="bad line: not JSON")
                            continue
                        yield item_from_json(obj, source, max_bytes, max_chars)
            except OSError as exc:
                yield Item(str(path), error=f"unreadable: {exc.strerror or exc}")
            continue
        try:
            with path.open("rb") as fh:
                data = fh.read(max_bytes + 1 if max_bytes else -1)
                size = path.stat().st_size if max_bytes and len(data) > max_bytes else None
            report = read_bytes(data, source=str(path), max_bytes=max_bytes, size=size, max_chars=max_chars)
        except OSError as exc:
            yield Item(str(path), error=f"unreadable: {exc.strerror or exc}")
            continue
        except SitrepError as exc:
            yield Item(str(path), error=f"unreadable: {exc}")
            continue
        moment = (
            datetime(report.published.year, report.published.month, report.published.day) if report.published else None
        )
        yield Item(str(path), report, moment)


def count_items(paths: Iterable[str | Path]) -> int:
    """How many items ``iter_items`` will yield, without reading a report: files, and lines of JSON Lines files.

    Cheap enough to run beside the ingest, for its progress: a JSON Lines
    file is scanned for non-blank lines, never parsed, a piece of a line at a time.
    """
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            total += count_items(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
            )
        elif path.suffix.lower() in JSONL_SUFFIXES and path.exists():
            try:
                with path.open("rb") as fh:
                    total += sum(1 for _, line in bounded_lines(fh, 4096) if line is None or not line.isspace())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{exc.__class__.__name__}: {text[0][:300]}" if text else exc.__class__.__name__


def write_report(store: Store, item: Item, record: Any, known: Candidates | None = None) -> bool:
    """Store one report, its record, events and figures, link and reconcile, in one transaction.

    ``known``: the writer's cache of the stored events' linking candidates, kept from one write to the next
    (an ingest run's, the server's); without it the members are rebuilt from the store each time.

    The transaction holds the store's write lock (``Store.writing``), so linking sees every incident other
    writers stored before it, in this process or another. False when the report was already there (another
    run stored it first); ``NotStored`` when the store cannot hold it; ``StoreError`` when the store is gone.
    """
    report = item.report
    assert report is not None
    key = normalised_hash(report.text)
    try:
        data = record_json(record)
        with store.writing() as session:  # a report stored meanwhile breaks a unique key: IntegrityError below
            _add_report(session, item, report, key, data, Candidates() if known is None else known)
        return True
    except IntegrityError as exc:
        try:
            with store.session() as session:
                hashes, urls = store.stored([key], [report.url] if report.url else [], session)
        except SQLAlchemyError as again:
            raise StoreError(f"cannot read the store: {one_line(again)}") from again
        if hashes or urls:
            return False
        raise NotStored(f"not stored: {one_line(exc.orig or exc)}") from exc
    except (OperationalError, InterfaceError) as exc:
        raise StoreError(f"cannot write to the store: {one_line(exc.orig or exc)}") from exc
    except DBAPIError as exc:  # a value the database refuses: too long, out of range
        raise NotStored(f"not stored: {one_line(exc.orig or exc)}") from exc
    except (SQLAlchemyError, ValueError, TypeError, KeyError, OverflowError, AttributeError) as exc:
        log.debug("report %s not stored", item.source, exc_info=True)
        raise NotStored(f"not stored: {one_line(exc)}") from exc


def _add_report(session: Any, item: Item, report: Report, key: str, data: dict[str, Any], known: Candidates) -> None:
    row = ReportRow(
        text_hash=key,
        url=report.url,
        title=report.title,
        outlet=report.outlet,
        published=item.moment,  # an item made without its moment still links by its day
        source=item.source,
        text=report.text,
        record=data,
    )
    session.add(row)
    touched = set()
    unsaved: list[tuple[EventRow, Candidate]] = []  # linked before the rows were written: remembered once they are
    for position, (event, event_row) in enumerate(
        zip(data.get("events") or [], event_rows(data, report.text), strict=True)
    ):
        row.events.append(event_row)
        if position:  # the report's earlier events, and the incidents they made, are what this one may join
            session.flush()
            _remember(unsaved, row.text_hash, known)
        candidate = event_candidate(event, data, row)
        # the first event links before its rows are written: nothing stored refers to them yet, and they are
        # written once, with their incident, by the flush that reconciles it
        with session.no_autoflush:
            incident = join_incident(session, event_row, candidate, known)
        if event_row.id is None:
            unsaved.append((event_row, candidate))
        touched.add(incident)
    for incident in touched:
        if incident in session.deleted or inspect(incident).was_deleted:
            continue  # a later event of the report showed it is another incident, which took its events
        reconcile_incident(session, incident)
    if unsaved:
        session.flush()
        _remember(unsaved, row.text_hash, known)
    # every incident this write changed, whichever code changed it, gets its kept summary made anew: the list
    # reads that, not the incident's reports
    changed = set(touched) | {o for o in session.new | session.dirty if isinstance(o, IncidentRow)}
    if any(inspect(incident).pending for incident in changed):
        session.flush()  # a summary names its incident's id; else the commit's one flush writes figures and summaries
    for incident in changed:
        if incident not in session.deleted and inspect(incident).persistent:
            incident.summary = incident_summary(incident)


def _remember(unsaved: list[tuple[EventRow, Candidate]], text_hash: str, known: Candidates) -> None:
    """The writer's cache learns the candidates of events linked before they had an id, now that they have one."""
    for event_row, candidate in unsaved:
        known.remember((text_hash, event_row.id), candidate)
    unsaved.clear()


#: What an extractor gives for a report it could not extract: the reason, in place of the record.
ERROR_KEY = "__sitrep_error__"


def extract_each(
    reports: Iterable[Report],
    on_record: Callable[[Any], None],
    *,
    model: str | None = None,
    batch_size: int = 16,
    zone_size: int = 256,
) -> None:
    """Extract the reports in order and hand each record to ``on_record`` as soon as it is made.

    Reports are parsed ``batch_size`` at a time; a report the parser or an extractor fails on is handed over
    as the exception, in its place, and the others go on. Strings spaCy learns are forgotten every
    ``zone_size`` reports (a memory zone), and the zone is left before this returns or raises.
    """
    from . import nlp as nlp_module
    from .pipeline import assemble

    nlp = nlp_module.load(model)
    stream = iter(reports)
    while True:
        with nlp.memory_zone():
            done = 0
            while done < zone_size:
                chunk = list(islice(stream, batch_size))
                if not chunk:
                    return
                done += len(chunk)
                for report, doc in zip(chunk, _parse(nlp, chunk), strict=True):
                    if isinstance(doc, Exception):
                        on_record(doc)
                        continue
                    try:
                        record = assemble(doc, report)
                    except Exception as exc:  # one report's failure is that report's, not the run's
                        log.debug("extraction failed", exc_info=True)
                        on_record(exc)
                        continue
                    on_record(record)


def _parse(nlp: Any, chunk: list[Report]) -> list[Any]:
    """The docs of the reports, or in place of one the parser fails on, its exception."""
    try:
        return list(nlp.pipe([r.text for r in chunk], batch_size=len(chunk)))
    except Exception:
        docs: list[Any] = []
        for report in chunk:
            try:
                docs.append(nlp(report.text))
            except Exception as exc:
                docs.append(exc)
        return docs


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    extract_many: Callable[[Iterable[Report]], Iterator[Any]] | None = None,
    batch_size: int = 16,
    max_bytes: int = 2 * 1024 * 1024,
    on_report: Callable[[Summary], None] | None = None,
    model: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Summary:
    """Ingest every report the paths hold; returns what happened to them."""
    return ingest_items(
        store,
        iter_items(paths, max_bytes, max_chars),
        extract_many=extract_many,
        batch_size=batch_size,
        on_report=on_report,
        model=model,
    )


def fresh_batches(
    store: Store,
    items: Iterable[Item],
    size: int,
    summary: Summary,
    on_report: Callable[[Summary], None] | None = None,
    recent: int = RECENT_KEYS,
) -> Iterator[list[Item]]:
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
            hashes, urls = store.stored(
                [k for _, k in pending], [i.report.url for i, _ in pending if i.report and i.report.url], session
            )
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


def write_counted(
    store: Store,
    item: Item,
    record: Any,
    summary: Summary,
    on_report: Callable[[Summary], None] | None = None,
    known: Candidates | None = None,
) -> None:
    """Write one record and count it as new or duplicate; a record that is an error, or that the store
    refuses, is counted as rejected with its reason."""
    if isinstance(record, BaseException):
        summary.reject(item.source, f"not extracted: {one_line(record)}")
    elif isinstance(record, dict) and ERROR_KEY in record:
        summary.reject(item.source, f"not extracted: {record[ERROR_KEY]}")
    else:
        try:
            if write_report(store, item, record, known):
                summary.new += 1
            else:
                summary.duplicate += 1
        except NotStored as exc:
            summary.reject(item.source, str(exc))
    if on_report:
        on_report(summary)


def write_records(
    store: Store,
    batch: list[Item],
    records: Iterable[Any],
    summary: Summary,
    on_report: Callable[[Summary], None] | None = None,
    known: Candidates | None = None,
) -> None:
    """Write a batch's records, in order, one transaction each (``known``: the run's candidate cache)."""
    for item, record in zip(batch, records, strict=True):
        write_counted(store, item, record, summary, on_report, known)


def ingest_items(
    store: Store,
    items: Iterable[Item],
    *,
    extract_many: Callable[[Iterable[Report]], Iterator[Any]] | None = None,
    batch_size: int = 16,
    on_report: Callable[[Summary], None] | None = None,
    model: str | None = None,
) -> Summary:
    """Ingest reports already read (or refused); the engine of ``ingest``.

    Each report is stored as soon as its record is made. Without ``extract_many``, sitrep's own pipeline
    (``model``) extracts, and a report it fails on is listed as rejected while the others go on.
    """
    summary = Summary()
    waiting: deque[Item] = deque()
    known = Candidates()  # the run's linking candidates of the events it stored

    def reports() -> Iterator[Report]:
        for batch in fresh_batches(store, items, batch_size, summary, on_report):
            for item in batch:
                assert item.report is not None
                waiting.append(item)
                yield item.report

    def done(record: Any) -> None:
        write_counted(store, waiting.popleft(), record, summary, on_report, known)

    if extract_many is None:
        extract_each(reports(), done, model=model, batch_size=batch_size)
    else:
        for record in extract_many(reports()):
            done(record)
    if waiting:
        raise IngestError(f"the extractor returned {len(waiting)} records fewer than the reports it was given")
    return summary
