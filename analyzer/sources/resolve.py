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
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from copy import copy
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Iterator

from analyzer.config import Options
from analyzer.model import Article, Attribution, Sentence, Source, Span
from analyzer.sources.describe import (
    PRIO_GENERIC, PRIO_ORG, PRIO_PERSON_LIST, PRIO_ROLE, STOP_CAPS, Description, best_type, clone, describe,
)
from analyzer.sources.lexicon import Lexicon, load_lexicon, surname_of as _surname
from analyzer.userconfig import PersonEntry

# Capitalised sequences that may hold a name; words of office before them are
# picked up by looking back a few words (CONTEXT_CHARS).
CAP_SEQ = re.compile(r"\b[A-Z][\w'’\-]*\.?(?:\s+(?:of\s+(?:the\s+)?)?(?:[\"“][A-Z][\w'’\-]*[\"”]|[A-Z][\w'’\-]*\.?))*")
# A US party tag after a name marks an office holder: "Scott (D-Va.)", "McConnell, R-Ky.,".
PARTY_TAG = re.compile(r"\s*(?:\(|,\s*)(?:D|R|I)-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:\)|,)")
# How far back a name's title may start ("Republican presidential nominee Donald Trump").
CONTEXT_CHARS = 60
# An appositive after a name: "Jason Miller, a spokesman for the campaign, said".
APPOSITIVE = re.compile(r",\s+(?:\d{1,3},\s+)?([a-z][^,.;:\"“”]{3,100}?)(?=[,.;:\"“”]|\s+said\b|$)")
# Gendered pronouns in a relative clause about the person ("who spent the night on his roof").
CLAUSE_PRONOUN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b")
# Relative pronouns refer to what ends this close before them ("Trump, who said").
REL_GAP = 4
# A bare title ("the spokesman", "the Republican nominee") has at most this many words; longer
# descriptors ("the Philippine weather bureau") are sources of their own.
BARE_TITLE_WORDS = 3
# Upper bounds on how far back a title or pronoun looks (distinct sources, body names): keep the
# search linear in article length. PolNeAR dev articles have at most 31 sources, so normal
# articles never reach them.
LOOKBACK_SOURCES = 60
LOOKBACK_NAMES = 400
# A preposition (with any titles and list items between) right before a name: the name is an object,
# rarely what a later pronoun refers to ("songs by Lynn, Cash and LaMontagne", "director for Obama").
PREP_BEFORE = re.compile(r"\b(?:by|for|from|with|to|of|against|about|than|like|toward|towards|between|among|"
                         r"including|over|under|beat|beats|defeated|forgave|attacked|criticized)\s+"
                         r"(?:(?:[A-Z][\w'’.\-]*|the|and|or|former|[a-z]+\s+of),?\s+)*$")
PREP_LOOKBACK = 80
# A quotation (straight or curly double quotes, at most this long): names inside are the speaker's words.
QUOTED = re.compile(r"“[^”]{0,600}”|\"[^\"\n]{0,600}\"|''[^']{0,600}''")
# A sentence opening with a subordinate clause: names before its first comma are not the main subject.
FRONTED = re.compile(r"\s*(?:After|When|While|As|If|Although|Though|Because|Before|Since|Asked|Unlike|Once|Until|"
                     r"In|On|At|During|Following|Despite|Amid|Like)\b")
# Sentences back (besides the current one) where a pronoun's antecedent is looked for first.
PRONOUN_REACH = 2
# How far back (characters) a bare title ("the agency", "the nominee") may find a holder by type.
TITLE_REACH = 2500
# How far after a headline's bare title ("Lawmaker urges ...") the person it stands for is looked for:
# about the subtitle and the first paragraph (PolNeAR headlines name them within ~300 characters).
HEADLINE_REACH = 600
# Abbreviated and full titles that name the same office ("Sen. Graham" ... "the senator").
TITLE_SYNONYMS = {"sen.": "senator", "sens.": "senator", "rep.": "representative", "reps.": "representative",
                  "congressman": "representative", "congresswoman": "representative", "gov.": "governor",
                  "gen.": "general", "prof.": "professor", "lt.": "lieutenant", "col.": "colonel",
                  "capt.": "captain", "sgt.": "sergeant", "adm.": "admiral", "dr.": "doctor",
                  "chairwoman": "chairman", "chair": "chairman"}
SPOKES = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "press secretary", "press officer"}
CUE_DOC = re.compile(r"\b(statement|release|memo|letter|email|report|tweet|post|interview|filing)", re.I)
OFFICIAL_TYPES = {"GOV", "SEC", "JUD", "INT"}
# Office holders and candidates: a title of one may name a person listed as the other at that date.
POLITICAL = {"GOV", "POL"}
CLAUSE_END = re.compile(r"[.;]|$")
# The noun phrase before a relative "which"/"that": at most this many words within this many
# characters, stopping at a preposition, verb-like word or punctuation.
NOUN_BEFORE_WORDS = 5
NOUN_BEFORE_CHARS = 80
WORD_BEFORE = re.compile(r"([\w'’\-.]+)\s*")
NOUN_STOPS = {"in", "on", "at", "of", "for", "by", "with", "to", "from", "into", "about", "and", "or", "but",
              "is", "are", "was", "were", "be", "been", "has", "have", "had", "said", "says", "than",
              "as", "that", "which", "who", "could", "would", "will", "can", "may", "might", "should", "must"}
# Documents a speaker issues ("said in a statement" ... "the statement said"; "X reported" ...
# "the report said"). Polls and studies are not linked to whoever cites them.
ISSUED_HEADS = {"statement", "release", "letter", "memo", "email", "tweet", "post", "report"}
# A mention that starts with an age or a relative clause belongs to the name before it.
LEADING_CLAUSE = re.compile(r"\d{1,3}\b|who\b|which\b")
# Indirect speech whose content starts with a pronoun is mostly about the speaker
# ("Janssens said he would meet ...").
SELF_PRONOUN = re.compile(r"(?:that\s+)?(he|she)\b", re.I)
# Relative clauses that say an organisation is a business ("which operates the docks").
BUSINESS_CLAUSE = re.compile(r"\b(?:which|that)\s+(?:operates|runs|owns|makes|sells|builds|produces|manufactures|"
                             r"supplies|employs|exports|imports)\b")
# Sentences at the top of the body searched for a dateline (titles and section names come first
# when the ingest keeps them).
DATELINE_LINES = 4
# A dateline at the start of the body when the metadata has none: "NAIROBI, Feb 11 (Wire) -".
BODY_DATELINE = re.compile(r"\s*([A-Z][A-Z .'\-]{2,30}?)\s*(?:,|\(|-|–|—)")
# Up to four capitalised words right before an organisation word ("European" Commission).
NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’\-]*\s+){1,4}$")
WHICH_NEXT = re.compile(r",\s*which\b")
# The outlet speaking of itself.
OWN_VOICE = re.compile(r"(?:this|our) (?:newspaper|paper|news agency|agency|outlet|website|site|reporters?|"
                       r"correspondents?|reporting)\b")
# A possessive pronoun before words that are its owner's ("his statement", "her account",
# "their campaign"); not kin or staff ("her husband", "his spokesman" are other people).
OWNED_WORDS = re.compile(r"(his|her|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}(?:statement|account|remarks|comments|"
                         r"words|speech|testimony|interview|book|memoir|letter|tweets?|posts?|program|show|"
                         r"column|op-ed|essay|article|website|blog|campaign|office|team|administration)\b",
                         re.IGNORECASE)
