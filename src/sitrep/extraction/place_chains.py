"""Name chains: the runs of capitalised words that make one name ('Bobo-Dioulasso', 'San Jose del Monte'),
and the comma and bracket chains coders write a place's divisions in ('Lashkar Gah, Helmand, Afghanistan',
'Nassougou (Matiacoali, Gourma)').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .gazetteer import get_gazetteer
from .lexicon import NAME_CONNECTORS, PLACE_KIND_WORDS


def name_like(tok: Token) -> bool:
    # the tagger calls a town at the start of a sentence an adjective ("Albuquerque police")
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or (bool(tok.is_sent_start) and tok.pos_ in ("ADJ", "NOUN")))


def bracketed(doc: Doc, i: int, taken: list[bool]) -> bool:
    """'Nassougou (Matiacoali, Gourma)': a name in the brackets after a place, the names before it unknown."""
    k = i - 1
    while k > 0 and i - k <= 8 and doc[k].text != "(":
        if doc[k].text == ")" or doc[k].is_sent_start:
            return False
        k -= 1
    if k <= 0 or doc[k].text != "(":
        return False
    before = k - 2 if k >= 2 and doc[k - 1].lower_ in PLACE_KIND_WORDS else k - 1
    return taken[before]


def division_brackets(doc: Doc, i: int) -> bool:
    """'bordering Togo (Materi, Atacora)': a name in brackets of two or three names and commas only, the way
    coders give a place's divisions, whatever the tagger calls the names (the pair must still be one place)."""
    k = i - 1
    while k >= 0 and i - k <= 8 and doc[k].text != "(":
        if doc[k].text == ")" or doc[k].is_sent_start:
            return False
        k -= 1
    j = i
    while j < len(doc) and j - k <= 12 and doc[j].text != ")":
        if doc[j].text == "(" or (j > i and doc[j].is_sent_start):
            return False
        j += 1
    if k < 0 or j >= len(doc) or doc[k].text != "(" or doc[j].text != ")":
        return False
    inside = doc[k + 1 : j]
    commas = sum(t.text == "," for t in inside)
    return 1 <= commas <= 2 and all(
        t.text in (",", "-") or name_like(t) or t.lower_ in NAME_CONNECTORS or t.lower_ in PLACE_KIND_WORDS
        for t in inside
    )


def run_end(doc: Doc, i: int) -> int:
    j = i + 1
    while j < len(doc) and j - i < 6 and not doc[j].is_sent_start and (name_like(doc[j]) or joins(doc, j)):
        j += 1
    return j


def before_place(doc: Doc, i: int) -> bool:
    """'Lashkar Gah, Helmand, Afghanistan', 'Ban Yon, Pattani, Thailand': a name in a comma chain that ends in
    a place the tagger or the gazetteer knows as a division or country is a place, whatever the tagger says."""
    gaz = get_gazetteer()
    for _hop in range(3):
        j = run_end(doc, i)
        if j + 1 >= len(doc) or doc[j].text != "," or not name_like(doc[j + 1]):
            return False
        i = j + 1
        end = run_end(doc, i)
        if doc[i].ent_type_ in ("GPE", "LOC") or gaz.country(doc[i:end].text) is not None:
            return True
        if any(e.level == "admin1" and not e.alternate for e in gaz.lookup(doc[i:end].text)):
            return True  # "Tibu, Norte de Santander department": a region the tagger calls a body
    return False


def joins(doc: Doc, j: int) -> bool:
    """A hyphen or small word inside a name: 'Bobo-Dioulasso', 'San Jose del Monte'."""
    if j + 1 >= len(doc):
        return False
    nxt = doc[j + 1]
    if doc[j].text == "-" and not doc[j].whitespace_:
        # 'Bobo-Dioulasso', 'Deir-ez-Zor'
        return name_like(nxt) or (nxt.lower_ in NAME_CONNECTORS and j + 2 < len(doc) and doc[j + 2].text == "-")
    if doc[j].lower_ not in NAME_CONNECTORS:
        return False
    return name_like(nxt) or (nxt.text == "-" and not nxt.whitespace_ and j + 2 < len(doc) and name_like(doc[j + 2]))
