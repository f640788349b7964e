"""The bibliography files of a build folder: CSL-JSON, BibTeX and RIS, one entry per source
cited by any memo, keyed by the manifest's source ids (what Zotero imports and what
`pandoc --citeproc` reads)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from briefkit.citations import author_names, csl_item
from briefkit.corpus import AuthorName, Document

FILES = {"json": "bibliography.json", "bib": "bibliography.bib", "ris": "bibliography.ris"}
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def cited_sources(manifest: dict[str, Any]) -> list[str]:
    """Ids of the sources any memo of the manifest cites, in the manifest's source order."""
    cited = {
        excerpt.get("source")
        for memo in manifest.get("memos", [])
        for section in memo.get("sections", [])
        for excerpt in section.get("excerpts", [])
    }
    return [s["id"] for s in manifest.get("sources", []) if s.get("id") in cited]


def _fallback(document: Document) -> str:
    return document.path.rsplit("/", 1)[-1]


def _clean(text: str) -> str:
    """One line, no control characters: safe in every format below."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def to_csl_json(documents: list[Document]) -> bytes:
    items = [csl_item(d.id, d.meta, _fallback(d)) for d in documents]
    return (json.dumps(items, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _bibtex_text(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in _clean(text))


def _bibtex_name(name: AuthorName) -> str:
    if name.literal or not name.family:
        return "{" + _bibtex_text(name.display) + "}"  # braces keep an organisation whole
    parts = [_bibtex_text(name.family)]
    if name.suffix:
        parts.append(_bibtex_text(name.suffix))
    if name.given:
        parts.append(_bibtex_text(name.given))
    return ", ".join(parts)


def _bibtex_url(url: str) -> str:
    """URLs are verbatim in BibLaTeX; only braces, backslashes and spaces need encoding."""
    return _clean(url).replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def to_bibtex(documents: list[Document]) -> bytes:
    entries = []
    for document in documents:
        meta = document.meta
        fields: list[tuple[str, str]] = []
        names = author_names(meta)
        if names:
            fields.append(("author", " and ".join(_bibtex_name(n) for n in names)))
        item = csl_item(document.id, meta, _fallback(document))
        fields.append(("title", "{" + _bibtex_text(item["title"]) + "}"))  # case as written
        if meta.publisher:
            fields.append(("organization", _bibtex_text(meta.publisher)))
        if meta.date and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", meta.date):
            fields.append(("date", meta.date))
            fields.append(("year", meta.date[:4]))
            if len(meta.date) >= 7 and 1 <= int(meta.date[5:7]) <= 12:
                fields.append(("month", _MONTHS[int(meta.date[5:7]) - 1]))
        if meta.url:
            fields.append(("url", _bibtex_url(meta.url)))
        body = ",\n".join(
            f"  {key} = {value}" if key == "month" else f"  {key} = {{{value}}}"
            for key, value in fields
        )
        entries.append(f"@online{{{document.id},\n{body}\n}}\n")
    return "\n".join(entries).encode("utf-8")


def _ris_name(name: AuthorName) -> str:
    if name.literal or not name.family:
        return _clean(name.display)
    return ", ".join(_clean(p) for p in (name.family, name.given, name.suffix) if p)


def to_ris(documents: list[Document]) -> bytes:
    lines = []
    for document in documents:
        meta = document.meta
        item = csl_item(document.id, meta, _fallback(document))
        lines.append("TY  - ELEC")
        lines.append(f"ID  - {document.id}")
        lines += [f"AU  - {_ris_name(n)}" for n in author_names(meta)]
        lines.append(f"TI  - {_clean(item['title'])}")
        if meta.publisher:
            lines.append(f"PB  - {_clean(meta.publisher)}")
        if meta.date and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", meta.date):
            parts = [*meta.date.split("-"), "", ""]
            lines.append(f"PY  - {parts[0]}")
            lines.append(f"DA  - {parts[0]}/{parts[1]}/{parts[2]}/")
        if meta.url:
            lines.append(f"UR  - {_clean(meta.url)}")
        lines.append("ER  - ")
        lines.append("")
    return "\r\n".join(lines).encode("utf-8")


def render(documents: list[Document]) -> dict[str, bytes]:
    """File name -> bytes for the three bibliography files."""
    return {
        FILES["json"]: to_csl_json(documents),
        FILES["bib"]: to_bibtex(documents),
        FILES["ris"]: to_ris(documents),
    }


def check(manifest: dict[str, Any], folder: Path) -> list[str]:
    """What `verify` reports about the bibliography files the manifest lists: each present,
    and the CSL-JSON file holding exactly the sources the memos cite."""
    listed = manifest.get("bibliography")
    if not isinstance(listed, dict):
        return []
    failures = []
    for name in listed.values():
        if not isinstance(name, str) or not (folder / name).is_file():
            failures.append(f"{folder / str(name)}: bibliography file missing")
    csl = listed.get("json")
    if isinstance(csl, str) and (folder / csl).is_file():
        try:
            ids = [item["id"] for item in json.loads((folder / csl).read_text(encoding="utf-8"))]
        except (ValueError, TypeError, KeyError, OSError):
            return [*failures, f"{folder / csl}: not a CSL-JSON list of items with ids"]
        wanted = cited_sources(manifest)
        if sorted(ids) != sorted(wanted):
            missing = sorted(set(wanted) - set(ids))
            extra = sorted(set(ids) - set(wanted))
            failures.append(
                f"{folder / csl}: entries differ from the cited sources"
                + (f"; missing {', '.join(missing)}" if missing else "")
                + (f"; not cited {', '.join(extra)}" if extra else "")
            )
    return failures
