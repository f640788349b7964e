"""verbatim: the whitespace rule every quote is matched by."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefkit.verbatim import collapse

WHITESPACE_CHARACTERS = "".join(c for c in map(chr, range(0x3000 + 1)) if c.isspace())


@given(st.text(alphabet=st.characters() | st.sampled_from(WHITESPACE_CHARACTERS), max_size=80))
def test_collapse_is_every_whitespace_run_as_one_space(text: str) -> None:
    """`str.split` stands for the regular expression `\\s+` (it is faster): the same
    characters are whitespace, including no-break spaces and the separators."""
    assert collapse(text) == re.sub(r"\s+", " ", text).strip()


def test_collapse_joins_a_no_break_space_and_a_line_feed() -> None:
    assert collapse("\u00a0 one\u2009\u200a two\n\x1cthree \u3000") == "one two three"
