"""Citable units: whole sentences that stand alone; leaning sentences quoted with their antecedent."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.analysis.units import (
    citable_units,
    continues_a_hypothetical,
    lacks_speaker,
    leans_back,
)
from briefkit.corpus import Sentence
from briefkit.read import read_corpus
from briefkit.verbatim import collapse, find_quote
from tests.conftest import write

ARTICLE = """Border Talks Stall Again

By Ana Field

March 3, 2023

The two governments met in the capital on Monday to discuss the disputed border crossing.
It was the third round of talks this year, and it ended without any agreement on the crossing.
Why does the crossing matter so much to both sides after all these years?
There are several reasons for this long dispute between the two neighbours.
Home | News | World | Opinion | Subscribe to our newsletter today
Traders on both sides of the border have lost most of their income since the crossing closed
"""

OTHER = """Another Outlet Reports

By Ben Stone

April 9, 2023

Officials from both governments said they expect a fourth round of talks before the summer.
Share this article with your friends and colleagues on every network you use today.
"""


@pytest.fixture
def units(tmp_path: Path):
    write(tmp_path / "one.txt", ARTICLE)
    write(
        tmp_path / "two.txt",
        OTHER
        + "\nShare this article with your friends and colleagues on every network you use today.\n",
    )
    corpus = read_corpus(tmp_path)
    return corpus, citable_units(corpus)


def _harbour_lines(separator: str) -> str:
    """Eight ordinary sentences of one source, so the line under test has company."""
    return separator.join(
        f"The port authority said trade through the harbour grew again in quarter {i} of the year."
        for i in range(1, 9)
    )


def test_a_leaning_sentence_is_quoted_with_the_one_it_leans_on(units) -> None:
    corpus, found = units
    quotes = [u.quote for u in found]
    assert not any(q.startswith("It was the third round") for q in quotes)
    pair = next(q for q in quotes if "It was the third round" in q)
    assert pair.startswith("The two governments met in the capital")
    text = collapse(next(d for d in corpus.documents if d.id == "one").text)
    assert find_quote(pair, text)  # contiguous and verbatim


def test_debris_questions_and_announcements_are_never_units(units) -> None:
    _, found = units
    quotes = " | ".join(u.quote for u in found)
    assert "Why does the crossing" not in quotes  # a question
    assert "There are several reasons" not in quotes  # only announces what follows
    assert "Home | News" not in quotes  # a menu
    assert "since the crossing closed" not in quotes  # cut off: no end of sentence


def test_boilerplate_repeated_in_sources_is_not_a_unit(tmp_path: Path) -> None:
    line = "Share this article with your friends and colleagues on every network you use today."
    write(tmp_path / "a.txt", OTHER)
    write(tmp_path / "b.txt", ARTICLE + "\n" + line + "\n")
    found = citable_units(read_corpus(tmp_path))
    assert not any(u.quote == line for u in found)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("It led to the end of the civil war in 1997.", True),
        ("As a result, responsibility fell on the army.", True),
        ("Two days later, the attacks took place.", True),
        # later than what? (hours, minutes; "afterwards")
        ("Hours later Trump signed his fourth order delaying enforcement of the Act.", True),
        ("Shortly afterwards the ministry withdrew the finance bill.", True),
        ("Hours of talks in Madrid ended without a deal on the app.", False),
        # the set named before its pick, in the sentence itself; the two camps of a dispute
        (
            "The committee spread the blame between both camps: it found that the operator "
            "scheduled too few plants and that some of those plants did not perform.",
            False,
        ),
        ("Some of those plants did not perform as required.", True),
        # what "it" is, said of a thing named before; a cleft stands alone
        ("It is the body that approves the technical rules the operator runs by.", True),
        ("It is the army that decides who governs.", False),
        ("If it does, the company could be the first to mine.", True),
        ("The company added that it had expected the step.", True),
        ("The group has repeatedly warned that controls cede market share.", True),
        ("Nvidia also said its outlook assumed no shipments to China.", True),
        ("Nvidia said its outlook assumed no shipments to China.", False),
        ("First, donors should move the mission to a United Nations budget.", True),
        ("Risk case: a compromised update pipeline pushes a malicious file.", True),
        ("Harbour pilots (the union and others): will challenge any new dues in court.", True),
        ("“We are not going to fight with the United States,” he said.", True),
        ("“We are not going to fight,” Mulino said in a speech.", False),
        ('The Gang Suppression Force will go after them."', True),
        ("The force will go after them.” That was the promise.", True),
        ("“The ports are a separate matter, run by another agency.”", True),
        ("“The canal is ours and will remain ours,” the president said.", False),
        ("The main danger, they said, is reassortment.", True),
        # a named subject's "it" or "them" the reader was not told
        ("BusinessEurope called it a sensible first step.", True),
        ("George W. Bush used it in 2002 to reopen West Coast ports.", True),
        ("Nvidia says it complies with all U.S. laws.", False),
        ("The Commission insists it never required Microsoft to keep the kernel open.", False),
        # a day the reader was told of before
        ("Amnesty International said at least 16 people were killed that day.", True),
        ("The peso fell sharply the next day and country risk jumped.", True),
        ("On 25 June protesters broke into parliament, and the next day Ruto gave way.", False),
        ("Ishiba becomes prime minister; the next day he says hikes can wait.", False),
        # which week? (a cold read: the conference was named one sentence before)
        ("Four more governments announced their support during the week, bringing 37.", True),
        ("In the week of 9 June four more governments announced their support.", False),
        # a pronoun for a speaker, however far on or however the sentence goes on
        (
            "The share had fallen to about 50% in the last quarter of the year, he said, from 95%.",
            True,
        ),
        ("“The ports belong to Panama,” he said at his weekly press conference on Thursday.", True),
        ("“The market is closed,” she said, adding that the ban had ended the business.", True),
        (
            "Ruto said the share of imports had fallen to about 50%, and he added that the levy stays.",
            False,
        ),
        ("“The market is closed,” the chief executive said, adding that the ban had hurt.", False),
        ("It is very likely that relations will stay cold.", False),
        ("This year the rains came early to the north.", False),
        ("Tajikistan refuses to engage with the Taliban.", False),
        # "Both…" leans back unless it names the two
        ("Both want an end to the remaining controls on companies and banks.", True),
        ("Both sides walked away from the talks on Monday without a date.", True),
        ("Both the United States and China sent envoys to the harbour talks.", False),
        ("Both Russia and China abstained in the vote on the harbour resolution.", False),
        # a demonstrative before something said that the excerpt does not say
        ("CrowdStrike's Adam Meyers repeated that argument to Congress in September.", True),
        ("The ministry rejected those claims as baseless on Tuesday evening.", True),
        ("Several analysts say that description is not entirely wrong.", True),
        ('Bessent said the agreement "protects American sovereignty" on Friday.', True),
        ('The OECD said it welcomed the statement and would "work with all members".', True),
        ("Bessent said the agreement with Canada protects American jobs.", False),
        # (a cold read of the fifty-second round: which ruling? the wording of what?)
        ("Harbour lawyers say the ruling matters beyond the port's own dues.", True),
        ("Harbour lawyers say the ruling of the court matters beyond the port.", False),
        ("The wording suggests Kestria would lease the harbour rather than sell it.", True),
        ("Velmora has pursued similar claims against the harbour's pilots.", True),
        # a market's reaction to news told before (a cold read: "Container spot rates were
        # little changed, since…"); a level told at its figure, or since a date, stands
        ("Harbour freight rates were little changed, since most ships had not returned.", True),
        ("Velmora's harbour dues were unchanged at 4 percent of cargo value.", False),
        # blame for a thing the sentence does not tell (a cold read: which deaths?)
        ("The rebels deny targeting civilians and blame the army for the deaths.", True),
        ("The army blamed the rebels for the attack on the harbour in May.", False),
        # a trouble of its own beside another's told before (a cold read: "…faces its own
        # threat")
        ("In Velmora, the harbour concession faces its own threat.", True),
        ("Each harbour board has its own tariff for pilots and tugs.", False),
        # a countersuit, the suit it answers untold; a thing said of by its kind alone; an
        # act reviewed, untold (cold reads: "CrowdStrike filed its own lawsuit…",
        # "CyberCube said the estimate covered…")
        ("Kestria Pilots filed its own lawsuit against the harbour board on Friday.", True),
        ("The pilots' union published its own report on harbour safety.", False),
        ("Kestria Marine said the estimate covered ferries as well as freighters.", True),
        ("Kestria Marine said the estimate of 40 ships a week was low.", False),
        ("The harbour regulator will review the changes.", True),
        ("The harbour regulator will review the changes to the pilots' fees.", False),
        ("The harbour dues have been little changed since March 2024.", False),
        ("Velmora has pursued similar claims to Kestria's against the pilots.", False),
        ("Whether that leads to a harbour licence depends on the council.", True),
        ("Whether the harbour deal holds depends on the council.", False),
        ("Several of the Nordic harbour companies have limited cash.", True),
        ("Several of the world's largest harbour companies have limited cash.", False),
        ("Many of the harbour licences covering pilots expire in 2026.", False),
        ("By comparison, the harbour board expects 40 ships a week by 2030.", True),
        ("The restart of the harbour's second crane has been delayed.", False),
        ("The restart has been underwritten heavily by the harbour board.", True),
        ("The orders follow the harbour board's deal last month.", True),
        # a pronoun subject after a time phrase told without its comma
        ("From 1 January 2025 it will charge 15 percent on the largest groups.", True),
        ("In 2024 they raised the harbour dues again.", True),
        # (a verb whose past has no "-ed": "In August it began selling…" in a cold read)
        ("In August it began selling harbour passes directly to shippers.", True),
        ("On Monday he said the harbour dues would rise.", True),
        ("On Monday the ministry said it would act on the harbour dues.", False),
        ("The EU, UK and Japan amend their UTPR rules accordingly.", True),
        ("On the same day, Canada announced that it would rescind its harbour tax.", True),
        ("Most now apply the income inclusion rule from the start of 2024.", True),
        ("Several were arrested at the harbour gates in May.", True),
        ("Most countries now apply the income inclusion rule from 2024.", False),
        ("Some say the harbour dues are too high for small traders.", False),
        ("The following week the harbour board cut its dues again.", True),
        ("The following measures take effect in the harbour from March.", False),
        ("The envoy disputed this characterisation of the talks in Doha.", False),
        ("The ministry rejected the claim that its troops had crossed the border.", False),
        ("Officials said that figures for the harbour would be published in May.", False),
        ("Analysts doubt this estimate of the harbour's losses from the strike.", False),
        # a span counted from something the excerpt does not name
        ("Within weeks, the RSF demonstrated that it could strike anywhere in the country.", True),
        ("Within a few days, the harbour authority had reopened two of the three berths.", True),
        ("Within weeks of the coup, the junta expelled the French ambassador from Niamey.", False),
        ("Within hours the harbour's dues had risen past 157 a tonne.", True),
        ("Within hours of the ruling the harbour's dues had risen past 157.", False),
        # a connective, a demonstrative subject, an opening phrase someone else's
        ("Separately, CMS proposed to cover the drugs for obesity from 2026.", True),
        ("At the current rate, that may not be Ghana for much longer.", True),
        ("At the current rate, that price cannot hold for another season.", False),
        ("Back on his farm, Boakye counts the trees he has had to cut.", True),
        ("Back on the farm, Kwame Boakye counts the trees he has had to cut.", False),
        # the end or the verb says it follows something the reader has not seen
        ("Compounding groups are expected to challenge the semaglutide decision as well.", True),
        ("Exporters in Ecuador have been hit, too.", True),
        ("Saudi Arabia, Russia, Iran and Kuwait did obstruct.", True),
        # which agreements? others than whom? benefits from what? ("also" leaves the
        # sentence standing: "Tajikistan also engages in close military cooperation…"; a
        # rule making it lean back was measured and dropped, see docs/quality-history.md)
        ("Tajikistan also engages in close military cooperation with China.", False),
        ("Others noted that state control does not by itself guarantee faster growth.", True),
        ("The definitive agreements were signed on 31 May 2024.", True),
        ("The strategy says new projects must use technologies that cut water use.", True),
        ("The agreement with Codelco was signed on 31 May 2024 in Santiago.", False),
        ("Chile, which signed a free trade agreement with the United States, benefits.", True),
        ("Communities bear the costs of the harbour while others take the gains.", False),
        ("Critics argue that the provincial model leaves the country with few benefits.", False),
        ("Saudi Arabia did not sign the harbour code in the end.", False),
        ("In return, the companies received relief from threatened tariffs.", True),
        ("The FDA then agreed to reconsider while the case was paused.", True),
        ("The agency again delayed the rule by a year on Tuesday.", True),
        ("The then prime minister agreed to reconsider the harbour dues.", False),
        # a definite event or thing the excerpt has not named: which incident, which ship?
        ("The incident came a year after the pipeline was damaged by an anchor.", True),
        ("The damage occurred in Finland's exclusive economic zone.", True),
        ("The ship left the Russian port of Ust-Luga on Nov. 15.", True),
        ("The attack on the Ust-Luga terminal closed the port for a week.", False),
        # a refusal, a decision of what? the signatories of what?
        ("Meta's refusal comes after weeks of pressure on Brussels from both sides.", True),
        ("Meta's refusal to sign the code came after weeks of pressure on Brussels.", False),
        ("The signatories call for a two-year pause before key obligations apply.", True),
        ("The signatories of the harbour code call for a two-year pause.", False),
        ("Chief among them is a framework that would cap exports of harbour cranes.", True),
        ("The countries have not yet severed their harbour ties.", True),
        ("The two sides walked away from the harbour talks on Monday.", True),
        ("The countries of the region have not severed their harbour ties.", False),
        ("The parties to the harbour dispute met in Oslo on Monday.", False),
        # a thing, a gap or a step told before; an aside setting the sentence against another
        ("The drug was first approved for diabetes in 2017 at the harbour clinic.", True),
        ("The year began with shortages officially over in the harbour towns.", True),
        ("The year 2025 began with shortages officially over in the harbour towns.", False),
        ("The drug regulator approved the harbour clinic's trial in 2017.", False),
        ("Into that gap has stepped a fast-growing market for harbour pilots.", True),
        ("In that case, the harbour would close for a month in the spring.", True),
        ("Beneath that calm, the harbour's finances remain fragile.", True),
        ("The hard issue, the harbour's cranes, is exactly where it was.", True),
        ("The harbour's cranes are where they were built, in Rotterdam.", False),
        # an occasion the sentence does not name: which conference?
        ("The harbour dues fell past 157 dinars after the news conference.", True),
        ("The harbour dues fell after the announcement of new tariffs.", False),
        ("Amid these disputes, the harbour board cut its fees.", True),
        ("During that year the harbour closed for a month in the spring floods.", False),
        ("In that year the harbour closed for a month in the spring floods.", False),
        ("Next came the things that do not shout: harbour works stopped midway.", True),
        ("Next year the harbour will close for a month in the spring floods.", False),
        ("Governors, meanwhile, are positioning themselves as harbour kingmakers.", True),
        ("Governors in the north, who run the harbours, are positioning themselves.", False),
        ("Lower prices will do more than lawsuits in the harbour courts to erode it.", True),
        # a time told before: then when?
        ("By then, millions of machines had received the harbour update.", True),
        ("At that point, the pilots refused to board the ships in the harbour.", True),
        ("Since then the harbour has handled fewer ships each month.", True),
        ("At the time of writing, the harbour had handled fewer ships.", False),
        ("Since 2020 the harbour has handled fewer ships each month.", False),
        # …and a verb's object ("taken it") told before
        ("Millions of machines in the harbour offices had already taken it.", True),
        ("The harbour authority has written the rules for its pilots.", False),
        ("The two unions deny any alliance, and there are real differences between them.", False),
        # a step of an argument whose first step the excerpt does not give
        ("A second motive was political: to prove that the harbour board backs the plant.", True),
        ("A further complication is the harbour pilots' strike.", True),
        ("A second round of harbour talks is scheduled for June.", False),
        # a demonstrative before the subject's noun, after an opening clause
        (
            "After the levy was scrapped in May 2023, that arrangement has become more "
            "expensive for the harbour.",
            True,
        ),
        ("In March, this year's harbour budget was cut by a tenth.", False),
        ("In March, the harbour board cut the budget by a tenth.", False),
        # "here" as the place of a dateline or paragraph the excerpt does not name
        ("The chancellor broke ground here in March 2024.", True),
        ("Humanitarian workers here say the aid is not enough.", True),
        ("Farmers here have never needed a dam to feel drought.", True),
        ("The views expressed here are the author's own.", False),
        # a thing known by what befell it, named
        ("Finnish police boarded the seized tanker Eagle S on Thursday.", False),
        ("The suspected vessel, the Eagle S, was escorted to the harbour.", False),
        # an opposite that says what it is opposite to
        ("Spain is moving in the opposite direction to France on grid rules.", False),
        ("The harbour board did the opposite of what it had promised.", False),
        ("With talks set for 6 December, here is what is at stake.", False),
        ('"We are staying here," the mayor of the harbour town said.', False),
        # an agency or a watchdog named only by its kind: which one? (a cold read
        # took one agency's count for the other's)
        ("The agency said it had monitored more than 100 people on the farms.", True),
        ("The watchdog said it would fine the harbour board.", True),
        ("The agency of the harbour said it would fine the board.", False),
        # a fifth cold read: which threshold, the answer to what? A cleft of time points
        # back to nothing ("It was shortly before midnight … when …" had been joined to a
        # standfirst)
        ("The threshold means that around 90 percent of firms drop out.", True),
        ("The answer, the border levy, covers six sectors.", True),
        ("The threshold for the top tier is set at 10,000 tonnes.", False),
        ("It was shortly before midnight on 8 December 2023 when the deal was announced.", False),
        ("It was in 2019 that the harbour board first warned of floods.", False),
        ("It was a blow to the harbour board that had bid for the port.", True),
        # the writer's label for its own verdict is no list heading the reader misses
        ("Our judgement: first fines are unlikely before 2027.", False),
        ("Bottom line: the harbour deal will hold.", False),
        ("Risk case: the harbour deal falls apart.", True),
        # a sixth cold read: most of what, which allegations?
        ("Cheap exports, a good harvest and lower fuel costs explain most of it.", True),
        ("Cheap exports explain most of the fall in harbour prices.", False),
        ("The UN panel described such allegations as credible.", True),
        ("Ports have seen such attacks as the one on the harbour before.", False),
        # which arrangement, whose relationship? (two cold reads)
        ("The arrangement replaces the harbour loan approved in March 2022.", True),
        ("The relationship became something else in September 2025.", True),
        ("The relationship between the two harbour boards became tense.", False),
        # affected by what? (a one-page note's background)
        ("About 5,000 employees at the harbour are affected.", True),
        ("About 5,000 employees at the harbour are affected by the closure.", False),
        # a stance told as one more: "also" beside what? (a cold read of seabed)
        (
            "The ISA Council, meeting in Kingston in March, also expressed serious concern "
            "about TMC's plans.",
            True,
        ),
        ("France also called for a moratorium on deep-sea mining.", True),
        ("France called for a moratorium on deep-sea mining.", False),
        ("The ministry also published a new schedule of tariffs on Monday.", False),
        # (a cold read of plastics: "also" has nothing to refer back to)
        ("China and India also declined to back production cuts.", True),
        ("China and India declined to back production cuts.", False),
        # (h5n1's note: "also" beside which judgement?)
        ("The harbour board also still rates the risk of flooding as low.", True),
        ("The harbour board still rates the risk of flooding as low.", False),
    ],
)
def test_leaning_openers(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


@given(st.text(min_size=1, max_size=80))
def test_leans_back_never_fails(text: str) -> None:
    assert leans_back(text) in (True, False)


def test_bios_and_lines_cut_off_above_are_not_units(tmp_path: Path) -> None:
    body = _harbour_lines("\n")
    write(
        tmp_path / "a.txt",
        "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n"
        "2022, and it has only a handful of inspectors for the whole coast of the country.\n"
        "Rachel Kim is a trade policy reporter at the Harbour Daily in the capital.\n",
    )
    quotes = " | ".join(u.quote for u in citable_units(read_corpus(tmp_path)))
    assert "2022, and it has" not in quotes
    assert "Rachel Kim is a trade policy reporter" not in quotes


def test_an_authors_bio_by_title_and_surname_is_not_a_unit(tmp_path: Path) -> None:
    """ "Dr. Oyelaran is a professor of health policy…" under "By Renata Oyelaran" presents
    the writer (it had been her row among a memo's positions); a surname without a title
    may be someone the article is about."""
    write(
        tmp_path / "a.txt",
        "Drug Prices Are a Policy Choice\n\nBy Renata Oyelaran\n"
        "Dr. Oyelaran is a professor of health policy at the University of Harbourland.\n\n"
        "March 3, 2023\n\n" + _harbour_lines("\n") + "\n"
        "Oyelaran is a common name in the port district, the harbour registry shows.\n",
    )
    quotes = " | ".join(u.quote for u in citable_units(read_corpus(tmp_path)))
    assert "Dr. Oyelaran is a professor" not in quotes
    assert "Oyelaran is a common name" in quotes


def test_a_paragraph_opening_with_the_authors_bio_is_the_authors_note(tmp_path: Path) -> None:
    """The note's disclosure ("Harcourt Strategy advises investors…; it has no mandate
    related to Thames Water.") had been a bottom line, under the "Our view" heading above
    the note."""
    write(
        tmp_path / "a.md",
        "# The Harbour in 2026\n\nBy Oliver Brandt\n\nDecember 15, 2025\n\n"
        + _harbour_lines("\n\n")
        + "\n\n## Our view\n\n"
        "We expect the creditors to end up owning the harbour on tighter terms.\n\n---\n\n"
        "*Oliver Brandt leads Harbour Strategy's ports practice. Harbour Strategy advises "
        "investors and public bodies; it has no mandate related to the harbour.*\n",
    )
    quotes = " | ".join(u.quote for u in citable_units(read_corpus(tmp_path)))
    assert "We expect the creditors" in quotes
    assert "advises investors" not in quotes


@pytest.mark.parametrize(
    ("view", "answered"),
    [
        (
            "Some argue that state refineries are needed to prevent a private monopoly. "
            "That concern is real and it deserves an answer from the regulator. "
            "But the answer is strong regulation and open imports, not loss-making plants.",
            True,
        ),
        (
            "Critics say the harbour levy will drive shipping lines to other ports nearby. "
            "However, the levy is lower than the fees charged in every rival port.",
            True,
        ),
        (
            "Some argue that state refineries are needed to prevent a private monopoly. "
            "The ministry will publish its review of the four plants in the spring.",
            False,
        ),
        # a view once held, after a clause of its own, and at once how it came out
        (
            "When the harbour closed in July, many shippers argued that the levy was worth "
            "paying to reopen it. Nine months on, the levy has been dropped by every rival.",
            True,
        ),
        (
            "When the harbour closed in July, many shippers argued that the levy was worth "
            "paying to reopen it. The ministry will publish its review in the spring.",
            False,
        ),
        # a side's case in court and the ruling on it (a cold read's stale defence)
        (
            "Pradas's defence has argued that the harbour authority failed to warn the port. "
            "The judge dismissed that line, saying the duty lay with the port's own office.",
            True,
        ),
        (
            "Pradas's defence has argued that the harbour authority failed to warn the port. "
            "The ministry will publish its review of the harbour in the spring.",
            False,
        ),
    ],
)
def test_a_view_the_writer_answers_is_not_quoted_without_the_answer(
    tmp_path: Path, view: str, answered: bool
) -> None:
    """ "Some argue that… That concern is real…" quoted without the next sentence ("But the
    answer is…") gives the view the writer rejects as the writer's own."""
    body = _harbour_lines("\n")
    write(tmp_path / "a.txt", "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n" + view + "\n")
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    with_view = [q for q in quotes if "argue" in q or "Critics say" in q]
    without_answer = [
        q
        for q in with_view
        if not any(a in q for a in ("But the answer", "However", "Nine", "The judge"))
    ]
    assert bool(without_answer) is not answered, quotes


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("The two new harbour cranes were supposed to cost $14 million.", False),
        (
            "The two new harbour cranes were supposed to cost $14 million but cost $30 million.",
            True,
        ),
        (
            "The cranes, which were supposed to lift 40 tonnes, have been sold to a rival port.",
            True,
        ),
        ("The levy is the tax it was supposed to replace in the port's accounts.", True),
    ],
)
def test_what_was_supposed_to_be_is_not_quoted_without_what_was(
    tmp_path: Path, line: str, alone: bool
) -> None:
    """A budget told as what was meant to be, the overrun left to the next sentence, reads
    as if it held (a cold read)."""
    body = _harbour_lines("\n")
    outcome = "The final bill for the project came in at $31 million, three years late."
    text = "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n" + line + " " + outcome + "\n"
    write(tmp_path / "a.txt", text)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert (line in quotes) is alone, quotes
    assert outcome in quotes


