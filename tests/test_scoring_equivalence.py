"""The fast paths of analyzer/scoring.py give what the plain definitions give.

``claim_cues`` tests words with sets before (or instead of) its regular expressions, and
``_token_owners`` paints spans widest first instead of comparing widths token by token. Both
are checked against straightforward re-implementations on fictional sentences and nestings.
"""
from __future__ import annotations

import itertools

import pytest

from analyzer import scoring
from analyzer.model import Attribution, Span

SENTENCES = [
    "The ferry left at dawn.",
    "Three boats sank in the storm on Monday.",
    "Prices rose because the harbour closed.",
    "The council approved the budget after a long debate.",
    "Counterattacks were reported near Velmar.",
    "Rebels attacked the post in Dorin.",
    "She was wounded in the raid.",
    "The rally in Ostra drew crowds.",
    "The Deals were signed in Kelso.",
    "Skills matter more than luck, Velk argued.",
    "In response, the mayor of Dorin resigned.",
    "The vote in 2019 was close.",
    "Dozens protested outside the embassy in Aldor.",
    "It happened so fast.",
    "The war-torn town of Brena rebuilt its school.",
    "Nothing happened.",
    "", "2020", "due to rain", "The Protesters in Velmar left.",
]


def plain_claim_cues(text: str) -> list[str]:
    why = []
    if scoring._DATE.search(text):
        why.append("date")
    if scoring._NUMBER.search(scoring._DATE.sub(" ", text)):
        why.append("number")
    if scoring._CAUSE.search(text):
        why.append("cause")
    if scoring._EVENT.search(text) and scoring._PROPER.search(text):
        why.append("event")
    return why


@pytest.mark.parametrize("text", SENTENCES)
def test_claim_cues_match_the_regular_expressions(text):
    assert scoring.claim_cues(text) == plain_claim_cues(text)


def test_claim_cues_table():
    assert scoring.claim_cues("Rebels attacked the post in Dorin.") == ["event"]
    assert scoring.claim_cues("Counterattacks were reported near Velmar.") == []
    assert scoring.claim_cues("It happened so fast.") == []


def plain_owners(tokens, attributions):
    owner, size = [None] * len(tokens), [1 << 60] * len(tokens)
    for att in attributions:
        extent = len(att.envelope)
        for span in att.content:
            for i, tok in enumerate(tokens):
                if span.start <= tok.start and tok.end <= span.end and extent < size[i]:
                    owner[i], size[i] = att.id, extent
    return owner


TOKENS = tuple(Span(i * 4, i * 4 + 3) for i in range(12))
CONTENTS = [((0, 47),), ((4, 23),), ((8, 15),), ((4, 23),), ((24, 31), (36, 43)), ((30, 40),)]


@pytest.mark.parametrize("picks", [p for r in (1, 2, 3) for p in itertools.permutations(range(len(CONTENTS)), r)])
def test_token_owners_innermost_first_on_ties(picks):
    atts = tuple(Attribution(f"a{k}", "indirect", tuple(Span(s, e) for s, e in CONTENTS[k])) for k in picks)
    assert scoring._token_owners(TOKENS, atts) == plain_owners(TOKENS, atts)
