"""Cross-source findings: dated events for a chronology, and where sources disagree.

All of it works on any topic: dates are found by the same parser as metadata; figures are
numbers with a unit (a measurement word, or the noun they count) and the words around
them, matched across sources by unit and context, and reported when values differ.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

from briefkit.analysis.actors import country_names, state_names, states_named
from briefkit.analysis.objective import SAME_FIGURES, stated_figures
from briefkit.analysis.proposals import (
    EMPTY_FRAME,
    HAD_DONE,
    NAMED_YEAR,
    SHARES_MOVED,
    Candidate,
    Proposals,
    figure_at,
    in_first_person,
    months_older,
)
from briefkit.analysis.section_fit import PLANS_TO
from briefkit.analysis.terms import STOPWORDS, make_stemmer, terms
from briefkit.analysis.units import RUNNING_COUNT, SO_FAR
from briefkit.corpus import Document, Sentence
from briefkit.dates import (
    FULL_MONTH_NAMES,
    MONTH_NAMES,
    MONTHS,
    PATTERNS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    YEARLESS_DAY,
    _iso,
    weekday_on_or_before,
)
from briefkit.lazy_regex import lazy_compile

T = TypeVar("T")

COMPOUND_AFTER = lazy_compile(r"-[a-z]")
# Words that give a value as the one compared with ("up from", "compared with")
_COMPARED = r"(?:(?:up|down|rising|falling|risen|fallen|rose|fell) from|compared (?:with|to))"
EARLIER_VALUE = lazy_compile(
    rf"\b(?:{_COMPARED}|"
    # "…, replacing the current 150-euro threshold": the value that goes
    r"replac(?:es|ing|ed)(?:\s+(?:the|its|their))?(?:\s+(?:current|existing|old|previous))?|"
    r"instead of(?:\s+the)?|previously|formerly)"
    # "up from the 100 million figure it reported": an article before the value too
    r"(?:\s+(?:an?|the|its|their))?(?:\s+(?:estimated|about|around|roughly|some))?\s*$",
    re.IGNORECASE,
)
# What a figure is counted per: "50 euros per tonne" and "a 150-euro threshold per
# consignment" measure different things, however alike their words.
RATE = lazy_compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:per|a|an|each)\s+(year|month|week|day|tonne|ton|barrel|"
    r"consignment|shipment|person|capita|head|household|hour|vessel|ship|transit|passenger|"
    r"kilogram|kg|litre|liter|megawatt-hour|unit)\b",
    re.IGNORECASE,
)
# The time a quantity fell or was counted in: "184.6 litres in a single hour" and "about
# 491 litres in eight hours" measure different things, however alike their words.
DURATION = lazy_compile(
    r"\s*(?:[\w-]+\s+){0,4}?in\s+(?:(?P<single>a(?:\s+single)?|an|one)|(?P<count>\d{1,3}|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve))\s+(?P<unit>hour|day|week|minute)s?\b",
    re.IGNORECASE,
)


def _duration(text: str, end: int) -> str:
    """ "1 hour", "8 hours"…: the span a figure was measured over, if told right after it."""
    found = DURATION.match(text, end)
    if not found:
        return ""
    count = 1 if found["single"] else COUNT_WORDS.get(found["count"].lower(), 0)
    count = count or int(found["count"])
    return f"{count} {found['unit'].lower()}"


# "would fall from 80 percent to 50 percent of embedded emissions": a change, whose two
# values are no one's account of how much something is.
# So is "had risen to 17.8 percent from 15.9 percent", told the other way round.
CHANGE = lazy_compile(
    r"\bfrom\s+(?:about |around |roughly |some |an estimated )?[$€£]?\d[\d.,]*[^.;:]{0,25}?"
    r"\bto\s+(?:about |around |roughly |some |an estimated )?[$€£]?\d[\d.,]*|"
    r"\bto\s+(?:about |around |roughly |some |an estimated )?[$€£]?\d[\d.,]*[^.;:]{0,25}?"
    r"\bfrom\s+(?:about |around |roughly |some |an estimated )?[$€£]?\d[\d.,]*",
    re.IGNORECASE,
)
# "Estimates range from about 2,000 to 2,500", "anywhere from 40 to 50": a range told
# with "from … to", not a change
SPREAD_OVER = lazy_compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\s+$", re.I)
# … whose two ends stand together ("from about 2,000 to 2,500"), where "ranging from 7.8
# percent for Tesla to 35.3 percent for SAIC" spans a list of parties
TIGHT_RANGE = lazy_compile(r"from\s+\S+(?:\s+\S+)?\s+to\s", re.I)
# A toll named just before a count that names no unit of its own: "put the dead at as many
# as 600", "Russian deaths lower, at around 40 to 50"
TOLL_BEFORE = lazy_compile(
    r"\b(?:dead|deaths|death toll|toll|victims|fatalities|casualties)\b[^.;:!?]*$", re.I
)
TOLL_REACH = 30  # characters before the count where its toll may be named
SEASON_SLASH = lazy_compile(r"\d/$")
# What joins the two ends of a range: "6.5–8.1 percent", "between $155 billion and $192
# billion", "5 to 8 percent" (a change, "from 5 to 8", is `CHANGE`'s)
RANGE_JOIN = lazy_compile(r"\s*(?:[–—-]|to|and)\s*")
BETWEEN = lazy_compile(r"\bbetween\s*$", re.IGNORECASE)
YEAR_IN = lazy_compile(
    # (not a season: "harvested about 530,000 tonnes in 2023/24" is no event of 2023)
    # (at a sentence's start too: "By 2024 the Commission had the numbers… That became the
    # basis of the February 2025 proposal" names two years, and dates no row of February)
    r"\b(?:in|since|by|from|until|after|before|during|of)\s+(?P<year>(?:1[89]|20)\d{2})\b"
    r"(?![/–-]\d)",
    re.IGNORECASE,
)
# "…widened to $1.2 billion in 2023. In January it raised $5 billion…": a month told without
# its year beside a date of a year alone or of another month (a row had dated the raise
# to 2023, in a 2024 article)
# "…threat of military force in Niger in 2023 backfired, pushing the three juntas … and, in
# January, out of the regional organisation": a month named after a bare year, in a later
# clause, may be of the next year (a cold read found the January 2024 exit under "2023")
LATER_YEARLESS_MONTH = lazy_compile(
    rf",\s+(?:and\s+)?(?:in|by)\s+(?:early\s+|late\s+|mid-)?(?:{FULL_MONTH_NAMES})\b"
    r"(?!\s+\d)(?!,?\s+(?:1[89]|20)\d{2})"
)
YEARLESS_MONTH = lazy_compile(
    rf"(?:^|[.;:!?]\s+)[\"“]?(?:In|Last|Early|Late|Mid-|By|Since)\s*(?P<m>{FULL_MONTH_NAMES})\b"
    r"(?!\s+\d)(?!,?\s+(?:1[89]|20)\d{2})"
)
# Shares told in words ("roughly a fifth of Ghana's cocoa area", "close to half of the
# country's farms", "two-thirds of the world's refining"): a percentage as surely as "20
# percent" is, and sources that round differently say it one way or the other. Only
# before "of" and a whole that is no measure of its own ("a quarter of a century", "half
# a million" are no shares); "the first half of 2024" is a period.
SHARES = {
    "half": 50.0, "a half": 50.0, "one half": 50.0,
    "a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3,
    "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "two fifths": 40.0, "three fifths": 60.0,
    "four fifths": 80.0, "a tenth": 10.0, "one tenth": 10.0,
}  # fmt: skip
SHARE_IN_WORDS = lazy_compile(
    r"(?P<qualifier>\b(?i:about|around|roughly|nearly|almost|over|more than|less than|some|"
    r"close to|just over|just under|well over|at least|fewer than|up to|barely)\s+)?"
    r"(?<!\w)(?P<share>(?i:half|(?:a|one)[ -](?:half|third|quarter|fifth|tenth)|"
    r"two[ -]thirds|three[ -]quarters|(?:two|three|four)[ -]fifths))"
    r" of (?!an?\b|(?:the )?(?:year|month|decade|century|hour|day|week|mile)s?\b)"
)
# "of the world's lithium refining": the words of a share's whole, up to a verb or a
# preposition that starts what is said of it ("of the cargo transiting the canal is…");
# a pronoun ("half of them") names no whole
WHOLE = lazy_compile(
    r"\s*of\s+(?!(?:them|these|those|it|us|which|whom)\b)"
    r"((?:(?!(?:in|is|are|was|were|to|that|which|who|for|from|and|by|on|at|with|since|than|"
    r"has|have|had|will|would|could|can)\b)[^\s,.;:]+\s*){1,4})"
)
SHARE_WORDS = ("half", "third", "quarter", "fifth", "tenth")  # one of them in every share
# Words before a share that make it a period or a part in a sequence ("the second half of")
NOT_A_SHARE = lazy_compile(
    r"\b(?:first|second|last|latter|former|other|bottom|top|upper|lower)\s+$", re.IGNORECASE
)
# Counts written in words ("eleven abstained" against "12 abstained"); not below five,
# words most passages use ("one of the…", "the two sides"), whose parsing cost a one-source
# rebuild of 1,000 sources about 0.1 s for no dispute found on the bench.
COUNTED = {
    "five": 5.0, "six": 6.0, "seven": 7.0,
    "eight": 8.0, "nine": 9.0, "ten": 10.0, "eleven": 11.0, "twelve": 12.0,
    "thirteen": 13.0, "fourteen": 14.0, "fifteen": 15.0, "sixteen": 16.0,
    "seventeen": 17.0, "eighteen": 18.0, "nineteen": 19.0, "twenty": 20.0, "thirty": 30.0,
    "forty": 40.0, "fifty": 50.0, "sixty": 60.0, "seventy": 70.0, "eighty": 80.0,
    "ninety": 90.0,
}  # fmt: skip
_COUNTED = "|".join(COUNTED)
COUNT_WORD = lazy_compile(rf"\b(?i:{_COUNTED})\b")
NUMBER = lazy_compile(
    r"(?P<qualifier>\b(?i:about|around|roughly|nearly|almost|over|more than|less than|some|up to|"
    r"fewer than|(?:well )?(?:under|below|above)|"
    r"as (?:much|many) as|"
    r"approximately|at least|only|just)\s+)?"
    # "roughly minus 2.5%", "below minus 2%": the sign is the figure's, and its label's
    r"(?P<sign>\b(?i:minus|negative)\s+|−)?(?P<prefix>US\$|[$€£¥₦₹]|"
    # "N4.4 trillion", "N8,000 a month": the naira as it is typed (not "N95" or "A4")
    r"(?<![A-Za-z])N(?=\d[\d,.]*\s?(?:thousand|million|billion|trillion|bn|tn)\b|\d{1,3}(?:,\d{3})+))?\s?"
    # (no number glued to a letter: "X40", "H5N1" are names; the naira's "N" excepted)
    rf"(?<![A-MO-Za-z\d])(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|\b(?i:{_COUNTED})\b)"
    r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|bn|tn|m|k)\b)?"
    r"(?:-|\s*)(?P<unit>%|percent\b|per cent\b|[a-z]+)?"
)
UNIT_ALIASES = {
    "%": "percent",
    "per cent": "percent",
    "percent": "percent",
    "kilometers": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometre": "km",
    "km": "km",
    "miles": "miles",
    "mile": "miles",
    "metres": "m",
    "meters": "m",
    "tonnes": "tonnes",
    "tons": "tonnes",
    # Counts of people, however a source names them: a toll is a toll.
    **dict.fromkeys(
        (
            "people",
            "persons",
            "civilians",
            "civilian",
            "deaths",
            "dead",
            "victims",
            "men",
            "fatalities",
        ),
        "people",
    ),
    # and of the kinds sources name by several words ("some 400 tankers", "600 and 650
    # vessels"; "44 chief executives", "46 CEOs"; "8,500 soldiers", "7,800 military
    # personnel"; "140,000 vehicles", "120,000 cars"): one count, differently worded
    **dict.fromkeys(("vessels", "ships", "tankers"), "vessels"),
    **dict.fromkeys(("executives", "ceos"), "executives"),
    **dict.fromkeys(("soldiers", "troops", "personnel"), "troops"),
    **dict.fromkeys(("vehicles", "cars"), "vehicles"),
}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
MONEY_SCALE = {"k": 1e3, "m": 1e6, "bn": 1e9, "tn": 1e12}  # after a currency sign: "$3.5bn"
CURRENCIES = {
    "us$": "$",
    "$": "$",
    "dollars": "$",
    "dollar": "$",
    "usd": "$",
    "€": "€",
    "euros": "€",
    "euro": "€",
    "eur": "€",
    "£": "£",
    "pounds": "£",
    "gbp": "£",
    "¥": "¥",
    "yen": "¥",
    "yuan": "yuan",
    "rubles": "rubles",
    "roubles": "rubles",
    "₦": "₦",
    "naira": "₦",
    "₹": "₹",
    "rupees": "₹",
}
YEAR_UNIT = "year"
MAX_YEAR_GAP = 3
SPAN_BOUND = lazy_compile(
    r"\b(?:since|by|until|till|from|before|after|through)\s+(?:the\s+)?$", re.I
)
YEAR_WORD = lazy_compile(r"\b(?:19|20)\d{2}\b")
NAME = lazy_compile(r"(?<=[\w,;:] )[A-Z][\w'’-]+")
POSSESSIVE = lazy_compile(r"['’]s?$")
STATED_COUNT = 100  # a value this large told in both passages is one account, whatever its unit
REVISED_AT_LEAST = 100  # a value told as since replaced stands for a revised count from this size
UNNAMED_MIN_SIMILARITY = 0.4  # context overlap two figures need without a shared name
YEARS_APART = 0.5  # weight of a pair from sources of different years naming no year in common
DISTINCTIVE_SHARE = 0.1  # a name in more of the passages than this is the topic itself
SUBJECT_WORDS = 4  # a passage's first words, where its subject is named: "The Skelleftea plant"
MAX_FIGURE_PASSAGES = 1500  # best passages whose figures are compared, pair by pair
PERIOD_LEAD_YEARS = 5  # a chronology starts this many years before the oldest source
# A chronology's weight of an article's opening event told to the day (`event_weight`):
# over the 54 bench corpora 2.0 moved 19 memos up and 15 down, 3.0 24 up and 17 down
LEDE_EVENT = 3.0
LEDE_PARAGRAPHS = 2  # an article's opening: its first paragraphs (a dateline may be one)
RECENT_YEARS = 1  # the newest source's year(s) whose events have half a chronology's rows
CHRONOLOGY_SOURCES = 3  # one source gives at most a third of a chronology's rows
YEAR_MIN_SIMILARITY = 0.5
MILE_KM = 1.609344
COMPOUND_UNITS = {"cubic", "square"}
SHORT_UNITS = {"km", "m", "kg", "mw", "gw", "kw", "ha"}
MEASURES = {*UNIT_ALIASES.values(), *SHORT_UNITS}  # units of measure, not counts of a thing
# Values further apart than this are most likely of different things: of the 149 rows a
# fact-checker judged (first 8 per read corpus, 2026-12-01), none three times apart or more
# was a dispute (16 were different quantities, 1 a revision); it had been 5
MAX_RATIO = 3.0
LIST_FIGURES = 3  # figures of one unit in one passage that make it a list
LISTED_PERCENT = lazy_compile(r"\d(?:[\d,.]*\d)?\s?(?:%|percent\b|per cent\b)")
CLOSE_CONTEXT = 0.3  # context overlap above which values may differ up to MAX_RATIO
LOOSE_MAX_RATIO = 1.5
# A count of something few figures of the corpus count ("891 herds", "1,500 fighters"):
# its noun already says what the figure measures, so two such figures from different
# sources, close in value and sharing a word of context, are one matter told twice
# however differently the rest is worded. Money, shares and measures of length or weight
# count too many things for that.
SPECIFIC_UNIT_FIGURES = 8
# The least closeness (context overlap, names shared, values' ratio) of a row. Read by a
# fact-checker, none of the 19 rows below it of 149 from 37 corpora was a dispute between
# sources (two different figures, or one that changed), while every one of the 25 that
# were stood above it: the finder must not fill its rows with what is left.
MIN_CLOSENESS = 0.15
SPECIFIC_EVIDENCE = 0.3  # the context overlap such a pair counts as, in ranking rows
COUNT_DIFFERENCE = 0.01  # two such counts differ at any gap beyond rounding
CONTEXT_BEFORE, CONTEXT_AFTER = 10, 6  # words around a figure that say what it measures
KIND_WORDS = 20  # words of a figure's own clause before it where its measure is named
# words either side of a figure where its owner is named: "$1,349 for a month of Wegovy"
# against "$1,060 a month for Zepbound" (at 4, Wegovy was out of reach and the two list
# prices a row); with MAX_RATIO 3, the judged rows a memo shows went from 18 disputes, 24
# revisions and 25 different quantities to 20, 24 and 20
NEAR_WORDS = 6
NOT_UNITS = STOPWORDS | {
    "years",
    "year",
    "months",
    "month",
    "days",
    "day",
    "times",
    "st",
    "nd",
    "rd",
    "th",
    "am",
    "pm",
}


@dataclass(frozen=True)
class Event:
    date: str  # ISO, possibly partial
    candidate: Candidate


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str
    text: str  # the figure as written
    context: frozenset[str]
    candidate: Candidate  # None as the corpus index keeps it (`per_source.UnitDetails`)
    window: str = ""  # the words around it, as written: the names beside the figure
    rate: str = ""  # what it is counted per ("tonne" in "50 euros per tonne"), if said
    moved: bool = False  # a level something moved to ("peaked at $12,931"): `MOVED_TO`
    near: str = ""  # the few words right around it, where its owner is named
    low: float | None = None  # a range's lower end ("6.5–8.1 percent"): `value` is its upper
    # A share's whole, as stems: "of Ghana's cocoa farms" after "close to half" or "20
    # percent" (None where no "of" follows); `in_words` for a share told in words
    whole: frozenset[str] | None = None
    in_words: bool = False
    level: bool = False  # where something stood after it moved, on the source's day
    subject: str = ""  # a rank's: the name its sentence opens with (`_ranks`)
    period: bool = False  # a year's: told just after a rate, as its period


# What two differing figures measure, in words both passages use ("repair bill" for "put
# the repair bill at around 40 million euros" and "The repair bill, put at roughly 35
# million euros"): two cold readers found the table's "Matter" cell holding the figures
# alone. A run of at most MATTER_WORDS words, unbroken by a preposition other than "of"
# or "to", less the figures' own words, function words and units at its ends.
MATTER_WORDS = 4
MATTER_TOKEN = lazy_compile(r"[\w'’&-]+")
ACRONYM = lazy_compile(r"[A-Z]{3,5}")
MATTER_BREAKS = frozenset(
    {"along", "between", "across", "against", "through", "within", "from", "into", "onto",
     "over", "under", "after", "before", "since", "during", "while", "than", "and", "or",
     "but", "at", "in", "on", "by", "for", "with", "as", "per", "according"}
)  # fmt: skip
MATTER_UNITS = frozenset(
    {*UNIT_ALIASES, *SCALE, *CURRENCIES, *COMPOUND_UNITS, "cent", "hundred", "dozen",
     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "twenty", "half", "third", "quarter", "barrels", "acre-feet", "hectares",
     "gigawatts", "megawatts", "day", "days", "week", "weeks", "month", "months", "year",
     "years", "daily", "annual", "annually", "a", "an"}
)  # fmt: skip


def matter_named(first: str, second: str) -> str:
    """The longest run of words the first passage shares, word for word, with the second
    (as the first writes it), or "" where they share no such run: a figure, a function
    word, a unit or a verb's form ("cancelled", "producing") names no matter."""

    def fold(word: str) -> str:
        return POSSESSIVE.sub("", word.casefold())

    found = list(MATTER_TOKEN.finditer(first))
    tokens = [m[0] for m in found]
    # a word and the next, a space alone between them: one name where both are capitalised
    spaced = [first[m.end() : n.start()].isspace() for m, n in itertools.pairwise(found)]
    folded = [fold(t) for t in tokens]
    other = f" {' '.join(fold(t) for t in MATTER_TOKEN.findall(second))} "

    def trimmed(run: list[int]) -> list[int]:
        while run and (folded[run[0]] in STOPWORDS or folded[run[0]] in MATTER_UNITS):
            run = run[1:]
        while run and (folded[run[-1]] in STOPWORDS or folded[run[-1]] in MATTER_UNITS):
            run = run[:-1]
        return run

    def part_of_a_name(run: list[int]) -> bool:
        """Does the run cut a longer name at its first or last word ("North" of "North
        Kivu", against "North and South Kivu's": a row had been labelled "North"; "Repairs
        to the Sella" of "…the Sella Dam")?"""
        first_word, last_word = run[0], run[-1]
        return (
            (
                first_word > 0
                and spaced[first_word - 1]
                and tokens[first_word - 1][:1].isupper()
                and folded[first_word - 1] not in STOPWORDS  # ("The OECD expects…")
                and tokens[first_word][:1].isupper()
            )
            or (
                last_word + 1 < len(tokens)
                and spaced[last_word]
                and tokens[last_word][:1].isupper()
                and tokens[last_word + 1][:1].isupper()
            )
        )

    best: list[int] = []
    for start in range(len(tokens)):
        for end in range(start + 1, min(len(tokens), start + MATTER_WORDS) + 1):
            word = folded[end - 1]
            if word in MATTER_BREAKS or any(ch.isdigit() for ch in word):
                break
            if f" {' '.join(folded[start:end])} " not in other:
                break
            run = trimmed(list(range(start, end)))
            if (
                len(run) > len(best)
                and not folded[run[-1]].endswith(("ed", "ing"))
                and not TOLD_IN_PAST.fullmatch(folded[run[-1]])  # "began", "fell"
                # (a name of three capitals, "CCZ", names the thing: `seabed`'s row had
                # been labelled "Hawaii", which the zone lies beside)
                and any(len(folded[i]) >= 4 or ACRONYM.fullmatch(tokens[i]) for i in run)
                and not part_of_a_name(run)
            ):
                best = run
    return POSSESSIVE.sub("", " ".join(tokens[i] for i in best))


@dataclass(frozen=True)
class FigurePair:
    unit: str
    first: Figure
    second: Figure
    similarity: float

    def as_disagreement(self) -> Disagreement:
        label = f"{self.first.text} / {self.second.text}"
        return Disagreement(label, self.first.candidate, self.second.candidate, self.similarity)


@dataclass(frozen=True)
class Disagreement:
    """Two excerpts from different sources, side by side, and what they differ on."""

    label: str
    first: Candidate
    second: Candidate
    score: float


