"""The calendar's words and the small cardinals, the one list dates, scopes and places read."""

from __future__ import annotations

#: The days of the week and the months, lower-cased, in calendar order: the one list every stage reads.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: The cardinal words one to twelve, by value: dates and scopes read their small counts from here.
CARDINALS: dict[str, int] = {
    w: n
    for n, w in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
        start=1,
    )
}

#: Counts with no number: "several people", "multiple victims".
VAGUE_COUNT_WORDS = frozenset({"several", "many", "multiple", "numerous", "dozens", "scores"})
