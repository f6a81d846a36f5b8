"""The kind a predicate gives its patient: 'killed', 'shot dead', 'taken hostage', 'lost their lives'."""

from __future__ import annotations

from spacy.tokens import Token

from ...record import FigureKind
from .. import lexicon as lx
from .mention import KIND_OF_WORD
from .rules import Example, rule


def word_kind(tok: Token) -> FigureKind | None:
    return KIND_OF_WORD.get(tok.lower_)


def passed_away(verb: Token) -> bool:
    """'passed away' is 'died': the verb alone says nothing, its particle does."""
    return verb.lower_ in ("pass", "passes", "passed", "passing") and any(
        c.dep_ == "prt" and c.lower_ == "away" for c in verb.children
    )


@rule(
    "shot-at",
    "kind",
    "no figure: 'shot at' is fired upon, not hit; those who shot at someone are not hurt by it",
    Example("Two officers were shot at during the chase, and a bystander was wounded.", {"injured": 1}),
    Example("Police are looking for two men who shot at a driver on Main Street.", {}),
    Example("Two guards were shot at and killed by gunmen at the gate.", {"killed": 2}),
)
def shot_at(verb: Token) -> bool:
    """'were shot at', 'had been shot at': a stranded 'at' says the shots were aimed at them, not that they hit;
    'two men who shot at a driver': aimed at a person, the shots say nothing of a wound (a place after 'at' is
    where someone was shot: 'shot at a party')."""
    return verb.lower_ == "shot" and any(
        c.dep_ == "prep"
        and c.lower_ == "at"
        and (not any(c.children) or any(_at_person(o) for o in c.children if o.dep_ == "pobj"))
        for c in verb.children
    )


def _at_person(tok: Token) -> bool:
    """The one aimed at in 'shot at them', 'shot at another man', 'shot at officers'."""
    return (
        tok.lower_ in lx.AIMED_AT_PRONOUNS
        or tok.lower_ in lx.SINGLE_PERSON_NOUNS
        or tok.lower_ in lx.SECURITY_WORDS
        or tok.ent_type_ == "PERSON"
    )


@rule(
    "shot-dead-adjacent",
    "kind",
    "killed: 'dead' right after 'shot', whatever the parser hung it on",
    Example("Clashes went on in the north. 3 were shot dead - CASUALTIES: SIDES UNKNOWN.", {"killed": 3}),
)
def _dead_after(verb: Token) -> bool:
    """'3 were shot dead - CASUALTIES': the parser makes 'dead' a modifier of the next noun, but right after a
    verb of shooting or stabbing it says how the people were hit."""
    doc = verb.doc
    return (
        verb.lower_ in lx.SHOT_WORDS
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].lower_ == "dead"
        and doc[verb.i + 1].head.i >= verb.i
    )


@rule(
    "number-shot-dead",
    "kind",
    "killed: 'N [words] shot dead' in a coder's note, where the parser reads 'shot' as a noun or the number as an aside",
    Example("Police broke up the march in the capital. FATALITIES: 1 young student shot dead by police", {"killed": 1}),
    Example("Traders fought over a market stall. 1 shot dead - NO FURTHER DETAILS", {"killed": 1}),
)
def shot_dead_after(number: Token) -> Token | None:
    """The 'dead' of 'N young students shot dead', read from the words when the parse has lost it: up to
    three modifiers or one noun after the number, an optional 'were', then 'shot dead'."""
    doc = number.doc
    i = number.i + 1
    for _ in range(3):
        if i < len(doc) and doc[i].lower_ != "shot" and doc[i].tag_ in ("JJ", "NN", "NNS", "VBN"):
            i += 1
    if i < len(doc) and doc[i].lower_ in ("was", "were"):
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "shot" and doc[i + 1].lower_ == "dead":
        return doc[i + 1]
    return None


@rule(
    "reported-dead",
    "kind",
    "the kind of 'N police reported dead', 'N feared dead': a telegraphic passive with the kind as complement",
    Example("Gunmen attacked the post at night. Five guards reported dead.", {"killed": 5}),
)
def reported_state(verb: Token) -> bool:
    """'Five guards reported dead': the parser makes 'reported' active with 'dead' as its complement; with no
    object of its own the verb says the state of its subject."""
    return verb.tag_ == "VBD" and any(
        c.dep_ == "oprd" and lx.KIND_NOUNS.get(c.lower_) in ("killed", "injured") for c in verb.children
    )


@rule(
    "between-range-object",
    "kind",
    "the kind of the verb whose object is a range: 'executed between 20 and 32 people'",
    Example("Soldiers executed between 20 and 32 people in the village.", {"killed": 20}),
)
def range_object(prep: Token) -> bool:
    """'executed between 20 and 32 people': the parser hangs the people on 'between', a preposition of the verb."""
    return prep.lower_ == "between" and prep.dep_ == "prep" and prep.head.pos_ == "VERB"


