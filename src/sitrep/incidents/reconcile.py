"""Reconciliation: one incident's figure of a kind from what each of its reports states (SPEC.md section 4).

Pure functions over frozen ``Point``s, one per report's figure on the
incident's timeline. The rules, each named in the result's ``rule``:

- only credible points count: stated and believed figures, and a party's
  claims, which only raise ``high``; a denied figure counts for nothing;
- parts of a toll ("12 of them soldiers") and single named people ("Ahmed
  was killed") never set ``low`` or ``high``: they are not a report's toll;
- ``best`` is the latest, most specific, best-attributed stated toll, never
  an average; a later figure, up or down, replaces the standing one when it is
  as well or better attributed (an official's count over an unnamed source's);
  a less well attributed one leaves it standing, unless it is higher and
  either restated by another report or published within the day (a toll
  rising over one news cycle): a lone unsourced higher count days later is
  more often another story's;
- with no credible point there is no reconciled figure, and the result says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

_STRENGTH = {"exact": 3, "at_least": 2, "about": 2, "at_most": 1, "vague": 0}
#: Sources whose count is the official one: their figure outranks an unattributed or secondary one.
_OFFICIAL = re.compile(
    r"\b(police|officials?|authorit\w*|ministry|minister|government|army|military|spokes\w*|sheriff|"
    r"coroner|medical examiner|hospital|doctors?|health|department|office|prosecutors?|governor|mayor|"
    r"chief|commissioner|inspector|officers?|troops|forces)\b",
    re.I,
)
ROLES = ("toll", "part", "person")
#: How far apart reports may be and still be one news cycle's accounts: a later one within it is an update.
UPDATE_WINDOW = timedelta(days=1)


@dataclass(frozen=True)
class Point:
    """One report's figure on the incident's timeline."""

    published: datetime | None
    report_id: int
    outlet: str | None
    count: int
    low: int
    high: int
    qualifier: str
    certainty: str
    attribution: str | None
    evidence: str
    figure_ids: tuple[int, ...] = ()  # the stored figures behind it, for showing their evidence
    role: str = "toll"  # toll, part (of a toll stated elsewhere) or person (one named person)


@dataclass(frozen=True)
class Reconciled:
    """An incident's figure of one kind: None throughout when no report gives a credible one, and why."""

    low: int | None
    best: int | None
    high: int | None
    rule: str
    point: Point | None  # the point chosen as best


def figure_role(figure: Any) -> str:
    """A figure's place in its event's toll: its own ``role`` when the record has one, else read off it.

    Works on record figures, their JSON form and stored figure rows: a figure
    that names one person is that person, anything else a toll.
    """
    role = figure.get("role") if isinstance(figure, dict) else getattr(figure, "role", None)
    if role in ROLES:
        return str(role)
    named = figure.get("named") if isinstance(figure, dict) else getattr(figure, "named", None)
    count = figure.get("count") if isinstance(figure, dict) else getattr(figure, "count", None)
    return "person" if named and count == 1 else "toll"


def figure_scope(figure: Any) -> str:
    """What a figure counts: its event (the default), a background event, or a period."""
    scope = figure.get("scope") if isinstance(figure, dict) else getattr(figure, "scope", None)
    return str(scope) if scope in ("event", "background", "cumulative") else "event"


def attribution_rank(point: Point) -> int:
    """0 unattributed, 1 attributed, 2 attributed to an official source."""
    if not point.attribution:
        return 0
    return 2 if _OFFICIAL.search(point.attribution) else 1


def _when(point: Point) -> datetime:
    return point.published or datetime.min


def _better_at_same_time(a: Point, b: Point, votes: dict[int, int]) -> bool:
    """Of two points published together, is ``a`` the more specific, better attributed, more corroborated one?

    When all of that is equal, the lower figure: a report's outlier is more
    often a count of another story on its page than a toll the others missed.
    """
    return (_STRENGTH.get(a.qualifier, 0), attribution_rank(a), votes.get(a.count, 0), -a.count) > (
        _STRENGTH.get(b.qualifier, 0),
        attribution_rank(b),
        votes.get(b.count, 0),
        -b.count,
    )


