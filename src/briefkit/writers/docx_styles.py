"""The DOCX writer's styles, taken from the reference document as pandoc does.

A style the reference document defines wins as it is: briefkit never restyles it. A
style the writer needs and the reference lacks is created from the house definition
below. Styles are found by Word's built-in id as well as by name, so a reference saved
by LibreOffice or a localised Word (where "Heading 1" may be named otherwise) works.

`tidy_package` mends what a reference document brings that Word would repair: its
stylesWithEffects part (Word 2010) is dropped, as it would have to repeat every style and
the document defaults exactly; LibreOffice's font table character sets outside the
schema's list are removed, its missing theme part is supplied, and its variant
core-properties relationship is replaced.
"""

from __future__ import annotations

from dataclasses import dataclass

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle
from lxml import etree

BODY_FONT = "Times New Roman"  # in every Word; LibreOffice uses the metric twin Liberation Serif

HEADER_STYLE = "Memo Header"
MARKING_STYLE = "Memo Marking"
INTRO_STYLE = "Memo Intro"
EXCERPT_STYLE = "Memo Excerpt"
ASSESSMENT_STYLE = "Memo Assessment"
SOURCE_STYLE = "Memo Source"
NOTE_TEXT_STYLE = "Footnote Text"
NOTE_REF_STYLE = "Footnote Reference"
COMMENT_TEXT_STYLE = "annotation text"
COMMENT_REF_STYLE = "annotation reference"
HYPERLINK_STYLE = "Hyperlink"
TITLE_STYLE = "Title"
HEADING_STYLE = "Heading 1"
BULLET_STYLE = "List Bullet"
TABLE_STYLE = "Table Grid"
PAGE_HEADER_STYLE = "Header"
PAGE_FOOTER_STYLE = "Footer"

# The character sets the schema allows in a font table (ST_String enumerated by Word).
_CHARACTER_SETS = {
    "Big5",
    "GBK",
    "KS_C-5601-1992",
    "iso-8859-1",
    "iso-8859-9",
    "ks_c-5601-1987",
    "macintosh",
    "shift_jis",
    "windows-1250",
    "windows-1251",
    "windows-1253",
    "windows-1255",
    "windows-1256",
    "windows-1257",
    "windows-1258",
    "windows-874",
}
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


@dataclass(frozen=True)
class HouseStyle:
    """How briefkit makes a style the reference document lacks."""

    style_id: str
    kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH
    size: float | None = None
    bold: bool = False
    italic: bool = False
    superscript: bool = False
    before: float | None = None
    after: float | None = None
    keep_next: bool = False
    outline_level: int | None = None
    center: bool = False
    indent: float = 0.0  # cm, left (and right, for the assessment)
    hanging: float = 0.0  # cm
    both_sides: bool = False
    underline: bool = False
    color: str | None = None  # links only: headings take their colour from the reference


HOUSE: dict[str, HouseStyle] = {
    TITLE_STYLE: HouseStyle("Title", size=17, bold=True, after=8),
    HEADING_STYLE: HouseStyle(
        "Heading1", size=11.5, bold=True, before=7, after=3, keep_next=True, outline_level=0
    ),
    BULLET_STYLE: HouseStyle("ListBullet", after=4),
    HEADER_STYLE: HouseStyle("MemoHeader", size=10, after=1, indent=2.2, hanging=2.2),
    MARKING_STYLE: HouseStyle("MemoMarking", size=10, bold=True, center=True, after=6),
    INTRO_STYLE: HouseStyle("MemoIntro", size=10, italic=True, after=8),
    EXCERPT_STYLE: HouseStyle("MemoExcerpt", size=10, after=4),
    ASSESSMENT_STYLE: HouseStyle("MemoAssessment", size=10, after=6, indent=0.6, both_sides=True),
    SOURCE_STYLE: HouseStyle("MemoSource", size=10, after=3, indent=0.8, hanging=0.8),
    NOTE_TEXT_STYLE: HouseStyle("FootnoteText", size=7.5, after=0),
    NOTE_REF_STYLE: HouseStyle("FootnoteReference", WD_STYLE_TYPE.CHARACTER, superscript=True),
    COMMENT_TEXT_STYLE: HouseStyle("CommentText", size=10, after=0),
    COMMENT_REF_STYLE: HouseStyle("CommentReference", WD_STYLE_TYPE.CHARACTER, size=8),
    HYPERLINK_STYLE: HouseStyle(
        "Hyperlink", WD_STYLE_TYPE.CHARACTER, underline=True, color="1F4E79"
    ),
    TABLE_STYLE: HouseStyle("TableGrid", WD_STYLE_TYPE.TABLE),
    PAGE_HEADER_STYLE: HouseStyle("Header", size=9, after=0),
    PAGE_FOOTER_STYLE: HouseStyle("Footer", size=9, after=0),
}


