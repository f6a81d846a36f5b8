"""Whether a harm verb harms anyone: "killed the game off" and "fired a low shot" have a thing for object.

A verb that harms only the living ("kill", "shoot", "stab") tells of harm when its
object is a person or a group of people, when it is passive ("was shot"), or when it
has no object ("gunmen opened fire and killed"); with only things as its objects and
aims ("shot into the far corner") it tells none. The shot a verb with a thing for
object fires ("fired a low shot past the keeper") is no harm either.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..extraction import lexicon as lx

_PERSON_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE", "FAC"})
_OBJECTS = frozenset({"dobj", "obj"})
_PEOPLE_WORDS = (
    lx.CIVILIAN_WORDS
    | lx.SECURITY_WORDS
    | lx.MILITANT_WORDS
    | lx.SINGLE_PERSON_NOUNS
    | lx.UNKNOWN_PERSON_WORDS
    | lx.PROTESTER_WORDS
    | lx.TYPE_WORDS["CROWD"]
    | lx.TYPE_WORDS["CIVILIAN"]
    | lx.TYPE_WORDS["PERSON"]
)
_WEAPONS = lx.PROJECTILES | lx.WEAPON_WORDS | lx.TYPE_WORDS["SHELLING"] | lx.TYPE_WORDS["GRENADE"]


def is_thing(tok: Token) -> bool:
    """A common noun that names no person or group of people, and no weapon."""
    if tok.pos_ != "NOUN" or tok.ent_type_ in _PERSON_ENTS:
        return False
    words = {tok.lower_, tok.lemma_.lower(), tok.lower_.removesuffix("s")}
    return not words & _PEOPLE_WORDS and not words & _WEAPONS


def harms_a_thing(tok: Token) -> bool:
    """A harm-only verb whose objects and aims are all things; or a shot fired by such a verb."""
    if tok.pos_ == "NOUN" and tok.dep_ in _OBJECTS:
        return harms_a_thing(tok.head) if tok.head.pos_ == "VERB" else False
    if tok.pos_ != "VERB" or tok.lower_ not in lx.HARM_TO_LIVING_VERBS:
        return False
    if tok.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False  # "was shot": someone was harmed
    linked = [tok.head] if tok.dep_ == "conj" else []
    if any(t.lower_ in lx.HARM_TO_LIVING_VERBS for t in linked + [c for c in tok.children if c.dep_ == "conj"]):
        return False  # "shot and injured the vice chair": the verb beside it names whom
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if any(p.lower_ in lx.AIMING_PREPOSITIONS for p in preps):
        return False  # "fired at the guards", "shooting at the residence": an attack on whoever or whatever
    into = [g for p in preps if p.lower_ == "into" for g in p.children if g.dep_ == "pobj"]
    objects = [c for c in tok.children if c.dep_ in _OBJECTS]
    if not objects and not into:
        return False
    if any(
        o.lower_ in ("shot", "shots") and not any(c.lower_ in lx.BALL_PATH_WORDS for c in o.children) for o in objects
    ):
        return False  # "fired three shots", "fired shots into the mosque": gunfire; "a low shot past the keeper" is not
    return all(is_thing(t) for t in objects + into)