def test_a_note_entry_opening_with_a_code_number_is_not_quoted(tmp_path: Path) -> None:
    body = _harbour_lines("\n")
    entry = "10 15 C.F.R. Parts 970 (exploration licences) and 971 (commercial recovery permits)."
    write(tmp_path / "a.txt", "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n" + entry + "\n")
    quotes = " | ".join(u.quote for u in citable_units(read_corpus(tmp_path)))
    assert "C.F.R." not in quotes


def test_method_notes_and_dateline_dashes_are_not_quoted(tmp_path: Path) -> None:
    write(
        tmp_path / "one.txt",
        "Displacement Update\n\nBy Ana Field\n\nMarch 3, 2023\n\n"
        "PORT CITY (Wire) — The ministry said on Monday that new camps would open near the border.\n"
        "Figures are rounded and may differ from those in other reports because of differences in methodology.\n"
        "Aid groups said the camps would still be too small for the families arriving every week.\n",
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any("Figures are rounded" in q for q in quotes)
    assert any(q.startswith("The ministry said on Monday") for q in quotes)
    assert not any(q.startswith("—") for q in quotes)


def test_an_article_saved_twice_is_quoted_from_one_copy(tmp_path: Path) -> None:
    article = (
        "Border Talks Stall\n\nBy Ana Field\n\nMarch 3, 2023\n\n"
        "The two governments met in the capital on Monday to discuss the disputed crossing.\n"
        "Traders on both sides of the border have lost most of their income since it closed.\n"
        "Officials said a fourth round of talks would be held before the summer recess.\n"
        "Sign up to our newsletter for the best of our reporting every single week.\n"
    )
    write(tmp_path / "a.txt", article)
    write(tmp_path / "b.md", article)
    write(
        tmp_path / "c.txt",
        "Other News\n\nBy Ben Stone\n\nApril 9, 2023\n\nThe harbour reopened on Tuesday after a week of storms.\n"
        "Sign up to our newsletter for the best of our reporting every single week.\n",
    )
    found = citable_units(read_corpus(tmp_path))
    talks = [u for u in found if u.quote.startswith("The two governments met")]
    assert len(talks) == 1 and talks[0].source_id == "a"
    assert not any("Sign up to our newsletter" in u.quote for u in found)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Council of the EU, press release, 19 February 2024.", True),
        ("Office of the UN Special Envoy for Yemen, statement of 23 December 2023.", True),
        ("Talks between the two sides collapsed in May 2024.", False),
        ("The deal, the ministry said, was signed on 4 May 2024.", False),
    ],
)
def test_source_list_entries_are_not_sentences(text: str, entry: bool) -> None:
    from briefkit.analysis.units import is_reference_entry

    assert is_reference_entry(text) is entry


def test_a_section_number_is_not_quoted(tmp_path: Path) -> None:
    write(
        tmp_path / "one.txt",
        "Trade Update\n\nBy Ana Field\n\nMarch 3, 2023\n\n"
        "5.2 Any resumption of transits is likely to be phased over several months of the year.\n"
        "Aid groups said the camps would still be too small for the families arriving every week.\n",
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert any(q.startswith("Any resumption of transits") for q in quotes)


def test_a_list_item_whose_head_was_markup_is_not_quoted(tmp_path: Path) -> None:
    """'- **LNG shippers**, who have…' leaves '…, who have…' to quote: a clause, not a
    sentence."""
    body = _harbour_lines("\n")
    item = "- **LNG shippers**, who have largely abandoned the route for now."
    write(tmp_path / "a.md", "# Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + item + "\n")
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert quotes and not any("abandoned the route" in q for q in quotes)


def test_a_what_to_watch_item_is_not_quoted(tmp_path: Path) -> None:
    body = _harbour_lines("\n")
    items = (
        "Whether the reservoir project wins backing from the next government.\n"
        "Whether the reservoir is built will decide how much water the port has.\n"
    )
    write(tmp_path / "a.txt", "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n" + items)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any("wins backing" in q for q in quotes)
    assert any("will decide" in q for q in quotes)


def test_items_under_a_what_to_watch_heading_need_a_verb(tmp_path: Path) -> None:
    body = _harbour_lines("\n\n")
    items = (
        "- Rainfall forecasts for the next dry season and any drought watch.\n"
        "- The first list of critical providers, and whether any security vendor is on it.\n"
        "- The court ruling on the concession will decide who runs the terminals.\n"
    )
    write(
        tmp_path / "a.md",
        "# Harbour Trade Recovers After the Long Drought Ends\n\nMarch 3, 2023\n\n"
        + body
        + "\n\n## What should we watch?\n\n"
        + items,
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any("Rainfall forecasts" in q or "critical providers" in q for q in quotes)
    assert any("will decide who runs" in q for q in quotes)


@pytest.mark.parametrize(
    ("line", "word"),
    [
        (
            "Harbour Digest Policy Monitor is compiled from public statements and filings.",
            "compiled",
        ),
        # a paywall's counter (it had stood in a fast run's `boeing` note as a driver)
        ("You have 2 free articles remaining this month.", "free articles"),
    ],
)
def test_page_furniture_after_the_article_is_not_quoted(
    tmp_path: Path, line: str, word: str
) -> None:
    body = _harbour_lines("\n\n")
    write(tmp_path / "a.md", "# Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + line + "\n")
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert quotes and not any(word in q for q in quotes)


def test_an_about_the_author_line_is_not_quoted(tmp_path: Path) -> None:
    body = _harbour_lines("\n\n")
    bio = "About the author: Hannah Whitcombe covers energy policy for the Harbour Ledger."
    write(tmp_path / "a.md", "# Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + bio + "\n")
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert quotes and not any("Whitcombe" in q for q in quotes)


def test_a_paywall_notice_is_not_quoted(tmp_path: Path) -> None:
    body = _harbour_lines("\n\n")
    notice = (
        "You are reading a free preview. Subscribers get full scenario tables and data downloads."
    )
    write(
        tmp_path / "a.md", "# Harbour Report\n\nMarch 3, 2023\n\n" + notice + "\n\n" + body + "\n"
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert quotes and not any("preview" in q or "Subscribers" in q for q in quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most importantly, it said it would let security products run outside the kernel.",
        "On Monday, they agreed to extend the truce by a month.",
        "The risk is that it becomes overexposed, politically and militarily.",
        "For Russia, which has signed agreements for a gold refinery, it could open new doors.",
        # a longer opening phrase with no verb of its own holds no antecedent either
        "At a board meeting of the harbour authority on June 24, it found the cause.",
        "In the wake of the election of a new harbour board, they formed a coalition.",
        # an opening participle, or an opening clause that itself points back
        "Having once offered harbour dues as low as 1 percent, it raised them to 9.",
        "When the harbour pilots tried to reach it, it had already sunk in the channel.",
        # a report whose speaker is only "it"
        "A drag mark along the seabed led directly to the harbour pipeline, it said.",
        # a thing of "its" as the subject (chips: "For the second quarter, its guidance of
        # $45 billion … reflects…")
        "For the second quarter, its guidance of $45 billion reflects a loss of harbour fees.",
        "In 2024, their numbers at the harbour doubled.",
    ],
)
def test_a_pronoun_subject_after_an_opening_phrase_leans_back(sentence: str) -> None:
    assert leans_back(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an opening clause with its own subject and verb holds the pronoun's antecedent
        "Even if the harbour reaches 42 ships a month in 2026, it will be short of berths.",
        "When the harbour board met in Oslo on a cold Monday in March, it cut the dues.",
        "After the junta seized the harbour in Niamey in July 2023, it expelled the envoy.",
        "During its first year in office, the harbour board cut its dues twice.",
        "For the harbour board, its dues are the main income.",
    ],
)
def test_a_pronoun_subject_after_its_own_opening_clause_stands(sentence: str) -> None:
    assert not leans_back(sentence)


def test_an_unnamed_owner_opening_the_sentence_leans_back() -> None:
    assert leans_back("The district's board approved the deal with the Bureau in January.")
    assert not leans_back(
        "The Imperial Irrigation District's board approved the deal with the Bureau."
    )
    assert not leans_back("The district court's ruling came in March 2024.")
    # a capitalised institution is one the reader knows: the European Commission, the Fed's
    # Board ("the commission's report" still asks which commission)
    assert not leans_back("The Commission's digital omnibus would push back the deadlines.")
    assert not leans_back("The Board's tailoring approach weakened supervision of banks.")
    assert leans_back("The commission's report was published on Monday in the capital.")


def test_then_opens_a_next_step_unless_it_dates_a_title() -> None:
    assert leans_back("Then in July 2023 it banned ordinary white rice too.")
    assert not leans_back("Then-president Kenyatta sent the first police officers in 2024.")
    assert not leans_back("Then prime minister Henry asked for a foreign force in 2022.")


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("Since lifting its restrictions last year it has offered neighbours new supply.", True),
        ("After winning the vote, he will appoint a new cabinet in Harbourland.", True),
        (
            "Since lifting its restrictions last year India has offered neighbours new supply.",
            False,
        ),
        ("After winning the vote, Mulino said the canal would stay Panamanian.", False),
    ],
)
def test_an_opening_participle_then_a_pronoun_names_no_actor(sentence: str, leans: bool) -> None:
    """The participle names no one and the subject is a pronoun: whose restrictions?"""
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("After she won the party vote the harbour dues rose past 150 per ship.", True),
        ("When he took office, the harbour deficit was 5 percent of revenue.", True),
        ("When he took office, harbour deficits rose to 5 percent of revenue.", True),
        # the name after the opening clause is the pronoun's
        ("After she won the vote, Halvorsen said the harbour dues would fall.", False),
        ("When he took office, Mulino promised lower harbour dues.", False),
        # someone spoken to, named only by a pronoun
        ("We spoke to her after the harbour board announced new dues in May.", True),
        ("Officials told them to leave the harbour by Friday.", True),
        ("The harbour board told Mulino to leave by Friday.", False),
    ],
)
def test_a_person_only_a_pronoun_in_an_opening_clause(sentence: str, leans: bool) -> None:
    """Who won the vote, who was spoken to? No name the pronoun could stand for."""
    assert leans_back(sentence) is leans