def _squash(value: str) -> str:
    return "".join(value.split()).lower()


def find_style(document: DocxDocument, name: str) -> BaseStyle | None:
    """The document's style called `name`, or carrying the built-in id Word gives it."""
    house = HOUSE.get(name)
    wanted_id = _squash(house.style_id if house else name)
    by_id = None
    for style in document.styles:
        if style.name and _squash(style.name) == _squash(name):
            return style
        if by_id is None and style.style_id and _squash(style.style_id) == wanted_id:
            by_id = style
    return by_id


class StyleIndex:
    """A document's styles by squashed name and by squashed id, the first of each (the
    order `find_style` scans them in): one scan of the styles for all a memo's lookups
    (a scan per style had been 0.04 s of each DOCX). Styles added later are added here."""

    def __init__(self, document: DocxDocument):
        self.by_name: dict[str, BaseStyle] = {}
        self.by_id: dict[str, BaseStyle] = {}
        for style in document.styles:
            self.add(style)

    def add(self, style: BaseStyle) -> None:
        if style.name:
            self.by_name.setdefault(_squash(style.name), style)
        if style.style_id:
            self.by_id.setdefault(_squash(style.style_id), style)

    def find(self, name: str) -> BaseStyle | None:
        """What `find_style` finds."""
        house = HOUSE.get(name)
        found = self.by_name.get(_squash(name))
        return found or self.by_id.get(_squash(house.style_id if house else name))


class StyleSheet:
    """The styles one document uses: the reference's own, and house ones where missing."""

    def __init__(self, document: DocxDocument):
        self.document = document
        self._cache: dict[str, BaseStyle] = {}
        self._index = StyleIndex(document)
        self._normal: BaseStyle | None = None
        normal = self.normal
        if not normal.font.name:
            set_font(normal, BODY_FONT)

    @property
    def normal(self) -> BaseStyle:
        """Found once: measuring each table word asks for it."""
        if self._normal is None:
            style = self._index.find("Normal")
            if style is None:  # a document without a Normal style: Word would add one too
                style = self.document.styles.add_style("Normal", WD_STYLE_TYPE.PARAGRAPH)
                style.element.set(qn("w:default"), "1")
                self._index.add(style)
            self._normal = style
        return self._normal

    def __getitem__(self, name: str) -> BaseStyle:
        if name not in self._cache:
            self._cache[name] = self._index.find(name) or self._create(name)
        return self._cache[name]

    def id(self, name: str) -> str:
        return str(self[name].style_id)

    def _create(self, name: str) -> BaseStyle:
        house = HOUSE[name]
        style = self.document.styles.add_style(name, house.kind)
        style.style_id = house.style_id
        self._index.add(style)
        if house.kind == WD_STYLE_TYPE.TABLE:
            _grid_table(style)
            return style
        if house.kind == WD_STYLE_TYPE.PARAGRAPH:
            style.base_style = self.normal
        font = style.font
        if house.size:
            font.size = Pt(house.size)
        font.bold = house.bold or None
        font.italic = house.italic or None
        font.superscript = house.superscript or None
        font.underline = house.underline or None
        if house.color:
            font.color.rgb = RGBColor.from_string(house.color)
        if house.kind != WD_STYLE_TYPE.PARAGRAPH:
            return style
        layout = style.paragraph_format
        if house.before is not None:
            layout.space_before = Pt(house.before)
        if house.after is not None:
            layout.space_after = Pt(house.after)
        layout.keep_with_next = house.keep_next or None
        if house.center:
            layout.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if house.indent:
            layout.left_indent = Cm(house.indent)
            if house.both_sides:
                layout.right_indent = Cm(house.indent)
        if house.hanging:
            layout.first_line_indent = Cm(-house.hanging)
            if name == HEADER_STYLE:
                layout.tab_stops.add_tab_stop(Cm(house.indent))
        if name == BULLET_STYLE:
            style.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = (
                _bullet_numbering(self.document)
            )
        if house.outline_level is not None:
            style.element.get_or_add_pPr().append(
                parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{house.outline_level}"/>')
            )
        return style


