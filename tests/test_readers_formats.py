"""HTML, PDF and DOCX readers, and the broken and hostile files every reader must survive."""

from __future__ import annotations

import io
import re
import resource
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from briefkit.errors import SourceError
from briefkit.read import read_corpus, read_source
from briefkit.readers.docx import read_docx
from briefkit.readers.html import read_html
from briefkit.readers.pdf import read_pdf
from tests.conftest import assert_quotes_verbatim, write
from tests.hostile import (
    docx_bytes,
    docx_zip_bomb,
    encrypted_pdf,
    hostile_corpus,
    image_only_pdf,
    text_pdf,
)

PAGE = b"""<html><head><title>Harbour Plans Advance | Coast News</title>
<meta name="author" content="Ann Writer">
<meta property="article:published_time" content="2023-05-02T10:00:00Z">
<meta property="og:site_name" content="Coast News">
<link rel="canonical" href="https://coast.example/2023/05/harbour">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="cookie-banner">We use cookies. Accept all cookies to continue.</div>
<article><h1>Harbour Plans Advance</h1>
<p>The port authority said the new harbour will open next year because trade has grown strongly.</p>
<p style="display:none">Hidden promotional text that no reader sees on the page.</p>
<p>Officials expect shipping to double within a decade, according to the ministry of transport.</p>
<p>Neighbouring states have criticised the project, which they see as a threat to their fishing.</p>
</article><footer>Copyright 2023 Coast News. All rights reserved.</footer>
<script>trackVisitor();</script></body></html>"""


def test_html_main_text_and_metadata() -> None:
    result = read_html(PAGE)
    body = " ".join(b.content.text for b in result.blocks)
    assert "port authority said" in body and "shipping to double" in body
    for debris in ("cookies", "Hidden promotional", "trackVisitor", "All rights reserved", "Home"):
        assert debris not in body
    meta = result.meta
    assert meta.title == "Harbour Plans Advance"
    assert meta.authors == ("Ann Writer",)
    assert meta.date == "2023-05-02"
    assert meta.publisher == "Coast News"
    assert meta.url == "https://coast.example/2023/05/harbour"
    assert_quotes_verbatim(result)


QUESTION_HEADINGS = b"""<html><head><title>Explainer</title></head><body><article>
<h1>Explainer: why the port closed</h1>
<p>The harbour closed to shipping on Monday, the port authority said in a statement.</p>
<h2>Why did the authority act now?</h2>
<p>Silt. Dredging fell behind schedule in the spring, and two ships ran aground in May.</p>
<h2>What happens next?</h2>
<h2>The port authority says the dredgers will return in June and the channel should reopen to ships soon after.</h2>
<p>Engineers expect the channel to reopen within six weeks of the dredgers' return.</p>
</article></body></html>"""


def test_a_pages_question_headings_stay_headings() -> None:
    """An <h2> that ends with a question mark is still a heading, over the answers under
    it: without its markup it had been read as a paragraph and the answers headed by
    nothing."""
    blocks = [(b.kind, b.content.text) for b in read_html(QUESTION_HEADINGS).blocks]
    assert ("heading", "Why did the authority act now?") in blocks
    assert ("heading", "What happens next?") in blocks
    assert ("paragraph", "What happens next?") not in blocks
    # an <h2> of twenty words is a pull quote, body text set large
    assert any(
        kind == "paragraph" and text.startswith("The port authority says") for kind, text in blocks
    )


def test_a_word_heading_style_marks_a_question_heading() -> None:
    document = docx.Document()
    document.add_paragraph("The harbour closed to shipping on Monday, the authority said.")
    document.add_heading("Why did the authority act now?", level=2)
    document.add_paragraph("Dredging fell behind schedule, and two ships ran aground in May.")
    document.add_paragraph("Is this a question asked in the text itself?")
    out = io.BytesIO()
    document.save(out)
    blocks = [(b.kind, b.content.text) for b in read_docx(out.getvalue()).blocks]
    assert ("heading", "Why did the authority act now?") in blocks
    assert ("paragraph", "Is this a question asked in the text itself?") in blocks