# The same words further inside a mention, after "of": "excerpts of his speech", "a copy of her letter",
# "more than 1,100 pages of Ada Brell's emails" (see NAME_OWNED).
OWNED_INSIDE = re.compile(r"(?:[\w\-,.]+\s+){1,5}?of\s+")
# A definite title's possession: "the Democratic nominee's campaign", "the senator's office". The title
# is resolved like a bare title ("the nominee") and the campaign is that person's voice.
POSSESSED = re.compile(r"((?:the|The)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)['’]s\s+(?:[a-z][\w\-]*\s+){0,2}?"
                       r"(?:statement|account|remarks|comments|words|speech|testimony|interview|book|memoir|letter|"
                       r"tweets?|posts?|campaign|office|team|administration)\b")
# Who issued a document, written right after it: "The poll by the Mizani Institute", "a report from
# the Velmar Fund", "The survey, released on Monday by ..." (an organisation; a person only after "by").
ISSUER_AFTER = re.compile(r"(?:,\s+[a-z]+ed\s+(?:\w+\s+){0,4}?(?=by\s)|\s+)(by|from|of)\s+(?:the\s+)?"
                          r"([A-Z][\w'’\-.&]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|&\s+)?[A-Z][\w'’\-.&]*)*)")
# "In a statement, the union said": a document phrase that opens the sentence; its speaker is the
# name after the phrase's comma (LEAD_IN_GAP: the rest of the phrase, at most LEAD_IN_CHARS long).
IN_DOC = re.compile(r"\b[Ii]n\s+$")
LEAD_IN_CHARS = 100
LEAD_IN_GAP = re.compile(r"[^.;:\"“”,]{0,%d},\s+(?:the\s+|The\s+)?" % LEAD_IN_CHARS)
# A preposition that makes the name after it a complement of the title ("a spokesman for ...");
# not "of", which belongs to titles ("Former secretary of state Ada Brell").
COMPLEMENT = re.compile(r"\b(?:for|to|with|at|from|by|under)\b", re.IGNORECASE)
# Documents that write down what someone said: the named source just spoken of said it.
SPEAKER_DOCS = {"transcript"}
# Pronoun phrases that stand for "they" ("they all", "all of them", "both of them").
PRONOUN_GROUP = re.compile(r"(?:they|them)\s+(?:all|both)|(?:all|both)\s+of\s+them", re.IGNORECASE)
# A person described by age alone: "the 43-year-old".
AGE_TITLE = re.compile(r"the\s+\d{1,3}-year-old", re.IGNORECASE)
# A named person's words inside a mention: "pages of Ada Brell's emails", "a copy of Brell's speech".
NAME_OWNED = re.compile(r"([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})['’]s?\s+(?:[a-z][\w\-]*\s+){0,2}?"
                        r"(?:statements?|remarks|comments|speech|testimony|emails?|messages?|letters?|memos?|"
                        r"tweets?|posts?|book|memoir)\b")
# A parenthesis closing a mention (a party tag, "(R-Ohio)").
TRAILING_PARENS = re.compile(r"\s*\([^()]*\)$")
# A lower-case noun right after a name: the name modifies it ("the Brell administration").
MODIFIED_NOUN = re.compile(r"\s[a-z]")
# A plural that counts people just named: "the two", "both men", "the three candidates", "the pair".
COUNTED_GROUP = re.compile(r"(?:the\s+(two|three|four|pair|couple|duo)|(both))\b", re.IGNORECASE)
GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "pair": 2, "couple": 2, "duo": 2, "both": 2}
# Between a person's name and a relative "who" that still speaks of that person: an appositive
# ("Ada Brell, a county delegate and party donor who ..."); a phrase with "of"/"for"/"to" may
# end in another person ("the wife of a man who ...") and does not count.
APPOSITIVE_GAP = re.compile(r"\s*,\s+(?:a|an|the|his|her)\s"
                            r"(?:(?!\b(?:of|for|to|with|from|at|by)\b)[^,;:.\"“”()])*?,?\s*$")
# How far before a relative "who" the name of such an appositive may end.
APPOSITIVE_REACH = 120
# What a name is said to be right after it: "X was elected mayor of Ostra", "X, who is a senior
# fellow at Y". Only phrases holding a lexicon title count.
COPULA = re.compile(r",?\s+(?:who\s+)?(?:is|was|has been|had been|became|becomes)\s+(?:(?:elected|named|"
                    r"appointed|sworn in)\s+)?(?:as\s+)?((?:the |a |an )?[a-z][^,.;:\"“”]{2,80}?)(?=[,.;:\"“”]|$)")
# After a lone surname: an appositive or a copula may follow (checked before the costlier patterns).
SAID_TO_BE = re.compile(r",\s+[a-z]|\s+(?:who|is|was|has|had|became|becomes)\s")
# A relative clause inside a description (its head phrase ends there).
RELATIVE = re.compile(r"(?:^|\s)(?:who|that|which)\s")
# A relative clause about a thing ("a union that backs Senator Brell"): names in it are
# not whose the person is (a "who" clause is about the person and keeps them).
THING_CLAUSE = re.compile(r"\s(?:that|which)\s")
WORD_BEFORE_REL = re.compile(r"([\w\-]+),?\s+$")
NAME_ENDINGS = {"jr.", "sr."}
# A relative clause about the thing an appositive names, inside a mention.
APPOSITIVE_THING = re.compile(r",[^,]*?\s(that|which)\s")
# Heads of definite descriptions and the words of organisation names they refer back to
# ("the school" ... Velmar University); other heads must be a word of the name ("the fund").
ORG_HEAD_WORDS = {"school": {"school", "university", "college", "academy"},
                  "university": {"university", "college"}, "college": {"college", "university"},
                  "newspaper": {"times", "post", "journal", "herald", "tribune", "gazette", "newspaper"},
                  "paper": {"times", "post", "journal", "herald", "tribune", "gazette", "newspaper"},
                  "bureau": {"bureau", "fbi"}}  # "the bureau" after "the FBI"
# "61 percent of Americans", "8 in 10 caucus voters", "a majority of voters":
# poll respondents, i.e. the public (CIT) whatever party they lean to.
POLL_SHARE = re.compile(r"(?:about |nearly |almost |roughly |around |approximately |at least |fewer than |more than |"
                        r"over |under |just |only |some )?"
                        r"(?:\d[\d,.]*\s*(?:%|percent|per cent|in \d+|out of \d+)|"
                        r"(?:one|two|three|four|five|six|seven|eight|nine) (?:in|out of) (?:10|ten)\b|"
                        r"(?:two|three)-(?:thirds|quarters|fifths) of|"
                        r"(?:a |the )?(?:(?:large|small|slim|narrow|strong|clear|big|vast|high|low|solid|wide) )?"
                        r"(?:majority|minority|plurality|third|quarter|half|fifth|percentage|share) of)(?!\w)", re.I)
PUBLIC_ROLES = {"voter", "republican", "democrat", "democratic", "independent", "american", "resident",
                "citizen", "respondent", "adult", "people", "person", "supporter", "member", "parent",
                "student", "worker", "gop", "party"}
