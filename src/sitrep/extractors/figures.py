"""Figures: counts of people to whom something happened (SPEC.md section 1).

A figure starts at a quantity ("Twelve", "1,300", "dozens", "an equal number",
"the rest", "a 26-year-old man"), finds the people it counts through the
dependency parse, and takes its kind from the predicate those people are the
patients of ("were killed", "left 100 dead", "rescued", "holding 150 hostages").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from ..numbers import QUALIFIER_WORDS, VAGUE, Quantity, words_to_int
from ..record import Figure
from .sentences import sentence_of
from .sentences import sentences as doc_sentences

#: Entity labels whose numbers are never counts of people.
NON_COUNT_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_KIND_OF_WORD: dict[str, str] = {w: kind for kind, words in lx.KIND_WORDS.items() for w in words}
_NUMBER_PARTS = frozenset(
    {"hundred", "thousand", "million", "dozen", "and", "-", "–", ",", "a", "an"}
)
_SUBJECTS = ("nsubj", "nsubjpass")
_RANK = {"killed": 0, "injured": 1, "hostage": 2, "kidnapped": 3, "missing": 4, "arrested": 5,
         "surrendered": 6, "rescued": 7, "displaced": 8}

PersonResolver = Callable[[int, int], "str | None"]


@dataclass
class FigureMention:
    """A figure with what event assembly needs to know about where it was said."""

    figure: Figure
    sentence: int
    anchor: int  # token index of the quantity or the person
    predicate: int | None = None  # token index of the word that gave the kind
    subset: bool = False  # "Twelve ... were among those killed": a part of a stated total
    single_key: str | None = None  # who a one-person figure is, for merging mentions of them
    spans: list[tuple[int, int]] = field(default_factory=list)
    partitive: bool = False  # "40 of them", "three of the dead": counted out of a group already spoken of


def role_of(m: FigureMention) -> str:
    """A figure's place in the toll: one person, a part of a whole stated elsewhere, or a toll."""
    if m.single_key is not None:
        return "person"
    if m.subset or m.partitive:
        return "part"
    return "toll"


# --------------------------------------------------------------------------- quantities

@dataclass
class _Quantity:
    start: int  # first token (qualifier included)
    end: int  # one past the last number token
    head: Token  # the last token of the number
    quantity: Quantity | None  # None for "an equal number" and "the rest" until resolved
    form: str  # number | vague | equal | rest


_RANGE_WORDS = frozenset({"between", "and", "to", "from", "-", "–", "or", "some", "about", "nearly", "over"})


def _numeric_entity(tok: Token) -> bool:
    """spaCy calls 'Between 10 and 15' a DATE; an entity of bare numbers is a count."""
    if tok.ent_type_ not in ("DATE", "QUANTITY"):
        return False
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    ent = tok.doc[start:end]
    return all(t.lower_ in _RANGE_WORDS or (_is_number_token(t) and not (t.text.isdigit() and len(t.text) == 4))
               for t in ent)


def _is_number_token(tok: Token) -> bool:
    low = tok.lower_
    if tok.like_num and not tok.text.endswith(("st", "nd", "rd", "th")):
        return any(ch.isdigit() for ch in low) or words_to_int(low) is not None
    return words_to_int(low) is not None and low not in ("a", "an")


def _quantities(sent: Span) -> list[_Quantity]:
    found: list[_Quantity] = []
    i = sent.start
    doc = sent.doc
    while i < sent.end:
        tok = doc[i]
        low = tok.lower_
        if tok.ent_type_ in NON_COUNT_ENTS and low not in VAGUE and not _numeric_entity(tok):
            i += 1
            continue
        if low in ("equal", "similar", "same") and i + 1 < sent.end and doc[i + 1].lower_ == "number":
            start = i - 1 if i > sent.start and doc[i - 1].lower_ in ("an", "a", "the") else i
            found.append(_Quantity(start, i + 2, doc[i + 1], None, "equal"))
            i += 2
            continue
        if low in ("rest", "remainder", "remaining", "others") and i > sent.start and doc[i - 1].lower_ in (
            "the", "all", "remaining"
        ):
            found.append(_Quantity(i - 1, i + 1, tok, None, "rest"))
            i += 1
            continue
        if low in VAGUE and low not in ("many", "numerous"):
            if low in ("few", "couple") and not (i > sent.start and doc[i - 1].lower_ == "a"):
                i += 1
                continue
            if low == "several" or low in ("few", "couple") or (i + 1 < sent.end and doc[i + 1].lower_ == "of"):
                start = i - 1 if low in ("few", "couple") else i
                found.append(_Quantity(start, i + 1, tok, Quantity(VAGUE[low], "vague"), "vague"))
            i += 1
            continue
        # "Both men were listed in critical condition", "Both were taken to a hospital": two people
        if low == "both" and tok.dep_ in ("det", "predet", "nsubj", "nsubjpass") and not (
                i + 1 < sent.end and (doc[i + 1].like_num or doc[i + 1].lower_ in ("of", "the", "sides"))):
            found.append(_Quantity(i, i + 1, tok, Quantity(2), "both"))
            i += 1
            continue
        if _is_number_token(tok):
            j = i + 1
            while j < sent.end and (
                _is_number_token(doc[j])
                or (doc[j].lower_ in _NUMBER_PARTS and j + 1 < sent.end and _is_number_token(doc[j + 1])
                    and doc[j].lower_ not in (",",)
                    and (doc[j].lower_ != "and" or doc[j - 1].lower_ in ("hundred", "thousand", "million")))
                or doc[j].lower_ in ("hundred", "thousand", "million", "dozen")
            ):
                j += 1
            text = doc[i:j].text
            value = words_to_int(text)
            if value is None:
                # "Ghazi (43)", "12-year-old": a number but not a count
                i = j
                continue
            start = i
            if i > sent.start and doc[i - 1].lower_ in ("a", "an") and doc[i].lower_ in ("dozen", "hundred", "thousand"):
                start = i - 1
            found.append(_Quantity(start, j, doc[j - 1], Quantity(value), "number"))
            i = j
            continue
        i += 1
    qualified = [_with_qualifier(q, sent) for q in found if not _is_not_a_count(q, sent)]
    # the second number of a range ("between 10 and 15") is part of the first
    return [q for q in qualified if not any(o is not q and o.start <= q.start and q.end <= o.end and o.end - o.start > q.end - q.start for o in qualified)]


