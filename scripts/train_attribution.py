"""Train the attribution models on PolNeAR train; tune their thresholds on dev.

In: ``--train`` and ``--dev`` PolNeAR JSONL files (default: ../shared/data/polnear/).
Out: ``analyzer/attribution/cue_model.json`` — the cue model (feature weights,
bias, thresholds, the cue words mined from train), the content-boundary model
(key ``boundary``) and the draft model (key ``draft``) — and, printed, the dev
figures of every threshold combination tried.

Usage: OMP_NUM_THREADS=1 python scripts/train_attribution.py [--train F] [--dev F] [--C 0.3] [--out F]
(about 30-50 s on one core; --out writes the weights elsewhere, for experiments).

Models: three logistic regressions (scikit-learn, liblinear) over string features.
1. Cue: over the candidates of ``analyzer.attribution.cues.candidates`` that the
   model scores (``model.scorable``: not inside a quotation, not a fixed case) with
   the features of ``analyzer.attribution.model.cue_features``; a candidate is
   positive when it overlaps a gold cue span.
2. Boundary: over the clause boundaries after a gold cue
   (``analyzer.attribution.boundary``); positive where the gold content ends.
3. Draft: over the drafts (cue + source + content) that ``spans.build`` makes
   around every cue scoring at least DRAFT_CUE_THRESHOLD, with cue probabilities
   from cue models trained on the other half of train (FOLDS); positive when the
   draft's content matches a gold content (Dice >= 0.5), features from
   ``analyzer.attribution.filter.draft_features``.
Thresholds are chosen on dev by ``objective``: match@0.5 F1 among the combinations meeting the
issue's other targets.

Figures on PolNeAR dev with the shipped weights (reference scorer; command:
``python scripts/predict_polnear.py ../shared/data/polnear/dev.jsonl /tmp/pred.jsonl &&
python ../shared/eval/attribution_score.py ../shared/data/polnear/dev.jsonl /tmp/pred.jsonl``):
match@0.5 F1 0.781 (0.7809; P 0.826, R 0.740), full@0.5 F1 0.680, token F1 0.867 (P 0.873,
R 0.860), share MAE 5.4 points, recall direct 0.957 / mixed 0.883 / indirect 0.652, with --C 0.3. (Before
"opened" left the mined words, --C 0.45 / 0.6 / 0.8 gave token F1 0.858 / 0.860 / 0.859 but full F1
0.661 / 0.658 / 0.658, 0.8 dropping direct recall to 0.947; 0.6 won on one half of dev and lost
on the other.)
"""
from __future__ import annotations

import argparse
import bisect
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

import analyzer.attribution as attribution  # noqa: E402
from analyzer.attribution import model as model_module  # noqa: E402
from analyzer.attribution import boundary as boundary_module  # noqa: E402
from analyzer.attribution import filter as filter_module  # noqa: E402
from analyzer.attribution.cues import AUXILIARIES, Cue, candidates  # noqa: E402
from analyzer.attribution.spans import build  # noqa: E402
from analyzer.attribution.tokens import tokenize  # noqa: E402
from analyzer.evaluate import score_records  # noqa: E402
from analyzer.model import Article, Span  # noqa: E402
from analyzer.segment import segment  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "polnear"
OUT = ROOT / "analyzer" / "attribution" / model_module.MODEL_FILE
# A word becomes a cue candidate when it was (part of) a gold cue at least
# MIN_CUE_COUNT times in train and in at least MIN_CUE_RATIO of its uses
# (on dev, ratios 0.08 / 0.15 / 0.2 / 0.3 / 0.6 gave match F1 0.683 / 0.706 / 0.706 / 0.702 / 0.693;
# the first with an older span builder; 0.3 keeps fewer odd cue words such as "opened")
MIN_CUE_COUNT = 3
MIN_CUE_RATIO = 0.15
# Auxiliaries and prepositions sit inside gold cues ("has said", "said in") but
# never head one; as candidates they steal the cue from the verb.
FUNCTION_WORDS = AUXILIARIES | frozenset("the a an of in for to on at with by from as about into over do does did "
                                         "being get got this it".split())
