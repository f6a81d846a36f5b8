"""Time: the date words of a report, resolved against its publication date."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from . import lexicon
from .date_kind import (
    DateMention,
    clock_beside,
    date_score,
    is_caption,
    is_period_start,
    mention_kind,
    predicate_kind,
    token_at,
)
from .dates import DateValue, parse_clock, parse_duration_days, part_of_day, resolve_date
from .lexicon import WEEKDAYS
from .sentences import doc_text, sentence_of
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
    r"|\b(?:last|this|earlier this|past|previous) (?:week|month)\b"
    r"|\b(?:last|this|this past|past|previous|over the|during the) weekend\b"
    r"|\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?|years?) ago\b"
    r"|\b(?:in|since|last|early|late) (?:january|february|march|april|june|july|august|september|october"
    r"|november|december)(?:,? (?:of )?\d{4})?\b"
    r"|\b(?:in|since) (?:19|20)\d{2}\b(?! block)"
    # "a January shooting", "the March attack": a month used as a word of the event
    r"|\b(?:a|an|the) (?:january|february|march|april|june|july|august|september|october|november|december)"
    r"(?=\s+(?-i:[a-z]))",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")


#: "four days earlier", "two days prior": a span counted back from the date the report gave just before.
#: "two weeks before the shooting" counts from an event, not a date, and is left alone.
_COUNTED_BACK = re.compile(
    r"\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+"
    r"(?:earlier|before|prior)\b(?!\s+(?:to|the|a|an|his|her|their|its|that|this|he|she|they|it|[A-Z]))",
    re.IGNORECASE,
)


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
    out = _with_calendar_apposition(doc_text(doc), out)
    return _with_counted_back(doc, _with_that_weekday(doc_text(doc), out))


#: "that Sunday morning", "the same Friday": a weekday the report has already dated.
_THAT_WEEKDAY = re.compile(r"(?i)\b(?:that|the\s+same)\s+$")


def _with_that_weekday(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'broke into the apartment on Jan. 12 ... about 3 a.m. that Sunday morning': the weekday of the day the
    report gave before it (within three days of it), not the last such weekday before publication."""
    out = list(mentions)
    for i, d in enumerate(mentions):
        if not (_WEEKDAY_RE.match(d.text) and _THAT_WEEKDAY.search(text[max(0, d.start - 10) : d.start])):
            continue
        base = next((b for b in reversed(mentions[:i]) if b.value.precision == "day"), None)
        if base is None:
            continue
        weekday = d.value.date.weekday()
        shift = (weekday - base.value.date.weekday() + 3) % 7 - 3  # the nearest such weekday to the base day
        value = DateValue(base.value.date + timedelta(days=shift), "day", base.value.relative)
        if value.date <= d.value.date:  # never later than the weekday read on its own: reports look back
            out[i] = DateMention(d.start, d.end, d.sentence, d.text, value)
    return out


def _with_counted_back(doc: Doc, mentions: list[DateMention]) -> list[DateMention]:
    """'showed up at the hospital early Tuesday ... had been shot four days earlier': a day counted back
    from the last day the report gave before it."""
    found: list[DateMention] = []
    for s_index, sent in enumerate(doc_sentences(doc)):
        for m in _COUNTED_BACK.finditer(sent.text):
            start = sent.start_char + m.start()
            base = next((d for d in reversed(mentions) if d.start < start and d.value.precision == "day"), None)
            if base is None:
                continue
            value = resolve_date(f"{m.group(1)} {m.group(2)} ago", base.value.date)
            if value is not None:
                found.append(DateMention(start, start + len(m.group(0)), s_index, m.group(0), value, base.start))
    return sorted(mentions + found, key=lambda d: d.start)


