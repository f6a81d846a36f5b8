from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sitrep.extraction.dates import DateValue, last_weekday, parse_clock, parse_duration_days, part_of_day, resolve_date

WED = date(2007, 7, 11)
TUE = date(2007, 7, 10)


def test_weekday_resolves_to_the_most_recent_one():
    assert resolve_date("Tuesday", WED) == DateValue(date(2007, 7, 10), "day")
    assert resolve_date("on Tuesday", TUE) == DateValue(date(2007, 7, 10), "day")
    assert resolve_date("late Saturday", date(2018, 3, 12)) == DateValue(date(2018, 3, 10), "day")
    assert resolve_date("last Tuesday", TUE) == DateValue(date(2007, 7, 3), "day")
    assert resolve_date("Sunday night", TUE) == DateValue(date(2007, 7, 8), "day")


def test_relative_words():
    assert resolve_date("yesterday", TUE) == DateValue(date(2007, 7, 9), "day")
    assert resolve_date("last night", TUE) == DateValue(date(2007, 7, 9), "day")
    assert resolve_date("today", TUE) == DateValue(TUE, "day")
    assert resolve_date("two days ago", TUE) == DateValue(date(2007, 7, 8), "day")
    assert resolve_date("last month", TUE) == DateValue(date(2007, 6, 1), "month")
    assert resolve_date("last week", TUE) == DateValue(date(2007, 7, 3), "week")
    assert resolve_date("in March", TUE) == DateValue(date(2007, 3, 1), "month")


def test_calendar_dates():
    assert resolve_date("July 3", TUE) == DateValue(date(2007, 7, 3), "day")
    assert resolve_date("10 July 2007", None) == DateValue(date(2007, 7, 10), "day", relative=False)
    assert resolve_date("March 2005", TUE) == DateValue(date(2005, 3, 1), "month", relative=False)
    assert resolve_date("December 30", date(2008, 1, 2)) == DateValue(date(2007, 12, 30), "day")
    assert resolve_date("2007-07-10", None) == DateValue(TUE, "day", relative=False)


def test_words_that_are_not_dates():
    assert resolve_date("may", TUE) is None
    assert resolve_date("the militants", TUE) is None
    assert resolve_date("Tuesday", None) is None


def test_a_day_without_its_year_or_a_publication_date_is_unknown_not_this_years():
    assert (resolve_date("July 10", None), resolve_date("10 July", None)) == (None, None)
    assert resolve_date("July 10, 2008", None) == DateValue(date(2008, 7, 10), "day", relative=False)


def test_clock_times():
    assert parse_clock("at 0400 hours after talks") == "04:00"
    assert parse_clock("around 7:45 p.m.") == "19:45"
    assert parse_clock("at 11pm") == "23:00"
    assert parse_clock("shortly after noon") == "12:00"
    assert parse_clock("the 75 rooms") is None
    assert part_of_day("In a pre-dawn operation") == "pre-dawn"


def test_durations():
    assert parse_duration_days("the week-long standoff") == (7, "week")
    assert parse_duration_days("a seven day standoff") == (7, "day")
    assert parse_duration_days("the 3-month siege") == (90, "month")
    assert parse_duration_days("the standoff") is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.integers(0, 6))
def test_last_weekday_is_within_a_week_before(published, weekday):
    d = last_weekday(weekday, published)
    assert d.weekday() == weekday
    assert timedelta(0) <= published - d < timedelta(days=7)


@given(st.text(max_size=120), st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))))
def test_date_parsers_never_crash(text, published):
    result = resolve_date(text, published)
    assert result is None or isinstance(result, DateValue)
    assert parse_clock(text) is None or len(parse_clock(text)) == 5
    parse_duration_days(text)
    part_of_day(text)


def test_holidays_resolve_to_the_last_one_before_publication():
    from datetime import date

    from sitrep.extraction.dates import resolve_date

    assert resolve_date("early New Year's Day", date(2014, 1, 4)).date == date(2014, 1, 1)
    assert resolve_date("on Christmas Eve", date(2014, 1, 4)).date == date(2013, 12, 24)


def test_weekend_is_the_saturday_of_the_last_weekend():
    sat, sun, mon, wed = date(2018, 3, 10), date(2018, 3, 11), date(2018, 3, 12), date(2018, 3, 14)
    assert resolve_date("over the weekend", mon) == DateValue(sat, "week")
    assert resolve_date("this weekend", sun) == DateValue(sat, "week")
    assert resolve_date("this past weekend", wed) == DateValue(sat, "week")
    assert resolve_date("last weekend", sun) == DateValue(date(2018, 3, 3), "week")


def test_day_without_year_is_in_the_year_of_publication():
    march = date(2018, 3, 26)
    assert resolve_date("May 24", march) == DateValue(date(2018, 5, 24), "day")  # a plan, not last May
    assert resolve_date("Dec. 28", date(2018, 1, 5)) == DateValue(date(2017, 12, 28), "day")
    assert resolve_date("March 2", march) == DateValue(date(2018, 3, 2), "day")


def test_last_weekday_is_not_yesterday():
    wed = date(2018, 3, 14)
    assert resolve_date("last Tuesday", wed) == DateValue(date(2018, 3, 6), "day")
    assert resolve_date("last Friday", wed) == DateValue(date(2018, 3, 9), "day")


def test_month_of_year():
    assert resolve_date("in January of 2014", date(2015, 9, 30)) == DateValue(date(2014, 1, 1), "month", relative=False)
    assert resolve_date("in December, 2015", date(2018, 3, 1)) == DateValue(date(2015, 12, 1), "month", relative=False)
