"""Every figure rule's examples, collected from the rules themselves, and the generated docs table."""

from __future__ import annotations

from pathlib import Path

import pytest

import sitrep
from sitrep.extraction.figures.rules import Example, Rule
from sitrep.rulebook import TABLES, all_rules, place_table, type_table

CASES = [(r, ex) for r in all_rules() for ex in r.examples]


@pytest.mark.parametrize(("rule", "example"), CASES, ids=[f"{r.name}-{i}" for i, (r, _) in enumerate(CASES)])
def test_the_example_of_a_rule_gives_what_the_rule_yields(rule: Rule, example: Example):
    record = sitrep.extract(example.text, published="2024-03-12")
    main = record.main_event
    assert (main.totals if main is not None else {}) == example.totals
    figures = {(f.kind, f.count, f.scope, f.role) for e in record.events for f in e.figures}
    assert set(example.figures) <= figures


def test_every_step_has_rules_and_names_are_unique():
    rules = all_rules()
    assert len({r.name for r in rules}) == len(rules)
    assert {"quantities", "kind", "single", "parts", "scope"} <= {r.step for r in rules}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_the_docs_tables_are_the_generated_ones(name: str):
    docs = Path(__file__).resolve().parents[1] / "docs" / name
    assert docs.read_text(encoding="utf-8") == TABLES[name](), "run: python scripts/rule_tables.py docs"


def test_the_place_and_type_tables_list_every_rule_once():
    place_rows = [line for line in place_table().splitlines() if line.startswith("| `")]
    type_rows = [line for line in type_table().splitlines() if line.startswith("| `")]
    assert place_rows[0] == (
        "| `part-kind-of-name` | the town (or the division a region is in) that holds the part named before the "
        "kind word | A bomb exploded at a market in the Sheikh Othman district of Aden. | Aden |"
    )
    assert type_rows[0] == (
        "| `disaster` | non_conflict | disaster | Flooding killed 12 people in the district on Monday. | unless |"
    )
    assert len({row.split("|")[1] for row in place_rows}) == len(place_rows)
    assert len({row.split("|")[1] for row in type_rows}) == len(type_rows)
