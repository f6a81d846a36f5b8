"""A figure's scope: which event it counts, or whether it counts a period or several incidents.

The rules that tell the main event's figures from an earlier event's ("the same
market where a bomber killed 28 people last month"), from the killing a protest
is about, and from counts over a period ("since January") or several incidents
("across both blasts"). ``events.assign_events`` runs them.
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
#: A lead that sums several incidents: "Four men were wounded in separate shootings across the city".
ROUNDUP = re.compile(
    r"\b(separate|several|multiple|unrelated) (shootings|incidents|attacks)\b|\bshootings across\b"
    r"|\bin shootings\b|\bacross the city\b",
    re.IGNORECASE,
)


_EVENT_NOUNS = frozenset(
    [
        "assault",
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "blast",
        "explosion",
        "operation",
        "raid",
        "siege",
        "massacre",
        "shooting",
        "clash",
        "clashes",
        "strike",
        "strikes",
        "ambush",
        "fighting",
        "battle",
        "riot",
        "riots",
    ]
)
_BEFORE = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (day|week)s? "
    r"(?:after|since|following)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"a": 1} | {w: n for w, n in lx.CARDINALS.items() if n <= 10}


def _is_earlier_event(noun: Token) -> bool:
    """'Monday's bombing', 'last week's attack', 'after the assault': an event before the report's own."""
    if noun.lower_ not in _EVENT_NOUNS:
        return False
    if any(
        c.dep_ in ("poss", "compound", "amod", "npadvmod")
        and (c.ent_type_ == "DATE" or c.lower_ in ("last", "earlier", "previous"))
        for c in noun.children
    ):
        return True
    governor = noun.head
    for _ in range(4):
        if governor.lower_ in ("after", "since", "following", "before"):
            return True
        if governor.dep_ not in ("pobj", "prep", "compound", "conj") or governor.head == governor:
            return False
        governor = governor.head
    return governor.lower_ in ("after", "since", "following", "before")


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
                if noun.lower_ in _EVENT_NOUNS or noun.dep_ not in ("pobj", "prep", "appos", "compound", "conj"):
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
    "scope 'background': the killing a protest is about",
    Example(
        "Hundreds of students staged a protest rally on Monday, demanding justice for the killing of two farmers.",
        {},
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
        if node.lower_ in lx.PROTEST_CAUSE_WORDS and node.pos_ != "PROPN" and node.ent_type_ != "DATE":
            return node  # not "on March 19"
    return None


#: "The incident occurred days after ...", "The attack comes two days after ...": the report's own event
#: placed after an earlier one.
_OWN_EVENT_WORDS = frozenset({"incident", "attack", "bombing", "blast", "explosion", "shooting", "it", "this"})
_PLACING_VERBS = frozenset({"occurred", "came", "comes", "happened", "follows", "followed"})


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
            if gov.lower_ in _PLACING_VERBS and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _OWN_EVENT_WORDS for c in gov.children
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


_PERIOD_COUNT = re.compile(
    r"(?<!earlier )(?<!later )\b(this|last|past|so far this|previous) (year|month|decade)\b|\bso far\b|\byear-to-date\b|\bto date\b"
    r"|\bsince (jan(uary|\.)?|the (start|beginning) of)|\bin recent (weeks|months|years)\b|\beach year\b"
    r"|\bper year\b|\bannually\b|\bin (19|20)\d\d\b|\bsince (19|20)\d\d\b|\bduring the (month|year)\b"
    r"|\bin (january|february|march|april|june|july|august|september|october|november|december)\b(?! \d)"
    r"|\b(homicides|murders|shootings) (have|has) (occurred|been)|\bthis year's\b"
    # a count over several incidents: "across both blasts", "in three attacks in Mosul on this day", "overall"
    r"|\bacross (which|both|all|these|those|the)\b(?: \w+){0,3}? ?(attacks|blasts|assaults|incidents|explosions|bombings"
    r"|strikes|shootings|locations|sites)?\b|\boverall\b|\bat the end of the day\b"
    r"|\bin (the |these |those )?(two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)"
    r" (coordinated |related |simultaneous |similar )?(attacks|bombings|assaults)\b",
    re.IGNORECASE,
)


#: A running total over a period or a place: "bringing the weekend total to", "the city's 2014 gunshot victim total".
_RUNNING_TOTAL = re.compile(
    r"\b(weekend|week's|month's|year's|yearly|annual|running|city's|citywide|(19|20)\d\d)(?: [\w-]+){0,3} (total|tally)\b",
    re.IGNORECASE,
)


def own_clause(tok: Token) -> set[int]:
    """The clause around a token without the clauses of other subjects it holds: in "Fourteen died in this
    attack, while 101 were wounded across both attacks" the second clause is not the first's."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    out = {t.i for t in node.subtree}
    if node.dep_ == "conj":  # "Overall, 24 were killed and over 100 injured": the first verb's modifiers are shared
        out |= {t.i for c in node.head.lefts for t in c.subtree}
    for child in node.children:
        if (
            child.dep_ in ("advcl", "ccomp", "parataxis", "relcl")
            and child.i != tok.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            and tok.i not in {t.i for t in child.subtree}
        ):
            out -= {t.i for t in child.subtree}
    return out


@rule(
    "cumulative-period",
    "scope",
    "scope 'cumulative': a count over a period, in no total",
    Example(
        "A car bomb killed eight people on Monday. Air strikes have killed 190 civilians in the province "
        "since January.",
        {"killed": 8},
        (("killed", 190, "cumulative", "toll"),),
    ),
    Example(
        "A man was shot to death on Monday night, bringing the city's 2019 homicide total to 41 dead.",
        {"killed": 1},
        (("killed", 1, "event", "person"), ("killed", 41, "cumulative", "toll")),
    ),
)
@rule(
    "cumulative-several-incidents",
    "scope",
    "scope 'cumulative': a count over several incidents, in no total",
    Example(
        "A car bomb struck a police station. In three attacks in the city on this day, around sixty-five "
        "people were killed.",
        {},
        (("killed", 65, "cumulative", "toll"),),
    ),
)
def period_words(doc: Doc, clause: set[int], sent: Span, anchor: int | None = None) -> str | None:
    """The words of a count over a period ('this year', 'so far', 'in December'), said in the figure's own clause;
    a running total ('bringing the city's 2014 total to 14 dead') only for the figure after it (``anchor``)."""
    if not clause:
        return None
    found = _PERIOD_COUNT.search("".join(doc[i].text_with_ws for i in sorted(clause) if sent.start <= i < sent.end))
    if found is None and anchor is not None:
        found = _RUNNING_TOTAL.search("".join(doc[i].text_with_ws for i in sorted(clause) if sent.start <= i < anchor))
    return found.group(0) if found else None


def scoped(m: FigureMention, scope: str, period: str | None = None) -> FigureMention:
    """The mention with its figure's scope said: a new figure, the extracted one is left as it was."""
    return replace(m, figure=m.figure.model_copy(update={"scope": scope, "period": period}))


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


#: A count spread over incidents told apart: "in separate shootings", "at different locations", "one of three
#: shootings that left four wounded", "shootings a mile apart", "one in the east and the other in the west".
_SEPARATE_INCIDENTS = re.compile(
    r"\b(in|at) (two |three |four |five |\d+ )?(separate|different|unrelated) ([\w-]+ ){0,3}?"
    r"(shootings|incidents|locations|attacks|places|addresses|scenes|homes)\b"
    r"|\bseparate (shooting )?(incidents|shootings)\b"
    r"|\b(one|the first|the second|the third|first|second|third) of (two|three|four|five|six|seven|eight|nine"
    r"|several|\d+) ([\w-]+ ){0,2}?(shootings|incidents)\b"
    r"|\b(shootings|incidents)\b[^.;]{0,50}\bapart\b"
    r"|\bone (in|on|at) [^.;]{1,60}\bthe other (in|on|at|near)\b",
    re.IGNORECASE,
)


@rule(
    "several-incidents",
    "scope",
    "scope 'cumulative': a count spread over separate incidents, in no total",
    Example(
        "Two men were shot at different locations on Friday night. One man was shot in the arm outside a bar.",
        {"injured": 1},
        (("injured", 2, "cumulative", "toll"),),
    ),
    Example(
        "Charges were filed in one of two shootings that left five people wounded on Sunday. A woman was shot "
        "in the leg on Oak Street.",
        {"injured": 1},
        (("injured", 5, "cumulative", "toll"),),
    ),
)
def separate_incidents(sent: Span) -> str | None:
    """The words that spread a sentence's count over incidents told apart ('in separate shootings'), else None."""
    found = _SEPARATE_INCIDENTS.search(sent.text)
    return found.group(0) if found else None
