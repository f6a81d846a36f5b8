"""Every toponym sitrep finds in a document, for the geoparsing scores: the place stage's own ``find_toponyms``."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extraction.place_mentions import find_toponyms
from .toponyms import Toponym, as_toponym

#: The name the table's footer gives the geoparser that ran.
GEOPARSER = "place.find_toponyms"


def predict_toponyms(doc: Doc) -> tuple[list[Toponym], str]:
    """The toponyms of a parsed document, and the name of the function that found them."""
    found = (as_toponym(item) for item in find_toponyms(doc))
    return [t for t in found if t is not None], GEOPARSER
