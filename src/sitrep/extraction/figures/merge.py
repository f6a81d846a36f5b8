"""One figure per fact: repeats of a number and mentions of one person merged."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...record import Span
from .. import lexicon as lx
from .mention import KIND_RANK, FigureMention
from .rules import Example, rule


def _joined(spans: list[Span], more: list[Span]) -> list[Span]:
    """The first evidence with the second's spans it lacks, in order."""
    out = list(spans)
    for span in more:
        if span not in out:
            out.append(span)
    return out


def _described(m: FigureMention, earlier: list[FigureMention], doc: Doc) -> FigureMention | None:
    """'The 68-year-old was pronounced dead': the person an earlier figure described with those words."""
    words = m.figure.group.lower()
    if not m.single_key or not m.single_key.startswith("definite:") or "-" not in words:
        return None  # only a distinctive description ("68-year-old"), not "the man"
    for other in reversed(earlier):
        noun = doc[other.anchor]
        if other.single_key and words in doc[noun.left_edge.i : noun.i + 1].text.lower():
            return other
    return None


@rule(
    "the-n-counted",
    "parts",
    "'the three ...' after three people were counted one by one names them again",
    Example(
        "A man stabbed a police officer and two soldiers at the station. The three soldiers were injured.",
        {"injured": 3},
    ),
)
def _names_the_counted(m: FigureMention, earlier: list[FigureMention], doc: Doc) -> bool:
    """'stabbed a police officer and two soldiers ... The three security personnel were injured': a definite
    count in a later sentence that equals the people of its kind counted before is those people again."""
    tok = doc[m.anchor]
    if m.figure.count < 2 or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
        return False
    before = [x for x in earlier if x.sentence < m.sentence and x.figure.kind == m.figure.kind]
    return len(before) > 1 and sum(x.figure.count for x in before) == m.figure.count


def merge_repeats(mentions: list[FigureMention], doc: Doc) -> list[FigureMention]:
    """One figure per fact: a number repeated in a later sentence, or one person named twice."""
    merged: list[FigureMention] = []
    singles: dict[str, FigureMention] = {}
    last_single: FigureMention | None = None

    def swap(old: FigureMention, new: FigureMention) -> FigureMention:
        nonlocal last_single
        merged[next(i for i, x in enumerate(merged) if x is old)] = new
        for key, x in singles.items():
            if x is old:
                singles[key] = new
        if last_single is old:
            last_single = new
        return new

    for m in mentions:
        f = m.figure
        if m.single_key is not None:
            key = m.single_key
            if key in ("pronoun",) or key.startswith("definite:"):
                attacker = _the_attacker_again(m, merged, doc)
                if isinstance(attacker, FigureMention):
                    target: FigureMention | None = attacker
                elif attacker:  # the attacker, said before but not counted: a new person
                    target = None
                else:
                    target = _described(m, merged, doc) or _referent(m, merged, last_single, doc)
            else:
                target = singles.get(key)
            if target is not None and _compatible(target, m):
                last_single = swap(target, _absorb_single(target, m))
                continue
            singles[key] = m
            last_single = m
            merged.append(m)
            continue
        same = next(
            (
                x
                for x in merged
                if x.single_key is None
                and x.figure.kind == f.kind
                and x.figure.count == f.count
                and x.figure.group_class == f.group_class
                and x.sentence != m.sentence
                and f.count > 1
            ),
            None,
        )
        if same is not None:
            evidence = _joined(same.figure.evidence, f.evidence)
            swap(same, replace(same, figure=same.figure.model_copy(update={"evidence": evidence})))
            continue
        if _names_the_counted(m, merged, doc):
            continue
        merged.append(m)
    return merged


@rule(
    "the-attacker-again",
    "merge",
    "'the assailant' after 'an assailant' was the subject of the attack is the attacker, not the victim",
    Example(
        "An assailant stabbed and killed Dan Levi at a bus stop. Police opened fire, killing the assailant.",
        {"killed": 2},
    ),
    Example("A gunman was shot by police at the mall. The gunman died in hospital.", {"killed": 1}),
)
def _the_attacker_again(m: FigureMention, merged: list[FigureMention], doc: Doc) -> FigureMention | bool:
    """Whom a definite 'the assailant' names: the one-person figure of that noun, if there is one; ``True``
    (a person not counted yet) when the noun was said before only as the attacker; ``False`` when neither."""
    tok = doc[m.anchor]
    if tok.tag_ != "NN" or tok.lower_ not in lx.MILITANT_WORDS:
        return False
    same = [x for x in merged if x.single_key is not None and doc[x.anchor].lower_ == tok.lower_]
    if same:
        return same[-1]
    return any(t.lower_ == tok.lower_ for t in doc[: tok.i])


def _gender_of(m: FigureMention, doc: Doc) -> str | None:
    """'m' or 'f' when the words of a one-person mention say it ('he', 'the woman', 'his mother')."""
    tok = doc[m.anchor]
    if tok.lower_ in lx.PERSON_PRONOUNS:
        return lx.PERSON_PRONOUNS[tok.lower_]
    return lx.gender_of(m.figure.group)


def _referent(
    m: FigureMention, merged: list[FigureMention], last_single: FigureMention | None, doc: Doc
) -> FigureMention | None:
    """Whom 'he' or 'the man' continues: the last person spoken of, unless the gender says otherwise.

    "A man was found dead and a woman was wounded ... the man was pronounced dead": the man, not the
    woman; among the people whose gender agrees, the latest one the same thing happened to comes first.
    """
    gender = _gender_of(m, doc)
    if gender is None:
        return last_single
    earlier = [x for x in reversed(merged) if x.single_key is not None and _compatible(x, m)]
    if last_single in earlier:
        earlier.remove(last_single)
        earlier.insert(0, last_single)
    agree = [x for x in earlier if _gender_of(x, doc) in (None, gender)]
    return next((x for x in agree if x.figure.kind == m.figure.kind), None) or (agree[0] if agree else None)


def _compatible(target: FigureMention, other: FigureMention) -> bool:
    """A person shot and then dead is one person; a man arrested and a man shot are two figures."""
    kinds = {target.figure.kind, other.figure.kind}
    return len(kinds) == 1 or kinds == {"killed", "injured"}


def _absorb_single(target: FigureMention, other: FigureMention) -> FigureMention:
    """A later mention of the same person: death outranks injury, evidence accumulates (a new mention)."""
    t, o = target.figure, other.figure
    update: dict[str, object] = {"evidence": _joined(t.evidence, o.evidence)}
    if KIND_RANK.get(o.kind, 9) < KIND_RANK.get(t.kind, 9) and o.kind == "killed" and t.kind == "injured":
        update |= {"kind": "killed", "certainty": o.certainty}
    return replace(target, figure=t.model_copy(update=update))
