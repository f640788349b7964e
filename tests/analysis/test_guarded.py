from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefkit.analysis.guarded import guarded, literal_head
from briefkit.analysis.units import (
    AFFECTED_UNTOLD,
    CLOSER_TO_FIGURE,
    DOCUMENT_BY_KIND,
    EVENT_OBJECT_UNTOLD,
    LINK_OR_MARKUP,
    PAGE_NOTE,
    PART_OF_THEM,
    REACTS_TO_UNNAMED,
    RELATIVE_DAY,
    RESPONSE_TO_TOLD,
    RESPONSE_UNSAID,
    SAID_OF_THE_SET,
    SAME_AS_UNSAID,
    THING_SAID_OF,
)

CUES = guarded(("of them", "of these"), r"\b(?:many|some) of (?:them|these)\b", re.IGNORECASE)


def test_a_sentence_without_a_sign_is_let_go_and_one_with_it_is_tried() -> None:
    assert CUES.search("Many of them left.") is not None
    assert CUES.search("MANY OF THESE LEFT.") is not None  # casefolded before the search
    assert CUES.search("Several of them left.") is None  # a sign, but no match
    assert CUES.search("Many left.") is None


WORDS = st.sampled_from(
    ["many", "some", "of", "them", "these", "the", "decision", "welcomed", "Page", "12",
     "http://x", "subscribe", "here", "figures", "are", "rounded", ",", ".", "»",
     "followed", "suit", "remained", "cautious", "dissented", "said", "impact", "would",
     "condemned", "deaths", "rejected", "that", "argument", "two", "processes", "were",
     "affected", "next", "day", "The", "Act", "closer", "to", "Order"]
)  # fmt: skip


@given(st.lists(WORDS, max_size=12))
def test_the_guard_never_changes_the_answer(words: list[str]) -> None:
    """Each guard's signs are words every match holds: the answer is the pattern's own."""
    text = " ".join(words)
    for found in (
        CUES,
        PART_OF_THEM,
        REACTS_TO_UNNAMED,
        LINK_OR_MARKUP,
        PAGE_NOTE,
        SAME_AS_UNSAID,
        RESPONSE_UNSAID,
        THING_SAID_OF,
        EVENT_OBJECT_UNTOLD,
        RESPONSE_TO_TOLD,
        SAID_OF_THE_SET,
        AFFECTED_UNTOLD,
        RELATIVE_DAY,
        DOCUMENT_BY_KIND,
        CLOSER_TO_FIGURE,
    ):
        assert bool(found.search(text)) is bool(found.pattern.search(text))
        every = [m.span() for m in found.pattern.finditer(text)]
        assert [m.span() for m in found.finditer(text)] == every
        assert [m.span() for m in found.finditer(text, text.casefold())] == every


@given(st.sampled_from(["measures?", "judge?ment", "ruling", "raids?", "findings"]))
def test_a_fragments_literal_head_opens_every_match(fragment: str) -> None:
    """The signs written from a pattern's words hold in every match of them."""
    head = literal_head(fragment)
    for word in ("measure", "measures", "judgment", "judgement", "ruling", "raid", "raids",
                 "findings"):  # fmt: skip
        if re.fullmatch(fragment, word):
            assert word.startswith(head) and head
