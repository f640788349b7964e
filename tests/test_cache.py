from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import briefkit.readers.text as text_reader
from briefkit import cache
from briefkit.cli import main
from briefkit.read import read_corpus
from tests.conftest import SCENARIOS, write
from tests.hostile import ARTICLE


def test_unchanged_sources_are_not_parsed_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = tmp_path / "seeds"
    write(seeds / "a.txt", ARTICLE)
    first = read_corpus(seeds)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(text_reader, "parse_text", refuse)
    second = read_corpus(seeds)
    assert second.documents == first.documents


def test_a_changed_file_or_sidecar_is_read_afresh(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds / "a.txt", ARTICLE)
    assert read_corpus(seeds).documents[0].meta.publisher is None
    write(seeds / "a.txt.meta.yaml", "publisher: Harbour Gazette\n")
    assert read_corpus(seeds).documents[0].meta.publisher == "Harbour Gazette"
    write(seeds / "a.txt", ARTICLE.replace("Harbours", "Ports"))
    assert read_corpus(seeds).documents[0].meta.title == "A Good Article About Ports"


def test_cache_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE", "off")
    assert cache.cache_dir() is None
    assert read_corpus(SCENARIOS / "lithium" / "seeds").documents


def test_many_files_read_on_several_cores_match_serial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE", "off")
    seeds = tmp_path / "seeds"
    for i in range(12):
        write(seeds / f"article-{i:02d}.txt", ARTICLE.replace("Harbours", f"Harbours {i}"))
    parallel = read_corpus(seeds)
    monkeypatch.setattr("briefkit.read.PARALLEL_FROM", 10_000)
    serial = read_corpus(seeds)
    assert parallel == serial
    assert len(parallel.documents) == 12


def _entries(folder: Path) -> list[str]:
    with sqlite3.connect(folder / cache.DB_NAME) as connection:
        return [row[0] for row in connection.execute("SELECT key FROM entries ORDER BY key")]


def test_sources_are_stored_in_one_sqlite_index(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "index"))
    seeds = tmp_path / "seeds"
    write(seeds / "a.txt", ARTICLE)
    write(seeds / "b.txt", ARTICLE.replace("Harbours", "Ports"))
    read_corpus(seeds)
    assert len(_entries(tmp_path / "index")) == 2
    assert not list((tmp_path / "index").rglob("*.pickle"))
    with sqlite3.connect(tmp_path / "index" / cache.DB_NAME) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_writer_killed_mid_transaction_leaves_the_index_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "index"
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(folder))
    cache.put("kept", {"a": 1})
    killer = (
        "import os, signal\n"
        "from briefkit import cache\n"
        "connection = cache._connection()\n"
        "connection.execute('BEGIN IMMEDIATE')\n"
        "connection.execute(\"INSERT INTO entries VALUES ('half', 'read', 'x', ?, 1, 0)\","
        " (b'x' * 5_000_000,))\n"
        "connection.execute('DELETE FROM entries WHERE key = \\'kept\\'')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    child = subprocess.run([sys.executable, "-c", killer], env={**os.environ}, check=False)
    assert child.returncode == -signal.SIGKILL
    cache.close()
    assert cache.get("kept") == {"a": 1}
    assert cache.get("half") is None
    with sqlite3.connect(folder / cache.DB_NAME) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_broken_index_file_is_started_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "index"
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(folder))
    write(folder / cache.DB_NAME, b"\x00not a database\xff" * 500)
    assert cache.get("anything") is None
    cache.put("anything", [1, 2])
    assert cache.get("anything") == [1, 2]


def test_prune_drops_other_versions_then_the_least_recently_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "index"))
    clock = iter(range(1_000, 100_000, 1_000))  # minutes apart: each touch counts
    monkeypatch.setattr(cache.time, "time", lambda: float(next(clock)))
    for key in ("old", "middle", "new"):
        cache.put(key, "x" * 10_000)
    cache.touch(["old"])  # used again: now the most recent
    connection = cache._connection()
    assert connection is not None
    connection.execute(
        "INSERT INTO entries VALUES ('other-version', 'read', 'not-this-code', x'00', 1, 99)"
    )
    assert cache.stats().stale == 1
    removed = cache.prune(max_bytes=25_000)
    assert removed == 2
    assert _entries(tmp_path / "index") == ["new", "old"]
    assert cache.prune(everything=True) == 2
    assert cache.stats().entries == 0


def test_the_size_limit_is_kept_after_each_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("BRIEFKIT_CACHE_MB", "0")
    write(tmp_path / "seeds" / "a.txt", ARTICLE)
    assert read_corpus(tmp_path / "seeds").documents
    assert cache.stats().entries == 0


