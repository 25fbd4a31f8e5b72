"""Is a ``Source`` one person? (for gender counts: DESIGN §7 counts person sources only).

In: a ``Source`` (its name, gender and type).
Out: True for a named person or a singular unnamed person ("a senior official"),
False for organisations, countries, documents and groups.
"""
from __future__ import annotations

from functools import lru_cache

from analyzer.model import Source
from analyzer.sources.describe import describe
from analyzer.sources.lexicon import load_lexicon

NON_PERSON_TYPES = {"DOC", "SOC"}


def is_person(source: Source) -> bool:
    if source.gender != "unknown":
        return True
    if source.type in NON_PERSON_TYPES:
        return False
    return _person_name(source.name)


@lru_cache(maxsize=4096)
def _person_name(name: str) -> bool:
    lex = load_lexicon("")
    desc = describe(name, lex, shared=True)
    if desc.kind == "person":
        return not desc.plural
    if desc.kind == "descriptor" and not desc.plural and desc.roles:
        for key in (tuple(desc.roles[-1].split()),):
            entries = lex.phrases.get(key, [])
            return any(e.kind == "role" and e.person for e in entries)
    return False
