"""Rules added by the eleventh pass over the sources stage (found on short broadcaster news items of
all subjects, outside US politics): one-paragraph texts have no headline; an article's own name beats a
listed namesake; Commonwealth offices, courts and parties; public fire services; unions of a trade;
police of a named place; a principal's appositive name; sports stories; pairs of private people; a
lede's person named in the next sentence; titles kept to their own name; a document named by a later
mention; "they said" after a group; people of unlisted companies.
All texts are fictional, written for these tests; a few name listed public figures, to exercise the
gazetteer.

Tables: (text, [(source, cue, content)...], expected attributes of the last attribution's source).
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source, run


def test_a_text_with_no_line_break_has_no_headline_to_name_an_unnamed_official():
    # One paragraph, as broadcasters' feeds give items: "an official said" there is no headline title
    # that the next sentence's named minister stands for.
    text = ("Talks on the border stalled on Monday after both sides walked out, a Velmish official said. "
            "Foreign Minister Ada Vell said in Arden that the talks would resume within a week.")
    _, out, sources = run(text, [("a Velmish official", "said", "Talks on the border stalled"),
                                 ("Foreign Minister Ada Vell", "said", "the talks would resume")])
    assert [(s.name, s.named) for s in sources] == [("a Velmish official", False), ("Ada Vell", True)]


def test_a_short_first_line_is_still_a_headline_whose_title_the_text_names():
    text = ("Minister vows to reopen border talks\n"
            "Foreign Minister Ada Vell said in Arden on Monday that the talks would resume within a week.")
    _, out, sources = run(text, [("Minister", "vows", "to reopen border talks"),
                                 ("Foreign Minister Ada Vell", "said", "the talks would resume")])
    assert [s.name for s in sources] == ["Ada Vell"]


def test_a_surname_written_in_full_in_the_article_beats_a_listed_namesake():
    # "Hayward" is a listed business figure; the article's own Tavi Hayward (a given name the name list
    # lacks) is the one meant.
    text = "The club's new signing, Tavi Hayward, trained on Monday. Hayward said the ground was soft."
    _, out, sources = run(text, [("Hayward", "said", "the ground was soft")], published="2001-12-31")
    assert sources[0].name == "Tavi Hayward"


TYPES = [
    # Commonwealth spellings and offices.
    ("The plan is bad, Attorney-General Ada Vell said.",
     [("Attorney-General Ada Vell", "said", "The plan is bad")], {"type": "GOV", "named": True}),
    ("The plan is bad, Shadow Defence Minister Ada Vell said.",
     [("Shadow Defence Minister Ada Vell", "said", "The plan is bad")], {"type": "POL", "named": True}),
    ("The plan is bad, the shadow treasurer said.",
     [("the shadow treasurer", "said", "The plan is bad")], {"type": "POL", "named": False}),
    ("The plan is bad, Labor leader Ada Vell said.",
     [("Labor leader Ada Vell", "said", "The plan is bad")], {"type": "POL", "named": True}),
    ("The bail was refused, Magistrate Ada Vell said.",
     [("Magistrate Ada Vell", "said", "The bail was refused")], {"type": "JUD", "named": True}),
    # Public fire services are administration; a union of a trade is a union.
    ("The roof fell in, Firefighter Tomas Brell said.",
     [("Firefighter Tomas Brell", "said", "The roof fell in")], {"type": "GOV", "named": True}),
    ("The pay offer is too low, the police union said.",
     [("the police union", "said", "The pay offer is too low")], {"type": "NGO", "named": False}),
    ("The pay offer is too low, the firefighters union said.",
     [("the firefighters union", "said", "The pay offer is too low")], {"type": "NGO", "named": False}),
    # A plural title before a body's last name word is the body's members, not the speaker's type.
    ("Prices will rise, the Irish Consumers Association said.",
     [("the Irish Consumers Association", "said", "Prices will rise")], {"type": "NGO", "named": True}),
    # A leader of a state is its government; an envoy of a named body is that body's.
    ("The talks will go on, Velmish leader Ada Vell said.",
     [("Velmish leader Ada Vell", "said", "The talks will go on")], {"type": "OTH", "named": True}),
    ("The talks will go on, Palestinian leader Ada Vell said.",
     [("Palestinian leader Ada Vell", "said", "The talks will go on")], {"type": "GOV", "named": True}),
    ("The talks will go on, the UN's deputy envoy, Ada Vell, said.",
     [("the UN's deputy envoy, Ada Vell,", "said", "The talks will go on")], {"type": "INT", "named": True}),
    ("The road is closed, locals said.", [("locals", "said", "The road is closed")], {"type": "CIT", "named": False}),
    # The police of a named country or place are named, as "the German government" is; bare police are not.
    ("Two men were held, Israeli police said.",
     [("Israeli police", "said", "Two men were held")], {"type": "SEC", "named": True}),
    ("Two men were held, police in Port Arden said.",
     [("police in Port Arden", "said", "Two men were held")], {"type": "SEC", "named": True}),
    ("Two men were held, police said.", [("police", "said", "Two men were held")], {"type": "SEC", "named": False}),
    # The name after "a spokesman for the <title>," is the principal's: the spokesman stays unnamed.
    ("The talks will go on, a spokesman for the Transport Minister, Ada Vell, said.",
     [("a spokesman for the Transport Minister, Ada Vell,", "said", "The talks will go on")],
     {"type": "GOV", "named": False}),
    ("The ferry was late, a lawyer for the ferry company, Ada Vell, said.",
     [("a lawyer for the ferry company, Ada Vell,", "said", "The ferry was late")], {"type": "JUD", "named": True}),
    # Written-out agency names, Westminster offices, and honorifics written without a full stop.
    ("Two men were held, Federal Bureau of Investigation agent Ada Vell said.",
     [("Federal Bureau of Investigation agent Ada Vell", "said", "Two men were held")],
     {"type": "SEC", "named": True}),
    ("The fence was cut, the Velm Detention Centre said.",
     [("the Velm Detention Centre", "said", "The fence was cut")], {"type": "GOV", "named": True}),
    ("The budget is in surplus, Federal Treasurer Ada Vell said.",
     [("Federal Treasurer Ada Vell", "said", "The budget is in surplus")], {"type": "GOV", "named": True}),
    ("The budget is in deficit, the Member for Port Arden said.",
     [("the Member for Port Arden", "said", "The budget is in deficit")], {"type": "POL"}),
    ("The virus spreads fast, Study author Ada Vell said.",
     [("Study author Ada Vell", "said", "The virus spreads fast")], {"type": "EXP", "named": True}),
    ("The virus spreads fast, a leading Arden microbiologist said.",
     [("a leading Arden microbiologist", "said", "The virus spreads fast")], {"type": "EXP"}),
    ("The roof fell in, a Swiss fireman said.",
     [("a Swiss fireman", "said", "The roof fell in")], {"type": "GOV", "named": False}),
    ("The pay offer is too low, the union's general secretary, Ada Vell, said.",
     [("the union's general secretary, Ada Vell,", "said", "The pay offer is too low")],
     {"type": "NGO", "named": True}),
    ("Spending fell, the Velm Trends bulletin said.",
     [("the Velm Trends bulletin", "said", "Spending fell")], {"type": "DOC"}),
    ("The witness lied, Royal Commissioner Ada Vell QC said.",
     [("Royal Commissioner Ada Vell QC", "said", "The witness lied")], {"type": "GOV", "named": True}),
    ("The witness lied, Ada Vell QC said.", [("Ada Vell QC", "said", "The witness lied")],
     {"type": "JUD", "named": True}),
    ("Payments were late, Centrelink information officer Ada Vell said.",
     [("Centrelink information officer Ada Vell", "said", "Payments were late")], {"type": "GOV", "named": True}),
    ("The virus spreads fast, Dr Ada Vell said.",
     [("Dr Ada Vell", "said", "The virus spreads fast")], {"type": "EXP", "named": True}),
]


@pytest.mark.parametrize("text,specs,expected", TYPES)
def test_titles_and_bodies_outside_us_politics(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


SPORT = ("Velm beat Arden by three goals in the championship final. The coach was pleased with the striker, "
         "who scored twice, and the goalkeeper saved a penalty. ")


@pytest.mark.parametrize("text,specs,expected", [
    # In a sports story an undescribed named person is a player (OTH), and a team's captain no officer.
    (SPORT + "Tomas Brell said the team had played well.",
     [("Tomas Brell", "said", "the team had played well")], {"type": "OTH"}),
    (SPORT + "Velmish paceman Tomas Brell said the team had played well.",
     [("Velmish paceman Tomas Brell", "said", "the team had played well")], {"type": "OTH"}),
    (SPORT + "Australian striker Tomas Brell said the team had played well.",
     [("Australian striker Tomas Brell", "said", "the team had played well")], {"type": "OTH"}),
    (SPORT + "Captain Tomas Brell said the team had played well.",
     [("Captain Tomas Brell", "said", "the team had played well")], {"type": "OTH"}),
    # Outside sport the same sentences keep the private person and the officer.
    ("The market opened late on Monday. Tomas Brell said the stalls had been busy.",
     [("Tomas Brell", "said", "the stalls had been busy")], {"type": "CIT"}),
    ("The ship docked late on Monday. Captain Tomas Brell said the crossing had been rough.",
     [("Captain Tomas Brell", "said", "the crossing had been rough")], {"type": "SEC"}),
    # One passing sports word does not make a political story a sports story.
    ("The senator, a former football player, spoke on Monday. Tomas Brell said the hall had been full.",
     [("Tomas Brell", "said", "the hall had been full")], {"type": "CIT"}),
])
def test_sports_stories(text, specs, expected):
    check_last_source(text, specs, {}, expected)


@pytest.mark.parametrize("text,specs,expected", [
    # A pair of named people the article does not describe are private people, as one is.
    ("The road is closed, Ada Vell and Tomas Brell said.",
     [("Ada Vell and Tomas Brell", "said", "The road is closed")], {"type": "CIT", "named": True}),
    # "The company, <Name>,": the body is named in the mention itself.
    ("Two hundred jobs will go, the company, Velm Energy, said.",
     [("the company, Velm Energy,", "said", "Two hundred jobs will go")], {"type": "BUS", "named": True}),
    ("Two hundred jobs will go, the company said.",
     [("the company", "said", "Two hundred jobs will go")], {"type": "BUS", "named": False}),
])
def test_pairs_and_bodies_named_in_apposition(text, specs, expected):
    check_last_source(text, specs, {}, expected)


def test_a_board_member_for_a_body_is_no_member_of_parliament():
    _, out, sources = run("The budget is in deficit, Tomas Brell, a board member for Velm Watch, said.",
                          [("Tomas Brell, a board member for Velm Watch,", "said", "The budget is in deficit")])
    assert sources[0].type != "POL"


def test_a_two_word_surname_is_the_person_the_article_names_in_full():
    text = "Velmish President Adolfo Brell Vidal opened the port. Mr Brell Vidal said the plan was good."
    _, out, sources = run(text, [("Mr Brell Vidal", "said", "the plan was good")])
    assert (sources[0].name, sources[0].type) == ("Adolfo Brell Vidal", "GOV")


def test_a_name_after_a_post_for_a_country_holds_the_post():
    text = "The talks will go on, UN special envoy for Afghanistan Tomas Brell said."
    _, out, sources = run(text, [("UN special envoy for Afghanistan Tomas Brell", "said", "The talks will go on")])
    assert (sources[0].name, sources[0].type, sources[0].named) == ("Tomas Brell", "INT", True)


def test_a_ledes_indefinite_person_is_the_name_opening_the_next_sentence():
    text = ("A Swiss firefighter has told a court that the alarm at the depot came an hour too late. "
            "Thomas Brell said the crew had waited for orders.")
    _, out, sources = run(text, [("A Swiss firefighter", "has told", "that the alarm at the depot"),
                                 ("Thomas Brell", "said", "the crew had waited for orders")])
    assert [(s.name, s.type, s.named) for s in sources] == [("Thomas Brell", "GOV", True)]


def test_an_unnamed_official_is_not_the_name_opening_the_next_sentence():
    text = ("The talks have stalled, a senior official said. "
            "Tomas Brell said the talks would resume on Monday.")
    _, out, sources = run(text, [("a senior official", "said", "The talks have stalled"),
                                 ("Tomas Brell", "said", "the talks would resume")])
    assert [s.named for s in sources] == [False, True]


def test_a_listed_prime_minister_is_typed_by_the_articles_date():
    text = "The budget is sound, Mr Howard said."
    for date, expected in (("2001-12-31", "GOV"), ("1994-05-01", "POL")):
        # (an Australian outlet: a foreign figure's bare surname needs the country named, see rules12)
        _, out, sources = run(text, [("Mr Howard", "said", "The budget is sound")], published=date,
                              outlet="Velm Radio (Australia)")
        assert (sources[0].name, sources[0].type) == ("John Howard", expected)


def test_a_later_mention_naming_its_issuer_names_the_document_just_spoken_of():
    text = ("A new report says the costs have been exaggerated. "
            "The report issued by the Velm Institute says the data shows no burden.")
    _, out, sources = run(text, [("A new report", "says", "the costs have been exaggerated"),
                                 ("The report issued by the Velm Institute", "says", "the data shows no burden")])
    assert [(s.type, s.named) for s in sources] == [("DOC", True)]


def test_titles_stay_with_their_own_name():
    # A name's look-back for titles stops at the name before it, and a time phrase after a name is no
    # appositive: "the envoy" is still the envoy.
    text = ("Trade talks resumed on Friday with US envoy Tomas Brell, who flew in to meet Velmish leader "
            "Ada Vell at the palace. Brell later dined with Prime Minister Bo Tamm, a week after the "
            "US envoy warned that the talks could end.")
    _, out, sources = run(text, [("the US envoy", "warned", "that the talks could end")])
    assert sources[0].name == "Tomas Brell"


@pytest.mark.parametrize("text,specs,expected", [
    # An unnamed source of a named country is someone, not the state.
    ("Two men were held, a Palestinian security source said.",
     [("a Palestinian security source", "said", "Two men were held")], {"type": "SEC", "named": False}),
    ("Two men were held, an Israeli military source said.",
     [("an Israeli military source", "said", "Two men were held")], {"type": "SEC", "named": False}),
    ("The plan is popular among the American people, the poll found.",
     [("the American people", "found", "The plan is popular")], {"type": "CIT", "named": False}),
    ("The accounts were in order, defendants in the fraud trial in Norway said.",
     [("defendants in the fraud trial in Norway", "said", "The accounts were in order")],
     {"type": "CIT", "named": False}),
])
def test_people_of_a_country_are_not_its_state(text, specs, expected):
    check_last_source(text, specs, {}, expected)


@pytest.mark.parametrize("text,specs,expected", [
    # Someone of a company the lists do not know, written as its possessor, is of the company.
    ("The strike went ahead. Velmcorp's Thomas Brell said the action was unjustified.",
     [("Velmcorp's Thomas Brell", "said", "the action was unjustified")], {"type": "BUS", "named": True}),
    # A place after the name is no employer.
    ("The strike went ahead. Thomas Brell of Velmford said the action was unjustified.",
     [("Thomas Brell of Velmford", "said", "the action was unjustified")], {"type": "CIT", "named": True}),
    ("The insurer owed millions, Chief liquidator Thomas Brell said.",
     [("Chief liquidator Thomas Brell", "said", "The insurer owed millions")], {"type": "BUS", "named": True}),
])
def test_people_of_unlisted_companies(text, specs, expected):
    check_last_source(text, specs, {}, expected)


def test_they_said_is_the_group_that_spoke_last_not_a_country_named_in_between():
    text = ("The sailor Tom Vell was hurt in a storm off Chile today, his sponsors said. Mr Vell was aboard "
            "with his crew when the mast broke, they said.")
    _, out, sources = run(text, [("his sponsors", "said", "The sailor Tom Vell was hurt"),
                                 ("they", "said", "Mr Vell was aboard")])
    assert len(sources) == 1 and sources[0].name == "his sponsors"