# A modal perfect tells what did not happen ("should have scrutinised", "could have
# prevented"), or only might have: no event to date.
UNREAL = lazy_compile(r"\b(?:should|could|would|might|must|ought to)(?: not|n't)? have\b", re.I)
# "Five years ago, no government had formally called for a pause": what no one had done
# is no event (the chronology had a row "2020 | Five years ago, no government…")
NOBODY_DID = lazy_compile(
    r"^\W*(?:[^,;]{0,40},\s*|(?:in|by|until|during|as of)\s+(?:\w+\s+)?(?:1[89]|20)\d{2}\s+)?"
    r"(?:no|none of|nobody|no one|neither)\b(?! (?:longer|sooner)\b)",
    re.I,
)
# A year named as a time to compare with or to come back to, no date of the sentence's
# own: "…a meaningful probability to a repeat of 2023", "prices last seen in 2008"
YEAR_RECALLED = lazy_compile(
    r"\b(?:(?:a |the )?(?:repeat|repetition|rerun|replay|echo|return|lessons?|memor(?:y|ies)|"
    r"spectre|specter|shadow|levels?|highs?|lows?) of|(?:last )?seen in|than in|as in|like|"
    # "The transaction is cheaper than the February 2024 deal, when…" (a cold read's row of
    # February 2024 for a deal of 2025): the date of what it is compared with
    r"than(?:\s+(?:a|an|its|their|his|her|our))?|"
    # "…would put the government back where it was in June 2024" (the same cold read)
    r"where (?:it|they|he|she|we|things|the [a-z]+) (?:was|were|stood) in|"
    # "…a harder sell than it was in 2023" (a cold read found it a chronology row of 2023)
    r"than (?:it|they|he|she|this|that|we|there) (?:was|were|did|had been|had) in)"
    r"\s+(?:the\s+)?$",
    re.I,
)
# "…was quoted at about $440 a tonne this week, down from a peak of about $670 a tonne in
# January 2024": the date of the value compared with, not of what the sentence tells (a
# cold read's chronology row dated a February 2025 price to January 2024)
BASELINE_DATED = lazy_compile(rf"\b{_COMPARED}\b[^.;:]{{0,60}}$", re.IGNORECASE)
# "Under the roadmap agreed in 2023, this was supposed to be…": the date of a thing a
# phrase of circumstance names, not of the sentence's event
DATED_THING_OPENING = lazy_compile(
    r"(?:^|[.;]\s+)\W*(?:under|with|after|despite|following|given|in line with|unlike)\s+"
    r"(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,3}?[a-z]{3,}(?:ed|en|t)"
    r"\s+(?:in|on)\s+$",
    re.I,
)


# (also an apposition with its own clause: "Juan Carlos Zuleta, an economist who briefly
# headed YLB in 2020, said…" is no event of 2020)
ASIDE = lazy_compile(r",\s+(?:(?:an?|the)\s+[^,;]{0,40}?\b)?(?:which|who|whose)\b[^,;]*,")
# "…borrowed from the PRSI pool, of which Gasgrid became a member in 2020.": a closing
# relative clause tells of something else, at a date of its own.
# So does a closing phrase of causes: "3M shares have risen about 40% since the settlement
# was announced, helped by the spin-off of its healthcare business … in 2024" (a cold
# read found the rise a chronology row of 2024)
CLOSING_ASIDE = lazy_compile(
    r",\s+(?:(?:of|in|by|for|to|from|with)\s+)?(?:which|whom|whose)\b[^;]*$"
    r"|,\s+(?:helped|driven|fuell?ed|boosted|aided|buoyed|propelled|spurred|hurt|weighed down)"
    r"\s+(?:(?:in part|partly|largely|mainly|chiefly)\s+)?by\b[^;]*$"
)
# "Between January and March 2025, …": a span, whose end is no event's date.
AS_BEFORE = lazy_compile(
    r",?\s+(?:just\s+)?as\s+(?:it|they|he|she|we|the\s+\w+)\s+(?:did|had|has|was|were)\b[^;]*$",
    re.IGNORECASE,
)
BETWEEN_MONTHS = lazy_compile(r"\bbetween\s+(?:early\s+|late\s+|mid-)?[A-Z][a-z]+\s+and\s+$", re.I)
# "…has grown rapidly since the price cap was introduced in December 2022": the date
# bounds a span however many words stand between it and "since".
SINCE_CLAUSE = lazy_compile(r"\bsince\b[^,;.]{0,60}$", re.IGNORECASE)
# "…the high-risk requirements due in August 2026": a deadline, not an event.
PLANNED = lazy_compile(
    r"\b(?:due|scheduled|slated|planned|expected)\s+(?:to take effect\s+)?"
    r"(?:for|in|on|by|from)?\s*$",
    re.IGNORECASE,
)

# "The minister said the mandate agreed in Nairobi in 2022 was about waste": the date is
# of what was said, the event (the saying) is undated ("said in 2022 that…" is dated).
SAID_BEFORE_DATE = lazy_compile(
    r"\b(?:said|says|say|told|argued|argues|argue|insisted|insist|claimed|noted|stated|warned|"
    # "Critics point out that the draft had been submitted … in 2020" had been a row of 2020
    # in a cold read: the critics spoke in 2025
    r"recalled|point(?:s|ed)? out|acknowledged|acknowledges|conceded|concedes|complain(?:s|ed)?|"
    r"contend(?:s|ed)?|"
    # "Officials spoke confidently of Kaduna following in 2025…" (in a 2025 op-ed, of talk
    # in late 2024) had been a row of 2025: the year of what was spoken of
    r"spoke|talked|predicted|boasted|promised)\b"
    r"(?!\s+(?:on|in|at|during|last|this|earlier)\b)[^.;]*$",
    re.IGNORECASE,
)
# "…closed with a decision to resume talks in 2025": when something is to be done
TO_BE_DONE = lazy_compile(
    r"\b(?:decision|decided|plans?|planned|agreed|agreement|pledged?|promised?|vowed|"
    r"intends?|intended|aims?|aimed|hopes?|hoped|expects?|expected|sets?|bid|deadline)"
    # ("…aim to present a package to G20 finance ministers later in 2025")
    r"\s+to [a-z]+(?: [\w'’-]+){0,7} (?:in|by|from|on)\s+$"
)

# "…an investigation that Beijing launched on 5 January 2024", "The definitive rates are
# lower than the provisional rates announced in June 2024": the date tells when a thing
# the sentence names came about (a relative clause, or a participle after the sentence's
# own verb), not when the sentence's event happened.
DATE_OF_A_NOUN = lazy_compile(
    r"(?:\b(?:that|which)\s+(?:(?!(?:is|are|was|were|has|have|had)\b)[\w'’-]+\s+){0,5}?"
    # (and a past without "-ed": "…effectively ending a default that began in 2022" had
    # put a bond exchange of December 2024 in 2022, a cold read's chronology row)
    r"(?:[a-z]{3,}(?:ed|ned|t)|began|took|came|broke|won|rose|fell|grew|drew|led|held|made|"
    r"gave|chose|struck|froze|wrote|ran|saw)|"
    r"\b(?:is|are|was|were|has|have|had|remains?|remained|will|would)\b[^.;:]*"
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[a-z]{3,}ed)"
    # ("…reverses the guilty plea that Boeing agreed to in July 2024": the plea's date,
    # not the deal's, had put a row on the deal of May 2025 at July 2024 in a cold read)
    r"(?:\s+(?:to|up|out|off|upon))?\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
