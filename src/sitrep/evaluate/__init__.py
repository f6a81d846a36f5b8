"""Scoring sitrep against human-coded gold: the project's yardstick.

``sitrep eval GOLD.jsonl`` reads any gold file of the evaluation sets (see
``gold``), runs extraction (over worker processes if asked) and counts,
per gold field present, how often the record's main event is right
(``fields``); geoparsing corpora are scored per toponym (``toponyms``).
``suite`` puts every set into one table for ``make eval``.
"""

from __future__ import annotations

from ..errors import GoldFileError
from .fields import BASE_FIELDS, COLUMNS
from .gold import GoldReport, read_any, read_gold, read_record_gold, subsample
from .reading import answer, reading
from .run import EvalResult, Miss, Outcome, evaluate

#: the fields ``--field`` may name
FIELDS = (*BASE_FIELDS, "toponym")

__all__ = [
    "BASE_FIELDS",
    "COLUMNS",
    "FIELDS",
    "EvalResult",
    "GoldFileError",
    "GoldReport",
    "Miss",
    "Outcome",
    "answer",
    "evaluate",
    "read_any",
    "read_gold",
    "read_record_gold",
    "reading",
    "subsample",
]
