from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefkit.analysis import findings
from briefkit.analysis.findings import (
    MOVED_TO,
    dated_events,
    disagreements,
    event_date,
    figure_disagreements,
    figures,
)
from briefkit.analysis.proposals import propose
from briefkit.analysis.terms import make_stemmer
from briefkit.corpus import Corpus
from briefkit.read import read_corpus
from tests.conftest import write

# Passages on another matter beside a test's few: in a corpus of two passages every word
# they share is in all of them, weighs nothing, and no two passages are neighbours (which
# the figure finder asks of two sides), as they are in any real folder of articles.
PADDING = (
    "Gardening Notes\n\nThe roses along the south wall need pruning before the frost.\n\n"
    "Tomatoes ripen faster when the greenhouse door stays open in the afternoon.\n\n"
    "A layer of mulch keeps the soil of the vegetable beds moist through the summer.\n\n"
    "Slugs come out after rain and eat the young lettuce leaves overnight.\n\n"
    "Compost made from kitchen scraps feeds the borders for the whole season.\n\n"
    "The apple trees were grafted onto dwarf rootstock by the previous owner.\n"
)


def padded(folder: Path) -> Corpus:
    """The test's sources and a source on gardening, read."""
    write(folder / "zz_gardening.txt", PADDING)
    return read_corpus(folder)


ONE = """A Report on the Delta

By Ana Field

March 3, 2023

Farmers make up about 30 percent of the delta's population, according to the census office.
The dam was completed in 2011 after a decade of disputes over the river's water.
In May 2019 the two governments signed a first agreement on water sharing at the border.
"""

TWO = """Delta Water Talks Stall

By Ben Stone

June 9, 2024

Farmers are around 45 percent of the delta's population, officials in the capital said.
The river talks collapsed in 2022 when both sides walked out of the meeting in the capital.
"""


def _proposals(tmp_path: Path):
    write(tmp_path / "one.txt", ONE)
    write(tmp_path / "two.txt", TWO)
    corpus = padded(tmp_path)
    return propose(corpus, "water sharing on the delta river")


def test_disagreeing_figures_are_paired_across_sources(tmp_path: Path) -> None:
    found = figure_disagreements(_proposals(tmp_path), limit=3)
    assert len(found) == 1
    pair = found[0]
    assert pair.unit == "percent"
    assert {pair.first.value, pair.second.value} == {30.0, 45.0}
    assert pair.first.candidate.sentence.source_id != pair.second.candidate.sentence.source_id


def test_figures_compared_are_those_kept_per_passage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passage's figures are measured with its details (once, kept in the corpus index):
    each audience's search for disagreements reads them instead of measuring them again,
    and finds what it finds when it measures them itself."""
    proposals = _proposals(tmp_path)
    assert any(kept for _quote, kept in proposals.figures.values())
    afresh = figure_disagreements(dataclasses.replace(proposals, figures={}), limit=3)
    measured: list[object] = []

    def counted(*args):  # type: ignore[no-untyped-def]
        measured.append(args)
        return figures(*args)

    monkeypatch.setattr(findings, "figures", counted)
    assert figure_disagreements(proposals, limit=3) == afresh
    assert measured == []
    assert len(afresh) == 1  # the 30 and 45 percent: there was something to compare


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The project drew $2 billion in aid.", [(2e9, "$", "$2 billion")]),
        ("Investment reached $3.5bn last year.", [(3.5e9, "$", "$3.5bn")]),
        ("Exports fell to 12 billion dollars.", [(12e9, "$", "12 billion dollars")]),
        ("They share a 1,344-kilometer border.", [(1344.0, "km", "1,344-kilometer")]),
        ("It holds 74 billion cubic metres.", [(74e9, "cubic m", "74 billion cubic metres")]),
        ("The wall is 400m long.", [(400.0, "m", "400m")]),
        ("The dam was completed in 2011.", [(2011.0, "year", "2011")]),
        ("The 1990s saw three wars.", []),
        ("The 1990s saw seven wars.", [(7.0, "wars", "seven wars")]),
        (
            "Gangs hold 90 percent, up from 60 percent two years ago.",
            [(90.0, "percent", "90 percent")],
        ),
        ("The share would fall from 80 percent to 50 percent of emissions.", []),
        # part of a name, not a count: the grounded MAX 9 aircraft were 171
        (
            "The FAA grounded 171 Boeing 737 MAX 9 aircraft under Resolution 2690 rules.",
            [(171.0, "aircraft", "171 Boeing 737 MAX 9 aircraft")],
        ),
        ("Regulators grounded 215 MAX 9 aircraft.", [(215.0, "aircraft", "215 MAX 9 aircraft")]),
        ("Officials counted 300 herds in Ohio on March 25.", [(300.0, "herds", "300 herds")]),
        (
            "Transits fell from 36 a day to 24, and 40 percent of bookings went.",
            [(40.0, "percent", "40 percent")],
        ),
        # a change told the other way round: no account of a level
        ("Its tax rate had risen to 17.8 percent from 15.9 percent.", []),
        # a range is one figure, shown whole (it had been "8.1 percent")
        ("That is 6.5–8.1 percent of receipts.", [(8.1, "percent", "6.5–8.1 percent")]),
        (
            "It will raise between $155 billion and $192 billion a year.",
            [(192e9, "$", "between $155 billion and $192 billion")],
        ),
        ("It will cost 155 to 192 billion dollars.", [(192e9, "$", "155 to 192 billion dollars")]),
        (
            "They sent 150 ships and 20 aircraft.",
            [(150.0, "vessels", "150 ships"), (20.0, "aircraft", "20 aircraft")],
        ),
        # one count, however a source words its kind: ships, vessels and tankers; chief
        # executives named with their nation; soldiers and troops; cars and vehicles
        ("The fleet numbers some 400 tankers.", [(400.0, "vessels", "some 400 tankers")]),
        (
            "It follows a campaign by nearly 50 European chief executives.",
            [(50.0, "executives", "nearly 50 European chief executives")],
        ),
        ("The deployment peaked at 8,500 soldiers.", [(8500.0, "troops", "8,500 soldiers")]),
        # (a kind whose noun is no plural in -s, after a word describing it)
        (
            "The army sent more than 7,800 military personnel.",
            [(7800.0, "troops", "more than 7,800 military personnel")],
        ),
        (
            "Roughly 120,000 cars were written off.",
            [(120000.0, "vehicles", "roughly 120,000 cars")],
        ),
        # the naira as it is typed, and its name after the number: one currency
        (
            "The subsidy cost about N4.4 trillion in 2022.",
            [(4.4e12, "₦", "about N4.4 trillion"), (2022.0, "year", "2022")],
        ),
        ("It cost nearly N4.7tn that year.", [(4.7e12, "₦", "nearly N4.7tn")]),
        ("A litre costs 537 naira in Abuja.", [(537.0, "₦", "537 naira")]),
        # a hyphened unit shown whole (a row had read "roughly 865,000 acre"), counted by
        # its first word as before
        (
            "Mexico ended roughly 865,000 acre-feet short.",
            [(865000.0, "acre", "roughly 865,000 acre-feet")],
        ),
    ],
)
def test_figures_read_as_written(text: str, expected: list[tuple[float, str, str]]) -> None:
    sentence = SimpleNamespace(quote=text)
    found = [(f.value, f.unit, f.text) for f in figures(sentence, None, make_stemmer())]  # type: ignore[arg-type]
    assert found == [(pytest.approx(v), u, t) for v, u, t in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It has infected roughly a fifth of Ghana's cocoa land.", [(20.0, "roughly a fifth")]),
        ("Half of patients quit within a year.", [(50.0, "half")]),
        ("The triangle holds two-thirds of the world's lithium.", [(66.7, "two-thirds")]),
        ("Close to three quarters of the herds were sick.", [(75.0, "close to three quarters")]),
        # periods, amounts and shares of nothing named are no shares
        ("Prices fell in the first half of the year.", []),
        ("A quarter of a century later, little had changed.", []),
        ("About half a million people fled.", []),
        ("Up to half of them operate in the capital.", []),
        # an earlier value is no account of the present
        ("It rose to 40 percent, up from a third of the total.", []),
    ],
)
def test_shares_told_in_words_are_percentages(text: str, expected: list[tuple[float, str]]) -> None:
    sentence = SimpleNamespace(quote=text)
    found = [
        (f.value, f.text)
        for f in figures(sentence, None, make_stemmer())  # type: ignore[arg-type]
        if f.in_words and f.whole is not None
    ]
    assert found == [(pytest.approx(v, abs=0.1), t) for v, t in expected]


def test_a_share_in_words_pairs_only_with_a_share_of_the_same_whole(tmp_path: Path) -> None:
    filler = "Officials in the region said the army patrols the main roads every week."
    write(
        tmp_path / "a.txt",
        "Report One\n\nMarch 3, 2023\n\n"
        "Swollen shoot has infected roughly a fifth of Ghana's cocoa farms, the board said.\n"
        f"{filler}\nFarm incomes in Ghana fell by about 30 percent of the national average.\n",
    )
    write(
        tmp_path / "b.txt",
        "Report Two\n\nJune 9, 2023\n\n"
        "Close to half of Ghana's cocoa farms are now infected with swollen shoot disease.\n"
        "Half of the barn cats on Ghana's farms were never counted by the survey teams.\n",
    )
    found = figure_disagreements(propose(padded(tmp_path), "cocoa disease in Ghana"), 5)
    assert [sorted(f.text for f in (p.first, p.second)) for p in found] == [
        ["close to half", "roughly a fifth"]
    ]


def test_figures_of_two_states_are_no_dispute(tmp_path: Path) -> None:
    """A cold read: "Ukrainian exports … roughly 60 million tonnes" against "Russia …
    shipments forecast at around 42 million to 44 million tonnes" had been a row; two
    sources' figures of one state still are."""

    def pairs(first: str, second: str) -> int:
        told = f"according to {first}'s census office in the capital of the delta region."
        write(tmp_path / "one.txt", ONE.replace("according to the census office.", told))
        said = f"officials in the capital of {second} said."
        write(tmp_path / "two.txt", TWO.replace("officials in the capital said.", said))
        proposals = propose(padded(tmp_path), "water sharing on the delta river")
        return len(figure_disagreements(proposals, limit=3))

    assert pairs("Peru", "Peru") == 1
    assert pairs("Peru", "Chile") == 0


def test_a_list_of_shares_against_a_pair_of_shares_is_no_dispute(tmp_path: Path) -> None:
    """A cold read: "roughly 10% of world wheat exports, around 15% of corn exports and
    about half…" against "Corn made up about 51% of the total and wheat about 27%" had been
    a row pairing corn's share with wheat's; against one share of a thing it still pairs."""

    def pairs(second: str) -> list[tuple[str, str]]:
        listed = (
            "Before the war the delta shipped roughly 10 percent of the region's wheat "
            "exports, around 15 percent of its corn exports and about 40 percent of its rice."
        )
        write(tmp_path / "one.txt", ONE.replace(ONE.splitlines()[6], listed))
        write(tmp_path / "two.txt", TWO.replace(TWO.splitlines()[6], second))
        proposals = propose(padded(tmp_path), "water sharing on the delta river")
        return [(p.first.text, p.second.text) for p in figure_disagreements(proposals, 3)]

    assert (
        pairs("Corn made up about 51 percent of the delta's shipments and wheat about 27 percent.")
        == []
    )
    one = "The delta shipped about 25 percent of the region's corn exports before the war."
    assert pairs(one) == [("around 15 percent", "about 25 percent")]


def test_miles_are_compared_as_kilometres() -> None:
    sentence = SimpleNamespace(quote="It shares a 1,640-mile border.")
    (figure,) = figures(sentence, None, make_stemmer())  # type: ignore[arg-type]
    assert figure.unit == "km" and figure.value == pytest.approx(2639.3, abs=0.1)
    assert figure.text == "1,640-mile"


def _dates_with(tmp_path: Path, sentence: str) -> set[str]:
    """The chronology's dates where a third source (of the next day) tells `sentence`
    instead of the 2022 collapse of the river talks."""
    write(
        tmp_path / "three.txt",
        TWO.replace("June 9, 2024", "June 10, 2024").replace(
            "The river talks collapsed in 2022 when both sides walked out of the meeting in the "
            "capital.",
            sentence,
        ),
    )
    return {e.date for e in dated_events(_proposals(tmp_path), limit=5)}


def test_dated_events_are_in_date_order_within_the_period(tmp_path: Path) -> None:
    events = dated_events(_proposals(tmp_path), limit=5)
    assert [e.date for e in events] == sorted(e.date for e in events)
    dates = {e.date for e in events}
    assert {"2019-05", "2022"} <= dates
    assert "2011" not in dates  # twelve years before the oldest source: history, not the period


def test_a_chronology_keeps_to_the_period_the_brief_names(tmp_path: Path) -> None:
    """ "April 2023 | When Kazuo Ueda took over…" had opened the chronology of a brief on
    2024-2025: an event before the period the brief names is background, not a row."""
    import dataclasses

    proposals = _proposals(tmp_path)
    assert "2019-05" in {e.date for e in dated_events(proposals, limit=5)}
    asked = dataclasses.replace(proposals, asked_since=2020)
    dates = {e.date for e in dated_events(asked, limit=5)}
    assert "2022" in dates and not any(d < "2020" for d in dates)


def test_a_view_or_a_scene_with_a_date_is_no_event(tmp_path: Path) -> None:
    """ "We do not expect … in 2025." looks ahead and "Farmers queue at the water office
    in 2024." paints a scene: neither tells an event, though each names a year."""
    dates = _dates_with(
        tmp_path,
        "We do not expect the delta governments to reopen the river talks in 2024. Farmers "
        "queue at the water office of the delta capital in 2023. Delta growers, led by the "
        "rice mills, face losses from the drought of 2021, as shown by the harvest.",
    )
    assert "2022" in dates and not {"2024", "2023", "2021"} & dates


@pytest.mark.parametrize(
    ("after", "row"),
    [
        ("; common water rules would limit the governors' room to play farmers off", False),
        ("; the farmers' unions protested outside the river office", True),
    ],
)
def test_a_view_glued_after_a_semicolon_is_no_event(tmp_path: Path, after: str, row: bool) -> None:
    """A cold read of `tiktok`: "November 2024 | Canada ordered TikTok's Canadian business
    wound up in November 2024 …; common standards … would limit Beijing's room…" had been
    a chronology row, a think tank's recommendation glued to the event."""
    dates = _dates_with(
        tmp_path, f"The delta governors closed the river office to traders in 2021{after}."
    )
    assert ("2021" in dates) is row


@pytest.mark.parametrize(
    ("then", "row"), [("the choreography was familiar", False), ("the talks collapsed", True)]
)
def test_a_features_frame_of_a_day_is_no_event(tmp_path: Path, then: str, row: bool) -> None:
    """A cold read: "March 7, 2025 | When Raila Odinga and William Ruto stood side by side
    … , the choreography was familiar." had been a chronology row: what came of the day
    is left to the next sentence."""
    dates = _dates_with(
        tmp_path,
        f"When the two delta governors stood side by side at the river office in 2021, {then}.",
    )
    assert ("2021" in dates) is row


@pytest.mark.parametrize(("then", "row"), [("Now, as", False), ("Officials said that, as", True)])
def test_an_event_glued_to_a_sentence_of_today_is_no_row(
    tmp_path: Path, then: str, row: bool
) -> None:
    """A cold read: "December 8, 2023 | …struck a deal… Now, as the deadlines approach,
    the fight…" had been a chronology row, a May 2025 standfirst glued to the event."""
    from briefkit.analysis.findings import NOW_AFTER_EVENT

    text = (
        "Negotiators struck the harbour deal on 8 December 2023. "
        f"{then} the deadlines approach, the fight over the dues has resumed."
    )
    assert (NOW_AFTER_EVENT.search(text) is None) is row


@pytest.mark.parametrize(
    ("ending", "row"),
    [("formalises that arrangement.", False), ("formalises that arrangement this week.", True)],
)
def test_an_event_of_a_thing_named_before_it_is_no_row(ending: str, row: bool) -> None:
    """A cold read: "March 7, 2025 | The MoU signed on Friday formalises that arrangement."
    was a chronology row that tells of an arrangement its reader never sees; quoted after
    the sentence that names it, it may be one."""
    from briefkit.analysis.findings import ENDS_ON_A_THING_BEFORE

    text = f"The river accord signed in May 2022 {ending}"
    assert (ENDS_ON_A_THING_BEFORE.search(text) is None) is row
    assert ENDS_ON_A_THING_BEFORE.search(f"The talks began. {text}") is None
    named = (
        "After the agency approved the drug in March 2024 to reduce the risk of strokes in "
        "adults, the insurers told plans they could cover it for that indication."
    )
    assert ENDS_ON_A_THING_BEFORE.search(named) is None


@pytest.mark.parametrize(
    ("told", "row"),
    [
        ("Anna Berg remembers the first time the river talks collapsed, in May 2022.", False),
        ("Anna Berg walked out the first time the river talks collapsed, in May 2022.", True),
    ],
)
def test_a_memory_told_is_no_event(tmp_path: Path, told: str, row: bool) -> None:
    """ "Dana Whitcomb remembers the first time she tried to fill a prescription for Wegovy,
    in the summer of 2023." had been a bench memo's chronology row of 2023."""
    from briefkit.analysis.findings import MEMORY_TOLD

    assert (MEMORY_TOLD.search(told) is None) is row


@pytest.mark.parametrize(
    ("told", "row"),
    [
        ('"The delta has never taken more than its share," the minister said in May 2022.', False),
        (
            'The minister said in May 2022 that the delta "has never taken more than its share".',
            True,
        ),
        ('"Operation Delta" began in May 2022 with the closure of the sluices.', True),
    ],
)
def test_someones_words_opening_a_passage_are_no_event(told: str, row: bool) -> None:
    """A cold read: 'February 3, 2025 | "China has never participated in the management and
    operation of the canal…," foreign ministry spokesman Lin Jian said…' was a chronology
    row; it is a stance."""
    from briefkit.analysis.findings import OPENS_ON_WORDS_QUOTED

    assert (OPENS_ON_WORDS_QUOTED.match(told) is None) is row


def test_a_date_after_the_newest_source_is_no_event_yet(tmp_path: Path) -> None:
    """ "…the negotiated price, taking effect in January 2027" in a corpus whose newest
    source is of 2024 is a plan: it had closed a chronology as its latest row."""
    dates = _dates_with(
        tmp_path, "The new water tariff for the delta farms will take effect in January 2027."
    )
    assert "2022" in dates and "2027-01" not in dates


@pytest.mark.parametrize(("told", "row"), [("- I do -", False), ("- as many do -", True)])
def test_a_writers_first_person_argument_is_no_event(tmp_path: Path, told: str, row: bool) -> None:
    """A cold read: "November 2023 | … One may despise the group and its slogans - I do -
    and still observe…" had been a chronology row, an op-ed's argument."""
    dates = _dates_with(
        tmp_path,
        f"One may despise the delta militia {told} and still observe that it seized the "
        "river dam in 2023.",
    )
    assert ("2023" in dates) is row


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "The U.S. EPA proposes national drinking water limits for PFOA and PFOS.",
            "EPA proposed the standard in March 2023 and received 120,000 comments.",
            True,
        ),
        (
            "The U.S. EPA proposes national drinking water limits for PFOA and PFOS.",
            "EPA fined the company in March 2023 for breaching the limits.",
            False,
        ),
        (
            "The Council authorised the mission in October 2023.",
            "The Council extended the sanctions in October 2023.",
            False,
        ),
    ],
)
def test_one_party_doing_one_act_in_one_month_is_one_event(
    first: str, second: str, same: bool
) -> None:
    """A cold read: "March 14, 2023 | The U.S. EPA proposes…" and "March 2023 | EPA
    proposed the standard in March 2023 and received…" were two rows in a row."""
    from briefkit.analysis.findings import _same_party_same_act

    assert _same_party_same_act(first, second) is same


@pytest.mark.parametrize(
    ("text", "date", "named"),
    [
        ("The board released three harbour rules on October 17.", "2023-10-17", True),
        ("The board released three harbour rules on 17 October.", "2023-10-17", True),
        ("The board released three harbour rules on October 18.", "2023-10-17", False),
        ("The board released three harbour rules on October 17.", "2023-10", False),
    ],
)
def test_a_row_naming_the_day_another_is_dated_to_tells_its_event(
    text: str, date: str, named: bool
) -> None:
    """A cold read (chips): "October 17, 2023 | The Biden administration on Tuesday
    tightened the export controls…" and "October 2023 | The Bureau … released three rules
    on October 17." were two rows of one event."""
    from briefkit.analysis.findings import _names_the_day

    assert _names_the_day(text, date) is named


def test_analyst_memo_shows_its_chronology(lithium_build) -> None:
    """(Its sources' figures do not differ: it has no disagreements section, see
    `test_a_check_that_found_nothing_leaves_no_heading`.)"""
    result, manifest = lithium_build
    analyst = next(m for m in manifest["memos"] if m["audience"] == "analyst")
    ids = [s["id"] for s in analyst["sections"]]
    assert "chronology" in ids
    chronology = next(s for s in analyst["sections"] if s["id"] == "chronology")
    assert chronology["excerpts"]
    md = (result.out_dir / "analyst.md").read_text()
    assert "Date | Event\n--- | ---\n" in md


def test_every_memo_states_the_date_range(lithium_build) -> None:
    result, manifest = lithium_build
    for memo in manifest["memos"]:
        md = (result.out_dir / memo["files"]["md"]).read_text()
        assert "sources read, September 2022 to January 2024; excerpts quoted verbatim." in md


