"""Person entities and full names (see ``resolve``).

In: a person ``Description`` and its position, the body's occurrences and the user lexicon.
Out: the ``PersonNames`` methods of ``Resolver``: the ``Entity`` a person mention belongs to,
the full name a surname or given name stands for, and the user-lexicon row of a name.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date as _date

from analyzer.sources.describe import Description, describe
from analyzer.sources.entity import Entity
from analyzer.sources.facts import _same_gender
from analyzer.sources.helpers import _first_line_is_headline, _first_names_agree, _heads_names
from analyzer.sources.lexicon import Lexicon, generation
from analyzer.sources.lexicon import surname_of as _surname
from analyzer.sources.patterns import KINSHIP
from analyzer.userconfig import PersonEntry


# Formal first names and the short forms public figures are listed under (NYT style writes
# "Joseph R. Biden Jr.", the list has "Joe Biden").
# The home of an outlet whose name gives no country: the people list is mostly American, and so were the
# outlets it was written for (a "Trump said" needs no "US" in the story).
DEFAULT_HOME = "US"
NICKNAMES = {"joseph": "joe", "william": "bill", "robert": "bob", "richard": "dick", "james": "jim",
             "thomas": "tom", "michael": "mike", "charles": "chuck", "edward": "ed", "theodore": "ted",
             "christopher": "chris", "timothy": "tim", "nicholas": "nick", "daniel": "dan", "donald": "don",
             "gregory": "greg", "frederick": "fred", "ronald": "ron", "kenneth": "ken", "patrick": "pat",
             "jeffrey": "jeff", "stephen": "steve", "steven": "steve", "benjamin": "ben", "bernard": "bernie",
             "elizabeth": "liz", "deborah": "debbie"}
# ... and the formal names a short form stands for ("Mike Bloomberg" is listed as Michael Bloomberg).
FORMAL_NAMES: dict[str, list[str]] = {}
for _formal, _short in NICKNAMES.items():
    FORMAL_NAMES.setdefault(_short, []).append(_formal)
FORMAL_NAMES.setdefault("bibi", []).append("benjamin")  # a second short form ("Bibi Netanyahu")


def _runs_at(row: PersonEntry, date: str) -> bool:
    """Does a dated gazetteer row apply on ``date`` (from <= date < to, empty = open)?"""
    return (not row.start or row.start <= date) and (not row.end or date < row.end)


# How soon after the article a former office holder's next term may begin for them to count as its nominee.
RETURN_DAYS = 90


def _days_between(first: str, second: str) -> int:
    """Days from one ISO date to another (both 'YYYY-MM-DD'); a large number when either is malformed."""
    try:
        return (_date.fromisoformat(second[:10]) - _date.fromisoformat(first[:10])).days
    except ValueError:
        return 10 ** 6


class PersonNames:
    """Person entities and full names (mixed into ``Resolver``)."""

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
        # "Clinton, the daughter of Bill Clinton": the relatives a mention names are not the speaker
        kin = frozenset(desc.back_names) if not KINSHIP.isdisjoint(desc.roles) else frozenset()
        agreeing = [ent for ent in self.persons_by_surname.get(surname, ())
                    if not ent.plural and _first_names_agree(ent.name, name) and ent.name not in kin
                    and self._gender_fits(ent.name, desc.gender) and _same_gender(ent, desc)]
        if len(parts) == 1 and (len(agreeing) > 1 or surname in self.lex.surnames):
            # "Mr. Trump" in a story on Donald Trump Jr.: the listed father, or the one without a suffix
            plain = [e for e in agreeing if not self._full_name_only(e.name)]
            agreeing = plain if plain or surname in self.lex.surnames else agreeing
        for ent in agreeing:
            if len(parts) > len(ent.name.split()):
                ent.name = name
            self._add_relatives(ent, kin, pos)
            return ent
        if len(parts) == 1 and not desc.roles \
                and (surname not in self.lex.surnames or surname in self.lex.first_names):
            # "the Ardo", "Ana": the one person spoken of before under that given name; a listed surname that is
            # no given name is the listed person's ("the Trump Train ... Trump said")
            given = {e.name: e for ents in self.persons_by_surname.values() for e in ents
                     if not e.plural and len(e.name.split()) > 1 and e.name.split()[0] == name}
            self.occurrences()
            for occ in self._occ[:bisect_left(self.occ_starts, pos)]:
                if occ.desc.kind == "person" and not occ.desc.plural and len(occ.desc.name.split()) > 1 \
                        and occ.desc.name.split()[0] == name and occ.desc.name not in given:
                    given[occ.desc.name] = occ
            shortest = min(given, key=len, default="")
            if given and all(n.startswith(shortest) for n in given):  # "Ana Vell Says" in a headline is no other
                found = given[shortest]
                return found if isinstance(found, Entity) else self._from_occurrence(found)
        full = self._full_name(name, pos, desc.gender, kin)
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
        self._add_relatives(ent, kin, pos)
        return ent

    def _add_relatives(self, ent: Entity, kin: frozenset, pos: int) -> None:
        """A later mention that names the person's relatives ("Clinton, the daughter of ...") adds
        them as the person's principals, so the kinship rule of ``facts`` can see them."""
        have = {m.name for m in ent.modifiers if m is not None}
        ent.modifiers += [self._modifier(m, pos) for m in sorted(kin) if m not in have and m != ent.name]

    def _full_name(self, name: str, pos: int, gender: str = "unknown", exclude: frozenset = frozenset()) -> str:
        parts = name.split()
        suffixed = len(parts) == 2 and bool(generation(parts))
        if len(parts) == 2 and not suffixed and " and " not in name and parts[0].lower() not in self.lex.first_names:
            return self._with_given_name(name)  # "Mr Brell Vidal": "Adolfo Brell Vidal", if written
        if not suffixed and (len(parts) > 1 or " and " in name):
            return name
        key = ("full", name, gender, exclude)
        if key not in self._memo:  # "Trump Jr." looks through the whole people list: once per article
            self._memo[key] = self._suffixed_full_name(parts) if suffixed else self._full_name_of(name, gender, exclude)
        full: str = self._memo[key]  # type: ignore[assignment]
        return full if suffixed else self._named_before(name, full, pos, gender, exclude)

    def _named_before(self, name: str, full: str, pos: int, gender: str, exclude: frozenset) -> str:
        """'Marco Vell, 44, was extradited ... Vell admitted ... his wife, Gabriela Vell, wrote': a bare
        surname stands for the person of that name written before it, not a relative first named later
        (a listed public figure keeps the list's word)."""
        first_written: dict[str, int] = {}
        for occ in self.by_surname.get(name.lower(), []):
            if len(occ.desc.name.split()) > 1 and " and " not in occ.desc.name:
                first_written.setdefault(occ.desc.name, occ.start)
        if first_written.get(full, -1) < pos or full.lower() in self.lex.people:
            return full
        before = [n for n, at in first_written.items() if at < pos and n not in exclude
                  and self._gender_fits(n, gender) and not _first_names_agree(n, full)]
        return max(before, key=first_written.__getitem__) if before else full

    def _with_given_name(self, name: str) -> str:
        """A two-word surname ("Brell Vidal") written in full with a given name elsewhere in the body."""
        key = ("given", name)
        if key not in self._memo:
            self.occurrences()
            tail = " " + name
            longer = {o.desc.name for o in self.by_surname.get(_surname(name), [])
                      if o.desc.name.endswith(tail) and " and " not in o.desc.name}
            self._memo[key] = longer.pop() if len(longer) == 1 else name
        return self._memo[key]  # type: ignore[return-value]

    def _full_name_of(self, name: str, gender: str = "unknown", exclude: frozenset = frozenset()) -> str:
        """The full name a bare surname stands for; ``gender`` (from "Ms.", "Mr.") rules out
        full names of the other gender ("Ms. Acosta" is not a listed Jim Acosta), ``exclude`` the
        relatives the mention names."""
        surname = name.lower()
        self.occurrences()
        known = {n for n in self.lex.surnames.get(surname, set())
                 if self._gender_fits(n, gender) and not self._country_unspoken(n)} - exclude
        # "Donald Trump Jr." in the body: a bare "Trump" is still the listed father (the son keeps his suffix)
        longer = [o.desc.name for o in self.by_surname.get(surname, []) if len(o.desc.name.split()) > 1
                  and self._gender_fits(o.desc.name, gender) and not (known and self._full_name_only(o.desc.name))
                  and o.desc.name not in exclude]
        for full in longer:  # a listed public figure, or a name that starts with a first name
            if full.lower() in self.lex.people or full.split()[0].lower() in self.lex.first_names:
                return full
        described = [o.desc.name for o in self.by_surname.get(surname, []) if len(o.desc.name.split()) > 1
                     and " and " not in o.desc.name and o.desc.roles and self._gender_fits(o.desc.name, gender)
                     and o.desc.name not in exclude]
        if described:
            return described[0]  # "former NFL star Herschel Walker" in the article, not a listed Scott Walker
        inside = [o.desc.name for o in self.by_surname.get(surname, []) if o.desc.name in longer
                  and " and " not in o.desc.name and not self._opens_sentence(o.start)]
        if len(set(inside)) == 1:
            # "Tavi Hayward" within a sentence, with a given name the list lacks, is the article's own
            # Hayward; a capitalised word opening a sentence or a headline ("Maybe Trump") may be no name.
            return inside[0]
        if len(known) == 1:
            return next(iter(known))
        active = {n for n in known if self._row_at_date(n)}
        if not longer and len(active) == 1:
            return next(iter(active))  # "Sanders" in 2016: the namesake in public life at that date
        if not longer and len(active) > 1:
            agreed = self._same_listing(active)
            if agreed:
                return agreed  # "Bush" in 2015: Jeb Bush under both his listed names, not the former president
        if not longer and known:
            agreed = self._same_listing(known)
            if agreed:
                return agreed
        if not longer and not known:
            given = self._by_given_name(surname)
            if given:
                return given
        return longer[0] if longer else name

    def _country_unspoken(self, full: str) -> bool:
        """Is ``full`` a listed figure of a foreign country that the article never names (by name, people
        or capital)? A foreign leader is called by surname alone only in stories about that country: a
        bare "Mr Fox" in a story that never names Mexico is someone else. The country the outlet's name
        gives ("ABC News (Australia)") counts as named, else DEFAULT_HOME: a home prime minister needs no
        introduction."""
        rows = self.lex.people.get(full.lower())
        country = rows[0].affiliation if rows else ""
        key = ("spoken countries",)
        if key not in self._memo:
            home = _countries_in(self.article.metadata.outlet, self.lex) or {DEFAULT_HOME}
            self._memo[key] = home | {o.desc.affiliation for o in self.occurrences()} \
                | {o.desc.name for o in self.occurrences() if o.desc.kind in ("country", "group")}
        spoken: set[str] = self._memo[key]  # type: ignore[assignment]
        return bool(country) and country not in spoken and _is_country(country, self.lex)

    def _opens_sentence(self, pos: int) -> bool:
        """Does a word at ``pos`` open a sentence or a line, or stand in the headline?"""
        before = self.text[max(0, pos - 3):pos].rstrip(" \"'‘“")
        in_headline = self.text.rfind("\n", 0, pos) < 0 and _first_line_is_headline(self.text)
        return not before or before[-1] in ".!?:\n" or in_headline

    def _full_name_only(self, name: str) -> bool:
        """Is this a name a bare surname never stands for: a suffixed one ("Donald Trump Jr."), or one
        listed to match only in full ("Eric Trump")?"""
        return bool(generation(name.split())) or name.lower() in self.lex.full_only

    def _suffixed_full_name(self, parts: list[str]) -> str:
        """'Trump Jr.': the full name with that surname and suffix written in the article, else
        the only one listed; the words as written when there is none."""
        surname, suffix = parts[0].lower(), generation(parts)
        self.occurrences()
        written = [o.desc.name for o in self.by_surname.get(surname, []) if len(o.desc.name.split()) > 2
                   and generation(o.desc.name.split()) == suffix]
        if written:
            return written[0]
        listed = {rows[0].name for key, rows in self.lex.people.items()
                  if generation(key.split()) == suffix and _surname(key) == surname}
        return listed.pop() if len(listed) == 1 else " ".join(parts)

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
        if not rows and generation(parts):
            # "Joseph R. Biden Jr." is listed as Joe Biden; a son sharing his listed father's name
            # ("Donald Trump Jr.") has a row of his own, found above.
            parts = parts[:-1]
            full = " ".join(parts)
            rows = self.lex.people.get(full.lower())
        if not rows and len(parts) > 2:  # "Ada M. Brell" is listed as "Ada Brell"
            rows = self.lex.people.get(f"{parts[0]} {parts[-1]}".lower())
        if not rows and len(parts) >= 2 and parts[0].lower() in NICKNAMES:  # "Joseph R. Biden": Joe Biden
            rows = self.lex.people.get(f"{NICKNAMES[parts[0].lower()]} {parts[-1]}".lower())
        for formal in FORMAL_NAMES.get(parts[0].lower(), ()) if not rows and len(parts) >= 2 else ():
            rows = rows or self.lex.people.get(f"{formal} {parts[-1]}")  # "Mike Bloomberg": Michael Bloomberg
        if not rows and len(parts) == 2:  # "Wasserman Schultz": the end of one listed name
            ends = [n for n in self.lex.surnames.get(parts[-1].lower(), ()) if n.lower().endswith(" " + full.lower())]
            rows = self.lex.people.get(ends[0].lower()) if len(ends) == 1 else None
        if not rows:
            return None
        date = self.article.metadata.published[:10]
        if date:
            for row in rows:
                if _runs_at(row, date):
                    return row
            # A former office holder no longer speaks officially; one who held executive office is no longer
            # its holder (DESIGN §6 types holders GOV) but a political figure (POL), as the stop-21 dev sets
            # label former presidents, governors and envoys who speak as campaign surrogates (stop 14 had GOV).
            ended = [row for row in rows if row.end and row.end <= date]
            if ended:
                last = max(ended, key=lambda r: r.end)
                # a nominee between two terms (a former attorney general named to the post again, who takes it
                # within RETURN_DAYS) still speaks as of that office
                returning = any(row.start > date and row.type == last.type and _days_between(date, row.start)
                                <= RETURN_DAYS for row in rows)
                political = last.type == "GOV" and not returning
                return replace(last, official=False, type="POL" if political else last.type)
            return None
        return max(rows, key=lambda r: r.start)

    def _row_at_date(self, full: str) -> bool:
        """Does a listed person have a row running at the article's date (not only a former post)?"""
        date = self.article.metadata.published[:10]
        rows = self.lex.people.get(full.lower()) or []
        return bool(date) and any(_runs_at(r, date) for r in rows)

    def _modifier(self, name: str, pos: int) -> Entity | None:
        """'Clinton' in 'Clinton spokesman Brian Fallon': the principal, for type and affiliation."""
        desc = describe(name, self.lex, shared=True)
        if desc.kind != "person":
            return None
        full = self._full_name(desc.name, pos)
        tmp = Entity("mod:" + full.lower(), "person", full, pos)
        tmp.person = self._person_row(full)
        if tmp.person is None and " " in full:
            # what the body calls the principal ("Rep. Ada Vell"): typed by its titles (see _evidence)
            self.occurrences()
            tmp.context = [o.desc for o in self.by_surname.get(_surname(full), []) if o.desc.name == full]
        if tmp.person is None and " " not in full:  # "Clinton's state director": either Clinton is POL
            agreed = self._same_listing(self.lex.surnames.get(full.lower(), set()), gender=False)
            tmp.person = self._person_row(agreed) if agreed else None
        return tmp


def _is_country(name: str, lex: Lexicon) -> bool:
    """Is ``name`` a country of the lexicon (not a body such as "UN" or "EU")?"""
    return any(e.kind == "country" for e in lex.phrases.get(tuple(name.lower().split()), ()))


def _countries_in(words: str, lex: Lexicon) -> set[str]:
    """The countries a phrase names by name, people or capital ("ABC News (Australia)" -> Australia)."""
    tokens = re.findall(r"[\w'’.-]+", words)
    found = set()
    for i in range(len(tokens)):
        n, entries = lex.lookup(tokens, i)
        found |= {e.affiliation for e in entries[:1] if n and e.kind in ("country", "capital")}
    return found
