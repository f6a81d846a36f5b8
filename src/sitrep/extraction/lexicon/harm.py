"""Words of harm and its certainty: what a figure counts (killed, injured, held), whether it happened, who says so.

No lemmatizer runs, so verbs are listed with their inflections.
"""

from __future__ import annotations

from ...record import FigureKind


def _forms(*stems: str) -> frozenset[str]:
    """Expand 'kill|s|ed|ing' style entries into surface forms."""
    out: set[str] = set()
    for stem in stems:
        base, *endings = stem.split("|")
        out.add(base)
        out.update(base + e for e in endings)
    return frozenset(out)


#: Verbs and adjectives whose patient is counted, by figure kind.
KIND_WORDS: dict[FigureKind, frozenset[str]] = {
    "killed": _forms(
        "kill|s|ed|ing",
        "slain",
        "slay|s|ing",
        "slew",
        "murder|s|ed|ing",
        "massacre|d|s",
        "massacring",
        "execute|d|s",
        "executing",
        "behead|ed|s|ing",
        "lynch|ed|es|ing",
        "assassinate|d|s",
        "assassinating",
        "die|d|s",
        "dying",
        "dead",
        "perish|ed|es|ing",
        "drown|ed|s|ing",
        "electrocuted",
        "martyred",
        "deceased",
        "fatally",
        "mortally",
        "lifeless",
        "succumb|ed|s|ing",
    ),
    "injured": _forms(
        "injure|d|s",
        "injuring",
        "wound|ed|s|ing",
        "hurt|s|ing",
        "maim|ed|s|ing",
        "hospitalised",
        "hospitalized",
        "graze|d",
        "grazing",
        "pistol-whipped",
        "pistol-whipping",
        "whipped",
        "recovering",
    ),
    "kidnapped": _forms(
        "kidnap|s|ped|ping",
        "kidnaped",
        "abduct|s|ed|ing",
        "snatch|ed|es",
        "seize|d",
        "seizing",
    ),
    "arrested": _forms(
        "arrest|s|ed|ing",
        "detain|s|ed|ing",
        "capture|d|s",
        "capturing",
        "apprehend|s|ed|ing",
        "nab|bed|s",
        "jail|ed|s",
        "imprison|ed|s",
        "handcuffed",
        "custody",
    ),
    "surrendered": _forms("surrender|s|ed|ing"),
    "rescued": _forms(
        "rescue|d|s",
        "rescuing",
        "free|d|s|ing",
        "release|d|s",
        "releasing",
        "evacuate|d|s",
        "evacuating",
        "liberate|d|s",
        "save|d",
    ),
    "displaced": _forms("displace|d|s", "uproot|ed|s", "homeless", "fled", "flee|s|ing"),
    "missing": frozenset({"missing", "unaccounted", "disappeared"}),
    "hostage": frozenset({"hostage", "hostages", "captive", "captives"}),
}
#: Nouns that are themselves the counted people and name the kind ("150 hostages", "12 deaths").
KIND_NOUNS: dict[str, FigureKind] = {
    "hostages": "hostage",
    "hostage": "hostage",
    "captives": "hostage",
    "dead": "killed",
    "deaths": "killed",
    "death": "killed",
    "fatalities": "killed",
    "fatality": "killed",
    "bodies": "killed",
    "corpses": "killed",
    "lives": "killed",
    "body": "killed",
    "wounded": "injured",
    "injured": "injured",
    "injuries": "injured",
    "injury": "injured",
    "refugees": "displaced",
    "evacuees": "displaced",
    "arrests": "arrested",
    "detainees": "arrested",
    "abductees": "kidnapped",
    "missing": "missing",
    "survivors": "rescued",
}
#: Verbs whose subject in the active voice is the one harmed (no object needed).
INTRANSITIVE_KINDS = frozenset(
    {
        "die",
        "died",
        "dies",
        "dying",
        "perished",
        "perish",
        "perishes",
        "drowned",
        "surrendered",
        "recovering",
        "surrender",
        "surrenders",
        "surrendering",
        "succumbed",
        "succumbs",
        "disappeared",
        "fled",
        "flee",
        "flees",
        "fleeing",
    }
)
#: "A fourth policeman died": the toll is now four
ORDINAL_COUNTS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
#: Words that make a one-person mention someone not yet spoken of: "another man", "a second victim".
OTHER_WORDS = frozenset({"another", "other", *ORDINAL_COUNTS})
#: Nouns of a wound: "with a gunshot wound", "suffering non-life-threatening injuries".
WOUND_NOUNS = frozenset({"wound", "wounds", "injury", "injuries", "gunshot", "gunshots", "burns", "graze"})
#: Body parts and projectiles: "struck in the leg", "hit by a stray bullet" is an injury.
BODY_PARTS = frozenset(
    [
        "head",
        "face",
        "neck",
        "chest",
        "back",
        "leg",
        "legs",
        "arm",
        "arms",
        "hand",
        "hands",
        "foot",
        "feet",
        "shoulder",
        "stomach",
        "abdomen",
        "torso",
        "hip",
        "thigh",
        "knee",
        "buttocks",
        "groin",
        "side",
        "eye",
        "jaw",
        "wrist",
        "ankle",
        "elbow",
    ]
)
PROJECTILES = frozenset({"gunfire", "bullet", "bullets", "round", "rounds", "shrapnel", "pellets", "fire"})
#: "was shot" is an injury unless a death is also stated.
SHOT_WORDS = frozenset({"shot", "stabbed", "struck", "hit", "beaten", "attacked", "assaulted", "gunned"})
#: Verbs of "slit the throats of four shepherds": their victims are killed.
THROAT_CUTTING_VERBS = frozenset({"slit", "slits", "slitting", "cut", "cuts", "cutting", "slashed", "slashing"})
#: What a death of no violence is of or from ("died of cancer", "died from natural causes"): no figure.
NATURAL_DEATH_CAUSES = frozenset(
    {"cancer", "illness", "disease", "causes", "covid", "covid-19", "coronavirus", "stroke", "age", "leukemia"}
)
#: Words of an attempt: its result, said with a participle ("tried to storm the base, killing three"), happened.
ATTEMPT_WORDS = frozenset({"attempted", "attempting", "attempt", "attempts", "tried", "try", "tries", "trying"})
#: Words before a verb that make its figure unreal ("asked to surrender", "threatened to kill").
IRREALIS_HEADS = frozenset(
    {
        "asked",
        "ask",
        "urged",
        "urge",
        "demanded",
        "refused",
        "threatened",
        "threaten",
        "threatening",
        "threatens",
        "planned",
        "planning",
        "plan",
        "plans",
        "vowed",
        "wanted",
        "wants",
        "want",
        "could",
        "would",
        "prevent",
        "prevented",
        "avoid",
        "avoided",
        "feared",
        "fear",
        "fears",
        "warned",
        "ordered",
        "called",
        "aim",
        "aimed",
        "allowed",
        "allow",
        "pledged",
        "promised",
        "hoping",
        "hope",
        "hoped",
        "plotting",
        "plotted",
        "plot",
        "intended",
        "intending",
        "conspiring",
        "sought",
        "seeking",
        "minimise",
        "minimize",
        "risk",
        "going",
        "gonna",
        "possible",
        "thought",
    }
    | ATTEMPT_WORDS  # "tried to kill": an attempt's own figure did not happen
)
#: Words of a death still to come ("was likely to die", "is expected to die"): the person is not dead yet;
#: said of a recovery ("expected to recover from his wounds") they still tell a wound.
PROSPECT_WORDS = frozenset({"likely", "unlikely", "expected", "set", "about"})
BELIEVED_WORDS = frozenset(
    {
        "believed",
        "feared",
        "reportedly",
        "unconfirmed",
        "thought",
        "suspected",
        "presumed",
        "likely",
        "possibly",
        "apparently",
        "may",
        "might",
        "estimated",
        "allegedly",
        "rumoured",
        "rumored",
        "probably",
        "perhaps",
        "unverified",
    }
)
#: "did not believe that he had been shot", "does not appear that she was hurt": a denied belief denies the harm.
DOUBT_VERBS = frozenset({"believe", "think", "appear", "seem", "indicate", "suggest", "show", "look"})
CLAIM_WORDS = frozenset({"claim", "claims", "claimed", "claiming", "boasted"})
DENY_WORDS = frozenset({"denied", "deny", "denies", "denying", "rejected", "refuted", "dismissed"})
SPEECH_VERBS = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tell",
        "tells",
        "reported",
        "reports",
        "confirmed",
        "confirms",
        "stated",
        "states",
        "announced",
        "announces",
        "added",
        "quoted",
        "quoting",
        "according",
        "claimed",
        "claims",
        "noted",
        "explained",
        "insisted",
        "warned",
        "revealed",
        "disclosed",
        "indicated",
        "estimated",
        "put",
        "puts",
        "gave",
        "counted",
        "recorded",
        "reporting",
    }
)

#: Verbs that report speech; "denied" and "claimed" report it too.
QUOTE_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "tell",
        "added",
        "adds",
        "stated",
        "states",
        "announced",
        "announces",
        "confirmed",
        "confirms",
        "denied",
        "denies",
        "claimed",
        "claims",
        "insisted",
        "insists",
        "warned",
        "warns",
        "explained",
        "explains",
        "noted",
        "notes",
        "declared",
        "declares",
        "asserted",
        "asserts",
        "admitted",
        "admits",
        "acknowledged",
        "replied",
        "replies",
        "argued",
        "argues",
        "alleged",
        "alleges",
        "stressed",
        "stresses",
        "urged",
        "urges",
        "maintained",
        "maintains",
        "vowed",
        "vows",
        "disclosed",
        "revealed",
        "reported",
        "reports",
    ]
)

#: Active forms of shooting and stabbing: their object is hurt ("shot" is in SHOT_WORDS).
SHOOTING_VERBS = frozenset({"shoot", "shoots", "shooting", "stab", "stabs", "stabbing"})
