"""Memory on long runs: nothing a report leaves behind outlives its record."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from spacy.tokens import Doc

from sitrep.ingest import Item, Summary, fresh_batches, write_records
from sitrep.pipeline import extract, extract_many
from sitrep.read import Report
from sitrep.store import Store

GOLD = Path(__file__).parent / "gold"


def _docs_alive() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, Doc))


@contextmanager
def _no_collector() -> Iterator[None]:
    """Only reference counting frees objects: a doc caught in a cycle stays, as it does between rare full collections."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_parsed_docs_are_freed_without_the_cycle_collector() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))[:4]]
    extract(texts[0])  # the model is loaded outside the count
    with _no_collector():
        before = _docs_alive()
        records = list(extract_many(texts))
        records.append(extract(texts[1]))
        after = _docs_alive()
    assert len(records) == 5 and any(r.events for r in records)
    assert after == before


def _items(keys: list[int]) -> list[Item]:
    return [
        Item(f"line {n}", Report(f"Report number {k} of the evening desk.", None, None, None, None))
        for n, k in enumerate(keys)
    ]


def test_the_run_remembers_only_recent_reports(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "s.db"))
    summary = Summary()
    # ten reports, then a repeat of the latest and a repeat of the first, one batch each, six remembered
    passed = [
        i.source for batch in fresh_batches(store, _items([*range(10), 9, 0]), 1, summary, recent=6) for i in batch
    ]
    assert summary.duplicate == 1  # report 9 is among the six latest: a repeat
    # report 0 is forgotten by then: passed on, for the store to refuse should it be there when written
    assert passed == [f"line {n}" for n in [*range(10), 11]]
    store.dispose()


def test_repeats_are_duplicates_however_far_apart(tmp_path: Path) -> None:
    """Near repeats are caught before extraction, far ones by the store: the summary is the same either way."""
    keys = [0, 1, 0, 2, 3, 4, 5, 6, 7, 1, 8, 9, 0, 9]

    def stub(batch: list[Item]) -> list[dict[str, object]]:
        return [{"events": []} for _ in batch]

    summaries = []
    for recent in (1, 10_000):
        store = Store.open(str(tmp_path / f"s{recent}.db"))
        summary = Summary()
        for batch in fresh_batches(store, _items(keys), 3, summary, recent=recent):
            write_records(store, batch, stub(batch), summary)
        summaries.append((summary.read, summary.new, summary.duplicate))
        store.dispose()
    assert summaries[0] == summaries[1] == (14, 10, 4)


def test_a_long_bad_stream_is_counted_not_kept() -> None:
    from sitrep.ingest import REJECTED_NAMED

    summary = Summary()
    for i in range(REJECTED_NAMED + 500):
        summary.reject(f"feed.jsonl:{i + 1}", "empty: input is empty")
    assert summary.rejected["empty"] == REJECTED_NAMED + 500
    assert len(summary.rejected_sources) == REJECTED_NAMED
    assert summary.rejected_sources[0] == ("feed.jsonl:1", "empty: input is empty")
