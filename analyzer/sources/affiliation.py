"""A source's affiliation made tidy: a country's canonical name or an organisation's name.

In: the raw affiliations a source's descriptions gave, best first (a capitalised run's text, a
listed body's country), the ``Lexicon``, and the source's own name.
Out: ``clean_affiliation`` -> a country ("US" for "Tampa, Fla."), an organisation ("Fox News" for
"Fox News Vice President"), or "" when the words name neither: a title alone, a name glued to a
place, a headline fragment, the source's own name. ``first_affiliation`` -> the first raw
affiliation that survives the cleaning. ``issuer_affiliation`` -> a document's, from its issuers'
names. ``listed_country`` -> the country the lists give a body named as an affiliation.
``us_party_member`` -> whether a source's roles or words make it one of the US parties'
people. ``with_home_country`` -> the sources, those of no stated side given the country the story's
placed sources share.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from analyzer.model import Source
from analyzer.sources.describe import PARTY_ROLES
from analyzer.sources.lexicon import TOKEN, Lexicon, fold

# The two US parties: "Presumptive Democratic", "Orlando Republican" are cut from "Presumptive
# Democratic nominee ..." and "Orlando Republican Rep. ...": the party, so the country.
US_PARTY_WORDS = {"democratic", "democrat", "democrats", "republican", "republicans", "gop"}
# Other countries' parties end in the same words ("Liberal Democrats", "Christian Democratic").
FOREIGN_PARTY_LEADS = {"liberal", "social", "christian", "sweden", "free", "new", "european", "national"}
# Words naming the US parties' people ("the Democrats seeking his seat"; the roles are describe's
# PARTY_ROLES), unless another country's party or a state's name is written ("the Social Democrats",
# "the Democratic Republic of ...", "the Republican Guard").
US_PARTY_WORD = re.compile(r"\b(?:Democrats?|Democratic|Republicans?|GOP)\b")
FOREIGN_PARTY = re.compile(rf"\b(?:{'|'.join(sorted(FOREIGN_PARTY_LEADS))})\s+Democra|"
                           r"\bDemocratic\s+Republic|\bRepublican\s+Guard", re.I)
# "William Ade of Velm University": a person of a body; the body is the affiliation.
PERSON_OF = re.compile(r"^(?P<who>(?:[A-Z][\w.'’-]*\s+){1,4})of\s+(?:the\s+)?(?P<body>[A-Z].*)$")
# Words that cannot end a body's name: the phrase was cut short ("National Director of").
DANGLING = re.compile(r"\s(?:of|the|and|for|to|in|at|on|a)$", re.I)
PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,5}")
POSSESSIVE_TAIL = re.compile(r"['’]s\s+(?P<role>.+)$")
# A story's country: the one that at least HOME_MIN of its placed sources, and HOME_SHARE of them,
# belong to. Its unplaced officials, politicians and bodies of HOME_TYPES are taken to be of it, as a
# reader takes the candidates of a US primary story to be American. Media, experts, documents and
# vague sources are left alone: readers name an outlet, a university or an issuer for those, or
# nothing. Calibrated on the affiliation labels of one PolNeAR train sample (docs/annotating_sources.md):
# recall rose from 0.67 to 0.80 with precision unchanged (0.91); 0.6, 0.75 and 0.9, and a minimum of
# 2 or 3, were within 1 point of each other, and the strictest share that kept recall was chosen.
HOME_MIN = 2
HOME_SHARE = 0.9
HOME_TYPES = {"POL", "GOV", "JUD", "SEC", "NGO", "BUS"}
# Official sources placed only by a body's name take the story's country instead.
STATE_TYPES = {"GOV", "SEC", "JUD"}
# Bodies that speak for themselves: a named company, outlet, group or research body is its own
# affiliation, not its country (docs/annotating_sources.md: "its own name, then its country").
OWN_NAME_TYPES = {"BUS", "MED", "NGO", "EXP"}
# Heads of groups of several states, which no one country's name fits.
MANY_STATES = {"countries", "nations", "governments", "capitals"}
QUOTES = "\"“”‘’'"


def first_affiliation(raw: Iterable[str], lex: Lexicon, own_name: str = "") -> str:
    """The first of the raw affiliations that names a country or a body once cleaned, else ""."""
    for candidate in raw:
        cleaned = clean_affiliation(candidate, lex, own_name)
        if cleaned:
            return cleaned
    return ""


def with_home_country(sources: tuple[Source, ...], lex: Lexicon, dateline_country: str) -> tuple[Source, ...]:
    """The sources, with the story's country (see HOME_SHARE) given to those of no stated side; none
    when the dateline places the story in another country. Ordinary people take it only when every
    placed source is of that country: in a story that crosses a border, "witnesses" may be of either side."""
    placed = Counter(s.affiliation for s in sources if s.affiliation in lex.countries)
    if not placed:
        return sources
    home, n = placed.most_common(1)[0]
    if n < HOME_MIN or n / sum(placed.values()) < HOME_SHARE or dateline_country not in ("", home):
        return sources
    types = HOME_TYPES | ({"CIT"} if len(placed) == 1 else set())
    return tuple(replace(s, affiliation=home) if (not s.affiliation and s.type in types or _state_body(s, lex))
                 and s.identification != "vague" and not _many_states(s.name) else s for s in sources)


def _many_states(name: str) -> bool:
    """'at least 55 countries', 'foreign governments': several states, of no one country."""
    words = name.lower().split()
    return bool(words) and words[-1] in MANY_STATES


def _state_body(source: Source, lex: Lexicon) -> bool:
    """An official body or official placed only by a state body's name ("the Supreme Court", "Velm County
    Sheriff's Office"): a state's body speaks for its country (DESIGN §6). A listed body of another kind
    ("ISIS soldiers", "a Velm Herald legal analyst") keeps its name."""
    if not (source.official and source.type in STATE_TYPES and source.affiliation) \
            or source.affiliation in lex.countries:
        return False
    toks = TOKEN.findall(source.affiliation)
    n, entries = lex.lookup(toks, 0) if toks else (0, [])
    return not (n == len(toks) and entries and entries[0].kind in ("org", "outlet")
                and entries[0].type not in STATE_TYPES)


def issuer_affiliation(issuers: Iterable[str], lex: Lexicon) -> str:
    """A document's affiliation from the names of its issuers: the first listed body's or country's.
    A person's name, or a name the lists do not hold, says whose document it is, not for whom it speaks."""
    for name in issuers:
        toks = TOKEN.findall(_trim(name))
        listed = _whole(toks, lex) if toks else None
        if listed:
            return listed
    return ""


