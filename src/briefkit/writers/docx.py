"""DOCX writer: styled memo with native footnotes, header block, tables, page numbers."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefkit.errors import InputError
from briefkit.memo import BulletList, Excerpt, Inline, Memo, NoteRef, Paragraph, Table
from briefkit.sanitize import xml_safe
from briefkit.writers import WriteOptions
from briefkit.writers.docx_notes import Footnotes
from briefkit.writers.docx_styles import (
    ASSESSMENT_STYLE,
    BODY_FONT,
    BULLET_STYLE,
    COMMENT_REF_STYLE,
    COMMENT_TEXT_STYLE,
    EXCERPT_STYLE,
    HEADER_STYLE,
    HEADING_STYLE,
    HOUSE,
    INTRO_STYLE,
    MARKING_STYLE,
    NOTE_TEXT_STYLE,
    PAGE_FOOTER_STYLE,
    PAGE_HEADER_STYLE,
    SOURCE_STYLE,
    TABLE_STYLE,
    TITLE_STYLE,
    StyleSheet,
    set_font,
    tidy_package,
)
from briefkit.writers.table_widths import fit_widths

CELL_PADDING = Pt(10.8 + 2)  # Word's default cell margins, left and right, and a little air
WORD_SLACK = 1.1  # for a reference document whose font runs wider than Times

PAGE_SIZES = {"A4": (Mm(210), Mm(297)), "Letter": (Mm(215.9), Mm(279.4))}
PAGE_MARGIN = Mm(22)  # as the PDF's, so both break pages alike


def _page_setup(document: DocxDocument, paper: str) -> None:
    """The brief's paper and the PDF's margins: a one-page memo is one page in both."""
    for section in document.sections:
        section.page_width, section.page_height = PAGE_SIZES.get(paper, PAGE_SIZES["A4"])
        section.left_margin = section.right_margin = PAGE_MARGIN
        section.top_margin = section.bottom_margin = PAGE_MARGIN


def _house_style(styles: StyleSheet) -> None:
    """The house look written into templates/reference.docx: the PDF's sizes and colour.

    Only the reference document generator applies it; the writer leaves a reference
    document's styles as they are."""
    styles.normal.font.size = Pt(10)
    styles.normal.paragraph_format.space_after = Pt(4)
    set_font(styles.normal, BODY_FONT)
    for name, size in ((TITLE_STYLE, 17), (HEADING_STYLE, 11.5)):
        styles[name].font.size = Pt(size)
        styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        set_font(styles[name], BODY_FONT)
    heading = styles[HEADING_STYLE].paragraph_format
    heading.space_before, heading.space_after = Pt(7), Pt(3)
    styles[EXCERPT_STYLE].font.size = Pt(10)
    styles[EXCERPT_STYLE].paragraph_format.space_after = Pt(4)
    styles[HEADER_STYLE].font.size = Pt(10)
    styles[NOTE_TEXT_STYLE].font.size = Pt(7.5)
    styles[NOTE_TEXT_STYLE].paragraph_format.space_after = Pt(0)


COMPACT_BODY_PT = 9.5  # a one-page note's text, as in the PDF


def _compact_spacing(styles: StyleSheet) -> None:
    """A one-page note (the layout's `compact`): paragraphs and headings closed up, as in
    the PDF. The one change made to the reference's styles, and the layout asks for it."""
    for name in (EXCERPT_STYLE, BULLET_STYLE):
        styles[name].paragraph_format.space_after = Pt(1.5)
        styles[name].font.size = Pt(COMPACT_BODY_PT)
    styles.normal.paragraph_format.space_after = Pt(1.5)
    styles.normal.font.size = Pt(COMPACT_BODY_PT)
    heading = styles[HEADING_STYLE].paragraph_format
    heading.space_before, heading.space_after = Pt(4), Pt(1.5)


PROPERTY_LIMIT = 255  # characters python-docx (and Word's property dialog) accept


