"""People: every named person, with title and role, all mentions of one person merged.

A full name opens a person; a later surname alone ("Arshad"), a possessive
("Ghazi's"), a pronoun that continues the last person spoken of ("he said")
and the title alone ("the defence spokesman") are mentions of that person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..record import Person
from .lexicon import PERSON_PRONOUN_FORMS, SITE_WORDS
from .people_words import (
    AFTER_PLACE_WORDS,
    BEFORE_PLACE_WORDS,
    CREDIT_WORDS,
    FACILITY_WORDS,
    ROLE_WORDS,
    SAID_WORDS,
    TITLE_WORDS,
)
from .sentences import doc_text, sentence_of
from .sentences import sentences as doc_sentences

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass
class _Entry:
    person: Person
    tokens: set[str] = field(default_factory=set)


class PeopleIndex:
    """The report's people and a lookup from a character span to the person it mentions."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._entries: list[_Entry] = []
        self._by_span: dict[tuple[int, int], Person] = {}
        self.speakers: set[str] = set()

    def person_at(self, start: int, end: int) -> Person | None:
        """The person a mention at [start, end) refers to, if any."""
        exact = self._by_span.get((start, end))
        if exact is not None:
            return exact
        for (s, e), person in self._by_span.items():
            if s <= start and end <= e:
                return person
        return None

    def is_speaker(self, person: Person) -> bool:
        """Whether the person speaks in the report (an officer, a spokesman): rarely its victim."""
        return person.name in self.speakers

    def _add_mention(self, person: Person, start: int, end: int) -> None:
        self._by_span[(start, end)] = person
        if [start, end] not in [list(m) for m in person.mentions]:
            person.mentions.append((start, end))

    def _find(self, words: list[str]) -> _Entry | None:
        """The person whose name contains these words: 'Arshad' is 'Waheed Arshad'."""
        keys = {w.lower() for w in words}
        matches = [e for e in self._entries if keys <= e.tokens]
        return matches[-1] if matches else None


def _name_tokens(ent: Span) -> list[Token]:
    """The name without its titles and possessive ending."""
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in TITLE_WORDS or tokens[0].lower_ in ("the", "a")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in ("'s", "’s", "'", "’") or tokens[-1].is_punct):
        tokens = tokens[:-1]
    return tokens


def _title_before(first: Token) -> str | None:
    """Titles right before a name, in or outside the entity: 'Major General Waheed Arshad'."""
    doc = first.doc
    words: list[Token] = []
    k = first.i - 1
    while k >= sentence_of(first).start and doc[k].lower_ in TITLE_WORDS and doc[k].pos_ in ("PROPN", "NOUN"):
        words.insert(0, doc[k])
        k -= 1
    return " ".join(t.text for t in words) or None


def _role_of(first: Token, last: Token) -> str | None:
    """The role phrase around a name: 'deputy administrator of the mosque', 'Army spokesman'."""
    doc = first.doc
    head = last
    title_start = first.i
    while title_start > sentence_of(first).start and doc[title_start - 1].lower_ in TITLE_WORDS:
        title_start -= 1

    def phrase(tokens: list[Token]) -> str | None:
        words = sorted({t for t in tokens if t.i < title_start or t.i > last.i}, key=lambda t: t.i)
        words = [
            t
            for t in words
            if not t.is_punct and t.dep_ != "det" and t.ent_type_ != "PERSON" and t.lower_ not in ("ruling",)
        ]
        if not words or not any(t.lower_ in ROLE_WORDS for t in words):
            return None
        contiguous = words[-1].i - words[0].i + 1 == len(words)
        text = doc[words[0].i : words[-1].i + 1].text if contiguous else " ".join(t.text for t in words)
        return text[0].lower() + text[1:] if not words[0].ent_type_ else text

    # a role phrase before the name, as its compound or modifier: "Deputy administrator of the mosque X"
    before = [
        t
        for tok in head.lefts
        if tok.i < first.i and tok.dep_ in ("compound", "amod", "nmod", "appos") and tok.ent_type_ != "PERSON"
        for t in tok.subtree
        if t.i < first.i
    ]
    role = phrase(before)
    if role:
        return role
    # the name in apposition to a role: "Army spokesman, Major General Waheed Arshad"
    if head.dep_ == "appos" and head.head.lower_ in ROLE_WORDS:
        return phrase([t for t in head.head.subtree if t.i < first.i])
    # a role in apposition after the name: "Waheed Arshad, the army spokesman"
    for child in head.children:
        if child.dep_ == "appos" and child.i > last.i and child.lower_ in ROLE_WORDS:
            return phrase(list(child.subtree))
    k = title_start - 1
    if k >= 1 and doc[k].text == "," and doc[k - 1].lower_ in ROLE_WORDS:
        return phrase([t for t in doc[k - 1].subtree if t.i < k])
    return None


