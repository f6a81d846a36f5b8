"""What happened, by ACLED's codebook: the event type and sub-type from the action and its sides.

The codebook defines a type by who acts on whom and how, not by which words
are frequent: an organised armed group killing unarmed people is violence
against civilians, two armed sides fighting is a battle, a crowd that turns
violent is a riot, a crowd that does not is a protest, and a bomb, shell or air
strike is remote violence whoever it hits. The rules are data, in two tables
(``type_rules_acts``, ``type_rules_sides``; the pattern language is ``type_rule``):
each ``Rule`` names one pattern of the codebook, with the sentences it must read
(``tests/test_events_event_type.py`` runs every example). Word lists live once, in
``lexicon.TYPE_WORDS``; a rule's pattern names them as ``{STATE}``,
``{ARMED}``, ``{CIVILIAN}``, ``{CROWD}`` and so on.

The first rule that matches, in the order of ``RULES``, decides. The order is the
codebook's precedence: remote violence before the fighting around it, a
demonstration before what the police did to it, an abduction before a killing.
A report that matches no rule is left to the cue reading of ordinary crime,
accidents and disasters (``type_choice.classify``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from ..extraction import lexicon as lx
from ..record import EventType
from . import type_tokens
from .type_rule import Rule, Span, TypeReading, expand, words_pattern
from .type_rules_acts import ACT_RULES
from .type_rules_sides import SIDE_RULES

__all__ = [
    "BEATS_CRIME",
    "CROWD_TYPES",
    "RULES",
    "SIDE_CLASSES",
    "WEAK_ALONE",
    "Rule",
    "TypeReading",
    "names_mob",
    "names_side",
    "read_type",
    "rule_votes",
    "side_votes",
    "told_as_crime",
]

#: Every rule, in the order that decides: the act rules first, then the rules of the sides.
RULES: tuple[Rule, ...] = ACT_RULES + SIDE_RULES


@cache
def _compiled() -> tuple[
    tuple[Rule, re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None], ...
]:
    def opt(p: str | None) -> re.Pattern[str] | None:
        return re.compile(expand(p), re.I | re.S) if p else None

    return tuple(
        (r, re.compile(expand(r.pattern), re.I | re.S), opt(r.unless), opt(r.requires), opt(r.mask)) for r in RULES
    )


@cache
def _token_rules() -> tuple[re.Pattern[str], Any]:
    patterns = {r.name: r.tokens for r in RULES if r.tokens}
    return type_tokens.gate(patterns), type_tokens.matcher(patterns)


@lru_cache(maxsize=4096)
def _token_spans(text: str) -> dict[str, Span]:
    """Where each rule's token pattern first matches ``text``: the text is tagged only where one may."""
    gate, matcher = _token_rules()
    return type_tokens.first_matches(matcher, gate, text) if gate.search(text) else {}


def _found(rule: Rule, pattern: re.Pattern[str], text: str) -> Span | None:
    """Where the rule's pattern, or its token pattern, first reads ``text``."""
    m = pattern.search(text)
    if m is not None:
        return m.start(), m.end()
    return _token_spans(text).get(rule.name) if rule.tokens else None


def _required(rule: Rule, requires: re.Pattern[str] | None, text: str) -> bool:
    """Whether what the rule requires is found in ``text`` (its token pattern meets it too)."""
    if requires is None or requires.search(text):
        return True
    return rule.tokens is not None and rule.name in _token_spans(text)


def read_type(text: str, windows: list[Span] | None = None) -> TypeReading | None:
    """The first codebook rule the event's sentences match, with the words it read.

    ``windows`` are the event's sentences as character ranges of ``text``;
    None reads the whole text. Evidence offsets are into ``text``.
    """
    spans = windows or [(0, len(text))]
    joined = " ".join(text[s:e] for s, e in spans)
    lead = _lead(joined)
    if len(lead) < len(joined):
        first = _first_rule(lead, spans, joined)
        if first is not None and first.rule not in _WEAK:
            return first
    return _first_rule(joined, spans)


