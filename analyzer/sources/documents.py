"""Documents, polls and their issuers (see ``resolve``).

In: a document ``Description`` ("the statement", "a new poll") and its span.
Out: the ``DocumentLinks`` methods of ``Resolver``: the document ``Entity``, tied to the issuer
written near it ("said in a statement" ... "by Mizani Research") or the subject of the headline.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analyzer.model import Attribution, Span
from analyzer.sources.describe import PRIO_GENERIC, Description, best_type, describe
from analyzer.sources.entity import Entity, Occurrence
from analyzer.sources.facts import _entity_type, _evidence, _person_title, _same_gender
from analyzer.sources.helpers import _clean_name
from analyzer.sources.lexicon import surname_of as _surname
from analyzer.sources.patterns import (
    HEADLINE_POLL_AHEAD, HEADLINE_REACH, IN_DOC, ISSUED_HEADS, ISSUER_AFTER, ISSUER_NEXT, LEAD_IN_GAP, NAMED_DOC_NEXT,
    NAMED_POLL, POLL_AHEAD, NAME_POSSESSIVE, POLL_DETERMINERS, POLL_HEADS, POLL_REACH, POSSESSIVE_OPENER, SENDER,
    SENDER_END, SPEAKER_DOCS,
)


# An issuer named after a document and a few words that describe it ("by accountancy firm Velm and Tull").
DESCRIBED_ISSUER = re.compile(r"\s+(?:by|from)\s+(?:the\s+)?(?:[a-z]+\s+){1,3}"
                              r"([A-Z][\w'’\-.&]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'’\-.&]*)*)")
# A verb that releases a document, right before its mention ("... on Tuesday released a new report").
RELEASED_BEFORE = re.compile(r"\b(?:released|issued|published|unveiled|put out|made public|commissioned)\s+$")
# A document's issuer written as a definite body word ("a survey by the organization").
BY_THE_BODY = re.compile(r"\bby\s+the\s+(organization|organisation|group|institute|agency|company|firm|center|"
                         r"centre|union|association|foundation|coalition|charity|committee|department|ministry)\b")
# A body that made a poll, written as the subject of making it ("The Velm Herald conducted a 50-state poll").
CONDUCTED_POLL = re.compile(r"\b((?:[Tt]he\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})\s+(?:conducted|"
                            r"commissioned|carried out|ran)\s+(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){0,3}?"
                            r"(?:poll|survey)\b")
# A poll's own word, where a later mention may name who made it ("a new poll by the Velm Institute").
POLL_WORD = re.compile(r"\b(?:[Pp]oll|[Ss]urvey)\b")
# Campaign and commercial messages: their sponsor is the source.
AD_HEADS = {"ad", "advertisement", "commercial", "spot"}
# Documents that are their issuer speaking (a statement, unlike a report or a poll, has no author of its own).
# What an inquiry produced ("the report", "Mueller's findings"): a document of its own, with its issuer.
FINDINGS_HEADS = {"report", "findings"}
SPEECH_DOCS = (ISSUED_HEADS - {"report"}) | {"press release", "message", "missive"} | AD_HEADS


class DocumentLinks:
    """Links documents and polls to their issuers (mixed into ``Resolver``)."""

    def _sender(self, desc: Description, span: Span, att: Attribution) -> Entity | None:
        """'a letter from Senator Ada Vell', 'a statement signed by 40 mayors': a message written inside the
        mention as someone's is that someone speaking (DESIGN §6: statements take their issuer's type)."""
        if desc.head not in SPEECH_DOCS:
            return None
        m = SENDER.search(self.text, span.start, span.end)
        if m is None:
            return None
        end = m.end(1)
        cut = SENDER_END.search(self.text, m.start(1), end)
        if cut is not None:
            end = cut.start()  # "... Ada Vell's lawyer, Bo Tamm, to the attorney general": not the addressee
        sub_span = Span(m.start(1), end)
        sub = describe(self.text, self.lex, sub_span.start, sub_span.end, shared=True)
        if sub.kind not in ("person", "org", "country", "group", "descriptor"):
            return None
        found = self._link(sub, sub_span, att)
        if found is not None and found.kind != "doc":
            found.descs.append(sub)  # what the sender is described as: "her doctor", "all 40 mayors"
        return found

    def _doc(self, desc: Description, span: Span) -> Entity:
        """A statement, report or poll: its issuer's source when the text links them, else a DOC source
        (with the issuer written right after the mention, if any)."""
        if desc.head in SPEAKER_DOCS and not desc.modifiers and not desc.back_orgs and not desc.back_names:
            found = self._latest_named(span.start)  # "Transcript as follows:" after "Brell said"
            if found is not None:
                return found
        ent = self._doc_of(desc, span)
        if ent.kind == "doc" and not ent.issuers:
            comma = self.text.find(",", span.start, span.end)  # "This graphic, provided by Velmista,"
            issuer = self._issuer_after(span.end) or self._possessive_issuer(span) \
                or (self._issuer_after(comma) if comma > 0 else "")
            if not issuer and not desc.definite and not desc.modifiers:
                issuer = self._releaser(span.start) or self._issuer_next_sentence(span.start)
            polls = desc.plural and desc.head in POLL_HEADS  # "the latest polls": polls at large, no one's
            if not issuer and desc.definite and not desc.another and not desc.back_orgs and not polls:
                if desc.head in SPEECH_DOCS:
                    actor = self._latest_actor(span.start)
                    addressee = actor is not None and any(actor.surname and _surname(n) == actor.surname
                                                          for n in desc.back_names)
                    if actor is not None and actor.kind in ("person", "org", "country") and not addressee:
                        # "the statement" of the senator just spoken of is the senator's, but "the
                        # letter addressed to Chairman Vell" is not Vell's
                        return actor
                found = self._latest_named(span.start)  # "the survey" of the agency just spoken of
                issuer = found.name if found is not None else ""
            if not issuer and desc.definite and not desc.another and not desc.modifiers and desc.head and not polls:
                issuer = self._antecedent_issuer(desc.head.split()[-1], span)
            if not issuer and desc.definite and not desc.another and desc.head in POLL_HEADS and not polls:
                # "in the survey" after "a Gazette poll" or "the Gazette conducted a poll"
                issuer = self._poll_named_before(span.start) or self._poll_conducted_before(span.start)
            if not issuer and not desc.definite and not desc.modifiers and desc.head in POLL_HEADS \
                    and not desc.plural:  # "exit polls" are many, not the one named poll ahead
                # "a poll. A Velm poll ...", "a fresh poll shows ... the poll from the Velm Institute finds"
                ahead = HEADLINE_POLL_AHEAD if self._in_headline(desc, span) else POLL_AHEAD
                issuer = self._poll_named(span.end, span.end + ahead, last=False, by_phrase=True)
            if not issuer and BY_THE_BODY.search(desc.text):
                issuer = self._latest_org_name(span.start)  # "An earlier study by the institute": the body just named
            if issuer:
                ent.issuers.append(issuer)
        return ent

    def _latest_org_name(self, pos: int) -> str:
        """The name of the organisation written last before ``pos``, within a pronoun's reach; empty when none."""
        occs = self.occurrences()
        lo, hi = bisect_left(self.occ_starts, self._sentence_floor(pos)), bisect_left(self.occ_starts, pos)
        return next((o.desc.name for o in reversed(occs[lo:hi]) if o.desc.kind == "org"), "")

    def _poll_named_before(self, pos: int) -> str:
        """'... a Gazette/Channel 4 poll out on Sunday ... in the survey': the name of the
        last poll written within POLL_REACH characters before a definite poll mention; empty when none."""
        return self._poll_named(max(0, pos - POLL_REACH), pos, last=True)

    def _poll_conducted_before(self, pos: int) -> str:
        """'The Velm Herald conducted a 50-state poll ... the new poll': who the text says made the last poll
        within POLL_REACH characters before a definite poll mention; empty when none."""
        found = ""
        for m in CONDUCTED_POLL.finditer(self.text, max(0, pos - POLL_REACH), pos):
            sub = describe(m.group(1), self.lex, shared=True)
            found = sub.name if sub.kind == "org" and sub.name else found
        return found

    def _poll_named(self, start: int, end: int, last: bool, by_phrase: bool = False) -> str:
        """The name of the last (or first) named poll written between ``start`` and ``end``; empty when none.
        With ``by_phrase``, the first poll followed by its maker ("a poll by the Velm Institute") counts too."""
        if by_phrase:
            for m in POLL_WORD.finditer(self.text, start, end):
                by = ISSUER_AFTER.match(self.text, m.end())
                first_named = NAMED_POLL.search(self.text, start, m.start())
                if by is not None and by.group(1) in ("by", "from") and first_named is None:
                    issuer = self._issuer_after(m.end())
                    if issuer:
                        return issuer
        found = ""
        for m in NAMED_POLL.finditer(self.text, start, end):
            words = m.group(1).split()
            ends = [k for k, w in enumerate(words) if w.endswith(".") and w.count(".") == 1 and len(w) > 3]
            if ends:
                words = words[ends[-1] + 1:]  # "... than Bo Tamm. The survey": no name across a sentence end
            while words and words[0].lower() in POLL_DETERMINERS:
                words.pop(0)
            if words:
                found = " ".join(words)
                if not last:
                    break
        return found

    def _after_headline(self, span: Span) -> list[Occurrence]:
        """The names written in the text right after a headline's mention (HEADLINE_REACH characters)."""
        occs = self.occurrences()  # builds occ_starts
        lo = bisect_left(self.occ_starts, span.end)
        hi = bisect_left(self.occ_starts, span.end + HEADLINE_REACH)
        return occs[lo:hi]

    def _headline_subject(self, desc: Description, span: Span) -> Entity | None:
        """'Lawmaker urges ...' in the headline: the first person named right after it whose type and gender
        fit the title's; the people a lede speaks of before naming the subject are passed over ("Woman sues
        mayor ... A woman who worked for Mayor Bo Tamm ... Ada Vell")."""
        typed = best_type(desc.evidence)
        if typed is None:
            return None
        for occ in self._after_headline(span):
            if occ.desc.kind == "person" and not occ.desc.plural:
                ent = self._from_occurrence(occ)
                found = _entity_type(ent)
                # "Woman reveals ...": a private person's title fits a person the article does not type
                # (being "of Tull County, Ohio" says where someone lives, not what they are).
                untyped = all(prio <= PRIO_GENERIC for prio, _, _ in _evidence(ent))
                fits = found == typed[0] or untyped and typed[0] == "CIT"
                if fits and _same_gender(ent, desc):
                    return ent
        return None

    def _headline_outlet(self, span: Span) -> Entity | None:
        """'Report: Velm port chief sold shares ...' in the headline: the first news outlet named right after it,
        whose report the headline gives; never the wire a dateline credits ("OSTRA (VNA) —")."""
        for occ in self._after_headline(span):
            credit = self.text[occ.start - 1:occ.start] == "(" and self.text[occ.end:occ.end + 1] == ")"
            if occ.desc.kind == "org" and (best_type(occ.desc.evidence) or ("",))[0] == "MED" and not credit:
                return self._org_entity(occ.desc, occ.start)
        return None

    def _latest_named(self, pos: int) -> Entity | None:
        """The named source spoken of last, within a pronoun's reach: what a definite description of
        a thing ("the move", "the filing") belongs to when the article gives it no other owner."""
        for ent in self._recent(self._sentence_floor(pos)):
            if ent.kind in ("person", "org", "country") or ent.kind == "doc" and ent.issuers:
                return ent
        return None

    def _latest_actor(self, pos: int) -> Entity | None:
        """Who a description of a speech act ("the speech", "the move") belongs to: the named source
        spoken of last, else the first person or organisation written in the sentence before, as its
        subject; None when neither is within reach."""
        found = self._latest_named(pos)
        if found is not None:
            return found
        starts = self.starts or [0]
        own = max(0, bisect_right(starts, pos) - 1)
        lo = starts[max(0, own - 1)]
        occs = self.occurrences()
        for occ in occs[bisect_left(self.occ_starts, lo):bisect_left(self.occ_starts, pos)]:
            if occ.desc.kind in ("person", "org") and not occ.desc.plural and not self._backgrounded(occ.start):
                return self._from_occurrence(occ)
        return None

    def _subject_after(self, pos: int) -> Entity | None:
        """'In a statement naming its choice, [the Ferry Workers Union] called ...': the
        name that opens the main clause after the document's phrase (one comma on)."""
        occs = self.occurrences()
        i = bisect_left(self.occ_starts, pos)
        if i == len(occs) or occs[i].desc.kind not in ("person", "org"):
            return None
        if not LEAD_IN_GAP.fullmatch(self.text, pos, occs[i].start):
            return None
        return self._from_occurrence(occs[i])

    def _issuer_after(self, pos: int) -> str:
        """'The poll [by the Public Policy Institute]': the organisation (or, after "by", the person)
        named right after a document mention; empty when none."""
        m = ISSUER_AFTER.match(self.text, pos)
        if m is None:
            return ""
        sub = describe(m.group(2), self.lex, shared=True)
        ok = sub.kind == "org" or sub.kind == "person" and m.group(1) == "by" and not sub.plural
        return sub.name if ok and sub.name else ""

    def _possessive_issuer(self, span: Span) -> str:
        """'Its report', 'their survey of 33 detainees', "Howitt's findings": the name of whom the possessive
        refers to, when that is a named person, body or country; empty otherwise."""
        m = POSSESSIVE_OPENER.match(self.text, span.start, span.end)
        if m is None:
            owner = NAME_POSSESSIVE.match(self.text, span.start, span.end)  # "Howitt's findings"
            sub = describe(owner.group(1), self.lex, shared=True) if owner is not None else None
            return sub.name if sub is not None and sub.kind in ("person", "org") and not sub.plural else ""
        word = Span(m.start(1), m.end(1))
        pronoun = describe(self.text, self.lex, word.start, word.end, shared=True)
        found = self._pronoun(pronoun, word, None) if pronoun.kind == "pronoun" else None
        return found.name if found is not None and found.kind in ("person", "org", "country") else ""

    def _releaser(self, pos: int) -> str:
        """'Senator Ada Vell on Monday released a 90-page study ...': the person or body named last before
        the verb that releases the document, in its own sentence; empty when none."""
        lo = self._sentence_start(pos)
        verb = RELEASED_BEFORE.search(self.text, lo, pos)
        if verb is None:
            return ""
        occs = self.occurrences()
        for occ in reversed(occs[bisect_left(self.occ_starts, lo):bisect_left(self.occ_starts, verb.start())]):
            if occ.desc.kind in ("person", "org", "country") and not occ.desc.plural:
                return occ.desc.name
        return ""

    def _antecedent_issuer(self, head: str, span: Span) -> str:
        """'... after his audit of the fund had been sent to them. The audit says ...': the issuer of
        the last earlier mention of the same kind of document within a pronoun's reach, when that mention
        names it ("his report", "Ada Vell's study", "a review by the Velm Institute"); empty otherwise."""
        floor = self._sentence_floor(span.start)
        last = None
        for m in re.finditer(r"\b(?:his|her|its|their|(?:[A-Z][\w\-]+\s+){0,3}[A-Z][\w\-]+['’]s)\s+"
                             r"(?:[a-z][\w\-]*\s+){0,2}?" + re.escape(head) + r"\b", self.text[floor:span.start]):
            last = Span(floor + m.start(), floor + m.end())
        if last is not None:
            return self._possessive_issuer(last)
        for m in re.finditer(r"\b" + re.escape(head) + r"\b", self.text[floor:span.start]):
            last = Span(floor + m.start(), floor + m.end())
        if last is None:
            return ""
        issuer = self._issuer_after(last.end)
        described = DESCRIBED_ISSUER.match(self.text, last.end) if not issuer else None
        if described is not None:  # "a report by accountancy firm Velm and Tull"
            sub = describe(described.group(1), self.lex, shared=True)
            issuer = sub.name if sub.kind in ("org", "person") and not sub.plural else ""
        return issuer

    def _issuer_next_sentence(self, pos: int) -> str:
        """'A new study shows ... The study conducted by the Velm Institute ...', 'A new report claims ... The
        Velmbank Trends bulletin says': the issuer that the next sentence, opening on the research just
        announced, names; empty when none."""
        nxt = self._next_sentence(pos)
        if nxt is None:
            return ""
        m = ISSUER_NEXT.match(self.text, nxt[0], nxt[1]) or NAMED_DOC_NEXT.match(self.text, nxt[0], nxt[1])
        if m is None:
            return ""
        sub = describe(m.group(1).strip(), self.lex, shared=True)
        return sub.name if sub.kind in ("org", "person") and not sub.plural else ""

    def _doc_of(self, desc: Description, span: Span) -> Entity:
        ent = self._issued_by(desc, span)
        if desc.head and desc.head.split()[-1] in FINDINGS_HEADS and ent.kind != "doc" and _entity_type(ent) != "MED":
            # A news outlet's report is the outlet speaking; anyone else's report is a document of its
            # own, with its issuer named (annotated DOC and named: "the report" of a research service).
            doc = self._entity(f"doc:{desc.head.split()[-1]}:" + ent.name.lower(), "doc", _clean_name(desc.text),
                               span.start)
            doc.issuers = doc.issuers or [ent.name]
            return doc
        return ent

    def _possessed_staff(self, desc: Description, span: Span) -> Entity | None:
        """'a statement released by Ana Vell's managers': the people the mention says issued it, someone's
        staff, not that someone (who is only their principal)."""
        for name in desc.modifiers:
            m = re.search(re.escape(name) + r"['’]s\s+([a-z]+)\b", self.text[span.start:span.end])
            if m is None or m.start() == 0:
                continue  # "Ana Vell's statement": her own
            sub_span = Span(span.start + m.start(), span.start + m.end())
            sub = describe(self.text, self.lex, sub_span.start, sub_span.end, shared=True)
            if sub.kind in ("group", "descriptor") and _person_title(sub, self.lex):
                return self._link(sub, sub_span, None)
        return None

    def _unnamed_doc(self, desc: Description) -> Entity | None:
        """'A new report says ... The report issued by the Velm Institute says ...': the document just
        spoken of, with no issuer yet (or the one it names), that a definite mention naming its issuer
        continues."""
        for ent in self._recent():
            if ent.kind == "doc" and desc.head in ent.summary().doc_heads and ent.plural == desc.plural \
                    and (not ent.issuers or ent.issuers == desc.modifiers):  # named already by this sentence
                return ent
        return None

    def _issued_by(self, desc: Description, span: Span) -> Entity:
        """The source a document mention speaks for: its issuer when the text links them, else a document."""
        cue_word = desc.head.split()[-1] if desc.head else ""
        if cue_word in AD_HEADS:
            cue_word = "ad"  # an ad speaks for whoever paid for it, like a statement (sources_dev4 calls)
        issued = cue_word in ISSUED_HEADS and (desc.definite or cue_word in ("statement", "release")) \
            or cue_word == "ad"
        if issued:
            staff = self._possessed_staff(desc, span)
            if staff is not None:
                return staff
            for name in desc.modifiers:  # "the Pentagon statement", "Trump's statement"
                found = self._find_named(name)
                if found is None and cue_word != "report":  # "a press release from the Velm Union"
                    sub = describe(name, self.lex, shared=True)
                    found = self._org_entity(sub, span.start) if sub.kind == "org" else None
                if found is not None:
                    return found
        if issued and not desc.modifiers and IN_DOC.search(self.text, max(0, span.start - 4), span.start):
            found = self._subject_after(span.end)
            if found is not None:
                return found
        if issued and not desc.modifiers:
            for ent in self._recent():
                summary = ent.summary()
                if cue_word != "ad" and any(cue_word in c for c in summary.cues) or desc.head in summary.doc_heads:
                    return ent
            for ent in self._recent() if cue_word != "report" else ():
                if cue_word in self._mention_sentence_words(ent):
                    return ent
        if desc.definite and not desc.modifiers and not desc.another:
            for ent in self._recent():  # "The poll" after "a new Quinnipiac poll": the same poll
                if ent.kind == "doc" and desc.head in ent.summary().doc_heads:
                    return ent
        # only a longer mention that names its issuer in a phrase ("The report issued by the Velm
        # Institute"), not "the Velm report", continues an unnamed document
        if desc.definite and desc.modifiers and not desc.another and desc.words > 3:
            earlier = self._unnamed_doc(desc)
            if earlier is not None:
                earlier.issuers = list(desc.modifiers)
                return earlier
        key = "doc:" + cue_word + ":" + ",".join(desc.modifiers).lower()
        if desc.another or (not desc.definite and not desc.modifiers):
            key += f"@{span.start}"
        ent = self._entity(key, "doc", _clean_name(desc.text), span.start)
        ent.issuers = [n for n in desc.modifiers]
        return ent
