"""Place mentions: every place name the gazetteer knows and every site, in text order, with what the
words around each say (a dateline, "near Y", a place people were taken to); and the toponyms
``sitrep.geoparse`` returns.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from .gazetteer import Gazetteer, GazetteerEntry, get_gazetteer
from .lexicon import LOCATIVE_WORDS, MOVED_TO_FILLERS, MOVED_TO_VERBS, NAME_TRAILERS, PLACE_KIND_WORDS, SITE_WORDS
from .place_candidates import DATELINE, Candidate, candidates, clean, dateline_end, rejected_candidate, with_direction
from .place_context import (
    countries_named,
    country_context,
    names_a_country,
    of_a_body,
    region_support,
    region_votes,
    vote_countries,
)
from .place_resolve import (
    chain_divisions,
    chain_regions,
    resolve,
    resolve_pairs,
    town_of_its_division,
    town_of_region,
)
from .sentences import doc_text, sentence_index
from .sentences import sentences as doc_sentences


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
    #: a country named in a body's name ("the Islamic Resistance in Iraq"): not where the event is
    in_name: bool = False
    #: a place people or things were moved to ("diverted to Y", "taken to hospital in Y"): not where the event is
    moved: bool = False

    @property
    def away(self) -> bool:
        """Named as where people came from or were taken to, not where the event is."""
        return self.before == "from" or self.moved


def _dateline_mention(doc: Doc, gaz: Gazetteer, countries: list[str]) -> PlaceMention | None:
    """The dateline's place ('CHILE.', 'BAGHDAD (Reuters) -'): the event's place only when no other is named."""
    m = DATELINE.match(doc_text(doc))
    if m is None:
        return None
    name = m.group(1)
    entry = gaz.country(name) or next(iter(gaz.ranked(name.title(), countries, [])), None)
    if entry is None or len(name) < 3:
        return None
    return PlaceMention(m.start(1), m.end(1), 0, name, entry, dateline=True, extent_end=m.end(1))


def find_places(doc: Doc) -> list[PlaceMention]:
    """Every place name the gazetteer knows, and every site, in text order."""
    gaz = get_gazetteer()
    countries, admin1s, weak = country_context(doc)
    text = doc_text(doc)
    top = dateline_end(text)
    cands = sorted(
        (with_direction(doc, gaz, c) for c in candidates(doc) if not rejected_candidate(doc, c)),
        key=lambda c: c.start,
    )
    # "in Mora, Extreme-North, Cameroon", all tagged as one body: the country that ends the chain
    ending = [gaz.country(clean(doc[c.start : c.end].text)) for c in cands if c.prefer == "division"]
    countries += [e.country for e in ending if e is not None and e.country and e.country not in countries]
    named = bool(countries)
    implied = named and not names_a_country(doc, gaz) and not any(ending)
    own = countries
    if implied or weak:
        # "Turkish forces shelled Qarfel ... in Ar-Raqqa", "against the US dollar ... in el Hermel": a nationality
        # or a country named in passing says who acted; a place that none of its countries holds says where
        countries = countries + [c for c in _countries_elsewhere(gaz, doc, cands, countries) if c not in countries]
    if not countries:
        countries = own = vote_countries(gaz, [clean(doc[c.start : c.end].text) for c in cands])
    resolved: list[tuple[Candidate, str, GazetteerEntry | None]] = []
    held = sum(bool(gaz.lookup(clean(doc[c.start : c.end].text))) for c in cands)
    for c in cands:
        span = doc[c.start : c.end]
        name = clean(span.text)
        # a capitalised word named nowhere as a place ("the Corn Festival") is read in the report's own countries
        ctx = countries if _placed(doc, c) else own
        if weak and c.source == "run" and _placed(doc, c):
            ctx = []  # "against the US dollar ... in el Hermel": a country named in passing bars no town
        lone = held - bool(gaz.lookup(name)) == 0  # no other name of the report is in the gazetteer
        entry = resolve(gaz, doc, c, name, span.text, ctx, admin1s, named, implied, lone)
        if entry is None and c.source == "pattern" and c.end - c.start > 1 and doc[c.end - 1].lower_ in NAME_TRAILERS:
            # "Lakshmipur Sadar upazila", "Nyamira North district": the name without its last word
            name = clean(doc[c.start : c.end - 1].text)
            entry = resolve(gaz, doc, c, name, name, countries, admin1s, named, implied)
        if entry is None and c.source != "run" and re.search(r"\s+city$", name, re.I):
            entry = resolve(
                gaz, doc, c, re.sub(r"\s+city$", "", name, flags=re.I), name, countries, admin1s, named, implied
            )
        if entry is None and c.source == "pattern" and c.prefer in ("admin1", "division"):
            entry = gaz.division_by_spelling(name, countries)  # "Urozgan province": Uruzgan, spelt otherwise
        if c.source in ("run", "org-run") and entry is None and not _in_chain(doc, c):
            continue
        resolved.append((c, name, entry))
    voted = region_votes(gaz, resolved)
    regions = voted or region_support(gaz, resolved, countries)
    if regions:
        # the report's region ("Georgia", or most of its towns' state) settles its ambiguous town names
        region_country, region = regions
        more = [*admin1s, region]
        # a country named only in passing ("the US dollar") yields to the region the towns are in
        ctx = countries if countries and not weak else [region_country, *(c for c in countries if c != region_country)]
        resolved = [
            (c, name, resolve(gaz, doc, c, name, name, ctx, more, True) if len(gaz.lookup(name)) > 1 else entry)
            for c, name, entry in resolved
        ]
        if voted:
            # only a region most of the report's places are in: one its names could all be in is too weak
            resolved = [
                (c, name, town_of_region(gaz, doc, name, entry, voted, resolved) or entry)
                for c, name, entry in resolved
            ]
    resolved = resolve_pairs(gaz, doc, resolved, countries_named(doc, gaz))
    resolved = chain_divisions(gaz, doc, resolved)
    resolved = chain_regions(gaz, doc, resolved)
    resolved = town_of_its_division(gaz, doc, resolved)
    # a name of a chain that no pair settled is no place ("Juri upazila (Maulvibazar, Sylhet)")
    resolved = [(c, name, e) for c, name, e in resolved if e is not None or c.source not in ("run", "org-run")]
    out: list[PlaceMention] = []
    for c, name, entry in resolved:
        span = doc[c.start : c.end]
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        before = doc[c.start - 1].lower_ if c.start > 0 else ""
        if before == "the" and c.start > 1 and doc[c.start - 2].lower_ == "from":
            before = "from"  # "fired from the Gaza Strip": where the attack came from
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
                in_name=entry is not None and entry.level == "country" and of_a_body(doc, c.start),
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


def _countries_elsewhere(gaz: Gazetteer, doc: Doc, cands: list[Candidate], countries: list[str]) -> list[str]:
    """The countries of the named places that none of ``countries`` holds a place of that name in, most first."""
    seen: Counter[str] = Counter()
    for c in cands:
        if c.source != "pattern":
            continue  # only "the village of X", "X province": a capitalised word or a tagged town is too weak
        raw = doc[c.start : c.end].text
        name = clean(raw)
        if any(e.country in countries for e in gaz.lookup(name)):
            continue
        entry = resolve(gaz, doc, c, name, raw, [], [], False, False)
        # a town's other name says little ("the Kali forest" is not Cali's)
        if (
            entry is not None
            and entry.level != "country"
            and entry.country
            and not (entry.alternate and entry.level == "locality")
        ):
            seen[entry.country] += 1
    return [code for code, _ in seen.most_common()]


def _placed(doc: Doc, c: Candidate) -> bool:
    """A pattern's or the tagger's place, or a name after 'in', 'near' or a comma ('in Zabid', '(Zabid, ')."""
    return c.source not in ("run", "org-run") or (c.start > 0 and doc[c.start - 1].lower_ in _PLACING)


_PLACING = LOCATIVE_WORDS | {",", "("}


def _in_chain(doc: Doc, c: Candidate) -> bool:
    """'Juri upazila (Maulvibazar, Sylhet)', 'Anzoategui (Tolima)': the first name in brackets, which the division
    after it may settle; '(Zabid, Al Hudaydah)': the last, the division that may settle the name before it."""
    if c.start == 0 or c.end >= len(doc):
        return False
    if doc[c.start - 1].text == "(":
        return doc[c.end].text in (",", ")")
    if doc[c.start - 1].text != "," or doc[c.end].text != ")":
        return False
    opened = next((k for k in range(c.start - 2, max(c.start - 9, -1), -1) if doc[k].text in ("(", ")")), None)
    return opened is not None and doc[opened].text == "("


def _moved_to(doc: Doc, start: int) -> bool:
    """'diverted to Misrata', 'taken to a hospital in Kano', 'fled to Chad': a place people were moved to."""
    k = start - 1
    while k > 0 and start - k <= 5 and doc[k].lower_ in MOVED_TO_FILLERS and not doc[k].is_sent_start:
        k -= 1
    return k > 0 and doc[k].lower_ == "to" and doc[k - 1].lemma_.lower() in MOVED_TO_VERBS


def _byline(doc: Doc, c: Candidate) -> bool:
    """'By our correspondent, Gusau': where the writer is, like a dateline."""
    sent = doc_sentences(doc)[sentence_index(doc, c.start)]
    return sent[0].lower_ == "by" and len(sent) <= 12 and sent.start < 60


def _modifies(doc: Doc, c: Candidate) -> bool:
    last = doc[c.end - 1]
    return (
        last.dep_ in ("compound", "amod", "nmod", "poss")
        and last.head.i >= c.end
        and last.head.pos_ in ("NOUN", "PROPN")
    )


def _strip_possessive(text: str) -> str:
    return re.sub(r"('s|’s)$", "", text.rstrip())


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