def property_text(text: str) -> str:
    """A document property within its limit: a long brief topic is cut at a word, with
    "…", instead of failing the build."""
    if len(text) <= PROPERTY_LIMIT:
        return text
    cut = text[: PROPERTY_LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


class _DocxRenderer:
    """Walks the memo AST, one method per node type."""

    def __init__(self, memo: Memo, options: WriteOptions):
        self.memo = memo
        self.options = options
        reference = options.reference_docx
        try:
            self.document = docx.Document(str(reference)) if reference else docx.Document()
        except (OSError, KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError) as exc:
            raise InputError(
                f"not a usable Word reference document ({type(exc).__name__})", path=reference
            ) from None
        tidy_package(self.document)
        body = self.document.element.body
        for child in list(body):
            if not child.tag.endswith("}sectPr"):
                body.remove(child)
        self.styles = StyleSheet(self.document)
        _page_setup(self.document, memo.paper)
        if memo.compact:
            _compact_spacing(self.styles)
        self.notes = Footnotes(self.document, self.styles)
        self.notes_by_number = {n.number: n for n in memo.notes}
        self.stamp = dt.datetime.fromtimestamp(options.epoch, tz=dt.UTC)
        self.base: list[str] | None = None  # the section's earlier quotes, when redlining
        # Revision and comment ids follow the notes' (1..n): LibreOffice mixes up a comment
        # and a footnote of the same id, and Word wants annotation ids unique.
        self.revision_id = max((n.number for n in memo.notes), default=0)

    def add_paragraph(self, style: str, text: str = "") -> DocxParagraph:
        """A new body paragraph in `style`. Given a style, python-docx still scans every style
        of the document for the default one, on each paragraph: a third of a memo's DOCX time,
        so the paragraph's style id is set directly."""
        paragraph = self.document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().style = self.styles.id(style)
        return paragraph

    def text(self, value: str, where: str) -> str:
        clean, removed = xml_safe(value)
        if removed:
            self.options.warnings.append(
                f"{where}: {removed} character(s) that Word cannot hold were removed"
            )
        return clean

    def inlines(self, paragraph: DocxParagraph, inlines: tuple[Inline, ...]) -> None:
        for position, inline in enumerate(inlines):
            if isinstance(inline, NoteRef):
                self.note(paragraph, inline.number)
                continue
            lead = " " if position else ""
            if isinstance(inline, Excerpt):
                run = paragraph.add_run(
                    lead + self.text(inline.quote, f"source {inline.source_id}")
                )
                if self.options.provenance_comments and inline.provenance:
                    self.comment(run, f"Source: {inline.provenance}")
            else:
                run = paragraph.add_run(lead + self.text(inline.text, "memo text"))
                run.bold = inline.bold or None
                run.italic = inline.italic or None

    def heading(self, text: str) -> None:
        self.add_paragraph(HEADING_STYLE, self.text(text, "heading"))

    def comment(self, run: Run, text: str) -> None:
        """A Word comment for editors, dated with the build's fixed timestamp."""
        comment = self.document.add_comment(
            run, text=self.text(text, "comment"), author="briefkit", initials="bk"
        )
        comment._comment_elm.date = self.stamp  # python-docx stamps "now"; builds must repeat

    def finish_comments(self) -> None:
        """Give comments ids after every note and revision id (python-docx counts from 0),
        and the comment styles' ids in this document (python-docx writes Word's)."""
        try:
            comments = self.document.part.part_related_by(RT.COMMENTS).element
        except KeyError:
            return
        body = self.document.element.body
        for style, attribute, parts in (
            (COMMENT_TEXT_STYLE, "w:pStyle", (comments,)),
            (COMMENT_REF_STYLE, "w:rStyle", (comments, body)),
        ):
            style_id, python_docx_id = self.styles.id(style), HOUSE[style].style_id
            for part in parts:
                for use in part.iter(qn(attribute)):
                    if use.get(qn("w:val")) == python_docx_id:
                        use.set(qn("w:val"), style_id)
        mapping: dict[str, str] = {}
        for comment in comments.findall(qn("w:comment")):
            self.revision_id += 1
            mapping[comment.get(qn("w:id"))] = str(self.revision_id)
            comment.set(qn("w:id"), str(self.revision_id))
        for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
            for marker in body.iter(qn(tag)):
                marker.set(qn("w:id"), mapping[marker.get(qn("w:id"))])

    def note(self, paragraph: DocxParagraph, number: int) -> None:
        note = self.notes_by_number[number]
        runs: list[tuple[str, str | None]] = [(self.text(note.text, f"note {number}"), None)]
        if note.url:
            runs += [(" ", None), (self.text(note.url, f"note {number}"), note.url), (".", None)]
        self.notes.add(number, runs)
        self.notes.reference(paragraph, number)

    # Tracked changes (redline): the memo against the previous build's excerpts.

    def revision(self, kind: str) -> BaseOxmlElement:
        self.revision_id += 1
        return parse_xml(
            f'<w:{kind} {nsdecls("w")} w:id="{self.revision_id}" w:author="briefkit" '
            f'w:date="{self.stamp.strftime("%Y-%m-%dT%H:%M:%SZ")}"/>'
        )

    def mark_inserted(self, paragraph: DocxParagraph) -> None:
        """Wrap the paragraph's runs, and its paragraph mark, in an insertion."""
        p = paragraph._p
        runs = [child for child in p if child.tag == qn("w:r")]
        if not runs:
            return
        insertion = self.revision("ins")
        runs[0].addprevious(insertion)
        for run in runs:
            insertion.append(run)
        mark = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        mark.append(self.revision("ins"))
        p.get_or_add_pPr().append(mark)

    def add_deleted(self, text: str) -> None:
        """A paragraph that was in the previous memo, shown as deleted."""
        paragraph = self.add_paragraph(EXCERPT_STYLE)
        mark = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        mark.append(self.revision("del"))
        paragraph._p.get_or_add_pPr().append(mark)
        deletion = self.revision("del")
        run = parse_xml(f'<w:r {nsdecls("w")}><w:delText xml:space="preserve"/></w:r>')
        run.find(qn("w:delText")).text = self.text(text, "redline")
        deletion.append(run)
        paragraph._p.append(deletion)

    def track(self, paragraph: DocxParagraph, inlines: tuple[Inline, ...]) -> None:
        if self.base is None:
            return
        quotes = [i.quote for i in inlines if isinstance(i, Excerpt)]
        if quotes and any(q not in self.base for q in quotes):
            self.mark_inserted(paragraph)

    def block(self, block: Paragraph | BulletList | Table) -> None:
        if isinstance(block, Paragraph):
            style = {"intro": INTRO_STYLE, "assessment": ASSESSMENT_STYLE}.get(
                block.style, EXCERPT_STYLE
            )
            paragraph = self.add_paragraph(style)
            self.inlines(paragraph, block.inlines)
            self.track(paragraph, block.inlines)
        elif isinstance(block, BulletList):
            for item in block.items:
                paragraph = self.add_paragraph(BULLET_STYLE)
                self.inlines(paragraph, item)
                self.track(paragraph, item)
        else:
            self.table(block)

    def table(self, block: Table) -> None:
        """Columns wide enough for their longest word; rows may break across pages, and
        the header row repeats on each."""
        table = self.document.add_table(rows=1, cols=len(block.header))
        table.style = self.styles[TABLE_STYLE]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        section = self.document.sections[0]
        width = section.page_width - section.left_margin - section.right_margin
        widths = [int(w) for w in fit_widths(block, width, CELL_PADDING, self.measure)]
        for column, column_width in zip(table.columns, widths, strict=True):
            column.width = column_width
        table_width = table._tbl.tblPr.find(qn("w:tblW"))
        if table_width is not None:  # python-docx writes "auto": state the sum, in twips
            table_width.set(qn("w:w"), str(sum(widths) // 635))
            table_width.set(qn("w:type"), "dxa")
        header = zip(table.rows[0].cells, block.header, widths, strict=True)
        for cell, title, column_width in header:
            cell.width = column_width
            run = cell.paragraphs[0].add_run(self.text(title, "table header"))
            run.bold = True
        header_row = table.rows[0]._tr
        header_row.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        for row in block.rows:
            cells = table.add_row().cells
            for cell, content, column_width in zip(cells, row, widths, strict=True):
                cell.width = column_width
                self.inlines(cell.paragraphs[0], content)
                self.track(cell.paragraphs[0], content)
        self.document.add_paragraph()

    def measure(self, word: str, bold: bool) -> int:
        """A word's printed width in EMU, by the metrics of Times (as Times New Roman's)."""
        size = self.styles.normal.font.size
        points = size.pt if size else 11.0
        face = "Times-Bold" if bold else "Times-Roman"
        return int(stringWidth(word, face, points) * WORD_SLACK * 12700)

    def footer(self) -> None:
        footer = self.document.sections[0].footer
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.style = self.styles[PAGE_FOOTER_STYLE]  # python-docx's names "Footer" by id
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run("Page ")
        paragraph._p.append(
            parse_xml(
                f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
            )
        )
        paragraph.add_run(" of ")
        paragraph._p.append(
            parse_xml(
                f'<w:fldSimple {nsdecls("w")} w:instr="NUMPAGES">'
                "<w:r><w:t>1</w:t></w:r></w:fldSimple>"
            )
        )
        if self.memo.marking:
            header = self.document.sections[0].header
            top = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
            top.style = self.styles[PAGE_HEADER_STYLE]
            top.alignment = WD_ALIGN_PARAGRAPH.CENTER
            top.add_run(self.text(self.memo.marking, "marking")).bold = True

    def properties(self) -> None:
        props = self.document.core_properties
        stamp = self.stamp.replace(tzinfo=None)
        props.title = property_text(self.text(self.memo.properties.title, "title"))
        props.subject = property_text(self.text(self.memo.properties.subject, "subject"))
        props.author = property_text(self.memo.properties.author)
        props.last_modified_by = property_text(self.memo.properties.author)
        props.comments = "Built by briefkit; every passage is a verbatim, footnoted excerpt."
        props.keywords = property_text(", ".join(self.memo.properties.keywords))
        props.category = "Policy memo"
        props.created = stamp
        props.modified = stamp
        props.last_printed = stamp
        props.revision = 1

    def render(self) -> bytes:
        memo = self.memo
        if memo.marking:
            self.add_paragraph(MARKING_STYLE, self.text(memo.marking, "marking"))
        self.add_paragraph(TITLE_STYLE, self.text(memo.title, "title"))
        for label, value in memo.header:
            paragraph = self.add_paragraph(HEADER_STYLE)
            paragraph.add_run(self.text(label, "header") + ":\t").bold = True
            paragraph.add_run(self.text(value, "header"))
        for paragraph in memo.intro:
            self.block(paragraph)
        for section in memo.sections:
            self.heading(section.title)
            redline = self.options.redline_base
            self.base = None if redline is None else redline.get(section.id, [])
            for block in section.blocks:
                self.block(block)
            if self.base is not None:
                current = {e.quote for s_id, e, _ in memo.excerpts() if s_id == section.id}
                for quote in self.base:
                    if quote not in current:
                        self.add_deleted(quote)
            self.base = None
        if memo.sources_title and memo.sources:
            self.heading(memo.sources_title)
            for source in memo.sources:
                paragraph = self.add_paragraph(SOURCE_STYLE)
                paragraph.add_run(self.text(source.text, f"source {source.source_id}"))
                if source.url:
                    paragraph.add_run(
                        " " + self.text(source.url, f"source {source.source_id}") + "."
                    )
        self.footer()
        self.properties()
        self.finish_comments()
        buffer = io.BytesIO()
        self.document.save(buffer)
        return _fixed_zip(buffer.getvalue(), self.options.epoch)


def _fixed_zip(data: bytes, epoch: int) -> bytes:
    """Rewrite the package with fixed entry times so equal input gives equal bytes."""
    stamp = dt.datetime.fromtimestamp(max(epoch, 315532800), tz=dt.UTC)
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def write_docx(memo: Memo, options: WriteOptions) -> bytes:
    return _DocxRenderer(memo, options).render()


def reference_docx(epoch: int = 0) -> bytes:
    """An empty document carrying every style briefkit uses: restyle it in Word, then name
    it as `reference_docx` in a brief (or save it as templates/reference.docx)."""
    document = docx.Document()
    styles = StyleSheet(document)
    for name in HOUSE:
        styles[name]
    Footnotes(document, styles)
    _house_style(styles)
    _page_setup(document, "A4")
    for name in (HEADER_STYLE, INTRO_STYLE, EXCERPT_STYLE, ASSESSMENT_STYLE, SOURCE_STYLE):
        document.add_paragraph(f"{name} style", style=styles[name])
    buffer = io.BytesIO()
    document.core_properties.title = "briefkit reference document"
    document.core_properties.author = "briefkit"
    stamp = dt.datetime.fromtimestamp(epoch, tz=dt.UTC).replace(tzinfo=None)
    document.core_properties.created = document.core_properties.modified = stamp
    document.save(buffer)
    return _fixed_zip(buffer.getvalue(), epoch)
