"""Section fit: an outlook looks ahead; the report of a dated event is no outlook."""

from __future__ import annotations

import pytest

from briefkit.analysis.section_fit import section_fit
from briefkit.corpus import Document, Sentence, SourceMeta


def _fit(text: str, section: str = "outlook") -> float:
    sentence = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5)
    document = Document("d", "d.txt", "", SourceMeta(date="2025-05-01"), text, ())
    return section_fit(section, sentence, document)


def test_forward_language_makes_an_outlook() -> None:
    assert _fit("Analysts expect the controls to tighten further over the coming year.") > 0


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        (
            "For decades, people living along the border could cross up to 16 km into the"
            " other country without a visa.",
            False,
        ),
        ("Until 2023, traders could cross the river without a permit.", False),
        # a condition, or a time to come, still looks ahead
        (
            "For decades, traders could cross freely; if the fence is finished, they no longer"
            " could.",
            True,
        ),
        ("Traders could cross the river without a permit from next year.", True),
    ],
)
def test_could_of_a_span_of_the_past_is_no_outlook(text: str, ahead: bool) -> None:
    """ "For decades, people living along the 1,643 km India-Myanmar border could cross…"
    had been an outlook (a cold read): "could" after a span of the past is what was
    possible then."""
    assert (_fit(text) > 0) is ahead


@pytest.mark.parametrize(
    "text",
    [
        "The company signed the definitive agreements on 18 May; closing is set for"
        " 22 June 2025, one day before the current pause expires.",
        "The final vote is scheduled for September, after the summer recess.",
        "The regulator is slated to publish its ruling before the end of the year.",
    ],
)
def test_a_date_fixed_ahead_looks_forward(text: str) -> None:
    """ "…closing is set for 22 January 2026" had been a note's driver (a cold read): a
    date set, scheduled or slated ahead is what comes next."""
    assert _fit(text) > 0


@pytest.mark.parametrize(
    "text",
    [
        "We now see a 55% probability that the central bank raises its rate in December.",
        "Our central path takes the policy rate to 1.0% by late 2026.",
        "Our base case is that the corridor keeps operating through the winter.",
    ],
)
def test_odds_and_a_central_case_make_an_outlook(text: str) -> None:
    assert _fit(text) > 0


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        # who is at risk says nothing of what may come (a cold read found a past purchase,
        # near its source's end, opening an outlook)
        (
            "Canada in February secured 500,000 doses and began offering them to people at "
            "high risk of exposure.",
            False,
        ),
        (
            "Canada in February secured 500,000 doses and began offering them to people, at "
            "the risk of a shortage.",
            True,
        ),
    ],
)
def test_who_is_at_risk_is_no_outlook(text: str, ahead: bool) -> None:
    late = Sentence("d:p9:s1", "d", text, text, 9, 1, 0.9)  # near its source's end
    document = Document("d", "d.txt", "", SourceMeta(date="2025-05-01"), text, ())
    assert (section_fit("outlook", late, document) > 0) is ahead


def test_a_date_reached_before_the_source_is_no_outlook() -> None:
    assert _fit("By 2023 the rate had reached 1.0% and stayed there.") == 0


def test_a_dated_event_with_a_modal_verb_is_no_outlook() -> None:
    assert _fit("On April 9, the government told the company that sales will need a licence.") == 0
    assert _fit("The dam would change the river for ever, engineers said in 2011.") == 0


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The midterm elections of October 2025 will determine whether reform continues.", True),
        ("A return to normal traffic is not expected in the first half of 2025.", True),
        ("Debt payments due in January 2026 will test the reserves.", False),
        ("Officials expect exports to recover, though no date was given.", False),
        ("Growth is expected to pick up in 2025 and again in 2026.", False),
        # a part of the year ends before its December (a cold read of the fifty-sixth
        # round: "…crane purchases … by early 2026" in a memo of December 2026)
        ("The port expects to approve crane purchases by early 2025.", True),
        ("The rate is set to peak in mid-2025.", True),
        ("Output will recover in the third quarter of 2025.", True),
        ("Output will recover in late 2025.", False),
    ],
)
def test_a_forecast_whose_date_the_newest_source_passed(text: str, passed: bool) -> None:
    from briefkit.analysis.section_fit import horizon_passed

    assert horizon_passed(text, (2025, 12)) is passed


