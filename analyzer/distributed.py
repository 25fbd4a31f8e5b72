"""Running the same analysis on a Dask cluster (``--engine dask``).

In: input paths (read and ingested here, streamed), ``Options``, a scheduler
address (or none for a local cluster).
Out: the same ordered ``Done`` / ``Failed`` stream as ``analyzer.runner.run``
— workers call the same pure ``process_article`` — so every file written
afterwards is identical to a local run.

For Spark or any engine that maps a function over partitions of JSONL lines,
``analyze_partition(lines, options)`` is the pure entry point:

    rdd.mapPartitions(lambda lines: analyze_partition(lines, Options(format="plain")))

Needs the optional extra ``analyzer[dask]``.
"""
from __future__ import annotations

import json
from typing import Callable, Iterable, Iterator

from analyzer.config import Options
from analyzer.ingest import Failure, article_from_text, iter_articles
from analyzer.model import Article
from analyzer.runner import Done, Failed, process_article, unique_ids

# Articles per Dask task: big enough that scheduling overhead (~1 ms a task)
# stays small next to ~10 ms of analysis per article.
PARTITION_SIZE = 32
# Partitions in flight at once: bounds the memory held for ordered output.
WINDOW = 16


def analyze_partition(lines: Iterable[str], options: Options) -> Iterator[dict]:
    """JSONL lines ``{"id", "text", ...metadata}`` -> JSON records (or ``{"id", "error"}``)."""
    for number, line in enumerate(lines, 1):
        try:
            raw = json.loads(line)
            article = article_from_text(raw["text"], format=options.format, id=str(raw.get("id", number)),
                                        metadata={k: v for k, v in raw.items() if k not in ("id", "text")})
        except (ValueError, KeyError, TypeError) as exc:
            yield {"id": str(number), "error": f"bad record: {exc}"}
            continue
        result = process_article(article, options)
        yield result.record if isinstance(result, Done) else {"id": article.id, "error": result.reason}


def _process_batch(batch: list[Article], options: Options, render: bool) -> list[Done | Failed]:
    return [process_article(article, options, render) for article in batch]


def _batches(paths: list[str], options: Options, skip: Callable | None) -> Iterator[list]:
    batch: list = []
    for item in unique_ids(iter_articles(paths, options)):
        if skip is not None and not isinstance(item, Failure):
            item = skip(item) or item
        batch.append(item)
        if len(batch) >= PARTITION_SIZE:
            yield batch
            batch = []
    if batch:
        yield batch


def run_dask(paths: list[str], options: Options, *, render: bool = False, scheduler: str = "",
             skip: Callable | None = None) -> Iterator[Done | Failed]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        raise SystemExit("analyzer: --engine dask needs the extra: pip install 'analyzer[dask]'") from exc
    cluster = None if scheduler else LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        pending: list = []
        for batch in _batches(paths, options, skip):
            todo = [a for a in batch if isinstance(a, Article)]
            future = client.submit(_process_batch, todo, options, render, pure=False) if todo else None
            pending.append((batch, future))
            while len(pending) >= WINDOW:
                yield from _merge(*pending.pop(0))
        while pending:
            yield from _merge(*pending.pop(0))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _merge(batch: list, future) -> Iterator[Done | Failed]:
    """Put worker results back between the ready items, in input order."""
    results = iter(future.result()) if future is not None else iter(())
    for item in batch:
        yield next(results) if isinstance(item, Article) else item
