"""Rules added by the twenty-seventh pass over the sources stage (found in the false "anonymous" calls
on the PolNeAR train samples already read).

- A title used alone ("the candidate", "the administration") names one holder: it is never a plural
  group whose description holds the same word ("three candidates", "administration officials").
- A body's word used alone ("the board", "the party") is a body, never a person whose title holds the
  word ("a board member", "the state party chairman").
- "The administration" is the administration the article named by its head ("the Tamsin
  administration"), however far back.
- "The party" is the one party the article named, however far back, when it names no other.
- A reason for anonymity may be any purpose ("to describe a closed meeting", "to give a blunt view"), stand
  far from the verb ("... only on condition of anonymity because ..."), or follow "refused to talk on the
  record"; a bare request ("who spoke on condition of anonymity.") is still no reason.
- A former holder of executive office, typed POL after the term, is GOV where the article calls them by that
  office's title ("President Ivo Tamsin", "Ivo Tamsin, then president,"), not "former President Ivo Tamsin";
  such a source of the past does not set the type of the story's untyped sources.
- A single capitalised word is no person after a preposition of place inside its run of capitals ("In
  Tamsford, she said"), nor when the article also writes it in lower case ("Taxation is ..."); a run
  ending "-based", "-born" and the like is an adjective ("whose Ostra-based campaign"); an adverb in -ly
  opening a sentence is no name ("Nationally, he said"); nor is the writer's "I've" ("people I've met"), an
  adjective opening a headline ("Understated Vell rises"), or "Besides" opening a sentence; a title-case
  headline's run of capitals ends at a plural verb or an auxiliary ("Korr and Vell Slam ...", "Vell Could Win").
- A headline's unnamed person ("Woman Sues Senator ...") is the first person after it whose type and gender
  fit, not only the first person named ("A woman who worked for Senator Ivo Vell ... Mara Korr"); a
  title-case plural ("Presidential Hopefuls") is many people, no one person.
- A headline's "Report:" or "Newspaper:" is the first news outlet named after it, never the wire credited in
  the dateline ("OSTRA (VNA) —").
- A headline's unnamed body ("Velm pilots' union backs ...") is, as the lede's ("A union that speaks for the
  pilots ..."), the first body of its type the next sentences name.
- "Popular", "Famous", "Legendary", "Prominent" open no name; "Christian and motivational speaker Ada Vell" is
  Ada Vell, whose title two words share.
- "which" after a document whose words name a listed issuer ("the Associated Press report, which ...") is that
  issuer's, as the document's own mention would be.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.config import Options
from analyzer.segment import segment
from analyzer.sources import resolve_sources
from analyzer.sources.lexicon import load_lexicon
from analyzer.sources.resolve import Resolver
from test_sources_helpers import article, attributions, run


@pytest.mark.parametrize("group", ["Administration officials", "Senior administration officials"])
def test_the_administration_is_not_the_officials_quoted_before(group):
    text = (f"WASHINGTON — {group} said the farm inspections would continue until June. "
            "Growers in three states have complained for weeks. "
            "The administration said the inspections had found forged permits.")
    _, out, sources = run(text, [(group, "said", "the farm inspections would continue until June"),
                                 ("The administration", "said", "the inspections had found forged permits")],
                          published="2016-03-01")
    assert out[0].source_id != out[1].source_id
    body = next(s for s in sources if s.id == out[1].source_id)
    assert (body.type, body.named, body.affiliation) == ("GOV", True, "US")


def test_the_administration_is_the_one_named_near_the_top():
    text = ("Democrats and the Tamsin administration clashed on Tuesday over farm inspections. "
            "Growers in three states have complained for weeks, and a letter signed by dozens of lawmakers called "
            "the inspections heavy-handed. The administration said the inspections had found forged permits.")
    _, out, sources = run(text, [("The administration", "said", "the inspections had found forged permits")],
                          published="2016-03-01")
    body = next(s for s in sources if s.id == out[0].source_id)
    assert (body.type, body.named) == ("GOV", True)
    assert "Tamsin" in body.name


@pytest.mark.parametrize("title", ["candidate", "governor"])
def test_a_title_alone_is_not_the_plural_group_quoted_before(title):
    text = (f"Three {title}s seeking the nomination said the race was far from over. "
            f"Sen. Ivo Sarn won the primary on Tuesday. The {title} said he would campaign in Ohio next.")
    _, out, sources = run(text, [(f"Three {title}s seeking the nomination", "said", "the race was far from over"),
                                 (f"The {title}", "said", "he would campaign in Ohio next")], published="2016-03-01")
    assert out[0].source_id != out[1].source_id
    group = next(s for s in sources if s.id == out[0].source_id)
    assert len(group.mentions) == 1


@pytest.mark.parametrize("member, body", [("Ivo Sarn, a board member of Velmco,", "The board"),
                                           ("Ivo Sarn, the state party chairman,", "The party")])
def test_a_body_word_is_not_a_person_whose_title_holds_it(member, body):
    text = (f"{member} said the vote was close. Others disagreed in private. "
            f"{body} said on Friday it would meet again in May.")
    _, out, sources = run(text, [("Ivo Sarn", "said", "the vote was close"),
                                 (body, "said", "it would meet again in May")], published="2016-03-01")
    assert out[0].source_id != out[1].source_id


def test_the_party_is_the_one_party_named_long_before():
    filler = " ".join(f"Voters in county number {n} turned out early, officials reported." for n in range(40))
    text = ("Ivo Sarn quit the Velmist Party on Monday, ending a career his father began. "
            f"{filler} The party said it would pick a new leader in May.")
    _, out, sources = run(text, [("The party", "said", "it would pick a new leader in May")], published="2016-03-01")
    party = next(s for s in sources if s.id == out[0].source_id)
    assert party.named and "Velmist" in party.name


@pytest.mark.parametrize("clause,justified", [
    ("who spoke on condition of anonymity to give a blunt view of the talks", True),
    ("who asked for anonymity to describe a closed meeting", True),
    ("who requested anonymity to reveal the mill's accounts", True),
    ("who declined to be identified for fear her neighbours would shun her", True),
    ("who refused to talk on the record, saying the owners would punish him", True),
    ("who was not  authorised to talk to reporters", True),
    ("who spoke on condition that his family name not be used, because the owners know him", True),
    ("who spoke on condition of anonymity", False),
    ("who declined to be identified", False),
])
def test_a_reason_for_anonymity(clause, justified):
    text = f"The mill will close in May, said a foreman at the Velm mill {clause}. Work went on."
    _, _, sources = run(text, [("a foreman at the Velm mill", "said", "The mill will close in May")])
    assert sources[0].anonymity_justified is justified


def test_a_reason_far_from_the_verb():
    text = ("The patrols will continue, said senior officers, who discussed the patrols along the Velm border only "
            "on condition of anonymity because the plans are classified.")
    _, _, sources = run(text, [("senior officers", "said", "The patrols will continue")])
    assert sources[0].anonymity_justified


FORMER_PRESIDENT = """
[people]
"Ivo Tamsin" = {type = "GOV", affiliation = "Velmland", gender = "man", from = "1990-01-20", to = "1998-01-20"}
"Ada Korr" = {type = "GOV", affiliation = "Velmland", gender = "woman", from = "1998-01-20", to = "2006-01-20"}
"""


def _with_former_president(tmp_path, text, specs):
    config = tmp_path / "user.toml"
    config.write_text(FORMER_PRESIDENT, "utf-8")
    art = article(text, published="2016-03-01")
    return resolve_sources(art, segment(art).sentences, attributions(text, specs), Options(config_path=str(config)))


@pytest.mark.parametrize("mention,expected", [
    ("President Ivo Tamsin", "GOV"),
    ("Ivo Tamsin, then president,", "GOV"),
    ("former President Ivo Tamsin", "POL"),
    ("Ivo Tamsin", "POL"),
])
def test_a_former_president_spoken_of_in_office(tmp_path, mention, expected):
    text = f"The treaty will hold, {mention} said in 1995."
    out, sources = _with_former_president(tmp_path, text, [(mention, "said", "The treaty will hold")])
    assert sources[0].type == expected


def test_a_past_office_sets_no_type_for_the_story(tmp_path):
    text = ("The treaty will hold, President Ivo Tamsin said in 1995. Prices rose, President Ada Korr said in "
            "2001. The plant will close, a source said.")
    out, sources = _with_former_president(tmp_path, text, [
        ("President Ivo Tamsin", "said", "The treaty will hold"), ("President Ada Korr", "said", "Prices rose"),
        ("a source", "said", "The plant will close")])
    assert [s.type for s in sources[:2]] == ["GOV", "GOV"]
    unnamed = next(s for s in sources if s.id == out[2].source_id)
    assert unnamed.type != "GOV"


@pytest.mark.parametrize("text,spec", [
    ("Senator Ada Vell toured the state this week. In Tamsford, she thanked volunteers and teachers. "
     "''Keep going,'' she said to the hall.", ("she", "said", "''Keep going,''")),
    ("Senator Ada Vell spoke to farmers on Friday about prices and taxation. Taxation is now a burden on "
     "workers' families; she said the old rules were unfair.", ("she", "said", "the old rules were unfair")),
])
def test_a_word_opening_a_sentence_is_no_one_a_pronoun_refers_to(text, spec):
    _, out, sources = run(text, [spec], published="2016-03-01")
    assert next(s for s in sources if s.id == out[0].source_id).name == "Ada Vell"


@pytest.mark.parametrize("text", [
    "The turnout was strong, said Rep. Mara Korr, whose El Paso-based staff worked hard.",
    "The turnout was strong, said Rep. Mara Korr, whose Velm-born campaign went well.",
    "The turnout was strong, said Rep. Mara Korr.\n\nNationally, one student in four leaves with heavy loans.",
])
def test_an_adjective_or_adverb_in_capitals_is_no_person(text):
    art = article(text, published="2016-03-01")
    resolver = Resolver(art, (), load_lexicon(), segment(art).sentences)
    assert [o.desc.name for o in resolver.occurrences() if o.desc.kind == "person"] == ["Mara Korr"]


@pytest.mark.parametrize("mention", ["Several people I've spoken with this week", "people I’ve met"])
def test_the_writers_i_is_no_name(mention):
    _, out, sources = run(f"The race is close, according to {mention}.",
                          [(mention, "according to", "The race is close")], published="2016-03-01")
    assert not sources[0].named and "I" not in sources[0].name.split()


@pytest.mark.parametrize("opener", ["Understated", "Controversial", "Besides"])
def test_an_opening_adjective_or_conjunction_is_no_part_of_a_name(opener):
    text = (f"{opener} Vell gains ground in the polls.\n\nIvo Vell, the labor secretary, spoke on Friday. "
            "Wages will rise, Vell said.")
    _, out, sources = run(text, [("Vell", "said", "Wages will rise")], published="2016-03-01")
    assert [(s.name, s.type) for s in sources] == [("Ivo Vell", "GOV")]


@pytest.mark.parametrize("verb", ["Slam", "Could Win", "Are Sorry", "Steps Forward"])
def test_a_headline_name_ends_at_its_verb(verb):
    text = f"Mara Korr {verb} Over Tax Plan.\n\nTaxes will rise, Korr said on Friday."
    art = article(text, published="2016-03-01")
    resolver = Resolver(art, (), load_lexicon(), segment(art).sentences)
    assert {o.desc.name for o in resolver.occurrences() if o.desc.kind == "person"} == {"Mara Korr", "Korr"}


def test_a_headline_person_is_the_first_fitting_person_after_it():
    woman = "A woman who worked for Senator Ivo Vell"
    text = ("Woman Sues Senator Over Unpaid Wages.\n\nA woman who worked for Senator Ivo Vell "
            "said on Sunday that he never paid her.\n\nMara Korr, his aide from 2004 to 2006, filed the suit in "
            "Ostra.")
    _, out, sources = run(text, [("Woman", "Sues", "Senator Over Unpaid Wages"),
                                 (woman, "said", "that he never paid her")], published="2016-03-01")
    assert out[0].source_id == out[1].source_id
    assert [(s.name, s.named) for s in sources] == [("Mara Korr", True)]


def test_a_title_case_plural_in_a_headline_is_no_one_person():
    text = ("Republican Presidential Hopefuls Pick Their Winners.\n\nAt the cup final, Senator Ivo Vell "
            "said his team would win.")
    _, out, sources = run(text, [("Republican Presidential Hopefuls", "Pick", "Their Winners")],
                          published="2016-03-01")
    assert not sources[0].named


@pytest.mark.parametrize("word", ["Report", "Newspaper"])
def test_a_headline_report_is_the_outlet_named_after_it(tmp_path, word):
    config = tmp_path / "user.toml"
    config.write_text('outlets = ["Velm Ledger", "Velm News Agency"]\n', "utf-8")
    text = (f"{word}: Velm port chief sold shares before merger.\n\nOSTRA (Velm News Agency) — The Velm Ledger said "
            "on Wednesday that the port chief had sold his shares early.")
    art = article(text, published="2016-03-01")
    specs = [(word, ":", "Velm port chief sold shares before merger")]
    _, sources = resolve_sources(art, segment(art).sentences, attributions(text, specs),
                                 Options(config_path=str(config)))
    assert (sources[0].name, sources[0].type, sources[0].named) == ("Velm Ledger", "MED", True)


def test_a_headline_body_is_the_body_the_lede_names():
    text = ("Velm pilots' union backs Vell.\n\nA union that speaks for the pilots gave Ivo Vell its support for mayor "
            "on Thursday. In a statement, the Velm Pilots Association called him a friend of its members.")
    _, out, sources = run(text, [("Velm pilots' union", "backs", "Vell")], published="2016-03-01")
    assert (sources[0].name, sources[0].type, sources[0].named) == ("Velm Pilots Association", "NGO", True)


@pytest.mark.parametrize("mention", ["Popular Christian and motivational speaker Ada Vell",
                                     "Legendary author and activist Ada Vell"])
def test_a_shared_title_before_a_name_is_that_person(mention):
    _, out, sources = run(f"{mention} believes the vote was won.",
                          [(mention, "believes", "the vote was won")], published="2016-03-01")
    assert (sources[0].name, sources[0].named) == ("Ada Vell", True)


@pytest.mark.parametrize("before", ["Senator Ivo Vell's statement pointed to",
                                    "Senator Ivo Vell called for an inquiry after"])
def test_which_after_a_listed_issuers_report_is_the_issuer(before):
    text = f"{before} the Associated Press report, which showed the minister kept two diaries."
    _, out, sources = run(text, [("which", "showed", "the minister kept two diaries")],
                          published="2016-03-01")
    assert sources[0].named and sources[0].affiliation == "The Associated Press"
    assert sources[0].name == "the Associated Press report"
