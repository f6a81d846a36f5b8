"""`sitrep eval` on a small gold file written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.evaluate import answer, evaluate, read_gold

SAMPLE = Path(__file__).parent / "data" / "gva_sample.jsonl"


def test_answer_reads_the_main_event_totals_and_date():
    record = {
        "events": [
            {"main": False, "totals": {"killed": 9}, "date": "2018-01-01"},
            {"main": True, "totals": {"killed": 2}, "date": "2018-03-10"},
        ]
    }
    assert answer(record) == {"killed": 2, "injured": 0, "date": "2018-03-10"}


def test_evaluate_scores_every_report_and_refuses_empty_text():
    import sitrep

    result = evaluate(list(read_gold(SAMPLE)), sitrep.extract_many)
    assert result.n == 4
    # the refused report scores as an empty record: right on 0 killed, 0 injured, wrong on the date
    assert result.right == {"killed": 4, "injured": 4, "date": 3}
    assert [e[0] for e in result.errors] == ["s4"]


def test_eval_command_prints_accuracy_and_writes_records(tmp_path):
    out = tmp_path / "pred.jsonl"
    run = CliRunner().invoke(app, ["eval", str(SAMPLE), "--out", str(out), "--show", "5"])
    assert run.exit_code == 0, run.output
    assert "killed" in run.output and "0.750" in run.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["s1", "s2", "s3", "s4"]
    first = lines[0]["record"]["events"][0]
    assert first["totals"] == {"killed": 1, "injured": 1}
    assert first["date"] == "2018-03-10"


def test_eval_command_rejects_a_broken_gold_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "a"}\nnot json\n')
    run = CliRunner().invoke(app, ["eval", str(bad)])
    assert run.exit_code != 0
    assert "Traceback" not in run.output


def test_a_date_miss_shows_the_words_the_date_was_read_from(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "m1",
                "published": "2018-03-12",
                "text": "Officers were called at 1 p.m. Sunday to a shooting. A man was shot Saturday night on Elm Street, "
                "police said. He was taken to a hospital.",
                "gold": {"killed": 0, "injured": 1, "date": "2018-03-09"},
            }
        )
        + "\n"
    )
    run = CliRunner().invoke(app, ["eval", str(gold), "--show", "5"])
    assert run.exit_code == 0, run.output
    shown = " ".join(run.output.split())
    assert "m1 date: gold '2018-03-09', sitrep '2018-03-10'" in shown
    assert "date 2018-03-10 from 'Saturday night': A man was shot Saturday night on Elm Street, police said." in shown


def test_eval_lists_the_misses_of_one_field(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "m2",
                "published": "2018-03-12",
                "text": "A man was shot and wounded Saturday night on Elm Street.",
                "gold": {"killed": 1, "injured": 1, "date": "2018-03-09"},
            }
        )
        + "\n"
    )
    dates = CliRunner().invoke(app, ["eval", str(gold), "--show", "5", "--field", "date"])
    assert dates.exit_code == 0, dates.output
    assert "m2 date:" in dates.output and "m2 killed:" not in dates.output
    both = CliRunner().invoke(app, ["eval", str(gold), "--show", "5", "--field", "date", "--field", "killed"])
    assert "m2 date:" in both.output and "m2 killed:" in both.output
    wrong = CliRunner().invoke(app, ["eval", str(gold), "--field", "wounded"])
    assert wrong.exit_code == 1
    assert "--field wounded: the fields are killed, injured, kidnapped, date, event_type" in wrong.output


EXT = Path(__file__).parent / "data" / "ext_sample.jsonl"
TOPONYMS = Path(__file__).parent / "data" / "toponyms_sample.jsonl"


def test_eval_scores_every_gold_field_present_and_says_when_the_date_is_no_test():
    run = CliRunner().invoke(app, ["eval", str(EXT)])
    assert run.exit_code == 0, run.output
    rows = {line.split("│")[1].strip() for line in run.output.splitlines() if line.count("│") == 4}
    assert {
        "killed",
        "killed_lit",
        "injured",
        "injured_lit",
        "kidnapped",
        "date",
        "event_type",
        "sub_event_type",
        "country",
        "place",
    } <= rows
    assert "published date is the event date here" in " ".join(run.output.split())


def test_eval_sample_is_seeded(tmp_path):
    outs = []
    for seed in (1, 1, 4):
        out = tmp_path / f"pred{len(outs)}.jsonl"
        run = CliRunner().invoke(app, ["eval", str(EXT), "--sample", "2", "--seed", str(seed), "--out", str(out)])
        assert run.exit_code == 0, run.output
        outs.append([json.loads(line)["id"] for line in out.read_text().splitlines()])
    assert outs[0] == outs[1] == ["x1", "x3"] and outs[2] == ["x1", "x2"]


def test_eval_scores_toponyms_on_a_geoparsing_file():
    run = CliRunner().invoke(app, ["eval", str(TOPONYMS)])
    assert run.exit_code == 0, run.output
    for measure in ("toponym_p", "toponym_r", "acc161"):
        assert measure in run.output
    assert "/4 " in run.output  # the four gold toponyms


def test_eval_refuses_a_missing_file_in_one_line(tmp_path):
    run = CliRunner().invoke(app, ["eval", str(tmp_path / "none.jsonl")])
    assert run.exit_code == 1 and "no such gold file" in run.output and "Traceback" not in run.output


def test_eval_of_an_empty_incident_folder_is_scored_without_a_traceback(tmp_path):
    (tmp_path / "incidents.json").write_text('{"incidents": {}}')
    (tmp_path / "reports.jsonl").write_text("")
    run = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert "Traceback" not in run.output


def test_eval_reads_a_folder_of_gold_records():
    run = CliRunner().invoke(app, ["eval", str(Path(__file__).parent / "gold"), "--limit", "2"])
    assert run.exit_code == 0, run.output
    assert "gold: 2 reports" in run.output and "place" in run.output
