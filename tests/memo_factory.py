"""Small memos built directly from the AST, for writer tests."""

from __future__ import annotations

from briefkit.memo import (
    BulletList,
    Excerpt,
    Footnote,
    Memo,
    NoteRef,
    Paragraph,
    Properties,
    Section,
    SourceEntry,
    Table,
    Text,
)


def memo_with(
    texts: list[str], title: str = "Test memo", url: str | None = "https://example.org/a?b=1&c=2"
) -> Memo:
    """A memo whose excerpts are `texts`, one note each, in all block styles."""
    paragraphs = []
    notes = []
    for number, text in enumerate(texts, start=1):
        paragraphs.append(Paragraph((Excerpt(text, f"s:p{number}:s1", "s"), NoteRef(number))))
        notes.append(Footnote(number, "s", f"Author, “Source {number},” Publisher, 2024,", url))
    n = len(texts)
    bullets = BulletList(
        ((Text("Label.", bold=True), Excerpt("Bullet excerpt & <b>", "s:b", "s"), NoteRef(n + 1)),)
    )
    table = Table(
        ("Actor", "Position", "Source"),
        (
            (
                (Text("Actor <x>"),),
                (Excerpt("Table excerpt", "s:t", "s"), NoteRef(n + 2)),
                (Text("Src"),),
            ),
        ),
        (0.2, 0.6, 0.2),
    )
    notes += [
        Footnote(n + 1, "s", "Short note.", None),
        Footnote(n + 2, "s", "Another note.", None),
    ]
    return Memo(
        audience="test",
        title=title,
        header=(("Date", "January 1, 2024"), ("For", "Reader & <Co>")),
        marking="INTERNAL",
        intro=(Paragraph((Text("Intro text."),), style="intro"),),
        sections=(
            Section("background", "Background", tuple(paragraphs)),
            Section("regional_positions", "Regional positions", (bullets, table)),
        ),
        sources_title="Sources",
        sources=(SourceEntry("s", "Author. “Source.” Publisher, 2024.", url),),
        notes=tuple(notes),
        properties=Properties(title=title, subject="Subject", author="Unit", date="2024-01-01"),
    )
