"""The gazetteer's on-disk form: one SQLite file, whoever built it.

The index the registry package gives and the one imported from GeoNames'
dump files share this schema, so the code that reads them is one.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from pathlib import Path

SCHEMA_VERSION = "6"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, country TEXT,
    admin1 TEXT, admin2 TEXT, admin1_code TEXT, admin2_code TEXT,
    lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0,
    fclass TEXT NOT NULL, fcode TEXT NOT NULL
);
-- kind 0: the place's own name (or its ASCII form); 1: an alternate name
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


def connect(path: Path, *, write: bool = False) -> sqlite3.Connection:
    if write:
        con = sqlite3.connect(path)
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;")
        con.executescript(SCHEMA)
        return con
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    con.execute("PRAGMA cache_size=-8192")
    return con
