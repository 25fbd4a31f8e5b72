"""Score the analyzer's attributions against gold annotations (PolNeAR-style JSONL).

In: a gold JSONL file — records ``{"id", "text", "publisher"?, "attributions":
[{"content", "content_spans"?, "cue", "source", "type"}]}`` with character
offsets — and the input format to analyse the texts with.
Out: ``evaluate_file`` returns a dict with the metrics of the reference scorer
(``../shared/eval/attribution_score.py``: match@0.5, match@0.9, full@0.5,
token, cue|match, source|match, share MAE, recall by type, counts), plus
``by_publisher`` rows and ``recall by kind`` (the kind we predicted, for
matched pairs); ``format_evaluation`` prints it.

The scoring below re-implements the reference scorer's definitions exactly
(word tokens ``\\w+``, greedy one-to-one pairing by content Dice); a test checks
that both agree to three decimals. Nested attributions (``parent`` set) are
scored like the rest, because the analyzer's JSON output holds all of them.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any, Iterable

WORD = re.compile(r"\w+")


def _tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in WORD.finditer(text)]


def _to_set(starts: list[int], ends: list[int], spans: list[tuple[int, int]]) -> frozenset[int]:
    """Indices of word tokens overlapping any span (binary search over sorted tokens)."""
    import bisect
    out: set[int] = set()
    for s, e in spans:
        k = bisect.bisect_right(ends, s)  # first token ending after s
        while k < len(starts) and starts[k] < e:
            out.add(k)
            k += 1
    return frozenset(out)


def _spans_of(att: dict[str, Any], key: str) -> list[tuple[int, int]]:
    many = att.get(key + "_spans")
    if many:
        return [tuple(x) for x in many]
    one = att.get(key)
    return [tuple(one)] if one else []


def _dice(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _prf(tp: float, npred: float, ngold: float) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class _Tally:
    """Counts for one group of articles (all, or one publisher)."""

    def __init__(self) -> None:
        self.c: dict[str, float] = defaultdict(float)
        self.shares: list[float] = []
        self.by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.articles = 0

    def add(self, text: str, gold_atts: list[dict], pred_atts: list[dict]) -> None:
        toks = _tokens(text)
        starts = [a for a, _ in toks]
        ends = [b for _, b in toks]

        def as_set(att: dict, key: str) -> frozenset[int]:
            return _to_set(starts, ends, _spans_of(att, key))

        gold = [(as_set(a, "content"), as_set(a, "cue"), as_set(a, "source"), a.get("type", "?"))
                for a in gold_atts]
        gold = [x for x in gold if x[0]]
        pred = [(as_set(a, "content"), as_set(a, "cue"), as_set(a, "source"), a.get("kind", "?"))
                for a in pred_atts]
        pred = [x for x in pred if x[0]]
        self.articles += 1
        c = self.c
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        pairs = sorted(((_dice(g[0], p[0]), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                       reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        for d, i, j in pairs:
            if d <= 0 or i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            g, p = gold[i], pred[j]
            if d >= 0.5:
                c["m5"] += 1
                self.by_type[g[3]][0] += 1
                self.by_kind[p[3]][0] += 1
                cue_ok = (not g[1] and not p[1]) or bool(g[1] & p[1])
                src_ok = (not g[2] and not p[2]) or bool(g[2] & p[2])
                c["cue_ok"] += cue_ok
                c["src_ok"] += src_ok
                c["full"] += cue_ok and src_ok
            if d >= 0.9:
                c["m9"] += 1
        for g in gold:
            self.by_type[g[3]][1] += 1
        for p in pred:
            self.by_kind[p[3]][1] += 1
        gt = frozenset().union(*[x[0] for x in gold]) if gold else frozenset()
        pt = frozenset().union(*[x[0] for x in pred]) if pred else frozenset()
        c["tok_tp"] += len(gt & pt)
        c["tok_pred"] += len(pt)
        c["tok_gold"] += len(gt)
        if toks:
            self.shares.append(abs(len(gt) - len(pt)) / len(toks) * 100)

    def result(self) -> dict[str, Any]:
        c = self.c
        out: dict[str, Any] = {}
        for name, key in (("match@0.5", "m5"), ("match@0.9", "m9"), ("full@0.5", "full")):
            out[name] = _prf(c[key], c["pred"], c["gold"])
        out["cue|match"] = c["cue_ok"] / c["m5"] if c["m5"] else 0.0
        out["source|match"] = c["src_ok"] / c["m5"] if c["m5"] else 0.0
        out["token"] = _prf(c["tok_tp"], c["tok_pred"], c["tok_gold"])
        out["share MAE"] = sum(self.shares) / len(self.shares) if self.shares else 0.0
        out["recall by type"] = {t: (v[0] / v[1] if v[1] else 0.0, v[1]) for t, v in sorted(self.by_type.items())}
        # Precision by the kind we predicted: of our direct/mixed/indirect, how many matched.
        out["precision by kind"] = {k: (v[0] / v[1] if v[1] else 0.0, v[1]) for k, v in sorted(self.by_kind.items())}
        out["counts"] = {"gold": int(c["gold"]), "pred": int(c["pred"]), "articles": self.articles}
        return out


def score_records(gold_recs: Iterable[dict], pred_by_id: dict[str, list[dict]]) -> dict[str, Any]:
    """Metrics for gold records against predicted attribution dicts keyed by article id."""
    total = _Tally()
    publishers: dict[str, _Tally] = defaultdict(_Tally)
    for g in gold_recs:
        pred = pred_by_id.get(g["id"], [])
        total.add(g["text"], g["attributions"], pred)
        publishers[str(g.get("publisher") or g.get("outlet") or "?")].add(g["text"], g["attributions"], pred)
    out = total.result()
    out["by_publisher"] = {name: t.result() for name, t in sorted(publishers.items())}
    return out


def evaluate_file(gold_path: str, format: str = "plain") -> dict[str, Any]:
    """Analyse every gold record's text with the pipeline and score the attributions found."""
    from analyzer.pipeline import analyze

    gold_recs = []
    pred_by_id: dict[str, list[dict]] = {}
    with open(gold_path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            rec = json.loads(line)
            gold_recs.append(rec)
            analysis = analyze(rec["text"], format=format, id=rec["id"])
            pred_by_id[rec["id"]] = [a.to_dict() for a in analysis.attributions]
    return score_records(gold_recs, pred_by_id)


def format_evaluation(result: dict[str, Any]) -> str:
    """The reference scorer's lines, then recall by kind and one row per publisher."""
    lines = []
    for k in ("match@0.5", "match@0.9", "full@0.5", "token"):
        p, r, f = result[k]
        lines.append(f"{k:<10} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    lines.append(f"cue|match {result['cue|match']:.3f}  source|match {result['source|match']:.3f}  "
                 f"share MAE {result['share MAE']:.1f} pts")
    lines.append("recall by type: " + ", ".join(f"{t} {r:.3f} (n={n})"
                                                for t, (r, n) in result["recall by type"].items()))
    lines.append(f"counts: {result['counts']}")
    lines.append("recall by kind (gold kind): " + ", ".join(
        f"{t} {r:.3f}" for t, (r, n) in result["recall by type"].items()))
    lines.append("precision by kind (predicted kind): " + ", ".join(
        f"{k} {p:.3f} (n={n})" for k, (p, n) in result.get("precision by kind", {}).items()))
    rows = result.get("by_publisher", {})
    if rows:
        lines.append("")
        lines.append(f"{'publisher':<14} {'articles':>8} {'gold':>6} {'pred':>6} {'match F1':>9} "
                     f"{'full F1':>8} {'token F1':>9} {'MAE':>6}")
        for name, r in rows.items():
            lines.append(f"{name:<14} {r['counts']['articles']:>8} {r['counts']['gold']:>6} "
                         f"{r['counts']['pred']:>6} {r['match@0.5'][2]:>9.3f} {r['full@0.5'][2]:>8.3f} "
                         f"{r['token'][2]:>9.3f} {r['share MAE']:>6.1f}")
    return "\n".join(lines)
