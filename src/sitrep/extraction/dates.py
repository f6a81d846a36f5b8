"""Resolving the date and time words of a report against its publication date.

"Tuesday" in a report published Wednesday 2007-07-11 is 2007-07-10; "last
month" is a month; "0400 hours" is 04:00. Pure functions over strings, so
they can be property-tested. Calendar dates ("July 10", "10 July 2007") are
read by dateparser; the relative words news reports use are plain arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..record import DatePrecision
from . import lexicon
from .dates_calendar import (
    DAY_MONTH,
    MONTH_DAY,
    MONTH_YEAR,
    NUMERIC_DATE,
    dateparser_parse,
    day_in_month,
    shift_months,
    this_year,
)
from .lexicon import CARDINALS, MONTHS, WEEKDAYS

_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}


_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}


_NUMBER_WORDS = {"a": 1, "an": 1} | CARDINALS | {"a couple of": 2, "a few": 3, "several": 3}


@dataclass(frozen=True)
class DateValue:
    """A resolved date: ``precision`` is day, week, month or unknown (SPEC.md)."""

    date: date
    precision: DatePrecision
    relative: bool = True


def _weekday_index(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in WEEKDAYS:
        return WEEKDAYS.index(w)
    if w.endswith("s") and w[:-1] in WEEKDAYS:  # "Tuesdays" is not a date, but "Tuesday's attack" is
        return None
    return _WEEKDAY_ABBR.get(w)


def last_weekday(weekday: int, published: date, allow_same_day: bool = True) -> date:
    """The most recent ``weekday`` on or before ``published``: news reports look back."""
    delta = (published.weekday() - weekday) % 7
    if delta == 0 and not allow_same_day:
        delta = 7
    return published - timedelta(days=delta)


_CLOCK_24 = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs|hr|h)\b", re.I)


_CLOCK_12 = re.compile(r"\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])", re.I)


_CLOCK_HM = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b")


_TIME_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}


def parse_clock(text: str) -> str | None:
    """'0400 hours' -> '04:00', '7:45 p.m.' -> '19:45', 'noon' -> '12:00'; None if no clock time."""
    if not isinstance(text, str) or len(text) > 5000:
        return None
    m = _CLOCK_24.search(text)
    if m:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    m = _CLOCK_12.search(text)
    if m:
        hour = int(m.group(1)) % 12
        if m.group(3).lower().startswith("p"):
            hour += 12
        return f"{hour:02d}:{m.group(2) or '00'}"
    m = _CLOCK_HM.search(text)
    if m:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    low = text.lower()
    for word, value in _TIME_WORDS.items():
        if re.search(rf"\b{word}\b", low):
            return value
    return None


def part_of_day(text: str) -> str | None:
    """'pre-dawn', 'night', ...: the time of day when no clock time is given."""
    if not isinstance(text, str):
        return None
    low = text.lower()
    for word in lexicon.PARTS_OF_DAY:
        if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", low):
            return "pre-dawn" if word == "predawn" else word
    return None


def _month_index(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS.index(w) + 1
    return _MONTH_ABBR.get(w)


def _count(word: str) -> int | None:
    w = word.lower()
    if w.isdigit() and len(w) <= 3:
        return int(w)
    return _NUMBER_WORDS.get(w)


_NUM = r"(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several)"


_AGO = re.compile(rf"\b{_NUM}\s+(day|week|month|year)s?\s+(?:ago|earlier|before)\b", re.I)


_ORDINAL_DAY = re.compile(r"\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b", re.I)


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def resolve_date(text: str, published: date | None) -> DateValue | None:
    """Resolve one date expression ("late Saturday", "yesterday", "July 10", "last month").

    Returns None when the words give no date. Without a publication date, only
    absolute dates resolve. Never raises.
    """
    if not isinstance(text, str):
        return None
    s = " ".join(text.lower().replace("\u2019", "'").split())
    if not s or len(s) > 100:
        return None
    if published is not None and not EARLIEST_DAY <= published <= date.max - timedelta(days=LATEST_AHEAD_DAYS):
        return None
    try:
        value = _resolve(s, published)
    except (ValueError, OverflowError):
        return None
    if value is not None and not EARLIEST_DAY <= value.date <= (published or date.today()) + timedelta(
        days=LATEST_AHEAD_DAYS
    ):
        return None  # 'December 31, 9999', 'the year 1066': not the day of a report's event, nor a plan
    return value


#: The earliest day a date may resolve to.
EARLIEST_DAY = date(1900, 1, 1)


#: How far after publication (or, without one, today) a date may resolve to: a plan named in the report.
LATEST_AHEAD_DAYS = 366


#: Days named by their holiday: (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}


def _holiday(s: str, published: date | None) -> DateValue | None:
    """'New Year's Day' in a report: the last such day on or before publication."""
    for name, (month, day) in HOLIDAYS.items():
        if name in s and published is not None:
            year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
            return DateValue(date(year, month, day), "day", relative=True)
    return None


