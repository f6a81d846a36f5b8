"""Time: the date words of a report, resolved against its publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx

from ..dates import DateValue, parse_clock, parse_duration_days, part_of_day, resolve_date
from .sentences import sentence_of
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


# --------------------------------------------------------------------------- the main event's date

def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


#: Predicates whose date is when the report was made or the case moved on, not when the violence happened.
_REPORTING_PREDICATES = lx.SPEECH_VERBS | frozenset(
    """arrested arraigned charged sentenced pleaded appeared identified released booked announced filed
    indicted convicted scheduled published updated posted named asked testified ruled held hearing court
    trial verdict""".split()
)
#: Predicates whose date is the violence itself.
_VIOLENCE_PREDICATES = frozenset(
    w for words in lx.KIND_WORDS.values() for w in words
) | frozenset(w for w in lx.EVENT_CUES if " " not in w) | frozenset(
    """shot shooting shootings fired gunfire occurred happened erupted broke attacked attack struck
    stabbed robbed found discovered responded opened exploded crashed incident homicide killing death murder""".split()
)


def _date_anchor(doc: Doc, mention: DateMention) -> Token | None:
    """The word a date expression says the time of: its verb or event noun."""
    tok = _token_at(doc, mention.start)
    if tok is None:
        return None
    node = tok
    for _ in range(6):
        if node.head == node:
            return node
        node = node.head
        if node.pos_ in ("VERB", "AUX") or node.lower_ in _VIOLENCE_PREDICATES:
            return node
    return node


def choose_main_date(doc: Doc, dates: list[DateMention], published: date | None) -> DateMention | None:
    """The date of the lead's violence: a date said of a shooting or attack beats a date said of a statement.

    "Police said Tuesday that a man was shot Monday night" is Monday: the
    date of "said" is when the report was made, the date of "shot" is the event.
    """
    if not dates:
        return None
    first_sentence = dates[0].sentence

    def score(d: DateMention) -> float:
        anchor = _date_anchor(doc, d)
        first = _token_at(doc, d.start)
        window = doc[max(sentence_of(first).start, first.i - 5):first.i] if first is not None else doc[0:0]
        violent = anchor is not None and (anchor.lower_ in _VIOLENCE_PREDICATES or any(
            # "two shootings were reported late Monday": what was reported is the violence
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _VIOLENCE_PREDICATES for c in anchor.children))
        # "a man fatally shot in Denver on Wednesday night has been identified": the parse may hang the date elsewhere
        violent = violent or (any(t.lower_ in _VIOLENCE_PREDICATES for t in window)
                              and not any(t.lower_ in _REPORTING_PREDICATES for t in window))
        value = 0.0
        if violent:
            value += 3.0
        elif anchor is not None and anchor.lower_ in _REPORTING_PREDICATES:
            value -= 3.0
        if first is not None and first.i > 0 and doc[first.i - 1].text in ("(", "[", "|"):
            value -= 3.0  # "(Published Tuesday, March 13)", "(February 13, 2014) –": a dateline
        if d.value.precision == "day":
            value += 1.0
        if published is not None and d.value.date > published:
            value -= 5.0
        return value - 0.4 * min(d.sentence - first_sentence, 10)

    candidates = [d for d in dates if d.sentence <= first_sentence + 6]
    return max(candidates, key=lambda d: (score(d), -d.start))


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
