"""Source resolution (stage 4, DESIGN §6): attribution source mentions -> Source entities.

In: the ``Article``, its sentences, the attributions of stage 3 (``source`` = the mention
span as written, or None) and ``Options`` (``config_path`` for the user lexicon).
Out: the attributions with ``source_id`` filled and the ``Source`` entities, ids "s1",
"s2"... in order of first mention.

How mentions become one source: a full name and later surnames ("Pat Ryder" ... "Ryder"),
a title used alone ("the spokesman") and the person who holds it, a statement or report
and whoever issued it ("said in a statement" ... "the statement said"), and pronouns
(nearest fitting person, group or organisation before them; "he"/"she" first look sentence by
sentence for the subject, passing over names that are objects of a preposition, quoted, or in an
earlier sentence's fronted clause) are linked. Descriptions that refer
back to named sources are linked to them, so only what nothing in the article ties to a name stays
anonymous: possessives ("the nominee's campaign", "excerpts of his speech"), counted groups of
people just named ("the two", "the candidates"), a definite description of a thing ("the move")
and the named source just spoken of, and a document and the issuer written after it. Each distinct
unnamed descriptor is its own source, and a repeated plural group ("critics") counts
once. Names found anywhere in the body ("US Defense Department Press Secretary Maj. Gen.
Pat Ryder said") give a source its role, type and affiliation. The article's outlet,
agency and byline are never sources.

Cost: linear in the article's length. The body's names are scanned once and indexed (by start,
end, surname, organisation name, title word); sources are kept by their latest mention, and
each source's descriptions are summarised as mentions arrive (``Entity.summary``), so a lookup
never rescans earlier mentions; look-backs are capped (LOOKBACK_SOURCES, LOOKBACK_NAMES).

Layout: this module holds the ``Resolver`` core (linking one mention, entities by key) and
``resolve_sources``; the rest is mixed in from ``scan`` (body names), ``names`` (full names),
``linking`` (descriptions, possessives, groups), ``documents`` (documents, polls, issuers),
``pronouns`` and ``output`` (``Source`` records), with ``patterns`` (regexes and tuning
numbers), ``entity`` (working records), ``helpers`` and ``facts`` (type, gender, anonymity).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import fields, replace
from typing import Iterator

from analyzer.config import Options
from analyzer.model import Article, Attribution, Sentence, Source, Span
from analyzer.sources.affiliation import with_home_country
from analyzer.sources.describe import ACRONYM_MAX, PRIO_RUNNING, Description, describe
from analyzer.sources.documents import DocumentLinks
from analyzer.sources.entity import Entity, Occurrence
from analyzer.sources.facts import _entity_type
from analyzer.sources.helpers import _normal, _owner_names
from analyzer.sources.interview import InterviewLinks
from analyzer.sources.lexicon import Lexicon, load_lexicon
from analyzer.sources.linking import DescriptionLinks
from analyzer.sources.names import PersonNames
from analyzer.sources.output import SourceOutput, untyped_group, with_article_prior
from analyzer.sources.patterns import (
    ACCOUNT_OF, ACCOUNT_OWNED, AGE_TITLE, APPOSITIVE_THING, BODY_KINDS, CAMPAIGN_END, COMPLEMENT, COPULA_BEFORE,
    LEADING_CLAUSE, LEAD_PRONOUN, LOOKBACK_SOURCES, ONE_OF, OWN_VOICE, POLL_HEADS, PRONOUN_GROUP, REL_GAP,
    SELF_PRONOUN, SENDER, SPEAKER_LABEL, SPOKEN_THINGS, TRAILING_PARENS, TRAILING_RELATIVE,
)
from analyzer.sources.pronouns import PronounLinks
from analyzer.sources.scan import BodyScan, reporting_forms

# A headline's lone word for a news report ("Report: ...", "Newspaper: ..."): the outlet named after it.
HEADLINE_OUTLET_WORDS = {"report", "newspaper", "paper"}
# A mention that is one capitalised word and nothing else ("West").
LONE_CAPITAL = re.compile(r"[A-Z][a-z]+")


class Resolver(BodyScan, PersonNames, DescriptionLinks, DocumentLinks, PronounLinks, InterviewLinks,
               SourceOutput):
    """Links each attribution's source mention to an entity, in text order (see the module)."""

    def __init__(self, article: Article, attributions: tuple[Attribution, ...], lex: Lexicon,
                 sentences: tuple[Sentence, ...] = ()) -> None:
        self.article = article
        self.regions = [s.span for s in sentences] or list(article.body)
        self.text = article.text
        self.lex = lex
        self.attributions = {a.id: a for a in attributions}
        self._quotes: list[tuple[int, int]] | None = None
        self._quote_starts: list[int] = []
        self._background: dict[tuple[int, bool, bool], bool] = {}
        self.entities: list[Entity] = []
        self.by_key: dict[str, Entity] = {}
        # Sources by their latest mention before the current one, newest last (mentions come in
        # text order; those at the current position wait in ``_pending``).
        self.recent: dict[int, tuple[int, Entity]] = {}
        self._pending: list[tuple[int, Entity]] = []
        self.mention_ends: dict[int, tuple[int, Entity]] = {}  # mention end -> (sequence, entity)
        self._seq = 0
        self.span_owner: dict[Span, Entity] = {}
        self.persons_by_surname: dict[str, list[Entity]] = {}
        self.orgs_by_name: dict[tuple[str, str], list[Entity]] = {}  # (kind, normalised name) -> entities
        self.orgs_by_suffix: dict[tuple[str, str], list[Entity]] = {}  # (kind, last words of the name)
        self.starts = [r.start for r in self.regions]
        self._sentence_words: dict[int, set[str]] = {}
        self._contents: tuple[list[int], list[int], list[tuple[int, Attribution]]] | None = None
        self._memo: dict[tuple, object] = {}
        self._sentence_starts: list[int] | None = None
        self._story_kinds: dict = {}  # pattern -> is the article a story of that kind (SourceOutput._story_kind)
        self._titles: tuple[dict, dict, list] | None = None
        self._occ: list[Occurrence] | None = None
        self._its_titles: list[tuple[Description, int, int, int]] = []  # filled by the body scan
        self.by_surname: dict[str, list[Occurrence]] = {}
        self._org_words: dict[str, list[Occurrence]] | None = None
        self.owners = _owner_names(article)

    # -- entities --------------------------------------------------------------------
    def _entity(self, key: str, kind: str, name: str, pos: int) -> Entity:
        ent = self.by_key.get(key)
        if ent is None:
            ent = Entity(key, kind, name, pos, order=len(self.entities))
            self.by_key[key] = ent
            self.entities.append(ent)
            if kind == "person":
                self.persons_by_surname.setdefault(ent.surname, []).append(ent)
            elif kind in ("org", "country"):
                norm = _normal(name)
                if norm:
                    self.orgs_by_name.setdefault((kind, norm), []).append(ent)
                    words = norm.split()
                    for i in range(1, len(words)):
                        self.orgs_by_suffix.setdefault((kind, " ".join(words[i:])), []).append(ent)
        return ent

    # -- linking -------------------------------------------------------------------------
    def resolve(self, att: Attribution) -> Entity | None:
        span = att.source
        if span is None or span.end > len(self.text):
            return None
        written = span
        span = self._whole_mention(span)
        self._advance(span.start)
        end = span.end
        clause = APPOSITIVE_THING.search(self.text, span.start, span.end)
        if clause is not None:  # "X, director of Y, a union that has endorsed Z": Z says nothing of X
            end = clause.start(1)
        desc = describe(self.text, self.lex, span.start, end, shared=True)
        if self._is_owner(desc, span):
            return None
        ent = self._link(desc, span, att)
        if ent is not None and ent.kind == "person" and not ent.plural and CAMPAIGN_END.search(span.slice(self.text)) \
                and _entity_type(ent) == "GOV":
            ent = self._campaign_of(ent, span)
        if ent is not None:
            ent.mentions.append(written)
            owner = self.span_owner.get(span)
            if owner is None or ent.order < owner.order:
                self.span_owner[span] = ent
            if desc.kind == "pronoun":
                if desc.pronoun in ("man", "woman"):
                    ent.pronoun_genders.append(desc.pronoun)
            elif ent.kind == "person" and desc.words == 1 and (
                    desc.kind == "group" or desc.kind == "org" and any(e[1] == "MED" for e in desc.evidence)
                    or span.slice(self.text).strip() == ent.name.split()[-1] and len(ent.name.split()) > 1):
                # "Sellers", "Fox", "King" for Joseph Sellers, Vicente Fox, Billie Jean King: a surname, not the
                # noun, outlet or title it spells
                ent.descs.append(replace(desc, evidence=[]))
            elif desc.kind == "org" and ent.kind == "org" and _acronym(desc.name) and _acronym(ent.name) != \
                    _acronym(desc.name):
                # "the CBC" for the Congressional Black Caucus: the caucus, not the broadcaster the list knows
                ent.descs.append(replace(desc, evidence=[]))
            elif ent.kind == "org" and desc.definite and desc.words <= 2 and desc.head in BODY_KINDS \
                    and _entity_type(ent):
                # "Velm Insider ... the company said": the outlet's own name types it, not the generic word
                ent.descs.append(replace(desc, evidence=[]))
            elif self._account(span) is not None:
                ent.descs.append(replace(desc, evidence=[]))  # the platform of "the Senate's Twitter account"
            elif desc.kind == "doc" and ent.kind != "doc":
                # "the statement" linked to its issuer: the issuer is not a document or a post ("an ad" still says
                # it campaigns); the words of "a letter from ..." were the sender's description already.
                if SENDER.search(self.text, span.start, span.end) is None:
                    ent.descs.append(replace(desc, evidence=[e for e in desc.evidence if e[1] not in ("DOC", "SOC")]))
            else:
                ent.descs.append(desc)
            if att.cue is not None:
                ent.cues.append(att.cue.slice(self.text).lower())
            first = SELF_PRONOUN.match(att.content[0].slice(self.text)) if att.kind == "indirect" else None
            if first and desc.kind != "pronoun":
                ent.pronoun_genders.append("man" if first.group(1).lower() == "he" else "woman")
            self._pending.append((span.start, ent))
            self._seq += 1
            self.mention_ends[span.end] = (self._seq, ent)
        return ent

    def _campaign_of(self, holder: Entity, span: Span) -> Entity:
        """'the president's campaign', 'the Obama campaign': an office holder's campaign is a campaign
        (POL, DESIGN §6), not the office holder, so it is a source of its own."""
        ent = self._entity("campaign:" + holder.key, "org", holder.name + " campaign", span.start)
        if not ent.context:
            ent.context = [Description(text=ent.name, kind="org", name=ent.name,
                                       evidence=[(PRIO_RUNNING, "POL", False)],
                                       affiliation=holder.person.affiliation if holder.person else "")]
        return ent

    def _advance(self, pos: int) -> None:
        """Mentions are resolved in text order: those before ``pos`` join ``recent``."""
        keep = []
        for p, ent in self._pending:
            if p < pos:
                self.recent.pop(id(ent), None)
                self.recent[id(ent)] = (p, ent)
            else:
                keep.append((p, ent))
        self._pending = keep

    def _recent(self, floor: int = -1) -> Iterator[Entity]:
        """Sources mentioned before the current mention, latest first, each once (at most
        LOOKBACK_SOURCES of them), whose latest mention starts at or after ``floor``."""
        for k, (p, ent) in enumerate(reversed(self.recent.values())):
            if p < floor or k == LOOKBACK_SOURCES:
                return
            yield ent

    def _account(self, span: Span) -> re.Match | None:
        """The social-media account a mention names, with its holder as group 1; None when it names none."""
        return ACCOUNT_OF.search(self.text, span.start, span.end) \
            or ACCOUNT_OWNED.match(self.text, span.start, span.end)

    def _account_owner(self, span: Span, att: Attribution) -> Entity | None:
        """'the Twitter handle of the Senate', "the ministry's official Facebook page": whoever holds a
        social-media account speaks through it (the platform does not)."""
        m = self._account(span)
        if m is None:
            return None
        owner = Span(m.start(1), m.end(1))
        sub = describe(self.text, self.lex, owner.start, owner.end, shared=True)
        if sub.kind not in ("person", "org", "country", "group", "descriptor", "pronoun"):
            return None
        found = self._link(sub, owner, att)
        if found is not None and sub.kind != "pronoun":
            found.descs.append(sub)  # what the holder is written as: "the Velm Senate"
        return found

    def _link(self, desc: Description, span: Span, att: Attribution) -> Entity | None:
        kind = desc.kind
        marker, speaker = self._marker_voice(span)
        if marker:  # "A: No, no one did.": the person interviewed; "Q: ...": the interviewer, no source
            return speaker
        if kind != "pronoun" and self.text.startswith(".", span.end) and " " not in span.slice(self.text):
            longer = self._name_at(span)
            if longer is not None:  # cut at a title's full stop ("Maj" of "Maj. Felipe Araya"): the whole name
                return self._person_entity(longer.desc, span.start)
        if kind != "person" and LEADING_CLAUSE.match(span.slice(self.text)):
            found = self._adjacent(span.start)  # "[Maarja Tamm,] 64, who keeps sheep": the name before
            if found is not None:
                return found
        if kind == "pronoun":
            return self._pronoun(desc, span, att)
        owner = self._account_owner(span, att)
        if owner is not None:
            return owner
        if PRONOUN_GROUP.fullmatch(span.slice(self.text)):  # "they all", "them both": as "they"
            return self._pronoun(describe("they", self.lex, shared=True), span, att)
        if kind in ("none", "descriptor") and AGE_TITLE.match(span.slice(self.text)):
            # "the 43-year-old", "the 57-year-old scientist": the person just spoken of
            found = self._recent_person(span.start)
            if found is not None:
                return found
        lead = LEAD_PRONOUN.match(self.text, span.start, span.end)
        if lead is not None and kind in ("group", "descriptor", "none"):
            # "she and European leaders", "both he and his wife": the group's main member is the person the
            # pronoun names.
            head = describe(lead.group(1), self.lex)
            found = self._pronoun(head, Span(lead.start(1), lead.end(1)), att)
            if found is not None and found.kind == "person" and not found.plural:
                return found
        lead_name = LEAD_NAME.match(self.text, span.start, span.end) if kind in ("descriptor", "group") else None
        if lead_name is not None:
            # "Doyle and others", "Vargas and others seeking ...": a group led by a person the article names
            full = self._first_full(lead_name.group(1).split()[-1].lower())
            if full is not None and full.desc.kind == "person" and not full.desc.plural:
                return self._person_entity(full.desc, span.start)
        if kind == "person":
            if not desc.roles and desc.gender == "unknown" and not desc.plural:
                self.occurrences()
                org = self.first_org.get(desc.name)
                if org is not None:
                    return self._org_entity(org.desc, span.start)
            if THE_EPITHET.fullmatch(span.slice(self.text).strip()) and not desc.roles \
                    and self._unheard_name(desc.name):
                # "the Texan", "the Floridian": no name ("the" stands before none) but what the person just
                # spoken of is
                found = self._recent_person(span.start)
                if found is not None:
                    return found
            return self._person_entity(desc, span.start)
        if kind == "group" and desc.words == 1 and (desc.name or span.slice(self.text).strip()[:1].isupper()):
            # "Cuban" after "Mark Cuban", "Velthers" (not "Birchers") after "John Velthers"
            person = self._first_full(span.slice(self.text).strip().lower())
            if person is not None:
                return self._person_entity(person.desc, span.start)
        lone = LONE_CAPITAL.fullmatch(span.slice(self.text)) is not None
        if kind in ("org", "country") or kind == "descriptor" and lone:
            if desc.words == 1 and (desc.name or lone):
                # "West" after "Dara West", "Cuban" after "Mark Cuban": a surname, not the word it spells
                person = self._first_full(span.slice(self.text).lower())
                if person is not None:
                    return self._person_entity(person.desc, span.start)
            if lone and not desc.evidence:
                found = self._department_short_name(span.slice(self.text), span)  # "State" after "State Department"
                if found is not None:
                    return found
            if kind != "descriptor":
                return self._org_entity(desc, span.start)
        if kind in ("doc", "descriptor", "group"):
            found = self._owner_of_words(span, att)
            if found is not None:
                return found
        if kind in ("descriptor", "group"):
            found = self._predicate_of(desc, span)
            if found is not None:
                return found
        if kind in ("descriptor", "group") and len(desc.back_names) == 1 and not desc.plural:
            # "Former senator Ada M. Brell": a title, then the name; "Christian and motivational speaker Ada Vell": one
            # person whose title two words share
            name = desc.back_names[0]
            mention = TRAILING_PARENS.sub("", TRAILING_RELATIVE.sub("", span.slice(self.text)).rstrip(" ,"))
            # "... Ada Brell (R-Ohio)", "the laboratory of Ada Brell, who was then at ...": the name ends it
            # ... but not "a spokesman for Senator Ada Brell": the name is whose the speaker is.
            if mention.endswith(name) and not COMPLEMENT.search(mention[:-len(name)]):
                sub = describe(name, self.lex)
                if sub.kind == "person" and not sub.plural:
                    return self._person_entity(sub, span.start)
        if kind in ("descriptor", "group", "none"):
            found = self._counted_group(desc, span)
            if found is not None:
                return found
        if kind in ("doc", "descriptor") and desc.head in HEADLINE_OUTLET_WORDS and desc.words == 1 \
                and self._in_headline(desc, span):
            found = self._headline_outlet(span)  # "Report: ...", "Newspaper: ..."
            if found is not None:
                return found
        if kind == "doc":
            return self._sender(desc, span, att) or self._doc(desc, span)
        if kind == "descriptor" and desc.definite and not desc.modifiers and desc.head in SPOKEN_THINGS:
            found = self._latest_actor(span.start)  # "The speech argued ...": the one who just gave it
            if found is not None:
                return found
        if kind in ("descriptor", "group"):
            return self._descriptor(desc, span)
        return self._entity("text:" + desc.text.lower(), "none", desc.text, span.start)

    def _department_short_name(self, word: str, span: Span) -> Entity | None:
        """'the State Department ... State has moved to classify ...': a lone capitalised word is the
        department the article names with it."""
        m = re.search(r"\b%s Department\b" % re.escape(word), self.text)
        if m is None:
            return None
        sub = describe(m.group(), self.lex, shared=True)
        return self._org_entity(sub, span.start) if sub.kind == "org" else None

    def _unheard_name(self, word: str) -> bool:
        """Is ``word`` no one's surname or given name, in the lists or in this article?"""
        low = word.lower()
        if low in self.lex.surnames or low in self.lex.first_names or self.persons_by_surname.get(low):
            return False
        return not any(o.desc.kind == "person" and low in o.desc.name.lower().split() for o in self.occurrences())

    def _predicate_of(self, desc: Description, span: Span) -> Entity | None:
        """'Vell remains one of the few mayors ...', 'Brell, who was one of the first members to ...': one of
        a group, said of the name before the verb, is that name (annotated named)."""
        if not ONE_OF.match(desc.text) or not COPULA_BEFORE.search(self.text, max(0, span.start - 30), span.start):
            return None
        lo = self._sentence_start(span.start)
        occs = self.occurrences()
        named = [o for o in occs[bisect_left(self.occ_starts, lo):bisect_left(self.occ_starts, span.start)]
                 if o.desc.kind in ("person", "org") and not o.desc.plural]
        return self._from_occurrence(named[-1]) if named else None

    def _org_entity(self, desc: Description, pos: int) -> Entity:
        key = desc.name.lower().removeprefix("the ")
        found = self._known_org(desc, key)
        if found is not None:
            return found
        if _acronym(desc.name):
            full = self._spelled_out(_acronym(desc.name))
            if full is not None:
                return self._org_entity(full.desc, full.start)
        ent = self._entity("org:" + key, desc.kind, desc.name, pos)
        self.occurrences()
        ent.context = [o.desc for o in self.occ_by_name.get((desc.kind, desc.name), ())]
        return ent

    def _spelled_out(self, acronym: str) -> Occurrence | None:
        """'the CBC' when the body names the Congressional Black Caucus: the organisation written in
        full whose initials the acronym spells (the first one written)."""
        key = ("spelled", acronym)
        if key not in self._memo:
            self._memo[key] = next((o for o in self.occurrences() if o.desc.kind == "org" and " " in o.desc.name
                                    and _initials(o.desc.name) == acronym), None)
        return self._memo[key]  # type: ignore[return-value]

    def _known_org(self, desc: Description, key: str) -> Entity | None:
        """The first organisation source with this key, or a longer or shorter form of the name
        ("The Post" ... "The Washington Post")."""
        kind = desc.kind
        found: list[Entity] = []
        same = self.by_key.get("org:" + key)
        if same is not None and same.kind == kind:
            found.append(same)
        norm = _normal(desc.name)
        if norm:
            found += self.orgs_by_suffix.get((kind, norm), [])[:1]  # longer names ending with this one
            words = norm.split()
            for i in range(1, len(words)):  # shorter names this one ends with
                found += self.orgs_by_name.get((kind, " ".join(words[i:])), [])[:1]
        return min(found, key=lambda e: e.order) if found else None

    def _find_named(self, name: str) -> Entity | None:
        sub = describe(name, self.lex, shared=True)
        if sub.kind == "person":
            return self._person_entity(sub, 0)
        if sub.kind in ("org", "country"):
            return self._find_org(sub)
        return None

    def _find_org(self, desc: Description) -> Entity | None:
        key = desc.name.lower().removeprefix("the ")
        return self.by_key.get("org:" + key)

    def _enclosing(self, att: Attribution, span: Span) -> Entity | None:
        parent = self.attributions.get(att.parent or "")
        if parent is not None and parent.source is not None:
            return self._entity_at(parent.source)
        other = self._holder(att, span)
        if other is not None:
            return self._entity_at(other.source)
        line_start = self.text.rfind("\n", 0, span.start) + 1
        label = SPEAKER_LABEL.match(self.text, line_start)
        if label and label.end() <= span.start + 1:
            sub = describe(self.text, self.lex, label.start(1), label.end(1), shared=True)
            if sub.kind == "person":
                return self._person_entity(sub, span.start)
        return None

    def _holder(self, att: Attribution, span: Span) -> Attribution | None:
        """The first other attribution (in input order) with a source whose content holds ``span``."""
        if self._contents is None:
            items = sorted((c.start, c.end, k, a) for k, a in enumerate(self.attributions.values())
                           for c in a.content if a.source is not None)
            reach, top = [], -1
            for item in items:
                top = max(top, item[1])
                reach.append(top)  # the furthest end of any content starting here or before
            self._contents = ([i[0] for i in items], reach, [(i[1], i[2], i[3]) for i in items])
        starts, reach, rest = self._contents
        best = None
        j = bisect_right(starts, span.start) - 1
        while j >= 0 and reach[j] >= span.end:
            end, k, other = rest[j]
            if end >= span.end and other.id != att.id and (best is None or k < best[0]):
                best = (k, other)
            j -= 1
        return best[1] if best else None

    def _entity_at(self, span: Span) -> Entity | None:
        return self.span_owner.get(span)

    def _adjacent(self, pos: int) -> Entity | None:
        """What ends just before ``pos`` (a relative pronoun's antecedent): a name in the body,
        else the latest mention."""
        self.occurrences()
        occ_i = [self.occ_by_end[e] for e in range(pos - REL_GAP, pos + 1) if e in self.occ_by_end]
        if occ_i:
            return self._from_occurrence(self._occ[max(occ_i)])  # type: ignore[index]
        found = [self.mention_ends[e] for e in range(pos - REL_GAP, pos + 1) if e in self.mention_ends]
        return max(found, key=lambda f: f[0])[1] if found else None

    def _from_occurrence(self, occ: Occurrence) -> Entity:
        if occ.desc.kind == "person":
            return self._person_entity(occ.desc, occ.start)
        return self._org_entity(occ.desc, occ.start)

    def _whole_mention(self, span: Span) -> Span:
        """The mention a source span stands for: widened to whole words when it cuts one ("t" of "Clinton"),
        and the name right after a lone reporting verb given as the source ("..., said Ada Vell.", "According to
        the Velm Herald")."""
        text, start, end = self.text, span.start, span.end
        # only into lower-case letters: "10:15 PMChris Christie", glued by a scrape, is two words
        while 0 < start < end and text[start - 1].isalpha() and text[start].islower():
            start -= 1
        while start < end < len(text) and text[end - 1].isalpha() and text[end].islower():
            end += 1
        if text[start:end].lower() in reporting_forms() or text[start:end].lower() == "according to":
            name = NAME_AFTER_VERB.match(text, end)
            if name is not None:
                return Span(name.start(1), name.end(1))
        return span if (start, end) == (span.start, span.end) else Span(start, end)

    # -- owners --------------------------------------------------------------------------
    def _is_owner(self, desc: Description, span: Span) -> bool:
        text = _normal(span.slice(self.text))
        if not text or desc.kind == "pronoun" or desc.kind == "doc" and desc.head in POLL_HEADS:
            return False  # the outlet's own poll is data it reports (DESIGN §6: a poll is DOC), not its voice
        if OWN_VOICE.match(text):
            return True
        name = _normal(desc.name) if desc.name else text
        return any(name == o or text == o or text.startswith(o + " ")
                   or (len(name) > 3 and (o.startswith(name + " ") or name in o.split()))
                   for o in self.owners)