def test_every_memo_has_the_same_one_line_intro(lithium_build) -> None:
    """The intro is words not quoted: every audience gets the short one (it had been
    twelve words longer outside the one-page note)."""
    result, manifest = lithium_build
    intros = {
        (result.out_dir / memo["files"]["md"]).read_text().split("\n\n")[2]
        for memo in manifest["memos"]
    }
    assert len(intros) == 1 and len(intros.pop().split()) <= 20, intros


def test_outlook_leads_with_the_newest_view_and_dates_it(lithium_build) -> None:
    result, manifest = lithium_build
    dates = {s["id"]: s["date"] for s in manifest["sources"]}
    analyst = next(m for m in manifest["memos"] if m["audience"] == "analyst")
    outlook = next(s for s in analyst["sections"] if s["id"] == "outlook")
    years = [dates[e["source"]] for e in outlook["excerpts"]]
    assert years == sorted(years, reverse=True)
    md = (result.out_dir / "analyst.md").read_text()
    ahead = md.split("## Key judgments")[1].split("## Background")[0] + md.split("## Outlook")[1]
    assert "**As of January 2024.**" in ahead  # the newest view leads what lies ahead


OLDER_VIEW = """Oslo Keeps Its Distance

By Kari Lund

April 2, 2021

Norway still refuses to engage with the new government of Chile, its diplomats said.
Officials in Oslo described the coastal fisheries dispute as the main obstacle to any deal.
The fisheries fleet of Norway counts about 6,000 vessels, the ministry said this spring.
"""

NEWER_VIEW = """A Thaw Between Oslo and Santiago

By Luis Mora

May 5, 2023

Norway has begun talks to normalise relations with Chile after the fisheries dispute.
Officials said the coastal fisheries dispute had been the main obstacle to a deal.
The fisheries fleet of Norway counts about 9,000 vessels, according to the ministry.
"""


def test_accounts_of_cooperation_and_conflict_are_no_rows_figures_are(tmp_path: Path) -> None:
    """One source's "refuses to engage" and a later one's "begun talks to normalise
    relations" tell a relation that changed, not sources that disagree: the table holds the
    figures that differ, older source first, and no row of the two accounts."""
    write(tmp_path / "older.txt", OLDER_VIEW)
    write(tmp_path / "newer.txt", NEWER_VIEW)
    corpus = padded(tmp_path)
    proposals = propose(corpus, "relations between Norway and Chile over the fisheries dispute")
    years = {d.id: d.year for d in corpus.documents}
    found = disagreements(proposals, limit=4, source_years=years)
    assert [d.label for d in found] == ["about 6,000 vessels / about 9,000 vessels"]


def test_figures_pair_when_they_name_the_same_place_not_when_they_only_share_a_unit(
    tmp_path: Path,
) -> None:
    filler = "Officials in the region said the army patrols the main roads every week."
    write(
        tmp_path / "a.txt",
        "Report One\n\nMarch 3, 2023\n\n"
        "Soldiers killed about 300 civilians during the operation in Kotara last month.\n"
        f"{filler}\nAn ambush in the north killed 17 soldiers on a supply convoy.\n",
    )
    write(
        tmp_path / "b.txt",
        "Report Two\n\nJune 9, 2023\n\n"
        "Investigators later found that at least 500 people had died in Kotara.\n"
        "After the attack of 8 January, in which 28 soldiers were killed near the base.\n",
    )
    found = figure_disagreements(propose(padded(tmp_path), "violence in the region"), 5)
    assert [(p.unit, {p.first.value, p.second.value}) for p in found] == [("people", {300, 500})]


def test_figures_of_different_years_are_a_series_not_a_disagreement(tmp_path: Path) -> None:
    write(
        tmp_path / "a.txt",
        "One\n\nMarch 3, 2024\n\nChina made up about 17 percent of Nvidia revenue in fiscal 2024.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nMay 9, 2025\n\nChina made up about 13 percent of Nvidia revenue in fiscal 2025.\n",
    )
    assert figure_disagreements(propose(padded(tmp_path), "Nvidia revenue in China"), 5) == []


def test_a_span_from_a_year_is_no_period_of_a_figure(tmp_path: Path) -> None:
    """ "…its first surplus since 2010: a surplus of 1.8 percent" in 2024 and "…every month
    since January 2024, and the 2025 surplus should land around 1.5 percent": a series
    (both had named 2024, and were a dispute)."""
    first = (
        "In 2024 the Harbour Treasury recorded its first full-year surplus since 2010: "
        "a primary surplus of 1.8 percent of GDP."
    )
    second = (
        "The Harbour Treasury has posted a primary surplus every month since January 2024, "
        "and the 2025 surplus should land around 1.5 percent of GDP."
    )
    query = "Harbour Treasury primary surplus"
    assert _disputes(tmp_path / "a", first, second, query) == 0
    # the same year's surplus told twice, differently: a dispute
    same = second.replace("the 2025 surplus", "the 2024 surplus")
    assert _disputes(tmp_path / "b", first, same, query) == 1


def test_a_year_after_a_measure_is_its_period_not_an_event_date(tmp_path: Path) -> None:
    """ "…to remain above 1.3 percent of GDP in 2025" against "…to an overall surplus of
    about 0.3 percent of GDP in 2024": the years date two measures, no event (a row had set
    "2025 / 2024" against each other). The year of one event told twice is a dispute."""
    query = "Harbour Treasury surplus and the new harbour"
    first = "We expect the Harbour Treasury surplus to remain above 1.3 percent of GDP in 2025."
    second = "The Harbour Treasury balance moved to a surplus of about 0.3 percent of GDP in 2024."
    assert _disputes(tmp_path / "a", first, second, query) == 0
    opened = "The Harbour Treasury says the new harbour at Kelby opened in {}."
    assert _disputes(tmp_path / "b", opened.format(2021), opened.format(2023), query) == 1


def test_rough_figures_a_tenth_apart_agree(tmp_path: Path) -> None:
    """ "some 23 million tonnes" and "an estimated 21 million tonnes" of one thing say the
    same within their roughness; told exactly, they differ."""
    query = "Kelby lithium resources"
    first = "Kelby has some 23 million tonnes of lithium resources, the survey says."
    second = "Kelby, with an estimated 21 million tonnes of lithium resources, was left out."
    assert _disputes(tmp_path / "a", first, second, query) == 0
    exact = "Kelby has 23 million tonnes of lithium resources, the survey says."
    assert _disputes(tmp_path / "b", exact, second.replace("an estimated ", ""), query) == 1
    # a tenth apart exactly: "about £2.7bn" and "nearly £3bn" of one payout (a cold read of
    # the fifty-second round found them a row of sources that differ)
    paid = "The Kelby consortium paid itself {} in dividends on shareholder loans."
    assert (
        _disputes(tmp_path / "c", paid.format("about £2.7bn"), paid.format("nearly £3bn"), query)
        == 0
    )


def _disputes(
    folder: Path,
    first: str,
    second: str,
    query: str,
    dates: tuple[str, str] = ("March 3, 2024", "May 9, 2024"),
) -> int:
    """How many figure disagreements two one-sentence sources give (by default dated two
    months apart)."""
    write(folder / "a.txt", f"One\n\n{dates[0]}\n\n{first}\n")
    write(folder / "b.txt", f"Two\n\n{dates[1]}\n\n{second}\n")
    return len(figure_disagreements(propose(padded(folder), query), 5))


def test_a_passage_giving_a_figure_the_other_keeps_is_no_dispute(tmp_path: Path) -> None:
    """ "…will collectively hold less than 20 percent of the joint venture" against
    "Affiliates of existing investors will hold 30.1 percent and ByteDance 19.9 percent":
    the second gives the first's figure too (a cold read's sham row set the investors'
    stake against ByteDance's cap)."""
    query = "Kelby harbour joint venture stakes"
    first = "Kestria Holdings will hold less than 20 percent of the Kelby harbour joint venture."
    second = (
        "In the Kelby harbour joint venture, affiliates of existing Kestria Holdings "
        "investors will hold 30.1 percent and Kestria Holdings {} percent."
    )
    assert _disputes(tmp_path / "a", first, second.format("19.9"), query) == 0
    assert _disputes(tmp_path / "b", first, second.format("24.9"), query) >= 1
    # told with the sign
    signed = first.replace(" percent", "%")
    kept = second.format("19.9").replace(" percent", "%")
    assert _disputes(tmp_path / "d", signed, kept, query) == 0
    # in billions the other passage's figures are read at the bound's scale
    capped = "Kestria Holdings will invest less than $20 billion in the Kelby harbour venture."
    both = (
        "In the Kelby harbour venture, Kestria Holdings investors will put in $26 billion and "
        "Kestria Holdings $25 billion."
    )
    assert _disputes(tmp_path / "c", capped, both, query) >= 1


def test_two_measures_of_one_thing_are_not_a_dispute(tmp_path: Path) -> None:
    """Insured and direct losses of the same companies are different figures."""
    losses = "Parametrix put {} losses for Fortune 500 companies from the Kestrel outage at {}."
    query = "Kestrel outage losses"
    first = losses.format("direct", "$5.4 billion")
    assert _disputes(tmp_path, first, losses.format("insured", "$4.1 billion"), query) == 0
    # the same measure: a dispute
    assert _disputes(tmp_path, first, losses.format("direct", "$4.1 billion"), query) == 1


def test_a_figure_within_a_range_is_no_dispute_with_it(tmp_path: Path) -> None:
    """ "About 7 percent" of receipts is what "6.5–8.1 percent" allows; "about 11 percent"
    is not (it had been paired as "9 percent / 8.1 percent", a range shown as its end)."""
    query = "minimum tax revenue receipts"
    ranged = (
        "The OECD says the minimum tax will raise 6.5–8.1 percent of global corporate tax receipts."
    )
    point = "The OECD says the minimum tax will raise about {} percent of global corporate tax receipts."
    assert _disputes(tmp_path / "a", ranged, point.format(7), query) == 0
    assert _disputes(tmp_path / "b", ranged, point.format(11), query) == 1


def test_a_figures_measure_is_its_own_not_the_next_sentences(tmp_path: Path) -> None:
    """ "Parametrix put direct losses … at $5.4 billion. Insured losses will be a fraction
    of that." is a figure of direct losses: no dispute with one of insured losses."""
    query = "Kestrel outage losses"
    first = (
        "Parametrix put direct losses for Fortune 500 companies from the Kestrel outage at "
        "$5.4 billion. Insured losses will be a fraction of that."
    )
    second = "Parametrix put insured losses for Fortune 500 companies from the Kestrel outage at $1.1 billion."
    assert _disputes(tmp_path, first, second, query) == 0


def test_a_part_of_a_measure_is_no_dispute_with_the_whole(tmp_path: Path) -> None:
    """A cold read: "Interest alone takes roughly a third of ordinary revenue" against "Debt
    service absorbs more than half of ordinary revenue" had been a row of sources that
    differ; a measure narrowed to a part of itself is another measure."""
    query = "Harbourland debt service interest ordinary revenue"
    told = "In Harbourland, {} takes {} percent of ordinary revenue, the budget office said."
    whole = told.format("debt service", 55)
    assert _disputes(tmp_path / "a", told.format("interest alone", 33), whole, query) == 0
    assert _disputes(tmp_path / "b", told.format("debt service", 33), whole, query) == 1


def test_a_total_is_not_a_dispute_with_its_parts(tmp_path: Path) -> None:
    write(
        tmp_path / "a.txt",
        "One\n\nMarch 3, 2024\n\nThe crashes of Flight 610 and Flight 302 killed 189 people "
        "and 157 people in the Kestrel accidents.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nMay 9, 2024\n\nFamilies of those killed in the two Kestrel accidents, which "
        "killed 346 people, want a trial.\n",
    )
    found = figure_disagreements(propose(padded(tmp_path), "Kestrel accidents"), 5)
    assert all(346 not in {p.first.value, p.second.value} for p in found)


def test_a_rough_total_is_not_a_dispute_with_its_rough_parts(tmp_path: Path) -> None:
    """ "the two ports that handle around 60% of the trade" against "Kelby handles around
    40% … and Arlo a further 15% or so": told roughly, the parts make the total."""
    query = "the Kelby and Arlo ports' share of the trade"
    total = "Kelby and Arlo are the two ports that handle around 60% of the region's trade."
    parts = "Kelby handles around 40% of the region's trade and Arlo a further 15% or so."
    assert _disputes(tmp_path / "a", total, parts, query) == 0
    exact = "Kelby handles 40% of the region's trade and Arlo a further 15%."
    assert _disputes(tmp_path / "b", total, exact, query) == 1


def test_how_much_a_thing_changed_is_no_account_of_a_gap(tmp_path: Path) -> None:
    """ "lifted its berth fee by 58%" and "fees 20% to 40% above the Kelby fee": a change
    and a gap, not two accounts of one figure."""
    query = "the Arlo harbour berth fee against Kelby"
    change = "The Arlo harbour board lifted its berth fee by 58% against the Kelby fee."
    gap = "Shipping lines say Arlo's berth fee is now 30% above the Kelby fee."
    assert _disputes(tmp_path / "a", change, gap, query) == 0
    other_gap = "Shipping lines say Arlo's berth fee is now 58% above the Kelby fee."
    assert _disputes(tmp_path / "b", other_gap, gap, query) == 1


def test_figures_beside_different_places_are_different_events(tmp_path: Path) -> None:
    write(
        tmp_path / "a.txt",
        "One\n\nMarch 3, 2024\n\nAn attack near Koutara in August killed 17 soldiers at an "
        "army post, the ministry said.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nMay 9, 2024\n\nAn attack near Belmonte in January killed 28 soldiers at an "
        "army post, the ministry said.\n",
    )
    assert figure_disagreements(propose(padded(tmp_path), "attacks on the army"), 5) == []


@pytest.mark.parametrize(
    ("query", "one", "other", "renamed"),
    [
        # "Kelby soldiers killed about 300 civilian men … in the town of Moura, Harbour Watch
        # said" and "At least 400 people were killed … around the town of Barsalogho in
        # central Velmora": their names are far from the figures, and none is the same
        (
            "killings of civilians in the Kelby and Velmora conflicts",
            "Kelby soldiers and foreign fighters killed about 300 civilian men during a "
            "five-day operation in the central town of Moura, Harbour Watch said on Tuesday.",
            "At least 400 people were killed when fighters attacked civilians digging trenches "
            "around the town of Barsalogho in central Velmora, according to Arlo Relief.",
            ("Barsalogho", "Moura"),
        ),
        # "The Dunmore plant … 16 gigawatt-hours" against a passage naming only other places
        # ("…between Kelby and Marton on the Velmora River, is designed for … 30
        # gigawatt-hours"): a rare name as the subject, two plants however alike their words
        (
            "battery plants and their annual capacity",
            "The new plant, to be built between the towns of Kelby and Marton on the Velmora "
            "River, is designed for an initial annual capacity of 30 gigawatt-hours.",
            "The Dunmore plant, which shipped its first cells at the end of 2021, was due "
            "to reach an annual capacity of 16 gigawatt-hours in 2024.",
            ("The Dunmore plant", "The Kelby plant"),
        ),
    ],
)
def test_passages_naming_only_different_places_and_parties_tell_two_things(
    tmp_path: Path, query: str, one: str, other: str, renamed: tuple[str, str]
) -> None:
    assert _disputes(tmp_path / "a", one, other, query) == 0
    same_place = other.replace(*renamed)
    assert _disputes(tmp_path / "b", one, same_place, query) == 1


def test_a_name_far_from_the_figures_does_not_pair_them(tmp_path: Path) -> None:
    write(
        tmp_path / "a.txt",
        "One\n\nMarch 3, 2024\n\nThe chief, Ortberg, who took over in August after a long search by the "
        "board and several rounds of interviews, said charges of $5 billion were coming.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nMay 9, 2024\n\nThe chief, Ortberg, speaking to investors at the annual meeting in the "
        "spring, sold the navigation unit to a fund for $10.55 billion.\n",
    )
    assert figure_disagreements(propose(padded(tmp_path), "Ortberg and the company"), 5) == []


def test_an_event_with_a_yearless_day_of_another_month_gets_no_row() -> None:
    from briefkit.analysis.findings import event_date
    from briefkit.corpus import Sentence

    def dated(text: str) -> str | None:
        return event_date(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5))

    assert (
        dated("On 21 March, soldiers raised the flag over the palace held by rebels in April 2023.")
        is None
    )
    assert dated("The fighting erupted on 15 April 2023 between the two forces.") == "2023-04-15"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the date of a thing the subject names, the sentence telling where it stands now
        ("The national harbour standard adopted in April 2024 survives in part.", None),
        (
            "In the United States, the national harbour standard adopted in April 2024 "
            "survives in part.",
            None,
        ),
        ("The harbour ban imposed on 5 January 2024 remains in force.", None),
        # the year's subject told as it still stands (an op-ed's closing line)
        ("Resilience takes machines, and in 2025 the harbour still has seven good tugs.", None),
        ("The harbour board bought seven new tugs in 2025.", "2025"),
        ("The board's cap of 38 ships a month, imposed in January 2024, remains in force.", None),
        # the event itself
        ("The harbour standard was adopted in April 2024 by the board.", "2024-04"),
        ("The national harbour standard adopted in April 2024 set limits on dues.", "2024-04"),
        # a clause dating another thing, its verb with a particle: the plea's date, not the
        # deal's (a cold read found the deal of May 2025 in a July 2024 row)
        ("The deal reverses the guilty plea that the firm agreed to in July 2024.", None),
        ("The firm pleaded guilty to fraud in July 2024.", "2024-07"),
        # its verb's past without "-ed" (a cold read: a bond exchange of December 2024 under
        # "2022", the year its default began)
        (
            "The harbour board has completed its bond swap, ending a default that began in 2022.",
            None,
        ),
        ("The harbour board's default began in 2022.", "2022"),
        # a thing of the year, not the time of an event (a cold read: "…has submitted its
        # final report of 2024" as a chronology row)
        ("The harbour board has submitted its final report of 2024 to the council.", None),
        ("In the summer of 2024 the harbour board closed the northern berths.", "2024"),
        # a target is no event
        ("The rival, which delivered 766 jets, is aiming for about 820 in 2025.", None),
        # so is what the firm expects (a cold read: "2025 | Cash flow has improved …, but
        # Boeing still expects to burn cash for much of 2025.")
        ("Cash has improved, but the firm still expects to burn cash for much of 2025.", None),
        ("The firm expected the sale to close in 2024.", None),
        ("The firm burned cash for much of 2024.", "2024"),
        # a date naming which thing is meant, beside the date of the event (a cold read:
        # "2024 | The Justice Department had found in May 2024 that…")
        (
            "The court had found in May 2024 that the firm breached the deal, after the "
            "January 2024 door blowout drew scrutiny.",
            "2024-05",
        ),
        # a season is no year; a month without its year beside a year alone is no date
        # (a third cold read: a 2023/24 harvest under "2023", a January raise under "2023")
        ("The harbour handled about 530,000 tonnes of cocoa in 2023/24, the board said.", None),
        ("The harbour handled about 530,000 tonnes of cocoa in 2023, the board said.", "2023"),
        ("Its loss widened in 2023. In January it raised $5 billion in debt.", None),
        (
            "The threat of force in 2023 backfired, pushing the juntas together and, in "
            "January, out of the bloc.",
            None,
        ),
        ("The threat of force in 2023 backfired and pushed the juntas together.", "2023"),
        ("The harbour opened in March 2023, and in March the first ships called.", "2023-03"),
        # a fifth: the date qualifies the subject's noun, the verb tells a state of now
        ("The April 2025 security memorandum and US deployments have held.", None),
        ("Its 2021 renewal remains under review by the court.", None),
        ("The April 2025 memorandum was signed by both ministers.", "2025-04"),
        (
            "For the bloc that brokered the March 2024 deal under which the premier stepped "
            "down, Haiti is both a member and a burden.",
            None,
        ),
        ("Under the March 2024 deal, the premier stepped down.", "2024-03"),
        # the date names which talks; the sentence tells where things stand (a cold read)
        (
            "The corridor has survived sustained strikes and the failure of the March 2025 "
            "Riyadh talks to produce a truce.",
            None,
        ),
        ("The corridor was closed after the failure of the March 2025 Riyadh talks.", "2025-03"),
        # a span's bounds date nothing (its commas had been read as an aside's)
        (
            "The board published results for fiscal year 2024, which ran from October 1, "
            "2023 to September 30, 2024 and covered the drought.",
            None,
        ),
        ("Output rose from 2019 to 2023 at the harbour.", None),
        ("The board published its results on 15 October 2024.", "2024-10-15"),
        # a year at a sentence's start is a date too: two years, no one date (cbam: a row
        # of February 2025 for what the board knew by 2024)
        (
            "By 2024 the board had the numbers. That became the basis of the February 2025 "
            "harbour proposal.",
            None,
        ),
        ("In 2023, the harbour opened to container ships.", "2023"),
        ("In 2020 no government had called for a pause on harbour dredging.", None),
        # a closing phrase of causes, and a year compared with, date no event (pfas: a
        # rise of shares under 2024, a state of now under 2023)
        (
            "Harbour shares have risen about 40% since the deal was announced, helped by "
            "the sale of its ferry arm in 2024.",
            None,
        ),
        ("Exports rose 12% in 2024, helped by a weaker currency.", "2024"),
        (
            "The board has put trade first, and a dredging ban is a harder sell than it was in 2023.",
            None,
        ),
        # the date of what a thing is compared with ("The transaction is cheaper than the
        # February 2024 deal, when…", a cold read's chronology row of a 2025 deal)
        ("The bond sale is cheaper than the February 2024 deal, when rates were high.", None),
        ("The harbour board sold a bond in February 2024, cheaper than expected.", "2024-02"),
        (
            "A bigger levy would put the harbour board back where it was in June 2024.",
            None,
        ),
    ],
)
def test_a_date_of_the_subjects_thing_dates_no_event_told_now(text: str, date: str | None) -> None:
    from briefkit.analysis.findings import event_date
    from briefkit.corpus import Sentence

    assert event_date(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) == date


