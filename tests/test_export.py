"""CSV tables: formula injection neutralised, round-trips through the csv module, atomic writes."""
import csv
import io

import pytest

from analyzer.export import (ATTRIBUTION_COLUMNS, SOURCE_COLUMNS, CsvTable, atomic_open, attribution_rows,
                             csv_cell, source_rows, write_text_atomic)

TEXT = 'Fictional: =HYPERLINK("x") said the mayor, "We will build it," she said.'


def _record():
    content_start = TEXT.index('"We')
    content_end = TEXT.index(',"') + 2
    cue_start = TEXT.rindex("said")
    source_start = TEXT.rindex("she")
    return {
        "id": "fic-1", "text": TEXT, "format": "plain",
        "metadata": {"outlet": "@Outlet", "published": "2025-01-02", "url": "https://example.org/a", "title": "T"},
        "attributions": [{"id": "a1", "kind": "direct", "content": [content_start, content_end],
                          "content_spans": [[content_start, content_end]], "cue": [cue_start, cue_start + 4],
                          "source": [source_start, source_start + 3], "source_id": "s1",
                          "verb_class": "neutral", "parent": None}],
        "sources": [{"id": "s1", "name": "=the mayor", "type": "GOV", "official": True, "named": False,
                     "identification": "described", "anonymity_justified": False, "anonymity_reason": None,
                     "affiliation": "", "gender": "woman", "mentions": [[source_start, source_start + 3]]}],
        "scores": {}, "warnings": [],
    }


@pytest.mark.parametrize("value,expected", [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("plain", "plain"), (-0.5, -0.5), (3, 3), (True, "true"), (None, ""),
])
def test_csv_cell(value, expected):
    assert csv_cell(value) == expected


def _roundtrip(rows, columns):
    buffer = io.StringIO()
    table = CsvTable(buffer, columns)
    for row in rows:
        table.write(row)
    return list(csv.DictReader(io.StringIO(buffer.getvalue())))


def test_attribution_rows_roundtrip_with_documented_columns():
    rows = _roundtrip(attribution_rows(_record()), ATTRIBUTION_COLUMNS)
    assert len(rows) == 1
    row = rows[0]
    assert list(row) == ATTRIBUTION_COLUMNS
    assert row["content_text"] == '"We will build it,"'
    assert row["cue_text"] == "said" and row["source_text"] == "she"
    assert row["outlet"] == "'@Outlet"
    assert row["source_name"] == "'=the mayor"


def test_source_rows_count_attributions_and_tokens():
    rows = _roundtrip(source_rows(_record()), SOURCE_COLUMNS)
    assert list(rows[0]) == SOURCE_COLUMNS
    assert rows[0]["n_attributions"] == "1"
    assert rows[0]["attributed_tokens"] == "4"
    assert rows[0]["official"] == "true"


def test_atomic_open_leaves_nothing_on_error(tmp_path):
    target = tmp_path / "out.txt"
    write_text_atomic(target, "old")
    with pytest.raises(RuntimeError):
        with atomic_open(target) as handle:
            handle.write("half")
            raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_files_get_ordinary_permissions(tmp_path):
    import os
    import stat
    target = tmp_path / "out.txt"
    write_text_atomic(target, "x")
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert stat.S_IMODE(os.stat(target).st_mode) == stat.S_IMODE(os.stat(plain).st_mode)
