"""Where it happened: place patterns, the event's own place, disambiguation, and the geoparser."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extraction.place import PLACE_PATTERNS, Toponym, find_places, find_toponyms, pattern_matches


def place_of(text: str, published: str = "2024-03-05"):
    record = sitrep.extract(text, published=published)
    assert record.main_event is not None, text
    return record.main_event.place


@pytest.mark.parametrize(
    ("pattern", "sentence", "name"), [(p.name, s, n) for p in PLACE_PATTERNS for s, n in p.examples]
)
def test_every_pattern_takes_the_name_of_its_examples(nlp, pattern, sentence, name):
    doc = nlp(sentence)
    found = [doc[n0:n1].text for p, n0, n1, *_ in pattern_matches(doc) if p == pattern]
    assert found == [name]


def test_a_province_alone_is_the_province_at_precision_3_never_its_capital():
    place = place_of("An air strike hit a compound in Kunar province on Monday, killing five militants.")
    assert (place.name, place.locality, place.admin1, place.country, place.geo_precision, place.gazetteer_id) == (
        "Kunar",
        None,
        "Kunaṟ",
        "AF",
        3,
        1135702,
    )
    assert place.evidence == [(32, 46)]  # "Kunar province"


def test_a_town_named_with_its_division_is_the_town_of_that_division():
    place = place_of("On 11 September 2019, gunmen killed two traders in Parakou (Parakou, Borgou).")
    assert (place.locality, place.admin1, place.country, place.geo_precision) == ("Parakou", "Borgou", "BJ", 1)


def test_the_anchor_of_a_distance_is_the_place_at_precision_2():
    place = place_of("A roadside bomb killed two soldiers in Dandi Kach, 30 km north of Miranshah, on Sunday.")
    assert (place.name, place.locality, place.country, place.geo_precision) == ("Miranshah", "Miran Shah", "PK", 2)


def test_the_dateline_yields_to_the_town_the_report_names():
    place = place_of(
        "BAGHDAD (Reuters) - A car bomb exploded in a market in the northern Iraqi town of Tal Afar "
        "on Tuesday, killing 12 people."
    )
    assert (place.name, place.locality, place.country, place.geo_precision) == ("Tal Afar", "Tall ‘Afar", "IQ", 1)


def test_a_country_dateline_is_the_country_of_the_town():
    place = place_of("CHILE. A bomb exploded at the U.S. Cultural Center in Santiago, injuring two guards.")
    assert (place.locality, place.country) == ("Santiago", "CL")


def test_a_country_named_as_a_modifier_is_not_the_place():
    place = place_of("GUATEMALA. Gunmen killed a police officer guarding the U.S. Embassy in Guatemala City.")
    assert (place.locality, place.country) == ("Guatemala City", "GT")


def test_hyderabad_in_a_pakistani_report_is_in_sindh():
    place = place_of("Pakistani police said a bomb killed three people in Hyderabad on Friday.")
    assert (place.locality, place.admin1, place.country) == ("Hyderabad", "Sindh", "PK")


def test_a_region_that_is_no_town_is_no_place(nlp):
    doc = nlp("Violence across the Middle East killed dozens of people last year.")
    assert [p.text for p in find_places(doc) if p.entry is not None] == []


def test_a_persons_surname_is_no_place(nlp):
    doc = nlp("A bomb exploded in the car of mayor Mehmet Yasar Turan in Istanbul. Turan was unhurt.")
    assert [(p.text, p.entry.country) for p in find_places(doc) if p.entry is not None] == [("Istanbul", "TR")]


def test_the_geoparser_returns_every_resolved_mention_in_text_order():
    found = sitrep.geoparse("Floods hit Lahore and Karachi in Pakistan.")
    assert [(t.text, t.country, t.feature_code) for t in found] == [
        ("Lahore", "PK", "PPL"),
        ("Karachi", "PK", "PPL"),
        ("Pakistan", "PK", "PCLI"),
    ]
    assert all(isinstance(t, Toponym) and t.lat is not None and t.geonameid for t in found)
    assert (found[0].start, found[0].end) == (11, 17)


def test_find_toponyms_takes_a_parsed_doc(nlp):
    (only,) = find_toponyms(nlp("Protesters marched in Nairobi."))
    assert (only.text, only.country, only.geonameid) == ("Nairobi", "KE", 184745)


def test_a_part_of_a_town_is_the_town():
    place = place_of(
        "TURKEY. An explosive was thrown at a tour bus in the Laleli district of Istanbul, injuring eight."
    )
    assert (place.locality, place.country, place.geo_precision) == ("Istanbul", "TR", 1)


def test_a_taggers_span_holding_a_town_and_its_divisions_is_the_town():
    place = place_of("On 4 October 2021, unknown individuals killed a Fulani man in Gogounou (Gogounou, Alibori).")
    assert (place.name, place.admin1, place.country) == ("Gogounou", "Alibori", "BJ")


def test_a_state_abbreviation_says_which_town(nlp):
    (town, state) = find_toponyms(nlp("A man was shot in Richmond, Va., on Sunday."))
    assert (town.text, town.country, town.admin1, state.text, state.feature_code) == (
        "Richmond",
        "US",
        "Virginia",
        "Va.",
        "ADM1",
    )


def test_georgia_is_the_state_in_a_report_about_american_towns(nlp):
    found = find_toponyms(nlp("Police in Atlanta and Decatur said the storm crossed Georgia overnight."))
    assert [(t.text, t.country, t.level) for t in found] == [
        ("Atlanta", "US", "locality"),
        ("Decatur", "US", "locality"),
        ("Georgia", "US", "admin1"),
    ]


def test_a_direction_word_the_tagger_leaves_out_belongs_to_the_name():
    """'Central Equatoria' is its own division; 'Equatoria' alone would be the western one."""
    (first, *_) = sitrep.geoparse("ALERT - Central Equatoria, South Sudan. Gunmen abducted two aid workers.")
    assert (first.text, first.country, first.feature_code) == ("Central Equatoria", "SS", "ADM1")
