"""A harm verb with a thing for object harms no one; aimed at people or places, or passive, it does."""

import pytest

from sitrep import nlp
from sitrep.events.objects import harms_a_thing


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ('The coach said his side had "killed the game off" early.', "killed", True),
        ("The winger fired a low shot past the goalkeeper from the edge of the box.", "fired", True),
        ("The substitute beat two defenders and shot into the far corner.", "shot", True),
        ("Gunmen shot into the crowd.", "shot", False),
        ("Around noon somebody fired three shots near the school.", "fired", False),
        ("Police shot a man outside the bar.", "shot", False),
        ("A man was shot dead.", "shot", False),
        ("Militants killed five soldiers.", "killed", False),
        ("Troops fired mortars at the village.", "fired", False),
        ("The gang was responsible for shooting at the residence of the envoy.", "shooting", False),
        ("An unknown man fired shots into the mosque before prayers.", "fired", False),
        ("Two assailants shot and injured the party's deputy leader at a restaurant.", "shot", False),
    ],
)
def test_harm_to_a_thing(text: str, word: str, expected: bool) -> None:
    doc = nlp.load()(text)
    tok = next(t for t in doc if t.text == word)
    assert harms_a_thing(tok) is expected
