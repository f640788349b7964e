"""PDF writer (reportlab): footnotes at the foot of the page that cites them.

reportlab has no footnote flowable. Each note reference is a named anchor
(`fnref<n>`) inside its paragraph. `NoteFrame.add` looks for those anchors in every
flowable (or split part) it places, and reserves room for the notes at the bottom of
the frame before placing it; if text plus notes do not fit, the part moves on to the
next page together with its notes. At the end of each page the notes reserved there
are drawn under a short rule.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from briefkit.memo import BulletList, Excerpt, Footnote, Inline, Memo, NoteRef, Paragraph
from briefkit.memo import Table as MemoTable
from briefkit.sanitize import xml_safe
from briefkit.writers import WriteOptions
from briefkit.writers.fonts import FontFamily, fallback_for, register_family
from briefkit.writers.table_widths import fit_widths

NOTE_GAP = 2.0
RULE_SPACE = 8.0
HEADING_ROOM = 66.0  # points: a heading, two lines under it and the notes they carry
LINK_COLOR = "#1F4E79"
CELL_PADDING = 12.0 + 2.0  # reportlab's cell padding, left and right, and a little air


def _styles(family: FontFamily, compact: bool = False) -> dict[str, ParagraphStyle]:
    """The memo's type; `compact` (a one-page note) closes up paragraphs and headings."""
    base = ParagraphStyle(
        "body",
        fontName=family.regular,
        fontSize=9.5 if compact else 10,
        leading=12 if compact else 13,
        spaceAfter=1.5 if compact else 4,
        allowWidows=0,
        allowOrphans=0,
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=family.bold,
            fontSize=17,
            leading=21,
            spaceAfter=8,
            textColor=colors.HexColor("#1F3A5F"),
        ),
        "header": ParagraphStyle("header", parent=base, fontSize=10, leading=13, spaceAfter=1),
        "marking": ParagraphStyle(
            "marking",
            parent=base,
            fontName=family.bold,
            fontSize=9.5,
            alignment=TA_CENTER,
            spaceAfter=6,
        ),
        "intro": ParagraphStyle(
            "intro",
            parent=base,
            fontName=family.italic,
            fontSize=9.5,
            leading=12.5,
            spaceAfter=8,
            textColor=colors.HexColor("#333333"),
        ),
        "assessment": ParagraphStyle(  # the unit's own words, set apart from the quotes
            "assessment",
            parent=base,
            leftIndent=14,
            rightIndent=14,
            spaceBefore=2,
            spaceAfter=6,
            borderPadding=(3, 4, 3, 4),
            backColor=colors.HexColor("#EEF2F7"),
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=family.bold,
            fontSize=11.5,
            leading=14,
            spaceBefore=4 if compact else 7,
            spaceAfter=1.5 if compact else 3,
            keepWithNext=1,
            textColor=colors.HexColor("#1F3A5F"),
        ),
        "source": ParagraphStyle(
            "source",
            parent=base,
            fontSize=9.5,
            leading=12.5,
            leftIndent=14,
            firstLineIndent=-14,
            spaceAfter=3,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.2, spaceAfter=0),
        "cellhead": ParagraphStyle(
            "cellhead", parent=base, fontName=family.bold, fontSize=9.5, leading=12.2, spaceAfter=0
        ),
        "note": ParagraphStyle(
            "note",
            parent=base,
            fontSize=7.5,
            leading=9,
            spaceAfter=0,
            leftIndent=10,
            firstLineIndent=-10,
        ),
    }


# Word's single line for Times New Roman (LibreOffice's for its metric twin, Liberation
# Serif): ascent, descent and line gap, 1.149 of the type size; the reference DOCX's
# paragraphs are spaced 1.15 lines (its defaults), its title single
WORD_SINGLE = 1.149
WORD_SPACED = WORD_SINGLE * 1.15
# A one-page note's DOCX styles (`writers.docx._compact_spacing`, templates/reference.docx):
# per PDF style, the DOCX's type size, line, and space before and after, in points
WORD_COMPACT = {
    "body": (9.5, WORD_SPACED, 0.0, 1.5),
    "title": (17.0, WORD_SINGLE, 0.0, 15.0),
    "header": (10.0, WORD_SPACED, 0.0, 1.0),
    "marking": (10.0, WORD_SPACED, 0.0, 6.0),
    "intro": (10.0, WORD_SPACED, 0.0, 8.0),
    "h1": (11.5, WORD_SPACED, 4.0, 1.5),
    "note": (7.5, WORD_SPACED, 0.0, 0.0),
}


