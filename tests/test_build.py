"""Whole builds against the contract (../shared/CONTRACT.md), on two corpora."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import importlib
import json
import re
from pathlib import Path

import pytest

from briefkit import parallel
from briefkit.build import build
from briefkit.errors import ContentError, InputError
from tests.conftest import (
    DOCKERS_TOPIC,
    LAPSED_VIEW,
    ROOT,
    SCENARIOS,
    write,
    write_dockers_views,
)

STANDARD_SECTIONS = {"background", "drivers", "regional_positions", "outlook"}


def _collapsed_file(path: Path) -> str:
    """The file's words as a reader sees them: spacing collapsed, and Markdown's emphasis
    marks gone ("By **mid-2016**, five years…" is quoted as "By mid-2016, five years…")."""
    text = path.read_bytes().decode("utf-8-sig").replace("**", "")
    return " ".join(text.split())


def _independent_verbatim_check(manifest: dict, seeds: Path) -> None:
    texts = {s["id"]: _collapsed_file(seeds / s["path"]) for s in manifest["sources"]}
    for memo in manifest["memos"]:
        for section in memo["sections"]:
            for excerpt in section["excerpts"]:
                for part in excerpt["quote"].split("…"):
                    part = " ".join(part.split())
                    if part:
                        assert part in texts[excerpt["source"]], (memo["audience"], part)


def _md_body_words(md: str) -> int:
    body = [line for line in md.splitlines() if not re.match(r"^\[\^\d+\]:", line)]
    return len(" ".join(body).split())


@pytest.mark.parametrize("which", ["example_build", "lithium_build"])
def test_contract_guarantees(which: str, request: pytest.FixtureRequest) -> None:
    result, manifest = request.getfixturevalue(which)
    seeds = (result.out_dir / manifest["seeds"]).resolve()
    assert set(manifest) >= {
        "brief",
        "title",
        "date",
        "briefkit_version",
        "seeds",
        "sources",
        "memos",
    }
    for source in manifest["sources"]:
        data = (seeds / source["path"]).read_bytes()
        assert source["sha256"] == hashlib.sha256(data).hexdigest()
    _independent_verbatim_check(manifest, seeds)
    spec_budgets = {m.audience: m.max_words for m in result.memos}
    for memo in manifest["memos"]:
        for kind in ("docx", "pdf", "md"):
            assert (result.out_dir / memo["files"][kind]).stat().st_size > 0
        quotes = [e["quote"] for s in memo["sections"] for e in s["excerpts"]]
        assert len(quotes) == len(set(quotes)), "an excerpt appears twice"
        notes = sorted(e["footnote"] for s in memo["sections"] for e in s["excerpts"])
        assert notes == list(range(1, len(notes) + 1))
        assert memo["word_count"] <= spec_budgets[memo["audience"]]
        md = (result.out_dir / memo["files"]["md"]).read_text(encoding="utf-8")
        assert _md_body_words(md) <= spec_budgets[memo["audience"]]
        for n in notes:
            assert f"[^{n}]:" in md


@pytest.mark.parametrize("which", ["example_build", "lithium_build"])
def test_analyst_memo_has_all_four_sections(which: str, request: pytest.FixtureRequest) -> None:
    _, manifest = request.getfixturevalue(which)
    analyst = next(m for m in manifest["memos"] if m["audience"] == "analyst")
    filled = {s["id"] for s in analyst["sections"] if s["excerpts"]}
    assert filled >= STANDARD_SECTIONS


def test_audiences_differ_in_length(example_build) -> None:
    _, manifest = example_build
    words = {m["audience"]: m["word_count"] for m in manifest["memos"]}
    assert words["principal"] < words["security"] < words["analyst"]


def test_same_inputs_same_bytes(tmp_path: Path) -> None:
    brief = SCENARIOS / "lithium" / "brief.yaml"
    first = build(brief, out=tmp_path / "a", audiences=["principal"])
    second = build(brief, out=tmp_path / "b", audiences=["principal"])
    for kind, path in first.memos[0].files.items():
        assert path.read_bytes() == second.memos[0].files[kind].read_bytes(), kind


def test_narrowed_build_writes_only_what_was_asked(tmp_path: Path) -> None:
    result = build(
        SCENARIOS / "lithium" / "brief.yaml", out=tmp_path, audiences=["analyst"], formats=["md"]
    )
    assert sorted(p.name for p in result.out_dir.iterdir()) == [
        "analyst.md",
        "bibliography.bib",
        "bibliography.json",
        "bibliography.ris",
        "changes.json",
        "changes.md",
        "manifest.json",
    ]
    manifest = json.loads(result.manifest.read_text())
    assert manifest["memos"][0]["files"] == {"md": "analyst.md"}


def test_bad_source_is_skipped_and_reported(scenario, tmp_path: Path) -> None:
    folder = scenario("lithium")
    write(folder / "seeds" / "empty.txt", "")
    write(folder / "seeds" / "junk.txt", b"\x00\x01\x02\x03" * 100)
    write(folder / "seeds" / "notes.xyz", "unknown format")
    result = build(folder / "brief.yaml", out=tmp_path / "out", formats=["md"])
    assert result.sources == 3
    assert len(result.skipped) == 3
    assert all(line.count("\n") == 0 and "skipped" in line for line in result.skipped)


def test_nothing_citable_is_a_content_error(tmp_path: Path) -> None:
    write(tmp_path / "seeds" / "a.txt", "")
    brief = write(tmp_path / "b.yaml", "title: T\naudiences: [{id: a, label: A}]\nseeds: seeds\n")
    with pytest.raises(ContentError, match="nothing citable"):
        build(brief, out=tmp_path / "out")


def test_unknown_audience_and_template_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="did you mean 'analyst'"):
        build(SCENARIOS / "lithium" / "brief.yaml", out=tmp_path, audiences=["analyts"])
    brief = write(
        tmp_path / "b.yaml",
        f"title: T\nseeds: {SCENARIOS / 'lithium' / 'seeds'}\n"
        "audiences: [{id: a, label: A, template: nosuch}]\n",
    )
    with pytest.raises(InputError, match="template 'nosuch' not found"):
        build(brief, out=tmp_path / "out")


def test_failed_build_leaves_previous_outputs_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = SCENARIOS / "lithium" / "brief.yaml"
    good = build(brief, out=tmp_path, audiences=["principal"])
    before = {p.name: p.read_bytes() for p in good.out_dir.iterdir()}

    def broken(*_args: object) -> bytes:
        raise RuntimeError("renderer crashed")

    import briefkit.writers.pdf as pdf_writer

    # the page check's renders and the writer's alike
    monkeypatch.setattr(pdf_writer._PdfRenderer, "render", broken)
    with pytest.raises(RuntimeError):
        build(brief, out=tmp_path, audiences=["principal"])
    after = {p.name: p.read_bytes() for p in good.out_dir.iterdir()}
    assert after == before


def test_example_brief_is_the_documented_one() -> None:
    text = (ROOT / "briefs" / "tajikistan-taliban.yaml").read_text()
    for audience in ("principal", "analyst", "security"):
        assert f"id: {audience}" in text
    assert len(list((ROOT / "seeds").glob("*.txt"))) == 5


def test_audience_focus_weights_its_themes_up(tmp_path: Path, without_importance: None) -> None:
    from briefkit.analysis.proposals import propose
    from briefkit.read import read_corpus

    corpus = read_corpus(SCENARIOS / "lithium" / "seeds")
    query = "lithium strategies of Chile, Argentina and Bolivia"
    themes = "water evaporation ponds brine indigenous communities"

    def rank_of_water(focus: str | None) -> int:
        drivers = propose(corpus, query, focus=focus).sections["drivers"]
        return next(i for i, c in enumerate(drivers) if "evaporation" in c.sentence.quote)

    assert rank_of_water(themes) < rank_of_water(None)
    assert rank_of_water(themes) <= 1  # first, or a close second to the most central passage

    seeds = SCENARIOS / "lithium" / "seeds"
    brief = write(
        tmp_path / "b.yaml",
        f"""title: Lithium in the Andes
