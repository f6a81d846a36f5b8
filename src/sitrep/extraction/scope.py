"""A figure's scope: which event it counts, or whether it counts a period or several incidents.

The rules that tell the main event's figures from an earlier event's ("the same
market where a bomber killed 28 people last month") and from the killing a
protest is about; counts over a period or several incidents are ``period``'s.
``events.assign_events`` runs them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .date_kind import DateMention
from .figures import FigureMention
from .figures.rules import Example, rule
from .sentences import sentence_of


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def clause_of(tok: Token) -> set[int]:
    """The token ids of the smallest clause around a token: its verb's subtree."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    return {t.i for t in node.subtree}


#: A sentence that opens another incident: "In a separate shooting, ...", "Meanwhile, ...".
_NEW_INCIDENT = re.compile(
    r"^\W*(in (another|a separate|an unrelated|a second|a third|an earlier|a later|other)\b"
    r"|separately\b|meanwhile\b|elsewhere\b|in the (second|third|other|earlier|later) (shooting|incident|attack)"
    r"|(another|a second|a third|the second|the third|the other) (shooting|incident|attack|stabbing)"
    r"|less than an hour (earlier|later)|an hour (earlier|later)|hours (earlier|later))",
    re.IGNORECASE,
)


_BEFORE = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (day|week)s? "
    r"(?:after|since|following)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"a": 1} | {w: n for w, n in lx.CARDINALS.items() if n <= 10}


def _is_earlier_event(noun: Token) -> bool:
    """'Monday's bombing', 'last week's attack', 'after the assault': an event before the report's own."""
    if noun.lower_ not in lx.SCOPE_EVENT_NOUNS:
        return False
    if any(
        c.dep_ in ("poss", "compound", "amod", "npadvmod")
        and (c.ent_type_ == "DATE" or c.lower_ in ("last", "earlier", "previous"))
        for c in noun.children
    ):
        return True
    governor = noun.head
    for _ in range(4):  # "after the assault": earlier; "a blast shortly before a ceremony" is not
        if governor.lower_ in lx.EARLIER_EVENT_WORDS:
            return True
        if governor.dep_ not in ("pobj", "prep", "compound", "conj") or governor.head == governor:
            return False
        governor = governor.head
    return governor.lower_ in lx.EARLIER_EVENT_WORDS


@rule(
    "earlier-event",
    "scope",
    "scope 'background': figures of an earlier event the report recalls",
    Example(
        "A suicide bomber killed 14 people at the market on Tuesday. The same market was hit in a bombing "
        "last month in which 28 people were killed.",
        {"killed": 14},
        (("killed", 28, "background", "toll"),),
    ),
)
def earlier_event_clause(predicate: Token) -> Token | None:
    """'four days after the assault on the mosque, in which 102 people were killed': the assault, else None.

    The parser often hangs the relative clause on the nearest noun ("the south
    of the city, in which ..."), so an earlier event named before the clause
    in the same sentence counts too.
    """
    node = predicate
    for _ in range(8):
        if node.dep_ == "relcl":
            noun = node.head
            for _hop in range(4):
                if noun.lower_ in lx.SCOPE_EVENT_NOUNS or noun.dep_ not in (
                    "pobj",
                    "prep",
                    "appos",
                    "compound",
                    "conj",
                ):
                    break
                noun = noun.head
            if _is_earlier_event(noun):
                return noun
            sentence = sentence_of(node)
            return next((t for t in reversed(sentence[: node.i - sentence.start]) if _is_earlier_event(t)), None)
        if node.head == node:
            return None
        node = node.head
    return None


_AGO = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|several|a few) (day|week|month|year)s? ago\b",
    re.IGNORECASE,
)
_SOME = {"several": 3, "a few": 3}


@rule(
    "weeks-ago",
    "scope",
    "scope 'background': an earlier event dated back from the main one",
    Example(
        "A man was shot in the leg on Tuesday. Two weeks ago, a woman was shot and killed at the same complex.",
        {"injured": 1},
        (("killed", 1, "background", "person"),),
    ),
)
def ago_in_clause(doc: Doc, clause: set[int], sent: Span) -> tuple[int, str] | None:
    """'two weeks ago', said in the figure's own clause: (days before the main event, unit), from three days on."""
    if not clause:
        return None
    found = _AGO.search(doc[max(min(clause), sent.start) : min(max(clause) + 1, sent.end)].text)
    if found is None:
        return None
    word, unit = found.group(1).lower(), found.group(2).lower()
    n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word) or _SOME.get(word, 1)
    days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
    return (days, unit) if days >= 3 else None


