"""Metadata of a page dump: title, url, outlet, published, section, tags,
authors, dateline, agency, language.

In: the dump's lines and the indexes of its body lines.
Out: a dict of ``Metadata`` fields (only those found). Dumps carry the page's
``<meta>`` and JSON-LD values as bare lines, without their keys, so each field
is recognised by its shape and by repetition (a site name recurs, the title
recurs, the canonical URL recurs).
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from typing import Any

from analyzer.ingest import patterns as P
from analyzer.ingest.features import head_end_of
from analyzer.ingest.language import guess_language
from analyzer.ingest.lines import Line

_IMAGE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|mp4|mp3|css|js|json|xml)(?:[?#].*)?$", re.I)
# Head lines looked at for metadata: the <meta>/JSON-LD part plus the top of the page.
HEAD_LINES = 150
MAX_TAGS = 30


def dump_metadata(lines: list[Line], body: list[int]) -> dict[str, Any]:
    texts = [l.text for l in lines]
    first_body = min(body) if body else len(lines)
    head = texts[: max(HEAD_LINES, 0)][:first_body] or texts[:HEAD_LINES]
    body_text = "\n".join(texts[i] for i in body)
    meta: dict[str, Any] = {}
    url = _url(head)
    outlet = _outlet(texts, head, url)
    _put(meta, "outlet", outlet)
    _put(meta, "title", _title(texts, head, outlet))
    _put(meta, "url", url)
    _put(meta, "published", _published(head, _visible_date(texts[max(0, first_body - DATE_WINDOW):first_body])))
    _put(meta, "tags", _tags(head))
    _put(meta, "section", _kicker(texts, head_end_of(lines), first_body, str(meta.get("title", "")), outlet)
         or _section(head, outlet))
    _put(meta, "authors", _authors(texts, first_body, head_end_of(lines), outlet, str(meta.get("title", ""))))
    dateline, agency = dateline_of([texts[i] for i in body], str(meta.get("title", "")))
    _put(meta, "dateline", dateline)
    _put(meta, "agency", agency)
    _put(meta, "language", guess_language(body_text or "\n".join(texts)))
    return meta


def _put(meta: dict[str, Any], key: str, value: Any) -> None:
    if value:
        meta[key] = value


# A headline has at most this many words; one ending in a full stop at most
# HEADLINE_PERIOD_WORDS (and a blank line after it), so a short first sentence
# of a plain article is not taken for its title.
HEADLINE_MAX_WORDS = 25
HEADLINE_PERIOD_WORDS = 12
# The dateline is looked for in this many paragraphs at most (skipping a headline and a kicker).
DATELINE_SEARCH = 3
_FINAL_STOP = re.compile(r"[.:;,\u2026][\"'\u201d\u2019\u00bb)\]]*$")


def is_headline(line: str, *, blank_after: bool = False) -> bool:
    """A headline-shaped line: short, no dateline, and no final full stop (or a
    very short sentence set off by a blank line)."""
    words = len(line.split())
    if not 1 <= words <= HEADLINE_MAX_WORDS or P.dateline_match(line) or not line[:1].isalnum():
        return False
    if not _FINAL_STOP.search(line):
        return True
    return blank_after and words <= HEADLINE_PERIOD_WORDS and line.count(". ") == 0


def plain_title(lines: list[Line]) -> str:
    """The first line of a plain text when it looks like a headline (more lines follow)."""
    if len(lines) < 2:
        return ""
    blank_after = lines[1].number > lines[0].number + 1
    return lines[0].text if is_headline(lines[0].text, blank_after=blank_after) else ""


def dateline_of(paragraphs: list[str], title: str = "") -> tuple[str, str]:
    """The dateline of the first paragraph that is not the headline (nor a kicker above it)."""
    title_norm = _norm(title)
    for paragraph in paragraphs[:DATELINE_SEARCH]:
        if (title_norm and _norm(paragraph) == title_norm) or is_headline(paragraph):
            continue
        return parse_dateline(paragraph)
    return "", ""


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def parse_dateline(first_paragraph: str) -> tuple[str, str]:
    """``WASHINGTON (Sputnik) - ...`` -> ("WASHINGTON", "Sputnik")."""
    m = P.dateline_match(first_paragraph)
    if not m:
        return "", ""
    place = m.group("place").strip(" .")
    if len(place) < 3 or place in {"THE", "AND", "BUT", "UPDATE", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO"}:
        return "", ""
    return place, (m.group("agency") or "").strip()


def _outlet(texts: list[str], head: list[str], url: str) -> str:
    """The site name: the suffix of the <title> ("Headline - Site"), else the
    name-like head line that best matches the URL's host and recurs."""
    host = re.sub(r"^https?://(?:www\.)?", "", url).split("/")[0].lower()
    if texts:
        m = P.SITE_SUFFIX.search(texts[0])
        suffix = m.group(1).strip() if m else ""
        # the suffix is the site when it is short and is shown again or spells the host
        if suffix and len(suffix.split()) <= 6 and (head.count(suffix) >= 1 or _spells_host(suffix, host)
                                                    or len(suffix.split()) <= 3):
            return suffix
    counts = Counter(t for t in head if _name_like(t))
    counts = Counter(t for t in head if _name_like(t))
    best, best_score = "", 0.0
    for name, count in counts.items():
        compact = re.sub(r"[^a-z0-9]", "", name.lower())
        score = min(count, 4) + (OUTLET_HOST_BONUS if compact and compact in host.replace(".", "")
                                 or host.split(".")[0] in compact else 0)
        if score > best_score:
            best, best_score = name, score
    return best if best_score >= 2 else ""