# A bare plural "reports" are news reports (DESIGN §6: a news story is MED).
NEWS_REPORTS = {"reports", "news reports", "media reports", "press reports", "published reports"}
DOC_ROLES = {"poll", "survey", "polls", "data"}  # "voters going to the polls" stays a share of voters
# Documents that stay DOC even when a news outlet issued them (a media poll is a poll, DESIGN §6).
POLL_HEADS = {"poll", "survey", "polls", "surveys", "data", "figures", "census", "estimate", "forecast", "projection",
              "average"}
# A poll written with its maker's name ("a new Monmouth University poll", "the CNN/ORC survey").
NAMED_POLL = re.compile(r"((?:[A-Z][\w.&/'’\-]*\s+){1,5})(?:poll|survey)\b")
POLL_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "latest", "in"}
# How far back "the survey" looks for a named poll: about two paragraphs (set by hand; one such
# mention in the PolNeAR sets A-M of notes/sources_dev*, a few hundred characters after its poll).
POLL_REACH = 1200
# Endings of nouns for people ("libertarian", "campaigner", "lobbyist"), as describe's TITLE_SUFFIXES.
PERSON_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent")
# Quantifiers that speak for the public at large (DESIGN §6 CIT), not insiders ("sources").
GENERAL_PUBLIC = {"everyone", "everybody", "anyone", "anybody", "people", "many", "many people", "most people",
                  "some people", "some", "others", "many others", "most", "few", "no one", "nobody",
                  "the public", "the people", "ordinary people"}
CLAUSE_BREAKS = ",;:\"“”()\n"
NORMAL_WORD = re.compile(r"[\w'’\-.]+")
# A group led by a pronoun ("she and her aides", "he and other leaders").
LEAD_PRONOUN = re.compile(r"(he|she|He|She)\s+and\s+")
SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'\- ]{1,40}):\s")


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
            d.best_ctx = _stronger(d.best_ctx, desc.evidence)
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


