"""Ingest: input text, bytes or files -> ``Article`` (DESIGN §3-4, issue 3).

In: a string, the bytes of a file, or paths (files, folders, JSONL batches).
Out: ``Article``s with exact body spans, removed lines with reasons, metadata
and warnings; ``Failure`` records for inputs that could not be read (batches go
on past them); ``IngestError`` when a single input cannot be read.

    auto  -> detect.guess_format
    dump  -> dump.extract_dump + metadata.dump_metadata
    html  -> html.extract_html (its extracted text becomes Article.text)
    plain -> every non-blank line is a paragraph of the body, a first headline
             line included (it is also the title)
"""
from __future__ import annotations

from typing import Any, Mapping

from analyzer.config import DEFAULT_MAX_BYTES
from analyzer.ingest import patterns as P
from analyzer.ingest.decode import decode_bytes
from analyzer.ingest.detect import guess_format
from analyzer.ingest.dump import extract_dump
from analyzer.ingest.errors import Failure, IngestError
from analyzer.ingest.files import id_from_name, iter_articles, sanitize_id
from analyzer.ingest.html import extract_html
from analyzer.ingest.language import guess_language
from analyzer.ingest.lines import split_lines
from analyzer.ingest.metadata import DATELINE_SEARCH, dateline_of, dump_metadata, plain_title
from analyzer.ingest.view import format_extract
from analyzer.ingest.features import norm
from analyzer.model import INPUT_FORMATS, Article, Metadata, Removed

__all__ = [
    "Failure", "IngestError", "article_from_bytes", "article_from_text", "format_extract",
    "iter_articles", "guess_format",
]

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def article_from_text(text: str, *, format: str = "auto", id: str = "article",
                      metadata: Mapping[str, Any] | None = None) -> Article:
    """One article from a decoded string; user ``metadata`` wins over what is extracted."""
    if format not in ("auto", *INPUT_FORMATS):
        raise IngestError(f"unknown format {format!r} (use auto, dump, html or plain)")
    fmt = guess_format(text) if format == "auto" else format
    if fmt == "html":
        return _from_html(text, id, metadata)
    if fmt == "dump":
        return _from_dump(text, id, metadata)
    return _from_plain(text, id, metadata)


def article_from_bytes(data: bytes, *, name: str, format: str = "auto", id: str | None = None,
                       metadata: Mapping[str, Any] | None = None,
                       max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One article from a file's bytes: detect the encoding, refuse binary/empty/oversized input."""
    text, encoding, warnings = decode_bytes(data, name=name, max_bytes=max_bytes)
    if format == "auto" and name.lower().endswith(_HTML_SUFFIXES):
        format = "html"
    if "\x00" in text:
        warnings.append("NUL characters in the text (kept so that offsets stay exact)")
    given = {"encoding": encoding, "source_path": name, **(metadata or {})}
    article = article_from_text(text, format=format, id=sanitize_id(id) if id else id_from_name(name), metadata=given)
    if warnings:
        article = _with_warnings(article, warnings)
    return article


def _with_warnings(article: Article, warnings: list[str]) -> Article:
    return Article(id=article.id, text=article.text, format=article.format, metadata=article.metadata,
                   body=article.body, removed=article.removed, warnings=tuple(warnings) + article.warnings)


def _metadata(found: Mapping[str, Any], given: Mapping[str, Any] | None) -> Metadata:
    merged = dict(found)
    for key, value in (given or {}).items():
        if value not in (None, "", (), []):
            merged[key] = value
    return Metadata.from_mapping(merged)


def _from_dump(text: str, id: str, given: Mapping[str, Any] | None) -> Article:
    parts = extract_dump(text)
    found = dump_metadata(parts.lines, parts.body_index)
    return Article(id=id, text=text, format="dump", metadata=_metadata(found, given), body=parts.body,
                   removed=parts.removed, warnings=tuple(parts.warnings))


def _from_html(html: str, id: str, given: Mapping[str, Any] | None) -> Article:
    text, found, warnings = extract_html(html)
    lines = split_lines(text)
    head = _leading_headline(lines, str(found.get("title", "")))
    removed = tuple(Removed(line.span, "metadata") for line in lines[:head])
    lines = lines[head:]
    body = tuple(line.span for line in lines)
    _add_text_metadata(found, text, body)
    return Article(id=id, text=text, format="html", metadata=_metadata(found, given), body=body,
                   removed=removed, warnings=tuple(warnings))


# Lines above the headline that trafilatura keeps are a kicker or section label
# ("Courts"): at most this many, each at most KICKER_WORDS words.
MAX_KICKER_LINES = 2
KICKER_WORDS = 5


def _leading_headline(lines: list, title: str) -> int:
    """How many first lines of extracted HTML are the headline (the <h1>, equal to the
    title) and the short labels above it; 0 when the text does not start with it."""
    if not title:
        return 0
    for k, line in enumerate(lines[:MAX_KICKER_LINES + 1]):
        if norm(line.text) == norm(title):
            return k + 1
        if len(line.text.split()) > KICKER_WORDS or P.TERMINAL.search(line.text):
            return 0
    return 0


def _from_plain(text: str, id: str, given: Mapping[str, Any] | None) -> Article:
    lines = split_lines(text)
    body = tuple(line.span for line in lines)
    # The headline stays in the body (reported speech in headlines counts) and is the title.
    found: dict[str, Any] = {}
    title = plain_title(lines)
    if title:
        found["title"] = title
    _add_text_metadata(found, text, body)
    warnings = () if body else ("empty text: no body",)
    return Article(id=id, text=text, format="plain", metadata=_metadata(found, given), body=body,
                   warnings=warnings)


def _add_text_metadata(found: dict[str, Any], text: str, body: tuple) -> None:
    dateline, agency = dateline_of([span.slice(text) for span in body[:DATELINE_SEARCH]],
                                   str(found.get("title", "")))
    if dateline:
        found.setdefault("dateline", dateline)
        if agency:
            found.setdefault("agency", agency)
    language = guess_language(text)
    if language and not found.get("language"):
        found["language"] = language
