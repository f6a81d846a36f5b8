from hypothesis import given
from hypothesis import strategies as st

from sitrep.extraction.numbers import Quantity, parse_numeral, parse_quantity, vague_count, words_to_int

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """English words for 1..999999, written independently of the parser."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        return spell(head) + " thousand" + (" " + spell(rest) if rest else "")
    if n >= 100:
        head, rest = divmod(n, 100)
        return ONES[head] + " hundred" + (" and " + spell(rest) if rest else "")
    if n >= 20:
        tens, ones = divmod(n, 10)
        return TENS[tens] + ("-" + ONES[ones] if ones else "")
    if n >= 10:
        return TEENS[n - 10]
    return ONES[n]


def test_words_and_numerals():
    assert words_to_int("Twelve") == 12
    assert words_to_int("Twenty-six") == 26
    assert words_to_int("1,300") == 1300
    assert words_to_int("two dozen") == 24
    assert words_to_int("a dozen") == 12
    assert words_to_int("one hundred and five") == 105
    assert words_to_int("1.5 million") == 1_500_000
    assert words_to_int("six twenty") is None
    assert words_to_int("militants") is None
    assert words_to_int("a") is None


def test_quantity_phrases():
    assert parse_quantity("at least 15") == Quantity(15, "at_least")
    assert parse_quantity("more than 40") == Quantity(40, "at_least")
    assert parse_quantity("over 1,300") == Quantity(1300, "at_least")
    assert parse_quantity("up to 30") == Quantity(30, "at_most")
    assert parse_quantity("nearly 200") == Quantity(200, "about")
    assert parse_quantity("between 10 and 15") == Quantity(10, "exact", 10, 15)
    assert parse_quantity("dozens") == Quantity(12, "vague")
    assert parse_quantity("scores") == Quantity(20, "vague")
    assert parse_quantity("hundreds") == Quantity(100, "vague")
    assert parse_quantity("several") == Quantity(3, "vague")
    assert parse_quantity("a few") == Quantity(3, "vague")
    assert parse_quantity("the rooms") is None


def test_vague_counts_follow_spec():
    assert [
        vague_count(w) for w in ("tens", "dozens", "scores", "hundreds", "thousands", "several", "few", "couple")
    ] == [10, 12, 20, 100, 1000, 3, 3, 2]


@given(st.integers(min_value=1, max_value=999_999))
def test_spelled_numbers_read_back(n):
    assert words_to_int(spell(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_numerals_with_thousands_separators_read_back(n):
    assert words_to_int(f"{n:,}") == n
    assert parse_numeral(str(n)) == n


@given(st.text(max_size=200))
def test_parsers_never_crash(text):
    for fn in (words_to_int, parse_numeral, vague_count, parse_quantity):
        result = fn(text)
        assert result is None or isinstance(result, (int, Quantity))
