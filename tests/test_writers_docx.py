from __future__ import annotations

import dataclasses
import hashlib
import io
import zipfile

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from briefkit.memo import BulletList, Excerpt, Footnote, Memo, NoteRef, Section
from briefkit.writers import WriteOptions
from briefkit.writers.docx import write_docx
from tests.memo_factory import memo_with

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _part(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(name))


def _check_footnotes(data: bytes, expected: int) -> list[str]:
    """Structure Word needs; returns the text of each real note."""
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "word/footnotes.xml" in names
    content_types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").decode()
    assert "wordprocessingml.footnotes+xml" in content_types
    rels = zipfile.ZipFile(io.BytesIO(data)).read("word/_rels/document.xml.rels").decode()
    assert "relationships/footnotes" in rels
    notes = _part(data, "word/footnotes.xml")
    separators = notes.xpath("w:footnote[@w:type]", namespaces=NS)
    assert sorted(n.get(f"{{{W}}}id") for n in separators) == ["-1", "0"]
    assert not notes.xpath("w:footnote[@w:type]//w:footnoteRef", namespaces=NS)
    real = notes.xpath("w:footnote[not(@w:type)]", namespaces=NS)
    assert [int(n.get(f"{{{W}}}id")) for n in real] == list(range(1, expected + 1))
    for note in real:
        first_run = note.xpath("w:p/w:r", namespaces=NS)[0]
        assert first_run.xpath("w:footnoteRef", namespaces=NS)
    body = _part(data, "word/document.xml")
    refs = [int(r.get(f"{{{W}}}id")) for r in body.xpath("//w:footnoteReference", namespaces=NS)]
    assert refs == list(range(1, expected + 1))
    settings_xml = _part(data, "word/settings.xml")
    assert settings_xml.xpath("w:footnotePr/w:footnote", namespaces=NS)
    styles = _part(data, "word/styles.xml")
    style_names = set(styles.xpath("//w:style/w:name/@w:val", namespaces=NS))
    assert {"Footnote Text", "Footnote Reference"} <= style_names
    return ["".join(n.xpath(".//w:t/text()", namespaces=NS)) for n in real]


def test_native_footnotes_structure() -> None:
    data = write_docx(
        memo_with(["First excerpt.", "Second excerpt."]), WriteOptions(epoch=1_700_000_000)
    )
    texts = _check_footnotes(data, 4)
    assert "Source 1" in texts[0] and "https://example.org/a?b=1&c=2" in texts[0]
    rels = zipfile.ZipFile(io.BytesIO(data)).read("word/_rels/footnotes.xml.rels").decode()
    assert "example.org" in rels and 'TargetMode="External"' in rels


def test_example_docx_matches_manifest(example_build) -> None:
    result, manifest = example_build
    sources = {s["id"]: s for s in manifest["sources"]}
    for memo in manifest["memos"]:
        excerpts = [e for s in memo["sections"] for e in s["excerpts"]]
        data = (result.out_dir / memo["files"]["docx"]).read_bytes()
        texts = _check_footnotes(data, len(excerpts))
        document = docx.Document(io.BytesIO(data))
        assert document.core_properties.title == manifest["title"]
        assert "python-docx" not in (document.core_properties.comments or "")
        assert document.core_properties.created.year > 2013
        for excerpt in excerpts:
            note = texts[excerpt["footnote"] - 1]
            source = sources[excerpt["source"]]
            names = []
            if source["author"]:
                names.append(source["author"].split()[-1])
            if source["title"]:
                names.append(source["title"].split()[0])
            assert any(name in note for name in names), note


def test_same_epoch_same_bytes() -> None:
    memo = memo_with(["An excerpt."])
    first = write_docx(memo, WriteOptions(epoch=1_700_000_000))
    second = write_docx(memo, WriteOptions(epoch=1_700_000_000))
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()


def test_hostile_text_comes_through_or_warns() -> None:
    texts = [
        "AT&T <b>bold</b> x<y",
        "Кириллица: Ғ ӣ Қ Ҳ Ҷ Ӯ",
        "العربية نص",
        "bell\x07 null\x00 ff\x0c end",
        "word " * 20000,
    ]
    options = WriteOptions(epoch=0)
    data = write_docx(memo_with(texts), options)
    document = docx.Document(io.BytesIO(data))
    full = "\n".join(p.text for p in document.paragraphs)
    assert "AT&T <b>bold</b> x<y" in full
    assert "Кириллица: Ғ ӣ Қ Ҳ Ҷ Ӯ" in full and "العربية نص" in full
    assert "bell null ff  end" in full or "bell null ff end" in full.replace("  ", " ")
    assert any("cannot hold" in w for w in options.warnings)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=4))
