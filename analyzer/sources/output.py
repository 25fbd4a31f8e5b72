"""Building the ``Source`` records (see ``resolve``).

In: a finished ``Entity``, its id and the article's sentences.
Out: the ``SourceOutput`` methods of ``Resolver``: ``to_source`` (the ``Source`` with type,
affiliation, gender, identification, anonymity and all mention spans) and the body lookups it
needs (organisation by word, dateline country, name counts).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from analyzer.model import Sentence, Source, Span
from analyzer.sources.affiliation import OWN_NAME_TYPES, first_affiliation, issuer_affiliation, us_party_member
from analyzer.sources.describe import PRIO_GENERIC, Description, best_type, describe
from analyzer.sources.entity import Entity, Occurrence
from analyzer.sources.facts import (
    _affiliations, _anonymity, _evidence, _gender, _identification, _lone_brand, _person_entity, _single_gender,
    _study_authors, _type, family_surname,
)
from analyzer.sources.helpers import _first_names_agree, _span_key
from analyzer.sources.patterns import BODY_DATELINE, DATELINE_LINES, FORMER, NAME_BEFORE, OFFICIAL_TYPES, SPOKES

# An untyped group ("A source", "Insiders", "several") in a story whose typed sources are mostly of one
# kind is taken to be of that kind when it holds at least this share of them. Chosen on the PolNeAR
# train and dev mentions labelled in notes/sources_dev* (sets A-W): 0.3-0.5 each fixed about 10 more
# mentions than they broke, 0.6 and 0.7 fewer; 0.5 is the most cautious of the best. At least
# ARTICLE_PRIOR_MIN typed sources must share it: one source alone says little of a story (the same
# dev score with or without this floor).
ARTICLE_PRIOR_SHARE = 0.5
ARTICLE_PRIOR_MIN = 2
# Staff titles that say nothing of whose staff they are (their lexicon type, GOV, is a default).
STAFF_TITLES = {"official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"}
# Unnamed people described only by what they know ("a person briefed on the talks").
IN_THE_KNOW = re.compile(r"\b(?:familiar with|briefed on|(?:direct |firsthand )?knowledge of)\b", re.I)
# A quantifier standing alone as a source says nothing of who it is (DESIGN §6: "some" is OTH).
BARE_QUANTIFIERS = {"some", "many", "several", "a few", "some of them", "many of them"}
# Types an article's majority can lend: not documents, social posts or "anything else", nor private people
# (the "officials" of a story told by witnesses and a victim's family are still officials; stop 18: 0 on the
# PolNeAR dev pool, +2 on broadcaster set L10).
PRIOR_TYPES = {"GOV", "POL", "SEC", "JUD", "INT", "EXP", "NGO", "BUS", "MED"}
# Words only sports stories use. A story with at least SPORT_STORY_MIN distinct ones is about sport:
# its undescribed named people are players (DESIGN §6 OTH, as annotated in the web-news and broadcaster
# sets), not private citizens, and its captains lead teams, not soldiers. Words that politics shares
# ("race", "team", "season", "final", "match", "runs") are left out. Political stories that touch on
# sport reach 3 distinct words too, but thinly: a sports story also has SPORT_STORY_DENSITY of these
# words per 1,000 characters. On PolNeAR and BASIL only 3 of 1,224 articles pass both (two on golf,
# one on football); sports items of the broadcaster set mostly have 3 to 10.
# Matched on the lower-cased text (four times faster than re.IGNORECASE).
SPORT_WORDS = re.compile(
    r"\b(?:wickets?|innings|batsm[ae]n|bowl(?:er|ers|ing)|cricket(?:er|ers)?|touchdowns?|quarterbacks?|"
    r"strikers?|midfielders?|goalkeepers?|goal ?kick(?:er|ers|ing)?|penalt(?:y|ies)|grand slam|tennis|"
    r"football(?:ers?)?|soccer|rugby|golf(?:er|ers)?|hockey|basketball|baseball|nfl|nba|nhl|afl|nrl|fifa|"
    r"olympics?|medals?|coach(?:es)?|premiership|play-?offs?|championships?|tournaments?|teammates?|"
    r"semi-?finals?|quarter-?finals?|stadium|singles|davis cup|world cup|swimm(?:er|ers|ing)|freestyle|"
    r"pace(?:man|men)|sprint(?:er|ers)?|jockey|fixture|scored|unbeaten)\b")
SPORT_STORY_MIN = 3
SPORT_STORY_DENSITY = 2.0
# Words of business stories. In a story with at least BUSINESS_STORY_MIN distinct ones and BUSINESS_STORY_DENSITY
# of them per 1,000 characters, a named person the article gives no role is mostly someone of the companies
# reported on (a company's administrator, a founder), annotated BUS, not a private person: +2 on the broadcaster
# dev sets, no change on PolNeAR or BASIL (it fires on 14 sources of the 700 PolNeAR train articles, none of BASIL).
BUSINESS_WORDS = re.compile(
    r"\b(?:shares?|shareholders?|profits?|revenues?|earnings|dividends?|investors?|stock ?market|asx|nasdaq|"
    r"customers|retailers?|airlines?|administrators?|receivers?|creditors|bankrupt(?:cy)?|takeover|merger|"
    r"acquisition|chief executive|ceo|chairman|board|company|companies|firm|industry|sales|prices|market)\b")
BUSINESS_STORY_MIN = 5
BUSINESS_STORY_DENSITY = 3.0


def untyped_group(ent: Entity) -> bool:
    """A source that the article types only by a staff title of no named body ("senior aides",
    "officials", "Spokeswoman Ana Korr", whose generic type is GOV), or an unnamed one it does not
    type at all (``_type`` falls back to OTH). Named bodies, documents, listed people and pairs of
    people are typed; an undescribed named person keeps the CIT fallback."""
    if ent.kind in ("doc", "org", "country") or ent.kind == "person" and (ent.plural or ent.person is not None):
        return False
    if any(IN_THE_KNOW.search(d.text) for d in ent.descs):
        return False  # "people familiar with the matter" may be anyone: annotated OTH more often than not
    if ent.descs and all(d.text.strip().lower() in BARE_QUANTIFIERS for d in ent.descs):
        return False  # "some", "many": DESIGN §6 OTH, a source that says nothing of who it is
    evidence = _evidence(ent)
    if best_type(evidence) is None:
        return ent.kind != "person"  # an undescribed named person keeps the CIT fallback
    roles = ent.roles()
    # "U.S. officials", "Israeli officials": a country's officials are its government, whatever the story
    return bool(roles) and roles <= STAFF_TITLES and not any(ent.modifiers) \
        and max(prio for prio, _, _ in evidence) <= PRIO_GENERIC and not any(d.affiliation for d in ent.descs)


def _possessor(name: str, ent: Entity) -> bool:
    """Is ``name`` written as the possessor in one of the entity's mentions ("Velmcorp's Ana Vell")?"""
    return any(name + "'s" in d.text or name + "’s" in d.text for d in ent.descs)


