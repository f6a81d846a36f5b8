"""What the page around the running text says: a coder's count, links to other stories."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...record import Figure
from .. import lexicon as lx
from ..sentences import doc_text, sentence_of
from ..sentences import sentences as doc_sentences
from .mention import FigureMention
from .rules import Example, rule

#: A coder's note of the count it settled on: "Fatalities coded as 0 (VoJ reported 9)", "Total fatalities coded as 13".
_CODED = re.compile(
    r"\b(?:(total|unknown|unclear|several|dozens of|a total of|unknown number of)\s+)?"
    r"(?:(reported|[a-z]+)\s+)?fatalit(?:ies|ie|es)\s+(?:and injuries\s+)?(?:were\s+|are\s+|is\s+)?coded\s+(?:as|to)\s+(\d+)",
    re.IGNORECASE,
)
#: The group a coded count names in place of the whole: "Unknown militant fatalities coded as 6".
CODED_GROUP = lx.CODED_GROUP
#: A coder's note that one toll is shared out over several events: "Fatalities are split across 2 events (4)",
#: "coded as 10 and split between 3 locations", "[1 fatality split among 12 events]".
_SPLIT = re.compile(
    r"\bsplit (?:up )?(?:between|across|among|over) (?:the )?\(?(\d+|[a-z]+)\)? (?:events|locations|days|sites)\b"
    r"(?:\s*\((\d+)\))?",
    re.IGNORECASE,
)
#: The count a coder gives this one event of several: "and coded as 3 for this event", "coded 2 in this event".
_THIS_EVENT = re.compile(
    r"\bcoded(?: as| to)? (\d+) (?:for|in|to) (?:this|the) event\b|\btotal (?:of )?(\d+) fatalit(?:ies|y)\b",
    re.IGNORECASE,
)
#: The toll a split note shares out, said just before it: "20 fatalities split up between 3 events".
_SPLIT_TOLL = re.compile(r"\b(\d+) (?:fatality|fatalities)\s+(?:are |were |have been )?$", re.IGNORECASE)


@rule(
    "coded-fatalities",
    "page",
    "killed N, the report's toll, outweighing its other figures (0 included)",
    Example("Clashes broke out in the district. Total fatalities coded as 13.", {"killed": 13}),
    Example(
        "Police fire killed a hospital staffer. A boy also died after being hit by a bullet. Total 2 fatalities "
        "coded to this event.",
        {"killed": 2},
    ),
    Example("A Taliban attack on a post killed 9 soldiers, the group said. Fatalities coded as 0.", {}),
)
@rule(
    "split-fatalities",
    "page",
    "killed: the event's share of a toll a coder split over several events",
    Example(
        "Militants raided two villages on Monday, killing 8 people. Fatalities are split across 2 events (4).",
        {"killed": 4},
    ),
    Example(
        "Clashes were reported in the district. Unknown number of fatalities coded as 10, split between 3 locations.",
        {"killed": 3},
    ),
    Example(
        "Drones struck an outpost on Monday. 4 soldiers were killed across three days. 4 fatalities split across "
        "three days, and coded as 1 for this event.",
        {"killed": 1},
    ),
)
def _split_share(text: str, note: re.Match[str]) -> tuple[int, int] | None:
    """(the event's share, where its toll starts) of a split note: the number in brackets after it, else the
    coded or stated toll before it in its sentence divided by the events, rounded down; None when the note
    gives neither ('7 remaining fatalities split across 13 events' is what is left over, not a share)."""
    if note.group(2) is not None:
        return int(note.group(2)), note.start()
    word = note.group(1).lower()
    events = int(word) if word.isdigit() else lx.CARDINALS.get(word, 0)
    if events < 2:
        return None
    sentence_start = max(text.rfind(".", 0, note.start()), text.rfind("[", 0, note.start())) + 1
    before = text[sentence_start : note.start()]
    if "remaining" in before.lower():
        return None
    coded = next(_CODED.finditer(before), None)
    if coded is not None:
        return int(coded.group(3)) // events, sentence_start + coded.start()
    stated = _SPLIT_TOLL.search(before)
    if stated is not None:
        return int(stated.group(1)) // events, sentence_start + stated.start()
    return None


def coded_totals(doc: Doc) -> list[FigureMention]:
    """'Fatalities coded as 0': the report's own last word on its toll, which no other figure of it outweighs."""
    out: list[FigureMention] = []
    text = doc_text(doc)
    low = text.lower()
    if "coded" not in low and "split" not in low and "total" not in low:
        return []
    own = [(m.start(), m.end(), int(m.group(1) or m.group(2))) for m in _THIS_EVENT.finditer(text)]
    if own:  # "5 fatalities split across two days, coded as 3 in this event": the event's own share
        return [_coded(doc, count, start, end) for start, end, count in own if _token_at(doc, start) is not None]
    if "split" in low:
        for note in _SPLIT.finditer(text):
            share = _split_share(text, note)
            if share is None or _token_at(doc, share[1]) is None:
                continue
            out.append(_coded(doc, share[0], share[1], note.end()))
    if out or ("coded as" not in low and "coded to" not in low):
        return out  # a split note's share outweighs the coded counts it is made of ("unknown fatalities coded to 10")
    for found in _CODED.finditer(text):
        word = (found.group(2) or "").lower()
        if word and word != "reported" and not found.group(1) and word not in ("the", "of", "and", "total"):
            continue  # "militant fatalities coded as 6": one side's count, not the whole
        if _token_at(doc, found.start()) is not None:
            out.append(_coded(doc, int(found.group(3)), found.start(), found.end()))
    return out


def _coded(doc: Doc, count: int, start: int, end: int) -> FigureMention:
    """The coder's killed count, said at characters start to end (a token starts there)."""
    tok = _token_at(doc, start)
    assert tok is not None
    figure = Figure(kind="killed", count=count, group=CODED_GROUP, evidence=[(start, end)])
    return FigureMention(figure, _sentence_index(doc, tok), tok.i)


#: A link to another story on the page: "More: Two charged in death of child", "READ MORE: ...", "RELATED: ...".
_LINK_MARK = re.compile(
    r"(?:^|(?<=\s))(?:READ MORE|Read more|More|MORE|RELATED|Related|See also|Also read|ALSO READ)\s*:"
)


#: A link's headline in brackets: "[Suspect indicted in death of 80-year-old man]", five words or more and no full
#: stop (a bracketed note of the report's own is a sentence: "[He died in February.]").
_BRACKET_LINK = re.compile(r"\[[A-Z][^\]\[=.]{0,300}\]")


def link_spans(text: str) -> list[tuple[int, int]]:
    """Where the links to other stories start (to their sentence's end), or lie (a bracketed headline)."""
    return [(found.start(), -1) for found in _LINK_MARK.finditer(text)] + [
        (found.start(), found.end()) for found in _BRACKET_LINK.finditer(text) if len(found.group(0).split()) >= 5
    ]


@rule(
    "link-to-another-story",
    "page",
    "no figure: a link's headline counts another story's people",
    Example(
        "A man was wounded in a shooting on Tuesday. More: Two charged with murder in death of child", {"injured": 1}
    ),
    Example(
        "A man was wounded in a shooting on Tuesday. [Suspect charged in death of 80-year-old man] Police said.",
        {"injured": 1},
    ),
)
def after_link(tok: Token, links: list[tuple[int, int]]) -> bool:
    """A figure in a link's headline counts another story's people: one after a link mark in its sentence, or
    inside a bracketed headline."""
    sent = sentence_of(tok)
    return any((sent.start_char <= start <= tok.idx) if end < 0 else (start <= tok.idx < end) for start, end in links)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _sentence_index(doc: Doc, tok: Token) -> int:
    return next((k for k, s in enumerate(doc_sentences(doc)) if s.start <= tok.i < s.end), 0)