class Resolver:
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
        self._titles: tuple[dict, dict, list] | None = None
        self._occ: list[Occurrence] | None = None
        self.by_surname: dict[str, list[Occurrence]] = {}
        self._org_words: dict[str, list[Occurrence]] | None = None
        self.owners = _owner_names(article)

    # -- body scan -----------------------------------------------------------------
    def occurrences(self) -> list[Occurrence]:
        """Names, organisations and countries written in the body, in text order (built once)."""
        if self._occ is None:
            found: list[Occurrence] = []
            singles: list[Occurrence] = []
            for region in self.regions:
                for m in CAP_SEQ.finditer(self.text, region.start, region.end):
                    if m.group().isupper() and len(m.group()) > 4:  # "WHAT TRUMP'S PLAN MEANS": a headline
                        found += self._caps_names(m)
                        continue
                    occ = self._occurrence(m, region)
                    if occ is not None:
                        (singles if occ.desc.kind == "person" and " " not in occ.desc.name else found).append(occ)
            known = {_surname(o.desc.name) for o in found if o.desc.kind == "person"}
            found += [o for o in singles if o.desc.name.lower() in known or o.desc.name.lower() in self.lex.surnames
                      or o.desc.roles or o.desc.gender != "unknown"]
            found.sort(key=lambda o: o.start)
            self._occ = found
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

    def _occurrence(self, m: re.Match, region: Span) -> Occurrence | None:
        word = m.group()
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
        if desc.kind == "person" and desc.name.endswith(".") and len(desc.name.split()[-1]) > 4 \
                and desc.name.split()[-1].lower() not in NAME_ENDINGS:
            desc.name = desc.name[:-1]  # "... he told the Herald's Jon Aldana." ends a sentence
        if desc.kind == "person" and not desc.roles and desc.gender == "unknown" and \
                WHICH_NEXT.match(self.text, m.end(), region.end):
            desc.kind, desc.affiliation = "org", desc.name  # "Terminal Pacifico Sur, which operates the docks"
        start = max(region.start, m.start() - CONTEXT_CHARS)
        start = _clause_start(self.text, _word_start(self.text, start, m.start()), m.start())
        if start < m.start() and desc.kind == "person" and self._titled(m.start(), start):
            _merge(desc, describe(self.text, self.lex, start, m.start(), shared=True))
        self._add_appositive(desc, m.end(), region.end)
        if desc.kind == "person" and PARTY_TAG.match(self.text, m.end(), region.end):
            desc.evidence.append((PRIO_ROLE, "POL", True))
            desc.affiliation = desc.affiliation or "US"
        return Occurrence(m.start(), m.end(), desc)

    def _titled(self, pos: int, floor: int) -> bool:
        """Is the word before ``pos`` a title or modifier ("nominee Trump", "the Post")?"""
        word = _word_before(self.text, max(floor, pos - 30), pos)
        return bool(word) and word.lower().rstrip(".") in self.lex.longest

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
        if low in STOP_CAPS:
            return None
        n, entries = self.lex.lookup([word], 0)
        desc = Description(text=word, words=1)
        if n and entries[0].kind in ("org", "outlet", "country", "capital"):
            e = entries[0]
            desc.kind = "group" if e.demonym else "country" if e.kind in ("country", "capital") else "org"
            desc.name, desc.affiliation, desc.plural = e.name, e.affiliation, e.demonym
            desc.evidence = [(PRIO_ORG, e.type, e.official)]
            return desc
        if n or not (word[1:].islower() or word[:2] in ("Mc", "O'", "O’")) or "'" in word[1:] and word[:2] != "O'":
            return None
        desc.kind, desc.name = "person", word[:-2] if word.endswith(("'s", "’s")) else word
        return desc

    def _add_appositive(self, desc: Description, end: int, limit: int) -> None:
        if desc.kind == "org" and BUSINESS_CLAUSE.match(self.text, end + 2, limit):
            desc.evidence.append((PRIO_GENERIC, "BUS", False))
        if desc.kind not in ("person", "org"):
            return
        m = APPOSITIVE.match(self.text, end, limit)
        if m and desc.kind == "org" and not m.group(1).startswith(("a ", "an ", "the ")):
            return  # ", which contended that ...": not a description of the organisation
        if m and " " in m.group(1).strip():
            rel = RELATIVE.search(m.group(1))
            who = rel.start() if rel else -1
            head_end = m.start(1) + who if who > 0 else m.end(1)  # the head phrase, before "who ..."
            extra = describe(self.text, self.lex, m.start(1), head_end, shared=True) if who != 0 else Description(text="")
            _merge(desc, extra)
            desc.appositive = True
            clause = m.group(1)
            who = clause.find("who ")
            if (who == 0 or " who " in clause) and desc.gender == "unknown":
                found = {("man" if p in ("he", "him", "his", "himself") else "woman")
                         for p in CLAUSE_PRONOUN.findall(clause[max(who, 0):])}
                if len(found) == 1:
                    desc.gender = found.pop()
        after = m.end() if m and not m.group(1).startswith("who ") else end
        copula = COPULA.match(self.text, after, limit)
        if copula is not None and desc.kind == "person":  # "Vahl, a baker, was elected mayor of Ostra"
            said = describe(self.text, self.lex, copula.start(1), copula.end(1), shared=True)
            if said.roles:
                _merge(desc, said)

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

    def _person_entity(self, desc: Description, pos: int) -> Entity:
        name = desc.name
        parts = name.split()
        surname = _surname(name)
        if desc.plural:
            ent = self._entity("group:" + name.lower(), "person", name, pos)
            if not ent.plural:
                ent.plural = True
                ent.context = [desc]
                ent.modifiers = [self._modifier(m, pos) for m in name.split(" and ")]
            return ent
        for ent in self.persons_by_surname.get(surname, ()):
            if not ent.plural and _first_names_agree(ent.name, name) and self._gender_fits(ent.name, desc.gender) \
                    and _same_gender(ent, desc):
                if len(parts) > len(ent.name.split()):
                    ent.name = name
                return ent
        full = self._full_name(name, pos, desc.gender)
        key = "person:" + full.lower()
        taken = self.by_key.get(key)
        if taken is not None and not _same_gender(taken, desc):
            key += "|" + desc.gender  # "Mr. Khan" and "Ms. Khan": two people sharing a surname
            full = name
        ent = self._entity(key, "person", full, pos)
        ent.plural = desc.plural
        if not ent.context:
            self.occurrences()
            same = self.by_surname.get(_surname(full), [])
            owners = {o.desc.name for o in same if " " in o.desc.name}
            ent.context = [o.desc for o in same if _first_names_agree(o.desc.name, full)
                           # a bare "Scott" is ambiguous when two Scotts are named; "Mr. Khan" is not "Ms. Khan"
                           and (" " in o.desc.name or len(owners) <= 1)
                           and (desc.gender not in ("man", "woman") or o.desc.gender in ("unknown", desc.gender))]
            ent.person = self._person_row(full)
            principals = desc.modifiers + _heads_names(desc) + [
                n for d in ent.context for n in _heads_names(d) + d.modifiers]
            ent.modifiers = [self._modifier(m, pos) for m in dict.fromkeys(principals) if not desc.plural]
        return ent

    def _full_name(self, name: str, pos: int, gender: str = "unknown") -> str:
        if len(name.split()) > 1 or " and " in name:
            return name
        key = ("full", name, gender)
        if key not in self._memo:
            self._memo[key] = self._full_name_of(name, gender)
        return self._memo[key]  # type: ignore[return-value]

    def _full_name_of(self, name: str, gender: str = "unknown") -> str:
        """The full name a bare surname stands for; ``gender`` (from "Ms.", "Mr.") rules out
        full names of the other gender ("Ms. Acosta" is not a listed Jim Acosta)."""
        surname = name.lower()
        self.occurrences()
        longer = [o.desc.name for o in self.by_surname.get(surname, []) if len(o.desc.name.split()) > 1
                  and self._gender_fits(o.desc.name, gender)]
        known = {n for n in self.lex.surnames.get(surname, set()) if self._gender_fits(n, gender)}
        for full in longer:  # a listed public figure, or a name that starts with a first name
            if full.lower() in self.lex.people or full.split()[0].lower() in self.lex.first_names:
                return full
        if len(known) == 1:
            return next(iter(known))
        if not longer and known:
            agreed = self._same_listing(known)
            if agreed:
                return agreed
        if not longer and not known:
            given = self._by_given_name(surname)
            if given:
                return given
        return longer[0] if longer else name

    def _gender_fits(self, full: str, gender: str) -> bool:
        if gender not in ("man", "woman"):
            return True
        rows = self.lex.people.get(full.lower())
        listed = rows[0].gender if rows else self.lex.first_names.get(full.split()[0].lower(), "unknown")
        return listed not in ("man", "woman") or listed == gender

    def _by_given_name(self, word: str) -> str:
        """'Hillary' alone, when the body names exactly one person with that given name
        ("Hillary Clinton"): that person. Empty otherwise."""
        if word not in self.lex.first_names:
            return ""
        fulls = {o.desc.name for o in self.occurrences() if o.desc.kind == "person" and not o.desc.plural
                 and " " in o.desc.name and " and " not in o.desc.name and o.desc.name.split()[0].lower() == word}
        return fulls.pop() if len(fulls) == 1 else ""

    def _same_listing(self, names: set[str], gender: bool = True) -> str:
        """Listed people sharing a surname ("Jason Miller", "Stephen Miller"; name variants) who all
        have the same type, affiliation and gender at the article's date: any of them gives the
        bare surname its type. Empty when they differ or one is not listed for that date. With
        ``gender=False`` (a principal, typed but not a source itself) the gender may differ."""
        rows = {(r.type, r.affiliation, r.gender if gender else "") if r is not None else None
                for r in map(self._person_row, names)}
        if len(rows) == 1 and None not in rows:
            return min(names)
        return ""

    def _person_row(self, full: str) -> PersonEntry | None:
        rows = self.lex.people.get(full.lower())
        parts = full.split()
        if not rows and len(parts) > 2:  # "Ada M. Brell" is listed as "Ada Brell"
            rows = self.lex.people.get(f"{parts[0]} {parts[-1]}".lower())
        if not rows and len(parts) == 2:  # "Wasserman Schultz": the end of one listed name
            ends = [n for n in self.lex.surnames.get(parts[-1].lower(), ()) if n.lower().endswith(" " + full.lower())]
            rows = self.lex.people.get(ends[0].lower()) if len(ends) == 1 else None
        if not rows:
            return None
        date = self.article.metadata.published[:10]
        if date:
            for row in rows:
                if (not row.start or row.start <= date) and (not row.end or date < row.end):
                    return row
            return None
        return max(rows, key=lambda r: r.start)

    def _modifier(self, name: str, pos: int) -> Entity | None:
        """'Clinton' in 'Clinton spokesman Brian Fallon': the principal, for type and affiliation."""
        desc = describe(name, self.lex, shared=True)
        if desc.kind != "person":
            return None
        full = self._full_name(desc.name, pos)
        tmp = Entity("mod:" + full.lower(), "person", full, pos)
        tmp.person = self._person_row(full)
        if tmp.person is None and " " not in full:  # "Clinton's state director": either Clinton is POL
            agreed = self._same_listing(self.lex.surnames.get(full.lower(), set()), gender=False)
            tmp.person = self._person_row(agreed) if agreed else None
        return tmp

    # -- linking -------------------------------------------------------------------------
    def resolve(self, att: Attribution) -> Entity | None:
        span = att.source
        if span is None or span.end > len(self.text):
            return None
        self._advance(span.start)
        end = span.end
        clause = APPOSITIVE_THING.search(self.text, span.start, span.end)
        if clause is not None:  # "X, director of Y, a union that has endorsed Z": Z says nothing of X
            end = clause.start(1)
        desc = describe(self.text, self.lex, span.start, end, shared=True)
        if self._is_owner(desc, span):
            return None
        ent = self._link(desc, span, att)
        if ent is not None:
            ent.mentions.append(span)
            owner = self.span_owner.get(span)
            if owner is None or ent.order < owner.order:
                self.span_owner[span] = ent
            if desc.kind == "pronoun":
                if desc.pronoun in ("man", "woman"):
                    ent.pronoun_genders.append(desc.pronoun)
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

    def _link(self, desc: Description, span: Span, att: Attribution) -> Entity | None:
        kind = desc.kind
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
        if PRONOUN_GROUP.fullmatch(span.slice(self.text)):  # "they all", "both of them": as "they"
            return self._pronoun(describe("they", self.lex, shared=True), span, att)
        if kind == "none" and AGE_TITLE.fullmatch(span.slice(self.text)):
            found = self._recent_person(span.start)  # "the 43-year-old": the person just spoken of
            if found is not None:
                return found
        lead = LEAD_PRONOUN.match(self.text, span.start, span.end)
        if lead is not None and kind in ("group", "descriptor", "none"):
            # "she and European leaders": the group's main member is the person the pronoun names.
            head = describe(lead.group(1), self.lex)
            found = self._pronoun(head, Span(span.start, span.start + len(lead.group(1))), att)
            if found is not None and found.kind == "person" and not found.plural:
                return found
        if kind == "person":
            if not desc.roles and desc.gender == "unknown" and not desc.plural:
                self.occurrences()
                org = self.first_org.get(desc.name)
                if org is not None:
                    return self._org_entity(org.desc, span.start)
            return self._person_entity(desc, span.start)
        if kind == "group" and desc.words == 1 and desc.name:
            person = self._first_full(span.slice(self.text).lower())  # "Cuban" after "Mark Cuban"
            if person is not None:
                return self._person_entity(person.desc, span.start)
        if kind in ("org", "country"):
            if desc.words == 1 and desc.name:
                person = self._first_full(span.slice(self.text).lower())
                if person is not None:
                    return self._person_entity(person.desc, span.start)
            return self._org_entity(desc, span.start)
        if kind in ("doc", "descriptor", "group"):
            found = self._owner_of_words(span, att)
            if found is not None:
                return found
        if kind == "descriptor" and len(desc.back_names) == 1 and not desc.plural:
            name = desc.back_names[0]  # "Former senator Ada M. Brell": a title, then the name
            mention = TRAILING_PARENS.sub("", span.slice(self.text).rstrip(" ,"))  # "... Ada Brell (R-Ohio)"
            # ... but not "a spokesman for Senator Ada Brell": the name is whose the speaker is.
            if mention.endswith(name) and not COMPLEMENT.search(mention[:-len(name)]):
                sub = describe(name, self.lex)
                if sub.kind == "person" and not sub.plural:
                    return self._person_entity(sub, span.start)
        if kind in ("descriptor", "group", "none"):
            found = self._counted_group(desc, span)
            if found is not None:
                return found
        if kind == "doc":
            return self._doc(desc, span)
        if kind in ("descriptor", "group"):
            return self._descriptor(desc, span)
        return self._entity("text:" + desc.text.lower(), "none", desc.text, span.start)

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

    def _owner_of_words(self, span: Span, att: Attribution | None) -> Entity | None:
        """'his statement', 'her account', 'their campaign', 'excerpts of his speech', 'the
        nominee's campaign': whoever the possessive refers to is the source (the words are theirs)."""
        m = OWNED_WORDS.match(self.text, span.start, span.end)
        inner = OWNED_INSIDE.match(self.text, span.start, span.end) if m is None else None
        if inner is not None:
            m = OWNED_WORDS.match(self.text, inner.end(), span.end)
            named = NAME_OWNED.match(self.text, inner.end(), span.end) if m is None else None
            sub = describe(named.group(1), self.lex, shared=True) if named else None
            if sub is not None and sub.kind == "person" and not sub.plural:
                return self._person_entity(sub, span.start)  # "pages of Ada Brell's emails"
        if m is None:
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
        if m is not None:
            size, untyped = GROUP_SIZES[(m.group(1) or m.group(2)).lower()], {""}
            floor = self._sentence_floor(span.start)
        elif desc.definite and desc.plural and desc.head in desc.roles and desc.words <= BARE_TITLE_WORDS \
                and types and _person_title(desc, self.lex):
            # "the candidates": at least two people of that title's type spoken of within TITLE_REACH.
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

    def _org_entity(self, desc: Description, pos: int) -> Entity:
        key = desc.name.lower().removeprefix("the ")
        found = self._known_org(desc, key)
        if found is not None:
            return found
        ent = self._entity("org:" + key, desc.kind, desc.name, pos)
        self.occurrences()
        ent.context = [o.desc for o in self.occ_by_name.get((desc.kind, desc.name), ())]
        return ent

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

    def _doc(self, desc: Description, span: Span) -> Entity:
        """A statement, report or poll: its issuer's source when the text links them, else a DOC source
        (with the issuer written right after the mention, if any)."""
        if desc.head in SPEAKER_DOCS and not desc.modifiers and not desc.back_orgs and not desc.back_names:
            found = self._latest_named(span.start)  # "Transcript as follows:" after "Brell said"
            if found is not None:
                return found
        ent = self._doc_of(desc, span)
        if ent.kind == "doc" and not ent.issuers:
            issuer = self._issuer_after(span.end)
            if not issuer and desc.definite and not desc.another and not desc.back_orgs:
                found = self._latest_named(span.start)  # "the survey" of the agency just spoken of
                issuer = found.name if found is not None else ""
            if not issuer and desc.definite and not desc.another and desc.head in POLL_HEADS:
                issuer = self._poll_named_before(span.start)  # "in the survey" after "an ABC News poll"
            if issuer:
                ent.issuers.append(issuer)
        return ent

    def _poll_named_before(self, pos: int) -> str:
        """'... an ABC News/Washington Post poll released Sunday ... in the survey': the name of the
        last poll written within POLL_REACH characters before a definite poll mention; empty when none."""
        last = ""
        for m in NAMED_POLL.finditer(self.text, max(0, pos - POLL_REACH), pos):
            words = m.group(1).split()
            while words and words[0].lower() in POLL_DETERMINERS:
                words.pop(0)
            if words:
                last = " ".join(words)
        return last

    def _headline_subject(self, desc: Description, span: Span) -> Entity | None:
        """'Lawmaker urges ...' in the headline: the first person named in the text right after it
        (HEADLINE_REACH characters), when that person has the title's type."""
        typed = best_type(desc.evidence)
        if typed is None:
            return None
        occs = self.occurrences()
        lo = bisect_left(self.occ_starts, span.end)
        hi = bisect_left(self.occ_starts, span.end + HEADLINE_REACH)
        for occ in occs[lo:hi]:
            if occ.desc.kind == "person" and not occ.desc.plural:
                ent = self._from_occurrence(occ)
                return ent if _entity_type(ent) == typed[0] and _same_gender(ent, desc) else None
        return None

    def _latest_named(self, pos: int) -> Entity | None:
        """The named source spoken of last, within a pronoun's reach: what a definite description of
        a thing ("the move", "the filing") belongs to when the article gives it no other owner."""
        for ent in self._recent(self._sentence_floor(pos)):
            if ent.kind in ("person", "org", "country") or ent.kind == "doc" and ent.issuers:
                return ent
        return None

    def _subject_after(self, pos: int) -> Entity | None:
        """'In a statement announcing the pick, [the Association of Flight Attendants] called ...': the
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

    def _doc_of(self, desc: Description, span: Span) -> Entity:
        cue_word = desc.head.split()[-1] if desc.head else ""
        issued = cue_word in ISSUED_HEADS and (desc.definite or cue_word in ("statement", "release"))
        if issued:
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
                if any(cue_word in c for c in summary.cues) or desc.head in summary.doc_heads:
                    return ent
            for ent in self._recent() if cue_word != "report" else ():
                if cue_word in self._mention_sentence_words(ent):
                    return ent
        if desc.definite and not desc.modifiers and not desc.another:
            for ent in self._recent():  # "The poll" after "a new Quinnipiac poll": the same poll
                if ent.kind == "doc" and desc.head in ent.summary().doc_heads:
                    return ent
        key = "doc:" + cue_word + ":" + ",".join(desc.modifiers).lower()
        if desc.another or (not desc.definite and not desc.modifiers):
            key += f"@{span.start}"
        ent = self._entity(key, "doc", _clean_name(desc.text), span.start)
        ent.issuers = [n for n in desc.modifiers]
        return ent

    # -- building the Source objects ------------------------------------------------------
    def to_source(self, ent: Entity, sid: str, sentences: tuple[Sentence, ...]) -> Source:
        body_org = None if ent.kind in ("person", "org", "country") else self._org_by_word(ent)
        if body_org is not None:
            ent.context.append(replace(body_org, kind="descriptor"))
        type_, official = _type(ent)
        named = ent.kind in ("person", "org", "country") or (ent.kind == "doc" and bool(ent.issuers)) \
            or any(d.members_named for d in ent.descs)
        affiliation = _affiliation(ent)
        if not affiliation and ent.kind == "person" and not ent.plural:
            org = self._org_by_word(ent)
            affiliation = (org.affiliation or org.name) if org is not None else ""
        if not affiliation and type_ in ("GOV", "SEC", "JUD") and official:
            affiliation = self._dateline_country()
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
        for word in words:
            for occ in self._orgs_by_last_word().get(word, ()):
                names.setdefault(occ.desc.name, occ.start)
        mentioned = " ".join(d.text for d in ent.descs)
        for word in words:  # organisations written inside longer names ("European Commission spokeswoman")
            cap = word.capitalize()
            if word.isalpha() and cap in mentioned:
                for lead_start, name in self._names_ending(cap):
                    names.setdefault(name, lead_start)
        if not names:
            return None
        best = max(names, key=lambda n: (self._count(n), -names[n]))
        org = describe(best, self.lex, shared=True)
        return org if org.kind == "org" else None

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

    def _dateline_country(self) -> str:
        """Officials with no stated country in a story datelined in a capital belong to that country."""
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

    def _described(self, desc: Description, span: Span) -> Entity | None:
        """The source or body name a definite singular description refers back to, if any."""
        if not (desc.definite and not desc.plural and desc.head):
            return None
        found = self._by_title(desc.head, span.start)
        bare = not desc.affiliation and desc.words <= BARE_TITLE_WORDS
        if found is None and bare:
            found = self._by_org_word(desc.head, span.start)
        if found is None and (bare or _person_title(desc, self.lex)):
            found = self._by_type(desc, span.start)
        if found is None and _unknown_person_noun(desc):
            found = self._recent_person(span.start)
        return found

    def _descriptor(self, desc: Description, span: Span) -> Entity:
        found = self._described(desc, span)
        if found is None and _thing_description(desc, self.lex):
            found = self._latest_named(span.start)
        if found is None and not desc.plural and self.text.find("\n", 0, span.start) < 0 \
                and _person_title(desc, self.lex):
            found = self._headline_subject(desc, span)
        if found is not None:
            return found
        key = "desc:" + _normal(_clean_name(desc.text))
        if desc.another:
            key += f"@{span.start}"
        ent = self._entity(key, desc.kind, _clean_name(desc.text), span.start)
        ent.plural = desc.plural
        ent.person_like = not desc.plural and _person_title(desc, self.lex)
        if not ent.modifiers:
            # "an adviser to Hillary Clinton": the person after a title is its principal, as the
            # name before it is ("Clinton adviser"); a specific title still outranks it (_evidence).
            principals = desc.modifiers + (desc.back_names if desc.roles else [])
            ent.modifiers = [self._modifier(m, span.start) for m in dict.fromkeys(principals)]
        return ent

    def _by_title(self, head: str, pos: int) -> Entity | None:
        """'the spokesman' -> the latest source (or named person in the body) holding that title."""
        for ent in self._recent():
            if any(_title_fits(head, r) for r in ent.roles()):
                return ent
        whole, words, spokes = self._title_index()
        norm = TITLE_SYNONYMS.get(head, head)
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
        for ent in self._recent():
            if ent.kind == "org" and not words.isdisjoint(ent.name.lower().split()):
                return ent
        occs = self.occurrences()
        lo, hi = bisect_left(self.occ_starts, pos - TITLE_REACH), bisect_left(self.occ_starts, pos)
        for occ in reversed(occs[lo:hi]):
            if occ.desc.kind == "org" and not words.isdisjoint(occ.desc.name.lower().split()):
                return self._org_entity(occ.desc, occ.start)
        return None

    def _recent_person(self, pos: int) -> Entity | None:
        """'the self-described libertarian': a definite description of a person the
        lexicon has no title for refers back to the person just spoken of (the latest named
        person within the pronoun reach)."""
        floor = self._sentence_floor(pos)
        for ent in self._recent(floor):
            if ent.kind == "person" and not ent.plural:
                return ent
        occs = self.occurrences()
        lo, hi = bisect_left(self.occ_starts, floor), bisect_left(self.occ_starts, pos)
        for occ in reversed(occs[lo:hi]):
            if occ.desc.kind == "person" and not occ.desc.plural:
                return self._from_occurrence(occ)
        return None

    def _by_type(self, desc: Description, pos: int) -> Entity | None:
        """'the agency', 'the Republican nominee': the latest body entity of the title's type."""
        typed = best_type(desc.evidence)
        if typed is None:
            return None
        person = _person_title(desc, self.lex)
        want = ("person",) if person else ("org", "country")
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
        if person and typed[0] in POLITICAL:
            return self._political_near(desc, pos)
        return None

    def _political_near(self, desc: Description, pos: int) -> Entity | None:
        """'the New Jersey governor' for a governor on the campaign trail (listed POL at that date): the
        person spoken of last, within a pronoun's reach, when that person is political (GOV or POL)."""
        floor = self._sentence_floor(pos)
        last: tuple[int, Entity | Occurrence] | None = None
        for p, ent in self._recent_with_pos(floor):
            if ent.kind == "person" and not ent.plural:
                last = (p, ent)
                break
        occs = self.occurrences()
        lo, hi = bisect_left(self.occ_starts, floor), bisect_left(self.occ_starts, pos)
        for occ in reversed(occs[lo:hi]):
            if occ.desc.kind == "person" and not occ.desc.plural:
                if last is None or occ.start > last[0]:
                    last = (occ.start, occ)
                break
        if last is None:
            return None
        ent = last[1] if isinstance(last[1], Entity) else self._from_occurrence(last[1])
        return ent if _entity_type(ent) in POLITICAL and _same_gender(ent, desc) else None

    # -- pronouns -------------------------------------------------------------------------
    def _pronoun(self, desc: Description, span: Span, att: Attribution) -> Entity | None:
        want = desc.pronoun
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
            if desc.text.lower() in ("which", "that") or _after_common_noun(self.text, span.start):
                return self._noun_before(span)  # "a Los Angeles Times panel that ...", "elders, who"
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
            items.sort(key=lambda c: c[0])
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

    def _quoted(self, pos: int) -> bool:
        """Is ``pos`` inside a quotation (found once per article)?"""
        if self._quotes is None:
            self._quotes = [(m.start(), m.end()) for m in QUOTED.finditer(self.text)]
            self._quote_starts = [q[0] for q in self._quotes]
        i = bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self._quotes[i][1] > pos

    def _first_fit(self, pool: Iterator, want: str, named_only: bool) -> Entity | Occurrence | None:
        """The first source or body name in ``pool`` the pronoun fits (a name already linked to a
        source counts as that source, so its known gender decides)."""
        for item in pool:
            if isinstance(item, Occurrence):
                if want in ("man", "woman") and self._name_as_modifier(item):
                    continue  # "the Obama administration" is not who "he" is
                item = self._known(item) or item
            if _fits(want, item, named_only):
                return item
        return None

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
        if sub.kind in ("person", "org", "country"):
            return self._link(sub, Span(start, end), None)
        ent = self._entity("desc:" + _normal(sub.text), sub.kind if sub.kind != "none" else "descriptor",
                           _clean_name(sub.text), span.start)
        if not ent.descs:
            ent.descs.append(sub)
        ent.plural = sub.plural
        return ent

    def _sentence_floor(self, pos: int) -> int:
        """Start of the sentence two before the one holding ``pos``: a pronoun's usual reach."""
        starts = self.starts
        i = max(0, bisect_right(starts, pos) - 1)
        return starts[max(0, i - PRONOUN_REACH)] if starts else 0

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

    # -- owners --------------------------------------------------------------------------
    def _is_owner(self, desc: Description, span: Span) -> bool:
        text = _normal(span.slice(self.text))
        if not text or desc.kind == "pronoun":
            return False
        if OWN_VOICE.match(text):
            return True
        name = _normal(desc.name) if desc.name else text
        return any(name == o or text == o or text.startswith(o + " ")
                   or (len(name) > 3 and (o.startswith(name + " ") or name in o.split()))
                   for o in self.owners)


