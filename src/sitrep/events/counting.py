"""Counting: per kind the one number a coder would enter, for an event's figures (docs/record.md, Totals).

One module counts for both the extractor (an event's ``totals``) and the
incidents (one report's several figures of one group). It reads figures
through the attributes they share (``FigureLike``): record figures and stored
figure rows alike, so nothing is rebuilt into a record model to be counted.
A stored row has no ``scope`` or ``role``: it counts as an event's toll.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, Protocol

from ..extraction import lexicon as lx


class FigureLike(Protocol):
    """What counting reads of a figure (read-only, so a record figure's Literal fields and a row's plain strings
    both fit)."""

    @property
    def kind(self) -> str: ...
    @property
    def count(self) -> int: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def group(self) -> str: ...
    @property
    def group_class(self) -> str: ...
    @property
    def certainty(self) -> str: ...
    @property
    def derived(self) -> str | None: ...
    @property
    def named(self) -> bool | None: ...
    @property
    def evidence(self) -> Any: ...  # [start, end] spans


def _counts(f: FigureLike) -> bool:
    """A figure of a period ("this year") is context, never in a total."""
    return getattr(f, "scope", "event") != "cumulative"


def _role(f: FigureLike) -> str:
    return getattr(f, "role", None) or "toll"


def _same_name(a: str, b: str) -> bool:
    """'Lyons' and 'Cleo Lyons' are one person; so are 'Paul Henry Marsh' and 'PaulHenry Marsh', a name
    whose space a page's markup lost."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa or "".join(a.lower().split()) == "".join(b.lower().split())


def _head_noun(group: str) -> str:
    return group.lower().replace("'s", " ").split()[-1]


def _same_person(a: FigureLike, b: FigureLike, strict: bool = False) -> bool:
    """Whether two one-person figures can be one person: 'a man' and 'the victim' and 'John Smith'.

    Different names are different people; so are "another man", a man and a
    woman, and two different roles ("the shopkeeper and a customer").
    """
    if _conjoined(a, b):
        return False
    a_named, b_named = bool(a.named) and "'s " not in a.group, bool(b.named) and "'s " not in b.group
    if a_named and b_named:
        return _same_name(a.group, b.group)
    if _attacker_and_victim(a, b, b_named) or _attacker_and_victim(b, a, a_named):
        return False
    if _one_of(a, b) or _one_of(b, a):  # "killing one of them ... a second woman was pronounced dead"
        return True
    if a.derived or b.derived:  # "two were shot, one fatally": the one left may be "another" said elsewhere
        return True
    if a.kind == b.kind and (_unspecific_toll(a) or _unspecific_toll(b)):
        return True  # "leaves one dead, one wounded ... another man was shot in the arm": the wounded one
    a_other, b_other = a.group.split()[0].lower() in lx.OTHER_WORDS, b.group.split()[0].lower() in lx.OTHER_WORDS
    if (a_other and not b_named) or (b_other and not a_named):
        return False  # "another man" is not the man before; he may be the one the report names
    ga, gb = lx.gender_of(a.group), lx.gender_of(b.group)
    if ga and gb and ga != gb:
        return False
    if a_named or b_named:
        return True
    na, nb = _head_noun(a.group), _head_noun(b.group)
    if na != nb and not {na, nb} & lx.UNSPECIFIC_PERSON_NOUNS and _near(a, b, reach=15):
        return False  # "a boy and a labourer were wounded": named side by side, two people
    if not strict:
        return True  # two ways of calling one victim ("the homeowner", "Fry's son") unless said side by side
    if _kin_and_plain(a, b) or _kin_and_plain(b, a):
        return True  # "a boy was fatally shot ... Maloney said his son had been shot": his son is the boy
    return (
        na == nb or na in lx.UNSPECIFIC_PERSON_NOUNS or nb in lx.UNSPECIFIC_PERSON_NOUNS
    )  # a dead shopkeeper is not the wounded boy


def _kin_and_plain(kin: FigureLike, plain: FigureLike) -> bool:
    """Someone's relative ("Price's daughter") and a person told only by age or sex ("the woman"): one may be
    the other; two relatives of different names ("his wife", "his daughter") are two people."""
    owned = "'s " in kin.group.replace("’", "'") or kin.group.split()[0].lower() in ("his", "her", "their")
    plain_owned = "'s " in plain.group.replace("’", "'") or plain.group.split()[0].lower() in ("his", "her", "their")
    return owned and not plain_owned and not plain.named and _head_noun(plain.group) in lx.AGE_SEX_NOUNS


