"""Where it happened: the event's own place, disambiguation, and the geoparser."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extraction.gazetteer import get_gazetteer
from sitrep.extraction.place_candidates import Candidate
from sitrep.extraction.place_context import region_support, vote_countries
from sitrep.extraction.place_mentions import Toponym, find_places, find_toponyms


def place_of(text: str, published: str = "2024-03-05"):
    record = sitrep.extract(text, published=published)
    assert record.main_event is not None, text
    return record.main_event.place


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


def test_a_capital_described_by_its_country_is_that_capital():
    place = place_of("Fighting between two armed groups in the Libyan capital killed at least 12 people on Monday.")
    assert (place.name, place.locality, place.country, place.geo_precision, place.evidence) == (
        "Tripoli",
        "Tripoli",
        "LY",
        1,
        [(41, 55)],  # "Libyan capital"
    )


def test_a_place_people_were_moved_to_is_not_the_event_place():
    place = place_of(
        "TRIPOLI - Militias fought in the Libyan capital on Monday, killing nine people. "
        "Flights were diverted to Misrata for two days."
    )
    assert place.locality == "Tripoli"
    place = place_of("Gunmen shot dead four farmers on Sunday. The wounded were taken to a hospital in Kano.")
    assert place.locality == "Kano"  # the only place named: it stands for the event
    place = place_of("Gunmen killed five people in Maiduguri. Two of the wounded were flown to Abuja.")
    assert place.locality == "Maiduguri"


def test_no_place_but_a_nationality_gives_the_country_at_precision_3():
    place = place_of("Kenyan police shot dead two protesters in a village on Monday, witnesses said.")
    assert (place.name, place.country, place.locality, place.geo_precision, place.evidence) == (
        "Kenya",
        "KE",
        None,
        3,
        [(0, 6)],
    )


def test_a_name_in_a_comma_chain_ending_in_a_division_is_a_place_whatever_the_tagger_says():
    place = place_of("A suicide bomber killed six police officers in Kart-i-Lagan, Lashkar Gah, Helmand, Afghanistan.")
    assert (place.locality, place.admin1, place.country) == ("Lashkar Gāh", "Helmand", "AF")


def test_a_run_joined_by_a_small_word_reads_on_after_it():
    place = place_of(
        "Youths armed with knives wounded 15 people at a meeting of the Awami League at Bagerhat, Bangladesh."
    )
    assert (place.locality, place.country) == ("Bagerhat", "BD")


def test_a_name_with_an_arabic_article_in_it_is_one_name():
    place = place_of("A car bomb killed nine soldiers in Deir ez-Zor city, Deir ez-Zor governorate, Syria.")
    assert (place.locality, place.country, place.geo_precision) == ("Deir ez-Zor", "SY", 1)


def test_a_neighbourhood_named_before_its_town_is_the_town():
    place = place_of("An assailant wounded three people at a concert hall in Konak neighborhood, Izmir, Turkey.")
    assert (place.locality, place.country) == ("İzmir", "TR")


def test_a_nationality_the_tagger_leaves_untagged_gives_the_country():
    place = place_of("The Burkinabe army shot dead a man transporting fuel near a forest on Monday.")
    assert (place.country, place.geo_precision) == ("BF", 3)


def test_a_foreign_force_does_not_give_the_country():
    place = place_of(
        "Militants overran a base on Monday, killing four soldiers. French forces sent aircraft to the area."
    )
    assert place is None or place.country != "FR"


def test_an_alternate_name_abroad_is_not_the_place_of_a_report_about_another_country():
    place = place_of("Soldiers shot dead a man near the Kali forest, in the area of Boundore (Boundore, Yagha).")
    assert (place.locality, place.country) == ("Boundoré", "BF")


def test_a_division_after_a_town_and_its_kind_word_is_a_place():
    place = place_of("Three soldiers were wounded in clashes in the Abchakan area of Puli Alam city, Logar.")
    assert (place.admin1, place.country, place.geo_precision) == ("Lōgar", "AF", 3)


def test_a_hyphenated_name_with_an_article_is_one_name():
    place = place_of("Shells fired from drones hit a neighbourhood in Deir-ez-Zor city, killing one civilian.")
    assert (place.locality, place.country) == ("Deir ez-Zor", "SY")


def test_a_town_abroad_does_not_outweigh_the_region_the_report_names():
    place = place_of(
        "On 30 April 2022, in Win Ma Nar village (Kani township, Yinmarbin district, Sagaing region), "
        "fighters attacked a police station, killing two."
    )
    assert (place.admin1, place.country, place.geo_precision) == ("Sagaing", "MM", 3)


def test_an_alternate_name_of_a_small_town_is_no_place_without_a_country():
    place = place_of("A drone attacked positions in Abbas town in Deir-ez-Zor countryside on Friday, killing two.")
    assert (place.locality, place.country) == ("Deir ez-Zor", "SY")


def test_a_town_the_tagger_calls_a_date_is_a_place_after_a_preposition():
    place = place_of("An explosive device detonated under a UN vehicle in Bihac, in western Bosnia, wounding two.")
    assert (place.locality, place.country) == ("Bihać", "BA")


def test_a_town_and_a_county_that_can_be_in_one_state_are_read_in_it():
    found = sitrep.geoparse("A Paris man was arrested on Sunday. He will appear in Henry County court on Tuesday.")
    assert [(t.text, t.country, t.level) for t in found] == [("Paris", "US", "locality"), ("Henry", "US", "admin2")]
    assert found[0].admin1 == found[1].admin1  # one state, whichever the two names share


def test_two_capitals_are_not_read_in_a_state_that_has_towns_of_both_names():
    found = sitrep.geoparse("Police in Paris and London said the suspect had fled.")
    assert [(t.text, t.country) for t in found] == [("Paris", "FR"), ("London", "GB")]


def test_a_nationality_in_a_bodys_name_does_not_hide_the_one_town_of_a_name():
    place = place_of(
        "A small device exploded in an abandoned car at a bus station in Newry, wounding one man. "
        "Police blamed a faction of the Irish Republican Army."
    )
    assert (place.locality, place.country) == ("Newry", "GB")


def test_a_colonia_is_a_part_of_a_mexican_town_not_the_uruguayan_town():
    place = place_of("A man was shot dead in a drive-by attack in Colonia Las Higueras on Monday.")
    assert place is None or place.country != "UY"


def test_a_part_of_a_town_in_brackets_is_not_a_namesake_abroad():
    place = place_of("In Panama City (Bella Vista), police arrested two protesters on Monday after clashes.")
    assert (place.locality, place.country) == ("Panama City", "PA")


def test_a_regions_name_with_a_divisions_kind_word_is_that_division():
    place = place_of("Gunmen shot dead a civilian on 30 July in Sona, Tongomayel commune of Sahel province.")
    assert (place.admin1, place.country, place.geo_precision) == ("Sahel", "BF", 3)


def test_the_divisions_in_brackets_after_an_unknown_village_are_its_place():
    place = place_of("On 3 March 2021, gunmen burned the school in the village of Koudoubari (Gorom-Gorom, Oudalan).")
    assert (place.locality, place.admin1, place.country, place.geo_precision) == ("Gorom-Gorom", "Sahel", "BF", 1)


def test_a_division_the_tagger_calls_a_person_in_brackets_after_a_village_is_a_place():
    place = place_of(
        "On 9 May 2022, farmers wounded a police officer at the market in the village of Tamande (Cobli, Atacora)."
    )
    # the village the gazetteer lacks is named as itself, at its region's point
    assert (place.name, place.admin1, place.country, place.geo_precision) == ("Tamande", "Atacora", "BJ", 3)


def test_the_first_name_in_brackets_is_read_with_the_division_after_it():
    place = place_of(
        "On 4 May 2022, rival student groups clashed in Bartola upazila (Maulvibazar, Sylhet), injuring six."
    )
    assert (place.name, place.admin1, place.country, place.geo_precision) == ("Maulvibazar", "Sylhet", "BD", 2)


def test_an_acronym_in_brackets_is_no_town_and_a_peoples_word_in_brackets_is_a_division():
    place = place_of(
        "On 6 August 2024, a mob vandalized the home of a union council member (AL) in Boyarbhanga village, "
        "Dacope upazila (Khulna), injuring two."
    )
    assert (place.name, place.country) == ("Khulna", "BD")


def test_a_lower_case_arabic_article_starts_the_name():
    place = place_of("Protesters burned tyres and threw stones outside the town hall in el Hermel on Monday.")
    assert (place.locality, place.country) == ("El Hermel", "LB")


def test_a_kind_word_the_tagger_takes_for_a_place_gives_no_country():
    place = place_of("A man was shot dead in Colonia Centro, in Coquimatlan, Colima, on Friday.")
    assert (place.locality, place.admin1, place.country) == ("Coquimatlán", "Colima", "MX")


def test_a_country_heading_in_capitals_is_not_the_lead():
    place = place_of("FRANCE. Unknown attackers threw firebombs at a bank in Lyon. No one was hurt.")
    assert (place.locality, place.country) == ("Lyon", "FR")


def test_a_country_in_a_bodys_name_is_not_where_the_event_is():
    place = place_of(
        "On 2 June 2024, the Islamic Resistance in Iraq said its drones struck a base near Majdal Shams, "
        "in the Golan Heights, wounding three soldiers."
    )
    assert place.country != "IQ"


def test_the_residents_of_a_town_the_tagger_calls_a_person_are_in_that_town():
    place = place_of("Residents of Muhoroni blocked the main road on Tuesday to protest against the power cuts.")
    assert (place.locality, place.country) == ("Muhoroni", "KE")


def test_a_name_with_its_arabic_article_is_the_name_the_gazetteer_holds_without_it():
    place = place_of("Militants fired rockets at a checkpoint in Ar-Raqqa, killing two fighters.")
    assert (place.locality, place.country) == ("Ar Raqqah", "SY")


def test_a_name_only_one_place_bears_is_that_place_in_a_report_that_names_no_country():
    place = place_of("A bomb damaged a car dealership in Maroussi overnight, setting two cars on fire.")
    assert (place.locality, place.country) == ("Maroúsi", "GR")


def test_a_town_after_a_part_of_it_is_the_town_whatever_the_tagger_calls_it():
    place = place_of(
        "A car bomb exploded at a checkpoint in Al-Burum area, Mukalla, Hadramawt, Yemen, killing four soldiers."
    )
    assert (place.locality, place.country) == ("Mukalla", "YE")


def test_a_name_a_hyphen_and_a_small_word_join_to_more_of_it_is_not_a_town_abroad():
    place = place_of("On 2 May 2021, gunmen killed a village elder in Qala-i-Sharif of Puli Alam district, Logar.")
    assert place.country == "AF"


def test_a_town_the_gazetteer_lacks_is_named_at_the_point_of_its_division():
    place = place_of("Gunmen shot and wounded a trader at the market in Wendoukou village, Papua province, Indonesia.")
    assert (place.name, place.locality, place.admin1, place.country, place.geo_precision) == (
        "Wendoukou",
        "Wendoukou",
        "Papua",
        "ID",
        3,
    )
    assert place.evidence[0] == (50, 59)  # "Wendoukou"


def test_a_town_the_gazetteer_lacks_named_in_a_district_is_at_precision_2():
    place = place_of(
        "A bomb exploded outside a school in the town of Kalmaro in the Swat district, injuring three pupils."
    )
    assert (place.name, place.country, place.geo_precision) == ("Kalmaro", "PK", 2)


def test_a_nationality_does_not_bar_a_place_that_only_another_country_holds():
    place = place_of("Turkish drones struck a farm near Zabid (Al Hudaydah) on Monday, killing two herders.")
    assert (place.locality, place.country) == ("Zabīd", "YE")


def test_a_country_named_in_passing_does_not_bar_a_place_that_only_another_country_holds():
    place = place_of(
        "Traders protested against the rising US dollar outside the hall in the town of Zahle, injuring two."
    )
    assert (place.locality, place.country) == ("Zahlé", "LB")


def test_a_region_abroad_gives_way_to_the_town_of_its_name_in_the_region_in_brackets():
    place = place_of(
        "On 4 June 2023, dissidents fired on the police station in Anzoategui (Tolima), wounding one officer."
    )
    assert (place.locality, place.admin1, place.country, place.geo_precision) == ("Anzoátegui", "Tolima", "CO", 1)


def test_a_site_named_after_a_city_is_in_that_city_when_nothing_else_is_named():
    place = place_of("Shells hit the Donetsk Filtration Station on Tuesday, wounding two workers.")
    assert (place.site, place.locality, place.country, place.geo_precision) == (
        "Donetsk Filtration Station",
        "Donetsk",
        "UA",
        1,
    )


def _placed(nlp, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(t.text, t.admin1, t.country, t.level) for t in find_toponyms(nlp(text))]


def test_a_small_town_read_from_a_bodys_name_is_the_one_of_the_reports_region(nlp):
    found = _placed(
        nlp, "Paris Council approves new budget. The Edgar County board met in Paris, and Illinois officials attended."
    )
    assert found[0] == ("Paris", "Illinois", "US", "locality")  # not the larger Paris of Texas


def test_a_countrys_name_is_the_town_of_the_reports_region_when_nothing_else_is_in_that_country(nlp):
    text = (
        "Palestine council backs new water plant. The Palestine City Council voted on Monday to build a plant near "
        "the Anderson County line in East Texas. Officials in Freestone County and Anderson County said the plant "
        "would serve Palestine and Fairfield, and U.S. grants would pay for it."
    )
    assert _placed(nlp, text)[0] == ("Palestine", "Texas", "US", "locality")
    abroad = "Palestinian leaders met in Ramallah. Officials from Palestine spoke in Houston, Texas, and Dallas, Texas."
    assert ("Palestine", None, "PS", "country") in _placed(nlp, abroad)


def test_a_state_heading_a_bodys_name_does_not_make_the_country_the_reports(nlp):
    text = (
        "State Rep. Jay Smith, a Republican from Tifton, sponsored the bill. Georgia Power said the plan would cost "
        "Georgia homeowners more. The company is based in Atlanta."
    )
    assert ("Georgia", "Georgia", "US", "admin1") in _placed(nlp, text)


def test_a_name_only_one_region_has_settles_a_tie_between_regions():
    """Walker County and Huntsville are in Alabama and in Texas; Freestone County is in Texas only, and Gadsden
    in Alabama and three other states: Texas, though Alabama's namesakes are larger."""
    gaz = get_gazetteer()
    names = ["Walker County", "Huntsville", "Freestone County", "Gadsden"]
    resolved = [(Candidate(i, i + 1, "ner"), name, gaz.ranked(name, ["US"], [])[0]) for i, name in enumerate(names)]
    assert region_support(gaz, resolved, ["US"]) == ("US", "Texas")


