"""Cue candidates: which tokens could signal an attribution, and their verb class.

In: a ``Doc`` (tokens and quotations).
Out: ``Cue`` candidates (token range, lemma, verb class) from the reporting-verb
lexicon (``analyzer/lexicons/reporting_verbs.tsv``), "according to", and colon
lead-ins before a quotation and speaker labels; ``never_cue`` (uses that are
never cues: "the said ...", participles modifying a noun), ``speaker_label``
(always cues); and ``rule_accepts``, the hand rule that keeps a candidate when no
learned model is available.
"""
from __future__ import annotations

from typing import NamedTuple
from functools import lru_cache
from importlib import resources

from analyzer.attribution.tokens import QUOTE_MARKS, Doc

DASHES = frozenset({"―", "—", "–"})
# A colon after at most this many words is a speaker label ("Pence: ...").
MAX_LABEL_TOKENS = 4
PRONOUNS = frozenset("he she they it we i you who".split())
# Words before "said" that make it an adjective ("the said agreement").
DETERMINERS = frozenset("the a an this that these those its his her their our said".split())
AUXILIARIES = frozenset("has have had will would could should may might is was were are be been also "
                        "reportedly repeatedly previously later then still already has once again "
                        "not n't never privately publicly always often sometimes usually".split())
BOUNDARY = frozenset({",", ";", ":", "—", "–", "--", "(", ")"}) | QUOTE_MARKS
# The verbs whose bare use ("X said the ...") is an attribution without "that" or quotes.
STRONG_LEMMAS = frozenset("say tell report write add claim argue insist warn acknowledge admit announce "
                          "believe think fear hope want expect deny confirm explain note predict "
                          "testify tweet allege suggest contend assert maintain concede "
                          "worry know feel reply respond".split())


# Forms that are only participles (never a simple past): with no auxiliary before them they
# modify a noun ("the words spoken by") and head no report.
PARTICIPLES_ONLY = frozenset("written spoken shown known seen given taken drawn chosen sworn hidden "
                             "forgotten undertaken overseen rewritten".split())
# Adverbs between an auxiliary and its participle ("was first reported").
SKIPPED_ADVERBS = frozenset("not n't never also first later then since again once still already".split())
# Auxiliaries that make a participle a verb ("has written", "was shown", "got known").
PERFECT_OR_PASSIVE = frozenset("has have had having is was were are be been being get gets got gotten "
                               "'s 've 'd".split())


class Cue(NamedTuple):
    """A candidate cue. A named tuple of ints and strings, which the garbage collector stops
    tracking: a long article's thousands of candidates cost its full passes nothing."""

    first: int  # token range, inclusive
    last: int
    lemma: str
    verb_class: str


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, ...], tuple[str, str]]:
    """Word-form tuple -> (lemma, verb class), from the shipped TSV."""
    path = resources.files("analyzer.lexicons").joinpath("reporting_verbs.tsv")
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, verb_class, forms = line.split("\t")[:3]
        for form in forms.split(","):
            key = tuple(form.strip().lower().split())
            table.setdefault(key, (lemma, verb_class))
    return table


