from __future__ import annotations

from pathlib import Path

import pytest

import briefkit.readers.text as text_reader
from briefkit import cache
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