@rule(
    "protest-cause",
    "scope",
    "scope 'background': the killing a protest is about, or an attack avenges",
    Example(
        "Hundreds of students staged a protest rally on Monday, demanding justice for the killing of two farmers.",
        {},
        (("killed", 2, "background", "toll"),),
    ),
    Example(
        "A mob attacked the guards at the funeral of a murdered trader. Four of the guards were killed.",
        {"killed": 4},
        (("killed", 1, "background", "person"),),
    ),
    Example(
        "Gunmen killed three guards at the depot in retaliation for the killing of two of their commanders.",
        {"killed": 3},
        (("killed", 2, "background", "toll"),),
    ),
)
def protest_cause(predicate: Token, sent: Span) -> Token | None:
    """'protesting over the killing of a man', 'blocked the highway after five guards were killed': the harm a
    protest is about, said under the protest's words: the word of the protest, else None."""
    node = predicate
    for _ in range(7):
        if node.head == node:
            return None
        if (
            node.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in node.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lx.PROTESTER_WORDS for c in node.head.children)
        ):
            return node.head
        node = node.head
        if (
            node.lower_ in lx.PROTEST_CAUSE_WORDS | lx.REPRISAL_WORDS
            and node.pos_ != "PROPN"
            and node.ent_type_ != "DATE"
        ):
            return node  # not "on March 19"
    return None


@rule(
    "after-an-earlier-event",
    "scope",
    "scope 'background': what the report's event came after",
    Example(
        "A bomb exploded near the market on Monday. The incident occurred days after another bomb exploded "
        "in the area, killing two officials.",
        {},
        (("killed", 2, "background", "toll"),),
    ),
)
def placed_after(predicate: Token) -> Token | None:
    """'The incident occurred days after another bomb exploded, killing two officials': the earlier event's
    figures, said in the clause the report's own event is placed after; the clause's verb, else None."""
    node = predicate
    for _ in range(6):
        if node.head == node:
            return None
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in node.children):
            gov = node.head
            if gov.lower_ in lx.PLACING_VERBS and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lx.OWN_EVENT_WORDS for c in gov.children
            ):
                return node
        node = node.head
    return None


def first_conjunct(tok: Token) -> Token:
    """'was shot and killed': the verb a conjoined one shares its modifiers with."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def days_before(text: str) -> int | None:
    m = _BEFORE.search(text)
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]
    return n * (7 if m.group(2).lower() == "week" else 1)


def incident_segments(sents: list[Span]) -> list[int]:
    """For each sentence, which incident of the report it is about: 0 the first, then one more at each opener."""
    out: list[int] = []
    segment = 0
    for sent in sents:
        if _NEW_INCIDENT.search(sent.text.strip()):
            segment += 1
        out.append(segment)
    return out


def scoped(m: FigureMention, scope: str, period: str | None = None) -> FigureMention:
    """The mention with its figure's scope said: a new figure, the extracted one is left as it was."""
    return replace(m, figure=m.figure.model_copy(update={"scope": scope, "period": period}))


#: What may stand between a date and the noun of the harm it dates: "the May 2, 2011, shooting death of".
_DATE_TO_HARM_NOUN = re.compile(r"[\s,]*(?:(?:fatal|deadly|shooting|stabbing|gunshot|triple|double)\s+)*", re.I)


@rule(
    "dated-harm-noun",
    "scope",
    "scope 'background': a harm whose noun carries an earlier date is that day's event",
    Example(
        "A man was shot in the leg on Friday, police said. The suspect was 16 when he was charged in the "
        "May 2, 2011, shooting death of Ann Keller, 19, in the same apartment block.",
        {"injured": 1},
        (("killed", 1, "background", "person"),),
    ),
    Example(
        "A man charged with murder appeared in court on Tuesday. He remains in custody on charges in the "
        "Jan. 10, 2014, shooting death of Daniel Parker, 52, at a rooming house.",
        {"killed": 1},
    ),
)
def dates_noun(doc: Doc, d: DateMention, predicate: int) -> bool:
    """The date is said right before the noun of the harm ("the May 2, 2011, shooting death of Ann Keller",
    "the 2012 killing of"), which the parser may hang elsewhere: it dates that harm, as a date in its clause does."""
    noun = doc[predicate]
    if noun.pos_ not in ("NOUN", "PROPN", "VERB"):
        return False
    start = min([noun.idx, *(c.idx for c in noun.lefts if c.dep_ in ("compound", "amod") and c.idx >= d.end)])
    if noun.dep_ in ("dobj", "compound") and noun.head.i == noun.i - 1:
        start = min(start, noun.head.idx)  # "shooting death", parsed as a verb and its object
    return d.end <= start and _DATE_TO_HARM_NOUN.fullmatch(doc.text[d.end : start]) is not None


def in_clause(doc: Doc, d: DateMention, clause: set[int]) -> bool:
    tok = _token_at(doc, d.start)
    return tok is not None and tok.i in clause


def is_earlier(candidate: date, main: date, precision: str) -> bool:
    if precision == "month":
        return (candidate.year, candidate.month) < (main.year, main.month)
    if precision == "unknown":
        return candidate.year < main.year
    if precision == "week":
        return (main - candidate).days >= 7  # a week holds the main event's day when it starts up to 6 days before
    return (main - candidate).days >= 3
