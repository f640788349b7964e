"""Terms: BM25 over a corpus's units, with or without a full term index."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.analysis.terms import TermIndex, bm25

words = st.sampled_from(["dam", "river", "farm", "delta", "talk", "water", "rice"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(words, max_size=12), min_size=1, max_size=12), st.lists(words))
def test_query_bm25_is_the_term_index_bm25(units, query) -> None:
    assert bm25(units, query) == TermIndex(units).bm25(query)


def test_a_unit_with_more_of_the_query_ranks_higher() -> None:
    scores = bm25([["dam", "river"], ["dam"], ["rice"]], ["dam", "river"])
    assert scores[0] > scores[1] > scores[2] == 0.0