def reconcile(points: list[Point] | tuple[Point, ...]) -> Reconciled:
    """(low, best, high) of one figure across an incident's reports, with the rule chosen."""
    stated = [p for p in points if p.certainty in ("stated", "believed")]
    claims = [p for p in points if p.certainty == "claimed"]
    if not stated and not claims:
        why = "every report denies it" if any(p.certainty == "denied" for p in points) else "no report states it"
        return Reconciled(None, None, None, f"no credible figure: {why}", None)
    tolls = [p for p in stated if p.role == "toll"]
    notes: list[str] = []
    if stated and not tolls:
        tolls = stated
        notes.append("no report states a toll: its parts and named people stand in")
    if not stated:
        claim_tolls = [p for p in claims if p.role == "toll"] or claims
        lowest = min(claim_tolls, key=lambda p: p.count)
        return Reconciled(
            min(p.low for p in claim_tolls),
            lowest.count,
            max(p.high for p in claim_tolls),
            "only claimed by a party: the lowest claim, unconfirmed",
            lowest,
        )
    low = min(p.low for p in tolls)
    high = max([p.high for p in tolls] + [p.high for p in claims if p.role == "toll"])
    if notes and all(p.role == "person" for p in tolls):
        return _named_people(tolls, low, high, notes[0])
    # a report whose one death is all it tells ("a man was shot dead") states a toll of one: it may be the best,
    # though it never sets low or high
    single = [p for p in stated if p.role == "person" and p.count == 1 and not notes]
    choosable = tolls + single
    firm = [p for p in choosable if p.qualifier != "vague" and p.certainty == "stated"] or choosable
    ordered = sorted(firm, key=lambda p: (_when(p), p.report_id))
    votes: dict[int, int] = {}
    for count in {(p.report_id, p.count) for p in firm}:
        votes[count[1]] = votes.get(count[1], 0) + 1
    best = ordered[0]
    kept = None  # a later figure less well attributed than the standing one
    for p in ordered[1:]:
        if _when(p) == _when(best):
            if _better_at_same_time(p, best, votes):
                best = p
            continue
        if attribution_rank(p) >= attribution_rank(best) or (
            p.count > best.count and (votes.get(p.count, 0) > 1 or _when(p) - _when(best) < UPDATE_WINDOW)
        ):
            best, kept = p, None
        elif kept is None and p.count != best.count:
            kept = p
    agreed = _agreed(stated, best)
    if agreed is not None:
        best, votes_for = agreed
        source = best.outlet or f"report {best.report_id}"
        when = best.published.isoformat(timespec="minutes") if best.published else "undated"
        return Reconciled(  # the count the reports agree on is credible: within its own low and high
            min(low, best.count),
            best.count,
            max(high, best.count),
            f"the count {votes_for} reports agree on, restated since or better attributed than a lone report's "
            f"other figure ({source}, {when})",
            best,
        )
    rule = "latest stated figure"
    if len({_when(p) for p in firm}) < len(firm):
        rule += ", most specific, best attributed and most corroborated among the latest"
    if kept is not None:
        later = "lower" if kept.count < best.count else "higher"
        rule += f"; a later {later} figure ({kept.count}) is less well attributed and does not replace it"
    elif any(p.count > best.count and _when(p) < _when(best) for p in firm):
        rule += ", a later revision down as well or better attributed"
    if notes:
        rule += "; " + "; ".join(notes)
    source = best.outlet or f"report {best.report_id}"
    when = best.published.isoformat(timespec="minutes") if best.published else "undated"
    return Reconciled(min(low, best.count), best.count, max(high, best.count), f"{rule} ({source}, {when})", best)


