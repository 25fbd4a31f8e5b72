"""Where does an indirect content end? A learned choice among clause boundaries.

In: a ``Doc``, the cue, and the token range a content after the cue could take
(from its first word to the sentence end).
Out: the content's last token: the first boundary (a comma, "but", "while",
"because"...) the model scores over its threshold, else the range's end.

"Trump said X, but Y" — PolNeAR ends the content at the comma; "said X, Y and
Z" runs on. Weights come with the cue model (``cue_model.json``, key
``boundary``), trained by ``scripts/train_attribution.py`` on PolNeAR train.
"""
from __future__ import annotations

import math
from itertools import repeat

from analyzer.attribution.cues import Cue
from analyzer.attribution.tokens import QUOTE_MARKS, Doc

BOUNDARY_WORDS = frozenset({",", ";", "—", "–", "--", "(", "but", "and", "while", "because", "as", "when",
                            "after", "before", "since", "which", "who", "although", "though", "even",
                            "especially", "including", "whereas", "if", "until", "despite", "amid", "where",
                            # prepositions that often open the report's circumstances ("said X in an
                            # interview", "... since the debate"); the model decides each case
                            "in", "on", "at", "during", "for", "from", "with", "over", "by", "ahead",
                            "without", "instead", "so", "or", "then", "than", "against", "about"})


def boundary_features(doc: Doc, cue: Cue, start: int, k: int, end: int, seen: int,
                      verb_before: str | None = None) -> list[str]:
    """Features of cutting the content (from ``start``) before token ``k``; ``verb_before``
    ("V" or "-", whether a finite verb precedes ``k``) is recomputed when not given."""
    words = doc.words
    b = words[k]
    n1 = words[k + 1] if k + 1 <= end else "</s>"
    n2 = words[k + 2] if k + 2 <= end else "</s>"
    p1 = words[k - 1]
    dist = _bucket(k - start)
    rest = _bucket(end - k)
    n1raw = doc.raw[k + 1] if k + 1 <= end else ""
    n1shape = "Q" if n1raw in QUOTE_MARKS else ("Cap" if n1raw[:1].isupper() else "low")
    if verb_before is None:
        verb_before = _verb_within(words, start, k - 1)
    return [
        "b=" + b, "b|n=" + b + "|" + n1, "n=" + n1, "n2=" + n2, "p=" + p1, "b|p=" + b + "|" + p1,
        "dist=" + dist, "rest=" + rest, "b|dist=" + b + "|" + dist, "b|rest=" + b + "|" + rest,
        "cue=" + cue.lemma, "that=" + str(words[start] == "that"), "inq=" + str(doc.quote_of[k] >= 0),
        "b|nshape=" + b + "|" + n1shape, "seen=" + str(min(seen, 3)),
        "b|n|n2=" + b + "|" + n1 + "|" + n2, "b|cue=" + b + "|" + cue.lemma,
        "b|that=" + b + "|" + str(words[start] == "that"), "p|b|n=" + p1 + "|" + b + "|" + n1,
        "b|first=" + b + "|" + _opening(words[start]), "b|verb=" + b + "|" + verb_before,
        "b|verbnext=" + b + "|" + _verb_within(words, k + 1, min(end, k + VERB_LOOKAHEAD)),
        "b|seen=" + b + "|" + str(min(seen, 3)),
    ]


# Words that mark a finite clause without a tagger: a content with none yet is a noun phrase
# ("questioned the health of X, who is 70"), whose commas the model may weigh differently.
# (These verb features took PolNeAR dev token F1 from 0.854 to 0.855 and match@0.9 from 0.614 to 0.618.)
FINITE = frozenset("is are was were be been being has have had will would can could should may might must "
                   "do does did 's 're 've 'd n't not".split())
VERB_LOOKAHEAD = 4  # tokens after a boundary searched for a finite verb (", who is 70")


def _verb_within(words: list[str], a: int, b: int) -> str:
    for w in words[a:b + 1]:
        if w in FINITE or (len(w) > 4 and w.endswith("ed")):
            return "V"
    return "-"


def _opening(word: str) -> str:
    return word if word in ("that", "to", "whether", "if", "why", "how", "what", "the") else "other"


def _bucket(n: int) -> str:
    for limit in (1, 2, 3, 5, 8, 12, 20, 30):
        if n <= limit:
            return str(limit)
    return "more"


def boundaries(doc: Doc, start: int, end: int) -> list[int]:
    """Candidate cut points: boundary tokens after the content's first word."""
    return [k for k in range(start + 1, end + 1) if doc.words[k] in BOUNDARY_WORDS]


class BoundaryModel:
    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights, self.bias, self.threshold = weights, bias, threshold

    def prob(self, feats: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, repeat(0.0, len(feats))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def end(self, doc: Doc, cue: Cue, start: int, end: int) -> int:
        """The content's last token: just before the first boundary scored as its end.

        (Taking instead the boundary most likely to end the content — p_k times the
        product of (1 - p_j) before it — scored lower on PolNeAR dev: match F1 0.742
        against 0.745, share MAE 7.4 against 6.5.)
        """
        verb, scanned = "-", start  # the verb flag grows with k: one pass over the content
        for seen, k in enumerate(boundaries(doc, start, end)):
            if verb == "-":
                verb = _verb_within(doc.words, scanned, k - 1)
                scanned = k
            if doc.quote_of[k] >= 0:
                continue  # never cut inside a quotation
            if self.prob(boundary_features(doc, cue, start, k, end, seen, verb)) >= self.threshold:
                return k - 1
        return end
