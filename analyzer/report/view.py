"""View models: plain analysis records -> plain dicts the templates show.

In: the JSON record of DESIGN §8 (``Analysis.to_dict()``) for an article page;
slim per-article rows, per-outlet rows and file links for the index page.
Out: nested dicts of strings, numbers and lists — every text already sliced
from ``record["text"]`` by offsets, every number already formatted, every
link already checked. Templates only loop and print; they decide nothing.

Records are read defensively: a missing or malformed score shows as "n/a",
a span outside the text is dropped, an unknown kind or verb class falls back
to a neutral label. Nothing here builds HTML: escaping happens in exactly one
place, the autoescaping Jinja environment of ``render.py``.
"""
from __future__ import annotations

import math
import re
import urllib.parse
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from analyzer.model import KINDS, SOURCE_TYPES, VERB_CLASSES

WORD = re.compile(r"\w+")
# Ids from the record are used in element ids and fragment links only when
# they are this tame; otherwise an index-based id replaces them.
SAFE_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
# Scoring's key for attributed words whose source has no known affiliation.
NO_AFFILIATION = "(none)"
LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$")
HTTP_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")

# Long removed lines (a JSON-LD copy of the whole body) are cut for display;
# 300 characters show what the line was without doubling the page.
REMOVED_PREVIEW_CHARS = 300
# Chart labels longer than this are shortened (full text in the SVG <title>);
# 22 characters fit the 150 px label column at the chart font size.
CHART_LABEL_CHARS = 22
CHART_WIDTH = 420
CHART_LABEL_W = 160
CHART_BAR_MAX = 190
CHART_ROW_H = 24
# Affiliations beyond this many are folded into "other" so a chart stays short.
CHART_MAX_ROWS = 8

KIND_LABELS = {
    "direct": "Direct quote",
    "mixed": "Partly quoted",
    "indirect": "Paraphrase (indirect)",
}
TYPE_LABELS = {
    "GOV": "government", "POL": "politics", "SEC": "military, police, security",
    "JUD": "courts and law", "INT": "international body", "EXP": "expert",
    "NGO": "NGO, advocacy, union", "BUS": "business", "CIT": "ordinary person",
    "MED": "news media", "DOC": "document or data", "SOC": "social media",
    "OTH": "other",
}
# Plain words for the one-line summary: (singular, plural).
TYPE_NOUNS = {
    "GOV": ("government voice", "government voices"), "POL": ("politician", "politicians"),
    "SEC": ("security voice", "security voices"), "JUD": ("legal voice", "legal voices"),
    "INT": ("international body", "international bodies"), "EXP": ("expert", "experts"),
    "NGO": ("advocacy group", "advocacy groups"), "BUS": ("business voice", "business voices"),
    "CIT": ("ordinary person", "ordinary people"), "MED": ("news outlet", "news outlets"),
    "DOC": ("document", "documents"), "SOC": ("social-media post", "social-media posts"),
    "OTH": ("other source", "other sources"),
}
VERB_NOTES = {
    "neutral": "neutral reporting verb (say, tell, according to)",
    "endorsing": "presents the content as true (confirm, reveal, point out)",
    "distancing": "casts doubt on the content (claim, allege, insist)",
    "concession": "the source gives ground (admit, concede)",
    "denial": "the source denies (deny, reject, dispute)",
    "alarm": "warning or pressure (warn, urge, vow)",
    "mental": "a state of mind the reporter cannot observe (believe, fear)",
    "manner": "describes how it was said (slam, laugh, blast)",
}
IDENTIFICATION_LABELS = {
    "full": "named, with role", "partial": "named only",
    "described": "unnamed, described", "vague": "unnamed, vague",
}
INPUT_LABELS = {
    "dump": "text dump of a whole web page", "html": "saved web page (HTML)",
    "plain": "plain article text", "jsonl": "JSON lines record",
}


# ---------------------------------------------------------------- small readers

def _num(value: Any) -> float | None:
    """A finite number, or None (booleans are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _dig(mapping: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(mapping, Mapping) or key not in mapping:
            return None
        mapping = mapping[key]
    return mapping


def _first_num(scores: Mapping, *paths: tuple[str, ...]) -> float | None:
    """The first path that leads to a number; a dict leads on via 'attributions'/'share'."""
    for path in paths:
        value = _dig(scores, *path)
        if isinstance(value, Mapping):
            value = next((value[k] for k in ("attributions", "share", "value") if k in value), None)
        number = _num(value)
        if number is not None:
            return number
    return None


def _bool(scores: Mapping, key: str) -> bool | None:
    value = scores.get(key)
    return value if isinstance(value, bool) else None


def _str(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _pct(share: float | None) -> str:
    if share is None:
        return "n/a"
    return f"{round(share * 100)}%"


def _count_text(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "n/a"
    if digits == 0 and float(value).is_integer():
        return str(int(value))
    return f"{value:.{digits or 1}f}"


def _yes_no(value: bool | None) -> str:
    return "n/a" if value is None else ("yes" if value else "no")


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _span(value: Any, text_len: int) -> tuple[int, int] | None:
    """``[s, e]`` as a tuple when it is a valid span of the text, else None."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        return None
    start, end = value
    if isinstance(start, bool) or isinstance(end, bool):
        return None
    if not (isinstance(start, int) and isinstance(end, int)):
        return None
    if 0 <= start <= end <= text_len:
        return start, end
    return None


