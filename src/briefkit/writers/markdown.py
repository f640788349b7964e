"""Markdown writer: `[^n]` footnotes, a pipe table for stance tables."""

from __future__ import annotations

import re

from briefkit.lazy_regex import lazy_compile
from briefkit.memo import BulletList, Excerpt, Inline, Memo, NoteRef, Paragraph, Table, Text

# "&" only where it would start a character reference: a source's "&amp;" shows as
# written, while "Lindt & Sprungli" stays as a reader of the raw file expects it
_SPECIAL = lazy_compile(r"([\\`*_\[\]<>|]|&(?=#?[A-Za-z0-9]+;))")
NOTE_LINE = lazy_compile(r"^\[\^\d+\]:")  # a footnote definition: not part of the body


def escape(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return re.sub(r"^([#+-]|\d+\.)(\s)", r"\\\1\2", text)


def _inlines(inlines: tuple[Inline, ...]) -> str:
    out = []
    for inline in inlines:
        if isinstance(inline, NoteRef):
            out.append(f"[^{inline.number}]")
            continue
        if out:
            out.append(" ")
        if isinstance(inline, Excerpt):
            out.append(escape(inline.quote))
        elif isinstance(inline, Text):
            text = escape(inline.text)
            if inline.bold:
                text = f"**{text}**"
            if inline.italic:
                text = f"*{text}*"
            out.append(text)
    return "".join(out)


def _block(block: Paragraph | BulletList | Table) -> str:
    if isinstance(block, Paragraph):
        text = _inlines(block.inlines)
        if block.style == "assessment":  # the unit's own words, set apart from quotes
            return f"> {text}"
        return f"*{text}*" if block.style == "intro" else text
    if isinstance(block, BulletList):
        return "\n".join(f"- {_inlines(item)}" for item in block.items)
    header = [escape(h) for h in block.header]
    rows = [[_inlines(cell) for cell in row] for row in block.rows]
    # Pipes only between cells (GFM and pandoc allow it): a pipe is no word, yet a reader
    # counting the body's tokens counts it. Outer pipes come back where a row would not
    # parse without them: one column, or a first cell that is empty.
    outer = len(header) < 2 or any(not (row and row[0]) for row in rows)
    lines = [header, ["---"] * len(header), *rows]
    if outer:
        return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)
    return "\n".join(" | ".join(cells) for cells in lines)


def write_markdown(memo: Memo, options: object = None) -> bytes:
    parts = []
    if memo.marking:
        parts.append(f"**{escape(memo.marking)}**")
    parts.append(f"# {escape(memo.title)}")
    if memo.header:
        parts.append("  \n".join(f"**{escape(k)}:** {escape(v)}" for k, v in memo.header))
    parts.extend(_block(p) for p in memo.intro)
    for section in memo.sections:
        parts.append(f"## {escape(section.title)}")
        parts.extend(_block(b) for b in section.blocks)
    if memo.sources_title and memo.sources:
        parts.append(f"## {escape(memo.sources_title)}")
        parts.append(
            "\n".join(
                f"- {escape(s.text)}" + (f" <{s.url}>" if s.url else "") for s in memo.sources
            )
        )
    if memo.notes:
        parts.append(
            "\n".join(
                f"[^{n.number}]: {escape(n.text)}" + (f" <{n.url}>." if n.url else "")
                for n in memo.notes
            )
        )
    return ("\n\n".join(parts) + "\n").encode("utf-8")