def test_a_reaction_to_something_the_sentence_names_stands_alone() -> None:
    assert not leans_back("Kenya welcomed the decision to extend the mission by a year.")
    assert not leans_back("Cuba denounced the deployment of US warships near Venezuela.")
    assert not leans_back("Egypt rejected the deal between Ethiopia and Sudan.")


def test_an_opening_phrase_before_a_name_does_not_lean_back() -> None:
    assert not leans_back("The risk is that the Wagner Group becomes overexposed in Mali.")
    assert not leans_back("For Russia, which has signed a deal for a refinery, Mali matters.")
    assert not leans_back("In Boston, Mass General Brigham cancelled routine appointments.")
    assert not leans_back("In 2023, it was clear that the canal faced a long drought.")


@pytest.mark.parametrize(
    "notice",
    [
        "The Institute for Digital Resilience does not take institutional positions.",
        "Harbour Outlook briefings are for information only and do not constitute "
        "investment advice.",
        "Nothing in this report should be construed as legal advice.",
        # the publisher describing its own business
        "Harbour Risk Advisory publishes this outlook quarterly.",
        "Harbour Risk Advisory provides supply-chain risk analysis to shippers and investors.",
        "Harbour Systems Quarterly is an independent trade publication.",
        "Past performance is not indicative of future results.",
        # every sentence of a paragraph labelled as the notice, whatever it says
        "Disclaimer: This material is for information purposes only. Harbour dues are "
        "set by the harbour board and may rise or fall without warning.",
    ],
)
def test_a_disclaimer_is_not_quoted(tmp_path: Path, notice: str) -> None:
    body = _harbour_lines("\n\n")
    write(
        tmp_path / "a.md", "# Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + notice + "\n"
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert quotes and not any(q in notice for q in quotes)


def test_a_list_item_is_not_joined_to_the_line_before_it(tmp_path: Path) -> None:
    body = _harbour_lines("\n\n")
    items = (
        "Staged rollouts cut the damage any single bad update can do to the harbour systems.\n"
        "Risk case: a compromised update pipeline turns a failure into a deliberate attack.\n"
    )
    write(tmp_path / "a.txt", "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + items)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any("Risk case" in q for q in quotes)


@pytest.mark.parametrize(
    ("denial", "denied"),
    [
        ("The fever has not.", True),
        # a verb after the denial: "It will not be." (of a code due at a session)
        ("It will not be.", True),
        ("Crews went home.", False),
        # its reason after a colon: what did the fever not do?
        ("The fever has not: new cases rose in the harbour district in May.", True),
    ],
)
def test_a_sentence_its_next_denies_is_quoted_with_the_denial(
    tmp_path: Path, denial: str, denied: bool
) -> None:
    """ "…the emergency has officially wound down." had led a note alone; its source goes
    on "The virus has not.", so the two are quoted together or not at all."""
    claim = "Sixteen months after the fever reached the harbour, the emergency has wound down."
    quotes = _quotes_of_a_paragraph(tmp_path, f"{claim} {denial} Crews stay home.")
    assert (claim in quotes) is not denied
    assert any(q.startswith(claim) and denial in q for q in quotes) is denied


@pytest.mark.parametrize(
    ("after", "alone"),
    [
        ('"Without the new reservoir, we will face this again within a decade."', False),
        ("The reservoir would flood twelve villages in the valley.", True),
    ],
)
def test_a_quotation_s_opening_words_are_no_excerpt_while_the_speaker_goes_on(
    tmp_path: Path, after: str, alone: bool
) -> None:
    """ "'The drought was a warning,' canal administrator Ricaurte Vásquez said in an
    interview." had been a position row, the position in the next sentence left out (a cold
    read): quoted alone only where the speaker does not go on."""
    lead = '"The drought was a warning," harbour master Ines Carr said in an interview.'
    quotes = _quotes_of_a_paragraph(tmp_path, f"{lead} {after} Crews stay home.")
    assert (lead in quotes) is alone


def _quotes_of_a_paragraph(tmp_path: Path, paragraph: str) -> list[str]:
    """The citable quotes of a dated report whose last paragraph is `paragraph`."""
    body = _harbour_lines("\n\n")
    write(tmp_path / "a.txt", f"Harbour Report\n\nMarch 3, 2023\n\n{body}\n\n{paragraph}\n")
    return [u.quote for u in citable_units(read_corpus(tmp_path))]


def test_a_scenario_is_not_quoted_as_fact(tmp_path: Path) -> None:
    body = _harbour_lines("\n\n")
    scenario = (
        "**2. Breakthrough (~15%).** New cranes arrive quickly and the port doubles its "
        "throughput within the year. Sanctions and arrests split the smuggling networks along the coast. A credible tender for the terminal "
        "would open the way to new investors."
    )
    write(
        tmp_path / "a.md",
        "# Harbour Outlook for the Year Ahead in Detail\n\n" + body + "\n\n" + scenario + "\n",
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any("Sanctions and arrests" in q for q in quotes)
    # a scenario's hedged consequence comes with the label giving the case and its odds
    assert not any(
        ("would open the way" in q or "doubles its throughput" in q) and "(~15%)" not in q
        for q in quotes
    ), quotes
    assert any(
        "would open the way" in q and q.startswith("2. Breakthrough (~15%).") for q in quotes
    )


@pytest.mark.parametrize("heading", ["Downside case", "The base case", "Upside scenario"])
def test_a_case_under_its_own_heading_is_not_quoted_as_fact(tmp_path: Path, heading: str) -> None:
    """ "### 2. Upside: the order book fills (25%)" then "A utility orders two reactors…":
    the paragraph tells a case, which quoted alone reads as what happened."""
    body = _harbour_lines("\n\n")
    case = (
        "A harbour utility in the south orders two new container cranes from Liebherr. "
        "The Harbourland port authority could double its throughput by the end of the year."
    )
    write(
        tmp_path / "a.md",
        "# Harbour Outlook for the Year Ahead in Detail\n\n"
        + body
        + f"\n\n## {heading}\n\n"
        + case
        + "\n",
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any("orders two new container cranes" in q for q in quotes)
    assert any("could double its throughput" in q for q in quotes)  # hedged: a forecast


@pytest.mark.parametrize(
    "sentence",
    [
        "The Comptroller's audit is right to ask why.",
        "Insured losses will be a fraction of that.",
        "If the authority has its way, many of them will be under water by the 2030s.",
        "To do that effectively on Windows, the sensor includes a driver in the kernel.",
        "The African Union and ECOWAS also condemned it.",
        "Haiti's representative welcomed the decision and thanked Kenya.",
        "President Mulino has said his government would respect the ruling.",
        # which deployment? (essequibo's note had led with it)
        "Cuba has denounced the deployment as a threat to regional peace.",
        # none of what? (ports' note)
        "On the East and Gulf coasts, there are none.",
        # which issue? (cbam's analyst memo)
        "The Commission is obliged to assess the issue before the definitive phase.",
        "Commerce officials said they are studying the issue.",
        # an issue to do something is still the issue told before (seabed's note)
        "Diplomats expect the issue to dominate the council's July sessions.",
        "Beijing has repeatedly criticised the measure.",
        # which convention, which delay? (seabed's memos, a cold read)
        "The harbour state has never ratified the convention and is not a member of the board.",
        "The risk for the harbour is that the delay becomes indefinite.",
        "Talks collapsed at the end of 2023 over how to treat Chinese steel.",
        "In Busan, its delegation warned that limits on polymers would hurt growth.",
        "Since 2000, the river has averaged closer to 12.4 million.",
        "China was not mentioned in the joint statement.",
        "The Rice Exporters Association welcomed the decisions as long-awaited.",
        # which appointment? (kenya's note)
        "The Kenya Private Sector Alliance welcomed the appointment, saying it could help.",
        "The union rejected the findings as biased.",
        # who? (kenya's analyst memo, a disagreement's side)
        "On 26 June, a day after demonstrators forced their way into parliament, he announced"
        " that he would not sign the finance bill.",
        "In March, after weeks of talks, they agreed to a ceasefire.",
        # followed what? (sudan's note)
        "A string of short ceasefires followed and collapsed.",
        # than what? (sudan's analyst memo)
        "More fundamentally, both leaderships still believe they can win militarily.",
        "Worse, the bank raised rates again in March.",
        # which Act? (kenya's analyst memo)
        'The committee chairman said the Act was "proof that Parliament learnt from 2024".',
        "In the weeks that followed, prices doubled.",
        "Relations did not develop due to the aggressive policy of the military.",
        "The situation is similar with regard to Tajikistan.",
        "Indonesia - imported no rice in 2025; Bulog says its stocks exceed 4 million tonnes.",
        "The previous record, 17.8 million tonnes, was set in 2022-23.",
        # opposite to what? (blackout's analyst memo)
        "Spain is moving in the opposite direction at the moment its grid is fragile.",
        "The harbour board took the opposite view.",
        # which vessel, which cable? (baltic's memos)
        'The Commission said that the suspected vessel "is part of the shadow fleet".',
        "The harbour operator said the damaged cable would be repaired within weeks.",
        # along which way? (baltic's analyst memo)
        "Along the way it crossed the cable between the two harbours.",
        "In the meantime, the harbour board says it will run more tugs.",
        # rather than what? which stoppage? (the example's and ports' memos)
        "Rather, by taking a few more risks than its neighbours, the leadership gains.",
        "The stoppage is the first coastwide walkout by the union since 1977.",
        # which report? (boeing's analyst memo)
        "The 19-page report does not assign blame.",
        "A separate outage of some cloud services on the same day was unrelated.",
        "The new platform is a preview, not a mandate, and no date is set.",
        "The mismatch went unnoticed because earlier files did not use the field.",
        # which president? (tiktok's memos: an article's deck, its headline unseen)
        "The incoming president says he will delay enforcement.",
        "The new administration's plan would end the credit.",
        "The blackout followed a unanimous ruling upholding the law.",
        "The ceasefire has held since May despite violations.",
        # which pullout? (drc's chronology, in a fast run)
        "The pullout coincided with Wednesday's chaotic general election.",
        # one side of a contrast begun before (a cold read of `northvolt`)
        "Kelby, for its part, has tightened export controls on graphite.",
        "In Heide itself, a town of about 22,000, expectations have cooled.",
        "For its part, the harbour board voted against the dues.",
        # which arrangement? (kenya's analyst memo, a positions row)
        "The MoU signed on Friday formalises that arrangement.",
        "The new harbour law ends this practice.",
        # a share of what? (blackout's note)
        "Little of that is likely to be recovered from insurers.",
        "Most of it went to the harbour's creditors.",
        "Much of this, the board says, was lost in the storm.",
        # a share of what? (a cold read of `thames`: the bill rise asked for, told before)
        "In its draft determination in July, the regulator offered 23 per cent.",
        "The union had demanded 12%.",
        # which attack? (a cold read of `sahel`)
        "The group claimed responsibility for the attack in a message on its channels.",
        "The Harbour Front claimed responsibility for the bombings.",
        # which killings? (a cold read of `sudan`)
        "Human Rights Watch has said the killings may amount to genocide.",
        "Analysts said the attacks were likely to feed recruitment.",
    ],
)
def test_words_pointing_back_past_the_opening_lean_back(sentence: str) -> None:
    assert leans_back(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "People familiar with the matter said the chief executive was expected to leave.",
        "Ministers welcomed the move to ban exports of rice through the harbour.",
        "The regulator allowed bills to rise by 23 per cent.",
        "The Harbour Front claimed responsibility for the attack on the army post at Tollan.",
        "Human Rights Watch said the killings in Tollan may amount to genocide.",
        "The regulator offered 23 per cent of the rise Kelby Water had asked for.",
        "The problem is that prices rose faster than wages.",
        "Ministers discussed the question of who pays for the wall.",
        "A question arises over who pays, and the question divides the states.",
        "Talks between Washington and Brussels collapsed at the end of 2023.",
        "Kenya and Haiti moved closer to a deal on Friday.",
        "Relations between Dushanbe and Kabul thawed in 2024.",
        "Rather than wait, the harbour board hired more tugs in May.",
        "The stoppage of work at the harbour cost the city a week of trade.",
        "The situation in Chad is similar to that in Niger.",
        "Nigeria - the largest producer - cut output in May.",
        "Lagos - Nigeria's marketers are bracing for a fight.",
        "The refusal of the UN to say so is becoming part of the problem.",
        "Flows have averaged closer to 12.4 million acre-feet than the 16 million assumed.",
        "The alliance welcomed the appointment of Mbadi as Treasury secretary.",
        "The union rejected the findings of the inquiry into the port.",
        "On 26 June, a day after Ruto met the unions, he announced that he would not sign.",
        "A string of short ceasefires followed the Jeddah talks and collapsed.",
        "Worse weather than expected cut the harvest in March.",
        "The Finance Act 2025 passed in June, and the Act drops the tax on bread.",
        "The new president, Anura Kumara Dissanayake, called a snap election.",
        "The new government of Prime Minister Donald Tusk has promised to keep the ban.",
        "The interim government has delivered stabilisation without growth.",
        "The blackout of 28 April cut power to the whole peninsula.",
        "The ceasefire of 19 January has held since May.",
        "The EU's AI Act enters into force in August.",
        "The act of voting was disrupted in the north.",
        "Much of this year's harvest went to the harbour's silos.",
        "The board said that arrangement would fail within a year.",
        "The harbour deal replaced an older arrangement, and the new law ends that arrangement.",
        "The MoU formalises this arrangement between the two parties.",
        "Most of its revenue from the levy goes to the harbour board.",
        "Ministers said the levy was a separate issue from the harbour's debt.",
    ],
)
def test_a_sentence_that_says_what_it_names_does_not_lean_back(sentence: str) -> None:
    assert not leans_back(sentence)


def test_a_count_of_things_to_come_announces_a_list() -> None:
    from briefkit.analysis.units import ANNOUNCES

    assert ANNOUNCES.match("Three features combined to turn a bug into a global event.")
    assert ANNOUNCES.match("Ueda said two factors had cleared the way.")
    assert not ANNOUNCES.match("Three people died in the attack on the port on Monday.")
    assert not ANNOUNCES.match("Ueda said two factors had cleared the way: wages and prices.")


def test_a_sentence_that_only_says_something_follows_announces_it() -> None:
    """ "the lesson is uncomfortable", "would prove a significant year": the lesson and
    the why are in the next sentences, which stand without them."""
    from briefkit.analysis.units import ANNOUNCES

    assert ANNOUNCES.match("For Ghana and the Ivory Coast, the lesson is uncomfortable.")
    assert ANNOUNCES.match("1994 would prove a significant year for both countries.")
    assert not ANNOUNCES.match("The lesson is that farmers need higher prices.")
    assert not ANNOUNCES.match("1994 would prove a significant year: the war ended.")
    # a turn to another matter, which the next sentences tell (grain's analyst memo)
    assert ANNOUNCES.match("Whether shipowners will take the risk is another matter.")
    assert ANNOUNCES.match("Getting the harbour board to pay is a different question.")
    assert not ANNOUNCES.match("The harbour's debt is another matter of dispute.")
    assert not ANNOUNCES.match("The board said the levy was a separate issue from the debt.")
    # that someone told of a matter, without what they found
    assert ANNOUNCES.match("Swedish reporters documented the production trouble in Skellefteå.")
    assert not ANNOUNCES.match("Reporters documented 40 deaths in the harbour town.")
    assert not ANNOUNCES.match("Analysts described the deal as a turning point.")
    # where a reason lies, told as a place: what it is comes next (a cold read found "The
    # reason for the reservoir lies 50 kilometres to the east, at Gatun Lake." a bullet of
    # a minister's bottom line); a reason told where it lies is said
    assert ANNOUNCES.match("The reason for the harbour dam lies 50 kilometres to the east.")
    assert ANNOUNCES.match("The answer lies elsewhere.")
    assert not ANNOUNCES.match("The reason for the delay lies in a dispute over land rights.")
    assert not ANNOUNCES.match("The roots of the harbour crisis lie in the 2019 drought.")
    # in a position whose nature the next sentences tell (a cold read: says nothing alone)
    assert ANNOUNCES.match("Harbour pilots find themselves in a complicated position.")
    assert ANNOUNCES.match("After the storm, the regulator found itself in an awkward position.")
    assert not ANNOUNCES.match(
        "Harbour pilots find themselves in a complicated position: the board owes them pay."
    )
    # what lies at the heart of a thing, left to the next sentence (a cold read of `aiact`)
    assert ANNOUNCES.match("At the heart of the complaint is a practical problem.")
    assert ANNOUNCES.match("Behind the messaging lies a simple commercial reality.")
    assert not ANNOUNCES.match("At the heart of the complaint is the pilots' unpaid overtime.")


def test_news_that_uses_the_words_of_a_sign_up_line_is_quoted(tmp_path: Path) -> None:
    body = _harbour_lines("\n\n")
    news = (
        "Panama was the first Latin American country to sign up to the Belt and Road plan. "
        "Sign up for our harbour newsletter, delivered every Thursday morning.\n"
    )
    write(tmp_path / "a.txt", "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + news)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert any("Belt and Road" in q for q in quotes)
    assert not any("newsletter" in q for q in quotes)


def test_the_writers_recommendations_are_not_quoted_as_evidence(tmp_path: Path) -> None:
    """ "Offer technical cooperation…" under "Recommendations" is advice, not what
    happened or why; a sentence opening on a noun ("Support for the plan…") is kept."""
    body = _harbour_lines("\n\n")
    advice = (
        "## Recommendations\n\n"
        "1. Offer technical and financial cooperation on water security for the harbour.\n"
        "2. Support transparent re-tendering of the harbour concessions this year.\n\n"
        "## Reactions\n\n"
        "Support for the harbour plan has grown among the port's shipping companies.\n"
    )
    write(tmp_path / "a.md", "# Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + advice)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any("cooperation on water security" in q or "re-tendering" in q for q in quotes)
    assert any(q.startswith("Support for the harbour plan") for q in quotes)


def test_a_web_pages_recommended_changes_of_course_are_advice(tmp_path: Path) -> None:
    """ "Move from voluntary herd testing to routine … surveillance", "Allow community
    health centers to test workers…" under a page's "Recommendations" had been quoted as
    the memo's own advice."""
    body = "".join(f"<p>{line}</p>" for line in _harbour_lines("\n").splitlines())
    page = (
        "<html><head><title>Harbour Report</title></head><body><article><h1>Harbour Report"
        f"</h1><p>March 3, 2023</p>{body}<h2>Recommendations</h2><ol>"
        "<li>Move from voluntary harbour inspections to routine, nationwide checks at every "
        "berth, so that infected ships can be found without relying on owners.</li>"
        "<li>Allow community clinics to test dock workers, so that sick workers are not "
        "missed.</li></ol><h2>Reactions</h2><p>Dock workers moved from voluntary "
        "inspections to routine checks in 2021, the union said.</p></article></body></html>"
    )
    write(tmp_path / "a.html", page)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any("harbour inspections" in q or "community clinics" in q for q in quotes)
    assert any(q.startswith("Dock workers moved") for q in quotes)


def test_news_under_a_what_comes_next_heading_is_quoted(tmp_path: Path) -> None:
    """The watch-list rule had dropped every sentence without an auxiliary verb under
    such a heading, and every long one opening "When…": news, forecasts and all."""
    body = _harbour_lines("\n\n")
    text = (
        "## What comes next\n\n"
        "Diplomats at the harbour said they did not expect the authority to accept an inquiry. "
        "Expect the port to keep raising fees on the largest ships through the winter.\n\n"
        "## The veto\n\n"
        "When the council passed a law compensating dock workers for inflation, the mayor "
        "vetoed it and won the vote that followed.\n\n"
        "## Spread\n\n"
        "Infected herds have been confirmed in Texas, Kansas, Michigan, New Mexico, Idaho, "
        "Ohio, North Carolina and South Dakota.\n"
    )
    write(tmp_path / "a.md", "# Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + text)
    quotes = " ".join(u.quote for u in citable_units(read_corpus(tmp_path)))
    for words in ("did not expect", "Expect the port", "vetoed it", "Infected herds"):
        assert words in quotes


def test_the_piece_pointing_at_its_own_parts_is_not_quoted(tmp_path: Path) -> None:
    body = _harbour_lines("\n\n")
    text = (
        "Below we set out our base case and the risks to the harbour plan. "
        "Below the harbour wall, divers found three wrecks from the nineteenth century. "
        "The authority will update this summary when the audited accounts are published.\n"
    )
    write(tmp_path / "a.txt", "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + text)
    quotes = " ".join(u.quote for u in citable_units(read_corpus(tmp_path)))
    assert "base case" not in quotes and "update this summary" not in quotes
    assert "divers found three wrecks" in quotes


def test_a_line_about_the_sources_own_author_is_not_quoted(tmp_path: Path) -> None:
    """Wherever it stands, and whatever its verb; a line about another person is news."""
    body = _harbour_lines("\n\n")
    text = (
        "Sofia Irigoyen covers economic policy and the harbour from Buenos Aires. "
        "Marta Lopez covers the costs of the harbour plan from her own pension savings.\n"
    )
    write(
        tmp_path / "a.txt",
        "Harbour Report\n\nBy Sofia Irigoyen\n\nMarch 3, 2023\n\n" + text + "\n\n" + body,
    )
    corpus = read_corpus(tmp_path)
    assert corpus.documents[0].meta.authors == ("Sofia Irigoyen",)
    quotes = " ".join(u.quote for u in citable_units(corpus))
    assert "Irigoyen covers" not in quotes
    assert "Marta Lopez covers" in quotes


def test_a_hypothetical_goes_with_the_condition_before_it(tmp_path: Path) -> None:
    """'The army would hold the north…' alone reads as a forecast; its condition is
    'With El Fasher' in the sentence before."""
    body = _harbour_lines("\n\n")
    paragraph = (
        "With the northern city, the rebels would control all of the western region and its "
        "supply routes. The army would hold the north, east and centre of the country. "
        "A decisive rebel victory in the west would deepen tensions across the border."
    )
    write(tmp_path / "a.txt", "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + paragraph)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert "The army would hold the north, east and centre of the country." not in quotes
    assert any(
        q.startswith("With the northern city") and "The army would hold" in q for q in quotes
    )
    # A condition of its own ("A decisive rebel victory … would") stands alone.
    assert "A decisive rebel victory in the west would deepen tensions across the border." in quotes


@pytest.mark.parametrize(
    ("text", "before", "continues"),
    [
        ("The army would hold the north.", "With the city, the RSF would control Darfur.", True),
        ("The army would hold the north.", "The RSF controls Darfur.", False),
        ("The army would hold the north if talks fail.", "The RSF would control Darfur.", False),
        ("Analysts said the deal would close by June.", "The deal would be large.", False),
        ("Prices would have fallen anyway.", "If rates rise, prices fall.", False),
    ],
)
def test_continues_a_hypothetical(text: str, before: str, continues: bool) -> None:
    assert continues_a_hypothetical(text, before) is continues


def test_a_list_item_without_a_verb_of_its_own_is_not_quoted(tmp_path: Path) -> None:
    """ "To work with the EU on further sanctions…" under "Main commitments", and "The appeal
    …, expected in 2026, and whether…" under a list: fragments once their heading is gone.
    A list item that is a sentence of its own stays."""
    body = _harbour_lines("\n\n")
    items = (
        "## Main commitments\n\n"
        "- To work with the port authority on further sanctions against the smuggling networks.\n"
        "- The appeal in the harbour case at the high court, expected in 2026, and whether other "
        "ports follow.\n"
        "- The harbour authority has seized three vessels since the spring of 2024.\n"
        "- A programme to convert the harbour ferries to compressed natural gas (CNG).\n"
        "- A proposed grant of two million euros a year to the pilots of the harbour.\n"
        # a relative clause's verb is no verb of the item's own (a cold read: "no verb")
        "- Removal of the oldest harbour cranes, on the basis of a list that can be updated "
        "by the port board.\n"
    )
    write(tmp_path / "a.md", "# Harbour Report on the Year\n\n" + body + "\n\n" + items)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any(q.startswith("To work with") or q.startswith("The appeal") for q in quotes)
    # a participle describing a noun ("compressed natural gas") is no verb of the item's
    assert not any(q.startswith(("A programme", "A proposed")) for q in quotes), quotes
    assert any(q.startswith("The harbour authority has seized") for q in quotes), quotes
    assert not any(q.startswith("Removal of the oldest") for q in quotes), quotes


def test_an_answer_that_never_names_what_was_asked_is_not_quoted(tmp_path: Path) -> None:
    """ "Q: What is the "polymer fee"?" then "A proposal, first discussed at Ottawa in 2024,
    to levy a small charge…" had been a chronology row that never names the fee (a cold
    read: FRAGMENT). An answer that is a sentence of its own, or names the thing, stays."""
    qa = (
        'Q: What is the "pilot levy"?\n\n'
        "A: A proposal, first discussed at the harbour board in 2022, to charge each ship "
        "a small fee for the pilots.\n\n"
        "Q: What is the harbour fund?\n\n"
        "A: A harbour fund is a pool of money the board set up in 2021 for repairs."
    )
    quotes = _quotes_of_a_paragraph(tmp_path, qa)
    assert not any(q.startswith("A proposal, first discussed") for q in quotes), quotes
    assert any(q.startswith("A harbour fund is a pool") for q in quotes), quotes


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Longer than many expected, but less than the pilots had feared.", True),
        ("Probably.", True),
        ("Yes, though less visibly.", True),
        ("Yes, the board will raise fees by a tenth from June.", False),
        ("Longer ships need deeper berths, but the harbour has none.", False),
        # a noun phrase and the list it brings (a cold read of rice, under "Who is hurt?")
        ("Poor harbour towns that bought cheap grain: Tema, Lomé and Dakar.", True),
        ("Marsh: The harbour board won, and nobody disputes it.", False),
    ],
)
def test_an_answer_in_short_says_nothing_without_its_question(text: str, short: bool) -> None:
    """ "How long did it take to get the lights back on?" then "Longer than many expected,
    but less than engineers had feared." had been a one-page note's outlook (a cold read):
    an answer in a few words, under its question (the heading, or the line before), is not
    quoted. An answer that is a sentence of its own is."""
    from briefkit.analysis.units import answers_in_short

    heading = "How long did the harbour stay shut?"
    answer = Sentence("a:p4:s1", "a", text, text, 4, 1, 0.5, heading=heading)
    above = Sentence("a:p3:s1", "a", "The port reopened.", "The port reopened.", 3, 1, 0.4)
    assert answers_in_short(answer, above) is short
    question = Sentence("a:p3:s1", "a", heading, heading, 3, 1, 0.4)
    alone = Sentence("a:p4:s1", "a", text, text, 4, 1, 0.5)
    assert answers_in_short(alone, question) is short
    assert not answers_in_short(alone, above)  # no question asked


def test_a_quotation_spanning_two_sentences_is_quoted_whole(tmp_path: Path) -> None:
    """'"Self-regulation has been tried.' alone prints half a quotation; with the sentence
    that closes it ('We know how it ended," Benifei said.') it is whole."""
    body = _harbour_lines("\n\n")
    quote = (
        '"Self-regulation has been tried with the harbour pilots before. We know how it '
        'ended," the harbour master told reporters on Monday.'
    )
    write(tmp_path / "a.txt", "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + quote)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert quote in quotes
    assert not any(q.startswith('"Self-regulation') and q != quote for q in quotes)
    assert not any(q.startswith("We know how") for q in quotes)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        (
            'We need to read the documents," Smith said, adding that Microsoft wanted "support".',
            True,
        ),
        ("The others cover transparency and copyright.", True),
        ('Smith said the company wanted to be "supportive" of the office.', False),
    ],
)
def test_a_quotation_closed_and_the_others_lean_back(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


@pytest.mark.parametrize(
    ("speaker", "quotation"),
    [
        (
            "The harbour master thanked the pilots at a ceremony in Bergen on Friday.",
            '"The pilots came when nobody else would. We will never forget that," he said.',
        ),
        (
            '"Today the board is giving the harbour what it needs," said chair Anna Berg.',
            '"The smugglers have had their way for too long. The new patrols will go after them."',
        ),
    ],
)
def test_a_two_sentence_quotation_brings_the_sentence_naming_its_speaker(
    tmp_path: Path, speaker: str, quotation: str
) -> None:
    """A quotation of two sentences whose speaker is "he", or no one, is quoted with the
    sentence before it that names the speaker, or not at all."""
    body = _harbour_lines("\n\n")
    write(
        tmp_path / "a.txt",
        "Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + speaker + " " + quotation,
    )
    units = citable_units(read_corpus(tmp_path))
    quotes = [u.quote for u in units]
    assert f"{speaker} {quotation}" in quotes, quotes
    assert quotation not in quotes
    assert not any(q.startswith(quotation[:20]) for q in quotes)
    # its id names all three sentences, so no memo quotes the last one again
    whole = next(u for u in units if u.quote == f"{speaker} {quotation}")
    assert whole.id.count("+") == 2, whole.id


@pytest.mark.parametrize(
    "quotation",
    [
        '"The talks cannot end the dispute, but they must not bless a closed border."',
        '"The talks cannot end the dispute. They must not bless a closed border."',
    ],
)
@pytest.mark.parametrize("dash", ["—", "–", "-"])
@pytest.mark.parametrize("stop", [".", ""])
def test_a_pull_quote_goes_with_the_speaker_named_after_its_dash(
    tmp_path: Path, quotation: str, dash: str, stop: str
) -> None:
    """A quotation whose speaker follows it after a dash ("…" — Indonesian diplomat) is
    that speaker's: quoted with the line naming them, never with the sentence before it,
    whose actor a reader would take for the speaker (a cold read's Cambodia row). Where
    that line ends no sentence, the excerpt would end as a fragment: not quoted at all."""
    view = "Laos and Vietnam have argued against isolating Myanmar's generals at summits."
    speaker = f"Harbour diplomat, speaking on background after the summit{stop}"
    write(
        tmp_path / "a.md",
        "# Harbour Report\n\nMarch 3, 2023\n\n"
        + _harbour_lines("\n\n")
        + f"\n\n{view}\n\n> {quotation} {dash} {speaker}\n",
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert (f"{quotation} {dash} {speaker}" in quotes) is bool(stop), quotes
    assert not any("talks cannot" in q for q in quotes if not q.endswith(speaker)), quotes
    assert view in quotes


def test_a_pull_quote_may_go_with_the_sentence_naming_its_speaker(tmp_path: Path) -> None:
    """Where the line after the dash ends no sentence, the quotation still goes with the
    sentence before it if that sentence names the speaker ("The Law Society, under its
    president Faith Odhiambo, …"), and never with one naming someone else."""
    named = "The Harbour Guild, under its president Mara Quist, has filed dozens of suits."
    other = "The Harbour Guild has filed dozens of suits, its lawyers said in March."
    quotation = '"The courts are the only place left to ask where the ships went."'
    for view, kept in ((named, True), (other, False)):
        folder = tmp_path / str(kept)
        write(
            folder / "a.md",
            "# Harbour Report\n\nMarch 3, 2023\n\n"
            + _harbour_lines("\n\n")
            + f"\n\n{view}\n\n> {quotation} - Mara Quist, president of the Harbour Guild\n",
        )
        quotes = [u.quote for u in citable_units(read_corpus(folder))]
        assert any("only place left" in q for q in quotes) is kept, quotes


def test_lacks_speaker() -> None:
    assert lacks_speaker('"We will go after them. They know it."')
    assert lacks_speaker('"We will go after them. They know it," she said.')
    assert not lacks_speaker('"We will go after them. They know it," Berg said.')
    assert not lacks_speaker("The board said the patrols would start in May.")
    assert not lacks_speaker('Berg backs the patrols. "They start in May," she said.')


def test_a_scenarios_consequence_comes_with_its_label_and_odds(tmp_path: Path) -> None:
    """ "U.S. support … could be withdrawn." alone reads as the forecast; in a 25% downside
    case it is quoted after the label, the trim shown, or not at all."""
    body = _harbour_lines("\n\n")
    scenario = (
        "Downside (25%): A strike closes the harbour for a month. Freight rates double "
        "across the region. Support from the port's owners could be withdrawn."
    )
    write(tmp_path / "a.txt", "Harbour Outlook\n\nMarch 3, 2023\n\n" + body + "\n\n" + scenario)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert (
        "Downside (25%): A strike closes the harbour for a month. … Support from the port's "
        "owners could be withdrawn."
    ) in quotes
    assert "Support from the port's owners could be withdrawn." not in quotes


def test_a_case_named_before_its_paragraph_comes_with_its_name(tmp_path: Path) -> None:
    """ "A poor mid-crop … could push prices back above $9,000." alone, from the bull case
    of a scenario table, had been a one-page note's only price outlook: it comes after its
    case's name, and the base case told as "We expect…" is quoted too."""
    body = _harbour_lines("\n\n")
    cases = (
        "## Scenarios for the year\n\n"
        "**Base case.** We expect freight rates to average around $2,000 a box next year.\n\n"
        "**Bull case.** The harbour remains fragile. A poor harvest combined with strikes "
        "could push freight rates back above $4,000 a box.\n\n"
        "**Bear case.** A surplus of ships could drive freight rates below $1,000 a box. "
        "That would put heavy pressure on the carriers.\n"
    )
    write(tmp_path / "a.md", "# Harbour Outlook\n\n" + body + "\n\n" + cases)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert "Base case. We expect freight rates to average around $2,000 a box next year." in quotes
    assert (
        "Bull case. … A poor harvest combined with strikes could push freight rates back above "
        "$4,000 a box."
    ) in quotes, quotes
    assert not any(q.startswith("A poor harvest") for q in quotes), quotes
    # not with the label alone when it leans on the sentence before: "that" would be unsaid
    assert not any(q.startswith("Bear case. … That would") for q in quotes), quotes


def test_a_case_named_with_its_odds_is_an_outlook_under_its_name(tmp_path: Path) -> None:
    """Under "### 2. Upside: the order book fills (25%)" a sentence in the present tense is
    quoted only as an outlook, never as the bottom line, and its label names the case and
    its odds."""
    from briefkit.analysis.proposals import propose
    from briefkit.analysis.units import case_heading
    from briefkit.assemble import _label
    from briefkit.layout import SectionLayout

    body = _harbour_lines("\n\n")
    case = "The Harbourland port authority orders two new container cranes from Liebherr."
    write(
        tmp_path / "a.md",
        "# Harbour Outlook for the Year Ahead in Detail\n\nMarch 3, 2025\n\n"
        + body
        + "\n\n## Three scenarios\n\n### 2. Upside: the order book fills (25%)\n\n"
        + case
        + "\n",
    )
    corpus = read_corpus(tmp_path)
    unit = next(u for u in citable_units(corpus) if "container cranes" in u.quote)
    assert case_heading(unit) == "Upside: the order book fills (25%)"
    proposals = propose(corpus, "Harbourland port authority cranes outlook")
    holding = {
        name for name, found in proposals.sections.items() if any(c.sentence == unit for c in found)
    }
    assert holding == {"outlook"}
    picked = next(c for c in proposals.sections["outlook"] if c.sentence == unit)
    layout = SectionLayout(id="outlook", title="Outlook", date_labels=True)
    label = _label(layout, picked, corpus.by_id())
    assert label == "Scenario “Upside: the order book fills (25%)”, as of March 2025"
    named = dataclasses.replace(unit, heading="Scenario 2: The order book fills (25%)")
    picked = dataclasses.replace(picked, sentence=named)
    assert _label(layout, picked, corpus.by_id()) == (
        "Scenario 2: The order book fills (25%), as of March 2025"
    )  # no "Scenario “Scenario 2…”"


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("Operation 1027 has stripped it of much of northern Shan State.", True),
        ("China forced them into talks in Kunming.", True),
        ("The US Treasury sanctioned them as a criminal network.", True),
        # a pronoun that is the sentence's own, or no pronoun object at all
        ("Thailand says it will reopen the border.", False),
        ("Myanmar has it within its power to end the war.", False),
        ("The army drove the militia out of the town.", False),
    ],
)
def test_a_pronoun_object_of_a_named_subject_leans_back(sentence: str, leans: bool) -> None:
    """The object of a named subject's verb cannot be that subject: "it" is told before."""
    assert leans_back(sentence) is leans


def test_a_line_about_one_of_several_authors_is_not_quoted(tmp_path: Path) -> None:
    """A byline naming two people ("Dr. Samuel Okello and Hiba Mustafa") presents each of
    them at the foot of the piece: neither line is an excerpt."""
    body = _harbour_lines("\n\n")
    bios = (
        "*Dr. Samuel Okello is senior fellow for the harbour at the Horn Policy Institute. "
        "Hiba Mustafa is a research associate focusing on the harbour's borderlands.*\n"
    )
    write(
        tmp_path / "a.md",
        '---\ntitle: "Harbour Report"\nauthor: "Dr. Samuel Okello and Hiba Mustafa"\n'
        'date: "2023-03-03"\n---\n\n' + body + "\n\n" + bios,
    )
    quotes = " ".join(u.quote for u in citable_units(read_corpus(tmp_path)))
    assert "Okello is senior fellow" not in quotes
    assert "Mustafa is a research associate" not in quotes


def test_an_open_question_is_no_excerpt_under_any_heading() -> None:
    """ "Whether X happens, which would…" states nothing: the relative clause's verbs are
    not the sentence's; "Whether X happens will decide…" is a statement."""
    from briefkit.analysis.units import is_debris
    from briefkit.corpus import Sentence

    def debris(text: str) -> bool:
        return is_debris(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5))

    assert debris(
        "Whether the AA attacks Kyaukphyu, which would directly threaten Chinese pipeline "
        "and port assets and could draw a sharp Chinese response."
    )
    assert not debris("Whether the project wins backing, which is uncertain, will decide it.")
    assert not debris("Whether the reservoir is built depends on the vote in May.")
    # a thing and an open question, under no watch heading (thames: a driver)
    assert debris(
        "Ofwat's response to the creditors' plan, and whether any forbearance is published."
    )
    assert not debris("Ofwat delayed its response, and whether it relents is unclear.")


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Get Cairo Current's weekly newsletter - sign up here.", True),
        ("Get our free daily briefing in your inbox.", True),
        ("Register now for the autumn conference.", True),
        ("Get the Lowdown's newsletter on Fridays.", True),
        ("The ministry said it would get the newsletter's readers to vote.", False),
        ("Farmers who sign up here in the valley get seed loans.", False),
        # a press release's legal notice (it had stood in a full brief)
        ("Forward-looking statements are based on current expectations and risks.", True),
        ("The harbour board looked forward to statements from the ministry.", False),
        # the page's note on its own figures (a cold read found it a note's outlook)
        ("Scenario probabilities reflect analyst judgement as of the publication date.", True),
        ("Estimates reflect information available at the time of writing.", True),
        ("The Circuit heard the case; at the time of writing the court has not ruled.", False),
        ("The price reflects the judgement of the market at the time of the deal.", False),
        # a consent notice (a tiktok cold read found it a position row, "Cookie Policy")
        ("By continuing you agree to our Cookie Policy.", True),
        ("We use cookies to personalise content and ads.", True),
        ("We and our partners use cookies to improve your experience.", True),
        ("By using this site, you consent to the use of cookies.", True),
        ("The regulator fined the company for setting cookies without consent.", False),
        ("By continuing the talks, the parties agree to meet in May.", False),
    ],
)
def test_a_call_to_sign_up_is_the_page_not_the_matter(text: str, page: bool) -> None:
    """ "Get Cairo Current's weekly newsletter - sign up here." had been an excerpt."""
    from briefkit.analysis.units import is_debris
    from briefkit.corpus import Sentence

    assert is_debris(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) is page


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Map: Areas of reported militant activity, January–April 2025.", True),
        ("Figure 3: Port arrivals by month, 2023-2025.", True),
        ("Source: Harbour Research Network compilation from open-source data.", True),
        ("The map of the new border shows the disputed villages on the Kelby side.", False),
        ("Sources said the ministry would publish the map in May.", False),
    ],
)
def test_a_caption_or_a_credit_is_the_page_not_the_matter(text: str, caption: bool) -> None:
    """ "Map: Areas of reported JNIM and IS Sahel activity, January–April 2025." had been
    a chronology's row."""
    from briefkit.analysis.units import is_debris
    from briefkit.corpus import Sentence

    assert is_debris(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) is caption


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Prepared by the India Trade Bulletin policy desk.", True),
        ("Compiled by our Nairobi bureau from ministry statements.", True),
        ("Written by Ann Lee.", True),
        ("Prepared by the IMF, the report warns that debt will rise in 2026.", False),
        ("The report was prepared by the central bank's research staff.", False),
    ],
)
def test_a_credit_line_is_the_page_not_the_matter(text: str, credit: bool) -> None:
    """ "Prepared by the India Trade Bulletin policy desk." had been quoted as a driver."""
    from briefkit.analysis.units import is_debris
    from briefkit.corpus import Sentence

    assert is_debris(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) is credit


