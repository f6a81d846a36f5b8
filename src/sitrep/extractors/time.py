"""Time: the date words of a report, resolved against its publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from ..dates import DateValue, parse_clock, parse_duration_days, part_of_day, resolve_date
from .sentences import sentences as doc_sentences

_DAY_WORDS = re.compile(
    r"\b(?:(?:early|late|last|this|on|since)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?:yesterday|today|tonight|last night|this morning|overnight)\b"
    r"|\b(?:new year['’]s (?:day|eve)|christmas (?:day|eve)|independence day|fourth of july|halloween"
    r"|valentine['’]s day)\b"
    r"|\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)(?:,?\s+\d{4})?\b"
    r"|\b(?:last|this|earlier this|past|previous) (?:week|month|weekend)\b"
    r"|\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?|years?) ago\b"
    r"|\b(?:in|since|last|early|late) (?:january|february|march|april|june|july|august|september|october"
    r"|november|december)(?: \d{4})?\b"
    r"|\b(?:in|since) (?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_SIEGE_WORDS = ("standoff", "stand-off", "siege", "blockade", "stalemate", "occupation")


@dataclass(frozen=True)
class DateMention:
    """A date expression, where it is, and the date it stands for."""

    start: int
    end: int
    sentence: int
    text: str
    value: DateValue


def find_dates(doc: Doc, published: date | None) -> list[DateMention]:
    """Every resolvable date expression, in text order."""
    out: list[DateMention] = []
    for s_index, sent in enumerate(doc_sentences(doc)):
        for m in _DAY_WORDS.finditer(sent.text):
            text = m.group(0)
            if re.fullmatch(r"(?i)(in|since) (19|20)\d{2}", text):
                year = int(text[-4:])
                value = DateValue(date(year, 1, 1), "unknown", relative=False)
            else:
                resolved = resolve_date(text, published)
                if resolved is None:
                    continue
                value = resolved
            if published is not None and value.date > published + timedelta(days=1):
                continue  # reports look back; a future date is a plan, not the event
            start = sent.start_char + m.start()
            out.append(DateMention(start, start + len(text), s_index, text, value))
    return out


def find_time_of_day(sent: Span) -> str | None:
    """'04:00' from '0400 hours', or a part of the day ('pre-dawn') when no clock time is given."""
    return parse_clock(sent.text) or None


def event_time(doc: Doc, sentences: list[int]) -> str | None:
    """The clock time of the event: the first stated in its sentences, else a part of the day."""
    sents = doc_sentences(doc)
    for i in sentences:
        clock = parse_clock(sents[i].text)
        if clock:
            return clock
    for i in sentences[:2]:
        period = part_of_day(sents[i].text)
        if period:
            return period
    return None


@dataclass(frozen=True)
class Standoff:
    """A siege or standoff the report says lasted some time: it began before the main event."""

    sentence: int
    start: int
    end: int
    days: int
    unit: str


def find_standoff(doc: Doc) -> Standoff | None:
    """'the week-long standoff', 'a seven day siege': the first siege with a stated length."""
    for s_index, sent in enumerate(doc_sentences(doc)):
        low = sent.text.lower()
        for word in _SIEGE_WORDS:
            pos = low.find(word)
            if pos < 0:
                continue
            window = low[max(0, pos - 40):pos + len(word)]
            duration = parse_duration_days(window)
            if duration is None:
                continue
            start = sent.start_char + pos
            return Standoff(s_index, start, start + len(word), duration[0], duration[1])
    return None
