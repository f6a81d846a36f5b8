"""Memory on long runs: nothing a report leaves behind outlives its record."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from spacy.tokens import Doc

from sitrep.pipeline import extract, extract_many

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
