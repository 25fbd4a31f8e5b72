"""What an entity is, for the ``Source`` record (see ``resolve``).

In: an ``Entity`` with its descriptions (and, for anonymity, the article text and sentences).
Out: its type and whether it is official, gender, affiliation, how it is identified, the
justification of its anonymity, and whether it fits a pronoun ("he", "they", "it").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from analyzer.model import Sentence, Span
from analyzer.sources.describe import NEAR_TO, PRIO_KIN, PRIO_ORG, PRIO_PERSON_LIST, PRIO_ROLE, Description, best_type
from analyzer.sources.entity import Entity, Occurrence
from analyzer.sources.lexicon import Lexicon
from analyzer.sources.patterns import (
    CLAUSE_END, CLAUSE_PRONOUN, COUNTED_PEOPLE, DOC_ROLES, GENERAL_PUBLIC, KINSHIP, NEWS_REPORTS,
    OFFICIAL_REPORT_WORDS, OFFICIAL_TYPES, PLURAL_REPORTS, POLLED_PEOPLE, POLL_HEADS, POLL_SHARE, PRINCIPAL_TYPES,
    PRIVATE_PRINCIPALS, PUBLIC_HEADS, PUBLIC_ROLES, REPORT_OPENERS,
)


# Papers an outlet publishes but did not write ("leaked emails published by the Gazette"): documents.
PAPERS = {"email", "emails", "memo", "memos", "document", "documents", "letter", "letters", "records", "record",
          "transcript", "transcripts", "cable", "cables", "files"}


def _poll_share(ent: Entity) -> bool:
    """A share of the public in a poll ("63 percent of Americans"), not of officials or experts."""
    def share_of_someone(text: str) -> bool:  # "73 percent" alone is a figure (DOC), not people
        m = POLL_SHARE.match(text.strip())
        return bool(m) and bool(text.strip()[m.end():].strip())

    if not ent.descs or not all(share_of_someone(d.text) for d in ent.descs):
        return False
    return all(r in PUBLIC_ROLES for d in ent.descs for r in d.roles if r not in DOC_ROLES)


# A party's papers in a court case: JUD, as DESIGN types court filings.
COURT_PAPERS = {"lawsuit", "complaint"}


def _named_first_person(ent: Entity) -> bool:
    """One person written by full name first ("Ana Vell, ..."), never as a document or post ("her memo")."""
    if ent.kind != "person" or ent.plural:
        return False
    if any(d.kind == "doc" or d.head and d.head in d.roles for d in ent.descs if d.kind != "pronoun"):
        return False
    return any(" " in d.name and d.text.lstrip().startswith(d.name) for d in ent.descs if d.kind == "person")


def _news_reports(ent: Entity) -> bool:
    """Plural reports with no issuer and no official kind: news reports (see PLURAL_REPORTS)."""
    first, _, rest = ent.name.partition(" ")
    # "Several reports", and a capital only because the mention opens a sentence ("Preliminary reports")
    opener = first.lower() in REPORT_OPENERS or first[1:].islower() and not ent.issuers
    name = first.lower() + " " + rest if opener else ent.name
    m = PLURAL_REPORTS.match(name)
    return m is not None and not ent.issuers and OFFICIAL_REPORT_WORDS.isdisjoint(m.group(0).split())


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


def family_surname(name: str, lex: Lexicon) -> str:
    """The listed surname a one-word plural name is the family of ("Clintons" -> "clinton"), else ""."""
    low = name.lower()
    return low[:-1] if " " not in name and low.endswith("s") and low[:-1] in lex.surnames else ""


def _lone_brand(ent: Entity, lex: Lexicon) -> bool:
    """'Nissan said', 'according to Statista': one capitalised word the article never writes with a
    given name, title or gendered word, and no listed person's surname, is a company or brand more
    often than a private person (E1, BASIL and PolNeAR dev errors)."""
    if ent.kind != "person" or ent.plural or " " in ent.name or ent.person is not None or ent.context:
        return False
    low = ent.name.lower()
    if family_surname(ent.name, lex):
        return False  # "the Clintons": a listed family, not a brand
    return (low not in lex.first_names and low not in lex.surnames and not _gender_votes(ent)
            and not any(d.roles for d in ent.descs) and best_type(_evidence(ent)) is None)


def _study_authors(ent: Entity, text: str) -> bool:
    """'the study's authors', or 'the authors' of a paper just spoken of: researchers (EXP)."""
    roles = ent.roles()
    return ent.kind in ("descriptor", "group") and "author" in roles and roles <= {"author"} | RESEARCH_ROLES \
        and bool(STUDY_WORDS.search(text, max(0, ent.first - STUDY_REACH), ent.first + STUDY_REACH))