topic: {query}
seeds: {seeds}
audiences:
  - {{id: plain, label: Desk, template: standard, max_words: 300}}
  - {{id: water, label: Desk, template: standard, max_words: 300, focus: "{themes}"}}
""",
    )
    result = build(brief, out=tmp_path / "out", formats=["md"])
    manifest = json.loads(result.manifest.read_text())
    quotes = {
        m["audience"]: [e["quote"] for s in m["sections"] for e in s["excerpts"]]
        for m in manifest["memos"]
    }
    assert quotes["water"] != quotes["plain"]


def test_small_budgets_hold_however_words_are_counted(tmp_path: Path) -> None:
    brief = write(
        tmp_path / "b.yaml",
        f"""title: Lithium
seeds: {SCENARIOS / "lithium" / "seeds"}
audiences:
  - {{id: small, label: Desk, template: principal, max_words: 200}}
  - {{id: tiny, label: Desk, template: analyst, max_words: 60}}
""",
    )
    result = build(brief, out=tmp_path / "out", formats=["md"], audiences=["small"])
    md = (result.out_dir / "small.md").read_text()
    assert _md_body_words(md) <= 200
    assert result.memos[0].word_count <= 200
    with pytest.raises(InputError, match=r"b.yaml:audiences.tiny.max_words: max_words 60 leaves"):
        build(brief, out=tmp_path / "out", formats=["md"], audiences=["tiny"])


def test_partial_build_updates_its_memo_and_keeps_the_others(scenario, tmp_path: Path) -> None:
    run_build = build
    brief = scenario("lithium") / "brief.yaml"
    out = tmp_path / "out"
    full = run_build(brief, out=out)
    audiences = [m["audience"] for m in json.loads(full.manifest.read_text())["memos"]]
    assert len(audiences) >= 2
    partial = run_build(brief, out=out, audiences=[audiences[0]], formats=["docx"])
    memos = json.loads(partial.manifest.read_text())["memos"]
    assert [m["audience"] for m in memos] == audiences
    assert memos[0]["files"] == {"docx": f"{audiences[0]}.docx"}
    assert set(memos[1]["files"]) == {"docx", "pdf", "md"}
    changes = json.loads((partial.out_dir / "changes.json").read_text())
    assert all(not s["added"] and not s["removed"] for m in changes["memos"] for s in m["sections"])


def _reference_with(extra: dict[str, bytes]) -> bytes:
    """briefkit's own reference document with some parts replaced or added."""
    import io
    import zipfile

    from briefkit.writers.docx import reference_docx

    source = zipfile.ZipFile(io.BytesIO(reference_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            if member.filename not in extra:
                target.writestr(member, source.read(member))
        for name, data in extra.items():
            target.writestr(name, data)
    return buffer.getvalue()


XXE_STYLES = (
    b'<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
    b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"&x;</w:styles>"
)


@pytest.mark.parametrize(
    ("parts", "fragment"),
    [
        ({"word/styles.xml": XXE_STYLES}, "DTD"),
        ({"word/media/padding.bin": bytes(4 * 2**20)}, "zip bomb"),
    ],
)
def test_a_hostile_reference_document_is_exit_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], parts: dict[str, bytes], fragment: str
) -> None:
    from briefkit.cli import main
    from tests.hostile import ARTICLE

    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    (tmp_path / "ref.docx").write_bytes(_reference_with(parts))
    brief = write(
        tmp_path / "brief.yaml",
        "title: Harbours\nseeds: seeds\nreference_docx: ref.docx\n"
        "audiences:\n  - id: analyst\n    label: Analysts\n",
    )
    status = main(["build", str(brief), "--out", str(tmp_path / "out"), "--format", "docx"])
    err = capsys.readouterr().err.strip()
    assert status == 2, err
    assert len(err.splitlines()) == 1 and "ref.docx" in err and fragment in err


