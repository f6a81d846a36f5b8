"""Token patterns of the event-type rules: spaCy ``Matcher`` patterns over lemmas and parts of speech.

One lemma and a class of nouns say in one row what a list of phrases said ("blocked the gates", "blocking the
main entrance", "had blocked traffic"). The rules read plain text (a note, the event's sentences), so the text
is lemmatised here (by the loaded pipeline's tagger and lemmatizer, ``nlp.lemmatise``), and only the sentences
where each lemma a pattern names begins a word: most are never tagged.
"""

from __future__ import annotations

import re

from spacy.matcher import Matcher

from .. import nlp
from .type_rule import Span, TokenPattern


def gate(patterns: dict[str, TokenPattern]) -> re.Pattern[str]:
    """Texts one of the patterns may match: each lemma it names (or one of each list of lemmas) begins a word of
    the text. A text without them need not be tagged: "a few blocks away" names no way or door."""
    alternatives = []
    for tokens in patterns.values():
        looks = ""
        for token in tokens:
            lemma = token.get("LEMMA")
            words = [lemma] if isinstance(lemma, str) else lemma.get("IN", []) if isinstance(lemma, dict) else []
            if words:
                looks += r"(?=.*?\b(?:" + "|".join(re.escape(w) for w in words) + "))"
        alternatives.append(looks or "(?=.)")
    return re.compile(r"\A(?:" + "|".join(alternatives) + ")", re.I | re.S)


def matcher(patterns: dict[str, TokenPattern]) -> Matcher:
    """One ``Matcher`` over the pipeline's vocabulary, each pattern under its rule's name."""
    vocab = nlp.load().vocab
    found = Matcher(vocab)
    for name, tokens in patterns.items():
        # a rule's name outlives the memory zone it may first be added in (a zone forgets its strings on exit)
        vocab.strings.add(name, allow_transient=False)  # type: ignore[call-arg]  # spaCy 3.8's stub lacks it
        found.add(name, [list(tokens)])
    return found


#: Where one sentence of plain text ends: a token pattern never reaches across it.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def first_matches(found: Matcher, gate: re.Pattern[str], text: str) -> dict[str, Span]:
    """Each pattern's first match in ``text``, by name, as character offsets. Only the sentences that pass
    ``gate`` are tagged: a long article pays for the one sentence that may block a road, not for all."""
    pieces, start = [], 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        if gate.search(text[start:end]):
            pieces.append((start, text[start:end]))
        start = end
    spans: dict[str, Span] = {}
    for (at, _), doc in zip(pieces, nlp.lemmatise(p for _, p in pieces), strict=True):
        for match_id, first, last in sorted(found(doc), key=lambda m: m[1]):
            name = doc.vocab.strings[match_id]
            if name not in spans:
                spans[name] = (at + doc[first].idx, at + doc[last - 1].idx + len(doc[last - 1].text))
    return spans
