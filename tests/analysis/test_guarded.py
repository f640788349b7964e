from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefkit.analysis.guarded import guarded
from briefkit.analysis.units import LINK_OR_MARKUP, PAGE_NOTE, PART_OF_THEM, REACTS_TO_UNNAMED

CUES = guarded(("of them", "of these"), r"\b(?:many|some) of (?:them|these)\b", re.IGNORECASE)


def test_a_sentence_without_a_sign_is_let_go_and_one_with_it_is_tried() -> None:
    assert CUES.search("Many of them left.") is not None
    assert CUES.search("MANY OF THESE LEFT.") is not None  # casefolded before the search
    assert CUES.search("Several of them left.") is None  # a sign, but no match
    assert CUES.search("Many left.") is None


WORDS = st.sampled_from(
    ["many", "some", "of", "them", "these", "the", "decision", "welcomed", "Page", "12",
     "http://x", "subscribe", "here", "figures", "are", "rounded", ",", ".", "»"]
)  # fmt: skip


@given(st.lists(WORDS, max_size=12))
def test_the_guard_never_changes_the_answer(words: list[str]) -> None:
    """Each guard's signs are words every match holds: the answer is the pattern's own."""
    text = " ".join(words)
    for found in (CUES, PART_OF_THEM, REACTS_TO_UNNAMED, LINK_OR_MARKUP, PAGE_NOTE):
        assert bool(found.search(text)) is bool(found.pattern.search(text))
        every = [m.span() for m in found.pattern.finditer(text)]
        assert [m.span() for m in found.finditer(text)] == every
        assert [m.span() for m in found.finditer(text, text.casefold())] == every
