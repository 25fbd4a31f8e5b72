"""Source and content spans around accepted cues (PolNeAR conventions, DESIGN §5).

In: a ``Doc`` and the accepted ``Cue`` list (text order).
Out: ``Draft`` attributions as token ranges: cue, source (or none), content
fragments (quote marks and a leading "that" included), and the index of the
outer draft for nested ones.

The shapes handled: ``X said (that) ...``, ``"...," X said.``, ``"...," said X.``,
``..., said X, a Y.``, ``..., X said on Monday.``, split quotes (also with a
phrase between the parts), parenthetical cues (``The bridge, X said, would ...``),
passives (``Y was criticized by X``: Y the content, X the source; no source
without "by"), ``according to X, ...`` / ``..., according to X.``,
``X told Y that ...``, colon lead-ins and speaker labels (``Pence: ...``,
transcripts' ``WALLACE: ...``), signed quotes (``"..." ― X``), sources with
appositives and titles (``Rep. X``), a second cue sharing the first one's subject
(``X said A but denied B``), datelines kept out of contents, quoted sentences
that follow with no cue (they belong to the last speaker), ``as X put it``,
``In a ... poll, ...``, evidential adverbs (``X is reportedly considering ...``)
and unquoted colon lead-ins running to their paragraph's end. Nested reports by a
personal pronoun (``he told reporters he believes``) fold into the outer one.

PolNeAR is flat — no cue lies inside another attribution's content — so a source
never runs over an earlier cue here, and ``analyzer.attribution.overlap`` settles the
drafts that still overlap (a later report ends the earlier content at its clause; a cue
left inside another's content is dropped unless it opens a nested report, ``X reported
that Y believed ...``). ``Draft`` and ``trim`` live in ``analyzer.attribution.draft``.
Every step is a sort and sweep or a bisection: linear or n log n in the article's length.
"""
from __future__ import annotations

import bisect
from typing import Callable

from analyzer.attribution.boundary import BoundaryModel
from analyzer.attribution.cues import AUXILIARIES, BOUNDARY, STRONG_LEMMAS, Cue, as_put_it, label_start, never_cue
from analyzer.attribution.draft import FINITE_VERBS, Draft, trim as _trim
from analyzer.attribution.overlap import (extend_with_following_quotes, flatten, nest, nested_ok,
                                          share_subjects, without_self_reports)
from analyzer.attribution.tokens import QUOTE_MARKS, TITLES, Doc

# Longest source mention we accept on the left of a cue; longer runs are cut to
# their last words (appositives and long descriptions keep their head nearby).
MAX_SOURCE_TOKENS = 14
# Longest appositive between a name and its cue ("X, director of ... University, said");
# 14 (the old limit) left such reports with no source on PolNeAR dev, 28 found them.
MAX_APPOSITIVE_TOKENS = 28
# How far after the cue a "that" may start the content ("told reporters on Monday that").
MAX_THAT_GAP = 7
# Prepositional tails that belong to the cue ("said in a statement", "told reporters").
CUE_TAILS = (("in", "a", "statement"), ("in", "an", "interview"), ("in", "a", "tweet"),
             ("on", "twitter"), ("in", "a", "post"), ("to", "reporters"), ("reporters",),
             ("in", "a", "speech"), ("in", "remarks"))
TAIL_STARTS = frozenset(t[0] for t in CUE_TAILS)
# Modals, negations and adverbs that may stand between a subject and its verb ("you can't even tell").
_MODAL_TAIL = ("can can't cannot could couldn't do does did don't doesn't didn't won't wouldn't shouldn't isn't aren't "
               "wasn't weren't hasn't haven't hadn't even just really actually too").split()
MODAL_TAIL = frozenset(_MODAL_TAIL) | frozenset(w.replace("'", "’") for w in _MODAL_TAIL)  # straight or curly
# Words that open a phrase of time or place, not a subject ("On Thursday, however, Trump spoke").
PHRASE_OPENERS = frozenset("on in at during after before by for from with since until over under last this "
                           "earlier later".split())
# Sentence adverbials set off by commas after the subject ("Clinton, in turn, affirmed", "The report,
# meanwhile, referred", "Budget numbers, though, show"): no appositive, the subject is before them.
SENTENCE_ADVERBIALS = frozenset({
    ("in", "turn"), ("meanwhile",), ("though",), ("however",), ("too",), ("also",), ("instead",), ("likewise",),
    ("similarly",), ("moreover",), ("furthermore",), ("nevertheless",), ("nonetheless",), ("still",), ("then",),
    ("in", "response"), ("in", "contrast"), ("in", "fact"), ("of", "course"), ("for", "his", "part"),
    ("for", "her", "part"), ("for", "its", "part"), ("for", "their", "part"), ("on", "the", "other", "hand"),
    ("by", "contrast"), ("at", "the", "time"), ("in", "particular"), ("for", "example"), ("for", "instance")})
# Openers of a clause with no speaker ("It's hard to describe", "There's often a cue", "Let's talk").
EXPLETIVE_OPENERS = frozenset("it's there's let's it’s there’s let’s".split())
# Words none of which names anyone: a "source" made only of them is a misread clause ("so", "all", "can").
CLOSED_CLASS = frozenset("so all can only to of in on at for with by from as than then too very what whatever "
                         "however also even just the a an this that these those".split())
LEFT_STOP = (BOUNDARY - {"(", ")"}) | frozenset({"that", "!", "?", "and", "but", "as", "because", "while", "when",
                                  "if", "which", "where", "after", "before", "although", "though"})
RIGHT_STOP = BOUNDARY | frozenset({"that", ".", "!", "?", "who", "which", "when", "on", "in", "at",
                                   "during", "after", "before", "because", "as"})
