"""The command line end to end on small fictional inputs written here."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.cli import EXIT_FAILURES, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, main

ARTICLES = {
    "one.txt": "Fictional bridge story\n\nThe bridge in Korvala will close for repairs, the mayor said on Monday.\n"
               '"We have no choice," said Mayor Anja Siltanen.\n',
    "two.txt": "Fictional weather story\n\nHeavy rain fell across the valley on Sunday. Rivers rose by two metres.\n",
}


@pytest.fixture()
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _run(*args):
    return subprocess.run([sys.executable, "-m", "analyzer", *map(str, args)], capture_output=True, text=True)


@pytest.mark.parametrize("command", ["analyze", "report", "extract", "evaluate", "serve"])
def test_every_subcommand_has_help(command):
    result = _run(command, "--help")
    assert result.returncode == 0 and "usage: analyzer " + command in result.stdout


def test_version():
    from analyzer import __version__
    result = _run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope.txt"), "--json", str(tmp_path / "o.jsonl")]) == EXIT_USAGE
    assert "nope.txt" in capsys.readouterr().err


def test_analyze_writes_one_record_per_article(inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(inputs), "--json", str(out), "--jobs", "1", "--quiet"]) == EXIT_OK
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["one", "two"]
    for key in ("text", "metadata", "body", "body_text", "removed", "sentences", "attributions", "sources",
                "scores", "warnings", "version"):
        assert key in records[0]


def test_jobs_two_gives_identical_output(inputs, tmp_path):
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}.jsonl"
        assert main(["analyze", str(inputs), "--json", str(out), "--jobs", str(jobs), "--quiet"]) == EXIT_OK
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_report_writes_every_file_and_a_bad_input_does_not_stop_the_batch(inputs, tmp_path, capsys):
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "rep"
    status = main(["report", str(inputs), "--out", str(out), "--jobs", "1", "--quiet"])
    assert status == EXIT_FAILURES
    assert "empty.txt" in capsys.readouterr().err
    for name in ("index.html", "articles.csv", "attributions.csv", "sources.csv", "outlets.csv",
                 "analysis.jsonl", "manifest.json", "articles/one.html", "articles/two.html"):
        assert (out / name).is_file(), name
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["articles"] == 2
    assert [Path(f["input"]).name for f in manifest["failures"]] == ["empty.txt"]
    assert not list(out.rglob("*.tmp"))
    import csv
    outlets = {(r["outlet"], r["measure"]): r for r in csv.DictReader((out / "outlets.csv").open(encoding="utf-8"))}
    assert outlets[("(all)", "n_sources")]["n_articles"] == "2"
    assert float(outlets[("(all)", "verb_neutral")]["max"]) >= 1  # counts per verb class survive aggregation


def test_report_is_byte_identical_on_rerun(inputs, tmp_path):
    digests = []
    for run in ("a", "b"):
        out = tmp_path / run
        assert main(["report", str(inputs), "--out", str(out), "--jobs", "1", "--quiet"]) == EXIT_OK
        digests.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
                        if p.is_file() and ".cache" not in p.parts})
    assert digests[0] == digests[1]


def test_resume_reuses_cached_articles(inputs, tmp_path):
    out = tmp_path / "rep"
    assert main(["report", str(inputs), "--out", str(out), "--jobs", "1", "--quiet"]) == EXIT_OK
    first = (out / "analysis.jsonl").read_bytes()
    page = out / "articles" / "one.html"
    page.write_text("sentinel")  # a cached article's page is not rendered again
    assert main(["report", str(inputs), "--out", str(out), "--jobs", "1", "--quiet", "--resume"]) == EXIT_OK
    assert page.read_text() == "sentinel"
    assert (out / "analysis.jsonl").read_bytes() == first


def test_unwritable_output_is_reported(inputs, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["report", str(inputs), "--out", str(blocker / "sub"), "--quiet"]) == EXIT_OUTPUT
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize("article_id", ["../../etc/passwd", "a/b", "CON", "x" * 300, "ünï cödé", "..", "a\x00b"])
def test_page_names_never_escape_the_output_folder(article_id):
    from analyzer.batch import page_stem
    stem = page_stem(article_id)
    assert stem and len(stem) <= 80
    assert "/" not in stem and "\\" not in stem and ".." not in stem and "\x00" not in stem


def test_ids_that_collide_after_sanitising_get_distinct_pages(tmp_path):
    batch = tmp_path / "b.jsonl"
    lines = [json.dumps({"id": i, "text": f"Fictional note {n}. Rain fell on {n} May."})
             for n, i in enumerate(["a/b", "a:b", "a b", "../a b"])]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "rep"
    assert main(["report", str(batch), "--out", str(out), "--jobs", "1", "--quiet"]) == EXIT_OK
    pages = sorted(p for p in out.rglob("*.html") if p.name != "index.html")
    assert len(pages) == 4 and all(p.parent == out / "articles" for p in pages)
    ids = [json.loads(line)["id"] for line in (out / "analysis.jsonl").read_text().splitlines()]
    assert ids == ["a/b", "a:b", "a b", "../a b"]


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    """Two processes with different string-hash seeds give the same JSON for the example corpus
    (a set iterated in the sources stage once made a source's type depend on the seed)."""
    import os
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.jsonl"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run([sys.executable, "-m", "analyzer", "analyze", str(corpus), "--json", str(out),
                                 "--quiet", "--jobs", "1"], capture_output=True, text=True, env=env)
        assert result.returncode == EXIT_OK, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0]