def listed_country(affiliation: str, lex: Lexicon) -> str:
    """The country the lists give a body named as an affiliation ("National Iranian Oil Company" -> Iran),
    else ""."""
    toks = TOKEN.findall(affiliation)
    if not toks or affiliation in lex.countries:
        return ""
    n, entries = lex.lookup(toks, 0)
    if n == len(toks) and entries and entries[0].kind in ("org", "outlet") and entries[0].affiliation in lex.countries:
        return entries[0].affiliation
    return ""


def us_party_member(roles: set[str], mentions: Iterable[str]) -> bool:
    """Whether a source is of a US party by its roles or words, and no mention names another country's party."""
    mentions = list(mentions)
    return (bool(roles & PARTY_ROLES) or any(US_PARTY_WORD.search(m) for m in mentions)) \
        and not any(FOREIGN_PARTY.search(m) for m in mentions)


def clean_affiliation(raw: str, lex: Lexicon, own_name: str = "") -> str:
    """A country's canonical name, an organisation's name, or "" (see the module docstring)."""
    place = _place_country(" ".join(raw.split()).strip(QUOTES + " ,;:"), lex)
    if place:
        return place
    text = _trim(raw)
    if not text or _is_own_name(text, own_name) or DANGLING.search(text) or re.fullmatch(r"\w\.?", text):
        return ""  # "National Director of", "U.": cut from a longer phrase
    if PARTY_STATE.fullmatch(text):
        return "US"  # "R-NY": a member of Congress's party and state
    toks = TOKEN.findall(text)
    whole = _whole(toks, lex)
    if whole is not None:
        return whole
    person_of = PERSON_OF.match(text)
    if person_of and _person_or_title(person_of.group("who").split(), lex):
        text = _trim(person_of.group("body"))
    possessive = POSSESSIVE_TAIL.search(text)
    if possessive and _title_tail(TOKEN.findall(possessive.group("role")), lex) == 0:
        text = text[: possessive.start()]  # "Velm Group's CEO"
    toks = TOKEN.findall(text)
    if not toks:
        return ""
    if fold(toks[-1]).rstrip(".") in US_PARTY_WORDS and len(toks) > 1 \
            and fold(toks[0]) not in FOREIGN_PARTY_LEADS and _whole(toks, lex) is None:
        return "US"
    cut = _title_tail(toks, lex)
    if cut < len(toks):
        toks = toks[:cut]
        if not toks:
            return ""
        text = text[: _end_of(text, toks)]
    whole = _whole(toks, lex)
    if whole is not None:
        return whole
    if len(toks) == 1 and toks[0].isupper() and fold(toks[0]) in lex.surnames:
        return ""  # "TRUMP:" in a headline is a name, not an acronym of a body
    return text


