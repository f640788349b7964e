"""The compose stage: budgets per section, and the rows of finding tables."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest

from briefkit import compose
from briefkit.analysis.candidates import Candidate, Proposals
from briefkit.analysis.findings import Disagreement
from briefkit.corpus import Sentence
from briefkit.layout import Layout, SectionLayout


def _candidate(sid: str, source: str, text: str) -> Candidate:
    sentence = Sentence(sid, source, text, text, 1, 1, 0.5)
    return Candidate(sentence, score=1.0, relevance=0.5, centrality=0.5, fit=0.5)


def test_a_joined_pair_and_its_first_sentence_are_one_quote(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A disagreement row quoting "B1" and another quoting "B1 B2" (the same sentence with
    the one that leans on it) would print one passage twice: the second row goes, and so
    does every excerpt candidate holding B1."""
    a = _candidate("a:p1:s1", "a", "The port handled 36 ships a day in 2023, its director said.")
    b1 = _candidate("b:p1:s1", "b", "The port handled 52 ships a day in 2023, officials said.")
    b12 = _candidate(
        "b:p1:s1+p1:s2",
        "b",
        "The port handled 52 ships a day in 2023, officials said. It was a record.",
    )
    c = _candidate("c:p1:s1", "c", "The port handled 44 ships a day in 2023, an agent said.")
    rows = [
        Disagreement("36 / 52", a, b1, 1.0),
        Disagreement("44 / 52", c, b12, 0.9),
    ]
    monkeypatch.setattr(compose, "disagreements", lambda *args: rows)
    layout = Layout(
        sections=[
            SectionLayout(id="background", title="Background", share=0.8),
            SectionLayout(
                id="differ", title="Where sources differ", kind="disagreements", share=0.2
            ),
        ]
    )
    proposals = Proposals(sections={"background": (b1, b12, c)}, years=None)
    corpus = SimpleNamespace(documents=[])
    found, left, _ = compose._finding_rows(layout, proposals, 1000, corpus)  # type: ignore[arg-type]
    assert [label for label, _ in found["differ"]] == ["Port: 36 / 52"]  # the matter both name
    assert [x.sentence.id for x in left.sections["background"]] == ["c:p1:s1"]


def test_a_chronology_short_of_room_keeps_its_latest_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rows go in date order until the words run out, the latest event first: a
    chronology of 2022-2025 had stopped in 2024."""
    from briefkit.analysis.findings import Event

    texts = {
        "2022-03-01": ("a", "The port authority raised its dues in March 2022."),
        "2023-06-01": ("b", "The shipping lines sued over the dues in June 2023."),
        "2024-05-01": ("c", "A court struck the dues down in May 2024."),
        "2025-02-01": ("d", "The authority cut the dues by half in February 2025."),
    }
    events = [
        Event(date, _candidate(f"{source}:p1:s1", source, text))
        for date, (source, text) in texts.items()
    ]
    monkeypatch.setattr(compose, "dated_events", lambda *args: events)
    layout = Layout(
        sections=[
            SectionLayout(id="background", title="Background", share=0.8),
            SectionLayout(id="when", title="Chronology", kind="chronology", share=0.2, max_items=4),
        ]
    )
    proposals = Proposals(sections={"background": ()}, years=None)
    corpus = SimpleNamespace(documents=[])
    monkeypatch.setattr(compose, "FINDING_ROW_WORDS", 5)  # room for two rows of these
    found, _, _ = compose._finding_rows(layout, proposals, 135, corpus)  # type: ignore[arg-type]
    assert [label for label, _ in found["when"]] == ["March 1, 2022", "February 1, 2025"]


def test_a_disagreement_takes_its_sentences_before_the_chronology(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A passage that is both a dated event and one side of a disagreement goes to the
    disagreement, whichever section the layout shows first: the chronology had taken it,
    and the disagreement was left with no row."""
    from briefkit.analysis.findings import Event

    revised = _candidate(
        "a:p1:s1", "a", "In January 2024 the OECD cut its revenue estimate to $155 billion."
    )
    first = _candidate("b:p1:s1", "b", "The OECD expects the tax to raise $220 billion a year.")
    monkeypatch.setattr(compose, "dated_events", lambda *args: [Event("2024-01", revised)])
    monkeypatch.setattr(
        compose, "disagreements", lambda *args: [Disagreement("$220 / $155", first, revised, 1.0)]
    )
    layout = Layout(
        sections=[
            SectionLayout(id="background", title="Background", share=0.6),
            SectionLayout(id="when", title="Chronology", kind="chronology", share=0.2),
            SectionLayout(id="differ", title="Differ", kind="disagreements", share=0.2),
        ]
    )
    proposals = Proposals(sections={"background": ()}, years=None)
    corpus = SimpleNamespace(documents=[])
    found, _, _ = compose._finding_rows(layout, proposals, 1000, corpus)  # type: ignore[arg-type]
    assert [label for label, _ in found["differ"]] == ["OECD: $220 / $155"]
    assert found["when"] == []
    assert list(found) == ["when", "differ"]


