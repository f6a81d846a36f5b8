"""The gazetteer questions the scorer asks, through the gazetteer's public lookups only.

Any failure of the gazetteer (a missing lookup, a missing index) answers
"cannot tell": the subset columns are then left out, the scores stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .fields import PLACE_KM, km

_WORD_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_GENERIC = re.compile(
    r"\s+(district|province|governorate|prefecture|county|state|region|municipality|city|"
    r"department|division|tehsil|area)$",
    re.I,
)


def _package_gazetteer() -> Any | None:
    try:
        from ..extraction.gazetteer import get_gazetteer

        return get_gazetteer()
    except Exception:
        return None


#: Where the questions below get their gazetteer: the package's, unless ``use_gazetteer`` says otherwise.
_source: Callable[[], Any | None] = _package_gazetteer


def _gazetteer() -> Any | None:
    return _source()


def use_gazetteer(source: Callable[[], Any | None] | None = None) -> None:
    """Ask ``source`` for the gazetteer from now on (None: the package's), forgetting every answer kept.

    Anything with ``lookup(name)`` and ``country_of(words)`` will do: a test's small stand-in, say.
    """
    global _source
    _source = source if source is not None else _package_gazetteer
    _candidates.cache_clear()
    _country_of.cache_clear()


@lru_cache(maxsize=100_000)
def _candidates(name: str) -> tuple[tuple[float | None, float | None, str | None], ...]:
    """(lat, lon, country) of every place of that name the gazetteer holds: towns, then regions."""
    gaz = _gazetteer()
    if gaz is None:
        return ()
    out: list[tuple[float | None, float | None, str | None]] = []
    # one lookup of every kind of place where the gazetteer has it, else its towns and its regions
    lookups = ("lookup",) if callable(getattr(gaz, "lookup", None)) else ("localities", "admin1_candidates")
    for lookup in lookups:
        fn = getattr(gaz, lookup, None)
        if fn is None:
            continue
        try:
            entries = fn(name) or ()
        except Exception:
            continue
        out.extend((getattr(e, "lat", None), getattr(e, "lon", None), getattr(e, "country", None)) for e in entries)
    return tuple(out)


def _names(location: str) -> list[str]:
    """The gazetteer keys to try for a gold place name: itself, each comma part, without 'district' and the like."""
    names: list[str] = []
    for part in [location, *re.split(r",|\s-\s|\(|\)|/", location)]:
        part = part.strip()
        for name in (part, _GENERIC.sub("", part)):
            if len(name) >= 2 and name not in names:
                names.append(name)
    return names


def gazetteer_holds(location: str, lat: float | None, lon: float | None, country: str | None) -> bool | None:
    """Whether the gazetteer holds a place of this name within 50 km of the gold (or, with no coordinates,
    in the gold country). None when the gazetteer cannot be asked."""
    if _gazetteer() is None:
        return None
    for name in _names(location):
        for c_lat, c_lon, c_country in _candidates(name):
            if lat is not None and lon is not None:
                if c_lat is not None and c_lon is not None and km(lat, lon, c_lat, c_lon) <= PLACE_KM:
                    return True
            elif country is None or c_country == country:
                return True
    return False


@lru_cache(maxsize=100_000)
def _country_of(words: str) -> str | None:
    gaz = _gazetteer()
    fn = getattr(gaz, "country_of", None)
    if fn is None:
        return None
    try:
        found = fn(words)
        return str(found) if found is not None else None
    except Exception:
        return None


def text_names_country(text: str, country: str) -> bool:
    """Whether a run of capitalised words in the text is the country's name or demonym ('Chile', 'Afghan')."""
    for match in _WORD_RUN.finditer(text):
        parts = match.group(0).split()
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                words = " ".join(parts[i:j])
                if country in (_country_of(words), _country_of(words.strip(".,'’"))):
                    return True
    return False