def _agreed(stated: list[Point], chosen: Point) -> tuple[Point, int] | None:
    """The count most reports agree on, when it should outrank the one chosen: (its latest point, how many).

    Two or more reports giving one count, more than give any other, outrank a
    lone report's other figure (no other report gives it) when one of them is as late as it (the later
    reports did not take it up) or better attributed (an official's count over
    an unsourced one): a lone outlier is more often another story's count on
    its page than a toll the others missed. Single named deaths vote too: a
    report that names one dead says one died.
    """
    # "at least three" does not speak against the four chosen: it is a floor the four stand on
    stated = [p for p in stated if not (p.qualifier == "at_least" and p.count < chosen.count)]
    votes: dict[int, int] = {}
    for _, count in {(p.report_id, p.count) for p in stated}:
        votes[count] = votes.get(count, 0) + 1
    top = max(votes.values(), default=0)
    leaders = [count for count, n in votes.items() if n == top]
    if top < 2 or len(leaders) != 1 or leaders[0] == chosen.count or votes.get(chosen.count, 0) > 1:
        return None
    backers = [p for p in stated if p.count == leaders[0]]
    later = any(_when(p) >= _when(chosen) for p in backers)
    if later or max(attribution_rank(p) for p in backers) > attribution_rank(chosen):
        return max(backers, key=lambda p: (_when(p), attribution_rank(p), p.report_id)), top
    return None


def _named_people(points: list[Point], low: int, high: int, note: str) -> Reconciled:
    """The best of an incident whose reports only name their dead one by one: the count most reports give.

    A report's people added up is not a toll it states: a follow-up that
    names more, days later, often names the dead of its other stories, or
    recalls earlier ones, so it is no better than the rest. The count the most
    reports agree on wins; on a tie, the latest when it came within a day of
    the others (the fuller account of one news cycle), else the lowest (a
    report that names one dead says one died). The latest report of it is its
    evidence.
    """
    votes: dict[int, int] = {}
    for _, count in {(p.report_id, p.count) for p in points}:
        votes[count] = votes.get(count, 0) + 1
    latest = {c: max(_when(p) for p in points if p.count == c) for c in votes}
    top = max(votes.values())
    tied = [c for c in votes if votes[c] == top]
    newest = max(tied, key=lambda c: (latest[c], -c))
    if len(tied) == 1:
        count, tie = newest, ""
    elif all(latest[newest] - latest[c] <= UPDATE_WINDOW for c in tied):
        count, tie = newest, ", the latest on a tie within a day"
    else:
        count, tie = min(tied), ", the lowest on a tie days apart"
    chosen = max((p for p in points if p.count == count), key=lambda p: (_when(p), p.report_id))
    agree = f"{votes[count]} of {len({p.report_id for p in points})} reports"
    source = chosen.outlet or f"report {chosen.report_id}"
    when = chosen.published.isoformat(timespec="minutes") if chosen.published else "undated"
    return Reconciled(
        low,
        count,
        high,
        f"the count most reports give{tie} ({agree}); {note} ({source}, {when})",
        chosen,
    )


def died_of_wounds(injured: list[Point] | tuple[Point, ...], killed: list[Point] | tuple[Point, ...]) -> Point | None:
    """The later report of a death that says the one person reported wounded died (else None).

    "A boy was wounded" in one report and "the boy died" in a later one are one
    person, killed, not also injured (SPEC.md section 2, across reports). Only
    for one wounded person, and only when the reports of the wound count no
    death of their own: those that do tell a wounded person and a dead one apart.
    """
    wounded = [p for p in injured if p.certainty in ("stated", "believed") and p.count > 0]
    if not wounded or any(p.count != 1 for p in wounded):
        return None
    told = {p.report_id for p in wounded}
    deaths = [p for p in killed if p.certainty in ("stated", "believed") and p.count >= 1]
    if any(p.report_id in told for p in deaths):
        return None
    last_wound = max(_when(p) for p in wounded)
    later = [p for p in deaths if _when(p) >= last_wound]
    return max(later, key=lambda p: (_when(p), p.report_id)) if later else None


