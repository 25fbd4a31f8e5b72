"""Per-line features of a page dump, for the body classifier and the rules.

In: the non-blank ``Line``s of one dump.
Out: one dict of named float features per line (``line_features``), plus the
page facts they rest on (``PageContext``: repeated lines, lines that are a
copy of many others such as a JSON-LD ``articleBody``), and ``chains`` (the
lines of one sentence that inline links split, whose joint shape each of them
also gets as ``chain_*`` features). Features look only at the page itself,
never at any site list, so they carry over to unseen sites.
Also here, because the trainer and the extractor share them: ``best_run`` (the
maximum-sum run of body-like lines) and ``stack_features`` (inputs of an
optional second model stage).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from analyzer.ingest import patterns as P
from analyzer.ingest.language import stopword_share
from analyzer.ingest.lines import Line

_WORD = re.compile(r"\w+", re.UNICODE)
_LETTERS = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d")
# A line this long that contains other lines is a machine copy (JSON-LD articleBody, meta description).
COPY_MIN_CHARS = 200
# Only the longest lines can be copies of many others; checking a few keeps big pages fast.
COPY_CANDIDATES = 8
# Lines shorter than this are too common ("Share", "World") to count as copied text.
COPY_PART_MIN_CHARS = 40
# Window radii (in lines) of the context features; chosen so that ±2 sees a
# paragraph's neighbours and ±6 the block around it.
NEAR, FAR = 2, 6


def norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


@dataclass(frozen=True)
class PageContext:
    norms: tuple[str, ...]
    counts: Counter
    later_copy: tuple[bool, ...]  # the same text occurs again further down
    earlier_copy: tuple[bool, ...]
    is_copy: tuple[bool, ...]  # contains other lines' text (a JSON-LD/meta copy of the body)
    in_copy: tuple[bool, ...]  # its text is inside such a copy
    head_end: int  # index of the first line of the visible page (after meta values)
    # Against a long machine copy of the article (JSON-LD articleBody): for each
    # line, 1 inside it, -1 after its last visible line when the copy is complete
    # at its end, else 0.
    big_copy: tuple[int, ...] = ()


def page_context(lines: list[Line]) -> PageContext:
    norms = tuple(norm(l.text) for l in lines)
    counts = Counter(norms)
    seen: set[str] = set()
    earlier = []
    for n in norms:
        earlier.append(n in seen)
        seen.add(n)
    seen = set()
    later = []
    for n in reversed(norms):
        later.append(n in seen)
        seen.add(n)
    later.reverse()
    is_copy, in_copy = _copies(lines, norms)
    return PageContext(norms, counts, tuple(later), tuple(earlier), is_copy, in_copy,
                       head_end_of(lines), _big_copy(lines, norms, is_copy))


# A copy this long is the article itself, not a description of it.
BIG_COPY_CHARS = 1000
# Visible lines shorter than this (normalised) are not matched against the copy.
BIG_COPY_PART = 20
# The copy is "complete at an end" when the first/last matched line sits this
# close (in normalised characters) to that end of the copy.
BIG_COPY_END_SLACK = 40


def _big_copy(lines: list[Line], norms: tuple[str, ...], is_copy: tuple[bool, ...]) -> tuple[int, ...]:
    copies = [i for i, c in enumerate(is_copy) if c and len(norms[i]) >= BIG_COPY_CHARS]
    marks = [0] * len(lines)
    if not copies:
        return tuple(marks)
    big = max(copies, key=lambda i: len(norms[i]))
    copy = norms[big]
    inside = [i for i, n in enumerate(norms)
              if i > big and not is_copy[i] and len(n) >= BIG_COPY_PART and n in copy]
    if len(inside) < 2:
        return tuple(marks)
    for i in inside:
        marks[i] = 1
    # Nothing is marked before the copy's first line: sites often leave the lead
    # paragraph out of articleBody (it is the description).
    last = norms[inside[-1]]
    if len(copy) - (copy.rfind(last) + len(last)) <= BIG_COPY_END_SLACK:
        for i in range(inside[-1] + 1, len(lines)):
            marks[i] = -1
    return tuple(marks)


def _copies(lines: list[Line], norms: tuple[str, ...]) -> tuple[tuple[bool, ...], tuple[bool, ...]]:
    longs = sorted((i for i, l in enumerate(lines) if len(l.text) >= COPY_MIN_CHARS),
                   key=lambda i: -len(lines[i].text))[:COPY_CANDIDATES]
    is_copy = [False] * len(lines)
    in_copy = [False] * len(lines)
    for i in longs:
        parts = [j for j, n in enumerate(norms)
                 if j != i and len(lines[j].text) >= COPY_PART_MIN_CHARS and len(n) < len(norms[i]) and n in norms[i]]
        if len(parts) >= 2:
            is_copy[i] = True
            for j in parts:
                in_copy[j] = True
    return tuple(is_copy), tuple(in_copy)


# The head ends at the last machine value that is followed, within this many
# lines, by another; a stray number further down (a share count) does not extend it.
HEAD_MAX_GAP = 15


def head_end_of(lines: list[Line]) -> int:
    """Dumps start with the title and <meta>/JSON-LD values; the visible page starts
    after the last line of that dense run of machine values (URL, ISO date, number...)."""
    last = -1
    for i, line in enumerate(lines):
        if i - last > HEAD_MAX_GAP and last >= 0:
            break
        t = line.text
        if P.URL.match(t) or P.ISO_DATE.match(t) or P.BOOL_ISH.match(t) or P.EMAIL.match(t) \
                or (P.PLAIN_NUMBER.match(t) and len(t) >= 2):
            last = i
        elif last < 0 and i > HEAD_MAX_GAP:
            break
    return last + 1


# Photo credits are short lines; caption tails are read in the last characters only
# (both patterns end in "$" and would be tried at every position of a long line).
CREDIT_MAX_CHARS = 200
CAPTION_TAIL_CHARS = 120


def _shape(line: Line) -> dict[str, float]:
    t = line.text
    words = _WORD.findall(t)
    n = len(words)
    letters = len(_LETTERS.findall(t))
    caps = sum(1 for w in words if w[:1].isupper())
    return {
        "log_chars": math.log1p(len(t)),
        "log_words": math.log1p(n),
        "one_word": float(n <= 1),
        "short": float(n <= 4),
        "long": float(n >= 25),
        "terminal": float(bool(P.TERMINAL.search(t))),
        "starts_upper": float(t[:1].isupper()),
        "starts_lower": float(t[:1].islower()),
        "starts_quote": float(t[:1] in "\"“‘'«„—–-"),
        "cap_share": caps / n if n else 0.0,
        "alpha_share": letters / len(t),
        "digit_share": len(_DIGITS.findall(t)) / len(t),
        "comma_per_word": t.count(",") / n if n else 0.0,
        "sentences": min(4.0, len(re.findall(r"[.!?][\"”’]?\s+[A-Z\"“]", t))) / 4,
        "stopwords": stopword_share(t),
        "url": float(bool(P.URL.match(t))),
        "has_url": float(bool(P.HAS_URL.search(t))),
        "email": float("@" in t and bool(P.HAS_EMAIL.search(t))),
        "date_line": float(P.is_date_line(t)),
        "iso_date": float(bool(P.ISO_DATE.match(t))),
        "has_date": float(bool(P.HAS_DATE.search(t))),
        "number": float(bool(P.NUMBER.match(t))),
        "copyright": float(bool(P.COPYRIGHT.search(t))),
        "credit": float(len(t) <= CREDIT_MAX_CHARS and bool(P.CREDIT.search(t)) and not P.RIGHTS.search(t)),
        "caption": float(bool(P.CAPTION_START.match(t) or P.CAPTION_TAIL.search(t[-CAPTION_TAIL_CHARS:]))),
        "teaser_label": float(bool(P.TEASER_LABEL.match(t) or P.TEASER_PREFIX.match(t))),
        "widget": float(n <= 8 and bool(P.WIDGET.search(t))),
        "footer": float(n <= 10 and bool(P.FOOTER.search(t))),
        "byline": float(bool(P.is_byline(t) or P.BY_ALONE.match(t))),
        "bool_ish": float(bool(P.BOOL_ISH.match(t))),
        "pipe": float("|" in t),
        "quote": float(any(q in t for q in "\"“”")),
        "ellipsis_end": float(t.endswith(("...", "…"))),
        "headline": float(3 <= n <= 16 and not P.TERMINAL.search(t) and t[:1].isupper() and caps / max(n, 1) >= 0.3),
        "said_colon": float(n <= 6 and bool(re.search(r"\b(?:said|says|wrote|writes|replied)\s*:$", t))),
        "comment_head": float(bool(P.COMMENT_HEAD.match(t))),
        "continues": float(n <= 8 and bool(P.CONTINUES_BELOW.search(t))),
    }


def prose_score(f: dict[str, float]) -> float:
    """Hand-set evidence that a line is running text (used by the rules and as a feature)."""
    if f["url"] or f["number"] or f["iso_date"]:
        return 0.0
    words = math.expm1(f["log_words"])
    score = min(words, 40) / 40 + 0.3 * f["terminal"] + 0.5 * min(f["stopwords"], 0.5) \
        - 0.4 * f["cap_share"] * (words < 15)
    return max(0.0, min(1.0, score))


# A line continues the sentence of the line before when it starts like this
# (lower case, closing punctuation, a possessive "’s" left over from a link).
_CONTINUES = re.compile(r"^(?:[a-z\u00df-\u00ff]|\([a-z]|[,.;:!?)\]%\u2019\u201d'\"](?:\s|s\b|$)"
                        r"|[,;:)\]%\u2019\u201d])")
# A short line (a linked name) between two parts of a sentence joins them.
CHAIN_LINK_WORDS = 6
# Chains longer than this are not one sentence split by markup.
CHAIN_MAX_LINES = 40


def chains(lines: list[Line]) -> list[int]:
    """For each line, the index of the first line of its chain: the lines of one
    sentence or paragraph that inline markup (links, italics) split into several
    dump lines ("When the immunologist" / "Jane Roe" / "at the university looked ...").
    A line joins the one before when that has no sentence end and it continues
    the sentence, or it is a short name followed by a line that continues it."""
    texts = [l.text for l in lines]
    cont = [bool(_CONTINUES.match(t)) for t in texts]
    ends = [bool(P.TERMINAL.search(t)) or bool(P.URL.match(t)) for t in texts]
    heads = list(range(len(lines)))
    for i in range(1, len(lines)):
        if ends[i - 1] or heads[i - 1] <= i - CHAIN_MAX_LINES:
            continue
        linked = (len(texts[i].split()) <= CHAIN_LINK_WORDS and not ends[i] and i + 1 < len(lines)
                  and cont[i + 1] and not cont[i])
        if cont[i] or linked:
            heads[i] = heads[i - 1]
    return heads


def _chain_shapes(lines: list[Line], heads: list[int], shapes: list[dict[str, float]]) -> list[dict[str, float]]:
    """Shape features of each line's whole chain (the line's own for a one-line chain)."""
    out: list[dict[str, float]] = [{} for _ in lines]
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and heads[j + 1] == heads[i]:
            j += 1
        if j == i:
            shape = shapes[i]
        else:
            text = " ".join(l.text for l in lines[i:j + 1])
            shape = _shape(Line(index=i, number=lines[i].number, start=lines[i].start, end=lines[j].end, text=text))
        size = math.log1p(j - i)
        for k in range(i, j + 1):
            out[k] = {"chain_log_words": shape["log_words"], "chain_terminal": shape["terminal"],
                      "chain_stopwords": shape["stopwords"], "chain_sentences": shape["sentences"],
                      "chain_prose": prose_score(shape), "chain_size": size,
                      "chain_first": float(k == i), "chain_last": float(k == j)}
        i = j + 1
    return out


def line_features(lines: list[Line], ctx: PageContext | None = None) -> list[dict[str, float]]:
    ctx = ctx or page_context(lines)
    shapes = [_shape(l) for l in lines]
    heads = chains(lines)
    for s, c in zip(shapes, _chain_shapes(lines, heads, shapes)):
        s.update(c)
    prose = [max(prose_score(s), s["chain_prose"]) for s in shapes]
    total = max(len(lines), 1)
    longest = max((l.end - l.start for l in lines), default=1)
    in_copy = [float(x) for x in ctx.in_copy]
    near_prose, far_prose = window_means(prose, NEAR), window_means(prose, FAR)
    near_in_copy = window_means(in_copy, NEAR)
    out = []
    for i, s in enumerate(shapes):
        f = dict(s)
        f["prose"] = prose[i]
        f["rel_pos"] = i / total
        f["in_head"] = float(i < ctx.head_end)
        f["rel_len"] = (lines[i].end - lines[i].start) / longest
        f["repeated"] = float(ctx.counts[ctx.norms[i]] > 1)
        f["later_copy"] = float(ctx.later_copy[i])
        f["earlier_copy"] = float(ctx.earlier_copy[i])
        f["is_copy"] = float(ctx.is_copy[i])
        f["in_copy"] = float(ctx.in_copy[i])
        f["in_big_copy"] = float(ctx.big_copy[i] == 1)
        f["out_big_copy"] = float(ctx.big_copy[i] == -1)
        f["near_prose"] = near_prose[i]
        f["far_prose"] = far_prose[i]
        f["prev_prose"] = prose[i - 1] if i > 0 else 0.0
        f["next_prose"] = prose[i + 1] if i + 1 < len(prose) else 0.0
        f["near_in_copy"] = near_in_copy[i]
        out.append(f)
    _add_tweets(lines, out)
    _add_neighbours(out)
    _add_anchor(out, ctx)
    return out


_TWEET_LINE = re.compile(r"^(?:pic\.twitter\.com/\S+|[\u2014\u2013-]\s*.{1,60}\(@\w{1,30}\))$")


def _add_tweets(lines: list[Line], feats: list[dict[str, float]]) -> None:
    """``tweet``: the link, signature ("— Name (@handle)") and date line of an embedded tweet."""
    for i, line in enumerate(lines):
        tweet = bool(_TWEET_LINE.match(line.text))
        if not tweet and i > 0 and feats[i]["date_line"] and _TWEET_LINE.match(lines[i - 1].text):
            tweet = True
        feats[i]["tweet"] = float(tweet)


# Articles sit just after their visible headline; text this many lines further
# down (comment boxes, privacy pop-ups, related lists) weighs half as much when
# the body run is chosen. Lines above the headline weigh BEFORE_TITLE_WEIGHT.
DECAY_LINES = 150
BEFORE_TITLE_WEIGHT = 0.7


def _add_anchor(feats: list[dict[str, float]], ctx: PageContext) -> None:
    """``run_weight``: how much a line may count towards the body run, by position."""
    anchor = ctx.head_end
    for i in range(ctx.head_end, len(feats)):
        if feats[i]["earlier_copy"] and feats[i]["headline"]:
            anchor = i  # the headline, repeated from the <title>/og:title values
            break
    for i, f in enumerate(feats):
        if i < anchor:
            f["run_weight"] = BEFORE_TITLE_WEIGHT
        else:
            f["run_weight"] = 1.0 / (1.0 + (i - anchor) / DECAY_LINES)


# Shape features also read off the previous and next lines and the block around,
# because a body line is known as much by its neighbours as by itself.
CONTEXT_KEYS = ("terminal", "short", "one_word", "widget", "log_words", "stopwords", "date_line",
                "credit", "caption", "teaser_label", "url", "in_copy", "cap_share", "later_copy", "chain_prose")


def _add_neighbours(feats: list[dict[str, float]]) -> None:
    n = len(feats)
    for key in CONTEXT_KEYS:
        column = [f[key] for f in feats]
        far = window_means(column, FAR)
        for i, f in enumerate(feats):
            f["prev_" + key] = column[i - 1] if i > 0 else 0.0
            f["next_" + key] = column[i + 1] if i + 1 < n else 0.0
            f["far_" + key] = far[i]


def window_means(values: list[float], radius: int) -> list[float]:
    """For each position, the mean of the other values within ``radius`` (linear time)."""
    prefix = [0.0]
    for v in values:
        prefix.append(prefix[-1] + v)
    n = len(values)
    out = []
    for i in range(n):
        lo, hi = max(0, i - radius), min(n, i + radius + 1)
        count = hi - lo - 1
        out.append((prefix[hi] - prefix[lo] - values[i]) / count if count else 0.0)
    return out


def _window_mean(values: list[float], i: int, radius: int) -> float:
    lo, hi = max(0, i - radius), min(len(values), i + radius + 1)
    others = [values[j] for j in range(lo, hi) if j != i]
    return sum(others) / len(others) if others else 0.0


# Cost of a line that no body run crosses.
HARD_BREAK = 1e6
# Likely lines shorter than this neither extend nor break the body run.
RUN_MIN_WORDS = 4
# ... and so do likely lines without a sentence end shorter than this (headlines).
RUN_HEADLINE_WORDS = 15


def is_boundary(f: dict[str, float]) -> bool:
    return bool(f["said_colon"] or f["date_line"] or (f["widget"] and f["short"]) or f["teaser_label"])


def _sentence_like(feats: list[dict[str, float]], i: int, words: float) -> bool:
    """Ends a sentence, is long, or is part of a hard-wrapped sentence (a neighbour
    continues it in lower case)."""
    f = feats[i]
    wrapped = f["starts_lower"] or (i + 1 < len(feats) and feats[i + 1]["starts_lower"])
    return bool(f["terminal"] or words >= RUN_HEADLINE_WORDS or wrapped)


def best_run(probs: list[float], feats: list[dict[str, float]], threshold: float,
             gap_cost: float) -> tuple[int, int]:
    """Maximum-sum contiguous run of lines: likely lines weigh by their length,
    unlikely ones cost a little, so one caption between paragraphs does not split
    the article but a block of menus does. Returns (first, last); last < first for none."""
    best, best_lo, best_hi = 0.0, 0, -1
    run, run_lo = 0.0, 0
    for i, p in enumerate(probs):
        words = math.expm1(feats[i]["log_words"])
        if feats[i].get("comment_head") or feats[i]["teaser_label"]:
            gain = -HARD_BREAK  # comments or related stories start (dump.py may step over one label)
        elif is_boundary(feats[i]):
            gain = -gap_cost  # page furniture that ends articles: comment heads, dates, share bars
        elif p >= threshold and (words < RUN_MIN_WORDS or not _sentence_like(feats, i, words)):
            gain = 0.0  # likely but not a sentence: cannot vouch for a run (tag, link or headline lists)
        elif p >= threshold:
            gain = (p - threshold + 0.1) * math.log2(2 + words) * feats[i].get("run_weight", 1.0)
        else:
            gain = -gap_cost * (threshold - p + 0.5)
        if run <= 0:
            run, run_lo = 0.0, i
        run += gain
        if run > best:
            best, best_lo, best_hi = run, run_lo, i
    return best_lo, best_hi


# Stage 2 sees stage 1's probabilities around each line and where the densest
# block of running text (the "core") lies: the body is one block, and related
# stories after it look like prose line by line but sit past a boundary.
CORE_THRESHOLD = 0.8
CORE_GAP_COST = 1.0


def stack_features(probs: list[float], feats: list[dict[str, float]]) -> list[dict[str, float]]:
    n = len(probs)
    lo, hi = best_run(probs, feats, CORE_THRESHOLD, CORE_GAP_COST)
    words = sorted(math.expm1(f["log_words"]) for f in feats)
    top = words[int(0.95 * (n - 1))] if words else 1.0
    boundary = [float(f["teaser_label"] or (f["widget"] and f["short"]) or f["date_line"]) for f in feats]
    prefix = [0.0]
    for b in boundary:
        prefix.append(prefix[-1] + b)
    out = []
    for i, p in enumerate(probs):
        inside = lo <= i <= hi
        dist = 0 if inside else (lo - i if i < lo else i - hi)
        between = 0.0 if inside else (prefix[lo] - prefix[i + 1] if i < lo else prefix[i] - prefix[hi + 1])
        out.append({
            "s1": p,
            "s1_near": _window_mean(probs, i, 1),
            "s1_mid": _window_mean(probs, i, 3),
            "s1_far": _window_mean(probs, i, 8),
            "in_core": float(inside),
            "before_core": float(i < lo),
            "after_core": float(i > hi),
            "log_dist_core": math.log1p(dist),
            "log_boundaries": math.log1p(max(between, 0.0)),
            "rel_words": min(1.5, math.expm1(feats[i]["log_words"]) / max(top, 1.0)),
            "terminal": feats[i]["terminal"],
            "short": feats[i]["short"],
        })
    return out
