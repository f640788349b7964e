"""Sidecar and front matter metadata: wrong types, impossible dates, hostile lengths and URLs
are ignored or bounded with a warning naming the file and key; the source is kept."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from briefkit.build import build
from briefkit.read import MAX_TITLE_CHARS, read_corpus
from briefkit.sanitize import linkable_url
from tests.conftest import write
from tests.hostile import ARTICLE, BRIEF


@pytest.mark.parametrize(
    ("sidecar", "key"),
    [
        ("authors: 5\n", "authors"),
        ("author: {name: Ann}\n", "author"),
        ("title: [a, b]\n", "title"),
        ("date: 0000-13-45\n", "date"),
        ("date: 2024-02-30\n", "date"),
        ("publisher: {x: 1}\n", "publisher"),
    ],
)
def test_a_bad_sidecar_field_is_ignored_and_the_source_kept(
    tmp_path: Path, sidecar: str, key: str
) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    write(tmp_path / "seeds" / "article.txt.meta.yaml", "url: https://example.org/a\n" + sidecar)
    corpus = read_corpus(tmp_path / "seeds")
    assert corpus.skipped == ()
    (document,) = corpus.documents
    assert document.meta.url == "https://example.org/a"  # the good fields stay
    assert any("article.txt.meta.yaml" in w and f"'{key}'" in w for w in document.warnings), (
        document.warnings
    )


def test_a_bad_front_matter_field_is_ignored(tmp_path: Path) -> None:
    write(tmp_path / "seeds" / "article.md", "---\ntitle: Harbours\nauthors: 5\n---\n\n" + ARTICLE)
    (document,) = read_corpus(tmp_path / "seeds").documents
    assert document.meta.title == "Harbours"
    assert any("front matter" in w and "'authors'" in w for w in document.warnings)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a\x01b",
        "https://example.org/a\x1f",
        "doi:10.1000/a\x01b",
        "https://example.org/a\x85b",
    ],
)
def test_control_characters_never_make_a_link(url: str) -> None:
    assert linkable_url(url) is None


@pytest.mark.parametrize("url", ["https://example.org/a\\x1f", "doi:10.1000/example.org\\x01b"])
def test_a_url_with_a_control_character_builds_every_format(tmp_path: Path, url: str) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    write(tmp_path / "seeds" / "article.txt.meta.yaml", f'url: "{url}"\n')
    result = build(write(tmp_path / "brief.yaml", BRIEF), out=tmp_path / "out")
    assert (result.out_dir / "analyst.docx").is_file()
    assert "example.org" not in (result.out_dir / "analyst.md").read_text()
    assert any("url ignored" in w for w in result.warnings)


@pytest.mark.parametrize("title", ["X" * 100_000, " ".join(["harbour"] * 3000)])
def test_a_huge_title_is_shortened_and_builds(tmp_path: Path, title: str) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    write(tmp_path / "seeds" / "article.txt.meta.yaml", f"title: {title}\n")
    result = build(write(tmp_path / "brief.yaml", BRIEF), out=tmp_path / "out")
    assert {p.suffix for p in result.out_dir.iterdir()} >= {".docx", ".pdf", ".md"}
    assert any("title shortened" in w and "article.txt" in w for w in result.warnings)
    assert len(result.out_dir.joinpath("analyst.md").read_text()) < 20_000


def test_many_long_authors_are_bounded(tmp_path: Path) -> None:
    names = "\n".join(f"  - {'Writer' * 40} {n}" for n in range(40))
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    write(tmp_path / "seeds" / "article.txt.meta.yaml", f"authors:\n{names}\n")
    (document,) = read_corpus(tmp_path / "seeds").documents
    assert len(document.meta.authors) <= 12
    assert all(len(a) <= 120 for a in document.meta.authors)
    assert MAX_TITLE_CHARS <= 300


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_huge_source_is_bounded_and_builds_in_1_gib(tmp_path: Path) -> None:
    """30,000 paragraphs as text and as DOCX: the build runs in an address space of 1 GiB
    (a bound, not a timing), and each file over the per-source limit is named."""
    import os
    import resource
    import subprocess
    import sys

    from tests.hostile import docx_of, many_paragraphs

    seeds = tmp_path / "seeds"
    write(seeds / "long.txt", "Harbour Plans\n\n" + "\n\n".join(many_paragraphs(30_000)))
    (seeds / "long-report.docx").write_bytes(docx_of(many_paragraphs(30_000, "port")))
    brief = write(tmp_path / "brief.yaml", BRIEF)

    def one_gib() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))

    env = {**os.environ, "BRIEFKIT_MAX_SENTENCES": "3000", "PYTHONWARNINGS": "ignore"}
    command = [sys.executable, "-m", "briefkit", "build", str(brief), "--out", str(tmp_path)]
    done = subprocess.run(
        [*command, "--format", "md", "--format", "docx"],
        preexec_fn=one_gib,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for name in ("long.txt", "long-report.docx"):
        assert any(
            name in line and "first 3,000 sentences" in line for line in done.stderr.splitlines()
        ), done.stderr[-2000:]


def test_a_quote_equal_to_its_text_is_stored_once(tmp_path: Path) -> None:
    """A sentence's quote that is its text is the same string: the corpus index pickles
    it once (a source had stored every sentence twice, a third of its entry)."""
    import pickle

    write(tmp_path / "seeds" / "a.txt", ARTICLE)
    (document,) = read_corpus(tmp_path / "seeds").documents
    sentence = next(s for s in document.sentences if s.quote == s.text)
    assert sentence.quote is sentence.text
    again = pickle.loads(pickle.dumps(sentence, protocol=5))
    assert again.quote is again.text


def test_a_sentences_word_count_is_kept_but_not_stored(tmp_path: Path) -> None:
    """Selection asks a candidate's word count at every step: counted once per sentence,
    and left out of what the corpus index stores (it is the quote's, found again)."""
    import pickle

    write(tmp_path / "seeds" / "a.txt", ARTICLE)
    (document,) = read_corpus(tmp_path / "seeds").documents
    sentence = document.sentences[0]
    assert sentence.words == len(sentence.quote.split())
    assert "words" in sentence.__dict__
    again = pickle.loads(pickle.dumps(sentence, protocol=5))
    assert "words" not in again.__dict__
    assert again == sentence and again.words == sentence.words


@pytest.mark.parametrize(
    ("ending", "warned"),
    [
        ("and several analysts expect any investor to insist on", True),
        ("and several analysts expect any investor to insist on it.", False),
        ("Privacy Policy | Terms of Service | Do Not Sell My Personal Information", False),
        ("Share on Facebook · Email · Sign up for the harbour newsletter today", False),
        # a wire story's credits end on a name (a cold read: the warning buried real cuts)
        ("Reporting by Ann Lee in Kelby; Editing by Bo Chan and Cy Dee", False),
    ],
)
def test_a_text_that_stops_mid_sentence_is_reported(
    tmp_path: Path, ending: str, warned: bool
) -> None:
    """A scrape cut short ("…to insist on") is read and kept, and the build says so: an
    excerpt from it may lack what followed (a memo had cited a cut-off file three times
    without a word)."""
    write(tmp_path / "seeds" / "a.txt", ARTICLE + "\n" + ending + "\n")
    (document,) = read_corpus(tmp_path / "seeds").documents
    cut = [w for w in document.warnings if "cut off" in w]
    assert bool(cut) is warned, document.warnings
    if warned:
        assert "to insist on" in cut[0]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("UPDATE 2-Harbour board clears way for new dues", "Harbour board clears way for new dues"),
        ("EXCLUSIVE-Harbour board weighs new dues", "Harbour board weighs new dues"),
        ("Update on the harbour dues", "Update on the harbour dues"),
    ],
)
def test_a_wire_services_tag_is_no_part_of_the_title(tmp_path: Path, line: str, title: str) -> None:
    """ "UPDATE 2-EU states clear way…" had been cited as "UPDATE 2-EU States Clear"."""
    write(
        tmp_path / "a.txt",
        f"{line}\n\nBy Jane Roe\n\nMarch 3, 2024\n\n"
        "The harbour board voted on Monday to raise its dues by a tenth from April.\n",
    )
    (document,) = read_corpus(tmp_path).documents
    assert document.meta.title == title


