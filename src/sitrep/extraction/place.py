"""Place: where the event happened, from the event's own words, geocoded offline with GeoNames.

Names come from three sources: the entity tagger, the place patterns below
("the village of X", "X province", "30 km north of Y") and proper-noun runs
the gazetteer knows. Each is resolved against the report's context (the
countries its places and nationalities point to, the division named beside
a town): a "Hyderabad" in a Pakistani report is in Sindh. The event's place
is the most specific one named in its own sentences; a dateline counts only
when nothing else names a place.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..record import Place
from .gazetteer import Gazetteer, GazetteerEntry, get_gazetteer, key_is_demonym, normalise
from .lexicon import (
    DIRECTION_WORDS,
    DISTANCE_UNITS,
    FOREIGN_PARTY_WORDS,
    LOCATIVE_WORDS,
    MOVED_TO_FILLERS,
    MOVED_TO_VERBS,
    NAME_CONNECTORS,
    NAME_TRAILERS,
    NEAR_WORDS,
    NOT_PLACE_WORDS,
    PLACE_KIND_EITHER_LEVEL,
    PLACE_KIND_WORDS,
    REGION_NAMES,
    SITE_WORDS,
    TOWN_PART_WORDS,
)
from .sentences import doc_text, sentence_index
from .sentences import sentences as doc_sentences

_PLACE_LABELS = ("GPE", "LOC", "FAC")
_NAME = {"TEXT": {"REGEX": r"^([A-Z][\w'’.]*|-|de|del|la|al|el|do|da|ez|es|ed|ad|ash|az|ar|ul|du|des|di)$"}, "OP": "+"}
#: How specific each level is: the event's place is the most specific one its words support.
_SPECIFICITY = {"site": 5, "locality": 4, "admin2": 3, "admin1": 2, "country": 1}
_PRECISION = {"locality": 1, "admin2": 2, "admin1": 3, "country": 3}


@dataclass(frozen=True)
class PlacePattern:
    """A place pattern as data: its name, its spaCy ``Matcher`` tokens with the role of each, an example.

    Roles: ``name`` (the place's name), ``kind`` (a word of PLACE_KIND_WORDS that says its level),
    ``near`` (the event is beside the place, precision 2), or ``None``.
    """

    name: str
    tokens: tuple[tuple[dict[str, Any], str | None], ...]
    yields: str
    examples: tuple[tuple[str, str], ...]  # (sentence, the name the pattern takes from it)


PLACE_PATTERNS: tuple[PlacePattern, ...] = (
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


@dataclass(frozen=True)
class Toponym:
    """A place mention and where the gazetteer puts it (``sitrep.geoparse`` returns these)."""

    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    country: str | None
    geonameid: int | None
    feature_code: str | None
    name: str | None = None
    level: str | None = None
    admin1: str | None = None


@dataclass(frozen=True)
class PlaceMention:
    """A place name in the text and what the gazetteer makes of it."""

    start: int
    end: int
    sentence: int
    text: str
    entry: GazetteerEntry | None
    site: bool = False
    #: the event is beside the place ("near Y", "30 km north of Y"): precision 2
    near: bool = False
    #: the word before the name ("in", "from"), lower-case
    before: str = ""
    dateline: bool = False
    #: where the words of the mention end, its kind word included ("Kunar province")
    extent_end: int = -1
    #: a town read from a site's name ("Islamabad International Airport"): taken after towns named as such
    weak: bool = False
    #: a country named as a modifier ("the U.S. embassy in Guatemala City"): not where the event is
    modifier: bool = False
    #: a place people or things were moved to ("diverted to Y", "taken to hospital in Y"): not where the event is
    moved: bool = False

    @property
    def away(self) -> bool:
        """Named as where people came from or were taken to, not where the event is."""
        return self.before == "from" or self.moved


@dataclass(frozen=True)
class _Candidate:
    start: int  # token offsets
    end: int
    source: str  # "pattern", "ner", "run"
    prefer: str | None = None
    near: bool = False


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
    out: list[tuple[str, int, int, str | None, bool, int]] = []
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
        kind_at = next((start + i for i, r in enumerate(roles) if r == "kind"), None)
        kind = doc[kind_at].lower_ if kind_at is not None else None
        if kind_at == n1 and doc[kind_at].text[:1].isupper() and get_gazetteer().localities(doc[n0 : n1 + 1].text):
            out.append((pattern.name, n0, n1 + 1, "locality", "near" in roles, end))  # "Guatemala City"
            continue
        prefer = PLACE_KIND_WORDS.get(kind) if kind else None
        if "capital" in roles:
            prefer = "capital"
        elif kind in PLACE_KIND_EITHER_LEVEL:
            prefer = "division"
        elif kind in TOWN_PART_WORDS:
            prefer = "part"
        out.append((pattern.name, n0, n1, prefer, "near" in roles, end))
    return out


def _clean(text: str) -> str:
    """The name without 'the', a direction or an adjective before it, unless the whole is a name
    ('South Sudan', 'Central Equatoria' stay whole; 'northern Mali' is Mali)."""
    whole = re.sub(r"('s|’s)$", "", re.sub(r"^the\s+", "", text.strip(), flags=re.I)).strip(" ,.")
    if whole and (get_gazetteer().country_of(whole) or get_gazetteer().lookup(whole)):
        return whole
    return _strip_words(text)


def _strip_words(text: str) -> str:
    text = re.sub(
        r"^(the|central|northern|southern|eastern|western|north|south|east|west|downtown|"
        r"northwestern|northeastern|southwestern|southeastern|north-western|north-eastern|"
        r"south-western|south-eastern|restive|troubled|neighbouring|neighboring)\s+",
        "",
        text.strip(),
        flags=re.I,
    )
    return re.sub(r"('s|’s)$", "", text).strip(" ,.")


def _dateline_end(text: str) -> int:
    """Where a dateline ends: 'BAMAKO, Mali (Reuters) -', 'CHILE.' at the top; 0 when there is none."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


_DATELINE = re.compile(
    r"\s*([A-Z][A-Z'’-]+(?:[ /][A-Z][A-Z'’-]+)*)((?:,\s*[A-Z][\w .]*?){0,2})(\s*\([^)]{1,40}\))?\s*"
    r"(—|–|-|:|\.(?=\s))"
)


def _dateline_mention(doc: Doc, gaz: Gazetteer, countries: list[str]) -> PlaceMention | None:
    """The dateline's place ('CHILE.', 'BAGHDAD (Reuters) -'): the event's place only when no other is named."""
    m = _DATELINE.match(doc_text(doc))
    if m is None:
        return None
    name = m.group(1)
    entry = gaz.country(name) or next(iter(gaz.ranked(name.title(), countries, [])), None)
    if entry is None or len(name) < 3:
        return None
    return PlaceMention(m.start(1), m.end(1), 0, name, entry, dateline=True, extent_end=m.end(1))


def country_context(doc: Doc) -> tuple[list[str], list[str]]:
    """The countries (most mentioned first) and first-level regions the report names or implies."""
    gaz = get_gazetteer()
    countries: Counter[str] = Counter()
    admin1s: list[str] = []
    text = doc_text(doc)
    top = _dateline_end(text)
    if top:
        head = text[:top].split("(")[0].strip(" .-—–:")
        code = next((c for c in (gaz.country_of(_clean(part)) for part in head.split(",")) if c), None)
        if code:
            countries[code] += 3
    for ent in doc.ents:
        if ent.label_ == "ORG":
            # "Kenya Defence Forces", "Kenya Red Cross Society": a country at the head of a body's name
            code = next(
                (
                    gaz.country_of(ent[:k].text)
                    for k in (1, 2)
                    if k < len(ent) and gaz.country(ent[:k].text) is not None
                ),
                None,
            )
            if code:
                countries[code] += 1
            continue
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        cleaned = _clean(ent.text)
        code = gaz.country_of(cleaned)
        if code and ent.label_ != "NORP" and any(e.country != code for e in gaz.admin1_candidates(cleaned)):
            continue  # "Georgia": the state or the country, as the report's other places say
        if code:
            last = ent[-1]
            modifier = last.dep_ in ("compound", "amod") and last.head.i > last.i and last.head.pos_ == "NOUN"
            countries[code] += 0 if modifier and ent.label_ != "NORP" else 2  # not "the U.S. Consulate"
            continue
        if ent.label_ == "NORP":
            continue
        regions = {e.country for e in gaz.admin1_candidates(cleaned) if not e.alternate}
        if len(regions) == 1:
            region = gaz.admin1(cleaned)
            assert region is not None
            admin1s.append(region.name)
            countries[region.country or ""] += 1
    for tok, code in _untagged_demonyms(doc):
        countries[code] += 0 if tok.head.lower_ in FOREIGN_PARTY_WORDS else 2
    countries.pop("", None)
    return [c for c, _ in countries.most_common()], admin1s


def _untagged_demonyms(doc: Doc) -> list[tuple[Token, str]]:
    """Nationality words the tagger left untagged ('the Burkinabe army')."""
    gaz = get_gazetteer()
    out = []
    for tok in doc:
        if not tok.ent_type_ and tok.is_title and tok.pos_ in ("ADJ", "PROPN") and key_is_demonym(tok.text):
            code = gaz.country_of(tok.text)
            if code:
                out.append((tok, code))
    return out


def _name_like(tok: Token) -> bool:
    # the tagger calls a town at the start of a sentence an adjective ("Albuquerque police")
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or (bool(tok.is_sent_start) and tok.pos_ in ("ADJ", "NOUN")))


