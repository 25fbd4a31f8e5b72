"""Interview transcripts (see ``resolve``): who "I" and "you" are in question-and-answer turns.

In: the article text and its body names (``occurrences``), and a pronoun's description and span.
Out: the ``InterviewLinks`` methods of ``Resolver``: the person interviewed, for a first-person singular
pronoun in an answer ("A: I think ...") or a "you" in a question ("Q: You thanked him ..."), and for an
answer's marker standing as its source ("A"); None when the text is no transcript, the pronoun is in
neither turn or inside a quotation, the marker is a question's (the outlet's own voice), or no one is
named before the first question.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from analyzer.model import Span
from analyzer.sources.describe import Description
from analyzer.sources.entity import Entity
from analyzer.sources.helpers import _first_line_is_headline

# A turn marker opening a line: "Q:", "Q.", "Q -", or a bold "Q" run into the question ("QLast October"),
# and "A:", "A.", "A -" (a bare "A" opening a line is the article "A").
TURN = re.compile(r"(?m)^[ \t]*(?:(Q)(?:[:.]\s*|\s+[-—–]\s+|(?=[A-Z][a-z]))|(A)(?:[:.]\s+|\s+[-—–]\s+))")
# Markers of each kind a text needs to be read as a transcript.
MIN_TURNS = 2
# The person interviewed speaks as "I" in answers and is "you" in questions.
ANSWER_SELF = {"i", "me", "my", "myself", "mine"}
QUESTION_YOU = {"you", "your", "yours", "yourself"}
QUOTE_MARKS = re.compile(r"[\"“”]")


class InterviewLinks:
    """Resolves "I" and "you" in the turns of an interview transcript (mixed into ``Resolver``)."""

    def _interviewee_voice(self, desc: Description, span: Span) -> Entity | None:
        word = desc.text.strip().lower()
        if word not in ANSWER_SELF and word not in QUESTION_YOU:
            return None
        turns = self._turns()
        if not turns:
            return None
        starts, kinds = turns
        k = bisect_right(starts, span.start) - 1
        if k < 0 or (kinds[k] == "A") != (word in ANSWER_SELF):
            return None
        if len(QUOTE_MARKS.findall(self.text, starts[k], span.start)) % 2:
            return None  # inside a quotation the answer gives: someone else's "I"
        return self._interviewee(starts[0])

    def _marker_voice(self, span: Span) -> tuple[bool, Entity | None]:
        """A turn marker standing as a source ("A" of "A: No."): (True, the person interviewed) for an answer,
        (True, None) for a question (the interviewer is the outlet's own voice); (False, None) otherwise."""
        turns = self._turns() if span.end - span.start == 1 else None
        if not turns or self.text[span.start] not in "QA":
            return False, None
        starts, kinds = turns
        k = bisect_right(starts, span.start) - 1
        if k < 0 or self.text[starts[k]:span.start].strip() or kinds[k] != self.text[span.start]:
            return False, None
        return True, (self._interviewee(starts[0]) if kinds[k] == "A" else None)

    def _turns(self) -> tuple[list[int], list[str]] | None:
        """The starts and kinds ("Q"/"A") of the turn markers, when there are enough of each."""
        key = ("turns",)
        if key not in self._memo:
            found = [(m.start(), "Q" if m.group(1) else "A") for m in TURN.finditer(self.text)]
            kinds = [k for _, k in found]
            enough = kinds.count("Q") >= MIN_TURNS and kinds.count("A") >= MIN_TURNS
            self._memo[key] = ([s for s, _ in found], kinds) if enough else None
        return self._memo[key]  # type: ignore[return-value]

    def _interviewee(self, first_turn: int) -> Entity | None:
        """The person the headline names first, else the first named before the first question (found once)."""
        key = ("interviewee",)
        if key not in self._memo:
            occs = [o for o in self.occurrences() if o.start < first_turn and o.desc.kind == "person"
                    and not o.desc.plural]
            line_end = self.text.find("\n")
            if _first_line_is_headline(self.text):
                occs = [o for o in occs if o.start < line_end] or occs
            self._memo[key] = occs[0] if occs else None
        first = self._memo[key]
        return self._person_entity(first.desc, first.start) if first is not None else None  # type: ignore[union-attr]