#: Entities a number can be part of without counting anyone.
_NAME_ENTS = frozenset({"GPE", "FAC", "ORG", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _is_not_a_count(q: _Quantity, sent: Span) -> bool:
    doc = sent.doc
    before = doc[q.start - 1] if q.start > sent.start else None
    after = doc[q.end] if q.end < sent.end else None
    if any(doc[k].ent_type_ in _NAME_ENTS for k in range(q.start, q.end)):
        return True  # a number in a name: "Thousand Oaks", "Seven Sisters Road"
    if q.form != "number":
        return False
    # ages: "Ghazi (43)", "43-year-old", "aged 43"
    if before is not None and before.text == "(" and after is not None and after.text == ")":
        return True
    if before is not None and before.lower_ in ("no", "not", "nobody", "none") :
        return True  # "no one was killed"
    if before is not None and before.lower_ in ("aged", "age", "ages", "no.", "number", "#", "route", "highway"):
        return True
    # "Chad Murray, 31, was shot", "the victim, 25,", "both 28,": an age in commas
    if before is not None and before.text == "," and (after is None or after.text in (",", ")", ";", "and", ".")):
        prev = doc[q.start - 2] if q.start - 2 >= sent.start else None
        if prev is not None and (prev.pos_ == "PROPN" or prev.ent_type_ == "PERSON" or prev.lower_ in lx.SINGLE_PERSON_NOUNS):
            return True
    # "both 28,", "the victim, also 20, is": an age restated for another person
    if before is not None and before.lower_ in ("both", "ages", "also") and after is not None and after.text in (",", "and"):
        return True
    # "1 / 29 Back to Gallery": the second number of a slash pair is a position, not people
    if before is not None and before.text == "/" and q.start - 2 >= sent.start and doc[q.start - 2].like_num:
        return True
    if after is not None and after.text == "/" and q.end + 1 < sent.end and doc[q.end + 1].like_num:
        return True
    # photo galleries: "Image 1 of / 29", "Photo 3 of 12" number pictures, not people
    k = q.start - 1
    while k >= sent.start and k >= q.start - 4 and (doc[k].like_num or doc[k].lower_ in ("of", "/")):
        k -= 1
    if k >= sent.start and k < q.start and doc[k].lower_ in ("image", "photo", "slide", "picture", "page") and (
            k + 1 < q.start or (after is not None and after.lower_ == "of")):
        return True
    # "Three men, ages 25, 27 and 29": every number of the list is an age
    k = q.start - 1
    while k >= sent.start and (doc[k].like_num or doc[k].text in (",", "and")):
        k -= 1
    if k >= sent.start and k < q.start - 1 and doc[k].lower_ in ("ages", "aged"):
        return True
    if after is not None and after.lower_ in ("-", "year", "years") and q.end + 1 < sent.end and doc[q.end + 1].lower_.startswith(("year", "old")):
        return True
    if after is not None and after.lower_ in ("%", "percent", "per", "a.m.", "p.m.", "am", "pm", "o'clock", "hours", "hrs", "gmt", ":"):
        return True
    if before is not None and before.text in ("$", "£", "€", "Rs", "Rs.", ":"):
        return True
    text = doc[q.start:q.end].text
    if len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100:
        return True  # a year
    return False


def _with_qualifier(q: _Quantity, sent: Span) -> _Quantity:
    doc = sent.doc
    if q.quantity is None or q.form == "vague":
        return q
    # ranges: "between 10 and 15", "10 to 15", "10-15"
    if q.start - 1 >= sent.start and doc[q.start - 1].lower_ in ("between", "from"):
        k = q.end
        if k + 1 < sent.end and doc[k].lower_ in ("and", "to") and _is_number_token(doc[k + 1]):
            high = words_to_int(doc[k + 1].text)
            if high is not None and high > q.quantity.count:
                low = q.quantity.count
                return _Quantity(q.start - 1, k + 2, doc[k + 1], Quantity(low, "exact", low, high), q.form)
    k = q.end
    if k + 1 < sent.end and doc[k].lower_ in ("to", "-", "–", "or") and _is_number_token(doc[k + 1]):
        high = words_to_int(doc[k + 1].text)
        if high is not None and high > q.quantity.count and doc[k + 1].ent_type_ not in NON_COUNT_ENTS:
            low = q.quantity.count
            return _Quantity(q.start, k + 2, doc[k + 1], Quantity(low, "exact", low, high), q.form)
    for n in (3, 2, 1):
        if q.start - n < sent.start:
            continue
        words = " ".join(t.lower_ for t in doc[q.start - n:q.start])
        if words in QUALIFIER_WORDS:
            qual = QUALIFIER_WORDS[words]
            return _Quantity(q.start - n, q.end, q.head, Quantity(q.quantity.count, qual), q.form)
    return q


# --------------------------------------------------------------------------- the counted people

def _counted_noun(q: _Quantity) -> Token | None:
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
    if head.dep_ in ("nummod", "quantmod", "amod", "compound") and head.head.pos_ in ("NOUN", "PROPN", "ADJ") and head.head.i > head.i:
        noun = head.head
        # "two dozen soldiers": dozen is itself a nummod of the noun
        while noun.dep_ in ("nummod", "compound") and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        return noun
    # the parser sometimes hangs the number elsewhere; take the next noun if adjacent
    k = q.end
    while k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and k < q.end + 3:
        if doc[k].pos_ in ("NOUN", "PROPN") and (k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN")):
            return doc[k]
        k += 1
    return None


def _is_person_noun(noun: Token) -> bool | None:
    """True if the noun names people, False if it never does, None if unsure."""
    low = noun.lower_
    if low in lx.NON_PERSON_WORDS:
        return False
    if (low in lx.SECURITY_WORDS or low in lx.MILITANT_WORDS or low in lx.CIVILIAN_WORDS
            or low in lx.UNKNOWN_PERSON_WORDS or low in lx.KIND_NOUNS):
        return True
    if noun.ent_type_ in ("NORP",) or (noun.tag_ == "NNPS"):
        return True
    if noun.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "PRODUCT", "WORK_OF_ART"):
        return False
    return None


def _group_tokens(noun: Token) -> list[Token]:
    """The words that say who was counted: 'security personnel', 'madrassa students and ultras'."""
    tokens = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i >= noun.i - 3
              and not t.like_num and t.lower_ not in _NUMBER_PARTS and t.lower_ not in VAGUE
              and t.lower_ not in ("other", "more", "additional", "further", "several", "equal", "least")
              and t.ent_type_ not in ("CARDINAL",)]
    # keep the contiguous run before the noun
    run: list[Token] = []
    for t in sorted(tokens, key=lambda t: t.i):
        run.append(t)
    group = run + [noun]
    for conj in noun.children:
        if conj.dep_ == "conj" and not any(c.dep_ == "nummod" for c in conj.children) and _is_person_noun(conj) is not False:
            group += [t for t in conj.lefts if t.dep_ in ("compound", "amod")] + [conj]
    return group


def _group_text(noun: Token) -> tuple[str, list[Token]]:
    tokens = _group_tokens(noun)
    if len(tokens) > 1 and any(t.dep_ == "conj" for t in tokens):
        first = [t for t in tokens if t.dep_ != "conj" and t.head.dep_ != "conj" or t == noun]
        rest = [t for t in tokens if t not in first]
        return " ".join(t.text for t in sorted(first, key=lambda t: t.i)) + " and " + " ".join(
            t.text for t in sorted(rest, key=lambda t: t.i)), tokens
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i)), tokens


def group_class(words: Iterable[str]) -> str:
    """A mixed group takes the class of its armed part (SPEC.md)."""
    lows = {w.lower() for w in words}
    if lows & lx.MILITANT_WORDS:
        return "militants"
    if lows & lx.SECURITY_WORDS:
        return "security_forces"
    if lows & lx.CIVILIAN_WORDS:
        return "civilians"
    return "unknown"


# --------------------------------------------------------------------------- the kind

def _word_kind(tok: Token) -> str | None:
    return _KIND_OF_WORD.get(tok.lower_)


def _passed_away(verb: Token) -> bool:
    """'passed away' is 'died': the verb alone says nothing, its particle does."""
    return verb.lower_ in ("pass", "passes", "passed", "passing") and any(
        c.dep_ == "prt" and c.lower_ == "away" for c in verb.children)


def _negated(tok: Token) -> bool:
    """'was not hurt', 'no one was injured', 'Neither Melissa nor their three children were injured'."""
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in tok.children):
        return True
    subjects = [c for c in tok.children if c.dep_ in _SUBJECTS]
    if any(t.lower_ in ("neither", "nor") for s in subjects for t in s.subtree):
        return True
    # "either person", "anyone" are said only under a negation or a question: "no reports that either man was hurt"
    if any(s.lower_ in ("anyone", "anybody") or any(c.dep_ == "det" and c.lower_ == "either" for c in s.children)
           for s in subjects):
        return True
    # the content of a denied noun: "no reports that ...", "no indication (that) anyone was hurt"
    return tok.dep_ in ("acl", "ccomp") and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children)


#: Subordinate clauses that tell what happened: "after a man arrived", "when she was shot".
_REALIS_MARKS = frozenset({"after", "when", "before", "as", "because", "since", "while", "once", "until"})


def _irrealis(tok: Token) -> bool:
    """'asked to surrender', 'threatened to kill', 'to avoid casualties': not something that happened."""
    node = tok
    for _ in range(4):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _REALIS_MARKS for c in node.children):
            return False  # "officers were called to a hospital after a man arrived with a gunshot wound"
        if node.dep_ in ("xcomp", "advcl", "ccomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            if node.head.lower_ in lx.IRREALIS_HEADS or node.dep_ == "advcl" or node.head.pos_ == "NOUN":
                return True
        if any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "will", "should", "can", "'ll") for c in node.children):
            return True
        if node.lower_ in lx.IRREALIS_HEADS and node != tok:
            return True
        if node.head == node:
            break
        node = node.head
    return False


