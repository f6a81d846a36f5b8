"""Event totals (SPEC.md section 2): the one number per kind a coder would enter."""

from __future__ import annotations

from sitrep.events.counting import people_estimate, totals
from sitrep.record import Figure


def fig(kind, count, group, group_class="unknown", **extra):
    return Figure(kind=kind, count=count, group=group, group_class=group_class, **extra)


def test_a_stated_total_wins_over_its_parts():
    figures = [
        fig("killed", 100, "dead"),
        fig("killed", 12, "security personnel", "security_forces"),
        fig("killed", 88, "militants", "militants", derived="100 - 12"),
    ]
    assert totals(figures) == {"killed": 100}


def test_disjoint_groups_add_up():
    figures = [fig("killed", 2, "soldiers", "security_forces"), fig("killed", 3, "civilians", "civilians")]
    assert totals(figures) == {"killed": 5}


def test_others_is_a_total_not_a_part():
    figures = [fig("injured", 4, "others"), fig("injured", 2, "women", "civilians")]
    assert totals(figures) == {"injured": 4}


def test_hedged_and_claimed_figures_count_only_without_a_firmer_one():
    figures = [fig("killed", 30, "people", certainty="claimed"), fig("killed", 23, "people")]
    assert totals(figures) == {"killed": 23}
    assert totals([fig("killed", 30, "people", certainty="claimed")]) == {"killed": 30}
    assert totals([fig("injured", 12, "people", qualifier="vague"), fig("injured", 5, "people")]) == {"injured": 5}


def test_a_named_victim_and_the_man_of_the_lead_are_one_person():
    figures = [fig("killed", 1, "man"), fig("killed", 1, "Eric Lasure", named=True)]
    assert totals(figures) == {"killed": 1}


def test_an_unnamed_attacker_and_a_named_victim_are_two_people():
    figures = [fig("killed", 1, "Dan Levi", named=True), fig("killed", 1, "assailant", "militants")]
    assert totals(figures) == {"killed": 2}


def test_an_attacker_and_a_policeman_are_two_people():
    figures = [fig("killed", 1, "policeman", "security_forces"), fig("killed", 1, "gunman", "militants")]
    assert totals(figures) == {"killed": 2}


def test_the_suspect_police_shot_may_be_the_named_man():
    figures = [fig("injured", 1, "suspect", "militants"), fig("injured", 1, "Lorne Avery", named=True)]
    assert totals(figures) == {"injured": 1}


def test_an_attacker_may_be_the_unnamed_man():
    assert totals([fig("killed", 1, "man"), fig("killed", 1, "gunman", "militants")]) == {"killed": 1}


def test_a_surname_alone_is_the_same_person():
    assert people_estimate([fig("injured", 1, "Lyons", named=True), fig("injured", 1, "Cleo Lyons", named=True)]) == 1


def test_different_names_are_different_people():
    figures = [fig("killed", 1, "Denzyl Pickens", named=True), fig("killed", 1, "Gregory Smith", named=True)]
    assert totals(figures) == {"killed": 2}


def test_a_man_and_a_woman_are_two_people():
    assert totals([fig("injured", 1, "man"), fig("injured", 1, "woman")]) == {"injured": 2}


def test_the_dead_are_not_also_counted_injured():
    figures = [fig("killed", 1, "man"), fig("injured", 1, "victim")]
    assert totals(figures) == {"killed": 1}


def test_another_man_wounded_beside_a_dead_man_is_counted():
    figures = [fig("killed", 1, "man"), fig("injured", 1, "another man")]
    assert totals(figures) == {"killed": 1, "injured": 1}


def test_a_single_person_counts_one_next_to_a_group_of_the_kind():
    figures = [fig("injured", 3, "men"), fig("injured", 1, "man")]
    assert totals(figures) == {"injured": 3}


def test_no_figures_no_totals():
    assert totals([]) == {}


def test_the_owner_gender_is_not_the_person_gender():
    """'his girlfriend', 'a woman' and 'Stafford's girlfriend' can be one woman."""
    figures = [
        fig("injured", 1, "his girlfriend"),
        fig("injured", 1, "woman"),
        fig("injured", 1, "Stafford's girlfriend", named=True),
    ]
    assert people_estimate(figures) == 1
    assert people_estimate([fig("injured", 1, "his girlfriend"), fig("injured", 1, "man")]) == 2