# "its final report of 2024", "the budget of 2025": a thing of the year, which the year
# names (not a time of it: "the end of 2025", "the summer of 2024")
NOUN_OF_A_YEAR = lazy_compile(
    r"\b(?!(?:end|ends|start|beginning|middle|spring|summer|autumn|fall|winter|half|quarter|"
    r"rest|course|first|second|third|fourth|last|close|turn|early|late|month|months|week|"
    r"weeks|day|days|part|parts|years?|all|most|much|some|each|none)\b)[a-z]{3,} of (?:the )?$"
)
# "The federal drinking water standard adopted in April 2024 survives in part…": the date
# is of a thing the subject names (a participle after its noun), and the sentence tells
# where that thing stands now, in the verb after the date.
SUBJECT_DATED = lazy_compile(
    # (the thing named at more length, its participle set off by a comma: "The FAA's cap of
    # 38 MAX jets a month, imposed in January 2024, remains in force." had been a
    # chronology's row of January 2024 in a cold read)
    # (and after a setting: "In the United States, the federal drinking water standard
    # adopted in April 2024 survives in part…", a chronology row of April 2024 in a cold read)
    r"^(?:(?:in|for|across|outside|inside|within)\s+[^,.;]{1,40},\s+)?"
    r"(?:the|a|an|its|their)\s+(?:(?!(?:is|are|was|were|has|have|had|been|be)\b)"
    r"[\w'’-]+,?\s+){1,8}?[a-z]{3,}ed\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
STATE_AFTER_DATE = lazy_compile(
    r",?\s+(?:(?:still|now|largely|partly|also)\s+)?(?:is|are|remains?|survives?|stands?|"
    r"continues?|faces?|applies|has|have|will|would|could|may|might|must|can)\b"
)
# "The April 2025 security memorandum and rotational US deployments have held, but…" (a
# cold read found it an April 2025 row of a November assessment): a date that qualifies
# the subject's noun, the sentence telling where things stand now
COMPARED_BEFORE_YEAR = lazy_compile(
    r"\b(?:better|worse|more|less|higher|lower|faster|slower|stronger|weaker)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:in|during|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
THAN_AFTER = lazy_compile(r"\s+than\b")
ATTRIBUTIVE_OPENING = lazy_compile(r"^[\"“]?(?:the|its|their|this|that)\s+$", re.IGNORECASE)
STATE_AFTER_NOUNS = lazy_compile(
    r"(?:\s+(?!(?:was|were|had|did)\b)[\w'’-]+){1,8}?,?\s+(?:(?:still|now|largely|partly|"
    r"also)\s+)?(?:is|are|remains?|survives?|stands?|continues?|has|have)\b",
    re.IGNORECASE,
)
# "For CARICOM, the regional bloc that brokered the March 2024 deal …, Haiti is both a
# member and a burden": a date naming which deal, in a sentence telling a state of now
ATTRIBUTIVE_BEFORE = lazy_compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE)
NOUN_AFTER = lazy_compile(r"\s+(?!(?:and|or|to|as|when|after|before)\b)[a-z][a-z-]{2,}\b")
STATE_NOW = lazy_compile(r"\b(?:is|are|remains?)\b")
# "The corridor has survived sustained Russian strikes … and the failure of the March
# 2025 Riyadh talks…": the sentence tells where things stand now (a present or a present
# perfect before the date), the date only names which talks (a cold read found it a
# chronology row of March 2025)
STANDS_NOW_BEFORE = lazy_compile(
    r"^(?:(?!\b(?:was|were|had|did)\b)[^.;:])*?\b(?:has|have)\s+(?:not\s+)?(?:been|[a-z]+ed|"
    r"[a-z]+en|held|kept|won|lost|grown|fallen|risen)\b(?:(?!\b(?:was|were|had|did)\b)[^.;:])*$",
    re.IGNORECASE,
)
NAME_AFTER = lazy_compile(r"\s+(?!(?:and|or|to|as|when|after|before)\b)[A-Za-z][a-z-]{2,}\b")
# "…and in 2025 Spain still has seven very good ones.": the year's subject told as it
# still stands, no event of the year (an op-ed's closing line had been a chronology row)
STILL_AFTER_DATE = lazy_compile(
    r",?\s+(?:[\w'’-]+\s+){1,4}?(?:still|now)\s+(?:has|have|is|are|holds?|remains?|runs?|"
    r"counts?|keeps?|owns?|operates?)\b"
)
# "…fiscal year 2024, which ran from October 1, 2023 to September 30, 2024": a span, whose
# end is no event's date (read before the asides, whose commas a date's would cut)
_A_DATE = r"(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2},?)?\s+)?(?:1[89]|20)\d{2}"
DATE_SPAN = lazy_compile(rf"\bfrom\s+{_A_DATE}\s+(?:to|until|till|through|and)\s+{_A_DATE}\b")
DATE_AT = lazy_compile(
    r"(?:\d{1,2}\s+)?[A-Za-z]+\.?(?:\s+\d{1,2},?)?\s+(?:1[89]|20)\d{2}|(?:1[89]|20)\d{2}"
)


def _names_which_thing(text: str, start: int) -> bool:
    """Does the date at `start` stand between an article and a noun ("the January 2024
    door plug blowout")?"""
    return bool(
        ATTRIBUTIVE_BEFORE.search(text[max(0, start - 8) : start])
        and NOUN_AFTER.match(text, _date_end(text, start))
    )


def _date_end(text: str, start: int) -> int:
    """Where the date opening at `start` ends: "April 2024", "5 January 2024", "2019"."""
    found = DATE_AT.match(text, start)
    return found.end() if found else start


# "Staff projected growth of about 3 percent in 2025": the date is of what was forecast,
# no event of that date
FORECAST_BEFORE_DATE = lazy_compile(
    # and a target ("Airbus … is aiming for about 820 in 2025" had been a chronology's row),
    # and an expectation ("…but Boeing still expects to burn cash for much of 2025", too)
    r"\b(?:project(?:ed|s|ing)|forecast(?:s|ing)?|predict(?:ed|s|ing)|"
    r"expect(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?to\b|"
    r"aim(?:s|ing|ed)?\s+(?:for|at)|target(?:s|ing|ed)?|goal\s+of)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)


# A month named without its year anywhere in a sentence: "The Council meets … in July"
MONTH_WITHOUT_YEAR = lazy_compile(
    rf"\b(?:in|since|by|until|from|early|late|mid-)\s*(?P<m>{FULL_MONTH_NAMES})\b"
    r"(?!\s+\d)(?!,?\s+(?:1[89]|20)\d{2})"
)


def _month_of_another_sentence(text: str, start: int, iso: str) -> bool:
    """Does a sentence of the passage other than the one holding the date name a month
    without its year? A passage of two sentences then tells two times, and the year of one
    is no date of the other's month."""
    if len(iso) >= 7:
        return False
    ends = [m.end() for m in SENTENCE_BREAK.finditer(text)]
    if not ends:
        return False
    own = sum(1 for end in ends if end <= start)  # the date's sentence, numbered
    for found in MONTH_WITHOUT_YEAR.finditer(text):
        if sum(1 for end in ends if end <= found.start()) != own:
            return True
    return False


SENTENCE_BREAK = lazy_compile(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])")


def event_date(sentence: Sentence) -> str | None:
    """The date an event sentence is about: its one explicit date, or "in 1996". None when
    the date bounds a span ("since March 2024", "by 2030") or is a deadline ("due in
    August 2026"), the sentence names dates of
    different years, or it tells what did not happen ("should have … in 2021"): a
    chronology row must sit at the date of what it tells. A timeline's entry is at the
    date it is printed under ("19 March 2024 — The BOJ ends negative rates…")."""
    if sentence.told_date:
        return sentence.told_date
    text = sentence.quote
    if UNREAL.search(text):
        return None  # "…should have scrutinised more closely in 2021": what did not happen
    if NOBODY_DID.search(text):
        return None  # "In 2020 no government had called for a pause": nothing happened
    # "LNG transits, which averaged 1.5 a day in 2022, have dropped close to zero": a date
    # in a clause set off by commas describes a baseline, not the event the sentence tells
    text = CLOSING_ASIDE.sub(".", ASIDE.sub(",", DATE_SPAN.sub(" ", text)))
    # "…likely to pour money into suppliers, as it did after Huawei was added to the Entity
    # List in 2019": a comparison recalls another time, it dates nothing here
    text = AS_BEFORE.sub(".", text)
    found: list[tuple[int, str]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if COMPOUND_AFTER.match(text, match.end()):
                continue  # "a July 2024-style failure": the date describes, it dates nothing
            groups = match.groupdict()
            iso = _iso(groups["year"], groups.get("month"), groups.get("day"))
            if iso:
                found.append((match.start(), iso))
    for match in YEAR_IN.finditer(text):
        found.append((match.start("year"), match["year"]))  # "since 2021" bounds a span
    if not found or len({iso[:4] for _, iso in found}) > 1:
        return None
    # "…had found in May 2024 that Boeing breached the agreement, after the January 2024
    # door plug blowout…": a date naming which thing is meant ("the January 2024 blowout")
    # is not when the sentence's event happened, where another date is (the row had been
    # dated "2024", two months named)
    told = [f for f in found if not _names_which_thing(text, f[0])]
    if told and len(told) < len(found):
        found = told
    start, iso = min(found)
    if SPAN_BOUND.search(text[max(0, start - 12) : start]) or SINCE_CLAUSE.search(text[:start]):
        return None
    if YEAR_RECALLED.search(text[max(0, start - 40) : start]):
        return None  # "…a repeat of 2023": a year recalled, not the date of what is told
    if BASELINE_DATED.search(text[max(0, start - 70) : start]):
        return None  # "…, down from a peak … in January 2024": the baseline's date
    if COMPARED_BEFORE_YEAR.search(text[max(0, start - 40) : start]) and THAN_AFTER.match(
        text, _date_end(text, start)
    ):
        return None  # "It has worked better in 2025 than many expected": a judgement of
        # the year, no event of it (a cold read found it a chronology row)
    if DATED_THING_OPENING.search(text[max(0, start - 80) : start]):
        return None  # "Under the roadmap agreed in 2023, this was…": the roadmap's date
    if _month_of_another_sentence(text, start, iso):
        return None  # "The Council meets in July. Under the roadmap of 2023, …": which year?
    if BETWEEN_MONTHS.search(text[max(0, start - 40) : start]):
        return None  # "Between January and March 2025": a span, not a month
    if PLANNED.search(text[max(0, start - 40) : start]) or TO_BE_DONE.search(
        text[max(0, start - 60) : start]
    ):
        return None  # "due in August 2026", "a decision to resume talks in 2025": to happen
    if DATE_OF_A_NOUN.search(text[max(0, start - 120) : start]) or (
        len(iso) == len("2024") and NOUN_OF_A_YEAR.search(text[max(0, start - 40) : start])
    ):
        return None  # "…an investigation that Beijing launched on 5 January 2024"; "…has
        # submitted its final report of 2024" (a cold read: a report's year, no event's)
    if SUBJECT_DATED.match(text[:start]) and STATE_AFTER_DATE.match(text, _date_end(text, start)):
        return None  # "The … standard adopted in April 2024 survives in part…": of now
    end = _date_end(text, start)
    if STILL_AFTER_DATE.match(text, end):
        return None  # "in 2025 Spain still has seven very good ones": where it stands
    if ATTRIBUTIVE_OPENING.match(text[:start]) and STATE_AFTER_NOUNS.match(text, end):
        return None  # "The April 2025 memorandum … have held": where things stand now
    if _names_which_thing(text, start) and STATE_NOW.search(text, end):
        return None  # "…the bloc that brokered the March 2024 deal…, Haiti is…": of now
    if (
        ATTRIBUTIVE_BEFORE.search(text[max(0, start - 8) : start])
        and NAME_AFTER.match(text, end)
        and STANDS_NOW_BEFORE.match(text[:start])
    ):
        return None  # "…has survived … the failure of the March 2025 Riyadh talks": of now
    if _names_which_thing(text, start) and MONTH_TOLD_LATER.search(text, end):
        return None  # "…resumed when the January 2025 truce collapsed in March": the
        # truce's date, the event's month told without its year (a cold read's row of
        # January 2025)
    if FORECAST_BEFORE_DATE.search(text[max(0, start - 80) : start]):
        return None  # "Staff projected growth of about 3 percent in 2025": a forecast
    if SAID_BEFORE_DATE.search(text[:start]):
        return None  # "said the mandate agreed in 2022 was…": the saying is undated
    for match in YEARLESS_DAY.finditer(text):
        month = MONTH_NAMES.index(match["m1"] or match["m2"]) + 1
        if len(iso) < 7 or int(iso[5:7]) != month:
            return None  # "On 21 March, …, held since April 2023": which date is the event's?
    for match in YEARLESS_MONTH.finditer(text):
        month = MONTH_NAMES.index(match["m"]) + 1
        if len(iso) < 7 or int(iso[5:7]) != month:
            return None  # "…in 2023. In January it raised…": which year is January's?
    if len(iso) == 4 and LATER_YEARLESS_MONTH.search(text, start):
        return None  # "…in 2023 backfired, pushing … and, in January, out of…": which year?
    if len({day[:7] for _, day in found if len(day) >= 7}) > 1:
        # "In June 2024 MOFCOM launched an investigation into pork… In August 2024 it
        # opened one into dairy": two months' events, a row of their year (a cold read
        # found the August one filed under June)
        return iso[:4]
    return iso


# A month told without its year after a clause's verb: "…collapsed in March", "…by late June"
MONTH_TOLD_LATER = lazy_compile(
    rf"\b(?:in|by|until|since|from)\s+(?:early\s+|late\s+|mid-)?(?:{FULL_MONTH_NAMES})\b"
    r"(?!,?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2})(?!\s+\d)"
)


# "Three years ago today, Myanmar's generals arrested…": a date counted back from the day
# the source was written.
AGO = lazy_compile(
    r"\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"\s+(?P<unit>years?|months?)\s+ago(?P<today>\s+(?:today|tomorrow|yesterday))?\b",
    re.IGNORECASE,
)
# A count of this many months or more is a round one ("Twelve months ago, cranes stood
# still…" in a piece of 30 September recalls a strike of 1 October): it dates the year, not
# the month (the chronology had put that strike in September 2024).
ROUND_MONTHS = 12
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def counted_back(text: str, published: str | None) -> str | None:
    """The date "N years/months ago" names, from the source's own date: to the day with
    "today", else to the month (months) or the year (years); None without a source date."""
    found = AGO.search(text)
    return None if found is None else _counted_back(found, published)


def _counted_back(found: re.Match[str], published: str | None) -> str | None:
    if not published or not published[:4].isdigit():
        return None
    count = int(found["count"]) if found["count"].isdigit() else COUNT_WORDS[found["count"].lower()]
    year, month = int(published[:4]), int(published[5:7]) if len(published) >= 7 else 0
    if found["unit"].lower().startswith("year"):
        year -= count
    elif month:
        year, month = divmod(year * 12 + month - 1 - count, 12)
        month += 1
    else:
        return None  # "two months ago" in a source dated only by its year
    if found["today"] and len(published) >= 10:
        # "A year ago tomorrow, a faulty content update…" on 18 July 2025: 19 July 2024
        shift = {"today": 0, "tomorrow": 1, "yesterday": -1}[found["today"].split()[0].lower()]
        try:
            day = dt.date(year, month, int(published[8:10])) + dt.timedelta(days=shift)
        except ValueError:  # 29 February counted back to a year without one
            return f"{year:04d}-{month:02d}"
        return day.isoformat()
    if month and (
        found["today"] or (found["unit"].lower().startswith("month") and count < ROUND_MONTHS)
    ):
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"  # "Twelve months ago, cranes stood still…": a round count, a year


# "The European Commission on Wednesday formally launched…": news tells the day of its
# event by the weekday, within the week before the report.
WEEKDAY = lazy_compile(
    # not a feast or a day history named ("prices usually drop after Easter Sunday",
    # "Black Monday"): no day of the report's week
    # (the first letter of any match looked at first: a dozen lookbehinds at every
    # position of every passage had made this one of the analysis's slowest patterns)
    r"(?=[oLlMTWFS])"
    r"(?<!Easter )(?<!Palm )(?<!Good )(?<!Black )(?<!Bloody )(?<!Super )(?<!Cyber )(?<!Ash )"
    r"(?<!Holy )(?<!Maundy )(?<!Shrove )(?<!Whit )"
    rf"\b(?:on\s+)?(?P<last>(?i:last)\s+)?(?P<day>{WEEKDAY_NAMES})\b"
    r"(?![,\s]+(?:\d|[A-Z][a-z]+ \d))"  # not "Monday, March 3": a date of its own
)
NOT_DONE_YET = lazy_compile(
    rf"\b(?:will|would|shall|is due|are due|expected to|{PLANS_TO}|scheduled|every|each)\b",
    re.IGNORECASE,
)


# A weekday the act right after it was done on: "Russia on Monday pulled out of the Black
# Sea Grain Initiative, …, saying the deal would not be renewed…" is Monday's news, whatever
# the sentence goes on to report of the future (a cold read found the withdrawal, the
# story's turning point, missing from the chronology)
DONE_ON_THE_DAY = lazy_compile(
    # (and a report of it: "…Houthi movement said on Sunday it had seized a cargo ship…, and
    # warned that more vessels … would be targeted", a wire's lede of the campaign's start,
    # had no date and no chronology row, a cold read said)
    rf"\bon (?:{WEEKDAY_NAMES})\s+(?:(?:that\s+)?(?:it|they|he|she|we)\s+(?:had\s+)?)?"
    r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|quit|left|lost|won|took|"
    r"began|made|cut|set|held|met|struck|hit|sent|sold|paid|shut|broke|gave|rose|fell|"
    r"signed|agreed)\b"
)
BY_WEEKDAY = lazy_compile(
    r"\b(?:by|before|until|till)\s+(?:next\s+|last\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


# "on a warm Monday", "one Friday in March": a day the words do not pin to the report's
# week (a cold read found a feature's scene of 28 April dated to the Monday before its
# own date, May 12)
SOME_WEEKDAY = lazy_compile(
    r"\b(?:[Aa]|[Aa]n|[Oo]ne|[Tt]hat|[Ss]ome|[Aa]ny)\s+(?:[a-z-]+\s+){0,2}"
    rf"(?:{WEEKDAY_NAMES})\b"
)


def weekday_date(text: str, published: str | None) -> str | None:
    """The day a weekday names ("on Wednesday", "last Friday"), counted back from the
    source's full date: the latest such day on or before it ("last": before it). None
    for a sentence that names a year (its dates are its own), several weekdays, or
    what is still to happen ("will meet on Thursday")."""
    if not published or len(published) < 10 or YEAR_WORD.search(text):
        return None
    if BY_WEEKDAY.search(text):
        return None  # "…priced a 90% chance of a move by Thursday": a deadline, no event
    if SOME_WEEKDAY.search(text):
        return None  # "At 12:33 on a warm Monday, …": a long read's scene, no day counted back
    found = WEEKDAY.findall(text)
    if len({day for _, day in found}) != 1:
        return None
    if NOT_DONE_YET.search(text) and not DONE_ON_THE_DAY.search(text):
        return None
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    last, name = found[0]
    return weekday_on_or_before(day, name, before=bool(last)).isoformat()


# A day named with its month ("28 April", "April 28", "28 April 2025"), as an article
# narrating an earlier event names it
NAMED_DAY = lazy_compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{FULL_MONTH_NAMES})|(?P<m2>{FULL_MONTH_NAMES})\s+"
    r"(?P<d2>\d{1,2}))\b(?:,?\s+(?P<y>(?:19|20)\d{2}))?"
)
NARRATED_REACH = 2000  # characters of the article before a passage searched for such a day
WEEK = 7
# A day without its year this few days after the source's is one ahead of it (a deadline),
# not last year's: "The extension … had been due to expire on January 15" in a wire of
# January 9, 2025 had dated a later passage's story "January 2024" (a cold read)
DAYS_AHEAD = 62
# A day named as a deadline or a limit, not as the day something happened
BY_THE_DAY = lazy_compile(
    r"\b(?:before|by|until|till|ahead of|(?:expire[sd]?|due|deadline) on|deadline of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def narrated_earlier(document_text: str, quote: str, published: str | None) -> bool:
    """Does the article, before the passage, name a day more than a week before its own
    date? Then a weekday in the passage ("By 7 a.m. on Tuesday, Red Eléctrica reported…"
    in a piece of 18 May retelling the blackout of 28 April) is of that story's week, not
    the writer's: a cold read found it labelled May 13."""
    return narrated_day(document_text, quote, published) is not None


def narrated_day(document_text: str, quote: str, published: str | None) -> str | None:
    """The last day more than a week before its source's date that the article names
    before the passage (ISO), the day of the story it retells; else None, and None where
    it names a day of its own week there too, or in its opening lines."""
    if not published or len(published) < 10:
        return None
    at = document_text.find(quote[:60])
    if at < 0:
        return None
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    # an article whose opening tells its own week's news ("ILA members voted on February
    # 25", in a statement of February 26) is that week's report: its "Reaction was swift.
    # The Port Authority … said it would move ahead…" had been labelled "January 2025" by
    # a day a later paragraph named in passing
    opening = min(at, NEWS_OPENING)
    if any(_of_its_week(told, day) for told in _days_named(document_text, 0, opening, day)):
        return None
    found = None
    # (a day a period runs from tells no story: "Since the first ship left Odesa on 1
    # August 2022, nearly 33 million tonnes … were shipped" before "The final figure …
    # was 32.9 million tonnes…", of July 2023, had dated the tally "August 2022", a cold read)
    for told in _days_named(document_text, max(0, at - NARRATED_REACH), at, day, starts=False):
        if (day - told).days > WEEK:
            found = told.isoformat()
        elif _of_its_week(told, day):
            # the article tells its own week's news here too: an older day it names after
            # that is a mention ("…as agreed in principle on October 3, 2024"), no story
            # retold ("David Adam … said the contract 'gives our ports…'" had read "October
            # 2024")
            return None
    return found


NEWS_OPENING = 1500  # characters of an article's opening that tell what news it reports


def _of_its_week(told: dt.date, day: dt.date) -> bool:
    """A day of the week before the source's own (its own date, printed atop it, aside)."""
    return told < day and (day - told).days <= WEEK


def _days_named(
    text: str, start: int, end: int, day: dt.date, starts: bool = True
) -> list[dt.date]:
    """The days `text[start:end]` names as days something happened, a yearless one in
    the year that puts it on or before `day` (deadlines and days just ahead aside; with
    `starts` False, the days periods run from too, `_since_the_day`)."""
    found = []
    for match in NAMED_DAY.finditer(text, start, end):
        if BY_THE_DAY.search(text, max(0, match.start() - 30), match.start()):
            continue  # "…toward a deal before September 30": a deadline, no day of a story
        if not starts and _since_the_day(text, match.start()):
            continue
        month = MONTH_NAMES.index(match["m1"] or match["m2"]) + 1
        year = int(match["y"]) if match["y"] else day.year
        try:
            told = dt.date(year, month, int(match["d1"] or match["d2"]))
        except ValueError:
            continue
        if not match["y"] and told > day:
            if (told - day).days <= DAYS_AHEAD:
                continue  # "…had been due to expire on January 15", told on January 9
            told = told.replace(year=year - 1)
        found.append(told)
    return found


# "Since the first ship left Odesa on 1 August 2022, …": the sentence's "since" before the
# day, the day a period runs from to the writer's day
SINCE_WORD = lazy_compile(r"\b[Ss]ince\b")
SINCE_REACH = 120  # characters before the day looked at, back to its sentence's start


def _since_the_day(text: str, at: int) -> bool:
    """Does the sentence holding the day named at `at` say "since" before it?"""
    before = text[max(0, at - SINCE_REACH) : at]
    for boundary in (". ", ".\n", "\n"):
        cut = before.rfind(boundary)
        if cut >= 0:
            before = before[cut + len(boundary) :]
    return SINCE_WORD.search(before) is not None


# "…would have seemed absurd to traders two years ago": a count back in a clause of what
# might have been dates nothing that happened
COUNTERFACTUAL = lazy_compile(r"\b(?:would|could|might|should) have\b", re.IGNORECASE)
COMPARED_WITH = lazy_compile(rf"\b{_COMPARED}\b", re.IGNORECASE)


# "…not on a date chosen six years ago": the count back dates a thing the sentence names
# (a noun and its participle), not what the sentence tells
THING_DATED_BY_AGO = lazy_compile(
    r"\b(?:a|an|the|its|their)\s+[a-z]+\s+(?:[a-z]+ed|chosen|set|made|taken|given|written|"
    r"drawn|signed|agreed)\s+$",
    re.IGNORECASE,
)
# "A year ago the Baltic looked like a sea in which cables were being cut…": how things
# looked then, a scene set for today, no event (a cold read's chronology row)
LOOKED_THEN = lazy_compile(r"\b(?:looked|seemed|appeared|felt)\b", re.IGNORECASE)


def _recalled(quote: str, ago: re.Match[str]) -> bool:
    """Does the count back only date a value the sentence compares with ("about 90
    percent, up from an estimated 60 percent two years ago"), a hypothetical ("…would
    have seemed absurd two years ago"), a thing it names ("…a date chosen six years ago")
    or how things looked ("A year ago the Baltic looked like…")? Then the sentence's own
    news is not of then."""
    before = quote[: ago.start()]
    return bool(
        COMPARED_WITH.search(before)
        or COUNTERFACTUAL.search(before)
        or THING_DATED_BY_AGO.search(before)
        or LOOKED_THEN.search(quote)
    )


# A month without its year opening a clause: "in May, Washington determined…"
MONTH_OPENS_CLAUSE = lazy_compile(
    r"\b(?:[Ii]n|[Oo]n)\s+(?:(?:early|mid|late)[- ]?)?(?:\d{1,2}\s+)?"
    rf"(?:{FULL_MONTH_NAMES})(?:\s+\d{{1,2}})?,\s+\w"
)


def event_date_told(sentence: Sentence, published: str | None) -> str | None:
    """`event_date`, unless the date is later than the source that tells it: "Two sessions
    remain: … Busan in late November 2024" in a 2023 article is a plan, not an event of
    November 2024. A sentence that counts back from its source's day ("three years ago")
    is dated so; any date it names is of something else ("…tore up the result of the
    November 2020 election")."""
    if NOBODY_DID.search(sentence.quote):
        return None  # "Five years ago, no government had…": nothing happened then
    ago = AGO.search(sentence.quote)
    if ago is not None and _recalled(sentence.quote, ago):
        ago = None  # dated as if it counted back nothing
    weekday = WEEKDAY.search(sentence.quote)
    if ago is not None and (weekday is None or ago.start() < weekday.start()):
        return _counted_back(ago, published)
    if ago is not None:
        # "The administration on Tuesday tightened the controls it first imposed … a year
        # ago": the weekday dates the news, the count back only what it recalls; where the
        # weekday gives no date ("…said on Friday it would restart the reactor, which shut
        # five years ago"), the sentence is undated, not put at the shutdown's year
        return weekday_date(sentence.quote[: ago.start()], published)
    date = event_date(sentence)
    if date and len(date) == 4:
        month = MONTH_OPENS_CLAUSE.search(sentence.quote)
        if month is not None and month.start() < sentence.quote.find(date):
            # "…in May, Washington determined that the … government had used chemical
            # weapons in 2024": the act's month is told without its year, the year dates
            # what it found (a cold read found the finding a chronology row of 2024)
            return None
    if date and len(date) == 4 and published and date < published[:4]:
        weekday = WEEKDAY.search(sentence.quote)
        year_at = sentence.quote.find(date)
        if weekday is not None and weekday.start() < year_at:
            # "Russia said on Tuesday that a … agreement … would only take effect once …
            # sanctions … were lifted, reviving the demands it made when it quit the U.N.
            # grain deal in 2023.": the weekday dates the news, the earlier year only what
            # it recalls (a chronology's row had been "2023", a cold read said)
            return weekday_date(sentence.quote[:year_at], published)
    if date is None:
        date = weekday_date(sentence.quote, published)
    if date and published:
        precision = min(len(date), len(published))
        if date[:precision] > published[:precision]:
            return None
    return date


# A verb in the past tense: a regular one, or a common irregular one.
TOLD_IN_PAST = lazy_compile(
    r"\b(?:[a-z]{2,}ed|was|were|had|did|said|told|took|made|won|lost|fell|rose|came|went|"
    r"began|became|left|met|gave|sent|held|led|paid|sold|bought|struck|hit|cut|set|put|shut|"
    r"spent|built|brought|fought|saw|ran|drew|grew|threw|wrote|broke|chose|spoke|shook|got|"
    r"kept|felt|knew|flew|withdrew|oversaw|overthrew|sought|found|stood|fled|shed|spread|"
    r"split|sank|swung|hung|dug|begun|shown|gone|taken|given|done|seen|known)\b",
    re.IGNORECASE,
)


# Words of a view held now: the present of a state, a stance or a plan, a modal, "now"
VIEW_OF_ITS_DAY = lazy_compile(
    r"\b(?:is|are|has|have|remains?|continues?|stands?|holds?|says|argues|wants|expects|"
    r"plans|warns|believes|insists|seeks|needs|thinks|hopes|fears|urges|rejects|opposes|"
    r"supports|sees|will|can|may|might|must|should|now|still)\b",
    re.IGNORECASE,
)


def told_only_in_the_past(text: str) -> bool:
    """Does the passage tell only what happened (a past tense, no word of a view held on
    its source's day)? The shorter pattern is asked first: most passages hold such a word."""
    return not VIEW_OF_ITS_DAY.search(text) and bool(TOLD_IN_PAST.search(text))


# A passage that opens on someone's words reported: "Meyers said…", "The minister told
# lawmakers that…" (not "…said on 29 October", which names its own day)
SPOKEN_THEN = lazy_compile(
    r"^[\"“]?[A-Z][^,;:.]{0,60}?\b(?:said|told|testified|argued|insisted|warned|added|"
    r"explained|acknowledged|conceded)\b(?!\s+(?:on|in)\s)"
)


def retold_day(sentence: Sentence, document: Document) -> str | None:
    """The day (ISO) of the story a passage retells, where its article named that day
    before it (`narrated_day`) and the passage tells only what happened: "Mazón himself,
    who had been at a lunch …, arrived at around 20:28." in a piece of March 2025 that
    named 29 October before it. None for someone's words reported, which are of the
    source's day, and for a passage naming its own years."""
    published = document.date_of(sentence)
    if not published or len(published) < len("2025-11-12"):
        return None  # (`narrated_day` counts days from the source's own: the cheap test first)
    text = sentence.text
    if SPOKEN_THEN.match(text):
        # "Meyers said kernel access gave security tools the visibility…", in a report of
        # the hearing that retold the crash of July 19 before it: said at the hearing, on
        # its source's day ("CrowdStrike (July 2024)" had headed it, a cold read)
        return None
    if NAMED_YEAR.search(text) or not told_only_in_the_past(text):
        # (a passage naming its own years dates itself: "The ratification closes a dispute
        # that began … in June 2024, led to a … strike from October 1 to 3, 2024, and…",
        # of February 2025, had been labelled by a day its statement named before it)
        return None
    return narrated_day(document.text, sentence.quote, published)


# A participle before "by" tells who, not what happened: "Telecoms operators, led by
# Safaricom, face continuing exposure…, as shown by…" is told in the present.
BY_PHRASE = lazy_compile(
    r"\b(?:[a-z]+ed|led|shown|known|seen|made|held|set|run|built|paid|sold|taken|given|done)"
    r"\s+by\b",
    re.IGNORECASE,
)


# Where a level stood is no event: "Public debt stood at around Sh11 trillion at the end of
# 2024" had been a chronology's row (a cold read: a debt total is not an event).
LEVEL_PHRASE = lazy_compile(
    r"\b(?:stood|was|were|hovered|remained)\s+(?:at|around|about|close to|near|above|below)\b|"
    # "In the first six months of 2024, the volume of foreign trade … amounted to about $46
    # million." (the example's chronology row): a sum over a period, no event of its date
    r"\b(?:amounted to|totall?ed|averaged)\b",
    re.IGNORECASE,
)


# A later sentence of the passage that turns to the writer's day
NOW_AFTER_EVENT = lazy_compile(
    r"[.!?][\"”’]?\s+[\"“]?(?:Now|Today|These days|Nowadays|Since then|Two years (?:on|later)|"
    r"A year (?:on|later))\b"
)


# A passage whose first sentence ends on a thing named before it ("The MoU signed on
# Friday formalises that arrangement.", a cold read's chronology row): a row is read
# alone, and this one tells of an arrangement its reader never sees. (Kept to the
# chronology: a stance answering another, "Delta rejected that suggestion.", is a
# position worth its row.) A short sentence only: a long one names the thing itself ("After
# the FDA approved Wegovy … to reduce the risk of heart attack…, CMS told plans they could
# cover it for that indication.")
ENDS_ON_A_THING_BEFORE = lazy_compile(
    r"^(?:[^\s.!?]+\s+){0,12}?(?:that|this|these|those)\s+"
    r"(?!(?:year|week|month|day|morning|evening|afternoon|night|time|spring|summer|autumn|"
    r"fall|winter|weekend|decade|century|date)s?\b)"
    r"[a-z]+[.!?][\"”’]?(?:\s|$)"
)


# Someone's words opening the passage ('"China has never participated in the management
# and operation of the canal…," foreign ministry spokesman Lin Jian said…'): a stance,
# which the positions table holds, and no event (a cold read's chronology row)
OPENS_ON_WORDS_QUOTED = lazy_compile(r"^\W{0,2}[\"“][^\"”]{20,}?[,.!?…][\"”]")


# A memory someone tells ("Dana Whitcomb remembers the first time she tried to fill a
# prescription for Wegovy, in the summer of 2023."): a feature's opening, no event of its
# date (it had been a chronology row of 2023)
MEMORY_TOLD = lazy_compile(
    r"\b(?:remembers?|recalls?|remembered|recalled) (?:vividly )?(?:the (?:first|last) time|"
    r"the (?:day|morning|night|moment|evening|afternoon|week)\b)"
)


# A likelihood judged now: "President Trump's public opposition to port automation makes
# federal intervention against the ILA unlikely during his term, and the October 2024
# refusal … has set a precedent…" (a December 2025 view, a cold read's "October 2024" row)
JUDGED_LIKELY = lazy_compile(
    r"\b(?:makes?|is|are|remains?|looks?|seems?|appears?)\s+(?:[\w'’-]+\s+){0,6}?(?:un)?likely\b"
    # "A return to pre-crisis traffic levels is therefore not expected in the first half of
    # 2025." (a cold read's chronology row): what was expected, nothing that happened
    r"|\b(?:is|are|was|were)\s+(?:therefore\s+|also\s+|still\s+|now\s+)?(?:not\s+)?"
    r"(?:expected|forecast|projected)\s+(?!to have\b)",
    re.IGNORECASE,
)
# What an event showed: "The sinking of the Rubymar …, and the attack in August 2024 on
# the … tanker Sounion, … illustrated the risk of a major environmental disaster" (a cold
# read's chronology row of August 2024: a judgement, no event), "The fall of Bukavu exposed
# the limits of Burundi's military commitment."
LESSON_SHOWN = lazy_compile(
    r"\b(?:illustrated|showed|shown|demonstrated|underlined|underscored|highlighted|exposed|"
    r"revealed|proved|laid bare)\s+(?:the|how)\s+(?:[\w-]+\s+)?(?:risks?|dangers?|limits|"
    r"vulnerabilit(?:y|ies)|fragility|costs?|need|importance|weakness(?:es)?|extent|perils?)\b"
)
# "The juxtaposition captures the state of the conflict at the end of 2025: …": a writer's
# reading of the time, no event of it (a cold read's chronology row)
READS_THE_TIME = lazy_compile(
    r"^(?:[\w'’,-]+\s+){1,5}?(?:captures|reflects|illustrates|underlines|underscores|"
    r"highlights|epitomi[sz]es|encapsulates|sums up|typifies|exemplifies)\b"
)


# "Canada ordered TikTok's Canadian business wound up in November 2024…; common standards
# on data localisation … would limit Beijing's room…": a view glued to the event after a
# semicolon (a cold read of `tiktok` found a think tank's recommendation as a row)
VIEW_AFTER_SEMICOLON = lazy_compile(r";\s[^;]*?\b(?:would|could|should|might|must)\b")


# A participle after a word of degree is an adjective, no act: "Importers in East Africa
# … remain the most exposed, because … budgets … are the binding constraint in 2025." had
# been a chronology's row (a cold read: an assessment, not an event)
DEGREE_PARTICIPLE = lazy_compile(
    r"\b(?:most|more|less|least|very|too|highly|better|well|worst|best)\s+[a-z]{2,}ed\b",
    re.IGNORECASE,
)


# A count or a state told up to a date: "As of mid-July 2025, …", "As at 30 June, …"
TALLY_TO_DATE = lazy_compile(r"^[\"“]?As (?:of|at) [^,]{3,40},")


# A past verb denied ("Goma did not fall in 2024. That was not an accident.", a chronology
# row of a cold read of `drc`): nothing done ("…failed to pass", "…expired" still tell)
DENIED_PAST = lazy_compile(
    r"\b(?:(?:did|was|were|had)\s+(?:not|never)|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|"
    r"never)\s+[a-z]+\b",
    re.IGNORECASE,
)


def tells_an_event(text: str) -> bool:
    """Does the passage tell something done, in the past (a participle before "by", one
    after a word of degree, a past denied, and where a level stood aside)?"""
    told = DEGREE_PARTICIPLE.sub(" ", LEVEL_PHRASE.sub(" ", BY_PHRASE.sub(" ", text)))
    return TOLD_IN_PAST.search(DENIED_PAST.sub(" ", told)) is not None


def dated_events(proposals: Proposals, limit: int) -> list[Event]:
    """The best-scoring dated passages of the period the sources cover (from a few years
    before the oldest source on, and not before the period the brief names: "April 2023 |
    When Kazuo Ueda took over…" had opened the chronology of a brief on 2024-2025), at
    most one per date, in date order."""
    events: dict[str, Event] = {}
    since = proposals.years[0] - PERIOD_LEAD_YEARS if proposals.years else 0
    if proposals.asked_since is not None:
        since = max(since, proposals.asked_since)
    for candidate in sorted(
        proposals.best_by_sentence().values(),
        key=lambda c: (-event_weight(c, proposals), c.sentence.id),
    ):
        known = proposals.dates.get(candidate.sentence.id)
        if known is not None and known[0] == candidate.sentence.quote:
            date = known[1]  # found per source, kept in the corpus index
        else:
            date = event_date(candidate.sentence)
        if date and int(date[:4]) < since:
            continue  # history before the period the memo is about
        if (
            date
            and not candidate.sentence.told_date
            and not tells_an_event(candidate.sentence.text)
        ):
            # "We do not expect JNIM to attempt to seize Bamako in 2025.", "Customers queue
            # outside a currency exchange house…": a view or a scene, no event told (a
            # timeline's entry, "19 March 2024 — The BOJ ends…", tells one in the present)
            continue
        if date and proposals.years and int(date[:4]) > proposals.years[1]:
            continue  # later than the newest source: a plan or a forecast, not an event yet
        if date and TALLY_TO_DATE.match(candidate.sentence.text):
            continue  # "As of mid-July 2025, USDA has confirmed H5N1 in 1,074 herds…": a
            # tally up to that date, no event of it (a cold read of `h5n1`'s chronology)
        if date and EMPTY_FRAME.search(candidate.sentence.text):
            continue  # "When … stood side by side …, the choreography was familiar.": a
            # feature's frame, what came of the day left to the next sentence
        if date and in_first_person(candidate.sentence.text):
            continue  # "One may despise the group and its slogans - I do - and still
            # observe…": a writer's argument, no event (a cold read's chronology row)
        if date and (
            JUDGED_LIKELY.search(candidate.sentence.text)
            or READS_THE_TIME.match(candidate.sentence.text)
            or LESSON_SHOWN.search(candidate.sentence.text)
        ):
            continue  # a view of the writer's day naming a past date, no event
        if date and VIEW_AFTER_SEMICOLON.search(candidate.sentence.text):
            continue  # "…wound up in November 2024…; common standards … would limit…"
        if date and OPENS_ON_WORDS_QUOTED.match(candidate.sentence.text):
            continue  # '"China has never participated…," … Lin Jian said': a stance
        if date and SHARES_MOVED.match(candidate.sentence.text):
            continue  # "Shares of Boeing were little changed in Friday trading.": the
            # market's move of the day, no event (a cold read's chronology row)
        if date and MEMORY_TOLD.search(candidate.sentence.text):
            continue  # "… remembers the first time she tried…": a story's opening
        if date and ENDS_ON_A_THING_BEFORE.search(candidate.sentence.text):
            continue  # "…formalises that arrangement.": an event of something untold
        if date and NOW_AFTER_EVENT.search(candidate.sentence.text):
            continue  # "…struck a deal on 8 December 2023. Now, as the deadlines approach,
            # the fight…": a second sentence of today, glued to the event (a cold read)
        if (
            date
            and date not in events
            and not candidate.sentence.is_trimmed
            and not any(_same_event(date, candidate, e, proposals) for e in events.values())
        ):
            events[date] = Event(date, candidate)
        if len(events) >= limit * 3:
            break
    ranked = sorted(events.values(), key=lambda e: (-event_weight(e.candidate, proposals), e.date))
    ranked = spread_over_sources(ranked, limit)
    # Half the rows, at most, go to the best events of the newest source's last year: a
    # memo's chronology must reach the present (the best-scoring events alone had
    # stopped a chronology a year before its newest source), the rest to the best events.
    recent: list[Event] = []
    if proposals.years:
        newest = proposals.years[1]
        recent = [e for e in ranked if int(e.date[:4]) >= newest - RECENT_YEARS + 1]
        recent = recent[: (limit + 1) // 2]
    chosen = recent + [e for e in ranked if e not in recent][: limit - len(recent)]
    return sorted(chosen, key=lambda e: (in_date_order(e.date), e.candidate.sentence.id))


def event_weight(candidate: Candidate, proposals: Proposals) -> float:
    """How strongly a dated passage bids for a chronology row: its score, LEDE_EVENT times
    over where it opens its article and tells an event to the day ("Russia on Monday pulled
    out of the Black Sea Grain Initiative…", a wire's first sentence: the day's news). By
    score alone, dated judgements ("The … Initiative, signed in Istanbul on 22 July 2022,
    was a diplomatic achievement…") had taken the rows and a cold read found the story's
    turning point missing."""
    sentence = candidate.sentence
    known = proposals.dates.get(sentence.id)
    lede = (
        known is not None
        and known[0] == sentence.quote
        and known[1] is not None
        and len(known[1]) == len("2023-07-17")
        and sentence.paragraph <= LEDE_PARAGRAPHS
        and sentence.index == 1
        # (a timeline's entry, "15 March 2024 — Rengo's first tally…", is no lede even
        # as its article's second paragraph: a cold read of `boj` found that entry's row
        # had taken the month of the bank's exit from negative rates)
        and not sentence.told_date
    )
    return candidate.score * (LEDE_EVENT if lede else 1.0)


def spread_over_sources(ranked: list[Event], limit: int) -> list[Event]:
    """The events in rank order, but past a third of `limit` from one source (or a second
    of one month), its further events after every other source's: a long read's timeline
    of crisp dated entries had filled a chronology (four of four rows in `boj`, five of
    five in `pfas`), the other sources' reporting of the period left out. A source's
    overflow still fills the rows the others leave."""
    most = max(1, math.ceil(limit / CHRONOLOGY_SOURCES))
    taken: Counter[str] = Counter()
    months: set[str] = set()
    spread: list[Event] = []
    overflow: list[Event] = []
    for event in ranked:
        taken[event.candidate.sentence.source_id] += 1
        # and past one event a month, its further ones after the other months': "October
        # 8, 2023" and "October 24, 2023" (the anchor dragged, then found) had filled half
        # a chronology that stopped a year and a half before its newest source
        month = event.date[:7]
        if taken[event.candidate.sentence.source_id] <= most and month not in months:
            spread.append(event)
            months.add(month)
        else:
            overflow.append(event)
    return spread + overflow


SAME_EVENT_SIMILARITY = 0.3  # two rows at one date, one more precise, this alike are one event
# two rows giving the same figures and this alike are one event, whatever their dates (a
# plane's model numbers, "737 MAX, 767 and 777", are shared by unrelated events)
SAME_FIGURES_SIMILARITY = 0.15


def _same_event(date: str, candidate: Candidate, other: Event, proposals: Proposals) -> bool:
    """ "October 2023 | The Council authorised the mission…" and "October 2, 2023 | The
    Council authorised it on October 2, 2023": one event told twice, at one date given
    more or less precisely. So are two passages giving the same figures, whatever dates
    they name ("…reduced its holding to 7.2 percent in 2023" and "NNPC cut its planned 20
    percent stake to 7.2 percent…, and then spent much of 2024 quarrelling…": a cold
    read's chronology had both, as 2023 and 2024)."""
    shared = stated_figures(candidate.sentence.text) & stated_figures(
        other.candidate.sentence.text
    )  # (each number once: "737" and "737 max" are one)
    if sum(" " not in figure for figure in shared) >= SAME_FIGURES and (
        proposals.similarity(candidate.sentence.id, other.candidate.sentence.id)
        >= SAME_FIGURES_SIMILARITY
    ):
        return True
    if not (date.startswith(other.date) or other.date.startswith(date)):
        return False
    similar = proposals.similarity(candidate.sentence.id, other.candidate.sentence.id)
    if similar >= SAME_EVENT_SIMILARITY:
        return True
    # "October 17, 2023 | The Biden administration on Tuesday tightened the export
    # controls…" and "October 2023 | BIS released three rules on October 17.": one names
    # the very day the other is dated to (a cold read's two rows)
    if _names_the_day(other.candidate.sentence.text, date) or _names_the_day(
        candidate.sentence.text, other.date
    ):
        return True
    return _same_party_same_act(candidate.sentence.text, other.candidate.sentence.text)


def _names_the_day(text: str, date: str) -> bool:
    """Does the text name the day of `date` (an ISO day), by its month and day?"""
    if len(date) < 10:
        return False
    month, day = int(date[5:7]), int(date[8:10])
    for found in YEARLESS_DAY_OR_DATED.finditer(text):
        named = MONTH_NAMES.index(found["m1"] or found["m2"]) + 1
        if named == month and int(found["d1"] or found["d2"]) == day:
            return True
    return False


YEARLESS_DAY_OR_DATED = lazy_compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{FULL_MONTH_NAMES})|(?P<m2>{FULL_MONTH_NAMES})\s+"
    r"(?P<d2>\d{1,2}))\b"
)


EVENT_WORD = lazy_compile(r"\b[A-Za-z][\w'’.-]*[A-Za-z]")
ACT_FORM = lazy_compile(r"[a-z]{3,}(?:ed|es|s)$")


def _same_party_same_act(first: str, second: str) -> bool:
    """ "March 14, 2023 | The U.S. EPA proposes national drinking water limits…" and "March
    2023 | EPA proposed the standard in March 2023 and received…" (a cold read's two rows):
    one party, named in both, doing one act (a verb of one stem in both) in one month."""
    stemmer = make_stemmer()

    def forms(text: str) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for word in EVENT_WORD.findall(text):
            if word.casefold() not in STOPWORDS:
                found.setdefault(stemmer.stem(word.casefold()), set()).add(word)
        return found

    one, two = forms(first), forms(second)
    shared = one.keys() & two.keys()
    party = any(
        all(w[0].isupper() for w in one[stem] | two[stem]) and len(stem) > 1 for stem in shared
    )
    act = any(  # a verb's forms: one of them past ("proposes", "proposed"; not "limits")
        all(w.islower() for w in one[stem] | two[stem])
        and any(ACT_FORM.match(w) for w in one[stem])
        and any(ACT_FORM.match(w) for w in two[stem])
        and any(w.endswith("ed") for w in one[stem] | two[stem])
        for stem in shared
    )
    return party and act


def in_date_order(date: str) -> str:
    """A sort key: a year or a month alone after the days within it ("2023-04" and
    "2023-11-02" before "2023": "in the final weeks of 2023" is no January event)."""
    return date + "-99" if len(date) <= 7 else date


HYPHENED_UNIT = lazy_compile(r"-[a-z]+\b")  # the rest of a unit: "acre-feet", "megawatt-hours"
# A word after a counted word that is no noun of it: a verb's forms, a function word
NOT_A_NOUN = lazy_compile(r"^(?:[a-z]+(?:ed|ing|ly)|said|says|say|were|was|have|has|had)$")


def _with_its_noun(written: str, rest: str, unit: str) -> str:
    """The figure as shown in a "Where sources differ" row, with the noun it counts where
    the word after the number only describes it ("some 20 million waste pickers", not
    "…waste")."""
    if not unit.isalpha() or len(unit) < 3 or unit.endswith("s") or not written.endswith(unit):
        return written  # "300 ships", "5 million tonnes": the count's own noun
    following = re.match(r" ([a-z]{3,})\b(?![-'’])(?: ([a-z]{3,})\b(?![-'’]))?", rest)
    if following is None or following[1] in STOPWORDS or NOT_A_NOUN.match(following[1]):
        return written
    second = following[2]
    if (
        second
        and not following[1].endswith("s")
        and following[1] not in UNIT_ALIASES
        and second not in STOPWORDS
        and not NOT_A_NOUN.match(second)
        and (second.endswith("s") or second in UNIT_ALIASES)
    ):
        # "about 120 million monthly active users": two words describe what is counted
        return f"{written} {following[1]} {second}"
    return f"{written} {following[1]}"


DIGIT = lazy_compile(r"\d")
# The thing counted after a name that describes it: "1.1 million Sudanese refugees", "40
# Chinese vessels" (a capitalised word is no unit on its own)
NAMED_KIND = lazy_compile(
    # a name of up to four words, model numbers among them after its first ("171 Boeing
    # 737 MAX 9 aircraft", "roughly 215 MAX 9 aircraft"), no month ("21 March Russian
    # troops" is a date)
    rf"\s*(?!(?:{FULL_MONTH_NAMES})\b)"
    # ("nearly 50 European chief executives": a word of its kind between)
    r"[A-Z][\w'’-]+\s+(?:(?:[A-Z][\w'’-]*|\d[\w-]*)\s+){0,3}?"
    # (the name's short form after it: "between 3,000 and 4,000 Rwanda Defence Force (RDF)
    # soldiers", which had counted nothing, and a known disagreement went unseen)
    r"(?:\([A-Z][A-Za-z]{1,9}\)\s+)?(?:[a-z]{3,}\s+)?"
    r"([a-z]{3,}s|aircraft)\b"
)
# "14 of Rakhine's 17 townships", "15 of the state's 17 townships": a part of a whole, the
# part the figure, counted in the whole's noun
OF_A_WHOLE = lazy_compile(
    r"\s+of\s+(?:(?:the|its|their)\s+(?:[a-z]+['’]s\s+)?|[A-Z][\w-]*['’]s\s+)?"
    r"(?P<whole>\d{1,3}(?:,\d{3})*)\s+(?P<noun>[a-z]{3,})\b"
)


def figures(sentence: Sentence, candidate: Candidate | None, stemmer: object) -> list[Figure]:
    """The figures a passage states, each with `candidate` (None: measured once per
    passage for the corpus index, the candidate added where the figures are compared)."""
    found: list[Figure] = []
    text = sentence.quote
    if not DIGIT.search(text) and not COUNT_WORD.search(text):
        # no number, no year: most passages
        return _shares_in_words(text, candidate, stemmer) + _ranks(text, candidate, stemmer)
    changes = [
        m.span()
        for m in CHANGE.finditer(text)
        if not (SPREAD_OVER.search(text[: m.start()]) and TIGHT_RANGE.match(m.group()))
    ]
    wholes: list[int] = []  # where a whole's number stands, counted with its part
    previous: re.Match[str] | None = None  # the number before, where it may open a range
    added_from: re.Match[str] | None = None  # the number the last figure found is
    for match in NUMBER.finditer(text):
        opened, previous = previous, match
        if any(start <= match.start() < end for start, end in changes):
            continue  # "from 80 percent to 50 percent": a change, not an account
        low, since = _range_start(text, opened, match)
        if low is not None and found and opened is added_from:
            found.pop()  # "$155 billion" of "between $155 billion and $192 billion": its end
        if SEASON_SLASH.search(text, 0, match.start("value")):
            continue  # "24" of "the 2023/24 season": part of a date, not a count
        if match.start("value") in wholes:
            continue  # "17" of "15 of the state's 17 townships": the whole, not a count
        if (
            not match["qualifier"]
            and not match["prefix"]
            and _in_a_name(text, match.start("value"))
        ):
            continue  # "MAX 9 aircraft", "Resolution 2690": part of a name, not a count
        value = _number(match["value"])
        prefix = (match["prefix"] or "").lower()
        prefix = "₦" if prefix == "n" else prefix  # "N4.4 trillion": the naira typed plainly
        scale = match["scale"]
        unit = (match["unit"] or "").lower()
        end = match.end("unit") if unit else match.end()
        part = OF_A_WHOLE.match(text, match.end("value")) if unit == "of" else None
        if part is not None and not match["scale"] and not match["prefix"]:
            unit, end = part["noun"], part.end()
            wholes.append(part.start("whole"))
        if scale in MONEY_SCALE and not prefix:
            # "400m" without a currency sign is a length: the letter is its unit
            unit, scale, end = scale, None, match.end("scale")
        if scale:
            value *= SCALE.get(scale) or MONEY_SCALE[scale]
            if low is not None and opened is not None and not opened["scale"]:
                low *= SCALE.get(scale) or MONEY_SCALE[scale]  # "155 and 192 billion"
        if (
            not prefix
            and not scale
            and 1800 <= value <= 2100
            and (
                not unit or ("," not in match["value"] and unit not in MEASURES | {"%", "percent"})
            )
        ):
            continue  # a year ("in 2024 raised…", "in 2020 money"; "1,900 troops" is a count)
        if not unit and not prefix and (kind := NAMED_KIND.match(text, end)):
            unit, end = kind[1], kind.end()  # "1.1 million Sudanese refugees": refugees
        if low is not None and not low < value:
            low = None  # "2 to 1", "in 2024 and 2025": no range of this figure
        if EARLIER_VALUE.search(text[: match.start()]):
            continue  # "about 90 percent, up from 60 percent two years ago": a past value
        if prefix:
            unit = CURRENCIES[prefix]  # "$2 billion in aid": the sign is the unit
            end = match.end("scale") if scale else match.end("value")
        elif unit in CURRENCIES:
            unit = CURRENCIES[unit]
        else:
            unit = UNIT_ALIASES.get(unit, unit)
        if unit == "miles":
            unit, value = "km", value * MILE_KM  # compared in one unit, shown as written
        if unit in COMPOUND_UNITS:  # "cubic metres": the measure is both words
            measure = re.match(r"\s*([a-z]+)", text[end:])
            if measure:
                unit = f"{unit} {UNIT_ALIASES.get(measure[1], measure[1])}"
                end += measure.end()
        if (
            (not unit or unit in NOT_UNITS)
            and not prefix
            and not scale
            and TOLL_BEFORE.search(text, max(0, match.start() - TOLL_REACH), match.start())
        ):
            unit, end = "people", match.end("value")  # "put the dead at as many as 600"
        if (
            not unit
            or unit in NOT_UNITS
            or (unit.isalpha() and len(unit) < 3 and unit not in SHORT_UNITS)
        ):
            continue
        before = text[: match.start()].split()[-CONTEXT_BEFORE:]
        after = text[end:].split()[:CONTEXT_AFTER]
        context = (
            frozenset(terms(" ".join(before + after), stemmer))  # type: ignore[arg-type]
            - {unit}
            - HEDGE_TERMS
        )
        # as written: a range from its first number, its opening "between" too
        as_written = text[since if low is not None else match.start() : end].strip()
        if match["qualifier"] and as_written[:1].isupper():
            # "About 2,000" opening its sentence reads "about 2,000" in a row's label
            as_written = as_written[0].lower() + as_written[1:]
        written = _with_its_noun(as_written, text[end:], unit)
        head = written.rsplit(" ", 1)[-1]
        if (
            written != as_written
            and (head.endswith("s") or head in UNIT_ALIASES)  # "7,800 military personnel"
            and not NOT_A_NOUN.match(unit)  # "220 registered lobbyists" stays as it was
        ):
            # "more than 4,000 junta soldiers": the count is of soldiers, as "around 2,400
            # soldiers" elsewhere is, not of "junta"
            unit = UNIT_ALIASES.get(head, head)
        if written == as_written and (tail := HYPHENED_UNIT.match(text, end)):
            written += tail[0]  # "roughly 865,000 acre-feet", not "… acre" in a row's label
        window = " ".join([*before, written, *after])
        per = RATE.match(text, end)
        rate = per[1].lower() if per else _duration(text, end)
        moved = bool(MOVED_TO.search(text[max(0, match.start("value") - 60) : match.start()]))
        # where it stood, however written ("rose to 0.7%", "rose above 1%"): up to the
        # figure's currency sign or number, past its qualifier
        upto = match.start("prefix") if match["prefix"] else match.start("value")
        level = (
            moved
            or bool(MOVED_TO.search(text[max(0, upto - 60) : upto]))
            or bool(MOVED_BY.search(text[max(0, upto - 40) : upto]))
            or bool(HELD_AT.search(text[max(0, upto - 60) : upto]))
        )
        near = " ".join([*before[-NEAR_WORDS:], written, *after[:NEAR_WORDS]])
        whole = _whole(text, end, stemmer) if unit == "percent" else None
        found.append(
            Figure(
                value,
                unit,
                written,
                context,
                candidate,
                window,
                rate,
                moved,
                near,
                low,
                whole,
                level=level,
            )
        )
        added_from = match
    found.extend(_shares_in_words(text, candidate, stemmer))
    found.extend(_ranks(text, candidate, stemmer))
    for match in YEAR_IN.finditer(text):  # "completed in 2011": a date is a figure too
        before = text[: match.start()].split()[-CONTEXT_BEFORE:]
        after = text[match.end() :].split()[:CONTEXT_AFTER]
        context = frozenset(terms(" ".join(before + after), stemmer))  # type: ignore[arg-type]
        year = match["year"]
        window = " ".join([*before, year, *after])
        period = match[0][:2].lower() in ("in", "of") and _period_of_a_measure(text, match.start())
        found.append(
            Figure(float(year), YEAR_UNIT, year, context, candidate, window, period=period)
        )
    return found


# A figure told roughly: "some 23 million tonnes", "an estimated 21 million tonnes",
# "about 1.5 billion euros". Two such figures a tenth apart say the same within their
# roughness (a cold read found 23 against 21 million tonnes of resources a sham dispute).
ROUGH_BEFORE = lazy_compile(
    r"\b(?:about|around|some|roughly|nearly|approximately|almost|estimated|close to|circa)"
    r"\s*$",
    re.IGNORECASE,
)
ROUGH_WRITTEN = lazy_compile(
    r"^(?:about|around|some|roughly|nearly|approximately|almost|close to|circa)\b", re.IGNORECASE
)
ROUGH_DIFFERENCE = 0.1  # a tenth of the larger, or less ("about £2.7bn", "nearly £3bn")
# (a rate or a share is told to its decimal: "about 3.2%" and "about 3.4%" differ)
ROUGH_EXEMPT = frozenset({"percent", "basis", "points"})


def rough(figure: Figure) -> bool:
    """Is the figure told as rough (a hedge before it, or in its own words)?"""
    if ROUGH_WRITTEN.match(figure.text):
        return True
    text = figure.candidate.sentence.text
    at = text.find(figure.text)
    return at > 0 and ROUGH_BEFORE.search(text, max(0, at - 24), at) is not None


# "…its first full-year surplus since 2010", "…every month since January 2024": a year a
# span starts from is no period a figure is of ("a surplus of 1.8 percent" of 2024 and
# "the 2025 surplus … around 1.5 percent" had been a dispute, both naming 2024)
SINCE_YEAR = lazy_compile(
    r"\bsince\s+(?:(?:early|mid|late|the end of|the start of)[\s-]+)?(?:\d{1,2}\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d{2})\b"
)


def _years_of_its_figures(text: str) -> frozenset[str]:
    """The years a passage names, less those a span runs from ("since January 2024")."""
    since = {m.start("year") for m in SINCE_YEAR.finditer(text)}
    return frozenset(m[0] for m in YEAR_WORD.finditer(text) if m.start() not in since)


# "…to remain above 1.3 percent of GDP in 2025", "…an overall surplus of about 0.3 percent
# in 2024": a year told just after a measure is the measure's period, not the date of an
# event (a row had set those two years against each other as a dispute over a date). Both
# must be so, the figure a rate or share, and the year told "in" or "of" it: any figure
# before any year had cost an unread corpus its known dispute.
PERIOD_WORDS = 6  # the words before "in 2025" a measure it dates may stand in


RATE_BEFORE = lazy_compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)


