"""The corpus index: an embedded SQLite database of per-source results that lasts between builds.

One row per source content: the key hashes the file's bytes, its sidecar, its place in the
seeds folder and briefkit's own code, so a change to any of them reads the file afresh and
an unchanged file is never parsed twice. Values are pickled `Document`s (see the README's
"Scale" section for why pickle and why SQLite).

The database lives in the user's cache folder (`BRIEFKIT_CACHE_DIR`, else the platform's
cache folder from platformdirs, e.g. `~/.cache/briefkit` on Linux); `BRIEFKIT_CACHE=off`
disables it. It runs in WAL mode and writes in transactions, so a build killed mid-write
leaves the last committed state. It holds at most `BRIEFKIT_CACHE_MB` megabytes (default
1024): past that, the least recently used rows go first (`briefkit cache prune`).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DB_NAME = "index.sqlite3"
SCHEMA_VERSION = 2  # 2: indexes on size and code (the limit and stale counts read no values)
DEFAULT_LIMIT_MB = 1024
BATCH = 500  # keys per query (SQLite allows 999 parameters in older builds)
BUSY_TIMEOUT_S = 10.0  # parallel readers may wait this long for another's write
TOUCH_GRAIN_S = 60.0  # an entry used again within this many seconds keeps its time
SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key   TEXT PRIMARY KEY,       -- content hash + code version (cache_key)
    kind  TEXT NOT NULL,          -- 'read', 'analysis', 'note-forms', 'bibliography'
    code  TEXT NOT NULL,          -- briefkit's code fingerprint when written
    value BLOB NOT NULL,          -- pickle, protocol 5
    size  INTEGER NOT NULL,       -- len(value), for the size limit
    used  REAL NOT NULL           -- last read or write (Unix time), for LRU pruning
);
CREATE INDEX IF NOT EXISTS entries_used ON entries (used);
-- The size limit sums `size`, which the row stores after the value: without an index
-- of its own, every build would read every stored value's pages to add up the sizes.
CREATE INDEX IF NOT EXISTS entries_size ON entries (size);
CREATE INDEX IF NOT EXISTS entries_code ON entries (code);
"""


def cache_dir() -> Path | None:
    if os.environ.get("BRIEFKIT_CACHE", "").lower() in {"off", "0", "no", "false"}:
        return None
    explicit = os.environ.get("BRIEFKIT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    from platformdirs import user_cache_path

    return user_cache_path("briefkit", appauthor=False)


def limit_bytes() -> int:
    raw = os.environ.get("BRIEFKIT_CACHE_MB", "").strip()
    megabytes = int(raw) if raw.isdigit() else DEFAULT_LIMIT_MB
    return megabytes * 2**20


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


_connections: dict[tuple[int, str], sqlite3.Connection] = {}  # per process: forks reconnect


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints, never corrupt
        if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            with _transaction(connection):
                connection.execute("DROP TABLE IF EXISTS entries")
                for statement in SCHEMA.split(";"):  # not executescript: it would commit
                    if statement.strip():
                        connection.execute(statement)
                connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    except sqlite3.DatabaseError:
        connection.close()
        raise
    return connection


def _connection() -> sqlite3.Connection | None:
    """This process's connection to the index, or None when the cache is off or unusable.
    A file that is not a database (truncated, overwritten) is moved aside and started afresh:
    it only ever held what can be recomputed."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / DB_NAME
    slot = (os.getpid(), str(path))
    if slot in _connections:
        return _connections[slot]
    try:
        connection = _open(path)
    except sqlite3.DatabaseError:
        with contextlib.suppress(OSError):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        try:
            connection = _open(path)
        except (sqlite3.Error, OSError):
            return None
    except (sqlite3.Error, OSError):
        return None
    _connections[slot] = connection
    return connection


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


@contextlib.contextmanager
def bulk_load() -> Iterator[None]:
    """The cyclic garbage collector paused while stored values are loaded by the thousand
    (a rebuild of 1,000 sources loads every document and its signals): they are trees of
    small objects without cycles, which the collector would otherwise walk again and again
    as they arrive (about 0.4 s of such a rebuild), finding nothing to free. They are then
    moved to its permanent generation (`gc.freeze`, which takes no time), so it does not
    walk them at the first collection after it is given back either (0.15 s of such a
    rebuild, a batch at a time); `gc.unfreeze` (the end of a build) gives them back."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def close() -> None:
    """Close this process's connections (tests, and before a folder is removed)."""
    for slot in [s for s in _connections if s[0] == os.getpid()]:
        with contextlib.suppress(sqlite3.Error):
            _connections.pop(slot).close()


def get(key: str) -> Any | None:
    """The value stored under `key`, or None (missing, unreadable, or the cache is off)."""
    found = get_digested(key)
    return None if found is None else found[0]


def digest(value: Any) -> bytes:
    """The sha256 digest of `value` as the index stores it (pickled, protocol 5)."""
    return hashlib.sha256(pickle.dumps(value, protocol=5)).digest()


def get_digested(key: str) -> tuple[Any, bytes] | None:
    """The value stored under `key` and the `digest` of its stored bytes (what pickling it
    again would give, without pickling it again), or None."""
    connection = _connection()
    if connection is None:
        return None
    try:
        row = connection.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    try:
        return pickle.loads(row[0]), hashlib.sha256(row[0]).digest()
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def put(key: str, value: Any, kind: str = "read") -> bytes | None:
    """Store `value` under `key`; its `digest` (None when the cache is off)."""
    connection = _connection()
    if connection is None:
        return None
    blob = pickle.dumps(value, protocol=5)
    # a cache that cannot be written is only slower
    with contextlib.suppress(sqlite3.Error), _transaction(connection):
        connection.execute(
            "INSERT OR REPLACE INTO entries (key, kind, code, value, size, used) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (key, kind, code_fingerprint(), blob, len(blob), time.time()),
        )
    return hashlib.sha256(blob).digest()


def get_many(keys: Iterable[str]) -> dict[str, Any]:
    """The values stored under `keys` (those found and readable), in one query per batch."""
    connection = _connection()
    if connection is None:
        return {}
    wanted = list(dict.fromkeys(keys))
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start : start + BATCH]
        marks = ",".join("?" * len(batch))
        try:
            rows = connection.execute(
                f"SELECT key, value FROM entries WHERE key IN ({marks})", batch
            ).fetchall()
        except sqlite3.Error:
            return found
        for key, blob in rows:
            with contextlib.suppress(
                pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError
            ):
                found[key] = pickle.loads(blob)
    return found


