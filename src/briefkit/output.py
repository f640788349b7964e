"""File output: atomic per file, checked before anything is rendered, and recorded so
that a set of files interrupted half-way is caught by `briefkit verify`.

Every file a build writes is written to a temporary `.<name>.<random>.tmp` beside it and
renamed into place; manifest.json, holding the sha256 of every file of the set, is written
last. A build killed between two renames leaves files that do not match the manifest on
disk (verify fails), and its temporaries are removed by the next build.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from briefkit.errors import InputError
from briefkit.lazy_regex import lazy_compile

TEMPORARY = lazy_compile(r"^\..+\.tmp$")


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete `.<name>.tmp` files an interrupted build left in `folder`; return them."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if TEMPORARY.match(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed


def check_output_folder(folder: Path, names: Iterable[str]) -> None:
    """Fail early, with one line naming the path, when the build could not write its files:
    the output folder (or a parent) is a file, is not writable, or a memo's path is a folder."""
    for parent in (folder, *folder.parents):
        if parent.exists() and not parent.is_dir():
            raise InputError("output folder path is a file, not a folder", path=parent)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"cannot create the output folder ({exc.strerror or exc})", path=folder
        ) from None
    for name in names:
        target = folder / name
        if target.is_dir():
            raise InputError("a memo would be written here, but it is a folder", path=target)
    try:
        handle, probe = tempfile.mkstemp(prefix=".briefkit-probe.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(
            f"cannot write in the output folder ({exc.strerror or exc})", path=folder
        ) from None
    os.close(handle)
    os.unlink(probe)


def write_set(files: dict[Path, bytes]) -> None:
    """Write each file atomically; a disk error names the file instead of a bare errno."""
    for path, data in files.items():
        try:
            write_atomic(path, data)
        except IsADirectoryError:
            raise InputError("cannot write: the path is a folder", path=path) from None
        except OSError as exc:
            raise InputError(f"cannot write ({exc.strerror or exc})", path=path) from None
