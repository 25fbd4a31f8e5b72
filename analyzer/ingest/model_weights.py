"""Body probability per dump line: the shipped logistic model mixed with hand rules.

In: per-line feature dicts (``features.line_features``).
Out: one probability per line that it belongs to the article body.
The model is ``line_model.json`` next to this file (logistic-regression
coefficients over named, standardised features, written by
``scripts/train_extractor.py``; trained on the 54 dev pages of the
article-extraction benchmark); when it is missing the rules alone are used.
Precise patterns (captions, credits) and a JSON-LD copy of the article
override both.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from analyzer.ingest.features import stack_features

MODEL_PATH = Path(__file__).with_name("line_model.json")


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> dict | None:
    p = Path(path)
    if not p.exists():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


# When the page carries a full machine copy of the article (JSON-LD articleBody),
# visible lines found in it are body and lines past its ends are not: on the dev
# pages with such a copy this alone gives shingle P/R of 0.98-1.0.
IN_COPY_PROBABILITY = 0.97
# The model finds more body (recall) and the rules are more precise; their mean
# did as well as any mix out of fold (scripts/train_extractor.py --by-site, with the
# chain and bridge steps: weights 0.4/0.5/0.6/0.7 gave F1 by page 0.961/0.963/0.963/0.955
# and by site 0.960/0.960/0.957/0.954).
MODEL_WEIGHT = 0.5
OUT_OF_COPY_PROBABILITY = 0.05
FURNITURE_PROBABILITY = 0.1


def body_probabilities(feats: list[dict[str, float]], model: dict | None = None) -> list[float]:
    model = model if model is not None else load_model()
    probs = [rule_probability(f) for f in feats]
    if model is not None:
        learned = [model_probability(f, model["stage1"]) for f in feats]
        if model.get("stage2"):
            stacked = stack_features(learned, feats)
            learned = [model_probability(f, model["stage2"]) for f in stacked]
        probs = [MODEL_WEIGHT * m + (1 - MODEL_WEIGHT) * r for m, r in zip(learned, probs)]
    return [_copy_evidence(p, f) for p, f in zip(probs, feats)]


def _copy_evidence(p: float, f: dict[str, float]) -> float:
    if f["caption"] or f["credit"]:
        return min(p, FURNITURE_PROBABILITY)  # the caption/credit patterns are precise
    if f.get("in_big_copy") and not (f["caption"] or f["credit"] or f["teaser_label"]):
        return max(p, IN_COPY_PROBABILITY)
    if f.get("out_big_copy"):
        return min(p, OUT_OF_COPY_PROBABILITY)
    return p


def model_probability(f: dict[str, float], model: dict) -> float:
    bias, weights = _folded(model)
    z = bias
    for name, w in weights:
        z += w * f.get(name, 0.0)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _folded(model: dict) -> tuple[float, tuple[tuple[str, float], ...]]:
    """The standardisation folded into the coefficients (computed once per model)."""
    cached = model.get("_folded")
    if cached is None:
        weights = tuple((name, coef / scale) for name, coef, scale
                        in zip(model["features"], model["coef"], model["scale"]))
        bias = model["intercept"] - sum(coef * mean / scale for coef, mean, scale
                                        in zip(model["coef"], model["mean"], model["scale"]))
        cached = model["_folded"] = (bias, weights)
    return cached


def rule_probability(f: dict[str, float]) -> float:
    """Hand rules: running text, not a copy of other lines, not page furniture."""
    if f["is_copy"] or f["url"] or f["in_head"] or f["credit"] or f["caption"] or f["teaser_label"]:
        return 0.05
    if f["later_copy"] and f["prose"] > 0.5:
        return 0.2  # the earlier of two identical paragraphs is the meta copy
    p = f["prose"]
    if f["widget"] and f["short"]:
        p -= 0.4
    if f["date_line"] or f["copyright"] or f["byline"] or f["said_colon"]:
        p -= 0.5
    p += 0.15 * (f["near_prose"] - 0.3)
    return max(0.0, min(1.0, p))
