"""The calendar's words and the small cardinals, the one list dates, scopes and places read; and the words
that say what a date of a report dates (an arrest, a later step of the case, a state that lasts)."""

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

#: Predicates whose date is the arrest: the event itself when nobody was harmed, a later step when someone was.
DATE_ARREST_WORDS = frozenset(
    {
        "arrest",
        "arrested",
        "arrests",
        "custody",
        "detained",
        "jailed",
        "captured",
        "apprehended",
        "surrendered",
        "booked",
        "nabbed",
    }
)

#: Predicates whose date is a later step of the case: the charge, the court, the victim's recovery, the search.
DATE_AFTERMATH_WORDS = frozenset(
    {
        "arraigned",
        "charged",
        "charges",
        "sentenced",
        "pleaded",
        "appear",
        "appeared",
        "appears",
        "due",
        "identified",
        "filed",
        "indicted",
        "convicted",
        "scheduled",
        "hearing",
        "arraignment",
        "sentence",
        "sentencing",
        "indictment",
        "court",
        "trial",
        "verdict",
        "recovering",
        "remained",
        "remains",
        "listed",
        "searching",
        "investigating",
        "seeking",
        "looking",
        "canceled",
        "cancelled",
        "closed",
        "vigil",
        "funeral",
        "memorial",
        "rally",
        "ordered",
    }
)

#: Verbs of a state that lasts after the violence: "remained hospitalized", "remains wounded".
DATE_STATE_VERBS = frozenset(
    {
        "remained",
        "remains",
        "remain",
    }
)

#: Counts with no number: "several people", "multiple victims".
VAGUE_COUNT_WORDS = frozenset({"several", "many", "multiple", "numerous", "dozens", "scores"})
