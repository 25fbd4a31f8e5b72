"""Rules added by the fifth pass over the sources stage: bare poll shares, role words for local
and election offices, campaign posts, counsel and academic disciplines, the principal after
"an adviser to", "the survey" after a named poll, and a candidacy row that runs a week past the
day the candidate quit. All texts are fictional, written for these tests; public figures are
lexicon entries written from general knowledge.

Table: (text, [(source, cue, content)...], metadata, expected attributes of the last source).
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source


RULES = [
    # A bare share of poll respondents speaks for them (CIT), with or without "%".
    ("The lead is real, 42% said.", [("42%", "said", "The lead is real")], {}, dict(type="CIT", named=False)),
    ("The lead is real, a strong majority of Ostran voters said.",
     [("a strong majority of Ostran voters", "said", "The lead is real")], {}, dict(type="CIT", named=False)),
    # ... but a share of experts stays with the experts.
    ("Rates will rise, two-thirds of economists said.",
     [("two-thirds of economists", "said", "Rates will rise")], {}, dict(type="EXP", named=False)),
    # "general counsel" is a lawyer, not a general; the employer types it when it is known.
    ("The files exist, said Jill Marra, general counsel for Velco.",
     [("Jill Marra, general counsel for Velco", "said", "The files exist")], {}, dict(type="JUD", named=True)),
    ("The files exist, said Jill Marra, FBI general counsel.",
     [("Jill Marra, FBI general counsel", "said", "The files exist")], {}, dict(type="SEC", named=True)),
    # Campaign and party posts are political; local and election offices are administration.
    ("Turnout rose, said Edna Marra, the committee's political director.",
     [("Edna Marra, the committee's political director", "said", "Turnout rose")], {},
     dict(type="POL", named=True)),
    ("Turnout rose, Velm campaign spokeswoman Ana Pell said.",
     [("Velm campaign spokeswoman Ana Pell", "said", "Turnout rose")], {}, dict(type="POL", named=True)),
    ("Turnout rose, said Ana Pell, the Ostra County elections director.",
     [("Ana Pell, the Ostra County elections director", "said", "Turnout rose")], {},
     dict(type="GOV", official=True, named=True)),
    ("Turnout rose, said Ana Pell, the city manager.", [("Ana Pell, the city manager", "said", "Turnout rose")],
     {}, dict(type="GOV", official=True, named=True)),
    ("The ban is wrong, the state legislature said.", [("the state legislature", "said", "The ban is wrong")], {},
     dict(type="POL", named=False)),
    ("Turnout rose, local elected officials said.", [("local elected officials", "said", "Turnout rose")], {},
     dict(type="POL", named=False)),
    ("Turnout rose, Ostra election officials said.", [("Ostra election officials", "said", "Turnout rose")], {},
     dict(type="GOV", named=False)),
    # Academic disciplines are experts; a homemaker at a rally is not the candidate's campaign.
    ("Nostalgia sells, a social anthropologist said.", [("a social anthropologist", "said", "Nostalgia sells")],
     {}, dict(type="EXP", named=False)),
    ("Fees are high, said Tom Vell, 52, a homemaker who attended a Garza rally last week in Ostra.",
     [("Tom Vell, 52, a homemaker who attended a Garza rally last week in Ostra", "said", "Fees are high")],
     {}, dict(type="CIT", named=True)),
    # Entertainers.
    ("The show will go on, said Lia Dorn, the pop star.", [("Lia Dorn, the pop star", "said", "The show will go on")],
     {}, dict(type="OTH", named=True)),
    # "the survey" after a named poll is that poll; with no poll named before it stays unnamed.
    ("Garza has 34% in an Ostra Times/Velm College poll released Sunday. Garza leads among men in the survey, "
     "taken July 11-14.", [("the survey", "in", "Garza leads among men")], {}, dict(type="DOC", named=True)),
    ("The race is close. Garza leads among men in the survey, taken July 11-14.",
     [("the survey", "in", "Garza leads among men")], {}, dict(type="DOC", named=False)),
    # A governor's candidacy row runs a week past the day he quit, then he is the governor again.
    ("We will win Ohio, John Kasich said.", [("John Kasich", "said", "We will win Ohio")],
     {"published": "2016-05-05"}, dict(type="POL", named=True)),
    ("We will win Ohio, John Kasich said.", [("John Kasich", "said", "We will win Ohio")],
     {"published": "2016-05-20"}, dict(type="GOV", named=True)),
    # The person after a generic title is its principal ("an adviser to X" as "X adviser"); a
    # specific title still wins, and a friend is not staff.
    ("The plan is set, an adviser to Hillary Clinton said.",
     [("an adviser to Hillary Clinton", "said", "The plan is set")], {"published": "2015-12-01"},
     dict(type="POL", named=False)),
    ("The plan is set, an aide to Barack Obama said.", [("an aide to Barack Obama", "said", "The plan is set")],
     {"published": "2015-12-01"}, dict(type="GOV", official=True, named=False)),
    ("The plan is set, a lawyer for Hillary Clinton said.",
     [("a lawyer for Hillary Clinton", "said", "The plan is set")], {"published": "2015-12-01"},
     dict(type="JUD", named=False)),
    # Pollsters and analysts written from general knowledge.
    ("The race is tilting, Stu Rothenberg said.", [("Stu Rothenberg", "said", "The race is tilting")], {},
     dict(type="EXP", named=True)),
]


@pytest.mark.parametrize("text,specs,meta,expected", RULES, ids=[f"{i}" for i in range(len(RULES))])
def test_rules(text, specs, meta, expected):
    check_last_source(text, specs, meta, expected)