# The speaker's name right after a reporting verb ("said Ada Vell, ...", "said Obama.", "according to the Velm
# Herald").
NAME_AFTER_VERB = re.compile(r"[ \t\u00a0]+((?:the[ \t\u00a0]+)?(?:(?:[A-Z]\.|Mr\.|Mrs\.|Ms\.|Dr\.|[A-Z][\w'’\-]*)"
                             r"[ \t\u00a0]+){0,3}"
                             r"[A-Z][\w'’\-]+)")
# "the Texan": one capitalised word after "the", not a plural ("the Vells" are a family).
THE_EPITHET = re.compile(r"[Tt]he [A-Z][a-z]+(?<!s)")
# A group led by a named person: "Doyle and others", "Vell and other parents".
LEAD_NAME = re.compile(r"([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}) and (?:many |several |some )?others?\b")


def _with_source(att: Attribution, source_id: str) -> Attribution:
    """``replace(att, source_id=...)`` without its generic overhead (this runs per attribution)."""
    if not _ATTRIBUTION_FIELDS_KNOWN:
        return replace(att, source_id=source_id)
    return Attribution(att.id, att.kind, att.content, att.cue, att.source, source_id, att.verb_class, att.parent)


_ATTRIBUTION_FIELDS_KNOWN = tuple(f.name for f in fields(Attribution)) == (
    "id", "kind", "content", "cue", "source", "source_id", "verb_class", "parent")


