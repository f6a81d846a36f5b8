"""The gazetteer questions the scorer asks, through the gazetteer's public lookups only.

A gazetteer that cannot be built here answers "cannot tell": the subset
columns are then left out, the scores stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol

from ..errors import GazetteerError
from .fields import PLACE_KM, km

_WORD_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_GENERIC = re.compile(
    r"\s+(district|province|governorate|prefecture|county|state|region|municipality|city|"
    r"department|division|tehsil|area)$",
    re.I,
)


class GazetteerLike(Protocol):
    """What the scorer asks of a gazetteer: the package's, or a test's small stand-in."""

    def lookup(self, text: str) -> Sequence[PlaceLike]: ...

    def country_of(self, text: str) -> str | None: ...


class PlaceLike(Protocol):
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...
    @property
    def country(self) -> str | None: ...


def _package_gazetteer() -> GazetteerLike | None:
    from ..extraction.gazetteer import get_gazetteer

    try:
        return get_gazetteer()
    except GazetteerError:
        return None  # no index can be built here: the subset columns are left out


#: Where the questions below get their gazetteer: the package's, unless ``use_gazetteer`` says otherwise.
_source: Callable[[], GazetteerLike | None] = _package_gazetteer


def use_gazetteer(source: Callable[[], GazetteerLike | None] | None = None) -> None:
    """Ask ``source`` for the gazetteer from now on (None: the package's), forgetting every answer kept."""
    global _source
    _source = source if source is not None else _package_gazetteer
    _candidates.cache_clear()
    _country_of.cache_clear()


@lru_cache(maxsize=100_000)
def _candidates(name: str) -> tuple[tuple[float | None, float | None, str | None], ...]:
    """(lat, lon, country) of every place of that name the gazetteer holds: towns, divisions, countries."""
    gaz = _source()
    if gaz is None:
        return ()
    return tuple((e.lat, e.lon, e.country) for e in gaz.lookup(name))


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
    if _source() is None:
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
    gaz = _source()
    return gaz.country_of(words) if gaz is not None else None


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
