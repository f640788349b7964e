from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefkit.writers import WriteOptions
from briefkit.writers.pdf import write_pdf
from tests.memo_factory import memo_with

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in out.split("\f")]


def _unnumbered(text: str) -> str:
    return " ".join(word for word in text.split() if not word.isdigit())


@needs_poppler
def test_fonts_embedded_and_file_valid(example_build) -> None:
    result, manifest = example_build
    for memo in manifest["memos"]:
        pdf = result.out_dir / memo["files"]["pdf"]
        fonts = subprocess.run(
            ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        rows = fonts.strip().splitlines()[2:]
        assert rows, "no fonts"
        assert all(row.split()[-5] == "yes" for row in rows), fonts  # the 'emb' column
        assert "Helvetica" not in fonts
        if shutil.which("qpdf"):
            subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)


@needs_poppler
def test_every_quote_printed_and_noted_on_its_page(example_build) -> None:
    result, manifest = example_build
    for memo in manifest["memos"]:
        pages = _pages(result.out_dir / memo["files"]["pdf"])
        text = " ".join(pages)
        assert "■" not in text and "\ufffd" not in text
        for section in memo["sections"]:
            for excerpt in section["excerpts"]:
                words = excerpt["quote"].split()
                flat = _unnumbered(text.replace("- ", "-"))  # raised note numbers left out
                # whole, or in two runs where a page break (and the first page's notes)
                # fall inside it, wherever: two words in ("Russian recognition | of the
                # Taliban…"), one ("…abroad. Assuming | that the…"), or three from its end
                # ("…defender of the rights of | Tajiks in Afghanistan.")
                assert _unnumbered(" ".join(words)) in flat or any(
                    _unnumbered(" ".join(words[:k])) in flat
                    and _unnumbered(" ".join(words[k:])) in flat
                    for k in range(1, len(words))
                ), excerpt["quote"]
                # The note sits on the page where the excerpt ends; an excerpt split across
                # pages ends with fewer of its words on the later page.
                # pdftotext may print a raised note number ahead of a last line that holds a
                # single word, so bare numbers are left out on both sides.
                for size in (6, 3, 2, 1):  # "…face" at a page's foot, "death." atop the next
                    tail = _unnumbered(" ".join(words[-size:]).rstrip("…"))
                    found = [i for i, p in enumerate(pages) if tail in _unnumbered(p)]
                    if found:
                        break
                assert found, tail
                note_start = f"{excerpt['footnote']} "
                assert any(note_start in pages[i] for i in found), (memo["audience"], excerpt)


def test_outline_and_document_info(example_build) -> None:
    result, manifest = example_build
    memo = manifest["memos"][0]
    reader = PdfReader(result.out_dir / memo["files"]["pdf"])
    assert reader.metadata.title == manifest["title"]
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert [s["title"] for s in memo["sections"]] == titles[: len(memo["sections"])]
    first = reader.pages[0].extract_text()
    assert f"Page 1 of {len(reader.pages)}" in first


def test_same_epoch_same_bytes() -> None:
    memo = memo_with(["An excerpt."])
    a = write_pdf(memo, WriteOptions(epoch=1))
    b = write_pdf(memo, WriteOptions(epoch=1))
    assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest()


@needs_poppler
def test_hostile_markup_prints_literally(tmp_path: Path) -> None:
    hostile = [
        'AT&T x<y <font size=40>big</font> <img src="/etc/passwd"/> <b>unbalanced',
        "Тоҷикистон ӣ ғ қ ҳ ҷ ӯ",
    ]
    options = WriteOptions(epoch=0)
    pdf = tmp_path / "m.pdf"
    pdf.write_bytes(write_pdf(memo_with(hostile), options))
    text = " ".join(_pages(pdf))
    assert 'AT&T x<y <font size=40>big</font> <img src="/etc/passwd"/> <b>unbalanced' in text
    assert "Тоҷикистон ӣ ғ қ ҳ ҷ ӯ" in text


def test_missing_glyphs_are_reported() -> None:
    options = WriteOptions(epoch=0)
    write_pdf(memo_with(["emoji 🦜 and CJK 漢字 here"]), options)
    assert any("font can draw" in w and "U+1F99C" in w for w in options.warnings)


@needs_poppler
def test_notes_of_a_long_memo_stay_on_their_pages(tmp_path: Path) -> None:
    texts = [
        f"Excerpt number {i} " + "with a fair amount of words in it " * (3 + i % 9) + "ends."
        for i in range(1, 60)
    ]
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(write_pdf(memo_with(texts), WriteOptions(epoch=0)))
    pages = _pages(pdf)
    assert len(pages) > 3
    for i in range(1, 60):
        page = next(n for n, p in enumerate(pages) if f"Excerpt number {i} " in p)
        ends = [n for n, p in enumerate(pages) if f"Source {i},”" in p]
        assert ends and ends[0] in (page, page + 1)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=1, max_size=120), min_size=1, max_size=3))
