from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.build import build
from briefkit.templates import find_reference_docx, find_template, packaged_templates
from tests.conftest import ROOT, SCENARIOS, write


def test_packaged_templates_are_the_repository_templates() -> None:
    """templates/ at the root (the contract's folder) and the copy shipped in the package
    must not drift apart: copy one to the other after editing a layout."""
    packaged = packaged_templates()
    assert packaged is not None
    ours = {p.name: p.read_bytes() for p in (ROOT / "templates").iterdir() if p.is_file()}
    shipped = {p.name: p.read_bytes() for p in packaged.iterdir() if p.is_file()}
    assert ours == shipped


def test_packaged_templates_are_the_last_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no templates/ here, beside the brief or above it
    brief = tmp_path / "briefs" / "b.yaml"
    packaged = packaged_templates()
    assert packaged is not None
    assert find_template("principal", brief) == packaged / "principal.yaml.j2"
    assert find_reference_docx(brief) == packaged / "reference.docx"
    own = write(tmp_path / "templates" / "principal.yaml.j2", "sections: []\n")
    assert find_template("principal", brief) == own  # the project's own layout wins
    assert find_template("no-such-layout", brief) is None


def test_a_brief_outside_any_checkout_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    (work / "briefs").mkdir(parents=True)
    (work / "briefs" / "lithium.yaml").write_text(
        (SCENARIOS / "lithium" / "brief.yaml")
        .read_text()
        .replace("seeds: seeds", "seeds: ../seeds")
    )
    (work / "seeds").symlink_to(SCENARIOS / "lithium" / "seeds")
    monkeypatch.chdir(work)
    result = build(Path("briefs/lithium.yaml"), out=Path("out"), formats=["md"])
    assert [m.audience for m in result.memos] == ["principal", "analyst"]
