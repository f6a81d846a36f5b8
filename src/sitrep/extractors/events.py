"""Events: what kind of happening, the main one and the background ones, and their totals.

The main event is the one the first sentences are about. An earlier event
the report mentions as context (an attack last month, the standoff before an
assault) becomes its own event with its own date, and the figures said of it
go with it, never into the main event's totals.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from .. import lexicon as lx
from ..record import Figure
from .figures import ADDITION, CODED_GROUP, FigureMention
from .figures.rules import Example, rule
from .time import DateMention, Standoff, choose_main_date, undated_day
from .sentences import sentence_of
from .sentences import sentences as doc_sentences

_SENTENCE_WEIGHTS = (4.0, 2.5, 1.5, 1.2)


@dataclass(frozen=True)
class EventType:
    event_type: str
    sub_event_type: str


#: Ordinary armed crime the event vocabulary misses: a hold-up, a burglary, a bullet through a wall.
_CRIME_WORDS = frozenset(
    """robber robbers robberies robbing holdup holdups hold-up stickup burglar burglars burglaries burglarized
    burglarizing pistol-whipped pistol-whipping menacing bullet bullets gunman""".split()
)
#: Weapons, and what police or an offender do with one: "found with a gun", "pointed a rifle at".
_WEAPON_WORDS = frozenset(
    """gun guns handgun handguns pistol pistols rifle rifles shotgun shotguns firearm firearms revolver
    revolvers""".split()
)
_WEAPON_ACTIONS = frozenset(
    """found seized recovered confiscated stolen stole stealing arrested charged carrying possession possessing
    pointed pointing brandished brandishing pulled waving displayed threatened threatening armed demanded
    forced held""".split()
)


def _cue_hits(doc: Doc, sentences: list[int] | None = None) -> list[tuple[int, str, str, str, float]]:
    """(sentence, cue, type, sub-type, weight) for every event cue word or two-word cue."""
    hits = []
    for s_index, sent in enumerate(doc_sentences(doc)):
        if sentences is not None and s_index not in sentences:
            continue
        toks = [t.lower_ if t.ent_type_ not in ("DATE", "TIME", "PERSON") else "" for t in sent]
        for k, word in enumerate(toks):  # "March" the month is not a march
            two = f"{word} {toks[k + 1]}" if k + 1 < len(toks) else ""
            if two in lx.EVENT_CUES:
                hits.append((s_index, two, *lx.EVENT_CUES[two]))
            elif word in lx.EVENT_CUES:
                hits.append((s_index, word, *lx.EVENT_CUES[word]))
            elif word in _CRIME_WORDS:
                hits.append((s_index, word, "non_conflict", "crime", 1.0))
        words = set(toks)
        weapon = words & _WEAPON_WORDS
        if weapon and words & _WEAPON_ACTIONS:
            hits.append((s_index, min(weapon), "non_conflict", "crime", 1.0))
    return hits


def classify(doc: Doc, figures: list[Figure], sentences: list[int] | None = None,
             actor_classes: set[str] | None = None) -> EventType | None:
    """ACLED type and sub-type from the event's words, weighted towards the lead."""
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
            return EventType("violence_against_civilians" if conflict else "non_conflict", "attack" if conflict else "crime")
        return None
    # disasters and accidents explain deaths without an attacker
    accident = by_sub.get(("non_conflict", "accident"), 0.0)
    disaster = by_sub.get(("non_conflict", "disaster"), 0.0)
    violent = sum(v for (t, s), v in by_sub.items() if t not in ("non_conflict", "protests", "strategic_developments"))
    if max(accident, disaster) > 0 and max(accident, disaster) >= violent:
        return EventType("non_conflict", "accident" if accident >= disaster else "disaster")
    bombs = by_type.get("explosions_remote_violence", 0.0)
    battle = by_type.get("battles", 0.0)
    civ = by_type.get("violence_against_civilians", 0.0)
    riot = by_type.get("riots", 0.0)
    protest = by_type.get("protests", 0.0)
    crime = by_sub.get(("non_conflict", "crime"), 0.0)
    if protest > 0 and protest >= max(bombs, battle, riot) and protest >= civ:
        if "killed" in kinds and "security_forces" in classes:
            return EventType("protests", "excessive_force_against_protesters")
        if riot > protest * 0.5:
            return EventType("riots", "violent_demonstration")
        if by_sub.get(("protests", "protest_with_intervention"), 0) > 0 or "arrested" in kinds or "injured" in kinds:
            return EventType("protests", "protest_with_intervention")
        return EventType("protests", "peaceful_protest")
    if riot > 0 and riot >= max(bombs, battle, civ):
        return EventType("riots", max(("mob_violence", "violent_demonstration"), key=lambda s: by_sub.get(("riots", s), 0)))
    if harmed == set() and kinds & {"arrested"} and (conflict or by_sub.get(("strategic_developments", "arrests"), 0)):
        return EventType("strategic_developments", "arrests")  # militants arrested, nobody harmed
    if bombs > 0 and bombs >= max(battle, 0.6 * civ, 0.6 * crime):
        return EventType("explosions_remote_violence", _best_sub(by_sub, "explosions_remote_violence"))
    if civ > 0 and by_sub.get(("violence_against_civilians", "abduction"), 0) >= max(battle, bombs) and civ >= battle:
        return EventType("violence_against_civilians", "abduction")
    if not conflict and crime > 0 and "militants" not in classes - {"suspect"}:
        if battle <= crime * 1.5:
            return EventType("non_conflict", "crime")
    if battle > 0 and (battle >= civ or ("security_forces" in classes and "militants" in classes)):
        sub = _best_sub(by_sub, "battles")
        return EventType("battles", sub)
    if civ > 0 or harmed:
        return EventType("violence_against_civilians", _best_sub(by_sub, "violence_against_civilians") if civ else "attack")
    if by_type.get("strategic_developments", 0) > 0:
        return EventType("strategic_developments", _best_sub(by_sub, "strategic_developments"))
    if crime > 0:
        return EventType("non_conflict", "crime")
    return None


