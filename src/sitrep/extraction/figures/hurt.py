"""Phrases that say a person was hurt without a harm verb: wounds, hospital, injuries suffered, a condition."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon as lx
from .group import _is_person_noun
from .rules import Example, rule


def wound_phrase(tok: Token) -> bool:
    """'with a gunshot wound', 'suffering from gunshot wounds', 'suffering non-life-threatening injuries'."""
    if tok.lower_ == "with" or tok.lower_ in lx.WOUND_STATES:
        return any(t.lower_ in lx.WOUND_NOUNS for t in tok.subtree) or tok.lower_ == "bleeding"
    return False


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
                and _is_person_noun(place) is not True
                and any(wound_phrase(c) for c in place.children)
            ):
                return True
    return False


@rule(
    "taken-to-hospital",
    "kind",
    "injured: people carried to a hospital were hurt",
    Example("Three people were taken to a hospital.", {"injured": 3}),
)
def taken_to_hospital(verb: Token) -> bool:
    """'were taken to a hospital', 'was rushed to hospital'."""
    return verb.lower_ in lx.HOSPITAL_VERBS and any(c.lower_ in lx.HOSPITAL_WORDS for c in verb.subtree)


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