def test_a_menu_stands_over_no_sentence(tmp_path: Path) -> None:
    """ "Subscribe for $1/week | Sign in | Newsletters" had been the heading of every
    sentence of an article (in 34 bench corpora), where a heading gives section cues and a
    verdict's place; a real heading below still heads its text, and ids stay as they were."""
    write(
        tmp_path / "seeds" / "a.txt",
        "THE HARBOUR DAILY\nHome  >  Ports  >  Dues\nSubscribe for $1/week | Sign in | Newsletters"
        "\n\nHarbour board raises dues by a tenth, setting up a clash with shippers\n\n"
        "By Ada Nwosu\nDecember 6, 2024\n\n"
        "The harbour board raised its dues by a tenth on Friday, and shippers objected.\n\n"
        "Outlook\n\nShippers will take the board to court in the spring, lawyers said.\n",
    )
    (document,) = read_corpus(tmp_path / "seeds").documents
    headings = {s.text[:12]: s.heading for s in document.sentences}
    assert headings == {"The harbour ": None, "Shippers wil": "Outlook"}
    assert [s.id for s in document.sentences] == ["a:p1:s1", "a:p2:s1"]


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        (
            "Throughout his career the president has called himself “the guardian of all "
            "citizens abroad” (as his aides call him [publicly](#)), and the state encourages it.",
            "Throughout his career the president has called himself “the guardian of all "
            "citizens abroad”…",
        ),
        (
            "The board (led by its [chair](#)), after years of delays and two lawsuits over "
            "dredging, approved the new berths for the spring.",
            "…after years of delays and two lawsuits over dredging, approved the new berths "
            "for the spring.",
        ),
    ],
)
def test_a_trimmed_quote_leaves_no_bracket_or_quotation_open(
    tmp_path: Path, line: str, quoted: str
) -> None:
    """A link's word is no verbatim part of the file, so its sentence is quoted trimmed;
    the trim stops before a bracket it would leave open (a cold reader found "…(as his
    associates call him…" and took the syntax for broken)."""
    write(tmp_path / "seeds" / "a.md", f"# Title\n\n{line}\n\nAnother sentence ends here.\n")
    (document,) = read_corpus(tmp_path / "seeds").documents
    assert document.sentences[0].quote == quoted


