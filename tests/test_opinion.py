"""Opinion pieces: what a page shows of its section, read as scraped pages keep it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.corpus import Document, SourceMeta
from briefkit.opinion import names_an_opinion_section, opinion_piece

BODY = "\n\nThe harbour board is wrong to raise its dues, and the port will pay for it.\n"


def _page(text: str, meta: SourceMeta | None = None) -> Document:
    return Document("page", "page.txt", "0" * 64, meta or SourceMeta(), text + BODY, ())


@pytest.mark.parametrize(
    ("opening", "opinion"),
    [
        ("---\ntitle: Dues\nsection: Opinion\n---", True),
        ("---\ntitle: Dues\nsource: The Harbour Observer (Opinion)\n---", True),
        ("[Harbour Times](/) › [Opinion](/opinion) › [Guest essays](/opinion/guest)", True),
        ("OPINION | The harbour dues are a tax on the poor", True),
        ("*Opinion · Harbour Voices · 5 August 2025 · 6 min read*", True),
        ("**OPINION | HARBOURS**\n\n# The dues are a tax", True),
        ("**Mara Quist** · The Harbour Ledger · Opinion · 14 March 2024", True),
        ("*Saved from harbourvoices.example/opinion/dues-are-a-tax*", True),
        # a site's menu lists its sections: it says nothing of this page
        ("Home | World | Harbours | Opinion | Podcasts | Subscribe", False),
        ("[Home](/) · [News](/news) · [Opinion](/opinion) · [Data](/data)", False),
        # a think tank's commentary is analysis; the disclaimer is on those too
        ("Commentary | Harbour Security Programme | 12 May 2025", False),
        ("The views expressed are the author's own.", False),
        ("# Harbour board raises dues\n\nBy Mara Quist, 14 March 2024", False),
    ],
)
def test_an_opinion_piece_is_told_by_what_its_page_shows(opening: str, opinion: bool) -> None:
    assert opinion_piece(_page(opening)) is opinion


def test_the_section_a_reader_found_tells_it() -> None:
    assert opinion_piece(_page("# Dues", SourceMeta(section="OPINION | GUEST ESSAY")))
    assert not opinion_piece(_page("# Dues", SourceMeta(section="Business")))
    assert opinion_piece(_page("# Dues", SourceMeta(url="https://hv.example/op-ed/dues-tax")))
    assert not opinion_piece(_page("# Dues", SourceMeta(url="https://hv.example/opinion")))
    assert names_an_opinion_section("Guest essay")
    assert not names_an_opinion_section("News")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.text(max_size=40)))
def test_any_text_is_answered(text: str, section: str | None) -> None:
    assert opinion_piece(_page(text, SourceMeta(section=section))) in (True, False)
