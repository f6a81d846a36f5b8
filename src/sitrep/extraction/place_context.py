"""The report's context for reading its place names: the countries and first-level regions it names or
implies (its dateline, its places, its nationalities), the countries its names vote for when it names none,
and the region most of its towns are in.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span, Token

from .gazetteer import Gazetteer, GazetteerEntry, get_gazetteer, key_is_demonym
from .lexicon import BODY_NAME_ENDS, FOREIGN_PARTY_WORDS, HOME_FORCE_WORDS
from .place_candidates import Candidate, clean, cut_at_hyphen, dateline_end, extend_name, rejected_name
from .sentences import doc_text


def country_context(doc: Doc) -> tuple[list[str], list[str], bool]:
    """The countries (most mentioned first) and first-level regions the report names or implies, and whether
    it names its countries only as modifiers or foreign parties."""
    gaz = get_gazetteer()
    countries: Counter[str] = Counter()
    admin1s: list[str] = []
    text = doc_text(doc)
    top = dateline_end(text)
    if top:
        head = text[:top].split("(")[0].strip(" .-—–:")
        code = next((c for c in (gaz.country_of(clean(part)) for part in head.split(",")) if c), None)
        if code:
            countries[code] += 3
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start > 0 and doc[ent.start - 1].text == "," and gaz.country(ent.text):
            countries[gaz.country_of(ent.text) or ""] += 2  # "Meme village, Extreme-North region, Cameroon"
            continue
        if ent.label_ == "ORG":
            # "Kenya Defence Forces", "Kenya Red Cross Society": a country at the head of a body's name
            body_head = next(
                (ent[:k].text for k in (1, 2) if k < len(ent) and gaz.country(ent[:k].text) is not None), None
            )
            code = gaz.country_of(body_head) if body_head else None
            # "Georgia Power": the state's as much as the country's, as the report's other places say
            if code and body_head and not any(e.country != code for e in gaz.admin1_candidates(body_head)):
                countries[code] += 1
            continue
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        cleaned = clean(ent.text)
        if rejected_name(cleaned) or cut_at_hyphen(doc, extend_name(doc, ent.start, ent.end)):
            continue  # "Colonia Las Higueras": a kind word the tagger took for a place says no country
        code = gaz.country_of(cleaned)
        if code and ent.label_ != "NORP" and any(e.country != code for e in gaz.admin1_candidates(cleaned)):
            continue  # "Georgia": the state or the country, as the report's other places say
        if code and ent.label_ != "NORP" and of_a_body(doc, ent.start):
            continue  # "the Islamic Resistance in Iraq": the country is part of a body's name
        if (
            code
            and ent.label_ != "NORP"
            and not (ent.start > 0 and doc[ent.start - 1].text == ",")  # "..., North governorate, Lebanon"
            and _town_elsewhere(gaz, cleaned, code)
        ):
            continue  # "Lebanon", "Palestine": a town's name too; the report's other places say which
        if code:
            last = ent[-1]
            modifier = last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i and last.head.pos_ == "NOUN"
            # not "the U.S. Consulate"; not "an airstrike by US military forces", "Afghan government officials"
            party = _party_head(last) in FOREIGN_PARTY_WORDS
            countries[code] += 0 if (modifier and ent.label_ != "NORP") or party else 2
            continue
        if ent.label_ == "NORP":
            continue
        regions = {e.country for e in gaz.admin1_candidates(cleaned) if not e.alternate}
        if len(regions) == 1 and not _city_elsewhere(gaz, cleaned, regions):
            region = gaz.admin1(cleaned)
            assert region is not None
            admin1s.append(region.name)
            countries[region.country or ""] += 1
    for tok, code in untagged_demonyms(doc):
        countries[code] += 0 if tok.head.lower_ in FOREIGN_PARTY_WORDS else 2
    countries.pop("", None)
    # named only as modifiers ("the US dollar") or foreign parties ("French forces"): a weak context
    weak = bool(countries) and not any(n > 0 for n in countries.values())
    return [c for c, _ in countries.most_common()], admin1s, weak


def _party_head(tok: Token) -> str:
    """The noun a nationality or country names a party with ('US military forces', 'the Afghan and US
    governments'), through the adjectives and names between them."""
    head = tok
    for _ in range(3):
        if head.dep_ not in ("compound", "amod", "nmod", "conj") or head.head.i == head.i:
            break
        head = head.head
    return head.lower_


def _city_elsewhere(gaz: Gazetteer, name: str, regions: set[str | None]) -> bool:
    """'Jerusalem': a region's name that a capital or a great city of another country bears as its own says no
    country ('Ontario' still says Canada)."""
    return any(
        e.level == "locality"
        and not e.alternate
        and (e.population >= 500_000 or e.feature_code == "PPLC")
        and e.country not in regions
        for e in gaz.lookup(name)
    )


def _town_elsewhere(gaz: Gazetteer, name: str, code: str) -> bool:
    """'Lebanon' (Indiana), 'Palestine' (Texas): a country's name that a town of 5,000 people or more elsewhere
    bears as its own."""
    return any(
        e.level == "locality" and not e.alternate and e.population >= 5000 and e.country != code
        for e in gaz.lookup(name)
    )


def of_a_body(doc: Doc, start: int) -> bool:
    """'the Islamic Resistance in Iraq': a name after a body's name and 'in' or 'of' is part of that name."""
    return (
        start >= 2
        and doc[start - 1].lower_ in ("in", "of")
        and doc[start - 2].ent_type_ == "ORG"
        and doc[start - 2].lower_ in BODY_NAME_ENDS
    )


def untagged_demonyms(doc: Doc) -> list[tuple[Token, str]]:
    """Nationality words the tagger left untagged ('the Burkinabe army')."""
    gaz = get_gazetteer()
    out = []
    for tok in doc:
        if not tok.ent_type_ and tok.is_title and tok.pos_ in ("ADJ", "PROPN") and key_is_demonym(tok.text):
            code = gaz.country_of(tok.text)
            if code:
                out.append((tok, code))
    return out


def vote_countries(gaz: Gazetteer, names: list[str]) -> list[str]:
    """Without a country named, the one country that two or more of the report's names are most likely in
    ('Kakuma', 'Turkana'). Each name gives each country its share of the name's largest place, so
    'London' speaks for Britain, not for its namesakes in Ontario and Kentucky. Two countries that the names
    speak for alike are no answer (the order of a set of names must not pick one)."""
    names_of: Counter[str] = Counter()
    credit: defaultdict[str, float] = defaultdict(float)
    for name in sorted(set(names)):
        seen: dict[str, int] = {}
        for e in gaz.lookup(name):
            if e.country and not (e.alternate and e.level == "locality"):
                size = e.population + (50_000 if e.level != "locality" else 1000)
                seen[e.country] = max(seen.get(e.country, 0), size)
        top = max(seen.values(), default=0)
        for c, size in seen.items():
            names_of[c] += 1
            credit[c] += size / top if top else 0
    ranked = sorted(credit, key=lambda c: (-credit[c], c))
    if not ranked or names_of[ranked[0]] < 2 or credit[ranked[0]] < 1.2:
        return []
    if len(ranked) > 1 and math.isclose(credit[ranked[0]], credit[ranked[1]]):
        return []
    return [ranked[0]]


def region_votes(
    gaz: Gazetteer, resolved: list[tuple[Candidate, str, GazetteerEntry | None]]
) -> tuple[str, str] | None:
    """The first-level region most of the report's places are in, when they agree: a name that can be in
    one region only counts most ("Decatur" is in several states, "Gwinnett County" in one)."""
    votes: Counter[tuple[str, str]] = Counter()
    counted: set[str] = set()
    for _c, name, entry in resolved:
        # a town's other name ("Pct" for Princeton) says little of the region; a state's ("W.Va.") says it
        if (
            entry is not None
            and entry.admin1
            and entry.country
            and entry.level != "country"
            and not (entry.alternate and entry.level == "locality")
        ):
            regions = {(e.country, e.admin1) for e in gaz.lookup(name) if e.level != "country"}
            if len(regions) > 1 and name in counted:
                continue  # "Dublin" twelve times in an Ohio paper: a name of many regions votes once
            counted.add(name)
            weight = 4 if len(regions) == 1 else 1  # in half votes: a name of one region counts 2, else 1/2
            votes[(entry.country, entry.admin1)] += weight * (2 if entry.level == "admin1" else 1)
    if not votes:
        return None
    (top, n), *rest = votes.most_common(2)
    if n < 4 or (rest and rest[0][1] == n):
        return None
    return top


def countries_named(doc: Doc, gaz: Gazetteer) -> list[str]:
    """The countries the report names by their names ('Philippines', 'CHILE.'), not by a region or a people."""
    out: list[str] = []
    text = doc_text(doc)
    top = dateline_end(text)
    if top:
        code = next((c for c in (gaz.country_of(clean(p)) for p in text[:top].split("(")[0].split(",")) if c), None)
        out += [code] if code else []
    for ent in doc.ents:
        cleaned = clean(ent.text)
        if ent.label_ in ("GPE", "LOC") or (ent.label_ == "ORG" and ent.start > 0 and doc[ent.start - 1].text == ","):
            country = gaz.country(cleaned)
            if country is not None and country.country and not gaz.admin1_candidates(cleaned):
                out.append(country.country)
    return list(dict.fromkeys(out))


def names_a_country(doc: Doc, gaz: Gazetteer) -> bool:
    """Whether the report names a country or a first-level region itself, not only nationalities and bodies."""
    if dateline_end(doc_text(doc)):
        return True
    return any(
        (ent.label_ in ("GPE", "LOC") and (gaz.country(clean(ent.text)) is not None or gaz.admin1(clean(ent.text))))
        # "..., Extreme-North region, Cameroon": a country the tagger calls a body, at the end of a chain
        or (ent.label_ == "ORG" and ent.start > 0 and doc[ent.start - 1].text == "," and gaz.country(ent.text))
        for ent in doc.ents
    )


def region_support(
    gaz: Gazetteer, resolved: list[tuple[Candidate, str, GazetteerEntry | None]], countries: list[str]
) -> tuple[str, str] | None:
    """The first-level region that most of the report's ambiguous names can all be in, when a county or the
    region itself is among them ('Paris' and 'Henry County' are both in Tennessee), or three names are: a
    local paper's towns agree with each other. Ties go to the region more names are in only, then to the larger
    places."""
    support: Counter[tuple[str, str]] = Counter()
    strong: set[tuple[str, str]] = set()
    size: Counter[tuple[str, str]] = Counter()
    unique: Counter[tuple[str, str]] = Counter()
    names = {name for _c, name, entry in resolved if entry is not None and entry.level != "country"}
    for name in sorted(names):
        if gaz.country(name) is not None:
            continue  # "Mexico": a country's name speaks for the country, not for a town of its name
        # "Oregon", "California": a state's name speaks for the state, not for the towns of its name in Missouri
        state = any(e.level == "admin1" and not e.alternate for e in gaz.lookup(name))
        regions: dict[tuple[str, str], int] = {}
        for e in gaz.lookup(name):
            if e.level == "country" or not e.admin1 or not e.country or e.alternate or (state and e.level != "admin1"):
                continue
            if countries and e.country not in countries:
                continue
            key = (e.country, e.admin1)
            regions[key] = max(regions.get(key, 0), e.population)
            if e.level in ("admin1", "admin2"):
                strong.add(key)
        for key, population in regions.items():
            support[key] += 1
            unique[key] += len(regions) == 1  # a name only one region has says most
            size[key] += population
    ranked = sorted(support, key=lambda k: (support[k] + unique[k], size[k]), reverse=True)
    if not ranked:
        return None
    top = ranked[0]
    if support[top] >= 3 or (support[top] >= 2 and top in strong):
        return top
    return None


def implied_country(doc: Doc) -> tuple[GazetteerEntry, tuple[int, int]] | None:
    """The one country the report's nationalities and bodies point to ('Kenyan police', 'Kenya Red Cross'),
    with its first mention; None when they point to none or to several alike."""
    gaz = get_gazetteer()
    seen: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    # "a convoy of the Kenya Defence Forces": a country's army by its name, when nothing else says where, is at home
    # ("French forces", "the U.S. embassy": a party that may be abroad says nothing)
    home_army: Counter[str] = Counter()
    for ent in doc.ents:
        head = ent.root.head if ent.root.head.i >= ent.end else ent.root
        if head.lower_ in FOREIGN_PARTY_WORDS:
            code = country_prefix(gaz, ent) if ent.label_ == "ORG" and head.lower_ in HOME_FORCE_WORDS else None
            if code:
                home_army[code] += 1
                first.setdefault(code, (ent.start_char, ent.end_char))
            continue
        if ent.label_ == "NORP":
            code = gaz.country_of(ent.text)
        elif ent.label_ == "ORG":
            code = country_prefix(gaz, ent)
        else:
            continue
        if code:
            seen[code] += 1
            first.setdefault(code, (ent.start_char, ent.end_char))
    for tok, code in untagged_demonyms(doc):
        if tok.head.lower_ not in FOREIGN_PARTY_WORDS:
            seen[code] += 1
            first.setdefault(code, (tok.idx, tok.idx + len(tok.text)))
    ranked = seen.most_common(2) or home_army.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    entry = gaz.country_entry(ranked[0][0])
    return (entry, first[ranked[0][0]]) if entry is not None else None


def country_prefix(gaz: Gazetteer, ent: Span) -> str | None:
    """The country a body's name starts with: 'Kenya Red Cross', 'the Kenya Defence Forces'."""
    name = ent[1:] if ent[0].lower_ == "the" else ent
    return next((code for k in (1, 2) if k < len(name) and (code := gaz.country_of(name[:k].text))), None)
