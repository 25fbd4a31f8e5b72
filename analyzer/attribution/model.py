"""The learned cue model: is this candidate token really an attribution cue?

In: a ``Doc`` and its ``Cue`` candidates.
Out: each candidate's probability (``CueModel.probs``) and the candidates passing
the tuned threshold (``accept``). Candidates inside a quotation, "the said ...",
and participles modifying a noun score 0; signature dashes and speaker labels 1;
the model scores the rest. ``load_boundary`` and ``load_draft`` give the other two
models shipped in the same file.

Weights ship as JSON (``cue_model.json`` next to this file: feature -> weight,
bias, threshold, and the cue words mined from PolNeAR train), trained by
``scripts/train_attribution.py``. Features are strings (word, neighbours,
quote state, position); only candidate tokens are scored, so sentences with no
candidate cost nothing.
"""
from __future__ import annotations

import json
import math
from itertools import repeat
from typing import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from analyzer.attribution.boundary import BoundaryModel
from analyzer.attribution.cues import Cue, as_put_it, never_cue, speaker_label
from analyzer.attribution.filter import DraftModel
from analyzer.attribution.tokens import QUOTE_MARKS, Doc

MODEL_FILE = "cue_model.json"
# Structural cues the model sees too rarely to learn ('"..." ― Name' signatures).
ALWAYS = frozenset({"―"})


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    bias: float
    threshold: float  # for words of the shipped reporting-verb lexicon
    extra_words: frozenset[str]
    extra_threshold: float = 0.5  # for cue words mined from train only (less sure)

    def score(self, feats: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, repeat(0.0, len(feats))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accept(self, doc: Doc, cands: list[Cue]) -> list[Cue]:
        """Candidates scoring over the threshold; a signature dash after a quotation always counts."""
        return [c for c, p in zip(cands, self.probs(doc, cands)) if p >= self.threshold_of(c)]

    def probs(self, doc: Doc, cands: list[Cue]) -> list[float]:
        """The cue probability of each candidate: 1 for signature dashes and speaker labels,
        0 for "the said ..." and for words inside a quotation (they belong to the quoted
        speaker; PolNeAR has no cue inside a content), the model's score for the rest."""
        fixed = [_fixed(doc, c) for c in cands]
        scored = map(self.score, cue_features(doc, [c for c, p in zip(cands, fixed) if p is None]))
        return [next(scored) if p is None else p for p in fixed]

    def threshold_of(self, cue: Cue) -> float:
        return self.extra_threshold if cue.lemma in self.extra_words else self.threshold


def _fixed(doc: Doc, cue: Cue) -> float | None:
    """The probability of candidates decided without the model, else None."""
    if cue.lemma in ALWAYS or speaker_label(doc, cue) or as_put_it(doc, cue):
        return 1.0
    if never_cue(doc, cue) or doc.quote_of[cue.first] >= 0:
        return 0.0
    return None


def scorable(doc: Doc, cands: list[Cue]) -> list[Cue]:
    """The candidates the model scores (training uses the same ones)."""
    return [c for c in cands if _fixed(doc, c) is None]


@lru_cache(maxsize=1)
def load_boundary() -> BoundaryModel | None:
    """The content-boundary model shipped in the same file, or None."""
    raw = _raw()
    if raw is None or "boundary" not in raw:
        return None
    b = raw["boundary"]
    return BoundaryModel(b["weights"], b["bias"], b["threshold"])


@lru_cache(maxsize=1)
def load_draft() -> DraftModel | None:
    """The draft model shipped in the same file, or None."""
    raw = _raw()
    if raw is None or "draft" not in raw:
        return None
    d = raw["draft"]
    return DraftModel(d["weights"], d["bias"], d["threshold"])


@lru_cache(maxsize=1)
def _raw() -> dict | None:
    path = resources.files("analyzer.attribution").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return json.loads(path.read_text("utf-8"))


@lru_cache(maxsize=1)
def load_model() -> CueModel | None:
    """The shipped model, or None when no weights file exists (the hand rule is used)."""
    raw = _raw()
    if raw is None:
        return None
    return CueModel(raw["weights"], raw["bias"], raw["threshold"], frozenset(raw["extra_words"]),
                    raw.get("extra_threshold", raw["threshold"]))


def _shape(token: str) -> str:
    if not token:
        return "NONE"
    if token in QUOTE_MARKS:
        return "Q"
    if token[0].isupper():
        return "Cap"
    if token[0].isalpha():
        return "low"
    if token[0].isdigit():
        return "num"
    return token


def cue_features(doc: Doc, cands: list[Cue]) -> Iterator[list[str]]:
    """One feature list per candidate, in order (the same code serves training and use).

    A generator: each list is scored and dropped before the next is built, so a long
    article never holds them all (which made the garbage collector's passes grow faster
    than the text)."""
    words, raw = doc.words, doc.raw
    n = len(doc)
    seen_in_sentence: dict[int, int] = {}
    say_sentences: dict[int, int] = {}
    for c in cands:
        if c.lemma in ("say", "tell", "according to"):
            say_sentences[doc.sent[c.first]] = say_sentences.get(doc.sent[c.first], 0) + 1
    that_after: dict[int, bool] = {}
    quoted_sentence: dict[int, bool] = {}
    quote_of = doc.quote_of
    for c in cands:
        i, j = c.first, c.last
        s_index = doc.sent[i]
        s0, s1 = doc.sent_bounds[s_index]
        w = " ".join(words[i:j + 1]) if j > i else words[i]
        p1 = words[i - 1] if i > s0 else "<s>"
        p2 = words[i - 2] if i - 1 > s0 else "<s>"
        n1 = words[j + 1] if j + 1 < s1 else "</s>"
        n2 = words[j + 2] if j + 2 < s1 else "</s>"
        p1s = _shape(raw[i - 1] if i > s0 else "")
        n1s = _shape(raw[j + 1] if j + 1 < s1 else "")
        inq = quote_of[i] >= 0
        q_after = _quote_opens_after(doc, j, s1)
        q_before = _quote_closes_before(doc, i, s0)
        before = seen_in_sentence.get(s_index, 0)
        prior_that = that_after.get(s_index, False)
        rel = (i - s0) * 4 // max(1, s1 - s0)
        to_end = min(s1 - j - 1, 6)
        sq = quoted_sentence.get(s_index)
        if sq is None:
            sq = quoted_sentence[s_index] = any(quote_of[k] >= 0 for k in range(s0, s1))
        head = s_index == 0
        subj = _subject_before(doc, i, s0)
        feats = [
            f"w={w}", f"cls={c.verb_class}", f"lem={c.lemma}",
            f"p1={p1}", f"p2={p2}", f"n1={n1}", f"n2={n2}", f"p1s={p1s}", f"n1s={n1s}",
            f"w|p1={w}|{p1}", f"w|n1={w}|{n1}", f"w|n1s={w}|{n1s}", f"w|p1s={w}|{p1s}",
            f"inq={inq}", f"w|inq={w}|{inq}",
            f"qa={q_after}", f"qb={q_before}", f"w|qa={w}|{q_after}", f"w|qb={w}|{q_before}",
            f"rel={rel}", f"toend={to_end}", f"w|toend={w}|{min(to_end, 2)}",
            f"sq={sq}", f"before={min(before, 2)}", f"priorthat={prior_that}", f"w|priorthat={w}|{prior_that}",
            f"head={head}", f"cap={raw[i][:1].isupper()}",
            f"that3={'that' in words[j + 1:min(j + 4, s1)]}",
            f"suf={words[j][-3:]}", f"w|rel={w}|{rel}", f"w|sq={w}|{sq}",
            f"w|head={w}|{head}", f"p1|n1={p1}|{n1}", f"subj={subj}", f"w|subj={w}|{subj}",
            f"othersay={say_sentences.get(s_index, 0) - (c.lemma in ('say', 'tell', 'according to')) > 0}",
            f"slen={min((s1 - s0) // 10, 5)}", f"w|by4={w}|{'by' in words[j + 1:min(j + 5, s1)]}",
        ]
        yield feats
        seen_in_sentence[s_index] = before + 1
        if n1 == "that" or "that" in words[j + 1:min(j + 4, n)]:
            that_after[s_index] = True


def _quote_opens_after(doc: Doc, j: int, s1: int) -> bool:
    k = j + 1
    while k < s1 and doc.words[k] in (",", ":"):
        k += 1
    return k < len(doc) and doc.quote_of[k] >= 0 and doc.quotes[doc.quote_of[k]][0] == k and k - j <= 2


def _quote_closes_before(doc: Doc, i: int, s0: int) -> bool:
    k = i - 1
    steps = 0
    while k >= s0 and doc.quote_of[k] < 0 and steps < 8:
        k -= 1
        steps += 1
    return k >= s0 and doc.quote_of[k] >= 0 and doc.quotes[doc.quote_of[k]][1] == k


SUBJECT_WORDS = frozenset("he she they i we it who officials sources spokesman spokeswoman".split())


def _subject_before(doc: Doc, i: int, s0: int) -> str:
    """What precedes the cue within three words: a name, a pronoun, or neither."""
    for k in range(i - 1, max(s0, i - 4) - 1, -1):
        word = doc.words[k]
        if word in SUBJECT_WORDS:
            return "pron"
        if doc.raw[k][:1].isupper() and k > s0:
            return "name"
        if word in (",", ".", ";", ":") or doc.quote_of[k] >= 0:
            return "none"
    return "none"
