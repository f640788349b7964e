"""Golden files: whole memos for the scenario corpus. Regenerate with `pytest --update-golden`
after a deliberate change, and review the diff like any other change."""

from __future__ import annotations

from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.mark.parametrize("audience", ["principal", "analyst"])
def test_markdown_memo_matches_golden(
    audience: str, lithium_build, request: pytest.FixtureRequest
) -> None:
    result, _ = lithium_build
    produced = (result.out_dir / f"{audience}.md").read_text(encoding="utf-8")
    golden = GOLDEN / f"lithium-{audience}.md"
    if request.config.getoption("--update-golden") or not golden.exists():
        golden.write_text(produced, encoding="utf-8")
    assert produced.splitlines() == golden.read_text(encoding="utf-8").splitlines()
