"""Rules and lists added by the fifteenth pass over the sources stage.

- Countries: the list gains the 82 countries and territories it lacked (the Pacific, Central Asia,
  the Balkans, the Caribbean, Central America and most of Africa), with their demonyms and capitals:
  "Fijian police" and "Port Moresby said" now have a country, and a person listed for that country is
  found in a story that names it.
- Demonyms: a place name that ends in "s" ("Texas", "Cyprus", "Wales", "Honduras") is the place, not
  its people ("Texas said" is the state's government, not Texans).
- Organisations and outlets: the lists grow from 851 bodies and 293 outlets to 13,230 and 2,648,
  written by kind (government bodies, security forces and armed groups, companies, civil
  society, research bodies, parties, intergovernmental bodies and courts, news media). Sports leagues
  and clubs are left out: a player is no business.
- Words that open a listed phrase: the checks that ask whether a word is a title or part of a listed
  name ("nominee Trump", "Virginia AFL-CIO") read a capitalised entry only as written ("Help for
  Heroes" says nothing of "help Trump"), and never a given name ("Angus Reid", a pollster, leaves
  "Rep. Angus Bishop" a name, not a bishop).
- People list: about 7,100 more names (21,000 in all), written by office and category: public life of the UK, Ireland,
  New Zealand and Canada 1995-2008, public office abroad 2006-2015, US office 2009-2016, non-political
  figures of US news 1995-2014 and of world news 1995-2015, Australian and New Zealand public life
  2008-2023. All new names are found only when written in full (then their bare surname in that story).
- Titles: private occupations (winemakers, shearers, publicans, tourists, pilots, truck drivers ...) are
  ordinary people (CIT), as workers and farmers were; a real estate agent is no secret agent.
  Councillors are council members (POL), consuls diplomats (GOV), park rangers public servants (GOV),
  meteorologists forecasters (EXP). About 500 more titles and occupations by kind (harbourmasters and
  ombudsmen GOV, gendarmes SEC, court clerks JUD, whips and canvassers POL, peacekeepers INT, chaplains
  NGO, radiologists EXP, franchisees BUS, newsreaders MED, umpires OTH, evacuees CIT); relief agencies
  and humanitarian organisations are aid bodies (NGO), as aid agencies were.
- Given names: 847 more (Arabic, Persian, Turkish, South Asian, East Asian), of one gender each.
- Ledes: a broadcaster's lede person ("A senior church leader says ...") may be named two sentences
  on, after another name, when the new name is of the lede person's own unofficial type ("The Reverend
  Ada Vell, president of the Velm Baptist Union, says ..."); an unnamed official is not.
- Affiliation: words the lists do not know before a listed name make another body of that kind, with
  its own name as affiliation ("the Velmor Institute for Security Studies" is not the listed Institute
  for Security Studies of South Africa).

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.sources.lexicon import Entry, Lexicon, load_lexicon

from test_sources_helpers import check_last_source, last_source, run, said_by


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


@pytest.mark.parametrize("mention,expected", [
    ("a Queensland Health spokeswoman", ("GOV", "Australia")),
    ("a Royal Australian Navy officer", ("SEC", "Australia")),
    ("a Jemaah Islamiyah statement", ("OTH", "Indonesia")),
    ("an analyst at the Lowy Institute", ("EXP", "Australia")),
    ("a Bharatiya Janata Party spokesman", ("POL", "India")),
    ("the Pacific Islands Forum", ("INT", "Pacific Islands Forum")),  # a body of no one country: itself
    ("the Federal Court of Australia", ("JUD", "Australia")),
    ("an Oxfam Australia official", ("NGO", "Australia")),
    ("the New Statesman", ("MED", "New Statesman")),
    ("Agence France Presse", ("MED", "Agence France Presse")),
])
def test_bodies_of_the_longer_lists(mention, expected):
    src = said_by(mention)
    assert (src.type, src.affiliation) == expected


def test_a_capitalised_entry_opens_a_phrase_only_as_written():
    lex = Lexicon()
    lex.add("Velmor Relief", Entry("org", "Velmor Relief", "NGO", False, case_sensitive=True))
    lex.add("spokesman", Entry("role", "spokesman", "GOV", True))
    assert lex.starts_phrase("Velmor") and not lex.starts_phrase("velmor")
    assert lex.starts_phrase("spokesman") and lex.starts_phrase("Spokesman")
    assert not lex.starts_phrase("Relief")


def test_a_given_name_opening_a_listed_body_stays_a_given_name():
    lex = load_lexicon("")
    assert lex.lookup(["Angus", "Reid", "Institute"], 0)[0] == 3  # listed ...
    assert not lex.starts_phrase("Angus")  # ... but "Angus" is still a given name
    src = said_by("Rep. Angus Bishop", published="2016-07-10")
    assert (src.name, src.type, src.named) == ("Angus Bishop", "POL", True)


@pytest.mark.parametrize("mention,expected", [
    ("Ada Vell of the Institute for Security Studies", ("EXP", "South Africa")),
    ("Ada Vell of the Velmor Institute for Security Studies", ("EXP", "Velmor Institute for Security Studies")),
])
def test_unknown_words_before_a_listed_name_make_another_body(mention, expected):
    src = said_by(mention)
    assert (src.type, src.affiliation) == expected


@pytest.mark.parametrize("mention,published,expected", [
    ("Irene Rosenfeld", "2010-05-01", ("BUS", "Irene Rosenfeld")),
    ("Michael Forsyth", "1996-03-01", ("GOV", "Michael Forsyth")),
    ("Anas Aremeyaw Anas", "2012-05-01", ("MED", "Anas Aremeyaw Anas")),
    ("Jeanette Powell", "2012-05-01", ("GOV", "Jeanette Powell")),
])
def test_people_of_the_longer_list(mention, published, expected):
    src = said_by(mention, published=published)
    assert (src.type, src.name) == expected


def test_a_new_listed_name_is_found_by_surname_only_after_the_full_name():
    text = ("Irene Rosenfeld spoke at the meeting. Rosenfeld said the plan was late.")
    _, out, sources = run(text, [("Rosenfeld", "said", "the plan was late")], published="2010-05-01")
    assert (last_source(out, sources).type, last_source(out, sources).name) == ("BUS", "Irene Rosenfeld")
    _, out, sources = run("Rosenfeld said the plan was late.", [("Rosenfeld", "said", "the plan was late")],
                          published="2010-05-01")
    assert last_source(out, sources).name == "Rosenfeld"


LEDE = ("A senior church leader says the governor must explain his silence on the school inquiry. "
        "Premier Tom Brack is defending the governor against the criticism. "
        "{name}, {title}, says more is needed.")


@pytest.mark.parametrize("lede,name,title,expected", [
    ("A senior church leader", "The Reverend Ada Vell", "president of the Velm Baptist Union",
     {"name": "Ada Vell", "type": "NGO", "named": True}),
    # someone of another kind is someone else
    ("A senior church leader", "Ada Vell", "a professor of law at Velm University", {"named": False}),
])
def test_a_lede_person_named_two_sentences_on(lede, name, title, expected):
    text = LEDE.format(name=name, title=title)
    check_last_source(text, [(lede, "says", "the governor must explain his silence")],
                      {"published": "2001-12-31"}, expected)


def test_an_unnamed_official_of_the_lede_stays_unnamed():
    text = ("A senior ministry official says the plan will be delayed. Premier Tom Brack says the delay is short. "
            "Ada Vell, the minister, says the plan is on track.")
    check_last_source(text, [("A senior ministry official", "says", "the plan will be delayed")],
                      {"published": "2001-12-31"}, {"named": False})


@pytest.mark.parametrize("mention,expected", [
    ("a winemaker", "CIT"),
    ("a Velmton publican", "CIT"),
    ("a real estate agent", "CIT"),
    ("an FBI agent", "SEC"),
    ("two tourists", "CIT"),
    ("a Velmton councillor", "POL"),
    ("the Velmish consul-general", "GOV"),
    ("a park ranger", "GOV"),
    ("a meteorologist", "EXP"),
    ("the harbourmaster", "GOV"),
    ("a court clerk", "JUD"),
    ("a prison chaplain", "NGO"),
    ("a radiologist at the Velm clinic", "EXP"),
    ("a newsreader", "MED"),
    ("the umpire", "OTH"),
    ("evacuees", "CIT"),
    ("two Velmish mountain guides", "CIT"),
    # a profession working for an aid body is the aid body's (the doctor's own type is generic)
    ("a surgeon sent by the Velm Hands relief agency", "NGO"),
])
def test_private_occupations(mention, expected):
    assert said_by(mention).type == expected


@pytest.mark.parametrize("mention,expected", [
    ("Setareh Vell, a teacher,", "woman"),
    ("Deepak Vell, a teacher,", "man"),
    ("Haruki Vell, a teacher,", "man"),
])
def test_given_names_of_more_languages(mention, expected):
    assert said_by(mention).gender == expected
