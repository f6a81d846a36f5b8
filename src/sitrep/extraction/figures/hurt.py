"""Phrases that say a person was hurt without a harm verb: wounds, hospital, injuries suffered, a condition."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon as lx
from .group import is_person_noun
from .rules import Example, rule


def wound_phrase(tok: Token) -> bool:
    """'with a gunshot wound', 'suffering from gunshot wounds', 'suffering non-life-threatening injuries'."""
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
    return taken_to_hospital(verb) or any(wound_phrase(c) for c in [*person.children, *verb.children])


@rule(
    "critical-condition",
    "kind",
    "injured: a person in critical, serious or stable condition",
    Example("One person is in critical condition.", {"injured": 1}),
)
def critical_condition(tok: Token) -> bool:
    words = {t.lower_ for t in tok.subtree}
    return "condition" in words and bool(words & {"critical", "serious", "stable", "fair", "grave", "life-threatening"})