def test_any_text_gives_a_docx_that_reopens(texts: list[str]) -> None:
    data = write_docx(memo_with(texts), WriteOptions(epoch=0))
    docx.Document(io.BytesIO(data))
    _check_footnotes(data, len(texts) + 2)


@pytest.mark.skipif("not __import__('shutil').which('libreoffice')")
def test_libreoffice_puts_notes_at_the_foot_of_the_page(example_build, tmp_path) -> None:

    result, manifest = example_build
    memo = next(m for m in manifest["memos"] if m["audience"] == "principal")
    source = result.out_dir / memo["files"]["docx"]
    _libreoffice(source, tmp_path)
    pdf = tmp_path / "principal.pdf"
    pages = _pdf_pages(pdf)
    assert len([p for p in pages if p]) == 1  # the minister's note is one page in Writer too
    excerpts = [e for s in memo["sections"] for e in s["excerpts"]]
    for excerpt in excerpts:
        tail = " ".join(excerpt["quote"].split()[-6:]).rstrip("…")
        # A hyphenated word may break at the line end ("anti- Soviet"): compare without.
        found = [i for i, text in enumerate(pages) if _unbroken(tail) in _unbroken(text)]
        assert found, tail
        assert any(f"{excerpt['footnote']} " in pages[i] for i in found)


def _unbroken(text: str) -> str:
    return text.replace("- ", "-")


def _bulleted_note(items: int, longer: int = 0) -> Memo:
    """A one-page note of `items` bullets of 24–42 words, the last `longer` words more."""
    words = [
        "the",
        "committee",
        "said",
        "on",
        "Tuesday",
        "that",
        "its",
        "members",
        "would",
        "review",
        "the",
        "proposal",
        "before",
        "the",
        "next",
        "session",
        "of",
        "talks",
    ]
    bullets, notes = [], []
    for i in range(1, items + 1):
        size = 24 + (i * 7) % 19 + (longer if i == items else 0)
        text = " ".join(words[(i + k) % len(words)] for k in range(size)).capitalize() + "."
        bullets.append((Excerpt(text, f"s:p{i}:s1", "s"), NoteRef(i)))
        notes.append(Footnote(i, "s", f"Author, “Source {i},” Publisher, 2024.", None))
    section = Section("background", "Background", (BulletList(tuple(bullets)),))
    return dataclasses.replace(
        memo_with(["x"]), sections=(section,), notes=tuple(notes), compact=True
    )


@pytest.mark.skipif("not __import__('shutil').which('libreoffice')")
def test_a_note_that_fits_as_word_sets_it_is_one_page_in_writer(tmp_path) -> None:
    """The page check sets a one-page note as Word would; the fullest note it passes is
    one page in LibreOffice too, and a few words more are not. (Set on the PDF's page, 2 mm
    taller at top and bottom, with its narrower bullet indent, a note two lines over had
    passed; with the PDF's spacing, a note 45 words short of the page was the fullest.)"""
    from briefkit.writers.pdf import write_pdf_counted

    def fits(memo: Memo) -> bool:
        return write_pdf_counted(memo, WriteOptions(epoch=0, as_word=True))[1] == 1

    items = 5
    while fits(_bulleted_note(items + 1)):
        items += 1
    longer = 0
    while fits(_bulleted_note(items, longer + 1)):
        longer += 1
    (tmp_path / "note.docx").write_bytes(
        write_docx(_bulleted_note(items, longer), WriteOptions(epoch=0))
    )
    _libreoffice(tmp_path / "note.docx", tmp_path)
    assert len([page for page in _pdf_pages(tmp_path / "note.pdf") if page]) == 1
    over = tmp_path / "over"
    over.mkdir()
    (over / "note.docx").write_bytes(
        write_docx(_bulleted_note(items, longer + 12), WriteOptions(epoch=0))
    )
    _libreoffice(over / "note.docx", over)
    assert len([page for page in _pdf_pages(over / "note.pdf") if page]) == 2


