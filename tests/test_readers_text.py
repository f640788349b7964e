from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.errors import SourceError
from briefkit.readers.decode import decode_text
from briefkit.readers.text import read_markdown, read_plain
from tests.conftest import assert_quotes_verbatim

SCRAPED = """\
# A Headline About Rivers

By [Jane Roe](#)

March 3, 2022

Lead paragraph about the dispute that has gone on for years between the two states.

Photo of a dam at sunset. **Some Photographer / AGENCY**

The ministry has [repeatedly](#) said that talks must resume soon, according to officials.3 Another sentence follows here with more detail.

[\\(click to enlarge\\)](#)

**Related article:** [Something else entirely](#)

Experts expect the **dispute** to deepen unless a deal is found in place12 , a view shared widely.

A third phase is expected to be launched in 2024.11 If it is, prices rise by 2.5 percent.

A Headline About Rivers

*This article was first [published](#) by the River Institute.*

Original url:

<https://www.example.org/2022/03/03/rivers>
"""


def _body(result) -> str:
    return "\n".join(b.content.text for b in result.blocks)


def test_web_debris_is_removed_and_metadata_found() -> None:
    result = read_plain(SCRAPED.encode())
    body = _body(result)
    assert "click to enlarge" not in body
    assert "Related article" not in body
    assert "Some Photographer" not in body
    assert "](#)" not in body and "**" not in body
    assert "officials. Another" in body  # glued numeral "officials.3" dropped
    assert "in 2024. If it" in body  # and "2024.11 If it": a year's stop, then the numeral
    assert "in place, a view" in body.replace(" ,", ",")
    assert body.count("A Headline About Rivers") == 0  # title and its repeat are not body
    meta = result.meta
    assert meta.title == "A Headline About Rivers"
    assert meta.authors == ("Jane Roe",)
    assert meta.date == "2022-03-03"
    assert meta.url == "https://www.example.org/2022/03/03/rivers"
    assert meta.publisher == "River Institute"


def test_every_quote_is_verbatim_in_the_file() -> None:
    assert_quotes_verbatim(read_plain(SCRAPED.encode()))


BODY = "The river rose again this spring, and the farmers along its banks moved inland.\n"


def test_a_byline_with_a_middle_dot_gives_author_and_date() -> None:
    text = "# Rivers Rise\n\n*By Youssef Kamal · April 9, 2021*\n\n" + BODY
    meta = read_markdown(text.encode()).meta
    assert meta.authors == ("Youssef Kamal",)
    assert meta.date == "2021-04-09"


@pytest.mark.parametrize("name_first", [True, False])
def test_a_bare_name_next_to_the_dateline_is_the_author(name_first: bool) -> None:
    lines = ["Hassan Osman", "November 15, 2022"]
    head = "\n\n".join(lines if name_first else lines[::-1])
    meta = read_plain(f"Rivers Rise\n\n{head}\n\n{BODY}".encode()).meta
    assert meta.authors == ("Hassan Osman",)
    assert "Hassan Osman" not in _body(read_plain(f"Rivers Rise\n\n{head}\n\n{BODY}".encode()))


def test_a_place_next_to_the_dateline_is_not_an_author() -> None:
    meta = read_plain(f"Rivers Rise\n\nSouth Africa\n\nNovember 15, 2022\n\n{BODY}".encode()).meta
    assert meta.authors == ()


def test_front_matter_overrides_text_metadata() -> None:
    text = "---\ntitle: From Front Matter\nauthor: [A One, B Two]\ndate: 2020-05-01\n---\n# Other\n\nBody text here that is long enough to be a paragraph.\n"
    meta = read_markdown(text.encode()).meta
    assert meta.title == "From Front Matter"
    assert meta.authors == ("A One", "B Two")
    assert meta.date == "2020-05-01"


def test_hard_wrapped_lines_join_into_paragraphs() -> None:
    lines = ["This is a long wrapped paragraph that continues on the next line and"] * 6
    text = "Title line\n\n" + "\n".join(lines) + " ends here.\n\nSecond paragraph stands alone.\n"
    blocks = [b for b in read_plain(text.encode()).blocks if b.kind == "paragraph"]
    assert len(blocks) == 2


def test_a_wrapped_line_of_few_words_that_runs_to_the_margin_goes_on() -> None:
    """ "In Khartoum, Gezira and Sennar, where the RSF offensive that took Wad" has the
    words and capitals of a heading, but it reaches the wrap column: the sentence goes on
    ("Madani in December…"), and it is not cut into a heading and a fragment."""
    body = "\n".join(["The convoy waited at the crossing for nine days in the rain while"] * 5)
    text = (
        "Update\n\nACCESS\n\n"
        "In Khartoum, Gezira and Sennar, where the RSF offensive that took Wad\n"
        "Madani in December 2023 has since pushed south, most clinics are closed.\n\n"
        f"{body} talks went on.\n"
    )
    blocks = read_plain(text.encode()).blocks
    assert [b.kind for b in blocks if b.content.text == "ACCESS"] == ["heading"]
    joined = [b for b in blocks if b.content.text.startswith("In Khartoum")]
    assert joined and joined[0].kind == "paragraph"
    assert "Wad\nMadani in December 2023" in joined[0].content.text


@pytest.mark.parametrize(
    ("data", "expected", "warns"),
    [
        (codecs.BOM_UTF8 + "café".encode(), "café", False),
        (codecs.BOM_UTF16_LE + "café".encode("utf-16-le"), "café", False),
        ("café".encode(), "café", False),
        ("café – “q”".encode("cp1252"), "café – “q”", True),
    ],
)
def test_decoding(data: bytes, expected: str, warns: bool) -> None:
    text, warnings = decode_text(data)
    assert text == expected
    assert bool(warnings) == warns


RUSSIAN = (
    "Таджикистан остаётся единственной страной Центральной Азии, которая открыто "
    "критикует талибов. Душанбе не признаёт правительство в Кабуле, заявил президент."
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"),
        ("Привет, мир", "cp1251"),
        ("Zażółć gęślą jaźń — powiedział minister w Warszawie o rządzie.", "cp1250"),
        (
            "Türkiye Dışişleri Bakanlığı bugün yeni bir açıklama yaptı ve görüşmeleri sürdürdü.",
            "cp1254",
        ),
        ("Η κυβέρνηση της Ελλάδας ανακοίνωσε σήμερα νέα μέτρα για την οικονομία.", "cp1253"),
        # Western text: cp1252, though charset-normalizer alone would say cp1250 (or UTF-16)
        (
            "The minister said the café – “clearly” – would reopen; naïve résumé of Zürich.",
            "cp1252",
        ),
        ("café – “q”", "cp1252"),
    ],
)
def test_legacy_encodings_are_guessed_and_named(text: str, encoding: str) -> None:
    decoded, warnings = decode_text(text.encode(encoding))
    assert decoded == text
    assert len(warnings) == 1 and f"read as {encoding}, a guessed encoding" in warnings[0]


def test_a_cp1251_source_is_read_with_the_guess_in_its_warnings(tmp_path) -> None:
    from briefkit.read import read_source

    path = tmp_path / "article.txt"
    path.write_bytes(f"Таджикистан и талибы\n\n{RUSSIAN}\n".encode("cp1251"))
    document = read_source(path, tmp_path)
    assert "Душанбе не признаёт правительство" in " ".join(s.text for s in document.sentences)
    assert any("cp1251" in w for w in document.warnings)


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02binary\x00" * 20])
def test_unreadable_text_is_a_source_error(data: bytes) -> None:
    with pytest.raises(SourceError):
        decode_text(data)


def test_control_characters_never_reach_quotes() -> None:
    text = (
        "Title\n\nA sentence with a bell\x07 and a bidi\u202e override in the middle of it here.\n"
    )
    result = read_plain(text.encode())
    for block in result.blocks:
        assert "\x07" not in block.content.text and "\u202e" not in block.content.text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400))
def test_any_text_reads_or_is_refused_and_quotes_stay_verbatim(text: str) -> None:
    try:
        result = read_plain(text.encode("utf-8"))
    except SourceError:
        return
    assert_quotes_verbatim(result)


def test_a_list_item_wrapped_onto_an_indented_line_stays_one_item() -> None:
    lines = [
        f"Line {i} of a report printed to text with hard line breaks near eighty." for i in range(8)
    ]
    text = "\n".join(
        [
            *lines,
            "",
            "- Region: further attacks by armed groups in the Centre-Nord,",
            "  Est and Sahel regions (highly likely); a coup attempt (possible).",
            "",
        ]
    )
    blocks = [b.content.text for b in read_plain(text.encode()).blocks]
    item = next(b for b in blocks if "Centre-Nord" in b)
    assert "Est and Sahel regions" in item


