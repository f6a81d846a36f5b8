"""Quotes: direct quotations and reported speech, each with its speaker.

A direct quote is the text between quote marks; its speaker is the subject of
the reporting verb in its sentence, or in the next or previous sentence when
its own has none ('"Various bunkers are yet to be cleared," Arshad said.').
Reported speech is a speech verb with a clause or a "reports that" object.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from ..record import Quote
from .people import PeopleIndex
from .sentences import sentences as doc_sentences

_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,}?)[\"“”]")
#: Verbs that report speech; "denied" and "claimed" report it too.
REPORTING_VERBS = frozenset(
    """said says say told tells tell added adds stated states announced announces confirmed confirms
    denied denies claimed claims insisted insists warned warns explained explains noted notes declared
    declares asserted asserts admitted admits acknowledged replied replies argued argues alleged alleges
    stressed stresses urged urges maintained maintains vowed vows disclosed revealed reported
    reports""".split()
)
_SUBJECTS = ("nsubj", "nsubjpass")


def _verb_and_subject(sent: Span) -> tuple[Token, Token] | None:
    """The sentence's reporting verb with an explicit subject."""
    for tok in sent:
        if tok.lower_ in REPORTING_VERBS and tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
            if subj is not None and subj.lower_ not in ("it", "that", "which", "this"):
                return tok, subj
    return None


def _speaker(subj: Token, people: PeopleIndex) -> tuple[str, bool]:
    """The person entry for a subject, or its words as an unnamed source ('a security official')."""
    for tok in [subj, *subj.subtree]:
        person = people.person_at(tok.idx, tok.idx + len(tok.text))
        if person is not None:
            return person.name, True
    words = [t for t in subj.subtree if not t.is_punct and t.dep_ not in ("relcl", "acl")]
    words = [t for t in words if t.i <= subj.i or t.head == subj and t.dep_ in ("prep", "pobj")]
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
    text = doc.text  # spaCy rebuilds the text on every access
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
                vs = _verb_and_subject(sents[j])
                if vs is not None and not (start <= vs[0].idx < end):
                    found = vs
                    break
        if found is None:
            continue
        verb, subj = found
        speaker, is_person = _speaker(subj, people)
        quotes.append(Quote(kind="direct", text=inner, speaker=speaker, speaker_is_person=is_person,
                            verb=verb.text.lower(), evidence=[(start, start + len(m.group(1).rstrip(" ,")))]))
    for sent in sents:
        for verb in sent:
            if verb.lower_ not in REPORTING_VERBS or verb.pos_ not in ("VERB", "AUX"):
                continue
            if any(s <= verb.idx < e for s, e in quoted_spans):
                continue
            subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
            content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if content is None and verb.lower_ in lx.DENY_WORDS | {"denied", "rejected"}:
                content = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if subj is None or content is None:
                continue
            tokens = [t for t in content.subtree if not (t.dep_ == "mark" and t.head == content)]
            if not tokens:
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            if any(s <= start < e or s < end <= e for s, e in quoted_spans):
                continue
            if subj.lower_ in ("it", "this", "which"):
                continue
            speaker, is_person = _speaker(subj, people)
            quotes.append(Quote(kind="indirect", text=text[start:end], speaker=speaker,
                                speaker_is_person=is_person, verb=verb.text.lower(), evidence=[(start, end)]))
    return quotes
