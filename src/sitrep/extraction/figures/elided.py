"""Figures said by ellipsis or beside others: "and another wounded", "in addition to the bomber"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...record import Figure, FigureKind
from .. import lexicon as lx
from ..numbers import words_to_int
from .group import group_class, group_text, is_person_noun
from .kind import kind_of
from .mention import FigureMention, span_of
from .modality import irrealis, negated
from .rules import Example, rule

#: "another wounded", "another taken to a hospital": the verb of the second person is left out.
_ELIDED_KINDS: dict[str, FigureKind] = {
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
    "hospitalized": "injured",
    "hospitalised": "injured",
    "taken": "injured",
    "killed": "killed",
    "dead": "killed",
}


#: "killing one and wounding a second": the gerund whose object is the one more person.
_GERUND_KINDS: dict[str, FigureKind] = {"wounding": "injured", "injuring": "injured", "killing": "killed"}
#: The words that name one more person: "another", "a second", "the other".
_ONE_MORE = frozenset({"another", "second", "third", "other"})


@rule(
    "another-elided",
    "single",
    "one more person of the kind the elided verb says: 'another wounded', 'a second injured', 'the other hurt'",
    Example("One man was killed and another wounded Monday night in a shooting.", {"killed": 1, "injured": 1}),
    Example("One man was killed and another taken to a hospital after a shooting.", {"killed": 1, "injured": 1}),
    Example("One guard was killed and a second injured when the bomb went off.", {"killed": 1, "injured": 1}),
    Example("One soldier died and a second was injured when the mine exploded.", {"killed": 1, "injured": 1}),
    Example("A parcel bomb went off in the hall, killing one and wounding a second.", {"killed": 1, "injured": 1}),
    Example(
        "Two men were shot dead and two others were wounded. The other injured man was grazed in the arm.",
        {"killed": 2, "injured": 2},
    ),
)
def another_elided(sent: Span, s_index: int, said: list[FigureMention], attribution: str | None) -> list[FigureMention]:
    """'One man was killed and another wounded', 'and a second was injured', 'killing one and wounding a
    second': one more person, after a figure of the sentence, of the kind of the word after it or of the gerund
    before it."""
    doc = sent.doc
    out: list[FigureMention] = []
    for tok in sent:
        if not _one_more(tok) or tok.i + 1 >= sent.end or any(m.anchor == tok.i for m in said):
            continue
        word = doc[tok.i + 1]
        if word.lower_ in ("was", "is") and word.i + 1 < sent.end and tok.lower_ != "other":  # the one-person rules
            word = doc[word.i + 1]
        kind = _ELIDED_KINDS.get(word.lower_) if not _before_its_noun(word) else None
        if word.lower_ == "taken" and not any(
            t.lower_ in lx.HOSPITAL_WORDS for t in doc[word.i : min(sent.end, word.i + 5)]
        ):
            kind = None
        before = doc[tok.i - 2] if tok.lower_ != "another" and tok.i - 2 >= sent.start else None
        if kind is None and before is not None and before.lower_ in _GERUND_KINDS and tok.head == before:
            kind, word = _GERUND_KINDS[before.lower_], before
        if kind is None or not any(m.anchor < tok.i and m.figure.kind in ("killed", "injured") for m in said):
            continue
        figure = Figure(
            kind=kind,
            count=1,
            group=tok.lower_,
            attribution=attribution,
            evidence=[span_of([tok, word])],
        )
        out.append(FigureMention(figure, s_index, tok.i, word.i))  # not a referent for a later "the man"
    return out


def _before_its_noun(word: Token) -> bool:
    """'the other injured man was grazed': the kind word describes a noun after it, whose own verb tells."""
    return word.dep_ in ("amod", "compound") and word.head.i > word.i and is_person_noun(word.head) is True


def _one_more(tok: Token) -> bool:
    """'another', or 'a second', 'a third', 'the other' standing for a person."""
    if tok.lower_ not in _ONE_MORE:
        return False
    return tok.lower_ == "another" or (
        tok.i > 0
        and tok.doc[tok.i - 1].lower_ in ("a", "the")
        and (tok.lower_ != "other" or tok.doc[tok.i - 1].lower_ == "the")
    )


#: How a figure said "in addition to" the others is derived: it adds to their toll, whatever it is.
ADDITION = lx.ADDITION


@rule(
    "in-addition-to",
    "parts",
    "one more figure, added on top of the toll it is said beside",
    Example("A suicide bomber struck the base. In addition to the bomber, two people were killed.", {"killed": 3}),
)
def in_addition_to(sent: Span, s_index: int, said: list[FigureMention]) -> list[FigureMention]:
    """'In addition to the bomber, two people were killed': the bomber was killed too, one more."""
    doc = sent.doc
    out: list[FigureMention] = []
    for tok in sent:
        if (
            tok.lower_ != "addition"
            or tok.head.lower_ != "in"
            or tok.i + 1 >= sent.end
            or doc[tok.i + 1].lower_ != "to"
        ):
            continue
        person = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        if person is None or is_person_noun(person) is not True:
            continue
        later = next((m for m in said if m.anchor > person.i and m.figure.kind in ("killed", "injured")), None)
        number = next((c for c in person.children if c.dep_ == "nummod"), None)
        count = words_to_int(number.text) if number is not None else (1 if person.tag_ == "NN" else None)
        if later is None or not count or any(m.anchor == person.i for m in said):
            continue
        group, tokens = group_text(person)
        figure = Figure(
            kind=later.figure.kind,
            count=count,
            group=group,
            derived=f"{ADDITION} {later.figure.count}",
            group_class=group_class(t.lower_ for t in tokens),
            certainty=later.figure.certainty,
            attribution=later.figure.attribution,
            evidence=[span_of([tok.head, *tokens] + ([number] if number is not None else []))],
        )
        out.append(FigureMention(figure, s_index, person.i, later.predicate))
    return out


def _the_group(tok: Token) -> bool:
    """'the attackers': a definite armed group without a number of its own."""
    return (
        tok.tag_ == "NNS"
        and tok.lower_ in lx.MILITANT_WORDS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ in ("nummod", "amod") for c in tok.children)
    )


@rule(
    "the-counted-group-again",
    "single",
    "the count of a group given before: 'Three assailants ... the attackers were killed'",
    Example(
        "Three assailants opened fire on police at a checkpoint. The attackers were killed in the firefight.",
        {"killed": 3},
    ),
    Example(
        "Two suicide bombers approached a checkpoint. Soldiers identified and killed the assailants.", {"killed": 2}
    ),
    Example(
        "Three militants crossed the border. The militants fired a rocket at a bus before they were killed by "
        "soldiers. Four soldiers were injured.",
        {"killed": 3, "injured": 4},
    ),
)
def group_again(sent: Span, s_index: int, said: list[FigureMention], attribution: str | None) -> list[FigureMention]:
    """'Three assailants opened fire ... The attackers were killed': a definite armed group without a number
    is the group the report counted before; it takes that count."""
    doc = sent.doc
    out: list[FigureMention] = []
    group_said: Token | None = None  # "the attackers fired ... before they were killed": 'they' is that group
    for tok in sent:
        again = _the_group(tok)
        if again and tok.dep_ in ("nsubj", "nsubjpass"):
            group_said = tok
        pronoun = group_said is not None and tok.lower_ in ("they", "them")
        if (
            tok.dep_ not in ("nsubj", "nsubjpass", "dobj")
            or not (again or pronoun)
            or any(m.anchor == tok.i for m in said)
        ):
            continue
        kind, pred, _ = kind_of(tok)
        if kind not in ("killed", "injured", "arrested") or pred is None or negated(pred) or irrealis(pred):
            continue
        number = next(
            (
                t
                for t in reversed(doc[: sent.start])
                if t.dep_ == "nummod"
                and t.head.lower_ in lx.MILITANT_WORDS
                and t.head.tag_ == "NNS"
                and words_to_int(t.text)
            ),
            None,
        )
        if number is None:
            continue
        count = words_to_int(number.text)
        if count is None:  # never: the number was chosen for having a value
            continue
        if any(m.figure.kind == kind and m.figure.count == count and m.anchor < tok.i for m in [*said, *out]):
            continue  # "the attackers were killed ... they were killed": said once
        name = (group_said if pronoun and group_said is not None else tok).text.lower()
        figure = Figure(
            kind=kind,
            count=count,
            group=name,
            group_class="militants",
            derived=f"{name} = {count}",
            attribution=attribution,
            evidence=[span_of([number, number.head]), span_of([tok, pred])],
        )
        out.append(FigureMention(figure, s_index, tok.i, pred.i))
    return out
