"""The benchmark harness: end to end on a few reports, and its parts in isolation."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from benchmarks import bench
from benchmarks.corpus import CorpusReport, make_corpus
from typer.testing import CliRunner

import sitrep
from sitrep.cli import app


def _measurement(side: str, seconds: float, peak: float, articles: int = 200) -> bench.Measurement:
    return bench.Measurement(
        side=side,
        model="m",
        pipeline=[],
        articles=articles,
        words=articles * 550,
        tokens=None,
        seconds=seconds,
        cpu_seconds=seconds,
        startup_seconds=1.0,
        peak_rss_mb=peak,
        cpu=0,
    )


def test_end_to_end_with_the_lean_stand_in(tmp_path: Path) -> None:
    out = tmp_path / "results" / "bench.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sitrep.cli",
            "bench",
            "--n",
            "3",
            "--warmup",
            "1",
            "--target",
            "spacy-lean",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "PASS" in done.stdout or "FAIL" in done.stdout
    data = json.loads(out.read_text())
    measured, bare = data["runs"]["measured"], data["runs"]["bare"]
    assert data["n"] == 3 and data["target"] == "spacy-lean"
    assert measured["articles"] == bare["articles"] == 3
    assert measured["tokens"] == bare["tokens"] > 0  # same texts, same tokenizer
    assert "lemmatizer" in bare["pipeline"] and "lemmatizer" not in measured["pipeline"]
    assert data["tokens_per_report"] > data["words_per_report"] > 300
    assert data["time_ratio"] == pytest.approx(measured["seconds"] / bare["seconds"])
    assert 0 < bare["peak_rss_mb"] < 10_000
    assert [t["name"] for t in data["targets"]] == [
        "articles per second (one core)",
        "time ratio to bare spaCy",
        "peak memory (MB)",
    ]
    if data["pinned"]:
        assert measured["cpu"] == bare["cpu"] == data["cpu"]


def test_a_failing_child_is_a_crash_not_a_report(capsys: pytest.CaptureFixture[str]) -> None:
    status = bench.main(bench.Options(n=1, warmup=1, target="spacy-lean", model="no_such_model_x"))
    assert status != 0
    assert "failed" in capsys.readouterr().err


def test_sitrep_side_goes_through_the_public_api(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []

    def stand_in(reports: Iterable[object], model: str | None = None) -> Iterator[dict[str, str]]:
        for report in reports:
            seen.append(report)
            yield {"text": report.text}

    # set in the module's namespace directly: getattr would import the real pipeline first
    monkeypatch.setitem(vars(sitrep), "extract_many", stand_in)
    reports = list(make_corpus(4, seed=9))
    warmup = list(make_corpus(2, seed=10))
    result = bench.measure("sitrep", reports, warmup)
    assert result.articles == 4 and result.tokens is None
    assert seen == warmup + reports
    assert all(isinstance(r, CorpusReport) and r.published for r in seen)  # dates reach sitrep
    assert result.seconds > 0 and result.peak_rss_mb > 0


def test_targets_pass_and_fail_at_their_limits() -> None:
    bare = _measurement("bare", seconds=20.0, peak=900.0)
    good = bench.targets(_measurement("sitrep", seconds=18.0, peak=599.0), bare)
    assert [t.passed for t in good] == [True, True, True]
    slow = bench.targets(_measurement("sitrep", seconds=21.0, peak=600.0), bare)
    assert [t.passed for t in slow] == [False, False, False]
    assert slow[0].value == pytest.approx(200 / 21.0)
    edge = bench.targets(_measurement("sitrep", seconds=20.0, peak=100.0, articles=200), bare)
    assert edge[0].passed and edge[1].passed  # exactly 10 articles/s and a ratio of exactly 1 pass


def test_best_of_keeps_the_fastest_time_and_the_highest_peak() -> None:
    best = bench.best_of([_measurement("bare", 12.0, 300.0), _measurement("bare", 10.0, 280.0)])
    assert best.seconds == 10.0 and best.peak_rss_mb == 300.0


def test_bad_arguments_are_refused_in_one_line() -> None:
    for argv in (["--n", "0"], ["--warmup", "0"], ["--target", "nothing"]):
        done = CliRunner().invoke(app, ["bench", *argv])
        assert done.exit_code == 2, argv
        assert done.exception is None or isinstance(done.exception, SystemExit)
    assert bench.check(bench.Options(n=0)) == (
        "--n, --warmup and --repeat must be at least 1 (the warm-up also loads the model)"
    )
    assert bench.check(bench.Options(child="ingest")) == "--child needs --result"
    assert bench.main(bench.Options(repeat=0)) == 2


def test_bench_without_a_checkout_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sitrep.cli as cli

    monkeypatch.setattr(cli, "__file__", str(tmp_path / "site-packages" / "sitrep" / "cli.py"))
    done = CliRunner().invoke(app, ["bench", "--n", "1"])
    assert done.exit_code == 1
    assert done.output.strip().splitlines() == [
        "error: sitrep bench needs a source checkout of sitrep (its benchmarks/ folder), not an installed package"
    ]


def test_streaming_memory_is_read_against_its_target(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    peaks = {(300, 1): (150.0, 480.0), (300, 2): (150.0, 480.0), (2000, 2): (160.0, 490.0), (20000, 2): (170.0, 545.0)}

    def stand_in(n: int, workers: int, seed: int, model: str | None) -> dict[str, float]:
        driver, worker = peaks[(n, workers)]
        return {"articles_per_second": 10.0 * workers, "driver_peak_mb": driver, "worker_peak_mb": worker}

    monkeypatch.setattr(bench, "run_cluster_child", stand_in)
    args = bench.Options(workers_n=300, stream=(2000, 20000))
    out = bench.cluster_runs(args)
    growth = out["stream"]["growth"]
    assert growth["driver_peak_mb"] == pytest.approx(170 / 160 - 1)
    assert growth["worker_peak_mb"] == pytest.approx(545 / 490 - 1)
    printed = capsys.readouterr().out
    assert "streaming memory, 20000 against 2000 reports" in printed
    assert "+11%" in printed and printed.rstrip().endswith("FAIL")  # the worst of the two counts
    peaks[(20000, 2)] = (170.0, 530.0)
    bench.cluster_runs(args)
    assert capsys.readouterr().out.rstrip().endswith("PASS")
