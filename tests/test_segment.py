"""Sentence splitting: datelines and section numbers are not part of a sentence."""

from __future__ import annotations

import pytest

from briefkit.mapped import MappedText
from briefkit.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("WASHINGTON (GWS) — The harbour closed on Monday.", "The harbour closed on Monday."),
        ("KANDI, Benin - Twenty-eight soldiers were killed.", "Twenty-eight soldiers were killed."),
        (
            "NEW DELHI, July 20, 2023 (Global Markets Wire) - India banned rice exports.",
            "India banned rice exports.",
        ),
        ("LONDON, Feb 20 - Police took down the gang.", "Police took down the gang."),
        # a country's name of several words (a cold read found the dateline quoted)
        (
            "GOMA, Democratic Republic of Congo, Dec 21 (Wire) — The force left Goma.",
            "The force left Goma.",
        ),
        # capitals with an accent ("ADRÉ — The lorries start lining up before dawn.")
        ("ADRÉ — The lorries start lining up.", "The lorries start lining up."),
        ("BOGOTÁ, March 3 (Wire) - Colombia said no.", "Colombia said no."),
        ("BAMAKO/DAKAR, April 5 (CPA) - Soldiers killed civilians.", "Soldiers killed civilians."),
        ("The port - which is old - closed in May.", "The port - which is old - closed in May."),
        (
            "Lagos - Nigeria's marketers are bracing for a fight.",
            "Nigeria's marketers are bracing for a fight.",
        ),
        ("Port Harcourt — Output rose in May.", "Output rose in May."),
        ("Abuja, Nigeria - The senate passed the bill.", "The senate passed the bill."),
        (
            "Nigeria - the largest producer - cut output.",
            "Nigeria - the largest producer - cut output.",
        ),
        # a date as the dateline ("Jan 9, 2025 - The International Longshoremen's…")
        ("Jan 9, 2025 - The union reached a deal.", "The union reached a deal."),
        ("9 January 2025 — The union reached a deal.", "The union reached a deal."),
    ],
)
def test_a_dateline_is_not_part_of_the_first_sentence(text: str, first: str) -> None:
    sentences = [p.text for p in split_sentences(MappedText.of(text, 0, len(text)))]
    assert first in sentences, sentences


def test_a_title_case_dateline_is_cut_only_where_a_paragraph_opens() -> None:
    text = "Talks stalled in May. Russia - Ukraine talks resumed in June."
    sentences = [p.text for p in split_sentences(MappedText.of(text, 0, len(text)))]
    assert sentences == ["Talks stalled in May.", "Russia - Ukraine talks resumed in June."]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("A: More than most people imagine.", "More than most people imagine."),
        ("Answer: The fund was never set up.", "The fund was never set up."),
        ("A: “We will not pay,” the minister said.", "“We will not pay,” the minister said."),
        ("A quarter of the fleet sailed.", "A quarter of the fleet sailed."),
    ],
)
def test_a_q_and_a_answer_label_is_not_part_of_the_sentence(text: str, first: str) -> None:
    sentences = [p.text for p in split_sentences(MappedText.of(text, 0, len(text)))]
    assert sentences[0] == first, sentences


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Business organisations: The confederation said the aid was a good start.",
            "The confederation said the aid was a good start.",
        ),
        ("Municipalities: Mayors welcomed the funding.", "Mayors welcomed the funding."),
        # no group's label: a case, a verdict, a heading's words in the singular
        ("Base case: The corridor keeps operating.", "Base case: The corridor keeps operating."),
        ("Our view: Nigeria is closer than ever.", "Our view: Nigeria is closer than ever."),
        ("Mayors said: They will not wait.", "Mayors said: They will not wait."),
    ],
)
def test_a_groups_label_opening_a_paragraph_is_not_part_of_the_sentence(
    text: str, first: str
) -> None:
    """A cold read: "Municipalities: Mayors from l'Horta Sud welcomed…" quoted, label and
    all, in a row of positions."""
    sentences = [p.text for p in split_sentences(MappedText.of(text, 0, len(text)))]
    assert sentences[0] == first, sentences


