"""Linking as a pure function: candidates and incident sketches in, the incident joined (or None) out."""

from __future__ import annotations

from datetime import date

from sitrep.incidents.link import IncidentSketch, Model, candidate, day_gap, default_model, features, km, link

TEXT = (
    "Police said a 19-year-old man was shot dead on Elm Street in Springfield on Monday. "
    "Officer Dana Reyes said the victim, Marcus Hale, died at the scene."
)


def event(
    day="2016-03-14",
    precision="day",
    lat=39.80,
    lon=-89.64,
    killed=1,
    evidence=((70, 76),),
    victim="Marcus Hale",
    **extra,
):
    return {
        "main": True,
        "event_type": "violence_against_civilians",
        "date": day,
        "date_precision": precision,
        "date_evidence": [list(span) for span in evidence],
        "place": {"name": "Springfield", "lat": lat, "lon": lon, "country": "US"},
        "figures": [{"kind": "killed", "count": killed, "group": victim, "named": True}] if killed else [],
        "totals": {"killed": killed},
        **extra,
    }


RECORD = {"people": [{"name": "Marcus Hale"}, {"name": "Dana Reyes", "title": "Officer"}]}


def make(text=TEXT, title="Man shot dead in Springfield", published=date(2016, 3, 15), record=RECORD, **kw):
    return candidate(event(**kw), record, title=title, text=text, published=published)


def test_a_candidate_keeps_the_victims_and_leaves_out_officials():
    c = make()
    assert c.names == frozenset({"marcus hale"})
    assert c.victims == frozenset({"marcus hale", "hale"})
    assert "springfield" in c.words and "elm" in c.words
    assert (c.day, c.precision, c.from_text) == (date(2016, 3, 14), "day", True)


def test_a_day_without_a_publication_date_to_count_back_from_is_unknown():
    c = make(published=None)
    assert c.day is None
    dated = make(published=None, text="It happened on March 14, 2016 in Springfield.", evidence=((16, 30),))
    assert dated.day == date(2016, 3, 14)


def test_day_gaps_follow_precision():
    day, week, month = make(), make(day="2016-03-20", precision="week"), make(day="2016-04-10", precision="month")
    assert day_gap(day, make(day="2016-03-17")) == 3
    assert day_gap(day, week) == 0  # within the week
    assert day_gap(day, month) == 18  # March 14 to the first of April
    assert day_gap(day, make(published=None)) is None


def test_km_between_two_points():
    assert round(km(39.80, -89.64, 41.88, -87.63)) == 286
    assert km(None, None, 1.0, 1.0) == float("inf")


def test_the_same_shooting_told_twice_links():
    first = make()
    second = make(
        title="Springfield police name man killed on Elm Street",
        published=date(2016, 3, 16),
        text="Marcus Hale, 19, was killed Monday on Elm Street, Springfield police said.",
        evidence=((28, 34),),
    )
    incident = IncidentSketch(7, (first,))
    assert link(second, [incident]) is incident


def test_same_city_and_kind_on_another_day_stays_apart():
    first = make()
    other = make(
        day="2016-03-21",
        published=date(2016, 3, 22),
        title="Woman shot in Springfield",
        text="A woman was wounded in a shooting on Oak Avenue in Springfield on Monday, police said.",
        record={"people": []},
        killed=0,
    )
    assert link(other, [IncidentSketch(1, (first,))]) is None


def test_same_kind_in_another_place_stays_apart():
    first = make()
    far = make(
        lat=33.75,
        lon=-84.39,
        title="Man shot dead in Atlanta",
        record={"people": [{"name": "Tyrone Bell"}]},
        victim="Tyrone Bell",
        text="Police said a man was shot dead on Peach Street in Atlanta on Monday. The victim was Tyrone Bell.",
    )
    assert link(far, [IncidentSketch(1, (first,))]) is None


def test_the_best_scoring_incident_wins():
    c = make()
    model = Model(tuple(0.0 for _ in default_model().weights), 0.0)
    assert link(c, [IncidentSketch(1, (c,)), IncidentSketch(2, (c,))], model).id == 1  # a tie: the first
    assert link(c, [], model) is None


def test_features_are_named():
    from sitrep.incidents.link import FEATURES

    assert len(features(make(), make())) == len(FEATURES) == len(default_model().weights)


def test_the_same_town_on_days_the_texts_set_apart_is_two_happenings_unless_a_person_is_shared():
    """Monday's and Thursday's attacks in one town read alike; only a shared victim or person joins them."""
    monday = make(record={"people": []}, killed=0)
    thursday = make(day="2016-03-17", record={"people": []}, killed=0)
    assert default_model().score(monday, thursday) == float("-inf")
    assert link(thursday, [IncidentSketch(1, (monday,))]) is None
    named_monday, named_thursday = make(), make(day="2016-03-17")
    assert default_model().score(named_monday, named_thursday) > float("-inf")


def test_the_score_is_the_weighted_sum_of_the_features_exactly():
    """Model.score computes the sum without building the features: the same float, pair by pair."""
    from dataclasses import replace

    from sitrep.incidents.link import apart

    base = make()
    variants = [
        base,
        make(day="2016-03-17"),
        make(day="2016-03-16", precision="week"),
        make(lat=39.95, lon=-89.64),
        make(lat=41.88, lon=-87.63, killed=2),
        make(lat=None, lon=None, published=None),
        make(record={"people": []}, killed=0, day="2016-03-20"),
        make(text="Two men were wounded outside a bar on Fifth Avenue in Chicago.", title="Bar shooting", killed=0),
        replace(base, event_type="protests", injured=3, country="CA"),
        replace(base, words=frozenset(), lead=""),
    ]
    model = default_model()
    for a in variants:
        for b in variants:
            values = features(a, b)
            want = float("-inf") if apart(values) else sum(w * x for w, x in zip(model.weights, values, strict=True))
            assert model.score(a, b) == want


def test_a_report_close_to_two_incidents_shows_they_are_one():
    """Two reports that share little started two incidents; a third scores above the merge bar with both."""
    from sitrep.incidents.link import link_bridged

    c = make()
    model = Model(tuple(0.0 for _ in default_model().weights), 0.0, merge=0.0)
    chosen, bridged = link_bridged(c, [IncidentSketch(1, (c,)), IncidentSketch(2, (c,))], model)
    assert (chosen.id, [i.id for i in bridged]) == (1, [2])
    weak = Model(model.weights, 0.0)  # no merge bar: the second incident stays apart
    assert [i.id for i in link_bridged(c, [IncidentSketch(1, (c,)), IncidentSketch(2, (c,))], weak)[1]] == []
    assert link_bridged(c, [], model) == (None, ())


def test_the_shipped_model_merges_only_above_its_joining_threshold():
    model = default_model()
    assert model.threshold < model.merge < float("inf")


def test_a_month_a_report_gives_is_no_same_day_with_a_day_inside_it():
    # "a 16-year-old was robbed and shot earlier this month" beside "shot on March 6": the month only overlaps
    from sitrep.incidents.link import FEATURES

    at = FEATURES.index("same_day")
    month = make(day="2016-03-01", precision="month", published=date(2016, 3, 27))
    assert day_gap(month, make()) == 0
    assert features(month, make())[at] == 0.0
    assert features(make(), make())[at] == 1.0
    assert features(make(day="2016-03-10", precision="week"), make())[at] == 0.0
    model = default_model()
    assert model.score(month, make()) == sum(w * x for w, x in zip(model.weights, features(month, make()), strict=True))
