"""Rules added by the sixteenth pass over the sources stage.

- Documents: a definite document mention ("The report") with no issuer of its own takes the issuer of
  the last earlier mention of the same kind of document within a pronoun's reach, when that mention
  names it ("his report for the regulator", "Ada Vell's study", "a review by the Velm Institute").
- Documents: an indefinite document released in its own sentence by someone named before the verb
  ("Former Rep. Ada Vell on Tuesday released a 225-page report") has that issuer.
- Lists of bodies: the last of three or more listed bodies may be one the lists do not know ("Canada,
  the European Union and the group of eight lake states"): the members are still named.
- A spokesman of a named body ("A spokesman for Velmland's Defence Ministry claims ...") is the
  spokesman of that body whom the next sentence names ("Defence Ministry spokesman Ado Tarek says ..."),
  not a spokesman of another body.
- Names: "QC" or "KC" after a barrister's name is no surname ("Ardo Kellan QC" ... "Mr Kellan"); a
  minister's portfolio is no given name ("Minister for Rehabilitation Ardo Kellan"), and a title may
  join its capitalised words by "for" as by "of".
- Media: television, news and propaganda channels and "state media" are media (MED).
- Names: a place word ("Airport", "Street") ends a place, not a name: "Director of Velm International
  Airport Ada Kell" is Ada Kell.
- A spokesman of a named body, quoted on in the next sentence under a new name the article gives no
  title ("A spokesman for the Velm Front said ... 'Quote,' Ado Tarek told a news agency"), is that person.
- Lawyers: a body's legal team or defence team is its lawyers (JUD), and so is "the Velm Corporation's
  lawyer", whose client's name holds a title of its own.
- A definite body title that does not speak for a whole country ("The weather bureau") is not the
  country or state spoken of before ("firefighters in New South Wales"); "the government" still is.
- Armed groups: a body said to fight someone's rule or forces ("an alliance of 18 groups fighting Velmish
  rule") is an armed group (OTH, as the annotators type Hamas). Peoples and regions with no country of
  their own ("Kashmiri", "Kurdish", "Tamil") are who people are, never a person's name.
- A title inside a quotation ("'... and now the judge has confirmed it,' Mr Vell said") is not the
  untitled person who acted last: the speaker does not quote himself as the judge.
- A capitalised "Office of ..." is a public office's proper name (GOV, named), though its words are
  titles ("the Office of the Historian of the Velm Assembly").
- A surname that opens on a lower-case particle ("diVello", "deMarra") is a name.
- Someone's unnamed title-holder ("Rep. Ada Vell's attorney confirmed ...") is the person a later
  sentence names in apposition to the same title ("the statement from Vell's attorney, Bo Tamm").
- A generic body capitalised at a sentence's start ("Police say ...") is still no proper name, and
  "police" is plural: "They say ..." after it is the police, unnamed.
- A relative written with a possessive pronoun ("his mother said ...") is the new person of the family
  name whom the rest of the sentence or the next one names ("Joyce Vell also told ...").
- A lone place word ("Avenue", "Street", "District", "Northeast") is never a person's name, except after a
  courtesy title.
- "Islamic" says who people are, like "Muslim": "a British Islamic leader" is a community leader (NGO), and
  the lede person named in the next sentence ("Abdul Hak Tamm is the head of the Velmton mosque").
- Sport stories: a person the article types only by a generic title of a body the lists do not know
  ("Soccer Velmland chairman Ian Knopp") is one of the sport's people (OTH), as the undescribed were.
- Ledes: a lede's one person of a kind ("One of the highest-profile Republicans in the Velm Assembly said
  ...", "The communications director for a Republican member of Congress had to apologize ...") is the new
  name opening the next sentence, when the article gives that name no other type.
- Titles in quotation marks ("In his book, ''Make Your Kid a Millionaire,'' Mr. Vell ...") hold no names; a
  quotation that opens on a name ("\"Tamm is wrong,\" she said") still does.
- Someone's family ("Vell's family") is a group of its own, with that person as its principal, not the
  person: its members are not named.
- Words that are no names on their own: "May" as a month ("in May", "May 18"; Theresa May stays a name),
  identity words ("Hispanic") and contractions ("I've").
- A body representing businesses ("the association representing food and grocery companies") is an
  industry body (BUS); a union representing workers stays a union.
- A verb between a title and a name ends the title: in "a Velm newspaper called on candidate Ada Vell",
  the newspaper is not her title.
- A mention wholly in brackets ("(Ada Vell)") keeps its words; only a tag after a name is dropped.
- Coroners hold inquests, a court's work (JUD); a coroner's office is an office (GOV).
- A bare definite plural ("The sources say ...") is the unnamed group of that head spoken of last
  ("British defence sources"), one source by the PEJ rule.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source, run, said_by

REGULATOR = ("The inquiry into Velmcorp heard from its first witness today. The commission was due to hear "
             "evidence from Ardo Kell, an inspector appointed by the regulator, after the details of {earlier} "
             "were read this morning. The report says governance was inadequate.")


@pytest.mark.parametrize("earlier,named", [
    ("his report for the regulator", True),
    ("Mr Kell's report", True),
    ("a report by the Velm Audit Institute", True),
    ("a report by accountancy firm Velm and Tull", True),
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


def test_a_barrister_is_found_by_surname_without_the_qc():
    text = ("Counsel assisting the commissioner Ardo Kellan QC tabled a report. The commission heard the company "
            "was insolvent. Mr Kellan says the regulator took no action.")
    check_last_source(text, [("Mr Kellan", "says", "the regulator took no action")], {"published": "2001-12-31"},
                      {"name": "Ardo Kellan QC", "type": "JUD", "named": True})


def test_a_minister_for_a_portfolio_named_in_the_next_sentence():
    text = ("Velmland's government will lift a ban on the rebels, paving the way for peace talks, a government "
            "minister said Saturday. \"We will lift the ban as promised,\" Minister for Rehabilitation Ardo Kellan "
            "told a news agency.")
    check_last_source(text, [("a government minister", "said", "Velmland's government will lift")],
                      {"published": "2001-12-31"}, {"name": "Ardo Kellan", "type": "GOV", "named": True})


@pytest.mark.parametrize("mention,expected", [
    ("Coroner Ardo Kellan", "JUD"),
    ("the coroner", "JUD"),
    ("the Velm County Coroner's Office", "GOV"),
])
def test_coroners(mention, expected):
    assert said_by(mention).type == expected


@pytest.mark.parametrize("first,second", [
    ("Velmish defence sources", "The sources"),
    ("UN officials", "The officials"),
])
def test_the_bare_plural_is_the_group_just_spoken_of(first, second):
    text = (f"Velmland has offered to take part, but {first} have not revealed the nature of the offer. "
            f"{second} say the force has too many offers.")
    _, out, sources = run(text, [(first, "have not revealed", "the nature of the offer"),
                                 (second, "say", "the force has too many offers")], published="2001-12-31")
    assert out[0].source_id == out[1].source_id
    assert len(sources) == 1


@pytest.mark.parametrize("mention", ["Velmish propaganda channels", "a Velmish news channel", "Velmish state media"])
def test_channels_and_state_media(mention):
    assert said_by(mention).type == "MED"


def test_a_place_before_a_name_is_not_part_of_it():
    assert said_by("Director of Velm International Airport Ada Kell").name == "Ada Kell"


def test_a_spokesman_quoted_on_under_a_new_name():
    text = ("A spokesman for the Velm Front said the leader was now leading the defence in person. \"He has taken "
            "the command,\" Ado Tarek told a news agency.")
    _, out, sources = run(text, [("A spokesman for the Velm Front", "said", "the leader was now leading"),
                                 ("Ado Tarek", "told", "He has taken the command")], published="2001-12-31")
    assert out[0].source_id == out[1].source_id
    assert [s.named for s in sources] == [True]


def test_a_spokesman_is_not_a_titled_name_of_the_next_sentence():
    text = ("A spokesman for the Velm Front said the leader was now leading the defence in person. \"He has taken "
            "the command,\" the farmer Ado Tarek told a news agency.")
    _, out, sources = run(text, [("A spokesman for the Velm Front", "said", "the leader was now leading"),
                                 ("Ado Tarek", "told", "He has taken the command")], published="2001-12-31")
    assert out[0].source_id != out[1].source_id


@pytest.mark.parametrize("mention", ["the Velm Corporation's legal team", "the Velm Corporation's lawyer",
                                     "Ada Vell's defence team"])
def test_lawyers_of_a_client(mention):
    assert said_by(mention).type == "JUD"


@pytest.mark.parametrize("body,named", [("The weather bureau", False), ("The government", True)])
def test_a_body_title_after_a_state(body, named):
    text = ("There has been welcome relief for firefighters in New South Wales overnight. But fire crews are not "
            f"getting optimistic. {body} is forecasting temperatures in the high 30s until at least Friday.")
    check_last_source(text, [(body, "is forecasting", "temperatures in the high 30s")], {"published": "2001-12-31"},
                      {"named": named})


def test_an_alliance_fighting_someones_rule_is_an_armed_group():
    assert said_by("the Velm Jihad Council (VJC), an alliance of 18 groups fighting Velmish rule").type == "OTH"


@pytest.mark.parametrize("mention", ["the Kashmiri groups", "the Kurdish groups", "Tamil groups"])
def test_a_people_is_no_persons_name(mention):
    src = said_by(mention)
    assert (src.named, src.identification) == (False, "described")


def test_a_title_inside_a_quote_is_not_the_untitled_speaker():
    text = ("The families are still to receive an apology, but Ado Vell, whose son died in the accident, has "
            "welcomed the verdicts. \"I always felt they were guilty, and now the judge has confirmed everything "
            "we believed,\" Mr Vell said.")
    _, out, sources = run(text, [("Mr Vell", "said", "I always felt they were guilty"),
                                 ("the judge", "has confirmed", "everything we believed")], published="2001-12-31")
    assert out[0].source_id != out[1].source_id
    judge = next(s for s in sources if s.id == out[1].source_id)
    assert (judge.type, judge.named) == ("JUD", False)


@pytest.mark.parametrize("mention", ["the Office of the Historian of the Velm Assembly",
                                     "the Office of the Inspector General"])
def test_a_named_office(mention):
    src = said_by(mention)
    assert (src.type, src.named, src.name) == ("GOV", True, mention[4:])


def test_an_office_in_lower_case_is_no_name():
    assert said_by("the office of the historian").named is False


@pytest.mark.parametrize("mention,name", [("diVello, who has advised the president", "diVello"),
                                          ("Joseph deMarra", "Joseph deMarra")])
def test_surnames_with_a_lower_case_particle(mention, name):
    src = said_by(mention)
    assert (src.named, src.name) == (True, name)


def test_a_possessed_title_named_later_in_apposition():
    text = ("Rep. Ada Vell's attorney confirmed late Friday that prosecutors plan to file charges. The decision "
            "follows a two-year inquiry. \"We are disappointed,\" said the statement from Vell's attorney, Bo Tamm.")
    _, out, sources = run(text, [("Rep. Ada Vell's attorney", "confirmed", "prosecutors plan to file charges"),
                                 ("the statement from Vell's attorney", "said", "We are disappointed")],
                          published="2014-04-25")
    assert out[0].source_id == out[1].source_id
    assert [(s.name, s.type, s.named) for s in sources] == [("Bo Tamm", "JUD", True)]


def test_police_are_plural_and_unnamed():
    text = ("Police say Ardo Kellan was arrested on October 2 after he was found in a hotel. They say Kellan had "
            "claimed the network was planning attacks.")
    _, out, sources = run(text, [("Police", "say", "Ardo Kellan was arrested"), ("They", "say", "Kellan had claimed")],
                          published="2001-12-31")
    assert out[0].source_id == out[1].source_id
    assert [(s.type, s.named) for s in sources] == [("SEC", False)]


@pytest.mark.parametrize("second,name", [
    ("Joyce Vell also told a radio station that people had held a grudge against her son.", "Joyce Vell"),
    # another family's name is someone else
    ("Joyce Tamm also told a radio station that people had held a grudge against the sailor.", "his mother"),
])
def test_a_relative_named_in_the_next_sentence(second, name):
    text = ("Sir Ado Vell was shot dead by pirates. He was said to have been shot twice, although his mother said "
            f"she had been told that he was shot in the head. {second}")
    check_last_source(text, [("his mother", "said", "she had been told")], {"published": "2001-12-31"},
                      {"name": name})


@pytest.mark.parametrize("subject,named", [("Former Rep. Ada Vell on Tuesday", True), ("On Tuesday, someone", False)])
def test_a_document_released_by_someone_named_before_the_verb(subject, named):
    text = f"{subject} released a 225-page report on school safety that recommended armed guards in every school."
    check_last_source(text, [("a 225-page report on school safety", "recommended", "armed guards")],
                      {"published": "2013-04-02"}, {"type": "DOC", "named": named})


def test_a_place_word_is_no_person():
    text = ("The man grabbed the girl as she and her mother were walking down Velmton's 6th Avenue on Saturday. "
            "The victim's mother testified that her daughter was brave.")
    check_last_source(text, [("The victim's mother", "testified", "her daughter was brave")],
                      {"published": "2019-11-19"}, {"named": False})


@pytest.mark.parametrize("mention", ["Velmton's 19th District", "the Northeast"])
def test_parts_of_a_country_are_no_names(mention):
    assert said_by(mention).named is False


def test_a_place_word_after_a_courtesy_title_is_a_surname():
    assert said_by("Ms. Street").named is True


def test_an_islamic_leader_named_in_the_next_sentence():
    text = ("The man accused of trying to blow up a flight on Sunday could not have acted alone, according to a "
            "British Islamic leader who knew Ado Vell well. Abdul Hak Tamm is the head of the Velmton mosque in "
            "south London, where Mr Vell had worshipped.")
    check_last_source(text, [("a British Islamic leader who knew Ado Vell well", "according to",
                              "could not have acted alone")], {"published": "2001-12-31"},
                      {"name": "Abdul Hak Tamm", "type": "NGO", "named": True})


def test_a_sports_body_chairman_is_a_sports_person():
    text = ("Velmaroos coach Ado Farn says he could sign a new contract after a meeting with Soccer Velmland chairman "
            "Ian Knopp. Farn says he wants to know the plan for the next World Cup. Mr Knopp says the soccer body "
            "will offer a deal. The coach's players scored in the tournament.")
    check_last_source(text, [("Mr Knopp", "says", "the soccer body will offer a deal")], {"published": "2001-12-31"},
                      {"name": "Ian Knopp", "type": "OTH"})


@pytest.mark.parametrize("second,named", [
    ("Majority Whip Ada Vell, who is the third-ranking Republican, made her comments in an interview.", True),
    # a name of another type is someone else
    ("Professor Ada Vell, a historian at Velm University, called the remarks unusual.", False),
])
def test_a_lede_one_of_named_in_the_next_sentence(second, named):
    text = ("Velm Republican calls for reform\nOne of the highest-profile Republicans in the Velm Assembly said she "
            f"agrees with giving migrants a chance to stay. {second}")
    check_last_source(text, [("One of the highest-profile Republicans in the Velm Assembly", "said",
                              "she agrees with giving migrants")], {"published": "2014-01-30"},
                      {"type": "POL", "named": named})


def test_a_quoted_title_holds_no_name():
    text = ("Ado Vell, a financial planner, has a plan. In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. Vell "
            "suggested looking at card statements. He said most families could save more.")
    check_last_source(text, [("He", "said", "most families could save more")], {"published": "2016-09-24"},
                      {"name": "Ado Vell"})


def test_a_quotation_opening_on_a_name_keeps_it():
    text = ("Ado Vell spoke at the rally on Friday. \"Tamm is wrong about the budget,\" Ms. Brell said. "
            "Bo Tamm did not answer. He said later the figures were right.")
    check_last_source(text, [("He", "said", "the figures were right")], {"published": "2016-09-24"},
                      {"name": "Bo Tamm"})


def test_someones_family_is_not_that_person():
    # a surname the people list knows, so that the mention alone reads as a name
    text = "Tom Harrison died on Thursday at 58. Harrison's family said he had left the world as he lived in it."
    _, out, sources = run(text, [("Harrison's family", "said", "he had left the world")], published="2001-12-31")
    assert [(s.named, s.name) for s in sources] == [(False, "Harrison's family")]


@pytest.mark.parametrize("middle", ["In May, the campaign changed course.", "The vote was held on May 18."])
def test_may_as_a_month_is_no_womans_name(middle):
    text = f"Ada Vell spoke to voters in Velmton on Friday. {middle} She said the plan would work."
    check_last_source(text, [("She", "said", "the plan would work")], {"published": "2016-05-18"},
                      {"name": "Ada Vell"})


def test_an_identity_word_is_no_name():
    text = ("Would you vote for an African American or Hispanic, man or woman, who said the same things? "
            "She said she would not.")
    _, out, sources = run(text, [("She", "said", "she would not")], published="2016-09-29")
    assert all(s.name != "Hispanic" for s in sources)


@pytest.mark.parametrize("mention,expected", [
    ("the association representing food and grocery companies", "BUS"),
    ("the council representing Velmish airlines", "BUS"),
    ("unions representing Velmair workers", "NGO"),
])
def test_bodies_representing_businesses(mention, expected):
    assert said_by(mention).type == expected


def test_a_verb_ends_the_title_before_a_name():
    text = ("A Velmton newspaper called on Democrat candidate Ada Vell to visit the state. The paper said the floods "
            "were a call to conscience. Ms. Vell said she would visit later. The newspaper said it was not enough.")
    _, out, sources = run(text, [("Ms. Vell", "said", "she would visit later"),
                                 ("The newspaper", "said", "it was not enough")], published="2016-08-27")
    assert out[0].source_id != out[1].source_id
    vell = next(s for s in sources if s.id == out[0].source_id)
    assert vell.type == "POL"


def test_a_mention_in_brackets_keeps_its_name():
    src = said_by("(Ada Vell)")
    assert (src.name, src.named) == ("Ada Vell", True)
