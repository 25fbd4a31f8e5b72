"""Benchmark gate: body extraction on the dev pages of ../shared (skipped when absent).

The shipped line model was trained on these pages, so the dump figures here are
in-sample; the honest out-of-fold figures come from scripts/train_extractor.py.
The gate only guards against regressions.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

from analyzer.ingest import article_from_text
from analyzer.ingest.features import line_features
from analyzer.ingest.lines import split_lines
from analyzer.ingest.model_weights import MODEL_PATH, load_model

SHARED = Path(__file__).resolve().parents[2] / "shared"
DUMPS = SHARED / "data" / "extraction" / "dumps-dev.jsonl"
HTML_DIR = SHARED / "data" / "extraction" / "html-dev"
SCORER = SHARED / "eval" / "extraction_score.py"
needs_data = pytest.mark.skipif(not (DUMPS.exists() and SCORER.exists()), reason="shared extraction data absent")

# Floors a little under the measured figures (dumps in-sample F1 0.964 P 0.968, out of fold
# F1 0.963 by page and 0.962 by site; HTML F1 0.971).
DUMP_F1_FLOOR = 0.95
DUMP_PRECISION_FLOOR = 0.95
HTML_F1_FLOOR = 0.96


def _scorer():
    spec = importlib.util.spec_from_file_location("extraction_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_model_features_are_produced_by_the_code() -> None:
    model = load_model(str(MODEL_PATH))
    assert model is not None, "analyzer/ingest/line_model.json is missing"
    produced = set(line_features(split_lines("A line.\nAnother line of text here."))[0])
    assert set(model["stage1"]["features"]) <= produced
    assert len(model["stage1"]["coef"]) == len(model["stage1"]["features"])


@needs_data
def test_dump_extraction_gate() -> None:
    records = [json.loads(line) for line in DUMPS.open(encoding="utf-8")]
    gold = {r["id"]: r["body"] for r in records}
    pred = {r["id"]: article_from_text(r["dump"], format="dump").body_text for r in records}
    precision, recall, f1 = _scorer().score(gold, pred)
    assert f1 >= DUMP_F1_FLOOR and precision >= DUMP_PRECISION_FLOOR, (precision, recall, f1)


@needs_data
@pytest.mark.skipif(not HTML_DIR.exists(), reason="html-dev absent")
def test_html_extraction_gate() -> None:
    records = [json.loads(line) for line in DUMPS.open(encoding="utf-8")]
    gold = {r["id"]: r["body"] for r in records}
    pred = {}
    for r in records:
        html = gzip.open(HTML_DIR / f"{r['id']}.html.gz").read().decode("utf-8", "replace")
        pred[r["id"]] = article_from_text(html, format="html").body_text
    precision, recall, f1 = _scorer().score(gold, pred)
    assert f1 >= HTML_F1_FLOOR, (precision, recall, f1)
