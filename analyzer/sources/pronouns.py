"""Pronoun resolution (see ``resolve``).

In: a pronoun ``Description`` and span, the sources seen so far and the body's occurrences.
Out: the ``PronounLinks`` methods of ``Resolver``: the nearest fitting person, group or
organisation before the pronoun, passing over names that are objects of a preposition, quoted,
or in an earlier sentence's fronted clause; None when nothing fits.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterator

from analyzer.model import Attribution, Span
from analyzer.sources.describe import BODY_STAFF, PRIO_ROLE, Description, body_types, describe
from analyzer.sources.entity import Entity, Occurrence
from analyzer.sources.facts import _fits, _same_gender
from analyzer.sources.helpers import _after_common_noun, _first_names_agree
from analyzer.sources.lexicon import surname_of as _surname
from analyzer.sources.patterns import (
    ATTRIBUTIVE, FRONTED, ISSUED_HEADS, LOOKBACK_NAMES, LOOKBACK_SOURCES, MODIFIED_NOUN, PREP_BEFORE, PREP_LOOKBACK,
    PRONOUN_REACH, QUOTED, SPEAKER_AFTER, THING_DOC,
)


# The copula of a sentence that says what its subject is, and a phrase that ends on a preposition's object.
COPULA_IN_SENTENCE = re.compile(r"\b(?:is|are|was|were)\b")
NOUN_PREDICATE = re.compile(r"\s+(?:a|an|the|one|among)\b|\s+[a-z]+s\b(?!\s+(?:to|that)\b)")
# A name that asks what a later quotation answers ("Vell asked Tamm whether ...").
ASKER = re.compile(r"\s+(?:asked|asks|pressed|questioned|quizzed)(?:\s+(?:[A-Z][\w.’'\-]*|him|her|them)){0,3}"
                   r"\s+(?:whether|if|about|what|why|how|when|who|where|on)\b")  # not "asked her to call"
PREP_OBJECT_END = re.compile(r"\b(?:at|to|of|for|with|by|from|in|on|about|against|among|over|under)\s+"
                             r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w\-]+\s+){0,2}[\w\-]+\s*$")


class PronounLinks:
    """Resolves pronouns to the nearest fitting source (mixed into ``Resolver``)."""

    # -- pronouns -------------------------------------------------------------------------
    def _pronoun(self, desc: Description, span: Span, att: Attribution) -> Entity | None:
        want = desc.pronoun
        if want in ("self", "you"):
            interviewee = self._interviewee_voice(desc, span)  # "A: I think ...", "Q: You said ..."
            if interviewee is not None:
                return interviewee
        if want == "you" and not self._quoted(span.start) and self._enclosing(att, span) is None:
            return self._reader(span)  # "If you rent, you will pay more": the reader, addressed by the writer
        if want == "self":
            outer = self._enclosing(att, span)
            if outer is not None:
                return outer
        if want == "rel":
            found = self._adjacent(span.start)
            if found is None and desc.text.lower() == "who":
                found = self._appositive_holder(span.start)
            if found is not None:
                return found
            if desc.text.lower() in ("which", "that") or desc.words > 1 \
                    or _after_common_noun(self.text, span.start):  # "most of whom": the noun before
                subject = self._predicate_subject(span.start) if desc.text.lower() == "who" else None
                return subject or self._noun_before(span)  # "a Velm Times panel that ...", "elders, who"
        if want == "thing":
            found = self._document_before(span.start) or self._staffs_body(span.start)
            if found is not None:
                return found
        floor = self._sentence_floor(span.start)
        occs = self.occurrences()
        hi = bisect_left(self.occ_starts, span.start)
        near = bisect_left(self.occ_starts, floor, 0, hi)
        far = max(0, hi - LOOKBACK_NAMES)
        gendered = want in ("man", "woman")
        found = self._near_fit(want, span.start, floor, occs) if gendered else None
        if found is not None:
            return found if isinstance(found, Entity) else self._from_occurrence(found)
        if gendered:
            near = hi  # the credible names within reach were weighed above; the rest are objects or noise
        if want == "plural" and SPEAKER_AFTER.match(self.text, span.end):
            # "..., his sponsors said. Mr Vell ... was shot, they said": a group that spoke last, within
            # reach, speaks again before any country or body merely named in between
            last = next(self._recent(floor), None)
            head = last.name.lower().split()[-1] if last is not None and last.name else ""
            if last is not None and last.kind in ("group", "descriptor") \
                    and (last.plural or head.endswith("s") and not head.endswith("ss")):
                return last
        for named_only in (True, False):  # a named person before an unnamed one ("a campaign aide")
            for pool in (lambda: self._recent(floor), lambda: reversed(occs[near:hi])):  # within reach
                found = self._first_fit(pool(), want, named_only)
                if found is not None:
                    return found if isinstance(found, Entity) else self._from_occurrence(found)
            # Before it: the sources already linked (the salient ones), then the names written in the body.
            for pool in (lambda: self._recent(), lambda: reversed(occs[far:hi])):
                found = self._first_fit(pool(), want, named_only)
                if found is not None:
                    return found if isinstance(found, Entity) else self._from_occurrence(found)
        return self._entity(f"pron:{span.start}", "pronoun", desc.text, span.start)

    def _reader(self, span: Span) -> Entity:
        """The reader a story addresses as "you": one unnamed private person (CIT) for the whole article."""
        ent = self._entity("reader:you", "descriptor", "you (the reader)", span.start)
        if not ent.context:
            ent.context.append(Description(text="the reader", kind="descriptor", evidence=[(PRIO_ROLE, "CIT", False)]))
        return ent

    def _predicate_subject(self, pos: int) -> Entity | None:
        """'Ana Vell is a farmer and activist who ...', 'Vell and her husband are newcomers, retired teachers
        who ...': the named person the sentence opens on, when the noun before "who" is what the copula says
        that person is (not the object of a preposition: "Vell is angry at the officials who ...")."""
        lo = self._sentence_start(pos)
        copula = COPULA_IN_SENTENCE.search(self.text, lo, pos)
        if copula is None or not NOUN_PREDICATE.match(self.text, copula.end(), pos) \
                or PREP_OBJECT_END.search(self.text[copula.end():pos].rstrip(" ,").split(",")[-1]):
            return None  # "Vell is far ahead because of ..., the party leaders who": no noun says what Vell is
        occs = self.occurrences()
        before = occs[bisect_left(self.occ_starts, lo):bisect_left(self.occ_starts, copula.start())]
        first = next(iter(before), None)
        # the subject opens the sentence (or what follows its "Editor's note:")
        opens = first is not None and (not self.text[lo:first.start].strip()
                                       or self.text[lo:first.start].rstrip().endswith(":"))
        return self._from_occurrence(first) if opens and first.desc.kind == "person" else None

    def _staffs_body(self, pos: int) -> Entity | None:
        """'An army spokesman said ... It claimed ...': "it" is the body whose unnamed spokesman or
        official spoke last, within reach, when no name was written after that mention."""
        last = next(self._recent_with_pos(self._sentence_floor(pos)), None)
        if last is None or last[1].kind != "descriptor" or last[1].plural or BODY_STAFF.isdisjoint(last[1].roles()):
            return None
        ent = last[1]
        bodies = {r for d in ent.descs for r in d.roles if r not in BODY_STAFF and body_types(r, self.lex)}
        if len(bodies) != 1:
            return None
        self.occurrences()
        said = max(m.end for m in ent.mentions)
        if bisect_left(self.occ_starts, pos) > bisect_left(self.occ_starts, said):
            return None  # a name written since is the nearer antecedent
        word = bodies.pop()
        body = describe("the " + word, self.lex, shared=True)
        found = self._entity("desc:" + word, "descriptor", "the " + word, last[0])
        if not found.descs:
            found.descs.append(body)
        return found

    def _document_before(self, pos: int) -> Entity | None:
        """'The Senate passed the bill ... It would ...': "it" is the document written last in its own
        sentence or the one before, when no organisation or source was written after that document."""
        starts = self.starts or [0]
        own = max(0, bisect_right(starts, pos) - 1)
        lo = starts[max(0, own - 1)]
        last = None
        for m in THING_DOC.finditer(self.text, lo, pos):
            last = m
        if last is None:
            return None
        self.occurrences()  # builds occ_starts
        if bisect_left(self.occ_starts, pos) > bisect_left(self.occ_starts, last.end()):
            return None  # a name written after the document is the nearer antecedent
        if any(last.end() <= p < pos for p, _ in self._recent_with_pos(last.end())):
            return None
        doc_span = Span(last.start(), last.end())
        sub = describe(self.text, self.lex, doc_span.start, doc_span.end, shared=True)
        return self._doc(sub, doc_span) if sub.kind == "doc" else None

    def _near_fit(self, want: str, pos: int, floor: int, occs: list[Occurrence]) -> Entity | Occurrence | None:
        """The named antecedent of a pronoun within its reach, sentence by sentence from its own backwards: in
        each sentence the sources linked there and the credible names written there (see ``_credible``),
        first written first, as a sentence's subject comes before its objects ("Biden weighed in ...
        'quote,' he said" is Biden even when Sanders spoke the sentence before; "songs by Cash" is not who
        "he" is). A name in a fronted clause ("After Beck asked him, D'Souza replied") is passed over in
        earlier sentences, not in the pronoun's own ("When Velk announced, he said")."""
        starts = self.starts or [0]
        own = max(0, bisect_right(starts, pos) - 1)
        recent = list(self._recent_with_pos(floor))
        occ_starts = self.occ_starts
        band, top = own, pos
        while band >= 0 and top > floor:  # one sentence at a time, the pronoun's own first
            lo = max(starts[band], floor)
            items = [(p, e) for p, e in recent if lo <= p < top]
            i, j = bisect_left(occ_starts, lo), bisect_left(occ_starts, top)
            items += [(o.start, o) for o in occs[i:j] if o.desc.kind == "person" and not o.desc.plural]
            # "Vell asked Tamm whether ... “Sure,” he said": who asks is not who answers, so the asker comes last
            items.sort(key=lambda c: (self._asks(*c), c[0]))
            for p, item in items:  # first written first: the subject before its objects
                fit = self._first_fit((item,), want, True)
                if fit is None:
                    continue
                if isinstance(item, Occurrence):
                    ok = self._credible(item, fronted=band != own)
                else:
                    ok = not self._backgrounded(p, fronted=band != own)
                if ok:
                    return fit
            band, top = band - 1, lo
        return None

    def _asks(self, pos: int, item: Entity | Occurrence) -> bool:
        """Is the name or source mention at ``pos`` the subject of "asked" ("Vell asked Tamm whether ...")?"""
        if isinstance(item, Occurrence):
            end: int | None = item.end
        else:
            end = next((m.end for m in item.mentions if m.start == pos), None)
        return end is not None and ASKER.match(self.text, end) is not None

    def _recent_with_pos(self, floor: int) -> Iterator[tuple[int, Entity]]:
        for k, (p, ent) in enumerate(reversed(self.recent.values())):
            if p < floor or k == LOOKBACK_SOURCES:
                return
            yield p, ent

    def _credible(self, occ: Occurrence, fronted: bool = True) -> bool:
        """A body name that may be a pronoun's antecedent in its sentence: a person of known gender (a
        listed name or first name, or already a source) who is neither an object nor quoted; capitalised
        words of unknown gender ("Living History", "Capitol Hill") are left to the wider search."""
        if occ.desc.gender == "unknown" and not (occ.desc.roles or occ.desc.appositive) \
                and self._known(occ) is None:
            return False
        # "the claims of President Velk's speech": the speech's owner, not an object of "of".
        owner = self.text[max(0, occ.start - 3):occ.start] == "of " and \
            (self.text.startswith(("'s", "’s"), occ.end) or self.text[occ.end - 2:occ.end] in ("'s", "’s"))
        return not self._backgrounded(occ.start, prep=not owner, fronted=fronted)

    def _backgrounded(self, pos: int, prep: bool = True, fronted: bool = True) -> bool:
        """Is the name the object of a preposition ("songs by Cash", "differs from Mr. Velk's") or inside
        a quotation, so rarely what a later pronoun refers to? Kept per position: the pronouns of a
        passage look at the same names."""
        key = (pos, prep, fronted)
        found = self._background.get(key)
        if found is None:
            found = self._background[key] = self._backgrounded_now(pos, prep, fronted)
        return found

    def _backgrounded_now(self, pos: int, prep: bool, fronted: bool) -> bool:
        i = bisect_right(self.starts, pos) - 1
        lo = self.starts[i] if i >= 0 else 0
        before = self.text[max(lo, pos - PREP_LOOKBACK):pos]
        if prep and PREP_BEFORE.search(before) is not None or self._quoted(pos):
            return True
        # A fronted subordinate clause up to its comma: "After Beck asked him ..., D'Souza replied".
        return fronted and FRONTED.match(self.text, lo) is not None and self.text.find(",", lo, pos) < 0

    def _quote_before(self, pos: int) -> tuple[int, int] | None:
        """The last quotation (start, end) opening at or before ``pos`` (quotations found once per article)."""
        if self._quotes is None:
            self._quotes = [(m.start(), m.end()) for m in QUOTED.finditer(self.text)]
            self._quote_starts = [q[0] for q in self._quotes]
        i = bisect_right(self._quote_starts, pos) - 1
        return self._quotes[i] if i >= 0 else None

    def _quoted(self, pos: int) -> bool:
        """Is ``pos`` inside a quotation?"""
        quote = self._quote_before(pos)
        return quote is not None and quote[1] > pos

    def _first_fit(self, pool: Iterator, want: str, named_only: bool) -> Entity | Occurrence | None:
        """The first source or body name in ``pool`` the pronoun fits (a name already linked to a
        source counts as that source, so its known gender decides)."""
        for item in pool:
            if isinstance(item, Occurrence):
                if want in ("man", "woman") and self._name_as_modifier(item):
                    continue  # "the Obama administration" is not who "he" is
                if want == "plural" and item.desc.kind in ("group", "country") \
                        and ATTRIBUTIVE.match(self.text, item.end):
                    people = self._people_of(item)  # "French scientists ... they": the scientists
                    if people is not None:
                        return people
                item = self._known(item) or item
            if _fits(want, item, named_only):
                return item
        return None

    def _people_of(self, occ: Occurrence) -> Entity | None:
        """'Israeli scientists': the group a demonym written before a plural noun describes; None when the
        words after it are no group of people."""
        m = ATTRIBUTIVE.match(self.text, occ.end)
        sub = describe(self.text, self.lex, occ.start, m.end(), shared=True)
        if sub.kind != "group" or not sub.plural or not sub.roles:
            return None
        found = self._link(sub, Span(occ.start, m.end()), None)
        if found is not None and not found.descs:
            found.descs.append(sub)  # what the group is: its only description
        return found

    def _name_as_modifier(self, occ: Occurrence) -> bool:
        """Is the name a modifier of a common noun ("the Brell administration", "the Velk campaign")?"""
        return self.text[max(0, occ.start - 4):occ.start].lower() == "the " and \
            MODIFIED_NOUN.match(self.text, occ.end) is not None

    def _known(self, occ: Occurrence) -> Entity | None:
        """The entity a name in the body already belongs to (so its gender is known)."""
        if occ.desc.kind != "person" or occ.desc.plural:
            return None
        surname = _surname(occ.desc.name)
        return next((e for e in self.persons_by_surname.get(surname, ()) if not e.plural
                     and _first_names_agree(e.name, occ.desc.name) and _same_gender(e, occ.desc)), None)

    def _mention_sentence_words(self, ent: Entity) -> set[str]:
        """Document words ("statement", "report"...) written in the sentences of the source's mentions."""
        summary = ent.summary()
        for m in ent.mentions[summary.n_mentions:]:
            summary.sentence_words |= self._words_of_sentence(max(0, bisect_right(self.starts, m.start) - 1))
        summary.n_mentions = len(ent.mentions)
        return summary.sentence_words

    def _words_of_sentence(self, i: int) -> set[str]:
        if i not in self._sentence_words:
            low = self.regions[i].slice(self.text).lower() if self.regions else ""
            self._sentence_words[i] = {w for w in ISSUED_HEADS if w in low}
        return self._sentence_words[i]

    def _sentence_start(self, pos: int) -> int:
        """Start of the sentence holding ``pos`` (0 when the text has no sentences)."""
        return self.starts[max(0, bisect_right(self.starts, pos) - 1)] if self.starts else 0

    def _sentence_floor(self, pos: int) -> int:
        """Start of the sentence two before the one holding ``pos``: a pronoun's usual reach. Right after a
        quotation ("“... three sentences ...,” he said") it counts from the sentence the quotation opens in."""
        starts = self.starts
        i = max(0, bisect_right(starts, self._quote_just_before(pos)) - 1)
        return starts[max(0, i - PRONOUN_REACH)] if starts else 0

    def _quote_just_before(self, pos: int) -> int:
        """Where the quotation that closes just before ``pos`` (only a comma or spaces between) opens; else ``pos``."""
        quote = self._quote_before(pos)
        return quote[0] if quote is not None and quote[1] <= pos and not self.text[quote[1]:pos].strip(" ,") else pos