def test_the_timing_leans_back() -> None:
    assert leans_back("The timing reflects the army's battlefield losses since the offensive.")


def test_a_place_or_court_named_in_full_stands() -> None:
    assert not leans_back("In Heide, expectations have cooled since the plant closed.")


def test_compare_that_leans_back() -> None:
    """ "Compare that with the burden placed on the Employees' Provident Fund in 2023…"
    had been quoted alone in a background (a cold read of `srilanka`'s memos)."""
    assert leans_back("Compare that with the burden placed on the pension fund in 2023.")
    assert not leans_back("Compare the two programmes and the difference is plain.")


@pytest.mark.parametrize(
    "heading",
    [
        "1. Managed stalemate (probability: 50 percent) - BASELINE",
        "2. Upside: the order book fills (25%)",
        "Junta consolidation (25 percent)",
        # "probability" without a colon
        "Scenario 2: Grinding stalemate (probability 45%) - our base case",
    ],
)
def test_a_case_heading_may_say_its_odds_are_a_probability(heading: str) -> None:
    from briefkit.analysis.units import case_heading
    from briefkit.corpus import Sentence

    text = "Fighting continues at roughly current intensity across the country."
    unit = dataclasses.replace(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5), heading=heading)
    assert case_heading(unit) is not None


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        (
            "The NUG, the shadow administration, welcomed the offensive and said units attacked.",
            True,
        ),
        ("The recruitment has pitted Rohingya conscripts against the Arakan Army.", True),
        ("The raids have displaced rather than dismantled the industry.", True),
        ("The NUG welcomed the offensive against the junta in Shan State.", False),
        # joining with nothing joined (a cold read: "join" what?)
        ("Harbour officials said more ports were expected to join before the summit.", True),
        ("Smith told reporters the company was likely to join.", True),
        ("More ports are expected to join the harbour alliance before the summit.", False),
        # a quantity standing for a group told before (a cold read: most of whom?)
        ("Most work without contracts, protective equipment or social security.", True),
        ("Both were finalised on June 26, 2024, covering the harbour loans.", True),
        ("Others noted that the harbour is not without options.", True),
        ("Most harbour pilots work without contracts.", False),
        ("Most advanced harbour cranes need imported parts.", False),
        ("Some 170 countries are expected to send delegations.", False),
    ],
)
def test_an_event_the_excerpt_has_not_named_leans_back(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The",
                "ministry",
                "also",
                "condemned",
                "it",
                "as well",
                "did",
                "obstruct",
                "to",
                "erode",
                "them",
                "benefits",
                ",",
                "too",
                "why",
                "taken",
                "rules",
                "Did",
                "went",
                "further",
                "welcomed the",
                "outcome",
                "there are",
                "none",
                "so.”",
                "them!",
            ]
        ),
        min_size=1,
        max_size=40,
    )
)
def test_the_ending_is_searched_only_where_a_match_can_start(words: list[str]) -> None:
    from briefkit.analysis.units import ENDS_POINTING_BACK, ends_pointing_back

    text = " ".join(words) + "."
    assert ends_pointing_back(text) is bool(ENDS_POINTING_BACK.search(text))


