"""Build fictional articles and hand-placed attributions for the sources and scoring tests.

Every text passed to these helpers in the tests is fictional, written for this project.
"""
from __future__ import annotations

import re

from analyzer.config import Options
from analyzer.model import Article, Attribution, Metadata, Span
from analyzer.segment import segment
from analyzer.sources import resolve_sources

OPTIONS = Options()


def find(text: str, needle: str, after: int = 0) -> Span:
    i = text.find(needle, after)
    assert i >= 0, f"{needle!r} not in text after {after}"
    return Span(i, i + len(needle))


def find_word(text: str, needle: str, after: int = 0) -> Span:
    """``needle`` as a whole word ("he", not the "he" of "the")."""
    m = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)").search(text, after)
    assert m is not None, f"{needle!r} not in text after {after}"
    return Span(m.start(), m.end())


def article(text: str, **meta) -> Article:
    """A plain article whose body is the whole text."""
    return Article("fiction", text, "plain", Metadata(**meta), (Span(0, len(text)),))


def attributions(text: str, specs: list[tuple]) -> tuple[Attribution, ...]:
    """specs: (source, cue, content[, kind[, parent[, verb_class]]]); each searched after the previous
    spec's content start, the source as a whole word from 200 characters before its content;
    source "" = none."""
    out = []
    pos = 0
    for n, spec in enumerate(specs, 1):
        source, cue, content = spec[:3]
        kind = spec[3] if len(spec) > 3 else "indirect"
        parent = spec[4] if len(spec) > 4 else None
        verb = spec[5] if len(spec) > 5 else "neutral"
        c = find(text, content, pos)
        around = max(0, c.start - 200)
        src = find_word(text, source, around) if source else None
        if src is not None and src.overlaps(c):
            src = find_word(text, source, c.end)
        out.append(Attribution(f"a{n}", kind, (c,), find(text, cue, around) if cue else None, src,
                               parent=parent, verb_class=verb))
        pos = c.start
    return tuple(out)


def run(text: str, specs: list[tuple], **meta):
    """Resolve the sources of hand-placed attributions in a fictional text."""
    art = article(text, **meta)
    atts = attributions(text, specs)
    out, sources = resolve_sources(art, segment(art).sentences, atts, OPTIONS)
    return art, out, sources


def last_source(out, sources):
    """The source of the last attribution (None when it has none)."""
    sid = out[-1].source_id
    return next((s for s in sources if s.id == sid), None)


def check_last_source(text: str, specs: list[tuple], meta: dict, expected: dict) -> None:
    """Resolve a fictional text and compare the last attribution's source with ``expected``
    (attribute name -> value)."""
    _, out, sources = run(text, specs, **meta)
    src = last_source(out, sources)
    assert src is not None
    assert {k: getattr(src, k) for k in expected} == expected


def said_by(mention: str, published: str = "2001-12-31", verb: str = "said"):
    """The source of a lone mention in the fictional "The plan is bad, <mention> said."."""
    text = f"The plan is bad, {mention} {verb}."
    _, out, sources = run(text, [(mention, verb, "The plan is bad")], published=published)
    return last_source(out, sources)