def _best_sub(by_sub: dict[tuple[str, str], float], etype: str) -> str:
    subs = {s: v for (t, s), v in by_sub.items() if t == etype}
    return max(subs, key=lambda s: subs[s]) if subs else "other"


# --------------------------------------------------------------------------- main and background

@dataclass
class EventDraft:
    """An event being assembled: its sentences, its date, its figures."""

    main: bool
    sentences: list[int]
    date: date | None = None
    date_precision: str = "unknown"
    start_date: date | None = None
    note: str | None = None
    figures: list[FigureMention] = field(default_factory=list)
    forced_type: EventType | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    date_evidence: list[tuple[int, int]] = field(default_factory=list)  # the words the date was read from


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _clause_of(tok: Token) -> set[int]:
    """The token ids of the smallest clause around a token: its verb's subtree."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    return {t.i for t in node.subtree}


def assign_events(
    doc: Doc,
    mentions: list[FigureMention],
    dates: list[DateMention],
    standoff: Standoff | None,
    published: date | None,
) -> list[EventDraft]:
    """Split figures into the main event and background events."""
    n_sents = len(doc_sentences(doc))
    main = EventDraft(main=True, sentences=list(range(n_sents)))
    main_date = choose_main_date(doc, dates, published)
    if main_date is not None:
        main.date, main.date_precision = main_date.value.date, main_date.value.precision
        main.date_evidence = [(main_date.start, main_date.end)]
    elif published is not None:
        main.date, main.date_precision = undated_day(doc, published), "unknown"
    background: dict[object, EventDraft] = {}
    sents = doc_sentences(doc)

    if standoff is not None and main.date is not None:
        main.start_date = main.date - timedelta(days=standoff.days)
        siege = EventDraft(
            main=False, sentences=[], date=main.start_date,
            date_precision="week" if standoff.unit != "month" else "month",
            note=f"the {doc.char_span(standoff.start, standoff.end, alignment_mode='expand').text} before the main event",
            forced_type=EventType("strategic_developments", "other"),
            evidence=[(standoff.start, standoff.end)],
            date_evidence=[*main.date_evidence, (standoff.start, standoff.end)],  # counted back from the assault
        )
        background["standoff"] = siege

    segments = _incident_segments(sents)
    roundup = {i for i, sent in enumerate(sents) if _ROUNDUP.search(sent.text)} if max(segments, default=0) else set()
    context: dict[int, FigureMention] = {}  # counts over a period: listed with the main event, in no total
    for m in mentions:
        target = main
        anchor = doc[m.anchor]
        clause = _clause_of(doc[m.predicate] if m.predicate is not None else anchor)
        period = _period_words(doc, _own_clause(doc[m.predicate] if m.predicate is not None else anchor),
                               sents[m.sentence]) or (
            "several incidents" if m.sentence in roundup else None)
        if period is not None:  # "18 people have been killed this year" counts a period, not an event
            context[id(m)] = _scoped(m, "cumulative", period)
            continue
        ago = _ago(doc, _clause_of(_first_conjunct(doc[m.predicate] if m.predicate is not None else anchor)),
                   sents[m.sentence])
        if ago is not None and main.date is not None:  # "Two weeks ago, a man was shot dead at the same complex"
            key = ("ago", ago)
            if key not in background:
                when, unit = main.date - timedelta(days=ago[0]), ago[1]
                background[key] = EventDraft(
                    main=False, sentences=[m.sentence], date=when,
                    date_precision="day" if unit == "day" else ("week" if unit == "week" else "month"),
                    note="an earlier event the report mentions")
            background[key].figures.append(m)
            continue
        cause = _protest_cause(doc[m.predicate] if m.predicate is not None else anchor, sents[m.sentence])
        if cause is not None:  # "demanding justice for the killing of 4 members": the protest is the event
            key = ("cause", cause.i)
            if key not in background:
                background[key] = EventDraft(  # the sentence stays the protest's own
                    main=False, sentences=[], note="the killing the protest is about",
                    evidence=[(cause.idx, cause.idx + len(cause.text))])
            background[key].figures.append(m)
            continue
        earlier_event = _earlier_event_clause(doc[m.predicate] if m.predicate is not None else anchor)
        if earlier_event is not None:
            key = ("earlier", earlier_event.i)
            if key not in background:
                days = _days_before(sents[m.sentence].text)
                when = main.date - timedelta(days=days) if main.date is not None and days is not None else None
                precision = "day" if when else "unknown"
                own = next((d for d in dates if d.sentence == m.sentence and any(
                    d.start <= c.idx < d.end for c in earlier_event.children)), None)
                if own is not None:  # "a bombing last month": a month, not its first day
                    when, precision = own.value.date, own.value.precision
                background[key] = EventDraft(
                    main=False, sentences=[m.sentence], date=when, date_precision=precision,
                    note=f"an earlier {earlier_event.lower_} the report mentions",
                    evidence=[(earlier_event.idx, earlier_event.idx + len(earlier_event.text))],
                    date_evidence=[(own.start, own.end)] if own is not None else [],
                )
            background[key].figures.append(m)
            continue
        segment = segments[m.sentence]
        if segment and (main.figures or any(segments[x.sentence] == 0 for x in mentions)):
            key = ("incident", segment)
            if key not in background:
                first = segments.index(segment)
                own_dates = [d for d in dates if segments[d.sentence] == segment and d.value.precision == "day"]
                when = own_dates[0].value if own_dates else None
                background[key] = EventDraft(
                    main=False, sentences=[k for k, seg in enumerate(segments) if seg == segment],
                    date=when.date if when else main.date,
                    date_precision=when.precision if when else main.date_precision,
                    note="another incident the report describes",
                    evidence=[(sents[first].start_char, sents[first].end_char)],
                    date_evidence=[(own_dates[0].start, own_dates[0].end)] if own_dates else list(main.date_evidence),
                )
            background[key].figures.append(m)
            continue
        sent = sents[m.sentence]
        low = sent.text.lower()
        if "standoff" in background and any(w in low for w in ("during which", "during the standoff", "during the siege", "during the stand-off")):
            during = next((t for t in sent if t.lower_ == "during"), None)
            if during is not None and during.i < anchor.i:
                target = background["standoff"]
        if target is main:
            own = [d for d in dates if d.sentence == m.sentence and _in_clause(doc, d, clause)]
            for d in own:
                if main.date is not None and _is_earlier(d.value.date, main.date, d.value.precision):
                    key = (d.value.date, d.value.precision)
                    if key not in background:
                        background[key] = EventDraft(main=False, sentences=[m.sentence], date=d.value.date,
                                                     date_precision=d.value.precision,
                                                     evidence=[(d.start, d.end)], date_evidence=[(d.start, d.end)])
                    target = background[key]
                    break
        target.figures.append(m)
        if target is not main and m.sentence not in target.sentences:
            target.sentences.append(m.sentence)
    if context:  # in text order among the main event's own figures
        own = {id(m) for m in main.figures}
        main.figures = [context.get(id(m), m) for m in mentions if id(m) in own or id(m) in context]
    for event in background.values():
        event.figures = [_scoped(m, "background") for m in event.figures]
    # the main event's sentences are those not about a background event
    taken = {s for e in background.values() for s in e.sentences}
    main.sentences = [s for s in main.sentences if s not in taken] or main.sentences
    return [main, *background.values()]


#: A sentence that opens another incident: "In a separate shooting, ...", "Meanwhile, ...".
_NEW_INCIDENT = re.compile(
    r"^\W*(in (another|a separate|an unrelated|a second|a third|an earlier|a later|other)\b"
    r"|separately\b|meanwhile\b|elsewhere\b|in the (second|third|other|earlier|later) (shooting|incident|attack)"
    r"|(another|a second|a third|the second|the third|the other) (shooting|incident|attack|stabbing)"
    r"|less than an hour (earlier|later)|an hour (earlier|later)|hours (earlier|later))",
    re.IGNORECASE,
)
#: A lead that sums several incidents: "Four men were wounded in separate shootings across the city".
_ROUNDUP = re.compile(
    r"\b(separate|several|multiple|unrelated) (shootings|incidents|attacks)\b|\bshootings across\b"
    r"|\bin shootings\b|\bacross the city\b",
    re.IGNORECASE,
)


_EVENT_NOUNS = frozenset(
    """assault attack attacks bombing bombings blast explosion operation raid siege massacre shooting clash clashes
    strike strikes ambush fighting battle riot riots""".split()
)
_BEFORE = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (day|week)s? "
                     r"(?:after|since|following)\b", re.IGNORECASE)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}


def _is_earlier_event(noun: Token) -> bool:
    """'Monday's bombing', 'last week's attack', 'after the assault': an event before the report's own."""
    if noun.lower_ not in _EVENT_NOUNS:
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "npadvmod") and (
            c.ent_type_ == "DATE" or c.lower_ in ("last", "earlier", "previous")) for c in noun.children):
        return True
    governor = noun.head
    for _ in range(4):
        if governor.lower_ in ("after", "since", "following", "before"):
            return True
        if governor.dep_ not in ("pobj", "prep", "compound", "conj") or governor.head == governor:
            return False
        governor = governor.head
    return governor.lower_ in ("after", "since", "following", "before")


