"""The figure mention: a figure with where it was said, and the shapes every step shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from ...record import Figure, FigureKind
from .. import lexicon as lx

#: Entity labels whose numbers are never counts of people.
NON_COUNT_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
KIND_OF_WORD: dict[str, FigureKind] = {w: kind for kind, words in lx.KIND_WORDS.items() for w in words}
KIND_RANK = {
    "killed": 0,
    "injured": 1,
    "hostage": 2,
    "kidnapped": 3,
    "missing": 4,
    "arrested": 5,
    "surrendered": 6,
    "rescued": 7,
    "displaced": 8,
}

PersonResolver = Callable[[int, int], "str | None"]


@dataclass(frozen=True)
class FigureMention:
    """A figure with what event assembly needs to know about where it was said (immutable: a change is a new one)."""

    figure: Figure
    sentence: int
    anchor: int  # token index of the quantity or the person
    predicate: int | None = None  # token index of the word that gave the kind
    subset: bool = False  # "Twelve ... were among those killed": a part of a stated total
    single_key: str | None = None  # who a one-person figure is, for merging mentions of them
    partitive: bool = False  # "40 of them", "three of the dead": counted out of a group already spoken of


def role_of(m: FigureMention) -> str:
    """A figure's place in the toll: one person, a part of a whole stated elsewhere, or a toll."""
    if m.single_key is not None:
        return "person"
    if m.subset or m.partitive:
        return "part"
    return "toll"


def span_of(tokens: Iterable[Token]) -> tuple[int, int]:
    toks = list(tokens)
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return start, end
