"""Run the analysis over a PolNeAR-style JSONL and write predictions for the reference scorer.

In: a JSONL file of records with "id" and "text" (PolNeAR gold).
Out: JSONL lines {"id", "attributions": [Attribution.to_dict(), ...]}.

Usage: python scripts/predict_polnear.py GOLD.jsonl PRED.jsonl [--top-level]
(--top-level leaves out nested attributions, as PolNeAR gold is flat.)
"""
from __future__ import annotations

import json
import sys
import time

from analyzer.pipeline import analyze


def main(argv: list[str]) -> int:
    gold_path, pred_path = argv[0], argv[1]
    top_level = "--top-level" in argv
    n = 0
    started = time.perf_counter()
    with open(gold_path, encoding="utf-8") as gold, open(pred_path, "w", encoding="utf-8") as out:
        for line in gold:
            rec = json.loads(line)
            analysis = analyze(rec["text"], format="plain", id=rec["id"])
            atts = [a.to_dict() for a in analysis.attributions if not (top_level and a.parent)]
            out.write(json.dumps({"id": rec["id"], "attributions": atts}) + "\n")
            n += 1
    elapsed = time.perf_counter() - started
    print(f"{n} articles in {elapsed:.2f}s: {n / elapsed:.1f} articles/s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