@pytest.mark.parametrize(
    ("text", "written", "passed"),
    [
        ("A full root cause analysis is expected in the coming weeks.", (2024, 7), True),
        ("A full root cause analysis is expected in the coming weeks.", (2025, 11), False),
        ("The regulator will publish its list by the end of the year.", (2025, 2), False),
        ("The regulator will publish its list by the end of the year.", (2024, 2), True),
        ("Talks are expected to resume next year.", (2024, 3), False),
        ("Talks are expected to resume next year.", (2023, 3), True),
        ("A ruling in March 2026 is expected within weeks.", (2024, 1), False),  # a date wins
        # a day of a month with no year: the writer's next such day
        ("The midterm elections on 26 October will renew half the house.", (2025, 9), True),
        ("The midterm elections on 26 October will renew half the house.", (2025, 11), False),
        ("The vote, due on March 3, will decide the matter.", (2025, 4), False),
        # a month with neither day nor year: the writer's next such month
        ("Both are expected to raise prices for the April-September mid-crop.", (2024, 3), True),
        ("Both are expected to raise prices for the April-September mid-crop.", (2025, 10), False),
        ("Output may recover by March, officials expect.", (2024, 11), True),
        ("Output may recover, officials expect.", (2024, 11), False),  # "may": no month
        ("The parliament will vote in June on the bill.", (2024, 11), True),
        # a month told as past is no horizon, in a sentence however forward
        ("Options are expected to include the plan first sketched in January.", (2024, 11), False),
        # a span from the writer's day, read at its longest
        ("The tanker is not expected to return for several months.", (2023, 10), True),
        ("The tanker is not expected to return for several months.", (2025, 6), False),
        ("A ruling is expected in a few weeks.", (2025, 10), False),
        ("A ruling is expected in a few weeks.", (2025, 6), True),
        # a counted span of days or weeks, at its longest (not one told as past)
        ("A repair is expected to take between five and 15 days.", (2025, 10), True),
        ("A repair is expected to take between five and 15 days.", (2025, 11), False),
        ("The truce will last 60 days.", (2025, 9), True),
        ("The truce will last 60 days.", (2025, 10), False),
        ("Repairs should take two to three weeks.", (2025, 10), True),
        ("Rebuilding will take years after schools were closed for ten days.", (2024, 1), False),
        # months or years counted from the writer's day (a cold read of `sahel`: "…the single
        # largest risk in the region over the next 18 months", of May 2025, a year and a half
        # on as a live view)
        ("Collapse is the largest risk over the next 18 months.", (2024, 5), True),
        ("Collapse is the largest risk over the next 18 months.", (2024, 7), False),
        ("Margins should recover within the next 12 to 18 months.", (2024, 5), True),
        ("Prices will rise in the coming two years.", (2023, 11), True),
        ("Prices will rise in the coming two years.", (2024, 1), False),
        # a weekday, tomorrow, this week: within the writer's month
        ("China will impose duties on brandy from Saturday, the ministry said.", (2025, 7), True),
        ("China will impose duties on brandy from Saturday, the ministry said.", (2025, 12), False),
        ("The strike will end tomorrow, the union said.", (2025, 10), True),
        ("The Monday meeting will set the agenda for the year.", (2025, 10), False),  # no "on"
        # the day a thing was said is no horizon: a lede's decision had left every bottom line
        ("Britain will ban ransom payments, the government said on Tuesday.", (2025, 7), False),
        ("Britain will ban ransom payments, it announced on Tuesday.", (2025, 7), False),
        ("Britain will ban ransom payments on Tuesday, officials said.", (2025, 7), True),
        # the near future, the coming months (the example's outlook of 2021 forecasts)
        ("The promise is unlikely to be fulfilled in the near future.", (2024, 10), True),
        ("The promise is unlikely to be fulfilled in the near future.", (2025, 3), False),
        ("The coming months can see a more strident role of the state.", (2025, 5), True),
        ("The coming months can see a more strident role of the state.", (2025, 7), False),
        # a season from the writer's day, to its last month (a cold read: "the coming autumn"
        # of July 2024, unmarked in a later memo)
        ("The coming autumn is likely to bring a resurgence in birds.", (2024, 7), True),
        ("The coming autumn is likely to bring a resurgence in birds.", (2025, 12), False),
        ("Prices will fall next year, traders say.", (2025, 7), False),  # "fall" a verb
        ("Next summer will show whether the cull worked.", (2025, 7), False),  # August 2026
        ("Next summer will show whether the cull worked.", (2024, 3), True),  # August 2024
        # a part of a year already past at the writing is told of what happened, no
        # horizon ending before its December
        ("In early 2025 the talks stalled; they will resume, officials said.", (2025, 9), False),
        ("The port expects to buy cranes by early 2025.", (2024, 9), True),
        # the end of the writer's year, however it is put (a cold read: "…Dave Calhoun,
        # who will leave at the end of the year", of July 2024, unmarked in 2025)
        ("The chief executive will leave at the end of the year.", (2024, 7), True),
        ("The chief executive will leave at the end of the year.", (2025, 7), False),
        ("The board expects to name a successor at year-end.", (2024, 7), True),
        ("The board expects to name a successor later in the year.", (2024, 7), True),
        ("The board expects to name a successor by the end of this year.", (2024, 7), True),
        # a date and a span from the writer's day: the later ends it (a cold read's best
        # bottom line had been left out as looking only to "mid-2025")
        ("Fares will fall from mid-2025, toward $2 over two years.", (2024, 12), False),
        ("Fares will fall from mid-2025, toward $2 over two years.", (2023, 6), True),
        ("Fares will fall from mid-2025.", (2024, 12), True),
        # "In early November the administration announced…": the month of an act, past
        ("In early November the council announced fares that will fall.", (2024, 12), False),
        ("In early November the council will announce new fares.", (2024, 12), True),
        # what could happen in a month (a cold read: "…could agree a recapitalisation if
        # Ofwat's final settlement in December is generous enough", of September 2024)
        (
            "Investors could agree a deal if the regulator's ruling in December is kind.",
            (2024, 9),
            True,
        ),
        (
            "Investors could agree a deal if the regulator's ruling in December is kind.",
            (2025, 9),
            False,
        ),
        ("The talks could not be concluded in March, officials said.", (2024, 9), False),
        # an expectation of someone's step in a month (a cold read of `srilanka`: "…said
        # they expected the fifth review mission to visit Colombo in September")
        ("Officials said they expected the mission to visit Porto in September.", (2025, 7), True),
        (
            "Officials said they expected the mission to visit Porto in September.",
            (2025, 11),
            False,
        ),
        # a month an outcome is measured against is no horizon
        ("Sales were better than expected in September.", (2025, 7), False),
    ],
)
def test_a_horizon_told_from_the_writers_day_passes_too(
    text: str, written: tuple[int, int], passed: bool
) -> None:
    from briefkit.analysis.section_fit import horizon_passed

    assert horizon_passed(text, (2025, 12), written) is passed


