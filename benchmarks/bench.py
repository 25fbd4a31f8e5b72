"""Speed benchmark of the analyzer (not a test).

In: a corpus — PolNeAR dev from ../shared/data when present, else a generated
corpus of fictional wire-style articles of about 900 words.
Out (stdout): articles/s and tokens/s for analysis alone and with HTML
reports, time per stage, start-up time (import + model load), peak memory,
the ratio to a plain regex-tokenisation pass over the same texts, a growth
check (one article at 1x, 10x, 100x length; the corpus at 1x and 10x), and the
parallel speed-up of ``--jobs 2`` over ``--jobs 1``.

    python benchmarks/bench.py [--corpus FILE.jsonl] [--limit N] [--no-parallel]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"
WORD = re.compile(r"\w+")

_SENTENCES = [
    'The minister of transport, Elena Vasquez, said on Tuesday that the new rail line would open "before the winter".',
    "According to the regional council, the project has cost 4.2 billion euros so far.",
    '"We are not going to accept further delays," Vasquez told reporters in Lisbon.',
    "Critics argue that the budget was never realistic, a senior official said on condition of anonymity.",
    "The line connects twelve towns along the coast and will carry 40,000 passengers a day.",
    "Construction began in 2019 after years of planning and two changes of government.",
    "A spokesman for the builder, Ferrovia Norte, declined to comment on the delays.",
    "Residents near the tracks have complained about noise since the first test trains ran in March.",
    '"It is loud, but it will be worth it," said Marta Quintas, a teacher who lives near the station.',
    "The newspaper Diario Costa reported that the auditors believed the costs had been understated.",
]


def generated_corpus(n: int, seed: int = 7) -> list[dict]:
    """Fictional articles of ~900 words built from template sentences."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paragraphs = [" ".join(rng.choice(_SENTENCES) for _ in range(3)) for _ in range(12)]
        out.append({"id": f"gen-{i}", "text": "Fictional rail line story\n\n" + "\n\n".join(paragraphs)})
    return out


def load_corpus(path: Path | None, limit: int | None) -> tuple[list[dict], str]:
    if path and path.exists():
        records = [json.loads(line) for line in path.open(encoding="utf-8")]
        name = str(path)
    else:
        records, name = generated_corpus(84), "generated fictional corpus (84 articles)"
    return (records[:limit] if limit else records), name


def startup_seconds() -> float:
    """Import the package and load every model in a fresh interpreter."""
    code = ("import time; t=time.perf_counter(); import analyzer; from analyzer import analyze; "
            "analyze('Warm-up. \"Yes,\" she said.', format='plain'); print(time.perf_counter()-t)")
    best = float("inf")
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        best = min(best, float(out.stdout.strip()))
    return best


def time_stages(records: list[dict]) -> dict[str, float]:
    """Seconds spent in each pipeline stage, then in ``to_dict`` and HTML rendering."""
    from analyzer.attribution import find_attributions
    from analyzer.config import Options
    from analyzer.ingest import article_from_text
    from analyzer.pipeline import analyze_article
    from analyzer.report import render_article
    from analyzer.scoring import score
    from analyzer.segment import segment
    from analyzer.sources import resolve_sources

    options = Options(format="plain")
    stages = dict.fromkeys(["ingest", "segment", "attribution", "sources", "scoring", "to_dict", "render"], 0.0)
    clock = time.perf_counter
    for rec in records:
        t0 = clock()
        article = article_from_text(rec["text"], format="plain", id=rec["id"])
        t1 = clock()
        seg = segment(article)
        t2 = clock()
        atts, _ = find_attributions(article, seg.sentences)
        t3 = clock()
        atts, sources = resolve_sources(article, seg.sentences, atts, options)
        t4 = clock()
        score(article, seg, atts, sources, options)
        t5 = clock()
        record = analyze_article(article, options)
        t6 = clock()
        data = record.to_dict()
        t7 = clock()
        render_article(data, index_href="../index.html")
        t8 = clock()
        for name, seconds in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t7 - t6, t8 - t7)):
            stages[name] += seconds
    return stages


