"""Rules added by the eleventh pass over the sources stage (found on short broadcaster news items of
all subjects, outside US politics): one-paragraph texts have no headline, ...
All texts are fictional, written for these tests; a few name listed public figures, to exercise the
gazetteer.

Tables: (text, [(source, cue, content)...], expected attributes of the last attribution's source).
"""
from __future__ import annotations

import pytest

from test_sources_helpers import check_last_source, run


def test_a_text_with_no_line_break_has_no_headline_to_name_an_unnamed_official():
    # One paragraph, as broadcasters' feeds give items: "an official said" there is no headline title
    # that the next sentence's named minister stands for.
    text = ("Talks on the border stalled on Monday after both sides walked out, a Velmish official said. "
            "Foreign Minister Ada Vell said in Arden that the talks would resume within a week.")
    _, out, sources = run(text, [("a Velmish official", "said", "Talks on the border stalled"),
                                 ("Foreign Minister Ada Vell", "said", "the talks would resume")])
    assert [(s.name, s.named) for s in sources] == [("a Velmish official", False), ("Ada Vell", True)]


def test_a_short_first_line_is_still_a_headline_whose_title_the_text_names():
    text = ("Minister vows to reopen border talks\n"
            "Foreign Minister Ada Vell said in Arden on Monday that the talks would resume within a week.")
    _, out, sources = run(text, [("Minister", "vows", "to reopen border talks"),
                                 ("Foreign Minister Ada Vell", "said", "the talks would resume")])
    assert [s.name for s in sources] == ["Ada Vell"]
