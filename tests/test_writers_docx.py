from __future__ import annotations

import hashlib
import io
import zipfile

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

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
    import subprocess

    result, manifest = example_build
    memo = next(m for m in manifest["memos"] if m["audience"] == "principal")
    source = result.out_dir / memo["files"]["docx"]
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / "principal.pdf"
    pages = _pdf_pages(pdf)
    excerpts = [e for s in memo["sections"] for e in s["excerpts"]]
    for excerpt in excerpts:
        tail = " ".join(excerpt["quote"].split()[-6:]).rstrip("…")
        found = [i for i, text in enumerate(pages) if tail in text]
        assert found, tail
        assert any(f"{excerpt['footnote']} " in pages[i] for i in found)


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
