"""Proposals: the standing of a passage as a quote, before any section is considered."""

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.analysis.proposals import Analysis, quality
from briefkit.corpus import Corpus, Sentence
from briefkit.read import read_corpus
from tests.conftest import write


def _sentence(text: str) -> Sentence:
    return Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso has now had two coups this year.",
        "Prices fell sharply last month, traders said.",
        "The minister resigned yesterday after the vote.",
        "Exports have doubled so far this year.",
    ],
)
def test_time_told_from_the_writers_day_lowers_standing(text: str) -> None:
    assert quality(_sentence(text)) < quality(_sentence("Burkina Faso had two coups in 2022."))


def test_a_dated_statement_stands_fully() -> None:
    assert quality(_sentence("In September 2022 Burkina Faso had its second coup.")) == 1.0


@pytest.mark.parametrize(
    ("text", "adds"),
    [
        ("Russia has also weighed upon the harbour board to keep its promise.", True),
        ("Some sources also report that the board plans to send an envoy.", True),
        ("The board will hold the fees until March, its chair said, and also cut dues.", False),
        ("Russia has weighed upon the harbour board to keep its promise.", False),
    ],
)
def test_a_passage_adding_to_something_untold_stands_lower(text: str, adds: bool) -> None:
    """ "…has also led to a refugee influx", "Some sources also report…": the cold reads tag
    them dangling; they cost ADDS_UNTOLD of a passage's standing as an excerpt."""
    from briefkit.analysis.proposals import ADDS_UNTOLD

    assert quality(_sentence(text)) == pytest.approx(ADDS_UNTOLD if adds else 1.0)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("The long-range drones used in those attacks could only come from a foreign state.", True),
        ("To the west, Chad faces an even more direct threat.", True),
        ("Even in this picture, the position of Tajikistan was different.", True),
        ("First, political: the midterm elections will determine the pace of reform.", True),
        ("The CGT: the union federation has threatened a fourth general strike.", True),
        ("Brazil: the government said it would not join the talks.", True),
        ("Lilly has pursued similar claims against three telehealth companies.", True),
        ("Saudi Arabia made the same calculation about the harbour tolls.", True),
        ("Officials spent the following months shuttling between ministries.", True),
        ("Mali's army has given a very different account.", True),
        ("The 2023 Lower Basin agreement showed a different role.", True),
        ("In Panama, the ports concession faces its own threat.", True),
        ("The RSF has its own command structure in Darfur.", False),
        ("Mali's army has given a different account from the UN's.", False),
        ("Those who fled the city in 2023 have not returned.", False),
        ("The army recaptured the capital in March 2025.", False),
        # a comparison that says its point stands ("The bigger risk now is to farm
        # incomes…"; a rule for "the bigger threat" flagged three such of four in the
        # read corpora's memos, and was dropped)
        ("Analysts say the bigger long-term threat to the harbour is productivity.", False),
        # which risks? which state? (the example's memos)
        ("The capital can afford to take such risks, certain that allies would help.", True),
        ("Relations will remain in such a “cold” state for a long time.", True),
        ("Exporters such as Vietnam gained from the ban.", False),
        ("The July promise to accept refugees, for example, is unlikely to be kept.", True),
        ("For example, the July promise to accept refugees is unlikely to be kept.", True),
        ("The law was drafted in such a way that no one could appeal.", False),
        # such a thing named before it, or in the sentence before it, is told
        ("Companies pledged to exclude deep-sea minerals and not to buy such minerals.", False),
        ("The firms asked the court to pause the law. Without such an order, it applies.", False),
        ("The swap was the first such intervention for a Latin American currency.", False),
        ("The board said the absence of such records makes the inquiry harder.", True),
        # "either incident": which two? (a cold read of the fifty-sixth round)
        ("No evidence has been made public linking Moscow to either incident.", True),
        ("Troops massed on either side of the border.", False),
        ("Either the ministry or the regulator will pay.", False),
        ("Exports grew more than in either of the previous two years.", False),
        # "those plants" the passage itself has named (a committee's finding, no bottom line)
        ("It found that too few plants were scheduled and some of those plants failed.", False),
        ("The regulator found that some of those plants failed.", True),
    ],
)
def test_passages_that_point_back_into_their_article(text: str, leans: bool) -> None:
    from briefkit.analysis.proposals import points_back

    assert points_back(text) is leans
    assert (quality(_sentence(text)) < 1.0) is leans


@pytest.mark.parametrize(
    ("text", "name", "stance"),
    [
        (
            "Amid clashes on the frontier, Lisbon and Madrid have signed an accord on "
            "cooperation in border protection.",
            "Lisbon",
            False,
        ),
        (
            "Amid clashes on the frontier, Madrid and Lisbon have signed an accord on "
            "cooperation in border protection.",
            "Lisbon",
            False,
        ),
        (
            "Amid clashes on the frontier, Lisbon and Madrid have resumed discussions on "
            "cooperation in border protection.",
            "Lisbon",
            True,
        ),
        (
            "The Dockers' Union and the Harbour Employers said in a joint statement that they "
            "had agreed on wages and would extend the contract until January 15.",
            "The Dockers",
            False,
        ),
        ("Norway and Denmark agreed to impose sanctions on the junta.", "Norway", True),
        ("Norway has begun talks to normalise relations with the junta.", "Norway", True),
    ],
)
def test_what_two_parties_did_together_is_no_stance_of_either(
    text: str, name: str, stance: bool
) -> None:
    """A cold read found a joint statement of an agreement between two parties as their
    row: an event between them. Talks resumed stay a stance (the key points count them)."""
    from briefkit.analysis.proposals import states_a_stance

    assert states_a_stance(text, text.index(name)) is stance


@pytest.mark.parametrize(
    ("text", "period", "asked_since", "history"),
    [
        (
            "Following the Soviet invasion in 1979, the Dock Front emerged.",
            (2021, 2024),
            None,
            True,
        ),
        ("In the 1990s the harbour union backed the Northern Front.", (2021, 2024), None, True),
        ("In 2021 the Dock Front took the port, as it had in 1996.", (2021, 2024), None, False),
        ("The Dock Front holds the port.", (2021, 2024), None, False),
        # a year a level is compared with tells no time ("its highest since 1990")
        (
            "Harbour fees rose to their highest since 1990, the Dock Front said.",
            (2021, 2024),
            None,
            False,
        ),
        # a brief asking about the 1970s makes 1979 its period
        (
            "Following the Soviet invasion in 1979, the Dock Front emerged.",
            (2021, 2024),
            1975,
            False,
        ),
    ],
)
def test_a_passage_naming_only_years_decades_before_the_period_is_history(
    text: str, period: tuple[int, int], asked_since: int | None, history: bool
) -> None:
    """Three of the example's five sources are undated, so its "Following the Soviet
    invasion in 1979, the Tajik-dominated Jamiat-e-Islami emerged…" had been a position
    row and a driver of a note on 2021-2024: the period tells history where the source's
    date cannot."""
    from briefkit.analysis.proposals import history_before

    assert history_before(text, period, asked_since) is history


@pytest.mark.parametrize(
    ("text", "at", "stance"),
    [
        # holding lines in the actor's own words (cold reads of the fifty-first round)
        ('The harbour board said it was "reviewing the options closely" and urged calm.', 4, False),
        (
            'Kestria\'s negotiator said the state would "keep working through the holidays".',
            0,
            False,
        ),
        ("Kestria's negotiator said the state would keep working for a deal.", 0, True),
        # a writer's verdict quoted after the actor's act makes the pair the writer's view
        (
            "Last week the harbour agency told the country that it was keeping its limits. "
            "That is true, and it is welcome.",
            15,
            False,
        ),
        ("The harbour agency told the country that it was keeping its limits.", 4, True),
        # an act, a wait and a plight are no views
        ("The weather agency issued its highest, red-level warning for the harbour.", 4, False),
        (
            "Insurers said it was too early to estimate losses, but the fund had opened a line.",
            0,
            False,
        ),
        ("Dock workers find themselves in a complicated position.", 0, False),
        ("Exporters said the impact would depend on how far the currency moved.", 0, False),
        ("Exporters said the impact would hurt their margins.", 0, True),
        # what a person once did, told in an apposition, describes them (a cold read of the
        # fifty-first round found a minister's leaving office as his position)
        ("Ruth Aldana, the minister who negotiated the deal, left cabinet in 2024.", 0, False),
        ("Ruth Aldana, the minister who negotiated the deal, said it would hold.", 0, True),
        # a threat in a clause of another party's ("…began after the Houthis threatened…")
        ("The Kestrian campaign began in March after the Velmorans threatened ships.", 4, False),
        ("Kestria said it would respond after the Velmorans threatened ships.", 0, True),
        # a participle after a noun is the noun's doing ("…to run a process seeking…")
        ("Kestria Water hired a bank to run a process seeking new equity.", 0, False),
        ("Kestria Water is seeking new equity from its owners.", 0, True),
        # a load measured, a deal as a thing, a law enacted: no views (cold read, round 56)
        ("By 7 a.m., Kestria Grid reported that 99 percent of demand was restored.", 12, False),
        ("Kestria Grid demanded that the plants be paid.", 0, True),
        ("The Harbour Board replaced the plea with a non-prosecution agreement.", 4, False),
        ("The Harbour Board agreed to postpone the fees.", 4, True),
        ("Days ago Ruth Aldana signed into law a new minimum wage.", 9, False),
        ("Ruth Aldana signed the code of practice.", 0, True),
        # signing a deal is an act (a cold read, round 58: a firm's row)
        ("Kestria Water signed the definitive agreements on 18 December.", 0, False),
        ("Kestria Water signed a supply deal with the port.", 0, False),
        ("Kestria Water signed an open letter against the levy.", 0, True),
    ],
)
def test_a_holding_line_an_act_or_a_writers_verdict_is_no_stance(
    text: str, at: int, stance: bool
) -> None:
    from briefkit.analysis.proposals import states_a_stance

    assert states_a_stance(text, at) is stance


def test_advice_to_an_actor_is_not_its_position() -> None:
    from briefkit.analysis.proposals import states_a_stance

    advice = "The Security Council should follow resolution 2736 with targeted sanctions."
    assert not states_a_stance(advice, 4)
    assert states_a_stance("Egypt rejected the plan and said it would not attend.", 0)
    definition = "The Multinational Security Support mission is not a peacekeeping force."
    assert not states_a_stance(definition, 4)
    # words of the subject matter of positions are no one's stance
    fact = "The Viv Ansanm coalition and its allies control most of the capital and its roads."
    assert not states_a_stance(fact, 4)
    # what others do to a thing of the actor's (a cold read: "Mexico's share … will be
    # negotiated separately…" had been Mexico's row)
    assert not states_a_stance("Norway's share, set by treaty, will be negotiated later.", 0)
    assert states_a_stance("Norway's negotiators said they would not accept deeper cuts.", 0)
    # how others see an actor is no stance of its own (a cold read: Senegal's row)
    assert not states_a_stance("Senegal and Togo are seen as possible mediators.", 0)
    assert not states_a_stance("Norway is widely regarded as a broker in the talks.", 0)
    # nor a routine it keeps up ("…continues to list gang leaders", the Council's row)
    listing = "The Security Council's sanctions committee continues to list gang leaders."
    assert not states_a_stance(listing, 4)
    assert states_a_stance("The Security Council continues to oppose the harbour plan.", 4)
    # having said little is no stance ("The incoming Trump administration has said little
    # about Sudan.", a cold read's row)
    assert not states_a_stance("The incoming harbour administration has said little about it.", 4)
    # a refusal to take part is a stance ("Meta Platforms will not sign the … code of
    # practice…, its global affairs chief said on Friday", a cold read); a schedule is not
    refusal = (
        "Harbour Steel Holdings will not sign the harbour authority's voluntary code of "
        "practice for general-purpose port cranes, its chief said on Friday."
    )
    assert states_a_stance(refusal, 0)
    assert not states_a_stance("The harbour board will not meet again until March.", 4)
    # nor what it says it is doing ("Tata Steel says it is tracking the carbon footprint…")
    tracking = "Harbour Steel says it is tracking the carbon footprint of its exports."
    assert not states_a_stance(tracking, 0)
    assert states_a_stance("Harbour Steel says it is opposed to the carbon levy.", 0)
    # nor are what its figures show ("Chinese customs data show imports…", China's row)
    customs = "Chinese customs data show imports of harbour cranes approaching $40 billion."
    assert not states_a_stance(customs, 0)
    assert states_a_stance(
        "Chinese officials said the data showed the rules were unfair and would be fought.", 0
    )
    assert states_a_stance("Norway said it was ready to act as a broker in the talks.", 0)
    # nor a tally or an estimate it published ("Rengo's first tally of the spring wage
    # talks shows…", "The BOJ's staff estimates of the neutral rate range from…")
    tally = "The Dock Union's first tally of the spring wage talks shows pay rises of 5.3%."
    assert not states_a_stance(tally, 4)
    estimates = "The harbour board's staff estimates of the neutral fee range from 1% to 2%."
    assert not states_a_stance(estimates, 4)
    assert states_a_stance("The Dock Union wants the board to drop its wage survey.", 4)
    # an actor's size is what it is ("The ILA represents about 45,000 dockworkers…")
    assert not states_a_stance("The union represents about 45,000 dockworkers in 36 ports.", 4)
    assert not states_a_stance("The union has 85,000 members across the two coasts.", 4)
    assert states_a_stance("The union said 45,000 dockworkers would strike on Tuesday.", 4)
    # a share forecast of others is no stance ("The OECD says around 90 percent of groups
    # will be covered…", the pillar2 cold read); the actor's own plan is
    forecast = "The body says around 90 percent of large groups will be covered by the rules."
    assert not states_a_stance(forecast, 4)
    assert states_a_stance("The body says it will publish guidance in June.", 4)
    assert states_a_stance("Kenya and its allies rejected the plan.", 0)
    # a stance not stated: "has not said", "declined to comment" (unless "…but said")
    unsaid = "Donald Trump, who takes office in January, has not said how he would approach Sudan."
    assert not states_a_stance(unsaid, 0)
    assert not states_a_stance("Volkswagen declined to comment on the plant.", 0)
    less = "Trump has promised sweeping tariffs but has said less about export restrictions."
    assert not states_a_stance(less, 0)
    reviewing = "The Semiconductor Industry Association said it was reviewing the rules."
    assert not states_a_stance(reviewing, 4)
    assert states_a_stance("The association said it was reviewing the rules but backs them.", 4)
    working = "The two harbour operators said they were prioritising emergency traffic."
    assert not states_a_stance(working, 4)
    # a warning raised as an act is no stance; one that says what it warns of is
    assert not states_a_stance("The weather agency raised its warning for the harbour to red.", 4)
    assert states_a_stance("The weather agency warned that the harbour would flood.", 4)
    assert states_a_stance("The agency issued a warning that the harbour dam could fail.", 4)
    assert states_a_stance("Northvolt declined to comment but said volumes were rising.", 0)
    assert states_a_stance("Chevron said its operations were separate and declined to comment.", 0)
    # a figure an actor reports is no stance of its own (what it will do, or its words, are)
    reported = "Thugge said usable foreign exchange reserves stood at $10.8 billion, or 4.7 months."
    assert not states_a_stance(reported, 0)
    # support lacked is no one's support (a cold read's United States row)
    assert not states_a_stance("US aid cuts have left millions of farmers without support.", 0)
    assert states_a_stance("Thailand has offered no support to the delta junta.", 0)
    assert states_a_stance('Kimani said the Act was "proof that Parliament learnt" in 2024.', 0)
    assert states_a_stance("Egypt said losses reached $7 billion and it would seek damages.", 0)
    assert states_a_stance("Egypt said losses reached $7 billion and rejected the plan.", 0)
    # nor is a state of things it reports (what it will do still is)
    assert not states_a_stance("The harbour operator said the damage to its link was minor.", 0)
    assert not states_a_stance(
        "The safety council said all plants remained in a safe condition.", 0
    )
    assert states_a_stance("The operator said the damage was minor but it would seek damages.", 0)


def test_a_passage_without_a_stance_is_never_a_position(tmp_path) -> None:
    from briefkit.analysis.proposals import propose
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Hospitals Count the Cost\n\nJuly 22, 2024\n\n"
        "Mass General Brigham cancelled routine visits across its hospitals in Boston on Friday.\n"
        "In Boston, Beth Israel Lahey postponed its non-urgent appointments.\n"
        "Gunmen of the Grand Ravine gang held hostages in Port-au-Prince for a week.\n"
        "Delta Air Lines said it would seek damages from the software vendor in court.\n",
    )
    proposals = propose(read_corpus(tmp_path), "the outage, the hospitals and the airlines")
    rows = [c.sentence.text for c in proposals.sections["regional_positions"]]
    assert any("Delta" in r for r in rows)
    assert not any("Mass General" in r for r in rows)
    assert not any("non-urgent" in r or "hostages" in r for r in rows)  # no urging, no hosting


def _harbour_standings(corpus: Corpus, words: tuple[str, ...]) -> dict[str, float]:
    """The standing of each regional-positions candidate holding one of `words`."""
    from briefkit.analysis import proposals as module

    found = module.propose(corpus, "the Arlo harbour berth fees dispute")
    return {
        word: c.standing
        for c in found.sections["regional_positions"]
        for word in words
        if word in c.sentence.text
    }


def _weights(corpus: Corpus, words: tuple[str, ...], monkeypatch, *factors: str) -> dict:
    """What each candidate's standing is multiplied by through `factors` (proposals'
    constants, each set to 1 for the comparison)."""
    from briefkit.analysis import proposals as module

    weighed = _harbour_standings(corpus, words)
    for name in factors:
        monkeypatch.setattr(module, name, 1.0)
    unweighed = _harbour_standings(corpus, words)
    return {word: weighed[word] / unweighed[word] for word in weighed}


def _earlier_stance_weights(
    folder: Path, monkeypatch, words: tuple[str, ...], **files: str
) -> dict:
    """`_weights` through EARLIER_STANCE of a corpus of the given files (name -> text)."""
    for name, text in files.items():
        write(folder / f"{name}.txt", text)
    return _weights(read_corpus(folder), words, monkeypatch, "EARLIER_STANCE")


def test_an_actors_newer_stance_stands_above_its_older_one(tmp_path, monkeypatch) -> None:
    """The same actor's stance in a source two years older loses POSITION_RECENCY of its
    standing beside its newest (its row then gives the current line); the newest, and an
    actor's only stance however old, keep theirs, so the section keeps its rows."""
    from briefkit.analysis import proposals as module

    write(
        tmp_path / "a.txt",
        "Harbour Row\n\nMarch 3, 2022\n\n"
        "Norway said it would block any new berth fees at the Arlo harbour.\n"
        "Iceland said it rejected the Arlo harbour plan outright.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour Deal\n\nMarch 9, 2024\n\n"
        "Norway said it would accept the new berth fees at the Arlo harbour after the deal.\n",
    )
    corpus = read_corpus(tmp_path)
    words = ("block", "accept", "rejected")
    weighed, weight = _harbour_standings(corpus, words), module.POSITION_RECENCY
    monkeypatch.setattr(module, "POSITION_RECENCY", 0.0)
    unweighed = _harbour_standings(corpus, words)
    ratios = {word: weighed[word] / unweighed[word] for word in weighed}
    assert ratios == pytest.approx({"block": 1 - weight, "accept": 1.0, "rejected": 1.0})