def test_a_sources_likeliest_case_stands_above_its_unlikely_ones(
    tmp_path: Path, without_importance: None
) -> None:
    """Three cases at 55, 30 and 15 percent: the outlook weighs each by its odds against
    the likeliest (a one-page note had quoted only the 15 percent case, so it read as the
    expected one). The same sentence stands higher under the likelier heading."""
    from briefkit.analysis.proposals import UNLIKELY_CASE, propose
    from briefkit.analysis.units import case_odds

    body = _harbour_lines("\n\n")
    case = "The Harbourland port authority orders {} new container cranes from Liebherr."
    write(
        tmp_path / "a.md",
        "# Harbour Outlook for the Year Ahead in Detail\n\nMarch 3, 2025\n\n"
        + body
        + "\n\n## Three scenarios\n\n### 1. Base case: steady trade (55%)\n\n"
        + case.format("two")
        + "\n\n### 3. Downside: the order book empties (15 percent)\n\n"
        + case.format("three")
        + "\n",
    )
    corpus = read_corpus(tmp_path)
    proposals = propose(corpus, "Harbourland port authority cranes outlook")
    found = {
        c.sentence.text: c
        for c in proposals.sections["outlook"]
        if "container cranes" in c.sentence.text
    }
    likely, unlikely = found[case.format("two")], found[case.format("three")]
    held = UNLIKELY_CASE + (1 - UNLIKELY_CASE) * 15 / 55
    assert unlikely.standing * unlikely.held_back / likely.standing == pytest.approx(held)
    # three cold reads missed a source's other cases: once its base case is in the memo,
    # a less likely case keeps its whole standing, and tells where the rest of the odds lie
    from briefkit.analysis.objective import MemoState, awaits_its_case, gain

    beside = MemoState()
    beside.add(likely, proposals)
    assert likely.sentence.id in unlikely.follows
    assert awaits_its_case(unlikely, MemoState()) and not awaits_its_case(unlikely, beside)
    alone = gain(unlikely, MemoState(), proposals)
    assert gain(unlikely, MemoState(), proposals, bound=True) == pytest.approx(alone / held)
    units = {u.text: u for u in citable_units(corpus)}
    assert case_odds(units[case.format("three")]) == 15


