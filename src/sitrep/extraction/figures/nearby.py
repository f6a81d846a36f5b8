"""The kind a patient verb just after the people gives, when the parse has not joined them to it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...record import FigureKind
from .. import lexicon as lx
from .predicate import verb_kind, word_kind


def _co_subject(noun: Token, subject: Token) -> bool:
    """'an equal number of fighters and students surrendered': the noun is inside a subject of the same verb."""
    node = noun
    for _ in range(6):
        if node.dep_ in lx.SUBJECT_DEPS and node.head == subject.head:
            return True
        if node.head == node:
            return False
        node = node.head
    return False


def nearby_kind(noun: Token, sent: Span) -> tuple[FigureKind | None, Token | None]:
    """When the parse is wrong, a patient verb just after the people still says what happened.

    Only readings where the people are the patient are taken: an intransitive
    verb ("surrendered", "died") or a passive participle ("were rescued").
    """
    doc = sent.doc
    last = max(t.i for t in noun.subtree if t.i < noun.i + 4) if noun.n_rights else noun.i
    for k in range(last + 1, min(sent.end, last + 10)):
        tok = doc[k]
        if tok.lower_ in lx.CLAUSE_BREAK_WORDS or tok.like_num:
            break
        if tok.dep_ in lx.SUBJECT_DEPS and tok.lower_ not in ("who", "that", "which") and not _co_subject(noun, tok):
            break  # "hunting with two friends when he was injured": the verb has its own patient
        if tok.lower_ in lx.INTRANSITIVE_KINDS:
            return word_kind(tok), tok
        if (
            tok.tag_ == "VBN"
            and word_kind(tok)
            and any(doc[j].lower_ in ("was", "were", "been", "are", "is") for j in range(max(sent.start, k - 2), k))
        ):
            return verb_kind(tok, True)
    return None, None
