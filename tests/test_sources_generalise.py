"""Source typing and linking rules that generalise beyond named lexicon entries, and the
resolver's linear cost. All texts are fictional, written for these tests.

Tables: one mention in context (and what the article says before it) -> the attributes of its
source; a definite description or possessive -> the named source it refers back to; mentions
that must not become named people.
"""
from __future__ import annotations

import cProfile
import pstats

import pytest

from analyzer.scoring import score
from analyzer.segment import segment
from analyzer.sources import resolve_sources
from test_sources_helpers import OPTIONS, article, attributions, last_source, run


# (fictional text, [(source, cue, content)...], metadata, expected attributes of the last one's source)
TYPE_TABLE = [
    # The title nearest the head noun types the person; a party adjective only qualifies it.
    ("Turnout will be low, said Bram Ostrow, a longtime Democratic pollster.",
     [("Bram Ostrow, a longtime Democratic pollster", "said", "Turnout will be low")], {},
     dict(type="EXP", named=True, identification="full")),
    ("Turnout will be low, Democratic voters said.", [("Democratic voters", "said", "Turnout will be low")], {},
     dict(type="CIT", named=False)),
    ("Turnout will be low, a Republican strategist said.",
     [("a Republican strategist", "said", "Turnout will be low")], {}, dict(type="POL", named=False)),
    # A profession next to the organisation that employs the person: the organisation types it.
    ("Growth will slow, IMF senior economist Jorun Vell said.",
     [("IMF senior economist Jorun Vell", "said", "Growth will slow")], {},
     dict(type="INT", official=True, named=True, affiliation="IMF")),
    ("Growth will slow, a Velmar University economist said.",
     [("a Velmar University economist", "said", "Growth will slow")], {}, dict(type="EXP", named=False)),
    # Kin take the type of the person they are kin of.
    ("He will win, the Republican nominee's youngest son said.",
     [("the Republican nominee's youngest son", "said", "He will win")], {}, dict(type="POL", named=False)),
    ("He was unarmed, the victim's brother said.", [("the victim's brother", "said", "He was unarmed")], {},
     dict(type="CIT", named=False)),
    # Arts and entertainment people are neither officials nor ordinary citizens.
    ("The film is honest, said actress Mira Lund.", [("actress Mira Lund", "said", "The film is honest")], {},
     dict(type="OTH", named=True, gender="woman")),
    # The public at large.
    ("The bridge is unsafe, many people said.", [("many people", "said", "The bridge is unsafe")], {},
     dict(type="CIT", named=False, identification="vague")),
    ("Everyone knows the bridge is unsafe.", [("Everyone", "knows", "the bridge is unsafe")], {},
     dict(type="CIT", named=False, identification="vague")),
    # A plural abbreviation is not a person's name.
    ("Ads will follow, super PACs said.", [("super PACs", "said", "Ads will follow")], {},
     dict(type="POL", named=False)),
    # Inquiries are documents.
    ("The files were deleted, the inquiry found.", [("the inquiry", "found", "The files were deleted")], {},
     dict(type="DOC", named=False)),
    # A title, then the name: a named person (the listed row is found without the middle name).
    ("I was right, Former senator Hillary Rodham Clinton said.",
     [("Former senator Hillary Rodham Clinton", "said", "I was right")], {"published": "2015-11-16"},
     dict(type="POL", named=True, identification="full", gender="woman")),
    # Candidates are POL while they run, GOV again in office (DESIGN §6 boundary rule).
    ("We will win Ohio, John Kasich said.", [("John Kasich", "said", "We will win Ohio")],
     {"published": "2016-02-10"}, dict(type="POL", named=True)),
    ("We will win Ohio, John Kasich said.", [("John Kasich", "said", "We will win Ohio")],
     {"published": "2017-02-10"}, dict(type="GOV", named=True)),
    # Shares of poll respondents are the public, whatever party they lean to.
    ("The economy is worse, 61 percent of Republicans said.",
     [("61 percent of Republicans", "said", "The economy is worse")], {}, dict(type="CIT", named=False)),
    ("The economy is worse, about 8 in 10 Republican caucus voters said.",
     [("about 8 in 10 Republican caucus voters", "said", "The economy is worse")], {},
     dict(type="CIT", named=False)),
    ("Rates will rise, 60 percent of economists said.",
     [("60 percent of economists", "said", "Rates will rise")], {}, dict(type="EXP", named=False)),
    ("The lead is real, 73 percent said.", [("73 percent", "said", "The lead is real")], {},
     dict(type="CIT", named=False)),
    ("The lead is real, roughly six in 10 Democrats on Lake Isle said.",
     [("roughly six in 10 Democrats on Lake Isle", "said", "The lead is real")], {}, dict(type="CIT", named=False)),
    ("The lead is real, two-thirds of those who answered said.",
     [("two-thirds of those who answered", "said", "The lead is real")], {}, dict(type="CIT", named=False)),
    # Bare "reports" are news reports.
    ("The gunman was radicalised online, according to reports.",
     [("reports", "according to", "The gunman was radicalised online")], {}, dict(type="MED", named=False)),
    ("The files were moved, Tomas Kell, the undersecretary for logistics, wrote.",
     [("Tomas Kell, the undersecretary for logistics,", "wrote", "The files were moved")], {},
     dict(type="GOV", official=True, named=True, identification="full")),
    # What the body says the person is ("was elected mayor of ...", "who is a senior fellow at ...").
    ("Sadiq Vahl won on Sunday. Vahl, a baker, was elected mayor of Ostra last week. "
     "The budget will be cut, Vahl said.",
     [("Vahl", "said", "The budget will be cut")], {}, dict(type="GOV", official=True, named=True)),
    ("Taxes will rise, said Dana Pell, who is a professor at Kelso University.",
     [("Dana Pell, who is a professor at Kelso University", "said", "Taxes will rise")], {},
     dict(type="EXP", named=True)),
    # A relative clause about the union does not make its director a politician.
    ("Nurses will march, said Rosa Demmel, executive director of Nurses Together, a union that has endorsed "
     "Senator Ada Brell.",
     [("Rosa Demmel, executive director of Nurses Together, a union that has endorsed Senator Ada Brell",
       "said", "Nurses will march")], {}, dict(type="NGO", named=True)),
]


