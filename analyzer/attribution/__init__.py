"""Attribution: body sentences -> attributions (source + cue + content, DESIGN §5).

In: an ``Article`` and its body ``Sentence`` tuple (from ``analyzer.segment``).
Out: ``(attributions, warnings)`` — ``Attribution`` objects with ids "a1",
"a2", ... in text order, character spans into ``article.text`` (content
fragments, cue, source), ``kind`` from quote marks, ``verb_class`` from the
reporting-verb lexicon, ``parent`` for nested ones, ``source_id`` left empty
for the sources stage; warnings such as unbalanced quote marks.

Steps: ``tokens`` (tokens and quotations) -> ``cues`` (candidates) -> the
learned cue model in ``model`` (or the hand rule when no weights ship) ->
``spans`` (source and content around each cue, as ``draft.Draft``s; ``overlap`` settles
overlapping ones; ``boundary`` ends indirect
contents; the draft model in ``filter`` keeps the drafts that look like real
reports and ranks overlapping ones). Sentences with no cue candidate cost only
their tokenisation. Every step is linear (or n log n) in the article's length.

Figures (PolNeAR dev, reference scorer) and the command that gives them are in
``scripts/train_attribution.py``.
"""
from __future__ import annotations

from analyzer.attribution.cues import Cue, candidates, rule_accepts, verb_class_of
from analyzer.attribution.boundary import BoundaryModel
from analyzer.attribution.filter import DraftModel
from analyzer.attribution.model import CueModel, load_boundary, load_draft, load_model
from analyzer.attribution.draft import Draft
from analyzer.attribution.spans import build
from analyzer.attribution.tokens import Doc, tokenize
from analyzer.model import Article, Attribution, Sentence, Span

# verb_class_of is exported for stages that colour cue words (report, scoring).
__all__ = ["find_attributions", "verb_class_of"]


def find_attributions(article: Article, sentences: tuple[Sentence, ...]
                      ) -> tuple[tuple[Attribution, ...], tuple[str, ...]]:
    """Attributions of the body sentences, and warnings (e.g. unbalanced quote marks)."""
    doc = tokenize(article.text, sentences)
    drafts = draft_attributions(doc, load_model(), load_boundary(), load_draft())
    return _to_attributions(doc, drafts), tuple(doc.warnings)


def draft_attributions(doc: Doc, model: CueModel | None, boundary: BoundaryModel | None,
                       draft_model: DraftModel | None) -> list[Draft]:
    """Candidates -> cues (cue model or hand rule) -> drafts, filtered by the draft model when given."""
    pool = candidates(doc, model.extra_words if model else frozenset())
    if model is None:
        return build(doc, [c for c in pool if rule_accepts(doc, c)], pool, boundary)
    probs = model.probs(doc, pool)
    cues = [c for c, p in zip(pool, probs) if p >= model.threshold_of(c)]
    keep = None
    if draft_model is not None:
        cue_prob = {c.first: p for c, p in zip(pool, probs)}
        keep = lambda drafts: draft_model.keep(doc, drafts, cue_prob)  # noqa: E731
    return build(doc, cues, pool, boundary, keep)


def accepted_cues(doc: Doc, model: CueModel | None, pool: list[Cue] | None = None) -> list[Cue]:
    """Candidates kept by the learned model, or by the hand rule without one."""
    if pool is None:
        pool = candidates(doc, model.extra_words if model else frozenset())
    if model is None:
        return [c for c in pool if rule_accepts(doc, c)]
    return model.accept(doc, pool)


