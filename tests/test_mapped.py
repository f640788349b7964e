from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefkit.mapped import MappedText
from briefkit.verbatim import find_quote, join_parts, quote_parts


def test_sub_keeps_offsets_of_kept_characters() -> None:
    source = "see [the link](#) now"
    mapped = MappedText.of(source, 0, len(source)).sub(re.compile(r"\[([^\]]*)\]\([^)]*\)"), 1)
    assert mapped.text == "see the link now"
    assert all(source[o] == ch for ch, o in zip(mapped.text, mapped.offsets, strict=True))
    assert [source[a:b] for a, b in mapped.fragments(source)] == ["see ", "the link", " now"]


@given(st.text(max_size=200), st.sampled_from([r"\d+", r"[*_]+", r"\s+", r"[aeiou]"]))
def test_offsets_always_point_at_the_same_character(text: str, pattern: str) -> None:
    mapped = MappedText.of(text, 0, len(text)).sub(re.compile(pattern))
    assert all(text[o] == ch for ch, o in zip(mapped.text, mapped.offsets, strict=True))
    assert list(mapped.offsets) == sorted(set(mapped.offsets))


def test_trimmed_quotes() -> None:
    assert join_parts(["a b", "c d"], open_start=True) == "…a b … c d"
    assert quote_parts("…a b … c d…") == ["a b", "c d"]
    assert find_quote("one … three", "one two three")
    assert not find_quote("three … one", "one two three")
    assert not find_quote("…", "anything")
