"""Sample PolNeAR source mentions into batches for blind hand annotation.

In: a PolNeAR JSONL file (records with ``text`` and gold ``attributions`` holding ``source``
spans), how many articles, how many mentions at most per article, a seed, how many batches.
Out: one folder per batch under --out, each with ``articles.md`` (every sampled article's full
text, then its mentions numbered with their offsets, text and sentence) and ``todo.jsonl`` (one
line per mention: article id and source span, the lines an annotator completes with ``type`` and
``named``, or ``own_voice``, as ``scripts/score_sources.py`` reads them). The guide to follow is
``docs/annotating_sources.md``.

Articles listed in --skip files (an earlier sample's todo.jsonl) are left out, so a second sample adds
new articles. Articles are dealt to batches round-robin by outlet so every batch mixes outlets; mentions are the
distinct gold source spans of an article, sampled when there are more than --per-article. Nothing
here runs the analyzer, so an annotator working from these files never sees its answers.

    python scripts/sample_source_mentions.py ../shared/data/polnear/dev.jsonl --out local/ann \\
        --articles 60 --per-article 12 --batches 6 --seed 27
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path


def distinct_sources(record: dict) -> list[tuple[int, int]]:
    spans = {tuple(a["source"]) for a in record.get("attributions") or () if a.get("source")}
    return sorted(s for s in spans if s[1] > s[0])


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence-like stretch holding [start, end): cut at blank lines or sentence ends."""
    left = max(text.rfind("\n", 0, start), max((m.end() for m in re.finditer(r"[.!?][”\"']?\s", text[:start])),
                                                  default=0) - 1)
    right_match = re.search(r"[.!?][”\"']?(\s|$)|\n", text[end:])
    right = end + right_match.end() if right_match else len(text)
    return " ".join(text[left + 1:right].split())


def not_sampled(records: list[dict], earlier: list[Path]) -> list[dict]:
    """The records whose articles no earlier sample file (todo or labels lines) holds."""
    taken = {json.loads(line)["article"] for path in earlier for line in path.open(encoding="utf-8") if line.strip()}
    return [r for r in records if r["id"] not in taken]


def deal_articles(records: list[dict], n_articles: int, rng: random.Random) -> list[dict]:
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        if distinct_sources(record):
            by_outlet[record.get("publisher", "")].append(record)
    for pool in by_outlet.values():
        rng.shuffle(pool)
    chosen: list[dict] = []
    while len(chosen) < n_articles and any(by_outlet.values()):
        for outlet in sorted(by_outlet):
            if by_outlet[outlet] and len(chosen) < n_articles:
                chosen.append(by_outlet[outlet].pop())
    return chosen


def write_batch(folder: Path, records: list[dict], per_article: int, rng: random.Random) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    pages, todo = [], []
    for number, record in enumerate(records, 1):
        text = record["text"]
        spans = distinct_sources(record)
        if len(spans) > per_article:
            spans = sorted(rng.sample(spans, per_article))
        pages.append(f"# Article {number}: {record['id']}\n\nOutlet: {record.get('publisher', '')}; "
                     f"author line: {record.get('author', '')}\n\n{text}\n\n## Mentions of article {number}\n")
        for k, (start, end) in enumerate(spans, 1):
            context = sentence_around(text, start, end)
            pages.append(f"{number}.{k}  [{start}, {end}]  «{text[start:end]}»  in: {context}")
            todo.append({"article": record["id"], "source": [start, end], "mention": text[start:end]})
        pages.append("\n")
    (folder / "articles.md").write_text("\n".join(pages), encoding="utf-8")
    (folder / "todo.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in todo),
                                       encoding="utf-8")
    return len(todo)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--per-article", type=int, default=12)
    parser.add_argument("--batches", type=int, default=6)
    parser.add_argument("--seed", type=int, default=27)
    parser.add_argument("--skip", type=Path, nargs="*", default=[],
                        help="todo.jsonl or labels files whose articles an earlier sample already holds")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    records = [json.loads(line) for line in args.polnear.open(encoding="utf-8") if line.strip()]
    records = not_sampled(records, args.skip)
    chosen = deal_articles(records, args.articles, rng)
    for b in range(args.batches):
        n = write_batch(args.out / f"batch{b + 1}", chosen[b::args.batches], args.per_article, rng)
        print(f"batch{b + 1}: {len(chosen[b::args.batches])} articles, {n} mentions")


if __name__ == "__main__":
    main()
