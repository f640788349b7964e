"""Native Word footnotes, which python-docx has no API for.

Writes the structure Word and LibreOffice both accept: a /word/footnotes.xml part
related from the document, the separator (id -1) and continuation separator (id 0)
notes, `w:footnotePr` naming them in settings.xml, real notes from id 1 each opening
with a `w:footnoteRef` run, and the "Footnote Text"/"Footnote Reference" styles.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph as DocxParagraph

from briefkit.writers.docx_styles import (
    HYPERLINK_STYLE,
    NOTE_REF_STYLE,
    NOTE_TEXT_STYLE,
    StyleSheet,
)

FOOTNOTES_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
)
# Children of w:settings that the schema puts after w:footnotePr.
_SETTINGS_AFTER_FOOTNOTEPR = {
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
}

_EMPTY_FOOTNOTES = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240"'
    ' w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"'
    ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


class Footnotes:
    """The footnotes part of one document; add notes, then reference them from the body."""

    def __init__(self, document: DocxDocument, styles: StyleSheet):
        self.document = document
        self.text_style_id = styles.id(NOTE_TEXT_STYLE)
        self.ref_style_id = styles.id(NOTE_REF_STYLE)
        self.link_style_id = styles.id(HYPERLINK_STYLE)
        self.part = self._footnotes_part()
        self._ensure_settings()

    def _footnotes_part(self) -> XmlPart:
        main = self.document.part
        for rel in main.rels.values():
            if rel.reltype == RT.FOOTNOTES:
                part = rel.target_part
                # start from a clean part: a reference document's own notes are not ours
                element = parse_xml(_EMPTY_FOOTNOTES)
                if isinstance(part, XmlPart):
                    part._element = element
                    return part
                new = XmlPart(part.partname, FOOTNOTES_CONTENT_TYPE, element, main.package)
                rel._target = new
                return new
        part = XmlPart(
            PackURI("/word/footnotes.xml"),
            FOOTNOTES_CONTENT_TYPE,
            parse_xml(_EMPTY_FOOTNOTES),
            main.package,
        )
        main.relate_to(part, RT.FOOTNOTES)
        return part

    def _ensure_settings(self) -> None:
        settings = self.document.settings.element
        existing = settings.find(qn("w:footnotePr"))
        if existing is not None:
            settings.remove(existing)
        note_pr = parse_xml(
            f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/>'
            '<w:footnote w:id="0"/></w:footnotePr>'
        )
        for index, child in enumerate(settings):
            if child.tag.rsplit("}", 1)[-1] in _SETTINGS_AFTER_FOOTNOTEPR:
                settings.insert(index, note_pr)
                return
        settings.append(note_pr)

    def add(self, note_id: int, runs: list[tuple[str, str | None]]) -> None:
        """Add note `note_id` whose text is `runs`: (text, url or None) pieces."""
        note = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{note_id}"><w:p><w:pPr>'
            f'<w:pStyle w:val="{self.text_style_id}"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="{self.ref_style_id}"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>'
        )
        paragraph = note.find(qn("w:p"))
        for text, url in runs:
            run = _text_run(text)
            if url:
                rid = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
                link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"/>')
                run.insert(
                    0,
                    parse_xml(
                        f'<w:rPr {nsdecls("w")}><w:rStyle w:val="{self.link_style_id}"/></w:rPr>'
                    ),
                )
                link.append(run)
                paragraph.append(link)
            else:
                paragraph.append(run)
        self.part.element.append(note)

    def reference(self, paragraph: DocxParagraph, note_id: int) -> None:
        """Append a superscript reference to note `note_id` at the end of `paragraph`."""
        run = parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="{self.ref_style_id}"/></w:rPr>'
            f'<w:footnoteReference w:id="{note_id}"/></w:r>'
        )
        paragraph._p.append(run)


def _text_run(text: str) -> BaseOxmlElement:
    run = parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve"></w:t></w:r>')
    run.find(qn("w:t")).text = text
    return run
