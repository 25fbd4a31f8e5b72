"""The Dask engine gives exactly the local run's output (LocalCluster on this machine)."""
import json

import pytest

from analyzer.cli import main

pytest.importorskip("dask.distributed")

TEXTS = [
    'Fictional harbour story\n\nThe harbour will close at noon, the port authority said. "We are ready," said Ola Berg.',
    "Fictional storm story\n\nWinds reached 120 km/h on the coast overnight.",
]


def test_dask_engine_matches_local_run(tmp_path):
    src = tmp_path / "batch.jsonl"
    src.write_text("".join(json.dumps({"id": f"s{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS * 20)))
    outs = {}
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.jsonl"
        assert main(["analyze", str(src), "--json", str(out), "--engine", engine, "--jobs", "1", "--quiet"]) == 0
        outs[engine] = out.read_bytes()
    assert outs["dask"] == outs["local"]
    assert len(outs["local"].splitlines()) == 40


def test_analyze_partition_is_the_same_pure_function():
    from analyzer.config import Options
    from analyzer.distributed import analyze_partition
    from analyzer.pipeline import analyze
    lines = [json.dumps({"id": "p1", "text": TEXTS[0]}), "{not json"]
    records = list(analyze_partition(lines, Options(format="plain")))
    assert records[0] == analyze(TEXTS[0], format="plain", id="p1").to_dict()
    assert "error" in records[1]