@pytest.mark.parametrize(
    ("actors", "title"),
    [
        (["CrowdStrike", "Microsoft", "Delta Air Lines", "France"], "Positions"),
        (["Tajikistan", "Russia", "Taliban"], "Regional positions"),
        # half is not most (cold reads of pillar2 and chips)
        (["European Union", "Scott Bessent"], "Positions"),
        (["Semiconductor Industry Association", "Japan"], "Positions"),
    ],
)
def test_a_table_of_actors_that_are_not_states_is_titled_positions(
    actors: list[str], title: str
) -> None:
    from briefkit.assemble import section_title

    layout = SectionLayout(
        id="regional_positions",
        title="Regional positions",
        title_without_states="Positions",
        one_per_actor=True,
    )
    picks = [
        dataclasses.replace(_candidate(f"s{i}:p1:s1", f"s{i}", "A says so."), actor=a)
        for i, a in enumerate(actors)
    ]
    assert section_title(layout, picks) == title


def test_disagreeing_figures_months_apart_show_their_dates() -> None:
    """ "about 80 percent / around 90 percent" from March 2024 and October 2025 may be a
    change, not a dispute: the Matter cell says when each was given."""
    from briefkit.analysis.candidates import Candidate
    from briefkit.compose import _dated_sides
    from briefkit.corpus import Corpus, Document, Sentence, SourceMeta

    def doc(name: str, date: str) -> Document:
        return Document(name, f"{name}.txt", "0" * 64, SourceMeta(date=date), "", ())

    def pick(name: str) -> Candidate:
        text = f"Gangs control a share of the capital, {name} says."
        return Candidate(Sentence(f"{name}:p1:s1", name, text, text, 1, 1, 0.5), 1, 1, 1, 1)

    corpus = Corpus((doc("old", "2024-03-11"), doc("new", "2025-10-02"), doc("same", "2024-03-30")))
    label = "about 80 percent / around 90 percent"
    assert _dated_sides(label, pick("old"), pick("new"), corpus) == (
        "about 80 percent (March 2024) / around 90 percent (October 2025)"
    )
    assert _dated_sides(label, pick("old"), pick("same"), corpus) == label
    assert _dated_sides("Kenya: backs / opposes", pick("old"), pick("new"), corpus) == (
        "Kenya: backs / opposes"
    )


def test_figures_that_name_the_year_they_measure_keep_their_sources_dates_out() -> None:
    """ "about N4.4 trillion (August 2023) / nearly N4.7 trillion (May 2025)" read as two
    times, where both sources give the subsidy's cost in 2022."""
    from briefkit.analysis.candidates import Candidate
    from briefkit.compose import _dated_sides
    from briefkit.corpus import Corpus, Document, Sentence, SourceMeta

    def doc(name: str, date: str) -> Document:
        return Document(name, f"{name}.txt", "0" * 64, SourceMeta(date=date), "", ())

    def pick(name: str, year: str) -> Candidate:
        text = f"The subsidy cost the treasury a large sum in {year}, {name} says."
        return Candidate(Sentence(f"{name}:p1:s1", name, text, text, 1, 1, 0.5), 1, 1, 1, 1)

    corpus = Corpus((doc("old", "2023-08-21"), doc("new", "2025-05-23")))
    label = "about N4.4 trillion / nearly N4.7 trillion"
    assert _dated_sides(label, pick("old", "2022"), pick("new", "2022"), corpus) == label
    assert _dated_sides(label, pick("old", "2022"), pick("new", "2024"), corpus) == (
        "about N4.4 trillion (August 2023) / nearly N4.7 trillion (May 2025)"
    )
    # a year ahead of both sources is a target: two projections, each of its day (a cold
    # read took "around 2.1 billion euros a year by 2030" of 2021 and "about 1.5 billion"
    # of 2022, undated, for two sources disagreeing)
    assert _dated_sides(label, pick("old", "2030"), pick("new", "2030"), corpus) == (
        "about N4.4 trillion (August 2023) / nearly N4.7 trillion (May 2025)"
    )


