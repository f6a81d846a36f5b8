"""Whether a harm happened: negated ("no one was hurt") or irrealis ("could have been killed") predicates."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon as lx
from .rules import Example, rule


@rule(
    "negated",
    "kind",
    "no figure: the harm is denied",
    Example("No one was injured in the blast.", {}),
    Example("The officer was not hurt.", {}),
    Example("Police did not believe that the driver had been shot.", {}),
)
def negated(tok: Token) -> bool:
    """'was not hurt', 'no one was injured', 'Neither Melissa nor their three children were injured'."""
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in tok.children):
        return True
    subjects = [c for c in tok.children if c.dep_ in lx.SUBJECT_DEPS]
    if any(t.lower_ in ("neither", "nor") for s in subjects for t in s.subtree):
        return True
    # "either person", "anyone" are said only under a negation or a question: "no reports that either man was hurt"
    if any(
        s.lower_ in ("anyone", "anybody") or any(c.dep_ == "det" and c.lower_ == "either" for c in s.children)
        for s in subjects
    ):
        return True
    # a denied belief: "police did not believe that the victim had been shot", "it does not appear she was hurt"
    if (
        tok.dep_ == "ccomp"
        and tok.head.lower_ in lx.DOUBT_VERBS
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.head.children)
    ):
        return True
    # the content of a denied noun: "no reports that ...", "no indication (that) anyone was hurt"
    return tok.dep_ in ("acl", "ccomp") and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children)


#: "arrived to find": an infinitive of what was found tells what happened.
_FINDING = frozenset({"find", "discover"})
#: Subordinate clauses that tell what happened: "after a man arrived", "when she was shot".
REALIS_MARKS = frozenset({"after", "when", "before", "as", "because", "since", "while", "once", "until"})


@rule(
    "irrealis",
    "kind",
    "no figure: the harm did not happen (threatened, asked, would)",
    Example("The gunmen threatened to kill 20 hostages.", {}),
    Example("Police arrested four men. It was not clear whether the four men were injured.", {"arrested": 4}),
    Example("Police are investigating whether a shooting that left two people dead was gang-related.", {"killed": 2}),
    Example("Officers arrived to find a woman dead inside the home.", {"killed": 1}),
    Example("Police did not know it then, but it is possible a man was shot and fled.", {}),
    Example("Officers were called to the scene and found a man shot in the leg.", {"injured": 1}),
    Example("Police were called to the house, and the woman was pronounced dead.", {"killed": 1}),
    Example("He tried to open the door and kill her.", {}),
    Example("Two men were shot on Main Street. Doctors said one of them was likely to die.", {"injured": 2}),
    Example("A woman was hit in the shoulder by gunfire. She is expected to recover from her wounds.", {"injured": 1}),
)
@rule(
    "attempt-with-result",
    "kind",
    "a figure: the result an attempt had ('tried to storm the base, killing three') happened",
    Example(
        "Two gunmen tried to storm the barracks, killing three guards and wounding five others.",
        {"killed": 3, "injured": 5},
    ),
    Example("A bomber hid among farmers queuing to sell grain, killing nine of them.", {"killed": 9}),
    Example("The rebels threatened to burn the village, killing 30 villagers.", {}),
)
@rule(
    "feared-dead",
    "kind",
    "killed, believed: 'feared dead' is a toll said with doubt",
    Example(
        "Nine herders were feared dead after raiders struck the camp.", {"killed": 9}, (("killed", 9, "event", "toll"),)
    ),
)
@rule(
    "near-miss",
    "kind",
    "no figure: a harm 'almost' or 'nearly' done did not happen",
    Example("A man was nearly killed when a bullet hit his car.", {}),
    Example("Nearly 40 people were killed in the blast.", {"killed": 40}),
)
def irrealis(tok: Token) -> bool:
    """'asked to surrender', 'threatened to kill', 'to avoid casualties', 'was nearly killed': not something that
    happened."""
    if any(c.dep_ == "advmod" and c.lower_ in lx.NEAR_MISS_WORDS for c in tok.children):
        return True
    node = tok
    in_noun = False
    for _ in range(4):
        if any(
            c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "will", "should", "can", "'ll")
            for c in node.children
        ):
            return True  # "before they could kill their target"
        if _result_of_infinitive(node):
            return False  # "attempted to attack the minister, killing three civilians"
        if node.pos_ in ("NOUN", "PROPN") and node != tok:
            in_noun = True  # "whether a shooting that left two dead was gang-related": the shooting happened
        if not in_noun and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
            return True  # "it was unclear whether any of the suspects were injured"
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in REALIS_MARKS for c in node.children):
            return False  # "officers were called to a hospital after a man arrived with a gunshot wound"
        if node.dep_ == "ccomp" and any(c.dep_ == "acomp" and c.lower_ == "possible" for c in node.head.children):
            return True  # "it is possible a person was shot and fled"
        if node.lower_ in _FINDING and node.dep_ == "advcl" and node.head.lower_ not in lx.IRREALIS_HEADS:
            return False  # "officers arrived to find a woman dead": what they found
        if (
            node.lower_ in ("die", "succumb")
            and node.dep_ == "xcomp"
            and node.head.lower_ in lx.PROSPECT_WORDS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        ):
            return True  # "one of them was likely to die": not dead yet
        if (
            node.dep_ in ("xcomp", "advcl", "ccomp", "acl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and (node.head.lower_ in lx.IRREALIS_HEADS or node.dep_ == "advcl" or node.head.pos_ == "NOUN")
        ):
            return True
        if node.lower_ in lx.BELIEVED_WORDS and any(
            c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ == "dead" for c in node.children
        ):
            return False  # "two people were feared dead": a toll said with doubt, not a fear of what may come
        if (
            node.lower_ in lx.IRREALIS_HEADS
            and node != tok
            and not (node.lower_ == "called" and any(c.dep_ == "auxpass" for c in node.children))
        ):
            return True  # not "officers were called to the scene": sent there, not calling for anything
        if node.dep_ == "conj" and any(c.dep_ in lx.SUBJECT_DEPS for c in node.children):
            return False  # "police were called to the scene, and Johnson was pronounced dead": a clause of its own
        if node.head == node:
            break
        node = node.head
    return False


def _result_of_infinitive(node: Token) -> bool:
    """'killing three' hung on an attempt or on an infinitive done for a purpose, not threatened or planned."""
    if node.tag_ != "VBG" or node.dep_ != "advcl":
        return False
    inf = node.head
    if inf.lower_ in lx.ATTEMPT_WORDS:
        return True  # "tried to storm the barracks, killing three": the parser hangs the result on the attempt
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return False
    gov = inf.head
    return gov.lower_ in lx.ATTEMPT_WORDS or (gov.lower_ not in lx.IRREALIS_HEADS and inf.dep_ != "xcomp")


@rule(
    "natural-death",
    "kind",
    "no figure: a death of illness or old age, not of violence",
    Example("The witness died in December from cancer, the prosecutor said.", {}),
    Example("A man was shot in the leg on Friday. His father died of natural causes last year.", {"injured": 1}),
)
def natural_death(tok: Token) -> bool:
    """'died from cancer', 'died of natural causes': the death the report tells of was no harm done."""
    if tok.lower_ not in ("died", "dies", "die", "dying", "death"):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "from")
        and any(o.dep_ == "pobj" and o.lower_ in lx.NATURAL_DEATH_CAUSES for o in c.children)
        for c in tok.children
    )
