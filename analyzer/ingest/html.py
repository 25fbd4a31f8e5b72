"""Saved HTML page -> extracted article text and metadata.

In: an HTML string.
Out: ``(text, metadata, warnings)``: ``text`` is trafilatura's extraction of
the main content (paragraphs one per line; it becomes ``Article.text``, so the
body is every paragraph of it), metadata from ``<meta>`` tags and JSON-LD
(full timestamps, which trafilatura cuts to a day), trafilatura's own
metadata filling the gaps. Everything runs offline.
"""
from __future__ import annotations

import json
import re
from typing import Any

from analyzer.ingest.metadata import normalise_date
from analyzer.ingest.patterns import SITE_SUFFIX

_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title", "headline"),
    "url": ("og:url", "twitter:url"),
    "outlet": ("og:site_name", "application-name", "twitter:site"),
    "published": ("article:published_time", "datepublished", "pubdate", "publishdate", "date",
                  "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "og:published_time"),
    "section": ("article:section", "section", "parsely-section"),
    "authors": ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"),
    "tags": ("article:tag", "keywords", "news_keywords", "parsely-tags"),
}


def extract_html(html: str) -> tuple[str, dict[str, Any], list[str]]:
    warnings: list[str] = []
    text = ""
    doc: dict[str, Any] = {}
    try:
        import trafilatura
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=True)
        if result is not None:
            doc = result.as_dict() if hasattr(result, "as_dict") else dict(result)
            text = doc.get("text") or ""
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop a batch
        warnings.append(f"HTML extraction failed ({type(exc).__name__}); no body")
    if not text.strip():
        warnings.append("no recognisable article body in this HTML page")
    meta = html_metadata(html)
    _fill_from_trafilatura(meta, doc)
    page_title = meta.pop("_page_title", "")
    if not meta.get("title") and page_title:
        meta["title"] = page_title
    meta["title"] = _strip_site(str(meta.get("title", "")), str(meta.get("outlet", "")))
    return text, meta, warnings


def _strip_site(title: str, outlet: str) -> str:
    """"Headline - Site" -> "Headline" when the suffix is the outlet."""
    m = SITE_SUFFIX.search(title)
    if m and outlet and m.group(1).strip().lower() == outlet.lower():
        return title[: m.start()].strip()
    return title


def html_metadata(html: str) -> dict[str, Any]:
    try:
        from lxml import html as lxml_html
        tree = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - unparsable HTML has no metadata to give
        return {}
    found: dict[str, list[str]] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        value = (node.get("content") or "").strip()
        if key and value:
            found.setdefault(key, []).append(value)
    meta: dict[str, Any] = {}
    for field, keys in _META_KEYS.items():
        for key in keys:
            if key in found:
                meta[field] = _field_value(field, found[key])
                break
    _merge_json_ld(meta, tree)
    title = tree.findtext(".//title")
    if title and title.strip():
        meta["_page_title"] = title.strip()
    lang = tree.get("lang") or ""
    if lang:
        meta["language"] = lang.split("-")[0].lower()
    return {k: v for k, v in meta.items() if v}


def _field_value(field: str, values: list[str]) -> Any:
    if field in ("tags", "authors"):
        items: list[str] = []
        for v in values:
            items.extend(x.strip() for x in (v.split(",") if field == "tags" else [v]) if x.strip())
        return tuple(x for x in dict.fromkeys(items) if not x.startswith("http"))
    if field == "published":
        return normalise_date(values[0])
    if field == "outlet":
        return values[0].lstrip("@")
    return values[0]


def _merge_json_ld(meta: dict[str, Any], tree: Any) -> None:
    for node in tree.iter("script"):
        if (node.get("type") or "").lower() != "application/ld+json" or not node.text:
            continue
        try:
            data = json.loads(node.text)
        except ValueError:
            continue
        for item in _ld_items(data):
            if not re.search(r"Article|Posting|Report", str(item.get("@type", ""))):
                continue
            _ld_fill(meta, item)
            return


def _ld_items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [x for d in data for x in _ld_items(d)]
    if isinstance(data, dict):
        return [data] + _ld_items(data.get("@graph", []))
    return []


def _ld_fill(meta: dict[str, Any], item: dict[str, Any]) -> None:
    def names(value: Any) -> tuple[str, ...]:
        values = value if isinstance(value, list) else [value]
        out = [v.get("name", "") if isinstance(v, dict) else str(v) for v in values]
        return tuple(x.strip() for x in out if x and x.strip())

    if item.get("headline") and not meta.get("title"):
        meta["title"] = str(item["headline"])
    if item.get("datePublished"):
        meta["published"] = normalise_date(str(item["datePublished"])) or meta.get("published", "")
    if item.get("author") and not meta.get("authors"):
        meta["authors"] = names(item["author"])
    publisher = item.get("publisher")
    if isinstance(publisher, dict) and publisher.get("name") and not meta.get("outlet"):
        meta["outlet"] = str(publisher["name"])
    if item.get("articleSection") and not meta.get("section"):
        section = item["articleSection"]
        meta["section"] = str(section[0] if isinstance(section, list) and section else section)
    if item.get("keywords") and not meta.get("tags"):
        kw = item["keywords"]
        meta["tags"] = tuple(x.strip() for x in (kw.split(",") if isinstance(kw, str) else kw) if str(x).strip())


def _fill_from_trafilatura(meta: dict[str, Any], doc: dict[str, Any]) -> None:
    pairs = {"title": "title", "url": "url", "outlet": "sitename", "published": "date"}
    for field, key in pairs.items():
        if not meta.get(field) and doc.get(key):
            meta[field] = normalise_date(doc[key]) if field == "published" else str(doc[key])
    if not meta.get("authors") and doc.get("author"):
        meta["authors"] = tuple(a.strip() for a in str(doc["author"]).split(";") if a.strip())
    if not meta.get("tags") and doc.get("tags"):
        meta["tags"] = tuple(doc["tags"])
    if not meta.get("section") and doc.get("categories"):
        meta["section"] = str(doc["categories"][0])
