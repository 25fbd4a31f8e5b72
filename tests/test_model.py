"""Spans refuse bad bounds; records carry the JSON shape of DESIGN §8."""
import pytest

from analyzer.model import Analysis, Article, Attribution, Metadata, Removed, Source, Span, envelope


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 4), (0.5, 2)])
def test_span_refuses_bad_bounds(start, end):
    with pytest.raises((ValueError, TypeError)):
        Span(start, end)


def test_span_slice_beyond_text_is_refused():
    with pytest.raises(ValueError):
        Span(0, 10).slice("short")


def test_article_refuses_body_beyond_text():
    with pytest.raises(ValueError):
        Article("a", "abc", "plain", body=(Span(0, 4),))


def test_envelope_covers_fragments():
    assert envelope((Span(10, 12), Span(3, 5))) == Span(3, 12)
    assert envelope(()) is None


@pytest.mark.parametrize("factory", [
    lambda: Attribution("a1", "quoted", (Span(0, 1),)),
    lambda: Attribution("a1", "direct", ()),
    lambda: Attribution("a1", "direct", (Span(0, 1),), verb_class="angry"),
    lambda: Source("s1", "X", type="XYZ"),
    lambda: Removed(Span(0, 1), "junk"),
])
def test_unknown_codes_are_refused(factory):
    with pytest.raises(ValueError):
        factory()


def test_metadata_from_loose_mapping():
    meta = Metadata.from_mapping({"title": "T", "tags": "one", "authors": ["A", "B"], "bogus": 1, "url": None})
    assert meta.title == "T" and meta.tags == ("one",) and meta.authors == ("A", "B") and meta.url == ""


def test_analysis_to_dict_has_the_design_keys():
    text = 'He said "yes".'
    art = Article("x", text, "plain", body=(Span(0, len(text)),))
    att = Attribution("a1", "direct", (Span(8, 13),), cue=Span(3, 7), source=Span(0, 2), source_id="s1")
    src = Source("s1", "He", mentions=(Span(0, 2),))
    record = Analysis(art, (), (), (att,), (src,), {"n": 1}, (), "0").to_dict()
    assert list(record) == ["id", "text", "format", "metadata", "body", "body_text", "removed", "sentences",
                            "attributions", "sources", "scores", "warnings", "version"]
    assert record["attributions"][0]["content"] == [8, 13]
    assert record["attributions"][0]["content_spans"] == [[8, 13]]
    assert record["body_text"] == text
