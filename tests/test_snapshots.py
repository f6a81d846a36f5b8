"""Per-report snapshots: the record JSON of every report of tests/gold/ and of the demo, kept in tests/snapshots/.

The gold tests score the set as a whole, so one report can get worse while the totals hold; here any change
to any report's record fails with a unified diff of its JSON. When a change is meant, rewrite the snapshots
(`make snapshots`, or `pytest tests/test_snapshots.py --update-snapshots`) and commit the diff with it.
A record holds no time stamp, path or run id, and its text (the input) is left out, so a snapshot is the
same on every machine.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

import sitrep
from sitrep.read import Report, parse_published

GOLD = Path(__file__).parent / "gold"
SNAPSHOTS = Path(__file__).parent / "snapshots"
DEMO = resources.files("sitrep") / "data" / "demo"


def _reports() -> dict[str, Report]:
    reports: dict[str, Report] = {}
    for text in sorted(GOLD.glob("*.txt")):
        gold = json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))
        reports[f"gold/{text.stem}"] = Report(
            text.read_text(encoding="utf-8"), parse_published(gold["published"]), None, None, None
        )
    meta = json.loads((DEMO / "lal-masjid.json").read_text(encoding="utf-8"))
    reports["demo/lal-masjid"] = Report(
        (DEMO / "lal-masjid.txt").read_text(encoding="utf-8"),
        parse_published(meta.get("published")),
        meta.get("title"),
        meta.get("outlet"),
        None,
    )
    return reports


REPORTS = _reports()


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[None]:
    """The codebook rules read the types, whatever event type model the environment names."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("SITREP_TYPE_MODEL", raising=False)
        yield


_SPAN = re.compile(r"\[\s+(-?\d+),\s+(-?\d+)\s+\]")


def dump(record: dict[str, object]) -> str:
    """A record's snapshot text: indented, keys in the record's own order, a [start, end] span on one line."""
    return _SPAN.sub(r"[\1, \2]", json.dumps(record, ensure_ascii=False, indent=2)) + "\n"


@pytest.fixture(scope="module")
def records(monkeypatch_module: None) -> dict[str, str]:
    made = sitrep.extract_many(list(REPORTS.values()))
    return {name: dump(r.to_json(include_text=False)) for name, r in zip(REPORTS, made, strict=True)}


def test_every_report_has_its_snapshot_and_no_snapshot_is_left_over(update_snapshots: bool) -> None:
    kept = {p.relative_to(SNAPSHOTS).with_suffix("").as_posix(): p for p in SNAPSHOTS.glob("*/*.json")}
    if update_snapshots:  # a report gone from the set takes its snapshot with it; new ones are written below
        for name in set(kept) - set(REPORTS):
            kept[name].unlink()
        return
    assert set(kept) == set(REPORTS), "run `make snapshots` to add or drop snapshots"


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_the_record_is_its_snapshot(name: str, records: dict[str, str], update_snapshots: bool) -> None:
    path = SNAPSHOTS / f"{name}.json"
    now = records[name]
    if update_snapshots:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(now, encoding="utf-8")
        return
    assert path.exists(), f"no snapshot {path.name}: run `make snapshots`"
    kept = path.read_text(encoding="utf-8")
    if now != kept:
        diff = "".join(
            difflib.unified_diff(
                kept.splitlines(keepends=True), now.splitlines(keepends=True), f"snapshot {name}", f"record {name}"
            )
        )
        pytest.fail(f"the record of {name} changed (`make snapshots` if meant):\n{diff}", pytrace=False)
