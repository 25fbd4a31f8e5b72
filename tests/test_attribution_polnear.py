"""Accuracy gate on PolNeAR dev (../shared/data; skipped when absent).

Guards against regressions of the shipped model and span rules: the figures must
stay near those measured when the weights were trained (see
scripts/train_attribution.py), scored by the project's evaluator, which agrees
with the reference scorer (tests/test_evaluate.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.evaluate import evaluate_file

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"
# Measured 0.768 / 0.665 / 0.859 / 5.5 / 0.952 (match, full, token F1, share MAE, direct
# recall); the gate leaves a small margin.
FLOORS = {"match@0.5": 0.75, "full@0.5": 0.645, "token": 0.84}
MAX_MAE = 6.2
MIN_DIRECT_RECALL = 0.94


def test_polnear_dev_gate() -> None:
    if not DEV.is_file():
        pytest.skip("PolNeAR dev not present")
    result = evaluate_file(str(DEV), format="plain")
    for key, floor in FLOORS.items():
        assert result[key][2] >= floor, (key, result[key])
    assert result["share MAE"] <= MAX_MAE
    assert result["recall by type"]["direct"][0] >= MIN_DIRECT_RECALL
