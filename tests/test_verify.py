"""`briefkit verify` reads only inside the seeds folder and the build folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefkit.build import build
from briefkit.cli import main
from briefkit.verify import verify
from tests.conftest import write
from tests.hostile import ARTICLE

BRIEF = """title: Harbours
topic: the new harbour and its neighbours
seeds: seeds
audiences:
  - id: {audience}
    label: Analysts
    template: analyst
"""
SECRET = "The vault code is 4711 and the password is swordfish."


def _built(tmp_path: Path) -> Path:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    write(tmp_path / "secret.txt", SECRET + "\n")
    brief = write(tmp_path / "brief.yaml", BRIEF.format(audience="analyst"))
    return build(brief, out=tmp_path / "out", formats=["md"]).out_dir


@pytest.mark.parametrize(
    "path", ["../secret.txt", "../../secret.txt", "/dev/zero", "/etc/hostname"]
)
def test_a_manifest_cannot_make_verify_read_outside_the_seeds(tmp_path: Path, path: str) -> None:
    out_dir = _built(tmp_path)
    manifest_path = out_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["sources"].append({"id": "probe", "path": path, "sha256": ""})
    manifest["memos"][0]["sections"][0]["excerpts"].append(
        {"source": "probe", "quote": "the password is swordfish", "footnote": 99}
    )
    manifest_path.write_text(json.dumps(manifest))
    report = verify(out_dir)
    assert any("outside the seeds folder" in line for line in report.failures)
    assert not any("changed since" in line for line in report.notices)


def test_a_manifest_cannot_make_verify_read_outside_the_build(tmp_path: Path) -> None:
    out_dir = _built(tmp_path)
    manifest_path = out_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["outputs"]["../../secret.txt"] = "0" * 64
    manifest["outputs"]["/dev/zero"] = "0" * 64
    manifest_path.write_text(json.dumps(manifest))
    failures = verify(out_dir).failures
    assert sum("outside the build folder" in line for line in failures) == 2


def test_a_long_audience_id_is_a_clean_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    brief = write(tmp_path / "brief.yaml", BRIEF.format(audience="a" * 300))
    assert main(["build", str(brief), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "audiences.0.id" in err and "64" in err