# Verbs PolNeAR marks when used figuratively ("Trump attacked Clinton") that hard news
# mostly uses for physical acts ("Israel attacked military targets"): DESIGN §5 cues signal
# speech or thought, so these are never mined as cue words (the lexicon may still list
# speech-only senses such as "slam" or "blast").
PHYSICAL_ACTIONS = frozenset("attack attacks attacked attacking strike strikes struck striking hit hits hitting "
                             "fire fired fires firing launch launched launches launching bomb bombed kill killed "
                             "pass passed passes passing vote voted votes voting shoot shot push pushed pushes pushing "
                             "sign signed signs signing open opened opens opening".split())  # "opened" a road, an office, fire: 7 of
# its 39 uses in train are cues ("opened up about")
# Adverbs sit inside gold cues ("finally said") but only these mark a report on their own.
EVIDENTIAL = frozenset({"reportedly", "allegedly", "apparently", "supposedly", "purportedly", "ostensibly"})
THRESHOLDS = [0.2, 0.3, 0.4]
EXTRA_THRESHOLDS = [0.3, 0.4, 0.5]
# The dev objective is the headline figure, match@0.5 F1, among the combinations that
# meet its other targets (token F1, full@0.5 F1, share MAE, recall of direct quotes); when none
# does, the one missing them by the least. (Until the direct-quote threshold of the draft model,
# the sum match + full + token F1 - MAE / 50 was used; it picked combinations 0.001-0.002 lower in
# match F1 and higher in full F1, which sits well over its target.)
TARGETS = {"token": 0.86, "full@0.5": 0.62}
MAX_MAE = 6.0
MIN_DIRECT_RECALL = 0.95
BOUNDARY_THRESHOLDS = [0.6]  # 0.4, 0.5, 0.7 and never cutting (1.01) scored lower on dev
# The draft model learns from the drafts built around every cue scoring at least
# DRAFT_CUE_THRESHOLD (out of fold, FOLDS folds), so that it has seen the weak cues it must judge.
DRAFT_CUE_THRESHOLD = 0.1
DRAFT_BOUNDARY_THRESHOLD = 0.6
FOLDS = 2
DRAFT_THRESHOLDS = [0.3, 0.35, 0.4, 0.5]  # 0.0 (keep every draft) and 0.6 scored lower on dev


def objective(result: dict) -> float:
    """match@0.5 F1, less the shortfall from every other target (0 when all are met) times 10."""
    shortfall = sum(max(0.0, goal - result[name][2]) for name, goal in TARGETS.items())
    shortfall += max(0.0, result["share MAE"] - MAX_MAE) / 100
    shortfall += max(0.0, MIN_DIRECT_RECALL - result["recall by type"]["direct"][0])
    return result["match@0.5"][2] - 10 * shortfall


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def docs_of(recs: list[dict]):
    for rec in recs:
        text = rec["text"]
        article = Article(id=rec["id"], text=text, format="plain", body=(Span(0, len(text)),))
        yield rec, tokenize(text, segment(article).sentences)


def cue_token_flags(doc, rec) -> list[bool]:
    spans = []
    for att in rec["attributions"]:
        for s, e in att.get("cue_spans") or ([att["cue"]] if att.get("cue") else []):
            spans.append((s, e))
    flags = [False] * len(doc)
    for k in range(len(doc)):
        a, b = doc.starts[k], doc.ends[k]
        flags[k] = any(a < e and b > s for s, e in spans)
    return flags


def mine_words(pairs) -> frozenset[str]:
    as_cue: collections.Counter[str] = collections.Counter()
    seen: collections.Counter[str] = collections.Counter()
    for doc, flags in pairs:
        for word, flag in zip(doc.words, flags):
            seen[word] += 1
            as_cue[word] += flag
    return frozenset(w for w, n in as_cue.items()
                     if n >= MIN_CUE_COUNT and n / seen[w] >= MIN_CUE_RATIO and w[:1].isalpha()
                     and w not in FUNCTION_WORDS and w not in PHYSICAL_ACTIONS
                     and (not w.endswith("ly") or w in EVIDENTIAL))


def examples(pairs, extra: frozenset[str]):
    X, y = [], []
    for doc, flags in pairs:
        cands = model_module.scorable(doc, candidates(doc, extra))
        for cand, feats in zip(cands, model_module.cue_features(doc, cands)):
            X.append({f: 1 for f in feats})
            y.append(int(any(flags[cand.first:cand.last + 1])))
    return X, y