def test_a_town_read_with_the_town_after_it_stays_in_the_country_the_report_names():
    place = place_of("On Friday, in San Isidro, La Paz, Tarlac, Philippines, gunmen shot dead two farmers.")
    assert (place.locality, place.country) == ("San Isidro", "PH")


def test_a_country_the_tagger_calls_a_body_at_the_end_of_a_chain_is_the_country():
    place = place_of(
        "A bomb went off at a market in Meme village, Extreme-North region, Cameroon, killing four people."
    )
    assert place.country == "CM"


def test_two_divisions_in_brackets_are_read_as_one_place_whatever_the_tagger_calls_them():
    place = place_of("On 3 March 2021, gunmen killed a herder who had left Kpessou, bordering Togo (Materi, Atacora).")
    assert (place.admin1, place.country) == ("Atacora", "BJ")


def test_the_last_name_in_brackets_settles_the_town_before_it():
    place = place_of("On 4 May 2024, a drone struck a truck near At Turaybah (Zabid, Al Hudaydah), killing two men.")
    assert (place.admin1, place.country) == ("Al Ḩudaydah", "YE")


def test_a_town_the_gazetteer_lacks_before_a_chain_of_its_divisions_is_the_place():
    place = place_of("Gunmen killed three traders in Kalabuwa, Borno, Nigeria on Tuesday.")
    assert (place.name, place.locality, place.admin1, place.country) == ("Kalabuwa", "Kalabuwa", "Borno", "NG")


