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
        "autopsy",
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

#: Predicates whose date is when the report was made, beside the speech verbs: "announced", "testified".
DATE_REPORTING_WORDS = frozenset(
    {
        "announced",
        "published",
        "updated",
        "posted",
        "named",
        "asked",
        "asking",
        "testified",
        "ruled",
        "held",
        "released",
        "notified",
        "reached",
        "comment",
    }
)

#: Predicates whose date is the violence itself, beside the harm words and event cues: "shot", "erupted".
DATE_VIOLENCE_WORDS = frozenset(
    {
        "shot",
        "shots",
        "shooting",
        "shootings",
        "fired",
        "firing",
        "gunfire",
        "occurred",
        "happened",
        "unfolded",
        "erupted",
        "broke",
        "attacked",
        "attack",
        "struck",
        "stabbed",
        "robbed",
        "found",
        "discovered",
        "responded",
        "opened",
        "exploded",
        "crashed",
        "incident",
        "homicide",
        "killing",
        "death",
        "murder",
    }
)

#: What a court finds a defendant: "found guilty", "found not guilty", "found competent".
DATE_VERDICT_WORDS = frozenset({"guilty", "liable", "competent", "incompetent", "innocent"})

#: Words before a date that make it the report's own stamp: "(Published Tuesday, March 13)".
DATE_STAMP_WORDS = frozenset({"published", "updated", "update", "posted", "modified", "copyright"})

#: "according to court records": a source, not a court step.
DATE_RECORD_NOUNS = frozenset({"documents", "document", "records", "record", "papers", "filings", "filing"})

#: Words that make the crime after them a charge: "on charges of attempted murder", "accused of robbery".
DATE_CHARGE_WORDS = frozenset(
    {"charge", "charges", "charged", "count", "counts", "convicted", "accused", "suspicion", "indicted", "guilty"}
)

#: The parts of a day a report names, in the order they are tried (the first found is the part): "pre-dawn", "night".
PARTS_OF_DAY = (
    "pre-dawn",
    "predawn",
    "dawn",
    "early morning",
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "late night",
)

#: A state that lasts for days, whose date is its start and not a day of violence: "the standoff", "the siege".
SIEGE_WORDS = ("standoff", "stand-off", "siege", "blockade", "stalemate", "occupation")

#: Words that put a named event before the report's own: "after the assault", "since the bombing"
#: ("a blast shortly before a ceremony" is no earlier event).
EARLIER_EVENT_WORDS = frozenset({"after", "since", "following"})

#: Phrases that make a day their sentence gives an earlier event's, told as background: "a man was shot on the
#: same block just last week, on Saturday", "another shooting", "earlier this month".
DATE_BACKGROUND_PHRASES = (
    "last week",
    "last month",
    "last year",
    "last summer",
    "earlier this month",
    "earlier this year",
    "a week earlier",
    "weeks earlier",
    "weeks before",
    "the same block",
    "the same street",
    "the same corner",
    "the same spot",
    "the same location",
    "the same neighborhood",
    "another shooting",
    "another homicide",
    "another killing",
    "an earlier shooting",
    "a previous shooting",
    "a prior shooting",
    "previously",
)
