"""sitrep: news reports of violence and crisis in, structured evidence-linked event records out.

>>> import sitrep
>>> record = sitrep.extract(text, published="2007-07-10")
>>> for record in sitrep.extract_many(texts): ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    BenchError,
    BinaryInput,
    CorpusError,
    EmptyInput,
    EncodingError,
    GazetteerError,
    GoldFileError,
    IngestError,
    InputError,
    InputTooLarge,
    ModelError,
    NotEnglish,
    NotStored,
    PublicationDateError,
    ReportFieldError,
    RuleError,
    SettingError,
    SitrepError,
    StoreError,
    TypeModelError,
    VocabularyError,
)
from .read import Report
from .record import Actor, Event, Figure, Person, Place, Quote, Record

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .extraction.place_mentions import Toponym
    from .pipeline import extract, extract_many


def geoparse(text: str, *, model: str | None = None) -> list[Toponym]:
    """Every place mention of a text that the gazetteer resolves, with its coordinates, in text order."""
    from . import nlp as nlp_module
    from .extraction.place_mentions import find_toponyms

    return find_toponyms(nlp_module.load(model)(text))


def __getattr__(name: str) -> Any:
    # spaCy is imported only when extraction is first asked for: `sitrep --help` stays fast
    if name in ("extract", "extract_many"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")


__all__ = [
    "Actor",
    "BenchError",
    "BinaryInput",
    "CorpusError",
    "EmptyInput",
    "EncodingError",
    "Event",
    "Figure",
    "GazetteerError",
    "GoldFileError",
    "IngestError",
    "InputError",
    "InputTooLarge",
    "ModelError",
    "NotEnglish",
    "NotStored",
    "Person",
    "Place",
    "PublicationDateError",
    "Quote",
    "Record",
    "Report",
    "ReportFieldError",
    "RuleError",
    "SettingError",
    "SitrepError",
    "StoreError",
    "TypeModelError",
    "VocabularyError",
    "extract",
    "extract_many",
    "geoparse",
]