def test_a_town_the_gazetteer_lacks_before_the_second_mention_of_its_country_is_the_place():
    place = place_of("Militants of the insurgency in Algeria killed two shepherds in Taghrout, Algeria.")
    assert (place.locality, place.country) == ("Taghrout", "DZ")


def test_a_village_the_gazetteer_lacks_before_a_small_town_and_its_province_is_beside_that_town():
    place = place_of("Gunmen shot dead a teacher in Ban Khlong Dee, Pattani, Thailand.")
    assert (place.name, place.locality, place.admin1, place.country, place.geo_precision) == (
        "Ban Khlong Dee",
        "Pattani",
        "Pattani",
        "TH",
        2,
    )


def test_a_neighbourhood_named_before_its_town_gives_way_to_the_town():
    place = place_of(
        "Gunmen shot a clerk outside her house in the neighborhood of San Rafael, Pitalito, Huila, Colombia."
    )
    assert (place.name, place.locality, place.country) == ("Pitalito", "Pitalito", "CO")


def test_a_citys_other_name_that_only_far_smaller_towns_bear_is_that_city():
    place = place_of("A petrol bomb was thrown at a house in Londonderry on Friday night. Minor damage was caused.")
    assert (place.locality, place.country) == ("Derry", "GB")


def test_a_short_other_name_of_a_city_is_no_city():
    place = place_of("A man was shot dead in his car on Cane Run Road on Friday night, police said.")
    assert place is None or place.country != "RE"


