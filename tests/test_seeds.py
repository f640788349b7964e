"""The seeds folder: system folders refused, unreadable subfolders skipped, names printed safely."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefkit.cli import main
from briefkit.errors import InputError
from briefkit.read import read_corpus
from briefkit.seeds import refuse_system_folder, scan
from tests.conftest import write
from tests.hostile import ARTICLE

BRIEF = """title: Harbours
topic: the new harbour and its neighbours
seeds: {seeds}
audiences:
  - id: analyst
    label: Analysts
"""


@pytest.mark.parametrize("folder", ["/", "/proc", "/proc/self", "/sys/kernel", "/dev", "/etc"])
def test_system_folders_are_never_seeds(folder: str) -> None:
    with pytest.raises(InputError, match="system folder"):
        refuse_system_folder(Path(folder))


def test_seeds_slash_is_a_clean_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = write(tmp_path / "brief.yaml", BRIEF.format(seeds="/"))
    assert main(["build", str(brief), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "system folder" in err


def test_an_unlistable_subfolder_is_skipped_with_a_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    write(tmp_path / "seeds" / "locked" / "inside.txt", ARTICLE)
    real_scandir = os.scandir

    def scandir(path: object) -> object:  # root reads every folder: refuse one here instead
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = scan(tmp_path / "seeds")
    assert [p.name for p in found.files] == ["article.txt"]
    corpus = read_corpus(tmp_path / "seeds")
    assert len(corpus.documents) == 1
    assert any("locked" in line and "cannot be read" in line for line in corpus.skipped)


def test_file_names_cannot_drive_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    write(tmp_path / "seeds" / "evil\x1b[2J\x1b]0;owned\x07\nfake line.xyz", "not a source")
    brief = write(tmp_path / "brief.yaml", BRIEF.format(seeds="seeds"))
    assert main(["build", str(brief), "--out", str(tmp_path / "out"), "--format", "md"]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b[2J" in err
    assert not any(line.startswith("fake line") for line in err.splitlines())
