"""What a date of a report dates: the violence, an arrest, the aftermath, a court step, the reporting, a caption.

``time.choose_main_date`` scores each date mention by the kind of predicate it
modifies; this module reads that kind from the sentence around the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .dates import DateValue
from .sentences import doc_text, sentence_of


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


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


#: Predicates whose date is when the report was made, not when the violence happened.
_REPORTING_PREDICATES = lx.SPEECH_VERBS | lx.DATE_REPORTING_WORDS


#: Predicates whose date is the violence itself.
_VIOLENCE_PREDICATES = (
    (
        frozenset(w for kind in ("killed", "injured", "kidnapped", "hostage") for w in lx.KIND_WORDS[kind])
        | frozenset(w for w in lx.EVENT_CUES if " " not in w)
        | lx.DATE_VIOLENCE_WORDS
    )
    - lx.DATE_ARREST_WORDS
    - lx.DATE_AFTERMATH_WORDS
    - _REPORTING_PREDICATES
)


#: A photo caption: "(Photo: ...)", "Buy Photo ...", "CLOSE ..." before a video's caption, "file photo"; an
#: editor's note ("(Note: An earlier story reported ...)") is about the report, not the event, either.
_CAPTION = re.compile(
    r"\(Photo\b|\bPhoto:|^\W*(?:CLOSE|Buy Photo)\b|\bfile photo\b|^\W*(?:[Ee]ditor['’]s\s+)?[Nn]ote\s*:"
)


#: A picture's credit right after a sentence: "(Photo: ...)".
_CAPTION_AFTER = re.compile(r"^\W{0,3}(?:\(Photo\b|Photo:)")


#: How old a captioned picture's date must be to be taken for a file picture's.
FILE_PHOTO_DAYS = 180


def is_caption(sent: Span) -> bool:
    return bool(_CAPTION.search(sent.text))


def _is_file_photo(sent: Span, day: date, published: date | None) -> bool:
    """ "Two people were shot on March 8, 2017. (Photo: ...)" in a 2018 report: a file picture's caption."""
    text = doc_text(sent.doc)
    return (
        published is not None
        and (published - day).days > FILE_PHOTO_DAYS
        and bool(_CAPTION_AFTER.search(text[sent.end_char : sent.end_char + 12]))
    )


#: A stamp's clock time right after a date: "Friday January 24, 2014 12:04 AM", "March 5th, 2018 @ 5:00 a.m.".
_STAMP_CLOCK = re.compile(
    r"[\s,]*(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}[\s,]*)?(?:@\s*)?\d{1,2}:\d\d\s*[ap]\.?\s?m\b", re.I
)


def _is_stamp(doc: Doc, d: DateMention) -> bool:
    """A date that opens the report with its clock time, as a page stamps its story: not the event's."""
    text = doc_text(doc)
    opening = text[: d.start].strip().rstrip(",:").lower()
    starts = not opening or opening in lx.WEEKDAYS or opening.endswith(("update", "updated"))
    return starts and bool(_STAMP_CLOCK.match(text, d.end))


def _date_anchor(doc: Doc, mention: DateMention) -> Token | None:
    """The word a date expression says the time of: its verb or event noun."""
    tok = token_at(doc, mention.start)
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


def predicate_kind(word: str) -> str | None:
    if word in _VIOLENCE_PREDICATES:
        return "violence"
    if word in lx.DATE_ARREST_WORDS:
        return "arrest"
    if word in lx.DATE_AFTERMATH_WORDS:
        return "aftermath"
    if word in _REPORTING_PREDICATES:
        return "reporting"
    return None


#: The end of a span of days written out: "crime stories from Feb. 23 - March 1", "Jan. 3 through Jan. 9".
_SPAN_END = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:-|–|—|\bthrough|\bthru)\s*$", re.I)


#: What follows the start of such a span: "- March 1", " through Jan. 9".
_SPAN_ON = re.compile(r"\s*(?:-|–|—|through\b|thru\b)\s*(?:[a-z]{3,9}\.?\s+)?\d", re.I)


def is_period_start(doc: Doc, mention: DateMention) -> bool:
    """'since Friday afternoon', 'the week of March 12', 'from midnight Dec. 31 to ...': the start of a span of
    several incidents, not the date of one; and the end of a span of days ('Feb. 23 - March 1')."""
    if mention.text.lower().startswith("since "):
        return True
    text = doc_text(doc)
    if _SPAN_END.search(text[max(0, mention.start - 12) : mention.start]) or (
        re.search(r"\d(?:st|nd|rd|th)?$", mention.text) and _SPAN_ON.match(text, mention.end)
    ):
        return True
    first = token_at(doc, mention.start)
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
    last = token_at(doc, d.end - 1)
    if last is None or last.i + 1 >= len(doc) or doc[last.i + 1].lower_ not in ("'s", "’s"):
        return None
    head = last.head
    return head if head.pos_ in ("NOUN", "PROPN") and head.i > last.i else None


def _is_charged_crime(tok: Token) -> bool:
    """'appeared in court on charges of attempted murder on Feb. 11': the murder is what he is charged with."""
    node = tok
    for _ in range(3):
        if node.head is node:
            return False
        node = node.head
        if node.lower_ in lx.DATE_CHARGE_WORDS:
            return True
    return False


def _word_kind(tok: Token) -> str | None:
    """What a word a date hangs on says the date is of."""
    if tok.lower_ == "found" and any(c.lower_.strip("-") in lx.DATE_VERDICT_WORDS for c in tok.children):
        return "aftermath"  # "was found guilty Tuesday": a verdict, not a body found
    if any(c.lower_ in lx.DATE_STATE_VERBS and c.dep_ in ("aux", "auxpass") for c in tok.children):
        return "aftermath"  # "remained hospitalized Sunday": the victim's state on a later day
    return predicate_kind(tok.lower_)


