from __future__ import annotations

import pytest

from briefkit.dates import (
    date_from_url,
    human_date,
    latest_year,
    parse_date,
    parse_date_value,
    yearless_month,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("October 26, 2021", "2021-10-26"),
        ("by Someone - January 9, 2023", "2023-01-09"),
        ("26 October 2021", "2021-10-26"),
        ("Sept. 3, 2020", "2020-09-03"),
        ("published 2024-02-29", "2024-02-29"),
        ("March 2019", "2019-03"),
        ("no date here", None),
        ("February 30, 2021", None),
        # the dotted form, day first
        ("Published: 04.02.2025 11:47 | Updated: 04.02.2025 14:10", "2025-02-04"),
        ("31.12.2024", "2024-12-31"),
        ("13.13.2024", None),
        ("version 1.2.2025.3", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_other_sources_of_dates() -> None:
    assert date_from_url("https://x.org/2021/10/26/slug") == "2021-10-26"
    assert date_from_url("https://x.org/news/slug") is None
    assert parse_date_value(2020) == "2020"
    assert parse_date_value("2020") == "2020"
    assert latest_year("in 1996 and again in 2021, and 3000", not_after=2026) == 2021


def test_human_date() -> None:
    assert human_date("2021-10-26") == "October 26, 2021"
    assert human_date("2021-05") == "May 2021"
    assert human_date("2021") == "2021"
    assert human_date(None) is None


def test_the_year_of_a_weekday_is_the_one_year_that_fits() -> None:
    from briefkit.dates import year_of_weekday

    assert year_of_weekday(12, 19, "Thursday", [2022, 2023, 2024]) == 2024
    assert year_of_weekday(12, 19, "Friday", [2022, 2023, 2024]) is None  # none fits
    assert year_of_weekday(2, 29, "Thursday", [2023, 2024]) == 2024  # no Feb 29 in 2023
    assert year_of_weekday(1, 1, "Monday", [2018, 2024]) is None  # two fit: no guess


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        ("The bank raised its rate in January.", "2025-02-10", "2025-01"),
        ("The bank broke off talks with the union in early August.", "2024-12-10", "2024-08"),
        ("The bank will raise its rate in January.", "2025-02-10", None),
        ("They opposed the levy proposed in December by the board.", "2024-01-12", None),
        # a long place between the act and its month (a cold read: "China (November 2025)
        # | … met Chinese President Xi Jinping on the sidelines of the … summit in Tianjin
        # in August, where Xi said…")
        (
            "Min Aung Hlaing met President Xi Jinping on the sidelines of the Shanghai "
            "Cooperation Organisation summit in Tianjin in August, where Xi spoke.",
            "2025-11-20",
            "2025-08",
        ),
    ],
)
def test_the_month_of_a_past_act_dates_a_position(
    text: str, published: str, month: str | None
) -> None:
    """A cold read: "Mali (December 2024) | Mali, and then Niger, broke off diplomatic
    relations with Ukraine in early August…" dated the act by its article."""
    assert yearless_month(text, published, acts=True) == month


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        ("On 24 January the bank raised its rate.", "2025-02-10", "2025-01"),
        ("On 19 December the bank held its rate.", "2025-01-24", "2024-12"),
        ("On March 3 the strike began.", "2025-03", "2025-03"),
        ("On 24 January 2025 the bank raised its rate.", "2025-02-10", None),  # a year told
        ("On 24 January the bank raised it, as in 2007.", "2025-02-10", None),
        ("In 2024, on 24 January, the bank raised it.", "2025-02-10", None),
        # a year a clause or more past the day is another date's
        (
            "On 21 March, soldiers raised the flag over the palace in central Khartoum, the"
            " seat of power the rebels had held since the first days of the war in April 2023.",
            "2025-04-16",
            "2025-03",
        ),
        # a year in a sentence quoted after the day's does not date it
        (
            "On March 1 a vessel entered the zone. Analysts cited the 2024 law.",
            "2025-05-26",
            "2025-03",
        ),
        ("The bank raised its rate in January.", "2025-02-10", None),  # no day
        # the month a statement was made ("said in March" in a May article)
        (
            "The chamber said in March that undertakings remained the best way.",
            "2025-05-23",
            "2025-03",
        ),
        ("The chamber said in November that talks had stalled.", "2025-05-23", "2024-11"),
        ("The chamber said in March 2024 that talks had stalled.", "2025-05-23", None),
        # told to someone in a month (a chief executive's remark under its source's month)
        ("The chief told investors in November that it was stronger.", "2025-03-10", "2024-11"),
        ("The chief told reporters in Brussels that it was stronger.", "2025-03-10", None),
        # a sentence set in a month it names without its year, of what was done then
        (
            "In late September, the senior staff association called a nationwide strike.",
            "2025-12-02",
            "2025-09",
        ),
        ("In March, the two basins sent the agency rival proposals.", "2024-06-01", "2024-03"),
        ("In March, the board will vote on the proposals.", "2025-01-10", None),
        ("In March 2023, the two basins sent rival proposals.", "2024-06-01", None),
        # a request made in a month, before a day the sentence names of something else
        (
            "Guyana asked in March for the measures to be tightened after Caracas scheduled "
            "elections for a governor on May 25.",
            "2025-05-10",
            "2025-03",
        ),
        # after a common noun "announced" is its participle: the coalition's month, no one's
        # statement
        ("They are apart from the coalition announced in December.", "2024-01-12", None),
        ("Sunak announced in December that ships would be escorted.", "2024-01-12", "2023-12"),
        ("They opposed the levy proposed in December by the board.", "2024-01-12", None),
        # a day still to come is on or after the source's month
        (
            "When negotiators reconvene in Geneva on August 5, attention will fall on Riyadh.",
            "2025-07-20",
            "2025-08",
        ),
        ("The board is due to meet on 3 February.", "2025-11-02", "2026-02"),
        # the day a delay runs to is after the act
        (
            "Hours later he signed an order delaying enforcement, this time to 16 December.",
            "2025-09-16",
            "2025-12",
        ),
        ("The ministry extended the deadline until 3 March.", "2025-11-02", "2026-03"),
        # a day looked ahead to (a cold read: "…what follows February 7" read February 2025)
        (
            "The council and the prime minister are negotiating over what follows February 7.",
            "2025-11-20",
            "2026-02",
        ),
        ("The mandate expires on 7 February.", "2025-11-20", "2026-02"),
        ("Fighting went on until 16 December.", "2025-09-16", "2024-12"),
        # a day of next month, told without a past, is the one ahead (December 2023 in
        # a late-November 2023 article, not a December eleven months gone)
        ("The presidency wants a deal at the trilogue on 6 December.", "2023-11-24", "2023-12"),
        ("Leaders meet in Brussels on 14 January.", "2025-12-20", "2026-01"),
        ("Talks collapsed on 6 December.", "2023-11-24", "2022-12"),
        ("The vote was held on 6 December.", "2023-11-24", "2022-12"),
        ("The vote is planned for 6 December.", "2023-11-24", "2023-12"),
        # two months on is too far to guess
        ("The presidency wants a deal on 6 January.", "2023-11-24", "2023-01"),
        # a statement made on its writer's weekday: the day it names is what it is about
        (
            "The government said on Tuesday that the report showed the 28 April blackout "
            "started in Spain.",
            "2025-10-08",
            None,
        ),
        ("On 28 April the grid collapsed, officials said.", "2025-10-08", "2025-04"),
        (
            "The panel published its report on the 28 April blackout on Friday.",
            "2025-10-08",
            None,
        ),
        ("On Monday 28 April the grid collapsed.", "2025-10-08", "2025-04"),
        ("On 24 January the bank raised its rate.", None, None),
        ("On 24 January the bank raised its rate.", "2025", None),
    ],
)
def test_the_month_of_a_day_told_without_its_year(
    text: str, published: str | None, month: str | None
) -> None:
    assert yearless_month(text, published) == month


@pytest.mark.parametrize(
    ("text", "writers"),
    [
        ("The defining event of the year was the harbour board's exit.", True),
        ("By the end of the year, the harbour fund had closed.", True),
        ("Harbour profit for the year to March rose by a tenth.", False),
        ("The busiest week of the year before the strike was in May.", False),
        ("The harbour reopened in 2024.", False),
        # months before when? (a cold read of the example)
        ("In recent months the harbour union has grown.", True),
        ("Over the past few weeks the harbour has filled.", True),
    ],
)
def test_the_year_told_from_the_writers_day(text: str, writers: bool) -> None:
    """A cold read: "The defining event of the year was the United States' exit." of
    December 2025 was read, a year on, as of the note's own year."""
    from briefkit.dates import WRITERS_DAY

    assert bool(WRITERS_DAY.search(text)) is writers