def http_url(url: Any) -> str:
    """The URL itself when it is a plain http(s) link, else "" (shown as text only)."""
    url = _str(url).strip()
    return url if HTTP_URL.match(url) else ""


def safe_href(href: Any) -> str:
    """A relative path or http(s) URL usable in ``href``; anything else gives "".

    Relative paths (our own report files) are percent-encoded rather than
    refused, so an article id with a space still gets its link.
    """
    href = _str(href).strip()
    if HTTP_URL.match(href):
        return href
    if not href or SCHEME.match(href) or href.startswith("//") or "\\" in href:
        return ""
    return urllib.parse.quote(href, safe="/#?&=.-_~%+,;@!$()*")


def _dom_id(raw: Any, prefix: str, index: int) -> str:
    raw = _str(raw)
    return f"{prefix}{raw}" if SAFE_ID.match(raw) else f"{prefix}n{index}"


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------- the record

class _Record:
    """The record's lists, validated once: spans in bounds, ids mapped to rows."""

    def __init__(self, record: Mapping[str, Any]) -> None:
        self.raw = record
        text = record.get("text")
        self.text = text if isinstance(text, str) else ""
        n = len(self.text)
        self.meta = record.get("metadata") if isinstance(record.get("metadata"), Mapping) else {}
        scores = record.get("scores")
        self.scores: Mapping[str, Any] = scores if isinstance(scores, Mapping) else {}
        self.body = sorted(s for s in (_span(v, n) for v in _list(record.get("body"))) if s and s[0] < s[1])
        self.sentences = [s for s in _list(record.get("sentences")) if isinstance(s, Mapping)]
        self.attributions = [a for a in _list(record.get("attributions"))
                             if isinstance(a, Mapping) and _content_spans(a, n)]
        self.sources = [s for s in _list(record.get("sources")) if isinstance(s, Mapping)]
        self.source_by_id: dict[str, tuple[int, Mapping]] = {}
        for i, src in enumerate(self.sources):
            self.source_by_id.setdefault(_str(src.get("id")), (i, src))

    def slice(self, span: tuple[int, int] | None) -> str:
        return self.text[span[0]:span[1]] if span else ""

    def source_anchor(self, source_id: Any) -> str:
        hit = self.source_by_id.get(_str(source_id)) if source_id is not None else None
        if hit is None:
            return ""
        index, src = hit
        return _dom_id(src.get("id"), "source-", index)


def _list(value: Any) -> list:
    return value if isinstance(value, list) else list(value) if isinstance(value, tuple) else []


def _content_spans(attribution: Mapping, text_len: int) -> list[tuple[int, int]]:
    spans = [_span(v, text_len) for v in _list(attribution.get("content_spans"))]
    spans = [s for s in spans if s]
    if not spans:
        envelope = _span(attribution.get("content"), text_len)
        spans = [envelope] if envelope else []
    return sorted({s for s in spans if s[0] < s[1]})


def _kind(value: Any) -> str:
    return value if value in KINDS else "indirect"


def _verb(value: Any) -> str:
    return value if value in VERB_CLASSES else "neutral"


def _stype(value: Any) -> str:
    return value if value in SOURCE_TYPES else "OTH"


# ---------------------------------------------------------------- highlighted body

def _tip(rec: _Record, index: int, attribution: Mapping) -> dict[str, Any]:
    """What hover or keyboard focus shows for one attribution."""
    n = len(rec.text)
    hit = rec.source_by_id.get(_str(attribution.get("source_id")))
    source = hit[1] if hit else {}
    stype = _stype(source.get("type")) if hit else ""
    verb = _verb(attribution.get("verb_class"))
    return {
        "dom": f"tip-{index}",
        "id": _str(attribution.get("id")) or f"a{index}",
        "kind": KIND_LABELS[_kind(attribution.get("kind"))],
        "source_name": _str(source.get("name")) or "no source found",
        "source_text": rec.slice(_span(attribution.get("source"), n)),
        "type": f"{stype} — {TYPE_LABELS[stype]}" if stype else "unknown",
        "official": "official" if source.get("official") is True else "not official",
        "cue": rec.slice(_span(attribution.get("cue"), n)) or "none found",
        "verb": verb,
        "verb_note": VERB_NOTES[verb],
        "nested": bool(attribution.get("parent")),
    }


def _marks(rec: _Record, claim_spans: list[tuple[int, int]]) -> list[tuple[int, int, str, int]]:
    """(start, end, role, index) for every region the body view distinguishes."""
    n = len(rec.text)
    marks: list[tuple[int, int, str, int]] = []
    linked: set[tuple[int, int]] = set()
    for i, att in enumerate(rec.attributions):
        for span in _content_spans(att, n):
            marks.append((span[0], span[1], "content", i))
        for role in ("cue", "source"):
            span = _span(att.get(role), n)
            if span and span[0] < span[1]:
                marks.append((span[0], span[1], role, i))
                if role == "source":
                    linked.add(span)
    for i, src in enumerate(rec.sources):
        for value in _list(src.get("mentions")):
            span = _span(value, n)
            if span and span[0] < span[1] and span not in linked:
                marks.append((span[0], span[1], "mention", i))
    for i, span in enumerate(claim_spans):
        marks.append((span[0], span[1], "claim", i))
    return marks


