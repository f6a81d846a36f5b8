"""The incidents scorer: B-cubed of the grouping and the share of exact tolls, through the real ingest path."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from sitrep.evaluate.incidents import CorpusError, b_cubed, format_score, score, score_corpus

CORPUS = resources.files("sitrep") / "data" / "incidents"


def test_b_cubed_of_a_perfect_grouping_is_one():
    assert b_cubed({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "y"}) == (1.0, 1.0, 1.0)


def test_b_cubed_of_one_split_incident():
    precision, recall, f1 = b_cubed({"a": 1, "b": 2}, {"a": "x", "b": "x"})
    assert (precision, recall) == (1.0, 0.5)
    assert f1 == pytest.approx(2 / 3)


def test_b_cubed_of_two_incidents_merged():
    precision, recall, _ = b_cubed({"a": 1, "b": 1}, {"a": "x", "b": "y"})
    assert (precision, recall) == (0.5, 1.0)


def test_a_toll_is_scored_on_the_incident_holding_most_of_the_reports():
    gold = {
        "x": {"reports": ["a", "b", "c"], "killed": 2, "injured": 0},
        "y": {"reports": ["d"], "killed": 1, "injured": 3},
    }
    predicted = {"a": 1, "b": 1, "c": 2, "d": 3}
    result = score(predicted, {1: {"killed": 2}, 2: {"killed": 9}, 3: {"killed": 1, "injured": 1}}, gold)
    assert result["n_grouped"] == 1  # x is split, y (one report) is together
    assert result["exact"]["killed"]["overall"] == {"share": 1.0, "right": 2, "n": 2}
    assert result["exact"]["killed"]["grouped"] == {"share": 1.0, "right": 1, "n": 1}
    assert result["exact"]["injured"]["overall"] == {"share": 0.5, "right": 1, "n": 2}
    assert result["misses"] == [{"incident": "y", "kind": "injured", "gold": 3, "best": 1, "grouped": True}]


def test_an_incident_mixing_two_sides_of_a_topic_is_counted():
    gold = {
        "t1-a": {"reports": ["a"], "topic": 1, "harm": True, "killed": None},
        "t1-b": {"reports": ["b"], "topic": 1, "harm": True, "killed": None},
        "t2-a": {"reports": ["c"], "topic": 2, "harm": False, "killed": None},
    }
    result = score({"a": 1, "b": 1, "c": 2}, {}, gold)
    assert result["mixed_sides"] == 1
    assert result["harm"]["mixed_sides"] == 1
    assert result["harm"]["b_cubed"]["precision"] == 0.5


def test_a_folder_without_gold_is_refused(tmp_path):
    with pytest.raises(CorpusError):
        score_corpus(tmp_path)


@pytest.fixture(scope="module")
def demo_corpus(tmp_path_factory):
    """The demo reports as a corpus folder: incidents.json made from the demo gold."""
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "reports.jsonl").write_text((CORPUS / "reports.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))["incidents"]
    incidents = {
        i["id"]: {
            "reports": i["reports"],
            "killed": i["totals"].get("killed", {}).get("best", 0),
            "injured": i["totals"].get("injured", {}).get("best", 0),
        }
        for i in gold
    }
    (folder / "incidents.json").write_text(json.dumps({"incidents": incidents}), encoding="utf-8")
    return folder


def test_the_demo_corpus_scores_perfectly_through_ingest(demo_corpus):
    result = score_corpus(demo_corpus)
    assert result["b_cubed"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["n_reports"] == 18
    assert result["exact"]["killed"]["overall"]["share"] == 1.0
    assert result["exact"]["injured"]["overall"]["share"] == 1.0
    assert format_score("demo", result)[1] == "  B-cubed precision 1.000  recall 1.000  F1 1.000"


def test_limit_scores_the_first_reports_only(demo_corpus):
    result = score_corpus(demo_corpus, limit=3)
    assert result["n_reports"] == 3
    assert result["ingest"]["new"] == 3


def test_sitrep_eval_scores_a_corpus_folder(demo_corpus):
    from typer.testing import CliRunner

    from sitrep.cli import app

    run = CliRunner().invoke(app, ["eval", str(demo_corpus), "--limit", "4"])
    assert run.exit_code == 0, run.output
    assert "B-cubed precision 1.000  recall 1.000  F1 1.000" in run.output
    assert "best killed exact" in run.output
