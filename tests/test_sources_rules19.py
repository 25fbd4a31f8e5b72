"""Rules added by the nineteenth pass over the sources stage (dev set: the blind labels of PolNeAR
mentions made by docs/annotating_sources.md; held-out sets scored for totals only).

- An indefinite description set off by a comma right after a name ("Velm Forward PAC, a super PAC that
  ...", "Rep. Bo Tamm (D-Ohio), a Velmish Democrat,") describes that name: a person's title after a person, a
  word for a body after a body. A place after a preposition ("In Velmton, a voter said", "at Velm Hall, a
  circle of pastors") and a description that is itself the subject of a reporting verb ("Tamm, a top aide
  said, is confident") are no such apposition.
- A lone capitalised word that is a place or body word by itself ("West") is the surname of the first person
  the article writes in full with it ("the author Dara West ... West took a swipe"), as a lone body's name
  is; with no such person it is no one's name. "State" in an article that names the State Department is
  that department.
- "the company" and "the firm" are the body of a fitting type spoken of last, within the sentence before, as
  "the group" is; the body's own name types it ("The Velm Gazette ... the company said" stays an outlet).
- A definite business epithet of up to five lower-case words ("the online retail giant", "the software
  maker") is the business spoken of last, within the sentence before; with no business there, unnamed.
- People described by where they are or what they are like ("many people at his rallies", "the 8,000
  people in the hall", "older people") are the public (CIT); people near a body or in the know ("people close
  to the mayor", "people with direct knowledge of the talks") and "those people" are not.
- A share of a nation's people ("tens of millions of Americans", "the rest of Americans") and a relative
  "who" after a plural demonym ("scores of Americans who think ...") are people (CIT), not the state (GOV);
  "the Americans" alone stays the nation. (A listed demonym is needed, so these use a real one.)
- A lede's definite person of no named holder ("the widowed husband of a fallen sailor", "The Velmish
  hacker who ...") is the person whose new full name opens the next sentence; a name the headline already gave
  still counts as new there.
- A title after another title and a preposition is someone else's and gives no gender ("the wife of a
  serviceman" is a woman, "the spouse of a serviceman" of unknown gender); a title after a mere preposition
  still does ("to visit her daughter Ana").
- A lone capitalised word after a preposition of place ("in Ostrava, he ran one of the chemistry
  laboratories") is a place, whatever title the words after it seem to give: no person for "he".
- One person of a nation ("a Canadian", "one kind-hearted Canadian") is an unnamed private person (CIT), not
  the state (GOV, named); in a lede, the person whose new name opens the next sentence with an unofficial
  title ("Rob Vell, a radio host in Velmton,"), not one with an official title ("Mayor Bo Tamm"). (A listed
  demonym is needed, so these use a real one.)
- A hyphenated broadcaster's or newspaper's name ("KVLM-TV", "the Sun-Times", "the Velm Times-Herald") is a
  news outlet (MED), not a person; a hyphenated surname ("Ana Tork-Vell") stays a person.
- Readers, viewers, listeners, subscribers, callers, participants and marchers are the public (CIT);
  "Participants" opening a sentence is no name.
- "a few", "a number of", "a handful of" before a plural title count many people: "A few other prominent
  Republicans" is a group, never the one Republican the next sentence names; "a Republican" stays one
  person.
- An analyst's party, written as a word or as "GOP", is where the analyst leans ("GOP analysts",
  "a Democratic analyst" are EXP); strategists stay political (POL).
- A quantifier standing alone ("some", "many", "several") says nothing of who it is (DESIGN §6: OTH); it takes
  no type from the article's majority, as an untyped description does.
- "the polls", "the latest polls" are polls at large: no one's, unnamed, whatever poll was named before;
  "the poll" after "a Velm Gazette poll" is still that poll.
- "the retired neurosurgeon" (the, "retired", a title) is said of the person just spoken of, as "the
  billionaire" is.
- A magnate, tycoon or mogul is a business owner (BUS): "Ronnie Vell, an Ohio poultry magnate, who ...";
  "the real estate mogul" is still the person just spoken of.
- A post written with "now" after earlier ones ("a party aide in the 2010 race and now director of the
  Velm University Institute of Politics") is the one held, and types the person first.
- Someone "who teaches ... at" a university, college, institute or school is an academic (EXP), whatever
  the subject ("who teaches tax law and court procedure at Velm University").
- "Ms. Vell, along with Judge Bo Tamm and ...": the titles after "along with" are the others', never hers.
- Someone's demand, warning, pledge, promise, claim, argument, plea, appeal, message, announcement,
  explanation or version ("his famous demand in Velmton", "his message") is that person's own word.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.config import Options
from analyzer.model import Attribution, Span
from analyzer.segment import segment
from analyzer.sources import resolve_sources
from analyzer.sources.describe import PRIO_ROLE, best_type, describe
from analyzer.sources.lexicon import load_lexicon

from test_sources_helpers import article, check_last_source, find, last_source, run

META = {"published": "2001-12-31"}


@pytest.mark.parametrize("text,mention,claim,expected", [
    ("The ads come from Velm Forward PAC, a super PAC that opposes the mayor.", "a super PAC",
     "opposes the mayor", ("POL", True, "Velm Forward PAC")),
    ("The rules are unfair, said Ana Tork, director of the Brell Institute, a policy institute in Ohio.",
     "a policy institute", "The rules are unfair", ("EXP", True, "Brell Institute")),
    ("Rep. Bo Tamm (D-Ohio), a Velmish Democrat, said the vote was rigged.", "a Velmish Democrat",
     "the vote was rigged", ("POL", True, "Bo Tamm")),
])
def test_an_indefinite_description_after_a_name_is_that_name(text, mention, claim, expected):
    check_last_source(text, [(mention, "", claim)], META,
                      {"type": expected[0], "named": expected[1], "name": expected[2]})


@pytest.mark.parametrize("text,mention,cue,claim", [
    # a place before the comma: where, not who
    ("In Velmton, a voter said the mayor lied.", "a voter", "said", "the mayor lied"),
    ("Before the rally at Velm Hall, a circle of pastors urged a walkout.", "a circle of pastors", "urged",
     "a walkout"),
    # the description speaks of the name before it
    ("Tamm, a top aide said, is confident about the vote.", "a top aide", "said", "is confident"),
])
def test_no_apposition_after_a_place_or_before_a_reporting_verb(text, mention, cue, claim):
    check_last_source(text, [(mention, cue, claim)], META, {"named": False})


@pytest.mark.parametrize("text,expected", [
    ("The author Dara West took the stage. On Sunday, West took a swipe at the mayor.",
     {"named": True, "name": "Dara West"}),
    # no person of that surname: the word stays a place
    ("The West is split, Mayor Ana Vell said. On Sunday, West took a swipe at the mayor.",
     {"named": False}),
])
def test_a_lone_place_word_is_the_surname_of_a_person_written_in_full(text, expected):
    src = last_mention_source(text, "West", "took", "a swipe")
    assert {k: getattr(src, k) for k in expected} == expected


def last_mention_source(text: str, mention: str, cue: str, claim: str):
    """The source of one attribution whose source is the last ``mention`` in the text (the shared helper
    would take the first one)."""
    start = text.rindex(mention)
    att = Attribution("a1", "indirect", (find(text, claim),), find(text, cue), Span(start, start + len(mention)))
    art = article(text, **META)
    out, sources = resolve_sources(art, segment(art).sentences, (att,), Options())
    return next(s for s in sources if s.id == out[0].source_id)


@pytest.mark.parametrize("opening,expected", [
    ("The Velm Gazette also wrote on the case.", {"type": "MED", "named": True, "name": "Velm Gazette"}),
    ("Tarnco Inc. opened a plant in Ohio.", {"type": "BUS", "named": True, "name": "Tarnco Inc."}),
    # no body spoken of: an unnamed company
    ("Mayor Ana Vell opened a plant in Ohio.", {"type": "BUS", "named": False}),
])
def test_the_company_is_the_body_spoken_of_last(opening, expected):
    text = f"{opening} Profits were up, the company said on its website."
    check_last_source(text, [("the company", "said", "Profits were up")], META, expected)


@pytest.mark.parametrize("mention,verb", [
    ("his famous demand in Velmton", "was"),
    ("his message", "was"),
    ("his warnings", "were"),
])
def test_owned_words_are_the_owner(mention, verb):
    text = f"Mayor Bo Tamm spoke on Monday. Tear down the wall, {mention} {verb}."
    owner = {"name": "Bo Tamm", "named": True}
    check_last_source(text, [(mention, verb, "Tear down the wall")], META, owner)


@pytest.mark.parametrize("opening,expected", [
    ("Velmsoft Corp. rose 2 percent after Tarnco Inc. fell.", {"named": True, "name": "Tarnco Inc.", "type": "BUS"}),
    ("Shares rose 2 percent on Monday.", {"named": False}),
])
def test_a_business_epithet_is_the_business_spoken_of_last(opening, expected):
    text = f"{opening} Profits were up, the online retail giant said."
    check_last_source(text, [("the online retail giant", "said", "Profits were up")], META, expected)


@pytest.mark.parametrize("mention,public", [
    ("many people at his rallies", True),
    ("the 8,000 people in the hall", True),
    ("older people", True),
    ("people with direct knowledge of the talks", False),
    ("those people", False),
])
def test_people_described_by_where_they_are_are_the_public(mention, public):
    text = f"Mayor Ana Vell spoke on Monday. The plan is bad, {mention} said."
    _, out, sources = run(text, [(mention, "said", "The plan is bad")], **META)
    src = last_source(out, sources)
    assert (src.type == "CIT") is public and src.named is False


@pytest.mark.parametrize("text,mention,cue,claim", [
    ("The plan is bad, tens of millions of Americans said.", "tens of millions of Americans", "said",
     "The plan is bad"),
    ("The plan is bad, the rest of Americans said.", "the rest of Americans", "said", "The plan is bad"),
    ("We met scores of Americans who think the plan is bad.", "who", "think", "the plan is bad"),
])
def test_a_nations_people_are_citizens(text, mention, cue, claim):
    check_last_source(text, [(mention, cue, claim)], META, {"type": "CIT", "named": False})


def test_a_definite_plural_demonym_alone_is_the_nation():
    check_last_source("The plan is bad, the Americans said.", [("the Americans", "said", "The plan is bad")], META,
                      {"type": "GOV", "named": True})


@pytest.mark.parametrize("headline,mention,cue,claim,lede,named_next,expected", [
    ("Widower backs mayor", "the widowed husband of a fallen sailor", "is standing", "by him",
     "As the mayor faces criticism over a quarrel with a veteran's family, the widowed husband of a fallen "
     "sailor is standing by him.", "Marco Quill, whose wife died at sea in 2009, said the mayor was right.",
     {"named": True, "name": "Marco Quill"}),
    # the headline names him already
    ("Widower Marco Quill backs mayor", "the widowed husband of a fallen sailor", "is standing", "by him",
     "As the mayor faces criticism over a quarrel with a veteran's family, the widowed husband of a fallen "
     "sailor is standing by him.", "Marco Quill, whose wife died at sea in 2009, said the mayor was right.",
     {"named": True, "name": "Marco Quill"}),
    ("Hacker who exposed mayor gets 4 years", "The Velmish hacker", "revealed", "the mayor's private email",
     "The Velmish hacker who first revealed the mayor's private email was sentenced on Thursday.",
     "Marco Tesk, 44, pleaded guilty in May.", {"named": True, "name": "Marco Tesk"}),
    # the next sentence does not open with the name
    ("Hacker who exposed mayor gets 4 years", "The Velmish hacker", "revealed", "the mayor's private email",
     "The Velmish hacker who first revealed the mayor's private email was sentenced on Thursday.",
     "The court in Velmton heard on Monday that Marco Tesk had pleaded guilty.", {"named": False}),
])
def test_a_ledes_definite_person_is_named_by_the_next_sentence(headline, mention, cue, claim, lede, named_next,
                                                               expected):
    text = f"{headline}\n\n{lede} {named_next}"
    check_last_source(text, [(mention, cue, claim)], META, expected)


@pytest.mark.parametrize("mention,gender", [
    ("the wife of a serviceman", "woman"),
    ("the spouse of a serviceman", "unknown"),
    ("a spokeswoman for the senator", "woman"),
])
def test_a_title_after_a_title_and_a_preposition_gives_no_gender(mention, gender):
    check_last_source(f"The plan is bad, {mention} said.", [(mention, "said", "The plan is bad")], META,
                      {"gender": gender})


def test_a_lone_word_after_a_preposition_of_place_is_no_person():
    text = ("Bo Tamm spoke on Monday. An exile with a degree from the Velm School in Ostrava, he ran one of the "
            "chemistry laboratories there. The plan is bad, he said.")
    _, out, sources = run(text, [("he", "said", "The plan is bad")], **META)
    assert last_source(out, sources).name == "Bo Tamm"


@pytest.mark.parametrize("second,expected", [
    ("Rob Vell, a radio host in Velmton, has set up a website for them.", {"named": True, "name": "Rob Vell"}),
    ("Mayor Bo Tamm, who runs the town, said he would welcome them.", {"named": False, "type": "CIT"}),
])
def test_one_person_of_a_nation_is_a_private_person_named_by_the_lede(second, expected):
    text = ("Town offers a home to unhappy voters\n\nThis week, one kind-hearted Canadian offered to house voters "
            f"who vowed to move. {second}")
    check_last_source(text, [("one kind-hearted Canadian", "offered", "to house voters")], META, expected)


def test_a_national_alone_is_a_private_person():
    check_last_source("The plan is bad, a Canadian said.", [("a Canadian", "said", "The plan is bad")], META,
                      {"type": "CIT", "named": False})


@pytest.mark.parametrize("mention,expected", [
    ("KVLM-TV", {"type": "MED", "named": True}),
    ("the Sun-Times", {"type": "MED", "named": True}),
    ("the Velm Times-Herald", {"type": "MED", "named": True, "name": "Velm Times-Herald"}),
    ("Ana Tork-Vell", {"type": "CIT", "named": True, "name": "Ana Tork-Vell"}),
])
def test_a_hyphenated_news_name_is_an_outlet(mention, expected):
    check_last_source(f"The plan is bad, {mention} reported.", [(mention, "reported", "The plan is bad")], META,
                      expected)


def test_a_lone_word_is_the_department_the_article_names_with_it():
    text = "The State Department released the emails. The plan is bad, State said on Monday."
    check_last_source(text, [("State", "said", "The plan is bad")], META,
                      {"type": "GOV", "named": True, "name": "State Department"})


@pytest.mark.parametrize("mention", ["a lot of readers", "viewers", "a caller", "one listener"])
def test_an_audience_is_the_public(mention):
    check_last_source(f"The plan is bad, {mention} said.", [(mention, "said", "The plan is bad")], META,
                      {"type": "CIT", "named": False})


def test_a_few_people_are_a_group_not_the_one_named_next():
    text = ("So far, the mayor has been silent.\n\nA few other prominent Republicans have begun to speak out, "
            "expressing dismay at his remarks.\n\nGov. Bo Tamm of Velmland, a Republican and longtime critic of "
            "the mayor, said the family deserved better.")
    check_last_source(text, [("A few other prominent Republicans", "have begun", "to speak out")], META,
                      {"type": "POL", "named": False})


@pytest.mark.parametrize("mention,expected", [
    ("GOP analysts", "EXP"),
    ("a Democratic analyst", "EXP"),
    ("GOP strategists", "POL"),
])
def test_a_party_analyst_is_an_expert(mention, expected):
    check_last_source(f"The plan is bad, {mention} said.", [(mention, "said", "The plan is bad")], META,
                      {"type": expected, "named": False})


@pytest.mark.parametrize("mention,expected", [("some", "OTH"), ("many", "OTH"), ("several", "OTH"),
                                              ("some senior aides", "POL")])
def test_a_bare_quantifier_takes_no_type_from_the_article(mention, expected):
    text = ("Senator Bo Tamm said no. Senator Ana Vell said yes. Rep. Ed Quill said maybe. "
            f"The plan is bad, {mention} said.")
    specs = [("Senator Bo Tamm", "said", "no"), ("Senator Ana Vell", "said", "yes"), ("Rep. Ed Quill", "said", "maybe"),
             (mention, "said", "The plan is bad")]
    check_last_source(text, specs, META, {"type": expected, "named": False})


@pytest.mark.parametrize("mention,named", [("the polls", False), ("the latest polls", False), ("the poll", True)])
def test_the_polls_are_polls_at_large(mention, named):
    text = f"A Velm Gazette poll found the mayor ahead. The race is close, {mention} show."
    check_last_source(text, [(mention, "show", "The race is close")], META, {"type": "DOC", "named": named})


def test_participants_opening_a_sentence_are_no_name():
    text = "The talks in Velmton went well. Participants said the plan was bad."
    check_last_source(text, [("Participants", "said", "the plan was bad")], META, {"type": "CIT", "named": False})


def test_the_retired_title_is_the_person_just_spoken_of():
    text = ("Candidate Ben Quill slipped to third place in a Velm Gazette poll. The retired neurosurgeon has given no "
            "details of his plans.")
    check_last_source(text, [("The retired neurosurgeon", "has given", "no details")], META,
                      {"named": True, "name": "Ben Quill"})


@pytest.mark.parametrize("text,mention,cue,claim,expected", [
    ("Ronnie Vell, an Ohio poultry magnate who gave money, said the plan was bad.", "who", "gave", "money",
     {"type": "BUS", "name": "Ronnie Vell"}),
    ("Candidate Ben Quill spoke in Velmton. The real estate mogul said the plan was bad.", "The real estate mogul",
     "said", "the plan was bad", {"name": "Ben Quill"}),
])
def test_a_magnate_is_a_business_owner(text, mention, cue, claim, expected):
    check_last_source(text, [(mention, cue, claim)], META, expected)


def test_the_post_held_now_types_the_person():
    mention = ("Mo Vell, a party aide in the 2010 race and now director of the Velm University Institute of "
               "Politics")
    check_last_source(f"{mention}, said the plan is bad.", [(mention, "said", "the plan is bad")], META,
                      {"type": "EXP", "named": True})


def test_someone_who_teaches_at_a_university_is_an_academic():
    # as sure as a title: it outranks a judge's title another mention may lend her
    desc = describe("Lee Vell, who teaches tax law and court procedure at Velm University in Ostrava",
                    load_lexicon())
    assert best_type(desc.evidence) == ("EXP", False) and max(p for p, _, _ in desc.evidence) == PRIO_ROLE


def test_titles_after_along_with_are_the_others():
    mention = "Ms. Vell, along with Judge Bo Tamm of the Velm Court of Appeals"
    text = f"Ana Vell spoke on Monday. The court is split, {mention}, wrote in a study."
    _, out, sources = run(text, [(mention, "wrote", "The court is split")], **META)
    src = last_source(out, sources)
    assert src.name == "Ana Vell" and src.type != "JUD"
