"""Source readers by file suffix: each turns a file's bytes into text, blocks and metadata."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefkit.readers.docx import read_docx
from briefkit.readers.html import read_html
from briefkit.readers.pdf import read_pdf
from briefkit.readers.text import ReadResult, read_markdown, read_plain
from briefkit.registry import Registry
from briefkit.seeds import SIDECAR_SUFFIX

Reader = Callable[[bytes], ReadResult]

READERS: Registry[Reader] = Registry("reader")
READERS.add(".txt", read_plain)
READERS.add(".text", read_plain)
READERS.add(".md", read_markdown)
READERS.add(".markdown", read_markdown)
READERS.add(".html", read_html)
READERS.add(".htm", read_html)
READERS.add(".pdf", read_pdf)
READERS.add(".docx", read_docx)


def reader_for(path: Path) -> Reader | None:
    return READERS.get(path.suffix.lower())


__all__ = ["READERS", "SIDECAR_SUFFIX", "ReadResult", "Reader", "reader_for"]
