"""The draft attribution the span rules build, and the trimming every rule shares.

In: token ranges of a ``Doc`` (from ``analyzer.attribution.tokens``).
Out: ``Draft`` (cue, source, content fragments, parent, draft-model score, shape) and
``trim``, which drops sentence punctuation and commas from a range's edges.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from analyzer.attribution.cues import Cue
from analyzer.attribution.tokens import Doc

# A finite verb marks a clause; an appositive ("X, a former engineer, said") has none unless
# a relative clause carries it ("X, who was there, said").
FINITE_VERBS = frozenset("is are was were would will has have had can could should may might must does did "
                         "isn't aren't wasn't weren't won't wouldn't hasn't haven't can't couldn't".split())


@dataclass
class Draft:
    cue: Cue
    cue_last: int  # the cue's last token, tails included
    source: tuple[int, int] | None  # token range, inclusive
    content: list[tuple[int, int]] = field(default_factory=list)
    parent: int | None = None
    score: float = 1.0  # the draft model's probability, when one ran
    shape: str = "after"  # which form of report built it (a feature of the draft model)


def trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing sentence punctuation and leading commas; None when nothing is left."""
    while end >= start and doc.words[end] in (".", ",", ";", ":", "—", "–") and doc.quote_of[end] < 0:
        end -= 1
    while start <= end and doc.words[start] in (",", ";", ":", "—", "–"):
        start += 1
    if end < start or not any(doc.words[k][:1].isalnum() for k in range(start, end + 1)):
        return None
    return (start, end)
