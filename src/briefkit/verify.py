"""`briefkit verify`: re-check every cited excerpt of a build against its source file."""

from __future__ import annotations

import hashlib
import json
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefkit import bibliography
from briefkit.errors import InputError, SourceError
from briefkit.limits import ReadLimits
from briefkit.manifest import MANIFEST_NAME
from briefkit.readers import reader_for
from briefkit.seeds import refuse_system_folder
from briefkit.verbatim import as_quoted, find_quote


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


def source_text(path: Path, data: bytes | None = None) -> str:
    """The text quotes must be verbatim in, as the reader for this file type defines it."""
    reader = reader_for(path)
    if reader is None:
        raise SourceError(f"no reader for '{path.suffix}'")
    return reader(read_limited(path) if data is None else data).text


def check_outputs(manifest: dict[str, Any], folder: Path, report: VerifyReport) -> None:
    """Every file of the set matches the hash the manifest recorded: a build interrupted
    between two files (some memos new, some old) fails here."""
    outputs = manifest.get("outputs")
    if outputs is None:
        report.notices.append(
            f"{folder}: manifest records no file hashes (built by an older briefkit)"
        )
        return
    if not isinstance(outputs, dict):
        report.failures.append(f"{folder / MANIFEST_NAME}: 'outputs' is not a mapping")
        return
    for memo in manifest["memos"]:
        files = memo.get("files") if isinstance(memo, dict) else None
        for name in (files or {}).values() if isinstance(files, dict) else ():
            if str(name) not in outputs:
                report.failures.append(f"{folder / str(name)}: not recorded in manifest.json")
    root = folder.resolve()
    for name, digest in outputs.items():
        path = folder / str(name)
        if not inside_folder(root, path):
            report.failures.append(f"{path}: outside the build folder, not read")
            continue
        try:
            data = read_limited(path)
        except FileNotFoundError:
            report.failures.append(f"{path}: missing (an interrupted build?)")
            continue
        except (OSError, SourceError) as exc:
            report.failures.append(f"{path}: cannot read ({exc})")
            continue
        if hashlib.sha256(data).hexdigest() != digest:
            report.failures.append(
                f"{path}: does not match manifest.json (changed, or an interrupted build)"
            )


def inside_folder(root: Path, path: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):
        return False


def read_limited(path: Path) -> bytes:
    """A regular file's bytes, refusing devices, fifos and files over the read limit."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise SourceError("not a regular file")
    limit = ReadLimits.from_environment().max_file_bytes
    if info.st_size > limit:
        raise SourceError(f"larger than {limit // 2**20} MB")
    return path.read_bytes()


def verify(build_dir: Path, seeds: Path | None = None) -> VerifyReport:
    manifest = load_manifest(build_dir)
    folder = build_dir if build_dir.is_dir() else build_dir.parent
    seeds_dir = seeds if seeds is not None else (folder / str(manifest.get("seeds", "seeds")))
    refuse_system_folder(seeds_dir)
    seeds_root = seeds_dir.resolve()
    report = VerifyReport()
    check_outputs(manifest, folder, report)
    texts: dict[str, str | None] = {}
    paths: dict[str, Path] = {}
    for source in manifest["sources"]:
        if not isinstance(source, dict) or not isinstance(source.get("path"), str):
            report.failures.append(f"{folder / MANIFEST_NAME}: a source entry has no 'path'")
            continue
        path = seeds_dir / source["path"]
        paths[source.get("id")] = path
        if not inside_folder(seeds_root, path):
            texts[source.get("id")] = None
            report.failures.append(f"{path}: outside the seeds folder, not read")
            continue
        try:
            data = read_limited(path)
            texts[source.get("id")] = as_quoted(source_text(path, data))
        except FileNotFoundError:
            texts[source.get("id")] = None
            continue
        except (OSError, SourceError) as exc:
            texts[source.get("id")] = None
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
