"""The shape of an event-type rule and the pattern language the rule tables are written in.

A rule's pattern names lexicon tables (``lexicon.TYPE_WORDS``) as ``{STATE}``, ``{ARMED}``, ``{CIVILIAN}``,
``{CROWD}`` and so on, and ``{GAP}`` for the few words between a side and its action; ``expand`` turns
them into one regex. The fragments shared by several rules (what a demonstration is about, the fighting
around a bomb) live here beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..extraction import lexicon as lx
from ..record import EventType

Span = tuple[int, int]

#: A token pattern: one spaCy ``Matcher`` pattern, a dict per token (``type_tokens`` runs it).
TokenPattern = tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Rule:
    """One pattern of the codebook: when ``pattern`` matches (and ``unless`` does not), the event is this type."""

    name: str
    event_type: EventType
    sub_event_type: str
    pattern: str
    examples: tuple[str, ...]
    #: a pattern that, found in the same text, means the rule does not apply
    unless: str | None = None
    #: sentences the rule must not read as its type (tests run them too)
    counter_examples: tuple[str, ...] = ()
    #: a pattern that must also be found for the rule to apply: in the lead (the first sentence) when
    #: ``lead`` is set, since what a note says first is its event and later sentences its aftermath
    requires: str | None = None
    lead: bool = False
    #: words that are not read for this rule: "a protest against the attacks" tells no attack by the protesters
    mask: str | None = None
    #: a spaCy ``Matcher`` pattern over lemmas that reads the rule as ``pattern`` does, and meets ``requires``
    tokens: TokenPattern | None = None


@dataclass(frozen=True)
class TypeReading:
    event_type: EventType
    sub_event_type: str
    rule: str
    evidence: tuple[Span, ...]


def words_pattern(name: str) -> str:
    """A lexicon table as one regex, its entries folded into a trie: one pass per position, not one per entry.

    A space in an entry matches any run of spaces or hyphens. A short acronym ("IS") and an entry written
    with a leading "=" ("=march", not the month) match only as written.
    """
    exact: list[str] = []
    folded: list[str] = []
    for entry in lx.TYPE_WORDS[name]:
        word = entry.lstrip("=")
        (exact if entry.startswith("=") or (word.isupper() and len(word) <= 5) else folded).append(word)
    parts = [trie(sorted({w.lower() for w in folded}))] if folded else []
    if exact:
        parts.append("(?-i:" + trie(sorted(set(exact))) + ")")
    return "(?:" + "|".join(parts) + ")"


def trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, longest first, with shared prefixes factored out."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"[\s-]+" if ch in " -" else re.escape(ch)
            branches.append(piece + emit(node[ch]))
        end = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(tree)


#: Words between a side and its action: "militants reportedly attacked", "police on Monday fired".
GAP = r"\s+(?:[\w'’,()-]+\s+){0,6}?"


def expand(pattern: str) -> str:
    out = pattern.replace("{GAP}", GAP)
    for name in lx.TYPE_WORDS:
        out = out.replace("{" + name + "}", words_pattern(name))
    return out


#: What a demonstration is about, not what its people do: "a protest against the attacks", "justice for".
TOPIC = (
    r"\b(?:against|over|following|after|condemn\w*|denounc\w*|justice for|in response to|in protest|in support"
    r"|in solidarity with|in tribute to|in memory of|for (?:the )?(?:recovery|release|return)"
    r"|protest(?:ing|ed)? (?:the|a|an)|demanding|to demand|prior|recent|previous)\b"
    # the topic ends where the crowd's next act begins: "marched over the exam results and stoned the office"
    r"(?:(?!\band\s+\w+ed\b)[^.;,]){0,60}"
    # "burned an effigy of the minister": a demonstration's symbol, no violence
    r"|\b(?:burn\w*|torch\w*|set fire to)\s+(?:[\w'’-]+\s+){0,3}?effig(?:y|ies)\b"
)

#: Fighting around a bomb or a shell: the codebook makes the whole a battle.
FIGHTING = (
    r"\b(?:small arms|ambush\w*|gunfire|gunmen|exchang\w* (?:of )?(?:[\w-]+ |gun)?fire|exchanged gunfire|clash\w*|gun ?battle\w*"
    r"|firefight\w*|gunfight\w*|shoot-?out|stormed|fighting|fought)\b"
)

#: Words between a group of people and what it did, where no other side or teller stands between:
#: "residents in the village of Nogo barricaded", not "residents said police closed".
GROUP_GAP = (
    r"\s+(?:(?!(?:said|says|told|police|officers?|troops|soldiers|authorities|gendarmes?)\b)[\w'’,()-]+\s+){0,6}?"
)
