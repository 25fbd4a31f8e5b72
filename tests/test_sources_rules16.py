"""Rules added by the sixteenth pass over the sources stage.

- Documents: a definite document mention ("The report") with no issuer of its own takes the issuer of
  the last earlier mention of the same kind of document within a pronoun's reach, when that mention
  names it ("his report for the regulator", "Ada Vell's study", "a review by the Velm Institute").
- Lists of bodies: the last of three or more listed bodies may be one the lists do not know ("Canada,
  the European Union and the group of eight lake states"): the members are still named.
- A spokesman of a named body ("A spokesman for Velmland's Defence Ministry claims ...") is the
  spokesman of that body whom the next sentence names ("Defence Ministry spokesman Ado Tarek says ..."),
  not a spokesman of another body.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source, said_by

REGULATOR = ("The inquiry into Velmcorp heard from its first witness today. The commission was due to hear "
             "evidence from Ardo Kell, an inspector appointed by the regulator, after the details of {earlier} "
             "were read this morning. The report says governance was inadequate.")


@pytest.mark.parametrize("earlier,named", [
    ("his report for the regulator", True),
    ("Mr Kell's report", True),
    ("a report by the Velm Audit Institute", True),
    # an earlier report of no one in particular leaves "The report" unnamed
    ("a report on the company", False),
])
def test_the_report_takes_the_issuer_of_the_report_just_spoken_of(earlier, named):
    text = REGULATOR.format(earlier=earlier)
    check_last_source(text, [("The report", "says", "governance was inadequate")], {"published": "2001-12-31"},
                      {"type": "DOC", "named": named})


@pytest.mark.parametrize("mention,named", [
    ("Canada, the European Union and the Group of eight lake states", True),
    ("Canada, France and Germany", True),
    # places in a description are no list of bodies
    ("Most voters in Canada, France and Germany", False),
    ("Velmland and other lake states", False),
])
def test_a_list_of_bodies_may_end_on_one_the_lists_do_not_know(mention, named):
    assert said_by(mention).named is named


@pytest.mark.parametrize("second,named", [
    ("Defence Ministry spokesman Ado Tarek says", True),
    ("Party spokesman Ado Tarek says", False),
])
def test_a_spokesman_of_a_body_named_in_the_next_sentence(second, named):
    text = (f"A spokesman for Velmland's Defence Ministry claims the rebel leader has fled. {second} the leader "
            "is in hiding.")
    check_last_source(text, [("A spokesman for Velmland's Defence Ministry", "claims", "the rebel leader has fled")],
                      {"published": "2001-12-31"}, {"named": named})
