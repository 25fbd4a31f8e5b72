"""Scoring (stage 5): the sourcing measures of DESIGN §7 for one article.

In: the ``Article``, its segmentation (``.sentences``, ``.tokens`` = word tokens of the
body), the attributions with ``source_id`` filled, and the ``Source`` entities; optionally
``Options`` (its user config may define sides).
Out: a JSON-ready dict. Scalars are flat top-level keys (``scalar_measures`` orders them
into the columns of articles.csv); distributions are dicts; every share comes with the
count it is taken over (``body_tokens``, ``body_sentences``, ``n_attributions``,
``n_sources``, ``attributed_tokens``). A share whose denominator is 0 is ``None``.

Conventions:
- a token is attributed when it lies inside any attribution's content; nested
  attributions do not count a token twice;
- per-source token measures (official, affiliation, sides, kind by tokens) give each
  attributed token to the innermost attribution holding it: in "Axios reported that
  Israeli intelligence believed X", X is heard from Israeli intelligence;
- ``attributions_per_100_sentences`` and ``top_source_share`` are this tool's own labels.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from typing import Any

from analyzer.model import GENDERS, KINDS, SOURCE_TYPES, VERB_CLASSES, Article, Attribution, Source, Span
from analyzer.sources.persons import is_person

PEJ_BANDS = ("0", "1-2", "3", "4+")
# Checkable-fact cues in narration (DESIGN §7 "unattributed_claims"): numbers, dates,
# causes, and event words next to a proper name. Written by hand; the fictional tests
# in tests/test_scoring.py fix their behaviour.
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
                     r"millions?|billions?|percent|half|twice)\b", re.I)
_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                   r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|"
                   r"Friday|Saturday|Sunday|yesterday|last (?:week|month|year)|this (?:week|month|year)|"
                   r"(?:19|20)\d\d)\b")
_CAUSE = re.compile(r"\b(?:because|due to|caused|causing|led to|leading to|resulted in|as a result|"
                    r"in response|following|after|since|so that|in order to|therefore|thus)\b", re.I)
_EVENT = re.compile(r"\b(?:attack\w*|struck|strikes?|kill\w*|died|dead|wounded|injur\w*|launch\w*|fired|"
                    r"bomb\w*|invad\w*|election|vote[ds]?|voted|won|lost|signed|passed|approved|announced|"
                    r"arrested|charged|convicted|elected|resigned|fled|captured|raid\w*|offensive|"
                    r"operation|ceasefire|deal|agreement|summit|war|protest\w*|rall(?:y|ies)|debate)\b", re.I)
# _EVENT as whole words and word beginnings (each of its alternatives is one \w+ word).
_EVENT_WORDS = frozenset("""struck strike strikes died dead fired election vote voted votes won lost signed passed
approved announced arrested charged convicted elected resigned fled captured offensive operation ceasefire deal
agreement summit war rally rallies debate wounded""".split())
_EVENT_STEMS = ("attack", "kill", "injur", "launch", "bomb", "invad", "raid", "protest")
_EVENT_HEADS = frozenset(stem[:4] for stem in _EVENT_STEMS)
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
# Words without which _DATE cannot match (case as written) and _NUMBER's number words.
_DATE_HINTS = frozenset("""January February March April May June July August September October November December
Jan Feb Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday last
this""".split())
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand
thousands million millions billion billions percent half twice""".split())
# Words one of which every _CAUSE phrase holds: a quick test before the regular expression.
_CAUSE_WORDS = frozenset("because due caused causing led leading resulted as response following after since so "
                         "order therefore thus".split())
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")


