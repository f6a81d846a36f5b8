"""Every toponym sitrep finds in a document, for the geoparsing scores.

The place extractor's own ``find_toponyms(doc_or_text)`` (or
``sitrep.geoparse(text)``) is used when it exists. Until then the place
mentions the event-place step sees stand in: each named place it resolved,
at the gazetteer's coordinates.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .toponyms import Toponym, as_toponym


def predict_toponyms(doc: Doc) -> tuple[list[Toponym], str]:
    """The toponyms of a parsed document, and the name of the function that found them."""
    for name, fn, arg in _finders(doc):
        try:
            found = fn(arg)
        except Exception:
            continue
        return [t for t in (as_toponym(item) for item in found or []) if t is not None], name
    return [], "none"


def _finders(doc: Doc) -> list[tuple[str, Any, Any]]:
    out: list[tuple[str, Any, Any]] = []
    try:
        from ..extraction.place_mentions import find_toponyms

        out.append(("place.find_toponyms", find_toponyms, doc))
    except ImportError:
        pass
    import sitrep

    if _has(sitrep, "geoparse"):
        out.append(("sitrep.geoparse", sitrep.geoparse, doc.text))
    try:
        from ..extraction.place_mentions import find_places

        out.append(("place.find_places (stand-in)", _from_places(find_places), doc))
    except ImportError:
        pass
    return out


def _has(module: Any, name: str) -> bool:
    try:
        getattr(module, name)
        return True
    except AttributeError:
        return False


def _from_places(find_places: Any) -> Any:
    def run(doc: Doc) -> list[dict[str, Any]]:
        out = []
        for p in find_places(doc):
            entry = getattr(p, "entry", None)
            if entry is None or getattr(p, "site", False):
                continue
            out.append(
                {
                    "start": p.start,
                    "end": p.end,
                    "text": p.text,
                    "lat": getattr(entry, "lat", None),
                    "lon": getattr(entry, "lon", None),
                }
            )
        return out

    return run
