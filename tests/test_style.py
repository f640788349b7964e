"""The code base stays ruff-clean; CI enforces it through this test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_check_passes() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    result = subprocess.run(
        [ruff, "check", "src", "tests", "bench"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def rebound_names(source: str) -> list[str]:
    """Top-level names a module binds more than once (a pattern constant defined twice
    under one name: the second silently replaces the first for every use, which ruff does
    not report; a rule of the fifty-second round had turned off an older one so)."""
    import ast
    from collections import Counter

    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[node.name] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    assert rebound_names("A = 1\nB = 2\n\ndef f():\n    A = 3\n") == []
    assert rebound_names("A = 1\nB = 2\nA = 3\n") == ["A"]
    rebound = {
        str(path.relative_to(ROOT)): names
        for path in sorted((ROOT / "src" / "briefkit").rglob("*.py"))
        if (names := rebound_names(path.read_text(encoding="utf-8")))
    }
    assert rebound == {}