def _word_before(text: str, floor: int, pos: int) -> str:
    """The word ([\\w.]+) that whitespace separates from ``pos``, not reaching before ``floor``."""
    end = pos
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end == pos:
        return ""
    start = end
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    return text[start:end]


def _add_once(items: list, item: object) -> None:
    if not items or items[-1] is not item:
        items.append(item)


def _latest_before(items: list[Occurrence], pos: int) -> Occurrence | None:
    """The last of ``items`` (in text order) starting before ``pos``."""
    i = _bisect_start(items, pos)
    return items[i - 1] if i else None


def _bisect_start(items: list[Occurrence], pos: int) -> int:
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _unknown_person_noun(desc: Description) -> bool:
    """A head noun that names a person by what they do or are ("libertarian", "campaigner") but is
    no title in the lexicon, with nothing that ties it to anyone else."""
    head = desc.head
    return bool(head) and head not in desc.roles and head.endswith(PERSON_SUFFIXES) and \
        not (desc.modifiers or desc.back_names or desc.back_orgs or desc.affiliation)


def _thing_description(desc: Description, lex: Lexicon) -> bool:
    """'The move', 'the policies': a definite description of a thing (no person, title, name or
    vague head), which refers back to something the article has already tied to someone."""
    return desc.definite and bool(desc.head) and desc.head not in lex.vague and not (
        desc.roles or desc.modifiers or desc.back_names or desc.back_orgs or desc.affiliation
        or desc.head.endswith(PERSON_SUFFIXES))