def _period_of_a_measure(text: str, start: int) -> bool:
    """Does a rate or share stand within PERIOD_WORDS words before the year at `start`?
    (A rate is of a period; an amount before a year may be a target's: "…60 million
    tonnes in 2026".)"""
    return RATE_BEFORE.search(" ".join(text[:start].split()[-PERIOD_WORDS:])) is not None


# "Ecuador has overtaken Ghana to become the world's second-largest cocoa producer" and
# "Ecuador, now the world's third-largest producer behind…": a rank two sources tell
# differently (a cold read found it stated as fact in two bottom lines, unflagged)
RANK = lazy_compile(
    r"\b(?P<rank>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th)"
    r"[- ](?P<most>largest|biggest|highest|lowest|smallest|most populous)\s+"
    r"(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
RANKS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
}
RANK_MONTHS = 12  # a party's rank told "now" within this many months of another is a dispute
RANK_NOUN_STOP = frozenset(
    {"behind", "after", "in", "of", "and", "or", "with", "by", "at", "on", "for", "to", "from"}
    | {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may"}
    | {"since", "but", "that", "which", "who", "as", "than", "last", "this", "next"}
)
OPENING_NAME = lazy_compile(
    r"^[\"“‘']?(?:The\s+)?(?!(?:The|A|An|In|On|At|By|For|As|But|And|According)\b)"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)


def _ranks(text: str, candidate: Candidate | None, stemmer: object) -> list[Figure]:
    """The ranks a passage gives the party it opens with ("second-largest producer"), as
    figures of a unit of their own ("rank largest producer"): two sources ranking one
    party differently disagree. A rank of another party than the opening one is left out,
    so that "Ghana, the second-largest producer" and "Ecuador … third-largest" never
    pair."""
    lowered = text.casefold()
    if not any(
        word in lowered
        for word in ("largest", "biggest", "highest", "lowest", "smallest", "populous")
    ):
        return []
    opening = OPENING_NAME.match(text)
    if opening is None:
        return []
    subject = POSSESSIVE.sub("", opening[1])
    found: list[Figure] = []
    for match in RANK.finditer(text):
        words = []
        for word in match["noun"].split():
            if word in RANK_NOUN_STOP or word.endswith(("ed", "ly")):
                break
            words.append(word)
        if not words:
            continue
        head = words[-1]
        before = text[: match.start()].split()[-CONTEXT_BEFORE:]
        after = text[match.end() :].split()[:CONTEXT_AFTER]
        context = frozenset(terms(" ".join(before + words + after), stemmer))  # type: ignore[arg-type]
        written = f"{match['rank']}-{match['most']} {' '.join(words)}"
        found.append(
            Figure(
                float(RANKS[match["rank"]]),
                f"rank {match['most']} {head.rstrip('s')}",
                written,
                context,
                candidate,
                " ".join([*before, written, *after]),
                near=" ".join([*before[-NEAR_WORDS:], written, *after[:NEAR_WORDS]]),
                subject=subject,
            )
        )
    return found


# "the country's petrol", "national petrol demand", "domestic petrol": one whole, of the
# country the sources are about (a cold read found "about 60 percent of the country's
# petrol" and "well under half of national petrol demand" in one bottom line, unflagged)
OF_THE_COUNTRY = frozenset({"countri", "nation", "domest"})


def _whole(text: str, end: int, stemmer: object) -> frozenset[str] | None:
    """What a share at `end` of `text` is a share of, as stems ("of Ghana's cocoa farms")."""
    told = WHOLE.match(text, end)
    if not told:
        return None
    stems = frozenset(terms(told[1], stemmer))  # type: ignore[arg-type]
    return frozenset("@country" if stem in OF_THE_COUNTRY else stem for stem in stems)


def _same_whole(a: Figure, b: Figure) -> bool:
    """Are two shares of one whole: two of its words in common, or the whole of one is a
    single word the other names too ("about half of patients", "two-thirds of patients")?"""
    if not a.whole or not b.whole:
        return False
    return len(a.whole & b.whole) >= min(2, len(a.whole), len(b.whole))


def _shares_in_words(text: str, candidate: Candidate | None, stemmer: object) -> list[Figure]:
    """The shares a passage tells in words (`SHARE_IN_WORDS`), as percentages."""
    found: list[Figure] = []
    lowered = text.casefold()
    if " of " not in text or not any(word in lowered for word in SHARE_WORDS):
        return found  # most passages, asked cheaply first
    for match in SHARE_IN_WORDS.finditer(text):
        if NOT_A_SHARE.search(text, max(0, match.start() - 12), match.start()):
            continue
        share = re.sub(r"[ -]", " ", match["share"].lower())
        value = SHARES.get(share)
        if value is None or EARLIER_VALUE.search(text, max(0, match.start() - 40), match.start()):
            continue
        before = text[: match.start()].split()[-CONTEXT_BEFORE:]
        after = text[match.end("share") :].split()[:CONTEXT_AFTER]
        context = frozenset(terms(" ".join(before + after), stemmer))  # type: ignore[arg-type]
        written = text[match.start() : match.end("share")].strip()
        written = written[0].lower() + written[1:]  # "Half of patients": "half" in a label
        window = " ".join([*before, written, *after])
        near = " ".join([*before[-NEAR_WORDS:], written, *after[:NEAR_WORDS]])
        whole = _whole(text, match.end("share"), stemmer)
        found.append(
            Figure(
                value,
                "percent",
                written,
                context,
                candidate,
                window,
                near=near,
                whole=whole,
                in_words=True,
            )
        )
    return found


def _figures_of(candidate: Candidate, proposals: Proposals, stemmer: object) -> list[Figure]:
    """A candidate's figures as the per-passage stage found them (kept in the corpus
    index: each audience had measured them again, about 0.3 s per audience worker at
    1,000 sources), else measured now."""
    known = proposals.figures.get(candidate.sentence.id)
    if known is not None and known[0] == candidate.sentence.quote:
        return [dataclasses.replace(f, candidate=candidate) for f in known[1]]
    return figures(candidate.sentence, candidate, stemmer)


# Two counts told to the unit this close ("killed 229 people", "killed 224 people") are
# two accounts of one toll, as two counts of a specific thing are
EXACT_MAX_RATIO = 1.1
EXACT_COUNT = lazy_compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)\s+[a-z]")  # no sign, bound, decimal


