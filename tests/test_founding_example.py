"""The founding example (the Lal Masjid report and its gold), where the shared evaluation folder is present.

A user's clone has no shared folder: the test is skipped there, and `make eval`
runs the shared scorer itself.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import sitrep
from gold_scoring import main_event, score

SHARED = Path(os.environ.get("SITREP_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
EXAMPLE = SHARED / "examples" / "lal-masjid"

pytestmark = pytest.mark.skipif(not (EXAMPLE / "gold.json").exists(), reason="no shared evaluation folder")


@pytest.fixture(scope="module")
def pair():
    gold = json.loads((EXAMPLE / "gold.json").read_text(encoding="utf-8"))
    text = (EXAMPLE / "article.txt").read_text(encoding="utf-8")
    return gold, sitrep.extract(text, published=gold["published"]).to_json()


def test_every_measure_is_1(pair):
    measures = score([pair])
    assert measures == dict.fromkeys(measures, 1.0)


def test_totals_agree(pair):
    gold, pred = pair
    assert main_event(pred)["totals"] == main_event(gold)["totals"]


def test_the_derived_militants_cite_their_words(pair):
    _gold, pred = pair
    text = (EXAMPLE / "article.txt").read_text(encoding="utf-8")
    derived = next(f for f in main_event(pred)["figures"] if f.get("derived"))
    assert (derived["kind"], derived["count"], derived["group_class"]) == ("killed", 88, "militants")
    assert derived["derived"] == "100 - 12"
    words = " ".join(text[s:e] for s, e in derived["evidence"])
    assert "100 dead" in words and "Twelve security personnel" in words and "the rest" in words
