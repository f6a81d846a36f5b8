"""One pipeline per process: reports are parsed without lemmas; the token patterns' lemmas come from its own,
switched-off lemmatizer, the same lemmas as a pipeline loaded for them alone."""

from __future__ import annotations

import pytest
import spacy

from sitrep import nlp
from sitrep.errors import ModelError
from sitrep.events import type_tokens

TEXTS = [
    "Protesters blocked the main roads into the capital on Monday.",
    "FATALITIES: two. Human rights groups said the gates had been blocked for days.",
    "They were blocking the entrance to the ministry when police arrived.",
    "",
]


def test_lemmas_are_those_of_a_pipeline_loaded_for_them_alone():
    alone = spacy.load(nlp.DEFAULT_MODEL, exclude=["parser", "ner", "senter"])
    for a, b in zip(alone.pipe(TEXTS), nlp.lemmatise(TEXTS), strict=True):
        assert [(t.text, t.lemma_, t.pos_, t.tag_) for t in a] == [(t.text, t.lemma_, t.pos_, t.tag_) for t in b]


def test_a_report_is_parsed_without_lemmas():
    pipeline = nlp.load()
    assert "lemmatizer" in pipeline.disabled
    doc = pipeline("Protesters blocked the roads.")
    assert [t.lemma_ for t in doc] == ["", "", "", "", ""]
    assert [t.lemma_ for t in next(nlp.lemmatise(["Protesters blocked the roads."]))] == [
        "protester",
        "block",
        "the",
        "road",
        ".",
    ]


def test_the_token_patterns_share_the_pipeline_vocabulary():
    found = type_tokens.matcher({"way_blocked": [{"LEMMA": "block", "POS": "VERB"}]})
    assert found.vocab is nlp.load().vocab
    gate = type_tokens.gate({"way_blocked": [{"LEMMA": "block", "POS": "VERB"}]})
    assert type_tokens.first_matches(found, gate, "Calm. Crowds blocked it.") == {"way_blocked": (13, 20)}


def test_a_pipeline_without_a_lemmatizer_says_so(monkeypatch: pytest.MonkeyPatch):
    nlp.load()
    monkeypatch.setattr(nlp, "_lemma_steps", {})
    with pytest.raises(ModelError, match="has no lemmatizer"):
        next(nlp.lemmatise(["text"]))


def test_a_matcher_made_inside_a_memory_zone_still_names_its_rules_after_it():
    pipeline = nlp.load()
    with pipeline.memory_zone():
        found = type_tokens.matcher({"zone_blocked": [{"LEMMA": "block", "POS": "VERB"}]})
    gate = type_tokens.gate({"zone_blocked": [{"LEMMA": "block", "POS": "VERB"}]})
    with pipeline.memory_zone():
        assert type_tokens.first_matches(found, gate, "Crowds blocked it.") == {"zone_blocked": (7, 14)}
