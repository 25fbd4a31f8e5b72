"""Rules added by the thirteenth pass over the sources stage (broadcaster, web-news, BASIL and PolNeAR dev items).

- Titles: a title set off by commas may open its sentence ("The national secretary of ..., Bo
  Tamm,", "As a lung biologist, Ada Vell ...") and hold an acronym in brackets; a listed name with
  "of" inside ("News of the World") does not end the title phrase before the name that closes it.
- Types: detainees, refugees, hostages and prisoners speak as private people (CIT), also when the
  text says where they are held; the people a body or a person serves ("the refugee council",
  "victims' advocates", "unions representing maintenance workers") do not type them.
- Linking: a social-media account speaks for whoever holds it ("the Twitter handle of the Velm
  Senate"); a relative clause after "the laboratory of <name>" keeps the name.
- People list: rows marked "written" are found only by the name written in full, after which the bare
  surname is that person, even where another listed person has it; a listed athlete's or celebrity's
  managers are a business, while an armed movement's leader's spokesman keeps the movement's type;
  the article's own title outranks an undated "written" row, which may be a famous namesake.
- Bodies: a capitalised name built on "for" ("Velm for America") is an advocacy group, named.
- Groups and places: "Leading Democrats" is a party's members, not a person; "Many in Velmland" are
  its people (CIT); where a private person lives does not type them; a state's abbreviation after a
  city ("Austin, Tex.") is a place.
- Linking and the article: "the authors" of a story on research are experts; "the congressman's
  lawyers" are his staff, not the two people last spoken of; a university's staff are academics;
  "an article in the Velm Gazette" is the Gazette (not when it is the article's own outlet); a
  "whose son ..." clause does not title the speaker; a name closing the part after a comma, after a
  title with capitals in it ("another witness, former White House Velm adviser Ada Korr"), is the
  speaker; an article whose typed sources are mostly private people does not make its "officials"
  private people.
- Documents: "Its report", "their survey", "Tamm's findings" are documents of whom the possessive
  refers to, named when they are; ", provided by Velmista" names a graphic's issuer; pictures, charts
  and summaries are documents.
- Lexicon rows: titles abbreviated without a full stop ("Det Sgt", "Gov"), debate moderators,
  frontbenchers, MEPs, security chiefs, replays, military commands, circuit courts
  and judges' panels, panels and doctrines named with a capital, carmakers, device makers and game
  studios, a research institute of government, armed movements and their leaders,
  British papers. A role written with a capital ("Circuit") matches only capitalised text.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.sources.describe import describe
from analyzer.sources.lexicon import load_lexicon
from test_sources_helpers import check_last_source, run, said_by



@pytest.mark.parametrize("text,expected", [
    # The title opens the sentence, and the union's acronym stands in brackets inside it.
    ("The national secretary of the Velm Metal Workers Union (VMWU), Brell Tamm, warned of strikes and "
     "he says the firm alone is at fault.", {"name": "Brell Tamm", "type": "NGO", "named": True}),
    ("The owner of the Tull Golf Club, Mark Tamm, closed the course and he says it will reopen in May.",
     {"name": "Mark Tamm", "type": "BUS", "named": True}),
])
def test_a_title_before_a_name_may_open_the_sentence(text, expected):
    check_last_source(text, [("he", "says", text[text.index("he says") + 8:-1])], {"published": "2001-12-31"},
                      expected)


def test_a_listed_name_with_of_inside_keeps_the_name_after_it():
    src = said_by("News of the World editor Ada Korr")
    assert (src.name, src.type, src.named) == ("Ada Korr", "MED", True)


@pytest.mark.parametrize("mention,expected", [
    ("a detainee", ("CIT", False)),
    ("an Iraqi refugee", ("CIT", False)),
    ("a former hostage", ("CIT", False)),
    # Where someone is held does not type them.
    ("A Velmish doctor, being held at the Tull Detention Centre", ("CIT", False)),
    ("a man held in the Tull jail", ("CIT", False)),
    # Someone who works there still takes the place's type.
    ("an officer at the Tull Detention Centre", ("GOV", False)),
])
def test_people_held_or_displaced_are_private_people(mention, expected):
    src = said_by(mention)
    assert (src.type, src.named) == expected


@pytest.mark.parametrize("mention,expected", [
    ("the UN refugee agency", ("INT", True)),
    ("victims' advocates", ("NGO", False)),
    ("the residents association", ("NGO", False)),
    # Alone, the word is the people.
    ("a refugee", ("CIT", False)),
    ("the residents", ("CIT", False)),
])
def test_the_people_a_body_serves_do_not_type_it(mention, expected):
    src = said_by(mention)
    assert (src.type, src.named) == expected


LEXICON_ROWS = [
    ("frontbencher Ada Korr", ("POL", True)),
    ("Many MEPs", ("POL", False)),
    ("the Velmish head of security, Brell Tamm", ("SEC", True)),
    ("the U.S. Central Command", ("SEC", True)),
    ("television replays", ("DOC", False)),
    ("the latest AIHW report", ("DOC", True)),
    ("Abu Nidal", ("OTH", True)),
    ("the Ninth Circuit", ("JUD", True)),
    ("A three-judge panel", ("JUD", False)),
    ("Refugee Council of Australia", ("NGO", True)),
    ("The 1951 Refugee Convention", ("DOC", True)),
    ("VW", ("BUS", True)),
    ("aerial photographs", ("DOC", False)),
    ("The head of the Velm Law Institute, John Tamm,", ("NGO", True)),
    ("Mujaheddin returning from the mountains,", ("SEC", False)),
    ("Severe weather forecaster Ken Tamm", ("GOV", True)),
    ("a former Army medic", ("SEC", False)),
    ("Police Federation", ("NGO", True)),
    ("Jewish leaders", ("NGO", False)),
    ("a Velm Gazette pool report", ("MED", True)),
    ("Alan Tamm, another partner at Velmview", ("BUS", True)),
    ("Evan Tamm, a Republican media consultant", ("POL", True)),
    ("a good share of the population", ("CIT", False)),
    ("Chelsea Clinton", ("OTH", True)),
    ("Many in Velmland", ("CIT", False)),
    # Members of a body are not a place's people.
    ("some in the Velm Party", ("POL", False)),
    ("GLAAD", ("NGO", True)),
    ("the Spokesman-Review", ("MED", True)),
    # "-ing" words that stand before a noun do not end the head phrase.
    ("A Velm Times rolling poll", ("DOC", True)),
    ("the mining company", ("BUS", False)),
    ("the Velm Doctrine", ("DOC", True)),
    ("the Velm Panel", ("OTH", True)),
]


@pytest.mark.parametrize("mention,expected", LEXICON_ROWS)
def test_lexicon_rows(mention, expected):
    src = said_by(mention)
    assert (src.type, src.named) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Det Sgt Ada Korr", ("SEC", True, "Ada Korr")),
    ("Lt Ada Korr", ("SEC", True, "Ada Korr")),
    ("Prof Ada Korr", ("EXP", True, "Ada Korr")),
    ("Sen Ada Korr", ("POL", True, "Ada Korr")),
    # A listed governor found through the short title.
    ("OK Gov Fallin", ("GOV", True, "Mary Fallin")),
    # Lower-case, the words are not titles.
    ("a union rep", ("NGO", False, "a union rep")),
])
def test_titles_abbreviated_without_a_full_stop(mention, expected):
    src = said_by(mention, published="2016-07-10")
    assert (src.type, src.named, src.name) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Tamm's findings", ("DOC", True)),
    ("This graphic, provided by Velmista", ("DOC", True)),
    ("an FBI summary of the case", ("DOC", True)),
    ("the chart", ("DOC", False)),
])
def test_a_documents_issuer_named_inside_its_mention(mention, expected):
    src = said_by(mention)
    assert (src.type, src.named) == expected


@pytest.mark.parametrize("text,specs,expected", [
    ("The Velm Institute has studied the market. Its report says prices fell.",
     [("Its report", "says", "prices fell")], {"type": "DOC", "named": True}),
    # A possessive of unnamed people leaves the document unnamed.
    ("Officials studied the market. Their report says prices fell.",
     [("Their report", "says", "prices fell")], {"type": "DOC", "named": False}),
])
def test_a_possessive_names_the_issuer_of_a_document(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


@pytest.mark.parametrize("mention,expected", [
    ("the Twitter handle of the Velm Senate", ("Velm Senate", "POL", True)),
    ("the official Twitter account of the Velm Ministry of Health", ("Velm Ministry of Health", "GOV", True)),
    ("the Velm Ministry of Health's Facebook page", ("Velm Ministry of Health", "GOV", True)),
    # The platform alone is the company.
    ("Twitter", ("Twitter", "BUS", True)),
])
def test_a_social_media_account_speaks_for_its_holder(mention, expected):
    src = said_by(mention)
    assert (src.name, src.type, src.named) == expected


def test_its_account_is_the_body_spoken_of():
    text = "The Velm Union called a strike. Its Twitter account said the strike would go on."
    check_last_source(text, [("The Velm Union", "called", "a strike"),
                             ("Its Twitter account", "said", "the strike would go on")],
                      {"published": "2001-12-31"}, {"name": "Velm Union", "type": "NGO"})


def test_a_name_before_a_relative_clause_is_the_person():
    src = said_by("the laboratory of Brell Tamm, who was then at the Velm University School of Medicine")
    assert (src.name, src.named) == ("Brell Tamm", True)


def test_an_outlet_called_a_mouthpiece_stays_an_outlet():
    assert said_by("the Velm Daily, the mouthpiece of the Velm Workers party").type == "MED"


def test_a_name_written_in_full_holds_its_bare_surname():
    # "Hewitt" alone would be a listed US broadcaster; the story names the tennis player in full.
    text = "World number one Lleyton Hewitt won in Perth. Hewitt said he was tired."
    check_last_source(text, [("Hewitt", "said", "he was tired")], {"published": "2001-12-30"},
                      {"name": "Lleyton Hewitt", "type": "OTH", "named": True})


def test_the_articles_title_outranks_a_famous_namesake():
    # an undated "written" row is a film-maker; the article's title says this namesake is a judge
    src = said_by("Supreme Court Justice Richard Curtis")
    assert (src.type, src.named) == ("JUD", True)


def test_a_band_is_anything_else():
    assert said_by("Red Hot Chili Peppers").type == "OTH"


def test_a_written_row_is_not_found_by_a_bare_surname():
    src = said_by("Federer", published="2010-01-10")
    assert src.name != "Roger Federer"


@pytest.mark.parametrize("text,specs,expected", [
    ("Lleyton Hewitt won. Hewitt's managers put out a note that the split is final.",
     [("Hewitt's managers", "put out a note", "that the split is final")], {"type": "BUS"}),
    ("Osama bin Laden was seen in the hills. A spokesman for Osama bin Laden said the group would fight on.",
     [("A spokesman for Osama bin Laden", "said", "the group would fight on")], {"type": "OTH"}),
])
def test_a_celebritys_managers_are_a_business(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-30"}, expected)


@pytest.mark.parametrize("mention,expected", [
    ("Velm for America, a digital activism outfit", ("Velm for America", "NGO", True)),
    ("Citizens for a Better Velm", ("Citizens for a Better Velm", "NGO", True)),
    # An official's title built on "for" stays a title.
    ("the Minister for Health, Ada Korr", ("Ada Korr", "GOV", True)),
])
def test_a_name_built_on_for_is_an_advocacy_group(mention, expected):
    src = said_by(mention)
    assert (src.name, src.type, src.named) == expected


@pytest.mark.parametrize("mention,expected", [
    # A capitalised word before a party's members makes no person's name.
    ("Leading Democrats", ("POL", False)),
    ("Election-harried Republicans", ("POL", False)),
    # Where a private person lives does not make them a government.
    ("Ada Korr, 20, of Jacksonville, Florida", ("CIT", True)),
    # A state's abbreviation after a city is a place, not a name.
    ("One Velmbook user from a town outside Austin, Tex.,", ("SOC", False)),
    ("The Ethiopian marathoner Brell Tamm", ("OTH", True)),
    ("the immunologist Brell Tamm", ("EXP", True)),
])
def test_groups_places_and_titles(mention, expected):
    src = said_by(mention)
    assert (src.type, src.named) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Unions representing Velm maintenance workers", ("NGO", False)),
    ("Lawyers acting for the families", ("JUD", False)),
])
def test_the_people_represented_do_not_type_the_speaker(mention, expected):
    src = said_by(mention)
    assert (src.type, src.named) == expected


@pytest.mark.parametrize("text,specs,expected", [
    ("Rates rose, according to a study. But the authors said more work is needed.",
     [("a study", "according to", "Rates rose"), ("the authors", "said", "more work is needed")], {"type": "EXP"}),
    ("Rates rose. The authors of the paper in the journal Velm Psychiatry argued that it matters.",
     [("The authors of the paper in the journal Velm Psychiatry", "argued", "that it matters")],
     {"type": "EXP"}),
    # A book's author is not a researcher.
    ("The novel was a hit. The author said she was pleased.", [("The author", "said", "she was pleased")],
     {"type": "OTH"}),
])
def test_the_authors_of_research_are_experts(text, specs, expected):
    check_last_source(text, specs, {"published": "2019-11-20"}, expected)


def test_the_officials_of_a_story_told_by_private_people_stay_officials():
    text = ("A gunman died at a factory, officials said. The wife of one worker said he was upset. "
            "Witnesses said they heard shots.")
    _, out, sources = run(text, [("officials", "said", "A gunman died at a factory"),
                                 ("The wife of one worker", "said", "he was upset"),
                                 ("Witnesses", "said", "they heard shots")], published="2001-12-30")
    assert [s.type for s in sources] == ["GOV", "CIT", "CIT"]


def test_someones_lawyers_are_no_counted_group():
    text = "Rep. Brell Tamm was charged. Speaker Ada Korr spoke. The congressman's lawyers said he was innocent."
    check_last_source(text, [("The congressman's lawyers", "said", "he was innocent")], {"published": "2016-06-01"},
                      {"type": "JUD", "named": False})


def test_a_universitys_staff_are_academics():
    src = said_by("Brell Tamm, coordinator of the Velm Housing Project at Velm University's "
                  "Tull Centre")
    assert (src.name, src.type) == ("Brell Tamm", "EXP")


@pytest.mark.parametrize("mention,expected", [
    ("An article in the Velm Gazette", ("Velm Gazette", "MED", True)),
    ("a column in the Tull Courier", ("Tull Courier", "MED", True)),
])
def test_a_news_item_in_an_outlet_is_the_outlet(mention, expected):
    src = said_by(mention)
    assert (src.name, src.type, src.named) == expected


def test_an_item_in_the_articles_own_outlet_is_no_source():
    text = "The plan is bad, an article in the Velm Gazette said."
    _, out, sources = run(text, [("an article in the Velm Gazette", "said", "The plan is bad")],
                          published="2019-11-20", outlet="Velm Gazette")
    assert all(s.name != "Velm Gazette" for s in sources)


def test_a_clause_read_as_a_source_is_no_titles_referent():
    text = ("That would help Ada Korr while letting the president run on his record. "
            "\"The president wants a bigger deal,\" said Brell Tamm, a scholar.")
    specs = [("letting the president run on", "run on", "his record"),
             ("The president", "wants", "a bigger deal")]
    _, out, sources = run(text, specs, published="2019-11-20")
    first, last = out[0].source_id, out[-1].source_id
    assert first != last


@pytest.mark.parametrize("mention,expected", [
    # A clause on the speaker's relatives does not title the speaker.
    ("Bill Tamm, whose son died in the accident and is in Velmland for the court hearing,", "CIT"),
    # One on their own group does.
    ("Dan Tamm, whose Velm Workers Union group has led the strike,", "NGO"),
])
def test_a_whose_clause_on_relatives_gives_no_title(mention, expected):
    assert said_by(mention).type == expected


def test_a_title_with_capitals_then_a_name_after_the_comma_is_the_speaker():
    src = said_by("another witness in the inquiry, former White House Velm adviser Ada Korr")
    assert (src.name, src.type, src.named) == ("Ada Korr", "GOV", True)


def test_a_quoted_title_is_no_name():
    src = said_by('The ad, titled "Velmifier?",')
    assert (src.type, src.named) == ("DOC", False)


def test_a_title_opening_with_as_is_the_subjects():
    text = "As a lung biologist, Ada Korr followed these discoveries. Korr says the cells are key."
    check_last_source(text, [("Korr", "says", "the cells are key")], {"published": "2019-11-20"},
                      {"name": "Ada Korr", "type": "EXP"})


def test_as_a_result_is_no_title():
    text = "As a result, Ada Korr followed these discoveries. Korr says the cells are key."
    check_last_source(text, [("Korr", "says", "the cells are key")], {"published": "2019-11-20"},
                      {"name": "Ada Korr", "type": "CIT"})


@pytest.mark.parametrize("text", ["We've", "they’re", "I'm"])
def test_a_pronoun_with_a_contracted_verb_is_a_pronoun(text):
    assert describe(text, load_lexicon(None)).kind == "pronoun"


def test_a_debate_moderator_is_a_journalist():
    assert said_by("the moderator").type == "MED"


def test_a_capitalised_role_matches_only_capitalised_text():
    assert said_by("the racing circuit").type != "JUD"
