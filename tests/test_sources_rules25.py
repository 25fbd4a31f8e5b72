"""Rules added by the twenty-fifth pass over the sources stage (dev sets: the blind labels of PolNeAR
mentions made by docs/annotating_sources.md; held-out sets scored for totals only).

- An unnamed "a fresh poll" is named by a later mention of a poll that says who made it ("... the poll from
  the Velm Institute finds"); a headline's "poll finds" looks for it further on, over the lead.
- A poll whose capitalised name runs into "Poll" ("a Velm Herald Poll") is a poll (DOC) by that maker, not an
  organisation called "Velm Herald Poll"; a listed body of that shape stays the body.
- A sentence's capitalised opening adverb or gerund ("Virtually no one", "Entrusting Bo Tamm with ...") is
  no part of a name.
- Speakers at events ("a corporate speaker", "a keynote speaker") are not the Speaker of a house; doctoral
  candidates are academics (EXP), not candidates for office.
- A closing "the same month" is a time, not the head of the mention ("a Velm poll the same month").
- "across" and "throughout" end a head noun as "in" does ("Officials across Europe"), and people in other
  countries are the public there (CIT), not governments.
- In a title-case headline, past forms of reporting verbs ("Shared", "Revealed") split the names around
  them, as their -s forms do.
- The outlet's own poll is a source (DOC), named by the outlet: "a Velm Herald/Ostby News poll" in the Velm
  Herald, and "the new poll" after "The Velm Herald conducted a 50-state poll"; the outlet itself still is
  never one.
- A mosque's body ("the Velm Islamic Center") is a religious body (NGO), as a police officers' association
  is a union (NGO), not the police; a campaign's fundraising manager is political (POL).
- A source span that cuts a word ("t" of "Tamm") stands for the whole word, but not across a capital glued on
  by a scrape ("10:15 PMAda Vell"); a lone reporting verb given as the source ("..., said Ada Vell.") stands
  for the name right after it.
- A spaced hyphen is a dash: "Bo Tamm - a fellow governor -" is Bo Tamm, described; a capitalised plural
  followed by names in apposition ("the two leading Republicans, Ada Vell and Senator Bo Tamm,") is named.
- Allies with no one named beside them are political (POL): "her allies", "some allies".
- The words a relative "who" refers to stop at any preposition: "alarm among tax experts who ..." are the
  experts.
- A listed body after "of" or "for" in another body's name is its topic: "the Velm Institute for Labor
  Studies" is no party. A capitalised "Absent" opening a headline is no given name.
- After a sentence's opening preposition ("To Ms. Vell, skating represents a protest against the city's
  plans."), what follows the comma is the sentence, not her title.
- A definite body word refers first to the body just named, if its type is known ("... a charity called the
  Ostby Promise Foundation. The group seeks ..."; "The Velm Rifle Association says ... The nation's largest
  gun group is accusing ...").
- "the tabloid" is the newspaper just named; "the radioman" a radio host; a span "According to" given as the
  source stands for the name after it.
- Donors are people who give (CIT), unless their wealth or a body is written with them ("corporate donors":
  BUS); "the mega donor" is the person the article calls one, not the politician spoken of last.
- Leaders of countries are governments (GOV): "foreign leaders", "European leaders", "the leaders of Canada
  and Mexico"; so are "governments".
- Convention delegates are people of the public (CIT); superdelegates stay party officials (POL).
- "in Kansas City" after a title says where someone works: the city's government does not type them.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.model import Attribution, Span
from analyzer.segment import segment
from analyzer.sources import resolve_sources

from test_sources_helpers import OPTIONS, article, check_last_source, find, run

META = {"published": "2001-12-31"}


def _check_said(mention: str, claim: str, expected: dict, before: str = "") -> None:
    """Check the source of '<before><mention> said <claim>.' against ``expected`` (attribute -> value)."""
    check_last_source(f"{before}{mention} said {claim}.", [(mention, "said", claim)], META, expected)


def _source(text: str, specs: list[tuple], index: int):
    """The source of the ``index``-th attribution of ``specs`` (mention, cue, claim) in a fictional text."""
    _, out, sources = run(text, specs, **META)
    by_id = {s.id: s for s in sources}
    return by_id[out[index].source_id]


def test_an_unnamed_poll_is_named_by_a_later_mention_of_its_maker():
    text = ("Young voters are turning to Senator Ana Vell, a fresh poll shows.\n\nStudents like her most, the "
            "poll from the Velm Institute of Politics finds. The poll was taken in May.")
    src = _source(text, [("a fresh poll", "shows", "Young voters are turning"),
                         ("the poll from the Velm Institute of Politics", "finds", "Students like her most")], 0)
    assert (src.type, src.named) == ("DOC", True)


# each paragraph of the gap is about 57 characters: 15 put the named poll past the headline's reach
@pytest.mark.parametrize("gap,named", [(14, True), (30, False)])
def test_a_headline_poll_looks_over_the_lead_for_its_maker(gap, named):
    filler = "".join(f"\"Times are hard,\" says Bo Tamm {k}, a farmer from Ostby.\n\n" for k in range(gap))
    text = ("Young people still believe in hard work, poll finds\n\nIn a changing economy, the young still hope.\n\n"
            + filler + "The latest Velm Herald/Ostby College Poll asked 900 young adults what they hope for.")
    src = _source(text, [("poll", "finds", "Young people still believe")], 0)
    assert (src.type, src.named) == ("DOC", named)


@pytest.mark.parametrize("mention", ["a Velm Herald Poll", "a Velm Herald Poll the same month"])
def test_a_capitalised_poll_is_a_poll_by_its_maker(mention):
    text = f"Voters are split, according to {mention}."
    check_last_source(text, [(mention, "according to", "Voters are split")], META, {"type": "DOC", "named": True})


def test_an_opening_adverb_is_no_name():
    text = "Virtually no one backs the mayor's new parking rules in Velmton."
    check_last_source(text, [("Virtually no one", "backs", "the mayor's new parking rules")], META, {"named": False})


def test_an_opening_gerund_is_no_part_of_the_name_after_it():
    text = ("Senator Ana Vell spoke for an hour. Entrusting Bo Tamm with the budget is a risk.\n\n"
            "Tamm, 61, was a banker before he ran. He said that he would cut taxes.")
    src = _source(text, [("He", "said", "that he would cut taxes")], 0)
    assert (src.named, src.name) == (True, "Bo Tamm")


@pytest.mark.parametrize("mention,expected", [
    ("Popular corporate speaker Ada Vell", "CIT"),
    ("Keynote speaker Ada Vell", "CIT"),
    ("House Speaker Ada Vell", "POL"),
    ("Ada Vell, a doctoral candidate at Velm University,", "EXP"),
])
def test_speakers_at_events_and_doctoral_candidates_hold_no_office(mention, expected):
    _check_said(mention, "that the vote was a mistake", {"type": expected, "named": True})


@pytest.mark.parametrize("mention,expected", [
    ("Officials across Europe", {"type": "GOV", "named": False}),
    ("People in many other countries", {"type": "CIT", "named": False}),
])
def test_people_across_places_are_no_one_named(mention, expected):
    _check_said(mention, "that the vote was a mistake", expected)


def test_a_past_reporting_verb_splits_a_title_case_headline():
    text = ("Velm Preacher Just Shared This Prayer For The Senator\n\nA popular preacher believes he has a word "
            "for Senator Ana Vell. The preacher said that the senator would win.")
    src = _source(text, [("The preacher", "said", "that the senator would win")], 0)
    assert src.named is False


OWN_OUTLET = {"published": "2001-12-31", "outlet": "The Velm Herald"}


def test_the_outlets_own_poll_is_a_source_but_the_outlet_is_not():
    text = ("Ana Vell leads by 8 points, according to a Velm Herald/Ostby News poll released Sunday. "
            "The Velm Herald reported that the race is tight.")
    _, out, sources = run(text, [("a Velm Herald/Ostby News poll released Sunday", "according to",
                                  "Ana Vell leads"),
                                 ("The Velm Herald", "reported", "that the race is tight")], **OWN_OUTLET)
    by_id = {s.id: s for s in sources}
    poll = by_id[out[0].source_id]
    assert (poll.type, poll.named) == ("DOC", True)
    assert out[1].source_id is None


def test_a_poll_the_outlet_conducted_names_the_later_mentions():
    text = ("In May the Velm Herald conducted a 50-state poll, its first since 1988.\n\n"
            "Ana Vell leads in Ostby and Tull, according to the new poll.")
    check_last_source(text, [("the new poll", "according to", "Ana Vell leads")], OWN_OUTLET,
                      {"type": "DOC", "named": True})


@pytest.mark.parametrize("mention,expected", [
    ("Ada Vell, a spokesman for the Ostby Islamic Center,", "NGO"),
    ("Bo Tamm, president of the Ostby Police Patrolmen's Association,", "NGO"),
    ("Bo Tamm, who served as Ada Vell's digital fundraising manager,", "POL"),
    ("Bo Tamm, director of Tamm Speechwriting and a political analyst in Kansas City,", "EXP"),
])
def test_bodies_and_posts_that_a_word_inside_them_mistyped(mention, expected):
    _check_said(mention, "that the vote was a mistake", {"type": expected, "named": True})



@pytest.mark.parametrize("text,needle,cut,name", [
    # the "e" of "Vell told": a span cutting the surname
    ("Senator Ana Vell spoke on Monday. \"We will win,\" Vell told the crowd.", "Vell told", (1, 2), "Ana Vell"),
    # the verb alone, before the speaker's name
    ("Voters are angry. \"We will win,\" said Ana Vell, a senator from Ostby.", "said", (0, 4), "Ana Vell"),
    # "According to" given as the source: the name after it
    ("Voters are angry, according to Ana Vell, a senator from Ostby.", "according to", (0, 12), "Ana Vell"),
    # a capital glued on by a scrape: the span already is the name
    ("Debate live blog.\n\n10:15 PMAna Vell: \"We will win.\"", "Ana Vell", (0, 8), "Ana Vell"),
])
def test_a_source_span_that_cuts_a_word_or_is_a_verb_stands_for_the_name(text, needle, cut, name):
    at = text.index(needle)
    claim = "We will win" if "win" in text else "Voters are angry"
    att = Attribution("a1", "direct", (find(text, claim),), None, Span(at + cut[0], at + cut[1]))
    art = article(text, **META)
    out, sources = resolve_sources(art, segment(art).sentences, (att,), OPTIONS)
    src = next(s for s in sources if s.id == out[0].source_id)
    assert (src.named, src.name) == (True, name)


@pytest.mark.parametrize("mention,expected", [
    ("Bo Tamm - a fellow governor -", {"named": True, "name": "Bo Tamm", "type": "GOV"}),
    ("Ms. Vell and Bo Tamm - two governors of the central bank -", {"named": True}),
    ("the two leading Republicans, Ada Vell and Senator Bo Tamm,", {"named": True, "type": "POL"}),
])
def test_names_before_a_spaced_hyphen_or_in_apposition_name_the_source(mention, expected):
    _check_said(mention, "that it was a mistake", expected, before="The plan drew fire on Monday. ")


@pytest.mark.parametrize("mention", ["Her allies", "Some allies"])
def test_allies_with_no_one_named_are_political(mention):
    _check_said(mention, "that she would run again", {"type": "POL", "named": False},
                before="Senator Ana Vell kept quiet on Monday. ")


def test_a_relative_who_refers_to_the_words_after_the_last_preposition():
    text = "The tax plan caused alarm among tax experts who said that it would cost billions."
    src = _source(text, [("who", "said", "that it would cost billions")], 0)
    assert (src.name, src.type, src.named) == ("tax experts", "EXP", False)


@pytest.mark.parametrize("mention,expected", [
    ("Ada Vell, a labor economist at the Velm Institute for Labor Studies,", "EXP"),
    ("Bo Tamm, the head of the Log Cabin Republicans in Ostby,", "NGO"),
])
def test_a_body_typed_by_its_own_head_not_its_topic(mention, expected):
    _check_said(mention, "that the rule would cost jobs", {"type": expected, "named": True})


def test_absent_opening_a_headline_is_no_name():
    text = "Absent Vell hits back at debate rivals\n\n\"I was busy,\" Senator Ana Vell said on Monday."
    src = _source(text, [("Absent Vell", "hits back", "at debate rivals")], 0)
    assert (src.name, src.type) == ("Ana Vell", "POL")


def test_what_follows_an_opening_preposition_and_a_name_is_no_title():
    text = ("The skaters meet at Ostby Park. To Ms. Vell, skating represents a protest against the city's plans."
            "\n\n\"It is a political act,\" Ms. Vell said.")
    src = _source(text, [("Ms. Vell", "said", "It is a political act")], 0)
    assert (src.type, src.named) == ("CIT", True)


def test_a_body_word_refers_to_the_body_just_named():
    text = ("The Velm Rifle Association says the new rules are unfair. The nation's largest gun group is accusing the "
            "mayor of playing politics.\n\nBo Tamm now helps lead a charity called the Ostby Promise Foundation. "
            "The group seeks to end gun deaths, it said.")
    guild = _source(text, [("The nation's largest gun group", "is accusing", "the mayor of playing politics"),
                           ("The group", "seeks", "to end gun deaths")], 0)
    promise = _source(text, [("The nation's largest gun group", "is accusing", "the mayor of playing politics"),
                             ("The group", "seeks", "to end gun deaths")], 1)
    assert (guild.name, guild.named) == ("Velm Rifle Association", True)
    assert (promise.name, promise.named) == ("Ostby Promise Foundation", True)


@pytest.mark.parametrize("text,mention,expected", [
    ("Bo Tamm endorsed Ana Vell, the Velm Daily News reported. The tabloid said that she would win.",
     "The tabloid", "Velm Daily News"),
    ("Bo Tamm hosts a show on Velm FM. The radioman said that he would vote.", "The radioman", "Bo Tamm"),
])
def test_news_words_refer_to_the_outlet_or_host_just_named(text, mention, expected):
    check_last_source(text, [(mention, "said", "that")], META, {"name": expected, "type": "MED", "named": True})


@pytest.mark.parametrize("mention,expected", [("His donors", "CIT"), ("Some corporate donors", "BUS")])
def test_donors_are_people_who_give(mention, expected):
    _check_said(mention, "that they would give more", {"type": expected, "named": False},
                before="Senator Ana Vell raised $2 million in May. ")


def test_the_mega_donor_is_the_person_called_one():
    text = ("Republican mega-donor Bo Tamm met Senator Ana Vell on Monday. Vell spoke for an hour.\n\n"
            "The mega donor said that he was impressed.")
    src = _source(text, [("The mega donor", "said", "that he was impressed")], 0)
    assert (src.name, src.type) == ("Bo Tamm", "BUS")


@pytest.mark.parametrize("mention", ["Foreign leaders", "Other Asian leaders", "The leaders of Canada and Mexico",
                                     "The governments of the world"])
def test_leaders_of_countries_are_governments(mention):
    _check_said(mention, "that the deal was fair", {"type": "GOV"}, before="The summit ended on Friday. ")


@pytest.mark.parametrize("mention,expected", [("Ada Vell, a Tamm delegate from Ostby,", "CIT"),
                                              ("Ada Vell, a superdelegate from Ostby,", "POL")])
def test_convention_delegates_are_the_public(mention, expected):
    _check_said(mention, "that the party was united", {"type": expected}, before="The convention opened on Monday. ")