def test_a_date_opening_a_block_dates_each_of_its_sentences() -> None:
    """A timeline's entry ("19 March 2024 — The BOJ ends negative rates…") keeps the date it
    is printed under, though the date is no part of the quote: the entry had been dated by
    its article, a year and a half later."""
    from briefkit.segment import split_told

    text = "19 March 2024 — The BOJ ends negative rates. It is the first hike in 17 years."
    told = split_told(MappedText.of(text, 0, len(text)))
    assert [(t.piece.text, t.told_date) for t in told] == [
        ("The BOJ ends negative rates.", "2024-03-19"),
        ("It is the first hike in 17 years.", "2024-03-19"),
    ]
    month = "September 2025 - The EPA asks the court to vacate the rule."
    assert [
        (t.piece.text, t.told_date) for t in split_told(MappedText.of(month, 0, len(month)))
    ] == [("The EPA asks the court to vacate the rule.", "2025-09")]
    for plain in ("WASHINGTON (GWS) — The harbour closed.", "The port closed on 19 March 2024."):
        assert {t.told_date for t in split_told(MappedText.of(plain, 0, len(plain)))} == {None}


def test_a_timelines_entry_without_its_year_takes_the_timelines() -> None:
    """ "Oct. 25 - Ford and the UAW reach a tentative agreement…", in an article of
    September 2025 on a strike of 2023, had been quoted with its date and labelled as of
    September 2025 (a cold read): after "Sept. 15, 2023 - …" it is of 2023, and of the next
    year where its month comes earlier. Without an entry that gave a year, it is as it was."""
    from briefkit.segment import split_told

    def told(text: str, timeline: str | None) -> list[tuple[str, str | None]]:
        return [
            (t.piece.text, t.told_date)
            for t in split_told(MappedText.of(text, 0, len(text)), timeline)
        ]

    entry = "Oct. 25 - The harbour board reaches a deal."
    assert told(entry, "2023-09-15") == [("The harbour board reaches a deal.", "2023-10-25")]
    assert told("Jan. 4 - The strike ends.", "2023-10-25") == [("The strike ends.", "2024-01-04")]
    assert told(entry, None) == [(entry, None)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "18 March 2023: Deal extended; Russia says for 60 days, Ukraine for 120.",
            ["18 March 2023: Deal extended; Russia says for 60 days, Ukraine for 120."],
        ),
        (
            "Alpha rose; Beta fell; Gamma held. Delta moved.",
            ["Alpha rose; Beta fell; Gamma held.", "Delta moved."],
        ),
        ("Spare pipe held in the region;", ["Spare pipe held in the region;"]),
    ],
)
def test_a_semicolon_ends_a_clause_not_a_sentence(text: str, sentences: list[str]) -> None:
    found = [s.text for s in split_sentences(MappedText.of(text, 0, len(text)))]
    assert found == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Arizona Gov. Katie Hobbs said her state was ready. Rep. Ann Lee agreed.",
            ["Arizona Gov. Katie Hobbs said her state was ready.", "Rep. Ann Lee agreed."],
        ),
        (
            "The board met Lt. Gen. Mark Ross on Monday. It said no.",
            ["The board met Lt. Gen. Mark Ross on Monday.", "It said no."],
        ),
        # an abbreviation that may close a sentence still does ("Inc.")
        (
            "The buyer was Acme Inc. The seller was Zenith.",
            ["The buyer was Acme Inc.", "The seller was Zenith."],
        ),
    ],
)
def test_a_title_before_a_name_does_not_end_a_sentence(text: str, sentences: list[str]) -> None:
    found = [s.text for s in split_sentences(MappedText.of(text, 0, len(text)))]
    assert found == sentences
