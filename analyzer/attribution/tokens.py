"""Tokens and quotations of an article body, as offsets.

In: ``Article.text`` and the body ``Sentence`` spans.
Out: ``Doc`` — tokens (``start``/``end`` arrays, lower-cased forms, sentence
index of each token), the quotations found (token ranges, possibly running
over sentences and paragraphs), an "inside a quotation" flag per token, and
warnings for unbalanced quote marks.

Tokens are words (``\\w+`` with inner apostrophes, "don't", "Clinton's") and
single punctuation marks; the NYT-style ``''`` and ````` pairs are one token.
Quote marks of every kind are recognised: ``" “ ” „ « » ' ‘ ’ '' ``````.
A straight or right single mark inside a word ("don't") or after a plural
("voters' rights") is an apostrophe, not a quote. A paragraph opening with a
mark of the same style continues an open quotation; one of another style means
the first was never closed. A sentence that the splitter ended on a title
("Mr.", "Lt.") is joined to the next one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzer.model import Sentence

# "--" (a typed dash) is one token, like "—": the boundary and cut rules treat it as a clause break.
TOKEN = re.compile(r"\w+(?:['’]\w+)*|''|``|--|\S")
OPEN_ONLY = frozenset({"“", "„", "«", "``", "‘", "‹"})
CLOSE_ONLY = frozenset({"”", "»", "’", "›"})
AMBIGUOUS = frozenset({'"', "''", "'"})
QUOTE_MARKS = OPEN_ONLY | CLOSE_ONLY | AMBIGUOUS
SINGLE = frozenset({"‘", "’", "'", "‹", "›"})
# Titles whose full stop is no sentence end ("Mr. Obama said"): a sentence ending
# in one is joined to the next one of its paragraph (the sentence splitter
# sometimes cuts there, which cut contents and sources short).
TITLES = frozenset("mr mrs ms dr sen rep gov gen brig maj capt cmdr adm lt col sgt cpl supt insp det "
                   "prof rev fr hon st messrs mmes".split())
# Left marks that may also close (German „...“ closes with “).
_OPENING_CONTEXT = re.compile(r"[\s(\[{—–\-/:]")


@dataclass
class Doc:
    """The token view of one article body (mutable while built, then read only)."""

    text: str
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # lower-cased token text
    raw: list[str] = field(default_factory=list)
    sent: list[int] = field(default_factory=list)  # sentence index per token
    para: list[int] = field(default_factory=list)
    sent_bounds: list[tuple[int, int]] = field(default_factory=list)  # token range per sentence
    quotes: list[tuple[int, int]] = field(default_factory=list)  # token range [open mark, close mark]
    quote_of: list[int] = field(default_factory=list)  # index into quotes, -1 outside
    warnings: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.starts)


def tokenize(text: str, sentences: tuple[Sentence, ...]) -> Doc:
    """Tokens of the given sentences, with quotations paired across them."""
    doc = Doc(text)
    starts, ends, raw, sent, para = doc.starts, doc.ends, doc.raw, doc.sent, doc.para
    s_index = -1
    last_title_end = -1  # where the last sentence ended on a title's full stop ("Mr.")
    for sentence in sentences:
        # Match objects live for one sentence only: holding a long article's worth at once
        # made the garbage collector's full passes grow faster than the text.
        found = list(TOKEN.finditer(text, sentence.span.start, sentence.span.end))
        first = len(starts)
        if found and last_title_end == first and para and para[-1] == sentence.paragraph:
            first = doc.sent_bounds.pop()[0]  # continue the sentence cut after "Mr."
        else:
            s_index += 1
        starts.extend([m.start() for m in found])
        ends.extend([m.end() for m in found])
        raw.extend([m.group() for m in found])
        sent.extend([s_index] * len(found))
        para.extend([sentence.paragraph] * len(found))
        doc.sent_bounds.append((first, len(starts)))
        last_title_end = len(starts) if _ends_on_title(found) else -1
    doc.words = [t.lower() for t in raw]
    _pair_quotes(doc)
    return doc


def _ends_on_title(found: list[re.Match]) -> bool:
    """A sentence's tokens end with a title and its full stop ("... Mr.")."""
    return len(found) >= 2 and found[-1].group() == "." and found[-2].group().lower() in TITLES \
        and found[-2].end() == found[-1].start()