def boundary_examples(recs_docs, extra: frozenset[str]):
    """Cut points after gold cues: 1 at the gold content's end, 0 at the boundaries before it."""
    X, y = [], []
    for rec, doc in recs_docs:
        lemma_at = {}
        for cand in candidates(doc, extra):
            for k in range(cand.first, cand.last + 1):
                lemma_at[k] = cand
        for att in rec["attributions"]:
            if not att.get("cue") or not att.get("content_spans"):
                continue
            cue_toks = _tokens_in(doc, att["cue"])
            first_span = min(att["content_spans"])
            con_toks = _tokens_in(doc, first_span)
            if not cue_toks or not con_toks or con_toks[0] <= cue_toks[-1]:
                continue
            start, g_end = con_toks[0], con_toks[-1]
            if doc.sent[start] != doc.sent[cue_toks[0]]:
                continue
            end = doc.sent_bounds[doc.sent[start]][1] - 1
            cue = lemma_at.get(cue_toks[0]) or Cue(cue_toks[0], cue_toks[-1], doc.words[cue_toks[0]], "neutral")
            seen = 0
            for k in boundary_module.boundaries(doc, start, end):
                if doc.quote_of[k] >= 0:
                    continue
                if k > g_end + 1:
                    break
                X.append({f: 1 for f in boundary_module.boundary_features(doc, cue, start, k, end, seen)})
                y.append(int(k == g_end + 1))
                seen += 1
    return X, y


def _tokens_in(doc, span) -> list[int]:
    s, e = span
    k = bisect.bisect_right(doc.ends, s)
    out = []
    while k < len(doc) and doc.starts[k] < e:
        out.append(k)
        k += 1
    return out


def fit(X, y, C: float) -> tuple[dict[str, float], float]:
    """Logistic regression over string features; the weights as a feature -> weight dict."""
    vec = DictVectorizer()
    matrix = vec.fit_transform(X).tocsr()
    matrix.indices = matrix.indices.astype("int32")  # liblinear refuses 64-bit indices
    matrix.indptr = matrix.indptr.astype("int32")
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=200, random_state=0)  # reproducible weights
    clf.fit(matrix, y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 5) for n, w in zip(names, clf.coef_[0]) if abs(w) >= 1e-4}
    return weights, float(clf.intercept_[0])


def dev_scores(dev_pairs, dev_recs, cue_model, boundary=None, draft_model=None) -> dict:
    preds = {}
    for (doc, _), rec in zip(dev_pairs, dev_recs):
        drafts = attribution.draft_attributions(doc, cue_model, boundary, draft_model)
        preds[rec["id"]] = [a.to_dict() for a in attribution._to_attributions(doc, drafts)]
    return score_records(dev_recs, preds)


def out_of_fold_models(train_pairs, extra, C: float) -> list:
    """A cue model per train document, trained on the other fold (honest cue probabilities)."""
    folds = [list(range(f, len(train_pairs), FOLDS)) for f in range(FOLDS)]
    per_doc = [None] * len(train_pairs)
    for f, held in enumerate(folds):
        held_set = set(held)
        X, y = examples([p for i, p in enumerate(train_pairs) if i not in held_set], extra)
        weights, bias = fit(X, y, C)
        cue_model = model_module.CueModel(weights, bias, DRAFT_CUE_THRESHOLD, extra, DRAFT_CUE_THRESHOLD)
        for i in held:
            per_doc[i] = cue_model
    return per_doc