def _libreoffice(source, folder, to: str = "pdf") -> None:
    """LibreOffice's conversion of `source` into `folder`, with a throwaway profile."""
    import subprocess

    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def _pdf_pages(pdf) -> list[str]:
    import subprocess

    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in out.split("\f")]


def test_provenance_comments_name_file_and_place(tmp_path) -> None:
    from briefkit.build import build
    from tests.conftest import SCENARIOS

    result = build(
        SCENARIOS / "lithium" / "brief.yaml",
        out=tmp_path,
        audiences=["principal"],
        formats=["docx"],
        provenance=True,
    )
    document = docx.Document(str(result.memos[0].files["docx"]))
    comments = list(document.comments)
    assert comments and all(c.author == "briefkit" for c in comments)
    assert all(".txt" in c.text or ".md" in c.text for c in comments)
    assert all("paragraph" in c.text for c in comments)
    assert {c.timestamp.year for c in comments} == {2023}  # SOURCE_DATE_EPOCH, not "now"


def test_reference_document_styles_are_used(tmp_path) -> None:
    from docx.shared import Pt

    from briefkit.writers.docx import EXCERPT_STYLE, reference_docx

    reference = docx.Document(io.BytesIO(reference_docx()))
    assert {"Footnote Text", "Footnote Reference", EXCERPT_STYLE} <= {
        s.name for s in reference.styles
    }
    reference.styles[EXCERPT_STYLE].font.size = Pt(15)
    path = tmp_path / "house.docx"
    reference.save(str(path))
    data = write_docx(memo_with(["An excerpt."]), WriteOptions(reference_docx=path))
    styled = docx.Document(io.BytesIO(data))
    assert styled.styles[EXCERPT_STYLE].font.size == Pt(15)
    assert "Memo Header style" not in "\n".join(p.text for p in styled.paragraphs)
    _check_footnotes(data, 3)


def test_bad_reference_document_is_an_input_error(tmp_path) -> None:
    from briefkit.errors import InputError

    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"%PDF-1.4 not a docx")
    with pytest.raises(InputError, match="not a usable Word reference document"):
        write_docx(memo_with(["x"]), WriteOptions(reference_docx=bad))


# Word opens it without repair: openxml-audit encodes Word's repair behaviour.


