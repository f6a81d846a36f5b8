"""The record sitrep emits. ``docs/record.md`` says what each field means and by which
coding rules its values are chosen; ``docs/record.schema.json`` is the JSON Schema of
``Record.to_json()``, generated from these models (``make schema``).

Every value that comes from the text carries ``evidence``: a list of
``[start, end]`` character offsets into the article text.
"""

from __future__ import annotations

from typing import Any, Literal, cast, get_args

from pydantic import BaseModel, ConfigDict, Field

from .errors import VocabularyError

Span = tuple[int, int]

FigureKind = Literal[
    "killed",
    "injured",
    "hostage",
    "kidnapped",
    "missing",
    "arrested",
    "surrendered",
    "rescued",
    "displaced",
]
Qualifier = Literal["exact", "at_least", "at_most", "about", "vague"]
GroupClass = Literal["security_forces", "militants", "civilians", "unknown"]
ActorClass = Literal[
    "security_forces",
    "militants",
    "civilians",
    "unknown",
    "government",
    "political_party",
    "protesters",
    "rioters",
]
#: ACLED's codebook classes of actor, finer than ActorClass: a named jihadist group is a rebel group, unidentified
#: gunmen a political militia, an ethnic or communal militia an identity militia.
AcledActorClass = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_other",
]
#: An actor's side in its event: ACLED's first and second actor, or the target of one-sided violence.
ActorRole = Literal["actor1", "actor2", "target"]
Certainty = Literal["stated", "believed", "claimed", "denied"]
#: What a figure counts: the event it is listed under, an earlier event the report recalls, or a period.
FigureScope = Literal["event", "background", "cumulative"]
#: A figure's place in its event's toll: the toll itself, a part of a toll stated elsewhere, or one person.
FigureRole = Literal["toll", "part", "person"]
EventType = Literal[
    "battles",
    "explosions_remote_violence",
    "violence_against_civilians",
    "riots",
    "protests",
    "strategic_developments",
    "non_conflict",
]
DatePrecision = Literal["day", "week", "month", "unknown"]

FIGURE_KINDS: tuple[FigureKind, ...] = get_args(FigureKind)
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)
CERTAINTIES: tuple[Certainty, ...] = get_args(Certainty)
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
GROUP_CLASSES: tuple[GroupClass, ...] = get_args(GroupClass)
DATE_PRECISIONS: tuple[DatePrecision, ...] = get_args(DatePrecision)


# The parsers below are the one place a plain string becomes one of the record's closed vocabularies: each
# checks the value against its Literal's members and so is the only cast the narrowing needs.


def _member(value: str, members: tuple[str, ...], what: str) -> str:
    if value not in members:
        raise VocabularyError(f"{value!r} is not a {what} ({', '.join(members)})")
    return value


def as_figure_kind(value: str) -> FigureKind:
    """``value`` as a FigureKind; VocabularyError when it is none."""
    return cast(FigureKind, _member(value, FIGURE_KINDS, "figure kind"))


def as_event_type(value: str) -> EventType:
    """``value`` as an EventType; VocabularyError when it is none."""
    return cast(EventType, _member(value, EVENT_TYPES, "event type"))


def as_certainty(value: str) -> Certainty:
    """``value`` as a Certainty; VocabularyError when it is none."""
    return cast(Certainty, _member(value, CERTAINTIES, "certainty"))


def as_qualifier(value: str) -> Qualifier:
    """``value`` as a Qualifier; VocabularyError when it is none."""
    return cast(Qualifier, _member(value, QUALIFIERS, "qualifier"))


def as_group_class(value: str) -> GroupClass:
    """``value`` as a GroupClass; VocabularyError when it is none."""
    return cast(GroupClass, _member(value, GROUP_CLASSES, "group class"))