def test_a_modal_perfect_looks_back_not_forward() -> None:
    from briefkit.analysis.section_fit import CUES

    assert not CUES["outlook"].search("The drones could only have been supplied by a state.")
    assert not CUES["outlook"].search("The ceasefire would have held longer with monitors.")
    assert CUES["outlook"].search("The ceasefire could collapse before the talks resume.")


def test_a_forecast_told_as_made_in_the_past_is_no_outlook() -> None:
    assert _fit("Analysts predicted a wave of defections to rivals such as SentinelOne.") == 0
    assert _fit("Officials had expected the talks to end in a deal by the spring.") == 0
    assert _fit("Analysts predict a wave of defections to rivals such as SentinelOne.") > 0
    assert _fit("Analysts predicted that defections will slow once prices are cut.") > 0
    # an ability that ended (unless something else in the sentence looks ahead)
    assert _fit("The regional president said he could no longer continue in office.") == 0
    assert _fit("The canal could no longer cope, and traffic will fall next year.") > 0


def test_a_likely_cause_of_something_past_is_no_outlook() -> None:
    """ "…slow recovery "seems likely" to reflect its failure to modernise" explains the
    past; "is likely to fall" looks ahead."""
    assert _fit('The airline\'s slow recovery "seems likely" to reflect its old systems.') == 0
    assert _fit("The outage probably stemmed from a faulty template in the sensor.") == 0
    assert _fit("Harbour traffic is likely to fall again next year.") > 0
    # what happened, judged likely, is no forecast
    assert _fit("The minister said the severing of the cables was likely an act of sabotage.") == 0
    assert _fit("Officials said the bill was likely to pass in the spring.") > 0