@pytest.mark.parametrize("text,specs,meta,expected", TYPE_TABLE, ids=[f"{i}" for i in range(len(TYPE_TABLE))])
def test_source_types(text, specs, meta, expected):
    _, out, sources = run(text, specs, **meta)
    src = last_source(out, sources)
    assert src is not None
    assert {k: getattr(src, k) for k in expected} == expected


# (fictional text, specs, name of the one source all the specs' mentions belong to, its type)
LINK_TABLE = [
    # A definite description whose head is a word of an organisation's name.
    ("Debt is too high in Ostra, the International Monetary Fund warned in a note. "
     "Growth will stall, the fund said.",
     [("the International Monetary Fund", "warned", "Debt is too high in Ostra"),
      ("the fund", "said", "Growth will stall")],
     "International Monetary Fund", "INT"),
    ("Velmar University fired its chancellor on Monday. The school would not comment on the report.",
     [("Velmar University", "fired", "its chancellor on Monday"),
      ("The school", "would not comment", "on the report")],
     "Velmar University", "EXP"),
    # A definite description with no title in the lexicon: the person just spoken of.
    ("Senator Arvid Holm toured the mill on Monday. The self-described libertarian said he would "
     "win the state.",
     [("Senator Arvid Holm", "toured", "the mill on Monday"),
      ("The self-described libertarian", "said", "he would win the state")], "Arvid Holm", "POL"),
    # A possessive pronoun before the person's own words.
    ("Senator Maren Oska spoke on Monday. The vote was rigged, her statement said.",
     [("Senator Maren Oska", "spoke", "on Monday"), ("her statement", "said", "The vote was rigged")],
     "Maren Oska", "POL"),
    ("Commentator Ivo Brandt attacked the plan. It will fail, his program said on Sunday.",
     [("Commentator Ivo Brandt", "attacked", "the plan"), ("his program", "said", "It will fail")],
     "Ivo Brandt", "MED"),
    # A name given in East Asian order is used by its first part.
    ("U.N. Secretary-General Ban Ki-moon said talks would resume. The deal is fragile, Mr. Ban said.",
     [("U.N. Secretary-General Ban Ki-moon", "said", "talks would resume"), ("Mr. Ban", "said", "The deal is fragile")],
     "Ban Ki-moon", "INT"),
    # The title alone after the titled name.
    ("Actress Mira Lund said the film will win. The prize is deserved, the actress said.",
     [("Actress Mira Lund", "said", "the film will win"), ("the actress", "said", "The prize is deserved")],
     "Mira Lund", "OTH"),
]