#: Active forms of shooting and stabbing: their object is hurt ("shot" is in the lexicon's SHOT_WORDS).
_SHOOTING_VERBS = frozenset({"shoot", "shoots", "shooting", "stab", "stabs", "stabbing"})


def _verb_kind(verb: Token, patient_is_subject: bool) -> tuple[str | None, Token | None]:
    """The kind a predicate gives its patient, looking at its particles and conjoined verbs."""
    low = verb.lower_
    kind = _word_kind(verb)
    # "shot dead", "found dead", "left dead", "pronounced dead", "shot and killed"
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp", "advmod", "ccomp", "dobj", "attr") and child.lower_ in ("dead", "fatally", "death", "deceased"):
            return "killed", child
        if child.dep_ == "prep" and child.lower_ == "to":
            for obj in child.children:
                if obj.lower_ == "death":
                    return "killed", obj
        if child.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in child.children):
            continue  # "four men were shot and one of them was killed": the second verb has its own patient
        if child.dep_ == "conj" and patient_is_subject and any(c.dep_ == "dobj" for c in child.children):
            continue  # "two militants fired upon and killed a tea seller": the subject did the killing
        if child.dep_ == "conj" and _word_kind(child) == "killed":
            return "killed", child
        if child.dep_ in ("oprd", "acomp", "xcomp", "conj") and _word_kind(child) == "injured":
            kind = kind or "injured"
        if child.dep_ in ("xcomp", "oprd") and child.pos_ == "VERB" and child.i > verb.i:
            inner, where = _verb_kind(child, patient_is_subject)
            if inner == "killed" or (inner and kind is None):
                return inner, where
    if low in ("hostage",) or (low in ("held", "holding", "hold", "holds", "taken", "took", "take") and any(
            c.lower_ in ("hostage", "hostages", "captive") for c in verb.children)):
        return ("kidnapped" if low in ("taken", "took", "take") else "hostage"), verb
    if kind is None and low in ("brought", "led", "carried", "got", "helped") and any(
            c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children):
        return "rescued", verb  # "troops brought 50 women and children out of the complex"
    if kind is None and any(c.lower_ == "alive" for c in verb.children) and low in (
            "pulled", "dug", "brought", "found", "recovered", "retrieved", "taken"):
        return "rescued", verb  # "pulled three people alive from the rubble"
    if low in ("lost", "lose") and any(c.lower_ == "lives" for c in verb.subtree):
        return "killed", verb
    if low in ("claimed", "claiming", "claim", "took", "taken") and any(c.dep_ == "dobj" and c.lower_ == "lives" for c in verb.children):
        return "killed", verb
    if kind is None and low in ("hit", "struck", "grazed") and any(
            c.dep_ in ("prep", "agent") and any(o.lower_ in lx.BODY_PARTS or o.lower_ in lx.PROJECTILES for o in c.children)
            for c in verb.children):
        kind = "injured"  # "struck in the leg", "hit by gunfire"
    if kind is None and not patient_is_subject and verb.pos_ == "VERB" and low in _SHOOTING_VERBS:
        kind = "injured"  # "accused of shooting two people", "a man shoots his neighbour"
    if kind is None and low in lx.SHOT_WORDS and low not in ("hit", "struck", "attacked", "beaten", "assaulted") or low == "gunned":
        kind = "injured" if patient_is_subject or low != "gunned" else "killed"
        if low == "gunned" and any(c.lower_ == "down" for c in verb.children):
            kind = "killed"
    if kind == "killed" and low in ("dead",) and verb.pos_ == "ADJ":
        return kind, verb
    return kind, verb