MASTHEAD = """THE HARBOUR COURIER
Home | News | Region | Business | Opinion

Friday, 10 January 2025 | Port City 31C

SECURITY

Twelve fishermen missing after storm hits the northern coast

By Ana Reyes, Northern Correspondent | 10 January 2025

Twelve fishermen were missing on Thursday after a storm struck the northern coast.
"""

MENU_FIRST = """Harbor Risk | Insights | Country Risk | Briefs | Contact us

[Login]

# Coastal outlook: three trends to watch in 2025

Storms are expected to intensify over the coming season across the region.
"""

STANDFIRST = """THE CIVIC PAGE

The port deal is a bargain - for the port

A plea that sounds tough hides a settlement. The families deserve better.

By Eleanor Vance

March 3, 2024

The deal signed last week settles every claim for a fraction of the damages.
"""


def test_the_headline_above_the_byline_is_the_title_and_the_masthead_the_publisher() -> None:
    meta = read_plain(MASTHEAD.encode()).meta
    assert meta.title == "Twelve fishermen missing after storm hits the northern coast"
    assert meta.publisher == "The Harbour Courier"
    assert meta.authors == ("Ana Reyes",)  # a job title is no second author


def test_a_headline_set_close_between_a_menu_and_its_byline_is_the_title() -> None:
    """Menu, headline, byline and date with no blank line between them had read as one
    paragraph wrapped over four lines, a standfirst: the source went untitled ("Untitled,
    beginning 'Tokyo Macro Letter | …'" in its notes)."""
    text = (
        "Harbour Letter | Analysis | Rates | FX | Podcast | Log in\n"
        "Washington's shadow: how foreign money steers the port's finances\n"
        "By Ana Reyes, Chief Strategist, and Tom Hale, Analyst\n"
        "November 14, 2025\n\n"
        "If there is one lesson from the port's first year, it is that money moved it.\n"
    )
    meta = read_plain(text.encode()).meta
    assert meta.title == "Washington's shadow: how foreign money steers the port's finances"
    assert meta.authors == ("Ana Reyes", "Tom Hale")


def test_a_lead_author_in_a_dotted_byline_is_the_writer() -> None:
    """ "Published 14 May 2025 · Harbour Risk Team · Lead author: Ousmane Diallo-Fischer":
    the brief had been cited by its title alone."""
    text = (
        "# Harbour outlook: five trends to watch for the rest of 2025\n\n"
        "**Published 14 May 2025** · Harbour Risk Team · Lead author: Ousmane Diallo-Fischer\n\n"
        "Five months into 2025, the harbour looks less like a set of separate disputes.\n"
    )
    meta = read_plain(text.encode()).meta
    assert meta.authors == ("Ousmane Diallo-Fischer",)
    assert meta.date == "2025-05-14"


def test_a_posted_line_names_its_writer_under_a_breadcrumb_masthead() -> None:
    """ "Pipeline Weekly — News — Regulation" over the headline and "Posted 19 March 2025 by
    Fiona Castellan": the piece had been cited "Untitled, beginning 'Five companies…'"."""
    text = (
        "Harbour Weekly — News — Regulation\n\n"
        "Five ports head to the regulator as the harbour keeps its appeal on ice\n\n"
        "Posted 19 March 2025 by Fiona Castellan\n\n"
        "The regulator has formally referred the price settlements of five ports.\n"
    )
    meta = read_plain(text.encode()).meta
    assert meta.title == "Five ports head to the regulator as the harbour keeps its appeal on ice"
    assert meta.authors == ("Fiona Castellan",)
    assert meta.publisher == "Harbour Weekly"
    assert meta.date == "2025-03-19"
    places = (
        "Cotonou - Lome - Lagos\n\nFloods close the coastal road again\n\nBy Ana Reyes\n\nText.\n"
    )
    assert read_plain(places.encode()).meta.publisher is None  # places, no publication


def test_a_publication_and_its_date_across_a_dash_under_the_byline() -> None:
    """ "By Álvaro Castellanos Ruiz" then "The Iberian Courier — Friday, 9 May 2025": the
    op-ed had been cited with no author and no publication (a cold read's notes)."""
    text = (
        "OPINION | The harbour should keep its old cranes\n\n"
        "By Álvaro Castellanos Ruiz\n"
        "The Harbour Courier — Friday, 9 May 2025\n\n"
        "Eleven days after the storm, the message from the harbour board is clear.\n"
    )
    meta = read_plain(text.encode()).meta
    assert meta.authors == ("Álvaro Castellanos Ruiz",)
    assert meta.publisher == "The Harbour Courier"
    assert meta.date == "2025-05-09"
    filed = "Floods close the coastal road\n\nBy Ana Reyes\nNew York — 9 May 2025\n\nText.\n"
    assert read_plain(filed.encode()).meta.publisher is None  # where it was filed


def test_a_deck_under_the_headline_is_not_the_title() -> None:
    """Headline, deck, byline, each its own paragraph and none ending in a full stop: the
    deck had been cited as the title."""
    text = (
        "THE HARBOUR DESK | Utilities\n"
        "Thursday 5 June 2025\n\n"
        "Investor walks away from the harbour company, leaving creditors in pole position\n\n"
        "Private equity group's exit reopens contest between senior lenders and a rival\n\n"
        "By Marcus Pell, Deputy Business Editor\n\n"
        "The investor has pulled out of the race to rescue the harbour company.\n"
    )
    meta = read_plain(text.encode()).meta
    assert meta.title.startswith("Investor walks away from the harbour company")
    assert meta.publisher == "The Harbour Desk"


def test_a_short_line_over_the_byline_under_a_headline_is_the_publication() -> None:
    text = (
        "China makes brandy duties final but spares the houses that accepted price floors\n\n"
        "Drinks & Trade Report\n"
        "By Claire Dubreuil, Paris\n"
        "4 July 2025\n\n"
        "China will impose duties on brandy imported from the European Union.\n"
    )
    meta = read_plain(text.encode()).meta
    assert meta.title.startswith("China makes brandy duties final")
    assert meta.publisher == "Drinks & Trade Report"


def test_a_capitalised_mastheads_initials_stay_capitals() -> None:
    """ "EU-CHINA TRADE MONITOR" had been cited as "Eu-China Trade Monitor"."""
    text = MASTHEAD.replace("THE HARBOUR COURIER", "EU-UK HARBOUR COURIER OF THE NORTH")
    assert read_plain(text.encode()).meta.publisher == "EU-UK Harbour Courier of the North"


def test_a_menu_line_is_never_the_title_and_a_markdown_heading_is() -> None:
    meta = read_markdown(MENU_FIRST.encode()).meta
    assert meta.title == "Coastal outlook: three trends to watch in 2025"


def test_a_standfirst_under_the_headline_is_not_the_title() -> None:
    meta = read_plain(STANDFIRST.encode()).meta
    assert meta.title == "The port deal is a bargain - for the port"
    assert meta.publisher == "The Civic Page"


def test_skip_links_are_neither_title_nor_publisher() -> None:
    text = "Skip to main content\n\nFloods close the coastal road\n\nBy Ana Reyes\n\nMarch 3, 2024\n\nThe road was closed on Monday after the floods.\n"
    meta = read_plain(text.encode()).meta
    assert meta.title == "Floods close the coastal road"
    assert meta.publisher is None


def test_a_byline_without_a_name_still_dates_the_article() -> None:
    text = "Floods close the coastal road\n\nby admin August 5, 2024\n\nThe road was closed on Monday after the floods.\n"
    meta = read_plain(text.encode()).meta
    assert meta.date == "2024-08-05"
    assert meta.authors == ()


def test_a_byline_in_capitals_gives_the_name_in_title_case() -> None:
    text = "Floods close the coastal road\n\nBy PETER LADU GORE\n\nMarch 3, 2024\n\nThe road was closed on Monday after the floods.\n"
    assert read_plain(text.encode()).meta.authors == ("Peter Ladu Gore",)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Femi Ogunleye, Port Harcourt", ("Femi Ogunleye",)),
        ("By Femi Ogunleye, Lagos", ("Femi Ogunleye",)),
        ("By Anna Smith, Ben Jones and Carla Diaz", ("Anna Smith", "Ben Jones", "Carla Diaz")),
        ("By Anna Smith and Ben Jones, Abuja", ("Anna Smith", "Ben Jones")),
    ],
)
def test_a_place_after_the_bylines_comma_is_no_second_author(
    byline: str, authors: tuple[str, ...]
) -> None:
    """A byline brings its second author with "and"; after a comma alone comes where the
    story was filed ("Femi Ogunleye and Port Harcourt" had been cited)."""
    text = f"Output recovers in the delta\n\n{byline}\n\nMarch 12, 2025\n\n" + BODY
    assert read_plain(text.encode()).meta.authors == authors