def _paragraph_bounds(rec: _Record) -> list[tuple[int, int]]:
    """Body regions, further split at blank lines (plain text keeps paragraphs in one region)."""
    out: list[tuple[int, int]] = []
    for start, end in rec.body:
        cursor = start
        for brk in PARAGRAPH_BREAK.finditer(rec.text, start, end):
            if brk.start() > cursor:
                out.append((cursor, brk.start()))
            cursor = brk.end()
        if cursor < end:
            out.append((cursor, end))
    return out


def _segment_view(rec: _Record, start: int, end: int, active: dict[str, list[int]],
                  tips: list[dict], started: set[int], claim_anchor: str) -> dict[str, Any]:
    contents = active["content"]
    seg: dict[str, Any] = {"text": rec.text[start:end], "tag": "", "classes": "", "href": "",
                           "tip": None, "costarts": [], "title": "", "anchor": claim_anchor,
                           "attribution": "", "verb": "", "stype": ""}
    classes: list[str] = []
    if contents:
        # The innermost attribution (latest start) decides the shade; being
        # inside another one is shown by its own line style ("nest").
        inner = max(contents, key=lambda i: (tips[i]["_start"], i))
        classes.append("k-" + tips[inner]["_kind"])
        if len(set(contents)) > 1:
            classes.append("nest")
        firsts = sorted({i for i in contents if i not in started})
        for i in firsts:
            started.add(i)
        if firsts:
            seg["tip"] = tips[firsts[0]]
            seg["attribution"] = tips[firsts[0]]["id"]
            seg["costarts"] = [tips[i] for i in firsts[1:]]
        else:
            seg["title"] = f"{tips[inner]['kind']} · source: {tips[inner]['source_name']}"
    if active["cue"]:
        verb = tips[active["cue"][0]]["verb"]
        classes += ["cue", "v-" + verb]
        seg["verb"] = verb
    source_href = ""
    if active["source"]:
        att = rec.attributions[active["source"][0]]
        source_href = rec.source_anchor(att.get("source_id"))
        seg["stype"] = tips[active["source"][0]]["_stype"]
        classes.append("src")
    elif active["mention"]:
        src = rec.sources[active["mention"][0]]
        source_href = rec.source_anchor(src.get("id"))
        seg["stype"] = _stype(src.get("type"))
        classes.append("src")
    if active["claim"] and not contents:
        classes.append("claim")
    seg["href"] = "#" + source_href if source_href else ""
    seg["classes"] = " ".join(classes)
    if seg["href"]:
        seg["tag"] = "a"
    elif seg["tip"] or contents:
        seg["tag"] = "mark"
    elif classes:
        seg["tag"] = "span"
    return seg


def _tips(rec: _Record) -> list[dict[str, Any]]:
    """One tooltip per attribution, plus the keys the sweep needs (prefixed ``_``)."""
    tips = []
    n = len(rec.text)
    for i, att in enumerate(rec.attributions):
        tip = _tip(rec, i, att)
        tip["_start"] = _content_spans(att, n)[0][0]
        tip["_kind"] = _kind(att.get("kind"))
        hit = rec.source_by_id.get(_str(att.get("source_id")))
        tip["_stype"] = _stype(hit[1].get("type")) if hit else ""
        tips.append(tip)
    return tips


def body_paragraphs(rec: _Record, claim_spans: list[tuple[int, int]],
                    claim_ids: list[str]) -> tuple[list[list[dict]], int]:
    """The body as paragraphs of segments, split at every span boundary.

    A sweep over sorted boundaries keeps the set of spans covering each
    segment, so nested and overlapping spans cost O(boundaries + spans).
    Returns the paragraphs and how many attributions got a first segment.
    """
    tips = _tips(rec)
    marks = _marks(rec, claim_spans)
    paragraphs = _paragraph_bounds(rec)
    opens: dict[int, list[tuple[str, int]]] = {}
    closes: dict[int, list[tuple[str, int]]] = {}
    points = set()
    for s, e, role, i in marks:
        opens.setdefault(s, []).append((role, i))
        closes.setdefault(e, []).append((role, i))
        points.update((s, e))
    for s, e in paragraphs:
        points.update((s, e))
    ordered = sorted(points)
    active: dict[str, list[int]] = {"content": [], "cue": [], "source": [], "mention": [], "claim": []}
    started: set[int] = set()
    out: list[list[dict]] = []
    para_iter = iter(paragraphs)
    para = next(para_iter, None)
    current: list[dict] = []
    for k, pos in enumerate(ordered):
        for role, i in closes.get(pos, ()):
            active[role].remove(i)
        for role, i in opens.get(pos, ()):
            active[role].append(i)
        while para is not None and pos >= para[1]:
            if current:
                out.append(current)
            current = []
            para = next(para_iter, None)
        if para is None or k + 1 == len(ordered):
            continue
        nxt = ordered[k + 1]
        if pos < para[0] or nxt > para[1]:
            continue
        anchor = ""
        for _role, i in opens.get(pos, ()):
            if _role == "claim":
                anchor = claim_ids[i]
        current.append(_segment_view(rec, pos, nxt, active, tips, started, anchor))
    if current:
        out.append(current)
    return out, len(started)


# ---------------------------------------------------------------- measures

N_SUFFIX = re.compile(r" \(n=\d+\)$")


def _short_label(label: str) -> str:
    """Shorten a chart label, keeping a trailing "(n=12)" whole."""
    suffix = N_SUFFIX.search(label)
    if not suffix or len(label) <= CHART_LABEL_CHARS:
        return _short(label, CHART_LABEL_CHARS)
    head = label[: suffix.start()]
    return _short(head, max(4, CHART_LABEL_CHARS - len(suffix.group()))) + suffix.group()