def test_a_persons_name_after_of_is_no_village_abroad():
    record = sitrep.extract("Police blamed the group for the murder of Alfonso Mendez, a guard, on Tuesday.")
    place = record.main_event.place if record.main_event else None
    assert place is None or place.country != "PH"


def test_a_place_after_from_and_its_article_is_where_the_attack_came_from(nlp):
    places = find_places(nlp("Militants fired rockets from the Gaza Strip on Monday."))
    assert [(p.text, p.away) for p in places] == [("Gaza Strip", True)]


def test_a_settlement_the_gazetteer_lacks_is_named_at_the_point_of_the_country():
    place = place_of("LEBANON. A soldier was killed by a roadside bomb near the hill village of Qarnabeit on Sunday.")
    assert (place.name, place.locality, place.country, place.geo_precision) == ("Qarnabeit", "Qarnabeit", "LB", 3)


def test_a_village_the_gazetteer_lacks_in_a_town_it_holds_is_named_beside_that_town():
    place = place_of("Militants shot dead a shopkeeper in Dangerpora village in the Tral area on Friday.")
    assert (place.name, place.locality, place.country, place.geo_precision) == ("Dangerpora", "Trāl", "IN", 2)


def test_a_town_shared_with_a_far_larger_citys_other_name_stays_the_town():
    place = place_of("Two bombers blew themselves up at a crowded market in Mora, Extreme-North, Cameroon on Sunday.")
    assert (place.locality, place.country) == ("Mora", "CM")


