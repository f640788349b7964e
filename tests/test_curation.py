"""The editor's curation file and regeneration: decisions survive new seeds; changes shown."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from briefkit.build import build, curate
from briefkit.cli import main
from briefkit.curation import curation_path, load_curation
from briefkit.errors import InputError
from tests.conftest import SCENARIOS, write


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["sections"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _quotes(manifest_path: Path, audience: str) -> list[str]:
    manifest = json.loads(manifest_path.read_text())
    memo = next(m for m in manifest["memos"] if m["audience"] == audience)
    return [e["quote"] for s in memo["sections"] for e in s["excerpts"]]


def test_curate_writes_proposals_per_section(scenario) -> None:
    import gc

    folder = scenario("lithium")
    result = curate(folder / "brief.yaml")
    assert gc.get_freeze_count() == 0  # what loading froze is the collector's again
    curation = load_curation(result.path)
    assert result.path == folder / "brief.curation.yaml"
    sections = {e.section for e in curation.entries}
    assert {"background", "drivers", "regional_positions", "outlook"} <= sections
    assert all(e.status == "proposed" and e.id for e in curation.entries)
    ids = [(e.section, e.id) for e in curation.entries]
    assert len(ids) == len(set(ids))
    rows = yaml.safe_load(result.path.read_text(encoding="utf-8"))["sections"]
    for row in (r for entries in rows.values() for r in entries):  # why each is proposed
        assert isinstance(row["score"], float) and "relevance" in row["why"]


def test_manifest_says_why_each_excerpt_was_chosen(example_build) -> None:
    _, manifest = example_build
    excerpts = [e for m in manifest["memos"] for s in m["sections"] for e in s["excerpts"]]
    assert all(e["score"] > 0 and "coverage" in e["reason"] for e in excerpts)


def test_full_regeneration_scenario(scenario, tmp_path: Path) -> None:
    """Build; pin one excerpt and drop another; add two sources; curate and build again."""
    folder = scenario("lithium")
    brief = folder / "brief.yaml"
    out = tmp_path / "out"
    curate(brief)
    first = build(brief, out=out)
    before = _quotes(first.manifest, "principal")
    path = curation_path(brief)
    entries = load_curation(path).entries
    unused = next(e for e in entries if e.quote not in before)
    used = next(e for e in entries if e.quote in before and e.id != unused.id)

    def decide(sections: dict) -> None:
        for section in sections.values():
            for item in section:
                if item["id"] == unused.id:
                    item["status"] = "pinned"
                if item["id"] == used.id:
                    item["status"] = "dropped"

    _edit(path, decide)
    for name in ("chile-state-stake.txt", "water-and-brine.txt"):
        shutil.copy(SCENARIOS / "lithium-update" / name, folder / "seeds" / name)
    result = curate(brief)
    assert result.new > 0
    kept = {e.id: e.status for e in load_curation(path).entries}
    assert kept[unused.id] == "pinned" and kept[used.id] == "dropped"
    assert any(e.new for e in load_curation(path).entries)

    second = build(brief, out=out, redline=True)
    after = _quotes(second.manifest, "principal")
    assert unused.quote in after
    assert used.quote not in after
    changes = json.loads((second.out_dir / "changes.json").read_text())
    assert {s["path"] for s in changes["sources"]["added"]} == {
        "chile-state-stake.txt",
        "water-and-brine.txt",
    }
    brought = [
        e for m in changes["memos"] for s in m["sections"] for e in s["added"] if e["new_source"]
    ]
    assert brought
    report = (second.out_dir / "changes.md").read_text()
    assert "chile-state-stake.txt" in report and "Added (new source)" in report
    assert "2 source(s) added" in second.changes
    redline = (second.out_dir / "analyst.redline.docx").read_bytes()
    xml = zipfile.ZipFile(io.BytesIO(redline)).read("word/document.xml").decode()
    assert '<w:ins w:id="' in xml and 'w:author="briefkit"' in xml


def test_vanished_pinned_passage_is_loud_not_silent(scenario, tmp_path: Path) -> None:
    folder = scenario("lithium")
    brief = folder / "brief.yaml"
    curate(brief)
    path = curation_path(brief)
    target = load_curation(path).entries[0]

    def pin(sections: dict) -> None:
        for section in sections.values():
            for item in section:
                if item["id"] == target.id:
                    item["status"] = "pinned"

    _edit(path, pin)
    source = folder / "seeds" / f"{target.source}.txt"
    if not source.exists():
        source = next((folder / "seeds").glob(f"{target.source}.*"))
    first_words = " ".join(target.quote.split()[:5])
    source.write_text(source.read_text().replace(first_words, "Something else entirely now"))
    result = build(brief, out=tmp_path / "out", formats=["md"])
    assert any("pinned passage is no longer in any source" in w for w in result.warnings)
    listed = sum(1 for e in load_curation(path).entries if e.id == target.id)
    again = curate(brief)
    assert again.stale == listed and again.warnings
    assert any(e.stale for e in load_curation(path).entries)


def test_added_quote_must_be_verbatim(scenario, tmp_path: Path) -> None:
    folder = scenario("lithium")
    brief = folder / "brief.yaml"
    write(
        curation_path(brief), "sections:\n  outlook:\n    - quote: Words nobody wrote anywhere.\n"
    )
    with pytest.raises(InputError) as info:
        build(brief, out=tmp_path / "o", formats=["md"])
    assert "brief.curation.yaml:sections.outlook[0]" in str(info.value)
    assert "not verbatim" in str(info.value)


def test_trimmed_and_added_quotes_are_used_as_written(scenario, tmp_path: Path) -> None:
    folder = scenario("lithium")
    brief = folder / "brief.yaml"
    trimmed = "Analysts expect demand to triple … buyers will likely turn to hard-rock mines"
    write(
        curation_path(brief),
        f'sections:\n  outlook:\n    - quote: "{trimmed}"\n      status: pinned\n',
    )
    result = build(brief, out=tmp_path / "o", formats=["md"])
    assert trimmed in _quotes(result.manifest, "analyst")
    assert main(["verify", str(result.out_dir)]) == 0


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("sections:\n  outlok: []\n", "did you mean 'outlook'"),
        ("sections:\n  outlook:\n    - quote: x\n      stauts: pinned\n", "did you mean 'status'"),
        ("sections:\n  outlook:\n    - quote: x\n      status: starred\n", "not one of"),
        ("sections:\n  outlook:\n    - status: pinned\n", "needs a non-empty 'quote'"),
    ],
)
def test_bad_curation_files_name_the_entry(tmp_path: Path, text: str, fragment: str) -> None:
    path = write(tmp_path / "b.curation.yaml", text)
    with pytest.raises(InputError, match=fragment):
        load_curation(path)


def test_curate_command(scenario, capsys: pytest.CaptureFixture[str]) -> None:
    folder = scenario("lithium")
    assert main(["curate", str(folder / "brief.yaml")]) == 0
    assert "entries" in capsys.readouterr().out


def test_pins_that_do_not_fit_are_named_never_dropped(scenario, tmp_path: Path) -> None:
    folder = scenario("lithium")
    brief = folder / "brief.yaml"
    curate(brief)
    path = curation_path(brief)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = [r for entries in data["sections"].values() for r in entries]
    for row in rows[:12]:  # far more pinned words than a one-page note holds
        row["status"] = "pinned"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError, match=r"pinned excerpt\(s\) do not fit audience 'principal'"):
        build(brief, out=tmp_path / "out", audiences=["principal"], formats=["md"])


def test_two_pins_outside_sentences_from_one_source_both_stay(scenario) -> None:
    from briefkit.curation import Curation, Entry, resolve
    from briefkit.read import read_corpus

    folder = scenario("lithium")
    corpus = read_corpus(folder / "seeds")
    document = corpus.documents[0]
    heading_like = [line for line in document.text.splitlines() if 2 <= len(line.split()) <= 8]
    quotes = heading_like[:2]
    assert len(quotes) == 2
    entries = tuple(
        Entry(section="background", index=i, quote=q, status="pinned", source=document.id)
        for i, q in enumerate(quotes)
    )
    resolved = resolve(Curation(path=folder / "x.curation.yaml", entries=entries), corpus)
    ids = [r.sentence.id for r in resolved if r.sentence]
    assert len(ids) == 2 and len(set(ids)) == 2


UNIT_VIEW = "The unit judges that provincial royalties will rise before 2027."


def test_assessment_stands_in_every_format_and_survives_regeneration(
    scenario, tmp_path: Path
) -> None:
    """`- assessment:` under outlook: in the body of MD, DOCX and PDF, unsourced in the
    manifest, never a footnote; kept by `curate` and by a rebuild with a new source."""
    from pypdf import PdfReader

    folder = scenario("lithium")
    brief = folder / "brief.yaml"
    out = tmp_path / "out"
    curate(brief)
    path = curation_path(brief)
    _edit(path, lambda sections: sections["outlook"].insert(1, {"assessment": UNIT_VIEW}))
    shutil.copy(SCENARIOS / "lithium-update" / "chile-state-stake.txt", folder / "seeds")
    curate(brief)  # a regeneration rewrites the file: the unit's words stay in place
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))["sections"]["outlook"]
    assert rows[1] == {"assessment": UNIT_VIEW}

    result = build(brief, out=out, provenance=True, redline=True)
    result = build(brief, out=out, provenance=True, redline=True)
    manifest = json.loads(result.manifest.read_text())
    for memo in manifest["memos"]:
        outlook = next(s for s in memo["sections"] if s["id"] == "outlook")
        assert outlook["assessments"] == [{"text": UNIT_VIEW, "unsourced": True}]
        assert all(UNIT_VIEW not in e["quote"] for e in outlook["excerpts"])
        files = memo["files"]
        markdown = (result.out_dir / files["md"]).read_text(encoding="utf-8")
        outlook_md = markdown.split("## Outlook", 1)[1].split("\n## ", 1)[0]
        assert f"> **Assessment.** {UNIT_VIEW}" in outlook_md
        assert "[^" not in outlook_md.split(UNIT_VIEW, 1)[1].split("\n", 1)[0]
        docx = zipfile.ZipFile(result.out_dir / files["docx"])
        body = docx.read("word/document.xml").decode()
        notes = docx.read("word/footnotes.xml").decode()
        assert "provincial royalties will rise" in body
        assert "provincial royalties will rise" not in notes
        pdf_text = " ".join(
            " ".join((p.extract_text() or "").split())
            for p in PdfReader(result.out_dir / files["pdf"]).pages
        )
        assert "provincial royalties will rise before 2027" in pdf_text


def test_assessment_entry_must_hold_text(tmp_path: Path) -> None:
    path = tmp_path / "b.curation.yaml"
    path.write_text("sections:\n  outlook:\n    - assessment: ''\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"assessment") as info:
        load_curation(path)
    assert "sections.outlook[0]" in str(info.value)


def _excerpts(manifest_path: Path) -> dict[str, list[tuple[str, str, str]]]:
    manifest = json.loads(manifest_path.read_text())
    return {
        m["audience"]: [
            (s["id"], e["sentence"], e["quote"]) for s in m["sections"] for e in s["excerpts"]
        ]
        for m in manifest["memos"]
    }


@pytest.mark.parametrize("name", ["lithium", "example"])
def test_curate_then_build_unedited_changes_nothing(scenario, tmp_path: Path, name: str) -> None:
    """Every excerpt of every memo is listed (with the audiences quoting it), and a build
    over the unedited file quotes the same passages, in the same order, as one without."""
    if name == "example":
        root = Path(__file__).resolve().parents[1]
        folder = tmp_path / "example"
        shutil.copytree(root / "seeds", folder / "seeds")
        shutil.copytree(root / "briefs", folder / "briefs")
        brief = next((folder / "briefs").glob("*.yaml"))
        for stale in (folder / "briefs").glob("*.curation.yaml"):
            stale.unlink()
    else:
        brief = scenario(name) / "brief.yaml"
    before = build(brief, out=tmp_path / "before")
    curate(brief)
    rows = yaml.safe_load(curation_path(brief).read_text(encoding="utf-8"))["sections"]
    listed = {(section, row["id"]) for section, items in rows.items() for row in items}
    for audience, excerpts in _excerpts(before.manifest).items():
        for section, sentence, _ in excerpts:
            if section in rows:
                assert (section, sentence) in listed, (audience, section, sentence)
                row = next(r for r in rows[section] if r["id"] == sentence)
                assert audience in row["audiences"]
    after = build(brief, out=tmp_path / "after")
    assert _excerpts(after.manifest) == _excerpts(before.manifest)


def test_typed_quotes_match_the_source_typography(scenario, tmp_path: Path) -> None:
    """Straight quotes, hyphens and "..." typed by an editor find the source's curly
    quotes, dashes and "…"; the memo quotes the source's own characters."""
    folder = scenario("lithium")
    brief = folder / "brief.yaml"
    write(
        folder / "seeds" / "typography.txt",
        "Title: Typography\n\nThe envoy said the salt flats were “not for sale” — a line "
        "repeated in every province’s capital since the reform.\n",
    )
    typed = 'the salt flats were "not for sale" - a line repeated in every province\'s capital...'
    path = curation_path(brief)
    path.write_text(
        yaml.safe_dump({"sections": {"drivers": [{"quote": typed, "status": "pinned"}]}}),
        encoding="utf-8",
    )
    result = build(brief, out=tmp_path / "o", formats=["md"])
    spelled = "the salt flats were “not for sale” — a line repeated in every province’s capital…"
    assert spelled in _quotes(result.manifest, "analyst")
    assert main(["verify", str(result.out_dir)]) == 0


