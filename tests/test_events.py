"""Whether a report has an event at all: armed crime with nobody hurt is one, talk about guns is not."""

from __future__ import annotations

import pytest

from sitrep.pipeline import extract


def main_event(text: str, published: str = "2018-03-14"):
    record = extract(text, published=published)
    return next((e for e in record.events if e.main), None)


@pytest.mark.parametrize(
    "text, expected_date",
    [
        # a hold-up with nobody hurt and no shot fired
        ("Two robbers held up a pizza shop on Monday and took the cash register.", "2018-03-12"),
        ("Two men barged into a home with guns on Tuesday and demanded money from the owner.", "2018-03-13"),
        # a weapon found or pointed
        ("A student was found with a loaded handgun in his backpack on Monday, police said.", "2018-03-12"),
        ("A driver pointed a rifle at another motorist on Route 9 on Tuesday.", "2018-03-13"),
        # a bullet through a wall
        ("A woman found a bullet lodged in her kitchen wall on Monday morning.", "2018-03-12"),
    ],
)
def test_armed_crime_with_nobody_hurt_is_an_event(text, expected_date):
    event = main_event(text)
    assert event is not None
    assert (event.event_type, event.sub_event_type) == ("non_conflict", "crime")
    assert event.totals == {}
    assert event.date == expected_date


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers debated a bill on Monday that would raise the age to buy a rifle to 21.",
        "The company said on Tuesday that its profit rose 12 percent on strong demand for cement.",
    ],
)
def test_no_violence_no_event(text):
    assert main_event(text) is None
