"""`briefkit sources`: what was read from each source, and what a citation still lacks."""

from __future__ import annotations

import gc
import textwrap
from dataclasses import dataclass
from pathlib import Path

from briefkit.opinion import opinion_piece
from briefkit.read import read_corpus

CITATION_FIELDS = ("title", "author", "publisher", "date", "url")
SENTENCE_TITLE_WORDS = 16  # a title this long that ends with a full stop reads as body text
LONG_TITLE_WORDS = 30


def title_looks_like_text(title: str | None) -> bool:
    """A headline is short and has no closing full stop; a body sentence taken for the
    title (a file with no headline line) is long or ends like a sentence."""
    if not title:
        return False
    words = len(title.split())
    ends_sentence = title.rstrip().endswith(".") and not title.rstrip().endswith("...")
    return words > LONG_TITLE_WORDS or (ends_sentence and words >= SENTENCE_TITLE_WORDS)


@dataclass(frozen=True)
class SourceRow:
    id: str
    file: str
    title: str | None
    author: str | None
    publisher: str | None
    date: str | None
    url: str | None
    words: int
    warnings: tuple[str, ...]
    section: str | None = None  # the site's section, as the page names it
    opinion: bool = False  # an opinion piece: its bullets name its writer (`opinion`)


def list_sources(seeds: Path) -> tuple[list[SourceRow], list[str]]:
    """Rows for readable sources, and one line per skipped file."""
    try:
        corpus = read_corpus(seeds)
    finally:
        gc.unfreeze()  # what loading froze (`cache.bulk_load`) is the collector's again
    rows = []
    for d in corpus.documents:
        values = {
            "title": d.meta.title,
            "author": d.meta.author,
            "publisher": d.meta.publisher,
            "date": d.meta.date,
            "url": d.meta.url,
        }
        missing = [name for name in CITATION_FIELDS if not values[name]]
        warnings = list(d.warnings)
        if missing:
            warnings.append(f"missing {', '.join(missing)} (add {d.path}.meta.yaml)")
        if title_looks_like_text(d.meta.title):
            warnings.append(
                f"title looks like a sentence of the text (set it in {d.path}.meta.yaml)"
            )
        rows.append(
            SourceRow(
                d.id,
                d.path,
                words=d.words,
                warnings=tuple(warnings),
                section=d.meta.section,
                opinion=opinion_piece(d),
                **values,
            )
        )
    return rows, list(corpus.skipped)


def as_records(rows: list[SourceRow], width: int = 80) -> str:
    """One short block per source, wrapped to the terminal: reads in 80 columns, where a
    nine-column table cannot."""
    width = max(40, width)
    blocks = []
    for r in rows:
        facts = [r.date or "no date", f"{r.words:,} words", *(["opinion piece"] * r.opinion)]
        lines = [f"{r.id}  ({', '.join(facts)})"]
        lines += textwrap.wrap(
            r.title or "(no title)", width, initial_indent="  ", subsequent_indent="    "
        )
        byline = " · ".join(x for x in (r.author, r.publisher) if x) or "(no author or publisher)"
        lines += textwrap.wrap(byline, width, initial_indent="  ", subsequent_indent="    ")
        if r.url:
            lines.append(f"  {r.url}")
        if r.file != r.id and not r.file.startswith(r.id + "."):
            lines.append(f"  file: {r.file}")
        for warning in r.warnings:
            lines += textwrap.wrap(warning, width, initial_indent="  ! ", subsequent_indent="    ")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
