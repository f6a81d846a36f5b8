"""The kind: what happened to the people, from the predicate they are the patients of."""

from __future__ import annotations

from spacy.tokens import Token

from ...record import FigureKind
from .. import lexicon as lx
from .hurt import critical_condition, hospital_or_wound, hurt_before, left_in_hospital, suffered_injury, wound_phrase
from .person import body_clause
from .predicate import passed_away, range_object, reported_state, verb_kind, word_kind
from .rules import Example, rule


def copula_kind(verb: Token) -> tuple[FigureKind | None, Token | None, bool]:
    """'were among those killed', 'were dead', 'are missing', 'were militants' (no kind)."""
    if verb.lower_ in ("remain", "remains", "remained", "are", "is", "were", "was") and any(
        c.lower_ in ("captivity", "custody") for c in verb.subtree if c.dep_ == "pobj"
    ):
        custody = any(c.lower_ == "custody" for c in verb.subtree)
        return ("arrested" if custody else "hostage"), verb, False
    for child in verb.children:
        if child.dep_ in ("acomp", "attr") and (child.lower_ in lx.KIND_NOUNS or word_kind(child)):
            return lx.KIND_NOUNS.get(child.lower_) or word_kind(child), child, False
        if child.dep_ == "prep" and child.lower_ in ("among", "including", "of"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                kind, pred = kind_of_noun(obj)
                if kind:
                    return kind, pred, True
    return None, None, False


def kind_of_noun(noun: Token) -> tuple[FigureKind | None, Token | None]:
    """Kind carried by a noun or its modifiers: 'the dead', 'those killed', 'people injured in ...'."""
    for child in noun.children:
        if child.dep_ == "amod" and child.i < noun.i and word_kind(child) in ("killed", "injured"):
            return word_kind(child), child  # "nine wounded survivors"
    if noun.lower_ in lx.KIND_NOUNS:
        return lx.KIND_NOUNS[noun.lower_], noun
    if (body := body_clause(noun)) is not None:
        return "killed", body
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "amod") and child.i > noun.i - 3:
            own_subject = child.dep_ == "relcl" and any(
                c.dep_ in lx.SUBJECT_DEPS and c.lower_ not in ("who", "that", "which") for c in child.children
            )
            # "a suspect who shot a man": a clause with its own object makes the noun its agent
            own_object = (
                child.dep_ in ("relcl", "acl")
                and not any(c.dep_ == "auxpass" for c in child.children)
                and any(
                    c.dep_ == "dobj" and c.lower_ not in ("lives", "life") and c.lower_ not in lx.WOUND_NOUNS
                    for v in (child, *(c for c in child.children if c.dep_ == "conj"))
                    for c in v.children
                )
            )
            if own_object:
                continue
            kind = word_kind(child)
            if kind is None and child.dep_ in ("acl", "relcl") and child.tag_ in ("VBN", "VBD"):
                kind, _ = verb_kind(child, True)  # "two people who were shot"
            if kind and not own_subject:
                return kind, child
        if child.dep_ == "amod" and child.lower_ in lx.KIND_NOUNS:
            return lx.KIND_NOUNS[child.lower_], child
        if child.dep_ in ("prep", "acl", "relcl") and wound_phrase(child):
            return "injured", child
    return None, None


