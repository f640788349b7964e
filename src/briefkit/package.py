"""`briefkit package OUT/<stem>`: one zip to hand to an editor.

It holds the memos in every format built, the sources they cite (with their sidecars), the
bibliography files, changes.md, a README and a manifest whose seeds folder is inside the
package, so `briefkit verify` on the unzipped folder passes with nothing else. The zip is the
same bytes for the same build: entries sorted, dates fixed (SOURCE_DATE_EPOCH, else the memo
date), permissions fixed.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from briefkit import __version__
from briefkit.bibliography import cited_sources
from briefkit.errors import InputError
from briefkit.manifest import MANIFEST_NAME, dumps
from briefkit.output import write_atomic
from briefkit.seeds import SIDECAR_SUFFIX
from briefkit.verify import load_manifest

SEEDS_FOLDER = "seeds"
EXTRAS = ("changes.md", "changes.json")
ZIP_EPOCH_FLOOR = dt.datetime(1980, 1, 1)  # the earliest date a zip entry can carry


@dataclass
class PackageResult:
    path: Path
    files: list[str]  # entries of the zip, in order
    warnings: list[str] = field(default_factory=list)


def _plain_name(name: object, manifest_path: Path) -> str:
    """A memo or bibliography file named in the manifest: a file of the build folder."""
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name in {".", ".."}:
        raise InputError(
            f"manifest names an output file outside its folder: {name!r}", path=manifest_path
        )
    return name


def _inside_seeds(path: object, manifest_path: Path) -> PurePosixPath:
    relative = PurePosixPath(str(path))
    if not isinstance(path, str) or relative.is_absolute() or ".." in relative.parts:
        raise InputError(
            f"manifest names a source outside the seeds folder: {path!r}", path=manifest_path
        )
    return relative


def _timestamp(manifest: dict[str, Any]) -> tuple[int, int, int, int, int, int]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        when = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).replace(tzinfo=None)
    else:
        try:
            when = dt.datetime.fromisoformat(str(manifest.get("date", "")))
        except ValueError:
            when = ZIP_EPOCH_FLOOR
    when = max(when, ZIP_EPOCH_FLOOR)
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)


def _readme(manifest: dict[str, Any], stem: str, sources: int) -> str:
    memos = manifest.get("memos", [])
    lines = [
        f"{manifest.get('title', stem)}",
        f"Memos dated {manifest.get('date', 'unknown')}, made with briefkit {__version__}.",
        "",
        "What is here",
        "",
    ]
    for memo in memos:
        files = ", ".join(sorted(memo.get("files", {}).values()))
        lines.append(f"  {memo.get('audience')}: {files} ({memo.get('word_count', '?')} words)")
    lines += [
        f"  {SEEDS_FOLDER}/: the {sources} source(s) the memos quote, each with its",
        f"      {SIDECAR_SUFFIX} metadata file where one was given",
        "  bibliography.json, bibliography.bib, bibliography.ris: the cited sources for a",
        "      reference manager (Zotero: File > Import) or pandoc --citeproc",
        "  changes.md: what changed since the previous build",
        "  manifest.json: every excerpt, the source it comes from and its footnote",
        "",
        "Every quotation is verbatim in its source. To check them all again, unzip this",
        "package and run:",
        "",
        f"  briefkit verify {stem}",
        "",
        "Edits made in the DOCX are not carried into the next build: send changes of",
        "selection back as a curation file, and the unit's own words as assessments.",
        "",
    ]
    return "\n".join(lines)


def package(build_dir: Path) -> PackageResult:
    """Write <build_dir>.zip beside the build folder."""
    if not build_dir.is_dir():
        raise InputError("not a build folder (run `briefkit build` first)", path=build_dir)
    manifest = load_manifest(build_dir)
    manifest_path = build_dir / MANIFEST_NAME
    stem = build_dir.resolve().name
    seeds_dir = build_dir / str(manifest.get("seeds", SEEDS_FOLDER))
    entries: dict[str, bytes] = {}
    warnings: list[str] = []

    def take(path: Path, arcname: str, what: str) -> None:
        try:
            entries[f"{stem}/{arcname}"] = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {what}: {exc.strerror or exc}", path=path) from None

    for memo in manifest["memos"]:
        for name in (memo.get("files") or {}).values():
            name = _plain_name(name, manifest_path)
            take(build_dir / name, name, f"the {memo.get('audience')} memo")
    listed = manifest.get("bibliography") or {}
    for name in listed.values() if isinstance(listed, dict) else ():
        name = _plain_name(name, manifest_path)
        take(build_dir / name, name, "a bibliography file")
    for name in EXTRAS:
        if (build_dir / name).is_file():
            take(build_dir / name, name, name)

    cited = set(cited_sources(manifest))
    sources = [s for s in manifest["sources"] if s.get("id") in cited]
    for source in sources:
        relative = _inside_seeds(source.get("path"), manifest_path)
        path = seeds_dir / relative
        take(path, f"{SEEDS_FOLDER}/{relative}", f"source '{source.get('id')}'")
        if hashlib.sha256(entries[f"{stem}/{SEEDS_FOLDER}/{relative}"]).hexdigest() != source.get(
            "sha256"
        ):
            warnings.append(f"{path}: changed since the build (sha256 differs); rebuild first")
        sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
        if sidecar.is_file():
            take(sidecar, f"{SEEDS_FOLDER}/{relative}{SIDECAR_SUFFIX}", "a sidecar")

    packed = copy.deepcopy(manifest)
    packed["seeds"] = SEEDS_FOLDER
    packed["sources"] = sources
    entries[f"{stem}/{MANIFEST_NAME}"] = dumps(packed)
    entries[f"{stem}/README.txt"] = _readme(manifest, stem, len(sources)).encode("utf-8")

    stamp = _timestamp(manifest)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for arcname in sorted(entries):
            info = zipfile.ZipInfo(arcname, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permissions below are read
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            archive.writestr(info, entries[arcname], compresslevel=9)
    target = build_dir.parent / f"{stem}.zip"
    write_atomic(target, buffer.getvalue())
    return PackageResult(target, sorted(entries), warnings)