def _bar_rows(items: list[tuple[str, float, str]], scale_max: float) -> list[dict[str, Any]]:
    rows = []
    for k, (label, value, value_text) in enumerate(items):
        width = 0.0 if scale_max <= 0 else max(0.0, min(1.0, value / scale_max)) * CHART_BAR_MAX
        rows.append({
            "label": _short_label(label), "label_full": label,
            "value_text": value_text, "y": k * CHART_ROW_H, "text_y": k * CHART_ROW_H + 16,
            "w": round(width, 1), "value_x": CHART_LABEL_W + round(width, 1) + 6,
        })
    return rows


def _chart(key: str, title: str, definition: str, n_text: str,
           items: list[tuple[str, float, str]] | None, *, shares: bool) -> dict[str, Any]:
    items = items or []
    scale = 1.0 if shares else max([v for _l, v, _t in items] + [0.0])
    rows = _bar_rows(items, scale)
    return {
        "id": "chart-" + key, "title": title, "definition": definition, "n_text": n_text,
        "rows": rows, "empty": not rows, "width": CHART_WIDTH, "label_w": CHART_LABEL_W,
        "bar_x": CHART_LABEL_W, "bar_max": CHART_BAR_MAX, "height": max(1, len(rows)) * CHART_ROW_H + 4,
    }


def _share_items(shares: Mapping[str, Any], labels: Iterable[str] | None = None) -> list[tuple[str, float, str]]:
    keys = list(labels) if labels is not None else list(shares)
    items = []
    for key in keys:
        value = _num(shares.get(key)) if isinstance(shares, Mapping) else None
        if value is not None:
            items.append((key, value, _pct(value)))
    return items


def _count_items(counts: Mapping[str, Any], order: Iterable[str] | None = None) -> list[tuple[str, float, str]]:
    keys = list(order) if order is not None else sorted(counts, key=lambda k: (-(_num(counts[k]) or 0), k))
    items = []
    for key in keys:
        value = _num(counts.get(key))
        if value is not None and (value > 0 or order is None):
            items.append((key, value, _count_text(value)))
    return items


def _fold(items: list[tuple[str, float, str]], *, shares: bool) -> list[tuple[str, float, str]]:
    if len(items) <= CHART_MAX_ROWS:
        return items
    items = sorted(items, key=lambda it: -it[1])
    keep, rest = items[: CHART_MAX_ROWS - 1], items[CHART_MAX_ROWS - 1:]
    total = sum(v for _l, v, _t in rest)
    return keep + [("other", total, _pct(total) if shares else _count_text(total))]


def _kind_shares(scores: Mapping, basis: str) -> dict[str, float]:
    raw = scores.get("kind_shares")
    out: dict[str, float] = {}
    for kind in KINDS:
        value = _first_num({"k": raw}, ("k", basis, kind), ("k", kind, basis), ("k", kind))
        if value is not None:
            out[kind] = value
    return out


def _counted(values: Iterable[Any], order: Iterable[str]) -> dict[str, int]:
    counts = Counter(values)
    return {key: counts.get(key, 0) for key in order}


class Measures:
    """Scores read once, with the few counts a record states outright as fallbacks."""

    def __init__(self, rec: _Record) -> None:
        s = rec.scores
        self.s = s
        self.n_attributions = _first_num(s, ("n_attributions",))
        if self.n_attributions is None:
            self.n_attributions = float(len(rec.attributions))
        self.n_sources = _first_num(s, ("n_sources",))
        if self.n_sources is None:
            self.n_sources = float(len(rec.sources))
        self.body_tokens = _first_num(s, ("body_tokens",))
        self.body_sentences = _first_num(s, ("body_sentences",))
        self.attributed_tokens = _first_num(s, ("attributed_tokens",))
        self.token_share = _first_num(s, ("attributed_token_share",))
        self.sentence_share = _first_num(s, ("attributed_sentence_share",))
        self.per_100 = _first_num(s, ("attributions_per_100_sentences",))
        self.official_share = _first_num(s, ("official_share", "attributions"), ("official_share",))
        self.official_token_share = _first_num(s, ("official_share", "tokens"), ("official_token_share",))
        self.named_share = _first_num(s, ("named_source_share",))
        self.loaded_share = _first_num(s, ("loaded_verb_share",))
        self.top_share = _first_num(s, ("top_source_share",))
        self.effective_types = _first_num(s, ("effective_types",))
        self.entropy = _first_num(s, ("type_entropy",))
        self.fully_identified = _first_num(s, ("fully_identified_sources",))
        self.cites_anonymous = _bool(s, "cites_anonymous")
        self.solely_anonymous = _bool(s, "relies_solely_on_anonymous")
        band = s.get("pej_band")
        self.pej_band = band if isinstance(band, str) and len(band) < 10 else "n/a"
        self.kinds = _kind_shares(s, "attributions")
        self.kind_counts = _counted((_kind(a.get("kind")) for a in rec.attributions), KINDS)
        tc = s.get("type_counts")
        self.type_counts = tc if isinstance(tc, Mapping) else \
            _counted((_stype(x.get("type")) for x in rec.sources), SOURCE_TYPES)
        vc = s.get("verb_class_counts")
        self.verb_counts = vc if isinstance(vc, Mapping) else \
            _counted((_verb(a.get("verb_class")) for a in rec.attributions if a.get("cue")), VERB_CLASSES)
        aff = s.get("affiliation_shares")
        self.affiliations = aff if isinstance(aff, Mapping) else None
        gc = s.get("gender_counts")
        self.gender_counts = gc if isinstance(gc, Mapping) else None
        if self.named_share is None and rec.sources:
            self.named_share = sum(1 for x in rec.sources if x.get("named") is True) / len(rec.sources)

    def direct_share(self) -> float | None:
        if "direct" in self.kinds:
            return self.kinds["direct"]
        total = sum(self.kind_counts.values())
        return self.kind_counts["direct"] / total if total else None


