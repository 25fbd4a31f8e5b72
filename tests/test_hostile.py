"""A hostile-input corpus of our own making (fictional text), run end to end by
the CLI: each bad input gets one clear message naming it, the rest of the batch
goes on, nothing leaks into the HTML, offsets stay exact."""
from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import zipfile
from html.parser import HTMLParser

import pytest

from analyzer.cli import EXIT_FAILURES, EXIT_OUTPUT, main

STORY = 'Fictional: The mayor said the bridge would reopen on Monday. "We are ready," she said.\n'
# name -> bytes; built here so the repository holds no binary blobs.
GOOD = {
    "bom.txt": b"\xef\xbb\xbf" + STORY.encode(),
    "utf16.txt": STORY.encode("utf-16"),
    "cp1252.txt": 'Fictional: The caf\u00e9 owner said \u201cprices rose\u201d \u2014 by 5\u20ac.\n'.encode("cp1252"),
    "latin1.txt": "Fictional: The mayor said the caf\u00e9 was ferm\u00e9 on Monday, to the d\u00e9pit of all.\n"
                  .encode("latin-1"),
    "invalid.txt": b"Fictional: The mayor said \xff\xfe the bridge \xc3\x28 reopens.\n",
    "nul.txt": b'Fictional: The mayor\x00 said the bridge\x00 reopens. "Yes," she said.\n',
    "zero-width.txt": 'Fictional: The may\u200bor said \u202ethe bridge\u202c reopens. "Cafe\u0301," she said.\n'.encode(),
    "crlf.txt": b'Fictional headline\r\n\r\nThe mayor said the bridge reopens.\r\n"Yes," she said.\r\n',
    "cr.txt": b'Fictional headline\r\rThe mayor said the bridge reopens.\r"Yes," she said.\r',
    "quotes.txt": ("Fictional. " + '"' * 100_000).encode(),
    "nested.txt": ('Fictional: "She said \'he said "they said \'no\' " \' " and \u00ab \u00bb \u201e \u201c \u2018 '
                   'unbalanced "open, the minister said.\n' * 200).encode(),
    "german.txt": ("Fiktiv: Der B\u00fcrgermeister sagte am Montag, dass die Br\u00fccke wieder \u00f6ffnet. "
                   "\u201eWir sind bereit\u201c, sagte sie. Die Stadt hat 40.000 Einwohner und die Arbeiten "
                   "dauerten drei Jahre.\n" * 5).encode(),
    "page.html": b'<html><head><script>window.evil=1</script><style>p{}</style></head><body><!-- note -->'
                 b'<form><input name=q></form><iframe src="https://example.org"></iframe><article><h1>Fictional'
                 b'</h1><p>The mayor said the bridge reopens on Monday after repairs that lasted two years.<p>'
                 b'"We are ready," she said, <b>unclosed<div></article></body>',
    "file with spaces \u00fc.txt": STORY.encode(),
    "sneaky ..\u2215..\u2215 name.txt": STORY.encode(),
    "collide:a.txt": STORY.encode(),
    "collide?a.txt": STORY.encode(),
}
BAD = {
    "empty.txt": (b"", "empty"),
    "spaces.txt": (b"  \n\t\n ", "whitespace"),
    "doc.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 20, "PDF"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "PNG"),
}


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "fictional " * 100)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for name, data in GOOD.items():
        (folder / name).write_bytes(data)
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "archive.txt").write_bytes(_zip())
    with open(folder / "huge.txt", "wb") as handle:  # 100 MB, sparse: cheap to make
        handle.truncate(100 * 1024 * 1024)
    (folder / "batch.jsonl").write_text(
        '{"id": "ok1", "text": "Fictional. The mayor said it rained."}\n{broken\n[1, 2]\n{"id": "no-text"}\n'
        '{"id": "ok2", "text": "Fictional. Rain fell, the council said."}\n', encoding="utf-8")
    out = folder.parent / (folder.name + "-out")
    inputs_before = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "huge.txt"}
    return folder, out, inputs_before


@pytest.fixture(scope="module")
def report(hostile):
    folder, out, _ = hostile
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["report", str(folder), "--out", str(out), "--jobs", "2", "--quiet"])
    records = [json.loads(line) for line in (out / "analysis.jsonl").read_text(encoding="utf-8").splitlines()]
    return status, err.getvalue(), records, json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def test_batch_goes_on_and_exit_status_says_some_failed(report):
    status, _, records, manifest = report
    assert status == EXIT_FAILURES
    ids = {r["id"] for r in records}
    assert {"ok1", "ok2", "bom", "utf16", "cp1252", "latin1", "invalid", "nul", "page", "german"} <= ids
    assert manifest["articles"] == len(records) == len(GOOD) + 2


