"""Section fit: how well a passage suits each memo section, from general discourse cues.

No topic word lists: past-tense narration and earlier years mark background; causal and
motive language marks drivers; an actor with a stance verb marks a position; future,
expectation, risk and scenario language marks the outlook, and a passage about years
before its source was written is no outlook however many modal verbs it has.
"""

from __future__ import annotations

import math
import re

from briefkit.analysis.guarded import Guarded, guarded
from briefkit.analysis.units import SCENARIO_HEADING
from briefkit.corpus import Document, Sentence
from briefkit.dates import MONTHS, WEEKDAY_NAMES
from briefkit.lazy_regex import lazy_compile

SECTIONS = ("background", "drivers", "regional_positions", "outlook")


PERFECT_NEXT = r"(?!(?:\s+(?:not|only|never|also|well|easily))?\s+have\b)"
# "Customers could not delay or stage these files": an inability in a told event ("could
# not be ruled out" may still look ahead).
INABILITY_NEXT = r"(?!\s+not\s+(?!be\b)[a-z]+)"


# "may" the verb, not "May" the month
MAY_CUE = rf"(?-i:may){PERFECT_NEXT}"
# "plans to raise bills", not the noun and a preposition: "submitted a revised plan to
# Ofwat in October" had been labelled a view "looking to a date now past"
PLANS_TO = (
    r"plans? to(?=\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|any|"
    r"each|every|all|both|no)\b)(?-i:[a-z]))"
)


# Words after which "back" is a direction or a return, not support ("buy back", "came back")
NOT_MOVED_BACK = "".join(
    f"(?<!{word} )"
    for word in re.findall(
        r"\S+",
        "buy bought buying pay paid paying come came coming go went going pull pulled pulling "
        "roll rolled rolling scale scaled scaling cut cutting fight fought fighting step "
        "stepped stepping hold held holding look looked looking bring brought bringing get "
        "got getting give gave giving set setting turn turned turning send sent sending win "
        "won winning claw clawed clawing push pushed pushing way years months weeks days "
        "decades far",
    )
)


def _cues(*patterns: str) -> re.Pattern[str]:
    return lazy_compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


