"""What "verbatim" means for briefkit, in one place: used by selection and by `verify`.

A quote is verbatim when every part between "…" marks occurs, in order, in the
source's text with runs of whitespace collapsed to one space.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
_WHITESPACE = re.compile(r"\s+")


def collapse(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def quote_parts(quote: str) -> list[str]:
    return [part for part in (collapse(p) for p in quote.split(ELLIPSIS)) if part]


def join_parts(parts: list[str], *, open_start: bool = False, open_end: bool = False) -> str:
    """Join verbatim parts with trim marks, marking trimmed beginnings and ends too."""
    body = f" {ELLIPSIS} ".join(parts)
    if open_start:
        body = f"{ELLIPSIS}{body}"
    if open_end:
        body = f"{body}{ELLIPSIS}"
    return body


def find_quote(quote: str, collapsed_source: str) -> bool:
    """True when every part of `quote` is in `collapsed_source`, in order."""
    parts = quote_parts(quote)
    if not parts:
        return False
    cursor = 0
    for part in parts:
        found = collapsed_source.find(part, cursor)
        if found < 0:
            return False
        cursor = found + len(part)
    return True
