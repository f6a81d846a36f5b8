"""Place: where the event happened, geocoded offline with the GeoNames gazetteer.

The report's country context (the countries its places and nationalities
point to) disambiguates names: a "Hyderabad" in a Pakistani report is in
Sindh. Sites ("Lal Masjid", "Jamila market") are kept by name and placed at
their town.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..gazetteer import GazetteerEntry, get_gazetteer
from ..lexicon import SITE_WORDS
from ..record import Place
from .sentences import sentence_of
from .sentences import sentences as doc_sentences

_PLACE_LABELS = ("GPE", "LOC", "FAC")
_LOCATIVE = frozenset({"in", "at", "near", "outside", "of", "from", "to", "into", "toward", "towards", "around"})
_NOT_PLACES = frozenset({"operation", "army", "police", "government", "ministry", "taliban"})


@dataclass(frozen=True)
class PlaceMention:
    """A place name in the text and what the gazetteer makes of it."""

    start: int
    end: int
    sentence: int
    text: str
    entry: GazetteerEntry | None
    site: bool = False

    @property
    def dateline(self) -> bool:
        """'BAMAKO, Mali (Reuters) —': where the story was filed, not always where it happened."""
        return self.start < 40 and (self.text.isupper() and len(self.text) > 3)


def country_context(doc: Doc) -> tuple[list[str], list[str]]:
    """The countries (most mentioned first) and admin1 names the report points to."""
    gaz = get_gazetteer()
    countries: Counter[str] = Counter()
    admin1s: list[str] = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        text = _clean(ent.text)
        code = gaz.country_of(text)
        if code:
            countries[code] += 2
            continue
        if ent.label_ == "NORP":
            continue
        region = gaz.admin1(text)
        if region is not None and region.country:
            admin1s.append(region.admin1 or region.name)
            countries[region.country] += 1
    return [c for c, _ in countries.most_common()], admin1s


def _clean(text: str) -> str:
    text = re.sub(r"^(the|central|northern|southern|eastern|western|north|south|east|west|downtown|"
                  r"northwestern|northeastern|southwestern|southeastern|restive|troubled)\s+", "", text.strip(),
                  flags=re.I)
    return re.sub(r"('s|’s)$", "", text).strip(" ,.")


def find_sites(doc: Doc) -> list[tuple[int, int, int, str]]:
    """Named buildings and landmarks: proper-noun runs that contain or end in a site word."""
    out: list[tuple[int, int, int, str]] = []
    sents = doc_sentences(doc)
    for s_index, sent in enumerate(sents):
        i = sent.start
        while i < sent.end:
            if doc[i].pos_ != "PROPN" or doc[i].is_sent_start and doc[i].ent_type_ == "":
                i += 1
                continue
            j = i
            while j < sent.end and (doc[j].pos_ == "PROPN" or doc[j].text in ("-",)):
                j += 1
            end = j
            if end < sent.end and doc[end].lower_ in SITE_WORDS and doc[end].pos_ == "NOUN":
                end += 1
            words = {t.lower_ for t in doc[i:end]}
            if words & SITE_WORDS and not words & _NOT_PLACES and end - i >= 2:
                span = doc[i:end]
                out.append((span.start_char, span.end_char, s_index, span.text))
            i = max(j, i + 1)
    return out


def find_places(doc: Doc) -> list[PlaceMention]:
    """Every place name the gazetteer knows, and every site, in text order."""
    gaz = get_gazetteer()
    countries, admin1s = country_context(doc)
    sent_index = {s.start: k for k, s in enumerate(doc_sentences(doc))}
    out: list[PlaceMention] = []
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS:
            continue
        text = _clean(ent.text)
        if not text or text.lower() in _NOT_PLACES:
            continue
        raw = re.sub(r"('s|’s)$", "", ent.text.strip()).strip(" ,.")
        entry = gaz.resolve(raw, countries=countries, admin1s=admin1s) if raw != text else None
        if entry is None:
            entry = gaz.resolve(text, countries=countries, admin1s=admin1s)
            if entry is not None and raw != text and entry.level == "locality" and entry.country not in countries \
                    and entry.population < 50_000:
                entry = None  # "West Side" is not the town of Side
        if entry is None and re.search(r"\s+city$", text, re.I):
            entry = gaz.resolve(re.sub(r"\s+city$", "", text, flags=re.I), countries=countries, admin1s=admin1s)
        s_index = sent_index.get(sentence_of(ent).start, 0)
        out.append(PlaceMention(ent.start_char, ent.end_char, s_index, text, entry))
    covered = {(p.start, p.end) for p in out}
    out.extend(_gazetteer_names(doc, countries, admin1s, covered, sent_index))
    for start, end, s_index, text in find_sites(doc):
        if any(p.start <= start < p.end and p.entry is not None and p.entry.level == "locality" for p in out):
            continue
        out.append(PlaceMention(start, end, s_index, text, None, site=True))
    out.sort(key=lambda p: p.start)
    return out


def _gazetteer_names(doc: Doc, countries: list[str], admin1s: list[str], covered: set[tuple[int, int]],
                     sent_index: dict[int, int]) -> list[PlaceMention]:
    """Towns the entity tagger missed ('Lashkar Gah', 'Albuquerque police'): proper-noun runs the gazetteer knows.

    A name is taken only when it is a town of the report's countries, or a
    large town (100,000 people or more) when the report names no country.
    """
    gaz = get_gazetteer()
    countries = list(countries)
    out: list[PlaceMention] = []
    taken = [range(s, e) for s, e in covered]

    def name_like(tok: Token) -> bool:
        # the tagger calls a town at the start of a sentence an adjective ("Albuquerque police")
        return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or (tok.is_sent_start and tok.pos_ in ("ADJ", "NOUN")))

    i = 0
    while i < len(doc):
        tok = doc[i]
        located = i > 0 and doc[i - 1].lower_ in _LOCATIVE
        if not name_like(tok) or tok.ent_type_ in ("NORP", "DATE") or (tok.ent_type_ == "PERSON" and not located):
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 4 and name_like(doc[j]) and not (j > i and doc[j].is_sent_start):
            j += 1
        found = False
        for end in range(j, i, -1):
            span = doc[i:end]
            if any(span.start_char in r for r in taken):
                break
            entry = next((e for e in gaz.localities(span.text)
                          if e.country in countries or (not countries and e.population >= 100_000)), None)
            if entry is not None:
                out.append(PlaceMention(span.start_char, span.end_char, sent_index.get(sentence_of(span).start, 0),
                                        span.text, entry))
                if not countries and entry.country:
                    countries.append(entry.country)  # the first large town sets the report's country
                i = end
                found = True
                break
        if not found:
            i += 1
    return out


def event_place(places: list[PlaceMention], sentences: list[int], doc: Doc) -> Place | None:
    """The most specific place of an event: a site placed at its town, else a town, else a region."""
    if not places:
        return None
    ordered = sorted(places, key=lambda p: (p.sentence not in sentences, sentences.index(p.sentence) if p.sentence in sentences else 99, p.start))
    first_sent = ordered[0].sentence
    site = next((p for p in ordered if p.site and p.sentence in sentences[:3]), None)
    towns = [p for p in ordered if p.entry is not None and p.entry.level == "locality"]
    lead = set(sentences[:2])
    if towns and towns[0].dateline and any(p.sentence in lead for p in towns[1:]):
        towns.sort(key=lambda p: p.dateline)  # the dateline yields to a town the lead names
    regions = [p for p in ordered if p.entry is not None and p.entry.level == "admin1"]
    country = [p for p in ordered if p.entry is not None and p.entry.level == "country"]
    town = None
    if site is not None:
        # the town nearest after the site, in its sentence: "Lal Masjid in central Islamabad"
        town = next((p for p in towns if p.sentence == site.sentence and p.start > site.start), None)
    if town is None and towns:
        town = towns[0]
    del first_sent
    if town is not None:
        e = town.entry
        assert e is not None
        return Place(
            name=site.text if site is not None else town.text,
            site=site.text if site is not None else None,
            locality=e.locality or e.name,
            admin1=e.admin1,
            country=e.country,
            lat=round(e.lat, 4) if e.lat is not None else None,
            lon=round(e.lon, 4) if e.lon is not None else None,
            geo_precision=1,
            gazetteer_id=e.gazetteer_id,
            evidence=[(site.start, site.end)] + [(town.start, town.end)] if site is not None else [(town.start, town.end)],
        )
    for group, precision in ((regions, 3), (country, 3)):
        if group:
            p = group[0]
            e = p.entry
            assert e is not None
            return Place(
                name=site.text if site is not None else p.text,
                site=site.text if site is not None else None,
                admin1=e.admin1 if e.level == "admin1" else None,
                country=e.country,
                lat=round(e.lat, 4) if e.lat is not None else None,
                lon=round(e.lon, 4) if e.lon is not None else None,
                geo_precision=precision,
                gazetteer_id=e.gazetteer_id,
                evidence=[(p.start, p.end)],
            )
    if site is not None:
        return Place(name=site.text, site=site.text, evidence=[(site.start, site.end)])
    return None


def sentence_span(doc: Doc, index: int) -> Span:
    return doc_sentences(doc)[index]