def test_a_stance_long_before_the_actors_newest_weighs_as_history(tmp_path, monkeypatch) -> None:
    """ "The National Retail Federation … renewed its call on President Joe Biden to use …
    the Taft-Hartley Act" (2024) had been the retailers' row in a cold read's note whose
    sources of a year later tell their call on Congress. A stance from a source older than
    the actor's newest by STANCE_SINCE_TOLD of the corpus's months weighs EARLIER_STANCE;
    one two months older keeps its standing."""
    from briefkit.analysis import proposals as module

    weight = module.EARLIER_STANCE
    ratios = _earlier_stance_weights(
        tmp_path,
        monkeypatch,
        ("block", "rejected", "review", "accept"),
        a="Harbour Row\n\nJanuary 3, 2022\n\n"
        "Norway said it would block any new berth fees at the Arlo harbour.\n"
        "Iceland said it rejected the Arlo harbour plan outright.\n",
        b="Harbour Talks\n\nMarch 3, 2022\n\n"
        "Iceland said it would review the Arlo harbour plan with the port.\n",
        c="Harbour Deal\n\nJanuary 3, 2024\n\n"
        "Norway said it would accept the new berth fees at the Arlo harbour after the deal.\n",
    )
    assert ratios == pytest.approx({"block": weight, "rejected": 1.0, "review": 1.0, "accept": 1.0})


def test_a_person_since_replaced_in_office_holds_a_position_of_then(tmp_path, monkeypatch) -> None:
    """ "Reed said the government 'stands ready to step in'…" (July 2025) had been a cold
    read's row for Steve Reed in a note whose newer source tells "Emma Reynolds, who
    replaced Steve Reed as Environment Secretary in the September reshuffle": what a person
    since replaced said weighs EARLIER_STANCE as a position."""
    from briefkit.analysis import proposals as module

    weight = module.EARLIER_STANCE
    ratios = _earlier_stance_weights(
        tmp_path,
        monkeypatch,
        ("block", "rejected"),
        a="Harbour Row\n\nMarch 3, 2022\n\n"
        "Tom Reed said he would block any new berth fees at the Arlo harbour.\n"
        "Iceland said it rejected the Arlo harbour plan outright.\n",
        b="Harbour Reshuffle\n\nApril 9, 2022\n\n"
        "The Arlo harbour board met the shipping lines on the berth fees on Monday.\n"
        "Anna Berg, who replaced Tom Reed as Harbour Minister in April, opened the new berth.\n",
    )
    assert ratios == pytest.approx({"block": weight, "rejected": 1.0})
    analysis = module.analyse(read_corpus(tmp_path), "the Arlo harbour berth fees dispute")
    replaced = [u.text[:8] for u, out in zip(analysis.units, analysis.out_of_office, strict=True)]
    assert [t for t, out in zip(replaced, analysis.out_of_office, strict=True) if out] == [
        "Tom Reed"
    ]


@pytest.mark.parametrize(("older_date", "out"), [("March 20, 2022", True), ("March 2022", False)])
def test_a_president_told_defeated_days_later_is_out_of_office(
    tmp_path, older_date: str, out: bool
) -> None:
    """ "President Ranil Wickremesinghe, seeking re-election, has made…" (20 September) had
    been a cold read's position row beside "Incumbent Ranil Wickremesinghe, …, came third"
    (23 September): sources of one month are ordered by their days; a source dated to the
    month alone cannot be placed before the defeat, and keeps its row."""
    from briefkit.analysis import proposals as module

    write(
        tmp_path / "a.txt",
        f"Harbour Vote\n\n{older_date}\n\n"
        "President Tom Reed, seeking re-election, has promised to cut the Arlo berth fees.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour Vote Result\n\nMarch 23, 2022\n\n"
        "Anna Berg won the Arlo harbour presidency on Sunday.\n"
        "Incumbent Tom Reed, who had fought for the berth fees, came third with 17 percent.\n",
    )
    analysis = module.analyse(read_corpus(tmp_path), "the Arlo harbour berth fees dispute")
    flagged = [
        u.text[:14] for u, o in zip(analysis.units, analysis.out_of_office, strict=True) if o
    ]
    assert flagged == (["President Tom "] if out else [])


def test_a_stance_told_as_history_leaves_older_stances_standing(tmp_path, monkeypatch) -> None:
    """An actor's newest stance told as history ("Initially, Norway rejected…", the
    example's undated "The Tajik authorities immediately took an uncompromising position")
    says nothing of today: the actor's older stances keep their standing."""
    from briefkit.analysis import proposals as module

    weight = module.EARLIER_STANCE
    ratios = _earlier_stance_weights(
        tmp_path,
        monkeypatch,
        ("block", "rejected"),
        a="Harbour Row\n\nJanuary 3, 2022\n\n"
        "Norway said it would block any new berth fees at the Arlo harbour.\n",
        c="Harbour History\n\nJanuary 3, 2024\n\n"
        "Initially, Norway rejected any new berth fees at the Arlo harbour.\n",
    )
    assert ratios == pytest.approx({"block": 1.0, "rejected": weight})


@pytest.mark.parametrize(
    "earlier",
    [
        # told in the past perfect
        "Norway had rejected any new berth fees at the Arlo harbour in 2022.",
        # naming only years before its source's
        "Norway, in office since May 2019, rejected any new berth fees at the Arlo harbour in 2021.",
        # told as held at first, or for a time since moved (the example's Tajikistan row)
        "Norway immediately rejected any new berth fees at the Arlo harbour.",
        "For a long time, Norway rejected any new berth fees at the Arlo harbour.",
        "Initially, Norway rejected any new berth fees at the Arlo harbour.",
    ],
)
def test_a_stance_told_as_history_weighs_less_as_a_position(
    tmp_path, monkeypatch, earlier: str
) -> None:
    """ "The Justice Department had found … that Boeing breached…", told as history in the
    wire on the deal that replaced it, had stood as the department's position in a cold
    read; so had "The National Unity Government, formed in April 2021…, declared a
    'people's defensive war' that September" (a 2024 op-ed), over the NUG's call for a
    boycott. A stance told as the actor's now keeps its standing."""
    from briefkit.analysis import proposals as module

    write(
        tmp_path / "a.txt",
        f"Harbour Deal\n\nMarch 9, 2024\n\n{earlier}\n"
        "Iceland said it would accept the Arlo harbour plan after the deal.\n",
    )
    weight = module.EARLIER_STANCE
    ratios = _weights(read_corpus(tmp_path), ("rejected", "accept"), monkeypatch, "EARLIER_STANCE")
    assert ratios == pytest.approx({"rejected": weight, "accept": 1.0})


def test_an_undated_sources_stance_of_earlier_years_weighs_as_history(
    tmp_path, monkeypatch
) -> None:
    """An undated source placed by the events it tells (2024) that names only an earlier
    year for a stance ("Tajikistan perceived the first victory of the Taliban in 1996 with
    extreme hostility.") tells history: it had been Tajikistan's row in the example's note."""
    from briefkit.analysis import proposals as module

    write(
        tmp_path / "a.txt",
        "Harbour Fees\n\nMarch 9, 2024\n\n"
        "Iceland said it would accept the Arlo harbour berth fees after the deal.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour History\n\n"
        "In March 2024 the Arlo harbour board raised the berth fees by a tenth.\n"
        "Norway rejected any new berth fees at the Arlo harbour in 2015.\n",
    )
    # (a year two decades before the period is no row at all: `history_before`)
    weight = module.EARLIER_STANCE
    ratios = _weights(read_corpus(tmp_path), ("rejected", "accept"), monkeypatch, "EARLIER_STANCE")
    assert ratios == pytest.approx({"rejected": weight, "accept": 1.0})


def test_a_stance_told_as_todays_leads_the_actors_row(tmp_path, monkeypatch) -> None:
    """ "Today, Dushanbe and Kabul are negotiating…", closing the example's newest source,
    had ranked below an older source's hardline stance: a stance told as today's weighs
    CURRENT_STANCE more, and the actor's stances in older sources weigh EARLIER_STANCE.
    "For years, Iceland has rejected…" goes on now, and keeps its standing."""
    from briefkit.analysis import proposals as module

    write(
        tmp_path / "a.txt",
        "Harbour Row\n\nMarch 3, 2022\n\n"
        "Norway said it would block any new berth fees at the Arlo harbour.\n"
        "For years, Iceland has rejected any new berth fees at the Arlo harbour.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour Deal\n\nMarch 9, 2024\n\n"
        "Today, Norway is negotiating the new berth fees at the Arlo harbour with the port.\n",
    )
    earlier, current = module.EARLIER_STANCE, module.CURRENT_STANCE
    ratios = _weights(
        read_corpus(tmp_path),
        ("block", "negotiating", "rejected"),
        monkeypatch,
        "EARLIER_STANCE",
        "CURRENT_STANCE",
    )
    assert ratios == pytest.approx({"block": earlier, "negotiating": current, "rejected": 1.0})


