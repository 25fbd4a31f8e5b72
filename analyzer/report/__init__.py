"""HTML reports (issue 6): article pages, the corpus index, the paste-in page.

In: plain analysis records (``Analysis.to_dict()``, DESIGN §8) — no NLP here.
Out: self-contained HTML strings (``render_article``, ``render_index``).
"""
from analyzer.report.render import render_article, render_index

__all__ = ["render_article", "render_index"]
