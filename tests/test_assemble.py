"""Section order and date labels, on hand-made candidates."""

from __future__ import annotations

import dataclasses

import pytest

from briefkit.analysis.candidates import Candidate
from briefkit.assemble import _layout_order, source_range
from briefkit.corpus import Document, Paragraph, Sentence, SourceMeta
from briefkit.layout import SectionLayout


def _document(source: str, date: str | None) -> Document:
    return Document(source, f"{source}.txt", "0" * 64, SourceMeta(date=date), "", ())


def _stance(source: str, text: str, actor: str) -> Candidate:
    """A passage of `source` given as `actor`'s position."""
    sentence = Sentence(f"{source}:p1:s1", source, text, text, 1, 1, 0.5)
    return dataclasses.replace(Candidate(sentence, 1.0, 0.5, 0.5, 0.5), actor=actor)


def _candidate(source: str, index: int) -> Candidate:
    text = f"Passage {index} of {source} says what comes next."
    sentence = Sentence(f"{source}:p1:s{index}", source, text, text, 1, index, 0.5)
    return Candidate(sentence, 1.0, 0.5, 0.5, 0.5)


CORPUS = {
    "june": _document("june", "2025-06-18"),
    "may": _document("may", "2025-05-14"),
    "old": _document("old", "2022-11-14"),
}
PICKS = [_candidate("june", 1), _candidate("may", 2), _candidate("june", 3), _candidate("old", 4)]


def test_newest_first_goes_by_the_whole_date_not_the_year() -> None:
    """By the year alone June, May and June of one year had stood in the order chosen."""
    layout = SectionLayout(id="outlook", title="Outlook", order="newest", date_labels=True)
    ordered = _layout_order(layout, PICKS, CORPUS, {})
    assert [c.sentence.id for c in ordered] == [
        "june:p1:s1",
        "june:p1:s3",
        "may:p1:s2",
        "old:p1:s4",
    ]


def test_a_sources_passages_of_one_date_keep_its_order_past_the_bottom_line() -> None:
    """A scenario's second passage had followed the next scenario ("Scenario 2", "Scenario
    3", "Scenario 2"): in an outlook a source's passages read in its own order, the
    sources as first chosen; a bottom line leads with its best judgement as chosen."""
    picks = [_candidate("june", 3), _candidate("may", 1), _candidate("june", 5)]
    picks += [_candidate("june", 4), _candidate("may", 2)]
    outlook = SectionLayout(id="outlook", title="Outlook", order="newest")
    ordered = _layout_order(outlook, picks, CORPUS, {})
    assert [c.sentence.id for c in ordered] == [
        "june:p1:s3",
        "june:p1:s4",
        "june:p1:s5",
        "may:p1:s1",
        "may:p1:s2",
    ]
    summary = SectionLayout(id="summary", title="Key judgments", order="newest")
    assert [c.sentence.id for c in _layout_order(summary, picks, CORPUS, {})][:3] == [
        "june:p1:s3",
        "june:p1:s5",
        "june:p1:s4",
    ]


def test_chronological_order_goes_by_the_whole_date() -> None:
    layout = SectionLayout(id="background", title="Background", order="chronological")
    ordered = _layout_order(layout, PICKS, CORPUS, {})
    assert [c.sentence.source_id for c in ordered] == ["old", "may", "june", "june"]


def test_a_day_told_without_its_year_takes_its_months_place() -> None:
    """ "July 2023. Japan's controls … took effect on July 23." had followed "October 17,
    2023. …" from the same October source in a note's background: a day told without
    its year stands in its month's place, as its label gives it."""
    from briefkit.corpus import Sentence

    def picked(index: int, text: str) -> Candidate:
        sentence = Sentence(f"june:p1:s{index}", "june", text, text, 1, index, 0.5)
        return Candidate(sentence, 1.0, 0.5, 0.5, 0.5)

    picks = [
        picked(1, "The harbour board raised its fees again on Tuesday."),
        picked(2, "The harbour's new crane rules took effect on March 3."),
        picked(3, "The dock curfew took effect on May 9."),
    ]
    layout = SectionLayout(id="background", title="Background", order="chronological")
    ordered = _layout_order(layout, picks, CORPUS, {})
    assert [c.sentence.id for c in ordered] == ["june:p1:s2", "june:p1:s3", "june:p1:s1"]


def test_an_undated_sources_history_takes_its_years_place() -> None:
    """The example's background had run 1992, 2016, the 1990s, 1979: its undated sources'
    passages were set at their sources' (hinted) years whatever years they tell. Read as
    of the year its events reach, an undated source's "Following the Soviet invasion in
    1979, …" stands in 1979's place and its "in the 1990s" in that decade's."""
    from briefkit.corpus import Sentence

    hinted = Document("hint", "hint.txt", "0" * 64, SourceMeta(), "", (), year_hint=2021)
    corpus = {**CORPUS, "hint": hinted}

    def picked(source: str, index: int, text: str) -> Candidate:
        sentence = Sentence(f"{source}:p1:s{index}", source, text, text, 1, index, 0.5)
        return Candidate(sentence, 1.0, 0.5, 0.5, 0.5)

    picks = [
        picked("hint", 1, "The harbour union backed the dockers in the 1990s."),
        picked("old", 2, "The board approved the plan."),
        picked("hint", 3, "Following the harbour fire in 1979, the dock union emerged."),
    ]
    layout = SectionLayout(id="background", title="Background", order="chronological")
    ordered = _layout_order(layout, picks, corpus, {})
    assert [c.sentence.id for c in ordered] == ["hint:p1:s3", "hint:p1:s1", "old:p1:s2"]


def test_the_intro_spans_the_sources_by_month() -> None:
    """Whole dates cost the budget words the notes already give ("July 18, 2023 to June
    15, 2025"); the intro says the span to the month."""
    span = source_range(list(CORPUS.values()))
    assert span.months == "November 2022 to June 2025"
    assert span.text == "November 14, 2022 to June 18, 2025"
    assert source_range([CORPUS["june"]]).months == "June 2025"
    assert source_range([_document("y", "2024")]).months == "2024"
    assert source_range([_document("u", None)]).months == "undated"


def test_an_undated_source_comes_after_the_dated_ones_in_newest_order() -> None:
    hinted = Document("hint", "hint.txt", "0" * 64, SourceMeta(), "", (), year_hint=2026)
    corpus = {**CORPUS, "hint": hinted}
    layout = SectionLayout(id="outlook", title="Outlook", order="newest", date_labels=True)
    ordered = _layout_order(layout, [_candidate("hint", 9), *PICKS], corpus, {})
    assert ordered[-1].sentence.source_id == "hint"
    assert ordered[0].sentence.source_id == "june"


def test_the_writers_own_voice_is_attributed() -> None:
    """ "Our central case is…" quoted bare reads as the memo's own view: the excerpt is
    led by its writer's name, in full."""
    from briefkit.assemble import _excerpt_inlines, _Notes, speaks_as_writer
    from briefkit.memo import Text

    assert speaks_as_writer("Our central case is that 2026 will look like 2025.")
    assert speaks_as_writer("Few Haitians I know believe there will be elections.")
    assert not speaks_as_writer('"We will never forget that," the minister said.')
    assert not speaks_as_writer("US officials said the talks would resume.")
    # the writer's advice reads as the memo's own, bare
    assert speaks_as_writer("African states should adopt domestic top-up taxes now.")
    assert not speaks_as_writer('"States should adopt the tax now," the minister said.')
    assert not speaks_as_writer("The IMF said Nigeria should adopt the tax now.")
    document = Document(
        "meridian", "m.txt", "0" * 64, SourceMeta(authors=("Ana Lindgren",)), "", ()
    )
    text = "Our central case is that 2026 will look like 2025."
    candidate = Candidate(Sentence("meridian:p1:s1", "meridian", text, text, 1, 1, 0.5), 1, 1, 1, 1)
    inlines = _excerpt_inlines(candidate, _Notes({"meridian": document}), None)
    assert inlines[0] == Text("Ana Lindgren.", bold=True)  # in full: "Lindgren" told nothing


def test_an_opinion_pieces_bullet_is_led_by_its_writer_and_role() -> None:
    """A cold read: "It found that animals have begun to recolonise the disturbed seabed
    after four decades.", a company chief executive's reading of a study in his op-ed,
    had led a minister's note as fact. A bullet of an opinion piece is led by its writer,
    with the role the piece gives them; a run-in excerpt of it is not (the words cost
    recall), nor one of a news report."""
    from briefkit.assemble import _excerpt_inlines, _Notes
    from briefkit.memo import Text

    text = "It found that the harbour's seagrass has begun to grow back after four decades."
    page = (
        "OPINION | Let us dredge the harbour\n\nBy Gerd Halvorsen\n\n"
        f"{text}\n\nGerd Halvorsen is chief executive of Harbour Dredging, which is "
        "listed in Oslo.\n"
    )
    meta = SourceMeta(authors=("Gerd Halvorsen",), publisher="Harbour Ledger")
    opinion = Document("oped", "oped.txt", "0" * 64, meta, page, ())
    report = Document("wire", "wire.txt", "0" * 64, meta, page.replace("OPINION | ", ""), ())
    for document, lead in (
        (opinion, Text("Gerd Halvorsen, chief executive of Harbour Dredging.", bold=True)),
        (report, None),
    ):
        sentence = Sentence(f"{document.id}:p3:s1", document.id, text, text, 3, 1, 0.5)
        notes = _Notes({document.id: document})
        inlines = _excerpt_inlines(Candidate(sentence, 1, 1, 1, 1), notes, None, alone=True)
        assert (inlines[0] if isinstance(inlines[0], Text) else None) == lead
        assert not isinstance(
            _excerpt_inlines(Candidate(sentence, 1, 1, 1, 1), notes, None)[0], Text
        )


OPED_TEXT = "The harbour board argues that a dredging ban would cost the port its trade."
OWN_VOICE = "The harbour board has said it won't fine small ferries like us, but that's a policy."


