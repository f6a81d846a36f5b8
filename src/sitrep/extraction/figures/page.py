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
    r"(?:(reported|[a-z]+)\s+)?fatalities\s+(?:were\s+|are\s+|is\s+)?coded\s+as\s+(\d+)",
    re.IGNORECASE,
)
#: The group a coded count names in place of the whole: "Unknown militant fatalities coded as 6".
CODED_GROUP = lx.CODED_GROUP


@rule(
    "coded-fatalities",
    "page",
    "killed N, the report's toll, outweighing its other figures (0 included)",
    Example("Clashes broke out in the district. Total fatalities coded as 13.", {"killed": 13}),
    Example("A Taliban attack on a post killed 9 soldiers, the group said. Fatalities coded as 0.", {}),
)
def _coded_totals(doc: Doc) -> list[FigureMention]:
    """'Fatalities coded as 0': the report's own last word on its toll, which no other figure of it outweighs."""
    out: list[FigureMention] = []
    text = doc_text(doc)
    if "coded as" not in text.lower():
        return []
    for found in _CODED.finditer(text):
        word = (found.group(2) or "").lower()
        if word and word != "reported" and not found.group(1) and word not in ("the", "of", "and", "total"):
            continue  # "militant fatalities coded as 6": one side's count, not the whole
        tok = _token_at(doc, found.start())
        if tok is None:
            continue
        figure = Figure(
            kind="killed", count=int(found.group(3)), group=CODED_GROUP, evidence=[(found.start(), found.end())]
        )
        out.append(FigureMention(figure, _sentence_index(doc, tok), tok.i))
    return out


#: A link to another story on the page: "More: Two charged in death of child", "READ MORE: ...", "RELATED: ...".
_LINK_MARK = re.compile(
    r"(?:^|(?<=\s))(?:READ MORE|Read more|More|MORE|RELATED|Related|See also|Also read|ALSO READ)\s*:"
)


@rule(
    "link-to-another-story",
    "page",
    "no figure: a link's headline counts another story's people",
    Example(
        "A man was wounded in a shooting on Tuesday. More: Two charged with murder in death of child", {"injured": 1}
    ),
)
def _after_link(tok: Token, links: list[int]) -> bool:
    """A figure in a link's headline counts another story's people: one after a link mark in its sentence."""
    sent = sentence_of(tok)
    return any(sent.start_char <= start <= tok.idx for start in links)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _sentence_index(doc: Doc, tok: Token) -> int:
    return next((k for k, s in enumerate(doc_sentences(doc)) if s.start <= tok.i < s.end), 0)