def test_a_modal_of_purpose_in_a_told_event_is_no_outlook() -> None:
    """ "…before it could leave Finnish waters", "…so that prosecutors could question the
    crew": the could of a past event, not of what comes next."""
    assert _fit("Finland boarded the vessel within hours, before it could leave its waters.") == 0
    assert (
        _fit("Sweden asked China to move the ship so that prosecutors could question the crew.")
        == 0
    )
    assert _fit("The ceasefire could collapse before the talks resume.") > 0


def test_a_permission_given_is_no_outlook() -> None:
    """ "…told police they could shoot anyone who attacked a police station" had stood in
    a minister's outlook."""
    assert _fit("The minister told police they could shoot anyone who attacked a station.") == 0
    assert _fit("The minister warned that protests could spread to other towns.") > 0


def test_what_someone_could_check_is_no_outlook() -> None:
    """ "The United Nations, counting only bodies it could verify, speaks of around 3,000."
    had stood in `drc`'s outlook (a cold read)."""
    assert _fit("The agency, counting only bodies it could verify, speaks of around 3,000.") == 0
    assert _fit("Inspectors could verify the agency's count of bodies by next year.") > 0
    assert _fit("Officials said they could verify the count of bodies next week.") > 0


def test_an_inability_in_a_told_event_is_no_outlook() -> None:
    """ "Customers could not delay or stage these files" tells what happened."""
    assert _fit("Customers could not delay or stage the channel files in July.") == 0
    assert _fit("A new strike could not be ruled out before the talks resume.") > 0


def test_a_step_due_within_days_is_news_more_than_outlook() -> None:
    """ "China will impose duties … from Saturday" is that week's news, soon overtaken."""
    imminent = _fit("The ministry will impose harbour dues of 30 percent from Saturday.")
    ahead = _fit("The ministry will impose harbour dues of 30 percent over the next year.")
    assert 0 < imminent < 0.5 * ahead


def test_a_scenario_told_in_the_present_tense_looks_ahead() -> None:
    """Under "Scenario 2: Grinding stalemate (45%)", "Talks continue without a breakthrough"
    is the case's future, told as scenarios are, in the present tense."""
    text = "Talks on the harbour dues continue without a breakthrough and the dues stay."
    plain = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5, heading="Background")
    case = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5, heading="Scenario 2: Stalemate (45%)")
    document = Document("d", "d.txt", "", SourceMeta(date="2025-05-01"), text, ())
    assert section_fit("outlook", plain, document) == 0
    assert section_fit("outlook", case, document) > 0


def test_a_forward_noun_in_a_sentence_told_in_the_past_is_no_outlook() -> None:
    """ "the prospect of", "ahead of schedule", "any scenario" look ahead only with a verb
    that does; told in the past tense they name what was then ahead."""
    assert (
        _fit(
            "Germany and Great Britain were not interested in the prospect of fighting a "
            "non-inclusive Taliban regime."
        )
        == 0
    )
    assert _fit("The repair was carried out safely and ahead of the original schedule.") == 0
    # with a verb that looks ahead, or told in the present, the noun does look ahead
    assert _fit("The prospect of a deal was dim, and talks will likely collapse.") > 0
    assert _fit("The prospect of fighting a non-inclusive regime is remote.") > 0


def test_a_timeline_entry_is_of_the_year_printed_above_it() -> None:
    """ "12 March 2022 — Moscow says it backs the plan." in an article of 2025: a stance of
    years before the source, history for the positions table (and no outlook unless it
    names a later year); but no background bonus, which had let such entries fill a
    one-page note's background."""
    from briefkit.analysis.section_fit import section_fits

    text = "Moscow says it backs the plan and will keep talking."
    document = Document("d", "d.txt", "", SourceMeta(date="2025-10-27"), text, ())
    plain = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5)
    entry = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5, told_date="2022-03-12")
    background, _, positions, outlook = section_fits(plain, document)
    told = section_fits(entry, document)
    assert positions > 0 and told[2] < positions
    assert outlook > 0 and told[3] == 0
    assert told[0] == background