@rule(
    "left-dead",
    "kind",
    "killed: the object of 'left' with 'dead' as its complement",
    Example("A fierce gunbattle left 100 dead.", {"killed": 100}),
)
@rule(
    "toll-rose",
    "kind",
    "killed: the number a toll rose to",
    Example("The death toll rose to 58 on Wednesday.", {"killed": 58}),
)
@rule(
    "kind-noun",
    "kind",
    "the kind the counted noun names: bodies, dead, wounded, hostages",
    Example("Police counted 12 bodies at the scene.", {"killed": 12}),
    Example("Militants inside the mosque are holding 150 hostages.", {"hostage": 150}),
    Example("The blast caused the death of two guards and the injury of 11 others.", {"killed": 2, "injured": 11}),
)
@rule(
    "telegraphic-killed",
    "kind",
    "killed: the subject of a bare 'killed' in a summary's telegraphic style",
    Example(
        "Rebels ambushed a convoy near the border, one soldier killed and four wounded.", {"killed": 1, "injured": 4}
    ),
    Example("Raiders attacked the village at dawn. 4 killed (spears) and 2 wounded.", {"killed": 4, "injured": 2}),
    Example("Two bombs went off. Ten people were killed and about 90 injured.", {"killed": 10, "injured": 90}),
    Example("Ten people were killed and upwards of 70 were injured.", {"killed": 10, "injured": 70}),
    Example("1 killed after being stopped at a roadblock near the market.", {"killed": 1}),
)
def _telegraphic_killed(verb: Token) -> bool:
    """'one soldier killed and three wounded': a 'killed' with a subject, no object and no auxiliary is the
    passive of a summary, unless a verb conjoined to it has the object ('gunmen killed and injured people')."""
    return verb.lower_ == "killed" and not any(
        c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in verb.children
    )