def draft_examples(train_recs, train_pairs, cue_models, boundary):
    """Drafts built on train around out-of-fold cues: 1 when the content matches a gold one (Dice >= 0.5)."""
    X, y = [], []
    for rec, (doc, _), cue_model in zip(train_recs, train_pairs, cue_models):
        gold = []
        for att in rec["attributions"]:
            spans = att.get("content_spans") or ([att["content"]] if att.get("content") else [])
            toks = {k for s, e in spans for k in _tokens_in(doc, (s, e))
                    if doc.words[k][:1].isalnum()}
            if toks:
                gold.append(toks)
        pool = candidates(doc, cue_model.extra_words)
        probs = cue_model.probs(doc, pool)
        cue_prob = {c.first: p for c, p in zip(pool, probs)}

        def capture(drafts):
            """Features and labels of the drafts as the draft model sees them (before later cuts)."""
            for d in drafts:
                pred = {k for a, b in d.content for k in range(a, b + 1) if doc.words[k][:1].isalnum()}
                best = max((2 * len(pred & g) / (len(pred) + len(g)) for g in gold), default=0.0)
                X.append({f: 1 for f in filter_module.draft_features(doc, d, cue_prob.get(d.cue.first, 1.0))})
                y.append(int(best >= 0.5))
            return drafts

        cues = [c for c, p in zip(pool, probs) if p >= cue_model.threshold_of(c)]
        build(doc, cues, pool, boundary, capture)
    return X, y


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default=str(DATA / "train.jsonl"))
    ap.add_argument("--dev", default=str(DATA / "dev.jsonl"))
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--out", default=str(OUT), help="where the weights go (default: the shipped file)")
    args = ap.parse_args()
    train_recs, dev_recs = load(Path(args.train)), load(Path(args.dev))
    train_pairs = [(doc, cue_token_flags(doc, rec)) for rec, doc in docs_of(train_recs)]
    dev_pairs = [(doc, cue_token_flags(doc, rec)) for rec, doc in docs_of(dev_recs)]
    extra = mine_words(train_pairs)
    X, y = examples(train_pairs, extra)
    print(f"mined {len(extra)} cue words; {len(y)} candidates, {sum(y)} positive", file=sys.stderr)
    weights, bias = fit(X, y, args.C)
    train_docs = [(rec, doc) for rec, (doc, _) in zip(train_recs, train_pairs)]
    bX, by = boundary_examples(train_docs, extra)
    print(f"{len(by)} boundary examples, {sum(by)} content ends", file=sys.stderr)
    b_weights, b_bias = fit(bX, by, args.C)
    draft_boundary = boundary_module.BoundaryModel(b_weights, b_bias, DRAFT_BOUNDARY_THRESHOLD)
    dX, dy = draft_examples(train_recs, train_pairs, out_of_fold_models(train_pairs, extra, args.C), draft_boundary)
    print(f"{len(dy)} draft examples, {sum(dy)} matching gold", file=sys.stderr)
    d_weights, d_bias = fit(dX, dy, args.C)
    best = None
    for t in THRESHOLDS:
        for t_extra in EXTRA_THRESHOLDS:
            for t_b in BOUNDARY_THRESHOLDS:
                for t_d in DRAFT_THRESHOLDS:
                    cue_model = model_module.CueModel(weights, bias, t, extra, t_extra)
                    cutter = boundary_module.BoundaryModel(b_weights, b_bias, t_b)
                    drafter = filter_module.DraftModel(d_weights, d_bias, t_d)
                    result = dev_scores(dev_pairs, dev_recs, cue_model, cutter, drafter)
                    key = objective(result)
                    print(f"thresholds {t:.2f}/{t_extra:.2f}/{t_b:.2f}/{t_d:.2f}: "
                          f"match {result['match@0.5'][2]:.3f} full {result['full@0.5'][2]:.3f} "
                          f"token {result['token'][2]:.3f} MAE {result['share MAE']:.1f} "
                          f"direct {result['recall by type']['direct'][0]:.3f}", file=sys.stderr)
                    if best is None or key > best[0]:
                        best = (key, t, t_extra, t_b, t_d)
    _, threshold, extra_threshold, b_threshold, d_threshold = best
    out = Path(args.out)
    out.write_text(json.dumps({
        "about": "Cue, content-boundary and draft models trained by scripts/train_attribution.py on PolNeAR "
                 "train (840 articles); thresholds tuned on PolNeAR dev.",
        "boundary": {"weights": b_weights, "bias": round(b_bias, 5), "threshold": b_threshold},
        "draft": {"weights": d_weights, "bias": round(d_bias, 5), "threshold": d_threshold},
        "threshold": threshold, "extra_threshold": extra_threshold, "bias": round(bias, 5),
        "extra_words": sorted(extra), "weights": weights,
    }, sort_keys=True), encoding="utf-8")
    print(f"wrote {out} ({len(weights)} weights, thresholds {threshold}/{extra_threshold}/{b_threshold}/"
          f"{d_threshold})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
