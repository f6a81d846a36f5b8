"""The codebook rules of event types: every rule reads its own example sentences and not its counter-examples."""

from __future__ import annotations

import pytest

from sitrep.events.event_type import RULES, names_side, read_type, rule_votes, told_as_crime

EXAMPLES = [(rule.name, rule.event_type, rule.sub_event_type, text) for rule in RULES for text in rule.examples]
COUNTER = [(rule.name, rule.event_type, rule.sub_event_type, text) for rule in RULES for text in rule.counter_examples]


def test_every_rule_has_a_unique_name_and_an_example():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples for rule in RULES)


@pytest.mark.parametrize("name, event_type, sub_event_type, text", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_rule_reads_its_examples(name, event_type, sub_event_type, text):
    reading = read_type(text)
    assert reading is not None
    assert (reading.event_type, reading.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize("name, event_type, sub_event_type, text", COUNTER, ids=[e[0] for e in COUNTER])
def test_rule_does_not_read_its_counter_examples(name, event_type, sub_event_type, text):
    reading = read_type(text)
    assert reading is None or (reading.event_type, reading.sub_event_type) != (event_type, sub_event_type)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the actors decide: armed men on unarmed people, two armed sides, a crowd and the police
        ("Gunmen stormed the village and shot dead seven farmers.", ("violence_against_civilians", "attack")),
        ("Rebels fought government troops for three hours near the bridge.", ("battles", "armed_clash")),
        ("Demonstrators hurled stones at police, who fired tear gas.", ("riots", "violent_demonstration")),
        ("Villagers beat a suspected thief to death at the market.", ("riots", "mob_violence")),
        ("Attackers poured acid on five officials.", ("violence_against_civilians", "attack")),
        # the weapon decides remote violence, whoever it hits
        (
            "A drone strike hit a house in the valley, killing a family of four.",
            ("explosions_remote_violence", "air_drone_strike"),
        ),
        (
            "Mortar shells landed on the market, wounding 12.",
            ("explosions_remote_violence", "shelling_artillery_missile"),
        ),
        # strategic developments
        ("Police arrested twelve suspected members of the cell on Tuesday.", ("strategic_developments", "arrests")),
        (
            "Bomb disposal experts defused an explosive device found under a bridge.",
            ("strategic_developments", "disrupted_weapons_use"),
        ),
        (
            "Militants looted shops and torched a clinic in the village overnight.",
            ("strategic_developments", "looting_property_destruction"),
        ),
        (
            "The army deployed reinforcements to the northern frontline.",
            ("strategic_developments", "change_to_group_activity"),
        ),
        # non conflict
        ("A minibus collided with a lorry on the highway, killing nine passengers.", ("non_conflict", "accident")),
    ],
)
def test_codebook_reading(text, expected):
    reading = read_type(text)
    assert reading is not None
    assert (reading.event_type, reading.sub_event_type) == expected


def test_the_lead_says_what_happened():
    text = "Gunmen shot dead a trader in the town. The next day hundreds of residents protested against the killing."
    reading = read_type(text)
    assert (reading.event_type, reading.sub_event_type) == ("violence_against_civilians", "attack")


def test_evidence_is_the_words_read():
    text = "On Monday, a roadside bomb hit a bus near the border."
    reading = read_type(text)
    assert reading.rule == "remote_explosive"
    assert [text[a:b] for a, b in reading.evidence] == ["roadside bomb"]


def test_evidence_offsets_are_into_the_text_when_reading_some_sentences():
    text = "The match ended late. Police fired tear gas at protesters in the square."
    windows = [(22, len(text))]
    reading = read_type(text, windows)
    assert reading.rule == "protest_intervention"
    assert text[reading.evidence[0][0] : reading.evidence[0][1]].startswith("Police fired tear")


def test_month_march_is_not_a_march():
    assert read_type("On 4 March, the council approved the budget.") is None


def test_sides_and_crime_telling():
    assert names_side("Boko Haram militants attacked the town.")
    assert names_side("Soldiers opened fire.")
    assert not names_side("Police said a man was shot on Elm Street.")
    assert not names_side("Military police said the robber held six hostages.")
    assert told_as_crime("Detectives are investigating the shooting, police said.")
    assert not told_as_crime("Militants attacked a checkpoint.")


@pytest.mark.parametrize(
    "text, organised",
    [
        # the police as the side that acted: their raid, an exchange of fire with them, a detainee they tortured
        ("Two men accused of selling drugs were killed during a police raid in the port district.", True),
        ("A shoot-out broke out between the military police and a gang near the bus terminal.", True),
        ("Cattle thieves exchanged fire with police reservists in the hills overnight.", True),
        ("A detainee said he had been tortured by police officers at the station.", True),
        # the police who attend a street crime, or shot a suspect in one: ordinary crime
        ("Police are investigating after a man was shot dead outside a bar on Elm Street.", False),
        ("A man who threatened officers with a knife was shot by police, the department said.", False),
        ("A city police department raid on a suspected burglar turned up stolen phones.", False),
    ],
)
def test_state_forces_acting_name_a_side(text, organised):
    assert names_side(text) is organised


