"""One frozen options object passed to every stage.

In: command-line flags or keyword arguments.
Out: ``Options``, hashable and printable into ``manifest.json``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

# 20 MB of text is far beyond any real article (PolNeAR's longest is ~40 KB);
# larger inputs are almost always whole-site scrapes or binary blobs.
DEFAULT_MAX_BYTES = 20_000_000
# Seconds one article may take before it is reported as failed.
DEFAULT_TIME_BUDGET = 60.0


@dataclass(frozen=True, slots=True)
class Options:
    format: str = "auto"  # auto | dump | html | plain
    max_bytes: int = DEFAULT_MAX_BYTES
    time_budget: float = DEFAULT_TIME_BUDGET
    config_path: str = ""  # user TOML with extra lexicon entries and sides

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
