"""Attribution (FIRST STUB): sentences -> attributions. Replaced by the attribution work."""
from __future__ import annotations

from analyzer.model import Article, Attribution, Sentence


def find_attributions(article: Article, sentences: tuple[Sentence, ...]) -> tuple[tuple[Attribution, ...], tuple[str, ...]]:
    return (), ()