def _n(value: float | None, one: str, many: str) -> str:
    if value is None:
        return f"n not available ({many})"
    return f"n = {_count_text(value)} {one if value == 1 else many}"


def measure_charts(m: Measures) -> list[dict[str, Any]]:
    """The small charts of the Measures section, each with its n and definition."""
    attributed = None
    if m.token_share is not None:
        attributed = [("Attributed to sources", m.token_share, _pct(m.token_share)),
                      ("Outlet's own narration", 1 - m.token_share, _pct(1 - m.token_share))]
    kinds = _share_items(m.kinds, KINDS) if m.kinds else None
    if not kinds and sum(m.kind_counts.values()):
        total = sum(m.kind_counts.values())
        kinds = [(k, v / total, _pct(v / total)) for k, v in m.kind_counts.items()]
    official = None
    if m.official_share is not None:
        official = [("Official", m.official_share, _pct(m.official_share)),
                    ("Not official", 1 - m.official_share, _pct(1 - m.official_share))]
    named = None
    if m.named_share is not None:
        named = [("Named", m.named_share, _pct(m.named_share)),
                 ("Unnamed (anonymous)", 1 - m.named_share, _pct(1 - m.named_share))]
    types = _count_items(m.type_counts, SOURCE_TYPES)
    types = [(f"{k} {TYPE_LABELS[k]}", v, t) for k, v, t in types]
    affiliations = None
    if m.affiliations:
        affiliations = [("no clear affiliation" if label == NO_AFFILIATION else label, v, t)
                        for label, v, t in _fold(_share_items(m.affiliations), shares=True)]
    verbs = _count_items(m.verb_counts, VERB_CLASSES)
    genders = _count_items(m.gender_counts, ("woman", "man", "unknown")) if m.gender_counts else None
    return [
        _chart("attributed", "Attributed vs narration",
               "Share of the body's words inside what the article attributes to a source.",
               _n(m.body_tokens, "word", "words"), attributed, shares=True),
        _chart("kinds", "Kinds of attribution",
               "Direct: wholly in quote marks; partly quoted; indirect: paraphrase with no quote marks.",
               _n(m.n_attributions, "attribution", "attributions"), kinds, shares=True),
        _chart("types", "Source types",
               "How many distinct sources of each type are heard (a group counts once).",
               _n(m.n_sources, "source", "sources"), types, shares=False),
        _chart("official", "Official vs non-official",
               "Share of attributions from official sources (government, security, courts, "
               "international bodies).",
               _n(m.n_attributions, "attribution", "attributions"), official, shares=True),
        _chart("named", "Named vs anonymous",
               "Share of sources whose proper name the article gives.",
               _n(m.n_sources, "source", "sources"), named, shares=True),
        _chart("affiliations", "Who is heard: affiliations",
               "Share of attributed words per country or organisation of the source.",
               _n(m.attributed_tokens, "attributed word", "attributed words"), affiliations, shares=True),
        _chart("verbs", "Reporting verbs",
               "How the article introduces what sources say; anything but neutral colours the content.",
               _n(float(sum(v for _l, v, _t in verbs)) if verbs else None, "cue", "cues"), verbs, shares=False),
        _chart("gender", "Gender of person sources",
               "From the article's own pronouns and titles; unknown is kept, never guessed.",
               _n(float(sum(v for _l, v, _t in genders)) if genders else None, "source", "sources"),
               genders, shares=False),
    ]


def key_figures(m: Measures) -> list[dict[str, str]]:
    """A definition list of the single-number measures."""
    n_sources = _count_text(m.n_sources)
    return [
        {"term": "Sources heard", "value": f"{n_sources} (band {m.pej_band})",
         "note": "Distinct sources; bands 0, 1-2, 3, 4+ follow the Pew Project for Excellence in Journalism."},
        {"term": "Fully identified sources", "value": _count_text(m.fully_identified),
         "note": "Sources given with name and role or affiliation."},
        {"term": "Sentences holding an attribution", "value": _pct(m.sentence_share),
         "note": _n(m.body_sentences, "sentence", "sentences") + " in the body."},
        {"term": "Attributions per 100 sentences", "value": _count_text(m.per_100, 1),
         "note": "Our own label: attributions ÷ body sentences × 100."},
        {"term": "Official share by words", "value": _pct(m.official_token_share),
         "note": "Attributed words from official sources ÷ all attributed words."},
        {"term": "Effective number of source types", "value": _count_text(m.effective_types, 1),
         "note": "exp(Shannon entropy of the type counts): 1 means a single type."},
        {"term": "Reliance on the top source", "value": _pct(m.top_share),
         "note": "Share of attributions from the most-quoted source."},
        {"term": "Loaded reporting verbs", "value": _pct(m.loaded_share),
         "note": "Cues that are not neutral ÷ all cues."},
        {"term": "Cites an anonymous source", "value": _yes_no(m.cites_anonymous),
         "note": "Any source without a name."},
        {"term": "Relies solely on anonymous sources", "value": _yes_no(m.solely_anonymous),
         "note": "Every source is unnamed (Pew's measure)."},
    ]


