"""Per-report verdicts: for each gold field present, is the record right?

A verdict is a ``{column: bool}`` map; a column is absent when the gold does
not ask it. Subset columns (``killed_lit``, ``country_named``,
``place_named``, ``place_gaz``, ``place_named_gaz``) repeat a field's verdict
on the reports that meet a condition, so a table can show how a field does
where the text gives the answer.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

PLACE_KM = 50.0
COUNT_FIELDS = ("killed", "injured", "kidnapped")
TYPE_FIELDS = ("event_type", "sub_event_type")
#: (column, meta flag): the count is written out in the text, digits or a word up to twenty
LITERAL_FLAGS = (
    ("killed_lit", "heuristic_killed_figure_literal_in_text"),
    ("injured_lit", "heuristic_injured_figure_literal_in_text"),
)
#: the fields themselves, whose misses are listed
BASE_FIELDS = ("killed", "injured", "kidnapped", "date", "event_type", "sub_event_type", "country", "place")
#: every column a report row can have, in table order
COLUMNS = (
    "killed",
    "killed_lit",
    "injured",
    "injured_lit",
    "kidnapped",
    "date",
    "event_type",
    "sub_event_type",
    "country",
    "country_named",
    "place",
    "place_named",
    "place_gaz",
    "place_named_gaz",
)

#: Does the gazetteer hold a place of this name (near lat/lon, or in this country)? None: cannot tell.
GazetteerHolds = Callable[[str, "float | None", "float | None", "str | None"], "bool | None"]
#: Does this text name the country (by its name, a demonym or a place in it)?
NamesCountry = Callable[[str, str], bool]

_GENERIC = re.compile(
    r"\b(district|province|governorate|prefecture|county|state|region|municipality|city|town|"
    r"village|department|division|tehsil|area|camp)\b"
)


def fold(text: str) -> str:
    """Lower case, accents and punctuation folded: 'Bogotá' and 'BOGOTA' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", bare.lower()).split())


def name_keys(name: str) -> set[str]:
    """The forms a gold place name may match: each part of 'Magas, Ingushetia' or 'Dhaka - Rampura', without
    'district', 'province' and the like."""
    keys: set[str] = set()
    for part in re.split(r",|\s-\s|\(|\)|/", name):
        key = fold(part)
        if key.startswith("the "):
            key = key[4:]
        bare = " ".join(_GENERIC.sub(" ", key).split())
        keys.update(k for k in (key, bare) if len(k) >= 2)
    return keys


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def named_in(name: str, text: str) -> bool:
    """Whether the text names the place, as a whole word, case and accents folded."""
    folded = f" {fold(text)} "
    return any(f" {key} " in folded for key in name_keys(name))


def same_place(gold: dict[str, Any], place: dict[str, Any]) -> bool:
    """Within 50 km where the gold has coordinates, else the same town by name."""
    if _has_coords(gold):
        if place.get("lat") is None or place.get("lon") is None:
            return False
        return km(gold["lat"], gold["lon"], place["lat"], place["lon"]) <= PLACE_KM
    wanted = name_keys(str(gold.get("location") or ""))
    said = set().union(*(name_keys(str(place[k])) for k in ("name", "locality", "site") if place.get(k)))
    return bool(wanted & said)


def _has_coords(gold: dict[str, Any]) -> bool:
    return isinstance(gold.get("lat"), int | float) and isinstance(gold.get("lon"), int | float)


def gold_value(column: str, gold: dict[str, Any]) -> object:
    """The gold answer a column compares against, for listing a miss."""
    base = column.split("_")[0] if column not in TYPE_FIELDS else column
    if base == "place":
        return {k: gold[k] for k in ("location", "lat", "lon") if k in gold}
    if base == "date":
        return str(gold.get("date") or "")[:10]
    return gold.get(base)


def verdicts(
    gold: dict[str, Any],
    meta: dict[str, Any],
    text: str,
    said: dict[str, Any],
    holds: GazetteerHolds | None = None,
    names_country: NamesCountry | None = None,
) -> dict[str, bool]:
    """Right or wrong, per column the gold asks, for one report and what its record ``said`` (see reading)."""
    out: dict[str, bool] = {}
    for name in COUNT_FIELDS:
        if isinstance(gold.get(name), int):
            out[name] = int(said.get(name) or 0) == gold[name]
    for column, flag in LITERAL_FLAGS:
        base = column.removesuffix("_lit")
        if base in out and meta.get(flag) is True:
            out[column] = out[base]
    if gold.get("date"):
        out["date"] = str(said.get("date") or "")[:10] == str(gold["date"])[:10]
    for name in TYPE_FIELDS:
        if gold.get(name):
            out[name] = said.get(name) == gold[name]
    if gold.get("country"):
        out["country"] = said.get("country") == gold["country"]
        if names_country is not None and _country_named(gold, meta, text, names_country):
            out["country_named"] = out["country"]
    if _has_coords(gold) or gold.get("location"):
        out.update(_place_columns(gold, text, said.get("place") or {}, holds))
    return out


def _country_named(gold: dict[str, Any], meta: dict[str, Any], text: str, names_country: NamesCountry) -> bool:
    """The text names the country, a demonym of it, or the gold place (approximate)."""
    if names_country(text, gold["country"]):
        return True
    names = [str(n) for n in (gold.get("location"), meta.get("source_country")) if n]
    return any(named_in(n, text) for n in names)


def _place_columns(
    gold: dict[str, Any], text: str, place: dict[str, Any], holds: GazetteerHolds | None
) -> dict[str, bool]:
    right = same_place(gold, place)
    out = {"place": right}
    location = str(gold.get("location") or "")
    named = bool(location) and named_in(location, text)
    if named:
        out["place_named"] = right
    if location and holds is not None:
        held = holds(
            location,
            gold.get("lat") if _has_coords(gold) else None,
            gold.get("lon") if _has_coords(gold) else None,
            gold.get("country"),
        )
        if held:
            out["place_gaz"] = right
            if named:
                out["place_named_gaz"] = right
    return out
