"""Rules added by the twelfth pass over the sources stage (found on broadcaster items and the dev pools).

- Titles and names: a title set off by commas is the last determiner phrase of its clause; a name
  closing a mention right after its body's name holds the mention's title; an appositive name may
  follow its own title; a comma before "says" opens no appositive; a body right after a name ("from
  the Velm Union") types the person; "who heads ..." types the speaker by the body's word.
- Bodies: "<Place> based" without its hyphen; a body named after a country ("Tennis Australia");
  "the Federal Government" written with capitals names no one; a staff title takes the type of the
  body written with it, and of a principal whom the body titles; a company's economists are experts.
- Linking: a bare surname is a foreign figure only where the story names the country; a lede's
  person named next with a given name the list lacks; "it" after a body's unnamed spokesman; "they"
  after "French scientists"; a ranked description of a body ("the second largest bank"); "the
  department" and "the paper" refer back to the body and the report; a lede's expert after a place
  name is named by a titled name of the same type; "the company" is the company just named.
- Documents: the issuer of research that the next sentence names; a statement issued by someone's
  staff is theirs; a review of someone's words is a document; more document words; reports opening a
  sentence with a capital are still news reports; "two out of three Australians" is the public.
- Lexicon rows: managers, health professionals, British spellings, police ranks, central banks,
  union peak bodies, Australian agencies, companies and broadcasters, armed services, parties, armed
  movements (OTH) and their leaders, archbishops, gunmen, police dispatchers; a party listed under its
  members' word is the party; capitalised words before a workplace noun ("... factory") name no person;
  Australian states are Australia's.

All texts are fictional, written for these tests.

Tables: (text, [(source, cue, content)...], expected attributes of the last attribution's source), or a
lone mention and what its source should be (see ``said_by``).
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source, run, said_by



@pytest.mark.parametrize("text,specs,expected", [
    # The clause before the comma holds a verb and its subject: the title is its last phrase.
    # (The mentions are capitalised: the helper finds a source as the first match before its content.)
    ("The council backed the mayor, Dr Ada Korr, on Monday. The mayor said the claims were false.",
     [("The mayor", "said", "the claims were false")], {"name": "Ada Korr", "type": "GOV", "named": True}),
    ("The Premier stood behind the Governor-General, Ada Korr. The Governor-General said the claims were "
     "unfounded.",
     [("The Governor-General", "said", "the claims were unfounded")], {"name": "Ada Korr", "named": True}),
    # The whole clause is still tried first ("the owner of the Velm Golf Club").
    ("Crowds came to see the owner of the Velm Golf Club, Mark Tamm, on Sunday. The owner said the course "
     "would stay open.",
     [("The owner", "said", "the course would stay open")], {"name": "Mark Tamm", "named": True}),
])
def test_a_title_set_off_before_a_name_is_the_last_phrase_of_its_clause(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


def test_a_title_phrase_with_no_persons_title_gives_the_name_none():
    # "the report" is no title: Korr stays an undescribed private person.
    text = "The council read the report, Ada Korr, at noon. Ms Korr said the claims were false."
    _, out, sources = run(text, [("Ms Korr", "said", "the claims were false")], published="2001-12-31")
    assert (sources[-1].name, sources[-1].type) == ("Ada Korr", "CIT")


@pytest.mark.parametrize("text,specs,expected", [
    ("Senior forecaster with the Velmton Weather Bureau Ada Korr says the storm will pass.",
     [("Senior forecaster with the Velmton Weather Bureau Ada Korr", "says", "the storm will pass")],
     {"name": "Ada Korr", "named": True}),
    # A title of its own before the name makes it someone else: the spokesman stays unnamed.
    ("A spokesman for the Velm Party Senator Ada Korr says the vote will pass.",
     [("A spokesman for the Velm Party Senator Ada Korr", "says", "the vote will pass")], {"named": False}),
    # Without a name after it, the body is the speaker's affiliation and he stays unnamed.
    ("A spokesman for the Velmton Weather Bureau says the storm will pass.",
     [("A spokesman for the Velmton Weather Bureau", "says", "the storm will pass")], {"named": False}),
])
def test_a_name_closing_a_mention_after_its_bodys_name_holds_the_title(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


@pytest.mark.parametrize("text,specs,expected", [
    ("Velmton based company Velm Cell Technologies said it had grown the cells.",
     [("Velmton based company Velm Cell Technologies", "said", "it had grown the cells")],
     {"name": "Velm Cell Technologies", "type": "BUS", "named": True}),
    # "based in" still ends the head phrase: the officials are unnamed.
    ("Officials based in Velmton said the cells were grown.",
     [("Officials based in Velmton", "said", "the cells were grown")], {"named": False}),
])
def test_a_place_based_company_written_without_a_hyphen(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


@pytest.mark.parametrize("text,specs,expected", [
    # The next sentence opens on the study and names who did it: the study is named by its issuer.
    ("A new study shows that one in three renters moved last year. The study conducted by the Velm Institute "
     "for the Arden Housing Bureau is the first of its kind.",
     [("A new study", "shows", "one in three renters moved")], {"type": "DOC", "named": True}),
    ("Storm damage could triple by 2050, according to a fresh risk assessment. The survey conducted by the Velm "
     "Polar Institute and Ardell Research puts the odds at one in ten.",
     [("a fresh risk assessment", "according to", "Storm damage could triple")], {"type": "DOC", "named": True}),
    # A next sentence about something else names no issuer.
    ("A new study shows that one in three renters moved last year. The Velm Institute opened a new office.",
     [("A new study", "shows", "one in three renters moved")], {"type": "DOC", "named": False}),
])
def test_the_next_sentence_names_the_issuer_of_research_just_announced(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


@pytest.mark.parametrize("text,outlet,expected", [
    # A listed Mexican president is not the "Mr Fox" of an Australian outlet's story that never names Mexico.
    ("Velm Air cut its fares on Monday. Mr Fox said the fares would not last.", "Velm News (Australia)",
     {"type": "CIT", "affiliation": ""}),
    # A story that names the country keeps the listed figure.
    ("Mexico cut its fares on Monday. Mr Fox said the fares would not last.", "Velm News (Australia)",
     {"type": "GOV", "affiliation": "Mexico"}),
    # The outlet's own country is never foreign: its prime minister is known by surname alone.
    ("Velm Air cut its fares on Monday. Mr Howard said the fares would not last.", "Velm News (Australia)",
     {"type": "GOV", "affiliation": "Australia"}),
    # An outlet whose name gives no country is taken to be American (the people list mostly is).
    ("Velm Air cut its fares on Monday. Mr Howard said the fares would not last.", "The Velm Courier",
     {"type": "CIT", "affiliation": ""}),
    ("Velm Air cut its fares on Monday. Mr Obama said the fares would not last.", "The Velm Courier",
     {"type": "POL", "affiliation": "US"}),
    ("Australian airlines cut their fares on Monday. Mr Howard said the fares would not last.", "The Velm Courier",
     {"type": "GOV", "affiliation": "Australia"}),
])
def test_a_bare_surname_is_a_foreign_figure_only_where_the_story_names_the_country(text, outlet, expected):
    mention = text[text.index("Mr "):text.index(" said")]
    check_last_source(text, [(mention, "said", "the fares would not last")],
                      {"published": "2001-12-31", "outlet": outlet}, expected)


def test_a_comma_before_says_is_no_appositive_and_a_manager_is_business():
    # Broadcasters set the name off by commas and go on with "says": no description follows the name.
    text = ("Power workers met today. The company, Velm Energy, believes supply is under threat. But Velm Energy "
            "mine manager, Ada Korr, says all generation has been halted. Ms Korr admits jobs will go.")
    _, out, sources = run(text, [("Velm Energy mine manager, Ada Korr", "says", "all generation has been halted"),
                                 ("Ms Korr", "admits", "jobs will go")], published="2001-12-31")
    korr = [s for s in sources if s.name == "Ada Korr"]
    assert [(s.type, s.named) for s in korr] == [("BUS", True)]


@pytest.mark.parametrize("text,specs,expected", [
    # Someone's staff who issued a statement are its source, not their principal.
    ("Ada Vell has pulled out of the final, according to a statement released on Monday by Vell's managers.",
     [("a statement released on Monday by Vell's managers", "according to", "Ada Vell has pulled out")],
     {"type": "BUS", "named": False}),
    # An office is no staff: the senator's office speaks for the senator.
    ("The vote was delayed, according to a statement released on Monday by Senator Ada Vell's office.",
     [("a statement released on Monday by Senator Ada Vell's office", "according to", "The vote was delayed")],
     {"name": "Ada Vell", "named": True}),
])
def test_a_statement_issued_by_someones_staff(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


def test_a_body_written_right_after_a_name_types_the_person():
    text = ("Workers walked out. Ada Korr from the Velm Workers Union fears jobs are at risk. Ms Korr says the strike "
            "was timed well.")
    _, out, sources = run(text, [("Ms Korr", "says", "the strike was timed well")], published="2001-12-31")
    assert (sources[-1].name, sources[-1].type) == ("Ada Korr", "NGO")


@pytest.mark.parametrize("text,specs,expected", [
    # A title may stand before an appositive name; it outranks the group's own title.
    ("One of the plan's developers, historian Brell Tamm, says the plan is sound.",
     [("One of the plan's developers, historian Brell Tamm,", "says", "the plan is sound")],
     {"name": "Brell Tamm", "type": "EXP", "named": True}),
    # A listing word makes the name one of a group: the group stays the source.
    ("Critics, including historian Ada Korr, say the plan is unsound.",
     [("Critics, including historian Ada Korr,", "say", "the plan is unsound")], {"name": "Critics"}),
])
def test_an_appositive_name_with_its_own_title(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


@pytest.mark.parametrize("text,specs,expected", [
    # A body named after its country is a body, not the country's government.
    ("The rules are too loose, Tennis Australia said.",
     [("Tennis Australia", "said", "The rules are too loose")], {"type": "OTH", "named": True}),
    # Its people take their own titles ("dietitian": health professionals are experts).
    ("Diets are worse, Nutrition Australia dietitian Ada Korr said.",
     [("Nutrition Australia dietitian Ada Korr", "said", "Diets are worse")], {"type": "EXP", "named": True}),
    # A region named with a compass word is no body.
    ("The rules are too loose, South Australia said.",
     [("South Australia", "said", "The rules are too loose")], {"type": "GOV"}),
])
def test_a_body_named_after_a_country(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


@pytest.mark.parametrize("mention,expected", [
    # British spellings type as the American ones do.
    ("a senior Velmish Defence official", "SEC"),
    ("a defence analyst", "EXP"),
    ("an advocacy organisation", "NGO"),
])
def test_british_spellings_of_titles(mention, expected):
    assert said_by(mention).type == expected


@pytest.mark.parametrize("mention,expected", [
    # A staff title's default type (GOV) gives way to the body written with it.
    ("a union spokesman", "NGO"),
    ("hospital spokeswoman Ada Korr", "OTH"),
    ("a union official", "NGO"),
    # A body of the government keeps GOV; a specific title still decides.
    ("a White House spokesman", "GOV"),
    ("a police spokesman", "SEC"),
])
def test_a_staff_title_takes_the_type_of_its_body(mention, expected):
    assert said_by(mention, "2016-05-01").type == expected


@pytest.mark.parametrize("text,specs,expected", [
    # The principal's title in the body types the staff who speak for them.
    ("Rep. Ada Vell voted no. The bill failed, a spokeswoman for Ms. Vell said.",
     [("a spokeswoman for Ms. Vell", "said", "The bill failed")], {"type": "POL", "named": False}),
    ("Velm Corp chief executive Ada Vell resigned. The deal failed, a spokeswoman for Ms. Vell said.",
     [("a spokeswoman for Ms. Vell", "said", "The deal failed")], {"type": "BUS", "named": False}),
])
def test_staff_take_the_type_of_a_principal_the_body_titles(text, specs, expected):
    check_last_source(text, specs, {"published": "2016-05-01"}, expected)


@pytest.mark.parametrize("mention,expected", [
    # The body a speaker runs types them, whether the lists know its name or only what it is.
    ("Ada Korr, who heads the Velm Centre for Housing Studies in Arden,", "EXP"),
    ("Ada Korr, who runs a local union,", "NGO"),
])
def test_a_body_the_speaker_runs_types_them(mention, expected):
    assert said_by(mention, "2016-05-01").type == expected


@pytest.mark.parametrize("text,expected", [
    # A given name the list lacks: the surname used again shows it is a person's name.
    ("A Swiss firefighter has given evidence that he filmed the flood. Markul Brenzer said he kept the film as "
     "a record. \"I wanted something to show,\" Mr Brenzer said.", ("Markul Brenzer", True)),
    # Used once only, an unknown capitalised pair opening the next sentence names no one.
    ("A Swiss firefighter has given evidence that he filmed the flood. Markul Brenzer said he kept the film as "
     "a record.", ("A Swiss firefighter", False)),
])
def test_a_ledes_person_named_next_by_a_surname_used_again(text, expected):
    _, out, sources = run(text, [("A Swiss firefighter", "has given evidence", "he filmed the flood")],
                          published="2001-12-31")
    assert (sources[0].name, sources[0].named) == expected


@pytest.mark.parametrize("mention,named", [
    # Capitalised as Commonwealth style writes it, "the Federal Government" names no one, as the lower-case
    # spelling does not; a place or party written with it does.
    ("The Federal Government", False),
    ("the federal government", False),
    ("the State Opposition", False),
    ("the Velmland Government", True),
    ("the State Department", True),
])
def test_generic_government_words_make_no_name(mention, named):
    assert said_by(mention).named == named


@pytest.mark.parametrize("text,specs,expected", [
    # "It" after an unnamed spokesman of a body is that body.
    ("Smugglers landed near Arden in Velmland. A navy spokesman said the smugglers had sailed from the north. "
     "It claimed they meant to land at night.",
     [("A navy spokesman", "said", "the smugglers had sailed"), ("It", "claimed", "they meant to land")],
     {"name": "the navy", "type": "SEC", "named": False}),
    # A country written after the spokesman is the nearer antecedent.
    ("A navy spokesman said the smugglers had sailed from the north. France was angry. It claimed they meant "
     "to land at night.",
     [("A navy spokesman", "said", "the smugglers had sailed"), ("It", "claimed", "they meant to land")],
     {"name": "France", "named": True}),
])
def test_it_after_a_bodys_spokesman_is_the_body(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


@pytest.mark.parametrize("text,specs,expected", [
    # Someone else's work on a person's words is a document, not the person speaking.
    ("Senator Bo Vell spoke on Monday. An examination of his remarks found he was wrong.",
     [("An examination of his remarks", "found", "he was wrong")], {"type": "DOC", "named": False}),
    ("Senator Ada Vell spoke on Monday. The claims were false, according to a review of Ms. Vell's emails.",
     [("a review of Ms. Vell's emails", "according to", "The claims were false")], {"type": "DOC"}),
    # Excerpts of the words are still the person's.
    ("Senator Bo Vell spoke on Monday. Excerpts of his remarks show he was angry.",
     [("Excerpts of his remarks", "show", "he was angry")], {"name": "Bo Vell", "type": "POL"}),
])
def test_a_review_of_someones_words_is_no_longer_theirs(text, specs, expected):
    check_last_source(text, specs, {"published": "2016-05-01"}, expected)


@pytest.mark.parametrize("mention,expected", [
    ("a disclosure", "DOC"), ("the dossier", "DOC"), ("official statistics", "DOC"), ("the verdict", "JUD"),
])
def test_more_document_words(mention, expected):
    assert said_by(mention, "2016-05-01", verb="shows").type == expected


# Lexicon rows, each as a lone mention: (mention, (type, named)).
LEXICON_ROWS = [
    # Police ranks, central banks, union peak bodies and public emergency services.
    ("Senior Constable Ada Korr", ("SEC", True)),
    ("the Reserve Bank", ("GOV", True)),
    ("The Australian Council of Trade Unions (ACTU)", ("NGO", True)),
    ("ACTU secretary Ada Korr", ("NGO", True)),
    ("Emergency services", ("GOV", False)),
    # AFP is the news agency, not a police force.
    ("AFP", ("MED", True)),
    # Australian companies, broadcasters and professional bodies.
    ("BHP Billiton", ("BUS", True)),
    ("Channel Nine", ("MED", True)),
    ("AMA president Ada Korr", ("NGO", True)),
    # A company's economist or analyst speaks as an expert; an intergovernmental body's for that body.
    ("ANZ chief economist Ada Korr", ("EXP", True)),
    ("IMF chief economist Ada Korr", ("INT", True)),
    # Parties, armed movements (no state's forces: "anything else"), religious titles, an Australian department.
    ("The Greens", ("POL", True)),
    ("the Taliban", ("OTH", True)),
    ("Hamas", ("OTH", True)),
    ("Archbishop Ada Korr", ("NGO", True)),
    ("DFAT", ("GOV", True)),
    # A party listed under a name ending in its members' word is the party, not its members.
    ("the Australian Democrats", ("POL", True)),
    ("House Democrats", ("POL", False)),
    # Gunmen are no country's voice; British spellings of intergovernmental bodies.
    ("Palestinian gunmen", ("OTH", False)),
    ("the World Health Organisation", ("INT", True)),
    ("Medecins Sans Frontieres", ("NGO", True)),
    # A police dispatcher of a named town is an unnamed officer; a terrorist leader is "anything else".
    ("a Velmton police dispatcher", ("SEC", False)),
    ("Osama bin Laden", ("OTH", True)),
]


@pytest.mark.parametrize("mention,expected", LEXICON_ROWS)
def test_lexicon_rows(mention, expected):
    src = said_by(mention)
    assert (src.type, src.named) == expected


@pytest.mark.parametrize("text,expected", [
    # A demonym before a plural noun of people is that group, not the country.
    ("A team of French scientists have grown brain cells in what they believe is a first.",
     ("French scientists", "EXP", False)),
    # A country that speaks stays the antecedent.
    ("Israel says the talks failed. They say the tax is unfair.", ("Israel", "GOV", True)),
])
def test_they_after_a_demonym_before_people(text, expected):
    pronoun = "they" if " they " in text else "They"
    _, out, sources = run(text, [(pronoun, "believe" if "believe" in text else "say",
                                  "is a first" if "first" in text else "the tax is unfair")], published="2001-12-31")
    src = next(s for s in sources if s.id == out[-1].source_id)
    assert (src.name, src.type, src.named) == expected


def test_a_ranked_description_of_a_body_is_the_body_just_named():
    text = ("Italy's Arden Bank said on Tuesday it will shed 800 posts. Staff protested at the plan, which "
            "Italy's third biggest bank said was necessary. The bank said earnings grew.")
    _, out, sources = run(text, [("Italy's Arden Bank", "said", "it will shed"),
                                 ("Italy's third biggest bank", "said", "was necessary"),
                                 ("The bank", "said", "earnings grew")], published="2001-12-31")
    assert len({a.source_id for a in out}) == 1 and sources[0].named


@pytest.mark.parametrize("text,specs,expected", [
    # "The department" is the department named, not the spokesman whose title names it.
    ("The Velm Transport Department says the crash was caused by a signal fault. A spokeswoman for the "
     "department says the fault began at 6am. The department puts the cost at two million dollars.",
     [("The Velm Transport Department", "says", "the crash was caused"),
      ("A spokeswoman for the department", "says", "the fault began"), ("The department", "puts", "the cost")],
     {"name": "Velm Transport Department", "named": True}),
    # "The paper" after a report is the report; after a newspaper, the newspaper.
    ("A recent report argues that fees were overstated. The report published by the Velm Institute says its "
     "figures show no strain. The paper questions the claim that fees will climb.",
     [("The report published by the Velm Institute", "says", "its figures show"),
      ("The paper", "questions", "the claim")], {"type": "DOC", "named": True}),
    ("The Velm Times ran the story on Sunday. The paper said the mayor had lied.",
     [("The Velm Times", "ran", "the story"), ("The paper", "said", "the mayor had lied")], {"type": "MED"}),
])
def test_a_definite_body_or_paper_refers_back(text, specs, expected):
    check_last_source(text, specs, {"published": "2001-12-31"}, expected)


@pytest.mark.parametrize("text,expected", [
    # A place before the lede's title, and a title of the same (unofficial) type on the next name.
    ("Germs spread in the ward. A leading Arden microbiologist says resistance to the drugs will rise. Associate "
     "Professor Ada Korr, who runs the laboratory at the Velm Hospital, says more cases are likely.",
     ("Ada Korr", True)),
    # An official is often an unnamed source beside a named one: a titled name of the same type is not them.
    ("Germs spread in the ward. A senior Arden official says the ward will close. Health Minister Ada Korr says "
     "it will stay open.", ("A senior Arden official", False)),
])
def test_a_ledes_expert_named_next_with_a_title_of_the_same_type(text, expected):
    first = text.split(". ")[1].split(" says")[0]
    _, out, sources = run(text, [(first, "says", text.split(first + " says ")[1][:12])], published="2001-12-31")
    assert (sources[0].name, sources[0].named) == expected


@pytest.mark.parametrize("text,expected", [
    # "The company" is the company just named, whatever its name says.
    ("Qantas has cut its fares to Perth. The company says demand is weak.", ("Qantas", "BUS", True)),
    # A body of another kind is not "the company".
    ("The Velm Workers Union met on Monday. The company says demand is weak.", ("The company", "BUS", False)),
])
def test_the_company_is_the_company_just_named(text, expected):
    _, out, sources = run(text, [("The company", "says", "demand is weak")], published="2001-12-31")
    src = next(s for s in sources if s.id == out[-1].source_id)
    assert (src.name, src.type, src.named) == expected


def test_capitalised_words_before_a_workplace_noun_name_no_person():
    # "the Velm Decorative Millwork factory" is a factory: "she" is the dispatcher, not a person named so.
    text = ("A gunman shot two workers at the Velm Decorative Millwork factory. Three were taken to hospital, a "
            "police dispatcher said. She said one had died.")
    _, out, sources = run(text, [("a police dispatcher", "said", "Three were taken"), ("She", "said", "one had died")],
                          published="2001-12-31")
    assert out[0].source_id == out[1].source_id


@pytest.mark.parametrize("mention,expected", [
    # Unattributed reports are news reports, also when the capital only opens the sentence.
    ("Preliminary reports", "MED"),
    ("Reports from the area", "MED"),
    # Reports of an official kind stay documents.
    ("Police reports", "DOC"),
])
def test_reports_opening_a_sentence(mention, expected):
    text = f"{mention} said the plan was bad."
    check_last_source(text, [(mention, "said", "the plan was bad")], {"published": "2001-12-31"}, {"type": expected})


@pytest.mark.parametrize("mention", ["two out of three Velmlanders", "three in four Australians"])
def test_shares_of_a_people_in_words_are_the_public(mention):
    assert said_by(mention).type == "CIT"


@pytest.mark.parametrize("mention,expected", [
    # Australian states are Australia's, as US states are the US's: "New South Wales" is not Wales.
    ("New South Wales Premier Ada Korr", ("Ada Korr", "GOV", "Australia")),
    ("the New South Wales Velm Ferry Authority", ("New South Wales Velm Ferry Authority", "GOV", "Australia")),
])
def test_australian_states_are_australias(mention, expected):
    src = said_by(mention)
    assert (src.name, src.type, src.affiliation) == expected
