"""Place patterns as data ("the village of X", "X province", "30 km north of Y") and the spaCy
``Matcher`` that runs them: the first source of place names, each with the level its kind word gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .gazetteer import get_gazetteer, key_is_demonym
from .lexicon import (
    DEMONYMS,
    DIRECTION_WORDS,
    DISTANCE_UNITS,
    NEAR_WORDS,
    NOT_PLACE_WORDS,
    PLACE_KIND_EITHER_LEVEL,
    PLACE_KIND_WORDS,
    TOWN_PART_WORDS,
)

_NAME = {"TEXT": {"REGEX": r"^([A-Z][\w'’.]*|-|de|del|la|al|el|do|da|ez|es|ed|ad|ash|az|ar|ul|du|des|di)$"}, "OP": "+"}


@dataclass(frozen=True)
class PlacePattern:
    """A place pattern as data: its name, its spaCy ``Matcher`` tokens with the role of each, an example.

    Roles: ``name`` (the place's name), ``kind`` (a word of PLACE_KIND_WORDS that says its level),
    ``near`` (the event is beside the place, precision 2), ``part`` (the name of a part of the place: the kind
    word is the part's), or ``None``. Where two patterns read the same name with the same kind word, the one
    earlier in the table stands.
    """

    name: str
    tokens: tuple[tuple[dict[str, Any], str | None], ...]
    yields: str
    examples: tuple[tuple[str, str], ...]  # (sentence, the name the pattern takes from it)


PLACE_PATTERNS: tuple[PlacePattern, ...] = (
    PlacePattern(
        "part-kind-of-name",
        (
            # a proper name, not a people's adjective ("the Israeli settlement of")
            ({"POS": "PROPN", "TEXT": {"REGEX": r"^[A-Z]"}, "LOWER": {"NOT_IN": sorted(DEMONYMS)}}, "part"),
            ({"LOWER": {"IN": sorted(PLACE_KIND_WORDS)}}, "kind"),
            ({"LOWER": "of"}, None),
            (_NAME, "name"),
        ),
        "the town (or the division a region is in) that holds the part named before the kind word",
        (
            ("A bomb exploded at a market in the Sheikh Othman district of Aden.", "Aden"),
            ("Shelling hit the Metina region of Duhok on Friday.", "Duhok"),
        ),
    ),
    PlacePattern(
        "kind-of-name",
        (({"LOWER": {"IN": sorted(PLACE_KIND_WORDS)}}, "kind"), ({"LOWER": "of"}, None), (_NAME, "name")),
        "the name, at the level its kind word gives",
        (
            ("Gunmen stormed the village of Kharotabad on Monday.", "Kharotabad"),
            ("Clashes broke out in the province of Kunar.", "Kunar"),
        ),
    ),
    PlacePattern(
        "name-kind",
        ((_NAME, "name"), ({"LOWER": {"IN": sorted(PLACE_KIND_WORDS)}}, "kind")),
        "the name, at the level its kind word gives",
        (
            ("An air strike hit a compound in Kunar province.", "Kunar"),
            ("Militants attacked a base in Bulo Burte district.", "Bulo Burte"),
        ),
    ),
    PlacePattern(
        "capital-of-people",
        (({"LOWER": "the"}, None), ({"TEXT": {"REGEX": r"^[A-Z][a-z]+$"}}, "name"), ({"LOWER": "capital"}, "capital")),
        "the capital city of the country the adjective names",
        (("Fighting in the Libyan capital killed 23 people.", "Libyan"),),
    ),
    PlacePattern(
        "capital-of-name",
        (({"LOWER": "capital"}, "capital"), ({"LOWER": "of"}, None), (_NAME, "name")),
        "the capital city of the country named",
        (("Protesters gathered in the capital of Kenya on Monday.", "Kenya"),),
    ),
    PlacePattern(
        "distance-from",
        (
            ({"LIKE_NUM": True}, None),
            ({"LOWER": {"IN": sorted(DISTANCE_UNITS)}}, None),
            ({"LOWER": {"IN": sorted(DIRECTION_WORDS | {"-"})}, "OP": "*"}, None),
            ({"LOWER": {"IN": ["of", "from"]}}, "near"),
            ({"LOWER": "the", "OP": "?"}, None),
            (_NAME, "name"),
        ),
        "the anchor town, at precision 2",
        (("The bomb went off in Dandi, 30 km north of Miranshah.", "Miranshah"),),
    ),
    PlacePattern(
        "near-name",
        (
            ({"LOWER": {"IN": sorted(NEAR_WORDS)}}, "near"),
            ({"LOWER": {"IN": ["of", "to"]}, "OP": "?"}, None),
            ({"LOWER": "the", "OP": "?"}, None),
            (_NAME, "name"),
        ),
        "the town the event was beside, at precision 2",
        (("Soldiers were ambushed near Djibo on Sunday.", "Djibo"),),
    ),
)


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> tuple[Matcher, dict[int, PlacePattern]]:
    """One matcher per vocabulary; patterns are known by their names' hashes, which outlive memory zones."""
    matcher = Matcher(vocab)
    for p in PLACE_PATTERNS:
        matcher.add(p.name, [[t for t, _ in p.tokens]], greedy="LONGEST")
    return matcher, {get_string_id(p.name): p for p in PLACE_PATTERNS}


def _aligned_matches(matcher: Matcher, doc: Doc) -> list[tuple[int, int, int, list[int]]]:
    """The matches with, for each, the pattern token each matched token stands for (spaCy's stub types the
    result as 3-tuples whatever ``with_alignments`` says)."""
    found: Any = matcher(doc, with_alignments=True)
    return list(found)


def pattern_matches(doc: Doc) -> list[tuple[str, int, int, str | None, bool, int]]:
    """(pattern, name start, name end, level hint, near, match end) for every place pattern in the doc."""
    matcher, by_name = _matcher(doc.vocab)
    rank = {p.name: k for k, p in enumerate(PLACE_PATTERNS)}
    out: list[tuple[str, int, int, str | None, bool, int]] = []
    kinds: list[int | None] = []  # the kind word each match read
    for match_id, start, end, align in _aligned_matches(matcher, doc):
        pattern = by_name[match_id]
        roles = [pattern.tokens[k][1] for k in align]
        names = [start + i for i, r in enumerate(roles) if r == "name"]
        if not names:
            continue
        n0, n1 = names[0], names[-1] + 1
        while n0 < n1 and (
            doc[n0].is_stop
            or doc[n0].lower_ in NOT_PLACE_WORDS
            or doc[n0].lower_ in PLACE_KIND_WORDS
            or not doc[n0].text[:1].isupper()
        ):
            n0 += 1
        while n1 > n0 and not doc[n1 - 1].text[:1].isupper():
            n1 -= 1
        if doc[n1 - 1].text in ("'s", "’s"):
            n1 -= 1
        if n0 >= n1 or any(doc[i].is_sent_start for i in range(n0 + 1, n1)):
            continue
        if "capital" not in roles and key_is_demonym(doc[n0:n1].text):
            continue  # "the Israeli settlement of Fadouel": a people's adjective names no place
        kind_at = next((start + i for i, r in enumerate(roles) if r == "kind"), None)
        kind = doc[kind_at].lower_ if kind_at is not None else None
        if kind_at == n1 and doc[kind_at].text[:1].isupper() and get_gazetteer().localities(doc[n0 : n1 + 1].text):
            out.append((pattern.name, n0, n1 + 1, "locality", "near" in roles, end))  # "Guatemala City"
            kinds.append(kind_at)
            continue
        prefer = PLACE_KIND_WORDS.get(kind) if kind else None
        if "part" in roles:
            # "the Sheikh Othman district of Aden": the kind word is the part's, the name after it holds the part (a
            # town, or the division a region is in: "the Metina region of Duhok")
            prefer = "division" if prefer == "admin1" else None
        elif "capital" in roles:
            prefer = "capital"
        elif kind in PLACE_KIND_EITHER_LEVEL:
            prefer = "division"
        elif kind in TOWN_PART_WORDS:
            prefer = "part"
        out.append((pattern.name, n0, n1, prefer, "near" in roles, end))
        kinds.append(kind_at)
    first: dict[tuple[int, int, int | None], int] = {}
    for m, kind_at in zip(out, kinds, strict=True):
        first[(m[1], m[2], kind_at)] = min(rank[m[0]], first.get((m[1], m[2], kind_at), len(rank)))
    return [m for m, kind_at in zip(out, kinds, strict=True) if rank[m[0]] == first[(m[1], m[2], kind_at)]]