@rule("earlier-event", "scope", "scope 'background': figures of an earlier event the report recalls",
      Example("A suicide bomber killed 14 people at the market on Tuesday. The same market was hit in a bombing "
              "last month in which 28 people were killed.", {"killed": 14}, (("killed", 28, "background", "toll"),)))
def _earlier_event_clause(predicate: Token) -> Token | None:
    """'four days after the assault on the mosque, in which 102 people were killed': the assault, else None.

    The parser often hangs the relative clause on the nearest noun ("the south
    of the city, in which ..."), so an earlier event named before the clause
    in the same sentence counts too.
    """
    node = predicate
    for _ in range(8):
        if node.dep_ == "relcl":
            noun = node.head
            for _hop in range(4):
                if noun.lower_ in _EVENT_NOUNS or noun.dep_ not in ("pobj", "prep", "appos", "compound", "conj"):
                    break
                noun = noun.head
            if _is_earlier_event(noun):
                return noun
            sentence = sentence_of(node)
            return next((t for t in reversed(sentence[: node.i - sentence.start]) if _is_earlier_event(t)), None)
        if node.head == node:
            return None
        node = node.head
    return None


_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|several|a few) (day|week|month|year)s? ago\b",
                  re.IGNORECASE)
_SOME = {"several": 3, "a few": 3}


