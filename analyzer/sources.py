"""Sources (FIRST STUB): attributions -> Source entities. Replaced by the sources work."""
from __future__ import annotations

from analyzer.config import Options
from analyzer.model import Article, Attribution, Sentence, Source


def resolve_sources(article: Article, sentences: tuple[Sentence, ...], attributions: tuple[Attribution, ...],
                    options: Options) -> tuple[tuple[Attribution, ...], tuple[Source, ...]]:
    return attributions, ()