def _exact_count(figure: Figure) -> bool:
    """A count told to the unit ("killed 229 people", not "about 230" or "1.5 million"):
    two such counts of one thing differ at any gap, as two roundings do not."""
    return (
        figure.low is None
        and figure.value % 10 != 0
        and figure.unit.isalpha()
        and (figure.unit == "people" or figure.unit not in MEASURES)  # a count, not a length
        and bool(EXACT_COUNT.match(figure.text))
    )


def _number(written: str) -> float:
    """A figure's value as written: digits with thousands commas, or a count in words."""
    return COUNTED.get(written.lower()) or float(written.replace(",", ""))


def _range_start(
    text: str, opened: re.Match[str] | None, match: re.Match[str]
) -> tuple[float | None, int]:
    """Where the number `match` ends a range opened by the number before it ("6.5–8.1
    percent", "between $155 billion and $192 billion"): the range's lower value (in the
    opening number's own scale) and where the range starts; (None, 0) where it does not.
    "And" joins a range only after "between": "150 ships and 20 aircraft" are two counts."""
    if opened is None or match["qualifier"]:
        return None, 0
    unit = (opened["unit"] or "").lower()
    if unit in {"to", "and"}:  # the joining word, read as the first number's unit
        unit, ends = "", opened.start("unit")
    else:  # "40-45 percent": the hyphen, read as the first number's, joins them
        ends = opened.end() - opened.group().endswith("-")
    join = RANGE_JOIN.fullmatch(text, ends, match.start())
    if join is None:
        return None, 0
    between = BETWEEN.search(text[: opened.start()])
    if join.group().strip() == "and" and between is None:
        return None, 0
    if unit and unit != (match["unit"] or "").lower():
        return None, 0  # "40 ships to 12 percent": two measures
    low = _number(opened["value"])
    if opened["scale"]:
        low *= SCALE.get(opened["scale"]) or MONEY_SCALE.get(opened["scale"], 1.0)
    return low, between.start() if between else opened.start()


# a name word, not the first of the text or of a sentence ("… claims. Some 140,000 …")
NAME_BEFORE = lazy_compile(r"(?<=[^\s.!?\"”])\s+([A-Z][\w'’.-]*)\s+$")


def _in_a_name(text: str, at: int) -> bool:
    """Is the number at `at` part of a name ("Boeing 737 MAX 9", "Resolution 2690",
    "Flight 1282"): right after a capitalised word that does not open the sentence and is no
    month ("on March 25 …" is a date)?"""
    before = NAME_BEFORE.search(text[:at])
    return bool(before) and before[1].rstrip(".").lower() not in MONTHS


# "Futures smashed through $10,000", "peaked at $12,931", "have fallen back to around
# $8,000", "cut the price to $349": the level a price or a count moved to on the source's
# day. Two such levels are points of a series, not two accounts of one quantity.
MOVED_TO = lazy_compile(
    r"(?:\b(?:peak(?:ed|s|ing)?|fell|fallen|falls|falling|rose|risen|rises|rising|"
    r"climb(?:ed|s|ing)?|drop(?:ped|s|ping)?|slump(?:ed|s)?|plunge[ds]?|surge[ds]?|"
    r"jump(?:ed|s)?|soar(?:ed|s)?|cut|cuts|rais(?:ed|es)|lower(?:ed|s)|slash(?:ed|es)|"
    r"trad(?:ed|es|ing)|clos(?:ed|es)|settl(?:ed|es)|"
    # a market's quote of its day: "was quoted at around $515 a tonne on Thursday" (July
    # 2023) against "was quoted at about $440 a tonne this week" (February 2025)
    r"quot(?:ed|es|ing)|"
    # "swelled to roughly 11 trillion yen", "widened to", "doubled to"
    r"swell(?:ed|s)?|swollen|grew|grown|widen(?:ed|s)?|narrow(?:ed|s)|balloon(?:ed|s)?|"
    r"mount(?:ed|s)|expand(?:ed|s)|increas(?:ed|es)|decreas(?:ed|es)|declin(?:ed|es)|"
    r"doubl(?:ed|es)|tripl(?:ed|es)|shr(?:a|u)nk|eas(?:ed|es)|edg(?:ed|es)|"
    # "The 10-year JGB yield slipped to 0.725%" and "…touched 1.23%": one yield's path
    r"slipp(?:ed|s)|slid|slides|dipp(?:ed|s)|sank|sinks|rebound(?:ed|s)|recover(?:ed|s)|"
    r"weaken(?:ed|s)|strengthen(?:ed|s)|firm(?:ed|s)|"
    # the same told as it goes on: "with Thai 5% broken rice slipping towards $500 a
    # tonne" (October) against "quoted at about $440" (February) had been a dispute
    r"(?:slipp|dipp|slid|sink|eas|edg|drift|sagg|weaken|strengthen|firm|rebound|recover)ing)"
    # (a decimal point is no sentence's end: "rose as much as 4.1% to $10,080")
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,45}?\s"
    r"(?:at|to|towards?|through|above|below|past|near|around)"
    # "rose to a record of about 3.2%", "fell to a new low of"
    r"(?:\s+(?:a|an|the|new|fresh|record|all-time|high|low|of))*|"
    # "has revised its estimate of the 2023/24 global deficit to 478,000 tonnes": the
    # newer estimate, which the one it revised is no dispute with (a cold read's sham row)
    r"\brevis(?:ed|es|ing)\b[^.;:]{0,55}?\sto|"
    # a level crossed or touched: "passed $10,000", "hit a record $12,000"
    r"\b(?:pass(?:ed|es)|hit|hits|broke|smash(?:ed|es)|top(?:ped|s)|cross(?:ed|es)|touch(?:ed|es)|"
    r"exceed(?:ed|s)|breach(?:ed|es)|reach(?:ed|es))(?:\s+(?:through|past|above|a|the|"
    r"record|new|high|low|of))*)"
    r"\s+(?:about |around |roughly |nearly |almost |some |just |more than |over )?$",
    re.IGNORECASE,
)


# "kept its policy rate at 0.5%", "held rates unchanged at 4.25%": where a level stood on
# the source's day, as one it moved to is (a cold read's sham row: 0.25% in December against
# 0.5% in June, the rate raised between them)
HELD_AT = lazy_compile(
    r"\b(?:kept|keeps|keeping|held|holds|holding|left|leaves|leaving|maintained|maintains|"
    r"maintaining)\b[^.;:]{0,45}?\s(?:unchanged |steady |on hold )?at\s+"
    r"(?:about |around |roughly |nearly |almost |just )?$",
    re.IGNORECASE,
)


# Words that say which of several measures of one thing a figure is: "insured" and
# "direct" losses, "net" and "gross" income, "annual" and "monthly" flows are different
# figures however alike the rest of their words. (Not "official" or "estimated": an
# official toll against an estimate is the very dispute a memo should show.)
MEASURE_KIND = lazy_compile(
    r"\b(insured|uninsured|direct|indirect|gross|net|annual|annually|monthly|weekly|daily|"
    r"quarterly|cumulative|average|median|peak|additional|remaining|capacity|"
    # a company's profit lines: "record operating profits of 5.35 trillion yen" is no
    # account of another's "record net profit of about 1.86 trillion yen"
    r"operating|pre-tax|pretax|underlying|adjusted|"
    # a procedure's stages: "provisional rates" against "definitive" ones are two steps
    r"provisional|preliminary|definitive|"
    # a vote's sides: "ten states voted in favour" and "five … voted against" are two counts
    r"favour|favor|against)\b",
    re.IGNORECASE,
)


def _measure_kinds(text: str) -> set[str]:
    return {word.lower() for word in MEASURE_KIND.findall(text)}


# A side's ask in a negotiation, not an account of how much something is: "The union has
# asked for a raise of roughly 77 percent" and "USMX … had offered … nearly 50 percent"
# are two bids, and neither disputes "the deal raises wages by 62 percent".
ASKED = lazy_compile(
    r"\b(?:asked for|asking for|asks for|demand(?:ed|s|ing)?|sought|seeks|seeking|"
    r"called for|calls for|calling for)\b",
    re.IGNORECASE,
)
OFFERED = lazy_compile(r"\b(?:offer(?:ed|s|ing)?|propos(?:ed|es|ing)|bid)\b", re.IGNORECASE)
# What something lost, not how much there is: "the disruption cost Egypt nearly $7 billion in
# canal revenue" does not dispute "Canal revenue … was about $3.6 billion", while two
# losses do ("could cost the economy $3.8 billion a day", "the net loss to U.S. GDP … is
# closer to $1.5 billion", "a fall of about $6.2 billion"). A loss in the figure's own clause
# before it: "lost", "a loss of", "a fall of", "cost" with whom it cost (not "the
# construction cost climbed to", nor "the loss in June of the 2.5-billion-euro contract").
LOSS_BEFORE = lazy_compile(
    # (and a loss put at a figure: "Our own estimate puts direct losses nearer $5.6 billion",
    # against "…estimated total direct losses of about $10.4 billion", a known dispute of
    # `uaw` the two roles had kept apart)
    r"\b(?:lost|losing|loses|loss(?:es)? (?:of|to|on|for|at|near|nearer|closer to|around|"
    r"about)\b(?! the\b)|wiped out|"
    r"(?:fall|drop|decline|shortfall) of|(?:fell|dropped|declined) by|(?:cost|costing|costs) "
    r"(?:(?:the|its|their)\s+)?(?:[A-Z][\w'’.-]*|economy|country|industry|company|government|"
    r"sector|airlines?|carriers?|insurers?|farmers?|exporters?|taxpayers?|economies)\b)",
)


# A share lost, not a share of anything held: "puts the net present value loss on the
# affected bond portfolios … at roughly 11 percent" against "new paper that pays 12
# percent" (a cold read's sham row); two shares lost still pair
SHARE_LOST_BEFORE = lazy_compile(
    r"\b(?:loss|losses|haircut|write-?downs?|writedowns?)\b[^.;:]{0,90}\b(?:at|of|was|is|to|"
    r"be)(?:\s+(?:about|around|roughly|nearly|almost|some|just|more than|over|up to|an "
    r"estimated))?\s*$",
    re.IGNORECASE,
)
# Money paid out so far of a sum agreed: "bringing total disbursements under the programme
# to roughly $1.7 billion" is no account of "a … Facility of SDR 2.286 billion, about $3
# billion" (a cold read's sham row)
PAID_SO_FAR_BEFORE = lazy_compile(
    r"\b(?:disburse(?:d|ments?)|paid out|drawn down|released so far)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)


# A count or sum told of the whole world, which one told without it (often one country's)
# does not dispute
WORLD_SCOPE = lazy_compile(
    r"\b(?:worldwide|world-wide|globally|around the world|across the world|"
    r"in the world)\b",
    re.IGNORECASE,
)


def names_a_party(text: str) -> bool:
    """Does the passage name anyone or anywhere (a regulator, a country, a company) its
    count may be told of? A count told of the whole world disputes only one that names
    none ("roughly 15 million waste pickers" against "some 20 million waste pickers
    worldwide", a cold read of `plastics`), not the US regulator's "grounding of 171 …
    aircraft" against "roughly 215 … aircraft worldwide"."""
    return NAME.search(text) is not None  # a name after the sentence's first word


def _worldwide(figure: Figure) -> bool:
    """Does the figure's own clause tell it of the whole world ("roughly 215 … aircraft
    worldwide")?"""
    before, after = _own_clause(figure)
    return any(WORLD_SCOPE.search(part) for part in (before, figure.text, after))


# The price a thing changed hands at: "bought Thames from the German utility RWE for £8bn"
# is no account of the "nearly £3bn" its owners took out in dividends
PRICE_BEFORE = lazy_compile(
    r"\b(?:bought|buys?|buying|acquired|acquires?|acquiring|sold|sells?|selling|purchased?|"
    r"purchasing|paid|pays?|paying)\b[^.;:]*\bfor(?:\s+(?:about|around|roughly|nearly|"
    r"almost|some|just|more than|over|up to|an estimated))?\s*$",
    re.IGNORECASE,
)


# "Ghana lifted its price by 58%": how much something changed, not how much it is
CHANGED_BY = lazy_compile(
    r"\b(?:rais|lift|increas|cut|reduc|lower|rose|risen|fell|fallen|grew|grown|jump|climb|"
    r"drop|slash|boost|hik|trimm?|widen|narrow)\w*\b[^.;:]{0,70}\bby(?:\s+(?:about|around|"
    r"roughly|nearly|almost|some|just|more than|over|up to|an estimated))?\s*$|"
    # "a front-loaded rise in average bills of 31 per cent"
    r"\b(?:rise|increase|hike|jump|fall|drop|cut|decline|reduction|gain)s?\b[^.;:]{0,40}\bof"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|just|more than|over|up to))?\s*$",
    re.IGNORECASE,
)
# "at prices 20% to 40% above the Ghanaian farmgate price": a gap between two things
GAP_AFTER = lazy_compile(
    r"^(?:above|below|higher than|lower than|cheaper than|dearer than|over the|under the)\b",
    re.IGNORECASE,
)


# "…purchases will fall to about 2.9 trillion yen a month in early 2026" beside "purchases
# of about 6 trillion yen a month": a level to come and one now (a cold read's sham row);
# two forecasts of one thing still pair
FUTURE_BEFORE = lazy_compile(
    r"\b(?:will|would|shall|plans? to|aims? to|(?:is|are) (?:set|expected|due|projected) to|"
    # "The 10-year JGB yield is likely to test 2% in early 2026": a level to come, against
    # "slipped to 0.725%" (a cold read's sham row); a forecast of a quantity ("forecast a
    # deficit of 374,000 tonnes") is still an estimate of it
    r"(?:is|are|was|were|seems?|looks?) (?:un)?likely to|"
    # "For the yen, our end-2026 central forecast is 147 per dollar" against "…had traded
    # at 161.95 per dollar on 3 July" (a sham row of a read memo): a forecast named as a
    # noun is a level to come (the verb, "forecast a deficit of 374,000 tonnes", is still
    # an estimate of a quantity now, and so is the participle: "exports are forecast at
    # roughly 44 million tonnes")
    r"(?:forecast|projection)s? (?:is|are|was|were|of)|"
    # a level a thing needs: "That requires country risk well below 700 basis points,
    # compared with about 1,100 today." against "Country risk … had surged above 1,400
    # basis points" (a cold read's sham row)
    r"requires?|required|needs?|would need|must (?:fall|drop|rise|be)|"
    # a target: "The authorities remain committed to bringing public debt down to 95 percent
    # of GDP by 2032" against "…public debt is still above 100 per cent of GDP" (a cold
    # read's sham row)
    r"(?:committed|pledged|vowed|promised|determined) to|goal of|on (?:track|course) to|"
    r"poised to|"
    r"bring(?:ing|s)? (?:[\w'’-]+\s+){0,4}?(?:down|back) to)\b"
)
# "A further 10 percent of the population lives just above the line" against "about a
# quarter … lives below the national poverty line": more on top of another count, not an
# account of it (a cold read's sham row)
FURTHER_BEFORE = lazy_compile(
    r"\b(?:a further|an additional|another|an extra)(?:\s+(?:about|around|roughly|some|"
    r"nearly|almost))?\s*$",
    re.IGNORECASE,
)
# "Chinese lenders in total, counting the China Development Bank, are owed about $7
# billion" against "An agreement with the China Development Bank on about $3 billion": a
# total against one of its parts (a cold read's sham row)
WHOLE_BEFORE = lazy_compile(
    r"\b(?:in total|in all|altogether|combined|together|all told|counting|including)\b"
    # the whole of a count told as "N of M": "…won 159 of parliament's 225 seats" against
    # "…won 159 of 225 seats" (a cold read's sham row, 225 against 159)
    r"|\d\s+of(?:\s+(?:the|its|their|[\w-]+['’]s?))?\s*$"
)
# "…down to around 3 trillion yen a month … from about 6 trillion yen now": where a change
# starts, which no other source's level to come ("bringing them to about 2.9 trillion
# yen") disputes
FROM_BEFORE = lazy_compile(
    r"\bfrom(?:\s+(?:about|around|roughly|nearly|almost|some|just|more than|over|"
    r"an estimated|a (?:record|high|low|peak) of|minus|negative))?\s*$",
    re.IGNORECASE,
)


