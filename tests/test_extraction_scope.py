"""A figure's scope and role: what it counts, so tolls are reconciled and parts, periods and earlier events are not.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep


def record(text: str) -> dict:
    return sitrep.extract(text, published="2024-03-12").to_json(include_text=False)


def main(rec: dict) -> dict:
    return next(e for e in rec["events"] if e["main"])


def brief(event: dict) -> list[tuple]:
    return [(f["kind"], f["count"], f["scope"], f["role"]) for f in event["figures"]]


def test_a_count_since_january_is_context_and_in_no_total():
    rec = record(
        "A car bomb killed eight people at a market in Baqubah on Monday. "
        "Air strikes have killed 190 civilians in the province since January."
    )
    event = main(rec)
    assert brief(event) == [("killed", 8, "event", "toll"), ("killed", 190, "cumulative", "toll")]
    assert event["figures"][1]["period"] == "since January"
    assert event["totals"] == {"killed": 8}


def test_an_earlier_bombing_is_a_background_event_with_its_own_date():
    rec = record(
        "A suicide bomber killed 14 people at the Mansour market on Tuesday. The same market was hit "
        "in a bombing last month in which 28 people were killed."
    )
    event = main(rec)
    assert brief(event) == [("killed", 14, "event", "toll")]
    assert event["totals"] == {"killed": 14}
    earlier = next(e for e in rec["events"] if not e["main"])
    assert brief(earlier) == [("killed", 28, "background", "toll")]
    assert earlier["date"] == "2024-02-01" and earlier["date_precision"] == "month"


def test_parts_of_a_toll_are_parts_and_never_add_to_it():
    rec = record(
        "Gunmen stormed two hotels in the capital on Friday, killing 100 people, 12 of them soldiers. "
        "Forty of them were killed at the Sahafi hotel."
    )
    event = main(rec)
    assert brief(event) == [
        ("killed", 100, "event", "toll"),
        ("killed", 12, "event", "part"),
        ("killed", 40, "event", "part"),
    ]
    assert event["figures"][1]["group"] == "soldiers"
    assert event["totals"] == {"killed": 100}


def test_a_named_single_death_is_one_person_beside_the_toll():
    rec = record(
        "Troops stormed the mosque on Tuesday. The cleric Abdul Ghazi was killed in the assault, "
        "and 100 people died in the fighting."
    )
    event = main(rec)
    named = [f for f in event["figures"] if f.get("named")]
    assert [(f["group"], f["count"], f["role"], f["scope"]) for f in named] == [("Abdul Ghazi", 1, "person", "event")]
    assert event["totals"] == {"killed": 100}


@pytest.mark.parametrize(
    "text",
    [
        "Police said 41 people had been shot in the city so far this year.",
        "At least 300 people have been killed in the region this year, the monitor said.",
    ],
)
def test_a_report_of_a_period_alone_has_no_event_toll(text):
    rec = record(text)
    for event in rec["events"]:
        assert event["totals"] == {}
        assert all(f["scope"] == "cumulative" for f in event["figures"])


def test_the_killing_a_protest_is_about_is_a_background_event():
    rec = record(
        "Hundreds of students staged a protest rally in the city on Monday, demanding justice for the "
        "killing of two farmers. Police fired tear gas to disperse them."
    )
    event = main(rec)
    assert event["event_type"] == "protests" and event["totals"] == {}
    cause = next(e for e in rec["events"] if not e["main"])
    assert brief(cause) == [("killed", 2, "background", "toll")]


def test_a_series_of_raids_is_the_event_not_several():
    rec = record("Police arrested 14 suspected militants in a series of raids in the city on Saturday.")
    assert brief(main(rec)) == [("arrested", 14, "event", "toll")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Three men were wounded in separate shootings on the east side on Saturday night. "
            "A 30-year-old man was shot in the hand on Elm Street.",
            "in separate shootings",
        ),
        (
            "Two women were shot at different locations late Friday. One woman was shot in the leg near a bus stop.",
            "at different locations",
        ),
        (
            "Two teenagers were shot in shootings a mile apart on Sunday. A 16-year-old boy was hit in the arm.",
            "shootings a mile apart",
        ),
    ],
)
def test_a_count_spread_over_separate_incidents_is_no_event_toll(text, words):
    event = main(record(text))
    spread = [f for f in event["figures"] if f["count"] > 1]
    assert [(f["scope"], f["period"]) for f in spread] == [("cumulative", words)]
    assert event["totals"] == {"injured": 1}


def test_a_count_in_one_incident_is_not_spread():
    event = main(record("Two men were shot outside a bar on Elm Street on Friday night."))
    assert brief(event) == [("injured", 2, "event", "toll")]
