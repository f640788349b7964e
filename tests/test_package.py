from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from briefkit.cli import main
from briefkit.errors import InputError
from briefkit.package import package
from tests.conftest import SCENARIOS, write


@pytest.fixture
def built(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    shutil.copytree(SCENARIOS / "lithium", folder)
    write(folder / "seeds" / "andes-triangle.txt.meta.yaml", "publisher: Example News\n")
    assert main(["build", str(folder / "brief.yaml"), "--out", str(folder / "out")]) == 0
    return folder / "out" / "brief"


def test_package_unzipped_elsewhere_verifies_on_its_own(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["package", str(built), "--json"]) == 0
    reported = json.loads(capsys.readouterr().out)
    archive = built.parent / "brief.zip"
    assert reported["zip"] == str(archive)
    names = zipfile.ZipFile(archive).namelist()
    assert names == sorted(names) == reported["files"]
    for expected in (
        "brief/README.txt",
        "brief/manifest.json",
        "brief/changes.md",
        "brief/bibliography.json",
        "brief/bibliography.bib",
        "brief/analyst.docx",
        "brief/analyst.pdf",
        "brief/principal.md",
        "brief/seeds/andes-triangle.txt",
        "brief/seeds/andes-triangle.txt.meta.yaml",
    ):
        assert expected in names
    # The seeds folder the build read is gone: the package must stand on its own.
    shutil.rmtree(built.parent.parent / "seeds")
    elsewhere = tmp_path / "elsewhere"
    zipfile.ZipFile(archive).extractall(elsewhere)
    manifest = json.loads((elsewhere / "brief" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["seeds"] == "seeds"
    cited = {e["source"] for m in manifest["memos"] for s in m["sections"] for e in s["excerpts"]}
    assert {s["id"] for s in manifest["sources"]} == cited
    assert main(["verify", str(elsewhere / "brief")]) == 0
    assert "verbatim" in capsys.readouterr().out


def test_package_is_deterministic(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = package(built).path.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert package(built).path.read_bytes() == first
    info = zipfile.ZipFile(built.parent / "brief.zip").infolist()
    assert {i.date_time for i in info} == {(2023, 11, 14, 22, 13, 20)}
    assert {i.external_attr >> 16 for i in info} == {0o100644}
    monkeypatch.delenv("SOURCE_DATE_EPOCH")  # then the memo date
    info = zipfile.ZipFile(package(built).path).infolist()
    assert {i.date_time for i in info} == {(2024, 6, 1, 0, 0, 0)}


def test_package_refuses_paths_outside_the_build(built: Path) -> None:
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    manifest["sources"][0]["path"] = "../../../etc/passwd"
    (built / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(InputError, match="outside the seeds folder"):
        package(built)
    manifest["memos"][0]["files"]["md"] = "../elsewhere.md"
    (built / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(InputError, match="outside its folder"):
        package(built)


def test_package_of_no_build_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["package", str(tmp_path / "nothing")]) == 2
    assert "not a build folder" in capsys.readouterr().err