def _copula_kind(verb: Token) -> tuple[str | None, Token | None, bool]:
    """'were among those killed', 'were dead', 'are missing', 'were militants' (no kind)."""
    if verb.lower_ in ("remain", "remains", "remained", "are", "is", "were", "was") and any(
            c.lower_ in ("captivity", "custody") for c in verb.subtree if c.dep_ == "pobj"):
        custody = any(c.lower_ == "custody" for c in verb.subtree)
        return ("arrested" if custody else "hostage"), verb, False
    for child in verb.children:
        if child.dep_ in ("acomp", "attr") and (child.lower_ in lx.KIND_NOUNS or _word_kind(child)):
            return lx.KIND_NOUNS.get(child.lower_) or _word_kind(child), child, False
        if child.dep_ == "prep" and child.lower_ in ("among", "including", "of"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                kind, pred = _noun_kind(obj)
                if kind:
                    return kind, pred, True
    return None, None, False


def _wound_phrase(tok: Token) -> bool:
    """'with a gunshot wound', 'suffering from gunshot wounds', 'suffering non-life-threatening injuries'."""
    if tok.lower_ == "with" or tok.lower_ in ("suffering", "bleeding", "nursing"):
        return any(t.lower_ in lx.WOUND_NOUNS for t in tok.subtree) or tok.lower_ == "bleeding"
    return False


def _place_wound(verb: Token) -> bool:
    """'found a man in a van with a gunshot wound', 'walked into a hospital with a gunshot wound': the parser
    hangs the wound on the place, which cannot be wounded; it is the person's."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for place in prep.children:
            if (place.dep_ == "pobj" and place.ent_type_ != "PERSON" and place.lower_ not in lx.SINGLE_PERSON_NOUNS
                    and _is_person_noun(place) is not True and any(_wound_phrase(c) for c in place.children)):
                return True
    return False


def _hospital_or_wound(person: Token, verb: Token) -> bool:
    """'were taken to a hospital', 'were found with gunshot wounds': the people were hurt."""
    if verb.lower_ in ("taken", "rushed", "transported", "airlifted", "hospitalized", "hospitalised"):
        if any(c.lower_ in ("hospital", "hospitals") for c in verb.subtree):
            return True
    return any(_wound_phrase(c) for c in [*person.children, *verb.children])


def _noun_kind(noun: Token) -> tuple[str | None, Token | None]:
    """Kind carried by a noun or its modifiers: 'the dead', 'those killed', 'people injured in ...'."""
    for child in noun.children:
        if child.dep_ == "amod" and child.i < noun.i and _word_kind(child) in ("killed", "injured"):
            return _word_kind(child), child  # "nine wounded survivors"
    if noun.lower_ in lx.KIND_NOUNS:
        return lx.KIND_NOUNS[noun.lower_], noun
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "amod") and child.i > noun.i - 3:
            own_subject = child.dep_ == "relcl" and any(
                c.dep_ in _SUBJECTS and c.lower_ not in ("who", "that", "which") for c in child.children)
            # "a suspect who shot a man": a clause with its own object makes the noun its agent
            own_object = child.dep_ in ("relcl", "acl") and not any(c.dep_ == "auxpass" for c in child.children) and any(
                c.dep_ == "dobj" and c.lower_ not in ("lives", "life") and c.lower_ not in lx.WOUND_NOUNS
                for v in (child, *(c for c in child.children if c.dep_ == "conj")) for c in v.children)
            if own_object:
                continue
            kind = _word_kind(child)
            if kind is None and child.dep_ in ("acl", "relcl") and child.tag_ in ("VBN", "VBD"):
                kind, _ = _verb_kind(child, True)  # "two people who were shot"
            if kind and not own_subject:
                return kind, child
        if child.dep_ == "amod" and child.lower_ in lx.KIND_NOUNS:
            return lx.KIND_NOUNS[child.lower_], child
        if child.dep_ in ("prep", "acl", "relcl") and _wound_phrase(child):
            return "injured", child
    return None, None


def kind_of(node: Token) -> tuple[str | None, Token | None, bool]:
    """(kind, predicate, subset) for the people at ``node`` (their noun, or a bare number)."""
    fatally = next((c for c in node.children if c.dep_ == "advmod" and c.lower_ == "fatally"), None)
    if fatally is not None and node.like_num:
        return "killed", fatally, False  # "three people were shot, one fatally"
    kind, pred = _noun_kind(node)
    if kind and node.lower_ not in ("hostages", "hostage", "captives") or (kind and node.dep_ not in ("dobj", "nsubj", "nsubjpass")):
        return kind, pred, False
    noun_kind = kind
    head = node.head
    dep = node.dep_
    if dep == "conj" and head != node:
        return kind_of(head)
    if dep == "appos":
        return kind_of(head)
    if dep == "nsubjpass":
        k, p = _verb_kind(head, True)
        if k:
            return k, p, False
        if _hospital_or_wound(node, head):
            return "injured", head, False  # "three people were taken to a hospital", "were found with gunshot wounds"
    if dep == "nsubj":
        if head.lower_ in lx.INTRANSITIVE_KINDS:
            return _word_kind(head), head, False
        if _passed_away(head):
            return "killed", head, False
        if head.pos_ == "AUX" or head.lower_ in ("were", "was", "are", "is", "been", "be", "remain", "remained", "remains"):
            k, p, subset = _copula_kind(head)
            if k:
                return k, p, subset
            if _critical_condition(head):
                return "injured", head, False  # "one person is in stable condition"
        elif head.tag_ == "VBN" and not any(c.dep_ in ("dobj",) for c in head.children):
            k, p = _verb_kind(head, True)  # headline style "12 killed in blast"
            if k:
                return k, p, False
        if head.lower_ in ("died", "dies"):
            return "killed", head, False
        if _wound_phrase(head) or any(_wound_phrase(c) for c in head.children):
            return "injured", head, False  # "two men arrived at a hospital with gunshot wounds"
        if head.lower_ in ("suffered", "sustained", "received") and any(
                c.dep_ == "dobj" and c.lower_ in ("injuries", "wounds", "wound", "injury", "burns") for c in head.children):
            return "injured", head, False
    if dep in ("dobj", "oprd") or (dep == "pobj" and head.lower_ == "by" and False):
        if noun_kind == "hostage" and head.lower_ in ("holding", "held", "hold", "holds", "took", "taken", "taking", "seized"):
            return ("kidnapped" if head.lower_ in ("took", "taken", "taking", "seized") else "hostage"), head, False
        k, p = _verb_kind(head, False)
        # "left 100 dead": the number is the object, the kind is its predicate complement
        for child in head.children:
            if child.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and child.i > node.i:
                ck = lx.KIND_NOUNS.get(child.lower_) or _word_kind(child)
                if ck:
                    return ck, child, False
        if k and head.lower_ not in ("left", "leaving", "leave", "leaves"):
            return k, p, False
    if dep == "pobj":
        prep = head
        gov = prep.head
        if prep.lower_ in ("including", "among") and gov is not prep:
            k, p, _ = kind_of(gov)
            if k:
                return k, p, True
            if gov.pos_ == "VERB":
                k, p = _verb_kind(gov, False)  # "killed 23 people, among them four civilians"
                if k:
                    return k, p, True
        if prep.lower_ in ("to", "at", "of") and (gov.lower_ in ("toll", "tolls") or any(
                c.lower_ == "toll" for c in gov.children if c.dep_ in _SUBJECTS)):
            return "killed", gov, False
        subject = next((c for c in gov.children if c.dep_ in (*_SUBJECTS, "dobj")
                        and c.lower_ in ("number", "count", "tally", "total", "toll")), None)
        if prep.lower_ == "to" and subject is not None:
            for tok in subject.subtree:  # "the number of people killed has risen to 58"
                k = lx.KIND_NOUNS.get(tok.lower_) or (_word_kind(tok) if tok.pos_ in ("VERB", "ADJ") else None)
                if k in ("killed", "injured", "arrested", "kidnapped", "rescued", "displaced", "missing"):
                    return k, tok, False
        if prep.lower_ == "with" and any(c.lower_ in ("dead", "injured", "wounded") for c in node.children):
            k = lx.KIND_NOUNS.get(next(c.lower_ for c in node.children if c.lower_ in ("dead", "injured", "wounded")))
            return k, node, False
        if prep.lower_ == "of" and gov.lower_ in ("lives", "deaths", "death", "bodies", "release", "rescue", "evacuation", "arrest", "arrests", "abduction", "kidnapping", "killing", "killings", "shooting", "shootings", "wounding", "stabbing"):
            k = {"release": "rescued", "rescue": "rescued", "evacuation": "rescued", "arrest": "arrested",
                 "arrests": "arrested", "abduction": "kidnapped", "kidnapping": "kidnapped",
                 "killing": "killed", "killings": "killed", "shooting": "injured", "shootings": "injured",
                 "wounding": "injured", "stabbing": "injured"}.get(gov.lower_, "killed")
            if k == "injured" and any(c.lower_ in ("fatal", "deadly") for c in gov.children):
                k = "killed"  # "the fatal shooting of a man"
            return k, gov, False
    if noun_kind:
        return noun_kind, pred, False
    return None, None, False


_CLAUSE_BREAKS = frozenset({";", "while", "but", "whereas", "although", "though", ":", "after", "before", "as"})


def _nearby_kind(noun: Token, sent: Span) -> tuple[str | None, Token | None]:
    """When the parse is wrong, a patient verb just after the people still says what happened.

    Only readings where the people are the patient are taken: an intransitive
    verb ("surrendered", "died") or a passive participle ("were rescued").
    """
    doc = sent.doc
    last = max(t.i for t in noun.subtree if t.i < noun.i + 4) if noun.n_rights else noun.i
    for k in range(last + 1, min(sent.end, last + 10)):
        tok = doc[k]
        if tok.lower_ in _CLAUSE_BREAKS or tok.like_num:
            break
        if tok.lower_ in lx.INTRANSITIVE_KINDS:
            return _word_kind(tok), tok
        if tok.tag_ == "VBN" and _word_kind(tok) and any(doc[j].lower_ in ("was", "were", "been", "are", "is") for j in range(max(sent.start, k - 2), k)):
            return _verb_kind(tok, True)
    return None, None


# --------------------------------------------------------------------------- certainty and attribution

def certainty_of(pred: Token, sent: Span) -> str:
    node = pred
    for _ in range(6):
        for child in node.children:
            if child.lower_ in lx.BELIEVED_WORDS and child.dep_ in ("advmod", "aux", "auxpass", "amod", "acomp"):
                return "believed"
        if node.lower_ in lx.CLAIM_WORDS and node != pred:
            return "claimed"
        if node.lower_ in lx.DENY_WORDS and node != pred:
            return "denied"
        if node.lower_ in lx.BELIEVED_WORDS and node != pred:
            return "believed"
        if node.head == node:
            break
        node = node.head
    return "stated"


def _claimant(pred: Token, resolve_person: PersonResolver | None) -> str | None:
    node = pred
    for _ in range(6):
        if node.lower_ in lx.CLAIM_WORDS:
            for child in node.children:
                if child.dep_ in ("poss", "nsubj"):
                    if resolve_person:
                        name = resolve_person(child.idx, child.idx + len(child.text))
                        if name:
                            return name
                    return " ".join(t.text for t in child.subtree if t.dep_ != "case")
            return None
        if node.head == node:
            break
        node = node.head
    return None


def attribution_of(sent: Span) -> str | None:
    """Who gives the sentence's figures: 'police said', 'according to officials', 'X quoted Y'."""
    root = sent.root
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in sent.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _phrase(objs[0])
    for verb in [root, *[t for t in sent if t.dep_ in ("ccomp", "conj", "parataxis") and t.head == root]]:
        if verb.lower_ not in lx.SPEECH_VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is None or subj.pos_ == "PRON" and subj.lower_ not in ("police",) or subj.like_num:
            continue
        if verb.lower_ in ("quoted", "quoting"):
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return f"{_phrase(obj)}, via {_phrase(subj)}"
        return _phrase(subj)
    return None


def _phrase(tok: Token) -> str:
    words = [t for t in tok.subtree if t.dep_ not in ("det", "punct", "relcl", "acl", "prep") or t == tok]
    words = [t for t in words if t.i <= tok.i or t.head == tok and t.dep_ in ("cc", "conj")]
    return " ".join(t.text for t in words).strip()


# --------------------------------------------------------------------------- extraction

def _span_of(tokens: Iterable[Token]) -> tuple[int, int]:
    toks = list(tokens)
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return start, end


def extract_figures(doc: Doc, resolve_person: PersonResolver | None = None) -> list[FigureMention]:
    """Every figure of the report in text order, before they are assigned to events."""
    mentions: list[FigureMention] = []
    for s_index, sent in enumerate(doc_sentences(doc)):
        attribution = attribution_of(sent)
        sent_mentions: list[FigureMention] = []
        for q in _quantities(sent):
            mention = _figure_from_quantity(q, sent, s_index, attribution, mentions + sent_mentions)
            if mention is not None and q.form == "both" and _both_restates(mention, mentions + sent_mentions, doc):
                continue
            if mention is not None:
                sent_mentions.append(mention)
        sent_mentions += _single_people(sent, s_index, attribution, resolve_person,
                                        {m.anchor for m in sent_mentions}, sent_mentions)
        mentions += sent_mentions
    _resolve_rest(mentions, doc)
    _shot_less_dead(mentions, doc)
    mentions += _coded_totals(doc)
    links = [found.start() for found in _LINK_MARK.finditer(doc.text)]
    if links:
        mentions = [m for m in mentions if not _after_link(doc[m.anchor], links)]
    merged = _merge_repeats(mentions, doc)
    for m in merged:
        m.figure = m.figure.model_copy(update={"role": role_of(m)})
    return merged


#: A coder's note of the count it settled on: "Fatalities coded as 0 (VoJ reported 9)", "Total fatalities coded as 13".
_CODED = re.compile(r"\b(?:(total|unknown|unclear|several|dozens of|a total of|unknown number of)\s+)?"
                    r"(?:(reported|[a-z]+)\s+)?fatalities\s+(?:were\s+|are\s+|is\s+)?coded\s+as\s+(\d+)", re.IGNORECASE)
#: The group a coded count names in place of the whole: "Unknown militant fatalities coded as 6".
CODED_GROUP = "coded fatalities"


def _coded_totals(doc: Doc) -> list[FigureMention]:
    """'Fatalities coded as 0': the report's own last word on its toll, which no other figure of it outweighs."""
    out: list[FigureMention] = []
    text = doc.text
    for found in _CODED.finditer(text):
        word = (found.group(2) or "").lower()
        if word and word != "reported" and not found.group(1) and word not in ("the", "of", "and", "total"):
            continue  # "militant fatalities coded as 6": one side's count, not the whole
        tok = _token_at(doc, found.start())
        if tok is None:
            continue
        figure = Figure(kind="killed", count=int(found.group(3)), group=CODED_GROUP,
                        evidence=[(found.start(), found.end())])
        out.append(FigureMention(figure, _sentence_index(doc, tok), tok.i))
    return out


#: A link to another story on the page: "More: Two charged in death of child", "READ MORE: ...", "RELATED: ...".
_LINK_MARK = re.compile(r"(?:^|(?<=\s))(?:READ MORE|Read more|More|MORE|RELATED|Related|See also|Also read|ALSO READ)\s*:")


def _after_link(tok: Token, links: list[int]) -> bool:
    """A figure in a link's headline counts another story's people: one after a link mark in its sentence."""
    sent = sentence_of(tok)
    return any(sent.start_char <= start <= tok.idx for start in links)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _sentence_index(doc: Doc, tok: Token) -> int:
    return next((k for k, s in enumerate(doc_sentences(doc)) if s.start <= tok.i < s.end), 0)


def _people_so_far(mentions: list[FigureMention]) -> int:
    """How many killed or injured people the report has counted so far (groups plus distinct single people)."""
    hurt = [m for m in mentions if m.figure.kind in ("killed", "injured")]
    return sum(m.figure.count for m in hurt if m.figure.count > 1) + len(
        {m.single_key or m.anchor for m in hurt if m.figure.count == 1})


def _both_restates(both: FigureMention, earlier: list[FigureMention], doc: Doc) -> bool:
    """'Both' names two people already spoken of: it counts them only when fewer than two were counted,
    and 'both were shot' after a death counts the dead among the hit, not two wounded."""
    if _people_so_far(earlier) >= 2:
        return True
    hit = both.predicate is not None and doc[both.predicate].lower_ in _HIT_WORDS
    return both.figure.kind == "injured" and hit and any(m.figure.kind == "killed" for m in earlier)


#: Predicates that count everyone hit, the dead among them: "four people were shot, one fatally".
_HIT_WORDS = frozenset({"shot", "struck", "hit", "shooting", "shootings"})


def _opens_sentence(tok: Token) -> bool:
    """'One was pronounced dead', 'One of those people died': the sentence goes on about the group before."""
    return tok.i - sentence_of(tok).start <= 1


def _shot_less_dead(mentions: list[FigureMention], doc: Doc) -> None:
    """'Four people were shot, one fatally': four were hit, so three are injured and one killed.

    A group hit by gunfire is the wounded and the dead together; a smaller count
    of dead said right after it (same or next sentence) is a part of it.
    """
    for m in mentions:
        f = m.figure
        if f.kind != "injured" or f.count < 2 or m.predicate is None or f.derived or m.subset:
            continue
        pred = doc[m.predicate]
        dead = [d for d in mentions if d.figure.kind == "killed" and d.anchor > m.anchor
                and (d.sentence == m.sentence or (d.sentence == m.sentence + 1 and _opens_sentence(doc[d.anchor])))
                and d.figure.count < f.count and not d.figure.derived and d.figure.certainty == "stated"
                and (pred.lower_ in _HIT_WORDS or (d.predicate is not None and doc[d.predicate].lower_ == "fatally"))]
        if not dead:
            continue
        k = max(d.figure.count for d in dead)
        f.derived = f"{f.count} - {k}"
        f.count -= k
        f.evidence = [*f.evidence, *(span for d in dead for span in d.figure.evidence[:1])]


def _figure_from_quantity(
    q: _Quantity, sent: Span, s_index: int, attribution: str | None, earlier: list[FigureMention]
) -> FigureMention | None:
    doc = sent.doc
    noun = _counted_noun(q)
    group_noun = None
    part = _part_in_apposition(q, noun, sent, s_index, attribution, earlier)
    if part is not None:
        return part
    if noun is not None and noun.lower_ in ("them", "whom") and noun.dep_ == "pobj":
        # "one of them was killed": the people are those just spoken of, if people they are
        group_noun = _antecedent(noun)
        if group_noun is None or _is_person_noun(group_noun) is not True:
            return None
        pronoun, noun = noun, None
    if noun is not None:
        person = _is_person_noun(noun)
        if person is False:
            return None
        node = noun
    else:
        person = None
        node = q.head
    if q.form == "rest":
        return _rest_placeholder(q, sent, s_index, attribution)
    part = _part_named_by_copula(q, noun, sent, s_index, attribution, earlier)
    if part is not None:
        return part
    partitive = noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i >= q.start and noun.head.head.i < q.end
    kind, pred, subset = kind_of(q.head) if partitive else kind_of(node)
    if kind is None and noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "an equal number of madrassa students and ultras surrendered": the count word is the subject
        kind, pred, subset = kind_of(q.head)
        if kind is None:
            kind, pred = _noun_kind(noun)  # "received dozens of wounded people"
    if kind is None and noun is not None:
        kind, pred = _nearby_kind(noun, sent)
    if kind is None:
        return None
    if person is None and noun is not None and not (noun.pos_ == "PROPN" and noun.tag_ == "NNPS"):
        return None  # "two dogs", "several knives", "three shootings": only people are counted
    if pred is not None and (_negated(pred) or _irrealis(pred)):
        return None
    if (pred is not None and pred.tag_ == "VBG" and noun is not None and pred.i > noun.i
            and pred.lower_ not in _PATIENT_STATES and kind in ("killed", "injured", "kidnapped", "arrested")):
        return None  # "two gunmen opened fire, killing the shopkeeper": the gunmen did it
    if q.form == "equal":
        previous = next((m for m in reversed(earlier)), None)
        if previous is None:
            return None
        quantity = Quantity(previous.figure.count)
        derived = f"{doc[q.start:q.end].text} = {previous.figure.count}"
        spans = list(previous.figure.evidence[:1])
    else:
        assert q.quantity is not None
        quantity = q.quantity
        derived = None
        spans = []
    if noun is not None or group_noun is not None:
        group, group_tokens = _group_text(noun if noun is not None else group_noun)
        words = [t.lower_ for t in group_tokens]
        evidence_tokens = list(doc[q.start:q.end]) + group_tokens if noun is not None else (
            list(doc[q.start:pronoun.i + 1]) + ([pred] if pred is not None and abs(pred.i - q.head.i) <= 3 else []))
    else:
        group = pred.text.lower() if pred is not None and pred.lower_ in lx.KIND_NOUNS else "people"
        words = [group]
        evidence_tokens = list(doc[q.start:q.end]) + ([pred] if pred is not None and abs(pred.i - q.head.i) <= 3 else [])
        if q.start > sent.start and doc[q.start - 1].head == q.head.head and doc[q.start - 1].i == q.start - 1 and doc[q.start - 1].pos_ == "VERB":
            evidence_tokens.append(doc[q.start - 1])
    certainty = certainty_of(pred, sent) if pred is not None else "stated"
    span = _span_of(evidence_tokens)
    figure = Figure(
        kind=kind,  # type: ignore[arg-type]
        count=quantity.count,
        qualifier=quantity.qualifier,  # type: ignore[arg-type]
        low=quantity.low,
        high=quantity.high,
        group=group,
        group_class=group_class(words),  # type: ignore[arg-type]
        certainty=certainty,  # type: ignore[arg-type]
        attribution=attribution,
        derived=derived,
        evidence=[*spans, span] if derived else [span],
    )
    return FigureMention(figure, s_index, q.head.i, pred.i if pred is not None else None, subset,
                         partitive=_is_partitive(noun if noun is not None else group_noun, q))


#: What a partitive "N of ..." counts out of: people already spoken of ("of them", "of the dead").
_WHOLE_WORDS = frozenset({"them", "whom", "those", "these", "the"})


def _is_partitive(noun: Token | None, q: _Quantity) -> bool:
    """'40 of them', 'three of the dead', 'two of the victims': a part of a group the report counted."""
    doc = q.head.doc
    if q.end >= len(doc) or doc[q.end].lower_ != "of" or q.form != "number":
        return False
    nxt = doc[q.end + 1] if q.end + 1 < len(doc) else None
    return nxt is not None and (nxt.lower_ in _WHOLE_WORDS or (noun is not None and noun.lower_ in lx.KIND_NOUNS))


_COPULAS = frozenset({"were", "was", "are", "is", "been", "be"})
#: "-ing" words said of the hurt, not of those who hurt them: "two men suffering from gunshot wounds".
_PATIENT_STATES = frozenset({"suffering", "bleeding", "nursing", "recovering", "dying"})


def _antecedent(pronoun: Token) -> Token | None:
    """The plural noun a 'them' stands for: the last one before it, in its sentence or the one before."""
    doc = pronoun.doc
    sent = sentence_of(pronoun)
    start = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    for k in range(pronoun.i - 1, start - 1, -1):
        tok = doc[k]
        if tok.tag_ in ("NNS", "NNPS") and tok.dep_ != "compound":
            return tok
    return None


def _part_named_by_copula(
    q: _Quantity, noun: Token | None, sent: Span, s_index: int, attribution: str | None,
    earlier: list[FigureMention],
) -> FigureMention | None:
    """'Twelve of the dead were women and children', 'Of the dead, 12 were children', '... and eight are soldiers'.

    The number's own noun is the whole ("the dead"); the copula names the part.
    """
    doc = sent.doc
    head = q.head
    if q.form != "number" or head.dep_ != "nsubj" or head.head.lower_ not in _COPULAS:
        return None
    copula = head.head
    attr = next((c for c in copula.children if c.dep_ in ("attr", "acomp") and c.pos_ in ("NOUN", "PROPN")), None)
    if attr is None or _is_person_noun(attr) is not True or attr.lower_ in lx.KIND_NOUNS:
        return None
    kind = None
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.lower_ in lx.KIND_NOUNS:
        kind = lx.KIND_NOUNS[noun.lower_]
    for prep in (c for c in copula.children if c.dep_ == "prep" and c.lower_ in ("of", "among")):
        whole = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if kind is None and whole is not None and whole.lower_ in lx.KIND_NOUNS:
            kind = lx.KIND_NOUNS[whole.lower_]
    if kind is None and copula.dep_ == "conj":
        previous = next((m for m in reversed(earlier) if m.sentence == s_index and m.subset
                         and m.predicate is not None and doc[m.predicate].lower_ in _COPULAS), None)
        if previous is not None:
            kind = previous.figure.kind
    if kind is None or q.quantity is None:
        return None
    group, tokens = _group_text(attr)
    figure = Figure(
        kind=kind, count=q.quantity.count, qualifier=q.quantity.qualifier,  # type: ignore[arg-type]
        low=q.quantity.low, high=q.quantity.high, group=group,
        group_class=group_class(t.lower_ for t in tokens),  # type: ignore[arg-type]
        certainty=certainty_of(copula, sent), attribution=attribution,  # type: ignore[arg-type]
        evidence=[_span_of(list(doc[q.start:q.end]) + tokens)],
    )
    return FigureMention(figure, s_index, q.head.i, copula.i, subset=True)


def _part_in_apposition(
    q: _Quantity, noun: Token | None, sent: Span, s_index: int, attribution: str | None,
    earlier: list[FigureMention],
) -> FigureMention | None:
    """'killing 100 people, 12 of them soldiers': a verbless part of the toll just given in the sentence."""
    doc = sent.doc
    if q.form != "number" or q.quantity is None or noun is None or noun.lower_ not in ("them", "whom"):
        return None
    k = noun.i + 1
    while k < sent.end and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and k < noun.i + 4:
        k += 1
    group_noun = doc[k - 1] if k > noun.i + 1 else None
    if group_noun is None or group_noun.pos_ not in ("NOUN", "PROPN") or _is_person_noun(group_noun) is not True:
        return None
    if k < sent.end and doc[k].pos_ in ("VERB", "AUX"):
        return None  # "12 of them soldiers were ...": a clause of its own
    whole = next((m for m in reversed(earlier) if m.sentence == s_index and m.single_key is None
                  and m.figure.count > q.quantity.count), None)
    if whole is None:
        return None
    tokens = [t for t in doc[noun.i + 1:k]]
    figure = Figure(
        kind=whole.figure.kind, count=q.quantity.count, qualifier=q.quantity.qualifier,  # type: ignore[arg-type]
        low=q.quantity.low, high=q.quantity.high, group=" ".join(t.text for t in tokens),
        group_class=group_class(t.lower_ for t in tokens),  # type: ignore[arg-type]
        certainty=whole.figure.certainty, attribution=attribution,
        evidence=[_span_of(list(doc[q.start:k]))],
    )
    return FigureMention(figure, s_index, q.head.i, whole.predicate, subset=True)


def _rest_placeholder(q: _Quantity, sent: Span, s_index: int, attribution: str | None) -> FigureMention | None:
    """'the rest were militants': resolved once the sentence's total and parts are known."""
    tok = q.head
    doc = sent.doc
    group_noun = None
    if tok.dep_ in _SUBJECTS:
        group_noun = next((c for c in tok.head.children if c.dep_ in ("attr", "acomp")), None)
    if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of":
        group_noun = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    if group_noun is None or _is_person_noun(group_noun) is False:
        return None
    group, tokens = _group_text(group_noun)
    evidence = _span_of(list(doc[q.start:q.end]) + [tok.head] + tokens) if tok.head.i > tok.i else _span_of(list(doc[q.start:q.end]) + tokens)
    figure = Figure(kind="killed", count=0, group=group, group_class=group_class(t.lower_ for t in tokens),  # type: ignore[arg-type]
                    derived="rest", attribution=attribution, evidence=[evidence])
    return FigureMention(figure, s_index, tok.i, tok.head.i)


def _resolve_rest(mentions: list[FigureMention], doc: Doc) -> None:
    """'the rest': the latest stated total of the sentence's kind, less the sentence's parts."""
    for mention in list(mentions):
        if mention.figure.derived != "rest":
            continue
        same_sentence = [m for m in mentions if m.sentence == mention.sentence and m is not mention and m.figure.derived != "rest"]
        kind = same_sentence[0].figure.kind if same_sentence else None
        if kind is None:
            mentions.remove(mention)
            continue
        parts = [m for m in same_sentence if m.figure.kind == kind]
        totals = [m for m in mentions if m.sentence <= mention.sentence and m.figure.kind == kind
                  and m.figure.group_class == "unknown" and m not in parts and m.figure.derived is None
                  and m.figure.count > sum(p.figure.count for p in parts)]
        if not totals:
            mentions.remove(mention)
            continue
        total = totals[-1]
        value = total.figure.count - sum(p.figure.count for p in parts)
        mention.figure.kind = kind  # type: ignore[assignment]
        mention.figure.count = value
        mention.figure.qualifier = total.figure.qualifier
        mention.figure.certainty = total.figure.certainty
        mention.figure.derived = f"{total.figure.count} - " + " - ".join(str(p.figure.count) for p in parts)
        mention.figure.evidence = [*total.figure.evidence[:1], *(p.figure.evidence[0] for p in parts), *mention.figure.evidence]
        mention.subset = True


# --------------------------------------------------------------------------- one person

#: "A fourth policeman died": the toll is now four.
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "himself": "m", "herself": "f"}