def test_a_byline_gives_the_day_a_month_folder_leaves_out() -> None:
    """An article bylined "15 January 2025" had been dated January 1 from its image's
    folder ("/media/2025/01/"): the page's own date line gives the day of that month."""
    page = (
        b"<html><head><title>Harbour Plans Advance</title></head><body><article>"
        b"<h1>Harbour Plans Advance</h1>"
        b'<div class="author-line">Ann Writer, Portsmouth, and Bo Smith, Leeds &middot; '
        b"15 January 2025</div>"
        b'<figure><img src="/media/2025/01/quay.jpg" alt="Quay"><figcaption>The quay in '
        b"2024.</figcaption></figure>"
        + b"<p>The port authority said on Monday that trade through the harbour grew again in "
        b"the last quarter of the year, and it expects shipping to double by 2030.</p>"
        * 3
        + b"</article></body></html>"
    )
    assert read_html(page).meta.date == "2025-01-15"


def test_an_author_box_gives_the_authors_name_alone() -> None:
    """trafilatura reads a page's author box as its author: "Ricardo Olmedo covers business
    and energy…" had given two authors, "Ricardo Olmedo covers business" and "Energy"."""
    page = PAGE.replace(b'<meta name="author" content="Ann Writer">', b"").replace(
        b"</article>",
        b'</article><div class="author">Ann Writer covers business and energy in the south '
        b"for Coast News.</div>",
    )
    assert read_html(page).meta.authors == ("Ann Writer",)


def test_an_organisations_author_line_stays_one_author() -> None:
    """ "U.S. Environmental Protection Agency, Office of Public Affairs" had been cited as
    "U S Environmental Protection Agency and Office" (a cold read): an organisation's name,
    commas and dots kept, is one author; a person's byline is still read as before."""
    body = b'<meta name="author" content="U.S. Harbour Agency, Office of Public Affairs">'
    page = PAGE.replace(b'<meta name="author" content="Ann Writer">', body)
    assert read_html(page).meta.authors == ("U.S. Harbour Agency, Office of Public Affairs",)
    assert read_html(PAGE).meta.authors == ("Ann Writer",)


def test_pdf_text_and_properties() -> None:
    result = read_pdf(text_pdf())
    assert "harbour will open next year" in result.text
    assert result.meta.title == "A Report on Harbours"  # reportlab's "untitled" is ignored
    assert_quotes_verbatim(result)


def test_docx_paragraphs_and_properties() -> None:
    result = read_docx(
        docx_bytes(
            [
                "First paragraph of the report, with enough words to quote.",
                "Second paragraph says the minister will visit soon.",
            ]
        )
    )
    assert result.meta.title == "A Word Report"
    assert result.meta.authors == ("Bo Author",)
    assert result.meta.date is None  # python-docx's 2013 template stamp is not a date
    assert "Second paragraph says" in result.text


@pytest.mark.parametrize(
    ("reader", "data", "message"),
    [
        (read_pdf, encrypted_pdf(), "encrypted"),
        (read_pdf, image_only_pdf(), "no extractable text (scanned?)"),
        (read_pdf, b"not a pdf at all", "not a PDF"),
        (read_docx, text_pdf(), "not a Word document (a PDF)"),
        (read_docx, docx_zip_bomb(300), "zip bomb"),
        (read_html, b"   ", "empty"),
    ],
)
def test_bad_files_are_refused_with_a_reason(reader, data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=re.escape(message)):
        reader(data)


def test_pdf_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFKIT_PDF_SECONDS", "0")
    with pytest.raises(SourceError, match="longer than 0 s"):
        read_pdf(text_pdf())


def test_same_stem_in_two_formats_gets_two_ids(tmp_path: Path) -> None:
    write(tmp_path / "report.pdf", text_pdf())
    write(
        tmp_path / "report.docx",
        docx_bytes(["A paragraph long enough to be quoted in a memo here."]),
    )
    ids = sorted(d.id for d in read_corpus(tmp_path).documents)
    assert ids == ["report.docx", "report.pdf"]


def test_sidecar_wins_over_everything(tmp_path: Path) -> None:
    write(tmp_path / "page.html", PAGE)
    write(tmp_path / "page.html.meta.yaml", "title: Sidecar Title\ndate: 2020\nfoo: 1\n")
    document = read_source(tmp_path / "page.html", tmp_path)
    assert document.meta.title == "Sidecar Title"
    assert document.meta.date == "2020"
    assert document.meta.publisher == "Coast News"
    assert any("unknown key 'foo'" in w for w in document.warnings)


