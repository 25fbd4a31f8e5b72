"""Rules added by the fourteenth pass over the sources stage (BASIL, PolNeAR, broadcaster and web-news dev items).

- Linking: a bare "the group", "the organisation", "the party" or "the site" is the organisation
  spoken of last, within a pronoun's reach, even when its name does not hold the noun, provided its
  type fits the noun (a group is no ministry, a party is political, a site is a news outlet or an
  organisation the lists do not know).

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source

META = {"published": "2001-12-31"}


@pytest.mark.parametrize("text,specs,expected", [
    ("Ada Vell has won the Greens Abroad primary. The party says 3,000 citizens voted.",
     [("The party", "says", "3,000 citizens voted")], {"name": "Greens Abroad", "type": "POL", "named": True}),
    ("The photo was first printed by the Velm Courier, a paper owned by Ada Vell. The site said the photo "
     "was sent to a student.", [("The site", "said", "the photo was sent to a student")],
     {"name": "Velm Courier", "type": "MED", "named": True}),
    # A ministry spoken of last is no "group": the group stays unnamed.
    ("The Velm Ministry of Health has closed two clinics. The group said the closures would cost lives.",
     [("The group", "said", "the closures would cost lives")], {"named": False}),
    # Out of reach (three sentences on), the body is not linked.
    ("The Velm Courier printed the photo. The mayor was away. The council met. The vote was close. "
     "The site said the photo was fake.", [("The site", "said", "the photo was fake")], {"named": False}),
])
def test_a_bare_body_noun_is_the_organisation_spoken_of_last(text, specs, expected):
    check_last_source(text, specs, META, expected)