def _single_people(
    sent: Span, s_index: int, attribution: str | None, resolve_person: PersonResolver | None,
    taken: set[int], counted: list[FigureMention],
) -> list[FigureMention]:
    """'a 26-year-old man was shot dead', 'Ghazi was killed', 'his mother was killed': count 1."""
    out: list[FigureMention] = []
    doc = sent.doc
    counted_nouns = {doc[m.anchor].head.i for m in counted if doc[m.anchor].dep_ in ("nummod", "quantmod")} | {
        m.anchor for m in counted}
    for tok in sent:
        of_harm = (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                   and tok.head.head.lower_ in ("shooting", "killing", "stabbing", "wounding", "murder", "death"))
        # the parser leaves some victims hanging ("after a man was slain"): read the words after them
        loose = tok.dep_ in ("pobj", "conj", "appos") and not of_harm and not _hometown(tok)
        # "the victim's injury was not life-threatening", "her wounds are minor"
        wound_owner = tok.dep_ == "poss" and tok.head.lower_ in lx.WOUND_NOUNS and tok.head.lower_ != "gunshot"
        if (tok.dep_ not in ("nsubjpass", "nsubj", "dobj") and not of_harm and not loose and not wound_owner) \
                or tok.i in taken or tok.i in counted_nouns:
            continue
        if tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("who", "that", "which", "it", "they", "them", "we", "i", "you", "one"):
            continue
        is_person_entity = tok.ent_type_ == "PERSON" and not any(
            t.lower_ in lx.SITE_WORDS for t in doc[max(0, tok.i - 3):tok.i + 1] if t.ent_type_ == "PERSON")
        if not (is_person_entity or tok.lower_ in lx.SINGLE_PERSON_NOUNS or tok.lower_ in _PRONOUNS
                or (tok.lower_ == "another" and tok.dep_ in ("dobj", "nsubj", "nsubjpass")) or _age_noun(tok)
                or _patient_noun(tok)):
            continue
        if any(c.dep_ == "nummod" for c in tok.children):
            continue
        head = tok.head
        kind, pred = None, None
        if wound_owner:
            kind, pred = "injured", head
        elif loose:
            kind, pred = _nearby_kind(tok, sent)
            if kind not in ("killed", "injured"):
                kind, pred = _noun_kind(tok)  # "another man critically injured"
            if kind not in ("killed", "injured") and tok.dep_ == "conj":
                first = next((m for m in out if m.anchor == tok.head.i), None)
                if first is not None:  # "his wife and then himself", "the mother and her son dead"
                    kind, pred = first.figure.kind, doc[first.predicate] if first.predicate is not None else None
            if kind not in ("killed", "injured"):
                continue
        elif of_harm:  # "the shooting of a 19-year-old male"
            gov = tok.head.head
            kind, pred = {"shooting": "injured", "stabbing": "injured", "wounding": "injured"}.get(gov.lower_, "killed"), gov
            if kind == "injured" and any(c.lower_ in ("fatal", "deadly") for c in gov.children):
                kind = "killed"
        elif tok.dep_ == "nsubj":
            if head.lower_ in lx.INTRANSITIVE_KINDS or head.lower_ == "dead":
                kind, pred = _word_kind(head), head  # "died", "found the mother dead"
            elif _passed_away(head):
                kind, pred = "killed", head
            elif head.lower_ in ("was", "is", "were", "remains", "remained", "been"):
                kind, pred, _ = _copula_kind(head)
                if kind is None:
                    acomp = next((c for c in head.children if c.dep_ in ("acomp", "attr") and c.lower_ in ("dead", "injured", "wounded", "missing")), None)
                    kind, pred = (_word_kind(acomp), acomp) if acomp is not None else (None, None)
                    if kind is None and _critical_condition(head):
                        kind, pred = "injured", head
            elif head.lower_ in ("suffered", "sustained", "received") and any(
                    c.dep_ == "dobj" and c.lower_ in ("injuries", "wounds", "wound", "injury", "burns") for c in head.children):
                kind, pred = "injured", head
            elif head.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in head.children) and _word_kind(head) in ("killed", "injured"):
                kind, pred = _verb_kind(head, True)
            elif any(_wound_phrase(c) for c in [*tok.children, *head.children]) or _place_wound(head):
                kind, pred = "injured", head  # "a woman arrived at a hospital with a gunshot wound"
        elif tok.dep_ == "nsubjpass":
            kind, pred = _verb_kind(head, True)
            if kind is None and head.lower_ in ("taken", "rushed", "transported", "airlifted", "hospitalized", "hospitalised"):
                if any(c.lower_ in ("hospital", "hospitals") for c in head.subtree):
                    kind, pred = "injured", head
            if kind is None and head.lower_ in ("listed", "reported") and _critical_condition(head):
                kind, pred = "injured", head
            if kind is None and (any(_wound_phrase(c) for c in [*tok.children, *head.children]) or _place_wound(head)):
                kind, pred = "injured", head  # "a man was found with gunshot wounds"
            if kind is None and head.lower_ == "found" and any(c.lower_ in ("dead", "killed") or (c.lower_ == "shot" and any(d.lower_ == "death" for d in c.subtree)) for c in head.children):
                kind, pred = "killed", head
        else:  # dobj
            kind, pred = _verb_kind(head, False)
            if kind is None and head.lower_ in ("left", "leaving", "leaves", "leave") and _critical_condition(head):
                kind, pred = "injured", head  # "left a man in critical condition"
            if kind is None and head.lower_ in ("found", "find", "finds", "discovered", "located") and _place_wound(head):
                kind, pred = "injured", head  # "found a passenger in a van with a gunshot wound"
        if kind is None:
            noun_kind, noun_pred = _noun_kind(tok)  # "found a juvenile shot", "a man with a gunshot wound"
            if noun_kind in ("killed", "injured"):
                kind, pred = noun_kind, noun_pred
        if kind is None:  # "found a man and a woman with gunshot wounds": the wounds are both of theirs
            for other in (c for c in tok.children if c.dep_ == "conj"):
                noun_kind, noun_pred = _noun_kind(other)
                if noun_kind in ("killed", "injured"):
                    kind, pred = noun_kind, noun_pred
                    break
        if kind is None or pred is None:
            continue
        if _negated(pred) or _irrealis(pred):
            continue
        if tok.dep_ == "nsubj" and head.pos_ == "VERB" and _word_kind(head) and head.lower_ not in lx.INTRANSITIVE_KINDS and any(c.dep_ == "dobj" for c in head.children):
            continue  # the agent of "killed his wife" is not harmed
        group, named, key, tokens = _single_group(tok, resolve_person)
        if group is None:
            continue
        # "a fourth policeman died (of his wounds)": the toll has risen to four; "a second man was wounded" is one more
        ordinal = _ORDINALS.get(group.split()[0]) if kind == "killed" and pred.lower_ in (
            "died", "dies", "succumbed", "succumbs") else None
        certainty = certainty_of(pred, sent)
        attr = attribution
        if certainty == "claimed":
            attr = _claimant(pred, resolve_person) or attribution
        span = _span_of(list(tokens) + [pred] + [t for t in doc[min(tok.i, pred.i):max(tok.i, pred.i) + 1]])
        figure = Figure(
            kind=kind, count=ordinal or 1, group=group,  # type: ignore[arg-type]
            derived=f"{group} = {ordinal}" if ordinal else None,
            group_class=group_class([tok.lower_, *(t.lower_ for t in tokens)]) if not named or tok.ent_type_ != "PERSON" else "unknown",  # type: ignore[arg-type]
            certainty=certainty, attribution=attr, named=True if named else None, evidence=[span],  # type: ignore[arg-type]
        )
        if named and figure.group_class == "unknown" and tok.ent_type_ != "PERSON":
            figure.group_class = "civilians"  # family members of a named person
        out.append(FigureMention(figure, s_index, tok.i, pred.i, single_key=key))
    return out


