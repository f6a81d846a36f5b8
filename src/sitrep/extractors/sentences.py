"""The sentences of a parsed report, computed once per document.

spaCy rebuilds ``doc.sents`` (and ``token.sent``) by walking every token on
each call; the extractors ask for sentences many times per report, so they
ask here instead.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "sitrep_sentences"


def sentences(doc: Doc) -> list[Span]:
    """The report's sentences, in order."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = list(doc.sents)
        doc.user_data[_KEY] = cached
        doc.user_data[_KEY + "_starts"] = [s.start for s in cached]
    return cached


def sentence_index(doc: Doc, token_index: int) -> int:
    """Which sentence a token is in."""
    sentences(doc)
    return max(0, bisect_right(doc.user_data[_KEY + "_starts"], token_index) - 1)


def sentence_of(item: Token | Span) -> Span:
    """The sentence a token or span starts in."""
    doc = item.doc
    start = item.i if isinstance(item, Token) else item.start
    return sentences(doc)[sentence_index(doc, start)]
