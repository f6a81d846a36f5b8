"""Import of full GeoNames dumps (allCountries, cities500, alternateNames) into a gazetteer index: the
larger index ``sitrep gazetteer import`` builds, beside the packaged one.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ...errors import GazetteerError
from .build import SKIP_LANGUAGES, Progress, division_keys, package_versions
from .index import LEVEL_OF_FCODE, add_bare_article_keys, connect, drop_bare_article_keys, latin_key


def _dump_kind(path: Path) -> str:
    name = path.name.lower()
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("admin2codes"):
        return "admin2"
    if name.startswith("alternatenames"):
        return "alternates"
    if re.fullmatch(r"(allcountries|[a-z]{2})\.(zip|txt)", name):
        return "places"
    raise GazetteerError(
        f"{path.name}: not a GeoNames dump file this command reads "
        "(allCountries.zip, XX.zip, alternateNamesV2.zip, admin1CodesASCII.txt, admin2Codes.txt)"
    )


def _lines(path: Path) -> Iterator[str]:
    """The data lines of a dump file, read as a stream from the zip or the text file."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z:
            member = next((n for n in z.namelist() if n.lower() == path.stem.lower() + ".txt"), None) or next(
                (n for n in z.namelist() if n.endswith(".txt") and not n.startswith(("iso-", "readme"))), None
            )
            if member is None:
                raise GazetteerError(f"{path.name}: no .txt file inside")
            with z.open(member) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    else:
        with open(path, encoding="utf-8", newline="\n") as f:
            yield from f


def import_dumps(
    files: Iterable[Path], target: Path, base: Path, progress: Progress | None = None, every: int = 500_000
) -> dict[str, int]:
    """Build ``target`` from the package index ``base`` and GeoNames dump ``files``; counts of what was read."""
    say = progress or (lambda _m: None)
    files = [Path(f) for f in files]
    for f in files:
        if not f.is_file():
            raise FileNotFoundError(f"{f}: no such file")
    kinds = {f: _dump_kind(f) for f in files}
    order = {"admin1": 0, "admin2": 1, "places": 2, "alternates": 3}
    files.sort(key=lambda f: order[kinds[f]])
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(base, tmp)
    con = connect(tmp, write=True)
    drop_bare_article_keys(con)
    admin_names: dict[str, str] = dict(
        con.execute("SELECT COALESCE(admin2_code, admin1_code), name FROM places WHERE level IN ('admin1','admin2')")
    )
    counts = {"places": 0, "names": 0}
    for f in files:
        kind = kinds[f]
        say(f"reading {f.name}")
        if kind in ("admin1", "admin2"):
            for line in _lines(f):
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 2 and cols[0]:
                    admin_names[cols[0]] = cols[1]
        elif kind == "places":
            counts["places"] += _import_places(con, f, admin_names, say, every)
        else:
            counts["names"] += _import_alternates(con, f, say, every)
    add_bare_article_keys(con)
    con.execute(
        "INSERT OR REPLACE INTO meta VALUES ('source', ?)",
        (package_versions() + "+geonames-dumps:" + ",".join(f.name for f in files),),
    )
    con.commit()
    con.close()
    os.replace(tmp, target)
    say(f"wrote {target}: {counts['places']:,} places, {counts['names']:,} alternate names")
    return counts


def _import_places(con: sqlite3.Connection, path: Path, admin_names: dict[str, str], say: Progress, every: int) -> int:
    """Populated places, first- and second-level divisions and countries of a geoname table dump."""
    kept = 0
    rows: list[tuple[Any, ...]] = []
    names: list[tuple[str, int, int]] = []

    def flush() -> None:
        ids = [(r[0],) for r in rows]
        con.executemany("DELETE FROM names WHERE id = ? AND kind = 0", ids)
        con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
        rows.clear()
        names.clear()

    for n, line in enumerate(_lines(path), 1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15:
            raise GazetteerError(f"{path.name} line {n}: {len(cols)} columns, a GeoNames table has 19")
        fclass, fcode = cols[6], cols[7]
        level = "locality" if fclass == "P" and fcode not in ("PPLH", "PPLQ", "PPLW") else LEVEL_OF_FCODE.get(fcode)
        if level is None or (fclass == "A" and level == "locality"):
            continue
        gid, cc = int(cols[0]), cols[8]
        a1 = f"{cc}.{cols[10]}" if cols[10] and cols[10] != "00" else None
        a2 = f"{a1}.{cols[11]}" if a1 and cols[11] else None
        rows.append(
            (
                gid,
                cols[1],
                level,
                cc or None,
                admin_names.get(a1 or ""),
                admin_names.get(a2 or ""),
                a1,
                a2 if level != "admin1" else None,
                float(cols[4]),
                float(cols[5]),
                int(cols[14] or 0),
                fclass,
                fcode,
            )
        )
        own = {k for k in (latin_key(cols[1]), latin_key(cols[2])) if k}
        if level in ("admin1", "admin2"):
            own = set().union(*(division_keys(x) for x in (cols[1], cols[2])))
        names.extend((k, gid, 0) for k in own)
        for alt in cols[3].split(",") if cols[3] else ():
            key = latin_key(alt)
            if key and key not in own:
                names.append((key, gid, 1))
        kept += 1
        if len(rows) >= 20_000:
            flush()
        if n % every == 0:
            say(f"{path.name}: {n:,} lines, {kept:,} places")
    flush()
    say(f"{path.name}: {kept:,} places")
    return kept


def _import_alternates(con: sqlite3.Connection, path: Path, say: Progress, every: int) -> int:
    """Alternate names (alternateNamesV2) of the places the index holds; codes and links are left out."""
    batch: list[tuple[str, int, int]] = []
    added = 0
    for n, line in enumerate(_lines(path), 1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or cols[2] in SKIP_LANGUAGES:
            continue
        key = latin_key(cols[3])
        if key:
            gid = int(cols[1])
            batch.append((key, gid, gid))
        if len(batch) >= 50_000:
            added += _insert_alternates(con, batch)
        if n % every == 0:
            say(f"{path.name}: {n:,} lines")
    added += _insert_alternates(con, batch)
    return added


def _insert_alternates(con: sqlite3.Connection, batch: list[tuple[str, int, int]]) -> int:
    before = con.total_changes
    con.executemany(
        "INSERT OR IGNORE INTO names SELECT ?, ?, 1 WHERE EXISTS (SELECT 1 FROM places WHERE id = ?)", batch
    )
    batch.clear()
    return con.total_changes - before
