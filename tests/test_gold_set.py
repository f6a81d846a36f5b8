"""The project's own gold set: short reports written for sitrep, scored with the project scorer's measures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import sitrep
from gold_scoring import score
from sitrep.read import Report, parse_published

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def pairs() -> list[tuple[dict, dict]]:
    texts = sorted(GOLD.glob("*.txt"))
    golds = [json.loads(p.with_suffix(".json").read_text(encoding="utf-8")) for p in texts]
    reports = [
        Report(p.read_text(encoding="utf-8"), parse_published(g["published"]), None, None, None)
        for p, g in zip(texts, golds, strict=True)
    ]
    records = [r.to_json() for r in sitrep.extract_many(reports)]
    return list(zip(golds, records, strict=True))


def test_the_set_covers_the_kinds_of_report_it_must(pairs):
    types = {(g["events"][0]["event_type"] if g["events"] else None) for g, _ in pairs}
    assert len(pairs) >= 20
    assert {
        "explosions_remote_violence",
        "battles",
        "violence_against_civilians",
        "riots",
        "protests",
        "non_conflict",
        None,
    } <= types


def test_figures_f1_is_at_least_0_9(pairs):
    assert score(pairs)["figures_f1"] >= 0.9


@pytest.mark.parametrize("measure", ["event_type", "date", "place_25km"])
def test_main_event_measures_are_at_least_0_85(pairs, measure):
    assert score(pairs)[measure] >= 0.85


def test_reports_without_violence_yield_no_figure(pairs):
    negatives = [pred for gold, pred in pairs if not gold["events"]]
    assert len(negatives) == 2
    assert all(not e["figures"] for pred in negatives for e in pred["events"])