def test_a_stance_of_then_is_never_a_bottom_line(tmp_path) -> None:
    """ "For a long time, official Dushanbe perceived the Taliban as a terrorist
    organization…" had led the example's note as its newest source's lede."""
    from briefkit.analysis.proposals import tells_a_stance_of_then

    proposals = _propose(
        tmp_path,
        "the Arlo harbour fees",
        a="Harbour Talks\n\nMarch 9, 2024\n\n"
        "For a long time, Norway perceived the Arlo harbour fees as a threat to its fleet.\n"
        "Norway and the port are expected to agree new Arlo harbour fees next year.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert summary
    assert not any("long time" in text for text in summary)

    assert tells_a_stance_of_then(
        "For a long time, official Dushanbe perceived the Taliban as a threat."
    )
    assert tells_a_stance_of_then("At first, the company denied any fault.")
    assert not tells_a_stance_of_then("For years, the EU has argued for a cap.")
    assert not tells_a_stance_of_then("The ministry immediately after the vote said nothing.")


def test_what_an_inquiry_found_is_a_bottom_line_however_old(tmp_path) -> None:
    """ "The government's own committee … found that REE scheduled too few plants…" had led
    no bottom line: it was no judgement, and its source was more than BOTTOM_LINE_MONTHS
    older than the newest. What a body found stands until a newer source overtakes it."""
    from briefkit.analysis.proposals import tells_a_finding

    proposals = _propose(
        tmp_path,
        "the Arlo port board and harbour safety",
        a="Harbour Inquiry\n\nMarch 9, 2024\n\n"
        "The harbour inquiry found that the Arlo port board ignored three safety warnings.\n",
        b="Harbour Fees\n\nNovember 9, 2024\n\n"
        "Fishing crews at the Arlo port board meeting said the new fees were unfair.\n"
        "The Arlo port board is expected to vote on the fees in March.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert summary and "inquiry found" in summary[0]
    assert tells_a_finding("The FDA determined that supply can meet demand.")
    assert tells_a_finding("An audit of the concession found payment defaults.")
    assert not tells_a_finding("A president who finds that a strike imperils safety can act.")
    assert not tells_a_finding("The inspectors were found on the quay.")
    assert not tells_a_finding("It may impose duties if it finds that subsidies cause injury.")
    assert not tells_a_finding("The Commission said it had concluded its investigation.")
    # a state found ages as any state does (a famine found in a camp since overrun)
    assert not tells_a_finding("The review committee has concluded that famine is occurring.")


def test_a_finding_dated_long_before_the_newest_source_leads_no_bottom_line(tmp_path) -> None:
    """ "A UN Panel of Experts report in January 2024 found that allegations … were
    "credible"", told in November 2024, had led a note whose newest source is of June 2025
    (a cold read: the key judgements older than the memo's own material)."""
    proposals = _propose(
        tmp_path,
        "the Arlo port board and harbour safety",
        a="Harbour Inquiry\n\nNovember 9, 2024\n\n"
        "A harbour inquiry report in January 2024 found that the Arlo port board ignored "
        "three safety warnings.\n",
        b="Harbour Fees\n\nJune 9, 2025\n\n"
        "Fishing crews at the Arlo port board meeting said the new fees were unfair.\n"
        "The Arlo port board is expected to vote on the fees in March.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert summary and "inquiry report" not in summary[0], summary


def test_the_briefs_own_state_is_not_the_voice_of_its_people(tmp_path) -> None:
    """A memo on Kenya's crisis: the Treasury secretary's stance heads his own row, not
    one of "Kenya" (`actors.home_states` reads the title)."""
    from briefkit.analysis.proposals import propose

    write(
        tmp_path / "a.txt",
        "Kenya Budget\n\nMarch 9, 2025\n\n"
        "Treasury Cabinet Secretary John Mbadi said the budget would seek no IMF money.\n"
        "Mbadi told lawmakers in Kenya that the budget would cut borrowing.\n",
    )
    corpus = read_corpus(tmp_path)
    query = "Kenya's budget crisis and borrowing"

    def actors(title: str | None) -> set[str | None]:
        found = propose(corpus, query, title=title)
        return {c.actor for c in found.sections["regional_positions"]}

    assert actors(None) == {"Kenya"}
    assert actors("Kenya's Budget Crisis") == {"John Mbadi"}


def test_a_post_the_passage_gives_outranks_the_party_named_elsewhere(tmp_path) -> None:
    """The corpus names "ODM chairman John Mbadi" once and the Orange Democratic Movement
    holds positions of its own; his words as Treasury secretary are his row, not ODM's."""
    from briefkit.analysis.proposals import propose

    write(
        tmp_path / "a.txt",
        "Cabinet Named\n\nMarch 2, 2025\n\n"
        "Ruto named ODM chairman John Mbadi to the cabinet on Wednesday.\n"
        "ODM said it would back the budget only if the finance bill was dropped.\n",
    )
    write(
        tmp_path / "b.txt",
        "Kenya Budget\n\nMarch 9, 2025\n\n"
        "Treasury Cabinet Secretary John Mbadi said the budget would seek no IMF money.\n",
    )
    found = propose(read_corpus(tmp_path), "Kenya's budget and the IMF", title="Kenya's Budget")
    rows = {c.actor: c.sentence.text for c in found.sections["regional_positions"]}
    assert "IMF money" in rows["John Mbadi"]
    assert "IMF money" not in rows.get("ODM", "")


def test_a_court_rules_on_positions_and_holds_none(tmp_path) -> None:
    """ "On March 5, U.S. District Judge Mark Pittman … rejected…" had stood as a
    stakeholder's position in a cold read: a court is the parties' arbiter."""
    from briefkit.analysis.proposals import judges, propose

    write(
        tmp_path / "a.txt",
        "Harbour Ruling\n\nMarch 9, 2025\n\n"
        "U.S. District Judge Mark Pittman rejected the pilots' bid to block the harbour fees.\n"
        "The Harbour Authority said it would defend the fees in any court.\n"
        "The General Court dismissed the pilots' appeal against the harbour fees.\n",
    )
    found = propose(read_corpus(tmp_path), "the harbour fees dispute")
    actors = {c.actor for c in found.sections["regional_positions"]}
    assert "Harbour Authority" in actors
    assert not actors & {"Mark Pittman", "General Court"}
    assert not judges("Justice Department", "The Justice Department said it would appeal.")


def test_a_bottom_line_comes_from_the_newer_sources(tmp_path) -> None:
    from briefkit.analysis.proposals import propose
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Talks Outlook\n\nMarch 3, 2023\n\n"
        "Analysts expect the Ankara border talks on border risks will likely collapse, raising border risks.\n",
    )
    write(
        tmp_path / "b.txt",
        "Talks Resume\n\nNovember 9, 2025\n\n"
        "Diplomats expect that the negotiations will likely resume next spring in Ankara.\n",
    )
    proposals = propose(read_corpus(tmp_path), "the border talks and their risks")
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert "resume" in summary[0]  # the newer judgement leads; the older one only follows


def _propose(tmp_path, query: str, **files: str):
    """Proposals of a corpus of the given files (name -> text)."""
    from briefkit.analysis.proposals import propose
    from briefkit.read import read_corpus
    from tests.conftest import write

    for name, text in files.items():
        write(tmp_path / f"{name}.txt", text)
    return propose(read_corpus(tmp_path), query)


@pytest.mark.parametrize(
    ("state", "leads"),
    [
        (
            "Water flows from the Narva dam are low, fishing quotas remain halved, the delta "
            "farms' debts are rising and the ferry subsidy remains suspended.",
            True,
        ),
        (
            "Water flows from the Narva dam are low and fishing quotas remain halved, while "
            "the council has yet to meet again.",
            False,
        ),
    ],
)
def test_where_things_stand_across_the_brief_is_a_bottom_line(
    tmp_path, state: str, leads: bool
) -> None:
    """A newest source's third sentence, neither lede nor judgement, that tells where four
    of the brief's items stand may lead the note (a cold read's first fault: no bottom line
    saying where things are); one answering two is the background's."""
    proposals = _propose(
        tmp_path,
        "Water flows from the dam, the fishing quotas, the delta farms' debts, the ferry "
        "subsidy and the harbour fees",
        a="Delta Background\n\nMarch 3, 2024\n\n"
        "The dam was finished upstream in 2019 after a decade of planning.\n"
        "The ferry subsidy was cut by the ministry in 2023.\n"
        "Fishing crews protested at the harbour in 2023 over the quotas.\n"
        "The delta farms borrowed heavily after the drought of 2022.\n",
        b="Delta Notes\n\nNovember 9, 2025\n\n"
        "The regional council met in the port town on Monday to hear the farmers' union.\n"
        "The union's chair spoke for an hour about the season behind them.\n"
        f"{state}\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert (summary == [state]) is leads, summary


@pytest.mark.parametrize(
    "rival",
    [
        '"The border talks will likely resume, and the crossing will likely reopen in '
        'the spring," the minister said of the border talks and the crossing.',
        "The minister continues to argue that the border talks will likely resume and the "
        "crossing will likely reopen in the spring, to the relief of the border traders.",
    ],
)
def test_a_bottom_line_is_a_judgement_before_someones_words(tmp_path, rival: str) -> None:
    """A quotation, or a report of what someone argues, leads only without a judgement."""
    proposals = _propose(
        tmp_path,
        "the border talks and the crossing",
        a=f"Talks Outlook\n\nNovember 9, 2025\n\n{rival}\n"
        "We judge that the Ankara border talks will stall again.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert summary[0].startswith("We judge")


def test_a_forecast_the_newest_source_has_overtaken_is_no_outlook(tmp_path) -> None:
    proposals = _propose(
        tmp_path,
        "the outage and its regulation",
        a="Outage Report\n\nJuly 26, 2024\n\n"
        "A full root cause analysis of the outage is expected in the coming weeks.\n",
        b="Outage Review\n\nJuly 18, 2025\n\n"
        "Regulators will likely designate the vendor as a critical provider next year.\n",
    )
    outlook = [c.sentence.text for c in proposals.sections["outlook"]]
    assert any("Regulators" in t for t in outlook)
    assert not any("root cause" in t for t in outlook)


def test_a_forecast_the_newest_source_has_overtaken_is_no_driver(tmp_path) -> None:
    """A preview of a meeting months past ("When negotiators reconvene … on August 5, the
    talks will likely stall because…") had been quoted as a driver."""
    from briefkit.analysis.proposals import analyse
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Talks Preview\n\nJuly 26, 2024\n\nWhen negotiators reconvene in Geneva on August 5, "
        "the talks will likely stall because the oil states blocked a deal in Busan.\n",
    )
    write(
        tmp_path / "b.txt",
        "Talks Review\n\nJuly 18, 2025\n\n"
        "Regulators will likely designate the vendor as a critical provider next year.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "the talks and the oil states")
    preview = next(i for i, u in enumerate(analysis.units) if "reconvene" in u.text)
    assert analysis.fits[preview]["drivers"] == 0.0
    assert analysis.fits[preview]["outlook"] == 0.0


@pytest.mark.parametrize(
    ("older", "newer", "query", "needle"),
    [
        # "The Metals Company has said it will submit an application … after the
        # Authority's July 2024 session" had been the company's row a year on, its newer
        # stance left out
        (
            "Seabed Preview\n\nJanuary 26, 2024\n\nKestrel Minerals has said it will apply "
            "for a dredging permit after the council's July 2024 session.\n",
            "Seabed Review\n\nJune 18, 2025\n\n"
            "Kestrel Minerals said it opposes any new dredging rules this year.\n",
            "Kestrel Minerals and dredging permits",
            "will apply",
        ),
        # with no outlook cue too: "…the FDA said it would not take action against …
        # pharmacies … until Feb. 18, 2025." had been the FDA's row in a memo whose newest
        # source is of December 2025
        (
            "Harbour Notice\n\nDecember 19, 2024\n\nThe Velmora Harbour Authority said it "
            "would not fine dredging firms that keep working at the old berth until Feb. 18, "
            "2025.\n",
            "Harbour Review\n\nDecember 18, 2025\n\n"
            "The Velmora Harbour Authority said it opposes any new dredging at the old berth.\n",
            "the harbour authority and dredging",
            "would not",
        ),
    ],
)
def test_a_stance_looking_to_a_date_the_newest_source_passed_weighs_less(
    tmp_path, monkeypatch: pytest.MonkeyPatch, older: str, newer: str, query: str, needle: str
) -> None:
    from briefkit.analysis import proposals as module
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(tmp_path / "a.txt", older)
    write(tmp_path / "b.txt", newer)

    def fit() -> float:
        analysis = module.analyse(read_corpus(tmp_path), query)
        stance = next(i for i, u in enumerate(analysis.units) if needle in u.text)
        assert analysis.fits[stance]["outlook"] == 0.0
        return analysis.fits[stance]["regional_positions"]

    kept = fit()
    monkeypatch.setattr(module, "PASSED_STANCE", 1.0)
    assert 0 < kept < fit()


def test_a_stance_naming_a_year_past_when_it_was_written_keeps_its_weight(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Russia said … the agreement would only take effect once … sanctions … were lifted,
    reviving the demands it made when it quit the U.N. grain deal in 2023." (of March 2025)
    looks ahead to no date: 2023 was past when it was said. It had weighed as a stance
    whose date the newest source passed, and Russia had no row in `grain`'s memos."""
    from briefkit.analysis import proposals as module
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Harbour Talks\n\nMarch 26, 2025\n\nThe Velmora Harbour Authority said on Tuesday "
        "that a truce at the old berth would only take effect once the dredging levy was "
        "lifted, reviving the demands it made when it quit the berth deal in 2023.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour Review\n\nSeptember 15, 2025\n\n"
        "Dredging at the old berth continued through the summer, pilots said.\n",
    )

    def fit() -> float:
        analysis = module.analyse(read_corpus(tmp_path), "the harbour authority and the truce")
        stance = next(i for i, u in enumerate(analysis.units) if "reviving" in u.text)
        return analysis.fits[stance]["regional_positions"]

    kept = fit()
    monkeypatch.setattr(module, "PASSED_STANCE", 1.0)
    assert 0 < kept == fit()


def test_the_writers_advice_is_no_outlook_driver_background_or_bottom_line(tmp_path) -> None:
    """'Microsoft should set a firm date…' tells an actor what to do; 'Growth should
    recover next year' is a forecast."""
    proposals = _propose(
        tmp_path,
        "kernel drivers and vendors",
        a="Kernel Review\n\nJuly 18, 2025\n\n"
        "Microsoft should set a firm date after which new kernel drivers will no longer be "
        "certified.\n"
        "Kernel access for Windows vendors will likely end within two years, engineers expect.\n",
    )
    for section in ("outlook", "summary"):
        texts = [c.sentence.text for c in proposals.sections[section]]
        assert any("Kernel access" in t for t in texts)
        assert not any("should set" in t for t in texts)
    # nor a driver, nor what happened (a think tank's advice had been a note's background)
    for section in ("drivers", "background"):
        assert not any("should set" in c.sentence.text for c in proposals.sections[section])


def test_what_should_be_under_the_sources_recommendations_is_no_outlook(tmp_path) -> None:
    """ "Any future arrangement, including one negotiated in a ceasefire, should not be
    conditional on…", under a source's "Recommendations", is its advice: it had stood in an
    outlook as a forecast (a cold read). The same words under another heading may look
    ahead."""
    advice = (
        "Any future kernel arrangement, including one negotiated with regulators, should "
        "not be conditional on reopening kernel access to every vendor."
    )
    page = (
        "Kernel Review\n\nJuly 18, 2025\n\n"
        "Kernel access for Windows vendors will likely end within two years, engineers "
        "expect.\n\n## {heading}\n\n" + advice + "\n"
    )
    advised = _propose(tmp_path / "a", "kernel drivers", a=page.format(heading="Recommendations"))
    assert not any("should not be" in c.sentence.text for c in advised.sections["outlook"])
    assert any("likely end" in c.sentence.text for c in advised.sections["outlook"])
    ahead = _propose(tmp_path / "b", "kernel drivers", a=page.format(heading="What comes next"))
    assert any("should not be" in c.sentence.text for c in ahead.sections["outlook"])


def test_a_pledge_to_keep_watching_is_quoted_nowhere(tmp_path) -> None:
    """ "UN Trade and Development will continue to monitor the situation and publish
    updates." had been an outlook (a cold read: a press release's sign-off)."""
    proposals = _propose(
        tmp_path,
        "kernel drivers and vendors",
        a="Kernel Review\n\nJuly 18, 2025\n\n"
        "The kernel review board will continue to monitor the situation and publish updates.\n\n"
        "Kernel access for Windows vendors will likely end within two years, engineers "
        "expect.\n",
    )
    quoted = {c.sentence.text for found in proposals.sections.values() for c in found}
    assert not any("publish updates" in t for t in quoted)
    assert any("likely end" in c.sentence.text for c in proposals.sections["outlook"])


def _assert_leads(tmp_path: Path, leads: dict[str, bool | None]) -> None:
    """Each line on one page, and whether it may lead the bottom line (None: not asked)."""
    page = "Kernel Review\n\nJuly 18, 2025\n\n" + "".join(f"{line}\n" for line in leads)
    proposals = _propose(tmp_path, "kernel drivers and vendors", a=page)
    led = {c.sentence.text for c in proposals.sections["summary"]}
    asked = {line: may for line, may in leads.items() if may is not None}
    assert {line: line in led for line in asked} == asked


def test_the_markets_move_of_the_day_is_no_bottom_line(tmp_path) -> None:
    """ "Shares rose about 4% in after-hours trading, as investors focused on…" had been a
    note's bottom line (a cold read of `chips`): the market's reaction, not the news. A
    judgement that names the shares in a clause of its own may lead."""
    leads = {  # each line, and whether it may lead (None: not asked)
        "Microsoft said it would end kernel access for Windows security vendors in 2026.": None,
        "Harbour Systems shares rose about 4% in after-hours trading on the news.": False,
        "For Harbour Systems, whose shares have lost half their value, the change is a threat "
        "to its business.": True,
        "Kernel access for Windows vendors will likely end within two years, engineers expect.": (
            True
        ),
    }
    _assert_leads(tmp_path, leads)


def test_the_news_peg_is_no_bottom_line(tmp_path) -> None:
    """ "The World Bank's update comes as the government prepares its 2026 budget…" had led
    a note of `srilanka` (a cold read: a news peg, no content). What came of something
    ("The crisis came after years of borrowing…") is no peg."""
    from briefkit.analysis.proposals import NEWS_PEG

    assert not NEWS_PEG.match("The kernel crisis came after years of unchecked vendor access.")
    assert not NEWS_PEG.match("The ruling comes as a relief to vendors.")
    assert NEWS_PEG.match("The move came two days after the vote.")
    leads = {
        "Microsoft said it would end kernel access for Windows security vendors in 2026.": None,
        "The Kernel Board's review comes as vendors prepare their 2026 driver updates.": False,
        "Kernel access for Windows vendors will likely end within two years, engineers expect.": (
            True
        ),
    }
    _assert_leads(tmp_path, leads)


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        # what a writer says should be done to someone, in the passive (a cold read of
        # `thames` found it a driver)
        ("ADVISED", "Customers should be protected from the costs of the loan's fees.", True),
        ("ADVISED", "Vendors should be required to test kernel drivers before each release.", True),
        # what should come about is a forecast
        ("ADVISED", "The kernel review should be completed by the end of the year.", False),
        ("ADVISED", "Growth should recover next year as vendors return.", False),
        # a pledge to keep watching (`proposals.WATCH_ONLY`); a watch beside a forecast, or
        # until a date, tells what comes
        ("WATCH_ONLY", "The EPA will continue to monitor developments closely.", True),
        ("WATCH_ONLY", "The ministry will closely follow the situation as it develops.", True),
        (
            "WATCH_ONLY",
            "The central bank will continue to monitor inflation and expects to cut rates.",
            False,
        ),
        ("WATCH_ONLY", "The agency will monitor the situation until the truce expires.", False),
    ],
)
def test_advice_and_a_pledge_to_keep_watching(pattern: str, text: str, found: bool) -> None:
    from briefkit.analysis import proposals, units

    matcher = getattr(units, pattern, None) or getattr(proposals, pattern)
    assert bool(matcher.match(text)) is found


@pytest.mark.parametrize(
    ("text", "quoted", "reported"),
    [
        ('"The canal is Panamanian and it will remain Panamanian," Mulino said.', True, True),
        ("Mao Ning said China “will firmly safeguard its sovereignty” in the talks.", True, True),
        ('The so-called "cepo" will be lifted next year, analysts expect.', False, False),
        ("We judge that the talks will most likely fail before the spring.", False, False),
        ("CrowdStrike continues to argue that Delta's own systems explain the delay.", False, True),
        ("Analysts said the deal could take more than a year to close.", False, True),
        (
            "European business groups asked why their members should remain subject to rules.",
            False,
            True,
        ),
        ("Unions demanded a wage rise to match the new pump price.", False, True),
        ("The ports deal will likely close before the summer of 2026.", False, False),
        ("Chile is moving toward greater state control of lithium in 16 states.", False, False),
    ],
)
def test_a_bottom_line_in_someone_elses_voice(text: str, quoted: bool, reported: bool) -> None:
    """Someone's words in quotation marks, or a report of what someone holds."""
    from briefkit.analysis.proposals import quotes_a_speaker, speaks_for_someone

    assert quotes_a_speaker(text) is quoted
    assert speaks_for_someone(text) is reported


def test_a_bottom_line_never_points_into_its_article(tmp_path) -> None:
    """'Chad faces an even more direct threat' than what? A bottom line is read first and
    alone; the sections below quote it only with the sentence it leans on."""
    proposals = _propose(
        tmp_path,
        "Chad and the war",
        a="Chad Review\n\nJune 15, 2025\n\n"
        "Darfur's refugees from the war keep crossing into Chad at Adre.\n"
        "To the west, Chad faces an even more direct threat from the war.\n"
        "Chad will likely close its eastern border before the rains, officials expect.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert any("close its eastern border" in t for t in summary)
    assert not any("even more direct" in t for t in summary)


def test_a_bottom_line_names_what_it_is_about(tmp_path) -> None:
    """'Some will be in no hurry to return' leaves its subject in the article. A forecast
    figure names what it is about ("We expect prices to average around $6,000 a tonne in
    2026…": a third cold read found no memo giving the sources' central forecast)."""
    proposals = _propose(
        tmp_path,
        "shipping lines and the canal",
        a="Canal Review\n\nJune 15, 2025\n\n"
        "Some will be in no hurry to return to the route, whatever the risk.\n"
        "Maersk will likely return to the Suez route in 2026, analysts expect.\n"
        "We expect canal transit fees to average around $450,000 a voyage in 2026.\n"
        "Some shipping lines said the canal was too risky for their crews.\n"
        "All operators will have to report incidents within 72 hours.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert any("Maersk" in t for t in summary)
    assert any("$450,000" in t for t in summary)
    assert not any("no hurry" in t for t in summary)
    # a span of time is a rule's deadline, no forecast figure: it names no one (a cold
    # read of ransomware found "All victims will have to report attacks within 72 hours."
    # leading a note)
    assert not any("72 hours" in t for t in summary)


def test_an_undated_judgement_follows_the_dated_ones(tmp_path) -> None:
    """An undated source cannot show that its judgement is current: it leads the bottom
    line only where the dated sources offer none."""
    proposals = _propose(
        tmp_path,
        "the Ankara border talks and their risks",
        a="Talks Outlook\n\n"
        "Analysts expect the Ankara border talks will likely collapse, raising border risks.\n",
        b="Talks Resume\n\nNovember 9, 2025\n\n"
        "Diplomats expect the Ankara border talks will likely resume, easing border risks.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert "resume" in summary[0], summary


def test_a_judgement_months_older_than_the_newest_follows_it(tmp_path) -> None:
    """Five months older in the same year: June's judgement had led over November's state
    of play (the kenya note), since recency went by the year and a bottom line counted as
    overtaken only after six months. It goes by the month now, and three months overtake."""
    talks = "Diplomats expect the Ankara border talks will likely {}, {} border risks."
    proposals = _propose(
        tmp_path,
        "the Ankara border talks and their risks",
        a="Talks Stall\n\nJune 2, 2025\n\n" + talks.format("collapse", "raising") + "\n",
        b="Talks Resume\n\nNovember 9, 2025\n\n" + talks.format("resume", "easing") + "\n",
    )
    # overtaken, June's judgement leads nowhere while November offers one
    assert [c.sentence.source_id for c in proposals.sections["summary"]] == ["b"]


def test_a_bottom_line_adds_to_nothing_untold(tmp_path) -> None:
    proposals = _propose(
        tmp_path,
        "Boeing and its oversight",
        a="Boeing Review\n\nJune 15, 2025\n\n"
        "Boeing will also likely retain an independent consultant in 2026, analysts expect.\n"
        "Boeing will likely resume full production at Renton in 2026, analysts expect.\n"
        "Regulators said in May that Boeing had fixed its quality controls.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert any("resume full production" in t for t in summary)
    assert not any("also likely retain" in t for t in summary)


@pytest.mark.parametrize(
    "other",
    [
        "Rotterdam will likely face a similar threat from the strikes in 2026, analysts expect.",
        "The second risk is that Rotterdam will lose transit cargo in 2026, analysts expect.",
        "Strikes at the port there will likely spread to Rotterdam in 2026, analysts expect.",
    ],
)
def test_a_bottom_line_compares_with_nothing_untold(tmp_path, other: str) -> None:
    """ "Togo faces a similar threat", "The second variable is Israel", "…the war there":
    the other end of the comparison is in the article, not on the page."""
    proposals = _propose(
        tmp_path,
        "Rotterdam and its port",
        a="Port Review\n\nJune 15, 2025\n\n"
        + other
        + "\nRotterdam will likely resume full operations at its container terminals in 2026, "
        "analysts expect.\nRegulators said in May that Rotterdam had fixed its cranes.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert any("resume full operations" in t for t in summary)
    assert other not in summary


def test_compares_to_untold_leaves_named_comparisons() -> None:
    from briefkit.analysis.proposals import COMPARES_TO_UNTOLD

    assert not COMPARES_TO_UNTOLD.search("Rotterdam faces a threat similar to Antwerp's.")
    assert not COMPARES_TO_UNTOLD.search("There is a risk that the strike will spread.")
    assert COMPARES_TO_UNTOLD.search("Saudi Arabia made the same calculation.")


def test_the_newer_telling_of_a_matter_goes_first(tmp_path) -> None:
    """A passage a source a year newer says nearly again weighs less outside the
    background: the newer telling leads."""
    from briefkit.analysis.proposals import SUPERSEDED, analyse, score
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Port Review\n\nJune 15, 2023\n\n"
        "The Rotterdam harbour cranes remain idle because the crane operators' strike "
        "continues, analysts expect.\n"
        "Antwerp shipping lines are expected to add ten weekly services in 2024.\n",
    )
    write(
        tmp_path / "b.txt",
        "Port Review\n\nSeptember 15, 2024\n\n"
        "The Rotterdam harbour cranes are working again since the crane operators' strike "
        "ended, analysts expect.\n"
        "Hamburg dock workers are expected to sign a new contract in 2025.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "Rotterdam harbour cranes strike")
    flagged = {
        u.text.split()[4]: flag for u, flag in zip(analysis.units, analysis.superseded, strict=True)
    }
    assert flagged["remain"] and not flagged["are"]
    outlook = {c.sentence.text.split()[4]: c.standing for c in score(analysis).sections["outlook"]}
    assert outlook["remain"] <= SUPERSEDED * outlook["are"] * 1.01


def test_a_running_count_is_overtaken_by_the_next_months_count(tmp_path) -> None:
    """ "has shipped more than 600,000 tonnes" in May is overtaken by "had shipped around
    725,000 tonnes" in July, two months on (a telling of the matter needs six)."""
    from briefkit.analysis.proposals import analyse
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Food Aid Review\n\nMay 12, 2023\n\n"
        "The World Food Programme has shipped more than 600,000 tonnes of wheat under the "
        "initiative to Afghanistan, Ethiopia and Kenya.\n"
        "Port officials expect the Odesa terminals to add two loading berths next year.\n",
    )
    write(
        tmp_path / "b.txt",
        "Food Aid Review\n\nJuly 31, 2023\n\n"
        "The World Food Programme said it had shipped around 725,000 tonnes of wheat under "
        "the initiative to Afghanistan, Ethiopia and Kenya.\n"
        "Port officials in Izmail expect barge traffic on the Danube to double by the autumn.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "wheat shipped by the World Food Programme")
    flagged = {
        u.text[:30]: flag for u, flag in zip(analysis.units, analysis.superseded, strict=True)
    }
    assert flagged["The World Food Programme has s"]
    assert not flagged["The World Food Programme said "]


@pytest.mark.parametrize(("figure", "undone"), [("$590 million", True), ("$410 million", False)])
def test_an_act_a_newer_source_says_was_undone_is_overtaken(
    tmp_path: Path, figure: str, undone: bool
) -> None:
    """ "…is reported to be preparing an award of roughly $590 million to Moderna" in
    January, "…has cancelled a contract worth $590 million with Moderna" in May: the award
    is no longer pending, however few words the two share; another sum is another act."""
    from briefkit.analysis.proposals import analyse
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Harbour Vaccines\n\nJanuary 20, 2025\n\n"
        "The health ministry is reported to be preparing an award of roughly $590 million to "
        "Velmora Labs for its harbour fever vaccine.\n"
        "Port doctors expect the fever season to peak in the spring.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour Vaccines\n\nFebruary 27, 2025\n\n"
        f"The ministry has cancelled a contract worth {figure} with Velmora Labs, citing cost.\n"
        "Port doctors in the north report fewer fever cases this winter.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "Velmora Labs harbour fever vaccine award")
    flagged = {
        u.text[:20]: flag for u, flag in zip(analysis.units, analysis.superseded, strict=True)
    }
    assert flagged["The health ministry "] is undone
    assert not flagged["The ministry has can"]


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        ("The regulator declared the harbour fever vaccine shortage resolved in February.", True),
        ("The regulator said the harbour fever vaccine shortage worsened in February.", False),
    ],
)
def test_a_lasting_state_a_newer_source_says_has_ended_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """ "…vaccine is still listed as in shortage" beside a newer "declared the … shortage
    resolved": the older line no longer tells how things stand (a cold read found it as
    current in a memo whose newer sources said otherwise)."""
    older = "The harbour fever vaccine is still listed as in shortage at the regulator."
    assert _older_superseded(tmp_path, older, newer, "harbour fever vaccine shortage") is (
        overtaken
    )


@pytest.mark.parametrize(
    ("older", "overtaken"),
    [
        # the state in a clause of a sentence on something else: the sentences as wholes
        # are far apart, the clause and the ending share its words
        (
            "Clinics said they would move patients to branded doses, or to compounded "
            "harbour fever vaccine, which remains on the shortage list.",
            True,
        ),
        # a long sentence's "still" is no one thing's state
        (
            "Clinics that had built businesses around compounded doses said they would "
            "still move patients to branded doses and compounded vaccine from the shortage "
            "list held by the regulator in the capital.",
            False,
        ),
    ],
)
def test_a_lasting_state_told_in_a_clause_is_overtaken_by_its_ending(
    tmp_path: Path, older: str, overtaken: bool
) -> None:
    """A cold read found "…compounded semaglutide, which remains on the shortage list" as
    current beside a newer "the FDA declared the semaglutide shortage resolved"."""
    newer = "On March 21 the regulator declared the harbour fever vaccine shortage resolved."
    assert _older_superseded(tmp_path, older, newer, "harbour fever vaccine shortage") is (
        overtaken
    )


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        (
            "Harbour war-risk premiums have fallen to around 0.2 percent of hull value, "
            "brokers say, down from about 1 percent in July.",
            True,
        ),
        # the older passage's own earlier value told again is no overtaking of its level
        (
            "Harbour war-risk premiums have fallen to around 0.2 percent of hull value, "
            "brokers say, down from about 0.5 percent in June.",
            False,
        ),
    ],
)
def test_a_level_a_newer_source_tells_as_the_earlier_value_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """July's "War-risk premiums … roughly doubled to about 1 percent of hull value" stood
    in a note's drivers, undated, beside December's "…have fallen to around 0.2 to 0.3
    percent…, down from about 1 percent in July" (a cold read): the newer source tells the
    level as what it was."""
    older = (
        "Harbour war-risk premiums roughly doubled to about 1 percent of hull value from "
        "around 0.5 percent before the attacks, brokers said."
    )
    assert _older_superseded(tmp_path, older, newer, "harbour war-risk premiums") is overtaken


def _older_superseded(tmp_path: Path, older: str, newer: str, topic: str) -> bool:
    """Is `older`, from a source two months older than the one telling `newer`, flagged
    superseded?"""
    analysis = _older_and_newer(tmp_path, older, newer, topic)
    flagged = {u.text: flag for u, flag in zip(analysis.units, analysis.superseded, strict=True)}
    return flagged[older]


def _older_and_newer(
    tmp_path: Path, older: str, newer: str, topic: str, newer_date: str = "March 27, 2025"
) -> Analysis:
    """The analysis of two sources: one of January 2025 telling `older`, one of
    `newer_date` telling `newer`."""
    from briefkit.analysis.proposals import analyse
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        f"Harbour Report\n\nJanuary 20, 2025\n\n{older}\n"
        "Port doctors expect the fever season to peak in the spring.\n",
    )
    write(
        tmp_path / "b.txt",
        f"Harbour Report\n\n{newer_date}\n\n{newer}\n"
        "Port doctors in the north report fewer fever cases this winter.\n",
    )
    return analyse(read_corpus(tmp_path), topic)


def _bottom_line_of(tmp_path, query: str, new: list[str], old: list[str]) -> list[str]:
    """The bottom line's candidates of two sources on Harbourland, one of October 2025
    telling the `new` lines, one of January 2024 telling the `old` ones."""
    proposals = _propose(
        tmp_path,
        query,
        new="Harbourland Wire\n\nOctober 28, 2025\n\n" + "".join(f"{t}\n" for t in new),
        old="Harbourland Review\n\nJanuary 5, 2024\n\n" + "".join(f"{t}\n" for t in old),
    )
    return [c.sentence.text for c in proposals.sections["summary"]]


@pytest.mark.parametrize(
    ("query", "new", "old", "leads", "never"),
    [
        # "The Harbour Party won Sunday's election…" says what happened last: a bottom
        # line states it beside what comes next; an older source's lede does not lead
        (
            "Harbourland election and the Harbour Party",
            [
                "The Harbour Party won Sunday's election in Harbourland with 41 percent of "
                "the vote.",
                "Turnout in Harbourland was the lowest since the end of military rule in 1983.",
                "Officials in Harbourland counted the ballots over two nights in the capital.",
            ],
            [
                "The Harbour Party lost the Harbourland mayoral race in the capital by 300 votes.",
                "Harbourland voters were angry about prices in the capital that winter.",
                "Officials in Harbourland counted the ballots over three nights in the capital.",
            ],
            "The Harbour Party won",
            ("The Harbour Party lost", "Officials"),
        ),
        # Four cold readers ranked first a bottom line that leaves out what happened last
        # ("In April, President Trump signed an executive order…" had sat in a
        # background): an event of the newest months the sources date may lead, wherever
        # its article tells it; one of a year before may not
        (
            "Harbourland dues and the harbour board",
            [
                "Harbourland's dockers have long argued that the dues fund nothing they see.",
                "Turnout at the harbour meetings in Harbourland was the lowest in a decade.",
                "On 14 October 2025 the Harbourland Port Board voted to double the dues.",
            ],
            [
                "Harbourland's shippers have long argued that the dues are too high to bear.",
                "Harbourland voters were angry about prices in the capital that winter.",
                "On 2 January 2024 the Harbourland Port Board voted to cut the dues.",
            ],
            "On 14 October 2025",
            ("On 2 January 2024",),
        ),
    ],
)
def test_the_latest_outcome_can_be_the_bottom_line(
    tmp_path, query: str, new: list[str], old: list[str], leads: str, never: tuple[str, ...]
) -> None:
    """Two sources on Harbourland, one of October 2025 telling the `new` lines, one of
    January 2024 telling the `old` ones: the passage opening `leads` may lead, none
    opening with one of `never` may."""
    proposals = _propose(
        tmp_path,
        query,
        new="Harbourland Wire\n\nOctober 28, 2025\n\n" + "".join(f"{t}\n" for t in new),
        old="Harbourland Review\n\nJanuary 5, 2024\n\n" + "".join(f"{t}\n" for t in old),
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert any(t.startswith(leads) for t in summary), summary
    assert not any(t.startswith(never) for t in summary)


@pytest.mark.parametrize(
    ("text", "heading", "verdict"),
    [
        ("The junta's election is the start of a new phase, not an exit from the war.", None, True),
        ("The biggest risk is not a lawsuit but the weather on the river.", None, True),
        ("The real question is whether the harbour can borrow again in 2026.", None, True),
        ("Two years on, the war has settled into a violent, fragmented equilibrium.", None, True),
        ("The harbour board met on Tuesday and raised its dues by a tenth.", "Bottom line", True),
        ("The harbour board met on Tuesday and raised its dues by a tenth.", "Background", False),
        ("The harbour board said it was not a party to the sale.", None, False),
        # a run-in label that is a verdict heading
        ("Our view: the harbour is closer to solvency than at any time in 40 years.", None, True),
        ("Rakhine: The harbour board raised its dues by a tenth.", None, False),
        # an analyst's own assessment, in the words of the trade
        ("We judge that the most likely outcome is a slow, partial recovery.", None, True),
        ("The strike is, in our view, the single largest risk to the port.", None, True),
        ("The likeliest scenario is a long stand-off at the terminal.", None, True),
        ("Our base case is a slow, procedural year at the harbour board.", None, True),
        ("The base case assumed a strike in the spring.", None, False),
        ("Judges assess each claim on its merits.", None, False),
        # a state weighed, not told
        ("A year on, the harbour is in better shape on almost every measure.", None, True),
        ("It is not yet out of danger on any of them.", None, True),
        ("The levy on empty berths has largely failed.", None, True),
        ("The harbour board failed to pay its dues in March.", None, False),
        ("The harbour board has failed to pay its dues since March.", None, False),
        ("The crane was in poor condition after the storm.", None, False),
        # what an inquiry, a study or a court found (a cold read: no memo of blackout gave
        # either inquiry's findings); not what one may find
        ("The committee found that the board scheduled too few tugs that day.", None, True),
        (
            "A study published in November found that 7 percent of dockers had antibodies.",
            None,
            True,
        ),
        ("The court ruled that the levy on empty berths was lawful.", None, True),
        ("The inquiry may well find that the tugs failed because of old rules.", None, False),
    ],
)
def test_the_sources_own_verdict_is_marked(text: str, heading: str | None, verdict: bool) -> None:
    from briefkit.analysis.proposals import VERDICT, text_marks

    sentence = Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5, heading=heading)
    assert bool(text_marks(sentence) & VERDICT) is verdict


def test_a_verdict_can_be_the_bottom_line_wherever_it_sits(tmp_path) -> None:
    """ "The election is the start of a new phase, not an exit from the war." had sat in
    Drivers while the bottom line gave dated facts: a verdict leads as a forecast does."""
    verdict = "The Harbourland election is the start of a new phase, not an exit from the strike."
    proposals = _propose(
        tmp_path,
        "Harbourland strike and the harbour election",
        a="Harbourland Review\n\nOctober 28, 2025\n\n"
        "Dockers in Harbourland walked out in March over pay at the container terminal.\n"
        "The harbour board held a vote on new dues in the capital in June.\n"
        "The port of Harbourland handled fewer ships in the summer than a year before.\n"
        "Talks between the dockers and the harbour board broke down in August.\n"
        f"{verdict}\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert verdict in summary, summary


def test_a_verdict_leads_the_bottom_line_before_a_state_of_play(tmp_path) -> None:
    """A cold read found "We judge that the most likely outcome over the next twelve months
    is…" at the foot of the outlook, under a bottom line of a resolution's terms: the
    source's own assessment is what a bottom line is for, and leads it."""
    verdict = (
        "We judge that the most likely outcome of the Harbourland dockers' pay strike over the "
        "next twelve months is a slow return to the container terminal without a pay deal."
    )
    proposals = _propose(
        tmp_path,
        "Harbourland strike and the dockers' pay dispute",
        a="Harbourland Review\n\nOctober 28, 2025\n\n"
        "Harbourland dockers now strike at the container terminal over pay.\n"
        "The harbour board now offers Harbourland dockers a pay rise of 4 percent.\n"
        f"{verdict}\n",
        b="Port Notes\n\nOctober 27, 2025\n\n"
        "The dockers' strike at the Harbourland container terminal is over pay.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    state = "Harbourland dockers now strike at the container terminal over pay."
    assert summary.index(verdict) < summary.index(state), summary


def test_the_sources_own_bottom_line_needs_no_name_to_lead(tmp_path) -> None:
    """Under the source's "BOTTOM LINE" heading, "The junta's election is the start of a new
    phase…" names no party by name, yet was written to be read alone: it may lead, while
    the same words elsewhere, naming nothing, may not."""
    from briefkit.analysis.proposals import propose
    from briefkit.read import read_corpus
    from tests.conftest import write

    verdict = "The election is the start of a new phase, not an exit from the strike."
    body = (
        "Dockers in Harbourland walked out in March over pay at the container terminal.\n\n"
        "Talks between the dockers and the Harbourland board broke down in August.\n\n"
    )
    write(
        tmp_path / "h" / "a.md",
        "# Harbourland Outlook\n\nOctober 28, 2025\n\n" + body + f"## Bottom line\n\n{verdict}\n",
    )
    write(
        tmp_path / "b" / "b.md",
        "# Harbourland Notes\n\nOctober 28, 2025\n\n" + body + verdict + "\n",
    )
    headed = propose(read_corpus(tmp_path / "h"), "Harbourland strike vote")
    assert verdict in [c.sentence.text for c in headed.sections["summary"]]
    plain = propose(read_corpus(tmp_path / "b"), "Harbourland strike vote")
    assert verdict not in [c.sentence.text for c in plain.sections["summary"]]


def test_a_premise_of_the_sources_scenarios_never_leads(tmp_path) -> None:
    """Under "Key assumptions", "The board wants a port-wide deal…" is a premise of the
    source's scenarios: as a bottom line it would read as a finding; under "Outlook" the
    same words may lead."""
    from briefkit.analysis.proposals import propose
    from briefkit.read import read_corpus
    from tests.conftest import write

    premise = "The Harbourland board will keep linking the dues to the dockers' pay talks."
    body = (
        "Dockers in Harbourland walked out in March over pay at the container terminal.\n\n"
        "Talks between the dockers and the Harbourland board broke down in August.\n\n"
    )
    for folder, heading in (("assumed", "Key assumptions"), ("ahead", "Outlook")):
        write(
            tmp_path / folder / "a.md",
            f"# Harbourland Outlook\n\nOctober 28, 2025\n\n{body}## {heading}\n\n- {premise}\n",
        )
    summary = {
        folder: [
            c.sentence.text
            for c in propose(
                read_corpus(tmp_path / folder), "Harbourland dockers pay talks"
            ).sections["summary"]
        ]
        for folder in ("assumed", "ahead")
    }
    assert premise in summary["ahead"]
    assert premise not in summary["assumed"]


def test_what_scoring_asks_of_a_passages_text_is_found_once_for_every_focus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each passage's text is searched once, when its source is measured (and kept in the
    corpus index with its other signals): neither the unfocused scores (in the build's
    process) nor a focused audience's (in its forked worker) search it again; the scores
    are as before."""
    from briefkit.analysis import proposals
    from briefkit.read import read_corpus
    from tests.conftest import ROOT

    searched: list[str] = []
    real = proposals.points_back
    monkeypatch.setattr(proposals, "points_back", lambda text: searched.append(text) or real(text))
    analysis = proposals.analyse(read_corpus(ROOT / "seeds"), "Tajikistan Taliban border")
    first = len(searched)
    assert first > 0 and analysis.marks
    plain = proposals.score(analysis)
    focused = proposals.score(analysis, focus="military threats and border troops")
    assert len(searched) == first  # scoring, with any focus, searched nothing again
    assert plain.sections.keys() == focused.sections.keys()
    assert any(plain.sections[k] != focused.sections[k] for k in plain.sections)
    again = proposals.score(
        proposals.analyse(read_corpus(ROOT / "seeds"), "Tajikistan Taliban border")
    )
    assert again == plain


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        ('"We will never accept this border," the minister Rahmon said on Monday.', True),
        ("The minister said the border would stay closed.", True),
        ("The border stays closed this winter.", False),
        ("“We will hold the line at every crossing,” Rahmon told reporters.", True),
    ],
)
def test_someone_speaking_is_told_apart_from_the_sources_own_judgement(
    text: str, speaks: bool
) -> None:
    from briefkit.analysis.proposals import speaks_for_someone

    assert speaks_for_someone(text) is speaks


def test_common_words_neighbours_and_actors_are_found_beside_the_rest_of_the_analysis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each is wanted only further on, so each is found in a forked child while this
    process goes on (where there is a second core): the passages' actors while this
    process finds the overtaken passages. The analysis is the same as one found a step
    after another here."""
    from briefkit import parallel
    from briefkit.analysis import proposals
    from briefkit.read import read_corpus
    from tests.conftest import ROOT

    corpus = read_corpus(ROOT / "seeds")
    started: list[str] = []
    real, real_ready = proposals.fork_call, parallel.Prepared.call
    monkeypatch.setattr(
        proposals, "fork_call", lambda f, *a: started.append(f.__name__) or real(f, *a)
    )
    monkeypatch.setattr(
        parallel.Prepared,
        "call",
        lambda ready, f, *a: started.append(f.__name__) or real_ready(ready, f, *a),
    )
    monkeypatch.setattr(parallel, "worker_count", lambda jobs, minimum_jobs: 2)
    beside = proposals.analyse(corpus, "Tajikistan Taliban border")
    assert started == ["common_words_of", "neighbourhood", "_actors_of"]
    monkeypatch.setattr(parallel, "worker_count", lambda jobs, minimum_jobs: 1)
    here = proposals.analyse(corpus, "Tajikistan Taliban border")
    for name in (f.name for f in dataclasses.fields(here) if f.name != "index"):
        assert getattr(here, name) == getattr(beside, name), name


@pytest.mark.parametrize(
    "lede",
    [
        "On the floor of the Renton plant, the key number is no longer how many jets roll out.",
        "On 3 October, the Harbourland court did something that many voters found hard to grasp.",
        "A year ago the Harbour Party looked like a party that would lose Sunday's election.",
        "Two summers ago, when prices rose, the Harbour Party looked like a spent force in Harbourland.",
        "When the Harbour Party won the election in 2019, it promised lower prices in Harbourland.",
        "Most coverage of the failed Harbourland talks has focused on the fight over prices.",
        # a picture of a place
        "On the wide, windy docks of the Harbourland port, rows of idle cranes stretch away.",
        "Across the Harbourland delta, the rice fields stretch to the horizon in October.",
        # that something changed, not how
        "Two years after the Harbourland election, the Harbour Party looks very different.",
        "A year after the Harbourland vote, the Harbour Party stands at a crossroads.",
        # a frame with a word of cause still frames: no bottom line by its drivers fit
        "Two years after the price crisis, driven by the strike, Harbourland looks very different.",
        # that a report came out, not what it found
        "The expert panel set up by the Harbourland regulators published its factual report "
        "on the election on Friday.",
        # that an inquiry ended, not what it found (a cold read's bottom line)
        "Last week the Harbourland election board closed its investigation.",
        # a place described, no figure, no date, no act: "The road to Limón de Río Indio
        # ends where the mud begins." had led a minister's note (a cold read)
        "The road to Limón de Valverde ends where the mud begins.",
    ],
)
def test_a_lede_that_sets_a_scene_is_no_latest_outcome(tmp_path, lede: str) -> None:
    """A teaser or a look back opens a feature; it does not say what happened last, so
    being first does not make it a bottom line."""
    proposals = _propose(
        tmp_path,
        "Harbourland election and the Harbour Party",
        new="Harbourland Feature\n\nOctober 28, 2025\n\n"
        + lede
        + "\nHarbourland voters were angry about prices in the capital that autumn.\n"
        "Officials in Harbourland counted the ballots over two nights in the capital.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert lede not in summary, summary


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("As of mid-July 2025, USDA has confirmed H5N1 in 1,074 dairy herds in 17 states.", True),
        ("As of the end of June, the harbour had handled 2.1 million containers.", True),
        ("USDA has confirmed H5N1 in 1,074 dairy herds in 17 states.", False),
        ("As of 2024, the harbour authority has no chief executive.", False),
    ],
)
def test_a_state_told_as_of_a_month_is_where_things_stand(text: str, now: bool) -> None:
    """A cold read missed the outbreak's size in a minister's bottom line: "As of mid-July
    2025, USDA has confirmed H5N1 in 1,074 dairy herds…", in the newest source, tells
    where things stand as surely as "now" does."""
    from briefkit.analysis.proposals import STANDS_NOW

    assert bool(STANDS_NOW.search(text)) is now


def test_a_lede_of_news_is_still_the_latest_outcome() -> None:
    from briefkit.analysis.proposals import SETS_A_SCENE

    news = "The Harbour Party won Sunday's election in Harbourland with 41 percent of the vote."
    assert not SETS_A_SCENE.search(news)
    assert not SETS_A_SCENE.search("Boeing is no longer the world's largest planemaker.")
    assert not SETS_A_SCENE.search("In the first half of 2024, lines of credit were cut.")
    assert not SETS_A_SCENE.search(
        "The panel published its report on Friday, finding that the Harbour Party broke the law."
    )


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("For ten months I sat alongside 1,400 stakeholders in the working groups.", True),
        ("Gerard Barron: For more than a decade, the company has done what was asked.", True),
        ("Over a decade, my company has done everything the authority asked of it.", True),
        ('"I will not resign," the Harbourland minister said on Monday.', False),
        ("Phase I trials of the vaccine ended in 2024, the ministry said.", False),
        ("We judge that the talks will most likely fail before the spring.", False),
    ],
)
def test_a_bottom_line_is_no_first_person_account(text: str, first: bool) -> None:
    from briefkit.analysis.proposals import in_first_person

    assert in_first_person(text) is first


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        # what the writer's own body does, as "we": nothing read alone (seabed's note)
        ("We will be in Kingston with partners from across the Pacific.", True),
        ("Our delegation has asked for the text to be published.", True),
        # "we" passing a judgement, quoted words and the United States: no such account
        ("We now see a 55% probability that the harbour board raises its fees.", False),
        ("Until the rules change, we would assign a meaningful probability to a repeat.", False),
        ("The strike is, in our view, the single largest risk to the port.", False),
        ("Our base case is that the talks resume in March.", False),
        ('"We will not give an inch," the union leader said.', False),
        ("The US will review the deal before it closes.", False),
    ],
)
def test_a_bottom_line_is_no_account_of_what_we_do(text: str, ours: bool) -> None:
    from briefkit.analysis.proposals import FIRST_PERSON_MARK, text_marks

    sentence = Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5)
    assert bool(text_marks(sentence) & FIRST_PERSON_MARK) is ours


