"""Every figure rule's examples, collected from the rules themselves, and the generated docs table."""

from __future__ import annotations

from pathlib import Path

import pytest

import sitrep
from sitrep.extraction.figures.rules import Example, Rule
from sitrep.rulebook import all_rules, table

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


def test_the_docs_table_is_the_generated_one():
    docs = Path(__file__).resolve().parents[1] / "docs" / "figure-rules.md"
    assert docs.read_text(encoding="utf-8") == table()
