"""Tables and files out of analysis records (DESIGN §8).

In: JSON records (``Analysis.to_dict()``), one at a time.
Out: JSONL lines and tidy CSV rows — ``articles.csv``, ``attributions.csv``,
``sources.csv`` (one row per thing, each carrying article id, outlet, date,
url), ``outlets.csv`` — and atomic file writing.

Article text is untrusted: CSV cells that a spreadsheet would run as a formula
(starting ``= + - @``, tab or CR) are prefixed with ``'``; JSON is written by
the json module only. Files are written to a temporary name in the target
folder and renamed into place, so a reader never sees half a file.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from analyzer.scoring import scalar_measures

WORD = re.compile(r"\w+")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


FILE_MODE = _file_mode()  # what open() would give a new file under this process's umask

ARTICLE_KEYS = ["article_id", "outlet", "published", "url", "title", "format", "language",
                "n_warnings"]
ATTRIBUTION_COLUMNS = ARTICLE_KEYS[:4] + [
    "attribution_id", "kind", "verb_class", "cue_text", "source_text", "source_id", "source_name",
    "source_type", "parent", "content_text", "content_start", "content_end", "content_spans",
    "cue_start", "cue_end", "source_start", "source_end",
]
SOURCE_COLUMNS = ARTICLE_KEYS[:4] + [
    "source_id", "name", "type", "official", "named", "identification", "anonymity_justified",
    "affiliation", "gender", "n_mentions", "n_attributions", "attributed_tokens", "verbs",
]


def csv_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells; numbers pass unchanged."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _slice(text: str, span: list[int] | None) -> str:
    return text[span[0]:span[1]] if span else ""


def _article_cells(record: dict) -> dict[str, Any]:
    meta = record.get("metadata", {})
    return {
        "article_id": record["id"],
        "outlet": meta.get("outlet", ""),
        "published": meta.get("published", ""),
        "url": meta.get("url", ""),
        "title": meta.get("title", ""),
        "format": record.get("format", ""),
        "language": meta.get("language", ""),
        "n_warnings": len(record.get("warnings", [])),
    }


def article_row(record: dict) -> dict[str, Any]:
    """One row of articles.csv: the article's identity then every scalar measure."""
    row = _article_cells(record)
    row.update(scalar_measures(record.get("scores", {})))
    return row


def attribution_rows(record: dict) -> Iterator[dict[str, Any]]:
    text = record["text"]
    ident = _article_cells(record)
    sources = {s["id"]: s for s in record.get("sources", [])}
    for att in record.get("attributions", []):
        source = sources.get(att.get("source_id") or "", {})
        content, cue, src = att["content"], att.get("cue"), att.get("source")
        yield {
            **{k: ident[k] for k in ARTICLE_KEYS[:4]},
            "attribution_id": att["id"],
            "kind": att["kind"],
            "verb_class": att.get("verb_class", ""),
            "cue_text": _slice(text, cue),
            "source_text": _slice(text, src),
            "source_id": att.get("source_id") or "",
            "source_name": source.get("name", ""),
            "source_type": source.get("type", ""),
            "parent": att.get("parent") or "",
            "content_text": " … ".join(_slice(text, s) for s in att["content_spans"]),
            "content_start": content[0],
            "content_end": content[1],
            "content_spans": ";".join(f"{s}-{e}" for s, e in att["content_spans"]),
            "cue_start": cue[0] if cue else "",
            "cue_end": cue[1] if cue else "",
            "source_start": src[0] if src else "",
            "source_end": src[1] if src else "",
        }


def source_rows(record: dict) -> Iterator[dict[str, Any]]:
    text = record["text"]
    ident = _article_cells(record)
    by_source: dict[str, list[dict]] = {}
    for att in record.get("attributions", []):
        by_source.setdefault(att.get("source_id") or "", []).append(att)
    for source in record.get("sources", []):
        atts = by_source.get(source["id"], [])
        tokens = {m.start() + s for att in atts for s, e in att["content_spans"]
                  for m in WORD.finditer(text[s:e])}
        verbs = sorted({_slice(text, a.get("cue")).lower() for a in atts if a.get("cue")})
        yield {
            **{k: ident[k] for k in ARTICLE_KEYS[:4]},
            "source_id": source["id"],
            "name": source["name"],
            "type": source["type"],
            "official": source["official"],
            "named": source["named"],
            "identification": source["identification"],
            "anonymity_justified": source["anonymity_justified"],
            "affiliation": source["affiliation"],
            "gender": source["gender"],
            "n_mentions": len(source.get("mentions", [])),
            "n_attributions": len(atts),
            "attributed_tokens": len(tokens),
            "verbs": "; ".join(verbs),
        }


class CsvTable:
    """A CSV file written row by row; its columns are fixed by the first row (or given)."""

    def __init__(self, handle: io.TextIOBase, columns: list[str] | None = None):
        self._handle = handle
        self._writer: csv.DictWriter | None = None
        if columns is not None:
            self._start(columns)

    def _start(self, columns: list[str]) -> None:
        self._writer = csv.DictWriter(self._handle, fieldnames=columns, extrasaction="ignore",
                                      lineterminator="\n")
        self._writer.writeheader()

    def ensure_header(self, columns: list[str]) -> None:
        """Write the header now if no row has fixed the columns (an empty table)."""
        if self._writer is None:
            self._start(columns)

    def write(self, row: dict[str, Any]) -> None:
        if self._writer is None:
            self._start(list(row))
        assert self._writer is not None
        self._writer.writerow({k: csv_cell(v) for k, v in row.items()})


def jsonl_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n"


@contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w") -> Iterator[io.TextIOBase]:
    """Open a temporary file beside ``path``; rename it into place only on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, FILE_MODE)  # mkstemp makes 0600; outputs are ordinary files others may read
        binary = "b" in mode
        with os.fdopen(fd, mode, **({} if binary else {"encoding": "utf-8", "newline": ""})) as handle:
            yield handle  # type: ignore[misc]
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    with atomic_open(path) as handle:
        handle.write(text)


def write_csv_atomic(path: str | os.PathLike, rows: Iterable[dict[str, Any]], columns: list[str] | None) -> None:
    with atomic_open(path) as handle:
        table = CsvTable(handle, columns)
        for row in rows:
            table.write(row)