# Longest subject between "that" and a nested cue ("that Israeli intelligence believed").
MAX_NESTED_SOURCE = 6
# Most words between the parts of a split quote ("X said, referring to the bill, ...").
MAX_SPLIT_GAP = 16  # 10 missed '"A," X said during a rally in Town, N.C., "B"' on PolNeAR dev
CLAUSE_END = frozenset({".", "!", "?", ";"})
# A short time phrase after a final cue ("said on Wednesday", "said late on Monday").
MAX_TIME_TAIL = 4
TIME_WORDS = frozenset("late early earlier later yesterday today tonight overnight week weekend month year night "
                       "morning afternoon evening monday tuesday wednesday thursday friday saturday sunday".split())
TIME_PREPOSITIONS = frozenset("on last this".split())  # only before a time word ("commented on X" is no tail)
# Longest phrase after a cue closing its sentence ("C, X told The Post on Thursday.").
MAX_CLOSING_TAIL = 8
SETTING_PREPOSITIONS = frozenset("in on at during via from after before while".split())
# Longest dateline before its dash ("RIO DE JANEIRO (Agency) -").
MAX_DATELINE_TOKENS = 10
# Most words between a parenthetical cue and its closing comma (", he told me on Friday,").
MAX_PARENTHETICAL_TAIL = 4
# Most words between a verb and the colon of the same lead-in ("put it plainly:").
MAX_LEAD_IN_GAP = 4
# Words after a source's first word that put an earlier cue inside the source's own clause.
RELATIVE = frozenset({"who", "which", "whom", "whose", ","})
PASSIVE_AUX = frozenset("is was were are be been being".split())
# Time phrases that may stand between an auxiliary and a reporting verb ("has this morning announced").
TIME_PHRASES = frozenset({(w,) for w in ("today", "yesterday", "tonight", "now", "already", "earlier", "again",
                                          "since", "previously", "recently", "repeatedly")}
                         | {("this", w) for w in ("morning", "afternoon", "evening", "week", "month", "year")}
                         | {("last", w) for w in ("night", "week", "month", "year")}
                         | {("on", d) for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                "sunday")})
# Prepositions right after a cue that PolNeAR puts in the cue, not the content ("called for",
# "complained about"): on PolNeAR train these words end a cue 17 to 400 times as often as they open
# a content ("to" and "in" are far more even and stay in the content).
CUE_PARTICLES = frozenset("for about of on off with against over from at by".split())
# Finite verbs that end the search for a "that" after the cue: the words before it are
# then the content's own clause, and the "that" a relative pronoun.
THAT_GAP_STOPS = frozenset("is are was were has have had will would can could should may might must do does "
                           "did".split())
# Cues whose "that" may come after a hearer, a time or a setting ("told reporters Tuesday that",
# "said in a statement that", "made the case that"): on PolNeAR train these cover nearly all of the
# 369 gold contents opening with such a "that"; after other cues ("called for changing the
# provisions that ...") the "that" is a relative pronoun inside the content.
THAT_AFTER_OBJECT = STRONG_LEMMAS | frozenset("announce remind convince inform assure declare conclude predict state "
                                              "mention reveal agree notice know stress case clear statement "
                                              "show find".split())
NP_OPENERS = frozenset("the a an his her their its our my your this these those".split())
# Words opening a cue's own complement ("offered no proof that", "questioned whether"): after
# one, a quotation ending the sentence before is not this cue's content.
COMPLEMENT_OPENERS = NP_OPENERS | frozenset("that whether if how what why no".split())
NAME_INTRO = frozenset("of on in at".split())
RELATIVE_PRONOUNS = frozenset("who whom whose which".split())
# Words that open a clause of its own after ", according to X,": the report ends before them.
NEW_CLAUSE_OPENERS = frozenset("which who whom whose where when but and or nor so yet while although though as "
                               "because whereas since if unless the a an this that these those he she they it we i "
                               "you there".split())
# Verbs before "to" + cue that belong to neither source nor cue ("continued to insist").
CATENATIVES = frozenset("continue continues continued continuing began begins begun started starts tried tries "
                        "on".split())
# Lower-case words that may open the mention after an inverted cue ("..., said one council source").
RIGHT_SOURCE_OPENERS = frozenset("the a an he she they one two three some several many another both "
                                 "his her their its our this these those".split())
# Words opening a setting rather than a subject ("At a rally, X said, ..." is no parenthetical).
ADVERBIAL_OPENERS = frozenset("at in on during after before when while since as if though although because "
                              "despite even later earlier minutes hours days weeks months years last this "
                              "for with without by from under over among".split())
# Words opening a relative or adverbial clause, never the source of ', X said,'.
NOT_PARENTHETICAL_SOURCES = frozenset("who whom whose which that now since including or and as when while where "
                                      "after before because though although".split())


def build(doc: Doc, cues: list[Cue], pool: list[Cue] | None = None,
          boundary: BoundaryModel | None = None,
          keep: Callable[[list[Draft]], list[Draft]] | None = None) -> list[Draft]:
    """Drafts for accepted cues; cues that yield no content are dropped.

    ``pool`` holds every candidate: a reporting or mental cue right after the
    "that" of an indirect content makes a nested attribution even when the cue
    model (trained on flat gold) rejected it. ``keep`` (the draft model) filters
    the first drafts before overlapping ones are resolved.
    """
    cues = _outside_tails(doc, sorted(cues, key=lambda c: c.first))
    firsts = [c.first for c in cues]
    drafts = [d for d in (_one(doc, cue, cues, boundary, firsts) for cue in cues) if d is not None and d.content]
    if keep is not None:
        drafts = keep(drafts)
    drafts = flatten(doc, drafts)
    share_subjects(doc, drafts)
    drafts += _nested_from_pool(doc, drafts, sorted(pool or [], key=lambda c: c.first), cues, firsts)
    extend_with_following_quotes(doc, drafts, cues)
    nest(drafts)
    return without_self_reports(doc, drafts)


