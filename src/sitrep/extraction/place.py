"""The event's place: the most specific place named in the event's own sentences, geocoded offline with
GeoNames; a dateline counts only when nothing else names a place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..record import Place
from .gazetteer import GazetteerEntry, get_gazetteer, key_is_demonym, normalise
from .lexicon import (
    DIRECTION_WORDS,
    DISTANCE_UNITS,
    IN_DIVISION_WORDS,
    PLACE_KIND_WORDS,
    SETTLEMENT_WORDS,
    SITE_WORDS,
    TOWN_PART_WORDS,
)
from .place_context import implied_country
from .place_mentions import PlaceMention
from .place_resolve import km, within
from .sentences import sentences as doc_sentences

#: How specific each level is: the event's place is the most specific one its words support.
_SPECIFICITY = {"site": 5, "locality": 4, "admin2": 3, "admin1": 2, "country": 1}


_PRECISION = {"locality": 1, "admin2": 2, "admin1": 3, "country": 3}


def _rank(p: PlaceMention) -> tuple[bool, float, bool, int]:
    """Within a sentence: the most specific place the event is in, not one it came from; a hamlet's other
    name ('Hasharon' for Ramat David) after a town's own ('in Netanya')."""
    level = "site" if p.site else (p.entry.level if p.entry else "")
    hamlet = (
        p.entry is not None
        and p.entry.alternate
        and p.entry.level == "locality"
        and p.entry.population < 5000
        and _squashed(p.text) != _squashed(p.entry.name)  # "Kyainseikgyi" is Kyain Seikgyi's own name
    )
    return (
        p.away,
        -_SPECIFICITY.get(level, 0) + (1.5 if p.weak else 0) + (0.5 if hamlet else 0),
        p.before not in ("in", "at", "near", "outside", "inside"),
        p.start,
    )


def _squashed(name: str) -> str:
    return re.sub(r"[\s'’-]+", "", normalise(name))


