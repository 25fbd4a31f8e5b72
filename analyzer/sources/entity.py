"""The working records of source resolution (see ``resolve``).

In: ``Description`` objects from ``describe`` and mention spans, added as mentions arrive.
Out: ``Entity`` (one source being built: its mentions, descriptions and the running
``_Digest`` summary of them) and ``Occurrence`` (a name written somewhere in the body).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from analyzer.model import Span
from analyzer.sources.describe import Description
from analyzer.sources.lexicon import surname_of as _surname
from analyzer.userconfig import PersonEntry


@dataclass
class Entity:
    key: str
    kind: str
    name: str
    first: int
    mentions: list[Span] = field(default_factory=list)
    descs: list[Description] = field(default_factory=list)
    context: list[Description] = field(default_factory=list)  # the name's titles elsewhere in the body
    person: PersonEntry | None = None
    cues: list[str] = field(default_factory=list)
    pronoun_genders: list[str] = field(default_factory=list)
    plural: bool = False
    modifiers: list["Entity"] = field(default_factory=list)
    issuers: list[str] = field(default_factory=list)  # names inside a document mention ("by Mizani Research")
    person_like: bool = False  # an unnamed single person ("a campaign aide")
    order: int = 0  # creation order in the article
    digest: "_Digest" = field(default_factory=lambda: _Digest())

    @property
    def surname(self) -> str:
        return _surname(self.name) if self.kind == "person" and self.name else ""

    def roles(self) -> set[str]:
        d = self.summary()
        return d.desc_roles | d.ctx_roles

    def summary(self) -> "_Digest":
        """What the lookups need from ``descs`` and ``context``, updated with what was added since
        the last call (so a source mentioned n times costs O(n) overall, not O(n^2))."""
        d = self.digest
        if d.ctx is not self.context:
            d.ctx, d.n_ctx, d.best_ctx, d.ctx_roles, d.ctx_genders = self.context, 0, None, set(), set()
        for desc in self.descs[d.n_descs:]:
            d.desc_roles.update(desc.roles)
            d.desc_genders.add(desc.gender)
            d.best_desc = _stronger(d.best_desc, desc.evidence)
            if desc.kind == "doc":
                d.doc_heads.add(desc.head)
        d.n_descs = len(self.descs)
        for desc in self.context[d.n_ctx:]:
            d.ctx_roles.update(desc.roles)
            d.ctx_genders.add(desc.gender)
            # A person is never a document: "Ada Vell's statement" in the body says nothing of her type.
            evidence = [e for e in desc.evidence if e[1] != "DOC"] if self.kind == "person" else desc.evidence
            d.best_ctx = _stronger(d.best_ctx, evidence)
        d.n_ctx = len(self.context)
        d.pronoun_genders.update(self.pronoun_genders[d.n_pron:])
        d.n_pron = len(self.pronoun_genders)
        d.cues.update(self.cues[d.n_cues:])
        d.n_cues = len(self.cues)
        return d


@dataclass
class _Digest:
    """Running summary of an entity's descriptions (see ``Entity.summary``)."""

    n_descs: int = 0
    ctx: list | None = None
    n_ctx: int = 0
    n_pron: int = 0
    n_cues: int = 0
    n_mentions: int = 0  # mentions whose sentence words are in ``sentence_words``
    desc_roles: set = field(default_factory=set)
    ctx_roles: set = field(default_factory=set)
    desc_genders: set = field(default_factory=set)
    ctx_genders: set = field(default_factory=set)
    pronoun_genders: set = field(default_factory=set)
    best_desc: tuple | None = None
    best_ctx: tuple | None = None
    doc_heads: set = field(default_factory=set)
    cues: set = field(default_factory=set)
    sentence_words: set = field(default_factory=set)  # document words in the sentences of its mentions


def _stronger(best: tuple | None, evidence: list) -> tuple | None:
    """The first strongest evidence item, as ``best_type`` picks it."""
    for item in evidence:
        if best is None or item[0] > best[0]:
            best = item
    return best


@dataclass
class Occurrence:
    """A name (or organisation) written somewhere in the body, with its titles."""

    start: int
    end: int
    desc: Description