def _candidates(doc: Doc) -> list[_Candidate]:
    """Spans that may name places, patterns first: a pattern's span wins over a tagger's span it overlaps."""
    out: list[_Candidate] = []
    taken = [False] * len(doc)

    def add(c: _Candidate) -> None:
        if any(taken[c.start : c.end]):
            return
        for i in range(c.start, c.end):
            taken[i] = True
        out.append(c)

    for _name, n0, n1, prefer, near, _end in pattern_matches(doc):
        add(_Candidate(n0, n1, "pattern", prefer, near))
    persons = {normalise(e.text) for e in doc.ents if e.label_ == "PERSON"}
    surnames = {normalise(e[-1].text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    for ent in doc.ents:
        if (
            ent.label_ in _PLACE_LABELS
            and normalise(ent.text) in surnames
            and not (ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVE_WORDS)
        ):
            continue  # "Mehmet Yasar Turan ... Turan was unhurt"
        if ent.label_ == "NORP" and get_gazetteer().country(ent.text) is not None:
            add(_Candidate(ent.start, ent.end, "ner"))  # "the President of Tajikistan", tagged as a people
        elif ent.label_ in _PLACE_LABELS and any(t.text in (",", "(", ")") for t in ent):
            # "Gogounou (Gogounou, Alibori": the tagger's span holds a town and its divisions
            k = ent.start
            for cut in [t.i for t in ent if t.text in (",", "(", ")")] + [ent.end]:
                if cut > k:
                    add(_Candidate(k, cut, "ner"))
                k = cut + 1
        elif ent.label_ in _PLACE_LABELS:
            start = ent.start
            while start < ent.end and doc[start].lower_ in ("the",):
                start += 1
            end = next((k for k in range(start, ent.end) if doc[k].lower_ in SITE_WORDS), ent.end)
            if end < ent.end and end - start == 0:
                continue  # "the Pars Hotel": a site, found as one below
            if start < end and end < ent.end:
                # "Islamabad International Airport": the town is the longest start of the name that is a town
                end = next(
                    (
                        k
                        for k in range(end, start, -1)
                        if any(
                            e.level == "locality" and not e.alternate for e in get_gazetteer().lookup(doc[start:k].text)
                        )
                    ),
                    start,
                )
                if end > start:
                    add(_Candidate(start, end, "site-town"))
            elif start < end:
                add(_Candidate(start, _extend(doc, start, end), "ner"))
    i = 0
    while i < len(doc):
        tok = doc[i]
        prev = doc[i - 1].lower_ if i > 0 else ""
        # "Kiganjo estate, Thika", "Puli Alam city, Logar": after a place and its kind word
        back = i - 3 if i >= 3 and doc[i - 2].lower_ in PLACE_KIND_WORDS else i - 2
        after_place = prev in (",", "(") and back >= 0 and taken[back]
        located = (
            (prev in LOCATIVE_WORDS and not (prev == "of" and tok.ent_type_ == "PERSON"))
            or (prev in (",", "(") and tok.ent_type_ not in ("PERSON", "ORG"))
            or after_place
            or (_name_like(tok) and _before_place(doc, i))
        )
        division_only = prev in (",", "(") and tok.ent_type_ == "ORG"  # "in Joao Pessoa, Paraiba"
        if (
            taken[i]
            or not _name_like(tok)
            or tok.ent_type_ in ("NORP", "TIME", "CARDINAL")
            # "in Bihac", tagged as a date: a name after a preposition that is no month or day
            or (tok.ent_type_ == "DATE" and (prev not in LOCATIVE_WORDS or tok.lower_ in NOT_PLACE_WORDS))
            or (tok.ent_type_ == "PERSON" and not located and not division_only)
        ):
            i += 1
            continue
        j = i + 1
        while (
            j < len(doc)
            and j - i < 6
            and not taken[j]
            and not doc[j].is_sent_start
            and (_name_like(doc[j]) or _joins(doc, j))
        ):
            j += 1
        person = normalise(doc[i:j].text) in persons | surnames and not any(
            e.population >= 100_000 for e in get_gazetteer().localities(_clean(doc[i:j].text)) if not e.alternate
        )
        if (
            not person
            or prev in LOCATIVE_WORDS
            or division_only
            or (located and normalise(doc[i:j].text) not in surnames)
        ):
            for end in range(j, i, -1):  # the longest name the gazetteer knows: "Lashkar Gah police"
                found = get_gazetteer().lookup(_clean(doc[i:end].text)) if doc[end - 1].text != "-" else ()
                if division_only:
                    found = tuple(e for e in found if e.level in ("admin1", "admin2"))
                if found:
                    # a name the tagger calls a body ("the Copenhagen manager of El Al") is a town of the report
                    source = "org-run" if tok.ent_type_ == "ORG" and not located and not division_only else "run"
                    out.append(_Candidate(i, end, source, "division" if division_only else None))
                    break
            else:
                # "Awami League at Bagerhat": a run joined by a small word that names nothing reads on after it
                small = next((k for k in range(i + 1, j) if doc[k].lower_ in NAME_CONNECTORS), None)
                if small is not None:
                    j = small + 1
        i = j
    return out


def _run_end(doc: Doc, i: int) -> int:
    j = i + 1
    while j < len(doc) and j - i < 6 and not doc[j].is_sent_start and (_name_like(doc[j]) or _joins(doc, j)):
        j += 1
    return j


def _before_place(doc: Doc, i: int) -> bool:
    """'Lashkar Gah, Helmand, Afghanistan', 'Ban Yon, Pattani, Thailand': a name in a comma chain that ends in
    a place the tagger or the gazetteer knows as a division or country is a place, whatever the tagger says."""
    gaz = get_gazetteer()
    for _hop in range(3):
        j = _run_end(doc, i)
        if j + 1 >= len(doc) or doc[j].text != "," or not _name_like(doc[j + 1]):
            return False
        i = j + 1
        if doc[i].ent_type_ in ("GPE", "LOC") or gaz.country(doc[i : _run_end(doc, i)].text) is not None:
            return True
    return False


def _joins(doc: Doc, j: int) -> bool:
    """A hyphen or small word inside a name: 'Bobo-Dioulasso', 'San Jose del Monte'."""
    if j + 1 >= len(doc):
        return False
    nxt = doc[j + 1]
    if doc[j].text == "-" and not doc[j].whitespace_:
        # 'Bobo-Dioulasso', 'Deir-ez-Zor'
        return _name_like(nxt) or (nxt.lower_ in NAME_CONNECTORS and j + 2 < len(doc) and doc[j + 2].text == "-")
    if doc[j].lower_ not in NAME_CONNECTORS:
        return False
    return _name_like(nxt) or (nxt.text == "-" and not nxt.whitespace_ and j + 2 < len(doc) and _name_like(doc[j + 2]))


def _extend(doc: Doc, start: int, end: int) -> int:
    """A tagger's span cut short of the name the gazetteer knows ('San Jose' of 'San Jose del Monte')."""
    best, j = end, end
    while j < len(doc) and j - start < 7 and (_name_like(doc[j]) or _joins(doc, j)) and not doc[j].is_sent_start:
        j += 1
        if (
            doc[j - 1].text != "-"
            and doc[j - 1].lower_ not in NAME_CONNECTORS
            and get_gazetteer().lookup(_clean(doc[start:j].text))
        ):
            best = j
    return best


def _rejected(text: str) -> bool:
    key = normalise(text)
    return not key or key in REGION_NAMES or key in NOT_PLACE_WORDS or key in PLACE_KIND_WORDS or key in SITE_WORDS


def _rejected_candidate(doc: Doc, c: _Candidate) -> bool:
    """A name that is no place; a region's name with a division's kind word is one ('Sahel province')."""
    text = _clean(doc[c.start : c.end].text)
    if c.source == "pattern" and c.prefer in ("admin1", "admin2", "division") and normalise(text) in REGION_NAMES:
        return False
    return _rejected(text)


def _vote_countries(gaz: Gazetteer, names: list[str]) -> list[str]:
    """Without a country named, the one country that two or more of the report's names are most likely in
    ('Kakuma', 'Turkana'). Each name gives each country its share of the name's largest place, so
    'London' speaks for Britain, not for its namesakes in Ontario and Kentucky."""
    names_of: Counter[str] = Counter()
    credit: defaultdict[str, float] = defaultdict(float)
    for name in set(names):
        seen: dict[str, int] = {}
        for e in gaz.lookup(name):
            if e.country and not (e.alternate and e.level == "locality"):
                size = e.population + (50_000 if e.level != "locality" else 1000)
                seen[e.country] = max(seen.get(e.country, 0), size)
        top = max(seen.values(), default=0)
        for c, size in seen.items():
            names_of[c] += 1
            credit[c] += size / top if top else 0
    ranked = sorted(credit, key=lambda c: credit[c], reverse=True)
    if not ranked or names_of[ranked[0]] < 2 or credit[ranked[0]] < 1.2:
        return []
    return [ranked[0]]


def _with_direction(doc: Doc, gaz: Gazetteer, c: _Candidate) -> _Candidate:
    """'Central Equatoria', 'North Waziristan': a capitalised direction word the tagger left out, when the
    gazetteer knows the name with it (the name without it is another place, or none)."""
    if c.start == 0:
        return c
    word = doc[c.start - 1]
    if not word.is_title or word.lower_ not in DIRECTION_WORDS | {"central", "upper", "lower"}:
        return c
    return replace(c, start=c.start - 1) if gaz.lookup(_clean(doc[c.start - 1 : c.end].text)) else c


def find_places(doc: Doc) -> list[PlaceMention]:
    """Every place name the gazetteer knows, and every site, in text order."""
    gaz = get_gazetteer()
    countries, admin1s = country_context(doc)
    text = doc_text(doc)
    top = _dateline_end(text)
    cands = sorted(
        (_with_direction(doc, gaz, c) for c in _candidates(doc) if not _rejected_candidate(doc, c)),
        key=lambda c: c.start,
    )
    named = bool(countries)
    implied = named and not _names_a_country(doc, gaz)
    if not countries:
        countries = _vote_countries(gaz, [_clean(doc[c.start : c.end].text) for c in cands])
    resolved: list[tuple[_Candidate, str, GazetteerEntry | None]] = []
    for c in cands:
        span = doc[c.start : c.end]
        name = _clean(span.text)
        entry = _resolve(gaz, doc, c, name, span.text, countries, admin1s, named, implied)
        if entry is None and c.source == "pattern" and c.end - c.start > 1 and doc[c.end - 1].lower_ in NAME_TRAILERS:
            # "Lakshmipur Sadar upazila", "Nyamira North district": the name without its last word
            name = _clean(doc[c.start : c.end - 1].text)
            entry = _resolve(gaz, doc, c, name, name, countries, admin1s, named, implied)
        if entry is None and c.source != "run" and re.search(r"\s+city$", name, re.I):
            entry = _resolve(
                gaz, doc, c, re.sub(r"\s+city$", "", name, flags=re.I), name, countries, admin1s, named, implied
            )
        if c.source in ("run", "org-run") and entry is None:
            continue
        resolved.append((c, name, entry))
    regions = _region_votes(gaz, resolved) or _region_support(gaz, resolved, countries)
    if regions:
        # the report's region ("Georgia", or most of its towns' state) settles its ambiguous town names
        region_country, region = regions
        more = [*admin1s, region]
        ctx = countries if countries else [region_country]
        resolved = [
            (c, name, _resolve(gaz, doc, c, name, name, ctx, more, True) if len(gaz.lookup(name)) > 1 else entry)
            for c, name, entry in resolved
        ]
    resolved = _resolve_pairs(gaz, doc, resolved)
    out: list[PlaceMention] = []
    for c, name, entry in resolved:
        span = doc[c.start : c.end]
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        before = doc[c.start - 1].lower_ if c.start > 0 else ""
        kind_after = c.end < len(doc) and (
            doc[c.end].lower_ in PLACE_KIND_WORDS or (c.prefer == "capital" and doc[c.end].lower_ == "capital")
        )
        extent = doc[c.start : c.end + (1 if c.prefer and kind_after else 0)]
        out.append(
            PlaceMention(
                start,
                start + len(_strip_possessive(span.text)),
                sentence_index(doc, c.start),
                entry.name if c.prefer == "capital" and entry is not None else name,
                entry,
                near=c.near,
                before=before,
                dateline=span.start_char < top or _byline(doc, c),
                extent_end=extent.end_char,
                weak=c.source in ("site-town", "org-run"),
                modifier=entry is not None and entry.level == "country" and _modifies(doc, c),
                moved=_moved_to(doc, c.start),
            )
        )
    dated = _dateline_mention(doc, gaz, countries)
    if dated is not None and not any(p.start == dated.start and p.entry is not None for p in out):
        out = [p for p in out if p.start != dated.start] + [dated]
    for start, end, s_index, site_text in find_sites(doc):
        if any(p.start <= start < p.end and p.entry is not None and p.entry.level == "locality" for p in out):
            continue
        out.append(PlaceMention(start, end, s_index, site_text, None, site=True, extent_end=end))
    out.sort(key=lambda p: p.start)
    return out


def _moved_to(doc: Doc, start: int) -> bool:
    """'diverted to Misrata', 'taken to a hospital in Kano', 'fled to Chad': a place people were moved to."""
    k = start - 1
    while k > 0 and start - k <= 5 and doc[k].lower_ in MOVED_TO_FILLERS and not doc[k].is_sent_start:
        k -= 1
    return k > 0 and doc[k].lower_ == "to" and doc[k - 1].lemma_.lower() in MOVED_TO_VERBS


def _byline(doc: Doc, c: _Candidate) -> bool:
    """'By our correspondent, Gusau': where the writer is, like a dateline."""
    sent = doc_sentences(doc)[sentence_index(doc, c.start)]
    return sent[0].lower_ == "by" and len(sent) <= 12 and sent.start < 60


def _modifies(doc: Doc, c: _Candidate) -> bool:
    last = doc[c.end - 1]
    return (
        last.dep_ in ("compound", "amod", "nmod", "poss")
        and last.head.i >= c.end
        and last.head.pos_ in ("NOUN", "PROPN")
    )


def _resolve_pairs(
    gaz: Gazetteer, doc: Doc, resolved: list[tuple[_Candidate, str, GazetteerEntry | None]]
) -> list[tuple[_Candidate, str, GazetteerEntry | None]]:
    """'Kakuma, Turkana', 'Gogounou (Gogounou, Alibori)', 'Tarin Kot, Uruzgan': a place and the division or
    country named just after it are read together, as the pair that fits. A part of a town named before
    its town ('Model Town neighborhood, Lahore', 'Wazir Akbar Khan, Kabul') gives way to the town."""
    out = list(resolved)
    for k, (c, name, entry) in enumerate(out):
        if entry is not None and entry.level not in ("locality", "admin2"):
            continue
        for m in range(k + 1, min(k + 3, len(out))):
            c2, name2, entry2 = out[m]
            gap = doc[c.end : c2.start]
            if (
                not gap
                or len(gap) > 3
                or not all(
                    t.text in (",", "(", "-")
                    or t.lower_ in PLACE_KIND_WORDS
                    or (t.lower_ in ("of", "the") and c.prefer is not None)
                    for t in gap
                )
            ):
                break  # "the Laleli district of Istanbul" reads on
            if c.prefer == "part" and entry2 is not None and entry2.level == "locality":
                out[k] = (c, name, None)  # "Konak neighborhood, Izmir": the town it is a part of
                break
            best = None
            country = gaz.country(name2)
            outers = ([country] if country is not None else []) + [
                e for e in gaz.lookup(name2) if e.level in ("admin1", "admin2")
            ]
            for outer in outers:
                for inner in gaz.lookup(name):
                    if (
                        inner.level in ("locality", "admin2")
                        and inner is not outer
                        and (
                            _within(inner, outer)
                            or (
                                outer.level == "admin2"
                                and inner.level == "locality"
                                and inner.admin1 == outer.admin1
                                and inner.country == outer.country
                            )
                        )
                    ):
                        key = (
                            inner.level == "locality",
                            not inner.alternate,
                            outer.level == "admin1",
                            inner.population,
                        )
                        if best is None or key > best[0]:
                            best = (key, inner, outer)
            if best is not None:
                out[k] = (c, name, best[1])
                if entry2 is None or entry2.level == "locality" or entry2.country != best[2].country:
                    out[m] = (c2, name2, best[2])
                break
            if (
                entry is not None
                and outers
                and entry.country not in {o.country for o in outers}
                and (entry.population < 100_000 or entry.alternate)
            ):
                out[k] = (c, name, None)  # "Fino Town, Mandera County": not the Fino of another country
                break
            town = entry2 if entry2 is not None and entry2.level == "locality" else None
            if town is not None and entry is not None and entry.level == "locality" and any(t.text == "(" for t in gap):
                if entry.country != town.country or _km(entry, town) > 50:
                    out[m] = (c2, name2, None)  # "Panama City (Bella Vista)": a part of the town, not a namesake
                break
            part_of = any(t.lower_ == "of" for t in gap)  # "the Laleli district of Istanbul"
            elsewhere = entry is not None and (
                entry.country != (town.country if town else None) or (town is not None and _km(entry, town) > 50)
            )
            if town is not None and (c.prefer == "part" or part_of or elsewhere):
                out[k] = (c, name, None)  # a part of a town, or a namesake far away, is that town's
            break
    return out


def _region_votes(
    gaz: Gazetteer, resolved: list[tuple[_Candidate, str, GazetteerEntry | None]]
) -> tuple[str, str] | None:
    """The first-level region most of the report's places are in, when they agree: a name that can be in
    one region only counts most ("Decatur" is in several states, "Gwinnett County" in one)."""
    votes: Counter[tuple[str, str]] = Counter()
    for _c, name, entry in resolved:
        if entry is not None and entry.admin1 and entry.country and entry.level != "country":
            regions = {(e.country, e.admin1) for e in gaz.lookup(name) if e.level != "country"}
            weight = 4 if len(regions) == 1 else 1  # in half votes: a name of one region counts 2, else 1/2
            votes[(entry.country, entry.admin1)] += weight * (2 if entry.level == "admin1" else 1)
    if not votes:
        return None
    (top, n), *rest = votes.most_common(2)
    if n < 4 or (rest and rest[0][1] == n):
        return None
    return top


def _names_a_country(doc: Doc, gaz: Gazetteer) -> bool:
    """Whether the report names a country or a first-level region itself, not only nationalities and bodies."""
    if _dateline_end(doc_text(doc)):
        return True
    return any(
        ent.label_ in ("GPE", "LOC") and (gaz.country(_clean(ent.text)) is not None or gaz.admin1(_clean(ent.text)))
        for ent in doc.ents
    )


def _region_support(
    gaz: Gazetteer, resolved: list[tuple[_Candidate, str, GazetteerEntry | None]], countries: list[str]
) -> tuple[str, str] | None:
    """The first-level region that most of the report's ambiguous names can all be in, when a county or the
    region itself is among them ('Paris' and 'Henry County' are both in Tennessee), or three names are: a
    local paper's towns agree with each other. Ties go to the region of the larger places."""
    support: Counter[tuple[str, str]] = Counter()
    strong: set[tuple[str, str]] = set()
    size: Counter[tuple[str, str]] = Counter()
    names = {name for _c, name, entry in resolved if entry is not None and entry.level != "country"}
    for name in names:
        regions: dict[tuple[str, str], int] = {}
        for e in gaz.lookup(name):
            if e.level == "country" or not e.admin1 or not e.country or e.alternate:
                continue
            if countries and e.country not in countries:
                continue
            key = (e.country, e.admin1)
            regions[key] = max(regions.get(key, 0), e.population)
            if e.level in ("admin1", "admin2"):
                strong.add(key)
        for key, population in regions.items():
            support[key] += 1
            size[key] += population
    ranked = sorted(support, key=lambda k: (support[k], size[k]), reverse=True)
    if not ranked:
        return None
    top = ranked[0]
    if support[top] >= 3 or (support[top] >= 2 and top in strong):
        return top
    return None


def _strip_possessive(text: str) -> str:
    return re.sub(r"('s|’s)$", "", text.rstrip())


def _resolve(
    gaz: Gazetteer,
    doc: Doc,
    c: _Candidate,
    name: str,
    raw: str,
    countries: list[str],
    admin1s: list[str],
    named: bool = False,
    implied: bool = False,
) -> GazetteerEntry | None:
    """The place a candidate names, or None; a proper-noun run must be a town of the report's countries."""
    if c.prefer == "capital":
        code = gaz.country_of(name)
        return gaz.capital(code) if code else None
    country = gaz.country(name)
    if country is not None and countries and country.country not in countries:
        region = next((e for e in gaz.admin1_candidates(name) if e.country == countries[0]), None)
        if region is not None:
            return region  # "Georgia" in a report about places in the United States
    if country is not None:
        return country if c.source != "run" or len(name) > 3 else None
    prefer: Literal["locality", "admin1", "admin2"] | None = (
        "locality"
        if c.prefer in ("locality", "part")
        else "admin1"
        if c.prefer == "admin1"
        else "admin2"
        if c.prefer == "admin2"
        else None
    )
    ranked = gaz.ranked(name, countries, admin1s, prefer, named, implied=implied and c.source in ("ner", "pattern"))
    if c.prefer == "division":
        ranked = [e for e in ranked if e.level in ("admin1", "admin2")] or ranked
    if not ranked:
        return None
    if c.source == "site-town":
        # "Garden City Mall in Nairobi": a town read from a site's name is one of the report's countries
        ranked = [e for e in ranked[:3] if e.country in countries or (not countries and e.population >= 100_000)]
        if not ranked:
            return None
    if c.source in ("run", "org-run"):
        prev = doc[c.start - 1].lower_ if c.start > 0 else ""
        placed = prev in LOCATIVE_WORDS | {",", "("}  # "in X", "Puli Alam city, Logar", "(Boundore, Yagha)"

        def plausible(e: GazetteerEntry) -> bool:
            if c.source == "org-run":
                return e.level == "locality" and not e.alternate and e.country in countries and e.population >= 20_000
            if e.level != "locality":
                return e.country in countries or (not countries and placed and not e.alternate)
            if e.alternate and not (placed and e.country in countries):
                return False
            return e.country in countries or (not countries and (e.population >= 100_000 or placed))

        ranked = [e for e in ranked[:3] if plausible(e)]
        if not ranked:
            return None
    best = ranked[0]
    if raw != name and best.level == "locality" and best.country not in countries and best.population < 50_000:
        return None  # "West Side" is not the town of Side
    if c.source == "ner" and best.alternate and best.country not in countries and best.population < 100_000:
        return None
    if best.alternate and countries and best.country not in countries and c.source != "ner":
        return None  # "the Kali forest" in a report about Burkina Faso is not Cali, whose other name it is
    return best


def find_sites(doc: Doc) -> list[tuple[int, int, int, str]]:
    """Named buildings and landmarks: proper-noun runs that contain or end in a site word."""
    out: list[tuple[int, int, int, str]] = []
    for s_index, sent in enumerate(doc_sentences(doc)):
        i = sent.start
        while i < sent.end:
            if doc[i].pos_ != "PROPN" or (doc[i].is_sent_start and doc[i].ent_type_ == ""):
                i += 1
                continue
            j = i
            while j < sent.end and (doc[j].pos_ == "PROPN" or doc[j].text in ("-",)):
                j += 1
            end = j
            if end < sent.end and doc[end].lower_ in SITE_WORDS and doc[end].pos_ == "NOUN":
                end += 1
            words = {t.lower_ for t in doc[i:end]}
            if words & SITE_WORDS and not words & _NOT_SITE and end - i >= 2:
                span = doc[i:end]
                out.append((span.start_char, span.end_char, s_index, span.text))
            i = max(j, i + 1)
    return out


_NOT_SITE = frozenset({"operation", "army", "police", "government", "ministry", "taliban"})


def find_toponyms(doc: Doc) -> list[Toponym]:
    """Every place mention of a parsed document that the gazetteer resolves, in text order."""
    out = []
    for p in find_places(doc):
        e = p.entry
        if e is None:
            continue
        out.append(
            Toponym(
                start=p.start,
                end=p.end,
                text=doc_text(doc)[p.start : p.end],
                lat=e.lat,
                lon=e.lon,
                country=e.country,
                geonameid=e.gazetteer_id,
                feature_code=e.feature_code,
                name=e.name,
                level=e.level,
                admin1=e.admin1,
            )
        )
    return out


def _rank(p: PlaceMention) -> tuple[bool, float, bool, int]:
    """Within a sentence: the most specific place the event is in, not one it came from."""
    level = "site" if p.site else (p.entry.level if p.entry else "")
    return (
        p.away,
        -_SPECIFICITY.get(level, 0) + (1.5 if p.weak else 0),
        p.before not in ("in", "at", "near", "outside", "inside"),
        p.start,
    )


def _within(inner: GazetteerEntry, outer: GazetteerEntry) -> bool:
    if inner.country != outer.country:
        return False
    if outer.level == "admin1":
        return inner.level in ("admin2", "locality") and inner.admin1 == outer.admin1
    if outer.level == "admin2":
        return inner.level == "locality" and inner.admin2 == outer.name
    return outer.level == "country" and inner.level != "country"


def _km(a: GazetteerEntry, b: GazetteerEntry | None) -> float:
    if b is None or a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.0
    r = math.pi / 180
    h = (
        math.sin((b.lat - a.lat) * r / 2) ** 2
        + math.cos(a.lat * r) * math.cos(b.lat * r) * math.sin((b.lon - a.lon) * r / 2) ** 2
    )
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def event_place(
    places: list[PlaceMention], sentences: list[int], doc: Doc, focus: list[int] | None = None
) -> Place | None:
    """The event's place: the most specific one its own sentences name (its figures' first, then its lead).

    A place named only as where people came from, or in the dateline, counts when nothing else is named.
    """
    # the lead and the sentences of the event's figures, in text order, then its other sentences
    order = list(dict.fromkeys([*sorted(set(focus or []) | set(sentences[:3])), *sentences]))
    placed = [p for p in places if p.entry is not None and not p.dateline and not p.modifier]
    dated_country = next(
        (p.entry.country for p in places if p.dateline and p.entry is not None and p.entry.level == "country"), None
    )
    if dated_country is not None:
        # "CHILE. ...": a coder's country dateline says where; places named in other countries are not it
        placed = [p for p in placed if p.entry is not None and p.entry.country == dated_country]
    best: PlaceMention | None = None
    for s in order:
        here = sorted((p for p in placed if p.sentence == s), key=_rank)
        if here and not (
            here[0].away and best is None and len(here) == 1 and s != order[-1] and any(p.sentence != s for p in placed)
        ):
            best = here[0]
            break
    if best is None:
        # nothing but the dateline, or a country named in passing ("Pakistan's army"): the dateline first
        dated = sorted((p for p in places if p.entry is not None), key=lambda p: (not p.dateline, p.start))
        best = dated[0] if dated else None
    if best is not None and best.entry is not None and best.entry.level != "locality":
        # a country or a division in the lead: a town in it named later in the report is where
        rest = [k for k in range(len(doc_sentences(doc))) if k not in order]
        for s in order + rest:
            finer = sorted(
                (
                    p
                    for p in placed
                    if p.sentence == s and p.entry is not None and not p.away and _within(p.entry, best.entry)
                ),
                key=_rank,
            )
            if finer:
                best = finer[0]
                break
    if best is not None and best.entry is not None and not best.near:
        # "in Dandi, 30 km north of Miranshah": a town the gazetteer puts far from its anchor is another town
        anchor = next(
            (
                p
                for p in placed
                if p.near and p.sentence == best.sentence and p.entry is not None and p.entry.level == "locality"
            ),
            None,
        )
        if anchor is not None and (best.entry.level != "locality" or _km(best.entry, anchor.entry) > 100):
            best = anchor
    # a site named in the event's first sentences is placed at its town ("the Lal Masjid in Islamabad")
    sites = sorted(
        (p for p in places if p.site and p.sentence in order[:3]), key=lambda p: (order.index(p.sentence), p.start)
    )
    site = sites[0] if sites else None
    if site is not None and (best is None or best.entry is None or best.entry.level != "locality"):
        # its town: one named in its sentence, else the report's first town in the region found (the
        # dateline's too: "ISLAMABAD - ... cleared the Red Mosque")
        towns = [p for p in places if p.entry is not None and p.entry.level == "locality" and not p.modifier]
        town = next((p for p in towns if p.sentence == site.sentence and p.start > site.start), None) or next(
            (
                p
                for p in towns
                if best is None or best.entry is None or (p.entry is not None and _within(p.entry, best.entry))
            ),
            None,
        )
        best = town or best
    if best is None or best.entry is None:
        # no place the gazetteer knows: the country the report's nationalities and bodies name ("Kenyan police")
        implied = _implied_country(doc)
        if site is not None:
            return Place(
                name=site.text,
                site=site.text,
                country=implied[0].country if implied else None,
                geo_precision=3 if implied else None,
                evidence=[(site.start, site.end)] + ([implied[1]] if implied else []),
            )
        if implied is None:
            return None
        best = PlaceMention(*implied[1], 0, implied[0].name, implied[0])
    e = best.entry
    if e is None:
        return None
    precision = _PRECISION.get(e.level, 3)
    if best.near and precision == 1:
        precision = 2
    evidence = [(best.start, best.extent_end if best.extent_end > best.start else best.end)]
    if site is not None:
        evidence.insert(0, (site.start, site.end))
    return Place(
        name=site.text if site is not None else best.text,
        site=site.text if site is not None else None,
        locality=e.name if e.level == "locality" else None,
        admin1=e.admin1 if e.level in ("locality", "admin2", "admin1") else None,
        country=e.country,
        lat=round(e.lat, 4) if e.lat is not None else None,
        lon=round(e.lon, 4) if e.lon is not None else None,
        geo_precision=precision,
        gazetteer_id=e.gazetteer_id,
        evidence=evidence,
    )


def _implied_country(doc: Doc) -> tuple[GazetteerEntry, tuple[int, int]] | None:
    """The one country the report's nationalities and bodies point to ('Kenyan police', 'Kenya Red Cross'),
    with its first mention; None when they point to none or to several alike."""
    gaz = get_gazetteer()
    seen: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for ent in doc.ents:
        head = ent.root.head if ent.root.head.i >= ent.end else ent.root
        if head.lower_ in FOREIGN_PARTY_WORDS:
            continue  # "French forces", "the U.S. embassy": a foreign party, not the country where
        if ent.label_ == "NORP":
            code = gaz.country_of(ent.text)
        elif ent.label_ == "ORG":
            code = next(
                (gaz.country_of(ent[:k].text) for k in (1, 2) if k < len(ent) and gaz.country_of(ent[:k].text)), None
            )
        else:
            continue
        if code:
            seen[code] += 1
            first.setdefault(code, (ent.start_char, ent.end_char))
    for tok, code in _untagged_demonyms(doc):
        if tok.head.lower_ not in FOREIGN_PARTY_WORDS:
            seen[code] += 1
            first.setdefault(code, (tok.idx, tok.idx + len(tok.text)))
    ranked = seen.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    entry = gaz.country_entry(ranked[0][0])
    return (entry, first[ranked[0][0]]) if entry is not None else None


def sentence_span(doc: Doc, index: int) -> Span:
    return doc_sentences(doc)[index]