def test_the_bottom_line_and_outlook_hold_no_view_of_a_date_now_past(tmp_path) -> None:
    """ "…is expected to receive advice on the options before the end of the year", of a
    year gone, had led a minister's note: where other judgements remain, a bottom line
    looking only to a date before the memo's month is not offered."""
    import datetime as dt

    from briefkit.analysis.proposals import propose
    from briefkit.read import read_corpus
    from tests.conftest import DOCKERS_TOPIC, LAPSED_VIEW, LASTING_VIEW, write_dockers_views

    lapsed, lasting = LAPSED_VIEW, LASTING_VIEW
    write_dockers_views(tmp_path)
    corpus = read_corpus(tmp_path)
    proposals = propose(corpus, DOCKERS_TOPIC)
    later = compose.current_views(proposals, compose.views_now_past(corpus, dt.date(2026, 12, 2)))
    sooner = compose.current_views(proposals, compose.views_now_past(corpus, dt.date(2025, 11, 2)))
    for section in ("summary", "outlook"):  # the outlook too: a label may not mark it
        offered = {c.sentence.text for c in proposals.sections[section]}
        assert {lapsed, lasting} <= offered
        assert {c.sentence.text for c in later.sections[section]} == offered - {lapsed}
        assert {c.sentence.text for c in sooner.sections[section]} == offered


def test_drivers_and_positions_hold_no_plan_whose_date_the_sources_have_passed() -> None:
    """A cold read found "TMC has said it will submit an application to the ISA after the
    Authority's July 2024 session" as TMC's row, its newest source of June 2025 telling a
    US application instead: a plan or forecast looking only to dates before the newest
    source's month is offered to neither section, where others remain. One looking past
    it stays (the memo's label says where its date has passed since)."""
    import datetime as dt

    from briefkit.corpus import Corpus, Document, SourceMeta

    def doc(name: str, date: str) -> Document:
        return Document(name, f"{name}.txt", "0" * 64, SourceMeta(date=date), "", ())

    def pick(index: int, text: str) -> Candidate:
        return Candidate(Sentence(f"old:p1:s{index}", "old", text, text, 1, index, 0.5), 1, 1, 1, 1)

    passed = pick(
        1,
        "The harbour board has said it will apply for a licence after the council's July 2024 meeting.",
    )
    ahead = pick(
        2,
        "The harbour board has said it will apply for a licence after the council's July 2025 meeting.",
    )
    stance = pick(3, "The dockers' union opposes the harbour board's licence.")
    meeting = pick(4, "The harbour minister is due to meet the dockers' union in Arlo.")
    corpus = Corpus((doc("old", "2023-11-20"), doc("new", "2025-03-02")))
    sections = {
        name: (passed, ahead, stance, meeting) for name in ("drivers", "regional_positions")
    }
    sections["background"] = (passed, stance)
    proposals = Proposals(sections=sections, years=None)
    memo_month = compose.views_now_past(corpus, dt.date(2026, 12, 2))
    current = compose.current_views(proposals, memo_month, compose.views_past_in_sources(corpus))
    for name in ("drivers", "regional_positions"):
        assert current.sections[name] == (ahead, stance)
    assert current.sections["background"] == (passed, stance)  # history may tell a plan
    # without the test at the newest source's month, both plans stay
    assert compose.current_views(proposals, memo_month).sections["drivers"] == (
        passed,
        ahead,
        stance,
        meeting,
    )


def test_a_chronologys_words_go_to_events_spread_over_its_period() -> None:
    """Rows offered in date order until the words ran out had stopped a chronology of
    2023-2025 in April 2024: the latest goes first, then the earliest, then each the one
    farthest in time from those placed."""
    from briefkit.analysis.findings import Event
    from briefkit.analysis.proposals import Candidate
    from briefkit.compose import _spread_in_time
    from briefkit.corpus import Sentence

    dates = ["2023-10-08", "2023-10-24", "2024-04-22", "2024-11-19", "2024-12-27", "2025"]
    events = [
        Event(date, Candidate(Sentence(f"s{k}:p1:s1", f"s{k}", "E.", "E.", 1, 1, 0.5), 1, 1, 1, 1))
        for k, date in enumerate(dates)
    ]
    order = [e.date for e in _spread_in_time(events)]
    assert order[:4] == ["2025", "2023-10-08", "2024-11-19", "2024-04-22"]
    assert order.index("2023-10-24") == len(order) - 1  # a fortnight after the first: last


