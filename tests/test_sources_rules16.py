"""Rules added by the sixteenth pass over the sources stage.

- Documents: a definite document mention ("The report") with no issuer of its own takes the issuer of
  the last earlier mention of the same kind of document within a pronoun's reach, when that mention
  names it ("his report for the regulator", "Ada Vell's study", "a review by the Velm Institute").

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source

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
