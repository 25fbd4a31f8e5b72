"""Guess the input kind of a text: ``html``, ``dump`` or ``plain``.

In: a decoded text. Out: one of ``INPUT_FORMATS``.
html when it looks like markup; dump when it looks like the text of a whole
page (many short lines, bare URLs and metadata values, a long line repeated);
otherwise plain, clean article text.
"""
from __future__ import annotations

import re

from analyzer.ingest import patterns as P
from analyzer.ingest.lines import split_lines

_MARKUP = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_TAG = re.compile(r"</?(?:p|div|span|a|br|meta|script|li|ul|h[1-6]|article|section|img|table|tr|td)\b[^>]*>", re.I)
# Tags per 1,000 characters above which unlabelled text is markup.
TAGS_PER_KCHAR = 5
# A dump: this share of short lines (<= 4 words) among non-blank lines...
SHORT_LINE_SHARE = 0.4
# ...or this many machine-value lines (URLs, ISO dates, bare numbers).
MACHINE_LINES = 3
MIN_LINES = 8


def guess_format(text: str) -> str:
    head = text[:5000]
    if _MARKUP.search(head):
        return "html"
    tags = len(_TAG.findall(text[:20000]))
    if tags >= 10 and tags * 1000 / max(len(text[:20000]), 1) >= TAGS_PER_KCHAR:
        return "html"
    return "dump" if looks_like_dump(text) else "plain"


def looks_like_dump(text: str) -> bool:
    lines = split_lines(text)
    if len(lines) < MIN_LINES:
        return False
    texts = [l.text for l in lines]
    short = sum(len(t.split()) <= 4 for t in texts) / len(texts)
    machine = sum(bool(P.URL.match(t) or P.ISO_DATE.match(t) or (P.NUMBER.match(t) and len(t) > 1))
                  for t in texts)
    long_lines = [t for t in texts if len(t) >= 80]
    repeated_long = len(long_lines) != len(set(long_lines))
    votes = (short >= SHORT_LINE_SHARE) + (machine >= MACHINE_LINES) + repeated_long
    return votes >= 2 or (short >= 0.6 and len(lines) >= 20)