def _role(doc: Doc, i: int) -> str:
    """'open', 'close' or '' (not a quote mark here) for token i."""
    token = doc.raw[i]
    if token not in QUOTE_MARKS:
        return ""
    text = doc.text
    start, end = doc.starts[i], doc.ends[i]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if token in SINGLE:
        # Apostrophes: inside a word, after a plural, or before a year ('90s).
        if before.isalnum() and after.isalnum():
            return ""
        if token in ("'", "’") and before.isalnum() and not after.isalnum():
            return "close?"  # could be a plural possessive; decided by pairing
        if token in ("'", "‘", "’") and after.isdigit():
            return ""
    if token in OPEN_ONLY:
        # „...“ closes with a left mark: one glued to the word before and followed by a space.
        if token == "“" and not before.isspace() and start > 0 and not after.isalnum():
            return "close"
        return "open"
    if token in CLOSE_ONLY:
        # A right mark opening a paragraph or following a space ("”Fear. ...") is a mistyped opening mark.
        if (before.isspace() or start == 0) and after.isalnum():
            return "open"
        return "close"
    left_space = before.isspace() or _OPENING_CONTEXT.match(before) is not None or start == 0
    right_space = after.isspace() or not after.isalnum()
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    return "either"


def _pair_quotes(doc: Doc) -> None:
    """Pair marks into quotations; double marks outrank single ones inside them."""
    n = len(doc)
    doc.quote_of = [-1] * n
    open_double: int | None = None
    open_single: int | None = None
    reach = 0  # the last paragraph-opening mark continuing the open double quotation
    raw = doc.raw
    for i in range(n):
        if raw[i] not in QUOTE_MARKS:
            continue
        role = _role(doc, i)
        if not role:
            continue
        single = doc.raw[i] in SINGLE
        if open_double is not None and doc.para[i] != doc.para[open_double] and not single:
            # A new paragraph opening with a mark of the same style continues a multi-paragraph
            # quote; a mark of another style ('"' after '“') means the first was never closed.
            if role in ("open", "either") and _first_in_paragraph(doc, i) \
                    and _same_style(raw[i], raw[open_double]):
                reach = i
                continue
        if single:
            if open_double is not None:
                continue  # quotes inside quotes belong to the outer quotation
            if open_single is None:
                if role in ("open", "either"):
                    open_single = i
            elif role in ("close", "close?", "either"):
                _add_quote(doc, open_single, i)
                open_single = None
            continue
        if open_double is None:
            if role == "close":
                doc.warnings.append(f"unbalanced quote mark at offset {doc.starts[i]}")
                continue
            open_double = reach = i
            open_single = None
        elif role in ("close", "either"):
            _add_quote(doc, open_double, i)
            open_double = None
        else:  # a second opening mark: the first was never closed
            _close_at_paragraph_end(doc, open_double, reach, i - 1)
            open_double = reach = i
    if open_double is not None:
        _close_at_paragraph_end(doc, open_double, reach, n - 1)


def _same_style(mark: str, opening: str) -> bool:
    """Straight, curly and guillemet marks are three styles ("”" often stands for "“")."""
    def style(m: str) -> str:
        return "straight" if m in ('"', "''", "``") else "angle" if m in ("«", "»") else "curly"
    return style(mark) == style(opening)


def _first_in_paragraph(doc: Doc, i: int) -> bool:
    return i == 0 or doc.para[i - 1] != doc.para[i]


def _close_at_paragraph_end(doc: Doc, opening: int, reach: int, limit: int) -> None:
    """An unclosed quotation runs to the end of the last paragraph it reached (its own, or the
    last one opening with a continuation mark), not past ``limit``, with a warning."""
    doc.warnings.append(f"unbalanced quote mark at offset {doc.starts[opening]}")
    last = max(opening, reach)
    while last + 1 <= limit and doc.para[last + 1] == doc.para[reach]:
        last += 1
    _add_quote(doc, opening, last)


def _add_quote(doc: Doc, first: int, last: int) -> None:
    if last <= first + 1:
        return  # an empty pair is no quotation
    q = len(doc.quotes)
    doc.quotes.append((first, last))
    for k in range(first, last + 1):
        doc.quote_of[k] = q
