"""Place candidates: the spans that may name places, from the patterns, the entity tagger and proper-noun
runs, and the countries the report names or implies (its dateline, its places, its nationalities).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from .gazetteer import Gazetteer, get_gazetteer, key_is_demonym, normalise
from .lexicon import (
    ADMIN1_ABBREVIATIONS,
    ARABIC_ARTICLES,
    DIRECTION_WORDS,
    DIVISION_OFFICE_WORDS,
    LOCATIVE_WORDS,
    NAME_CONNECTORS,
    NOT_PLACE_WORDS,
    PLACE_KIND_WORDS,
    REGION_NAMES,
    RESIDENT_WORDS,
    RESIDENTS_AFTER_WORDS,
    SITE_WORDS,
)
from .place_chains import before_place, bracketed, division_brackets, joins, name_like, run_end
from .place_patterns import pattern_matches

_PLACE_LABELS = ("GPE", "LOC", "FAC")


@dataclass(frozen=True)
class Candidate:
    start: int  # token offsets
    end: int
    source: str  # "pattern", "ner", "run"
    prefer: str | None = None
    near: bool = False


def clean(text: str) -> str:
    """The name without 'the', a direction or an adjective before it, unless the whole is a name
    ('South Sudan', 'Central Equatoria' stay whole; 'northern Mali' is Mali)."""
    whole = re.sub(r"('s|’s)$", "", re.sub(r"^the\s+", "", text.strip(), flags=re.I)).strip(" ,.")
    if whole and (get_gazetteer().country_of(whole) or get_gazetteer().lookup(whole)):
        return whole
    bare = _ARTICLE.sub("", whole)
    if bare != whole and len(bare) > 3 and get_gazetteer().lookup(bare):
        return bare  # "Ar-Raqqa", "Al-Hasakah": the name the gazetteer holds without its article
    return _strip_words(text)


_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash)[-\s](?=[A-Z])", re.I)


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


def dateline_end(text: str) -> int:
    """Where a dateline ends: 'BAMAKO, Mali (Reuters) -', 'CHILE.' at the top; 0 when there is none."""
    m = DATELINE.match(text)
    return m.end() if m else 0


DATELINE = re.compile(
    r"\s*([A-Z][A-Z'’-]+(?:[ /][A-Z][A-Z'’-]+)*)((?:,\s*[A-Z][\w .]*?){0,2})(\s*\([^)]{1,40}\))?\s*"
    r"(—|–|-|:|\.(?=\s))"
)


def candidates(doc: Doc) -> list[Candidate]:
    """Spans that may name places, patterns first: a pattern's span wins over a tagger's span it overlaps."""
    out: list[Candidate] = []
    taken = [False] * len(doc)

    def add(c: Candidate) -> None:
        if any(taken[c.start : c.end]):
            return
        for i in range(c.start, c.end):
            taken[i] = True
        out.append(c)

    for _name, n0, n1, prefer, near, _end in pattern_matches(doc):
        add(Candidate(n0, n1, "pattern", prefer, near))
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
            add(Candidate(ent.start, ent.end, "ner"))  # "the President of Tajikistan", tagged as a people
        elif ent.label_ in _PLACE_LABELS and any(t.text in (",", "(", ")") for t in ent):
            # "Gogounou (Gogounou, Alibori": the tagger's span holds a town and its divisions
            k = ent.start
            for cut in [t.i for t in ent if t.text in (",", "(", ")")] + [ent.end]:
                if cut > k:
                    add(Candidate(k, cut, "ner"))
                k = cut + 1
        elif ent.label_ in _PLACE_LABELS and cut_at_hyphen(doc, extend_name(doc, ent.start, ent.end)):
            continue  # "Qala" of "Qala-i-Barqi": a part of a longer name, not the Maltese town
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
                    add(Candidate(start, end, "site-town"))
            elif start < end:
                add(Candidate(start, extend_name(doc, start, end), "ner"))
    i = 0
    while i < len(doc):
        tok = doc[i]
        prev = doc[i - 1].lower_ if i > 0 else ""
        # "Kiganjo estate, Thika", "Puli Alam city, Logar": after a place and its kind word
        back = i - 3 if i >= 3 and doc[i - 2].lower_ in PLACE_KIND_WORDS else i - 2
        after_place = prev in (",", "(") and back >= 0 and (taken[back] or bracketed(doc, i, taken))
        start = i
        if _article(doc, i):
            i += 1  # "in el Hermel": the Arabic article starts the name
            tok = doc[i]
        # "the residents of Muhoroni": a place, whatever the tagger says; "the murder of Alfonso ...": a person
        residents = prev == "of" and start >= 2 and doc[start - 2].lower_ in RESIDENT_WORDS
        located = (
            (prev in LOCATIVE_WORDS and (prev != "of" or tok.ent_type_ != "PERSON" or residents))
            or (prev in (",", "(") and tok.ent_type_ not in ("PERSON", "ORG"))
            or after_place
            or (name_like(tok) and (before_place(doc, i) or division_brackets(doc, i)))
        )
        # "in Joao Pessoa, Paraiba"; not "the area of Kome (Gorom-Gorom, Oudalan)": a town and its divisions
        division_only = prev in (",", "(") and tok.ent_type_ == "ORG" and not (after_place and prev == "(")
        # "Al-Burum area, Mukalla": after a place, a town when the name is no division ("..., Dhaka": the division)
        division_first = division_only and after_place
        if (
            taken[i]
            or not name_like(tok)
            or tok.ent_type_ in ("TIME", "CARDINAL")
            # "Hindu", "Fulani": a people; but "(Khulna)" after a place is its division, whatever the tagger says
            # "a senior Mombasa police detective": a city the tagger takes for a people is the city
            or (tok.ent_type_ == "NORP" and not (not key_is_demonym(tok.text) and (after_place or _city(tok.text))))
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
            and (name_like(doc[j]) or joins(doc, j))
        ):
            j += 1
        person = normalise(doc[i:j].text) in persons | surnames and not any(
            e.population >= 100_000 for e in get_gazetteer().localities(clean(doc[i:j].text)) if not e.alternate
        )
        if _unknown_before_division(doc, start, j, prev):
            # "in Usmanti, Borno, Nigeria": a town the gazetteer lacks, named before its division or country
            out.append(Candidate(start, j, "chain"))
        elif (
            not person
            or prev in LOCATIVE_WORDS
            or division_only
            # "in Belfast, Gary Moore, a worker": a person's whole name after a comma is no place
            or (located and normalise(doc[i:j].text) not in surnames and not _full_name(doc, i, j))
        ):
            for end in range(j, i, -1):  # the longest name the gazetteer knows: "Lashkar Gah police"
                words = doc[start:end].text
                found = get_gazetteer().lookup(clean(words)) if doc[end - 1].text != "-" else ()
                if start < i and not found:
                    found = get_gazetteer().lookup(clean(doc[i:end].text))
                if tok.is_sent_start and tok.pos_ == "ADJ" and not tok.is_upper and not located:
                    # "Minor damage was caused": a word that opens a sentence names a city or a division, not a hamlet
                    found = tuple(e for e in found if e.level != "locality" or e.population >= 100_000)
                country = get_gazetteer().country(clean(words)) if division_only and prev == "," and not found else None
                if country is not None:
                    found = (country,)  # "Meme village, Extreme-North region, Cameroon": the tagger calls it a body
                if division_only:
                    divisions = tuple(e for e in found if e.level in ("admin1", "admin2", "country"))
                    found = divisions if divisions or not division_first else found
                if found and cut_at_hyphen(doc, end):
                    break  # "Pobe" of "Pobe-Mengao": a part of a longer name
                if found:
                    # a name the tagger calls a body ("the Copenhagen manager of El Al") is a town of the report
                    # "Mandera residents marched": the name of the people's place, whatever the tagger says
                    residents_after = end < len(doc) and doc[end].lower_ in RESIDENTS_AFTER_WORDS
                    source = (
                        "org-run"
                        if tok.ent_type_ == "ORG" and not located and not division_only and not residents_after
                        else "run"
                    )
                    office = end < len(doc) and doc[end].lower_ in DIVISION_OFFICE_WORDS  # "Santander Governor"
                    out.append(
                        Candidate(start, end, source, "division" if division_only else "admin1" if office else None)
                    )
                    break
            else:
                # "Awami League at Bagerhat": a run joined by a small word that names nothing reads on after it
                small = next((k for k in range(i + 1, j) if doc[k].lower_ in NAME_CONNECTORS), None)
                if small is not None:
                    j = small + 1
        i = j
    return out


def _full_name(doc: Doc, i: int, j: int) -> bool:
    """'Gary Moore': a run the tagger calls a person, of two words or more, that names no place as a whole."""
    return (
        j - i >= 2
        and doc[i].ent_type_ == "PERSON"
        and doc[j - 1].ent_type_ == "PERSON"
        and doc[i].text not in ADMIN1_ABBREVIATIONS  # "Chowchilla, Calif. Olson, the radical"
        and not get_gazetteer().lookup(doc[i:j].text)
    )


def _city(name: str) -> bool:
    return any(e.population >= 500_000 and not e.alternate for e in get_gazetteer().localities(name))


def _article(doc: Doc, i: int) -> bool:
    """'el Hermel', 'al Mina': a lower-case Arabic article before a name, after a locative word or a comma."""
    after = i > 0 and doc[i - 1].lower_ in LOCATIVE_WORDS | {",", "("}
    return after and doc[i].text in ARABIC_ARTICLES and i + 1 < len(doc) and name_like(doc[i + 1])


def cut_at_hyphen(doc: Doc, end: int) -> bool:
    """'Qala' of 'Qala-i-Barqi', 'Pobe' of '(Pobe-Mengao, Soum)': a name that a hyphen joins to more of it, which
    the gazetteer does not hold, as a whole item of an address; not 'Dublin' of 'the Dublin-Belfast line' nor
    'Watertown' of 'Watertown-Mayer Lutheran'."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    if end + 2 < len(doc) and doc[end + 1].lower_ in NAME_CONNECTORS | {"i", "e"} and doc[end + 2].text == "-":
        rest = doc[end + 1 : run_end(doc, end + 1)]
        return not get_gazetteer().lookup(clean(rest.text))
    tail = end + 1
    while tail < len(doc) and tail - end <= 3 and doc[tail].text[:1].isupper() and not doc[tail].is_sent_start:
        tail += 1
    after = clean(doc[end + 1 : tail].text)
    gaz = get_gazetteer()
    return (
        end + 1 < tail < len(doc)
        and doc[tail].text in (",", ")")
        and not gaz.lookup(after)
        and gaz.country(after) is None
    )


