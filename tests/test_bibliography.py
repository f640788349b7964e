from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.bibliography import cited_sources, to_bibtex, to_csl_json, to_ris
from briefkit.build import build
from briefkit.citations import csl_item, load_style
from briefkit.corpus import AuthorName, Document, SourceMeta
from briefkit.verify import verify
from tests.conftest import SCENARIOS, write

NASTY_TITLE = "50% of A&B {sic} \\ back_slash #1 ~ ^ $5"


def _pandoc() -> str | None:
    try:
        import pypandoc

        return pypandoc.get_pandoc_path()
    except (ImportError, OSError):
        return shutil.which("pandoc")


def _document(doc_id: str, meta: SourceMeta) -> Document:
    return Document(doc_id, f"{doc_id}.txt", "0" * 64, meta, "", ())


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bib") / "lithium"
    shutil.copytree(SCENARIOS / "lithium", folder)
    write(
        folder / "seeds" / "andes-triangle.txt.meta.yaml",
        json.dumps(
            {
                "title": NASTY_TITLE,
                "authors": [{"literal": "International Crisis Group"}, "Martin Luther King Jr."],
                "url": "https://example.org/a?x=1&y={2}%20z",
                "date": "2023-03-14",
            }
        ),
    )
    result = build(folder / "brief.yaml", out=folder / "out", formats=["md"])
    return result.out_dir


def test_every_build_writes_the_bibliography_files(hostile_build: Path) -> None:
    manifest = json.loads((hostile_build / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["bibliography"] == {
        "json": "bibliography.json",
        "bib": "bibliography.bib",
        "ris": "bibliography.ris",
    }
    items = json.loads((hostile_build / "bibliography.json").read_text(encoding="utf-8"))
    assert [i["id"] for i in items] == cited_sources(manifest)
    assert {s["id"] for s in manifest["sources"]} >= {i["id"] for i in items}
    assert items[0]["author"][0] == {"literal": "International Crisis Group"}
    assert items[0]["author"][1] == {"family": "King", "given": "Martin Luther", "suffix": "Jr."}
    ris = (hostile_build / "bibliography.ris").read_text(encoding="utf-8")
    assert ris.count("TY  - ELEC") == len(items) == ris.count("ER  - ")
    assert verify(hostile_build).failures == []


def test_verify_checks_the_bibliography_files(tmp_path: Path, hostile_build: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(hostile_build, copy)
    (copy / "bibliography.bib").unlink()
    items = json.loads((copy / "bibliography.json").read_text(encoding="utf-8"))
    (copy / "bibliography.json").write_text(json.dumps(items[1:]), encoding="utf-8")
    failures = verify(copy, seeds=hostile_build.parent.parent / "seeds").failures
    assert any("bibliography.bib: bibliography file missing" in f for f in failures)
    assert any(f"missing {items[0]['id']}" in f for f in failures)


@pytest.mark.skipif(_pandoc() is None, reason="no pandoc (pypandoc-binary or system pandoc)")
@pytest.mark.parametrize("name", ["bibliography.json", "bibliography.bib"])
def test_pandoc_citeproc_reads_the_bibliography(hostile_build: Path, name: str) -> None:
    pandoc = _pandoc()
    assert pandoc is not None
    items = json.loads((hostile_build / "bibliography.json").read_text(encoding="utf-8"))
    ids = [i["id"] for i in items]
    # pandoc's own reading of the file: one entry per cited source, same ids, titles intact.
    kind = "csljson" if name.endswith(".json") else "biblatex"
    parsed = subprocess.run(
        [pandoc, "-f", kind, "-t", "csljson", str(hostile_build / name)],
        capture_output=True,
        check=True,
        text=True,
    )
    read = json.loads(parsed.stdout)
    assert sorted(i["id"] for i in read) == sorted(ids)
    assert {i["id"]: i["title"] for i in read}[ids[0]] == NASTY_TITLE
    # And --citeproc resolves a citation of every id, with nothing missing.
    document = "Cited " + "; ".join(f"[@{i}]" for i in ids) + ".\n"
    cited = subprocess.run(
        [pandoc, "--citeproc", "--bibliography", str(hostile_build / name), "-t", "plain"],
        input=document,
        capture_output=True,
        check=True,
        text=True,
    )
    assert "not found" not in cited.stderr
    assert "???" not in cited.stdout
    assert cited.stdout.count("International Crisis Group") >= 2  # in the note and the list


def test_bibtex_escapes_and_keeps_organisations_whole() -> None:
    meta = SourceMeta(
        NASTY_TITLE,
        ("International Crisis Group", "Ann Lee"),
        "R&D Weekly",
        "2021-10",
        "https://x.org/{a}",
        names=(None, AuthorName(family="Lee", given="Ann")),
    )
    text = to_bibtex([_document("s-1", meta)]).decode("utf-8")
    assert text.startswith("@online{s-1,\n")
    assert "author = {{International Crisis Group} and Lee, Ann}" in text
    assert r"50\% of A\&B \{sic\} \textbackslash{} back\_slash \#1" in text
    assert "organization = {R\\&D Weekly}" in text
    assert "month = oct" in text and "date = {2021-10}" in text
    assert "url = {https://x.org/%7Ba%7D}" in text
    assert "\nPY  - 2021\r\nDA  - 2021/10//" in "\n" + to_ris([_document("s-1", meta)]).decode()


def test_a_name_without_a_given_part_is_braced_in_bibtex() -> None:
    """A Burmese name is cited whole: BibTeX would take "Hlaing" for its family name."""
    meta = SourceMeta("Harbour Dues", ("Kyaw Hsan Hlaing", "Ann Lee"), "Port Wire", "2024")
    text = to_bibtex([_document("s-1", meta)]).decode("utf-8")
    assert "author = {{Kyaw Hsan Hlaing} and Lee, Ann}" in text


_ANY = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


def _balanced(text: str) -> bool:
    depth = 0
    for piece in re.split(r"\\[{}\\]", text):  # escaped braces do not count
        for ch in piece:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            if depth < 0:
                return False
    return depth == 0


@settings(max_examples=30, deadline=None)
@given(title=_ANY, author=_ANY, publisher=_ANY)
def test_any_metadata_gives_safe_notes_and_files(title: str, author: str, publisher: str) -> None:
    meta = SourceMeta(title or None, (author,) if author.strip() else (), publisher or None)
    document = _document("s", meta)
    items = {"s": csl_item("s", meta, "s.txt")}
    style = load_style()
    texts = [n.text for n in style.notes(items, ["s", "s"])]
    texts += [e.text for _, e in style.bibliography(items)]
    for text in texts:
        assert text and not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
        assert "\n" not in text
    assert json.loads(to_csl_json([document]))[0]["id"] == "s"
    assert _balanced(to_bibtex([document]).decode("utf-8"))
    ris = to_ris([document]).decode("utf-8").split("\r\n")
    assert ris[0] == "TY  - ELEC" and "ER  - " in ris
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in ris if line)
