"""Sentence splitting without nltk data downloads; abbreviations never end sentences."""
import pytest

from analyzer.model import Article, Span
from analyzer.segment import segment


def _sentences(text):
    article = Article("t", text, "plain", body=(Span(0, len(text)),))
    return [s.span.slice(text) for s in segment(article).sentences]


@pytest.mark.parametrize("text,expected", [
    ("US Defense Department Press Secretary Maj. Gen. Pat Ryder said. He left.",
     ["US Defense Department Press Secretary Maj. Gen. Pat Ryder said.", "He left."]),
    ("Lloyd J. Austin spoke with the U.S. Army on Oct. 14 in Washington. It rained.",
     ["Lloyd J. Austin spoke with the U.S. Army on Oct. 14 in Washington.", "It rained."]),
    ("Dr. Mara Lind arrived at 5 p.m. Friday. Sen. Holt did not.",
     ["Dr. Mara Lind arrived at 5 p.m. Friday.", "Sen. Holt did not."]),
    ('"We will not retreat!" she said. The vote is Tuesday.',
     ['"We will not retreat!" she said.', "The vote is Tuesday."]),
    ("First line without a period\nSecond line.", ["First line without a period", "Second line."]),
    ("", []),
    ("   \n  ", []),
])
def test_sentences(text, expected):
    assert _sentences(text) == expected


def test_paragraph_index_follows_lines_and_offsets_stay_exact_with_crlf():
    text = "One. Two.\r\nThree.\r\n"
    article = Article("t", text, "plain", body=(Span(0, len(text)),))
    seg = segment(article)
    assert [(s.paragraph, s.span.slice(text)) for s in seg.sentences] == [(0, "One."), (0, "Two."), (1, "Three.")]
    assert [t.slice(text) for t in seg.tokens] == ["One", "Two", "Three"]


def test_only_body_regions_are_segmented():
    text = "MENU\nBody sentence here.\nFooter"
    start = text.index("Body")
    article = Article("t", text, "plain", body=(Span(start, start + len("Body sentence here.")),))
    assert [s.span.slice(text) for s in segment(article).sentences] == ["Body sentence here."]


def test_no_nltk_download_is_needed(monkeypatch):
    import nltk
    monkeypatch.setattr(nltk, "download", lambda *a, **k: pytest.fail("nltk.download called"))
    monkeypatch.setattr(nltk.data, "path", [])
    from analyzer.segment import sentence_tokenizer
    sentence_tokenizer.cache_clear()
    assert _sentences("It works. Offline.") == ["It works.", "Offline."]


def test_real_nltk_still_imports_after_the_light_punkt_load():
    import subprocess, sys
    code = ("import analyzer.segment as s; import nltk; from nltk.tokenize.punkt import PunktSentenceTokenizer as P;"
            "assert P is s.PunktSentenceTokenizer; assert callable(nltk.sent_tokenize); print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


@pytest.mark.parametrize("text", [
    "Just 24 percent of the gifts to Mrs. Sorensen\u2019s campaign came from donors. Others gave more.",
    "Without this network, Mr. Okafor\u2019s bid would fail. He knows it.",
])
def test_never_breaks_after_a_title(text):
    assert len(_sentences(text)) == 2


def test_run_on_text_is_cut_into_bounded_pieces_that_cover_it():
    from analyzer.segment import MAX_SENTENCE_CHARS
    text = "the mayor said the bridge reopens, and the council agreed; " * 400
    pieces = _sentences(text)
    assert len(pieces) > 1 and all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