def _audit(path) -> list[str]:
    """openxml-audit's strict findings on one file (one run per file: its recursive mode
    carries parts over from one file to the next)."""
    import json
    import subprocess

    tool = _audit_tool()
    if tool is None:
        pytest.skip("openxml-audit is not installed (it is in the test extra)")
    run = subprocess.run(
        [tool, "--policy", "strict", "-m", "0", "-o", "json", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(run.stdout)[0]
    findings = [*report.get("errors", []), *report.get("warnings", [])]
    assert report["error_count"] + report["warning_count"] == len(findings)
    return [f"{path.name}: {f['description']}" for f in findings]


def _audit_tool() -> str | None:
    import os
    import shutil
    import sys

    here = shutil.which("openxml-audit", path=os.path.dirname(sys.executable))
    return here or shutil.which("openxml-audit")


def _earlier_quotes_changed(out_dir) -> None:
    """Make the previous build's manifest differ, so a redline has insertions and deletions."""
    import json

    path = out_dir / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for memo in manifest["memos"]:
        for section in memo["sections"]:
            for excerpt in section["excerpts"][:1]:
                excerpt["quote"] = "A passage the previous build quoted and this one drops."
    path.write_text(json.dumps(manifest), encoding="utf-8")


def test_example_docx_files_need_no_repair_in_word(example_build, tmp_path) -> None:
    from briefkit.build import build
    from tests.conftest import ROOT

    result, manifest = example_build
    files = [result.out_dir / m["files"]["docx"] for m in manifest["memos"]]
    brief = ROOT / "briefs" / "tajikistan-taliban.yaml"
    build(brief, out=tmp_path, formats=["docx"], provenance=True)
    out_dir = tmp_path / brief.stem
    _earlier_quotes_changed(out_dir)
    build(brief, out=tmp_path, formats=["docx"], provenance=True, redline=True)
    provenance = sorted(out_dir.glob("*.docx"))
    redlines = [p for p in provenance if p.name.endswith(".redline.docx")]
    assert len(redlines) == len(files) == len(provenance) - len(redlines)
    for path in redlines:  # the files under audit carry what the audit is about
        data = path.read_bytes()
        body = _part(data, "word/document.xml")
        assert body.xpath("//w:ins", namespaces=NS) and body.xpath("//w:del", namespaces=NS)
        assert _part(data, "word/comments.xml").xpath("w:comment", namespaces=NS)
    findings = [finding for path in files + provenance for finding in _audit(path)]
    assert findings == []


def test_comment_and_revision_ids_do_not_reuse_note_ids(tmp_path) -> None:
    """LibreOffice shows a comment's text as the footnote of the same id."""
    from briefkit.build import build
    from tests.conftest import SCENARIOS

    brief = SCENARIOS / "lithium" / "brief.yaml"
    build(brief, out=tmp_path, audiences=["principal"], formats=["docx"], provenance=True)
    _earlier_quotes_changed(tmp_path / "brief")
    result = build(
        brief,
        out=tmp_path,
        audiences=["principal"],
        formats=["docx"],
        provenance=True,
        redline=True,
    )
    data = (result.out_dir / "principal.redline.docx").read_bytes()
    body = _part(data, "word/document.xml")
    notes = {int(i) for i in body.xpath("//w:footnoteReference/@w:id", namespaces=NS)}
    comments = [
        int(i) for i in _part(data, "word/comments.xml").xpath("w:comment/@w:id", namespaces=NS)
    ]
    revisions = [int(i) for i in body.xpath("//w:ins/@w:id | //w:del/@w:id", namespaces=NS)]
    assert notes and comments and revisions
    assert len(set(comments + revisions)) == len(comments) + len(revisions)
    assert not notes & set(comments + revisions)
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert sorted(int(i) for i in body.xpath(f"//w:{tag}/@w:id", namespaces=NS)) == comments


def test_fonts_word_has_and_the_briefs_paper() -> None:
    import dataclasses

    from docx.shared import Mm

    memo = memo_with(["An excerpt."])
    for paper, width in (("A4", Mm(210)), ("Letter", Mm(215.9))):
        data = write_docx(dataclasses.replace(memo, paper=paper), WriteOptions())
        document = docx.Document(io.BytesIO(data))
        assert abs(document.sections[0].page_width - width) < Mm(0.1)
        assert document.styles["Normal"].font.name == "Times New Roman"
    fonts = set(_part(data, "word/styles.xml").xpath("//w:rFonts/@w:ascii", namespaces=NS))
    assert "Liberation Serif" not in fonts


# The reference document is honoured as pandoc honours it.


def _styles_by_id(data: bytes) -> dict[str, etree._Element]:
    styles = _part(data, "word/styles.xml")
    return {s.get(f"{{{W}}}styleId"): s for s in styles.xpath("w:style", namespaces=NS)}


def _referenced_style_ids(data: bytes) -> set[str]:
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    found: set[str] = set()
    for part in ("word/document.xml", "word/footnotes.xml", "word/comments.xml"):
        if part in names:
            found |= set(
                _part(data, part).xpath(
                    "//w:pStyle/@w:val | //w:rStyle/@w:val | //w:tblStyle/@w:val", namespaces=NS
                )
            )
    return found


def test_reference_styles_win_and_missing_ones_are_made(tmp_path) -> None:
    """A reference whose Heading 1 goes by another name keeps it (and its colour); one
    without Title, List Bullet, Table Grid or the note styles gets briefkit's."""
    from docx.shared import RGBColor

    reference = docx.Document()
    styles = reference.styles
    for name in ("Title", "List Bullet", "Table Grid"):
        styles[name].element.getparent().remove(styles[name].element)
    heading = styles["Heading 1"]
    heading.name = "Überschrift 1"  # as a German Word names it; the id stays Heading1
    heading.font.color.rgb = RGBColor(0xAA, 0x00, 0x00)
    path = tmp_path / "house.docx"
    reference.save(str(path))
    data = write_docx(memo_with(["An excerpt."]), WriteOptions(reference_docx=path))
    by_id = _styles_by_id(data)
    assert _referenced_style_ids(data) <= set(by_id)
    assert by_id["Heading1"].xpath("w:rPr/w:color/@w:val", namespaces=NS) == ["AA0000"]
    assert len([s for s in by_id if s.lower().startswith("heading1")]) == 2  # and its Char
    document = docx.Document(io.BytesIO(data))
    used = {p.style.name for p in document.paragraphs}
    assert {"Überschrift 1", "Title", "List Bullet"} <= used
    bullet = by_id["ListBullet"].xpath("w:pPr/w:numPr/w:numId/@w:val", namespaces=NS)
    numbering = _part(data, "word/numbering.xml")
    assert numbering.xpath(f"w:num[@w:numId='{bullet[0]}']", namespaces=NS)
    assert "stylesWithEffects" not in "".join(zipfile.ZipFile(io.BytesIO(data)).namelist())
    (tmp_path / "memo.docx").write_bytes(data)
    if _audit_tool():
        assert _audit(tmp_path / "memo.docx") == []


@pytest.mark.skipif("not __import__('shutil').which('soffice')")
def test_reference_saved_by_libreoffice_works(tmp_path) -> None:
    """LibreOffice's own DOCX has no 'Heading 1', 'Title', list or table style by those
    names: building with it once raised KeyError."""

    text = tmp_path / "house.txt"
    text.write_text("House style\n\nA paragraph.\n", encoding="utf-8")
    _libreoffice(text, tmp_path, to="docx")
    reference = tmp_path / "house.docx"
    assert reference.is_file()
    before = _styles_by_id(reference.read_bytes())
    assert "Heading1" not in before and "Title" not in before
    normal_font = before["Normal"].xpath("w:rPr/w:rFonts/@w:ascii", namespaces=NS)
    options = WriteOptions(reference_docx=reference)
    data = write_docx(memo_with(["An excerpt.", "Another."]), options)
    after = _styles_by_id(data)
    assert _referenced_style_ids(data) <= set(after)
    assert after["Normal"].xpath("w:rPr/w:rFonts/@w:ascii", namespaces=NS) == normal_font
    _check_footnotes(data, 4)
    (tmp_path / "memo.docx").write_bytes(data)
    if _audit_tool():
        assert _audit(tmp_path / "memo.docx") == []


def test_table_columns_hold_their_longest_word_and_rows_flow() -> None:
    """A narrow column once broke "Confrontatio|nal"; rows may split across pages and the
    header row repeats on each."""
    import dataclasses

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from briefkit.memo import Excerpt, NoteRef, Section, Table, Text

    row = (
        (Text("Confrontational"),),
        (Excerpt("A position stated at length. " * 8, "s:p9:s1", "s"), NoteRef(1)),
        (Text("Src"),),
    )
    table = Table(("Actor", "Position", "Source"), (row,) * 30, (0.08, 0.8, 0.12))
    memo = memo_with(["An excerpt."])
    memo = dataclasses.replace(memo, sections=(Section("drivers", "Drivers", (table,)),))
    data = write_docx(memo, WriteOptions())
    body = _part(data, "word/document.xml")
    grid = [int(w) for w in body.xpath("//w:tblGrid/w:gridCol/@w:w", namespaces=NS)]
    word = stringWidth("Confrontational", "Times-Roman", 10) * 20  # twips
    assert grid[0] > word + 2 * 108  # the word and the cell's margins
    assert abs(sum(grid) - (210 - 2 * 22) / 25.4 * 1440) < 10  # the text width, as before
    cells = [int(w) for w in body.xpath("//w:tr[2]/w:tc/w:tcPr/w:tcW/@w:w", namespaces=NS)]
    assert cells == grid
    rows = body.xpath("//w:tr", namespaces=NS)
    assert rows[0].xpath("w:trPr/w:tblHeader", namespaces=NS)
    assert not body.xpath("//w:cantSplit", namespaces=NS)


@pytest.mark.skipif("not __import__('shutil').which('soffice')")
def test_libreoffice_shows_the_right_note_under_provenance_comments(tmp_path) -> None:
    """Comments numbered like the notes once made LibreOffice print a comment's text as
    note 1 and leave others empty."""
    import json

    from briefkit.build import build
    from tests.conftest import SCENARIOS

    result = build(
        SCENARIOS / "lithium" / "brief.yaml",
        out=tmp_path,
        audiences=["principal"],
        formats=["docx"],
        provenance=True,
    )
    source = result.out_dir / "principal.docx"
    data = source.read_bytes()
    notes = _part(data, "word/footnotes.xml").xpath("w:footnote[not(@w:type)]", namespaces=NS)
    texts = {
        int(n.get(f"{{{W}}}id")): " ".join("".join(n.xpath(".//w:t/text()", namespaces=NS)).split())
        for n in notes
    }
    _libreoffice(source, tmp_path)
    pages = _pdf_pages(tmp_path / "principal.pdf")
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    excerpts = [e for s in manifest["memos"][0]["sections"] for e in s["excerpts"]]
    assert excerpts
    for excerpt in excerpts:
        tail = " ".join(excerpt["quote"].split()[-6:]).rstrip("…")
        page = next(p for p in pages if _unbroken(tail) in _unbroken(p))
        assert f"{excerpt['footnote']} {texts[excerpt['footnote']][:40]}" in page


def test_comment_styles_of_the_reference_are_used(tmp_path) -> None:
    """python-docx writes Word's ids for the comment styles; a reference that names them
    otherwise (a German Word: Kommentartext) keeps its own, and nothing dangles."""
    import dataclasses

    from docx.enum.style import WD_STYLE_TYPE

    from briefkit.memo import Excerpt, NoteRef, Paragraph, Section

    reference = docx.Document()
    text = reference.styles.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH)
    text.style_id = "Kommentartext"
    mark = reference.styles.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
    mark.style_id = "Kommentarzeichen"
    path = tmp_path / "house.docx"
    reference.save(str(path))
    quote = Excerpt("A quoted passage.", "s:p1:s1", "s", provenance="s.txt, paragraph 1")
    memo = memo_with(["x"])
    section = Section("background", "Background", (Paragraph((quote, NoteRef(1))),))
    memo = dataclasses.replace(memo, sections=(section,), notes=memo.notes[:1])
    options = WriteOptions(reference_docx=path, provenance_comments=True)
    data = write_docx(memo, options)
    used = _referenced_style_ids(data)
    assert {"Kommentartext", "Kommentarzeichen"} <= used
    assert used <= set(_styles_by_id(data))


def test_a_compact_memo_closes_up_paragraphs_and_headings() -> None:
    import dataclasses

    import docx
    from docx.shared import Pt

    memo = memo_with(["An excerpt."])
    before = {}
    for compact in (False, True):
        data = write_docx(dataclasses.replace(memo, compact=compact), WriteOptions())
        heading = docx.Document(io.BytesIO(data)).styles["Heading 1"]
        before[compact] = heading.paragraph_format.space_before
    assert before[True] == Pt(4) and before[False] > Pt(4)


def test_a_long_topic_is_cut_to_fit_the_document_properties() -> None:
    """Word's core properties hold 255 characters; a brief's topic is often longer."""
    import dataclasses

    memo = memo_with(["An excerpt."])
    topic = "Assess the crisis and its causes, " * 20
    memo = dataclasses.replace(
        memo, properties=dataclasses.replace(memo.properties, subject=topic, title=topic)
    )
    document = docx.Document(io.BytesIO(write_docx(memo, WriteOptions(epoch=0))))
    subject = document.core_properties.subject
    assert len(subject) <= 255 and subject.endswith("…")
    assert topic.startswith(subject[:-1])


def test_the_normal_style_is_found_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each table word's width asks for Normal's size: found once, not once per word."""

    from briefkit.writers import docx_styles

    calls: list[str] = []
    real = docx_styles.StyleIndex.find
    monkeypatch.setattr(
        docx_styles.StyleIndex, "find", lambda index, name: calls.append(name) or real(index, name)
    )
    sheet = docx_styles.StyleSheet(docx.Document())
    assert all(sheet.normal is sheet.normal for _ in range(5))
    assert calls.count("Normal") == 1


def test_a_documents_styles_are_scanned_once_and_found_as_a_scan_finds_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every style a memo asks for comes from one scan of the document's styles (a scan
    per lookup had been 0.04 s of each DOCX), and is the style a scan finds: by name
    first, else by Word's id; house styles added later are found too."""
    from briefkit.writers import docx_styles

    document = docx.Document()
    scans: list[int] = []
    real = docx_styles.StyleIndex.__init__
    monkeypatch.setattr(
        docx_styles.StyleIndex,
        "__init__",
        lambda index, doc: scans.append(1) or real(index, doc),
    )
    sheet = docx_styles.StyleSheet(document)
    names = [*docx_styles.HOUSE, "Normal", "heading 1", "Title", "List Bullet", "No Such"]
    for name in names:
        expected = docx_styles.find_style(document, name)
        if expected is not None:
            assert sheet[name] is not None
            assert sheet[name].element is expected.element, name
    for name in docx_styles.HOUSE:  # all there now: each the one a scan finds
        assert sheet[name].element is docx_styles.find_style(document, name).element, name
    assert scans == [1]
