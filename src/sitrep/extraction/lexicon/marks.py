"""Marks the figure rules leave for counting, and the words of harm only the living suffer."""

from __future__ import annotations

#: ``derived`` of a figure said "in addition to" a toll: it adds on top of that toll.
ADDITION = "in addition to"
#: ``group`` of a coder's own killed count ("Fatalities coded as 0"): the report's last word on its toll.
CODED_GROUP = "coded fatalities"

#: the dependency labels of a verb's subject, active and passive
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: words that join the parts of one written number ("two hundred and five", "a dozen", "1,200")
NUMBER_PARTS = frozenset({"hundred", "thousand", "million", "dozen", "and", "-", "–", ",", "a", "an"})

#: words that end the clause a patient verb is looked for in, after the people it may tell of
CLAUSE_BREAK_WORDS = frozenset({";", "while", "but", "whereas", "although", "though", ":", "after", "before", "as"})

#: verbs that harm only the living: with a thing for object ("killed the game off", "fired a low shot") they tell no harm
HARM_TO_LIVING_VERBS = frozenset(
    [
        "kill",
        "kills",
        "killed",
        "killing",
        "murder",
        "murdered",
        "murdering",
        "shoot",
        "shoots",
        "shot",
        "shooting",
        "fire",
        "fires",
        "fired",
        "firing",
        "stab",
        "stabs",
        "stabbed",
        "stabbing",
        "wound",
        "wounded",
        "injure",
        "injured",
        "assassinate",
        "assassinated",
    ]
)
#: prepositions that aim a shot at a target, person or building: "fired at the guards", "shooting at the residence"
AIMING_PREPOSITIONS = frozenset({"at", "on", "upon", "towards", "toward"})
