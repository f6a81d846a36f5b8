"""Sides by ACLED's actor classes: the words of a side's name that say which it is."""

from __future__ import annotations

#: State forces that attend every street crime: naming them does not make a report one of political violence.
POLICE_WORDS = frozenset(
    {
        "police",
        "policeman",
        "policemen",
        "policewoman",
        "policewomen",
        "police officer",
        "police officers",
        "police forces",
        "officer",
        "officers",
        "guard",
        "guards",
        "unit",
        "units",
        "police unit",
        "customs officer",
        "customs officers",
        "rangers",
        "ranger",
        "troop",
        "swat",
        "deputies",
        "forces",
    }
)

#: ACLED's actor classes (``Actor.acled_class``): the words of a side's name that say which it is.
#: Named organised groups fighting a state are rebel groups (ACLED codes the Taliban, Boko Haram, al Shabaab so).
REBEL_GROUP_WORDS = frozenset(
    {
        "rebels",
        "rebel",
        "insurgents",
        "insurgent",
        "jihadists",
        "jihadist",
        "separatists",
        "separatist",
        "guerrillas",
        "guerrilla",
        "taliban",
        "tehreek-e-taliban",
        "ttp",
        "boko",
        "haram",
        "iswap",
        "isis",
        "isil",
        "daesh",
        "shabaab",
        "shabab",
        "al-shabaab",
        "al-shabab",
        "jnim",
        "isgs",
        "ansaroul",
        "houthi",
        "houthis",
        "hts",
        "pkk",
        "npa",
        "adf",
        "m23",
        "aqap",
        "al-qaeda",
        "qaeda",
        "macina",
        "sayyaf",
        "militants",
        "militant",
        "terrorists",
        "terrorist",
        "mujahideen",
        "maoists",
        "maoist",
        "naxals",
        "naxalites",
        "fighters",
    }
)
#: Militias of an ethnic group, clan, community or religion, and local defence groups.
IDENTITY_MILITIA_WORDS = frozenset(
    {
        "ethnic",
        "communal",
        "tribal",
        "clan",
        "tribesmen",
        "herdsmen",
        "vigilantes",
        "vigilante",
        "fulani",
        "dozo",
        "koglweogo",
        "mai-mai",
        "pokot",
        "turkana",
        "marakwet",
        "mungiki",
        "kikuyu",
        "luo",
        "kalenjin",
        "hunters",
        "self-defence",
        "self-defense",
        "vdp",
        "volunteers",
    }
)
#: Armed men a report does not tie to a group: ACLED's "unidentified armed group", a political militia.
POLITICAL_MILITIA_WORDS = frozenset(
    {
        "gunmen",
        "gunman",
        "assailants",
        "attackers",
        "militia",
        "militias",
        "militiamen",
        "armed",
        "bandits",
        "raiders",
        "thugs",
        "perpetrators",
        "kidnappers",
        "abductors",
    }
)
#: Forces that are neither a state's own in its country nor a local group: peacekeepers, private security.
EXTERNAL_WORDS = frozenset(
    {
        "peacekeepers",
        "peacekeeping",
        "un",
        "unamid",
        "minusma",
        "monusco",
        "amisom",
        "private",
        "contractors",
        "mercenaries",
        "wagner",
        "multinational",
    }
)

#: Verbs whose subject acts on their object: the subject is actor1.
ACTION_VERBS = frozenset(
    [
        "stormed",
        "storm",
        "storming",
        "attacked",
        "attack",
        "attacks",
        "attacking",
        "raided",
        "raid",
        "raids",
        "ambushed",
        "ambush",
        "bombed",
        "shelled",
        "killed",
        "kill",
        "kills",
        "killing",
        "shot",
        "opened",
        "fired",
        "fire",
        "fires",
        "abducted",
        "kidnapped",
        "seized",
        "captured",
        "arrested",
        "detained",
        "targeted",
        "struck",
        "hit",
        "launched",
        "clashed",
        "fought",
        "besieged",
        "surrounded",
        "overran",
        "torched",
        "burned",
        "looted",
        "massacred",
        "executed",
        "stabbed",
        "dispersed",
        "staged",
        "held",
        "protested",
        "demonstrated",
        "marched",
        "gathered",
        "blocked",
        "rallied",
        "assaulted",
        "beat",
        "vandalised",
        "vandalized",
        "threw",
        "hurled",
        "pelted",
        "lynched",
        "repulsed",
    ]
)

#: Unarmed people who act as a side in a demonstration or a riot ("students staged a protest").
CROWD_SUBJECT_WORDS = frozenset(
    [
        "protesters",
        "protestors",
        "demonstrators",
        "rioters",
        "students",
        "residents",
        "villagers",
        "youths",
        "youth",
        "supporters",
        "members",
        "workers",
        "traders",
        "farmers",
        "teachers",
        "activists",
        "nurses",
        "doctors",
        "lawyers",
        "journalists",
        "mob",
        "crowd",
        "people",
    ]
)

#: Offices of a government: a side that is the state, not a group.
GOVERNMENT_WORDS = frozenset(
    {"government", "ministry", "minister", "president", "governor", "authorities", "administration", "cabinet"}
)

#: People who make a side a demonstration's: "protesters", "students".
PROTEST_SIDE_WORDS = frozenset({"protesters", "protestors", "demonstrators", "marchers", "students"})

#: People who make a side a riot's: "rioters", "a mob".
RIOT_SIDE_WORDS = frozenset({"rioters", "mob", "mobs", "crowd"})