@pytest.mark.parametrize(("line", "lang"), [("", "en"), ("lang: fr\n", "fr")])
def test_the_brief_language_reaches_the_pdf(tmp_path: Path, line: str, lang: str) -> None:
    import io

    from pypdf import PdfReader

    from tests.hostile import ARTICLE

    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    brief = write(
        tmp_path / "brief.yaml",
        f"title: Harbours\nseeds: seeds\n{line}audiences:\n  - id: analyst\n    label: Analysts\n",
    )
    result = build(brief, out=tmp_path / "out", formats=["pdf"])
    pdf = PdfReader(io.BytesIO((result.out_dir / "analyst.pdf").read_bytes()))
    assert pdf.trailer["/Root"]["/Lang"] == lang


def test_the_page_checked_pdf_is_not_rendered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_module = importlib.import_module("briefkit.build")  # the package exports `build`

    rendered: list[str] = []
    real = build_module.render_one

    def spy(job):
        rendered.append(f"{job.memo.audience}.{job.format}")
        return real(job)

    # audiences composed in this process, where the spy sees what is rendered
    monkeypatch.setattr(build_module, "worker_count", lambda jobs, minimum_jobs: 1)
    monkeypatch.setattr(build_module, "render_one", spy)
    result = build(ROOT / "briefs" / "tajikistan-taliban.yaml", out=tmp_path, formats=["pdf"])
    principal = result.out_dir / "principal.pdf"
    assert "principal.pdf" not in rendered  # its layout has a page limit: checked once
    assert principal.read_bytes().startswith(b"%PDF")
    assert "analyst.pdf" in rendered