def rule_votes(text: str) -> tuple[str, ...]:
    """Every rule's say on ``text``, not only the first one's: ``any:<rule>`` for each rule that reads it,
    ``blocked:<rule>`` where its pattern is found but its ``unless`` or ``requires`` stops it, and
    ``lead:<rule>`` (or ``lead:none``) for the first rule of the first sentence alone.

    A learned model weighs these beside the words: several rules reading one note (an attack and a clash)
    tell it more than the one the order chose.
    """
    votes = []
    for rule, pattern, unless, requires, mask in _compiled():
        seen = mask.sub(lambda m: " " * len(m.group()), text) if mask is not None else text
        if _found(rule, pattern, seen) is None:
            continue
        stopped = (unless is not None and unless.search(text) is not None) or not _required(
            rule, requires, _lead(text) if rule.lead else text
        )
        votes.append(("blocked:" if stopped else "any:") + rule.name)
    lead = _lead(text)
    first = _first_rule(lead, [(0, len(lead))]) if len(lead) < len(text) else None
    votes.append("lead:" + (first.rule if first is not None else "none"))
    return tuple(votes)


#: The codebook's classes of the sides a note can name, as ``lexicon.TYPE_WORDS`` tables.
SIDE_CLASSES = ("STATE", "ARMED", "CIVILIAN", "PERSON", "CROWD")

#: "killed by", "attacked by suspected": the side named next is the one that acted.
_BY = re.compile(r"\bby\s+(?:(?:the|an?|some|suspected|alleged|unidentified|unknown|armed|presumed)\s+){0,3}", re.I)


@cache
def _side_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(r"\b" + words_pattern(name) + r"\b", re.I)) for name in SIDE_CLASSES)


def side_votes(text: str) -> tuple[str, ...]:
    """The sides ``text`` names, by the codebook's classes: ``side:<class>`` for each, ``first:<class>`` for
    the first named (most often the one that acted), ``pair:<first>-<second>`` for the first two classes, and
    ``by:<class>`` for a side named after "by"; ``side:none`` where none is named.

    Who fights whom decides the type: state forces on armed men is a battle, armed men on civilians an attack.
    """
    hits = sorted((m.start(), name) for name, pattern in _side_patterns() for m in pattern.finditer(text))
    order: list[str] = []
    for _start, name in hits:
        if name not in order:
            order.append(name)
    if not order:
        return ("side:none",)
    votes = {f"side:{name}" for name in order} | {f"first:{order[0]}"}
    if len(order) > 1:
        votes.add(f"pair:{order[0]}-{order[1]}")
    starts = dict(hits)
    votes |= {f"by:{starts[m.end()]}" for m in _BY.finditer(text) if m.end() in starts}
    return tuple(sorted(votes))


#: Rules whose reading stands even where the report tells a crime: bodies found bound and shot are executions.
BEATS_CRIME = frozenset({"bodies_found"})

#: Types whose reading names a crowd as the side that acted: demonstrations and riots.
CROWD_TYPES: frozenset[EventType] = frozenset({"riots", "protests"})

_MOB = re.compile(r"\b(?:mobs?|lynch\w*|vigilantes?|mob justice|stoned to death|beaten to death)\b", re.I)


@cache
def _crowd_agent() -> re.Pattern[str]:
    """A crowd or a group of the public as the side that acted: first in the words, in the same clause as the act
    and not told as suffering ("villagers assaulted", not "students were stabbed" nor "threatened to kill the
    residents, but the victims fought back"), or named after "by"."""
    group = r"(?:{CROWD}|{PEOPLE_GROUP}|rioters|mobs?)"
    return re.compile(
        expand(
            r"^\W*"
            + group
            + r"\b(?!\s+(?:were|was|had|have|are|is|being|been)\b)(?![^.]*?(?:[,;]|\bbut\b|\bvictims?\b))"
            r"|\bby\s+(?:an?\s+(?:group|gang|number)\s+of\s+)?(?:angry\s+)?" + group + r"\b"
        ),
        re.I,
    )


def names_mob(text: str) -> bool:
    """Whether the words name a mob's or a crowd's act: a mob, a lynching, vigilantes, or a crowd or group of the
    public (rioters, villagers, locals) that acted, not one that suffered."""
    return _MOB.search(text) is not None or _crowd_agent().search(text) is not None


#: Rules that name harm or damage but no side: alone, with no figure and no event word, they make no event.
WEAK_ALONE = frozenset({"looting", "group_activity", "arrests"})

#: Rules too weak to decide from the lead alone: what follows may say what the arrest or the damage was part of.
_WEAK = frozenset({"looting", "group_activity", "protest", "harm_to_people", "arson", "property_destroyed"})


