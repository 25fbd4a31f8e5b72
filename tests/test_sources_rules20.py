"""Rules added by the twentieth pass over the sources stage (dev set: the blind labels of PolNeAR
mentions made by docs/annotating_sources.md; held-out sets scored for totals only).

- A bare surname stands for the person of that name the article wrote in full before it, not for a
  relative first named later ("Marko Vell, 44, ... Vell admitted ... his wife, Gabriela Vell, wrote").
  With no full name before, the later one still counts.
- The words before a relative "who", "which" or "that" are a mention of their own when they speak of a person
  or a body: linked as such a mention would be ("Velm Future Fund, an advocacy group that ...":
  the fund; "The Velmish hacker who ... Marko Tavel Brin, 44, ...": the man named next). A named source's
  own words keep typing it; an unnamed one is typed by those words.
- "the 2 percent", "the same number": shares of those polled, not the person just spoken of; a
  "population" is no person, so no name that follows makes it one.
- A clause after a name that opens with "having" or "being" ("Vell, having met the Velmish president,
  said") is the rest of the sentence: the title in it is someone else's.
- An indefinite description after a comma ("Ms. Vell was a fierce voice, a self-described homemaker
  who ...") describes someone already in the sentence: never the new name opening the next sentence.
- A listed surname that is no given name is the listed person's, even after a capitalised run that opens
  with it ("the Kessel Train ... Kessel said"); an unlisted word is still a given name ("Ana").
- The public, a crowd, an audience or a community is never a thing that refers back to the person just
  spoken of ("Senator Vell spoke for an hour. The crowd chanted ...": the crowd, CIT, unnamed).
- Endorsers are political people (POL): "Some Vell endorsers" are a group, not Vell.
- A nation's people of one origin ("Hispanic Americans", "many Cuban Americans") are people (CIT), not the
  state; "the Americans" alone stays the nation. (A listed demonym is needed, so these use real ones.)
- A quotation in two single quotes (''I don't ...'') runs past an apostrophe inside it; it used to close there and
  take the narration up to the next quotation for quoted words, hiding its names from pronouns.
- A pronoun right after a quotation ("“... three sentences ...,” she said") reaches two sentences back from
  the one the quotation opens in, not from its own.
- Who asks a question ("Bo Tamm asked Senator Vell whether ...") is not who answers it in the quotation
  that follows ("“Sure,” she said"); who asks for something ("asked her to call ...") may speak on.
- "whose" ends a description's head phrase as "who" does: "The state officials whose laws ..." are officials.
- A capitalised number or quantity word opening a sentence ("Four more said ...", "Hundreds", "Two-thirds",
  "Nothing") is no name.
- A poll or survey written after a name ("the Kessel poll") is a poll (DOC) by that pollster, never a listed
  person of that surname.
- A count of people followed by their names ("three economists -- Ada Vell at ..., Bo Tamm at ... and ...") is
  the named group, not its first member.
- A listed full name whose last word is also a title ("Tennis great Ada Mae King") is that person, typed and
  gendered by the list, not a king; her lone surname ("King said") does not make her one either.
- The people a poll asked ("those surveyed", "adults polled") are the public (CIT), as is a bare share of
  them ("Almost half said ...", "Two-thirds"); "a third source" is no share.
- Polling, files and advisory opinions are documents (DOC), named when their maker is ("polling by the Velm
  Workers Union", "A 2009 Velm Election Board advisory opinion").
- A government title owned by a named body ("the Velm Department's inspector general") is that body's,
  never the politician spoken of last.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.config import Options
from analyzer.model import Attribution, Span
from analyzer.segment import segment
from analyzer.sources import resolve_sources

from test_sources_helpers import article, check_last_source, find, run

META = {"published": "2001-12-31"}


def resolved(text: str, atts, config: str = "") -> list:
    """The source of each hand-placed attribution of a fictional text, in order (``config``: a user TOML)."""
    art = article(text, **META)
    out, sources = resolve_sources(art, segment(art).sentences, tuple(atts), Options(config_path=config))
    by_id = {s.id: s for s in sources}
    return [by_id[a.source_id] for a in out]


def user_config(tmp_path, toml: str) -> str:
    """A user config file holding ``toml``; its path."""
    path = tmp_path / "user.toml"
    path.write_text(toml, "utf-8")
    return str(path)


def source_of(text: str, mention: str, before: str, cue: str, claim: str):
    """The source of one attribution whose source mention is the first ``mention`` right before the
    words ``before`` (so a "who" is picked out among several)."""
    start = text.index(mention + " " + before)
    att = Attribution("a1", "indirect", (find(text, claim),), find(text, cue), Span(start, start + len(mention)))
    return resolved(text, [att])[0]


@pytest.mark.parametrize("text,expected", [
    ("Marko Vell, 44, was extradited in May. Vell admitted the thefts, the court heard. "
     "\"Life is hard,\" his wife, Gabriela Vell, wrote in a letter.", "Marko Vell"),
    # no full name before the surname: the one written after it
    ("Vell admitted the thefts, the court heard. \"Life is hard,\" his wife, Gabriela Vell, wrote in a letter.",
     "Gabriela Vell"),
])
def test_a_bare_surname_is_the_person_written_in_full_before_it(text, expected):
    src = source_of(text, "Vell", "admitted", "admitted", "the thefts")
    assert (src.named, src.name) == (True, expected)


@pytest.mark.parametrize("text,mention,before,cue,claim,expected", [
    ("Donors also gave to Velm Future Fund, an advocacy group that ran three radio spots in May.",
     "that", "ran", "ran", "three radio spots", {"named": True, "name": "Velm Future Fund"}),
    ("Hacker jailed.\n\nThe Velmish hacker who first revealed that a senator used a private email address was "
     "sentenced on Thursday.\n\nMarko Tavel Brin, 44, known online as \"Vellor,\" pleaded guilty in May. Brin "
     "wept in court.", "who", "first revealed", "revealed", "that a senator",
     {"named": True, "name": "Marko Tavel Brin", "type": "CIT"}),
    # no name near: the description types the unnamed source
    ("Few people trust the plan, and a retired farmer who lives nearby warned that it would fail.", "who",
     "lives nearby", "warned", "that it would fail", {"named": False, "type": "CIT"}),
])
def test_the_words_before_a_relative_are_linked_as_a_mention(text, mention, before, cue, claim, expected):
    src = source_of(text, mention, before, cue, claim)
    assert {k: getattr(src, k) for k in expected} == expected


@pytest.mark.parametrize("text,cue,claim", [
    ("Ana Vell won 41 percent. In March only the 2 percent who favoured her in the spring did.", "favoured",
     "her in the spring"),
    ("Rep. Bo Tamm won 40 percent in the poll, and the same number who backed him in May stayed.", "backed",
     "him in May"),
    ("Velmton is home to a big Jewish population who could warm to the senator's story.\n\nAna Vell.\n\n"
     "Vell is a Velmton native.", "warm", "to the senator's story"),
])
def test_a_share_or_a_population_is_no_one_named(text, cue, claim):
    assert source_of(text, "who", text[text.index("who ") + 4:text.index(cue) + len(cue)], cue, claim).named is False


def test_a_clause_opening_with_having_gives_the_name_no_title():
    text = ("The banker Bo Tamm met Ana Vell in Velmton. But Tamm, having finished his visit to the Velmish "
            "president, said the talks went well. The Velmish president said the wall was a mistake.")
    check_last_source(text, [("The Velmish president", "said", "the wall was a mistake")], META,
                      {"named": False})


@pytest.mark.parametrize("text,before,cue,claim,named_next", [
    ("Ms. Vell was among the fiercest voices of her age, a self-described homemaker who showed a "
     "stern zeal. Bo Tamm, who ran direct mail for years, called her a leader.", "showed", "showed",
     "a stern zeal", False),
    # a lede's indefinite person with no comma before it is still the name opening the next sentence
    ("A Velmton microbiologist who studies soil warned that the wells are failing. Ada Brell, a professor at "
     "Velm University, said the data were clear.", "studies", "warned", "that the wells", True),
])
def test_an_appositive_description_is_not_the_next_new_name(text, before, cue, claim, named_next):
    src = source_of(text, "who", before, cue, claim)
    next_name = "Bo Tamm" if "Bo Tamm" in text else "Ada Brell"
    assert (src.name == next_name) is named_next


LISTED = """
[people]
"Mira Kessel" = {type = "POL", affiliation = "Velmland", gender = "woman"}
"""


@pytest.mark.parametrize("text,expected", [
    ("For those not yet on the Kessel Train: the pundits say she is a fraud. Taxes will fall, Kessel said.",
     "Mira Kessel"),
    # an unlisted word after a full name that opens with it: that person's given name
    ("Ana Vell ran the Velm Train for years. Taxes will fall, Ana said.", "Ana Vell"),
])
def test_a_listed_surname_is_no_given_name(tmp_path, text, expected):
    mention = "Kessel" if "Kessel said" in text else "Ana"
    start = text.rindex(mention)
    att = Attribution("a1", "indirect", (find(text, "Taxes will fall"),), find(text, "said"),
                      Span(start, start + len(mention)))
    assert resolved(text, [att], user_config(tmp_path, LISTED))[0].name == expected


@pytest.mark.parametrize("mention", ["The crowd", "The audience", "The public", "The black community"])
def test_the_public_is_not_the_person_just_spoken_of(mention):
    text = f"Senator Ana Vell spoke for an hour in Velmton. \"We will win,\" Vell said. {mention} chanted that the " \
           "plan was good."
    check_last_source(text, [("Vell", "said", "We will win"), (mention, "chanted", "that the plan was good")], META,
                      {"named": False, "type": "CIT"})


def test_endorsers_are_political_people_not_the_person_they_endorse():
    text = "Senator Ana Vell leads the race. Some Vell endorsers say that the ads should be harsher."
    check_last_source(text, [("Some Vell endorsers", "say", "that the ads should be harsher")], META,
                      {"named": False, "type": "POL"})


def test_a_title_owned_by_a_named_body_is_not_the_politician_spoken_of():
    text = ("Senator Ana Vell faced new questions. After the Velm Department's inspector general released a "
            "report, the senator said that she had broken no rule.")
    check_last_source(text, [("the Velm Department's inspector general", "released", "a report")], META,
                      {"named": False, "type": "GOV"})


@pytest.mark.parametrize("mention,expected", [
    ("Hispanic Americans", {"type": "CIT", "named": False}),
    ("Many Cuban Americans", {"type": "CIT", "named": False}),
    # the nation itself, and a party's members, are no people of an origin
    ("The Americans", {"type": "GOV"}),
    ("Senate Democrats", {"type": "POL"}),
])
def test_people_of_one_origin_are_people(mention, expected):
    text = f"{mention} say that the new rules in Velmton are unfair."
    check_last_source(text, [(mention, "say", "that the new rules")], META, expected)


def test_a_word_with_an_apostrophe_does_not_end_a_quotation_in_two_single_quotes():
    # ''I don't ...'': the apostrophe is inside the quotation, so "Mr. Tamm" after it is no quoted name
    text = ("President Velk stood by her on the radio. ''I don't see any danger in it,'' he said. "
            "Mr. Tamm saw the matter otherwise. ''Foreign spies read those accounts for years,'' he said.")
    first, last = text.index("he said"), text.rindex("he said")
    atts = tuple(Attribution(f"a{k}", "direct", (find(text, claim),), Span(at + 3, at + 7), Span(at, at + 2))
                 for k, (at, claim) in enumerate([(first, "I don't see"), (last, "Foreign spies")], 1))
    assert [src.name for src in resolved(text, atts)] == ["Velk", "Tamm"]


def test_a_pronoun_after_a_long_quotation_reaches_back_from_where_it_opens():
    text = ("Mayor Ana Vell also did not look confident when Bo Tamm asked whether the party would hold the city.\n\n"
            "“The one thing you can predict is that it will be unpredictable. So I do not make projections. "
            "So I run as if everything is on the line,” she said.")
    at = text.rindex("she said")
    att = Attribution("a1", "direct", (find(text, "The one thing"),), Span(at + 4, at + 8), Span(at, at + 3))
    assert resolved(text, [att])[0].name == "Ana Vell"


@pytest.mark.parametrize("asking,asked,pronoun,expected", [
    ("Last month, the Velm Gazette's Bo Tamm asked Senator Ado Vell whether his health was fair game.",
     "whether his health", "he", "Ado Vell"),
    # a request, not a question: the one who asks speaks on
    ("Bo Tamm asked Senator Ado Vell to call the mayor at once.", "to call the mayor", "he", "Bo Tamm"),
])
def test_who_asks_a_question_is_not_who_answers_it(asking, asked, pronoun, expected):
    text = f"{asking}\n\n“Sure it is, and it matters,” {pronoun} said."
    asker, at = text.index("Bo Tamm"), text.rindex(f"{pronoun} said")
    atts = (Attribution("a1", "indirect", (find(text, asked),), find(text, "asked"), Span(asker, asker + 7)),
            Attribution("a2", "direct", (find(text, "Sure it is"),), find(text, "said"),
                        Span(at, at + len(pronoun))))
    assert resolved(text, atts)[-1].name == expected


@pytest.mark.parametrize("mention,expected", [
    ("The county officials whose rules were struck down", "GOV"),
    ("People whose dealings with him have been friendly", "CIT"),
])
def test_a_whose_clause_ends_the_head_phrase(mention, expected):
    text = f"{mention} say that the ruling in Velmton is wrong."
    check_last_source(text, [(mention, "say", "that the ruling")], META, {"type": expected, "named": False})


@pytest.mark.parametrize("mention", ["Four more", "Hundreds"])
def test_a_capitalised_number_is_no_name(mention):
    text = f"Senator Ana Vell lost the vote. {mention} said that they would leave the party."
    check_last_source(text, [(mention, "said", "that they would leave")], META, {"named": False})


def test_a_count_of_people_followed_by_their_names_is_the_group():
    text = ("Three economists -- Ada Vell at Velm University, Bo Tamm at Ost College and Cy Rand at the Velm "
            "Institute -- found that wages fell.")
    mention = text[:text.index(" found")]
    _, out, sources = run(text, [(mention, "found", "that wages fell")], **META)
    src = next(s for s in sources if s.id == out[0].source_id)
    assert (src.type, src.named, src.name.startswith("Ada Vell")) == ("EXP", True, False)


def test_a_poll_named_after_its_pollster_is_a_poll_not_a_listed_namesake(tmp_path):
    config = user_config(tmp_path,
                         '[people]\n"Anders Kessel" = {type = "INT", affiliation = "Ostland", gender = "man"}\n')
    text = "A new Kessel Reports survey found that voters are angry. According to the Kessel poll, most want change."
    start = text.index("the Kessel poll")
    att = Attribution("a1", "indirect", (find(text, "most want change"),), find(text, "According to"),
                      Span(start, start + len("the Kessel poll")))
    src = resolved(text, [att], config)[0]
    assert (src.type, src.name) == ("DOC", "the Kessel poll")


@pytest.mark.parametrize("mention", ["Nothing", "Two-thirds"])
def test_a_capitalised_quantity_word_is_no_name(mention):
    text = f"Senator Ana Vell lost the vote. {mention} suggests that the party will split."
    check_last_source(text, [(mention, "suggests", "that the party will split")], META, {"named": False})


def test_a_listed_full_name_ending_in_a_title_word_is_that_person(tmp_path):
    config = user_config(tmp_path,
                         '[people]\n"Ada Mae King" = {type = "OTH", affiliation = "Velmland", gender = "woman"}\n')
    text = ("Mourners filled the arena on Friday. Tennis great Ada Mae King said that he changed sport forever. "
            "\"He was the best,\" King said.")
    start, lone = text.index("Tennis great"), text.rindex("King")
    atts = (Attribution("a1", "indirect", (find(text, "that he changed"),), find(text, "said"),
                        Span(start, start + len("Tennis great Ada Mae King"))),
            Attribution("a2", "direct", (find(text, "He was the best"),), Span(lone + 5, lone + 9),
                        Span(lone, lone + 4)))
    src, lone_src = resolved(text, atts, config)
    assert lone_src is src
    assert (src.named, src.name, src.type, src.gender) == (True, "Ada Mae King", "OTH", "woman")


@pytest.mark.parametrize("mention", ["those surveyed", "those polled", "adults questioned"])
def test_the_people_a_poll_asked_are_the_public(mention):
    text = f"A Velm Gazette poll came out on Monday. Most of {mention} said that taxes were too high."
    check_last_source(text, [(mention, "said", "that taxes were too high")], META, {"type": "CIT", "named": False})


@pytest.mark.parametrize("mention,public", [
    ("Almost half", True),
    ("Two-thirds", True),
    # an ordinal before a noun counts no share: one more unnamed source
    ("A third source", False),
])
def test_a_bare_share_of_those_polled_is_the_public(mention, public):
    text = (f"Senator Ana Vell and Senator Bo Tamm lead a new Velm Gazette poll of voters. {mention} said that the "
            "race was still open.")
    _, out, sources = run(text, [(mention, "said", "that the race")], **META)
    src = next(s for s in sources if s.id == out[0].source_id)
    assert (src.type == "CIT", src.named) == (public, False)


@pytest.mark.parametrize("mention,expected", [
    ("Polling by the Velm Workers Union", {"type": "DOC", "named": True}),
    ("A 2009 Velm Election Board advisory opinion", {"type": "DOC", "named": True}),
    ("Audit files from Velmcorp", {"type": "DOC", "named": True}),
    ("Recent polling", {"type": "DOC", "named": False}),
])
def test_polling_files_and_advisory_opinions_are_documents(mention, expected):
    text = f"Senator Ana Vell spoke in Velmton. {mention} shows that her lead is shrinking."
    check_last_source(text, [(mention, "shows", "that her lead")], META, expected)
