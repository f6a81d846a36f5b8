"""A toll's breakdown in brackets: "5 civilians (2 men, 2 women and 1 child) were killed" counts five, not ten."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .mention import FigureMention
from .rules import Example, rule


@rule(
    "bracketed-breakdown",
    "parts",
    "parts: the counts in brackets right after a counted group break it down, and add nothing to it",
    Example("Five civilians (two men, two women and one child) were killed when their car hit a mine.", {"killed": 5}),
    Example(
        "A car bomb went off at the gate, injuring at least nine (one guard and eight passers-by).", {"injured": 9}
    ),
)
def bracketed_breakdown(mentions: list[FigureMention], doc: Doc) -> list[FigureMention]:
    """The mentions inside a bracket that opens right after a figure's words, when they sum to no more than it,
    become parts of it ('5 civilians (2 men, 2 women, and 1 child)')."""
    wholes = [m for m in mentions if m.figure.count > 1 and m.figure.evidence]
    ends = {m.figure.evidence[-1][1]: m for m in wholes}
    numbers = {m.anchor: m for m in wholes}  # "injuring at least nine (one officer and eight civilians)"
    out = list(mentions)
    for tok in doc:
        if tok.text != "(" or tok.i == 0:
            continue
        before = doc[tok.i - 1]
        whole = ends.get(before.idx + len(before.text)) or numbers.get(before.i)
        close = next((t.i for t in doc[tok.i + 1 : tok.i + 30] if t.text == ")"), None)
        if whole is None or close is None:
            continue
        inside = [i for i, m in enumerate(out) if tok.i < m.anchor < close and m is not whole]
        total = sum(out[i].figure.count for i in inside)
        if not inside or total > whole.figure.count:
            continue
        for i in inside:
            out[i] = replace(out[i], subset=True, single_key=None)
    return out