@pytest.mark.parametrize(
    ("quote", "date", "shown"),
    [
        # the date the row is labelled with, told again as the passage opens: trimmed where
        # what follows opens as a sentence would
        (
            "On 7 October 2022 Commerce Department officials published the widest rules.",
            "2022-10-07",
            "…Commerce Department officials published the widest rules.",
        ),
        (
            "In late January 2025, Nevada's milk testing found a different genotype.",
            "2025-01",
            "…Nevada's milk testing found a different genotype.",
        ),
        # not where it runs on in lower case ("2023 | …the driest year in the canal's
        # recorded history, the lake fell…": three cold readers took such rows for
        # fragments)
        (
            "In 2023 the province approved a reform that critics opposed.",
            "2023",
            "In 2023 the province approved a reform that critics opposed.",
        ),
        # another date, a place first, or too little left: as it is
        (
            "In 2023 the province approved a reform that critics opposed.",
            "2024",
            "In 2023 the province approved a reform that critics opposed.",
        ),
        (
            "In Catamarca, a provincial court in 2024 ordered a halt to new permits.",
            "2024",
            "In Catamarca, a provincial court in 2024 ordered a halt to new permits.",
        ),
        ("In May 2025 it fell.", "2025-05", "In May 2025 it fell."),
    ],
)
def test_a_chronology_row_does_not_open_on_its_own_date_again(
    quote: str, date: str, shown: str
) -> None:
    """ "March 25, 2024 | On March 25, 2024, federal agencies confirmed…" told the date twice
    (a cold read); the passage's opening date is trimmed where it is the row's and what
    follows opens with a capital."""
    from briefkit.analysis.findings import Event

    row = compose._dated_once(Event(date, _candidate("a:p1:s1", "a", quote)))
    assert row.sentence.quote == shown


def _page_trial(ids: list[str], words: dict[str, int]) -> compose.Trial:
    """A trial of the page search: a memo of the passages `ids` (each `words` long)."""
    from tests.memo_factory import memo_with

    texts = [" ".join([name] * words[name]) for name in ids]
    chosen = {
        "background": [
            _candidate(f"{name}:p1:s1", name, text) for name, text in zip(ids, texts, strict=True)
        ]
    }
    return memo_with(texts), chosen, 0


def _words_on_page(memo) -> int:
    return sum(len(e.quote.split()) for section, e, _ in memo.excerpts() if section == "background")


def test_the_room_a_long_passage_overflowed_goes_to_a_shorter_one() -> None:
    """The search for the most room that keeps a minister's note to its page stops below
    the room at which one long passage ran the page over; that room is tried again without
    it, and a shorter passage fills it (a quarter of a page had stayed blank)."""
    words = {"a": 30, "b": 30, "long": 40, "short": 12}

    def attempt(room: int, refused: frozenset[str] = frozenset()) -> compose.Trial:
        ids = ["a", "b"]
        if room >= 95:  # room enough for a third passage: the best one not refused
            ids += [n for n in ("long", "short") if f"{n}:p1:s1" not in refused][:1]
        return _page_trial(ids, words)

    def fits(memo, quick: bool = False) -> bool:
        return _words_on_page(memo) <= 75

    found = compose._most_room_that_fits(attempt, fits, 100, attempt(100))
    assert found is not None
    assert [c.sentence.source_id for c in found[1]["background"]] == ["a", "b", "short"]


def test_a_page_the_quick_test_passes_and_the_pdf_refuses_is_searched_again() -> None:
    """The quick test (the note as Word sets it) passed a memo the PDF's own page refused:
    the search is made again with the full test, instead of the weakest excerpts being cut
    from a memo chosen for more room."""
    words = {name: 10 for name in "abcdefgh"}

    def attempt(room: int, refused: frozenset[str] = frozenset()) -> compose.Trial:
        names = [n for n in "abcdefgh" if f"{n}:p1:s1" not in refused]
        return _page_trial(names[: room // 10], words)

    def fits(memo, quick: bool = False) -> bool:
        return _words_on_page(memo) <= (70 if quick else 50)

    found = compose._most_room_that_fits(attempt, fits, 80, attempt(80))
    assert found is not None and fits(found[0])
    assert _words_on_page(found[0]) == 50
