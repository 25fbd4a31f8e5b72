"""Rules added by the twenty-sixth pass over the sources stage (found while labelling affiliations of
PolNeAR train mentions; see tests/test_sources_affiliation.py for the affiliation rules themselves).

- "the Democrats", "the Republicans": a party's people (POL, a group), not a name that "the" opens; they
  are not the person spoken of just before.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from test_sources_helpers import run


@pytest.mark.parametrize("before", ["Taxes will rise, farmer Ivo Sarn said.", "Taxes will rise, Sen. Ivo Sarn said."])
@pytest.mark.parametrize("group", ["the Democrats", "the Republicans"])
def test_the_party_plural_is_a_group_of_its_own(before, group):
    text = f"{before} The plan is wrong, {group} said."
    _, out, sources = run(text, [("Ivo Sarn", "said", "Taxes will rise"), (group, "said", "The plan is wrong")],
                          published="2016-03-01")
    assert out[0].source_id != out[1].source_id
    party = next(s for s in sources if s.id == out[1].source_id)
    assert (party.type, party.named, party.affiliation) == ("POL", False, "US")