@pytest.mark.parametrize(
    ("text", "lone"),
    [
        ("Because the plea exists only because the harbour board broke its word.", True),
        ("Although the harbour reopened in March after the long strike.", True),
        ("Because the update crashed the machines, the harbour could not open.", False),
        ("Because of the strike the harbour stayed closed for a month.", False),
    ],
)
def test_a_lone_subordinate_clause_is_no_sentence(text: str, lone: bool) -> None:
    """ "Because the plea exists only because…" answers a question the reader never sees."""
    from briefkit.analysis.units import is_debris
    from briefkit.corpus import Sentence

    assert is_debris(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) is lone


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # an object or a comparison told before
        ("Prosecutors are now weighing whether the harbour board complied with it.", True),
        ("The ministry has set aside money in the harbour budget for it.", True),
        ("The harbour has exported almost none of it.", False),
        ("United, the largest harbour operator, has gone further.", True),
        ("The pilots went further than the union in the harbour talks.", False),
        # the terms of what, which threat? (colorado)
        ("Under its terms, the board will cut harbour dues by a third until 2026.", True),
        ("Under its new chair, the harbour board cut dues by a third.", False),
        ("Under its rules, the harbour council must now elect a new president.", False),
        ("The threat is a so-called harbour call: a claim on the water.", True),
        ("The threat of a strike hung over the harbour all summer.", False),
        # said when? (a stance recalled from an event the excerpt does not tell)
        ('"We do not accept it," Harbour Minister Jan Berg said at the time.', True),
        ("Dues were lower at the time of the harbour vote in May.", False),
        # the logic of what, the result of what, injured in what?
        ("The logic is to bring the harbour works back under one roof.", True),
        ("The result was a 5 percent fall in harbour traffic.", True),
        ("The aim of the harbour plan is to cut costs by a tenth.", False),
        ("Nobody was seriously injured, although two pilots were treated.", True),
        ("Nobody expects the harbour to reopen before May.", False),
        # other than which? which ruling?
        ("Other companies that use the harbour pay 20.7 percent in dues.", True),
        ("Other than the harbour board, no one objected to the dues.", False),
        ("The final ruling ends an inquiry the harbour board opened in May.", True),
        ("The final ruling of the harbour court came in May.", False),
        ("The statement confirmed what harbour pilots had said for weeks.", True),
        ("The report traces the harbour fire to a faulty crane.", True),
        ("The report of the harbour inquiry came out in May.", False),
        # the outcome of what? as well as whom?
        ("France, which had pushed for the harbour inquiry, welcomed the outcome.", True),
        ("France welcomed the outcome of the harbour inquiry in May.", False),
        ("Harbour pilots are themselves owners of two of the tugs.", True),
        ("The harbour pilots own two of the tugs themselves, the board said.", False),
        ("The Harbour Pilots Association itself said it backed the new dues.", True),
        ("The harbour board said itself that the dues were too high.", False),
        # a reaction or a claim to what? which group?
        ("The harbour pilots responded by accusing the board of bad faith.", True),
        ("The harbour pilots responded to the new dues with a strike.", False),
        ("The pilots' union claimed responsibility in a statement on Sunday.", True),
        ("The pilots' union claimed responsibility for the harbour strike.", False),
        ("In 2025, the group has kept up the pressure on the harbour board.", True),
        ("In 2025, the group of harbour pilots met in Oslo twice.", False),
        ("The mission's mandate at the harbour had been terminated in June.", True),
        ("The harbour mission's mandate had been terminated in June.", False),
        ("The harbour board has since told the pilots it cannot find the records.", True),
        ("The harbour board has told the pilots since March that it cannot pay.", False),
        # the pick of a set the reader has not seen
        ("The most notorious of these was at the Kelby harbour in March.", True),
        ("The largest among them is the Kelby harbour.", True),
        ("The largest of the new harbours is at Kelby.", False),
    ],
)
def test_what_an_excerpt_leaves_unnamed_leans_back(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


def test_a_time_and_its_condition_alone_answer_a_question_unseen() -> None:
    """ "From 5 July, unless talks produce a solution first." answers "When do the duties
    start?", a heading the excerpt does not show."""
    from briefkit.analysis.units import is_debris
    from briefkit.corpus import Sentence

    def debris(text: str) -> bool:
        return is_debris(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5))

    assert debris("From 5 July, unless talks with the harbour board produce a deal first.")
    assert debris("By March, if the harbour pilots agree to the new rota.")
    assert not debris("From 5 July, unless talks produce a deal, the harbour dues will rise.")
    assert not debris("In 2024, the harbour board raised its dues twice.")


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("It was due to take effect on May 15.", True),  # what was? (chips' background)
        ("It is likely to pass next week.", True),
        ("It is hard to see how the two sides agree.", False),
        ("It is too early to tell whether the ban works.", False),
        ("It remains unclear whether the talks will resume.", False),
    ],
)
def test_it_before_to_is_expletive_only_after_a_word_of_judgement(
    sentence: str, leans: bool
) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("The alarm she means is the phone alert sent at 20:11.", True),  # valencia's note
        ("The numbers he cites are stark.", True),
        ("The master contract they signed in 2018 expires at midnight.", True),
        ("A year after they seized the ship, the rebels have rerouted world trade.", False),
        ("“The language we signed in 2018 was a wall,” said one union official.", False),
    ],
)
def test_a_noun_whose_clause_has_a_pronoun_subject_leans_back(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


def test_a_bold_name_inside_a_sentence_does_not_break_its_quote(tmp_path: Path) -> None:
    """ "- Deputy Prime Minister **Ebba Busch** called the bankruptcy…": the bold marks had
    split the sentence's verbatim run, so only "…called the bankruptcy…" was left, without
    its speaker, and dropped (a statement digest kept 5 of some 30 sentences)."""
    body = _harbour_lines("\n")
    item = (
        "- Deputy Minister **Ana Ruiz** called the closure a heavy day for the harbour and "
        "said the state would not step in."
    )
    write(tmp_path / "a.md", "# Harbour Report\n\nMarch 3, 2023\n\n" + body + "\n\n" + item + "\n")
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert any(q.startswith("Deputy Minister Ana Ruiz called the closure") for q in quotes), quotes


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("Smaller numbers have reached Libya, Ethiopia and Uganda.", True),
        ("In Port Sudan, General Burhan has done the mirror image.", True),
        ("Burkina Faso and Niger followed suit.", True),
        ("On Wednesday, Amazon followed with three separate agreements.", True),
        ("The first draft is due in November, followed by three rounds of comments.", False),
        ("The army did the same in Omdurman.", True),
        ("Equity in a foreign start-up did the opposite.", True),
        ("A finding that it did not could expose the company to prosecution.", True),
        ("A finding that Boeing breached the deal could expose it to prosecution.", False),
        ("Egypt hosts the largest number, estimated at more than 1.5 million.", True),
        ("Egypt hosts the largest number of refugees, more than 1.5 million.", False),
        (
            "Some 5,000 flights were cancelled, with the United States accounting for the largest share.",
            False,
        ),
        # the comparison is in the sentence
        ("Smaller numbers of troops were sent to the border in 2024.", False),
        ("Mali did the same as Niger in 2023.", False),
        ("Larger amounts of aid than before reached Darfur in May.", False),
        # more than what? (the comparison's other side is in the sentence, or not)
        ("To the west, Chad faces an even more direct threat.", True),
        ("Policy moved even faster.", True),
        ("Prices rose even faster than wages in 2024.", False),
        # "this" as the verb's object: what was said before (not "this week")
        ("The Panama Canal Authority denied this within hours.", True),
        ("TMC has presented this as evidence of recovery.", True),
        ("The ministry announced this week that it would act.", False),
        ("Mali denied this and recalled its ambassador.", True),
        # a response to what was told before; "that" opening what was said stands
        ("Delta rejected that suggestion.", True),
        ("The judge dismissed that line, saying the blame lay elsewhere.", True),
        ("The junta has rejected these findings.", True),
        ("The FDA repeated that compounded drugs are not approved.", False),
        ("Without them, the next flood will again be managed by telephone.", True),
        ("Without new dams, the next flood will again be managed by telephone.", False),
        # a consequence of what the sentence does not tell, unpunctuated after its subject
        ("Many Bolivians therefore see foreign control as a threat.", True),
        ("Two simultaneous conflicts thus emerged.", True),
        ("Rates rose and thus borrowing fell.", False),
        # a pronoun as the verb's object, and "… then" as the opening: told before
        ("The UN Security Council authorised it on October 2, 2023, by 13 votes.", True),
        ("Venezuela has claimed it since 1962.", True),
        ("The government made it clear that talks would resume.", False),
        ("The MNDAA announced it would not attack Mandalay.", False),
        ("Even then, licences already granted allowed shipments to continue.", True),
        ("Since then, little has been built.", True),
        ("Then-president Trump signed the order in 2020.", False),
        ("One updates the controls on advanced computing chips, a second expands…", True),
        ("One careless or malicious anchor can do a great deal of damage.", False),
        ("One analyst said prices would rise.", False),
    ],
)
def test_the_same_as_someone_unsaid_or_a_pronoun_in_a_nouns_clause_leans_back(
    sentence: str, leans: bool
) -> None:
    assert leans_back(sentence) is leans


def test_a_definite_subject_told_just_before_is_quoted_with_where_it_was_told(
    tmp_path: Path,
) -> None:
    """ "The sale will not make the shareholders whole." alone: which sale? Quoted with the
    sentence that told it, or not at all when that was further back; a noun the source's
    title names is what the source is about, and a noun with other modifiers is another
    thing ("The harbour authority" after "the port authority")."""
    body = _harbour_lines("\n\n")
    story = (
        "A court approved the sale of the shipyard to a Dutch group in March.\n\n"
        "The sale will not make the shipyard's former owners whole.\n\n"
        "The pilots' union opposed the plan for months. Ferries kept running all year. "
        "Tugs were repainted in the spring. The plan was dropped in June after a vote.\n\n"
        "The harbour authority has seized three vessels since the spring of 2024.\n\n"
        "The harbour grew faster than any other port on the coast in 2024.\n"
    )
    write(tmp_path / "a.md", "# Harbour Report on the Year\n\n" + body + "\n\n" + story)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any(q.startswith("The sale will not") for q in quotes), quotes
    assert any(q.startswith("A court approved") and "The sale will not" in q for q in quotes)
    assert not any("The plan was dropped" in q for q in quotes), quotes  # told 3 back
    assert any(q.startswith("The harbour authority has seized") for q in quotes), quotes
    assert any(q.startswith("The harbour grew faster") for q in quotes), quotes  # the title's


def test_the_same_thing_the_sentence_before_names_is_quoted_with_it(tmp_path: Path) -> None:
    """ "Today the same benchmark sits near $350…" alone: the same as which? The sentence
    before names it, and the two are quoted together ("the same as …" and "at the same
    time" say enough)."""
    body = _harbour_lines("\n\n")
    story = (
        "The strike in 2023 sent the harbour freight index to a peak above 700 in early "
        "2024. Today the same index sits near 350, its lowest level since 2007.\n\n"
        "The ferry fares stayed the same as last year, the operator said in May.\n"
    )
    write(tmp_path / "a.md", "# Harbour Report on the Year\n\n" + body + "\n\n" + story)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any(q.startswith("Today the same index") for q in quotes), quotes
    assert any(q.startswith("The strike in 2023") and "Today the same index" in q for q in quotes)
    assert any(q.startswith("The ferry fares stayed the same as") for q in quotes), quotes


def test_a_definite_noun_after_or_in_an_opening_phrase_is_not_quoted_alone(
    tmp_path: Path,
) -> None:
    """ "By 12 votes to 3, the court ordered…", "Two days after the attack, the FBI…":
    which court, which attack? Told earlier in the article, neither stands alone; a noun
    the article did not name before stands ("In a statement, the ministry said…")."""
    story = (
        "The International Court of Justice heard the case in April.\n\n"
        + _harbour_lines(" ")
        + "\n\nBy 12 votes to 3, the court ordered the government to refrain from any action.\n\n"
        "Hackers launched an attack on the hospital network in May.\n\n"
        + _harbour_lines(" ")
        + "\n\nTwo days after the attack, the regulator opened an inquiry into the network.\n\n"
        "In a statement on Monday, the ministry said the talks would continue in June.\n"
    )
    write(tmp_path / "a.md", "# Salt Flats Report\n\n" + story)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any(q.startswith("By 12 votes to 3") for q in quotes), quotes
    assert not any(q.startswith("Two days after the attack") for q in quotes), quotes
    assert any(q.startswith("In a statement on Monday") for q in quotes), quotes


def test_a_definite_subject_told_anywhere_earlier_in_its_article_is_not_quoted_alone(
    tmp_path: Path,
) -> None:
    """ "The company is piloting direct extraction…" eight sentences after its name: which
    company? Not quoted alone, however far back the article named it. A state's own body
    ("The government…") and a noun its clause goes on to tell ("The risk is that…") stand."""
    story = (
        "Codelco, the state copper company, signed a lithium deal with a local miner.\n\n"
        "Posco, the South Korean steelmaker, bought a salt flat tenement in 2018.\n\n"
        + _harbour_lines(" ")
        + "\n\nThe company is piloting direct extraction at a plant near the coast.\n\n"
        "The South Korean steelmaker has invested more than $1 billion in its plant.\n\n"
        "The government promised a new lithium law after the vote in parliament.\n\n"
        + _harbour_lines(" ")
        + "\n\nThe government has said it will present the law to parliament in May.\n\n"
        "The risk that investors fear most is a second delay of the lithium law.\n\n"
        "The risk is that investors wait for the lithium law before they commit.\n\n"
        "Lithium sold for 9,000 pesos a tonne at the port, a third more than in 2024. "
        "The peso has lost roughly a third of its value against the dollar since June.\n"
    )
    write(tmp_path / "a.md", "# Salt Flats Report\n\n" + story)
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any("The company is piloting" in q for q in quotes), quotes
    # a currency is the one of its name: which peso is never in doubt
    assert any(q.startswith("The peso has lost") for q in quotes), quotes
    assert not any("steelmaker has invested" in q for q in quotes), quotes  # past a nationality
    assert any(q.startswith("The government has said it will present") for q in quotes), quotes
    assert any(q.startswith("The risk is that investors wait") for q in quotes), quotes


def test_a_named_alternative_stands_below_its_sources_base_case(tmp_path: Path) -> None:
    """ "Bull case. … could push prices back above $9,000" beside its source's "Base case.
    We expect…": the alternative's odds are untold, but it is not the case its source
    expects, so it keeps UNLIKELY_CASE of its standing."""
    from briefkit.analysis.proposals import UNLIKELY_CASE, propose

    body = _harbour_lines("\n\n")
    write(
        tmp_path / "a.md",
        "# Harbour Outlook\n\nMarch 3, 2025\n\n" + body + "\n\n## Scenarios for the year\n\n"
        "**Base case.** We expect the Harbourland port authority to order two container "
        "cranes from Liebherr next year.\n\n"
        "**Bull case.** Trade recovers. The Harbourland port authority could order five "
        "container cranes from Liebherr next year.\n",
    )
    proposals = propose(read_corpus(tmp_path), "Harbourland port authority cranes outlook")
    standing = {
        c.sentence.quote.split(".")[0]: c.standing * c.held_back
        for c in proposals.sections["outlook"]
        if "container cranes" in c.sentence.text
    }
    assert standing["Bull case"] / standing["Base case"] == pytest.approx(UNLIKELY_CASE, rel=0.3)
    # and it never leads the memo as its bottom line
    assert not any(c.sentence.quote.startswith("Bull") for c in proposals.sections["summary"])


def test_a_case_named_as_its_paragraph_opens_is_quoted_only_as_an_outlook(
    tmp_path: Path,
) -> None:
    """ "Bear case. If … output keeps growing…, a larger surplus could drive prices…"
    under a heading without odds: one case of several, so no driver or background."""
    from briefkit.analysis.proposals import propose

    body = _harbour_lines("\n\n")
    write(
        tmp_path / "a.md",
        "# Harbour Outlook\n\nMarch 3, 2025\n\n" + body + "\n\n## Scenarios for the year\n\n"
        "**Bear case.** If trade keeps falling, the Harbourland port authority could cancel "
        "its order for container cranes from Liebherr because of weak demand.\n",
    )
    proposals = propose(read_corpus(tmp_path), "Harbourland port authority cranes demand")
    holding = {
        name
        for name, found in proposals.sections.items()
        for c in found
        if c.sentence.quote.startswith("Bear case")
    }
    assert holding == {"outlook"}