def _trim(raw: str) -> str:
    text = " ".join(re.sub(r"\([^()]*\)", " ", raw).split()).strip(QUOTES + " ,;:")
    if "(" in text:
        text = text.split("(")[0].strip()  # "Velm County (Ariz." cut inside its brackets
    # A sentence's full stop glued to a body's name ("Treaty of Vellmont."), not an abbreviation's
    # ("Co.", "Capt."): abbreviations are short.
    if re.search(r"\b[A-Z]?[a-z]{4,}\.$", text):
        text = text[:-1]
    return text


def _is_own_name(text: str, own_name: str) -> bool:
    """'Bloomberg' for Michael Bloomberg: the source's own name read as a body's."""
    if not own_name:
        return False
    words, own = fold(text).split(), fold(own_name).split()
    return bool(words) and len(words) <= len(own) and any(own[i:i + len(words)] == words for i in range(len(own)))


def _whole(toks: list[str], lex: Lexicon) -> str | None:
    """A listed country or body the words make up whole: its country, or its name."""
    n, entries = lex.lookup(toks, 0)
    if n != len(toks) or not entries:
        return None
    entry = entries[0]
    if entry.kind in ("country", "capital"):
        return entry.affiliation
    if entry.kind in ("org", "outlet"):
        return entry.affiliation or " ".join(toks)
    if entry.kind == "role":
        return ""  # "Treasury Secretary" with no body left: a title is no affiliation
    return None


def _place_country(text: str, lex: Lexicon) -> str:
    """'Tampa, Fla.', 'Houston, Texas': a place in a listed country or state is that country."""
    if "," not in text:
        return ""
    head, tail = text.rsplit(",", 1)
    tail_toks = TOKEN.findall(tail)
    if not tail_toks or not all(w[:1].isupper() for w in TOKEN.findall(head)):
        return ""
    n, entries = lex.lookup(tail_toks, 0)
    if n == len(tail_toks) and entries and entries[0].kind in ("country", "capital"):
        return entries[0].affiliation
    return ""


def _title_tail(toks: list[str], lex: Lexicon) -> int:
    """Where a capitalised title that ends the words starts ('Fox News Vice President' -> 2), else
    len(toks). One title only, and not a plural: "Velm Shooting Survivors" names a group, and the
    lists also hold words such as "News" that end bodies' names."""
    end = len(toks)
    if any(w.islower() for w in toks):
        return end  # "Coalition for Real Justice": a body's name, whatever its last word
    for start in range(max(0, end - 3), end):
        n, entries = lex.lookup(toks, start)
        if start + n == end and entries and entries[0].kind == "role" and entries[0].person \
                and toks[start][:1].isupper() and fold(toks[-1]).rstrip(".").endswith(entries[0].name.split()[-1]):
            return start
    return end


def _person_or_title(words: list[str], lex: Lexicon) -> bool:
    """'William Ade', 'Mayor Ada Vell', 'CEO': a given name or one person's title opens the words
    before "of" ("University of ...", "Friends of ..." are bodies)."""
    first = words[0].rstrip(".")
    if first in lex.first_names and len(words) > 1:
        return True
    n, entries = lex.lookup(words, 0)
    return bool(entries) and entries[0].kind == "role" and entries[0].person \
        and fold(words[n - 1]).rstrip(".").endswith(entries[0].name.split()[-1])


def _end_of(text: str, toks: list[str]) -> int:
    """Where the last of ``toks`` (the first tokens of ``text``) ends in ``text``."""
    pos = 0
    for tok in toks:
        pos = text.index(tok, pos) + len(tok)
    return pos