def test_history_names_only_years_before_its_source() -> None:
    from briefkit.analysis.proposals import names_only_earlier_years

    assert names_only_earlier_years("In 2009, Microsoft agreed to open the kernel.", "2024-07-19")
    assert not names_only_earlier_years("By 2026 the kernel will be closed.", "2024-07-19")
    assert not names_only_earlier_years("The kernel will be closed.", "2024-07-19")
    assert not names_only_earlier_years("In 2009, Microsoft agreed.", None)
    # a year of the nineteenth century is history too (a cold read found "The 1899 arbitral
    # award was accepted by Venezuela for six decades." under its op-ed's "March 2025.")
    assert names_only_earlier_years("The 1899 award was accepted for six decades.", "2025-03-04")
    # a decade, to its last year ("2023." had led "In the early 2000s, after repeated floods…")
    assert names_only_earlier_years("In the early 2000s, the dike plan was drawn up.", "2023-05")
    assert not names_only_earlier_years("Since the 2020s began, floods grew worse.", "2023-05")
    # a year a level is measured against is no time told ("Today the same benchmark sits
    # near $350, its lowest level since 2007" had been taken for history)
    today = "Today the harbour index sits near 350, its lowest level since 2007."
    assert not names_only_earlier_years(today, "2025-12-10")
    assert not names_only_earlier_years("Fees are higher than in 2019.", "2025-12-10")
    assert names_only_earlier_years("Fees rose in 2019, the most since 2007.", "2025-12-10")
    # a sentence told as today's is the present, whatever years the one before it names
    then_now = "Fees peaked in early 2024. Today the same fees sit near 350."
    assert not names_only_earlier_years(then_now, "2025-12-10")
    # and a pair whose second sentence names "the same" thing its first told leans on
    # nothing before it
    from briefkit.analysis.proposals import points_back

    assert points_back("Today the same index sits near 350.")
    assert not points_back("The strike sent the index to 700. Today the same index sits near 350.")
    assert not points_back("The strike sent the index to 700. The same index fell.")
    # another comparison in it still points back, whatever "the same" names later
    assert points_back(
        "The strike sent the index to 700. A similar path followed. The same index fell."
    )


