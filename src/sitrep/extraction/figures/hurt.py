"""Phrases that say a person was hurt without a harm verb: wounds, hospital, injuries suffered, a condition."""

from __future__ import annotations

from spacy.tokens import Token

from ...record import FigureKind
from .. import lexicon as lx
from .group import is_person_noun
from .predicate import verb_kind
from .rules import Example, rule


@rule(
    "charge-is-no-wound",
    "kind",
    "no figure: the injury a charge names ('charged with assault inflicting serious injury') is the offence",
    Example("A man, 40, is charged with assault with a deadly weapon inflicting serious injury.", {}),
)
def wound_phrase(tok: Token) -> bool:
    """'with a gunshot wound', 'suffering from gunshot wounds', 'suffering non-life-threatening injuries'; not the
    'with' of a charge, whose injury is the offence the accused is charged with."""
    if tok.lower_ == "with" and any(a.lower_ in lx.DATE_CHARGE_WORDS for a in list(tok.ancestors)[:3]):
        return False
    if tok.lower_ == "with" or tok.lower_ in lx.WOUND_STATES:
        return any(t.lower_ in lx.WOUND_NOUNS and not _denied(t) for t in tok.subtree) or tok.lower_ == "bleeding"
    return False


@rule(
    "no-wound",
    "kind",
    "no figure: 'with no apparent injuries' denies the wound",
    Example("The man was taken to the police station with no apparent injuries.", {}),
)
def _denied(wound: Token) -> bool:
    """'with no apparent injuries', 'with no visible wounds'."""
    return any(c.dep_ == "det" and c.lower_ in ("no", "zero") for c in wound.children)


def place_wound(verb: Token) -> bool:
    """'found a man in a van with a gunshot wound', 'walked into a hospital with a gunshot wound': the parser
    hangs the wound on the place, which cannot be wounded; it is the person's."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for place in prep.children:
            if (
                place.dep_ == "pobj"
                and place.ent_type_ != "PERSON"
                and place.lower_ not in lx.SINGLE_PERSON_NOUNS
                and is_person_noun(place) is not True
                and any(wound_phrase(c) for c in place.children)
            ):
                return True
    return False


@rule(
    "taken-to-hospital",
    "kind",
    "injured: people carried to a hospital were hurt, unless taken there as a precaution or for an evaluation",
    Example("Three people were taken to a hospital.", {"injured": 3}),
    Example("No one was hurt, but a deputy was taken to a hospital as a precaution.", {}),
)
def taken_to_hospital(verb: Token) -> bool:
    """'were taken to a hospital', 'was rushed to hospital'; not 'taken to a hospital for a medical evaluation'."""
    words = {c.lower_ for c in verb.subtree}
    return verb.lower_ in lx.HOSPITAL_VERBS and bool(words & lx.HOSPITAL_WORDS) and not words & lx.HOSPITAL_UNHURT_WORDS


@rule(
    "suffered-injuries",
    "kind",
    "injured: the subject of 'suffered injuries'",
    Example("Two officers suffered injuries in the clash.", {"injured": 2}),
)
def suffered_injury(verb: Token) -> bool:
    """'suffered injuries', 'sustained gunshot wounds'."""
    return verb.lower_ in lx.SUFFER_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in lx.INJURY_OBJECTS for c in verb.children
    )


def hospital_or_wound(person: Token, verb: Token) -> bool:
    """'were taken to a hospital', 'were found with gunshot wounds': the people were hurt."""
    return (
        taken_to_hospital(verb)
        or treated_for_wound(verb)
        or any(wound_phrase(c) for c in [*person.children, *verb.children])
    )


@rule(
    "critical-condition",
    "kind",
    "injured: a person in critical, serious or stable condition",
    Example("One person is in critical condition.", {"injured": 1}),
)
def critical_condition(tok: Token) -> bool:
    return bool(condition_words(tok) & lx.HURT_CONDITIONS)


def condition_words(tok: Token) -> set[str]:
    """The words of ``tok``'s clause when it tells a condition ('in critical condition'), else none."""
    words = {t.lower_ for t in tok.subtree}
    return words if "condition" in words else set()