def _conjoined(a: FigureLike, b: FigureLike) -> bool:
    """'wounded himself and his son', 'shooting himself and a woman': one figure's words are the other's with a
    second person joined on (spans from the same word, one longer), so they are two people. (A shared end is
    not enough: 'a man, Veron Black, was shot and died' ends as 'Veron Black, was shot and died' does; nor is a
    name run on right after a title: 'injured watchman Juma Dad Khan' is the watchman.)"""
    return any(
        sa == sb and ea != eb and not _titled(a, ea, b, eb) and not _titled(b, eb, a, ea)
        for sa, ea in a.evidence
        for sb, eb in b.evidence
    )


def _titled(name: FigureLike, name_end: int, title: FigureLike, title_end: int) -> bool:
    """The name's words start just after the title's end (a space or ', ' between): the name is the title's."""
    return bool(name.named) and 1 <= name_end - len(name.group) - title_end <= 2


def _unspecific_toll(f: FigureLike) -> bool:
    """'one wounded', 'one person was hurt': a count of one that says nothing of who, any one-person mention."""
    return _role(f) == "toll" and f.count == 1 and not f.named and _head_noun(f.group) in lx.UNSPECIFIC_PERSON_NOUNS


def _attacker_and_victim(attacker: FigureLike, other: FigureLike, other_named: bool) -> bool:
    """'Killing the assailant' beside a named victim or a policeman: an unnamed armed attacker and a person of
    another class, or one the report names, are two people."""
    if attacker.named or attacker.group_class != "militants" or other.group_class == "militants":
        return False
    if _head_noun(attacker.group) in lx.SUSPECT_WORDS:  # "the suspect was hospitalized": the man police shot
        return False
    return other_named or other.group_class != "unknown"


def _one_of(f: FigureLike, other: FigureLike) -> bool:
    """'Killing one of the women' and 'a second woman' can be one person: the plural names the other's kind."""
    head = _head_noun(f.group)
    if f.count != 1 or f.named or head in lx.SINGLE_PERSON_NOUNS:
        return False
    singular = {"men": "man", "women": "woman", "children": "child", "people": "person"}.get(
        head, head[:-1] if head.endswith("s") else None
    )
    return singular is not None and singular == _head_noun(other.group)


def people_estimate(singles: list[FigureLike]) -> int:
    """How many different people the one-person figures of a kind are (mentions of one person count once)."""
    clusters: list[list[FigureLike]] = []
    for f in singles:
        home = next((c for c in clusters if all(_same_person(f, other) for other in c)), None)
        if home is None:
            clusters.append([f])
        else:
            home.append(f)
    return len(clusters)


def _dead_not_injured(figures: list[FigureLike]) -> list[FigureLike]:
    """A person who died is killed, not also injured: drop one-person injuries that are the dead.

    "Both were found with gunshot wounds" after "two people were found dead"
    are the dead; an injured "another man" or a woman beside a dead man is not.
    """
    dead = [f for f in figures if f.kind == "killed" and f.count == 1]
    if not dead:
        return figures
    return [
        f
        for f in figures
        if not (
            f.kind == "injured"
            and f.count == 1
            and not f.derived  # "two shot, one fatally": the other
            and not getattr(f, "survived", None)  # "was grazed and survived": none of the dead
            and not _counted_beside(f, dead)
            and any(_same_person(f, d, strict=True) for d in dead)
        )
    ]


def _counted_beside(f: FigureLike, dead: list[FigureLike]) -> bool:
    """'A police officer was killed and one police officer was injured', 'Father Hamel was killed and another
    person was injured': a count of one, or 'another' person, said in the breath of a death is another person."""
    if _role(f) == "toll" and any(_near(f, d, reach=60) for d in dead):
        return True
    # "One man was shot and killed and a woman wounded": a person of the other sex in the breath of the death
    gender = lx.gender_of(f.group)
    if gender and any(_near(f, d, reach=40) and lx.gender_of(d.group) not in (None, gender) for d in dead):
        return True
    other = bool(f.group) and f.group.split()[0].lower() in lx.OTHER_WORDS
    # "... was killed and another person was injured", "Cox was found dead. Another man was also shot": the
    # death said first ("shot another teen, killing him" is one); unless the dead is "another" too
    # "another man was shot ... Terry later died": a death told after may be his
    # "a girl was shot to death and another woman was wounded": "another" joined on to the death just before
    # (a few characters apart: "the man killed. Around 4:30 p.m., another man was shot" is the next sentence)
    if other and any(_near(f, d, reach=15) and _starts(d) < _starts(f) for d in dead):
        return True
    return other and all(_starts(d) < _starts(f) and d.group.lower() != f.group.lower() for d in dead)


