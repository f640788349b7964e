"""Make text safe for XML-based output (DOCX, PDF markup) without losing the rest of it."""

from __future__ import annotations

import re

from briefkit.lazy_regex import lazy_compile

# XML 1.0 cannot hold C0 controls other than tab/LF/CR, U+FFFE/U+FFFF or lone surrogates.
_ILLEGAL = lazy_compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> tuple[str, int]:
    """`text` without characters XML cannot hold (form feeds become spaces); and how many."""
    removed = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal removed
        removed += 1
        return " " if match.group(0) in "\x0b\x0c" else ""

    return _ILLEGAL.sub(replace, text), removed


_LINKABLE = lazy_compile(r"^(?:https?://|doi:10\.)[^\s<>\"'`\\]+$", re.IGNORECASE)
# Controls (C0, DEL, C1), and what XML cannot hold: never part of a link target.
_NOT_IN_URL = lazy_compile(r"[\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def linkable_url(url: str | None) -> str | None:
    """The URL if a memo may link it: http(s) or doi: only, nothing that could break out of
    a Markdown autolink or an attribute. Anything else (javascript:, file:, data:) is None."""
    if url is None:
        return None
    url = url.strip(" \t\r\n")  # not strip(): it would eat \x1c-\x1f and hide them
    if _NOT_IN_URL.search(url) or len(url) > 2000:
        return None
    return url if _LINKABLE.match(url) else None


_UNPRINTABLE = lazy_compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` safe to print on a terminal: control characters (escape sequences, newlines,
    carriage returns) and undecodable bytes of file names shown as escapes, never acted on."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group(0))
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
            return f"\\x{code - 0xDC00:02x}"
        return match.group(0).encode("unicode_escape").decode("ascii")

    return _UNPRINTABLE.sub(escape, text)