def _figure_role(figure: Figure) -> str:
    """ "ask", "offer", "future", "start", "price", "loss", "paid", "change", "piece",
    "whole", "more", "gap" or "": what a figure's own clause says it is, a side's bid, a
    level to come, where a change starts, the price a thing changed hands at, a sum or a
    share lost, money paid out so far of a sum agreed, how much something changed, one of
    the parts a sum is paid in, a total of several, more on top of another count, or how
    far one thing stands from another, where "" is an account of how much something is."""
    words, after = _own_clause(figure)
    if PIECES_BEFORE.search(words):
        return "piece"  # whenever it is paid ("will be released in two tranches of")
    if ASKED.search(words):
        return "ask"
    if OFFERED.search(words):
        return "offer"
    if FROM_BEFORE.search(words):
        return "start"
    # how much a thing will change is a change, whenever ("…said it would reduce its
    # monthly purchases … by about 400 billion yen every quarter" against "…the pace of
    # reduction will slow to about 200 billion yen per quarter", a level to come)
    if FUTURE_BEFORE.search(words) and not CHANGED_BY.search(words):
        return "future"
    if PRICE_BEFORE.search(words):
        return "price"
    # money lost against money held (barrels "siphoned off" and "costing the country" are
    # one loss told two ways)
    money = figure.unit in CURRENCIES.values()
    if (money and LOSS_BEFORE.search(words)) or (
        figure.unit == "percent" and SHARE_LOST_BEFORE.search(words)
    ):
        return "loss"
    if money and PAID_SO_FAR_BEFORE.search(words):
        return "paid"
    if CHANGED_BY.search(words):
        return "change"
    if WHOLE_BEFORE.search(words):
        return "whole"
    if FURTHER_BEFORE.search(words):
        return "more"
    return "gap" if GAP_AFTER.match(after) else ""


# "released in two tranches of £1.5 billion": one of the pieces a sum is paid in, no account
# of the sum ("a loan of around £3bn" had been a row of sources that differ with it)
PIECES_BEFORE = lazy_compile(
    r"\b(?:two|three|four|five|six|several|equal|\d+)\s+(?:[\w-]+\s+)?(?:tranches|instal+ments|"
    r"payments|disbursements)\s+of(?:\s+(?:about|around|roughly|some|up to))?\s*$",
    re.IGNORECASE,
)


# A verb of movement right before a figure ("The Nikkei share average rose 1.5%", "The yen
# weakened by more than 2%"), and the words before it, which name what moved
MOVER_VERB = lazy_compile(
    r"((?:[\w'’.-]+\s+){1,4}?)(?:rose|risen|rises|fell|fallen|falls|gained|gains|lost|"
    r"loses|slipped|slips|slid|slides|climbed|climbs|dropped|drops|jumped|jumps|plunged|"
    r"plunges|surged|surges|soared|soars|tumbled|tumbles|advanced|advances|declined|"
    r"declines|weakened|weakens|strengthened|strengthens|firmed|eased|eases|edged (?:up|down)|"
    r"increased|increases|decreased|decreases)(?:\s+(?:by|to))?(?:\s+(?:about|around|"
    r"roughly|nearly|almost|some|just|more than|over|as much as))?\s*$",
    re.IGNORECASE,
)
MOVER_STOP = frozenset({"the", "its", "their", "his", "her", "this", "that", "these", "those"})
MOVER_STEM = 5  # letters two movers' words are compared by ("yields", "yield")


def _mover(figure: Figure) -> frozenset[str]:
    """What moved by or to a figure, as its clause tells it right before ("The Nikkei share
    average rose 1.5%" -> nikkei, share, avera), or nothing where no verb of movement
    stands right before the figure."""
    found = MOVER_VERB.search(_own_clause(figure)[0])
    if found is None:
        return frozenset()
    words = re.findall(r"[a-z][\w'’-]+", found[1].lower())
    return frozenset(w[:MOVER_STEM] for w in words if w not in MOVER_STOP and len(w) > 2)


# Measures of an economy or a firm that are told apart: growth against inflation, sales
# against profit. Words of one class name one measure ("revenue", "sales", "turnover").
INDICATOR_CLASSES = (
    ("growth", "gdp"),
    ("inflation", "cpi"),
    ("unemployment", "jobless"),
    ("deficit",),
    ("surplus",),
    ("debt", "debts", "borrowing"),
    ("yield", "yields"),
    ("exports",),
    ("imports",),
    ("wages", "wage", "pay", "salaries", "earnings"),
    ("revenue", "revenues", "sales", "turnover"),
    ("profit", "profits", "income"),
    ("output", "production"),
    # a currency's set pace or fall ("set a crawl of 2 percent a month, cut to 1 percent"
    # against "Monthly inflation fell … to 2.4 percent": a cold read's sham row)
    ("crawl", "devaluation", "depreciation", "peg", "exchange rate"),
)
INDICATOR = lazy_compile(
    r"\b(" + "|".join(word for words in INDICATOR_CLASSES for word in words) + r")\b",
    re.IGNORECASE,
)
INDICATOR_CLASS = {word: k for k, words in enumerate(INDICATOR_CLASSES) for word in words}


def _indicator(figure: Figure) -> int | None:
    """The class of the measure named nearest before a figure in its own clause ("cut its
    forecast for growth … to 0.6%": growth; "projected core inflation of 2.7% …, slowing to
    1.8%": inflation), or None where its clause names none."""
    found = INDICATOR.findall(_own_clause(figure)[0])
    return INDICATOR_CLASS[found[-1].lower()] if found else None


# A measure narrowed to a part of itself before its figure: "Interest alone takes…",
# "Revenue excluding grants…"
SCOPED = lazy_compile(
    r"\b(?:alone|by itself|on its own|excluding|exclusive of|net of|not counting)\b",
    re.IGNORECASE,
)


# What a sum of money or a quantity is of, right after it: "£3bn of new equity", "£2.7bn in
# dividends", "47.5 million tonnes of wheat"
QUANTITY_OF = lazy_compile(
    r"(?:of|in)\s+(?:(?:new|fresh|additional|extra|further|its|the|their|net|gross|public)\s+)*"
    r"([a-z][a-z-]{2,})\b"
)
NOUN_STEM = 5  # letters two nouns are compared by ("dividends", "dividend")


def _noun_of(figure: Figure) -> str:
    """The thing a sum of money or a quantity is of, as the words right after it say ("" where
    they do not, or the figure is a share): "nearly 33 million tonnes of corn, wheat and other
    foodstuffs" is no account of "a record 47.5 million tonnes of wheat" (a cold read's sham
    row)."""
    if figure.unit == "percent":
        return ""
    _before, after = _own_clause(figure)
    if not after.startswith("of ") and figure.unit not in CURRENCIES.values():
        return ""  # "in" after a sum tells what it went on, after a count often when
    found = QUANTITY_OF.match(after)
    return found[1][:NOUN_STEM] if found else ""


def _figure_kinds(figure: Figure) -> set[str]:
    """The measure a figure itself is: the kind words of its own clause before it and the
    few words after it ("…put direct losses … at $5.4 billion. Insured losses will be a
    fraction of that." is direct, whatever the next sentence adds), else its sentence's."""
    quote = figure.candidate.sentence.quote
    if figure.text not in quote:
        return _measure_kinds(quote)
    before, after = _own_clause(figure)
    return _measure_kinds(f"{before} {after}") or _measure_kinds(quote)


# A term that names one of a family of measures: "the 30-year yield", "the 2-year note",
# "a 90-day bill"; the one nearest before a figure in its clause is the figure's.
TERM = lazy_compile(r"\b\d{1,3}[- ](?:year|month|week|day)\b", re.IGNORECASE)


def _figure_term(figure: Figure) -> str:
    """The term nearest before a figure in its own clause ("40-year" for "3.6%" in "the
    30-year yield rose to 3.2% and the 40-year yield to about 3.6%"), or ""."""
    found = TERM.findall(_own_clause(figure)[0])
    return found[-1].lower().replace(" ", "-") if found else ""


def _clause_months(figure: Figure) -> frozenset[str]:
    """The months a figure's own clause names, before and after it ("unrealised losses
    … swelled to roughly 11 trillion yen at the end of September": September), and the
    month a date opening its sentence names ("In mid-October, the head of the State
    Committee … reported that … the country is currently home to 15,000 Afghan refugees":
    October, however many words stand between)."""
    before, after = _own_clause(figure)
    opening = SENTENCE_DATED.match(figure.candidate.sentence.text)
    named = MONTH_WORDS.findall(f"{before} {after}")
    return frozenset(named + ([opening["month"]] if opening else []))


MONTH_WORDS = lazy_compile(rf"\b(?:{FULL_MONTH_NAMES})\b")
# A date opening a sentence, set off by a comma, dates all it tells: "As of November 20,
# some 14,000 refugees…" and "In mid-October, … the country is currently home to 15,000
# Afghan refugees" are two days' readings (a cold read of the example's sham row). Not
# "Since October, …": a running count's start, not the day it was read.
SENTENCE_DATED = lazy_compile(
    r"^\W{0,2}(?i:(?:in|on|by|as of|at the (?:end|start|close) of)\s+)?"
    rf"(?:\d{{1,2}}\s+)?(?i:(?:early|mid|late)[- ]?)?(?P<month>{FULL_MONTH_NAMES})"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{2})?,\s"
)


def _own_clause(figure: Figure) -> tuple[str, str]:
    """The last `KIND_WORDS` words of a figure's clause before it and the first
    `NEAR_WORDS` after it (its whole sentence before it where it is not found verbatim)."""
    quote = figure.candidate.sentence.quote
    before, found, after = quote.partition(figure.text)
    if not found:
        return " ".join(quote.split()[-KIND_WORDS:]), ""
    before = " ".join(CLAUSE_END.split(before)[-1].split()[-KIND_WORDS:])
    after = " ".join(CLAUSE_END.split(after)[0].split()[:NEAR_WORDS])
    return before, after


# Where a clause ends: a stop, a semicolon, a colon; not an initial's stop ("the net loss
# to U.S. GDP … is closer to $1.5 billion" is one clause)
CLAUSE_END = lazy_compile(r"(?<!\b[A-Z])[.;:!?]\s")


# A month or a weekday is when, not what: "signed with KETRACO in October" and "In October
# the Treasury issued…" share it and measure different things.
# (months as datelines shorten them too: "Oct." had been a name a passage told, setting
# `panama`'s two counts of one drought's cost apart as naming different things)
CALENDAR_NAMES = frozenset(
    {*MONTH_NAMES, *(m.capitalize() for m in MONTHS), *(day.capitalize() for day in WEEKDAYS)}
)


FIRST_WORD = lazy_compile(r"[\"“‘']?([A-Z][\w'’-]+)")


def _names_in(text: str) -> set[str]:
    """Capitalised words past a sentence's first, possessives as the name: "Spirit's";
    the calendar's names aside. A first word is a name when it names a state ("China
    controls…", "Chinese refineries…") or is an acronym ("BMW has cancelled…", the owner a
    cold read's missed dispute named): no common word opening a sentence is either."""
    found = {_as_state(POSSESSIVE.sub("", n)) for n in NAME.findall(text)}
    first = FIRST_WORD.match(text)
    if first:
        word = POSSESSIVE.sub("", first[1])
        state = _as_state(word)
        if state in state_names() or (word.isupper() and word.isalpha() and len(word) > 1):
            found.add(state)
    return found - CALENDAR_NAMES


DEMONYM_ENDING = lazy_compile(r"(?:an|ese|ian|ean|ish|i|ic|ch)$")
DEMONYM_STEM = 4  # letters an adjective shares with its state's name: "Mali", "Malian"


def _as_state(name: str) -> str:
    """A state's adjective as the state: "Chinese refineries" and "China controls" name one
    party. Only an adjective made from the name ("Malian", "Chilean"), not a capital
    ("Nairobi") nor a name told apart ("French")."""
    if not DEMONYM_ENDING.search(name):
        return name
    state = country_names().get(name.lower())
    stem = min(DEMONYM_STEM, len(state or ""))
    if state is None or state.lower()[:stem] != name.lower()[:stem]:
        return name
    return state


CAPITALISED = lazy_compile(r"\b[A-Z][\w'’-]+")


# A sentence opening on who gives its figure ("EPA estimates that the rule will cost water
# systems about $1.5 billion a year…"): the source, not the thing measured, so no subject
# that sets the figure apart from another source's count of the same thing (`pfas`'s
# known dispute with "…would cost more than $3.8 billion a year" had been kept apart)
SOURCE_OPENING = lazy_compile(
    r"^[\"“]?(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,5}(?:estimates?|estimated|says|said|"
    r"expects|expected|projects|projected|calculates|calculated|reckons|reckoned|concluded|"
    r"forecasts|forecast)\s+that\b"
)


# A figure's hedge against another ("puts direct losses nearer $5.6 billion", "closer to
# $300,000 a month"): no word of what it measures. (All hedges, "around" and "roughly"
# too, were tried: a `grain` row set one period's tonnes against another's.)
HEDGE_TERMS = frozenset({"nearer", "closer"})


# Words of a death toll's context (stemmed): "killed", "died", "dead", "deaths"
DEATH_STEMS = frozenset({"kill", "die", "dead", "death"})
MONTH_NAMED = lazy_compile(rf"\b(?:{FULL_MONTH_NAMES})\b")


def _counted_states(figure: Figure) -> set[str]:
    """The states a figure's own words name as the owner of what it counts: "Rwanda" in
    "6,000 to 7,000 Rwandan soldiers" and in "4,000 Rwanda Defence Force (RDF) soldiers"."""
    found = {_as_state(POSSESSIVE.sub("", word)) for word in CAPITALISED.findall(figure.text)}
    return found & state_names()


def _owner_names(figure: Figure) -> set[str]:
    """Names in the few words right by a figure, the sentence's first word aside."""
    words = figure.candidate.sentence.text.split()
    first = POSSESSIVE.sub("", words[0]) if words else ""
    found = {POSSESSIVE.sub("", w) for w in CAPITALISED.findall(figure.near)}
    return found - {first} - CALENDAR_NAMES


# (a possessive and a hyphened word within: "China's Export-Import Bank" is one name, not
# "China" told alone, and no lender of "the China Development Bank", a cold read's sham row)
CAPITAL_RUN = lazy_compile(
    r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s)?\s+)+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
)


RUN_OPENER = lazy_compile(
    r"^(?:(?:The|A|An|In|On|At|By|But|And|For|Of|Its|His|Her|Their|This)\s+)+"
)


def _names_in_common(first: str, second: str, common: set[str]) -> set[str]:
    """The names two passages share, less those each tells only as part of a longer name,
    the two longer names different: "Northvolt Six" (Quebec) and "Northvolt Drei" (Heide)
    are two plants, not one (a cold read's sham row, 30 against 60 gigawatt-hours)."""

    def runs_with(text: str, name: str) -> set[str] | None:
        runs = [
            (m.start(), m.end(), RUN_OPENER.sub("", m[0]))
            for m in CAPITAL_RUN.finditer(text)
            if len(RUN_OPENER.sub("", m[0]).split()) > 1
        ]
        told = [m.start() for m in NAME.finditer(text) if POSSESSIVE.sub("", m[0]) == name]
        if text.startswith(name) and any(s == 0 for s, _, _ in runs):
            told.append(0)  # "China's Export-Import Bank is owed…": a name's first word
        if not told or any(not any(s <= at < e for s, e, _ in runs) for at in told):
            return None  # told alone somewhere (a sentence's first word is no name)
        return {run for _, _, run in runs if name in {POSSESSIVE.sub("", w) for w in run.split()}}

    kept: set[str] = set()
    for name in common:
        in_first, in_second = runs_with(first, name), runs_with(second, name)
        if in_first is None or in_second is None or in_first & in_second:
            kept.add(name)
    return kept


def _initials(figure: Figure) -> frozenset[str]:
    """What the runs of capitalised words beside `figure` spell, in part or whole:
    "Federal Aviation Administration" spells "FAA", "FA" and "AA"."""
    spelled: set[str] = set()
    for run in CAPITAL_RUN.findall(figure.window):
        initials = "".join(word[0] for word in run.split())
        spelled |= {
            initials[i:j] for i in range(len(initials)) for j in range(i + 2, len(initials) + 1)
        }
    return frozenset(spelled)


def _spelled_out(spelled: frozenset[str], names: set[str]) -> set[str]:
    """The acronyms among `names` that the words beside a figure spell out (`_initials`):
    "FAA" beside one figure and "Federal Aviation Administration" beside the other name
    one body ("grounded roughly 215 MAX 9 aircraft", "the grounding of 171 … aircraft")."""
    return {n for n in names if n.isupper() and 2 <= len(n) <= 6 and n in spelled}


def _distinctive_names(
    texts: list[str], named_in: Callable[[str], set[str]] = _names_in
) -> Callable[[str], set[str]]:
    """Names (capitalised words past a sentence's first) that few passages use: "Moura",
    "Barsalogho", not the country every passage names. Two figures beside the same such
    name are about the same thing. (`named_in`: `_names_in`, or the same remembered.)"""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(named_in(text))
    limit = max(2, DISTINCTIVE_SHARE * len(texts))

    def names(text: str) -> set[str]:
        return {n for n in named_in(text) if counts[n] <= limit}

    return names


def _remembered(measure: Callable[[Any], T], key: Callable[[Any], Hashable]) -> Callable[[Any], T]:
    """`measure`, asked once per `key` of its argument (a figure's own identity, kept alive
    by the caller: a figure hashed by value would hash its whole candidate): what one call
    of `figure_disagreements` asks of a figure again and again, and of many not at all."""
    held: dict[Hashable, T] = {}

    def ask(item: Any) -> T:
        found = key(item)
        if found not in held:
            held[found] = measure(item)
        return held[found]

    return ask


def _sums(by_unit: dict[str, list[Figure]]) -> dict[tuple[str, str], float]:
    """Each passage's total per unit, where it gives two figures or more of that unit."""
    found: dict[tuple[str, str], list[float]] = {}
    for unit, group in by_unit.items():
        for figure in group:
            found.setdefault((figure.candidate.sentence.id, unit), []).append(figure.value)
    return {key: sum(values) for key, values in found.items() if len(values) > 1}


ROUGHLY = lazy_compile(
    r"\b(?:around|about|roughly|some|nearly|almost|approximately|close to|or so)\b", re.IGNORECASE
)
ROUGH_SUM = 0.1  # how far a sum may be from a total told roughly ("around 60%")


def _adds_up(a: Figure, b: Figure, totals: dict[tuple[str, str], float]) -> bool:
    """One figure is the sum of the other passage's: "189 … and 157 people" against
    "346 people" is a total, not a dispute; so are "around 40% … and a further 15% or so"
    against "around 60%", told roughly."""
    for one, other in ((a, b), (b, a)):
        total = totals.get((other.candidate.sentence.id, other.unit))
        rough = ROUGHLY.search(one.near) and ROUGHLY.search(other.near)
        if total and abs(total - one.value) <= (ROUGH_SUM if rough else 0.01) * one.value:
            return True
    return False


