from __future__ import annotations

from briefkit.citations import bibliography_entry, full_note, short_note
from briefkit.corpus import SourceMeta

FULL = SourceMeta(
    "Why Things Happen in Places", ("Ann Lee",), "The Review", "2021-10-26", "https://r.org/a"
)


def test_chicago_full_and_short_notes() -> None:
    assert (
        full_note(FULL, "f.txt")
        == "Ann Lee, “Why Things Happen in Places,” The Review, October 26, 2021,"
    )
    assert short_note(FULL, "f.txt") == "Lee, “Why Things Happen in.”"
    assert (
        bibliography_entry(FULL, "f.txt")
        == "Lee, Ann. “Why Things Happen in Places.” The Review, October 26, 2021."
    )


def test_missing_metadata_degrades_gracefully() -> None:
    bare = SourceMeta()
    for text in (
        full_note(bare, "a.txt"),
        short_note(bare, "a.txt"),
        bibliography_entry(bare, "a.txt"),
    ):
        assert "None" not in text
        assert "a.txt" in text
        assert not text.endswith("..")
    assert full_note(bare, "a.txt") == "“a.txt,” n.d."


def test_several_authors() -> None:
    meta = SourceMeta("T", ("Ann Lee", "Bo Chan", "Cy Diaz"))
    assert short_note(meta, "x").startswith("Lee et al.")
    assert full_note(meta, "x").startswith("Ann Lee, Bo Chan, and Cy Diaz,")
