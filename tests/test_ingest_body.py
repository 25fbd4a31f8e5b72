"""Unit tests of the dump body finder's parts (issue 3): chains of lines split by
inline markup, bridging tables and lists, trailing lists, removal reasons,
headlines, datelines and dump metadata.

Every text here is fictional (written for these tests). Where the selection is
tested, probabilities are given by hand so that the tests do not depend on the
shipped model's weights.
"""
from __future__ import annotations

import time

import pytest

from analyzer.ingest import article_from_text
from analyzer.ingest import patterns as P
from analyzer.ingest.dump import assign_reasons, chain_probabilities, select_body
from analyzer.ingest.features import chains, line_features, page_context, window_means
from analyzer.ingest.lines import split_lines
from analyzer.ingest.metadata import dateline_of, dump_metadata, is_headline, parse_dateline, plain_title


def _lines(text: str):
    return split_lines(text)


# --- chains: one sentence split over several dump lines by links --------------------------

@pytest.mark.parametrize("text, heads", [
    # a linked name between two parts of a sentence, a continuation in lower case, a possessive
    ("When the engineer\nMara Vell\nat the harbour office looked\ninto the logs, she found a gap.\nNext.",
     [0, 0, 0, 0, 4]),
    ("The report by the\nHarbour Board\n’s auditors was late.", [0, 0, 0]),
    ("He said it was fine\n(well, mostly) and left.", [0, 0]),
    # menus and finished sentences are not chained
    ("Home\nWorld\nSport\nWeather", [0, 1, 2, 3]),
    ("The vote passed.\nthen nothing happened.", [0, 1]),
    ("Log in or sign up\nLog In\nSign Up", [0, 1, 2]),
    ("", []),
])
def test_chains(text: str, heads: list[int]) -> None:
    assert chains(_lines(text)) == heads


def test_chain_probabilities_are_shared_by_a_chain() -> None:
    lines = _lines("When the engineer\nMara Vell\nat the office looked, she found it.\nHome")
    assert chain_probabilities(lines, [0.9, 0.3, 0.9, 0.1]) == pytest.approx([0.7, 0.7, 0.7, 0.1])


@pytest.mark.parametrize("values, radius, expected", [
    ([1.0, 0.0, 1.0, 0.0], 1, [0.0, 1.0, 0.0, 1.0]),
    ([1.0, 2.0, 3.0], 5, [2.5, 2.0, 1.5]),
    ([4.0], 2, [0.0]),
    ([], 2, []),
])
def test_window_means(values: list[float], radius: int, expected: list[float]) -> None:
    assert window_means(values, radius) == pytest.approx(expected)


# --- selection: tables between paragraphs, lists after them --------------------------------

_P1 = ("Officials in the fictional town of Bramford said on Monday that the new ferry timetable "
       "would add two crossings a day, and published the figures below.")
_P2 = ("The harbour master said the extra crossings would start next month, once the second "
       "boat has passed its safety checks, and that fares would not change this year.")


# Dumps start with the page's <title> and meta values, then the visible page's menus.
_TOP = ["Ferry timetable adds crossings - Bramford Post", "https://bramford-post.example/ferry",
        "2031-03-04T09:30:00+01:00"] + [f"Menu item {k}" for k in range(16)]


def _select(text: str, probs: dict[int, float], default: float = 0.05) -> list[str]:
    """The body lines chosen with probabilities given by hand (line numbers of ``text``,
    which is put below a fictional page top)."""
    lines = _lines("\n".join(_TOP) + "\n" + text)
    feats = line_features(lines)
    p = [probs.get(i - len(_TOP), default) for i in range(len(lines))]
    return [lines[i].text for i in select_body(lines, p, feats)]


def test_table_between_two_paragraphs_is_bridged() -> None:
    rows = ["Route", "Boats", "Percent", "North pier", "12", "40%", "South pier", "18", "60%"]
    text = "\n".join(["Home", "Weather", _P1, *rows, _P2, "About us", "Contact"])
    body = _select(text, {2: 0.95, 12: 0.95})
    assert body == [_P1, *rows, _P2]


def test_page_furniture_stops_a_bridge() -> None:
    rows = ["Route", "Boats", "Related stories", "North pier", "12"]
    text = "\n".join(["Home", _P1, *rows, _P2])
    body = _select(text, {1: 0.95, 7: 0.95})
    assert "North pier" not in body and "Related stories" not in body