@rule("weeks-ago", "scope", "scope 'background': an earlier event dated back from the main one",
      Example("A man was shot in the leg on Tuesday. Two weeks ago, a woman was shot and killed at the same complex.",
              {"injured": 1}, (("killed", 1, "background", "person"),)))
def _ago(doc: Doc, clause: set[int], sent: Span) -> tuple[int, str] | None:
    """'two weeks ago', said in the figure's own clause: (days before the main event, unit), from three days on."""
    if not clause:
        return None
    found = _AGO.search(doc[max(min(clause), sent.start):min(max(clause) + 1, sent.end)].text)
    if found is None:
        return None
    word, unit = found.group(1).lower(), found.group(2).lower()
    n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word) or _SOME.get(word, 1)
    days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
    return (days, unit) if days >= 3 else None


@rule("protest-cause", "scope", "scope 'background': the killing a protest is about",
      Example("Hundreds of students staged a protest rally on Monday, demanding justice for the killing of two "
              "farmers.", {}, (("killed", 2, "background", "toll"),)))
def _protest_cause(predicate: Token, sent: Span) -> Token | None:
    """'protesting over the killing of a man', 'blocked the highway after five guards were killed': the harm a
    protest is about, said under the protest's words: the word of the protest, else None."""
    node = predicate
    for _ in range(7):
        if node.head == node:
            return None
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in node.children):
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lx.PROTESTER_WORDS for c in node.head.children):
                return node.head
        node = node.head
        if node.lower_ in lx.PROTEST_CAUSE_WORDS and node.pos_ != "PROPN" and node.ent_type_ != "DATE":
            return node  # not "on March 19"
    return None