def test_a_year_that_bounds_a_span_dates_no_event() -> None:
    from briefkit.analysis.findings import event_date
    from briefkit.corpus import Sentence

    text = "Monthly inflation has slowed to 2.7 percent, the lowest since 2021, officials said."
    assert event_date(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) is None


def test_a_passage_giving_both_figures_reports_the_dispute_and_is_no_side(
    tmp_path: Path,
) -> None:
    write(
        tmp_path / "a.txt",
        "One\n\nMarch 3, 2024\n\nEconomists put dairy losses at about $737 per infected cow "
        "in the herd they studied.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nMay 9, 2024\n\nDairy losses range from about $737 per infected cow in one "
        "study to $1,500 per infected cow claimed by producers.\n",
    )
    found = figure_disagreements(propose(padded(tmp_path), "dairy losses per cow"), 5)
    assert found == []


def test_a_date_used_as_an_adjective_dates_nothing() -> None:
    from briefkit.analysis.findings import event_date
    from briefkit.corpus import Sentence

    text = "A compromised update pipeline could turn a July 2024-style failure into an attack."
    assert event_date(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) is None


def test_one_dispute_told_by_four_sources_is_one_row(tmp_path: Path) -> None:
    texts = [
        "Security analysts in the capital estimate that gangs control about 80 percent of Port-au-Prince.",
        "The UN estimates that gangs control around 90 percent of Port-au-Prince and its roads.",
        "Gangs still control roughly 80 percent of Port-au-Prince and key highways, officials said.",
        "According to the UN, gangs now control about 90 percent of Port-au-Prince this spring.",
    ]
    for number, text in enumerate(texts):
        write(
            tmp_path / f"{number}.txt", f"Report {number}\n\nMarch {number + 1}, 2025\n\n{text}\n"
        )
    found = figure_disagreements(propose(padded(tmp_path), "gangs in Port-au-Prince"), 4)
    assert len(found) == 1


def test_what_did_not_happen_dates_nothing() -> None:
    from briefkit.analysis.findings import event_date
    from briefkit.corpus import Sentence

    text = (
        "A Hong Kong company has operated two ports under a concession that our own "
        "institutions should have scrutinised more closely in 2021."
    )
    assert event_date(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) is None
    text = "The concession was renewed for 25 years in 2021."
    assert event_date(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) == "2021"


def test_figures_counted_per_different_things_are_not_a_dispute(tmp_path: Path) -> None:
    cost = "The Kestrel levy will cost importers of Kestrel steel about {} euros per tonne."
    threshold = (
        "The Kestrel levy sets a 150-euro threshold per consignment for importers of Kestrel steel."
    )
    query = "the Kestrel levy on steel"
    assert _disputes(tmp_path, threshold, cost.format(50), query) == 0
    assert _disputes(tmp_path, cost.format(90), cost.format(50), query) == 1  # both per tonne


def test_a_value_being_replaced_is_no_side() -> None:
    from briefkit.corpus import Sentence

    text = "A threshold of 50 tonnes a year replaces the current 150-euro threshold."
    sentence = Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)
    found = figures(sentence, None, make_stemmer())  # type: ignore[arg-type]
    assert [f.text for f in found] == ["50 tonnes"]


def test_disagreements_are_found_once_per_proposals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every audience with a disagreements section asks; the pairing runs once."""
    from briefkit.analysis import findings

    proposals = _proposals(tmp_path)
    calls = []
    real = findings.figure_disagreements
    monkeypatch.setattr(
        findings, "figure_disagreements", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    first = findings.disagreements(proposals, 4, {})
    again = findings.disagreements(proposals, 4, {})
    assert again == first and again is not first and len(calls) == 1
    fewer = findings.disagreements(proposals, 2, {})
    assert len(calls) == 1  # another layout's limit reads the same rows
    findings.disagreements(proposals, findings.ROWS_FOUND + 1, {})
    assert len(calls) == 2  # more rows than were found: found again
    fresh = findings.disagreements(_proposals(tmp_path / "again"), 2, {})
    assert [d.label for d in fewer] == [d.label for d in fresh]


def _herd_counts(tmp_path: Path, second_date: str):
    # (more passages than the two counts: in a corpus of four passages, "herds" is in half
    # of them, the topic itself, and the two would not be neighbours)
    filler = (
        "Officials in the region said inspectors visit the farms of the valley every week.\n"
        "Milk prices at the cooperative rose again in the spring.\n"
        "Veterinarians asked for more money to pay for testing kits.\n"
    )
    write(
        tmp_path / "a.txt",
        "Report One\n\nMarch 3, 2024\n\n"
        f"{filler}By the agency's count, the virus had been confirmed in 891 herds so far.\n",
    )
    write(
        tmp_path / "b.txt",
        f"Report Two\n\n{second_date}\n\n"
        f"{filler}State officials said that 866 herds had been confirmed as infected by then.\n",
    )
    corpus = padded(tmp_path)
    years = {d.id: d.year for d in corpus.documents}
    return figure_disagreements(propose(corpus, "the virus in the herds"), 5, source_years=years)


def test_counts_of_one_specific_thing_in_one_year_are_one_matter(tmp_path: Path) -> None:
    """'891 herds' and '866 herds' share only their noun and a word of context; the noun,
    which few figures of the corpus count, says they measure the same thing."""
    found = _herd_counts(tmp_path, "April 9, 2024")
    assert [(p.unit, {p.first.value, p.second.value}) for p in found] == [("herds", {891, 866})]


def test_counts_a_year_apart_are_growth_not_a_dispute(tmp_path: Path) -> None:
    assert _herd_counts(tmp_path, "April 9, 2025") == []


@pytest.mark.parametrize(
    ("second", "paired"),
    [
        ("Over five days Delta cancelled more than 6,000 flights, the airline said.", False),
        ("Over five days Delta cancelled about 6,000 flights, the airline said.", True),
        ("Over five days Delta cancelled more than 8,000 flights, the airline said.", True),
    ],
)
def test_a_bound_the_other_figure_keeps_is_no_dispute(
    tmp_path: Path, second: str, paired: bool
) -> None:
    """'More than 6,000 flights' and 'about 7,000 flights' can both be true."""
    first = "Delta cancelled about 7,000 flights over five days after the outage hit its crews."
    dates = ("July 22, 2024", "July 25, 2024")
    assert bool(_disputes(tmp_path, first, second, "the outage and Delta", dates)) is paired


def test_a_date_in_an_aside_dates_no_event() -> None:
    """ "LNG transits, which averaged 1.5 a day in 2022, have dropped": 2022 is the
    baseline, not when they dropped; a date outside the aside still dates the event."""
    from briefkit.analysis.findings import event_date
    from briefkit.corpus import Sentence

    def dated(text: str) -> str | None:
        return event_date(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5))

    assert (
        dated("LNG transits, which averaged around 1.5 a day in 2022, have dropped to zero.")
        is None
    )
    assert (
        dated("The ACP, which manages the canal, cut daily transits to 22 in November 2023.")
        == "2023-11"
    )


def test_levels_a_price_moved_to_are_a_series_not_a_dispute(tmp_path: Path) -> None:
    """ "Futures passed $10,000" in March and "peaked at $12,931" in December are two
    points of one price's path; two estimates of one deficit are a dispute."""
    write(
        tmp_path / "a.txt",
        "One\n\nMarch 26, 2024\n\nCocoa futures in New York passed $10,000 a tonne for the "
        "first time as the harvest in the region failed.\n\nThe cocoa organisation forecast a "
        "global deficit of 374,000 tonnes for the season.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nApril 18, 2024\n\nCocoa futures in New York peaked at $12,931 a tonne as the "
        "harvest in the region failed again.\n\nAnalysts expect a global deficit of close to "
        "400,000 tonnes for the season.\n",
    )
    found = figure_disagreements(propose(padded(tmp_path), "cocoa prices and deficit"), 5)
    assert [(p.first.text, p.second.text) for p in found] == [("374,000 tonnes", "400,000 tonnes")]


def test_figures_owned_by_different_names_are_two_things(tmp_path: Path) -> None:
    """ "$1,349 a month for Wegovy" and "Zepbound lists at about $1,060": two drugs' prices,
    however alike the rest of the words (both names are common in such a corpus)."""
    common = (
        "Doctors say Wegovy and Zepbound work in similar ways.\n\n"
        "Insurers often refuse to pay for Wegovy or Zepbound.\n\n"
        "Supplies of Wegovy and Zepbound were short for two years.\n\n"
    )
    write(
        tmp_path / "a.txt",
        "One\n\nMarch 26, 2024\n\n" + common + "The weight-loss drug carries a list price of "
        "roughly $1,349 a month for Wegovy in the United States.\n",
    )
    # (a name both sentences give within NEAR_WORDS of the figures, "… a month in the
    # United States", would tie the two: the rule's known limit)
    write(
        tmp_path / "b.txt",
        "Two\n\nApril 18, 2024\n\n" + common + "In the United States, the weight-loss drug "
        "Zepbound lists at about $1,060 a month.\n",
    )
    found = figure_disagreements(propose(padded(tmp_path), "weight-loss drug prices"), 5)
    assert found == []


def _dated_pair_found(tmp_path: Path, first: str, second: str, query: str) -> bool:
    """Do two sources, each a title, a date line and its text ("Title\n\nDate\n\nText"),
    give a figure disagreement when the finder knows their dates?"""
    write(tmp_path / "a.txt", first)
    write(tmp_path / "b.txt", second)
    corpus = padded(tmp_path)
    dates = {d.id: d.meta.date for d in corpus.documents}
    return bool(figure_disagreements(propose(corpus, query), 5, source_dates=dates))


@pytest.mark.parametrize(
    ("second_date", "paired"), [("October 20, 2024", False), ("March 9, 2024", True)]
)
def test_two_tallies_months_apart_are_a_change_not_a_dispute(
    tmp_path: Path, second_date: str, paired: bool
) -> None:
    """ "reserves stood at about $9.2 billion" in February and "stood at $10.8 billion" in
    October are two points of one level; a month apart they are two accounts of it."""
    first = (
        "One\n\nFebruary 12, 2024\n\nGovernor Ama Owusu told reporters that usable foreign "
        "exchange reserves stood at about $9.2 billion, equal to 4.1 months of import cover.\n"
    )
    second = (
        f"Two\n\n{second_date}\n\nOwusu said usable foreign exchange reserves stood at $10.8 "
        "billion, or about 4.1 months of import cover.\n"
    )
    assert _dated_pair_found(tmp_path, first, second, "foreign exchange reserves") is paired


def test_a_bid_in_a_negotiation_is_no_account_of_the_outcome(tmp_path: Path) -> None:
    """ "The union has asked for a raise of roughly 77 percent over six years" and "the
    deal raises wages by 62 percent over six years" had stood as a dispute; so had the
    employers' offer of "nearly 50 percent"."""
    write(
        tmp_path / "a.txt",
        "One\n\nSeptember 20, 2024\n\nThe dockers' union has asked for a raise of roughly "
        "77 percent over six years, pointing to the carriers' pandemic profits.\n\nThe "
        "employers said they had offered a wage increase of nearly 50 percent over six years.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nOctober 4, 2024\n\nThe deal that ended the dockers' strike raises wages by "
        "62 percent over six years, people familiar with the terms said.\n",
    )
    found = figure_disagreements(propose(padded(tmp_path), "dockers' wages and strike"), 5)
    assert found == []


@pytest.mark.parametrize(
    ("other", "paired"),
    [
        # a sum held against a sum lost: two measures
        ("Canal revenue in the 2024 fiscal year was about $3.6 billion, a third of before.", False),
        # two sums lost, told two ways (initials keep their stops: "by U.N. estimates"; a
        # loss to "U.S. canal revenue" would be another state's, no dispute)
        ("The net loss to canal revenue in 2024 was closer to $6.2 billion, by U.N. count.", True),
    ],
)
def test_a_sum_lost_is_no_account_of_a_sum_held(tmp_path: Path, other: str, paired: bool) -> None:
    """ "the disruption cost Egypt nearly $7 billion in canal revenue" had stood against
    "Canal revenue … was about $3.6 billion" as a dispute."""
    first = (
        "President Sisi has said the disruption cost Egypt nearly $7 billion in canal revenue "
        "in 2024, as ships avoided the canal."
    )
    dates = ("December 2, 2025", "September 9, 2025")
    assert bool(_disputes(tmp_path, first, other, "Egypt's canal revenue", dates)) is paired


def test_quantities_over_different_spans_are_two_measures(tmp_path: Path) -> None:
    """ "184.6 litres in a single hour" and "about 491 litres in eight hours" (at another
    town) had stood as a dispute over one rainfall."""
    write(
        tmp_path / "a.txt",
        "One\n\nOctober 30, 2024\n\nThe town of Alzira recorded 771.8 litres of rain per "
        "square metre in 24 hours, and 184.6 litres in a single hour, a national record.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nNovember 12, 2024\n\nThe weather station at Alzira logged 771.8 litres of "
        "rain per square metre in 24 hours, and Chiva received about 491 litres in eight hours.\n",
    )
    found = figure_disagreements(propose(padded(tmp_path), "rainfall at Alzira"), 5)
    assert [
        (p.first.text, p.second.text) for p in found if "184.6" in p.first.text + p.second.text
    ] == []


def test_a_month_shared_is_no_sign_of_one_measure(tmp_path: Path) -> None:
    """ "a pipeline contract signed with Norvex in March, worth $640 million" and "In March
    the ministry sold $1.2 billion of bonds": a month names when, not what is measured
    (they had been paired because "March" stood beside both as a name)."""
    write(
        tmp_path / "a.txt",
        "One\n\nApril 2, 2024\n\nThe pipeline contract, signed with Norvex in March, was "
        "worth about $640 million and covered the building of two pumping stations.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nApril 20, 2024\n\nIn March the finance ministry sold a further $1.2 "
        "billion of bonds, partly to repay notes due in 2027.\n",
    )
    found = figure_disagreements(propose(padded(tmp_path), "pipeline and bonds"), 5)
    assert found == []


@pytest.mark.parametrize(
    ("before", "moved"),
    [
        ("The benchmark May contract rose as much as 4.1% to ", True),
        ("Futures traded above ", True),
        ("The deficit was put at ", False),
        ("Prices rose. Analysts put the deficit at ", False),
    ],
)
def test_a_level_moved_to_past_a_decimal_figure(before: str, moved: bool) -> None:
    """A decimal point is no sentence's end: "rose as much as 4.1% to $10,080" is a level
    the price moved to (it had been paired with "futures traded above $8,000")."""
    assert bool(MOVED_TO.search(before)) is moved


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "A repair crew replaced the section with connectors from the repair pool, of "
            "which the operator became a member in 2020.",
            None,
        ),
        (
            "The shadow fleet has grown rapidly since the price cap was introduced in "
            "December 2022.",
            None,
        ),
        ("The signatories want a pause before the rules due in August 2026.", None),
        (
            "The army retook the city in January 2025, which the rebels had held since 2023.",
            "2025-01",
        ),
        # a date of what was said, or of what is to be done
        (
            "Oman, speaking for the Gulf group, said the mandate agreed in Muscat in 2022 "
            "was about ports.",
            None,
        ),
        ("The minister said in March 2023 that the harbour would close.", "2023-03"),
        (
            "Critics point out that the draft had been submitted by the harbour board in 2020.",
            None,
        ),
        ("The talks closed with a decision to resume the harbour talks in 2025.", None),
        ("Officials spoke confidently of the second plant following in 2025.", None),
        ("The harbour talks collapsed in March 2024 after the strike.", "2024-03"),
        ("G7 officials aim to present a package to G20 finance ministers later in 2025.", None),
        ("The port closed to shipping in March 2024 after the strike.", "2024-03"),
        (
            "In June 2024 the ministry opened an inquiry into pork. In August 2024 it opened "
            "one into dairy.",
            "2024",
        ),
        ("The strike began on 3 June 2024 and ended on 20 June 2024.", "2024-06-03"),
        # a forecast of the date, not an event at it
        ("Staff projected growth of about 3 percent in 2025, supported by oil output.", None),
        ("The bank forecasts inflation of 20 percent in 2025.", None),
        ("Output grew by 3 percent in 2025, more than the bank had expected.", "2025"),
        (
            "Juan Carlos Zuleta, an economist who briefly headed the harbour board in 2020, "
            "said the government was betting on an untested method.",
            None,
        ),
        # a year recalled, and the date of a thing named in a phrase of circumstance (a cold
        # read: a 2025 judgement and the July 2025 session had been rows of 2023)
        ("We would assign a real probability to a repeat of 2023 if the rains fail.", None),
        ("Harbour dues climbed to levels last seen in 2008.", None),
        # the date of the value compared with (a cold read's row dated to the old peak)
        (
            "Velmora grade rice was quoted at about $440 a tonne this week, down from a peak "
            "of about $670 a tonne in January 2024.",
            None,
        ),
        ("Velmora grade rice peaked at about $670 a tonne in January 2024.", "2024-01"),
        (
            "The board meets in Kingston in July. Under the roadmap agreed in 2023, this was "
            "to be the session that adopted the code.",
            None,
        ),
        ("The roadmap agreed in 2023 set a two-year deadline for the code.", "2023"),
        # what nobody had done is no event
        ("In 2020 no government had called for a pause on harbour dredging.", None),
        # a judgement of the year by comparison (a cold read's chronology row)
        ("It has worked better in 2025 than many expected, but it is fragile.", None),
        ("The harbour was dredged more often in 2024 than before.", None),
        ("The harbour was dredged in 2024, more than a year after the storm.", "2024"),
    ],
)
def test_a_date_of_something_else_dates_no_event(text: str, date: str | None) -> None:
    """A closing relative clause, a "since" clause and a deadline each name a date that is
    not the date of what the sentence tells (chronology rows had sat at 2020 and 2022 in a
    corpus of 2023–2025 events)."""
    from briefkit.analysis.findings import event_date
    from briefkit.corpus import Sentence

    assert event_date(Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5)) == date


def test_a_year_alone_comes_after_the_dates_within_it() -> None:
    from briefkit.analysis.findings import in_date_order

    dates = ["2023", "2023-04", "2022-12-05", "2023-11-02"]
    assert sorted(dates, key=in_date_order) == ["2022-12-05", "2023-04", "2023-11-02", "2023"]


def test_a_span_between_months_dates_no_event() -> None:
    from briefkit.analysis.findings import event_date
    from briefkit.corpus import Sentence

    text = "Between January and March 2025, gangs killed 1,500 people in the capital."
    assert event_date(Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5)) is None


def test_one_event_told_at_two_precisions_is_one_row(tmp_path: Path) -> None:
    """ "October 2023 | The Security Council authorised the mission…" and "October 2, 2023
    | … authorised the mission on October 2, 2023" are one event."""
    write(
        tmp_path / "a.txt",
        "One\n\nMarch 26, 2024\n\nIn October 2023 the Security Council authorised the harbour "
        "mission led by Kenya for a first year.\n\nIn May 2022 the harbour authority closed "
        "the northern berths to traffic.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nApril 18, 2024\n\nThe Security Council authorised the harbour mission led by "
        "Kenya on October 2, 2023, for a first year.\n\nPirates seized two tankers off the "
        "harbour in March 2021.\n",
    )
    events = dated_events(propose(padded(tmp_path), "the harbour mission"), 5)
    october = [e for e in events if e.date.startswith("2023-10")]
    assert len(october) == 1, [(e.date, e.candidate.sentence.text) for e in events]


def test_one_event_told_with_its_figures_at_two_dates_is_one_row(tmp_path: Path) -> None:
    """ "…reduced its holding to 7.2 percent in 2023" and "…cut its planned 20 percent stake
    to 7.2 percent…, and then spent much of 2024 quarrelling…" are one event (a cold read's
    chronology had both, as 2023 and as 2024); a row sharing one figure is another."""
    write(
        tmp_path / "a.txt",
        "One\n\nMarch 26, 2025\n\nThe harbour authority originally agreed to take a 20 percent "
        "stake in the harbour refinery but reduced its holding to 7.2 percent in 2023.\n\n"
        "In May 2022 the harbour refinery shipped 20 cargoes of harbour diesel to Ghana.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nApril 18, 2025\n\nThe harbour authority cut its planned 20 percent stake in the "
        "harbour refinery to 7.2 percent, and then spent much of 2024 quarrelling over crude "
        "supplies.\n",
    )
    events = dated_events(propose(padded(tmp_path), "the harbour refinery stake"), 5)
    told = [e.candidate.sentence.text for e in events]
    assert sum("7.2 percent" in t for t in told) == 1, told
    assert any("cargoes" in t for t in told), told