def test_embedded_tweet_does_not_stop_a_bridge() -> None:
    tweet = ["Ferries are back on time today", "pic.twitter.com/abc123",
             "\u2014 Bramford Harbour (@bramford_harbour)", "November 15, 2031"]
    rows = [f"Crossing {k}" for k in range(10)]  # longer than a short interruption
    body = _select("\n".join(["Home", _P1, *tweet, *rows, _P2]), {1: 0.95, 2: 0.3, 3: 0.3, 4: 0.3, 5: 0.3, 16: 0.95})
    assert body == [_P1, *tweet, *rows, _P2]


def test_regular_list_after_the_body_is_kept_and_a_menu_is_not() -> None:
    rows = [f"Pier {c} (Zone {z}): {n} crossings" for c, z, n in
            [("A", 1, 4), ("B", 1, 6), ("C", 2, 3), ("D", 2, 5), ("E", 3, 2), ("F", 3, 7)]]
    text = "\n".join(["Home", _P1, _P2, "Crossings by pier", *rows, "About us"])
    assert _select(text, {1: 0.95, 2: 0.95}) == [_P1, _P2, "Crossings by pier", *rows]
    menu = ["World", "Sport", "Business", "Culture", "Science", "Travel"]
    text = "\n".join(["Home", _P1, _P2, *menu])
    assert _select(text, {1: 0.95, 2: 0.95}) == [_P1, _P2]


def test_shouting_promo_and_photo_caption_inside_the_body_are_dropped() -> None:
    text = "\n".join(["Home", _P1, "GET THE HARBOUR APP BY CLICKING HERE",
                      "A ferry leaves the north pier at dawn on Monday.", "(Northwind Photo/Lena Marsh)", _P2])
    body = _select(text, {1: 0.95, 2: 0.6, 3: 0.6, 5: 0.95})
    assert body == [_P1, _P2]


# --- removal reasons of lines outside the body -------------------------------------------------

def test_reasons_of_lines_before_the_body() -> None:
    text = "\n".join([
        _TOP[0],
        "We use cookies to improve your experience on our site and to show you relevant offers.",
        "Harbour strike ends after three days",
        "section: local | slug: ferry-timetable | id: 12",
        _P1, _P2,
    ])
    lines = _lines(text)
    feats = line_features(lines)
    reasons = [r.reason for r in assign_reasons(lines, {4, 5}, feats, page_context(lines))]
    assert reasons == ["metadata", "widget", "teaser", "metadata"]


# --- patterns ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("ferries, harbour, Bramford", True),
    ("ferries, harbour, Bramford, weather report", True),
    ("one, two", False),
    ("It rained, then it stopped, and then we left.", False),
    ("a" * 50 + ", b, c", False),
    ("", False),
])
def test_is_tag_list(text: str, expected: bool) -> None:
    assert P.is_tag_list(text) is expected


def test_long_lines_are_read_in_linear_time() -> None:
    # a long JSON-like line of short comma-separated items once made a regex backtrack for seconds
    text = "Headline\n" + ", ".join(["word"] * 6000) + "x" + "\n" + "@" * 20000 + "\n" + _P1
    start = time.perf_counter()
    article_from_text(text, format="dump")
    assert time.perf_counter() - start < 2.0


# --- headlines, titles and datelines --------------------------------------------------------

@pytest.mark.parametrize("line, blank_after, expected", [
    ("Ferry makes its last crossing as bridge opens", False, True),
    ("Will the new bridge pay for itself?", False, True),
    ("The ferry made its last crossing on Sunday.", False, False),
    ("Ferry makes last crossing.", True, True),
    ("The ferry made its last crossing on Sunday evening after seventy-one years of service.", True, False),
    ("HALSVIK (Northwire) - The ferry made its last crossing", False, False),
    ("", False, False),
])
def test_is_headline(line: str, blank_after: bool, expected: bool) -> None:
    assert is_headline(line, blank_after=blank_after) is expected


@pytest.mark.parametrize("text, title", [
    ("Ferry makes its last crossing\n\nHALSVIK (Northwire) - The ferry left.\n\nIt was late.",
     "Ferry makes its last crossing"),
    ("The ferry left on time.\nIt was late.", ""),
    ("Ferry makes its last crossing", ""),  # a single line is the article, not its title
])
def test_plain_title(text: str, title: str) -> None:
    assert plain_title(_lines(text)) == title


