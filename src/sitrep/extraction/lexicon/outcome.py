"""What became of the people a report tells of: harm nouns that name them, words that say they lived, harms that
did not happen."""

from __future__ import annotations

from ...record import FigureKind

#: Nouns of a harm done to the person after 'of', with the kind they give: "the shooting of a 19-year-old", "the
#: shooting deaths of Ann Lee and Bo Cole".
HARM_OF_NOUNS: dict[str, FigureKind] = {
    "shooting": "injured",
    "stabbing": "injured",
    "wounding": "injured",
    "killing": "killed",
    "killings": "killed",
    "murder": "killed",
    "murders": "killed",
    "death": "killed",
    "deaths": "killed",
    "body": "killed",
}
#: Adverbs of a harm that did not happen: "was nearly killed", "almost died".
NEAR_MISS_WORDS = frozenset({"almost", "nearly"})
#: Verbs that say a hurt person lived: "was grazed and survived", "is expected to survive", "is recovering".
SURVIVAL_VERBS = frozenset({"survived", "survives", "survive", "recovering"})
#: Conditions that say a person is hurt: "one person is in critical condition".
HURT_CONDITIONS = frozenset({"critical", "serious", "stable", "fair", "grave", "life-threatening"})
#: Conditions that say a hurt person is alive ("in stable condition"); "critical" only when still so ("remains").
ALIVE_CONDITIONS = frozenset({"stable", "fair", "good"})