def score(article: Article, segmentation, attributions: tuple[Attribution, ...], sources: tuple[Source, ...],
          options=None) -> dict[str, Any]:
    """All DESIGN §7 measures of one article (see the module docstring for conventions)."""
    tokens: tuple[Span, ...] = tuple(segmentation.tokens)
    sentences = tuple(segmentation.sentences)
    by_id = {s.id: s for s in sources}
    owner = _token_owners(tokens, attributions)
    # Every token measure below is a sum over attributions of the tokens each one owns.
    owned = Counter(owner)
    owned.pop(None, None)
    attributed = sum(owned.values())
    atts = {a.id: a for a in attributions}
    out: dict[str, Any] = {
        "body_tokens": len(tokens),
        "body_sentences": len(sentences),
        "n_attributions": len(attributions),
        "attributed_tokens": attributed,
        "attributed_token_share": _share(attributed, len(tokens)),
    }
    out.update(_sentence_measures(sentences, attributions))
    out.update(_kind_measures(attributions, owned, atts, attributed))
    out.update(_source_measures(sources))
    out.update(_official_measures(attributions, owned, atts, by_id, attributed))
    out.update(_diversity_measures(attributions, sources))
    out["affiliation_shares"] = _affiliation_shares(owned, atts, by_id, attributed)
    out.update(_verb_measures(attributions))
    claims = unattributed_claims(article, sentences, attributions)
    out["unattributed_claims"] = claims
    out["n_unattributed_claims"] = len(claims)
    sides = _sides_config(options)
    if sides:
        out["sides"] = _sides(sides, owned, atts, by_id, attributed, sources, _side_country(options))
    return out


def _share(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def _token_owners(tokens: tuple[Span, ...], attributions: tuple[Attribution, ...]) -> list[str | None]:
    """For each token, the innermost attribution whose content holds it (None: narration)."""
    owner: list[str | None] = [None] * len(tokens)
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    # Widest first, so inner attributions overwrite outer ones; among equal widths the
    # first attribution is written last and wins.
    order = sorted(range(len(attributions)), key=lambda k: (-len(attributions[k].envelope), -k))
    for k in order:
        att = attributions[k]
        for span in att.content:
            i = bisect_right(starts, span.start - 1)
            j = max(i, bisect_right(ends, span.end))
            owner[i:j] = [att.id] * (j - i)
    return owner


def _merged(spans: list[Span]) -> tuple[list[int], list[int]]:
    """Sorted, merged intervals as (starts, ends), for overlap tests by bisection."""
    starts: list[int] = []
    ends: list[int] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if starts and span.start <= ends[-1]:
            ends[-1] = max(ends[-1], span.end)
        else:
            starts.append(span.start)
            ends.append(span.end)
    return starts, ends


def _touches(merged: tuple[list[int], list[int]], span: Span) -> bool:
    starts, ends = merged
    i = bisect_right(starts, span.end - 1) - 1
    return i >= 0 and ends[i] > span.start


def _sentence_measures(sentences, attributions) -> dict[str, Any]:
    merged = _merged([s for a in attributions for s in a.content + tuple(x for x in (a.cue,) if x is not None)])
    holding = sum(1 for sent in sentences if _touches(merged, sent.span))
    return {
        "attributed_sentences": holding,
        "attributed_sentence_share": _share(holding, len(sentences)),
        "attributions_per_100_sentences": round(100 * len(attributions) / len(sentences), 2) if sentences else None,
    }


def _kind_measures(attributions, owned, atts, attributed) -> dict[str, Any]:
    by_att = Counter(a.kind for a in attributions)
    by_tok: Counter[str] = Counter()
    for att_id, n in owned.items():
        by_tok[atts[att_id].kind] += n
    shares = {
        "attributions": {k: _share(by_att[k], len(attributions)) for k in KINDS},
        "tokens": {k: _share(by_tok[k], attributed) for k in KINDS},
    }
    out: dict[str, Any] = {"kind_shares": shares}
    for k in KINDS:
        out[f"{k}_share"] = shares["attributions"][k]
        out[f"{k}_token_share"] = shares["tokens"][k]
    return out


def _pej_band(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3" if n == 3 else "4+"


def _source_measures(sources: tuple[Source, ...]) -> dict[str, Any]:
    n = len(sources)
    named = sum(1 for s in sources if s.named)
    anonymous = n - named
    return {
        "n_sources": n,
        "pej_band": _pej_band(n),
        "fully_identified_sources": sum(1 for s in sources if s.identification == "full"),
        "named_source_share": _share(named, n),
        "n_anonymous_sources": anonymous,
        "cites_anonymous": anonymous > 0,
        "relies_solely_on_anonymous": n > 0 and anonymous == n,
        "anonymity_justified_sources": sum(1 for s in sources if not s.named and s.anonymity_justified),
    }


def _official_measures(attributions, owned, atts, by_id, attributed) -> dict[str, Any]:
    def official(att_id: str | None) -> bool:
        src = by_id.get(atts[att_id].source_id or "") if att_id else None
        return bool(src and src.official)

    n_off = sum(1 for a in attributions if official(a.id))
    tok_off = sum(n for att_id, n in owned.items() if official(att_id))
    return {
        "official_share": _share(n_off, len(attributions)),
        "official_token_share": _share(tok_off, attributed),
    }


def _diversity_measures(attributions, sources) -> dict[str, Any]:
    counts = Counter(s.type for s in sources)
    n = len(sources)
    entropy = -sum((c / n) * math.log(c / n) for c in counts.values()) if n else 0.0
    per_source = Counter(a.source_id for a in attributions if a.source_id)
    top = max(per_source.values()) if per_source else 0
    out: dict[str, Any] = {
        "type_counts": {t: counts[t] for t in SOURCE_TYPES},
        "n_types": len(counts),
        "type_entropy": round(entropy, 4),
        "effective_types": round(math.exp(entropy), 4) if n else 0.0,
        "top_source_share": _share(top, len(attributions)),
    }
    people = [s for s in sources if is_person(s)]
    genders = Counter(s.gender for s in people)
    out["gender_counts"] = {g: genders[g] for g in GENDERS}
    out["n_person_sources"] = len(people)
    out["woman_share_of_person_sources"] = _share(genders["woman"], len(people))
    return out


def _affiliation_shares(owned, atts, by_id, attributed) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for att_id, n in owned.items():
        src = by_id.get(atts[att_id].source_id or "")
        counts[(src.affiliation if src else "") or "(none)"] += n
    return {k: _share(v, attributed) for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))}


