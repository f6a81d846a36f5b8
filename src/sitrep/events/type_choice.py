"""The event type of one event: the codebook rules, the learned model where the user trained one, and the cue
reading of ordinary crime, accidents and disasters, and which of them decides.

The codebook rules (``event_type``) read political violence and demonstrations; a street shooting or a hold-up
with no organised side named keeps the cue reading, which knows crime; the model, when on, reads what the rules
read and the notes no rule word covers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc

from ..extraction import lexicon as lx
from ..extraction.sentences import sentences as doc_sentences
from ..record import EventType, Figure
from . import event_type as event_type_x
from . import typemodel
from .objects import harms_a_thing

__all__ = ["TypeChoice", "classify"]

_SENTENCE_WEIGHTS = (4.0, 2.5, 1.5, 1.2)


@dataclass(frozen=True)
class TypeChoice:
    """The event type chosen for one event, with who chose it and from which words."""

    event_type: EventType
    sub_event_type: str
    #: which classifier read it: "rules" (the codebook rules or the crime cues) or "model:<name>"
    source: str = "rules"
    #: the words the type was read from, as (start, end) offsets into the text
    evidence: tuple[tuple[int, int], ...] = ()


def _cue_hits(doc: Doc, sentences: list[int] | None = None) -> list[tuple[int, str, EventType, str, float]]:
    """(sentence, cue, type, sub-type, weight) for every event cue word or two-word cue."""
    hits: list[tuple[int, str, EventType, str, float]] = []
    for s_index, sent in enumerate(doc_sentences(doc)):
        if sentences is not None and s_index not in sentences:
            continue
        toks = [t.lower_ if t.ent_type_ not in ("DATE", "TIME", "PERSON") else "" for t in sent]
        for k, word in enumerate(toks):  # "March" the month is not a march
            if word in _THING_HARM_WORDS and harms_a_thing(sent[k]):
                continue  # "killed the game off", "fired a low shot past the keeper": no one harmed
            two = f"{word} {toks[k + 1]}" if k + 1 < len(toks) else ""
            if two in lx.EVENT_CUES:
                hits.append((s_index, two, *lx.EVENT_CUES[two]))
            elif word in lx.EVENT_CUES:
                hits.append((s_index, word, *lx.EVENT_CUES[word]))
            elif word in lx.CRIME_WORDS:
                hits.append((s_index, word, "non_conflict", "crime", 1.0))
        words = {w for k, w in enumerate(toks) if not (w in _THING_HARM_WORDS and harms_a_thing(sent[k]))}
        weapon = words & lx.WEAPON_WORDS
        if weapon and words & lx.WEAPON_ACTIONS:
            hits.append((s_index, min(weapon), "non_conflict", "crime", 1.0))
    return hits


def classify(
    doc: Doc, figures: list[Figure], sentences: list[int] | None = None, actor_classes: set[str] | None = None
) -> TypeChoice | None:
    """ACLED type and sub-type of the event told in ``sentences``: the codebook rules, else the crime cues.

    Ordinary crime, accidents and disasters (no organised armed side named) keep the cue reading, which
    knows street shootings and hold-ups; political violence and demonstrations are read by the codebook
    rules (``event_type.RULES``) and, when the user has trained one, by the learned model.
    """
    sents = doc_sentences(doc)
    order = sentences if sentences else list(range(len(sents)))
    windows = [(sents[i].start_char, sents[i].end_char) for i in order if i < len(sents)]
    cues = _cue_cascade(doc, figures, sentences, actor_classes)
    model = typemodel.active()
    reading = event_type_x.read_type(doc.text, windows)
    if reading is not None and reading.rule == "harm_to_people" and _harm_to_thing_only(doc, reading, figures):
        reading = None
    beats_crime = reading is not None and reading.rule in event_type_x.BEATS_CRIME
    # a crowd's act the rules read (a mob lynching a thief, residents stoning a driver, a rally) names its side
    # as surely as the words "protesters" or "rioters" do: the cue reading of a crime or an accident does not win
    # ("the victims fought back" in a home invasion told as a crime is no crowd: there the words must say mob)
    crowd = (
        reading is not None
        and reading.event_type in event_type_x.CROWD_TYPES
        and (
            not event_type_x.told_as_crime(doc.text)
            or any(event_type_x.names_mob(doc.text[a:b]) for a, b in reading.evidence)
        )
    )
    if not beats_crime and not crowd and not _organised_side(doc.text, windows):
        told = event_type_x.told_as_crime(doc.text)
        if cues is not None and cues.event_type == "non_conflict":
            # harm with no side named is a crime when the report tells it as one (a suspect, detectives), or
            # when no codebook rule reads it; a model trained on ACLED knows no crime, so it is not asked
            if cues.sub_event_type != "crime" or told or (reading is None and model is None):
                return cues
        elif (
            told
            and (either := cues if cues is not None else reading) is not None
            and either.event_type
            not in (
                "protests",
                "non_conflict",
            )
        ):
            return TypeChoice("non_conflict", "crime")  # an arrest, a hostage-taking, a body the police tell of
    no_event = cues is None and (
        reading is None
        or (reading.rule in event_type_x.WEAK_ALONE and not figures and not _organised_side(doc.text, windows))
    )
    if no_event and model is None:
        return None  # "beat AFC Leopards 2-1", "profit was hit by costs": words of harm, no harm
    if model is not None and (reading is None or reading.event_type != "non_conflict"):
        text = " ".join(doc.text[a:b] for a, b in windows)
        hint = typemodel.hint_tokens(
            *((reading.rule, reading.event_type, reading.sub_event_type) if reading else (None,) * 3)
        )
        guess = model.classify(text, hint)
        if no_event and guess.margin < (
            typemodel.SIDE_EVENT_MARGIN if _organised_side(doc.text, windows) else typemodel.NEW_EVENT_MARGIN
        ):
            return None  # no word of the rules, and the model is not sure either
        return TypeChoice(
            guess.event_type,
            guess.sub_event_type,
            f"model:{model.name}",
            tuple(_shift(windows, s, e) for s, e in guess.evidence),
        )
    if reading is None:
        return cues
    if reading.event_type in ("violence_against_civilians", "riots") and _both_armed_sides_harmed(figures):
        # soldiers and militants among the dead: two armed sides fought, whatever else the words say
        spans = tuple(span for f in figures if f.group_class in ("militants", "security_forces") for span in f.evidence)
        return TypeChoice("battles", "armed_clash", "rules", spans[:2] or reading.evidence)
    return TypeChoice(reading.event_type, reading.sub_event_type, "rules", reading.evidence)


_THING_HARM_WORDS = lx.HARM_TO_LIVING_VERBS | {"shot", "shots"}


def _harm_to_thing_only(doc: Doc, reading: event_type_x.TypeReading, figures: list[Figure]) -> bool:
    """The harm word read has a thing for object ("killed the game off") and no one is counted harmed."""
    if any(f.kind in ("killed", "injured", "kidnapped") for f in figures) or not reading.evidence:
        return False
    start, end = reading.evidence[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and harms_a_thing(span[0])


def _both_armed_sides_harmed(figures: list[Figure]) -> bool:
    """Killed or wounded on both armed sides: security forces and militants."""
    harmed = {f.group_class for f in figures if f.kind in ("killed", "injured")}
    return {"militants", "security_forces"} <= harmed


def _organised_side(text: str, windows: list[tuple[int, int]]) -> bool:
    """Whether the event's sentences name an organised armed side or a crowd (militants, troops, protesters)."""
    return any(event_type_x.names_side(text[a:b]) for a, b in windows)


