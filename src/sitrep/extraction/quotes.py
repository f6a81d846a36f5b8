"""Quotes: direct quotations and reported speech, each with its speaker.

A direct quote is the text between quote marks; its speaker is the subject of
the reporting verb in its sentence, or in the next or previous sentence when
its own has none ('"Various bunkers are yet to be cleared," Arshad said.').
Reported speech is a speech verb with a clause or a "reports that" object.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..record import Quote
from . import lexicon as lx
from .people import PeopleIndex
from .sentences import doc_text
from .sentences import sentences as doc_sentences

_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,}?)[\"“”]")
#: Entities that never speak: numbers, dates, places ("100 reported dead", "Islamabad said").
_NOT_SPEAKER_ENTS = frozenset(
    {"CARDINAL", "QUANTITY", "DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "GPE", "LOC", "FAC"}
)
#: Lines that are not the report's running text: a caption or photo credit, a byline.
_NOT_BODY = re.compile(
    r"^\W*(photo|image|picture|caption|file photo|video|watch|by [A-Z][a-z]+ [A-Z])\b|\((AP|AFP|Reuters) Photo",
    re.IGNORECASE,
)


def is_speaker(subj: Token) -> bool:
    """A person, an organisation or an unnamed source ('a security official'); never a number, a date or a place."""
    if subj.lower_ in lx.NOT_SPEAKER_WORDS or subj.like_num or subj.ent_type_ in _NOT_SPEAKER_ENTS:
        return False
    return subj.pos_ in ("NOUN", "PROPN", "PRON")


def is_body(sent: Span, doc_text: str) -> bool:
    """Running text, not a headline (a line without a full stop), a caption or a byline."""
    text = sent.text.strip()
    line = doc_text[doc_text.rfind("\n", 0, sent.start_char) + 1 : sent.end_char]
    if not text or _NOT_BODY.search(line):
        return False
    ends_line = sent.end >= len(sent.doc) or "\n" in sent.doc[sent.end - 1].whitespace_ or sent.doc[sent.end].is_space
    # not "Troops storm Red Mosque; 100 reported dead": a headline line
    return not (ends_line and text[-1] not in ".!?\"”’'" and (sent.start == 0 or sent.doc[sent.start - 1].is_space))


def _verb_and_subject(sent: Span, doc_text: str) -> tuple[Token, Token] | None:
    """The sentence's reporting verb with an explicit subject that can speak."""
    if not is_body(sent, doc_text):
        return None
    for tok in sent:
        if tok.lower_ in lx.QUOTE_VERBS and tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in lx.SUBJECT_DEPS), None)
            if subj is not None and is_speaker(subj):
                return tok, subj
    return None


_PRONOUN_GENDER = {"he": "m", "she": "f"}


def _nearer_subject(pron: Token, sents: list[Span]) -> Token | None:
    """'Her brother Carlos rushed to the scene. "I saw her," he said': the one person who was the subject
    last, in this sentence or the two before, whose words do not say another gender."""
    k = next((j for j, s in enumerate(sents) if s.start <= pron.i < s.end), 0)
    doc = pron.doc
    lo = sents[max(0, k - 2)].start
    for i in range(pron.i - 1, lo - 1, -1):
        tok = doc[i]
        if tok.dep_ not in lx.SUBJECT_DEPS or tok.tag_ not in ("NN", "NNP") or tok.ent_type_ in _NOT_SPEAKER_ENTS:
            continue
        if tok.ent_type_ in ("ORG", "NORP"):
            continue
        words = " ".join(t.lower_ for t in tok.subtree)
        if (
            tok.ent_type_ != "PERSON"
            and tok.lower_ not in lx.SINGLE_PERSON_NOUNS
            and not any(t.ent_type_ == "PERSON" for t in tok.subtree)
        ):
            continue
        gender = lx.gender_of(words)
        if gender is not None and gender != _PRONOUN_GENDER.get(pron.lower_, gender):
            continue
        return tok
    return None


