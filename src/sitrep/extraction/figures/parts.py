"""Parts of a toll: "the rest", "both", "four shot, one fatally", and parts named by a copula or an apposition."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...record import Figure
from .. import lexicon as lx
from ..sentences import sentence_of
from .attribution import certainty_of
from .group import group_class, group_text, is_person_noun
from .mention import FigureMention, span_of
from .quantities import QuantitySpan
from .rules import Example, rule


def _people_so_far(mentions: list[FigureMention]) -> int:
    """How many killed or injured people the report has counted so far (groups plus distinct single people)."""
    hurt = [m for m in mentions if m.figure.kind in ("killed", "injured")]
    return sum(m.figure.count for m in hurt if m.figure.count > 1) + len(
        {m.single_key or m.anchor for m in hurt if m.figure.count == 1}
    )


@rule(
    "both-restates",
    "parts",
    "'both' counts two people only when fewer than two were counted",
    Example("A man and a woman were found in the car. Both were shot in the head.", {"injured": 2}),
)
def both_restates(both: FigureMention, earlier: list[FigureMention], doc: Doc) -> bool:
    """'Both' names two people already spoken of: it counts them only when fewer than two were counted,
    and 'both were shot' after a death counts the dead among the hit, not two wounded. 'Both died' after two
    were hit is no restatement: it says the hit are the dead, which the part rules then take from the hit."""
    if both.figure.kind == "killed" and not any(m.figure.kind == "killed" for m in earlier):
        return False
    if _people_so_far(earlier) >= 2:
        return True
    hit = both.predicate is not None and doc[both.predicate].lower_ in _HIT_WORDS
    return both.figure.kind == "injured" and hit and any(m.figure.kind == "killed" for m in earlier)


#: Predicates that count everyone hit, the dead among them: "four people were shot, one fatally".
_HIT_WORDS = frozenset({"shot", "struck", "hit", "shooting", "shootings"})


def _opens_sentence(tok: Token) -> bool:
    """'One was pronounced dead', 'One of those people died': the sentence goes on about the group before."""
    return tok.i - sentence_of(tok).start <= 1


@rule(
    "shot-less-dead",
    "parts",
    "injured = hit - dead: those hit are the wounded and the dead together",
    Example("Four people were shot, one fatally, on Main Street.", {"injured": 3, "killed": 1}),
    Example("Two men were stabbed outside a bar on Friday. Both died at the scene.", {"killed": 2}),
)
def shot_less_dead(mentions: list[FigureMention], doc: Doc) -> list[FigureMention]:
    """'Four people were shot, one fatally': four were hit, so three are injured and one killed.

    A group hit by gunfire is the wounded and the dead together; a smaller count
    of dead said right after it (same or next sentence) is a part of it.
    """
    out: list[FigureMention] = []
    for m in mentions:
        f = m.figure
        if f.kind != "injured" or f.count < 2 or m.predicate is None or f.derived or m.subset:
            out.append(m)
            continue
        pred = doc[m.predicate]
        dead = [
            d
            for d in mentions
            if d.figure.kind == "killed"
            and d.anchor > m.anchor
            and (d.sentence == m.sentence or (d.sentence == m.sentence + 1 and _opens_sentence(doc[d.anchor])))
            and (d.figure.count < f.count or (d.figure.count == f.count and _all_of_them(doc[d.anchor])))
            and not d.figure.derived
            and d.figure.certainty == "stated"
            and (
                pred.lower_ in _HIT_WORDS
                or _all_of_them(doc[d.anchor])
                or (d.predicate is not None and doc[d.predicate].lower_ == "fatally")
            )
        ]
        if not dead:
            out.append(m)
            continue
        k = max(d.figure.count for d in dead)
        evidence = [*f.evidence, *(span for d in dead for span in d.figure.evidence[:1])]
        less = f.model_copy(update={"derived": f"{f.count} - {k}", "count": f.count - k, "evidence": evidence})
        out.append(replace(m, figure=less))
    return out


@rule(
    "the-hit-are-the-dead",
    "parts",
    "no injured one-person figure for people a group said again ('both', 'the two') reports dead",
    Example(
        "Police identified two people shot and killed on Friday. A man and a woman were found in a car with gunshot "
        "wounds. Medics pronounced both victims dead.",
        {"killed": 2},
    ),
    Example("A man shot his wife and then shot himself. The two were pronounced dead at the scene.", {"killed": 2}),
)
def hit_are_the_dead(mentions: list[FigureMention], again: list[FigureMention], doc: Doc) -> list[FigureMention]:
    """'A man and a woman were found with gunshot wounds ... both were pronounced dead': the one-person injured
    figures just before a group said again as dead are those dead; 'Both were found with gunshot wounds' after
    two deaths names the dead again."""
    drop: set[int] = set()
    for r in again:
        if r.figure.kind == "killed":
            window = range(r.sentence - 2, r.sentence + 1)
        elif r.figure.kind == "injured" and _people_so_far([m for m in mentions if m.figure.kind == "killed"]) >= (
            r.figure.count
        ):
            window = range(r.sentence, r.sentence + 1)
        else:
            continue
        hurt = [
            i
            for i, m in enumerate(mentions)
            if m.figure.kind == "injured"
            and m.single_key is not None
            and m.sentence in window
            and not m.figure.derived
            and (m.anchor < r.anchor or m.sentence == r.sentence)
        ]
        people = {mentions[i].single_key for i in hurt}
        if hurt and len(people) <= r.figure.count:
            drop.update(hurt)
    return [m for i, m in enumerate(mentions) if i not in drop]


def said_again(m: FigureMention, doc: Doc) -> bool:
    """'both', 'all three', 'the two': a group that names people already spoken of."""
    tok = doc[m.anchor]
    return m.figure.count >= 2 and (
        _all_of_them(tok) or (tok.like_num and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))
    )


def _all_of_them(tok: Token) -> bool:
    """'Both died', 'All three died': the whole group said before, not other people."""
    return tok.lower_ in ("both", "all") or (tok.i > 0 and tok.nbor(-1).lower_ == "all")


#: What a partitive "N of ..." counts out of: people already spoken of ("of them", "of the dead").
_WHOLE_WORDS = frozenset({"them", "whom", "those", "these", "the"})


@rule(
    "partitive-part",
    "parts",
    "a part: 'N of them', 'N of the dead' count out of people already counted",
    Example(
        "Gunmen killed 100 people in the town. Forty of them were killed at the hotel.",
        {"killed": 100},
        (("killed", 40, "event", "part"),),
    ),
)
def is_partitive(noun: Token | None, q: QuantitySpan) -> bool:
    """'40 of them', 'three of the dead', 'two of the victims': a part of a group the report counted."""
    doc = q.head.doc
    if q.end >= len(doc) or doc[q.end].lower_ != "of" or q.form != "number":
        return False
    nxt = doc[q.end + 1] if q.end + 1 < len(doc) else None
    return nxt is not None and (nxt.lower_ in _WHOLE_WORDS or (noun is not None and noun.lower_ in lx.KIND_NOUNS))


_COPULAS = frozenset({"were", "was", "are", "is", "been", "be"})


def antecedent(pronoun: Token) -> Token | None:
    """The plural noun a 'them' stands for: the last one before it, in its sentence or the one before."""
    doc = pronoun.doc
    sent = sentence_of(pronoun)
    start = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    for k in range(pronoun.i - 1, start - 1, -1):
        tok = doc[k]
        if tok.tag_ in ("NNS", "NNPS") and tok.dep_ != "compound":
            return tok
    return None


@rule(
    "part-named-by-copula",
    "parts",
    "a part of the toll, with the group the copula names",
    Example(
        "The blast killed 30 people. Twelve of the dead were children.",
        {"killed": 30},
        (("killed", 12, "event", "part"),),
    ),
)
def part_named_by_copula(
    q: QuantitySpan,
    noun: Token | None,
    sent: Span,
    s_index: int,
    attribution: str | None,
    earlier: list[FigureMention],
) -> FigureMention | None:
    """'Twelve of the dead were women and children', 'Of the dead, 12 were children', '... and eight are soldiers'.

    The number's own noun is the whole ("the dead"); the copula names the part.
    """
    doc = sent.doc
    head = q.head
    if q.form != "number" or head.dep_ != "nsubj" or head.head.lower_ not in _COPULAS:
        return None
    copula = head.head
    attr = next((c for c in copula.children if c.dep_ in ("attr", "acomp") and c.pos_ in ("NOUN", "PROPN")), None)
    if attr is None or is_person_noun(attr) is not True or attr.lower_ in lx.KIND_NOUNS:
        return None
    kind = None
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.lower_ in lx.KIND_NOUNS:
        kind = lx.KIND_NOUNS[noun.lower_]
    for prep in (c for c in copula.children if c.dep_ == "prep" and c.lower_ in ("of", "among")):
        whole = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if kind is None and whole is not None and whole.lower_ in lx.KIND_NOUNS:
            kind = lx.KIND_NOUNS[whole.lower_]
    if kind is None and copula.dep_ == "conj":
        previous = next(
            (
                m
                for m in reversed(earlier)
                if m.sentence == s_index
                and m.subset
                and m.predicate is not None
                and doc[m.predicate].lower_ in _COPULAS
            ),
            None,
        )
        if previous is not None:
            kind = previous.figure.kind
    if kind is None or q.quantity is None:
        return None
    group, tokens = group_text(attr)
    figure = Figure(
        kind=kind,
        count=q.quantity.count,
        qualifier=q.quantity.qualifier,
        low=q.quantity.low,
        high=q.quantity.high,
        group=group,
        group_class=group_class(t.lower_ for t in tokens),
        certainty=certainty_of(copula, sent),
        attribution=attribution,
        evidence=[span_of(list(doc[q.start : q.end]) + tokens)],
    )
    return FigureMention(figure, s_index, q.head.i, copula.i, subset=True)


@rule(
    "part-in-apposition",
    "parts",
    "a part of the toll just given, never added to it",
    Example("The blast killed 30 people, 12 of them children.", {"killed": 30}, (("killed", 12, "event", "part"),)),
)
def part_in_apposition(
    q: QuantitySpan,
    noun: Token | None,
    sent: Span,
    s_index: int,
    attribution: str | None,
    earlier: list[FigureMention],
) -> FigureMention | None:
    """'killing 100 people, 12 of them soldiers': a verbless part of the toll just given in the sentence."""
    doc = sent.doc
    if q.form != "number" or q.quantity is None or noun is None or noun.lower_ not in ("them", "whom"):
        return None
    k = noun.i + 1
    while k < sent.end and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and k < noun.i + 4:
        k += 1
    group_noun = doc[k - 1] if k > noun.i + 1 else None
    if group_noun is None or group_noun.pos_ not in ("NOUN", "PROPN") or is_person_noun(group_noun) is not True:
        return None
    if k < sent.end and doc[k].pos_ in ("VERB", "AUX"):
        return None  # "12 of them soldiers were ...": a clause of its own
    whole = next(
        (
            m
            for m in reversed(earlier)
            if m.sentence == s_index and m.single_key is None and m.figure.count > q.quantity.count
        ),
        None,
    )
    if whole is None:
        return None
    tokens = list(doc[noun.i + 1 : k])
    figure = Figure(
        kind=whole.figure.kind,
        count=q.quantity.count,
        qualifier=q.quantity.qualifier,
        low=q.quantity.low,
        high=q.quantity.high,
        group=" ".join(t.text for t in tokens),
        group_class=group_class(t.lower_ for t in tokens),
        certainty=whole.figure.certainty,
        attribution=attribution,
        evidence=[span_of(list(doc[q.start : k]))],
    )
    return FigureMention(figure, s_index, q.head.i, whole.predicate, subset=True)


def rest_placeholder(q: QuantitySpan, sent: Span, s_index: int, attribution: str | None) -> FigureMention | None:
    """'the rest were militants': resolved once the sentence's total and parts are known."""
    tok = q.head
    doc = sent.doc
    group_noun = None
    if tok.dep_ in lx.SUBJECT_DEPS:
        group_noun = next((c for c in tok.head.children if c.dep_ in ("attr", "acomp")), None)
    if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of":
        group_noun = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    if group_noun is None or is_person_noun(group_noun) is False:
        return None
    group, tokens = group_text(group_noun)
    evidence = (
        span_of([*doc[q.start : q.end], tok.head, *tokens])
        if tok.head.i > tok.i
        else span_of(list(doc[q.start : q.end]) + tokens)
    )
    figure = Figure(
        kind="killed",
        count=0,
        group=group,
        group_class=group_class(t.lower_ for t in tokens),
        derived="rest",
        attribution=attribution,
        evidence=[evidence],
    )
    return FigureMention(figure, s_index, tok.i, tok.head.i)


