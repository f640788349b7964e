"""The memo AST: what every writer renders. It holds no rendering code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Excerpt:
    """A verbatim passage of a source, printed exactly as `quote`."""

    quote: str
    sentence_id: str
    source_id: str
    provenance: str = ""  # where the passage is: file, paragraph, sentence
    score: float = 0.0  # its score under the selection objective, on an empty memo
    reason: str = ""  # why it was chosen: the signals behind the score


@dataclass(frozen=True)
class NoteRef:
    number: int


Inline = Text | Excerpt | NoteRef


@dataclass(frozen=True)
class Paragraph:
    inlines: tuple[Inline, ...]
    style: str = "body"  # body | lead | intro


@dataclass(frozen=True)
class BulletList:
    items: tuple[tuple[Inline, ...], ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    widths: tuple[float, ...]  # fractions of the text width


Block = Paragraph | BulletList | Table


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Footnote:
    number: int
    source_id: str
    text: str  # the citation without its URL
    url: str | None = None


@dataclass(frozen=True)
class SourceEntry:
    source_id: str
    text: str
    url: str | None = None


@dataclass(frozen=True)
class Properties:
    title: str
    subject: str
    author: str
    date: str  # ISO date of the memo
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Memo:
    audience: str
    title: str
    header: tuple[tuple[str, str], ...]  # (label, value) rows of the memo header block
    marking: str | None
    intro: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    sources_title: str | None
    sources: tuple[SourceEntry, ...]
    notes: tuple[Footnote, ...]
    properties: Properties
    paper: str = "A4"
    compact: bool = False  # tighter spacing: a one-page note

    def excerpts(self) -> list[tuple[str, Excerpt, int]]:
        """(section id, excerpt, note number) in reading order."""
        found = []
        for section in self.sections:
            for block in section.blocks:
                for inlines in inline_runs(block):
                    for i, inline in enumerate(inlines):
                        if isinstance(inline, Excerpt):
                            note = next(
                                (x.number for x in inlines[i + 1 :] if isinstance(x, NoteRef)), 0
                            )
                            found.append((section.id, inline, note))
        return found


def inline_runs(block: Block) -> list[tuple[Inline, ...]]:
    if isinstance(block, Paragraph):
        return [block.inlines]
    if isinstance(block, BulletList):
        return list(block.items)
    return [cell for row in block.rows for cell in row]


def inline_text(inlines: tuple[Inline, ...]) -> str:
    return " ".join(
        i.text if isinstance(i, Text) else i.quote for i in inlines if not isinstance(i, NoteRef)
    )


def body_words(memo: Memo) -> int:
    """Words of the memo body: header, intro, headings, text, tables, sources; not notes."""
    pieces = [memo.title, *(f"{label} {value}" for label, value in memo.header)]
    pieces += [inline_text(p.inlines) for p in memo.intro]
    for section in memo.sections:
        pieces.append(section.title)
        for block in section.blocks:
            if isinstance(block, Table):
                pieces.extend(block.header)
            pieces.extend(inline_text(run) for run in inline_runs(block))
    if memo.sources_title:
        pieces.append(memo.sources_title)
        pieces.extend(s.text + (" " + s.url if s.url else "") for s in memo.sources)
    if memo.marking:
        pieces.append(memo.marking)
    return sum(len(p.split()) for p in pieces)