def _patient_noun(tok: Token) -> bool:
    """'killed a tea seller', 'abducted a marabout': what only people undergo makes its object a person."""
    return (tok.dep_ == "dobj" and tok.head.lower_ in lx.PERSON_OBJECT_VERBS and tok.tag_ == "NN"
            and tok.lower_ not in lx.NON_PERSON_WORDS and not tok.ent_type_
            and any(c.dep_ in ("det", "poss") for c in tok.children))


def _hometown(tok: Token) -> bool:
    """'Ethan Straub, 25, of Wamego, was killed', 'a man from Dallas': the place (or kin) a person is of."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "from"):
        return False
    owner = prep.head
    return owner.ent_type_ == "PERSON" or owner.lower_ in lx.SINGLE_PERSON_NOUNS


def _age_noun(tok: Token) -> bool:
    """'a 17-year-old was taken to hospital': the age stands for the person."""
    doc = tok.doc
    return (tok.lower_ == "old" and tok.i >= 2 and doc[tok.i - 1].text == "-"
            and doc[tok.i - 2].lower_ in ("year", "years") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))


def _critical_condition(tok: Token) -> bool:
    words = {t.lower_ for t in tok.subtree}
    return "condition" in words and bool(words & {"critical", "serious", "stable", "fair", "grave", "life-threatening"})


def _single_group(tok: Token, resolve_person: PersonResolver | None) -> tuple[str | None, bool, str, list[Token]]:
    """Name the one person: 'man', 'Abdul Rashid Ghazi', "Ghazi's mother"; and a key to merge mentions."""
    doc = tok.doc
    if tok.ent_type_ == "PERSON":
        ent_tokens = [t for t in doc[tok.i - 4 if tok.i >= 4 else 0:tok.i + 1] if t.ent_type_ == "PERSON" and t.ent_iob_ in ("B", "I")]
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        name = ent.text if ent is not None else tok.text
        if resolve_person:
            name = resolve_person(tok.idx, tok.idx + len(tok.text)) or name
        return name, True, f"person:{name}", list(ent) if ent is not None else ent_tokens
    if tok.lower_ in _PRONOUNS:
        if resolve_person:
            name = resolve_person(tok.idx, tok.idx + len(tok.text))
            if name:
                return name, True, f"person:{name}", [tok]
        return "person", False, "pronoun", [tok]
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        owner = None
        if resolve_person:
            owner = resolve_person(poss.idx, poss.idx + len(poss.text))
        if owner is None and poss.lower_ in ("his", "her"):
            owner = _nearest_name_before(poss) or _previous_person_name(poss)
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
    if _age_noun(tok):  # "a 17-year-old"
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"]
        text = doc[words[0].i:tok.i + 1].text if words else tok.text
        return text, False, ("definite:" if definite else "indef:") + text, words or [tok]
    return tok.text.lower(), False, ("definite:" if definite else "indef:") + tok.lower_, [tok]


def _nearest_name_before(tok: Token) -> str | None:
    """'Ghazi's claim that his mother ...': the proper name just before, in the same sentence."""
    for k in range(tok.i - 1, sentence_of(tok).start - 1, -1):
        cand = tok.doc[k]
        if cand.pos_ == "PROPN" and cand.dep_ in ("poss", "nsubj", "nsubjpass") and cand.ent_type_ not in ("ORG", "NORP", "DATE"):
            return cand.text
    return None


