"""Reading counts of people as reports write them: "Twelve", "1,300", "two dozen", "dozens".

Pure functions over strings, so they can be property-tested in isolation. The
conservative readings of vague quantities follow SPEC.md (dozens = 12,
scores = 20, hundreds = 100, ...), as ACLED codes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..record import Qualifier

UNITS: dict[str, int] = {
    "zero": 0,
    "no": 0,
    "none": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "lone": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "both": 2,
    "pair": 2,
    "couple": 2,
    "dozen": 12,
    "score": 20,
}
#: Words that only ever count (unlike "a", "an", "no", "single", "lone").
NUMBER_WORDS: frozenset[str] = frozenset(
    w for w in UNITS if w not in {"a", "an", "no", "none", "single", "lone", "pair", "couple", "both", "score"}
)
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
#: Vague plurals and their conservative counts (SPEC.md section 1).
VAGUE: dict[str, int] = {
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1_000_000,
    "several": 3,
    "few": 3,
    "numerous": 3,
    "many": 3,
    "couple": 2,
}
QUALIFIER_WORDS: dict[str, Qualifier] = {
    "at least": "at_least",
    "more than": "at_least",
    "over": "at_least",
    "upwards of": "at_least",
    "in excess of": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "crossed": "at_least",
    "exceeded": "at_least",
    "a minimum of": "at_least",
    "beyond": "at_least",
    "up to": "at_most",
    "fewer than": "at_most",
    "less than": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "as many as": "at_most",
    "under": "at_most",
    "a maximum of": "at_most",
    "about": "about",
    "around": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "close to": "about",
    "an estimated": "about",
    "estimated": "about",
    "approx.": "about",
    "just over": "about",
    "just under": "about",
    "some estimated": "about",
    "an approximate": "about",
}
MAX_COUNT = 10_000_000_000

_NUMERAL = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$|^\d*\.\d+$")
_SPLIT = re.compile(r"[\s\-\u2010-\u2015]+")


@dataclass(frozen=True)
class Quantity:
    """A count as written: ``count`` is the number coded, ``low``/``high`` bound a range."""

    count: int
    qualifier: Qualifier = "exact"
    low: int | None = None
    high: int | None = None


def parse_numeral(text: str) -> int | None:
    """'1,300' -> 1300, '12' -> 12, '1.5' (with a scale elsewhere) -> None; never raises."""
    s = text.strip()
    if not s or len(s) > 20 or not _NUMERAL.match(s):
        return None
    if "." in s:
        return None
    value = int(s.replace(",", ""))
    return value if value <= MAX_COUNT else None


@lru_cache(maxsize=65_536)
def words_to_int(text: str) -> int | None:
    """Read a whole number written in digits and/or English words.

    "Twelve" -> 12, "Twenty-six" -> 26, "two dozen" -> 24, "one hundred and five" -> 105,
    "1.5 million" -> 1500000, "a dozen" -> 12. Returns None for anything else.
    """
    if not isinstance(text, str) or not text.strip() or len(text) > 120:
        return None
    tokens = [t for t in _SPLIT.split(text.strip().lower().replace(",", ",")) if t]
    if not tokens:
        return None
    if len(tokens) == 1:
        direct = parse_numeral(tokens[0])
        if direct is not None:
            return direct
    total: float = 0
    current: float | None = None
    seen_number = False
    for i, tok in enumerate(tokens):
        if tok == "and" and seen_number:
            continue
        numeral = tok.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", numeral):
            if current not in (None, 0) and not (current == 1 and i == 1 and tokens[0] in ("a", "an")):
                return None
            current = float(numeral)
            seen_number = True
            continue
        if tok in SCALES:
            scale = SCALES[tok]
            base = current if current is not None else (1 if not seen_number else None)
            if base is None:
                return None
            if scale == 100:
                current = base * 100
            else:
                total += base * scale
                current = 0
            seen_number = True
            continue
        if tok in ("dozen", "score"):
            base = current if current is not None else 1
            current = base * UNITS[tok]
            seen_number = True
            continue
        if tok in UNITS and tok not in ("no", "none", "both", "pair", "couple", "single", "lone"):
            value = UNITS[tok]
            if tok in ("a", "an"):
                if seen_number or i == len(tokens) - 1:
                    return None
                current = 1
                continue
            if current not in (None, 0):
                # "twenty six" adds; "six twenty" does not read as a number
                if (current % 10 == 0 and current % 100 >= 20 and 0 < value < 10) or (
                    current >= 100 and current % 100 == 0 and value < 100
                ):
                    current += value
                else:
                    return None
            else:
                current = value
            seen_number = True
            continue
        return None
    if not seen_number:
        return None
    whole = total + (current or 0)
    if whole != int(whole) or whole < 0 or whole > MAX_COUNT:
        return None
    return int(whole)


def vague_count(word: str) -> int | None:
    """'dozens' -> 12, 'hundreds' -> 100, 'several' -> 3: SPEC.md's conservative readings."""
    if not isinstance(word, str):
        return None
    return VAGUE.get(word.strip().lower())


_RANGE = re.compile(
    r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|to)\s+(?P<b>.+)$|^(?P<c>.+?)\s*(?:-|–|to|or)\s*(?P<d>.+)$",
    re.IGNORECASE,
)


def parse_quantity(phrase: str) -> Quantity | None:
    """Read a whole quantity phrase: "at least 15", "between 10 and 15", "dozens", "nearly 200".

    Never raises; returns None when the phrase is not a count.
    """
    if not isinstance(phrase, str):
        return None
    s = " ".join(phrase.strip().lower().split())
    if not s or len(s) > 160:
        return None
    qualifier: Qualifier = "exact"
    for words in sorted(QUALIFIER_WORDS, key=len, reverse=True):
        if s.startswith(words + " "):
            qualifier = QUALIFIER_WORDS[words]
            s = s[len(words) + 1 :]
            break
    value = words_to_int(s)
    if value is not None:
        return Quantity(value, qualifier)
    vague = vague_count(s.removeprefix("a ").removesuffix(" of"))
    if vague is not None:
        return Quantity(vague, "vague")
    match = _RANGE.match(s)
    if match:
        a = match.group("a") or match.group("c")
        b = match.group("b") or match.group("d")
        low, high = words_to_int(a or ""), words_to_int(b or "")
        if low is not None and high is not None and low < high:
            return Quantity(low, "exact" if qualifier == "exact" else qualifier, low, high)
    return None
