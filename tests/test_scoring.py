"""Scoring measures (DESIGN §7) on small fictional articles whose numbers are counted by hand.

Sources and attributions are written out here, so these tests do not depend on the
resolver or the attribution stage.
"""
from __future__ import annotations

import json
import math

import pytest

from analyzer.config import Options
from analyzer.model import Attribution, Source, Span
from analyzer.scoring import SCALAR_COLUMNS, claim_cues, scalar_measures, score
from analyzer.segment import segment
from test_sources_helpers import article, find

# Fictional. Sentences and \w+ tokens:
#   S0 "The port reopened on Monday."          5 tokens, narration with a date -> a claim
#   S1 '"We are back," Ana Brill said.'       6 tokens, content '"We are back,"' = 3 tokens (direct)
#   S2 "Officials said the strike ended."      5 tokens, content "the strike ended" = 3 tokens
#   S3 "The sky was grey."                     4 tokens, narration, nothing checkable
TEXT = 'The port reopened on Monday. "We are back," Ana Brill said. Officials said the strike ended. The sky was grey.'


def _attributions():
    """Ana Brill's direct quote (s1) and the officials' indirect claim (s2) in TEXT."""
    return (
        Attribution("a1", "direct", (find(TEXT, '"We are back,"'),), find(TEXT, "said"), find(TEXT, "Ana Brill"),
                    source_id="s1"),
        Attribution("a2", "indirect", (find(TEXT, "the strike ended"),), find(TEXT, "said", 50),
                    find(TEXT, "Officials"), source_id="s2", verb_class="neutral"),
    )


def _scores(options=None):
    art = article(TEXT)
    seg = segment(art)
    atts = _attributions()
    sources = (
        Source("s1", "Ana Brill", "CIT", False, True, "partial", affiliation="Velmland", gender="woman",
               mentions=(find(TEXT, "Ana Brill"),)),
        Source("s2", "Officials", "GOV", True, False, "described", affiliation="Velmland",
               mentions=(find(TEXT, "Officials"),)),
    )
    return score(art, seg, atts, sources, options)


EXPECTED = {
    "body_tokens": 20, "body_sentences": 4, "n_attributions": 2, "attributed_tokens": 6,
    "attributed_token_share": 0.3, "attributed_sentences": 2, "attributed_sentence_share": 0.5,
    "attributions_per_100_sentences": 50.0, "direct_share": 0.5, "indirect_share": 0.5, "mixed_share": 0.0,
    "direct_token_share": 0.5, "indirect_token_share": 0.5, "n_sources": 2, "pej_band": "1-2",
    "fully_identified_sources": 0, "named_source_share": 0.5, "cites_anonymous": True,
    "relies_solely_on_anonymous": False, "official_share": 0.5, "official_token_share": 0.5, "n_types": 2,
    "type_entropy": round(math.log(2), 4), "effective_types": 2.0, "top_source_share": 0.5,
    "loaded_verb_share": 0.0, "n_unattributed_claims": 1, "n_person_sources": 1,
    "woman_share_of_person_sources": 1.0,
}


@pytest.mark.parametrize("key,value", sorted(EXPECTED.items()))
def test_measure(key, value):
    assert _scores()[key] == value


def test_distributions():
    s = _scores()
    assert s["type_counts"]["CIT"] == 1 and s["type_counts"]["GOV"] == 1 and sum(s["type_counts"].values()) == 2
    assert s["kind_shares"]["attributions"] == {"direct": 0.5, "mixed": 0.0, "indirect": 0.5}
    assert s["affiliation_shares"] == {"Velmland": 1.0}
    assert s["gender_counts"] == {"woman": 1, "man": 0, "unknown": 0}
    assert s["verb_class_counts"]["neutral"] == 2
    assert [c["sentence"] for c in s["unattributed_claims"]] == [0]
    assert s["unattributed_claims"][0]["cues"] == ["date"]
    assert Span(*s["unattributed_claims"][0]["span"]).slice(TEXT) == "The port reopened on Monday."
    assert "sides" not in s
    json.dumps(s)  # JSON-ready


