"""scripts/score_sources.py: affiliation and gender labels are scored against the tool's sources.

The record is fictional, written for this test, in PolNeAR's shape.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "score_sources.py"


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("score_sources", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("got, answers, accepted", [
    ("U.S.", ["US"], True),
    ("Israeli", ["Israel"], True),
    ("Iran", ["US"], False),
    ("The Velm Herald", ["Velm Herald"], True),
    ("Ana Vell’s campaign", ["US", "Vell campaign"], True),
    ("Velm", ["Velm Herald"], True),
    ("Herald", ["Velm Herald Group"], True),
    ("Velm Institute", ["Ostby Institute"], False),
    ("V.F.U.", ["Velm Farmers Union"], True),
    ("Velm Farmers Union", ["VFU"], True),
    ("VFA", ["Velm Farmers Union"], False),
    ("", ["US"], False),
])
def test_affiliation_matching(scorer, got, answers, accepted):
    assert scorer._accepted(got, answers) is accepted


TEXT = ("Taxes will rise, Norwegian Finance Minister Ada Vell said on Monday. She said the budget was tight. "
        "Prices are up, said Bo Tamm, a farmer.")


def test_affiliation_and_gender_figures(scorer, tmp_path, capsys):
    vell, she, tamm = (TEXT.index(w) for w in ("Norwegian Finance Minister Ada Vell", "She", "Bo Tamm"))
    record = {"id": "fiction-1", "publisher": "nyt", "author": "Staff", "text": TEXT, "attributions": [
        {"source": [vell, vell + 35], "cue": [vell + 36, vell + 40], "content_spans": [[0, 15]]},
        {"source": [she, she + 3], "cue": [she + 4, she + 8], "content_spans": [[she + 9, she + 32]]},
        {"source": [tamm, tamm + 7], "cue": [tamm - 5, tamm - 1], "content_spans": [[TEXT.index("Prices"),
                                                                                    TEXT.index("Prices") + 13]]}]}
    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps(record) + "\n", encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    lines = [{"article": "fiction-1", "source": [vell, vell + 35], "affiliation": ["Norway"], "gender": "woman"},
             {"article": "fiction-1", "source": [she, she + 3], "affiliation": ["Sweden"], "gender": "man"},
             {"article": "fiction-1", "source": [tamm, tamm + 7], "affiliation": [], "gender": "unknown"}]
    labels.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert scorer.main([str(labels), "--polnear", str(texts), "--errors"]) == 0
    out = capsys.readouterr().out
    # Ada Vell is Norway and a woman for the tool; "She" is her; Bo Tamm has no side and no gender shown.
    assert "affiliation accuracy:  0.667 (2/3)" in out
    assert "affiliation precision: 0.500 (1/2); other country: 1" in out
    assert "gender accuracy:  0.667 (2/3)" in out
    assert "gender precision: 0.500 (1/2); opposite: 1" in out
    assert "type accuracy" not in out  # no line carries a type
