"""Incidents on the demo corpus: linking scored by B-cubed F1, reconciled figures as the corpus's gold says."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from importlib import resources

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sitrep.incidents import Point, choose
from sitrep.ingest import ingest
from sitrep.store import EventRow, IncidentRow, Store

CORPUS = resources.files("sitrep") / "data" / "incidents"
GOLD = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))["incidents"]
REPORT_IDS = {
    json.loads(line)["url"]: json.loads(line)["id"]
    for line in (CORPUS / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
}


def b_cubed(predicted: dict[str, int], gold: dict[str, str]) -> float:
    """B-cubed F1 of a clustering of items against gold clusters."""
    pred_clusters, gold_clusters = defaultdict(set), defaultdict(set)
    for item, cluster in predicted.items():
        pred_clusters[cluster].add(item)
    for item, cluster in gold.items():
        gold_clusters[cluster].add(item)
    precision = recall = 0.0
    for item in gold:
        mine, theirs = pred_clusters[predicted[item]], gold_clusters[gold[item]]
        precision += len(mine & theirs) / len(mine)
        recall += len(mine & theirs) / len(theirs)
    precision, recall = precision / len(gold), recall / len(gold)
    return 2 * precision * recall / (precision + recall)


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    store = Store.open(str(tmp_path_factory.mktemp("incidents") / "sitrep.db"))
    summary = ingest(store, [str(CORPUS / "reports.jsonl")])
    assert summary.new == len(REPORT_IDS)
    yield store
    store.dispose()


def incident_of_report(store: Store) -> dict[str, int]:
    with Session(store.engine) as session:
        rows = session.execute(select(EventRow).where(EventRow.main)).scalars().all()
        return {REPORT_IDS[row.report.url]: row.incident_id for row in rows}


def test_linking_b_cubed_f1_is_at_least_0_95(stored):
    gold = {report: incident["id"] for incident in GOLD for report in incident["reports"]}
    predicted = incident_of_report(stored)
    assert set(predicted) == set(gold)
    assert b_cubed(predicted, gold) >= 0.95


def test_two_incidents_in_one_city_and_week_stay_apart(stored):
    predicted = incident_of_report(stored)
    assert predicted["qt-01"] == predicted["qt-02"]
    assert predicted["qt-03"] == predicted["qt-04"]
    assert predicted["qt-01"] != predicted["qt-03"]


def _totals(store: Store) -> dict[str, dict[str, tuple[int, int, int]]]:
    gold_of = {report: incident["id"] for incident in GOLD for report in incident["reports"]}
    out: dict[str, dict[str, tuple[int, int, int]]] = {}
    with Session(store.engine) as session:
        for incident in session.scalars(select(IncidentRow)):
            reports = {REPORT_IDS[e.report.url] for e in incident.events if e.main}
            names = {gold_of[r] for r in reports}
            assert len(names) == 1
            out[names.pop()] = {f.kind: (f.low, f.best, f.high) for f in incident.figures if f.group_class == "*"}
    return out


def test_killed_totals_are_reconciled_as_the_gold_says(stored):
    totals = _totals(stored)
    gold = {
        incident["id"]: (k["low"], k["best"], k["high"]) if (k := incident["totals"].get("killed")) else None
        for incident in GOLD
    }
    assert sum(v is not None for v in gold.values()) >= 3  # the corpus has killed tolls to check
    assert {name: totals[name].get("killed") for name in gold} == gold


@pytest.mark.parametrize("name", [incident["id"] for incident in GOLD])
def test_every_total_of_an_incident_is_reconciled_as_the_gold_says(stored, name):
    gold = next(i for i in GOLD if i["id"] == name)["totals"]
    assert _totals(stored)[name] == {kind: (v["low"], v["best"], v["high"]) for kind, v in gold.items()}


def test_the_lal_masjid_toll_keeps_its_claim_at_the_high_end(stored):
    lal_masjid = _totals(stored)["lal-masjid-2007"]
    assert lal_masjid["killed"] == (50, 102, 150)
    assert lal_masjid["surrendered"] == (50, 50, 50)


def point(count, hour, certainty="stated", qualifier="exact", attribution=None, low=None, high=None):
    return Point(
        datetime(2007, 7, 10, hour),
        hour,
        f"outlet {hour}",
        count,
        low or count,
        high or count,
        qualifier,
        certainty,
        attribution,
        "",
    )


def test_best_is_the_latest_stated_figure_not_an_average():
    low, best, high, rule = choose([point(50, 7, qualifier="about"), point(58, 11), point(100, 19)])
    assert (low, best, high) == (50, 100, 100)
    assert rule.startswith("latest stated figure (outlet 19")


def test_a_claim_goes_to_the_high_end_only():
    low, best, high, _rule = choose([point(58, 9), point(150, 10, certainty="claimed", qualifier="at_least")])
    assert (low, best, high) == (58, 58, 150)


def test_a_claim_alone_is_best_only_for_want_of_anything_else():
    low, best, high, rule = choose([point(7, 9, certainty="claimed")])
    assert (low, best, high) == (7, 7, 7)
    assert "claimed" in rule


def test_a_vague_figure_yields_to_a_specific_one():
    low, best, high, _ = choose([point(12, 16, qualifier="vague"), point(50, 12)])
    assert (low, best, high) == (12, 50, 50)