WIRE = """NORTHSEA NEWS AGENCY
World | Business | Shipping | Energy | Markets
Skip to main content

Ship sinks in the strait after two days of attacks; crew missing

Published 10 July 2025, 14:05 CET | Last updated 10 July 2025, 18:40 CET
By Elena Kostas (Athens) and Karim Mansour in Cairo

ATHENS - The bulk carrier sank on Wednesday after two days of attacks, the mission said.
"""

PRESS_RELEASE = """INTERNATIONAL HARBOUR FUND
About | Research | Countries | News | Data
Home > News > Press Releases

PRESS RELEASE NO. 25/101
FOR IMMEDIATE RELEASE
April 11, 2025

Fund board approves a 48-month arrangement for the harbour authority

The board approved the arrangement on Friday, enabling an immediate disbursement.
"""

LONG_READ = """THE LONG READ

Home  |  World  |  Long Reads  |  Opinion

How a small port held the world's shipping to ransom for a year

A year after the first seizure, the port has rerouted trade, survived a blockade and emerged stronger at home. How did it do it, and can anyone stop it?

By Daniel Mercer in Aden and Rania Saleh in Muscat
Sunday 17 November 2024 06.00 GMT

Every Friday for a year, the crowd in the square has chanted the same slogan.
"""


def test_a_wire_page_gives_headline_masthead_date_and_reporters() -> None:
    meta = read_plain(WIRE.encode()).meta
    assert meta.title == "Ship sinks in the strait after two days of attacks; crew missing"
    assert meta.publisher == "Northsea News Agency"
    assert meta.date == "2025-07-10"
    assert meta.authors == ("Elena Kostas", "Karim Mansour")


def test_a_press_release_without_a_byline_has_no_invented_author() -> None:
    meta = read_plain(PRESS_RELEASE.encode()).meta
    assert meta.title == "Fund board approves a 48-month arrangement for the harbour authority"
    assert meta.publisher == "International Harbour Fund"
    assert meta.authors == ()
    assert meta.date == "2025-04-11"


def test_a_long_standfirst_is_passed_over_and_a_weekday_date_read() -> None:
    meta = read_plain(LONG_READ.encode()).meta
    assert meta.title == "How a small port held the world's shipping to ransom for a year"
    assert meta.authors == ("Daniel Mercer", "Rania Saleh")
    assert meta.date == "2024-11-17"


@pytest.mark.parametrize("key", ["published", "date_published", "publishDate"])
def test_front_matter_published_is_the_date(key: str) -> None:
    """A web clipper's "published:" had been ignored: the newest source of a corpus read as
    undated, and the memo's "newest is 13 months old" was a year out."""
    text = (
        f"---\ntitle: Harbour outlook\n{key}: 2025-12-09\n---\n\n"
        "The talks resumed on Monday after a week of storms closed the harbour.\n\n"
        "Officials said a deal on the new berths could follow before the summer.\n"
    )
    assert read_markdown(text.encode()).meta.date == "2025-12-09"


@pytest.mark.parametrize(
    ("source", "date"),
    [
        ("European Commission press release and Q&A, Brussels, 19 November 2025", "2025-11-19"),
        ("Harbour Gazette, March 5, 2024", "2024-03-05"),
        ("harbourgazette.org/analysis/dues", None),
        ("Harbour Gazette, the 2024 review", None),
    ],
)
def test_a_clippers_source_line_closing_on_a_date_dates_the_source(
    source: str, date: str | None
) -> None:
    """A cold read: a summary saved with "source: European Commission press release …,
    Brussels, 19 November 2025" and no date key had been labelled "Undated"."""
    from briefkit.readers.text import meta_from_mapping

    assert meta_from_mapping({"title": "T", "source": source}).date == date


@pytest.mark.parametrize(
    ("author", "authors"),
    [
        ("Margaret Olufemi, Senior Fellow, Atlantic Trade Policy Institute", ("Margaret Olufemi",)),
        ("Sebastian Marr, Head of Maritime Research, Corbel Risk", ("Sebastian Marr",)),
        ("Tomas Reyes, Lakshmi Narayan", ("Tomas Reyes", "Lakshmi Narayan")),
        ("Reyes, Tomas", ("Reyes, Tomas",)),
    ],
)
def test_front_matter_author_with_a_post_is_one_person(
    author: str, authors: tuple[str, ...]
) -> None:
    from briefkit.readers.text import meta_from_mapping

    assert meta_from_mapping({"title": "T", "author": author}).authors == authors


def test_a_front_matter_source_that_is_an_address_is_the_url_not_the_publisher() -> None:
    """ "source: atlantictradepolicy.org/analysis/port-strike-cost" had been cited as the
    publisher "Atlantictradepolicy.org/analysis/port-strike-cost"."""
    from briefkit.readers.text import meta_from_mapping

    meta = meta_from_mapping({"title": "T", "source": "example.org/analysis/a-page"})
    assert meta.publisher is None and meta.url == "https://example.org/analysis/a-page"
    meta = meta_from_mapping({"source": "http://example.org/a", "url": "https://x.org/b"})
    assert meta.publisher is None and meta.url == "https://x.org/b"  # the url key stands
    assert meta_from_mapping({"source": "Reuters"}).publisher == "Reuters"
    assert meta_from_mapping({"source": "reuters.com"}).publisher == "reuters.com"


def test_a_label_in_capitals_before_a_bar_is_not_part_of_the_title() -> None:
    text = (
        "SUMMARY | Government removes curbs on rice exports: what the notices say\n\n"
        "New Delhi, 24 October 2024\n\n"
        "This summary compiles notifications issued by the trade directorate this month.\n"
    )
    assert read_plain(text.encode()).meta.title == (
        "Government removes curbs on rice exports: what the notices say"
    )
    kept = "NATO | Allies\n\nThe allies met in Brussels on Monday to agree the plan.\n"
    assert read_plain(kept.encode()).meta.title == "NATO | Allies"  # too short to be a label


def test_front_matter_outlet_is_the_publisher() -> None:
    text = (
        "---\ntitle: Harbour talks\noutlet: The Harbour Review\n---\n\n"
        "The talks resumed on Monday after a week of storms closed the harbour.\n\n"
        "Officials said a deal on the new berths could follow before the summer.\n"
    )
    assert read_markdown(text.encode()).meta.publisher == "The Harbour Review"


def test_a_site_heading_over_a_menu_is_the_publisher_and_a_byline_after_a_label_is_read() -> None:
    text = (
        "# Harbour Desk\n\n[Home](/) · [Analysis](/analysis) · [Shipping](/shipping)\n\n---\n\n"
        "## Who gains from the harbour stalemate? The powers, two years on\n\n"
        "**Analysis** | By Chen Weiling and Omar Khaled | 3 September 2025 | 11 min read\n\n"
        "Almost two years after the first seizure, the harbour has settled into a stalemate.\n\n"
        "Officials on both sides said talks would resume before the end of the year.\n"
    )
    meta = read_markdown(text.encode()).meta
    assert meta.title == "Who gains from the harbour stalemate? The powers, two years on"
    assert meta.publisher == "Harbour Desk"
    assert meta.authors == ("Chen Weiling", "Omar Khaled")
    assert meta.date == "2025-09-03"


def test_a_markdown_heading_ending_in_a_question_mark_is_a_heading() -> None:
    result = read_markdown(
        b"# Harbour Trade Recovers After the Long Drought Ends\n\n"
        b"The port said trade grew again in the year under review.\n\n"
        b"## What should we watch?\n\nRainfall in the dry season.\n"
    )
    kinds = [(b.kind, b.content.text) for b in result.blocks]
    assert ("heading", "What should we watch?") in kinds