@pytest.mark.parametrize(
    ("text", "page", "writer", "own_view"),
    [
        # an op-ed: "Semiconductor Industry Association (2024) — Margaret Ellison" had read
        # to a cold reader as the writer's own view, which her op-ed argues against
        (
            OPED_TEXT,
            "OPINION | Let us dredge the harbour\n\nBy Gerd Halvorsen\n\n"
            f"{OPED_TEXT}\n\nGerd Halvorsen is chief executive of Harbour Dredging.\n",
            "Gerd Halvorsen",
            "Gerd Halvorsen, chief executive of Harbour Dredging",
        ),
        # someone's own voice: "Environmental Protection Agency (July 2025) — Marisol Vega.
        # The EPA has said it won't pursue 'passive receivers' like us…" read to a cold
        # reader of `pfas` as the agency's words
        (OWN_VOICE, "", "Ana Lindgren", "Ana Lindgren"),
    ],
)
def test_a_row_of_another_party_says_who_tells_it(
    text: str, page: str, writer: str, own_view: str
) -> None:
    """A position row of another party, from an op-ed or in someone's own voice, names
    the one who tells it; the writer's own view keeps the dash."""
    from briefkit.assemble import _excerpt_inlines, _Notes
    from briefkit.memo import Text

    meta = SourceMeta(authors=(writer,), publisher="Harbour Ledger")
    document = Document("oped", "oped.txt", "0" * 64, meta, page, ())
    sentence = Sentence("oped:p3:s1", "oped", text, text, 3, 1, 0.5)
    notes = _Notes({"oped": document})
    row = Candidate(sentence, 1, 1, 1, 1, actor="Harbour board")
    lead = _excerpt_inlines(row, notes, "Harbour board (2024)", alone=True)[0]
    assert lead == Text(f"Harbour board (2024), as told by {writer}.", bold=True)
    own = _excerpt_inlines(Candidate(sentence, 1, 1, 1, 1), notes, "As of 2024", alone=True)[0]
    assert own == Text(f"As of 2024 — {own_view}.", bold=True)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("We expect the dispute to remain frozen but dangerous in 2026.", "Meridian Advisory."),
        ("Our base case is that the corridor keeps operating under fire.", "Meridian Advisory."),
        ("We must not let the corridor close.", "Ana Lindgren."),
        ("Transits stayed low, which we attribute partly to freight costs.", "Meridian Advisory."),
        ("We rate the risk of closure as high.", "Meridian Advisory."),
        # the publisher's note on what it summarises (a cold read of `kenya` took "Desk
        # note: The modest revenue target reflects political caution…" for the memo's own)
        ("Desk note: The modest target reflects caution after the protests.", "Meridian Advisory."),
    ],
)
def test_a_firms_house_view_is_the_firms(text: str, label: str) -> None:
    """Two cold reads: "**Sophie Achterberg.** We expect the Essequibo dispute to remain
    frozen…", where "we" is her firm. A house view in the first person plural is led by the
    publisher; other first person (an op-ed's "we must…") by the writer."""
    from briefkit.assemble import _excerpt_inlines, _Notes
    from briefkit.memo import Text

    meta = SourceMeta(authors=("Ana Lindgren",), publisher="Meridian Advisory")
    document = Document("meridian", "m.txt", "0" * 64, meta, "", ())
    candidate = Candidate(Sentence("meridian:p1:s1", "meridian", text, text, 1, 1, 0.5), 1, 1, 1, 1)
    inlines = _excerpt_inlines(candidate, _Notes({"meridian": document}), None)
    assert inlines[0] == Text(label, bold=True)


def test_an_interviews_answers_are_given_to_the_one_answering(tmp_path) -> None:
    """ "**Leonard Greaves.** We're designing plants…" had given a utility chief's answer
    to the interviewer: under an interview's questions the first person is the one the
    opening introduces; the interviewer's own opening stays the writer's."""
    from briefkit.assemble import _excerpt_inlines, _Notes
    from briefkit.memo import Text
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.md",
        "# A harbour chief on the dues\n\nBy Leonard Greaves · 15 July 2025\n\n"
        "Marisol Vega has run the Alder Creek Harbour Authority since 2016. We spoke to her "
        "after the board announced new dues in May.\n\n"
        "### How big is your problem?\n\nBigger than I imagined when I took this job.\n\n"
        "### What does it mean for shippers?\n\nWe are designing berths that will run for "
        "thirty years, and our shippers will pay for them.\n",
    )
    document = read_corpus(tmp_path).documents[0]

    def lead(start: str) -> object:
        sentence = next(s for s in document.sentences if s.text.startswith(start))
        inlines = _excerpt_inlines(Candidate(sentence, 1, 1, 1, 1), _Notes({"a": document}), None)
        return inlines[0]

    assert lead("We are designing") == Text("Marisol Vega.", bold=True)
    assert lead("We spoke to her") == Text("Leonard Greaves.", bold=True)


def test_an_excerpt_from_a_much_older_source_carries_its_month() -> None:
    """ "France, Germany and Italy want…" from 2023 in a memo of 2025 sources: its month
    leads it, so its present tense does not read as today's."""
    from briefkit.assemble import _label

    layout = SectionLayout(id="drivers", title="Drivers")
    assert _label(layout, _candidate("old", 1), CORPUS) == "As of 2022"
    december = {**CORPUS, "dec": _document("dec", "2025-12-01")}
    assert _label(layout, _candidate("may", 1), december) == "As of May 2025"
    assert _label(layout, _candidate("may", 1), CORPUS) is None  # a month before the newest


def test_a_position_from_a_much_older_source_carries_its_date_beside_the_actor() -> None:
    """ "Niger, under President Mohamed Bazoum, has agreed to host…" from 2022 in a memo of
    2025 sources had read as Niger's stance today: its actor is "Niger (2022)"."""
    import dataclasses

    from briefkit.assemble import _label

    layout = SectionLayout(id="regional_positions", title="Positions", one_per_actor=True)
    old = dataclasses.replace(_candidate("old", 1), actor="Niger")
    recent = dataclasses.replace(_candidate("june", 1), actor="Mali")
    assert _label(layout, old, CORPUS) == "Niger (2022)"
    assert _label(layout, recent, CORPUS) == "Mali"


def test_a_run_in_paragraph_puts_its_year_labelled_excerpts_last() -> None:
    """After "2022. …" in one paragraph, an excerpt with no label would read as of 2022:
    the current views come first, the dated older ones after them, notes in that order."""
    from briefkit.assemble import _Notes, _section_blocks
    from briefkit.memo import Excerpt, NoteRef, Text

    layout = SectionLayout(id="drivers", title="Drivers", style="run_in")
    picks = [_candidate("old", 1), _candidate("june", 2), _candidate("may", 3)]
    (paragraph,) = _section_blocks(layout, picks, _Notes(CORPUS), CORPUS)
    order = [i.source_id for i in paragraph.inlines if isinstance(i, Excerpt)]
    assert order == ["june", "may", "old"]
    labels = [i.text for i in paragraph.inlines if isinstance(i, Text) and i.bold]
    assert labels == ["As of 2022."]
    assert [i.number for i in paragraph.inlines if isinstance(i, NoteRef)] == [1, 2, 3]


def test_a_run_in_paragraph_puts_an_excerpt_led_by_its_speaker_after_the_unled() -> None:
    """ "**Dr Helena Marsh.** Over the next two years we expect…" had stood before another
    source's sentence in one paragraph, which a cold reader took for hers."""
    from briefkit.assemble import _Notes, _section_blocks
    from briefkit.memo import Excerpt, Text

    corpus = {
        "think": Document(
            "think", "t.txt", "0" * 64, SourceMeta(date="2025-06-02", authors=("Ana Lind",)), "", ()
        ),
        "june": CORPUS["june"],
    }
    text = "Over the next two years we expect attackers to turn to suppliers."
    own = Candidate(Sentence("think:p1:s1", "think", text, text, 1, 1, 0.5), 1, 1, 1, 1)
    layout = SectionLayout(id="outlook", title="Outlook", style="run_in")
    (paragraph,) = _section_blocks(layout, [own, _candidate("june", 2)], _Notes(corpus), corpus)
    order = [i.source_id for i in paragraph.inlines if isinstance(i, Excerpt)]
    assert order == ["june", "think"]
    assert [i.text for i in paragraph.inlines if isinstance(i, Text) and i.bold] == ["Ana Lind."]


def test_a_run_in_paragraph_in_date_order_stays_in_it_and_dates_what_follows() -> None:
    """A one-page note's background in date order had run backwards (November 2025, April
    2025, June 2024): the run-in sort put its unlabelled excerpts first. In date order the
    oldest comes first, and each excerpt after a label carries its own."""
    from briefkit.assemble import _Notes, _section_blocks
    from briefkit.memo import Excerpt, Text

    layout = SectionLayout(
        id="background", title="Background", style="run_in", order="chronological"
    )
    picks = [_candidate("june", 1), _candidate("old", 2), _candidate("may", 3)]
    ordered = _layout_order(layout, picks, CORPUS, {})
    (paragraph,) = _section_blocks(layout, ordered, _Notes(CORPUS), CORPUS)
    order = [i.source_id for i in paragraph.inlines if isinstance(i, Excerpt)]
    assert order == ["old", "may", "june"]
    labels = [i.text for i in paragraph.inlines if isinstance(i, Text) and i.bold]
    assert labels == ["As of 2022.", "As of May 2025.", "As of June 2025."]


def test_an_excerpt_telling_an_earlier_year_dates_itself() -> None:
    """ "In 2009, Microsoft undertook…" from a 2022 source: "2022." before it would read as
    the year of the undertaking."""
    from briefkit.assemble import _label

    layout = SectionLayout(id="background", title="Background")
    text = "In 2009, the harbour board undertook to give rivals the same access."
    sentence = Sentence("old:p1:s9", "old", text, text, 1, 9, 0.5)
    assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), CORPUS) is None
    later = "The harbour board will give rivals the same access from 2026."
    sentence = Sentence("old:p1:s8", "old", later, later, 1, 8, 0.5)
    assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), CORPUS) == "As of 2022"


def test_an_excerpt_telling_time_from_its_writers_day_is_labelled_beside_an_earlier_year() -> None:
    """ "UnitedHealth Group said this month that the 2024 attack … affected 192.7 million
    people" (July 2025) had stood unlabelled, as if the year named dated it: a cold reader
    could not tell which month "this month" was."""
    from briefkit.assemble import _label

    layout = SectionLayout(id="background", title="Background")
    text = "The harbour board said this month that the 2019 tender drew nine bids."
    sentence = Sentence("old:p1:s9", "old", text, text, 1, 9, 0.5)
    assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), CORPUS) is not None
    plain = "The harbour board said that the 2019 tender drew nine bids."
    sentence = Sentence("old:p1:s9", "old", plain, plain, 1, 9, 0.5)
    assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), CORPUS) is None


def test_a_state_held_since_an_earlier_year_is_labelled_with_its_sources_date() -> None:
    """ "Haiti has not held an election since 2016." (March 2024) had stood unlabelled in a
    memo of December 2026, read as true today (a cold read): the year it runs from does
    not date it."""
    from briefkit.assemble import _label

    layout = SectionLayout(id="background", title="Background")
    text = "Tollan has not held an election since 2016."
    sentence = Sentence("old:p1:s9", "old", text, text, 1, 9, 0.5)
    assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), CORPUS) == "As of 2022"
    past = "Tollan held its last election in 2016."
    sentence = Sentence("old:p1:s9", "old", past, past, 1, 9, 0.5)
    assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), CORPUS) is None