def analysis_seconds(records: list[dict]) -> float:
    from analyzer import analyze
    start = time.perf_counter()
    for rec in records:
        analyze(rec["text"], format="plain", id=rec["id"])
    return time.perf_counter() - start


def regex_pass_seconds(records: list[dict]) -> float:
    start = time.perf_counter()
    for rec in records:
        WORD.findall(rec["text"])
    return time.perf_counter() - start


def parallel_speedup(records: list[dict]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as handle:
            for rec in records:
                handle.write(json.dumps({"id": rec["id"], "text": rec["text"]}) + "\n")
        times = []
        for jobs in (1, 2):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "analyzer", "analyze", str(src), "--format", "plain",
                            "--json", str(Path(tmp) / f"out{jobs}.jsonl"), "--jobs", str(jobs), "--quiet"],
                           check=False)
            times.append(time.perf_counter() - t)
        same = (Path(tmp) / "out1.jsonl").read_bytes() == (Path(tmp) / "out2.jsonl").read_bytes()
        print(f"  --jobs 2 output identical to --jobs 1: {same}")
    return times[0], times[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=POLNEAR_DEV)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-parallel", action="store_true")
    args = parser.parse_args()
    records, name = load_corpus(args.corpus, args.limit)
    n = len(records)
    n_tokens = sum(len(WORD.findall(r["text"])) for r in records)
    print(f"corpus: {name}: {n} articles, {n_tokens:,} word tokens ({n_tokens / n:.0f} per article)")
    print(f"python {sys.version.split()[0]}, cpu cores {os.cpu_count()}, one core used unless stated")

    print(f"start-up (fresh interpreter: import + model load + one tiny article): {startup_seconds():.3f} s")
    analysis_seconds(records[:5])  # warm caches
    t_an = min(analysis_seconds(records) for _ in range(2))
    t_re = regex_pass_seconds(records)
    print(f"analysis alone: {n / t_an:.1f} articles/s, {n_tokens / t_an:,.0f} tokens/s "
          f"({t_an / n * 1000:.2f} ms per article)")
    print(f"regex tokenisation pass: {n / t_re:,.0f} articles/s; analysis costs {t_an / t_re:.0f}x that pass")

    stages = time_stages(records)
    with_html = t_an + stages["to_dict"] + stages["render"]
    print(f"with HTML reports: {n / with_html:.1f} articles/s (to_dict adds {stages['to_dict'] / n * 1000:.2f} ms, "
          f"render {stages['render'] / n * 1000:.2f} ms per article)")
    print("time per stage (ms per article):")
    for stage, seconds in stages.items():
        print(f"  {stage:<12} {seconds / n * 1000:7.3f}")

    print("growth check (one article repeated):")
    base = max(records, key=lambda r: len(r["text"]) if len(r["text"]) < 8000 else 0)
    times = {}
    for factor in (1, 10, 100):
        rec = {"id": f"x{factor}", "text": "\n\n".join([base["text"]] * factor)}
        t = time.perf_counter()
        analysis_seconds([rec])
        times[factor] = time.perf_counter() - t
        print(f"  {factor:>3}x length ({len(rec['text']):,} chars): {times[factor]:.3f} s "
              f"(ratio to 1x: {times[factor] / times[1]:.1f})")
    print("growth check (corpus size):")
    t1 = analysis_seconds(records)
    t10 = analysis_seconds(records * 10)
    print(f"   1x corpus: {t1:.2f} s; 10x corpus: {t10:.2f} s (ratio {t10 / t1:.1f})")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB")
    if not args.no_parallel:
        one, two = parallel_speedup(records * 20)
        print(f"CLI analyze, {20 * n} articles (start-up included): --jobs 1 {one:.2f} s, --jobs 2 {two:.2f} s, "
              f"speed-up {one / two:.2f}x")


if __name__ == "__main__":
    main()