def wounded_dead(injured: list[Point] | tuple[Point, ...], killed: list[Point] | tuple[Point, ...]) -> Point | None:
    """Another report's count of the dead, when one report's wounded are most likely its own dead counted twice.

    "The man was shot in the chest ... he died at the scene": a report that
    counts a death and one wounded person, alone among the incident's
    reports in telling of a wound, while others count the death and no wound,
    has most often counted the dead man twice. So has one that counts as many
    wounded as its own dead, two or more ("two men were shot ... both died"):
    a toll of wounded that equals the report's toll of dead. Only when that
    report counts a death itself, and another report counts the dead.
    """
    stated = [p for p in injured if p.certainty in ("stated", "believed") and p.count > 0]
    told = {p.report_id for p in stated}
    if len(told) != 1:
        return None
    deaths = [p for p in killed if p.certainty in ("stated", "believed") and p.count >= 1]
    if not told <= {p.report_id for p in deaths}:
        return None
    own_dead = {p.count for p in deaths if p.report_id in told}
    if not all((p.count == 1 and p.role == "person") or (p.count >= 2 and p.count in own_dead) for p in stated):
        return None
    others = [p for p in deaths if p.report_id not in told]
    return max(others, key=lambda p: (_when(p), p.report_id)) if others else None


def dead_among_wounded(injured: list[Point] | tuple[Point, ...], dead: int) -> tuple[Point, ...]:
    """The wounded tolls that count the dead among the shot: each is another report's wounded plus the dead.

    "Four people were shot, one fatally" read as four wounded, beside another
    report's three wounded, with the incident's one dead: the four are the
    three and the dead man (SPEC.md section 2: a casualty is killed or injured,
    not both). Only stated tolls of the wounded, and only where the lower toll
    is not itself another's higher one minus the dead (3, 2, 1 with one dead
    is a toll that moved, not the dead counted twice over).
    """
    if dead < 1:
        return ()
    tolls = [p for p in injured if p.certainty in ("stated", "believed") and p.role == "toll"]
    counts = {p.count for p in tolls}
    return tuple(p for p in tolls if p.count - dead > 0 and p.count - dead in counts and p.count + dead not in counts)


def reconcile_injured(injured: list[Point] | tuple[Point, ...], killed: list[Point] | tuple[Point, ...]) -> Reconciled:
    """The injured figure, once the deaths the incident's reports count are known."""
    death = died_of_wounds(injured, killed)
    if death is None:
        other = wounded_dead(injured, killed)
        if other is None:
            dead = reconcile(killed).best or 0
            counted_twice = dead_among_wounded(injured, dead)
            if not counted_twice:
                return reconcile(injured)
            result = reconcile([p for p in injured if p not in counted_twice])
            told = ", ".join(sorted({str(p.count) for p in counted_twice}))
            note = f"; {told} wounded in another report count the {dead} dead among the shot, set aside"
            return replace(result, rule=result.rule + note)
        source = other.outlet or f"report {other.report_id}"
        when = other.published.isoformat(timespec="minutes") if other.published else "undated"
        wounded = max(p.count for p in injured if p.certainty in ("stated", "believed"))
        told = "one wounded person is one of its dead" if wounded == 1 else f"{wounded} wounded are its {wounded} dead"
        return Reconciled(
            0,
            0,
            wounded,
            f"one report's {told}: the other reports count the death and no wound ({source}, {when})",
            None,
        )
    source = death.outlet or f"report {death.report_id}"
    when = death.published.isoformat(timespec="minutes") if death.published else "undated"
    return Reconciled(
        0, 0, 1, f"the one person reported wounded died: a later report counts the death ({source}, {when})", None
    )


def choose(points: list[Point]) -> tuple[int | None, int | None, int | None, str]:
    """(low, best, high, rule) of one figure across reports."""
    result = reconcile(points)
    return result.low, result.best, result.high, result.rule


def pick(points: list[Point]) -> tuple[int | None, Point | None, int | None, str]:
    """Like ``choose``, with the point chosen as best rather than its count."""
    result = reconcile(points)
    return result.low, result.point, result.high, result.rule
