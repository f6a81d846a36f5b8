"""Shared fixtures: the spaCy pipeline is loaded once per test session; stores on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid

import pytest
from spacy.language import Language

from sitrep import nlp as nm

POSTGRES = os.environ.get("SITREP_TEST_POSTGRES")


@pytest.fixture(scope="session")
def nlp() -> Language:
    return nm.load()


def _fresh_postgres() -> str:
    """A new empty database on the test server, so tests never see each other's rows."""
    import psycopg

    name = f"sitrep_{uuid.uuid4().hex[:12]}"
    admin = POSTGRES.replace("postgresql://", "postgresql://", 1)  # type: ignore[union-attr]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A store location: a SQLite file, and a PostgreSQL database when a test server is given."""
    if request.param == "sqlite":
        return str(tmp_path / "sitrep.db")
    if not POSTGRES:
        pytest.skip("no PostgreSQL test server (set SITREP_TEST_POSTGRES)")
    return _fresh_postgres()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> str:
    """A SQLite store holding the demo corpus (18 reports, 5 incidents) and one report full of markup."""
    from importlib import resources
    from pathlib import Path

    from sitrep.ingest import ingest
    from sitrep.store import Store

    path = str(tmp_path_factory.mktemp("served") / "demo.db")
    store = Store.open(path)
    corpus = resources.files("sitrep") / "data" / "incidents" / "reports.jsonl"
    injection = Path(__file__).parent / "data" / "injection.jsonl"
    summary = ingest(store, [str(corpus), str(injection)])
    assert summary.new == 19, summary
    store.dispose()
    return path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-snapshots",
        action="store_true",
        default=False,
        help="Write tests/snapshots/ anew from the records sitrep makes now, instead of comparing with them.",
    )


@pytest.fixture(scope="session")
def update_snapshots(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-snapshots"))
