from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.analysis import semantic
from briefkit.build import build
from briefkit.cli import main
from tests.conftest import SCENARIOS, write


def _semantic_brief(tmp_path: Path) -> Path:
    brief = (SCENARIOS / "lithium" / "brief.yaml").read_text(encoding="utf-8")
    brief = brief.replace("seeds: seeds", f"seeds: {SCENARIOS / 'lithium' / 'seeds'}")
    return write(tmp_path / "brief.yaml", "similarity: semantic\n" + brief)


def test_a_missing_extra_is_an_input_error_naming_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(semantic, "available", lambda: False)
    code = main(["build", str(_semantic_brief(tmp_path)), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert "similarity" in err and "briefkit[semantic]" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.md"))


def test_an_unknown_similarity_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = _semantic_brief(tmp_path)
    brief.write_text(brief.read_text().replace("semantic", "magic", 1), encoding="utf-8")
    assert main(["build", str(brief), "--out", str(tmp_path / "out")]) == 2
    assert "similarity" in capsys.readouterr().err


def test_scores_rank_by_meaning_with_any_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    np = pytest.importorskip("numpy")

    class Encoder:  # words -> axes: texts sharing a word point the same way
        def encode(self, texts: list[str], **_: object):
            axes = {"water": 0, "river": 0, "mine": 1, "salt": 2}
            rows = np.zeros((len(texts), 3))
            for i, text in enumerate(texts):
                for word in text.lower().split():
                    if word in axes:
                        rows[i, axes[word]] += 1
            return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)

    monkeypatch.setattr(semantic, "_model", lambda: Encoder())
    texts = ["the river is low", "water is scarce", "a new mine opened", "salt flats"]
    relevance, neighbours = semantic.scores(texts, "water")
    assert relevance[0] == pytest.approx(1.0) and relevance[1] == pytest.approx(1.0)
    assert relevance[2] == 0.0
    assert neighbours[0] == {1: pytest.approx(1.0)}  # itself left out, unrelated dropped


@pytest.mark.skipif(not semantic.available(), reason="the semantic extra is not installed")
def test_semantic_build_keeps_every_excerpt_verbatim(tmp_path: Path) -> None:
    result = build(_semantic_brief(tmp_path), out=tmp_path / "out", formats=["md"])
    assert main(["verify", str(result.out_dir)]) == 0