def test_any_text_gives_a_pdf(texts: list[str]) -> None:
    data = write_pdf(memo_with(texts), WriteOptions(epoch=0))
    assert data.startswith(b"%PDF") and len(PdfReader(__import__("io").BytesIO(data)).pages) >= 1


def _memo_with_long_table(rows: int):
    """Half a page of text, then a section that is one long table citing a note per row."""
    import dataclasses

    from briefkit.memo import Excerpt, Footnote, NoteRef, Section, Table, Text

    memo = memo_with([f"Opening passage {i} " + "of some length " * 12 for i in range(1, 6)])
    lead = memo.sections[0]
    first = len(memo.notes) + 1
    table = Table(
        ("Actor", "Position", "Source"),
        tuple(
            (
                (Text(f"Actor{i}"),),
                (
                    Excerpt(f"Row{i} position " + "stated at some length " * (1 + i % 4), "", "s"),
                    NoteRef(first + i),
                ),
                (Text("Confrontational"),),
            )
            for i in range(rows)
        ),
        (0.2, 0.7, 0.1),
    )
    notes = [Footnote(first + i, "s", f"Note for row{i}.", None) for i in range(rows)]
    return dataclasses.replace(
        memo,
        sections=(lead, Section("drivers", "Drivers", (table,))),
        notes=(*memo.notes, *notes),
    )


@needs_poppler
def test_long_table_flows_across_pages_with_its_header(tmp_path: Path) -> None:
    """A table starts under its heading and splits between rows, the header row repeated,
    each row's note on its page; it does not leave the page before it half empty."""
    pdf = tmp_path / "table.pdf"
    pdf.write_bytes(write_pdf(_memo_with_long_table(40), WriteOptions(epoch=0)))
    pages = _pages(pdf)
    assert "Drivers" in pages[0] and "Row0 position" in pages[0]  # not pushed to page 2
    with_rows = [n for n, page in enumerate(pages) if "position stated" in page]
    assert len(with_rows) > 2
    for n in with_rows:
        assert "Actor Position Source" in pages[n]
    for i in range(40):
        row_page = next(n for n, page in enumerate(pages) if f"Row{i} position" in page)
        assert f"Note for row{i}." in pages[row_page]
    assert "Confrontational" in " ".join(pages) and "Confrontatio nal" not in " ".join(pages)


def test_paper_size_from_the_brief() -> None:
    import dataclasses
    import io

    for paper, width in (("A4", 595.3), ("Letter", 612.0)):
        memo = dataclasses.replace(memo_with(["An excerpt."]), paper=paper)
        page = PdfReader(io.BytesIO(write_pdf(memo, WriteOptions(epoch=0)))).pages[0]
        assert abs(float(page.mediabox.width) - width) < 0.5


def test_a_compact_memo_fits_more_on_a_page() -> None:
    """One-page notes close up paragraphs and headings: the same text takes fewer pages."""
    import dataclasses
    import io

    from pypdf import PdfReader

    from briefkit.writers import WriteOptions
    from briefkit.writers.pdf import write_pdf
    from tests.memo_factory import memo_with

    texts = [f"Passage number {i} says one short thing about the matter." for i in range(120)]
    loose = memo_with(texts)
    tight = dataclasses.replace(loose, compact=True)

    def pages(memo) -> int:
        return len(PdfReader(io.BytesIO(write_pdf(memo, WriteOptions()))).pages)

    assert pages(tight) < pages(loose)


@pytest.mark.parametrize("lang", ["en", "ar", "fr-CA"])
def test_the_pdf_says_its_language(lang: str) -> None:
    import io

    pdf = write_pdf(memo_with(["Plain text."]), WriteOptions(epoch=0, lang=lang))
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == lang