# Words for research near "the authors" that make them researchers, and how far to look (characters).
STUDY_WORDS = re.compile(r"\b(?:study|studies|paper|research|journal|survey|trial|experiment)\b", re.I)
STUDY_REACH = 300
RESEARCH_ROLES = {"study", "paper", "research", "report", "survey", "analysis"}


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
    lead = ent.modifiers[0] if ent.plural and ent.kind == "person" and ent.modifiers else None
    if lead is not None and lead.person is not None:
        # "Vice President Ada Vell and Representative Bo Tamm": a pair takes its first, main member's type
        return [(PRIO_PERSON_LIST, lead.person.type, lead.person.official)]
    ev = [d.best_desc] if d.best_desc is not None else []
    kin = any(ent.modifiers) and not KINSHIP.isdisjoint(ent.roles())  # "Reagan's daughter" is no president
    if kin and not ent.plural and any(m is not None and m.person is not None and m.person.type in ("GOV", "POL")
                                      for m in ent.modifiers):
        # A public figure's relative is "anything else" (OTH), whatever titles the parents' names carry;
        # only the relative's own listed row outranks it.
        ev = [(PRIO_KIN, "OTH", False)]
        return ev + [(PRIO_PERSON_LIST, ent.person.type, ent.person.official)] if ent.person is not None else ev
    for mod in ent.modifiers:  # the principal ("Carter's press secretary") before what the body says
        if mod is not None and mod.name == ent.name:
            continue  # "a spokeswoman, Ana Vell,": her own name is no principal of hers
        if mod is not None and mod.person is not None and not kin:
            own_business = d.best_desc is not None and d.best_desc[1] == "BUS"
            if not (own_business and mod.person.type in PRIVATE_PRINCIPALS):  # an athlete's managers are a business
                ev.append((PRIO_ORG, mod.person.type, None))  # an aide of a GOV principal is official
        elif mod is not None and mod.kind == "person" and not kin and not ent.plural:
            # "a spokeswoman for Mr. Vell", whom the body calls "Rep. Ada Vell": the principal's own title
            own = mod.summary()
            typed = best_type([e for e in (own.best_desc, own.best_ctx) if e is not None])
            if typed is not None and typed[0] in PRINCIPAL_TYPES:
                ev.append((PRIO_ORG, typed[0], None))
    if d.best_ctx is not None:
        ev.append(d.best_ctx)
    if ent.person is not None:
        # an undated row of the fame lists ("written") may be a namesake: "Supreme Court Justice Ada Vell" is a
        # judge, whoever else is famous under that name
        namesake = ent.person.written and (not (ent.person.start or ent.person.end) or (
            # "A farmer, Tom Reed," in a story of the years a congressman of that name sat: a namesake
            d.best_desc is not None and d.best_desc[0] >= PRIO_ROLE and d.best_desc[1] in PRIVATE_TITLE_TYPES
            and ent.person.type in PUBLIC_OFFICE_TYPES))
        ev.append((PRIO_ORG if namesake else PRIO_PERSON_LIST, ent.person.type, ent.person.official))
    return ev


# A title of private life in the mention itself ("A farmer, Tom Reed,") marks a "written" office holder's
# namesake; see _evidence.
PRIVATE_TITLE_TYPES = {"CIT", "BUS", "EXP", "NGO", "MED", "OTH"}
PUBLIC_OFFICE_TYPES = {"GOV", "POL", "SEC", "JUD", "INT"}


