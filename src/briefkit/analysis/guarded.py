"""Patterns tried only on text that holds a word every match of them must hold.

Python's regular expressions try each alternative at each position of a sentence; a
long alternation of cues, tried on every passage of every source, had cost more than
reading the source. A plain substring search for the words any match must contain lets
most sentences go before the pattern is tried: the answer is the pattern's own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefkit.lazy_regex import lazy_compile


@functools.lru_cache(maxsize=64)
def casefolded(text: str) -> str:
    """The text's casefold, kept for the few texts in hand: a passage is asked of a hundred
    guarded patterns in turn."""
    return text.casefold()


@dataclass(frozen=True)
class Guarded:
    """`pattern`, searched only in text whose casefolded form holds one of `signs`
    (lower-case words that each match of the pattern contains)."""

    pattern: re.Pattern[str]
    signs: tuple[str, ...]

    def holds_a_sign(self, text: str) -> bool:
        folded = casefolded(text)
        for sign in self.signs:  # noqa: SIM110 (`any` over a generator cost twice as much)
            if sign in folded:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.holds_a_sign(text) else None

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """The pattern's matches, tried only where the text holds a sign; `folded`, the
        text's casefold where the caller has it already (several patterns of one text)."""
        folded = casefolded(text) if folded is None else folded
        for sign in self.signs:
            if sign in folded:
                yield from self.pattern.finditer(text)
                return

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.holds_a_sign(text) else text


def guarded(signs: tuple[str, ...], pattern: str, flags: int = 0) -> Guarded:
    return Guarded(lazy_compile(pattern, flags), signs)


LETTERS = lazy_compile(r"[a-z ]*")


def literal_head(fragment: str) -> str:
    """The letters every match of a pattern fragment holds, from its start: "measures?" ->
    "measure", "judge?ment" -> "judg", "ruling" -> "ruling". A pattern and its signs are
    then written from one list of words."""
    head = LETTERS.match(fragment)[0]  # type: ignore[index]
    return head[:-1] if fragment[len(head) : len(head) + 1] == "?" else head
