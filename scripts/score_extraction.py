#!/usr/bin/env python3
"""Write predicted article bodies for the extraction scorer.

In: the dev dumps (``{"id", "dump", ...}`` JSONL) and optionally the folder of
the same pages' HTML (``ID.html.gz``).
Out: a JSONL of ``{"id", "body"}`` records (body = ``Article.body_text``) to
pass to ``../shared/eval/extraction_score.py GOLD PRED``.

    python scripts/score_extraction.py ../shared/data/extraction/dumps-dev.jsonl --out /tmp/pred-dump.jsonl
    python scripts/score_extraction.py ../shared/data/extraction/dumps-dev.jsonl --html-dir \
        ../shared/data/extraction/html-dev --out /tmp/pred-html.jsonl
    python ../shared/eval/extraction_score.py ../shared/data/extraction/dumps-dev.jsonl /tmp/pred-dump.jsonl
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dumps", help="JSONL with id and dump per page")
    parser.add_argument("--out", required=True, help="where to write {id, body} records")
    parser.add_argument("--html-dir", help="read ID.html.gz from this folder instead of the dumps")
    args = parser.parse_args(argv)
    from analyzer.ingest import article_from_text

    with open(args.dumps, encoding="utf-8") as src, open(args.out, "w", encoding="utf-8") as out:
        for line in src:
            record = json.loads(line)
            if args.html_dir:
                html = gzip.open(Path(args.html_dir) / f"{record['id']}.html.gz").read().decode("utf-8", "replace")
                article = article_from_text(html, format="html", id="page")
            else:
                article = article_from_text(record["dump"], format="dump", id="page")
            out.write(json.dumps({"id": record["id"], "body": article.body_text}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
