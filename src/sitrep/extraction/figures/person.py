"""Who one person is: the words that name them ("Abdul Ghazi", "his mother", "a 17-year-old"), and a key to merge them."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon as lx
from ..sentences import sentence_of
from .group import is_person_noun
from .mention import PersonResolver
from .rules import Example, rule


def hometown(tok: Token) -> bool:
    """'Ethan Straub, 25, of Wamego, was killed', 'a man from Dallas': the place (or kin) a person is of."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "from"):
        return False
    owner = prep.head
    return owner.ent_type_ == "PERSON" or owner.lower_ in lx.SINGLE_PERSON_NOUNS


def known_surname(tok: Token, resolve_person: PersonResolver | None) -> bool:
    """'Kevin Gilman, 33, was shot ... Gilman was pronounced dead': a lone name the tagger took for an
    organisation or a product is a person when it repeats a person the report has named."""
    return (
        tok.tag_ == "NNP"
        and tok.ent_type_ in ("ORG", "PRODUCT", "GPE", "NORP", "FAC", "WORK_OF_ART")
        and resolve_person is not None
        and resolve_person(tok.idx, tok.idx + len(tok.text)) is not None
    )


#: The ages a number set off by commas after a name may be ("Ruiz, 41,"): a person's years, not a count.
_AGES = range(1, 111)


@rule(
    "aged-name",
    "single",
    "injured 1: a proper name with an age set off by commas is a person, whatever the tagger took it for",
    Example('Marco "Tiny" Ruiz, 41, suffered a bullet wound to the hip.', {"injured": 1}),
)
def aged_name(tok: Token) -> bool:
    """'Marco "Tiny" Ruiz, 41, suffered a bullet wound': a name the entity tagger missed (a nickname in quotes
    breaks it) is a person's when an age follows it between commas, the way reports introduce people."""
    doc = tok.doc
    if tok.tag_ != "NNP" or tok.ent_type_ not in ("", "ORG", "PRODUCT") or tok.lower_ in lx.NON_PERSON_WORDS:
        return False
    return any(
        c.dep_ == "appos"
        and c.i == tok.i + 2
        and c.like_num
        and c.text.isdigit()
        and int(c.text) in _AGES
        and doc[c.i - 1].text == ","
        and c.i + 1 < len(doc)
        and doc[c.i + 1].text == ","
        for c in tok.children
    )


def age_noun(tok: Token) -> bool:
    """'a 17-year-old was taken to hospital': the age stands for the person."""
    doc = tok.doc
    return (
        tok.lower_ == "old"
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and doc[tok.i - 2].lower_ in ("year", "years")
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    )


@rule(
    "pronounced-dead",
    "single",
    "killed 1: a name pronounced or declared dead is a person, whatever the tagger took it for",
    Example("Medics pronounced Dustin Denney, 30, dead at the scene.", {"killed": 1}),
    Example("Saunders was shot in the neck and pronounced dead inside the car.", {"killed": 1}),
)
def pronounced_dead(tok: Token) -> bool:
    """'Hollis was pronounced dead', 'medics pronounced Dustin Denney dead', 'Saunders was shot and pronounced
    dead': only people are pronounced dead, so a proper name there is one, even one tagged a place or a plural."""
    if (
        tok.dep_ not in ("nsubjpass", "dobj")
        or tok.pos_ not in ("PROPN", "NOUN")
        or not tok.is_title
        or tok.lower_ in lx.NON_PERSON_WORDS
        or is_person_noun(tok) is True
        or any(c.dep_ in ("det", "nummod", "poss") for c in tok.children)
    ):
        return False  # "Officers were pronounced dead", "the victims": people, but not one named person
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"):
        return False
    verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "conj")] if tok.dep_ == "nsubjpass" else [tok.head]
    return any(
        v.lower_ in lx.PRONOUNCE_DEAD_VERBS
        and any(c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in ("dead", "deceased") for c in v.children)
        for v in verbs
    )