def _verb_measures(attributions) -> dict[str, Any]:
    counts = Counter(a.verb_class for a in attributions)
    loaded = sum(v for k, v in counts.items() if k != "neutral")
    return {
        "verb_class_counts": {c: counts[c] for c in VERB_CLASSES},
        "loaded_verb_share": _share(loaded, len(attributions)),
    }


def unattributed_claims(article: Article, sentences, attributions) -> list[dict[str, Any]]:
    """Narration sentences (touching no content, cue or source) that assert checkable facts."""
    merged = _merged([s for a in attributions for s in a.content + tuple(x for x in (a.cue, a.source) if x is not None)])
    out = []
    for sent in sentences:
        if _touches(merged, sent.span):
            continue
        text = sent.span.slice(article.text)
        why = claim_cues(text)
        if why:
            out.append({"sentence": sent.index, "span": sent.span.to_list(), "cues": why})
    return out


def claim_cues(text: str) -> list[str]:
    """Why a narration sentence is checkable: number, date, cause, event (empty: not checkable)."""
    why = []
    tokens = set(_WORD.findall(text))
    words = {t.lower() for t in tokens}
    # The regular expressions run only when a word they need is there (same answers, faster).
    date = _DATE.search(text) if not tokens.isdisjoint(_DATE_HINTS) or any(map(_is_year, tokens)) else None
    if date:
        why.append("date")
    # Removing dates only takes numbers away, so a text with no number needs no removal.
    if (_DIGIT.search(text) or not words.isdisjoint(_NUMBER_WORDS)) and \
            (not date or _NUMBER.search(_DATE.sub(" ", text))):
        why.append("number")
    if not words.isdisjoint(_CAUSE_WORDS) and _CAUSE.search(text):
        why.append("cause")
    if _is_event(words) and _PROPER.search(text):
        why.append("event")
    return why


