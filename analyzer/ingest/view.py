"""The debugging view of one ingested article (``analyzer extract``).

In: an ``Article``. Out: plain text listing its metadata, each body region
with its offsets, and every removed line with its reason, in text order.
"""
from __future__ import annotations

from analyzer.model import Article

# Longer lines are cut in the view (the JSON output keeps everything).
VIEW_WIDTH = 160


def format_extract(article: Article) -> str:
    out = [f"== {article.id} ({article.format}, {len(article.text):,} chars)"]
    for key, value in article.metadata.to_dict().items():
        if value not in ("", [], None):
            shown = ", ".join(value) if isinstance(value, list) else value
            out.append(f"  {key}: {shown}")
    for warning in article.warnings:
        out.append(f"  WARNING: {warning}")
    out.append(f"-- body: {len(article.body)} region(s), {len(article.body_text.split()):,} words")
    for i, span in enumerate(article.body):
        out.append(f"  [{i}] {span.start}-{span.end}  {_cut(span.slice(article.text))}")
    out.append(f"-- removed: {len(article.removed)} line(s)")
    for r in sorted(article.removed, key=lambda r: r.span.start):
        out.append(f"  {r.reason:<9} {r.span.start}-{r.span.end}  {_cut(r.span.slice(article.text))}")
    return "\n".join(out) + "\n"


def _cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= VIEW_WIDTH else flat[: VIEW_WIDTH - 1] + "…"
