"""Quotes and their speakers: a speaker is a person, an organisation or an unnamed source.

The sentences are written for these tests.
"""

from __future__ import annotations

import sitrep


def quotes(text: str) -> list[tuple[str, str]]:
    rec = sitrep.extract(text, published="2024-03-12").to_json(include_text=False)
    return [(q["speaker"], q["text"]) for q in rec["quotes"]]


def test_a_headline_is_not_a_quote_and_a_number_never_speaks():
    text = (
        "Troops storm Red Mosque; 100 reported dead\n"
        "ISLAMABAD, July 10 - Pakistani troops stormed the Red Mosque on Tuesday. Army spokesman Waheed Arshad "
        "said the operation was nearly over. Three said they saw the bodies."
    )
    assert quotes(text) == [("Waheed Arshad", "the operation was nearly over")]


def test_a_place_never_speaks():
    assert quotes("Troops stormed the mosque on Tuesday. Islamabad said the talks had failed.") == []


def test_captions_and_bylines_are_not_quotes():
    text = (
        "A man was shot on Main Street on Tuesday.\n"
        "Photo: Police said the man was armed.\n"
        "By John Smith, who said he saw it"
    )
    assert quotes(text) == []


def test_an_unnamed_source_speaks():
    assert quotes("Troops stormed the mosque. A security official said that the cleric had refused to leave.") == [
        ("A security official", "the cleric had refused to leave")
    ]


def test_he_said_resolves_across_sentences():
    text = (
        "Abdul Rashid Ghazi spoke to reporters by phone from inside the mosque on Monday. "
        '"We will not surrender to the army," he said.'
    )
    assert quotes(text) == [("Abdul Rashid Ghazi", "We will not surrender to the army")]


def test_he_said_is_the_person_spoken_of_last_not_an_earlier_name():
    text = (
        "Maria Lopez, 34, was shot twice. Her brother Carlos rushed to the scene. "
        '"I saw her lying on the street," he told reporters.'
    )
    assert quotes(text) == [("Carlos", "I saw her lying on the street")]
    text = 'Maria Lopez, 34, was shot twice. A neighbour ran outside. "I saw her lying on the street," she said.'
    assert quotes(text) == [("A neighbour", "I saw her lying on the street")]