def _is_year(token: str) -> bool:
    return len(token) == 4 and token[:2] in ("19", "20") and token.isdigit()


def _is_event(words: set[str]) -> bool:
    """Same as ``_EVENT.search`` on the text whose lower-cased words are ``words``."""
    if not words.isdisjoint(_EVENT_WORDS):
        return True
    return not {w[:4] for w in words}.isdisjoint(_EVENT_HEADS) and any(w.startswith(_EVENT_STEMS) for w in words)


def _sides_config(options) -> dict[str, tuple[str, ...]]:
    path = getattr(options, "config_path", "") if options is not None else ""
    if not path:
        return {}
    from analyzer.userconfig import load_user_config
    return load_user_config(path).sides_dict()


def _side_country(options):
    """Affiliation -> the country the lists give a named body ("Velm Aerospace" -> its country), so that
    a side defined by countries holds that country's companies and groups, which are their own
    affiliation; "" when none."""
    from analyzer.sources.affiliation import listed_country
    from analyzer.sources.lexicon import load_lexicon
    lex = load_lexicon(getattr(options, "config_path", "") or "")
    return lambda affiliation: listed_country(affiliation, lex)


def _sides(sides, owned, atts, by_id, attributed, sources, country_of=lambda affiliation: "") -> dict[str, Any]:
    side_of = {aff.lower(): name for name, affs in sides.items() for aff in affs}

    def side(src) -> str:
        affiliation = src.affiliation if src else ""
        return side_of.get(affiliation.lower()) or side_of.get(country_of(affiliation).lower(), "(none)")

    tok: Counter[str] = Counter()
    for att_id, n in owned.items():
        tok[side(by_id.get(atts[att_id].source_id or ""))] += n
    n_src = Counter(side(s) for s in sources)
    return {
        "token_shares": {name: _share(tok[name], attributed) for name in [*sides, "(none)"]},
        "sources": {name: n_src[name] for name in [*sides, "(none)"]},
        "absent": [name for name in sides if n_src[name] == 0],
    }


# Order of the flat columns of articles.csv (stable: does not depend on the article).
SCALAR_COLUMNS = (
    "body_tokens", "body_sentences", "n_attributions", "attributed_tokens", "attributed_token_share",
    "attributed_sentences", "attributed_sentence_share", "attributions_per_100_sentences",
    *(f"{k}_share" for k in KINDS), *(f"{k}_token_share" for k in KINDS),
    "n_sources", "pej_band", "fully_identified_sources", "named_source_share", "n_anonymous_sources",
    "cites_anonymous", "relies_solely_on_anonymous", "anonymity_justified_sources",
    "official_share", "official_token_share", "n_types", "type_entropy", "effective_types", "top_source_share",
    "n_person_sources", "woman_share_of_person_sources", "loaded_verb_share", "n_unattributed_claims",
)


def scalar_measures(scores: dict) -> dict[str, float | int | str | bool | None]:
    """The flat, ordered columns for articles.csv: scalars, then counts per type, gender, verb class,
    then side shares when the config defines sides (``side_<name>_token_share``)."""
    out: dict[str, Any] = {k: scores.get(k) for k in SCALAR_COLUMNS}
    for prefix, key, names in (("type", "type_counts", SOURCE_TYPES), ("gender", "gender_counts", GENDERS),
                               ("verb", "verb_class_counts", VERB_CLASSES)):
        counts = scores.get(key) or {}
        for name in names:
            out[f"{prefix}_{name}"] = counts.get(name, 0)
    sides = scores.get("sides") or {}
    for name, value in (sides.get("token_shares") or {}).items():
        if name != "(none)":
            out[f"side_{name}_token_share"] = value
    return out
