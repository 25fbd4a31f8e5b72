"""Score the source resolver against hand-annotated source mentions of PolNeAR articles.

In: an annotation file (JSONL, one mention a line: {"article": PolNeAR id, "source": [s, e],
"type": DESIGN §6 code, "named": bool} or {"article", "source", "own_voice": true} for the
article's own author/outlet, which are left out) and the PolNeAR JSONL holding the texts.
Out: printed figures — type accuracy, named accuracy, anonymous (described or vague)
precision and recall — with their n, and optionally the errors (--errors).

A line may also carry "affiliation": the list of answers a reader accepts, [] when the article
leaves it unclear (docs/annotating_sources.md); a line with no "type" is scored for affiliation
alone. Affiliation precision is the share of the tool's non-empty affiliations that are accepted,
recall the share of mentions with an accepted answer that get one; "other country" counts the tool
naming a country the answers do not accept when they name a country themselves. Countries are
compared by their canonical name in the package's lists ("U.S." = "US"), organisations without case,
a leading "the" or a possessive; one may hold the other ("Clinton campaign" in "Hillary Clinton
campaign") or be its initials ("U.N."). A line may carry "gender" too (woman, man or unknown):
gender accuracy, the precision and recall of the tool's woman/man calls, and how often it says the
opposite one.

The resolver runs on each article with PolNeAR's gold attributions (their source spans),
so these figures measure source resolution alone, not attribution finding. Texts with no gold
attributions (records without an ``attributions`` list, or an empty one, such as BASIL's) get the
tool's own attributions, with each annotated source span put in place of the found source it
overlaps and an attribution of its sentence made for any annotated span no found one holds.

    python scripts/score_sources.py ANNOTATIONS.jsonl [--polnear ../shared/data/polnear/dev.jsonl] [--errors]
    python scripts/score_sources.py ANNOTATIONS.jsonl --texts ../shared/data/basil/basil.jsonl
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from analyzer.attribution import find_attributions

from analyzer.config import Options
from analyzer.model import Article, Attribution, Metadata, Span
from analyzer.scoring import score
from analyzer.segment import segment
from analyzer.sources import resolve_sources
from analyzer.sources.lexicon import TOKEN, load_lexicon

DEFAULT_POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"
OUTLETS = {"nyt": "The New York Times", "wash-post": "The Washington Post", "politico": "Politico",
           "breitbart": "Breitbart News", "huff-post": "HuffPost", "usa-today": "USA Today",
           "west-journal": "Western Journal", "fox": "Fox News", "hpo": "HuffPost"}


def article_of(rec: dict) -> tuple[Article, tuple[Attribution, ...]]:
    text = rec["text"]
    author = rec.get("author") or ""
    meta = Metadata(title=rec.get("title", ""), outlet=OUTLETS.get(rec.get("publisher", ""), rec.get("publisher", "")),
                    published=rec.get("date", ""), authors=(author,) if author and author != "None" else ())
    art = Article(rec["id"], text, "plain", meta, (Span(0, len(text)),))
    atts = []
    for k, a in enumerate(rec.get("attributions") or ()):
        spans = tuple(Span(s, e) for s, e in a["content_spans"] if e > s)
        if not spans:
            continue
        atts.append(Attribution(f"g{k}", a.get("type") or "indirect", spans,
                                Span(*a["cue"]) if a.get("cue") else None,
                                Span(*a["source"]) if a.get("source") else None))
    return art, tuple(atts)


def spliced_attributions(art: Article, sentences, mentions: list[tuple[int, int]]) -> tuple[Attribution, ...]:
    """The tool's attributions with the annotated source spans in place (see the module docstring)."""
    found, _ = find_attributions(art, sentences)
    pending = sorted(set(mentions))
    out = []
    for att in found:
        hit = next((m for m in pending if att.source is not None
                    and m[0] < att.source.end and att.source.start < m[1]), None)
        if hit is not None:
            pending.remove(hit)
            att = replace(att, source=Span(*hit))
        out.append(att)
    for k, (start, end) in enumerate(pending):
        sentence = next((x.span for x in sentences if x.span.start <= start < x.span.end), Span(start, end))
        # The claim is what the sentence says after its source, or before it when the source ends it.
        content = Span(end, sentence.end) if sentence.end - end > 3 else Span(sentence.start, start)
        if content.end <= content.start:
            content = sentence
        out.append(Attribution(f"m{k}", "indirect", (content,), None, Span(start, end)))
    return tuple(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("annotations")
    ap.add_argument("--polnear", "--texts", dest="polnear", default=str(DEFAULT_POLNEAR),
                    help="JSONL of the articles: PolNeAR, or any records with id and text")
    ap.add_argument("--errors", action="store_true", help="print every disagreement")
    args = ap.parse_args(argv)
    wanted = defaultdict(list)
    for line in open(args.annotations, encoding="utf-8"):
        if line.strip():
            rec = json.loads(line)
            wanted[rec["article"]].append(rec)
    counts: Counter[str] = Counter()
    errors = []
    elapsed = scoring = 0.0
    n_articles = 0
    for line in open(args.polnear, encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] not in wanted:
            continue
        art, atts = article_of(rec)
        seg = segment(art)
        if not atts:
            atts = spliced_attributions(art, seg.sentences,
                                        [tuple(a["source"]) for a in wanted[rec["id"]]])
        t0 = time.perf_counter()
        out, sources = resolve_sources(art, seg.sentences, atts, Options())
        t1 = time.perf_counter()
        score(art, seg, out, sources)
        elapsed += t1 - t0
        scoring += time.perf_counter() - t1
        n_articles += 1
        by_id = {s.id: s for s in sources}
        by_span = {}
        for a in out:
            if a.source is not None:
                by_span[(a.source.start, a.source.end)] = by_id.get(a.source_id or "")
        for ann in wanted[rec["id"]]:
            if ann.get("own_voice"):
                counts["own_voice"] += 1
                continue
            src = by_span.get(tuple(ann["source"]))
            mention = rec["text"][ann["source"][0]:ann["source"][1]]
            if "affiliation" in ann:
                verdict = _count_affiliation(counts, ann["affiliation"], src.affiliation if src else "")
                if args.errors and verdict:
                    errors.append(f"{rec['id'][:40]} {mention!r}: affiliation {verdict}: gold {ann['affiliation']} "
                                  f"got {src.affiliation if src else None!r} ({src.name if src else ''})")
            if "gender" in ann:
                _count_gender(counts, ann["gender"], src.gender if src else "unknown")
                if args.errors and (src.gender if src else "unknown") != ann["gender"]:
                    errors.append(f"{rec['id'][:40]} {mention!r}: gender gold {ann['gender']} "
                                  f"got {src.gender if src else None} ({src.name if src else ''})")
            if "type" not in ann:
                continue
            _count(counts, ann, src)
            if args.errors and (src is None or src.type != ann["type"] or src.named != ann["named"]):
                errors.append(f"{rec['id'][:40]} {mention!r}: gold {ann['type']}/{ann['named']} "
                              f"got {src.type if src else None}/{src.named if src else None} ({src.name if src else ''})")
    _report(counts, elapsed, scoring, n_articles)
    for e in errors:
        print(e)
    return 0


def _count(counts: Counter, ann: dict, src) -> None:
    counts["n"] += 1
    if src is None:
        counts["no_source"] += 1
    counts["type_ok"] += bool(src and src.type == ann["type"])
    counts["named_ok"] += bool(src and src.named == ann["named"])
    pred_anon = bool(src and not src.named)
    gold_anon = not ann["named"]
    counts["pred_anon"] += pred_anon
    counts["gold_anon"] += gold_anon
    counts["anon_tp"] += pred_anon and gold_anon


def _fold(name: str) -> str:
    name = name.lower().replace("’", "'").strip(" .,;:\"'")
    name = re.sub(r"'s\b", "", name)
    name = re.sub(r"^the ", "", name)
    return " ".join(re.sub(r"[^\w\s/&-]", "", name).split())


LEXICON = load_lexicon(None)


def _country(name: str) -> str:
    """The canonical name of the country a label or an affiliation spells ("U.S." -> "US"), by the
    package's own lists, else ""."""
    toks = TOKEN.findall(name.strip())
    n, entries = LEXICON.lookup(toks, 0) if toks else (0, [])
    return entries[0].affiliation if n and n == len(toks) and entries[0].kind == "country" else ""


def _accepted(got: str, answers: list[str]) -> bool:
    """Whether the tool's affiliation is one of the answers: the same country, or one organisation
    name holding the other as whole words."""
    key = _fold(got)
    for answer in answers:
        other = _fold(answer)
        if not key or not other:
            continue
        if _country(got) or _country(answer):
            if (_country(got) or key) == (_country(answer) or other):
                return True
            continue
        short, long_ = sorted((key, other), key=len)
        if re.search(rf"(?:^|\s){re.escape(short)}(?:\s|$)", long_) or _acronym_of(got, answer) \
                or _acronym_of(answer, got):
            return True
    return False


def _acronym_of(short: str, name: str) -> bool:
    """'U.N.' for 'United Nations', 'VFU' for 'Velm Farmers Union'."""
    letters = short.replace(".", "")
    initials = "".join(w[0] for w in _fold(name).split() if w not in ("of", "the", "and", "for", "&"))
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.lower() == initials


def _count_affiliation(counts: Counter, answers: list[str], got: str) -> str:
    """Counts one labelled affiliation; returns what is wrong with the tool's ("" when right)."""
    counts["aff_n"] += 1
    accepted = _accepted(got, answers)
    counts["aff_given"] += bool(got)
    counts["aff_gold"] += bool(answers)
    counts["aff_given_ok"] += bool(got) and accepted
    counts["aff_ok"] += accepted or (not got and not answers)
    other_country = bool(got) and not accepted and bool(_country(got)) and any(_country(a) for a in answers)
    counts["aff_other_country"] += other_country
    if accepted or (not got and not answers):
        return ""
    return "other country" if other_country else "missing" if not got else "not accepted"


def _count_gender(counts: Counter, gold: str, got: str) -> None:
    counts["gender_n"] += 1
    counts["gender_ok"] += got == gold
    counts["gender_given"] += got != "unknown"
    counts["gender_gold"] += gold != "unknown"
    counts["gender_given_ok"] += got != "unknown" and got == gold
    counts["gender_opposite"] += got != "unknown" and gold != "unknown" and got != gold


def _figure(label: str, ok: int, n: int, extra: str = "") -> None:
    """One figure with its counts ("gender accuracy:  0.942 (483/513)"); nothing when n is 0."""
    if n:
        print(f"{label}{ok / n:.3f} ({ok}/{n}){extra}")


def _report(c: Counter, elapsed: float, scoring: float, n_articles: int) -> None:
    n = c["n"] or 1
    print(f"mentions scored: {c['n']} (own-voice mentions left out: {c['own_voice']}; no source produced: {c['no_source']})")
    if c["n"]:
        print(f"type accuracy:   {c['type_ok'] / n:.3f} ({c['type_ok']}/{c['n']})")
        print(f"named accuracy:  {c['named_ok'] / n:.3f} ({c['named_ok']}/{c['n']})")
    if c["pred_anon"]:
        print(f"anonymous precision: {c['anon_tp'] / c['pred_anon']:.3f} ({c['anon_tp']}/{c['pred_anon']})")
    if c["gold_anon"]:
        print(f"anonymous recall:    {c['anon_tp'] / c['gold_anon']:.3f} ({c['anon_tp']}/{c['gold_anon']})")
    if c["aff_n"]:
        _figure("affiliation accuracy:  ", c["aff_ok"], c["aff_n"])
        _figure("affiliation precision: ", c["aff_given_ok"], c["aff_given"],
                f"; other country: {c['aff_other_country']}")
        _figure("affiliation recall:    ", c["aff_given_ok"], c["aff_gold"])
    if c["gender_n"]:
        _figure("gender accuracy:  ", c["gender_ok"], c["gender_n"])
        _figure("gender precision: ", c["gender_given_ok"], c["gender_given"], f"; opposite: {c['gender_opposite']}")
        _figure("gender recall:    ", c["gender_given_ok"], c["gender_gold"])
    if n_articles:
        print(f"resolve_sources: {1000 * elapsed / n_articles:.2f} ms, score: {1000 * scoring / n_articles:.2f} ms "
              f"per article over {n_articles} articles (one pass, cold caches)")


if __name__ == "__main__":
    sys.exit(main())
