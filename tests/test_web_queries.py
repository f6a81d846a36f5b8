"""The incident list reads a page from the incidents table alone: a fixed number of queries whatever the store
holds, the same answer whether the kept summaries are there or made on the spot."""

from __future__ import annotations

from pathlib import Path

from benchmarks.fake_records import corpus_lines, fake_extract_many
from sqlalchemy import event, update
from sqlalchemy.orm import Session

from sitrep.ingest import ingest
from sitrep.store import IncidentRow, Store
from sitrep.web import queries


def _store(tmp_path: Path, n: int) -> Store:
    source = tmp_path / f"r{n}.jsonl"
    source.write_text("\n".join(corpus_lines(n)) + "\n", encoding="utf-8")
    store = Store.open(str(tmp_path / f"s{n}.db"))
    summary = ingest(store, [source], extract_many=fake_extract_many)
    assert summary.new == n
    return store


def _statements(store: Store, f: queries.IncidentFilter) -> tuple[int, dict]:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        with Session(store.engine) as session:
            data = queries.list_incidents(session, f)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(seen), data


def test_a_page_takes_the_same_few_queries_in_a_small_and_a_large_store(tmp_path: Path) -> None:
    small, large = _store(tmp_path, 30), _store(tmp_path, 240)
    f = queries.IncidentFilter(limit=10)
    assert [_statements(s, f)[0] for s in (small, large)] == [4, 4]  # BEGIN, the page, the store's state, the total
    assert [_statements(s, f)[0] for s in (small, large)] == [3, 3]  # the total is kept for the same state
    assert _statements(large, f)[1]["total"] == 80


def test_the_kept_summary_is_what_the_list_would_make(tmp_path: Path) -> None:
    store = _store(tmp_path, 30)
    f = queries.IncidentFilter(limit=50)
    kept = _statements(store, f)[1]
    with store.session() as session:
        session.execute(update(IncidentRow).values(summary=None))  # a store from before summaries were kept
    made = _statements(store, f)[1]
    assert made == kept
    assert [item["report_count"] for item in kept["items"]] == [3] * 10