def _first_rule(joined: str, spans: list[Span], whole: str | None = None) -> TypeReading | None:
    """The first rule matching ``joined`` (the lead, or all the event's sentences); what a rule requires is
    looked for in ``whole``, the event's sentences, or in their lead for a rule that wants it there."""
    whole = whole if whole is not None else joined
    for rule, pattern, unless, requires, mask in _compiled():
        seen = mask.sub(lambda m: " " * len(m.group()), joined) if mask is not None else joined
        hit = _found(rule, pattern, seen)
        if hit is None or (unless is not None and unless.search(joined)):
            continue
        if not _required(rule, requires, _lead(whole) if rule.lead else whole):
            continue
        return TypeReading(rule.event_type, rule.sub_event_type, rule.name, (_back(spans, *hit),))
    return None


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z0-9\"“])")

#: A heading in capitals before the first sentence ("FEDERAL REPUBLIC OF GERMANY. Rebels threw ..."): a country, not the lead.
_HEADING = re.compile(r"\s*[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]*)*\.\s+(?=[A-Z0-9\"“])")


def _lead(text: str) -> str:
    """The first sentence, after a heading in capitals: where a report says what happened."""
    heading = _HEADING.match(text)
    m = _SENTENCE_END.search(text, (heading.end() if heading else 0) + 20)
    return text[: m.start() + 1] if m else text


def _back(spans: list[Span], start: int, end: int) -> Span:
    """Offsets in the joined sentences back to offsets in the text."""
    at = 0
    for s, e in spans:
        if start < at + (e - s) + 1:
            a = s + (start - at)
            return a, min(e, a + (end - start))
        at += e - s + 1
    return spans[-1]


@lru_cache(maxsize=1)
def _side_pattern() -> re.Pattern[str]:
    return re.compile(
        expand(
            r"\b(?:{ARMED}|{CROWD}|{PROTEST}|{STATE}|{AIR}|{SHELLING}|{SUICIDE}|{GRENADE}|IEDs?|bombs?"
            r"|bombings?|land ?mines?|explosive devices?|remote-controlled|booby-trapped)\b"
        ),
        re.I,
    )


#: State forces as the side that used force, told as more than a street shooting: a police raid or operation,
#: a shoot-out or an exchange of fire with them (two armed sides), people tortured or beaten by them. An
#: unknown shooter the police look for is ordinary crime, and so is a suspect the police shot (where the
#: report tells a crime, ``told_as_crime``, a police shooting stays one); the police's own raid is an organised
#: side acting.
STATE_ACTS = (
    r"\b(?:{STATE})(?:'s|’s)?\s+(?:(?!(?:department|precinct|dog|car|vehicle)\b)[\w-]+\s+)?"
    r"(?:raids?|operations?|sweeps?|crackdowns?|offensive)\b"
    r"|\b(?:raids?|operations?|sweeps?|crackdowns?)\s+(?:by|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{STATE})\b"
    r"|\b(?:shoot-?outs?|exchang\w* (?:of )?(?:gun)?fire|gun ?battles?|firefights?|gunfights?|clash\w*)\b[^.]{0,80}"
    r"\b(?:{STATE})\b"
    r"|\b(?:{STATE})\b[^.]{0,80}\b(?:shoot-?outs?|exchang\w* (?:of )?(?:gun)?fire|gun ?battles?|firefights?|clash\w*)\b"
    r"|\b(?:{STATE})\b\s+(?:(?!(?:said|says|say|told|reported|believe[sd]?|suspect\w*)\b)[\w'’,()-]+\s+){0,4}?"
    r"(?:tortured|beat|assault(?:ed)?)\b(?!\s+(?:units?|squads?|division|section|teams?)\b)"
    r"|\b(?:tortured|beaten|assaulted)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{STATE})\b"
)


@lru_cache(maxsize=1)
def _state_acts() -> re.Pattern[str]:
    return re.compile(expand(STATE_ACTS), re.I)


def names_side(text: str) -> bool:
    """Whether a text names an organised armed side, a crowd, or weapons of war (a bomb, a shell): not ordinary crime.

    The police named alone do not count, since they attend every street shooting; the police as the side that
    raided, fought or tortured (``STATE_ACTS``) do.
    """
    return (
        any(
            m.group().lower() not in lx.POLICE_WORDS and not re.match(r"\s+police\b", text[m.end() :], re.I)
            for m in _side_pattern().finditer(text)
        )
        or _state_acts().search(text) is not None
    )


@lru_cache(maxsize=1)
def _crime_pattern() -> re.Pattern[str]:
    return re.compile(expand(r"\b{CRIME_TELLING}\b"), re.I)


def told_as_crime(text: str) -> bool:
    """Whether a report tells its violence as a crime: a suspect, detectives, a homicide, a robbery."""
    return _crime_pattern().search(text) is not None
