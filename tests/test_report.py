"""Tests for analyzer.report: view model and rendering from hand-written records.

The records in tests/fixtures/report/ are fictional (built by build.py there);
no NLP runs here.
"""
from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.report import render_article, render_index
from analyzer.report.render import csp_for
from analyzer.report.view import article_view, http_url, index_view, safe_href

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "report"


def load(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


class Page(HTMLParser):
    """Tags, attributes and text of a rendered page, as a browser's parser sees them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data

    def having(self, attr: str) -> list[dict[str, str | None]]:
        return [a for _t, a in self.tags if attr in a]


# ------------------------------------------------------------------ fixtures are sound

@pytest.mark.parametrize("name", ["basic", "hostile", "empty"])
def test_every_fixture_span_is_in_bounds(name):
    record = load(name)
    n = len(record["text"])
    spans = list(record["body"]) + [r["span"] for r in record["removed"]]
    spans += [s["span"] for s in record["sentences"]]
    for a in record["attributions"]:
        spans += a["content_spans"] + [a["content"], a["cue"], a["source"]]
    for s in record["sources"]:
        spans += s["mentions"] + ([s["anonymity_reason"]] if s["anonymity_reason"] else [])
    assert all(0 <= s <= e <= n for s, e in spans)


# ------------------------------------------------------------------ highlighting

def _attribution_ids(html: str) -> list[str]:
    return [a["data-attribution"] for a in Page(html).having("data-attribution")]


@pytest.mark.parametrize("name", ["basic", "hostile", "empty"])
def test_one_highlight_per_attribution(name):
    record = load(name)
    ids = _attribution_ids(render_article(record))
    assert sorted(ids) == sorted(a["id"] for a in record["attributions"])


def _paragraph_texts(view: dict) -> list[str]:
    return ["".join(seg["text"] for seg in para) for para in view["paragraphs"]]


def test_segments_rebuild_the_body_exactly():
    record = load("basic")
    view = article_view(record)
    assert _paragraph_texts(view) == [record["text"][s:e] for s, e in record["body"]]


def test_nested_attribution_is_marked_inside_its_parent():
    view = article_view(load("basic"))
    segments = [seg for para in view["paragraphs"] for seg in para]
    inner = next(seg for seg in segments if seg["attribution"] == "a5")
    assert inner["text"] == "the pier was unsafe"
    assert "nest" in inner["classes"].split()
    cue = next(seg for seg in segments if seg["text"] == "believed")
    assert {"cue", "v-mental", "nest"} - set(cue["classes"].split()) == {"nest"}  # cue, inside a4 content
    assert "k-indirect" in cue["classes"].split()


# (content spans, expected segment texts and how many of them are shaded)
OVERLAPS = [
    ([[0, 10], [5, 15]], ["aaaaa", "bbbbb", "ccccc", " tail"], 3),  # partial overlap
    ([[0, 15], [0, 15]], ["aaaaabbbbbccccc", " tail"], 1),  # identical spans
    ([[0, 15], [5, 10]], ["aaaaa", "bbbbb", "ccccc", " tail"], 3),  # one inside the other
    ([[3, 3], [16, 20]], ["aaaaabbbbbccccc ", "tail"], 1),  # empty span yields nothing
]


@pytest.mark.parametrize("spans, texts, shaded", OVERLAPS)
def test_overlapping_spans_split_at_every_boundary(spans, texts, shaded):
    text = "aaaaabbbbbccccc tail"
    record = {"text": text, "body": [[0, len(text)]], "sources": [], "scores": {},
              "attributions": [{"id": f"x{i}", "kind": "direct", "content": s, "content_spans": [s]}
                               for i, s in enumerate(spans)]}
    view = article_view(record)
    segments = view["paragraphs"][0]
    assert [seg["text"] for seg in segments] == texts
    assert sum(1 for seg in segments if seg["tag"] == "mark") == shaded
    starts = [seg["attribution"] for seg in segments if seg["attribution"]]
    starts += [t["id"] for seg in segments for t in seg["costarts"]]
    valid = [f"x{i}" for i, s in enumerate(spans) if s[0] < s[1]]
    assert sorted(starts) == valid
    html = render_article(record)
    assert sorted(_attribution_ids(html)) == valid


def test_split_quote_has_one_highlight_and_two_shaded_fragments():
    record = load("basic")
    view = article_view(record)
    segments = [seg for para in view["paragraphs"] for seg in para]
    a3 = [seg for seg in segments if seg["text"] in ('"We waited ten years,"', '"The town deserves a ferry."')]
    assert [seg["tag"] for seg in a3] == ["mark", "mark"]
    assert [bool(seg["attribution"]) for seg in a3] == [True, False]
    assert "Direct quote" in a3[1]["title"]


def test_source_mentions_link_to_their_rows():
    html = render_article(load("basic"))
    page = Page(html)
    row_ids = {a["id"] for t, a in page.tags if t == "tr" and a.get("id")}
    links = {a["href"][1:] for t, a in page.tags if t == "a" and (a.get("href") or "").startswith("#source-")}
    assert links == {"source-s1", "source-s2", "source-s3", "source-s4"}
    assert links <= row_ids


def test_attribution_outside_the_body_is_reported():
    record = load("basic")
    record = copy.deepcopy(record)
    record["attributions"][0]["content_spans"] = [record["removed"][0]["span"]]
    record["attributions"][0]["content"] = record["removed"][0]["span"]
    view = article_view(record)
    assert any("outside the body" in w for w in view["warnings"])


# ------------------------------------------------------------------ escaping

HOSTILE_MARKERS = ["<script>window", "<img src", "<svg onload", "</textarea>", "onerror=\"",
                   "onmouseover=\"", "onfocus=\"", "<b onmouseover"]


@pytest.mark.parametrize("render", ["article", "index"])
def test_hostile_record_is_escaped(render):
    record = load("hostile")
    if render == "article":
        html = render_article(record, index_href="javascript:alert(1)")
    else:
        row = {"id": record["id"], "href": "javascript:alert(1)", "title": record["metadata"]["title"],
               "outlet": record["metadata"]["outlet"], "published": record["metadata"]["published"],
               "url": record["metadata"]["url"], "scores": record["scores"], "warnings": record["warnings"]}
        html = render_index([row], [{"outlet": record["metadata"]["outlet"], "n_articles": "<script>"}],
                            {"<script>x</script>.csv": "javascript:alert(1)", "ok.csv": "articles.csv"},
                            title=record["metadata"]["title"])
    for marker in HOSTILE_MARKERS:
        assert marker not in html
    page = Page(html)
    assert all(not k.startswith("on") for _t, attrs in page.tags for k in attrs)
    allowed = {"html", "head", "meta", "title", "style", "body", "a", "nav", "header", "h1", "h2", "h3",
               "dl", "dt", "dd", "p", "span", "div", "ul", "ol", "li", "main", "section", "mark", "b",
               "strong", "table", "caption", "thead", "tbody", "tr", "th", "td", "abbr", "figure",
               "figcaption", "svg", "g", "text", "rect", "details", "summary", "footer", "script",
               "select", "option", "label"}
    assert {t for t, _a in page.tags} <= allowed
    hrefs = [a["href"] for t, a in page.tags if "href" in a]
    assert hrefs and all(not h.lower().lstrip().startswith("javascript") for h in hrefs)
    scripts = [a for t, a in page.tags if t == "script"]
    if render == "article":
        assert scripts == [{"type": "application/json", "id": "analysis-data"}]
        json.loads(page.scripts[0])  # the data block stays valid JSON
    else:
        assert scripts == [{}]
        assert "window.__pwned" not in page.scripts[0]


def test_javascript_url_is_text_not_link():
    view = article_view(load("hostile"))
    assert view["url_text"] == "javascript:window.__pwned=1"
    assert view["url_href"] == ""


URLS = [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"),
    ("http://example.org", "http://example.org"),
    ("HTTPS://EXAMPLE.ORG", "HTTPS://EXAMPLE.ORG"),
    ("javascript:alert(1)", ""),
    (" javascript:alert(1)", ""),
    ("data:text/html,<script>", ""),
    ("//evil.example/x", ""),
    ("https://example.org/\"onmouseover=x", ""),
    ("example.org/page", ""),
    ("", ""),
    (None, ""),
]


@pytest.mark.parametrize("url, expected", URLS)
def test_only_http_urls_become_links(url, expected):
    assert http_url(url) == expected


HREFS = [
    ("index.html", "index.html"),
    ("articles/a-1.html", "articles/a-1.html"),
    ("https://example.org/x", "https://example.org/x"),
    ("javascript:alert(1)", ""),
    ("JaVaScRiPt:alert(1)", ""),
    ("vbscript:x", ""),
    ("data:text/html,x", ""),
    ("//evil.example", ""),
    ("a b.html", "a%20b.html"),
    ('x".html', "x%22.html"),
    ("..\\x.html", ""),
    ("java\tscript:alert(1)", "java%09script%3Aalert(1)"),  # browsers drop tabs: the colon must not survive
    ("", ""),
]


@pytest.mark.parametrize("href, expected", HREFS)
def test_safe_href(href, expected):
    assert safe_href(href) == expected


# ------------------------------------------------------------------ missing data

def test_empty_record_renders_with_no_body_message():
    html = render_article(load("empty"))
    assert "No article body was found" in html
    assert "no article body found" in html  # the record's warning is shown
    assert "n/a" in html


@pytest.mark.parametrize("record", [{}, {"text": None, "body": "x", "attributions": None, "scores": []},
                                    {"text": "abc", "body": [[0, 99]], "attributions": [{"id": "q"}]}])
def test_malformed_records_render_without_error(record):
    html = render_article(record)
    assert html.startswith("<!DOCTYPE html>")
    assert _attribution_ids(html) == []


def test_missing_scores_show_not_available():
    record = load("basic")
    record["scores"] = {}
    view = article_view(record)
    figures = {f["term"]: f["value"] for f in view["figures"]}
    assert figures["Reliance on the top source"] == "n/a"
    assert figures["Cites an anonymous source"] == "n/a"
    charts = {c["id"]: c for c in view["charts"]}
    assert charts["chart-attributed"]["empty"]
    assert charts["chart-affiliations"]["empty"]
    # counts the record states outright still show
    assert not charts["chart-kinds"]["empty"]
    assert "could not be measured" in view["summary"]


def test_scores_in_other_nestings_are_read():
    record = load("basic")
    record["scores"]["official_share"] = {"attributions": 0.25, "tokens": 0.5}
    record["scores"]["kind_shares"] = {"direct": 0.5, "mixed": 0.25, "indirect": 0.25}
    view = article_view(record)
    charts = {c["id"]: c for c in view["charts"]}
    assert [r["value_text"] for r in charts["chart-official"]["rows"]] == ["25%", "75%"]
    assert [r["value_text"] for r in charts["chart-kinds"]["rows"]] == ["50%", "25%", "25%"]


# ------------------------------------------------------------------ content

SUMMARIES = [
    (0.52, "About 5 in 10 words"),
    (0.0, "None of the words"),
    (0.03, "Fewer than 1 in 20 words"),
    (0.07, "About 1 in 10 words"),
    (0.98, "Nearly all the words"),
]


@pytest.mark.parametrize("share, phrase", SUMMARIES)
def test_summary_line(share, phrase):
    record = load("basic")
    record["scores"]["attributed_token_share"] = share
    summary = article_view(record)["summary"]
    assert summary.startswith(phrase)
    assert "4 sources are heard: 2 official, 1 expert, 1 news outlet; none from North Shore." in summary


# (scores["sides"], expected tail of the summary line)
SIDES = [
    ({"token_shares": {"A": 0.5, "B": None}, "sources": {"A": 1, "B": 0}, "absent": ["B"]}, "; none from B."),
    ({"token_shares": {}, "sources": {}, "absent": ["B", "C", "D"]}, "; none from B, C or D."),
    ({"absent": []}, "1 news outlet."),
    ({"A": 0.4, "B": 0}, "; none from B."),  # a plain mapping of shares
    ({"absent": ["(none)"]}, "1 news outlet."),
    ("North", "1 news outlet."),
]


@pytest.mark.parametrize("sides, tail", SIDES)
def test_sides_in_summary(sides, tail):
    record = load("basic")
    record["scores"]["sides"] = sides
    assert article_view(record)["summary"].endswith(tail)


# (scores["unattributed_claims"], expected texts)
CLAIMS = [
    ([5], ["The pier was built in 1911."]),  # sentence indexes
    ([[0, 4], "plain words"], ["Home", "plain words"]),  # spans and texts
    ([{"index": 6}], ["Storms damaged it in 2019."]),
    ([99, [5, 2], None, {"span": [0, 10**6]}, ""], []),  # nothing valid
    (3, []),  # a count, not a list
]


@pytest.mark.parametrize("claims, texts", CLAIMS)
def test_claim_shapes(claims, texts):
    record = load("basic")
    record["scores"]["unattributed_claims"] = claims
    assert [c["text"] for c in article_view(record)["claims"]] == texts


def test_sections_carry_the_records_findings():
    view = article_view(load("basic"))
    assert [c["text"] for c in view["claims"]] == ["The pier was built in 1911.", "Storms damaged it in 2019."]
    assert [c["anchor"] for c in view["claims"]] == ["claim-0", "claim-1"]
    assert [c["why"] for c in view["claims"]] == ["date", "date, event"]
    affiliations = {c["id"]: c for c in view["charts"]}["chart-affiliations"]["rows"]
    assert [r["label"] for r in affiliations] == ["Ellin", "Tidewater Gazette", "no clear affiliation"]
    anonymous = {a["name"]: a["reason"] for a in view["anonymous"]}
    assert anonymous == {"port engineers": "No reason given in the text.",
                         "an official": "because she was not allowed to talk to reporters"}
    assert [r["reason"] for r in view["removed"]] == ["menu", "caption", "footer"]
    rows = {r["name"]: r for r in view["sources"]}
    assert rows["Ada Brenn"]["n_attributions"] == 3
    assert rows["Ada Brenn"]["words"] == 24  # 8 + 7 + 4 + 5
    assert [v["text"] for v in rows["Ada Brenn"]["verbs"]] == ["adding", "said"]
    assert rows["The Tidewater Gazette"]["words"] == 8  # the nested content is inside, counted once


def _csp(html: str) -> str:
    metas = [a for t, a in Page(html).tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(metas) == 1
    return metas[0]["content"]


def test_article_page_has_accessibility_and_safety_basics():
    html = render_article(load("basic"))
    assert '<html lang="en">' in html
    assert html.count("<h1>") == 1
    csp = _csp(html)
    assert "default-src 'none'" in csp and "script-src 'none'" in csp
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "<details>" in html and "What was removed" in html


def test_index_script_hash_matches_the_csp():
    html = render_index([], [], {})
    csp = _csp(html)
    assert csp == csp_for("index")
    script = Page(html).scripts[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"sha256-{digest}" in csp


# ------------------------------------------------------------------ index

def _rows():
    rows = []
    for i, (outlet, share, anon) in enumerate([("Ellin Courier", 0.5, True), ("Ellin Courier", 0.3, False),
                                               ("North Post", 0.8, None)]):
        scores = {"attributed_token_share": share, "n_sources": i + 1, "official_share": {"attributions": 0.5},
                  "kind_shares": {"attributions": {"direct": 0.1 * i}}}
        if anon is not None:
            scores["cites_anonymous"] = anon
        rows.append({"id": f"a{i}", "href": f"a{i}.html", "title": f"Story {i}", "outlet": outlet,
                     "published": "2031-01-0%dT10:00" % (i + 1), "url": "https://example.org", "scores": scores,
                     "warnings": ["odd"] if i == 2 else []})
    return rows


def test_index_rows_and_outlet_means():
    wide = [{"outlet": "North Post", "attributed_token_share_mean": 0.9}]  # a wide aggregate row
    view = index_view(_rows(), wide, {"articles.csv": "articles.csv"})
    assert [r["title"] for r in view["rows"]] == ["Story 0", "Story 1", "Story 2"]
    assert [c["text"] for c in view["rows"][0]["cells"]] == ["50%", "1", "50%", "yes", "0%"]
    assert view["rows"][2]["cells"][3]["text"] == "n/a"
    chart = {c["id"]: c for c in view["charts"]}["chart-outlet-attributed-token-share"]
    assert [(r["label_full"], r["value_text"]) for r in chart["rows"]] == [
        ("All articles (n=3)", "53%"), ("Ellin Courier (n=2)", "40%"), ("North Post (n=1)", "90%")]  # given wins
    assert view["outlets"] == ["Ellin Courier", "North Post"]
    assert view["files"] == [{"name": "articles.csv", "href": "articles.csv"}]


def test_index_reads_long_aggregate_rows():
    # analyzer.aggregate.outlet_rows: one row per (outlet, measure), the corpus as "(all)"
    outlets = [{"outlet": "(all)", "measure": "official_share", "n_articles": 3, "mean": 0.6},
               {"outlet": "North Post", "measure": "official_share", "n_articles": 1, "mean": ""},
               {"outlet": "Ellin Courier", "measure": "official_share", "n_articles": 2, "mean": 0.125}]
    view = index_view(_rows(), outlets, {})
    chart = {c["id"]: c for c in view["charts"]}["chart-outlet-official-share"]
    assert [r["value_text"] for r in chart["rows"]] == ["60%", "12%", "50%"]  # blank mean -> computed


def test_index_html_is_sortable_and_degrades():
    html = render_index(_rows(), [], {"articles.csv": "articles.csv"})
    page = Page(html)
    assert len([a for t, a in page.tags if t == "th" and "data-sort" in a]) == 9
    assert '<div class="filters" id="filters" hidden>' in html  # shown only by the script
    assert [a["data-value"] for t, a in page.tags if t == "td" and a.get("data-value")][:2] == ["0.5", "1.0"]
    assert html.count('<tr data-outlet=') == 3


# ------------------------------------------------------------------ speed

# Issue 6: rendering adds no more than 5 ms per article on average. The bar
# here is looser because the test machine is shared; the measured figure is
# printed by scripts/bench or the command in the report.
RENDER_BUDGET_MS = 15.0


def test_render_is_fast():
    record = load("basic")
    render_article(record)  # compile templates once
    start = time.perf_counter()
    for _ in range(50):
        render_article(record)
    mean_ms = (time.perf_counter() - start) / 50 * 1000
    assert mean_ms < RENDER_BUDGET_MS


# ------------------------------------------------------------------ contrast (WCAG 2.1 AA)

def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _palette() -> dict[str, str]:
    from analyzer.report.render import environment

    css = environment().get_template("_style.css").render()
    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-f]{6})", css))


# (foreground, background, minimum ratio): text needs 4.5, lines and bars 3
CONTRASTS = [
    ("ink", "paper", 4.5), ("ink", "direct", 4.5), ("ink", "mixed", 4.5), ("ink", "indirect", 4.5),
    ("muted", "paper", 4.5), ("muted", "direct", 4.5), ("muted", "mixed", 4.5), ("muted", "indirect", 4.5),
    ("link", "paper", 4.5), ("link", "direct", 4.5), ("link", "mixed", 4.5), ("link", "indirect", 4.5),
    ("direct-line", "direct", 3.0), ("mixed-line", "mixed", 3.0), ("indirect-line", "indirect", 3.0),
    ("claim-line", "paper", 3.0), ("bar", "paper", 3.0), ("line", "paper", 3.0),
]


@pytest.mark.parametrize("fg, bg, minimum", CONTRASTS)
def test_palette_contrast(fg, bg, minimum):
    palette = _palette()
    assert _contrast(palette[fg], palette[bg]) >= minimum


SHORT_LABELS = [
    ("Sputnik International (n=1)", "Sputnik Interna… (n=1)"),
    ("short (n=2)", "short (n=2)"),
    ("x" * 40, "x" * 21 + "…"),
    ("", ""),
]


@pytest.mark.parametrize("label, expected", SHORT_LABELS)
def test_chart_labels_keep_their_n(label, expected):
    from analyzer.report.view import _short_label

    assert _short_label(label) == expected


# ------------------------------------------------------------------ any record



@st.composite
def records(draw):
    text = draw(st.text(alphabet="ab <>\"'&é", min_size=0, max_size=50))
    n = len(text)
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=6)))
    body = [[cuts[i], cuts[i + 1]] for i in range(0, len(cuts) - 1, 2)]
    span = st.tuples(st.integers(0, n), st.integers(0, n)).map(lambda t: [min(t), max(t)])
    attributions = [{"id": f"a{i}", "kind": draw(st.sampled_from(["direct", "mixed", "indirect", "odd"])),
                     "content_spans": draw(st.lists(span, min_size=1, max_size=3)),
                     "cue": draw(st.none() | span), "source": draw(st.none() | span),
                     "source_id": draw(st.sampled_from([None, "s0", "s1", "zz"]))}
                    for i in range(draw(st.integers(0, 5)))]
    sources = [{"id": f"s{i}", "name": "n", "mentions": draw(st.lists(span, max_size=2))}
               for i in range(draw(st.integers(0, 2)))]
    return {"text": text, "body": body, "attributions": attributions, "sources": sources, "scores": {}}


@settings(max_examples=150, deadline=None)
@given(records())
def test_any_record_renders_every_highlight_once(record):
    html = render_article(record)
    regions = [(s, e) for s, e in record["body"] if s < e]
    expected = sorted(a["id"] for a in record["attributions"]
                      if any(min(e, re_) > max(s, rs) for s, e in a["content_spans"] for rs, re_ in regions))
    assert sorted(_attribution_ids(html)) == expected
    view = article_view(record)
    assert _paragraph_texts(view) == [record["text"][s:e] for s, e in regions]
