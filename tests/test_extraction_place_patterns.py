"""Place patterns as data: every pattern takes the name of each of its example sentences."""

from __future__ import annotations

import pytest

from sitrep.extraction.place_patterns import PLACE_PATTERNS, pattern_matches


@pytest.mark.parametrize(
    ("pattern", "sentence", "name"), [(p.name, s, n) for p in PLACE_PATTERNS for s, n in p.examples]
)
def test_every_pattern_takes_the_name_of_its_examples(nlp, pattern, sentence, name):
    doc = nlp(sentence)
    found = [doc[n0:n1].text for p, n0, n1, *_ in pattern_matches(doc) if p == pattern]
    assert found == [name]


def test_a_peoples_adjective_before_a_kind_word_is_no_name(nlp):
    doc = nlp("Gunmen fired at a car driving to the Israeli settlement of Fadouel.")
    assert [doc[n0:n1].text for _p, n0, n1, *_ in pattern_matches(doc)] == ["Fadouel"]
