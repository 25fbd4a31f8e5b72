"""Paths -> a stream of ``Article``s and ``Failure``s.

In: files, folders (recursed in sorted order) and ``.jsonl`` batches, plus ``Options``.
Out: one ``Article`` per file or JSONL record; a ``Failure(path, reason)``
for each file or line that cannot be read, so that a batch goes on.
Inside folders only article-like files are read (hidden files, ``README*`` and
other extensions are skipped); a file named explicitly is always read.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from analyzer.config import Options
from analyzer.ingest.errors import Failure, IngestError
from analyzer.model import Article

READ_SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl")
MAX_ID_CHARS = 80
_ID_BAD = re.compile(r"[^A-Za-z0-9._-]+")


def id_from_name(name: str) -> str:
    """The article id of a file: its name without folder and known suffixes, sanitised."""
    base = Path(str(name)).name
    if base.lower().endswith(".gz"):
        base = base[:-3]
    return sanitize_id(Path(base).stem or base)


def sanitize_id(value: str) -> str:
    """A safe article id: ``[A-Za-z0-9._-]`` only, no ``..``, at most 80 chars."""
    clean = _ID_BAD.sub("-", str(value))
    clean = re.sub(r"\.{2,}", ".", clean).strip("-.")[:MAX_ID_CHARS].strip("-.")
    return clean or "article"


def iter_articles(paths: Sequence[str], options: Options) -> Iterator[Article | Failure]:
    for item in iter_pending(paths, options):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield item.load()
        except IngestError as exc:
            yield Failure(where_of(item), exc.reason)


def iter_pending(paths: Sequence[str], options: Options) -> Iterator[PendingRecord | PendingFile | Failure]:
    """Like ``iter_articles`` but leaves the ingest of each input to ``load()``, for workers."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for file in _walk(p):
                yield from _pending_file(file, options)
        elif p.exists():
            yield from _pending_file(p, options)
        else:
            yield Failure(str(path), "no such file or folder")


def where_of(item: PendingRecord | PendingFile) -> str:
    """The input an item came from, for messages: the file, or ``file:line``."""
    return item.metadata["source_path"] if isinstance(item, PendingRecord) else item.path


def _pending_file(path: Path, options: Options) -> Iterator[PendingRecord | PendingFile | Failure]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, options)
    else:
        yield PendingFile(str(path), id_from_name(str(path)), options.format, options.max_bytes)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.upper().startswith("README"):
                continue
            if name.lower().endswith(READ_SUFFIXES):
                yield Path(root) / name


def _read_jsonl(path: Path, options: Options) -> Iterator[PendingRecord | Failure]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Failure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield _jsonl_pending(raw, where, path, number, options)
            except IngestError as exc:
                yield Failure(where, exc.reason)


@dataclass(frozen=True, slots=True)
class PendingRecord:
    """A checked JSONL record, not yet ingested (so a worker process can do that part)."""

    text: str
    format: str
    id: str
    metadata: dict

    def load(self) -> Article:
        from analyzer.ingest import article_from_text
        return article_from_text(self.text, format=self.format, id=self.id, metadata=self.metadata)


@dataclass(frozen=True, slots=True)
class PendingFile:
    """A file to read and ingest later; ``load`` raises ``IngestError`` for bad input."""

    path: str
    id: str
    format: str
    max_bytes: int

    def load(self) -> Article:
        from analyzer.ingest import article_from_bytes
        try:
            data = Path(self.path).read_bytes()
        except OSError as exc:
            raise IngestError(f"cannot read: {exc.strerror or exc}") from None
        return article_from_bytes(data, name=self.path, format=self.format, id=self.id,
                                  max_bytes=self.max_bytes)


def _jsonl_pending(raw: bytes, where: str, path: Path, number: int, options: Options) -> PendingRecord:
    if len(raw) > options.max_bytes:
        raise IngestError(f"record of {len(raw):,} bytes is over the limit of {options.max_bytes:,} bytes "
                          f"(raise it with --max-bytes)")
    try:
        record: Any = json.loads(raw.decode("utf-8-sig", errors="replace"))
    except ValueError as exc:
        raise IngestError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise IngestError("a JSONL line must be a JSON object")
    body_key = next((k for k in ("text", "html", "dump") if isinstance(record.get(k), str) and record[k]), "text")
    text = record.get(body_key)
    if not isinstance(text, str):
        raise IngestError('record has no "text", "html" or "dump" string')
    if not text.strip():
        raise IngestError(f'record has an empty "{body_key}"')
    fmt = options.format if body_key == "text" or options.format != "auto" else body_key
    given_id = record.get("id")
    # Ids are kept as given so results join back to the user's data; file
    # names are made from a sanitised form elsewhere (analyzer.batch).
    rid = str(given_id) if given_id not in (None, "") else f"{id_from_name(path.name)}-{number}"
    meta = {k: v for k, v in record.items() if k not in ("id", "text", "html", "dump", "body")}
    meta["source_path"] = where
    return PendingRecord(text, fmt, rid, meta)
