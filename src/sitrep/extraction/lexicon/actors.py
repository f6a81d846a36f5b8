"""Sides by ACLED's actor classes: the words of a side's name that say which it is."""

from __future__ import annotations

#: State forces that attend every street crime: naming them does not make a report one of political violence.
POLICE_WORDS = frozenset(
    {
        "police",
        "policeman",
        "policemen",
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