@pytest.mark.parametrize("name,word", [(n, w) for n, (_, w) in BAD.items()] + [
    ("archive.txt", "zip"), ("huge.txt", "--max-bytes"), ("batch.jsonl:2", "JSON"),
    ("batch.jsonl:3", "object"), ("batch.jsonl:4", "text")])
def test_each_bad_input_has_one_clear_message(report, name, word):
    _, err, _, manifest = report
    lines = [line for line in err.splitlines() if f"{name}:" in line or line.split(": ")[0].endswith(name)]
    assert len(lines) == 1, err
    assert word.lower() in lines[0].lower()
    assert "Traceback" not in err
    assert any(f["input"].endswith(name) and word.lower() in f["reason"].lower() for f in manifest["failures"])


@pytest.mark.parametrize("article_id,encoding", [("bom", "utf-8-sig"), ("utf16", "utf-16"), ("cp1252", "cp1252")])
def test_encodings_are_detected_and_recorded(report, article_id, encoding):
    record = next(r for r in report[2] if r["id"] == article_id)
    assert record["metadata"]["encoding"] == encoding
    assert "Fictional" in record["text"]


@pytest.mark.parametrize("article_id,expected", [
    ("crlf", ["Fictional headline", "The mayor said the bridge reopens.", '"Yes," she said.']),
    ("cr", ["Fictional headline", "The mayor said the bridge reopens.", '"Yes," she said.']),
])
def test_line_endings_keep_offsets_exact(report, article_id, expected):
    record = next(r for r in report[2] if r["id"] == article_id)
    text = record["text"]
    assert [text[s:e] for s, e in (x["span"] for x in record["sentences"])] == expected


def test_non_english_is_flagged_and_gets_no_invented_attributions(report):
    record = next(r for r in report[2] if r["id"] == "german")
    assert record["metadata"]["language"] == "de"
    assert record["attributions"] == []
    assert any("English-only" in w for w in record["warnings"])


def test_many_stray_quote_marks_give_a_short_warning_list(report):
    record = next(r for r in report[2] if r["id"] == "quotes")
    assert 1 <= len(record["warnings"]) <= 10
    assert any("more like" in w for w in record["warnings"])


def test_html_scripts_and_forms_do_not_become_text(report):
    record = next(r for r in report[2] if r["id"] == "page")
    assert "window.evil" not in record["text"] and "The mayor said the bridge reopens" in record["text"]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        executable = tag == "script" and dict(attrs).get("type") != "application/json"
        self.scripts += executable or any(k.startswith("on") for k, _ in attrs)


def test_pages_stay_inside_out_and_carry_no_script(hostile, report):
    _, out, _ = hostile
    pages = list(out.rglob("*.html"))
    assert all(out in p.parents for p in pages)
    assert sorted(p.parent.name for p in pages if p.name != "index.html") == ["articles"] * len(report[2])
    for page in pages:
        if page.name == "index.html":
            continue
        parser = _Tags()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.scripts == 0, page
        assert "window.evil" not in page.read_text(encoding="utf-8")


def test_inputs_are_never_modified(hostile, report):
    folder, _, before = hostile
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "huge.txt"} == before


def test_full_disk_is_reported_and_leaves_no_half_file(tmp_path, monkeypatch, capsys):
    (tmp_path / "in.txt").write_text(STORY, encoding="utf-8")

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("analyzer.export.os.fsync", no_space)
    out = tmp_path / "out"
    assert main(["report", str(tmp_path / "in.txt"), "--out", str(out), "--jobs", "1", "--quiet"]) == EXIT_OUTPUT
    assert "No space left" in capsys.readouterr().err
    assert not [p for p in out.rglob("*") if p.is_file() and p.suffix in (".html", ".csv", ".jsonl", ".tmp")]


def test_long_line_without_newline_has_a_clear_outcome(tmp_path, capsys):
    line = ('Fictional: the mayor said the bridge reopens, and "we are ready," she said; ' * 140_000)
    (tmp_path / "long.txt").write_text(line[: 10 * 1024 * 1024], encoding="utf-8")
    out = tmp_path / "o.jsonl"
    status = main(["analyze", str(tmp_path / "long.txt"), "--json", str(out), "--jobs", "1", "--quiet",
                   "--time-budget", "60"])
    err = capsys.readouterr().err
    if status == 0:
        record = json.loads(out.read_text(encoding="utf-8"))
        assert len(record["text"]) == 10 * 1024 * 1024
    else:
        assert status == EXIT_FAILURES and "time budget" in err and "long.txt" in err