def _as_word_sets(styles: dict[str, ParagraphStyle]) -> None:
    """A one-page note's styles as Word sets its DOCX: the DOCX's sizes, lines and
    spacing (the PDF's own are set for its page, not Word's)."""
    for name, (size, line, before, after) in WORD_COMPACT.items():
        style = styles[name]
        style.fontSize, style.leading = size, round(size * line, 2)
        style.spaceBefore, style.spaceAfter = before, after
    # the DOCX's bullets add no space between them (Word's contextual spacing)
    styles["bullet"] = ParagraphStyle("bullet", parent=styles["body"], spaceAfter=0)


def note_labels(flowable: Any) -> list[int]:
    """Note numbers whose reference anchors sit inside `flowable` (or its parts)."""
    found: list[int] = []
    frags = getattr(flowable, "frags", None)
    if frags is not None:
        _scan_frags(frags, found)
        lines = getattr(getattr(flowable, "blPara", None), "lines", None) or []
        for line in lines:
            words = getattr(line, "words", None)
            if words:
                _scan_frags(words, found)
            elif isinstance(line, tuple) and len(line) > 1:
                _scan_frags(line[1], found)
    for attribute in ("_cellvalues", "_content", "_flowables"):
        nested = getattr(flowable, attribute, None)
        if nested:
            for item in _flatten(nested):
                found.extend(note_labels(item))
    return sorted(set(found))


def _row_labels(table: Table, row: int) -> list[int]:
    """Note numbers cited in one row of a table (reportlab keeps cells as lists)."""
    if row >= len(table._cellvalues):
        return []
    return [n for cell in _flatten(table._cellvalues[row]) for n in note_labels(cell)]


def _flatten(value: Any) -> list[Any]:
    if isinstance(value, list | tuple):
        return [leaf for item in value for leaf in _flatten(item)]
    return [value]


def _scan_frags(frags: Any, found: list[int]) -> None:
    """Find note anchors in fragments, which split paragraphs nest as [width, (frag, text)…]."""
    for frag in frags if isinstance(frags, list | tuple) else []:
        if isinstance(frag, list | tuple):
            _scan_frags(frag, found)
            continue
        definition = getattr(frag, "cbDefn", None)
        name = getattr(definition, "name", "") or ""
        if getattr(definition, "kind", None) == "anchor" and name.startswith("fnref"):
            found.append(int(name[5:]))


class _NoteState:
    """Which notes go on the current page, and which are already placed."""

    def __init__(
        self,
        paragraphs: dict[int, RLParagraph],
        width: float,
        run_in: Callable[[list[int]], RLParagraph] | None = None,
        gap: float = NOTE_GAP,
    ):
        self.paragraphs = paragraphs
        self.width = width
        self.gap = gap
        self.heights = {n: p.wrap(width, 10_000)[1] + gap for n, p in paragraphs.items()}
        self.placed: set[int] = set()
        self.page: list[int] = []
        # A one-page note sets its notes run in, one after another in a paragraph (as
        # critical editions do): a short note then costs part of a line, not a line.
        self.run_in = run_in
        # Heights of run-in note lists already set: each flowable placed asks again for
        # the page's notes so far, and setting them anew was a third of a render.
        self._run_in_heights: dict[tuple[int, ...], float] = {}

    def run_in_height(self, numbers: list[int]) -> float:
        if not numbers or self.run_in is None:
            return 0.0
        key = tuple(numbers)
        height = self._run_in_heights.get(key)
        if height is None:
            height = self.run_in(numbers).wrap(self.width, 10_000)[1] + NOTE_GAP
            self._run_in_heights[key] = height
        return height

    def __deepcopy__(self, memo: dict[int, Any]) -> _NoteState:
        # reportlab deep-copies the frame to measure KeepTogether and lists; the note
        # state is shared on purpose, and copying its paragraphs would cost most of a build.
        return self

    def reserve_for(self, labels: list[int]) -> tuple[list[int], float]:
        new = [n for n in labels if n not in self.placed and n in self.heights]
        if self.run_in is not None:
            height = self.run_in_height([*self.page, *new]) - self.run_in_height(self.page)
        else:
            height = sum(self.heights[n] for n in new)
        if new and not self.page:
            height += RULE_SPACE
        return new, height


