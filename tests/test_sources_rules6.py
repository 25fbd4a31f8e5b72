"""Rules added by the sixth pass over the sources stage: a pronoun's antecedent is looked for sentence by
sentence from its own, first written first, passing over names that are objects of a preposition, quoted,
or in a fronted clause of an earlier sentence; and a political title ("the Ohio governor") names the
candidate or office holder just spoken of even when the person is typed the other way at that date; and
"the Saudis" alone is the nation (its government), not a group of people.
All texts are fictional, written for these tests.

Tables: (text, [(source, cue, content)...], expected name of the last source or None for unnamed). A
source is found as a whole word near its content ("he", not the "he" of "the"; see
``test_sources_helpers.attributions``).
"""
from __future__ import annotations

import pytest

from test_sources_helpers import last_source, run


PRONOUNS = [
    # The subject of the pronoun's own sentence, not the speaker of the sentence before.
    ('Mark Tovey said the plan was weak. Vice President Joe Brisk weighed in as well, telling a magazine on '
     'Monday, "They are both ready," he said.',
     [("Mark Tovey", "said", "the plan was weak"), ("he", "said", "They are both ready")], "Brisk"),
    # An object of a preposition is passed over ("songs by Carl Hobb").
    ('Carl Hobb said the songs were old. Paul Denning will perform songs by Carl Hobb next week. '
     '"It feels right," he said.',
     [("Carl Hobb", "said", "the songs were old"), ("he", "said", "It feels right")], "Denning"),
    # A name in a fronted clause of an earlier sentence is not its subject.
    ('Tom Ralston said the race was close. After Tom Ralston asked him about the polls, Paul Keane replied '
     'that it was early. "We will see," he added.',
     [("Tom Ralston", "said", "the race was close"), ("he", "added", "We will see")], "Keane"),
    # ... but in the pronoun's own sentence it is the one the pronoun refers to.
    ('Tom Ralston said the race was close. When Paul Keane took the stage, he said the polls were early.',
     [("Tom Ralston", "said", "the race was close"), ("he", "said", "the polls were early")], "Keane"),
    # A name inside a quotation is the speaker's words, not the next pronoun's referent.
    ('Mark Tovey said the race was close. Joe Brisk disagreed: "Tovey has it wrong." Asked again, he '
     'repeated the claim.',
     [("Mark Tovey", "said", "the race was close"), ("he", "repeated", "the claim")], "Brisk"),
    # "The core of Senator Brisk's speech": the possessor after "of" is not an object.
    ("Mark Tovey said the hall was full. The core of Senator Joe Brisk's speech was jobs. He said wages "
     "must rise.",
     [("Mark Tovey", "said", "the hall was full"), ("He", "said", "wages must rise")], "Brisk"),
]


@pytest.mark.parametrize("text,specs,name", PRONOUNS)
def test_pronoun_antecedent(text, specs, name):
    _, out, sources = run(text, specs, published="2016-05-01")
    src = last_source(out, sources)
    assert src is not None and src.named and name in src.name


TITLES = [
    # A governor campaigning for president is typed POL; "the Ohio governor" still names him.
    ("Dale Hutchins, a Republican presidential candidate, toured Ostra on Monday. The Ohio governor told "
     "reporters it would pay off.",
     [("The Ohio governor", "told", "it would pay off")], "Hutchins"),
    # With no candidate or office holder spoken of, the title stays an unnamed source.
    ("Voters in Ostra were tired on Monday. The Ohio governor told reporters it would pay off.",
     [("The Ohio governor", "told", "it would pay off")], None),
    # Nor does it reach past a pronoun's reach to a politician named long before.
    ("Dale Hutchins, a Republican presidential candidate, toured Ostra on Monday. The roads were wet. "
     "The hall was cold. The crowd was small. The Ohio governor told reporters it would pay off.",
     [("The Ohio governor", "told", "it would pay off")], None),
]


@pytest.mark.parametrize("text,specs,name", TITLES)
def test_political_title_names_the_politician_just_spoken_of(text, specs, name):
    _, out, sources = run(text, specs, published="2016-05-01")
    src = last_source(out, sources)
    assert src is not None
    if name is None:
        assert not src.named
    else:
        assert src.named and name in src.name


NATIONS = [
    # "the Saudis" alone speak for their country's government ...
    ("The Saudis have warned they could sell assets.", [("The Saudis", "warned", "they could sell assets")],
     dict(type="GOV", named=True)),
    # ... while Saudis described as people stay ordinary, unnamed people.
    ("Many Saudis said they could sell assets.", [("Many Saudis", "said", "they could sell assets")],
     dict(type="CIT", named=False)),
]


@pytest.mark.parametrize("text,specs,expected", NATIONS)
def test_definite_demonym_is_the_nation(text, specs, expected):
    _, out, sources = run(text, specs, published="2016-05-01")
    src = last_source(out, sources)
    assert src is not None
    assert {k: getattr(src, k) for k in expected} == expected
