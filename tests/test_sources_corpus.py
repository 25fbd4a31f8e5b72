"""Source resolution on the project's fictional corpus (corpus/gold), fed with the GOLD attributions.

Unlike tests/test_corpus.py (end to end), this isolates stage 4: every gold source must come out
with the gold type, official, named, identification, affiliation, gender and anonymity_justified,
and gold mention chains must land in one source. Locating gold strings reuses test_corpus.GoldSpans.
"""
from __future__ import annotations

import functools

import pytest

tc = pytest.importorskip("test_corpus")

from analyzer.config import Options  # noqa: E402
from analyzer.model import Attribution  # noqa: E402
from analyzer.segment import segment  # noqa: E402
from analyzer.sources import resolve_sources  # noqa: E402

CASES = [pytest.param(aid, k, id=f"{aid}#{k}:{s['mentions'][0][:30]}")
         for aid in tc.GOLD_IDS for k, s in enumerate(tc.GOLD[aid]["sources"])]


@functools.lru_cache(maxsize=None)
def _resolved(aid: str):
    articles, _ = tc._ingested()
    article = articles[aid]
    gold = tc.GOLD[aid]
    spans = tc.GoldSpans(article.text, gold)
    atts = []
    for i, g in enumerate(gold["attributions"]):
        found = spans.attribution(i)
        parent = f"g{g['nested_in']}" if g.get("nested_in") is not None else None
        atts.append(Attribution(f"g{i}", g["kind"], found.content, found.cue, found.source, parent=parent,
                                verb_class=g.get("verb_class", "neutral")))
    out, sources = resolve_sources(article, segment(article).sentences, tuple(atts), Options())
    return article, spans, out, sources


def _source_for(aid: str, mention_span):
    _, _, out, sources = _resolved(aid)
    by_id = {s.id: s for s in sources}
    for att in out:
        if att.source is not None and att.source.overlaps(mention_span) and att.source_id in by_id:
            return by_id[att.source_id]
    for s in sources:
        if any(m.overlaps(mention_span) for m in s.mentions):
            return s
    return None


def _own_mentions(aid: str, k: int) -> set[str]:
    """The gold mentions of source k that no other gold source of the article shares ("he" may be two)."""
    sources = tc.GOLD[aid]["sources"]
    others = {m for j, s in enumerate(sources) if j != k for m in s["mentions"]}
    return set(sources[k]["mentions"]) - others


@pytest.mark.parametrize("aid,k", CASES)
def test_gold_source_attributes(aid, k):
    article, spans, out, sources = _resolved(aid)
    gold = tc.GOLD[aid]["sources"][k]
    heard = [a for a, g in zip(out, tc.GOLD[aid]["attributions"]) if g["source"] in _own_mentions(aid, k)]
    assert heard, "gold source not heard in any gold attribution"
    source = next(s for s in sources if s.id == heard[0].source_id)
    got = {a: getattr(source, a) for a in tc.SOURCE_ATTRIBUTES}
    want = {a: gold[a] for a in tc.SOURCE_ATTRIBUTES}
    got["affiliation"] = tc._norm_affiliation(got["affiliation"])
    want["affiliation"] = tc._norm_affiliation(want["affiliation"])
    assert got == want


@pytest.mark.parametrize("aid,k", CASES)
def test_gold_mentions_form_one_source(aid, k):
    _, _, out, _ = _resolved(aid)
    ids = {a.source_id for a, g in zip(out, tc.GOLD[aid]["attributions"]) if g["source"] in _own_mentions(aid, k)}
    assert len(ids) == 1 and None not in ids


@pytest.mark.parametrize("aid", tc.GOLD_IDS)
def test_gold_source_count(aid):
    _, _, _, sources = _resolved(aid)
    assert len(sources) == len(tc.GOLD[aid]["sources"])
