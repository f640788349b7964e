"""What "verbatim" means for briefkit, in one place: used by selection and by `verify`.

A quote is verbatim when every part between "…" marks occurs, in order, in the
source's text with runs of whitespace collapsed to one space.

An editor's typed quote may differ from the source only in typography (straight for
curly quotes, a hyphen for a dash, "..." for "…"): `spelled_as_source` finds it and
returns it as the source spells it, so the memo still quotes the source exactly.
"""

from __future__ import annotations

from briefkit.lazy_regex import lazy_compile

ELLIPSIS = "…"
_TYPOGRAPHY = str.maketrans(  # one character for one: positions stay the same
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
    }
)  # fmt: skip


def collapse(text: str) -> str:
    """Runs of whitespace as one space, none at either end. `str.split` splits on what
    `\\s` matches (`str.isspace`, every code point checked) in a quarter of the time: a
    build collapses each sentence several times."""
    return " ".join(text.split())


# Bold markers of markdown ("Minister **Ebba Busch** called…"): a reader sees the words, not
# the asterisks, so a quote runs through them and is matched without them.
BOLD_MARKS = lazy_compile(r"\*\*|__")


def as_quoted(text: str) -> str:
    """A source's text as quotes are matched against it: whitespace collapsed, bold
    markers dropped."""
    return collapse(BOLD_MARKS.sub("", text))


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


def spelled_as_source(quote: str, collapsed_source: str) -> str | None:
    """The quote as the source spells it when it differs only in typography, else None."""
    typed = quote.replace("...", ELLIPSIS)
    parts = quote_parts(typed)
    if not parts:
        return None
    folded = collapsed_source.translate(_TYPOGRAPHY)
    found_parts, cursor = [], 0
    for part in parts:
        at = folded.find(part.translate(_TYPOGRAPHY), cursor)
        if at < 0:
            return None
        found_parts.append(collapsed_source[at : at + len(part)])
        cursor = at + len(part)
    stripped = collapse(typed)
    return join_parts(
        found_parts,
        open_start=stripped.startswith(ELLIPSIS),
        open_end=stripped.endswith(ELLIPSIS) and len(stripped) > 1,
    )