def _with_calendar_apposition(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'Wednesday, Jan. 22' and 'Friday (Jan. 10)': the weekday is the day the calendar date beside it names,
    when that date is such a weekday."""
    out = list(mentions)
    for i, (a, b) in enumerate(itertools.pairwise(mentions)):
        gap = text[a.end : b.start]
        if (
            len(gap) <= 3
            and re.fullmatch(r"[\s,(]*", gap)
            and b.value.precision == "day"
            and _WEEKDAY_RE.search(a.text)
            and not _WEEKDAY_RE.search(b.text)
            and re.search(r"\d", b.text)
            and WEEKDAYS[b.value.date.weekday()] in a.text.lower()
        ):  # a weekday the date contradicts is a slip
            out[i] = DateMention(a.start, a.end, a.sentence, a.text, b.value)
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

#: From this hour a clock time with no day is most often the evening before the report appeared.
EVENING_HOUR = 18


def undated_day(doc: Doc, published: date) -> date:
    """The event's day when the report names none: the publication day, or the day before it when the
    only time given is in the evening ("shots rang out at 9:50 p.m."), as a report written the next
    morning puts it."""
    for sent in doc_sentences(doc):
        clock = parse_clock(sent.text)
        if clock and ":" in clock and clock[:2].isdigit():
            return published - timedelta(days=1) if int(clock[:2]) >= EVENING_HOUR else published
    return published


def _within(inner: DateValue, outer: DateValue) -> bool:
    """Whether a day falls inside a coarser date: a day of that month, or of that year."""
    if outer.precision == "month":
        return (inner.date.year, inner.date.month) == (outer.date.year, outer.date.month)
    if outer.precision == "unknown":
        return inner.date.year == outer.date.year
    if outer.precision == "week":
        return 0 <= (inner.date - outer.date).days < 7
    return False


def choose_main_date(doc: Doc, dates: list[DateMention], published: date | None) -> DateMention | None:
    """The date of the lead's violence: a date said of a shooting or attack beats a date said of a statement.

    "Police said Tuesday that a man was shot Monday night" is Monday: the
    date of "said" is when the report was made, the date of "shot" is the event.
    A week, a month or a year the report later gives as a day ("in 2014" ... "on
    Jan. 20, 2014") is that day.
    """
    if not dates:
        return None
    # the lead is counted from the first date of one day: a span opening a recap ('stories from Feb. 23 -
    # March 1') is no event's
    first_sentence = next((d for d in dates if not is_period_start(doc, d)), dates[0]).sentence
    candidates = [d for d in dates if d.sentence <= first_sentence + 6]
    candidates = [d for d in candidates if not is_period_start(doc, d)] or candidates
    best = max(candidates, key=lambda d: (date_score(doc, d, published, first_sentence), -d.start))
    if published is not None and best.value.date > published:
        # a report cannot precede its event: a stamp a day ahead of the publication date is the publication day
        best = DateMention(best.start, best.end, best.sentence, best.text, DateValue(published, best.value.precision))
    best = _past_midnight(doc, _written_tonight(best, published), published)
    best = _night_by_its_weekday(doc, dates, best)
    if best.value.precision == "day" and mention_kind(doc, best) == "aftermath":
        best = _violence_before(doc, dates, best) or best
    elif best.value.precision == "day" and mention_kind(doc, best) == "arrest":
        # "was arrested Sunday ... was visiting the village on Saturday morning when someone reported": the
        # day just before an arrest, given beside it, is the act's
        near = [d for d in dates if best.sentence <= d.sentence <= best.sentence + ARREST_SENTENCES]
        act = _violence_before(doc, near, best)
        if act is not None and (best.value.date - act.value.date).days <= ARREST_DAYS_AFTER:
            best = act
    elif best.value.precision == "day" and _is_death_date(doc, best):
        # "pronounced dead Monday ... found her shot Friday": the attack came first, within the days before
        attack = _violence_before(doc, candidates, best)
        if attack is not None and (best.value.date - attack.value.date).days <= DEATH_DAYS_AFTER:
            best = attack
    # "showed up at a hospital early Tuesday ... had been shot four days earlier": the violence is the day counted back
    best = next((d for d in dates if d.counted_from == best.start and mention_kind(doc, d) == "violence"), best)
    if best.value.precision in ("week", "month", "unknown"):
        finer = _finer_day(doc, dates, best.value, published)
        if finer is not None:
            return finer
        # a month or a year none of whose days the report gives is background (the investigation that began
        # in April, the conviction in 2015): the day the lead gives is its event's
        days = [
            d for d in candidates if d.value.precision == "day" and (published is None or d.value.date <= published)
        ]
        if days:
            return max(days, key=lambda d: (date_score(doc, d, published, first_sentence), -d.start))
    return best


_TONIGHT = re.compile(r"(?i)tonight")


def _written_tonight(mention: DateMention, published: date | None) -> DateMention:
    """'A man was shot dead tonight': a report written in the evening, which, as with an evening clock time
    and no day (``undated_day``), is most often stamped the next calendar day."""
    if published is None or not _TONIGHT.fullmatch(mention.text) or mention.value.date != published:
        return mention
    day = DateValue(published - timedelta(days=1), "day", mention.value.relative)
    return DateMention(mention.start, mention.end, mention.sentence, mention.text, day, mention.counted_from)


#: Kinds of date that name a step after the violence: its arrest, its court case, its report.
_LATER_STEPS = frozenset({"arrest", "aftermath", "reporting"})


def _violence_before(doc: Doc, dates: list[DateMention], step: DateMention) -> DateMention | None:
    """'Four teenagers were arraigned Friday ... Police say around 9 p.m. Jan. 21 the four teens followed the
    student': a report led by an arrest or a court step gives the violence's own day further down."""
    earlier = [
        d
        for d in dates
        if d.value.precision == "day"
        and d.value.date < step.value.date
        and mention_kind(doc, d) not in _LATER_STEPS
        and not is_period_start(doc, d)
        and not is_caption(sentence_of(token_at(doc, d.start) or doc[0]))
    ]
    return min(earlier, key=lambda d: (mention_kind(doc, d) != "violence", d.start), default=None)


#: How soon after its act an arrest the report leads with is, and within how many sentences the act's day follows.
ARREST_DAYS_AFTER = 2
ARREST_SENTENCES = 2


#: How many days before a death its attack may be looked for among the report's dates.
DEATH_DAYS_AFTER = 3
_DEATH = re.compile(r"(?i)\b(?:pronounced|declared)\s+dead\b|\b(?:died|succumbed)\b")


def _is_death_date(doc: Doc, d: DateMention) -> bool:
    """'was pronounced dead Monday': the day of a death, which may come days after its attack."""
    first = token_at(doc, d.start)
    if first is None:
        return False
    sent = sentence_of(first)
    before = doc_text(doc)[max(sent.start_char, d.start - 40) : d.start]
    if not _DEATH.search(before):
        return False
    # "died Friday after he was shot ...": the sentence gives the attack with the death, on that day
    return not re.search(r"(?i)\b(?:after|when|hours after)\b[^.]*\b(?:shot|stabbed|attacked|wounded)\b", sent.text)


#: "Saturday night", "late Friday": a night that runs past midnight into the next calendar day.
_NIGHT = re.compile(r"(?i)\bnight\b|^late\b")
#: Nights named without a weekday: "overnight" and "last night" are the night before publication.
_NAMED_NIGHT = re.compile(r"(?i)\b(?:overnight|last night|new year['’]s eve)\b")
#: Midnight passed: "just after midnight", "as the clock struck midnight", "at the stroke of midnight".
_PAST_MIDNIGHT = re.compile(r"(?i)\bafter\s+midnight\b|\bstr(?:uck|oke\s+of)\s+midnight\b")
#: The last hour of a night before it is early morning: "about 1 a.m." after "Saturday night" is Sunday.
SMALL_HOURS_END = 5


def _night_by_its_weekday(doc: Doc, dates: list[DateMention], night: DateMention) -> DateMention:
    """'A suspect search got underway overnight ... the call came in at 10:23 p.m. Wednesday': a night named
    without its day ('overnight', 'last night') is the day the next sentences give it to the minute."""
    if _WEEKDAY_RE.search(night.text) or not _NAMED_NIGHT.search(night.text):
        return night
    for d in dates:
        if (
            night.sentence <= d.sentence <= night.sentence + 2
            and d.start > night.start
            and _WEEKDAY_RE.search(d.text)
            and 0 <= (d.value.date - night.value.date).days <= 1
            and clock_beside(doc, d)
        ):
            return DateMention(night.start, night.end, night.sentence, night.text, d.value, night.counted_from)
    return night


def _past_midnight(doc: Doc, mention: DateMention, published: date | None) -> DateMention:
    """'Two men were shot Saturday night ... about 1 a.m.': the clock time is in the small hours after that
    night, so the calendar day is the next one (never after publication)."""
    if mention.value.precision != "day" or not (
        (_NIGHT.search(mention.text) and _WEEKDAY_RE.search(mention.text)) or _NAMED_NIGHT.search(mention.text)
    ):
        return mention
    sents = doc_sentences(doc)
    for sent in sents[mention.sentence : mention.sentence + 3]:
        clock = parse_clock(sent.text)
        if not clock or ":" not in clock:
            continue
        kinds = {predicate_kind(t.lower_) for t in sent}
        if "violence" not in kinds or kinds & {"arrest", "aftermath"} or re.search(r"(?i)\b(?:dead|died)\b", sent.text):
            return mention  # "declared dead at 4:42 a.m.", "booked around 1:15 a.m.": a later step's time
        hour, minute = int(clock[:2]), int(clock[3:5])
        small_hours = 0 < hour * 60 + minute < SMALL_HOURS_END * 60 and re.search(r"(?i)\d\s*a\.?\s?m\b", sent.text)
        if small_hours or (clock == "00:00" and _PAST_MIDNIGHT.search(sent.text)):
            nxt = mention.value.date + timedelta(days=1)
            if published is None or nxt <= published:
                return DateMention(
                    mention.start,
                    mention.end,
                    mention.sentence,
                    mention.text,
                    DateValue(nxt, "day", mention.value.relative),
                )
        return mention
    return mention


def _finer_day(doc: Doc, dates: list[DateMention], coarse: DateValue, published: date | None) -> DateMention | None:
    """The day a week, month or year stands for: the violence comes before its arrest, charge and report, so
    the earliest day of that span said of violence, else the earliest day of that span."""
    within = [
        d
        for d in dates
        if d.value.precision == "day" and _within(d.value, coarse) and (published is None or d.value.date <= published)
    ]
    violent = [d for d in within if mention_kind(doc, d) == "violence"]
    return min(violent or within, key=lambda d: (d.value.date, d.start), default=None)


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
        for word in lexicon.SIEGE_WORDS:
            pos = low.find(word)
            if pos < 0:
                continue
            window = low[max(0, pos - 40) : pos + len(word)]
            duration = parse_duration_days(window)
            if duration is None:
                continue
            start = sent.start_char + pos
            return Standoff(s_index, start, start + len(word), duration[0], duration[1])
    return None