def test_an_excerpt_telling_an_earlier_month_of_its_year_dates_itself() -> None:
    """ "On 20 January 2025, President Donald Trump signed…" from a June 2025 source had
    stood under "June 2025." (here: January against November 2022); an excerpt naming a
    later year keeps its source's label."""
    from briefkit.assemble import _label

    layout = SectionLayout(id="background", title="Background")
    text = "On 20 January 2022, the harbour board signed a memorandum on access."
    sentence = Sentence("old:p1:s9", "old", text, text, 1, 9, 0.5)
    assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), CORPUS) is None
    later = "On 20 January 2022 the board signed a memorandum that takes effect in 2026."
    plain = "The board signed a memorandum on access for rivals."
    labels = [
        _label(
            layout,
            Candidate(Sentence("old:p1:s8", "old", t, t, 1, 8, 0.5), 1, 0.5, 0.5, 0.5),
            CORPUS,
        )
        for t in (later, plain)
    ]
    assert labels == ["As of 2022", "As of 2022"]


def test_a_passage_retelling_an_earlier_day_is_led_by_that_days_month() -> None:
    """ "Mazón himself … arrived at around 20:28." in a piece of March 2025 retelling 29
    October had stood under "As of March 2025.", read as the date of the event (a cold
    read): told only in the past after the article names an earlier day, it is led by that
    day's month; a view of the source's day keeps the source's date."""
    from briefkit.assemble import _label

    story = (
        "On 29 October the river rose two metres in an hour. "
        "The mayor, who had been at a lunch, arrived at 20:28. "
        "The mayor says the plan still stands. "
        "The flood ended a drought that began in June 2023 and led to rationing. "
        "The mayor said the warnings came too late."
    )
    documents = {
        **CORPUS,
        "retold": Document(
            "retold", "retold.txt", "0" * 64, SourceMeta(date="2024-11-20"), story, ()
        ),
    }
    layout = SectionLayout(id="background", title="Background")

    def label(index: int, text: str) -> str | None:
        sentence = Sentence(f"retold:p1:s{index}", "retold", text, text, 1, index, 0.5)
        return _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), documents)

    assert label(2, "The mayor, who had been at a lunch, arrived at 20:28.") == "October 2024"
    assert label(3, "The mayor says the plan still stands.") == "As of 2024"
    # a passage naming its own years is not dated by a day named before it (a cold read
    # found "The ratification closes a dispute that began … in June 2024…" under "October
    # 2024.", a day its statement had named in passing)
    from briefkit.assemble import _retold_month

    own = "The flood ended a drought that began in June 2023 and led to rationing."
    retold = documents["retold"]
    assert (
        _retold_month(
            Candidate(Sentence("retold:p1:s4", "retold", own, own, 1, 4, 0.5), 1.0, 0.5, 0.5, 0.5),
            retold,
        )
        is None
    )
    # someone's words reported are of the source's day (a hearing's witness had been
    # labelled by the day of the crash the report retold before him, a cold read)
    said = "The mayor said the warnings came too late."
    assert (
        _retold_month(
            Candidate(
                Sentence("retold:p1:s5", "retold", said, said, 1, 5, 0.5), 1.0, 0.5, 0.5, 0.5
            ),
            retold,
        )
        is None
    )


def test_a_short_first_note_carries_its_sources_month() -> None:
    from briefkit.assemble import dated_note

    assert (
        dated_note("Raman, “UN Security Council Approves.”", "2025-10-01")
        == "Raman, “UN Security Council Approves,” October 2025."
    )
    assert dated_note("Lee, 2021.", "2021-10-26") == "Lee, 2021."
    assert dated_note("Raman, “UN Security Council Approves.”", None).endswith("Approves.”")
    # a title opening on a quotation closes two marks (a cold read of `pfas`)
    assert (
        dated_note("Greaves, “‘Our Customers Are Paying.’”", "2025-07-15")
        == "Greaves, “‘Our Customers Are Paying,’” July 2025."
    )


def test_a_run_in_paragraph_gives_a_label_once_for_its_excerpts() -> None:
    """Two excerpts of one older source (or one scenario) go together after one label:
    the second reads under the first's, and the label's words are not spent twice."""
    from briefkit.assemble import _Notes, _section_blocks
    from briefkit.memo import Excerpt, Text

    layout = SectionLayout(id="drivers", title="Drivers", style="run_in")
    picks = [
        _candidate("old", 1),
        _candidate("june", 2),
        _candidate("may", 3),
        _candidate("old", 4),
    ]
    (paragraph,) = _section_blocks(layout, picks, _Notes(CORPUS), CORPUS)
    order = [i.sentence_id for i in paragraph.inlines if isinstance(i, Excerpt)]
    assert order == ["june:p1:s2", "may:p1:s3", "old:p1:s1", "old:p1:s4"]
    labels = [i.text for i in paragraph.inlines if isinstance(i, Text) and i.bold]
    assert labels == ["As of 2022."]


def test_excerpts_in_a_row_under_one_label_share_a_paragraph() -> None:
    """An outlook's four cases of one scenario had each led with the scenario's name and
    date: in a row under one label, they share one paragraph and the label is given once;
    a label of its own starts a new paragraph."""
    from briefkit.assemble import _Notes, _section_blocks
    from briefkit.memo import Excerpt, Text

    layout = SectionLayout(id="outlook", title="Outlook", date_labels=True)
    picks = [_candidate("june", 1), _candidate("june", 2), _candidate("may", 3)]
    paragraphs = _section_blocks(layout, picks, _Notes(CORPUS), CORPUS)
    assert len(paragraphs) == 2
    first, second = ([i for i in p.inlines if isinstance(i, Excerpt)] for p in paragraphs)
    assert [e.sentence_id for e in first] == ["june:p1:s1", "june:p1:s2"]
    assert [e.sentence_id for e in second] == ["may:p1:s3"]
    labels = [i.text for p in paragraphs for i in p.inlines if isinstance(i, Text) and i.bold]
    assert labels == ["As of June 2025.", "As of May 2025."]


def test_a_label_naming_its_excerpts_speaker_is_not_shared() -> None:
    """ "Undated, events to 2021 — Emomali Rahmon." had led Rahmon's line and two more of
    other sources, read as his (a cold read of the example): the excerpt after a speaker's
    lead-in starts a paragraph of its own, its label given again."""
    from briefkit.assemble import _Notes, _section_blocks
    from briefkit.memo import Text

    article = '"It is over," said Marcus Feld, a partner at Brennan Ashcroft.'
    quote = '"The harbour levy will outlast the board," Feld said.'
    plain = "Passage 2 of june says what comes next."
    june = Document("june", "june.txt", "0" * 64, SourceMeta(date="2025-06-18"), article, ())
    corpus = {"june": june}
    picks = [
        Candidate(Sentence("june:p1:s1", "june", quote, quote, 1, 1, 0.5), 1.0, 0.5, 0.5, 0.5),
        Candidate(Sentence("june:p1:s2", "june", plain, plain, 1, 2, 0.5), 1.0, 0.5, 0.5, 0.5),
    ]
    layout = SectionLayout(id="outlook", title="Outlook", date_labels=True)
    paragraphs = _section_blocks(layout, picks, _Notes(corpus), corpus)
    labels = [i.text for p in paragraphs for i in p.inlines if isinstance(i, Text) and i.bold]
    assert labels == [
        "As of June 2025 — Marcus Feld, a partner at Brennan Ashcroft.",
        "As of June 2025.",
    ]


def test_cases_of_one_scenario_share_its_label_whichever_names_the_year_it_looks_to() -> None:
    """A cold read: "Scenario 1: Contained friction (about 55%), as of December 2025, looking
    to a year now ending." led one case, and the same heading without the horizon the next.
    A run of one label takes its fullest form, given once."""
    from briefkit.assemble import YEAR_ENDING, _run_labels, _same_label

    base = "Scenario 1: Contained friction (about 55%), as of December 2025"
    picks = [_candidate("june", 1), _candidate("june", 2), _candidate("may", 3)]
    labelled = [(picks[0], base), (picks[1], base + YEAR_ENDING), (picks[2], "As of May 2025")]
    assert [label for _, label in _run_labels(labelled)] == [
        base + YEAR_ENDING,
        base + YEAR_ENDING,
        "As of May 2025",
    ]
    assert _same_label(base, base + YEAR_ENDING)
    assert not _same_label(None, None)


def test_views_of_one_month_keep_each_its_own_horizon() -> None:
    """A cold read: "As of November 2025, looking to a date now past." stood over two views
    of one source, one looking to August 2026 and one to February 2027, in a memo of
    December 2026. Only a scenario's cases share the fullest label of their run."""
    from briefkit.assemble import PAST_HORIZON, _run_labels, _same_label

    picks = [_candidate("nov", 1), _candidate("nov", 2)]
    base = "As of November 2025"
    labelled = [(picks[0], base), (picks[1], base + PAST_HORIZON)]
    assert [label for _, label in _run_labels(labelled)] == [base, base + PAST_HORIZON]
    assert not _same_label(base, base + PAST_HORIZON)


def test_a_speaker_named_by_surname_alone_is_led_by_their_full_name() -> None:
    """'…," Feld said.' quoted alone leaves a reader guessing (a cold reader took him for
    another Feld): the excerpt is led by the name its article first gives him in full."""
    from briefkit.assemble import _excerpt_inlines, _Notes, speaker_in_full
    from briefkit.memo import Text

    article = '"It is over," said Marcus Feld, a partner at Brennan Ashcroft. Dr Feld left.'
    document = Document("m", "m.txt", "0" * 64, SourceMeta(), article, ())
    text = "\"The side-by-side takes away Europe's leverage, not the havens' revenue,\" Feld said."
    assert speaker_in_full(text, document) == "Marcus Feld"
    assert speaker_in_full("Marcus Feld said the rules would hold.", document) is None
    assert speaker_in_full("Washington said it would respond.", document) is None
    # the verb first ("…, said Adhikari." had left a cold reader asking who he was)
    assert speaker_in_full('"It is over," said Feld.', document) == "Marcus Feld"
    assert speaker_in_full("Rates will hold, said Feld in Paris.", document) == "Marcus Feld"
    assert speaker_in_full('"It is over," said Marcus Feld.', document) is None
    assert speaker_in_full('"It is over," the ministry said Tuesday.', document) is None
    # a slogan in quotation marks names no one: "Keep TikTok" signs had made "TikTok
    # said…" the words of "Keep TikTok"
    signs = Document(
        "t", "t.txt", "0" * 64, SourceMeta(), 'Demonstrators held "Keep Harbourline" signs.', ()
    )
    assert speaker_in_full("Harbourline said it would appeal.", signs) is None
    # nor does a list item's opening word: "- Whether Moderna finds a new partner…" had
    # headed a row "Whether Moderna" (h5n1's analyst memo)
    watch = Document(
        "w", "w.txt", "0" * 64, SourceMeta(), "- Whether Harbourline finds a new partner\n", ()
    )
    assert speaker_in_full("Harbourline said it would appeal.", watch) is None
    candidate = Candidate(Sentence("m:p1:s3", "m", text, text, 1, 3, 0.5), 1, 1, 1, 1)
    inlines = _excerpt_inlines(candidate, _Notes({"m": document}), None)
    # with the role the article gives him (a cold read asked who "Ruth Aldana" was)
    assert inlines[0] == Text("Marcus Feld, a partner at Brennan Ashcroft.", bold=True)
    labelled = _excerpt_inlines(candidate, _Notes({"m": document}), "Brennan Ashcroft")
    assert labelled[0] == Text("Brennan Ashcroft — Marcus Feld.", bold=True)
    # a position row's label naming them already ("Christian Lindner (2024) — Christian
    # Lindner." had led one note's row)
    dated = _excerpt_inlines(candidate, _Notes({"m": document}), "Marcus Feld (2024)")
    assert dated[0] == Text("Marcus Feld (2024).", bold=True)


