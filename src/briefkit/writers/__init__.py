"""Memo writers by format name: each renders the memo AST to bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefkit.memo import Memo
from briefkit.registry import Registry


@dataclass(frozen=True)
class WriteOptions:
    """What writers may need beyond the memo itself."""

    reference_docx: Path | None = None
    provenance_comments: bool = False
    epoch: int = 0  # seconds; fixes every timestamp written into files
    redline_base: dict[str, list[str]] | None = None  # section -> earlier quotes: track changes
    warnings: list[str] = field(default_factory=list)  # writers append what they had to change
    lang: str = "en"  # the memo's language (BCP 47), e.g. the PDF's /Lang
    # Set the memo as Word would (Times metrics, notes one per line, never run in): the
    # page check of a one-page note measures this too, so the DOCX fits its page as well.
    # Only measured, never written out.
    as_word: bool = False


Writer = Callable[[Memo, WriteOptions], bytes]


def _registry() -> Registry[Writer]:
    from briefkit.writers import docx, markdown, pdf

    writers: Registry[Writer] = Registry("writer")
    writers.add("docx", docx.write_docx)
    writers.add("pdf", pdf.write_pdf)
    writers.add("md", markdown.write_markdown)
    return writers


FORMATS = ("docx", "pdf", "md")


def writer_for(name: str) -> Writer:
    writer = _registry().get(name)
    if writer is None:
        raise KeyError(name)
    return writer