class NoteFrame(Frame):
    notes: _NoteState

    def _reset(self) -> None:
        super()._reset()
        self._geom()  # drop the room reserved for the previous page's notes

    def add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:
        new, height = self.notes.reserve_for(note_labels(flowable))
        if not new:
            return Frame._add(self, flowable, canv, trySplit)
        self._y1p += height
        if self._y - self._y1p < 0 or not Frame._add(self, flowable, canv, trySplit):
            self._y1p -= height
            return 0
        self.notes.page.extend(new)
        self.notes.placed.update(new)
        return 1

    def split(self, flowable: Flowable, canv: Canvas) -> list[Flowable]:
        """Split so that text and the notes it carries fit; never return a lone whole piece."""
        if isinstance(flowable, Table):
            return self.split_table(flowable, canv)
        new, height = self.notes.reserve_for(note_labels(flowable))
        if not new:
            return Frame.split(self, flowable, canv)
        self._y1p += height
        try:
            parts = Frame.split(self, flowable, canv)
        finally:
            self._y1p -= height
        return parts if len(parts) > 1 else []

    def split_table(self, table: Table, canv: Canvas) -> list[Flowable]:
        """Split between rows, after as many rows as fit together with their notes.

        Reserving the notes of the whole table (as for a paragraph) would push a long
        table to the next page and leave this one half empty. The part that goes on
        repeats the header row (`repeatRows`)."""
        before = 0.0 if self._atTop else table.getSpaceBefore()
        room = self._y - self._y1p - before
        if room <= 0:
            return []
        table.wrap(self._aW, room)
        heights = table._rowHeights
        header = table.repeatRows if isinstance(table.repeatRows, int) else 1
        labels: list[int] = []
        used = sum(heights[:header])
        fits = 0
        for count in range(header + 1, len(heights)):  # rows in this part; one goes on
            used += heights[count - 1]
            labels.extend(_row_labels(table, count - 1))
            _, notes_height = self.notes.reserve_for(labels)
            if used + notes_height > room:
                break
            fits = count
        if not fits:
            return []
        table.canv = canv
        try:  # room for exactly those rows: the table splits where the notes allow
            return table.split(self._aW, sum(heights[:fits]) + 0.01)
        finally:
            if hasattr(table, "canv"):
                del table.canv


def fitted(text: str, room: float, measure: Callable[[str], float]) -> str:
    """`text` as it fits in `room` (as `measure` sets it): whole, or cut at a word with "…",
    never mid-word (a long title in the running header had ended "…Regimes and a P")."""
    if measure(text) <= room:
        return text
    words = text.split()
    while words and measure(" ".join(words) + " …") > room:
        words.pop()
    return (" ".join(words).rstrip(",;:–—-") + " …") if words else "…"