def test_a_line_ending_in_a_bracket_goes_on() -> None:
    """ "…the Sudanese Armed Forces (SAF)" at a line's end is no sentence's end."""
    body = "\n".join(["The convoy waited at the crossing for nine days in the rain while"] * 5)
    text = (
        "Update\n\n"
        "Sixteen months into the conflict between the Sudanese Armed Forces (SAF)\n"
        "and the Rapid Support Forces (RSF), Sudan is facing the largest crisis.\n\n"
        f"{body} talks went on.\n"
    )
    blocks = read_plain(text.encode()).blocks
    assert any(
        b.content.text.startswith("Sixteen months") and "Sudan is facing" in b.content.text
        for b in blocks
    )


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Peter Okonkwo-Reyes, Senior Editor, Freight Markets", ("Peter Okonkwo-Reyes",)),
        ("Anna Smith, Senior Editor, Markets, and Ben Jones", ("Anna Smith", "Ben Jones")),
        ("Emily Sato, Federico Landa", ("Emily Sato", "Federico Landa")),
        ("Anna Smith & Ben Jones, Staff Writers", ("Anna Smith", "Ben Jones")),
        # a post and an employer after the name (the first had been cited "et al.")
        ("Margaret Olufemi, Senior Fellow, Atlantic Trade Policy Institute", ("Margaret Olufemi",)),
        (
            "Dr. Helena Vargas, Senior Fellow, Technology and Industrial Policy",
            ("Dr. Helena Vargas",),
        ),
        ("Sebastian Marr, Head of Maritime Research, Corbel Risk", ("Sebastian Marr",)),
        ("Dr. Elena Marsh, Senior Fellow, and Julián Cedeño", ("Dr. Elena Marsh", "Julián Cedeño")),
        # a beat joined by "&" to its post (had been cited "Farouk and East")
        ("Lina Farouk, Middle East & Africa correspondent", ("Lina Farouk",)),
        ("Ana Ruiz, Tom Lee and Reuters Staff", ("Ana Ruiz", "Tom Lee")),
        # a capital with an accent opens a name too (the byline had named no one)
        ("Álvaro Castellanos Ruiz", ("Álvaro Castellanos Ruiz",)),
        ("Éric Martin and Łukasz Nowak", ("Éric Martin", "Łukasz Nowak")),
    ],
)
def test_a_job_titles_beat_is_no_second_author(byline: str, authors: tuple[str, ...]) -> None:
    from briefkit.readers.textmeta import split_authors

    assert split_authors(byline) == authors


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        (
            "Copyright 2025 The Panama Observer S.A. All rights reserved. Cookies",
            "The Panama Observer",
        ),
        ("© 2024 The Daily Ledger · Terms", "The Daily Ledger"),
        # the legal form read as far as its first stop ("…Media Sp") had been the publisher
        ("(c) 2023 Agrarian Herald Media Sp. z o.o. All rights reserved.", "Agrarian Herald"),
        ("Copyright 2021 Acme Shipping Co., Ltd.", "Acme Shipping"),
    ],
)
def test_a_copyright_holder_keeps_its_abbreviations(footer: str, holder: str) -> None:
    from briefkit.readers.textmeta import _copyright_holder

    assert _copyright_holder(footer) == holder


YEARLESS_WIRE = (
    "Regulator stands by its decision on the harbour dues\n\n"
    "By Maya Feldstein\n\n"
    "ROTTERDAM, Dec 19 (Harbour Wire) - The port authority said on Thursday that it still "
    "considers the dispute over berth dues settled, a blow to the shipping lines.\n\n"
    "The dues had been under review since December 2022 and were raised in November 2023.\n"
)


def test_a_wire_dateline_without_a_year_is_dated_by_its_weekday() -> None:
    """Dec 19 fell on a Thursday in 2024, not in 2022 or 2023 (the years the text names):
    the story had read as undated, and the outlook of its corpus as older than it was."""
    assert read_plain(YEARLESS_WIRE.encode()).meta.date == "2024-12-19"


def test_a_yearless_datelines_weekday_may_come_in_the_next_paragraph() -> None:
    """ "STOCKHOLM/MUNICH, June 20 (Nordic Wire) - BMW has cancelled…" with "…first reported
    the cancellation on Thursday." in the paragraph after it had stayed undated."""
    text = YEARLESS_WIRE.replace(" said on Thursday that it still", " said that it still").replace(
        "The dues had been under review",
        "A trade daily first reported it on Thursday. The dues had been under review",
    )
    assert "Thursday" not in text.split("\n\n")[2]
    assert read_plain(text.encode()).meta.date == "2024-12-19"


def test_a_yearless_dateline_with_no_weekday_or_no_fitting_year_stays_undated() -> None:
    assert read_plain(YEARLESS_WIRE.replace("on Thursday", "today").encode()).meta.date is None
    assert read_plain(YEARLESS_WIRE.replace("Thursday", "Saturday").encode()).meta.date is None


def test_a_yearless_dateline_takes_the_year_its_day_is_told_with_in_full() -> None:
    """ "MONTREAL, Sept 28 (Nordic Wire) - … on Thursday" fits 2017 and 2023; the caption's
    "Sept. 28, 2023" names the year (the source had been undated)."""
    text = YEARLESS_WIRE.replace("on Thursday", "today") + (
        "\n\nPhoto caption: Dockers at the harbour gate, Dec. 19, 2024. Harbour Wire\n"
    )
    assert read_plain(text.encode()).meta.date == "2024-12-19"
    other_day = text.replace("Dec. 19, 2024", "Dec. 18, 2024")
    assert read_plain(other_day.encode()).meta.date is None


@pytest.mark.parametrize(
    "line",
    [
        "Photo caption: The bulk carrier at anchor off the harbour on 27 January 2025.",
        "Image credit: The harbour authority, 2024.",
        "Photo: The new terminal under construction in March.",
        # a caption whose credit comes last
        "*Harbour cranes idle at the east quay during the January strike. Image: Port Daily*",
        "Pilots wait at the harbour gate on Monday. Photo: Jane Roe/Harbour Wire",
        "*A coastguard cutter on patrol off the harbour. Harbour Police photo.*",
        "Dockers leave the east quay after the vote. AFP Photo",
        # a note written out as a line of its own
        "*Footnote 2: Port authority statement of 26 November 2024 on the crane order.*",
    ],
)
def test_a_labelled_caption_is_no_body_text(line: str) -> None:
    text = (
        "A Headline About Rivers\n\nMarch 3, 2022\n\n"
        "Lead paragraph about the dispute that has gone on for years between the two states.\n\n"
        f"{line}\n\nThe ministry said talks must resume soon, according to officials.\n"
    )
    body = _body(read_plain(text.encode()))
    assert line.strip("*").split(":")[-1].strip()[:20] not in body
    assert line.strip("*")[:20] not in body
    assert "The ministry said talks must resume" in body


def test_a_wire_datelines_agency_is_the_publisher_and_copyright_in_prose_is_not() -> None:
    """ "BRUSSELS, July 18 (Continental Press) - …" names the publisher; "Rights holders say
    the copyright chapter is too weak" near the end does not (it had become the publisher)."""
    text = (
        "Meta won't sign the code of practice\n\n"
        "By Daniel Ferreira\n\n"
        "BRUSSELS, July 18, 2025 (Continental Press) - Meta will not sign the code of practice "
        "for general-purpose models, its global affairs chief said on Friday.\n\n"
        "The code was drawn up by independent experts under the supervision of the office.\n\n"
        "Rights holders, meanwhile, say the copyright chapter is too weak, and some groups "
        "have said the safety chapter was watered down.\n"
    )
    meta = read_plain(text.encode()).meta
    assert meta.publisher == "Continental Press"


def test_a_list_inside_a_quoted_box_loses_its_markers() -> None:
    """ "> - China remains…" (a key-takeaways box) is quoted from "China", one item a block."""
    text = "\n".join(
        [
            "# Harbour Notes",
            "",
            "> **Key takeaways**",
            "> - The harbour board has doubled its fees on transit cargo since March.",
            "> - Rotterdam remains the largest customer of the harbour by tonnage.",
            "",
            "The board met on Monday to review the fees for the coming winter season.",
        ]
    )
    result = read_markdown(text.encode())
    blocks = [b.content.text for b in result.blocks]
    assert "Rotterdam remains the largest customer of the harbour by tonnage." in blocks
    assert not any(b.lstrip().startswith((">", "-")) for b in blocks)
    assert_quotes_verbatim(result)


@pytest.mark.parametrize(
    ("line", "author", "publisher", "date"),
    [
        (
            "**Meera Sethi** · The Policy Ledger · Opinion · 14 March 2024",
            ("Meera Sethi",),
            "The Policy Ledger",
            "2024-03-14",
        ),
        (
            "South Asia Monitor | Published: 22 July 2025, 10:40 NPT",
            (),
            "South Asia Monitor",
            "2025-07-22",
        ),
        (
            "*Opinion · European Voices · 5 August 2025 · 6 min read*",
            (),
            "European Voices",
            "2025-08-05",
        ),
        # a place or a section before the date is no publisher; two names, no author
        ("Brussels | 20 November 2025, 11:05", (), None, "2025-11-20"),
        ("Markets | 3 July 2024", (), None, "2024-07-03"),
        ("**Threat Horizon** · Priya Raman · 14 January 2025 · 9 min read", (), None, "2025-01-14"),
        # a name ending in a publication's word is the publication, the next part a section
        ("Downstream Monitor | Oil & Gas | 8 October 2025", (), "Downstream Monitor", "2025-10-08"),
        (
            "Gulf Energy Daily · Priya Raman · 14 January 2025",
            ("Priya Raman",),
            "Gulf Energy Daily",
            "2025-01-14",
        ),
        # a firm and its series, the byline a part of its own
        (
            "**Black Sea Risk Advisory** | Outlook note | 15 September 2025 | "
            "By Daniel Okafor, Head of Commodities Risk",
            ("Daniel Okafor",),
            "Black Sea Risk Advisory",
            "2025-09-15",
        ),
        (
            "*Long read · The Bay Review · 18 June 2025 · By Kyaw Hsan Hlaing and Julia Fenwick*",
            ("Kyaw Hsan Hlaing", "Julia Fenwick"),
            "The Bay Review",
            "2025-06-18",
        ),
        (
            "**News & Analysis** · By Amaia Etxeberria, Deep Ocean Campaign Lead · 20 June 2025",
            ("Amaia Etxeberria",),
            None,
            "2025-06-20",
        ),
        # an issue's number is no part of the publication's name
        (
            "**Diplomatic Digest No. 142** | Compiled by the Trade Desk | Issued 31 July 2023",
            (),
            "Diplomatic Digest",
            "2023-07-31",
        ),
    ],
)
def test_a_line_of_parts_gives_what_it_can_tell(
    line: str, author: tuple[str, ...], publisher: str | None, date: str
) -> None:
    """Bylines whose parts stand between "·" or "|": a person first is the author, a
    publication the publisher, whatever parses as a date the date."""
    text = "\n\n".join(
        [
            "# The harbour fees doubled in one year across the region",
            line,
            "The harbour board doubled its fees on transit cargo in March, officials said.",
        ]
    )
    meta = read_markdown(text.encode()).meta
    assert (meta.authors, meta.publisher, meta.date) == (author, publisher, date)


