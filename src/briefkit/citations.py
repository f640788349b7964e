"""Source metadata -> Chicago notes-bibliography text; missing fields simply drop out."""

from __future__ import annotations

from briefkit.corpus import SourceMeta
from briefkit.dates import human_date

SHORT_TITLE_WORDS = 4


def _title(meta: SourceMeta, fallback: str) -> str:
    return (meta.title or fallback).strip().rstrip(".")


def _quoted(title: str, closing: str) -> str:
    # Chicago puts the comma or period inside the closing quotation mark.
    return f"“{title}{closing}”"


def _end(text: str, has_url: bool) -> str:
    """Close a citation: a comma before its URL, else a single period."""
    text = text.rstrip(" ,")
    if has_url:
        return text + ","
    return text if text.endswith(".") else text + "."


def full_note(meta: SourceMeta, fallback_title: str) -> str:
    """First citation of a source: Author, “Title,” Publisher, Date, (URL follows)."""
    lead = f"{meta.author}, " if meta.author else ""
    tail = ", ".join(p for p in (meta.publisher, human_date(meta.date) or "n.d.") if p)
    return _end(f"{lead}{_quoted(_title(meta, fallback_title), ',')} {tail}", bool(meta.url))


def short_title(meta: SourceMeta, fallback_title: str) -> str:
    words = _title(meta, fallback_title).split()
    short = " ".join(words[:SHORT_TITLE_WORDS])
    return short.rstrip(",:;–—- ")


def short_note(meta: SourceMeta, fallback_title: str) -> str:
    """Later citations: Surname, “Short Title.”"""
    title = _quoted(short_title(meta, fallback_title), ".")
    if meta.authors:
        surnames = [a.split()[-1] for a in meta.authors]
        who = surnames[0] if len(surnames) == 1 else " and ".join(surnames[:2])
        if len(surnames) > 2:
            who = f"{surnames[0]} et al."
        return f"{who}, {title}"
    return title


def _inverted(name: str) -> str:
    words = name.split()
    return name if len(words) < 2 else f"{words[-1]}, {' '.join(words[:-1])}"


def bibliography_entry(meta: SourceMeta, fallback_title: str) -> str:
    """Sources list: Surname, Given. “Title.” Publisher, Date. (URL follows)"""
    parts = []
    if meta.authors:
        names = [_inverted(meta.authors[0]), *meta.authors[1:]]
        parts.append(
            (" and ".join(names) if len(names) <= 2 else ", ".join(names)).rstrip(".") + "."
        )
    parts.append(_quoted(_title(meta, fallback_title), "."))
    tail = ", ".join(p for p in (meta.publisher, human_date(meta.date) or "n.d.") if p)
    parts.append(tail)
    return _end(" ".join(parts), False)


def sort_key(meta: SourceMeta, fallback_title: str) -> str:
    lead = _inverted(meta.authors[0]) if meta.authors else _title(meta, fallback_title)
    return lead.lstrip("“\"'‘").casefold()