@lru_cache(maxsize=1)
def _first_words() -> dict[str, list[tuple[str, ...]]]:
    """First word -> lexicon keys starting with it, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for key in lexicon():
        out.setdefault(key[0], []).append(key)
    for keys in out.values():
        keys.sort(key=len, reverse=True)
    return out


def verb_class_of(words: list[str]) -> str:
    """The class of a cue given its words (the first lexicon word found), 'neutral' otherwise."""
    table = lexicon()
    firsts = _first_words()
    for i, word in enumerate(words):
        for key in firsts.get(word, ()):
            if tuple(words[i:i + len(key)]) == key:
                return table[key][1]
    return "neutral"


def candidates(doc: Doc, extra_words: frozenset[str] = frozenset()) -> list[Cue]:
    """Every token that could be a cue: lexicon forms, 'according to', colon lead-ins,
    signature dashes, evidential adverbs with no verb after them ("reportedly") and "in" before
    a poll or survey.

    ``extra_words`` are single-word cue forms mined from training data (the
    learned model's lexicon); they take the verb class 'neutral' unless the
    shipped lexicon knows them.
    """
    words = doc.words
    firsts = _first_words()
    table = lexicon()
    out: list[Cue] = []
    starters = _starters(extra_words)
    after = -1  # the last token of the last candidate found
    for i in [k for k, w in enumerate(words) if w in starters]:  # one pass in C over the rest
        if i <= after:
            continue
        word = words[i]
        found = None
        for key in firsts.get(word, ()):
            if tuple(words[i:i + len(key)]) == key:
                found = Cue(i, i + len(key) - 1, *table[key])
                break
        if found is None and word in extra_words:
            found = Cue(i, i, word, "neutral")
        after_cue = bool(out) and out[-1].last == i - 1
        if found is None and word == ":" and not after_cue and (_quote_follows(doc, i) or _short_label_before(doc, i)):
            found = Cue(i, i, ":", "neutral")
        if found is None and word in EVIDENTIAL and not any(w in firsts for w in words[i + 1:i + 3]):
            found = Cue(i, i, "evidential", EVIDENTIAL[word])  # "X is reportedly considering Y" (no verb of its own)
        if found is None and word == "in" and _poll_follows(doc, i):
            found = Cue(i, i, "in poll", "neutral")  # "In a CBS News poll, 50 percent chose ..."
        if found is None and word in DASHES and _quote_closes_at(doc, i - 1) and _signature_follows(doc, i):
            found = Cue(i, i, "―", "neutral")  # '"..." ― Name' (signed reader quotes)
        if found is not None:
            out.append(found)
            after = found.last
    return out


_STARTERS: dict[frozenset[str], frozenset[str]] = {}


def _starters(extra_words: frozenset[str]) -> frozenset[str]:
    """Words that may open a candidate (cached per mined-word set)."""
    got = _STARTERS.get(extra_words)
    if got is None:
        got = _STARTERS[extra_words] = frozenset(_first_words()) | extra_words | {":", "in"} | DASHES | set(EVIDENTIAL)
    return got


def _quote_closes_at(doc: Doc, k: int) -> bool:
    return k >= 0 and doc.quote_of[k] >= 0 and doc.quotes[doc.quote_of[k]][1] == k


def label_start(doc: Doc, s0: int) -> int:
    """Where a speaker label may start: after the quote marks opening the sentence (also the
    marks that continue a multi-paragraph quotation)."""
    s1 = doc.sent_bounds[doc.sent[s0]][1] if s0 < len(doc) else s0
    start = s0
    while start < s1 and doc.raw[start] in QUOTE_MARKS:
        start += 1
    return start


def _short_label_before(doc: Doc, i: int) -> bool:
    """'Pence: ...' in headlines and 'WALLACE: ...' in transcripts — a short name before a colon."""
    s0, s1 = doc.sent_bounds[doc.sent[i]]
    start = label_start(doc, s0)
    n = i - start
    return 1 <= n <= MAX_LABEL_TOKENS and doc.raw[start][:1].isupper() and i + 1 < s1


# Words of page furniture and newsletter headings that stand before a colon but name no speaker.
NOT_SPEAKERS = frozenset("correction corrections update updated updates video videos watch breaking photo photos "
                         "editor's editor’s note read more related advertisement exclusive live listen quiz "
                         "newsletter email briefing morning evening daily weekly podcast".split())


def speaker_label(doc: Doc, cue: Cue) -> bool:
    """A speaker label — a transcript's "WALLACE: ..." (also after an opening quote mark), a
    headline's "Ortiz: ..." — is always a cue."""
    if cue.lemma != ":" or not _short_label_before(doc, cue.first):
        return False
    s0 = doc.sent_bounds[doc.sent[cue.first]][0]
    start = label_start(doc, s0)
    label = doc.raw[start:cue.first]
    if any(t.lower() in NOT_SPEAKERS for t in label):
        return False  # "CORRECTION: ...", "UPDATE: ...", "Delegate Update: ..."
    if doc.sent[cue.first] == 0 and label and label[0].lower() not in ("the", "a", "an"):
        return True  # "Pence: ..." headlines (on PolNeAR train, 2 in 3 such labels are sources)
    return all(t.isupper() and t.isalpha() for t in label) and sum(len(t) for t in label) >= 2


# A signature is a short name closing its paragraph ('"..." ― Ana Ruiz'); a longer run after
# the dash is the sentence going on ('"slam-dunk" charges – absent political intervention, ...').
MAX_SIGNATURE_TOKENS = 8


def _signature_follows(doc: Doc, dash: int) -> bool:
    k = dash + 1
    if k >= len(doc) or not (doc.raw[k][:1].isupper() or doc.raw[k][:1] == "@"):
        return False
    end = k
    while end + 1 < len(doc) and doc.para[end + 1] == doc.para[dash] and end - dash < MAX_SIGNATURE_TOKENS + 1:
        end += 1
    return end + 1 >= len(doc) or doc.para[end + 1] != doc.para[dash]


# How far back the "as" of "as X put it" may stand ("As Steven Rosenthal, a tax lawyer, recently put it").
MAX_AS_PUT_IT_GAP = 16


def as_put_it(doc: Doc, cue: Cue) -> bool:
    """"As X put it, C" and "C, as X put it": always a report (the model sees "put" mostly in
    other senses)."""
    j = cue.last
    if doc.words[cue.first] not in ("put", "puts") or j + 1 >= len(doc) or doc.words[j + 1] != "it":
        return False
    s0 = doc.sent_bounds[doc.sent[cue.first]][0]
    return "as" in doc.words[max(s0, cue.first - MAX_AS_PUT_IT_GAP):cue.first]


# Adverbs that attribute a whole clause to unnamed reports when no reporting verb follows, and
# their verb class ("allegedly" keeps its distance, DESIGN §5).
EVIDENTIAL = {"reportedly": "neutral", "allegedly": "distancing", "purportedly": "distancing",
              "supposedly": "distancing"}
# "in" + a poll or survey named within this many words is a report of its findings.
MAX_POLL_NAME_TOKENS = 8
POLL_WORDS = frozenset({"poll", "survey"})


def _poll_follows(doc: Doc, i: int) -> bool:
    s1 = doc.sent_bounds[doc.sent[i]][1]
    for k in range(i + 1, min(s1, i + 1 + MAX_POLL_NAME_TOKENS)):
        if doc.words[k] in POLL_WORDS:
            return True
        if doc.words[k] in (",", ".", ";") or doc.quote_of[k] >= 0:
            return False
    return False


def _quote_follows(doc: Doc, i: int) -> bool:
    j = i + 1
    return j < len(doc) and doc.quote_of[j] >= 0 and doc.quotes[doc.quote_of[j]][0] == j


def never_cue(doc: Doc, cue: Cue) -> bool:
    """Uses that are never attributions whatever the model says: "the said agreement",
    participles with no auxiliary that modify a noun ("a poem written in 1974", "a poll
    published on Monday by the institute showed ...") — the report is elsewhere, if anywhere —,
    set phrases ("let's say", "that said,", "hard to tell") and "continued to" / "went on to"."""
    i = cue.first
    s0, s1 = doc.sent_bounds[doc.sent[i]]
    if i == s0:
        return False
    if cue.lemma == "say" and doc.words[i - 1] in DETERMINERS:
        return True
    if cue.first == cue.last and doc.words[i] == cue.lemma and i + 1 < s1 \
            and (doc.words[i + 1] in RELATIVES or _finite_reporting_form(doc.words[i + 1])) \
            and _noun_after_determiner(doc, i, s0):
        return True  # "a new report which recommends", "a new economic report claims": the noun
    if cue.lemma in SPEECH_IDIOM_LEMMAS and _speech_idiom(doc.words, i, s0, s1):
        return True
    if cue.lemma in ASPECT_LEMMAS and _to_verb_follows(doc.words, cue.last, s1):
        return True  # "continued to raise money", "went on to win": the next verb, if any, is the cue
    if cue.first != cue.last:
        return False
    k = i - 1
    while k > s0 and (doc.words[k].endswith("ly") or doc.words[k] in SKIPPED_ADVERBS):
        k -= 1
    prev = doc.words[k]
    word = doc.words[i]
    if word in PARTICIPLES_ONLY and prev == ",":
        return True  # "..., known as the TPP"
    if prev in PERFECT_OR_PASSIVE or not prev.isalpha() or prev in PRONOUNS or doc.raw[k][:1].isupper():
        return False
    if word in PARTICIPLES_ONLY:
        return True
    by_follows = "by" in doc.words[i + 1:min(i + 5, s1)] and "," not in doc.words[i + 1:min(i + 5, s1)]
    return word.endswith("ed") and by_follows and prev not in AUXILIARIES


# Determiners that open a noun phrase, and the most words that may stand between one and its noun.
NOUN_OPENERS = frozenset("a an the this its his their our".split())
NOUN_OPENER_REACH = 3
# A relative pronoun after such a noun ("a report which ...") is the noun's clause, not reported content.
RELATIVES = frozenset({"which", "who", "whose"})
# Words that end a noun phrase's modifiers: a verb after them may be finite ("the first to report").
NOT_MODIFIERS = frozenset("to and or but who which that than as if will would can could may might must "
                          "should shall do does did".split()) | AUXILIARIES | PRONOUNS


def _noun_after_determiner(doc: Doc, i: int, s0: int) -> bool:
    """'a new annual report which recommends ...': a verb's bare form after a determiner, with only
    lower-case singular words between, is a noun (a singular subject would need "reports")."""
    k = i - 1
    while k >= max(s0, i - NOUN_OPENER_REACH):
        word = doc.words[k]
        if word in NOUN_OPENERS:
            return True
        if not word.isalpha() or doc.raw[k][:1].isupper() or word.endswith("s") or word in NOT_MODIFIERS:
            return False
        k -= 1
    return False


def _finite_reporting_form(word: str) -> bool:
    """'claims', 'says', 'found': a reporting verb's inflected form, which a bare form before it cannot govern."""
    entry = lexicon().get((word,))
    return entry is not None and word != entry[0] and word.endswith(("s", "ed", "id", "nd", "wn", "ld"))


# Set phrases built on a speech verb that report nobody's words: "let's say", "having said
# that", "that said,", "needless to say", "it goes without saying", "hard to tell", "so to speak".
SPEECH_IDIOM_LEMMAS = frozenset({"say", "tell", "speak"})
IDIOM_BEFORE_TO = frozenset("needless suffice hard difficult impossible early soon safe fair way "
                            "easy so is".split())  # "X to say/tell", the author's own hedge


# Verbs of going on that take "to" + verb: the report, if any, is that verb ("continued to insist").
ASPECT_LEMMAS = frozenset({"continue", "went"})


def _to_verb_follows(words: list[str], last: int, s1: int) -> bool:
    k = last + 1
    if k < s1 and words[k] == "on":
        k += 1  # "went on to"
    return k + 1 < s1 and words[k] == "to" and words[k + 1] not in NOT_VERBS_AFTER_TO


# Words after "to" that open a noun phrase, not a verb ("continued to the next point").
NOT_VERBS_AFTER_TO = frozenset("the a an this that these those his her their its our my your".split())


def _speech_idiom(words: list[str], i: int, s0: int, s1: int) -> bool:
    prev = words[i - 1]
    prev2 = words[i - 2] if i - 2 >= s0 else "<s>"
    nxt = words[i + 1] if i + 1 < s1 else "</s>"
    if prev in ("let's", "without") or (prev == "having" and nxt in ("that", "this")):
        return True
    if prev == "that" and i - 1 == s0 and nxt == ",":
        return True  # "That said, ..."
    if prev == "to" and (prev2 in IDIOM_BEFORE_TO or words[i + 1:i + 3] == ["the", "least"]):
        return True
    return False


def rule_accepts(doc: Doc, cue: Cue) -> bool:
    """Hand rule: a candidate is a cue when its context looks like reported speech."""
    i, j = cue.first, cue.last
    words = doc.words
    if doc.quote_of[i] >= 0:
        return False  # cue words inside a quotation belong to the quoted speaker
    s0, s1 = doc.sent_bounds[doc.sent[i]]
    prev = words[i - 1] if i > s0 else ""
    nxt = words[j + 1] if j + 1 < s1 else ""
    if cue.lemma == "according to":
        return True
    if cue.lemma == ":":
        return i > s0 and words[i - 1] not in BOUNDARY
    if cue.lemma == "―":
        return True
    if never_cue(doc, cue):
        return False
    if _quote_adjacent(doc, cue):
        return True
    if nxt == "that" and prev not in DETERMINERS:
        return True
    if cue.lemma not in STRONG_LEMMAS:
        return False
    if nxt in ("", ".", "!", "?") and _comma_before_subject(doc, i, s0):
        return True  # "..., the minister said."
    subject_before = i > s0 and (doc.raw[i - 1][:1].isupper() or prev in PRONOUNS or
                                 prev in AUXILIARIES or prev.isalpha())
    return subject_before and nxt not in ("", ".", ",", "by", "to") and prev not in DETERMINERS


def _quote_adjacent(doc: Doc, cue: Cue) -> bool:
    """A quotation closes just before the cue's clause, or opens right after the cue."""
    i, j = cue.first, cue.last
    s0, s1 = doc.sent_bounds[doc.sent[i]]
    k = j + 1
    while k < s1 and doc.words[k] in (",", ":"):
        k += 1
    if k < len(doc) and doc.quote_of[k] >= 0 and doc.quotes[doc.quote_of[k]][0] == k and k - j <= 2:
        return True
    k = i - 1
    steps = 0
    while k >= s0 and doc.quote_of[k] < 0 and steps < 8:
        if doc.words[k] == ";":
            return False
        k -= 1
        steps += 1
    return k >= s0 and doc.quote_of[k] >= 0 and doc.quotes[doc.quote_of[k]][1] == k and steps <= 7


def _comma_before_subject(doc: Doc, i: int, s0: int) -> bool:
    """A comma closes the clause within a few words before the cue (", X Y said.")."""
    for k in range(i - 1, max(s0, i - 12) - 1, -1):
        if doc.words[k] == ",":
            return True
        if doc.words[k] == ";" or doc.quote_of[k] >= 0:
            return False  # (a "." inside a sentence is an abbreviation's)
    return False