def test_arabic_and_cjk_are_drawn_with_a_fallback_or_the_loss_is_named() -> None:
    import io

    from briefkit.writers.fonts import fallback_for

    arabic = "قال الوزير إن الميناء سيفتح"
    chinese = "港口明年开放"
    linear_b = "\U00010000\U00010001"  # no installed font draws Linear B
    options = WriteOptions(epoch=0)
    pdf = write_pdf(memo_with([arabic, chinese, "Plain " + linear_b]), options)
    fonts = {
        str(font.get("/BaseFont", ""))
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    for text in (arabic, chinese):
        lost = [w for w in options.warnings if text[:6] in w and "loses" in w]
        if fallback_for(text[0]) is not None:
            assert not lost, options.warnings
            assert any("Fallback" in name or "DejaVuSans" in name for name in fonts), fonts
        else:
            assert lost and "the excerpt from s" in lost[0]
    assert any(
        "test.pdf: the excerpt from s loses 2 character(s)" in w and "U+10000" in w
        for w in options.warnings
    ), options.warnings


def test_a_fallback_never_enters_a_link() -> None:
    memo = memo_with(["Plain text."], url="https://example.org/港口")
    write_pdf(memo, WriteOptions(epoch=0))  # a <font> tag inside href would not parse


def test_right_to_left_text_in_the_pdf_is_named() -> None:
    options = WriteOptions(epoch=0)
    write_pdf(memo_with(["قال الوزير إن الميناء سيفتح"]), options)
    assert any("the excerpt from s is right-to-left" in w for w in options.warnings)


@needs_poppler
def test_a_compact_memo_runs_its_notes_in_and_keeps_them_on_their_pages(tmp_path: Path) -> None:
    """A one-page note sets its notes one after another: short notes share a line, and a
    long compact memo still carries every note on the page of its excerpt."""
    import dataclasses

    texts = [
        f"Compact excerpt {i} " + "with some words " * (2 + i % 7) + "ends." for i in range(40)
    ]
    memo = dataclasses.replace(memo_with(texts, url=None), compact=True)
    pdf = tmp_path / "compact.pdf"
    pdf.write_bytes(write_pdf(memo, WriteOptions(epoch=0)))
    pages = _pages(pdf)
    lines = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert any("Source 1,”" in line and "Source 2,”" in line for line in lines)
    for i in range(40):
        page = next(n for n, p in enumerate(pages) if f"Compact excerpt {i} " in p)
        ends = [n for n, p in enumerate(pages) if f"Source {i + 1},”" in p]
        assert ends and ends[0] in (page, page + 1)
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(write_pdf(memo_with(texts, url=None), WriteOptions(epoch=0)))
    assert len(_pages(pdf)) <= len(_pages(plain))


@needs_poppler
def test_the_example_minister_note_is_one_page(example_build) -> None:
    result, manifest = example_build
    memo = next(m for m in manifest["memos"] if m["audience"] == "principal")
    assert len(PdfReader(result.out_dir / memo["files"]["pdf"]).pages) == 1


def test_reportlab_runs_its_c_accelerator() -> None:
    """Without rl_accel reportlab measures every word in Python: a quarter of PDF time."""
    from reportlab.lib import rl_accel

    assert not rl_accel._py_funcs, sorted(rl_accel._py_funcs)


def test_the_page_count_is_the_pdfs(tmp_path: Path) -> None:
    """The page check counts pages as reportlab writes them: the same as a PDF reader."""
    import io

    from briefkit.writers.pdf import write_pdf_counted

    options = WriteOptions(epoch=1700000000, warnings=[])
    for texts in (["One excerpt."], ["A long excerpt that runs on. " * 40] * 12):
        memo = memo_with(texts)
        data, pages = write_pdf_counted(memo, options)
        assert data == write_pdf(memo, options)
        assert pages == len(PdfReader(io.BytesIO(data)).pages)
    assert pages > 1


def test_run_in_notes_are_set_once_per_list_of_notes() -> None:
    """Each flowable placed asks for the height of the page's notes so far: a list of
    notes already set is not set again (a third of the one-page memo's renders)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from briefkit.writers.pdf import _NoteState

    made: list[tuple[int, ...]] = []

    def run_in(numbers: list[int]) -> Paragraph:
        made.append(tuple(numbers))
        return Paragraph(" ".join(f"{n} A note." for n in numbers), ParagraphStyle("n"))

    notes = _NoteState({}, 300.0, run_in)
    first = notes.run_in_height([1, 2])
    assert notes.run_in_height([1, 2]) == first
    assert notes.run_in_height([1, 2, 3]) >= first
    assert made == [(1, 2), (1, 2, 3)]


def test_a_long_title_in_the_running_header_is_cut_at_a_word(tmp_path: Path) -> None:
    """The running header had cut a long title mid-word ("…Investment Regimes and a P")."""
    from briefkit.writers.pdf import fitted

    title = (
        "The Race for Lithium in South America's Lithium Triangle, 2023–2025: State Control, "
        "Investment Regimes and a Price Bust in the Salt Flats of the Andes"
    )
    texts = [f"Excerpt number {i} " + "with a fair amount of words in it " * 6 for i in range(40)]
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(write_pdf(memo_with(texts, title=title), WriteOptions(epoch=0)))
    page = _pages(pdf)[1]
    shown = page[: page.index(" …")].removeprefix("INTERNAL · ")  # the header, cut
    assert title.startswith(shown) and len(shown) < len(title)
    assert title[len(shown)] == " "  # a whole word before the cut
    assert fitted("a short title", 100.0, len) == "a short title"
    assert fitted("one two three four", 12.0, len) == "one two …"
