"""sitrep: news reports of violence and crisis in, structured evidence-linked event records out.

>>> import sitrep
>>> record = sitrep.extract(text, published="2007-07-10")
>>> for record in sitrep.extract_many(texts): ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    InputTooLarge,
    ModelError,
    NotEnglish,
    SitrepError,
)
from .read import Report
from .record import Actor, Event, Figure, Person, Place, Quote, Record

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .extraction.place import Toponym
    from .pipeline import extract, extract_many


def geoparse(text: str, *, model: str | None = None) -> list[Toponym]:
    """Every place mention of a text that the gazetteer resolves, with its coordinates, in text order."""
    from . import nlp as nlp_module
    from .extraction.place import find_toponyms

    return find_toponyms(nlp_module.load(model)(text))


def __getattr__(name: str) -> Any:
    # spaCy is imported only when extraction is first asked for: `sitrep --help` stays fast
    if name in ("extract", "extract_many"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")


__all__ = [
    "Actor",
    "BinaryInput",
    "EmptyInput",
    "EncodingError",
    "Event",
    "Figure",
    "InputError",
    "InputTooLarge",
    "ModelError",
    "NotEnglish",
    "Person",
    "Place",
    "Quote",
    "Record",
    "Report",
    "SitrepError",
    "extract",
    "extract_many",
    "geoparse",
]
