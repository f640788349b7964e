"""A content-addressed cache of read sources, so an unchanged file is never parsed twice.

Keys hash the file's bytes, its sidecar, its place in the seeds folder and briefkit's own
code, so any change to one of them reads the file afresh. Entries are pickles in the
user's cache folder (`BRIEFKIT_CACHE_DIR`, else `$XDG_CACHE_HOME/briefkit`, else
`~/.cache/briefkit`); `BRIEFKIT_CACHE=off` disables the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from briefkit.corpus import Document
from briefkit.output import write_atomic


def cache_dir() -> Path | None:
    if os.environ.get("BRIEFKIT_CACHE", "").lower() in {"off", "0", "no", "false"}:
        return None
    explicit = os.environ.get("BRIEFKIT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefkit"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of briefkit's source: a code change must not serve stale reads."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(*parts: bytes | str) -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


def load(key: str) -> Document | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with (folder / "reads" / f"{key}.pickle").open("rb") as stream:
            document = pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return document if isinstance(document, Document) else None


def store(key: str, document: Document) -> None:
    folder = cache_dir()
    if folder is None:
        return
    with contextlib.suppress(OSError):  # a cache that cannot be written is only slower
        write_atomic(folder / "reads" / f"{key}.pickle", pickle.dumps(document, protocol=5))
