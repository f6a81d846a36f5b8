"""The one-person rules: "a 26-year-old man was shot dead", "Ghazi was killed", "his mother"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...record import Figure, FigureKind
from .. import lexicon as lx
from .attribution import certainty_of, claimant
from .group import single_class
from .hurt import (
    critical_condition,
    hurt_before,
    left_in_hospital,
    place_wound,
    suffered_injury,
    survives,
    taken_to_hospital,
    treated_for_wound,
    wound_phrase,
)
from .kind import copula_kind, kind_of_noun
from .mention import FigureMention, PersonResolver, span_of
from .modality import irrealis, natural_death, negated
from .nearby import nearby_kind
from .person import age_noun, aged_name, hometown, known_surname, pronounced_dead, single_group
from .predicate import found_dead, joined_passive, life_taken, passed_away, verb_kind, word_kind
from .rules import Example, rule

_PRONOUNS = lx.PERSON_PRONOUNS


@rule(
    "one-person",
    "single",
    "count 1 for one person, named or not; a named one has named: true",
    Example("A 26-year-old man was shot dead on Friday.", {"killed": 1}, (("killed", 1, "event", "person"),)),
    Example("Abdul Rashid Ghazi was killed in the assault.", {"killed": 1}, (("killed", 1, "event", "person"),)),
    Example("Officers found the body of 26-year-old John Kelly in the yard.", {"killed": 1}),
    Example("He was charged with the attempted murder of a police officer.", {}),
    Example("Officers found a man shot in the leg.", {"injured": 1}),
    Example("Deputies entered the house and found Tom Marsh and Mary Smith shot dead.", {"killed": 2}),
    Example("A suspected burglar was shot and killed by a homeowner on Friday.", {"killed": 1}),
    Example("A man was charged in the shooting deaths of Tom Marsh and Mary Smith.", {"killed": 2}),
    Example("Thomas Hobson's body was found in the yard.", {"killed": 1}),
    Example("A settler was shot and killed near the village while in his car.", {"killed": 1}),
)
@rule(
    "ordinal-toll",
    "single",
    "'a fourth policeman died': the toll is now four, not four more",
    Example("Three policemen were killed on Monday. A fourth policeman died of his wounds on Tuesday.", {"killed": 4}),
)
def single_people(
    sent: Span,
    s_index: int,
    attribution: str | None,
    resolve_person: PersonResolver | None,
    taken: set[int],
    counted: list[FigureMention],
) -> list[FigureMention]:
    """'a 26-year-old man was shot dead', 'Ghazi was killed', 'his mother was killed': count 1."""
    out: list[FigureMention] = []
    doc = sent.doc
    counted_nouns = {doc[m.anchor].head.i for m in counted if doc[m.anchor].dep_ in ("nummod", "quantmod")} | {
        m.anchor for m in counted
    }
    for tok in sent:
        of_harm = (
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in lx.HARM_OF_NOUNS
        ) or life_taken(tok) is not None
        # the parser leaves some victims hanging ("after a man was slain"): read the words after them
        loose = tok.dep_ in ("pobj", "conj", "appos") and not of_harm and not hometown(tok)
        # "the victim's injury was not life-threatening", "her wounds are minor"
        wound_owner = tok.dep_ == "poss" and tok.head.lower_ in lx.WOUND_NOUNS and tok.head.lower_ != "gunshot"
        # "Thomas Hobson's body was found": the dead person
        body_owner = (
            tok.dep_ == "poss" and tok.head.lower_ in lx.BODY_NOUNS and tok.lower_ not in lx.PERSON_PRONOUN_FORMS
        )
        if (
            (
                tok.dep_ not in ("nsubjpass", "nsubj", "dobj")
                and not of_harm
                and not loose
                and not wound_owner
                and not body_owner
            )
            or tok.i in taken
            or tok.i in counted_nouns
            or _one_of_counted(tok, counted_nouns)
        ):
            continue
        if (tok.tag_ in ("NNS", "NNPS") and not pronounced_dead(tok)) or tok.lower_ in (
            "who",
            "that",
            "which",
            "it",
            "they",
            "them",
            "we",
            "i",
            "you",
            "one",
        ):
            continue
        is_person_entity = (
            (
                tok.ent_type_ == "PERSON"
                and not any(
                    t.lower_ in lx.SITE_WORDS for t in doc[max(0, tok.i - 3) : tok.i + 1] if t.ent_type_ == "PERSON"
                )
            )
            or known_surname(tok, resolve_person)
            or aged_name(tok)
        )
        if not (
            is_person_entity
            or tok.lower_ in lx.SINGLE_PERSON_NOUNS
            or tok.lower_ in _PRONOUNS
            or (tok.lower_ == "another" and tok.dep_ in ("dobj", "nsubj", "nsubjpass"))
            or age_noun(tok)
            or _patient_noun(tok)
            or _dying_subject(tok)
            or _conjoined_person(tok, out)
            or _the_other(tok)
        ):
            continue
        if any(c.dep_ == "nummod" for c in tok.children):
            continue
        head = tok.head
        kind: FigureKind | None
        pred: Token | None
        kind, pred = None, None
        if body_owner:
            kind, pred = "killed", head
        elif wound_owner:
            kind, pred = "injured", head
        elif loose:
            kind, pred = nearby_kind(tok, sent)
            if kind not in ("killed", "injured"):
                kind, pred = kind_of_noun(tok)  # "another man critically injured"
            if kind not in ("killed", "injured") and tok.dep_ == "conj":
                first = next((m for m in out if m.anchor == tok.head.i), None)
                if first is not None:  # "his wife and then himself", "the mother and her son dead"
                    kind, pred = first.figure.kind, doc[first.predicate] if first.predicate is not None else None
            if kind not in ("killed", "injured"):
                continue
        elif of_harm:  # "the shooting of a 19-year-old male"
            gov = tok.head.head
            kind, pred = lx.HARM_OF_NOUNS.get(gov.lower_, "killed"), gov
            if kind == "injured" and any(c.lower_ in ("fatal", "deadly") for c in gov.children):
                kind = "killed"
            if any(c.lower_ in ("attempted", "attempt") for c in gov.children):
                continue  # "charged with the attempted murder of an officer": no one died of it
        elif tok.dep_ == "nsubj":
            if head.lower_ in lx.INTRANSITIVE_KINDS or head.lower_ == "dead":
                kind, pred = word_kind(head), head  # "died", "found the mother dead"
            elif passed_away(head):
                kind, pred = "killed", head
            elif head.lower_ in ("was", "is", "were", "remains", "remained", "been"):
                kind, pred, _ = copula_kind(head)
                if kind is None:
                    acomp = next(
                        (
                            c
                            for c in head.children
                            if c.dep_ in ("acomp", "attr") and c.lower_ in ("dead", "injured", "wounded", "missing")
                        ),
                        None,
                    )
                    kind, pred = (word_kind(acomp), acomp) if acomp is not None else (None, None)
                    if kind is None and critical_condition(head):
                        kind, pred = "injured", head
            elif suffered_injury(head):
                kind, pred = "injured", head
            elif (
                (head.tag_ == "VBN" or found_dead(head))
                and not any(c.dep_ == "dobj" for c in head.children)
                and (
                    word_kind(head) in ("killed", "injured")
                    or (
                        head.dep_ in ("ccomp", "xcomp", "oprd")
                        and head.head.lower_ in lx.FOUND_VERBS
                        and not any(c.dep_ == "aux" for c in head.children)
                    )
                )
            ):  # "officers found a man shot in the leg": the small clause of 'found'
                kind, pred = verb_kind(head, True)
            elif (any(wound_phrase(c) for c in [head, *tok.children, *head.children]) or place_wound(head)) and not (
                head.lower_ in lx.WOUND_STATES and any(c.dep_ == "dobj" for c in head.children)
            ):
                kind, pred = "injured", head  # "a woman arrived at a hospital with a gunshot wound"
            else:
                kind, pred = hurt_before(head)  # "the victim drove to a hospital after being shot"
            if kind is None and (joined := joined_passive(head)) is not None:
                kind, pred = verb_kind(joined, True)  # "staggered off the porch and was found dead"
        elif tok.dep_ == "nsubjpass":
            kind, pred = verb_kind(head, True)
            if kind is None and (taken_to_hospital(head) or treated_for_wound(head)):
                kind, pred = "injured", head
            if kind is None:
                kind, pred = hurt_before(head)
            if kind is None and head.lower_ in ("listed", "reported") and critical_condition(head):
                kind, pred = "injured", head
            if kind is None and (any(wound_phrase(c) for c in [*tok.children, *head.children]) or place_wound(head)):
                kind, pred = "injured", head  # "a man was found with gunshot wounds"
            if (
                kind is None
                and head.lower_ == "found"
                and any(
                    c.lower_ in ("dead", "killed")
                    or (c.lower_ == "shot" and any(d.lower_ == "death" for d in c.subtree))
                    for c in head.children
                )
            ):
                kind, pred = "killed", head
        else:  # dobj
            kind, pred = verb_kind(head, False)
            dead = _dead_after(tok)
            if dead is not None:  # "left a man dead", "police shot the suspect, who was later pronounced dead"
                kind, pred = "killed", dead
            if kind is None and head.lower_ in lx.LEAVE_VERBS and (critical_condition(head) or left_in_hospital(head)):
                kind, pred = "injured", head  # "left a man in critical condition", "left a man in the hospital"
            if (
                kind is None
                and head.lower_ in ("found", "find", "finds", "discovered", "located")
                and place_wound(head)
            ):
                kind, pred = "injured", head  # "found a passenger in a van with a gunshot wound"
        if kind is None:
            noun_kind, noun_pred = kind_of_noun(tok)  # "found a juvenile shot", "a man with a gunshot wound"
            if noun_kind in ("killed", "injured"):
                kind, pred = noun_kind, noun_pred
        if kind is None:  # "found a man and a woman with gunshot wounds": the wounds are both of theirs
            for other in (c for c in tok.children if c.dep_ == "conj"):
                noun_kind, noun_pred = kind_of_noun(other)
                if noun_kind in ("killed", "injured"):
                    kind, pred = noun_kind, noun_pred
                    break
        if kind is None or pred is None:
            continue
        if negated(pred) or irrealis(pred) or natural_death(pred):
            continue
        if (
            tok.dep_ == "nsubj"
            and head.pos_ == "VERB"
            and word_kind(head)
            and head.lower_ not in lx.INTRANSITIVE_KINDS
            and any(c.dep_ == "dobj" for c in head.children)
        ):
            continue  # the agent of "killed his wife" is not harmed
        group, named, key, tokens = single_group(tok, resolve_person)
        if group is None:
            continue
        # "a fourth policeman died (of his wounds)": the toll has risen to four; "a second man was wounded" is one more
        ordinal = (
            lx.ORDINAL_COUNTS.get(group.split()[0])
            if kind == "killed" and pred.lower_ in ("died", "dies", "succumbed", "succumbs")
            else None
        )
        certainty = certainty_of(pred, sent)
        attr = attribution
        if certainty == "claimed":
            attr = claimant(pred, resolve_person) or attribution
        span = span_of([*list(tokens), pred, *list(doc[min(tok.i, pred.i) : max(tok.i, pred.i) + 1])])
        figure = Figure(
            kind=kind,
            count=ordinal or 1,
            group=group,
            derived=f"{group} = {ordinal}" if ordinal else None,
            group_class=single_class(tok, tokens, named),
            certainty=certainty,
            attribution=attr,
            named=True if named else None,
            survived=True if kind == "injured" and survives(pred) else None,
            evidence=[span],
        )
        out.append(FigureMention(figure, s_index, tok.i, pred.i, single_key=key))
    return out


@rule(
    "one-of-counted-group",
    "single",
    "no figure: a person named inside a counted group is one of it",
    Example(
        "At least ten militants, including commander Mullah Jabar, were killed when a mine exploded.", {"killed": 10}
    ),
)
def _dead_after(tok: Token) -> Token | None:
    """'a man dead', 'the suspect, who was later pronounced dead': the person's own words after it say they died."""
    for c in tok.children:
        if c.i > tok.i and c.dep_ == "amod" and c.lower_ == "dead":
            return c
        if c.dep_ == "relcl" and not any(d.dep_ == "dobj" for d in c.children):
            kind, pred = kind_of_noun(tok)
            if kind == "killed":
                return pred
    return None


