"""The seed page (../shared/seeds/, skipped when absent): the attributions issue 2 expects.

The body is built by hand (the dateline paragraph and the four after it, plus
the closing paragraph), so this test does not depend on the ingest stage.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer.attribution import find_attributions
from analyzer.model import Article, Span
from analyzer.segment import segment

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_3a7f4ac74752c148.txt"
DATELINE = re.compile(r"^[A-Z]{3,} \(\w+\) - ")
# (source contains, cue starts with, kind or None, nested) — from issue 2 and the attribution brief.
EXPECTED = [
    ("Pat Ryder", "said", "indirect", False),
    ("the spokesman", "said in a statement", "direct", False),
    ("the statement", "said", "mixed", False),
    ("the statement", "added", "mixed", False),
    ("Axios", "reported", None, False),
    ("Israeli intelligence", "believed", None, True),
    ("Israel", "says", None, False),
]


def seed_article() -> Article:
    if not SEED.is_file():
        pytest.skip("seed page not present")
    text = SEED.read_text("utf-8")
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append(Span(offset, offset + len(line)))
        offset += len(line) + 1
    # The JSON-LD copy of the body ends the same way; the article's own paragraph comes last.
    last = max(i for i, s in enumerate(lines) if s.slice(text).rstrip().endswith("at the end of October."))
    # The metadata lines repeat the dateline; the article's own is the last one before its end.
    first = max(i for i, s in enumerate(lines[:last]) if DATELINE.match(s.slice(text)))
    return Article(id="seed", text=text, format="dump", body=tuple(lines[first:first + 5]) + (lines[last],))


def test_seed_attributions() -> None:
    article = seed_article()
    sentences = segment(article).sentences
    atts, warnings = find_attributions(article, sentences)
    text = article.text
    found = [(a.source.slice(text) if a.source else "", a.cue.slice(text), a.kind, a.parent is not None)
             for a in atts]
    assert len(found) == len(EXPECTED), found
    for (source, cue, kind, nested), got in zip(EXPECTED, found):
        assert source in got[0] and got[1].startswith(cue) and got[3] == nested, (source, cue, got)
        assert kind is None or got[2] == kind, (source, cue, got)
    # The other sentences of the last paragraph are narration.
    last_paragraph = article.body[-1]
    says = next(a for a in atts if a.cue.slice(text) == "says")
    for sentence in sentences:
        if last_paragraph.contains(sentence.span) and not sentence.span.contains(says.cue):
            assert not any(sentence.span.overlaps(s) for a in atts for s in a.content + (a.cue,))
    assert warnings == ()