def _speaker(subj: Token, people: PeopleIndex, sents: list[Span] | None = None) -> tuple[str, bool]:
    """The person entry for a subject, or its words as an unnamed source ('a security official')."""
    if sents is not None and subj.lower_ in _PRONOUN_GENDER:
        nearer = _nearer_subject(subj, sents)
        named = people.person_at(subj.idx, subj.idx + len(subj.text))
        pronouns = {t.idx for t in subj.doc if t.pos_ == "PRON"}
        if nearer is not None and (
            named is None
            or not any(nearer.idx <= start < subj.idx for start, _ in named.mentions if start not in pronouns)
        ):
            subj = nearer  # the person the report spoke of last, not an earlier name
    for tok in [subj, *subj.subtree]:
        if tok.dep_ == "poss" and tok.pos_ == "PRON":
            continue  # "her brother" is not her
        person = people.person_at(tok.idx, tok.idx + len(tok.text))
        if person is not None:
            return person.name, True
    words = [t for t in subj.subtree if not t.is_punct and t.dep_ not in ("relcl", "acl")]
    words = [t for t in words if t.i <= subj.i or (t.head == subj and t.dep_ in ("prep", "pobj"))]
    return " ".join(t.text for t in words), False


def _sentence_index(sents: list[Span], char: int) -> int:
    for k, sent in enumerate(sents):
        if sent.start_char <= char < sent.end_char:
            return k
    return len(sents) - 1


def extract_quotes(doc: Doc, people: PeopleIndex) -> list[Quote]:
    """Direct quotes first, then reported speech, each in text order."""
    sents = doc_sentences(doc)
    quotes: list[Quote] = []
    quoted_spans: list[tuple[int, int]] = []
    text = doc_text(doc)  # spaCy rebuilds doc.text on every access
    for m in _QUOTED.finditer(text):
        start, end = m.start(1), m.end(1)
        inner = m.group(1).strip(" ,")
        if len(inner.split()) < 3:
            continue  # a scare-quoted word or title, not speech
        quoted_spans.append((m.start(), m.end()))
        k = _sentence_index(sents, start)
        found = None
        for j in (k, k + 1, k - 1):
            if 0 <= j < len(sents):
                vs = _verb_and_subject(sents[j], text)
                if vs is not None and not (start <= vs[0].idx < end):
                    found = vs
                    break
        if found is None:
            continue
        verb, subj = found
        speaker, is_person = _speaker(subj, people, sents)
        quotes.append(
            Quote(
                kind="direct",
                text=inner,
                speaker=speaker,
                speaker_is_person=is_person,
                verb=verb.text.lower(),
                evidence=[(start, start + len(m.group(1).rstrip(" ,")))],
            )
        )
    for sent in sents:
        if not is_body(sent, text):
            continue
        for verb in sent:
            if verb.lower_ not in lx.QUOTE_VERBS or verb.pos_ not in ("VERB", "AUX"):
                continue
            if any(s <= verb.idx < e for s, e in quoted_spans):
                continue
            sayer = next((c for c in verb.children if c.dep_ in lx.SUBJECT_DEPS), None)
            content: Token | None = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if content is None and verb.lower_ in lx.DENY_WORDS | {"denied", "rejected"}:
                content = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if sayer is None or content is None:
                continue
            tokens = [t for t in content.subtree if not (t.dep_ == "mark" and t.head == content)]
            if not tokens:
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            if any(s <= start < e or s < end <= e for s, e in quoted_spans):
                continue
            if not is_speaker(sayer):
                continue
            speaker, is_person = _speaker(sayer, people)
            quotes.append(
                Quote(
                    kind="indirect",
                    text=text[start:end],
                    speaker=speaker,
                    speaker_is_person=is_person,
                    verb=verb.text.lower(),
                    evidence=[(start, end)],
                )
            )
    return quotes
