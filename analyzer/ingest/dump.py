"""Body extraction for page dumps (DESIGN §4, issue 3).

In: the decoded text of a whole saved page, one block per line.
Out: ``DumpParts``: the body as spans (one per kept line, trimmed, exact
offsets), every other non-blank line as ``Removed`` with a reason, and
warnings. Steps: (1) each line gets a body probability (model_weights: the
mean of the shipped logistic model and hand rules, overridden by a JSON-LD copy
of the article when the page has one), shared by the lines of a chain (one
sentence that inline links split over several lines, features.chains); (2) the
body is the best contiguous run of sentence-like lines (a maximum-sum segment,
weighted towards the headline, cut at related-story labels and reader
comments), stepping over short interruptions when a sure paragraph follows,
bridging furniture-free blocks (table rows, list items) to a likely paragraph
beyond them, and taking in a regular list right after it; (3) inside the run,
furniture, captions next to a photo credit, promos in capitals and unlikely
lines are dropped, sentence fragments split by inline markup are glued back;
(4) each dropped line gets a reason by where it sits and what it looks like.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from analyzer.ingest import patterns as P
from analyzer.ingest.features import PageContext, best_run, chains, line_features, page_context
from analyzer.ingest.lines import Line, split_lines
from analyzer.ingest.model_weights import body_probabilities
from analyzer.model import Removed, Span

# A line counts as body when its probability reaches this (calibrated on the
# out-of-fold predictions of scripts/train_extractor.py).
BODY_THRESHOLD = 0.4
# Cost of an unlikely line inside the body run, so that a short teaser or
# caption between paragraphs does not split the article, but a block of menus does.
GAP_COST = 1.5
# A paragraph this likely and long continues the body across an interruption of
# at most MAX_INTERRUPTION lines (a teaser label, its headline and timestamp, a caption).
# Out of fold (scripts/train_extractor.py --by-site), 0.85 did as well as 0.9 by page and a
# little better with sites held out; 0.7-0.8 lost precision.
SURE_PROBABILITY = 0.85
SURE_WORDS = 20
MAX_INTERRUPTION = 8
# After a teaser label, the body resumes with a likely sentence of at least this many words.
TEASER_END_WORDS = 12
# Inside the body run, lines that are not page furniture need only this probability
# (tables and lists in articles look little like prose line by line).
INSIDE_THRESHOLD = 0.2
# ... and a likely sentence of at least this many words right next to the run joins it.
GROW_WORDS = 8
# A body needs at least this many words, else the page is said to have none.
MIN_BODY_WORDS = 25
# Inline fragments glued back into a paragraph ("led to" / "widespread problems" / ".").
FRAGMENT_MAX_WORDS = 12
# At most this many lines are glued before the first body line to complete its sentence.
MAX_LEAD_FRAGMENTS = 4


@dataclass
class DumpParts:
    body: tuple[Span, ...]
    removed: tuple[Removed, ...]
    lines: list[Line]
    body_index: list[int]
    warnings: list[str] = field(default_factory=list)


def extract_dump(text: str) -> DumpParts:
    lines = split_lines(text)
    if not lines:
        return DumpParts((), (), [], [], ["no text"])
    ctx = page_context(lines)
    feats = line_features(lines, ctx)
    probs = body_probabilities(feats)
    keep = select_body(lines, probs, feats)
    warnings = []
    if sum(len(lines[i].text.split()) for i in keep) < MIN_BODY_WORDS:
        keep = []
        warnings.append("no recognisable article body in this page dump")
    removed = assign_reasons(lines, set(keep), feats, ctx)
    return DumpParts(tuple(lines[i].span for i in keep), tuple(removed), lines, keep, warnings)


def select_body(lines: list[Line], probs: list[float], feats: list[dict[str, float]]) -> list[int]:
    if not lines:
        return []
    probs = chain_probabilities(lines, probs)
    lo, hi = _article_run(lines, probs, feats)
    if lo > hi:
        return []
    lo, hi = _extend_run(lo, hi, probs, feats)
    lo, hi = _grow_run(lo, hi, probs, feats)
    lo, hi, bridged = _extend_blocks(lo, hi, probs, feats)
    end = _trailing_list(lines, hi, feats)
    bridged.update(range(hi + 1, end + 1))
    hi = end
    in_copy = [i for i, f in enumerate(feats) if f.get("in_big_copy")]
    if in_copy:  # a full machine copy of the article vouches for every line it holds
        lo, hi = min(lo, in_copy[0]), max(hi, in_copy[-1])
    return _glue_fragments(lines, _keep_inside(lines, lo, hi, probs, feats, bridged), feats)


# A block of lines with no page furniture (the rows of a table or list) is bridged
# when, within MAX_BLOCK lines, a likely sentence follows it: lines all at least
# BRIDGE_SURE making BRIDGE_WORDS words with a sentence end. Calibrated out of fold
# with scripts/train_extractor.py (0.5/10 and 0.5/20 tied; 0.7 and 0.9 bridged too little;
# also requiring a mean probability of the block, 0.1-0.4, only lost recall).
MAX_BLOCK = 150
BRIDGE_SURE = 0.5
BRIDGE_WORDS = 10


# A list right after the body ("Qualified teams" / "England (Group A): 10th appearance" / ...)
# joins it when at least LIST_MIN_ROWS rows of at most LIST_ROW_WORDS words share one
# shape (their punctuation, a leading number) that is not bare words like a menu's.
LIST_MIN_ROWS = 5
LIST_ROW_WORDS = 15
LIST_SHARE = 0.8


def _row_shape(text: str) -> str:
    marks = "".join(sorted(set(c for c in text if c in ",:;()/-–|$%")))
    return ("#" if text[:1].isdigit() else "") + marks


def _trailing_list(lines: list[Line], hi: int, feats: list[dict[str, float]]) -> int:
    """The last row of a regular list that starts right after the body (after an
    optional heading), or ``hi`` when there is none."""
    start = hi + 1
    if start < len(lines) and not _row_shape(lines[start].text) and len(lines[start].text.split()) <= 4:
        start += 1  # its heading
    rows = []
    for j in range(start, len(lines)):
        if _hard_stop(feats[j]) or len(lines[j].text.split()) > LIST_ROW_WORDS:
            break
        rows.append(j)
    shapes = [_row_shape(lines[j].text) for j in rows]
    if len(rows) < LIST_MIN_ROWS:
        return hi
    common = max(set(shapes), key=shapes.count)
    if not common:
        return hi
    last = max(j for j, sh in zip(rows, shapes) if sh == common)
    span = [sh for j, sh in zip(rows, shapes) if j <= last]
    if span.count(common) >= LIST_MIN_ROWS and span.count(common) >= LIST_SHARE * len(span):
        return last
    return hi


def _hard_stop(f: dict[str, float]) -> bool:
    """Page furniture that no bridge crosses (a bare number is a table cell, not a date)."""
    if f.get("tweet") or f.get("continues"):
        # an embedded tweet (link, "— Name (@handle)", its date) and "Story continues below"
        # sit inside articles
        return False
    return bool(f["teaser_label"] or f.get("comment_head") or f["copyright"] or f["footer"] or f["url"]
                or (f["widget"] and f["short"]) or (f["date_line"] and not f["number"]) or f["said_colon"]
                or f["in_head"] or f["is_copy"] or f.get("out_big_copy"))


def _extend_blocks(lo: int, hi: int, probs: list[float],
                   feats: list[dict[str, float]]) -> tuple[int, int, set[int]]:
    """Bridge a block of lines with no page furniture in it (the rows of a table,
    the items of a list) between the body run and a likely paragraph beyond it.
    Returns the new bounds and the bridged lines."""
    bridged: set[int] = set()
    changed = True
    while changed:
        changed = False
        j = _bridge(range(hi + 1, min(len(probs), hi + 2 + MAX_BLOCK)), probs, feats,
                    BRIDGE_SURE, BRIDGE_WORDS)
        if j is not None:
            bridged.update(range(hi + 1, j))
            hi, changed = j, True
        j = _bridge(range(lo - 1, max(-1, lo - 2 - MAX_BLOCK), -1), probs, feats,
                    BRIDGE_SURE, BRIDGE_WORDS)
        if j is not None:
            bridged.update(range(j + 1, lo))
            lo, changed = j, True
    return lo, hi, bridged


def _bridge(steps: range, probs: list[float], feats: list[dict[str, float]], sure: float,
            words: float) -> int | None:
    """The first line of a likely sentence reached across furniture-free lines, or None."""
    for n, j in enumerate(steps):
        if _hard_stop(feats[j]):
            return None
        if n and _sure_stretch(j, steps.step, probs, feats, sure, words):
            return j
    return None


def chain_probabilities(lines: list[Line], probs: list[float]) -> list[float]:
    """One probability per chain (a sentence split over lines by inline markup): the
    mean of its lines', so that a linked name inside a body sentence is kept with
    it and a chain is kept or dropped whole (a mean weighted by length did worse)."""
    heads = chains(lines)
    total: dict[int, float] = {}
    count: dict[int, int] = {}
    for i, h in enumerate(heads):
        total[h] = total.get(h, 0.0) + probs[i]
        count[h] = count.get(h, 0) + 1
    return [total[h] / count[h] for h in heads]


def _grow_run(lo: int, hi: int, probs: list[float], feats: list[dict[str, float]]) -> tuple[int, int]:
    """Take in adjacent likely sentences the run stopped short of (a lead paragraph
    the model doubts, next to a photo credit)."""
    def sentence(i: int) -> bool:
        f = feats[i]
        return (probs[i] >= BODY_THRESHOLD and bool(f["terminal"]) and not _furniture(f)
                and not f["teaser_label"] and not f["in_head"] and math.expm1(f["log_words"]) >= GROW_WORDS)
    while lo > 0 and sentence(lo - 1):
        lo -= 1
    while hi + 1 < len(probs) and sentence(hi + 1):
        hi += 1
    return lo, hi


def _keep_inside(lines: list[Line], lo: int, hi: int, probs: list[float], feats: list[dict[str, float]],
                 bridged: set[int] = frozenset()) -> list[int]:
    keep = []
    in_teaser = False  # after a related-story label, until the article resumes
    for i in range(lo, hi + 1):
        f = feats[i]
        if f["teaser_label"]:
            in_teaser = True
            continue
        if in_teaser and not (probs[i] >= BODY_THRESHOLD and f["terminal"]
                              and math.expm1(f["log_words"]) >= TEASER_END_WORDS):
            continue
        in_teaser = False
        if _shouting(lines[i].text):
            continue  # "GET THE APP BY CLICKING HERE", a promoted headline in capitals
        if f["next_credit"] and not f["credit"] and not f["prev_credit"]:
            continue  # the caption of the photo whose credit follows
        if probs[i] >= BODY_THRESHOLD or ((probs[i] >= INSIDE_THRESHOLD or i in bridged) and not _furniture(f)):
            keep.append(i)
    return keep


# A line of at least this many words in capitals without a sentence end is a promo or a teaser.
SHOUT_WORDS = 4


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (len(text.split()) >= SHOUT_WORDS and bool(letters) and all(c.isupper() for c in letters)
            and not P.TERMINAL.search(text) and not P.dateline_match(text))


def _furniture(f: dict[str, float]) -> bool:
    if f.get("tweet"):
        return False  # the link, signature and date of a tweet quoted in the article
    return bool(f["widget"] or f["caption"] or f["credit"] or (f["date_line"] and not f["number"]) or f["url"]
                or f["byline"] or f["copyright"] or f["footer"] or f.get("comment_head") or f["said_colon"])


def _article_run(lines: list[Line], probs: list[float], feats: list[dict[str, float]]) -> tuple[int, int]:
    """The best run, looked for above the first reader comment when there is one
    (comments come after the article and are often longer than it)."""
    heads = [i for i, f in enumerate(feats) if f.get("comment_head") and not f["in_head"]]
    if heads:
        cut = heads[0]
        lo, hi = best_run(probs[:cut], feats[:cut], BODY_THRESHOLD, GAP_COST)
        if lo <= hi and sum(len(lines[i].text.split()) for i in range(lo, hi + 1)
                            if probs[i] >= BODY_THRESHOLD) >= MIN_BODY_WORDS:
            return lo, hi
    return best_run(probs, feats, BODY_THRESHOLD, GAP_COST)


def _extend_run(lo: int, hi: int, probs: list[float], feats: list[dict[str, float]]) -> tuple[int, int]:
    """Step over a short interruption (one teaser label with its headline and
    timestamp, a caption) when a sure paragraph follows it; repeat while that holds."""
    changed = True
    while changed:
        changed = False
        j = _sure_across(range(hi + 1, min(len(probs), hi + 2 + MAX_INTERRUPTION)), probs, feats)
        if j is not None:
            hi, changed = j, True
        j = _sure_across(range(lo - 1, max(-1, lo - 2 - MAX_INTERRUPTION), -1), probs, feats)
        if j is not None:
            lo, changed = j, True
    return lo, hi


def _sure_across(steps: range, probs: list[float], feats: list[dict[str, float]]) -> int | None:
    labels = 0
    for j in steps:
        f = feats[j]
        labels += int(f["teaser_label"])
        if f.get("comment_head") or labels > 1:
            return None  # comments, or a list of related sections: the article is over
        if _sure_stretch(j, steps.step, probs, feats):
            return j
    return None


def _sure_stretch(j: int, step: int, probs: list[float], feats: list[dict[str, float]],
                  sure: float = SURE_PROBABILITY, min_words: float = SURE_WORDS) -> bool:
    """Lines from ``j`` on (in the scan direction) that are all very likely make at
    least SURE_WORDS words with a sentence end: a paragraph, maybe split by markup."""
    words, terminal = 0.0, False
    while 0 <= j < len(probs) and probs[j] >= sure and not feats[j]["teaser_label"]:
        words += math.expm1(feats[j]["log_words"])
        terminal = terminal or bool(feats[j]["terminal"])
        if words >= min_words and terminal:
            return True
        j += step
    return False


def _glue_fragments(lines: list[Line], keep: list[int], feats: list[dict[str, float]]) -> list[int]:
    """Keep runs of short lines between two body lines when the first has no sentence
    end, and the start of a sentence that the first body line only continues."""
    out = set(keep)
    if keep:
        out.update(_sentence_start(lines, keep[0], feats))
    for a, b in zip(keep, keep[1:]):
        if b - a < 2 or feats[a]["terminal"]:
            continue
        gap = range(a + 1, b)
        if all(_is_fragment(lines[j], feats[j]) for j in gap):
            out.update(gap)
    return sorted(out)


def _sentence_start(lines: list[Line], first: int, feats: list[dict[str, float]]) -> list[int]:
    """Lines before ``first`` that begin the sentence it continues (", which is ...")."""
    out: list[int] = []
    j = first
    while j > 0 and _continues(lines[j].text) and len(out) < MAX_LEAD_FRAGMENTS:
        prev = j - 1
        if feats[prev]["terminal"] or not _is_fragment(lines[prev], feats[prev], FRAGMENT_MAX_WORDS * 2):
            break
        out.append(prev)
        j = prev
    return out


def _continues(text: str) -> bool:
    return text[:1].islower() or text[:1] in ",.;:)]’'\"”"


def _is_fragment(line: Line, f: dict[str, float], max_words: int = FRAGMENT_MAX_WORDS) -> bool:
    words = math.expm1(f["log_words"])
    return (words <= max_words and not f["url"] and not f["credit"] and not f["teaser_label"]
            and not (f["widget"] and words <= 3) and not f["date_line"])


# --- reasons -----------------------------------------------------------------

def assign_reasons(lines: list[Line], keep: set[int], feats: list[dict[str, float]],
                   ctx: PageContext) -> list[Removed]:
    first = min(keep) if keep else len(lines)
    last = max(keep) if keep else len(lines)
    body_norm = " ".join(ctx.norms[i] for i in sorted(keep))
    removed = []
    in_teaser = False
    for i, line in enumerate(lines):
        if i in keep:
            in_teaser = False
            continue
        where = "before" if i < first else "after" if i > last else "inside"
        reason = _reason(line, feats[i], ctx, i, where, body_norm, in_teaser)
        in_teaser = reason == "teaser" and where == "inside"
        removed.append(Removed(line.span, reason))
    return removed


def _reason(line: Line, f: dict[str, float], ctx: PageContext, i: int, where: str, body_norm: str,
            in_teaser: bool) -> str:
    t = line.text
    n = ctx.norms[i]
    if _is_duplicate(line, n, f, body_norm):
        return "duplicate"
    if where == "inside":
        return _inside_reason(line.text, f, in_teaser)
    if where == "after":
        return "footer" if f["footer"] or f["copyright"] or not f["widget"] else "widget"
    if f["credit"]:
        return "credit"
    if f["caption"] or _beside_credit(f):
        return "caption"
    if f["copyright"] or (f["footer"] and f["rel_pos"] > FOOTER_POSITION):
        return "footer"
    if (ctx.earlier_copy[i] or _is_title(n, ctx)) and f["in_head"] == 0:
        return "metadata"  # the title (or another head value) shown again on the page
    if f["widget"]:
        return "widget"
    if f["in_head"] or f["url"] or f["iso_date"] or f["number"] or f["email"] or f["bool_ish"] \
            or f["date_line"] or f["byline"] or P.LOCALE.match(t) or P.PHONE.match(t) or P.is_tag_list(t):
        return "metadata"
    if f["short"] or f["cap_share"] > 0.6:
        return "menu"
    if P.WIDGET.search(t):
        return "widget"  # cookie notices, newsletter and app pitches
    if P.KEY_VALUE.match(t):
        return "metadata"
    if _headline_like(t, f):
        return "teaser"  # another story's headline (top stories, trending, related)
    return "other"


# Headlines of other stories have at most this many words.
TEASER_HEADLINE_WORDS = 20


def _headline_like(t: str, f: dict[str, float]) -> bool:
    """A headline: a short capitalised line with no sentence end (a question mark allowed)."""
    words = len(t.split())
    return (f["headline"] > 0 or (3 <= words <= TEASER_HEADLINE_WORDS and t[:1].isupper()
                                  and (not P.TERMINAL.search(t) or t.endswith("?"))))


def _beside_credit(f: dict[str, float]) -> bool:
    """Running text next to a photo credit is that photo's caption."""
    return bool((f["prev_credit"] or f["next_credit"]) and f["prose"] > 0.3 and not f["credit"])