def _resolve(s: str, published: date | None) -> DateValue | None:
    holiday = _holiday(s, published)
    if holiday is not None:
        return holiday
    m = _ISO.search(s)
    if m:
        return DateValue(date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day", relative=False)
    explicit = _calendar_date(s, published)
    if explicit is not None:
        return explicit
    if published is None:
        return None
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening)|earlier today|last night|overnight)\b", s):
        # "last night" in a morning report is the day before publication
        if re.search(r"\b(last night|overnight)\b", s):
            return DateValue(published - timedelta(days=1), "day")
        return DateValue(published, "day")
    if re.search(r"\b(the day before yesterday)\b", s):
        return DateValue(published - timedelta(days=2), "day")
    if re.search(r"\byesterday\b", s):
        return DateValue(published - timedelta(days=1), "day")
    words = re.findall(r"[a-z]+", s)
    for i, word in enumerate(words):
        weekday = _weekday_index(word)
        if weekday is not None:
            previous = words[i - 1] if i else ""
            if previous == "last":
                day = last_weekday(weekday, published, allow_same_day=False)
                if (published - day).days == 1:  # yesterday would be "yesterday": "last Tuesday" said on Wednesday
                    day -= timedelta(days=7)
                return DateValue(day, "day")
            if previous == "next":
                return None
            return DateValue(last_weekday(weekday, published), "day")
    m = _AGO.search(s)
    if m:
        n = _count(m.group(1))
        unit = m.group(2).lower()
        if n is None:
            return None
        if unit == "day":
            return DateValue(published - timedelta(days=n), "day")
        if unit == "week":
            return DateValue(published - timedelta(days=7 * n), "week")
        if unit == "month":
            return DateValue(shift_months(published, -n), "month")
        return DateValue(shift_months(published, -12 * n), "unknown")
    if re.search(r"\bweekend\b", s):
        # "over the weekend": the Saturday of the last weekend; "last weekend" said on a weekend is the one before
        if re.search(r"\b(last|previous) weekend\b", s) and published.weekday() >= 5:
            return DateValue(
                last_weekday(5, published, allow_same_day=False) - timedelta(days=7 * (published.weekday() == 6)),
                "week",
            )
        return DateValue(last_weekday(5, published), "week")
    if re.search(r"\b(last|past|previous) week\b", s):
        return DateValue(published - timedelta(days=7), "week")
    if re.search(r"\b(this week|earlier this week)\b", s):
        return DateValue(published - timedelta(days=published.weekday()), "week")
    if re.search(r"\b(last|previous|past) month\b", s):
        return DateValue(shift_months(published, -1).replace(day=1), "month")
    if re.search(r"\b(this month|earlier this month)\b", s):
        return DateValue(published.replace(day=1), "month")
    m = _ORDINAL_DAY.search(s)
    if m:
        nth = int(m.group(1))
        if 1 <= nth <= 31:
            candidate = day_in_month(published.year, published.month, nth)
            if candidate is None or candidate > published:
                prev = shift_months(published.replace(day=1), -1)
                candidate = day_in_month(prev.year, prev.month, nth)
            if candidate is not None:
                return DateValue(candidate, "day")
    return None


def _calendar_date(s: str, published: date | None) -> DateValue | None:
    m = MONTH_DAY.search(s) or None
    if m:
        return _dated(m.group(0), published, "day")
    m = DAY_MONTH.search(s)
    if m:
        return _dated(m.group(0), published, "day")
    m = NUMERIC_DATE.search(s)
    if m and published is not None and published.year >= 1990:
        # US-style month/day, as the local reports that use it write it
        return _dated(m.group(0), published, "day", order="MDY")
    m = MONTH_YEAR.search(s)
    if m and (m.group(2) or _month_index(m.group(1)) is not None):
        word = m.group(1)
        if word.lower() == "may" and not m.group(2) and not re.search(r"\b(in|since|early|late|last) may\b", s):
            return None  # "may" is usually the verb
        month = _month_index(word)
        if month is None:
            return None
        if m.group(2):
            return DateValue(date(int(m.group(2)), month, 1), "month", relative=False)
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
        return DateValue(date(year, month, 1), "month")
    return None


def _dated(text: str, published: date | None, precision: DatePrecision, order: str = "DMY") -> DateValue | None:
    parsed = dateparser_parse(text, published, order)
    if parsed is None:
        return None
    has_year = bool(re.search(r"\d{4}", text))
    if not has_year:
        if published is None:
            return None  # "July 10" with no publication date: the year is unknown, never today's
        parsed = this_year(parsed, published)
    return DateValue(parsed, precision, relative=not has_year)


_DURATION = re.compile(
    r"\b(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|twenty|thirty)[\s-]+(?P<unit>day|week|month)s?(?:[\s-]+long|[\s-]+old)?\b",
    re.I,
)


_NUMBER_VALUES = _NUMBER_WORDS | {"thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30}


def parse_duration_days(text: str) -> tuple[int, str] | None:
    """'week-long' -> (7, 'week'), 'seven day' -> (7, 'day'), '3-month' -> (90, 'month')."""
    if not isinstance(text, str) or len(text) > 5000:
        return None
    m = _DURATION.search(text)
    if not m:
        bare = re.search(r"\b(day|week|month)[\s-]+long\b", text, re.I)
        if not bare:
            return None
        unit = bare.group(1).lower()
        return {"day": 1, "week": 7, "month": 30}[unit], unit
    n_word = m.group("n").lower()
    n = int(n_word) if n_word.isdigit() else _NUMBER_VALUES.get(n_word)
    if n is None:
        return None
    unit = m.group("unit").lower()
    days = n * {"day": 1, "week": 7, "month": 30}[unit]
    return days, unit