@pytest.mark.parametrize(
    ("page", "query"),
    [
        # what was expected, and a writer's reading of the time ("A return to pre-crisis
        # traffic levels is therefore not expected in the first half of 2025.", "The
        # juxtaposition captures the state of the conflict at the end of 2025: …"): cold
        # reads' chronology rows, nothing happened at either date
        (
            "A return of the harbour ferries is therefore not expected in the first half of "
            "2024.\n\nThe contrast captures the state of the harbour at the end of 2025: two "
            "ferry operators and no ferries.\n\n",
            "the harbour ferries",
        ),
        # the market's move of a day ("May 23, 2025 | Shares of Boeing were little changed
        # in Friday trading.", a cold read's row)
        (
            "Shares of Harbour Refining fell 4 percent in Friday trading on May 23, 2025.\n\n",
            "the harbour ferries Harbour Refining",
        ),
        # ("2025 | TMC shares have more than doubled this month…", `seabed`, a cold read)
        (
            "Harbour Refining shares have more than doubled in May 2025 on the ferry deal.\n\n",
            "the harbour ferries Harbour Refining",
        ),
        # what an event showed ("The sinking of the Rubymar …, and the attack in August 2024
        # on the … tanker Sounion, … illustrated the risk of a major environmental disaster",
        # a cold read's row of August 2024: a judgement)
        (
            "The fire on the harbour ferry Aster in August 2024 illustrated the risk of a "
            "major spill in the harbour.\n\n",
            "the harbour ferries",
        ),
        # a tally up to a date ("July 2025 | As of mid-July 2025, USDA has confirmed…", a
        # cold read of h5n1's chronology: a status, not an event)
        (
            "As of mid-November 2024, the harbour board has confirmed 1,074 sunk ferries in "
            "17 harbours.\n\n",
            "the harbour ferries",
        ),
    ],
)
def test_what_is_no_chronology_event(tmp_path: Path, page: str, query: str) -> None:
    event = "In March 2025 the harbour board sold the last two harbour ferries to Ghana.\n"
    write(tmp_path / "a.txt", f"One\n\nDecember 2, 2025\n\n{page}{event}")
    events = dated_events(propose(padded(tmp_path), query), 5)
    assert [e.date for e in events] == ["2025-03"], [e.candidate.sentence.text for e in events]


def test_a_date_later_than_its_source_is_a_plan_not_an_event() -> None:
    """ "Two sessions remain: … Busan in late November 2024" in a 2023 article had been a
    chronology row of November 2024."""
    from briefkit.analysis.findings import event_date_told
    from briefkit.corpus import Sentence

    text = "Two sessions remain: Ottawa in April and Busan in late November 2024."
    sentence = Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5)
    assert event_date_told(sentence, "2023-11-19") is None
    assert event_date_told(sentence, "2024-12-02") == "2024-11"
    assert event_date_told(sentence, "2024") == "2024-11"
    assert event_date_told(sentence, None) == "2024-11"


def test_a_year_after_an_acts_yearless_month_dates_no_event() -> None:
    """ "…in May, Washington determined that the … government had used chemical weapons in
    2024…", of June 2025, had been a chronology row of 2024 (a cold read: the finding was
    made in May 2025); the act's month is told without its year, the year dates what it
    found."""
    from briefkit.analysis.findings import event_date_told
    from briefkit.corpus import Sentence

    def told(text: str) -> str | None:
        return event_date_told(Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5), "2025-06-15")

    assert (
        told(
            "The record is no cleaner: in May, the harbour board determined that the pilots "
            "had used the wrong charts in 2024 and fined them."
        )
        is None
    )
    assert told("The harbour board found in 2024 that the pilots had struck.") == "2024"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "More is one of some 20 million waste pickers worldwide.",
            "some 20 million waste pickers",
        ),
        ("About 2,000 oil tankers sail through the strait each year.", "about 2,000 oil tankers"),
        (
            "Cars were hit hardest. Some 140,000 vehicles were damaged or destroyed.",
            "some 140,000 vehicles",
        ),
        ("The port handled 5 million tonnes last year.", "5 million tonnes"),
        ("Plastics account for about 3.4 percent of global emissions.", "about 3.4 percent"),
        (
            "Analysts estimate the app has about 120 million monthly active users here.",
            "about 120 million monthly active users",
        ),
    ],
)
def test_a_figure_is_shown_with_the_noun_it_counts(text: str, shown: str) -> None:
    """A "Where sources differ" row had read "some 20 million waste / roughly 15 million
    waste": the word after the number only described what was counted. So had "about 120
    million monthly active / roughly 135 million monthly active" (`tiktok`): two words
    described the users."""
    from briefkit.analysis.candidates import Candidate
    from briefkit.analysis.findings import figures
    from briefkit.analysis.terms import make_stemmer
    from briefkit.corpus import Sentence

    sentence = Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5)
    found = figures(sentence, Candidate(sentence, 1.0, 1.0, 1.0, 1.0), make_stemmer())
    assert [f.text for f in found] == [shown]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Beijing is likely to pour money into domestic suppliers, as it did after the "
            "first sanctions in 2019.",
            None,
        ),
        ("The port closed in March 2024, as it had been expected to.", "2024-03"),
    ],
)
def test_a_comparison_with_another_time_dates_nothing(text: str, date: str | None) -> None:
    """ "…as it did after Huawei was added to the Entity List in 2019" had made a 2019 row
    of analysts' view of 2022 rules."""
    from briefkit.corpus import Sentence

    assert event_date(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) == date


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # counted back from the source's day; the date it names is of something else
        (
            "Three years ago today, the generals arrested Aung San Suu Kyi and tore up the "
            "result of the November 2020 election.",
            "2024-02-01",
            "2021-02-01",
        ),
        # the day after (a cold read: "A year ago tomorrow, a faulty update crashed…" of
        # 18 July 2025 had been a chronology row of 2024)
        (
            "A year ago tomorrow, a faulty update crashed the harbour's systems.",
            "2025-07-18",
            "2024-07-19",
        ),
        ("Two years ago the port closed to traffic from the north.", "2024-05", "2022"),
        ("Six months ago, the talks collapsed over the new tariffs.", "2024-03-10", "2023-09"),
        # a round count of months is about a year: the year alone
        ("Twelve months ago, cranes stood still at 36 ports.", "2025-09-30", "2024"),
        # no date to count from, or a month counted from a year alone: no date
        ("Five years ago the war began in the north of the country.", None, None),
        ("Two months ago the price fell below its floor again.", "2025", None),
        # the news by its weekday; the count back only dates what it recalls
        (
            "The administration on Tuesday tightened the export controls it first imposed a "
            "year ago.",
            "2023-10-18",
            "2023-10-17",
        ),
        # the weekday's news is still to happen: undated, not put at what it recalls
        (
            "The company said on Friday it would restart the reactor, which shut five years "
            "ago for economic reasons.",
            "2024-09-20",
            None,
        ),
        # the count back dates the value compared with, or what might have been: the news
        # is not of then (a 2025 "now control 90 percent" had been a row of 2023)
        (
            "According to the UN, gangs now control about 90 percent of the capital, up from "
            "an estimated 60 percent two years ago.",
            "2025-03-12",
            None,
        ),
        (
            "Futures passed $10,000 a tonne and neared $12,000, levels that would have seemed "
            "absurd to traders two years ago.",
            "2024-04-20",
            None,
        ),
        # how things looked then, and a thing dated by its count back: no event of then
        (
            "A year ago the harbour looked like a place where cables were cut every week.",
            "2025-12-10",
            None,
        ),
        (
            "Close the reactors once the replacements are proven, not on a date chosen six "
            "years ago.",
            "2025-12-10",
            None,
        ),
    ],
)
def test_a_date_counted_back_from_the_source(text: str, published: str | None, date) -> None:
    from briefkit.analysis.findings import event_date_told
    from briefkit.corpus import Sentence

    assert event_date_told(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5), published) == date


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a part of a whole: the part, counted in the whole's noun (the whole is no count)
        (
            "The Arakan Army holds 15 of the state's 17 townships and is pressing on.",
            ("15 of the state's 17 townships", "townships", 15.0),
        ),
        (
            "The AA now controls 14 of Rakhine's 17 townships, including Maungdaw.",
            ("14 of Rakhine's 17 townships", "townships", 14.0),
        ),
        # a word describing what is counted: the count is of the noun after it
        (
            "At Laukkaing more than 4,000 junta soldiers surrendered in January.",
            ("more than 4,000 junta soldiers", "troops", 4000.0),
        ),
        ("The alliance took 17 townships in the north.", ("17 townships", "townships", 17.0)),
    ],
)
def test_what_a_figure_counts(text: str, figure: tuple[str, str, float]) -> None:
    from briefkit.analysis.findings import figures
    from briefkit.analysis.terms import make_stemmer
    from briefkit.corpus import Sentence

    found = figures(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5), None, make_stemmer())
    assert [(f.text, f.unit, f.value) for f in found] == [figure]


def test_a_chronology_reaches_the_newest_sources_year(tmp_path: Path) -> None:
    """Many well-scored events of earlier years and one of the newest source's year: the
    chronology keeps that one, however low it scores, instead of stopping years before."""
    old = (
        "\nIn June 2020 the river commission published its first delta water sharing plan.\n"
        "\nIn July 2021 both governments agreed to monitor the delta river's water flow.\n"
        "\nIn August 2023 engineers finished the water sharing gauges along the delta river.\n"
    )
    write(tmp_path / "one.txt", ONE + old)
    write(tmp_path / "two.txt", TWO + "\nIn March 2024 a ferry service opened across the bay.\n")
    proposals = propose(padded(tmp_path), "water sharing on the delta river")
    dates = [e.date for e in dated_events(proposals, limit=3)]
    assert len(dates) == 3 and max(dates).startswith("2024")


def test_a_participle_before_the_noun_keeps_the_figure_as_it_was() -> None:
    """ "220 registered lobbyists" is not re-counted as lobbyists: a participle describes a
    subset of them (registered for one session), and pairing it with another session's
    count of lobbyists made a false disagreement."""
    from briefkit.analysis.findings import figures
    from briefkit.analysis.terms import make_stemmer
    from briefkit.corpus import Sentence

    text = "The centre counted 220 registered lobbyists from fossil fuel companies."
    found = figures(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5), None, make_stemmer())
    assert [f.unit for f in found] == ["registered"]


def test_figures_of_one_named_year_pair_even_far_apart(tmp_path: Path) -> None:
    """ "At the 2022 peak … as much as 200,000 barrels a day" and "At the worst point in
    2022 … up to 400,000 barrels a day": both name the year they measure, and two bounds of
    different sizes are a dispute (the pair had not been found)."""
    first = (
        "At the 2022 peak, thieves were siphoning as much as 200,000 barrels a day from the "
        "delta pipelines, industry estimates said."
    )
    second = (
        "At the worst point in 2022, executives estimated that thieves cost the country up to "
        "400,000 barrels a day."
    )
    assert _disputes(tmp_path / "a", first, second, "oil theft in the delta") == 1
    assert _disputes(tmp_path / "b", first, second.replace("2022", "2019"), "oil theft") == 0


def test_a_pair_from_sources_of_different_years_ranks_below_one_of_a_year(
    tmp_path: Path,
) -> None:
    """ "537 naira" told in 2023 and "about 950 naira" in 2024 may be a change over time:
    such a pair, naming no year in common, ranks at YEARS_APART of the same pair told in one
    year."""
    from briefkit.analysis.findings import YEARS_APART

    write(
        tmp_path / "a.txt", "One\n\nMarch 3, 2023\n\nA litre of petrol costs 537 naira in Abuja.\n"
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nMay 9, 2024\n\nA litre of petrol costs about 950 naira in Abuja.\n",
    )
    proposals = propose(padded(tmp_path), "petrol prices in Abuja")
    (apart,) = figure_disagreements(proposals, 5, source_years={"a": 2023, "b": 2024})
    (together,) = figure_disagreements(proposals, 5, source_years={"a": 2024, "b": 2024})
    assert apart.similarity == pytest.approx(YEARS_APART * together.similarity)


def test_two_lists_of_rates_for_several_parties_are_no_dispute(tmp_path: Path) -> None:
    """ "Dues of 17.4 percent for Alder, 20 percent for Birch and 38.1 percent for Cedar"
    against another such list: each figure's few words name its neighbours too, so the
    owners cannot tell which figure is whose (17.4 had been set against 35.3)."""
    query = "harbour dues Alder Birch Cedar"
    first = (
        "The provisional harbour dues announced in June were 17.4 percent for Alder, "
        "20 percent for Birch and 38.1 percent for Cedar."
    )
    second = (
        "The harbour dues range from 7.8 percent for Dogwood to 17.0 percent for Alder, "
        "18.8 percent for Birch and 35.3 percent for Cedar."
    )
    assert _disputes(tmp_path / "lists", first, second, query) == 0
    # one figure against a list still pairs on the name they share
    alone = "The harbour dues for Cedar were put at 35.3 percent in the final ruling."
    assert _disputes(tmp_path / "one", first, alone, query) == 1


def test_a_provisional_and_a_definitive_figure_are_two_steps(tmp_path: Path) -> None:
    """A procedure's provisional rate and its definitive one are two steps of it, not two
    accounts of one figure."""
    dues = "Cooperating firms at the Alder harbour face {} dues of {} under the ruling."
    query = "Alder harbour dues ruling"
    first = dues.format("provisional", "21 percent")
    assert _disputes(tmp_path / "a", first, dues.format("definitive", "25 percent"), query) == 0
    assert _disputes(tmp_path / "b", first, dues.format("provisional", "25 percent"), query) == 1


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the latest such day on or before the report; "last": the one before
        ("The harbour board on Wednesday launched an inquiry.", "2023-10-04", "2023-10-04"),
        ("The harbour board on Friday failed to block the dues.", "2024-10-07", "2024-10-04"),
        ("Last Friday the harbour board voted against the dues.", "2024-10-11", "2024-10-04"),
        # still to happen, a date of its own, a year named, a source dated to the month
        ("The harbour board will meet on Thursday.", "2024-10-11", None),
        ("On Monday, March 3 the harbour board met.", "2025-03-05", None),
        ("On Monday the board recalled its 2019 ruling.", "2025-03-05", None),
        # the weekday dates the news, an earlier year what it recalls (grain's chronology:
        # "2023 | Russia said on Tuesday that … reviving the demands it made when it quit
        # the U.N. grain deal in 2023")
        (
            "The harbour board on Tuesday walked out of the truce talks, reviving the demands "
            "it made when it quit the port deal in 2023.",
            "2025-03-26",
            "2025-03-25",
        ),
        # (what it said would happen dates nothing, the year recalled neither)
        (
            "The harbour board said on Tuesday the truce would hold only once the dues were "
            "lifted, reviving the demands it made when it quit the port deal in 2023.",
            "2025-03-26",
            None,
        ),
        ("In 2023 the harbour board quit the port deal, it said on Tuesday.", "2025-03-26", "2023"),
        ("The harbour board met on Monday.", "2025-03", None),
        # a named day is no day of the report's week
        ("Fish prices have fallen, and usually drop after Easter Sunday.", "2025-04-08", None),
        # a deadline ("…priced a 90% chance of a move by Thursday" had dated a row)
        ("Swaps had priced a 90% chance of a harbour rate move by Thursday.", "2025-01-25", None),
    ],
)
def test_news_dates_its_event_by_the_weekday(text: str, published: str, date) -> None:
    from briefkit.analysis.findings import event_date_told
    from briefkit.corpus import Sentence

    sentence = Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)
    assert event_date_told(sentence, published) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the date of a thing the sentence names, not of its event
        ("The ruling ends an inquiry that the harbour board opened on 5 January 2024.", None),
        ("The final dues are lower than the provisional dues announced in June 2024.", None),
        # the sentence's own event
        ("Ten harbour boards voted in October 2024 to back the dues.", "2024-10"),
        ("The harbour deal that collapsed was signed in March 2023.", "2023-03"),
    ],
)
def test_a_date_of_a_thing_the_sentence_names_dates_no_event(text: str, date) -> None:
    from briefkit.corpus import Sentence

    assert event_date(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) == date


def test_a_count_in_words_is_a_figure_too(tmp_path: Path) -> None:
    """ "…and eleven abstained" against "…and 12 abstained": one vote, told two ways."""
    query = "harbour board vote abstained"
    first = "Ten harbour boards voted for the dues, five voted against and eleven abstained."
    second = "Ten harbour boards voted for the dues, five voted against and 12 abstained."
    assert _disputes(tmp_path / "a", first, second, query) == 1
    # a vote's two sides are two counts, not two accounts of one
    assert (
        _disputes(
            tmp_path / "b",
            "Ten harbour boards voted in favour of the harbour dues in May.",
            "Five harbour boards voted against the harbour dues in May.",
            query,
        )
        == 0
    )


def test_a_passage_giving_the_other_value_as_its_earlier_one_tells_a_change(
    tmp_path: Path,
) -> None:
    """ "29 per cent …, up from 14 per cent" agrees with "about 14%": a change, no dispute."""
    query = "Kestrel exports to China"
    first = "Kestrel said that China accounted for about 14% of its system sales."
    changed = (
        "Kestrel said China accounted for 29 per cent of its system sales, up from 14 per cent."
    )
    assert _disputes(tmp_path / "a", first, changed, query) == 0
    other = "Kestrel said China accounted for 29 per cent of its system sales, up from 11 per cent."
    assert _disputes(tmp_path / "b", first, other, query) == 1


def test_a_count_a_newer_source_says_it_replaced_is_no_side_of_a_dispute(
    tmp_path: Path,
) -> None:
    """ "roughly 100 million people" (October) against "192.7 million people" (July) had
    been a row; a source of January says the count rose "up from the 100 million figure it
    reported": one company's revised count, not two sources at odds."""
    query = "people affected by the Kestrel data breach"
    breach = "The Kestrel data breach affected {} people, the company told regulators."
    dates = {"a": "2024-10-22", "b": "2025-07-31", "c": "2025-01-24"}
    revision = (
        "Kestrel now estimates that the breach affected approximately 190 million people, "
        "up from the {} figure it reported earlier."
    )

    def rows(folder: Path, replaced: str) -> int:
        write(
            folder / "a.txt", f"One\n\nOctober 22, 2024\n\n{breach.format('roughly 100 million')}\n"
        )
        write(folder / "b.txt", f"Two\n\nJuly 31, 2025\n\n{breach.format('192.7 million')}\n")
        write(folder / "c.txt", f"Three\n\nJanuary 24, 2025\n\n{revision.format(replaced)}\n")
        pairs = figure_disagreements(propose(padded(folder), query), 5, source_dates=dates)
        return sum({p.first.value, p.second.value} == {100e6, 192.7e6} for p in pairs)

    assert rows(tmp_path / "revised", "100 million") == 0
    assert rows(tmp_path / "other", "80 million") == 1


def test_figures_told_for_different_dates_are_a_series(tmp_path: Path) -> None:
    """ "2.7 percent by December 2024" and "2.4 percent in February 2025" are two months of
    a series, however alike the sentences (both name December 2023 as the start)."""
    query = "monthly inflation in Velmora"
    told = "Monthly inflation in Velmora fell from 25.5 percent in December 2023 to {} {}."
    first = told.format("2.7 percent by", "December 2024")
    assert (
        _disputes(tmp_path / "a", first, told.format("2.4 percent in", "February 2025"), query) == 0
    )
    assert (
        _disputes(tmp_path / "b", first, told.format("2.4 percent by", "December 2024"), query) == 1
    )


def test_a_share_of_the_latest_fiscal_year_is_of_its_writers_year(tmp_path: Path) -> None:
    """ "…a quarter to a third of revenue at each of the three companies in their most
    recent fiscal years" (October 2022) against "about 13% of revenue in fiscal 2025" had
    been a disagreement row (a cold read of `chips`): the first is of its writer's year."""
    query = "Velmora chip makers revenue from China"
    first = "China accounted for about 30% of revenue at Velmora chip makers in their {}."
    second = "China accounted for about 13% of revenue in fiscal {} at Velmora chip makers."
    latest = first.format("most recent fiscal years")

    def rows(folder: Path, later: str) -> int:
        write(folder / "a.txt", f"One\n\nOctober 3, 2022\n\n{latest}\n")
        write(folder / "b.txt", f"Two\n\nOctober 9, 2022\n\n{later}\n")
        corpus = padded(folder)
        dates = {d.id: d.meta.date for d in corpus.documents}
        return len(figure_disagreements(propose(corpus, query), 5, source_dates=dates))

    assert rows(tmp_path / "a", second.format("2025")) == 0
    assert rows(tmp_path / "b", second.format("2022")) == 1


def test_figures_told_for_different_seasons_are_a_series(tmp_path: Path) -> None:
    """One season's exports and a later season's forecast, both beside "the 2023/24
    record", are two points of a series; the same season's are a dispute."""
    query = "wheat exports of Velmora by season"
    first = (
        "Velmora shipped a record 47.5 million tonnes of wheat in the 2022/23 season, "
        "ahead of the 2023/24 record."
    )
    later = (
        "Velmora's {} wheat exports are forecast at roughly 44 million tonnes, "
        "below the 2023/24 record."
    )
    assert _disputes(tmp_path / "a", first, later.format("2025/26"), query) == 0
    assert _disputes(tmp_path / "b", first, later.format("2022/23"), query) == 1


def test_two_passages_of_two_figures_each_are_not_paired_across(tmp_path: Path) -> None:
    """ "15 percent on Wegovy; … 21 percent on tirzepatide" against "20 percent on tirzepatide,
    compared with about 14 percent on semaglutide": 15 and 20 are different drugs."""
    query = "weight lost in trials of obesity drugs"
    first = (
        "In the first trial, adults on Wegovy lost about 15 percent of their body weight; "
        "in the second, those on tirzepatide lost roughly 21 percent."
    )
    second = (
        "In a head-to-head trial, patients on tirzepatide lost about 20 percent of their body "
        "weight, compared with about {} percent on semaglutide."
    )
    found = _disputes(tmp_path / "a", first, second.format(14), query)
    assert found == 0
    # alone, the two drugs' figures are read as one measure (the words are all alike)
    # where what lost the weight is not told apart ("patients" both times)
    lone = "In the first trial, patients on the drug lost about 15 percent of their body weight."
    assert _disputes(tmp_path / "b", lone, second.format(14), query) == 1


