"""Words around a place name: kinds of division, parts of towns, distance and direction, moves elsewhere."""

from __future__ import annotations

#: Words for a kind of place and the gazetteer level they point to ("Kunar province", "the village of X").
PLACE_KIND_WORDS: dict[str, str] = {
    "village": "locality",
    "villages": "locality",
    "town": "locality",
    "towns": "locality",
    "city": "locality",
    "hamlet": "locality",
    "settlement": "locality",
    "township": "locality",
    "commune": "locality",
    "locality": "locality",
    "neighbourhood": "locality",
    "neighborhood": "locality",
    "suburb": "locality",
    "quarter": "locality",
    "area": "locality",
    "countryside": "locality",
    "colony": "locality",
    "estate": "locality",
    "district": "admin2",
    "districts": "admin2",
    "section": "locality",
    "subdistrict": "admin2",
    "sub-district": "admin2",
    "county": "admin2",
    "municipality": "admin2",
    "department": "admin2",
    "prefecture": "admin2",
    "lga": "admin2",
    "tehsil": "admin2",
    "zone": "admin2",
    "division": "admin2",
    "sub-county": "admin2",
    "upazila": "admin2",
    "thana": "admin2",
    "woreda": "admin2",
    "cercle": "admin2",
    "ward": "locality",
    "barangay": "locality",
    "kebele": "locality",
    "subcounty": "admin2",
    "province": "admin1",
    "provinces": "admin1",
    "governorate": "admin1",
    "state": "admin1",
    "region": "admin1",
    "oblast": "admin1",
    "wilaya": "admin1",
    "emirate": "admin1",
}
#: Kind words of a part of a town ("Model Town neighborhood, Lahore"): the town named after it is the place.
TOWN_PART_WORDS = frozenset(
    {
        "neighbourhood",
        "neighborhood",
        "suburb",
        "ward",
        "quarter",
        "sector",
        "area",
        "countryside",
        "section",
        "locality",
        "colony",
        "estate",
    }
)
#: Kind words the gazetteer's divisions also use as a first level in some countries ("Turkana county").
#: Words between a town and the division after it that put the town in it ("Wurak village, Papua province").
IN_DIVISION_WORDS = frozenset({",", "(", "in", "of", "the", "a", "also"})
PLACE_KIND_EITHER_LEVEL = frozenset({"county", "region", "department", "zone", "division"})
#: Words of distance and direction: "30 km north of Y" puts the event near Y.
DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"})
DIRECTION_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    ]
)
#: Words that put the event beside a place, not in it ("near Y", "on the outskirts of Y").
NEAR_WORDS = frozenset({"near", "outside", "outskirts", "nearby", "close"})
#: Verbs that move people or things to a place the event did not happen in ("flights were diverted to Y",
#: "the wounded were taken to hospital in Y", "residents fled to Y"), by lemma.
MOVED_TO_VERBS = frozenset(
    """divert|flee|take|rush|evacuate|transfer|move|airlift|fly|relocate|send|carry|transport|escape|retreat|
    withdraw|deport|return|bring|admit|refer|shift|redirect|reroute""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
#: Words between such a verb's "to" and the place it names ("taken to a nearby hospital in Y").
MOVED_TO_FILLERS = frozenset(
    {
        "the",
        "a",
        "an",
        "nearby",
        "local",
        "hospital",
        "hospitals",
        "clinic",
        "clinics",
        "medical",
        "centre",
        "center",
        "facility",
        "facilities",
        "safety",
        "safer",
        "camps",
        "camp",
        "in",
        "at",
        "of",
        "city",
        "town",
        "neighbouring",
        "neighboring",
        "military",
        "base",
        "airport",
    }
)
#: Nouns a nationality names a party from abroad with ("French forces", "the U.S. embassy", "a German tourist"):
#: such a nationality does not say the event's country.
FOREIGN_PARTY_WORDS = frozenset(
    """forces|force|troops|aircraft|jets|jet|warplanes|planes|drone|drones|coalition|embassy|consulate|ambassador|
    diplomat|diplomats|national|nationals|citizen|citizens|tourist|tourists|journalist|journalists|peacekeepers|
    navy|company|firm|businessman|businessmen|worker|workers|engineer|engineers|official|officials|government|
    barracks|border|businesses|interests|mission|contractor|contractors|special""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
#: The last words of a country's own army by its name ("the Kenya Defence Forces"), which says where when nothing
#: else does; a nationality before them ("French forces") still says nothing.
HOME_FORCE_WORDS = frozenset({"forces", "force", "troops"})
#: Last words of a body's name that a country can follow ("the Islamic Resistance in Iraq", "the Communist Party
#: of Nepal"): such a country is part of the name, not where the event is.
BODY_NAME_ENDS = frozenset({"resistance", "party", "front", "movement", "state"})
#: Titles of a division's office: the name before them is that division ("Santander Governor Hugo Aguilar").
DIVISION_OFFICE_WORDS = frozenset({"governor", "governors", "gubernatorial", "governorship"})
#: Nouns for the people of a place: the name after them and "of" is a place ("residents of Muhoroni").
RESIDENT_WORDS = frozenset({"residents", "inhabitants", "villagers", "townspeople", "people", "population"})
#: The ones that also follow their place ("Mandera residents"): "Turkana people" names a people, not a town.
RESIDENTS_AFTER_WORDS = RESIDENT_WORDS - {"people", "population"}

#: Kind words that say a name is a populated place ("the village of X", "X settlement"), for a name the
#: gazetteer lacks.
SETTLEMENT_WORDS = frozenset({"village", "town", "hamlet", "settlement"})
