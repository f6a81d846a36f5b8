"""The record's contract in the repository: docs/record.schema.json and docs/record.md.

The schema is generated from the models; it must match them, and every record
sitrep makes (the gold reports, the demo) must validate against it.
"""

from __future__ import annotations

import difflib
import json
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import sitrep
from sitrep import schema
from sitrep.cli import demo_report
from sitrep.read import Report, parse_published

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / schema.SCHEMA_PATH
RECORD_DOC = ROOT / "docs" / "record.md"
GOLD = Path(__file__).parent / "gold"
GOLD_NAMES = sorted(p.stem for p in GOLD.glob("*.txt"))


def _validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def _errors(record: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}"
        for e in sorted(_validator().iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))
    ]


def test_the_committed_schema_is_the_models_schema():
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    generated = schema.schema_text()
    diff = "".join(
        difflib.unified_diff(
            committed.splitlines(keepends=True),
            generated.splitlines(keepends=True),
            fromfile=schema.SCHEMA_PATH,
            tofile="the models",
            n=1,
        )
    )
    assert committed == generated, (
        f"{schema.SCHEMA_PATH} differs from the models in src/sitrep/record.py; regenerate it with "
        f"`{schema.REGENERATE}` (or `python -m sitrep.schema {schema.SCHEMA_PATH}`) and commit it:\n{diff[:4000]}"
    )


def test_the_schema_is_a_valid_draft_2020_12_schema():
    document = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["title"] == "Record"
    assert sorted(document["$defs"]) == ["Actor", "Event", "Figure", "Person", "Place", "Quote"]


def test_the_command_writes_the_schema(tmp_path, capsys):
    out = tmp_path / "record.schema.json"
    assert schema.main([str(out)]) == 0
    assert out.read_text(encoding="utf-8") == schema.schema_text()
    assert schema.main([]) == 0
    assert capsys.readouterr().out == schema.schema_text()
    assert schema.main([str(out), "extra"]) == 2


@pytest.fixture(scope="module")
def gold_records() -> dict[str, dict]:
    reports = []
    for name in GOLD_NAMES:
        gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
        text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
        reports.append(Report(text, parse_published(gold["published"]), None, None, None))
    return {name: record.to_json() for name, record in zip(GOLD_NAMES, sitrep.extract_many(reports), strict=True)}


def test_each_gold_report_has_its_gold_record():
    assert len(GOLD_NAMES) >= 20
    assert sorted(p.stem for p in GOLD.glob("*.json")) == GOLD_NAMES


@pytest.mark.parametrize("name", GOLD_NAMES)
def test_the_record_of_each_gold_report_validates(gold_records, name):
    assert _errors(gold_records[name]) == []


def test_the_demo_record_validates_with_and_without_its_text():
    record = sitrep.extract(demo_report())
    full = record.to_json()
    assert full["events"] and full["events"][0]["figures"] and full["people"] and full["quotes"]
    assert _errors(full) == []
    assert _errors(record.to_json(include_text=False)) == []


@pytest.mark.parametrize(
    "change, where",
    [
        (lambda r: r.update(source="x"), "(record): Additional properties are not allowed ('source' was unexpected)"),
        (
            lambda r: r["events"][0]["figures"][0].update(kind="wounded"),
            "events/0/figures/0/kind: 'wounded' is not one of",
        ),
        (lambda r: r["events"][0]["figures"][0].pop("count"), "events/0/figures/0: 'count' is a required property"),
        (
            lambda r: r["events"][0]["figures"][0].update(evidence=[[1, 2, 3]]),
            "events/0/figures/0/evidence/0: [1, 2, 3] is too long",
        ),
        (
            lambda r: r["events"][0]["actors"].append({"name": "police", "actor_class": "security_forces"}),
            "events/0/actors/0: Additional properties are not allowed ('actor_class' was unexpected)",
        ),
        (
            lambda r: r["events"][0]["totals"].update(killed="two"),
            "events/0/totals/killed: 'two' is not of type 'integer'",
        ),
    ],
)
def test_the_schema_refuses_what_a_record_cannot_hold(change, where):
    record = {
        "events": [
            {
                "main": True,
                "event_type": "battles",
                "actors": [],
                "totals": {},
                "figures": [{"kind": "killed", "count": 2, "group": "soldiers", "evidence": [[0, 12]]}],
            }
        ],
        "people": [],
        "organizations": [],
        "quotes": [],
    }
    assert _errors(record) == []
    change(record)
    errors = _errors(record)
    assert len(errors) == 1 and errors[0].startswith(where), errors


def test_every_field_of_the_schema_is_described_in_docs_record_md():
    doc = RECORD_DOC.read_text(encoding="utf-8")
    document = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    models = {"Record": document, **document["$defs"]}
    missing = [
        f"{model}.{field}" for model, body in models.items() for field in body["properties"] if f"`{field}`" not in doc
    ]
    assert missing == [], f"docs/record.md does not describe {', '.join(missing)}"


def test_docs_record_md_keeps_a_section_for_figure_scope():
    headings = [line for line in RECORD_DOC.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert "## Figure scope" in headings


def test_the_package_declares_its_types():
    assert (resources.files("sitrep") / "py.typed").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in project["tool"]["setuptools"]["package-data"]["sitrep"]
