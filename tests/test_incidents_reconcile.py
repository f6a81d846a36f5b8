"""Reconciliation as a pure function over points (SPEC.md section 4): no store needed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sitrep.incidents.reconcile import Point, figure_role, figure_scope, reconcile


def point(count, hour, certainty="stated", qualifier="exact", attribution=None, role="toll", report=None):
    return Point(
        datetime(2016, 5, 1, hour),
        report or hour,
        f"outlet {hour}",
        count,
        count,
        count,
        qualifier,
        certainty,
        attribution,
        "",
        (),
        role,
    )


def test_no_point_at_all_has_no_figure_and_says_why():
    result = reconcile([])
    assert (result.low, result.best, result.high, result.point) == (None, None, None, None)
    assert result.rule == "no credible figure: no report states it"


def test_only_denied_figures_have_no_figure():
    result = reconcile([point(3, 9, certainty="denied")])
    assert (result.low, result.best, result.high) == (None, None, None)
    assert result.rule == "no credible figure: every report denies it"


def test_a_named_single_death_never_sets_the_low_end():
    result = reconcile([point(1, 8, role="person"), point(12, 9), point(15, 12)])
    assert (result.low, result.best, result.high) == (12, 15, 15)


def test_a_part_never_sets_the_high_end():
    result = reconcile([point(4, 8), point(9, 10, role="part")])
    assert (result.low, result.best, result.high) == (4, 4, 4)


def test_parts_stand_in_when_no_report_states_a_toll():
    result = reconcile([point(1, 8, role="person")])
    assert (result.low, result.best, result.high) == (1, 1, 1)
    assert "no report states a toll" in result.rule


def test_a_claim_only_raises_the_high_end():
    result = reconcile([point(20, 8, attribution="police"), point(60, 9, certainty="claimed", attribution="rebels")])
    assert (result.low, result.best, result.high) == (20, 20, 60)


def test_best_is_the_latest_toll_as_it_rises():
    result = reconcile([point(5, 7), point(11, 12), point(14, 18)])
    assert (result.low, result.best, result.high) == (5, 14, 14)
    assert result.rule.startswith("latest stated figure (outlet 18")


def test_a_later_revision_down_from_an_official_is_honoured():
    result = reconcile([point(30, 8), point(24, 15, attribution="hospital officials")])
    assert (result.low, result.best, result.high) == (24, 24, 30)
    assert "revision down" in result.rule


def test_a_later_lower_figure_less_well_attributed_does_not_replace_the_official_one():
    result = reconcile([point(30, 8, attribution="the interior ministry"), point(24, 15)])
    assert result.best == 30
    assert "a later lower figure (24) is less well attributed" in result.rule


def test_among_figures_published_together_the_corroborated_one_wins():
    at_noon = [point(1, 12, report=1), point(2, 12, report=2), point(1, 12, report=3)]
    assert reconcile(at_noon).best == 1


def test_the_most_specific_figure_wins_among_the_latest():
    assert reconcile([point(10, 12, qualifier="about", report=1), point(9, 12, report=2)]).best == 9


def test_roles_and_scopes_are_read_from_the_figure_or_guessed():
    assert figure_role({"role": "part", "count": 3}) == "part"
    assert figure_role({"named": True, "count": 1}) == "person"
    assert figure_role({"named": False, "count": 1}) == "toll"
    assert figure_scope({"scope": "cumulative"}) == "cumulative"
    assert figure_scope({}) == "event"


def test_the_one_wounded_who_died_is_killed_not_also_injured():
    from sitrep.incidents.reconcile import reconcile_injured

    wounded, died = [point(1, 8, report=1)], [point(1, 20, report=2)]
    result = reconcile_injured(wounded, died)
    assert (result.low, result.best, result.high) == (0, 0, 1)
    assert result.rule.startswith("the one person reported wounded died")


def test_a_report_that_counts_a_death_and_a_wound_keeps_its_wounded():
    from sitrep.incidents.reconcile import reconcile_injured

    assert reconcile_injured([point(1, 8, report=1)], [point(1, 8, report=1), point(1, 20, report=2)]).best == 1
    assert reconcile_injured([point(3, 8, report=1)], [point(1, 20, report=2)]).best == 3  # several wounded
    assert reconcile_injured([point(1, 20, report=1)], [point(1, 8, report=2)]).best == 1  # the death came first


def test_reports_that_only_name_their_dead_agree_on_the_count_most_give():
    """A later report naming three people (its other stories' dead among them) does not outvote two that name one."""
    result = reconcile([point(1, 8, role="person"), point(3, 12, role="person"), point(1, 10, role="person")])
    assert (result.low, result.best, result.high, result.point.report_id) == (1, 1, 3, 10)
    assert result.rule.startswith("the count most reports give (2 of 3 reports)")


def test_named_dead_split_evenly_within_a_day_give_the_latest_count():
    result = reconcile([point(1, 8, role="person"), point(2, 12, role="person")])
    assert (result.low, result.best, result.high) == (1, 2, 2)
    assert result.rule.startswith("the count most reports give, the latest on a tie within a day (1 of 2 reports)")


def test_named_dead_split_evenly_days_apart_give_the_lowest_count():
    """A follow-up a week later that names two dead (an earlier killing recalled) does not outvote the one named."""
    first, later = point(1, 8, role="person"), point(2, 12, role="person")
    later = replace(later, published=datetime(2016, 5, 8, 12))
    result = reconcile([first, later])
    assert (result.low, result.best, result.high) == (1, 1, 2)
    assert result.rule.startswith("the count most reports give, the lowest on a tie days apart (1 of 2 reports)")


def test_a_report_of_one_unnamed_death_may_be_the_best_against_another_reports_toll():
    """ "A boy was shot dead" and, the same hour, another report's 2 (its page's other story): the lower, all
    else equal; the single death does not set the low end on its own account, the best does."""
    result = reconcile([point(1, 8, role="person", report=1), point(2, 8, report=2)])
    assert (result.low, result.best, result.high, result.point.report_id) == (1, 1, 2, 1)
    assert result.rule.startswith("latest stated figure, most specific")


def test_a_count_several_reports_restate_outranks_a_lone_reports_outlier():
    """Two reports name one dead; one between them says 8 (its page's other story): the later report did not
    take the 8 up."""
    points = [point(1, 8, role="person"), point(8, 9), point(1, 12, role="person")]
    result = reconcile(points)
    assert (result.low, result.best, result.high, result.point.report_id) == (1, 1, 8, 12)
    assert result.rule.startswith("latest stated figure, a later revision down as well or better attributed")


def test_a_lone_later_toll_stands_against_an_earlier_count_as_well_attributed():
    assert reconcile([point(5, 7), point(5, 8), point(14, 18)]).best == 14


def test_a_lone_later_toll_less_well_attributed_than_the_count_two_officials_gave_does_not_stand():
    points = [point(2, 7, attribution="police"), point(2, 8, attribution="police"), point(13, 18)]
    assert reconcile(points).best == 2


def test_a_later_count_two_reports_give_is_not_outvoted():
    points = (
        [point(100, 7, attribution="officials")] * 1
        + [point(100, h, attribution="officials") for h in (8, 9)]
        + [point(102, 12), point(102, 14)]
    )
    assert reconcile(points).best == 102


def test_a_stated_toll_still_outranks_the_named_dead():
    result = reconcile([point(1, 8, role="person"), point(1, 9, role="person"), point(2, 12)])
    assert (result.low, result.best, result.high) == (2, 2, 2)


def test_one_reports_one_wounded_among_reports_that_count_the_death_and_no_wound_is_the_dead():
    from sitrep.incidents.reconcile import reconcile_injured

    wounded = [point(1, 9, role="person", report=2)]
    died = [point(1, 8, role="person", report=1), point(1, 9, role="person", report=2)]
    result = reconcile_injured(wounded, died)
    assert (result.low, result.best, result.high) == (0, 0, 1)
    assert result.rule.startswith("one report's one wounded person is one of its dead")


def test_a_wound_stands_when_several_are_wounded_or_no_other_report_counts_the_death():
    from sitrep.incidents.reconcile import reconcile_injured

    died = [point(1, 8, role="person", report=1), point(1, 9, role="person", report=2)]
    assert reconcile_injured([point(2, 9, report=2)], died).best == 2  # a toll of two wounded
    assert reconcile_injured([point(1, 9, role="person", report=2)], died[1:]).best == 1  # no other report


def test_one_reports_wounded_as_many_as_its_dead_are_its_dead_when_no_other_report_tells_of_a_wound():
    from sitrep.incidents.reconcile import reconcile_injured

    wounded = [point(2, 9, report=2)]  # "two men were shot ... both died": the shot counted, then the dead
    died = [point(2, 8, report=1), point(2, 9, report=2)]
    result = reconcile_injured(wounded, died)
    assert (result.low, result.best, result.high) == (0, 0, 2)
    assert result.rule.startswith("one report's 2 wounded are its 2 dead")
    assert reconcile_injured(wounded, [point(3, 8, report=1), point(3, 9, report=2)]).best == 2  # not its dead
    assert reconcile_injured(wounded, died[1:]).best == 2  # no other report counts the dead


def test_wounded_that_are_another_reports_wounded_plus_the_dead_count_the_dead_among_the_shot():
    from sitrep.incidents.reconcile import dead_among_wounded, reconcile_injured

    died = [point(1, 8, report=1), point(1, 9, report=2)]
    # "four people were shot, one fatally" read as four wounded, beside another report's three wounded
    wounded = [point(3, 8, report=1), point(4, 9, report=2, attribution="police")]
    result = reconcile_injured(wounded, died)
    assert (result.low, result.best, result.high) == (3, 3, 3)
    assert result.rule.endswith("4 wounded in another report count the 1 dead among the shot, set aside")
    assert dead_among_wounded(wounded, 0) == ()  # no dead: nothing counted twice
    assert dead_among_wounded(wounded, 2) == ()  # four is not three and two dead
    moved = [point(2, 7, report=3), *wounded]  # 2, 3, 4 with one dead: a toll that moved, only its top set aside
    assert [p.count for p in dead_among_wounded(moved, 1)] == [4]


def test_a_lone_higher_toll_a_day_later_less_well_attributed_leaves_the_officials_standing():
    official = replace(point(1, 8, attribution="police"), published=datetime(2016, 5, 1, 8))
    later = replace(point(6, 9), published=datetime(2016, 5, 2, 9))
    result = reconcile([official, later])
    assert (result.low, result.best, result.high) == (1, 1, 6)
    assert "a later higher figure (6) is less well attributed and does not replace it" in result.rule
    assert reconcile([official, replace(later, published=datetime(2016, 5, 1, 20))]).best == 6  # within the day
    restated = replace(later, report_id=10, published=datetime(2016, 5, 3, 9))
    assert reconcile([official, later, restated]).best == 6  # another report restates it


def test_an_at_least_count_does_not_outvote_the_higher_count_it_is_a_floor_of():
    # "Four people were injured, police said" beside "at least three persons were shot" and "three teens"
    police = point(4, 9, attribution="police", report=1)
    floor = point(3, 9, qualifier="at_least", report=2)
    three = point(3, 9, report=3)
    assert reconcile([police, floor, three]).best == 4
    # two exact threes still outvote a lone four
    assert reconcile([police, point(3, 9, report=2), three]).best == 3
