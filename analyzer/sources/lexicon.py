"""The word lists the source resolver reads, loaded once and merged with the user config.

In: the data files in ``analyzer/lexicons/`` (roles.tsv, organisations.tsv, outlets.txt,
countries.tsv, people.tsv, first_names.tsv, honorifics.tsv, vague.txt, anonymity.txt) and
an optional ``UserConfig``.
Out: ``Lexicon`` — one phrase table (token tuples -> entries) for longest-match lookup, plus
the small sets and regexes the resolver needs. Cached per config path.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from analyzer.userconfig import OrgEntry, PersonEntry, RoleEntry, UserConfig, load_user_config

LEXICON_FILES = ("roles.tsv", "organisations.tsv", "outlets.txt", "countries.tsv", "people.tsv",
                 "first_names.tsv", "honorifics.tsv", "vague.txt", "anonymity.txt")
# Tokens: words with inner dots/apostrophes/hyphens ("U.S.", "O'Neill", "Jean-Pierre"),
# an optional final dot kept for abbreviations ("Maj.", "Sen.").
TOKEN = re.compile(r"\w+(?:[.'’\-]\w+)*\.?")
POSSESSIVE = re.compile(r"['’]s$")
# Place names ending in "s" that are not demonyms: "Texas said" is the state, not Texans.
PLURAL_COUNTRY_NAMES = {"united states", "philippines", "netherlands", "bahamas", "united arab emirates",
                        "palestinian authority", "belarus", "cyprus", "wales", "texas", "kansas", "arkansas",
                        "laos", "honduras", "maldives", "seychelles", "barbados", "mauritius", "illinois",
                        "massachusetts", "yemen"}
MAX_PHRASE = 6
# All-capital acronyms also written with full stops between the letters.
DOTTABLE = re.compile(r"[A-Z]{2,6}")


def fold(name: str) -> str:
    """A name's lookup key: lower case without accents, so "Calderón" finds "Calderon"."""
    if name.isascii():
        return name.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


