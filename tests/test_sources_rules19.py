"""Rules added by the nineteenth pass over the sources stage (dev set: the blind labels of PolNeAR
mentions made by docs/annotating_sources.md; held-out sets scored for totals only).

- An indefinite description set off by a comma right after a name ("Velm Forward PAC, a super PAC that
  ...", "Rep. Bo Tamm (D-Ohio), a Velmish Democrat,") describes that name: a person's title after a person, a
  word for a body after a body. A place after a preposition ("In Velmton, a voter said", "at Velm Hall, a
  group of rabbis") and a description that is itself the subject of a reporting verb ("Tamm, a top aide
  said, is confident") are no such apposition.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source

META = {"published": "2001-12-31"}


@pytest.mark.parametrize("text,mention,claim,expected", [
    ("The ads come from Velm Forward PAC, a super PAC that opposes the mayor.", "a super PAC",
     "opposes the mayor", ("POL", True, "Velm Forward PAC")),
    ("The rules are unfair, said Ana Tork, director of the Brell Institute, a policy institute in Ohio.",
     "a policy institute", "The rules are unfair", ("EXP", True, "Brell Institute")),
    ("Rep. Bo Tamm (D-Ohio), a Velmish Democrat, said the vote was rigged.", "a Velmish Democrat",
     "the vote was rigged", ("POL", True, "Bo Tamm")),
])
def test_an_indefinite_description_after_a_name_is_that_name(text, mention, claim, expected):
    check_last_source(text, [(mention, "", claim)], META,
                      {"type": expected[0], "named": expected[1], "name": expected[2]})


@pytest.mark.parametrize("text,mention,cue,claim", [
    # a place before the comma: where, not who
    ("In Velmton, a voter said the mayor lied.", "a voter", "said", "the mayor lied"),
    ("Before the rally at Velm Hall, a group of rabbis called for a boycott.", "a group of rabbis", "called",
     "for a boycott"),
    # the description speaks of the name before it
    ("Tamm, a top aide said, is confident about the vote.", "a top aide", "said", "is confident"),
])
def test_no_apposition_after_a_place_or_before_a_reporting_verb(text, mention, cue, claim):
    check_last_source(text, [(mention, cue, claim)], META, {"named": False})
