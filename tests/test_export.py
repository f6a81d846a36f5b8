"""The incident commands end to end: demo --incidents, incidents, show, export in three formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.export import CSV_COLUMNS


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    result = CliRunner().invoke(app, ["demo", "--incidents", "--db", db], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "18 reports stored" in result.output
    assert "Lal Masjid, Islamabad, PK" in result.output
    assert "102 [50-150]" in result.output
    return db


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "160"})


def test_incidents_lists_newest_first(demo_db):
    result = run("incidents", "--db", demo_db)
    assert result.exit_code == 0, result.output
    dates = [line.split()[1] for line in result.output.splitlines() if line.strip()[:1].isdigit()]
    assert dates == sorted(dates, reverse=True)


def test_show_has_figures_timeline_and_reports(demo_db):
    result = run("show", "1", "--db", demo_db)
    assert result.exit_code == 0, result.output
    assert "reconciled figures" in result.output and "timeline" in result.output and "reports" in result.output
    assert "Margalla TV" in result.output


def test_show_an_unknown_incident_is_an_error(demo_db):
    result = run("show", "999", "--db", demo_db)
    assert result.exit_code == 1
    assert "no incident 999" in result.output


def test_csv_has_acled_like_columns_and_the_range(demo_db):
    result = run("export", "--format", "csv", "--db", demo_db)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == CSV_COLUMNS
    assert len(rows) == 5
    lal_masjid = next(r for r in rows if r["site"] == "Lal Masjid")
    assert (lal_masjid["fatalities"], lal_masjid["fatalities_low"], lal_masjid["fatalities_high"]) == (
        "102",
        "50",
        "150",
    )
    assert lal_masjid["report_count"] == "10"


def test_geojson_is_points_with_the_toll(demo_db, tmp_path):
    out = tmp_path / "incidents.geojson"
    result = run("export", "--format", "geojson", "--db", demo_db, "--out", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 5
    feature = next(f for f in data["features"] if f["properties"].get("killed_best") == 102)
    lon, lat = feature["geometry"]["coordinates"]
    assert (round(lat), round(lon)) == (34, 73)


def test_jsonl_carries_figures_totals_and_reports(demo_db):
    result = run("export", "--format", "jsonl", "--db", demo_db)
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 5
    peshawar = next(i for i in lines if i["place"]["locality"] == "Peshawar")
    assert peshawar["totals"]["killed"]["best"] == 15
    assert [r["outlet"] for r in peshawar["reports"]] == ["Capital Wire Service", "The Frontier Herald"]
