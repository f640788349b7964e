"""Column widths that hold every column's longest word, for the DOCX and PDF tables.

The memo gives each column a share of the text width. A narrow column whose longest
word is wider than its share would break that word ("Confrontatio|nal"), so it grows
to hold the word, and the other columns give up room in proportion to their shares.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefkit.memo import Excerpt, Inline, Table, Text

MAX_WORD_SHARE = 0.45  # a longer "word" (a URL) may break: no column grows past this


def cell_text(inlines: Sequence[Inline]) -> str:
    return " ".join(
        i.quote if isinstance(i, Excerpt) else i.text if isinstance(i, Text) else ""
        for i in inlines
    )


def fit_widths(
    table: Table,
    total: float,
    padding: float,
    measure: Callable[[str, bool], float],
) -> list[float]:
    """Widths (in the unit of `total`) for the table's columns.

    `measure(word, bold)` is a word's printed width; `padding` is a cell's left plus right
    margin. Header words are measured bold.
    """
    shares = [float(s) for s in table.widths]
    least = []
    for column, title in enumerate(table.header):
        words = [(w, True) for w in title.split()]
        words += [(w, False) for row in table.rows for w in cell_text(row[column]).split()]
        widest = max((measure(w, bold) for w, bold in words), default=0.0)
        least.append(min(widest + padding, MAX_WORD_SHARE * total))
    if sum(least) >= total:
        return [total * n / sum(least) for n in least]
    widths = [total * s / sum(shares) for s in shares]
    fixed: set[int] = set()
    while True:
        short = [i for i, w in enumerate(widths) if i not in fixed and w < least[i] - 1e-9]
        if not short:
            return widths
        for i in short:
            widths[i] = least[i]
            fixed.add(i)
        free = total - sum(widths[i] for i in fixed)
        flexible = sum(shares[i] for i in range(len(widths)) if i not in fixed)
        if flexible <= 0:  # every column holds its longest word: share out what is left
            return [w * total / sum(widths) for w in widths]
        for i in range(len(widths)):
            if i not in fixed:
                widths[i] = free * shares[i] / flexible
