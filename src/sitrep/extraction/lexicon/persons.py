"""Words of the one-person rules: one person and their gender, wounds and hospitals, pronouns, protests over a harm."""

from __future__ import annotations

from .civilians import TARGET_PERSON_NOUNS

#: Singular nouns that can stand for one person ("a 26-year-old man was shot dead").
SINGLE_PERSON_NOUNS = frozenset(
    [
        "man",
        "woman",
        "boy",
        "girl",
        "child",
        "teen",
        "teenager",
        "toddler",
        "baby",
        "infant",
        "person",
        "victim",
        "officer",
        "soldier",
        "policeman",
        "policewoman",
        "trooper",
        "deputy",
        "guard",
        "driver",
        "resident",
        "student",
        "mother",
        "father",
        "son",
        "daughter",
        "brother",
        "sister",
        "wife",
        "husband",
        "uncle",
        "aunt",
        "cousin",
        "nephew",
        "niece",
        "grandmother",
        "grandfather",
        "grandson",
        "granddaughter",
        "cleric",
        "imam",
        "priest",
        "journalist",
        "reporter",
        "teacher",
        "doctor",
        "nurse",
        "worker",
        "employee",
        "owner",
        "clerk",
        "customer",
        "passenger",
        "pedestrian",
        "bystander",
        "gunman",
        "shooter",
        "suspect",
        "burglar",
        "robber",
        "carjacker",
        "attacker",
        "assailant",
        "bomber",
        "militant",
        "rebel",
        "commander",
        "leader",
        "chief",
        "official",
        "civilian",
        "worshipper",
        "farmer",
        "shopkeeper",
        "vendor",
        "man's",
        "juvenile",
        "male",
        "female",
        "youth",
        "motorist",
        "cyclist",
        "neighbor",
        "neighbour",
        "friend",
        "girlfriend",
        "boyfriend",
        "roommate",
        "homeowner",
        "tenant",
        "security",
        "sergeant",
        "lieutenant",
        "corporal",
        "captain",
        "constable",
        "agent",
        "inmate",
        "prisoner",
        "patient",
        "pastor",
        "firefighter",
        "paramedic",
        "clerk",
        "cashier",
        "guard",
        "labourer",
        "laborer",
        "trader",
        "watchman",
        "rider",
        "shopkeeper",
        "stepfather",
        "stepmother",
        "stepson",
        "stepdaughter",
        "stepbrother",
        "stepsister",
        "fiance",
        "fiancee",
        "fiancé",
        "fiancée",
        "spouse",
        "ex-wife",
        "ex-husband",
        "ex-girlfriend",
        "ex-boyfriend",
        "relative",
        "acquaintance",
        "coworker",
        "co-worker",
        "classmate",
        "landlord",
        "landlady",
        "bartender",
        "bouncer",
        "waiter",
        "waitress",
        "occupant",
        "individual",
        "adult",
        "visitor",
        "guest",
    ]
).union(TARGET_PERSON_NOUNS)

#: Words that say a person is a man or a woman ("the man", "his", "Fry's mother").
MALE_WORDS = frozenset(
    {
        "man",
        "boy",
        "male",
        "father",
        "son",
        "brother",
        "husband",
        "uncle",
        "nephew",
        "grandfather",
        "grandson",
        "boyfriend",
        "gunman",
        "policeman",
        "his",
        "he",
        "him",
        "himself",
        "stepfather",
        "stepson",
        "stepbrother",
        "ex-husband",
        "ex-boyfriend",
        "fiance",
        "fiancé",
    }
)
FEMALE_WORDS = frozenset(
    {
        "woman",
        "girl",
        "female",
        "mother",
        "daughter",
        "sister",
        "wife",
        "aunt",
        "niece",
        "grandmother",
        "granddaughter",
        "girlfriend",
        "policewoman",
        "her",
        "she",
        "herself",
        "stepmother",
        "stepdaughter",
        "stepsister",
        "ex-wife",
        "ex-girlfriend",
        "fiancee",
        "fiancée",
    }
)


def gender_of(group: str) -> str | None:
    """'m' or 'f' when a person's own words say it: in "his girlfriend" or "Stafford's wife" the owner's
    gender does not count."""
    words = group.lower().replace("’", "'").rsplit("'s ", 1)[-1].split()
    while words[:1] and words[0] in ("his", "her", "their", "its"):
        words = words[1:]
    if set(words) & MALE_WORDS:
        return "m"
    if set(words) & FEMALE_WORDS:
        return "f"
    return None


