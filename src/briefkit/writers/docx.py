"""DOCX writer: styled memo with native footnotes, header block, tables, page numbers."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from briefkit.errors import InputError
from briefkit.memo import BulletList, Excerpt, Inline, Memo, NoteRef, Paragraph, Table
from briefkit.sanitize import xml_safe
from briefkit.writers import WriteOptions
from briefkit.writers.docx_notes import Footnotes

HEADER_STYLE = "Memo Header"
MARKING_STYLE = "Memo Marking"
INTRO_STYLE = "Memo Intro"
EXCERPT_STYLE = "Memo Excerpt"
ASSESSMENT_STYLE = "Memo Assessment"
SOURCE_STYLE = "Memo Source"


def _ensure_styles(document: DocxDocument) -> None:
    """Add briefkit's styles where the reference document does not define them."""
    styles = document.styles
    names = {s.name for s in styles}

    def paragraph_style(name: str, size: float, **options: object) -> None:
        if name in names:
            return
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bool(options.get("bold"))
        style.font.italic = bool(options.get("italic"))
        style.paragraph_format.space_after = Pt(float(options.get("after", 6)))  # type: ignore[arg-type]
        if options.get("center"):
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if options.get("hanging"):
            style.paragraph_format.left_indent = Cm(0.8)
            style.paragraph_format.first_line_indent = Cm(-0.8)

    normal = styles["Normal"]
    if not normal.font.name:
        normal.font.name = "Liberation Serif"
        normal.font.size = Pt(11)
    paragraph_style(HEADER_STYLE, 10.5, after=1)
    header = styles[HEADER_STYLE].paragraph_format
    if not header.tab_stops or len(header.tab_stops) == 0:
        header.tab_stops.add_tab_stop(Cm(2.2))
        header.left_indent = Cm(2.2)
        header.first_line_indent = Cm(-2.2)
    paragraph_style(MARKING_STYLE, 10, bold=True, center=True, after=6)
    paragraph_style(INTRO_STYLE, 10, italic=True, after=8)
    paragraph_style(EXCERPT_STYLE, 11, after=6)
    paragraph_style(SOURCE_STYLE, 10, after=3, hanging=True)
    if ASSESSMENT_STYLE not in names:  # the unit's own words: indented, set apart
        paragraph_style(ASSESSMENT_STYLE, 11, after=6)
        assessment = styles[ASSESSMENT_STYLE].paragraph_format
        assessment.left_indent = Cm(0.6)
        assessment.right_indent = Cm(0.6)
    for level in (1, 2):
        heading = styles[f"Heading {level}"]
        heading.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)


PAGE_SIZES = {"A4": (Mm(210), Mm(297)), "Letter": (Mm(215.9), Mm(279.4))}
PAGE_MARGIN = Mm(22)  # as the PDF's, so both break pages alike


def _page_setup(document: DocxDocument, paper: str) -> None:
    """The brief's paper and the PDF's margins: a one-page memo is one page in both."""
    for section in document.sections:
        section.page_width, section.page_height = PAGE_SIZES.get(paper, PAGE_SIZES["A4"])
        section.left_margin = section.right_margin = PAGE_MARGIN
        section.top_margin = section.bottom_margin = PAGE_MARGIN


def _house_sizes(document: DocxDocument) -> None:
    """The reference document's type sizes, matched to the PDF's."""
    styles = document.styles
    for name, size in (("Normal", 10), ("Title", 17), ("Heading 1", 11.5), ("Heading 2", 10.5)):
        styles[name].font.size = Pt(size)
    styles["Normal"].paragraph_format.space_after = Pt(4)
    styles["Heading 1"].paragraph_format.space_before = Pt(7)
    styles["Heading 1"].paragraph_format.space_after = Pt(3)
    styles[EXCERPT_STYLE].font.size = Pt(10)
    styles[EXCERPT_STYLE].paragraph_format.space_after = Pt(4)
    styles[HEADER_STYLE].font.size = Pt(10)
    styles["Footnote Text"].font.size = Pt(7.5)
    styles["Footnote Text"].paragraph_format.space_after = Pt(0)