def _to_attributions(doc: Doc, drafts: list[Draft]) -> tuple[Attribution, ...]:
    order = sorted(range(len(drafts)), key=lambda i: _first_token(drafts[i]))
    ids = {old: f"a{new + 1}" for new, old in enumerate(order)}
    out = []
    for old in order:
        d = drafts[old]
        blocked = [(d.cue.first, d.cue_last)] + ([d.source] if d.source else [])
        fragments = _subtract(d.content, blocked)
        words = [doc.words[k] for a, b in fragments for k in range(a, b + 1) if doc.words[k][:1].isalnum()]
        if not fragments or _only_circumstance(words) or _request_for_comment(doc, d, words):
            continue
        content = tuple(Span(doc.starts[a], doc.ends[b]) for a, b in fragments)
        out.append(Attribution(
            id=ids[old],
            kind=_kind(doc, fragments),
            content=content,
            cue=Span(doc.starts[d.cue.first], doc.ends[d.cue_last]),
            source=Span(doc.starts[d.source[0]], doc.ends[d.source[1]]) if d.source else None,
            verb_class=d.cue.verb_class if d.cue.lemma != ":" else "neutral",
            parent=ids.get(d.parent) if d.parent is not None else None,
        ))
    return _renumber(out)


# Words that say when or link, never what was said: a content made only of them ("issued a",
# "released Saturday", "wrote late last month") is a cue without a content. ("as" and numbers
# stay out: PolNeAR contents include "..., as X said" and "34, to be exact".)
CIRCUMSTANCE_WORDS = frozenset(
    "a an the to if in on at of for by with from and or last next week weekend month year ago earlier later "
    "then today yesterday tonight morning afternoon evening night late early actually monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august september october "
    "november december".split())


def _only_circumstance(words: list[str]) -> bool:
    """``words``: the content's words (an empty content counts as circumstance too)."""
    return all(w in CIRCUMSTANCE_WORDS for w in words)


# "did not respond to a request for comment" reports that nothing was said.
NO_COMMENT_LEMMAS = frozenset({"respond", "return", "reply", "answer", "decline"})
MAX_NO_COMMENT_WORDS = 6


def _request_for_comment(doc: Doc, d: Draft, words: list[str]) -> bool:
    lemma = d.cue.lemma.split()[0]
    return (lemma in NO_COMMENT_LEMMAS or doc.words[d.cue.first].startswith(("respond", "return", "repl")))\
        and "comment" in words and len(words) <= MAX_NO_COMMENT_WORDS


def _first_token(d: Draft) -> int:
    firsts = [d.cue.first] + [a for a, _ in d.content] + ([d.source[0]] if d.source else [])
    return min(firsts)


def _subtract(fragments: list[tuple[int, int]], blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges of the content minus the cue and source ranges, in order, merged."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(fragments):
        pieces = [(a, b)]
        for x, y in blocked:
            nxt = []
            for p, q in pieces:
                if y < p or x > q:
                    nxt.append((p, q))
                    continue
                if p < x:
                    nxt.append((p, x - 1))
                if y < q:
                    nxt.append((y + 1, q))
            pieces = nxt
        for p, q in pieces:
            if out and p <= out[-1][1] + 1 and p >= out[-1][0]:
                out[-1] = (out[-1][0], max(q, out[-1][1]))
            else:
                out.append((p, q))
    return out


def _kind(doc: Doc, fragments: list[tuple[int, int]]) -> str:
    """direct: every content word inside quote marks; mixed: some; indirect: none."""
    inside = total = 0
    for a, b in fragments:
        for k in range(a, b + 1):
            if doc.words[k][:1].isalnum():
                total += 1
                inside += doc.quote_of[k] >= 0
    if total and inside == total:
        return "direct"
    return "mixed" if inside else "indirect"


def _renumber(atts: list[Attribution]) -> tuple[Attribution, ...]:
    """Ids stay dense ("a1", "a2", ...) after empty drafts are dropped; parents follow."""
    mapping = {a.id: f"a{i + 1}" for i, a in enumerate(atts)}
    out = []
    for a in atts:
        out.append(Attribution(id=mapping[a.id], kind=a.kind, content=a.content, cue=a.cue, source=a.source,
                               verb_class=a.verb_class, parent=mapping.get(a.parent) if a.parent else None))
    return tuple(out)