def test_audiences_are_composed_side_by_side_with_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each audience is composed and rendered in a worker process of its own (a rebuild
    of a large corpus spends most of its time there), and the files are those of a
    build that composes them one after another here."""
    build_module = importlib.import_module("briefkit.build")
    brief = ROOT / "briefs" / "tajikistan-taliban.yaml"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    asked: list[int] = []
    real = build_module.fork_map

    def recording(function, items, workers):
        asked.append(workers)
        return real(function, items, workers)

    monkeypatch.setattr(build_module, "fork_map", recording)
    monkeypatch.setattr(build_module, "worker_count", lambda jobs, minimum_jobs: 2)
    side_by_side = build(brief, out=tmp_path / "forked")
    monkeypatch.setattr(build_module, "worker_count", lambda jobs, minimum_jobs: 1)
    one_by_one = build(brief, out=tmp_path / "serial")
    assert asked == [3, 1]  # two cores, three audiences: all three started at once
    assert gc.get_freeze_count() == 0  # what loading froze is the collector's again
    names = sorted(p.name for p in one_by_one.out_dir.iterdir() if p.suffix != ".json")
    assert "principal.pdf" in names and "analyst.docx" in names
    for name in names:
        assert (side_by_side.out_dir / name).read_bytes() == (
            one_by_one.out_dir / name
        ).read_bytes(), name
    assert side_by_side.warnings == one_by_one.warnings


def test_the_page_check_renders_a_memo_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefkit.writers.pdf as pdf
    from briefkit.build import _page_check
    from briefkit.writers import WriteOptions
    from tests.memo_factory import memo_with

    renders = []
    real = pdf.write_pdf_counted
    monkeypatch.setattr(
        pdf, "write_pdf_counted", lambda *a, **k: renders.append(1) or real(*a, **k)
    )
    held: dict = {}
    fits = _page_check(1, WriteOptions(epoch=1700000000, warnings=[]), held)
    assert fits is not None
    memo, other = memo_with(["One excerpt."]), memo_with(["Another excerpt."])
    assert fits(memo) and fits(memo) and fits(other)
    assert len(renders) == 2  # the same memo asked about twice is rendered once
    assert held[id(memo)][0] is memo  # its PDF is kept for the build to write


def test_a_quick_page_check_sets_a_compact_memo_only_as_word_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The search for the most room that fits asks only Word's setting, which binds first;
    the memo chosen is then checked as its PDF too, once, and that PDF is kept."""
    import briefkit.writers.pdf as pdf
    from briefkit.build import _page_check
    from briefkit.writers import WriteOptions
    from tests.memo_factory import memo_with

    settings: list[bool] = []
    real = pdf.write_pdf_counted

    def spy(memo, options):
        settings.append(options.as_word)
        return real(memo, options)

    monkeypatch.setattr(pdf, "write_pdf_counted", spy)
    held: dict = {}
    fits = _page_check(1, WriteOptions(epoch=1700000000, warnings=[]), held)
    assert fits is not None
    memo = dataclasses.replace(memo_with(["One excerpt."]), compact=True)
    assert fits(memo, quick=True) and fits(memo, quick=True)
    assert settings == [True] and id(memo) not in held
    assert fits(memo) and fits(memo)
    assert settings == [True, False] and held[id(memo)][0] is memo


def test_the_one_page_memo_is_found_in_few_renders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The example's one-page note overflows at its first choice; stepping down from that
    room finds the most that fits in five renders (halving from the floor, with both
    settings checked at every trial, took eleven), and the PDF written is one of them."""
    import briefkit.writers.pdf as pdf

    build_module = importlib.import_module("briefkit.build")
    renders: list[str] = []
    real = pdf.write_pdf_counted
    monkeypatch.setattr(
        pdf, "write_pdf_counted", lambda m, o: renders.append(m.audience) or real(m, o)
    )
    monkeypatch.setattr(build_module, "worker_count", lambda jobs, minimum_jobs: 1)
    build(ROOT / "briefs" / "tajikistan-taliban.yaml", out=tmp_path, formats=["pdf"])
    assert 2 <= renders.count("principal") <= 6


# Builds the example in a fresh interpreter and prints what was loaded when the audiences
# were forked, and what the whole build loaded.
LOADED_AT_FORK = """
import importlib, json, sys
build_module = importlib.import_module("briefkit.build")
real, at_fork = build_module.fork_map, []
def recording(function, items, workers):
    at_fork.extend(sys.modules)
    return real(function, items, workers)