def _first_conjunct(tok: Token) -> Token:
    """'was shot and killed': the verb a conjoined one shares its modifiers with."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _days_before(text: str) -> int | None:
    m = _BEFORE.search(text)
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]
    return n * (7 if m.group(2).lower() == "week" else 1)


def _incident_segments(sents: list[Span]) -> list[int]:
    """For each sentence, which incident of the report it is about: 0 the first, then one more at each opener."""
    out: list[int] = []
    segment = 0
    for sent in sents:
        if _NEW_INCIDENT.search(sent.text.strip()):
            segment += 1
        out.append(segment)
    return out


_PERIOD_COUNT = re.compile(
    r"(?<!earlier )(?<!later )\b(this|last|past|so far this|previous) (year|month|decade)\b|\bso far\b|\byear-to-date\b|\bto date\b"
    r"|\bsince (jan(uary|\.)?|the (start|beginning) of)|\bin recent (weeks|months|years)\b|\beach year\b"
    r"|\bper year\b|\bannually\b|\bin (19|20)\d\d\b|\bsince (19|20)\d\d\b|\bduring the (month|year)\b"
    r"|\bin (january|february|march|april|june|july|august|september|october|november|december)\b(?! \d)"
    r"|\b(homicides|murders|shootings) (have|has) (occurred|been)|\bthis year's\b"
    # a count over several incidents: "across both blasts", "in three attacks in Mosul on this day", "overall"
    r"|\bacross (which|both|all|these|those|the)\b(?: \w+){0,3}? ?(attacks|blasts|assaults|incidents|explosions|bombings"
    r"|strikes|shootings|locations|sites)?\b|\boverall\b|\bat the end of the day\b"
    r"|\bin (the |these |those )?(two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple"
    r"|a series of|a string of|a wave of) (coordinated |related |simultaneous |similar )?"
    r"(attacks|bombings|assaults|raids)\b",
    re.IGNORECASE,
)


def _own_clause(tok: Token) -> set[int]:
    """The clause around a token without the clauses of other subjects it holds: in "Fourteen died in this
    attack, while 101 were wounded across both attacks" the second clause is not the first's."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    out = {t.i for t in node.subtree}
    if node.dep_ == "conj":  # "Overall, 24 were killed and over 100 injured": the first verb's modifiers are shared
        out |= {t.i for c in node.head.lefts for t in c.subtree}
    for child in node.children:
        if child.dep_ in ("advcl", "ccomp", "parataxis", "relcl") and child.i != tok.i and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in child.children) and tok.i not in {t.i for t in child.subtree}:
            out -= {t.i for t in child.subtree}
    return out


@rule("cumulative-period", "scope", "scope 'cumulative': a count over a period, in no total",
      Example("A car bomb killed eight people on Monday. Air strikes have killed 190 civilians in the province "
              "since January.", {"killed": 8}, (("killed", 190, "cumulative", "toll"),)))