CUES: dict[str, re.Pattern[str]] = {
    "background": _cues(
        r"was",
        r"were",
        r"had",
        r"became",
        r"began",
        r"emerged",
        r"ruled",
        r"fought",
        r"founded",
        r"formed",
        r"collapsed?",
        r"histor\w*",
        r"tradition\w*",
        r"previously",
        r"formerly",
        r"once",
        r"since",
        r"ago",
        r"during",
        r"in the (?:1[89]|20)\d0s",
        r"decades?",
        r"centur(?:y|ies)",
        r"former",
        r"earlier",
        r"legacy",
        r"origins?",
        r"roots?",
        r"back then",
        r"at the time",
        r"first",
        r"long(?:-standing| been)",
        r"independence",
    ),
    "drivers": _cues(
        r"because",
        r"due to",
        r"owing to",
        r"driven by",
        r"drives?",
        r"reasons?",
        # (not "There is cause for grave concern," Rutte said: a reaction)
        r"causes?(?! for\b)",
        r"caused",
        r"motiv\w+",
        r"fears?",
        r"feared",
        r"(?=concern)(?<!cause for )(?<!for grave )(?<!for serious )(?<!for deep )concerns?",
        r"concerned",
        r"worr\w+",
        r"threats?",
        r"threaten\w*",
        r"interests?",
        r"aims?",
        r"seeks?",
        r"sought",
        r"goals?",
        r"in order to",
        r"so that",
        r"incentives?",
        r"pressures?",
        r"therefore",
        r"hence",
        r"consequently",
        r"as a result",
        r"stems? from",
        r"attribut\w+",
        r"explains?",
        r"factors?",
        r"vulnerab\w+",
        # (not "people at high risk of exposure": who is exposed, no cause)
        r"(?<!\bat high )(?<!\bat higher )(?<!\bat greater )(?<!\bat increased )risks?",
        r"dependen\w+",
        r"perceiv\w+",
        r"perception",
        r"counting on",
        r"benefit\w*",
        r"leverage",
        r"rivalr\w+",
        r"why",
        # how one thing brought another about: "a failure of manufacturing execution,
        # compounded by strategic overreach", "the cancellation triggered…", "led to"
        r"led to",
        r"leads? to",
        r"leading to",
        r"result(?:ed|s)? in",
        r"result of",
        r"contribut\w+",
        r"blam\w+",
        r"compounded",
        r"triggered",
        r"prompted",
        r"sparked",
        r"undermin\w+",
        r"failures? of",
        r"lessons?",
        # more of how a cause works, each found two or more times as often in the read
        # corpora's key points labelled drivers as in other sentences, and more often than
        # in their background points: "demand was fuelled by…", "linked to", "reflects",
        # "pushed both companies to the table", "exploited grievances", "means that"
        r"fuel(?:s|led|ed|ling|ing)?",
        r"linked to",
        r"reflect(?:s|ed|ing)?",
        r"pushed",
        r"grievances?",
        r"exploit\w*",
        # (not "99.95 percent of demand had been restored": a load measured, no cause)
        r"(?<!\bof )(?<!\bpeak )demand",
        r"mean(?:s|t)? that",
    ),
    "regional_positions": _cues(
        r"said",
        r"says",
        r"stated",
        r"declared",
        # (not a sum announced: "USDA on Friday announced about $98 million in support for
        # affected dairy producers…" had been its row, an act, a cold read said)
        r"announced(?!\s+(?:(?:about|around|some|nearly|almost|more than|over|up to|another|"
        r"an additional|a further|a|an)\s+)?(?:[$€£¥]|US\$|\d))"
        # (nor a thing's rank: "…, the largest corporate SMR agreement announced to date" had
        # made Oklo's contract its row, "a contract, not a position", a cold read said)
        r"(?!\s+(?:to date|so far|yet|this year|last year|in recent)\b)",
        r"insist\w*",
        r"refus\w+",
        # "Iran publicly praises the campaign…", "Beijing … abstained on Resolution 2722",
        # "…declined to join any coalition": stances of parties the brief asked about, which
        # had no row (a cold read)
        r"prais(?:e|es|ed|ing)",
        r"abstain\w*",
        # (not "declined to comment": no stance told)
        r"declin(?:e|es|ed|ing) to (?!(?:comment|say|elaborate|disclose|respond|confirm|"
        r"discuss|give|provide|name|be (?:named|identified))\b)",
        r"reject\w*",
        # (not a noun before a noun: "The Northern Alliance needed support bases for
        # launching operations" had been its row)
        r"(?<!million in )(?<!billion in )"  # a sum's purpose: "$98 million in support for…"
        r"support\w*(?!\s+(?:bases?|staff|services?|vessels?|ships?|units?|troops|systems?|"
        r"packages?|payments?|prices?|levels?|measures?|schemes?|networks?|roles?|functions?)\b)",
        r"oppos\w+",
        r"recogni[sz]\w*",
        # (not a tender's: "CORFO has also opened calls for special lithium operating
        # contracts" had been CORFO's position)
        r"(?<!opened )(?<!issued )(?<!launched )(?<!open )(?<!new )call(?:ed|s)? (?:for|on)",
        r"urg(?:e|es|ed|ing)",  # not "non-urgent appointments"
        r"welcom\w+",
        r"condemn\w*",
        r"accus\w+",
        r"den(?:y|ies|ied)",
        r"positions?",
        r"stance",
        r"polic(?:y|ies)(?! rates?\b)",  # not "the policy rate": a price, no stance
        # a way of dealing with a matter, not coming near ("a Venezuelan coast guard vessel
        # approached several production units" had been Venezuela's position row)
        r"approach(?:es)?\b(?! (?:the|several|a|an|its|two|three|within)\b)",
        r"engag\w+",
        r"cooperat\w+",
        r"ties",
        r"relations",
        r"diplomatic",
        r"talks",
        r"negotiat\w+",
        r"pragmatic",
        r"hostil\w+",
        r"ally",
        r"allies",
        r"partners?",
        r"lobby\w*",
        r"critici[sz]\w+",
        # to back a side, not to buy, pay, pull or come back ("…issued Eurobonds, partly to
        # buy back notes due in 2028" had made a bond issue the Treasury's position); the
        # word looked for before the 70 lookbehinds, which had been tried at every
        # position of every passage (three times this section's counting time)
        r"(?=back)"
        + NOT_MOVED_BACK
        + r"back(?:s|ed)?"
        + r"(?! (?:to|in|into|onto|from|then|down|up|out|off|away|"
        r"home|on|and forth)\b)",
        r"sided",
        r"neutrality",
        r"(?<!of )neutral(?! rates?\b)",  # not "estimates of neutral", "the neutral rate"
        r"mediat\w+",
        r"sanctions?",
        r"invit\w+",
        # (not a warning issued as an act: "AEMET raised its warning for Valencia to red")
        r"(?=warn)(?<!\bits )(?<!\btheir )(?<!\bthe )(?<!\ba )(?<!\bred )(?<!\borange )"
        r"(?<!\bweather )(?<!\bflood )(?<!\bstorm )(?<!-level )(?<!\bhighest )warn\w*|"
        r"warnings? that",  # ("issued its highest, red-level warning", a cold read's row)
        # to accept a course, not a deal's terms taken ("Bondholders accepted a headline
        # haircut of 27 percent.", "The EPF accepted the swap in September…": acts, a cold
        # read said, no stances)
        r"accept\w*(?<!accepted)|accepted(?! (?:(?:the|a|an|its|their) )?(?:[\w-]+ ){0,2}"
        r"(?:haircuts?|swaps?|exchanges?|deals?|terms|offers?|settlements?|payouts?|cuts?|"
        r"losses|loss|compensation|buyouts?|bids?)\b)",
        # (not a load: "Red Eléctrica reported that 99.95 percent of demand had been
        # restored" had been its position row)
        r"(?<!\bof )(?<!\bpeak )demand\w*",
        r"vow\w*",
        # to pledge a course, not a sum given ("The United States … pledged $9 million and
        # sent a three-person team" had been its row: an act, a cold read said, no stance)
        r"pledg\w+(?!\s+(?:(?:about|around|some|nearly|almost|more than|over|up to|another|"
        r"an additional|a further)\s+)?(?:[$€£¥]|US\$|\d))",
        r"threat\w*",
        # to agree, not an agreement as a thing ("the Justice Department replaced the
        # guilty plea with a non-prosecution agreement", an act, had been its row)
        r"agree(?:s|d|ing)?\b",
        r"endors\w+",
        # enacting a law is an act ("Tinubu signed into law…"); so is signing a deal
        # ("ByteDance signed the definitive agreements on 18 December…" had been its row)
        # nor a thing signed ("Oklo's … agreement with … Switch, signed in December, covers
        # up to 12 GW" had been Oklo's row: a contract, not a position, a cold read said)
        r"(?<!, )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )"
        r"signed(?! into law)(?! (?:(?:the|a|an|its|their) )?(?:[\w-]+ ){0,2}"
        r"(?:agreements?|deals?|contracts?|orders?|memorand\w+)\b)",
        r"sue[sd]?",
        r"argu\w+",
        # (not told by another: "The EPF accepted the swap … after being told that…")
        r"(?<!being )(?<!been )(?<!was )(?<!were )told",
        r"seek\w*",
        r"sought",
        r"(?:kept|keeps|stay\w*) out",
        r"host(?:s|ed|ing)?",  # not "hostages"
        # the stances of firms, markets and groups: what they want, favour or resist
        r"advocat\w+",
        r"favou?r(?:s|ed|ing)?",
        r"prefer(?:s|red|ring)?",
        r"wants?",
        r"wanted",
        r"(?:un)?willing",
        # "Uzbekistan and Turkmenistan … are rather interested in the Taliban's ability to
        # stabilize the situation": what a party wants from the matter
        r"(?:is|are|was|were|seems?|remains?)\s+(?:\w+\s+)?interested in",
        r"resist\w*",
        r"(?:push|press|ask)(?:es|ed|s|ing)? for",
        r"complain\w*",
        r"restated",
        r"reiterat\w+",
        r"(?:re)?affirm\w*",
    ),
    "outlook": _cues(
        r"will",
        # a modal perfect looks back: "could only have been supplied by a foreign state"
        rf"would{PERFECT_NEXT}",
        rf"could{PERFECT_NEXT}{INABILITY_NEXT}",
        MAY_CUE,
        rf"might{PERFECT_NEXT}",
        r"likely",
        r"unlikely",
        r"expect\w*",
        r"forecast\w*",
        r"predict\w*",
        r"future",
        r"coming (?:months|years|weeks|decades?)",
        r"prospects?",
        r"outlook",
        r"going forward",
        r"in the long run",
        r"long[- ]term",
        r"remains? to be seen",
        r"matter of time",
        r"headed",
        r"poised",
        r"set to",
        r"(?:is|are) (?:set|scheduled|slated|due) for",  # "closing is set for 22 January"
        r"scheduled to",
        r"slated to",
        r"potential(?:ly)?",
        r"scenarios?",
        r"possib\w+",
        r"eventual\w*",
        r"foreseeable",
        rf"should{PERFECT_NEXT}",
        rf"must{PERFECT_NEXT}",
        r"ahead",
        r"next",
        r"increasingly",
        r"trend\w*",
        r"plans?",
        r"probabilit(?:y|ies)",
        r"odds",
        r"(?:central|base) (?:path|case)",
        r"by (?:early |mid-|late |the end of )?(?:19|20)\d\d",
    ),
}
# The same cues for counting, matched against the text in lower case: about three times
# as fast as a case-blind search, and every passage's words are counted for each section.
# "may" is left out of them (lower case hides the month) and counted on its own.
COUNTED_CUES: dict[str, re.Pattern[str]] = {
    name: lazy_compile(pattern.pattern.replace(MAY_CUE, "(?!)")) for name, pattern in CUES.items()
}
MAY = lazy_compile(rf"\b{MAY_CUE}\b", re.IGNORECASE)
HEADING_CUES: dict[str, re.Pattern[str]] = {
    "background": _cues(r"background", r"histor\w*", r"context", r"origins?", r"roots?", r"past"),
    "drivers": _cues(
        r"why",
        r"reasons?",
        r"factors?",
        r"drivers?",
        r"motiv\w+",
        r"causes?",
        r"interests?",
        r"threats?",
        r"concerns?",
    ),
    "regional_positions": _cues(
        r"positions?",
        r"reactions?",
        r"responses?",
        r"neighbou?rs?",
        r"regional",
        r"international",
        r"relations",
        r"diplomac\w+",
    ),
    "outlook": _cues(
        r"conclu\w+",
        r"outlook",
        r"future",
        r"prospects?",
        r"ahead",
        r"next",
        r"implications?",
        r"scenarios?",
    ),
}
# Forward-looking language: without it a passage is no outlook.
FORWARD = Guarded(
    _cues(
        r"will",
        r"won't",
        rf"could{INABILITY_NEXT}",
        r"(?-i:may)",
        r"might",
        r"likely",
        r"unlikely",
        r"likelihood",
        r"expect\w*",
        r"forecast\w*",
        r"predict\w*",
        r"project(?:ed|ions?)",
        r"future",
        r"coming (?:months|years|weeks|decades?)",
        r"prospects?",
        r"outlook",
        r"going forward",
        r"in the long run",
        r"long[- ]term",
        r"remains? to be seen",
        r"poised",
        r"set to",
        # a date fixed ahead: "closing is set for 22 January 2026" (a cold read found the
        # deal's scheduled closing among a note's drivers)
        r"(?:is|are) (?:set|scheduled|slated|due) for",
        r"scheduled to",
        r"slated to",
        r"going to",
        # (not "people at high risk of exposure": who, not what may come; a cold read
        # found "Canada in February secured 500,000 doses … offering it to people at high
        # risk of exposure" opening an outlook)
        r"(?<!\bat )(?<!\bat high )(?<!\bat higher )(?<!\bat greater )(?<!\bat increased )"
        r"(?<!\bat elevated )(?<!\bat highest )risks?",
        r"scenarios?",
        r"eventual\w*",
        r"foreseeable",
        r"ahead",
        PLANS_TO,
        r"intends? to",
        r"aims? to",
        r"next (?:year|month|decade|step)",
        r"threaten\w* to",
        r"danger",
        r"potential(?:ly)?",
        # odds and a forecaster's central case: "We now see a 55% probability that the
        # Bank raises…", "Our central path takes the policy rate to 1.0% by late 2026"
        r"probabilit(?:y|ies)",
        r"odds",
        r"(?:central|base) (?:path|case)",
        # a date the sentence reaches "by" (one before the source's year is history: see
        # `_section_fit`)
        r"by (?:early |mid-|late |the end of )?(?:19|20)\d\d",
    ),
    (
        *("will", "won't", "could", "may", "might", "likel", "expect", "forecast", "predict"),
        *("project", "future", "coming", "prospect", "outlook", "going", "long", "remain"),
        *("poised", "set to", "set for", "schedul", "slated", "due for", "risk", "scenario"),
        *("eventual", "foreseeable", "ahead", "plan"),
        *("intend", "aim", "next", "threaten", "danger", "potential", "probabilit", "odds"),
        *("central", "base", "by "),
    ),
)
YEAR = lazy_compile(r"\b(?:1[89]|20)\d{2}\b")
# A year a forecast measures from, not one it tells of: "could drive prices below $4,500 if
# output keeps growing at 2024–25 rates", "will stay above 2023 levels".
REFERENCE_YEAR = lazy_compile(
    r"\b(?:at|from|above|below|than(?: in)?|versus|vs\.?|compared (?:with|to))\s+(?:the\s+)?"
    r"((?:1[89]|20)\d{2})(?:[–-]\d{2,4})?\s+(?:levels?|rates?|highs?|lows?|peaks?|averages?|"
    r"prices?|volumes?|output|figures?)\b"
)
_MONTH_NAME = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTHS = (
    _MONTH_NAME + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
DATED_OPENING = lazy_compile(
    rf"^(?:On|In|Since|By|Last)\s+(?:\d{{1,2}}\s+)?(?:{_MONTHS})\b|^On\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


HORIZON = lazy_compile(
    rf"\b(?:(?P<half>first|second)\s+half\s+of\s+|(?P<month>{_MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?|"
    r"(?P<part>early|mid|spring|summer|(?:first|second|third)\s+quarter|Q[123])"
    r"(?:[\s-]+of)?[\s-]+)?"
    r"(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# The month a part of a year ends ("crane purchases … by early 2026", read in December
# 2026, looked to a date past, not to "a year now ending": a cold read)
PART_OF_YEAR_ENDS = {
    "early": 4,
    "mid": 7,
    "spring": 6,
    "summer": 8,
    "first quarter": 3,
    "second quarter": 6,
    "third quarter": 9,
    "q1": 3,
    "q2": 6,
    "q3": 9,
}


# "The midterm elections on 26 October will…", "…due on March 3": a day of a month with no
# year, which is the writer's next such day.
DAY_OF_MONTH = lazy_compile(
    rf"\b(?:\d{{1,2}}\s+(?P<after>{_MONTHS})|(?P<before>{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?!\d|,?\s+(?:19|20)\d{2})\b"
)

DAY_NUMBER = lazy_compile(r"\d{1,2}")

# "…expected to raise prices for the April-September mid-crop", "by October", "will vote in
# June": a month named with neither day nor year, as a horizon, is (like a day of a month)
# the writer's next such month. Only where it is told as one: after "by", "until",
# "from"…, closing a range of months, or after "in" in a clause that looks ahead (no
# "first sketched in January", which is past, however forward the sentence).
_NO_DAY_OR_YEAR = r"(?![-–]?\s?\d|,?\s+(?:19|20)\d{2})"
MONTH_AHEAD = lazy_compile(
    rf"\b(?:(?:by|until|till|through|before|from|starting|beginning|next|this|early|late)\s+"
    rf"|mid-)(?P<month>{_MONTH_NAME})\b{_NO_DAY_OR_YEAR}"
    rf"|\b(?:{_MONTH_NAME})[-–](?P<closing>{_MONTH_NAME})\b{_NO_DAY_OR_YEAR}"
    # (and what could happen in a month: "Shareholders … could agree a recapitalisation if
    # Ofwat's final settlement in December is generous enough", of September 2024, had
    # stood in a note's outlook of 2026)
    rf"|\b(?:will|shall|expected to|due|set to|scheduled|{PLANS_TO}|planned|likely to|aims? to|"
    # (and an expectation of someone's step: "…officials said they expected the fifth
    # review mission to visit Colombo in September", of July 2025, had stood in the outlook
    # of a memo whose newest source, of November, tells the review agreed: a cold read)
    rf"expect(?:s|ed)? (?:the|a|an|its|their|his|her) [^.;,]{{0,40}}?\bto [a-z]+|"
    # (and a forecaster's case told in the present: "Our base case is that the BOJ raises
    # rates in December or January", of November 2025, had led a note of December 2026 as
    # a live view: a side-by-side read)
    rf"(?:base|central|baseline) (?:case|scenario|path) is that|"
    rf"could|may|might)\b"
    rf"(?P<between>[^.;,]{{0,60}}?)\bin\s+(?P<ahead>{_MONTH_NAME})\b{_NO_DAY_OR_YEAR}"
)
PAST_WORD = lazy_compile(r"\b\w+ed\b|\b(?:was|were|had|did|began|took|came|made|said)\b")


# "In early November the administration announced…": a part of a month a past act is
# dated to (a cold read's best bottom line, of December 2025, had been left out of a memo
# of December 2026 as looking only to "November" 2026)
IN_PART_OF_MONTH = lazy_compile(r"\bin\s+(?:early|late|mid-)\s*$", re.IGNORECASE)
CLAUSE_AFTER = lazy_compile(r"[^.;:]{0,120}")
FUTURE_WORD = lazy_compile(r"\b(?:will|would|shall|is to|are to|expected|due|set to)\b")


def _told_in_past(text: str, match: re.Match[str]) -> bool:
    """Is the month a part of a month ("in early November") a past act of its clause is
    dated to?"""
    if not IN_PART_OF_MONTH.search(text, max(0, match.start() - 12), match.start("month")):
        return False
    after = CLAUSE_AFTER.match(text, match.end())
    clause = (after.group(0) if after else "").split(",")[0]
    past, future = PAST_WORD.search(clause), FUTURE_WORD.search(clause)
    return past is not None and (future is None or past.start() < future.start())


def months_ahead(text: str) -> list[int]:
    """The months (1-12) a passage names as horizons with neither day nor year."""
    found = []
    for match in MONTH_AHEAD.finditer(text):
        if match["ahead"] and PAST_WORD.search(match["between"]):
            continue  # "…will include the plan first sketched in January"
        if match["month"] and _told_in_past(text, match):
            continue  # "In early November the administration announced agreements…"
        name = match["month"] or match["closing"] or match["ahead"]
        found.append(MONTHS[name.lower()])
    return found


# A step due within days of its report ("China will impose duties … from Saturday",
# "talks resume tomorrow") is that week's news, soon overtaken, not a judgement of what
# lies ahead: it keeps IMMINENT_OUTLOOK of its outlook fit.
IMMINENT = lazy_compile(
    # (not the day a thing was said: "Britain will ban …, the government said on Tuesday"
    # had been a view looking only to a day past, and left out of every bottom line)
    rf"\b(?:from|(?<!said )(?<!told )(?<![a-z]ed )on|by|until|next|this|before) "
    rf"(?:{WEEKDAY_NAMES})\b|"
    r"\b(?:tomorrow|next week|later this week|later today)\b",
)
IMMINENT_OUTLOOK = 0.3


# Horizons told from the writer's day, and how many months after it each ends ("this
# year" and "next year": to the end of that calendar year, marked by negative numbers).
RELATIVE_HORIZONS = (
    (
        lazy_compile(
            r"\b(?:in|over|within) the (?:coming|next(?: few)?) (?:days|weeks)\b|"
            r"\bwithin (?:days|weeks)\b|\bnext week\b|\bin the coming weeks\b|"
            r"\bimminent(?:ly)?\b|\bshortly\b",
            re.IGNORECASE,
        ),
        2,
    ),
    (lazy_compile(r"\bnext month\b", re.IGNORECASE), 2),
    # an appointment told with no date: "President Erdoğan is due to meet President Putin
    # in Sochi" (of 2023, a cold read found it a driver of a memo whose sources ran to 2025)
    (
        lazy_compile(
            r"\b(?:is|are) (?:due|set|scheduled|expected) to (?:meet|visit|travel|hold talks|"
            r"host|attend|address|sign)\b"
        ),
        3,
    ),
    # "China will impose anti-dumping duties … from Saturday, the ministry said on Friday":
    # a step due within days (`IMMINENT`), told from the writer's day, is within the month
    (IMMINENT, 1),
    # "…is not expected to return for several months", "…in a few weeks": a span counted
    # from the writer's day, read at its longest
    (
        lazy_compile(
            r"\b(?:for|in|within) (?:(?:several|a few|some|two|three|four) )?weeks\b",
            re.IGNORECASE,
        ),
        3,
    ),
    (
        lazy_compile(
            r"\b(?:for|in|within) (?:(?:several|a few|some|two|three|four|five|six) )?months\b",
            re.IGNORECASE,
        ),
        12,
    ),
    (
        lazy_compile(
            r"\b(?:(?:in|over|within) )?the (?:coming|next(?: few)?) months\b|"
            r"\bwithin months\b",
            re.IGNORECASE,
        ),
        6,
    ),
    (
        lazy_compile(
            # (also "…Dave Calhoun, who will leave at the end of the year", of July 2024,
            # which stood unmarked in the outlook of a memo of 2025 sources)
            r"\blater (?:this|in the) year\b|"
            r"\b(?:at|by|before|until|towards?) the end of (?:this|the) year\b|"
            r"\b(?:at|by) (?:the )?year-end\b",
            re.IGNORECASE,
        ),
        -1,
    ),
    (lazy_compile(r"\bnext year\b", re.IGNORECASE), -2),
    # "…falling toward $250 over two years": years counted from the writer's day
    (
        lazy_compile(
            r"\b(?:over|within|in) (?:the )?(?:next |coming )?(?:two|2) years\b", re.IGNORECASE
        ),
        24,
    ),
    (
        lazy_compile(
            r"\b(?:over|within|in) (?:the )?(?:next |coming )?(?:three|3|several|a few) years\b",
            re.IGNORECASE,
        ),
        36,
    ),
    # "The July promise to accept 100,000 refugees … is unlikely to be fulfilled in the near
    # future", of October 2021, stood in the outlook of a memo whose newest source is of 2023
    (
        lazy_compile(
            r"\b(?:in|for) the (?:near|immediate) future\b|\bin the short (?:term|run)\b",
            re.IGNORECASE,
        ),
        12,
    ),
)


# "…a repair expected to take between five and 15 days", "should last two to three
# weeks": a counted span of days or weeks, from the writer's day, read at its longest
SPAN_COUNTS = {
    "a few": 4, "few": 4, "several": 7, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45,
    "sixty": 60, "ninety": 90,
}  # fmt: skip
_SPAN_COUNT = r"(?:\d{1,3}|" + "|".join(sorted(SPAN_COUNTS, key=len, reverse=True)) + ")"
COUNTED_SPAN = lazy_compile(
    r"\b(?:take|takes|taking|last|lasts|lasting|within|in|for)\s+"
    r"(?:(?:about|around|roughly|up to|between|some|another|a further|only|just|at least)\s+)?"
    rf"(?P<lower>{_SPAN_COUNT})(?:\s*(?:-|–|to|and|or)\s*(?P<upper>{_SPAN_COUNT}))?\s+"
    r"(?:more\s+)?(?P<unit>days|weeks)\b",
    re.IGNORECASE,
)

# "…the single largest risk in the region over the next 18 months" (of May 2025): a span of
# months or years counted from the writer's day, which ends by November 2026 (a cold read
# found it leading a note of December 2026 as a live view)
COUNTED_SPAN_AHEAD = lazy_compile(
    r"\b(?:over|in|within|during|for)\s+the\s+(?:next|coming)\s+"
    rf"(?P<lower>{_SPAN_COUNT})(?:\s*(?:-|–|to|or)\s*(?P<upper>{_SPAN_COUNT}))?\s+"
    r"(?P<unit>months|years)\b",
    re.IGNORECASE,
)

TOLD_PAST_BEFORE = lazy_compile(
    r"(?:(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b[a-z]{3,}ed|\b(?:was|were|had|did))\s+$",
    re.IGNORECASE,
)


def counted_span_months(text: str) -> int | None:
    """How many months after the writer's day a counted span ends, at its longest
    ("between five and 15 days": one; "over the next 12 to 18 months": 18), or None where
    there is none."""
    spans = []
    for match in COUNTED_SPAN.finditer(text):
        if TOLD_PAST_BEFORE.search(text, 0, match.start()):
            continue  # "…after schools were closed for ten days": a span past
        days = _counted(match["upper"] or match["lower"])
        days *= 7 if match["unit"].lower() == "weeks" else 1
        spans.append(math.ceil(days / 30))
    for match in COUNTED_SPAN_AHEAD.finditer(text):
        count = _counted(match["upper"] or match["lower"])
        spans.append(count * (12 if match["unit"].lower() == "years" else 1))
    return max(spans, default=None)


def _counted(count: str) -> int:
    """A span's count, in digits or words ("18", "two", "a few")."""
    return int(count) if count.isdigit() else SPAN_COUNTS[count.lower()]


# "the coming autumn is likely to bring a resurgence" (of July 2025, in a memo of December
# 2026, unmarked: a cold read): a season told from the writer's day, to its last month
SEASON_AHEAD = lazy_compile(
    r"\b(?P<which>coming|next|this|upcoming)\s+(?P<season>autumn|fall|winter|spring|summer)\b",
    re.IGNORECASE,
)
SEASON_MONTHS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
    "winter": (12, 1, 2),
}


def _seasons_ahead(text: str, written: tuple[int, int]) -> list[tuple[int, int]]:
    """The (year, month) each season a passage names from the writer's day ends: "the
    coming autumn" of July 2025 by November 2025, "next summer" of July 2025 by August 2026."""
    ends = []
    for match in SEASON_AHEAD.finditer(text):
        months = SEASON_MONTHS[match["season"].lower()]
        year, end = written[0], months[-1]
        if end < written[1] or (match["which"].lower() == "next" and written[1] in months):
            year += 1
        ends.append((year, end))
    return ends


def relative_horizon(text: str, written: tuple[int, int]) -> tuple[int, int] | None:
    """The latest (year, month) a passage's horizons told from the writer's day reach
    ("in the coming weeks" of a July 2024 article ends by September 2024), or None."""
    ends = _seasons_ahead(text, written)
    span = counted_span_months(text)
    if span is not None:
        total = written[0] * 12 + written[1] - 1 + span
        ends.append((total // 12, total % 12 + 1))
    for pattern, months in RELATIVE_HORIZONS:
        if not pattern.search(text):
            continue
        year, month = written
        if months < 0:  # to the end of this (-1) or next (-2) calendar year
            ends.append((year - 1 - months, 12))
        else:
            total = year * 12 + month - 1 + months
            ends.append((total // 12, total % 12 + 1))
    return max(ends) if ends else None


def day_of_month(date: str | None) -> int | None:
    """The day of an ISO date ("2025-11-12" -> 12), None for a month or a year alone."""
    return int(date[8:10]) if date and len(date) >= len("2025-11-12") else None


def horizon_passed(
    text: str,
    newest: tuple[int, int],
    written: tuple[int, int] | None = None,
    written_day: int | None = None,
    past_when_written: bool = True,
) -> bool:
    """Does every date a forward-looking passage names end before `newest` (year, month),
    the newest source's date? "The midterm elections of October 2025 will determine…"
    in a memo whose newest source reports the result is a forecast overtaken; so is "a
    full root cause analysis is expected in the coming weeks" from an article (`written`)
    a year older than the newest, and "the elections on 26 October" from one of September
    2025 in a memo whose newest source is of December 2025. (`written_day`: the day of the
    month it was written, where known: a day of that month before it is no horizon.
    `past_when_written=False`: a date before `written` is no horizon either, as in a
    stance's "…reviving the demands it made when it quit the U.N. grain deal in 2023".)"""
    ends = horizon_ends(text, written, written_day=written_day)
    if not past_when_written and written is not None:
        ends = [end for end in ends if end >= written]
    relative = relative_horizon(text, written) if written else None
    if relative is not None:
        # "…copay from mid-2026, and … cash prices … falling toward $250 over two years"
        # (of December 2025) looks past mid-2026 (a cold read's best bottom line had been
        # left out of a memo of December 2026 as looking only to dates past)
        ends.append(relative)
    return bool(ends) and all(end < newest for end in ends)


# "…announced in April 2023 that…": the date something was done or said, no horizon
TOLD_ON = lazy_compile(r"\b(?:[a-z]{3,}ed|said|told|made|took|began|won)\s+(?:on|in)\s+$")


# "after 2026", "beyond 2030", "post-2027": the year an open span starts, which ends nothing
# (a cold read found "looking to a year now ending" over the states' failure to agree
# rules for the river "after 2026")
OPENS_A_SPAN = lazy_compile(r"\b(?:after|beyond|post)[\s-]+$", re.IGNORECASE)
# "…will need to do so again in its fiscal 2026 plan" (the Japanese Ministry of Finance, of
# December 2025) had been labelled "looking to a year now ending" in a note of December
# 2026, where its fiscal year runs to March 2027 (a cold read). Fiscal years end in many
# months, by country and body; a horizon read as the latest of them (March of the next
# year) is never called past or ending too soon. Only a fiscal year after the writing's:
# "…published preliminary results for fiscal year 2024, which ran from October 1, 2023 to
# September 30, 2024", of October 2024, tells a year just closed, no view ahead.
FISCAL_YEAR = lazy_compile(r"\b(?:fiscal(?:\s+year)?|FY)\s+$", re.IGNORECASE)
FISCAL_YEAR_ENDS = 3


# A determiner right before a year that names a thing of that year ("its 2017 agreement")
YEAR_OF_A_THING = lazy_compile(r"\b(?:its|their|his|her|our|the|this|that|a|an)\s+$", re.I)


def year_names_a_thing(text: str, year: re.Match[str]) -> bool:
    """Does the year matched stand between a determiner and a noun ("its 2017 agreement",
    "The 2024 law that…"), naming a thing of that year rather than when something happened?"""
    return (
        bool(YEAR_OF_A_THING.search(text, max(0, year.start() - 8), year.start()))
        and text[year.end() : year.end() + 2][1:].islower()
    )


def horizon_ends(
    text: str,
    written: tuple[int, int] | None = None,
    acts_too: bool = True,
    written_day: int | None = None,
) -> list[tuple[int, int]]:
    """The (year, month) of every date a passage names as a horizon: dated ones, and with
    the month it was `written`, days and months named without their year; `acts_too=False`
    leaves out the dates of acts ("announced in April 2023", `TOLD_ON`). With the
    `written_day` too, a day of the writing month before it is left out: "The seven states
    … failed to reach agreement … by a Nov. 11 deadline …, raising the prospect that
    Washington will impose rules…", in a wire of November 12, looks ahead to no date (as
    looking only to November it had been kept out of a note's bottom line: a cold read)."""
    ends = []
    for match in HORIZON.finditer(text):
        if not acts_too and TOLD_ON.search(text, max(0, match.start() - 30), match.start()):
            continue
        if OPENS_A_SPAN.search(text, max(0, match.start() - 12), match.start()):
            continue  # "…a framework for managing the river after 2026": no end in 2026
        year = int(match["year"])
        if (
            written
            and year < written[0]
            and not (match["half"] or match["part"] or match["month"])
            and year_names_a_thing(text, match)
        ):
            continue  # "Panama will not renew its 2017 agreement…" (of 2025): the year
            # names the agreement, no horizon (it had been labelled as looking to a date past)
        if match["half"]:
            month = 6 if match["half"].lower() == "first" else 12
        elif match["part"]:
            month = PART_OF_YEAR_ENDS[" ".join(match["part"].lower().split())]
            if written and (year, month) <= written:
                # "In early 2025, prosecutors concluded…" in September 2025: a time already
                # past at the writing, told of what happened, ends with its year as before
                month = 12
        elif match["month"]:
            month = MONTHS.get(match["month"].lower().rstrip("."), 12)
        elif (
            written
            and year > written[0]
            and FISCAL_YEAR.search(text, max(0, match.start() - 14), match.start())
        ):
            year, month = year + 1, FISCAL_YEAR_ENDS  # the latest a fiscal year can end
        else:
            month = 12
        ends.append((year, month))
    if written:
        for match in DAY_OF_MONTH.finditer(text):
            # "…its negotiating period … expired on July 27": the day of an act, as above
            if not acts_too and TOLD_ON.search(text, max(0, match.start() - 30), match.start()):
                continue
            month = MONTHS.get((match["after"] or match["before"]).lower().rstrip("."), 12)
            if written_day is not None and month == written[1]:
                day = int(DAY_NUMBER.search(match.group())[0])
                if day < written_day:
                    continue  # a day already past when it was written
            ends.append((written[0] + (month < written[1]), month))
        for month in months_ahead(text):
            ends.append((written[0] + (month < written[1]), month))
    return ends


# "Member states have agreed to hold a short organisational meeting … in Geneva on 7
# February 2026", in a source of December 2025: a step its source dates to a month after
# its own, which looks ahead with no verb of the future (a cold read of `plastics` found
# the next meeting in neither memo, the passage fit for no section)
def dated_ahead(text: str, written: tuple[int, int] | None) -> bool:
    """Does the passage name a month and year after the month it was `written`, other than
    as the date of an act ("announced in April 2026", `TOLD_ON`)?"""
    if written is None:
        return False
    for match in HORIZON.finditer(text):
        if not match["month"]:
            continue
        if TOLD_ON.search(text, max(0, match.start() - 30), match.start()):
            continue
        month = MONTHS.get(match["month"].lower().rstrip("."), 0)
        if (int(match["year"]), month) > written:
            return True
    return False


def _saturate(x: float) -> float:
    return 1.0 - math.exp(-x)


# "The company cut its full-year revenue forecast, but its customer retention rate stayed
# around 97 percent.": a revision done, news of its day (a cold read found it the only
# item of an outlook); the forecast's own words, where told, still look ahead
FORECAST_REVISED = lazy_compile(
    r"\b(?:cut|raised|lowered|trimmed|slashed|revised|lifted|reduced|withdrew|scrapped)\s+"
    r"(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|outlook|guidance|"
    r"projections?)\b",
    re.IGNORECASE,
)
# A forecast told as made in the past ("Analysts predicted a wave of defections", "had
# expected"), which the source tells because it did or did not come true: no outlook by
# that word alone ("is expected", "predict" and "the projected deficit" still look ahead).
PAST_FORECAST = guarded(
    ("predicted", "had", "likely", "probably", "could no longer"),
    r"\b(?:predicted|had (?:been )?(?:expected|forecast|projected|predicted|anticipated))\b"
    # "Delta's slow recovery "seems likely" to reflect its failure to modernise": a likely
    # cause of something past, not a forecast
    r"|\b(?:likely|probably)[\"”’']?\s+(?:to\s+)?(?:have|has|had|was|were|reflect\w*|explain\w*|"
    r"stem\w*|caused|contributed|accounts? for|owed?s?)\b"
    # "…said the severing of two cables was likely an act of sabotage": a judgement of
    # what happened ("was likely to pass" still looks ahead)
    r"|\b(?:was|were|had been)\s+(?:most |very |quite )?(?:un)?likely\b(?!\s+to\b)"
    # "Mazón said he could no longer continue.": an ability that ended (while "would no
    # longer" is as often a proposal's effect still ahead)
    r"|\bcould no longer\b",
    re.IGNORECASE,
)


# "…seized the vessel within hours, before it could leave Finnish waters", "…so that
# prosecutors could question the crew": a modal of purpose or time inside a told event.
MODAL_OF_PURPOSE = guarded(
    ("could", "would", "might"),
    r"\b(?:so that|so|before|until|in order that)\s+[^,.;]{0,40}?\b(?:could|would|might)\b",
    re.IGNORECASE,
)


# "Interior Cabinet Secretary Kipchumba Murkomen told police they could shoot anyone who
# attacked a police station": a permission given, told in the past (it had stood in a
# minister's outlook); not "warned that prices could rise".
PERMISSION_GIVEN = guarded(
    ("told",),
    r"\btold\s+[^,.;]{0,40}?\b(?:they|he|she|we|you|it)\s+could\b",
    re.IGNORECASE,
)


# "The United Nations, counting only bodies it could verify, speaks of around 3,000.": what
# someone was able to check, in a clause on a thing (a cold read of `drc` found it an
# outlook); not "Inspectors could verify compliance by 2027"
ABLE_TO_CHECK = guarded(
    ("could",),
    r"\b(?!(?:said|says|say|told|tell|believe|believes|think|thinks|hope|hopes|expect|"
    r"expects|hoped|expected|warned|warn)\b)[a-z]{3,}\s+(?:it|they|we|he|she)\s+could\s+(?:not\s+)?"
    r"(?:verify|confirm|find|identify|trace|locate|count|document|see|reach|access|recover)\b",
    re.IGNORECASE,
)


# Forward words that are nouns ("the prospect of", "a better future", "any scenario"):
# they look ahead only with a verb that does. In a sentence told wholly in the past ("Germany
# and Great Britain were not interested in the prospect of fighting a non-inclusive
# Taliban regime", "The repair was carried out … ahead of the original schedule") they
# name what was then ahead, not what is.
AHEAD_AS_NOUN = lazy_compile(
    r"\b(?:prospects?|future|potential(?:ly)?|scenarios?|outlook|long[- ]term|eventual\w*|"
    r"ahead)\b",
    re.IGNORECASE,
)
FORWARD_VERB = lazy_compile(
    r"\b(?:will|won't|shall|would|could|can|may|might|must|should|likely|unlikely|"
    r"likelihood|expect\w*|forecast\w*|predict\w*|project(?:ed|ions?)|coming|going to|"
    rf"poised|set to|{PLANS_TO}|intends? to|aims? to|next|threaten\w* to|remains? to be seen|"
    r"foreseeable|in the long run|risks?|danger)\b",
    re.IGNORECASE,
)
PRESENT_VERB = lazy_compile(
    r"\b(?:is|are|am|has|have|remains?|continues?|seems?|appears?|now|today|currently|still|"
    r"isn't|aren't|hasn't|haven't|doesn't|don't|does|do)\b|\b\w+['’](?:s|re|ll|ve)\b",
    re.IGNORECASE,
)
TOLD_PAST = lazy_compile(r"\b(?:was|were|had|did)\b")


# News told as done in a source this many months older than the corpus's newest is
# background to the memo's present, whatever its cues: "Motorists … queued for hours on
# Thursday after Nigeria's state oil company raised the pump price of petrol to as much
# as 557 naira a litre…", the wire of the subsidy's end in a corpus of the two years
# after it, had no background fit (none of the past forms of the section's cues), and a
# cold read found the one fact the brief was about missing from a minister's note.
OLD_NEWS_MONTHS = 12
OLD_NEWS_FIT = 0.5  # the least background fit such news has (the section's fits run 0..1)
# A stance told in a source this many months older than the newest is history more than
# a position: "Niger, under President Mohamed Bazoum, has agreed to host the bulk of the
# redeployed French forces" (2022) was Niger's row in a memo whose newest source (2025)
# tells of the junta that expelled them (a cold read). It is no position.
OLD_STANCE_MONTHS = 24
OLD_STANCE_FIT = 0.0
TOLD_NOW = lazy_compile(
    r"\b(?:is|are|am|has|have|remains?|continues?|now|today|currently|still)\b", re.IGNORECASE
)


def told_as_done(text: str) -> bool:
    """Is the passage told in the past, with no word of a present or of what is ahead
    (outside the words it quotes: '…told the nation … that "fuel subsidy is gone."')?"""
    told = QUOTED_WORDS.sub(" ", text)
    return bool(
        NARRATED.search(told) and not FORWARD_VERB.search(told) and not TOLD_NOW.search(told)
    )


QUOTED_WORDS = lazy_compile(r"[\"“]([^\"“”]+)[\"”]")  # words in quotation marks


# "Guatemala and El Salvador have said they will send soldiers and medics.": a pledge with
# no date, told a year or more before the newest source, is kept or broken by now (a cold
# read found it in an outlook after the soldiers had gone)
PLEDGE_MONTHS = 12
PLEDGED = lazy_compile(
    r"\b(?:has|have|had)\s+(?:(?:already|also|repeatedly)\s+)?(?:said|pledged|promised|vowed|"
    r"offered|agreed|announced)\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:will|would)\b",
    re.IGNORECASE,
)


def undated_pledge(text: str) -> bool:
    """Does the passage report a party's pledge ("have said they will send…") and name no
    date it is due (`horizon_ends`)?"""
    return PLEDGED.search(text) is not None and not horizon_ends(text)


HISTORY_YEARS = 20  # a passage naming only years this far before its source's tells history
DECADES_OLD_CAUSE = 0.15  # of its fit as a driver: background, unless its cues are strong


# "could" of what was possible then: "Since the fighting was taking place in Kabul,
# Jamiat-e-Islami could participate in the power struggle…" (1990s history had stood in
# an outlook, in a cold read); a condition ("if", "unless") keeps it a forecast
THEN_CLAUSE = lazy_compile(
    r"\b(?:since|as|because|when|while|after|once)\b[^,;]{0,80}?\b(?:was|were|had)\b|"
    # "For decades, people living along the … border could cross…": a span of the past
    # the sentence opens on (a cold read found it in an outlook, the regime since scrapped)
    r"^\W*(?:for|over|throughout|during)\s+(?:(?:many|several|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d{1,3})\s+)?(?:decades|years|centuries|generations)\b|"
    r"^\W*until\s+(?:recently|(?:19|20)\d\d|last year|the \d{4}s)\b",
    re.IGNORECASE,
)
CONDITION = lazy_compile(
    r"\b(?:if|unless|should|next|again|soon|later|this year|in (?:the )?future)\b", re.IGNORECASE
)


# What came later, told from a past story: "…factions … began to fight each other in a
# chaotic intra-Islamist war from which the Taliban would eventually emerge victorious"
# (a cold read found it in an outlook), "…who would later become president"
FUTURE_IN_THE_PAST = lazy_compile(
    r"\bwould (?:eventually|later|ultimately|go on to|in time)\b", re.IGNORECASE
)
NARRATED = lazy_compile(
    r"\b(?:was|were|had|began|became|emerged|fought|took|came|led|[a-z]{3,}ed)\b", re.IGNORECASE
)


def could_of_then(text: str) -> bool:
    """Is "could" the passage's only word looking ahead, in a sentence whose clause of
    time or cause is told in the past, with no condition and no time still to come?"""
    cues = [m.group(0).lower() for m in FORWARD.pattern.finditer(text)]
    return (
        bool(cues)
        and all(cue.startswith("could") for cue in cues)
        and THEN_CLAUSE.search(text) is not None
        and CONDITION.search(text) is None
    )


# A lesson a past event taught: "The attack on Change Healthcare in February showed that a
# single supplier could freeze claims…" tells what was learnt then, with its modal inside
# the lesson (a cold read found it in an outlook as a forecast)
LESSON_TOLD = lazy_compile(
    r"\b(?:showed|demonstrated|revealed|proved|exposed|illustrated|underscored|highlighted|"
    r"laid bare|made clear)\s+(?:that|how)\b",
    re.IGNORECASE,
)
MODAL_OF_A_LESSON = ("could", "can", "might", "may", "would")


def lesson_of_then(text: str) -> bool:
    """Are the passage's only words looking ahead modals inside the lesson a past event
    taught ("…showed that a single supplier could freeze…"), with no condition or time
    still to come?"""
    lesson = LESSON_TOLD.search(text)
    if lesson is None:
        return False
    cues = list(FORWARD.pattern.finditer(text))
    return (
        bool(cues)
        and all(
            cue.start() > lesson.end() and cue.group(0).lower().startswith(MODAL_OF_A_LESSON)
            for cue in cues
        )
        and CONDITION.search(text) is None
    )


def told_as_past(text: str) -> bool:
    """Does the passage look ahead only by a noun, in a sentence told in the past tense
    (`AHEAD_AS_NOUN`)?"""
    return bool(
        TOLD_PAST.search(text)
        and AHEAD_AS_NOUN.search(text)
        and not FORWARD_VERB.search(text)
        and not PRESENT_VERB.search(text)
    )


def section_fit(section: str, sentence: Sentence, document: Document) -> float:
    """0..1: how well the passage suits `section` (one of SECTIONS)."""
    return section_fits(sentence, document)[SECTIONS.index(section)]


def section_fits(sentence: Sentence, document: Document) -> tuple[float, ...]:
    """`section_fit` for every section, in SECTIONS' order: what the sections share (the
    lower-case text, the years named) found once per passage."""
    text = sentence.text
    lower = text.lower()
    years = [int(y) for y in YEAR.findall(text)]
    # a date ahead names its year, which `YEAR` finds: a passage naming none is asked no more
    names_a_year = bool(years)
    if sentence.told_date:  # "19 March 2024 — The BOJ ends…": the entry names its year
        years.append(int(sentence.told_date[:4]))
    year = document.year
    earlier = [y for y in years if year is not None and y < year]
    entry_before = _entry_before_source(sentence.told_date, document)
    written = document.meta.date or ""
    ahead = names_a_year and dated_ahead(
        text, (int(written[:4]), int(written[5:7])) if len(written) >= 7 else None
    )
    return tuple(
        _section_fit(section, sentence, text, lower, years, earlier, year, entry_before, ahead)
        for section in SECTIONS
    )


# Capitalised words run together past a sentence's first word: a name ("the Japan
# International Cooperation Agency", "Council on Foreign Relations"), whose words are no
# cue ("Japan, mostly through the Japan International Cooperation Agency, is owed around
# $2.7 billion." had been Japan's position row, by "Cooperation")
NAME_RUN = lazy_compile(
    r"(?<=[\w,;:)’'] )[A-Z][\w'’.-]*(?:\s+(?:of|on|for|and|&)?\s*[A-Z][\w'’.-]*)+"
)


def _masked(found: re.Match[str]) -> str:
    """A name's letters as x's: its words count as no section's cue."""
    return re.sub(r"[A-Za-z]", "x", found[0])


def _entry_before_source(told: str | None, document: Document) -> bool:
    """Is the passage a timeline's entry for a month before its source was written? Such
    an entry reports a dated event, whatever it says of later years: "July 2024 — The BOJ
    raises rates to 0.25% and sets a plan to cut … purchases … by early 2026" in an
    article of October 2025 had been an outlook."""
    if not told:
        return False
    if document.meta.date and len(told) >= 7:
        return told[:7] < document.meta.date[:7]
    return document.year is not None and int(told[:4]) < document.year


def _section_fit(
    section: str,
    sentence: Sentence,
    text: str,
    lower: str,
    years: list[int],
    earlier: list[int],
    year: int | None,
    entry_before: bool = False,
    date_ahead: bool = False,
) -> float:
    if section == "regional_positions":  # a stance's words, not a body's name
        lower = NAME_RUN.sub(_masked, text).lower()
    cues = len(COUNTED_CUES[section].findall(lower))
    if section == "outlook":
        cues += len(MAY.findall(text)) + date_ahead
    raw = cues / math.sqrt(max(sentence.words, 1)) * 2.2
    if sentence.heading and HEADING_CUES[section].search(sentence.heading):
        raw += 0.6
    if section == "background" and not sentence.told_date:
        # (not for a timeline's entry, whose year is named above it: with that bonus such
        # entries had filled a one-page note's background, the other sources' reporting
        # of the same events left out, in `pfas` and `uaw` a key point or three each)
        raw += 0.5 * min(len(earlier), 2)
    if section == "regional_positions" and earlier and len(earlier) == len(years):
        raw *= 0.4  # a stance of years before the source: history, not a current position
    if (
        section == "drivers"
        and earlier
        and len(earlier) == len(years)
        and year is not None
        and max(years) <= year - HISTORY_YEARS
    ):
        # "Following the Soviet invasion in 1979, … Jamiat-e-Islami emerged…" in a 2021
        # article: a story of decades before, background rather than a cause of today (a
        # cold read found three such drivers in a one-page note)
        raw *= DECADES_OLD_CAUSE
    if section == "outlook":
        ahead = PAST_FORECAST.sub(" ", text)  # "Analysts predicted a wave…": said back then
        ahead = MODAL_OF_PURPOSE.sub(" ", ahead)
        ahead = PERMISSION_GIVEN.sub(" ", ahead)
        ahead = ABLE_TO_CHECK.sub(" ", ahead)
        ahead = FORECAST_REVISED.sub(" ", ahead)  # "The company cut its … forecast": an act
        # under "Scenario 2: Grinding stalemate (45%)", "Talks continue without a
        # breakthrough" tells the case in the present tense: it looks ahead all the same
        case = bool(sentence.heading and SCENARIO_HEADING.search(sentence.heading))
        looks_ahead = FORWARD.search(ahead) or case or date_ahead
        if not looks_ahead or DATED_OPENING.match(text) or entry_before:
            return 0.0  # nothing ahead; or "On April 9, …": the report of a dated event
        if told_as_past(ahead):
            return 0.0  # "were not interested in the prospect of fighting…": said of then
        if could_of_then(ahead) or lesson_of_then(ahead):
            return 0.0  # "Since the fighting was taking place in Kabul, … could help…"
        if FUTURE_IN_THE_PAST.search(ahead) and NARRATED.search(ahead):
            return 0.0  # "…began to fight … a war from which the Taliban would eventually…"
        told_of = years
        if earlier and (measured_from := REFERENCE_YEAR.findall(text)):
            told_of = [y for y in years if str(y) not in measured_from] or [year or 0]
        if earlier and not any(y >= (year or 0) for y in told_of):
            return 0.0  # modal verbs about years before the source: history, not outlook
        if sentence.position > 0.75:
            raw += 0.3
        if IMMINENT.search(text):
            raw *= IMMINENT_OUTLOOK  # "will impose duties from Saturday": the next day's news
    return _saturate(raw)
