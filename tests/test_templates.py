from __future__ import annotations

from pathlib import Path
from typing import Any

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


def _harbour_layout(tmp_path: Path, template: str, words: int, dated: str, **context: Any) -> Any:
    """The layout of a one-audience brief on a one-source harbour corpus (`dated` its date
    line), rendered with `build._context` for `context`'s memo date and placed sources."""
    import datetime as dt

    from briefkit.build import _context, layout_for
    from briefkit.read import read_corpus
    from briefkit.spec import load_brief

    write(tmp_path / "seeds" / "a.txt", f"Harbour\n\n{dated}\n\nThe harbour reopened.\n")
    brief = write(
        tmp_path / "brief.yaml",
        'title: "Harbour"\ntopic: "the harbour"\nseeds: seeds\naudiences:\n'
        f"  - {{id: memo, label: Desk, template: {template}, max_words: {words}}}\n",
    )
    spec = load_brief(brief)
    (audience,) = spec.audiences
    corpus = read_corpus(tmp_path / "seeds")
    date = context.get("date", dt.date(2025, 4, 1))
    return layout_for(
        audience, brief, _context(spec, audience, corpus, date, context.get("placed"))
    )


def test_the_analyst_key_judgments_have_room_for_two_at_1000_words(tmp_path: Path) -> None:
    """Its key judgments promise up to three; at 0.08 of the memo's words they held one
    bullet or none in 22 of 54 analyst memos of the quality bench (4 at 0.13). A 1,000-word
    memo quotes about 850 words; two judgments of 40 words must fit its share."""
    from briefkit.compose import plan_sections

    layout = _harbour_layout(tmp_path, "analyst", 1000, "March 3, 2025")
    excerpts = [s for s in layout.sections if s.kind == "excerpts"]
    budgets = {p.layout.id: p.budget for p in plan_sections(layout, 850, excerpts)}
    assert budgets["summary"] >= 2 * 40


def test_a_newest_source_placed_only_by_its_year_has_no_age_in_months(tmp_path: Path) -> None:
    """The example's undated article tells events of 2024 and no month: its age is its
    year's, not "24 months" counted to a December it never names (a cold reader called
    the figure wrong); a dated newest source keeps its months."""
    import datetime as dt

    today = dt.date(2026, 12, 4)
    placed = _harbour_layout(
        tmp_path, "principal", 450, "March 3, 2023", date=today, placed={"b": "2024"}
    )
    dated = _harbour_layout(tmp_path, "principal", 450, "March 3, 2023", date=today)
    assert "The newest tells events to 2024: the present tense" in " ".join(placed.intro)
    assert "The newest is 45 months old" in " ".join(dated.intro)


def test_the_odds_of_a_sources_other_cases_are_for_every_layout_but_the_one_page_note(
    tmp_path: Path,
) -> None:
    """A quoted case's label lists its source's other cases with their odds: not in the
    one-page note, where those words had cost key points (docs/quality-history.md, the
    sixty-fourth round); in the analyst memo too, whose outlook cold readers had found
    giving one scenario of four (the eighty-sixth round)."""
    shown = {
        name: _harbour_layout(tmp_path, name, 1000, "March 3, 2025").other_cases
        for name in ("principal", "analyst", "security", "standard")
    }
    assert shown == {"principal": False, "analyst": True, "security": True, "standard": True}