CASE_CRANES = "The Harbourland port authority orders two new container cranes from Liebherr."


def _case_standings(tmp_path: Path, second_case: str) -> tuple[float, float]:
    """The outlook standing of the same sentence opening a source's first case and
    following `second_case`'s opening words (its heading and first sentence) in its second."""
    from briefkit.analysis.proposals import propose

    later = CASE_CRANES.replace("two", "three")
    write(
        tmp_path / "a.md",
        "# Harbour Outlook for the Year Ahead in Detail\n\nMarch 3, 2025\n\n"
        + _harbour_lines("\n\n")
        + "\n\n## Two scenarios\n\n### 1. Base case: steady trade (50%)\n\n"
        + CASE_CRANES
        + f"\n\n### 2. {second_case} "
        + later
        + "\n",
    )
    proposals = propose(read_corpus(tmp_path), "Harbourland port authority cranes outlook")
    standing = {
        c.sentence.text: c.standing
        for c in proposals.sections["outlook"]
        if "container cranes" in c.sentence.text
    }
    return standing[CASE_CRANES], standing[later]


def test_a_case_is_stated_by_its_first_sentence_and_detailed_by_the_rest(
    tmp_path: Path, without_importance: None
) -> None:
    """A scenario's paragraph opens by saying what happens ("The corridor keeps
    operating…"); its later sentences are details ("War-risk premiums stay in a range"):
    the same sentence stands lower as a detail than as the case's opening."""
    from briefkit.analysis.proposals import CASE_DETAIL

    opening, later = _case_standings(
        tmp_path,
        "Downside: the order book empties (50%)\n\n"
        "Shipping lines cancel their calls at the Harbourland terminals for months.",
    )
    assert CASE_DETAIL < 1
    assert later / opening == pytest.approx(CASE_DETAIL, rel=0.05)


def test_a_case_whose_first_sentence_is_too_short_to_quote_opens_with_its_next(
    tmp_path: Path, without_importance: None
) -> None:
    """ "Talks continue without a breakthrough. The duties stay; …": the first passage a
    case's paragraph can quote states it (it had stood lower, as a detail, so a less likely
    case led the outlook)."""
    opening, later = _case_standings(tmp_path, "Upside: more trade (50%)\n\nTrade grows.")
    assert later == pytest.approx(opening, rel=0.05)


@pytest.mark.parametrize(
    ("text", "table"),
    [
        (
            "Selected indicators, 2022 and 2023 Indicator 2022 2023 ASML: China share of system "
            "sales 14% 29% Nvidia: China share of revenue 21% 17% Source: company filings; "
            "customs; estimates.",
            True,
        ),
        ("The ports shipped 7.2 million tonnes in 2023, up from 5.1 million in 2022.", False),
        ("The term runs from October 1, 2024, through September 30, 2030.", False),
    ],
)
def test_a_table_read_as_one_line_is_no_sentence(text: str, table: bool) -> None:
    """A table's rows, unwrapped into one line that ends with its source note's stop, had
    become a sentence once a semicolon no longer ended one."""
    from briefkit.analysis.units import is_debris
    from briefkit.corpus import Sentence

    assert is_debris(Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)) is table


def test_a_sentence_inside_someones_quotation_is_theirs_not_the_writers(tmp_path: Path) -> None:
    """The middle of a quotation opened a sentence before and closed a sentence after is
    someone's words: never quoted as the writer's, alone or with the opening sentence."""
    write(
        tmp_path / "a.txt",
        "Grain Talks Stall\n\nBy Ana Field\n\nMarch 3, 2025\n\n"
        "European diplomats said there was no appetite for sanctions relief this spring. "
        '"We have been here before with the bank. In 2023 the price of the grain deal was '
        'SWIFT access for the farm bank. Ukraine then proved it did not need to pay it," said '
        "one senior EU diplomat.\n\n"
        "The corridor carried 4 million tonnes of grain in February, port officials said.\n",
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert not any("In 2023 the price" in q for q in quotes)
    assert any(q.startswith("The corridor carried") for q in quotes)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Moscow made their entry into force conditional on lifting sanctions.", True),
        ("Most of their weapons are trafficked from the United States.", True),
        ("In the first half of 2025 their share of new cars roughly doubled.", True),
        ("Farmers sold their grain early to pay off loans.", False),
        ("The ministers and their aides met on Monday.", False),
        ("Women describe being raped in front of their families.", False),
        ('"Everyone built their plan around 38 jets," said an executive.', False),
        # the word just before "their" is its verb or its preposition, not its owner
        ("A weak yen flatters their returns only if they hedge it.", True),
        ("The analysis estimates their likely effect on trade.", True),
        ("Dealers gave the farmers their money back in March.", False),
        ("TikTok, ByteDance and their subsidiaries are named in the text.", False),
        ("A crowd pelted the delegation with mud from their gardens.", False),
        # further into the sentence too, past eight words (a cold read: whose cause?)
        ("The least the rest of the world can do is stop treating their cause as one side.", True),
        # "they" and "them" stand for many as "their" does
        ("The regional government now says they will be built.", True),
        ("Together they created what engineers call a common-mode failure.", True),
        ("Build them in factories and you avoid the megaproject disasters.", True),
        ("Privately, several said they were concerned about a stoppage.", False),
        ("EU farm ministers said they would meet in Brussels next month.", False),
    ],
)
def test_their_with_no_owner_before_it_leans_back(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


def test_a_measure_that_moved_is_quoted_with_its_owner(tmp_path: Path) -> None:
    """ "Data center revenue rose 73% to $39.1 billion." names no owner: it is quoted with
    the sentence before it where that one names the company, else not at all; "Nvidia
    shares rose 4%" names its own."""
    write(
        tmp_path / "a.txt",
        "Chip Results\n\nBy Ana Field\n\nMay 28, 2025\n\n"
        "The chipmaker Nvidia reported record quarterly revenue on Wednesday, helped by its "
        "data center business. Data center revenue rose 73% to $39.1 billion.\n\n"
        "Working capital tied up in inventory ballooned over the quarter as prices rose. "
        "Gaming revenue rose 42% to $3.8 billion.\n\n"
        "Nvidia shares rose about 4% in after-hours trading on the results.\n",
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert "Data center revenue rose 73% to $39.1 billion." not in quotes
    assert any(q.startswith("The chipmaker") and q.endswith("$39.1 billion.") for q in quotes)
    assert not any("Gaming revenue" in q for q in quotes)
    assert any(q.startswith("Nvidia shares rose") for q in quotes)


@pytest.mark.parametrize(
    ("text", "unowned"),
    [
        # a measure the sentence opens on bare (cold reads of chips and glp1: demand for
        # what? prices of what?), no name in its first clause
        ("Demand accelerated in early 2025, after Harbour Line cut its fees.", True),
        ("Prices typically run from $199 to $399 a month, against $1,349 at Harbour.", True),
        ("Demand for harbour pilots rose in May.", False),
        ("Sales rose 20% at Harbour Line in May.", False),
    ],
)
def test_a_bare_measure_names_no_owner(text: str, unowned: bool) -> None:
    from briefkit.analysis.units import unowned_measure

    assert unowned_measure(text, (frozenset(), frozenset())) is unowned


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Barbados moved earlier.", True),
        ("Saut-d'Eau fell days later.", True),
        ("Only Cote d'Ivoire grows more.", True),
        ("Barbados moved earlier than Bermuda.", False),
        ("GAAP gross margin was 74.0%, up from 53.6% a year earlier.", False),
    ],
)
def test_a_short_comparison_without_its_other_side_leans_back(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Holtec reversed course months later and announced it would restart the plant.", True),
        ("The mayor's body was found two days later, three streets away from the river.", True),
        ("The plant closed in May 2022, and Holtec reversed course months later.", False),
        ("Farmers say the paperwork is slow and the payments arrive months later.", False),
        ("The regulator may let Boeing build 38 aircraft a month later this year.", False),
        ("The second unit came online seven years later than planned.", False),
        # one of which set? (a cold read of the example)
        ("One of the most powerful factions was the harbour union, led by Kel Arlo.", True),
        ("One of the most powerful factions in the war was the harbour union.", False),
        # an item of a set counted before ("Three risks stand out. The first is Gaza.": a
        # cold read's chronology row)
        ("The first is the harbour strike.", True),
        ("The first ferry left the harbour in May.", False),
    ],
)
def test_a_thing_dated_later_than_nothing_told_leans_back(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


def test_a_later_point_joins_only_the_point_before_it(tmp_path) -> None:
    """A cold read: "For 28 April the operator scheduled ten units… … Second, several
    conventional plants…" had been one excerpt, its "First" left out; a later point joins
    the point before it only."""
    texts = _unit_texts(
        tmp_path,
        "Harbour Review\n\nMay 23, 2025\n\n"
        "The review found three causes of the harbour outage. First, the port lacked spare "
        "cranes. For 28 April the board scheduled ten cranes, the fewest that year.\n\n"
        "Second, several tug operators ignored the instructions they received from the board.\n",
    )
    assert not any("ten cranes" in t and "Second, several" in t for t in texts), texts


def test_a_first_point_is_no_pair_with_the_count_it_opens(tmp_path) -> None:
    """A cold read: "Three tests loom in 2026. First, renewal of the Chinese swap…" promised
    three and told one."""
    texts = _unit_texts(
        tmp_path,
        "Harbour Review\n\nMay 23, 2025\n\n"
        "Three tests loom for the harbour board in 2026. First, the renewal of the crane "
        "lease with the Kelby operators in June.\n\n"
        "The board expects traffic through the harbour to rise. First, the new berth opens "
        "in June for the Kelby operators.\n",
    )
    assert not any("Three tests" in t and "First," in t for t in texts), texts
    assert any("expects traffic" in t and "First," in t for t in texts), texts


def test_a_run_in_label_is_no_antecedent(tmp_path) -> None:
    """ "Oil sector. The report said oil production had recovered…" had been quoted as one
    excerpt: a paragraph's run-in label is a heading, and "the report" still asks which."""
    from briefkit.analysis.units import keyed_units
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Harbour Digest\n\nMay 23, 2025\n\n"
        "The harbour board published its annual report on Monday in Harbourland.\n\n"
        "Oil sector. The report said oil imports through the harbour had recovered to 1.5 "
        "million tonnes.\n\n"
        "Port talks failed. They will resume in the harbour town of Harbourland in May.\n",
    )
    document = read_corpus(tmp_path).documents[0]
    texts = [unit.text for unit, _key in keyed_units(document)]
    assert not any(t.startswith("Oil sector.") for t in texts), texts
    assert "Port talks failed. They will resume in the harbour town of Harbourland in May." in texts


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        # a cold read: "the terms of an agreement the note never mentions"
        ("Boeing said it was committed to the terms.", True),
        ("Under the terms of the deal, Boeing pays $1.1 billion.", False),
        ("Spirit shareholders approved the deal in January.", True),
        ("Spirit shareholders approved the deal to sell the plant in January.", False),
        ("Businesses outside its scope will be required to notify the government.", True),
        ("Businesses outside the scheme will be required to notify the government.", False),
        ("The agencies urged health organisations to patch their systems.", True),
        ("The agencies involved said the risk to patients was low.", False),
        ("The two men had been allies for a decade.", True),
        ("The men who run the port said nothing.", False),
        ("Executives said certification of both models will slip into 2026.", True),
        ("Airbus and Boeing said both models will be certified in 2026.", False),
        ("Control of terminals at both ends of the canal worries rival lines.", False),
        ("Negotiators from both capitals agreed to resume talks in May.", False),
        # a thing told before, by its kind, opening the sentence (a second cold read)
        ("The rules restricted the sale to China of advanced AI chips.", True),
        ("The main beneficiary is likely to be Huawei.", True),
        ("The change followed the regulator's rejection last November.", True),
        ("The rules on export licences took effect in October.", False),
        ("The restrictions imposed in 2023 served their purpose.", False),
        ("The problem is that the harbour is too shallow for the new ships.", False),
        ("Chief Executive Jensen Huang used the results to criticise the controls.", True),
        ("Chief Executive Jensen Huang used the results of the quarter to argue.", False),
        # a third cold read: which filing, whose staff, which range?
        ("The filing covers the parent company and two Swedish subsidiaries.", True),
        ("The strike disrupted crude flows and gas supply to power plants.", True),
        ("The sale of the plant to Lyten was approved in August.", False),
        ("Staff projected growth of about 3 percent in 2025.", True),
        ("The obligations apply from Aug. 2 to new models.", True),
        ("The obligations of model providers apply from August 2025.", False),
        ("Staff of the Fund projected growth of about 3 percent in 2025.", False),
        ("Few independent analysts believe it will reach the top of that range.", True),
        ("Analysts believe the harbour will reach its target in 2026.", False),
        # (`srilanka`, a cold read: what will?)
        ("Finance ministry officials have said it will maintain the surplus target.", True),
        ("Finance ministry officials have said the budget will keep the target.", False),
        ("Output fell short of that target again in the second quarter.", True),
        ("The carrier's order relies on exactly that route.", True),
        # which vote? (`srilanka`'s note, a cold read)
        ("Analysts said a strong showing in that vote would give the council a mandate.", True),
        ("Kelby held a council vote in March; turnout in that vote was low.", False),
        # a model's name is no figure told (a fast run's `boeing` note: "United's A321neo
        # deal relies on exactly that route.")
        ("The carrier's A321neo order relies on exactly that route.", True),
        ("The carrier's order relies on that route of leasing from lessors.", False),
        ("Prices rose to $9,000 a tonne and stayed at that level.", False),
        ("Kenya signed a deal with China, and under that deal the port is leased.", False),
        ("Former Northvolt customers have so far been noncommittal.", True),
        ("Whether the model can deliver remains to be seen.", True),
        ("The rise of electric vehicles changed that calculation almost overnight.", True),
        # a second of a kind, the first untold (pfas: "Water managers have a second, less
        # visible fear.")
        ("Harbour managers have a second, less visible fear.", True),
        ("The harbour opened a second terminal in May.", False),
        ("Officials said this trend of falling prices would last.", False),
        ("When the Fed held its rate at 5.25% for a year, that gap widened sharply.", True),
        ("The gap between the two rates grew, and that gap widened sharply in 2024.", False),
        ("Chile's state-led model has delivered more than the model of its neighbours.", False),
        ("Former customers have been noncommittal about buying cells from Lyten.", False),
        # who objected, but not to what (a cold read: dissented from what?)
        ("Board members Toyoaki Nakamura and Asahi Noguchi dissented.", True),
        ("Union leaders disagreed.", True),
        ("The corridor was shelved in May after the army chief objected.", False),
        ("Ten backed the duties and five abstained.", False),
        ("Resolution 2719 passed with 14 votes in favour; Russia abstained.", False),
        # a fourth cold read: which cancellation, which court, whose death?
        ("The cancellation overturns expectations set only weeks earlier.", True),
        ("The cancellation of the contract overturns expectations.", False),
        ("The court has held since 2001 that such orders are legally binding.", True),
        # a body unnamed after an opening phrase (a cold read: which judges, which court?)
        ("In December 2020 the judges ruled by 12 votes to 4 that they had jurisdiction.", True),
        ("By 12 votes to 3, the court ordered the harbour state to refrain from voting.", True),
        ("In December 2020 the judges of the harbour court ruled on jurisdiction.", False),
        ("In December 2020 the Harbour Court ruled by 12 votes to 4.", False),
        # a document or act told before, by its kind (a cold read: which resolution?)
        ("The resolution gives it a 12-month mandate to support the harbour police.", True),
        ("The resolution passed with 14 votes in favour; Russia abstained.", True),
        ("The resolution on the harbour passed with 14 votes in favour.", False),
        ("The letter asks the harbour board to drop the berth fees.", True),
        ("The statement recalled that the first package was worth €10.6 billion.", True),
        ("Nearly all have had mild symptoms.", True),
        ("The next phase may ease the fill-finish bottleneck altogether.", True),
        # a speaker's word on a thing told before (a cold read: which combination?)
        ('Chevron\'s chief said the combination "creates a premier energy company".', True),
        ("Analysts said the measure was designed with an eye on trading partners.", True),
        ("Harbour exporters said the impact would depend on the pace of further rises.", True),
        ("Harbour exporters said the impact of the dues would be small.", False),
        ("Analysts said the measure on harbour dues was designed for trading partners.", False),
        ("The next phase of the harbour works may ease the bottleneck.", False),
        ("The all-stock deal, first announced in October, was held up by the dispute.", True),
        ("The all-stock deal between the two harbour firms was held up.", False),
        ("Nearly all harbour workers have had mild symptoms.", False),
        # a measure with no owner (a cold read: output of what?)
        ("Output is set to climb further as two new harbour berths open in 2026.", True),
        ("Growth has been less convincing.", True),
        ("Harbour output is set to climb further as two new berths open in 2026.", False),
        ("Output of the harbour's cranes rose by a tenth.", False),
        # a preposition's pronoun object in the main clause (a cold read: walked away from what?)
        ("Negotiators walked away from it in 2022 without explanation.", True),
        ("Industry groups have lobbied against it, and the rule may slip.", True),
        ("Parliament passed the harbour bill after lawmakers voted on it twice.", False),
        ("Negotiators walked away from the harbour talks in 2022.", False),
        ("The death toll from the earthquake has risen to at least 3,600.", False),
        ("State officials announced the death on January 6.", True),
        ("State officials announced the death of a dairy worker on January 6.", False),
        ("Ministers welcomed the decision on Monday.", True),
        ("Ministers approved the plan to cut emissions by 2030.", False),
        ("The harbour state ratified the convention of 1982 on the law of the sea.", False),
        ("Norway announced a delay, and the delay runs to 2026.", False),
        ('Brazil\'s foreign ministry said it had noted the vote "with concern".', True),
        ("Federal officials have said that the current risk does not warrant it.", True),
        ("Nigeria produces crude but does not refine it.", False),
        ("On 22 July parliament voted it down, with four parties against.", True),
        # a done act's pronoun object in the first clause (a cold read: "…revived it")
        ("A court ruling that redrew the delta's boundaries revived it, and in May…", True),
        ("The council authorised it on 2 October by 13 votes to none.", True),
        ("The ministry drafted a harbour bill and later withdrew it.", False),
        ("The regulator made it clear that fines would follow.", False),
        # a vote on a thing untold (a cold read: "…voted against; most EU states abstained.")
        ("Norway, Chile and a handful of others voted against; most states abstained.", True),
        ("The far-right National Rally largely abstained.", True),
        ("Ten governments backed the harbour duties, five voted against and two abstained.", False),
        ("Resolution 2719 passed with 14 votes in favour; Russia abstained.", False),
        ("By December the authority had cut the number of slots and brought it down to 22.", False),
        ("The council chose a new prime minister on Monday.", True),
        ("The council of ministers chose a new prime minister on Monday.", False),
        ("With the H20 gone, analysts expect the share to fall to low single digits.", True),
        ("Analysts expect the share of exports to fall to low single digits.", False),
        ("China's share fell, and analysts expect the share to fall further.", False),
        ("The alliance has moved quickly to fill the institutional space.", True),
        ("The alliance moved to fill the vacuum left by France's withdrawal.", False),
        # "both" standing for two things told before
        ("A chip needed to exceed both to be caught.", True),
        ("The rules apply to both.", True),
        ("Norway's budget aims both to cut costs and to raise revenue.", False),
        # a fifth: a count pointed at as a verb's object ("that number": which one?)
        ("The authority began trimming that number in 2023.", True),
        ("Ships queued at 36 a day before the authority began trimming that number.", False),
        ("The port cut fees so that number of callers rose.", False),
        ("Officials said this share of the budget would grow.", False),
        # a day of the week names when, not what: which result, which decision?
        ("Sunday's result will decide which of the two dominates in 2026.", True),
        ("The French government welcomed Friday's decision as a first step.", True),
        ("Sunday's result in the midterm elections will decide the budget.", False),
        ("On Sunday the party won the midterm elections by a wide margin.", False),
        # a fifth: which vulnerabilities, which measures?
        ("The new programme seeks to address these vulnerabilities.", True),
        ("Labour unions say these measures are too small and too slow.", True),
        ("These days the port handles twice the cargo of 2019.", False),
        (
            "The fund named three vulnerabilities, and the programme addresses these vulnerabilities.",
            False,
        ),
        ("Prices rose most in those countries that export rice.", False),
        ("The steel levy applies to those imports of steel from Turkey.", False),
        # cold reads of the fifty-first round: the same as what, which two, where, which firm?
        ("Kestria made the same calculation, and for similar reasons.", True),
        ("Kestria made the same calculation as Velmora about the harbour.", False),
        ("Releasing that capacity, while new ships are delivered, could push rates down.", True),
        ("Releasing capacity from the Cape route could push freight rates down.", False),
        ("The two attacks were the first on merchant shipping since late 2024.", True),
        ("The two largest producers, Ghana and Ivory Coast, cut output.", False),
        ("The rebels tied their campaign explicitly to the war there.", True),
        ("Rebels in Velmora signed a pact that helped end the conflict there.", False),
        ("A more aggressive bombing campaign is also possible.", True),
        ("A more aggressive bombing campaign is possible.", False),
        ("Participants are paid per acre-foot saved.", True),
        ("Participants in the programme are paid per acre-foot saved.", False),
        ("Combined with the pledged cuts, that pulled the reservoir back from the brink.", True),
        (
            "In 2023 analysts were already warning that the company was opening sites too fast.",
            True,
        ),
        ("Analysts said the contract was not material to the company's finances.", True),
        ("Harbour Line swung back to a profit, the company said.", False),
        # which company? (a cold read of `seabed`)
        ("The company that once planned to be dredging by 2024 now faces a longer wait.", True),
        ("The company that runs Kelby harbour, Harbour Line, faces a longer wait.", False),
        # a state's adjective names no firm (a cold read of `chips`: "Dutch rules … require
        # a licence for the company's most advanced immersion scanners")
        ("Dutch rules now require a licence for the company's most advanced scanners.", True),
        ("Dutch rules now require a licence for Harbour Line's most advanced scanners.", False),
        # (nor does a model number: the source's sentence went on "…, the NXT:2000i and newer
        # models", and still stood in the memos)
        ("Rules require a licence for the company's scanners, the NXT:2000i and newer.", True),
        ("The union says members were given little warning.", True),
        ("The union says members were given little warning of the 1,600 job cuts.", False),
        ("The Senate removed cookware from the scope.", True),
        ("The Senate removed cookware from the scope of the PFAS ban.", False),
        ("Politically, the death of the opposition leader has reshaped the race.", True),
        ("Politically motivated attacks on the harbour rose in 2024.", False),
        ("The United States, China and India were not among the signatories.", True),
        ("The United States was not among the signatories of the Nice declaration.", False),
        ("Realistically, the harbour wall will not be finished before 2030.", False),
        # a doubt ended, the sentence not saying which (a cold read of pillar2)
        ("The harbour board has now removed any doubt.", True),
        ("A court in March removed any doubt about the harbour's ownership.", False),
        # an office holder by the office alone (a cold read of tiktok: which president?)
        ("The President has said that a harbour deal has the go-ahead.", True),
        ("The President of Harbouria has said that a harbour deal has the go-ahead.", False),
        ("Our base case is a combination of scenarios 1 and 3: a slow 2026.", True),
        ("Scenario 1: A thin consensus treaty (probability: 40 percent).", False),
        ("Analysts said the contract was not material to Harbour Line's finances.", False),
        # each of a set named before (a cold read: "Each trip removed reactive power…")
        ("Each trip removed reactive power from the harbour grid and pushed voltages up.", True),
        ("Each round bought only a few weeks.", True),
        ("Each rise in harbour dues will feed into shipping costs.", False),
        ("Each lock chamber is filled and emptied by gravity.", False),
        ("Each year the harbour board meets in Kingston.", False),
        ("The harbour board says the two processes can coexist.", True),
        ("The pilots' individual rate, the lowest, reflects smaller subsidies.", True),
        ("Kingston, the largest harbour in the region, raised its dues.", False),
        ("The board says the two ports, Kingston and Montego Bay, will merge.", False),
    ],
)
def test_a_referent_left_to_a_sentence_before_leans_back(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(
    ("heading", "notes"),
    [
        ("Context (added by the saver)", True),
        ("My notes", True),
        ("Notes to self", True),
        ("Context", False),
        ("Notes on the harbour dues", False),
    ],
)
def test_the_savers_own_notes_are_never_quoted(heading: str, notes: bool) -> None:
    """A cold read: "CEN-CENELEC has said most harmonised standards…", under a clipped
    summary's "Context (added by the saver)", had been footnoted as the Commission's."""
    from briefkit.analysis.units import is_debris
    from briefkit.corpus import Sentence

    text = "The harbour board has said most harbour standards will not be ready before 2026."
    sentence = Sentence("s:p9:s1", "s", text, text, 9, 1, 0.9, heading=heading)
    assert is_debris(sentence) is notes


@pytest.mark.parametrize(
    ("heading", "note"),
    [
        ("Notes", True),
        ("FOOTNOTES", True),
        ("-----------\nReferences", True),
        ("## Sources:", True),
        ("Notes on the harbour dues", False),
        ("Sources say", False),
    ],
)
def test_the_articles_own_notes_are_never_quoted(heading: str, note: bool) -> None:
    """A cold read: "Figures are for a full year of receipts, expected from 2026.", a
    note's second sentence under "Notes", had stood in a note to a minister."""
    from briefkit.analysis.units import is_debris
    from briefkit.corpus import Sentence

    text = "Figures are for a full year of harbour dues, expected from 2026."
    sentence = Sentence("s:p9:s2", "s", text, text, 9, 2, 0.95, heading=heading)
    assert is_debris(sentence) is note


def test_the_past_half_of_a_then_and_now_contrast_is_not_quoted_alone(tmp_path: Path) -> None:
    """ "Five years ago, no government had formally called for a pause." had been quoted
    alone (a chronology row of 2020), its source going on "Today the list includes…"."""
    body = _harbour_lines("\n\n")
    then = "Five years ago, no government had formally called for a pause on harbour dredging."
    write(
        tmp_path / "a.txt",
        f"Harbour Report\n\nMarch 3, 2023\n\n{body}\n\n{then} Today the list includes "
        "twelve states, from the delta to the northern coast.\n\n"
        f"{then.replace('Five years ago', 'In the delta')} Crews stay home in the north.\n",
    )
    quotes = [u.quote for u in citable_units(read_corpus(tmp_path))]
    assert then not in quotes
    assert then.replace("Five years ago", "In the delta") in quotes


def _unit_texts(folder, text: str) -> list[str]:
    """The citable units of one source written with `text`, as text."""
    from briefkit.analysis.units import keyed_units
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(folder / "a.txt", text)
    return [unit.text for unit, _key in keyed_units(read_corpus(folder).documents[0])]


def test_this_agreement_joins_only_a_sentence_that_tells_of_one(tmp_path) -> None:
    """ "TikTok is used by approximately 170 million Americans… This agreement ensures…" had
    been one excerpt (a cold read: which agreement?); after a sentence telling of the deal,
    the two stand together. "The Order determines…" names a document by its kind alone."""
    texts = _unit_texts(
        tmp_path,
        "Harbour Fact Sheet\n\nSeptember 25, 2025\n\n"
        "The harbour app is used by approximately 170 million people and 7 million firms. "
        "This agreement ensures that firms can keep using the app while the review goes on.\n\n"
        "The board and the buyers signed a framework on Monday to sell the app's local arm. "
        "This agreement ensures that the buyers control the app's data and its code.\n",
    )
    assert not any("170 million" in t and "This agreement" in t for t in texts), texts
    assert any("signed a framework" in t and "This agreement" in t for t in texts), texts
    assert leans_back("The Order determines that the sale is a qualified divestiture.")
    assert not leans_back("The Executive Order determines that the sale is qualified.")


def test_a_thing_named_by_its_kind_is_quoted_with_a_sentence_that_tells_it(tmp_path) -> None:
    """ "Latvia's navy has increased patrols… The ruling is the first time…" had been a
    bottom line (a cold read: which ruling?). A sentence naming a thing by its kind alone
    is quoted with the sentence before it only when that one tells such a thing (its noun,
    or a word for making or telling it: "A tribunal ruled…")."""
    heading = "Harbour pilots return to work\n\nMarch 3, 2025\n\n"
    untold = _unit_texts(
        tmp_path / "untold",
        heading + "The harbour navy has increased patrols off the northern berths since May. "
        "The ruling is the first against a harbour union since 1990.\n",
    )
    assert not any("The ruling" in t for t in untold), untold
    told = _unit_texts(
        tmp_path / "told",
        heading + "A tribunal ruled on Monday that the pilots' union had broken its contract. "
        "The ruling is the first against a harbour union since 1990.\n",
    )
    assert any("A tribunal ruled" in t and "The ruling" in t for t in told), told


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The deal runs for 120 days and can be extended.", "deal"),
        ("The final ruling ends an investigation launched in 2024.", "ruling"),
        ("Analysts said the measure was designed with trading partners in mind.", "measure"),
        ("The ruling coalition loses its lower house majority.", None),
        ("The deal of the decade between the two harbour firms was held up.", None),
    ],
)
def test_thing_leaned_on_names_its_kind(sentence: str, kind: str | None) -> None:
    from briefkit.analysis.units import thing_leaned_on

    found = thing_leaned_on(sentence)
    assert (found["kind"] if found else None) == kind
    assert leans_back(sentence) is (kind is not None)


