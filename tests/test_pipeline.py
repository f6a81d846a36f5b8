"""The pipeline's streaming entry: records in order, and spaCy memory zones that never outlive a chunk."""

from __future__ import annotations

from sitrep.pipeline import extract_many

FIRST = [
    "Gunmen killed two farmers near Kidal on Monday, officials said.",
    "A roadside bomb wounded three soldiers outside Gao on Tuesday, the army said.",
]
SECOND = [
    "Militiamen from Qwertzburg shot dead four traders at the Zorblax crossing on Friday, police said.",
    "Zorblax elders said the Qwertzburg militia had wounded six herders on Saturday, police said.",
]


def test_an_abandoned_stream_does_not_break_the_next_one() -> None:
    first = extract_many(FIRST, published="2024-05-06")
    assert next(first).events[0].totals == {"killed": 2}
    second = extract_many(SECOND, published="2024-05-06")
    assert next(second).events[0].totals == {"killed": 4}
    first.close()  # a caller that stopped reading early lets go of its stream
    assert next(second).events[0].totals == {"injured": 6}
