"""Assembling figures: each quantity and each person of a sentence, their parts, "the rest", in text order."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ... import lexicon as lx
from ...numbers import Quantity
from ...record import Figure
from ..sentences import doc_text, sentence_of
from ..sentences import sentences as doc_sentences
from .attribution import attribution_of, certainty_of
from .elided import _another_elided, _group_again, _in_addition_to
from .group import _counted_noun, _group_text, _is_person_noun, group_class
from .kind import _irrealis, _nearby_kind, _negated, _noun_kind, kind_of
from .mention import _SUBJECTS, FigureMention, PersonResolver, _span_of, role_of
from .merge import _merge_repeats
from .page import _LINK_MARK, _after_link, _coded_totals
from .quantities import _quantities, _Quantity
from .rules import Example, rule
from .single import _single_people


def extract_figures(doc: Doc, resolve_person: PersonResolver | None = None) -> list[FigureMention]:
    """Every figure of the report in text order, before they are assigned to events."""
    mentions: list[FigureMention] = []
    low = doc_text(doc).lower()  # the rarer rules run only where their words are
    addition, another = "in addition to" in low, "another" in low
    for s_index, sent in enumerate(doc_sentences(doc)):
        attribution = attribution_of(sent)
        sent_mentions: list[FigureMention] = []
        for q in _quantities(sent):
            mention = _figure_from_quantity(q, sent, s_index, attribution, mentions + sent_mentions)
            if mention is not None and q.form == "both" and _both_restates(mention, mentions + sent_mentions, doc):
                continue
            if mention is not None:
                sent_mentions.append(mention)
        sent_mentions += _single_people(
            sent, s_index, attribution, resolve_person, {m.anchor for m in sent_mentions}, sent_mentions
        )
        if addition:
            sent_mentions += _in_addition_to(sent, s_index, sent_mentions)
        if another:
            sent_mentions += _another_elided(sent, s_index, sent_mentions, attribution)
        if s_index:  # a group counted in an earlier sentence
            sent_mentions += _group_again(sent, s_index, sent_mentions, attribution)
        mentions += sent_mentions
    mentions = _resolve_rest(mentions)
    mentions = _shot_less_dead(mentions, doc)
    mentions += _coded_totals(doc)
    links = [found.start() for found in _LINK_MARK.finditer(doc_text(doc))]
    if links:
        mentions = [m for m in mentions if not _after_link(doc[m.anchor], links)]
    merged = _merge_repeats(mentions, doc)
    return [replace(m, figure=m.figure.model_copy(update={"role": role_of(m)})) for m in merged]


@rule(
    "group-of-n",
    "group",
    "N people of the group: 'a family of six' is six",
    Example("Militants killed a family of six in the village.", {"killed": 6}),
)
def _group_of_n(q: _Quantity) -> Token | None:
    """'killed a family of six': the number counts the group's people; the group's noun takes their place."""
    head = q.head
    if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.lower_ not in lx.GROUP_OF_N_NOUNS:
        return None
    return head.head.head


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
def _both_restates(both: FigureMention, earlier: list[FigureMention], doc: Doc) -> bool:
    """'Both' names two people already spoken of: it counts them only when fewer than two were counted,
    and 'both were shot' after a death counts the dead among the hit, not two wounded."""
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
)
def _shot_less_dead(mentions: list[FigureMention], doc: Doc) -> list[FigureMention]:
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
            and d.figure.count < f.count
            and not d.figure.derived
            and d.figure.certainty == "stated"
            and (pred.lower_ in _HIT_WORDS or (d.predicate is not None and doc[d.predicate].lower_ == "fatally"))
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
    "equal-number",
    "quantities",
    "'an equal number' is the count of the figure before it",
    Example(
        "Fifty militants were injured and an equal number of students surrendered.", {"injured": 50, "surrendered": 50}
    ),
)
def _figure_from_quantity(
    q: _Quantity, sent: Span, s_index: int, attribution: str | None, earlier: list[FigureMention]
) -> FigureMention | None:
    doc = sent.doc
    noun = _counted_noun(q) or _group_of_n(q)
    group_noun = None
    part = _part_in_apposition(q, noun, sent, s_index, attribution, earlier)
    if part is not None:
        return part
    if noun is not None and noun.lower_ in ("them", "whom") and noun.dep_ == "pobj":
        # "one of them was killed": the people are those just spoken of, if people they are
        group_noun = _antecedent(noun)
        if group_noun is None or _is_person_noun(group_noun) is not True:
            return None
        pronoun, noun = noun, None
    if noun is not None:
        person = _is_person_noun(noun)
        if person is False:
            return None
        node = noun
    else:
        person = None
        node = q.head
    if q.form == "rest":
        return _rest_placeholder(q, sent, s_index, attribution)
    part = _part_named_by_copula(q, noun, sent, s_index, attribution, earlier)
    if part is not None:
        return part
    partitive = (
        noun is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.i >= q.start
        and noun.head.head.i < q.end
    )
    kind, pred, subset = kind_of(q.head) if partitive else kind_of(node)
    if kind is None and noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "an equal number of madrassa students and ultras surrendered": the count word is the subject
        kind, pred, subset = kind_of(q.head)
        if kind is None:
            kind, pred = _noun_kind(noun)  # "received dozens of wounded people"
    if kind is None and noun is not None:
        kind, pred = _nearby_kind(noun, sent)
    if kind is None:
        return None
    if person is None and noun is not None and not (noun.pos_ == "PROPN" and noun.tag_ == "NNPS"):
        return None  # "two dogs", "several knives", "three shootings": only people are counted
    if pred is not None and (_negated(pred) or _irrealis(pred)):
        return None
    if (
        pred is not None
        and pred.tag_ == "VBG"
        and noun is not None
        and pred.i > noun.i
        and pred.lower_ not in _PATIENT_STATES
        and kind in ("killed", "injured", "kidnapped", "arrested")
    ):
        return None  # "two gunmen opened fire, killing the shopkeeper": the gunmen did it
    if q.form == "equal":
        previous = next((m for m in reversed(earlier)), None)
        if previous is None:
            return None
        quantity = Quantity(previous.figure.count)
        derived = f"{doc[q.start : q.end].text} = {previous.figure.count}"
        spans = list(previous.figure.evidence[:1])
    else:
        assert q.quantity is not None
        quantity = q.quantity
        derived = None
        spans = []
    if noun is not None or group_noun is not None:
        group, group_tokens = _group_text(noun if noun is not None else group_noun)
        words = [t.lower_ for t in group_tokens]
        evidence_tokens = (
            list(doc[q.start : q.end]) + group_tokens
            if noun is not None
            else (
                list(doc[q.start : pronoun.i + 1])
                + ([pred] if pred is not None and abs(pred.i - q.head.i) <= 3 else [])
            )
        )
    else:
        group = pred.text.lower() if pred is not None and pred.lower_ in lx.KIND_NOUNS else "people"
        words = [group]
        evidence_tokens = list(doc[q.start : q.end]) + (
            [pred] if pred is not None and abs(pred.i - q.head.i) <= 3 else []
        )
        if (
            q.start > sent.start
            and doc[q.start - 1].head == q.head.head
            and doc[q.start - 1].i == q.start - 1
            and doc[q.start - 1].pos_ == "VERB"
        ):
            evidence_tokens.append(doc[q.start - 1])
    certainty = certainty_of(pred, sent) if pred is not None else "stated"
    span = _span_of(evidence_tokens)
    figure = Figure(
        kind=kind,  # type: ignore[arg-type]
        count=quantity.count,
        qualifier=quantity.qualifier,  # type: ignore[arg-type]
        low=quantity.low,
        high=quantity.high,
        group=group,
        group_class=group_class(words),  # type: ignore[arg-type]
        certainty=certainty,  # type: ignore[arg-type]
        attribution=attribution,
        derived=derived,
        evidence=[*spans, span] if derived else [span],
    )
    return FigureMention(
        figure,
        s_index,
        q.head.i,
        pred.i if pred is not None else None,
        subset,
        partitive=_is_partitive(noun if noun is not None else group_noun, q),
    )


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
def _is_partitive(noun: Token | None, q: _Quantity) -> bool:
    """'40 of them', 'three of the dead', 'two of the victims': a part of a group the report counted."""
    doc = q.head.doc
    if q.end >= len(doc) or doc[q.end].lower_ != "of" or q.form != "number":
        return False
    nxt = doc[q.end + 1] if q.end + 1 < len(doc) else None
    return nxt is not None and (nxt.lower_ in _WHOLE_WORDS or (noun is not None and noun.lower_ in lx.KIND_NOUNS))


_COPULAS = frozenset({"were", "was", "are", "is", "been", "be"})
#: "-ing" words said of the hurt, not of those who hurt them: "two men suffering from gunshot wounds".
_PATIENT_STATES = frozenset({"suffering", "bleeding", "nursing", "recovering", "dying"})


def _antecedent(pronoun: Token) -> Token | None:
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
def _part_named_by_copula(
    q: _Quantity,
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
    if attr is None or _is_person_noun(attr) is not True or attr.lower_ in lx.KIND_NOUNS:
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
    group, tokens = _group_text(attr)
    figure = Figure(
        kind=kind,
        count=q.quantity.count,
        qualifier=q.quantity.qualifier,  # type: ignore[arg-type]
        low=q.quantity.low,
        high=q.quantity.high,
        group=group,
        group_class=group_class(t.lower_ for t in tokens),  # type: ignore[arg-type]
        certainty=certainty_of(copula, sent),
        attribution=attribution,  # type: ignore[arg-type]
        evidence=[_span_of(list(doc[q.start : q.end]) + tokens)],
    )
    return FigureMention(figure, s_index, q.head.i, copula.i, subset=True)


@rule(
    "part-in-apposition",
    "parts",
    "a part of the toll just given, never added to it",
    Example("The blast killed 30 people, 12 of them children.", {"killed": 30}, (("killed", 12, "event", "part"),)),
)
def _part_in_apposition(
    q: _Quantity,
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
    if group_noun is None or group_noun.pos_ not in ("NOUN", "PROPN") or _is_person_noun(group_noun) is not True:
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
    tokens = [t for t in doc[noun.i + 1 : k]]
    figure = Figure(
        kind=whole.figure.kind,
        count=q.quantity.count,
        qualifier=q.quantity.qualifier,  # type: ignore[arg-type]
        low=q.quantity.low,
        high=q.quantity.high,
        group=" ".join(t.text for t in tokens),
        group_class=group_class(t.lower_ for t in tokens),  # type: ignore[arg-type]
        certainty=whole.figure.certainty,
        attribution=attribution,
        evidence=[_span_of(list(doc[q.start : k]))],
    )
    return FigureMention(figure, s_index, q.head.i, whole.predicate, subset=True)


def _rest_placeholder(q: _Quantity, sent: Span, s_index: int, attribution: str | None) -> FigureMention | None:
    """'the rest were militants': resolved once the sentence's total and parts are known."""
    tok = q.head
    doc = sent.doc
    group_noun = None
    if tok.dep_ in _SUBJECTS:
        group_noun = next((c for c in tok.head.children if c.dep_ in ("attr", "acomp")), None)
    if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of":
        group_noun = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    if group_noun is None or _is_person_noun(group_noun) is False:
        return None
    group, tokens = _group_text(group_noun)
    evidence = (
        _span_of(list(doc[q.start : q.end]) + [tok.head] + tokens)
        if tok.head.i > tok.i
        else _span_of(list(doc[q.start : q.end]) + tokens)
    )
    figure = Figure(
        kind="killed",
        count=0,
        group=group,
        group_class=group_class(t.lower_ for t in tokens),  # type: ignore[arg-type]
        derived="rest",
        attribution=attribution,
        evidence=[evidence],
    )
    return FigureMention(figure, s_index, tok.i, tok.head.i)


def _resolve_rest(mentions: list[FigureMention]) -> list[FigureMention]:
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