@pytest.mark.parametrize("text,specs,name,type_", LINK_TABLE, ids=[r[2] for r in LINK_TABLE])
def test_descriptions_link_back_to_the_named_source(text, specs, name, type_):
    _, out, sources = run(text, specs)
    assert len({a.source_id for a in out}) == 1
    src = last_source(out, sources)
    assert (src.name, src.type, src.named) == (name, type_, True)


# Mentions that refer to someone other than the nearest named person, or to no one named.
NOT_LINKED_TABLE = [
    # Kin and staff are other people.
    ("Senator Maren Oska stayed home. He was tired, her husband said.",
     [("Senator Maren Oska", "stayed", "home"), ("her husband", "said", "He was tired")]),
    # A relative pronoun after a common noun refers to that noun, not the name before it.
    ("Senator Lena Voss opposed the bill. Some party elders, who said the bill was fair, were stunned.",
     [("Senator Lena Voss", "opposed", "the bill"), ("who", "said", "the bill was fair")]),
]


@pytest.mark.parametrize("text,specs", NOT_LINKED_TABLE, ids=[r[1][-1][0] for r in NOT_LINKED_TABLE])
def test_mentions_that_are_not_the_named_person(text, specs):
    _, out, sources = run(text, specs)
    assert out[0].source_id != out[-1].source_id
    assert not last_source(out, sources).named


def test_mention_cut_at_a_title_full_stop_takes_the_whole_name():
    text = "The fire began at night, according to Maj. Felipe Arrau of the fire brigade."
    _, out, sources = run(text, [("Maj", "according to", "The fire began at night")])
    src = last_source(out, sources)
    assert (src.name, src.type, src.named) == ("Felipe Arrau", "SEC", True)


def test_sentence_final_name_keeps_its_surname_link():
    text = ("The talks were cordial, the minister told the Velmar Herald's Jon Aldana. "
            "Aldana said the minister looked tired.")
    _, out, sources = run(text, [("Aldana", "said", "the minister looked tired")])
    src = last_source(out, sources)
    assert src.name == "Jon Aldana"


# -- cost ------------------------------------------------------------------------------------

PARAGRAPH = ("Defense Minister Arno Velk said the harbour would reopen on Monday. \"We are ready,\" he said. "
             "A senior official, who spoke on condition of anonymity because he was not authorised to speak, "
             "said the navy had cleared the channel. The ministry said in a statement that ships would be "
             "inspected. The statement added that fishing would resume. Critics said the plan was rushed. "
             "Velk rejected that, and the spokeswoman said the port authority agreed.")
SPECS = [("Defense Minister Arno Velk", "said", "the harbour would reopen on Monday"),
         ("he", "said", "\"We are ready,\"", "direct"),
         ("A senior official, who spoke on condition of anonymity because he was not authorised to speak",
          "said", "the navy had cleared the channel"),
         ("The ministry", "said", "that ships would be inspected"),
         ("The statement", "added", "that fishing would resume"),
         ("Critics", "said", "the plan was rushed"),
         ("the spokeswoman", "said", "the port authority agreed")]


def _calls(copies: int) -> int:
    """Python function calls made by resolve_sources + score on ``copies`` repetitions of the
    paragraph: a deterministic stand-in for time."""
    text = "\n\n".join([PARAGRAPH] * copies)
    atts = []
    for k in range(copies):
        start = k * (len(PARAGRAPH) + 2)
        for n, spec in enumerate(attributions(PARAGRAPH, SPECS), 1):
            shift = lambda s: type(s)(s.start + start, s.end + start) if s is not None else None  # noqa: E731
            atts.append(type(spec)(f"a{k}_{n}", spec.kind, tuple(shift(c) for c in spec.content), shift(spec.cue),
                                   shift(spec.source)))
    art = article(text)
    seg = segment(art)
    profile = cProfile.Profile()
    profile.enable()
    out, sources = resolve_sources(art, seg.sentences, tuple(atts), OPTIONS)
    score(art, seg, out, sources, OPTIONS)
    profile.disable()
    return sum(row[1] for row in pstats.Stats(profile).stats.values())


def test_cost_grows_linearly_with_article_length():
    _calls(2)  # warm the lexicon and description caches
    small, large = _calls(10), _calls(100)
    assert large / small < 11  # 10x the text: at most ~10x the work (quadratic code gave ~50x)