@pytest.mark.parametrize(
    ("second", "paired"),
    [
        (
            "The yen weakened by more than 2% against the dollar as the Nikkei share average rose.",
            0,
        ),
        ("The Nikkei share average rose 2.3% against the dollar as the yen weakened.", 1),
    ],
)
def test_figures_of_two_things_that_moved_are_no_dispute(
    tmp_path: Path, second: str, paired: int
) -> None:
    """ "The Nikkei share average rose 1.5%" and "The yen weakened by more than 2%": what
    moved differs, whatever words the sentences share (a cold read's sham row)."""
    first = "The Nikkei share average rose 1.5% against the dollar as the yen weakened."
    query = "Nikkei share average and the yen against the dollar"
    assert _disputes(tmp_path, first, second, query) == paired


@pytest.mark.parametrize(("measure", "paired"), [("growth", 0), ("inflation", 1)])
def test_figures_of_two_measures_of_an_economy_are_no_dispute(
    tmp_path: Path, measure: str, paired: int
) -> None:
    """ "cut its forecast for growth in fiscal 2025 to 0.6%" and "projected core inflation
    … in fiscal 2025 at 1.8%": two measures (a cold read's sham row)."""
    first = f"The Velmora central bank cut its forecast for {measure} in fiscal 2025 to 0.6%."
    second = "The Velmora central bank projected core inflation in fiscal 2025 at 1.8%."
    query = "Velmora central bank forecasts for fiscal 2025"
    assert _disputes(tmp_path, first, second, query) == paired


@pytest.mark.parametrize(("measure", "paired"), [("a crawl", 0), ("monthly inflation", 1)])
def test_a_currencys_set_pace_is_no_measure_of_inflation(
    tmp_path: Path, measure: str, paired: int
) -> None:
    """ "…set a crawl of 2 percent a month, cut to 1 percent in February 2025" against
    "Monthly inflation fell … to 2.4 percent in February 2025" (a cold read's sham row)."""
    first = (
        f"The Velmora central bank's first package set {measure} of 2 percent a month, "
        "cut to 1 percent in February 2025."
    )
    second = (
        "In Velmora monthly inflation fell from 25.5 percent in December 2023 to 2.4 "
        "percent in February 2025."
    )
    query = "Velmora central bank package and monthly inflation"
    assert _disputes(tmp_path, first, second, query) == paired


@pytest.mark.parametrize(("opening", "paired"), [("from about", 0), ("worth about", 1)])
def test_where_a_change_starts_is_no_dispute_with_its_end(
    tmp_path: Path, opening: str, paired: int
) -> None:
    """ "…bringing monthly bond purchases down to around 3 trillion yen … from about 6
    trillion yen now" and "…bringing them to about 2.9 trillion yen": the start of a taper
    and its end (a cold read's sham row)."""
    first = (
        "The Velmora central bank said it would cut its monthly bond purchases every "
        f"quarter, {opening} 6 trillion yen."
    )
    second = (
        "The Velmora central bank confirmed it would cut its monthly bond purchases every "
        "quarter, to about 2.9 trillion yen."
    )
    query = "Velmora central bank monthly bond purchases"
    assert _disputes(tmp_path, first, second, query) == paired


@pytest.mark.parametrize(
    ("told", "paired"),
    [
        ("since October", 0),
        ("in the first half of 2024", 1),
        ("", 1),
        # "…from the peak of the first quarter of 2024, when … put poverty at around 55
        # percent" against "38.1 percent in the second half of 2024" (a cold read)
        ("at the peak of the first quarter of 2024", 0),
    ],
)
def test_counts_of_two_periods_are_no_dispute(tmp_path: Path, told: str, paired: int) -> None:
    """ "more than 4,000 people had been killed … since October" against "at least 3,141
    people were killed … in the first half of 2025": two periods' counts (a cold read's sham
    row); the same period, or one told without it, can be a dispute."""
    first = f"The Velmora rights office said 4,100 people were killed in the delta {told}."
    second = "The Velmora rights office said 3,100 people were killed in the delta in the first half of 2024."
    query = "Velmora rights office count of people killed in the delta"
    assert _disputes(tmp_path, first, second, query) == paired


@pytest.mark.parametrize(("told", "paired"), [("between June 27 and July 29", 0), ("this year", 1)])
def test_a_sum_over_days_between_two_dates_is_no_dispute_with_a_years(
    tmp_path: Path, told: str, paired: int
) -> None:
    """ "…spent 5.53 trillion yen … between June 27 and July 29" against "…spent a record
    15.3 trillion yen this year": a few weeks' sum and the year's (a cold read's sham row)."""
    first = f"The Velmora finance ministry spent 5.5 trillion yen buying yen {told}."
    second = "The Velmora finance ministry spent 15.3 trillion yen buying yen this year."
    query = "Velmora finance ministry spending on buying yen"
    assert _disputes(tmp_path, first, second, query) == paired


@pytest.mark.parametrize(
    ("second", "paired"),
    [
        ("The Velmora bank said the pace will slow to about 200 billion yen per quarter.", 0),
        ("The Velmora bank said the pace will be about 200 billion yen per quarter.", 1),
    ],
)
def test_how_much_a_thing_will_change_is_no_dispute_with_a_level_to_come(
    tmp_path: Path, second: str, paired: int
) -> None:
    """ "…said it would reduce its monthly purchases of government bonds by about 400
    billion yen every quarter" against "…the pace … will slow to about 200 billion yen per
    quarter": a change and a level (a cold read's sham row)."""
    first = (
        "The Velmora bank said the pace would reduce its monthly purchases of government "
        "bonds by about 400 billion yen per quarter."
        if paired == 0
        else "The Velmora bank said the pace would be about 400 billion yen per quarter."
    )
    query = "the Velmora bank's pace of purchases per quarter"
    assert _disputes(tmp_path, first, second, query) == paired


@pytest.mark.parametrize(("verb", "paired"), [("is likely to test", 0), ("stood at", 1)])
def test_a_level_likely_to_come_is_no_dispute_with_one_reached(
    tmp_path: Path, verb: str, paired: int
) -> None:
    """ "The 10-year Velmora bond yield is likely to test 2%" against "…stood at 1.2%": a
    level to come and one reached (a cold read's sham row)."""
    first = "The 10-year Velmora bond yield stood at 1.2% after the central bank meeting."
    second = f"The 10-year Velmora bond yield {verb} 2% after the central bank meeting."
    query = "the 10-year Velmora bond yield"
    assert _disputes(tmp_path, first, second, query) == paired


@pytest.mark.parametrize(
    ("told", "paired"),
    [("our end-2026 central forecast is", 0), ("the rate was estimated at", 1)],
)
def test_a_forecast_named_as_a_noun_is_no_dispute_with_a_level_reached(
    tmp_path: Path, told: str, paired: int
) -> None:
    """ "For the Velmora dollar, our end-2026 central forecast is 147 per euro" against
    "…had traded at 161.95 per euro": a level to come and one reached (a read memo's
    sham row); an estimate of the rate still pairs."""
    first = "The Velmora dollar, which had traded at 161.95 per euro, weakened sharply."
    second = f"For the Velmora dollar, {told} 147 per euro, weakened sharply."
    query = "the Velmora dollar per euro"
    assert _disputes(tmp_path, first, second, query) == paired


@pytest.mark.parametrize(("verb", "paired"), [("slipped to", 0), ("was put at", 1)])
def test_a_yield_that_slipped_and_one_that_touched_are_one_path(
    tmp_path: Path, verb: str, paired: int
) -> None:
    """ "The 10-year yield slipped to 0.725%" (March) and "…touched 1.23%" (May): two
    readings of one level months apart, not a dispute; two estimates of it are."""
    first = f"The 10-year Velmora bond yield {verb} 0.725% after the central bank meeting."
    second = (
        "The 10-year Velmora bond yield touched 1.23% after the central bank meeting."
        if paired == 0
        else "The 10-year Velmora bond yield was estimated at 1.23% after the central bank meeting."
    )
    found = _dated_pair_found(
        tmp_path,
        f"One\n\nMarch 3, 2024\n\n{first}\n",
        f"Two\n\nMay 9, 2024\n\n{second}\n",
        "the 10-year Velmora bond yield",
    )
    assert found == bool(paired)


@pytest.mark.parametrize(
    ("verb", "paired"), [("slipping towards", 0), ("quoted at", 0), ("estimated at", 1)]
)
def test_a_price_told_as_it_moves_is_a_point_of_its_path(
    tmp_path: Path, verb: str, paired: int
) -> None:
    """ "…with Velmora 5% grade slipping towards $500 a tonne" (October) and "…was quoted
    at about $440 a tonne" (February): one price months apart, not a dispute (a cold read's
    sham row); an estimate of it still pairs."""
    first = f"Velmora 5% grade rice was {verb} $500 a tonne after the export ban, traders said."
    second = (
        "Velmora 5% grade rice was estimated at $440 a tonne after the export ban, traders said."
    )
    found = _dated_pair_found(
        tmp_path,
        f"One\n\nOctober 3, 2024\n\n{first}\n",
        f"Two\n\nFebruary 9, 2025\n\n{second}\n",
        "Velmora 5% grade rice price a tonne",
    )
    assert found == bool(paired)


def test_a_count_named_by_a_capitalised_word_counts_the_noun_after_it(tmp_path: Path) -> None:
    """ "more than 1.1 million Sudanese refugees" counts refugees: it had no unit (a
    capitalised word is none) and so no side of the dispute with "roughly 790,000"."""
    query = "refugees in Chad"
    first = "The minister said more than 1.1 million Sudanese refugees have crossed into Chad."
    second = "In Chad, UNHCR has registered roughly 790,000 Sudanese refugees since April 2023."
    assert _disputes(tmp_path, first, second, query) == 1


def test_a_count_named_by_a_model_counts_the_noun_after_it(tmp_path: Path) -> None:
    """ "412 Kestrel 300 Mk 2 helicopters" counts helicopters (a name with model numbers
    in it had left the count without a unit), "aircraft" is a plural too, and a day
    before its month ("21 March Velorian troops") is a date, no count of troops."""
    stemmer = make_stemmer()

    def units(text: str) -> set[str]:
        return {f.unit for f in figures(SimpleNamespace(quote=text, text=text), None, stemmer)}

    assert "helicopters" in units("The agency grounded 412 Kestrel 300 Mk 2 helicopters.")
    assert "aircraft" in units("The order covers roughly 380 Kestrel 300 aircraft worldwide.")
    assert "troops" not in units("On 21 March Velorian troops crossed the river.")
    # a number glued to a letter is part of a name: "X40" counts no buses
    glued = "It bought 12 Arlo X40 buses."
    found = figures(SimpleNamespace(quote=glued, text=glued), None, stemmer)
    assert {f.value for f in found} == {12}


def test_an_acronym_and_its_words_name_one_body(tmp_path: Path) -> None:
    """One source names the National Transit Safety Office, the other its "NTSO": the two
    counts of buses it withdrew are one measure told two ways, a dispute."""
    query = "buses withdrawn by the safety office"
    first = (
        "The National Transit Safety Office ordered the withdrawal of 310 Arlo "
        "X40 buses fitted with the faulty brake valve."
    )
    second = (
        "The NTSO's emergency order withdrew about 420 buses that carry the valve, leaving "
        "commuters in three cities waiting for hours, and the Arlo X40 fleet faces an audit."
    )
    assert _disputes(tmp_path, first, second, query) == 1


def test_a_count_as_it_stood_on_a_day_and_its_final_figure_are_no_dispute(
    tmp_path: Path,
) -> None:
    """ "By 10 May, … just under 30 million tonnes … had left" and "The final figure … was
    32.9 million tonnes" two months later tell one running count growing; a larger count
    in May than the final one would be a dispute."""
    query = "grain shipped from the Lanvik ports under the corridor deal"
    early = (
        "By 10 May, the Lanvik port authority reported that {} million tonnes of grain "
        "had left the ports under the corridor deal."
    )
    final = "The final figure from the Lanvik port authority was 32.9 million tonnes of grain."

    def found(folder: Path, count: str) -> bool:
        first = f"One\n\nMay 12, 2023\n\n{early.format(count)}\n"
        return _dated_pair_found(folder, first, f"Two\n\nJuly 20, 2023\n\n{final}\n", query)

    assert not found(tmp_path / "a", "just under 30")
    assert found(tmp_path / "b", "nearly 40")


def test_under_and_above_are_bounds(tmp_path: Path) -> None:
    """ "well under 40 jets a month" allows "38 jets a month"; "above 1.3 percent" allows 1.6."""
    query = "Boeing jets a month"
    under = "Boeing builds well under 40 jets a month at its Renton plant, the FAA said."
    assert _disputes(tmp_path / "a", under, under.replace("well under 40", "38"), query) == 0
    assert _disputes(tmp_path / "b", under, under.replace("well under 40", "45"), query) == 1


def test_a_year_before_a_noun_is_no_count(tmp_path: Path) -> None:
    """ "in 2024 raised…", "in 2020 money": years, not counts of raisings or money."""
    text = "The court of auditors in 2024 raised the estimate to 67.4 billion euros in 2020 money."
    units = {f.unit for f in figures(SimpleNamespace(quote=text, text=text), None, make_stemmer())}
    assert units == {"€", "year"}


@pytest.mark.parametrize(
    ("later", "paired"),
    [
        # the newer source's count is higher: the running count grew
        ("has confirmed the virus in 1,074 dairy herds in 17 states", False),
        # lower in the newer source: two accounts of one count
        ("has confirmed the virus in 1,074 dairy herds in 15 states", True),
        # an estimate told in the perfect is no running count: a smaller one later is a
        # second account; a larger one is the count grown (a third cold read's
        # "$9 billion … raised since its founding" and a later "$15 billion" total)
        ("has estimated that the virus reached dairy herds in 14 states", True),
        ("has estimated that the virus reached dairy herds in 17 states", False),
    ],
)
def test_a_running_count_months_apart_that_grew_is_no_dispute(
    tmp_path: Path, later: str, paired: bool
) -> None:
    """ "H5N1 has infected more than 950 dairy herds in 16 states" in February and "USDA
    has confirmed H5N1 in 1,074 dairy herds in 17 states" in July had stood as a dispute:
    a count told in the present perfect grows as time passes."""
    first = (
        "One\n\nFebruary 12, 2025\n\nThe virus has infected dairy herds in 16 states, and "
        "the agriculture department says milk output has held up.\n"
    )
    second = (
        f"Two\n\nJuly 15, 2025\n\nThe agriculture department {later}, and says milk "
        "output has held up.\n"
    )
    assert _dated_pair_found(tmp_path, first, second, "virus in dairy herds") is paired


@pytest.mark.parametrize(("raised", "paired"), [("more than $15", False), ("$7", True)])
def test_a_count_told_as_it_stood_then_that_grew_is_no_dispute(
    tmp_path: Path, raised: str, paired: bool
) -> None:
    """ "…bringing the equity and debt it has raised since its founding to more than $9
    billion" (2023) beside "When Northvolt filed … in November 2024, it had raised more
    than $15 billion" (2025) had stood as a dispute: the past perfect tells the running
    count as it stood then, and it grew (a smaller count later is still a discrepancy)."""
    first = (
        "One\n\nSeptember 12, 2023\n\nLast month Northvolt raised $1.2 billion through a"
        " convertible note from investors led by Goldman Sachs Asset Management and Canada"
        " Pension Plan Investment Board, bringing the equity and debt it has raised since its"
        " founding to more than $9 billion.\n"
    )
    second = (
        "Two\n\nJanuary 28, 2025\n\nWhen Northvolt filed for Chapter 11 protection in"
        f" November 2024, it had raised more than ${raised} billion in equity, debt and public"
        " support since 2016 - more than any other European battery venture. It was backed by"
        " Volkswagen, Goldman Sachs, Nordic pension capital and the European Investment Bank.\n"
    )
    query = "Northvolt equity and debt raised"
    assert _dated_pair_found(tmp_path, first, second, query) is paired


@pytest.mark.parametrize(("burned", "paired"), [("more than $15", False), ("$6", True)])
def test_a_running_count_beside_a_larger_total_years_on_is_no_dispute(
    tmp_path: Path, burned: str, paired: bool
) -> None:
    """A third cold read: "…the equity and debt it has raised since its founding to more
    than $9 billion" (2023) beside "burned through more than $15 billion of equity, debt
    and public money" (2025) had been a row; a smaller total later still is one (a smaller
    floor is not: both floors hold of any sum above the larger)."""
    first = (
        "One\n\nSeptember 12, 2023\n\nLast month Northvolt raised $1.2 billion through a"
        " convertible note, bringing the equity and debt it has raised since its founding to"
        " more than $9 billion.\n"
    )
    second = (
        f"Two\n\nAugust 20, 2025\n\nNorthvolt burned through {burned} billion of"
        " equity, debt and public money in under a decade.\n"
    )
    assert _dated_pair_found(tmp_path, first, second, "Northvolt equity and debt") is paired


@pytest.mark.parametrize(("spent", "paired"), [("more than $2", False), ("about $1.2", True)])
def test_money_spent_on_a_thing_that_grew_is_no_dispute(
    tmp_path: Path, spent: str, paired: bool
) -> None:
    """A cold read of `tiktok`: "…under a $1.5 billion plan known as Project Texas" (March
    2024) beside "TikTok spent more than $2 billion on Project Texas" (January 2025) had
    been a row of sources that differ: money spent, told for no period, is a total as it
    stood, and it grew (less spent later is still a discrepancy)."""
    first = (
        "One\n\nMarch 12, 2024\n\nTikTok has said its American user data is stored on"
        " servers run by Oracle under a $1.5 billion plan known as Project Texas.\n"
    )
    second = (
        f"Two\n\nJanuary 20, 2025\n\nTikTok spent {spent} billion on Project"
        " Texas, moving American user data onto Oracle servers.\n"
    )
    assert _dated_pair_found(tmp_path, first, second, "Project Texas Oracle servers") is paired


@pytest.mark.parametrize(("verb", "paired"), [("revised", False), ("put", True)])
def test_an_estimate_revised_is_no_dispute_with_the_one_it_revised(
    tmp_path: Path, verb: str, paired: bool
) -> None:
    """ "The ICCO … forecast a global supply deficit of 374,000 tonnes for the 2023/24
    season" and, a year on, "has revised its estimate of the 2023/24 global deficit to
    478,000 tonnes" had been a row of sources that differ."""
    first = (
        "One\n\nMarch 10, 2024\n\nThe International Cocoa Organization last month forecast"
        " a global supply deficit of 374,000 tonnes of cocoa for the 2023/24 season.\n"
    )
    second = (
        f"Two\n\nMarch 5, 2025\n\nThe International Cocoa Organization has {verb} its"
        " estimate of the 2023/24 global supply deficit of cocoa to 478,000 tonnes.\n"
    )
    assert _dated_pair_found(tmp_path, first, second, "cocoa supply deficit") is paired


@pytest.mark.parametrize(
    ("second_date", "paired"), [("December 2, 2025", False), ("July 9, 2023", True)]
)
def test_a_figure_told_now_and_one_a_year_away_are_two_days_readings(
    tmp_path: Path, second_date: str, paired: bool
) -> None:
    """ "A litre now costs 488 naira in Lagos" (June 2023) against "Pump prices in Lagos are
    hovering between 850 and 950 naira a litre" (December 2025) had been a row of sources
    that differ; a month apart the two are two accounts of one price."""
    first = (
        "One\n\nJune 5, 2023\n\nA litre of petrol now costs 488 naira in Lagos, according to"
        " price boards at filling stations.\n"
    )
    second = (
        f"Two\n\n{second_date}\n\nPump prices of petrol in Lagos are hovering between 850 and"
        " 950 naira a litre at filling stations.\n"
    )
    assert _dated_pair_found(tmp_path, first, second, "petrol pump prices in Lagos") is paired


@pytest.mark.parametrize(
    ("second", "paired"),
    [
        ("The harbour refinery's council set aside up to 385,000 barrels per day of crude.", False),
        ("The harbour refinery has a nameplate capacity of 500,000 barrels per day.", True),
    ],
)
def test_a_capacity_and_a_flow_are_different_measures(
    tmp_path: Path, second: str, paired: bool
) -> None:
    """ "With a nameplate capacity of 650,000 barrels per day, the refinery…" against "…setting
    aside up to 385,000 barrels per day of crude for local refining" had been a row of
    sources that differ (a third cold read); two capacities told differently are one."""
    first = (
        "One\n\nJanuary 8, 2024\n\nThe harbour refinery has a nameplate capacity of 650,000"
        " barrels per day of crude.\n"
    )
    later = f"Two\n\nFebruary 2, 2024\n\n{second}\n"
    assert _dated_pair_found(tmp_path, first, later, "harbour refinery crude barrels") is paired


@pytest.mark.parametrize(("told", "paired"), [("will fall to", False), ("stood at", True)])
def test_a_level_to_come_and_a_level_now_are_no_dispute(
    tmp_path: Path, told: str, paired: bool
) -> None:
    """A cold read: "purchases of about 6 trillion yen a month" against "…purchases will
    fall to about 2.9 trillion yen a month in early 2026" had been a row of sources that
    differ: the taper's start and its end."""
    first = (
        "One\n\nJune 4, 2025\n\nThe Velmora central bank's bond purchases of about 6"
        " trillion crowns a month weigh on the harbour bond market.\n"
    )
    second = (
        f"Two\n\nJune 20, 2025\n\nThe Velmora central bank's bond purchases {told} about"
        " 4.9 trillion crowns a month, the harbour bond market heard.\n"
    )
    query = "Velmora central bank bond purchases"
    assert _dated_pair_found(tmp_path, first, second, query) is paired