def test_a_person_opening_a_passage_by_surname_alone_is_led_by_their_full_name() -> None:
    """ "Cerruti will lead the North American business from Montreal." left a cold reader
    asking who he was: a passage opening on a surname its article gave in full further up,
    with a post or a role, is led by the full name; organisations named by two capitalised
    words are not people."""
    from briefkit.assemble import subject_in_full
    from briefkit.memo import Text

    article = (
        "Harbourline named Paolo Verrand, a former carmaker executive, to run its plant. "
        "Verrand will lead the business from Kestria. "
        "Its works in the Central Velmora Project closed. Velmora takes the largest hit. "
        "Shares of Clean Harbour rose. Harbour was sold. The harbour was calm."
    )
    document = Document("m", "m.txt", "0" * 64, SourceMeta(), article, ())
    text = "Verrand will lead the business from Kestria."
    assert subject_in_full(text, document) == "Paolo Verrand"
    assert subject_in_full("Paolo Verrand will lead it.", document) is None  # named here
    assert subject_in_full("Velmora takes the largest hit.", document) is None  # a project's
    assert subject_in_full("Harbour was sold.", document) is None  # also a common word
    assert _lead_in(document, text) == Text(
        "Paolo Verrand, a former carmaker executive.", bold=True
    )


def _lead_in(document: Document, text: str) -> object:
    """The first inline of `text` quoted as an excerpt of `document`: its bold lead-in, if
    it has one."""
    from briefkit.assemble import _excerpt_inlines, _Notes

    sentence = Sentence(f"{document.id}:p1:s1", document.id, text, text, 1, 1, 0.5)
    return _excerpt_inlines(Candidate(sentence, 1, 1, 1, 1), _Notes({document.id: document}), None)[
        0
    ]


def test_a_government_named_by_its_kind_is_led_by_its_articles_state() -> None:
    """ "The government argues that Europe needs a secure supply…" (Norway's) read, after
    passages on the US, as Washington's to a cold reader: the lead-in names the state its
    article is about, where one state dominates it."""
    from briefkit.assemble import government_in_full
    from briefkit.memo import Text

    article = (
        "Norway opened its seabed to mining. Norway's parliament voted for it. Critics in "
        "Norway objected, and China was mentioned once. The government argues that Europe "
        "needs a secure supply of minerals."
    )
    document = Document("n", "n.txt", "0" * 64, SourceMeta(), article, ())
    text = "The government argues that Europe needs a secure supply of minerals."
    assert government_in_full(text, document) == "Norway"
    assert government_in_full("The government of Norway argues for it.", document) is None
    assert government_in_full("Norway's government argues for it.", document) is None
    split = "Norway and China talked. China and Norway met. The government argues for it."
    two = Document("t", "t.txt", "0" * 64, SourceMeta(), split, ())
    assert government_in_full("The government argues for it.", two) is None  # no one state
    assert _lead_in(document, text) == Text("Norway.", bold=True)


def test_a_passage_under_a_dated_update_is_labelled_with_the_update() -> None:
    """A digest first published in March and updated in August: its statements under
    "Update, 8 August 2025" had been labelled March (a cold reader's costliest defect in
    `northvolt`), and stood as an older view in a table of August positions."""
    from briefkit.assemble import _Notes, _older_view, _section_blocks
    from briefkit.memo import Text

    text = "The Commission said it was following the sale closely."
    updated = Sentence(
        "digest:p9:s1", "digest", text, text, 9, 1, 0.9, heading="Update, 8 August 2025: the sale"
    )
    first = Sentence("digest:p2:s1", "digest", text, text, 2, 1, 0.1, heading="Germany")
    corpus = {**CORPUS, "digest": _document("digest", "2025-03-14")}
    assert corpus["digest"].date_of(updated) == "2025-08-08"
    assert corpus["digest"].date_of(first) == "2025-03-14"
    layout = SectionLayout(id="outlook", title="Outlook", date_labels=True)
    picks = [Candidate(s, 1.0, 0.5, 0.5, 0.5) for s in (updated, first)]
    paragraphs = _section_blocks(layout, picks, _Notes(corpus), corpus)
    labels = [i.text for p in paragraphs for i in p.inlines if isinstance(i, Text) and i.bold]
    assert labels == ["As of August 2025.", "As of March 2025."]
    assert _older_view(picks[0], corpus, "2025-09-01") is None
    assert _older_view(picks[1], corpus, "2025-12-01") == "March 2025"


def test_an_earlier_or_undated_heading_leaves_the_source_date() -> None:
    text = "Officials met."
    corpus_doc = _document("d", "2025-03-14")
    for heading in ("12 March 2025: the filing", "January 2024 in review", "2026 outlook", None):
        sentence = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5, heading=heading)
        assert corpus_doc.date_of(sentence) == "2025-03-14"


def test_a_heading_naming_one_earlier_day_dates_what_stands_under_it() -> None:
    """A digest of January 2025 gives the governor's words under "Rate increase to 0.25%
    (31 July 2024)": they had been labelled "As of January 2025" in an outlook. A heading
    of a span ("Outage: 8 October 2023 to 22 April 2024") dates nothing under it."""
    text = "The Bank will continue to raise the policy interest rate."
    digest = _document("digest", "2025-01-28")
    for heading, date in [
        ("2. Rate increase to 0.25% and the JGB purchase plan (31 July 2024)", "2024-07-31"),
        ("Outage: 8 October 2023 to 22 April 2024 (197 days)", "2025-01-28"),
        ("The crash of August 2024", "2025-01-28"),  # a month: what the writer says of it now
    ]:
        sentence = Sentence("digest:p3:s1", "digest", text, text, 3, 1, 0.3, heading=heading)
        assert digest.date_of(sentence) == date, heading


def test_an_undated_sources_recent_months_carry_what_is_known_of_its_day() -> None:
    """ "In recent months there has been a significant expansion of the Taliban power…",
    from an undated source, had stood unlabelled in the example's background (a cold read:
    months before when?)."""
    from briefkit.assemble import _older_view

    text = "In recent months the harbour union has grown in the north."
    sentence = Sentence("undated:p1:s2", "undated", text, text, 1, 2, 0.5)
    picked = Candidate(sentence, 1.0, 0.5, 0.5, 0.5)
    undated = Document("undated", "undated.txt", "0" * 64, SourceMeta(), text, (), year_hint=2021)
    assert _older_view(picked, {"undated": undated}, "2025-06-18") == "Undated, events to 2021"
    dated = {"undated": _document("undated", "2025-05-14")}
    assert _older_view(picked, dated, "2025-06-18") == "May 2025"


def test_a_passage_telling_time_from_its_writers_day_carries_its_month() -> None:
    """ "…won Sunday's midterm elections" from a recent source had stood unlabelled: a
    cold reader could not tell which Sunday. Its month goes before it, whatever its age;
    a recent passage that dates itself otherwise still carries none."""
    from briefkit.assemble import _older_view

    def picked(text: str) -> Candidate:
        sentence = Sentence("june:p1:s9", "june", text, text, 1, 9, 0.5)
        return Candidate(sentence, 1.0, 0.5, 0.5, 0.5)

    newest = "2025-06-18"
    # a day told in the past is that day, counted back from the source's (a Wednesday);
    # a weekday in the present tense may be the next one: its month
    assert _older_view(picked("Milei's party won Sunday's vote."), CORPUS, newest) == (
        "June 15, 2025"
    )
    assert _older_view(picked("Talks resume on Tuesday in Geneva."), CORPUS, newest) == (
        "June 2025"
    )
    assert _older_view(picked("Prices fell last week."), CORPUS, newest) == "Week of June 9, 2025"
    assert _older_view(picked("The index fell yesterday."), CORPUS, newest) == "June 17, 2025"
    assert _older_view(picked("Prices fell in May 2025."), CORPUS, newest) is None
    # a day named without its year: the month and year of that day, the latest before
    # the source's ("On 24 January" in a June article is January of its year)
    assert _older_view(picked("On 24 January the bank raised rates."), CORPUS, newest) == (
        "January 2025"
    )
    assert _older_view(picked("On 19 December the bank held."), CORPUS, newest) == ("December 2024")
    # a day still to come dates no view: "…delaying enforcement, this time to 16
    # December" had stood as a September stance labelled "December 2024"
    delay = "Hours later he signed an order delaying enforcement, this time to 3 September."
    assert _older_view(picked(delay), CORPUS, newest) is None
    # nor does it label an excerpt of another section by its month
    from briefkit.assemble import _label

    drivers = SectionLayout(id="drivers", title="Drivers")
    assert _label(drivers, picked(delay), CORPUS, newest) is None
    # a state that began on a day and holds still is a view of the source's day
    since = "Since 28 April, the operator has been running the grid with more gas plants."
    assert _older_view(picked(since), CORPUS, newest) is None
    # a day someone's words are about, not the day they were said
    said = "The minister has said that on 28 April the plants were not a solution but a problem."
    assert _older_view(picked(said), CORPUS, newest) is None
    assert _older_view(
        picked("On 28 April the minister said the plants failed."), CORPUS, newest
    ) == ("April 2025")
    # a day of a thing the passage names ("scheduling … for 28 April")
    charges = "The charges concern the operator's scheduling of crews for 28 April and the plants."
    assert _older_view(picked(charges), CORPUS, newest) is None