@rule(
    "conjunct-own-object",
    "kind",
    "a verb joined to another that has its own object lends it no kind: 'injuring 25 and killing two'",
    Example("A grenade hit the market, injuring 25 and killing two.", {"killed": 2, "injured": 25}),
)
@rule(
    "fatal-harm",
    "kind",
    "killed: a harm verb with a word of death beside it ('shot dead', 'fatally shot', 'mortally wounded')",
    Example("Officers found two men mortally wounded in a parked car.", {"killed": 2}),
    Example("Three guards were fatally shot at the gate.", {"killed": 3}),
)
def verb_kind(verb: Token, patient_is_subject: bool) -> tuple[FigureKind | None, Token | None]:
    """The kind a predicate gives its patient, looking at its particles and conjoined verbs."""
    low = verb.lower_
    if shot_at(verb) and not any(c.dep_ == "conj" and word_kind(c) == "killed" for c in verb.children):
        return None, None  # "shot at and killed": the second verb says they were hit
    kind = word_kind(verb)
    if _dead_after(verb):
        return "killed", verb.doc[verb.i + 1]
    # "shot dead", "found dead", "left dead", "pronounced dead", "shot and killed"
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp", "advmod", "advcl", "ccomp", "dobj", "attr") and child.lower_ in (
            "dead",
            "fatally",
            "mortally",
            "death",
            "deceased",
        ):
            return "killed", child
        if child.dep_ == "prep" and child.lower_ == "to":
            for obj in child.children:
                if obj.lower_ == "death":
                    return "killed", obj
        if child.dep_ == "conj" and any(c.dep_ in lx.SUBJECT_DEPS for c in child.children):
            continue  # "four men were shot and one of them was killed": the second verb has its own patient
        if child.dep_ == "conj" and any(
            c.dep_ == "dobj" and c.lower_ not in lx.OBJECT_PRONOUNS for c in child.children
        ):
            continue  # "fired upon and killed a tea seller", "injuring 25 and killing two": its own patient
        if child.dep_ == "conj" and word_kind(child) == "killed":
            return "killed", child
        dead = next((c for c in child.children if c.dep_ in ("oprd", "acomp") and c.lower_ == "dead"), None)
        if child.dep_ == "conj" and dead is not None:
            return "killed", dead  # "he had been shot multiple times, and was pronounced dead"
        if child.dep_ in ("oprd", "acomp", "xcomp", "conj") and word_kind(child) == "injured":
            kind = kind or "injured"
        if child.dep_ in ("xcomp", "oprd") and child.pos_ == "VERB" and child.i > verb.i:
            inner, where = verb_kind(child, patient_is_subject)
            if inner == "killed" or (inner and kind is None):
                return inner, where
    if low in ("hostage",) or (
        low in ("held", "holding", "hold", "holds", "taken", "took", "take")
        and any(c.lower_ in ("hostage", "hostages", "captive") for c in verb.children)
    ):
        return ("kidnapped" if low in ("taken", "took", "take") else "hostage"), verb
    if (
        kind is None
        and low in ("brought", "led", "carried", "got", "helped")
        and any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)
    ):
        return "rescued", verb  # "troops brought 50 women and children out of the complex"
    if (
        kind is None
        and any(c.lower_ == "alive" for c in verb.children)
        and low in ("pulled", "dug", "brought", "found", "recovered", "retrieved", "taken")
    ):
        return "rescued", verb  # "pulled three people alive from the rubble"
    if low in ("lost", "lose") and any(c.lower_ == "lives" for c in verb.subtree):
        return "killed", verb
    if low in lx.LIFE_TAKING_VERBS and any(c.dep_ == "dobj" and c.lower_ == "lives" for c in verb.children):
        return "killed", verb
    if (
        kind is None
        and low in ("hit", "struck", "grazed")
        and any(
            c.dep_ in ("prep", "agent")
            and any(o.lower_ in lx.BODY_PARTS or o.lower_ in lx.PROJECTILES for o in c.children)
            for c in verb.children
        )
    ):
        kind = "injured"  # "struck in the leg", "hit by gunfire"
    if kind is None and not patient_is_subject and verb.pos_ == "VERB" and low in lx.SHOOTING_VERBS:
        kind = "injured"  # "accused of shooting two people", "a man shoots his neighbour"
    if (
        kind is None and low in lx.SHOT_WORDS and low not in ("hit", "struck", "attacked", "beaten", "assaulted")
    ) or low == "gunned":
        kind = "injured" if patient_is_subject or low != "gunned" else "killed"
        if low == "gunned" and any(c.lower_ == "down" for c in verb.children):
            kind = "killed"
    if kind == "killed" and low in ("dead",) and verb.pos_ == "ADJ":
        return kind, verb
    return kind, verb


@rule(
    "life-taken",
    "kind",
    "killed: the person whose life a verb took ('took the life of a 25-year-old', 'claimed the life of an officer')",
    Example("The shooting, which took the life of 25-year-old Dan Marsh, happened on Elm Street.", {"killed": 1}),
    Example("The attack claimed the life of a police officer.", {"killed": 1}),
)
def life_taken(tok: Token) -> Token | None:
    """The verb that took the life of ``tok``, in 'took / claimed / cost the life of X'."""
    life = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if life is None or life.lower_ != "life" or life.dep_ != "dobj" or life.head.lower_ not in lx.LIFE_TAKING_VERBS:
        return None
    return life.head


@rule(
    "joined-passive",
    "kind",
    "the harm of a passive verb joined on to the subject's first verb: 'staggered off and was found dead'",
    Example("The victim staggered off the porch and was found dead in the yard.", {"killed": 1}),
    Example("A man ran from the car and was shot in the back.", {"injured": 1}),
)
def joined_passive(verb: Token) -> Token | None:
    """The passive verb joined to ``verb`` that shares its subject ('ran and was shot'), if there is one."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.tag_ == "VBN"
            and any(a.dep_ == "auxpass" for a in c.children)
            and not any(a.dep_ in lx.SUBJECT_DEPS for a in c.children)
        ),
        None,
    )


def found_dead(verb: Token) -> bool:
    """'found Tom Marsh and Mary Smith shot dead': the small clause of 'found' whose verb the tagger took for a
    past tense; only a death, as 'found a fourth person shot' may count one of the dead already told."""
    return verb.dep_ == "ccomp" and verb.head.lower_ in lx.FOUND_VERBS and verb_kind(verb, True)[0] == "killed"
