"""Is a build folder already up to date? A cheap check made before any heavy import.

A build records a fingerprint of everything it depended on (briefkit's code, the brief,
its curation file, the templates, every seed and sidecar, the options and the
environment settings) and the hash of every file it wrote. When both still match, a
rebuild would write the same bytes, so it is skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import yaml

from briefkit import yamltext
from briefkit.cache import code_fingerprint
from briefkit.output import write_atomic
from briefkit.seeds import is_system_folder, source_files
from briefkit.templates import template_dirs

STATE_NAME = ".briefkit-state.json"


def _file_digest(path: Path) -> str:
    """The file's hash; an unreadable file is fingerprinted as such (the build skips it)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        return f"unreadable:{exc.errno}"
    return digest.hexdigest()


def watched_paths(brief_path: Path, seeds: Path | None) -> list[Path]:
    """Every file a build of this brief reads, other than briefkit itself."""
    paths = [brief_path, brief_path.with_name(f"{brief_path.stem}.curation.yaml")]
    style = _brief_key(brief_path, "citation_style")
    if style and style.endswith(".csl"):  # a house CSL style beside the brief
        paths.append(brief_path.parent / style)
    for folder in template_dirs(brief_path):
        paths += sorted(p for p in folder.rglob("*") if p.is_file())
    seeds_dir = resolve_seeds_dir(brief_path, seeds)
    if seeds_dir.is_dir() and not is_system_folder(seeds_dir):  # build refuses those
        for source in source_files(seeds_dir):
            paths += [source, source.with_name(source.name + ".meta.yaml")]
    return paths


def _brief_key(brief_path: Path, key: str) -> str | None:
    """One key of the brief, read without validating it."""
    try:
        data = yamltext.load(brief_path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        data = None
    value = data.get(key) if isinstance(data, dict) else None
    return str(value) if value else None


def resolve_seeds_dir(brief_path: Path, seeds: Path | None) -> Path:
    """As `build` resolves it, without validating the brief."""
    if seeds is not None:
        return seeds
    named = _brief_key(brief_path, "seeds")
    return (brief_path.parent / named).resolve() if named else Path("seeds")


def fingerprint(brief_path: Path, seeds: Path | None, options: dict[str, Any]) -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    settings = {k: v for k, v in sorted(os.environ.items()) if k.startswith("BRIEFKIT_")}
    settings["SOURCE_DATE_EPOCH"] = os.environ.get("SOURCE_DATE_EPOCH", "")
    settings["today"] = dt.datetime.now(tz=dt.UTC).date().isoformat()  # undated briefs
    digest.update(json.dumps([options, settings, str(Path.cwd())], sort_keys=True).encode())
    for path in watched_paths(brief_path, seeds):
        digest.update(os.fsencode(path))  # a name that is not valid UTF-8 is still a name
        digest.update(_file_digest(path).encode() if path.is_file() else b"-")
    return digest.hexdigest()


def up_to_date(out_dir: Path, stamp: str) -> bool:
    try:
        state = json.loads((out_dir / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(state, dict) or state.get("fingerprint") != stamp:
        return False
    outputs = state.get("outputs", {})
    return bool(outputs) and all(
        (out_dir / name).is_file() and _file_digest(out_dir / name) == digest
        for name, digest in outputs.items()
    )


def record(out_dir: Path, stamp: str, written: list[Path]) -> None:
    outputs = {p.name: _file_digest(p) for p in written if p.is_file()}
    state = {"fingerprint": stamp, "outputs": outputs}
    write_atomic(out_dir / STATE_NAME, json.dumps(state, indent=1).encode("utf-8"))


def snapshot(brief_path: Path, seeds: Path | None) -> tuple[tuple[str, int, int], ...]:
    """Sizes and modification times of the watched files: cheap change detection."""
    found = []
    for path in watched_paths(brief_path, seeds):
        try:
            info = path.stat()
        except OSError:
            continue
        found.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(found)
