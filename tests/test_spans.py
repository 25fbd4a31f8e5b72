"""Every span of every output lies inside its text and slices to non-empty text.

In: every article of ``corpus/`` (one case per file, per JSONL record) and, when ``../shared`` is present,
the seed page dump analysed as a dump.
Out: checks on ``Analysis.to_dict()`` (DESIGN §8): body, removed lines, sentences, attribution content /
content_spans / cue / source, source mentions and anonymity reasons, and the spans of
``scores["unattributed_claims"]`` when present; plus the word tokens of the ``Analysis``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.config import Options
from analyzer.ingest import iter_articles
from analyzer.model import Article
from analyzer.pipeline import analyze_article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_3a7f4ac74752c148.txt"
ARTICLE_SUFFIXES = (".txt", ".html", ".jsonl")


def _corpus_cases() -> list:
    cases = []
    for path in sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES):
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rid = json.loads(line)["id"]
                    cases.append(pytest.param(path, rid, "auto", id=rid))
        else:
            cases.append(pytest.param(path, path.stem, "auto", id=path.stem))
    return cases


def _seed_case() -> list:
    marks = [pytest.mark.skipif(not SEED.exists(), reason="../shared (the seed) is not present")]
    return [pytest.param(SEED, SEED.stem, "dump", id="seed", marks=marks)]


CASES = _corpus_cases() + _seed_case()


def _record(path: Path, aid: str, fmt: str) -> tuple[dict, object]:
    options = Options(format=fmt)
    items = list(iter_articles([str(path)], options))
    articles = [a for a in items if isinstance(a, Article)]
    assert len(articles) == len(items), f"failures: {[i for i in items if not isinstance(i, Article)]}"
    matching = [a for a in articles if a.id == aid] or (articles if len(articles) == 1 else [])
    assert matching, f"no article {aid!r} in {path.name}: {[a.id for a in articles]}"
    analysis = analyze_article(matching[0], options)
    return analysis.to_dict(), analysis


def _check(text: str, span, where: str, problems: list[str]) -> None:
    ok = (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) and not isinstance(x, bool)
                                                             for x in span))
    if not ok:
        problems.append(f"{where}: not a [start, end] pair: {span!r}")
    elif not 0 <= span[0] < span[1] <= len(text):
        problems.append(f"{where}: {span} outside the text of {len(text)} chars or empty")
    elif not text[span[0]:span[1]].strip():
        problems.append(f"{where}: {span} slices to blank text {text[span[0]:span[1]]!r}")


def _pairs(value, where: str):
    """Every [int, int] pair inside a nested value, with where it was found."""
    if isinstance(value, list) and len(value) == 2 and all(isinstance(x, int) and not isinstance(x, bool)
                                                           for x in value):
        yield where, value
    elif isinstance(value, list):
        for k, item in enumerate(value):
            yield from _pairs(item, f"{where}[{k}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _pairs(item, f"{where}.{key}")


def _problems(record: dict) -> list[str]:
    text = record["text"]
    problems: list[str] = []
    for k, span in enumerate(record["body"]):
        _check(text, span, f"body[{k}]", problems)
    for k, removed in enumerate(record["removed"]):
        _check(text, removed["span"], f"removed[{k}]", problems)
    for k, sentence in enumerate(record["sentences"]):
        _check(text, sentence["span"], f"sentences[{k}]", problems)
    for k, att in enumerate(record["attributions"]):
        _check(text, att["content"], f"attributions[{k}].content", problems)
        if not att["content_spans"]:
            problems.append(f"attributions[{k}]: no content_spans")
        for j, span in enumerate(att["content_spans"]):
            _check(text, span, f"attributions[{k}].content_spans[{j}]", problems)
        for key in ("cue", "source"):
            if att[key] is not None:
                _check(text, att[key], f"attributions[{k}].{key}", problems)
    for k, source in enumerate(record["sources"]):
        for j, span in enumerate(source["mentions"]):
            _check(text, span, f"sources[{k}].mentions[{j}]", problems)
        if source.get("anonymity_reason") is not None:
            _check(text, source["anonymity_reason"], f"sources[{k}].anonymity_reason", problems)
    claims = record["scores"].get("unattributed_claims")
    if claims is not None:
        for where, span in _pairs(claims, "scores.unattributed_claims"):
            _check(text, span, where, problems)
    return problems


@pytest.mark.parametrize("path,aid,fmt", CASES)
def test_every_output_span_is_inside_the_text_and_not_blank(path, aid, fmt):
    record, _ = _record(path, aid, fmt)
    assert record["body"], "no body"
    assert _problems(record) == []


@pytest.mark.parametrize("path,aid,fmt", CASES)
def test_body_text_is_the_body_spans_joined(path, aid, fmt):
    record, _ = _record(path, aid, fmt)
    text = record["text"]
    assert record["body_text"] == "\n".join(text[s:e] for s, e in record["body"])


@pytest.mark.parametrize("path,aid,fmt", CASES)
def test_attribution_content_spans_sit_inside_the_envelope_and_the_body(path, aid, fmt):
    record, _ = _record(path, aid, fmt)
    body = record["body"]
    removed = [r["span"] for r in record["removed"]]
    for k, att in enumerate(record["attributions"]):
        start, end = att["content"]
        for s, e in att["content_spans"]:
            assert start <= s and e <= end, f"attributions[{k}]: fragment outside its envelope"
            assert any(bs < e and s < be for bs, be in body), f"attributions[{k}]: content outside the body"
            assert not any(rs < e and s < re for rs, re in removed), f"attributions[{k}]: content over a removed line"


@pytest.mark.parametrize("path,aid,fmt", CASES)
def test_word_tokens_are_inside_the_body(path, aid, fmt):
    record, analysis = _record(path, aid, fmt)
    text, body = record["text"], record["body"]
    outside = [t.slice(text) for t in analysis.tokens
               if not t.slice(text).strip() or not any(s <= t.start and t.end <= e for s, e in body)]
    assert outside == []
