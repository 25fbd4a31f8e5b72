"""The draft model: is this whole attribution (cue + source + content) a real one?

In: a ``Doc``, the ``Draft`` attributions built around accepted cues, and the
cue model's probability for each draft's cue.
Out: the drafts whose logistic score passes the tuned threshold (direct quotations
pass at ``DIRECT_THRESHOLD`` when that is lower).

The cue model judges a cue word from its neighbours; this second model sees
what the span rules made of it — is there a source, and what is it (a name, a
pronoun, "the statement")? does the content open with "that", a quotation, a
preposition? how long is it? — so "spoke for about five minutes" or "told
POLITICO" can be told from "said that ...". That lets the cue threshold sit
lower (more recall) while precision holds. Weights ship in ``cue_model.json``
(key ``draft``), trained by ``scripts/train_attribution.py`` on PolNeAR train
with out-of-fold cue probabilities.
"""
from __future__ import annotations

import math
from itertools import repeat

from analyzer.attribution.draft import Draft
from analyzer.attribution.tokens import QUOTE_MARKS, Doc

PRONOUNS = frozenset("he she they it we i you who which this that".split())
# Direct quotations with a cue are rarely false reports, and losing one costs the most
# (the issue asks for 0.95 of them): they pass at this lower threshold. On PolNeAR dev, 0.2
# and 0.3 gave the same figures and let the threshold for the other drafts rise from 0.3 to 0.4
# with direct recall kept at 0.954.
DIRECT_THRESHOLD = 0.3
# Words that make a "source" a clause rather than a mention.
VERBISH = frozenset("is are was were be been has have had will would can could should to do does did".split())


class DraftModel:
    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights, self.bias, self.threshold = weights, bias, threshold

    def prob(self, feats: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, repeat(0.0, len(feats))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, doc: Doc, drafts: list[Draft], cue_prob: dict[int, float]) -> list[Draft]:
        """Drafts scoring over the threshold, their ``score`` set (``cue_prob``: cue first token -> probability)."""
        for d in drafts:
            p = cue_prob.get(d.cue.first, 1.0)
            # Cues fixed without the cue model (speaker labels, signatures) are structural: kept.
            d.score = 1.0 if p >= 1.0 else self.prob(draft_features(doc, d, p))
        return [d for d in drafts
                if d.score >= (min(self.threshold, DIRECT_THRESHOLD) if _quoted(doc, d) else self.threshold)]


def _quoted(doc: Doc, d: Draft) -> bool:
    """Every content word is inside quotation marks (a direct quotation)."""
    return all(doc.quote_of[k] >= 0 for a, b in d.content for k in range(a, b + 1) if doc.words[k][:1].isalnum())


def _shape(raw: str) -> str:
    if raw in QUOTE_MARKS:
        return "Q"
    if raw[:1].isupper():
        return "Cap"
    if raw[:1].isalpha():
        return "low"
    return "num" if raw[:1].isdigit() else raw


def _bucket(n: int) -> str:
    for limit in (1, 2, 3, 5, 8, 12, 20, 30, 50):
        if n <= limit:
            return str(limit)
    return "more"


def draft_features(doc: Doc, d: Draft, cue_prob: float) -> list[str]:
    """Features of one draft (the same code serves training and use)."""
    words, raw = doc.words, doc.raw
    cue = d.cue
    lemma = cue.lemma
    a, b = d.content[0]
    last = d.content[-1][1]
    size = sum(q - p + 1 for p, q in d.content)
    inside = sum(1 for p, q in d.content for k in range(p, q + 1) if doc.quote_of[k] >= 0)
    kind = "direct" if inside == size else ("mixed" if inside else "indirect")
    side = "after" if a > cue.last else ("before" if last < cue.first else "around")
    if d.source is None:
        src, src_shape, src_len = "none", "none", "0"
    else:
        s0, s1 = d.source
        head = words[s1]
        src = "pron" if s0 == s1 and head in PRONOUNS else head  # the head noun ("spokesman", "statement")
        src_shape = _shape(raw[s0]) + "|" + ("left" if s1 < cue.first else "right")
        src_len = _bucket(s1 - s0 + 1)
        src_len += "|verb" if any(w in VERBISH for w in words[s0:s1 + 1]) else ""  # "X are due to meet ... to"
    first, second = words[a], words[a + 1] if a + 1 <= b else "</c>"
    prob = str(min(int(cue_prob * 10), 9))
    return [
        "lem=" + lemma, "cls=" + cue.verb_class, "p=" + prob, "lem|p=" + lemma + "|" + prob,
        "kind=" + kind, "side=" + side, "kind|side=" + kind + "|" + side, "lem|kind=" + lemma + "|" + kind,
        "src=" + src, "srcshape=" + src_shape, "srclen=" + src_len, "lem|src=" + lemma + "|" + src_shape,
        "first=" + first, "first2=" + first + "|" + second, "lem|first=" + lemma + "|" + first,
        "fshape=" + _shape(raw[a]), "len=" + _bucket(size), "lem|len=" + lemma + "|" + _bucket(size),
        "frags=" + str(min(len(d.content), 3)), "lastw=" + words[last],
        "cuelen=" + str(min(d.cue_last - cue.first + 1, 4)), "head=" + str(doc.sent[cue.first] == 0),
        "cueinq=" + str(doc.quote_of[cue.first] >= 0),
        "shape=" + d.shape, "lem|shape=" + lemma + "|" + d.shape, "shape|src=" + d.shape + "|" + src_shape,
        "gap=" + _bucket(max(0, a - d.cue_last - 1)) if side == "after" else "gap=-",
        "endsent=" + str(last + 1 >= doc.sent_bounds[doc.sent[last]][1] - 1),
    ]
