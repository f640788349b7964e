"""Find and normalise dates written in prose or URLs to ISO (full, year-month or year)."""

from __future__ import annotations

import datetime as dt
import re

from briefkit.lazy_regex import lazy_compile

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)  # "Monday|Tuesday|…", for patterns
# Month and weekday names, full and abbreviated as datelines write them ("Sept.", "Mon.")
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {d[:3] for d in WEEKDAYS}
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_WORD = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"  # for patterns
_MONTH = rf"(?P<month>{MONTH_WORD})\.?"

# A month of a year as prose writes it, the month's name capitalised ("may 2025" is no
# month): "20 January 2025", "January 20, 2025", "Sept. 28, 2023", "Jan. 2025"
_CAPITALISED_MONTHS = "|".join(n.capitalize() for n in sorted(MONTHS, key=len, reverse=True))
MONTH_OF_YEAR = lazy_compile(
    rf"\b(?:(?P<day_before>\d{{1,2}})\s+)?(?P<month>{_CAPITALISED_MONTHS})\.?"
    r"(?:\s+(?P<day_after>\d{1,2}))?,?\s+(?P<year>(?:19|20)\d{2})\b"
)


def months_told(text: str) -> list[tuple[int, int, int | None]]:
    """(year, month, day or None) of each month of a year the text names."""
    return [
        (
            int(m["year"]),
            MONTHS[m["month"].lower()],
            int(m["day_before"] or m["day_after"]) if m["day_before"] or m["day_after"] else None,
        )
        for m in MONTH_OF_YEAR.finditer(text)
    ]


