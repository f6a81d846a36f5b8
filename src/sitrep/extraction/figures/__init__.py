"""Figures: counts of people to whom something happened (SPEC.md section 1).

A figure starts at a quantity ("Twelve", "1,300", "dozens", "an equal number",
"the rest", "a 26-year-old man"), finds the people it counts through the
dependency parse, and takes its kind from the predicate those people are the
patients of ("were killed", "left 100 dead", "rescued", "holding 150 hostages").

The steps, one module each: ``quantities`` (find numbers), ``group`` (the
counted people), ``kind`` (what happened to them), ``attribution`` (certainty
and who gives it), ``single`` (the one-person rules), ``page`` (a coder's count,
links to other stories), ``merge`` (one figure per fact) and ``extract``, which
runs them over a report.
"""

from __future__ import annotations

from .attribution import attribution_of, certainty_of
from .elided import ADDITION
from .extract import extract_figures
from .group import group_class
from .kind import kind_of
from .mention import NON_COUNT_ENTS, FigureMention, PersonResolver, role_of
from .page import CODED_GROUP

__all__ = [
    "ADDITION",
    "CODED_GROUP",
    "NON_COUNT_ENTS",
    "FigureMention",
    "PersonResolver",
    "attribution_of",
    "certainty_of",
    "extract_figures",
    "group_class",
    "kind_of",
    "role_of",
]