# ---------------------------------------------------------------- summary

def _sides_phrase(scores: Mapping) -> str:
    """'none from X or Y' for configured sides with no source (issue 6 example).

    Scoring gives ``sides = {"token_shares": {...}, "sources": {...}, "absent": [...]}``;
    a plain ``{side: share}`` mapping is read too.
    """
    sides = scores.get("sides")
    if not isinstance(sides, Mapping):
        return ""
    if isinstance(sides.get("absent"), list):
        silent = [_str(name) for name in sides["absent"] if _str(name)]
    else:
        silent = [_str(name) for name, value in sides.items() if _num(value) == 0]
    silent = [name for name in silent if name != NO_AFFILIATION]
    if not silent:
        return ""
    listed = silent[0] if len(silent) == 1 else ", ".join(silent[:-1]) + " or " + silent[-1]
    return f"none from {listed}"


def _share_phrase(share: float | None) -> str:
    if share is None:
        return "How much of this article reports what others said could not be measured."
    tenths = round(share * 10)
    if share == 0:
        return "None of the words of this article report what others said."
    if tenths == 0:
        return "Fewer than 1 in 20 words of this article report what others said." if share < 0.05 \
            else "About 1 in 10 words of this article report what others said."
    if tenths == 10:
        return "Nearly all the words of this article report what others said."
    return f"About {tenths} in 10 words of this article report what others said."


def summary_line(rec: _Record, m: Measures) -> str:
    """The one-line plain-language summary of the header."""
    parts = [_share_phrase(m.token_share)]
    if not rec.sources:
        parts.append("No source is heard.")
        return " ".join(parts)
    official = sum(1 for s in rec.sources if s.get("official") is True)
    groups = Counter(_stype(s.get("type")) for s in rec.sources if s.get("official") is not True)
    pieces = [f"{official} official"] if official else []
    for stype in SOURCE_TYPES:
        if groups.get(stype):
            one, many = TYPE_NOUNS[stype]
            pieces.append(_plural(groups[stype], one, many))
    verb = "is" if len(rec.sources) == 1 else "are"
    sentence = f"{_plural(len(rec.sources), 'source', 'sources')} {verb} heard: " + ", ".join(pieces)
    sides = _sides_phrase(rec.scores)
    parts.append(sentence + ("; " + sides if sides else "") + ".")
    return " ".join(parts)


# ---------------------------------------------------------------- sections

def source_rows(rec: _Record) -> list[dict[str, Any]]:
    """'Who is heard': one row per source with counts, verbs and the IMVAIN checklist."""
    n = len(rec.text)
    by_source: dict[str, list[Mapping]] = {}
    for att in rec.attributions:
        by_source.setdefault(_str(att.get("source_id")), []).append(att)
    rows = []
    for i, src in enumerate(rec.sources):
        atts = by_source.get(_str(src.get("id")), []) if src.get("id") is not None else []
        spans = sorted({sp for a in atts for sp in _content_spans(a, n)})
        words = _words("\n".join(rec.slice(sp) for sp in _merge(spans)))
        verbs = sorted({(rec.slice(_span(a.get("cue"), n)).lower(), _verb(a.get("verb_class")))
                        for a in atts if _span(a.get("cue"), n)})
        named = src.get("named") is True
        stype = _stype(src.get("type"))
        ident = src.get("identification")
        others = len(rec.sources) - 1
        rows.append({
            "anchor": _dom_id(src.get("id"), "source-", i),
            "name": _str(src.get("name")) or "(no name)",
            "type": stype, "type_label": TYPE_LABELS[stype],
            "official": _yes_no(src.get("official") if isinstance(src.get("official"), bool) else None),
            "named": "named" if named else "unnamed",
            "identification": IDENTIFICATION_LABELS.get(ident, "n/a") if isinstance(ident, str) else "n/a",
            "affiliation": _str(src.get("affiliation")) or "unclear",
            "gender": _str(src.get("gender")) or "unknown",
            "n_attributions": len(atts), "words": words,
            "verbs": [{"text": t, "verb": v} for t, v in verbs],
            "imvain_named": "yes" if named else "no",
            "imvain_multiple": ("yes" if others > 0 else "no") + f" ({others} other{'' if others == 1 else 's'})",
        })
    return rows


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _claim_entries(rec: _Record) -> list[dict[str, Any]]:
    """unattributed_claims in whatever shape scoring gives: indexes, spans, dicts or texts."""
    raw = rec.scores.get("unattributed_claims")
    n = len(rec.text)
    by_index = {s.get("index"): _span(s.get("span"), n) for s in rec.sentences}
    out = []
    for item in _list(raw):
        span, text, why = None, "", ""
        if isinstance(item, int) and not isinstance(item, bool):
            span = by_index.get(item)
        elif isinstance(item, (list, tuple)):
            span = _span(item, n)
        elif isinstance(item, str):
            text = item
        elif isinstance(item, Mapping):
            span = _span(item.get("span"), n)
            if span is None:
                span = by_index.get(item.get("sentence", item.get("index")))
            text = _str(item.get("text"))
            reason = item.get("cues", item.get("reason", item.get("why")))
            why = ", ".join(map(_str, reason)) if isinstance(reason, list) else _str(reason)
        text = rec.slice(span) if span else text
        if text.strip():
            out.append({"span": span, "text": text, "why": why})
    return out


