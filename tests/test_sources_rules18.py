"""Rules added by the eighteenth pass over the sources stage (dev set: the blind labels of PolNeAR
mentions made by docs/annotating_sources.md; held-out sets scored for totals only).

- A title owned by "its" after a name ("said Ana Tork, its president") is a title of the organisation the
  sentence opens on, as "president of the Velm Teachers Union" would be; with no such opening body it is the
  title alone.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source

META = {"published": "2001-12-31"}


@pytest.mark.parametrize("opening,title,expected", [
    ("The Velm Teachers Union will strike on Monday", "its president", ("NGO", "Velm Teachers Union")),
    ("The Tarn Ministry of Health changed the rules", "its director", ("GOV", "Tarn Ministry of Health")),
    ("Sela Holdings reported a loss", "its chairman", ("BUS", "Sela Holdings")),
])
def test_a_title_owned_by_its_is_of_the_body_the_sentence_opens_on(opening, title, expected):
    text = f"{opening}, said Ana Tork, {title}. Tork added that talks would go on."
    check_last_source(text, [("Ana Tork", "said", opening)], META,
                      {"type": expected[0], "affiliation": expected[1], "named": True})


def test_its_with_no_opening_body_is_the_title_alone():
    # the sentence opens on a person, not a body: "its" cannot be read, and the title types her alone
    text = "Mayor Bo Rell opened the fair, said Ana Tork, its spokeswoman. Tork added that it was busy."
    check_last_source(text, [("Ana Tork", "said", "Mayor Bo Rell opened the fair")], META,
                      {"named": True, "affiliation": ""})