def _shift(windows: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """Offsets in the event's sentences joined by one space back to offsets in the text."""
    at = 0
    for a, b in windows:
        if start < at + (b - a) + 1:
            return a + (start - at), min(b, a + (end - at))
        at += b - a + 1
    return windows[-1] if windows else (0, 0)


def _cue_cascade(
    doc: Doc, figures: list[Figure], sentences: list[int] | None = None, actor_classes: set[str] | None = None
) -> TypeChoice | None:
    """The cue reading: event words weighted towards the lead; it knows crime, accidents and disasters."""
    hits = _cue_hits(doc, sentences)
    if not hits and not figures:
        return None
    order = sentences or list(range(len(doc_sentences(doc))))
    by_type: dict[str, float] = defaultdict(float)
    by_sub: dict[tuple[str, str], float] = defaultdict(float)
    for s_index, _cue, etype, sub, weight in hits:
        rank = order.index(s_index) if s_index in order else 9
        w = weight * (_SENTENCE_WEIGHTS[rank] if rank < len(_SENTENCE_WEIGHTS) else 1.0)
        by_type[etype] += w
        by_sub[(etype, sub)] += w
    words = {t.lower_ for t in doc}
    conflict = bool(words & lx.CONFLICT_ACTOR_WORDS)
    classes = actor_classes or set()
    kinds = {f.kind for f in figures}
    harmed = kinds & {"killed", "injured", "kidnapped", "hostage", "missing"}
    if not by_type:
        if harmed:
            return TypeChoice(
                "violence_against_civilians" if conflict else "non_conflict", "attack" if conflict else "crime"
            )
        return None
    # disasters and accidents explain deaths without an attacker
    accident = by_sub.get(("non_conflict", "accident"), 0.0)
    disaster = by_sub.get(("non_conflict", "disaster"), 0.0)
    violent = sum(v for (t, s), v in by_sub.items() if t not in ("non_conflict", "protests", "strategic_developments"))
    if max(accident, disaster) > 0 and max(accident, disaster) >= violent:
        return TypeChoice("non_conflict", "accident" if accident >= disaster else "disaster")
    bombs = by_type.get("explosions_remote_violence", 0.0)
    battle = by_type.get("battles", 0.0)
    civ = by_type.get("violence_against_civilians", 0.0)
    riot = by_type.get("riots", 0.0)
    protest = by_type.get("protests", 0.0)
    crime = by_sub.get(("non_conflict", "crime"), 0.0)
    if protest > 0 and protest >= max(bombs, battle, riot) and protest >= civ:
        if "killed" in kinds and "security_forces" in classes:
            return TypeChoice("protests", "excessive_force_against_protesters")
        if riot > protest * 0.5:
            return TypeChoice("riots", "violent_demonstration")
        if by_sub.get(("protests", "protest_with_intervention"), 0) > 0 or "arrested" in kinds or "injured" in kinds:
            return TypeChoice("protests", "protest_with_intervention")
        return TypeChoice("protests", "peaceful_protest")
    if riot > 0 and riot >= max(bombs, battle, civ):
        return TypeChoice(
            "riots", max(("mob_violence", "violent_demonstration"), key=lambda s: by_sub.get(("riots", s), 0))
        )
    if harmed == set() and kinds & {"arrested"} and (conflict or by_sub.get(("strategic_developments", "arrests"), 0)):
        return TypeChoice("strategic_developments", "arrests")  # militants arrested, nobody harmed
    if bombs > 0 and bombs >= max(battle, 0.6 * civ, 0.6 * crime):
        return TypeChoice("explosions_remote_violence", _best_sub(by_sub, "explosions_remote_violence"))
    if civ > 0 and by_sub.get(("violence_against_civilians", "abduction"), 0) >= max(battle, bombs) and civ >= battle:
        return TypeChoice("violence_against_civilians", "abduction")
    if not conflict and crime > 0 and "militants" not in classes - {"suspect"} and battle <= crime * 1.5:
        return TypeChoice("non_conflict", "crime")
    if battle > 0 and (battle >= civ or ("security_forces" in classes and "militants" in classes)):
        sub = _best_sub(by_sub, "battles")
        return TypeChoice("battles", sub)
    if civ > 0 or harmed:
        return TypeChoice(
            "violence_against_civilians", _best_sub(by_sub, "violence_against_civilians") if civ else "attack"
        )
    if by_type.get("strategic_developments", 0) > 0:
        return TypeChoice("strategic_developments", _best_sub(by_sub, "strategic_developments"))
    if crime > 0:
        return TypeChoice("non_conflict", "crime")
    return None


def _best_sub(by_sub: dict[tuple[str, str], float], etype: str) -> str:
    subs = {s: v for (t, s), v in by_sub.items() if t == etype}
    return max(subs, key=lambda s: subs[s]) if subs else "other"