def _poll_share(ent: Entity) -> bool:
    """A share of the public in a poll ("63 percent of Americans"), not of officials or experts."""
    def share_of_someone(text: str) -> bool:  # "73 percent" alone is a figure (DOC), not people
        m = POLL_SHARE.match(text.strip())
        return bool(m) and bool(text.strip()[m.end():].strip())

    if not ent.descs or not all(share_of_someone(d.text) for d in ent.descs):
        return False
    return all(r in PUBLIC_ROLES for d in ent.descs for r in d.roles if r not in DOC_ROLES)


def _after_common_noun(text: str, pos: int) -> bool:
    """Does a lower-case word (and perhaps a comma) come right before ``pos``? ("party elders, who")"""
    m = WORD_BEFORE_REL.search(text, max(0, pos - 40), pos)
    return bool(m) and m.group(1)[0].islower() and m.group(1).lower() not in NOUN_STOPS


def _heads_names(desc: Description) -> list[str]:
    """Names after the head that say whose the person is ("a top adviser to Sanders"), not names
    in a relative clause ("a union that backs Senator Brell")."""
    rel = THING_CLAUSE.search(desc.text)
    if rel is None:
        return desc.back_names
    return [n for n in desc.back_names if 0 <= desc.text.find(n) < rel.start()]


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _merge(desc: Description, extra: Description) -> None:
    """Titles written around a name ("Republican nominee" Donald Trump, ", a spokesman for ...")."""
    if extra.kind == "pronoun":
        return
    desc.roles += extra.roles
    desc.evidence += extra.evidence
    desc.back_names += extra.modifiers + extra.back_names  # "a top adviser to Sanders"
    desc.affiliation = desc.affiliation or extra.affiliation
    if desc.gender == "unknown" and extra.gender != "unknown" and not extra.plural:
        desc.gender = extra.gender