def test_one_of_the_women_may_be_the_second_woman():
    """'shot two women, killing one of them ... a second woman was pronounced dead': one death."""
    assert totals([fig("killed", 1, "women"), fig("killed", 1, "second woman")]) == {"killed": 1}
    assert totals([fig("killed", 1, "man"), fig("killed", 1, "second woman")]) == {"killed": 2}


def test_the_other_of_two_shot_is_not_the_dead_one():
    figures = [fig("injured", 1, "men", derived="2 - 1"), fig("killed", 1, "men")]
    assert totals(figures) == {"killed": 1, "injured": 1}


def test_a_figure_said_in_addition_to_the_others_adds_to_their_toll():
    figures = [fig("killed", 2, "people"), fig("killed", 1, "bomber", "militants", derived="in addition to 2")]
    assert totals(figures) == {"killed": 3}


def test_a_count_of_one_said_beside_a_death_is_another_person():
    dead = fig("killed", 1, "police officer", "security_forces", role="person", evidence=[(0, 16)])
    hurt = fig("injured", 1, "police officer", "security_forces", role="toll", evidence=[(45, 64)])
    assert totals([dead, hurt]) == {"killed": 1, "injured": 1}
    # the same words said as one-person mentions are the one who died
    assert totals([dead, hurt.model_copy(update={"role": "person"})]) == {"killed": 1}


def test_another_person_hurt_in_the_breath_of_a_named_death_is_another_person():
    # "Father Anton Weiss was killed and another person was injured"
    dead = fig("killed", 1, "Anton Weiss", role="person", named=True, evidence=[(0, 31)])
    hurt = fig("injured", 1, "another person", role="person", evidence=[(36, 62)])
    assert totals([dead, hurt]) == {"killed": 1, "injured": 1}
    # said after the death, however far, "another man was also shot" is someone else
    assert totals([dead, hurt.model_copy(update={"evidence": [(200, 226)]})]) == {"killed": 1, "injured": 1}
    # but a death told after him may be his: "another man was shot ... Terry later died"
    later = fig("killed", 1, "Jon Terry", role="person", named=True, evidence=[(300, 309)])
    assert totals([dead, hurt.model_copy(update={"evidence": [(200, 226)]}), later]) == {"killed": 2}


def test_one_wounded_of_the_lead_may_be_another_man_said_later():
    # "leaves one dead, one wounded ... Another man was shot in the arm"
    toll = fig("injured", 1, "wounded", role="toll", evidence=[(20, 31)])
    other = fig("injured", 1, "another man", role="person", evidence=[(400, 420)])
    assert totals([toll, other]) == {"injured": 1}


def test_one_person_listed_before_a_group_of_another_noun_adds_to_it():
    # "stabbed a police officer and two soldiers"
    one = fig("injured", 1, "officer", "security_forces", role="person", evidence=[(10, 26)])
    two = fig("injured", 2, "soldiers", "security_forces", evidence=[(31, 43)])
    assert totals([one, two]) == {"injured": 3}
    # "two soldiers were wounded, one of them an officer": named after the group, one of them
    assert totals([two, one.model_copy(update={"evidence": [(60, 70)]})]) == {"injured": 2}


def test_another_person_shot_before_the_death_is_the_one_who_died():
    # "he accidentally shot another teen, killing Sam Hale"
    hurt = fig("injured", 1, "another teen", role="person", evidence=[(20, 43)])
    dead = fig("killed", 1, "Sam Hale", role="person", named=True, evidence=[(45, 61)])
    assert totals([hurt, dead]) == {"killed": 1}


def test_a_woman_wounded_in_the_breath_of_a_dead_man_is_another_person():
    # "One man was shot and killed and a woman wounded ... Ernie Sanders was pronounced dead"
    dead = fig("killed", 1, "man", role="toll", evidence=[(0, 30)])
    named = fig("killed", 1, "Ernie Sanders", role="person", named=True, evidence=[(150, 163)])
    hurt = fig("injured", 1, "woman", role="person", evidence=[(35, 50)])
    assert totals([dead, hurt, named]) == {"killed": 1, "injured": 1}