def test_where_things_stand_now_can_be_the_bottom_line(tmp_path) -> None:
    """ "The harbour authority is now selling surplus grain…" from the newest source says
    where things stand, wherever it sits in its article; an older source's "now" does not."""
    filler = "".join(
        f"Harbourland officials counted {n} ballots in the capital over the weekend.\n"
        for n in ("many", "more", "most")
    )
    proposals = _propose(
        tmp_path,
        "Harbourland grain exports and the harbour authority",
        new="Harbourland Wire\n\nOctober 28, 2025\n\n"
        + filler
        + "The Harbourland Grain Board is now selling surplus grain to exporters at a discount.\n",
        old="Harbourland Review\n\nJanuary 5, 2024\n\n"
        + filler
        + "The Harbourland Grain Board is now buying grain from farmers at a premium.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert any("now selling surplus grain" in t for t in summary), summary
    assert not any("now buying grain" in t for t in summary)


_PHRASES = st.sampled_from(
    [
        "these prices", "this plan", "even more", "the following months", "the same", "a similar",
        "comparable", "likewise", "its own threat", "a different account", "Second factor",
        "the other risk", "there", "there is", "no longer how", "said something", "two years ago",
        "Most coverage", "When", "Officials", "the port", "said", "ſome", "THESE", "risk:", "The",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PHRASES, min_size=1, max_size=6), st.sampled_from(["", " ", "Risk: "]))
def test_the_cheap_tests_before_the_patterns_change_no_answer(words: list[str], start: str) -> None:
    """`points_back` and `sets_a_scene` test for a word every match holds before running
    their patterns: the answers are the patterns' own."""
    from briefkit.analysis import proposals
    from briefkit.analysis.units import LIST_ITEM, same_told_at

    text = start + " ".join(words) + "."
    patterns = (
        proposals.points_back_untold(text)
        or LIST_ITEM.match(text)
        # ("the same …" whose noun the text told before it points back to nothing)
        or any(
            not same_told_at(text, m.start()) for m in proposals.COMPARES_TO_UNTOLD.finditer(text)
        )
    )
    assert proposals.points_back(text) is bool(patterns)
    assert proposals.sets_a_scene(text) is bool(proposals.SETS_A_SCENE.search(text))


@pytest.mark.parametrize(
    ("text", "labelled"),
    [
        ('Document: Ministerial declaration "The Nice wake-up call for a treaty".', True),
        ("Rakhine: The Arakan Army holds 15 of the state's 17 townships.", True),
        ('Leaders "took note" of the plan to hold a general election in December.', True),
        ("Leaders of the G7 agreed to extend the sanctions for a year.", False),
        ("Nearly five years after the coup, the war has settled into an equilibrium.", False),
        # a document or event its article named before ("The resolution": which?)
        ("The resolution, drafted by the United States, was adopted by 12 votes.", True),
        ("The wage agreement merely extends the old contract to January 15.", True),
        ("The ban on broken rice exports was lifted in March 2025.", False),
        ("The Paris agreement, signed in 2015, binds its parties to report.", False),
        # an item of a list of signposts under its label, and a question the source weighs
        ("Environment Agency enforcement — a large criminal fine could derail talks.", True),
        ("The bigger question is whether the episode changes how companies are financed.", True),
        ("Ukraine — which has shipped 40 million tonnes — expects more this year.", False),
        # the source's guidance to its own readers, not its judgement for a minister
        ("Investors in ports, real estate or telecoms should expect the new rules soon.", True),
        ("Firms should plan on continued conflict in 2026 regardless of the result.", True),
        ("Exporters say the rules should be eased before the harvest.", False),
        ("Investors fled the bond market after the vote.", False),
        # a standfirst whose actor only the headline names (a cold read of `ransomware`)
        ("From a harbour network to a ferry line, a newer ransomware crew is testing them.", True),
        ("A little-known company has won the harbour tender.", True),
        ("The ransomware crew Kelbylock hit the harbour's network in May.", False),
        ("A new law took effect in May.", False),
    ],
)
def test_a_bottom_line_opens_on_no_label_and_no_unnamed_group(text: str, labelled: bool) -> None:
    """A line under its label, or "Leaders…" whose leaders the excerpt does not say, may be
    quoted in a section, but is never the bottom line: its mark bars it (`forms`)."""
    from briefkit.analysis.proposals import LABELLED, text_marks

    unit = Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)
    assert bool(text_marks(unit) & LABELLED) is labelled


def test_a_labelled_lede_is_not_the_bottom_line(tmp_path) -> None:
    """The same news under a label ("Result: …") or told of unnamed leaders is quoted
    elsewhere, never as the bottom line; told plainly it leads."""
    proposals = _propose(
        tmp_path,
        "Harbourland election and the Harbour Party",
        new="Harbourland Wire\n\nOctober 28, 2025\n\n"
        "Result: The Harbour Party won Sunday's election in Harbourland with 41 percent.\n"
        "Leaders welcomed the Harbourland result and promised talks on a coalition soon.\n"
        "Turnout in Harbourland was the lowest since the end of military rule in 1983.\n",
        old="Harbourland Review\n\nJanuary 5, 2024\n\n"
        "The Harbour Party lost the Harbourland mayoral race in the capital by 300 votes.\n"
        "Harbourland voters were angry about prices in the capital that winter.\n",
    )
    summary = [c.sentence.text for c in proposals.sections["summary"]]
    assert not any(t.startswith(("Result:", "Leaders")) for t in summary), summary


def test_a_verdict_under_its_own_run_in_label_is_no_labelled_line() -> None:
    """ "Our view: Nigeria is closer to refining self-sufficiency…, but it is swapping
    dependence…" is the source's verdict, which may lead a memo; "Rakhine: The Arakan Army
    holds…" stays a line under its label, which never does."""
    from briefkit.analysis.proposals import HEADED_VERDICT, LABELLED, text_marks

    def marks(text: str) -> int:
        return text_marks(Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5))

    verdict = marks("Our view: the harbour is closer to solvency than at any time in 40 years.")
    assert verdict & HEADED_VERDICT and not verdict & LABELLED
    # a cold read: "Our judgement: first fines are unlikely before 2027." led no memo
    judgement = marks("Our judgement: first harbour fines are unlikely before 2027.")
    assert judgement & HEADED_VERDICT and not judgement & LABELLED
    assert marks("Rakhine: The harbour board raised its dues by a tenth.") & LABELLED


@pytest.mark.parametrize(
    ("older", "lowered"),
    [
        # a status told in the present tense, which the newer source has overtaken
        ("The harbour board has applied provisional dues of 20 percent on container ships.", True),
        # history told in the past tense stays where it is in the background
        ("The harbour board applied provisional dues of 20 percent on container ships.", False),
    ],
)
def test_an_overtaken_status_stands_lower_in_the_background_too(
    tmp_path, monkeypatch: pytest.MonkeyPatch, older: str, lowered: bool
) -> None:
    """ "Since 5 July the EU has applied provisional duties…" (June 2024) had stood in a
    one-page note's background beside a newer source's definitive duties."""
    from briefkit.analysis import proposals as module

    files = {
        "a": f"Harbour Notes\n\nJune 3, 2023\n\n{older}\n",
        "b": "Harbour Review\n\nJune 9, 2024\n\nThe harbour board's definitive dues of 18 "
        "percent on container ships replaced the provisional dues in October.\n",
        # other matters, so that the words the two share weigh in their likeness
        "c": "Farm Notes\n\nMay 2, 2024\n\nWheat farmers in the valley sold their crop early.\n\n"
        "Rain delayed the barley harvest by two weeks in the north.\n\n"
        "The dairy cooperative paid its members a higher price for milk.\n",
    }

    def standing() -> float:
        proposals = _propose(tmp_path, "harbour board dues on container ships", **files)
        (found,) = [c for c in proposals.sections["background"] if c.sentence.source_id == "a"]
        return found.standing

    kept = standing()
    monkeypatch.setattr(module, "SUPERSEDED", 1.0)
    assert (kept < standing()) is lowered


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("Shares of Boeing were little changed in Friday trading.", True),
        ("Applied Materials gained about 2%, Lam Research rose 3% and KLA 2%.", True),
        ("CrowdStrike shares fell about 11 percent on Friday.", True),
        ("The Dominican Republic, which shares the island, has closed its airspace.", False),
        ("The share of Argentines living in poverty fell to 38.1 percent.", False),
        ("Exports rose 5% and imports fell.", False),
    ],
)
def test_a_days_move_in_share_prices_stands_lower(text: str, colour: bool) -> None:
    """Market colour ("Shares of Boeing were little changed in Friday trading.") is rarely
    what matters: it costs standing, as a passage pointing back does."""
    assert (quality(_sentence(text)) < 1.0) is colour


@pytest.mark.parametrize(
    ("text", "empty"),
    [
        (
            "Two and a half years after the subsidy ended, the fuel market looks very different.",
            True,
        ),
        ("A year after the bankruptcy, Europe's battery plans look very different.", True),
        ("The harbour now stands at a crossroads.", True),
        ("Whether the model can deliver remains to be seen.", True),
        (
            "When the grid collapsed, the harbour regulator found itself in an awkward position.",
            True,
        ),
        (
            "The regulator found itself in an awkward position because it had sat on the rule.",
            False,
        ),
        ("Pump prices are different in Lagos and Kano.", False),
        ("The fuel market changed when the refinery began selling petrol in September.", False),
    ],
)
def test_an_empty_frame_stands_lower(text: str, empty: bool) -> None:
    """A third cold read called "…, Nigeria's fuel market looks very different." a
    content-free lede in Drivers: that something changed, not how."""
    assert (quality(_sentence(text)) < 1.0) is empty


@pytest.mark.parametrize(
    ("told", "placed", "leads"),
    [
        # an undated source that reports trade of the first six months of 2024 is as new
        # as that, and a January 2023 judgement is overtaken by it: it had counted as older
        # than every dated source, its view in no bottom line (the example's Asatryan)
        (
            "In the first six months of 2024, trade across the border amounted to $46 million.",
            {"b": "2024"},
            {"b"},
        ),
        # a year the text only names ("…by 2026", a target) places nothing
        ("The two governments plan to double border trade by 2026.", {}, {"a"}),
        # nor a date in a passage that looks ahead
        ("The two governments will likely open a new crossing in March 2024.", {}, {"a"}),
    ],
)
def test_an_undated_source_is_placed_by_the_events_it_reports(
    tmp_path, told: str, placed: dict[str, str], leads: set[str]
) -> None:
    talks = "Diplomats expect the Ankara border talks will likely {}, {} border risks."
    proposals = _propose(
        tmp_path,
        "the Ankara border talks and their risks",
        a="Talks Stall\n\nJanuary 9, 2023\n\n" + talks.format("collapse", "raising") + "\n",
        b="Talks Resume\n\n" + told + "\n\n" + talks.format("resume", "easing") + "\n",
    )
    assert proposals.placed == placed
    assert {c.sentence.source_id for c in proposals.sections["summary"]} == leads


@pytest.mark.parametrize(
    ("undoing", "undone"),
    [
        ("Two days before that, the new government rescinded it, calling it complex.", True),
        ("It was scrapped by the new government in May.", True),
        ("The new government rescinded the old harbour tax in May.", False),
        ("Within hours, the ministry made it clear that nothing was ending.", True),
        ("Nothing has changed since the rule was issued, the union said.", True),
        # a third cold read: a decree voted down in the next sentence led two bottom lines
        ("On 22 July parliament voted it down, with four parties against.", True),
        ("On 22 July parliament voted down a different harbour bill.", False),
        ("That cushion has since been eroded by the new dues.", True),
        # (ransomware: "Several groups once claimed they would spare hospitals." quoted
        # without "That courtesy has evaporated.")
        ("That courtesy has evaporated.", True),
        ("The harbour's fog has evaporated by noon on most days.", False),
    ],
)
def test_an_act_its_own_article_undoes_is_overtaken(
    tmp_path: Path, undoing: str, undone: bool
) -> None:
    """ "…issued the 'AI diffusion' rule on January 13 … the Commerce Department rescinded
    it": the act is overtaken in its own article (it had led a note's bottom line)."""
    from briefkit.analysis.proposals import undone_later

    write(
        tmp_path / "a.txt",
        "Harbour Rules\n\nJune 2, 2025\n\nThe ministry issued the harbour rule on January 13, "
        "sorting ports into three tiers. It was due to take effect on May 15. "
        f"{undoing}\n",
    )
    sentences = read_corpus(tmp_path).documents[0].sentences
    first = next(s for s in sentences if s.text.startswith("The ministry issued"))
    assert undone_later(first, [s for s in sentences if s.paragraph == first.paragraph]) is undone


def test_an_act_undone_in_its_paragraph_is_quoted_only_with_its_undoing(tmp_path: Path) -> None:
    """A cold reread found "On 24 June the government approved Royal Decree-law 7/2025…" a
    driver, its paragraph's next sentence "On 22 July Congress voted it down" left out:
    alone it is no candidate anywhere; the pair telling both is, and is not overtaken."""
    proposals = _propose(
        tmp_path,
        "the harbour decree and the harbour rules",
        a="Harbour Rules\n\nAugust 2, 2025\n\n"
        "On 24 June the government approved the harbour decree, a package of port safety "
        "measures and faster permits for new berths. On 22 July parliament voted it down, "
        "with four parties against for different reasons.\n",
    )
    ids = {c.sentence.id for cs in proposals.sections.values() for c in cs}
    decree = [i for i in ids if i.startswith("a:")]
    assert decree and all("+" in i for i in decree), decree


@pytest.mark.parametrize(
    "text",
    [
        "Banks are willing to buy more, but mainly at shorter maturities.",
        "Retailers want the tariffs lifted before the holidays.",
        "Carmakers pressed for a delay of the rules.",
        "Millers favour a lower floor price for exports.",
        "Harbour pilots are rather interested in the board's ability to keep the port open.",
        # the stance past a relative clause on the actor
        "Foreign investors, who had driven much of the rally in bank shares last year, have "
        "been the most vocal advocates of faster increases.",
        # the actor's own words quoted, past a long title
        "Deputy Prime Minister and Energy and Business Minister Ebba Busch called the "
        'bankruptcy "a heavy day for Skellefteå and for Swedish industry".',
        "The minister restated that the government would not enter as an owner.",
        # praise, an abstention, a refusal to join; a participle after a conjunction is the
        # actor's own ("…the campaign while insisting…"), not a noun's (a cold read: the
        # brief asked for Iran's and China's rows, and neither had a candidate)
        "Kestria publicly praises the campaign while insisting that the rebels decide alone.",
        "Kestria publicly backs the rebels while insisting that they decide for themselves.",
        "Arvand abstained on the harbour resolution in January.",
        "Arvand declined to join any coalition naval force.",
    ],
)
def test_what_a_group_wants_favours_or_presses_for_is_its_stance(text: str) -> None:
    from briefkit.analysis.proposals import states_a_stance

    assert states_a_stance(text, 0)


