"""`sitrep gazetteer import`: an index built from GeoNames' dump files knows villages the default lacks."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.errors import GazetteerError
from sitrep.extraction.gazetteer import Gazetteer, default_index_path, get_gazetteer

FIXTURE = Path(__file__).parent / "data" / "geonames"


@pytest.fixture(scope="module")
def dumps(tmp_path_factory) -> list[Path]:
    """The fixture tables zipped as GeoNames ships them, with the two code lists beside them."""
    where = tmp_path_factory.mktemp("dumps")
    for table in ("NG", "alternateNamesV2"):
        with zipfile.ZipFile(where / f"{table}.zip", "w") as z:
            z.write(FIXTURE / f"{table}.txt", f"{table}.txt")
    return [
        where / "NG.zip",
        where / "alternateNamesV2.zip",
        FIXTURE / "admin1CodesASCII.txt",
        FIXTURE / "admin2Codes.txt",
    ]


@pytest.fixture(scope="module")
def imported(dumps, tmp_path_factory) -> Gazetteer:
    from sitrep.extraction.gazetteer.dumps import import_dumps

    get_gazetteer(default_index_path())
    target = tmp_path_factory.mktemp("index") / "gazetteer.sqlite"
    messages: list[str] = []
    counts = import_dumps(dumps, target, default_index_path(), progress=messages.append)
    # "Ngwala" (en), "Ngwalakiri Gari" (ha) and "Al Dabari" (en); not the link
    assert counts == {"places": 3, "names": 3}
    assert messages[-1].startswith("wrote ")
    return Gazetteer(target)


def test_the_default_lacks_the_village():
    assert get_gazetteer(default_index_path()).lookup("Ngwalakiri") == ()


def test_the_imported_index_resolves_the_village_with_its_divisions(imported):
    (village,) = imported.lookup("Ngwalakiri")
    assert (village.name, village.level, village.country, village.admin1, village.admin2) == (
        "Ngwalakiri",
        "locality",
        "NG",
        "Borno",
        "Kala Sample",
    )
    assert (village.lat, village.lon, village.gazetteer_id, village.feature_code) == (
        12.12345,
        13.54321,
        9900101,
        "PPL",
    )


def test_alternate_names_come_from_both_files_and_links_do_not(imported):
    assert [e.gazetteer_id for e in imported.lookup("Ngwala Kiri")] == [9900101]
    assert [(e.gazetteer_id, e.alternate) for e in imported.lookup("Ngwala")] == [(9900101, True)]
    assert imported.lookup("https example org Ngwalakiri") == ()
    assert imported.lookup("Nowhere Sample") == ()  # an alternate name of a place the index does not hold


def test_a_name_without_its_arabic_article_is_found_when_no_place_bears_it(imported):
    assert [(e.gazetteer_id, e.alternate) for e in imported.lookup("Dabari")] == [(9900102, True)]
    assert [e.name for e in imported.lookup("Qamishli")] == [e.name for e in get_gazetteer().lookup("Qamishli")]
    assert imported.lookup("Qamishli")[0].name == "Al Qāmishlī"


def test_divisions_are_kept_and_other_features_are_not(imported):
    assert [(e.level, e.feature_code) for e in imported.lookup("Kala Sample")] == [("admin2", "ADM2")]
    assert imported.lookup("Sample Ridge") == ()


def test_the_imported_index_still_holds_the_default_places(imported):
    default = get_gazetteer(default_index_path())
    assert imported.resolve("Hyderabad", countries=["PK"]) == default.resolve("Hyderabad", countries=["PK"])
    assert len(imported) == len(default) + 3


def test_extraction_uses_the_imported_index(imported, monkeypatch):
    import sitrep

    monkeypatch.setenv("SITREP_GAZETTEER", str(imported.path))
    record = sitrep.extract(
        "Gunmen killed five farmers in the village of Ngwalakiri in Borno state on Monday.", published="2024-03-05"
    )
    place = record.main_event.place
    assert (place.name, place.locality, place.admin1, place.country, place.geo_precision, place.gazetteer_id) == (
        "Ngwalakiri",
        "Ngwalakiri",
        "Borno",
        "NG",
        1,
        9900101,
    )


def test_the_command_writes_the_index_and_reports_progress(dumps, tmp_path):
    target = tmp_path / "g.sqlite"
    result = CliRunner().invoke(app, ["gazetteer", "import", "--gazetteer", str(target), *map(str, dumps)])
    assert result.exit_code == 0, result.output
    assert str(target) in result.stdout
    assert "NG.zip: 3 places" in result.output
    assert Gazetteer(target).lookup("Ngwalakiri")[0].gazetteer_id == 9900101


def test_a_file_that_is_not_a_dump_is_one_line_of_error(tmp_path):
    odd = tmp_path / "notes.txt"
    odd.write_text("x\n")
    result = CliRunner().invoke(app, ["gazetteer", "import", "--gazetteer", str(tmp_path / "g.sqlite"), str(odd)])
    assert result.exit_code == 1
    assert "notes.txt: not a GeoNames dump file" in result.output
    assert "Traceback" not in result.output


def test_an_index_that_is_not_one_is_refused(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not sqlite at all")
    with pytest.raises(GazetteerError, match="not a sitrep gazetteer index"):
        Gazetteer(bad)


def test_an_index_named_that_does_not_exist_is_one_line_of_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no gazetteer index there"):
        get_gazetteer(tmp_path / "missing.sqlite")
