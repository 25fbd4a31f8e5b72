"""Rules added by the seventh pass over the sources stage: a leadership title takes the type of the body
it heads; a country's people are citizens, not its government; "most of them" and "each of whom" are
part of the group said before; an ad speaks for its sponsor; field experts ("military analysts") are
experts; a parliament is its legislators; and the rest of the seventh pass (article prior, epithets,
documents, titles around names, former office holders).
All texts are fictional, written for these tests; a few name listed public figures, to exercise the
gazetteer's dated rows.

Tables: (text, [(source, cue, content)...], expected attributes of the last attribution's source).
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source, last_source, run

LEADERS = [
    # The institution a generic title heads types the speaker, the widest one last.
    ("Steven Marsh, a chair of the history faculty at Lakeview University, said voters were tired.",
     [("Steven Marsh, a chair of the history faculty at Lakeview University,", "said",
       "voters were tired")], {"type": "EXP", "named": True}),
    ("Nora Pell, the director of the Department of Health, said the clinics would stay open.",
     [("Nora Pell, the director of the Department of Health,", "said", "the clinics would stay open")],
     {"type": "GOV"}),
    # A title with a type of its own keeps it ("a spokesman for the campaign" is the campaign's).
    ("A spokesman for the campaign said the rally would go ahead.",
     [("A spokesman for the campaign", "said", "the rally would go ahead")], {"type": "POL"}),
    # A specific title is not overridden by the body it sits in.
    ("Ray Dunmore, a professor at the Velm Institute of Public Health, said the study was small.",
     [("Ray Dunmore, a professor at the Velm Institute of Public Health,", "said", "the study was small")],
     {"type": "EXP"}),
]


@pytest.mark.parametrize("text,specs,expected", LEADERS)
def test_leadership_title_takes_the_type_of_its_body(text, specs, expected):
    check_last_source(text, specs, {}, expected)


PEOPLES = [
    ("Most voters want lower taxes, and the American people say so every year.",
     [("the American people", "say", "so")], {"type": "CIT", "named": False, "affiliation": "US"}),
    ("The Iranian public is tired of the crisis, the poll found, and the Iranian public says prices are "
     "too high.",
     [("the Iranian public", "says", "prices are too high")], {"type": "CIT", "named": False}),
    # The country alone is still its government.
    ("Israel said the talks would resume.", [("Israel", "said", "the talks would resume")],
     {"type": "GOV", "named": True, "affiliation": "Israel"}),
]


@pytest.mark.parametrize("text,specs,expected", PEOPLES)
def test_a_countrys_people_are_citizens(text, specs, expected):
    check_last_source(text, specs, {}, expected)


PARTITIVES = [
    # "of them": a plural pronoun, so the group spoken of before.
    ("Several police officers met on Monday and said the budget was late. Most of them said the "
     "vote would wait.",
     [("Several police officers", "said", "the budget was late"),
      ("Most of them", "said", "the vote would wait")], {"type": "SEC", "named": False}),
    # "of whom": the noun right before it.
    ("The county has hired forty new police officers, most of whom said they were glad to be back.",
     [("most of whom", "said", "they were glad to be back")], {"type": "SEC", "named": False}),
]


@pytest.mark.parametrize("text,specs,expected", PARTITIVES)
def test_part_of_a_group_is_that_group(text, specs, expected):
    check_last_source(text, specs, {}, expected)


def test_part_of_a_group_is_one_source_with_it():
    text = ("Several police officers met on Monday and said the budget was late. Most of them said "
            "the vote would wait.")
    _, out, sources = run(text, [("Several police officers", "said", "the budget was late"),
                                 ("Most of them", "said", "the vote would wait")])
    assert out[0].source_id == out[1].source_id
    assert len(sources) == 1


ADS = [
    # An ad is its sponsor's voice: the PAC, a political committee (POL).
    ("A new ad from the Grand Future PAC says the senator voted against farmers.",
     [("A new ad from the Grand Future PAC", "says", "the senator voted against farmers")],
     {"type": "POL", "named": True}),
    # A later "the ad" is the same sponsor.
    ("A new ad from the Grand Future PAC says the senator voted against farmers. The ad also claims he "
     "missed votes.",
     [("A new ad from the Grand Future PAC", "says", "the senator voted against farmers"),
      ("The ad", "claims", "he missed votes")], {"type": "POL", "name": "Grand Future PAC"}),
    # A commercial of a company is the company's (BUS).
    ("A commercial from Velm Motors Inc. says the truck is the safest on the road.",
     [("A commercial from Velm Motors Inc.", "says", "the truck is the safest on the road")],
     {"type": "BUS", "named": True}),
]


@pytest.mark.parametrize("text,specs,expected", ADS)
def test_an_ad_speaks_for_its_sponsor(text, specs, expected):
    check_last_source(text, specs, {}, expected)


FIELDS = [
    ("Two military analysts, Paul Grint and Owen Hale, said the drills were routine.",
     [("Two military analysts, Paul Grint and Owen Hale,", "said", "the drills were routine")],
     {"type": "EXP", "official": False}),
    ("A security expert at a private firm said the breach was small.",
     [("A security expert at a private firm", "said", "the breach was small")], {"type": "EXP"}),
    # The armed forces themselves stay SEC.
    ("A military spokesman said the drills were routine.",
     [("A military spokesman", "said", "the drills were routine")], {"type": "SEC", "official": True}),
    ("The Velmish parliament said the treaty would be ratified.",
     [("The Velmish parliament", "said", "the treaty would be ratified")], {"type": "POL"}),
]


@pytest.mark.parametrize("text,specs,expected", FIELDS)
def test_field_experts_and_parliaments(text, specs, expected):
    check_last_source(text, specs, {}, expected)


SPOKEN = [
    # "The speech" belongs to whoever just gave it, a source or not.
    ("Senator Ann Vale of Ohio spoke in Dayton on Monday. The speech argued that wages must rise.",
     [("The speech", "argued", "wages must rise")], {"name": "Ann Vale", "named": True}),
    ("Rep. Tom Reed said the bill was dead. The announcement came after a long night.",
     [("Rep. Tom Reed", "said", "the bill was dead"), ("The announcement", "came", "after a long night")],
     {"name": "Tom Reed"}),
    # With no one before it, it stays an unnamed description.
    ("The speech argued that wages must rise.", [("The speech", "argued", "wages must rise")],
     {"named": False}),
]


@pytest.mark.parametrize("text,specs,expected", SPOKEN)
def test_a_speech_act_belongs_to_its_speaker(text, specs, expected):
    check_last_source(text, specs, {}, expected)


BRANDS = [
    # A capitalised brand is an organisation, a news brand is media.
    ("AZNewsCentral reported that the road would close.", [("AZNewsCentral", "reported", "the road would close")],
     {"type": "MED", "named": True}),
    ("VelmAir said the flight was delayed.", [("VelmAir", "said", "the flight was delayed")],
     {"named": True}),
    # A surname with an inner capital is still a person.
    ("Ana DeVore said the flight was delayed. DeVore said it happens.",
     [("Ana DeVore", "said", "the flight was delayed"), ("DeVore", "said", "it happens")],
     {"name": "Ana DeVore"}),
]


@pytest.mark.parametrize("text,specs,expected", BRANDS)
def test_brands_are_organisations(text, specs, expected):
    check_last_source(text, specs, {}, expected)


GROUPS = [
    # Leaders and members of a body are unnamed people of that body's type.
    ("The GOP leaders said the vote would wait.", [("The GOP leaders", "said", "the vote would wait")],
     {"type": "POL", "named": False}),
    ("Union members said the strike would go on.", [("Union members", "said", "the strike would go on")],
     {"type": "NGO", "named": False}),
    # A party's members in a chamber are a group, not a named body.
    ("House Republicans said the bill was dead.", [("House Republicans", "said", "the bill was dead")],
     {"type": "POL", "named": False}),
    ("Senate Democrats said the bill was dead.", [("Senate Democrats", "said", "the bill was dead")],
     {"type": "POL", "named": False}),
    # ... while the party itself is named.
    ("The Republican Party said the bill was dead.", [("The Republican Party", "said", "the bill was dead")],
     {"type": "POL", "named": True}),
]


@pytest.mark.parametrize("text,specs,expected", GROUPS)
def test_leaders_members_and_party_groups(text, specs, expected):
    check_last_source(text, specs, {}, expected)


EPITHET = [
    # A definite epithet refers back to the person just spoken of.
    ("Donald Velk spoke in Reno on Monday. The billionaire real estate magnate said the polls were wrong.",
     [("The billionaire real estate magnate", "said", "the polls were wrong")],
     {"name": "Donald Velk", "named": True}),
    # ... the latest one, whether a source or a name in the body.
    ("Senator Ann Vale said she would win. Ana Lopez runs a bakery in town. The businesswoman said sales "
     "were down.",
     [("Senator Ann Vale", "said", "she would win"), ("The businesswoman", "said", "sales were down")],
     {"name": "Ana Lopez", "type": "BUS"}),
    # An indefinite one is somebody new.
    ("Donald Velk spoke in Reno on Monday. A billionaire real estate magnate said the polls were wrong.",
     [("A billionaire real estate magnate", "said", "the polls were wrong")], {"named": False}),
]


@pytest.mark.parametrize("text,specs,expected", EPITHET)
def test_epithets_refer_back(text, specs, expected):
    check_last_source(text, specs, {}, expected)


COUNTS = [
    # Shares and counts of people are the public.
    ("Sixty-six percent said the economy was weak.", [("Sixty-six percent", "said", "the economy was weak")],
     {"type": "CIT", "named": False}),
    ("About 34,000 people said they would attend.", [("About 34,000 people", "said", "they would attend")],
     {"type": "CIT", "named": False}),
    ("A middle-aged cashier said prices were up.", [("A middle-aged cashier", "said", "prices were up")],
     {"type": "CIT", "named": False}),
    ("The respondents said prices were up.", [("The respondents", "said", "prices were up")],
     {"type": "CIT", "named": False}),
]


@pytest.mark.parametrize("text,specs,expected", COUNTS)
def test_counts_and_ordinary_people(text, specs, expected):
    check_last_source(text, specs, {}, expected)


TITLES_AROUND = [
    # A description set off by commas before the name is the person's title ...
    ("In Velmont, the owner of the Velm Golf Club, Mark Vell, faced stern opposition from the club's "
     "homeowners. Mr. Vell said the course was losing money.",
     [("Mr. Vell", "said", "the course was losing money")], {"type": "BUS", "name": "Mark Vell"}),
    # ... and a verb phrase after the name is not: "opposition" does not make him a politician.
    ("Mark Vell, faced stern opposition from the homeowners, and the club lost money. Mr. Vell said the "
     "course would close.",
     [("Mr. Vell", "said", "the course would close")], {"type": "CIT", "name": "Mark Vell"}),
    # A real appositive after the name still counts.
    ("Mark Vell, a lobbyist for the golf industry, spoke on Monday. Mr. Vell said the course would close.",
     [("Mr. Vell", "said", "the course would close")], {"type": "BUS", "name": "Mark Vell"}),
    # ... also at the end of a sentence, after "and".
    ("The slate left out Gov. Ann Marsh, her husband, and the party's chosen nominee for mayor, Wes Tolland. "
     "Tolland said he would stay neutral.",
     [("Tolland", "said", "he would stay neutral")], {"type": "POL", "name": "Wes Tolland"}),
    # An appositive may hold a quoted word.
    ('Peter Sant, a self-described "citizen" reporter and podcast host, was charged. Sant said the '
     "case was political.",
     [("Sant", "said", "the case was political")], {"type": "MED", "name": "Peter Sant"}),
    # "the club's president and general manager": a business title, not a general.
    ("Jay Dorn, the club's president and general manager, said the course would close.",
     [("Jay Dorn, the club's president and general manager,", "said", "the course would close")],
     {"type": "BUS"}),
]


@pytest.mark.parametrize("text,specs,expected", TITLES_AROUND)
def test_titles_around_a_name(text, specs, expected):
    check_last_source(text, specs, {}, expected)


PRIOR = [
    # An untyped group in a story whose typed sources are mostly politicians is political.
    ("Senator Ann Vale said the bill was dead. Rep. Tom Reed said it would pass. A source said talks went "
     "on all night.",
     [("Senator Ann Vale", "said", "the bill was dead"), ("Rep. Tom Reed", "said", "it would pass"),
      ("A source", "said", "talks went on all night")], {"type": "POL", "named": False}),
    # No majority: it stays OTH.
    ("Senator Ann Vale said the bill was dead. A farmer, Tom Reed, said prices fell. Nora Pell, a professor "
     "of economics, said wages rose. A source said talks went on all night.",
     [("Senator Ann Vale", "said", "the bill was dead"), ("A farmer, Tom Reed,", "said", "prices fell"),
      ("Nora Pell, a professor of economics,", "said", "wages rose"),
      ("A source", "said", "talks went on all night")], {"type": "OTH"}),
    # One typed source is not a majority to go by.
    ("Senator Ann Vale said the bill was dead. A source said talks went on all night.",
     [("Senator Ann Vale", "said", "the bill was dead"), ("A source", "said", "talks went on all night")],
     {"type": "OTH"}),
    # A typed group keeps its own type whatever the majority.
    ("Senator Ann Vale said the bill was dead. Rep. Tom Reed said it would pass. Local farmers said prices "
     "fell.",
     [("Senator Ann Vale", "said", "the bill was dead"), ("Rep. Tom Reed", "said", "it would pass"),
      ("Local farmers", "said", "prices fell")], {"type": "CIT"}),
]


@pytest.mark.parametrize("text,specs,expected", PRIOR)
def test_untyped_groups_take_the_articles_majority_type(text, specs, expected):
    check_last_source(text, specs, {}, expected)


STAFF = [
    # Staff of no named body, in a campaign story: campaign staff.
    ("Senator Ann Vale said the bill was dead. Rep. Tom Reed said it would pass. Senior aides said the "
     "talks would go on.",
     [("Senator Ann Vale", "said", "the bill was dead"), ("Rep. Tom Reed", "said", "it would pass"),
      ("Senior aides", "said", "the talks would go on")], {"type": "POL", "official": False}),
    # Staff of a named body keep its type.
    ("Senator Ann Vale said the bill was dead. Rep. Tom Reed said it would pass. Pentagon officials said "
     "the talks would go on.",
     [("Senator Ann Vale", "said", "the bill was dead"), ("Rep. Tom Reed", "said", "it would pass"),
      ("Pentagon officials", "said", "the talks would go on")], {"type": "GOV", "official": True}),
]


@pytest.mark.parametrize("text,specs,expected", STAFF)
def test_staff_of_no_named_body_take_the_articles_majority_type(text, specs, expected):
    check_last_source(text, specs, {}, expected)


NAMES = [
    # A surname that is also an office word is a name after a first name or a courtesy title.
    ("Anna Richardson White, a teacher, said the school would open. Ms. White said the roof was fixed.",
     [("Ms. White", "said", "the roof was fixed")], {"name": "Anna Richardson White", "type": "CIT"}),
    ("Tom Black, a farmer, said the rain came late. Mr. Black said the corn was short.",
     [("Mr. Black", "said", "the corn was short")], {"name": "Tom Black", "type": "CIT"}),
    # ... while the office itself is still an organisation.
    ("The White House said the talks would resume.", [("The White House", "said", "the talks would resume")],
     {"type": "GOV", "named": True}),
    # Words for who people are never name a person.
    ("The mosque was closed for a week. Muslims said it would reopen.",
     [("Muslims", "said", "it would reopen")], {"type": "CIT", "named": False}),
    ("Ana Ruiz, a nurse, said the clinic was full. Then a Hispanic said the wait was long.",
     [("Ana Ruiz, a nurse,", "said", "the clinic was full"), ("Hispanic", "said", "the wait was long")],
     {"type": "CIT", "named": False}),
]


@pytest.mark.parametrize("text,specs,expected", NAMES)
def test_names_and_identity_words(text, specs, expected):
    check_last_source(text, specs, {}, expected)


DOCUMENTS = [
    # "a study by X": a document with its issuer, not the issuer itself.
    ("A new study by Velm University found that rents rose.",
     [("A new study by Velm University", "found", "rents rose")], {"type": "DOC", "named": True}),
    ("A 2014 examination by the Velm Civic Association found that the police waited too long.",
     [("A 2014 examination by the Velm Civic Association", "found", "the police waited too long")],
     {"type": "DOC", "named": True}),
    ("First results of an exit survey of voters showed that turnout was low.",
     [("First results of an exit survey of voters", "showed", "turnout was low")], {"type": "DOC"}),
    # A person employed by a body is still a person of that body.
    ("A spokesman employed by the city said the road would close.",
     [("A spokesman employed by the city", "said", "the road would close")], {"type": "GOV", "named": False}),
]


@pytest.mark.parametrize("text,specs,expected", DOCUMENTS)
def test_documents_by_an_issuer(text, specs, expected):
    check_last_source(text, specs, {}, expected)


STATEMENTS = [
    # "The statement" after a named speaker is that speaker's.
    ("Rep. Tom Reed of Ohio met the union on Monday. The statement said the plant would stay open.",
     [("The statement", "said", "the plant would stay open")], {"name": "Tom Reed", "type": "POL"}),
    # A report is a document of its own, not its subject's words.
    ("Rep. Tom Reed of Ohio met the union on Monday. The report said the plant would stay open.",
     [("The report", "said", "the plant would stay open")], {"type": "DOC"}),
]


@pytest.mark.parametrize("text,specs,expected", STATEMENTS)
def test_a_statement_is_its_issuer(text, specs, expected):
    check_last_source(text, specs, {}, expected)


SPOTS = [
    # A definite ad after its sponsor is named is the sponsor's.
    ("The Grand Future PAC bought airtime in Iowa on Monday. This latest spot says the senator voted "
     "against farmers.",
     [("This latest spot", "says", "the senator voted against farmers")],
     {"name": "Grand Future PAC", "type": "POL"}),
]


@pytest.mark.parametrize("text,specs,expected", SPOTS)
def test_a_definite_ad_is_its_sponsors(text, specs, expected):
    check_last_source(text, specs, {}, expected)


COLLECTIVES = [
    # Part of a party's people is not the party.
    ("The GOP met in Ohio on Monday. The Republican establishment fears that turnout will fall.",
     [("The Republican establishment", "fears", "turnout will fall")], {"type": "POL", "named": False}),
    ("The GOP met in Ohio on Monday. The party said turnout would rise.",
     [("The party", "said", "turnout would rise")], {"type": "POL", "named": True}),
]


@pytest.mark.parametrize("text,specs,expected", COLLECTIVES)
def test_part_of_a_bodys_people_is_not_the_body(text, specs, expected):
    check_last_source(text, specs, {}, expected)


FORMER = [
    # A listed holder of executive office whose last row has ended is a political figure, no longer official
    # (stop 21; stop 7 kept GOV).
    ("Jimmy Carter said the treaty was sound.", [("Jimmy Carter", "said", "the treaty was sound")],
     {"published": "2016-03-23"}, {"type": "POL", "official": False}),
    # ... and in office, official.
    ("Jimmy Carter said the treaty was sound.", [("Jimmy Carter", "said", "the treaty was sound")],
     {"published": "1978-03-23"}, {"type": "GOV", "official": True}),
    # A relative of a public figure is not typed by the figure.
    ("Ana Corr, Jimmy Carter's niece, spoke on Monday. Corr said the treaty was sound.",
     [("Corr", "said", "the treaty was sound")], {"published": "2016-03-23"}, {"type": "CIT"}),
    # A count of people, with a clause after it, is the public.
    ("Six million people who live along the coast said premiums rose.",
     [("Six million people who live along the coast", "said", "premiums rose")], {}, {"type": "CIT"}),
]


@pytest.mark.parametrize("text,specs,meta,expected", FORMER)
def test_former_holders_relatives_and_counts(text, specs, meta, expected):
    check_last_source(text, specs, meta, expected)


RUNNING_FOR_OFFICE = [
    # A description that says someone is running makes them a candidate (POL) over their office.
    ("A trio of governors seeking the Republican nomination said the debate was unfair.",
     [("A trio of governors seeking the Republican nomination", "said", "the debate was unfair")],
     {"type": "POL"}),
    ("Gov. Ann Marsh, who is running for president, said the debate was unfair.",
     [("Gov. Ann Marsh, who is running for president,", "said", "the debate was unfair")], {"type": "POL"}),
    # An office holder who is not said to run keeps the office's type.
    ("Gov. Ann Marsh, who took office in May, said the debate was unfair.",
     [("Gov. Ann Marsh, who took office in May,", "said", "the debate was unfair")], {"type": "GOV"}),
]


@pytest.mark.parametrize("text,specs,expected", RUNNING_FOR_OFFICE)
def test_running_for_office_makes_a_candidate(text, specs, expected):
    check_last_source(text, specs, {}, expected)


MORE_DOCUMENTS = [
    ("A daylong simulation showed that the plan would fail.",
     [("A daylong simulation", "showed", "the plan would fail")], {"type": "DOC"}),
    ("A preliminary field test showed that the powder was harmless.",
     [("A preliminary field test", "showed", "the powder was harmless")], {"type": "DOC"}),
    ("This fact check found that the claim was false.",
     [("This fact check", "found", "the claim was false")], {"type": "MED"}),
]


@pytest.mark.parametrize("text,specs,expected", MORE_DOCUMENTS)
def test_more_documents(text, specs, expected):
    check_last_source(text, specs, {}, expected)


MORE_ROLES = [
    ("The DOJ said the case would go ahead.", [("The DOJ", "said", "the case would go ahead")],
     {"type": "GOV", "named": True}),
    ("A retired law enforcement official in Velm said the case would go ahead.",
     [("A retired law enforcement official in Velm", "said", "the case would go ahead")], {"type": "SEC"}),
    ("Justice Department trial counsel Ana Veil said the case would go ahead.",
     [("Justice Department trial counsel Ana Veil", "said", "the case would go ahead")], {"type": "JUD"}),
    ("Many of Europe's conservative politicians said the vote was a warning.",
     [("Many of Europe's conservative politicians", "said", "the vote was a warning")], {"type": "POL"}),
    ("Local leaders said the tax would hurt farmers.",
     [("Local leaders", "said", "the tax would hurt farmers")], {"type": "GOV", "named": False}),
    ("The Velmish constitution says the president serves one term.",
     [("The Velmish constitution", "says", "the president serves one term")], {"type": "DOC"}),
]


@pytest.mark.parametrize("text,specs,expected", MORE_ROLES)
def test_more_roles(text, specs, expected):
    check_last_source(text, specs, {}, expected)


def test_a_described_name_in_the_article_beats_a_listed_namesake():
    # "Walker" is the Walker the article introduces with a title, not a listed governor Walker.
    text = ("Just ask former football coach Herschel Walker. Walker said he had lost bookings over his "
            "views.")
    _, out, sources = run(text, [("Walker", "said", "he had lost bookings over his views")],
                          published="2016-06-27")
    assert last_source(out, sources).name == "Herschel Walker"


def test_a_listed_namesake_still_serves_when_the_article_names_no_other():
    text = "Walker said the budget was balanced."
    _, out, sources = run(text, [("Walker", "said", "the budget was balanced")], published="2016-06-27")
    assert last_source(out, sources).name == "Scott Walker"


LAST_ROUND = [
    # A formal first name finds the listed short form ("Joseph R. Biden Jr." is Joe Biden).
    ("On Monday Joseph R. Biden toured a plant in Scranton. Mr. Biden said the race was close.",
     [("Mr. Biden", "said", "the race was close")], {"published": "2016-08-17"},
     {"type": "GOV", "name": "Joseph R. Biden"}),
    ("More than 13 million people said they would not vote.",
     [("More than 13 million people", "said", "they would not vote")], {}, {"type": "CIT"}),
    ("Frank Dorr, a senior vice president at the chain, said sales rose.",
     [("Frank Dorr, a senior vice president at the chain,", "said", "sales rose")], {},
     {"type": "BUS"}),
    ("A jury found that the company had lied.", [("A jury", "found", "the company had lied")], {},
     {"type": "JUD", "official": True}),
    ("The Velm Gazette ran an editorial on Sunday. The editorial said the mayor should resign.",
     [("The editorial", "said", "the mayor should resign")], {}, {"type": "MED"}),
]


@pytest.mark.parametrize("text,specs,meta,expected", LAST_ROUND)
def test_nicknames_counts_juries_and_editorials(text, specs, meta, expected):
    check_last_source(text, specs, meta, expected)


AGE_AND_ARTS = [
    # "The 57-year-old scientist" is the person just spoken of.
    ("Lori Bernard filed to run for the seat on Monday. The 57-year-old scientist said the lab would close.",
     [("The 57-year-old scientist", "said", "the lab would close")], {"name": "Lori Bernard", "named": True}),
    ("Film director Osman Laba said the festival was cancelled.",
     [("Film director Osman Laba", "said", "the festival was cancelled")], {"type": "OTH"}),
]


@pytest.mark.parametrize("text,specs,expected", AGE_AND_ARTS)
def test_ages_and_arts(text, specs, expected):
    check_last_source(text, specs, {}, expected)
