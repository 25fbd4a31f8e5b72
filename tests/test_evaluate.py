"""The evaluator agrees with the reference scorer and scores hand-made cases as expected.

Uses the fictional fixture tests/fixtures/attribution/gold_fictional.jsonl.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from analyzer.evaluate import evaluate_file, format_evaluation, score_records
from analyzer.pipeline import analyze

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "attribution" / "gold_fictional.jsonl"
REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "attribution_score.py"


def gold() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines() if line.strip()]


def reference_scorer():
    if not REFERENCE.is_file():
        pytest.skip("reference scorer ../shared/eval/attribution_score.py not present")
    spec = importlib.util.spec_from_file_location("attribution_score", REFERENCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_agrees_with_reference_scorer() -> None:
    ref = reference_scorer()
    recs = gold()
    preds = [{"id": r["id"], "attributions": [a.to_dict() for a in
                                              analyze(r["text"], format="plain", id=r["id"]).attributions]}
             for r in recs]
    expected = ref.score(recs, preds)
    ours = evaluate_file(str(FIXTURE), format="plain")
    for key in ("match@0.5", "match@0.9", "full@0.5", "token"):
        assert [round(x, 3) for x in ours[key]] == [round(x, 3) for x in expected[key]], key
    for key in ("cue|match", "source|match", "share MAE"):
        assert round(ours[key], 3) == round(expected[key], 3), key
    assert ours["counts"] == expected["counts"]
    assert {k: (round(r, 3), n) for k, (r, n) in ours["recall by type"].items()} == \
        {k: (round(r, 3), n) for k, (r, n) in expected["recall by type"].items()}
    # The printed lines of the reference appear verbatim in ours.
    for line in ref.show(expected).splitlines():
        assert line in format_evaluation(ours)


def as_pred(att: dict, **changes) -> dict:
    out = {"content": att["content"], "content_spans": att["content_spans"], "cue": att["cue"],
           "source": att["source"], "kind": att["type"]}
    out.update(changes)
    return out


CASES = [
    # (what the prediction does, transform of the gold attributions, match F1, full F1)
    ("perfect", lambda atts: [as_pred(a) for a in atts], 1.0, 1.0),
    ("nothing", lambda atts: [], 0.0, 0.0),
    ("wrong cue", lambda atts: [as_pred(a, cue=None) for a in atts], 1.0, 0.0),
    ("half found", lambda atts: [as_pred(a) for a in atts[: len(atts) // 2]], None, None),
]


@pytest.mark.parametrize("name,make,match_f1,full_f1", CASES, ids=[c[0] for c in CASES])
def test_hand_made_predictions(name, make, match_f1, full_f1) -> None:
    recs = gold()
    result = score_records(recs, {r["id"]: make(r["attributions"]) for r in recs})
    if match_f1 is None:  # half found: precision 1, recall = found / gold
        found = sum(len(r["attributions"]) // 2 for r in recs)
        total = sum(len(r["attributions"]) for r in recs)
        assert result["match@0.5"][0] == 1.0
        assert result["match@0.5"][1] == pytest.approx(found / total)
    else:
        assert result["match@0.5"][2] == pytest.approx(match_f1)
        assert result["full@0.5"][2] == pytest.approx(full_f1)
    assert set(result["by_publisher"]) == {"ledger", "courier"}


def test_publisher_rows_printed() -> None:
    text = format_evaluation(evaluate_file(str(FIXTURE)))
    assert "ledger" in text and "courier" in text and "recall by kind" in text
