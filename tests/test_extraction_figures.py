"""Figures from sentences written for these tests: kind, count, qualifier, group and class."""

import pytest

from sitrep.extraction.figures import extract_figures, group_class


def figures(nlp, text):
    return [
        (m.figure.kind, m.figure.count, m.figure.qualifier, m.figure.group, m.figure.group_class, m.figure.certainty)
        for m in extract_figures(nlp(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 15 people were killed and more than 40 wounded when a suicide bomber struck a market.",
            [
                ("killed", 15, "at_least", "people", "unknown", "stated"),
                ("injured", 40, "at_least", "wounded", "unknown", "stated"),
            ],
        ),
        (
            "Two soldiers and three civilians died in the attack.",
            [
                ("killed", 2, "exact", "soldiers", "security_forces", "stated"),
                ("killed", 3, "exact", "civilians", "civilians", "stated"),
            ],
        ),
        (
            "The blast killed 12 people, including three children, and injured dozens of others.",
            [
                ("killed", 12, "exact", "people", "unknown", "stated"),
                ("killed", 3, "exact", "children", "civilians", "stated"),
                ("injured", 12, "vague", "others", "unknown", "stated"),
            ],
        ),
        (
            "Gunmen abducted 24 students from a school in the north.",
            [("kidnapped", 24, "exact", "students", "civilians", "stated")],
        ),
        (
            "The death toll from the bombing rose to 28 on Sunday.",
            [("killed", 28, "exact", "people", "unknown", "stated")],
        ),
        (
            "Between 10 and 15 militants were killed in the air strike, officials said.",
            [("killed", 10, "exact", "militants", "militants", "stated")],
        ),
        (
            "Security forces killed eight insurgents in a gunfight.",
            [("killed", 8, "exact", "insurgents", "militants", "stated")],
        ),
        (
            "The attack left six dead and 11 injured.",
            [
                ("killed", 6, "exact", "dead", "unknown", "stated"),
                ("injured", 11, "exact", "injured", "unknown", "stated"),
            ],
        ),
        (
            "Nearly 200 families were displaced by the fighting.",
            [("displaced", 200, "about", "families", "civilians", "stated")],
        ),
        ("Scores of people were injured in the stampede.", [("injured", 20, "vague", "people", "unknown", "stated")]),
        (
            "Two people were found shot to death inside a home on Monday.",
            [("killed", 2, "exact", "people", "unknown", "stated")],
        ),
        ("Five of the hostages were freed on Tuesday.", [("rescued", 5, "exact", "hostages", "civilians", "stated")]),
    ],
)
def test_counted_groups(nlp, text, expected):
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 26-year-old man was shot and killed late Saturday, police said.", [("killed", 1, "man")]),
        ("A woman was wounded in the leg and is in stable condition.", [("injured", 1, "woman")]),
        ("The gunman was shot dead by police.", [("killed", 1, "gunman")]),
        ("The victim was pronounced dead at the scene.", [("killed", 1, "victim")]),
        ("A teenager suffered a graze wound and was treated at the scene.", [("injured", 1, "teenager")]),
    ],
)
def test_one_person_counts_one(nlp, text, expected):
    assert [(k, c, g) for k, c, _q, g, _cls, _cert in figures(nlp, text)] == expected


def test_a_person_wounded_then_dead_is_one_death(nlp):
    text = "A man was shot on Friday night. He died at the hospital on Saturday."
    assert [(k, c) for k, c, *_ in figures(nlp, text)] == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Three trucks were destroyed and the convoy lost two hours.",
        "The company employs 1,200 workers and earned $5 million last year.",
        "Hundreds of protesters marched through the city.",
        "The complex has over 75 rooms besides vast courtyards.",
        "Ghazi (43) has been asked to surrender.",
        "The army planned to kill 30 militants, the report said.",
        "No one was killed in the blast.",
        "Turnout reached 64 percent and 2,500 votes were cast in 2007.",
        "The farmer found his two pups by the creek. Both were shot in the head.",
    ],
)
def test_numbers_that_are_not_figures(nlp, text):
    assert figures(nlp, text) == []


def test_certainty(nlp):
    believed = figures(nlp, "Militants are believed to be holding 150 hostages.")
    assert believed == [("hostage", 150, "exact", "hostages", "civilians", "believed")]
    claimed = figures(nlp, "Rebels claimed to have killed 50 soldiers.")
    assert claimed == [("killed", 50, "exact", "soldiers", "security_forces", "claimed")]


def test_the_rest_is_derived_from_the_stated_total(nlp):
    text = (
        "The fighting left 40 dead. Nine policemen were among those killed while the rest were gunmen, officials said."
    )
    found = extract_figures(nlp(text))
    derived = [m.figure for m in found if m.figure.derived]
    assert [(f.kind, f.count, f.group_class, f.derived) for f in derived] == [("killed", 31, "militants", "40 - 9")]
    assert len(derived[0].evidence) == 3