def test_a_spelling_of_a_towns_name_without_its_spaces_is_that_town():
    place = place_of(
        "On 2 June 2023, in Kyainseikgyi township (Kawkareik district, Kayin state), troops shelled a school."
    )
    assert (place.locality, place.admin1, place.country) == ("Kyain Seikgyi", "Kayin", "MM")


def test_a_peoples_word_before_settlement_is_not_the_settlements_name():
    place = place_of("ISRAEL. Gunmen fired on the Israeli settlement of Har Adumim on Tuesday, wounding a guard.")
    assert place.name != "Israeli"


def test_a_country_named_in_passing_bars_no_town_the_report_places_the_event_in():
    place = place_of(
        "Traders protested against the rising US dollar rate outside the town hall in el Hermel on Monday."
    )
    assert (place.locality, place.country) == ("El Hermel", "LB")


def test_a_city_the_tagger_takes_for_a_people_is_the_city():
    place = place_of("A senior Mombasa police detective was shot dead outside his home on Friday.")
    assert (place.locality, place.country) == ("Mombasa", "KE")


@pytest.mark.parametrize(
    ("text", "fields", "expected"),
    [
        pytest.param(
            "On 3 June 2021, an airstrike by US military forces killed four militants in Tarinkot district.",
            ("locality", "country"),
            ("Tarinkot", "AF"),
            id="a nationality that names the attacking forces is not the place",
        ),
        pytest.param(
            "A bomb went off in a cafe in the Jerusalem neighborhood of Talpiot, wounding three people.",
            ("locality", "country"),
            ("Jerusalem", "IL"),
            id="a region named like a capital elsewhere gives no country",
        ),
        pytest.param(
            "On 2 March 2021, a crowd staged a protest in Hyderabad city (Hyderabad, Sindh) over wages.",
            ("locality", "admin1", "country"),
            ("Hyderabad", "Sindh", "PK"),
            id="the town of a chain is read in its own division",
        ),
        pytest.param(
            "On 4 April 2023, two men were hurt in a clash at Panchagarh upazila (Panchagarh Sadar, Rangpur).",
            ("name", "country"),
            ("Panchagarh", "BD"),
            id="the last name of a chain is the division that holds the place",
        ),
        pytest.param(
            "A day after a man was shot in Belfast, Gary Moore, a builder, was killed in the north of the city.",
            ("locality", "country"),
            ("Belfast", "GB"),
            id="a persons name after a comma is no place",
        ),
        pytest.param(
            "A bomb exploded at a market in the Sheikh Othman district of Aden, killing two people.",
            ("locality", "country"),
            ("Aden", "YE"),
            id="a part of a town named as a district of it is the towns",
        ),
        pytest.param(
            "A car bomb killed four people in Mosul, 390 km north of Baghdad, on Monday.",
            ("locality", "country", "geo_precision"),
            ("Mosul", "IQ", 1),
            id="a stated distance keeps a town far from its anchor",
        ),
        pytest.param(
            "On 5 May 2020, in the Cano Raya community, Tibu, Norte de Santander department, a leader was killed.",
            ("country", "admin1", "locality"),
            ("CO", "Norte de Santander", "Tibú"),
            id="a region the tagger calls a body still ends a chain",
        ),
        pytest.param(
            "Three bombers blew themselves up in a hotel in Qamishli city, killing five people.",
            ("locality", "country"),
            ("Al Qāmishlī", "SY"),
            id="an arabic name without its article is found",
        ),
        pytest.param(
            "A suicide bomber detonated his vest near a patrol in Kolofata, Extreme-North, Cameroon. "
            "One soldier was killed.",
            ("name", "country", "geo_precision"),
            ("Kolofata", "CM", 3),
            id="an unknown town before an unknown division and its country is named",
        ),
        pytest.param(
            "Gunmen shot at the home of Santander Governor Hugo Aguilar, wounding a guard.",
            ("name", "country", "geo_precision"),
            ("Santander", "CO", 3),
            id="a name before a governor is a division not a city elsewhere",
        ),
        pytest.param(
            "On 2 June 2020, gunmen abducted a teacher at his home in Koumbara (Lanfiera, Sourou) at night.",
            ("name", "country", "geo_precision"),
            ("Koumbara", "BF", 2),
            id="a commune the gazetteer lacks in a bracket still lets the province settle the town",
        ),
        pytest.param(
            "Gunmen shot dead a shopkeeper in Balad Zahra, a town in northern Diyala province, on Sunday.",
            ("name", "admin1", "country", "geo_precision"),
            ("Balad Zahra", "Diyālá", "IQ", 3),
            id="a town the gazetteer lacks that the text calls a town is named at its division",
        ),
        pytest.param(
            "In Batticaloa District, rebels killed a teacher on June 4 in Kallimunai.",
            ("name", "country", "geo_precision"),
            ("Kallimunai", "LK", 2),
            id="a place the gazetteer lacks after in is named at the division the event is in",
        ),
        pytest.param(
            "A rocket hit a greenhouse at the settlement of Nahal Tzuk. No one was hurt.",
            ("name", "lat", "geo_precision"),
            ("Nahal Tzuk", None, None),
            id="a settlement the gazetteer lacks in a report naming no other place is named without a point",
        ),
        pytest.param(
            "A rocket fired by militants landed towards Sederot on Monday, damaging a house.",
            ("locality", "country"),
            ("Sderot", "IL"),
            id="a town's other name that no other place bears stands in a report that names no other place",
        ),
        pytest.param(
            "On 3 March 2021, gunmen abducted two herders at Kourao (Pobe-Mengao, Soum).",
            ("name", "admin1", "country"),
            ("Soum", "Sahel", "BF"),
            id="the first part of a hyphenated name the gazetteer lacks is not a town abroad",
        ),
        pytest.param(
            "On 5 June 2023, soldiers shelled a school in Kyun Kone village (Mudon township, Mawlamyine district, "
            "Mon state).",
            ("admin1", "country"),
            ("Mon", "MM"),
            id="a village whose address names a region it is not in is not that namesake",
        ),
        pytest.param(
            "On 9 June 2021, a mob beat a suspected thief to death at a market in Thyolo (Thyolo, Southern).",
            ("locality", "country", "geo_precision"),
            ("Thyolo", "MW", 1),
            id="a name whose address starts with the division of its name is the town",
        ),
    ],
)
def test_the_event_place_of_an_address(text, fields, expected):
    place = place_of(text)
    assert tuple(getattr(place, f) for f in fields) == expected


