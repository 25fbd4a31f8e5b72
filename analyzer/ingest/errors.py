"""The two ways reading can fail (shared by every reader).

In: nothing.
Out: ``IngestError`` (raised for one unreadable input, with a one-line reason)
and ``Failure`` (yielded by ``iter_articles`` so a batch goes on past a bad
file or JSONL line).
"""
from __future__ import annotations

from dataclasses import dataclass


class IngestError(ValueError):
    """An input that cannot become an article; ``reason`` is one readable line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Failure:
    """A file or JSONL line that could not be read, and why."""

    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        """The manifest's entry for this input."""
        return {"input": self.path, "reason": self.reason}