build_module.fork_map = recording
build_module.build(build_module.Path(sys.argv[1]), out=build_module.Path(sys.argv[2]))
print(json.dumps({"at_fork": sorted(at_fork), "at_end": sorted(sys.modules)}))
"""


def test_audience_workers_inherit_what_they_load_and_no_pdf_reader_is_loaded(
    tmp_path: Path,
) -> None:
    """nameparser is loaded before the audiences are forked (each worker had imported it
    on its own), and the page check counts pages without pypdf, which a build whose
    sources are in the index does not import at all."""
    import subprocess
    import sys

    brief = ROOT / "briefs" / "tajikistan-taliban.yaml"
    done = subprocess.run(
        [sys.executable, "-c", LOADED_AT_FORK, str(brief), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert "nameparser" in loaded["at_fork"]
    assert "pypdf" not in loaded["at_end"]
    # scipy (0.2 s) is loaded by the child forked to find neighbours, never here
    if parallel.worker_count(2, minimum_jobs=2) > 1:
        assert "scipy.sparse" not in loaded["at_end"]


def test_the_header_names_the_briefs_author_and_no_tool(example_build, lithium_build) -> None:
    """A brief without an author gets no "From" line (cold read: "from briefkit" in every
    header read as debris); one with an author is from that unit."""
    cases = ((example_build, "Regional Analysis Unit"), (lithium_build, None))
    for (result, manifest), author in cases:
        for memo in manifest["memos"]:
            md = (result.out_dir / memo["files"]["md"]).read_text(encoding="utf-8")
            head = md.split("\n## ", 1)[0]
            assert "briefkit" not in head, head
            if author:
                assert author in head, head
            else:
                assert "**From:**" not in head and "· from " not in head, head


@pytest.mark.parametrize("which", ["example_build", "lithium_build", "nile_build"])
def test_no_sentence_is_quoted_twice_in_a_memo(which: str, request: pytest.FixtureRequest) -> None:
    """A joined pair of sentences and its first sentence alone are one quote told twice:
    a disagreement row that holds one must not leave the other to an excerpt or a row."""
    _, manifest = request.getfixturevalue(which)
    for memo in manifest["memos"]:
        quotes = [e["quote"] for s in memo["sections"] for e in s["excerpts"]]
        for i, quote in enumerate(quotes):
            for other in quotes[i + 1 :]:
                assert quote not in other and other not in quote, (memo["audience"], quote)


def test_sources_off_the_briefs_topic_are_left_out_and_reported(tmp_path: Path) -> None:
    """One folder for several topics: the memo quotes the brief's sources only, the build
    says which it left out, and the manifest marks them."""
    import shutil

    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    alone = build(
        ROOT / "briefs" / "tajikistan-taliban.yaml",
        seeds=seeds,
        out=tmp_path / "alone",
        formats=["md"],
    )
    shutil.copytree(SCENARIOS / "lithium" / "seeds", seeds / "desk" / "lithium")
    shutil.copytree(SCENARIOS / "nile" / "seeds", seeds / "desk" / "nile")
    result = build(
        ROOT / "briefs" / "tajikistan-taliban.yaml",
        seeds=seeds,
        out=tmp_path / "out",
        formats=["md"],
    )
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    left_out = {s["id"] for s in manifest["sources"] if s.get("off_topic")}
    assert {s["path"] for s in manifest["sources"] if s["id"] in left_out} == {
        p.relative_to(seeds).as_posix() for p in (seeds / "desk").rglob("*.*")
    }
    quoted = {e["source"] for m in manifest["memos"] for s in m["sections"] for e in s["excerpts"]}
    assert quoted and not quoted & left_out
    assert any("7 of 12 sources left out as not about the brief" in w for w in result.warnings)
    assert (result.sources, result.off_topic, alone.off_topic) == (12, 7, 0)
    # the memos are those of the brief's sources alone: the newer articles on other
    # topics neither date its views as older nor change what it quotes
    for audience in ("principal", "analyst", "security"):
        memo = (result.out_dir / f"{audience}.md").read_text(encoding="utf-8")
        assert memo == (alone.out_dir / f"{audience}.md").read_text(encoding="utf-8")
    assert "5 sources" in memo


@pytest.mark.parametrize(
    ("source", "months"),
    [("2025-12-02", 12), ("2025-12-31", 11), ("2025-12", 11), ("2025", 11), (None, 0)],
)
def test_a_sources_age_is_counted_to_the_nearest_month(source: str | None, months: int) -> None:
    """A source of 2 December 2025 in a memo of 30 November 2026 had been "11 months old",
    which a cold reader called a month short; one of 31 December is 11."""
    import datetime as dt

    from briefkit.build import _months_between

    assert _months_between(source, dt.date(2026, 11, 30)) == months


def test_the_intro_says_an_undated_source_tells_newer_events(example_build) -> None:
    """The example's undated Asatryan article reports trade of the first six months of
    2024; the dated sources end in January 2023. The memo says so, not only "3 undated",
    and the range is the dated sources' ("October 2021 to January 2023 (3 undated, …)" had
    read to a cold reader as the memo's whole span)."""
    result, _ = example_build
    memo = (result.out_dir / "principal.md").read_text(encoding="utf-8")
    assert (
        "5 sources read, 2 dated October 2021 to January 2023 and 3 undated, one telling "
        "events to 2024;" in memo
    )