def figure_disagreements(
    proposals: Proposals,
    limit: int,
    min_similarity: float = 0.25,
    min_shared: int = 2,
    min_difference: float = 0.05,
    source_years: dict[str, int | None] | None = None,
    source_dates: dict[str, str | None] | None = None,
) -> list[FigurePair]:
    """Pairs of figures from different sources, about the same thing, that differ.
    `source_years` (each source's year) lets counts of a specific thing pair on their noun
    alone when both sources are of one year: a count of herds a year later is growth.
    `source_dates` (each source's ISO date) keeps apart two tallies months apart: "has
    infected herds in 16 states" in February and "has confirmed … in 17 states" in July."""
    years_of = source_years or {}
    dates_of = source_dates or {}
    stemmer = make_stemmer()
    best = sorted(proposals.best_by_sentence().values(), key=lambda c: (-c.score, c.sentence.id))
    by_unit: dict[str, list[Figure]] = {}
    for candidate in best[:MAX_FIGURE_PASSAGES]:  # bounded work, however large the corpus
        for figure in _figures_of(candidate, proposals, stemmer):
            by_unit.setdefault(figure.unit, []).append(figure)
    named_in = functools.cache(_names_in)  # a passage's names, found once per text
    states_of = functools.cache(states_named)  # the states it names, asked of pairs
    names = _distinctive_names([c.sentence.text for c in best[:MAX_FIGURE_PASSAGES]], named_in)
    totals = _sums(by_unit)
    # What each passage states: one that gives both figures ("from about $737 … to $1,500")
    # reports the dispute, it is not one side of it.
    stated: dict[str, set[tuple[str, float]]] = {}
    for group in by_unit.values():
        for figure in group:
            stated.setdefault(figure.candidate.sentence.id, set()).add((figure.unit, figure.value))
    told_values = {  # per passage, the values it tells, whatever their units
        sid: {value for unit, value in told if unit != YEAR_UNIT} for sid, told in stated.items()
    }
    # per figure, once and only where a pair gets that far (the pairs below are many, and
    # most fail the first tests): the names beside it and the measures its sentence names
    beside = _remembered(lambda f: names(f.window), key=id)
    initials = _remembered(_initials, key=id)  # asked only where names beside differ
    counted_states = _remembered(_counted_states, key=id)
    months = _remembered(lambda f: set(f.window.split()) & CALENDAR_NAMES, key=id)
    # the names right by each figure (its owner: "for Wegovy", "Zepbound lists at"),
    # however common, and every name of its sentence
    owners = _remembered(_owner_names, key=id)
    # per passage: does it list figures of one unit for several parties ("7.8 percent for
    # Tesla to 17.0 percent for BYD, 18.8 percent for Geely")? Two such lists pair badly:
    # each figure's few words name its neighbours too, so the owners cannot tell them apart
    listed: set[tuple[str, str]] = set()  # (passage, unit) where the passage lists that unit
    for unit, group in by_unit.items():
        counts = Counter(f.candidate.sentence.id for f in group)
        for figure in group:
            sentence = figure.candidate.sentence
            # "BYD 17.4%, Geely 20%": a name before a figure hides it from the reading
            raw = len(LISTED_PERCENT.findall(sentence.text)) if unit == "percent" else 0
            if max(counts[sentence.id], raw) >= LIST_FIGURES:
                listed.add((sentence.id, unit))

    def sentence_names(figure: Figure) -> set[str]:
        return named_in(figure.candidate.sentence.text)

    # the rare names among a passage's first words (what its subject is), once per passage:
    # the pairs below ask it of either side
    subject_names = functools.cache(
        lambda text: (
            set() if SOURCE_OPENING.match(text) else names(" ".join(text.split()[:SUBJECT_WORDS]))
        )
    )

    kinds = _remembered(_figure_kinds, key=id)
    scoped = _remembered(lambda f: SCOPED.search(_own_clause(f)[0]) is not None, key=id)
    nouns_of = _remembered(_noun_of, key=id)
    terms = _remembered(_figure_term, key=id)
    own_months = _remembered(_clause_months, key=id)
    roles = _remembered(_figure_role, key=id)
    worldwide = _remembered(_worldwide, key=id)
    movers = _remembered(_mover, key=id)
    indicators = _remembered(_indicator, key=id)
    tallies = _remembered(_told_as, key=id)  # the pairs below ask it of both sides
    # per passage, once: the values it tells as past ("29 per cent…, up from 14 per cent in
    # 2022"): a passage that gives the other side's value as its earlier one reports a change
    passages = {f.candidate.sentence.id: f.candidate.sentence for g in by_unit.values() for f in g}
    earlier = {sid: earlier_values(sentence.quote) for sid, sentence in passages.items()}
    # per value told as an earlier one, the newest date of a source that tells it so:
    # "…affected approximately 190 million individuals, up from the 100 million figure it
    # reported in October 2024" makes "roughly 100 million" (of an older source) a count
    # since revised, not one side of a dispute with "192.7 million" (a cold read's case)
    revised: dict[float, str] = {}
    for sid, values in earlier.items():
        told_on = dates_of.get(passages[sid].source_id) or ""
        for value in values:
            revised[value] = max(revised.get(value, ""), told_on)
    own_years = _remembered(lambda f: _own_year(f, dates_of), key=id)
    spans = _remembered(_over_a_span, key=id)
    betweens = _remembered(_between_dates, key=id)
    periods = _remembered(_period_told, key=id)
    values_told: dict[tuple[str, str], list[float]] = {}  # (passage, unit) -> its values
    for group in by_unit.values():
        for f in group:
            values_told.setdefault((f.candidate.sentence.id, f.unit), []).append(f.value)
    years_named = {  # per passage, once: the pairs below ask it of both sides
        f.candidate.sentence.id: _years_of_its_figures(f.candidate.sentence.text)
        for group in by_unit.values()
        for f in group
    }
    specific = {
        unit
        for unit, group in by_unit.items()
        if len(group) <= SPECIFIC_UNIT_FIGURES
        and unit.isalpha()
        and unit not in MEASURES
        and unit not in {YEAR_UNIT, "percent", *CURRENCIES.values()}
    }
    pairs = []
    for a, b in (pair for group in by_unit.values() for pair in itertools.combinations(group, 2)):
        if a.candidate.sentence.source_id == b.candidate.sentence.source_id:
            continue
        # no word of context in common: nothing says they measure one thing (asked first,
        # as the cheapest of the tests below: most pairs of a unit fail it)
        shared = len(a.context & b.context)
        if shared < 1 and a.unit not in specific:
            continue  # (a count of a thing few figures count needs none: "some 14,000
            # refugees … living in Tajikistan", "home to 15,000 Afghan refugees")
        if not proposals.similarity(a.candidate.sentence.id, b.candidate.sentence.id):
            continue  # not neighbours: the passages tell different matters, whatever words
            # sit beside their figures ("the Black Sea Grain Initiative … allowed Ukraine to
            # ship almost 33 million tonnes" against "about 40.7 million tonnes of grain in
            # the 2024/25 marketing year"; see docs/quality-history.md, the twenty-fourth round)
        if (b.unit, b.value) in stated[a.candidate.sentence.id] or (a.unit, a.value) in stated[
            b.candidate.sentence.id
        ]:
            continue
        if (
            min(a.value, b.value) >= STATED_COUNT
            and a.unit != YEAR_UNIT
            and (
                b.value in told_values[a.candidate.sentence.id]
                or a.value in told_values[b.candidate.sentence.id]
            )
        ):
            continue  # "had about 13,000 officers on paper …, fewer than 10,000 operational
            # today" gives both sides, however it names the second's unit
        told_before_a, told_before_b = (
            earlier[a.candidate.sentence.id],
            earlier[b.candidate.sentence.id],
        )
        if a.value in told_before_b or b.value in told_before_a:
            continue  # "about 14%" against "29 per cent…, up from 14 per cent": a change told
        if _revised_since(a, b, revised, dates_of) or _revised_since(b, a, revised, dates_of):
            continue  # a newer source gives one side as the count it replaced
        if betweens(a) != betweens(b):
            continue  # "…between June 27 and July 29" against "…this year": two periods
        period_a, period_b = periods(a), periods(b)
        if period_a and period_b and period_a != period_b:
            continue  # "since October" against "in the first half of 2025": two periods
        if spans(a) != spans(b):
            continue  # "35 per cent over the five years from April 2025" against "a rise
            # of 31 per cent in April 2025": a span's total and one step of it
        year_of_a, year_of_b = own_years(a), own_years(b)
        if _ahead(a, year_of_a, dates_of) != _ahead(b, year_of_b, dates_of):
            continue  # "projections show public debt falling to 95 percent of GDP by 2032"
            # against "…public debt is still above 100 per cent of GDP": a level to come and
            # one now (a cold read's sham row)
        if year_of_a and year_of_b and not year_of_a & year_of_b:
            continue  # "2.7 percent by December 2024", "2.4 percent in February 2025": a series
            # (so are one season's exports and a later season's forecast)
        if (a.in_words or b.in_words) and not _same_whole(a, b):
            continue  # "half of the barn cats", "10 to 15 percent": a share told in words
            # pairs only with a share of the same whole ("of Ghana's cocoa farms")
        if _crossed(a, b, values_told, earlier):
            continue  # "15 percent … on Wegovy; 21 … on tirzepatide" against "20 … 14": matched
        smaller_context = min(len(a.context), len(b.context)) or 1
        similarity = shared / smaller_context  # overlap: one side's words in the other's
        larger = max(a.value, b.value)
        # A name shared beside both figures (not anywhere in two long sentences) says
        # they measure the same thing; some word of context must be shared too.
        names_a, names_b = beside(a), beside(b)
        text_a, text_b = a.candidate.sentence.text, b.candidate.sentence.text
        shared_names = _names_in_common(text_a, text_b, names_a & names_b) or (
            _spelled_out(initials(a), names_b) | _spelled_out(initials(b), names_a)
        )
        if not shared_names:
            # the state whose thing the figure counts, in both ("6,000 to 7,000 Rwandan
            # soldiers", "3,000 and 4,000 Rwanda Defence Force (RDF) soldiers"), however
            # common its name: the same party's count
            shared_names = counted_states(a) & counted_states(b)
        if not shared_names and a.context & b.context & DEATH_STEMS:
            # a death toll of one place and month, in both: "nearly 3,000 people had been
            # killed in the fighting for Goma in late January" and "more than 7,000 people
            # were killed between January and late February, most of them in and around
            # Goma" (a known disagreement of `drc`, the place and month told apart from
            # the figure)
            months_both = set(MONTH_NAMED.findall(text_a)) & set(MONTH_NAMED.findall(text_b))
            if months_both:
                shared_names = _names_in_common(text_a, text_b, named_in(text_a) & named_in(text_b))
                if shared_names:  # as good a sign as a rare count's (`SPECIFIC_EVIDENCE`)
                    similarity = max(similarity, SPECIFIC_EVIDENCE)
        if not shared_names and shared >= 2:
            # a month named by both counts only beside other words in common: "the cycle
            # that closed in October left Mexico roughly 865,000 acre-feet short" and "…the
            # delivery cycle in October more than 1 million acre-feet in arrears"
            shared_names = months(a) & months(b)
        if a.subject:  # a rank is of the party its sentence opens with (`_ranks`)
            shared_names = shared_names | {a.subject}
        if _adds_up(a, b, totals) or _within_bound(a, b):
            continue
        if _keeps_another_of(a, b) or _keeps_another_of(b, a):
            continue  # the other passage also gives a figure this one keeps
        if names_a and names_b and not shared_names:
            continue  # "17 soldiers … near Koutougou", "28 … near Point Triple": two events
        states_a, states_b = states_of(text_a), states_of(text_b)
        if states_a and states_b and not states_a & states_b:
            # "…about 115 million tonnes of Ukrainian exports…" and "Russia is the world's
            # largest wheat exporter, with shipments forecast at around 42 million…": two
            # states' figures (a cold read's sham row)
            continue
        whole_a, whole_b = sentence_names(a), sentence_names(b)
        if (
            not shared_names
            and not _names_in_common(text_a, text_b, whole_a & whole_b)
            and (
                min(len(whole_a), len(whole_b)) >= 2
                or (len(whole_a) >= 2 and subject_names(b.candidate.sentence.text))
                or (len(whole_b) >= 2 and subject_names(a.candidate.sentence.text))
            )
        ):
            # "killed about 300 civilian men … in … Moura, Human Rights Watch said" and "At
            # least 400 people were killed … around … Barsalogho in central Burkina Faso":
            # sentences that name places and parties, none the same, tell of two things;
            # so do "The Skelleftea plant … 16 gigawatt-hours", a rare name in its subject,
            # and a passage naming others only ("…Northvolt Six … east of Montreal. It is
            # designed for … 30 gigawatt-hours")
            continue
        if a.subject != b.subject:
            continue  # "Ghana, the world's second-largest…", "Ecuador, … third-largest…"
        if a.rate and b.rate and a.rate != b.rate:
            continue  # "a 150-euro threshold per consignment", "50 euros per tonne"
        own_a, own_b = owners(a), owners(b)
        if own_a and own_b and not own_a & sentence_names(b) and not own_b & sentence_names(a):
            continue  # "$1,349 a month for Wegovy", "Zepbound lists at $1,060": two things
        key_a, key_b = (a.candidate.sentence.id, a.unit), (b.candidate.sentence.id, b.unit)
        if (key_a in listed and (key_b in listed or len(values_told[key_b]) >= 2)) or (
            key_b in listed and len(values_told[key_a]) >= 2
        ):
            # "BYD 17.4%, Geely 20%, SAIC 38.1%" against another list of rates; a list
            # against a pair ("roughly 10% of world wheat exports, around 15% of corn
            # exports and about half…" against "Corn made up about 51% of the total and
            # wheat about 27%": a cold read's sham row, the corn's share against wheat's)
            continue
        if a.moved and b.moved:
            continue  # "smashed through $10,000", "peaked at $12,931": a series, no dispute
        if a.unit in DAYS_COUNTS and _months_apart(a, b, dates_of) >= TALLY_MONTHS:
            continue  # "adopted by 13 votes" (June 2024), "by 12 votes" (October 2025): two
            # votes, each counted on its day (a cold read's sham row)
        told = {tallies(a), tallies(b)}
        apart = _months_apart(a, b, dates_of) if 0 not in told else 0
        if apart and (_grew(a, b, dates_of) if told == {TOLD_SO_FAR} else apart >= TALLY_MONTHS):
            # "reserves stood at $9.2 billion" in February, "$10.8 billion" in October; a
            # count "in nine states" in May, "in 12 states" in June: it grew
            continue
        if (
            TOLD_SO_FAR in told
            and _months_apart(a, b, dates_of) >= TALLY_MONTHS
            and _grew(a, b, dates_of)
        ):
            # "…the equity and debt it has raised since its founding to more than $9
            # billion" (2023) and "burned through more than $15 billion of equity, debt and
            # public money" (2025): a count so far, and a larger one years on (a cold read's
            # sham row); a smaller one later is still a discrepancy
            continue
        if TOLD_AS_OF_NOW in told and _months_apart(a, b, dates_of) >= NOW_APART_MONTHS:
            # "A litre now costs 488 naira in Lagos" (June 2023) and "Pump prices in Lagos
            # are hovering between 850 and 950 naira" (December 2025): a reading of its own
            # day, and a figure told a year or more away is another day's
            continue
        if told == {TOLD_AS_OF_NOW} and (a.level or b.level) and _months_apart(a, b, dates_of):
            # "…the more than $7,000 they would fetch today" (October) and "futures traded
            # above $8,000" (September): a market's readings in different months
            continue
        if (
            (a.level or b.level)
            and TOLD_SO_FAR not in told
            and _months_apart(a, b, dates_of) >= TALLY_MONTHS
        ):
            # "the 30-year yield rose to a record of about 3.2%" in June, "…to a record of
            # about 3.4%" in October: a level reached on its source's day, and a figure
            # told months away is another day's
            continue
        rank_within_a_year = bool(a.subject) and _months_apart(a, b, dates_of) < RANK_MONTHS
        if not rank_within_a_year and _newer_tells_now(a, b, dates_of, tallies):
            # "they account for more than half of cash trading" in June, "they now account
            # for more than 60%" in November: the newer source tells where it stands now
            continue
        if roles(a) != roles(b):
            continue  # "asked for … 77 percent", "the deal raises wages by 62 percent"
        if worldwide(a) != worldwide(b) and names_a_party(
            (b if worldwide(a) else a).candidate.sentence.text
        ):
            continue  # "grounded roughly 215 MAX 9 aircraft worldwide" against the US
            # regulator's "grounding of 171 … aircraft": two scopes (a cold read's sham row)
        mover_a, mover_b = movers(a), movers(b)
        if mover_a and mover_b and not mover_a & mover_b:
            continue  # "The Nikkei share average rose 1.5%", "The yen weakened by more than
            # 2%": two things moved (a cold read's sham row)
        measure_a, measure_b = indicators(a), indicators(b)
        if measure_a is not None and measure_b is not None and measure_a != measure_b:
            continue  # "cut its forecast for growth … to 0.6%", "core inflation … slowing
            # to 1.8%": two measures of one economy
        kinds_a, kinds_b = kinds(a), kinds(b)
        if kinds_a and kinds_b and not kinds_a & kinds_b:
            continue  # "insured losses … $1.08 billion", "direct losses … $5.4 billion"
        noun_a, noun_b = nouns_of(a), nouns_of(b)
        if noun_a and noun_b and noun_a != noun_b:
            continue  # "would inject around £3bn of new equity", "write down roughly £4bn of
            # debt": two sums, each of its own thing (a cold read's sham row)
        if scoped(a) != scoped(b):
            continue  # "Interest alone takes roughly a third of ordinary revenue" against
            # "Debt service absorbs more than half…": a part of a measure, and the whole
        if ("capacity" in kinds_a) != ("capacity" in kinds_b):
            continue  # "a nameplate capacity of 650,000 barrels per day" against "setting
            # aside up to 385,000 barrels per day of crude": what a plant can do, and a flow
        told_in_a, told_in_b = own_months(a), own_months(b)
        if told_in_a and told_in_b and not told_in_a & told_in_b:
            continue  # "…at the end of March" against "…at the end of September": two dates
        term_a, term_b = terms(a), terms(b)
        if term_a and term_b and term_a != term_b:
            continue  # "the 40-year yield to about 3.6%", "the 30-year yield … about 3.4%"
        years_a = years_named[a.candidate.sentence.id]
        years_b = years_named[b.candidate.sentence.id]
        if a.unit != YEAR_UNIT and years_a and years_b and not years_a & years_b:
            continue  # "17% in fiscal 2024" and "13% in fiscal 2025": a series, not a dispute
        # both name the same year ("at the 2022 peak … 200,000 barrels a day", "At the
        # worst point in 2022 … up to 400,000 barrels a day"): the same period's measure
        same_year = a.unit != YEAR_UNIT and bool(years_a & years_b)
        year_a = years_of.get(a.candidate.sentence.source_id)
        close = larger / max(min(a.value, b.value), 1e-9)
        exact = _exact_count(a) and _exact_count(b)
        counted = (
            a.unit in specific
            and year_a is not None
            and year_a == years_of.get(b.candidate.sentence.source_id)
            and close <= LOOSE_MAX_RATIO
        ) or (
            exact  # of one year, or a count a year later is growth ("891 herds", "866 herds")
            and close <= EXACT_MAX_RATIO
            and years_of.get(b.candidate.sentence.source_id) in (year_a, None)
        )
        if counted:
            similarity = max(similarity, SPECIFIC_EVIDENCE)
        if larger == 0 or (
            not shared_names
            and not counted
            and (shared < min_shared or similarity < min_similarity)
        ):
            continue
        if a.unit == YEAR_UNIT:
            if a.period and b.period:
                continue  # "…1.3 percent of GDP in 2025" and "…0.3 percent … in 2024": the
                # years of two rates, no event's date
            year_b = years_of.get(b.candidate.sentence.source_id)
            if (
                year_a is not None
                and year_b is not None
                and year_a != year_b
                and a.value >= year_a
                and b.value >= year_b
            ):
                continue  # "…hopes to be producing nodules by 2024" (2021) and "…expects to
                # begin commercial production in 2027" (2025): a target moved as the years
                # went by, no dispute (a cold read's MISPLACED row)
            # Dates of the same event: close, or they are most likely different events.
            gap = abs(a.value - b.value)
            if not 1 <= gap <= MAX_YEAR_GAP or similarity < YEAR_MIN_SIMILARITY:
                continue
            ratio = 1 + gap
        else:
            # two counts of one thing differ at any gap ("891 herds", "866 herds")
            if abs(a.value - b.value) / larger < (COUNT_DIFFERENCE if counted else min_difference):
                continue
            if (
                a.unit not in ROUGH_EXEMPT
                and abs(a.value - b.value) / larger <= ROUGH_DIFFERENCE
                and rough(a)
                and rough(b)
            ):
                continue  # "some 23 million tonnes", "an estimated 21 million": within reason
            ratio = larger / max(min(a.value, b.value), 1e-9)
            if ratio > MAX_RATIO:
                continue  # so far apart that they most likely measure different things
            if (
                similarity < CLOSE_CONTEXT
                and not shared_names
                and not same_year
                and ratio > LOOSE_MAX_RATIO
            ):
                continue  # the looser the match of contexts, the closer the values must be
        if (
            not shared_names
            and not counted
            and not same_year
            and (a.unit == YEAR_UNIT or similarity < UNNAMED_MIN_SIMILARITY)
        ):
            continue  # nothing says they measure the same thing: no place, party or event
        closeness = similarity * (1 + len(shared_names) + same_year) / (1 + math.log(ratio))
        year_b = years_of.get(b.candidate.sentence.source_id)
        settled_loss = roles(a) == "loss" and TOLD_SO_FAR not in told
        if (
            not same_year
            and not settled_loss  # (what an event cost, told in two years, is one sum:
            # `uaw`'s "total direct losses of about $10.4 billion" and "…nearer $5.6
            # billion", a known dispute)
            and year_a is not None
            and year_b is not None
            and year_a != year_b
        ):
            # "537 naira" in a 2023 report, "about 950 naira" in a 2024 one: more likely a
            # change over time than a dispute, so pairs of one period come first
            closeness *= YEARS_APART
        if closeness < MIN_CLOSENESS:
            continue  # too loose a match to set before a reader as a dispute
        first, second = sorted((a, b), key=lambda f: f.candidate.sentence.id)
        pairs.append(FigurePair(a.unit, first, second, closeness))
    chosen: list[FigurePair] = []
    used: set[str] = set()
    for pair in sorted(pairs, key=lambda p: (-p.similarity, p.first.candidate.sentence.id)):
        ids = {pair.first.candidate.sentence.id, pair.second.candidate.sentence.id}
        if ids & used or any(_same_dispute(pair, other) for other in chosen):
            continue
        chosen.append(pair)
        used |= ids
        if len(chosen) >= limit:
            break
    return chosen


# A word without which neither `EARLIER_VALUE` nor `CHANGE` can match
TELLS_EARLIER = lazy_compile(r"\b(?:from|compared|replac\w*|instead|previously|formerly)\b", re.I)


def earlier_values(text: str) -> frozenset[float]:
    """The values a passage tells as earlier ones: after "up from", "compared with", or at
    either end of a change ("from 80 percent to 50 percent")."""
    return frozenset(value for value, _ in told_values(text, earlier=True))


def values_told_now(text: str) -> frozenset[tuple[float, str]]:
    """The values a passage tells as they stand, not as earlier ones, each with what it
    counts (`told_values`): "…roughly doubled to about 1 percent of hull value from
    around 0.5 percent" tells (1, "percent"), not 0.5."""
    return told_values(text, earlier=False)


def told_values(text: str, earlier: bool, changes_too: bool = True) -> frozenset[tuple[float, str]]:
    """The values a passage tells as earlier ones (`earlier`: after "up from", "compared
    with", or, `changes_too`, at either end of a change) or as they stand (the others,
    less the start of a change: `FROM_BEFORE`), years aside, each with what it counts:
    its currency sign, or the word after it ("percent", "people")."""
    if not DIGIT.search(text) or (earlier and not TELLS_EARLIER.search(text)):
        return frozenset()  # most passages: no word that an earlier value follows
    changes = [
        m.span()
        for m in CHANGE.finditer(text)
        if changes_too
        and not (SPREAD_OVER.search(text[: m.start()]) and TIGHT_RANGE.match(m.group()))
    ]
    found = set()
    for match in NUMBER.finditer(text):
        before = text[: match.start()]
        in_change = any(start <= match.start() < end for start, end in changes)
        told_earlier = bool(EARLIER_VALUE.search(before))
        if earlier and not (in_change or told_earlier):
            continue
        if not earlier and (told_earlier or FROM_BEFORE.search(before)):
            continue
        try:
            value = _number(match["value"])
        except ValueError:
            continue
        scale = match["scale"]
        if not earlier and value.is_integer() and 1800 <= value <= 2100 and not scale:
            continue  # a year
        if scale in SCALE or (scale in MONEY_SCALE and match["prefix"]):
            value *= SCALE.get(scale) or MONEY_SCALE[scale]
        found.add((value, match["prefix"] or (match["unit"] or "").lower()))
    return frozenset(found)


