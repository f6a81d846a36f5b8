"""The scorer's pure parts: gold rows of every shape, the record's reading, per-field verdicts, toponym scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.evaluate import GoldFileError, read_gold, read_record_gold, reading, subsample
from sitrep.evaluate.fields import fold, km, name_keys, named_in, same_place, verdicts
from sitrep.evaluate.gold import gold_of_record
from sitrep.evaluate.toponyms import Toponym, as_toponym, gold_toponyms, match, tally

DATA = Path(__file__).parent / "data"


def _record(**main) -> dict:
    return {"events": [{"main": False, "totals": {"killed": 9}}, {"main": True, **main}]}


def test_fold_and_name_keys_compare_spellings_and_parts():
    assert fold("Bogotá, D.C.") == "bogota d c"
    assert name_keys("Bajaur district") == {"bajaur district", "bajaur"}
    assert name_keys("Magas, Ingushetia") == {"magas", "ingushetia"}
    assert name_keys("Dhaka - Rampura") == {"dhaka", "rampura"}


def test_km_and_named_in():
    assert round(km(33.7126, 73.0866, 33.5651, 73.0169)) == 18  # Islamabad to Rawalpindi
    assert named_in("Kisumu", "protesters in KISUMU town")
    assert not named_in("Yei", "they were taken away")
    assert named_in("Bajaur district", "a bomb in Bajaur, Pakistan")


def test_same_place_by_distance_where_the_gold_has_coordinates_else_by_name():
    gold = {"location": "Kisumu", "lat": -0.0917, "lon": 34.768}
    assert same_place(gold, {"name": "Kisumu", "lat": -0.1, "lon": 34.75})
    assert not same_place(gold, {"name": "Kisumu", "lat": -1.29, "lon": 36.82})  # Nairobi's coordinates
    assert not same_place(gold, {"name": "Kisumu"})
    assert same_place({"location": "Bogota"}, {"name": "Central Bogotá", "locality": "Bogotá"})
    assert not same_place({"location": "Bogota"}, {"name": "Medellin"})


def test_reading_takes_the_main_event_and_counts_hostages_as_kidnapped():
    said = reading(
        _record(
            totals={"killed": 2, "hostage": 5},
            date="2020-01-02T00:00",
            event_type="battles",
            sub_event_type="armed_clash",
            place={"name": "Ariha", "country": "SY", "lat": 1.0, "lon": 2.0},
            classifier="rules",
        )
    )
    assert said == {
        "killed": 2,
        "injured": 0,
        "date": "2020-01-02",
        "kidnapped": 5,
        "event_type": "battles",
        "sub_event_type": "armed_clash",
        "country": "SY",
        "place": {"name": "Ariha", "lat": 1.0, "lon": 2.0},
        "classifier": "rules",
    }
    assert reading(None)["killed"] == 0 and reading(None)["place"] == {}
    assert reading(_record(type_source="model:acled-svm"))["classifier"] == "model:acled-svm"


def test_verdicts_score_each_gold_field_present_and_its_subsets():
    gold = {"killed": 3, "injured": 2, "date": "2011-05-03", "country": "PK", "location": "Peshawar"}
    meta = {"heuristic_killed_figure_literal_in_text": True, "heuristic_injured_figure_literal_in_text": False}
    said = {"killed": 3, "injured": 1, "date": "2011-05-03", "country": "PK", "place": {"name": "Peshawar"}}
    out = verdicts(
        gold,
        meta,
        "Gunmen in Peshawar killed three.",
        said,
        holds=lambda name, lat, lon, country: name == "Peshawar",
        names_country=lambda text, code: False,
    )
    assert out == {
        "killed": True,
        "killed_lit": True,
        "injured": False,
        "date": True,
        "country": True,
        "country_named": True,
        "place": True,
        "place_named": True,
        "place_gaz": True,
        "place_named_gaz": True,
    }


def test_verdicts_leave_out_what_the_gold_lacks_and_subsets_that_do_not_hold():
    gold = {
        "killed": 0,
        "event_type": "protests",
        "sub_event_type": "peaceful_protest",
        "country": "KE",
        "location": "Kisumu",
        "lat": -0.0917,
        "lon": 34.768,
    }
    said = {
        "killed": 0,
        "event_type": "protests",
        "sub_event_type": "protest_with_intervention",
        "country": "UG",
        "place": {"name": "Kampala", "lat": 0.3163, "lon": 32.5822},
    }
    out = verdicts(
        gold, {}, "A march in the city.", said, holds=lambda *a: None, names_country=lambda text, code: False
    )
    assert out == {"killed": True, "event_type": True, "sub_event_type": False, "country": False, "place": False}


def test_gold_of_a_spec_record_is_its_main_event():
    record = json.loads((Path(__file__).parent / "gold" / "ariha-air-strike.json").read_text())
    assert gold_of_record(record) == {
        "killed": 11,
        "injured": 20,
        "kidnapped": 0,
        "date": "2020-01-15",
        "event_type": "explosions_remote_violence",
        "sub_event_type": "air_drone_strike",
        "country": "SY",
        "location": "Ariha",
        "lat": 35.81374,
        "lon": 36.60964,
    }
    assert gold_of_record({"events": []}) == {"killed": 0, "injured": 0, "kidnapped": 0}


def test_read_record_gold_pairs_each_record_with_its_text():
    rows = list(read_record_gold(Path(__file__).parent / "gold"))
    assert len(rows) == 23
    ariha = next(r for r in rows if r.id == "ariha-air-strike")
    assert ariha.published == "2020-01-16" and ariha.text.startswith(ariha.text[:20]) and ariha.kind == "report"


def test_read_gold_reads_meta_and_toponym_rows():
    rows = list(read_gold(DATA / "ext_sample.jsonl"))
    assert [r.id for r in rows] == ["x1", "x2", "x3"]
    assert rows[0].meta["heuristic_killed_figure_literal_in_text"] is True
    topo = list(read_gold(DATA / "toponyms_sample.jsonl"))
    assert [r.kind for r in topo] == ["toponyms", "toponyms"] and topo[1].published is None


@pytest.mark.parametrize(
    "line, says",
    [
        ('{"id": 1, "text": "a", "gold": [1]}', "'gold' is not an object"),
        (
            '{"id": 1, "text": "a", "gold": {"toponyms": [{"phrase": "X"}]}}',
            "'gold.toponyms' entries need start and end",
        ),
        ('{"id": 1, "gold": {}}', "KeyError"),
    ],
)
def test_a_bad_gold_line_is_one_line_with_its_number(tmp_path, line, says):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 0, "text": "fine", "gold": {}}\n' + line + "\n")
    with pytest.raises(GoldFileError) as err:
        list(read_gold(bad))
    assert f"{bad}:2: not a gold report line" in str(err.value) and says in str(err.value)
    assert "\n" not in str(err.value)


def test_subsample_is_seeded_and_keeps_file_order():
    items = list(range(100))
    first = subsample(items, sample=5, seed=7)
    assert first == subsample(items, sample=5, seed=7) == sorted(first)
    assert first != subsample(items, sample=5, seed=8)
    assert subsample(items, limit=3) == [0, 1, 2]
    assert subsample(items, sample=500) == items


def test_gold_toponyms_move_a_phrase_that_is_not_at_its_offsets():
    row = list(read_gold(DATA / "toponyms_sample.jsonl"))[1]
    assert gold_toponyms(row.text, row.gold["toponyms"]) == [Toponym(12, 19, "Halifax", 44.64533, -63.57239)]


def test_toponyms_match_one_to_one_by_overlap_and_score_as_geoparsers_do():
    gold = [
        Toponym(0, 6, "Ottawa", 45.41, -75.70),
        Toponym(10, 17, "Toronto", 43.70, -79.42),
        Toponym(30, 38, "Kingston", 44.23, -76.48),
    ]
    predicted = [
        Toponym(0, 6, "Ottawa", 45.42, -75.69),
        Toponym(10, 13, "Tor", 43.7, -79.4),
        Toponym(12, 17, "onto", 43.7, -79.4),
        Toponym(30, 38, "Kingston", 17.99, -76.79),
        Toponym(50, 55, "Paris", 48.85, 2.35),
    ]
    assert match(gold, predicted) == [(0, 0), (1, 2), (2, 3)]
    counts = tally(gold, predicted)
    assert (counts.gold, counts.predicted, counts.found, counts.within) == (3, 5, 3, 2)
    scores = counts.scores()
    assert scores["toponym_p"] == {"score": 0.6, "right": 3, "n": 5}
    assert scores["toponym_r"] == {"score": 1.0, "right": 3, "n": 3}
    assert scores["acc161"] == {"score": 2 / 3, "right": 2, "n": 3}
    assert scores["toponym_f1"]["score"] == pytest.approx(0.75)


def test_a_toponym_resolved_to_the_gold_feature_is_placed_right_whatever_point_it_keeps():
    """A country's point is a choice (GeoNames' own, a centroid): the same geonameid is the same answer."""
    gold = [Toponym(0, 6, "Canada", 60.10867, -113.64258, 6251999), Toponym(10, 17, "Alberta", 52.28, -117.47, 5883102)]
    predicted = [Toponym(0, 6, "Canada", 58.87, -98.28, 6251999), Toponym(10, 17, "Alberta", 53.96, -114.79)]
    counts = tally(gold, predicted)
    assert (counts.found, counts.within) == (2, 1)  # Alberta without an id is judged by its point: 258 km off


def test_as_toponym_reads_objects_and_dicts():
    class Found:
        start, end, text, lat, lon = 3, 9, "Kabul", 34.5, 69.2

    assert as_toponym(Found()) == Toponym(3, 9, "Kabul", 34.5, 69.2)
    assert as_toponym({"start": 1, "end": 4, "text": "Ely"}) == Toponym(1, 4, "Ely")
    assert as_toponym({"text": "no offsets"}) is None


def test_toponym_misses_are_the_ones_not_found_or_placed_far():
    from sitrep.evaluate.toponyms import misses

    gold = [
        Toponym(0, 6, "Ottawa", 45.41, -75.70),
        Toponym(30, 38, "Kingston", 44.23, -76.48),
        Toponym(40, 45, "Perth", 44.9, -76.25),
    ]
    predicted = [Toponym(0, 6, "Ottawa", 45.42, -75.69), Toponym(30, 38, "Kingston", 17.99, -76.79)]
    out = misses(gold, predicted)
    assert [(g.text, p.text if p else None, round(off) if off else None) for g, p, off in out] == [
        ("Kingston", "Kingston", 2918),
        ("Perth", None, None),
    ]


class _FakeGazetteer:
    """Two towns named Springfield and a country, in the shape of the project's gazetteer entries."""

    def lookup(self, text):
        entry = type("Entry", (), {})
        towns = {"springfield": [(39.80, -89.64, "US"), (42.10, -72.59, "US")], "kandahar": [(31.61, 65.71, "AF")]}
        out = []
        for lat, lon, country in towns.get(text.lower(), []):
            e = entry()
            e.lat, e.lon, e.country = lat, lon, country
            out.append(e)
        return tuple(out)

    def country_of(self, text):
        return {"afghanistan": "AF", "afghan": "AF", "u.s.": "US"}.get(text.lower())


