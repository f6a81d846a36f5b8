"""Counts that are not one event's: over a period ("since January", "this year") or over several incidents
("across both blasts", "in separate shootings"). Such a figure is context, in no event's total; ``events``
marks it ``cumulative``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .figures.rules import Example, rule

#: A lead that sums several incidents: "Four men were wounded in separate shootings across the city"; not a
#: lead that tells one of them ("a man was shot dead near a bus stop, one of several shootings that night").
ROUNDUP = re.compile(
    r"(?<!\bone of )(?<!\bone of the )\b(separate|several|multiple|unrelated) (shootings|incidents|attacks)\b"
    r"|\bshootings across\b"
    r"|\bin shootings\b|\bacross the city\b",
    re.IGNORECASE,
)


@rule(
    "roundup-lead",
    "scope",
    "scope 'cumulative': every count of a sentence that sums several incidents, in a report that tells them apart",
    Example(
        "Three men were wounded in separate shootings across the city on Friday. A man was shot in the leg on Oak "
        "Street. In a separate shooting, two men were shot on Elm Street.",
        {"injured": 1},
        (("injured", 3, "cumulative", "toll"), ("injured", 2, "background", "toll")),
    ),
    Example(
        "A man was shot dead and another was wounded near a bus stop on Friday, one of several shootings that left "
        "four other people hurt that night. In a separate shooting, a woman was shot in the hand on Elm Street.",
        {"killed": 1, "injured": 1},
    ),
)
def is_roundup(sent: Span) -> bool:
    """A sentence that sums the report's incidents ("Four men were wounded in separate shootings"); not one that
    tells one of them and only names the others ("..., one of several shootings that left four others hurt")."""
    return ROUNDUP.search(sent.text) is not None


#: A stretch of violence: "a weekend of violence", "a spate of shootings" (a relative clause in it counts over it).
_SPELL = re.compile(
    r"\b(weekend|week|month|night|day|spate|string|rash|wave) of (gun )?(violence|shootings|gunfire|bloodshed|killings)\b",
    re.IGNORECASE,
)
#: "multiple shootings that left several people injured": a count (never one person) over several incidents.
_SEVERAL = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple) (separate )?(shootings|incidents)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(19|20)\d\d")
_YEAR_OF = re.compile(r"the year (19|20)\d\d")

_PERIOD_COUNT = re.compile(
    r"(?<!earlier )(?<!later )\b(this|last|past|so far this|previous) (year|month|decade)\b|\bso far\b|\byear-to-date\b|\bto date\b"
    r"|\bsince (jan(uary|\.)?|the (start|beginning) of)|\bin recent (weeks|months|years)\b|\beach year\b"
    r"|\bper year\b|\bannually\b|\bin (19|20)\d\d\b|\bsince (19|20)\d\d\b|\bduring the (month|year)\b"
    r"|\bin (january|february|march|april|june|july|august|september|october|november|december)\b(?! \d)"
    r"|\b(homicides|murders|shootings) (have|has) (occurred|been)|\bthis year's\b"
    # "has seen five people killed in less than a week", "a weekend of violence in which seven were shot"
    r"|\bin (less than|under|just under|fewer than) (a|an|one|two|three|four|five|six|seven|\d+) (days?|weeks?|months?)\b"
    r"|\b(over|in|during|within) the (past|last|previous) (two|three|four|five|six|seven|eight|nine|ten|few|several|\d+) (days|weeks|months|years|decades)\b"
    r"|\b(has|have) (now )?seen\b"
    # a long war's toll: "the insurgency has left 30,000 people dead", "the insurgency has killed 3,000"
    r"|\b(conflict|insurgency|insurrection|rebellion|uprising|civil war|war)s? (has|have) (now )?(left|killed|claimed)\b"
    r"|\bin (two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple) ([\w-]+ )?(shootings|stabbings|incidents)\b"
    r"|\b(within|in|during) an? ([\w]+-hour|[\w]+-day) (period|span|stretch)\b"
    r"|\b(weekend|week|month|night|day|spate|string|rash|wave) of (gun )?(violence|shootings|gunfire|bloodshed|killings)\b"
    # a count over several incidents: "across both blasts", "in three attacks in Mosul on this day", "overall"
    r"|\bacross (which|both|all|these|those|the)\b(?: \w+){0,3}? ?(attacks|blasts|assaults|incidents|explosions|bombings"
    r"|strikes|shootings|locations|sites)?\b|\boverall\b|\bat the end of the day\b"
    r"|\bin (the |these |those )?(two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)"
    r" (coordinated |related |simultaneous |similar )?(attacks|bombings|assaults)\b",
    re.IGNORECASE,
)


#: A running total over a period or a place: "bringing the weekend total to", "the city's 2014 gunshot victim total".
_RUNNING_TOTAL = re.compile(
    r"\b(weekend|week's|month's|year's|yearly|annual|running|city's|citywide|latest|(19|20)\d\d|[\w]+-day)"
    r"(?: [\w-]+){0,3} (total|tally|count)\b",
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
        # "has been underway since 2004 and 2,500 people have died": so is a period said before the conjunct
        out |= {
            t.i
            for c in node.head.rights
            if c.i < node.i and c.dep_ in ("prep", "npadvmod", "advmod") and c.lower_ in ("since", "so")
            for t in c.subtree
        }
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
    Example(
        "Two men were shot on Friday, bringing the weekend total to one dead and nine wounded.",
        {"injured": 2},
        (("injured", 9, "cumulative", "toll"),),
    ),
    Example(
        "A man was shot dead on Elm Street on Friday. The city has now seen four people killed in less than a week.",
        {"killed": 1},
        (("killed", 4, "cumulative", "toll"),),
    ),
    Example(
        "A man was shot in the leg on Oak Street. Three people were wounded in two shootings on Saturday night.",
        {"injured": 1},
        (("injured", 3, "cumulative", "toll"),),
    ),
    Example(
        "A roadside bomb killed one soldier on Friday. The insurgency has left more than 30,000 people dead.",
        {"killed": 1},
        (("killed", 30000, "cumulative", "toll"),),
    ),
    Example(
        "A bomb went off in a bus station on Friday, killing two. More than 700 people have been killed in the "
        "region in the past five years.",
        {"killed": 2},
        (("killed", 700, "cumulative", "toll"),),
    ),
    Example(
        "Insurgents ambushed a patrol, killing eight soldiers. The insurgency has been underway since 2004 and "
        "more than 2500 people have died in the violence.",
        {"killed": 8},
        (("killed", 2500, "cumulative", "toll"),),
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
    if found is None:  # "a weekend of violence in which seven people were shot": the period is the clause's noun
        antecedent = _antecedent_words(doc, clause, sent)
        found = _SPELL.search(antecedent) or _YEAR_OF.match(antecedent)
        if (
            found is None
            and anchor is not None
            and (doc[anchor].like_num or doc[anchor].lower_ in lx.VAGUE_COUNT_WORDS)
        ):
            found = _SEVERAL.search(antecedent)
    if found is None and anchor is not None:
        found = _RUNNING_TOTAL.search("".join(doc[i].text_with_ws for i in sorted(clause) if sent.start <= i < anchor))
    if found is None and anchor is not None:  # "the total to 14 dead and 23 wounded": the parse splits the list
        found = _RUNNING_TOTAL.search(doc[max(sent.start, anchor - 14) : anchor].text)
        if found is not None and any(t.lower_ in (";", ".") for t in doc[max(sent.start, anchor - 14) : anchor]):
            found = None
    return found.group(0) if found else None


def _antecedent_words(doc: Doc, clause: set[int], sent: Span) -> str:
    """The words of the noun a relative clause hangs on, without the clause: 'a weekend of violence' in 'a
    weekend of violence in which seven people were shot'."""
    top = next((doc[i] for i in sorted(clause) if doc[i].head.i not in clause or doc[i].head == doc[i]), None)
    for _ in range(3):  # "shootings that left several people injured": from 'injured' up to the clause's verb
        if top is None or top.dep_ == "relcl" or top.head == top:
            break
        top = top.head
    if top is None or top.dep_ != "relcl":
        return ""
    own = {t.i for t in top.subtree}
    noun = top.head
    if _YEAR.fullmatch(noun.text):  # "the most homicides since 2007, when 28 people were killed": that year's
        return f"the year {noun.text}, "
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "a weekend of violence in which": the weekend, not only the violence
    return "".join(t.text_with_ws for t in noun.subtree if t.i not in own and sent.start <= t.i < sent.end)


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


@rule(
    "series-toll",
    "scope",
    "scope 'cumulative': the toll of a series of attacks, said in a clause about the series",
    Example(
        "Gunmen opened fire at the station, killing 58 people. The attack was one of eight coordinated attacks "
        "in the city in which a total of 171 people were killed.",
        {"killed": 58},
        (("killed", 171, "cumulative", "toll"),),
    ),
)
def series_clause(predicate: Token) -> str | None:
    """'one of eight coordinated attacks ... in which a total of 171 people were killed', 'attacks that killed
    43': a count in a relative clause of a plural noun of attacks is the series' toll; its noun, else None."""
    node = predicate
    for _ in range(6):
        if node.dep_ == "relcl":
            noun = node.head
            for _hop in range(4):
                if noun.lower_ in lx.SERIES_NOUNS or noun.dep_ not in ("pobj", "prep", "compound"):
                    break
                noun = noun.head
            return noun.text if noun.lower_ in lx.SERIES_NOUNS else None
        if node.head == node:
            return None
        node = node.head
    return None
