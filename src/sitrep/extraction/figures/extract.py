"""Assembling figures: each quantity and each person of a sentence, their parts, "the rest", in text order."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...record import Figure
from .. import lexicon as lx
from ..numbers import Quantity
from ..sentences import doc_text
from ..sentences import sentences as doc_sentences
from .attribution import attribution_of, certainty_of
from .breakdown import bracketed_breakdown
from .elided import another_elided, group_again, in_addition_to
from .group import counted_noun, group_class, group_text, harmed_people, is_person_noun
from .killer import killer_too
from .kind import kind_of, kind_of_noun
from .mention import FigureMention, PersonResolver, role_of, span_of
from .merge import merge_repeats
from .modality import irrealis, natural_death, negated
from .nearby import nearby_kind
from .page import after_link, coded_totals, link_spans
from .parts import (
    antecedent,
    both_restates,
    hit_are_the_dead,
    is_partitive,
    part_in_apposition,
    part_named_by_copula,
    resolve_rest,
    rest_placeholder,
    said_again,
    shot_less_dead,
)
from .predicate import shot_dead_after
from .quantities import QuantitySpan, find_quantities
from .rules import Example, rule
from .single import single_people


def extract_figures(doc: Doc, resolve_person: PersonResolver | None = None) -> list[FigureMention]:
    """Every figure of the report in text order, before they are assigned to events."""
    mentions: list[FigureMention] = []
    low = doc_text(doc).lower()  # the rarer rules run only where their words are
    addition = "in addition to" in low
    another = re.search(r"\b(another|a second|a third|the other)\b", low) is not None
    killer = "himself" in low or "herself" in low or "own life" in low
    again: list[FigureMention] = []  # groups said again: "both", "the two"
    for s_index, sent in enumerate(doc_sentences(doc)):
        attribution = attribution_of(sent)
        sent_mentions: list[FigureMention] = []
        for q in find_quantities(sent):
            mention = _figure_from_quantity(q, sent, s_index, attribution, mentions + sent_mentions)
            if mention is not None and said_again(mention, doc):
                again.append(mention)
            if mention is not None and q.form == "both" and both_restates(mention, mentions + sent_mentions, doc):
                continue
            if mention is not None:
                sent_mentions.append(mention)
        sent_mentions += single_people(
            sent, s_index, attribution, resolve_person, {m.anchor for m in sent_mentions}, sent_mentions
        )
        if killer:
            sent_mentions = killer_too(sent, s_index, sent_mentions)
        if addition:
            sent_mentions += in_addition_to(sent, s_index, sent_mentions)
        if another:
            sent_mentions += another_elided(sent, s_index, sent_mentions, attribution)
        if s_index:  # a group counted in an earlier sentence
            sent_mentions += group_again(sent, s_index, sent_mentions, attribution)
        mentions += sent_mentions
    mentions = resolve_rest(mentions)
    if "(" in low:
        mentions = bracketed_breakdown(mentions, doc)
    if again:
        mentions = hit_are_the_dead(mentions, again, doc)
    mentions = shot_less_dead(mentions, doc)
    mentions += coded_totals(doc)
    links = link_spans(doc_text(doc))
    if links:
        mentions = [m for m in mentions if not after_link(doc[m.anchor], links)]
    merged = merge_repeats(mentions, doc)
    return [replace(m, figure=m.figure.model_copy(update={"role": role_of(m)})) for m in merged]


@rule(
    "group-of-n",
    "group",
    "N people of the group: 'a family of six' is six",
    Example("Militants killed a family of six in the village.", {"killed": 6}),
)
def _group_of_n(q: QuantitySpan) -> Token | None:
    """'killed a family of six': the number counts the group's people; the group's noun takes their place."""
    head = q.head
    if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.lower_ not in lx.GROUP_OF_N_NOUNS:
        return None
    return head.head.head


@rule(
    "killing-n-of-them",
    "group",
    "'killing 2 of them' after a vehicle or a unit, with no plural people before it: N of those in it",
    Example(
        "A landmine went off under an army vehicle in the desert, killing 2 of them.",
        {"killed": 2},
    ),
)
def _harm_of_them(q: QuantitySpan) -> bool:
    """'went off under an army truck, killing 2 of them': 'them' has no plural noun to stand for, but the verb
    that kills or wounds the number says they were people."""
    return q.head.dep_ in ("dobj", "nsubjpass") and kind_of(q.head)[0] in ("killed", "injured")


@rule(
    "equal-number",
    "quantities",
    "'an equal number' is the count of the figure before it",
    Example(
        "Fifty militants were injured and an equal number of students surrendered.", {"injured": 50, "surrendered": 50}
    ),
    Example(
        "Fifty militants were wounded, and an equal number of fighters and seminary students have come out and "
        "surrendered.",
        {"injured": 50, "surrendered": 50},
    ),
)
def _figure_from_quantity(
    q: QuantitySpan, sent: Span, s_index: int, attribution: str | None, earlier: list[FigureMention]
) -> FigureMention | None:
    doc = sent.doc
    noun = counted_noun(q) or _group_of_n(q)
    shot_dead = shot_dead_after(q.head) if q.end == q.head.i + 1 else None
    if shot_dead is not None and noun is not None and (noun.lower_ == "shot" or noun.i > shot_dead.i):
        noun = None  # "1 young student shot dead": 'shot' read as the counted noun
    group_noun = None
    part = part_in_apposition(q, noun, sent, s_index, attribution, earlier)
    if part is not None:
        return part
    if noun is not None and noun.lower_ in ("them", "whom") and noun.dep_ == "pobj":
        # "one of them was killed": the people are those just spoken of, if people they are
        group_noun = antecedent(noun)
        if group_noun is None and _harm_of_them(q):
            noun = None  # "hit a military vehicle, killing 2 of them": those in it
        elif group_noun is None or is_person_noun(group_noun) is not True:
            return None
        else:
            pronoun, noun = noun, None
    if noun is not None:
        person = is_person_noun(noun)
        if person is False:
            return None
        node = noun
    else:
        person = None
        node = q.head
    if q.form == "rest":
        return rest_placeholder(q, sent, s_index, attribution)
    if _whole_of_partitive(noun, q):
        return None
    part = part_named_by_copula(q, noun, sent, s_index, attribution, earlier)
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
    if shot_dead is not None and kind != "killed":
        kind, pred, subset = "killed", shot_dead, False
    if kind is None and noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "an equal number of madrassa students and ultras surrendered": the count word is the subject
        kind, pred, subset = kind_of(q.head)
        if kind is None:
            kind, pred = kind_of_noun(noun)  # "received dozens of wounded people"
    if kind is None and noun is not None:
        kind, pred = nearby_kind(noun, sent)
    if kind is None:
        return None
    if (
        person is None
        and noun is not None
        and not (noun.pos_ == "PROPN" and noun.tag_ == "NNPS")
        and not harmed_people(noun, kind, pred)
    ):
        return None  # "two dogs", "several knives", "three shootings": only people are counted
    if pred is not None and (negated(pred) or irrealis(pred) or natural_death(pred)):
        return None
    if (
        pred is not None
        and pred.tag_ == "VBG"
        and noun is not None
        and pred.i > noun.i
        and pred.lower_ not in lx.PATIENT_STATES
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
        group_head = noun if noun is not None else group_noun
        assert group_head is not None
        group, group_tokens = group_text(group_head)
        beside = counted_beside(group_head) if group.lower() in lx.TOTAL_GROUP_WORDS else None
        if beside is not None:
            group = f"{group} besides {beside.lower_}"  # "14 people and six assailants": two groups, not a toll
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
    span = span_of(evidence_tokens)
    figure = Figure(
        kind=kind,
        count=quantity.count,
        qualifier=quantity.qualifier,
        low=quantity.low,
        high=quantity.high,
        group=group,
        group_class=group_class(words),
        certainty=certainty,
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
        partitive=is_partitive(noun if noun is not None else group_noun, q),
    )


@rule(
    "partitive-whole",
    "parts",
    "no figure for the whole of 'three of the 10 laborers': it names the group the part is of",
    Example("Militants abducted 10 laborers. Three of the 10 laborers were beheaded.", {"kidnapped": 10, "killed": 3}),
)
def _whole_of_partitive(noun: Token | None, q: QuantitySpan) -> bool:
    """'three of the 10 laborers were beheaded': the 10 are who the three were taken from, not 10 more dead
    ('two of the four wounded soldiers died' still says four were wounded)."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of" or q.head.head != noun:
        return False
    if kind_of_noun(noun)[0] is not None:
        return False
    whole = noun.head.head
    return whole.i < q.start and (whole.like_num or whole.lower_ in ("all", "most", "some", "many", "several"))


@rule(
    "total-word-beside-group",
    "group",
    "'14 people and six assailants were killed': a total word joined to another counted group is one of two groups",
    Example("At least 14 people and six attackers were killed in the raid.", {"killed": 20}),
    Example("Nine people, the seven gunmen and two guards, were killed.", {"killed": 9}),
)
def counted_beside(noun: Token) -> Token | None:
    """The other counted noun a total word ('people', 'others') is joined to: 'people and six assailants'."""
    joined = [c for c in noun.children if c.dep_ == "conj"] + ([noun.head] if noun.dep_ == "conj" else [])
    return next((t for t in joined if _joined_by_and(noun, t)), None)


def _joined_by_and(noun: Token, other: Token) -> bool:
    """'people and six assailants', not a list in apposition ('77 others, 74 officers and three civilians')."""
    lo, hi = sorted((noun.i, other.i))
    between = [t.lower_ for t in noun.doc[lo + 1 : hi]]
    return (
        other.pos_ == "NOUN"
        and any(c.dep_ == "nummod" for c in other.children)
        and "and" in between
        and not {",", "(", "-", "including"} & set(between)
    )
