"""Synthetic news reports of violence and crisis, for benchmarks and load tests.

Benchmarks need many realistic, varied reports that can be shared and
regenerated anywhere, so the reports here are assembled from sentence templates
written for sitrep (the JSON files of ``benchmarks/templates/``), never copied
from real articles. Each report is fully
determined by ``(seed, index)``: the same corpus comes back on every machine,
and any report can be rebuilt without building the ones before it.

    >>> from benchmarks.corpus import make_corpus
    >>> for report in make_corpus(1000, seed=7):
    ...     report.text, report.published

The towns and countries are real so that place extraction has real work to do;
the people, armed groups, outlets, aid agencies and events are invented.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitrep.errors import SettingError

__all__ = ["MAX_WORDS", "MIN_WORDS", "CorpusReport", "make_corpus", "number_words"]

#: Every report has between MIN_WORDS and MAX_WORDS words (``len(text.split())``).
MIN_WORDS = 300
MAX_WORDS = 800

_FIRST_PUBLISHED = date(2008, 1, 1)
_PUBLISHED_SPAN_DAYS = 6200  # up to the end of 2024


@dataclass(frozen=True)
class CorpusReport:
    """One synthetic report; it has ``.text`` and ``.published``, as ``sitrep.extract_many`` reads."""

    id: str
    published: str  # YYYY-MM-DD
    text: str
    outlet: str
    title: str


def make_corpus(n: int, seed: int = 0) -> Iterator[CorpusReport]:
    """``n`` reports, built one at a time as they are asked for: memory stays flat for any ``n``."""
    if n < 0:
        raise SettingError(f"n must be zero or more, not {n}")
    return (_build(seed, index) for index in range(n))


# ---------------------------------------------------------------------------
# Numbers in words
# ---------------------------------------------------------------------------

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def number_words(n: int) -> str:
    """English words for 0 to 999 ("forty-two"); larger numbers stay as digits with commas."""
    if n < 0:
        raise SettingError("only non-negative numbers have words here")
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_ONES[hundreds]} hundred"
        return f"{head} and {number_words(rest)}" if rest else head
    return f"{n:,}"


# ---------------------------------------------------------------------------
# The templates, read from benchmarks/templates/: places and name pools, event kinds, phrases
# ---------------------------------------------------------------------------

_TEMPLATES = Path(__file__).with_name("templates")

#: Roles as (title before a name, description after it); "spokesman" follows the person's sex.
_Role = tuple[str, str]


@dataclass(frozen=True)
class _Place:
    town: str
    country: str
    area: str  # reads after "in": "Borno state", "the Gao region"
    names: str  # key of _NAMES
    kinds: frozenset[str]


@dataclass(frozen=True)
class _NamePool:
    men: tuple[str, ...]
    women: tuple[str, ...]
    surnames: tuple[str, ...]
    short_is_full: bool = False  # no family name to shorten to (Myanmar)


@dataclass
class _Person:
    name: str
    short: str
    she: bool
    pre: str  # title before the name: "district police chief"
    post: str  # description after the name: "the district police chief"
    introduced: bool = False

    @property
    def he(self) -> str:
        return "she" if self.she else "he"

    @property
    def his(self) -> str:
        return "her" if self.she else "his"


@dataclass(frozen=True)
class _Kind:
    key: str
    group: str  # "attack", "war", "unrest" or "us": which background and filler fit
    noun: tuple[str, ...]  # "the bombing", "the blast"
    killed: tuple[int, int]
    injured: tuple[int, int]
    victims: tuple[tuple[str, str], ...]  # (singular, plural)
    venues: tuple[str, ...]
    perps: tuple[str, ...]
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    details: tuple[str, ...]
    quotes: tuple[str, ...]  # what officials say
    witnesses: tuple[str, ...]  # what people at the scene say
    blame: tuple[str, ...]  # who did it and who says so
    sources: tuple[tuple[_Role, ...], ...]  # role pools of the main official


def _tuples(value: Any) -> Any:
    """JSON's lists as the tuples the builder draws from."""
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    return value


def _read(name: str) -> Any:
    return _tuples(json.loads((_TEMPLATES / f"{name}.json").read_text(encoding="utf-8")))


