"""Rules added by the eighteenth pass over the sources stage (dev set: the blind labels of PolNeAR
mentions made by docs/annotating_sources.md; held-out sets scored for totals only).

- A title owned by "its" after a name ("said Ana Tork, its president") is a title of the organisation the
  sentence opens on, as "president of the Velm Teachers Union" would be; with no such opening body it is the
  title alone.
- "The campaign" is the campaign of the person whose campaign the sentence or the two before it write out
  ("a spokesman for the Tamm campaign"); else that of the political person the article names at least twice
  as often as any other; with two candidates named as often, an unnamed campaign.
- Interview transcripts (two "Q" and two "A" turns or more): "I", "me", "my" in an answer and "you" in a
  question are the person the headline names (else the first named before the first question), unless
  inside a quotation the answer gives; an answer's marker "A" standing as a source is that person, and a
  question's "Q" is the interviewer, the outlet's own voice (no source).
- A group with a member singled out ("Velm leaders — and, in particular, Speaker Ana Vell —", "especially
  Senator Ana Vell") is named, as with "including"; a place or time singled out ("especially in the Senate")
  names no member. "both she and her brother" is led by the woman "she" refers to.
- A birthplace before no name ("the Velmish-born 29-year-old") is no name of its own; with an age after it,
  the mention is the person just spoken of, as "the 29-year-old" is.
- Disclosures, dossiers, diaries, manifestos, decrees and bulletins are documents whose issuer a mention may
  name ("disclosures filed by Velm Forward" are named by Velm Forward).
- A person written by full name first is never a document or a post, whatever document words her appositive
  holds ("Ana Vell, the policy director at the Center for Velm Justice and whose work featured in the film"); "a new
  Tarnwell poll" stays the poll.
- A definite title owned by another person's title ("the senator's aide", "the presidential candidate's doctor") is
  another person, never the senator or candidate found by the type that title lends.
- "you" in the narration (not quoted, not in an interview's question) is the reader the story addresses: one
  unnamed private person (CIT), never the person spoken of last; a quoted "you" is resolved as before.
- A lede's definite title ("Velmton's new mayor", "the capital's new mayor") that no one before it holds is the one
  person the next three sentences give that title ("Ana Vell, who was elected mayor last week"); with two
  holders there, no one. A title written before a verb of rejection or attack ("The new mayor on Tuesday
  rebuffed candidate Bo Tamm") is not the title of the name after the verb.
- Lawsuits and complaints are court papers (JUD, as DESIGN types court filings) whose filer a mention may name
  ("a lawsuit filed in Velmton by Ana Vell"), so named, though not by the listed place it was filed in ("filed in
  Texas"); "the lawsuit" later is the same paper. A named writer's
  article, column or op-ed ("Tamm's article") stands for the writer.
- A second, former post in a description ("a labor economist and former columnist at the Boston Globe") types
  the person only when the post she holds does not, and gives her no affiliation; "current and former
  officials" and "Bo Tamm and former senator Ana Vell" are no such description.
- A plural description with its members named in apposition ("her rivals, Senator Bo Tamm and Governor Ana
  Vell") is named.
- Staff opening a sentence ("Executives for Velm Foods", "Lawyers for Ana Vell") are the body's or the client's
  people, unnamed, as they are in the sentence's middle; a body named so ("Veterans for Velm Peace") stays a body.
- Lists: a division is a body word ("the state Division of Velm Lotteries" is a government body, named in full;
  a company's division takes the company's type); enthusiasts and constituents are ordinary people (CIT), never
  the one they are enthusiasts or constituents of.
- A party word before an expert's title ("Some Republican experts", "a Democratic economist") says where the
  expert leans: EXP, not the party (POL); "Republican strategists" stay political.
- A group led by a person the article names ("Tamm and others") is that person, named.
- People near named bodies ("people close to the Velm campaign and the White House", "sources familiar with
  ...") are unnamed: the bodies are who they are near, not members of the group.
- Bodies joined by "and" after a preposition ("Velm leaders in the Upper House and the Assembly", "Spokesmen at the
  Velm Police and the Velm Ministry") say where the people are: unnamed; members listed in apposition after them
  ("two members of the Assembly from Texas, Ana Vell and Bo Tamm") still name the group.
- "whose campaign", "whose statement" are the words of the person the relative clause is about, as "his
  campaign" is; so are "his findings" and "her conclusions" ("several of his findings").
- A post, video or photo that only a platform is written with ("a Facebook post", "a video on YouTube") is a
  social-media item of unknown origin (SOC), unnamed: the platform carries it but did not make it.
- "the second official", "a third source": one more unnamed person, never a named holder of the title.
- A title-case headline's past-tense verb ("Big-Name Senator Endorsed Vell") ends a name, as its present-tense
  verb does.
- A proper name ending in Act, Amendment, Treaty, Accord, Agreement, Protocol or Doctrine ("the Velm Trade Act")
  is a document's (DOC, named), never a person's.
- "the" and one capitalised word that is no one's name ("the Texan", "the Velmlander") is what the person just
  spoken of is; a plural ("the Vells") is a family, and a name spoken of before ("the Ardo") stays that person's.
- "the Air Force veteran" is the person just spoken of, as "the billionaire" is; "a veteran ... the veteran" stays
  the unnamed veteran.

All texts are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from analyzer.config import Options
from analyzer.model import Attribution, Span
from analyzer.segment import segment
from analyzer.sources import resolve_sources

from test_sources_helpers import article, check_last_source, find_word, last_source, run

META = {"published": "2001-12-31"}


def check_said(mention: str, expected: dict, before: str = "", verb: str = "said",
               claim: str = "The plan is bad") -> None:
    """The source of the fictional "<before><claim>, <mention> <verb>." against ``expected``."""
    check_last_source(f"{before}{claim}, {mention} {verb}.", [(mention, verb, claim)], META, expected)


@pytest.mark.parametrize("opening,title,expected", [
    ("The Velm Teachers Union will strike on Monday", "its president", ("NGO", "Velm Teachers Union")),
    ("The Tarn Ministry of Health changed the rules", "its director", ("GOV", "Tarn Ministry of Health")),
    ("Sela Holdings reported a loss", "its chairman", ("BUS", "Sela Holdings")),
])
def test_a_title_owned_by_its_is_of_the_body_the_sentence_opens_on(opening, title, expected):
    text = f"{opening}, said Ana Tork, {title}. Tork added that talks would go on."
    check_last_source(text, [("Ana Tork", "said", opening)], META,
                      {"type": expected[0], "affiliation": expected[1], "named": True})


def test_its_with_no_opening_body_is_the_title_alone():
    # the sentence opens on a person, not a body: "its" cannot be read, and the title types her alone
    text = "Mayor Bo Rell opened the fair, said Ana Tork, its spokeswoman. Tork added that it was busy."
    check_last_source(text, [("Ana Tork", "said", "Mayor Bo Rell opened the fair")], META,
                      {"named": True, "affiliation": ""})


@pytest.mark.parametrize("second,expected", [
    # the campaign the sentence before writes out, though the senator is named more often
    ("Cal Dorr, a spokesman for the Tamm campaign, said turnout was high.", "Bo Tamm campaign"),
    ("Cal Dorr, a spokesman for Bo Tamm's presidential campaign, said turnout was high.", "Bo Tamm campaign"),
    # none written: the campaign of the one political person named most
    ("Cal Dorr, a spokesman, said turnout was high.", "Ana Vell campaign"),
])
def test_the_campaign_is_the_campaign_spoken_of(second, expected):
    text = (f"Senator Ana Vell spoke in Ostra on Monday. Vell said the race was close. Vell's rival is Senator "
            f"Bo Tamm. {second} The campaign said the rally would be repeated.")
    check_last_source(text, [("Vell", "said", "the race was close"), ("Cal Dorr", "said", "turnout was high"),
                             ("The campaign", "said", "the rally would be repeated")], META,
                      {"type": "POL", "named": True, "name": expected})


def test_the_campaign_of_two_candidates_named_as_often_is_unnamed():
    text = ("Senator Ana Vell met Senator Bo Tamm in Ostra on Monday. Cal Dorr, a spokesman, said turnout was "
            "high. The campaign said the rally would be repeated.")
    check_last_source(text, [("Cal Dorr", "said", "turnout was high"),
                             ("The campaign", "said", "the rally would be repeated")], META,
                      {"type": "POL", "named": False})


INTERVIEW = ("Ana Vell looks back on ten years at the Velm Opera.\n\n"
             "Ana Vell ran the Velm Opera for ten years. Bo Tamm succeeds her next month. "
             "The talk was shortened for print.\n\n"
             "Q: You came to the opera in a bad year. What did you find?\n\n"
             "A: I found a company with no money. Bo Tamm told me, \"I can fix this.\" I believed him.\n\n"
             "QWhat comes next?\n\n"
             "A: I will teach. My students start in May.\n")


@pytest.mark.parametrize("word,nth,expected", [
    ("You", 0, "Ana Vell"),        # "you" in a question: the person interviewed
    ("I", 0, "Ana Vell"),          # "I" in an answer
    ("My", 0, "Ana Vell"),
    ("I", 1, "Bo Tamm"),           # an "I" quoted inside an answer is the quoted person's
])
def test_i_and_you_in_an_interview_transcript(word, nth, expected):
    pos = 0
    for _ in range(nth + 1):
        span = find_word(INTERVIEW, word, pos)
        pos = span.end
    content = INTERVIEW[span.end:INTERVIEW.find("\n", span.end)].strip(" .\"")
    art = article(INTERVIEW, **META)
    content_start = INTERVIEW.index(content, span.end)
    att = Attribution("a1", "indirect", (Span(content_start, content_start + len(content)),), None, span)
    out, sources = resolve_sources(art, segment(art).sentences, (att,), Options())
    source = last_source(out, sources)
    assert (source.name, source.named) == (expected, True)


@pytest.mark.parametrize("marker,expected", [("A", "Ana Vell"), ("Q", None)])
def test_a_turn_marker_as_a_source(marker, expected):
    start = INTERVIEW.index(f"\n{marker}") + 1
    line_end = INTERVIEW.index("\n", start)
    content = INTERVIEW[start + 2:line_end].strip()
    _, out, sources = run(INTERVIEW, [(marker, "", content)], **META)
    source = last_source(out, sources)
    assert (source.name if source is not None else None) == expected


def test_no_transcript_without_both_turns():
    # one "A:" line is no interview: "I" is whoever speaks as usual
    text = "Ana Vell met Bo Tamm.\n\nA: note from the desk.\n\nBo Tamm said: \"I can fix this.\""
    check_last_source(text, [("Bo Tamm", "said", "I can fix this"), ("I", "", "can fix this")], META,
                      {"name": "Bo Tamm"})


@pytest.mark.parametrize("mention,named", [
    ("Velm leaders — and, in particular, Assembly Speaker Ana Vell —", True),
    ("Velm leaders, especially Senator Ana Vell,", True),
    # no member named
    ("Velm leaders, especially in the Senate,", False),
])
def test_a_group_with_a_member_singled_out_is_named(mention, named):
    check_said(mention, {"named": named})


def test_both_she_and_her_family_are_led_by_her():
    text = ("Senator Ana Vell spoke in Ostra on Monday. The plan is bad, both she and her brother and son "
            "said.")
    check_last_source(text, [("both she and her brother and son", "said", "The plan is bad")], META,
                      {"name": "Ana Vell", "named": True})


def test_a_birthplace_before_an_age_is_the_person_just_spoken_of():
    text = "Actress Ana Vell wrote a memoir. The plan is bad, the Velmish-born 29-year-old said."
    check_last_source(text, [("the Velmish-born 29-year-old", "said", "The plan is bad")], META,
                      {"name": "Ana Vell", "named": True})


@pytest.mark.parametrize("mention,named", [
    ("disclosures filed on Sunday by Velm Forward", True),
    ("a dossier compiled by Velm Forward", True),
    ("disclosures filed on Sunday", False),
])
def test_documents_that_name_their_issuer(mention, named):
    check_said(mention, {"type": "DOC", "named": named}, verb="showed")


@pytest.mark.parametrize("mention,type_", [
    ("Ana Vell, the policy director at the Center for Velm Justice and whose work featured in the film,", "EXP"),
    ("Bo Tamm, the chief economist for the Velm Survey of Households,", "EXP"),
    ("a new Tarnwell poll", "DOC"),
])
def test_a_person_named_first_is_no_document(mention, type_):
    check_said(mention, {"type": type_})


@pytest.mark.parametrize("mention", ["the senator's aide", "the presidential candidate's doctor"])
def test_a_title_owned_by_a_title_is_another_person(mention):
    check_said(mention, {"named": False, "name": mention}, before="Senator Ana Vell is running for president. ")


def test_a_title_owned_by_a_title_may_still_be_named_by_its_own_title():
    text = ("Senator Ana Vell is running for president. Bo Tamm, the senator's spokesman, spoke on Monday. "
            "The plan is bad, the senator's spokesman said.")
    check_last_source(text, [("the senator's spokesman", "said", "The plan is bad")], META,
                      {"named": True, "name": "Bo Tamm"})


def test_you_in_the_narration_is_the_reader():
    text = ("Bo Tamm, a financial planner, advises parents to start early. If you rent, you will find "
            "that loans cost more.")
    check_last_source(text, [("you", "will find", "that loans cost more")], META,
                      {"type": "CIT", "named": False, "name": "you (the reader)"})


def test_a_quoted_you_is_not_the_reader():
    text = 'Ana Vell met Bo Tamm on Monday. "You know the plan is bad," Vell told Tamm.'
    _, out, sources = run(text, [("Vell", "told", "You know the plan is bad"), ("You", "know", "the plan is bad",
                                                                              "indirect", "a1")], **META)
    assert last_source(out, sources).name != "you (the reader)"


@pytest.mark.parametrize("later,expected", [
    ("Ana Vell, who was elected mayor last week, spoke at noon.", {"name": "Ana Vell", "named": True}),
    # two people hold the title in the sentences after it: no one is chosen
    ("Ana Vell, who was elected mayor last week, met Bo Tamm, a former mayor.", {"named": False}),
])
def test_a_lede_title_is_the_one_holder_named_after_it(later, expected):
    text = f"Velmton's new mayor rejected the plan on Tuesday. The council had drafted it in May. {later}"
    check_last_source(text, [("Velmton's new mayor", "rejected", "the plan on Tuesday")], META,
                      {"type": "GOV", **expected})


@pytest.mark.parametrize("verb", ["rebuffed", "rejected", "slams"])
def test_a_title_before_a_verb_is_not_the_title_of_the_name_after_it(verb):
    text = f"The new mayor on Tuesday {verb} presidential candidate Bo Tamm. Tamm said the plan was fair."
    check_last_source(text, [("Tamm", "said", "the plan was fair")], META, {"type": "POL", "name": "Bo Tamm"})


@pytest.mark.parametrize("mention,named", [
    ("a lawsuit filed in Velmton by Ana Vell", True),
    ("a complaint filed by the Velm Party", True),
    # where it was filed is no filer
    ("a lawsuit filed in Texas last week", False),
])
def test_a_lawsuit_names_its_filer(mention, named):
    check_said(mention, {"type": "JUD", "named": named}, verb="says", claim="The plan is unlawful")


def test_the_lawsuit_later_is_the_filed_one():
    text = ("A lawsuit filed in Velmton by Ana Vell says the plan is unlawful. The city denies it. The lawsuit "
            "asks for damages.")
    check_last_source(text, [("A lawsuit filed in Velmton by Ana Vell", "says", "the plan is unlawful"),
                             ("The lawsuit", "asks", "for damages")], META, {"type": "JUD", "named": True})


def test_a_writers_article_stands_for_the_writer():
    text = "Bo Tamm, a columnist at the Velm Ledger, wrote on Monday. Tamm's article argued that the plan was bad."
    check_last_source(text, [("Tamm's article", "argued", "that the plan was bad")], META,
                      {"name": "Bo Tamm", "named": True})


@pytest.mark.parametrize("mention,expected", [
    ("Bo Tamm, a labor economist and former columnist at the Boston Globe,", {"type": "EXP", "affiliation": ""}),
    ("current and former officials at the Velm Ministry of Defence", {"type": "GOV", "named": False}),
])
def test_a_former_post_after_a_current_one(mention, expected):
    check_said(mention, expected)


@pytest.mark.parametrize("mention,named", [
    ("her primary rivals, Sen. Bo Tamm (D-Velm) and former Gov. Ana Vell,", True),
    ("her primary rivals, in the Senate and in the House,", False),
])
def test_members_named_in_apposition(mention, named):
    check_said(mention, {"named": named}, before="Senator Mia Fenn spoke on Monday. ")


@pytest.mark.parametrize("mention,expected", [
    ("Executives for Velm Foods", {"type": "BUS", "named": False}),
    ("Lawyers for Ana Vell", {"type": "JUD", "named": False}),
    # a body's name built the same way stays the body
    ("Veterans for Velm Peace", {"named": True, "name": "Veterans for Velm Peace"}),
])
def test_staff_opening_a_sentence_are_unnamed(mention, expected):
    text = f"Velm Foods cut prices in May. {mention} said the cut was fair."
    check_last_source(text, [(mention, "said", "the cut was fair")], META, expected)


@pytest.mark.parametrize("mention,expected", [
    ("the state Division of Velm Lotteries", {"type": "GOV", "named": True, "name": "Division of Velm Lotteries"}),
    ("Velm Foods' retail division", {"type": "BUS"}),
])
def test_a_division_is_a_body(mention, expected):
    check_said(mention, expected)


@pytest.mark.parametrize("mention,expected", [
    ("many Vell enthusiasts", {"type": "CIT", "named": False}),
    ("Vell constituent Bo Tamm", {"type": "CIT", "named": True, "name": "Bo Tamm"}),
    ("Some Republican experts", {"type": "EXP", "named": False}),
    ("a Democratic economist", {"type": "EXP"}),
    ("Republican strategists", {"type": "POL"}),
])
def test_people_by_their_leaning(mention, expected):
    check_said(mention, expected, before="Senator Ana Vell spoke in Ostra on Monday. ")


@pytest.mark.parametrize("mention,expected", [
    ("Tamm and others", {"name": "Bo Tamm", "named": True}),
    ("Tamm and several others", {"name": "Bo Tamm", "named": True}),
    # no one of that name in the article: an unnamed group
    ("Dorr and others", {"named": False}),
])
def test_a_group_led_by_a_named_person(mention, expected):
    check_said(mention, expected, before="Bo Tamm, a union organiser, spoke in Ostra on Monday. ")


@pytest.mark.parametrize("mention,named", [
    ("People close to both the Vell campaign and the Velm Party", False),
    ("sources familiar with the Velm Party and Tamm Holdings talks", False),
    ("Velm leaders, including the Velm Party and Tamm Holdings,", True),
])
def test_people_near_named_bodies_are_unnamed(mention, named):
    check_said(mention, {"named": named})


def test_whose_campaign_is_the_persons():
    text = "Senator Ana Vell, whose campaign said the plan was bad, spoke on Monday."
    check_last_source(text, [("whose campaign", "said", "the plan was bad")], META,
                      {"name": "Ana Vell", "named": True, "type": "POL"})


@pytest.mark.parametrize("mention,expected", [
    ("a Facebook post", {"type": "SOC", "named": False}),
    ("a video on YouTube", {"type": "SOC", "named": False}),
    ("a Velm Party video", {"named": True}),
])
def test_a_platforms_item_is_of_unknown_origin(mention, expected):
    check_said(mention, expected)


def test_the_second_official_is_no_named_official():
    text = ("Bo Tamm, a Velm Party official, said the vote was close. The Ledger quoted another unnamed official. "
            "The result is final, said the second official.")
    check_last_source(text, [("Bo Tamm", "said", "the vote was close"),
                             ("the second official", "said", "The result is final")], META, {"named": False})


def test_a_headline_past_tense_verb_ends_a_name():
    text = ("Once This Big-Name Senator Endorsed Vell, Party Bosses Struck Back.\n\n"
            "Velm Sen. Bo Tamm surprised voters when he endorsed Ana Vell. Vell said she was grateful.")
    check_last_source(text, [("This Big-Name Senator", "", "Party Bosses Struck Back")], META,
                      {"name": "Bo Tamm", "named": True})


@pytest.mark.parametrize("mention", ["the Velm Trade Act", "the Tarn Water Agreement"])
def test_a_named_law_or_treaty_is_a_document(mention):
    check_said(mention, {"type": "DOC", "named": True}, verb="says", claim="The plan is lawful")


def test_his_findings_are_his():
    text = "Bo Tamm, the Velm police chief, spoke on Monday. The plan is bad, several of his findings show."
    check_last_source(text, [("several of his findings", "show", "The plan is bad")], META,
                      {"name": "Bo Tamm", "named": True, "type": "SEC"})


@pytest.mark.parametrize("mention,expected", [
    ("the Velmlander", {"name": "Rick Tamm", "named": True}),
    ("the Tamms", {"named": True, "name": "Tamms"}),
])
def test_the_and_a_word_that_is_no_name(mention, expected):
    text = f"Rick Tamm, the former governor, said he would run again. The plan is bad, {mention} said."
    check_last_source(text, [("Rick Tamm", "said", "he would run again"), (mention, "said", "The plan is bad")],
                      META, expected)


@pytest.mark.parametrize("source,claim,expected", [
    ("Rick Tamm, the former governor,", "he would run again", {"name": "Rick Tamm", "named": True}),
    ("A veteran in Ostra", "he would vote", {"named": False}),
])
def test_the_veteran_is_the_person_just_spoken_of(source, claim, expected):
    text = f"{source} said {claim}. The plan is bad, the Air Force veteran said."
    check_last_source(text, [(source, "said", claim), ("the Air Force veteran", "said", "The plan is bad")], META,
                      expected)


@pytest.mark.parametrize("mention,named", [
    ("Velm leaders in the Upper House and the Assembly", False),
    ("Spokesmen at the Velm Police and the Velm Ministry of Justice", False),
    ("two members of the Assembly from Texas, Ana Vell and Bo Tamm,", True),
    ("Velm Party members and the Tamm Foundation", True),
])
def test_bodies_after_a_preposition_say_where_people_are(mention, named):
    check_said(mention, {"named": named})
