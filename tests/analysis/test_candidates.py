"""Proposals: each passage's best candidacy is found once and handed out as a copy."""

from __future__ import annotations

import dataclasses

from briefkit.analysis.candidates import Candidate, Proposals
from briefkit.corpus import Sentence


def _candidate(sid: str, score: float) -> Candidate:
    sentence = Sentence(sid, "a", "Text of it.", "Text of it.", 1, 1, 0.0)
    return Candidate(sentence, score, 0.5, 0.5, 0.5)


def test_best_by_sentence_is_found_once_and_copied() -> None:
    proposals = Proposals(
        sections={"background": (_candidate("a:1", 0.2),), "outlook": (_candidate("a:1", 0.9),)},
        years=None,
    )
    first = proposals.best_by_sentence()
    assert first["a:1"].score == 0.9
    first.clear()  # a caller's changes stay its own
    assert proposals.best_by_sentence()["a:1"].score == 0.9
    assert "_best_by_sentence" in vars(proposals)
    changed = dataclasses.replace(proposals, sections={"outlook": (_candidate("a:1", 0.1),)})
    assert changed.best_by_sentence()["a:1"].score == 0.1  # a new Proposals finds its own