def _is_title(n: str, ctx: PageContext) -> bool:
    """The headline: the <title> value (first dump line) without its site suffix."""
    return len(n.split()) >= 3 and bool(ctx.norms) and ctx.norms[0].startswith(n)


def _inside_reason(t: str, f: dict[str, float], in_teaser: bool) -> str:
    if f["credit"]:
        return "credit"
    if f["caption"] or _beside_credit(f):
        return "caption"
    if f["widget"] and f["short"] and not f["teaser_label"]:
        return "widget"
    if f["teaser_label"]:
        return "teaser"
    if in_teaser and (f["date_line"] or not f["terminal"] or f["short"]):
        return "teaser"
    if f["date_line"] or f["byline"] or f["url"]:
        return "metadata"
    if _headline_like(t, f):
        return "teaser"  # a headline inside the article is a related-story link
    if f["prose"] > 0.5:
        return "caption"
    if f["short"] and t[:1].isupper() and not P.TERMINAL.search(t):
        return "menu"  # topic and section links between paragraphs
    return "other"


def _is_duplicate(line: Line, n: str, f: dict[str, float], body_norm: str) -> bool:
    if f["is_copy"]:
        return True
    if len(n) < COPY_NORM_MIN or not body_norm:
        return False
    if n in body_norm:
        return True
    # A truncated copy of the lead ("... during a... 01.11.2024, Sputnik International").
    return len(n) >= LEAD_PREFIX_CHARS and n[:LEAD_PREFIX_CHARS] in body_norm


# Past this share of the page, site links (About us, Terms...) are the footer.
FOOTER_POSITION = 0.7
# Shorter texts ("Share", a section name) are too common to call copies of the body.
COPY_NORM_MIN = 40
# A line whose first this-many normalised characters open a body passage is a copy of it.
LEAD_PREFIX_CHARS = 60
