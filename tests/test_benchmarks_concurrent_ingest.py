"""Two processes ingesting into one new store at once: the schema is made once, and the store ends with exactly
the reports and incidents a single ingest leaves (benchmarks/concurrent_ingest.py, here with a few tries)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import POSTGRES

SCRIPT = Path(__file__).parent.parent / "benchmarks" / "concurrent_ingest.py"


def _race(*args: str, tries: int = 2) -> dict:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--tries", str(tries), "--reports", "30", *args],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_two_ingests_into_a_new_sqlite_file_leave_what_one_leaves() -> None:
    result = _race()
    assert (
        result["backend"],
        result["same_as_serial"],
        result["reports"],
        result["incidents"],
        result["failures"],
    ) == ("sqlite", 2, 30, 10, [])


@pytest.mark.skipif(not POSTGRES, reason="no PostgreSQL test server (set SITREP_TEST_POSTGRES)")
def test_two_ingests_into_a_new_postgresql_database_leave_what_one_leaves() -> None:
    result = _race("--no-sqlite", "--postgres", POSTGRES or "")
    assert (
        result["backend"],
        result["same_as_serial"],
        result["reports"],
        result["incidents"],
        result["failures"],
    ) == ("postgresql", 2, 30, 10, [])


def test_the_server_and_an_ingest_writing_one_new_store_at_once_leave_what_one_ingest_leaves() -> None:
    """Linking takes the store's lock in the server's writes too: no duplicate incidents."""
    result = _race("--via-api", tries=1)
    assert (result["writers"], result["same_as_serial"], result["incidents"], result["failures"]) == (
        "ingest+api",
        1,
        10,
        [],
    )
    if POSTGRES:
        result = _race("--via-api", "--no-sqlite", "--postgres", POSTGRES, tries=1)
        assert (result["backend"], result["same_as_serial"], result["incidents"], result["failures"]) == (
            "postgresql",
            1,
            10,
            [],
        )
