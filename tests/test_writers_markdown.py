"""The Markdown writer: tables with pipes only between cells, read back as tables."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.memo import Excerpt, Memo, NoteRef, Properties, Section, Table, Text
from briefkit.writers.markdown import write_markdown


def _pandoc() -> str | None:
    try:
        import pypandoc

        return pypandoc.get_pandoc_path()
    except (ImportError, OSError):
        return shutil.which("pandoc")


def _memo(first_cells: list[str], columns: int = 2) -> Memo:
    rows = tuple(
        (
            (Text(first),),
            *((Excerpt(f"Quote {i} of a row.", f"s:{i}", "s"), NoteRef(i + 1)),) * (columns - 1),
        )
        for i, first in enumerate(first_cells)
    )
    table = Table(("Date", "Event", "Source")[:columns], rows, (1 / columns,) * columns)
    return Memo(
        audience="test",
        title="T",
        header=(),
        marking=None,
        intro=(),
        sections=(Section("chronology", "Chronology", (table,)),),
        sources_title=None,
        sources=(),
        notes=(),
        properties=Properties(title="T", subject="S", author="A", date="2024-01-01"),
    )


def test_table_rows_have_pipes_only_between_cells() -> None:
    text = write_markdown(_memo(["2023", "March 2024"])).decode()
    assert "Date | Event\n--- | ---\n2023 | Quote 0 of a row.[^1]\n" in text
    assert not any(line.startswith("|") or line.endswith("|") for line in text.splitlines())


def test_an_empty_first_cell_keeps_the_outer_pipes() -> None:
    text = write_markdown(_memo(["", "2024"])).decode()
    assert "| Date | Event |\n| --- | --- |\n" in text
    assert "|  | Quote 0 of a row.[^1] |" in text


def _pandoc_cells(markdown: str) -> list[list[str]]:
    pandoc = _pandoc()
    assert pandoc is not None
    ast = json.loads(
        subprocess.run(
            [pandoc, "-f", "markdown", "-t", "json"],
            input=markdown.encode(),
            capture_output=True,
            check=True,
        ).stdout
    )
    tables = [b for b in ast["blocks"] if b["t"] == "Table"]
    assert len(tables) == 1
    body = tables[0]["c"][4][0][3]  # the first table body's rows
    return [[json.dumps(cell[4]) for cell in row[1]] for row in body]


@pytest.mark.skipif(_pandoc() is None, reason="no pandoc (pypandoc-binary or system pandoc)")
@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from("ab 1.-#>*|+=:"), min_size=0, max_size=8),
        min_size=1,
        max_size=3,
    ),
    st.integers(min_value=2, max_value=3),
)
def test_pandoc_reads_every_row_and_cell_back(first_cells: list[str], columns: int) -> None:
    rows = _pandoc_cells(write_markdown(_memo(first_cells, columns)).decode())
    assert len(rows) == len(first_cells)
    assert all(len(row) == columns for row in rows)


@pytest.mark.skipif(_pandoc() is None, reason="no pandoc (pypandoc-binary or system pandoc)")
@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.sampled_from("aT&;#1 x"), min_size=1, max_size=12))
def test_an_ampersand_reads_back_as_written(text: str) -> None:
    """ "&" is escaped only where it would start a character reference ("&amp;"), so the
    raw file reads "Lindt & Sprungli", and pandoc gives back the source's text either way."""
    from briefkit.writers.markdown import escape

    pandoc = _pandoc()
    assert pandoc is not None
    written = escape(f"x{text}x")
    plain = subprocess.run(
        [pandoc, "-f", "markdown", "-t", "plain"], input=written.encode(), capture_output=True
    ).stdout.decode()
    assert " ".join(plain.split()) == " ".join(f"x{text}x".split())
    assert "\\& " not in written