def test_a_quote_that_matches_nothing_names_the_nearest_passage(scenario, tmp_path: Path) -> None:
    folder = scenario("lithium")
    brief = folder / "brief.yaml"
    write(
        curation_path(brief),
        "sections:\n  outlook:\n    - quote: Analysts expect the demand to triple by the end\n",
    )
    with pytest.raises(InputError) as info:
        build(brief, out=tmp_path / "o", formats=["md"])
    assert "nearest passage, in " in str(info.value)
    assert "Analysts expect demand to triple" in str(info.value)


MALFORMED_ENTRIES = [
    ("    - quote: harbour\n      id: [a, b]\n", "'id' must be text"),
    ("    - quote: harbour\n      source: {x: 1}\n", "'source' must be text"),
    ("    - quote: harbour\n      status: [pinned]\n", "not one of"),
    ("    - quote: harbour\n      new: [1]\n", "'new' must be true or false"),
    ("    - quote: harbour\n      1: x\n      2.5: y\n", "unknown key"),
    ("    - quote: [harbour]\n", "non-empty 'quote'"),
    ("    - [quote, harbour]\n", "must be a mapping"),
    ("    - assessment: {text: x}\n", "assessment"),
]


@pytest.mark.parametrize(("entry", "fragment"), MALFORMED_ENTRIES)
def test_malformed_entries_are_exit_2_naming_the_entry(
    scenario, tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str, fragment: str
) -> None:
    folder = scenario("nile")
    brief = folder / "brief.yaml"
    write(curation_path(brief), "sections:\n  outlook:\n    - quote: x\n" + entry)
    status = main(["build", str(brief), "--out", str(tmp_path / "out"), "--format", "md"])
    err = capsys.readouterr().err.strip()
    assert status == 2, err
    assert len(err.splitlines()) == 1 and "sections.outlook[1]" in err and fragment in err
    assert "internal error" not in err


