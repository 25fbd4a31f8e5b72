"""Affiliation: what a source's descriptions give is cleaned into a country or a body's name, and a
story's unplaced officials, politicians and bodies take the country its placed sources share.

- Titles, places and cut phrases: "Ostby Herald Vice President" is the Ostby Herald; "Tarvik, Fla."
  is the US; "National Director of" and "U." name nothing; "R-N.Y." and "Presumptive Democratic" are
  a US party's, so the US. A person of a body ("Ana Vell of Ostby University") is the body.
- A source's own name is not its affiliation: "Ana Politico, a farmer" is not of the outlet Politico.
  A town named with a country's word ("of Indian Shores", "from American Fork") is not the country.
- A named company, outlet, group or research body is its own affiliation, not its country.
- A document is affiliated with its issuer when the lists hold it (a poll "by Gallup": US), not with a
  person's name ("a new poll by Ana Vell").
- "other Republicans" and "the Democrats running for the seat" are of the US whatever the story; "the
  Social Democrats" are not.
- The story's country: when nearly all placed sources (at least two) are of one country, officials,
  politicians and bodies of no stated side are of it, and so are ordinary people when every placed
  source is; not when the dateline is another country's capital, and never vague sources, media,
  experts or documents. An official body placed only by its own name ("the Tarvik County Sheriff's
  Office") takes that country too.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.sources.affiliation import clean_affiliation
from analyzer.sources.lexicon import load_lexicon

from test_sources_helpers import run

LEX = load_lexicon(None)


@pytest.mark.parametrize("raw, own_name, expected", [
    ("Ostby Herald Vice President", "", "Ostby Herald"),
    ("Velm County GOP Chairman", "", "Velm County GOP"),
    ("Ostby Group's CEO", "", "Ostby Group"),
    ("CEO of Velm Restaurant Association", "", "Velm Restaurant Association"),
    ("Ana Vell of Ostby University", "", "Ostby University"),
    ("University of Vellmont", "", "University of Vellmont"),       # a body, not a person "of" one
    ("Coalition for Fair Velm Justice", "", "Coalition for Fair Velm Justice"),  # "Justice" ends a name here
    ("Velm Shooting Survivors", "", "Velm Shooting Survivors"),     # a plural is no title
    ("Tarvik, Fla.", "", "US"),
    ("Tarvik, Norway", "", "Norway"),
    ("Velm County (Ohio) Sheriff", "", "Velm County"),
    ("Treaty of Vellmont.", "", "Treaty of Vellmont"),               # a sentence's full stop
    ("Velm Co.", "", "Velm Co."),                                     # an abbreviation's
    ("National Director of", "", ""),
    ("U.", "", ""),
    ("Secretary of State", "", ""),
    ("R-N.Y.", "", "US"),
    ("Presumptive Democratic", "", "US"),
    ("Christian Democratic", "", "Christian Democratic"),
    ("Israeli", "", "Israel"),
    ("Tamm", "Bo Tamm", ""),                                         # the source's own name
    ("Tamm Foundation", "Bo Tamm", "Tamm Foundation"),
])
def test_clean_affiliation(raw, own_name, expected):
    assert clean_affiliation(raw, LEX, own_name) == expected


def _affiliations(text: str, specs: list[tuple], **meta) -> dict[str, str]:
    _, _, sources = run(text, specs, published="2016-03-01", **meta)
    return {s.name: s.affiliation for s in sources}


US_STORY = ("The tax plan will pass, Sen. Ada Vell of Ohio said. The vote is close, Gov. Bo Tamm of Iowa said. "
            "It will be close, U.S. Rep. Ivo Sarn said. The count starts at noon, an election official said. "
            "Prices will rise, voters in Tarvik said. It is unclear, some said. The race tightened, a Velm "
            "Herald analysis found. Talks will follow, several foreign governments said.")
US_SPECS = [("Sen. Ada Vell of Ohio", "said", "The tax plan will pass"),
            ("Gov. Bo Tamm of Iowa", "said", "The vote is close"),
            ("U.S. Rep. Ivo Sarn", "said", "It will be close"),
            ("an election official", "said", "The count starts at noon"),
            ("voters in Tarvik", "said", "Prices will rise"),
            ("some", "said", "It is unclear"),
            ("a Velm Herald analysis", "found", "The race tightened"),
            ("several foreign governments", "said", "Talks will follow")]


def test_story_country_reaches_unplaced_officials_and_people():
    got = _affiliations(US_STORY, US_SPECS)
    assert got["an election official"] == "US"
    assert got["voters in Tarvik"] == "US"
    assert got["some"] == ""                       # vague: no side
    assert got["several foreign governments"] == ""  # states of no one country
    assert got["a Velm Herald analysis"] != "US"   # a document: its issuer, or nothing


def test_state_body_named_only_by_itself_takes_the_story_country():
    extra = (" The road is closed, the Tarvik County Sheriff's Office said. Attacks will go on, Islamic State"
             " fighters said.")
    specs = US_SPECS + [("the Tarvik County Sheriff's Office", "said", "The road is closed"),
                        ("Islamic State fighters", "said", "Attacks will go on")]
    got = _affiliations(US_STORY + extra, specs)
    assert got["Tarvik County Sheriff's Office"] == "US"
    assert got["Islamic State"] == "Islamic State"  # a listed body of no state keeps its name


def test_story_country_not_against_a_foreign_dateline():
    got = _affiliations("OSLO (Wire) - " + US_STORY, US_SPECS)
    assert got["voters in Tarvik"] == ""
    assert got["an election official"] == "Norway"  # an official with no stated country: the capital's


CROSS_BORDER = ("The border is quiet, Norwegian officials said. The talks go on, Norwegian Foreign Minister "
                "Ada Vell said. The shelling stopped at noon, witnesses said. Prices rose, the ministry said.")
CROSS_SPECS = [("Norwegian officials", "said", "The border is quiet"),
               ("Norwegian Foreign Minister Ada Vell", "said", "The talks go on"),
               ("witnesses", "said", "The shelling stopped at noon"),
               ("the ministry", "said", "Prices rose")]


def test_people_take_the_story_country_only_when_no_other_country_is_heard():
    assert _affiliations(CROSS_BORDER, CROSS_SPECS)["witnesses"] == "Norway"
    text = CROSS_BORDER + " We want peace, Swedish envoy Bo Tamm said."
    got = _affiliations(text, CROSS_SPECS + [("Swedish envoy Bo Tamm", "said", "We want peace")])
    assert got["Bo Tamm"] == "Sweden"
    assert got["witnesses"] == ""          # a story that crosses a border: either side's witnesses
    assert got["the ministry"] == ""       # 2 of 3 placed sources is not nearly all


@pytest.mark.parametrize("mention", ["Ana Vell of Indian Shores", "a farmer from American Fork"])
def test_town_named_with_a_country_word_is_not_the_country(mention):
    got = _affiliations(f"The grain deal holds, {mention} said.", [(mention, "said", "The grain deal holds")])
    assert not set(got.values()) & {"India", "US"}


@pytest.mark.parametrize("text, mention, expected", [
    ("Most voters back the plan, a new poll found. The poll, by Gallup, asked 1,000 adults.", "a new poll", "US"),
    ("Most voters back the plan, a new poll by Ana Vell found.", "a new poll by Ana Vell", ""),
])
def test_document_takes_a_listed_issuers_affiliation(text, mention, expected):
    got = _affiliations(text, [(mention, "found", "Most voters back the plan")])
    assert list(got.values()) == [expected]


def test_company_speaks_for_itself():
    got = _affiliations("Prices will rise next year, Boeing said in a statement.",
                        [("Boeing", "said", "Prices will rise next year")])
    assert got == {"Boeing": "Boeing"}  # listed with its country, US; the company is its own side


def test_own_name_is_not_an_affiliation():
    got = _affiliations("The grain deal holds, Ana Politico, a farmer in Tarvik, said.",
                        [("Ana Politico, a farmer in Tarvik,", "said", "The grain deal holds")])
    assert list(got.values()) == [""]


@pytest.mark.parametrize("group, name, us", [
    ("other Republicans", "other Republicans", True),
    ("the Democrats running for the seat", "the Democrats running for the seat", True),
    ("the Social Democrats", "Social Democrats", False),
])
def test_us_party_people(group, name, us):
    text = ("Strikes continue, Israeli officials said. Targets were hit, Israeli military spokesman Ivo Sarn "
            f"said. The plan is wrong, {group} said.")
    got = _affiliations(text, [("Israeli officials", "said", "Strikes continue"),
                               ("Israeli military spokesman Ivo Sarn", "said", "Targets were hit"),
                               (group, "said", "The plan is wrong")])
    assert (got[name] == "US") is us
