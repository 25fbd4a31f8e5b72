"""The body scan of source resolution: names written anywhere in the article (see ``resolve``).

In: the ``Resolver``'s article text, sentence regions and lexicon.
Out: the ``BodyScan`` methods of ``Resolver``: ``occurrences`` (each name or organisation in the
body with its titles and appositives, scanned once) and the indexes over them (by start, end,
surname, title word), plus lookups of the name at a span and a surname's first full name.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from analyzer.attribution.cues import lexicon as cue_lexicon
from analyzer.model import Span
from analyzer.sources.describe import (
    ALONG_WITH, IDENTITY_WORDS, PLACE_LAST, PRIO_GENERIC, PRIO_ORG, PRIO_ROLE, STOP_CAPS, TEACHES_AT, Description,
    clone, describe,
)
from analyzer.sources.entity import Occurrence
from analyzer.sources.helpers import _add_once, _clause_start, _members, _merge, _word_before, _word_start
from analyzer.sources.lexicon import Lexicon, fold
from analyzer.sources.lexicon import surname_of as _surname
from analyzer.sources.patterns import (
    ADVERB_ENDINGS, APPOSITIVE, AS_TITLE, AUXILIARIES, BODY_AFTER_NAME, BRACKETED_ACRONYM, BUSINESS_CLAUSE, CAP_SEQ,
    CLAUSE_OPENERS, CLAUSE_PRONOUN, CONTEXT_CHARS, COPULA, FACILITY_AFTER, HEADLINE_VERBS, KINSHIP, LAST_DETERMINERS,
    NAME_ENDINGS, PARTICIPLE_TITLES, PARTY_TAG, PASSIVE_PHRASE, PLACE_PREPOSITION, RELATIVE, SAID_TO_BE, SPOKES,
    TIME_APPOSITIVE, TITLE_BEFORE, TITLE_BEFORE_CHARS, TITLE_BEFORE_TRIES, TITLE_SYNONYMS, WHICH_NEXT,
)


# The end of a run of capitals that makes it an adjective ("Ostra-based", "Velm-born"), never a name.
ADJECTIVE_NAME_END = re.compile(r"-(?:based|born|bred|led|backed|owned|run|made|funded|linked|allied|style)$")
# A title owned by "its" after a name ("Ana Tork, its president"), and what may come before a sentence's subject.
ITS_TITLE = re.compile(r"its\s+(?=[a-z])")
SENTENCE_OPENER = re.compile(r"\s*(?:[\"“]\s*)?(?:The\s+|the\s+)?")
# A verb of speech or action between a title and a name ends the title ("... newspaper called on Ada Vell").
PAST_VERB = re.compile(r"\b(?:called|urged|asked|told|said|says|accused|criticised|criticized|praised|thanked|"
                       r"chided|attacked|endorsed|backed|met|joined|defeated|beat|invited|"
                       r"rejects?|rejected|rebuffs?|rebuffed|dismiss(?:es|ed)?|blasts?|blasted|slams?|slammed|"
                       r"mocks?|mocked|warns?|warned|defends?|defended|rebukes?|rebuked|condemns?|condemned|"
                       r"sues|sued|snubs?|snubbed)\s+(?:on\s+|for\s+)?")
# Words around "May" that make it the month ("in May", "last May", "May 18", "May 2016").
MONTH_BEFORE = re.compile(r"\b(?:in|since|until|till|by|last|next|early|late|mid|of|from|through|this|each|"
                          r"during|before|after)\s+$", re.IGNORECASE)
MONTH_AFTER = re.compile(r",?\s+\d")
# The rest of a short phrase in quotation marks, as titles of books, films and songs are written.
QUOTE_CLOSE = re.compile(r"[^\"”’'\n]{0,60}?(?:''|[\"”’])")


class BodyScan:
    """Scans the body for names once and indexes them (mixed into ``Resolver``)."""

    # -- body scan -----------------------------------------------------------------
    def occurrences(self) -> list[Occurrence]:
        """Names, organisations and countries written in the body, in text order (built once)."""
        if self._occ is None:
            found: list[Occurrence] = []
            singles: list[Occurrence] = []
            last_person = 0  # where the last person's name ended: titles before a name stop there
            for region in self.regions:
                for whole in CAP_SEQ.finditer(self.text, region.start, region.end):
                    if whole.group().isupper() and len(whole.group()) > 4:  # "WHAT TRUMP'S PLAN MEANS": a headline
                        found += self._caps_names(whole)
                        continue
                    if quoted_title(self.text, Span(whole.start(), whole.end()), region, self.lex):
                        continue  # ''Make Your Savings Last'', "Hail, Velmar!": a title, not a name
                    for m in self._split_at_verbs(whole):
                        occ = self._occurrence(m, region, last_person)
                        if occ is not None and occ.desc.kind == "person" and ADJECTIVE_NAME_END.search(occ.desc.name):
                            continue  # "whose Ostra-based district": a place made an adjective, no one's name
                        if occ is not None and occ.desc.kind == "person":
                            last_person = occ.end
                        if occ is not None:
                            (singles if occ.desc.kind == "person" and " " not in occ.desc.name else found).append(occ)
            known = {_surname(o.desc.name) for o in found if o.desc.kind == "person"}
            found += [o for o in singles if o.desc.name.lower() in known or o.desc.name.lower() in self.lex.surnames
                      or (o.desc.roles or o.desc.gender != "unknown") and self._lone_name(o)]
            found.sort(key=lambda o: o.start)
            self._occ = found
            self._add_its_titles(found)
            full_genders: dict[str, dict[str, str]] = {}  # surname -> {full name: its gender}
            for o in found:
                if o.desc.kind == "person" and " " in o.desc.name:
                    if o.desc.gender == "unknown" and not o.desc.plural:
                        o.desc.gender = self._listed_gender(o.desc.name)
                    full_genders.setdefault(_surname(o.desc.name), {})[o.desc.name] = o.desc.gender
            for o in found:
                if o.desc.kind == "person" and o.desc.gender == "unknown" and not o.desc.plural \
                        and " " not in o.desc.name:
                    o.desc.gender = self._listed_gender(o.desc.name)
                    if o.desc.gender == "unknown":
                        full = full_genders.get(o.desc.name.lower(), {})
                        o.desc.gender = next(iter(full.values())) if len(full) == 1 else "unknown"
                if o.desc.kind == "person":
                    for member in _members(o.desc):
                        self.by_surname.setdefault(_surname(member.name), []).append(
                            Occurrence(o.start, o.end, member))
            self._index_occurrences(found)
        return self._occ

    def _lone_name(self, occ: Occurrence) -> bool:
        """May a single capitalised word the lists do not know be a person's name? Not after a preposition of
        place, even inside the run of capitals ("In Tamsford, she said"), and not a word the article also writes in
        lower case ("Taxation is now ...": the common noun opening a sentence)."""
        name_at = self.text.find(occ.desc.name, occ.start, occ.end)
        at = name_at if name_at >= 0 else occ.start
        if PLACE_PREPOSITION.search(self.text, max(0, at - 12), at):
            return False
        word = occ.desc.name.lower()
        if word.endswith("ly") and len(word) > 5 and fold(word) not in self.lex.given_names:
            return False  # "Nationally, he said": an adverb opening a sentence
        return not (word.isalpha() and re.search(rf"(?<![\w.]){re.escape(word)}\b", self.text))

    def _add_its_titles(self, found: list[Occurrence]) -> None:
        """'The Velm Teachers Union will strike, said Ana Tork, its president': a title owned by "its" is
        a title of the organisation the sentence opens on (the subject "its" refers back to), typed as
        "president of the Velm Teachers Union" would be; with no such opening body, the title alone."""
        starts = [o.start for o in found]
        for desc, name_end, title_start, title_end in self._its_titles:
            lo = self._sentence_start(name_end)
            k = bisect_left(starts, lo)
            first = found[k] if k < len(found) else None
            title = self.text[title_start:title_end]
            if first is not None and first.start < name_end and first.desc.kind == "org" \
                    and SENTENCE_OPENER.fullmatch(self.text[lo:first.start]):
                extra = describe(f"{title} of {first.desc.name}", self.lex, shared=True)
            else:
                extra = describe(self.text, self.lex, title_start, title_end, shared=True)
            _merge(desc, extra)
        self._its_titles.clear()

    def _split_at_verbs(self, m: re.Match) -> list[re.Match]:
        """A title-case headline's run of capitals split at its verbs: "Sheriff Ada Vell Endorses Bo Tamm"
        names two people."""
        verbs = headline_verbs()
        if " " not in m.group() or not any(w in verbs for w in m.group().split()[1:]):
            return [m]  # most runs: no verb to split at
        parts, start = [], m.start()
        words = list(re.finditer(r"\S+", m.group()))
        texts = [w.group() for w in words]
        covered = set()  # words inside a listed name ("Consumer Reports")
        for k in range(len(words)):
            n, _ = self.lex.lookup(texts, k)
            if n > 1:
                covered.update(range(k, k + n))
        for k, w in enumerate(words):
            if k > 0 and k not in covered and w.group() in verbs \
                    and w.group().lower() not in self.lex.surnames:
                if m.start() + w.start() > start:
                    parts.append((start, m.start() + w.start()))
                start = m.start() + w.end()
        if not parts:
            return [m]
        parts.append((start, m.end()))
        subs = (CAP_SEQ.match(self.text, a, b) for a, b in parts if b > a)
        return [sub for sub in subs if sub is not None and sub.group()]

    def _caps_names(self, m: re.Match) -> list[Occurrence]:
        """Listed organisations and surnames of listed public figures inside an all-capitals
        headline ("WHAT BRELL'S PLAN MEANS"), when the surname stands for one listed person."""
        out = []
        for w in re.finditer(r"[A-Z][A-Z'’\-]+", m.group()):
            start = m.start() + w.start()
            org = self._single(w.group(), start, start + len(w.group()))  # "FBI", "NATO"
            if org is not None and org.kind in ("org", "country"):
                out.append(Occurrence(start, start + len(w.group()), org))
                continue
            word = w.group().removesuffix("'S").removesuffix("’S").capitalize()
            names = self.lex.surnames.get(word.lower(), set())
            full = next(iter(names)) if len(names) == 1 else self._same_listing(names) if names else ""
            if full:
                desc = clone(describe(full, self.lex, shared=True))
                if desc.kind == "person":
                    out.append(Occurrence(start, start + len(w.group()), desc))
        return out

    def _index_occurrences(self, found: list[Occurrence]) -> None:
        """Lookups over the body's names, built once: by start, by end, by name, by title word."""
        self.occ_starts = [o.start for o in found]
        self.occ_by_end: dict[int, int] = {}
        self.occ_by_name: dict[tuple[str, str], list[Occurrence]] = {}
        self.occ_by_lower: dict[tuple[str, str], list[Occurrence]] = {}
        self.first_org: dict[str, Occurrence] = {}
        for i, o in enumerate(found):
            self.occ_by_end[o.end] = i
            self.occ_by_name.setdefault((o.desc.kind, o.desc.name), []).append(o)
            self.occ_by_lower.setdefault((o.desc.kind, o.desc.name.lower()), []).append(o)
            if o.desc.kind == "org":
                self.first_org.setdefault(o.desc.name, o)

    def _title_index(self) -> tuple[dict[str, list[Occurrence]], dict[str, list[Occurrence]], list[Occurrence]]:
        """Named people in the body by title: whole title, each word of it, spokespeople."""
        if self._titles is None:
            whole: dict[str, list[Occurrence]] = {}
            words: dict[str, list[Occurrence]] = {}
            spokes: list[Occurrence] = []
            for o in self.occurrences():
                if o.desc.kind == "person":
                    for role in dict.fromkeys(TITLE_SYNONYMS.get(r, r) for r in o.desc.roles):
                        _add_once(whole.setdefault(role, []), o)
                        for word in role.split():
                            _add_once(words.setdefault(word, []), o)
                        if role in SPOKES:
                            _add_once(spokes, o)
            self._titles = whole, words, spokes
        return self._titles

    def _listed_gender(self, name: str) -> str:
        """Gender from the people list or the first-name list, for pronoun matching ("she" is not Obama)."""
        parts = name.split()
        full = name if len(parts) > 1 else next(iter(self.lex.surnames.get(name.lower(), ())), "")
        if len(self.lex.surnames.get(name.lower(), ())) > 1:
            full = ""
        rows = self.lex.people.get(full.lower()) if full else None
        if rows:
            return rows[0].gender
        return self.lex.first_names.get(parts[0].lower(), "unknown") if len(parts) > 1 else "unknown"

    def _occurrence(self, m: re.Match, region: Span, floor: int = 0) -> Occurrence | None:
        word = m.group()
        if (word == "May" or word.endswith(" May")) and (
                MONTH_BEFORE.search(self.text, max(region.start, m.end() - 15), m.end() - 3)
                or MONTH_AFTER.match(self.text, m.end(), region.end)):
            return None  # "in May", "In May", "May 18": the month, not Theresa May
        if " " not in word and (word.lower().rstrip(".") in STOP_CAPS or not self._titled(m.start(), region.start)):
            desc = self._single(word, m.start(), m.end())
            if desc is not None and desc.kind == "person" and PARTY_TAG.match(self.text, m.end(), region.end):
                desc.evidence.append((PRIO_ROLE, "POL", True))
                desc.affiliation = "US"
            elif desc is not None and desc.kind == "person" and SAID_TO_BE.match(self.text, m.end(), region.end):
                self._add_appositive(desc, m.end(), region.end)  # "Vahl, a baker, was elected mayor"
            return Occurrence(m.start(), m.end(), desc) if desc is not None else None
        desc = describe(self.text, self.lex, m.start(), m.end(), shared=True)
        if desc.kind not in ("person", "org", "country", "group") or not desc.name:
            return None
        desc = clone(desc) if desc.kind in ("person", "org") else desc
        if desc.kind in ("person", "org") and desc.name.endswith(".") and len(desc.name.split()[-1]) > 4 \
                and desc.name.split()[-1].lower() not in NAME_ENDINGS | ORG_ABBREVIATIONS:
            desc.name = desc.name[:-1]  # "... he told the Herald's Jon Aldana." ends a sentence, as "... Foundation."
        if desc.kind == "person" and not desc.roles and desc.gender == "unknown" and (
                WHICH_NEXT.match(self.text, m.end(), region.end)
                or FACILITY_AFTER.match(self.text, m.end(), region.end)):
            # "Terminal Pacifico Sur, which operates the docks", "the Velm Decorative Millwork factory"
            desc.kind, desc.affiliation = "org", desc.name
        # "the envoy Ada Vell, who met the leader Bo Tamm": Vell's title is not Tamm's
        start = max(region.start, m.start() - CONTEXT_CHARS, floor)
        start = _clause_start(self.text, _word_start(self.text, start, m.start()), m.start())
        verbs = list(PAST_VERB.finditer(self.text, start, m.start()))
        if verbs:
            start = verbs[-1].end()  # "a Velm newspaper called on candidate Ada Vell": the paper is not her title
        if start < m.start() and desc.kind == "person" and self._titled(m.start(), start):
            _merge(desc, describe(self.text, self.lex, start, m.start(), shared=True))
        elif desc.kind == "person":
            self._add_title_before(desc, m.start(), m.end(), region)
        self._add_appositive(desc, m.end(), region.end, Span(max(region.start, m.start() - 25), m.start()))
        if desc.kind == "person" and PARTY_TAG.match(self.text, m.end(), region.end):
            desc.evidence.append((PRIO_ROLE, "POL", True))
            desc.affiliation = desc.affiliation or "US"
        return Occurrence(m.start(), m.end(), desc)

    def _add_title_before(self, desc: Description, start: int, end: int, region: Span) -> None:
        """'the owner of the Velm Golf Club, Mark Vell, said ...', 'As a lung biologist, Ada Vell
        followed ...': a description set off by commas just before the name is the person's title."""
        if not self.text.startswith(", ", start - 2):
            return
        acronym = BRACKETED_ACRONYM.search(self.text, max(region.start, start - 2 - TITLE_BEFORE_CHARS), start - 2)
        clause_end = acronym.start() if acronym is not None else start - 2  # "... Union (VWU), Bo Tamm"
        lo = _clause_start(self.text, max(region.start, start - 2 - TITLE_BEFORE_CHARS), clause_end)
        closed = self.text.startswith((",", ".", ";"), end) or self.text[end - 1] == "."
        if not closed and not AS_TITLE.match(self.text, lo, start - 2):
            return  # "The council backed the mayor, Ada Vell gave ...": a list, not a title
        lead = TITLE_BEFORE.match(self.text, lo, start - 2)
        # The clause may hold more than the title ("The council backed the mayor, Ada Vell, ..."): then the
        # title is the phrase from one of its last determiners that names a person's role.
        later = [m.start(1) for m in LAST_DETERMINERS.finditer(self.text, lo, start - 2)][::-1]
        whole = [lo] if lead is not None and lead.end() == start - 2 else []
        for at in whole + later[:TITLE_BEFORE_TRIES]:
            phrase = TITLE_BEFORE.match(self.text, at, start - 2)
            if phrase is None or phrase.end() != start - 2:
                break
            before = describe(self.text, self.lex, at, start - 2, shared=True)
            if before.kind == "descriptor" and not before.plural and any(
                    e.kind == "role" and e.person for e in self.lex.phrases.get(tuple(before.head.split()), [])):
                _merge(desc, before)
                return

    def _titled(self, pos: int, floor: int) -> bool:
        """Is the word before ``pos`` a title or modifier ("nominee Trump", "the Post")?"""
        word = _word_before(self.text, max(floor, pos - 30), pos)
        return bool(word) and self.lex.starts_phrase(word)

    def _single(self, word: str, start: int, end: int) -> Description | None:
        """A lone capitalised word: a country, organisation or bare surname, without describe()
        (a fresh copy; the answer per word is kept in the lexicon's cache)."""
        key = ("\0single", word)
        cached = self.lex.cache.get(key, False)
        if cached is False:
            cached = self.lex.cache[key] = self._single_of(word)
        return clone(cached) if cached is not None else None

    def _single_of(self, word: str) -> Description | None:
        word = word.rstrip(".") if not word.endswith(".") or word.count(".") == 1 and len(word) > 4 else word
        low = word.lower()
        if low in STOP_CAPS or low.endswith(ADVERB_ENDINGS) and low not in self.lex.surnames:
            return None  # "Notably, he ...": a sentence adverb, not a surname
        n, entries = self.lex.lookup([word], 0)
        desc = Description(text=word, words=1)
        if n and entries[0].kind in ("org", "outlet") and entries[0].name.islower():
            return None  # "Police say ...": a body of no proper name, however it is capitalised
        if n and entries[0].kind in ("org", "outlet", "country", "capital"):
            e = entries[0]
            desc.kind = "group" if e.demonym else "country" if e.kind in ("country", "capital") else "org"
            desc.name, desc.affiliation, desc.plural = e.name, e.affiliation, e.demonym
            desc.evidence = [(PRIO_ORG, e.type, e.official)]
            if e.demonym and low.endswith("s"):
                # "a lot of Americans who ...": a nation's people (CIT), as describe() reads a plural demonym;
                # "the Saudis" as the state is read from the mention itself
                desc.evidence = [(PRIO_GENERIC, "CIT", False)]
            return desc
        if n or not (word[1:].islower() or word[:2] in ("Mc", "O'", "O’")) \
                or ("'" in word[1:] or "’" in word[1:]) and word[:2] not in ("O'", "O’"):
            return None  # "I've", "Can't": no names
        if low.rstrip("s") in IDENTITY_WORDS:
            return None  # "Hispanic", "Latinos": who people are, not a name
        if low in PLACE_LAST and low not in self.lex.surnames:
            return None  # "Velmton's 6th Avenue": a place, not a person
        desc.kind, desc.name = "person", word[:-2] if word.endswith(("'s", "’s")) else word
        return desc

    def _opens_on_preposition(self, before: Span, end: int) -> bool:
        """Does a preposition open the sentence right before the name ending at ``end``, or open the name's
        capitalised run itself ("To Ms. Vell" opening a sentence is capitalised)?"""
        return OPENING_PREPOSITION.search(self.text, before.start, before.end) is not None \
            or PREPOSITION_IN_RUN.match(self.text, before.end, end) is not None

    def _add_appositive(self, desc: Description, end: int, limit: int, before: Span | None = None) -> None:
        """The title written after a name and a comma ("Vahl, a baker, ..."); after a preposition opening the
        sentence in ``before`` or the name itself ("To Ms. Vell, skating is ...") only one closed by another
        comma, as the sentence goes on after it."""
        if desc.kind == "org" and BUSINESS_CLAUSE.match(self.text, end + 2, limit):
            desc.evidence.append((PRIO_GENERIC, "BUS", False))
        if desc.kind not in ("person", "org"):
            return
        m = APPOSITIVE.match(self.text, end, limit)
        if m and desc.kind == "org" and not m.group(1).startswith(("a ", "an ", "the ")):
            return  # ", which contended that ...": not a description of the organisation
        if m and (_verb_first(m.group(1)) or TIME_APPOSITIVE.match(m.group(1)) or ALONG_WITH.match(m.group(1))):
            # "the owner, Mark Vell, faced stern opposition from ...": the sentence goes on; "Ms. Vell, along
            # with Judge Bo Tamm, ...": the titles after it are someone else's
            m = None
        elif m and before is not None and self.text[m.end():m.end() + 1] != "," and self._opens_on_preposition(
                before, end):
            m = None  # "To Ms. Vell, skating represents a protest against the city's plans.": her view, no title
        elif m and m.group(1).startswith("whose ") and (m.group(1).split() + [""])[1] in KINSHIP:
            m = None  # "Bill Vell, whose son died ... for the court hearing,": his son's story, not his title
        if m and " " in m.group(1).strip():
            rel = RELATIVE.search(m.group(1))
            who = rel.start() if rel else -1
            head_end = m.start(1) + who if who > 0 else m.end(1)  # the head phrase, before "who ..."
            if desc.kind == "person" and ITS_TITLE.match(m.group(1)):
                # "said Ana Tork, its president": whose president is known only once the body is found
                self._its_titles.append((desc, end, m.start(1) + ITS_TITLE.match(m.group(1)).end(), head_end))
            else:
                extra = describe(self.text, self.lex, m.start(1), head_end, shared=True) if who != 0 \
                    else Description(text="")
                _merge(desc, extra)
            desc.appositive = True
            clause = m.group(1)
            if desc.kind == "person" and TEACHES_AT.match(clause):
                desc.evidence.insert(0, (PRIO_ROLE, "EXP", False))  # "Lee Vell, who teaches law at Velm University"
            who = clause.find("who ")
            if (who == 0 or " who " in clause) and desc.gender == "unknown":
                found = {("man" if p in ("he", "him", "his", "himself") else "woman")
                         for p in CLAUSE_PRONOUN.findall(clause[max(who, 0):])}
                if len(found) == 1:
                    desc.gender = found.pop()
        after = m.end() if m and not m.group(1).startswith("who ") else end
        copula = COPULA.match(self.text, after, limit)
        if copula is not None and PASSIVE_PHRASE.match(copula.group(1)):
            copula = None  # ", who was arrested by police", "is married to a senator": what befell her, no title
        if copula is not None and desc.kind == "person":  # "Vahl, a baker, was elected mayor of Ostra"
            said = describe(self.text, self.lex, copula.start(1), copula.end(1), shared=True)
            if said.roles:
                _merge(desc, said)
        body = BODY_AFTER_NAME.match(self.text, end, limit) if desc.kind == "person" and not m else None
        if body is not None:  # "Terry Vell from the Velm Workers Union says": someone of that body
            of = describe(self.text, self.lex, body.start(1), body.end(1), shared=True)
            if of.kind == "org" and of.evidence:
                desc.evidence += [(PRIO_GENERIC, t, o) for _, t, o in of.evidence]
                desc.affiliation = desc.affiliation or of.affiliation

    def _name_at(self, span: Span) -> Occurrence | None:
        """A person's name written in the body from ``span.start`` on and longer than ``span``."""
        occs = self.occurrences()
        i = bisect_left(self.occ_starts, span.start)
        if i < len(occs) and occs[i].start == span.start and occs[i].end > span.end \
                and occs[i].desc.kind == "person" and not occs[i].desc.plural:
            return occs[i]
        return None

    def _first_full(self, surname: str) -> Occurrence | None:
        """The first full name ("Pat Ryder") written in the body for a surname."""
        key = ("first_full", surname)
        if key not in self._memo:
            self.occurrences()
            self._memo[key] = next((o for o in self.by_surname.get(surname, []) if " " in o.desc.name), None)
        return self._memo[key]  # type: ignore[return-value]


