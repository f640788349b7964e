"""`briefkit verify`: re-check every cited excerpt of a build against its source file."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefkit import bibliography
from briefkit.errors import InputError, SourceError
from briefkit.manifest import MANIFEST_NAME
from briefkit.readers import reader_for
from briefkit.verbatim import collapse, find_quote


@dataclass
class VerifyReport:
    checked: int = 0
    failures: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def load_manifest(build_dir: Path) -> dict[str, Any]:
    path = build_dir / MANIFEST_NAME if build_dir.is_dir() else build_dir
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no manifest.json here; run `briefkit build` first", path=path) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"manifest is not readable JSON ({exc})", path=path) from None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("sources"), list)
        or not isinstance(data.get("memos"), list)
    ):
        raise InputError("manifest lacks 'sources' or 'memos'", path=path)
    return data


def source_text(path: Path) -> str:
    """The text quotes must be verbatim in, as the reader for this file type defines it."""
    reader = reader_for(path)
    if reader is None:
        raise SourceError(f"no reader for '{path.suffix}'")
    return reader(path.read_bytes()).text


def verify(build_dir: Path, seeds: Path | None = None) -> VerifyReport:
    manifest = load_manifest(build_dir)
    folder = build_dir if build_dir.is_dir() else build_dir.parent
    seeds_dir = seeds if seeds is not None else (folder / str(manifest.get("seeds", "seeds")))
    report = VerifyReport()
    texts: dict[str, str | None] = {}
    paths: dict[str, Path] = {}
    for source in manifest["sources"]:
        path = seeds_dir / source["path"]
        paths[source["id"]] = path
        try:
            data = path.read_bytes()
            texts[source["id"]] = collapse(source_text(path))
        except FileNotFoundError:
            texts[source["id"]] = None
            continue
        except (OSError, SourceError) as exc:
            texts[source["id"]] = None
            report.failures.append(f"{path}: cannot read source ({exc})")
            continue
        if hashlib.sha256(data).hexdigest() != source.get("sha256"):
            report.notices.append(f"{path}: changed since the build (sha256 differs)")
    for memo in manifest["memos"]:
        notes_seen: list[int] = []
        for section in memo.get("sections", []):
            for number, excerpt in enumerate(section.get("excerpts", []), start=1):
                report.checked += 1
                where = f"{memo.get('audience')}/{section.get('id')} excerpt {number}"
                source_id = excerpt.get("source")
                notes_seen.append(excerpt.get("footnote", 0))
                if source_id not in texts:
                    report.failures.append(f"{where}: cites unknown source '{source_id}'")
                    continue
                text = texts[source_id]
                if text is None:
                    report.failures.append(f"{where}: source file missing: {paths[source_id]}")
                    continue
                if not find_quote(excerpt.get("quote", ""), text):
                    quote = excerpt.get("quote", "")
                    short = quote if len(quote) <= 60 else quote[:57] + "..."
                    report.failures.append(
                        f'{where}: not verbatim in {paths[source_id]}: "{short}"'
                    )
        if sorted(notes_seen) != list(range(1, len(notes_seen) + 1)):
            report.failures.append(
                f"{memo.get('audience')}: footnote numbers are not 1..{len(notes_seen)}"
            )
    report.failures.extend(bibliography.check(manifest, folder))
    return report