@rule(
    "dying-subject",
    "single",
    "killed 1: the subject of 'died' or 'was killed' is a person, whatever the noun",
    Example("A retired dentist died Monday of an apparent accidental gunshot.", {"killed": 1}),
    Example("A prominent exile was killed by gunfire as he left his residence.", {"killed": 1}),
    Example("Gerald Roberson was found on the street. Roberson died from multiple gunshot wounds.", {"killed": 1}),
)
def _dying_subject(tok: Token) -> bool:
    """'A retired dentist died', 'Roberson died': only people (and animals, never counted) die in a report."""
    if pronounced_dead(tok):
        return True
    harmed = (tok.dep_ == "nsubj" and tok.head.lower_ in ("died", "dies", "succumbed")) or (
        tok.dep_ == "nsubjpass" and tok.head.lower_ in lx.PERSON_OBJECT_VERBS
    )  # "a prominent exile was killed"
    return (
        harmed
        and tok.tag_ in ("NN", "NNP")
        and tok.lower_ not in lx.NON_PERSON_WORDS
        and tok.ent_type_ in ("", "PERSON")
        and (tok.tag_ == "NNP" or any(c.dep_ in ("det", "poss") for c in tok.children))
    )


@rule(
    "conjoined-person",
    "single",
    "killed 1 more: a person joined by 'and' to a person counted as one",
    Example("Two militants fired upon and killed a prison guard and a barber in the market.", {"killed": 2}),
    Example("Gunmen hacked to death a village chief and his assistant in their office.", {"killed": 2}),
)
@rule(
    "the-other-of-two",
    "single",
    "'one ... was killed and the other injured': the other is one more person",
    Example("One guard was killed and the other seriously injured.", {"killed": 1, "injured": 1}),
)
def _the_other(tok: Token) -> bool:
    """'the other' as the subject or object of a harm word ('injured', 'wounded'): the second of two people;
    not 'the other is recovering', said of people the report may not be about."""
    return (
        tok.lower_ == "other"
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
        and tok.head.tag_ in ("VBN", "VBD")
        and word_kind(tok.head) in ("killed", "injured")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _conjoined_person(tok: Token, said: list[FigureMention]) -> bool:
    """'killed a prison guard and a barber', 'a chief and his assistant': a singular noun joined to a person
    already counted as one is one more person, whatever the noun."""
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "NN"
        and tok.lower_ not in lx.NON_PERSON_WORDS
        and not tok.ent_type_
        and any(c.dep_ in ("det", "poss") for c in tok.children)
        and any(m.anchor == tok.head.i and m.figure.count == 1 for m in said)
    )