# Abbreviations that close a body's name with their own full stop ("Velm Corp.").
ORG_ABBREVIATIONS = {"corp.", "bros.", "assn.", "dept.", "univ.", "intl.", "l.l.c."}
# A preposition opening the sentence right before a name ("To Ms. Vell, ...", "For Bo Tamm, ..."), or opening the
# capitalised run itself.
OPENING_PREPOSITION = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“]\s*)(?:To|For|Like|Unlike|As for)\s+"
                                 r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?$")
PREPOSITION_IN_RUN = re.compile(r"(?:To|For|Like|Unlike)\s")


def _verb_first(phrase: str) -> bool:
    """Does a phrase after a comma start with a verb ("faced ...", "has said ..."), so it is the rest of
    the sentence, not a description of the name before it? A conjunction ("even though ...") opens a clause too."""
    first = phrase.split(maxsplit=1)[0]
    return first in AUXILIARIES or first in CLAUSE_OPENERS or first.endswith("ed") and first not in PARTICIPLE_TITLES \
        or first in reporting_forms()  # "Velm mine manager, Ada Vell, says ...": broadcasters' comma before the verb


def quoted_title(text: str, run: Span, region: Span, lex: Lexicon) -> bool:
    """Does the capitalised run at ``run`` open a short quoted phrase in title case ("Hail, Velmar!",
    ''Make Your Savings Last'') whose first words the lists do not know: a title, not a name?"""
    before = text[max(region.start, run.start - 2):run.start]
    if not (before.endswith("''") or before[-1:] in ('"', "“", "‘")):
        return False
    close = QUOTE_CLOSE.match(text, run.start, region.end)
    if close is None or lex.lookup(text[run.start:run.end].split(), 0)[0]:
        return False
    # title case throughout: "Vell is a liar," is a quotation, not a title
    return all(w[:1].isupper() for w in re.findall(r"[A-Za-z][\w'’\-]*", close.group()) if len(w) > 3)


@lru_cache(maxsize=1)
def reporting_forms() -> frozenset[str]:
    """Reporting verbs in the forms that follow a speaker ("says", "warns", "said", "told")."""
    return frozenset(key[0] for key in cue_lexicon() if len(key) == 1 and key[0].endswith("s")) | {"said", "told"}


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    """Capitalised verbs of title-case headlines ("Says", "Endorses", "Revealed"): the reporting
    verbs' -s and -ed forms and HEADLINE_VERBS."""
    forms = {key[0] for key in cue_lexicon() if len(key) == 1 and key[0].endswith(("s", "ed"))} | HEADLINE_VERBS
    return frozenset(f.capitalize() for f in forms)