def test_a_countrys_name_that_is_a_town_of_the_reports_region_is_that_town(nlp):
    text = (
        "Lebanon police arrested a man after a fight at a bar downtown. Officers from Zionsville helped, "
        "and the man was taken to Lebanon jail."
    )
    found = [(t.text, t.country, t.admin1) for t in find_toponyms(nlp(text))]
    assert found[0] == ("Lebanon", "US", "Indiana")


def test_two_countries_the_names_vote_for_alike_are_no_answer():
    # two names of Australian towns ('Driver', 'Research') and two of Minnesota's: no order of the names picks one
    names = ["Parkers Prairie", "Driver", "Minnesota", "Research"]
    assert vote_countries(get_gazetteer(), names) == []
    assert vote_countries(get_gazetteer(), names[::-1]) == []
    assert vote_countries(get_gazetteer(), ["Parkers Prairie", "Minnesota", "Driver"]) == ["US"]


def test_a_name_before_the_word_for_its_people_is_their_town():
    place = place_of("Mandera residents marched to the county offices to demand more water trucks.")
    assert (place.name, place.country, place.geo_precision) == ("Mandera", "KE", 1)


def test_a_countrys_army_by_its_name_is_the_country_when_nothing_else_says_where():
    place = place_of("A roadside bomb aimed at a convoy of the Kenya Defence Forces went off without casualties.")
    assert (place.name, place.country, place.geo_precision) == ("Kenya", "KE", 3)


def test_a_nationality_before_forces_says_no_country():
    assert place_of("French forces killed five militants in an air strike on a camp.") is None