@pytest.mark.parametrize("text, dateline, agency", [
    ("Ferry makes its last crossing\n\nHALSVIK (Northwire) - The ferry left.", "HALSVIK", "Northwire"),
    ("Ferry makes its last crossing\n\nHALSVIK (Northwire) \u2013 The ferry left.", "HALSVIK", "Northwire"),
    ("Ferry makes its last crossing\n\nHALSVIK (Northwire) \u2014 The ferry left.", "HALSVIK", "Northwire"),
    ("HALSVIK - The ferry left.", "HALSVIK", ""),
    ("Ferry makes its last crossing\n\nThe ferry left. HALSVIK (Northwire) - no.", "", ""),
])
def test_plain_article_keeps_its_headline_and_reads_the_dateline_below_it(text: str, dateline: str,
                                                                          agency: str) -> None:
    article = article_from_text(text, format="plain")
    assert article.body[0].slice(text) == text.splitlines()[0]  # the headline is body
    assert (article.metadata.dateline, article.metadata.agency) == (dateline, agency)


def test_plain_title_is_the_headline_and_user_title_wins() -> None:
    text = "Ferry makes its last crossing\n\nHALSVIK (Northwire) - The ferry left."
    assert article_from_text(text, format="plain").metadata.title == "Ferry makes its last crossing"
    given = article_from_text(text, format="plain", metadata={"title": "Given"})
    assert given.metadata.title == "Given"


@pytest.mark.parametrize("paragraphs, title, expected", [
    (["Courts", "Court halts tariff rise", "NAIROBI (Savanna Wire) \u2014 The court ruled."],
     "Court halts tariff rise", ("NAIROBI", "Savanna Wire")),
    (["The court ruled. NAIROBI (Savanna Wire) - late."], "", ("", "")),
    ([], "", ("", "")),
])
def test_dateline_of(paragraphs: list[str], title: str, expected: tuple[str, str]) -> None:
    assert dateline_of(paragraphs, title) == expected


def test_parse_dateline_en_dash() -> None:
    assert parse_dateline("KYIV, Ukraine (AP) \u2013 Talks resumed.") == ("KYIV", "AP")


_HTML = """<!doctype html><html lang="en"><head><title>Court halts tariff rise - Lakeside Post</title>
<meta property="og:title" content="Court halts tariff rise">
<meta property="og:site_name" content="Lakeside Post"></head>
<body><nav><a href="/">Home</a></nav><article>
<p class="kicker">Courts</p><h1>Court halts tariff rise</h1>
<p>LAKESIDE (Savanna Wire) \u2014 A fictional court on Monday suspended a rise in water tariffs for the
town of Lakeside until a full hearing of a petition brought by a consumer group, the clerk said.</p>
<p>The consumer group said the rise, the third in two years, had been approved without the public
consultation that the town's own rules require, and asked the court to cancel it.</p>
<p>The water company said it would comply with the order and argue its case at the hearing next month.</p>
</article><footer>About us</footer></body></html>"""


def test_html_kicker_and_headline_are_not_body_and_dateline_is_read() -> None:
    article = article_from_text(_HTML, format="html")
    assert article.body_text.startswith("LAKESIDE (Savanna Wire)")
    removed = [r.span.slice(article.text) for r in article.removed]
    assert "Court halts tariff rise" in removed
    assert all(r.reason == "metadata" for r in article.removed)
    assert (article.metadata.dateline, article.metadata.agency) == ("LAKESIDE", "Savanna Wire")


# --- dump metadata: authors and section ---------------------------------------------------------

def _meta(text: str, first_body: int) -> dict:
    lines = _lines(text)
    return dump_metadata(lines, list(range(first_body, len(lines))))


_HEAD = ["Ferry timetable adds crossings - Bramford Post", "https://bramford-post.example/ferry",
         "2031-03-04T09:30:00+01:00", "Bramford Post"]


@pytest.mark.parametrize("visible, authors", [
    (["Local", "Ferry timetable adds crossings", "By", "Mara Vell", "195", "Shares"], ("Mara Vell",)),
    (["Ferry timetable adds crossings", "By Mara Vell, Tomas Eberly and Ines Ruiz,"],
     ("Mara Vell", "Tomas Eberly", "Ines Ruiz")),
    (["Ferry timetable adds crossings", "By MARA VELL and TOMAS EBERLY"], ("MARA VELL", "TOMAS EBERLY")),
    (["Ferry timetable adds crossings", "Mara Vell", "Bramford Post"], ("Mara Vell",)),
    (["Latest News", "Kit Reviews", "Ferry timetable adds crossings"], ()),
])
def test_dump_authors(visible: list[str], authors: tuple[str, ...]) -> None:
    meta = _meta("\n".join(_HEAD + visible + [_P1, _P2]), len(_HEAD) + len(visible))
    assert tuple(meta.get("authors", ())) == authors


