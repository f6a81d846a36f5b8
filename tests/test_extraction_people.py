"""People (titles, roles, merged mentions) and quotes (direct and reported, with speakers)."""

from __future__ import annotations

from sitrep.extraction.people import extract_people
from sitrep.extraction.quotes import extract_quotes

TEXT = (
    'Army spokesman Major General Waheed Arshad told reporters, "It is the final push to clear the area."\n'
    "Arshad said troops were moving carefully.\n"
    '"Several bunkers are yet to be cleared," he said.\n'
    "A security official said the militants had run out of food.\n"
)


def test_a_person_has_title_role_and_every_mention(nlp):
    people = extract_people(nlp(TEXT)).people
    assert [p.name for p in people] == ["Waheed Arshad"]
    arshad = people[0]
    assert arshad.title == "Major General"
    assert arshad.role == "Army spokesman"
    mentions = [TEXT[s:e] for s, e in arshad.mentions]
    assert mentions[:2] == ["Waheed Arshad", "Arshad"]
    assert "he" in mentions


def test_quotes_have_their_speakers(nlp):
    doc = nlp(TEXT)
    quotes = extract_quotes(doc, extract_people(doc))
    direct = [(q.speaker, q.verb, q.text) for q in quotes if q.kind == "direct"]
    assert direct == [
        ("Waheed Arshad", "told", "It is the final push to clear the area."),
        ("Waheed Arshad", "said", "Several bunkers are yet to be cleared"),
    ]
    indirect = {(q.speaker, q.verb, q.text) for q in quotes if q.kind == "indirect"}
    assert ("Waheed Arshad", "said", "troops were moving carefully") in indirect
    assert ("A security official", "said", "the militants had run out of food") in indirect


def test_a_quote_evidence_span_is_its_words(nlp):
    doc = nlp(TEXT)
    quote = extract_quotes(doc, extract_people(doc))[0]
    start, end = quote.evidence[0]
    assert TEXT[start:end] == quote.text


def test_names_are_kept_as_written(nlp):
    text = "Al Qaeda's deputy leader Ayman al-Zawahiri urged Pakistanis to revolt, a video showed."
    assert [p.name for p in extract_people(nlp(text)).people] == ["Ayman al-Zawahiri"]


def test_places_the_tagger_takes_for_people_are_not_people(nlp):
    text = (
        "Gunfire rolled across the capital's G-6 sector. Residents of the G-6 and G-7 sectors stayed inside. "
        '"Nobody is buying," said Gul Rehman, a cloth merchant in Peshawar\'s Qissa Khwani bazaar. '
        "Kidnappings of aid workers have become common."
    )
    assert [p.name for p in extract_people(nlp(text)).people] == ["Gul Rehman"]


def test_a_name_after_a_preposition_stays_a_person_unless_the_gazetteer_knows_it(nlp):
    text = "Police said the gun was found in James Carter's car. Officers later arrested James Carter."
    assert [p.name for p in extract_people(nlp(text)).people] == ["James Carter"]


def test_streets_buildings_and_credits_named_after_people_are_not_people(nlp):
    text = (
        "By Maria Lopez and Tom Reed\n"
        "A man was shot near Shelby Drive on Tuesday, police spokeswoman Nicole Grant said. "
        "He was taken to Albert Einstein Medical Center, where he was in stable condition, the station WXYZ9 "
        "reported. Photographs for the crime desk by Joseph Kowalski show the car. "
        "(Photo: Laura Bishop/Staff Photographer)"
    )
    assert [p.name for p in extract_people(nlp(text)).people] == ["Nicole Grant"]
