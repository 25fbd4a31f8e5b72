"""Rules added by the fourth pass over the sources stage: descriptions that refer back to named
sources (possessives, counted groups, definite descriptions of things, documents and their
issuers, relative clauses across an appositive, surnames in all-capitals headlines) and a few
role words. All texts are fictional, written for these tests; public figures and organisations
are lexicon entries written from general knowledge.

Table: (text, [(source, cue, content)...], metadata, expected attributes of the last source).
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source, last_source, run


RULES = [
    # "who" after an appositive still speaks of the named person ...
    ("Turnout was low, said Bram Ostrow, a county delegate and party donor who has accused rivals of lying.",
     [("Bram Ostrow", "said", "Turnout was low"), ("who", "accused", "rivals of lying")], {},
     dict(named=True, name="Bram Ostrow")),
    # ... but not across "of": the wife of a farmer is not the farmer.
    ("The fence was cut, said Mara Velk, the wife of a farmer who has blamed the county.",
     [("Mara Velk", "said", "The fence was cut"), ("who", "blamed", "the county")], {},
     dict(named=False)),
    # A possessive inside a document phrase: the speech is hers.
    ("Governor Ada Brell will speak tonight. "
     "Taxes will fall, according to excerpts of her speech released by her office.",
     [("excerpts of her speech released by her office", "according to", "Taxes will fall")], {},
     dict(named=True, name="Ada Brell", type="GOV")),
    # A definite title's possession: the nominee named before.
    ("Republican nominee Tom Velk spoke in Ohio. The polls are wrong, the Republican nominee's campaign said.",
     [("the Republican nominee's campaign", "said", "The polls are wrong")], {},
     dict(named=True, name="Tom Velk", type="POL")),
    # Without anyone holding the title, the campaign stays unnamed.
    ("The polls are wrong, the Republican nominee's campaign said.",
     [("the Republican nominee's campaign", "said", "The polls are wrong")], {},
     dict(named=False, type="POL")),
    # Who issued a document, written right after it.
    ("The poll, released on Monday by the Velmar Institute, showed Brell ahead.",
     [("The poll", "showed", "Brell ahead")], {}, dict(named=True, type="DOC")),
    ("A poll of Ohio voters showed Brell ahead.", [("A poll of Ohio voters", "showed", "Brell ahead")], {},
     dict(named=False, type="DOC")),
    # "the two": the two people just spoken of, named by its members; the first-mentioned types it.
    ("Senator Ada Brell met the painter Tom Velk on Monday. The two said the talks went well.",
     [("The two", "said", "the talks went well")], {}, dict(named=True, type="POL")),
    ("The two said the talks went well.", [("The two", "said", "the talks went well")], {}, dict(named=False)),
    # A counted group with a title takes only people of that title's type.
    ("Professor Ada Brell and Professor Tom Velk spoke on Monday. Both presidential candidates oppose the deal.",
     [("Both presidential candidates", "oppose", "the deal")], {}, dict(named=False, type="POL")),
    # "the candidates" after two named candidates are those two; with none named, unnamed.
    ("Senator Ada Brell and Senator Tom Velk are running for president. Brell said taxes must fall. "
     "Velk said taxes must rise. The moderator asked the candidates about trade.",
     [("Brell", "said", "taxes must fall"), ("Velk", "said", "taxes must rise"),
      ("the candidates", "asked", "about trade")], {}, dict(named=True, type="POL")),
    ("The moderator asked the candidates about trade.", [("the candidates", "asked", "about trade")], {},
     dict(named=False, type="POL")),
    # A group given by example ("like ...") names its members.
    ("The deal is bad, groups like the Sierra Club said.", [("groups like the Sierra Club", "said", "The deal is bad")],
     {}, dict(named=True)),
    # "In a statement ..., X said": the statement is X's, and so is "The statement" after it.
    ("In a statement announcing the pick, the National Education Association called the senator a champion. "
     "The statement also praised her record.",
     [("a statement", "announcing", "the pick"), ("The statement", "praised", "her record")], {},
     dict(named=True, type="NGO")),
    # A surname in an all-capitals headline is the listed public figure.
    ("1. WHAT TRUMP'S PLAN MEANS. The Republican nominee is betting on the suburbs.",
     [("The Republican nominee", "is betting", "on the suburbs")], {"published": "2016-08-25"},
     dict(named=True, type="POL", name="Donald Trump")),
    ("1. WHAT THE PLAN MEANS. The Republican nominee is betting on the suburbs.",
     [("The Republican nominee", "is betting", "on the suburbs")], {"published": "2016-08-25"},
     dict(named=False, type="POL")),
    # A headline's bare title is the first person the text names, when the type agrees.
    ("Lawmaker urges new sanctions.\n\nRep. Ada Brell, a Democrat, called for sanctions on Monday.",
     [("Lawmaker", "urges", "new sanctions")], {}, dict(named=True, name="Ada Brell", type="POL")),
    ("Lawmaker urges new sanctions.\n\nFarmer Tom Velk said sanctions would hurt him.",
     [("Lawmaker", "urges", "new sanctions")], {}, dict(named=False, type="POL")),
    # A definite description of a thing belongs to the named source just spoken of.
    ("Velmar Holdings said on Monday it had sold its port stake. The move shows that the firm expects losses.",
     [("Velmar Holdings", "said", "it had sold its port stake"), ("The move", "shows", "that the firm expects losses")],
     {}, dict(named=True, name="Velmar Holdings")),
    ("The move shows that the firm expects losses.", [("The move", "shows", "that the firm expects losses")], {},
     dict(named=False)),
    ("The Census Bureau said the count was done. The survey asks about income.",
     [("The Census Bureau", "said", "the count was done"), ("The survey", "asks", "about income")], {},
     dict(named=True, type="DOC")),
    # A press release is its issuer speaking; a report stays a document.
    ("The judge ruled for us, according to a press release from the Sierra Club.",
     [("a press release from the Sierra Club", "according to", "The judge ruled for us")], {},
     dict(type="NGO", named=True)),
    ("Wages fell, according to a report from the Sierra Club.",
     [("a report from the Sierra Club", "according to", "Wages fell")], {}, dict(type="DOC", named=True)),
    # Coordinated titles: the first one wins a tie.
    ("The water is unsafe, said Mara Velk, the environmental activist and lawyer.",
     [("Mara Velk, the environmental activist and lawyer", "said", "The water is unsafe")], {},
     dict(type="NGO", named=True)),
    ("The water is unsafe, said Mara Velk, a homemaker.", [("Mara Velk, a homemaker", "said", "The water is unsafe")],
     {}, dict(type="CIT", named=True)),
    # A vague head with a named body is an unnamed person of that body, not the body.
    ("The talks failed, one Pentagon source said.", [("one Pentagon source", "said", "The talks failed")], {},
     dict(type="GOV", named=False)),
    ("The suspect was armed, law enforcement sources said.",
     [("law enforcement sources", "said", "The suspect was armed")], {}, dict(type="SEC", named=False)),
    # A spokesman for a named person is someone else, unnamed; a title before a name is that person.
    ("The report is false, a spokesman for Senator Ada Brell said.",
     [("a spokesman for Senator Ada Brell", "said", "The report is false")], {}, dict(named=False)),
    ("The vote is set, Speaker of the House Rep. Ada Brell (R-Ohio) said.",
     [("Speaker of the House Rep. Ada Brell (R-Ohio)", "said", "The vote is set")], {},
     dict(named=True, name="Ada Brell", type="POL")),
    ("The report is false, former secretary of state Ada Brell said.",
     [("former secretary of state Ada Brell", "said", "The report is false")], {}, dict(named=True)),
    # A transcript is the words of whoever was just quoted.
    ("Governor Ada Brell spoke in Ostra on Tuesday. We will win, Brell said. Transcript as follows: thank you all.",
     [("Brell", "said", "We will win"), ("Transcript", "as follows", "thank you all")], {},
     dict(named=True, name="Ada Brell", type="GOV")),
    ("Turnout was low, said Maricopa County Recorder Ada Velk.",
     [("Maricopa County Recorder Ada Velk", "said", "Turnout was low")], {}, dict(type="GOV", named=True)),
    # A named person's words inside a document phrase.
    ("The transport ministry published some 900 pages of Ada Brell's letters on Friday.",
     [("some 900 pages of Ada Brell's letters", "published", "on Friday")], {},
     dict(named=True, name="Ada Brell")),
    # "the 43-year-old" is the person just spoken of.
    ("The painter Tom Velk posted the clip on Thursday. It was a joke, the 43-year-old said.",
     [("the 43-year-old", "said", "It was a joke")], {}, dict(named=True, name="Tom Velk")),
    # "they all" stands for "they".
    ("The Sierra Club met on Monday. They all vowed to fight the dam.",
     [("They all", "vowed", "to fight the dam")], {}, dict(named=True, type="NGO")),
    # "the bureau" after "the FBI"; "a poll out Tuesday" is a poll named by its issuer.
    ("The FBI said the case was open. The bureau is looking at the emails, agents said.",
     [("The FBI", "said", "the case was open"), ("The bureau", "is looking", "at the emails")], {},
     dict(named=True, type="SEC")),
    ("Brell leads, according to a new Quinnipiac poll out Tuesday.",
     [("a new Quinnipiac poll out Tuesday", "according to", "Brell leads")], {}, dict(named=True, type="DOC")),
    # A definite description of a thing after a named document is that document.
    ("Turnout will fall, a new ad from the Velmar Action Fund says. The 60-second spot attacks the mayor.",
     [("a new ad from the Velmar Action Fund", "says", "Turnout will fall"),
      ("The 60-second spot", "attacks", "the mayor")], {}, dict(named=True)),
    # Role words: a council president is a legislator; hackers, returns, the markets.
    ("The budget passed, City Council president Dana Velk said.",
     [("City Council president Dana Velk", "said", "The budget passed")], {}, dict(type="POL", named=True)),
    ("The server was open, the hacker said.", [("the hacker", "said", "The server was open")], {},
     dict(type="OTH", named=False)),
    ("Brell won the county, according to early returns.", [("early returns", "according to", "Brell won the county")],
     {}, dict(type="DOC", named=False)),
    ("Rates will rise, the markets signalled.", [("the markets", "signalled", "Rates will rise")], {},
     dict(type="BUS", named=False)),
    ("Sales fell, HP said.", [("HP", "said", "Sales fell")], {}, dict(type="BUS", named=True)),
]


@pytest.mark.parametrize("text,specs,meta,expected", RULES, ids=[f"{i}" for i in range(len(RULES))])
def test_rules(text, specs, meta, expected):
    check_last_source(text, specs, meta, expected)


# "he" is not a name that modifies a noun ("the Obama administration").
def test_pronoun_skips_name_used_as_modifier():
    text = ("A voter asked Senator Tom Velk about deportations under the Obama administration. "
            "He answered with a story about his parents.")
    specs = [("He", "answered", "with a story about his parents")]
    _, out, sources = run(text, specs, published="2016-06-05")
    src = last_source(out, sources)
    assert src.name == "Tom Velk" and src.type == "POL"


# "The statement" after "In a statement ..., the union called": one source with the union.
def test_statement_joins_the_speaker_after_it():
    text = ("In a statement announcing the pick, the National Education Association called the senator a champion. "
            "The statement also praised her record.")
    specs = [("a statement", "announcing", "the pick"),
             ("the National Education Association", "called", "the senator a champion"),
             ("The statement", "praised", "her record")]
    _, out, sources = run(text, specs)
    assert out[0].source_id == out[1].source_id == out[2].source_id
