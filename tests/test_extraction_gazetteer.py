"""Offline geocoding: a real GeoNames-derived gazetteer, disambiguated by the report's countries."""

from __future__ import annotations

import pytest

from sitrep.extraction.gazetteer import get_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_the_gazetteer_holds_over_100000_populated_places(gaz):
    assert len(gaz) > 200_000


def test_hyderabad_in_a_pakistani_report_is_in_sindh(gaz):
    place = gaz.resolve("Hyderabad", countries=["PK"])
    assert (place.country, place.admin1) == ("PK", "Sindh")
    assert place.lat == pytest.approx(25.40, abs=0.05)


def test_hyderabad_without_context_is_the_larger_indian_city(gaz):
    assert gaz.resolve("Hyderabad").country == "IN"


def test_a_region_name_is_a_region(gaz):
    place = gaz.resolve("Punjab", countries=["PK"])
    assert (place.level, place.country) == ("admin1", "PK")


@pytest.mark.parametrize(
    ("text", "code"),
    [("Pakistan", "PK"), ("Pakistani", "PK"), ("U.S.", "US"), ("Britain", "GB"), ("Syria", "SY"), ("Afghan", "AF")],
)
def test_countries_and_demonyms(gaz, text, code):
    assert gaz.country_of(text) == code


def test_accents_do_not_matter(gaz):
    place = gaz.resolve("Lashkar Gah", countries=["AF"])
    assert place.country == "AF" and place.level == "locality"


def test_a_village_abroad_is_not_taken_for_a_word(gaz):
    assert gaz.resolve("Side", countries=["US"]) is None


def test_a_division_spelt_with_other_vowels_is_that_division(gaz):
    assert gaz.division_by_spelling("Urozgan", ["AF"]).name == "Uruzgān"
    assert gaz.division_by_spelling("Ningarhar", []).name == "Nangarhār"
    assert gaz.division_by_spelling("Urozgan", ["PK"]) is None  # none of the report's countries has it
