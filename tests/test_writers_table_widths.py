from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefkit.memo import Excerpt, NoteRef, Table, Text
from briefkit.writers.table_widths import MAX_WORD_SHARE, fit_widths


def _measure(word: str, bold: bool) -> float:
    return len(word) * (6.0 if bold else 5.0)


def _table(cells: list[str], widths: tuple[float, ...]) -> Table:
    row = tuple((Excerpt(text, "s:p1:s1", "s"), NoteRef(1)) for text in cells)
    return Table(tuple("H" for _ in cells), (row,), widths)


def test_shares_kept_when_every_word_fits() -> None:
    table = _table(["a b", "c d", "e f"], (0.2, 0.6, 0.2))
    assert fit_widths(table, 500, 10, _measure) == [100, 300, 100]


def test_a_narrow_column_grows_to_hold_its_longest_word() -> None:
    table = _table(["Confrontational", "short words only", "x"], (0.1, 0.6, 0.3))
    widths = fit_widths(table, 400, 10, _measure)
    assert widths[0] >= len("Confrontational") * 5 + 10
    assert abs(sum(widths) - 400) < 1e-6
    assert widths[1] / widths[2] == 2  # the others give up room in proportion


def test_header_words_are_measured_bold() -> None:
    table = Table(("Regional",), (((Text("x"),),),), (1.0,))
    narrow = Table(("Regional", "Other"), (((Text("x"),), (Text("y"),)),), (0.05, 0.95))
    assert fit_widths(narrow, 500, 0, _measure)[0] == 8 * 6.0
    assert fit_widths(table, 100, 0, _measure) == [100]


def test_a_url_does_not_take_the_whole_table() -> None:
    table = _table(["https://example.org/" + "x" * 300, "words"], (0.2, 0.8))
    assert fit_widths(table, 400, 10, _measure)[0] == MAX_WORD_SHARE * 400


@given(
    st.lists(st.text(min_size=0, max_size=40), min_size=1, max_size=5),
    st.floats(min_value=50, max_value=2000),
)
def test_widths_fill_the_table(cells: list[str], total: float) -> None:
    shares = tuple(1.0 / len(cells) for _ in cells)
    widths = fit_widths(_table(cells, shares), total, 8, _measure)
    assert len(widths) == len(cells)
    assert all(w > 0 for w in widths)
    assert abs(sum(widths) - total) < 1e-6 * total
