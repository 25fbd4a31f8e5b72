"""Small text and description helpers of source resolution (see ``resolve``).

In: the article text with character offsets, ``Description`` objects, ``Occurrence`` lists.
Out: plain answers (a word, an offset, a bool, a normalised name) and in-place merges of
descriptions; no state of their own apart from the ``_normal`` cache.
"""
from __future__ import annotations

from copy import copy
from functools import lru_cache

from analyzer.model import Article, Span
from analyzer.sources.describe import PEOPLE_ENDINGS, Description
from analyzer.sources.entity import Occurrence
from analyzer.sources.lexicon import Lexicon, generation
from analyzer.sources.patterns import (
    CLAUSE_BREAKS, COLLECTIVE_HEADS, HEADLINE_MAX_CHARS, NORMAL_WORD, NOUN_STOPS, PERSON_SUFFIXES, PUBLIC_HEADS,
    SHARE_WORDS, SPOKES, THING_CLAUSE, TITLE_SYNONYMS, WORD_BEFORE_REL,
)


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
    return bool(head) and head not in desc.roles and head.endswith(PERSON_SUFFIXES) and head not in SHARE_WORDS and \
        not (desc.modifiers or desc.back_names or desc.back_orgs or desc.affiliation)


def _thing_description(desc: Description, lex: Lexicon) -> bool:
    """'The move', 'the policies': a definite description of a thing (no person, title, name or
    vague head), which refers back to something the article has already tied to someone."""
    return desc.definite and bool(desc.head) and desc.head not in lex.vague and desc.head not in COLLECTIVE_HEADS \
        and desc.head not in PUBLIC_HEADS and not (
        desc.roles or desc.modifiers or desc.back_names or desc.back_orgs or desc.affiliation
        or desc.head.endswith(PERSON_SUFFIXES + PEOPLE_ENDINGS))


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
    if len(pa) > 1 and len(pb) > 1 and generation(pa) != generation(pb):
        return False  # "Donald Trump Jr." is not "Donald Trump"
    return pa[0].lower() == pb[0].lower() or pa[0][:1] == pb[0][:1] and (pa[0].endswith(".") or pb[0].endswith("."))


def _title_fits(head: str, role: str) -> bool:
    head, role = TITLE_SYNONYMS.get(head, head), TITLE_SYNONYMS.get(role, role)
    if head == role or (head in SPOKES and role in SPOKES):
        return True
    return head in role.split() and len(head) > 3


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


def _first_line_is_headline(text: str) -> bool:
    """Is the text's first line a headline: followed by a line break, and short enough to be one (a text
    with no line break, as broadcasters' one-paragraph items come, has none)?"""
    line_end = text.find("\n")
    return 0 <= line_end <= HEADLINE_MAX_CHARS
