"""What ``analyzer analyze`` and ``analyzer report`` write.

In: input paths, ``Options``, how many jobs.
Out: the JSONL file, or a report folder — one page per article under
``articles/``, ``index.html``, ``articles.csv``, ``attributions.csv``,
``sources.csv``, ``outlets.csv``, ``analysis.jsonl``, ``manifest.json`` —
and an exit status (see ``analyzer.cli``).

Tables are streamed into temporary files and renamed into place at the end;
every article page is written atomically when its article is done, with its
record cached under ``.cache/`` so ``--resume`` can skip it next time. No
clock time goes into any file: the same input and version give the same bytes.
"""
from __future__ import annotations

import hashlib
import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Iterator

from analyzer import __version__
from analyzer.config import Options
from analyzer.export import (ATTRIBUTION_COLUMNS, SOURCE_COLUMNS, CsvTable, article_row, atomic_open,
                             attribution_rows, jsonl_line, source_rows, write_csv_atomic,
                             write_text_atomic)
from analyzer.ingest.files import sanitize_id
from analyzer.model import Article
from analyzer.runner import Done, Failed, Progress, run
from analyzer.scoring import scalar_measures

EXIT_OK, EXIT_FAILURES, EXIT_OUTPUT = 0, 1, 3
ARTICLE_DIR = "articles"
CACHE_DIR = ".cache"


def _count_inputs(paths: list[str]) -> int | None:
    """A cheap total for the progress bar: files, plus lines of JSONL batches."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for f in files:
            if f.suffix == ".jsonl":
                with open(f, "rb") as handle:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
            else:
                total += 1
    return total or None


def _progress(paths: list[str], quiet: bool) -> Progress:
    enabled = not quiet and sys.stderr.isatty()
    return Progress(sys.stderr, _count_inputs(paths) if enabled else None, enabled)


def _results(paths, options, jobs, render, engine, scheduler, skip=None) -> Iterator[Done | Failed]:
    if engine == "dask":
        from analyzer.distributed import run_dask
        return run_dask(paths, options, render=render, scheduler=scheduler, skip=skip)
    return run(paths, options, jobs=jobs, render=render, skip=skip)


def _finish(progress: Progress, failures: list[Failed], quiet: bool) -> int:
    """Close the progress display, print the summary line, and give the exit status."""
    seconds = progress.close()
    if not quiet:
        ok = progress.count - len(failures)
        rate = progress.count / seconds if seconds > 0 else 0.0
        print(f"analyzer: {ok} articles analysed, {len(failures)} failed, in {seconds:.1f} s "
              f"({rate:.1f} articles/s)", file=sys.stderr)
    return EXIT_FAILURES if failures else EXIT_OK


def _output_error(progress: Progress | None, where: object, exc: OSError) -> int:
    if progress is not None:
        progress.close()
    print(f"analyzer: cannot write to {where}: {exc.strerror or exc}", file=sys.stderr)
    return EXIT_OUTPUT


def describe(failed: Failed) -> str:
    """One line naming the input and the reason (the reason may already name it)."""
    reason = failed.reason
    if reason.startswith(failed.path):
        reason = reason[len(failed.path):].lstrip(": ")
    return f"analyzer: {failed.path}: {reason}"


def analyze_to_jsonl(paths: list[str], out: str, options: Options, *, jobs: int, quiet: bool,
                     engine: str = "local", scheduler: str = "") -> int:
    failures: list[Failed] = []
    progress = _progress(paths, quiet)
    try:
        with ExitStack() as stack:
            handle = sys.stdout if out == "-" else stack.enter_context(atomic_open(out))
            for item in _results(paths, options, jobs, False, engine, scheduler):
                if isinstance(item, Failed):
                    failures.append(item)
                    print(describe(item), file=sys.stderr)
                else:
                    handle.write(item.jsonl())
                progress.step(isinstance(item, Failed))
    except OSError as exc:
        return _output_error(progress, out, exc)
    return _finish(progress, failures, quiet)


# The scores the index page shows; everything else stays in the tables.
INDEX_SCORES = ("attributed_token_share", "n_sources", "official_share", "named_source_share",
                "cites_anonymous", "direct_share")


def slim_row(record: dict, href: str) -> dict:
    """What the outlet aggregates need of an article: identity and the scalar measures."""
    meta = record["metadata"]
    return {
        "id": record["id"], "href": href, "title": meta.get("title", ""), "outlet": meta.get("outlet", ""),
        "published": meta.get("published", ""), "url": meta.get("url", ""),
        # the claim list is long and only the article page needs it
        "scores": {k: v for k, v in record["scores"].items() if k != "unattributed_claims"},
        "warnings": record["warnings"],
    }


def index_row(slim: dict) -> dict:
    """The few fields of a slim row that the index page shows (kept in memory for the whole run)."""
    flat = scalar_measures(slim["scores"])
    return {**slim, "scores": {k: flat.get(k) for k in INDEX_SCORES},
            "warnings": slim["warnings"][:3]}


def _read_rows(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def page_stem(article_id: str) -> str:
    """A safe file name for an article's page: the sanitised id, plus a short
    hash of the exact id when sanitising changed it (so two ids never share a file)."""
    clean = sanitize_id(article_id)
    if clean == article_id:
        return clean
    return f"{clean[:60]}-{hashlib.sha256(article_id.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


class _Cache:
    """Records of finished articles, keyed by run settings, for ``--resume``."""

    def __init__(self, folder: Path, key: str, enabled: bool):
        self.folder, self.key, self.enabled = folder, key, enabled

    def path(self, article_id: str) -> Path:
        return self.folder / f"{page_stem(article_id)}.json"

    def lookup(self, article: Article) -> Done | None:
        if not self.enabled:
            return None
        try:
            saved = json.loads(self.path(article.id).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        record = saved.get("record", {})
        if saved.get("key") != self.key or record.get("text") != article.text:
            return None
        return Done(article.id, record, None)

    def store(self, record: dict) -> None:
        write_text_atomic(self.path(record["id"]), json.dumps({"key": self.key, "record": record},
                                                              ensure_ascii=False))


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files left by a run that was killed (``atomic_open`` names them ``.NAME.*.tmp``)."""
    for folder in (out, out / ARTICLE_DIR, out / CACHE_DIR):
        for stale in folder.glob(".*.tmp"):
            stale.unlink(missing_ok=True)