def resolve_sources(article: Article, sentences: tuple[Sentence, ...], attributions: tuple[Attribution, ...],
                    options: Options) -> tuple[tuple[Attribution, ...], tuple[Source, ...]]:
    """Link every attribution's source mention to a ``Source``; see the module docstring."""
    lex = load_lexicon(getattr(options, "config_path", "") or "")
    resolver = Resolver(article, attributions, lex, sentences)
    order = sorted(attributions, key=lambda a: (a.source.start if a.source else 1 << 60, a.id))
    linked: dict[str, Entity] = {}
    for att in order:
        ent = resolver.resolve(att)
        if ent is not None:
            linked[att.id] = ent
    used = [e for e in resolver.entities if e.mentions]
    used.sort(key=lambda e: min(m.start for m in e.mentions))
    ids = {id(e): f"s{i}" for i, e in enumerate(used, 1)}
    sources = tuple(resolver.to_source(e, ids[id(e)], sentences) for e in used)
    past = {s.id for e, s in zip(used, sources) if s.type == "GOV" and resolver.in_former_office(e)}
    sources = with_article_prior(sources, {ids[id(e)] for e in used if untyped_group(e)}, past)
    sources = with_home_country(sources, lex, resolver.dateline_country())
    out = tuple(_with_source(a, ids[id(linked[a.id])]) if a.id in linked else a for a in attributions)
    return out, sources


def _acronym(name: str) -> str:
    """'CBC' for "CBC" or "the CBC"; empty for anything else."""
    word = name.removeprefix("the ").removeprefix("The ")
    return word if word.isalpha() and word.isupper() and 2 <= len(word) <= ACRONYM_MAX else ""


def _initials(name: str) -> str:
    """'CBC' for "Congressional Black Caucus"; function words and "The" are skipped."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in ("the", "of", "for", "and"))