def test_two_names_in_one_author_string_are_two_authors() -> None:
    from briefkit.readers.text import several_names

    assert several_names("Tomas Reyes, Lakshmi Narayan") == ("Tomas Reyes", "Lakshmi Narayan")
    assert several_names("Reyes, Tomas") == ("Reyes, Tomas",)
    assert several_names("Marcus Feld and Anika Rao, Meridian") == (
        "Marcus Feld and Anika Rao, Meridian",
    )
    # joined by "and": two people, not one whose given names are "Tobias Lindqvist and
    # Aleksandra"; an employer after them is no third
    assert several_names("Tobias Lindqvist and Aleksandra Wrona") == (
        "Tobias Lindqvist",
        "Aleksandra Wrona",
    )
    assert several_names("Ann Lee, Bo Chan, and Cy Dee") == ("Ann Lee", "Bo Chan", "Cy Dee")
    # a firm and its unit are one author
    firm = "Northgate Economics, International Tax Practice"
    assert several_names(firm) == (firm,)
    assert several_names("Marcus Feld and Anika Rao, Meridian Health Strategy") == (
        "Marcus Feld",
        "Anika Rao",
    )


@pytest.mark.parametrize(
    "line", ["Harbour Affairs Weekly | Explainer", "Harbour Affairs Weekly · News analysis"]
)
def test_a_line_naming_the_publication_and_its_kind_is_no_headline(line: str) -> None:
    """Between the headline and the byline, "Publication | Explainer" names the publisher:
    the headline above stays the title."""
    text = "\n\n".join(
        [
            "Q&A: Why the harbour fees doubled in one year across the region",
            line,
            "By Mara Olsen",
            "Published 9 September 2025",
            "The harbour board doubled its fees on transit cargo in March, officials said.",
        ]
    )
    meta = read_plain(text.encode()).meta
    assert meta.title == "Q&A: Why the harbour fees doubled in one year across the region"
    assert meta.publisher == "Harbour Affairs Weekly"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a lede after its date; the date of a term in the prose below is not the source's
        (
            "Jan 9, 2025 - The harbour union and the employers said on Wednesday night they "
            "had reached a tentative agreement on a six-year master contract.",
            "2025-01-09",
        ),
        # a statement's issue line names its places before its date
        (
            "Issued: North Bergen, N.J., and Edison, N.J., February 26, 2025",
            "2025-02-26",
        ),
        # a credit line or a dateline whose date follows a dash
        ("Summary prepared by the Policy Desk, Harbour Monitor — 4 December 2024", "2024-12-04"),
        ("PANAMA CITY — February 3, 2025, 7:42 PM EST | Updated 9:15 PM EST", "2025-02-03"),
        # a credit line that says when it was first published
        (
            "*Harbour Monitor - statement digest. First published 14 March 2025; updated 8 August 2025.*",
            "2025-03-14",
        ),
    ],
)
def test_the_sources_date_is_its_dateline_not_a_date_in_its_prose(head: str, date: str) -> None:
    """ "The contract, which would run until September 30, 2030, …" had dated a January
    2025 wire story to 2030 (a sentence opening "The contract," read as a capitals
    dateline), and a statement's "Term: October 1, 2024, through…" had dated it."""
    text = (
        "Harbour deal reached after long talks\n\nBy Tom Roe\n\n"
        f"{head}\n\n"
        "The contract, which would run until September 30, 2030, raises wages by 62 percent.\n\n"
        "- Term: October 1, 2024, through September 30, 2030.\n\n"
        "People briefed on the deal said the employers agreed to keep terminals staffed.\n"
    )
    assert read_plain(text.encode()).meta.date == date


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Kenya returns to Eurobond market with a new deal\n\n"
            "Capital Markets Brief | Sovereign Debt\nBy Mercy Njoroge\nPublished February 20, 2025\n",
            "Kenya returns to Eurobond market with a new deal",
        ),
        (
            "TAX ALERT | Summary of official statement\n\n"
            "National Treasury statement on the assent to the Finance Act\n\n"
            "Date of statement: 27 June 2025\n",
            "National Treasury statement on the assent to the Finance Act",
        ),
        (
            "COCOA POLICY MONITOR - Official statements digest\n\n"
            "Cote d'Ivoire sets record farmgate price for the main crop\n\n"
            "Abidjan, 1 October 2025\n",
            "Cote d'Ivoire sets record farmgate price for the main crop",
        ),
    ],
)
def test_a_sections_banner_or_a_masthead_is_not_the_title(head: str, title: str) -> None:
    """ "Capital Markets Brief | Sovereign Debt" had been a source's title in the notes of
    three memos a cold reader read: a site's section, in parts of a few words, is not."""
    body = "The Treasury raised $1.5 billion from investors on Wednesday, officials said.\n"
    assert read_plain((head + "\n" + body).encode()).meta.title == title


PAGES = (
    "Every quarter the harbour board publishes its dredging figures in full.\n\n"
    "The channel was dredged to fourteen metres last spring, two metres deeper than before.\n\n"
)


def test_a_printed_pages_running_head_dates_the_text_and_is_no_title() -> None:
    """A PDF saved as text opens on its running head: "Dairy Herd Weekly - 17 January 2025 -
    Page 6 (cont.)" had left the source undated and its figures without a time."""
    text = (
        "Harbour Trade Weekly - 17 January 2025 - Page 6 (cont.)\n\n"
        "DREDGING THE CHANNEL: WHAT THE BOARD DECIDED\n\n" + PAGES
    )
    meta = read_plain(text.encode()).meta
    assert meta.date == "2025-01-17"
    assert meta.publisher == "Harbour Trade Weekly"
    assert meta.title != "Harbour Trade Weekly - 17 January 2025 - Page 6 (cont.)"


@pytest.mark.parametrize("pages", [1, 2])
def test_a_running_head_on_later_pages_dates_the_text_when_it_repeats(pages: int) -> None:
    """The running head of a journal's later pages ("Ocean Law Quarterly - 12 May 2025 -
    Page 7", "… - Page 8") dates it when its first page has none; a dated line met once in
    the body may be anything, so it does not."""
    body = "HARBOUR LAW REVIEW\n\nDREDGING AND THE LAW OF THE CHANNEL\n\n" + PAGES * 8
    for page in range(7, 7 + pages):
        body += f"Harbour Law Review - 12 May 2025 - Page {page}\n\n" + PAGES * 8
    meta = read_plain(body.encode()).meta
    assert meta.date == ("2025-05-12" if pages == 2 else None)


def test_a_headline_in_capitals_over_a_wrapped_standfirst_is_the_title() -> None:
    """A trade paper saved from PDF: its masthead beside its section, the headline in
    capitals, a standfirst wrapped over three lines, then the byline. The standfirst's
    last line ("National Milk Testing Strategy") had been taken for the headline."""
    text = (
        "HARBOUR TRADE WEEKLY                                    NEWS ANALYSIS\n\n"
        "DREDGING GOES AHEAD - BUT WILL IT KEEP THE CHANNEL OPEN\n\n"
        "Six weeks after the board ordered the work, shippers and pilots\n"
        "weigh the costs of the deeper channel and the plan behind the\n"
        "Harbour Access Programme\n\n"
        "By Greg Holden, Markets Editor\n\n" + PAGES
    )
    meta = read_plain(text.encode()).meta
    assert meta.title == "DREDGING GOES AHEAD - BUT WILL IT KEEP THE CHANNEL OPEN"
    assert meta.authors == ("Greg Holden",)