def write_report(paths: list[str], out_dir: str, options: Options, *, jobs: int, quiet: bool,
                 resume: bool = False, engine: str = "local", scheduler: str = "") -> int:
    from analyzer.aggregate import OUTLET_COLUMNS, aggregate, outlet_rows
    from analyzer.cli import data_hashes, lexicon_digest, run_key
    from analyzer.report import render_article, render_index

    out = Path(out_dir)
    try:
        (out / ARTICLE_DIR).mkdir(parents=True, exist_ok=True)
        (out / CACHE_DIR).mkdir(exist_ok=True)
    except OSError as exc:
        return _output_error(None, out, exc)
    _remove_stale_temporaries(out)
    key = run_key(options)
    cache = _Cache(out / CACHE_DIR, key, resume)
    failures: list[Failed] = []
    rows: list[dict] = []  # index rows only: a few fields per article
    spill = out / CACHE_DIR / ".rows.tmp"  # full slim rows, streamed back for the aggregates
    progress = _progress(paths, quiet)
    try:
        with open(spill, "w", encoding="utf-8") as spill_handle, \
                atomic_open(out / "analysis.jsonl") as jsonl, \
                atomic_open(out / "articles.csv") as articles_csv, \
                atomic_open(out / "attributions.csv") as attributions_csv, \
                atomic_open(out / "sources.csv") as sources_csv:
            articles_table = CsvTable(articles_csv)
            attributions_table = CsvTable(attributions_csv, ATTRIBUTION_COLUMNS)
            sources_table = CsvTable(sources_csv, SOURCE_COLUMNS)
            for item in _results(paths, options, jobs, True, engine, scheduler,
                                  skip=cache.lookup if resume else None):
                progress.step(isinstance(item, Failed))
                if isinstance(item, Failed):
                    failures.append(item)
                    print(describe(item), file=sys.stderr)
                    continue
                record = item.record
                href = f"{ARTICLE_DIR}/{page_stem(record['id'])}.html"
                page = out / href
                if item.html is not None:
                    write_text_atomic(page, item.html)
                    cache.store(record)
                elif not page.exists():
                    write_text_atomic(page, render_article(record, index_href="../index.html"))
                jsonl.write(jsonl_line(record))
                articles_table.write(article_row(record))
                for row in attribution_rows(record):
                    attributions_table.write(row)
                for row in source_rows(record):
                    sources_table.write(row)
                slim = slim_row(record, href)
                spill_handle.write(json.dumps(slim, ensure_ascii=False) + "\n")
                rows.append(index_row(slim))
            articles_table.ensure_header(list(article_row({"id": "", "metadata": {}, "scores": {}})))
        outlets = list(outlet_rows(aggregate(_read_rows(spill))))
        write_csv_atomic(out / "outlets.csv", outlets, OUTLET_COLUMNS)
        files = {name: name for name in ("articles.csv", "attributions.csv", "sources.csv", "outlets.csv",
                                          "analysis.jsonl", "manifest.json")}
        write_text_atomic(out / "index.html", render_index(rows, outlets, files))
        manifest = {
            "tool": "analyzer", "version": __version__, "options": options.to_dict(), "run_key": key,
            "data_hashes": data_hashes(), "lexicon_digest": lexicon_digest(options), "inputs": paths,
            "articles": len(rows), "failures": [f.to_dict() for f in failures],
            "files": sorted(files) + [r["href"] for r in rows],
        }
        write_text_atomic(out / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        return _output_error(progress, out, exc)
    finally:
        spill.unlink(missing_ok=True)
    return _finish(progress, failures, quiet)
