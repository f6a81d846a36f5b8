"""`make eval`'s table: every set in one table, incident corpora through their own scorer when it exists."""

from __future__ import annotations

import shutil
import sys
import types
from pathlib import Path

import sitrep
from sitrep.evaluate import evaluate, read_gold
from sitrep.evaluate.suite import EvalSet, format_table, incident_cells, run_suite

DATA = Path(__file__).parent / "data"


def test_incident_cells_read_the_incident_scorer_answer():
    answer = {
        "b_cubed": {"precision": 0.5, "recall": 0.25, "f1": 1 / 3},
        "n_reports": 12,
        "exact": {
            "killed": {"grouped": {"share": 1.0, "right": 2, "n": 2}, "overall": {"share": 0.75, "right": 3, "n": 4}},
            "injured": {"grouped": {"share": None, "right": 0, "n": 0}, "overall": {"share": None, "right": 0, "n": 0}},
        },
    }
    assert incident_cells(answer) == {
        "b3_p": {"score": 0.5},
        "b3_r": {"score": 0.25},
        "b3_f1": {"score": 1 / 3},
        "inc_killed": {"score": 0.75, "right": 3, "n": 4},
    }
    assert incident_cells({"bcubed_f1": 0.5, "killed_best_exact": True}) == {"b3_f1": {"score": 0.5}}


def test_the_table_has_a_row_per_set_blank_where_a_field_does_not_apply():
    results = {
        "sample": 0,
        "seed": 13,
        "seconds": 1.5,
        "sets": [
            {
                "name": "coder notes",
                "kind": "gold",
                "n": 4,
                "notes": [],
                "date_is_published": True,
                "cells": {"killed": {"score": 0.75, "right": 3, "n": 4}, "date": {"score": 1.0, "right": 4, "n": 4}},
            },
            {
                "name": "geo",
                "kind": "gold",
                "n": 2,
                "notes": [],
                "geoparser": "place.find_toponyms",
                "cells": {"acc161": {"score": 0.5, "right": 1, "n": 2}},
            },
            {"name": "links", "kind": "incidents", "n": None, "notes": ["no scorer"], "cells": {}},
        ],
    }
    lines = format_table(results).splitlines()
    head = lines[0].split()
    assert head[:4] == ["set", "n", "kill", "k_lit"] and head[-1] == "incI"
    assert lines[1].split() == ["coder", "notes", "4", ".750", "1.0*"]
    assert lines[2].split() == ["geo", "2", ".500"]
    assert lines[3].split() == ["links", "n/a", "n/a", "n/a", "n/a", "n/a"]
    assert "sample all per set (seed 13), 1.5 s" in lines
    assert "toponyms from: place.find_toponyms" in lines
    assert "links: no scorer" in lines


def test_run_suite_scores_gold_sets_and_calls_the_incident_scorer(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    (shared / "ext").mkdir(parents=True)
    shutil.copy(DATA / "ext_sample.jsonl", shared / "ext" / "notes.jsonl")
    (shared / "inc").mkdir()
    calls = []

    def score_corpus(folder: Path, *, limit: int | None = None) -> dict:
        calls.append((folder, limit))
        return {
            "b_cubed": {"f1": 0.5},
            "exact": {"killed": {"overall": {"share": 1.0, "right": 3, "n": 3}}},
            "n_reports": 7,
            "misses": [{"incident": "a"}],
            "predicted": {"r1": 1},
        }

    monkeypatch.setitem(sys.modules, "sitrep.evaluate.incidents", types.SimpleNamespace(score_corpus=score_corpus))
    sets = (
        EvalSet("notes", "ext/notes.jsonl", date_is_published=True),
        EvalSet("links", "inc", kind="incidents"),
        EvalSet("absent", "ext/none.jsonl"),
    )
    results = run_suite(shared, tmp_path, sample=2, seed=1, workers=1, sets=sets, log=lambda line: None)
    notes, links, absent = results["sets"]
    assert notes["n"] == 2 and notes["date_is_published"] is True
    assert {"killed", "date", "country"} <= set(notes["cells"])
    assert calls == [(shared / "inc", 2)]
    assert links["n"] == 7
    assert links["cells"] == {"b3_f1": {"score": 0.5}, "inc_killed": {"score": 1.0, "right": 3, "n": 3}}
    assert "misses" not in links["incident_scorer"] and "predicted" not in links["incident_scorer"]
    assert absent["notes"] == ["not found"]


def test_run_suite_says_n_a_for_a_corpus_it_cannot_score(tmp_path):
    (tmp_path / "inc").mkdir()  # no reports.jsonl, no incidents.json
    results = run_suite(
        tmp_path, tmp_path, sets=(EvalSet("links", "inc", kind="incidents"),), workers=1, log=lambda line: None
    )
    assert results["sets"][0]["notes"] == [
        f"CorpusError: {tmp_path / 'inc'}: an incidents corpus needs reports.jsonl and incidents.json"
    ]
    assert "n/a" in format_table(results).splitlines()[1]


def test_worker_processes_score_as_one_process_does():
    items = list(read_gold(DATA / "ext_sample.jsonl")) + list(read_gold(DATA / "toponyms_sample.jsonl"))
    alone = evaluate(items, sitrep.extract_many)
    pooled = evaluate(items, workers=2)
    assert pooled.cells() == alone.cells()
    assert pooled.n == alone.n == 5 and alone.toponyms is not None and alone.toponyms.gold == 4


def test_changes_list_the_cells_that_moved_worst_first():
    from sitrep.evaluate.suite import changes

    old = {
        "sets": [
            {"name": "ACLED", "cells": {"place": {"score": 0.4}, "killed": {"score": 0.9}, "date": {"score": 0.5}}}
        ]
    }
    new = {
        "sets": [
            {
                "name": "ACLED",
                "cells": {
                    "place": {"score": 0.45},
                    "killed": {"score": 0.85},
                    "date": {"score": 0.5},
                    "country": {"score": 0.7},
                },
            }
        ]
    }
    assert changes(old, new) == ["ACLED killed 0.900 -> 0.850 (-0.050)", "ACLED place 0.400 -> 0.450 (+0.050)"]