def _bracketed(tok: Token) -> bool:
    """'3 killed (machetes)': a word in brackets is an aside, not the verb's object."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "("


@rule(
    "conjoined-own-kind",
    "kind",
    "a conjoined number followed by its own kind word takes that kind",
    Example("The blast left two dead and twenty injured.", {"killed": 2, "injured": 20}),
    Example("Militants attacked a checkpoint on Monday. 1 fatality and 1 injured.", {"killed": 1, "injured": 1}),
)
def _own_complement(number: Token) -> tuple[FigureKind | None, Token | None, bool] | None:
    """'left two dead and twenty injured': the parser joins 'twenty' to 'dead', but 'injured' right after it is
    its kind."""
    doc = number.doc
    if not number.like_num or number.i + 1 >= len(doc):
        return None
    after = doc[number.i + 1]
    if after.dep_ not in ("oprd", "acomp", "amod", "acl", "conj", "advcl", "ROOT") or after.pos_ == "NOUN":
        return None
    kind = lx.KIND_NOUNS.get(after.lower_) or word_kind(after)
    return (kind, after, False) if kind in ("killed", "injured") else None


@rule(
    "throats-cut",
    "kind",
    "killed: the people whose throats were slit or cut",
    Example("Gunmen slit the throats of four shepherds on a farm.", {"killed": 4}),
)
def kind_of(node: Token) -> tuple[FigureKind | None, Token | None, bool]:
    """(kind, predicate, subset) for the people at ``node`` (their noun, or a bare number)."""
    fatally = next((c for c in node.children if c.dep_ == "advmod" and c.lower_ == "fatally"), None)
    if fatally is not None and node.like_num:
        return "killed", fatally, False  # "three people were shot, one fatally"
    kind, pred = kind_of_noun(node)
    if kind in ("displaced", "rescued") and pred is node and node.dep_ == "nsubjpass":
        harm, where = verb_kind(node.head, True)  # "two refugees were injured": the harm, not who they are
        if harm in ("killed", "injured"):
            return harm, where, False
    if (kind and node.lower_ not in ("hostages", "hostage", "captives")) or (
        kind and node.dep_ not in ("dobj", "nsubj", "nsubjpass")
    ):
        return kind, pred, False
    noun_kind = kind
    head = node.head
    dep = node.dep_
    if dep == "pobj" and head.lower_ == "of" and head.head.lower_ in ("upwards", "upward"):
        return kind_of(head.head)  # "upwards of 128 were injured"
    if dep in ("npadvmod", "meta") and node.like_num and head.i == node.i + 1 and head.tag_ == "VBN":
        k, p = verb_kind(head, True)  # "eight were killed and about 100 injured": the parser's adverb
        if k:
            return k, p, False
    if dep == "conj" and head != node:
        own = _own_complement(node)
        if own is not None:
            return own
        return kind_of(head)
    if dep == "appos":
        found = kind_of(head)
        verb = _subjectless_passive(node) if found[0] is None else None
        if verb is not None:
            k, p = verb_kind(verb, True)
            if k:
                return k, p, False
        return found
    if dep == "nsubjpass":
        k, p = verb_kind(head, True)
        if k:
            return k, p, False
        if hospital_or_wound(node, head):
            return "injured", head, False  # "three people were taken to a hospital", "were found with gunshot wounds"
        k, p = hurt_before(head)
        if k:
            return k, p, False  # "two men were arrested after being shot by police"
    if dep == "nsubj":
        if _small_clause_state(head):
            return lx.KIND_NOUNS[head.lower_], head, False
        if head.lower_ in lx.INTRANSITIVE_KINDS:
            return word_kind(head), head, False
        if passed_away(head):
            return "killed", head, False
        if head.pos_ == "AUX" or head.lower_ in (
            "were",
            "was",
            "are",
            "is",
            "been",
            "be",
            "remain",
            "remained",
            "remains",
        ):
            k, p, subset = copula_kind(head)
            if k:
                return k, p, subset
            if critical_condition(head):
                return "injured", head, False  # "one person is in stable condition"
        elif (
            head.tag_ == "VBN"
            or head.lower_ in ("wounded", "injured", "hurt")
            or _telegraphic_killed(head)
            or reported_state(head)
        ) and not any(c.dep_ in ("dobj", "aux") and not _bracketed(c) for c in head.children):
            k, p = verb_kind(head, True)  # headline style "12 killed in blast", "95 others wounded"
            if k:
                return k, p, False
        if head.lower_ in ("died", "dies"):
            return "killed", head, False
        if wound_phrase(head) or any(wound_phrase(c) for c in head.children):
            return "injured", head, False  # "two men arrived at a hospital with gunshot wounds"
        if suffered_injury(head):
            return "injured", head, False
        k, p = hurt_before(head)
        if k:
            return k, p, False  # "two boys are recovering after being shot"
    if dep in ("dobj", "oprd"):
        if noun_kind == "hostage" and head.lower_ in (
            "holding",
            "held",
            "hold",
            "holds",
            "took",
            "taken",
            "taking",
            "seized",
        ):
            return ("kidnapped" if head.lower_ in ("took", "taken", "taking", "seized") else "hostage"), head, False
        k, p = verb_kind(head, False)
        # "left 100 dead": the number is the object, the kind is its predicate complement
        for child in head.children:
            if child.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and child.i > node.i:
                ck = lx.KIND_NOUNS.get(child.lower_) or word_kind(child)
                if ck:
                    return ck, child, False
        if k and head.lower_ not in ("left", "leaving", "leave", "leaves"):
            return k, p, False
        if left_in_hospital(head):
            return "injured", head, False  # "left two people in the hospital"
    if dep == "pobj":
        prep = head
        gov = prep.head
        if (
            prep.lower_ in ("over", "about", "around", "nearly", "almost", "under")
            and gov.tag_ == "VBN"
            and not any(c.dep_ in lx.SUBJECT_DEPS for c in gov.children)
        ):
            k, p = verb_kind(gov, True)  # "and over 200 were injured": the parser made the number an object of 'over'
            if k:
                return k, p, False
        if range_object(prep):
            k, p = verb_kind(gov, False)  # "executed between 20 and 32 people"
            if k:
                return k, p, False
        if prep.lower_ in ("including", "among") and gov is not prep:
            k, p, _ = kind_of(gov)
            if k:
                return k, p, True
            if gov.pos_ == "VERB":
                k, p = verb_kind(gov, False)  # "killed 23 people, among them four civilians"
                if k:
                    return k, p, True
        if prep.lower_ in ("to", "at", "of") and (
            gov.lower_ in ("toll", "tolls")
            or any(c.lower_ == "toll" for c in gov.children if c.dep_ in lx.SUBJECT_DEPS)
        ):
            return "killed", gov, False
        subject = next(
            (
                c
                for c in gov.children
                if c.dep_ in (*lx.SUBJECT_DEPS, "dobj") and c.lower_ in ("number", "count", "tally", "total", "toll")
            ),
            None,
        )
        if prep.lower_ == "to" and subject is not None:
            for tok in subject.subtree:  # "the number of people killed has risen to 58"
                k = lx.KIND_NOUNS.get(tok.lower_) or (word_kind(tok) if tok.pos_ in ("VERB", "ADJ") else None)
                if k in ("killed", "injured", "arrested", "kidnapped", "rescued", "displaced", "missing"):
                    return k, tok, False
        if prep.lower_ == "with" and any(c.lower_ in ("dead", "injured", "wounded") for c in node.children):
            k = lx.KIND_NOUNS.get(next(c.lower_ for c in node.children if c.lower_ in ("dead", "injured", "wounded")))
            return k, node, False
        if (
            prep.lower_ == "of"
            and gov.lower_ in ("throat", "throats")
            and gov.head.lower_ in lx.THROAT_CUTTING_VERBS
            and gov.dep_ == "dobj"
        ):
            return "killed", gov.head, False  # "slit the throats of four shepherds"
        if prep.lower_ == "of" and gov.lower_ in (
            "lives",
            "deaths",
            "death",
            "bodies",
            "release",
            "rescue",
            "evacuation",
            "arrest",
            "arrests",
            "abduction",
            "kidnapping",
            "killing",
            "killings",
            "shooting",
            "shootings",
            "wounding",
            "stabbing",
            "injury",
            "injuries",
        ):
            kinds: dict[str, FigureKind] = {
                "release": "rescued",
                "rescue": "rescued",
                "evacuation": "rescued",
                "arrest": "arrested",
                "arrests": "arrested",
                "abduction": "kidnapped",
                "kidnapping": "kidnapped",
                "killing": "killed",
                "killings": "killed",
                "shooting": "injured",
                "shootings": "injured",
                "wounding": "injured",
                "stabbing": "injured",
                "injury": "injured",
                "injuries": "injured",
            }
            k = kinds.get(gov.lower_, "killed")
            if k == "injured" and any(c.lower_ in ("fatal", "deadly") for c in gov.children):
                k = "killed"  # "the fatal shooting of a man"
            return k, gov, False
    if noun_kind:
        return noun_kind, pred, False
    return None, None, False


@rule(
    "small-clause-dead",
    "kind",
    "the kind of 'dead' or 'wounded' said of the people as a small clause: 'leaving four people dead'",
    Example(
        "Two villages clashed over grazing land near the river, leaving at least four people dead.",
        {"killed": 4},
    ),
)
def _small_clause_state(head: Token) -> bool:
    """'leaving at least four people dead': the parser makes the people the subject of 'dead'."""
    return head.pos_ == "ADJ" and lx.KIND_NOUNS.get(head.lower_) in ("killed", "injured")


@rule(
    "subject-after-place",
    "kind",
    "the kind of a passive verb left without a subject, for people the parser hung on the place before them",
    Example(
        "On Wednesday, in Galkayo, Somalia, at least five people, including the chief of police, were killed in a "
        "grenade attack.",
        {"killed": 5},
    ),
)
def _subjectless_passive(node: Token) -> Token | None:
    """'in Shani, Borno, eight people including four policemen were killed': the parser makes the people an
    apposition of the place; the passive verb the place hangs on, with no subject of its own, is theirs."""
    place = node.head
    if place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC", "FAC", ""):
        return None
    verb = place
    for _ in range(4):
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    if (
        verb.tag_ != "VBN"
        or verb.i < node.i
        or not any(c.dep_ == "auxpass" for c in verb.children)
        or any(c.dep_ in lx.SUBJECT_DEPS for c in verb.children)
    ):
        return None
    return verb