def as_date_precision(value: str) -> DatePrecision:
    """``value`` as a DatePrecision; VocabularyError when it is none."""
    return cast(DatePrecision, _member(value, DATE_PRECISIONS, "date precision"))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    def to_json(self) -> dict[str, Any]:
        """The JSON form of docs/record.md: unset optional fields are left out."""
        return self.model_dump(mode="json", exclude_none=True)


class Figure(_Model):
    kind: FigureKind
    count: int
    qualifier: Qualifier = "exact"
    low: int | None = None
    high: int | None = None
    group: str
    group_class: GroupClass = "unknown"
    certainty: Certainty = "stated"
    attribution: str | None = None
    derived: str | None = None
    named: bool | None = None
    #: true for one hurt person the report says lived ('survived', 'in stable condition'): none of the dead
    survived: bool | None = None
    #: "event" counts its event; "background" an earlier event (listed under that event, with its date);
    #: "cumulative" a period or several events ("since January", "this year"): context, never in a total
    scope: FigureScope = "event"
    #: the words that make a figure cumulative ("this year", "since the campaign began")
    period: str | None = None
    #: "toll" a count of the event's people; "part" a part of a toll ("12 of them soldiers"); "person" one person
    role: FigureRole = "toll"
    evidence: list[Span] = Field(default_factory=list)


class Place(_Model):
    name: str
    site: str | None = None
    locality: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    gazetteer_id: int | None = None
    evidence: list[Span] = Field(default_factory=list)


class Actor(_Model):
    name: str
    # "class" is a Python keyword; the JSON field is still "class".
    actor_class: ActorClass = Field(default="unknown", alias="class")
    role: ActorRole = "actor1"
    #: the class ACLED's codebook gives this side (beside SPEC's ``class``); unset when the words do not say
    acled_class: AcledActorClass | None = None
    evidence: list[Span] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True, by_alias=True)


class Event(_Model):
    main: bool = False
    event_type: EventType
    sub_event_type: str = "other"
    #: which classifier read the type: "rules" (the codebook rules, the default) or "model:<name>" (a model
    #: the user trained with `sitrep train`)
    type_source: str = "rules"
    #: the words the type was read from
    type_evidence: list[Span] = Field(default_factory=list)
    note: str | None = None
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    #: the words the date was read from; empty when the report names no day and the date is its publication's
    date_evidence: list[Span] = Field(default_factory=list)
    time: str | None = None
    start_date: str | None = None
    place: Place | None = None
    actors: list[Actor] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    totals: dict[str, int] = Field(default_factory=dict)
    evidence: list[Span] = Field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", exclude_none=True, exclude={"actors"})
        data["actors"] = [a.to_json() for a in self.actors]
        # keep the documented field order: actors before figures
        order = [
            "main",
            "event_type",
            "sub_event_type",
            "type_source",
            "type_evidence",
            "note",
            "date",
            "date_precision",
            "date_evidence",
            "time",
            "start_date",
            "place",
            "actors",
            "figures",
            "totals",
            "evidence",
        ]
        return {k: data[k] for k in order if k in data}


class Person(_Model):
    name: str
    title: str | None = None
    role: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Quote(_Model):
    kind: Literal["direct", "indirect"]
    text: str
    speaker: str
    speaker_is_person: bool = False
    verb: str | None = None
    evidence: list[Span] = Field(default_factory=list)


class Record(_Model):
    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    text: str = ""
    events: list[Event] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def main_event(self) -> Event | None:
        return next((e for e in self.events if e.main), self.events[0] if self.events else None)

    def to_json(self, include_text: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "published": self.published,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
        }
        data = {k: v for k, v in data.items() if v is not None}
        if include_text:
            data["text"] = self.text
        data["events"] = [e.to_json() for e in self.events]
        data["people"] = [p.to_json() for p in self.people]
        data["organizations"] = list(self.organizations)
        data["quotes"] = [q.to_json() for q in self.quotes]
        if self.warnings:
            data["warnings"] = list(self.warnings)
        return data
