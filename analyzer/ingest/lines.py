"""Split a text into lines with exact offsets.

In: a decoded text with any line endings (``\\n``, ``\\r\\n``, old-Mac ``\\r``).
Out: ``Line`` records whose ``start``/``end`` bound the line's content with
surrounding whitespace trimmed, as offsets into the very same text (nothing is
normalised, so spans stay exact whatever the line endings or a leading BOM).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.model import Span

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Besides Unicode whitespace, the BOM, NUL and zero-width space count as blank
# so that a line made only of them is not kept as content.
_BLANK_EXTRA = "\ufeff\x00\u200b"


@dataclass(frozen=True, slots=True)
class Line:
    index: int  # position among non-blank lines
    number: int  # 0-based physical line number
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def is_blank_char(ch: str) -> bool:
    return ch.isspace() or ch in _BLANK_EXTRA


def trim(text: str, start: int, stop: int) -> tuple[int, int]:
    """Offsets of ``text[start:stop]`` without blank characters at either end."""
    while start < stop and is_blank_char(text[start]):
        start += 1
    while stop > start and is_blank_char(text[stop - 1]):
        stop -= 1
    return start, stop


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, trimmed, with exact offsets."""
    out: list[Line] = []
    pos = 0
    for number, match in enumerate([*_LINE_BREAK.finditer(text), None]):
        stop = match.start() if match else len(text)
        s, e = trim(text, pos, stop)
        if e > s:
            out.append(Line(index=len(out), number=number, start=s, end=e, text=text[s:e]))
        if match is not None:
            pos = match.end()
    return out
