"""`briefkit sources`: what each source gives a citation, and what looks wrong."""

from __future__ import annotations

from pathlib import Path

from briefkit.assemble import fallback_title
from briefkit.read import read_corpus
from briefkit.sources import list_sources, title_looks_like_text
from tests.conftest import write


def test_a_body_sentence_taken_for_a_title_is_flagged(tmp_path: Path) -> None:
    sentence = (
        "The ministry said on Monday that the new border rules would take effect "
        "within three months of the vote in parliament."
    )
    write(tmp_path / "a.txt", f"{sentence}\n\nMore text follows here, as it does.\n")
    write(tmp_path / "b.txt", "Border rules take effect\n\nBy Ana Reyes\n\nThe rules start soon.\n")
    rows, _ = list_sources(tmp_path)
    warned = {r.file: any("looks like a sentence" in w for w in r.warnings) for r in rows}
    assert warned == {"a.txt": True, "b.txt": False}
    assert not title_looks_like_text(
        "Sudan is already two countries. Pretending otherwise helps no one"
    )


def test_an_untitled_source_is_cited_by_its_opening_not_its_file_name(tmp_path: Path) -> None:
    write(tmp_path / "012.txt", "\n")
    write(
        tmp_path / "013.txt",
        "x" * 0 + " ".join(["word"] * 40) + ". The rest of the text is here.\n",
    )
    corpus = read_corpus(tmp_path)
    for document in corpus.documents:
        title = fallback_title(document)
        assert document.path not in title
        assert title.startswith("Untitled")


def test_the_terminal_view_reads_in_80_columns(tmp_path: Path) -> None:
    from briefkit.sources import as_records

    headline = "A rather long headline about the border rules that the ministry published on Monday"
    write(
        tmp_path / "a.txt",
        f"{headline}\n\nBy Ana Reyes\n\nMarch 3, 2024\n\nThe rules start soon.\n",
    )
    rows, _ = list_sources(tmp_path)
    text = as_records(rows, 80)
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "Ana Reyes" in text and "2024-03-03" in text and "missing" in text


def test_listing_sources_gives_the_collector_back_what_loading_froze(tmp_path: Path) -> None:
    import gc

    write(tmp_path / "a.txt", "Title\n\nMarch 3, 2024\n\nThe border stays closed this week.\n")
    list_sources(tmp_path)  # parsed, then stored
    list_sources(tmp_path)  # loaded from the index
    assert gc.get_freeze_count() == 0


def test_an_opinion_piece_is_listed_as_one(tmp_path: Path) -> None:
    """An editor sees which sources briefkit takes for op-eds (their bullets name their
    writer), and the section a page gave."""
    from briefkit.sources import as_records

    body = "The harbour board is wrong to raise its dues, and the port will pay for it in trade."
    write(tmp_path / "a.md", f"---\ntitle: Dues\nsection: Opinion\n---\n\n{body}\n\n{body}\n")
    write(tmp_path / "b.txt", f"Dues rise\n\nBy Ana Reyes\n\nMarch 3, 2024\n\n{body}\n")
    rows, _ = list_sources(tmp_path)
    assert {r.file: (r.section, r.opinion) for r in rows} == {
        "a.md": ("Opinion", True),
        "b.txt": (None, False),
    }
    assert as_records(rows).count("opinion piece") == 1