@pytest.mark.parametrize(
    "text",
    [
        "It was primarily a failure of manufacturing execution, compounded by strategic "
        "overreach and a market that turned sharply against newcomers.",
        "The cancellation triggered a run on the company's credit lines.",
        "Years of underinvestment led to the outage.",
        "The rally was fuelled by trial data showing large weight losses.",
        "The group has long exploited grievances among herders who accuse the army of abuses.",
        "The prospect of a jury verdict pushed both companies to the table.",
    ],
)
def test_how_one_thing_brought_another_about_is_a_driver(text: str) -> None:
    sentence = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5)
    document = Document("d", "d.txt", "", SourceMeta(date="2025-05-01"), text, ())
    assert section_fit("drivers", sentence, document) > 0


def test_a_timeline_entry_of_an_earlier_month_is_no_outlook() -> None:
    """ "July 2024 — The BOJ … sets a plan to cut purchases … by early 2026", in an article
    of October 2025: the report of a dated event, though it names a later year; the same
    entry dated after the article (a plan's) still looks ahead."""
    from briefkit.analysis.section_fit import section_fits

    text = "The bank sets a plan to cut monthly bond purchases by half by early 2026."
    document = Document("d", "d.txt", "", SourceMeta(date="2025-10-27"), text, ())
    past = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5, told_date="2024-07-31")
    ahead = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5, told_date="2026-01-15")
    assert section_fits(past, document)[3] == 0
    assert section_fits(ahead, document)[3] > 0


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        (
            "A larger surplus could drive prices below $4,500 if output keeps growing at "
            "2024–25 rates.",
            True,
        ),
        ("Exports will stay above 2023 levels.", True),
        ("In 2023 the ministry said it would cut exports.", False),
    ],
)
def test_a_year_a_forecast_measures_from_is_no_year_it_tells_of(text: str, ahead: bool) -> None:
    """In an article of 2025, a modal about 2023 is history; one that measures from 2023
    ("above 2023 levels") still looks ahead."""
    sentence = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5)
    document = Document("d", "d.txt", "", SourceMeta(date="2025-05-01"), text, ())
    assert (section_fit("outlook", sentence, document) > 0) is ahead


def test_cause_for_concern_is_a_reaction_not_a_driver() -> None:
    """ "There is cause for grave concern," Rutte said: the idiom names no cause (it had
    led a note's drivers in a cold read); "the cause of the outage" still does. Nor is a
    share "of demand" restored."""

    def drivers(text: str) -> float:
        return _fit(text, "drivers")

    assert drivers('"There is cause for grave concern," the secretary-general said.') == 0
    assert drivers("The harbour board said the wind was the main cause of the damage.") > 0
    # a load measured is no cause either; demand that drives something is
    assert drivers("By 7 a.m. the operator reported that 99.95 percent of demand was back.") == 0
    assert drivers("Strong demand for harbour berths kept fees high through the winter.") > 0


def test_support_before_a_noun_is_no_stance() -> None:
    """ "The Northern Alliance needed support bases for launching operations…" had been its
    row in the example's memo: "support" there names bases, not a stance."""

    assert (
        _fit("The harbour militia needed support bases for its operations.", "regional_positions")
        == 0
    )
    assert _fit("The harbour union will support the new berth fees.", "regional_positions") > 0


