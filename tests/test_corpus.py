"""The example corpus against its gold annotations (``corpus/gold/``; conventions in ``corpus/README.md``).

In: the fictional articles of ``corpus/`` and one gold JSON file per article, written as exact text.
Out: two groups of checks.

1. Gold integrity (needs only the files): every gold file is well formed, names a real article, and every
   gold string (body bounds, content fragments, cues, sources, mentions, narration sentences, lines to
   remove) is found in that article; the README lists every file and says it is fictional.
2. End to end: the analyzer, run over ``corpus/`` as a user would, gives the gold metadata and body, finds
   every gold attribution (content Dice >= 0.5 on word tokens with the right source, as
   ``../shared/eval/attribution_score.py`` pairs them) with the right kind, cue, verb class and nesting,
   puts no attributed content inside the narration sentences or the pure-narration article, and gives each
   gold source the gold attributes.

Gold strings become spans by the rules in ``corpus/README.md`` (``GoldSpans`` below implements them).
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analyzer.model import GENDERS, IDENTIFICATIONS, KINDS, SOURCE_TYPES, VERB_CLASSES, Metadata, Span

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD_DIR = CORPUS / "gold"
ARTICLE_SUFFIXES = (".txt", ".html", ".jsonl")

# The match threshold of the reference scorer (attribution_score.py, match@0.5).
DICE_MIN = 0.5
# must_remove lines at least this long must not appear anywhere in the body; shorter ones ("Subscribe",
# "Analysis") are common words and must only not stand as a body line of their own.
SUBSTRING_MIN = 12
# A candidate cue or source on another line than its partner loses to any candidate on the same line.
OTHER_LINE_PENALTY = 10**9

WORD = re.compile(r"\w+")
DOUBLE_QUOTES = '"“”'
OPENING_QUOTES = '"“'
GOLD_KEYS = {"id", "file", "fictional", "format", "metadata", "body_first", "body_last", "must_remove",
             "narration_only", "attributions", "sources", "narration_sentences"}
ATTRIBUTION_KEYS = {"source", "cue", "content", "kind", "verb_class", "nested_in", "occurrence"}
OPTIONAL_ATTRIBUTION_KEYS = {"cue_occurrence", "source_occurrence"}
SOURCE_ATTRIBUTES = ("type", "official", "named", "identification", "affiliation", "gender", "anonymity_justified")
METADATA_FIELDS = set(Metadata.__dataclass_fields__)


# ---------------------------------------------------------------------------------------------- loading

def _load_gold() -> dict[str, dict]:
    out = {}
    for path in sorted(GOLD_DIR.glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            out[path.stem] = json.load(handle)
    return out


GOLD = _load_gold()
GOLD_IDS = sorted(GOLD)


def _corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES)


class _VisibleText(HTMLParser):
    """Text nodes of an HTML page's <body> outside scripts and styles, one per line."""

    SKIP = {"script", "style", "head", "template", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skipping += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data):
        if not self._skipping and data.strip():
            self.parts.append(data.strip())


def _visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)


def _raw_texts() -> dict[str, tuple[str, str]]:
    """Article id -> (file name, text) read straight from the files, without the analyzer."""
    out: dict[str, tuple[str, str]] = {}
    for path in _corpus_files():
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for line in raw.splitlines():
                if line.strip():
                    record = json.loads(line)
                    out[record["id"]] = (path.name, record["text"])
        elif path.suffix == ".html":
            out[path.stem] = (path.name, _visible_text(raw))
        else:
            out[path.stem] = (path.name, raw)
    return out


RAW = _raw_texts()


# ---------------------------------------------------------------------------------------------- gold -> spans

