"""Property tests on the whole pipeline: any string or bytes -> no exception,
every span in bounds, content never overlapping its own cue or source, the
report HTML parses and carries no unescaped input, analysis deterministic.

The default run uses a few hundred examples; ``pytest -m slow`` runs the long
fuzz (>= 10,000 examples).
"""
from __future__ import annotations

import os
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.ingest import IngestError, article_from_bytes
from analyzer.pipeline import analyze, analyze_article
from analyzer.report import render_article

EXAMPLES = int(os.environ.get("ANALYZER_FUZZ_EXAMPLES", "150"))
LONG_RUN = 10_000
# A tag no template uses: if it ever appears unescaped, input leaked into markup.
EVIL = "<x-evil onerror=alert(1)>"
PIECES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "''", ",", ".", ":",
          " said", " told reporters", " according to", " that", " believes", " the spokesman", " Mayor Ruiz",
          "\n", "\r\n", "\r", "\n\n", " ", "?", "!", " - ", EVIL, "</textarea>", "javascript:alert(1)",
          "\u200b", "\u202e", "e\u0301", "\x00", "WASHINGTON (Wire) - ", "https://example.org/x", "{", "}",
          "<p>", "</p>", "<script>", "</script>", "<!--", "-->"]
texts = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(PIECES), max_size=120).map("".join))


def _spans(record: dict):
    yield from (tuple(s) for s in record["body"])
    yield from (tuple(r["span"]) for r in record["removed"])
    yield from (tuple(s["span"]) for s in record["sentences"])
    for att in record["attributions"]:
        yield from (tuple(s) for s in att["content_spans"])
        yield from (tuple(s) for s in (att["cue"], att["source"]) if s)
    for source in record["sources"]:
        yield from (tuple(s) for s in source["mentions"])


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def check_record(record: dict) -> None:
    text = record["text"]
    for start, end in _spans(record):
        assert 0 <= start < end <= len(text)
    for att in record["attributions"]:
        own = [tuple(s) for s in (att["cue"], att["source"]) if s]
        for s, e in att["content_spans"]:
            assert all(e <= a or b <= s for a, b in own), "content overlaps its own cue or source"


def check_html(record: dict) -> None:
    page = render_article(record)
    parser = _Collector()
    parser.feed(page)
    parser.close()
    assert "x-evil" not in parser.tags and "textarea" not in parser.tags
    assert EVIL not in page and "<script>alert" not in page


def _run_text(text: str, fmt: str) -> None:
    first = analyze(text, format=fmt, id="p").to_dict()
    check_record(first)
    check_html(first)
    assert analyze(text, format=fmt, id="p").to_dict() == first


def _run_bytes(data: bytes) -> None:
    try:
        article = article_from_bytes(data, name="fuzz.txt")
    except IngestError as exc:
        assert exc.reason
        return
    check_record(analyze_article(article).to_dict())


common = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@settings(max_examples=EXAMPLES, **common)
@given(texts, st.sampled_from(["auto", "plain", "dump", "html"]))
def test_any_text(text, fmt):
    _run_text(text, fmt)


@settings(max_examples=EXAMPLES, **common)
@given(st.binary(max_size=600))
def test_any_bytes(data):
    _run_bytes(data)


@pytest.mark.slow
@settings(max_examples=LONG_RUN, **common)
@given(texts, st.sampled_from(["auto", "plain", "dump", "html"]))
def test_any_text_long_fuzz(text, fmt):
    _run_text(text, fmt)


@pytest.mark.slow
@settings(max_examples=LONG_RUN, **common)
@given(st.binary(max_size=600))
def test_any_bytes_long_fuzz(data):
    _run_bytes(data)
