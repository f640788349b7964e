"""Text that remembers where each character came from in the source's text.

Cleaning web debris deletes characters (link brackets, glued footnote numerals); an
excerpt is only citable if we can still point at the exact source characters it came
from. A `MappedText` carries, for every character, its offset in the source text.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass


def offsets_array(values: object = ()) -> array[int]:
    """Compact offsets: 8 bytes a character, not an int object each."""
    return array("q", values)  # type: ignore[arg-type]


@dataclass(frozen=True, eq=False)
class MappedText:
    text: str
    offsets: array[int]

    @classmethod
    def of(cls, source: str, start: int, end: int) -> MappedText:
        return cls(source[start:end], offsets_array(range(start, end)))

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, start: int, end: int) -> MappedText:
        return MappedText(self.text[start:end], self.offsets[start:end])

    def strip(self) -> MappedText:
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self.slice(left, max(left, right))

    def sub(self, pattern: re.Pattern[str], keep_group: int | None = None) -> MappedText:
        """Delete each match of `pattern`, keeping only `keep_group` of it (if given)."""
        pieces: list[tuple[int, int]] = []
        cursor = 0
        for match in pattern.finditer(self.text):
            pieces.append((cursor, match.start()))
            if keep_group is not None and match.group(keep_group) is not None:
                pieces.append(match.span(keep_group))
            cursor = match.end()
        if not pieces:
            return self
        pieces.append((cursor, len(self.text)))
        text = "".join(self.text[a:b] for a, b in pieces)
        offsets = offsets_array()
        for a, b in pieces:
            offsets.extend(self.offsets[a:b])
        return MappedText(text, offsets)

    def fragments(self, source: str) -> Iterator[tuple[int, int]]:
        """Maximal runs whose characters are contiguous in `source` (whitespace aside).

        Yields (start, end) offsets into `source`. A run breaks where cleaning removed
        something other than whitespace between two kept characters.
        """
        if not self.offsets:
            return
        run_start = self.offsets[0]
        previous = self.offsets[0]
        for offset in self.offsets[1:]:
            gap = source[previous + 1 : offset]
            if offset <= previous or (gap and not gap.isspace()):
                yield run_start, previous + 1
                run_start = offset
            previous = offset
        yield run_start, previous + 1
