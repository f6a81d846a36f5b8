"""The codebook's word tables by the name a rule's pattern uses (``events/event_type.py``)."""

from __future__ import annotations

from .type_acts import ACT_TYPE_WORDS
from .type_means import MEANS_TYPE_WORDS
from .type_parties import PARTY_TYPE_WORDS

#: Word tables of the codebook rules (``events/event_type.py``), by the name a rule's pattern uses.
#: Entries are phrases; an all-capital entry of up to five letters ("IS", "JNIM") matches only in capitals.
TYPE_WORDS: dict[str, frozenset[str]] = {**PARTY_TYPE_WORDS, **ACT_TYPE_WORDS, **MEANS_TYPE_WORDS}