def _members(desc: Description) -> list[Description]:
    """'Sens. Jon Tester and David Vitter' -> one description per person, sharing the titles."""
    if not desc.plural or " and " not in desc.name:
        return [desc]
    out = []
    for name in desc.name.split(" and "):
        member = copy(desc)
        member.name, member.plural, member.gender = name.strip(), False, "unknown"
        out.append(member)
    return out


def _clean_name(text: str) -> str:
    """A descriptor as a name: up to its first comma, without stray punctuation around it."""
    head = text.split(",")[0]
    return head.strip(" \t\n-–—:;\"'“”‘’()") or text.strip()


def _owner_names(article: Article) -> list[str]:
    meta = article.metadata
    names = [meta.outlet, meta.agency, *meta.authors]
    out = []
    for n in names:
        n = _normal(n)
        if n:
            out.append(n)
            if n.startswith("the "):
                out.append(n[4:])
    return out


@lru_cache(maxsize=4096)
def _normal(text: str) -> str:
    words = NORMAL_WORD.findall(text.lower())
    while words and words[0] in ("the", "a", "an", "one", "some"):
        words = words[1:]
    return " ".join(words)


def _short_form(a: str, b: str) -> bool:
    """'The Post' for 'The Washington Post'; 'Times' for 'The New York Times'."""
    a, b = _normal(a), _normal(b)
    return bool(a and b) and (a.endswith(" " + b) or b.endswith(" " + a))


def _first_names_agree(a: str, b: str) -> bool:
    pa, pb = a.split(), b.split()
    if len(pa) < 2 or len(pb) < 2:
        return True
    return pa[0].lower() == pb[0].lower() or pa[0][:1] == pb[0][:1] and (pa[0].endswith(".") or pb[0].endswith("."))


def _title_fits(head: str, role: str) -> bool:
    head, role = TITLE_SYNONYMS.get(head, head), TITLE_SYNONYMS.get(role, role)
    if head == role or (head in SPOKES and role in SPOKES):
        return True
    return head in role.split() and len(head) > 3


