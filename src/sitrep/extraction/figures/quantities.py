"""Finding numbers: the quantities of a sentence that may count people, with their qualifiers."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .. import lexicon as lx
from ..numbers import QUALIFIER_WORDS, VAGUE, Quantity, words_to_int
from .mention import NON_COUNT_ENTS
from .rules import Example, rule


@dataclass(frozen=True)
class QuantitySpan:
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
    return all(
        t.lower_ in _RANGE_WORDS or (_is_number_token(t) and not (t.text.isdigit() and len(t.text) == 4)) for t in ent
    )


#: Nouns that always name people: a number counting one of them is a count, whatever entity the tagger saw.
_PEOPLE_NOUNS = frozenset(
    {*lx.SECURITY_WORDS, *lx.MILITANT_WORDS, *lx.CIVILIAN_WORDS, *lx.UNKNOWN_PERSON_WORDS, *lx.KIND_NOUNS}
)


@rule(
    "people-in-entity",
    "quantities",
    "a number of people inside a date or quantity entity is still a count",
    Example("On 3 June 2021, 1 party supporter was shot and killed.", {"killed": 1}),
    Example("On 4 March 2019, 3 soldiers were killed in the ambush.", {"killed": 3}),
)
def _people_in_entity(tok: Token) -> bool:
    """'On 8 May 2020, 3 militants were killed', '1 BNP supporter': the tagger's date or quantity swallowed a
    count of people; a number that counts a noun naming people is a count (never a year)."""
    return (
        tok.ent_type_ in ("DATE", "QUANTITY", "CARDINAL")
        and tok.dep_ == "nummod"
        and tok.head.lower_ in _PEOPLE_NOUNS
        and not (tok.text.isdigit() and (len(tok.text) == 4 or tok.text.startswith("0")))  # a year, a day '01'
        and _is_number_token(tok)
    )


def _is_number_token(tok: Token) -> bool:
    low = tok.lower_
    if tok.like_num and not tok.text.endswith(("st", "nd", "rd", "th")):
        return any(ch.isdigit() for ch in low) or words_to_int(low) is not None
    return words_to_int(low) is not None and low not in ("a", "an")


def find_quantities(sent: Span) -> list[QuantitySpan]:
    found: list[QuantitySpan] = []
    i = sent.start
    doc = sent.doc
    while i < sent.end:
        tok = doc[i]
        low = tok.lower_
        if (
            tok.ent_type_ in NON_COUNT_ENTS
            and low not in VAGUE
            and not _numeric_entity(tok)
            and not _people_in_entity(tok)
        ):
            i += 1
            continue
        if low in ("equal", "similar", "same") and i + 1 < sent.end and doc[i + 1].lower_ == "number":
            start = i - 1 if i > sent.start and doc[i - 1].lower_ in ("an", "a", "the") else i
            found.append(QuantitySpan(start, i + 2, doc[i + 1], None, "equal"))
            i += 2
            continue
        if (
            low in ("rest", "remainder", "remaining", "others")
            and i > sent.start
            and doc[i - 1].lower_ in ("the", "all", "remaining")
        ):
            found.append(QuantitySpan(i - 1, i + 1, tok, None, "rest"))
            i += 1
            continue
        if low in VAGUE and low not in ("many", "numerous"):
            if low in ("few", "couple") and not (i > sent.start and doc[i - 1].lower_ == "a"):
                i += 1
                continue
            if low == "several" or low in ("few", "couple") or (i + 1 < sent.end and doc[i + 1].lower_ == "of"):
                start = i - 1 if low in ("few", "couple") else i
                found.append(QuantitySpan(start, i + 1, tok, Quantity(VAGUE[low], "vague"), "vague"))
            i += 1
            continue
        # "Both men were listed in critical condition", "Both were taken to a hospital": two people
        if (
            low == "both"
            and tok.dep_ in ("det", "predet", "nsubj", "nsubjpass")
            and not (i + 1 < sent.end and (doc[i + 1].like_num or doc[i + 1].lower_ in ("of", "the", "sides")))
            and not _both_animals(tok)
        ):
            found.append(QuantitySpan(i, i + 1, tok, Quantity(2), "both"))
            i += 1
            continue
        if _is_number_token(tok):
            j = i + 1
            while j < sent.end and (
                _is_number_token(doc[j])
                or (
                    doc[j].lower_ in lx.NUMBER_PARTS
                    and j + 1 < sent.end
                    and _is_number_token(doc[j + 1])
                    and doc[j].lower_ not in (",",)
                    and (doc[j].lower_ != "and" or doc[j - 1].lower_ in ("hundred", "thousand", "million"))
                )
                or doc[j].lower_ in ("hundred", "thousand", "million", "dozen")
            ):
                j += 1
            text = doc[i:j].text
            value = words_to_int(text)
            if value is None and j > i + 1 and words_to_int(tok.text) is not None:
                j, value = i + 1, words_to_int(tok.text)  # "two 17-year-old boys": the count, then an age
            if value is None:
                # "Ghazi (43)", "12-year-old": a number but not a count
                i = j
                continue
            start = i
            if (
                i > sent.start
                and doc[i - 1].lower_ in ("a", "an")
                and doc[i].lower_ in ("dozen", "hundred", "thousand")
            ):
                start = i - 1
            found.append(QuantitySpan(start, j, doc[j - 1], Quantity(value), "number"))
            i = j
            continue
        i += 1
    qualified = [_with_qualifier(q, sent) for q in found if not _is_not_a_count(q, sent)]
    # the second number of a range ("between 10 and 15") is part of the first
    return [
        q
        for q in qualified
        if not any(
            o is not q and o.start <= q.start and q.end <= o.end and o.end - o.start > q.end - q.start
            for o in qualified
        )
    ]


#: Entities a number can be part of without counting anyone.
_NAME_ENTS = frozenset({"GPE", "FAC", "ORG", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


@rule(
    "not-a-count",
    "quantities",
    "no figure: ages, years, money, hours, names, vehicles",
    Example("Abdul Rashid Ghazi (43) was killed in the assault.", {"killed": 1}),
    Example("The blast damaged 12 vehicles and 3 houses.", {}),
    Example("A man, 19, was charged in the death of Tom Reyes, also 19.", {"killed": 1}),
    Example("Gangs burned homes in the valley. FATALITIES: 19 more people were killed.", {"killed": 19}),
    Example("Two 17-year-old boys were wounded outside a home.", {"injured": 2}),
)
def _is_not_a_count(q: QuantitySpan, sent: Span) -> bool:
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
    if before is not None and before.lower_ in ("no", "not", "nobody", "none"):
        return True  # "no one was killed"
    if before is not None and before.lower_ in ("aged", "age", "ages", "no.", "number", "#", "route", "highway"):
        return True
    # "Chad Murray, 31, was shot", "the victim, 25,", "both 28,": an age in commas
    if before is not None and before.text == "," and (after is None or after.text in (",", ")", ";", "and", ".")):
        prev = doc[q.start - 2] if q.start - 2 >= sent.start else None
        if prev is not None and (
            prev.pos_ == "PROPN" or prev.ent_type_ == "PERSON" or prev.lower_ in lx.SINGLE_PERSON_NOUNS
        ):
            return True
    # "both 28,", "the victim, also 20, is": an age restated for another person
    if (
        before is not None
        and before.lower_ in ("both", "ages", "also")
        and (after is None or after.text in (",", "and", ".", ";"))
    ):
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
    if (
        k >= sent.start
        and k < q.start
        and doc[k].lower_ in ("image", "photo", "slide", "picture", "page")
        and (k + 1 < q.start or (after is not None and after.lower_ == "of"))
    ):
        return True
    # "Three men, ages 25, 27 and 29": every number of the list is an age
    k = q.start - 1
    while k >= sent.start and (doc[k].like_num or doc[k].text in (",", "and")):
        k -= 1
    if k >= sent.start and k < q.start - 1 and doc[k].lower_ in ("ages", "aged"):
        return True
    if (
        after is not None
        and after.lower_ in ("-", "year", "years")
        and q.end + 1 < sent.end
        and doc[q.end + 1].lower_.startswith(("year", "old"))
    ):
        return True
    if after is not None and after.lower_ in (
        "%",
        "percent",
        "per",
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "o'clock",
        "hours",
        "hrs",
        "gmt",
    ):
        return True
    if after is not None and after.text == ":" and not q.head.whitespace_ and not after.whitespace_:
        return True  # "10:30"
    if before is not None and before.text in ("$", "£", "€", "Rs", "Rs."):
        return True
    # "10:30", not "FATALITIES: 19 more people were killed"
    if before is not None and before.text == ":" and not before.whitespace_ and q.start - 2 >= sent.start:
        return doc[q.start - 2].like_num and not doc[q.start - 2].whitespace_
    text = doc[q.start : q.end].text
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100  # a year


@rule(
    "qualifier",
    "quantities",
    "the qualifier and range: 'at least 40', 'between 10 and 15'",
    Example("At least 40 people were killed in the blast.", {"killed": 40}),
    Example("Between 10 and 15 people were wounded.", {"injured": 10}),
)
def _with_qualifier(q: QuantitySpan, sent: Span) -> QuantitySpan:
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
                return QuantitySpan(q.start - 1, k + 2, doc[k + 1], Quantity(low, "exact", low, high), q.form)
    k = q.end
    if k + 1 < sent.end and doc[k].lower_ in ("to", "-", "–", "or") and _is_number_token(doc[k + 1]):
        high = words_to_int(doc[k + 1].text)
        if high is not None and high > q.quantity.count and doc[k + 1].ent_type_ not in NON_COUNT_ENTS:
            low = q.quantity.count
            return QuantitySpan(q.start, k + 2, doc[k + 1], Quantity(low, "exact", low, high), q.form)
    for n in (3, 2, 1):
        if q.start - n < sent.start:
            continue
        words = " ".join(t.lower_ for t in doc[q.start - n : q.start])
        if words in QUALIFIER_WORDS:
            qual = QUALIFIER_WORDS[words]
            return QuantitySpan(q.start - n, q.end, q.head, Quantity(q.quantity.count, qual), q.form)
    return q


def _both_animals(tok: Token) -> bool:
    """'He found his two pups. Both were shot': a bare 'both' whose last plural noun before it is an animal."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].pos_ == "NOUN":
        return False
    start = tok.sent.start
    before = tok.doc[tok.doc[start - 1].sent.start : tok.i] if start > 0 else tok.doc[start : tok.i]
    plural = next((t for t in reversed(before) if t.tag_ in ("NNS", "NNPS")), None)
    return plural is not None and plural.lower_ in lx.NON_PERSON_WORDS