@rule("cumulative-several-incidents", "scope", "scope 'cumulative': a count over several incidents, in no total",
      Example("A car bomb struck a police station. In three attacks in the city on this day, around sixty-five "
              "people were killed.", {}, (("killed", 65, "cumulative", "toll"),)))
def _period_words(doc: Doc, clause: set[int], sent: Span) -> str | None:
    """The words of a count over a period ('this year', 'so far', 'in December'), said in the figure's own clause."""
    if not clause:
        return None
    found = _PERIOD_COUNT.search("".join(doc[i].text_with_ws for i in sorted(clause) if sent.start <= i < sent.end))
    return found.group(0) if found else None


def _scoped(m: FigureMention, scope: str, period: str | None = None) -> FigureMention:
    """The mention with its figure's scope said: a new figure, the extracted one is left as it was."""
    return replace(m, figure=m.figure.model_copy(update={"scope": scope, "period": period}))


def _in_clause(doc: Doc, d: DateMention, clause: set[int]) -> bool:
    tok = _token_at(doc, d.start)
    return tok is not None and tok.i in clause


def _is_earlier(candidate: date, main: date, precision: str) -> bool:
    if precision == "month":
        return (candidate.year, candidate.month) < (main.year, main.month)
    if precision == "unknown":
        return candidate.year < main.year
    if precision == "week":
        return (main - candidate).days >= 7  # a week holds the main event's day when it starts up to 6 days before
    return (main - candidate).days >= 3


# --------------------------------------------------------------------------- totals

_TOTAL_GROUPS = frozenset({"people", "persons", "dead", "victims", "casualties", "wounded", "injured",
                           "individuals", "deaths", "fatalities", "hostages", "bodies", "lives", "others",
                           "other people", "others people"})
def _same_name(a: str, b: str) -> bool:
    """'Lyons' and 'Cleo Lyons' are one person."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _head_noun(group: str) -> str:
    return group.lower().replace("'s", " ").split()[-1]


#: Nouns that say nothing of who the person was: such a mention may be anyone the report names.
_UNSPECIFIC = frozenset({"person", "people", "victim", "victims", "individual", "someone", "injured", "wounded",
                         "dead", "one"})


def _same_person(a: Figure, b: Figure, strict: bool = False) -> bool:
    """Whether two one-person figures can be one person: 'a man' and 'the victim' and 'John Smith'.

    Different names are different people; so are "another man", a man and a
    woman, and two different roles ("the shopkeeper and a customer").
    """
    a_named, b_named = bool(a.named) and "'s " not in a.group, bool(b.named) and "'s " not in b.group
    if a_named and b_named:
        return _same_name(a.group, b.group)
    if _one_of(a, b) or _one_of(b, a):  # "killing one of them ... a second woman was pronounced dead"
        return True
    if a.derived or b.derived:  # "two were shot, one fatally": the one left may be "another" said elsewhere
        return True
    a_other, b_other = a.group.split()[0].lower() in lx.OTHER_WORDS, b.group.split()[0].lower() in lx.OTHER_WORDS
    if (a_other and not b_named) or (b_other and not a_named):
        return False  # "another man" is not the man before; he may be the one the report names
    ga, gb = lx.gender_of(a.group), lx.gender_of(b.group)
    if ga and gb and ga != gb:
        return False
    if a_named or b_named:
        return True
    na, nb = _head_noun(a.group), _head_noun(b.group)
    if na != nb and not {na, nb} & _UNSPECIFIC and _near(a, b, reach=15):
        return False  # "a boy and a labourer were wounded": named side by side, two people
    if not strict:
        return True  # two ways of calling one victim ("the homeowner", "Fry's son") unless said side by side
    return na == nb or na in _UNSPECIFIC or nb in _UNSPECIFIC  # a dead shopkeeper is not the wounded boy


def _one_of(f: Figure, other: Figure) -> bool:
    """'Killing one of the women' and 'a second woman' can be one person: the plural names the other's kind."""
    head = _head_noun(f.group)
    if f.count != 1 or f.named or head in lx.SINGLE_PERSON_NOUNS:
        return False
    singular = {"men": "man", "women": "woman", "children": "child", "people": "person"}.get(
        head, head[:-1] if head.endswith("s") else None)
    return singular is not None and singular == _head_noun(other.group)