def _previous_person_name(tok: Token) -> str | None:
    doc = tok.doc
    for ent in reversed([e for e in doc.ents if e.label_ == "PERSON" and e.end <= tok.i]):
        text = ent.text
        return text[:-2] if text.endswith(("'s", "’s")) else text
    return None


def _described(m: FigureMention, earlier: list[FigureMention], doc: Doc) -> FigureMention | None:
    """'The 68-year-old was pronounced dead': the person an earlier figure described with those words."""
    words = m.figure.group.lower()
    if not m.single_key or not m.single_key.startswith("definite:") or "-" not in words:
        return None  # only a distinctive description ("68-year-old"), not "the man"
    for other in reversed(earlier):
        noun = doc[other.anchor]
        if other.single_key and words in doc[noun.left_edge.i:noun.i + 1].text.lower():
            return other
    return None


def _merge_repeats(mentions: list[FigureMention], doc: Doc) -> list[FigureMention]:
    """One figure per fact: a number repeated in a later sentence, or one person named twice."""
    merged: list[FigureMention] = []
    singles: dict[str, FigureMention] = {}
    last_single: FigureMention | None = None
    for m in mentions:
        f = m.figure
        if m.single_key is not None:
            key = m.single_key
            if key in ("pronoun",) or key.startswith("definite:"):
                target = _described(m, merged, doc) or _referent(m, merged, last_single, doc)
            else:
                target = singles.get(key)
            if target is not None and _compatible(target, m):
                _absorb_single(target, m)
                last_single = target
                continue
            singles[key] = m
            last_single = m
            merged.append(m)
            continue
        same = next((x for x in merged if x.single_key is None and x.figure.kind == f.kind and x.figure.count == f.count
                     and x.figure.group_class == f.group_class and x.sentence != m.sentence and f.count > 1), None)
        if same is not None:
            for span in f.evidence:
                if span not in same.figure.evidence:
                    same.figure.evidence.append(span)
            continue
        merged.append(m)
    return merged