def test_cache_commands(tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "index"))
    write(tmp_path / "seeds" / "a.txt", ARTICLE)
    read_corpus(tmp_path / "seeds")
    assert main(["cache", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["entries"] == 1
    assert info["path"] == str(tmp_path / "index" / cache.DB_NAME)
    assert main(["cache", "prune", "--all"]) == 0
    assert "Removed 1 entries" in capsys.readouterr().out
    for command in (["cache", "--help"], ["cache", "info", "--help"], ["cache", "prune", "--help"]):
        assert main(command) == 0
        assert "Usage" in capsys.readouterr().out
    monkeypatch.setenv("BRIEFKIT_CACHE", "off")
    assert main(["cache", "info"]) == 0
    assert "off" in capsys.readouterr().out


def test_default_folder_is_the_platform_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFKIT_CACHE_DIR", raising=False)
    monkeypatch.delenv("BRIEFKIT_CACHE", raising=False)
    folder = cache.cache_dir()
    assert folder is not None
    assert folder.name == "briefkit"


def test_the_size_and_stale_counts_read_no_stored_values(tmp_path: Path, monkeypatch) -> None:
    """Every build checks the size limit: summing `size`, stored after each value, must
    come from an index, not from reading every value's pages."""
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "index"))
    cache.close()
    cache.put("k", b"x" * 100_000)
    connection = cache._connection()
    assert connection is not None
    for query, args in (
        ("SELECT count(*), coalesce(sum(size), 0) FROM entries", ()),
        ("SELECT count(*) FROM entries WHERE code != ?", ("other",)),
    ):
        plan = " ".join(row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {query}", args))
        assert "COVERING INDEX" in plan, plan
    cache.close()


def test_bulk_load_pauses_the_collector_and_gives_it_back() -> None:
    import gc

    assert gc.isenabled()
    gc.unfreeze()
    with cache.bulk_load():
        assert not gc.isenabled()
        loaded = [[n] for n in range(1000)]
    assert gc.isenabled()
    # what was loaded is in the permanent generation: the next collection does not walk it
    assert gc.get_freeze_count() >= len(loaded)
    gc.unfreeze()
    gc.disable()  # a caller that had paused it keeps it paused
    try:
        with cache.bulk_load():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_rebuild_loads_documents_and_signals_with_the_collector_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading 1,000 stored documents and their signals, the cyclic collector would walk
    them again and again as they arrive; parsing a new source still runs with it on."""
    import gc

    from briefkit.analysis import per_source
    from briefkit.read import read_corpus
    from tests.conftest import SCENARIOS

    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "index"))
    seeds = SCENARIOS / "nile" / "seeds"
    corpus = read_corpus(seeds, after=per_source.remember)
    collecting: list[tuple[str, bool]] = []
    load, get_many = cache.load_digested, cache.get_many
    monkeypatch.setattr(
        cache,
        "load_digested",
        lambda key: collecting.append(("load", gc.isenabled())) or load(key),
    )
    monkeypatch.setattr(
        cache,
        "get_many",
        lambda keys: collecting.append(("many", gc.isenabled())) or get_many(keys),
    )
    again = read_corpus(seeds)
    assert again == corpus
    assert per_source.corpus_signals(again)
    assert ("load", False) in collecting and ("many", False) in collecting
    assert all(not enabled for _kind, enabled in collecting)
    assert gc.isenabled()


def test_a_touch_within_the_minute_leaves_the_row_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Updating a row rewrites its stored value: a rebuild does not move the times of
    entries it used less than `TOUCH_GRAIN_S` ago."""
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "index"))
    now = [1_000_000.0]
    monkeypatch.setattr(cache.time, "time", lambda: now[0])
    cache.put("a", "x")
    connection = cache._connection()
    assert connection is not None

    def used() -> float:
        return connection.execute("SELECT used FROM entries WHERE key = 'a'").fetchone()[0]

    now[0] += cache.TOUCH_GRAIN_S / 2
    cache.touch(["a"])
    assert used() == 1_000_000.0
    now[0] += cache.TOUCH_GRAIN_S
    cache.touch(["a"])
    assert used() == now[0]


def test_a_stored_value_comes_back_with_the_digest_of_its_pickle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "index"))
    value = {"words": ["a", "b"], "n": 3}
    stored = cache.put("k", value)
    assert stored == cache.digest(value)
    assert cache.get_digested("k") == (value, stored)
    assert cache.get_digested("missing") is None
    monkeypatch.setenv("BRIEFKIT_CACHE", "off")
    assert cache.put("k", value) is None


def test_a_cache_within_its_limit_on_disk_is_not_summed_after_each_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Summing every entry's size is a scan of the whole index; while the database file
    and its log are within the limit, the values are too, and no scan is made."""
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "index"))
    write(tmp_path / "seeds" / "a.txt", ARTICLE)
    summed: list[int] = []
    counted = cache.stats

    def counting() -> cache.Stats:
        summed.append(1)
        return counted()

    monkeypatch.setattr(cache, "stats", counting)
    assert read_corpus(tmp_path / "seeds").documents
    assert summed == []
    monkeypatch.setenv("BRIEFKIT_CACHE_MB", "0")  # now over the limit: summed, and pruned
    write(tmp_path / "seeds" / "b.txt", ARTICLE.replace("Tajikistan", "Uzbekistan"))
    read_corpus(tmp_path / "seeds")
    assert summed
    assert counted().entries == 0
