"""A run killed mid-batch leaves no half-written file, and --resume finishes it
with the same bytes as an uninterrupted run."""
import os
import signal
import subprocess
import sys
import time

from analyzer.cli import main

N_ARTICLES = 300
TEMPLATE = ("Fictional town story {n}\n\nThe council of Varde {n} voted to rebuild the school, the mayor said.\n"
            '"It will open in {year}," said Mayor Inga Lund. Critics said the plan was too expensive.\n')


def _write_batch(folder):
    folder.mkdir()
    for n in range(N_ARTICLES):
        (folder / f"town{n:03d}.txt").write_text(TEMPLATE.format(n=n, year=2030 + n % 5), encoding="utf-8")


def _snapshot(out):
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.parts}


def test_kill_then_resume_equals_uninterrupted_run(tmp_path):
    src = tmp_path / "in"
    _write_batch(src)
    reference = tmp_path / "ref"
    assert main(["report", str(src), "--out", str(reference), "--jobs", "1", "--quiet"]) == 0

    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "analyzer", "report", str(src), "--out", str(out),
                             "--jobs", "1", "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list((out / "articles").glob("*.html"))) < 20:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    pages = list((out / "articles").glob("*.html"))
    assert 20 <= len(pages) < N_ARTICLES, "the kill did not land mid-batch"
    assert not (out / "index.html").exists() and not (out / "manifest.json").exists()
    for page in pages:  # every page that exists is whole
        assert page.read_text(encoding="utf-8").rstrip().endswith("</html>")

    assert main(["report", str(src), "--out", str(out), "--jobs", "1", "--quiet", "--resume"]) == 0
    assert not list(out.rglob("*.tmp"))
    assert _snapshot(out) == _snapshot(reference)