def test_assessments_stand_around_a_table_in_file_order() -> None:
    from briefkit.assemble import _with_assessments
    from briefkit.memo import Paragraph, Table

    picks = [SimpleNamespace(sentence=SimpleNamespace(id=i)) for i in ("a", "b", "c")]
    table = Table(("A",), (), (1.0,))
    places = [
        (frozenset({"a"}), "after a"),
        (frozenset({"a", "b"}), "after b"),
        (frozenset(), "top"),
    ]
    blocks = _with_assessments((table,), picks, places)
    texts = [b.inlines[1].text if isinstance(b, Paragraph) else "TABLE" for b in blocks]
    assert texts == ["top", "TABLE", "after a", "after b"]


def test_a_mistyped_fragment_of_a_long_sentence_names_that_sentence(
    scenario, tmp_path: Path
) -> None:
    folder = scenario("lithium")
    brief = folder / "brief.yaml"
    write(
        curation_path(brief),
        "sections:\n  outlook:\n    - quote: Governments in the region fear repeting the history\n",
    )
    with pytest.raises(InputError) as info:
        build(brief, out=tmp_path / "o", formats=["md"])
    assert "nearest passage, in " in str(info.value)
    assert '"Governments in the region fear repeating the history' in str(info.value)


def test_a_list_shared_by_two_entries_is_written_out_twice(tmp_path: Path) -> None:
    """One audiences list for a passage and for the pair it opens had been written as an
    anchor and an alias ("&id001", "*id001"), which the file's own reader refuses."""
    from briefkit.curation import write_curation

    shared = ["principal", "analyst"]
    rows = [
        {
            "id": "a:p1:s1",
            "source": "a",
            "status": "proposed",
            "quote": "One.",
            "audiences": shared,
        },
        {"id": "a:p1:s1+p1:s2", "source": "a", "status": "proposed", "quote": "One. Two."},
    ]
    rows[1]["audiences"] = shared
    path = tmp_path / "brief.curation.yaml"
    write_curation(path, "brief", {"background": rows})
    assert "&id" not in path.read_text(encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert text.count("- principal") == 2 and text.count("- analyst") == 2
    assert [e.id for e in load_curation(path).entries] == ["a:p1:s1", "a:p1:s1+p1:s2"]
