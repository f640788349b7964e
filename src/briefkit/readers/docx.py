"""Reader for Word documents: body paragraphs, document properties as metadata.

The package is inspected before anything is expanded: member count, total size and
compression ratio are checked against `ReadLimits`, so a zip bomb is refused cheaply.
Footnotes are left out of the text.
"""

from __future__ import annotations

import io
import re
import zipfile

from briefkit.corpus import SourceMeta
from briefkit.errors import SourceError
from briefkit.lazy_regex import lazy_compile
from briefkit.limits import ReadLimits
from briefkit.readers.text import ReadResult, parse_text
from briefkit.readers.textmeta import real_date, real_title, split_authors


def check_package(data: bytes, limits: ReadLimits) -> None:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        kind = "a PDF" if data.startswith(b"%PDF") else "not a zip package"
        raise SourceError(f"not a Word document ({kind})") from None
    members = package.infolist()
    if len(members) > limits.zip_max_entries:
        raise SourceError(f"package has {len(members)} members (limit {limits.zip_max_entries})")
    total = sum(m.file_size for m in members)
    if total > limits.zip_max_total_bytes:
        raise SourceError(
            f"package expands to {total // 2**20} MB (limit "
            f"{limits.zip_max_total_bytes // 2**20} MB): zip bomb?"
        )
    for member in members:
        if member.file_size > 1_000_000 and member.file_size > limits.zip_max_ratio * max(
            member.compress_size, 1
        ):
            raise SourceError(
                f"member {member.filename} compresses "
                f"{member.file_size // max(member.compress_size, 1)}:1: zip bomb?"
            )
    if "word/document.xml" not in {m.filename for m in members}:
        raise SourceError("not a Word document (no word/document.xml)")


DTD = lazy_compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def check_xml_parts(data: bytes, limits: ReadLimits) -> None:
    """No part of the package declares a DTD or entities (XXE, billion laughs): Word
    never writes one. Run after `check_package`, so each part's size is known to be sane."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for member in package.infolist():
            if not member.filename.endswith((".xml", ".rels")):
                continue
            with package.open(member) as stream:
                head = stream.read(min(member.file_size, limits.zip_max_total_bytes))
            if DTD.search(head):
                raise SourceError(f"part {member.filename} declares a DTD (not from Word?)")


def check_word_package(data: bytes) -> None:
    """A Word document opened for its styles (a reference document): the reader's checks."""
    limits = ReadLimits.from_environment()
    if len(data) > limits.max_file_bytes:
        raise SourceError(f"larger than {limits.max_file_bytes // 2**20} MB")
    check_package(data, limits)
    check_xml_parts(data, limits)


def read_docx(data: bytes) -> ReadResult:
    import docx

    check_package(data, ReadLimits.from_environment())
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on broken packages
        raise SourceError(f"not a readable Word document ({type(exc).__name__})") from None
    lines = [" ".join(p.text.split("\n")) for p in document.paragraphs if p.text.strip()]
    headings = frozenset(
        " ".join(p.text.split()) for p in document.paragraphs if _styled_heading(p)
    )
    if not lines:
        raise SourceError("no text in the document")
    props = document.core_properties
    date = props.created or props.modified
    known = SourceMeta(
        title=real_title(props.title),
        authors=split_authors(props.author or "")
        or ((props.author.strip(),) if props.author and props.author.strip() else ()),
        date=real_date(date.date().isoformat()) if date and date.year > 1980 else None,
    )
    return parse_text("\n\n".join(lines), known=known, headings=headings)


def _styled_heading(paragraph: object) -> bool:
    """Is the paragraph in one of Word's heading styles ("Heading 2", "Title")? A question
    heading ends like a sentence; only its style tells it from a paragraph."""
    style = getattr(paragraph, "style", None)
    name = (getattr(style, "name", None) or "").casefold()
    return name.startswith("heading") or name == "title"
