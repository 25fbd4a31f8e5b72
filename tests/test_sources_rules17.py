"""Rules added by the seventeenth pass over the sources stage (its dev set: a new blind labelling of
PolNeAR mentions, made by docs/annotating_sources.md).

- A named body is never an ordinary person (CIT) because its name holds a word for the people it serves
  ("the Interior Ministry Migrant Intake Office").
- A relative clause that gives a person with no title a title ("Ana Vell, who served as envoy to
  Velmland") types that person; a participle with its agent or partner ("who was arrested by police",
  "who is married to a senator") gives none.
- Polls: a name is never read across a sentence end ("... than Bo Tamm. The survey ..."), and plural
  unnamed polls ("exit polls") are many, not the one named poll a later sentence gives.
- A relative of someone described only by a title ("the widow of a soldier") is a private person (CIT).
- A time inside a document mention ("a study last year by two economists") is not its head.
- Where people are from or are ("a kite flier from Brazil", "kite fliers in Ohio") says nothing of
  their governing it; where a person was born ("Velmish-born Ana Vell") is no part of the name.
- Lists: the Ku Klux Klan (NGO); Canada's provinces point to Canada; "HuffPo" is HuffPost; "Fr." is a
  priest's title (NGO, as "Rev."); terrorists are no ordinary people (OTH, as gunmen).
- Someone named by their side in a fight ("a Velm ally", "Longtime Velm foe", "a Velm detractor") is a person of
  their own, never the one named; "Longtime" opening a sentence is no given name, and a faith ("Islam") is no
  person.

- "The media" and "the press" are many outlets and "the party's base" many people: never the person just
  spoken of, whose title may hold the word ("media mogul Ana Vell"), nor a thing of that person's.
- An indefinite mention of a named body with a common noun after it ("a Velm Party field", "an NRA crowd") is
  something of the body, unnamed, not the body; a readout is a document ("a Pentagon readout": the Pentagon's).

- The members of an intergovernmental body written after its name ("many E.U. nations", "NATO allies",
  "Other E.U. leaders") are their governments (GOV), unnamed, not the body (INT, named); "the United
  Nations" stays the body.

- A relative clause that says for whom or where someone works ("who appraises farms for the brokerage
  firm Velm & Tull", "who teaches economics at Tull University") types them by that body, whatever the verb.
- A quoted title after a preposition inside a mention ("a chant at the close of ''Hail, Velmar!''") is a
  work's name, never a person's.
- Fans, admirers and adoptees are ordinary people (CIT); "Vell fans" are not Vell.

- A listed place of several words that opens on a stop word ("New Hampshire", "New Jersey") still joins a
  body's name by "of": "a University of New Hampshire survey" is the university's.

- "each", "neither" or "either" standing alone for a speaker is the pair just named, as "both" was.

- "who" after a noun that says what the sentence's opening person is ("Ana Vell is a farmer and activist
  who ...") is that person; not after the object of a preposition ("angry at the officials who") nor
  after a predicate that is no noun ("is far ahead because of ..., the party leaders who").

- Filings with a regulator or by a firm ("the FEC filings") are documents of that body (DOC), not a court's.
- The words after "of" or "for" in a body's name say what it works on, not what it is: "the Center for Media
  Justice" is a centre (EXP), not a medium or a court.
- A compound with a lower-case tail ("Oscar-winner") before a name describes; it is no part of the name.
- A body a description calls by name ("a campaign group called Velm Forward") is named.
- A country's central bank is a named national body, as its ministries are.
- People of a faith or origin in a place ("crucial Iowa evangelicals") are people (CIT), not the place's
  government; a prosecution is prosecutors (JUD); youth and veterans are ordinary people, whatever force
  the veterans served in.

- A lone given name ("the Donald", "Ana") is the one person spoken of before under that given name (a longer
  headline run that starts with the same name is no other person).

- A surname spelled like a title after a given name and a middle initial ("Rep. Peter T. King of Ohio") is a
  name, not a king.
- "the Republican hopefuls", "the Republicans": a party's people, never the two people of that kind named
  last (who may be of the other party); "both key constituencies" counts no people.
- Prepositions opening a sentence ("Alongside", "Amid") are no given names; a booster takes the type of the
  one it boosts but is never that one.

- Illinois, Massachusetts and Yemen end in "s" or "men" but are places, not peoples.
- A body's kind followed by its name with no comma ("the Jewish advocacy group Velm Watch", "the advocacy
  organization the Anti-Velm League") is that named body.

- A lede's unnamed body ("A union representing ferry crews endorsed ...") is the first body of its type that the
  next three sentences name and the article has not named before ("The Velm Ferry Workers Association called
  ..."); not a body of another type.

- A spokesperson of no named body speaks for the one organisation that the sentence names before the
  mention ("Microsoft built the tool ..., a spokeswoman, Ana Vell, said"), and a person's own name in
  apposition to her title is no principal of hers (it typed her by her own generic title).

- An untyped description headed by the public, a community, a crowd or an audience ("the crowd in the
  arena", "the community") is the public (CIT).

- A document "by the institute" (or organization, group, agency ...) is the document of the organisation
  written last within a pronoun's reach.

- "the bloc" is the union of states spoken of last (the European Union), "the alliance" the alliance (NATO).

- Evidence, information, rosters and text messages are documents (DOC).
- A body's bureaucracy, leadership or management ("The department's mammoth bureaucracy") speaks for the body
  the possessor refers to.
- A lone capitalised surname the lists do not know, then "of the" a body ("Tammerson of the Velm Teachers
  Union"), is a person of that body, named.
- A political director takes the type of the body directing it ("the Velm Steelworkers Union's political
  director" is of a union, NGO).

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.sources.describe import describe
from analyzer.sources.lexicon import load_lexicon

from test_sources_helpers import check_last_source, run, said_by

LEXICON = load_lexicon()


@pytest.mark.parametrize("mention,type_", [
    ("The Interior Ministry Migrant Intake Office", "GOV"),
    ("The Labor Department Veterans Hiring Office", "GOV"),
    # a migrant is still a private person
    ("A migrant", "CIT"),
])
def test_a_body_named_for_the_people_it_serves_is_not_one_of_them(mention, type_):
    assert said_by(mention).type == type_


@pytest.mark.parametrize("mention,type_", [
    ("Ana Vell, who served as envoy to Velmland until last year,", "GOV"),
    ("Ana Vell, who is a professor of law at Tull University,", "EXP"),
    ("Ana Vell, who was a senator for two terms,", "POL"),
    # someone else's title, or what befell her, does not type her
    ("Ana Vell, who is married to a senator,", "CIT"),
    ("Ana Vell, who was arrested by police,", "CIT"),
    # but a post she was given does
    ("Ana Vell, who was appointed envoy to Brazil,", "GOV"),
])
def test_a_relative_clause_that_gives_a_title(mention, type_):
    assert said_by(mention).type == type_


def test_a_poll_name_is_not_read_across_a_sentence_end():
    text = "A poll says the mayor leads. Voters prefer her to Bo Tamm. The survey was taken by telephone."
    check_last_source(text, [("A poll", "says", "the mayor leads")], {"published": "2001-12-31"},
                      {"type": "DOC", "named": False})


def test_plural_polls_are_not_the_named_poll_ahead():
    text = ("Recent polls in the north show the mayor ahead. A Velm Gazette poll released on Monday put her "
            "lead at nine points.")
    check_last_source(text, [("Recent polls in the north", "show", "the mayor ahead")],
                      {"published": "2001-12-31"}, {"type": "DOC", "named": False})


@pytest.mark.parametrize("mention,type_", [
    ("the widow of a soldier", "CIT"),
    ("the surviving spouse of a serviceman", "CIT"),
    ("the parents of two police officers", "CIT"),
    # a soldier's own words stay the army's
    ("a soldier", "SEC"),
])
def test_a_relative_of_someone_described_by_a_title_is_a_private_person(mention, type_):
    assert said_by(mention).type == type_


def test_a_time_inside_a_document_mention_is_not_its_head():
    source = said_by("a study last year by two economists at Tull University", verb="found")
    assert source.type == "DOC"


@pytest.mark.parametrize("mention,type_", [
    ("a kite flier from Brazil", "OTH"),
    ("a handful of kite fliers in Ohio", "OTH"),
    # a country before the people still speaks for its government
    ("Brazilian officials", "GOV"),
])
def test_where_people_are_from_is_not_their_government(mention, type_):
    assert said_by(mention).type == type_


def test_a_birthplace_is_no_part_of_a_name():
    text = ("South Korean-born Ana Vell has lived in Ohio since 1990. Vell said she never learned she was not a "
            "citizen.")
    _, _, sources = run(text, [("Vell", "said", "she never learned")], published="2001-12-31")
    assert [s.name for s in sources] == ["Ana Vell"]


@pytest.mark.parametrize("mention,type_,name", [
    ("The Ku Klux Klan", "NGO", "Ku Klux Klan"),
    ("British Columbia", "GOV", "Canada"),
])
def test_listed_bodies_and_provinces(mention, type_, name):
    source = said_by(mention)
    assert (source.type, source.name) == (type_, name)


@pytest.mark.parametrize("mention,type_", [
    ("HuffPo", "MED"),
    ("Fr. Ardo Kellan", "NGO"),
    ("Ardo Kellan, one of two terrorists behind the bombing,", "OTH"),
])
def test_listed_words(mention, type_):
    assert said_by(mention).type == type_


@pytest.mark.parametrize("mention,type_", [
    # an ally is of the named one's kind; a foe or detractor may be anyone
    ("a Vell ally", "POL"),
    ("Longtime Vell foe", "OTH"),
    ("a Vell detractor", "OTH"),
])
def test_someone_named_by_their_side_is_not_the_one_named(mention, type_):
    text = f"Senator Ana Vell spoke in Ostra on Monday. The plan is bad, {mention} said."
    _, out, sources = run(text, [(mention, "said", "The plan is bad")], published="2001-12-31")
    source = next(s for s in sources if s.id == out[-1].source_id)
    assert (source.name, source.type, source.named) == (mention, type_, False)


@pytest.mark.parametrize("word", ["Islam", "Judaism", "Christianity"])
def test_a_faith_is_no_person(word):
    assert describe(word, LEXICON).kind != "person"


@pytest.mark.parametrize("mention", ["the media", "the press", "the liberal base"])
def test_collective_nouns_are_not_the_person_just_spoken_of(mention):
    text = (f"Ana Vell, a media personality, bought the paper in May. Vell said the price was fair. Vell is "
            f"attacked in {mention} while Bo Tamm is praised.")
    check_last_source(text, [("Vell", "said", "the price was fair"), (mention, "attacked in", "Vell is")],
                      {"published": "2001-12-31"}, {"name": mention, "named": False})


@pytest.mark.parametrize("mention,named", [("a GOP field", False), ("an NRA crowd", False),
                                           ("a Pentagon readout", True)])
def test_an_indefinite_thing_of_a_named_body(mention, named):
    assert said_by(mention).named is named


@pytest.mark.parametrize("mention,expected", [
    ("many E.U. nations", ("GOV", False)),
    ("Other E.U. leaders", ("GOV", False)),
    ("NATO allies", ("GOV", False)),
    ("the United Nations", ("INT", True)),
    ("the European Union", ("INT", True)),
])
def test_the_members_of_an_intergovernmental_body_are_governments(mention, expected):
    source = said_by(mention)
    assert (source.type, source.named) == expected


@pytest.mark.parametrize("mention,type_", [
    ("Bo Tamm, who appraises farms for the brokerage firm Velm Holdings,", "BUS"),
    ("Bo Tamm, who teaches economics at Tull University,", "EXP"),
    # a vote for a plan is no employer
    ("Bo Tamm, who voted for the plan at the meeting,", "CIT"),
])
def test_a_relative_clause_that_says_whom_someone_works_for(mention, type_):
    assert said_by(mention).type == type_


def test_a_quoted_work_inside_a_mention_is_no_name():
    source = said_by("a chant at the close of ''Hail, Velmar!''")
    assert not source.named and "Velmar" not in source.name.split()


@pytest.mark.parametrize("mention", ["Vell fans", "some of her admirers", "many adoptees"])
def test_fans_and_admirers_are_ordinary_people(mention):
    text = f"Senator Ana Vell spoke in Ostra on Monday. The plan is bad, {mention} said."
    check_last_source(text, [(mention, "said", "The plan is bad")], {"published": "2001-12-31"},
                      {"type": "CIT", "named": False})


@pytest.mark.parametrize("mention,expected", [
    ("the University of New Hampshire", ("University of New Hampshire", True)),
    ("a University of New Hampshire survey", ("a University of New Hampshire survey", True)),
])
def test_a_body_of_a_place_that_opens_on_a_stop_word(mention, expected):
    source = said_by(mention)
    assert (source.name, source.named) == expected


@pytest.mark.parametrize("word", ["each", "neither", "both"])
def test_each_is_the_pair_just_named(word):
    text = f"Senator Ana Vell and Mayor Bo Tamm met voters in Ostra, {word} saying the bridge must be rebuilt."
    check_last_source(text, [(word, "saying", "the bridge must be rebuilt")], {"published": "2001-12-31"},
                      {"named": True})


def test_neither_before_a_group_is_no_pair():
    text = "Senator Ana Vell and Mayor Bo Tamm met voters. The plan is bad, Neither Republicans nor Democrats said."
    check_last_source(text, [("Neither Republicans nor Democrats", "said", "The plan is bad")],
                      {"published": "2001-12-31"}, {"named": False})


@pytest.mark.parametrize("sentence,named", [
    ("Ana Vell is a farmer and activist who said the dam would flood the valley.", True),
    ("Editor's note: Ana Vell is a farmer and activist who said the dam would flood the valley.", True),
    ("Ana Vell is angry at the officials who said the dam would flood the valley.", False),
    ("Ana Vell is far ahead because of early support from farmers, the growers who said the dam would flood "
     "the valley.", False),
])
def test_who_after_what_the_subject_is(sentence, named):
    check_last_source(sentence, [("who", "said", "the dam would flood")], {"published": "2001-12-31"},
                      {"named": named})


@pytest.mark.parametrize("mention,expected", [
    ("The FEC filings", ("DOC", True)),
    ("a Securities and Exchange Commission filing", ("DOC", True)),
    # a court's filings stay the court's
    ("a Supreme Court filing", ("JUD", True)),
])
def test_filings_with_a_regulator_are_documents(mention, expected):
    source = said_by(mention)
    assert (source.type, source.named) == expected


@pytest.mark.parametrize("mention,type_", [
    ("the Center for Media Justice", "EXP"),
    ("Ana Vell, a director at the Center for Media Justice,", "EXP"),
    ("the Department of Justice", "GOV"),
])
def test_the_topic_of_a_body_is_not_its_type(mention, type_):
    assert said_by(mention).type == type_


@pytest.mark.parametrize("mention,expected", [
    ("Liberal Oscar-winner Vellani", ("Vellani", True)),
    ("an advocacy group called Velm Watch", ("Velm Watch", True)),
    ("Japan's central bank", ("Japan's central bank", True)),
    ("crucial Iowa evangelicals", ("crucial Iowa evangelicals", False)),
])
def test_names_a_description_gives_or_does_not(mention, expected):
    source = said_by(mention)
    assert (source.name, source.named) == expected


@pytest.mark.parametrize("mention,type_", [
    ("crucial Iowa evangelicals", "CIT"),
    ("The prosecution", "JUD"),
    ("the youth", "CIT"),
    # a veteran has left the service: a private person, not of the force he served in
    ("Bo Tamm, a veteran of nine years in the Coast Guard,", "CIT"),
])
def test_people_and_prosecutors(mention, type_):
    assert said_by(mention).type == type_


@pytest.mark.parametrize("mention", ["Ardo", "the Ardo"])
def test_a_lone_given_name_is_the_person_of_that_name(mention):
    text = (f"Senator Ardo Kellan toured the port on Monday. The plan is bad, {mention} said.")
    check_last_source(text, [(mention, "said", "The plan is bad")], {"published": "2001-12-31"},
                      {"name": "Ardo Kellan"})


def test_a_surname_like_a_title_after_a_middle_initial():
    source = said_by("Representative Peter T. King of Ohio, who backed the bill on Tuesday,")
    assert (source.name, source.type, source.named) == ("Peter T. King", "POL", True)


@pytest.mark.parametrize("mention", ["the Republican hopefuls", "both key Democratic constituencies"])
def test_party_people_and_counted_things_are_not_the_pair_named_last(mention):
    text = (f"Senator Ana Vell and Senator Bo Tamm, both Democrats, debated on Monday. The plan is bad, "
            f"{mention} said.")
    check_last_source(text, [(mention, "said", "The plan is bad")], {"published": "2001-12-31"},
                      {"named": False})


@pytest.mark.parametrize("mention,expected", [
    ("Alongside VLM", "VLM"),
    ("the Vell boosters in Ohio", "the Vell boosters in Ohio"),
])
def test_prepositions_and_boosters(mention, expected):
    text = f"Senator Ana Vell toured Ohio on Monday. The plan is bad, {mention} said."
    check_last_source(text, [(mention, "said", "The plan is bad")], {"published": "2001-12-31"},
                      {"name": expected})


@pytest.mark.parametrize("mention", ["Massachusetts", "Illinois", "Yemen"])
def test_places_ending_like_peoples(mention):
    source = said_by(mention)
    assert (source.type, source.named) == ("GOV", True)


@pytest.mark.parametrize("mention,name", [
    ("the Jewish advocacy group Velm Watch", "Velm Watch"),
    ("the leading Jewish advocacy organization the Anti-Velm League", "Anti-Velm League"),
])
def test_a_body_kind_then_its_name(mention, name):
    source = said_by(mention)
    assert (source.name, source.named) == (name, True)


@pytest.mark.parametrize("second,named", [
    ("The Velm Ferry Workers Association called her a champion of the crews.", True),
    # a company named next is no union
    ("Velm Ferries Ltd. said it would not comment.", False),
])
def test_a_lede_body_is_the_body_of_its_type_named_next(second, named):
    text = (f"A union representing ferry crews endorsed Ana Vell for governor on Thursday. {second} "
            "The union has 9,000 members.")
    check_last_source(text, [("A union representing ferry crews", "endorsed", "Ana Vell for governor")],
                      {"published": "2001-12-31"}, {"named": named})


@pytest.mark.parametrize("sentence,type_", [
    ("Microsoft built the tool to help in a crisis, a spokeswoman, Ana Vell, said on Saturday.", "BUS"),
    # two bodies: no choice, so the title's generic type
    ("Microsoft and Velm Corp. built the tool to help in a crisis, a spokeswoman, Ana Vell, said on Saturday.",
     "GOV"),
])
def test_a_spokesperson_speaks_for_the_one_body_of_her_sentence(sentence, type_):
    check_last_source(sentence, [("a spokeswoman, Ana Vell,", "said", "built the tool")],
                      {"published": "2001-12-31"}, {"type": type_})


@pytest.mark.parametrize("mention", ["the crowd in the arena", "the community", "public"])
def test_the_public_under_other_heads(mention):
    assert said_by(mention).type == "CIT"


@pytest.mark.parametrize("earlier,named", [
    ("The poll, released on Wednesday by the Velm Policy Institute, showed the mayor ahead.", True),
    ("The poll, released on Wednesday, showed the mayor ahead.", False),
])
def test_a_document_by_the_organization(earlier, named):
    text = f"{earlier} An earlier study by the institute put her nine points ahead."
    check_last_source(text, [("An earlier study by the institute", "put", "her nine points ahead")],
                      {"published": "2001-12-31"}, {"type": "DOC", "named": named})


@pytest.mark.parametrize("mention,name", [("the 28-nation bloc", "European Union"), ("the alliance", "NATO")])
def test_the_bloc_and_the_alliance(mention, name):
    text = f"The European Union met in Brussels on Monday. NATO was not invited. The plan is bad, {mention} said."
    check_last_source(text, [(mention, "said", "The plan is bad")], {"published": "2001-12-31"},
                      {"name": name, "type": "INT"})


@pytest.mark.parametrize("mention", ["the publicly available evidence", "no public information",
                                     "a roster of donors", "text messages found on a phone"])
def test_evidence_and_messages_are_documents(mention):
    assert said_by(mention, verb="showed").type == "DOC"


@pytest.mark.parametrize("mention,type_", [
    ("the Velm Steelworkers Union's political director", "NGO"),
    ("United Steelworkers Political Director Ana Vell", "NGO"),
    ("the campaign's political director", "POL"),
])
def test_a_political_director_is_of_the_body_directing_it(mention, type_):
    assert said_by(mention).type == type_


@pytest.mark.parametrize("mention,expected", [
    ("Tammerson of the Velm Teachers Union", ("Tammerson", True)),
    # words the lists know, and plurals, are no surnames
    ("Director of the Velm Teachers Union", ("Director of the Velm Teachers Union", False)),
    ("Hundreds of the Velm Teachers Union", ("Hundreds of the Velm Teachers Union", False)),
])
def test_a_surname_of_a_body(mention, expected):
    source = said_by(mention)
    assert (source.name, source.named) == expected


@pytest.mark.parametrize("mention", ["The department's mammoth bureaucracy", "the department's leadership"])
def test_a_bodys_bureaucracy_is_the_body(mention):
    text = f"The Department of Veterans Affairs signed a deal. The plan is slow, {mention} said."
    check_last_source(text, [(mention, "said", "The plan is slow")], {"published": "2001-12-31"},
                      {"type": "GOV", "named": True})
