"""Sentences and word tokens of an article's body, as offsets.

In: an ``Article`` (its ``body`` spans into ``text``).
Out: ``Segmentation`` — ``sentences`` (``Sentence`` with the paragraph index)
and ``tokens`` (word tokens ``\\w+``, the unit the reference scorer counts).

Sentences come from nltk's Punkt with parameters shipped in
``analyzer/data/punkt_params.json`` (no ``nltk.download()``): abbreviations,
collocations and sentence starters. Every line of the body is a paragraph;
a sentence never crosses a line break.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from analyzer.model import Article, Sentence, Span
from analyzer.punkt_loader import load_punkt

_punkt = load_punkt()
PunktParameters = _punkt.PunktParameters
PunktSentenceTokenizer = _punkt.PunktSentenceTokenizer

WORD = re.compile(r"\w+")
LINE = re.compile(r"[^\r\n]+")
# Punkt sees a quote mark after the period as part of the sentence end, but not
# a closing curly quote followed by an attribution such as '." he said'.
_CLOSE_THEN_LOWER = re.compile(r"""[.!?]["'”’»]?\s*$""")


# Abbreviated titles that always stand before a name (checked on PolNeAR dev:
# Punkt broke after "Mr."/"Mrs." 96 times, never at a true sentence end).
TITLE_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "rep", "gov", "lt", "col", "gen", "maj", "capt",
    "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "rev", "hon", "amb", "atty", "supt", "insp", "det", "st",
})


# The longest sentence Punkt finds in PolNeAR (34,233 sentences) has 1,094
# characters; 99.9% have at most 431. Anything over this is not prose.
MAX_SENTENCE_CHARS = 2_000


@dataclass(frozen=True, slots=True)
class Segmentation:
    sentences: tuple[Sentence, ...]
    tokens: tuple[Span, ...]


@lru_cache(maxsize=1)
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """Punkt built from the shipped parameters (loaded once per process)."""
    raw = json.loads(resources.files("analyzer.data").joinpath("punkt_params.json").read_text("utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(raw["abbrev_types"])
    params.collocations = {tuple(pair) for pair in raw["collocations"]}
    params.sent_starters = set(raw["sent_starters"])
    for word, flags in raw.get("ortho_context", {}).items():
        params.ortho_context[word] = flags
    return PunktSentenceTokenizer(params)


def paragraphs(article: Article) -> list[Span]:
    """The non-blank lines of the body, each a paragraph span."""
    out = []
    text = article.text
    for region in article.body:
        for match in LINE.finditer(text, region.start, region.end):
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                out.append(Span(start, end))
    return out


def split_sentences(text: str, paragraph: Span) -> list[Span]:
    """Sentence spans inside one paragraph, trimmed of surrounding space."""
    chunk = text[paragraph.start:paragraph.end]
    spans = []
    for start, end in sentence_tokenizer().span_tokenize(chunk):
        spans.append(Span(paragraph.start + start, paragraph.start + end))
    spans = _merge_lowercase_continuations(text, spans)
    return [piece for span in spans for piece in _cap_length(text, span)]


def _cap_length(text: str, span: Span) -> list[Span]:
    """Cut a run-on "sentence" longer than MAX_SENTENCE_CHARS at a clause mark or space.

    Later stages look around each cue within its sentence; bounding the
    sentence keeps their cost linear in article length even for a 10 MB line
    with no full stop.
    """
    pieces = []
    start = span.start
    while span.end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(mark, start + MAX_SENTENCE_CHARS // 2, limit) for mark in ("; ", ", ", " "))
        cut = cut + 1 if cut > start else limit
        pieces.append(Span(start, cut))
        start = cut
        while start < span.end and text[start].isspace():
            start += 1
    if start < span.end:
        pieces.append(Span(start, span.end))
    return pieces


def _merge_lowercase_continuations(text: str, spans: list[Span]) -> list[Span]:
    """Join pieces that Punkt splits but that are one sentence in news prose.

    - '"We will win!" she said.': a piece that starts in lower case after a
      closing quote or '!'/'?' is the rest of the sentence (the attribution tag).
    - 'Mrs. Clinton's campaign': Punkt's orthographic heuristic sometimes
      breaks after a title abbreviation when the next word is rare; a title is
      always followed by a name, never by the end of a sentence.
    """
    merged: list[Span] = []
    for span in spans:
        if merged:
            first = text[span.start]
            prev = text[merged[-1].start:merged[-1].end]
            continues_quote = first.islower() and _CLOSE_THEN_LOWER.search(prev) and not prev.endswith(".")
            if continues_quote or _ends_with_title(prev):
                merged[-1] = Span(merged[-1].start, span.end)
                continue
        merged.append(span)
    return merged


def _ends_with_title(sentence: str) -> bool:
    last = sentence.rsplit(None, 1)[-1] if sentence.strip() else ""
    return last.endswith(".") and last[:-1].lower().lstrip("(\"'“‘") in TITLE_ABBREVIATIONS


def segment(article: Article) -> Segmentation:
    sentences: list[Sentence] = []
    tokens: list[Span] = []
    text = article.text
    for p_index, para in enumerate(paragraphs(article)):
        for span in split_sentences(text, para):
            sentences.append(Sentence(len(sentences), span, p_index))
        tokens.extend(Span(*m.span()) for m in WORD.finditer(text, para.start, para.end))
    return Segmentation(tuple(sentences), tuple(tokens))