def test_each_event_of_a_report_gets_its_own_type():
    from sitrep.pipeline import extract

    text = (
        "Three students were injured when police fired tear gas at a protest against fee increases in Nairobi "
        "on Monday. In a separate attack, gunmen shot dead two farmers in their fields near Garissa on Sunday."
    )
    events = extract(text, published="2020-05-04").events
    assert [(e.main, e.event_type, e.sub_event_type, e.totals) for e in events] == [
        (True, "protests", "protest_with_intervention", {"injured": 3}),
        (False, "violence_against_civilians", "attack", {"killed": 2}),
    ]
    assert [text[a:b] for a, b in events[0].type_evidence] == ["police fired tear gas"]
    assert all(e.type_source == "rules" for e in events)


def test_the_table_view_shows_the_words_the_type_was_read_from():
    from rich.console import Console

    from sitrep.pipeline import extract
    from sitrep.render import render

    record = extract(
        "A roadside bomb hit a police convoy near Kandahar on Monday, killing two officers.", published="2020-05-05"
    )
    console = Console(record=True, width=120)
    render(record, console)
    assert "type read from 'roadside bomb' (rules)" in console.export_text()


def test_every_rule_votes_not_only_the_first() -> None:
    votes = rule_votes("Gunmen attacked the village and killed five residents. Soldiers clashed with them.")
    assert votes == (
        "blocked:violent_demonstration",
        "any:armed_on_civilians",
        "blocked:armed_clash",
        "any:attack_on_civilians",
        "any:mob_violence",
        "any:harm_to_people",
        "lead:armed_on_civilians",
    )


def test_the_sides_a_note_names_by_the_codebooks_classes():
    from sitrep.events.event_type import side_votes

    assert side_votes("A farmer was shot dead by suspected militants near the town.") == (
        "by:ARMED",
        "first:CIVILIAN",
        "pair:CIVILIAN-ARMED",
        "side:ARMED",
        "side:CIVILIAN",
    )
    assert side_votes("The council approved the new budget.") == ("side:none",)


@pytest.mark.parametrize(
    "text, crowd",
    [
        ("villagers assaulted and killed a man", True),
        ("were beaten by angry youths", True),
        ("students were stabbed outside the school", False),
        ("the victims fought back", False),
        ("residents, but the victims fought", False),
    ],
)
def test_a_crowd_is_named_as_the_side_that_acted_not_the_one_that_suffered(text, crowd):
    from sitrep.events.event_type import names_mob

    assert names_mob(text) is crowd


#: Whole reports through the pipeline: (text, published, the main event's type and sub-type).
PIPELINE_TYPES = [
    # a street shooting told as a crime stays non_conflict
    (
        "A 31-year-old man was shot and wounded outside a convenience store on Maple Avenue late Saturday, "
        "police said. Detectives have not identified a suspect.",
        "2020-05-10",
        ("non_conflict", "crime"),
    ),
    # executions, crimes and attacks on the unarmed
    (
        "Police said 106 bodies that were bullet-ridden and handcuffed were found in the city on Tuesday.",
        "2020-05-06",
        ("violence_against_civilians", "attack"),
    ),
    (
        "The body of a man was found in a car on Elm Street, police said. Detectives are investigating.",
        "2020-05-06",
        ("non_conflict", "crime"),
    ),
    (
        "Gunmen armed with rifles and grenades attacked two hotels and the railway station on Wednesday night, "
        "firing on guests and commuters and killing at least 80 people, officials said.",
        "2020-05-06",
        ("violence_against_civilians", "attack"),
    ),
    (
        "A bus overturned on the highway on Sunday, killing six passengers, police said.",
        "2020-05-06",
        ("non_conflict", "accident"),
    ),
    # a crowd's act is not read as a crime or an accident; a group of the public that acted is a crowd, even
    # where the report tells of a suspected thief
    (
        "A mob lynched a man suspected of stealing a motorcycle in the village on Sunday, police said.",
        "2020-05-06",
        ("riots", "mob_violence"),
    ),
    (
        "Residents blocked the main highway on Friday after a truck crashed into a minibus, killing two, "
        "and lit bonfires on the road to protest frequent accidents.",
        "2020-05-06",
        ("riots", "violent_demonstration"),
    ),
    (
        "Farmers staged a rally in the district town on Monday demanding relief after floods destroyed crops.",
        "2020-05-06",
        ("protests", "peaceful_protest"),
    ),
    (
        "On Sunday villagers assaulted and killed a man suspected of stealing goats near the market.",
        "2020-05-06",
        ("riots", "mob_violence"),
    ),
    # residents who fight off intruders are no crowd
    (
        "Two armed intruders forced their way into a home and threatened to kill the residents, but the victims "
        "fought back and held one of the suspects until police arrived.",
        "2020-05-06",
        ("non_conflict", "crime"),
    ),
]


@pytest.mark.parametrize("text, published, expected", PIPELINE_TYPES)
def test_the_pipeline_types_the_main_event(text, published, expected):
    from sitrep.pipeline import extract

    event = extract(text, published=published).main_event
    assert event is not None and (event.event_type, event.sub_event_type) == expected