def _affiliations(ent: Entity) -> Iterator[str]:
    """The raw affiliations, best first: the mention's own, a listed figure's, then what the body says
    around the name, then a principal's ("Clinton spokesman ...")."""
    for d in ent.descs:
        if d.affiliation:
            yield d.affiliation
    if ent.person is not None and ent.person.affiliation:
        yield ent.person.affiliation
    for d in ent.context:
        if d.affiliation:
            yield d.affiliation
    for mod in ent.modifiers:
        if mod is not None and mod.person is not None:
            yield mod.person.affiliation
            return


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


# "these people", "those officials": whoever was just spoken of.
DEMONSTRATIVE = re.compile(r"(?:these|those)\s", re.I)


def _people_at_large(ent: Entity) -> bool:
    """'the 10,000 people in the arena', 'many people at his rallies', 'older people': people described by
    where they are or what they are like, the public (CIT); not people near a body or in the know
    ("people close to the campaign", "people briefed on the talks"), who may be anyone, nor "these people",
    who are whoever was spoken of."""
    return any(d.kind == "group" and d.head == "people" for d in ent.descs) \
        and not any(NEAR_TO.search(d.text) or DEMONSTRATIVE.match(d.text) for d in ent.descs)


def _type(ent: Entity) -> tuple[str, bool]:
    if ent.kind not in ("person", "org", "country") and _poll_share(ent):
        return "CIT", False
    if ent.kind not in ("person", "org", "country") and ent.descs and all(
            POLL_SHARE.fullmatch(d.text.strip()) for d in ent.descs):
        # "73 percent said": the respondents speak (CIT), as in 6 of the 7 bare shares
        # labelled in notes/sources_dev* sets A-M.
        return "CIT", False
    if ent.kind == "doc" and (ent.name.lower() in NEWS_REPORTS or _news_reports(ent) or ent.name == "Report"):
        return "MED", False  # a bare capitalised "Report" opens a headline ("Report: ..."): a news report
    evidence = _evidence(ent)
    if _named_first_person(ent):
        # "Ana Vell, whose work featured in the film": the document words after a person's name describe her
        # work, but she is no document; "a new Tarnwell poll" is the poll, not a person
        evidence = [e for e in evidence if e[1] not in ("DOC", "SOC")]
    typed = best_type(evidence)
    if typed is None:
        # A named person the article gives no role for is, in news prose, mostly a private
        # person quoted for their experience (vox pops, letters): CIT. Checked on
        # notes/sources_dev (PolNeAR dev mentions).
        default = "DOC" if ent.kind == "doc" else "CIT" if ent.kind == "person" else "OTH"
        if ent.kind not in ("person", "org", "country", "doc") and (
                ent.name.lower() in GENERAL_PUBLIC or COUNTED_PEOPLE.match(ent.name)
                or any(d.head in PUBLIC_HEADS or POLLED_PEOPLE.match(d.text) for d in ent.descs)
                or _people_at_large(ent)):
            default = "CIT"  # "many people", "everyone", "the crowd in the arena", "those surveyed": the public
        return default, False
    type_, official = typed
    if official is None:
        official = type_ in OFFICIAL_TYPES
    if ent.kind == "doc" and type_ == "MED" and not ent.summary().doc_heads & (POLL_HEADS | PAPERS):
        return "MED", False  # "a report from WKOW": a news story (DESIGN §6); a media poll stays DOC
    if ent.kind == "doc" and type_ == "JUD" and ent.summary().doc_heads & COURT_PAPERS:
        return "JUD", False  # "a lawsuit filed by Ana Vell": a court filing, JUD (DESIGN §6), a party's not a court's
    if ent.kind == "doc" and type_ not in ("DOC", "SOC"):
        # A document is DOC; it is official when a public body issued it.
        type_, official = "DOC", type_ in OFFICIAL_TYPES
    return type_, bool(official)
