"""Time: the date words of a report, resolved against its publication date."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .dates import WEEKDAYS, DateValue, parse_clock, parse_duration_days, part_of_day, resolve_date
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
_SIEGE_WORDS = ("standoff", "stand-off", "siege", "blockade", "stalemate", "occupation")


@dataclass(frozen=True)
class DateMention:
    """A date expression, where it is, and the date it stands for."""

    start: int
    end: int
    sentence: int
    text: str
    value: DateValue
    #: where the date this one counts back from is: "shot four days earlier" counts from the date before it
    counted_from: int | None = None


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
    return _with_counted_back(doc, out)


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


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


#: Predicates whose date is when the report was made, not when the violence happened.
_REPORTING_PREDICATES = lx.SPEECH_VERBS | frozenset(
    [
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
    ]
)
#: Predicates whose date is the arrest: the event itself when nobody was harmed, a later step when someone was.
_ARREST_PREDICATES = frozenset(
    [
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
    ]
)
#: Predicates whose date is a later step of the case: the charge, the court, the victim's recovery, the search.
_AFTERMATH_PREDICATES = frozenset(
    [
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
    ]
)
#: What a court finds a defendant: "found guilty", "found not guilty", "found competent".
_VERDICT_WORDS = frozenset({"guilty", "liable", "competent", "incompetent", "innocent"})
#: Predicates whose date is the violence itself.
_VIOLENCE_PREDICATES = (
    (
        frozenset(w for kind in ("killed", "injured", "kidnapped", "hostage") for w in lx.KIND_WORDS[kind])
        | frozenset(w for w in lx.EVENT_CUES if " " not in w)
        | frozenset(
            [
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
            ]
        )
    )
    - _ARREST_PREDICATES
    - _AFTERMATH_PREDICATES
    - _REPORTING_PREDICATES
)
#: A photo caption: "(Photo: ...)", "Buy Photo ...", "CLOSE ..." before a video's caption, "file photo".
_CAPTION = re.compile(r"\(Photo\b|\bPhoto:|^\W*(?:CLOSE|Buy Photo)\b|\bfile photo\b")
#: A picture's credit right after a sentence: "(Photo: ...)".
_CAPTION_AFTER = re.compile(r"^\W{0,3}(?:\(Photo\b|Photo:)")


#: How old a captioned picture's date must be to be taken for a file picture's.
FILE_PHOTO_DAYS = 180


def _is_caption(sent: Span) -> bool:
    return bool(_CAPTION.search(sent.text))


def _is_file_photo(sent: Span, day: date, published: date | None) -> bool:
    """ "Two people were shot on March 8, 2017. (Photo: ...)" in a 2018 report: a file picture's caption."""
    text = doc_text(sent.doc)
    return (
        published is not None
        and (published - day).days > FILE_PHOTO_DAYS
        and bool(_CAPTION_AFTER.search(text[sent.end_char : sent.end_char + 12]))
    )


#: Words before a date that make it the report's own stamp: "(Published Tuesday, March 13)".
_DATELINE_WORDS = frozenset({"published", "updated", "posted", "modified", "copyright"})


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
        if mention.start <= node.idx < mention.end:
            continue  # the date's own words: "March" in "early March" is a month, not a protest march
        if node.pos_ in ("VERB", "AUX") or node.lower_ in _VIOLENCE_PREDICATES:
            return node
    return node


def _predicate_kind(word: str) -> str | None:
    if word in _VIOLENCE_PREDICATES:
        return "violence"
    if word in _ARREST_PREDICATES:
        return "arrest"
    if word in _AFTERMATH_PREDICATES:
        return "aftermath"
    if word in _REPORTING_PREDICATES:
        return "reporting"
    return None


def _is_period_start(doc: Doc, mention: DateMention) -> bool:
    """'since Friday afternoon', 'the week of March 12', 'from midnight Dec. 31 to ...': the start of a span of
    several incidents, not the date of one."""
    if mention.text.lower().startswith("since "):
        return True
    first = _token_at(doc, mention.start)
    if first is None:
        return False
    sent = sentence_of(first)
    before = [t.lower_ for t in doc[max(sent.start, first.i - 3) : first.i]]
    if "since" in before or before[-2:] == ["week", "of"]:
        return True
    ends = ("to", "through", "until", "till")
    if "from" in before:
        return any(t.lower_ in ends for t in doc[first.i : min(sent.end, first.i + 10)])
    return any(w in ends for w in before) and any(
        t.lower_ == "from" for t in doc[max(sent.start, first.i - 10) : first.i]
    )


def _possessed_noun(doc: Doc, d: DateMention) -> Token | None:
    """The noun a possessive date qualifies: 'shooting' in "Sunday's fatal shooting"."""
    last = _token_at(doc, d.end - 1)
    if last is None or last.i + 1 >= len(doc) or doc[last.i + 1].lower_ not in ("'s", "’s"):
        return None
    head = last.head
    return head if head.pos_ in ("NOUN", "PROPN") and head.i > last.i else None