def anonymous_rows(rec: _Record) -> list[dict[str, Any]]:
    n = len(rec.text)
    rows = []
    for i, src in enumerate(rec.sources):
        if src.get("named") is True:
            continue
        reason = rec.slice(_span(src.get("anonymity_reason"), n))
        if not reason:
            reason = "The text says why, but the passage was not located." \
                if src.get("anonymity_justified") is True else "No reason given in the text."
        rows.append({"anchor": _dom_id(src.get("id"), "source-", i),
                     "name": _str(src.get("name")) or "(no name)", "reason": reason,
                     "identification": IDENTIFICATION_LABELS.get(src.get("identification"), "n/a")
                     if isinstance(src.get("identification"), str) else "n/a"})
    return rows


def removed_rows(rec: _Record) -> list[dict[str, str]]:
    n = len(rec.text)
    rows = []
    for item in _list(rec.raw.get("removed")):
        if not isinstance(item, Mapping):
            continue
        span = _span(item.get("span"), n)
        if span is None:
            continue
        text = rec.slice(span)
        extra = len(text) - REMOVED_PREVIEW_CHARS
        rows.append({"reason": _str(item.get("reason")) or "other",
                     "text": text[:REMOVED_PREVIEW_CHARS],
                     "more": f"… ({extra} more characters)" if extra > 0 else ""})
    return rows


def questions(rec: _Record, m: Measures) -> list[str]:
    """Discussion questions; a few follow from what this article's numbers show."""
    out = [
        "Which sentences are the outlet speaking in its own voice, and which rest on someone else's word?",
        "Who is heard in this article, and who could have been asked but was not?",
        "Pick one claim from 'Trace it': how could you check it, and who would know?",
    ]
    if m.official_share is not None and m.official_share >= 0.6:
        out.append("Most attributions come from officials. What would a non-official source add?")
    if m.cites_anonymous:
        out.append("Why might a source stay anonymous here, and does the article tell you why?")
    if m.loaded_share:
        out.append("Find a verb other than 'said'. How does it change what you think of the content?")
    out.append("Does giving several sides make an article accurate? What else would you need to know?")
    return out


# ---------------------------------------------------------------- pages

def article_view(record: Mapping[str, Any], *, index_href: str | None = "index.html",
                 back_label: str = "All articles", worksheet: bool = False) -> dict[str, Any]:
    """Everything the article page shows, from one analysis record.

    ``worksheet`` makes the printed page a one-page class worksheet (the
    marked-up article and the questions); ``back_label`` names the nav link.
    """
    rec = _Record(record if isinstance(record, Mapping) else {})
    m = Measures(rec)
    meta = rec.meta
    claims = _claim_entries(rec)
    claim_ids = [f"claim-{i}" for i in range(len(claims))]
    claim_spans = [c["span"] for c in claims if c["span"]]
    claim_span_ids = [claim_ids[i] for i, c in enumerate(claims) if c["span"]]
    paragraphs, n_highlighted = body_paragraphs(rec, claim_spans, claim_span_ids)
    for i, claim in enumerate(claims):
        claim["anchor"] = claim_ids[i] if claim["span"] else ""
    url = _str(meta.get("url"))
    language = _str(meta.get("language"))
    title = _str(meta.get("title")) or _str(record.get("id")) or "Untitled article"
    fmt = _str(record.get("format"))
    warnings = [_str(w) for w in _list(record.get("warnings"))]
    if rec.attributions and n_highlighted < len(rec.attributions):
        warnings.append(f"{len(rec.attributions) - n_highlighted} attribution(s) lie outside the body "
                        "and are not highlighted.")
    return {
        "title": title,
        "id": _str(record.get("id")),
        "outlet": _str(meta.get("outlet")) or "unknown outlet",
        "published": _str(meta.get("published")) or "date unknown",
        "authors": ", ".join(_str(a) for a in _list(meta.get("authors"))),
        "dateline": _str(meta.get("dateline")),
        "agency": _str(meta.get("agency")),
        "url_text": url, "url_href": http_url(url),
        "input_kind": INPUT_LABELS.get(fmt, fmt or "unknown"),
        "body_lang": language if LANG_TAG.match(language) else "",
        "summary": summary_line(rec, m),
        "paragraphs": paragraphs,
        "has_body": bool(paragraphs),
        "legend_kinds": [{"cls": "k-" + k, "label": KIND_LABELS[k]} for k in KINDS],
        "n_attributions": len(rec.attributions),
        "sources": source_rows(rec),
        "charts": measure_charts(m),
        "figures": key_figures(m),
        "claims": claims,
        "claims_known": isinstance(rec.scores.get("unattributed_claims"), list),
        "anonymous": anonymous_rows(rec),
        "removed": removed_rows(rec),
        "questions": questions(rec, m),
        "warnings": warnings,
        "version": _str(record.get("version")) or "unknown",
        "index_href": safe_href(index_href) if index_href else "",
        "back_label": back_label, "worksheet": worksheet,
        "verb_notes": [{"verb": v, "note": VERB_NOTES[v]} for v in VERB_CLASSES],
        "type_labels": [{"code": t, "label": TYPE_LABELS[t]} for t in SOURCE_TYPES],
        "data": {"id": _str(record.get("id")), "version": _str(record.get("version")),
                 "n_attributions": len(rec.attributions),
                 "attribution_ids": [_str(a.get("id")) for a in rec.attributions]},
    }