def _spells_host(name: str, host: str) -> bool:
    compact = re.sub(r"[^a-z0-9]", "", name.lower())
    return bool(compact) and (compact in host.replace(".", "") or host.split(".")[0] in compact)


# A head line whose letters make up the site's host name is almost surely the site name.
OUTLET_HOST_BONUS = 4


def _name_like(t: str) -> bool:
    words = t.split()
    return (1 <= len(words) <= 5 and t[:1].isupper() and not P.URL.match(t) and not P.TERMINAL.search(t)
            and not any(c.isdigit() for c in t) and not P.WIDGET.search(t))


def _title(texts: list[str], head: list[str], outlet: str) -> str:
    if not texts:
        return ""
    first = texts[0]
    m = P.SITE_SUFFIX.search(first)
    if m and outlet and m.group(1).strip() == outlet:
        return first[: m.start()].strip()
    # A headline-shaped line that recurs (og:title, twitter:title, the visible <h1>).
    counts = Counter(head)
    for t in head:
        if counts[t] >= 2 and 3 <= len(t.split()) <= 30 and t != outlet and not P.URL.match(t) \
                and not P.is_tag_list(t) and not t.endswith("."):
            return t
    return first if len(first.split()) >= 3 else ""


def _url(head: list[str]) -> str:
    urls = [t for t in head if P.URL.match(t) and t.startswith("http") and not _IMAGE_EXT.search(t)
            and len(t.split("/", 3)[-1]) > 1]
    if not urls:
        return ""
    counts = Counter(urls)
    best = max(urls, key=lambda u: (counts[u], len(u.split("/")) > 3, -urls.index(u)))
    return best


# The article's visible date is looked for in this many lines above the body.
DATE_WINDOW = 40


def _published(head: list[str], visible_day: str = "") -> str:
    """The <meta> timestamp of the day shown above the article (heads also carry the
    modified time and other dates), else the first one, else the visible day."""
    stamps = [normalise_date(t) for t in head if P.ISO_DATE.match(t)]
    stamps = [s for s in stamps if s]
    for stamp in stamps:
        if visible_day and stamp[:10] == visible_day:
            return stamp
    return stamps[0] if stamps else visible_day


