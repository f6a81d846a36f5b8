"""Linking: which incident, if any, a report's event is one more report of.

Pure functions over frozen types: a ``Candidate`` is what linking reads of one
event of one report; an ``IncidentSketch`` is an incident as the candidates
that joined it. ``link(candidate, incidents)`` returns the incident it joins,
or None for a new one. A candidate is compared with each member of an incident
on what reports of one happening agree on (the day, within the precision each
report gives it; the place, by distance; the people and the victims named; the
lead's wording; the kind of event; the toll), and the pair's evidence is
weighed by a small logistic model fitted on the dev corpora
(``scripts/train_linker.py``, card in ``docs/link_model.md``). The steps live
apart: ``candidate`` reads a candidate off a record, ``evidence`` weighs a
pair, and this module decides which incident a candidate joins.
"""

from __future__ import annotations

import math

from .candidate import Candidate, IncidentSketch, candidate, km, norm
from .evidence import FEATURES, TYPE_FAMILIES, Model, apart, day_gap, default_model, features, within

__all__ = [
    "FEATURES",
    "TYPE_FAMILIES",
    "Candidate",
    "IncidentSketch",
    "Model",
    "apart",
    "candidate",
    "day_gap",
    "default_model",
    "features",
    "incident_score",
    "km",
    "link",
    "link_bridged",
    "norm",
    "within",
]


def incident_score(c: Candidate, incident: IncidentSketch, model: Model) -> float:
    """How strongly the evidence says the candidate is this incident: its best agreeing member."""
    return max((model.score(c, m) for m in incident.members), default=-math.inf)


def link(
    c: Candidate, incidents: tuple[IncidentSketch, ...] | list[IncidentSketch], model: Model | None = None
) -> IncidentSketch | None:
    """The incident the candidate joins (the best scoring above the threshold), or None for a new one."""
    return link_bridged(c, incidents, model)[0]


def link_bridged(
    c: Candidate, incidents: tuple[IncidentSketch, ...] | list[IncidentSketch], model: Model | None = None
) -> tuple[IncidentSketch | None, tuple[IncidentSketch, ...]]:
    """The incident the candidate joins, as ``link``, and the others it shows are that one (``bridged``).

    Reports are linked one by one, so two reports of one happening that share
    little may have started two incidents before a third, close to both,
    arrives: when its score with another incident reaches the model's
    ``merge`` score too, that incident is the same happening and joins the
    chosen one. A bar above the joining threshold: one report's strong
    likeness to two incidents, not a weak one.
    """
    model = model or default_model()
    best: tuple[float, IncidentSketch] | None = None
    strong: list[IncidentSketch] = []
    for incident in incidents:
        score = incident_score(c, incident, model)
        if score >= model.threshold and (best is None or score > best[0]):
            best = (score, incident)
        if score >= model.merge:
            strong.append(incident)
    if best is None:
        return None, ()
    return best[1], tuple(i for i in strong if i is not best[1])