def _gender_of(m: FigureMention, doc: Doc) -> str | None:
    """'m' or 'f' when the words of a one-person mention say it ('he', 'the woman', 'his mother')."""
    tok = doc[m.anchor]
    if tok.lower_ in _PRONOUNS:
        return _PRONOUNS[tok.lower_]
    return lx.gender_of(m.figure.group)


def _referent(m: FigureMention, merged: list[FigureMention], last_single: FigureMention | None,
              doc: Doc) -> FigureMention | None:
    """Whom 'he' or 'the man' continues: the last person spoken of, unless the gender says otherwise.

    "A man was found dead and a woman was wounded ... the man was pronounced dead": the man, not the
    woman; among the people whose gender agrees, the latest one the same thing happened to comes first.
    """
    gender = _gender_of(m, doc)
    if gender is None:
        return last_single
    earlier = [x for x in reversed(merged) if x.single_key is not None and _compatible(x, m)]
    if last_single in earlier:
        earlier.remove(last_single)
        earlier.insert(0, last_single)
    agree = [x for x in earlier if _gender_of(x, doc) in (None, gender)]
    return next((x for x in agree if x.figure.kind == m.figure.kind), None) or (agree[0] if agree else None)


def _compatible(target: FigureMention, other: FigureMention) -> bool:
    """A person shot and then dead is one person; a man arrested and a man shot are two figures."""
    kinds = {target.figure.kind, other.figure.kind}
    return len(kinds) == 1 or kinds == {"killed", "injured"}


def _absorb_single(target: FigureMention, other: FigureMention) -> None:
    """A later mention of the same person: death outranks injury, evidence accumulates."""
    t, o = target.figure, other.figure
    if _RANK.get(o.kind, 9) < _RANK.get(t.kind, 9) and o.kind == "killed" and t.kind == "injured":
        t.kind = "killed"
        t.certainty = o.certainty
    for span in o.evidence:
        if span not in t.evidence:
            t.evidence.append(span)