def _outside_tails(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """Cues that are not part of an earlier cue's tail ("statement" in "said in a statement")."""
    out: list[Cue] = []
    tail_end = -1
    for c in cues:
        if c.first <= tail_end:
            continue
        out.append(c)
        tail_end = _cue_end(doc, c, doc.sent_bounds[doc.sent[c.first]][1])
    return out


def _cue_end(doc: Doc, cue: Cue, s1: int) -> int:
    """The cue's last token with its tail ("said in a statement"); "put it" is one cue."""
    return _cue_tail(doc, cue.last + 1 if as_put_it(doc, cue) else cue.last, s1)


def _nested_from_pool(doc: Doc, drafts: list[Draft], pool: list[Cue], cues: list[Cue],
                      firsts: list[int]) -> list[Draft]:
    """Nested cues right after an outer "that" (``pool`` sorted by first token)."""
    accepted = {(c.first, c.last) for c in cues}
    pool_firsts = [c.first for c in pool]
    out = []
    for outer in drafts:
        a, b = outer.content[0]
        if doc.words[a] != "that":
            continue
        lo = bisect.bisect_right(pool_firsts, a)
        hi = bisect.bisect_right(pool_firsts, min(b, a + MAX_NESTED_SOURCE + 1))
        for cue in pool[lo:hi]:
            if (cue.first, cue.last) in accepted or never_cue(doc, cue):
                continue
            inner = _one(doc, cue, cues, None, firsts)
            if inner is not None and inner.content and nested_ok(doc, outer, inner):
                out.append(inner)
                break
    return out


def _one(doc: Doc, cue: Cue, cues: list[Cue], boundary: BoundaryModel | None = None,
         firsts: list[int] | None = None) -> Draft | None:
    """The draft of one cue; ``cues`` sorted by first token, ``firsts`` their first tokens."""
    s0, s1 = doc.sent_bounds[doc.sent[cue.first]]
    last = _cue_end(doc, cue, s1)
    if cue.lemma in ("according to", "in poll"):
        return _according(doc, cue, s0, s1)
    if cue.lemma == "evidential":
        return _evidential(doc, cue, s0, s1, cues, boundary, firsts)
    if cue.lemma == "―":
        return _signed(doc, cue, s1)
    if cue.lemma == ":" and _quote_after(doc, cue.last, s1) is None:
        return _label(doc, cue, s0)
    if _passive_by(doc, cue, last, s0, s1):
        return _by_agent(doc, cue, last, s0, s1)
    left = None if _passive(doc, cue, s0) else _left_source(doc, cue.first, s0)
    if left is not None and _clause_then_inverted_source(doc, left, cue, last, s0, s1):
        left = None  # '..., the losses would outstrip the gains, said X.': X is the source
    if left is not None:
        left = _after_cue_before(doc, left, cue, cues, firsts)
    if left is not None:
        left = _back_to_quote(doc, left, s0)
    after = _quote_after(doc, last, s1)
    before = _quote_before(doc, cue.first if left is None else left[0], s0)
    if before is not None and after is not None and before[1] < s0:
        before = None  # '"Stop!" The mayor shouted: "Go home!"' — the earlier quotation is not this one's
    if before is not None and _quoted_name(doc, before, s0) and _clause_follows(doc, last, s1):
        before = None  # 'In an interview on "Face the Nation," X said ...': a title, the content follows
    if before is not None and before[1] < s0 and left is not None and _own_content_follows(doc, before, last, s1):
        before = None  # 'X tweeted: "...?" He offered no proof that ...': the cue's own clause is its content
    if before is not None and last + 1 < s1 and doc.words[last + 1] in ("that", "whether") \
            and doc.quote_of[last + 1] < 0:
        before = None  # '"...," adding that ...': the complement after the cue is its content
    if after is None and before is None:
        after = _quote_after_phrase(doc, cue, last, s1, firsts)
    right = None
    # "C, said X" inverts; a participle after a comma ("..., explaining the delay") does not.
    inverted = left is None and cue.first > s0 and doc.words[cue.first - 1] == "," \
        and not doc.words[cue.first].endswith("ing")
    if left is None and (before is not None or inverted or _at_clause_end(doc, last, s1)):
        right = _right_source(doc, last, s1)
        if right is not None:
            after = _quote_after(doc, right[1], s1)
    source = left or right
    draft = Draft(cue, last, source)
    if before is not None and (_ends_open(doc, before) or not _clause_follows(doc, right[1] if right else last, s1)):
        draft.content.append(_mixed_lead(doc, before, s0))
        if after is None:
            after = _later_quote(doc, right[1] if right else last, s1)
            if after is not None and firsts is not None and \
                    bisect.bisect_left(firsts, after[0]) > bisect.bisect_right(firsts, cue.last):
                after = None  # '"A," X said, adding later, "B."': B is the later cue's
        if after is not None:
            draft.content.append(after)
        draft.shape = "quote_before" + ("_split" if after else "")
        return draft
    if after is not None:
        draft.content.append(after)
        draft.shape = "quote_after"
        rest = _words_after_quote(doc, after, s1)
        if rest:
            tail = _content_after(doc, after[1] + 1, s1, cues, cue, boundary, firsts)
            if tail is not None:
                draft.content.append(tail)  # 'X said "budget reforms" would pay for it'
        return draft
    if left is not None and before is None:
        parts = _parenthetical(doc, left, last, s0, s1)
        if parts:
            draft.content.extend(parts)
            draft.shape = "parenthetical"
            return draft
    start = (right[1] if right else last) + 1
    if left is not None and (_at_clause_end(doc, start - 1, s1) or _time_tail(doc, start - 1, s1)
                             or _closing_tail(doc, left, start - 1, s0, s1, cue.lemma)):
        span = _content_before(doc, left[0] - (doc.words[left[0] - 1] == "as"), s0)  # "C, as X put it."
        draft.shape = "before"
    elif inverted and right is not None:
        span = _content_before(doc, cue.first, s0)  # "C, said X, a spokesman."
        draft.shape = "before_inverted"
    else:
        span = _content_after(doc, start, s1, cues, cue, boundary, firsts)
        if span is not None and doc.words[start] == ":":
            span = _colon_paragraph(doc, span, s1, firsts)
        if span is not None and span[0] == start and _particle(doc, start) and doc.quote_of[start] < 0:
            span = _trim(doc, start + 1, span[1])  # "called for X": PolNeAR's cue takes the "for"
            draft.cue_last = start
            if doc.words[start] == "by":
                return None  # "a petition by a consumer group": who petitioned, not what was said
    if span is None:
        return None
    draft.content.append(span)
    return draft


def _after_cue_before(doc: Doc, source: tuple[int, int], cue: Cue, cues: list[Cue],
                      firsts: list[int] | None) -> tuple[int, int] | None:
    """A source never runs over an earlier cue ('He said Obama hopes ...': "Obama" hopes)."""
    if firsts is None:
        return source
    j = bisect.bisect_left(firsts, cue.first) - 1
    if j < 0 or cues[j].last < source[0]:
        return source
    if any(doc.words[k] in RELATIVE for k in range(source[0] + 1, cues[j].first)):
        return source  # 'X, who said Y, told ...': the earlier cue sits in the source's clause
    if cue.lemma == ":" and cue.first - cues[j].last <= MAX_LEAD_IN_GAP:
        return source  # 'X put it plainly: "..."' — one lead-in, the colon carries it
    start = cues[j].last + 1
    while start <= source[1] and doc.words[start] in ("that", ",", "and", "but"):
        start += 1
    return (start, source[1]) if start <= source[1] else None


def _passive_by(doc: Doc, cue: Cue, last: int, s0: int, s1: int) -> bool:
    """'Y is supported by X': a form of "be" before the cue, "by" right after it."""
    if last + 2 >= s1 or doc.words[last + 1] != "by" or doc.quote_of[cue.first] >= 0:
        return False
    return _passive(doc, cue, s0)


def _passive(doc: Doc, cue: Cue, s0: int) -> bool:
    """A form of "be" before the cue ('Y was criticized', 'Y is expected to'): its subject is
    no source (on PolNeAR train, 4 in 5 such reports without "by" have none)."""
    k = cue.first - 1
    while k > s0 and doc.words[k].endswith("ly"):
        k -= 1
    return k > s0 and doc.words[k] in PASSIVE_AUX and doc.words[cue.last][-2:] in ("ed", "en", "wn")


def _by_agent(doc: Doc, cue: Cue, last: int, s0: int, s1: int) -> Draft | None:
    """The subject is the content, the agent after "by" the source; "by" joins the cue."""
    subject = _left_source(doc, cue.first, s0)
    by = last + 1
    end = by + 1
    while end < s1 and doc.words[end] not in RIGHT_STOP and doc.quote_of[end] < 0:
        end += 1
    if subject is None or end == by + 1 or end - by > MAX_SOURCE_TOKENS:
        return None
    span = _trim(doc, *subject)
    return Draft(cue, by, (by + 1, end - 1), [span], shape="passive") if span else None


def _parenthetical(doc: Doc, source: tuple[int, int], last: int, s0: int, s1: int) -> list[tuple[int, int]]:
    """'The museum, Mr. Obama said, would ...': the report wraps around ', X said,' (two fragments)."""
    comma = source[0] - 1
    if comma <= s0 or doc.words[comma] != "," or doc.words[source[0]] in NOT_PARENTHETICAL_SOURCES:
        return []  # 'Obama, who endorsed her, is making his pitch': a relative clause, no report around it
    k = last + 1
    while k < s1 and k - last <= MAX_PARENTHETICAL_TAIL and doc.words[k] not in BOUNDARY and doc.words[k] != ".":
        k += 1
    if k + 1 >= s1 or doc.words[k] != "," or not doc.words[k + 1][:1].isalnum() or doc.quote_of[k + 1] >= 0:
        return []
    head, rest = _trim(doc, s0, comma - 1), _trim(doc, k + 1, s1 - 1)
    if head is None or rest is None or any(doc.quote_of[x] >= 0 for x in range(head[0], head[1] + 1)):
        return []
    if doc.words[head[0]] in ADVERBIAL_OPENERS or doc.words[head[0]].endswith("ing"):
        return []  # 'At a rally in Ohio, Ms. Lee railed against ..., ...': the head is a setting, not a subject
    return [head, rest]


def _cue_tail(doc: Doc, last: int, s1: int) -> int:
    if last + 1 >= s1 or doc.words[last + 1] not in TAIL_STARTS:
        return last
    for tail in CUE_TAILS:
        end = last + len(tail)
        if end < s1 and tuple(doc.words[last + 1:end + 1]) == tail:
            return end
    return last


def _according(doc: Doc, cue: Cue, s0: int, s1: int) -> Draft | None:
    """'according to X, C' or 'C, according to X'."""
    k = cue.last + 1
    end = k
    while end < s1 and doc.words[end] not in (",", ".", ";") and doc.quote_of[end] < 0 \
            or end < s1 and doc.words[end] == "." and end > k and doc.words[end - 1] in TITLES:
        end += 1
    if end == k:
        return None
    source = (k, end - 1)
    if end < s1 and doc.words[end] == "," and _words_between(doc, s0, cue.first) <= 2:
        rest = end + 1
        if rest < s1 and doc.words[rest] in ("which", "who"):  # 'according to X, which ..., C'
            nxt = rest
            while nxt < s1 and doc.words[nxt] != "," and doc.quote_of[nxt] < 0:
                nxt += 1
            rest = nxt + 1 if nxt < s1 - 1 and doc.words[nxt] == "," else rest
        span = _trim(doc, rest, s1 - 1)
    else:
        span = _trim(doc, after_dateline(doc, s0), cue.first - 1)
        if end < s1 - 1 and doc.words[end] == "," and span is None:
            span = _trim(doc, end + 1, s1 - 1)
        elif span is not None and end < s1 - 1 and doc.words[end] == "," and doc.words[cue.first - 1] == "," \
                and doc.words[end + 1] not in NEW_CLAUSE_OPENERS and doc.quote_of[end + 1] < 0:
            rest = _trim(doc, end + 1, s1 - 1)  # 'At the heart of it, according to X, was a decision ...'
            if rest is not None:
                return Draft(cue, cue.last, source, [span, rest], shape="according")
    if span is None:
        return None
    return Draft(cue, cue.last, source, [span], shape="according")


def _evidential(doc: Doc, cue: Cue, s0: int, s1: int, cues: list[Cue], boundary: BoundaryModel | None,
                firsts: list[int] | None) -> Draft | None:
    """'The group is reportedly spending $1 million': the clause around the adverb, no source."""
    k = cue.first - 1
    while k >= s0 and doc.words[k] not in (",", ";", ":") and doc.quote_of[k] < 0:
        k -= 1
    head = _trim(doc, max(k + 1, after_dateline(doc, s0)), cue.first - 1)
    rest = _content_after(doc, cue.last + 1, s1, cues, cue, boundary, firsts)
    parts = [p for p in (head, rest) if p is not None]
    return Draft(cue, cue.last, None, parts, shape="evidential") if rest is not None else None


def _signed(doc: Doc, cue: Cue, s1: int) -> Draft | None:
    """'"..." ― Name': the quotation before, the signature after."""
    q0, q1 = doc.quotes[doc.quote_of[cue.first - 1]]
    end = cue.last + 1
    while end < s1 and doc.words[end] not in (",", ".", ";") and doc.quote_of[end] < 0:
        end += 1
    source = (cue.last + 1, end - 1) if end > cue.last + 1 else None
    return Draft(cue, cue.last, source, [(q0, q1)], shape="signed")


def _label(doc: Doc, cue: Cue, s0: int) -> Draft | None:
    """'Pence: ...' — the label is the source; the content runs to the paragraph's end."""
    start = label_start(doc, s0)
    source = (start, cue.first - 1)
    end = cue.last
    while end + 1 < len(doc) and doc.para[end + 1] == doc.para[cue.first]:
        end += 1
    span = _trim(doc, cue.last + 1, end)
    return Draft(cue, cue.last, source, [span], shape="label") if span else None


def _colon_paragraph(doc: Doc, span: tuple[int, int], s1: int, firsts: list[int] | None
                     ) -> tuple[int, int]:
    """'She added: It is typical. They know nothing.' — an unquoted content after a colon
    lead-in runs over the following sentences of its paragraph (PolNeAR's convention),
    stopping before a sentence that holds a cue or a quotation of its own."""
    if doc.quote_of[span[0]] >= 0 or span[1] < s1 - 2:
        return span  # a quotation carries its own end; a content cut inside its sentence stays cut
    end = span[1]
    k = s1
    while k < len(doc) and doc.para[k] == doc.para[span[0]]:
        t0, t1 = doc.sent_bounds[doc.sent[k]]
        has_cue = firsts is not None and bisect.bisect_left(firsts, t0) < bisect.bisect_left(firsts, t1)
        if has_cue or any(doc.quote_of[j] >= 0 for j in range(t0, t1)):
            break
        end, k = t1 - 1, t1
    return _trim(doc, span[0], end) or span if end > span[1] else span


def _words_between(doc: Doc, a: int, b: int) -> int:
    return sum(1 for k in range(a, b) if doc.words[k][:1].isalnum())


def _left_source(doc: Doc, first: int, s0: int) -> tuple[int, int] | None:
    """The subject mention just before the cue, auxiliaries and adverbs stripped."""
    end = first - 1
    while end >= s0 and (doc.words[end] in AUXILIARIES or doc.words[end].endswith("ly")):
        end -= 1
    end = _before_time_phrase(doc, end, s0)
    if end - 1 > s0 and doc.words[end] == "to" and doc.words[end - 1] in CATENATIVES:
        end -= 2  # "He continued to insist": the subject is "He"
        if doc.words[end] == "went" and doc.words[end + 1] == "on":
            end -= 1
        while end >= s0 and (doc.words[end] in AUXILIARIES or doc.words[end].endswith("ly")):
            end -= 1
    if end >= s0 and doc.words[end] == ",":
        return _appositive_source(doc, end, s0)
    subject = _subject_before_adverbial(doc, end, s0)
    if subject is not None:
        return subject  # "Nominees have, in turn, refused": the subject before the adverbial
    k = end
    while k >= s0 and doc.words[k] not in LEFT_STOP and doc.quote_of[k] < 0:
        k -= 1
    start = max(k + 1, after_dateline(doc, s0))
    while end >= start and (doc.words[end] in MODAL_TAIL or doc.words[end] in AUXILIARIES):
        end -= 1  # "you can't even tell", "we didn't expect": the subject is "you", "we"
    if start > end or doc.words[start] in EXPLETIVE_OPENERS \
            or all(w in CLOSED_CLASS for w in doc.words[start:end + 1]):
        return None  # "It's hard to describe", "so understanding ...": no one is the subject
    if end - start + 1 > MAX_SOURCE_TOKENS:
        start = end - MAX_SOURCE_TOKENS + 1
    start = _after_opening_adverbial(doc, start, end)
    return (start, end)


def _after_opening_adverbial(doc: Doc, start: int, end: int) -> int:
    """Where the subject starts when a sentence adverbial opens the sentence before it ("By contrast he
    said", "Meanwhile the mayor said"); ``start`` when none does or nothing but punctuation would remain."""
    for n in (4, 3, 2, 1):
        if start + n <= end and tuple(doc.words[start:start + n]) in SENTENCE_ADVERBIALS:
            rest = start + n + (doc.words[start + n] == "," and start + n < end)
            return rest if any(w[:1].isalpha() for w in doc.words[rest:end + 1]) else start
    return start


def _before_time_phrase(doc: Doc, end: int, s0: int) -> int:
    """'The company has this morning announced': a time phrase between an auxiliary and the cue is no
    part of the subject; the subject ends before the auxiliary."""
    for n in (2, 1):
        k = end - n + 1
        if k - 1 >= s0 and tuple(doc.words[k:end + 1]) in TIME_PHRASES and doc.words[k - 1] in AUXILIARIES:
            end = k - 1
            while end >= s0 and (doc.words[end] in AUXILIARIES or doc.words[end].endswith("ly")):
                end -= 1
            return end
    return end


def _clause_then_inverted_source(doc: Doc, left: tuple[int, int], cue: Cue, last: int, s0: int, s1: int) -> bool:
    """What stands before ', said' is a clause (a finite verb outside any relative clause) and a
    mention follows the cue with no verb after it: the report is inverted, not 'X, a Y, said'."""
    if cue.first == s0 or doc.words[cue.first - 1] != "," or doc.words[cue.first].endswith("ing"):
        return False
    words = doc.words[left[0]:left[1] + 1]
    if not any(w in FINITE_VERBS for w in words) or any(w in RELATIVE_PRONOUNS for w in words):
        return False
    return _right_source(doc, last, s1) is not None and not any(w in FINITE_VERBS for w in doc.words[last + 1:s1])


def _appositive_source(doc: Doc, comma: int, s0: int) -> tuple[int, int] | None:
    """'X, a spokesman for Y, said': the name and its appositive, commas inside. 'X, in turn, affirmed the
    claims, saying' and 'X, meanwhile, said': X, the subject before the sentence adverbial."""
    k = comma - 1
    while k >= s0 and doc.words[k] != "," and doc.quote_of[k] < 0 and comma - k <= MAX_APPOSITIVE_TOKENS:
        k -= 1
    if k < s0 or doc.words[k] != ",":
        return None
    if tuple(doc.words[k + 1:comma]) in SENTENCE_ADVERBIALS:
        subject = _subject_before(doc, k, s0)
        if subject is not None:
            return subject
    subject = _subject_before_adverbial(doc, k - 1, s0)
    if subject is not None and doc.words[comma + 1].endswith("ing"):
        return subject  # "X, in turn, affirmed the claims, saying ...": X said it
    j = k - 1
    while j >= s0 and doc.words[j] not in LEFT_STOP and doc.quote_of[j] < 0:
        j -= 1
    start = max(j + 1, after_dateline(doc, s0))
    if start > k - 1 or comma - start > 2 * MAX_SOURCE_TOKENS:
        return None
    return (start, comma - 1)


def _subject_before_adverbial(doc: Doc, end: int, s0: int) -> tuple[int, int] | None:
    """The subject when the words up to ``end`` close on ', <sentence adverbial>' ("Nominees have, in turn"
    -> "Nominees"); None otherwise."""
    k = end
    while k >= s0 and doc.words[k] != "," and end - k < 4:
        k -= 1
    if k < s0 or doc.words[k] != "," or tuple(doc.words[k + 1:end + 1]) not in SENTENCE_ADVERBIALS:
        return None
    return _subject_before(doc, k, s0)


def _subject_before(doc: Doc, comma: int, s0: int) -> tuple[int, int] | None:
    """The words between the clause's start and ``comma``, auxiliaries after the subject dropped."""
    j = comma - 1
    while j >= s0 and doc.words[j] not in LEFT_STOP and doc.quote_of[j] < 0:
        j -= 1
    start, end = max(j + 1, after_dateline(doc, s0)), comma - 1
    while end > start and (doc.words[end] in AUXILIARIES or doc.words[end] in MODAL_TAIL):
        end -= 1
    if start > end or end - start + 1 > MAX_SOURCE_TOKENS or doc.words[start] in PHRASE_OPENERS \
            or all(w in CLOSED_CLASS for w in doc.words[start:end + 1]):
        return None
    return (start, end)


def _back_to_quote(doc: Doc, source: tuple[int, int], s0: int) -> tuple[int, int]:
    """'"...," X, a Y, one of Z, said': a source behind several appositives reaches back to the quote."""
    start, end = source
    if start - 1 < s0 or doc.words[start - 1] != ",":
        return source
    k = start - 1
    while k >= s0 and doc.quote_of[k] < 0 and end - k <= 3 * MAX_SOURCE_TOKENS:
        if doc.words[k] in LEFT_STOP and doc.words[k] != ",":
            return source
        k -= 1
    if k < s0 or doc.quote_of[k] < 0 or doc.quotes[doc.quote_of[k]][1] != k:
        return source
    if not _ends_open(doc, doc.quotes[doc.quote_of[k]]):
        return source  # 'the "full repair" of the bridge, the statement said': the quote is inside content
    first = k + 1
    while first < start and doc.words[first] == ",":
        first += 1
    return (first, end)


def _right_source(doc: Doc, last: int, s1: int) -> tuple[int, int] | None:
    """'said X' — the mention after an inverted cue, up to a comma or the end."""
    k = last + 1
    end = k
    while end < s1 and doc.quote_of[end] < 0 and (doc.words[end] not in RIGHT_STOP or _title_stop(doc, end)):
        end += 1
    if end == k or end - k > MAX_SOURCE_TOKENS:
        return None
    if not (doc.raw[k][:1].isupper() or doc.words[k] in RIGHT_SOURCE_OPENERS
            or any(doc.raw[j][:1].isupper() for j in range(k + 1, end))):  # "former governor Ed Rendell"
        return None
    return (k, end - 1)


def _title_stop(doc: Doc, k: int) -> bool:
    """The full stop of a title ("Rep. Elijah Cummings"), which ends no mention."""
    return doc.words[k] == "." and k > 0 and doc.words[k - 1] in TITLES and doc.ends[k - 1] == doc.starts[k]


def _particle(doc: Doc, k: int) -> bool:
    """A preposition that belongs to the cue before it ("called for", "referred to the ...")."""
    if doc.words[k] in CUE_PARTICLES:
        return True
    # "to" before a noun phrase ("agreed to an interview") ends the cue; before a verb it opens
    # the content ("agreed to release"): on PolNeAR train 195 against 19 before a determiner or a
    # capital, 138 against 637 before anything else.
    return doc.words[k] == "to" and k + 1 < len(doc) and (doc.words[k + 1] in NP_OPENERS
                                                          or doc.raw[k + 1][:1].isupper())


def _quoted_name(doc: Doc, quote: tuple[int, int], s0: int) -> bool:
    """A quotation inside a phrase ('on "Face the Nation,"', 'of CBS's "60 Minutes"'): a name, not speech."""
    q0 = quote[0]
    if q0 <= s0:
        return False
    before = doc.words[q0 - 1]
    return before in NAME_INTRO or before.endswith(("'s", "’s"))


def _ends_open(doc: Doc, quote: tuple[int, int]) -> bool:
    """The quotation ends on a comma, '?', '!' or a dash: it is the report's content ('"...," X said')."""
    k = quote[1] - 1
    while k > quote[0] and doc.words[k] in QUOTE_MARKS:
        k -= 1  # "... the term 'outreach,' " he said: the comma sits inside the inner quote
    return k > quote[0] and doc.words[k] in (",", "?", "!", "—", "–", "…")


def _own_content_follows(doc: Doc, quote: tuple[int, int], last: int, s1: int) -> bool:
    """The cue, in a sentence after the quotation's, takes a complement of its own or stands
    in another paragraph ('"Why?" she asked of Apple' keeps the quotation: the splitter cut
    after '?')."""
    if doc.para[quote[1]] != doc.para[last]:
        return True
    return last + 1 < s1 and doc.words[last + 1] in COMPLEMENT_OPENERS and doc.quote_of[last + 1] < 0


def _clause_follows(doc: Doc, last: int, s1: int) -> bool:
    """Words (not a comma, a quotation or the sentence end) follow the cue: the content is there."""
    k = last + 1
    if k >= s1 or k >= len(doc):
        return False
    return doc.words[k][:1].isalnum() and doc.quote_of[k] < 0


def _time_tail(doc: Doc, last: int, s1: int) -> bool:
    """Only a short time phrase follows the cue ('..., X said on Wednesday.')."""
    end = s1
    while end > last + 1 and doc.words[end - 1] in CLAUSE_END:
        end -= 1
    n = end - last - 1
    if not (1 <= n <= MAX_TIME_TAIL and all(doc.words[k][:1].isalnum() for k in range(last + 1, end))):
        return False
    first = doc.words[last + 1]
    return first in TIME_WORDS or (first in TIME_PREPOSITIONS and n >= 2 and doc.words[last + 2] in TIME_WORDS)


def _closing_tail(doc: Doc, source: tuple[int, int], last: int, s0: int, s1: int, cue_lemma: str) -> bool:
    """'C, X told The Post on Thursday.' / 'C, X said in his interview.': a comma before the
    source, and after the cue only a short setting (a preposition's phrase, or the hearer of
    "told"), with no "that", comma or quotation."""
    if source[0] - 1 <= s0 or doc.words[source[0] - 1] != ",":
        return False
    end = s1
    while end > last + 1 and doc.words[end - 1] in CLAUSE_END:
        end -= 1
    n = end - last - 1
    if not (1 <= n <= MAX_CLOSING_TAIL and all(doc.words[k][:1].isalnum() and doc.words[k] != "that"
                                               and doc.quote_of[k] < 0 for k in range(last + 1, end))):
        return False
    first = doc.words[last + 1]
    return first in SETTING_PREPOSITIONS or (cue_lemma == "tell" and (doc.raw[last + 1][:1].isupper()
                                                                     or first == "reporters"))


def _at_clause_end(doc: Doc, last: int, s1: int) -> bool:
    k = last + 1
    return k >= s1 or doc.words[k] in CLAUSE_END


def _quote_after(doc: Doc, last: int, s1: int) -> tuple[int, int] | None:
    k = last + 1
    while k < len(doc) and doc.words[k] in (",", ":") and k - last <= 2:
        k += 1
    if k < len(doc) and doc.quote_of[k] >= 0:
        q0, q1 = doc.quotes[doc.quote_of[k]]
        if q0 == k and (k < s1 or doc.words[last + 1:k] == [":"]):
            return (q0, q1)
    return None


def _words_after_quote(doc: Doc, quote: tuple[int, int], s1: int) -> bool:
    """A quoted phrase the sentence goes on from ('said "budget reforms" would ...'): the
    quotation closes on a word, not on a comma or a stop, and a word follows it."""
    q0, q1 = quote
    k = q1 - 1
    while k > q0 and doc.words[k] in QUOTE_MARKS:
        k -= 1
    return k > q0 and doc.words[k][:1].isalnum() and q1 + 1 < s1 and doc.words[q1 + 1][:1].isalnum() \
        and doc.sent[q1] == doc.sent[q0]


def _quote_after_phrase(doc: Doc, cue: Cue, last: int, s1: int,
                        firsts: list[int] | None) -> tuple[int, int] | None:
    """'X said during the debate, "..."': a quotation after a short phrase and a comma."""
    quote = _later_quote(doc, last, s1)
    if quote is None or any(doc.words[k] in ("that", ";") for k in range(last + 1, quote[0])):
        return None
    if firsts is not None and bisect.bisect_left(firsts, quote[0]) > bisect.bisect_right(firsts, cue.last):
        return None  # another cue between them owns the quotation
    return quote


def _later_quote(doc: Doc, last: int, s1: int) -> tuple[int, int] | None:
    """Split quotes with a phrase between ('"A," X said, referring to Y, "B."'): the second part."""
    for k in range(last + 1, min(s1, last + 1 + MAX_SPLIT_GAP)):
        q = doc.quote_of[k]
        if q >= 0:
            q0, q1 = doc.quotes[q]
            return (q0, q1) if q0 == k and doc.words[k - 1] in (",", "but") else None
    return None


def _quote_before(doc: Doc, first: int, s0: int) -> tuple[int, int] | None:
    """A quotation closing just before the cue's clause, in its sentence (or ending the one before
    on '?', '!' or ',' — '"Why?" she asked.' is often split after the mark)."""
    k = first - 1
    while k >= 0 and doc.words[k] in (",", "—", "–") and first - k <= 2:
        k -= 1
    if k < 0 or doc.quote_of[k] < 0:
        return None
    if k < s0 and not (k == s0 - 1 and (doc.raw[s0][:1].islower() or _ends_open(doc, doc.quotes[doc.quote_of[k]]))):
        return None  # a quotation closing the sentence before with a full stop is its own report
    if k >= 0 and doc.quote_of[k] >= 0:
        q0, q1 = doc.quotes[doc.quote_of[k]]
        if q1 == k:
            return (q0, q1)
    return None


def _mixed_lead(doc: Doc, quote: tuple[int, int], s0: int) -> tuple[int, int]:
    """A quotation closing a sentence that began outside it: the content starts with the sentence."""
    q0, q1 = quote
    if q0 > s0 and doc.sent[q0] == doc.sent[q1]:
        span = _trim(doc, s0, q1)
        if span is not None:
            return span
    return quote


def _content_before(doc: Doc, source_start: int, s0: int) -> tuple[int, int] | None:
    end = source_start - 1
    while end >= s0 and doc.words[end] in (",", "—", "–"):
        end -= 1
    return _trim(doc, after_dateline(doc, s0), end)


def after_dateline(doc: Doc, s0: int) -> int:
    """Where a paragraph's first sentence starts once a dateline ("MANILA (Agency) - ") is skipped."""
    if s0 > 0 and doc.para[s0 - 1] == doc.para[s0]:
        return s0
    s1 = doc.sent_bounds[doc.sent[s0]][1] if s0 < len(doc) else s0
    for k in range(s0 + 1, min(s1 - 1, s0 + MAX_DATELINE_TOKENS)):
        if doc.raw[k] in ("-", "—", "–", "--") and doc.starts[k] > doc.ends[k - 1] \
                and doc.starts[k + 1] > doc.ends[k] and (doc.raw[k - 1] == ")" or doc.raw[k - 1].isupper()):
            return k + 1
    return s0


def _content_after(doc: Doc, start: int, s1: int, cues: list[Cue], cue: Cue,
                   boundary: BoundaryModel | None = None,
                   firsts: list[int] | None = None) -> tuple[int, int] | None:
    """From after the cue (or from a near 'that') to the clause end, extended over an open quotation."""
    for k in range(start, min(start + MAX_THAT_GAP, s1)):
        if doc.words[k] == "that":
            if k == start or cue.lemma in THAT_AFTER_OBJECT:
                start = k
            break
        if doc.words[k] in BOUNDARY or doc.words[k] == "." or doc.words[k] in THAT_GAP_STOPS:
            break  # 'said engineers have a report that ...': the content began already
    while start < s1 and doc.words[start] in (",", ":"):
        start += 1
    end = s1 - 1
    if firsts is None:
        cues = sorted(cues, key=lambda c: c.first)
        firsts = [c.first for c in cues]
    for other in cues[bisect.bisect_right(firsts, start):bisect.bisect_right(firsts, end)]:
        if other is cue:
            continue
        if doc.words[other.first - 1] == "," and other.verb_class != "mental":
            end = other.first - 2  # ", adding that ..." starts a new attribution
            break
        src = _left_source(doc, other.first, start)
        if src is not None and src[0] > start and doc.words[src[0] - 1] == "," \
                and _at_clause_end(doc, other.last, s1):
            end = src[0] - 2  # "..., the statement said." closes this content
            break
    if boundary is not None and start < end:
        end = boundary.end(doc, cue, start, end)
    if doc.quote_of[end] >= 0:
        end = max(end, doc.quotes[doc.quote_of[end]][1])
    return _trim(doc, start, end)