def event_place(
    places: list[PlaceMention], sentences: list[int], doc: Doc, focus: list[int] | None = None
) -> Place | None:
    """The event's place: the most specific one its own sentences name (its figures' first, then its lead).

    A place named only as where people came from, or in the dateline, counts when nothing else is named.
    """
    # the lead and the sentences of the event's figures, in text order, then its other sentences
    order = list(dict.fromkeys([*sorted(set(focus or []) | set(sentences[:3])), *sentences]))
    placed = [p for p in places if p.entry is not None and not p.dateline and not p.modifier and not p.in_name]
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
        # a country named as a modifier ("a U.S. intelligence officer for Khost") after any other place
        dated = sorted((p for p in places if p.entry is not None), key=lambda p: (not p.dateline, p.modifier, p.start))
        if any(not p.in_name for p in dated) or implied_country(doc) is not None:
            # "the Islamic Resistance in Iraq": a country named only in a body's name yields to any other
            dated = [p for p in dated if not p.in_name]
        best = dated[0] if dated else None
    if best is not None and best.entry is not None and best.entry.level != "locality":
        # a country or a division in the lead: a town in it named later in the report is where
        rest = [k for k in range(len(doc_sentences(doc))) if k not in order]
        for s in order + rest:
            finer = sorted(
                (
                    p
                    for p in placed
                    if p.sentence == s and p.entry is not None and not p.away and within(p.entry, best.entry)
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
        if anchor is not None and (
            best.entry.level != "locality" or km(best.entry, anchor.entry) > _stated_km(doc, best, anchor)
        ):
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
                if best is None or best.entry is None or (p.entry is not None and within(p.entry, best.entry))
            ),
            None,
        )
        best = town or best
    if best is None or best.entry is None:
        # no place the gazetteer knows: the country the report's nationalities and bodies name ("Kenyan police")
        implied = implied_country(doc)
        town_entry = site_town(site.text, implied[0].country if implied else None) if site is not None else None
        if site is not None and town_entry is not None:
            # "the Donetsk Filtration Station", "Dhaka - New Market": a city the site is named after
            return Place(
                name=site.text,
                site=site.text,
                locality=town_entry.name,
                admin1=town_entry.admin1,
                country=town_entry.country,
                lat=round(town_entry.lat, 4) if town_entry.lat is not None else None,
                lon=round(town_entry.lon, 4) if town_entry.lon is not None else None,
                geo_precision=1,
                gazetteer_id=town_entry.gazetteer_id,
                evidence=[(site.start, site.end)],
            )
        if site is not None:
            return Place(
                name=site.text,
                site=site.text,
                country=implied[0].country if implied else None,
                geo_precision=3 if implied else None,
                evidence=[(site.start, site.end)] + ([implied[1]] if implied else []),
            )
        unknown = _unknown_where(doc, places, order[:3])
        if unknown is not None:
            # "a mortar shell was fired at the settlement of Kfar Darom": a place the gazetteer lacks, by its name
            return Place(
                name=unknown.text,
                locality=unknown.text,
                country=implied[0].country if implied else None,
                geo_precision=3 if implied else None,
                evidence=[(unknown.start, unknown.end)] + ([implied[1]] if implied else []),
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
    town = None
    if site is None:
        # "insurgency in Algeria ... in Louza, Algeria": the town before any mention of the event's division;
        # "in Ban Yon, Pattani, Thailand": a village before a town and the division it is in
        same = [p for p in places if p.entry == e and p.sentence == best.sentence and p is not best]
        for p in [best, *same]:
            # a part of a city ("Nabi Yunus, Mosul, Nineveh") is the city's: only a smaller town's village is kept
            if e.level != "locality":
                town = unknown_town(places, p, doc)
            else:
                # "in Ban Yon, Pattani, Thailand", "in Ladoora in Tral"; not "the neighborhood of San Rafael,
                # Pitalito", "on X Beach in Y"
                town = unknown_town(places, p, doc)
                gap = doc.text[town.end : p.start].replace(",", " , ").split() if town is not None else []
                if town is not None and (
                    town.before not in ("in", "at")
                    or not (("," in gap and _chained(places, p)) or "in" in gap[-2:])
                    or not all(w in SETTLEMENT_WORDS | {",", "in", "the"} for w in gap)
                ):
                    town = None
            if town is not None:
                evidence = [(p.start, p.extent_end if p.extent_end > p.start else p.end)]
                break
    if town is None and site is None and e.level != "locality":
        # "LEBANON. ... near the Shiite village of Bazouriyeh": a settlement the gazetteer lacks, named as one in
        # the event's first sentences, at the point of the division or country the event is in
        order = list(dict.fromkeys([*sorted(set(focus or []) | set(sentences[:3])), *sentences]))[:3]
        town = _unknown_where(doc, places, order)
    if town is not None and e.level == "locality":
        precision = 2  # "in Ban Yon, Pattani, Thailand": a village the gazetteer lacks, beside the town it names
    if town is not None:
        # "in Wurak village, Papua province": the town the gazetteer lacks, at its division's point
        evidence.insert(0, (town.start, town.end))
    if site is not None:
        evidence.insert(0, (site.start, site.end))
    return Place(
        name=site.text if site is not None else town.text if town is not None else best.text,
        site=site.text if site is not None else None,
        # a village beside a town the gazetteer holds is named as itself, the town kept as its locality
        locality=e.name if e.level == "locality" else town.text if town is not None else None,
        admin1=e.admin1 if e.level in ("locality", "admin2", "admin1") else None,
        country=e.country,
        lat=round(e.lat, 4) if e.lat is not None else None,
        lon=round(e.lon, 4) if e.lon is not None else None,
        geo_precision=precision,
        gazetteer_id=e.gazetteer_id,
        evidence=evidence,
    )


def _stated_km(doc: Doc, town: PlaceMention, anchor: PlaceMention) -> float:
    """How far from its anchor the text puts a town, with room for error: 'Mosul, 390 km north of Baghdad' lets
    the gazetteer's Mosul stand; without a distance, 100 km."""
    between = doc.text[town.end : anchor.start] if town.end <= anchor.start else ""
    m = _DISTANCE.search(between)
    if m is None:
        return 100.0
    value = float(m.group(1).replace(",", "")) * (1.609 if m.group(2).lower().startswith("mi") else 1.0)
    return max(100.0, 1.5 * value + 30)


_DISTANCE = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*-?\s*(" + "|".join(sorted(DISTANCE_UNITS, key=len, reverse=True)) + r")\b", re.I
)


def site_town(site: str, country: str | None) -> GazetteerEntry | None:
    """The city a site's name starts with ('Donetsk Filtration Station'): a city of 100,000 people or more, of
    the report's country when it implies one."""
    words = re.split(r"[\s-]+", site.strip())
    gaz = get_gazetteer()
    for k in range(len(words) - 1, 0, -1):
        towns = [
            e
            for e in gaz.localities(" ".join(words[:k]))
            if not e.alternate and e.population >= 100_000 and (country is None or e.country == country)
        ]
        if towns:
            return towns[0]
    return None


