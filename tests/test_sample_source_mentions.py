"""scripts/sample_source_mentions.py: batches of source mentions for blind annotation.

The records are fictional, written for this test, in PolNeAR's shape.
"""
from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "sample_source_mentions.py"


def load_script():
    spec = importlib.util.spec_from_file_location("sample_source_mentions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record(ident: str, outlet: str, text: str, sources: list[str]) -> dict:
    atts, after = [], 0
    for k, name in enumerate(sources):
        start = text.index(name, after)
        after = start + len(name)
        atts.append({"id": f"E{k}", "source": [start, start + len(name)], "content_spans": [[0, 1]]})
    # The same span twice is one mention, as when one speaker has two attributions.
    atts += atts[:1]
    return {"id": ident, "publisher": outlet, "author": "Staff", "text": text, "attributions": atts}


TEXT_A = ("The mayor of Fernhollow opened the bridge on Monday. Ines Valdor said the cost fell.\n\n"
          "A resident said the traffic was lighter. Valdor added that tolls would end.")
TEXT_B = "Harbour pilots warned of fog. The coastguard said two ferries waited outside the port."


def test_sentence_around_cuts_at_sentence_ends_and_blank_lines():
    script = load_script()
    start = TEXT_A.index("A resident")
    assert script.sentence_around(TEXT_A, start, start + 10) == "A resident said the traffic was lighter."
    start = TEXT_A.index("Ines")
    assert script.sentence_around(TEXT_A, start, start + 11) == "Ines Valdor said the cost fell."


def test_distinct_sources_drops_repeats_and_empty_spans():
    script = load_script()
    rec = record("a", "one", TEXT_A, ["Ines Valdor", "A resident", "Valdor"])
    rec["attributions"].append({"source": [5, 5]})
    assert [TEXT_A[s:e] for s, e in script.distinct_sources(rec)] == ["Ines Valdor", "A resident", "Valdor"]


def test_articles_are_dealt_across_outlets_and_skip_those_without_sources():
    script = load_script()
    records = [record(f"one{i}", "one", TEXT_A, ["Ines Valdor"]) for i in range(3)]
    records += [record(f"two{i}", "two", TEXT_B, ["The coastguard"]) for i in range(3)]
    records.append({"id": "none", "publisher": "one", "text": TEXT_B, "attributions": []})
    chosen = script.deal_articles(records, 4, random.Random(1))
    assert sorted(r["publisher"] for r in chosen) == ["one", "one", "two", "two"]
    assert "none" not in {r["id"] for r in chosen}


def test_batch_files_list_every_sampled_mention_with_its_offsets(tmp_path):
    script = load_script()
    rec = record("a", "one", TEXT_A, ["Ines Valdor", "A resident", "Valdor"])
    n = script.write_batch(tmp_path / "b", [rec], per_article=2, rng=random.Random(3))
    todo = [json.loads(line) for line in (tmp_path / "b" / "todo.jsonl").read_text().splitlines()]
    assert n == len(todo) == 2
    for line in todo:
        start, end = line["source"]
        assert TEXT_A[start:end] == line["mention"]
    page = (tmp_path / "b" / "articles.md").read_text()
    assert TEXT_A in page and all(f"«{t['mention']}»" in page for t in todo)


def test_a_second_sample_leaves_out_the_articles_of_the_first(tmp_path):
    script = load_script()
    records = [record(f"one{i}", "one", TEXT_A, ["Ines Valdor"]) for i in range(4)]
    script.write_batch(tmp_path / "first", records[:2], per_article=5, rng=random.Random(2))
    left = script.not_sampled(records, [tmp_path / "first" / "todo.jsonl"])
    assert [r["id"] for r in left] == ["one2", "one3"]