@pytest.mark.parametrize(
    "text",
    [
        # a central bank's price and the rate economists call neutral are no stances
        "At 0.5%, Japan's policy rate is still well below the lower end of most estimates of "
        "neutral.",
        "Japan's neutral rate is put at about 1% by most economists.",
        # a vessel coming near is an incident (a cold read's position row)
        "On 1 March a Kelby coast guard vessel approached several production units.",
        "A Kelby patrol boat approaches the platform most nights.",
        # no stance told
        "The Kelby harbour board declined to comment on the creditors' request.",
    ],
)
def test_a_policy_rate_or_a_neutral_rate_is_no_stance(text: str) -> None:
    from briefkit.analysis.proposals import states_a_stance

    assert not states_a_stance(text, 0)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a thing done, announced: news of the act (it had been a minister's "Positions" row)
        (
            "NNPC Limited announced that the old Port Harcourt refinery had resumed operations "
            "and that trucks were loading petrol for the first time in years.",
            False,
        ),
        ("The ministry announced that it had suspended the licence.", False),
        # the writer's verdict on something of the actor's
        ("Microsoft's promises after the CrowdStrike crash are welcome.", False),
        ("Germany's plan to cap prices is a mistake, the economists argue.", False),
        ("Germany's government is opposed to the price cap.", True),
        # one that says it said nothing
        ("Synnovis and NHS England have never said whether a payment was considered.", False),
        # "back" as support, not as a return or a purchase
        ("The Treasury issued Eurobonds in October, partly to buy back notes due in 2028.", False),
        ("The Treasury came back to the bond market in May.", False),
        ("Germany backs the plan to cap prices.", True),
        # what the actor did with a stance word, will do, or says in its own words: a stance
        ("The ministry said it had rejected the offer.", True),
        ("The ministry said the audit had found irregularities and would continue.", True),
        ('The union said the strike had "shown the company who runs the plant".', True),
        # a stance word owned by another party in a later clause (sudan: Sudan's row)
        (
            "Sudan is already partitioned in all but name, and the international community's"
            " refusal to say so is part of the problem.",
            False,
        ),
        ("Sudan's refusal to join the talks angered Cairo.", True),
        # an event a party reports is news, not its stance (myanmar: a TNLA row)
        ("A convoy came under fire from junta troops on April 1, the TNLA said.", False),
        ("The ceasefire is holding, the TNLA said.", True),
        ("Talks with Beijing were useful, the TNLA said.", True),
        # an act told as done, or a thing that befell someone, reported (h5n1: the
        # Newsom and Louisiana rows of a cold read), past a gloss of another's
        (
            "Gov. Gavin Newsom on Wednesday declared a state of emergency over the outbreak, "
            "a move state officials said would give agencies more flexibility.",
            False,
        ),
        ("The ministry on Friday announced export controls on antimony.", False),
        (
            "Health officials said on Wednesday that a resident older than 65 was "
            "hospitalized in critical condition.",
            False,
        ),
        ("The insurer said that data of 5,599,699 people was stolen in the attack.", False),
        # what the actor declares it backs or will do, feels, or judges: a stance
        ("Germany declared its support for the plan.", True),
        ("Egypt declared that it would not attend.", True),
        ("The union announced plans to strike.", True),
        ("The ministry said it was concerned about the plan.", True),
        ("The opposition said the vote was rigged.", True),
        # a sum pledged is given, a course pledged is a stance (myanmar: a cold read)
        ("The United States pledged $9 million and sent a three-person team.", False),
        ("The United States pledged to keep its sanctions until the vote.", True),
        # so is a sum announced (h5n1: a cold read found it the USDA's row)
        ("USDA on Friday announced about $98 million in support for dairy producers.", False),
        ("USDA announced it would require testing of all dairy cattle.", True),
    ],
)
def test_an_act_announced_or_a_return_is_no_stance(text: str, stance: bool) -> None:
    from briefkit.analysis.proposals import states_a_stance

    assert states_a_stance(text, 0) is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # what another party did, or how an event came about, told by the actor: its
        # account (ransomware: the UnitedHealth, Ascension and Home Office rows of a cold read)
        (
            "Kelco's chief executive told lawmakers on Wednesday that the criminals behind "
            "the attack got in using stolen login credentials on a remote-access portal.",
            False,
        ),
        ("The company said the attack began when an employee downloaded a file.", False),
        ("The ministry said nearly three quarters of respondents supported the ban.", False),
        ("The ministry said the talks ended without agreement.", False),
        # its own doing, a judgement, or its stance joined to the account stays a stance
        ("The ministry said it opposed the plan.", True),
        ("Kelby said Harbourland violated the accord.", True),
        ("The union said the plan failed workers.", True),
        ("Kelby told reporters the talks were useful.", True),
        ("Kelby said losses reached $7 billion and rejected the plan.", True),
        # the stance of the actor's side, told in the past (baltic, boj: "…said publicly
        # that Sweden expected China to cooperate", "…said the bank wanted to see…")
        ("The prime minister said publicly that Kelby expected Harbourland to cooperate.", True),
        ("The governor said the bank wanted to see one more notch of data.", True),
        # a second sentence drawing the writer's inference makes it the writer's argument
        # (cbam: a critic's op-ed as the Commission's row)
        (
            "The Commission wants 75 percent of the revenue to flow into the EU budget. "
            "That means charges collected on Kelby's steel would help pay for European "
            "priorities.",
            False,
        ),
        ("The Commission wants 75 percent of the revenue to flow into the EU budget.", True),
        # the actor's forecast of a measure, or of what a step costs it (chips: the ASML
        # and SK Hynix rows of a cold read)
        ("Kelco executives have said they expect China's share to fall back to 20%.", False),
        ("Kelco said the impact on its business would be limited.", False),
        ("Kelco said it would comply with the harbour rules.", True),
        ("Kelby expects the talks to resume in May.", True),
    ],
)
def test_an_account_the_actor_gives_or_the_writers_inference_is_no_stance(
    text: str, stance: bool
) -> None:
    from briefkit.analysis.proposals import states_a_stance

    assert states_a_stance(text, 0) is stance


@pytest.mark.parametrize(
    ("text", "name", "stance"),
    [
        # what befell a party, or a deed of its past, as the subject (cold reads: kenya's
        # and nuclear's rows); its refusal or decision stays its stance
        ("Ojwang's death brought people back onto the streets.", "Ojwang", False),
        ("Kelby's invasion of its neighbour turned security into an argument.", "Kelby", False),
        ("Kelby's decision to leave the talks angered its neighbours.", "Kelby", True),
        # a tender's calls, and people brought back onto the streets, are no stances
        ("CORFO has also opened calls for special operating contracts.", "CORFO", False),
        ("CORFO called for special operating contracts to be cancelled.", "CORFO", True),
        ("The strike brought workers back onto the streets.", "The strike", False),
        # what a relative clause says of the party, past an abbreviation's full stops, is
        # no stance (tiktok: Oracle's row had been its hosting of data)
        ("Kelco, which hosts the app's U.S. data, had also been named in the law.", "Kelco", False),
        ("Kelco, which hosts the app's U.S. data, said it would not sell.", "Kelco", True),
    ],
)
def test_what_befell_a_party_or_a_tender_is_no_stance(text: str, name: str, stance: bool) -> None:
    from briefkit.analysis.proposals import states_a_stance

    assert states_a_stance(text, text.index(name)) is stance


def test_a_passage_without_causal_language_stands_lower_as_a_driver(tmp_path, monkeypatch) -> None:
    """The drivers section had been a second background (730 of 1,258 of its excerpts on
    the bench had no drivers fit): such a passage keeps UNCUED_DRIVER of its standing there."""
    from briefkit.analysis import proposals
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Port Strike Ends\n\nJuly 22, 2025\n\n"
        "The port handled 40,000 containers in June, its busiest month this year.\n\n"
        "Plans to automate the cranes triggered the strike at the port in May.\n",
    )
    analysis = proposals.analyse(read_corpus(tmp_path), "the port strike")

    def drivers() -> dict[str, tuple[float, float]]:
        return {
            c.sentence.id: (c.fit, c.standing)
            for c in proposals.score(analysis).sections["drivers"]
            if "+" not in c.sentence.id
        }

    plain = drivers()
    share = proposals.UNCUED_DRIVER
    assert share < 1
    monkeypatch.setattr(proposals, "UNCUED_DRIVER", 1.0)
    flat = drivers()
    (uncued,) = [k for k, (fit, _) in plain.items() if fit <= proposals.NO_FIT]
    (cued,) = [k for k, (fit, _) in plain.items() if fit > proposals.NO_FIT]
    assert plain[uncued][1] == pytest.approx(flat[uncued][1] * share)
    assert plain[cued][1] == pytest.approx(flat[cued][1])


def test_a_dated_event_without_causal_language_is_no_driver(tmp_path) -> None:
    """ "On 11 May, JNIM fighters attacked Djibo…" had stood in the drivers of a minister's
    note (two cold reads found such events filling the section, the causes unquoted); a
    dated passage that says why stays a driver."""
    from briefkit.analysis import proposals
    from briefkit.read import read_corpus
    from tests.conftest import write

    event = "On 11 May, strikers blocked the harbour gates and turned back twelve lorries."
    cause = "In May, plans to automate the cranes triggered a walkout by harbour workers."
    write(
        tmp_path / "a.txt",
        "Harbour Strike\n\nJuly 22, 2025\n\n"
        "The harbour handled 40,000 containers in June, its busiest month this year.\n\n"
        f"{event}\n\n{cause}\n",
    )
    scored = proposals.score(proposals.analyse(read_corpus(tmp_path), "the harbour strike"))
    drivers = {c.sentence.text for c in scored.sections["drivers"]}
    assert cause in drivers
    assert event not in drivers
    assert event in {c.sentence.text for c in scored.sections["background"]}


@pytest.mark.parametrize(
    ("query", "dropped", "kept", "heading"),
    [
        # several parties' stances in turn, clause by clause (`actors.stances_in_turn`)
        (
            "harbour duties on Harbourland ships: France, Germany, Spain and the Commission",
            "France continues to argue for firm harbour duties; Germany and Spain continue to "
            "court Harbourland investment; the Commission insists on price commitments.",
            "France continues to argue for firm harbour duties on Harbourland ships.",
            "",
        ),
        # a scenario's premise under "Key assumptions": the writer's, not a stance Beijing
        # stated ("Beijing wants a sector-wide deal…" had been China's row in a cold read)
        (
            "Norway, the harbour duties and a port-wide deal",
            "Norway wants a port-wide deal and will keep linking the file to fishing quotas.",
            "Norway said it wants a port-wide deal on the harbour duties.",
            "## Key assumptions\n\n- ",
        ),
    ],
)
def test_a_passage_that_is_no_one_actors_stance_is_offered_as_no_row(
    tmp_path, query: str, dropped: str, kept: str, heading: str
) -> None:
    proposals = _propose(
        tmp_path,
        query,
        a="# Harbour Outlook\n\nMay 3, 2025\n\n" + heading + dropped + "\n",
        b="Harbour News\n\nMay 4, 2025\n\n" + kept + "\n",
    )
    rows = {c.sentence.text for c in proposals.sections["regional_positions"]}
    assert kept in rows
    assert dropped not in rows


def test_a_body_named_by_its_kind_in_an_article_that_never_spells_it_is_the_corpus_one(
    tmp_path,
) -> None:
    """ "The Commission has signalled…" in a trade-press piece that never names the European
    Commission in full had been a row of "Commission" beside the European Commission's."""
    proposals = _propose(
        tmp_path,
        "the harbour duties and the Commission's price undertakings",
        a="Harbour Duties Wire\n\nMay 3, 2025\n\n"
        "The European Commission said it would keep the harbour duties in place.\n",
        b="Undertaking Talks\n\nMay 20, 2025\n\n"
        "The Commission has signalled that it prefers to assess harbour undertakings "
        "company by company.\n",
    )
    actors = {c.sentence.source_id: c.actor for c in proposals.sections["regional_positions"]}
    assert actors.get("b") == "European Commission", actors


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        ("President Ruto signed the harbour finance bill into law on 26 June.", True),
        ("Lawmakers said the harbour finance bill faces more amendments in June.", False),
    ],
)
def test_a_pending_step_a_newer_source_says_was_taken_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """ "The Finance Bill 2025 now before Parliament…" beside a newer article telling it
    was signed into law: a cold read found the older line quoted as current."""
    older = "The harbour finance bill now before parliament drops the tax on bread."
    assert _older_superseded(tmp_path, older, newer, "harbour finance bill") is overtaken


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        (
            "The last harbour restriction went in March, when the board allowed exports of "
            "broken rice through the harbour for the first time.",
            True,
        ),
        ("Harbour exports of broken rice may resume in March, the board says.", False),
    ],
)
def test_an_expected_step_a_newer_source_tells_done_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """ "…a ban on broken rice exports …, was likely to be relaxed soon" (February 2025) had
    led a one-page note's background ten months after the ban went."""
    older = (
        "Traders said the harbour ban on exports of broken rice was likely to be relaxed "
        "soon, given the stocks."
    )
    assert _older_superseded(tmp_path, older, newer, "harbour exports of broken rice") is overtaken


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        (
            "The government's committee found that the harbour pilots ignored the tide "
            "warnings on the night.",
            True,
        ),
        ("The harbour pilots' union said the tide warnings came too late.", False),
    ],
)
def test_an_inquirys_finding_awaited_is_overtaken_by_a_newer_one_told(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """ "The investigations under way, by the government's committee and by the European
    network of grid operators, will establish the precise sequence of events." (May) had
    been a memo's outlook, its newer sources telling both inquiries' findings."""
    older = (
        "The investigations under way, by the government's committee and the harbour "
        "board, will establish what the harbour pilots knew."
    )
    assert _older_superseded(tmp_path, older, newer, "harbour pilots and the tide") is overtaken


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        (
            "After the ministry asked the harbour regulator to review the harbour pilots' "
            "licences, the regulator opened a review in July.",
            True,
        ),
        ("The harbour regulator may review the harbour pilots' licences next year.", False),
    ],
)
def test_a_step_announced_that_a_newer_source_tells_taken_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """ "The Government will ask the CNMC to give priority to…" (June 2025) had been a
    memo's outlook five months after a newer source told the asking done."""
    older = (
        "The ministry will ask the harbour regulator to review the harbour pilots' licences "
        "before the winter."
    )
    assert _older_superseded(tmp_path, older, newer, "harbour pilots' licences") is overtaken


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        ("The Harbour Pilots Authority raised harbour dues on Friday to a record.", True),
        ("The HPA has not raised harbour dues since the storm of 2008.", False),
        ("The HPA may raise harbour dues again next year.", False),
    ],
)
def test_a_step_refused_that_a_newer_source_tells_taken_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """ "Deputy Governor Shinichi Uchida says the BOJ will not raise rates while markets are
    unstable." (August 2024) had been a current position after newer sources told the
    bank's rises (a cold read): `refusals`, within the superseded passages."""
    older = "The deputy chair says the HPA will not raise harbour dues while trade is weak."
    assert _older_superseded(tmp_path, older, newer, "harbour dues") is overtaken


def test_a_step_announced_and_since_taken_is_no_outlook(tmp_path) -> None:
    older = (
        "The ministry will ask the harbour regulator to review the harbour pilots' licences "
        "before the winter."
    )
    proposals = _propose(
        tmp_path,
        "harbour pilots' licences",
        a=f"Harbour Report\n\nJanuary 20, 2025\n\n{older}\n"
        "Port doctors expect the fever season to peak in the spring.\n",
        b="Harbour Report\n\nMarch 27, 2025\n\nAfter the ministry asked the harbour regulator "
        "to review the harbour pilots' licences, the regulator opened a review in July.\n"
        "Port doctors in the north report fewer fever cases this winter.\n",
    )
    assert older not in [c.sentence.text for c in proposals.sections["outlook"]]


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        (
            "The outgoing harbour board had said on Friday that it would leave the harbour "
            "dues extension to its successor.",
            True,
        ),
        ("The harbour board said the harbour dues extension would cost shippers more.", False),
    ],
)
def test_an_open_question_a_newer_source_answers_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """ "The Biden administration has not said whether it would use the one-time 90-day
    extension the law allows" (December 2024) had stood in a background a year after a
    newer source told its answer."""
    older = "The harbour board has not said whether it would grant the harbour dues extension."
    assert _older_superseded(tmp_path, older, newer, "harbour dues extension") is overtaken


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        ("Castlebay Water has allowed the port to raise its dues by a third.", True),
        ("Castlebay Water met the port's owners in the capital on Monday.", False),
    ],
)
def test_a_ruling_awaited_that_the_body_has_since_made_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """A cold read: "Ofwat has not yet ruled on the plan." (March 2024) stood as current
    in a memo whose newer source opens "Ofwat has allowed Thames Water to raise average
    bills by 35 per cent…" (December 2024); the two share no word but the name."""
    older = "Castlebay Water has not yet ruled on the harbour plan."
    analysis = _older_and_newer(tmp_path, older, newer, "the harbour plan")
    flags = zip(analysis.units, analysis.superseded, analysis.retold, strict=True)
    found = {u.text: (flag, retold) for u, flag, retold in flags}
    # no longer true once answered: no section takes it, as a level told anew
    assert found[older] == (overtaken, overtaken)


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        (
            "A Danish shipping group has agreed to buy the bankrupt operator's vessels, "
            "including the planned Harbour Queen ferry.",
            True,
        ),
        (
            "A Danish shipping group has agreed to buy the bankrupt operator's vessels, "
            "including its older cargo ferries.",
            False,
        ),
    ],
)
def test_a_thing_left_for_later_that_a_newer_source_names_decided_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """A cold read: "Northvolt Drei in Heide … will be handled separately" (March 2025)
    was a memo's outlook beside the August sale "including … the planned Northvolt Drei
    factory": worded apart, the two share the thing's name."""
    older = (
        "Work on the Harbour Queen is excluded and will be handled separately, the "
        "administrator said."
    )
    assert _older_superseded(tmp_path, older, newer, "the operator's bankruptcy") is overtaken


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        ("Harbour ministers agreed to postpone the harbour dues rules by a further year.", True),
        ("Harbour ministers said the harbour dues rules would cost shippers more.", False),
    ],
)
def test_a_start_a_newer_source_puts_off_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """A third cold read: "EU rules …, now due to apply from December 2025 after a one-year
    delay…" (April) stood as current in a memo whose newest source tells the rules put off
    again (December)."""
    older = "The harbour dues rules, now due to apply from December, will require shippers to pay."
    assert _older_superseded(tmp_path, older, newer, "harbour dues rules") is overtaken