MARKUP_TEXT = st.lists(
    st.sampled_from([*"ab Z.1٣[]()!*_#\\<>^-:/ht\n”", "http://x", "2024.", "word"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(MARKUP_TEXT)
def test_a_cleaning_step_skipped_for_want_of_its_sign_would_have_changed_nothing(
    text: str,
) -> None:
    """Each inline step is skipped on text without a character its matches hold: the
    cleaned text and its offsets are those of every step applied."""
    from briefkit.mapped import MappedText
    from briefkit.readers.text import INLINE_STEPS, clean_inline

    content = MappedText.of(text, 0, len(text))
    every = content
    for pattern, keep, _sign in INLINE_STEPS:
        every = every.sub(pattern, keep)
    every = every.strip()
    cleaned = clean_inline(content)
    assert cleaned.text == every.text and list(cleaned.offsets) == list(every.offsets)


@settings(max_examples=300, deadline=None)
@given(MARKUP_TEXT)
def test_a_metadata_line_without_markup_signs_is_only_stripped(text: str) -> None:
    from briefkit.readers.textmeta import INLINE_MARKUP, plain

    assert plain(text) == INLINE_MARKUP.sub(lambda m: m.group(1) or "", text).strip()


def test_a_series_line_and_a_wrapped_headline_under_a_masthead() -> None:
    """A masthead in capitals, the publisher's series line, a headline wrapped over two
    lines and its authors on a line of their own: the title had been the masthead."""
    text = "\n".join(
        [
            "TECH POLICY REVIEW",
            "Center for Technology and Statecraft  |  Issue Brief No. 24-03",
            "",
            "Measuring the Bite: Have Export Controls Slowed China's",
            "Advanced Chip Ambitions?",
            "",
            "Helen Marsh and Arjun Patel",
            "12 March 2024",
            "",
            "The controls have meaningfully restricted China's access to frontier compute, "
            "and they have slowed its development by two to three years, we estimate.",
        ]
    )
    meta = read_plain(text.encode()).meta
    assert (
        meta.title
        == "Measuring the Bite: Have Export Controls Slowed China's Advanced Chip Ambitions?"
    )
    assert meta.authors == ("Helen Marsh", "Arjun Patel")
    assert meta.publisher == "Center for Technology and Statecraft"


def test_a_mastheads_line_with_its_series_and_date_dates_the_brief() -> None:
    """ "Institute for … Studies      POLICY BRIEF No. 14 | July 2025" over a wrapped
    title had been the brief's title, and the brief undated (a cold read's footnotes)."""
    text = "\n".join(
        [
            "Institute for Harbour Security Studies              POLICY BRIEF No. 14 | July 2025",
            "",
            "After the Accord: Can the Harbour Peace Agreement",
            "Hold Without the Pilots?",
            "",
            "Dr. Nadia Birungi and Samuel Okello-Weiss",
            "",
            "The agreement signed on 27 June 2025 is the most credible framework for the harbour "
            "in a decade, because it links the pilots' return to verifiable action.",
        ]
    )
    meta = read_plain(text.encode()).meta
    assert (
        meta.title == "After the Accord: Can the Harbour Peace Agreement Hold Without the Pilots?"
    )
    assert meta.date == "2025-07"
    assert meta.publisher == "Institute for Harbour Security Studies"
    assert meta.authors == ("Dr. Nadia Birungi", "Samuel Okello-Weiss")


def test_a_bare_byline_gives_its_people_not_their_posts() -> None:
    text = "\n\n".join(
        [
            "CrowdStrike outage: losses run to billions, but most will stay uninsured",
            "Ines Mulcahy, Cyber Correspondent\n1 August 2024",
            "Insurers said the losses from the outage would run to billions of dollars.",
        ]
    )
    assert read_plain(text.encode()).meta.authors == ("Ines Mulcahy",)


def test_an_opinion_bylines_person_is_the_author_and_the_clipped_site_the_publisher() -> None:
    """ "**Opinion** | Adaeze Okonkwo | 27 November 2024" had made the columnist the
    publisher; her bio at the foot says she is a person, the clipper's line names the site."""
    text = "\n\n".join(
        [
            "# Fifteen percent was never a floor for Africa",
            "**Opinion** | Adaeze Okonkwo | 27 November 2024",
            "*Saved from The Continental Review — 6 min read*",
            "The global minimum tax was sold to Africa as a floor under a race to the bottom.",
            "*About the author: Adaeze Okonkwo is a Lagos-based economist. She writes on "
            "fiscal policy.*",
        ]
    )
    meta = read_markdown(text.encode()).meta
    assert (meta.authors, meta.publisher) == (("Adaeze Okonkwo",), "The Continental Review")
    # a publication describing itself stays the publisher
    digest = text.replace("Adaeze Okonkwo", "Harbour Policy Digest")
    assert read_markdown(digest.encode()).meta.publisher != "The Continental Review"


@pytest.mark.parametrize(
    ("publisher", "cited"),
    [
        ("THE CITY DESK | Utilities", "The City Desk"),
        ("Meridian Wire — World Service", "Meridian Wire"),
        ("Opinion | Guest Essay", None),  # the kind of piece, no publication
        ("Harbour Courier", "Harbour Courier"),
    ],
)
def test_a_publisher_is_cited_without_its_section(publisher: str, cited: str | None) -> None:
    from briefkit.readers.textmeta import without_section

    assert without_section(publisher) == cited


def test_a_clipped_site_name_drops_its_section_and_a_written_publisher_stays() -> None:
    body = (
        "\n\nThe port handled more ships this year than ever.\n\nIts owners expect more in 2026.\n"
    )
    clipped = "---\ntitle: Ports in 2026\nsite: Harcourt Strategy — Insights\n---" + body
    assert read_markdown(clipped.encode()).meta.publisher == "Harcourt Strategy"
    written = "---\ntitle: Ports in 2026\npublisher: Harcourt Strategy — Insights\n---" + body
    assert read_markdown(written.encode()).meta.publisher == "Harcourt Strategy — Insights"


def test_a_reporter_filed_from_a_city_of_several_words_is_one_name() -> None:
    """ "Emily Tran in Ho Chi Minh City" had left "Emily Tran Minh City" as an author."""
    from briefkit.readers.textmeta import split_authors

    assert split_authors("Shahriar Kabir in Dhaka and Emily Tran in Ho Chi Minh City") == (
        "Shahriar Kabir",
        "Emily Tran",
    )


@pytest.mark.parametrize(
    "closing",
    [
        "In May, plans to automate the cranes triggered a walkout by harbour workers.",
        "On Tuesday, dockers in the harbour voted to return to work.",
        "Last June, a strike shut the terminal for nine days.",
        # a person's news, told with an appositive: what a bio says of its writer, not
        "Anna Berg, the harbour minister, opened the new berth on Monday.",
        "Emma Reynolds, the new harbour minister, is expected to get advice by December.",
        "Anna Berg, who replaced Tom Reed as harbour minister, opened the new berth.",
    ],
)
def test_an_opening_phrase_of_time_near_the_foot_is_no_authors_bio(closing: str) -> None:
    """ "In May, plans to automate the cranes triggered…" near a file's end had been read
    as the author's bio ("In May, …"), its paragraph lost from the text; so had "Anna
    Berg, the harbour minister, opened…". A bio at the foot ("Rachel Kim, a reporter
    at…, covers trade") still names the author."""
    text = "\n\n".join(
        [
            "Harbour Strike",
            "July 22, 2025",
            "The harbour handled 40,000 containers in June, its busiest month this year.",
            closing,
            "The harbour board said talks would resume in August after the holiday.",
        ]
    )
    read = read_plain(text.encode())
    assert read.meta.authors == ()
    assert closing in [b.content.text for b in read.blocks if b.kind == "paragraph"]
    bio = text + "\n\nRachel Kim, a reporter at the Harbour Daily, covers trade."
    assert read_plain(bio.encode()).meta.authors == ("Rachel Kim",)
    # a post, then the body it is held at (the example's author had been lost so)
    post = text + "\n\nGeorgi Asatryan, associate professor, Lomonosov Moscow State University."
    assert read_plain(post.encode()).meta.authors == ("Georgi Asatryan",)


def test_a_notes_numeral_glued_to_a_word_goes_but_a_names_stays() -> None:
    """ "Jamaat Ansarullah9 as border guards" had been quoted with the note's numeral, and
    "owns C-Lion1," quoted as "owns C-Lion … ," (the cable's numeral taken for a note's)."""
    for text, kept in (
        ("Reports name the Tajik group Jamaat Ansarullah9 as border guards.", "Ansarullah as"),
        ("Cinia, the company that owns C-Lion1, said traffic was rerouted.", "owns C-Lion1, said"),
    ):
        body = _body(read_plain(f"A Title Line\n\n{text}\n".encode()))
        assert kept in body, body


def test_a_credit_line_is_no_title(tmp_path: Path) -> None:
    """ "Prepared by the … Coordination Forum (SHCF) with inputs" under a report's name
    in capitals had been cited as the report's title."""
    from briefkit.read import read_corpus

    (tmp_path / "update.txt").write_text(
        "REGIONAL HUMANITARIAN SITUATION UPDATE\n"
        "Issue No. 18 | 5 August 2024\n"
        "Prepared by the Regional Coordination Forum (RCF) with inputs\n"
        "from cluster lead agencies and partner NGOs\n\n"
        "HIGHLIGHTS\n"
        "The siege of the city continues to block supplies, and no convoy has reached it.\n",
        encoding="utf-8",
    )
    meta = read_corpus(tmp_path).documents[0].meta
    assert meta.title is not None and not meta.title.startswith("Prepared")


def test_a_web_address_in_the_head_tells_the_publication_from_the_person() -> None:
    """ "**Threat Horizon** · Priya Raman · 14 January 2025": both parts read as names, and
    the notes had cited the piece with no author or outlet; the clipper's "Saved from
    threathorizon.substack.com" spells the publication."""
    text = "\n\n".join(
        [
            "# Health-care ransomware in 2025: three scenarios",
            "**Threat Horizon** · Priya Raman · 14 January 2025 · 9 min read",
            "*Saved from threathorizon.substack.com*",
            "The harbour board doubled its fees on transit cargo in March, officials said.",
        ]
    )
    meta = read_markdown(text.encode()).meta
    assert (meta.authors, meta.publisher) == (("Priya Raman",), "Threat Horizon")


def test_a_banner_read_as_a_menu_leaves_the_headline_below_it_the_title() -> None:
    """ "UN TRADE AND DEVELOPMENT | Press and media | Trade and logistics updates" over a
    menu, then the report's headline: the note had cited the banner as the title."""
    text = "\n\n".join(
        [
            "HARBOUR AGENCY | Press and media | Trade and logistics updates",
            "Skip to content   Home > News > Trade and logistics updates",
            "HARBOUR FEES AND REGIONAL TRADE: SITUATION UPDATE No. 6\nGeneva, 4 February 2025",
            "The harbour board doubled its fees on transit cargo in March, officials said.",
        ]
    )
    meta = read_plain(text.encode()).meta
    assert meta.title == "HARBOUR FEES AND REGIONAL TRADE: SITUATION UPDATE No. 6"
    assert meta.date == "2025-02-04"


JOURNAL = """HARBOUR LAW REVIEW                                   Vol. 12, No. 3

ARTICLES

THE PORT STATE STRIKES BACK: DETENTION POWERS AFTER THE 2024 AMENDMENTS

Marta Ilves*

I. INTRODUCTION

On 4 March 2025 the harbour authority detained a bulk carrier for the first time.
"""

EDITORIAL = """THE LAGOON COURIER  |  LAGOS
Home > Opinion > Our View
Lagos | Nigeria | Africa | World | Business | Opinion | e-Paper
[Subscribe]  [Login]

OUR VIEW

The port fee rise is a tax on every family that buys imported food

Updated: 3 Nov 2025, 6:00 am WAT

When the board met on Thursday it raised berth fees by a third, and nobody objected.
"""

POLICY_BRIEF = """INSTITUTE FOR HARBOUR AND SHIPPING STUDIES
Policy Brief No. 7 | March 2025

THE BERTH IS THE ASSET:
WHAT A LAWFUL PORT CONCESSION REQUIRES

Tomas Adeyemi and Li-Na Okafor

Summary
The court's ruling settled the question of who may grant a berth concession.
"""


def test_a_masthead_with_its_issue_over_a_title_in_capitals() -> None:
    """A cold read: "OCEAN LAW QUARTERLY    Vol. 41, No. 2" had been a journal article's
    title in every note, its real title (in capitals, under the kicker "ARTICLES") and its
    author (a footnote's star after her name) unread."""
    meta = read_plain(JOURNAL.encode()).meta
    assert meta.title == ("THE PORT STATE STRIKES BACK: DETENTION POWERS AFTER THE 2024 AMENDMENTS")
    assert meta.publisher == "Harbour Law Review"
    assert meta.authors == ("Marta Ilves",)


def test_buttons_in_brackets_and_a_kicker_do_not_hide_the_headline() -> None:
    """ "THE HARBOURFRONT TIMES  |  SINGAPORE" had been an editorial's title: its "[Subscribe]
    [Login]" line ended the search for the headline."""
    meta = read_plain(EDITORIAL.encode()).meta
    assert meta.title == "The port fee rise is a tax on every family that buys imported food"


def test_a_title_in_capitals_over_its_subtitle_and_a_bare_byline() -> None:
    """A policy brief had been cited by its institute's name as its title, with no
    authors."""
    meta = read_plain(POLICY_BRIEF.encode()).meta
    assert meta.title == "THE BERTH IS THE ASSET: WHAT A LAWFUL PORT CONCESSION REQUIRES"
    assert meta.publisher == "Institute for Harbour and Shipping Studies"
    assert meta.authors == ("Tomas Adeyemi", "Li-Na Okafor")


def test_a_capitals_kicker_over_a_headline_in_sentence_case_is_not_the_title() -> None:
    text = (
        "THE LAGOON COURIER\nHome | News | Business | Opinion\n\n"
        "SPECIAL REPORT ON THE PORTS AND THE ECONOMY\n\n"
        "Berth fees rise by a third as the port authority seeks new revenue\n\n"
        "March 3, 2025\n\n"
        "The board raised berth fees by a third on Thursday, and nobody objected.\n"
    )
    assert read_plain(text.encode()).meta.title == (
        "Berth fees rise by a third as the port authority seeks new revenue"
    )


def test_a_section_over_a_column_is_no_publisher() -> None:
    """ "OPINION" over a columnist's piece had been cited as its publication."""
    text = (
        "OPINION\n\nThe port fee rise is a tax on every family\n\n"
        "Ada Nwosu\nColumnist\nSunday, March 9, 2025\n\n"
        "When the board met on Thursday it raised berth fees by a third.\n"
    )
    meta = read_plain(text.encode()).meta
    assert meta.publisher is None
    assert meta.authors == ("Ada Nwosu",)


def test_the_analysts_named_on_a_dated_line_are_the_authors() -> None:
    """ "Sector Outlook · 20 December 2025 · Lead analyst: Helena Marsh, with Kevin Tan
    (Hong Kong)" had been cited as written by "Sector Outlook"."""
    text = (
        "# Ports after the concession: scenarios for 2026\n\n"
        "**Sector Outlook · 20 December 2025 · Lead analyst: Ada Nwosu, with Ken Ito (Tokyo)**\n\n"
        "The concession was signed on 18 December and closes in January.\n"
    )
    meta = read_markdown(text.encode()).meta
    assert meta.authors == ("Ada Nwosu", "Ken Ito")
    assert meta.date == "2025-12-20"


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        # a wire's dateline naming its country: "SALTA, Argentina, Oct 15 (Andes Wire) -"
        (
            "Harbour output rises as approvals pile up\n\nBy Lucia Moreno\n\n"
            "KELBY, Norland/ALDEN, Oct 15 (Harbour Wire) - Harbour output is expected to rise by "
            "more than half this year.\n",
            "Harbour Wire",
        ),
        # a clipper's note with the read time after a comma
        (
            "Washington is losing the harbour, and it is not too late to change course\n\n"
            "By Dan Whit | Opinion | February 10, 2025\n\n"
            "*Saved from Harbour Policy Review, read time 6 min*\n\n"
            "When the harbour act was signed, its authors hoped to do two things at once.\n",
            "Harbour Policy Review",
        ),
        # a clipper's "Source:" field naming the publication, its address below
        (
            "Title: Harbour cable plan: what operators wanted\n"
            "Source: Harbour Networks Weekly (Analysis)\n"
            "Author: Dan Ferro\nDate: 28 February 2025\n"
            "URL: https://www.hnweekly.com/policy/harbour-cable-plan\n\n"
            "When the Commission unveiled its cable plan, harbour operators read it closely.\n",
            "Harbour Networks Weekly",
        ),
        # a kind of piece over the headline is no publication; the desk that wrote it is
        (
            "OFFICIAL STATEMENT SUMMARY\n\nHarbour partnership: government announces "
            "fulfilment of conditions\n\nSource: Joint statement by the Ministry of Finance, "
            "Kelby, 30 May 2025. Summary prepared by the Harbour Policy Monitor desk.\n"
            "Posted: 2 June 2025\n\nThe government announced that all conditions are met.\n",
            "Harbour Policy Monitor",
        ),
        (
            "OFFICIAL STATEMENT SUMMARY\n\nCouncil approves third aid package for the harbour\n"
            "Source: Government press office, statement of 3 December 2024\n"
            "Summary prepared by the Policy Desk, Harbour Public Affairs Monitor — 4 December "
            "2024\n\nThe council approved a third package of aid on Tuesday.\n",
            "Harbour Public Affairs Monitor",
        ),
        # a think tank, where it sits, and its series across a dash
        (
            "# Anchors and Ambiguity: the Harbour Seabed\n\n"
            "**Centre for Harbour Security Studies, Kelby — Policy Brief No. 4/2025**\n"
            "**Author:** Dr Jon Vait, Senior Fellow\n**Published:** 11 February 2025\n\n"
            "Three serious incidents in fifteen months have turned the seabed into a front.\n",
            "Centre for Harbour Security Studies",
        ),
        # a publication and its section across a bar
        (
            "Harbour says cable damage was an accident, releases ship\n\n"
            "Harbour Times Online | Security\n\nBy Ieva Ozo and Anders Hol\n"
            "Published: 04.02.2025 11:47\n\n"
            "KELBY - Prosecutors on Monday closed their sabotage investigation.\n",
            "Harbour Times Online",
        ),
        # a clipper's fields with colons; a desk named by its kind; a note within a line of
        # parts; a body with its initials; a site's address only (cold reads of `colorado`
        # and `ports`: notes without an outlet)
        (
            "# Summary: Harbour board publishes draft options\n\n"
            "**Release date:** January 17, 2025\n"
            "**Summary prepared by:** Harbour Policy Digest staff\n"
            "**Saved from:** harbourpolicydigest.org/summaries/draft-options\n\n"
            "The board released a summary of the draft options it will study this year.\n",
            "Harbour Policy Digest",
        ),
        (
            "# Digest of official statements: harbour dues, March 2024 to January 2025\n\n"
            "**Prepared by the Harbour Policy Monitor research desk | Published 28 January "
            "2025**\n\nThe board raised the dues twice in the period under review.\n",
            "Harbour Policy Monitor",
        ),
        (
            "# The board gambled on the docks and called it a win\n\n**By Rick Holl**\n\n"
            "*Opinion · Published October 9, 2024 · Saved from The Harbour Review*\n\n"
            "When the pilots walked out, the board had a choice to make about the law.\n",
            "The Harbour Review",
        ),
        (
            "HARBOUR SITUATION UPDATE\nIssue No. 18 | 5 August 2024\n"
            "Prepared by the Harbour Coordination Forum (HCF) with inputs\n"
            "from partner agencies\n\nThe review committee has concluded that the port is shut.\n",
            "Harbour Coordination Forum",
        ),
        (
            "# The copycat boom in harbour pilots\n\n**By Sofia Brenn** · *The Long Read* · "
            "Published March 11, 2025\n\nSaved from longform.harbourledger.com · 14 min read\n\n"
            # (far from the text's end, where a site's address in a short line names it)
            + "When the shortage of pilots began, a new business grew up around it.\n\n"
            * 14,
            "longform.harbourledger.com",
        ),
    ],
)
def test_a_publication_named_in_the_head_is_the_publisher(text: str, publisher: str) -> None:
    """A cold read's notes: outlets missing, a domain for a name, a genre as the author."""
    assert read_plain(text.encode()).meta.publisher == publisher


def test_a_digests_compiler_is_its_author() -> None:
    """ "Prepared by: Anita Gorski, Policy Desk" under a digest's headline: its short
    notes had cited the publication as the author (a cold read); a desk is no person."""
    text = (
        "HARBOUR HEALTH BRIEF - POLICY DESK\n\n"
        "Harbour agency proposes first overhaul of its security rule in two decades\n\n"
        "Prepared by: Anita Gorski, Policy Desk\nDate: January 28, 2025\n\n"
        "This summary collects and condenses official statements and filings.\n"
    )
    assert read_plain(text.encode()).meta.authors == ("Anita Gorski",)
    desk = text.replace("Prepared by: Anita Gorski, Policy Desk", "Prepared by the Policy Desk")
    assert read_plain(desk.encode()).meta.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a co-author after the first author's post (a cold read's note named one of two)
        (
            "Prepared by: Daniel Achter, Head of Harbour Political Risk, with Thiri Aun",
            ("Daniel Achter", "Thiri Aun"),
        ),
        ("By Ann Lee, with Bo Chan (Kelby)", ("Ann Lee", "Bo Chan")),
        # a contributor, or an agency, is no co-author
        ("By Ann Lee, with additional reporting by Bo Chan", ("Ann Lee",)),
        ("By Ann Lee, with Reuters", ("Ann Lee",)),
    ],
)
def test_a_co_author_after_with_is_an_author(line: str, authors: tuple[str, ...]) -> None:
    text = (
        f"Harbour risk outlook for the coming year and beyond\n\n{line}\n\nThe harbour is calm.\n"
    )
    assert read_plain(text.encode()).meta.authors == authors


