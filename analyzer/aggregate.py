"""Per-outlet and corpus aggregates of the article measures (DESIGN §7, last paragraph).

In: an iterable of article rows — the JSON record of DESIGN §8 or a slim
``{"id", "metadata": {"outlet", ...}, "scores": {...}}``; the text is never read, so a
generator over a large JSONL file streams (one pass, memory grows with the number of
outlets x measures x articles' values, not with text).
Out: ``aggregate(rows)`` -> ``{"corpus": {...}, "outlets": {outlet: {...}}}`` where each
group holds ``n_articles`` and, per scalar measure, ``{"n", "mean", "median", "min",
"q1", "q3", "max", "histogram"}`` (``n`` counts articles where the measure is defined;
booleans are averaged as shares; text measures such as ``pej_band`` give counts per value
in ``"counts"`` instead). ``outlet_rows(result)`` flattens it to the tidy rows of
outlets.csv, one row per group x measure, columns ``OUTLET_COLUMNS``; the corpus is the
group named ``(all)``.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any, Iterable, Iterator

from analyzer.scoring import scalar_measures

ALL = "(all)"
UNKNOWN_OUTLET = "(unknown)"
OUTLET_COLUMNS = ("outlet", "measure", "n_articles", "n", "mean", "median", "min", "q1", "q3", "max",
                  "histogram", "counts")
# Shares live in [0, 1]: ten equal bins make the distribution readable in a table.
HISTOGRAM_BINS = 10


class _Group:
    def __init__(self) -> None:
        self.n_articles = 0
        self.values: dict[str, list[float]] = defaultdict(list)
        self.labels: dict[str, Counter[str]] = defaultdict(Counter)
        self.order: list[str] = []

    def add(self, measures: dict[str, Any]) -> None:
        self.n_articles += 1
        for key, value in measures.items():
            if key not in self.values and key not in self.labels:
                self.order.append(key)
            if value is None or value == "":
                self.values.setdefault(key, [])
            elif isinstance(value, bool):
                self.values[key].append(1.0 if value else 0.0)
            elif isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value)):
                self.values[key].append(float(value))
            else:
                self.labels[key][str(value)] += 1

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"n_articles": self.n_articles, "measures": {}}
        for key in self.order:
            if key in self.labels and self.labels[key]:
                out["measures"][key] = {"n": sum(self.labels[key].values()), "counts": dict(sorted(self.labels[key].items()))}
            else:
                out["measures"][key] = describe_values(self.values.get(key, []), share=key.endswith("share"))
        return out


def describe_values(values: list[float], share: bool = False) -> dict[str, Any]:
    """n, mean, median, min, quartiles, max (and a histogram for shares) of some numbers."""
    vals = sorted(values)
    n = len(vals)
    if not n:
        return {"n": 0, "mean": None, "median": None, "min": None, "q1": None, "q3": None, "max": None}
    out = {
        "n": n,
        "mean": round(sum(vals) / n, 4),
        "median": round(_quantile(vals, 0.5), 4),
        "min": vals[0],
        "q1": round(_quantile(vals, 0.25), 4),
        "q3": round(_quantile(vals, 0.75), 4),
        "max": vals[-1],
    }
    if share:
        bins = [0] * HISTOGRAM_BINS
        for v in vals:
            bins[min(HISTOGRAM_BINS - 1, max(0, int(v * HISTOGRAM_BINS)))] += 1
        out["histogram"] = bins
    return out


def _quantile(vals: list[float], q: float) -> float:
    """Linear interpolation between order statistics (numpy's default, 'type 7')."""
    pos = (len(vals) - 1) * q
    lo = math.floor(pos)
    hi = min(lo + 1, len(vals) - 1)
    return vals[lo] + (vals[hi] - vals[lo]) * (pos - lo)


def aggregate(rows: Iterable[dict]) -> dict[str, Any]:
    """Aggregate article rows per outlet and for the whole corpus (one pass over ``rows``)."""
    corpus = _Group()
    outlets: dict[str, _Group] = {}
    for row in rows:
        measures = scalar_measures(row.get("scores") or {})
        outlet = ((row.get("metadata") or {}).get("outlet") or row.get("outlet") or "").strip() or UNKNOWN_OUTLET
        corpus.add(measures)
        outlets.setdefault(outlet, _Group()).add(measures)
    return {
        "corpus": corpus.summary(),
        "outlets": {name: outlets[name].summary() for name in sorted(outlets)},
    }


def outlet_rows(result: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Tidy rows for outlets.csv: one per (outlet, measure), the corpus first as ``(all)``."""
    groups = [(ALL, result["corpus"])] + list(result["outlets"].items())
    for name, group in groups:
        for measure, stats in group["measures"].items():
            row = {col: "" for col in OUTLET_COLUMNS}
            row.update({"outlet": name, "measure": measure, "n_articles": group["n_articles"]})
            for key in ("n", "mean", "median", "min", "q1", "q3", "max"):
                value = stats.get(key)
                row[key] = "" if value is None else value
            if "histogram" in stats:
                row["histogram"] = " ".join(str(b) for b in stats["histogram"])
            if "counts" in stats:
                row["counts"] = "; ".join(f"{k}={v}" for k, v in stats["counts"].items())
            yield row
