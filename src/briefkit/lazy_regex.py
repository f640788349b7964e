"""Regular expressions compiled on first use, not when their module is imported.

The analysis, readers and composer define some 440 patterns at module level. Compiling
them all cost about a tenth of a second at every start, while a rebuild from the corpus
index uses under a fifth of them. A pattern made here compiles when a method is first
called; from then on its methods are the compiled pattern's own, read from a slot, so a
hot loop pays nothing more. `pattern` is known at once, for patterns built from others.
"""

from __future__ import annotations

import re
from typing import Any, cast

# What a compiled pattern offers, copied onto the stand-in when it compiles
_DELEGATED = (
    "search",
    "match",
    "fullmatch",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _CompiledOnUse:
    __slots__ = ("pattern", "_flags", *_DELEGATED)

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # reached only while a slot is unset, that is before the first use
        if name not in _DELEGATED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _DELEGATED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return (re.compile, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile`, deferred until the pattern is first used (see the module's docstring)."""
    return cast(re.Pattern[str], _CompiledOnUse(pattern, int(flags)))
