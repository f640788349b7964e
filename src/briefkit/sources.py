"""`briefkit sources`: what was read from each source, and what a citation still lacks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefkit.read import read_corpus

CITATION_FIELDS = ("title", "author", "publisher", "date", "url")


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


def list_sources(seeds: Path) -> tuple[list[SourceRow], list[str]]:
    """Rows for readable sources, and one line per skipped file."""
    corpus = read_corpus(seeds)
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
        rows.append(SourceRow(d.id, d.path, words=d.words, warnings=tuple(warnings), **values))
    return rows, list(corpus.skipped)