def put_many(items: Iterable[tuple[str, Any]], kind: str) -> None:
    """Store several values in one transaction (a build's new rows at once)."""
    connection = _connection()
    if connection is None:
        return
    now, code = time.time(), code_fingerprint()
    rows = []
    for key, value in items:
        blob = pickle.dumps(value, protocol=5)
        rows.append((key, kind, code, blob, len(blob), now))
    if not rows:
        return
    with contextlib.suppress(sqlite3.Error), _transaction(connection):
        connection.executemany(
            "INSERT OR REPLACE INTO entries (key, kind, code, value, size, used) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def touch(keys: Iterable[str]) -> None:
    """Mark entries as just used (one transaction for a whole build), then keep to the limit.
    An entry marked less than `TOUCH_GRAIN_S` ago is left as it is: updating a row
    rewrites its whole stored value, and least-recently-used to the minute is enough
    (a rebuild of 1,000 sources had rewritten 60 MB of values to move their times)."""
    connection = _connection()
    if connection is None:
        return
    now = time.time()
    with contextlib.suppress(sqlite3.Error):
        with _transaction(connection):
            connection.executemany(
                "UPDATE entries SET used = ? WHERE key = ? AND used <= ?",
                [(now, key, now - TOUCH_GRAIN_S) for key in keys],
            )
        # the values are all in the database file or its log: while those are within the
        # limit, so are the values, and summing every entry's size (a tenth of a second
        # in a cache of many entries, three times a build) can wait
        if _bytes_on_disk() > limit_bytes() and stats().size > limit_bytes():
            prune()


def _bytes_on_disk() -> int:
    """The database file and its write-ahead log, in bytes (0 with no cache folder)."""
    folder = cache_dir()
    if folder is None:
        return 0
    path = folder / DB_NAME
    return sum(
        Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").is_file()
    )


def load(key: str) -> Any | None:
    """A cached Document (kept for callers of the earlier pickle cache)."""
    found = load_digested(key)
    return None if found is None else found[0]


def load_digested(key: str) -> tuple[Any, bytes] | None:
    """A cached Document and its `digest` (the key of its stored analysis), or None."""
    from briefkit.corpus import Document

    found = get_digested(key)
    return found if found is not None and isinstance(found[0], Document) else None


def store(key: str, document: Any) -> bytes | None:
    """Store a Document; its `digest` (None when the cache is off)."""
    return put(key, document, kind="read")


@dataclass(frozen=True)
class Stats:
    path: Path | None
    entries: int = 0
    size: int = 0  # bytes of stored values
    stale: int = 0  # entries written by another version of briefkit
    file_size: int = 0  # the database files on disk


def stats() -> Stats:
    connection = _connection()
    folder = cache_dir()
    if connection is None or folder is None:
        return Stats(path=None if folder is None else folder / DB_NAME)
    path = folder / DB_NAME
    entries, size = connection.execute(
        "SELECT count(*), coalesce(sum(size), 0) FROM entries"
    ).fetchone()
    stale = connection.execute(
        "SELECT count(*) FROM entries WHERE code != ?", (code_fingerprint(),)
    ).fetchone()[0]
    return Stats(path, entries, size, stale, _bytes_on_disk())


def prune(max_bytes: int | None = None, everything: bool = False) -> int:
    """Drop entries of other briefkit versions, then the least recently used until the
    values fit in `max_bytes` (default: the limit). Returns how many entries went."""
    connection = _connection()
    if connection is None:
        return 0
    budget = 0 if everything else (limit_bytes() if max_bytes is None else max_bytes)
    before = connection.execute("SELECT count(*) FROM entries").fetchone()[0]
    with _transaction(connection):
        connection.execute("DELETE FROM entries WHERE code != ?", (code_fingerprint(),))
        total = connection.execute("SELECT coalesce(sum(size), 0) FROM entries").fetchone()[0]
        if total > budget:
            doomed: list[tuple[str]] = []
            for key, size in connection.execute(
                "SELECT key, size FROM entries ORDER BY used ASC, key ASC"
            ):
                if total <= budget:
                    break
                doomed.append((key,))
                total -= size
            connection.executemany("DELETE FROM entries WHERE key = ?", doomed)
    after = connection.execute("SELECT count(*) FROM entries").fetchone()[0]
    with contextlib.suppress(sqlite3.Error):  # give the space back to the file system
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if before != after:
            connection.execute("VACUUM")
    return before - after