def _dockers_brief(tmp_path: Path, seeds: Path, focus: str | None = None) -> Path:
    """A brief on the dockers' seeds whose date is left as "{date}" for the test to set;
    with `focus`, a second audience ("pay") of that focus."""
    second = (
        f'\n  - {{id: pay, label: Desk, template: standard, max_words: 400, focus: "{focus}"}}'
        if focus
        else ""
    )
    return write(
        tmp_path / "b.yaml",
        f"""title: Harbourland dockers
topic: {DOCKERS_TOPIC}
date: {{date}}
seeds: {seeds}
audiences:
  - {{id: plain, label: Desk, template: standard, max_words: 400}}{second}
""",
    )


def test_no_audience_is_offered_a_view_of_a_date_now_past(tmp_path: Path) -> None:
    """The bottom line and outlook hold no view looking only to a date before the memo's
    month (`compose.current_views`), for an audience with a focus as for one without:
    the filter runs once per build, and again for a focused audience's own scores."""
    seeds = tmp_path / "seeds"
    write_dockers_views(seeds)
    brief = _dockers_brief(tmp_path, seeds, "pay dues")
    text = brief.read_text()
    for date, quoted in (("2025-11-02", True), ("2026-12-02", False)):
        brief.write_text(text.replace("{date}", date))
        result = build(brief, out=tmp_path / date, formats=["md"])
        memos = json.loads(result.manifest.read_text())["memos"]
        for memo in memos:
            views = {
                e["quote"]: s["id"]
                for s in memo["sections"]
                for e in s["excerpts"]
                if s["id"] in ("summary", "outlook")
            }
            assert (LAPSED_VIEW in views) is quoted, (date, memo["audience"], views)


def test_sources_dated_after_the_memo_are_named_in_a_warning(tmp_path: Path) -> None:
    """A memo cannot have read a source of a later day: a cold reader of memos dated 3
    December 2025 found them quoting a note of the 10th. The build says which sources are
    later (a month's or a year's date only when that month or year is), and still builds."""
    seeds = tmp_path / "seeds"
    write_dockers_views(seeds)  # two sources of 20 and 21 October 2025
    write(seeds / "c.txt", "Harbour Diary\n\nOctober 2025\n\nThe harbour board met again.\n")
    brief = _dockers_brief(tmp_path, seeds)
    text = brief.read_text()
    found = {}
    for date in ("2025-10-20", "2025-11-02"):
        brief.write_text(text.replace("{date}", date))
        result = build(brief, out=tmp_path / date, formats=["md"])
        found[date] = [w for w in result.warnings if "dated after the memo's date" in w]
    assert found["2025-11-02"] == []
    assert found["2025-10-20"] == [
        "1 of 3 sources are dated after the memo's date (2025-10-20): b.txt (2025-10-21); "
        "check their dates, or the brief's date"
    ]
