"""Sides as ACLED's codebook classes them, beside SPEC's classes, named as the report names them."""

from __future__ import annotations

import pytest

from sitrep.extraction.actors import acled_class
from sitrep.pipeline import extract


@pytest.mark.parametrize(
    "name, spec_class, expected",
    [
        ("Tehreek-e-Taliban Pakistan militants", "militants", "rebel_group"),
        ("Boko Haram", "militants", "rebel_group"),
        ("Pakistani troops", "security_forces", "state_forces"),
        ("the interior ministry", "government", "state_forces"),
        ("unidentified gunmen", "militants", "political_militia"),
        ("Fulani militia", "militants", "identity_militia"),
        ("vigilantes", "militants", "identity_militia"),
        ("UN peacekeepers", "security_forces", "external_other"),
        ("rioters", "rioters", "rioters"),
        ("protesters", "protesters", "protesters"),
        ("villagers", "civilians", "civilians"),
        ("the company", "unknown", None),
    ],
)
def test_acled_class(name, spec_class, expected):
    assert acled_class(name, spec_class) == expected


def sides(text: str) -> list[tuple[str, str, str | None, str]]:
    event = extract(text, published="2020-05-04").main_event
    return [(a.name, a.actor_class, a.acled_class, a.role) for a in event.actors]


def test_two_armed_sides_named_with_their_roles():
    assert sides(
        "Tehreek-e-Taliban Pakistan militants attacked Pakistani troops in North Waziristan on Sunday, "
        "killing three soldiers."
    ) == [
        ("Tehreek-e-Taliban Pakistan militants", "militants", "rebel_group", "actor1"),
        ("Pakistani troops", "security_forces", "state_forces", "actor2"),
    ]


def test_unidentified_gunmen_are_a_political_militia():
    assert sides("Unidentified gunmen shot dead a village chief in Kaura Namoda on Sunday.")[0] == (
        "Unidentified gunmen",
        "militants",
        "political_militia",
        "actor1",
    )


def test_json_carries_both_classes():
    event = extract("Boko Haram fighters attacked soldiers near Monguno on Sunday.", published="2020-05-04").main_event
    data = event.actors[0].to_json()
    assert data["class"] == "militants" and data["acled_class"] == "rebel_group"


def test_a_crowd_is_classed_by_what_it_did():
    protest = extract(
        "Teachers staged a protest outside the ministry on Monday demanding unpaid salaries.", published="2020-05-05"
    ).main_event
    assert [(a.name, a.acled_class, a.role) for a in protest.actors][:1] == [("Teachers", "protesters", "actor1")]
    riot = extract(
        "Students hurled stones at police and burned tyres during a protest over fees on Monday.",
        published="2020-05-05",
    ).main_event
    assert riot.event_type == "riots"
    assert riot.actors[0].acled_class == "rioters"
