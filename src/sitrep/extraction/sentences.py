"""The sentences and the text of a parsed report, found once per document.

spaCy rebuilds ``doc.sents`` (and ``token.sent``) by walking every token on
each call; the extractors ask for sentences many times per report, so they
ask here instead. Only the sentences' token offsets are kept on the doc, never
spans: a span points back at its doc, and that cycle would keep every parsed
doc alive until a full garbage collection.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "sitrep_sentence_bounds"
_TEXT_KEY = "sitrep_text"


def doc_text(doc: Doc) -> str:
    """The report's text: spaCy rebuilds ``doc.text`` from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        sents = list(doc.sents)
        cached = ([s.start for s in sents], [s.end for s in sents])
        doc.user_data[_KEY] = cached
    return cached


def sentences(doc: Doc) -> list[Span]:
    """The report's sentences, in order."""
    starts, ends = _bounds(doc)
    return [doc[s:e] for s, e in zip(starts, ends, strict=True)]


def sentence_index(doc: Doc, token_index: int) -> int:
    """Which sentence a token is in."""
    return max(0, bisect_right(_bounds(doc)[0], token_index) - 1)


def sentence_of(item: Token | Span) -> Span:
    """The sentence a token or span starts in."""
    doc = item.doc
    k = sentence_index(doc, item.i if isinstance(item, Token) else item.start)
    starts, ends = _bounds(doc)
    return doc[starts[k] : ends[k]]