def test_an_equal_number_takes_the_previous_count(nlp):
    text = "Thirty rebels were wounded and an equal number of fighters surrendered."
    assert [(k, c, cls) for k, c, _q, _g, cls, _cert in figures(nlp, text)] == [
        ("injured", 30, "militants"),
        ("surrendered", 30, "militants"),
    ]


def test_a_number_repeated_later_is_one_figure(nlp):
    text = "Seven soldiers were killed in the ambush. The army said seven soldiers were killed."
    found = extract_figures(nlp(text))
    assert [(m.figure.count, len(m.figure.evidence)) for m in found] == [(7, 2)]


def test_evidence_points_at_the_words(nlp):
    text = "Police said 14 civilians were killed."
    doc = nlp(text)
    (mention,) = extract_figures(doc)
    start, end = mention.figure.evidence[0]
    assert text[start:end] == "14 civilians"


def test_group_class_of_mixed_group_is_its_armed_part():
    assert group_class(["madrassa", "students", "and", "ultras"]) == "militants"
    assert group_class(["women"]) == "civilians"
    assert group_class(["security", "personnel"]) == "security_forces"
    assert group_class(["people"]) == "unknown"


def _kinds(nlp, text):
    return [
        (m.figure.kind, m.figure.count, m.figure.group)
        for m in extract_figures(nlp(text))
        if m.figure.kind in ("killed", "injured")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age standing for the person
        (
            "Police said a 17-year-old was taken to a hospital with life-threatening injuries on Friday.",
            [("injured", 1, "17-year-old")],
        ),
        # a clause saying what happened is not a wish or a plan, even under "called"
        (
            "Officers were called to a hospital after a man arrived there with a gunshot wound, police said.",
            [("injured", 1, "man")],
        ),
        # whose wound it is
        (
            "A man was shot on Elm Street on Monday. The victim's injury was not life-threatening.",
            [("injured", 1, "man")],
        ),
        # a wound said of the last of two people is both of theirs
        (
            "Police found a man and a woman with non-life-threatening wounds on Belmont Street.",
            [("injured", 1, "man"), ("injured", 1, "woman")],
        ),
        # active forms of shooting hurt their object
        ("A man is in jail, accused of shooting two people at a party.", [("injured", 2, "people")]),
        ("Police say a man shot his stepfather with a shotgun late Friday.", [("injured", 1, "his stepfather")]),
        # trying to is not doing
        ("A woman was arrested for trying to shoot a man at an intersection.", []),
        ("The man told a friend that he was going to kill his landlord.", []),
        # an age at the end of a sentence, a number in a place name
        ("The shooting killed Norman Luening, 79.", [("killed", 1, "Norman Luening")]),
        ("A gun used to kill a Thousand Oaks woman was returned to the suspect.", [("killed", 1, "woman")]),
        # a clause with its own object: the noun it describes did the shooting
        ("Deputies are looking for a driver who shot a cyclist on Elm Street.", [("injured", 1, "cyclist")]),
        ("A woman suffering a gunshot wound walked into a clinic.", [("injured", 1, "woman")]),
        # the town a victim is of is not a second victim
        ("Tony R. Vance, 25, of Osawatomie, was killed.", [("killed", 1, "Tony R. Vance")]),
    ],
)
def test_one_person_rules(nlp, text, expected):
    assert _kinds(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people were shot, one fatally, outside a store on Friday.",
            [("injured", 3, "people"), ("killed", 1, "people")],
        ),
        ("Two men were shot on Main Street and one of them died.", [("injured", 1, "men"), ("killed", 1, "men")]),
        (
            "A gunman shot three teenagers at a bus stop, killing one of them.",
            [("injured", 2, "teenagers"), ("killed", 1, "teenagers")],
        ),
        # "them" counts people only when it stands for people
        ("Deputies were met by two barking dogs. A deputy shot and killed one of them.", []),
    ],
)
def test_the_people_shot_include_their_dead(nlp, text, expected):
    assert _kinds(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men suffering from gunshot wounds walked into a clinic.", [("injured", 2, "men")]),
        ("Deputies found two men suffering from gunshot wounds.", [("injured", 2, "men")]),
        ("Three teenagers are recovering in the hospital after being shot.", [("injured", 3, "teenagers")]),
        ("Three people were taken to a hospital after the shooting.", [("injured", 3, "people")]),
    ],
)
def test_groups_hurt_by_what_is_said_of_them(nlp, text, expected):
    """The words that make one person hurt ('with gunshot wounds', 'taken to a hospital') make a group hurt."""
    assert _kinds(nlp, text) == expected


def test_the_man_is_not_the_woman_spoken_of_last(nlp):
    text = (
        "Officers found a man dead and a woman wounded inside the apartment. The man was pronounced dead at the scene."
    )
    assert _kinds(nlp, text) == [("killed", 1, "man"), ("injured", 1, "woman")]


