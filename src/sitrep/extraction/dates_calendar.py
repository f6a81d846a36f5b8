"""Calendar arithmetic and patterns for dates written out ("March 5", "5th of March 2024", "3/5"): the
days a month has, months added to a day, the year a bare day and month fall in, and dateparser's reading.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache


def day_in_month(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    day = min(d.day, 28)
    return date(year, month + 1, day)


MONTH_PATTERN = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"


MONTH_DAY = re.compile(rf"\b{MONTH_PATTERN}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)


DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_PATTERN}(?:,?\s+(\d{{4}}))?", re.I)


MONTH_YEAR = re.compile(
    rf"\b(?:in\s+|since\s+|last\s+|early\s+|late\s+|mid-?)?{MONTH_PATTERN}(?:,?\s+(?:of\s+)?(\d{{4}}))?\b", re.I
)


NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")


#: How far ahead of publication a day written without its year may lie and still be this year's.
_AHEAD_DAYS = 183


def this_year(parsed: date, published: date) -> date:
    """A day without a year is in the year of publication, as news style writes it: "trial begins May 24" said
    in March is this May (a plan), not last May; "Dec. 28" said on Jan. 5 is last December."""
    same = day_in_month(published.year, parsed.month, parsed.day)
    if same is not None and 0 < (same - published).days <= _AHEAD_DAYS:
        return same
    return parsed


@lru_cache(maxsize=4096)
def dateparser_parse(text: str, published: date | None, order: str) -> date | None:
    import datetime as _dt

    import dateparser

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": order,
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month"],
    }
    if published is not None:
        settings["RELATIVE_BASE"] = _dt.datetime(published.year, published.month, published.day, 23, 59)
    try:
        result = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises many types on odd input; a non-date is None
        return None
    return result.date() if result is not None else None
