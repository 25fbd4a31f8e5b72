"""The seed page dump (../shared/seeds, skipped when absent): body, removed lines, metadata."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer.ingest import article_from_bytes

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_3a7f4ac74752c148.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seed not available")


@pytest.fixture(scope="module")
def seed():
    return article_from_bytes(SEED.read_bytes(), name=str(SEED))


def _lines(text: str) -> list[str]:
    return [l.strip() for l in text.splitlines() if l.strip()]


def _shingles(text: str) -> set[tuple[str, ...]]:
    toks = re.findall(r"\w+", text.lower())
    return {tuple(toks[i:i + 4]) for i in range(len(toks) - 3)}


def test_seed_body_is_six_paragraphs(seed) -> None:
    lines = _lines(seed.text)
    first = next(i for i, l in enumerate(lines) if l.startswith("WASHINGTON (Sputnik) -") and len(l) > 220)
    last = max(i for i, l in enumerate(lines) if l.endswith("at the end of October."))
    # the gold: lines of the article between its first and last paragraph that are running text
    # of the article, i.e. those that are not the caption / teaser lines listed by the seed README
    gold = [l for l in lines[first:last + 1] if len(l.split()) > 25 and "Sputnik International, 1920" not in l]
    assert len(gold) == 6
    body = seed.body_text
    g, p = _shingles("\n".join(gold)), _shingles(body)
    precision, recall = len(g & p) / len(p), len(g & p) / len(g)
    assert 2 * precision * recall / (precision + recall) >= 0.99
    assert len(seed.body) == 6 and not seed.warnings


def test_seed_removed_reasons(seed) -> None:
    by_text = {r.span.slice(seed.text): r.reason for r in seed.removed}
    assert by_text["Analysis"] == "teaser"
    assert by_text["Subscribe"] == "widget"
    teaser_time = [t for t in by_text if re.fullmatch(r"\d+ October, \d\d:\d\d GMT", t)]
    assert teaser_time and all(by_text[t] == "teaser" for t in teaser_time)
    credits = [t for t in by_text if t.startswith("\u00a9 AP Photo")]
    assert credits and all(by_text[t] == "credit" for t in credits)
    captions = [t for t in by_text if "- Sputnik International, 1920, " in t and not t.startswith("\u00a9")]
    assert len(captions) == 2 and all(by_text[t] == "caption" for t in captions)
    longest = max(by_text, key=len)
    assert by_text[longest] == "duplicate"  # the JSON-LD copy of the body
    last_body = seed.body[-1].end
    after = [r.reason for r in seed.removed if r.span.start > last_body]
    assert after and set(after) <= {"footer", "widget"}


def test_seed_metadata(seed) -> None:
    m = seed.metadata
    assert m.title.startswith("US Defense Secretary Discusses De-Escalation")
    assert m.outlet == "Sputnik International"
    assert m.published.startswith("2024-11-01")
    assert (m.dateline, m.agency) == ("WASHINGTON", "Sputnik")
    assert m.language == "en"
    assert m.url.startswith("https://") and m.url.endswith(".html")


def test_seed_spans_exact_with_crlf_and_bom(seed) -> None:
    data = b"\xef\xbb\xbf" + SEED.read_bytes().replace(b"\n", b"\r\n")
    article = article_from_bytes(data, name="seed-crlf.txt")
    assert article.body_text == seed.body_text
    for span in article.body + tuple(r.span for r in article.removed):
        assert span.slice(article.text).strip()
