"""Actors: the sides of an event, and the organisations a report names."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..record import AcledActorClass, Actor, ActorClass, ActorRole
from . import lexicon as lx
from .people_words import TITLE_WORDS
from .sentences import sentences as doc_sentences

_PARTY = re.compile(r"\b(party|league|congress|front|movement)\b", re.I)
_ORG_NOISE = re.compile(r"^(the|a|an)\s+", re.I)


def actor_class(name: str, label: str = "") -> ActorClass:
    words = {w.lower() for w in re.findall(r"[\w-]+", name)}
    if words & lx.MILITANT_WORDS:
        return "militants"
    if words & lx.SECURITY_WORDS or words & {"forces", "military", "navy", "air"}:
        return "security_forces"
    if words & lx.RIOT_SIDE_WORDS:
        return "rioters"
    if words & lx.PROTEST_SIDE_WORDS:
        return "protesters"
    if words & lx.GOVERNMENT_WORDS:
        return "government"
    if label == "ORG" and _PARTY.search(name):
        return "political_party"
    if words & lx.CIVILIAN_WORDS:
        return "civilians"
    return "unknown"


def acled_class(name: str, spec_class: ActorClass) -> AcledActorClass | None:
    """ACLED's codebook class of a side, from its name and SPEC's class ('Boko Haram' a rebel group).

    An identity word wins over a generic one: "Fulani militia" is an identity militia, "unidentified gunmen"
    a political militia, "Tehreek-e-Taliban Pakistan" a rebel group; a state's forces are state forces.
    """
    words = {w.lower() for w in re.findall(r"[\w-]+", name)}
    if words & lx.EXTERNAL_WORDS:
        return "external_other"
    if spec_class in ("security_forces", "government"):
        return "state_forces"
    if spec_class == "protesters" or spec_class == "rioters" or spec_class == "civilians":
        return spec_class
    if words & lx.IDENTITY_MILITIA_WORDS:
        return "identity_militia"
    if words & lx.REBEL_GROUP_WORDS:
        return "rebel_group"
    if words & lx.POLITICAL_MILITIA_WORDS or spec_class == "militants":
        return "political_militia"
    return None


def _name(tok: Token) -> str:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in ("ORG", "NORP", "GPE") and ent.end - ent.start <= 6:
        return _ORG_NOISE.sub("", ent.text)
    words = [t for t in tok.subtree if (t.i <= tok.i and t.dep_ in ("compound", "amod")) or t == tok]
    words = [t for t in words if t.i >= tok.i - 3]
    first = words[0].i if words else tok.i
    while (
        first > 0
        and not tok.doc[first - 1].whitespace_
        and not tok.doc[first - 1].is_space
        and tok.doc[first - 1].text not in "([{\"'“‘"
    ):
        first -= 1  # "Tehreek-e-Taliban" is one name however the tokenizer splits it
    if first < (words[0].i if words else tok.i):
        return _ORG_NOISE.sub("", tok.doc[first : tok.i + 1].text)
    return _ORG_NOISE.sub("", " ".join(t.text for t in words))


def _is_side(tok: Token) -> bool:
    """A side is named by its own head word ("militants", "Army") or an organisation's name."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "DATE", "TIME"):
        return False
    low = tok.lower_
    if low in lx.CROWD_SUBJECT_WORDS and tok.dep_ == "nsubj":
        return True
    own = (
        low in lx.MILITANT_WORDS
        or low in lx.SECURITY_WORDS
        or low in lx.GOVERNMENT_WORDS
        or low in lx.PROTEST_SIDE_WORDS
        or low in lx.RIOT_SIDE_WORDS
        or low in {"forces", "military"}
        or tok.ent_type_ in ("ORG", "NORP")
    )
    if not own:
        return False
    cls = actor_class(_name(tok), tok.ent_type_)
    return cls not in ("unknown", "civilians") or tok.lower_ in lx.CIVILIAN_WORDS


def find_actors(doc: Doc, sentences: list[int]) -> list[Actor]:
    """actor1 = who acts in the event's first action, actor2 = the armed other side, else the target."""
    sents = doc_sentences(doc)
    actors: list[Actor] = []
    seen: set[str] = set()

    def add(tok: Token, role: ActorRole) -> None:
        name = _name(tok)
        key = name.lower()
        if key in seen or not name:
            return
        seen.add(key)
        cls = actor_class(name, tok.ent_type_)
        if cls == "unknown" and tok.lower_ in lx.CIVILIAN_WORDS:
            cls = "civilians"
        actors.append(
            Actor(
                name=name,
                actor_class=cls,
                role=role,
                acled_class=acled_class(name, cls),
                evidence=[(tok.idx, tok.idx + len(tok.text))],
            )
        )

    for index in sentences[:3]:
        sent: Span = sents[index]
        for verb in sent:
            if verb.lower_ not in lx.ACTION_VERBS:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or not _is_side(subj):
                continue
            add(subj, "actor1")
            for child in verb.subtree:
                if child.dep_ in ("dobj", "pobj") and child != subj and _is_side(child):
                    cls = actor_class(_name(child), child.ent_type_)
                    add(
                        child,
                        "actor2" if cls in ("militants", "security_forces", "rioters", "protesters") else "target",
                    )
                    break
            if actors:
                break
        if actors:
            break
    if len(actors) == 1:
        own = actors[0].actor_class
        for index in sentences[:4]:
            for tok in sents[index]:
                if tok.pos_ in ("NOUN", "PROPN") and _is_side(tok):
                    cls = actor_class(_name(tok), tok.ent_type_)
                    if cls != own and cls in ("militants", "security_forces", "rioters", "protesters"):
                        add(tok, "actor2")
                        return actors
    return actors


def with_event_type(actors: list[Actor], event_type: str) -> list[Actor]:
    """ACLED classes an unarmed crowd by what it did: protesters in a protest, rioters in a riot."""
    crowd = {"protests": "protesters", "riots": "rioters"}.get(event_type)
    if crowd is None:
        return actors
    return [
        a.model_copy(update={"acled_class": crowd})
        if a.role == "actor1" and a.acled_class in (None, "civilians", "protesters", "rioters")
        else a
        for a in actors
    ]


def organizations(doc: Doc) -> list[str]:
    """Organisations named in the report, once each, in order of first mention."""
    out: list[str] = []
    seen: set[str] = set()
    person_words = {w.lower() for e in doc.ents if e.label_ == "PERSON" for w in e.text.split()}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        name = _ORG_NOISE.sub("", ent.text.strip()).strip(" ,.")
        name = re.sub(r"('s|’s)$", "", name)
        if not name or name.lower().startswith("operation ") or len(name) < 2:
            continue
        words = {w.lower() for w in name.split()}
        if words <= TITLE_WORDS or words <= person_words:
            continue  # "Major General" is a rank, "Ghazi" a person the tagger took for an organisation
        key = name.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(name)
    return out