def test_in_date_order_excerpts_after_a_dated_one_carry_their_own_time() -> None:
    """A background in date order: "2022. …" (an older source's year), then excerpts of
    recent sources had stood unlabelled below it and read as of 2022 (a strike of
    September 2025 "filed under 2024"); each now says its source's month. A passage
    naming only earlier years stands in its own year's place, led by that year."""
    from briefkit.assemble import _Notes, _section_blocks
    from briefkit.memo import Excerpt, Text

    def picked(source: str, index: int, text: str) -> Candidate:
        sentence = Sentence(f"{source}:p1:s{index}", source, text, text, 1, index, 0.5)
        return Candidate(sentence, 1.0, 0.5, 0.5, 0.5)

    layout = SectionLayout(id="background", title="Background", order="chronological")
    picks = [
        picked("june", 1, "The union called a strike after the dismissals."),
        picked("old", 2, "The board approved the plan."),
        picked("may", 3, "At the worst point in 2019, theft cost a fortune."),
    ]
    ordered = _layout_order(layout, picks, CORPUS, {})
    assert [c.sentence.source_id for c in ordered] == ["may", "old", "june"]
    paragraphs = _section_blocks(layout, ordered, _Notes(CORPUS), CORPUS)
    labels = [
        next((i.text for i in p.inlines if isinstance(i, Text) and i.bold), None)
        for p in paragraphs
    ]
    assert labels == [None, "As of 2022.", "As of June 2025."]
    assert [i.sentence_id for p in paragraphs for i in p.inlines if isinstance(i, Excerpt)] == [
        "may:p1:s3",
        "old:p1:s2",
        "june:p1:s1",
    ]
    # after a label, a passage naming only earlier years is led by the latest it names
    later = [picked("old", 2, "The board approved the plan."), picks[2]]
    blocks = _section_blocks(layout, later, _Notes(CORPUS), CORPUS)
    leads = [
        next((i.text for i in p.inlines if isinstance(i, Text) and i.bold), None) for p in blocks
    ]
    assert leads == ["As of 2022.", "2019."]


def test_a_timeline_entry_is_as_of_the_date_it_is_printed_under() -> None:
    """ "19 March 2024 — The BOJ ends negative rates…" in an article of October 2025: the
    entry is of March 2024 (it had been labelled "October 2025." and led an outlook),
    whatever years its text names ("…the highest since 2008"); a date after the article's
    is a plan's, and leaves the article's date."""
    from briefkit.assemble import _label

    text = "The BOJ raises rates to 0.5%, the highest since 2008."
    entry = Sentence("long:p7:s1", "long", text, text, 7, 1, 0.5, told_date="2025-01-24")
    planned = Sentence("long:p9:s1", "long", text, text, 9, 1, 0.6, told_date="2026-04-30")
    corpus = {**CORPUS, "long": _document("long", "2025-10-27")}
    assert corpus["long"].date_of(entry) == "2025-01-24"
    assert corpus["long"].date_of(planned) == "2025-10-27"
    layout = SectionLayout(id="background", title="Background")
    assert _label(layout, Candidate(entry, 1.0, 0.5, 0.5, 0.5), corpus) == "January 2025"
    outlook = SectionLayout(id="outlook", title="Outlook", date_labels=True)
    assert _label(outlook, Candidate(entry, 1.0, 0.5, 0.5, 0.5), corpus) == "As of January 2025"


def test_grouped_order_puts_each_excerpt_after_the_one_it_is_most_like() -> None:
    """Drivers as chosen read as a list in score order ("the Fed's cuts, bank profits, the
    Fed's rates again"): grouped, each follows the earlier one on its matter; one like
    nothing already placed keeps its place; below the threshold nothing moves."""
    from briefkit.assemble import GROUPED_SIMILARITY, _layout_order, by_matter

    fed_cut, profits, fed_rate, insurers, fed_yield = (_candidate("june", k) for k in range(1, 6))
    alike = {
        frozenset({fed_cut.sentence.id, fed_rate.sentence.id}): 0.3,
        frozenset({fed_rate.sentence.id, fed_yield.sentence.id}): 0.2,
        frozenset({profits.sentence.id, fed_yield.sentence.id}): 0.25,  # more like profits
        frozenset({profits.sentence.id, insurers.sentence.id}): GROUPED_SIMILARITY / 2,
    }

    def similarity(a: str, b: str) -> float:
        return alike.get(frozenset({a, b}), 0.0)

    chosen = [fed_cut, profits, fed_rate, insurers, fed_yield]
    assert by_matter(chosen, similarity) == [fed_cut, fed_rate, profits, fed_yield, insurers]
    assert by_matter(chosen, lambda a, b: 0.0) == chosen
    layout = SectionLayout(id="drivers", title="Drivers", order="grouped")
    assert _layout_order(layout, chosen, CORPUS, {}, None, similarity)[1] is fed_rate
    assert _layout_order(layout, chosen, CORPUS, {}) == chosen  # no similarity known


def test_grouped_order_puts_excerpts_naming_one_rare_name_together() -> None:
    """ "The Netherlands has extended its licensing to ASML's NXT:1970i…" and "China
    accounted for 49% of ASML’s system sales…" share no neighbour-table similarity but
    one name few drivers name: they stand together. A name most of them name ("China")
    groups nothing."""
    from briefkit.assemble import by_matter

    texts = [
        "The Netherlands has extended its licensing to ASML's NXT:1970i tools.",
        "Beijing said China would retaliate against the rules.",
        "Officials in China said the BIS rule was unfair.",
        "Sales to China made up 49% of ASML’s system sales.",
        "Then the BIS proposed a know-your-customer rule for China.",
        "Exports to China rose again in May.",
    ]
    picks = [
        Candidate(Sentence(f"s:p{k}:s1", "s", t, t, k, 1, 0.5), 1.0, 0.5, 0.5, 0.5)
        for k, t in enumerate(texts, start=1)
    ]
    ordered = [texts.index(c.sentence.text) for c in by_matter(picks, lambda a, b: 0.0)]
    assert ordered == [0, 3, 1, 2, 4, 5]


def test_grouped_order_keeps_each_sources_passages_in_its_own_order() -> None:
    """A cold read: "A settlement … never materialised" (chosen first) had stood before
    "The dispute between Mali and Barrick Gold … has become a test case", which its article
    tells first. A group keeps its places; a source's passages take them in its order."""
    from briefkit.assemble import by_matter

    texts = [
        (3, "A settlement with Barrick that both sides described as close never came."),
        (2, "Exports of Malian gold rose again in May."),
        (1, "The dispute between Mali and Barrick over the mine has become a test case."),
    ]
    picks = [
        Candidate(Sentence(f"{s}:p{k}:s1", s, t, t, k, 1, 0.5), 1.0, 0.5, 0.5, 0.5)
        for s, (k, t) in zip(("m", "n", "m"), texts, strict=True)
    ]
    ordered = [c.sentence.paragraph for c in by_matter(picks, lambda a, b: 0.0)]
    assert ordered == [1, 3, 2]  # the dispute, then the settlement, then the other source


def test_an_anonymous_sources_own_voice_is_led_by_its_title_in_quotation_marks() -> None:
    """A research note without author or publisher ("by our estimates they account for more
    than half…"): bare, its short title "Who Will Buy." had read as a heading of the memo's."""
    from briefkit.assemble import writer_label

    untitled = SourceMeta(title="Who will buy Japan's bonds? Banks and insurers retreat")
    document = Document("n", "n.md", "0" * 64, untitled, "", ())
    assert writer_label(document) == "“Who will buy Japan's bonds?”"
    published = Document("p", "p.md", "0" * 64, SourceMeta(publisher="Kaimon Research"), "", ())
    assert writer_label(published) == "Kaimon Research"


def test_a_view_looking_only_to_dates_now_past_says_so() -> None:
    """ "…enters into force by 31 March 2026" from a source of September 2025, in a memo of
    December 2026: a minister reading the bullet alone had taken it for a live forecast.
    A view reaching past the memo's month, or one looking back, keeps its plain label."""
    from briefkit.assemble import PAST_HORIZON, _label

    outlook = SectionLayout(id="outlook", title="Outlook", date_labels=True)
    corpus = {"sep": _document("sep", "2025-09-10")}

    def label(text: str, today: tuple[int, int]) -> str | None:
        sentence = Sentence("sep:p1:s1", "sep", text, text, 1, 1, 0.5)
        return _label(outlook, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), corpus, None, today)

    passed = "A Black Sea truce will enter into force by 31 March 2026."
    assert label(passed, (2026, 12)) == f"As of September 2025{PAST_HORIZON}"
    assert label(passed, (2026, 2)) == "As of September 2025"
    assert label("A truce will enter into force by 2028.", (2026, 12)) == "As of September 2025"
    # the memo's own year, in its last month: not past, but ending (three cold reads)
    from briefkit.assemble import YEAR_ENDING

    ending = "The first harbour auction, expected in 2026, will reward firm capacity."
    assert label(ending, (2026, 12)) == f"As of September 2025{YEAR_ENDING}"
    assert label(ending, (2026, 11)) == "As of September 2025"
    assert label("The harbour reopened in 2026.", (2026, 12)) == "As of September 2025"
    # the year it was written, named as the measure, is no horizon of its own
    central = "Our central case is that 2026 will look like 2025 for the harbour."
    assert label(central, (2026, 12)) == f"As of September 2025{YEAR_ENDING}"
    for ahead in (
        "The ministry plans to sign the truce in August.",
        "The truce is due to start in August.",
        "The signing is set for 22 January 2026, a day before the pause expires.",
        "The Commission said it would present later in 2025 a review of the truce.",
        "Real GDP grew 3.4 percent in 2024. Staff projected growth of 3 percent in 2025.",
        # a likelihood in the coming months (a cold read took it for a live forecast)
        "Security specialists believe that more attacks are likely in the coming months.",
        # odds of what is to come (a cold read: a bottom line on a meeting a year gone)
        "We now see a 55% probability that the board raises its rate at its 18-19 December "
        "meeting.",
    ):
        assert label(ahead, (2026, 12)) == f"As of September 2025{PAST_HORIZON}"
    for told in (
        "The corridor survived the March 2025 talks.",
        "Demand rose in early 2025, after DeepSeek showed that models could be built cheaply.",
        # a plan the noun, sent to someone: nothing looked forward to
        "The creditors submitted a revised rescue plan to the regulator in August.",
        "The port authority sent its plan to Ofwat in August.",
        "Exports fell due to weak demand in August.",
        "The ministry said the truce would have held in August without the strike.",
    ):
        assert label(told, (2026, 12)) == "As of September 2025"
    # a scenario's case looks ahead whatever its words
    case = Sentence(
        "sep:p2:s1", "sep", passed, passed, 2, 1, 0.5, heading="Scenario B: A truce (20%)"
    )
    case_label = _label(outlook, Candidate(case, 1.0, 0.5, 0.5, 0.5), corpus, None, (2026, 12))
    assert case_label == f"Scenario B: A truce (20%), as of September 2025{PAST_HORIZON}"
    present = passed.replace("will enter", "enters")
    case = dataclasses.replace(case, text=present, quote=present)
    case_label = _label(outlook, Candidate(case, 1.0, 0.5, 0.5, 0.5), corpus, None, (2026, 12))
    assert case_label == f"Scenario B: A truce (20%), as of September 2025{PAST_HORIZON}"