def test_a_distinctive_description_finds_its_person(nlp):
    text = (
        "A 68-year-old man was slain and another man critically injured on Tuesday. "
        "The 68-year-old was pronounced dead at the scene."
    )
    assert _kinds(nlp, text) == [("killed", 1, "man"), ("injured", 1, "another man")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A woman was shot in the leg. Her friend, also 34, was wounded as well.",
            [("injured", 1, "woman"), ("injured", 1, "Her friend")],
        ),
        ("Picture 2 of / 15 Caption Close A man was wounded on Elm Street.", [("injured", 1, "man")]),
        ("3 / 15 Back to Gallery A man was wounded on Elm Street.", [("injured", 1, "man")]),
    ],
)
def test_ages_and_gallery_positions_are_not_counts(nlp, text, expected):
    """An age restated with 'also' and the numbering of a photo gallery count nobody."""
    assert _kinds(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunfire erupted outside a bar. Both victims were taken to a hospital.", [("injured", 2, "victims")]),
        (
            "A man and his cousin were shot near a gas station. Both were listed in stable condition.",
            [("injured", 1, "man"), ("injured", 1, "his cousin")],
        ),
        (
            "A woman was killed and her son was wounded. Both were shot in the back.",
            [("killed", 1, "woman"), ("injured", 1, "her son")],
        ),
    ],
)
def test_both_counts_two_only_when_they_were_not_counted(nlp, text, expected):
    """'Both' restates two people: it counts them when nobody did, and adds nobody to people already counted."""
    assert _kinds(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot on Elm Street. He was pronounced deceased at the scene.", [("killed", 1, "man")]),
        ("A man who was shot on Elm Street passed away Tuesday.", [("killed", 1, "man")]),
    ],
)
def test_deceased_and_passed_away_are_deaths(nlp, text, expected):
    assert _kinds(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shots were fired at a parked van, but there were no reports that either person was hurt.",
        "A bullet went through a window; there was no indication that a child was injured.",
        "Deputies did not know if anyone was wounded.",
    ],
)
def test_denied_and_negative_polarity_harm_counts_nobody(nlp, text):
    assert _kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers found a passenger in a parked sedan with a gunshot wound to the leg.",
            [("injured", 1, "passenger")],
        ),
        ("A teenager walked into a clinic with a gunshot wound on Sunday.", [("injured", 1, "teenager")]),
    ],
)
def test_a_wound_hung_on_a_place_is_the_persons(nlp, text, expected):
    assert _kinds(nlp, text) == expected


def test_a_person_named_inside_a_counted_group_is_one_of_its_number():
    from sitrep import extract

    for text in (
        "Two police officers, the chief and his deputy, were killed by gunmen.",
        "At least ten militants, including commander Mullah Jabar, were killed when a mine exploded.",
        "Nine relatives of the former officer were killed in the attack.",
    ):
        event = extract(text, published="2024-03-12").main_event
        assert event is not None and event.totals["killed"] == {"Two": 2, "At": 10, "Nine": 9}[text.split()[0]]


def test_in_addition_to_the_bomber_the_bomber_was_killed_too():
    from sitrep import extract

    event = extract(
        "A suicide bomber struck the base. In addition to the bomber, two people were killed and three injured.",
        published="2024-03-12",
    ).main_event
    assert event is not None and event.totals == {"killed": 3, "injured": 3}


def test_counts_the_parser_hangs_elsewhere_still_count():
    from sitrep import extract

    cases = {
        "Seventeen civilians were killed and over 200 were injured.": {"killed": 17, "injured": 200},
        "At least 65 people were killed in the bombing, 95 others wounded.": {"killed": 65, "injured": 95},
        "The blast killed five soldiers and wounded at least 47 more.": {"killed": 5, "injured": 47},
        "At least two refugees were injured in the assault.": {"injured": 2},
    }
    for text, expected in cases.items():
        event = extract(text, published="2024-03-12").main_event
        assert event is not None and event.totals == expected, text


def test_a_counted_demonym_the_tagger_calls_a_language_is_people(nlp):
    # spaCy's small model tags "Filipino" here as a LANGUAGE
    assert figures(nlp, "Grenades were thrown at a library in Manila. One Filipino was killed.") == [
        ("killed", 1, "exact", "Filipino", "unknown", "stated")
    ]


def test_a_number_of_people_inside_a_date_entity_is_a_count(nlp):
    assert figures(nlp, "On 4 March 2019, 3 soldiers were killed in the ambush.") == [
        ("killed", 3, "exact", "soldiers", "security_forces", "stated")
    ]


def test_a_bare_both_after_people_counts_two(nlp):
    found = figures(nlp, "Officers found two men in a parked car. Both were shot in the head.")
    assert ("injured", 2) in [(kind, count) for kind, count, *_ in found]