def test_a_thing_ranked_among_those_announced_or_signed_is_no_stance() -> None:
    """ "Oklo's non-binding master agreement with … Switch … covers up to 12 GW …, the
    largest corporate SMR agreement announced to date." had been Oklo's row (a cold read:
    a contract, not a position)."""
    ranked = "The berth deal covers 12 ships, the largest harbour deal announced to date."
    assert _fit(ranked, "regional_positions") == 0
    signed = "The berth deal with Kelby, signed in December, covers up to 12 ships."
    assert _fit(signed, "regional_positions") == 0
    assert _fit("The harbour union signed a letter against the fees.", "regional_positions") > 0
    assert _fit("The harbour union announced it would strike.", "regional_positions") > 0


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a cue's word in a body's name is no stance
        (
            "Velmora, mostly through the Velmora International Cooperation Agency, is owed "
            "around $2.7 billion.",
            False,
        ),
        ("Analysts at the Council on Foreign Relations counted 40 harbour cranes.", False),
        ("Velmora said it would cooperate with the other harbour creditors.", True),
        ("Bondholders accepted a headline haircut of 27 percent.", False),
        ("The harbour pension fund accepted the swap in September.", False),
        (
            "The harbour pension fund accepted the swap in September after being told that "
            "non-participating funds would pay a punitive tax rate.",
            False,
        ),
        ("The harbour union accepts the new berth fees.", True),
        ("The harbour union said it would accept the new berth fees.", True),
        ("The harbour union accepted that the berth fees must rise.", True),
    ],
)
def test_acts_and_names_are_no_stance(text: str, stance: bool) -> None:
    """Position rows of a cold read that state no stance: "Bondholders accepted a headline
    haircut of 27 percent." (a deal's terms taken; accepting a course still is one), "The
    EPF accepted the swap … after being told…", "Japan, mostly through the Japan
    International Cooperation Agency, is owed around $2.7 billion." (a cue in a name)."""
    assert (_fit(text, "regional_positions") > 0) is stance


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        (
            "Since the fighting was taking place in the capital, the militia could join the "
            "power struggle at home and help its allies across the border.",
            False,
        ),
        ("Because the dam was never finished, the valley could flood again next spring.", True),
        ("If the truce that was signed in May fails, fighting could resume.", True),
        ("The valley could flood this spring.", True),
        # a lesson a past event taught, its modal inside the lesson (ransomware: "The
        # attack on Change Healthcare in February showed that a single supplier could
        # freeze claims…" had been an outlook)
        ("The flood in February showed that a single dam could cut power to the valley.", False),
        ("The flood showed that the dam could fail again if the rains return.", True),
        ("The flood showed that the valley will need a second dam next year.", True),
    ],
)
def test_could_of_what_was_possible_then_is_no_outlook(text: str, ahead: bool) -> None:
    """A cold read found 1990s history in an outlook: "could" of what a party was able to
    do then, its clause of time or cause told in the past."""
    assert (_fit(text) > 0) is ahead


def test_a_cause_of_decades_before_the_source_is_history_more_than_a_driver() -> None:
    """ "Following the Soviet invasion in 1979, … emerged as one of the most powerful
    resistance groups" had been a driver of a one-page note on 2021; a cause a few years
    old keeps its fit."""

    def drivers(text: str) -> float:
        sentence = Sentence("d:p1:s1", "d", text, text, 1, 1, 0.5)
        document = Document("d", "d.txt", "", SourceMeta(date="2021-05-01"), text, ())
        return section_fit("drivers", sentence, document)

    old = "Following the invasion in 1979, the movement emerged because of the occupation."
    recent = "Following the invasion in 2014, the movement emerged because of the occupation."
    assert 0 < drivers(old) < drivers(recent)


def test_what_came_later_in_a_past_story_is_no_outlook() -> None:
    """ "…began to fight each other in a chaotic war from which the rebels would eventually
    emerge victorious" had stood in an outlook (a cold read): the future of a past story."""
    story = "The factions began to fight a chaotic war from which the rebels would eventually win."
    assert _fit(story) == 0
    assert _fit("The rebels would eventually win any long war, analysts say.") > 0


def test_a_forecast_revised_is_an_act_no_outlook() -> None:
    """ "The company cut its full-year revenue forecast, but its retention rate stayed
    around 97 percent" had been the only item of an outlook (a cold read)."""
    assert _fit("The company cut its full-year revenue forecast, but retention stayed high.") == 0
    assert _fit("The company cut its forecast and expects sales to fall next year.") > 0


def test_the_year_an_open_span_starts_is_no_horizon() -> None:
    """ "…a framework for managing the river after 2026" had labelled the states' failure to
    agree "looking to a year now ending" (a cold read): after, beyond and post- open a
    span that ends nothing."""
    from briefkit.analysis.section_fit import horizon_ends

    assert horizon_ends("The states failed to agree rules for the river after 2026.") == []
    assert horizon_ends("Targets beyond 2030 and post-2027 caps will be set later.") == []
    assert horizon_ends("The rules will expire at the end of 2026.") == [(2026, 12)]