@rule(
    "after-being-shot",
    "kind",
    "the harm of 'after being shot', 'after suffering injuries' is the subject's, whatever the main verb",
    Example("Two teenagers are recovering after being shot outside a store.", {"injured": 2}),
    Example("The driver crashed into a pole after being wounded in the arm.", {"injured": 1}),
    Example("Three men walked into a clinic after suffering gunshot wounds.", {"injured": 3}),
)
def hurt_before(verb: Token) -> tuple[FigureKind | None, Token | None]:
    """'are recovering after being shot', 'drove himself to a hospital after being shot in the leg',
    'arrived after suffering injuries': a subjectless passive or 'suffering' clause under 'after' or 'since'
    says what happened to the subject of the verb it hangs on."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "mark") or prep.lower_ not in ("after", "since"):
            continue
        for clause in prep.children:
            if clause.dep_ != "pcomp":
                continue
            if clause.tag_ == "VBN" and any(
                c.dep_ == "auxpass" and c.lower_ in lx.PASSIVE_AUXES for c in clause.children
            ):
                kind, pred = verb_kind(clause, True)
                if kind in ("killed", "injured"):
                    return kind, pred
            if clause.lower_ in lx.SUFFERING_VERBS and any(
                c.dep_ == "dobj" and c.lower_ in lx.INJURY_OBJECTS and not _denied(c) for c in clause.children
            ):
                return "injured", clause
    return None, None


@rule(
    "treated-for-wounds",
    "kind",
    "injured: people treated or hospitalized for injuries or wounds",
    Example("The victim is being treated for his injuries.", {"injured": 1}),
    Example("Two deputies were treated for minor injuries at the scene.", {"injured": 2}),
)
def treated_for_wound(verb: Token) -> bool:
    """'is being treated for his injuries', 'was hospitalized for a gunshot wound'."""
    return verb.lower_ in lx.CARE_VERBS and any(
        c.dep_ == "prep"
        and c.lower_ in ("for", "with")
        and any(o.dep_ == "pobj" and o.lower_ in lx.WOUND_NOUNS and not _denied(o) for o in c.children)
        for c in verb.children
    )


@rule(
    "left-in-hospital",
    "kind",
    "injured: the people a shooting left in a hospital",
    Example("A shooting on Elm Street left a man in the hospital.", {"injured": 1}),
)
def left_in_hospital(verb: Token) -> bool:
    """'left a man in the hospital', 'left two people in hospital'."""
    return verb.lower_ in lx.LEAVE_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ in lx.HOSPITAL_WORDS for o in c.children)
        for c in verb.children
    )


@rule(
    "survived",
    "kind",
    "survived: true for one hurt person the report says lived; that person is none of the dead",
    Example("A man was killed. His neighbour was shot twice but survived.", {"killed": 1, "injured": 1}),
    Example("Anna Reyes was stabbed to death. Carl Moss, 20, was grazed and survived.", {"killed": 1, "injured": 1}),
    Example("Lena Ortiz died at the scene. Her husband remains in critical condition.", {"killed": 1, "injured": 1}),
)
def survives(pred: Token) -> bool:
    """'was grazed and survived', 'is expected to survive', 'is in stable condition', 'remains in critical
    condition': the words of the hurt person's own clause say they lived (a verb joined on with a subject of its
    own, 'police recovered the gun', is another's). 'Is in critical condition' is not enough: an update appended
    below often tells that person's death."""
    for verb in (pred, *pred.conjuncts):
        if verb is not pred and any(c.dep_ in lx.SUBJECT_DEPS for c in verb.children):
            continue
        if _lives(verb) or any(c.dep_ == "xcomp" and _lives(c) for c in verb.children):
            return True
        words = condition_words(verb)
        if words & lx.ALIVE_CONDITIONS or (verb.lower_ in ("remains", "remain") and "critical" in words):
            return True
    return False


def _lives(verb: Token) -> bool:
    """'survived', 'is recovering'; not 'did not survive'."""
    return verb.lower_ in lx.SURVIVAL_VERBS and not any(c.dep_ == "neg" for c in verb.children)
