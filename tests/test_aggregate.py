"""Per-outlet and corpus aggregates on hand-made article rows (no text needed)."""
from __future__ import annotations

import csv
import io

from analyzer.aggregate import ALL, OUTLET_COLUMNS, aggregate, describe_values, outlet_rows

ROWS = [
    {"id": "a", "metadata": {"outlet": "Velm Post"}, "scores": {"attributed_token_share": 0.2, "n_sources": 1,
                                                                "pej_band": "1-2", "cites_anonymous": True}},
    {"id": "b", "metadata": {"outlet": "Velm Post"}, "scores": {"attributed_token_share": 0.4, "n_sources": 3,
                                                                "pej_band": "3", "cites_anonymous": False}},
    {"id": "c", "metadata": {"outlet": "Ostland Daily"}, "scores": {"attributed_token_share": 0.6, "n_sources": 5,
                                                                    "pej_band": "4+", "cites_anonymous": False,
                                                                    "named_source_share": None}},
    {"id": "d", "metadata": {}, "scores": {"attributed_token_share": None, "n_sources": 0, "pej_band": "0"}},
]


def test_corpus_and_outlets():
    result = aggregate(iter(ROWS))  # an iterator: one pass
    corpus = result["corpus"]
    assert corpus["n_articles"] == 4
    share = corpus["measures"]["attributed_token_share"]
    assert share["n"] == 3 and share["mean"] == 0.4 and share["median"] == 0.4
    assert share["min"] == 0.2 and share["max"] == 0.6 and share["q1"] == 0.3 and share["q3"] == 0.5
    assert share["histogram"] == [0, 0, 1, 0, 1, 0, 1, 0, 0, 0]
    assert corpus["measures"]["n_sources"]["mean"] == 2.25
    assert corpus["measures"]["pej_band"]["counts"] == {"0": 1, "1-2": 1, "3": 1, "4+": 1}
    post = result["outlets"]["Velm Post"]
    assert post["n_articles"] == 2
    assert post["measures"]["attributed_token_share"]["mean"] == 0.3
    assert post["measures"]["cites_anonymous"]["mean"] == 0.5  # booleans average to a share
    assert result["outlets"]["(unknown)"]["measures"]["attributed_token_share"]["n"] == 0
    assert list(result["outlets"]) == sorted(result["outlets"])


def test_outlet_rows_tidy_and_csv_round_trip():
    rows = list(outlet_rows(aggregate(ROWS)))
    assert all(list(r) == list(OUTLET_COLUMNS) for r in rows)
    assert rows[0]["outlet"] == ALL
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=OUTLET_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    back = list(csv.DictReader(io.StringIO(buf.getvalue())))
    found = next(r for r in back if r["outlet"] == "Ostland Daily" and r["measure"] == "n_sources")
    assert found["n"] == "1" and float(found["mean"]) == 5.0 and found["n_articles"] == "1"
    band = next(r for r in back if r["outlet"] == ALL and r["measure"] == "pej_band")
    assert band["counts"] == "0=1; 1-2=1; 3=1; 4+=1" and band["mean"] == ""


def test_empty_input():
    result = aggregate([])
    assert result["corpus"]["n_articles"] == 0 and result["outlets"] == {}
    assert list(outlet_rows(result)) == []


def test_describe_values_table():
    assert describe_values([])["n"] == 0 and describe_values([])["mean"] is None
    assert describe_values([5.0])["median"] == 5.0 and describe_values([5.0])["q1"] == 5.0
    assert describe_values([1.0, 2.0, 3.0, 4.0])["median"] == 2.5