# ---------------------------------------------------------------- index

# (key in a slim row's scores, column label, how to read it)
INDEX_MEASURES = (
    ("attributed_token_share", "Attributed share"),
    ("n_sources", "Sources"),
    ("official_share", "Official share"),
    ("named_source_share", "Named share"),
    ("cites_anonymous", "Cites anonymous"),
    ("direct_share", "Direct share"),
)


def _row_measures(scores: Mapping) -> dict[str, float | None]:
    kinds = _kind_shares(scores, "attributions")
    anonymous = scores.get("cites_anonymous")
    return {
        "attributed_token_share": _first_num(scores, ("attributed_token_share",)),
        "n_sources": _first_num(scores, ("n_sources",)),
        "official_share": _first_num(scores, ("official_share", "attributions"), ("official_share",)),
        "named_source_share": _first_num(scores, ("named_source_share",)),
        "cites_anonymous": (1.0 if anonymous else 0.0) if isinstance(anonymous, bool) else None,
        "direct_share": kinds.get("direct", _first_num(scores, ("direct_share",))),
    }


# The corpus row of analyzer.aggregate, and how its bar is labelled.
CORPUS_KEY = "(all)"
CORPUS_LABEL = "All articles"


def _article_row(row: Mapping[str, Any], index: int) -> dict[str, Any]:
    scores = row.get("scores") if isinstance(row.get("scores"), Mapping) else {}
    values = _row_measures(scores)
    title = _str(row.get("title")) or _str(row.get("id")) or f"Article {index + 1}"
    warnings = [_str(w) for w in _list(row.get("warnings"))]
    anonymous = values["cites_anonymous"]
    return {
        "title": title, "href": safe_href(row.get("href")),
        "outlet": _str(row.get("outlet")), "published": _str(row.get("published"))[:10],
        "url_href": http_url(row.get("url")),
        "cells": [
            {"text": _pct(values["attributed_token_share"]), "sort": values["attributed_token_share"]},
            {"text": _count_text(values["n_sources"]), "sort": values["n_sources"]},
            {"text": _pct(values["official_share"]), "sort": values["official_share"]},
            {"text": "n/a" if anonymous is None else ("yes" if anonymous else "no"), "sort": anonymous},
            {"text": _pct(values["direct_share"]), "sort": values["direct_share"]},
        ],
        "warnings": warnings, "values": values,
    }


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _given_mean(given: Mapping[str, Any] | None, key: str) -> float | None:
    """A mean from the aggregate rows: long (one row per measure) or wide (``<key>_mean``)."""
    if not given:
        return None
    row = given.get(key)
    if isinstance(row, Mapping):
        return _num(row.get("mean"))
    return _num(given.get(key + "_mean"))


def _outlet_value(given: Mapping | None, key: str, rows: list[dict]) -> float | None:
    value = _given_mean(given, key)
    if value is not None:
        return value
    return _mean([r["values"][key] for r in rows if r["values"][key] is not None])


def _given_by_outlet(outlets: list[Mapping]) -> dict[str, dict[str, Any]]:
    given: dict[str, dict[str, Any]] = {}
    for row in outlets:
        if not isinstance(row, Mapping):
            continue
        name = _str(row.get("outlet"))
        if "measure" in row:
            given.setdefault(name, {})[_str(row.get("measure"))] = row
        else:
            given.setdefault(name, {}).update(row)
    return given


def outlet_charts(rows: list[dict], outlets: list[Mapping]) -> list[dict[str, Any]]:
    """Per-outlet means of the index measures as bar charts, labelled with article counts.

    Means come from the aggregate rows when they carry them (``analyzer.aggregate``),
    else from the article rows; the first bar is the whole corpus.
    """
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["outlet"] or "unknown outlet", []).append(row)
    given = _given_by_outlet(outlets)
    charts = []
    for key, label in INDEX_MEASURES:
        items = []
        bars = [(CORPUS_LABEL, CORPUS_KEY, rows)] + [(o, o, groups[o]) for o in sorted(groups)]
        for name, given_key, members in bars if len(groups) > 1 else bars[1:]:
            value = _outlet_value(given.get(given_key), key, members)
            if value is not None:
                text = _count_text(value, 1) if key == "n_sources" else _pct(value)
                items.append((f"{name} (n={len(members)})", value, text))
        what = "articles citing an anonymous source" if key == "cites_anonymous" else f"mean {label.lower()}"
        charts.append(_chart("outlet-" + key.replace("_", "-"), f"{label} by outlet",
                             f"Per outlet: {what}; n = articles per outlet.",
                             _plural(len(rows), "article", "articles"), items, shares=key != "n_sources"))
    return charts


def index_view(articles: list[Mapping[str, Any]], outlets: list[Mapping[str, Any]],
               files: Mapping[str, str], *, title: str = "Sourcing report") -> dict[str, Any]:
    rows = [_article_row(a, i) for i, a in enumerate(articles) if isinstance(a, Mapping)]
    outlet_names = sorted({r["outlet"] for r in rows if r["outlet"]})
    return {
        "title": _str(title) or "Sourcing report",
        "rows": rows,
        "n_articles": len(rows),
        "outlets": outlet_names,
        "charts": outlet_charts(rows, list(outlets or [])),
        "files": [{"name": _str(name), "href": safe_href(href)}
                  for name, href in (files or {}).items() if safe_href(href)],
    }
