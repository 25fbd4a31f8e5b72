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

import gc
import re
from contextlib import contextmanager
from typing import Any

from analyzer import __version__
from analyzer.attribution import find_attributions
from analyzer.config import Options
from analyzer.ingest import article_from_text
from analyzer.model import Analysis, Article, freeze
from analyzer.scoring import score
from analyzer.segment import segment
from analyzer.sources import resolve_sources


ENGLISH_ONLY = ("the text looks like language '{}': attribution analysis is English-only, "
                "so no attributions are reported (structure and body are still analysed)")
# More warnings of one shape than this are summarised (100,000 stray quote
# marks must not make 100,000 lines).
MAX_WARNINGS_PER_SHAPE = 3
_DIGITS = re.compile(r"\d+")


def is_english(article: Article) -> bool:
    """Unknown language counts as English: short texts give the guesser too little to go on."""
    return article.metadata.language in ("", "en") or article.metadata.language.startswith("en-")


def summarise_warnings(warnings: tuple[str, ...]) -> tuple[str, ...]:
    """Keep the first few warnings of each shape (same text but for numbers) and count the rest."""
    kept: list[str] = []
    counts: dict[str, int] = {}
    for warning in warnings:
        shape = _DIGITS.sub("#", warning)
        counts[shape] = counts.get(shape, 0) + 1
        if counts[shape] <= MAX_WARNINGS_PER_SHAPE:
            kept.append(warning)
    for shape, count in counts.items():
        if count > MAX_WARNINGS_PER_SHAPE:
            kept.append(f"... and {count - MAX_WARNINGS_PER_SHAPE} more like: {shape}")
    return tuple(kept)


def analyze(text: str, format: str = "auto", *, id: str = "article", options: Options | None = None,
            **metadata: Any) -> Analysis:
    """Analyse one article given as a string; ``metadata`` fills DESIGN §4 fields (title, url...)."""
    options = options or Options(format=format)
    article = article_from_text(text, format=format, id=id, metadata=metadata)  # 1 ingest
    return analyze_article(article, options)


def analyze_article(article: Article, options: Options | None = None) -> Analysis:
    """Stages 2-5 on an ingested article."""
    with _collector_paused():
        return _analyze_article(article, options or Options())


@contextmanager
def _collector_paused():
    """Pause Python's cyclic garbage collector while one article is analysed.

    The stages make many small objects and almost no reference cycles; with the
    collector on, its full scans grow with the live objects of a long article and
    make time superlinear (benchmark: 10x -> 100x length cost 13.6x with it,
    10x without). Reference counting still frees everything at once; any cycles
    are collected when the collector resumes after the article.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _analyze_article(article: Article, options: Options) -> Analysis:
    segmentation = segment(article)  # 2
    if is_english(article):
        attributions, attribution_warnings = find_attributions(article, segmentation.sentences)  # 3
    else:  # the cue lexicon and models are English: finding nothing beats inventing
        attributions, attribution_warnings = (), (ENGLISH_ONLY.format(article.metadata.language),)
    attributions, sources = resolve_sources(article, segmentation.sentences, attributions, options)  # 4
    scores = score(article, segmentation, attributions, sources, options)  # 5
    warnings = summarise_warnings(article.warnings + tuple(attribution_warnings))
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