def extract_people(doc: Doc) -> PeopleIndex:
    """Every person named in the report, in order of first mention, with all their mentions."""
    index = PeopleIndex()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        tokens = _name_tokens(ent)
        if not tokens or not any(t.text[:1].isupper() for t in tokens):
            continue
        if any(t.lower_ in SITE_WORDS or _singular(t.lower_) in FACILITY_WORDS for t in tokens):
            continue  # "Lal Masjid" tagged as a person is a building, "Shelby Drive" a street
        if any(ch.isdigit() for t in tokens for ch in t.text):
            continue  # "CBS3" is a station, not a person
        if _is_place(tokens) or _is_credit(tokens):
            continue
        words = [_POSSESSIVE.sub("", t.text) for t in tokens]
        words = [w for w in words if w]
        if not words:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if tokens[-1].text.endswith(("'s", "’s")):
            end -= 2
        existing = index._find(words)
        if existing is not None:
            index._add_mention(existing.person, start, end)
            continue
        if len(words) == 1 and any(
            words[0].lower() in {w.lower() for w in e.person.name.split()} for e in index._entries
        ):
            continue
        title = _title_before(tokens[0]) or (
            " ".join(t.text for t in ent if t.i < tokens[0].i and t.lower_ in TITLE_WORDS) or None
        )
        written = doc_text(doc)[start:end]  # "Ayman al-Zawahiri" as written, not token by token
        name = (
            written
            if "\n" not in written and written.split() and _POSSESSIVE.sub("", written) == written
            else " ".join(words)
        )
        person = Person(name=name, title=title, role=_role_of(tokens[0], tokens[-1]))
        index.people.append(person)
        index._entries.append(_Entry(person, {w.lower() for w in words}))
        index._add_mention(person, start, end)
    _link_surnames(doc, index)
    _link_pronouns(doc, index)
    _link_titles(doc, index)
    for person in index.people:
        person.mentions.sort()
    for tok in doc:  # who says things: "police spokesman Det. Brandon Echevarria said"
        if tok.dep_ in ("nsubj",) and tok.head.lower_ in SAID_WORDS and tok.lower_ not in PERSON_PRONOUN_FORMS:
            speaker = index.person_at(tok.idx, tok.idx + len(tok.text))
            if speaker is not None:
                index.speakers.add(speaker.name)
    return index