def _fits(want: str, item: Entity | Occurrence, named_only: bool = False) -> bool:
    if isinstance(item, Entity):
        kind, plural = item.kind, item.plural
        gender = _gender_votes(item)
    else:
        kind, plural, gender = item.desc.kind, item.desc.plural, {item.desc.gender} - {"unknown"}
    if want in ("man", "woman", "self", "you"):
        person = kind == "person" or not named_only and isinstance(item, Entity) and item.person_like
        return person and not plural and (not gender or gender == {want} or want in ("self", "you"))
    if want == "plural":
        return plural or kind in ("org", "country", "group")
    if want == "thing":
        return kind in ("org", "country", "doc") and not plural
    if want == "rel":
        return kind in ("person", "org", "country", "group", "descriptor")
    return False


def _word_start(text: str, start: int, limit: int) -> int:
    while start < limit and start > 0 and not text[start - 1].isspace():
        start += 1
    return start


def _clause_start(text: str, start: int, limit: int) -> int:
    """Cut the look-back at the last clause break so titles come from the same phrase."""
    cut = -1
    for ch in CLAUSE_BREAKS:
        i = text.rfind(ch, start, limit)
        if i > cut:
            cut = i
    return cut + 1 if cut >= 0 else start


# -- attributes -----------------------------------------------------------------------------

def _same_gender(ent: Entity, desc: Description) -> bool:
    """Can a gendered title ("the spokeswoman") refer to this entity (no vote for the other gender)?"""
    if desc.gender not in ("man", "woman"):
        return True
    votes = _gender_votes(ent)
    return not votes or desc.gender in votes


def _gender_votes(ent: Entity) -> set[str]:
    if (ent.kind != "person" and not ent.person_like) or ent.plural:
        return set()
    if ent.person is not None and ent.person.gender in ("man", "woman"):
        return {ent.person.gender}  # a listed public figure: the list knows better than stray pronouns
    d = ent.summary()
    votes = d.desc_genders | d.ctx_genders | d.pronoun_genders
    if ent.person is not None:
        votes = votes | {ent.person.gender}
    return votes - {"unknown", "-"}


def _gender(ent: Entity, lex: Lexicon) -> str:
    votes = _gender_votes(ent)
    if len(votes) == 1:
        return votes.pop()
    if not votes and ent.kind == "person" and not ent.plural and len(ent.name.split()) > 1:
        return lex.first_names.get(ent.name.split()[0].lower(), "unknown")
    return "unknown"


def _person_title(desc: Description, lex: Lexicon) -> bool:
    entries = lex.phrases.get(tuple(desc.head.split()), []) if desc.head else []
    return any(e.kind == "role" and e.person for e in entries)


def _entity_type(ent: Entity) -> str:
    typed = best_type(_evidence(ent))
    return typed[0] if typed else ""


def _evidence(ent: Entity) -> list[tuple[float, str, bool | None]]:
    """The evidence ``best_type`` decides on: the first strongest item of the mentions' own
    descriptions, the principals, the body's, then the listed person."""
    d = ent.summary()
    ev = [d.best_desc] if d.best_desc is not None else []
    for mod in ent.modifiers:  # the principal ("Carter's press secretary") before what the body says
        if mod is not None and mod.person is not None:
            ev.append((PRIO_ORG, mod.person.type, None))  # an aide of a GOV principal is official
    if d.best_ctx is not None:
        ev.append(d.best_ctx)
    if ent.person is not None:
        ev.append((PRIO_PERSON_LIST, ent.person.type, ent.person.official))
    return ev


def _affiliation(ent: Entity) -> str:
    """The mention's own affiliation, then a listed figure's, then what the body says around the name."""
    for d in ent.descs:
        if d.affiliation:
            return d.affiliation
    if ent.person is not None and ent.person.affiliation:
        return ent.person.affiliation
    for d in ent.context:
        if d.affiliation:
            return d.affiliation
    for mod in ent.modifiers:
        if mod is not None and mod.person is not None:
            return mod.person.affiliation
    return ""


def _identification(ent: Entity, named: bool, lex: Lexicon) -> str:
    if ent.kind == "person" and named:
        described = any(d.roles or d.affiliation or d.appositive for d in ent.descs + ent.context) or any(ent.modifiers)
        return "full" if described else "partial"
    if named:
        return "partial"
    descs = ent.descs
    if not descs:
        return "vague"
    informative = any(d.roles or d.affiliation or d.modifiers for d in descs)
    vague_head = all(d.head in lex.vague or not d.head for d in descs)
    return "vague" if vague_head and not informative else "described"


def _anonymity(ent: Entity, text: str, sentences: tuple[Sentence, ...], lex: Lexicon,
               starts: list[int] | None = None) -> Span | None:
    """Where the text says why the source is not named (a reason, not just the request)."""
    starts = starts if starts is not None else [s.span.start for s in sentences]
    for mention in ent.mentions:
        i = bisect_right(starts, mention.start) - 1
        if i < 0 or not sentences[i].span.start <= mention.start < sentences[i].span.end:
            continue
        sent = sentences[i].span
        if lex.anonymity_hint is not None and not lex.anonymity_hint.search(text[sent.start:sent.end].lower()):
            continue
        for pattern in lex.anonymity:
            m = pattern.search(text, sent.start, sent.end)
            if m:
                end = CLAUSE_END.search(text, m.end(), sent.end)
                stop = end.start() if end and end.start() > m.start() else sent.end
                return Span(m.start(), stop)
    return None


def _single_gender(text: str) -> str:
    found = {("man" if p in ("he", "him", "his", "himself") else "woman") for p in CLAUSE_PRONOUN.findall(text)}
    return found.pop() if len(found) == 1 else ""


def _person_entity(ent: Entity, lex: Lexicon) -> bool:
    return any(_person_title(d, lex) for d in ent.descs)


def _type(ent: Entity) -> tuple[str, bool]:
    if ent.kind not in ("person", "org", "country") and _poll_share(ent):
        return "CIT", False
    if ent.kind not in ("person", "org", "country") and ent.descs and all(
            POLL_SHARE.fullmatch(d.text.strip()) for d in ent.descs):
        # "73 percent said": the respondents speak (CIT), as in 6 of the 7 bare shares
        # labelled in notes/sources_dev* sets A-M.
        return "CIT", False
    if ent.kind == "doc" and ent.name.lower() in NEWS_REPORTS:
        return "MED", False
    typed = best_type(_evidence(ent))
    if typed is None:
        # A named person the article gives no role for is, in news prose, mostly a private
        # person quoted for their experience (vox pops, letters): CIT. Checked on
        # notes/sources_dev (PolNeAR dev mentions).
        default = "DOC" if ent.kind == "doc" else "CIT" if ent.kind == "person" and not ent.plural else "OTH"
        if ent.kind not in ("person", "org", "country", "doc") and ent.name.lower() in GENERAL_PUBLIC:
            default = "CIT"  # "many people", "everyone": the public at large
        return default, False
    type_, official = typed
    if official is None:
        official = type_ in OFFICIAL_TYPES
    if ent.kind == "doc" and type_ == "MED" and not ent.summary().doc_heads & POLL_HEADS:
        return "MED", False  # "a report from WKOW": a news story (DESIGN §6); a media poll stays DOC
    if ent.kind == "doc" and type_ not in ("DOC", "SOC"):
        # A document is DOC; it is official when a public body issued it.
        type_, official = "DOC", type_ in OFFICIAL_TYPES
    return type_, bool(official)


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
    out = tuple(_with_source(a, ids[id(linked[a.id])]) if a.id in linked else a for a in attributions)
    return out, sources
