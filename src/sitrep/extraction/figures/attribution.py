"""Certainty and attribution: how sure the report is of a figure, and who gives it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...record import Certainty
from .. import lexicon as lx
from .mention import PersonResolver
from .rules import Example, rule


@rule(
    "believed",
    "attribution",
    "certainty 'believed' under 'believed to', 'feared', 'reportedly'",
    Example("Militants are believed to have killed 30 villagers.", {"killed": 30}),
)
def certainty_of(pred: Token, sent: Span) -> Certainty:
    node = pred
    for _ in range(6):
        for child in node.children:
            if child.lower_ in lx.BELIEVED_WORDS and child.dep_ in ("advmod", "aux", "auxpass", "amod", "acomp"):
                return "believed"
        if node.lower_ in lx.CLAIM_WORDS and node != pred:
            return "claimed"
        if node.lower_ in lx.DENY_WORDS and node != pred:
            return "denied"
        if node.lower_ in lx.BELIEVED_WORDS and node != pred:
            return "believed"
        if node.head == node:
            break
        node = node.head
    return "stated"


def claimant(pred: Token, resolve_person: PersonResolver | None) -> str | None:
    node = pred
    for _ in range(6):
        if node.lower_ in lx.CLAIM_WORDS:
            for child in node.children:
                if child.dep_ in ("poss", "nsubj"):
                    if resolve_person:
                        name = resolve_person(child.idx, child.idx + len(child.text))
                        if name:
                            return name
                    return " ".join(t.text for t in child.subtree if t.dep_ != "case")
            return None
        if node.head == node:
            break
        node = node.head
    return None


@rule(
    "attribution",
    "attribution",
    "the figure's attribution: 'police said', 'according to officials'",
    Example("Twelve soldiers were killed, police said.", {"killed": 12}),
)
def attribution_of(sent: Span) -> str | None:
    """Who gives the sentence's figures: 'police said', 'according to officials', 'X quoted Y'."""
    root = sent.root
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in sent.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _phrase(objs[0])
    for verb in [root, *[t for t in sent if t.dep_ in ("ccomp", "conj", "parataxis") and t.head == root]]:
        if verb.lower_ not in lx.SPEECH_VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ in lx.SUBJECT_DEPS), None)
        if subj is None or (subj.pos_ == "PRON" and subj.lower_ not in ("police",)) or subj.like_num:
            continue
        if verb.lower_ in ("quoted", "quoting"):
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return f"{_phrase(obj)}, via {_phrase(subj)}"
        return _phrase(subj)
    return None


def _phrase(tok: Token) -> str:
    words = [t for t in tok.subtree if t.dep_ not in ("det", "punct", "relcl", "acl", "prep") or t == tok]
    words = [t for t in words if t.i <= tok.i or (t.head == tok and t.dep_ in ("cc", "conj"))]
    return " ".join(t.text for t in words).strip()