# A lede after its date, the date standing as the dateline: "Jan 9, 2025 - The union…"
DATE_THEN_DASH = (
    rf"(?i:{MONTH_WORD})\.?\s+\d{{1,2}},?\s+\d{{4}}\s*[—–-]+\s|"
    rf"\d{{1,2}}\s+(?i:{MONTH_WORD})\.?\s+\d{{4}}\s*[—–-]+\s"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"

PATTERNS = [
    lazy_compile(r"\b(?P<year>(?:1[89]|20)\d{2})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?\b"),
    lazy_compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    lazy_compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    lazy_compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    # "Published: 04.02.2025 11:47": the dotted form is day first wherever it is written
    # (a Baltic site's; the source had been undated)
    lazy_compile(rf"(?<![\d.])(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_YEAR}(?![\d.]|\.\d)"),
]
# Time told from the writer's day: "on Tuesday", "Sunday's vote", "last week", "today". An
# excerpt that tells it needs its source's month beside it, or the reader cannot place it.
# A period told from the writer's day ("last week", "this year", "today"), as a pattern
# part: `proposals.WRITER_TIME` weighs such a passage down, `WRITERS_DAY` adds weekdays.
WRITERS_PERIOD = (
    r"(?:this|last|next|earlier this|later this|so far this)\s+"
    r"(?:year|month|week|spring|summer|autumn|fall|winter)|yesterday|today|tomorrow|"
    # "The defining event of the year was the United States' exit.": the writer's year,
    # which a cold reader of a note a year on took for the note's own
    r"(?:of|by the end of|at the end of|later in|earlier in) the year"
    r"(?! (?:to|before|after|ended|ending|since|in which|when)\b)|"
    # "In recent months there has been a significant expansion of the Taliban power…"
    # (a cold read of the example: months before when?)
    r"in recent (?:days|weeks|months)|(?:in|over) the (?:past|last) (?:few )?(?:days|weeks|months)"
)
WRITERS_DAY = lazy_compile(
    rf"\b(?:(?i:{WRITERS_PERIOD})|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?)\b"
)
# "On 21 March", "March 21": a day without a year (not "March 21, 2024").
FULL_MONTH_NAMES = "|".join(MONTH_NAMES)  # for patterns: "January|February|…"
YEARLESS_DAY = lazy_compile(
    rf"\b(?:\d{{1,2}}\s+(?P<m1>{FULL_MONTH_NAMES})|(?P<m2>{FULL_MONTH_NAMES})\s+\d{{1,2}})\b"
    r"(?!(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d{2})"
)


# "…said in March that price undertakings remained…": the month a statement was made,
# without its year (a position dated by its May article had read as May's)
STATED_IN_MONTH = lazy_compile(
    # ("…told investors in November that…": a statement to someone, of that month; a cold
    # read found it under its March source's date)
    r"\b(?P<verb>said|announced|stated|warned|argued|wrote|confirmed|insisted|added|"
    r"asked|requested|urged|demanded|proposed|"  # a request is a statement of its month
    r"told (?:[a-z]+\s+){0,2}?[a-z]+)\s+in\s+"
    rf"(?P<m3>{FULL_MONTH_NAMES})\b(?!,?\s+(?:1[89]|20)\d{{2}})"
)
# "…Operation Prosperity Guardian, the defensive coalition announced in December": after a
# common noun, "announced" is its participle, no statement (it had dated Britain's stance
# on strikes of January 2024 "December 2023" in a cold read)
NOUN_BEFORE = lazy_compile(
    r"(?<![\w'’-])(?!(?:he|she|it|they|we|also|had|has|have|then|later)\s)[a-z]+\s+$"
)


# "In late September, the … Senior Staff Association called a nationwide strike": a
# sentence set in a month it names without its year (a cold read could not tell the year
# under its December article's label)
OPENS_IN_MONTH = lazy_compile(
    rf"^\W*In\s+(?:(?:early|mid|late)[- ]?)?(?P<m3>{FULL_MONTH_NAMES})\b"
    r"(?!,?\s+(?:1[89]|20)\d{2})"
)


# Participles in -ed of a plan, which tell no act done ("is scheduled for", "planned for")
PLAN_PARTICIPLES = "scheduled|planned|expected|slated|intended|set"
# "Mali, and then Niger, broke off diplomatic relations with Ukraine in early August…": a
# past act dated to a month named without its year, in a December article (a cold read
# found the row "Mali (December 2024)", the article's month)
ACTED_IN_MONTH = lazy_compile(
    rf"\b(?P<verb>(?!(?:{PLAN_PARTICIPLES}|proposed|due)\b)[a-z]{{3,}}ed|"
    r"broke|took|made|began|won|lost|held|sent|fled|fell|struck|cut|left|met|signed|rose)\b"
    # (the act nearest the month: "…opposed the levy proposed in December" dates no act;
    # a long place between them still dates it: "met Xi Jinping on the sidelines of the
    # Shanghai Cooperation Organisation summit in Tianjin in August")
    r"(?:(?!\b[a-z]{3,}ed\b)[^.;:]){0,110}?\bin\s+(?:(?:early|mid|late)[- ]?)?"
    rf"(?P<m3>{FULL_MONTH_NAMES})\b(?!,?\s+(?:\d|(?:1[89]|20)\d{{2}}))"
)


OBJECT_BEFORE = lazy_compile(
    r"\b(?:from|of|to|with|by|for|on|at|against|under|than|into|over)\s+(?:the|a|an|its|their|"
    r"his|her)\s+(?:[a-z-]+\s+){0,2}$"
)


def _acted_in_month(text: str) -> re.Match[str] | None:
    """`ACTED_IN_MONTH`, where the sentence does not look ahead and the verb is no
    participle after a preposition's object ("…apart from the coalition announced in
    December")."""
    found = ACTED_IN_MONTH.search(text)
    if found is None or AHEAD_OF_THE_DAY.search(text) or LOOKS_AHEAD.search(text):
        return None
    if OBJECT_BEFORE.search(text, 0, found.start("verb")):
        return None
    return found


def _set_in_month(text: str) -> re.Match[str] | None:
    """`OPENS_IN_MONTH`, of what is told as done ("In March, the board will vote…" in a
    January article is no March gone)."""
    found = OPENS_IN_MONTH.match(text)
    if found and not AHEAD_OF_THE_DAY.search(text) and not LOOKS_AHEAD.search(text):
        return found
    return None


LOOKS_AHEAD = lazy_compile(r"\b(?:would|could|may|might|plans? to|expects?|aims? to|intends? to)\b")


def _stated_in_month(text: str) -> re.Match[str] | None:
    for found in STATED_IN_MONTH.finditer(text):
        participle = found["verb"] in ("announced", "confirmed", "requested", "proposed")
        if not (participle and NOUN_BEFORE.search(text, max(0, found.start() - 30), found.start())):
            return found
    return None


# "Portugal's government said on Tuesday that … the 28 April blackout started in Spain",
# "The panel … published its factual report on the 28 April blackout … on Friday": an act
# of its writer's week, the day it names only what it is about (not "On Monday 28 April")
SAID_ON_WEEKDAY = lazy_compile(
    r"\b(?:(?:said|says|announced|stated|warned|argued|told|added|confirmed|insisted|claimed|"
    r"declared|wrote|urged|called)\s+(?:\w+\s+)?(?:on\s+)?|\bon\s+)(?:last\s+)?"
    rf"(?:{WEEKDAY_NAMES})\b(?!,?\s+\d|,?\s+(?:{FULL_MONTH_NAMES}))"
)


def yearless_month(text: str, published: str | None, acts: bool = False) -> str | None:
    """The year and month ("2025-01") of the day a text names without its year ("On 24
    January the Bank of Japan raised…" in a February 2025 article), or of the month a
    statement was made ("…said in March that…"): the latest such month on or before the
    source's; None where the text names a year, or none such day, or the source's month is
    unknown, or the statement is told as made on its writer's weekday (`SAID_ON_WEEKDAY`).
    `acts`: a past act's month counts too (`ACTED_IN_MONTH`), for a position row's date
    only (as every passage's date it had moved chronology rows and labels: `intel`'s
    analyst memo lost two key points)."""
    # the first named: "Guyana asked in March for the measures to be tightened
    # after Caracas scheduled elections … on May 25" asked in March (a cold read found it
    # labelled May, the month of the elections the request was about)
    found = min(
        (
            m
            for m in (
                YEARLESS_DAY.search(text),
                _stated_in_month(text),
                _set_in_month(text),
                _acted_in_month(text) if acts else None,
            )
            if m
        ),
        key=lambda m: m.start(),
        default=None,
    )
    if not found or not published or len(published) < 7 or SAID_ON_WEEKDAY.search(text):
        return None
    # a year in the day's own sentence dates it; one in a sentence quoted after it does not
    # ("On March 1 a Venezuelan coast guard vessel entered… Analysts said… the 2024 organic
    # law…" had been labelled 2024, the year of the second sentence's law)
    ends = SENTENCE_END.search(text, found.end())
    # ("On 21 March, soldiers … raised the flag over the Republican Palace …, the seat of
    # power the RSF had held since the first days of the war in April 2023": a year a
    # clause or more past the day is another date's, and the day stays the source's year's)
    near_end = min(ends.start() if ends else len(text), found.end() + YEAR_REACH)
    if YEAR.search(text, 0, found.start()) or YEAR.search(text, found.end(), near_end):
        return None
    named = found.groupdict()
    month = MONTH_NAMES.index(named.get("m1") or named.get("m2") or named["m3"]) + 1
    year, of = int(published[:4]), int(published[5:7])
    day_named = named.get("m3") is None
    told = text[: ends.start() if ends else len(text)]
    looked_ahead = DAY_LOOKED_AHEAD.search(text, max(0, found.start() - 30), found.start())
    if day_named and (
        AHEAD_OF_THE_DAY.search(told) or PUT_OFF_TO.search(text, 0, found.start()) or looked_ahead
    ):
        # "When negotiators reconvene … on August 5 … attention will fall on…" in a July
        # 2025 article: the day ahead, on or after the source's month (it had read 2024)
        return f"{year if month >= of else year + 1}-{month:02d}"
    if day_named and month == of % 12 + 1 and not TOLD_AS_PAST.search(told):
        # "The Spanish presidency wants a political deal at the trilogue on 6 December" in
        # a late-November article: next month's day, not one eleven months gone (it had
        # been labelled December of the year before)
        return f"{year if month > of else year + 1}-{month:02d}"
    return f"{year if month <= of else year - 1}-{month:02d}"


# A sentence that tells its day as gone: a past form of "be", "have" or "do", "ago",
# "last", or a verb's past in -ed ("talks collapsed on 6 December"), the participles of a
# plan aside ("is scheduled for", "planned for").
TOLD_AS_PAST = lazy_compile(
    r"\b(?:was|were|had|did|ago|last)\b"
    rf"|\b(?!(?:{PLAN_PARTICIPLES})\b)[a-z]{{2,}}ed\b"
)


YEAR_REACH = 60  # characters after a yearless day where a year told dates it


# The day a delay or extension runs to ("signed his fourth order delaying enforcement …,
# this time to 16 December" in a September article): a day after the act, so ahead of the
# source's month (it had read as the December before, and dated the order a year early)
PUT_OFF_TO = lazy_compile(
    r"\b(?:extend|delay|postpon|defer|push(?:ed|es|ing)? back|put(?:s|ting)? off)\w*\b"
    r"[^.;]{0,160}?\b(?:to|until|till)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A sentence telling a day still to come: the future, or a meeting due or set.
# A day named as one to come: "…are negotiating over what follows February 7." (in a
# November source, next February's; a cold read found it labelled "February 2025.")
DAY_LOOKED_AHEAD = lazy_compile(
    r"\b(?:what (?:follows|comes after|happens after|happens on)|ahead of|expires? on|"
    r"expiring on|runs? out on|deadline of)\s+(?:the )?$"
)
AHEAD_OF_THE_DAY = lazy_compile(
    r"\b(?:will|won't|shall|(?:is|are) (?:due|set|scheduled|expected) to|upcoming|"
    r"(?:is|are) (?:due|scheduled))\b"
)


SENTENCE_END = lazy_compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")
URL_DATE = lazy_compile(
    r"/(?P<year>(?:19|20)\d{2})/(?P<month>[01]?\d)(?:/(?P<day>[0-3]?\d))?(?:/|$)"
)
YEAR = lazy_compile(r"\b(?:1[89]|20)\d{2}\b")


def _iso(year: str, month: str | None, day: str | None) -> str | None:
    y = int(year)
    m = None
    if month is not None:
        m = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
        if m is None or not 1 <= m <= 12:
            return None
    if m is None:
        return f"{y:04d}"
    if day is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, int(day)).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first date in `text`, as YYYY-MM-DD, YYYY-MM or YYYY; None when there is none."""
    best: tuple[int, str] | None = None
    for pattern in PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        iso = _iso(groups["year"], groups.get("month"), groups.get("day"))
        if iso and (best is None or match.start() < best[0]):
            best = (match.start(), iso)
    return best[1] if best else None


def parse_date_value(value: object) -> str | None:
    """A metadata value (YAML date, string, int year) as an ISO partial date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 2999:
        return f"{value:04d}"
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{4}", text):
            return text
        return parse_date(text)
    return None


def date_from_url(url: str) -> str | None:
    match = URL_DATE.search(url)
    if not match:
        return None
    return _iso(match["year"], match["month"], match["day"])


def latest_year(text: str, not_after: int) -> int | None:
    """The latest plausible year mentioned in `text`: a hint for undated sources."""
    years = [int(y) for y in YEAR.findall(text) if int(y) <= not_after]
    return max(years) if years else None


def human_date(iso: str | None) -> str | None:
    """'2021-10-26' -> 'October 26, 2021' (Chicago style); partial dates stay partial."""
    if not iso:
        return None
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTH_NAMES[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{month} {int(parts[2])}, {parts[0]}"


def weekday_on_or_before(day: dt.date, weekday: str, before: bool = False) -> dt.date:
    """The latest `weekday` on or before `day`; strictly before it with `before` ("last
    Friday" in a report of a Friday is the week before)."""
    back = (day.weekday() - WEEKDAYS.index(weekday.lower())) % 7
    return day - dt.timedelta(days=back or (7 if before else 0))


def year_of_weekday(month: int, day: int, weekday: str, years: list[int]) -> int | None:
    """The one year of `years` in which month/day fell on `weekday` ("Dec 19" and "on
    Thursday" in a story whose text reaches 2023: 2024); None when none or several do."""
    wanted = WEEKDAYS.index(weekday.lower())
    found = []
    for year in years:
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        if when.weekday() == wanted:
            found.append(year)
    return found[0] if len(found) == 1 else None