_MONTH_NUMBERS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def _visible_date(texts: list[str]) -> str:
    """The first date shown in ``texts`` ("November 15, 2019", "15.11.2019"), as a day."""
    for t in texts:
        if not P.is_date_line(t):
            continue
        m = re.search(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b", t) \
            or re.search(r"\b(\d{1,2})\.?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b", t)
        if m:
            a, b, year = m.groups()
            month, day = (a, b) if a[0].isalpha() else (b, a)
            number = _MONTH_NUMBERS.get(month.lower()[:3])
            if number:
                return _iso_day(int(year), number, int(day))
        m = re.search(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", t)
        if m:
            return _iso_day(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return ""


def _iso_day(year: int, month: int, day: int) -> str:
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return ""


# Content systems write "0001-01-01T00:00:00" for a date they do not have: no news is that old.
EARLIEST_YEAR = 1800


def normalise_date(value: str) -> str:
    """ISO 8601 from the usual <meta> spellings ("2024-11-01T06:14+0000" -> "2024-11-01T06:14:00+00:00");
    empty for a placeholder year before EARLIEST_YEAR."""
    v = value.strip()
    year = re.match(r"^(\d{4})-", v)
    if year and int(year.group(1)) < EARLIEST_YEAR:
        return ""
    v2 = re.sub(r"Z$", "+00:00", v)
    v2 = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", v2)
    try:
        return datetime.fromisoformat(v2).isoformat()
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime
        return parsedate_to_datetime(v).isoformat()
    except (TypeError, ValueError, IndexError):
        return v if re.match(r"^\d{4}-\d{2}-\d{2}", v) else ""


def _tags(head: list[str]) -> tuple[str, ...]:
    for t in head:
        if P.is_tag_list(t) and not P.HAS_URL.search(t) and not re.search(r"[=:&;]|\d", t):
            items = [x.strip() for x in t.split(",") if x.strip()]
            if all(len(x.split()) <= 4 for x in items) and sum(len(x.split()) for x in items) <= 2.5 * len(items):
                return tuple(dict.fromkeys(items))[:MAX_TAGS]
    return ()


def _kicker(texts: list[str], head_end: int, first_body: int, title: str, outlet: str) -> str:
    """The section label right above the visible headline ("Politics", "Company Town")."""
    title_norm = _norm(title)
    if not title_norm:
        return ""
    for i in range(max(head_end, 1), min(first_body, len(texts))):
        if _norm(texts[i]) == title_norm:
            label = texts[i - 1].strip(" :|>»")
            if _section_like(label, outlet):
                return label
            return ""
    return ""


def _section_like(u: str, outlet: str) -> bool:
    return (1 <= len(u.split()) <= 4 and u[:1].isupper() and not any(c.isdigit() for c in u)
            and not P.URL.match(u) and not P.BOOL_ISH.match(u) and not P.WIDGET.search(u) and not P.TERMINAL.search(u)
            and u != outlet and "@" not in u and u.lower() not in _NOT_SECTIONS and not P.PERSON_NAME.match(u)
            and not P.is_date_line(u) and not P.BY_ALONE.match(u))


def _section(head: list[str], outlet: str) -> str:
    """The short word after the publication dates (article:section follows article:published_time)."""
    for i, t in enumerate(head):
        if P.ISO_DATE.match(t):
            for u in head[i + 1: i + 4]:
                if P.ISO_DATE.match(u):
                    continue
                if len(u.split()) <= 3 and _section_like(u, outlet) and not P.is_tag_list(u) \
                        and not P.LOCALE.match(u):
                    return u
                break
            break
    return ""


_NOT_SECTIONS = {"usual", "news", "default", "article", "post", "page", "story", "blog", "home", "menu",
                 "search", "latest", "more", "close", "video", "share", "newsletters", "guides", "advertisement"}


# Bylines sit just above the body: only this many lines before it are searched.
BYLINE_WINDOW = 25


def _authors(texts: list[str], first_body: int, head_end: int, outlet: str, title: str = "") -> tuple[str, ...]:
    """Authors, by how sure the evidence is: a "By ..." byline (the one nearest the
    body), else a name on the line under the visible headline, else a name from the
    <meta> values shown again just above the body (the nearest)."""
    # (a share count can make the head look longer than it is: bylines are looked for
    # in the whole window, repeated meta values only below the head)
    window = range(min(first_body, len(texts)) - 1, max(0, first_body - BYLINE_WINDOW) - 1, -1)
    for i in window:
        t = texts[i].rstrip(" ,;|")
        if P.is_byline(t) and not P.TERMINAL.search(t):
            names = _split_names(t.split(None, 1)[1])
            if names:
                return tuple(dict.fromkeys(names))
        elif P.BY_ALONE.match(t) and i + 1 < len(texts) and _is_name(texts[i + 1], outlet):
            return (texts[i + 1].strip(),)
    title_norm = _norm(title)
    for i in window:
        if title_norm and _norm(texts[i]) == title_norm and i + 1 < len(texts) and _is_name(texts[i + 1], outlet):
            return (texts[i + 1],)
    head = set(texts[:head_end])
    for i in (j for j in window if j >= head_end):
        if texts[i] in head and _is_name(texts[i], outlet) and len(texts[i].split()) <= 4:
            return (texts[i],)
    return ()


def _is_name(text: str, outlet: str) -> bool:
    t = text.strip()
    return bool(P.PERSON_NAME.match(t) or P.PERSON_NAME.match(t.title())) and t != outlet \
        and not any(w.lower() in _NOT_NAME_WORDS for w in t.split())


# Words of section names and site furniture that a two-word capitalised line
# ("Latest News", "Kit Reviews") shares with no person's name.
_NOT_NAME_WORDS = {"news", "latest", "reviews", "review", "business", "online", "live", "video", "videos",
                   "politics", "sports", "world", "home", "menu", "top", "more", "all", "free", "articles",
                   "editorial", "opinion", "points", "key", "the", "of", "and", "for", "our", "your",
                   "previous", "next", "post", "posts", "share", "comments"}


def _split_names(value: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", value)
    return [p.strip() for p in parts if _is_name(p, "")]
