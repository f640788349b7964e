"""The output set as a whole: hashes in the manifest, written last, checked by verify;
stale temporaries removed; output-side problems named before anything is rendered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import briefkit.output
from briefkit.build import build
from briefkit.cli import main
from briefkit.errors import InputError
from briefkit.verify import verify
from tests.conftest import write
from tests.hostile import ARTICLE

BRIEF = """title: {title}
topic: the new harbour and its neighbours
seeds: seeds
audiences:
  - id: analyst
    label: Analysts
  - id: minister
    label: The minister
    template: analyst
"""


def _folder(tmp_path: Path, title: str = "Harbours") -> Path:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    return write(tmp_path / "brief.yaml", BRIEF.format(title=title))


def test_every_file_of_the_set_is_hashed_in_the_manifest(tmp_path: Path) -> None:
    result = build(_folder(tmp_path), out=tmp_path / "out", formats=["md", "docx"])
    outputs = json.loads(result.manifest.read_text())["outputs"]
    names = {p.name for p in result.out_dir.iterdir()} - {"manifest.json", ".briefkit-state.json"}
    assert names <= set(outputs)
    assert {"analyst.md", "minister.docx", "changes.md"} <= set(outputs)
    assert verify(result.out_dir).failures == []


def test_a_build_stopped_between_two_memos_fails_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = _folder(tmp_path)
    first = build(brief, out=tmp_path / "out", formats=["md"])
    manifest_before = first.manifest.read_bytes()
    write(brief, BRIEF.format(title="Harbours and their neighbours"))
    real = briefkit.output.write_atomic
    written: list[Path] = []

    def crash_after_one(path: Path, data: bytes) -> None:
        if written:
            raise OSError(28, "No space left on device")
        real(path, data)
        written.append(path)

    monkeypatch.setattr(briefkit.output, "write_atomic", crash_after_one)
    with pytest.raises(InputError, match="No space left"):
        build(brief, out=tmp_path / "out", formats=["md"])
    monkeypatch.undo()
    assert first.manifest.read_bytes() == manifest_before  # the manifest is written last
    failures = verify(first.out_dir).failures
    assert any(written[0].name in line and "does not match" in line for line in failures)
    assert main(["verify", str(first.out_dir)]) == 1
    build(brief, out=tmp_path / "out", formats=["md"])  # the next build mends the set
    assert verify(first.out_dir).failures == []


def test_a_memo_swapped_for_another_fails_verify(tmp_path: Path) -> None:
    result = build(_folder(tmp_path), out=tmp_path / "out", formats=["md"])
    (result.out_dir / "analyst.md").write_text("# Something else entirely\n")
    assert any("analyst.md" in line for line in verify(result.out_dir).failures)


def test_stale_temporaries_are_removed_by_the_next_build(tmp_path: Path) -> None:
    brief = _folder(tmp_path)
    out_dir = tmp_path / "out" / "brief"
    stale = write(out_dir / ".analyst.docx.k3j_x9.tmp", "half a memo")
    keep = write(out_dir / "notes.txt", "the editor's own file")
    build(brief, out=tmp_path / "out", formats=["md"])
    assert not stale.exists()
    assert keep.exists()


def test_out_naming_a_file_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = _folder(tmp_path)
    target = write(tmp_path / "taken", "a file, not a folder")
    assert main(["build", str(brief), "--out", str(target), "--force"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(target) in err and "internal" not in err


def test_a_memo_path_that_is_a_folder_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = _folder(tmp_path)
    (tmp_path / "out" / "brief" / "analyst.md").mkdir(parents=True)
    assert main(["build", str(brief), "--out", str(tmp_path / "out"), "--format", "md"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "analyst.md" in err and "folder" in err


def test_output_is_checked_before_the_sources_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = _folder(tmp_path)
    (tmp_path / "out").write_text("a file")

    def must_not_read(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("sources were read before the output folder was checked")

    import importlib

    pipeline = importlib.import_module("briefkit.build")  # the module, not the function
    monkeypatch.setattr(pipeline, "read_and_analyse", must_not_read)
    with pytest.raises(InputError, match="is a file"):
        build(brief, out=tmp_path / "out", formats=["md"])


def test_a_partial_build_keeps_a_set_that_verifies(tmp_path: Path) -> None:
    brief = _folder(tmp_path)
    build(brief, out=tmp_path / "out", formats=["md"])
    write(brief, BRIEF.format(title="Harbours and their neighbours"))
    result = build(brief, out=tmp_path / "out", formats=["md"], audiences=["analyst"])
    outputs = json.loads(result.manifest.read_text())["outputs"]
    assert {"analyst.md", "minister.md"} <= set(outputs)
    assert verify(result.out_dir).failures == []