def _starts(f: FigureLike) -> int:
    return min((span[0] for span in f.evidence), default=0)


def _listed_before(one: FigureLike, group: FigureLike) -> bool:
    """'stabbed a police officer and two soldiers': one person named just before a group of another noun is
    listed beside it, not among it ('two soldiers, including an officer' names one of them after)."""
    if _head_noun(one.group) == _head_noun(group.group) or _head_noun(group.group) in lx.TOTAL_GROUP_WORDS:
        return False
    return any(0 <= sg - eo <= 15 for so, eo in one.evidence for sg, eg in group.evidence)


def _near(a: FigureLike, b: FigureLike, reach: int = 80) -> bool:
    """Two figures said in one breath: their evidence spans lie within a few words of each other."""
    return any(
        max(sa, sb) - min(ea, eb) <= reach  # the gap between the spans (negative when they overlap)
        for sa, ea in a.evidence
        for sb, eb in b.evidence
    )


def totals(figures: Sequence[FigureLike]) -> dict[str, int]:
    """Per kind the one number a coder would enter (SPEC.md section 2).

    A stated total wins over its parts; disjoint groups add up; one-person
    mentions of the same kind are merged into the people they can be; hedged,
    claimed and vague figures count only when no firmer figure of the kind exists.
    """
    out: dict[str, int] = {}
    by_kind: dict[str, list[FigureLike]] = defaultdict(list)
    for f in _dead_not_injured([f for f in figures if _counts(f)]):
        by_kind[f.kind].append(f)
    for kind, figs in by_kind.items():
        coded = [f.count for f in figs if f.group == lx.CODED_GROUP and f.certainty == "stated"]
        if coded:  # "Fatalities coded as 0 (VoJ reported 9)": the report's own last word
            if max(coded) > 0:
                out[kind] = max(coded)
            continue
        firm = [f for f in figs if f.certainty == "stated" and f.qualifier != "vague"]
        pool = firm or [f for f in figs if f.certainty in ("stated", "believed")] or figs
        if not pool:
            continue
        # "100 dead, 12 of them soldiers", "40 of them at the hotel": a part never adds to the toll it is of
        pool = [f for f in pool if _role(f) != "part"] or pool
        # "in addition to the bomber, two people were killed": the bomber adds to the toll of the others
        extra = sum(f.count for f in pool if f.derived and f.derived.startswith(lx.ADDITION))
        pool = [f for f in pool if not (f.derived and f.derived.startswith(lx.ADDITION))] or pool
        whole = [
            f.count
            for f in pool
            if f.group_class == "unknown" and not f.named and f.count > 1 and f.group.lower() in lx.TOTAL_GROUP_WORDS
        ]
        # "a fourth policeman died": the toll of the policemen is now four, not four more
        running = [f for f in pool if _role(f) == "person" and f.derived and " = " in f.derived]
        whole += [f.count for f in running]
        pool = [f for f in pool if f not in running] or pool
        stated_total = max(whole) if whole else 0
        by_group: dict[tuple[str, str], int] = defaultdict(int)
        singles: list[FigureLike] = []
        for f in pool:
            if f.count == 1:
                singles.append(f)
            elif not (f.group_class == "unknown" and f.group.lower() in lx.TOTAL_GROUP_WORDS):
                key = (f.group_class, f.group.lower())
                by_group[key] = max(by_group[key], f.count)
        # a person named beside a group ("five policemen and a passer-by were wounded") adds to it
        beside = [
            f
            for f in singles
            if any(
                g.kind == f.kind
                and g.count > 1
                and (g.group_class != f.group_class or _listed_before(f, g))
                and _near(f, g)
                for g in pool
            )
        ]
        value = max(stated_total, sum(by_group.values()) + people_estimate(beside), people_estimate(singles)) + extra
        if value > 0:
            out[kind] = value
    return out