def test_the_gazetteer_questions_use_its_public_lookups(monkeypatch):
    from sitrep.evaluate import gaz

    gaz.use_gazetteer(lambda: _FakeGazetteer())
    assert gaz.gazetteer_holds("Springfield", 42.0, -72.6, "US") is True
    assert gaz.gazetteer_holds("Springfield", 37.2, -93.3, "US") is False  # the Missouri one is not held
    assert gaz.gazetteer_holds("Kandahar province", None, None, "AF") is True
    assert gaz.gazetteer_holds("Kandahar", None, None, "PK") is False
    assert gaz.text_names_country("Afghan police said two men died.", "AF")
    assert gaz.text_names_country("Troops of the U.S. fired.", "US")
    assert not gaz.text_names_country("Police said two men died in Kandahar.", "AF")
    gaz.use_gazetteer()


def test_without_a_gazetteer_the_subsets_cannot_tell(monkeypatch):
    from sitrep.evaluate import gaz

    gaz.use_gazetteer(lambda: None)
    assert gaz.gazetteer_holds("Springfield", 42.0, -72.6, "US") is None
    assert not gaz.text_names_country("Afghan police", "AF")
    gaz.use_gazetteer()


def test_the_geoparser_adapter_reads_find_toponyms_and_hides_no_failure(monkeypatch):
    from sitrep.evaluate import geoparser

    class Doc:
        text = "Rain in Leeds."

    class Found:
        start, end, text, lat, lon, country = 8, 13, "Leeds", 53.8, -1.55, "GB"

    monkeypatch.setattr(geoparser, "find_toponyms", lambda doc: [Found()])
    assert geoparser.predict_toponyms(Doc()) == ([Toponym(8, 13, "Leeds", 53.8, -1.55)], "place.find_toponyms")

    def broken(doc):
        raise RuntimeError("index missing")

    monkeypatch.setattr(geoparser, "find_toponyms", broken)
    with pytest.raises(RuntimeError, match="index missing"):
        geoparser.predict_toponyms(Doc())