#: Words under which a harm is what a protest is about: "protesting over the killing of", "justice for".
PROTEST_CAUSE_WORDS = frozenset(
    [
        "protest",
        "protests",
        "protested",
        "protesting",
        "demonstrate",
        "demonstrated",
        "demonstrating",
        "demonstration",
        "rally",
        "rallied",
        "rallies",
        "demanding",
        "demand",
        "demanded",
        "demands",
        "justice",
        "condemning",
        "condemn",
        "condemned",
        "mourn",
        "mourning",
        "mourned",
        "march",
        "marched",
        "marching",
        "funeral",  # "attacked the guards at the funeral of a murdered businessman": that death is before
        "funerals",
        "burial",
    ]
)
#: Words under which a harm is what an attack avenges: "in retaliation for the killing of", "revenge for".
REPRISAL_WORDS = frozenset({"revenge", "retaliation", "reprisal", "reprisals", "avenge", "avenging", "retaliate"})
#: Subjects of a protest: "Protesters blocked the highway after five guards were killed".
PROTESTER_WORDS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "mourners", "marchers"})
#: "-ing" words that say a person bears a wound: "suffering from gunshot wounds", "bleeding", "nursing injuries".
WOUND_STATES = frozenset({"suffering", "bleeding", "nursing"})
#: "-ing" words said of the hurt, not of those who hurt them: "two men suffering from gunshot wounds", "dying".
PATIENT_STATES = WOUND_STATES | {"recovering", "dying"}
#: "suffered injuries", "sustained wounds": the subject was hurt.
SUFFER_VERBS = frozenset({"suffered", "sustained", "received"})
INJURY_OBJECTS = frozenset({"injuries", "wounds", "wound", "injury", "burns"})
#: The "-ing" of those verbs, after which the subject was hurt: "arrived after suffering injuries".
SUFFERING_VERBS = frozenset({"suffering", "sustaining", "receiving"})
#: "after being shot", "since being wounded": the passive whose subject is the clause's own.
PASSIVE_AUXES = frozenset({"being", "getting"})
#: "treated for injuries", "hospitalized with wounds": care for a wound says the person was hurt.
CARE_VERBS = frozenset({"treated", "hospitalized", "hospitalised"})
#: "found a man shot", "saw a woman wounded": the verbs whose small clause tells what was found.
FOUND_VERBS = frozenset({"found", "find", "finds", "discovered", "located", "saw", "spotted"})
#: "Hobson's body": what is left of a dead person.
BODY_NOUNS = frozenset({"body", "remains", "corpse"})
#: "was pronounced dead", "declared him dead": only people are.
PRONOUNCE_DEAD_VERBS = frozenset({"pronounced", "declared", "pronounce", "declare"})
#: "left a man in the hospital": the verbs that leave people somewhere.
LEAVE_VERBS = frozenset({"left", "leaving", "leaves", "leave"})
#: "were taken to a hospital", "was rushed to hospital": the people carried there were hurt.
HOSPITAL_VERBS = frozenset({"taken", "rushed", "transported", "airlifted", "hospitalized", "hospitalised"})
HOSPITAL_WORDS = frozenset({"hospital", "hospitals"})
#: Why someone unhurt is taken to a hospital: "as a precaution", "for a medical evaluation".
HOSPITAL_UNHURT_WORDS = frozenset({"precaution", "evaluation", "evaluated", "observation", "psychiatric"})
#: A killer's own death after the others: "turning the gun on himself", "then killed himself", "took his own life".
TURN_ON_SELF_VERBS = frozenset({"turned", "turning", "turns", "turn"})
KILL_SELF_VERBS = frozenset({"killed", "killing", "kills", "kill"})
#: Verbs whose object "life" or "lives" says who died: "took his own life", "claimed the lives of 12", "took the
#: life of a boy".
LIFE_TAKING_VERBS = frozenset(
    {"took", "taking", "takes", "take", "taken", "claimed", "claiming", "claim", "claims", "cost", "costing"}
)
#: Third-person pronouns that stand for one person, with the gender they say.
PERSON_PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "him": "m", "her": "f", "himself": "m", "herself": "f"}
#: Object pronouns that point back at people counted before: "abducted three youths and killed them".
OBJECT_PRONOUNS = frozenset({"them", "him", "her"})
#: Every form of those pronouns, the possessive "his" too: words that point back at a person named before.
PERSON_PRONOUN_FORMS = frozenset({*PERSON_PRONOUNS, "his"})
#: Nouns whose "of N" counts people: "a family of six", "a group of 20".
GROUP_OF_N_NOUNS = frozenset({"family", "group", "crew", "team", "party", "band", "delegation"})
#: Verbs whose object is always a person: "killed a tea seller" counts one person, whatever the noun.
PERSON_OBJECT_VERBS = frozenset(
    [
        "killed",
        "kill",
        "kills",
        "killing",
        "murdered",
        "murder",
        "murders",
        "murdering",
        "assassinated",
        "assassinate",
        "assassinating",
        "beheaded",
        "beheading",
        "abducted",
        "abduct",
        "abducting",
        "kidnapped",
        "kidnap",
        "kidnapping",
        "lynched",
    ]
)

#: Verbs whose counted object or subject is people even when the noun is unknown: "killed two missionaries".
HARM_TO_PEOPLE_VERBS = PERSON_OBJECT_VERBS | frozenset(
    {"wounded", "wounding", "injured", "injuring", "massacred", "slain", "slew", "dead", "hacked", "gunned"}
)


#: The groups a report's total counts, of no one kind: "12 people", "the dead", "three others".
TOTAL_GROUP_WORDS = frozenset(
    {
        "people",
        "persons",
        "dead",
        "victims",
        "casualties",
        "wounded",
        "injured",
        "individuals",
        "deaths",
        "fatalities",
        "fatality",
        "hostages",
        "bodies",
        "lives",
        "others",
        "other people",
        "others people",
    }
)

#: Nouns that say nothing of who the person was: such a mention may be anyone the report names.
UNSPECIFIC_PERSON_NOUNS = frozenset(
    {"person", "people", "victim", "victims", "individual", "someone", "injured", "wounded", "dead", "one", "fatality"}
)

#: Nouns that say only a person's age or sex: "the boy" who died may be "Maloney's son" who was shot.
AGE_SEX_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "child", "teen", "teenager", "toddler", "baby", "infant", "male", "female"}
)

#: Pronouns that never name a speaker: "it said", "that said".
NOT_SPEAKER_WORDS = frozenset({"it", "that", "which", "this", "there", "what", "these", "those"})

#: Who shots are aimed at, when nothing says they hit: "fired at him", "shot at them".
AIMED_AT_PRONOUNS = OBJECT_PRONOUNS | {"us", "me", "you", "each", "people", "someone"}