def test_a_markets_readings_in_different_months_are_no_dispute(tmp_path: Path) -> None:
    """ "…the more than $7,000 they would fetch today" (October) against "futures traded
    above $8,000" (September): a price read on two days, not two accounts of one."""
    first = (
        "One\n\nSeptember 18, 2024\n\nEven after April's increase, Ghana's cocoa farmers were"
        " paid a small share of the world price while cocoa futures traded above $8,000.\n"
    )
    second = (
        "Two\n\nOctober 22, 2024\n\nGhana's cocoa beans had been sold forward at a small share"
        " of the world price, a fraction of the more than $7,000 they would fetch today.\n"
    )
    write(tmp_path / "a.txt", first)
    write(tmp_path / "b.txt", second)
    corpus = padded(tmp_path)
    dates = {d.id: d.meta.date for d in corpus.documents}
    pairs = figure_disagreements(propose(corpus, "Ghana cocoa price"), 5, source_dates=dates)
    assert {7000.0, 8000.0} not in [{p.first.value, p.second.value} for p in pairs]


@pytest.mark.parametrize(("ranked", "paired"), [("Ecuador, now", True), ("Ghana, still", False)])
def test_a_party_ranked_differently_by_two_sources_is_a_dispute(
    tmp_path: Path, ranked: str, paired: bool
) -> None:
    """A third cold read: "Ecuador has overtaken Ghana to become the world's second-largest
    cocoa producer" beside "Ecuador, now the world's third-largest producer…" went
    unflagged, the second stated as fact in two bottom lines; another party's rank is
    no dispute with Ecuador's."""
    first = (
        "One\n\nAugust 4, 2025\n\nEcuador has overtaken Ghana to become the world's"
        " second-largest cocoa producer, according to the exporters' association Anecacao.\n"
    )
    second = (
        f"Two\n\nDecember 2, 2025\n\n{ranked} the world's third-largest cocoa producer behind"
        " Ivory Coast, expanded its cocoa output again this season, exporters said.\n"
    )
    write(tmp_path / "a.txt", first)
    write(tmp_path / "b.txt", second)
    corpus = padded(tmp_path)
    dates = {d.id: d.meta.date for d in corpus.documents}
    pairs = figure_disagreements(propose(corpus, "cocoa producers"), 5, source_dates=dates)
    ranks = [p for p in pairs if p.unit.startswith("rank ")]
    assert bool(ranks) is paired
    if paired:
        assert {ranks[0].first.text, ranks[0].second.text} == {
            "second-largest cocoa producer",
            "third-largest cocoa producer",
        }


@pytest.mark.parametrize(("later", "paired"), [("12 states", False), ("seven states", True)])
def test_a_running_count_a_month_later_that_grew_is_no_dispute(
    tmp_path: Path, later: str, paired: bool
) -> None:
    """ "have now confirmed the virus in more than 40 herds in nine states" in May and
    "has now confirmed the virus in 92 dairy herds in 12 states" in June: a count so far,
    grown in a month; a smaller one a month later is a discrepancy."""
    first = (
        "One\n\nMay 10, 2024\n\nFederal officials have now confirmed the virus in dairy "
        "herds in nine states, and traces of it have shown up in milk.\n"
    )
    second = (
        f"Two\n\nJune 12, 2024\n\nFederal officials have now confirmed the virus in dairy "
        f"herds in {later}, and traces of it have shown up in milk.\n"
    )
    assert _dated_pair_found(tmp_path, first, second, "virus in dairy herds") is paired


def _two_accounts(tmp_path: Path, first: str, second: str, topic: str) -> list:
    """The figure pairs found between two sources of one year, one passage each."""
    filler = "Officials in the region said inspectors visit the towns of the valley every week."
    write(tmp_path / "a.txt", f"Report One\n\nMarch 3, 2024\n\n{filler}\n{first}\n")
    write(tmp_path / "b.txt", f"Report Two\n\nApril 9, 2024\n\n{filler}\n{second}\n")
    corpus = padded(tmp_path)
    years = {d.id: d.year for d in corpus.documents}
    return figure_disagreements(propose(corpus, topic), 5, source_years=years)


def test_two_tolls_told_to_the_unit_differ_however_close(tmp_path: Path) -> None:
    """'killed 229 people' and 'killed 224 people' are two accounts of one toll: counts
    told to the unit are not roundings, so a gap under the usual 5% is a dispute."""
    found = _two_accounts(
        tmp_path,
        "By the official count, the flood killed 229 people in the province of Valencia.",
        "The floods that killed 224 people in the province turned politics upside down.",
        "the flood in the province",
    )
    assert [{p.first.value, p.second.value} for p in found] == [{229, 224}]


def test_rounded_counts_that_close_are_one_account(tmp_path: Path) -> None:
    found = _two_accounts(
        tmp_path,
        "By the official count, the flood killed about 230 people in the province.",
        "The floods that killed some 225 people in the province turned politics upside down.",
        "the flood in the province",
    )
    assert found == []


def test_a_toll_named_before_a_bare_count_counts_people() -> None:
    text = "A French assessment put the dead at as many as 600, one of the worst attacks."
    sentence = findings.Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5)
    found = figures(sentence, None, make_stemmer())
    assert [(f.unit, f.value, f.text) for f in found] == [("people", 600.0, "as many as 600")]


def test_a_range_told_from_one_end_to_the_other_is_no_change() -> None:
    """'range from about 2,000 to 2,500 personnel' is an estimate; 'ranging from 7.8
    percent for Tesla to 35.3 percent for SAIC' lists parties and stays unread."""
    stemmer = make_stemmer()
    text = "Estimates of the contingent now range from about 2,000 to 2,500 personnel."
    sentence = findings.Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5)
    found = figures(sentence, None, stemmer)
    assert [(f.unit, f.low, f.value) for f in found] == [("troops", 2000.0, 2500.0)]
    listed = "The duties, ranging from 7.8 percent for Tesla to 35.3 percent for SAIC, remain."
    sentence = findings.Sentence("a:p1:s2", "a", listed, listed, 1, 1, 0.5)
    assert figures(sentence, None, stemmer) == []
    moved = "Prices fell from about 2,000 to 1,500 yuan a tonne."
    sentence = findings.Sentence("a:p1:s3", "a", moved, moved, 1, 1, 0.5)
    assert figures(sentence, None, stemmer) == []


def test_a_season_written_with_a_slash_is_no_count() -> None:
    text = "Ghana rolled over contracts for the 2023/24 season into the next one."
    sentence = findings.Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5)
    assert [f.text for f in figures(sentence, None, make_stemmer())] == []


def test_a_state_and_its_adjective_are_one_name() -> None:
    assert findings._names_in("Prices rose as Chinese refiners cut output.") == {"China"}
    # opening a sentence too: "Thai rice … $515" and "Vietnamese rice … $400" are two prices
    assert findings._names_in("Thai 5% broken rice was quoted at $515.") == {"Thailand"}
    assert findings._names_in("Some traders in Bangkok said so.") == {"Bangkok"}
    assert findings._names_in("Talks resumed as Chile signed.") == {"Chile"}
    # a capital is a place of its own, and "French" is no stem of "France"
    assert findings._names_in("Delegates met in Nairobi, and French envoys came.") == {
        "Nairobi",
        "French",
    }


def test_a_passage_telling_both_values_is_no_side_whatever_it_calls_the_unit(
    tmp_path: Path,
) -> None:
    """ "had about 13,000 officers on paper when the crisis began, … fewer than 10,000
    operational today" agrees with "fewer than 10,000 active officers": it tells both."""
    write(
        tmp_path / "a.txt",
        "Report One\n\nMarch 3, 2024\n\nThe national police has fewer than 10,000 active "
        "officers for a country of nearly 12 million people, officials said.\n",
    )
    write(
        tmp_path / "b.txt",
        "Report Two\n\nJune 9, 2024\n\nThe national police, which had about 13,000 officers "
        "on paper when the crisis began, is estimated to have fewer than 10,000 operational "
        "today.\n",
    )
    found = figure_disagreements(propose(padded(tmp_path), "the national police"), 5)
    assert [(p.first.value, p.second.value) for p in found] == []


def test_an_owner_a_few_words_past_the_figure_is_within_its_reach() -> None:
    """ "a list price of roughly $1,349 for a month of Wegovy" names its drug five words on:
    the words where a figure's owner is looked for reach it (at four they had not, and two
    drugs' list prices had been a row of the glp1 corpus)."""
    sentence = SimpleNamespace(
        quote="Prices run from $199 to $399 a month, compared with a list price of roughly "
        "$1,349 for a month of Wegovy."
    )
    found = figures(sentence, None, make_stemmer())  # type: ignore[arg-type]
    price = next(f for f in found if f.value == pytest.approx(1349))
    assert "Wegovy" in price.near


def test_values_three_times_apart_are_of_different_things(tmp_path: Path) -> None:
    write(
        tmp_path / "a.txt",
        "One\n\nMarch 26, 2024\n\nThe full cost of the reactor programme including financing "
        "is estimated at about 24 billion euros by the audit court.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nApril 18, 2024\n\nAnalysts estimate the reactor programme will cost close to "
        "80 billion euros once financing is included.\n",
    )
    query = "the cost of the reactor programme"
    assert figure_disagreements(propose(padded(tmp_path), query), 5) == []


def test_two_counts_of_a_thing_few_figures_count_pair_without_shared_words(
    tmp_path: Path,
) -> None:
    """ "some 14,000 refugees … were living in Tajikistan" and "home to 15,000 Afghan
    refugees": no word around the two counts is shared, but the thing counted is, and few
    figures of the corpus count it (a known disagreement of the example)."""
    write(
        tmp_path / "a.txt",
        "One\n\nNovember 25, 2021\n\nAs of November 20, some 14,000 refugees from "
        "Afghanistan were living in Tajikistan.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nOctober 26, 2021\n\nThe security chief reported that up to 600 Afghans try to "
        "cross the border every day, and the country is currently home to 15,000 Afghan "
        "refugees.\n",
    )
    corpus = padded(tmp_path)
    years = {d.id: d.year for d in corpus.documents}
    found = figure_disagreements(
        propose(corpus, "Afghan refugees in Tajikistan"), 5, source_years=years
    )
    assert [(p.first.value, p.second.value) for p in found] in ([(14000, 15000)], [(15000, 14000)])


def test_a_timeline_entry_is_an_event_of_the_date_it_is_printed_under() -> None:
    """ "3 July 2024 — The yen weakens to 161.95, its lowest since December 1986.": the
    entry's date, not the span its text bounds, and not after the source (a plan)."""
    from briefkit.corpus import Sentence

    text = "The yen weakens to 161.95, its lowest since December 1986."
    entry = Sentence("s:p5:s1", "s", text, text, 5, 1, 0.5, told_date="2024-07-03")
    assert event_date(Sentence("s:p5:s1", "s", text, text, 5, 1, 0.5)) is None
    assert event_date(entry) == "2024-07-03"
    assert findings.event_date_told(entry, "2025-10-27") == "2024-07-03"
    assert findings.event_date_told(entry, "2024-05-01") is None


def test_one_sources_events_past_a_third_of_a_chronology_come_after_the_others() -> None:
    """A long read's timeline had filled every row of a chronology (four of four in `boj`):
    past a third of the rows, one source's events wait for the others'; with no others
    they still fill the rows."""
    from briefkit.analysis.findings import Event, spread_over_sources
    from briefkit.analysis.proposals import Candidate
    from briefkit.corpus import Sentence

    def event(source: str, k: int, month: int | None = None) -> Event:
        sentence = Sentence(f"{source}:p{k}:s1", source, "An event.", "An event.", k, 1, 0.5)
        return Event(f"2024-{month or k:02d}-03", Candidate(sentence, 1.0, 0.5, 0.5, 0.5))

    ranked = [event("timeline", k) for k in range(1, 6)] + [event("report", 9)]
    spread = spread_over_sources(ranked, limit=6)
    assert [e.candidate.sentence.source_id for e in spread] == [
        *["timeline"] * 2,
        "report",
        *["timeline"] * 3,
    ]
    alone = [event("timeline", k) for k in range(1, 6)]
    assert spread_over_sources(alone, limit=6) == alone
    # a second event of one month waits too ("October 8" and "October 24, 2023", the anchor
    # dragged and then found, had taken half a chronology that stopped in April 2024)
    same_month = [event("wire", 1, 10), event("explainer", 2, 10), event("feature", 3, 12)]
    assert [e.candidate.sentence.source_id for e in spread_over_sources(same_month, 6)] == [
        "wire",
        "feature",
        "explainer",
    ]


def test_figures_of_passages_that_are_no_neighbours_are_no_dispute(tmp_path: Path) -> None:
    """ "the Black Sea Grain Initiative … allowed Ukraine to ship almost 33 million tonnes
    of grain" (a deal's total) against "Ukraine exported about 40.7 million tonnes of
    grain in the 2024/25 marketing year" (one year's exports): the words beside the figures
    are the corpus's topic, and the two passages tell different matters."""
    write(
        tmp_path / "a.txt",
        "One\n\nJuly 20, 2025\n\nUkraine's grain now leaves through its own corridor.\n\n"
        "Millions of tonnes of grain from Ukraine fed markets in Africa and Asia.\n\n"
        "Egypt buys millions of tonnes of wheat a year, much of it from the Black Sea.\n\n"
        "Russia refused to extend the Black Sea Grain Initiative, the arrangement that "
        "allowed Ukraine to ship almost 33 million tonnes of grain through a protected "
        "corridor.\n",
    )
    write(
        tmp_path / "b.txt",
        "Two\n\nAugust 14, 2025\n\nFarmers in Ukraine planted less grain after the drought.\n\n"
        "Ports on the Danube handled millions of tonnes of grain in the record season.\n\n"
        "Ukraine exported about 40.7 million tonnes of grain in the 2024/25 marketing year, "
        "down from the record wartime season.\n",
    )
    assert figure_disagreements(propose(padded(tmp_path), "Ukraine's grain exports"), 5) == []


def test_a_level_read_again_months_later_is_no_dispute(tmp_path: Path) -> None:
    """ "The two-year yield rose to 0.7%" in January and "rose above 1%" in November are
    two readings of one level (the plain figure had not counted as a level moved to)."""
    query = "Velmora two-year bond yield"
    first = "One\n\nJanuary 24, 2025\n\nThe Velmora two-year bond yield rose to 0.7%, its high.\n"
    second = "Two\n\n{}\n\nThe Velmora two-year bond yield rose above 1% for the first time.\n"
    assert not _dated_pair_found(tmp_path / "a", first, second.format("November 28, 2025"), query)
    # the same month: two accounts of one reading
    assert _dated_pair_found(tmp_path / "b", first, second.format("January 25, 2025"), query)


def test_a_level_reached_months_before_a_plain_figure_is_no_dispute(tmp_path: Path) -> None:
    """ "rose to a record of about 3.2%" in June is that day's level; "a record of about
    3.4%" told in October is a later day's. A month apart they are two accounts of one."""
    query = "Velmora thirty-year bond yield record"
    first = "One\n\n{}\n\nThe Velmora 30-year bond yield rose to a record of about 3.2%.\n"
    second = (
        "Two\n\n{}\n\nThe Velmora election sent the 30-year bond yield to a record of "
        "about 3.4% in the week.\n"
    )
    june, october, july = "June 24, 2025", "October 28, 2025", "July 20, 2025"
    assert not _dated_pair_found(tmp_path / "a", first.format(june), second.format(october), query)
    assert _dated_pair_found(tmp_path / "b", first.format(june), second.format(july), query)


SHARE_INDEX_MOVES = (
    "Velmora share index banks",
    "The Velmora share index rose 0.7% as banks rallied.",
    "The Velmora share index rose 1.5%, led by banks.",
)
# a currency's moves too (boj: "The yen weakened about 1%" in March 2024 beside
# "strengthened by more than 2%" in August had been a dispute row)
CURRENCY_MOVES = (
    "Velmora kron dollar exporters",
    "The Velmora kron weakened about 1% against the dollar.",
    "The Velmora kron strengthened by more than 2% against the dollar.",
)


@pytest.mark.parametrize(
    ("moves", "second_date", "paired"),
    [
        (SHARE_INDEX_MOVES, "July 31, 2024", False),
        (SHARE_INDEX_MOVES, "March 20, 2024", True),
        (CURRENCY_MOVES, "August 5, 2024", False),
        (CURRENCY_MOVES, "March 20, 2024", True),
    ],
)
def test_moves_on_days_months_apart_are_no_dispute(
    tmp_path: Path, moves: tuple[str, str, str], second_date: str, paired: bool
) -> None:
    """ "The share index rose 0.7%" in March and "rose 1.5%" in July are two days' moves."""
    query, earlier, later = moves
    first = f"One\n\nMarch 19, 2024\n\n{earlier}\n"
    second = f"Two\n\n{second_date}\n\n{later}\n"
    assert _dated_pair_found(tmp_path, first, second, query) is paired


@pytest.mark.parametrize(("term", "paired"), [("40-year", False), ("30-year", True)])
def test_figures_of_different_terms_measure_different_things(
    tmp_path: Path, term: str, paired: bool
) -> None:
    """ "the 40-year yield to about 3.6%" against "the 30-year yield … about 3.4%"."""
    query = "Velmora bond yield record"
    first = (
        f"One\n\nJune 24, 2025\n\nThe Velmora {term} bond yield rose to about 3.6% at the "
        "auction, a record.\n"
    )
    second = (
        "Two\n\nJune 26, 2025\n\nAt the auction the Velmora 30-year bond yield was about "
        "3.4%, a record.\n"
    )
    assert _dated_pair_found(tmp_path, first, second, query) is paired


@pytest.mark.parametrize(("month", "paired"), [("June", False), ("March", True)])
def test_figures_told_for_different_months_are_two_readings(
    tmp_path: Path, month: str, paired: bool
) -> None:
    """ "about 8.5 trillion yen at the end of March" and "roughly 11 trillion yen at the end
    of September": the losses of two dates, however close the sources."""
    query = "Velmora life insurers unrealised losses on bonds"
    first = (
        "One\n\nJuly 2, 2025\n\nThe Velmora life insurers' unrealised losses on bonds were "
        "about 8.5 trillion dinars at the end of March.\n"
    )
    second = (
        "Two\n\nJuly 30, 2025\n\nThe Velmora life insurers' unrealised losses on bonds "
        f"were roughly 11 trillion dinars at the end of {month}.\n"
    )
    assert _dated_pair_found(tmp_path, first, second, query) is paired


@pytest.mark.parametrize(
    ("opening", "paired"), [("In mid-October", False), ("In mid-November", True)]
)
def test_a_date_opening_the_sentence_dates_its_figures(
    tmp_path: Path, opening: str, paired: bool
) -> None:
    """ "As of November 20, some 14,000 refugees…" and "In mid-October, the head of the
    State Committee … reported that … the country is currently home to 15,000 Afghan
    refugees": the opening date is far from the figure, and still the day it was read."""
    query = "Syrian refugees living in Jordan"
    first = "One\n\nAs of November 20, some 14,000 Syrian refugees were living in Jordan.\n"
    second = (
        f"Two\n\nNovember 26, 2021\n\n{opening}, the head of the State Committee for National "
        "Security, Arvid Tolo, reported that up to 600 Syrians try to cross the border every "
        "day, and Jordan is currently home to 15,000 Syrian refugees.\n"
    )
    assert _dated_pair_found(tmp_path, first, second, query) is paired


def test_a_newer_source_telling_where_things_stand_now_overtakes_an_older_figure(
    tmp_path: Path,
) -> None:
    query = "foreign investors in Velmora bond trading"
    older = "Foreign investors account for about 45% of cash trading in Velmora bonds."
    newer = "Foreign investors now account for about 60% of cash trading in Velmora bonds."
    june, november = "One\n\nJune 24, 2025\n\n{}\n", "Two\n\nNovember 14, 2025\n\n{}\n"
    assert not _dated_pair_found(tmp_path / "a", june.format(older), november.format(newer), query)
    # the older source telling "now" is no reading the newer overtakes
    assert _dated_pair_found(tmp_path / "b", june.format(newer), november.format(older), query)


def test_a_level_a_newer_source_says_it_moved_to_is_no_dispute(tmp_path: Path) -> None:
    """ "raised its berth fee to 1,500 dinars this month" a month after "charges a fixed
    berth fee of 1,000 dinars": the fee changed, whatever the gap; told the other way
    round, the older source's raise is no reading the newer one overtakes."""
    query = "the Velmora harbour board berth fee"
    plain = "The Velmora harbour board charges a fixed berth fee of 1,000 dinars per ship."
    raised = "The Velmora harbour board raised its berth fee to 1,500 dinars per ship."
    march, april = "One\n\nMarch 3, 2024\n\n{}\n", "Two\n\nApril 9, 2024\n\n{}\n"
    assert not _dated_pair_found(tmp_path / "a", march.format(plain), april.format(raised), query)
    assert _dated_pair_found(tmp_path / "b", march.format(raised), april.format(plain), query)


def test_figures_told_for_different_quarters_are_a_plans_steps(tmp_path: Path) -> None:
    """ "around 3 trillion yen a month in the January-March quarter of 2026 from about 6
    trillion yen now" and "around 2.1 trillion yen a month in January-March 2027": steps of
    one plan, each figure told for its own period, not a dispute."""
    query = "the Velmora central bank's bond purchases"
    first = (
        "The Velmora central bank said it would reduce its monthly bond purchases by about "
        "400 billion crowns every quarter, bringing them down to around 3 trillion crowns a "
        "month in the January-March quarter of 2026 from about 6 trillion crowns now."
    )
    later = (
        "From April 2026, the pace of reduction of the Velmora central bank's bond purchases "
        "will slow, so that purchases fall to around 2.1 trillion crowns a month in {}."
    )

    def found(folder: Path, told: str) -> bool:
        return _dated_pair_found(
            folder, f"One\n\nMarch 3, 2024\n\n{first}\n", f"Two\n\nMay 9, 2024\n\n{told}\n", query
        )

    assert not found(tmp_path / "a", later.format("January-March 2027"))
    assert found(tmp_path / "b", later.format("the January-March quarter of 2026"))


