"""Specificity: a passage that states a figure or a date stands higher; a short one that
names nothing stands lower."""

from __future__ import annotations

from briefkit.analysis.specificity import FIGURE_BONUS, VAGUE_SHORT, specificity


def test_a_figure_or_a_date_raises_a_passage() -> None:
    assert specificity("The OECD put the gain at $155 billion a year.", True) == 1 + FIGURE_BONUS
    assert specificity("Talks resumed in March 2025 after a pause.", False) == 1 + FIGURE_BONUS


def test_a_short_passage_naming_nothing_is_vague() -> None:
    assert specificity("Where the money lands is a separate question.", False) == VAGUE_SHORT
    assert specificity("The more worrying trend is on the spending side.", False) == VAGUE_SHORT


def test_a_name_or_length_keeps_a_passage_as_it_is() -> None:
    assert specificity("Bermuda has not simply raised the money and walked away.", True) == 1.0
    long_plain = (
        "Governments in the region fear repeating the history of earlier commodity booms, "
        "when raw materials left the continent and the profits stayed abroad."
    )
    assert specificity(long_plain, False) == 1.0


def test_the_bottom_line_is_not_weighed_by_it(tmp_path, without_importance: None) -> None:  # type: ignore[no-untyped-def]
    """A bottom line's judgement seldom carries a figure: its candidates' standing is the
    same with or without one."""
    from briefkit.analysis.proposals import propose
    from briefkit.read import read_corpus
    from tests.conftest import write

    text = (
        "Harbour Review\n\nMarch 3, 2025\n\n"
        "The port authority will likely raise its dues again next year, officials expect.\n\n"
        "The port authority will likely raise its dues again in 2026, officials expect.\n"
    )
    write(tmp_path / "a.txt", text)
    proposals = propose(read_corpus(tmp_path), "port authority dues")
    summary = {c.sentence.text: c.standing for c in proposals.sections["summary"]}
    outlook = {c.sentence.text: c.standing for c in proposals.sections["outlook"]}
    plain, dated = sorted(outlook, key=lambda t: "2026" in t)
    assert outlook[dated] > outlook[plain]
    if plain in summary and dated in summary:
        assert summary[dated] == summary[plain]