def _paged(masthead: str, menu: str, footer: str) -> str:
    """A scraped page: masthead, menu, headline, byline-less story, footer."""
    return (
        f"{masthead}\n{menu}\n\n"
        "Harbour board doubles its fees on transit cargo as the strike drags on\n\n"
        "Updated: 3 Nov 2025\n\n"
        "The harbour board doubled its fees on transit cargo on Monday, citing the strike.\n\n"
        "Shippers said the increase would push some cargo to the rival port to the north.\n\n"
        f"{footer}\n"
    )


@pytest.mark.parametrize(
    ("masthead", "footer", "publisher"),
    [
        # the publication its masthead names, not the company a footer says owns it
        (
            "THE HARBOURFRONT TIMES  |  SINGAPORE",
            "(c) 2025 Harbourfront Press Holdings. All rights reserved.",
            "The Harbourfront Times",
        ),
        # ...unless the footer spells the masthead out, or names it in full
        (
            "PAWS - Pan-African Wire Service",
            "(c) 2024 Pan-African Wire Service. All rights reserved.",
            "Pan-African Wire Service",
        ),
        ("Meridian Wire", "(c) 2024 Meridian Wire. All rights reserved.", "Meridian Wire"),
        # a masthead's own initials after it are dropped
        (
            "Atlantic Press Agency (APA)",
            "Privacy Policy | Terms of Service",
            "Atlantic Press Agency",
        ),
    ],
)
def test_a_masthead_names_the_publication_before_a_footers_owner(
    masthead: str, footer: str, publisher: str
) -> None:
    menu = "Top News | Africa | World | Business | Sport | Photos | Video"
    meta = read_plain(_paged(masthead, menu, footer).encode()).meta
    assert meta.publisher == publisher