@pytest.mark.parametrize(
    ("newer", "newer_date", "overtaken"),
    [
        ("In April the rebels withdrew from Arlo and handed the town back.", "June 2, 2025", True),
        ("Government troops retook Arlo after a month of fighting.", "June 2, 2025", True),
        # told back too soon after to be a later turn; or another place given back
        (
            "In April the rebels withdrew from Arlo and handed the town back.",
            "March 2, 2025",
            False,
        ),
        ("In April the rebels withdrew from Belmont and handed it back.", "June 2, 2025", False),
    ],
)
def test_a_place_taken_that_a_newer_source_says_was_given_back_is_overtaken(
    tmp_path: Path, newer: str, newer_date: str, overtaken: bool
) -> None:
    """A cold read: "Analysts said the fall of Lashio raises the prospect of the resistance
    pressing toward Mandalay" (August 2024) stood in an outlook eight months after a newer
    source told "the MNDAA withdrew from Lashio and handed the town back to the military"."""
    from briefkit.analysis.proposals import analyse
    from briefkit.read import read_corpus
    from tests.conftest import write

    older = "Analysts said the fall of Arlo raises the prospect of a rebel push on the harbour."
    write(
        tmp_path / "a.txt",
        f"Harbour Report\n\nOctober 2, 2024\n\n{older}\n"
        "Port doctors expect the fever season to peak in the spring.\n",
    )
    write(
        tmp_path / "b.txt",
        f"Harbour Report\n\n{newer_date}\n\n{newer}\n"
        "Port doctors in the north report fewer fever cases this winter.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "Arlo rebels harbour")
    flagged = {u.text: flag for u, flag in zip(analysis.units, analysis.superseded, strict=True)}
    assert flagged[older] is overtaken


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        ("Harbour output averaged roughly 900,000 barrels a day from the harbour wells.", True),
        ("Harbour output could reach 900,000 barrels a day from the harbour wells.", False),
        ("Harbour output averaged roughly 652,000 barrels a day from the harbour wells.", False),
    ],
)
def test_a_level_told_as_now_is_overtaken_by_a_newer_figure_of_it(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """A fourth cold read: "Guyana currently produces roughly 650,000 barrels a day…" led a
    minister's bottom line, while a newer source told output above 900,000. A forecast is
    no newer level, nor a figure that differs by rounding."""
    older = "Harbour output currently runs at roughly 650,000 barrels a day from the harbour wells."
    assert _older_superseded(tmp_path, older, newer, "harbour output barrels") is overtaken


@pytest.mark.parametrize(
    ("older", "newer_date", "overtaken"),
    [
        # a level told in the present tense, retold half a year on
        (
            "Monthly harbour inflation has slowed to 2.7 percent in the harbour towns.",
            "August 20, 2025",
            True,
        ),
        # ... but not two months on (then only a level told as "now" is)
        (
            "Monthly harbour inflation has slowed to 2.7 percent in the harbour towns.",
            "March 27, 2025",
            False,
        ),
        # an event told in the past tense is history, not a level
        (
            "Monthly harbour inflation slowed to 2.7 percent in the harbour towns.",
            "August 20, 2025",
            False,
        ),
    ],
)
def test_a_level_told_in_the_present_is_overtaken_half_a_year_on(
    tmp_path: Path, older: str, newer_date: str, overtaken: bool
) -> None:
    """Two cold reads found levels told in the present tense ("Monthly inflation has slowed
    to 2.7 percent", "A further 2.1 million have fled…") as current beside newer figures."""
    from briefkit.analysis.proposals import analyse
    from briefkit.read import read_corpus
    from tests.conftest import write

    # (the newer passage is near, cosine about 0.2, but not near enough to say the same)
    write(
        tmp_path / "a.txt",
        f"Harbour Report\n\nJanuary 20, 2025\n\n{older}\n"
        "Harbour dockers expect ferry fares to rise in the spring.\n",
    )
    write(
        tmp_path / "b.txt",
        f"Harbour Report\n\n{newer_date}\n\n"
        "In July monthly harbour inflation was 1.5 percent, the statistics office said on "
        "Tuesday, as fuel, food and ferry fares eased.\n"
        "Harbour dockers went on strike for a week in June.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "harbour inflation")
    flagged = {u.text: flag for u, flag in zip(analysis.units, analysis.superseded, strict=True)}
    assert flagged[older] is overtaken


@pytest.mark.parametrize(
    ("older", "retold", "overtaken"),
    [
        # a level told as now, which a newer source gives another figure of: quoted nowhere
        (
            "Harbour output currently runs at roughly 650,000 barrels a day from the harbour wells.",
            True,
            True,
        ),
        # a level in the present tense without "now" is overtaken (`superseded`) and may stand
        # lower, as history with its date; it is not left out
        (
            "Harbour output has reached roughly 650,000 barrels a day from the harbour wells.",
            False,
            True,
        ),
        # one that "remains" is told as now too (a cold read: "War-risk premiums … remain
        # close to 1 percent of hull value" beside a newer "0.2 to 0.3 percent")
        (
            "Harbour output remains roughly 650,000 barrels a day from the harbour wells.",
            True,
            True,
        ),
        # a difference between two levels is no level ("…pump prices remain 60 to 100 naira
        # a litre higher than in Lagos" had been refused beside Lagos's own prices)
        (
            "Harbour output remains roughly 650,000 barrels a day higher than at the old "
            "harbour wells.",
            False,
            True,
        ),
    ],
)
def test_a_level_told_as_now_and_given_anew_is_quoted_nowhere(
    tmp_path: Path, older: str, retold: bool, overtaken: bool
) -> None:
    """A cold read found "As of 2024. Internationally, 24 countries now support a
    moratorium…" in a memo's drivers, its newer sources counting 32: told as now, the
    figure is no longer true: the passage is taken by no section (`selection.select`).
    It is still offered, so a disagreement row may show both figures."""
    from briefkit.analysis.proposals import score

    newer = "Harbour output averaged roughly 900,000 barrels a day from the harbour wells."
    analysis = _older_and_newer(
        tmp_path, older, newer, "harbour output barrels", newer_date="August 27, 2025"
    )
    flags = {
        u.text: (r, o)
        for u, r, o in zip(analysis.units, analysis.retold, analysis.superseded, strict=True)
    }
    assert flags[older] == (retold, overtaken)
    unit = next(u for u in analysis.units if u.text == older)
    assert (unit.id in score(analysis).retold) is retold


@pytest.mark.parametrize(
    ("older", "retold"),
    [
        # what the count measures runs past the six words after it ("…a ban or moratorium
        # on harbour dredging"): its clause names it (a cold read found 25, 32 and 37
        # countries in one memo)
        ("More than 25 countries now call for a ban or moratorium on harbour dredging.", True),
        ("In all, 25 countries now call for a ban or moratorium on harbour dredging.", True),
        # a count of another thing in the same words is no retelling
        ("More than 25 countries now fish in the harbour's outer waters each season.", False),
    ],
)
def test_a_count_told_as_now_is_retold_by_its_clause(
    tmp_path: Path, older: str, retold: bool
) -> None:
    newer = (
        "Four more governments announced their support for a moratorium or ban on harbour "
        "dredging, bringing the total to 37 countries."
    )
    analysis = _older_and_newer(tmp_path, older, newer, "harbour dredging moratorium countries")
    flags = {u.text: r for u, r in zip(analysis.units, analysis.retold, strict=True)}
    assert flags[older] is retold


def test_a_person_takes_the_state_a_sentence_no_passage_quotes_gives(tmp_path: Path) -> None:
    """A cold read found "Kipchumba Murkomen" a row of positions beside Kenya's: the one
    sentence naming him with his state ("Kenyan Interior Cabinet Secretary Kipchumba
    Murkomen welcomed the US move.") leans back and is no passage, so his quote's company
    had been searched alone."""
    from briefkit.analysis.proposals import analyse
    from briefkit.read import read_corpus
    from tests.conftest import write

    quote = (
        '"We answered the call when no one else would," Interior Cabinet Secretary Dunstan '
        "Kirui said in October."
    )
    write(
        tmp_path / "a.txt",
        "Harbour Force Report\n\nOctober 9, 2025\n\n"
        "Kenyan Interior Cabinet Secretary Dunstan Kirui welcomed the US move.\n\n"
        f"{quote}\n\nThe harbour force will need more ships and more money in 2026.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour Wire\n\nOctober 12, 2025\n\n"
        "Kenya said its harbour officers would stay in Arlo until the new force arrives.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "Kenya harbour force Arlo")
    actor = dict(zip((u.text for u in analysis.units), analysis.actors, strict=True))
    assert actor[quote] == "Kenya"


def test_a_surname_takes_its_first_name_from_anywhere_in_its_article(tmp_path: Path) -> None:
    """A cold read found a row of positions headed "Feld": the article named "Marcus Feld"
    only in a sentence no memo may quote alone ("He was joined … by Marcus Feld…")."""
    from briefkit.analysis.proposals import analyse
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.md",
        "# Harbour tax directors\n\nMarch 3, 2025\n\n## Advisers\n\n"
        "He was joined at the harbour table by Marcus Feld, a partner at Brennan Ashcroft.\n\n"
        "## The deal\n\n"
        "\"The harbour tax deal takes away the port's leverage, not the havens' revenue,\" "
        "Feld said.\n\n"
        "Feld said the harbour tax board will meet again in the spring to review the levy.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour Report\n\nMarch 9, 2025\n\n"
        "The harbour tax deal was signed by the port and the shipping lines in March.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "the harbour tax deal")
    actors = {a for u, a in zip(analysis.units, analysis.actors, strict=True) if "Feld" in u.text}
    assert actors == {"Marcus Feld"}


def test_a_pair_of_sentences_is_overtaken_where_one_of_them_is() -> None:
    """A third cold read: "Cocoa prices have already fallen back … to around $8,000 a
    tonne" was marked overtaken alone, but quoted as current joined to the sentence after
    it (the pair's likeness to the newer telling was thinner)."""
    from briefkit.analysis.proposals import _with_parts

    def unit(sid: str) -> Sentence:
        return Sentence(f"qa_2025:{sid}", "qa_2025", sid, sid, 14, 1, 0.5)

    units = [unit("p14:s1"), unit("p14:s2"), unit("p14:s1+p14:s2"), unit("p15:s1+p15:s2")]
    assert _with_parts(units, [True, False, False, False]) == [True, False, True, False]
    assert _with_parts(units, [False, False, False, False]) == [False] * 4


def test_superseded_reads_the_stored_marks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The signs `superseded` weighs are found with each passage's marks in the per-source
    stage, which the corpus index keeps: a rebuild does not search the pool's text again."""
    from briefkit.analysis import proposals
    from briefkit.analysis.proposals import analyse, superseded

    write(
        tmp_path / "a.txt",
        "Harbour Report\n\nJanuary 20, 2025\n\nThe bill now before parliament drops the tax.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour Report\n\nMarch 27, 2025\n\nThe president signed the bill into law.\n",
    )
    corpus = read_corpus(tmp_path)
    analysis = analyse(corpus, "harbour bill")
    units, documents = list(analysis.units), corpus.by_id()

    def searched(text: str) -> tuple[tuple[int, bool], ...]:
        raise AssertionError(f"searched again: {text}")

    monkeypatch.setattr(proposals, "superseding_marks", searched)
    assert superseded(units, analysis.hood, documents, analysis.marks) == analysis.superseded
    with pytest.raises(AssertionError):
        superseded(units, analysis.hood, documents)


def test_a_pair_whose_second_sentence_is_another_partys_stance_is_no_row(tmp_path: Path) -> None:
    """A cold read: "Brando Benifei … said MEPs would not rubber-stamp a delay… The
    centre-right European People's Party welcomed the proposal…" stood in Benifei's row,
    the second party's stance the opposite of his."""
    from briefkit.analysis.proposals import analyse

    write(
        tmp_path / "a.txt",
        "Harbour Politics\n\nNovember 20, 2025\n\nThe harbour board proposed a delay of the "
        "dues rules on Wednesday. Councillor Ana Ruiz said the council would not rubber-stamp a "
        "delay of the harbour dues. The Harbour Traders Association welcomed the proposal and "
        "said it wanted more.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "harbour dues delay positions")
    fits = {u.text: f for u, f in zip(analysis.units, analysis.fits, strict=True)}
    pair = next(t for t in fits if t.startswith("Councillor Ana Ruiz") and "Traders" in t)
    alone = next(t for t in fits if t.startswith("Councillor Ana Ruiz") and "Traders" not in t)
    assert fits[pair]["regional_positions"] == 0.0
    assert fits[alone]["regional_positions"] > 0.0


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ('"We firmly oppose the use of pressure to undermine Harbour Traders cooperation."', None),
        (
            "The Harbour Traders Association welcomed the proposal and said it wanted more.",
            "Harbour Traders Association",
        ),
        # people named by their trade are other voices too ("Analysts said a new
        # government would have little room to reopen the terms." had stood in an
        # opposition leader's row, a cold read of `srilanka`)
        ("Analysts said a new council would have little room to reopen the terms.", "analysts"),
        ("Shipping analysts warn the dues will rise.", "analysts"),
        # not a party's name that opens with a capital
        ("Harbour traders would have little room to reopen the terms.", None),
    ],
)
def test_a_pairs_second_sentence_quoting_on_names_no_second_party(
    tmp_path: Path, second: str, speaker: str | None
) -> None:
    """A cold read found China's stance among the drivers and China without a row:
    '"We firmly oppose the use of pressure and coercion to undermine Belt and Road
    cooperation."', after Lin Jian's words, had counted as the Belt and Road's stance."""
    import dataclasses

    from briefkit.analysis.proposals import _second_speaker

    write(
        tmp_path / "a.txt",
        "Harbour Politics\n\nNovember 20, 2025\n\n"
        '"The council has never interfered in the harbour dues," Councillor Ana Ruiz said in '
        f"Porto on Monday. {second}\n",
    )
    document = read_corpus(tmp_path).documents[0]
    first, then = document.sentences[:2]
    pair = dataclasses.replace(first, id=f"{first.id}+{then.id.split(':', 1)[1]}")
    assert _second_speaker(pair, document, frozenset()) == speaker


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("The European Union has applied provisional duties since 5 July.", True),
        ("The harbour remains closed to tankers.", True),
        ("The harbour was closed and has reopened.", False),
        # a level's words are no status: "now", "numbers", "totals" mark no present state
        ("Harbour exports now total 5 million tonnes.", False),
        ("The harbour fleet numbers some 400 tankers.", False),
        # a speaker's present tense, quoted, is its own day's: the event is told in the past
        (
            "Traders queued on Thursday after the port raised its dues, days after the mayor "
            'told the council that "the old tariff is gone."',
            False,
        ),
        ('The mayor says "the old tariff is gone" and the dues remain high.', True),
        # a state lasting to the writer's day, beside a past clause (a cold read found
        # "Semaglutide has appeared on the … shortage list since the spring of 2022, and …
        # was added in December 2022." a memo's background after the shortage had ended)
        (
            "The harbour has appeared on the U.S. watch list since 2022, and the port of "
            "Vigo was added in December 2022.",
            True,
        ),
        ("The harbour was on the list in 2022, and Vigo was added in December.", False),
    ],
)
def test_a_status_told_in_the_present_is_marked(text: str, present: bool) -> None:
    """The PRESENT mark (a status an older source gives, which a newer one may overtake)
    is its own: the present-tense level rule's wider words had once shadowed it."""
    from briefkit.analysis.proposals import PRESENT, text_marks

    sentence = Sentence("a:p1:s1", "a", text, text, 1, 1, 0.5)
    assert bool(text_marks(sentence) & PRESENT) is present


def test_a_scene_set_under_a_verdict_heading_is_no_verdict(tmp_path) -> None:
    """ "When Chinese President Xi Jinping and US President Donald Trump met … on Oct 30,
    TikTok was a footnote." opens an editorial under "OUR VIEW": it had led a one-page note
    as the source's verdict."""
    from briefkit.analysis.proposals import analyse
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.md",
        "# The harbour deal leaves the cranes where they were\n\nNovember 3, 2025\n\n"
        "## Our view\n\nWhen the two harbour ministers met at the quay on Oct 30, the crane "
        "deal was a footnote.\n\nThe crane deal leaves the harbour's control with its old "
        "owners, whatever the ministers say.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "the harbour crane deal")
    scene = [f for u, f in zip(analysis.units, analysis.forms, strict=True) if u.text[:4] == "When"]
    assert scene
    assert not any(f.verdict for f in scene)