#: "according to court records": a source, not a court step.
_RECORD_NOUNS = frozenset({"documents", "document", "records", "record", "papers", "filings", "filing"})


#: Words that make the crime after them a charge: "on charges of attempted murder", "accused of robbery".
_CHARGE_WORDS = frozenset(
    {"charge", "charges", "charged", "count", "counts", "convicted", "accused", "suspicion", "indicted", "guilty"}
)


def _is_charged_crime(tok: Token) -> bool:
    """'appeared in court on charges of attempted murder on Feb. 11': the murder is what he is charged with."""
    node = tok
    for _ in range(3):
        if node.head is node:
            return False
        node = node.head
        if node.lower_ in _CHARGE_WORDS:
            return True
    return False


def _word_kind(tok: Token) -> str | None:
    """What a word a date hangs on says the date is of."""
    if tok.lower_ == "found" and any(c.lower_.strip("-") in _VERDICT_WORDS for c in tok.children):
        return "aftermath"  # "was found guilty Tuesday": a verdict, not a body found
    return _predicate_kind(tok.lower_)


def _nearby_kind(tok: Token) -> str | None:
    """What a word just before a date says of it; a source, a charge or a denied word says nothing."""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _RECORD_NOUNS:
        return None  # "according to court records": a source, not a court step
    if _is_charged_crime(tok) or (tok.i > 0 and tok.nbor(-1).lower_ in ("without", "no")):
        return None  # "on charges of attempted murder", "arrested without incident"
    return _word_kind(tok)


#: Where the kinds of a document's dates are kept, by character span: several rules ask for each.
_KINDS_KEY = "sitrep_date_kinds"


def _mention_kind(doc: Doc, d: DateMention) -> str | None:
    """What a date is said of: violence, arrest, aftermath (charge, court), reporting, other, or None."""
    kinds: dict[tuple[int, int], str | None] = doc.user_data.setdefault(_KINDS_KEY, {})
    if (d.start, d.end) not in kinds:
        kinds[(d.start, d.end)] = _read_kind(doc, d)
    return kinds[(d.start, d.end)]


def _read_kind(doc: Doc, d: DateMention) -> str | None:
    owned = _possessed_noun(doc, d)
    if owned is not None:
        # "Tuesday's shooting" is the violence's day, "Tuesday's blizzard" the weather's
        return _predicate_kind(owned.lower_) or "other"
    anchor = _date_anchor(doc, d)
    first = _token_at(doc, d.start)
    window = doc[max(sentence_of(first).start, first.i - 5) : first.i] if first is not None else doc[0:0]
    kind = _word_kind(anchor) if anchor is not None else None
    if (
        kind != "violence"
        and anchor is not None
        and any(
            # "two shootings were reported late Monday": what was reported is the violence
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _VIOLENCE_PREDICATES
            for c in anchor.children
        )
    ):
        kind = "violence"
    # "police are investigating two shootings Monday night": the parse may hang the date on the verb before
    nearest = next((k for k in map(_nearby_kind, reversed(window)) if k), None)
    if nearest == "violence" or (kind is None and nearest in ("arrest", "aftermath")):
        kind = nearest
    if kind == "reporting" and first is not None and _clock_beside(doc, d):
        kind = None  # "On Monday, at about 6:12 p.m., police said they ...": a statement is not given to the minute
    return kind


def _clock_beside(doc: Doc, d: DateMention) -> bool:
    """Whether a clock time sits right beside a date: 'at 6:12 p.m. Monday', 'Monday, at about 6:12 p.m.'."""
    sent = sentence_of(_token_at(doc, d.start) or doc[0])
    left = doc_text(doc)[max(sent.start_char, d.start - 25) : d.start]
    right = doc_text(doc)[d.end : min(sent.end_char, d.end + 30)]
    return bool(
        re.search(r"\d\s*[ap]\.?m\b\.?\W*(?:on\s+)?$", left, re.I)
        or re.match(
            r"\W*(?:at\s+)?(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))?"
            r"\s*\d{1,2}(?::\d\d)?\s*[ap]\.?m\b",
            right,
            re.I,
        )
    )


