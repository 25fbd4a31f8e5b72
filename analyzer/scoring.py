"""Scoring (FIRST STUB): the measures of DESIGN §7. Replaced by the scoring work."""
from __future__ import annotations

from typing import Any

from analyzer.model import Article, Attribution, Source


def score(article: Article, segmentation, attributions: tuple[Attribution, ...], sources: tuple[Source, ...]) -> dict[str, Any]:
    return {"body_tokens": len(segmentation.tokens)}
