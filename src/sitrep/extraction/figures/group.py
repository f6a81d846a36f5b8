"""The counted group: the noun a quantity counts, whether it names people, and its class."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ...record import GroupClass
from .. import lexicon as lx
from ..numbers import VAGUE
from .quantities import QuantitySpan
from .rules import Example, rule


def counted_noun(q: QuantitySpan) -> Token | None:
    """The noun the quantity counts, or None when the number stands alone ("left 100 dead")."""
    head = q.head
    doc = head.doc
    nxt = doc[q.end] if q.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "of":
        objs = [c for c in nxt.children if c.dep_ == "pobj"]
        if objs:
            return objs[0]
        if q.end + 1 < len(doc) and doc[q.end + 1].pos_ in ("NOUN", "PROPN"):
            return doc[q.end + 1]
    if q.form in ("equal", "rest"):
        return None
    if head.dep_ == "conj" and head.head.dep_ in ("nummod", "quantmod") and head.head.i >= q.start:
        head = head.head  # "between 10 and 15 militants": the range's first number holds the noun
    if (
        head.dep_ in ("nummod", "quantmod", "amod", "compound")
        and head.head.pos_ in ("NOUN", "PROPN", "ADJ")
        and head.head.i > head.i
    ):
        noun = head.head
        # "two dozen soldiers": dozen is itself a nummod of the noun
        while (
            (noun.dep_ in ("nummod", "compound") or (noun.dep_ == "nmod" and noun.pos_ == "PROPN"))
            and noun.head.i > noun.i
            and noun.head.pos_ in ("NOUN", "PROPN")
            and noun.lower_ not in lx.NON_PERSON_WORDS
        ):  # "the 601 seat body" counts seats; "Four Euskadi ta Askatasuna (ETA) separatists" counts separatists
            noun = noun.head
        return noun
    # the parser sometimes hangs the number elsewhere; take the next noun if adjacent
    k = q.end
    while k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and k < q.end + 3:
        if doc[k].pos_ in ("NOUN", "PROPN") and (k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN")):
            return doc[k]
        k += 1
    return None


@rule(
    "person-noun-forms",
    "group",
    "people: a plural of a one-person noun, or a noun with a people ending (-men, -ians, -ists, -ees)",
    Example("Gunmen killed 11 police trainees and two herdsmen near the village.", {"killed": 13}),
    Example("One schoolboy and one security guard were shot dead at the school.", {"killed": 2}),
    Example("Five policemen and a gunman were killed in the clash.", {"killed": 6}),
)
def is_person_noun(noun: Token) -> bool | None:
    """True if the noun names people, False if it never does, None if unsure."""
    low = noun.lower_
    if low in lx.NON_PERSON_WORDS:
        return False
    if _one_other(noun):
        return True
    if (
        low in lx.SECURITY_WORDS
        or low in lx.MILITANT_WORDS
        or low in lx.CIVILIAN_WORDS
        or low in lx.UNKNOWN_PERSON_WORDS
        or low in lx.KIND_NOUNS
        or low in lx.COUNTED_PERSON_NOUNS
        or _singular(low) in lx.SINGLE_PERSON_NOUNS
    ):
        return True
    if low.endswith(lx.PERSON_NOUN_ENDINGS) and low not in lx.NOT_PERSON_WITH_ENDING and noun.pos_ == "NOUN":
        return True  # "crewmen", "technicians", "tourists", "trainees"
    if noun.ent_type_ in ("NORP",) or (noun.tag_ == "NNPS"):
        return True
    if noun.ent_type_ == "LANGUAGE" and any(c.dep_ == "nummod" for c in noun.children):
        return True  # "One Filipino was killed", "two German": a counted demonym the tagger took for a language
    if noun.ent_type_ in (
        "GPE",
        "LOC",
        "FAC",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "PRODUCT",
        "WORK_OF_ART",
    ):
        return False
    return None


@rule(
    "one-other",
    "group",
    "people: a counted 'other': 'at least one other was wounded', '15 other wounded'",
    Example("Three people were killed and at least one other was wounded in the blast.", {"killed": 3, "injured": 1}),
)
def _one_other(noun: Token) -> bool:
    """'at least one other was wounded': a counted 'other' is a person ('the other' alone is the one-person rules')."""
    return noun.lower_ == "other" and any(c.dep_ == "nummod" for c in noun.children)


@rule(
    "harmed-are-people",
    "group",
    "people: a counted noun the lexicon does not know, killed, wounded or abducted, names people",
    Example("Gunmen killed two West German missionaries outside their home.", {"killed": 2}),
    Example("Three Dozos were wounded and two herders abducted near the village.", {"injured": 3, "kidnapped": 2}),
    Example("A guard shot and killed four of his comrades at the gate.", {"killed": 4}),
    Example("The blast killed one welder and injured two others.", {"killed": 1, "injured": 2}),
    Example("Two brokers were gunned down in the street.", {"killed": 2}),
    Example("Eight porters were shot and killed by rebels.", {"killed": 8}),
    Example("Militants shot dead two peasants in the village.", {"killed": 2}),
    Example("The bodies of three Guatemalan farmhands were found in a ditch.", {"killed": 3}),
)
def harmed_people(noun: Token, kind: str | None, pred: Token | None) -> bool:
    """'killed two missionaries', 'seven Pokot were killed': what is killed, wounded or abducted in a report is
    people, unless the lexicon or the tagger says the noun names things ('two vehicles', 'Baghdad'); not what
    is seized or executed ('three fragments', 'two warrants')."""
    return (
        kind in ("killed", "injured", "kidnapped")
        and pred is not None
        and (
            (
                (
                    noun.head == pred
                    or _counted_out_of(noun, pred)
                    or (pred.dep_ == "conj" and pred.head == noun.head)
                    or _dead_before_object(noun, pred)
                )
                and pred.lower_ in lx.HARM_TO_PEOPLE_VERBS
            )
            or _bodies_of(noun, pred)
        )
        and noun.pos_ in ("NOUN", "PROPN")
        and (noun.tag_ in ("NNS", "NNPS", "NNP") or _counted_one(noun))
        and noun.ent_type_ in ("", "NORP", "PERSON")
        and is_person_noun(noun) is None
    )


def _bodies_of(noun: Token, pred: Token) -> bool:
    """'the bodies of four exiles': what a body is of is a person."""
    return (
        pred.lower_ in ("bodies", "body")
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head == pred
    )


def _dead_before_object(noun: Token, pred: Token) -> bool:
    """'shot dead two peasants': the parser hangs 'dead' on the object it comes before."""
    return pred.lower_ == "dead" and pred.dep_ == "amod" and pred.head == noun and noun.dep_ == "dobj"


def _counted_out_of(noun: Token, pred: Token) -> bool:
    """'killed five of his colleagues': the noun a number the verb governs counts out of."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.head == pred


def _counted_one(noun: Token) -> bool:
    """'killed one judge': a singular noun counted as one."""
    return noun.tag_ == "NN" and any(c.dep_ == "nummod" and c.lower_ == "one" for c in noun.children)


def _singular(low: str) -> str:
    """The singular a plural noun is likely to have: 'guards' is 'guard', 'policemen' 'policeman'."""
    if low.endswith("men"):
        return low[:-3] + "man"
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def _group_tokens(noun: Token) -> list[Token]:
    """The words that say who was counted: 'security personnel', 'madrassa students and ultras'."""
    tokens = [
        t
        for t in noun.lefts
        if t.dep_ in ("compound", "amod", "nmod")
        and t.i >= noun.i - 3
        and not t.like_num
        and t.lower_ not in lx.NUMBER_PARTS
        and t.lower_ not in VAGUE
        and t.lower_ not in ("other", "more", "additional", "further", "several", "equal", "least")
        and t.ent_type_ not in ("CARDINAL",)
    ]
    # keep the contiguous run before the noun
    run: list[Token] = []
    for t in sorted(tokens, key=lambda t: t.i):
        run.append(t)
    group = [*run, noun]
    for conj in noun.children:
        if (
            conj.dep_ == "conj"
            and not any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in conj.children)
            and is_person_noun(conj) is not False
        ):
            group += [t for t in conj.lefts if t.dep_ in ("compound", "amod")] + [conj]
    return group


def group_text(noun: Token) -> tuple[str, list[Token]]:
    tokens = _group_tokens(noun)
    if len(tokens) > 1 and any(t.dep_ == "conj" for t in tokens):
        first = [t for t in tokens if (t.dep_ != "conj" and t.head.dep_ != "conj") or t == noun]
        rest = [t for t in tokens if t not in first]
        return " ".join(t.text for t in sorted(first, key=lambda t: t.i)) + " and " + " ".join(
            t.text for t in sorted(rest, key=lambda t: t.i)
        ), tokens
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i)), tokens


def group_class(words: Iterable[str]) -> GroupClass:
    """A mixed group takes the class of its armed part (SPEC.md)."""
    lows = {w.lower() for w in words}
    if lows & lx.MILITANT_WORDS:
        return "militants"
    if lows & lx.SECURITY_WORDS:
        return "security_forces"
    if lows & lx.CIVILIAN_WORDS:
        return "civilians"
    return "unknown"


def single_class(tok: Token, tokens: list[Token], named: object) -> GroupClass:
    """The class of one person: a named person's is unknown, a named person's family members are civilians."""
    if named and tok.ent_type_ == "PERSON":
        return "unknown"
    found = group_class([tok.lower_, *(t.lower_ for t in tokens)])
    return "civilians" if named and found == "unknown" else found