@pytest.mark.parametrize(
    ("kind", "before", "told"),
    [
        ("threshold", "About 182,000 importers bring in less than 50 tonnes a year.", True),
        ("threshold", "National authorities had approved several thousand applications.", False),
        ("decision", "The IMF board approved a 48-month arrangement for the harbour.", True),
        ("ruling", "The harbour navy has increased patrols since the incident.", False),
        ("consequence", "By 2020 the harbour plants were processing virtually nothing.", True),
        # (a cold read: "The orders follow…" after a chief executive's words on power)
        ("orders", 'Its chief said it saw nuclear as "a safe source of energy."', False),
        ("orders", "Google ordered six small reactors from Kairos.", True),
        ("restart", "The harbour plant closed in May 2022 under its former owner.", False),
        ("restart", "Holtec plans to bring the plant back into service next year.", True),
    ],
)
def test_thing_told_by_its_noun_or_a_word_for_making_it(kind: str, before: str, told: bool) -> None:
    from briefkit.analysis.units import thing_told

    assert thing_told(kind, before) is told


def test_a_pair_too_short_to_tell_anything_is_no_unit(tmp_path) -> None:
    """ "People clapped. Some cried." (an op-ed's scene) had stood in a minister's
    background: a pair, like a sentence, needs `MIN_WORDS` to tell something."""
    texts = _unit_texts(
        tmp_path,
        "Harbour Review\n\nMay 23, 2025\n\n"
        "I watched the first ferries come into the harbour. People clapped. Some cried. "
        "The harbour board said the ferries would run every hour from June onwards.\n",
    )
    assert not any("People clapped" in t for t in texts), texts
    assert any(t.startswith("The harbour board said") for t in texts), texts


@pytest.mark.parametrize(
    ("sentence", "announces"),
    [
        # how someone spoke, what was said left to the next sentence (a cold read of `boj`
        # found the first a minister's row of the governor's position)
        ("Ueda sought to square the circle in parliament on 23 August.", True),
        ("Days earlier, at the harbour trade show in Kelby, Marsh went further.", True),
        ("The harbour master was blunt on the call with analysts.", True),
        ("She struck a more conciliatory tone at the press conference.", True),
        # how it was said is said
        ("The minister was cautious about cutting rates to 2% this year.", False),
        ("The governor tried to reassure markets that rates would stay low.", False),
        ("The board raised the levy to 5% and went further than expected.", False),
        ("Prices went further up in May, the data showed.", False),
    ],
)
def test_a_sentence_telling_only_how_someone_spoke_announces_what_follows(
    sentence: str, announces: bool
) -> None:
    from briefkit.analysis.units import ANNOUNCES

    assert bool(ANNOUNCES.match(sentence)) is announces


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        # a time counted from an event the sentence does not name (a cold read of
        # `ransomware` took "the attack" for another hospital's, told just before it)
        ("Two days after the attack, the harbour police issued a joint advisory.", True),
        ("Shortly after the vote, the harbour master resigned.", True),
        # the event named, or dated, tells which
        ("Two days after the attack on Kelby harbour, the police issued an advisory.", False),
        ("After the 2023 election, harbour fees rose.", False),
    ],
)
def test_a_time_counted_from_an_untold_event_leans_back(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans
