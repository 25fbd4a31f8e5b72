"""Rules added by the sixteenth pass over the sources stage.

- Documents: a definite document mention ("The report") with no issuer of its own takes the issuer of
  the last earlier mention of the same kind of document within a pronoun's reach, when that mention
  names it ("her audit of the fund", "Ada Vell's study", "a review by the Velm Institute", "a review by
  consulting firm Velm and Tull").
- Documents: an indefinite document released in its own sentence by someone named before the verb
  ("Senator Ada Vell on Monday released a 90-page study") has that issuer.
- Lists of bodies: the last of three or more listed bodies may be one the lists do not know ("Canada,
  Japan and the ring of Velmish lake states"): the members are still named.
- A spokesman of a named body ("A spokesman for Velmland's Interior Ministry insists ...") is the
  spokesman of that body whom the next sentence names ("Interior Ministry spokesman Ado Tarek says ..."),
  not a spokesman of another body.
- Names: "QC" or "KC" after a barrister's name is no surname ("Ardo Kellan QC" ... "Mr Kellan"); a
  minister's portfolio is no given name ("Minister for Reconstruction Ardo Kellan"), and a title may join its
  capitalised words by "for" as by "of".
- Media: television, news and propaganda channels and "state media" are media (MED).
- Names: a place word ("Airport", "Street") ends a place, not a name: "Manager of Velm Regional Airport
  Ada Kell" is Ada Kell.
- A spokesman of a named body, quoted on in the next sentence under a new name the article gives no
  title ("A spokesman for the Velm Front said ... 'Quote,' Ado Tarek told a news agency"), is that person.
- Lawyers: a body's legal team or defence team is its lawyers (JUD), and so is "the Velm Corporation's
  lawyer", whose client's name holds a title of its own.
- A definite body title that does not speak for a whole country ("The tides bureau") is not the country
  or state spoken of before ("crews in Tasmania"); "the government" still is.
- Armed groups: a body said to fight someone's rule or forces ("a front of nine militias fighting Velmish
  troops") is an armed group (OTH, as the annotators type Hamas). Peoples and regions with no country of
  their own ("Kashmiri", "Kurdish", "Tamil") are who people are, never a person's name.
- A title inside a quotation ("'... the magistrate has seen it too,' Mr Vell said") is not the untitled
  person who acted last: the speaker does not quote himself as the magistrate.
- A capitalised "Office of ..." is a public office's proper name (GOV, named), though its words are
  titles ("the Office of the Archivist of the Velm Assembly").
- A surname that opens on a lower-case particle ("diVello", "deMarra") is a name.
- Someone's unnamed title-holder ("Rep. Ada Vell's attorney confirmed ...") is the person a later
  sentence names in apposition to the same title ("a statement from Vell's attorney, Bo Tamm").
- A generic body capitalised at a sentence's start ("Police say ...") is still no proper name, and
  "police" is plural: "They say ..." after it is the police, unnamed.
- A relative written with a possessive pronoun ("his sister said ...") is the new person of the family
  name whom the rest of the sentence or the next one names ("Mara Vell told ...").
- A lone place word ("Avenue", "Street", "District", "Northeast") is never a person's name, except after a
  courtesy title.
- "Islamic" says who people are, like "Muslim": "a senior Islamic leader in Velmton" is of a religious community
  (NGO), and the lede person named in the next sentence ("Abdul Hak Tamm leads the Velmton mosque").
- Sport stories: a person the article types only by a generic title of a body the lists do not know
  ("Netball Velmland chairman Ian Knopp") is one of the sport's people (OTH), as the undescribed were.
- Ledes: a lede's one person of a kind ("One of the longest-serving Republicans in the Velm Assembly
  said ...", "The press secretary to a Republican senator resigned ...") is the new name opening the next
  sentence, when the article gives that name no other type.
- Titles in quotation marks ("In her 2011 guide, ''Make Your Savings Last,'' Ms. Vell ...") hold no names; a
  quotation that opens on a name ("\"Tamm is wrong,\" she said") still does.
- Someone's family ("Harrison's family") is a group of its own, with that person as its principal, not the
  person: its members are not named.
- Words that are no names on their own: "May" as a month ("in May", "May 18"; Theresa May stays a name),
  identity words ("Hispanic") and contractions ("I've").
- A body representing businesses ("the council representing Velmish bakeries and other firms") is an
  industry body (BUS); a union representing workers stays a union.
- A verb between a title and a name ends the title: in "a Velm weekly urged mayoral hopeful Ada Vell",
  the weekly is not her title.
- A mention wholly in brackets ("(Ada Vell)") keeps its words; only a tag after a name is dropped.
- A bare "some" or "many" says nothing of who speaks: untyped (OTH) unless the article's sources share a
  type; "many people" and "everyone" stay the public (CIT).
- Coroners hold inquests, a court's work (JUD); a coroner's office is an office (GOV).
- A bare definite plural ("The sources say ...") is the unnamed group of that head spoken of last
  ("Velmish navy sources"), one source by the PEJ rule.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.model import Span
from analyzer.sources.lexicon import load_lexicon
from analyzer.sources.scan import quoted_title

from test_sources_helpers import check_last_source, run, said_by

FUND = ("Velmbank's pension fund lost half its value last year. Ardo Kell, an auditor hired by the trustees, "
        "spoke to the members on Monday, after {earlier} had been sent to them. The report says the losses were "
        "hidden.")


@pytest.mark.parametrize("earlier,named", [
    ("his audit of the fund", True),
    ("Mr Kell's audit", True),
    ("an audit by the Velm Audit Institute", True),
    ("an audit by consulting firm Velm and Tull", True),
    # an earlier audit of no one in particular leaves "The report" unnamed
    ("an audit of the fund", False),
])
def test_the_report_takes_the_issuer_of_the_report_just_spoken_of(earlier, named):
    text = FUND.format(earlier=earlier).replace("The report", "The audit")
    check_last_source(text, [("The audit", "says", "the losses were hidden")], {"published": "2001-12-31"},
                      {"type": "DOC", "named": named})


@pytest.mark.parametrize("mention,named", [
    ("Canada, Japan and the ring of Velmish lake states", True),
    ("Canada, France and Germany", True),
    # places in a description are no list of bodies
    ("Most farmers in Canada, France and Germany", False),
    ("Velmland and other lake states", False),
])
def test_a_list_of_bodies_may_end_on_one_the_lists_do_not_know(mention, named):
    assert said_by(mention).named is named


@pytest.mark.parametrize("second,named", [
    ("Interior Ministry spokesman Ado Tarek says", True),
    ("Party spokesman Ado Tarek says", False),
])
def test_a_spokesman_of_a_body_named_in_the_next_sentence(second, named):
    text = (f"A spokesman for Velmland's Interior Ministry insists the smugglers have left the coast. {second} "
            "the boats were seen heading north.")
    check_last_source(text, [("A spokesman for Velmland's Interior Ministry", "insists",
                              "the smugglers have left the coast")], {"published": "2001-12-31"}, {"named": named})


def test_a_barrister_is_found_by_surname_without_the_qc():
    text = ("Ardo Kellan QC, counsel for the inquiry, read out the accounts on Monday. Witnesses said the fund had "
            "been empty for months. Mr Kellan says the trustees ignored every warning.")
    check_last_source(text, [("Mr Kellan", "says", "the trustees ignored every warning")],
                      {"published": "2001-12-31"}, {"name": "Ardo Kellan QC", "type": "JUD", "named": True})


def test_a_minister_for_a_portfolio_named_in_the_next_sentence():
    text = ("Velmland will reopen the northern fishing grounds in March, a government minister announced on "
            "Sunday. \"The stocks have recovered,\" Minister for Reconstruction Ardo Kellan told reporters.")
    check_last_source(text, [("a government minister", "announced", "Velmland will reopen")],
                      {"published": "2001-12-31"}, {"name": "Ardo Kellan", "type": "GOV", "named": True})


@pytest.mark.parametrize("mention,expected", [
    ("Coroner Ardo Kellan", "JUD"),
    ("the coroner", "JUD"),
    ("the Velm County Coroner's Office", "GOV"),
])
def test_coroners(mention, expected):
    assert said_by(mention).type == expected


@pytest.mark.parametrize("first,second", [
    ("Velmish navy sources", "The sources"),
    ("UN officials", "The officials"),
])
def test_the_bare_plural_is_the_group_just_spoken_of(first, second):
    text = (f"Velmland wants to send two ships, but {first} would not discuss the size of the fleet. "
            f"{second} say the mission lacks minesweepers.")
    _, out, sources = run(text, [(first, "would not discuss", "the size of the fleet"),
                                 (second, "say", "the mission lacks minesweepers")], published="2001-12-31")
    assert out[0].source_id == out[1].source_id
    assert len(sources) == 1


@pytest.mark.parametrize("mention", ["Velmish propaganda channels", "a Velmish news channel", "Velmish state media"])
def test_channels_and_state_media(mention):
    assert said_by(mention).type == "MED"


def test_a_place_before_a_name_is_not_part_of_it():
    assert said_by("Manager of Velm Regional Airport Ada Kell").name == "Ada Kell"


def test_a_spokesman_quoted_on_under_a_new_name():
    text = ("A spokesman for the Velm Front said the rebels still held the river crossing. \"We will not give it "
            "up,\" Ado Tarek told a news agency by telephone.")
    _, out, sources = run(text, [("A spokesman for the Velm Front", "said", "the rebels still held"),
                                 ("Ado Tarek", "told", "We will not give it up")], published="2001-12-31")
    assert out[0].source_id == out[1].source_id
    assert [s.named for s in sources] == [True]


def test_a_spokesman_is_not_a_titled_name_of_the_next_sentence():
    text = ("A spokesman for the Velm Front said the rebels still held the river crossing. \"We will not give it "
            "up,\" the farmer Ado Tarek told a news agency by telephone.")
    _, out, sources = run(text, [("A spokesman for the Velm Front", "said", "the rebels still held"),
                                 ("Ado Tarek", "told", "We will not give it up")], published="2001-12-31")
    assert out[0].source_id != out[1].source_id


@pytest.mark.parametrize("mention", ["the Velm Corporation's legal team", "the Velm Corporation's lawyer",
                                     "Ada Vell's defence team"])
def test_lawyers_of_a_client(mention):
    assert said_by(mention).type == "JUD"


@pytest.mark.parametrize("body,named", [("The tides bureau", False), ("The government", True)])
def test_a_body_title_after_a_state(body, named):
    text = ("Flood crews in Tasmania worked through the night to shore up the levees. The rivers are still rising. "
            f"{body} expects a king tide on Thursday evening.")
    check_last_source(text, [(body, "expects", "a king tide on Thursday")], {"published": "2001-12-31"},
                      {"named": named})


def test_an_alliance_fighting_someones_rule_is_an_armed_group():
    assert said_by("the Velm Liberation Council (VLC), a front of nine militias fighting Velmish troops").type == "OTH"


@pytest.mark.parametrize("mention", ["the Kashmiri groups", "the Kurdish groups", "Tamil groups"])
def test_a_people_is_no_persons_name(mention):
    src = said_by(mention)
    assert (src.named, src.identification) == (False, "described")


def test_a_title_inside_a_quote_is_not_the_untitled_speaker():
    text = ("The ferry operator was fined on Tuesday, and Ado Vell, who lost his brother in the sinking, said he "
            "was relieved. \"We knew the boat was unsafe, and the magistrate has seen it too,\" Mr Vell said.")
    _, out, sources = run(text, [("Mr Vell", "said", "We knew the boat was unsafe"),
                                 ("the magistrate", "has seen", "it too")], published="2001-12-31")
    assert out[0].source_id != out[1].source_id
    magistrate = next(s for s in sources if s.id == out[1].source_id)
    assert (magistrate.type, magistrate.named) == ("JUD", False)


@pytest.mark.parametrize("mention", ["the Office of the Archivist of the Velm Assembly",
                                     "the Office of the Velm Ombudsman"])
def test_a_named_office(mention):
    src = said_by(mention)
    assert (src.type, src.named, src.name) == ("GOV", True, mention[4:])


def test_an_office_in_lower_case_is_no_name():
    assert said_by("the office of the archivist").named is False


@pytest.mark.parametrize("mention,name", [("diVello, who has advised the president", "diVello"),
                                          ("Joseph deMarra", "Joseph deMarra")])
def test_surnames_with_a_lower_case_particle(mention, name):
    src = said_by(mention)
    assert (src.named, src.name) == (True, name)


def test_a_possessed_title_named_later_in_apposition():
    text = ("Rep. Ada Vell's attorney confirmed on Monday that she will testify. The hearing opens in June. "
            "\"She has nothing to hide,\" said a statement from Vell's attorney, Bo Tamm.")
    _, out, sources = run(text, [("Rep. Ada Vell's attorney", "confirmed", "she will testify"),
                                 ("a statement from Vell's attorney", "said", "She has nothing to hide")],
                          published="2014-04-25")
    assert out[0].source_id == out[1].source_id
    assert [(s.name, s.type, s.named) for s in sources] == [("Bo Tamm", "JUD", True)]


def test_police_are_plural_and_unnamed():
    text = ("Police say Ardo Kellan was stopped at the border with forged papers. They say Kellan had planned to "
            "sell the stolen paintings abroad.")
    _, out, sources = run(text, [("Police", "say", "Ardo Kellan was stopped"), ("They", "say", "Kellan had planned")],
                          published="2001-12-31")
    assert out[0].source_id == out[1].source_id
    assert [(s.type, s.named) for s in sources] == [("SEC", False)]


@pytest.mark.parametrize("second,name", [
    ("Mara Vell told a local paper that her brother had sailed in worse weather.", "Mara Vell"),
    # another family's name is someone else
    ("Mara Tamm told a local paper that the skipper had sailed in worse weather.", "his sister"),
])
def test_a_relative_named_in_the_next_sentence(second, name):
    text = ("The yachtsman Ado Vell is missing off the cape. He left port on Friday, and his sister said the "
            f"radio had failed before. {second}")
    check_last_source(text, [("his sister", "said", "the radio had failed")], {"published": "2001-12-31"},
                      {"name": name})


@pytest.mark.parametrize("subject,named", [("Senator Ada Vell on Monday", True), ("On Monday, someone", False)])
def test_a_document_released_by_someone_named_before_the_verb(subject, named):
    text = f"{subject} released a 90-page study of rural clinics that found long waits in every district."
    check_last_source(text, [("a 90-page study of rural clinics", "found", "long waits")],
                      {"published": "2013-04-02"}, {"type": "DOC", "named": named})


@pytest.mark.parametrize("mention", ["Velmton's 4th District", "the Northeast", "Velmton's 6th Avenue"])
def test_parts_of_a_country_are_no_names(mention):
    assert said_by(mention).named is False


def test_a_place_word_after_a_courtesy_title_is_a_surname():
    assert said_by("Ms. Street").named is True


def test_an_islamic_leader_named_in_the_next_sentence():
    text = ("The strikers were misled by outsiders, according to a senior Islamic leader in Velmton. Abdul Hak "
            "Tamm leads the Velmton mosque, where two of the men prayed.")
    check_last_source(text, [("a senior Islamic leader in Velmton", "according to", "The strikers were misled")],
                      {"published": "2001-12-31"}, {"name": "Abdul Hak Tamm", "type": "NGO", "named": True})


def test_a_sports_body_chairman_is_a_sports_person():
    text = ("Velm netball coach Ado Farn says she may stay for the season after talks with Netball Velmland "
            "chairman Ian Knopp. Farn wants a plan for the world championships. Mr Knopp says the netball board "
            "will decide in June. The team's players scored well in the tournament.")
    check_last_source(text, [("Mr Knopp", "says", "the netball board will decide")], {"published": "2001-12-31"},
                      {"name": "Ian Knopp", "type": "OTH"})


@pytest.mark.parametrize("second,named", [
    ("Assemblywoman Ada Vell, who has sat in the chamber since 1990, spoke at a town hall.", True),
    # a name of another type is someone else
    ("Professor Ada Vell, a historian at Velm University, called the remarks unusual.", False),
])
def test_a_lede_one_of_named_in_the_next_sentence(second, named):
    text = ("Velm Republican backs a toll road\nOne of the longest-serving Republicans in the Velm Assembly said she "
            f"now supports a toll on the coast road. {second}")
    check_last_source(text, [("One of the longest-serving Republicans in the Velm Assembly", "said",
                              "she now supports a toll")], {"published": "2014-01-30"},
                      {"type": "POL", "named": named})


@pytest.mark.parametrize("text,title", [
    ("In her 2011 guide, ''Make Your Savings Last,'' Ms. Vell urged readers to budget.", True),
    ('The film "Hail, Velmar!" opened on Friday.', True),
    # a quotation that opens on a name, and a name the lists know, are not titles
    ('"Tamm is wrong about the budget," she said.', False),
    ("''Greenpeace Was Right,'' the banner read.", False),
])
def test_quoted_titles(text, title):
    run_start = next(i for i, c in enumerate(text) if c.isupper() and i > 0 and text[i - 1] in "'\"")
    run_end = run_start
    while run_end < len(text) and (text[run_end].isalpha() or text[run_end] == " " and text[run_end + 1].isupper()):
        run_end += 1
    assert quoted_title(text, Span(run_start, run_end), Span(0, len(text)), load_lexicon(None)) is title


def test_a_quotation_opening_on_a_name_keeps_it():
    text = ("Ado Vell spoke at the rally on Friday. \"Tamm is wrong about the budget,\" Ms. Brell said. "
            "Bo Tamm did not answer. He said later the figures were right.")
    check_last_source(text, [("He", "said", "the figures were right")], {"published": "2016-09-24"},
                      {"name": "Bo Tamm"})


def test_someones_family_is_not_that_person():
    # a surname the people list knows, so that the mention alone reads as a name
    text = "Tom Harrison, a potter, died on Thursday. Harrison's family said the studio would stay open."
    _, out, sources = run(text, [("Harrison's family", "said", "the studio would stay open")],
                          published="2001-12-31")
    assert [(s.named, s.name) for s in sources] == [(False, "Harrison's family")]


@pytest.mark.parametrize("middle", ["In May, the campaign changed course.", "The vote was held on May 18."])
def test_may_as_a_month_is_no_womans_name(middle):
    text = f"Ada Vell spoke to voters in Velmton on Friday. {middle} She said the plan would work."
    check_last_source(text, [("She", "said", "the plan would work")], {"published": "2016-05-18"},
                      {"name": "Ada Vell"})


def test_an_identity_word_is_no_name():
    text = "The poll asked whether voters would back a Hispanic, man or woman, for governor. She said she thought so."
    _, out, sources = run(text, [("She", "said", "she thought so")], published="2016-09-29")
    assert all(s.name != "Hispanic" for s in sources)


@pytest.mark.parametrize("mention,expected", [
    ("the council representing Velmish bakeries and other firms", "BUS"),
    ("the council representing Velmish airlines", "BUS"),
    ("unions representing Velmair workers", "NGO"),
])
def test_bodies_representing_businesses(mention, expected):
    assert said_by(mention).type == expected


def test_a_verb_ends_the_title_before_a_name():
    text = ("A Velmton weekly urged mayoral hopeful Ada Vell to visit the flooded suburbs. The paper said the "
            "damage was worse than reported. Ms. Vell said she would go next week. The weekly said it was too late.")
    _, out, sources = run(text, [("Ms. Vell", "said", "she would go next week"),
                                 ("The weekly", "said", "it was too late")], published="2016-08-27")
    assert out[0].source_id != out[1].source_id
    vell = next(s for s in sources if s.id == out[0].source_id)
    assert vell.type == "POL"


def test_a_mention_in_brackets_keeps_its_name():
    src = said_by("(Ada Vell)")
    assert (src.name, src.named) == ("Ada Vell", True)


@pytest.mark.parametrize("mention,expected", [("many", "OTH"), ("some", "OTH"), ("many people", "CIT"),
                                              ("everyone", "CIT")])
def test_bare_quantifiers(mention, expected):
    assert said_by(mention).type == expected
