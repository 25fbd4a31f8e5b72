"""Tests of the ingest stage: bytes/text/paths -> Article (issue 3).

Fixtures in tests/fixtures/ingest/ are fictional (see their README).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.config import Options
from analyzer.ingest import (Failure, IngestError, article_from_bytes, article_from_text, format_extract,
                             guess_format, iter_articles)
from analyzer.ingest.files import id_from_name, sanitize_id
from analyzer.ingest.language import guess_language
from analyzer.ingest.metadata import normalise_date, parse_dateline
from analyzer.model import REMOVAL_REASONS, Article

FIX = Path(__file__).parent / "fixtures" / "ingest"


def read(name: str) -> bytes:
    return (FIX / name).read_bytes()


def assert_spans_ok(article: Article) -> None:
    """Every span lies inside the text and slices to non-empty, trimmed text."""
    for span in article.body + tuple(r.span for r in article.removed):
        assert 0 <= span.start < span.end <= len(article.text)
        piece = span.slice(article.text)
        assert piece.strip() and piece == piece.strip()
    starts = [s.start for s in article.body]
    assert starts == sorted(starts)
    for r in article.removed:
        assert r.reason in REMOVAL_REASONS
        assert not any(r.span.overlaps(b) for b in article.body)


def removed_reason(article: Article, startswith: str) -> str:
    hits = [r.reason for r in article.removed if r.span.slice(article.text).startswith(startswith)]
    assert hits, f"no removed line starting {startswith!r}"
    return hits[-1]


# --- the dump extractor on a fictional page with every kind of furniture ---------------------

@pytest.fixture(scope="module")
def wire() -> Article:
    return article_from_bytes(read("dump_wire.txt"), name=str(FIX / "dump_wire.txt"))


def test_wire_dump_body_is_the_six_paragraphs(wire: Article) -> None:
    assert wire.format == "dump"
    assert len(wire.body) == 6
    body = wire.body_text
    assert body.startswith("BRAMFORD (Northwind Wire) - The Bramford city council")
    assert body.endswith("say they have lost customers.")
    for absent in ("Subscribe", "Related", "Ferry operators call", "Photo:", "©", "Most read", "Tags:"):
        assert absent not in body
    assert not wire.warnings
    assert_spans_ok(wire)


@pytest.mark.parametrize("line_start, reason", [
    ("Home", "menu"),
    ("https://img.northwind-herald.example", "metadata"),
    ("2031-03-04T09:30:00+01:00", "metadata"),
    ("BRAMFORD (Northwind Wire) - The Bramford city council on Tuesday approved a plan to rebuild the old river "
     "bridge, ending a dispute that had divided the town for almost three years, council spokeswoman", "duplicate"),
    ("The old river bridge in Bramford, seen from", "caption"),
    ("Workers inspect the steel deck", "caption"),
    ("© Northwind Herald / Lena Marsh", "credit"),
    ("Related", "teaser"),
    ("Ferry operators call for a vote", "teaser"),
    ("12 February, 16:40", "teaser"),
    ("Subscribe", "widget"),
    ("Share", "widget"),
    ("Facebook", "widget"),
    ("About Us", "footer"),
    ("© 2031 Northwind Herald. All rights reserved.", "footer"),
    ("By Tomas Eberly", "metadata"),
])
def test_wire_dump_removal_reasons(wire: Article, line_start: str, reason: str) -> None:
    assert removed_reason(wire, line_start) == reason


def test_wire_dump_every_line_is_body_or_removed(wire: Article) -> None:
    covered = {s.start for s in wire.body} | {r.span.start for r in wire.removed}
    n_lines = sum(1 for line in wire.text.splitlines() if line.strip())
    assert len(covered) == n_lines


def test_wire_dump_metadata(wire: Article) -> None:
    m = wire.metadata
    assert m.title == "Bramford council approves river bridge rebuild"
    assert m.outlet == "Northwind Herald"
    assert m.url == "https://news.northwind-herald.example/2031/03/04/bramford-bridge-rebuild-approved"
    assert m.published == "2031-03-04T09:30:00+01:00"
    assert m.section == "Regional"
    assert m.tags == ("bramford", "river bridge", "city council", "transport")
    assert m.authors == ("Tomas Eberly",)
    assert (m.dateline, m.agency) == ("BRAMFORD", "Northwind Wire")
    assert m.language == "en"
    assert m.encoding == "utf-8"
    assert m.source_path.endswith("dump_wire.txt")


def test_user_metadata_wins_over_extracted() -> None:
    text = read("dump_wire.txt").decode("utf-8")
    article = article_from_text(text, format="dump", metadata={"title": "Given title", "outlet": "", "tags": ["x"]})
    assert article.metadata.title == "Given title"
    assert article.metadata.outlet == "Northwind Herald"  # empty user value does not erase
    assert article.metadata.tags == ("x",)


# --- line endings, BOM, encodings -------------------------------------------------------

@pytest.mark.parametrize("newline, bom", [("\r\n", b""), ("\r", b""), ("\r\n", b"\xef\xbb\xbf"), ("\n", b"\xef\xbb\xbf")])
def test_line_endings_and_bom_keep_offsets_exact(wire: Article, newline: str, bom: bytes) -> None:
    text = read("dump_wire.txt").decode("utf-8").replace("\n", newline)
    article = article_from_bytes(bom + text.encode("utf-8"), name="wire.txt")
    assert_spans_ok(article)
    assert article.body_text == wire.body_text
    assert [r.reason for r in article.removed] == [r.reason for r in wire.removed]
    assert article.metadata.title == wire.metadata.title


def test_utf16_with_bom() -> None:
    text = read("dump_wire.txt").decode("utf-8").replace("\n", "\r\n")
    article = article_from_bytes(text.encode("utf-16"), name="wire16.txt")
    assert article.metadata.encoding == "utf-16"
    assert_spans_ok(article)
    assert article.body_text.startswith("BRAMFORD (Northwind Wire)")


@pytest.mark.parametrize("data, encoding, expected", [
    ("Caf\u00e9 owners in Bramford said the bridge would help.".encode("cp1252"), "cp1252", "Caf\u00e9"),
    ("Caf\u00e9 \u201cquoted\u201d".encode("utf-8"), "utf-8", "\u201cquoted\u201d"),
    (b"\xef\xbb\xbfPlain text with a BOM.", "utf-8-sig", "Plain text"),
])
def test_decoding(data: bytes, encoding: str, expected: str) -> None:
    article = article_from_bytes(data, name="a.txt")
    assert article.metadata.encoding == encoding
    assert expected in article.body_text


def test_invalid_utf8_does_not_crash_and_warns() -> None:
    data = "The mayor\u2019s office said \u201cyes\u201d. ".encode("utf-8") * 5 + b"\xff\xfe bad bytes."
    article = article_from_bytes(data, name="bad.txt")
    assert any("UTF-8" in w for w in article.warnings)
    assert_spans_ok(article)


def test_nul_bytes_keep_offsets() -> None:
    text = "First paragraph of a plain article.\nSecond\x00 paragraph with a stray NUL in it. " * 3
    article = article_from_bytes(text.encode("utf-8"), name="nul.txt", format="plain")
    assert article.text == text
    assert any("NUL" in w for w in article.warnings)
    assert_spans_ok(article)


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"   \n\t\r\n  ", "whitespace"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x00\x00", "zip"),
    (b"\x00\x01\x02\x03" * 100, "binary"),
])
def test_unreadable_inputs_raise(data: bytes, words: str) -> None:
    with pytest.raises(IngestError) as err:
        article_from_bytes(data, name="x.txt")
    assert words.lower() in err.value.reason.lower()
    assert "\n" not in err.value.reason


def test_over_max_bytes_names_limit_and_flag() -> None:
    with pytest.raises(IngestError) as err:
        article_from_bytes(b"word " * 100, name="big.txt", max_bytes=100)
    assert "100" in err.value.reason and "--max-bytes" in err.value.reason


# --- pages with no body, other languages, plain and html --------------------------------

def test_page_without_body_gives_warning_not_menus() -> None:
    article = article_from_bytes(read("dump_nobody.txt"), name="nobody.txt", format="dump")
    assert article.body == ()
    assert any("no recognisable article body" in w for w in article.warnings)
    assert len(article.removed) == sum(1 for l in article.text.splitlines() if l.strip())
    assert_spans_ok(article)


def test_non_english_page_is_extracted_with_language() -> None:
    article = article_from_bytes(read("dump_german.txt"), name="de.txt")
    assert article.format == "dump"
    assert article.metadata.language == "de"
    assert len(article.body) == 4
    assert article.body_text.startswith("Der Stadtrat von Bramfeld hat am Dienstag")
    assert "Impressum" not in article.body_text
    assert_spans_ok(article)


def test_plain_text_every_line_a_paragraph() -> None:
    text = "\n  LONDON (Northwind Wire) - First line.  \n\nSecond line.\n"
    article = article_from_text(text, format="plain")
    assert [s.slice(text) for s in article.body] == ["LONDON (Northwind Wire) - First line.", "Second line."]
    assert (article.metadata.dateline, article.metadata.agency) == ("LONDON", "Northwind Wire")
    assert article.removed == ()


def test_html_page_text_and_metadata() -> None:
    article = article_from_bytes(read("page.html"), name="page.html")
    assert article.format == "html"
    assert article.body_text.startswith("BRAMFORD (Northwind Wire)")
    assert article.body_text.endswith("say they have lost customers.")
    for absent in ("Most read", "About Us", "Politics"):
        assert absent not in article.body_text
    m = article.metadata
    assert m.title == "Bramford council approves river bridge rebuild"
    assert m.outlet == "Northwind Herald"
    assert m.published == "2031-03-04T09:30:00+01:00"
    assert m.section == "Regional"
    assert m.authors == ("Tomas Eberly",)
    assert m.tags == ("bramford", "river bridge")
    assert m.language == "en"
    assert_spans_ok(article)


def test_html_given_as_text_is_extracted() -> None:
    html = read("page.html").decode("utf-8")
    article = article_from_text(html)
    assert article.format == "html"
    assert "<" not in article.text
    assert article.body_text.startswith("BRAMFORD (Northwind Wire)")


@pytest.mark.parametrize("name, expected", [
    ("page.html", "html"), ("dump_wire.txt", "dump"), ("dump_german.txt", "dump"), ("dump_nobody.txt", "dump"),
])
def test_guess_format_fixtures(name: str, expected: str) -> None:
    assert guess_format(read(name).decode("utf-8")) == expected


@pytest.mark.parametrize("text, expected", [
    ("A short plain article.\n\nIt has two paragraphs that are complete sentences.", "plain"),
    ("<p>one</p><p>two</p>" * 10, "html"),
    ("", "plain"),
])
def test_guess_format_table(text: str, expected: str) -> None:
    assert guess_format(text) == expected


# --- small parsers ----------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("WASHINGTON (Sputnik) - The secretary spoke.", ("WASHINGTON", "Sputnik")),
    ("LONDON, March 4 (Northwind Wire) - Talks began.", ("LONDON", "Northwind Wire")),
    ("NEW YORK (AP) \u2014 Markets fell.", ("NEW YORK", "AP")),
    ("BRAMFORD - The council met.", ("BRAMFORD", "")),
    ("The council met on Tuesday - and voted.", ("", "")),
    ("UPDATE - figures revised.", ("", "")),
    ("", ("", "")),
])
def test_parse_dateline(line: str, expected: tuple[str, str]) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize("value, expected", [
    ("2024-11-01T06:14+0000", "2024-11-01T06:14:00+00:00"),
    ("2019-11-20T01:50:59Z", "2019-11-20T01:50:59+00:00"),
    ("2031-03-04", "2031-03-04T00:00:00"),
    ("Tue, 04 Mar 2031 09:30:00 +0100", "2031-03-04T09:30:00+01:00"),
    ("yesterday", ""),
    ("0001-01-01T00:00:00+00:00", ""),  # a content system's placeholder for "no date"
])
def test_normalise_date(value: str, expected: str) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize("text, expected", [
    ("The minister said on Tuesday that the plan would be ready by the end of the year and that it was late.", "en"),
    ("Le ministre a déclaré mardi que le plan serait prêt avant la fin de l'année et que ce n'est pas une surprise.", "fr"),
    ("El ministro dijo el martes que el plan estará listo antes del fin del año y que no es una sorpresa para los expertos.", "es"),
    ("Too short", ""),
    ("12345 67890 !!! ??? 2031 2032 2033 2034 2035 2036 2037 2038 2039", ""),
])
def test_guess_language(text: str, expected: str) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize("value, expected", [
    ("bridge/../vote 1", "bridge-.-vote-1"),
    ("../../etc/passwd", "etc-passwd"),
    ("ok_id-1.2", "ok_id-1.2"),
    ("", "article"),
    ("x" * 200, "x" * 80),
])
def test_sanitize_id(value: str, expected: str) -> None:
    out = sanitize_id(value)
    assert out == expected
    assert "/" not in out and ".." not in out and len(out) <= 80


@pytest.mark.parametrize("name, expected", [
    ("/data/site/story one.txt", "story-one"), ("a/b/page.html", "page"), ("batch.jsonl", "batch"),
])
def test_id_from_name(name: str, expected: str) -> None:
    assert id_from_name(name) == expected


# --- paths, folders, JSONL ------------------------------------------------------------------

def test_jsonl_batch_with_malformed_line() -> None:
    results = list(iter_articles([str(FIX / "batch.jsonl")], Options()))
    assert len(results) == 4
    first, broken, ferry, no_text = results
    assert isinstance(first, Article) and first.id == "bridge/../vote 1"  # kept as given; file names are sanitised by analyzer.batch
    assert first.metadata.title == "Bridge vote" and first.metadata.outlet == "Northwind Herald"
    assert first.metadata.source_path.endswith("batch.jsonl:1")
    assert len(first.body) == 2
    assert isinstance(broken, Failure) and broken.path.endswith("batch.jsonl:2") and "JSON" in broken.reason
    assert isinstance(ferry, Article) and ferry.id == "ferry"
    assert ferry.metadata.url == "https://news.northwind-herald.example/ferry"
    assert isinstance(no_text, Failure) and no_text.path.endswith(":4") and "text" in no_text.reason


def test_jsonl_html_records(tmp_path: Path) -> None:
    html = read("page.html").decode("utf-8")
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"id": "p", "html": html, "outlet": "Given"}) + "\n\n", encoding="utf-8")
    (article,) = list(iter_articles([str(path)], Options()))
    assert article.format == "html" and article.metadata.outlet == "Given"


def test_folder_walk_skips_and_orders(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text("Second article text.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("Nested article text.", encoding="utf-8")
    (tmp_path / "a.htm").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "README.txt").write_text("not an article", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".hidden" / "c.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "notes.md").write_text("skipped extension", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    got = list(iter_articles([str(tmp_path)], Options()))
    names = [Path(g.metadata.source_path).name if isinstance(g, Article) else Path(g.path).name for g in got]
    assert names == ["a.htm", "b.txt", "empty.txt", "a.txt"]
    assert isinstance(got[2], Failure) and "empty" in got[2].reason
    # a file named explicitly is read whatever its extension
    (explicit,) = list(iter_articles([str(tmp_path / "notes.md")], Options()))
    assert isinstance(explicit, Article) and explicit.id == "notes"


def test_missing_path_is_a_failure() -> None:
    (failure,) = list(iter_articles(["/nonexistent/nowhere.txt"], Options()))
    assert isinstance(failure, Failure) and "no such" in failure.reason


def test_max_bytes_option_in_batches(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("word " * 50, encoding="utf-8")
    (failure,) = list(iter_articles([str(tmp_path)], Options(max_bytes=10)))
    assert isinstance(failure, Failure) and "--max-bytes" in failure.reason


# --- the debugging view -----------------------------------------------------------------------

def test_format_extract_lists_metadata_body_and_reasons(wire: Article) -> None:
    view = format_extract(wire)
    assert "title: Bramford council approves river bridge rebuild" in view
    assert "dateline: BRAMFORD" in view
    assert "-- body: 6 region(s)" in view
    for reason in ("menu", "metadata", "duplicate", "caption", "credit", "teaser", "widget", "footer"):
        assert f"\n  {reason}" in view
    assert view.count("\n  ") >= len(wire.body) + len(wire.removed)


def test_format_extract_shows_warning() -> None:
    article = article_from_bytes(read("dump_nobody.txt"), name="nobody.txt", format="dump")
    assert "WARNING: no recognisable article body" in format_extract(article)


def test_unknown_format_is_refused() -> None:
    with pytest.raises(IngestError):
        article_from_text("text", format="pdf")