def _one_of_counted(tok: Token, counted_nouns: set[int]) -> bool:
    """'Two police officers, the Chief and his deputy, were killed', 'ten militants, including a commander',
    'nine relatives of the officer': a person named inside a counted group is one of its number, or says
    whose they are; not one more."""
    node = tok
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ == "appos" and node.head.i in counted_nouns:
        return True
    # "nine relatives of the former officer": the group's description, not one more of them
    return (
        node.dep_ == "pobj" and node.head.lower_ in ("including", "among", "of") and node.head.head.i in counted_nouns
    )


@rule(
    "person-object",
    "single",
    "killed 1 per object of a verb only people undergo",
    Example("Militants killed a marabout and his son in the village.", {"killed": 2}),
)
def _patient_noun(tok: Token) -> bool:
    """'killed a tea seller', 'abducted a marabout': what only people undergo makes its object a person."""
    return (
        tok.dep_ == "dobj"
        and tok.head.lower_ in lx.PERSON_OBJECT_VERBS
        and tok.tag_ == "NN"
        and tok.lower_ not in lx.GROUP_OF_N_NOUNS
        and tok.lower_ not in lx.NON_PERSON_WORDS
        and not tok.ent_type_
        and any(c.dep_ in ("det", "poss") for c in tok.children)
    )
