"""Sourcing analyzer: what a news article says in its own voice, and what it attributes to whom.

In: article text (page dump, HTML, plain) or files of them.
Out: an ``Analysis`` per article (see ``analyzer.model``), JSON/CSV tables and HTML reports.

    from analyzer import analyze
    result = analyze(text, format="auto", title="...")
    result.to_dict()
"""
__version__ = "0.1.0"

from analyzer.pipeline import analyze  # noqa: E402  (re-exported for notebooks)

__all__ = ["analyze", "__version__"]