@pytest.mark.parametrize("kicker, section", [("Local", "Local"), ("Share", ""), ("Mara Vell", ""), ("12 March", "")])
def test_dump_section_from_the_kicker_above_the_headline(kicker: str, section: str) -> None:
    visible = ["Home", kicker, "Ferry timetable adds crossings", "Some words"]
    meta = _meta("\n".join(_HEAD + visible + [_P1, _P2]), len(_HEAD) + len(visible))
    assert meta.get("section", "") == section
    assert meta["title"] == "Ferry timetable adds crossings"


@pytest.mark.parametrize("line, key, expected", [
    ("Mara Vell Submitted photo", "credit", 1.0),
    ("(Courtesy photo)", "credit", 1.0),
    ("The photo was submitted by readers and shows the pier.", "credit", 0.0),
    ("Story continues below gallery", "continues", 1.0),
    ("Continue reading", "continues", 1.0),
    ("The story continues to divide the town, the mayor said on Monday evening.", "continues", 0.0),
    ("Back to Gallery", "widget", 1.0),
    ("pic.twitter.com/abc123", "tweet", 1.0),
    ("\u2014 Bramford Harbour (@bramford_harbour)", "tweet", 1.0),
    ("Bramford Harbour said on Monday that ferries were late.", "tweet", 0.0),
    ("Weitere Beiträge zum Thema", "teaser_label", 1.0),
    ("Leia também:", "teaser_label", 1.0),
    ("About the author", "teaser_label", 1.0),
    ("Über den Fluss fuhr die Fähre am Montag zum letzten Mal.", "teaser_label", 0.0),
])
def test_line_kinds(line: str, key: str, expected: float) -> None:
    feats = line_features(_lines(f"{_P1}\n{line}\n{_P2}"))
    assert feats[1][key] == expected


def test_gallery_between_paragraphs_is_bridged_and_its_credits_dropped() -> None:
    gallery = ["Story continues below gallery", "1", "of 3", "Mara Vell Submitted photo",
               "Tomas Eberly Submitted photo", "Ines Ruiz Submitted photo"] + [f"Pier {k}" for k in range(4)]
    body = _select("\n".join(["Home", _P1, *gallery, _P2]), {1: 0.95, 12: 0.95})
    assert body[0] == _P1 and body[-1] == _P2
    assert not any("Submitted photo" in line for line in body)
    assert "Pier 0" in body


@pytest.mark.parametrize("first_line, outlet", [
    ("Ferry timetable adds crossings - Bramford Post", "Bramford Post"),
    ("Ferry timetable adds crossings - the spring ferry report of this town", ""),
])
def test_dump_outlet_from_the_title_suffix_only_when_it_names_a_site(first_line: str, outlet: str) -> None:
    text = "\n".join([first_line, "https://news.example/ferry", "2031-03-04T09:30:00+01:00", "Home", _P1, _P2])
    assert _meta(text, 4).get("outlet", "") == outlet


@pytest.mark.parametrize("head_dates, visible, published", [
    # the modified time comes first in the head; the visible date picks the published one
    (["2032-01-08T12:00:00+00:00", "2031-12-06T09:54:11+00:00"], "December 6, 2031", "2031-12-06T09:54:11+00:00"),
    (["2031-12-06T09:54:11+00:00"], "", "2031-12-06T09:54:11+00:00"),
    ([], "November 20, 2031 - 11:28 AMT", "2031-11-20"),
    ([], "", ""),
])
def test_dump_published(head_dates: list[str], visible: str, published: str) -> None:
    top = ["Ferry timetable adds crossings - Bramford Post", "https://bramford-post.example/ferry", *head_dates]
    visible_lines = ["Home", "Ferry timetable adds crossings"] + ([visible] if visible else [])
    meta = _meta("\n".join(top + visible_lines + [_P1, _P2]), len(top) + len(visible_lines))
    assert meta.get("published", "") == published


def test_dump_dateline_is_read_below_a_headline_in_the_body() -> None:
    lead = "BRAMFORD (Northwind Wire) \u2014 " + _P1
    text = "\n".join(_HEAD + ["Home", "Ferry timetable adds crossings", lead, _P2])
    meta = _meta(text, len(_HEAD) + 1)  # the body starts at the visible headline
    assert (meta.get("dateline"), meta.get("agency")) == ("BRAMFORD", "Northwind Wire")
