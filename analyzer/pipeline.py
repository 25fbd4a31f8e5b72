"""The stage order, written once (DESIGN §2).

In: an ``Article`` (or raw text plus metadata for ``analyze``) and ``Options``.
Out: an ``Analysis``.

    1 ingest       text/bytes  -> Article (body spans, removed lines, metadata)
    2 segment      Article     -> sentences, word tokens
    3 attribution  sentences   -> Attribution spans (source_id still empty)
    4 sources      mentions    -> Source entities; attributions get source_id
    5 scoring      everything  -> the measures of DESIGN §7
"""
from __future__ import annotations

from typing import Any

from analyzer import __version__
from analyzer.attribution import find_attributions
from analyzer.config import Options
from analyzer.ingest import article_from_text
from analyzer.model import Analysis, Article, freeze
from analyzer.scoring import score
from analyzer.segment import segment
from analyzer.sources import resolve_sources


def analyze(text: str, format: str = "auto", *, id: str = "article", options: Options | None = None,
            **metadata: Any) -> Analysis:
    """Analyse one article given as a string; ``metadata`` fills DESIGN §4 fields (title, url...)."""
    options = options or Options(format=format)
    article = article_from_text(text, format=format, id=id, metadata=metadata)  # 1 ingest
    return analyze_article(article, options)


def analyze_article(article: Article, options: Options | None = None) -> Analysis:
    """Stages 2-5 on an ingested article."""
    options = options or Options()
    segmentation = segment(article)  # 2
    attributions, attribution_warnings = find_attributions(article, segmentation.sentences)  # 3
    attributions, sources = resolve_sources(article, segmentation.sentences, attributions, options)  # 4
    scores = score(article, segmentation, attributions, sources, options)  # 5
    warnings = article.warnings + tuple(attribution_warnings)
    return Analysis(
        article=article,
        sentences=segmentation.sentences,
        tokens=segmentation.tokens,
        attributions=attributions,
        sources=sources,
        scores=freeze(scores),
        warnings=warnings,
        version=__version__,
    )
