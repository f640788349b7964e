"""Broken and hostile source files, made on the fly for reader tests."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

ARTICLE = (
    "A Good Article About Harbours\n\nBy Ann Writer\n\nMay 2, 2023\n\n"
    "The port authority said the new harbour will open next year because trade has grown. "
    "Officials expect shipping to double within a decade, according to the ministry.\n\n"
    "Neighbouring states have criticised the project, which they see as a threat to fishing.\n"
)

# A one-audience brief over a `seeds/` folder beside it, for whole builds of hostile seeds.
BRIEF = """title: Harbours
topic: the new harbour and its neighbours
seeds: seeds
audiences:
  - id: analyst
    label: Analysts
"""


def text_pdf(
    lines: tuple[str, ...] = (
        "A Report on Harbours",
        "",
        "The port authority said the new harbour will open next year because trade grew.",
        "",
        "Officials expect shipping to double within a decade, the ministry said.",
    ),
) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for row, text in enumerate(lines):
        canvas.drawString(72, 750 - 16 * row, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.rect(72, 600, 200, 100, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf()))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def stream_bomb_pdf(megabytes: int = 300) -> bytes:
    """A one-page PDF whose content stream inflates to `megabytes` of text operators."""
    chunk = b"BT /F1 12 Tf 72 700 Td (bomb) Tj ET\n"
    raw = chunk * (megabytes * 1024 * 1024 // len(chunk))
    stream = zlib.compress(raw, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def docx_bytes(
    paragraphs: list[str], title: str = "A Word Report", author: str = "Bo Author"
) -> bytes:
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_zip_bomb(megabytes: int = 1024) -> bytes:
    """A small DOCX whose document.xml claims to inflate to `megabytes` (written lazily)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w", force_zip64=True) as member:
            block = b" " * (1024 * 1024)
            for _ in range(megabytes):
                member.write(block)
    return out.getvalue()


def hostile_corpus(folder: Path) -> dict[str, str]:
    """Write good and bad sources; returns bad file name -> what the warning should say."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "good.docx").write_bytes(docx_bytes([p for p in ARTICLE.split("\n\n")[3:]]))
    (folder / "good.pdf").write_bytes(text_pdf())
    (folder / "cp1252.txt").write_bytes(ARTICLE.replace("said", "said “clearly”").encode("cp1252"))
    (folder / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (folder / "controls.txt").write_text(
        ARTICLE.replace("harbour", "har\x07bour\u202e"), encoding="utf-8"
    )
    bad = {
        "empty.txt": "empty file",
        "junk.txt": "binary",
        "renamed-pdf.docx": "not a Word document",
        "bomb.docx": "zip bomb",
        "encrypted.pdf": "encrypted",
        "scanned.pdf": "no extractable text",
        "streambomb.pdf": "PDF",
    }
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "renamed-pdf.docx").write_bytes(text_pdf())
    (folder / "bomb.docx").write_bytes(docx_zip_bomb(300))
    (folder / "encrypted.pdf").write_bytes(encrypted_pdf())
    (folder / "scanned.pdf").write_bytes(image_only_pdf())
    (folder / "streambomb.pdf").write_bytes(stream_bomb_pdf(300))
    return bad


def many_paragraphs(count: int, topic: str = "harbour") -> list[str]:
    """`count` distinct one-sentence paragraphs: a long, plain source."""
    verbs = ("said", "reported", "expected", "warned", "noted", "argued", "claimed")
    return [
        f"The {topic} office {verbs[n % len(verbs)]} that item {n} of the plan "
        f"would change trade by {n % 97} percent in district {n % 31}."
        for n in range(count)
    ]


def docx_of(paragraphs: list[str]) -> bytes:
    """A DOCX of these paragraphs, its XML written directly (python-docx's add_paragraph is
    quadratic in the count)."""
    from xml.sax.saxutils import escape

    template = docx.Document()
    buffer = io.BytesIO()
    template.save(buffer)
    package = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    xml = package.read("word/document.xml").decode("utf-8")
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    start = xml.index("<w:body>") + len("<w:body>")
    xml = xml[:start] + body + xml[xml.index("<w:sectPr") :]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in package.infolist():
            data = package.read(member)
            target.writestr(
                member.filename, xml.encode() if member.filename == "word/document.xml" else data
            )
    return out.getvalue()
