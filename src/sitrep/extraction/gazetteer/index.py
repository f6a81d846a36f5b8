"""The gazetteer's on-disk form: one SQLite file, whoever built it.

The index the registry package gives and the one imported from GeoNames'
dump files share this schema, so the code that reads them is one.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from pathlib import Path

from ..lexicon import ARABIC_ARTICLES

#: Keys that already start with an Arabic article.
ARTICLE_KEYS = tuple(f"{a} " for a in sorted(ARABIC_ARTICLES))
#: The kind a key written without its article gets: its name's kind plus this.
BARE_KIND = 2

SCHEMA_VERSION = "7"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, country TEXT,
    admin1 TEXT, admin2 TEXT, admin1_code TEXT, admin2_code TEXT,
    lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0,
    fclass TEXT NOT NULL, fcode TEXT NOT NULL
);
-- kind 0: the place's own name (or its ASCII form); 1: an alternate name; 2 and 3: one of those without its
-- Arabic article ('qamishli' of 'al qamishli'), read only when no place has the key as a name of its own
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, id INTEGER NOT NULL, kind INTEGER NOT NULL,
                                  PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS countries (code TEXT PRIMARY KEY, name TEXT NOT NULL, id INTEGER,
                                      continent TEXT, neighbours TEXT, capital TEXT);
CREATE TABLE IF NOT EXISTS country_names (key TEXT PRIMARY KEY, code TEXT NOT NULL);
"""

#: Levels a place can have, from GeoNames' feature codes.
LEVEL_OF_FCODE = {
    "ADM1": "admin1",
    "ADM2": "admin2",
    "PCLI": "country",
    "PCLD": "country",
    "PCLS": "country",
    "PCLF": "country",
    "PCL": "country",
    "TERR": "country",
}


def normalise(name: str) -> str:
    """Case, accents and punctuation folded: 'Baghdād' and 'baghdad' are one key."""
    folded = unicodedata.normalize("NFKD", name.replace("ʼ", "'").replace("’", "'"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"['`ʿʾ]", "", folded.lower())
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def latin_key(name: str) -> str | None:
    """The key of a name written in Latin letters; None for other scripts, which English reports do not use."""
    key = normalise(name)
    if len(key) < 2 or not key.isascii() or key.isdigit():
        return None
    return key


def add_bare_article_keys(con: sqlite3.Connection) -> None:
    """'Qamishli', 'Qaim': reports write Arabic names without the article GeoNames gives them ('Al Qamishli'), so
    each 'al' name is also stored without it, as a key of its own kind that a lookup reads only when no place
    bears the key itself. Built once here so that a lookup is one query."""
    drop_bare_article_keys(con)
    rows = con.execute("SELECT key, id, kind FROM names WHERE key >= 'al ' AND key < 'al!'").fetchall()
    bare = [(key[3:], gid, kind + BARE_KIND) for key, gid, kind in rows if len(key) >= 7]
    con.executemany(
        "INSERT OR IGNORE INTO names VALUES (?,?,?)", [row for row in bare if not row[0].startswith(ARTICLE_KEYS)]
    )


def drop_bare_article_keys(con: sqlite3.Connection) -> None:
    """Before names are added to an index: a bare key left in place would keep a new own name of its key out."""
    con.execute("DELETE FROM names WHERE kind >= ?", (BARE_KIND,))


def connect(path: Path, *, write: bool = False) -> sqlite3.Connection:
    if write:
        con = sqlite3.connect(path)
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;")
        con.executescript(SCHEMA)
        return con
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    con.execute("PRAGMA cache_size=-8192")
    return con