def test_another_person_hurt_just_after_a_death_stays_another_when_a_name_follows():
    # "A 15-year-old girl was shot to death and another woman was wounded ... Hanayah Woods was pronounced dead"
    dead = fig("killed", 1, "girl", "civilians", role="person", evidence=[(2, 40)])
    hurt = fig("injured", 1, "another woman", "civilians", role="person", evidence=[(45, 70)])
    named = fig("killed", 1, "Hanayah Woods", role="person", named=True, evidence=[(300, 330)])
    assert totals([dead, hurt, named]) == {"killed": 1, "injured": 1}
    # a death that closes the sentence before is no breath of it: "... not identified the man killed. Around
    # 4:30 p.m., another man was shot ... Terry later died": the man shot is Terry, none hurt
    first = fig("killed", 1, "man", "civilians", role="person", evidence=[(2, 22)])
    another = fig("injured", 1, "another man", "civilians", role="person", evidence=[(44, 64)])
    terry = fig("killed", 1, "Terry", role="person", named=True, evidence=[(300, 330)])
    assert "injured" not in totals([first, another, terry])


def test_a_relative_shot_is_the_person_of_that_sex_who_died():
    # "A 26-year-old woman was shot to death ... Price said his daughter was accidentally shot"
    dead = fig("killed", 1, "woman", "civilians", role="person", evidence=[(2, 30)])
    hurt = fig("injured", 1, "Price's daughter", "civilians", role="person", named=True, evidence=[(400, 430)])
    assert totals([dead, hurt]) == {"killed": 1}
    # two relatives of different names are two people: "his wife was killed and his daughter wounded"
    wife = fig("killed", 1, "his wife", "civilians", role="person", evidence=[(2, 20)])
    assert totals([wife, hurt]) == {"killed": 1, "injured": 1}


def test_a_person_joined_on_to_another_is_another_person():
    # "a man accidentally shot and wounded himself and his 10-year-old son"
    himself = fig("injured", 1, "person", role="person", evidence=[(30, 45)])
    son = fig("injured", 1, "his son", "civilians", role="person", evidence=[(30, 75)])
    assert totals([himself, son]) == {"injured": 2}
    # an apposition ends where its name does: "a man, Veron Black, was shot and died" is one man
    man = fig("killed", 1, "man", role="person", evidence=[(2, 60)])
    named = fig("killed", 1, "Veron Black", role="person", named=True, evidence=[(7, 60)])
    assert totals([man, named]) == {"killed": 1}
    # a name run on right after a title is the titled person: "The blast injured watchman Juma Dad Khan"
    watchman = fig("injured", 1, "watchman", role="person", evidence=[(10, 26)])
    khan = fig("injured", 1, "Juma Dad Khan", role="person", named=True, evidence=[(10, 40)])
    assert totals([watchman, khan]) == {"injured": 1}
    # a person joined on by name is still another person: "shot himself and his wife, Ann Lee"
    wife = fig("injured", 1, "Ann Lee", role="person", named=True, evidence=[(30, 63)])
    assert totals([himself, wife]) == {"injured": 2}


def test_a_name_whose_space_was_lost_is_the_same_person():
    figures = [
        fig("killed", 1, "Paul Henry Marsh", named=True),
        fig("killed", 1, "man"),
        fig("killed", 1, "PaulHenry Marsh", named=True),
    ]
    assert totals(figures) == {"killed": 1}
    assert totals([fig("killed", 1, "Paul Marsh", named=True), fig("killed", 1, "Saul Marsh", named=True)]) == {
        "killed": 2
    }


def test_a_hurt_person_who_survived_is_none_of_the_dead():
    # "A man was killed. His neighbour was shot twice but survived."
    dead = fig("killed", 1, "man", role="person", evidence=[(0, 16)])
    hurt = fig("injured", 1, "his neighbour", role="person", evidence=[(60, 82)])
    assert totals([dead, hurt]) == {"killed": 1}
    assert totals([dead, hurt.model_copy(update={"survived": True})]) == {"killed": 1, "injured": 1}
