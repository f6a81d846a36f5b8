"""The POS rules read out of the attribute ruler give exactly the ruler's POS."""

from __future__ import annotations

import pytest
import spacy

from sitrep.errors import RuleError
from sitrep.nlp import DEFAULT_MODEL, UNUSED_COMPONENTS
from sitrep.pos import PosRules, replace_attribute_ruler

TEXTS = [
    "There is no doubt that the militants were holding 150 hostages in the basement.",
    "Twelve security personnel were among those killed while the rest were militants.",
    "That was what he said, and which of them ain't gonna go is not known.",
    "A 26-year-old man was shot dead late Saturday outside a bar on Main Street, police said.",
]


def test_pos_rules_match_the_attribute_ruler():
    reference = spacy.load(DEFAULT_MODEL, exclude=list(UNUSED_COMPONENTS))
    fast = spacy.load(DEFAULT_MODEL, exclude=list(UNUSED_COMPONENTS))
    assert replace_attribute_ruler(fast)
    for a, b in zip(reference.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert [t.pos_ for t in a] == [t.pos_ for t in b]


def test_a_rule_of_another_shape_leaves_the_ruler_in_place():
    with pytest.raises(RuleError, match="not a token-attribute POS rule"):
        PosRules([{"patterns": [[{"ORTH": "x"}]], "attrs": {"POS": "X"}}])