def test_a_part_after_a_cut_opens_on_a_word(tmp_path: Path) -> None:
    """A footnote's numeral glued to a word is no part of the quote: "…in place13 , a
    stand…" had been quoted "in place … , a stand", which a cold reader took for a typo."""
    line = (
        "For now, the federation has refused to recognise the new regime until there is an "
        "inclusive government in place13 , a stand similar to that of its southern neighbour."
    )
    write(tmp_path / "seeds" / "a.txt", f"Title\n\n{line}\n\nAnother sentence ends here.\n")
    (document,) = read_corpus(tmp_path / "seeds").documents
    (quoted,) = [s.quote for s in document.sentences if "federation" in s.text]
    assert "… a stand similar" in quoted
    assert "… ," not in quoted


def test_a_wires_update_label_dates_its_paragraph_and_is_not_quoted(tmp_path: Path) -> None:
    """ "UPDATE, January 16: The Treasury Department on Thursday also imposed sanctions…"
    in a wire of January 7, 2025 had been quoted label and all, and its Thursday read as
    January 2 (a cold read of `sudan`): the label is left out of the sentence and dates the
    paragraphs after it, as a heading "Update, January 16, 2025" would."""
    from briefkit.analysis.findings import event_date_told

    write(
        tmp_path / "wire.txt",
        "Harbour Board Fines Pilots\n\nJanuary 7, 2025\n\n"
        "The harbour board on Tuesday fined three pilots for ignoring tide warnings.\n\n"
        "UPDATE, January 16: The port authority on Thursday also suspended the pilots' "
        "licences for a year.\n",
    )
    (document,) = read_corpus(tmp_path).documents
    update = next(s for s in document.sentences if "suspended" in s.text)
    assert update.quote.startswith("The port authority on Thursday")
    assert document.date_of(update) == "2025-01-16"
    assert event_date_told(update, document.date_of(update)) == "2025-01-16"
    first = next(s for s in document.sentences if "fined" in s.text)
    assert document.date_of(first) == "2025-01-07"


def test_a_timelines_year_carries_to_its_entries_that_give_none(tmp_path: Path) -> None:
    """The last entry that gave a year dates the entries after it ("Sept. 15, 2023 - …"
    then "Oct. 25 - …"), across paragraphs; the date is no part of the quote."""
    write(
        tmp_path / "a.txt",
        "Two Years On\n\nBy Ana Field | Sept. 15, 2025\n\n"
        "Sept. 15, 2023 - Contracts at the harbour expire at midnight.\n\n"
        "Oct. 25 - The harbour board and the union reach a tentative agreement.\n\n"
        "Jan. 4 - Dockers vote to ratify the harbour contract.\n",
    )
    (document,) = read_corpus(tmp_path).documents
    told = {s.quote: s.told_date for s in document.sentences}
    assert told["The harbour board and the union reach a tentative agreement."] == "2023-10-25"
    assert told["Dockers vote to ratify the harbour contract."] == "2024-01-04"
