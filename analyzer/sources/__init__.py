"""Sources (stage 4): attribution source mentions -> Source entities. See ``resolve``."""
from analyzer.sources.resolve import resolve_sources

__all__ = ["resolve_sources"]