def _compact_spacing(document: DocxDocument) -> None:
    """A one-page note: paragraphs and headings closed up, as in the PDF."""
    styles = document.styles
    for name in ("Normal", EXCERPT_STYLE, "List Bullet"):
        if name in {s.name for s in styles}:
            styles[name].paragraph_format.space_after = Pt(1.5)
    styles["Heading 1"].paragraph_format.space_before = Pt(4)
    styles["Heading 1"].paragraph_format.space_after = Pt(1.5)


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
        body = self.document.element.body
        for child in list(body):
            if not child.tag.endswith("}sectPr"):
                body.remove(child)
        _ensure_styles(self.document)
        _page_setup(self.document, memo.paper)
        if memo.compact:
            _compact_spacing(self.document)
        self.notes = Footnotes(self.document)
        self.notes_by_number = {n.number: n for n in memo.notes}
        self.stamp = dt.datetime.fromtimestamp(options.epoch, tz=dt.UTC)
        self.base: list[str] | None = None  # the section's earlier quotes, when redlining
        self.revision_id = 0

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

    def comment(self, run: Run, text: str) -> None:
        """A Word comment for editors, dated with the build's fixed timestamp."""
        comment = self.document.add_comment(
            run, text=self.text(text, "comment"), author="briefkit", initials="bk"
        )
        comment._comment_elm.date = self.stamp  # python-docx stamps "now"; builds must repeat

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
        paragraph = self.document.add_paragraph(style=EXCERPT_STYLE)
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
            paragraph = self.document.add_paragraph(style=style)
            self.inlines(paragraph, block.inlines)
            self.track(paragraph, block.inlines)
        elif isinstance(block, BulletList):
            for item in block.items:
                paragraph = self.document.add_paragraph(style="List Bullet")
                self.inlines(paragraph, item)
                self.track(paragraph, item)
        else:
            self.table(block)

    def table(self, block: Table) -> None:
        table = self.document.add_table(rows=1, cols=len(block.header))
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        section = self.document.sections[0]
        width = section.page_width - section.left_margin - section.right_margin
        for column, share in zip(table.columns, block.widths, strict=True):
            column.width = int(width * share)
        for cell, title, share in zip(table.rows[0].cells, block.header, block.widths, strict=True):
            cell.width = int(width * share)
            run = cell.paragraphs[0].add_run(self.text(title, "table header"))
            run.bold = True
        header_row = table.rows[0]._tr
        header_row.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        for row in block.rows:
            cells = table.add_row().cells
            for cell, content, share in zip(cells, row, block.widths, strict=True):
                cell.width = int(width * share)
                self.inlines(cell.paragraphs[0], content)
                self.track(cell.paragraphs[0], content)
        self.document.add_paragraph()

    def footer(self) -> None:
        footer = self.document.sections[0].footer
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
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
            top.alignment = WD_ALIGN_PARAGRAPH.CENTER
            top.add_run(self.text(self.memo.marking, "marking")).bold = True

    def properties(self) -> None:
        props = self.document.core_properties
        stamp = self.stamp.replace(tzinfo=None)
        props.title = self.text(self.memo.properties.title, "title")
        props.subject = self.text(self.memo.properties.subject, "subject")
        props.author = self.memo.properties.author
        props.last_modified_by = self.memo.properties.author
        props.comments = "Built by briefkit; every passage is a verbatim, footnoted excerpt."
        props.keywords = ", ".join(self.memo.properties.keywords)
        props.category = "Policy memo"
        props.created = stamp
        props.modified = stamp
        props.last_printed = stamp
        props.revision = 1

    def render(self) -> bytes:
        memo = self.memo
        if memo.marking:
            self.document.add_paragraph(self.text(memo.marking, "marking"), style=MARKING_STYLE)
        self.document.add_paragraph(self.text(memo.title, "title"), style="Title")
        for label, value in memo.header:
            paragraph = self.document.add_paragraph(style=HEADER_STYLE)
            paragraph.add_run(self.text(label, "header") + ":\t").bold = True
            paragraph.add_run(self.text(value, "header"))
        for paragraph in memo.intro:
            self.block(paragraph)
        for section in memo.sections:
            self.document.add_heading(self.text(section.title, "heading"), level=1)
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
            self.document.add_heading(self.text(memo.sources_title, "heading"), level=1)
            for source in memo.sources:
                paragraph = self.document.add_paragraph(style=SOURCE_STYLE)
                paragraph.add_run(self.text(source.text, f"source {source.source_id}"))
                if source.url:
                    paragraph.add_run(
                        " " + self.text(source.url, f"source {source.source_id}") + "."
                    )
        self.footer()
        self.properties()
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
    _ensure_styles(document)
    Footnotes(document)
    _house_sizes(document)
    _page_setup(document, "A4")
    for name in (HEADER_STYLE, INTRO_STYLE, EXCERPT_STYLE, SOURCE_STYLE):
        document.add_paragraph(f"{name} style", style=name)
    buffer = io.BytesIO()
    document.core_properties.title = "briefkit reference document"
    document.core_properties.author = "briefkit"
    stamp = dt.datetime.fromtimestamp(epoch, tz=dt.UTC).replace(tzinfo=None)
    document.core_properties.created = document.core_properties.modified = stamp
    document.save(buffer)
    return _fixed_zip(buffer.getvalue(), epoch)
