"""The command line, end to end: real files in, JSON or a table out, one-line errors on bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

REPORT = (
    "Gunmen killed four soldiers and wounded two civilians in an ambush near Kandahar on Tuesday, "
    "officials said.\n"
    '"We lost four brave men," said Colonel Ahmad Wali, a provincial army commander.\n'
)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def test_extract_json_has_the_spec_field_names(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = run("extract", str(path), "--published", "2019-05-15", "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    main = record["events"][0]
    assert main["main"] is True
    assert main["date"] == "2019-05-14"
    assert main["place"]["country"] == "AF"
    assert main["totals"] == {"killed": 4, "injured": 2}
    figure = main["figures"][0]
    assert set(figure) >= {"kind", "count", "qualifier", "group", "group_class", "certainty", "evidence"}
    start, end = figure["evidence"][0]
    assert REPORT[start:end] == "four soldiers"
    assert record["quotes"][0]["kind"] == "direct"
    assert record["quotes"][0]["speaker"] == "Ahmad Wali"


def test_extract_reads_standard_input():
    result = run("extract", "-", "--published", "2019-05-15", "--format", "json", input=REPORT)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["events"][0]["totals"]["killed"] == 4


def test_extract_table_shows_figures_and_their_sentence(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = run("extract", str(path), "--published", "2019-05-15")
    assert result.exit_code == 0, result.output
    assert "killed" in result.output and "soldiers" in result.output
    assert "Gunmen killed four soldiers" in result.output


def test_extract_reads_html_with_its_metadata(tmp_path):
    html = (
        "<html><head><title>Ambush near Kandahar</title>"
        '<meta property="article:published_time" content="2019-05-15">'
        '<meta property="og:site_name" content="Frontier Daily"></head><body><article><p>'
        + REPORT.replace("\n", "</p><p>")
        + "</p></article></body></html>"
    )
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    result = run("extract", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["published"] == "2019-05-15"
    assert record["events"][0]["totals"]["killed"] == 4


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "binary"),
        (b"caf\xe9 au lait with some more words", "not UTF-8"),
        ("Der Bundestag hat heute über das neue Gesetz abgestimmt und die Mehrheit war dafür.".encode(), "English"),
    ],
)
def test_bad_input_is_a_one_line_error(tmp_path, content, message):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_oversize_input_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(REPORT * 10, encoding="utf-8")
    result = run("extract", str(path), "--max-bytes", "100")
    assert result.exit_code == 1
    assert "over the limit" in result.output


def test_missing_file_is_an_error():
    result = run("extract", "no/such/report.txt")
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_unknown_model_is_an_error(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = run("extract", str(path), "--model", "no_such_pipeline")
    assert result.exit_code == 1
    assert "no_such_pipeline" in result.output


def test_demo_shows_the_lal_masjid_assault():
    result = run("demo", "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    main = record["events"][0]
    assert main["event_type"] == "battles"
    assert main["date"] == "2007-07-10"
    assert main["place"]["locality"] == "Islamabad"
    assert main["totals"]["killed"] == 100
    assert ("killed", 88, "militants") in {(f["kind"], f["count"], f["group_class"]) for f in main["figures"]}