def test_a_total_over_years_and_one_years_step_are_different_quantities(tmp_path: Path) -> None:
    """ "raise average bills by 35 per cent over the five years from April 2025" against
    "customers saw a rise of 31 per cent in April 2025": a span's total and its first step."""
    query = "water bills of Velmora Water customers"
    first = (
        "The regulator has allowed Velmora Water to raise average bills by 35 per cent {} "
        "from April 2025."
    )
    later = "Velmora Water customers saw a front-loaded rise in average bills of 31 per cent in April 2025."
    assert _disputes(tmp_path / "a", first.format("over the five years"), later, query) == 0
    assert _disputes(tmp_path / "b", first.format("in the year"), later, query) == 1


def test_a_total_since_a_year_and_a_plans_sum_are_different_quantities(tmp_path: Path) -> None:
    """A cold read: "USDA says it has spent more than $1.4 billion on indemnity and
    compensation to poultry producers since 2022" stood against "USDA's $1 billion February
    plan for biosecurity…" as a disagreement."""
    query = "Velmora Water customers compensation"
    first = "Velmora Water says it has paid more than 40 million euros to customers {}."
    later = "Velmora Water says it has paid about 25 million euros to customers this year."
    assert _disputes(tmp_path / "a", first.format("since 2022"), later, query) == 0
    assert _disputes(tmp_path / "b", first.format("this year"), later, query) == 1


def test_a_purchase_price_and_a_payout_are_different_quantities(tmp_path: Path) -> None:
    """ "bought Velmora Water … for £8bn" against "took out nearly £3bn in dividends": the
    price the company changed hands at is no account of what its owners took out."""
    query = "Velmora Water's owners and their dividends"
    bought = (
        "In 2006 a consortium led by the bank Harbourline bought Velmora Water from a German "
        "utility for £8bn."
    )
    took = (
        "Harbourline, which owned Velmora Water from 2006 to 2017, took out nearly £3bn in "
        "dividends while the company's debt grew."
    )
    other = (
        "Harbourline, which owned Velmora Water from 2006 to 2017, took out about £8bn in "
        "dividends while the company's debt grew."
    )
    assert _disputes(tmp_path / "a", bought, took, query) == 0
    assert _disputes(tmp_path / "b", other, took, query) == 1


def test_a_pair_below_the_least_closeness_is_no_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The finder does not fill its rows with loose matches: a pair of figures less close
    than `MIN_CLOSENESS` is no row, however few rows there are."""
    proposals = _proposals(tmp_path)
    (pair,) = figure_disagreements(proposals, limit=3)
    monkeypatch.setattr(findings, "MIN_CLOSENESS", pair.similarity * 1.01)
    assert figure_disagreements(_proposals(tmp_path / "again"), limit=3) == []
    monkeypatch.setattr(findings, "MIN_CLOSENESS", pair.similarity * 0.99)
    assert len(figure_disagreements(_proposals(tmp_path / "once_more"), limit=3)) == 1


@pytest.mark.parametrize(
    ("first_told", "later_told", "paired"),
    [
        # a toll in the passive after the figure, then a larger one recorded since
        (
            "more than 12,000 people have been killed since the war began, monitors say",
            "monitors have recorded more than 28,700 people killed since the war began",
            False,
        ),
        # a holding taken, then a larger one held (myanmar's analyst memo)
        (
            "the rebel army has taken control of 14 of the 17 townships in the war",
            "the rebel army holds 15 of the 17 townships in the war",
            False,
        ),
        (
            "the rebel army has taken control of 15 of the 17 townships in the war",
            "the rebel army reportedly took 14 of the 17 townships in the war",
            True,
        ),
    ],
)
def test_a_count_that_grew_between_sources_months_apart_is_no_dispute(
    tmp_path: Path, first_told: str, later_told: str, paired: bool
) -> None:
    """Two cold reads found running counts compared with themselves at another date
    under "Where sources differ": ACLED's toll of December 2023 against its toll of April
    2025, and townships held in June against those held in November."""
    first = f"One\n\nJune 12, 2024\n\nIn the north {first_told}, and aid is short.\n"
    second = f"Two\n\nNovember 15, 2024\n\nIn the north {later_told}, and aid is short.\n"
    assert _dated_pair_found(tmp_path, first, second, "townships killed war") is paired


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # where a level stood is no event (kenya's chronology: a debt total)
        ("Public debt stood at around Sh11 trillion at the end of 2024.", False),
        ("Reserves were at about $9 billion in March 2024.", False),
        ("Moody's cut Kenya to Caa1 in July 2024 after the bill was withdrawn.", True),
        ("In 2024 inflation was at 4% and the bank cut rates twice.", True),
        # nor a sum over a period (the example's chronology: a half-year's trade)
        ("In the first half of 2024, harbour trade amounted to about $46 million.", False),
        ("Harbour exports totalled $3 billion in 2023.", False),
        ("Transits averaged 1.5 a day in 2022 and then collapsed.", True),
        # nor a participle of degree, an adjective (grain's chronology: an assessment)
        ("Harbour towns remain the most exposed, because budgets bind in 2025.", False),
        ("The harbour is better prepared for floods in 2025.", False),
        ("The most exposed harbour towns were evacuated in March 2025.", True),
        ("In 2025 the board fully repaired the harbour wall.", True),
        # nor a past denied (`drc`'s chronology, a cold read: "2024 | Goma did not fall in
        # 2024. That was not an accident.")
        ("Kelby did not fall in 2024. That was not an accident.", False),
        ("The harbour board never met in 2024.", False),
        ("The board did not renew the lease in July 2023, and it expired.", True),
    ],
)
def test_a_level_that_stood_is_no_event(text: str, event: bool) -> None:
    from briefkit.analysis.findings import tells_an_event

    assert tells_an_event(text) is event


def test_the_countrys_whole_is_the_national_one() -> None:
    """A third cold read: "about 60 percent of the country's petrol" and "well under half of
    national petrol demand" are shares of one whole; "of Ghana's petrol" is another."""
    from briefkit.analysis.findings import _whole
    from briefkit.analysis.terms import make_stemmer

    stemmer = make_stemmer()

    def whole(text: str) -> frozenset[str] | None:
        return _whole(text, text.index(" of "), stemmer)

    country = whole("supplies about 60 percent of the country's petrol, as well")
    national = whole("meets well under half of national petrol demand on most days")
    assert country is not None and national is not None
    assert len(country & national) >= 2
    assert len(country & (whole("supplies half of Ghana's petrol today") or frozenset())) == 1


def test_a_weekday_in_a_story_of_an_earlier_week_dates_no_row(tmp_path: Path) -> None:
    """A cold read: "By 7 a.m. on Tuesday, Red Eléctrica reported…" in a piece of 18 May
    on the blackout of 28 April had been a chronology row of May 13."""
    from briefkit.analysis.findings import narrated_earlier

    text = "By 7 a.m. on Tuesday, the harbour operator reported that power was restored."
    write(
        tmp_path / "a.txt",
        "Harbour Blackout\n\nMay 18, 2025\n\nThe harbour grid collapsed on 28 April at noon. "
        f"Crews worked through the night. {text}\n",
    )
    corpus = padded(tmp_path)
    proposals = propose(corpus, "harbour blackout power restored")
    dated = {quote: date for quote, date in proposals.dates.values()}
    assert dated[text] is None
    document = next(d for d in corpus.documents if d.id == "a")
    assert narrated_earlier(document.text, text, "2025-05-18")
    assert not narrated_earlier(document.text, text, "2025-05-01")


def test_a_count_back_to_what_nobody_had_done_is_no_event() -> None:
    """ "Five years ago, no government had formally called for a pause" had been a
    chronology row of 2020."""
    from briefkit.analysis.findings import event_date_told
    from briefkit.corpus import Sentence

    text = "Five years ago, no government had formally called for a pause on dredging."
    assert event_date_told(Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5), "2025-06-20") is None
    text = "Five years ago, the government called for a pause on dredging."
    assert event_date_told(Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5), "2025-06-20") == "2020"


@pytest.mark.parametrize(
    ("told", "paired"),
    [
        (
            "Four more governments joined during the week, bringing the total to 37"
            " countries that support",
            False,
        ),
        # the same count told plainly is a second account of it
        ("Officials at the meeting said that 37 countries support", True),
    ],
)
def test_a_total_brought_to_a_count_is_a_running_count(
    tmp_path: Path, told: str, paired: bool
) -> None:
    """ "32 countries now support a moratorium" (April) and "…bringing the total to 37
    countries" (June) had stood as a dispute in a cold read: a total brought to a count is
    a running count, and two months on it is the count grown."""
    first = (
        "One\n\nApril 29, 2025\n\nIn all, 32 countries now support a moratorium or"
        " precautionary pause on dredging, a bloc that campaigners expect to grow at the"
        " Harbour Conference in Lisbon in June.\n"
    )
    second = f"Two\n\nJune 20, 2025\n\n{told} a moratorium or precautionary pause on dredging.\n"
    assert _dated_pair_found(tmp_path, first, second, "moratorium on dredging") is paired


def test_a_day_just_ahead_of_the_source_is_no_story_of_last_year() -> None:
    """ "The extension … had been due to expire on January 15", in a wire of January 9,
    2025, is a deadline a week ahead: a later passage of the wire ("Negotiators returned in
    early January…") had been labelled "January 2024" as the retelling of that day a year
    before (a cold read). A day months after the source's is still last year's."""
    from briefkit.analysis.findings import narrated_day

    quote = "Negotiators returned in early January under pressure from shippers."
    ahead = f"The old contract had been due to expire on January 15. {quote}"
    assert narrated_day(ahead, quote, "2025-01-09") is None
    # nor is a deadline a story's day ("…toward a deal before September 30", in an op-ed of
    # October 9 on last week's strike, had labelled its excerpts "September 2024")
    deadline = f"Both sides might have moved toward a deal before September 30. {quote}"
    assert narrated_day(deadline, quote, "2024-10-09") is None
    gone = f"The harbour flooded on November 3. {quote}"
    assert narrated_day(gone, quote, "2025-01-09") == "2024-11-03"


def test_the_day_a_period_runs_from_is_no_story_retold() -> None:
    """ "Since the first ship left Odesa on 1 August 2022, nearly 33 million tonnes …
    were shipped" opens a period that runs to the writer's day: the tally after it, in a
    wire of July 2023, had been labelled "August 2022" (a cold read)."""
    from briefkit.analysis.findings import narrated_day

    quote = "The final figure from the coordination centre was 32.9 million tonnes."
    since = (
        "Since the first ship left Odesa on 1 August 2022, nearly 33 million tonnes of "
        f"grain were shipped under the initiative. {quote}"
    )
    assert narrated_day(since, quote, "2023-07-17") is None
    # a day the story happened on still dates it, and "since" in an earlier sentence
    # leaves a later day alone
    told = since.replace("Since the first ship left", "The first ship left")
    assert narrated_day(told, quote, "2023-07-17") == "2022-08-01"
    after = f"Talks have stalled since then. The port was hit on 2 May 2023. {quote}"
    assert narrated_day(after, quote, "2023-07-17") == "2023-05-02"


def test_an_article_of_its_own_weeks_news_retells_no_older_day() -> None:
    """A statement of February 26 that tells a vote of February 25 and then names the
    day a wage rise was agreed ("…as agreed in principle on October 3, 2024") retells no
    story of October: a cold read found the chairman's remark labelled "October 2024"."""
    from briefkit.analysis.findings import narrated_day

    quote = 'The chairman said the contract "gives our ports six years of stability."'
    text = (
        "Members voted on February 25 to ratify the contract. Wages rise 62 percent, as "
        f"agreed in principle on October 3, 2024. {quote}"
    )
    assert narrated_day(text, quote, "2025-02-26") is None
    assert narrated_day(text.replace("on February 25 ", ""), quote, "2025-02-26") == ("2024-10-03")
    # nor, past a long paragraph, does a day a later paragraph names in passing
    context = "The dispute began in June and ended with a deal reached on January 8. " * 30
    later = f"Members voted on February 25 to ratify the contract. {context}{quote}"
    assert narrated_day(later, quote, "2025-02-26") is None
    assert narrated_day(later.replace("on February 25 ", ""), quote, "2025-02-26") == ("2025-01-08")


@pytest.mark.parametrize(
    ("second_date", "paired"), [("October 9, 2025", False), ("June 20, 2024", True)]
)
def test_votes_counted_months_apart_are_two_votes(
    tmp_path: Path, second_date: str, paired: bool
) -> None:
    """ "…adopted by 13 votes" (June 2024) against "…adopted by 12 votes" (October 2025)
    had been a cold read's sham row: two resolutions. A vote's count is of its day."""
    query = "Velmora Security Council resolution harbour mission vote"
    first = (
        "One\n\nJune 12, 2024\n\nThe Security Council resolution on the Velmora harbour "
        "mission was adopted by 13 votes, with two abstentions.\n"
    )
    second = (
        "Two\n\n{}\n\nThe Security Council resolution on the Velmora harbour mission was "
        "adopted by 12 votes, with three abstentions.\n"
    )
    found = _dated_pair_found(tmp_path, first, second.format(second_date), query)
    assert found is paired


def _dated_disputes(
    folder: Path, first: str, second: str, query: str, dates: tuple[str, str]
) -> list[str]:
    """The rows' labels two one-sentence sources give, each source's date known."""
    write(folder / "a.txt", f"One\n\n{dates[0]}\n\n{first}\n")
    write(folder / "b.txt", f"Two\n\n{dates[1]}\n\n{second}\n")
    corpus = padded(folder)
    found = figure_disagreements(
        propose(corpus, query),
        5,
        source_years={d.id: d.year for d in corpus.documents},
        source_dates={d.id: d.meta.date for d in corpus.documents},
    )
    return [f"{pair.first.text} / {pair.second.text}" for pair in found]


def test_a_level_held_months_apart_is_no_dispute(tmp_path: Path) -> None:
    """A cold read: "…raised its policy rate to a modest 0.25% in July, the board kept it
    there" (December) against "kept its policy rate at 0.5%, where it has been since
    January" (June) had been a row of sources that differ; a level held on each source's
    day is two readings, the rate raised between them. Told a week apart, they differ."""
    query = "Harbour Bank policy rate"
    first = "Having raised its policy rate to a modest 0.25% in July, the Harbour Bank board kept it there this month."
    second = "The Harbour Bank kept its policy rate at 0.5%, where it has been since January."
    far = ("December 3, 2024", "June 9, 2025")
    assert _dated_disputes(tmp_path / "a", first, second, query, far) == []
    near = ("December 3, 2024", "December 10, 2024")
    assert _dated_disputes(tmp_path / "b", first, second, query, near) == ["0.25% / 0.5%"]


def test_a_negative_figure_keeps_its_sign_and_its_bound(tmp_path: Path) -> None:
    """ "the real interest rate is roughly minus 2.5%" is what "real rates below minus 2%"
    allows (it had been a row labelled "2.5% / 2%", both signs lost); "at minus 1%" is not,
    and its label keeps the signs."""
    query = "Harbour real interest rate"
    dates = ("March 3, 2024", "March 9, 2024")
    first = "With a policy rate of 0.25%, the Harbour real interest rate is roughly minus 2.5%, about as negative as ever."
    below = "Some funds argue the Harbour bank is far too accommodative with the real interest rate below minus 2%."
    assert _dated_disputes(tmp_path / "a", first, below, query, dates) == []
    point = below.replace("below minus 2%", "at minus 1%")
    assert _dated_disputes(tmp_path / "b", first, point, query, dates) == [
        "roughly minus 2.5% / minus 1%"
    ]


@pytest.mark.parametrize(
    ("query", "first", "second", "disputed"),
    [
        # "will be released in two tranches of £1.5 billion" against "a loan of around £3bn":
        # a piece is no account of the sum (a cold read's sham row)
        (
            "Harbour Water creditor loan",
            "The Harbour Water loan will be released in two tranches of £1.5 billion to keep it afloat.",
            "The Harbour Water creditors would provide a loan of around £3bn to keep it afloat.",
            (
                "The Harbour Water creditors would provide a loan of £1.5 billion to keep it afloat.",
                "The Harbour Water creditors would provide a loan of around £3bn to keep it afloat.",
            ),
        ),
        # "would inject around £3bn of new equity" against "write down roughly £4bn of debt":
        # what the words after a sum say it is of tells them apart
        (
            "Harbour Water creditors equity debt rescue plan",
            "Under the Harbour Water rescue plan the creditors would inject around £3bn of new equity.",
            "Under the Harbour Water rescue plan the creditors would write down roughly £4bn of debt.",
            (
                "Under the Harbour Water rescue plan the creditors would inject around £3bn of new equity.",
                "Under the Harbour Water rescue plan the creditors would inject roughly £4bn of equity.",
            ),
        ),
        # "nearly 33 million tonnes of corn, wheat and other foodstuffs" against "a record
        # 47.5 million tonnes of wheat"; so do a quantity's
        (
            "Velmora harbour grain shipments tonnes",
            "Velmora harbour shipped nearly 33 million tonnes of corn, wheat and other foodstuffs.",
            "Velmora harbour shipped a record 47.5 million tonnes of wheat last season.",
            (
                "Velmora harbour shipped nearly 33 million tonnes of wheat.",
                "Velmora harbour shipped a record 47.5 million tonnes of wheat last season.",
            ),
        ),
        # "record operating profits of 5.35 trillion yen" against "record net profit of about
        # 1.86 trillion yen" (of another company too)
        (
            "Harbour banks record profit year to March",
            "Harbour Bank reported record operating profits of 5.35 trillion yen in the year to March.",
            "Harbour Bank reported record net profits of 1.86 trillion yen in the year to March.",
            (
                "Harbour Bank reported record operating profits of 5.35 trillion yen in the year to March.",
                "Harbour Bank reported record operating profits of 1.86 trillion yen in the year to March.",
            ),
        ),
        # "more than $11 billion" and "up to $12.5 billion": a floor under a ceiling
        (
            "Harbour Water settlement utilities",
            "The Harbour Water settlement is worth more than $11 billion to the utilities.",
            "The Harbour Water settlement is worth up to $12.5 billion to the utilities.",
            (
                "The Harbour Water settlement is worth $9 billion to the utilities.",
                "The Harbour Water settlement is worth $12.5 billion to the utilities.",
            ),
        ),
        # "more than 130 ships" and "over 100 merchant vessels": two floors, both true of
        # any count above the larger (a cold read's sham row)
        (
            "Velmora strait attacks on ships",
            "Since the war began, the rebels have attacked more than 130 ships in the Velmora strait.",
            "Since the war began, the rebels have attacked over 100 ships in the Velmora strait.",
            (
                "Since the war began, the rebels have attacked about 130 ships in the Velmora strait.",
                "Since the war began, the rebels have attacked about 100 ships in the Velmora strait.",
            ),
        ),
        # a target against a level ("…committed to bringing public debt down to 95 percent
        # of GDP by 2032" and "…public debt is still above 100 per cent of GDP"), a total
        # against one of its parts, and more on top of a count: sham rows of a cold read
        (
            "Velmora harbour debt",
            "The harbour board remains committed to bringing its debt down to 95 percent of revenue by 2032.",
            "The harbour board's debt is still at about 120 percent of revenue.",
            (
                "The harbour board's debt stood at about 95 percent of revenue.",
                "The harbour board's debt is still at about 120 percent of revenue.",
            ),
        ),
        (
            "Velmora harbour lenders owed",
            "Harbour lenders in total, counting the Velmora Bank, are owed about $7 billion by the board.",
            "The Velmora Bank is owed about $3 billion by the harbour board.",
            (
                "The harbour lenders are owed about $7 billion by the board.",
                "The harbour lenders are owed about $3 billion by the board.",
            ),
        ),
        (
            "Velmora harbour workers poverty line",
            "About a quarter of the harbour's workers live below the Velmora poverty line.",
            "A further 10 percent of the harbour's workers live just above the Velmora poverty line.",
            (
                "About 25 percent of the harbour's workers live below the Velmora poverty line.",
                "About 10 percent of the harbour's workers live below the Velmora poverty line.",
            ),
        ),
        # two bodies whose names share a word ("China's Export-Import Bank is owed about
        # $4.2 billion", "the China Development Bank on about $3 billion": a cold read's
        # sham row)
        (
            "Peru lenders owed debt restructuring",
            "Peru's Export-Import Bank is owed about $4.2 billion.",
            "An agreement with the Peru Development Bank on about $3 billion of commercial "
            "loans was concluded in the first half of the year.",
            (
                "The Peru Development Bank is owed about $4.2 billion.",
                "An agreement with the Peru Development Bank on about $3 billion of commercial "
                "loans was concluded in the first half of the year.",
            ),
        ),
        # "about 12 percent of global trade" and "about a tenth of global seaborne trade"
        (
            "Velmora canal share of trade",
            "Before the crisis the Velmora canal carried about 12 percent of global trade.",
            "Before the crisis the Velmora canal carried about a tenth of global trade.",
            (
                "Before the crisis the Velmora canal carried about 15 percent of global trade.",
                "Before the crisis the Velmora canal carried about a tenth of global trade.",
            ),
        ),
        # "74 percent" is "nearly three-quarters"; "about 56 percent" is no "roughly
        # two-thirds" (it is nearer half): a share in words is the nearest plain fraction
        (
            "Velmora basin share of lithium resources",
            "The Velmora basin holds about 74 percent of the world's lithium resources.",
            "The Velmora basin holds nearly three-quarters of the world's lithium resources.",
            (
                "The Velmora basin holds about 56 percent of the world's lithium resources.",
                "The Velmora basin holds roughly two-thirds of the world's lithium resources.",
            ),
        ),
        # a share lost against a rate paid ("puts the net present value loss on the
        # affected bond portfolios … at roughly 11 percent", "new paper that pays 12
        # percent"), money paid out so far against the sum agreed, a count of the whole
        # world against one regulator's: sham rows of cold reads
        (
            "Velmora pension fund bonds swap",
            "Our estimate puts the loss on the pension fund's Velmora bonds at roughly 11 percent.",
            "The pension fund's Velmora bonds are swapped for new paper that pays 12 percent.",
            (
                "Our estimate puts the loss on the pension fund's Velmora bonds at roughly 11 percent.",
                "Our estimate puts the loss on the pension fund's Velmora bonds at roughly 30 percent.",
            ),
        ),
        (
            "Velmora harbour loan facility",
            "The Velmora harbour board approved a loan facility of about $3 billion in March.",
            "The Velmora harbour board's review brought total disbursements under the loan "
            "facility to roughly $1.7 billion.",
            (
                "The Velmora harbour board approved a loan facility of about $3 billion in March.",
                "The Velmora harbour board approved a loan facility of about $1.7 billion in March.",
            ),
        ),
        (
            "Velmora jet grounding aircraft",
            "The Velmora regulator ordered the grounding of 171 Velmora jet aircraft fitted with the door.",
            "The Velmora regulator's order grounded roughly 215 Velmora jet aircraft worldwide.",
            (
                "The Velmora regulator's order grounded roughly 171 Velmora jet aircraft worldwide.",
                "The Velmora regulator's order grounded roughly 215 Velmora jet aircraft worldwide.",
            ),
        ),
        # a level told for a year after its source's ("projections show public debt falling
        # to 95 percent of GDP by 2032") against one now (a cold read's sham row)
        (
            "Velmora harbour board debt",
            "The harbour board's projections show its debt falling to 95 percent of revenue by 2032.",
            "The harbour board's debt is still above 120 percent of revenue.",
            (
                "The harbour board's projections show its debt at 95 percent of revenue.",
                "The harbour board's debt is still above 120 percent of revenue.",
            ),
        ),
        # "Northvolt Six" (Quebec) and "Northvolt Drei" (Heide): two plants of one maker
        (
            "Velmora plant gigawatt-hours",
            "The plant, to be known as Velmora Six, is designed for 30 gigawatt-hours a year.",
            "The plant, to be known as Velmora Drei, is designed for 60 gigawatt-hours a year.",
            (
                "The plant, to be known as Velmora Six, is designed for 30 gigawatt-hours a year.",
                "The plant, to be known as Velmora Six, is designed for 60 gigawatt-hours a year.",
            ),
        ),
    ],
)
def test_figures_that_measure_different_things_are_no_dispute(
    tmp_path: Path, query: str, first: str, second: str, disputed: tuple[str, str]
) -> None:
    """Sham rows of cold reads; two figures of the same thing, told alike, are a dispute."""
    dates = ("March 3, 2024", "March 9, 2024")
    assert _dated_disputes(tmp_path / "a", first, second, query, dates) == []
    assert len(_dated_disputes(tmp_path / "b", *disputed, query, dates)) == 1


