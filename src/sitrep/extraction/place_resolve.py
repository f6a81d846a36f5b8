"""Gazetteer resolution: which GeoNames entry a candidate name is, given the report's countries and
regions (a "Hyderabad" in a Pakistani report is in Sindh), and the pairs that settle each other
("Gogounou, Alibori": the town in the division named beside it).
"""

from __future__ import annotations

import math
from typing import Literal

from spacy.tokens import Doc

from .gazetteer import Gazetteer, GazetteerEntry, normalise
from .lexicon import LOCATIVE_WORDS, PLACE_KIND_WORDS, RESIDENT_WORDS, RESIDENTS_AFTER_WORDS
from .place_candidates import Candidate, clean


def resolve_pairs(
    gaz: Gazetteer,
    doc: Doc,
    resolved: list[tuple[Candidate, str, GazetteerEntry | None]],
    countries: list[str] | None = None,
) -> list[tuple[Candidate, str, GazetteerEntry | None]]:
    """'Kakuma, Turkana', 'Gogounou (Gogounou, Alibori)', 'Tarin Kot, Uruzgan': a place and the division or
    country named just after it are read together, as the pair that fits. A part of a town named before
    its town ('Model Town neighborhood, Lahore', 'Wazir Akbar Khan, Kabul') gives way to the town.
    ``countries``: the ones the report names itself; a name resolved in one of them is not read as a pair in
    another ("San Isidro, La Paz, Tarlac, Philippines" is not the San Isidro of La Paz in Mexico)."""
    out = list(resolved)
    named = countries or []
    for k, (c, name, entry) in enumerate(out):
        if entry is not None and entry.level not in ("locality", "admin2", "admin1"):
            continue
        for m in range(k + 1, min(k + 3, len(out))):
            c2, name2, entry2 = out[m]
            gap = doc[c.end : c2.start]
            # "Koumbara (Lanfiera, Sourou)": a commune the gazetteer lacks, between the town and its province
            bracket = len(gap) > 2 and gap[0].text == "(" and c2.end < len(doc) and doc[c2.end].text == ")"
            if (
                not gap
                or len(gap) > (5 if bracket else 3)
                or not all(
                    t.text in (",", "(", "-")
                    or (bracket and t.text[:1].isupper())
                    or t.lower_ in PLACE_KIND_WORDS
                    or (t.lower_ in ("of", "the") and c.prefer is not None)
                    or (t.lower_ == "in" and c.prefer == "part")  # "Millburn Estate in Coleraine"
                    for t in gap
                )
            ):
                break  # "the Laleli district of Istanbul" reads on
            if (
                entry2 is not None
                and entry2.level == "locality"
                and (
                    c.prefer == "part"
                    or ((entry is None or entry.level == "locality") and any(t.lower_ == "of" for t in gap))
                )
            ):
                # "Konak neighborhood, Izmir", "the Sheikh Othman district of Aden": the town it is a part of
                out[k] = (c, name, None)
                break
            best = None
            country = gaz.country(name2)
            outers = ([country] if country is not None else []) + [
                e for e in gaz.lookup(name2) if e.level in ("admin1", "admin2")
            ]
            if entry is not None and entry.country in named and not any(o.country in named for o in outers):
                # "San Isidro, La Paz, Tarlac, Philippines": not the San Isidro of a La Paz in Mexico
                outers = []
            for outer in outers:
                for inner in gaz.lookup(name):
                    if (
                        inner.level in ("locality", "admin2")
                        and inner is not outer
                        and (
                            within(inner, outer)
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
                            # "Hyderabad city (Hyderabad, Sindh)": the town already read, in its own division
                            entry is None or inner.country == entry.country,
                            not inner.alternate,
                            outer.level == "admin1",
                            inner.population,
                        )
                        if best is None or key > best[0]:
                            best = (key, inner, outer)
            if (
                entry is not None
                and entry.level == "admin1"
                and (
                    best is None
                    or best[1].country == entry.country
                    or country is not None
                    or (entry2 is not None and entry2.country != best[2].country)
                )
            ):
                break  # a region is read with the division after it only as a town of another country's region
            if (
                best is not None
                and best[1].lat is None
                and entry is not None
                and entry.lat is not None
                and entry.country == best[1].country
            ):
                best = None  # "Thika town (Kiambu county)": the town read, not a district of its name without a point
            if best is not None:
                # "Anzoategui (Tolima)": the town in the region named beside it, not a namesake region elsewhere
                out[k] = (c, name, best[1])
                if entry2 is None or entry2.level == "locality" or entry2.country != best[2].country:
                    out[m] = (c2, name2, best[2])
                break
            if (
                entry is not None
                and outers
                and entry.country not in {o.country for o in outers}
                and (entry.population < 100_000 or entry.alternate)
                and (entry2 is not None or c2.source not in ("run", "org-run"))
            ):
                out[k] = (c, name, None)  # "Fino Town, Mandera County": not the Fino of another country
                break
            town = entry2 if entry2 is not None and entry2.level == "locality" else None
            if town is not None and entry is not None and entry.level == "locality" and any(t.text == "(" for t in gap):
                if entry.country != town.country or km(entry, town) > 50:
                    out[m] = (c2, name2, None)  # "Panama City (Bella Vista)": a part of the town, not a namesake
                break
            part_of = any(t.lower_ == "of" for t in gap)  # "the Laleli district of Istanbul"
            elsewhere = entry is not None and (
                entry.country != (town.country if town else None) or (town is not None and km(entry, town) > 50)
            )
            if town is not None and (c.prefer == "part" or part_of or elsewhere):
                out[k] = (c, name, None)  # a part of a town, or a namesake far away, is that town's
            break
    return out


def resolve(
    gaz: Gazetteer,
    doc: Doc,
    c: Candidate,
    name: str,
    raw: str,
    countries: list[str],
    admin1s: list[str],
    named: bool = False,
    implied: bool = False,
    lone: bool = False,
) -> GazetteerEntry | None:
    """The place a candidate names, or None; a proper-noun run must be a town of the report's countries.
    ``lone``: no other name of the report is in the gazetteer."""
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
    own_size = max((e.population for e in ranked if e.level == "locality" and not e.alternate), default=0)

    def dominant(e: GazetteerEntry) -> bool:
        """'Londonderry' for Derry, 'Mahendranagar' for Bhimdatta: a city's other name that only far smaller
        towns bear as their own."""
        return (
            e.level == "locality"
            and e.alternate
            and len(name) >= 6  # not 'Run' of 'Cane Run Road', an abbreviation of Saint-Denis
            and 0 < own_size < 20_000
            and e.population >= max(50_000, 5 * own_size)
        )

    if c.source in ("run", "org-run"):
        prev = doc[c.start - 1].lower_ if c.start > 0 else ""
        residents = c.start >= 2 and doc[c.start - 2].lower_ in RESIDENT_WORDS  # "Residents of Muhoroni"
        # "in X", "Puli Alam city, Logar", "(Boundore, Yagha)", "the Santander Governor"
        # "Mandera residents": a name before the word for its people is a place as surely as "in Mandera"
        after = doc[c.end].lower_ if c.end < len(doc) else ""
        placed = prev in LOCATIVE_WORDS | {",", "("} or c.prefer == "admin1" or after in RESIDENTS_AFTER_WORDS

        regions = {normalise(a) for a in admin1s}
        # a city's name ("WASHINGTON (Reuters)") is the city before a small namesake of the report's region
        city = any(e.level == "locality" and e.population >= 100_000 for e in ranked[:3])

        def plausible(e: GazetteerEntry) -> bool:
            if c.source == "org-run":
                # "the Paris Beacon-News" in a report about Illinois: a small town of the report's own region
                big = e.population >= 20_000 or (not city and e.admin1 is not None and normalise(e.admin1) in regions)
                return e.level == "locality" and not e.alternate and e.country in countries and big
            # a city's other name ("in Raqqa" for Ar Raqqah) stands without a country; a village's does not, unless
            # no other place bears the name and the report names no other ("towards Sederot" for Sderot)
            known = placed and (
                e.country in countries
                or (
                    not countries
                    and not _acronym(name)
                    and (
                        (e.population >= 100_000 and prev in ("in", "at", "near"))
                        or (lone and prev != "of" and len(name) >= 6 and len(gaz.lookup(name)) == 1)
                    )
                )
            )
            if e.level != "locality":
                return e.country in countries or (not countries and placed and not e.alternate)
            if e.alternate and not known and not dominant(e):
                return False
            if not countries and prev == "of" and not residents and e.population < 100_000:
                return False  # "the murder of Alfonso Parada": after 'of', only a city stands without a country
            return e.country in countries or (not countries and (e.population >= 100_000 or placed))

        ranked = [e for e in ranked[:3] if plausible(e)]
        if _acronym(raw.strip()) and len(raw.strip()) <= 3:
            ranked = [e for e in ranked if e.level != "locality"]  # "(AL)": an acronym, not the town of Ål
        if not ranked:
            return None
    best = ranked[0]
    if raw != name and best.level == "locality" and best.country not in countries and best.population < 50_000:
        return None  # "West Side" is not the town of Side
    if (
        c.source == "ner"
        and best.alternate
        and not dominant(best)
        and best.country not in countries
        and best.population < 100_000
        and (countries or len(gaz.lookup(name)) > 1 or len(name) < 4 or _acronym(name))
    ):
        return None  # without a country, a name that only one place bears is that place ("in Maroussi")
    if best.alternate and countries and best.country not in countries and c.source != "ner":
        return None  # "the Kali forest" in a report about Burkina Faso is not Cali, whose other name it is
    return best


def town_of_region(
    gaz: Gazetteer,
    doc: Doc,
    name: str,
    entry: GazetteerEntry | None,
    region: tuple[str, str],
    resolved: list[tuple[Candidate, str, GazetteerEntry | None]],
) -> GazetteerEntry | None:
    """'Palestine' in a report whose towns are in Texas, 'Jordan' in one about Minnesota: a country's name
    that is also a town of the report's region is that town, when nothing else of the report is in the country
    (no other place there, no nationality of it)."""
    if entry is None or entry.level != "country" or entry.country == region[0]:
        return None
    town = max(
        (e for e in gaz.lookup(name) if e.level == "locality" and not e.alternate and (e.country, e.admin1) == region),
        key=lambda e: e.population,
        default=None,
    )
    if town is None:
        return None
    if any(e is not None and e.country == entry.country and n != name for _c, n, e in resolved):
        return None
    if any(ent.label_ == "NORP" and gaz.country_of(clean(ent.text)) == entry.country for ent in doc.ents):
        return None
    return town


def chain_divisions(
    gaz: Gazetteer, doc: Doc, resolved: list[tuple[Candidate, str, GazetteerEntry | None]]
) -> list[tuple[Candidate, str, GazetteerEntry | None]]:
    """'Panchagarh upazila (Panchagarh Sadar, Rangpur)', 'Noakhali town (Noakhali Sadar, Chittagong)': a name
    that closes a place's chain of divisions is the division of that name that holds the place, not a city
    of its name."""
    out = list(resolved)
    for m, (c2, name2, entry2) in enumerate(out):
        if entry2 is None or entry2.level != "locality" or c2.start == 0 or doc[c2.start - 1].text not in (",", "("):
            continue
        for k in range(m - 1, max(m - 3, -1), -1):
            c, _name, entry = out[k]
            gap = doc[c.end : c2.start]
            if len(gap) > 8 or not all(
                t.text in (",", "(", ")") or t.lower_ in PLACE_KIND_WORDS or t.text[:1].isupper() for t in gap
            ):
                break
            if entry is None or entry.level not in ("locality", "admin2") or entry.country != entry2.country:
                continue
            division = next(
                (
                    d
                    for d in gaz.lookup(name2)
                    if d.level in ("admin1", "admin2") and d is not entry and within(entry, d)
                ),
                None,
            )
            if division is not None:
                out[m] = (c2, name2, division)
            break
    return out


def chain_regions(
    gaz: Gazetteer, doc: Doc, resolved: list[tuple[Candidate, str, GazetteerEntry | None]]
) -> list[tuple[Candidate, str, GazetteerEntry | None]]:
    """'Kyun Kone village of Kyaikmaraw township (Mawlamyine district, Mon state)': a town whose address names a
    first-level region of its country that it is not in is that region's town of the name, or a town the
    gazetteer lacks (so the address's own places stand), wherever the name is repeated."""
    out = list(resolved)
    for k, (c, name, e) in enumerate(resolved):
        if e is None or e.level != "locality":
            continue
        end = c.end
        for c2, _name2, e2 in resolved[k + 1 : k + 5]:
            gap = doc[end : c2.start]
            if len(gap) > 4 or not all(
                t.text in (",", "(", ")") or t.lower_ in PLACE_KIND_WORDS or t.lower_ == "of" or t.text[:1].isupper()
                for t in gap
            ):
                break
            end = c2.end
            # in the brackets of an address ("(Mawlamyine district, Mon state)"), not a list ("Orlando, Cordova,
            # Tennessee")
            opened = "(" in doc[c.end : c2.start].text and ")" not in doc[c.end : c2.start].text
            if opened and e2 is not None and e2.level == "admin1" and e2.country == e.country and not within(e, e2):
                town = next((t for t in gaz.localities(name) if within(t, e2)), None)
                out = [(o, n, town if (n == name and oe == e) else oe) for o, n, oe in out]
                break
    return out


def town_of_its_division(
    gaz: Gazetteer, doc: Doc, resolved: list[tuple[Candidate, str, GazetteerEntry | None]]
) -> list[tuple[Candidate, str, GazetteerEntry | None]]:
    """'in Thyolo (Thyolo, Southern)': a name whose address in brackets starts with the division of that name is
    the town the division is named after, when the gazetteer holds one in it."""
    out = list(resolved)
    for k in range(len(out) - 1):
        c, name, e = out[k]
        c2, name2, e2 = out[k + 1]
        if e is None or e.level not in ("admin1", "admin2") or e2 != e or name2 != name:
            continue
        if c2.start != c.end + 1 or doc[c.end].text != "(":
            continue
        town = max(
            (t for t in gaz.localities(name) if within(t, e) and not t.alternate),
            key=lambda t: t.population,
            default=None,
        )
        if town is not None:
            out[k] = (c, name, town)
    return out


def _acronym(name: str) -> bool:
    """'AMD', 'BA': a short name in capitals is an acronym before it is another name of a town."""
    return name.isupper() and len(name) <= 4


def within(inner: GazetteerEntry, outer: GazetteerEntry) -> bool:
    if inner.country != outer.country:
        return False
    if outer.level == "admin1":
        return inner.level in ("admin2", "locality") and inner.admin1 == outer.admin1
    if outer.level == "admin2":
        return inner.level == "locality" and inner.admin2 == outer.name
    return outer.level == "country" and inner.level != "country"


def km(a: GazetteerEntry, b: GazetteerEntry | None) -> float:
    if b is None or a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.0
    r = math.pi / 180
    h = (
        math.sin((b.lat - a.lat) * r / 2) ** 2
        + math.cos(a.lat * r) * math.cos(b.lat * r) * math.sin((b.lon - a.lon) * r / 2) ** 2
    )
    return 12742 * math.asin(min(1.0, math.sqrt(h)))