def _date_score(doc: Doc, d: DateMention, published: date | None, first_sentence: int) -> float:
    """How likely a date is the lead violence's: said of a shooting beats said of an arrest beats said of a statement."""
    first = _token_at(doc, d.start)
    window = doc[max(sentence_of(first).start, first.i - 5) : first.i] if first is not None else doc[0:0]
    window_words = {t.lower_ for t in window}
    kind = _mention_kind(doc, d)
    value = {"violence": 3.0, "arrest": 0.5, "other": -1.0, "aftermath": -1.5, "reporting": -3.0}.get(kind or "", 0.0)
    if (
        first is not None and first.i > 0 and doc[first.i - 1].text in ("(", "[", "|")
    ) or window_words & _DATELINE_WORDS:
        value -= 3.0  # "(Published Tuesday, March 13)", "(February 13, 2014) –": a dateline
    if d.value.precision == "day":
        value += 1.0
    if first is not None and (
        _is_caption(sentence_of(first)) or _is_file_photo(sentence_of(first), d.value.date, published)
    ):
        value -= 2.0  # "Buy Photo A man was shot on March 8, 2017. (Photo: ...)": a picture's date, often a file one
    if first is not None and _in_quote(doc, first):
        value -= 2.0  # "what's going on in the world today": a speaker's time, often not the event's
    if published is not None and d.value.date > published:
        value -= 5.0
    return value - 0.4 * min(d.sentence - first_sentence, 10)


def _in_quote(doc: Doc, tok: Token) -> bool:
    """Whether a word is inside a direct quotation of its sentence."""
    before = doc_text(doc)[sentence_of(tok).start_char : tok.idx]
    opened = max(before.rfind("\u201c"), before.rfind("\u201d"))
    if opened >= 0:
        return before[opened] == "\u201c"
    return before.count('"') % 2 == 1


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
    first_sentence = dates[0].sentence
    candidates = [d for d in dates if d.sentence <= first_sentence + 6]
    candidates = [d for d in candidates if not _is_period_start(doc, d)] or candidates
    best = max(candidates, key=lambda d: (_date_score(doc, d, published, first_sentence), -d.start))
    if published is not None and best.value.date > published:
        # a report cannot precede its event: a stamp a day ahead of the publication date is the publication day
        best = DateMention(best.start, best.end, best.sentence, best.text, DateValue(published, best.value.precision))
    best = _past_midnight(doc, best, published)
    if best.value.precision == "day" and _mention_kind(doc, best) == "aftermath":
        best = _violence_before(doc, dates, best) or best
    elif best.value.precision == "day" and _is_death_date(doc, best):
        # "pronounced dead Monday ... found her shot Friday": the attack came first, within the days before
        attack = _violence_before(doc, candidates, best)
        if attack is not None and (best.value.date - attack.value.date).days <= DEATH_DAYS_AFTER:
            best = attack
    # "showed up at a hospital early Tuesday ... had been shot four days earlier": the violence is the day counted back
    best = next((d for d in dates if d.counted_from == best.start and _mention_kind(doc, d) == "violence"), best)
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
            return max(days, key=lambda d: (_date_score(doc, d, published, first_sentence), -d.start))
    return best


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
        and _mention_kind(doc, d) not in _LATER_STEPS
        and not _is_period_start(doc, d)
        and not _is_caption(sentence_of(_token_at(doc, d.start) or doc[0]))
    ]
    return min(earlier, key=lambda d: (_mention_kind(doc, d) != "violence", d.start), default=None)


#: How many days before a death its attack may be looked for among the report's dates.
DEATH_DAYS_AFTER = 3
_DEATH = re.compile(r"(?i)\b(?:pronounced|declared)\s+dead\b|\b(?:died|succumbed)\b")


def _is_death_date(doc: Doc, d: DateMention) -> bool:
    """'was pronounced dead Monday': the day of a death, which may come days after its attack."""
    first = _token_at(doc, d.start)
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
#: The last hour of a night before it is early morning: "about 1 a.m." after "Saturday night" is Sunday.
SMALL_HOURS_END = 5


def _past_midnight(doc: Doc, mention: DateMention, published: date | None) -> DateMention:
    """'Two men were shot Saturday night ... about 1 a.m.': the clock time is in the small hours after that
    night, so the calendar day is the next one (never after publication)."""
    if mention.value.precision != "day" or not _NIGHT.search(mention.text) or not _WEEKDAY_RE.search(mention.text):
        return mention
    sents = doc_sentences(doc)
    for sent in sents[mention.sentence : mention.sentence + 3]:
        clock = parse_clock(sent.text)
        if not clock or ":" not in clock:
            continue
        kinds = {_predicate_kind(t.lower_) for t in sent}
        if "violence" not in kinds or kinds & {"arrest", "aftermath"} or re.search(r"(?i)\b(?:dead|died)\b", sent.text):
            return mention  # "declared dead at 4:42 a.m.", "booked around 1:15 a.m.": a later step's time
        hour, minute = int(clock[:2]), int(clock[3:5])
        if 0 < hour * 60 + minute < SMALL_HOURS_END * 60 and re.search(r"(?i)\d\s*a\.?\s?m\b", sent.text):
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
    violent = [d for d in within if _mention_kind(doc, d) == "violence"]
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
        for word in _SIEGE_WORDS:
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