def test_hostile_corpus_builds_from_the_good_files(tmp_path: Path) -> None:
    bad = hostile_corpus(tmp_path / "seeds")
    write(tmp_path / "long.txt", "")  # placeholder outside seeds, ignored
    (tmp_path / "seeds" / "longline.txt").write_text(
        "A Long Line\n\n" + ("word and more words " * 250_000) + ".\n", encoding="utf-8"
    )
    brief = write(
        tmp_path / "brief.yaml",
        "title: Harbours\ntopic: the new harbour and shipping\nseeds: seeds\n"
        "audiences: [{id: desk, label: Desk, template: standard, max_words: 400}]\n",
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    completed = subprocess.run(
        [sys.executable, "-m", "briefkit", "build", str(brief), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    peak_kb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    lines = completed.stderr.strip().splitlines()
    for name, reason in bad.items():
        named = [line for line in lines if name in line]
        assert len(named) == 1, (name, lines)
        assert reason.lower() in named[0].lower()
    assert peak_kb < 1024 * 1024, f"peak memory {peak_kb} KB"
    assert (tmp_path / "out" / "brief" / "desk.pdf").exists()


def test_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFKIT_MAX_FILE_MB", "1")
    write(tmp_path / "big.txt", "Title\n\n" + "A sentence of text. " * 60_000)
    corpus = read_corpus(tmp_path)
    assert not corpus.documents
    assert "larger than 1 MB" in corpus.skipped[0]


def test_a_scrap_of_the_headline_is_not_the_site_name() -> None:
    from briefkit.readers.html import site_name

    title = "The world looked away from El Geneina once. It is doing so again."
    page = f"Opinion | {title} - The Continental Review"
    assert site_name("· · · Opinion | " + title, title, page) == "The Continental Review"
    assert site_name(None, title, page) == "The Continental Review"
    # a host name the extractor found gives way to the page title's name, else stays
    assert site_name("continental.example.org", title, page) == "The Continental Review"
    assert site_name("continental.example.org", title, title) == "continental.example.org"
    assert site_name("Harbour Courier", title, page) == "Harbour Courier"
    assert site_name(None, "Plain headline", "Plain headline") is None


def test_pdf_worker_limits_where_the_os_has_them(monkeypatch) -> None:
    from briefkit.readers import pdf

    assert callable(pdf._before_worker(1 << 30, 30))  # Linux: memory and CPU limits
    monkeypatch.setattr(pdf, "resource", None)  # Windows: the timeout alone
    assert pdf._before_worker(1 << 30, 30) is None
    pdf._limit(1 << 30, 30)  # and a limit call is harmless there


def test_a_refused_limit_does_not_stop_the_pdf_worker(monkeypatch) -> None:
    """macOS rejects RLIMIT_AS: the worker must still start (bounded by its timeout)."""
    from briefkit.readers import pdf

    class Refusing:
        RLIMIT_AS, RLIMIT_CPU = 9, 0

        @staticmethod
        def setrlimit(_limit: int, _value: tuple[int, int]) -> None:
            raise ValueError("current limit exceeds maximum limit")

    monkeypatch.setattr(pdf, "resource", Refusing)
    pdf._limit(1 << 30, 30)


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_an_aes_pdf_readable_without_a_password_is_read(algorithm: str) -> None:
    import io

    from pypdf import PdfWriter

    from tests.hostile import text_pdf

    writer = PdfWriter(clone_from=io.BytesIO(text_pdf()))
    writer.encrypt(user_password="", owner_password="owner", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    result = read_pdf(buffer.getvalue())
    assert "new harbour will open" in result.text


def test_a_pages_section_is_read_from_its_meta_its_kicker_or_its_title() -> None:
    """An op-ed's HTML says so where its text does not: the extracted article had lost
    "OPINION | GUEST ESSAY" above the headline (`opinion.opinion_piece`)."""
    declared = PAGE.replace(b"<head>", b'<head><meta property="article:section" content="Opinion">')
    assert read_html(declared).meta.section == "Opinion"
    kicker = PAGE.replace(b"<h1>", b'<p class="section-label">OPINION | GUEST ESSAY</p><h1>')
    assert read_html(kicker).meta.section == "OPINION | GUEST ESSAY"
    titled = PAGE.replace(b"<title>Harbour", b"<title>Opinion | Harbour")
    assert read_html(titled).meta.section == "Opinion"
    assert read_html(PAGE).meta.section is None  # "Harbour Plans Advance | Coast News"