def resolve_rest(mentions: list[FigureMention]) -> list[FigureMention]:
    """'the rest': the latest stated total of the sentence's kind, less the sentence's parts."""
    out: list[FigureMention] = []
    for mention in mentions:
        if mention.figure.derived != "rest":
            out.append(mention)
            continue
        same_sentence = [
            m for m in mentions if m.sentence == mention.sentence and m is not mention and m.figure.derived != "rest"
        ]
        kind = same_sentence[0].figure.kind if same_sentence else None
        if kind is None:
            continue
        parts = [m for m in same_sentence if m.figure.kind == kind]
        totals = [
            m
            for m in mentions
            if m.sentence <= mention.sentence
            and m.figure.kind == kind
            and m.figure.group_class == "unknown"
            and all(m is not p for p in parts)
            and m.figure.derived is None
            and m.figure.count > sum(p.figure.count for p in parts)
        ]
        if not totals:
            continue
        total = totals[-1]
        value = total.figure.count - sum(p.figure.count for p in parts)
        rest = mention.figure.model_copy(
            update={
                "kind": kind,
                "count": value,
                "qualifier": total.figure.qualifier,
                "certainty": total.figure.certainty,
                "derived": f"{total.figure.count} - " + " - ".join(str(p.figure.count) for p in parts),
                "evidence": [
                    *total.figure.evidence[:1],
                    *(p.figure.evidence[0] for p in parts),
                    *mention.figure.evidence,
                ],
            }
        )
        out.append(replace(mention, figure=rest, subset=True))
    return out
