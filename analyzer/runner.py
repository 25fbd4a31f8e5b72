"""Batch runs: many inputs -> records, in order, on one or all cores.

In: paths (files, folders, JSONL batches) and ``Options``.
Out: an ordered stream of ``Done`` (a JSON record, maybe its rendered HTML)
and ``Failed`` (input, reason) items. ``process_article`` is the pure
per-article function that local runs, Dask and Spark all call.

Each article gets a time budget (``Options.time_budget``): an article that
exceeds it fails with a message, and the batch goes on. Errors inside the
analysis of one article never stop the batch.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator

from analyzer.config import Options
from analyzer.export import jsonl_line
from analyzer.ingest import Failure, IngestError, iter_articles
from analyzer.ingest.files import PendingFile, PendingRecord, iter_pending, where_of
from analyzer.model import Article, Span
from analyzer.pipeline import analyze_article

# Articles handed to a worker at once: large enough to amortise the pickling
# round trip (~0.1 ms), small enough to keep the progress bar moving.
CHUNK_SIZE = 4


@dataclass(frozen=True, slots=True)
class Done:
    id: str
    record: dict | None
    html: str | None = None
    line: str | None = None  # the record as a JSONL line, made by a worker when only that is needed

    def jsonl(self) -> str:
        return self.line if self.line is not None else jsonl_line(self.record)


# An input that could not be read or analysed; the same shape whichever stage failed.
Failed = Failure


class BudgetExceeded(Exception):
    pass


def _on_alarm(signum, frame):  # pragma: no cover - exercised through process_article
    raise BudgetExceeded()


def process_article(article: Article, options: Options, render: bool = False) -> Done | Failed:
    """Analyse one article (and render its page); any error becomes ``Failed``."""
    where = article.metadata.source_path or article.id
    use_alarm = options.time_budget > 0 and threading.current_thread() is threading.main_thread()
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, options.time_budget)
    try:
        record = analyze_article(article, options).to_dict()
        html = None
        if render:
            from analyzer.report import render_article
            html = render_article(record, index_href="../index.html")
        return Done(article.id, record, html)
    except BudgetExceeded:
        return Failed(where, f"analysis took longer than the time budget of {options.time_budget:g} s "
                             f"(raise it with --time-budget)")
    except RecursionError:
        return Failed(where, "input too deeply nested to analyse")
    except MemoryError:
        return Failed(where, "input too large to analyse in memory")
    except Exception as exc:  # one bad article must not stop a batch of 50,000
        return Failed(where, f"internal error while analysing: {type(exc).__name__}: {exc}")
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def unique_ids(items: Iterable) -> Iterator:
    """Give articles whose ids collide (also case-insensitively) a numbered suffix."""
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, Failure):
            base, n, key = item.id, 1, item.id.casefold()
            while key in seen:
                n += 1
                key = f"{base}-{n}".casefold()
            if n > 1:
                item = dataclasses.replace(item, id=f"{base}-{n}")
            seen.add(key)
        yield item


def _work(job: tuple[Article | PendingRecord | PendingFile, Options, bool]) -> Done | Failed:
    item, options, render = job
    if isinstance(item, Article):
        article = item
    else:  # ingest here too, so the parent process only hands out work
        try:
            article = item.load()
        except IngestError as exc:
            return Failed(where_of(item), exc.reason)
    result = process_article(article, options, render)
    if isinstance(result, Done) and not render:
        # Serialising here, in parallel, is cheaper than sending the dict back to
        # be serialised by the one parent process.
        return Done(result.id, None, None, jsonl_line(result.record))
    return result


def _worker_init() -> None:
    # Ctrl-C is handled once, by the parent, which then stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def run(paths: list[str], options: Options, *, jobs: int = 1, render: bool = False,
        skip: "callable | None" = None) -> Iterator[Done | Failed]:
    """Ingest and analyse every input, in input order.

    ``skip(article)`` may return a ready ``Done`` (e.g. from a resume cache) to
    avoid re-analysing it.
    """
    # A resume check needs the ingested text; otherwise ingest is left to the workers.
    items = unique_ids(iter_articles(paths, options) if skip else iter_pending(paths, options))

    def jobs_and_ready() -> Iterator[tuple[Article, Options, bool] | Done | Failed]:
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            ready = skip(item) if skip else None
            yield ready if ready is not None else (item, options, render)

    stream = jobs_and_ready()
    if jobs <= 1:
        for item in stream:
            yield item if isinstance(item, (Done, Failed)) else _work(item)
        return
    yield from _run_parallel(stream, jobs)


def warm_up() -> None:
    """Load every model and lexicon once, by analysing a tiny fictional text."""
    analyze_article(Article("warm-up", WARM_UP_TEXT, "plain", body=(Span(0, len(WARM_UP_TEXT)),)))


WARM_UP_TEXT = 'Fictional: "We are ready," the mayor of Varde said on Monday, according to officials.'


def _work_chunk(jobs: list[tuple[Article, Options, bool]]) -> list[Done | Failed]:
    return [_work(job) for job in jobs]


def _run_parallel(stream, jobs: int) -> Iterator[Done | Failed]:
    """Keep input order while workers analyse chunks; ready items pass straight through.

    At most ``jobs * 4`` chunks are in flight, so memory stays bounded however
    long the input is.
    """
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    if ctx.get_start_method() == "fork":
        warm_up()  # forked workers inherit the loaded models instead of each parsing them again
    pending: deque = deque()  # ready items and AsyncResults of chunks, in input order
    chunk: list = []
    with ctx.Pool(jobs, initializer=_worker_init) as pool:
        def flush() -> None:
            if chunk:
                pending.append(pool.apply_async(_work_chunk, (list(chunk),)))
                chunk.clear()

        for item in stream:
            if isinstance(item, (Done, Failed)):
                flush()
                pending.append(item)
            else:
                chunk.append(item)
                if len(chunk) >= CHUNK_SIZE:
                    flush()
            while len(pending) > jobs * 4:
                yield from _resolve(pending.popleft())
        flush()
        while pending:
            yield from _resolve(pending.popleft())


def _resolve(item) -> list[Done | Failed]:
    return [item] if isinstance(item, (Done, Failed)) else item.get()


class Progress:
    """A one-line progress display on stderr with rate and ETA (only on a terminal)."""

    def __init__(self, stream, total: int | None, enabled: bool):
        self.stream, self.total, self.enabled = stream, total, enabled
        self.count = 0
        self.failed = 0
        self.start = time.perf_counter()
        self._last = 0.0

    def step(self, failed: bool = False) -> None:
        self.count += 1
        self.failed += failed
        now = time.perf_counter()
        if not self.enabled or now - self._last < 0.2:
            return
        self._last = now
        rate = self.count / max(now - self.start, 1e-9)
        if self.total:
            left = max(self.total - self.count, 0) / max(rate, 1e-9)
            done = min(self.count / self.total, 1.0)
            bar = "#" * int(done * 30)
            line = f"\r[{bar:<30}] {self.count}/{self.total} {rate:.0f}/s ETA {int(left // 60)}m{int(left % 60):02d}s"
        else:
            line = f"\r{self.count} articles {rate:.0f}/s"
        self.stream.write(line)
        self.stream.flush()

    def close(self) -> float:
        if self.enabled:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()
        return time.perf_counter() - self.start