def test_news_told_as_done_in_a_much_older_source_is_background(tmp_path) -> None:
    """A cold read found the wire of a subsidy's end, two years older than the newest
    source, in no memo's background: "Motorists queued … after the state oil company
    raised the pump price…" has none of the section's cues. Told as done, in a source a
    year or more older than the newest, it is background; in the newest, it is not."""
    from briefkit.analysis.proposals import analyse
    from briefkit.analysis.section_fit import OLD_NEWS_FIT

    lede = (
        "Motorists queued for hours on Thursday after the state oil company raised the pump "
        "price of petrol to 557 naira a litre, days after the president told the nation that "
        '"fuel subsidy is gone."\n'
    )
    write(tmp_path / "a.txt", "Petrol Prices Triple\n\nJune 1, 2023\n\n" + lede)
    write(
        tmp_path / "b.txt",
        "Refinery Outlook\n\nDecember 5, 2025\n\n"
        "The refinery will supply most of the country's petrol next year.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "the petrol subsidy and the refinery")
    old = next(i for i, u in enumerate(analysis.units) if "queued" in u.text)
    assert analysis.fits[old]["background"] >= OLD_NEWS_FIT
    write(tmp_path / "a.txt", "Petrol Prices Triple\n\nDecember 1, 2025\n\n" + lede)
    analysis = analyse(read_corpus(tmp_path), "the petrol subsidy and the refinery")
    new = next(i for i, u in enumerate(analysis.units) if "queued" in u.text)
    assert analysis.fits[new]["background"] < OLD_NEWS_FIT


def test_a_stance_two_years_older_than_the_newest_sources_is_no_position(tmp_path) -> None:
    """A cold read found "Niger, under President Mohamed Bazoum, has agreed to host the
    bulk of the redeployed French forces" (2022) as Niger's row in a memo whose newest
    sources (2025) tell of the junta that expelled them. Beside two sources of the newest
    year, a stance told two years before them is history; beside one, it stands."""
    from briefkit.analysis.proposals import analyse

    stance = "Niger said it has agreed to host the French forces at the harbour base.\n"
    write(tmp_path / "a.txt", "Harbour Forces\n\nMarch 3, 2022\n\n" + stance)
    write(
        tmp_path / "b.txt",
        "Harbour Junta\n\nMarch 9, 2025\n\nThe junta ordered the French forces out of the "
        "harbour base.\n",
    )

    def fit() -> float:
        analysis = analyse(read_corpus(tmp_path), "the French forces at the harbour base")
        row = next(i for i, u in enumerate(analysis.units) if "agreed" in u.text)
        return analysis.fits[row]["regional_positions"]

    assert fit() > 0  # one source of the newest year: the old stance stands
    write(
        tmp_path / "c.txt",
        "Harbour Talks\n\nJanuary 9, 2025\n\nThe junta said the harbour base would stay "
        "closed to foreign forces.\n",
    )
    assert fit() == 0
    write(tmp_path / "a.txt", "Harbour Forces\n\nMarch 3, 2024\n\n" + stance)
    assert fit() > 0  # a year older: a stance still


def test_a_stance_retold_of_a_day_two_years_before_the_newest_is_no_position(tmp_path) -> None:
    """A cold read found "Moscow declared that any ship heading to a Ukrainian port would
    be treated as a military target." as Russia's row, labelled July 2023: a 2024 account
    retelling that July, in a memo whose newest sources tell Russia's conditions of 2025.
    A stance is as old as the day its telling retells."""
    from briefkit.analysis.proposals import analyse

    stance = "Niger declared that any ship entering the harbour would be treated as a target.\n"
    write(
        tmp_path / "b.txt",
        "Harbour Junta\n\nMarch 9, 2025\n\nThe junta ordered the French forces out of the "
        "harbour base.\n",
    )
    write(
        tmp_path / "c.txt",
        "Harbour Talks\n\nJanuary 9, 2025\n\nThe junta said the harbour base would stay "
        "closed to foreign forces.\n",
    )

    def fit(opening: str) -> float:
        write(tmp_path / "a.txt", f"Harbour Story\n\nMarch 3, 2024\n\n{opening}\n\n{stance}")
        analysis = analyse(read_corpus(tmp_path), "the French forces at the harbour base")
        row = next(i for i, u in enumerate(analysis.units) if "declared" in u.text)
        return analysis.fits[row]["regional_positions"]

    # told after a day of 2022: history, whatever the age of the account
    assert fit("On 14 June 2022 the junta seized the harbour base after a night of shelling.") == 0
    # after a day of 2023, within two years of the newest: a stance still
    assert fit("On 14 June 2023 the junta seized the harbour base after a night of shelling.") > 0


def test_the_briefs_title_is_no_part_of_the_topics_first_item(tmp_path) -> None:
    """The query is the title and the topic joined by a space: read as one text, "Security
    in the central Sahel The military juntas of Mali, …" made the title and the topic's
    first item one item, which no passage could answer. The items are the topic's (the
    title, as an item of its own, measured worse: the forty-ninth round in docs/quality-history.md)."""

    write(
        tmp_path / "a.txt",
        "Harbour Juntas\n\nMarch 3, 2025\n\n"
        "The military juntas seized the customs posts last year.\n"
        "Harbour security in Velmora was tightened after the raid on the port office.\n"
        "Fishing fleets in the bay shrank by a third.\n"
        "Ferry fares rose again in the spring, the port office said.\n"
        "The port chief resigned in April over the raid.\n"
        "Rains flooded the lower town in April.\n",
    )
    title = "Velmora Harbour Security"
    query = f"{title} The military juntas, fishing fleets and ferry fares"
    assert _items_answered(tmp_path, query, title, "juntas")


def _items_answered(folder: Path, query: str, title: str, needle: str) -> dict[int, float]:
    """The brief's items the passage holding `needle` answers, in a corpus of `folder`."""
    from briefkit.analysis.proposals import analyse

    analysis = analyse(read_corpus(folder), query, title=title)
    return next(
        a for u, a in zip(analysis.units, analysis.aspects, strict=True) if needle in u.text
    )


def test_a_passage_answers_the_item_naming_the_party_it_is_about(tmp_path) -> None:
    """ "Riyadh declined to join the US-led coalition…" answers a brief's "the positions of
    … Saudi Arabia" though it never writes the name: a cold read found none of the six
    states a brief named with a row, and a shipping line with one."""

    write(
        tmp_path / "a.txt",
        "Harbour Patrols\n\nMarch 3, 2025\n\n"
        "Riyadh declined to join the harbour coalition and has avoided criticism of it.\n"
        "Fishing fleets in the bay shrank by a third.\n"
        "Ferry fares rose again in the spring, the port office said.\n"
        "The port chief resigned in April over the raid.\n"
        "Shipments of grain from the bay to Saudi Arabia fell by a fifth in March.\n"
        "Rains flooded the lower town in April.\n",
    )
    title = "Velmora Harbour Patrols"
    query = f"{title} The positions of Saudi Arabia, fishing fleets and ferry fares"
    assert _items_answered(tmp_path, query, title, "Riyadh")


def test_a_pledge_of_a_year_ago_is_no_outlook(tmp_path) -> None:
    """A cold read: "Guatemala and El Salvador have said they will send soldiers and medics"
    (September 2024) stood in an outlook of November 2025, the soldiers long deployed. An
    undated pledge told a year or more before the newest source is no outlook; a recent
    one, or one naming when it is due, still is."""
    from briefkit.analysis.proposals import analyse

    def outlook_fit(pledge: str, told: str) -> float:
        write(tmp_path / "a.txt", f"Harbour Pledges\n\n{told}\n\n{pledge}\n")
        write(
            tmp_path / "b.txt",
            "Harbour Mission\n\nNovember 9, 2025\n\nThe harbour mission patrols the bay.\n",
        )
        analysis = analyse(read_corpus(tmp_path), "the harbour mission and its troops")
        row = next(i for i, u in enumerate(analysis.units) if "pledged" in u.text)
        return analysis.fits[row]["outlook"]

    pledge = "Norway and Denmark have pledged they will send troops to the harbour mission."
    assert outlook_fit(pledge, "September 3, 2024") == 0
    assert outlook_fit(pledge, "September 3, 2025") > 0
    dated = pledge.replace("mission.", "mission in March 2026.")
    assert outlook_fit(dated, "September 3, 2024") > 0


def _row_actors(folder: Path, text: str, query: str) -> set[str | None]:
    """The actors of the positions rows one source of `text` gives for `query`."""
    from briefkit.analysis.proposals import propose

    write(folder / "a.txt", f"Harbour Rules\n\nMarch 3, 2025\n\n{text}")
    found = propose(read_corpus(folder), query).sections["regional_positions"]
    return {c.actor for c in found}


def test_a_party_in_the_opening_condition_holds_no_stance(tmp_path) -> None:
    """A cold read: "Unless the Parliament and Council agree before 2 August 2026, the
    high-risk obligations will legally apply…" was a positions row of the two; the party in a
    condition the sentence opens with takes no row, a party after it still does."""
    rows = _row_actors(
        tmp_path,
        "Unless Velmora agrees to the harbour rules before March, the port fees will apply.\n"
        "If the fees apply, Kestria said it would oppose the harbour rules in court.\n",
        "the harbour rules and the port fees",
    )
    assert "Velmora" not in rows
    assert "Kestria" in rows


@pytest.mark.parametrize(
    ("older", "overtaken"),
    [
        ("The harbour general has spoken of appointing a new harbour master this year.", True),
        ("The harbour general has promised to appoint a new harbour master this year.", True),
        ("The harbour general has criticised the new harbour master this year.", False),
    ],
)
def test_a_step_spoken_of_that_a_newer_source_tells_taken_is_overtaken(
    tmp_path: Path, older: str, overtaken: bool
) -> None:
    """A cold read: "Burhan has spoken of appointing a technocratic prime minister…" stood
    as current beside a newer "In May he appointed Kamil Idris … as prime minister"."""
    newer = "In May the harbour general appointed a new harbour master for the harbour."
    assert _older_superseded(tmp_path, older, newer, "the harbour master") is overtaken


def test_an_account_another_body_gives_is_no_stance_of_its_subject(tmp_path) -> None:
    """A cold read: "Under the non-prosecution agreement, Boeing will pay or invest more than
    $1.1 billion …, the department said." was Boeing's row; a state's own ministry still
    tells the state's stance."""
    rows = _row_actors(
        tmp_path,
        "Under the harbour agreement, Kestrel Shipping will pay more than $1.1 billion in "
        "fines for the harbour spill, the department said.\n"
        "Kenya will send 400 more officers to the harbour, the ministry said.\n",
        "the harbour agreement and the spill",
    )
    assert "Kestrel Shipping" not in rows
    assert "Kenya" in rows


def test_a_quotation_of_someone_once_in_post_is_no_partys_stance(tmp_path) -> None:
    """A cold read: '"India cannot choose the junta alone any more…," a retired Indian Army
    general … told Frontline Asia.' was India's row; a serving official speaks for it."""
    rows = _row_actors(
        tmp_path,
        '"Norway cannot choose the harbour board alone any more. The people who run our '
        'ports are now the unions," a retired Norwegian admiral who served in the north '
        "told Harbour Weekly.\n\n"
        '"Sweden cannot choose the harbour board alone any more. The people who run our '
        'ports are now the unions," the Swedish trade minister said.\n',
        "the harbour talks and the deal",
    )
    assert "Norway" not in rows
    assert "Sweden" in rows


def test_a_partys_stance_without_a_causal_word_is_no_driver(tmp_path: Path) -> None:
    from briefkit.analysis.proposals import propose

    """Cold reads found stances in Drivers ("China's foreign ministry said the United
    States had never found evidence…", "Turkish officials said Ankara was working on
    'alternative arrangements'"): a party's stated position, with no causal word, is its
    row's, not a force at work; a fact without one still may be a driver."""
    write(
        tmp_path / "a.txt",
        "Harbour Talks\n\nMarch 3, 2024\n\n"
        "Norway said it would keep its ban on grain imports until the harbour deal is done.\n"
        "Grain prices at the harbour fell by a third over the winter months.\n",
    )
    proposals = propose(read_corpus(tmp_path), "grain imports and the harbour deal")
    drivers = [c.sentence.text for c in proposals.sections["drivers"]]
    assert not any(text.startswith("Norway said") for text in drivers)
    assert any(text.startswith("Grain prices") for text in drivers)
    positions = [c.sentence.text for c in proposals.sections["regional_positions"]]
    assert any(text.startswith("Norway said") for text in positions)


def test_a_person_the_brief_names_by_office_and_surname_is_asked_for() -> None:
    """ "Governor Ueda" and "the Takaichi government" in a brief ask for the rows of
    Kazuo Ueda and Sanae Takaichi (a cold read found none of the three prime ministers a
    brief named in the table); "banks" is no row of the Bank of Japan, and a surname
    alone matches no one whose name only contains it."""
    from briefkit.analysis.aspects import brief_aspects
    from briefkit.analysis.proposals import actors_asked
    from briefkit.analysis.terms import make_stemmer

    stemmer = make_stemmer()
    items = brief_aspects(
        "Set out the positions of Governor Ueda, the Takaichi government and banks.", stemmer
    )
    names = ["Kazuo Ueda", "Sanae Takaichi", "Bank of Japan", "Ueda Holdings Group"]
    idf = {t: 1.0 for item in items for t in item}
    answers = [{k: 1.0 for k in range(len(items))}]
    asked = actors_asked(names, items, idf, answers, stemmer)
    assert set(asked) == {"Kazuo Ueda", "Sanae Takaichi"}


@pytest.mark.parametrize(
    ("newer", "overtaken"),
    [
        (
            "Harbour Council Resolution 12, adopted on March 3, authorised a larger port patrol.",
            True,
        ),
        ("The Harbour Council met the port's owners in the capital on Monday.", False),
    ],
)
def test_a_hope_resting_on_a_body_that_has_since_acted_is_overtaken(
    tmp_path: Path, newer: str, overtaken: bool
) -> None:
    """A cold read: "…the hope now rests on the UN Security Council." (August 2025) was a
    note's bullet under a newer source's "UN Security Council Resolution 2793, adopted on
    September 30, authorised…"."""
    older = "For the shippers and the unions alike, the hope now rests on the Harbour Council."
    assert _older_superseded(tmp_path, older, newer, "the port patrol") is overtaken


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "The harbour's shares now stand at Tidewater Holdings (45 percent, operator), "
            "Gull Marine (30 percent) and Northport Capital (25 percent).",
            True,
        ),
        ("Harbour dues rose 12 percent in a year (the steepest rise since 2008).", False),
        ("Harbour dues rose from 25 percent to 40 percent of the shippers' costs.", False),
    ],
)
def test_shares_listed_in_brackets_are_a_breakdown(text: str, listed: bool) -> None:
    from briefkit.analysis.proposals import shares_listed

    assert shares_listed(text) is listed


def test_a_breakdown_of_shares_never_leads_the_bottom_line(tmp_path: Path) -> None:
    """A cold read: "The Stabroek interests now stand at Esso … (45 percent, operator),
    Chevron's Hess Guyana unit (30 percent) and CNOOC … (25 percent)." was one of a
    note's three bullets."""
    breakdown = (
        "The harbour's shares now stand at Tidewater Holdings (45 percent, operator), "
        "Gull Marine (30 percent) and Northport Capital (25 percent)."
    )
    told = (
        "The harbour's owners now stand at Tidewater Holdings as operator, with Gull "
        "Marine and Northport Capital as partners."
    )
    for line, leads in ((breakdown, False), (told, True)):
        lines = _bottom_line_of(tmp_path / str(leads), "Harbourland harbour owners", [line], [])
        assert (line in lines) is leads


def test_a_speakers_words_are_the_stance_of_the_body_they_speak_for() -> None:
    """'"Linking is the single most important thing…," said Emma Collingwood, head of trade
    policy at the industry body UK Steel.': the row is the body's (a cold read found her name
    alone heading it), and her words are its stance; a body merely named after the speaker's
    words states none."""
    from briefkit.analysis.actors import subject_actor_at
    from briefkit.analysis.proposals import states_a_stance

    text = (
        '"Linking is the most important thing for harbour steel," said Emma Cole, head of '
        "trade policy at the industry body Harbour Steel."
    )
    actor, at = subject_actor_at(text) or ("", 0)
    assert actor == "Harbour Steel"
    assert states_a_stance(text, at)
    named = '"Linking matters," said Emma Cole, who toured Harbour Steel in May.'
    assert not states_a_stance(named, named.index("Harbour"))


@pytest.mark.parametrize(
    ("description", "actor"), [("the 23-year-old", False), ("the mayor", True)]
)
def test_a_member_of_the_public_has_no_row(tmp_path: Path, description: str, actor: bool) -> None:
    """'"Everyone wants our votes for 2027," Omondi says.' had been a row of a positions
    table (a cold read of `kenya`): the corpus describes him only as one of the public."""
    analysis = _older_and_newer(
        tmp_path,
        "On the morning of 25 June, Kevin Oduya walked again to the harbour gates. A year ago"
        f' {description} had walked there with friends. "Everyone wants our votes for the'
        ' harbour," Oduya says.',
        "The harbour gates reopened to traffic on Monday after a week of protests.",
        "harbour gates votes",
    )
    found = {u.text: a for u, a in zip(analysis.units, analysis.actors, strict=True)}
    said = next(a for text, a in found.items() if text.startswith('"Everyone'))
    assert (said == "Kevin Oduya") is actor


@pytest.mark.parametrize(
    ("text", "actor", "labelled"),
    [
        (
            "Pre-election politics: President Tinubu has insisted there will be no return to"
            " subsidies, but the temptation will grow.",
            "President Tinubu",
            True,
        ),
        # the label is the party, by its seat or its name
        ('Kinshasa: "Peace has been signed; now Rwanda must leave."', "Congo", False),
        ("ASML: the company expects its China sales to fall next year.", "ASML", False),
        ("Tinubu said there will be no return to subsidies.", "Bola Tinubu", False),
    ],
)
def test_a_point_under_a_topic_label_is_no_row(text: str, actor: str, labelled: bool) -> None:
    """ "Pre-election politics: President Tinubu has insisted…, but the temptation will
    grow…" had been the president's row (a cold read of `dangote`): a point of the
    writer's list under its topic."""
    from briefkit.analysis.proposals import under_a_topic_label

    assert under_a_topic_label(text, actor) is labelled


def test_a_figure_opening_its_sentence_is_found_in_its_quote() -> None:
    """A figure opening its sentence is written in lower case ("about 2,000"), and had been
    found nowhere in its own quote: never told as now, never retold."""
    from briefkit.analysis.proposals import figure_at

    assert figure_at("More than 25 countries now object.", "more than 25 countries") == 0
    assert figure_at("In all, 32 countries now object.", "32 countries") == 8
    assert figure_at("In all, 32 countries now object.", "40 countries") == -1


def _forecast_beside_talks(folder: Path, opening: str, forecast: str) -> tuple[Analysis, int]:
    """The analysis of `forecast`, told in a source opening with `opening` (a date line,
    or none), beside a source of March 2024 telling pay talks; and the forecast's row."""
    from briefkit.analysis.proposals import analyse
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(folder / "a.txt", f"Harbour Union\n\n{opening}\n\n{forecast}\n")
    write(
        folder / "b.txt",
        "Harbour Talks\n\nMarch 3, 2024\n\nThe harbour union and the port board "
        "are negotiating a new pay deal.\n",
    )
    analysis = analyse(read_corpus(folder), "harbour union pay")
    return analysis, next(i for i, u in enumerate(analysis.units) if u.text == forecast)


def _outlook_fit_beside_talks(folder: Path, opening: str, forecast: str) -> float:
    """The outlook fit of `forecast` (`_forecast_beside_talks`)."""
    analysis, row = _forecast_beside_talks(folder, opening, forecast)
    return analysis.fits[row]["outlook"]


def test_an_undated_sources_horizon_is_counted_from_its_latest_year(tmp_path) -> None:
    """ "…the coming months can see a more strident role of the harbour union" in an
    undated source whose events end in 2021 had stood in the example's outlook beside a
    2024 source telling the opposite (a cold read): its months have passed."""
    forecast = "The coming months can see a more strident role of the harbour union."
    undated_old = _outlook_fit_beside_talks(
        tmp_path / "old", "In March 2021 the harbour union struck for a week over pay.", forecast
    )
    dated_recent = _outlook_fit_beside_talks(
        tmp_path / "recent", "February 20, 2024\n\nThe harbour union struck for a week.", forecast
    )
    assert undated_old == 0 < dated_recent  # (OVERTAKEN_FIT)


def test_an_old_forecast_looking_to_no_later_date_weighs_less_in_the_outlook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Trade and energy supplies will continue, but Tajikistan will not progress
    diplomatically." (events to 2021) had stood in the example's outlook beside a 2024
    source telling talks to normalise, and "There will be no mine clearance and no naval
    escort." (July 2022) in a grain corridor's outlook of 2025 (cold reads): a forecast
    told a year or more before the newest source, looking to no later date, keeps
    OLD_FORECAST of its standing there."""
    from briefkit.analysis import proposals

    forecast = "Harbour trade will continue, but the harbour union will not win its pay claim."

    def old(name: str, opening: str, text: str = forecast) -> int:
        analysis, row = _forecast_beside_talks(tmp_path / name, opening, text)
        return analysis.old_forecast[row]

    assert old("two-years", "January 20, 2022")
    assert old("a-year", "March 3, 2023")
    assert not old("eleven-months", "April 3, 2023")
    assert not old("ahead", "January 20, 2022", forecast.replace("claim.", "claim by 2026."))

    def standing(opening: str = "March 3, 2023") -> float | None:
        analysis, _ = _forecast_beside_talks(tmp_path / "scored", opening, forecast)
        found = proposals.score(analysis).sections["outlook"]
        return next((c.standing for c in found if c.sentence.text == forecast), None)

    weighed = standing()
    assert weighed is not None
    # two years or more before the newest source: spent, no outlook at all ("There will be
    # no mine clearance and no naval escort." of July 2022 had still closed an outlook of
    # September 2025 sources, its nine words cheap: a side-by-side read)
    assert old("spent", "January 20, 2022") >= proposals.SPENT_FORECAST_MONTHS
    assert standing("January 20, 2022") is None
    monkeypatch.setattr(proposals, "OLD_FORECAST", 1.0)
    assert weighed == pytest.approx(0.3 * (standing() or 0))
