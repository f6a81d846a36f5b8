"""Which date a report gives its main event: the rules of the time extractor, on short made-up reports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.extraction import time as tx
from sitrep.pipeline import extract

MON = date(2018, 3, 12)
WED = date(2018, 3, 14)


def main_date(nlp, text: str, published: date) -> date | None:
    doc = nlp(text)
    chosen = tx.choose_main_date(doc, tx.find_dates(doc, published), published)
    return chosen.value.date if chosen is not None else None


def test_statement_date_loses_to_violence_date(nlp):
    text = "Police said Wednesday that a man was shot Monday night on Elm Street."
    assert main_date(nlp, text, WED) == date(2018, 3, 12)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the arrest or the charge comes after the shooting
        ("A man was arrested Wednesday in a shooting that happened Monday night.", date(2018, 3, 12)),
        ("Police charged two men Wednesday after a Tuesday robbery at a gas station.", date(2018, 3, 13)),
        # the victim's state is said on a later day than the shooting
        ("A woman was recovering Wednesday after she was shot Monday near the park.", date(2018, 3, 12)),
    ],
)
def test_aftermath_date_loses_to_violence_date(nlp, text, expected):
    assert main_date(nlp, text, WED) == expected


def test_arrest_date_beats_court_date(nlp):
    text = (
        "A felon was arrested Monday with a stolen pistol during a traffic stop. "
        "He was set to appear Tuesday in district court."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 12)


def test_violence_noun_before_the_date_counts(nlp):
    text = "Detectives are investigating two shootings Monday night in the north of the city."
    assert main_date(nlp, text, WED) == date(2018, 3, 12)


def test_publication_stamp_is_not_the_event(nlp):
    text = "(Published Wednesday, March 14, 2018)\nA man was wounded in a shooting on Oak Avenue Monday."
    assert main_date(nlp, text, WED) == date(2018, 3, 12)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Three people were shot in the city since Friday night. The latest shooting came early Sunday.",
            date(2018, 3, 11),
        ),
        (
            "Police logged 90 calls from midnight March 9 to 6 a.m. March 12. A man was robbed at gunpoint Saturday.",
            date(2018, 3, 10),
        ),
        ("Here are the arrests for the week of March 5. A man was shot Saturday on Main Street.", date(2018, 3, 10)),
    ],
)
def test_start_or_end_of_a_period_is_not_an_event_date(nlp, text, expected):
    assert main_date(nlp, text, MON) == expected


def test_a_year_is_refined_by_the_day_the_report_gives(nlp):
    text = (
        "A man convicted of a shooting in 2014 was sentenced on Monday. "
        "He shot two people outside a bar on Jan. 20, 2014, prosecutors said."
    )
    assert main_date(nlp, text, date(2015, 8, 19)) == date(2014, 1, 20)


def test_record_main_event_takes_the_violence_date():
    record = extract(
        "Police said Wednesday that a man was shot and killed Monday night on Elm Street.", published="2018-03-14"
    )
    main = next(e for e in record.events if e.main)
    assert main.date == "2018-03-12"


def test_a_block_number_is_not_a_year(nlp):
    text = "A man was found shot in 2000 block of West 21st Street on Friday morning."
    doc = nlp(text)
    assert [d.text for d in tx.find_dates(doc, date(2014, 1, 31))] == ["on Friday morning"]


def test_a_court_date_ahead_is_not_the_event(nlp):
    text = "A man was shot Saturday night outside a bar. The suspect is due back in court on April 28."
    assert main_date(nlp, text, MON) == date(2018, 3, 10)


def test_weekend_is_refined_by_the_day_the_report_gives(nlp):
    text = "Police responded to two drive-by shootings this weekend. On Sunday, a woman was shot in the arm."
    assert main_date(nlp, text, date(2018, 3, 11)) == date(2018, 3, 11)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A clerk was robbed at gunpoint on Wednesday, March 7, police said.", date(2018, 3, 7)),
        ("A clerk was robbed at gunpoint Wednesday (March 7), police said.", date(2018, 3, 7)),
        # March 8 is a Thursday: the date contradicts the weekday, so the weekday stands
        ("A clerk was robbed at gunpoint Wednesday (March 8), police said.", date(2018, 3, 14)),
    ],
)
def test_weekday_with_calendar_date_beside_it(nlp, text, expected):
    assert main_date(nlp, text, WED) == expected


def test_date_in_a_quotation_loses_to_the_reported_one(nlp):
    text = '"People are scared today," the mayor said. A man was shot Monday in the park.'
    assert main_date(nlp, text, WED) == date(2018, 3, 12)


def test_main_date_is_never_after_publication(nlp):
    text = "(Published Thursday, March 15, 2018)\nA man was shot and wounded near the river."
    assert main_date(nlp, text, WED) == WED


def test_shots_fired_is_violence_not_the_arrest(nlp):
    text = (
        "A man was arrested Friday on endangerment charges. "
        "Detectives say a video shows him firing two shots at a store on Jan. 20."
    )
    assert main_date(nlp, text, date(2014, 2, 10)) == date(2014, 1, 20)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the charge and the statement come after the shooting: the earliest day of the month said of violence
        (
            "Police charged a man Tuesday in a shooting earlier this month. "
            "A woman was shot in the leg on March 3, police said.",
            date(2018, 3, 3),
        ),
        # no day said of violence: the earliest day of the week
        (
            "A man was shot earlier this week, police said Wednesday. Officers found him on Elm Street on Monday.",
            date(2018, 3, 12),
        ),
    ],
)
def test_a_coarse_date_is_refined_by_its_earliest_day(nlp, text, expected):
    assert main_date(nlp, text, WED) == expected


def test_month_of_year_is_found_whole(nlp):
    doc = nlp("He shot a man in January of 2014, according to an affidavit.")
    assert [(d.text, d.value.date) for d in tx.find_dates(doc, date(2015, 9, 30))] == [
        ("in January of 2014", date(2014, 1, 1))
    ]


def test_a_month_or_year_without_its_day_gives_way_to_the_lead_day(nlp):
    text = "A man convicted of a robbery in 2015 was arrested Tuesday with a stolen handgun."
    assert main_date(nlp, text, WED) == date(2018, 3, 13)
    # no day at all: the coarse date stands
    doc = nlp("A man was shot last week on Elm Street, police said.")
    chosen = tx.choose_main_date(doc, tx.find_dates(doc, WED), WED)
    assert (chosen.value.date, chosen.value.precision) == (date(2018, 3, 7), "week")


def test_a_photo_caption_date_loses_to_the_report(nlp):
    text = (
        "Buy Photo Police at the scene of a shooting on Elm Street on March 2, 2018. "
        "Two men were shot on Elm Street on Monday night."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 12)


@pytest.mark.parametrize(
    "text, expected",
    [
        # no day named: an evening time is most often the evening before the report
        ("A man was shot at 9:50 p.m. on Dogwood Drive, police said.", date(2018, 3, 13)),
        ("A man was shot at about 10:15 a.m. outside a store on Main Street, police said.", WED),
        ("A man was shot outside a store on Main Street, police said.", WED),
    ],
)
def test_the_day_of_a_report_that_names_none(nlp, text, expected):
    record = extract(text, published=WED)
    assert record.events[0].date == expected.isoformat()
    assert record.events[0].date_precision == "unknown"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the shooting came in the small hours after the named night: the calendar day is the next one
        (
            "Two men were hurt in a shooting Saturday night downtown. Shots rang out about 1:20 a.m. on Second Street.",
            date(2018, 3, 11),
        ),
        # an evening clock time keeps the named day
        (
            "Two men were hurt in a shooting Saturday night downtown. Shots rang out about 11:40 p.m. on Second Street.",
            date(2018, 3, 10),
        ),
        # a small-hours time of a later step (the death, the booking) is not the shooting's
        (
            "A man was shot Saturday night on Elm Street. He was pronounced dead at 2:15 a.m. at the hospital.",
            date(2018, 3, 10),
        ),
    ],
)
def test_a_night_that_runs_past_midnight(nlp, text, expected):
    assert main_date(nlp, text, MON) == expected


def test_the_month_in_a_date_is_not_a_protest_march(nlp):
    text = (
        "A man is accused of shooting a neighbor's dog that wandered off in February. "
        "The dog went missing during a snowstorm Feb. 21, its owners said. "
        "The owners, who could not be reached for comment Tuesday, started an online page in early March."
    )
    assert main_date(nlp, text, WED) == date(2018, 2, 21)


def test_a_court_report_gives_the_violence_day_further_down(nlp):
    text = (
        "Three teenagers were arraigned Tuesday on charges of armed robbery. "
        "All three were charged as adults, court records show. "
        "Their lawyers said they would fight the charges. "
        "Police say the three followed a student to his car around 9 p.m. March 2 and beat him with a pistol."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A man showed up at a hospital early Tuesday with a bullet wound in his arm. "
            "He told officers he had been shot four days earlier.",
            date(2018, 3, 9),
        ),
        # counted from an event, not a date: nothing to resolve
        (
            "A man was shot Tuesday on Elm Street. Two weeks before the shooting, he had moved to the city.",
            date(2018, 3, 13),
        ),
    ],
)
def test_a_day_counted_back_from_a_date(nlp, text, expected):
    assert main_date(nlp, text, WED) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day of a blizzard is the weather's, not the threat's
        (
            "A landlord who pointed a gun at a tenant during Tuesday's blizzard was arraigned in district court. "
            "The tenant was trying to move her car at 8:15 a.m. on Wednesday, police said.",
            date(2018, 3, 14),
        ),
        ("Police made an arrest Wednesday in Monday's shooting on Elm Street.", date(2018, 3, 12)),
    ],
)
def test_a_possessive_date_is_its_nouns(nlp, text, expected):
    assert main_date(nlp, text, WED) == expected


def test_court_records_are_a_source_not_a_court_step(nlp):
    text = (
        "A felon was sentenced Wednesday to ten years in prison for having a revolver. "
        "According to court documents, on March 2, detectives entered his home and arrested him."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        # found shot on Sunday, dead on Tuesday: the attack is the event
        (
            "A teenager who was found shot and stabbed in her home has died. She was pronounced dead Tuesday at the "
            "hospital. Her parents came home Sunday evening and found her bleeding on the floor.",
            date(2018, 3, 11),
        ),
        # the death sentence gives its own attack: the same day
        (
            "A man died Tuesday after he was shot on Elm Street. On Sunday, another man was robbed nearby.",
            date(2018, 3, 13),
        ),
    ],
)
def test_a_death_days_after_its_attack(nlp, text, expected):
    assert main_date(nlp, text, WED) == expected


def test_a_date_given_to_the_minute_is_not_a_statements(nlp):
    text = (
        "The sheriff's office announced Wednesday that it is looking for two robbers. "
        "On Monday, at approximately 6:12 p.m., deputies said they were called to a gas station on Route 6."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 12)


def test_the_record_points_at_the_words_of_its_date():
    text = "Police said Wednesday that a man was shot Monday night on Elm Street. He is expected to live."
    record = extract(text, published="2018-03-14")
    main = record.main_event
    assert main.date == "2018-03-12"
    assert [text[a:b] for a, b in main.date_evidence] == ["Monday night"]
    # no day named: the publication day, read from no words
    assert (
        extract(
            "A man was shot on Elm Street. He is expected to live.", published="2018-03-14"
        ).main_event.date_evidence
        == []
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A jury found him guilty Tuesday of shooting a clerk. The clerk was shot during a robbery on Jan. 20, "
            "prosecutors said.",
            date(2018, 1, 20),
        ),
        (
            "Prosecutors announced the sentence handed down today by a federal judge. During a traffic stop on "
            "Feb. 2, officers found a loaded pistol in his car.",
            date(2018, 2, 2),
        ),
    ],
)
def test_a_verdict_or_a_sentence_is_a_court_step(nlp, text, expected):
    assert main_date(nlp, text, WED) == expected


def test_a_file_photo_caption_date_loses_to_the_report(nlp):
    text = (
        "Buy Photo Two people were shot on Elm Street on March 8, 2017. (Photo: Staff photographer)"
        "Buy Photo Two people were hurt in a shooting on Elm Street on Monday evening, police said."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 12)


def test_a_crime_someone_is_charged_with_does_not_date_the_court_step(nlp):
    text = (
        "A teenager appeared in court on charges of attempted murder and weapons offenses on March 13. "
        "He is accused of shooting a man three times on March 2, police said."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 2)


def test_a_month_used_as_a_word_of_the_event(nlp):
    text = (
        "Police arrested a third man on Saturday in connection with a January shooting that killed one person. "
        "The victim was walking home from work on Jan. 20 when two men approached him, police said."
    )
    assert main_date(nlp, text, date(2018, 2, 14)) == date(2018, 1, 20)


def test_without_incident_is_no_violence(nlp):
    text = (
        "A man who police say fired a shotgun at a neighbor's house was arrested without incident on Tuesday. "
        "The shots were heard Monday evening, neighbors said."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 12)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "overnight" is the night before publication; a small-hours clock time puts the shooting on its second day
        ("A man was hurt in a shooting overnight on Pine Street. Shots were fired about 1:30 a.m. near a bar.", WED),
        (
            "A man was hurt in a shooting overnight on Pine Street. Shots were fired about 11:30 p.m. near a bar.",
            date(2018, 3, 13),
        ),
        # New Year's Eve gunfire when the clock struck twelve is on New Year's Day
        (
            "A stray bullet hit a house on New Year's Eve. Neighbors heard gunshots just after midnight on Oak Lane.",
            date(2018, 1, 1),
        ),
    ],
)
def test_a_named_night_that_runs_past_midnight(nlp, text, expected):
    published = WED if expected != date(2018, 1, 1) else date(2018, 1, 2)
    assert main_date(nlp, text, published) == expected


def test_a_report_written_tonight_is_stamped_the_next_day(nlp):
    text = "A man was shot dead tonight on Maple Avenue, police said."
    assert main_date(nlp, text, WED) == date(2018, 3, 13)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the victim's state on a later day is not the shooting's day
        (
            "Police named a man who remained hospitalized Tuesday after being shot by a deputy. "
            "The shooting happened about 5:30 p.m. Monday on Route 9.",
            MON,
        ),
        # a date that opens the report with its clock time is the page's stamp
        (
            "UPDATE: March 13, 2018 @ 6:00 a.m. A man drove himself to a hospital with a gunshot wound. "
            "Deputies said he was shot at about 7:30 p.m. Sunday near his home.",
            date(2018, 3, 11),
        ),
        # an editor's note is about the report, not the event
        (
            "(Note: An earlier story put the shooting on Monday.) Police said a man was shot Tuesday night on Pine Street.",
            date(2018, 3, 13),
        ),
        # a night named without its day is the day the next sentence gives it to the minute
        ("A man was shot dead overnight on Pine Street. The call came in at 10:23 p.m. Wednesday, police said.", WED),
    ],
)
def test_later_states_stamps_notes_and_nights_given_their_day(nlp, text, expected):
    assert main_date(nlp, text, WED) == expected


_OPENINGS = ["", "UPDATE: ", "Friday ", "(Note: an earlier story said otherwise.) "]
_STAMPS = ["March 13, 2018 @ 6:00 a.m. ", "March 13, 2018 12:04 AM ", "Tuesday ", ""]
_LEADS = [
    "A man was shot overnight on Pine Street.",
    "A woman who remained hospitalized Monday was shot Sunday night.",
    "Two men were hurt tonight near a bar.",
]
_FOLLOWS = ["", " The call came in at 10:23 p.m. Tuesday.", " Shots rang out just after midnight."]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(_OPENINGS),
    st.sampled_from(_STAMPS),
    st.sampled_from(_LEADS),
    st.sampled_from(_FOLLOWS),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
)
def test_stamps_notes_and_nights_never_date_past_publication(nlp, opening, stamp, lead, follow, published):
    day = main_date(nlp, opening + stamp + lead + follow, published)
    assert day is None or day <= published


@pytest.mark.parametrize(
    "text, expected",
    [
        # the report leads with the arrest; the act it was for is given, a day earlier, right after it
        (
            "A man was arrested Tuesday for waving a rifle at his neighbors. "
            "Deputies were called to the trailer park on Monday morning after a neighbor reported him.",
            MON,
        ),
        # an act far back is another matter (a warrant served on an old case): the arrest's day stays
        (
            "A man was arrested Tuesday after a car chase. Officers had first seen his car on Friday.",
            date(2018, 3, 13),
        ),
    ],
)
def test_an_arrest_is_dated_by_the_act_given_just_before_it(nlp, text, expected):
    assert main_date(nlp, text, WED) == expected


def test_a_state_as_of_a_day_is_not_the_event(nlp):
    text = (
        "Police made a quick arrest in a holdup reported Sunday at a gas station. "
        "The suspect was unable to post bail as of Tuesday, jail records show."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 11)


def test_that_weekday_is_the_weekday_of_the_day_given_before(nlp):
    text = (
        "Court papers say the man was seen near the house on Jan. 12. "
        "He broke into the apartment about 3 a.m. that Sunday morning and fired a shot into the ceiling."
    )
    assert main_date(nlp, text, date(2014, 1, 30)) == date(2014, 1, 12)


def test_a_span_of_days_opening_a_recap_is_no_events_date(nlp):
    text = (
        "CLOSE Our reporter recaps crime stories from March 5 - March 9. "
        "A man barricaded himself in a home with a gun, police said. "
        "Troopers were called at 3:48 a.m. this morning."
    )
    assert main_date(nlp, text, WED) == WED


_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=40),
)
def test_that_weekday_is_that_weekday_near_the_day_before_it(nlp, base, weekday, days_later):
    published = base + timedelta(days=days_later)
    text = f"The man was seen near the house on {base:%B} {base.day}. He came back that {_WEEKDAY_NAMES[weekday]}."
    doc = nlp(text)
    that = [d for d in tx.find_dates(doc, published) if d.text == _WEEKDAY_NAMES[weekday]]
    assert len(that) == 1
    day = that[0].value.date
    assert day.weekday() == weekday and day <= published
    if base + timedelta(days=3) <= published:
        assert abs((day - base).days) <= 3


def test_a_dated_caption_in_brackets_says_nothing_of_the_event(nlp):
    text = (
        "Officers at the scene where a man was shot. (March 14, 2018) "
        "Neighbors heard loud noises on Elm Street on Tuesday, a deputy said."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 13)


def test_a_later_step_named_beside_the_date_beats_the_violent_subject(nlp):
    text = (
        "A woman was found dead in front of her home, the coroner said. "
        "Her death was ruled a homicide after an autopsy Tuesday. "
        "Her husband found her body about 8 p.m. Monday and called 911."
    )
    assert main_date(nlp, text, WED) == MON


def test_a_day_told_as_an_earlier_event_is_background(nlp):
    text = (
        "Police are looking for a gunman on Elm Street. "
        "Neighbors said a teenager was shot and killed on the same block just last week, on Saturday. "
        "A man was wounded Tuesday night outside a corner store."
    )
    assert main_date(nlp, text, WED) == date(2018, 3, 13)