class FoldedKeys(dict):
    """A dict of names keyed by ``fold``: lookups written with or without accents agree."""

    def __getitem__(self, key: str):
        return super().__getitem__(fold(key))

    def __setitem__(self, key: str, value) -> None:
        super().__setitem__(fold(key), value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(fold(key))

    def get(self, key: str, default=None):
        return super().get(fold(key), default)

    def setdefault(self, key: str, default=None):
        return super().setdefault(fold(key), default)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon meaning of a phrase."""

    kind: str  # role | org | outlet | country | capital | honorific
    name: str  # canonical form (organisation name, country, role term)
    type: str = "OTH"
    official: bool | None = None
    generic: bool = False
    gender: str = "-"
    person: bool = False
    affiliation: str = ""
    case_sensitive: bool = False
    demonym: bool = False  # a country alias naming its people ("Israelis"), not the state


@dataclass
class Lexicon:
    phrases: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # first word -> longest phrase length
    starts_any_case: set[str] = field(default_factory=set)  # lower-cased first words of entries of any case
    starts_as_written: set[str] = field(default_factory=set)  # first words of capitalised entries, as written
    body_starts: set[str] = field(default_factory=set)  # first words of capitalised bodies' names, as written
    given_names: set[str] = field(default_factory=set)  # folded given names of the name list and the people list
    people: dict[str, list[PersonEntry]] = field(default_factory=FoldedKeys)  # folded full name -> rows
    surnames: dict[str, set[str]] = field(default_factory=FoldedKeys)  # folded surname -> full names
    full_only: set[str] = field(default_factory=set)  # lower-cased names listed to match only in full
    first_names: dict[str, str] = field(default_factory=FoldedKeys)
    vague: frozenset[str] = frozenset()
    anonymity: tuple[re.Pattern, ...] = ()
    anonymity_hint: re.Pattern | None = None  # all of ``anonymity`` at once, for lower-cased text
    sides: dict[str, tuple[str, ...]] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)  # canonical country names, as affiliations give them
    digest: str = ""
    cache: dict = field(default_factory=dict)  # phrase -> Description (see describe.py)

    def add(self, phrase: str, entry: Entry) -> None:
        written = TOKEN.findall(phrase)
        key = tuple(t.lower() for t in written)
        if not key:
            return
        if entry.case_sensitive and entry.kind in ("org", "outlet"):
            self.body_starts.add(written[0].rstrip("."))
        elif entry.case_sensitive:
            self.starts_as_written.add(written[0].rstrip("."))
        else:
            self.starts_any_case.add(key[0].rstrip("."))
        # Mentions are read with possessives cut ("Trump's" -> "Trump"), so "People's Daily" is also
        # listed as "People Daily"; a closing possessive stays ("McDonald's" is not a Mr. McDonald).
        bare = tuple(POSSESSIVE.sub("", t) for t in key[:-1]) + key[-1:]
        for k in dict.fromkeys((key, bare)):
            self.phrases.setdefault(k, []).insert(0, entry)  # later (user) entries win
            first = k[0].rstrip(".")
            self.longest[first] = max(self.longest.get(first, 0), len(k))

    def starts_phrase(self, word: str) -> bool:
        """Does ``word``, as written, open a listed phrase (a title, a place, a body)? A capitalised entry
        counts only for its own spelling ("Help for Heroes" says nothing of "help Trump"), and a body's
        name never for a given name, of the name list or of a listed person ("James Cook University"
        leaves "James Vell" a name, and "Angus Reid" leaves "Angus King" one)."""
        bare = word.rstrip(".")
        return bare.lower() in self.starts_any_case or bare in self.starts_as_written or (
            bare in self.body_starts and fold(bare) not in self.given_names)

    def lookup(self, tokens: list[str], i: int, lower: list[str] | None = None) -> tuple[int, list[Entry]]:
        """Longest phrase starting at token ``i``: (length, entries whose case fits)."""
        lower = lower or [t.lower() for t in tokens]
        first = lower[i].rstrip(".")
        longest = self.longest.get(first)
        if longest is None:
            if (len(first) < 4 and first not in IRREGULAR_PLURALS) or not first.endswith(("s", "men", "people")):
                return 0, []
            longest = 1
        for n in range(min(longest, len(tokens) - i), 0, -1):
            words = tokens[i:i + n]
            key = tuple(lower[i:i + n])
            entries = self.phrases.get(key)
            if entries is None and key[-1].endswith("."):
                entries = self.phrases.get(key[:-1] + (key[-1][:-1],))
            if entries is None and n <= 2:
                entries = self._plural(key)
            if entries:
                fits = [e for e in entries if not e.case_sensitive or _same_case(e.name, words)]
                if fits:
                    return n, fits
        return 0, []

    def _plural(self, key: tuple[str, ...]) -> list[Entry] | None:
        last = key[-1]
        if last in IRREGULAR_PLURALS:  # too short for the suffix rules below
            found = self.phrases.get(key[:-1] + (IRREGULAR_PLURALS[last],))
            return [e for e in found if e.kind == "role"] if found else None
        for suffix, repl in (("ies", "y"), ("men", "man"), ("women", "woman"), ("people", "person"),
                             ("es", ""), ("s", "")):
            if last.endswith(suffix) and len(last) > len(suffix) + 2:
                found = self.phrases.get(key[:-1] + (last[: -len(suffix)] + repl,))
                if found:
                    return [e for e in found if e.kind == "role"]
        return None


def _same_case(name: str, words: list[str]) -> bool:
    """Entries written with capitals match only capitalised text ("WHO", not "who")."""
    parts = TOKEN.findall(name)
    if len(parts) == len(words) and parts and parts[0] == "The" and words[0] == "the":
        parts, words = parts[1:], words[1:]  # "the Independent" in running text is "The Independent"
    if len(parts) != len(words):
        return all(w[:1].isupper() for w in words if w[:1].isalpha()) or not any(c.isupper() for c in name)
    # A short acronym matches only in capitals: "UN", not the "Un" of "Kim Jong Un" or a "Who" opening a
    # question; longer ones may be written as words ("Nato", "Unicef").
    return all(w.isupper() if p.isupper() and 2 <= len(p) <= 3 and w.lower() == p.lower() else w[:1].isupper()
               for p, w in zip(parts, words) if p[:1].isupper())


def _rows(filename: str):
    text = resources.files("analyzer").joinpath("lexicons", filename).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def _yes(value: str) -> bool | None:
    value = value.strip().lower()
    return True if value == "yes" else False if value == "no" else None


def _pad(row: list[str], n: int) -> list[str]:
    return row + [""] * (n - len(row))


def _load_roles(lex: Lexicon, extra: tuple[RoleEntry, ...]) -> None:
    for row in _rows("roles.tsv"):
        term, type_, official, generic, gender, person = _pad(row, 6)[:6]
        lex.add(term, Entry("role", term, type_, _yes(official), _yes(generic) or False,
                            gender or "-", _yes(person) or False, case_sensitive=any(c.isupper() for c in term)))
    for r in extra:
        lex.add(r.term, Entry("role", r.term, r.type, r.official, r.generic, r.gender, r.person))


def _load_orgs(lex: Lexicon, extra: tuple[OrgEntry, ...], outlets: tuple[str, ...]) -> None:
    rows = [OrgEntry(r[0], r[1], r[2], _yes(r[3])) for r in (_pad(x, 4) for x in _rows("organisations.tsv"))]
    for org in rows + list(extra):
        entry = Entry("org", org.name, org.type, org.official, affiliation=org.affiliation,
                      case_sensitive=any(c.isupper() for c in org.name))
        lex.add(org.name, entry)
        if DOTTABLE.fullmatch(org.name):
            lex.add(".".join(org.name), entry)  # "F.B.I." (New York Times style) is "FBI"
    for (name,) in (r[:1] for r in _rows("outlets.txt")):
        lex.add(name, Entry("outlet", name.strip(), "MED", False, case_sensitive=True))
    for name in outlets:
        lex.add(name, Entry("outlet", name, "MED", False, case_sensitive=True))


def _load_countries(lex: Lexicon, extra: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
    rows = [(_pad(r, 3)[0], _pad(r, 3)[1].split(","), _pad(r, 3)[2].split(",")) for r in _rows("countries.tsv")]
    rows += [(name, list(aliases), []) for name, aliases in extra]
    for canonical, aliases, capitals in rows:
        lex.countries.add(canonical)
        for alias in [canonical] + [a.strip() for a in aliases if a.strip()]:
            demonym = alias.endswith(("s", "men")) and " " not in alias and alias.lower() not in PLURAL_COUNTRY_NAMES
            lex.add(alias, Entry("country", canonical, "GOV", True, affiliation=canonical,
                                 case_sensitive=True, demonym=demonym))
        for capital in (c.strip() for c in capitals if c.strip()):
            lex.add(capital, Entry("capital", canonical, "GOV", True, affiliation=canonical, case_sensitive=True))


IRREGULAR_PLURALS = {"men": "man", "women": "woman"}
# A given name written last, as in East Asian order: "Ban Ki-moon" is "Mr. Ban".
GIVEN_NAME_LAST = re.compile(r"[A-Z][a-z]+-[a-z]+$")
GENERATION_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def generation(parts: list[str]) -> str:
    """A name's generational suffix ("Jr.", "III"), lower-cased without its full stop, or "".
    A surname with a suffix ("Trump Jr.") has one too."""
    last = parts[-1].lower().rstrip(".") if parts else ""
    return last if len(parts) > 1 and last in GENERATION_SUFFIXES else ""


# Queen's or King's Counsel written after a barrister's name.
COUNSEL_TITLES = {"QC", "KC"}


@lru_cache(maxsize=8192)
def surname_of(name: str) -> str:
    """The lower-cased part of a full name used alone: the last word, or the first word when
    the last is a hyphenated given name ("Ban Ki-moon", "Kim Jong-un")."""
    parts = name.split()
    if generation(parts) or len(parts) > 1 and parts[-1] in COUNSEL_TITLES:
        parts = parts[:-1]  # "Donald Trump Jr.": Trump; "Ada Vell QC": Vell
    if len(parts) == 2 and GIVEN_NAME_LAST.match(parts[1]):
        return parts[0].lower()
    return parts[-1].lower() if parts else ""


def _load_people(lex: Lexicon, extra: tuple[PersonEntry, ...]) -> None:
    rows = []
    full_only = lex.full_only
    written_only = set()
    for r in _rows("people.tsv"):
        name, type_, aff, gender, official, start, end, match = _pad(r, 8)[:8]
        rows.append(PersonEntry(name, type_, aff, gender or "unknown", _yes(official), start, end,
                                written=match == "written"))
        if match == "full":
            full_only.add(name.lower())
        elif match == "written":
            written_only.add(name.lower())
    by_full_name_only = full_only | written_only
    for person in rows + list(extra):
        lex.people.setdefault(person.name.lower(), []).append(person)
        if not generation(person.name.split()) and person.name.lower() not in by_full_name_only:
            # a bare "Trump" is never "Donald Trump Jr.", who is written with his suffix, nor a relative
            # listed to be found by full name only ("Eric Trump")
            lex.surnames.setdefault(surname_of(person.name), set()).add(person.name)


def _load_small(lex: Lexicon, config: UserConfig) -> None:
    for row in _rows("honorifics.tsv"):
        lex.add(row[0], Entry("honorific", row[0], gender=_pad(row, 2)[1] or "-", person=True))
    lex.first_names = FoldedKeys((fold(r[0]), _pad(r, 2)[1]) for r in _rows("first_names.tsv"))
    lex.vague = frozenset(r[0].strip().lower() for r in _rows("vague.txt"))
    patterns = [r[0] for r in _rows("anonymity.txt")] + list(config.anonymity)
    lex.anonymity = tuple(re.compile(p, re.IGNORECASE) for p in patterns)
    if patterns and not any(c.isupper() for p in patterns for c in p):
        # One case-sensitive pass over lower-cased text: a quick "none of them can match"
        # test (about 3x faster than the case-insensitive patterns one by one).
        lex.anonymity_hint = re.compile("|".join(f"(?:{p})" for p in patterns))
    lex.sides = config.sides_dict()


def lexicon_digest(config: UserConfig | None = None) -> str:
    """A hash of every shipped lexicon file and the user config, for manifest.json."""
    h = hashlib.sha256()
    for name in LEXICON_FILES:
        h.update(resources.files("analyzer").joinpath("lexicons", name).read_bytes())
    h.update(repr(config or UserConfig()).encode("utf-8"))
    return h.hexdigest()[:16]


@lru_cache(maxsize=8)
def _build(config: UserConfig) -> Lexicon:
    lex = Lexicon()
    _load_roles(lex, config.roles)
    _load_orgs(lex, config.organisations, config.outlets)
    _load_countries(lex, config.countries)
    _load_people(lex, config.people)
    _load_small(lex, config)
    # A body named after a person ("James Cook University") leaves the given name a given name; places
    # that are given names ("Virginia", "Jordan") keep their own rules.
    lex.given_names = set(lex.first_names) | {name.split()[0] for name in lex.people if " " in name}
    lex.digest = lexicon_digest(config)
    return lex


def load_lexicon(config_path: str | None = "") -> Lexicon:
    """The merged lexicon for a config path ("" = shipped lists only); built once per config."""
    return _build(load_user_config(config_path))


def lexicon_for(config: UserConfig) -> Lexicon:
    return _build(config)