def unknown_town(places: list[PlaceMention], best: PlaceMention, doc: Doc) -> PlaceMention | None:
    """The town the gazetteer lacks that is named just before the division or country the event is in, as its
    part: 'Wurak village, Papua province', 'in Louza, Algeria', 'the town of Matta in the Swat region'."""
    text = doc.text
    found: PlaceMention | None = None
    edge = best.start
    for p in sorted((p for p in places if p.end <= best.start and p.sentence == best.sentence), key=lambda p: -p.end):
        if not _joins_to(text[p.end : edge]):
            break
        if p.entry is not None or p.site or p.dateline or p.away or not _a_town(doc, p):
            break
        found, edge = p, p.start
    return found


def _unknown_where(doc: Doc, places: list[PlaceMention], sentences: list[int]) -> PlaceMention | None:
    """The place the gazetteer lacks that the event's first sentences put it in: one named as a settlement
    first, then one the tagger calls a place after 'in', 'at' or 'near' ('on October 3 in Vannarapannai')."""
    here = [p for p in places if p.sentence in sentences]
    return next((p for p in here if _unknown_settlement(doc, p)), None) or next(
        (p for p in here if _unknown_placed(doc, p)), None
    )


def _unknown_placed(doc: Doc, p: PlaceMention) -> bool:
    """'in Vannarapannai', 'at Mazoo': a name the tagger calls a town or region and the gazetteer lacks, named
    where the event is."""
    if p.entry is not None or p.site or p.dateline or p.away or p.before not in ("in", "at", "near"):
        return False
    if key_is_demonym(p.text) or not _a_town(doc, p):
        return False
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and all(t.ent_type_ in ("GPE", "LOC") for t in span)


def _unknown_settlement(doc: Doc, p: PlaceMention) -> bool:
    """'the village of Bazouriyeh', 'the Netzer Hazani settlement': a name the gazetteer lacks that its kind
    word says is a populated place, named where the event is (not where people came from)."""
    if p.entry is not None or p.site or p.dateline or p.away or key_is_demonym(p.text):
        return False  # not "the Israeli settlement of ..."
    before = doc.text[max(0, p.start - 25) : p.start].lower().split()
    after = doc.text[p.end : p.end + 20].lower().split()
    # "in Balad Ruz, a town in southern Diyala province": the text says what the tagger took for a building is
    called = len(after) >= 3 and after[0] == "," and after[1] in ("a", "an") and after[2] in SETTLEMENT_WORDS
    return _a_town(doc, p, called) and (
        called
        or (len(before) >= 2 and before[-1] == "of" and before[-2] in SETTLEMENT_WORDS)
        or (bool(after) and after[0].strip(",.") in SETTLEMENT_WORDS)
    )


def _chained(places: list[PlaceMention], p: PlaceMention) -> bool:
    """'Pattani, Thailand', 'Pabbi, Peshawar, Khyber Pakhtunkhwa': a town named before the division or country
    it is in, the way a coder's summary gives a place's whole address."""
    nxt = next((q for q in places if q.start > p.end), None)
    return (
        nxt is not None
        and p.entry is not None
        and nxt.entry is not None
        and nxt.sentence == p.sentence
        and nxt.entry.level in ("admin1", "admin2", "country")
        and within(p.entry, nxt.entry)
        and nxt.start - max(p.end, p.extent_end) <= 3
    )


def _a_town(doc: Doc, p: PlaceMention, called: bool = False) -> bool:
    """Not a site ('the Shell Tower'), a part of a town ('Ungawan Sarki neighborhood', its town's) or a division
    ('Saroza District', which the event's place is in, not at). ``called``: the text calls it a town."""
    words = doc.text[p.start : p.extent_end if p.extent_end > p.end else p.end].lower().split()
    after = doc.text[p.end :].split(maxsplit=1)
    kind = after[0].lower().strip(",.") if after else ""
    # "the Gosh Khana area of Dand district": an area is a place of its own
    part = kind in TOWN_PART_WORDS and kind not in ("area", "countryside", "locality")
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    building = not called and span is not None and any(t.ent_type_ == "FAC" for t in span)  # "the Shell Tower"
    return (
        not building
        and not (set(words) & SITE_WORDS)
        and not part
        and PLACE_KIND_WORDS.get(kind) not in ("admin1", "admin2")
    )


def _joins_to(gap: str) -> bool:
    """The words between a place and the division after it say it lies in that division ('village, ', ' in the');
    a division the gazetteer lacks may stand between them ('in Kolofata, Extreme-North, Cameroon')."""
    words = gap.replace(",", " , ").replace("(", " ( ").split()
    return len(words) <= 6 and all(
        w.lower().strip(".") in IN_DIVISION_WORDS
        or w.lower() in PLACE_KIND_WORDS
        or w.lower() in DIRECTION_WORDS
        or (w[:1].isupper() and "," in words and words[0] in (",", "("))
        for w in words
    )


def sentence_span(doc: Doc, index: int) -> Span:
    return doc_sentences(doc)[index]