def single_group(tok: Token, resolve_person: PersonResolver | None) -> tuple[str | None, bool, str, list[Token]]:
    """Name the one person: 'man', 'Abdul Rashid Ghazi', "Ghazi's mother"; and a key to merge mentions."""
    doc = tok.doc
    if tok.ent_type_ == "PERSON":
        ent_tokens = [
            t
            for t in doc[tok.i - 4 if tok.i >= 4 else 0 : tok.i + 1]
            if t.ent_type_ == "PERSON" and t.ent_iob_ in ("B", "I")
        ]
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        name = ent.text if ent is not None else tok.text
        if resolve_person:
            name = resolve_person(tok.idx, tok.idx + len(tok.text)) or name
        return name, True, f"person:{name}", list(ent) if ent is not None else ent_tokens
    if (
        known_surname(tok, resolve_person)
        or (tok.tag_ == "NNP" and not tok.ent_type_ and tok.lower_ not in lx.SINGLE_PERSON_NOUNS)
        or pronounced_dead(tok)
        or aged_name(tok)
    ):
        name = (resolve_person(tok.idx, tok.idx + len(tok.text)) if resolve_person else None) or tok.text
        return name, True, f"person:{name}", [tok]  # "Roberson died": a name the tagger did not call one
    if tok.lower_ in lx.PERSON_PRONOUNS:
        if resolve_person:
            resolved = resolve_person(tok.idx, tok.idx + len(tok.text))
            if resolved:
                return resolved, True, f"person:{resolved}", [tok]
        return "person", False, "pronoun", [tok]
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        owner = None
        if resolve_person:
            owner = resolve_person(poss.idx, poss.idx + len(poss.text))
        if owner is None and poss.lower_ in ("his", "her"):
            owner = nearest_name_before(poss) or previous_person_name(poss)
        if owner is None and poss.ent_type_ == "PERSON":
            owner = poss.text
        if owner:
            short = owner.split()[-1]
            return f"{short}'s {tok.text}", True, f"{owner}'s {tok.lower_}", [poss, tok]
        return f"{poss.text} {tok.text}", False, f"poss:{poss.lower_}:{tok.lower_}", [poss, tok]
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    definite = det is not None and det.lower_ in ("the", "this", "that")
    other = next((c for c in tok.children if c.dep_ in ("det", "amod") and c.lower_ in lx.OTHER_WORDS), None)
    if other is not None:  # "another man", "a second victim": someone else
        return f"{other.lower_} {tok.lower_}", False, f"other:{other.i}", [other, tok]
    if age_noun(tok):  # "a 17-year-old"
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"]
        text = doc[words[0].i : tok.i + 1].text if words else tok.text
        return text, False, ("definite:" if definite else "indef:") + text, words or [tok]
    return tok.text.lower(), False, ("definite:" if definite else "indef:") + tok.lower_, [tok]


def nearest_name_before(tok: Token) -> str | None:
    """'Ghazi's claim that his mother ...': the proper name just before, in the same sentence."""
    for k in range(tok.i - 1, sentence_of(tok).start - 1, -1):
        cand = tok.doc[k]
        if (
            cand.pos_ == "PROPN"
            and cand.dep_ in ("poss", "nsubj", "nsubjpass")
            and cand.ent_type_ not in ("ORG", "NORP", "DATE")
        ):
            return cand.text
    return None


def previous_person_name(tok: Token) -> str | None:
    doc = tok.doc
    for ent in reversed([e for e in doc.ents if e.label_ == "PERSON" and e.end <= tok.i]):
        text = ent.text
        return text[:-2] if text.endswith(("'s", "’s")) else text
    return None


@rule(
    "whose-body",
    "kind",
    "killed: the person 'whose body was found'",
    Example("Police named a 25-year-old man whose body was found in a ditch on Monday.", {"killed": 1}),
)
def body_clause(noun: Token) -> Token | None:
    """The clause 'whose body was found' under ``noun``: the noun's person is dead."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and any(
            c.dep_ in lx.SUBJECT_DEPS and c.lower_ in lx.BODY_NOUNS and any(p.lower_ == "whose" for p in c.children)
            for c in clause.children
        ):
            return clause
    return None