def test_a_case_that_names_no_date_looks_to_its_sources_titled_year() -> None:
    """ "Scenario 3: Importer walls (25%)": "Indonesia stays out of the market…", of a
    December 2025 report titled "Rice 2026: three scenarios…", looks to 2026 as its
    siblings that name the year do; read in December 2026 its year is ending. A title
    naming no later year adds nothing."""
    from briefkit.assemble import YEAR_ENDING, _label
    from briefkit.layout import SectionLayout

    outlook = SectionLayout(id="outlook", title="Outlook", date_labels=True)
    text = "Indonesia stays out of the market and the Philippines formalises import bans."
    case = Sentence(
        "rep:p2:s1", "rep", text, text, 2, 1, 0.5, heading="Scenario 3: Importer walls (25%)"
    )
    candidate = Candidate(case, 1.0, 0.5, 0.5, 0.5)

    def label(title: str) -> str | None:
        meta = SourceMeta(date="2025-12-10", title=title)
        corpus = {"rep": Document("rep", "rep.txt", "0" * 64, meta, "", ())}
        return _label(outlook, candidate, corpus, None, (2026, 12))

    titled = label("Rice 2026: three scenarios for a market awash with grain")
    assert titled == f"Scenario 3: Importer walls (25%), as of December 2025{YEAR_ENDING}"
    assert label("Rice: three scenarios") == "Scenario 3: Importer walls (25%), as of December 2025"
    assert label("Rice 2025: a year in review") == (
        "Scenario 3: Importer walls (25%), as of December 2025"
    )


def test_a_position_with_a_deadline_now_past_says_so() -> None:
    """ "Interior has given the states until Feb. 14 … and says it will otherwise
    finalize…" had stood as Interior's stance in a memo ten months after the deadline;
    a date that tells when something was said is no deadline."""
    from briefkit.assemble import PAST_HORIZON, _actor_as_of

    corpus = {"dec": _document("dec", "2025-12-10")}

    def position(text: str) -> Candidate:
        return _stance("dec", text, "Interior Department")

    deadline = position(
        "Interior has given the states until Feb. 14, 2026 and says it will otherwise act."
    )
    assert _actor_as_of(deadline, corpus, "2025-12-10", (2026, 12)) == (
        f"Interior Department (December 2025{PAST_HORIZON})"
    )
    assert _actor_as_of(deadline, corpus, "2025-12-10", (2026, 1)) == "Interior Department"
    said = position("Interior announced in December 2025 that it would take a stake.")
    assert _actor_as_of(said, corpus, "2025-12-10", (2026, 12)) == (
        "Interior Department (December 2025)"  # its month, as of every stance a year on
    )
    assert _actor_as_of(said, corpus, "2025-12-10", (2026, 2)) == "Interior Department"
    # a day of the month that dates an act is no deadline either (a cold read found a
    # port seller's plan labelled as looking to a past date for "expired on July 27")
    expired = position(
        "Interior said it would seek a new partner after its talks expired on December 8."
    )
    assert _actor_as_of(expired, corpus, "2025-12-10", (2026, 12)) == (
        "Interior Department (December 2025)"
    )
    # a later date it names, whatever its verb: the row says so, as the same excerpt's
    # label in a section of prose does (a cold read found the two disagreeing)
    hoped = position("Interior said officials hoped to sign 40 leases by March 2026.")
    assert _actor_as_of(hoped, corpus, "2025-12-10", (2026, 12)) == (
        f"Interior Department (December 2025{PAST_HORIZON})"
    )
    assert _actor_as_of(hoped, corpus, "2025-12-10", (2026, 2)) == "Interior Department"


def test_a_stance_read_long_after_its_source_carries_its_month() -> None:
    """ "Novo Nordisk says it has now filed more than 130 lawsuits" had stood undated in a
    memo a year and a half after its source (two cold readers marked the missing date):
    past six months, every stance carries its month; a recent one stays bare."""
    from dataclasses import replace

    from briefkit.assemble import _actor_as_of

    corpus = {"jul": _document("jul", "2025-07-14")}
    text = "Novo Nordisk says it has now filed more than 130 lawsuits against compounders."
    sentence = Sentence("jul:p1:s1", "jul", text, text, 1, 1, 0.5)
    stance = replace(Candidate(sentence, 1.0, 0.5, 0.5, 0.5), actor="Novo Nordisk")
    assert _actor_as_of(stance, corpus, "2025-07-14", (2026, 12)) == "Novo Nordisk (July 2025)"
    assert _actor_as_of(stance, corpus, "2025-07-14", (2025, 11)) == "Novo Nordisk"


def test_a_stance_told_on_a_weekday_carries_its_day() -> None:
    """ "Russia said on Tuesday that a U.S.-brokered agreement … would only take effect
    once…" had been Russia's row under "Russia (March 2025)": which Tuesday, a cold reader
    asked. A stance told without a weekday keeps its month."""
    from briefkit.assemble import _actor_as_of

    corpus = {"mar": _document("mar", "2025-03-27")}

    def stance(text: str) -> Candidate:
        return _stance("mar", text, "Russia")

    told = stance(
        "Russia said on Tuesday that the truce would take effect once sanctions go, "
        "reviving the demands it made when it quit the grain deal in 2023."
    )
    assert _actor_as_of(told, corpus, "2025-03-27", (2026, 12)) == "Russia (March 25, 2025)"
    earlier = stance("In 2023 Russia said on Tuesday that it would quit the grain deal.")
    assert _actor_as_of(earlier, corpus, "2025-03-27", (2026, 12)) == "Russia (March 2025)"
    plain = stance("Russia says the truce will take effect once sanctions are lifted.")
    assert _actor_as_of(plain, corpus, "2025-03-27", (2026, 12)) == "Russia (March 2025)"


def test_a_body_named_by_its_kind_alone_is_led_by_the_one_named_before() -> None:
    """ "The Bank cut its 2025 growth forecast…" after a sentence on the World Bank, in an
    article naming the Central Bank as often: a cold reader took it for the Central Bank."""
    from briefkit.assemble import body_in_full

    def led_by(article: str, text: str) -> str | None:
        return body_in_full(text, Document("m", "m.txt", "0" * 64, SourceMeta(), article, ()))

    article = (
        "The Central Bank held its rate. Talks with the World Bank went on in April. "
        "The Bank cut its 2025 growth forecast for Kenya to 4.5 percent."
    )
    assert led_by(article, "The Bank cut its 2025 growth forecast for Kenya to 4.5 percent.") == (
        "World Bank"
    )
    assert led_by(article, "The Central Bank held its rate.") is None
    assert led_by(article, "The Bank, unlike the World Bank, held.") is None
    # a part headed in capitals names its body ("The Bank estimates that about 56 percent…"
    # under "2. WORLD BANK NIGERIA DEVELOPMENT UPDATE" had been the Central Bank's)
    article = (
        "The mission praised the Central Bank of Nigeria.\n\n2. WORLD BANK NIGERIA UPDATE\n\n"
        "Poverty. The Bank estimates that about 56 percent of Nigerians were poor in 2024."
    )
    text = "The Bank estimates that about 56 percent of Nigerians were poor in 2024."
    assert led_by(article, text) == "World Bank"


def test_a_row_naming_a_body_of_the_kind_gets_no_second_name() -> None:
    """A cold read: the "World Bank" row opened "**Central Bank.** The Bank urged…", the
    body last named before the sentence; a row (or label) naming a body of that kind says
    who "The Bank" is, so no lead-in contradicts it."""
    from briefkit.assemble import _excerpt_inlines, _Notes
    from briefkit.memo import Text

    text = "The Bank urged the government to widen cash transfers to poor households."
    article = "The World Bank said growth would slow. The Central Bank held its rate. " + text
    document = Document("m", "m.txt", "0" * 64, SourceMeta(), article, ())
    candidate = Candidate(Sentence("m:p1:s3", "m", text, text, 1, 3, 0.9), 1, 1, 1, 1)
    unled = _excerpt_inlines(candidate, _Notes({"m": document}), None)
    assert unled[0] == Text("Central Bank.", bold=True)  # outside a row, as before
    in_row = _excerpt_inlines(candidate, _Notes({"m": document}), None, named="World Bank")
    assert not any(isinstance(part, Text) and part.bold for part in in_row)


def test_a_day_told_without_its_year_beside_an_older_year_is_labelled() -> None:
    """ "On 21 March, soldiers … raised the flag …, the seat of power the RSF had held
    since … April 2023" in an April 2025 article had no label: the older year, of another
    event, had read as the passage dating itself."""
    from briefkit.assemble import _label

    text = (
        "On 21 March, soldiers raised the flag over the palace in central Khartoum, the seat"
        " of power the rebels had held since the first days of the war in April 2023."
    )
    sentence = Sentence("apr:p1:s1", "apr", text, text, 1, 1, 0.5)
    corpus = {"apr": _document("apr", "2025-04-16")}
    layout = SectionLayout(id="background", title="Background")
    assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), corpus) == "March 2025"


def test_a_passage_opening_on_its_own_as_of_date_gets_no_label() -> None:
    """ "**As of July 2025.** As of mid-July 2025, USDA has confirmed…" said the date twice;
    a passage dating itself keeps its own words."""
    from briefkit.assemble import _label

    layout = SectionLayout(id="summary", title="Bottom line", date_labels=True)
    corpus = {"jul": _document("jul", "2025-07-15")}
    for text, label in (
        ("As of mid-July 2025, USDA has confirmed the virus in 1,074 herds.", None),
        ("USDA has confirmed the virus in 1,074 herds in 17 states.", "As of July 2025"),
        # a day named in full opens it ("As of May 2025." over "On 24 April 2025 the
        # President … signed…" was read as a wrong date in a cold read)
        ("On 24 June 2025 USDA confirmed the virus in 1,074 herds.", None),
        ("On June 24, 2025, USDA confirmed the virus in 1,074 herds.", None),
        ("On 24 June USDA confirmed the virus in 1,074 herds.", "As of July 2025"),
        # a past event dated by its own month, earlier than the source's ("As of November
        # 2024." over a January 2024 report's finding was read as its date, a cold read)
        ("A panel's report in March 2025 found that the claims were credible.", None),
        # a view held at the source's date keeps its label, whatever month it names
        ("The panel's report of March 2025 is still the best evidence.", "As of July 2025"),
    ):
        sentence = Sentence("jul:p1:s1", "jul", text, text, 1, 1, 0.5)
        assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), corpus) == label


