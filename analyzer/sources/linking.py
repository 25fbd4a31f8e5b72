"""Linking descriptions and groups to named sources (see ``resolve``).

In: an unnamed mention's ``Description`` and span, and the sources seen so far.
Out: the ``DescriptionLinks`` methods of ``Resolver``: the ``Entity`` a possessive ("his
speech"), a title used alone ("the spokesman"), a counted group ("the two"), an appositive or
a definite description refers back to, or a new descriptor entity.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from analyzer.attribution.cues import lexicon as cue_lexicon
from analyzer.model import Attribution, Span
from analyzer.sources.describe import (
    ONE_NATIONAL, POSSESSIVE_WORD, PRIO_ROLE, Description, best_type, describe,
)
from analyzer.sources.entity import Entity, Occurrence
from analyzer.sources.facts import _entity_type, _evidence, _person_title, _same_gender
from analyzer.sources.helpers import (
    _clean_name, _first_line_is_headline, _latest_before, _normal, _thing_description, _title_fits,
    _unknown_person_noun,
)
from analyzer.sources.lexicon import Lexicon, surname_of as _surname
from analyzer.sources.patterns import (
    APPOSITION_AFTER, APPOSITIVE_GAP, APPOSITIVE_REACH, BARE_TITLE_WORDS, BODY_KINDS, BODY_NOUNS,
    BUSINESS_EPITHET_WORDS, BUSINESS_HEADS, CLAUSE_NAME, COLLECTIVE_HEADS, COUNTED_GROUP, EPITHETS, FORMER,
    FORMER_TYPES, GROUP_SIZES, HEADLINE_LINES, INDEFINITE, ITEM_IN_OUTLET, KINSHIP, LEDE_NAME_OFFSET,
    LEDE_NAMED_SENTENCES, LEDE_SAME_TYPES, NAME_BODY, NAME_OWNED, NAME_PIECE, NEWS_ITEMS, NOUN_BEFORE_CHARS,
    NOUN_BEFORE_WORDS, NOUN_STOPS, ORG_HEAD_WORDS, OUTLET_VOICES, OWNED_INSIDE, OWNED_WORDS, PLACE_PREPOSITION,
    POLITICAL, POSSESSED, POSSESSIVE_OPENER, RANKED, RESEARCH_PAPER_WORDS, RESEARCH_WORDS, SPOKES, TITLE_REACH,
    TITLE_SYNONYMS, UNNAMED_HEADS, WORD_BEFORE, WORK_ABOUT,
)


# A person's campaign written out ("the Vell campaign", "Ana Vell's presidential campaign").
NAMED_CAMPAIGN = re.compile(r"\b((?!(?:The|A|An|And|But|In|On|Of)\b)[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}?)"
                            r"(?:['’]s?)? (?:(?:presidential|re-?election|Senate|House|gubernatorial|mayoral) )?"
                            r"campaign\b")
# A title-case plural closing a headline's mention ("Presidential Hopefuls Weigh In"): many people.
TITLE_CASE_PLURAL = re.compile(r"(?:[A-Z][\w'’\-]*\s+)*[A-Z][a-z]+[^s\W]s\s*")
# An administration named by its head ("the Tamsin administration", "the Tamsin-Vell administration").
NAMED_ADMINISTRATION = re.compile(r"\b(?!(?:The|This|That|An?|His|Her|Their|Its|Our|Every|Each)\b)"
                                  r"[A-Z][\w'’\-]+(?:['’]s)? administration\b")
# A definite title owned by another title ("the senator's aide", "the Velm presidential candidate’s doctor").
POSSESSOR_TITLE = re.compile(r"((?:the|The)\s+(?:[\w\-]+\s+){0,3}?[a-z][\w\-]*)['’]s\s+(?:[a-z][\w\-]*\s*){1,3}$")
# A place owning a title ("London's Muslim mayor", "Velmton's police chief"): a definite title.
PLACE_OWNER = re.compile(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?['’]s\s")
# Between a name and an indefinite description set off after it ("Velm Forward PAC, a super PAC"), with
# an optional bracket ("Rep. Ana Vell (D-Ohio), a ...").
APPOSITION_COMMA = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*,\s+")
# The word right after a mention.
NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# A definite title its holder has retired from ("the retired neurosurgeon"): said of someone already known.
RETIRED = re.compile(r"[Tt]he\s+retired\s+[a-z]")
# A counted one of several unnamed people ("the second official", "a third source").
ORDINAL = re.compile(r"(?:the|a|an)\s+(?:second|third|fourth|fifth|other)\s+[a-z]", re.I)
# Whose title a mention names ("Vell's attorney").
OWNER = re.compile(r"\b([A-Z][\w\-]+)['’]s\s")
# A lede's one person of a kind, named in the next sentence ("One of the ...", "The aide to a senator").
LEDE_ONE = re.compile(r"(?:One of (?:the|its|his|her|their)\s|The [\w\- ]{3,40}? (?:for|of|to|at) an?\s)")
LEDE_ONE_SENTENCES = 3
# How many sentences after a lede's unnamed body may name it, and which body words may be named so.
LEDE_BODY_SENTENCES = 3
LEDE_BODY_HEADS = {"union", "group", "organization", "organisation", "company", "firm", "association",
                   "coalition", "charity", "nonprofit", "think tank"}
# Relatives whom a story may name a sentence later by the family name ("his sister ... Mara Vell").
KIN_NAMED_LATER = {"mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow",
                   "widower", "grandmother", "grandfather"}
# How many sentences on a possessed title ("Vell's attorney") may be named in apposition.
POSSESSED_NAMED_SENTENCES = 3
# Bodies that speak for a whole country or state ("the government", "the administration").
COUNTRY_VOICES = {"government", "administration", "authorities", "regime", "state", "country", "nation", "cabinet",
                  "leadership", "federal government", "state government", "junta"}


def _new_full_name(occs: list[Occurrence], k: int, since: int = 0) -> bool:
    """Is ``occs[k]`` one person's name in full (two words or more) that the article has not written before (or
    not since the character offset ``since``)?"""
    occ = occs[k]
    return occ.desc.kind == "person" and not occ.desc.plural and len(occ.desc.name.split()) > 1 \
        and not any(o.desc.name == occ.desc.name and o.start >= since for o in occs[:k])


class DescriptionLinks:
    """Links descriptions, possessives and groups to sources (mixed into ``Resolver``)."""

    def _owner_of_words(self, span: Span, att: Attribution | None) -> Entity | None:
        """'his statement', 'her account', 'their campaign', 'excerpts of his speech', 'the
        nominee's campaign', 'Tuttle's article': whoever the possessive refers to is the source (the words are
        theirs)."""
        m = OWNED_WORDS.match(self.text, span.start, span.end)
        inner = OWNED_INSIDE.match(self.text, span.start, span.end) if m is None else None
        if inner is not None and WORK_ABOUT.search(self.text, inner.start(), inner.end()):
            inner = None  # "a review of Ada Brell's emails": someone else's work on her words
        if inner is not None:
            m = OWNED_WORDS.match(self.text, inner.end(), span.end)
            named = NAME_OWNED.match(self.text, inner.end(), span.end) if m is None else None
            sub = describe(named.group(1), self.lex, shared=True) if named else None
            if sub is not None and sub.kind == "person" and not sub.plural:
                return self._person_entity(sub, span.start)  # "pages of Ada Brell's emails"
        if m is None:
            body = NAME_BODY.match(self.text, span.start, span.end) or NAME_PIECE.match(self.text, span.start, span.end)
            sub = describe(body.group(1), self.lex, shared=True) if body else None
            if sub is not None and sub.kind == "person" and not sub.plural:
                return self._person_entity(sub, span.start)
            return self._title_owner(span)
        word = Span(m.start(1), m.end(1))
        pronoun = describe(self.text, self.lex, word.start, word.end, shared=True)
        if pronoun.kind != "pronoun":
            return None
        found = self._pronoun(pronoun, word, att)
        return found if found is not None and found.kind in ("person", "org", "country") else None

    def _title_owner(self, span: Span) -> Entity | None:
        """'the Democratic nominee's campaign': the named person or organisation the definite title
        refers to (as for the bare title), else None."""
        m = POSSESSED.match(self.text, span.start, span.end)
        if m is None:
            return None
        sub = describe(self.text, self.lex, m.start(1), m.end(1), shared=True)
        if sub.kind in ("person", "org", "country"):
            return None  # a name's possession is typed through its modifier already
        found = self._described(sub, Span(m.start(1), m.end(1))) if sub.kind == "descriptor" else None
        return found if found is not None and found.kind in ("person", "org", "country") else None

    def _counted_group(self, desc: Description, span: Span) -> Entity | None:
        """'the two', 'both men', 'the candidates': the people last spoken of, as one plural source
        named by its members (the first-mentioned member types it). None when fewer people are in reach."""
        m = COUNTED_GROUP.match(self.text, span.start, span.end)
        if desc.back_names or desc.modifiers:
            return None
        types = {e[1] for e in desc.evidence}  # "both presidential candidates" are candidates
        if m is not None and m.group(2) and desc.words > 1 and desc.head and not _person_title(desc, self.lex):
            return None  # "both key Democratic constituencies": no people the count could be
        if m is not None:
            size, untyped = GROUP_SIZES[(m.group(1) or m.group(2)).lower()], {""}
            floor = self._sentence_floor(span.start)
        elif desc.definite and desc.plural and desc.head in desc.roles and desc.words <= BARE_TITLE_WORDS \
                and types and _person_title(desc, self.lex) and not POSSESSIVE_WORD.search(desc.text) \
                and not PARTY_WORD.search(desc.text):  # "the Republican hopefuls": a party's, whoever was named
            # "the candidates": at least two people of that title's type spoken of within TITLE_REACH
            # ("the congressman's lawyers" are someone's staff, not people spoken of).
            size, floor, untyped = 2, span.start - TITLE_REACH, set()
        else:
            return None

        def fits(ent: Entity) -> bool:
            return ent.kind == "person" and not ent.plural and ent not in members and (
                not types or _entity_type(ent) in types | untyped)

        members: list[Entity] = []
        for ent in self._recent(floor):
            if fits(ent):
                members.append(ent)
        occs = self.occurrences()
        hi = bisect_left(self.occ_starts, span.start)
        lo = bisect_left(self.occ_starts, span.start - TITLE_REACH, 0, hi)
        for occ in reversed(occs[lo:hi]):
            if len(members) >= size:
                break
            if occ.desc.kind == "person" and not occ.desc.plural:
                ent = self._from_occurrence(occ)
                if fits(ent):
                    members.append(ent)
        if len(members) < size:
            return None
        members = sorted(members[:size], key=lambda e: e.first)
        group = Description(text=span.slice(self.text), kind="person", plural=True,
                            name=" and ".join(e.name for e in members))
        ent = self._person_entity(group, span.start)
        main = members[0]
        if len(ent.context) == 1:  # the main member's titles type the group when it is not listed
            ent.context = ent.context + main.descs + main.context
        return ent

    def _appositive_holder(self, pos: int) -> Entity | None:
        """The person a relative 'who' speaks of across an appositive: "Ada Brell, a county
        delegate and party donor who said ..." -> Ada Brell."""
        occs = self.occurrences()
        hi = bisect_left(self.occ_starts, pos)
        for occ in reversed(occs[max(0, hi - 3):hi]):
            if occ.end < pos - APPOSITIVE_REACH:
                break
            if occ.desc.kind == "person" and not occ.desc.plural and APPOSITIVE_GAP.match(self.text, occ.end, pos):
                return self._from_occurrence(occ)
        return None

    def _described(self, desc: Description, span: Span) -> Entity | None:
        """The source or body name a definite singular description refers back to, if any."""
        if not (desc.definite and not desc.plural and desc.head) or desc.head in COLLECTIVE_HEADS:
            return None  # "the Republican establishment" is some Republicans, not the party
        if ORDINAL.match(desc.text):
            return None  # "said the second official": one more unnamed person, not the one holding the title
        owner = POSSESSOR_TITLE.match(desc.text)
        # "the senator's aide", "the candidate's doctor": another person, whose type the possessor's
        # title lends (the aide of a senator is POL), never the possessor found by that type
        owned = owner is not None and not POSSESSED.match(desc.text) \
            and _person_title(describe(owner.group(1), self.lex, shared=True), self.lex)
        found = self._former_holder(desc, span.start) if FORMER.search(desc.text) else None
        found = found or self._named_in_apposition(desc, span.start)
        if found is None and desc.words <= BARE_TITLE_WORDS and self._body_word(desc.head):
            # "The department" after "The Immigration Department ... a spokesman for the department": the
            # department itself, not the spokesman whose title names it
            found = self._by_org_word(desc.head, span.start)
        if found is None and desc.head == "campaign" and desc.words <= 2:
            found = self._campaign_spoken_of(span.start)  # a body, not its spokesman titled by it
        bare = not desc.affiliation and desc.words <= BARE_TITLE_WORDS
        if found is None and bare and desc.head in BODY_KINDS:
            # "... a program called Velm Promise. The group seeks ...": the body just named, before any
            # group described long before
            found = self._latest_body(desc.head, span.start, typed=True)
        if found is None and bare and desc.head == "administration":
            found = self._administration_named(span.start)
        found = found or self._by_title(desc.head, span.start)
        if found is None and bare:
            found = self._by_org_word(desc.head, span.start) or self._only_body_named(desc.head, span.start)
        epithet = desc.head in BUSINESS_HEADS and not desc.affiliation and desc.words <= BUSINESS_EPITHET_WORDS \
            and desc.text[1:].islower()  # "the online retail giant": the company just spoken of
        if found is None and (bare or epithet) and desc.head in BODY_KINDS:
            found = self._latest_body(desc.head, span.start)
        if owned:
            return found
        if found is None and (bare or _person_title(desc, self.lex)):
            found = self._by_type(desc, span.start)
        if found is None and (_unknown_person_noun(desc) or desc.head in EPITHETS or RETIRED.match(desc.text)):
            found = self._recent_person(span.start)  # "the retired neurosurgeon": what the person just spoken of was
        if found is None and _person_title(desc, self.lex):
            # "Ada Vell won ... The union-backed candidate said": the one who acted last, when the
            # article has not said what that person is (so the title is all we learn of them).
            actor = self._latest_actor(span.start)
            if actor is not None and actor.kind == "person" and not actor.plural \
                    and best_type(_evidence(actor)) is None and _same_gender(actor, desc) \
                    and not self._quoted(span.start):  # "'... and the magistrate has seen it too,' Mr Vell said"
                found = actor
        return found

    def _administration_named(self, pos: int) -> Entity | None:
        """'the Tamsin administration ... The administration said': the administration the article last named
        by its head before ``pos``, wherever it was named (stories name it once, near the top)."""
        for m in reversed(list(NAMED_ADMINISTRATION.finditer(self.text, 0, pos))):
            desc = describe("the " + m.group(0), self.lex, shared=True)
            if desc.kind == "org":
                return self._org_entity(desc, m.start())
            if desc.kind == "person" and not desc.plural:
                # an administration the lists do not hold is its head's, as a mention of it is resolved
                return self._person_entity(desc, m.start())
        return None

    def _campaign_spoken_of(self, pos: int) -> Entity | None:
        """'... a spokesman for the Vell campaign, said ... The campaign had urged ...': "the campaign" is the
        campaign of the person whose campaign the sentence or the two before it write out; else that of the
        political person (POL) the article names at least twice as often as any other."""
        written = None
        for m in NAMED_CAMPAIGN.finditer(self.text, self._sentence_floor(pos), pos):
            written = m
        if written is not None:
            sub = describe(written.group(1), self.lex, shared=True)
            if sub.kind == "person" and not sub.plural:
                return self._campaign_of(self._person_entity(sub, written.start(1)), Span(pos, pos))
        self.occurrences()
        counts = sorted(((len(occs), surname) for surname, occs in self.by_surname.items()), reverse=True)
        political = []
        for n, surname in counts:
            occs = self.by_surname[surname]
            # a lone surname is resolved as its mentions are; a full name only when no lone one is written
            lone = next((o for o in occs if " " not in o.desc.name), None)
            names = Counter(o.desc.name for o in occs if " " in o.desc.name)
            if lone is None and not names:
                continue
            person = self._person_entity(lone.desc if lone is not None
                                         else describe(names.most_common(1)[0][0], self.lex, shared=True), pos)
            if person.kind == "person" and not person.plural and _entity_type(person) == "POL":
                political.append((n, person))
            if len(political) == 2 or political and n * 2 <= political[0][0]:
                break  # the runner-up is found, or no later name can come near the first
        if political and (len(political) == 1 or political[0][0] >= 2 * political[1][0]):
            return self._campaign_of(political[0][1], Span(pos, pos))
        return None

    def _same_group(self, desc: Description, span: Span) -> Entity | None:
        """'Velmish navy sources would not discuss ... The sources say ...': a bare definite plural
        ("the sources", "the officials") is the unnamed group of that head spoken of last, within a
        pronoun's reach (one source, by the PEJ rule)."""
        if not (desc.definite and desc.plural and desc.head) or desc.words > 2 or desc.modifiers:
            return None
        for ent in self._recent(self._sentence_floor(span.start)):
            if ent.kind in ("group", "descriptor") and ent.plural \
                    and any(d.head == desc.head and d.plural for d in ent.descs):
                return ent
        return None

    def _named_in_apposition(self, desc: Description, pos: int) -> Entity | None:
        """'The group, WeWorkers Coalition, formed ...' earlier in the body: a later bare "the group" is
        that named body."""
        if desc.head not in BODY_NOUNS or desc.modifiers:
            return None
        key = ("apposition", desc.head)
        if key not in self._memo:  # once per article and head: the search is linear in the text
            pattern = re.compile(r"\b[Tt]he %s, ((?:[A-Z][\w'’&.\-]*\s?){1,6})," % re.escape(desc.head))
            self._memo[key] = [(m.start(), m.group(1).strip()) for m in pattern.finditer(self.text)]
        found = self._memo[key]  # type: ignore[assignment]
        # the last one written before the mention, or at it ("The group, Velm Workers Coalition, said")
        i = bisect_right(found, (pos, "\uffff"))
        if i == 0:
            return None
        if desc.words > 2 and found[i - 1][0] != pos:
            return None  # a longer mention names its own body, unless it is the apposition itself
        named = found[i - 1][1]
        sub = describe(named, self.lex, shared=True)
        return self._org_entity(sub, pos) if sub.kind == "org" else None

    def _named_before_apposition(self, desc: Description, span: Span) -> Entity | None:
        """'Velm Forward PAC, a super PAC that opposes ...', 'Rep. Ana Vell, a Velmish Democrat,': an
        indefinite description set off by a comma right after a name describes that name — a person's
        title after a person, a word for a body after a body. A place or a date before the comma
        ("In Velmton, a voter said") is no such name."""
        occs = self.occurrences()
        hi = bisect_left(self.occ_starts, span.start)
        if hi == 0:
            return None
        occ = occs[hi - 1]
        if occ.desc.plural or not APPOSITION_COMMA.fullmatch(self.text, occ.end, span.start) \
                or PLACE_PREPOSITION.search(self.text, max(0, occ.start - 12), occ.start):
            return None
        after = NEXT_WORD.match(self.text, span.end)
        if after is not None and (after.group(1).lower(),) in cue_lexicon():
            return None  # "Vell, a top aide said, is confident": the aide speaks of Vell
        if occ.desc.kind == "person" and _person_title(desc, self.lex) \
                and (" " in occ.desc.name or not self._place_word(occ.desc.name)):
            return self._from_occurrence(occ)
        if occ.desc.kind == "org" and self._body_word(desc.head):
            return self._from_occurrence(occ)
        return None

    def _named_in_apposition_after(self, desc: Description, span: Span) -> Entity | None:
        """'A spokeswoman for the ministry has described ... The spokeswoman, Ada Vell, was asked ...': an
        indefinite person whom the rest of the sentence or the next one names in apposition to the same
        title is that person."""
        nxt = self._next_sentence(span.start)
        end = nxt[1] if nxt is not None else len(self.text)
        m = re.compile(APPOSITION_AFTER % re.escape(desc.head)).search(self.text, span.end, end)
        if m is None:
            return None
        sub = describe(self.text, self.lex, m.start(1), m.start(1) + len(m.group(1).rstrip()), shared=True)
        return self._person_entity(sub, m.start(1)) if sub.kind == "person" and not sub.plural else None

    def _possessed_named_after(self, desc: Description, span: Span) -> Entity | None:
        """'Rep. Ada Vell's attorney confirmed ... said a statement from Vell's attorney, Bo Tamm.': someone's
        unnamed title-holder whom a later sentence (within POSSESSED_NAMED_SENTENCES) names in apposition to
        the same possessed title is that person."""
        own = bisect_right(self.starts, span.start)
        end, nxt = self.starts[own] if own < len(self.starts) else len(self.text), (span.start,)
        for _ in range(POSSESSED_NAMED_SENTENCES):
            nxt = self._next_sentence(nxt[0])
            if nxt is None:
                break
            end = nxt[1]
        owner = re.escape(desc.modifiers[0].split()[-1] if desc.modifiers else OWNER.search(desc.text).group(1))
        m = re.search(r"\b%s['’]s\s+(?:[a-z]+\s+)?%s,\s+((?:[A-Z][\w'’\-]*\.?\s){1,3}[A-Z][\w'’\-]+)(?=[,.])"
                      % (owner, re.escape(desc.head)), self.text[span.start:end])
        if m is None:
            return None
        at = span.start + m.start(1)
        sub = describe(self.text, self.lex, at, at + len(m.group(1).rstrip()), shared=True)
        return self._person_entity(sub, at) if sub.kind == "person" and not sub.plural else None

    def _lede_one_named(self, desc: Description, span: Span) -> Entity | None:
        """'One of the longest-serving Republicans in the Assembly said ... Assemblywoman Ada Vell, who ...', 'The
        press secretary to a Republican senator resigned ... Ada Vell wrote ...': a lede's one person of a kind
        (within the article's first LEDE_ONE_SENTENCES sentences) is the new name opening the next sentence, when
        the article gives that name no other type."""
        own = bisect_right(self.starts, span.start) - 1
        typed = best_type(desc.evidence)
        nxt = self._next_sentence(span.start)
        if own >= LEDE_ONE_SENTENCES or typed is None or nxt is None or nxt[2] == nxt[3]:
            return None
        occs = self.occurrences()
        occ = occs[nxt[2]]
        if occ.start > nxt[0] + LEDE_NAME_OFFSET or not _new_full_name(occs, nxt[2]):
            return None
        found = best_type(occ.desc.evidence)
        return self._from_occurrence(occ) if found is None or found[0] == typed[0] else None

    def _lede_window(self, span: Span) -> tuple[int, int] | None:
        """For a mention in the article's first LEDE_ONE_SENTENCES sentences, the range of body names (indexes
        into ``occurrences``) from its end through the next LEDE_BODY_SENTENCES sentences; else None."""
        own = bisect_right(self.starts, span.start) - 1
        if own >= LEDE_ONE_SENTENCES:
            return None
        occs = self.occurrences()
        last = min(own + 1 + LEDE_BODY_SENTENCES, len(self.starts))
        hi = bisect_left(self.occ_starts, self.starts[last]) if last < len(self.starts) else len(occs)
        return bisect_left(self.occ_starts, span.end), hi

    def _lede_title_named_after(self, desc: Description, span: Span) -> Entity | None:
        """'The capital's new mayor rejected ... Ada Vell, who was elected mayor last week, ...': a lede's definite
        title (within the article's first LEDE_ONE_SENTENCES sentences) that no one before it holds is the first
        person the next LEDE_BODY_SENTENCES sentences give that title, when only one person holds it there."""
        window = self._lede_window(span)
        if window is None:
            return None
        occs = self.occurrences()
        holders = {o.desc.name: o for o in occs[window[0]:window[1]] if o.desc.kind == "person" and not o.desc.plural
                   and any(_title_fits(desc.head, r) for r in o.desc.roles)}
        if len(holders) != 1:
            return None
        occ = next(iter(holders.values()))
        return self._person_entity(occ.desc, occ.start)

    def _lede_body_named(self, desc: Description, span: Span) -> Entity | None:
        """'A union representing flight attendants endorsed ... The Association of Velm Flight Crews called ...': a
        lede's unnamed body (within the first LEDE_ONE_SENTENCES sentences) is the first body of its type that
        the next LEDE_BODY_SENTENCES sentences name and the article has not named before."""
        typed = best_type(desc.evidence)
        window = self._lede_window(span) if typed is not None else None
        if window is None:
            return None
        occs = self.occurrences()
        lo, hi = window
        before = {o.desc.name for o in occs[:lo]}
        for occ in occs[lo:hi]:
            found = best_type(occ.desc.evidence)
            if occ.desc.kind == "org" and occ.desc.name not in before and found is not None and found[0] == typed[0]:
                return self._from_occurrence(occ)
        return None

    def _relative_named_after(self, span: Span) -> Entity | None:
        """'The yachtsman Ado Vell is missing ... his sister said ... Mara Vell told a local paper ...': someone's
        relative, written with a possessive pronoun, is the new person of that family name whom the rest of the
        sentence or the next one names."""
        m = POSSESSIVE_OPENER.match(self.text, span.start, span.end)
        if m is None:
            return None
        word = Span(m.start(1), m.end(1))
        pronoun = describe(self.text, self.lex, word.start, word.end, shared=True)
        owner = self._pronoun(pronoun, word, None) if pronoun.kind == "pronoun" else None
        if owner is None or owner.kind != "person" or owner.plural or not owner.surname:
            return None
        nxt = self._next_sentence(span.start)
        occs = self.occurrences()
        lo = bisect_left(self.occ_starts, span.end)
        hi = nxt[3] if nxt is not None else len(occs)
        for k in range(lo, hi):
            occ = occs[k]
            if _new_full_name(occs, k) and _surname(occ.desc.name) == owner.surname and occ.desc.name != owner.name:
                return self._from_occurrence(occ)
        return None

    def _former_holder(self, desc: Description, pos: int) -> Entity | None:
        """'the former secretary of state': the person spoken of last (within TITLE_REACH) whom the
        gazetteer lists in an office of the title's type that ended before the article's date."""
        typed = best_type(desc.evidence)
        date = self.article.metadata.published[:10]
        if typed is None or typed[0] not in FORMER_TYPES or not date or not _person_title(desc, self.lex):
            return None

        def held(ent: Entity) -> bool:
            if ent.person is None or not _same_gender(ent, desc):
                return False
            rows = self.lex.people.get(ent.person.name.lower(), ())
            return any(r.type == typed[0] and r.end and r.end <= date for r in rows)
        return self._latest_person(pos, pos - TITLE_REACH, held)

    def _descriptor(self, desc: Description, span: Span) -> Entity:
        found = self._outlet_voice(desc, span) if desc.head in OUTLET_VOICES else None
        if found is None and desc.head in NEWS_ITEMS:
            found = self._outlet_of_item(span)
        if found is None and desc.definite and desc.head in RESEARCH_PAPER_WORDS:
            found = self._paper_just_spoken_of(span.start)
        if found is None:
            found = self._described(desc, span)
        if found is None:
            found = self._same_group(desc, span)
        if found is None and not desc.plural and desc.head and RANKED.search(desc.text):
            found = self._by_org_word(desc.head, span.start)  # "France's second largest bank": the bank named
            if found is None and desc.head in BODY_KINDS:
                # "The Velm Rifle Association says ... The nation's largest gun group is accusing ...": the body
                # just named
                found = self._latest_body(desc.head, span.start, typed=True)
        if found is None and _thing_description(desc, self.lex):
            found = self._latest_named(span.start)
        if found is None and not (desc.definite or desc.another or desc.plural) and desc.head \
                and INDEFINITE.match(desc.text):
            found = self._named_before_apposition(desc, span)  # "Velm Forward PAC, a super PAC that ..."
        if found is None and not (desc.definite or desc.another or desc.plural or desc.modifiers) \
                and desc.head not in self.lex.vague and (desc.head not in UNNAMED_HEADS or desc.back_orgs) \
                and _person_title(desc, self.lex):
            found = self._title_named_next(desc, span)
        if found is None and not (desc.definite or desc.another or desc.plural) \
                and all(self._place_word(m) for m in desc.modifiers) \
                and desc.head not in self.lex.vague and desc.head not in UNNAMED_HEADS \
                and _person_title(desc, self.lex) and INDEFINITE.match(desc.text) \
                and not self.text[max(0, span.start - 3):span.start].rstrip().endswith(","):
            # "A leading Velmton microbiologist says ...", not "Vell was a fierce voice, a self-described
            # homemaker who ...": an appositive describes someone already there, not a new person
            found = self._named_next_sentence(desc, span)
        if found is None and not (desc.definite or desc.another or desc.plural) and desc.head \
                and INDEFINITE.match(desc.text) and _person_title(desc, self.lex):
            found = self._named_in_apposition_after(desc, span)  # "a spokeswoman ... The spokeswoman, Ada Vell,"
        if found is None and not (desc.plural or desc.definite) and desc.head and _person_title(desc, self.lex) \
                and (desc.modifiers or OWNER.search(desc.text)):
            found = self._possessed_named_after(desc, span)  # "Vell's attorney said ... Vell's attorney, Bo Tamm,"
        if found is None and LEDE_ONE.match(desc.text):
            found = self._lede_one_named(desc, span)  # "One of the House's top Republicans said ... Rep. Ada Vell"
        if found is None and (desc.definite or PLACE_OWNER.match(desc.text)) and not desc.plural \
                and desc.head in desc.roles and _person_title(desc, self.lex):
            found = self._lede_title_named_after(desc, span)  # "The capital's new mayor ... Vell, elected mayor"
        if found is None and desc.definite and not desc.plural and _person_like(desc, self.lex) \
                and all(self._place_word(m) for m in desc.modifiers) and self._lede_window(span) is not None:
            # "the widowed husband of a sailor is standing by him. Marco Quill, whose wife ...": a lede's
            # definite person whom the next sentence opens by naming
            headline_end = self.text.find("\n") + 1 if _first_line_is_headline(self.text) else 0
            found = self._lede_name(desc, self._next_sentence(span.start), strict=False, since=headline_end)
        if found is None and ONE_NATIONAL.match(desc.text) and not desc.roles:
            found = self._named_next_sentence(desc, span)  # "a generous Canadian offers ... Rob Vell, ..."
        if found is None and desc.head in LEDE_BODY_HEADS and (
                not desc.plural and INDEFINITE.match(desc.text)
                # "Velm pilots' union backs Vell": a headline's body, singular whatever owns it
                or self._in_headline(desc, span) and desc.text.rstrip().lower().endswith(desc.head)):
            found = self._lede_body_named(desc, span)  # "A union representing pilots ... The Velm Pilots Guild"
        if found is None and not desc.plural and desc.head in KIN_NAMED_LATER:
            found = self._relative_named_after(span)  # "his sister said ... Mara Vell told ..."
        if found is None and not desc.plural and self._in_headline(desc, span) and _person_title(desc, self.lex) \
                and not TITLE_CASE_PLURAL.fullmatch(span.slice(self.text)):  # "Presidential Hopefuls"
            found = self._headline_subject(desc, span)
        if found is not None:
            return found
        key = "desc:" + _normal(_clean_name(desc.text))
        if desc.another:
            key += f"@{span.start}"
        ent = self._entity(key, desc.kind, _clean_name(desc.text), span.start)
        ent.plural = desc.plural
        ent.person_like = not desc.plural and _person_title(desc, self.lex)
        if desc.head == "author" and not ent.context and RESEARCH_WORDS.search(self.text):
            # "the authors" of a story on a study: researchers (EXP), not writers of books
            ent.context.append(Description(text=desc.text, kind="descriptor", evidence=[(PRIO_ROLE, "EXP", False)]))
        if not ent.modifiers:
            # "an adviser to Hillary Clinton": the person after a title is its principal, as the
            # name before it is ("Clinton adviser"); a specific title still outranks it (_evidence).
            principals = desc.modifiers + (desc.back_names if desc.roles else [])
            ent.modifiers = [self._modifier(m, span.start) for m in dict.fromkeys(principals)]
        return ent

    def _outlet_of_item(self, span: Span) -> Entity | None:
        """'An article in the Velm Gazette', 'a story in New York magazine': the outlet that ran it
        (DESIGN §6: a news story is its outlet speaking, MED); None when no outlet is named."""
        m = ITEM_IN_OUTLET.search(self.text, span.start, span.end)
        if m is None:
            return None
        sub = describe(self.text, self.lex, m.start(1), m.end(1), shared=True)
        if sub.kind != "org" or not any(e[1] == "MED" for e in sub.evidence) \
                or self._is_owner(sub, Span(m.start(1), m.end(1))):
            return None  # the article's own outlet is never a source
        return self._org_entity(sub, span.start)

    def _place_word(self, word: str) -> bool:
        """Is a capitalised modifier a place's name ("Velmton" in "a Velmton microbiologist"): one word the
        lists do not know and the article gives no person?"""
        return " " not in word and not self.lex.lookup([word], 0)[0] and word.lower() not in self.lex.surnames \
            and not any(" " in o.desc.name for o in self.by_surname.get(word.lower(), ()))

    def _body_word(self, head: str) -> bool:
        """Is ``head`` a word for a body ("department", "bank"), not for a person?"""
        entries = self.lex.phrases.get(tuple(head.split()), ())
        return bool(entries) and all(e.kind in ("role", "org") and not e.person for e in entries)

    def _paper_just_spoken_of(self, pos: int) -> Entity | None:
        """'The report issued by the Velm Institute says ... The paper challenges ...': the document spoken
        of last, unless a news outlet was spoken of since (then "the paper" is that newspaper)."""
        for ent in self._recent(self._sentence_floor(pos)):
            if ent.kind == "doc":
                return ent
            if ent.kind == "org" and _entity_type(ent) == "MED":
                return None
        return None

    def _next_sentence(self, pos: int) -> tuple[int, int, int, int] | None:
        """The sentence after the one at ``pos``: its start and end, and the index range of the names
        written in it (into ``occurrences()``); None for the last sentence."""
        i = bisect_right(self.starts, pos) - 1
        if i < 0 or i + 1 >= len(self.starts):
            return None
        lo = self.starts[i + 1]
        hi = self.starts[i + 2] if i + 2 < len(self.starts) else len(self.text)
        self.occurrences()
        return lo, hi, bisect_left(self.occ_starts, lo), bisect_left(self.occ_starts, hi)

    def _title_named_next(self, desc: Description, span: Span) -> Entity | None:
        """'..., a local judge decided on Friday. Circuit Judge Ada Vell wrote ...': an indefinite
        title whose holder the next sentence names with the same title is that person."""
        nxt = self._next_sentence(span.start)
        if nxt is None:
            return None
        occs = self.occurrences()
        for k in range(nxt[2], nxt[3]):
            occ = occs[k]
            if occ.desc.kind != "person" or occ.desc.plural:
                continue
            if any(_title_fits(desc.head, role) for role in occ.desc.roles):
                if desc.head in UNNAMED_HEADS and not any(
                        org in self.text[nxt[0]:occ.end] for org in desc.back_orgs):
                    return None  # "a spokesman for the ministry ... Party spokesman Ada Vell": someone else
                return self._from_occurrence(occ)
            if desc.head in SPOKES and desc.back_orgs and self._new_bare_speaker(occs, k):
                # "A spokesman for the Velm Front said ... 'Quote,' Ado Tarek told a news agency": the
                # spokesman quoted on, under a name the article gives no other role
                return self._from_occurrence(occ)
        return None

    def _new_bare_speaker(self, occs: list[Occurrence], k: int) -> bool:
        """Is the person named at ``occs[k]`` new to the article, unlisted, and given no title anywhere in it?"""
        occ = occs[k]
        if not _new_full_name(occs, k):
            return False
        same = self.by_surname.get(_surname(occ.desc.name), [])
        return not any(o.desc.roles for o in same) and self._person_row(occ.desc.name) is None

    def _named_next_sentence(self, desc: Description, span: Span) -> Entity | None:
        """'A Swiss firefighter has told a court ... Thomas Brell said ...': the news lede's indefinite
        person is named when the next sentence opens with a name the article has not used before. A
        broadcaster's lede may name them a sentence or two later ("A church leader says ... The Prime
        Minister defends ... The Reverend Ada Vell, president of the Velm Baptist Union, says ..."):
        then the new name must be of the lede person's own unofficial type."""
        nxt = self._next_sentence(span.start)
        found = self._lede_name(desc, nxt, strict=False)
        for _ in range(LEDE_NAMED_SENTENCES - 1):
            if found is not None or nxt is None:
                break
            nxt = self._next_sentence(nxt[0])
            found = self._lede_name(desc, nxt, strict=True)
        return found

    def _lede_name(self, desc: Description, sentence: tuple[int, int, int, int] | None,
                   strict: bool, since: int = 0) -> Entity | None:
        """The person whose new name opens ``sentence`` (see _named_next_sentence), if it may be the lede's
        person ``desc``; ``strict``: only a name of the same unofficial type; ``since``: names written before
        this offset (a headline) do not make it old."""
        occs = self.occurrences()
        if sentence is None or sentence[2] == sentence[3] \
                or occs[sentence[2]].start > sentence[0] + LEDE_NAME_OFFSET:
            return None
        k = sentence[2]
        occ = occs[k]
        if strict and not _same_unofficial_type(desc, occ.desc):
            return None
        # a person's name, not capitalised words opening the sentence: a known given name, a title, or a
        # surname the article uses again ("Markus Brell said ... Mr Brell said")
        given = occ.desc.name.split()[0].lower() in self.lex.first_names or bool(occ.desc.roles) \
            or len(self.by_surname.get(_surname(occ.desc.name), ())) > 1
        if not _new_full_name(occs, k, since) or not given \
                or occ.desc.roles and not any(_title_fits(desc.head, role) for role in occ.desc.roles) \
                and not _same_unofficial_type(desc, occ.desc):
            return None  # "A farmer said ... Mayor Tom Velk said": a titled name is someone else
        return self._from_occurrence(occ)

    def _outlet_voice(self, desc: Description, span: Span) -> Entity | None:
        """'a headline from the Velm Times editorial board', 'the editorial': the outlet itself speaks,
        the one named in the mention, else (when definite) the news outlet spoken of last."""
        for name in desc.modifiers + desc.back_orgs:
            sub = describe(name, self.lex, shared=True)
            if sub.kind == "org" and (best_type(sub.evidence) or ("",))[0] == "MED":
                return self._org_entity(sub, span.start)
        if desc.definite and not desc.modifiers:
            for ent in self._recent():
                if ent.kind == "org" and _entity_type(ent) == "MED":
                    return ent
        return None

    def _in_headline(self, desc: Description, span: Span) -> bool:
        """Whether a title stands in the headline: on the text's first line, or opening the
        subtitle line after it without an article ("Justice vows restraint.")."""
        line_start = self.text.rfind("\n", 0, span.start) + 1
        if line_start == 0:
            return _first_line_is_headline(self.text)
        before = [line for line in self.text[:line_start].split("\n") if line.strip()]
        return len(before) < HEADLINE_LINES and not desc.definite and not self.text[line_start:span.start].strip()

    def _by_title(self, head: str, pos: int) -> Entity | None:
        """'the spokesman' -> the latest source (or named person in the body) holding that title. A body's
        word ("the administration", "the board", "the party") finds only a body holding that very title: the
        "administration officials", a "board member" or a "state party chairman" are not the body."""
        norm = TITLE_SYNONYMS.get(head, head)
        # (a campaign is its candidate's voice: "the campaign" may still find the candidate)
        body = head != "campaign" and (head in BODY_NOUNS or head in BODY_KINDS or self._body_word(head))

        def holds(role: str) -> bool:
            return _title_fits(head, role) and (not body or TITLE_SYNONYMS.get(role, role) == norm)
        for ent in self._recent():
            # a title used alone names one holder: "the candidate" is not "the candidates" quoted before
            if any(holds(r) for r in ent.roles()) and not _clause_name(ent.name) and not ent.plural \
                    and not (body and ent.kind == "person"):
                return ent
        if body:
            return None
        whole, words, spokes = self._title_index()
        pools = [whole.get(norm, []), spokes if norm in SPOKES else [], words.get(norm, []) if len(norm) > 3 else []]
        found = [o for o in (_latest_before(pool, pos) for pool in pools) if o is not None]
        best = max(found, key=lambda o: o.start) if found else None
        return self._person_entity(best.desc, best.start) if best else None

    def _by_org_word(self, head: str, pos: int) -> Entity | None:
        """'the fund' -> the International Monetary Fund: the latest organisation before ``pos``
        whose name holds the head noun."""
        if len(head) <= 3 or head in NOUN_STOPS:
            return None
        words = ORG_HEAD_WORDS.get(head, {head})
        business = head in BUSINESS_HEADS  # "the company": any company, whatever its name says
        for ent in self._recent():
            if ent.kind == "org" and (not words.isdisjoint(ent.name.lower().split())
                                      or business and _entity_type(ent) == "BUS"):
                return ent
        occs = self.occurrences()
        lo, hi = bisect_left(self.occ_starts, pos - TITLE_REACH), bisect_left(self.occ_starts, pos)
        for occ in reversed(occs[lo:hi]):
            if occ.desc.kind == "org" and (not words.isdisjoint(occ.desc.name.lower().split())
                                           or business and (best_type(occ.desc.evidence) or ("",))[0] == "BUS"):
                return self._org_entity(occ.desc, occ.start)
        return None

    def _only_body_named(self, head: str, pos: int) -> Entity | None:
        """'Ivo Sarn quit the Velmist Party on Monday ... [pages later] The party said ...': the one
        organisation named with the head noun anywhere before ``pos``, when the article names no other."""
        if len(head) <= 3 or head in NOUN_STOPS or head in BUSINESS_HEADS:
            return None
        words = ORG_HEAD_WORDS.get(head, {head})
        occs = self.occurrences()
        named = [o for o in occs[:bisect_left(self.occ_starts, pos)]
                 if o.desc.kind == "org" and not words.isdisjoint(o.desc.name.lower().split())]
        if len({o.desc.name for o in named}) != 1:
            return None
        return self._org_entity(named[-1].desc, named[-1].start)

    def _latest_body(self, head: str, pos: int, typed: bool = False) -> Entity | None:
        """'Velm Watch has run ads against him ... the group said': the organisation spoken of last, within
        the sentence before, whatever its name, when its type fits the noun (a group is no ministry); with
        ``typed``, only a body whose type is known (not a place the lists lack, "West Palm Beach")."""
        fits = BODY_KINDS[head] - {""} if typed else BODY_KINDS[head]
        floor = self._sentence_floor(pos)
        source = next(((p, ent) for p, ent in self._recent_with_pos(floor)
                       if ent.kind == "org" and _entity_type(ent) in fits), None)
        occs = self.occurrences()
        lo, hi = bisect_left(self.occ_starts, floor), bisect_left(self.occ_starts, pos)
        for occ in reversed(occs[lo:hi]):
            if source is not None and (occ.start <= source[0] or any(m.start <= occ.start < m.end
                                                                     for m in source[1].mentions)):
                break  # the source's own mention, or one before it: the source is the latest
            if occ.desc.kind == "org" and (best_type(occ.desc.evidence) or ("",))[0] in fits:
                return self._org_entity(occ.desc, occ.start)
        return source[1] if source else None

    def _recent_person(self, pos: int) -> Entity | None:
        """'the self-described libertarian': a definite description of a person the
        lexicon has no title for refers back to the person just spoken of (the latest named
        person within the pronoun reach, a source or a name in the body, whichever came last)."""
        return self._latest_person(pos, self._sentence_floor(pos))

    def _latest_person(self, pos: int, floor: int, fits=lambda ent: True) -> Entity | None:
        """The single person spoken of last between ``floor`` and ``pos`` who ``fits``: the latest fitting
        source, unless a fitting name written in the body comes after it."""
        source: tuple[int, Entity] | None = None
        for p, ent in self._recent_with_pos(floor):
            if ent.kind == "person" and not ent.plural and fits(ent):
                source = (p, ent)
                break
        occs = self.occurrences()
        lo, hi = bisect_left(self.occ_starts, floor), bisect_left(self.occ_starts, pos)
        for occ in reversed(occs[lo:hi]):
            if source is not None and occ.start <= source[0]:
                break
            if occ.desc.kind == "person" and not occ.desc.plural:
                ent = self._from_occurrence(occ)
                if fits(ent):
                    return ent
        return source[1] if source else None

    def _by_type(self, desc: Description, pos: int) -> Entity | None:
        """'the agency', 'the Republican nominee': the latest body entity of the title's type."""
        typed = best_type(desc.evidence)
        if typed is None:
            return None
        person = _person_title(desc, self.lex)
        # "the weather bureau" after "New South Wales" is some bureau of the state, not the state itself
        want = ("person",) if person else ("org", "country") if desc.head in COUNTRY_VOICES else ("org",)
        for ent in self._recent():
            if ent.kind in want and not ent.plural and _entity_type(ent) == typed[0] and _same_gender(ent, desc):
                return ent
        occs = self.occurrences()
        lo, hi = bisect_left(self.occ_starts, pos - TITLE_REACH), bisect_left(self.occ_starts, pos)
        for occ in reversed(occs[lo:hi]):
            if occ.desc.kind in want and not occ.desc.plural:
                ent = self._from_occurrence(occ)
                if _entity_type(ent) == typed[0] and _same_gender(ent, desc):
                    return ent
        if person and typed[0] == "GOV" and not desc.modifiers:  # "the Velm Department's inspector" is its own
            return self._political_near(desc, pos)
        return None

    def _political_near(self, desc: Description, pos: int) -> Entity | None:
        """'the New Jersey governor' for a governor on the campaign trail (listed POL at that date): the
        person spoken of last, within a pronoun's reach, when that person is political (GOV or POL)."""
        ent = self._recent_person(pos)
        return ent if ent is not None and _entity_type(ent) in POLITICAL and _same_gender(ent, desc) else None

    def _noun_before(self, span: Span) -> Entity:
        """The unnamed thing a relative 'which'/'that' refers to: the few words before it."""
        floor = max(0, span.start - NOUN_BEFORE_CHARS)
        words = list(WORD_BEFORE.finditer(self.text, floor, span.start))
        chunk: list[re.Match] = []
        for m in reversed(words):
            if m.group(1).lower() in NOUN_STOPS or len(chunk) == NOUN_BEFORE_WORDS or m.group(1).endswith(".") or \
                    re.search(r"[,;:()\"“”.]" if chunk else r"[;:()\"“”.]",  # "elders, who": one comma
                              self.text[m.end():(chunk[0].start() if chunk else span.start)]):
                break
            chunk.insert(0, m)
        if not chunk:
            return self._entity(f"pron:{span.start}", "pronoun", span.slice(self.text), span.start)
        start, end = chunk[0].start(1), chunk[-1].end(1)
        owner = self._owner_of_words(Span(start, end), None) \
            if OWNED_WORDS.match(self.text, start, end) else None
        if owner is not None:  # "his latest tweet followed another that ...": his
            return owner
        sub = describe(self.text, self.lex, start, end, shared=True)
        listed_issuer = sub.kind == "doc" and bool(sub.modifiers) and all(
            self.lex.lookup(m.split(), 0)[0] == len(m.split()) for m in sub.modifiers)
        if sub.kind in ("person", "org", "country") or listed_issuer:
            # "the Associated Press report, which ...": a document whose issuer the words name is linked as the
            # mention would be
            return self._link(sub, Span(start, end), None)
        if sub.kind == "descriptor" and (_person_like(sub, self.lex) or self._body_word(sub.head)):
            # "a former spymaster who wrote ... Marko Vell, who headed ...": the words before are a mention
            # of their own, linked as one, and say what the source is
            ent = self._link(sub, Span(start, end), None)
            if ent is not None:
                if ent.kind not in ("person", "org") and sub not in ent.descs:
                    ent.descs.append(sub)  # a named source's own words type it, as they did before
                return ent
        ent = self._entity("desc:" + _normal(sub.text), sub.kind if sub.kind != "none" else "descriptor",
                           _clean_name(sub.text), span.start)
        if not ent.descs:
            ent.descs.append(sub)
        ent.plural = sub.plural
        return ent


