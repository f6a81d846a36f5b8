"""The word tables of people: titles and role words around a name, and the words that say a name is a
place, a street or building, or a picture's credit rather than a person.
"""

from __future__ import annotations

#: Words before a name that are a title, not part of the name.
TITLE_WORDS = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "sir",
        "president",
        "vice",
        "prime",
        "minister",
        "chief",
        "general",
        "gen",
        "gen.",
        "lieutenant",
        "lt",
        "lt.",
        "colonel",
        "col",
        "col.",
        "major",
        "maj",
        "maj.",
        "captain",
        "capt",
        "capt.",
        "sergeant",
        "sgt",
        "sgt.",
        "corporal",
        "cpl",
        "private",
        "pvt",
        "officer",
        "detective",
        "det",
        "det.",
        "deputy",
        "sheriff",
        "judge",
        "justice",
        "senator",
        "sen",
        "sen.",
        "representative",
        "rep",
        "rep.",
        "governor",
        "gov",
        "gov.",
        "mayor",
        "commissioner",
        "inspector",
        "superintendent",
        "constable",
        "brigadier",
        "admiral",
        "marshal",
        "commander",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "bishop",
        "reverend",
        "rev",
        "rev.",
        "father",
        "sheikh",
        "ayatollah",
        "trooper",
        "agent",
        "secretary",
        "chairman",
        "ambassador",
        "minister",
        "prime",
    ]
)


#: Head words of a role phrase ("Army spokesman", "deputy administrator of the mosque").
ROLE_WORDS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "administrator",
        "president",
        "minister",
        "chief",
        "head",
        "leader",
        "commander",
        "director",
        "official",
        "governor",
        "mayor",
        "secretary",
        "chairman",
        "founder",
        "cleric",
        "imam",
        "officer",
        "general",
        "colonel",
        "major",
        "captain",
        "inspector",
        "superintendent",
        "sheriff",
        "deputy",
        "prosecutor",
        "attorney",
        "judge",
        "lawyer",
        "police",
        "detective",
        "sergeant",
        "lieutenant",
        "brother",
        "sister",
        "son",
        "daughter",
        "father",
        "mother",
        "wife",
        "husband",
        "editor",
        "correspondent",
        "reporter",
        "analyst",
        "professor",
        "ambassador",
        "envoy",
        "senator",
        "representative",
        "member",
        "owner",
        "manager",
        "coordinator",
        "witness",
        "resident",
        "student",
        "victim",
        "suspect",
        "gunman",
        "pastor",
        "priest",
    ]
)


HE_SHE_WORDS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})


SAID_WORDS = frozenset({"said", "says", "told", "added", "stated", "confirmed", "announced", "explained"})


#: Words before a name that make it a place: "fled to Mingora", "clashes in Bajaur".
BEFORE_PLACE_WORDS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "toward", "towards", "into", "throughout", "from"}
)


#: Words after a name that make it a place: "the G-6 sector", "Swat district".
AFTER_PLACE_WORDS = frozenset(
    {
        "sector",
        "district",
        "province",
        "region",
        "area",
        "village",
        "town",
        "city",
        "county",
        "valley",
        "agency",
        "neighborhood",
        "neighbourhood",
        "township",
        "state",
    }
)


#: Words of streets and buildings named after people: "Shelby Drive", "Albert Einstein Medical Center".
FACILITY_WORDS = frozenset(
    {
        "drive",
        "lane",
        "terrace",
        "circle",
        "parkway",
        "pike",
        "trail",
        "way",
        "street",
        "center",
        "centre",
        "medical",
        "memorial",
        "elementary",
        "hall",
        "building",
        "apartment",
        "tower",
        "expressway",
        "freeway",
        "turnpike",
        "hospital",
        "school",
    }
)


#: Words that introduce a picture's or a story's credit: "Photographs ... by Joseph Kaczmarek", "(Photo: Ann Lee)".
CREDIT_WORDS = frozenset(
    {
        "photo",
        "photos",
        "photograph",
        "photographs",
        "photographer",
        "image",
        "images",
        "video",
        "illustration",
        "graphic",
        "courtesy",
        "credit",
    }
)
