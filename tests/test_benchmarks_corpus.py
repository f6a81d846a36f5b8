"""The synthetic corpus: deterministic, lazy, within its word bounds, and varied."""

from __future__ import annotations

import itertools
import re
import statistics
import time
from collections import Counter
from datetime import date

import pytest
from benchmarks.corpus import MAX_WORDS, MIN_WORDS, CorpusReport, make_corpus, number_words

from sitrep.errors import SettingError
from sitrep.read import read_text

SAMPLE = 300


@pytest.fixture(scope="module")
def reports() -> list[CorpusReport]:
    return list(make_corpus(SAMPLE, seed=0))


def test_same_seed_same_corpus() -> None:
    assert list(make_corpus(25, seed=11)) == list(make_corpus(25, seed=11))


def test_other_seed_other_corpus() -> None:
    first = [r.text for r in make_corpus(10, seed=1)]
    second = [r.text for r in make_corpus(10, seed=2)]
    assert not set(first) & set(second)


def test_a_longer_corpus_starts_with_the_shorter_one() -> None:
    assert list(make_corpus(5, seed=3)) == list(itertools.islice(make_corpus(50, seed=3), 5))


def test_word_counts_stay_within_bounds_and_spread_over_them(reports: list[CorpusReport]) -> None:
    counts = [len(r.text.split()) for r in reports]
    assert min(counts) >= MIN_WORDS
    assert max(counts) <= MAX_WORDS
    assert min(counts) < MIN_WORDS + 50 and max(counts) > MAX_WORDS - 50
    assert 500 <= statistics.mean(counts) <= 600
    tenths = Counter((c - MIN_WORDS) * 10 // (MAX_WORDS - MIN_WORDS + 1) for c in counts)
    assert len(tenths) == 10 and min(tenths.values()) >= SAMPLE // 30


def test_texts_titles_and_ids_are_distinct(reports: list[CorpusReport]) -> None:
    assert len({r.text for r in reports}) == SAMPLE
    assert len({r.id for r in reports}) == SAMPLE
    assert len({r.title for r in reports}) > SAMPLE // 2


def test_no_two_reports_are_near_duplicates(reports: list[CorpusReport]) -> None:
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = text.lower().split()
        return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}

    sets = [shingles(r.text) for r in reports[:120]]
    worst = max(len(a & b) / len(a | b) for a, b in itertools.combinations(sets, 2))
    assert worst < 0.5


def test_no_sentence_is_told_twice_in_one_report(reports: list[CorpusReport]) -> None:
    for report in reports:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", report.text) if len(s) > 40]
        assert len(sentences) == len(set(sentences)), report.id


def test_reports_are_complete_and_readable(reports: list[CorpusReport]) -> None:
    for report in reports:
        assert date.fromisoformat(report.published)
        assert report.title and report.outlet
        assert "{" not in report.text and "}" not in report.text
        assert report.text.rstrip()[-1] in '."'
        read_text(report.text, published=report.published)  # passes sitrep's own input checks


def test_reports_vary_in_place_time_and_numbers(reports: list[CorpusReport]) -> None:
    text = "\n".join(r.text for r in reports).lower()
    years = {r.published[:4] for r in reports}
    assert len(years) >= 12
    for phrase in (
        "at least",
        "dozens of",
        "the rest",
        "yesterday",
        " on ",
        " said",
        "killed",
        "wounded",
        "arrested",
        "abducted",
        "shelling",
        "air strike",
        "suicide",
        "siege",
        "protest",
        "riot",
        "police",
        "more than",
        "between",
        "nearly",
    ):
        assert phrase in text, phrase
    datelined = {r.text.split(" — ")[0] for r in reports if " — " in r.text[:60]}
    assert len(datelined) >= 40


def test_the_corpus_is_lazy() -> None:
    start = time.perf_counter()
    first = list(itertools.islice(make_corpus(10**12, seed=0), 5))
    assert len(first) == 5
    assert time.perf_counter() - start < 2.0


def test_negative_size_is_refused() -> None:
    with pytest.raises(SettingError, match="n must be zero or more"):
        make_corpus(-1)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zero"),
        (7, "seven"),
        (13, "thirteen"),
        (40, "forty"),
        (58, "fifty-eight"),
        (100, "one hundred"),
        (342, "three hundred and forty-two"),
        (12500, "12,500"),
    ],
)
def test_number_words(n: int, words: str) -> None:
    assert number_words(n) == words