# A party named in a description of people ("the Republican hopefuls", "the Democrats").
PARTY_WORD = re.compile(r"\b(?:Republican|Democrat|Democratic|GOP|Labor|Labour|Liberal|Conservative|Green)s?\b")


def _clause_name(name: str) -> bool:
    """Is a source's name a clause ("letting the president run on") rather than a noun phrase
    ("the ruling party" opens with a determiner)? (Sparing modifiers such as "fundraising reports" too
    cost one mention on the PolNeAR dev pool.)"""
    return CLAUSE_NAME.match(name) is not None


def _person_like(desc: Description, lex: Lexicon) -> bool:
    """Does the description speak of a person: a relative, a title, or a noun for someone ("the hacker")?"""
    return not KINSHIP.isdisjoint(desc.roles) or _unknown_person_noun(desc) or _person_title(desc, lex)


def _same_unofficial_type(desc: Description, named: Description) -> bool:
    """'A leading microbiologist says ... Professor Ada Vell, who ...': the lede's person and the titled
    name opening the next sentence are of one type that news has no reason to keep unnamed (experts,
    business people, advocates, private people, journalists); an unnamed official is often a source of
    their own beside a named one."""
    mine, theirs = best_type(desc.evidence), best_type(named.evidence)
    if not desc.roles and ONE_NATIONAL.match(desc.text):
        mine = theirs  # "one kind-hearted Canadian ... Rob Vell, a radio host": her nation says no more of her
    return mine is not None and theirs is not None and mine[0] == theirs[0] and mine[0] in LEDE_SAME_TYPES