def test_a_weekday_in_a_story_of_an_earlier_week_is_not_the_writers() -> None:
    """A cold read: "By 7 a.m. on Tuesday, Red Eléctrica reported that 99.95 percent…" in
    a piece of 18 May retelling the blackout of 28 April had been labelled May 13 (the
    Tuesday before the piece); a weekday after a day named more than a week earlier is
    that story's, and gets no day of its own."""
    from briefkit.assemble import _label

    layout = SectionLayout(id="summary", title="Bottom line", date_labels=True)
    text = "By 7 a.m. on Tuesday, the operator reported that power was restored."
    for told, label in (
        ("The grid collapsed on 28 April at 12:33.", "As of May 2025"),
        ("The grid collapsed on 16 May at 12:33.", "May 13, 2025"),
    ):
        article = f"{told} Crews worked through the night. {text}"
        document = Document("m", "m.txt", "0" * 64, SourceMeta(date="2025-05-18"), article, ())
        sentence = Sentence("m:p1:s3", "m", text, text, 1, 3, 0.5)
        candidate = Candidate(sentence, 1.0, 0.5, 0.5, 0.5)
        assert _label(layout, candidate, {"m": document}) == label


def test_a_bottom_line_telling_its_day_by_weekday_is_led_by_that_day() -> None:
    """A cold read: "Kenya's central bank cut its main lending rate … on Tuesday" under
    "As of October 2025." never said which Tuesday; the label now gives the day."""
    from briefkit.assemble import _label

    layout = SectionLayout(id="summary", title="Bottom line", date_labels=True)
    text = "The central bank cut its main lending rate on Tuesday, its eighth straight cut."
    sentence = Sentence("june:p1:s9", "june", text, text, 1, 9, 0.5)
    assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), CORPUS) == "June 17, 2025"
    text = "The central bank holds its main lending rate at 9.25 percent."
    sentence = Sentence("june:p1:s9", "june", text, text, 1, 9, 0.5)
    assert _label(layout, Candidate(sentence, 1.0, 0.5, 0.5, 0.5), CORPUS) == "As of June 2025"


def test_a_check_that_found_nothing_leaves_no_heading(lithium_build) -> None:
    """The scenario corpus's analyst memo has no figures that differ: no "Where sources
    differ" heading stands over nothing (a line saying what the check found had been read
    as a claim that the sources agree, then, saying what it checks, as tool text left in
    the memo), and the manifest lists no such section."""
    result, manifest = lithium_build
    analyst = (result.out_dir / "analyst.md").read_text(encoding="utf-8")
    assert "## Where sources differ" not in analyst and "automatic check" not in analyst
    memo = next(m for m in manifest["memos"] if m["audience"] == "analyst")
    assert "disagreements" not in {s["id"] for s in memo["sections"]}
    assert {"background", "drivers", "outlook"} <= {s["id"] for s in memo["sections"]}


def _told_in_june(text: str, index: int) -> Candidate:
    """A candidate passage of the "june" source of `_document("june", "2025-06-18")`."""
    sentence = Sentence(f"june:p1:s{index}", "june", text, text, 1, index, 0.5)
    return Candidate(sentence, 1.0, 0.5, 0.5, 0.5)


def test_a_state_told_in_the_present_is_dated_by_its_source_not_its_years() -> None:
    """In date order after a label, "Since … November 2023 …, the Arakan Army has taken
    control of 14 of Rakhine's 17 townships…" (June 2025) had stood under "2024." (the
    latest year it names), dating the count a year early; an event told in the past keeps
    its year."""
    from briefkit.assemble import _dated_after_labels

    corpus = {"june": _document("june", "2025-06-18")}

    first = _told_in_june(
        "The envoy's visit in November 2024 was followed by offers of support.", 1
    )
    state = _told_in_june("Since November 2023 the rebels have taken 14 of the 17 districts.", 2)
    event = _told_in_june("In December 2024 the rebels captured the port and the border post.", 3)
    labels = _dated_after_labels([(first, "2024"), (state, None), (event, None)], corpus)
    assert [label for _, label in labels] == ["2024", "As of June 2025", "2024"]
    # to the year where the newest source is of a later year, as older views are labelled
    corpus["newer"] = _document("newer", "2026-02-01")
    labels = _dated_after_labels([(first, "2024"), (state, None)], corpus)
    assert [label for _, label in labels] == ["2024", "As of 2025"]
    # said in the writer's month of an earlier year's event: the source's month, not the
    # year named ("2024." had stood over "…said this month that the 2024 attack…", a cold
    # read)
    del corpus["newer"]
    said = _told_in_june("The insurer said this month that the 2024 attack hit 192.7 million.", 4)
    labels = _dated_after_labels([(first, "2024"), (said, None)], corpus)
    assert [label for _, label in labels] == ["2024", "As of June 2025"]
    # a year a span runs from is no date of the event ("France, which has called for a ban
    # since 2022, said the seabed was 'not for sale'" had stood under "2022.", a cold read)
    since = _told_in_june(
        "Kestria, which has called for a ban since 2022, said it was not for sale.", 5
    )
    labels = _dated_after_labels([(first, "2024"), (since, None)], corpus)
    assert [label for _, label in labels] == ["2024", "As of June 2025"]


def test_a_passage_opening_on_its_own_day_keeps_no_label_after_others() -> None:
    """ "As of June 2025." had stood over "On 20 January 2025, President Donald Trump
    signed a memorandum…" in date order after a labelled excerpt (a cold read): the
    passage dates itself."""
    from briefkit.assemble import _dated_after_labels

    corpus = {"june": _document("june", "2025-06-18")}

    first = _told_in_june(
        "The envoy's visit in November 2024 was followed by offers of support.", 1
    )
    own = _told_in_june("On 20 January 2025, the president signed a memorandum on the tax deal.", 2)
    labels = _dated_after_labels([(first, "2024"), (own, None)], corpus)
    assert [label for _, label in labels] == ["2024", None]


def test_a_speakers_role_is_the_short_appositive_of_their_first_full_naming() -> None:
    from briefkit.assemble import with_role

    def role(article: str, label: str | None = None) -> str:
        document = Document("m", "m.txt", "0" * 64, SourceMeta(), article, ())
        return with_role("Ruth Aldana", document, label)

    told = "said Ruth Aldana, an LNG shipping analyst at Meridian Energy Advisers in Houston."
    assert role(told) == (
        "Ruth Aldana, an LNG shipping analyst at Meridian Energy Advisers in Houston"
    )
    assert role("Ruth Aldana said the route was closed.") == "Ruth Aldana"
    clause = (
        "said Ruth Aldana, the analyst who had warned shippers for two years running that "
        "the lake would fall, and more."
    )
    assert role(clause) == "Ruth Aldana"  # a clause, not a role
    # "For Kelly Ortberg, the strike was an abrupt introduction to the job."
    assert role("For Ruth Aldana, the strike was an abrupt start.") == "Ruth Aldana"
    assert role(told, "Meridian Energy Advisers") == "Ruth Aldana"  # the label says it
    leaning = "said Ruth Aldana, a deputy director at the company."
    assert role(leaning) == "Ruth Aldana"  # which company?
    # the title before the name (a cold read asked who "Thomas Regnier" was)
    titled = '"No pause," Harbour Board spokesperson Ruth Aldana told the briefing.'
    assert role(titled) == "Ruth Aldana, Harbour Board spokesperson"
    assert role(titled, "Harbour Board") == "Ruth Aldana"  # the label says it
    assert role("According to economist Ruth Aldana, rates will fall.") == (
        "Ruth Aldana, economist"
    )
    # a line of page debris above the paragraph is no part of the title
    debris = "Advertisement\n\nBoard spokesperson Ruth Aldana said the fees stand."
    assert role(debris) == "Ruth Aldana, Board spokesperson"


def test_a_position_is_dated_by_the_one_earlier_month_it_names() -> None:
    """ "Russia (October 2025) | In May 2025 Russia requested WTO consultations…" dated the
    request by its article (a cold read): the one month the passage names, before its
    source's, dates the row; several months, or the source's own, leave it as it was."""
    from dataclasses import replace

    from briefkit.assemble import _actor_as_of

    corpus = {"oct": _document("oct", "2025-10-14")}

    def position(text: str) -> Candidate:
        sentence = Sentence("oct:p1:s1", "oct", text, text, 1, 1, 0.5)
        return replace(Candidate(sentence, 1.0, 0.5, 0.5, 0.5), actor="Kelby")

    asked = position("In May 2025 Kelby requested consultations, arguing the levy discriminates.")
    assert _actor_as_of(asked, corpus, "2025-10-14") == "Kelby (May 2025)"
    both = position("Kelby objected in May 2025 and again in July 2025 to the harbour levy.")
    assert _actor_as_of(both, corpus, "2025-10-14") == "Kelby"
    now = position("In October 2025 Kelby said it would appeal the harbour levy ruling.")
    assert _actor_as_of(now, corpus, "2025-10-14") == "Kelby"
    # a past act's month told without its year (a cold read: "Mali (December 2024) | Mali,
    # and then Niger, broke off diplomatic relations with Ukraine in early August…")
    broke = position("Kelby broke off relations with the harbour board in early August.")
    assert _actor_as_of(broke, corpus, "2025-10-14") == "Kelby (August 2025)"
    # a stance held on the source's day, the month that of the thing it points to ("High
    # Ambition Coalition (June 2025) | The High Ambition Coalition says a clear majority
    # backs…, pointing to the … statement signed by 95 countries in June", of July: a
    # cold read's wrong label)
    says = position(
        "Kelby says most ports back the levy, citing a letter signed by 40 ports in June."
    )
    assert _actor_as_of(says, corpus, "2025-10-14") == "Kelby"


def test_a_persons_row_says_who_the_person_is() -> None:
    """ "Ajay Srivastava (2024) | …" had left a cold reader asking why a think tank's
    founder stood for India: a person's row carries the post the article gives, a state's
    row stays as it is."""
    from dataclasses import replace

    from briefkit.assemble import _actor_as_of

    text = (
        "Kelby exported steel worth about 8.2 billion dollars to the bloc in 2023. "
        "Trade Initiative founder Ajay Srivastava said the levy would act as a tariff."
    )
    corpus = {"oct": Document("oct", "oct.txt", "0" * 64, SourceMeta(date="2025-10-14"), text, ())}

    def position(actor: str) -> Candidate:
        quote = '"Firms will have to share production data," Srivastava said.'
        sentence = Sentence("oct:p1:s2", "oct", quote, quote, 1, 2, 0.5)
        return replace(Candidate(sentence, 1.0, 0.5, 0.5, 0.5), actor=actor)

    assert _actor_as_of(position("Ajay Srivastava"), corpus, "2025-10-14") == (
        "Ajay Srivastava, Trade Initiative founder"
    )
    assert _actor_as_of(position("India"), corpus, "2025-10-14") == "India"


