"""Shared fixtures: the spaCy pipeline is loaded once per test session."""
from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep import nlp as nlp_module


@pytest.fixture(scope="session")
def nlp() -> Language:
    return nlp_module.load()