def _unknown_before_division(doc: Doc, start: int, end: int, prev: str) -> bool:
    """'in Usmanti, Borno, Nigeria', 'in Ban Yon, Pattani, Thailand': after 'in' or 'at', a name the gazetteer
    holds nowhere, followed by a comma chain that ends in a division or country it holds."""
    gaz = get_gazetteer()
    name = clean(doc[start:end].text)
    return (
        prev in ("in", "at")
        and end < len(doc)
        and doc[end].text == ","
        and not gaz.lookup(name)
        and gaz.country(name) is None
        and not key_is_demonym(name)
        and normalise(name) not in NOT_PLACE_WORDS
        and before_place(doc, start)
    )


def extend_name(doc: Doc, start: int, end: int) -> int:
    """A tagger's span cut short of the name the gazetteer knows ('San Jose' of 'San Jose del Monte')."""
    best, j = end, end
    while j < len(doc) and j - start < 7 and (name_like(doc[j]) or joins(doc, j)) and not doc[j].is_sent_start:
        j += 1
        if (
            doc[j - 1].text != "-"
            and doc[j - 1].lower_ not in NAME_CONNECTORS
            and get_gazetteer().lookup(clean(doc[start:j].text))
        ):
            best = j
    return best


def rejected_name(text: str) -> bool:
    key = normalise(text)
    return not key or key in REGION_NAMES or key in NOT_PLACE_WORDS or key in PLACE_KIND_WORDS or key in SITE_WORDS


def rejected_candidate(doc: Doc, c: Candidate) -> bool:
    """A name that is no place; a region's name with a division's kind word is one ('Sahel province')."""
    text = clean(doc[c.start : c.end].text)
    if c.source == "pattern" and c.prefer in ("admin1", "admin2", "division") and normalise(text) in REGION_NAMES:
        return False
    return rejected_name(text)


def with_direction(doc: Doc, gaz: Gazetteer, c: Candidate) -> Candidate:
    """'Central Equatoria', 'North Waziristan': a capitalised direction word the tagger left out, when the
    gazetteer knows the name with it (the name without it is another place, or none)."""
    if c.start == 0:
        return c
    word = doc[c.start - 1]
    if not word.is_title or word.lower_ not in DIRECTION_WORDS | {"central", "upper", "lower"}:
        return c
    return replace(c, start=c.start - 1) if gaz.lookup(clean(doc[c.start - 1 : c.end].text)) else c