def test_front_matter_gives_the_pages_section() -> None:
    """ "section: Opinion" in a clipper's front matter says the page is an op-ed
    (`opinion.opinion_piece`)."""
    from briefkit.readers.text import parse_text

    body = "The harbour board is wrong to raise its dues, and the port will pay for it in trade."
    text = f"---\ntitle: Dues\nsection: Opinion\n---\n\n{body}\n\n{body}\n"
    assert parse_text(text, markdown=True).meta.section == "Opinion"
    assert parse_text(text.replace("section: Opinion\n", ""), markdown=True).meta.section is None


@pytest.mark.parametrize(
    ("menu", "publisher"),
    [
        # a wire's name in title case opening its menu (a cold read of `boj` found two
        # wires' and a newsletter's notes without their outlet)
        ("Harbour Markets Wire | Markets | Economy | Ports | Currencies", "Harbour Markets Wire"),
        ("Kelby Macro Letter | Analysis | Rates | FX | Policy | Log in", "Kelby Macro Letter"),
        ("Global Harbour Newswire | Home | World | Business | Markets", "Global Harbour Newswire"),
        # a menu's first item that names no publication
        ("Research | Insights | Data | Events | About Kelby Research | Contact", None),
        ("Home | World | Business | Markets | Video", None),
    ],
)
def test_a_publications_name_opening_its_menu_is_the_publisher(
    menu: str, publisher: str | None
) -> None:
    page = (
        f"{menu}\n"
        "Harbour board raises port fees for the first time in a decade\n"
        "By Elena Kostas and Karim Mansour\n"
        "KELBY, July 31, 2024\n\n"
        "The harbour board raised its fees on Wednesday for the first time in ten years.\n"
    )
    meta = read_plain(page.encode()).meta
    assert meta.publisher == publisher
    assert meta.title == "Harbour board raises port fees for the first time in a decade"


def test_a_sites_name_over_its_menu_is_no_title() -> None:
    """ "EnviroPolicy Watch" over "Regulation | Litigation | …", then the headline: a cold
    read of `pfas` found the timeline cited by the site's name, its title lost."""
    page = (
        "Harbour Policy Watch\n"
        "Regulation | Litigation | Climate | Ports | Data Tracker\n\n"
        "TIMELINE: Three years of harbour rules, settlements and reversals\n\n"
        "By the Harbour Policy Watch staff\n"
        "Last updated: 22 September 2025\n\n"
        "Few harbour issues have moved as fast, or in as many directions at once, as fees.\n"
    )
    meta = read_plain(page.encode()).meta
    assert meta.title is not None
    assert meta.title.endswith("Three years of harbour rules, settlements and reversals")
    assert meta.publisher == "Harbour Policy Watch"