def _nearby_kind(tok: Token) -> str | None:
    """What a word just before a date says of it; a source, a charge or a denied word says nothing."""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in lx.DATE_RECORD_NOUNS:
        return None  # "according to court records": a source, not a court step
    if _is_charged_crime(tok) or (tok.i > 0 and tok.nbor(-1).lower_ in ("without", "no")):
        return None  # "on charges of attempted murder", "arrested without incident"
    return _word_kind(tok)


#: Where the kinds of a document's dates are kept, by character span: several rules ask for each.
_KINDS_KEY = "sitrep_date_kinds"


def mention_kind(doc: Doc, d: DateMention) -> str | None:
    """What a date is said of: violence, arrest, aftermath (charge, court), reporting, other, or None."""
    kinds: dict[tuple[int, int], str | None] = doc.user_data.setdefault(_KINDS_KEY, {})
    if (d.start, d.end) not in kinds:
        kinds[(d.start, d.end)] = _read_kind(doc, d)
    return kinds[(d.start, d.end)]


def _read_kind(doc: Doc, d: DateMention) -> str | None:
    first = token_at(doc, d.start)
    if first is not None and [t.lower_ for t in doc[max(0, first.i - 2) : first.i]] == ["as", "of"]:
        return "reporting"  # "no arrests had been made as of Sunday morning": the state when the report was made
    owned = _possessed_noun(doc, d)
    if owned is not None:
        # "Tuesday's shooting" is the violence's day, "Tuesday's blizzard" the weather's
        return predicate_kind(owned.lower_) or "other"
    anchor = _date_anchor(doc, d)
    window = doc[max(sentence_of(first).start, first.i - 5) : first.i] if first is not None else doc[0:0]
    kind = _word_kind(anchor) if anchor is not None else None
    # "police are investigating two shootings Monday night": the parse may hang the date on the verb before
    nearest = next((k for k in map(_nearby_kind, reversed(window)) if k), None)
    if (
        kind != "violence"
        and nearest not in ("arrest", "aftermath")  # "the death was ruled a homicide after an autopsy Thursday"
        and anchor is not None
        and any(
            # "two shootings were reported late Monday": what was reported is the violence
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _VIOLENCE_PREDICATES
            for c in anchor.children
        )
    ):
        kind = "violence"
    if nearest == "violence" or (kind is None and nearest in ("arrest", "aftermath")):
        kind = nearest
    if kind == "reporting" and first is not None and clock_beside(doc, d):
        kind = None  # "On Monday, at about 6:12 p.m., police said they ...": a statement is not given to the minute
    return kind


def clock_beside(doc: Doc, d: DateMention) -> bool:
    """Whether a clock time sits right beside a date: 'at 6:12 p.m. Monday', 'Monday, at about 6:12 p.m.'."""
    sent = sentence_of(token_at(doc, d.start) or doc[0])
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


#: How much the kind of predicate a date is said of counts for it being the lead violence's date.
KIND_SCORES: dict[str, float] = {"violence": 3.0, "arrest": 0.5, "other": -1.0, "aftermath": -1.5, "reporting": -3.0}
#: What each sentence further from the report's first date costs a date (up to ten sentences).
SENTENCE_COST = 0.4


def date_score(doc: Doc, d: DateMention, published: date | None, first_sentence: int) -> float:
    """How likely a date is the lead violence's: said of a shooting beats said of an arrest beats said of a statement."""
    first = token_at(doc, d.start)
    window = doc[max(sentence_of(first).start, first.i - 5) : first.i] if first is not None else doc[0:0]
    window_words = {t.lower_ for t in window}
    kind = mention_kind(doc, d)
    value = KIND_SCORES.get(kind or "", 0.0)
    if (
        (first is not None and first.i > 0 and doc[first.i - 1].text in ("(", "[", "|"))
        or window_words & lx.DATE_STAMP_WORDS
        or _is_stamp(doc, d)
    ):
        value = min(value, 0.0) - 3.0  # "(Published Tuesday, March 13)", "(February 13, 2014) –": a dateline
    if d.value.precision == "day":
        value += 1.0
    if first is not None and (
        is_caption(sentence_of(first)) or _is_file_photo(sentence_of(first), d.value.date, published)
    ):
        value -= 2.0  # "Buy Photo A man was shot on March 8, 2017. (Photo: ...)": a picture's date, often a file one
    if first is not None and _is_background(sentence_of(first), d):
        value -= 2.0  # "a man was shot on the same block just last week, on Saturday": an earlier event's day
    if first is not None and _in_quote(doc, first):
        value -= 2.0  # "what's going on in the world today": a speaker's time, often not the event's
    if published is not None and d.value.date > published:
        value -= 5.0
    return value - SENTENCE_COST * min(d.sentence - first_sentence, 10)


_BACKGROUND = re.compile(r"(?i)\b(?:" + "|".join(re.escape(p) for p in lx.DATE_BACKGROUND_PHRASES) + r")\b")


def _is_background(sent: Span, d: DateMention) -> bool:
    """Whether a day's sentence tells it as an earlier event's ('just last week, on Saturday'); a date that is
    itself such words ('last Friday') is read by its own words."""
    return (
        d.value.precision == "day"
        and not re.search(r"(?i)last|earlier", d.text)
        and bool(_BACKGROUND.search(sent.text))
    )


def _in_quote(doc: Doc, tok: Token) -> bool:
    """Whether a word is inside a direct quotation of its sentence."""
    before = doc_text(doc)[sentence_of(tok).start_char : tok.idx]
    opened = max(before.rfind("\u201c"), before.rfind("\u201d"))
    if opened >= 0:
        return before[opened] == "\u201c"
    return before.count('"') % 2 == 1