# The year a figure is told for, right after it: "2.7 percent by December 2024", "29 per
# cent of its system sales in 2023" (a few words between, no clause break)
OWN_YEAR = lazy_compile(
    r"\s*(?:[^\s,;:.()]+\s+){0,4}?(?:in|by|during|as of)\s+(?:the\s+)?"
    rf"(?:(?:early|late|mid-?)\s*)?(?:(?:{FULL_MONTH_NAMES})\s+(?:\d{{1,2}},?\s+)?)?"
    # a quarter or a span of months: "in the January-March quarter of 2026", "in
    # January-March 2027", "by the first quarter of 2026"
    rf"(?:(?:{FULL_MONTH_NAMES})[-–](?:{FULL_MONTH_NAMES})\s+(?:quarter\s+(?:of\s+)?)?)?"
    r"(?:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of\s+)?"
    r"(?:fiscal\s+(?:year\s+)?)?"
    r"((?:19|20)\d{2})\b(?![-–/]\d)",
)


# A season or fiscal year told right after a figure ("47.5 million tonnes of wheat in the
# 2022/23 season"), or in its own clause before it ("Russia's 2025/26 wheat exports are
# forecast at roughly 41 million")
OWN_SEASON_AFTER = lazy_compile(
    r"\s*(?:[^\s,;:.()]+\s+){0,4}?(?:in|by|during|for|as of)\s+(?:the\s+)?"
    r"((?:19|20)\d{2})[/–-](\d{2}|(?:19|20)\d{2})\b"
)
SEASON = lazy_compile(r"\b((?:19|20)\d{2})/(\d{2}|(?:19|20)\d{2})\b")


# A figure told as of the writer's day: "from about 6 trillion yen now"
NOW_AFTER = lazy_compile(r"\s*(?:[^\s,;:.()]+\s+){0,3}?(?:now|today|currently)\b")
# A period told from the writer's day: "…a third of revenue at each of the three companies
# in their most recent fiscal years" (of October 2022) is of 2022, not of "fiscal 2025" (a
# cold read of `chips` found the two set side by side as a disagreement)
LATEST_PERIOD_AFTER = lazy_compile(
    r"\s*(?:[^\s,;:.()]+\s+){0,8}?(?:in|for|during) (?:its|their|the) (?:most recent|latest|"
    r"last|past) (?:full )?(?:(?:fiscal|financial|calendar) )?(?:years?|quarters?)\b"
)


def _own_year(figure: Figure, dates: dict[str, str | None] | None = None) -> frozenset[int] | None:
    """The years a figure is told for, written right after it ("in 2023", "in the 2022/23
    season"), as a season in its clause before it, or as "now" in a source of known date
    (`dates`): two figures told for different periods are two points of a series however
    alike their words ("from about 6 trillion yen now" against "around 2.1 trillion yen a
    month in January-March 2027")."""
    text = figure.candidate.sentence.quote
    at = text.find(figure.text)
    if at < 0 or figure.unit == YEAR_UNIT:
        return None
    found = OWN_YEAR.match(text, at + len(figure.text))
    if found:
        return frozenset({int(found[1])})
    written = (dates or {}).get(figure.candidate.sentence.source_id)
    if written and (
        NOW_AFTER.match(text, at + len(figure.text))
        or LATEST_PERIOD_AFTER.match(text, at + len(figure.text))
    ):
        return frozenset({int(written[:4])})
    season = OWN_SEASON_AFTER.match(text, at + len(figure.text))
    if season is None:
        seasons = list(SEASON.finditer(_own_clause(figure)[0]))
        season = seasons[-1] if seasons else None
    if season is None:
        return None
    first = int(season[1])
    return frozenset({first, first + 1})


def _ahead(figure: Figure, years: frozenset[int] | None, dates: dict[str, str | None]) -> bool:
    """Is the figure told for a year after its source's (`_own_year`: "95 percent of GDP by
    2032" in a source of 2025), a level to come?"""
    written = dates.get(figure.candidate.sentence.source_id)
    return bool(years and written and written[:4].isdigit() and min(years) > int(written[:4]))


# A figure told as the total over several years or months: "by 35 per cent over the five
# years from April 2025", "£20bn over five years", "across the next three years"
OVER_A_SPAN = lazy_compile(
    r"\s*(?:[^\s,;:.()]+\s+){0,3}?(?:over|across)\s+(?:the\s+)?"
    r"(?:(?:next|past|last|coming|first|following)\s+)?(?:[\w-]+\s+)?(?:years|months|decades)\b|"
    # a total since a year: "…has spent more than $1.4 billion on indemnity and compensation
    # to poultry producers since 2022" is no side of a dispute with "USDA's $1 billion
    # February plan" (a cold read found the two set against each other)
    r"\s*(?:[^\s,;:.()]+\s+){0,8}?since\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d\b"
)


# "…spent 5.53 trillion yen … buying yen between June 27 and July 29": a figure of the
# days between two dates, which is no account of a year's total ("…spent a record 15.3
# trillion yen this year")
BETWEEN_DATES = lazy_compile(
    rf"\bbetween (?:\d{{1,2}} )?(?:{FULL_MONTH_NAMES})(?: \d{{1,2}})?,? and "
    rf"(?:\d{{1,2}} )?(?:{FULL_MONTH_NAMES})\b"
)


# The period a count is told for: "killed since October", "in the first half of 2025",
# "in the first nine months of the year". Counts of two periods are no dispute ("more than
# 4,000 … killed … since October" against "at least 3,141 … killed … in the first half of
# 2025" had been a cold read's sham row).
PERIOD_TOLD = lazy_compile(
    rf"\bsince (?:the (?:start|beginning|end) of |early |late |mid-)?"
    rf"(?P<since>{FULL_MONTH_NAMES}|(?:19|20)\d\d|last \w+)\b|"
    # "…from the peak of the first quarter of 2024, when the agency's quarterly series put
    # poverty at around 55 percent" is no side of a dispute with "38.1 percent in the
    # second half of 2024" (a cold read)
    r"\b(?:in|during|over|of|for) the (?P<part>(?:first|second|third|last|past) (?:half|quarter|"
    r"(?:\w+ )?(?:months|weeks|days)|year))\b(?: of (?P<of>the year|this year|last year|"
    r"(?:19|20)\d\d))?",
    re.IGNORECASE,
)


def _period_told(figure: Figure) -> str | None:
    """The period the figure's clause tells its count for (`PERIOD_TOLD`), in words (not
    another clause's: "…its first surplus since 2010: a surplus of 1.8 percent")."""
    quote = figure.candidate.sentence.quote
    at = figure_at(quote, figure.text)
    if at < 0:
        return None
    start = max((m.end() for m in CLAUSE_END.finditer(quote, 0, at)), default=0)
    stop = CLAUSE_END.search(quote, at + len(figure.text))
    found = PERIOD_TOLD.search(quote, start, stop.start() if stop else len(quote))
    if found is None:
        return None
    return " ".join(w for w in found.group("since", "part", "of") if w).lower()


def _between_dates(figure: Figure) -> bool:
    """Is the figure told for the days between two dates, in its own clause (its words
    before it, and all of the clause after it)?"""
    _, found, after = figure.candidate.sentence.quote.partition(figure.text)
    if not found:
        return False
    clause = f"{_own_clause(figure)[0]} {figure.text} {CLAUSE_END.split(after)[0]}"
    return bool(BETWEEN_DATES.search(clause))


def _over_a_span(figure: Figure) -> bool:
    """Is the figure told as a total over several years or months (`OVER_A_SPAN`)? Such a
    total and a figure of one moment are different quantities however alike their words."""
    text = figure.candidate.sentence.quote
    at = text.find(figure.text)
    return at >= 0 and bool(OVER_A_SPAN.match(text, at + len(figure.text)))


def _revised_since(
    old: Figure, new: Figure, revised: dict[float, str], dates: dict[str, str | None]
) -> bool:
    """Does a source at least as new as `old`'s tell `old`'s value as an earlier one
    (`earlier_values`), `new` being the newer side? A large value only: a count since
    revised ("up from the 100 million figure"), not a small number any passage may give."""
    told_on = revised.get(old.value)
    if told_on is None or old.value < REVISED_AT_LEAST:
        return False
    old_date = dates.get(old.candidate.sentence.source_id) or ""
    new_date = dates.get(new.candidate.sentence.source_id) or ""
    return bool(old_date and told_on >= old_date and new_date >= old_date)


def _crossed(
    a: Figure,
    b: Figure,
    values_told: dict[tuple[str, str], list[float]],
    earlier: dict[str, frozenset[float]],
) -> bool:
    """Two passages that each give two figures of a unit, paired across: "15 percent on
    Wegovy, 21 on tirzepatide" and "20 percent on tirzepatide, 14 on semaglutide" pair 21
    with 20 and 15 with 14, not 15 with 20. True when each side holds another figure
    nearer the other side's than the pair's own gap (its compared or earlier values count:
    "20 percent, compared with about 14 percent on semaglutide")."""
    gap = abs(a.value - b.value)
    mine = [*values_told[(a.candidate.sentence.id, a.unit)], *earlier[a.candidate.sentence.id]]
    theirs = [*values_told[(b.candidate.sentence.id, b.unit)], *earlier[b.candidate.sentence.id]]
    return any(abs(v - b.value) < gap for v in mine) and any(abs(v - a.value) < gap for v in theirs)


WORDS_ROUNDING = 1.25  # "about a tenth" stands for 8 to 12.5 percent
PLAIN_SHARES = sorted(set(SHARES.values()))


def _rounds_to(figure: Figure, share: Figure) -> bool:
    """Would a writer round the figure to this share in words: is it the plain fraction
    nearest the figure? "about 12 percent" is "about a tenth", but "about 56 percent" is no
    "roughly two-thirds" (it is nearer half), nor 20 percent "about a quarter" (a fifth)."""
    if figure.in_words:
        return figure.value == share.value
    nearest = min(abs(figure.value - plain) for plain in PLAIN_SHARES)
    return abs(figure.value - share.value) <= nearest + 1e-9


LOWER_BOUND = lazy_compile(r"(?:over|more than|at least|(?:well )?above)\b", re.IGNORECASE)
UPPER_BOUND = lazy_compile(
    r"(?:less than|fewer than|up to|as (?:much|many) as|(?:well )?(?:under|below))\b", re.IGNORECASE
)


NEGATIVE = lazy_compile(r"\b(?:minus|negative)\s|−", re.IGNORECASE)


def _signed(figure: Figure) -> float:
    """A figure's value with its sign: "below minus 2%" bounds "minus 2.5%" from above."""
    return -figure.value if NEGATIVE.search(figure.text) else figure.value


# The last word of a figure as told, its unit: "percent", "billion", "%"
UNIT_WORD = lazy_compile(r"([A-Za-z]+|%)\W*$")
NUMBER_WRITTEN = lazy_compile(r"\d+(?:\.\d+)?")


def _keeps_another_of(bound: Figure, other: Figure) -> bool:
    """Is `bound` a bound ("less than 20 percent") that another figure of the same unit in
    `other`'s passage keeps? "Affiliates of existing ByteDance investors will hold 30.1
    percent and ByteDance 19.9 percent" gives "less than 20 percent" its 19.9 beside the
    30.1 paired with it (a cold read's sham row: the investors' stake against ByteDance's
    cap). The passage is read afresh: a figure after a name escapes the figure reading."""
    lower, upper = LOWER_BOUND.match(bound.text), UPPER_BOUND.match(bound.text)
    unit = UNIT_WORD.search(bound.text)
    if not (lower or upper) or unit is None or bound.unit == YEAR_UNIT:
        return False
    written = NUMBER_WRITTEN.search(bound.text.replace(",", ""))
    if written is None or float(written[0]) == 0:
        return False
    scale = bound.value / float(written[0])  # "less than $20 billion": 2e10 for the 20 told
    told = re.finditer(
        rf"(?<![\w.,])(\d+(?:\.\d+)?)\s*{re.escape(unit[1])}(?!\w)", other.candidate.sentence.text
    )
    for found in told:
        value = float(found[1]) * scale
        if value == other.value:
            continue  # the figure paired
        if (lower and value >= bound.value) or (upper and value <= bound.value):
            return True
    return False


def _within_bound(a: Figure, b: Figure) -> bool:
    """One figure is a bound the other keeps: "more than 6,000 flights" and "about 7,000
    flights" can both be true; so can two floors ("more than 130 ships" and "over 100
    merchant vessels", a cold read's sham row), and a floor under a ceiling ("more than $11
    billion" and "up to $12.5 billion", another). Two ceilings of different sizes are two
    estimates of a peak, a dispute ("as much as 200,000 barrels a day" of theft against "up
    to 400,000"). A share told in words is a rounding: "about a tenth" keeps "about 12
    percent" (another)."""
    rough = not any(
        LOWER_BOUND.match(f.text) or UPPER_BOUND.match(f.text) for f in (a, b)
    )  # ("more than half": a bound)
    if (
        rough
        and (a.in_words or b.in_words)
        and max(a.value, b.value) <= WORDS_ROUNDING * min(a.value, b.value)
        and all(_rounds_to(f, w) for f, w in ((a, b), (b, a)) if w.in_words)
    ):
        return True
    if all(LOWER_BOUND.match(f.text) for f in (a, b)):
        return True
    for floor, ceiling in ((a, b), (b, a)):
        if (
            LOWER_BOUND.match(floor.text)
            and UPPER_BOUND.match(ceiling.text)
            and _signed(floor) <= _signed(ceiling)
        ):
            return True
    for bound, point in ((a, b), (b, a)):
        point_low = point.value if point.low is None else point.low
        if bound.low is not None and bound.low <= point.value and point_low <= bound.value:
            return True  # "about 7 percent" in "6.5–8.1 percent", or ranges that overlap
        if LOWER_BOUND.match(point.text) or UPPER_BOUND.match(point.text):
            continue
        if LOWER_BOUND.match(bound.text) and _signed(point) >= _signed(bound):
            return True
        if (
            UPPER_BOUND.match(bound.text)
            and not ESTIMATED_PEAK.match(bound.text)
            and _signed(point) <= _signed(bound)
        ):
            return True
    return False


# "…put the cost to the Spanish economy at as much as 4.5 billion euros" against "roughly
# 1.6 billion euros": an estimate's high end is an estimate, not a limit another keeps (a
# cold read missed the dispute). "Up to" stays a limit ("up to 16 months" of delay).
ESTIMATED_PEAK = lazy_compile(r"as (?:much|many) as\b", re.IGNORECASE)


# "The Nikkei rose 0.7%", "shares fell as much as 12.4%": a move on the source's day. Two
# such moves in sources months apart are two days' moves, not two accounts of one.
# (and a currency's: "The yen weakened about 1% against the dollar" in March 2024 beside
# "strengthened by more than 2%" in August had been a dispute row)
MOVED_BY = lazy_compile(
    r"\b(?:rose|fell|gained|lost|jumped|climbed|dropped|slid|slumped|plunged|surged|soared|"
    r"tumbled|sank|advanced|declined|rallied|retreated|shed|added|weakened|strengthened|"
    r"appreciated|depreciated|firmed|slipped|dipped|rebounded)\s+(?:by\s+)?(?:(?:about|around|"
    r"roughly|nearly|almost|some|just|more than|over|as much as|a further|another)\s+)?$",
    re.IGNORECASE,
)

# A figure told as where a level stood on a day ("as of December 18", "reserves stood
# at…"): two such figures months apart are a change, whichever is larger.
# "The Arakan Army holds 15 of the state's 17 townships": what one holds, on the day told
# (not "hold" or "control": "the salt flats … hold roughly two-thirds of the world's known
# lithium resources" against "about 56 percent" is a dispute, and so, to the bench's key
# points, is "Gangs still control roughly 80 percent of Port-au-Prince" against "…around
# 90 percent" a year on, which a cold read took for a change: measured, both had left the
# table)
TALLY = lazy_compile(
    r"\b(?:as of|st(?:ood|ands) at|now|today|currently|holds|controls|hosts)\b", re.IGNORECASE
)
TALLY_MONTHS = 2  # sources this many months apart or more give two points of a tally
DAYS_COUNTS = frozenset({"votes", "vote", "ballots"})  # counts of one day's event
NOW_APART_MONTHS = 12  # a figure told "now" and one a year or more away: two days' readings
PASSIVE_REACH = 5  # words after a figure where a running count's passive verb stands
TOLD_AS_OF_NOW = 2  # `tallies`: a level as of a day
TOLD_SO_FAR = 1  # `tallies`: a running count
# money put into a thing, right before its sum: "spent more than", "invested about"
SPENT_ON = lazy_compile(
    r"\b(?:spent|invested|poured|sunk|ploughed|plowed|pumped)(?:\s+(?:more than|over|"
    r"nearly|almost|about|around|some|roughly|an estimated|at least|close to))?\s*$"
)


def _told_as(figure: Figure) -> int:
    """How a figure is told: as a running count so far (`TOLD_SO_FAR`), as where a level
    stood on a day (`TOLD_AS_OF_NOW`), or neither (0)."""
    text = figure.candidate.sentence.text
    clause, after = _own_clause(figure)
    # "When Northvolt filed … in November 2024, it had raised more than $15 billion": a
    # count as it stood then, beside "…bringing the equity and debt it has raised since its
    # founding to more than $9 billion" of a year before (it had been a dispute)
    if SO_FAR.search(text) or RUNNING_COUNT.search(clause) or HAD_DONE.search(clause):
        return TOLD_SO_FAR
    # "TikTok spent more than $2 billion on Project Texas" (January 2025) beside "a $1.5
    # billion plan known as Project Texas" (March 2024): money spent on a thing, told for
    # no period, is its total as it stood (a cold read's sham row)
    if SPENT_ON.search(clause) and _period_told(figure) is None and not _years_of_its_figures(text):
        return TOLD_SO_FAR
    # "more than 12,000 people have been killed since the war began" (ACLED, December
    # 2023) beside "ACLED has recorded more than 28,700 fatalities" (April 2025): the count
    # told in the passive after the figure (it had been a dispute)
    if RUNNING_COUNT.search(" ".join(after.split()[:PASSIVE_REACH])):
        return TOLD_SO_FAR
    # "the two-year yield rose to 0.7%" in January, "rose above 1%" in November: two
    # readings of a level months apart, as "stood at" ones are
    return TOLD_AS_OF_NOW if TALLY.search(text) or figure.level else 0


def _months_apart(a: Figure, b: Figure, dates: dict[str, str | None]) -> int:
    """How many months apart two figures' sources are (0 when either is undated). Two
    tallies of the moment `TALLY_MONTHS` or more apart are a change, not a dispute; two
    counts of one thing a month or more apart, the newer the larger, are its growth."""
    first = dates.get(a.candidate.sentence.source_id)
    second = dates.get(b.candidate.sentence.source_id)
    return abs(months_older(first, second))


def _newer_tells_now(
    a: Figure, b: Figure, dates: dict[str, str | None], tallies: Callable[[Figure], int]
) -> bool:
    """Is the figure of a source `TALLY_MONTHS` or more newer told as where things stand
    on its day, or of any newer source as a level it moved to, the older told plainly?
    Then the older is an earlier reading of it."""
    newer_b = months_older(
        dates.get(a.candidate.sentence.source_id), dates.get(b.candidate.sentence.source_id)
    )
    if not newer_b:
        return False
    newer, older = (b, a) if newer_b > 0 else (a, b)
    if tallies(older) != 0:
        return False
    # a level moved to in a newer source ("raised its mid-crop price to 1,500 CFA francs
    # this month", a month after "pays … 1,000 CFA francs"): it changed, whatever the gap
    return newer.level or (abs(newer_b) >= TALLY_MONTHS and tallies(newer) == TOLD_AS_OF_NOW)


def _grew(a: Figure, b: Figure, dates: dict[str, str | None]) -> bool:
    """Is the figure of the newer source the larger? A running count only grows: "16
    states" in February and "17 states" in July are its growth, "17" then "16" a dispute."""
    newer_b = months_older(
        dates.get(a.candidate.sentence.source_id), dates.get(b.candidate.sentence.source_id)
    )
    return b.value > a.value if newer_b > 0 else a.value > b.value


def _same_dispute(one: FigurePair, other: FigurePair) -> bool:
    """The same two values of the same unit: "80 / 90 percent of the capital" told by two
    more sources is one row, not two."""
    if one.unit != other.unit:
        return False
    mine = sorted((one.first.value, one.second.value))
    theirs = sorted((other.first.value, other.second.value))
    return all(
        abs(a - b) <= 0.02 * max(abs(a), abs(b), 1e-9) for a, b in zip(mine, theirs, strict=True)
    )


ROWS_FOUND = 8  # rows of each kind found once, for every layout's limit up to this


def disagreements(
    proposals: Proposals,
    limit: int,
    source_years: dict[str, int | None] | None = None,
    source_dates: dict[str, str | None] | None = None,
) -> list[Disagreement]:
    """Pairs of passages from different sources whose figures for one thing differ, found
    once per Proposals and years for up to `ROWS_FOUND` rows (each is chosen greedily, so a
    shorter list is the longer one's head): every audience whose layout has the section
    asks, whatever its limit, and they mostly share proposals.

    Accounts of two parties' dealings, one of cooperation and one of conflict, had their
    rows here too; read by a fact-checker over 37 corpora, none of the six the finder ranked
    was a dispute between sources (two facets of a relation, or a relation that changed),
    and one had led a memo's table over figures that were. They are no longer rows."""
    years = source_years or {}
    dates = source_dates or {}
    held: dict[tuple[object, ...], list[Disagreement]] = proposals.__dict__.setdefault(
        "_disagreements", {}
    )  # frozen: a memo of what the fields already determine, not state
    bound = max(limit, ROWS_FOUND)
    key = (
        bound,
        tuple(sorted(years.items(), key=lambda item: item[0])),
        tuple(sorted(dates.items(), key=lambda item: item[0])),
    )
    if key not in held:
        held[key] = _figure_rows(proposals, bound, years, dates)
    return held[key][:limit]


def _figure_rows(
    proposals: Proposals,
    limit: int,
    years: dict[str, int | None],
    dates: dict[str, str | None],
) -> list[Disagreement]:
    rows = []
    for pair in figure_disagreements(proposals, limit, source_years=years, source_dates=dates):
        row = pair.as_disagreement()
        first, second = sorted(
            (row.first, row.second),
            key=lambda c: (years.get(c.sentence.source_id) or 0, c.sentence.id),
        )
        if first is not row.first:  # older source first, and its figure first in the label
            row = Disagreement(f"{pair.second.text} / {pair.first.text}", first, second, row.score)
        rows.append(row)
    return rows