def people_estimate(singles: list[Figure]) -> int:
    """How many different people the one-person figures of a kind are (mentions of one person count once)."""
    clusters: list[list[Figure]] = []
    for f in singles:
        home = next((c for c in clusters if all(_same_person(f, other) for other in c)), None)
        if home is None:
            clusters.append([f])
        else:
            home.append(f)
    return len(clusters)


def _dead_not_injured(figures: list[Figure]) -> list[Figure]:
    """A person who died is killed, not also injured: drop one-person injuries that are the dead.

    "Both were found with gunshot wounds" after "two people were found dead"
    are the dead; an injured "another man" or a woman beside a dead man is not.
    """
    dead = [f for f in figures if f.kind == "killed" and f.count == 1]
    if not dead:
        return figures
    return [f for f in figures
            if not (f.kind == "injured" and f.count == 1 and not f.derived  # "two shot, one fatally": the other
                    and any(_same_person(f, d, strict=True) for d in dead))]


def _near(a: Figure, b: Figure, reach: int = 80) -> bool:
    """Two figures said in one breath: their evidence spans lie within a few words of each other."""
    return any(max(sa, sb) - min(ea, eb) <= reach  # the gap between the spans (negative when they overlap)
               for sa, ea in a.evidence for sb, eb in b.evidence)


def totals(figures: list[Figure]) -> dict[str, int]:
    """Per kind the one number a coder would enter (SPEC.md section 2).

    A stated total wins over its parts; disjoint groups add up; one-person
    mentions of the same kind are merged into the people they can be; hedged,
    claimed and vague figures count only when no firmer figure of the kind exists.
    """
    out: dict[str, int] = {}
    by_kind: dict[str, list[Figure]] = defaultdict(list)
    for f in _dead_not_injured([f for f in figures if f.scope != "cumulative"]):
        by_kind[f.kind].append(f)
    for kind, figs in by_kind.items():
        coded = [f.count for f in figs if f.group == CODED_GROUP and f.certainty == "stated"]
        if coded:  # "Fatalities coded as 0 (VoJ reported 9)": the report's own last word
            if max(coded) > 0:
                out[kind] = max(coded)
            continue
        firm = [f for f in figs if f.certainty == "stated" and f.qualifier != "vague"]
        pool = firm or [f for f in figs if f.certainty in ("stated", "believed")] or figs
        if not pool:
            continue
        # "100 dead, 12 of them soldiers", "40 of them at the hotel": a part never adds to the toll it is of
        pool = [f for f in pool if f.role != "part"] or pool
        # "in addition to the bomber, two people were killed": the bomber adds to the toll of the others
        extra = sum(f.count for f in pool if f.derived and f.derived.startswith(ADDITION))
        pool = [f for f in pool if not (f.derived and f.derived.startswith(ADDITION))] or pool
        whole = [f.count for f in pool if f.group_class == "unknown" and not f.named and f.count > 1
                 and f.group.lower() in _TOTAL_GROUPS]
        # "a fourth policeman died": the toll of the policemen is now four, not four more
        running = [f for f in pool if f.role == "person" and f.derived and " = " in f.derived]
        whole += [f.count for f in running]
        pool = [f for f in pool if f not in running] or pool
        stated_total = max(whole) if whole else 0
        by_group: dict[tuple[str, str], int] = defaultdict(int)
        singles: list[Figure] = []
        for f in pool:
            if f.count == 1:
                singles.append(f)
            elif not (f.group_class == "unknown" and f.group.lower() in _TOTAL_GROUPS):
                key = (f.group_class, f.group.lower())
                by_group[key] = max(by_group[key], f.count)
        # a person named beside a group ("five policemen and a passer-by were wounded") adds to it
        beside = [f for f in singles if any(g.kind == f.kind and g.count > 1 and g.group_class != f.group_class
                                            and _near(f, g) for g in pool)]
        value = max(stated_total, sum(by_group.values()) + people_estimate(beside),
                    people_estimate(singles)) + extra
        if value > 0:
            out[kind] = value
    return out
