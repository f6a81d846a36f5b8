"""Incidents in the store, with records written by hand (no extraction): linking, reconciling, no crash."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitrep.incidents import reconcile, timeline
from sitrep.ingest import ingest
from sitrep.store import IncidentRow, Store


def record(day, killed=None, certainty="stated", place=(39.80, -89.64), victim="Marcus Hale"):
    figures = (
        [
            {
                "kind": "killed",
                "count": killed,
                "group": victim,
                "named": True,
                "certainty": certainty,
                "evidence": [[0, 5]],
            }
        ]
        if killed is not None
        else []
    )
    totals = {"killed": killed} if killed is not None and certainty == "stated" else {}
    return {
        "events": [
            {
                "main": True,
                "event_type": "violence_against_civilians",
                "date": day,
                "date_precision": "day",
                "date_evidence": [[0, 5]],
                "place": {"name": "Springfield", "lat": place[0], "lon": place[1], "country": "US"},
                "figures": figures,
                "totals": totals,
            }
        ],
        "people": [{"name": victim}],
    }


def run(tmp_path, reports, records):
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    store = Store.open(str(tmp_path / "sitrep.db"))
    summary = ingest(store, [path], extract_many=lambda items: iter([records[i] for i, _ in enumerate(items)]))
    return store, summary


def test_an_incident_no_report_credibly_states_has_no_figure_and_says_why(tmp_path):
    reports = [
        {
            "text": "Marcus Hale was not killed, police said.",
            "published": "2016-03-15",
            "title": "Springfield man unhurt",
        }
    ]
    store, summary = run(tmp_path, reports, [record("2016-03-14", killed=1, certainty="denied")])
    assert summary.new == 1
    with Session(store.engine) as session:
        incident = session.scalars(select(IncidentRow)).one()
        assert incident.figures == []
        points = timeline(session, incident)[("killed", "unknown")]
        assert reconcile(points).rule == "no credible figure: every report denies it"
    store.dispose()


def test_two_reports_of_one_shooting_make_one_incident_with_the_latest_toll(tmp_path):
    reports = [
        {
            "text": "Marcus Hale was shot on Elm Street in Springfield on Monday.",
            "published": "2016-03-14",
            "title": "Man shot on Elm Street in Springfield",
        },
        {
            "text": "Marcus Hale died of the wounds he suffered on Elm Street in Springfield on Monday.",
            "published": "2016-03-16",
            "title": "Springfield man shot on Elm Street dies",
        },
    ]
    store, _ = run(tmp_path, reports, [record("2016-03-14", killed=1), record("2016-03-14", killed=1)])
    with Session(store.engine) as session:
        (incident,) = session.scalars(select(IncidentRow)).all()
        assert incident.report_count == 2
        assert {(f.kind, f.group_class): (f.low, f.best, f.high) for f in incident.figures}[("killed", "*")] == (
            1,
            1,
            1,
        )
    store.dispose()


def test_the_candidate_cache_is_the_writers_bounded_state():
    from sitrep.incidents import Candidates
    from sitrep.incidents.link import Candidate

    known = Candidates(size=2)
    c = Candidate("battles", None, "unknown", False, None, None, None, None, None, *[frozenset()] * 4, "", None, None)
    known.remember(("a", 1), c)
    known.remember(("b", 2), c)
    assert known.get(("a", 1)) is c
    known.remember(("c", 3), c)  # the first remembered is forgotten first
    assert (("a", 1) in known, ("b", 2) in known, ("c", 3) in known, len(known)) == (False, True, True, 2)
    assert known.get(("a", 1)) is None


def test_a_second_run_with_a_fresh_cache_links_as_the_first_run_would(tmp_path):
    """The cache is the run's: a run that starts with none rebuilds the members from the store's records."""
    import sitrep.incidents as incidents_module

    assert not [n for n, v in vars(incidents_module).items() if isinstance(v, dict) and n.isupper()]
    first = [
        {"text": "Marcus Hale was shot on Elm Street in Springfield on Monday.", "published": "2016-03-14"},
    ]
    second = [
        {
            "text": "Marcus Hale died of wounds suffered on Elm Street in Springfield on Monday.",
            "published": "2016-03-16",
        }
    ]
    store, _ = run(tmp_path, first, [record("2016-03-14", killed=1)])
    path = tmp_path / "more.jsonl"
    path.write_text(json.dumps(second[0]) + "\n", encoding="utf-8")
    ingest(store, [path], extract_many=lambda items: iter([record("2016-03-14", killed=1) for _ in items]))
    with Session(store.engine) as session:
        assert [i.report_count for i in session.scalars(select(IncidentRow))] == [2]
    store.dispose()


def test_a_report_that_bridges_two_incidents_merges_them(tmp_path, monkeypatch):
    """Two reports naming different victims start two incidents; a third naming both shows they are one."""
    import sitrep.incidents as incidents
    from sitrep.incidents.link import FEATURES, Model

    weights = tuple(1.0 if name == "shared_victims" else 0.0 for name in FEATURES)
    monkeypatch.setattr(incidents, "default_model", lambda: Model(weights, 1.0, merge=1.0))
    reports = [
        {"text": "Marcus Hale was shot dead in Springfield.", "published": "2016-03-14", "title": "One"},
        {"text": "Tyrone Bell was shot dead in Springfield.", "published": "2016-03-14", "title": "Two"},
        {"text": "Marcus Hale and Tyrone Bell were shot dead.", "published": "2016-03-15", "title": "Three"},
    ]
    both = record("2016-03-14", killed=2, victim="Marcus Hale")
    both["people"] = [{"name": "Marcus Hale"}, {"name": "Tyrone Bell"}]
    records = [record("2016-03-14", killed=1), record("2016-03-14", killed=1, victim="Tyrone Bell"), both]
    store, summary = run(tmp_path, reports, records)
    assert summary.new == 3
    with Session(store.engine) as session:
        (incident,) = session.scalars(select(IncidentRow)).all()
        assert incident.report_count == 3
        assert {(f.kind, f.group_class): f.best for f in incident.figures}[("killed", "*")] == 2
    store.dispose()


def test_an_item_made_without_its_moment_is_stored_at_its_publication_day(tmp_path):
    from datetime import date, datetime

    from sitrep.ingest import Item, ingest_items
    from sitrep.read import Report
    from sitrep.store import ReportRow

    text = "Marcus Hale was shot on Elm Street in Springfield on Monday."
    store = Store.open(str(tmp_path / "sitrep.db"))
    items = [Item("made:1", Report(text, date(2016, 3, 14), None, None, None))]
    summary = ingest_items(
        store, items, extract_many=lambda reports: iter([record("2016-03-14", killed=1) for _ in reports])
    )
    assert summary.new == 1
    with Session(store.engine) as session:
        assert session.scalars(select(ReportRow.published)).one() == datetime(2016, 3, 14)
    store.dispose()