def test_the_whole_of_a_count_told_as_n_of_m_is_no_reading_of_it() -> None:
    """ "…won 159 of parliament's 225 seats" had been paired, as 225 seats, with "won 159
    of 225 seats" (a cold read's sham row): the 225 is the whole the count is of."""
    from briefkit.analysis.candidates import Candidate
    from briefkit.analysis.findings import _figure_role
    from briefkit.corpus import Sentence

    text = "Two months on, his party won 159 of parliament's 225 seats in the vote."
    sentence = Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)
    found = figures(sentence, Candidate(sentence, 1, 0.5, 0.5, 0.5), make_stemmer())
    assert [(f.value, _figure_role(f)) for f in found if f.unit == "seats"] == [(225.0, "whole")]


def test_two_ceilings_of_different_sizes_are_a_dispute(tmp_path: Path) -> None:
    """ "as much as 200,000 barrels a day" and "up to 400,000 barrels a day" of one peak's
    theft: two estimates of its size, unlike two floors (`_within_bound`)."""
    first = "At the 2022 peak, thieves were siphoning off as much as 200,000 barrels a day."
    second = "At the 2022 peak, thieves were siphoning off up to 400,000 barrels a day."
    found = _dated_disputes(
        tmp_path, first, second, "Velmora oil theft barrels", ("March 3, 2024", "March 9, 2024")
    )
    assert len(found) == 1


def test_an_estimates_high_end_keeps_no_estimate_below_it(tmp_path: Path) -> None:
    """ "…put the cost to the economy at as much as 4.5 billion euros" and "roughly 1.6
    billion euros": two estimates of one cost (a dispute a cold read missed). "Up to" is a
    limit, which a smaller figure keeps."""
    first = "Velmora's grid operator put the cost of the outage at roughly 1.6 billion euros."
    second = "Velmora's grid operator put the cost of the outage at as much as 4.5 billion euros."
    limit = "Velmora's grid operator put the cost of the outage at up to 4.5 billion euros."
    dates = ("March 3, 2024", "March 9, 2024")
    query = "Velmora outage cost euros"
    assert len(_dated_disputes(tmp_path / "a", first, second, query, dates)) == 1
    assert _dated_disputes(tmp_path / "b", first, limit, query, dates) == []


def test_an_act_told_in_the_present_perfect_is_no_running_count(tmp_path: Path) -> None:
    """ "BMW has cancelled a … order worth 2 billion euros" (June) and "the loss … of the
    2.5-billion-euro BMW contract" (months later) are one order told two ways: a dispute a
    cold read missed, taken for a count that grew (and "BMW", opening the sentence, for no
    name)."""
    first = "BMW has cancelled a battery cell order worth 2 billion euros from Velmora Cells."
    second = "The loss in June of the 2.5-billion-euro BMW order changed the mood in Velmora."
    dates = ("June 20, 2024", "November 9, 2024")
    found = _dated_disputes(tmp_path, first, second, "Velmora Cells BMW order", dates)
    assert found == ["2 billion euros / 2.5-billion-euro"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The harbour board met on Monday and doubled its fees.", "2025-05-12"),
        # a day the words do not pin to the report's week (a cold read: a feature's scene
        # of 28 April dated May 12, the Monday before the feature)
        ("At 12:33 on a warm Monday, the harbour lights flickered and died.", None),
        ("One Friday in March the harbour closed without warning.", None),
        ("That Tuesday the harbour board said it had closed the port.", None),
        # an act done on the day, whatever the sentence goes on to report of the future
        # (a wire's "Russia on Monday pulled out of …, saying the deal would not be
        # renewed…" had no date, and the withdrawal no chronology row: a cold read)
        (
            "The harbour board on Monday pulled out of the deal, saying it would not be renewed.",
            "2025-05-12",
        ),
        ("The harbour board will meet on Monday to decide the fees.", None),
        ("The harbour board said on Monday it would double its fees.", None),
        # the act reported on the day ("…said on Sunday it had seized a cargo ship …, and
        # warned that more vessels … would be targeted": a wire's lede, undated before)
        (
            "The harbour rebels said on Monday they had seized a tanker, and warned that more "
            "ships would be targeted.",
            "2025-05-12",
        ),
    ],
)
def test_a_weekday_dates_only_a_day_of_the_reports_week(text: str, date: str | None) -> None:
    from briefkit.analysis.findings import weekday_date

    assert weekday_date(text, "2025-05-18") == date


@pytest.mark.parametrize(
    ("told", "row"),
    [
        (
            "makes a delta water treaty unlikely, and the October 2023 walkout from the river talks "
            "has set a precedent",
            False,
        ),
        (
            "set a precedent when both sides walked out of the river water talks in October 2023",
            True,
        ),
    ],
)
def test_a_likelihood_judged_now_is_no_event(tmp_path: Path, told: str, row: bool) -> None:
    """A cold read: "October 2024 | President Trump's public opposition to port automation
    makes federal intervention … unlikely during his term, and the October 2024 refusal …
    has set a precedent…" had been a chronology row, a December 2025 judgement."""
    dates = _dates_with(tmp_path, f"The delta governments' quarrel over river water {told}.")
    assert ("2023-10" in dates) is row


@pytest.mark.parametrize(
    ("first", "second", "matter"),
    [
        (
            "Gasgrid and Elering have put the repair bill at around 40 million euros.",
            "The repair bill, put at roughly 35 million euros, will be split.",
            "repair bill",
        ),
        (
            "Exports to China fell to 1.7 billion euros in 2024.",
            "The bloc's exports to China were roughly 1.5 billion euros.",
            "Exports to China",  # as the first passage writes it
        ),
        # figures, units, number words and a verb's forms name no matter
        ("Five voted against and 12 abstained.", "Five voted against, eleven abstained.", ""),
        ("Output began in 2024, ExxonMobil's plan said.", "Output began in 2027.", "Output"),
        ("The plant cancelled 2 billion euros.", "Others cancelled 2.5 billion euros.", ""),
        # a name of capitals names the thing, not the place it lies beside (`seabed`'s
        # row had been "Hawaii")
        (
            "The field is the Kelby Basin Zone (KBZ), a plain of about 4.5 million square "
            "kilometres between Hawaii and Mexico.",
            "The KBZ stretches for roughly 6 million square kilometres between Hawaii and Mexico.",
            "KBZ",
        ),
        # no piece of a longer name (`drc`'s row had been labelled "North", of "North
        # Kivu" against "North and South Kivu's")
        (
            "About 4,000 soldiers were deployed in North Kelby alongside the rebels.",
            "The rebels hold North and South Kelby's highlands with 7,000 soldiers.",
            "rebels",  # not "North"
        ),
        (
            "Repairs to the Sella Dam will cost around 40 million euros, the ministry said.",
            "The ministry puts repairs to the Sella Dam at roughly 35 million euros.",
            "Sella Dam",  # not "Repairs to the Sella"
        ),
    ],
)
def test_the_matter_two_figures_measure_is_named_in_the_words_both_use(
    first: str, second: str, matter: str
) -> None:
    """Two cold readers found the "Where sources differ" table's Matter cell holding the
    figures alone ("around 40 million euros / roughly 35 million euros")."""
    from briefkit.analysis.findings import matter_named

    assert matter_named(first, second) == matter


@pytest.mark.parametrize(
    ("second", "paired"),
    [
        ("A return to the Velmora bond market requires country risk below 700 points.", 0),
        ("Velmora country risk stood at about 700 points in the week to Friday.", 1),
    ],
)
def test_a_level_a_thing_needs_is_no_dispute_with_a_level_told(
    tmp_path: Path, second: str, paired: int
) -> None:
    """ "That requires country risk well below 700 basis points" against "Country risk …
    had surged above 1,400 basis points": a level needed and a level reached (a cold
    read's sham row)."""
    first = "Velmora country risk surged to about 1,400 points in the week to Friday."
    query = "Velmora country risk points"
    assert _disputes(tmp_path, first, second, query) == paired


def test_an_article_s_opening_event_told_to_the_day_bids_higher_for_a_row() -> None:
    """ "Russia on Monday pulled out of the Black Sea Grain Initiative…" (a wire's first
    sentence) had lost its chronology row to dated judgements of higher score (a cold
    read): an article's opening event, told to the day, weighs LEDE_EVENT times its score."""
    from briefkit.analysis.candidates import Candidate, Proposals
    from briefkit.analysis.findings import LEDE_EVENT, event_weight
    from briefkit.corpus import Sentence

    text = "The harbour board on Monday closed the port to grain ships."

    def weight(paragraph: int, index: int, date: str | None, entry: bool = False) -> float:
        sentence = Sentence(
            f"a:p{paragraph}:s{index}",
            "a",
            text,
            text,
            paragraph,
            index,
            0.1,
            told_date=date if entry else None,
        )
        proposals = Proposals({}, (2025, 2025), dates={sentence.id: (text, date)})
        return event_weight(Candidate(sentence, 2.0, 0.5, 0.5, 0.5), proposals)

    assert weight(2, 1, "2025-05-12") == 2.0 * LEDE_EVENT
    assert weight(5, 1, "2025-05-12") == 2.0  # further into the article
    assert weight(2, 2, "2025-05-12") == 2.0  # not its paragraph's first sentence
    assert weight(2, 1, "2025-05") == 2.0  # told to the month: no day's news
    # a timeline's first entry ("15 March 2024 — Rengo's first tally…") opens no article:
    # in a cold read of `boj` it had taken the month of the bank's exit from its row
    assert weight(2, 1, "2025-05-12", entry=True) == 2.0


@pytest.mark.parametrize(
    ("dates", "paired"),
    [
        # a target moved as the years went by
        (("November 3, 2021", "June 9, 2025"), False),
        # two sources of one year give two dates for it: a dispute
        (("March 3, 2025", "June 9, 2025"), True),
    ],
)
def test_a_target_year_moved_between_sources_of_other_years_is_no_dispute(
    tmp_path: Path, dates: tuple[str, str], paired: bool
) -> None:
    """ "TMC has told shareholders it hopes to be producing nodules by 2024" (2021) against
    "TMC says it expects to be producing by 2027" (2025) was a row of "Where sources
    differ" (a cold read: a target that slipped is no dispute)."""
    write(
        tmp_path / "a.txt",
        f"One\n\n{dates[0]}\n\nKHM has told shareholders it hopes to be "
        "producing nodules by 2026.\n",
    )
    write(
        tmp_path / "b.txt",
        f"Two\n\n{dates[1]}\n\nKHM says it expects to be producing by 2028 under a US permit.\n",
    )
    corpus = padded(tmp_path)
    years = {d.id: d.year for d in corpus.documents}
    found = figure_disagreements(
        propose(corpus, "KHM nodules production permit"), 5, source_years=years
    )
    assert bool(found) is paired


def test_values_told_now_leave_out_earlier_values_and_years() -> None:
    from briefkit.analysis.findings import values_told_now

    text = "Premiums roughly doubled to about 1 percent in 2025 from around 0.5 percent."
    assert values_told_now(text) == {(1.0, "percent")}
    assert values_told_now("Exports rose to $3.5 billion, up from $2 billion.") == {(3.5e9, "$")}
    assert values_told_now("No figure here.") == frozenset()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the date of a thing the sentence names, its own event's month told without a
        # year ("…resumed when the January 2025 truce collapsed in March": a cold read's
        # chronology row of January 2025)
        ("The strikers returned when the January 2025 harbour truce collapsed in March.", None),
        ("The harbour board signed the March 2024 deal in Arlo.", "2024-03"),
    ],
)
def test_a_things_date_is_not_its_events_when_a_later_month_is_told(
    text: str, date: str | None
) -> None:
    from briefkit.analysis.findings import event_date
    from briefkit.corpus import Sentence

    assert event_date(Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5)) == date


def test_a_count_told_of_the_world_disputes_one_told_of_no_narrower_party(
    tmp_path: Path,
) -> None:
    """ "some 20 million waste pickers worldwide" against "roughly 15 million waste
    pickers": neither is one party's count, so the two disagree (a cold read of `plastics`
    found the pair missing from "Where sources differ"); a count that names a party it may
    be told of (a regulator, a country) is another scope and stays apart."""
    query = "waste pickers collectors recycling count"
    worldwide = "Recycling rests on some 20 million waste pickers working worldwide without pay."
    unscoped = "Recycling rests on roughly 15 million waste pickers working without pay."
    scoped = "Recycling rests on roughly 15 million Kelby waste pickers working without pay."
    assert _disputes(tmp_path / "a", worldwide, unscoped, query) == 1
    assert _disputes(tmp_path / "b", worldwide, scoped, query) == 0


def test_a_count_of_one_states_troops_is_one_measure_however_named(tmp_path: Path) -> None:
    """ "between 3,000 and 4,000 Malawi Defence Force (MDF) soldiers" counts soldiers (the
    short form after the name had left it no unit) and, like "6,000 to 7,000 Malawian
    soldiers", counts that state's: one measure, though the state is named everywhere and
    the names beside the two differ ("Lake Chilwa", "Zomba"). A cold read of `drc` found
    the UN experts' count and a later estimate in no row."""
    stemmer = make_stemmer()
    named = "Experts say 3,000 to 4,000 Malawi Defence Force (MDF) soldiers were deployed."
    found = figures(SimpleNamespace(quote=named, text=named), None, stemmer)
    assert {f.unit for f in found} == {"troops"}
    query = "Malawian soldiers deployed with the rebels"
    told_by_all = (  # the state named in most passages: no name of one matter
        "Malawi has denied sending soldiers to support the rebels in the highlands.\n\n"
        "Malawi says the rebel soldiers are a matter for the government to settle.",
        "Malawi rejects the charge that its army fights beside the rebels.\n\n"
        "Malawi wants the talks on the rebels moved to a neutral capital.",
    )
    first = (
        "Experts estimate that between 3,000 and 4,000 Malawi Defence Force (MDF) "
        "soldiers were deployed near Lake Chilwa alongside the rebels."
    )
    second = (
        "The rebels administer the Zomba highlands, supported by an estimated 6,000 to "
        "7,000 Malawian soldiers, while the army holds the periphery."
    )
    pair = (first, second)
    assert _disputes_among(tmp_path / "a", pair, told_by_all, query) == 1
    # another state's soldiers are another count
    other = (first, second.replace("Malawian", "Zambian"))
    assert _disputes_among(tmp_path / "b", other, told_by_all, query) == 0


def _disputes_among(
    folder: Path,
    pair: tuple[str, str],
    told_by_all: tuple[str, str],
    query: str,
    dates: tuple[str, str] = ("March 3, 2024", "May 9, 2024"),
) -> int:
    """How many figure disagreements two sources give, each of its figure's sentence and
    of paragraphs naming what every passage names (so no name of it is rare)."""
    for name, title, date, sentence, rest in zip(
        ("a.txt", "b.txt"), ("One", "Two"), dates, pair, told_by_all, strict=True
    ):
        write(folder / name, f"{title}\n\n{date}\n\n{sentence}\n\n{rest}\n")
    return len(figure_disagreements(propose(padded(folder), query), 5))


def test_death_tolls_of_one_place_and_month_are_one_measure(tmp_path: Path) -> None:
    """ "nearly 3,000 people had been killed in the fighting for Goma in late January" and
    "more than 7,000 people were killed between January and late February, most of them
    in and around Goma": a known disagreement of `drc`, missed because the place, named
    everywhere, stood apart from the figures. A toll of another month is another's."""
    query = "people killed in the fighting for Kelby"
    told_by_all = (
        "Kelby has been the centre of the war since the rebels crossed the river.\n\n"
        "Kelby's hospitals are full and the airport is closed to aid flights.",
        "The Velorian rebels say they will hold Kelby until a political settlement.\n\n"
        "Aid agencies in Kelby warn of cholera in the crowded camps.",
    )
    first = (
        "In Geneva, the human rights office said on Friday that nearly 3,000 people had "
        "been killed in the fighting for Kelby in late January, citing the bodies buried."
    )
    second = (
        "The Velorian government estimates that more than 7,000 people were killed between "
        "January and late February in and around Kelby."
    )
    dates = ("February 14, 2025", "March 24, 2025")
    assert _disputes_among(tmp_path / "a", (first, second), told_by_all, query, dates) == 1
    later = (first, second.replace("January", "October"))
    assert _disputes_among(tmp_path / "b", later, told_by_all, query, dates) == 0


def test_a_month_shortened_is_no_name() -> None:
    """ "…the fiscal year starting Oct. 1…": a dateline's month, no name a passage tells
    (it had set two counts of one drought's cost apart as naming different things)."""
    from briefkit.analysis.findings import _names_in

    text = "The ACP said revenue in the year starting Oct. 1 would fall by about $200 million."
    assert _names_in(text) == {"ACP"}


def test_a_loss_put_nearer_another_figure_is_one_sum(tmp_path: Path) -> None:
    """ "Our own estimate puts direct losses nearer $5.6 billion…" (of 2025) is a loss, as
    "…estimated total direct losses of about $10.4 billion…" (of 2023) is, and what one
    strike cost told in two years is one sum: `uaw`'s known dispute, kept apart by the two
    roles and then by the years."""
    query = "direct losses of the harbour strike"
    first = (
        "Kelby Economic Group, which tracked the harbour strike's cost week by week, "
        "estimated total direct losses of about $10.4 billion across shippers and workers."
    )
    second = (
        "Our own estimate puts direct losses nearer $5.6 billion once cargo recovered "
        "through overtime in the following weeks is netted out."
    )
    found = _disputes(tmp_path / "a", first, second, query, ("November 2, 2023", "May 9, 2025"))
    assert found == 1


def test_a_sentence_opening_on_its_source_names_no_subject_apart(tmp_path: Path) -> None:
    """ "EPA estimates that the rule will cost water systems about $1.5 billion a year…"
    opens on who gives the figure, not on what it measures: against a study naming its
    commissioners ("…concluded that meeting the standards would cost more than $3.8
    billion a year"), the names in common are no test (`pfas`)."""
    query = "annual cost of the harbour dredging rule"
    first = (
        "KHA estimates that the harbour dredging rule will cost shippers about $1.5 billion "
        "a year to implement."
    )
    second = (
        "A study commissioned by the Varn Shipping Association from the consultancy Ostra "
        "Partners concluded that the harbour dredging rule would cost shippers about $1.9 "
        "billion a year to implement."
    )
    assert _disputes(tmp_path / "a", first, second, query) == 1