def with_article_prior(sources: tuple[Source, ...], untyped: set[str],
                       past: set[str] | frozenset[str] = frozenset()) -> tuple[Source, ...]:
    """Give the untyped sources (OTH, or GOV from a staff title alone) the type that at least half, and
    at least two, of the article's typed sources share; sources spoken of in a past office (``past``: "President
    Jimmy Carter" in a story of 2016) say nothing of who speaks in the story."""
    typed = Counter(s.type for s in sources if s.id not in untyped and s.id not in past)
    if not untyped or not typed:
        return sources
    top, n = typed.most_common(1)[0]
    if top not in PRIOR_TYPES or n < ARTICLE_PRIOR_MIN or n / sum(typed.values()) < ARTICLE_PRIOR_SHARE:
        return sources
    return tuple(replace(s, type=top, official=top in OFFICIAL_TYPES)
                 if s.id in untyped and s.type in ("OTH", "GOV") else s for s in sources)


# "then ambassador", "then-Secretary": the office held at the time the article tells of.
THEN_TITLE = re.compile(r"\bthen[- ](?:[A-Za-z]+ ){0,2}?(?:[a-z]+|[A-Z][a-z]+)\b")


def _office_title(desc: Description) -> bool:
    """Does a mention put a person in a government office as of what it tells: the office's title before the
    name ("President Richard Nixon"), or "then" with it ("James Tull, then ambassador to Velmland"); never
    "former"?"""
    if desc.kind == "pronoun" or FORMER.search(desc.text) or not any(t == "GOV" for _, t, _ in desc.evidence):
        return False
    before_name = desc.kind == "person" and desc.name and desc.roles \
        and desc.text.lower().startswith(desc.roles[0]) and not desc.text.startswith(desc.name)
    return bool(before_name or THEN_TITLE.search(desc.text))


