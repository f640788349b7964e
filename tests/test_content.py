"""What the analyst memo says, on a corpus about a topic the code was not written for:
key points covered, disagreements side by side, a positions table of states, a date range."""

from __future__ import annotations

import importlib.util
import re

import yaml

from tests.conftest import ROOT, SCENARIOS

STATES = {"Egypt", "Ethiopia", "Sudan", "Kenya", "Uganda", "Russia", "China", "Saudi Arabia"}
STATES |= {"United States", "United Arab Emirates", "Turkey", "Israel"}


def _quality():
    spec = importlib.util.spec_from_file_location("quality", ROOT / "bench" / "quality.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _analyst(manifest: dict) -> dict:
    return next(m for m in manifest["memos"] if m["audience"] == "analyst")


def test_analyst_memo_covers_the_key_points(nile_build) -> None:
    _, manifest = nile_build
    points = yaml.safe_load((SCENARIOS / "nile" / "keypoints.yaml").read_text())["points"]
    total, covered, _ = _quality().score(manifest, points, "analyst")["overall"]
    assert covered / total >= 0.6


def test_disagreeing_figures_appear_side_by_side_with_notes(nile_build) -> None:
    result, manifest = nile_build
    section = next(s for s in _analyst(manifest)["sections"] if s["id"] == "disagreements")
    excerpts = section["excerpts"]
    quotes = " | ".join(e["quote"] for e in excerpts)
    for a, b in (("97 percent", "90 percent"), ("$4.2 billion", "$5 billion")):
        assert a in quotes and b in quotes
    markdown = (result.out_dir / "analyst.md").read_text(encoding="utf-8")
    table = markdown.split("## Where sources differ")[1].split("\n## ")[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and "[^" in line]
    assert len(rows) >= 2
    for row in rows:  # two excerpts, each with its own note, from different sources
        notes = re.findall(r"\[\^(\d+)\]", row)
        assert len(notes) == 2
    by_number = {e["footnote"]: e["source"] for e in excerpts}
    for row in rows:
        first, second = (int(n) for n in re.findall(r"\[\^(\d+)\]", row))
        assert by_number[first] != by_number[second]


def test_positions_table_has_a_noted_row_for_five_states(nile_build) -> None:
    result, _ = nile_build
    markdown = (result.out_dir / "analyst.md").read_text(encoding="utf-8")
    table = markdown.split("## Regional positions")[1].split("\n## ")[0]
    rows = [line.split("|")[1].strip() for line in table.splitlines()[2:] if "[^" in line]
    assert len(STATES & set(rows)) >= 5, rows


def test_memos_state_the_date_range_of_their_sources(nile_build) -> None:
    result, manifest = nile_build
    for memo in manifest["memos"]:
        text = (result.out_dir / memo["files"]["md"]).read_text(encoding="utf-8")
        assert "published July 22, 2020 to December 20, 2023" in text
