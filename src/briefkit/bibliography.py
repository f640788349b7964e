"""The bibliography files of a build folder: CSL-JSON, BibTeX and RIS, one entry per source
cited by any memo, keyed by the manifest's source ids (what Zotero imports and what
`pandoc --citeproc` reads)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefkit.citations import csl_item, plain_text
from briefkit.corpus import Document

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
    from briefkit.assemble import fallback_title  # what the memos call an untitled source

    return fallback_title(document)


_clean = plain_text  # one line, no control characters: safe in every format below


def to_csl_json(documents: list[Document]) -> bytes:
    items = [csl_item(d.id, d.meta, _fallback(d)) for d in documents]
    return (json.dumps(items, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _bibtex_text(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in _clean(text))


def _bibtex_name(name: dict[str, str]) -> str:
    if "family" not in name:
        return "{" + _bibtex_text(name.get("literal", "")) + "}"  # an organisation, whole
    if not name.get("given"):
        # a name with no given part (a Burmese name, cited whole): braced, or BibTeX would
        # take its last word for the family name
        return "{" + _bibtex_text(name["family"]) + "}"
    parts = [name["family"], name.get("suffix"), name.get("given")]
    return ", ".join(_bibtex_text(p) for p in parts if p)


def _bibtex_url(url: str) -> str:
    """URLs are verbatim in BibLaTeX; only braces and backslashes need encoding."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def _date(item: dict[str, Any]) -> list[int]:
    return item.get("issued", {}).get("date-parts", [[]])[0]


def to_bibtex(documents: list[Document]) -> bytes:
    entries = []
    for document in documents:
        item = csl_item(document.id, document.meta, _fallback(document))
        fields: list[tuple[str, str]] = []
        if item.get("author"):
            fields.append(("author", " and ".join(_bibtex_name(n) for n in item["author"])))
        fields.append(("title", "{" + _bibtex_text(item["title"]) + "}"))  # case as written
        if item.get("container-title"):
            fields.append(("organization", _bibtex_text(item["container-title"])))
        parts = _date(item)
        if parts:
            fields.append(("date", "-".join(f"{p:02d}" for p in parts)))
            fields.append(("year", str(parts[0])))
            if len(parts) > 1 and 1 <= parts[1] <= 12:
                fields.append(("month", _MONTHS[parts[1] - 1]))
        if item.get("URL"):
            fields.append(("url", _bibtex_url(item["URL"])))
        body = ",\n".join(
            f"  {key} = {value}" if key == "month" else f"  {key} = {{{value}}}"
            for key, value in fields
        )
        entries.append(f"@online{{{document.id},\n{body}\n}}\n")
    return "\n".join(entries).encode("utf-8")


def _ris_name(name: dict[str, str]) -> str:
    if "family" not in name:
        return name.get("literal", "")
    return ", ".join(p for p in (name["family"], name.get("given"), name.get("suffix")) if p)


def to_ris(documents: list[Document]) -> bytes:
    lines = []
    for document in documents:
        item = csl_item(document.id, document.meta, _fallback(document))
        lines += ["TY  - ELEC", f"ID  - {document.id}"]
        lines += [f"AU  - {_ris_name(n)}" for n in item.get("author", [])]
        lines.append(f"TI  - {item['title']}")
        if item.get("container-title"):
            lines.append(f"PB  - {item['container-title']}")
        parts = [f"{p:02d}" for p in _date(item)]
        if parts:
            parts += ["", ""]
            lines += [f"PY  - {parts[0]}", f"DA  - {parts[0]}/{parts[1]}/{parts[2]}/"]
        if item.get("URL"):
            lines.append(f"UR  - {item['URL']}")
        lines += ["ER  - ", ""]
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