class SourceOutput:
    """Turns entities into ``Source`` records (mixed into ``Resolver``)."""

    # -- building the Source objects ------------------------------------------------------
    def to_source(self, ent: Entity, sid: str, sentences: tuple[Sentence, ...]) -> Source:
        body_org = None if ent.kind in ("person", "org", "country") else self._org_by_word(ent)
        if body_org is None and ent.kind in ("person", "descriptor") and not ent.plural and ent.roles() \
                and ent.roles() <= SPOKES and ent.person is None \
                and not any(m is not None and m.name != ent.name for m in ent.modifiers):  # no principal
            body_org = self._sentence_org(ent)  # "Velmbook built the tool, a spokeswoman, Ana Vell, said"
        if body_org is not None:
            ent.context.append(replace(body_org, kind="descriptor"))
        type_, official = self._source_type(ent)
        named = ent.kind in ("person", "org", "country") or (ent.kind == "doc" and bool(ent.issuers)) \
            or any(d.members_named for d in ent.descs)
        affiliation = first_affiliation(_affiliations(ent), self.lex, ent.name if ent.kind == "person" else "")
        if not affiliation and ent.kind == "person" and not ent.plural:
            org = self._org_by_word(ent)
            affiliation = (org.affiliation or org.name) if org is not None else ""
        if ent.kind == "org" and type_ in OWN_NAME_TYPES and affiliation in self.lex.countries:
            affiliation = ent.name  # "Velmcorp": a company speaks for itself; its country says less
        if not affiliation and ent.kind == "doc":
            affiliation = issuer_affiliation(ent.issuers, self.lex)  # "Velm Institute data": its issuer's
        if not affiliation and us_party_member(ent.summary().desc_roles, (d.text for d in ent.descs)):
            affiliation = "US"
        if not affiliation and type_ in ("GOV", "SEC", "JUD") and official:
            affiliation = self.dateline_country()
        if self._sentence_starts is None:
            self._sentence_starts = [s.span.start for s in sentences]
        reason = None if named else _anonymity(ent, self.text, sentences, self.lex, self._sentence_starts)
        gender = _gender(ent, self.lex) if ent.kind == "person" or ent.person_like else "unknown"
        if reason is not None and ent.kind == "descriptor" and not ent.plural and _person_entity(ent, self.lex):
            gender = _single_gender(reason.slice(self.text)) or gender  # "... because she was not authorized"
        return Source(
            id=sid, name=ent.name, type=type_, official=official, named=named,
            identification=_identification(ent, named, self.lex), anonymity_justified=reason is not None,
            affiliation=affiliation, gender=gender,
            mentions=tuple(sorted(set(ent.mentions) | set(self._name_spans(ent)), key=_span_key)),
            anonymity_reason=reason,
        )

    def _source_type(self, ent: Entity) -> tuple[str, bool]:
        """``_type``, with the cases that need the lexicon or the text: a lone brand name (BUS) and its
        people, the authors of research just spoken of (EXP), the people of a sports story (OTH): undescribed,
        a team's captain, or described only by their country ("Australian paceman Ana Vell") or by a generic
        title ("Netball Velmland chairman Ian Knopp"), and the undescribed people of a business story (BUS)."""
        if _lone_brand(ent, self.lex):
            return "BUS", False
        family = self._family(ent)
        if family is not None:
            return family.type, False  # "the Clintons": the family of the listed figure, typed as that figure
        type_, official = _type(ent)
        if type_ == "POL" and self.in_former_office(ent):
            return "GOV", True
        if type_ not in ("OTH", "CIT", "SEC", "GOV", "POL"):
            return type_, official
        evidence = _evidence(ent)
        untyped = best_type(evidence) is None  # the CIT or OTH of _type is its fallback
        if (type_ == "OTH" or ent.plural and type_ == "CIT" and untyped) and _study_authors(ent, self.text):
            return "EXP", False
        if type_ == "CIT" and ent.kind == "person" and not ent.plural and untyped \
                and any(m is not None and _lone_brand(m, self.lex) and _possessor(m.name, ent) for m in ent.modifiers):
            return "BUS", False  # "Velmcorp's Ana Vell": someone of a company the lists do not know
        if ent.kind == "person" and ent.person is None and (
                type_ == "CIT" and untyped or type_ == "SEC" and "captain" in ent.roles()
                or type_ in ("GOV", "POL") and max(prio for prio, _, _ in evidence) <= PRIO_GENERIC) \
                and self._sport_story():
            return "OTH", False
        if ent.kind == "person" and ent.person is None and not ent.plural and type_ == "CIT" and untyped \
                and self._business_story():
            return "BUS", False  # "Mr Tull says the airline's creditors will be paid": a company's man
        return type_, official

    def in_former_office(self, ent: Entity) -> bool:
        """'President Richard Nixon said in 1973 ...': a former holder of executive office (typed POL after the
        term, see names._person_row) whom the article calls by that office's title, without "former", is
        spoken of in office (GOV); "former President Bill Clinton" campaigns as a politician."""
        row = ent.person
        if row is None or row.official or not row.end or row.end > self.article.metadata.published[:10]:
            return False
        held = any(r.type == "GOV" and r.start == row.start and r.end == row.end
                   for r in self.lex.people.get(row.name.lower(), ()))
        return held and any(_office_title(d) for d in ent.descs)

    def _family(self, ent: Entity):
        """The listed row of the family a bare plural surname names ("the Clintons"): its members' row at the
        article's date when all who carry that surname (found by it alone) share one type; else None."""
        surname = family_surname(ent.name, self.lex)
        if ent.kind != "person" or ent.person is not None or not surname:
            return None
        rows = [self._person_row(n) for n in self.lex.surnames[surname] if not self._full_name_only(n)]
        types = {r.type for r in rows if r is not None}
        return next(r for r in rows if r is not None) if len(types) == 1 else None

    def _sport_story(self) -> bool:
        return self._story_kind(SPORT_WORDS, SPORT_STORY_MIN, SPORT_STORY_DENSITY)

    def _business_story(self) -> bool:
        return self._story_kind(BUSINESS_WORDS, BUSINESS_STORY_MIN, BUSINESS_STORY_DENSITY)

    def _story_kind(self, words: re.Pattern, distinct: int, density: float) -> bool:
        """Does the article use at least ``distinct`` different ``words``, ``density`` of them per 1,000
        characters? Computed once per article and pattern."""
        if words not in self._story_kinds:
            found = words.findall(self.text.lower())
            self._story_kinds[words] = len(set(found)) >= distinct and len(found) * 1000 >= density * len(self.text)
        return self._story_kinds[words]

    def _name_spans(self, ent: Entity) -> list[Span]:
        """Where a named person or organisation is written in the body besides the attributions."""
        if ent.kind == "person" and not ent.plural:
            same = self.by_surname.get(ent.surname, [])
            owners = {o.desc.name for o in same if " " in o.desc.name}
            return [Span(o.start, o.end) for o in same if _first_names_agree(o.desc.name, ent.name)
                    and " and " not in o.desc.name and (" " in o.desc.name or len(owners) <= 1)]
        if ent.kind in ("org", "country"):
            self.occurrences()
            return [Span(o.start, o.end) for o in self.occ_by_lower.get((ent.kind, ent.name.lower()), ())]
        return []

    def _orgs_by_last_word(self) -> dict[str, list[Occurrence]]:
        if self._org_words is None:
            self._org_words = {}
            for occ in self.occurrences():
                if occ.desc.kind == "org" and occ.desc.name:
                    self._org_words.setdefault(occ.desc.name.split()[-1].lower(), []).append(occ)
        return self._org_words

    def _org_by_word(self, ent: Entity) -> Description | None:
        """'a lawyer for the coalition', 'A Commission official': the body's organisation of that
        name (the most often written one; the first on a tie)."""
        descs = ent.descs + ent.context
        words = {r for d in descs for r in d.roles} | {d.head for d in ent.descs if d.head}
        words -= {"party", "campaign"}
        names: dict[str, int] = {}
        for word in sorted(words):  # sorted: a set's order changes with the hash seed
            for occ in self._orgs_by_last_word().get(word, ()):
                names.setdefault(occ.desc.name, occ.start)
        mentioned = " ".join(d.text for d in ent.descs)
        for word in sorted(words):  # organisations written inside longer names ("European Commission spokeswoman")
            cap = word.capitalize()
            if word.isalpha() and cap in mentioned:
                for lead_start, name in self._names_ending(cap):
                    names.setdefault(name, lead_start)
        if not names:
            return None
        best = max(names, key=lambda n: (self._count(n), -names[n], len(n), n))  # ties: the longer name
        org = describe(best, self.lex, shared=True)
        return org if org.kind == "org" else None

    def _sentence_org(self, ent: Entity) -> Description | None:
        """The one named organisation that the sentence of a spokesperson's first mention writes before it
        (the body it speaks for), if there is exactly one."""
        first = min(ent.mentions, key=_span_key, default=None)
        if first is None:
            return None
        lo = self._sentence_start(first.start)
        occs = self.occurrences()
        before = occs[bisect_left(self.occ_starts, lo):bisect_left(self.occ_starts, first.start)]
        orgs = {o.desc.name: o.desc for o in before if o.desc.kind == "org"}
        return next(iter(orgs.values())) if len(orgs) == 1 else None

    def _count(self, name: str) -> int:
        key = ("count", name)
        if key not in self._memo:
            self._memo[key] = self.text.count(name)
        return self._memo[key]  # type: ignore[return-value]

    def _names_ending(self, cap: str) -> list[tuple[int, str]]:
        """Capitalised names written in the body that end with the word ``cap`` (scanned once per word)."""
        key = ("ending", cap)
        if key not in self._memo:
            found = []
            pos = self.text.find(cap)
            while pos >= 0:
                lead = NAME_BEFORE.search(self.text, max(0, pos - 60), pos)
                if lead:
                    found.append((lead.start(), self.text[lead.start():pos + len(cap)]))
                pos = self.text.find(cap, pos + len(cap))
            self._memo[key] = found
        return self._memo[key]  # type: ignore[return-value]

    def dateline_country(self) -> str:
        """Officials with no stated country in a story datelined in a capital belong to that country.
        Asked for each unplaced official and once more for the story's country: found once."""
        if ("dateline",) not in self._memo:
            self._memo[("dateline",)] = self._find_dateline_country()
        return self._memo[("dateline",)]  # type: ignore[return-value]

    def _find_dateline_country(self) -> str:
        place = self.article.metadata.dateline.strip()
        if not place:
            for line in self.regions[:DATELINE_LINES]:
                m = BODY_DATELINE.match(self.text, line.start, line.end)
                if m and m.group(1).strip().isupper():
                    place = m.group(1).strip()
                    break
        if not place:
            return ""
        n, entries = self.lex.lookup([w.capitalize() for w in place.split()], 0)
        if n == len(place.split()) and entries and entries[0].kind == "capital":
            return entries[0].affiliation
        return ""