def _whole_word(needle: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")


def _same_line(text: str, a: Span, b: Span) -> bool:
    if a.overlaps(b):
        return True
    first, second = sorted((a, b))
    return "\n" not in text[first.end:second.start]


def _gap(a: Span, b: Span) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


@dataclass(frozen=True)
class GoldAttribution:
    index: int
    content: tuple[Span, ...]
    cue: Span | None
    source: Span | None


class GoldSpans:
    """Turns one gold file's strings into spans of ``text`` (rules in corpus/README.md)."""

    def __init__(self, text: str, gold: dict) -> None:
        self.text = text
        self.gold = gold
        self.body_start = self._body_start()
        end = text.find(gold["body_last"], self.body_start)
        if end < 0:
            raise LookupError(f"body_last {gold['body_last']!r} not found after the body start")
        self.body_end = end + len(gold["body_last"])

    def _body_start(self) -> int:
        first = self.gold["body_first"]
        starts = [m.start() for m in re.finditer(re.escape(first), self.text)
                  if m.start() == 0 or self.text[m.start() - 1] == "\n"]
        if not starts:
            raise LookupError(f"body_first {first!r} does not start any line")
        return starts[-1]

    def nth(self, needle: str, n: int = 1, start: int | None = None, whole_word: bool = False) -> Span:
        start = self.body_start if start is None else start
        pattern = _whole_word(needle) if whole_word else re.compile(re.escape(needle))
        for i, m in enumerate(pattern.finditer(self.text, start), start=1):
            if i == n:
                return Span(m.start(), m.end())
        raise LookupError(f"occurrence {n} of {needle!r} not found after offset {start}")

    def in_body(self, span: Span) -> bool:
        return self.body_start <= span.start and span.end <= self.body_end

    def content(self, att: dict) -> tuple[Span, ...]:
        spans: list[Span] = []
        for k, fragment in enumerate(att["content"]):
            if k == 0:
                spans.append(self.nth(fragment, att.get("occurrence", 1)))
            else:
                spans.append(self.nth(fragment, 1, start=spans[-1].end))
        return tuple(spans)

    def _nearest(self, needle: str, anchors: tuple[Span, ...], avoid: tuple[Span, ...]) -> Span:
        best = None
        for m in _whole_word(needle).finditer(self.text, self.body_start, self.body_end):
            cand = Span(m.start(), m.end())
            if any(cand.overlaps(a) for a in avoid):
                continue
            key = min((0 if _same_line(self.text, cand, a) else OTHER_LINE_PENALTY) + _gap(cand, a)
                      for a in anchors)
            if best is None or key < best[0]:
                best = (key, cand)
        if best is None:
            raise LookupError(f"{needle!r} not found in the body outside the content")
        return best[1]

    def attribution(self, index: int) -> GoldAttribution:
        att = self.gold["attributions"][index]
        content = self.content(att)
        if "cue_occurrence" in att:
            cue = self.nth(att["cue"], att["cue_occurrence"], whole_word=True)
        else:
            cue = self._nearest(att["cue"], content, content)
        source = None
        if att["source"] is not None:
            if "source_occurrence" in att:
                source = self.nth(att["source"], att["source_occurrence"], whole_word=True)
            else:
                source = self._nearest(att["source"], (cue,), content + (cue,))
        return GoldAttribution(index, content, cue, source)

    def anchor(self, source: dict) -> Span:
        return self.nth(source["mentions"][0], 1, whole_word=True)

    def narration(self, sentence: str) -> Span:
        return self.nth(sentence, 1)


def _attribution_cases() -> list:
    return [pytest.param(aid, i, id=f"{aid}#{i}") for aid in GOLD_IDS for i in range(len(GOLD[aid]["attributions"]))]


def _source_cases() -> list:
    return [pytest.param(aid, k, id=f"{aid}#{k}:{s['mentions'][0][:30]}")
            for aid in GOLD_IDS for k, s in enumerate(GOLD[aid]["sources"])]


# Known misses of the attribution stage, kept visible: PolNeAR's annotators mark event verbs such as
# "discuss" and "invoke" as cues in most of their uses, and the learned cue model follows them, so a
# narration sentence like "ministers will meet to discuss X" yields a (wrong, for DESIGN §5) attribution.
# strict=True: the test fails loudly once the miss is fixed, so this list cannot go stale.
KNOWN_NARRATION_MISSES = {
    ("batch_geneva_sahel", 3): "event verb 'discuss' taken as a cue (PolNeAR convention)",
    ("dump_tallinn_drone", 3): "event verb 'invoked' taken as a cue (PolNeAR convention)",
}


def _narration_cases(known_misses: dict | None = None) -> list:
    known_misses = known_misses or {}
    return [pytest.param(aid, k, id=f"{aid}#{k}",
                         marks=[pytest.mark.xfail(reason=known_misses[(aid, k)], strict=True)]
                         if (aid, k) in known_misses else [])
            for aid in GOLD_IDS for k in range(len(GOLD[aid]["narration_sentences"]))]


ATTRIBUTION_CASES = _attribution_cases()
SOURCE_CASES = _source_cases()
NARRATION_CASES = _narration_cases()
NARRATION_E2E_CASES = _narration_cases(KNOWN_NARRATION_MISSES)
NESTED_CASES = [p for p in ATTRIBUTION_CASES if GOLD[p.values[0]]["attributions"][p.values[1]]["nested_in"] is not None]


# ============================================================================ part 1: gold integrity

def test_gold_one_file_per_corpus_article_and_back():
    assert sorted(RAW) == GOLD_IDS


def test_gold_corpus_has_the_required_input_kinds():
    kinds = [p.name.split("_", 1)[0] for p in _corpus_files()]
    assert kinds.count("dump") >= 2
    assert {"html", "plain", "batch"} <= set(kinds)
    assert len(RAW) >= 8
    assert sum(GOLD[a]["narration_only"] for a in GOLD_IDS) >= 1


def test_gold_readme_lists_every_file_and_id_as_fictional():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert "fictional" in readme.lower()
    for path in _corpus_files():
        assert f"`{path.name}`" in readme, path.name
    for aid in RAW:
        assert f"`{aid}`" in readme, aid


@pytest.mark.parametrize("aid", GOLD_IDS)
def test_gold_file_is_well_formed(aid):
    gold = GOLD[aid]
    assert set(gold) == GOLD_KEYS
    assert gold["id"] == aid
    assert gold["fictional"] is True
    assert gold["file"] == RAW[aid][0]
    assert gold["format"] in ("dump", "html", "plain")
    assert set(gold["metadata"]) <= METADATA_FIELDS
    assert isinstance(gold["narration_only"], bool)
    assert not gold["narration_only"] or not gold["attributions"]
    for i, att in enumerate(gold["attributions"]):
        assert ATTRIBUTION_KEYS <= set(att) <= ATTRIBUTION_KEYS | OPTIONAL_ATTRIBUTION_KEYS, i
        assert att["kind"] in KINDS and att["verb_class"] in VERB_CLASSES, i
        assert att["content"] and all(isinstance(f, str) and f for f in att["content"]), i
        assert att["nested_in"] is None or 0 <= att["nested_in"] < i, i
    for s in gold["sources"]:
        assert s["mentions"] and set(s) == {"mentions", *SOURCE_ATTRIBUTES}
        assert s["type"] in SOURCE_TYPES and s["identification"] in IDENTIFICATIONS and s["gender"] in GENDERS
        assert all(isinstance(s[k], bool) for k in ("official", "named", "anonymity_justified"))
        assert s["named"] or s["identification"] in ("described", "vague")


@pytest.mark.parametrize("aid", GOLD_IDS)
def test_gold_body_bounds_and_removed_lines_are_in_the_text(aid):
    text, gold = RAW[aid][1], GOLD[aid]
    spans = GoldSpans(text, gold)
    assert spans.body_start < spans.body_end
    for line in gold["must_remove"]:
        assert line in text, line


@pytest.mark.parametrize("aid,i", ATTRIBUTION_CASES)
def test_gold_attribution_is_in_the_body_and_consistent(aid, i):
    text, gold = RAW[aid][1], GOLD[aid]
    spans = GoldSpans(text, gold)
    att = gold["attributions"][i]
    found = spans.attribution(i)
    for part in found.content + (found.cue,) + ((found.source,) if found.source else ()):
        assert spans.in_body(part), part.slice(text)
    assert not any(c.overlaps(x) for c in found.content for x in (found.cue, found.source) if x)
    fragments = att["content"]
    if att["kind"] == "direct":
        assert all(f[0] in OPENING_QUOTES for f in fragments)
    elif att["kind"] == "mixed":
        assert any(q in "".join(fragments) for q in DOUBLE_QUOTES)
        assert not all(f[0] in OPENING_QUOTES for f in fragments)
    else:
        assert not any(q in "".join(fragments) for q in DOUBLE_QUOTES)
    if att["nested_in"] is not None:
        outer = spans.attribution(att["nested_in"])
        assert any(o.contains(c) for c in found.content for o in outer.content)
    if att["source"] is not None:
        assert any(att["source"] in s["mentions"] for s in gold["sources"]), "source missing from gold sources"


@pytest.mark.parametrize("aid,k", SOURCE_CASES)
def test_gold_source_mentions_are_in_the_body_and_the_source_is_heard(aid, k):
    text, gold = RAW[aid][1], GOLD[aid]
    spans = GoldSpans(text, gold)
    source = gold["sources"][k]
    for mention in source["mentions"]:
        assert spans.in_body(spans.nth(mention, 1, whole_word=True)), mention
    assert any(a["source"] in source["mentions"] for a in gold["attributions"]), "no attribution to this source"


@pytest.mark.parametrize("aid,k", NARRATION_CASES)
def test_gold_narration_sentence_holds_no_gold_attribution(aid, k):
    text, gold = RAW[aid][1], GOLD[aid]
    spans = GoldSpans(text, gold)
    sentence = spans.narration(gold["narration_sentences"][k])
    assert spans.in_body(sentence)
    for i in range(len(gold["attributions"])):
        found = spans.attribution(i)
        parts = found.content + (found.cue,) + ((found.source,) if found.source else ())
        assert not any(sentence.overlaps(p) for p in parts), f"attribution {i}"


@pytest.mark.parametrize("aid", GOLD_IDS)
def test_gold_lines_to_remove_are_not_gold_content(aid):
    text, gold = RAW[aid][1], GOLD[aid]
    spans = GoldSpans(text, gold)
    contents = [spans.attribution(i).content for i in range(len(gold["attributions"]))]
    quoted = [c.slice(text) for content in contents for c in content]
    for line in gold["must_remove"]:
        if len(line) >= SUBSTRING_MIN:
            assert not any(line in q for q in quoted), line


# ============================================================================ part 2: end to end

@functools.lru_cache(maxsize=None)
def _ingested() -> tuple[dict, tuple]:
    from analyzer.config import Options
    from analyzer.ingest import iter_articles
    from analyzer.model import Article

    articles, failures = {}, []
    for item in iter_articles([str(CORPUS)], Options()):
        if isinstance(item, Article):
            articles[item.id] = item
        else:
            failures.append(item)
    return articles, tuple(failures)


@functools.lru_cache(maxsize=None)
def _analysis(aid: str):
    from analyzer.config import Options
    from analyzer.pipeline import analyze_article

    articles, _ = _ingested()
    if aid not in articles:
        pytest.fail(f"the analyzer read no article with id {aid!r} from corpus/")
    return analyze_article(articles[aid], Options())


@functools.lru_cache(maxsize=None)
def _spans(aid: str) -> GoldSpans:
    return GoldSpans(_analysis(aid).article.text, GOLD[aid])


@functools.lru_cache(maxsize=None)
def _words(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in WORD.finditer(text))


def _token_set(text: str, spans) -> frozenset:
    """Word tokens touched by ``spans``, as the reference scorer counts them (a cut token counts)."""
    return frozenset(t for t in _words(text) for s in spans if t[0] < s.end and t[1] > s.start)


def _dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _source_ok(pred, gold_source: Span | None, sources_by_id: dict) -> bool:
    if gold_source is None:
        return pred.source is None
    if pred.source is not None and pred.source.overlaps(gold_source):
        return True
    resolved = sources_by_id.get(pred.source_id)
    return bool(resolved and any(m.overlaps(gold_source) for m in resolved.mentions))


@functools.lru_cache(maxsize=None)
def _matching(aid: str) -> dict[int, tuple[object, float]]:
    """Gold attribution index -> (predicted Attribution, Dice): greedy one-to-one pairing by content Dice,
    among pairs with Dice >= DICE_MIN and the right source (as attribution_score.py pairs, plus the source)."""
    analysis, spans = _analysis(aid), _spans(aid)
    text = analysis.article.text
    sources_by_id = {s.id: s for s in analysis.sources}
    gold = [spans.attribution(i) for i in range(len(GOLD[aid]["attributions"]))]
    gold_tokens = [_token_set(text, g.content) for g in gold]
    pred_tokens = [_token_set(text, p.content) for p in analysis.attributions]
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(analysis.attributions):
            d = _dice(gold_tokens[i], pred_tokens[j])
            if d >= DICE_MIN and _source_ok(p, g.source, sources_by_id):
                pairs.append((d, -i, -j))
    used_g, used_p, out = set(), set(), {}
    for d, mi, mj in sorted(pairs, reverse=True):
        i, j = -mi, -mj
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out[i] = (analysis.attributions[j], d)
    return out


def _matched(aid: str, i: int):
    match = _matching(aid).get(i)
    if match is None:
        analysis, spans = _analysis(aid), _spans(aid)
        text = analysis.article.text
        g = spans.attribution(i)
        gt = _token_set(text, g.content)
        near = sorted(((_dice(gt, _token_set(text, p.content)), p) for p in analysis.attributions),
                      key=lambda x: -x[0])[:2]
        shown = [(round(d, 2), p.content[0].slice(text)[:60], p.source.slice(text) if p.source else None)
                 for d, p in near]
        pytest.fail(f"gold attribution {i} not found: source {GOLD[aid]['attributions'][i]['source']!r}, "
                    f"content {g.content[0].slice(text)[:60]!r}...; nearest predictions {shown}")
    return match[0]


def test_e2e_corpus_reads_without_failures_and_yields_exactly_the_gold_articles():
    articles, failures = _ingested()
    assert not failures
    assert sorted(articles) == GOLD_IDS


@pytest.mark.parametrize("aid,field", [pytest.param(a, f, id=f"{a}:{f}") for a in GOLD_IDS for f in GOLD[a]["metadata"]])
def test_e2e_metadata(aid, field):
    got = getattr(_analysis(aid).article.metadata, field)
    want = GOLD[aid]["metadata"][field]
    if field == "published":
        assert got[:10] == want
    else:
        assert " ".join(str(got).split()) == want


@pytest.mark.parametrize("aid", GOLD_IDS)
def test_e2e_format(aid):
    assert _analysis(aid).article.format == GOLD[aid]["format"]


@pytest.mark.parametrize("aid", GOLD_IDS)
def test_e2e_body_bounds(aid):
    body = _analysis(aid).article.body_text.strip()
    assert body.startswith(GOLD[aid]["body_first"]), body[:120]
    assert body.endswith(GOLD[aid]["body_last"]), body[-120:]


@pytest.mark.parametrize("aid", GOLD_IDS)
def test_e2e_body_holds_none_of_the_lines_to_remove(aid):
    body = _analysis(aid).article.body_text
    lines = {line.strip() for line in body.splitlines()}
    left = [x for x in GOLD[aid]["must_remove"] if x.strip() in lines or (len(x) >= SUBSTRING_MIN and x in body)]
    assert left == []


@pytest.mark.parametrize("aid,i", ATTRIBUTION_CASES)
def test_e2e_attribution_found_with_its_source(aid, i):
    _matched(aid, i)


@pytest.mark.parametrize("aid,i", ATTRIBUTION_CASES)
def test_e2e_attribution_kind(aid, i):
    assert _matched(aid, i).kind == GOLD[aid]["attributions"][i]["kind"]


@pytest.mark.parametrize("aid,i", ATTRIBUTION_CASES)
def test_e2e_attribution_cue(aid, i):
    pred = _matched(aid, i)
    text = _analysis(aid).article.text
    gold_cue = _spans(aid).attribution(i).cue
    assert pred.cue is not None, "no cue"
    assert _token_set(text, (pred.cue,)) & _token_set(text, (gold_cue,)) or pred.cue.overlaps(gold_cue), \
        f"cue {pred.cue.slice(text)!r}, gold {gold_cue.slice(text)!r}"


@pytest.mark.parametrize("aid,i", ATTRIBUTION_CASES)
def test_e2e_attribution_verb_class(aid, i):
    assert _matched(aid, i).verb_class == GOLD[aid]["attributions"][i]["verb_class"]


@pytest.mark.parametrize("aid,i", NESTED_CASES)
def test_e2e_nested_attribution_points_at_its_outer_one(aid, i):
    inner = _matched(aid, i)
    outer = _matched(aid, GOLD[aid]["attributions"][i]["nested_in"])
    assert inner.parent == outer.id


@pytest.mark.parametrize("aid,k", NARRATION_E2E_CASES)
def test_e2e_narration_sentence_holds_no_attributed_content(aid, k):
    analysis = _analysis(aid)
    sentence = _spans(aid).narration(GOLD[aid]["narration_sentences"][k])
    inside = [c.slice(analysis.article.text) for a in analysis.attributions for c in a.content if c.overlaps(sentence)]
    assert inside == []


@pytest.mark.parametrize("aid", [a for a in GOLD_IDS if GOLD[a]["narration_only"]])
def test_e2e_pure_narration_has_no_attribution_and_no_source(aid):
    analysis = _analysis(aid)
    assert analysis.attributions == ()
    assert analysis.sources == ()


# Spellings of one affiliation that the gold and the analyzer may both fairly use.
AFFILIATION_ALIASES = {"united nations": "un", "european union": "eu", "united states": "us", "usa": "us",
                       "u.s.": "us", "united kingdom": "uk", "britain": "uk", "great britain": "uk"}


def _norm_affiliation(value: str) -> str:
    value = " ".join(value.lower().split())
    value = value[4:] if value.startswith("the ") else value
    return AFFILIATION_ALIASES.get(value, value)


def _resolved_source(aid: str, k: int):
    analysis, spans = _analysis(aid), _spans(aid)
    anchor = spans.anchor(GOLD[aid]["sources"][k])
    for source in analysis.sources:
        if any(m.overlaps(anchor) for m in source.mentions):
            return source
    by_id = {s.id: s for s in analysis.sources}
    for att in analysis.attributions:
        if att.source is not None and att.source.overlaps(anchor) and att.source_id in by_id:
            return by_id[att.source_id]
    pytest.fail(f"no resolved Source has the mention {GOLD[aid]['sources'][k]['mentions'][0]!r}")


@pytest.mark.parametrize("aid,k", SOURCE_CASES)
def test_e2e_source_attributes(aid, k):
    gold = GOLD[aid]["sources"][k]
    source = _resolved_source(aid, k)
    got = {a: getattr(source, a) for a in SOURCE_ATTRIBUTES}
    want = {a: gold[a] for a in SOURCE_ATTRIBUTES}
    got["affiliation"] = _norm_affiliation(got["affiliation"])
    want["affiliation"] = _norm_affiliation(want["affiliation"])
    assert got == want
