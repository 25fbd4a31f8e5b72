"""Rules and lists added by the fifteenth pass over the sources stage.

- Countries: the list gains the countries and territories it lacked (the Pacific, Central Asia, the
  Balkans, the Caribbean, Central America and most of Africa), with their demonyms and capitals, so
  that "Fijian police" or "Port Moresby said" have a country and a person listed for that country
  can be found in a story that names it.
- Demonyms: a place name that ends in "s" ("Texas", "Cyprus", "Wales", "Honduras") is the place, not
  its people ("Texas said" is the state's government, not Texans).

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from test_sources_helpers import said_by


@pytest.mark.parametrize("mention,expected", [
    ("Texas", ("GOV", "US", True)),
    ("Cyprus", ("GOV", "Cyprus", True)),
    ("Honduras", ("GOV", "Honduras", True)),
    # A people stays a group of people.
    ("Hondurans", ("CIT", "Honduras", False)),
    ("Fijian police", ("SEC", "Fiji", True)),
    ("Port Moresby", ("GOV", "Papua New Guinea", True)),
    ("a Samoan government spokesman", ("GOV", "Samoa", False)),
])
def test_places_ending_in_s_and_the_new_countries(mention, expected):
    src = said_by(mention)
    assert (src.type, src.affiliation, src.named) == expected
