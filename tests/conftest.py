"""Shared fixtures: the repository's example, scenario folders and one cached build of each."""

from __future__ import annotations

import gc
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefkit.build import BuildResult, build
from briefkit.corpus import Sentence

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = Path(__file__).resolve().parent / "scenarios"
EPOCH = "1700000000"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


@pytest.fixture(autouse=True)
def _collector_whole() -> Iterator[None]:
    """Loading from the index freezes what it loaded (`cache.bulk_load`); a build gives it
    back, and so does each test, so the suite's own garbage is always collected."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _fixed_epoch(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def without_importance(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every passage weighs alike by `analysis.importance`: for tests of one other factor
    of a passage's standing, which two passages of different features would blur."""
    from briefkit.analysis import importance

    monkeypatch.setattr(importance, "WEIGHT", 0.0)


@pytest.fixture
def scenario(tmp_path: Path):
    """Copy a scenario folder into a temporary place and return its path."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(SCENARIOS / name, target)
        return target

    return copy


def _build_once(
    tmp_path_factory: pytest.TempPathFactory, brief: Path, name: str
) -> tuple[BuildResult, dict[str, Any]]:
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    mp.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    try:
        out = tmp_path_factory.mktemp(name)
        result = build(brief, out=out)
    finally:
        mp.undo()
    return result, json.loads(result.manifest.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, dict[str, Any]]:
    """The example brief built once for the whole session (all audiences, all formats)."""
    return _build_once(tmp_path_factory, ROOT / "briefs" / "tajikistan-taliban.yaml", "example")


@pytest.fixture(scope="session")
def lithium_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, dict[str, Any]]:
    """A corpus on another topic, written for these tests."""
    return _build_once(tmp_path_factory, SCENARIOS / "lithium" / "brief.yaml", "lithium")


@pytest.fixture(scope="session")
def nile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, dict[str, Any]]:
    """A third topic, with figures and accounts its sources disagree on, and many states."""
    return _build_once(tmp_path_factory, SCENARIOS / "nile" / "brief.yaml", "nile")


def one_sentence_unit(text: str, source: str) -> Sentence:
    """A citable unit of one sentence, the first of `source`'s first paragraph."""
    return Sentence(
        id=f"{source}:p1:s1",
        source_id=source,
        text=text,
        quote=text,
        paragraph=1,
        index=1,
        position=0.0,
    )


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def assert_quotes_verbatim(result: object) -> None:
    """Every quotable sentence of a reader's result is verbatim in its text."""
    from briefkit.segment import quote_of, split_sentences
    from briefkit.verbatim import as_quoted, find_quote

    source = as_quoted(result.text)  # type: ignore[attr-defined]  (bold marks aside)
    for block in result.blocks:  # type: ignore[attr-defined]
        for sentence in split_sentences(block.content):
            quote = quote_of(sentence, result.text)  # type: ignore[attr-defined]
            if quote:
                assert find_quote(quote, source), quote


def bench_script(name: str) -> Any:
    """A script of bench/ as a module (bench/ is no package; its scripts import each other
    by name, so the folder goes on the path first)."""
    import importlib.util
    import sys

    folder = str(ROOT / "bench")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Two October 2025 sources on one dispute: a view looking ahead only to the end of 2025
# (lapsed by December 2026) and a judgement without a date (`compose.current_views`)
LAPSED_VIEW = (
    "Harbourland's harbour minister is expected to decide on the dockers' pay before the "
    "end of the year."
)
LASTING_VIEW = (
    "We judge that the Harbourland dockers' pay dispute will outlast the harbour minister."
)
DOCKERS_TOPIC = "the harbour dockers' pay dispute and the harbour minister"


def write_dockers_views(folder: Path) -> None:
    context = (
        "Harbourland dockers walked out in March over pay at the container terminal.\n"
        "The harbour board raised its dues by a tenth in June.\n"
    )
    write(folder / "a.txt", f"Harbour Notes\n\nOctober 20, 2025\n\n{context}{LAPSED_VIEW}\n")
    write(folder / "b.txt", f"Harbour Outlook\n\nOctober 21, 2025\n\n{context}{LASTING_VIEW}\n")
