"""The data model shared by every stage (DESIGN §3).

In: nothing — this module only defines shapes.
Out: frozen dataclasses whose positions are character offsets into
``Article.text``. Every piece of text shown anywhere is sliced from that text
by a ``Span``; nothing rewrites the text.

``to_dict()`` methods give the JSON shapes of DESIGN §8 (spans as ``[s, e]``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Mapping

# The reasons a dump line can be removed from the body (DESIGN §4, issue 3).
REMOVAL_REASONS = (
    "menu", "metadata", "duplicate", "caption", "credit",
    "teaser", "widget", "footer", "other",
)
KINDS = ("direct", "mixed", "indirect")
VERB_CLASSES = (
    "neutral", "endorsing", "distancing", "concession",
    "denial", "alarm", "mental", "manner",
)
SOURCE_TYPES = (
    "GOV", "POL", "SEC", "JUD", "INT", "EXP", "NGO",
    "BUS", "CIT", "MED", "DOC", "SOC", "OTH",
)
IDENTIFICATIONS = ("full", "partial", "described", "vague")
GENDERS = ("woman", "man", "unknown")
INPUT_FORMATS = ("dump", "html", "plain")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """End-exclusive character offsets ``[start, end)`` into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise TypeError(f"span bounds must be int, got {self.start!r}, {self.end!r}")
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span bounds [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        if self.end > len(text):
            raise ValueError(f"span [{self.start}, {self.end}) beyond text of {len(text)} chars")
        return text[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_list(self) -> list[int]:
        return [self.start, self.end]


def envelope(spans: tuple[Span, ...]) -> Span | None:
    """The smallest span covering all ``spans`` (None for none)."""
    if not spans:
        return None
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _span_list(span: Span | None) -> list[int] | None:
    return span.to_list() if span is not None else None


@dataclass(frozen=True, slots=True)
class Removed:
    """A line of a dump left out of the body, with why (one of REMOVAL_REASONS)."""

    span: Span
    reason: str

    def __post_init__(self) -> None:
        if self.reason not in REMOVAL_REASONS:
            raise ValueError(f"unknown removal reason {self.reason!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_list(), "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about an article besides its text (DESIGN §4)."""

    title: str = ""
    url: str = ""
    outlet: str = ""
    published: str = ""  # ISO 8601, or "" when unknown
    section: str = ""
    tags: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    dateline: str = ""
    agency: str = ""
    language: str = ""
    encoding: str = ""  # how the input bytes were decoded, when read from a file
    source_path: str = ""  # the file (and ":line" for JSONL) the article came from

    def to_dict(self) -> dict[str, Any]:
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> "Metadata":
        """Build from loose user or JSON values, ignoring unknown keys."""
        known = {f.name for f in fields(cls)}
        clean: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known or value is None:
                continue
            if key in ("tags", "authors"):
                if isinstance(value, str):
                    value = (value,) if value else ()
                clean[key] = tuple(str(v) for v in value)
            else:
                clean[key] = str(value)
        return cls(**clean)


@dataclass(frozen=True, slots=True)
class Article:
    """An input article: its exact text, where its body is, what was removed."""

    id: str
    text: str
    format: str
    metadata: Metadata = field(default_factory=Metadata)
    body: tuple[Span, ...] = ()
    removed: tuple[Removed, ...] = ()
    warnings: tuple[str, ...] = ()  # problems met while reading (no body, decoding...)

    def __post_init__(self) -> None:
        for span in self.body + tuple(r.span for r in self.removed):
            if span.end > len(self.text):
                raise ValueError(f"{self.id}: span {span} beyond text of {len(self.text)} chars")

    @property
    def body_text(self) -> str:
        return "\n".join(s.slice(self.text) for s in self.body)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    span: Span
    paragraph: int = 0  # index of the body region (paragraph) holding it

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "span": self.span.to_list(), "paragraph": self.paragraph}


@dataclass(frozen=True, slots=True)
class Attribution:
    """Source + cue + content (DESIGN §5). ``content`` may be several fragments."""

    id: str
    kind: str
    content: tuple[Span, ...]
    cue: Span | None = None
    source: Span | None = None
    source_id: str | None = None
    verb_class: str = "neutral"
    parent: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown attribution kind {self.kind!r}")
        if self.verb_class not in VERB_CLASSES:
            raise ValueError(f"unknown verb class {self.verb_class!r}")
        if not self.content:
            raise ValueError("an attribution needs content")

    @property
    def envelope(self) -> Span:
        return envelope(self.content)  # type: ignore[return-value]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": self.envelope.to_list(),
            "content_spans": [s.to_list() for s in self.content],
            "cue": _span_list(self.cue),
            "source": _span_list(self.source),
            "source_id": self.source_id,
            "verb_class": self.verb_class,
            "parent": self.parent,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """One speaker or document heard in an article, with its typed attributes (DESIGN §6)."""

    id: str
    name: str
    type: str = "OTH"
    official: bool = False
    named: bool = False
    identification: str = "vague"
    anonymity_justified: bool = False
    affiliation: str = ""
    gender: str = "unknown"
    mentions: tuple[Span, ...] = ()
    anonymity_reason: Span | None = None  # where the text says why it is unnamed

    def __post_init__(self) -> None:
        if self.type not in SOURCE_TYPES:
            raise ValueError(f"unknown source type {self.type!r}")
        if self.identification not in IDENTIFICATIONS:
            raise ValueError(f"unknown identification {self.identification!r}")
        if self.gender not in GENDERS:
            raise ValueError(f"unknown gender {self.gender!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "official": self.official,
            "named": self.named,
            "identification": self.identification,
            "anonymity_justified": self.anonymity_justified,
            "anonymity_reason": _span_list(self.anonymity_reason),
            "affiliation": self.affiliation,
            "gender": self.gender,
            "mentions": [s.to_list() for s in self.mentions],
        }


def freeze(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only view of a dict, for fields of frozen dataclasses."""
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the pipeline found in one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    tokens: tuple[Span, ...]  # word tokens of the body
    attributions: tuple[Attribution, ...]
    sources: tuple[Source, ...]
    scores: Mapping[str, Any]
    warnings: tuple[str, ...]
    version: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of DESIGN §8."""
        art = self.article
        return {
            "id": art.id,
            "text": art.text,
            "format": art.format,
            "metadata": art.metadata.to_dict(),
            "body": [s.to_list() for s in art.body],
            "body_text": art.body_text,
            "removed": [r.to_dict() for r in art.removed],
            "sentences": [s.to_dict() for s in self.sentences],
            "attributions": [a.to_dict() for a in self.attributions],
            "sources": [s.to_dict() for s in self.sources],
            "scores": _plain(self.scores),
            "warnings": list(self.warnings),
            "version": self.version,
        }


def _plain(value: Any) -> Any:
    """Mapping proxies and tuples to JSON-ready dicts and lists."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Span):
        return value.to_list()
    return value