def test_a_month_told_without_its_year_from_a_year_before_the_memos_is_labelled() -> None:
    """ "The … law that … the Supreme Court upheld in January was meant to…", of November
    2025, stood unlabelled in a note of December 2026 (a cold reader took it for January
    2026); its source's month places the month. In the source's own year it needs none."""
    from briefkit.assemble import _label

    corpus = {"new": _document("new", "2025-11-20")}
    text = "The harbour law that the court upheld in January was meant to end the strike."
    told = Candidate(Sentence("new:p1:s1", "new", text, text, 1, 1, 0.5), 1.0, 0.5, 0.5, 0.5)
    layout = SectionLayout(id="background", title="Background")
    assert _label(layout, told, corpus, None, (2026, 12)) == "As of November 2025"
    assert _label(layout, told, corpus, None, (2025, 12)) is None
    # the law's year does not date the ruling (the source's own words: "The 2024 law that
    # Congress passed and the US Supreme Court upheld in January…"); a year the ruling is
    # told in does
    text = text.replace("The harbour law", "The 2024 harbour law")
    named = Candidate(Sentence("new:p1:s1", "new", text, text, 1, 1, 0.5), 1.0, 0.5, 0.5, 0.5)
    assert _label(layout, named, corpus, None, (2026, 12)) == "As of November 2025"
    text = "In 2024 the court upheld the harbour law in January."
    dated = Candidate(Sentence("new:p1:s1", "new", text, text, 1, 1, 0.5), 1.0, 0.5, 0.5, 0.5)
    assert _label(layout, dated, corpus, None, (2026, 12)) is None


def test_an_older_views_label_tells_its_horizon_in_every_layout() -> None:
    """An analyst's outlook had read "November 2025. … could drop toward 3,525 feet next
    year, …" where the minister's note read "…, looking to a year now ending" (a cold
    read): a layout without date labels tells the horizon of the views it dates too."""
    from briefkit.assemble import PAST_HORIZON, YEAR_ENDING, _label

    corpus = {"old": _document("old", "2024-11-10"), "new": _document("new", "2025-11-20")}

    def view(text: str) -> Candidate:
        sentence = Sentence("old:p1:s1", "old", text, text, 1, 1, 0.5)
        return Candidate(sentence, 1.0, 0.5, 0.5, 0.5)

    layout = SectionLayout(id="outlook", title="Outlook")
    ending = view("The harbour will probably stay short of pilots in 2026.")
    assert _label(layout, ending, corpus, None, (2026, 12)) == f"As of 2024{YEAR_ENDING}"
    passed = view("The harbour will probably stay short of pilots in 2025.")
    assert _label(layout, passed, corpus, None, (2026, 12)) == f"As of 2024{PAST_HORIZON}"
    told = view("The harbour was short of pilots in 2024.")
    assert _label(layout, told, corpus, None, (2026, 12)) == "As of 2024"
    # a recent view too, by its month ("…will need to do so again in its fiscal 2026
    # plan", of December 2025, had stood unlabelled in a note of December 2026)
    recent = Candidate(
        Sentence("new:p1:s1", "new", ending.sentence.text, ending.sentence.text, 1, 1, 0.5),
        1.0,
        0.5,
        0.5,
        0.5,
    )
    assert _label(layout, recent, corpus, None, (2026, 12)) == f"As of November 2025{YEAR_ENDING}"
    assert _label(layout, recent, corpus, None, (2026, 6)) is None
    # a later date named is looked to, whatever the verb ("…container transits through
    # Suez recover to about half of pre-crisis levels by the end of 2026", of December
    # 2025, had led a note of December 2026 unmarked)
    text = "Harbour traffic recovers to about half of its old level by the end of 2026."
    named = Candidate(Sentence("new:p1:s2", "new", text, text, 1, 1, 0.5), 1.0, 0.5, 0.5, 0.5)
    assert _label(layout, named, corpus, None, (2026, 12)) == f"As of November 2025{YEAR_ENDING}"
    # a schedule names a date after its writing: it looks ahead, whatever its verb ("A
    # transitional phase begins on 1 October 2023", of 2022, had read "As of 2022" alone)
    scheduled = view("The transitional phase of the harbour levy begins on 1 October 2025.")
    assert _label(layout, scheduled, corpus, None, (2026, 12)) == f"As of 2024{PAST_HORIZON}"
    began = view("The transitional phase of the harbour levy began on 1 October 2023.")
    assert _label(layout, began, corpus, None, (2026, 12)) is None  # it dates itself
    # a day without its year, in a passage with no past tense, is the next one (cbam: "On
    # January 1 the … Mechanism moves from reporting to paying." of December 2025 had read
    # "As of December 2025." alone a year on)
    bluf = SectionLayout(id="summary", title="Bottom line", date_labels=True)
    january = view("On January 1 the harbour levy moves from reporting to paying.")
    assert _label(bluf, january, corpus, None, (2026, 12)) == (f"As of November 2024{PAST_HORIZON}")
    raised = view("On 21 March, harbour pilots raised the flag over the tower.")
    assert PAST_HORIZON not in (_label(bluf, raised, corpus, None, (2026, 12)) or "")


def test_a_central_case_looks_ahead() -> None:
    from briefkit.assemble import LOOKS_AHEAD

    assert LOOKS_AHEAD.search("Our central case is that harbour traffic recovers.")
    assert not LOOKS_AHEAD.search("The harbour is the central node of the coast.")


@pytest.mark.parametrize(
    ("text", "past"),
    [
        # odds given to a meeting of the source's own month, a year before the memo's (a
        # cold read: it had led a minister's note as live)
        (
            "We now see a 55% probability that the board raises its rate at its 18-19 December "
            "meeting.",
            True,
        ),
        ("There is a 30% chance of a harbour strike in 2027.", False),
        ("The board raised its rate at its 18-19 December meeting.", False),
        # a plan told with "intends to" (a cold read: "…intends to submit an application …
        # after the Council's July 2023 meeting", labelled as looking to a date now past,
        # had stayed a driver of a memo whose sources ran to 2025)
        ("The harbour board intends to open the new berth in March 2026.", True),
        ("The harbour board intends to open the new berth in March 2027.", False),
        # an appointment told with no date looks a few months ahead (a cold read: "President
        # Erdoğan is due to meet President Putin in Sochi", of 2023, stood as a driver)
        ("The harbour minister is due to meet the dockers' leaders in Arlo.", True),
        ("The harbour minister met the dockers' leaders in Arlo.", False),
        # a day of the source's month before its own is what happened, no horizon: the
        # missed deadline of a wire of the next day had been kept out of a note's bottom
        # line as a view looking only to that month (a cold read found the news missing)
        (
            "The unions failed to agree by a Dec. 1 deadline, raising the prospect that the "
            "board will impose rules.",
            False,
        ),
        ("The harbour board will decide on Dec. 20 whether to impose rules.", True),
        # a window open on the writer's day (a cold read: "Austria may bring an appeal …
        # within two months and ten days", of September 2025, led a note a year on)
        ("The harbour board may appeal the ruling within two weeks.", True),
        ("The harbour board appealed the ruling within two weeks.", False),
    ],
)
def test_odds_of_what_is_to_come_look_ahead(text: str, past: bool) -> None:
    from briefkit.assemble import looks_to_a_past_date

    corpus = {"dec": _document("dec", "2025-12-03")}
    sentence = Sentence("dec:p1:s1", "dec", text, text, 1, 1, 0.5)
    assert looks_to_a_past_date(Candidate(sentence, 1.0, 0.5, 0.5, 0.5), corpus, (2026, 12)) is past


def test_a_quoted_cases_label_gives_the_odds_of_its_sources_other_cases() -> None:
    """Three cold reads found an outlook quoting a source's base case alone, the odds of
    its other cases (a truce the brief asked about among them) nowhere in the memo: the
    label of the first case quoted names the cases the section does not quote, with their
    odds, in a few words; a layout may turn it off (a one-page note's words go to
    passages)."""
    from briefkit.assemble import _Notes, _section_blocks
    from briefkit.memo import Text

    cases = [
        ("Scenario A: Contested corridor (base case, probability 55%)", "Ships keep sailing."),
        ("Scenario B: Standalone maritime truce (probability 20%)", "A truce is signed."),
        ("Scenario C: Escalation at sea (probability 15%)", "Strikes hit ships at sea."),
    ]
    sentences = tuple(
        Sentence(f"sc:p{k}:s1", "sc", text, text, k, 1, 0.5, heading=heading)
        for k, (heading, text) in enumerate(cases, 1)
    )
    paragraphs = tuple(Paragraph(f"p{k}", (s,)) for k, s in enumerate(sentences, 1))
    document = Document("sc", "sc.txt", "0" * 64, SourceMeta(date="2025-09-15"), "", paragraphs)
    corpus = {"sc": document}
    layout = SectionLayout(id="outlook", title="Outlook", order="newest", date_labels=True)

    def labels(quoted: list[int], other_cases: bool = True) -> list[str]:
        picks = [Candidate(sentences[k], 1.0, 0.5, 0.5, 0.5) for k in quoted]
        blocks = _section_blocks(layout, picks, _Notes(corpus), corpus, (2025, 10), other_cases)
        return [i.text for b in blocks for i in b.inlines if isinstance(i, Text) and i.bold]

    assert labels([0]) == [
        "Scenario A: Contested corridor (base case, probability 55%), as of September 2025; "
        "its other cases: Standalone maritime truce (20%), Escalation at sea (15%)."
    ]
    # a case the section quotes is not listed again
    listed = labels([0, 2])
    assert listed[0].endswith("its other cases: Standalone maritime truce (20%).")
    assert "other cases" not in listed[1]
    assert labels([0], other_cases=False) == [
        "Scenario A: Contested corridor (base case, probability 55%), as of September 2025."
    ]


@pytest.mark.parametrize(
    ("text", "led"),
    [
        ('"Most of the harbour deaths came from exposure," said Soler.', True),
        (
            'Silt did not close the harbour. "Most of the deaths came from exposure," said Soler.',
            False,
        ),
    ],
)
def test_a_speaker_leads_only_an_excerpt_that_is_all_theirs(text: str, led: bool) -> None:
    """A cold read of `valencia`: "**As of 2024 — Clara Soler.** Climate change did not put
    houses in the Poyo floodplain… "Most of the deaths happened because of exposure and
    vulnerability," said Soler." gave her the writer's sentence too. A lead-in naming the
    speaker stands only before an excerpt all theirs."""
    from briefkit.assemble import _excerpt_inlines, _Notes
    from briefkit.memo import Text

    body = "Clara Soler, a hydrologist, studies the harbour."
    meta = SourceMeta(authors=("Ana Lindgren",), publisher="Harbour Review")
    document = Document("h", "h.txt", "0" * 64, meta, body, ())
    candidate = Candidate(Sentence("h:p2:s1", "h", text, text, 2, 1, 0.5), 1, 1, 1, 1)
    inlines = _excerpt_inlines(candidate, _Notes({"h": document}), None)
    lead = inlines[0] if isinstance(inlines[0], Text) else None
    assert (lead is not None and "Clara Soler" in lead.text) is led, inlines
