"""Any string analyses without error, and every span lies inside the text and the body.

The texts are generated; nothing here is real news.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.attribution import find_attributions
from analyzer.model import Article, Span
from analyzer.segment import segment

# Words and marks that drive the rules: quote marks of every kind, cue words, punctuation.
PIECES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "''", "``", ",", ".",
          ":", "\u2015", " said", " says", " according to", " told", " that", " believes", " the",
          " Mayor", " Ortiz", " bridge", "\n", " ", "?", "!", "-"]
texts = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(PIECES), max_size=80).map("".join))


def check(text: str, body: tuple[Span, ...]) -> None:
    article = Article(id="p", text=text, format="plain", body=body)
    atts, warnings = find_attributions(article, segment(article).sentences)
    assert all(isinstance(w, str) for w in warnings)
    for i, a in enumerate(atts):
        assert a.id == f"a{i + 1}"
        spans = list(a.content) + [s for s in (a.cue, a.source) if s is not None]
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            assert any(region.contains(span) for region in body)
        for span in a.content:
            assert not (a.cue and span.overlaps(a.cue)) and not (a.source and span.overlaps(a.source))
        assert a.parent is None or a.parent in {b.id for b in atts}


@settings(max_examples=300, deadline=None)
@given(texts)
def test_any_text_is_safe(text: str) -> None:
    check(text, (Span(0, len(text)),) if text.strip() else ())


@settings(max_examples=150, deadline=None)
@given(texts, texts)
def test_attributions_stay_in_body(head: str, body_text: str) -> None:
    text = head + "\n" + body_text
    check(text, (Span(len(head) + 1, len(text)),))