def test_nested_tokens_counted_once_and_given_to_inner_source():
    # Fictional: "Axle News reported that Velm police believed the pier was unsafe."
    text = "Axle News reported that Velm police believed the pier was unsafe."
    art = article(text)
    outer = Attribution("a1", "indirect", (find(text, "that Velm police believed the pier was unsafe"),),
                        find(text, "reported"), find(text, "Axle News"), source_id="s1")
    inner = Attribution("a2", "indirect", (find(text, "the pier was unsafe"),), find(text, "believed"),
                        find(text, "Velm police"), source_id="s2", parent="a1", verb_class="mental")
    sources = (Source("s1", "Axle News", "MED", named=True, identification="partial", affiliation="Axle News"),
               Source("s2", "Velm police", "SEC", official=True, affiliation="Velmland"))
    s = score(art, segment(art), (outer, inner), sources)
    assert s["body_tokens"] == 11 and s["attributed_tokens"] == 8  # "that ... unsafe": 8 tokens, once
    assert s["affiliation_shares"] == {"Axle News": 0.5, "Velmland": 0.5}  # 4 inner tokens to the police
    assert s["official_token_share"] == 0.5
    assert s["loaded_verb_share"] == 0.5 and s["verb_class_counts"]["mental"] == 1


def test_no_attributions():
    text = "The sky was grey. Rain fell on 3 May."
    art = article(text)
    s = score(art, segment(art), (), ())
    assert s["attributed_token_share"] == 0.0 and s["n_sources"] == 0 and s["pej_band"] == "0"
    assert s["named_source_share"] is None and s["official_share"] is None
    assert not s["cites_anonymous"] and not s["relies_solely_on_anonymous"]
    assert [c["sentence"] for c in s["unattributed_claims"]] == [1]


def test_empty_body():
    art = article("")
    s = score(art, segment(art), (), ())
    assert s["body_tokens"] == 0 and s["attributed_token_share"] is None


def test_relies_solely_on_anonymous():
    text = "The deal is off, sources said."
    art = article(text)
    att = Attribution("a1", "indirect", (find(text, "The deal is off"),), find(text, "said"), find(text, "sources"),
                      source_id="s1")
    s = score(art, segment(art), (att,), (Source("s1", "sources", "OTH", identification="vague"),))
    assert s["relies_solely_on_anonymous"] and s["cites_anonymous"] and s["named_source_share"] == 0.0


CLAIM_TABLE = [
    ("Turnout rose to 61 percent.", ["number"]),
    ("The bridge closed in March 2021.", ["date"]),
    ("Flights stopped because the runway flooded.", ["cause"]),
    ("Troops attacked Velm at dawn.", ["event"]),
    ("The sky was grey.", []),
    ("It was a quiet evening.", []),
]


@pytest.mark.parametrize("text,cues", CLAIM_TABLE)
def test_claim_cues(text, cues):
    assert claim_cues(text) == cues


def test_scalar_columns_stable():
    a = scalar_measures(_scores())
    art = article("The sky was grey.")
    b = scalar_measures(score(art, segment(art), (), ()))
    assert list(a) == list(b)
    assert list(a)[: len(SCALAR_COLUMNS)] == list(SCALAR_COLUMNS)
    assert a["type_GOV"] == 1 and a["gender_woman"] == 1 and a["verb_neutral"] == 2
    assert all(not isinstance(v, (dict, list)) for v in a.values())


def test_sides(tmp_path):
    cfg = tmp_path / "sides.toml"
    cfg.write_text('[sides]\nvelm = ["Velmland"]\nostland = ["Ostland"]\n', "utf-8")
    s = _scores(Options(config_path=str(cfg)))
    assert s["sides"]["token_shares"]["velm"] == 1.0
    assert s["sides"]["sources"] == {"velm": 2, "ostland": 0, "(none)": 0}
    assert s["sides"]["absent"] == ["ostland"]
    assert scalar_measures(s)["side_velm_token_share"] == 1.0


def test_side_of_countries_holds_their_listed_bodies(tmp_path):
    """A company is its own affiliation; a side defined by countries still holds it through the
    country the lists give it (Boeing: US), and an unlisted body counts for no side."""
    cfg = tmp_path / "sides.toml"
    cfg.write_text('[sides]\n"us side" = ["US"]\nvelm = ["Velmland"]\n', "utf-8")
    art = article(TEXT)
    sources = (
        Source("s1", "Ana Brill", "BUS", False, True, "partial", affiliation="Boeing",
               mentions=(find(TEXT, "Ana Brill"),)),
        Source("s2", "Officials", "BUS", False, False, "described", affiliation="Velm Shipyards",
               mentions=(find(TEXT, "Officials"),)),
    )
    sides = score(art, segment(art), _attributions(), sources, Options(config_path=str(cfg)))["sides"]
    assert sides["sources"] == {"us side": 1, "velm": 0, "(none)": 1}