def _is_place(tokens: list[Token]) -> bool:
    """A name the tagger took for a person that the words around it make a place, or no name at all.

    Place words after it ("the G-6 sector", "the G-6 and G-7 sectors", "Qissa Khwani bazaar") are enough;
    a locative preposition before it or before the list it is in ("students from Swat, Bajaur and
    Mansehra") counts only when the gazetteer knows the name, since "in Smith's house" is a person.
    A single common noun ("Kidnappings of aid workers ...") is not a name.
    """
    doc = tokens[0].doc
    if len(tokens) == 1 and tokens[0].pos_ == "NOUN" and tokens[0].i == sentence_of(tokens[0]).start:
        return True
    last = tokens[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and (_singular(after.lower_) in AFTER_PLACE_WORDS or after.lower_ in SITE_WORDS):
        return True
    for tok in doc[last.i + 1 : min(len(doc), last.i + 4)]:  # "Albert Einstein Medical Center"
        if not tok.text[:1].isupper() and tok.text not in (",", "."):
            break
        if _singular(tok.lower_) in FACILITY_WORDS or tok.lower_ in SITE_WORDS:
            return True
    head = last.head
    for _ in range(2):  # "the G-6 and G-7 sectors": the name's head is the place noun after it
        if head.i > last.i and _singular(head.lower_) in AFTER_PLACE_WORDS and head.i - last.i <= 4:
            return True
        if head.head is head:
            break
        head = head.head
    first = tokens[0]
    while first.dep_ == "conj" and first.head.i < first.i:  # the first of a list: "Swat, Bajaur and Battagram"
        first = first.head
        while first.i > 0 and first.nbor(-1).ent_type_ and first.nbor(-1).pos_ == "PROPN":
            first = first.nbor(-1)
    k = first.i - 1
    while k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0 or doc[k].lower_ not in BEFORE_PLACE_WORDS or last.text.endswith(("'s", "’s")):
        return False
    from .gazetteer import get_gazetteer

    gaz = get_gazetteer()
    name = doc_text(doc)[tokens[0].idx : last.idx + len(last.text)]
    return bool(gaz.localities(name) or gaz.admin1(name) or gaz.country(name))


def _is_credit(tokens: list[Token]) -> bool:
    """A photo credit or a byline is not a person of the story: "Photographs for the project by Joseph
    Kaczmarek", "(Photo: Laura Schulte/USA TODAY)", "By Ann Lee, Staff Writer" at the top."""
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    sent = sentence_of(first)
    before = [t.lower_ for t in doc[max(sent.start, first.i - 8) : first.i]]
    if before and before[-1] in ("by", ":") and any(w in CREDIT_WORDS for w in before):
        return True
    if last.i + 1 < len(doc) and doc[last.i + 1].text == "/":
        return True  # "Laura Schulte/USA TODAY NETWORK"
    opening = [t for t in doc[sent.start : first.i] if not t.is_punct]
    return (
        first.i < 20
        and bool(opening)
        and opening[0].lower_ == "by"
        and all(t.pos_ == "PROPN" or t.lower_ in ("by", "and") for t in opening)
    )


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _link_surnames(doc: Doc, index: PeopleIndex) -> None:
    """A part of a known name where the entity tagger missed it: 'talks with Ghazi', 'Arshad denied'."""
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or index.person_at(tok.idx, tok.idx + len(tok.text)):
            continue
        entry = index._find([_POSSESSIVE.sub("", tok.text)])
        if entry is not None and entry.person.mentions and entry.person.mentions[0][0] < tok.idx:
            index._add_mention(entry.person, tok.idx, tok.idx + len(_POSSESSIVE.sub("", tok.text)))


def _link_pronouns(doc: Doc, index: PeopleIndex) -> None:
    """'he said': a pronoun continues the person last named before it (within four sentences).

    A subject pronoun continues the last person who was a subject, so "Referring
    to Ghazi's claim ..., he said" stays with the speaker, not with Ghazi.
    """
    if not index.people:
        return
    mentions = sorted((s, e, p) for p in index.people for (s, e) in p.mentions)
    sent_starts = [s.start_char for s in doc_sentences(doc)]

    def is_subject(start: int) -> bool:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span[0]
        while tok.dep_ in ("compound", "flat") and tok.head != tok:
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass")

    for tok in doc:
        if tok.lower_ not in PERSON_PRONOUN_FORMS:
            continue
        before = [(s, p) for s, e, p in mentions if e <= tok.idx]
        if tok.dep_ in ("nsubj", "nsubjpass"):
            before = [(s, p) for s, p in before if is_subject(s)] or before
        if not before:
            continue
        start, person = before[-1]
        sent_of_mention = sum(1 for x in sent_starts if x <= start)
        sent_of_pronoun = sum(1 for x in sent_starts if x <= tok.idx)
        if sent_of_pronoun - sent_of_mention > 4:
            continue
        index._add_mention(person, tok.idx, tok.idx + len(tok.text))
        mentions.append((tok.idx, tok.idx + len(tok.text), person))
        mentions.sort(key=lambda m: m[0])


def _link_titles(doc: Doc, index: PeopleIndex) -> None:
    """'The defence spokesman said': a role word alone is the person who holds that role."""
    holders: dict[str, Person] = {}
    for person in index.people:
        for text in (person.role, person.title):
            for word in (text or "").lower().split():
                if word in ROLE_WORDS:
                    holders.setdefault(word, person)
    if not holders:
        return
    for tok in doc:
        if tok.lower_ not in holders or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            continue  # "a spokesman" is someone else
        if any(t.ent_type_ == "PERSON" for t in tok.subtree):
            continue
        person = holders[tok.lower_]
        first = min(tok.subtree, key=lambda t: t.i)
        if first.idx < person.mentions[0][0]:
            continue
        index._add_mention(person, tok.idx, tok.idx + len(tok.text))