def set_font(style: BaseStyle, name: str) -> None:
    """Name the font for Latin and complex scripts alike (Arabic script uses the latter)."""
    style.font.name = name
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:cs"), name)
    fonts.set(qn("w:eastAsia"), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the named one


def tidy_package(document: DocxDocument) -> None:
    """Mend what a reference document (Word 2010's, LibreOffice's) brings that Word repairs."""
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            del part.rels[rel_id]
    package = part.package
    for rel_id, rel in list(package.rels.items()):
        # LibreOffice's variant type: python-docx would add a second docProps/core.xml
        if rel.reltype.endswith("/metadata/core-properties") and rel.reltype != RT.CORE_PROPERTIES:
            del package.rels[rel_id]
    kinds = {rel.reltype for rel in part.rels.values()}
    if RT.THEME not in kinds:
        default = docx.Document().part.part_related_by(RT.THEME)
        theme = Part(PackURI("/word/theme/theme1.xml"), CT.OFC_THEME, default.blob, package)
        part.relate_to(theme, RT.THEME)
    fonts = part.part_related_by(RT.FONT_TABLE) if RT.FONT_TABLE in kinds else None
    if fonts is not None and not isinstance(fonts, XmlPart):  # python-docx keeps it as bytes
        table = etree.fromstring(fonts.blob)
        for charset in table.iter(qn("w:charset")):
            if charset.get(qn("w:characterSet"), "") not in _CHARACTER_SETS:
                charset.attrib.pop(qn("w:characterSet"), None)
        fonts._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def _grid_table(style: BaseStyle) -> None:
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    style.element.append(
        parse_xml(
            f"<w:tblPr {nsdecls('w')}><w:tblBorders>{borders}</w:tblBorders>"
            '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>"
        )
    )


def _bullet_numbering(document: DocxDocument) -> int:
    """A one-level bullet list definition in the numbering part (made if missing)."""
    main = document.part
    try:
        part = main.part_related_by(RT.NUMBERING)
    except KeyError:
        part = XmlPart(
            PackURI("/word/numbering.xml"),
            CT.WML_NUMBERING,
            parse_xml(f"<w:numbering {nsdecls('w')}/>"),
            main.package,
        )
        main.relate_to(part, RT.NUMBERING)
    numbering = part.element
    abstract_ids = [int(a) for a in numbering.xpath("w:abstractNum/@w:abstractNumId")]
    num_ids = [int(n) for n in numbering.xpath("w:num/@w:numId")]
    abstract_id = max(abstract_ids, default=-1) + 1
    num_id = max(num_ids, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    )
    existing = numbering.xpath("w:num")
    if existing:  # abstract definitions come before the numbering instances
        existing[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            "</w:num>"
        )
    )
    return num_id
