"""The killer's own death: "shot his wife and then himself", "before turning the gun on himself".

A report that tells of a killer who took their own life after killing others
tells of one more death, the killer's, disjoint from the victims (SPEC.md section 1:
a single person counts 1; disjoint groups add up). GVA and the GTD count it so.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...record import Figure
from .. import lexicon as lx
from .mention import FigureMention, span_of
from .rules import Example, rule


def _fatal_self_harm(tok: Token) -> Token | None:
    """The word that says the reflexive ``tok`` died by their own hand, if it does."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "on":  # "turning the gun on himself"
        turn = verb.head
        if turn.lower_ in lx.TURN_ON_SELF_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in lx.WEAPON_WORDS for c in turn.children
        ):
            return turn
        return None
    if tok.dep_ == "conj" and tok.head.dep_ == "dobj":  # "killed his wife and then himself"
        verb = tok.head.head
    elif tok.dep_ != "dobj":
        return None
    if verb.lower_ in lx.KILL_SELF_VERBS:
        return verb
    fatal = any(c.lower_ in ("fatally", "dead") for c in verb.children)
    return verb if fatal and verb.lower_ in lx.SHOT_WORDS else None


def _own_life(tok: Token) -> Token | None:
    """'took his own life': the verb, where ``tok`` is that 'life'."""
    verb = tok.head
    owned = any(c.lower_ == "own" for c in tok.children) and any(c.lower_ in ("his", "her") for c in tok.children)
    return verb if tok.dep_ == "dobj" and owned and verb.lower_ in lx.LIFE_TAKING_VERBS else None


@rule(
    "killer-too",
    "single",
    "one more killed, the killer, added on top of the victims killed before in the sentence",
    Example("A man shot and killed his wife and two daughters before turning the gun on himself.", {"killed": 4}),
    Example("Police said the gunman killed three people at a warehouse and then killed himself.", {"killed": 4}),
    Example("A man fatally shot his neighbour on Sunday and then took his own life, police said.", {"killed": 2}),
    Example("The man killed himself at his home on Monday.", {"killed": 1}),
    Example("The bomber detonated his belt, killing himself and one police officer.", {"killed": 2}),
)
def killer_too(sent: Span, s_index: int, said: list[FigureMention]) -> list[FigureMention]:
    """The sentence's figures, with the killer who killed themselves after the others as one more."""
    out = list(said)
    for tok in sent:
        if tok.lower_ in ("himself", "herself"):
            how = _fatal_self_harm(tok)
        elif tok.lower_ == "life":
            how = _own_life(tok)
        else:
            continue
        # "killed his wife and then himself"; "killing himself and one police officer": the others joined on after
        joined = {t.i for c in tok.conjuncts for t in c.subtree}
        victims = [
            m
            for m in said
            if (m.anchor < tok.i or m.anchor in joined) and m.figure.kind == "killed" and m.anchor != tok.i
        ]
        if how is None or not victims:
            continue
        first = victims[0]
        figure = Figure(
            kind="killed",
            count=1,
            group="the killer",
            derived=f"{lx.ADDITION} {sum(m.figure.count for m in victims)}",
            certainty=first.figure.certainty,
            attribution=first.figure.attribution,
            evidence=[span_of([how, tok])],
        )
        out = [m for m in out if m.anchor != tok.i]
        out.append(FigureMention(figure, s_index, tok.i, how.i))
    return out
