"""Ingest: input text or files -> ``Article`` (FIRST STUB: plain text only; replaced by the ingest work)."""
from __future__ import annotations

from typing import Any, Mapping

from analyzer.model import Article, Metadata, Span


def article_from_text(text: str, *, format: str = "auto", id: str = "article",
                      metadata: Mapping[str, Any] | None = None) -> Article:
    body = (Span(0, len(text)),) if text.strip() else ()
    return Article(id=id, text=text, format="plain", metadata=Metadata.from_mapping(metadata or {}), body=body)
