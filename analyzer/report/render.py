"""HTML rendering: view models -> self-contained HTML pages.

In: an analysis record (``Analysis.to_dict()``) or the index rows.
Out: one HTML string per page — CSS and the only script inline, no external
request of any kind, readable with scripts off and printable.

Untrusted text is escaped in exactly one place: the single Jinja environment
below (autoescape on, StrictUndefined). No ``|safe``, no ``Markup``, no HTML
built in Python. The inline style sheet and script are fixed partials, so the
Content-Security-Policy lists their SHA-256 hashes and nothing else may run.
"""
from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from collections.abc import Mapping
from typing import Any

import jinja2

from analyzer.report.view import article_view, index_view

STYLE_PARTIAL = "_style.css"
INDEX_SCRIPT_PARTIAL = "_index.js"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one Jinja environment: templates compiled once and cached."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("analyzer", "report/templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # Templates ship inside the package and never change while it runs;
        # without this every include costs a stat() call (a third of render time).
        auto_reload=False,
    )


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@lru_cache(maxsize=1)
def _csp() -> dict[str, str]:
    """CSP strings for pages with and without the index script.

    The partials take no variables, so rendering them once gives exactly the
    bytes the pages inline, and their hashes are what the browser checks.
    """
    env = environment()
    style = _sha256(env.get_template(STYLE_PARTIAL).render())
    script = _sha256(env.get_template(INDEX_SCRIPT_PARTIAL).render())
    base = ("default-src 'none'; base-uri 'none'; form-action 'none'; "
            f"style-src {style}")
    return {"article": base + "; script-src 'none'", "index": base + f"; script-src {script}"}


def csp_for(page: str) -> str:
    """The Content-Security-Policy of a page kind (``article`` or ``index``)."""
    return _csp()[page]


def render_article(record: dict, *, index_href: str | None = "index.html") -> str:
    """One article's report page from its JSON record (DESIGN §8)."""
    return render_article_page(record, index_href=index_href)


def render_article_page(record: Mapping[str, Any], *, index_href: str | None = "index.html",
                        back_label: str = "All articles", worksheet: bool = False) -> str:
    """``render_article`` with the serve page's options (nav label, worksheet print view)."""
    view = article_view(record, index_href=index_href, back_label=back_label, worksheet=worksheet)
    return environment().get_template("article.html").render(page=view, csp=csp_for("article"))


def render_index(articles: list[dict], outlets: list[dict], files: dict[str, str], *,
                 title: str = "Sourcing report") -> str:
    """The corpus index: one row per article, per-outlet charts, links to the tables."""
    view = index_view(articles, outlets, files, title=title)
    return environment().get_template("index.html").render(page=view, csp=csp_for("index"))


def render_template(name: str, **context: Any) -> str:
    """Render another page of this package (the serve page) in the same environment."""
    return environment().get_template(name).render(**context)


def partial_hash(name: str) -> str:
    """The CSP source (``'sha256-...'``) of a fixed inline partial such as ``_serve.js``."""
    return _sha256(environment().get_template(name).render())
