"""Rules added by the fourteenth pass over the sources stage (BASIL, PolNeAR, broadcaster and web-news dev items).

- Linking: a bare "the group", "the organisation", "the party" or "the site" is the organisation
  spoken of last, within a pronoun's reach, even when its name does not hold the noun, provided its
  type fits the noun (a group is no ministry, a party is political, a site is a news outlet or an
  organisation the lists do not know).
- Linking: an indefinite person ("a spokeswoman for the ministry") whom the same or the next sentence
  names in apposition to the same title ("The spokeswoman, Ada Tull, ...") is that person.
- Documents: an indefinite report whose next sentence opens on a named document ("A new economic
  report claims ... The Velmbank Trends bulletin says ...") is that document, named.
- Forecasters: a forecaster of a named body takes the body's type ("Senior forecaster with the Velm
  Weather Bureau" GOV); a bank's forecaster stays an expert, as its economists do. So do experts
  ("A panel of experts at the Velm Health Ministry" GOV; "experts at Velm University" EXP). Polling and
  forecasting firms are experts (EXP).
- Business stories: a named person the article gives no role, in a story dense with business words
  (shares, creditors, administrators, the company), is someone of the companies (BUS), not a private person.
- Names: a listed person's given name is no organisation ("Rand Paul" is not the RAND Corporation); a
  closing party and state tag ("Sen. Ada Vell, R-Ky.") is never the name and marks a legislator (POL).
- Headlines: title-case headlines are split at more verbs ("Hears", "Rules", "Orders", "Seeks", ...).
- People list: presidents and heads of government of the past the lists lacked (George W. Bush, George H. W.
  Bush, Thatcher, Hawke, Gorbachev ...). A bare surname that several listed names running at the article's
  date share, with one type, takes that type ("Bush" in 2015 is Jeb Bush under both his listed names, though
  a former president shares the surname; in 2001 the president and the governor are both GOV).
- Demonyms: "Britons", "Englishmen", "Frenchmen", "Kiwis", "Aussies" are a country's people, not a brand;
  "a Frenchman" is someone described (CIT, unnamed), not a person or a company named Frenchman.
- Families: a bare plural surname of listed people ("the Clintons") is their family, typed as they are
  when all who carry the surname share a type at the date; never a brand. William Barr's first term as
  attorney general (1991-1993) is listed, so that he is a former official before his second.
- Lists: a list of known countries or organisations ("France, Germany and Italy") names its members, as a
  pair does ("France and Germany"); a list of unnamed bodies does not.
- Groups: people named by their tie to someone ("Ada Vell's critics", "Vell's potential Republican
  opponents") are a group of their own, unnamed, never that someone.
- Bodies: a generic body word after a capitalised word is that place's body, not a surname, even after a
  given name ("Victoria Police", "Velmor Ministry"; "Margaret Court" stays a person); company suffixes
  ("Ltd", "Inc", "Pty") and business words ("Studios"), tribunals, places of worship, shires,
  broadcasters ("Velmor TV") and watchdog groups ("Velmor Watch") are bodies.
- People list: a "written" office holder's row gives way to a title of private life written in the
  mention itself ("A farmer, Tom Reed," in the years a congressman of that name sat).
- Titles: deans, provosts, curators, archivists, philosophers, theologians and therapists are experts;
  vicars, monks, nuns and shop stewards NGO; head teachers as school principals; chief financial
  officers BUS, clubs BUS (run as businesses); paramedics as firefighters (GOV); presenters and
  podcasters MED. A title that is also a given name ("Dean") is a name when no name follows it ("Dean,
  a medical doctor,"; "Dean Tull"), a title before "of" or after "the".

The attribution rules of this pass (a noun before a reporting verb, sentence adverbials) are tested in
test_attribution.py.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.sources.describe import best_type, describe
from analyzer.sources.lexicon import load_lexicon

from test_sources_helpers import check_last_source, run, said_by

META = {"published": "2001-12-31"}



@pytest.mark.parametrize("text,specs,expected", [
    ("Ada Vell has won the Greens Abroad primary. The party says 3,000 citizens voted.",
     [("The party", "says", "3,000 citizens voted")], {"name": "Greens Abroad", "type": "POL", "named": True}),
    ("The picture was first printed by the Velm Courier, a paper owned by Ada Vell. The site said the picture "
     "went to a student.", [("The site", "said", "the picture went to a student")],
     {"name": "Velm Courier", "type": "MED", "named": True}),
    # A ministry spoken of last is no "group": the group stays unnamed.
    ("The Velm Ministry of Health has closed two clinics. The group said the closures would cost lives.",
     [("The group", "said", "the closures would cost lives")], {"named": False}),
    # Out of reach (three sentences on), the body is not linked.
    ("The Velm Courier printed the photo. The mayor was away. The council met. The vote was close. "
     "The site said the picture was fake.", [("The site", "said", "the picture was fake")], {"named": False}),
])
def test_a_bare_body_noun_is_the_organisation_spoken_of_last(text, specs, expected):
    check_last_source(text, specs, META, expected)


@pytest.mark.parametrize("mention,expected", [
    ("Ada Vell, the dean of the Velm law school", ("EXP", "Ada Vell")),
    ("Dean of Students Ada Vell", ("EXP", "Ada Vell")),
    ("the Dean", ("EXP", "the Dean")),
    ("Dean Tull", ("CIT", "Dean Tull")),  # a given name: no title here
    ("the provost", ("EXP", "the provost")),
    ("a Buddhist monk", ("NGO", "a Buddhist monk")),
    ("CFO Ada Vell", ("BUS", "Ada Vell")),
    ("the presenter", ("MED", "the presenter")),
    ("a paramedic", ("GOV", "a paramedic")),
    # A club is a body (run as a business), not a person named "Velm Football Club".
    ("Ada Vell, the former president of the Velm Football Club", ("BUS", "Ada Vell")),
    ("the Velm Football Club", ("BUS", "Velm Football Club")),
])
def test_academic_religious_and_other_titles(mention, expected):
    src = said_by(mention)
    assert (src.type, src.name) == expected


def test_a_given_name_spelled_like_a_title_is_a_name_when_no_name_follows():
    text = ("Brell Dean, who ran the clinic, said the plan was late. Dean, a medical doctor, said it "
            "would cost lives.")
    check_last_source(text, [("Brell Dean", "said", "the plan was late"),
                             ("Dean, a medical doctor,", "said", "it would cost lives")],
                      META, {"name": "Brell Dean", "named": True})


@pytest.mark.parametrize("text,expected", [
    ("Since the report, a spokeswoman for the Velm Ministry has described the request as routine. The "
     "spokeswoman, Ada Tull, was asked on Tuesday whether the two were linked.",
     {"name": "Ada Tull", "type": "GOV", "named": True}),
    # Another title in apposition is someone else.
    ("Since the report, a spokeswoman for the Velm Ministry has described the request as routine. The "
     "minister, Ada Tull, was asked on Tuesday whether the two were linked.", {"named": False}),
])
def test_an_indefinite_person_named_in_apposition_after(text, expected):
    check_last_source(text, [("a spokeswoman for the Velm Ministry", "described", "the request as routine")],
                      META, expected)


@pytest.mark.parametrize("mention,expected", [
    # A congressman of 2011-2022 is listed under this name ("written"): his own title keeps him POL ...
    ("Rep. Tom Reed", "POL"),
    ("Tom Reed", "POL"),
    # ... but a farmer of that name is a namesake.
    ("A farmer, Tom Reed,", "CIT"),
])
def test_a_private_title_in_the_mention_marks_a_namesake(mention, expected):
    assert said_by(mention, published="2016-07-10").type == expected


def test_a_report_named_by_the_next_sentence():
    text = ("A new economic report claims the economy is strong. The Velmbank Trends bulletin says exports "
            "are up. It also says shares are stable.")
    check_last_source(text, [("A new economic report", "claims", "the economy is strong")], META,
                      {"type": "DOC", "named": True})


@pytest.mark.parametrize("phrase,expected", [
    ("Victoria Police", ("org", "SEC")),
    ("Velmor Ministry", ("org", "GOV")),
    ("Velmor Court", ("org", "JUD")),
    ("Velmor Pty Ltd", ("org", "BUS")),
    ("the Velmor Tribunal", ("org", "JUD")),
    ("Velmor Shire", ("org", "GOV")),
    ("the Velmor Synagogue", ("org", "NGO")),
    ("Velmor TV", ("org", "MED")),
    ("Velmor Watch", ("org", "NGO")),
    ("Velmor Studios", ("org", "BUS")),
])
def test_generic_body_words_make_bodies(phrase, expected):
    d = describe(phrase, load_lexicon(None))
    assert (d.kind, best_type(d.evidence)[0]) == expected


@pytest.mark.parametrize("phrase", ["Margaret Court", "Vicente Fox", "Mr. Court"])
def test_a_surname_spelled_like_a_body_stays_a_name(phrase):
    assert describe(phrase, load_lexicon(None)).kind == "person"


@pytest.mark.parametrize("mention", [
    "Ada Vell's critics",
    "Donald Trump's critics",
    "a number of Vell's potential Republican general election opponents",
    "Ada Vell's longtime allies",
])
def test_people_tied_to_someone_are_a_group_of_their_own(mention):
    src = said_by(mention, published="2016-07-10")
    assert (src.named, src.name) == (False, mention)


def test_a_possessed_campaign_is_still_its_principal():
    assert said_by("Ada Vell's campaign").name == "Ada Vell"


BUSINESS_STORY = ("Velmair's administrators say the airline's creditors will be paid in full. Shares in the company "
                  "fell 10 per cent and investors fear a takeover. The board met on Monday and the chief executive "
                  "resigned. Bo Tull says the sale will close by March.")


def test_an_undescribed_person_of_a_business_story_is_business():
    check_last_source(BUSINESS_STORY, [("Bo Tull", "says", "the sale will close by March")], META,
                      {"type": "BUS", "named": True})


def test_an_undescribed_person_elsewhere_stays_a_private_person():
    text = "Floods hit the town on Monday. Bo Tull says the water rose in minutes."
    check_last_source(text, [("Bo Tull", "says", "the water rose in minutes")], META, {"type": "CIT"})


@pytest.mark.parametrize("mention,expected", [
    ("Senior forecaster with the Velm Weather Bureau Ada Vell", "GOV"),
    ("economic forecaster Ada Vell", "EXP"),
    ("Velm Bank forecaster Ada Vell", "EXP"),
    ("A panel of experts at the Velm Health Ministry", "GOV"),
    ("experts at Velm University", "EXP"),
    ("a legal expert", "EXP"),
    # Polling and forecasting firms are pollsters, not businesses.
    ("forecasting firm Velmstat", "EXP"),
    ("the polling firm Velmstat", "EXP"),
])
def test_a_forecaster_takes_the_type_of_a_named_body(mention, expected):
    assert said_by(mention).type == expected


@pytest.mark.parametrize("mention,expected", [
    ("Sen. Rand Paul", ("POL", "Rand Paul")),
    ("the RAND Corporation", ("EXP", "RAND Corporation")),
    ("Sen. Ada Vell, R-Ky.", ("POL", "Ada Vell")),
    ("Ada Vell, D-N.Y.", ("POL", "Ada Vell")),
])
def test_given_names_and_party_tags(mention, expected):
    src = said_by(mention, published="2016-07-10")
    assert (src.type, src.name) == expected


def test_a_headline_is_split_at_more_of_its_verbs():
    text = ("Velm Judge Ana Vell Hears Bo Tamm\n\n"
            "Bo Tamm, a farmer, asked the court for time. The case is weak, Tamm said.")
    _, out, sources = run(text, [("Tamm", "said", "The case is weak")])
    assert [s.name for s in sources] == ["Bo Tamm"]


@pytest.mark.parametrize("published,expected", [
    ("2001-12-20", ("GOV", "George W. Bush")),
    ("2015-10-20", ("POL", "Jeb Bush")),
])
def test_a_bare_surname_shared_by_listed_people(published, expected):
    src = said_by("Mr Bush", published=published)
    assert (src.type, src.name) == expected


def test_a_former_president_is_a_political_figure():
    # no longer a holder of executive office (DESIGN §6): a political figure, not official (stop 21's labels;
    # stop 14 typed former presidents GOV)
    source = said_by("George W. Bush", published="2016-09-25")
    assert (source.type, source.official) == ("POL", False)


@pytest.mark.parametrize("mention,named", [
    ("France, Germany and Italy", True),
    ("Japan, Britain and France", True),
    ("France and Germany", True),
    ("the unions, the council and the farmers", False),
])
def test_a_list_of_named_bodies_is_named(mention, named):
    assert said_by(mention).named is named


@pytest.mark.parametrize("mention", ["Two Britons", "The Englishmen", "Frenchmen living in Velmton", "the Aussies"])
def test_plural_demonyms_are_a_countrys_people(mention):
    src = said_by(mention)
    assert src.type != "BUS" and src.named is (src.type == "GOV")


@pytest.mark.parametrize("mention", ["a Frenchman", "an Englishwoman"])
def test_an_indefinite_demonym_is_an_unnamed_private_person(mention):
    src = said_by(mention)
    assert (src.type, src.named) == ("CIT", False)


@pytest.mark.parametrize("mention,published,expected", [
    ("The Clintons", "2016-07-10", ("POL", True)),
    ("the Obamas", "2019-01-18", ("POL", True)),
])
def test_a_listed_family_is_typed_as_its_members(mention, published, expected):
    src = said_by(mention, published=published)
    assert (src.type, src.named) == expected


def test_a_former_attorney_general_before_his_second_term():
    assert said_by("William P. Barr", published="2019-01-18").type == "GOV"