class _NumberedCanvas(Canvas):
    """Defers pages so each can say "Page x of y"."""

    def __init__(self, *args: Any, footer_font: str = "", running: str = "", **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []
        self._footer_font = footer_font
        self._running = running

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    @property
    def pages_saved(self) -> list[dict[str, Any]]:
        """The pages written: "Page x of y" counts them, and so does the page check."""
        return self._saved

    def save(self) -> None:
        total = len(self._saved)
        running = fitted(  # one title, one page width: fitted once, drawn on every page
            self._running,
            self._pagesize[0] - 40 * mm,
            lambda t: self.stringWidth(t, self._footer_font, 8),
        )
        for state in self._saved:
            self.__dict__.update(state)
            self._decorate(total, running)
            Canvas.showPage(self)
        Canvas.save(self)

    def _decorate(self, total: int, running: str) -> None:
        width, height = self._pagesize
        self.setFont(self._footer_font, 8)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawCentredString(width / 2, 12 * mm, f"Page {self._pageNumber} of {total}")
        if running and self._pageNumber > 1:
            self.drawString(20 * mm, height - 12 * mm, running)
            self.setStrokeColor(colors.HexColor("#999999"))
            self.setLineWidth(0.4)
            self.line(20 * mm, height - 13.5 * mm, width - 20 * mm, height - 13.5 * mm)


class _Heading(RLParagraph):
    """A section heading that also adds a PDF bookmark and outline entry."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, title: str, **kw: Any):
        super().__init__(text, style, **kw)
        self._key, self._title = key, title

    def draw(self) -> None:
        super().draw()
        if getattr(self, "_key", None):
            self.canv.bookmarkPage(self._key)
            self.canv.addOutlineEntry(self._title, self._key, level=0, closed=False)


WORD_METRICS = FontFamily("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic")


class _PdfRenderer:
    def __init__(self, memo: Memo, options: WriteOptions):
        self.memo = memo
        self.options = options
        # The reference DOCX sets Times New Roman (Writer: Liberation Serif, the same
        # widths); reportlab knows Times' metrics without a font file.
        self.family = WORD_METRICS if options.as_word else register_family("serif")
        self.styles = _styles(self.family, memo.compact)
        if options.as_word and memo.compact:
            _as_word_sets(self.styles)

    def markup(self, text: str, where: str, fallback: bool = True) -> str:
        """Plain text -> safe reportlab markup: controls removed, escaped; characters the
        memo's font lacks are drawn with an installed fallback face (Arabic script, CJK),
        and those no face can draw are reported, naming the text that loses them."""
        clean, removed = xml_safe(text)
        if removed:
            self.options.warnings.append(f"{where}: {removed} control character(s) removed")
        missing = set() if self.options.as_word else self.family.missing_glyphs(clean)
        if not missing:
            return escape(clean)
        runs: list[tuple[str | None, str]] = []
        lost: set[str] = set()
        for char in clean:
            face = fallback_for(char) if fallback and char in missing else None
            if char in missing and face is None:
                lost.add(char)
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + char)
            else:
                runs.append((face, char))
        sample = " ".join(clean.split())
        sample = sample if len(sample) <= 50 else sample[:49] + "…"
        if lost:
            shown = " ".join(f"U+{ord(ch):04X}" for ch in sorted(lost)[:12])
            self.options.warnings.append(
                f"{self.memo.audience}.pdf: {where} loses {len(lost)} character(s) no installed "
                f'font can draw ({shown}), shown as boxes: "{sample}"'
            )
        if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in missing):
            self.options.warnings.append(
                f"{self.memo.audience}.pdf: {where} is right-to-left script, drawn left to "
                f'right with unjoined letters in the PDF (the DOCX shows it right): "{sample}"'
            )
        return "".join(
            escape(run) if face is None else f'<font name="{face}">{escape(run)}</font>'
            for face, run in runs
        )

    def inlines(self, inlines: tuple[Inline, ...]) -> str:
        out = []
        for position, inline in enumerate(inlines):
            if isinstance(inline, NoteRef):
                n = inline.number
                out.append(
                    f'<a name="fnref{n}"/><super><a href="#fn{n}" color="{LINK_COLOR}">'
                    f"{n}</a></super>"
                )
                continue
            lead = " " if position else ""
            if isinstance(inline, Excerpt):
                out.append(lead + self.markup(inline.quote, f"the excerpt from {inline.source_id}"))
            else:
                text = self.markup(inline.text, "memo text")
                if inline.bold:
                    text = f"<b>{text}</b>"
                if inline.italic:
                    text = f"<i>{text}</i>"
                out.append(lead + text)
        return "".join(out)

    def measure(self, word: str, bold: bool) -> float:
        face = self.family.bold if bold else self.family.regular
        return stringWidth(word, face, self.styles["cell"].fontSize)

    def note_markup(self, note: Footnote, bold_number: bool = False) -> str:
        text = self.markup(note.text, f"note {note.number}")
        if note.url:
            url = self.markup(note.url, f"note {note.number}", fallback=False)
            text += f' <a href="{url}" color="{LINK_COLOR}">{url}</a>.'
        number = f"<b>{note.number}</b>" if bold_number else f"<super>{note.number}</super>"
        return f'<a name="fn{note.number}"/>{number}\u00a0{text}'

    def note_paragraph(self, note: Footnote) -> RLParagraph:
        return RLParagraph(self.note_markup(note), self.styles["note"])

    def run_in_notes(self) -> Callable[[list[int]], RLParagraph]:
        """The notes of a page as one paragraph, each after the last (a one-page note)."""
        # Bold numbers and a wider gap keep each note findable in the run (cold read: run-in
        # notes at 7.5 pt with plain numbers were "unreadable").
        markup = {n.number: self.note_markup(n, bold_number=True) for n in self.memo.notes}
        style = ParagraphStyle(
            "note_run_in", parent=self.styles["note"], leftIndent=0, fontSize=8, leading=10
        )
        style.firstLineIndent = 0
        made: dict[tuple[int, ...], RLParagraph] = {}

        def paragraph(numbers: list[int]) -> RLParagraph:
            key = tuple(numbers)
            if key not in made:
                made[key] = RLParagraph("\u2002 \u2002".join(markup[n] for n in numbers), style)
            return made[key]

        return paragraph

    def block(self, block: Paragraph | BulletList | MemoTable) -> list[Flowable]:
        if isinstance(block, Paragraph):
            style = self.styles[block.style if block.style in ("intro", "assessment") else "body"]
            return [RLParagraph(self.inlines(block.inlines), style)]
        if isinstance(block, BulletList):
            # Word indents the DOCX's bullets by 18 pt, the PDF by 12.
            indent = 18 if self.options.as_word else 12
            body = self.styles["body"]
            # One list per item: a heading kept with its next flowable then carries one
            # bullet to the next page with it, not the whole list (or none of it).
            return [
                ListFlowable(
                    [
                        ListItem(
                            RLParagraph(self.inlines(item), self.styles.get("bullet", body)),
                            leftIndent=indent,
                        )
                    ],
                    bulletType="bullet",
                    start="•",
                    leftIndent=indent,
                    bulletFontName=self.family.regular,
                    bulletFontSize=9,
                )
                for item in block.items
            ]
        return [self.table(block), Spacer(1, 6)]

    def table(self, block: MemoTable) -> Table:
        width = self.frame_width
        header = [
            RLParagraph(self.markup(h, "table header"), self.styles["cellhead"])
            for h in block.header
        ]
        rows = [
            [RLParagraph(self.inlines(cell), self.styles["cell"]) for cell in row]
            for row in block.rows
        ]
        widths = fit_widths(block, width, CELL_PADDING, self.measure)
        table = Table([header, *rows], colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.family.regular, 9.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF5")),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1F3A5F")),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def table_start_room(self, heading: RLParagraph, table: Table) -> float:
        """Height of a heading, the table's header row and first row, and that row's notes."""
        width = self.frame_width
        _, heading_height = heading.wrap(width, 10_000)
        table.wrap(width, 10_000)
        rows = table._rowHeights[:2]
        labels = _row_labels(table, 1)
        notes = sum(self.notes.heights.get(n, 0.0) for n in set(labels))
        room = heading_height + heading.getSpaceBefore() + sum(rows) + notes + RULE_SPACE
        return max(HEADING_ROOM, room)

    def story(self) -> list[Flowable]:
        memo = self.memo
        s = self.styles
        story: list[Flowable] = []
        if memo.marking:
            story.append(RLParagraph(self.markup(memo.marking, "marking"), s["marking"]))
        story.append(RLParagraph(self.markup(memo.title, "title"), s["title"]))
        header_rows = [
            RLParagraph(
                f"<b>{self.markup(k, 'header')}:</b> {self.markup(v, 'header')}", s["header"]
            )
            for k, v in memo.header
        ]
        if header_rows:
            story.append(KeepTogether([*header_rows, Spacer(1, 4)]))
        story.append(_Rule())
        for paragraph in memo.intro:
            story.extend(self.block(paragraph))
        for index, section in enumerate(memo.sections):
            title = self.markup(section.title, "heading")
            # keepWithNext measures without the notes the next lines bring to the page, so
            # a heading with little room under it starts the next page itself.
            heading = _Heading(title, s["h1"], key=f"s{index}", title=section.title)
            first = section.blocks[0] if section.blocks else None
            if isinstance(first, MemoTable):
                # Kept with a whole table, a heading would carry it to the next page and
                # leave this one half empty: it asks for room for the table's first row.
                blocks = [self.block(b) for b in section.blocks]
                heading.keepWithNext = 0
                story.append(CondPageBreak(self.table_start_room(heading, blocks[0][0])))
                story.append(heading)
                story.extend(f for flowables in blocks for f in flowables)
                continue
            story.append(CondPageBreak(HEADING_ROOM))
            story.append(heading)
            for block in section.blocks:
                story.extend(self.block(block))
        if memo.sources_title and memo.sources:
            story.append(
                _Heading(
                    self.markup(memo.sources_title, "heading"),
                    s["h1"],
                    key="sources",
                    title=memo.sources_title,
                )
            )
            for source in memo.sources:
                text = self.markup(source.text, f"source {source.source_id}")
                if source.url:
                    url = self.markup(source.url, f"source {source.source_id}", fallback=False)
                    text += f' <a href="{url}" color="{LINK_COLOR}">{url}</a>.'
                story.append(RLParagraph(text, s["source"]))
        return story

    def render(self) -> tuple[bytes, int]:
        """The PDF and its number of pages (the page check needs no PDF reader)."""
        page = A4 if self.memo.paper == "A4" else LETTER
        margin = 22 * mm
        # Word's page has the DOCX's margins (22 mm all round); the PDF's own page gives
        # the body 2 mm more above and below.
        upright = margin if self.options.as_word else 20 * mm
        self.frame_width = page[0] - 2 * margin
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=page,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=upright,
            bottomMargin=upright,
            title=self.memo.properties.title,
            author=self.memo.properties.author,
            subject=self.memo.properties.subject,
            keywords=list(self.memo.properties.keywords),
            creator="briefkit",
            producer="briefkit (reportlab)",
            invariant=1,
            lang=self.options.lang,
            initialFontName=self.family.regular,
            initialFontSize=10.5,
            initialLeading=14,
        )
        frame = NoteFrame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        notes = _NoteState(
            {n.number: self.note_paragraph(n) for n in self.memo.notes},
            doc.width,
            self.run_in_notes() if self.memo.compact and not self.options.as_word else None,
            # Word's notes follow one another with no space between
            0.0 if self.options.as_word and self.memo.compact else NOTE_GAP,
        )
        frame.notes = self.notes = notes

        def draw_notes(canvas: Canvas, document: BaseDocTemplate) -> None:
            if not notes.page:
                return
            y = document.bottomMargin
            if notes.run_in is not None:
                paragraphs = [notes.run_in(notes.page)]
                heights = [notes.run_in_height(notes.page)]
            else:
                paragraphs = [notes.paragraphs[n] for n in notes.page]
                heights = [notes.heights[n] for n in notes.page]
            y += sum(heights)
            canvas.saveState()
            canvas.setStrokeColor(colors.HexColor("#777777"))
            canvas.setLineWidth(0.5)
            canvas.line(
                document.leftMargin,
                y + RULE_SPACE / 2,
                document.leftMargin + 50 * mm,
                y + RULE_SPACE / 2,
            )
            canvas.restoreState()
            for paragraph, height in zip(paragraphs, heights, strict=True):
                y -= height
                paragraph.wrapOn(canvas, document.width, 10_000)
                paragraph.drawOn(canvas, document.leftMargin, y + notes.gap)
            notes.page.clear()

        doc.addPageTemplates(
            [PageTemplate(id="memo", frames=[frame], onPageEnd=draw_notes, pagesize=page)]
        )
        running = (
            self.memo.title if not self.memo.marking else f"{self.memo.marking} · {self.memo.title}"
        )
        running_text, _ = xml_safe(running)

        canvases: list[_NumberedCanvas] = []

        def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
            canvas = _NumberedCanvas(
                *args, footer_font=self.family.regular, running=running_text, **kwargs
            )
            canvases.append(canvas)
            return canvas

        doc.build(self.story(), canvasmaker=make_canvas)
        return buffer.getvalue(), len(canvases[-1].pages_saved)


class _Rule(Flowable):
    """A thin full-width line under the memo header."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 8

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor("#1F3A5F"))
        self.canv.setLineWidth(1)
        self.canv.line(0, 4, self.width, 4)


def write_pdf(memo: Memo, options: WriteOptions) -> bytes:
    return _PdfRenderer(memo, options).render()[0]


def write_pdf_counted(memo: Memo, options: WriteOptions) -> tuple[bytes, int]:
    """The PDF and its page count, for a page limit: reading the PDF back to count its
    pages needed pypdf, whose import alone was a tenth of a no-change build's start."""
    return _PdfRenderer(memo, options).render()
