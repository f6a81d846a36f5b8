"""Coarse part-of-speech tags from fine tags, without the attribute ruler's matcher.

The English pipelines set ``pos_`` with an attribute ruler: a token matcher
over some 180 patterns that also writes lemmas and morphology, which sitrep
never reads. Running the matcher costs about a tenth of the whole parse. The
POS rules among those patterns are tests of token attributes (fine tag,
lower-case form, dependency label, whitespace), so they are read out of the
pipeline's own ruler once and applied to the document's attribute arrays:
the same POS at a fraction of the cost. Only POS is carried over: the
ruler's few tag and dependency rules touch whitespace tokens alone. A ruler
with rules of another shape is left in place.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

from .errors import RuleError

#: The pattern keys a rule may test, and the attribute arrays they are read from.
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")

Condition = tuple[int, str, Any]  # (column, "eq" | "in" | "not_in" | "regex", value)


def _condition(strings: StringStore, key: str, wanted: Any) -> Condition:
    column = _KEYS.index(key)

    def code(value: Any) -> int:
        return int(value) if isinstance(value, bool) else strings.add(str(value))

    if isinstance(wanted, dict):
        if set(wanted) == {"IN"}:
            return column, "in", np.array([code(v) for v in wanted["IN"]], dtype="uint64")
        if set(wanted) == {"NOT_IN"}:
            return column, "not_in", np.array([code(v) for v in wanted["NOT_IN"]], dtype="uint64")
        if set(wanted) == {"REGEX"}:
            return column, "regex", re.compile(wanted["REGEX"])
        raise RuleError(f"unsupported pattern value {wanted!r}")
    return column, "eq", np.uint64(code(wanted))


class PosRules:
    """The POS rules of an attribute ruler, applied in the ruler's order (a later rule wins)."""

    def __init__(self, patterns: list[dict[str, Any]], strings: StringStore | None = None) -> None:
        self.strings = strings if strings is not None else StringStore()
        #: (target offset, conditions per token of the pattern, POS id), in the ruler's order
        self.rules: list[tuple[int, list[list[Condition]], int]] = []
        for entry in patterns:
            pos = entry.get("attrs", {}).get("POS")
            if pos is None:
                continue
            for pattern in entry["patterns"]:
                if not pattern or any(not set(spec) <= set(_KEYS) for spec in pattern):
                    raise RuleError("not a token-attribute POS rule")
                steps = [[_condition(self.strings, k, v) for k, v in spec.items()] for spec in pattern]
                self.rules.append((entry.get("index", 0), steps, POS_IDS[pos]))

    def _mask(self, table: np.ndarray, conditions: list[Condition]) -> np.ndarray:
        mask = np.ones(len(table), dtype=bool)
        for column, kind, value in conditions:
            values = table[:, column]
            if kind == "eq":
                mask &= values == value
            elif kind == "in":
                mask &= np.isin(values, value)
            elif kind == "not_in":
                mask &= ~np.isin(values, value)
            else:
                mask &= np.array([bool(value.search(self.strings[int(v)])) for v in values], dtype=bool)
        return mask

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array(list(_KEYS)).astype("uint64")
        pos = doc.to_array(["POS"]).astype("uint64")
        n = len(table)
        for target, steps, pos_id in self.rules:
            # token i gets the POS when step k holds at token i - target + k, for every k
            hit = np.ones(n, dtype=bool)
            for k, conditions in enumerate(steps):
                shift = k - target
                step = self._mask(table, conditions)
                shifted = np.zeros(n, dtype=bool)
                if shift >= 0:
                    shifted[: n - shift] = step[shift:]
                else:
                    shifted[-shift:] = step[: n + shift]
                hit &= shifted
            pos[hit] = pos_id
        doc.from_array(["POS"], pos)  # type: ignore[arg-type]  # spaCy's stub asks a 2-D array; one attribute takes 1-D
        return doc


def replace_attribute_ruler(nlp: Language) -> bool:
    """Swap the pipeline's attribute ruler for its POS rules; False (and no change) when they do not fit."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        ruler = nlp.get_pipe("attribute_ruler")
        if not isinstance(ruler, AttributeRuler):
            return False
        rules = PosRules(ruler.patterns, nlp.vocab.strings)
    except (ValueError, KeyError):
        return False
    name = f"sitrep_pos_{id(rules)}"
    Language.component(name, func=rules)
    nlp.replace_pipe("attribute_ruler", name)
    return True