def _tagged(rows: Sequence[dict[str, Any]]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Sentences tagged with the groups of event kinds they fit: ((groups), text)."""
    return tuple((row["groups"], row["text"]) for row in rows)


_PLACE_DATA = _read("places")
_PHRASES = _read("phrases")
#: The kinds of event each place's setting fits, by name; a place holds the set itself ("cartel" is checked by identity).
_KIND_SETS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _PLACE_DATA["kind_sets"].items()}
_CARTEL = _KIND_SETS["cartel"]
_PLACES: tuple[_Place, ...] = tuple(
    _Place(p["town"], p["country"], p["area"], p["names"], _KIND_SETS[p["kinds"]]) for p in _PLACE_DATA["places"]
)
_TOWNS_BY_COUNTRY: dict[str, tuple[str, ...]] = {}
for _p in _PLACES:
    _TOWNS_BY_COUNTRY[_p.country] = (*_TOWNS_BY_COUNTRY.get(_p.country, ()), _p.town)
_NAMES: dict[str, _NamePool] = {k: _NamePool(**v) for k, v in _PLACE_DATA["names"].items()}

_ROLES: dict[str, tuple[_Role, ...]] = _PHRASES["roles"]
_US_POLICE = _ROLES["us_police"]
_KINDS: tuple[_Kind, ...] = tuple(
    _Kind(**{**k, "sources": tuple(_ROLES[name] for name in k["sources"])}) for k in _read("kinds")
)
_KINDS_BY_KEY = {kind.key: kind for kind in _KINDS}

_WITNESS_JOBS: tuple[str, ...] = _PHRASES["witness_jobs"]
_STATE: tuple[str, ...] = _PHRASES["state"]
_DEVICES: tuple[str, ...] = _PHRASES["devices"]
_SHRAPNEL: tuple[str, ...] = _PHRASES["shrapnel"]
_SUBGROUPS: tuple[str, ...] = _PHRASES["subgroups"]
_TRIGGERS: tuple[str, ...] = _PHRASES["triggers"]
_DEMANDS: tuple[str, ...] = _PHRASES["demands"]
_TIMES: tuple[str, ...] = _PHRASES["times"]
_HOSPITALS: tuple[str, ...] = _PHRASES["hospitals"]
_US_HOSPITALS: tuple[str, ...] = _PHRASES["us_hospitals"]
_NGOS: tuple[str, ...] = _PHRASES["ngos"]
_RIGHTS_GROUPS: tuple[str, ...] = _PHRASES["rights_groups"]
_GROUP_A: tuple[str, ...] = _PHRASES["group_a"]
_GROUP_B: tuple[str, ...] = _PHRASES["group_b"]
_CARTEL_A: tuple[str, ...] = _PHRASES["cartel_a"]
_CARTEL_B: tuple[str, ...] = _PHRASES["cartel_b"]
_CARTEL_PERPS: tuple[str, ...] = _PHRASES["cartel_perps"]
_OUTLETS: tuple[str, ...] = _PHRASES["outlets"]
_US_OUTLETS: tuple[str, ...] = _PHRASES["us_outlets"]
_WEEKDAYS: tuple[str, ...] = _PHRASES["weekdays"]
_MONTHS: tuple[str, ...] = _PHRASES["months"]
_EARLIER_EVENTS: tuple[str, ...] = _PHRASES["earlier_events"]
_US_EARLIER: tuple[str, ...] = _PHRASES["us_earlier"]
_CONFLICT_STARTS: tuple[str, ...] = _PHRASES["conflict_starts"]
_GRIEVANCES: tuple[str, ...] = _PHRASES["grievances"]
_GOV_BODIES: tuple[str, ...] = _PHRASES["gov_bodies"]

#: The group of kinds a US shooting belongs to (background and filler sentences are tagged with groups).
_S = "us"
_BACKGROUND = _tagged(_PHRASES["background"])
_FILLER: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {k: _tagged(v) for k, v in _PHRASES["filler"].items()}
_FILLER_VOICES: dict[str, tuple[str, ...]] = _PHRASES["filler_voices"]
_VOICE_ROLES: dict[str, tuple[tuple[_Role, ...], ...]] = {
    k: tuple(_ROLES[name] for name in v) for k, v in _PHRASES["voice_roles"].items()
}


# ---------------------------------------------------------------------------
# Building one report
# ---------------------------------------------------------------------------


class _Slots(dict[str, str]):
    """Slot values for ``str.format_map``: fixed ones stored, the rest drawn afresh on every use."""

    def __init__(self, fixed: dict[str, str], draw: Callable[[str], str]) -> None:
        super().__init__(fixed)
        self._draw = draw

    def __missing__(self, key: str) -> str:
        return self._draw(key)


def _capitalize(sentence: str) -> str:
    """Upper-case the first letter, unless the sentence opens with a number ("11 people were...")."""
    for i, ch in enumerate(sentence):
        if ch.isalnum():
            return sentence[:i] + ch.upper() + sentence[i + 1 :] if ch.islower() else sentence
    return sentence


def _log_uniform(rng: random.Random, low: int, high: int) -> int:
    """Small tolls are far more common than large ones, as in real reporting."""
    if low >= high:
        return low
    value = round(low * (high / low) ** rng.random()) if low > 0 else rng.randint(low, high)
    return max(low, min(high, value))


class _Report:
    """Everything one report is about, and the sentences that tell it."""

    def __init__(self, seed: int, index: int) -> None:
        rng = self.rng = random.Random(f"sitrep-corpus:{seed}:{index}")
        self.place = rng.choice(_PLACES)
        self.kind = _KINDS_BY_KEY[rng.choice(sorted(self.place.kinds))]
        self.us = self.place.country == "United States"
        self.group = _S if self.us else self.kind.group
        self.used: set[str] = set()  # templates and quotes already told in this report
        self.taken: set[str] = set()  # names and roles already given to someone in this report
        self.published = _FIRST_PUBLISHED + timedelta(days=rng.randrange(_PUBLISHED_SPAN_DAYS))
        self.offset = rng.choices((0, 1, 2, 3, 4, 5, 6), weights=(30, 35, 10, 8, 7, 5, 5))[0]
        self.event_date = self.published - timedelta(days=self.offset)
        self.numbers = self._numbers()
        self.nouns = self._nouns()
        self.slots = _Slots(self._fixed(), self._draw)
        self.source = self._person(rng.choice((_US_POLICE,) if self.us else self.kind.sources))

    # -- facts ---------------------------------------------------------------

    def _numbers(self) -> dict[str, int]:
        rng, kind = self.rng, self.kind
        killed = _log_uniform(rng, *kind.killed)
        if self.us and kind.key == "police_shooting":
            killed = min(killed, 2)  # US police shootings kill one or two, not a crowd
        injured = _log_uniform(rng, *kind.injured)
        abducted = _log_uniform(rng, 5, 300)
        arrested = _log_uniform(rng, 3, 400) if kind.group == "unrest" else _log_uniform(rng, 2, 30)
        crowd = rng.choice((500, 1000, 2000, 3000, 5000, 10000, 20000))
        hostages = _log_uniform(rng, 4, 120)
        return {
            "killed": killed,
            "injured": injured,
            "abducted": abducted,
            "arrested": arrested,
            "hostages": hostages,
            "crowd": crowd,
            "crowd_low": crowd // rng.choice((2, 3, 4)),
            # parts of a total are two or more whenever the total allows, so "were" always agrees
            "dead_part": rng.randint(2, killed - 1) if killed >= 3 else 1,
            "injured_part": rng.randint(2, injured - 1) if injured >= 3 else 1,
            "escaped": rng.randint(1, max(1, abducted // 3)),
            "released": rng.randint(1, max(1, arrested - 1)),
            "attackers": rng.randint(2, max(2, min(7, killed - 2))),
            "hours": rng.randint(3, 40),
            "kg": rng.choice((5, 10, 15, 20, 50)),
            "m": rng.choice((20, 50, 100, 200)),
            "km": rng.randint(8, 90),
            "shops": rng.randint(3, 60),
            "homes": _log_uniform(rng, 10, 400),
            "missing": _log_uniform(rng, 3, 80),
            "claim_n": _log_uniform(rng, 5, 150),
            "shells": rng.choice((20, 30, 50, 100, 200)),
            "casings": rng.randint(8, 60),
            "displaced": rng.choice((3000, 8000, 15000, 40000, 60000, 120000, 250000)),
            "big_n": rng.choice((500, 1000, 2000, 3000, 5000, 10000)),
            "big_us": rng.randint(60, 400),
        }

    def _nouns(self) -> dict[str, tuple[str, str]]:
        rng = self.rng
        victims = rng.choice(self.kind.victims)
        return {
            "killed": victims,
            "injured": ("person", "people") if rng.random() < 0.5 else victims,
            "abducted": victims,
            "arrested": rng.choice(
                (("person", "people"), ("protester", "protesters"))
                if self.kind.group == "unrest"
                else (("person", "people"), ("suspect", "suspects"))
            ),
            "hostages": ("hostage", "hostages"),
            "missing": ("person", "people"),
            "displaced": ("person", "people"),
        }

    def _fixed(self) -> dict[str, str]:
        rng, place, kind = self.rng, self.place, self.kind
        n = self.numbers
        venue = rng.choice(kind.venues)
        others = [t for t in _TOWNS_BY_COUNTRY[place.country] if t != place.town] or [place.town]
        hospital = rng.choice(_US_HOSPITALS if self.us else _HOSPITALS).format(town=place.town)
        fixed = {
            "town": place.town,
            "country": place.country,
            "area": place.area,
            "town2": rng.choice(others),
            "venue": venue,
            "venue_short": venue.split()[-1],
            "event": rng.choice(kind.noun),
            "event_sg": rng.choice([noun for noun in kind.noun if not noun.endswith("s")]),
            "perp": rng.choice(kind.perps),
            "state": rng.choice(_STATE),
            "group": "the " + rng.choice(_GROUP_A) + " " + rng.choice(_GROUP_B),
            "device": rng.choice(_DEVICES),
            "shrapnel": rng.choice(_SHRAPNEL),
            "subgroup": rng.choice(_SUBGROUPS),
            "trigger": rng.choice(_TRIGGERS),
            "demand": rng.choice(_DEMANDS),
            "tod": rng.choice(_TIMES),
            "hospital": hospital,
            "ngo": rng.choice(_NGOS),
            "rights": rng.choice(_RIGHTS_GROUPS),
            "when": self._when(),
            "later": self._later(),
            "weekday": _WEEKDAYS[self.event_date.weekday()],
            "later_day": _WEEKDAYS[min(self.event_date + timedelta(days=1), self.published).weekday()],
            "kwere": "was" if n["killed"] == 1 else "were",
            "iwere": "was" if n["injured"] == 1 else "were",
            "awere": "was" if n["abducted"] == 1 else "were",
            "killed_hl": self._headline_number(n["killed"]),
            "ransom": rng.choice(
                ("$50,000", "$100,000", "$250,000", "one million dollars", "several million in local currency")
            ),
            "money": rng.choice(("$5,000", "$2,000", "the equivalent of $1,500 in local currency", "$10,000")),
            "gov_body": rng.choice(_GOV_BODIES),
            "envoy_he": rng.choice(("he", "she")),
            "grievance": rng.choice(_GRIEVANCES),
            "conflict_start": rng.choice(_CONFLICT_STARTS),
        }
        if place.kinds is _CARTEL:
            fixed["group"] = f"the {rng.choice(_CARTEL_A)} {rng.choice(_CARTEL_B)}"
            if kind.key in ("clash", "massacre", "abduction"):
                fixed["perp"] = rng.choice(_CARTEL_PERPS)
        fixed["perp"] = fixed["perp"].format(group=fixed["group"])
        fixed["victims_named"] = self._victims_named()
        return fixed

    def _when(self) -> str:
        """When it happened, relative to the publication date, as reporters write it."""
        day = _WEEKDAYS[self.event_date.weekday()]
        choices = [
            f"on {day}",
            f"on {day}",
            f"early on {day}",
            f"late on {day}",
            f"on {day} morning",
            f"on {day} evening",
        ]
        if self.offset == 1:
            choices += ["yesterday", "yesterday", "late yesterday", "yesterday morning", "last night"]
        elif self.offset == 0:
            choices += ["early today", "this morning", "today"]
        return self.rng.choice(choices)

    def _later(self) -> str:
        after = self.event_date + timedelta(days=1)
        if after <= self.published:
            return f"on {_WEEKDAYS[after.weekday()]}"
        return "later in the day"

    def _headline_number(self, n: int) -> str:
        """A toll as headlines give it; capitalized by the headline when it comes first."""
        if n >= 24 and self.rng.random() < 0.3:
            return "dozens"
        return self.rng.choice((str(n), str(n), f"at least {n}")) if n > 1 else "one"

    def _victims_named(self) -> str:
        killed = self.numbers["killed"]
        if killed == 0:
            return ""
        names = [f"{self._name(self.rng.random() < 0.2)[0]}, {self.rng.randint(16, 45)}" for _ in range(min(killed, 3))]
        if len(names) == 1:
            return f"The victim was identified as {names[0]}."
        listed = f"{', '.join(names[:-1])}{',' if len(names) > 2 else ''} and {names[-1]}"
        if killed > len(names):
            return f"Police identified {number_words(len(names))} of the dead as {listed}."
        return f"Police identified the dead as {listed}."

    # -- people --------------------------------------------------------------

    def _name(self, she: bool) -> tuple[str, str]:
        """A full name not yet used in this report, and the short form for later mentions."""
        pool = _NAMES[self.place.names]
        for _ in range(8):
            first = self.rng.choice(pool.women if she else pool.men)
            last = self.rng.choice(pool.surnames)
            full = f"{first} {last}"
            if full not in self.taken:
                break
        self.taken.add(full)
        return full, full if pool.short_is_full else last

    def _person(self, roles: Sequence[_Role]) -> _Person:
        she = self.rng.random() < 0.3
        name, short = self._name(she)
        fresh = [role for role in roles if role[1] not in self.taken] or list(roles)
        pre, post = self.rng.choice(fresh)
        self.taken.add(post)
        if she:
            pre, post = pre.replace("spokesman", "spokeswoman"), post.replace("spokesman", "spokeswoman")
        return _Person(name, short, she, pre, post.format_map(self.slots))

    def _witness(self) -> _Person:
        she = self.rng.random() < 0.4
        name, short = self._name(she)
        job = self.rng.choice(_WITNESS_JOBS)
        age = self.rng.randint(19, 67)
        post = self.rng.choice(
            (
                f"a {age}-year-old {job}",
                f"{age}, a {job}",
                f"a {job} who saw what happened",
                f"a {job} who lives nearby",
            )
        )
        return _Person(name, short, she, job, post)

    def _reference(self, person: _Person, said: bool = False) -> str:
        """A person as a source, in full the first time and by family name after; with ``said``, the verb too."""
        verb = " said" if said else ""
        if person.introduced:
            return self.rng.choice((person.short, f"{person.pre} {person.short}")) + verb
        person.introduced = True
        if self.rng.random() < 0.5:
            return f"{person.pre} {person.name}{verb}"
        return f"{person.name}, {person.post}{',' if said else ''}{verb}"

    def _said(self, quote: str, person: _Person, again: bool = False) -> str:
        """A direct quote with its attribution, in one of the usual wire-story shapes.

        ``again``: the person spoke in the sentence before, so "he said" is unambiguous.
        """
        quote = quote.format_map(self.slots)
        body = quote[:-1] + "," if quote.endswith(".") else quote
        rng = self.rng
        shapes: tuple[str, ...]
        if again:
            shapes = (f'"{body}" {person.he} said.', f'"{body}" {person.he} added.', f'"{body}" {person.short} said.')
        elif person.introduced:
            shapes = (
                f'"{body}" {person.short} said.',
                f'"{body}" said {person.short}.',
                f'"{body}" {person.pre} {person.short} said.',
            )
        else:
            person.introduced = True
            shapes = (
                f'"{body}" said {person.name}, {person.post}.',
                f'"{body}" {person.name}, {person.post}, said.',
                f'"{body}" {person.pre} {person.name} said.',
                f'{person.name}, {person.post}, said: "{quote}"',
            )
        return _capitalize(rng.choice(shapes))

    # -- slots drawn afresh on every use --------------------------------------

    def _draw(self, key: str) -> str:
        rng = self.rng
        if key in self.numbers:
            return _plain(rng, self.numbers[key])
        base, _, form = key.rpartition("_")
        if base in self.numbers and form == "h":
            return _hedged(rng, self.numbers[base])
        if base in self.numbers and form == "p":
            return _counted(rng, self.numbers[base], *self.nouns.get(base, ("person", "people")))
        if key == "source_ref":
            return self._reference(self.source)
        if key == "source_said":
            return self._reference(self.source, said=True)
        if key == "source_short":
            if self.source.introduced and rng.random() < 0.7:
                return self.source.short
            return "police" if self.us else rng.choice(("officials", "police", "a security official"))
        if key == "n_small":
            return _plain(rng, rng.randint(2, 9))
        if key == "pct":
            return str(rng.choice((20, 30, 35, 40, 45, 50)))
        if key == "ordinal":
            return rng.choice(_ORDINALS)
        if key == "days_before":
            return _plain(rng, rng.randint(2, 20))
        if key == "year_past":
            return str(self.published.year - rng.randint(2, 12))
        if key in ("earlier", "earlier_date", "earlier_month"):
            return self._earlier(key)
        if key == "earlier_event":
            return rng.choice(_EARLIER_EVENTS)
        if key == "earlier_us":
            return rng.choice(_US_EARLIER)
        if key in ("earlier_n", "earlier_n_small"):
            return _plain(rng, _log_uniform(rng, 2, 6 if key == "earlier_n_small" else 60))
        raise KeyError(key)

    def _earlier(self, key: str) -> str:
        """A date before the publication date, written as a reporter would, in several shapes."""
        rng = self.rng
        when = self.published - timedelta(days=rng.randint(20, 900))
        month = _MONTHS[when.month - 1]
        same_year = when.year == self.published.year
        if key == "earlier_month":
            return month if same_year else f"{month} {when.year}"
        if key == "earlier_date" or rng.random() < 0.4:
            if same_year:
                return rng.choice((f"{month} {when.day}", f"{when.day} {month}"))
            return rng.choice((f"{month} {when.day}, {when.year}", f"{when.day} {month} {when.year}"))
        if same_year:
            return rng.choice((month, f"early {month}", f"late {month}"))
        if when.year == self.published.year - 1:
            return rng.choice((f"last {month}", f"{month} last year", f"{month} {when.year}"))
        return rng.choice((str(when.year), f"{month} {when.year}"))

    # -- sentences and paragraphs --------------------------------------------

    def fill(self, template: str) -> str:
        return _capitalize(template.format_map(self.slots))

    def _fits(self, groups: Sequence[str]) -> bool:
        return self.group in groups or self.kind.key in groups

    def _pick(self, templates: Sequence[str], k: int) -> list[str]:
        """Up to ``k`` of the templates not yet used in this report, filled in."""
        fresh = [t for t in templates if t not in self.used]
        picked = self.rng.sample(fresh, min(k, len(fresh)))
        self.used.update(picked)
        return [self.fill(t) for t in picked]

    def title(self) -> str:
        return self.fill(self.rng.choice(self.kind.headlines))

    def paragraphs(self) -> Iterator[list[str]]:
        """The story in the usual order (lead, facts, voices, background), then filler without end."""
        rng, kind = self.rng, self.kind
        yield self._pick(kind.leads, 1)
        middle: list[Callable[[], list[str]]] = [
            lambda: self._pick(kind.details, rng.randint(2, 3)),
            lambda: self._voice(self.source, kind.quotes),
            lambda: self._voice(self._witness(), kind.witnesses),
            lambda: self._pick(kind.blame, rng.randint(1, 2)),
        ]
        rng.shuffle(middle)
        yield middle[0]()
        yield middle[1]()
        yield self._background()
        yield middle[2]()
        yield middle[3]()
        yield self._pick(kind.details, 2)
        yield from self._filler()

    def _voice(self, person: _Person, quotes: Sequence[str]) -> list[str]:
        fresh = [q for q in quotes if q not in self.used] or list(quotes)
        picked = self.rng.sample(fresh, min(len(fresh), self.rng.randint(1, 2)))
        self.used.update(picked)
        out = [self._said(picked[0], person)]
        if len(picked) > 1:
            second = picked[1].format_map(self.slots)
            out.append(f'"{second}"' if self.rng.random() < 0.5 else self._said(picked[1], person, again=True))
        return out

    def _background(self) -> list[str]:
        return self._pick([t for groups, t in _BACKGROUND if self._fits(groups)], self.rng.randint(1, 3))

    def _filler(self) -> Iterator[list[str]]:
        rng = self.rng
        pools = {name: [t for groups, t in items if self._fits(groups)] for name, items in _FILLER.items()}
        voices = _FILLER_VOICES[self.group]
        while True:
            names = [name for name, pool in pools.items() if any(t not in self.used for t in pool)]
            if not names:  # everything told once: tell it again, with other names and numbers
                self.used.clear()
                continue
            sentences = self._pick(pools[rng.choice(names)], rng.randint(1, 3))
            if rng.random() < 0.4 and any(q not in self.used for q in voices):
                person = self._person(rng.choice(_VOICE_ROLES[self.group]))
                sentences.extend(self._voice(person, voices)[:1])
            yield sentences

    def dateline(self, short: str) -> str:
        town = self.place.town.upper()
        where = self.place.area if self.us else self.place.country
        return self.rng.choice((f"{town}, {where} ({short}) — ", f"{town}, {where} — ", f"{town} — ", ""))


def _plain(rng: random.Random, n: int) -> str:
    """A number as newspapers print it: words under ten, digits above, with the odd exception."""
    if n < 10 or (n < 100 and rng.random() < 0.1):
        return number_words(n)
    return f"{n:,}"


def _hedged(rng: random.Random, n: int) -> str:
    """A number with the hedges reporters put on tolls: at least, more than, nearly, about."""
    forms = [_plain(rng, n), f"at least {_plain(rng, n)}", f"at least {_plain(rng, n)}"]
    if n >= 12:
        step = 5 if n < 50 else 10 if n < 200 else 50 if n < 1000 else 10 ** (len(str(n)) - 1) // 2
        below = (n - 1) // step * step
        above = -(-(n + 1) // step) * step
        if below > 0:
            forms.append(f"more than {_plain(rng, below)}")
        if above - n <= max(2, n // 10):
            forms.append(f"nearly {_plain(rng, above)}")
        forms.append(f"about {_plain(rng, round(n / step) * step)}")
    return rng.choice(forms)


def _counted(rng: random.Random, n: int, singular: str, plural: str) -> str:
    """A number of people in any of the shapes news uses: "at least 14 people", "dozens of civilians"."""
    if n == 1:
        return rng.choice((f"one {singular}", f"a {singular}"))
    forms = [f"{_hedged(rng, n)} {plural}"] * 4
    if 24 <= n < 100:
        forms.append(f"dozens of {plural}")
    if 40 <= n < 300:
        forms.append(f"scores of {plural}")
    if n >= 200:
        forms.append(f"hundreds of {plural}")
    if n == 12:
        forms.append(f"a dozen {plural}")
    if 13 <= n <= 19:
        forms.append(f"more than a dozen {plural}")
    if n >= 6:
        low, high = n - rng.randint(0, 2), n + rng.randint(2, 5)
        forms.append(
            rng.choice((f"between {_plain(rng, low)} and {_plain(rng, high)} {plural}", f"{low} to {high} {plural}"))
        )
    return rng.choice(forms)


def _build(seed: int, index: int) -> CorpusReport:
    """Report ``index`` of the corpus of ``seed``: whole sentences up to a word count drawn uniformly."""
    story = _Report(seed, index)
    rng = story.rng
    outlet, short = rng.choice(_US_OUTLETS if story.us else _OUTLETS)
    title = story.title()
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    paragraphs: list[list[str]] = []
    words = 0
    for paragraph in story.paragraphs():
        if not paragraphs:
            paragraph = [story.dateline(short) + paragraph[0], *paragraph[1:]]
        kept: list[str] = []
        for sentence in paragraph:
            kept.append(sentence)
            words += len(sentence.split())
            if words >= target:
                break
        paragraphs.append(kept)
        if words >= target:
            break
    if words > MAX_WORDS and sum(len(p) for p in paragraphs) > 1:
        words -= len(paragraphs[-1].pop().split())
        if not paragraphs[-1]:
            paragraphs.pop()
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    return CorpusReport(
        id=f"corpus-{seed}-{index:07d}",
        published=story.published.isoformat(),
        text=text,
        outlet=outlet,
        title=title,
    )