def test_a_forecasters_base_case_looks_to_the_month_it_names() -> None:
    """ "Our base case is that the BOJ raises rates in December or January", of November
    2025, had led a note of December 2026 as a live view (a side-by-side read): a case told
    in the present looks ahead to the month it names, as "will" does."""
    from briefkit.analysis.section_fit import horizon_ends

    written = (2025, 11)
    case = "Our base case is that the harbour board raises dues in December or January."
    assert horizon_ends(case, written) == [(2025, 12)]
    assert horizon_ends(case.replace("Our base case is that the", "The"), written) == []


def test_a_fiscal_year_ends_as_late_as_fiscal_years_do() -> None:
    """ "…will need to do so again in its fiscal 2026 plan" had been labelled "looking to a
    year now ending" in a note of December 2026, where that fiscal year runs to March 2027
    (a cold read): a fiscal year's horizon is read as the latest a fiscal year ends."""
    from briefkit.analysis.section_fit import horizon_ends

    written = (2024, 12)
    plan = "The ministry will cut issuance again in its fiscal 2026 plan."
    assert horizon_ends(plan, written) == [(2027, 3)]
    assert horizon_ends(plan.replace("fiscal ", ""), written) == [(2026, 12)]
    both = "Revenue will rise in fiscal year 2025 and in FY 2026."
    assert horizon_ends(both, written) == [(2026, 3), (2027, 3)]
    # a fiscal year of the writing's year or before is a year closed or closing, as before
    closed = "The authority published results for fiscal year 2024, which ran to September."
    assert horizon_ends(closed, written) == [(2024, 12)]


def test_a_past_year_naming_a_thing_is_no_horizon() -> None:
    """ "Panama will not renew its 2017 agreement…" (of February 2025) had been labelled as
    looking to a date now past (a cold read): a year before the writing, between a
    determiner and its noun, names the agreement; a later one still names an event ahead."""
    from briefkit.analysis.section_fit import horizon_ends

    assert horizon_ends("The harbour will not renew its 2017 agreement.", (2025, 2)) == []
    assert horizon_ends("The 2027 election will decide the harbour's fate.", (2025, 2)) == [
        (2027, 12)
    ]
    assert horizon_ends("The harbour will reopen in 2017.", (2016, 2)) == [(2017, 12)]
    assert horizon_ends("The harbour will not renew its 2017 agreement.") == [(2017, 12)]


def test_a_day_of_the_writing_month_before_its_day_is_no_horizon() -> None:
    """ "…failed to reach agreement … by a Nov. 11 deadline …, raising the prospect that
    Washington will impose rules…", in a wire of November 12: the deadline had passed when
    it was written, and the view looks ahead to no date."""
    from briefkit.analysis.section_fit import horizon_ends

    missed = "The states missed a Nov. 11 deadline, and Washington will impose rules."
    assert horizon_ends(missed, (2025, 11)) == [(2025, 11)]  # the day unknown: as before
    assert horizon_ends(missed, (2025, 11), written_day=12) == []
    assert horizon_ends(missed, (2025, 11), written_day=10) == [(2025, 11)]
    assert horizon_ends("The talks resume on Dec. 2.", (2025, 11), written_day=12) == [(2025, 12)]


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        # a meeting its source (of May 2025) dates to a month after its own
        (
            "Member states have agreed to hold a short organisational meeting in Geneva on"
            " 7 February 2026, with a single agenda item: electing a new chair.",
            True,
        ),
        ("Bond payments of about $4.2 billion fall due on 9 January 2026.", True),
        # a month and year before the writing, or the writing's own month: what was done
        (
            "Member states held a short organisational meeting in Geneva on 7 February"
            " 2025, with a single agenda item: electing a new chair.",
            False,
        ),
        ("Bond payments of about $4.2 billion fell due in May 2025.", False),
        # the date of an act told, however late
        ("The ministry announced in June 2025 that the port is closed.", False),
    ],
)
def test_a_step_dated_after_its_source_looks_ahead(text: str, ahead: bool) -> None:
    """ "Member states have agreed to hold … INC-5.3, in Geneva on 7 February 2026", of
    December 2025, fit no section, and no memo told the talks' next step (a cold read): a
    month and year after its source's own is a step to come, with no verb of the future."""
    assert (_fit(text) > 0) is ahead
