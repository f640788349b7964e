"""Citation metadata that the text of an article shows: title, byline, date, URL, publisher.

Only layout and phrasing cues common to news and analysis pages are used (a title line,
"By …"/"Author: …" bylines, dated lines, "first published by …", "Original url: …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from briefkit.corpus import SourceMeta
from briefkit.dates import (
    DATE_THEN_DASH,
    MONTHS,
    WEEKDAY_NAMES,
    YEAR,
    date_from_url,
    months_told,
    parse_date,
    year_of_weekday,
)
from briefkit.lazy_regex import lazy_compile

# A capital of the Latin alphabets, accented ones too ("Álvaro", "Łukasz", "Şükrü"): a
# byline "By Álvaro Castellanos Ruiz" had named no author
CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f]"
_NAME_WORD = rf"(?:{CAPITAL}[\w'’.-]+|de|van|von|al|bin|el|la|le|da|di)"
NAME = lazy_compile(rf"^{CAPITAL}[\w'’.-]+(?:\s+{_NAME_WORD}){{1,4}}$")
BYLINE = lazy_compile(
    # "Prepared by: Anita Gorski, Policy Desk" (a digest's compiler, cited as its author)
    r"^(?:by|written by|(?:prepared|compiled) by|(?:lead |main )?authors?|words by)\s*:?\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
URL = lazy_compile(r"https?://[^\s<>()\[\]\"']+")
URL_LABEL = lazy_compile(
    r"^(?:original\s+url|source\s+url|url|source|link|permalink|retrieved from)\s*:", re.IGNORECASE
)
PUBLISHED_BY = lazy_compile(
    r"\b(?:first|originally)\s+(?:published|appeared)\s+(?:by|in|on|at)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][^.,;:!?]{2,80}?)\s*[.,;]?\s*$",
    re.IGNORECASE,
)
# "Source: Submarine Networks Weekly": a clipper's field naming the publication
SOURCE_NAMED = lazy_compile(
    r"^(?i:source|publication|outlet|publisher)\s*:\s*(?P<name>[^:]{3,60}?)\s*$"
)
# "The Sahel Review (Opinion)": the kind of piece in brackets after the publication
KIND_AFTER = lazy_compile(r"\s*\((?P<kind>[^()]{2,30})\)\s*$")


def _source_named(line: str) -> str | None:
    """The publication a clipper's "Source:" line names, without the kind of piece
    bracketed after it ("The Sahel Review (Opinion)")."""
    named = SOURCE_NAMED.match(line)
    if named is None:
        return None
    kind = KIND_AFTER.search(named["name"])
    return (
        named["name"][: kind.start()] if kind and KIND_PART.match(kind["kind"]) else named["name"]
    )


# "Summary prepared by the Latin America Policy Monitor desk.": a desk or a team of the
# publication (a person who prepared it is no publisher)
# (the three share their opening, "Summary prepared by: " and the like, and the name of
# two to seven capitalised words, small words between them)
_PREPARED_BY = r"\b(?i:prepared|compiled|produced)\s+by:?\s+(?:the\s+)?"
_BODY_NAME = r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:of|the|and|for|&|[A-Z][\w&'’-]*)){1,6}?)"
PREPARED_BY = lazy_compile(
    # ("Summary prepared by: River Policy Digest staff", "Prepared by the Japan Policy
    # Monitor research desk | Published 28 January 2025": a colon, a word saying which
    # desk, and the line's other parts after it)
    _PREPARED_BY
    + _BODY_NAME
    + r"\s+(?:[a-z]+\s+)?(?i:desk|team|staff|unit|newsroom)\s*\.?\s*(?:$|[|·—–])"
)
# "Prepared by the Sudan Humanitarian Coordination Forum (SHCF) with inputs…": a body
# named with its initials (a person is not)
PREPARED_BY_BODY = lazy_compile(_PREPARED_BY + _BODY_NAME + r"\s+\([A-Z]{2,8}\)")
# "Summary prepared by the Policy Desk, Iberian Public Affairs Monitor — 4 December 2024"
PREPARED_BY_DESK_OF = lazy_compile(
    _PREPARED_BY
    + r"(?:[A-Z][\w&-]*\s+){0,3}(?:Desk|Team|Unit|Staff),\s+"
    + _BODY_NAME
    + r"\s*(?:[—–]\s+[^—–]*|[-]\s+[^-]*)?\.?\s*$"
)
SITE_MENTION = lazy_compile(
    r"\b(?:on|at|from)\s+(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b"
)
INLINE_MARKUP = lazy_compile(
    r"!?\[([^\]]*)\]\([^)]*\)|\*\*|__|(?<!\w)[*_]|[*_](?!\w)|^#+\s*|\\(?=\W)"
)
SCRAPE_SUFFIX = lazy_compile(r"(?:\s*\((?:[a-z]+)\))+\s*$")
# "SUMMARY | Government removes curbs on rice exports…": the kind of piece, in capitals,
# before a bar: a label over the headline, not part of it ("SUMMARY | Government Removes"
# had been the source's short title in every note)
KICKER = lazy_compile(r"^[A-Z][A-Z-]{2,15}\s+\|\s+(?=\S)")
AUTHOR_BIO = lazy_compile(
    # not an opening phrase of time or place: "In May, plans to automate the cranes
    # triggered…" near a file's end had been read as its author, and its paragraph lost
    r"^(?!(?:In|On|At|By|For|From|After|Before|During|Since|Until|Last|This|Next|Early|Late|"
    r"Over|Under|With|Across|Despite|When|While|As|But|And|The|An?)\b)"
    rf"(?P<name>{CAPITAL}[\w'’.-]+(?:\s+{_NAME_WORD}){{1,3}}),\s+(?:an?\s+|the\s+)?[a-z]"
)
# What a bio says after the appositive: what the person is or does as a writer ("Rachel
# Kim, a reporter at the Harbour Daily, covers trade."), or nothing more. Not a news
# sentence closing the article: "Anna Berg, the minister, opened the new berth." or "Emma
# Reynolds, the new Environment Secretary, is expected to receive advice…" had been taken
# as the author, and the sentence lost from the text.
BIO_AFTER = lazy_compile(
    # (or the post's body, named: "Georgi Asatryan, associate professor, Lomonosov Moscow
    # State University and …", the example's author)
    r"^(?:[.;]?\s*$|[A-Z]|(?:is|was) (?:a|an|the|based|also)\b|(?:also )?(?:writes|wrote|covers|"
    r"covered|reports|reported on|leads|works|worked|edits|teaches|specialises|specializes|"
    r"focuses|has (?:written|covered|reported|worked)|can be reached|previously)\b)"
)
APPOSITIVE_END = lazy_compile(r",\s+")


def authors_bio(line: str) -> str | None:
    """The author a bio line at a text's foot names, or None where the line is no bio."""
    match = AUTHOR_BIO.match(line)
    if match is None:
        return None
    comma = APPOSITIVE_END.search(line, match.end())
    rest = line[comma.end() :] if comma else ""
    return match["name"] if BIO_AFTER.match(rest) else None


DATE_LINE_MAX_WORDS = 12
DATED_LINE_MAX_WORDS = 24
DATELINE_REACH = 100  # characters of a dated line searched for its date


MARKUP_SIGNS = "[*_#\\"  # a character every `INLINE_MARKUP` match holds


def plain(line: str) -> str:
    """A line without markdown syntax, for reading metadata (not for quoting)."""
    if not any(sign in line for sign in MARKUP_SIGNS):
        return line.strip()  # most lines: nothing to take out, no pattern tried
    return INLINE_MARKUP.sub(lambda m: m.group(1) or "", line).strip()


# "Northern Correspondent", "Senior Editor": a byline's job title, not a second author.
ROLE = lazy_compile(  # "Staff Writers", "Deep Ocean Campaign Lead"
    r"\b(?:correspondent|editor|reporter|writer|contributor|columnist|chief|staff|desk|"
    r"analyst|economist|strategist|agency|service|bureau|wire|lead|coordinator)s?$",
    re.IGNORECASE,
)
# "Margaret Olufemi, Senior Fellow, Atlantic Trade Policy Institute", "Sebastian Marr,
# Head of Maritime Research, Corbel Risk Advisory": after a name, a post or the body that
# employs the author, not a second author. Words that are also common surnames ("Dean",
# "Head", "Banks") count only where they cannot be one ("Head of…").
AFFILIATION = lazy_compile(
    r"\b(?:fellow|professor|lecturer|researcher|director|president|founder|partner|manager|"
    r"officer|advis[eo]r|associate|scholar|secretary|minister|ambassador|spokes(?:person|man|"
    r"woman)|consultant|chair(?:man|woman)|(?:head|chair|dean) of|institute|institution|"
    r"university|college|cent(?:re|er)|council|foundation|advisory|association|ministry|"
    r"department|corporation|inc|ltd|llc|programme|program|initiative|forum|observatory|"
    r"society|research|studies|policy|partners|analytics|consult(?:ing|ancy)|group|"
    r"strateg(?:y|ies)|economics|capital|media)\b",
    re.IGNORECASE,
)
# "Daniel Mercer in Aden", "Elena Kostas (Athens)", "Emily Tran in Ho Chi Minh City":
# where the reporter filed from
FILED_FROM = lazy_compile(r"\s+(?:in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}|\([^)]*\))")
# "Published 1 April 2025, 17:05 | Last updated …", "BUENOS AIRES, Dec 13, 2023 (Wire) -"
DATED_LINE = lazy_compile(
    r"^(?:(?:first\s+)?(?:published|posted|updated|issued)\b|"
    # a place in capitals ("BUENOS AIRES, Dec 13, 2023 …"; not "The contract, which would
    # run until September 30, 2030", a sentence whose date is of something else)
    r"(?-i:[A-Z][A-Z .'/-]{2,})(?:,\s|\s{2,})|"
    # a lede after its date ("Jan 9, 2025 - The International Longshoremen's Association…")
    rf"{DATE_THEN_DASH})",
    re.IGNORECASE,
)
MENU_SEPARATORS = 2  # "Home | News | Sport": a line with this many " | " is a menu
MASTHEAD_MAX_WORDS = 6
HEADLINE_MIN_WORDS = 4


WITH_ANOTHER = lazy_compile(rf",?\s+with\s+(?={CAPITAL})")
PLACE_IN_BRACKETS = lazy_compile(r"\s*\([A-Z][\w .'’-]{1,30}\)")


def split_authors(text: str) -> tuple[str, ...]:
    """The people of a byline. After a job title, what follows a comma is the title's
    beat ("Peter Okonkwo-Reyes, Senior Editor, Freight Markets"); only "and" or "&" brings
    another author."""
    # "Helena Marsh, with Kevin Tan (Hong Kong)": a second analyst, and where he filed from
    text = WITH_ANOTHER.sub(" and ", PLACE_IN_BRACKETS.sub("", text))
    pieces = re.split(r"\s*(,|;|&|\band\b)\s*", FILED_FROM.sub("", text))
    names: list[str] = []
    in_title = False
    for index in range(0, len(pieces), 2):
        part = pieces[index].strip()
        joined_by = pieces[index - 1] if index else ""
        if joined_by in {"&", "and", ";"}:
            in_title = False
        # "Lina Farouk, Middle East & Africa correspondent": a beat joined by "&" to the
        # post it opens is no second author (it had been cited as "Farouk and East")
        beat = (
            joined_by == ","
            and index + 2 < len(pieces)
            and pieces[index + 1] in {"&", "and"}
            and ROLE.search(pieces[index + 2].strip()) is not None
            and not NAME.match(pieces[index + 2].strip())
        )
        if ROLE.search(part) or (index and AFFILIATION.search(part)) or beat:
            in_title = True  # (also after "and": "Senior Fellow, Technology and Industrial Policy")
        elif NAME.match(part) and not in_title:
            names.append(part)
    return tuple(n.title() if n.isupper() else n for n in names)  # "PETER LADU GORE"


FURNITURE = lazy_compile(
    # (a button in brackets too: "[Subscribe]  [Login]" had stopped the search for the
    # headline under a masthead, and the masthead stood as the title)
    r"^\[?(?:skip to|jump to|menu\b|search\b|sign in|log ?in|subscribe\b|sign up\b|"
    r"advertisement|cookies?\b|accept\b|share\b|\[cookie|home\b)|"
    r"\b(?:uses|use) cookies\b",
    re.IGNORECASE,
)


def is_menu(line: str) -> bool:
    """Navigation, not text: "Home | News | Sport", "Home > News", "Cotonou - Lome -
    Lagos", "Skip to main content", a cookie notice."""
    if len(re.findall(r"\s[|›»>]\s", line)) >= MENU_SEPARATORS or FURNITURE.search(line):
        return True
    parts = re.split(r"\s+[-–—]\s+|\s{2,}", line.strip())
    return len(parts) >= 3 and all(len(part.split()) <= 2 for part in parts)


def _reads_as_headline(line: str) -> bool:
    """Not a menu, label or issue line ("Issue 31 | Regional review …")."""
    return not (is_menu(line) or _is_label(line) or re.search(r"\s[|>]\s|\s{2,}", line))


def _is_label(line: str) -> bool:
    """A section label or kicker above a headline: "SECURITY", "JURISDICTIONS / WEST
    AFRICA", "BREAKING: …"."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and (
        all(c.isupper() for c in letters) or re.match(r"^[A-Z]+:", line) is not None
    )


def _section_banner(line: str) -> bool:
    """A site's section over its headline, in parts of a few words: "Business Section |
    Health & Pharma", "Capital Markets Brief | Sovereign Debt" (a headline with a pipe has a
    long part: "Kenya returns to the Eurobond market | Capital Markets")."""
    if any(c.isdigit() for c in line):
        return False  # "POLICY BRIEF No. 12 | March 2025": the document's own series label
    parts = re.split(r"\s+[|/]\s+", line.strip())
    return len(parts) >= 2 and all(0 < len(part.split()) <= 4 for part in parts)


def _series_line(line: str) -> bool:
    """A publisher and its series in parts of a few words, the series numbered:
    "Center for Technology and Statecraft | Issue Brief No. 24-03"."""
    parts = [p for p in SEPARATED.split(line.strip()) if p]
    return (
        len(parts) >= 2
        and all(len(p.split()) <= MASTHEAD_MAX_WORDS + 2 for p in parts)
        and any(ISSUE_NUMBER.search(p) or KIND_PART.match(p) for p in parts)
    )


# Between the names of a byline: "Ann Lee, Bo Chan and Cy Dee", "Lee & Chan"
NAME_JOINS = lazy_compile(r"\s*(?:,|;|&|\band\b)\s*")


def _names_line(line: str) -> bool:
    """People's names alone, with their posts: "Helen Marsh and Arjun Patel", "Ines
    Mulcahy, Cyber Correspondent"."""
    parts = [p for p in NAME_JOINS.split(line) if p]
    return (
        bool(parts)
        and bool(NAME.match(parts[0]))
        and not AFFILIATION.search(parts[0])
        and all(NAME.match(p) or ROLE.search(p) or AFFILIATION.search(p) for p in parts)
    )


def wrapped_headline(lines: list[str], at: int) -> str:
    """A headline and the line it runs on to, where it was wrapped: "Measuring the Bite:
    Have Export Controls Slowed China's" / "Advanced Chip Ambitions?" (the next line a
    few words in title case, the first ending on no stop)."""
    first = plain(lines[at])
    following = plain(lines[at + 1]) if at + 1 < len(lines) else ""
    words = following.split()
    if _capitals_title_over(lines, at):
        return f"{first} {following}"
    if (
        first
        and first[-1] not in ".!?:"
        and 0 < len(words) <= WRAPPED_HEADLINE_WORDS
        and all(w[:1].isupper() or w in SMALL_TITLE_WORDS for w in words)
        and not _is_date_line(following)
        and not NAME.match(following)
        and not BYLINE.match(following)
    ):
        return f"{first} {following}"
    return first


WRAPPED_HEADLINE_WORDS = 6
SMALL_TITLE_WORDS = frozenset({"a", "an", "and", "of", "the", "to", "in", "on", "for", "or"})


def _masthead_line(line: str) -> bool:
    """A publication's name in capitals, alone or with a few words of description:
    "NORTHSEA NEWS AGENCY", "COCOA POLICY MONITOR - Official statements digest"."""
    if _is_label(line):
        return len(line.split()) <= MASTHEAD_MAX_WORDS
    if (journal := _beside_its_issue(line)) is not None:
        return len(journal.split()) <= MASTHEAD_MAX_WORDS  # "OCEAN LAW QUARTERLY   Vol. 41"
    name, dash, rest = line.partition(" - ")
    return bool(dash) and _is_label(name) and len(name.split()) <= 4 and len(rest.split()) <= 4


# Between a masthead and its edition or issue: a wide gap or a bar
EDITION_GAP = lazy_compile(r"\s{3,}|\s+\|\s+")


def _beside_its_issue(line: str) -> str | None:
    """The publication's name in capitals of a line giving it beside its issue ("OCEAN LAW
    QUARTERLY      Vol. 41, No. 2"), else None."""
    parts = EDITION_GAP.split(line.strip())
    if len(parts) == 2 and _is_label(parts[0]) and ISSUE_NUMBER.search(parts[1]):
        return parts[0] if len(parts[1].split()) <= 5 else None
    return None


def _dated_masthead(line: str) -> tuple[str, str] | None:
    """The publisher and date of a page's head giving both beside the series: "Institute
    for Great Lakes Security Studies      POLICY BRIEF No. 14 | July 2025" (it had been a
    brief's title, and the brief undated, in a cold read's footnotes)."""
    head, bar, tail = line.rpartition("|")
    date = _is_date_line(tail.strip()) if bar else None
    if date is None:
        return None
    parts = EDITION_GAP.split(head.strip())
    if len(parts) != 2 or not ISSUE_NUMBER.search(parts[1]) or not _masthead_part(parts[0]):
        return None
    return parts[0], date


def _headline_above(lines: list[str], head_ids: list[int], byline: int) -> int | None:
    """The headline: the nearest line above the byline that reads as one (not a date,
    menu or label line)."""
    at = head_ids.index(byline)
    found: list[int] = []
    for i in reversed(head_ids[:at]):
        line = plain(lines[i])
        if _wrapped_lines(lines, i) >= STANDFIRST_LINES:
            # a paragraph wrapped over three lines or more is a standfirst, however its
            # lines end ("…weigh the costs of the / National Milk Testing Strategy" had
            # been taken for the headline): the headline is above it
            continue
        if _no_headline(line):
            continue
        if len(line.split()) > 30 and _reads_as_standfirst(line) and not found:
            found.append(i)  # a long standfirst: the headline is above it
            continue
        if not HEADLINE_MIN_WORDS <= len(line.split()) <= 30:
            break
        found.append(i)
        if len(found) == 2:
            break
        if not _reads_as_standfirst(line):
            above = _deck_under(lines, head_ids, i)
            if above is not None:
                return above
            break
    if len(found) == 2 and not _reads_as_standfirst(plain(lines[found[1]])):
        return found[1]  # a standfirst ("… deserve better.") under its headline
    if found and len(plain(lines[found[0]]).split()) <= 30:
        return found[0]
    return None


def _no_headline(line: str) -> bool:
    """A line of a page's head that is never its headline: a date, a menu, a label or
    kicker (not a headline set in capitals), a section's banner, a publication's line or a
    printed page's running head."""
    return bool(
        _is_date_line(line)
        or _dated_line(line)
        or is_menu(line)
        or (_is_label(line) and not _capitals_headline(line))
        or _section_banner(line)
        or _publication_line(line)
        or _running_head(line)
        # "Prepared by the Sudan Humanitarian Coordination Forum (SHCF) with inputs": who
        # made it (it had been cited as the title)
        or CREDIT_LINE.match(line) is not None
    )


CREDIT_LINE = lazy_compile(
    r"^(?:prepared|compiled|produced|issued|published|edited|written)\s+by\b", re.IGNORECASE
)


def _deck_under(lines: list[str], head_ids: list[int], i: int) -> int | None:
    """The headline above a deck: "KKR walks away from Thames Water, leaving creditors in
    pole position" over "Private equity group's exit reopens contest between senior
    lenders and Castle Water" over the byline. Two unpunctuated lines of a headline's
    length, each its own paragraph, one above the other: the upper is the headline (the
    deck had been cited as the title). A short line above is a masthead or a label, and
    stays out of it."""
    at = head_ids.index(i)
    if (
        at == 0
        or _wrapped_lines(lines, i) > 1
        or len(plain(lines[i]).split()) <= MASTHEAD_MAX_WORDS
    ):
        return None  # (a short line over the byline names the publication)
    upper = head_ids[at - 1]
    line = plain(lines[upper])
    if (
        MASTHEAD_MAX_WORDS < len(line.split()) <= 30
        and _wrapped_lines(lines, upper) == 1
        and not _reads_as_standfirst(line)
        and not line.endswith((":", "?"))
        and not _no_headline(line)
    ):
        return upper
    return None


STANDFIRST_LINES = 3  # lines of one wrapped paragraph that make it no headline
CAPITALS_HEADLINE_WORDS = 6  # words of a line in capitals that make it a headline, not a label


def _wrapped_lines(lines: list[str], i: int) -> int:
    """How many lines the paragraph holding line `i` has (text saved from a PDF wraps). A
    menu, a byline or a date line is no line of a paragraph: a headline set between a
    site's menu and its byline, with no blank line between them, had read as the third of
    four wrapped lines, and the source had gone untitled."""
    start = i
    while start > 0 and lines[start - 1].strip() and not _header_line(lines[start - 1]):
        start -= 1
    end = i
    while end + 1 < len(lines) and lines[end + 1].strip() and not _header_line(lines[end + 1]):
        end += 1
    return end - start + 1


def _capitals_title_over(lines: list[str], at: int) -> bool:
    """A title set in capitals over its subtitle: "THE ALGORITHM IS THE ASSET:" over "WHAT A
    LAWFUL TIKTOK DIVESTITURE REQUIRES" (each line short enough to pass for a kicker, the
    masthead had stood as the policy brief's title)."""
    line = plain(lines[at])
    following = plain(lines[at + 1]) if at + 1 < len(lines) else ""
    return (
        line.endswith(":")
        and len(line.split()) >= HEADLINE_MIN_WORDS
        and _is_label(following)
        and len(following.split()) >= HEADLINE_MIN_WORDS
    )


def _header_line(raw: str) -> bool:
    """A page's menu, a byline or a line giving the date: the furniture of a page's head."""
    line = plain(raw)
    return bool(is_menu(line) or _byline(line) or _is_date_line(line) or _dated_line(line))


def _capitals_headline(line: str) -> bool:
    """A headline set in capitals ("MILK TESTING GOES NATIONAL - BUT WILL IT CATCH UP WITH
    THE VIRUS"), not a kicker ("SECURITY") or a masthead set beside its section with a wide
    gap ("DAIRY HERD WEEKLY      NEWS ANALYSIS")."""
    return len(line.split()) >= CAPITALS_HEADLINE_WORDS and not re.search(r"\s{3,}", line)


def _reads_as_standfirst(line: str) -> bool:
    """A summary under the headline: whole sentences, ending with a full stop (or a
    question, when it is long)."""
    end = line.rstrip()
    if end.endswith("?"):
        return len(end.split()) >= 16
    return end.endswith((".", "!")) and not end.endswith("...")


# "WASHINGTON, Dec 19 (Nordwire) - The agency said on Thursday…": a wire dateline with
# no year, and the day of the week the story happened on.
YEARLESS_DATELINE = lazy_compile(
    r"^[A-Z][A-Z .'/-]{2,},\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\b(?!,?\s*\d{4})"
)
WEEKDAY = lazy_compile(rf"\b({WEEKDAY_NAMES})\b")
STORY_LINES = 2  # lines after a yearless dateline searched for the story's weekday


# "BRUSSELS, July 18 (Continental Press) - …": the agency a wire story comes from.
WIRE_AGENCY = lazy_compile(
    # "SALTA, Argentina, Oct 15", "CIUDAD BOLIVAR, Venezuela/GEORGETOWN, May 26, 2025"
    r"^[A-Z][A-Z .'/-]{2,},\s+(?:[A-Z][\w .'/-]{1,40},\s+)?"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s+"
    r"\((?P<agency>[A-Z][^()]{1,40})\)\s+[-–—]"
)


def _yearless_dateline(
    line: str, mentioned: set[int], story: str = "", text: str = ""
) -> str | None:
    """The date of a dateline without a year, whose story names its weekday (in the
    dateline's paragraph, else in `story`, the paragraphs right after it): the year is the
    one (of the years the text mentions, and the year after each) in which that day fell
    on that weekday. Without a weekday, or with none or two years fitting, no date (the
    year before each was tried too: "BRUSSELS, Dec 9 … late on Friday" then fell in 2022,
    the Friday being the day before the dateline's). Where the `text` gives the dateline's
    day in full once ("…at the announcement in Montreal, Sept. 28, 2023" under "MONTREAL,
    Sept 28"), that is its year (2017 and 2023 both had a Thursday 28 September)."""
    match = YEARLESS_DATELINE.match(line)
    weekday = WEEKDAY.search(line) or WEEKDAY.search(story)
    month = MONTHS.get(match["month"].lower()) if match else None
    if match is None or month is None:
        return None
    day = int(match["day"])
    told = {year for year, named, on in months_told(text) if (named, on) == (month, day)}
    if len(told) == 1:
        return f"{told.pop():04d}-{month:02d}-{day:02d}"
    if weekday is None or not mentioned:
        return None
    years = sorted(mentioned | {year + 1 for year in mentioned})
    year = year_of_weekday(month, day, weekday[1], years)
    return f"{year:04d}-{month:02d}-{day:02d}" if year else None


def _dated_line(line: str) -> str | None:
    """The date of a publication line ("Published 1 April 2025, 17:05 | Last updated …",
    "Issued: North Bergen, N.J., and Edison, N.J., February 26, 2025") or a wire dateline
    ("BUENOS AIRES, Dec 13, 2023 (Meridian Wire) - …")."""
    if not DATED_LINE.match(line):
        return None
    return parse_date(line[:DATELINE_REACH])


def _credit_line_date(line: str) -> str | None:
    """ "Summary prepared by the Policy Desk, Iberian Public Affairs Monitor — 4 December
    2024": a short credit line whose last part, after a dash, is its date; or one that says
    when it was first published ("… statement digest. First published 14 March 2025")."""
    if len(line.split()) > DATED_LINE_MAX_WORDS:
        return None
    head, dash, tail = line.rpartition(" — ") if " — " in line else line.rpartition(" – ")
    if dash and head.strip() and (found := _is_date_line(tail)):
        return found
    # "Policy Monitor Nordic - statement digest. First published 14 March 2025; updated…"
    published = PUBLISHED_WITHIN.search(line)
    return parse_date(line[published.end() : published.end() + 40]) if published else None


PUBLISHED_WITHIN = lazy_compile(r"\b(?:first\s+)?published(?:\s+on)?:?\s+(?=\S)", re.IGNORECASE)


def _headline_below(lines: list[str], head_ids: list[int]) -> int | None:
    """Under a masthead and its menus: the first line that reads as a headline. A headline
    set in capitals is taken only where no other follows before the byline: over one, it
    is a kicker ("THE ALGORITHM IS THE ASSET: …" is a policy brief's title; a line of
    capitals over a headline in sentence case is the section's)."""
    capitals_at: int | None = None
    for i in head_ids[1:]:
        line = plain(lines[i])
        if _is_date_line(line) or _dated_line(line) or is_menu(line) or _series_line(line):
            continue  # ("Center for Technology and Statecraft  |  Issue Brief No. 24-03")
        if _is_label(line):
            if capitals_at is None and (
                (_capitals_headline(line) and not re.search(r"\s[|>]\s", line))
                or _capitals_title_over(lines, i)
            ):
                capitals_at = i
            continue  # a kicker or section ("OUR VIEW", "ARTICLES"), or held as above
        if _names_line(line) or BYLINE.match(line) or CREDIT_LINE.match(line):
            return capitals_at  # the byline, which stands below the headline
        if not _reads_as_headline(line):
            return capitals_at
        words = len(line.split())
        if HEADLINE_MIN_WORDS <= words <= 30 and not _reads_as_standfirst(line):
            return i
        return capitals_at
    return capitals_at


COPYRIGHT = lazy_compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    # a full stop ends the name, not the one inside "S.A." or "Co.Ltd"
    # the name is capitalised as written ("the copyright chapter is too weak" names none)
    r"(?P<name>(?-i:[A-Z])[\w&'’. -]{2,60}?)\s*(?:\.(?!\w)|[|·,]|all rights|$)",
    re.IGNORECASE,
)
# a company's legal form after its name; the name stops at the first of its full stops
# ("Agrarian Herald Media Sp. z o.o." is read as far as "…Media Sp")
CORPORATE_SUFFIX = lazy_compile(
    r"\s+(?:Media|Group|Ltd|Limited|Inc|LLC|AS|plc|GmbH|S\.A|S\.L|N\.V|B\.V|AG|SpA|Sp|Co|"
    r"Corp|Pty|Pte|Oy|AB|KK)\.?$"
)


def _copyright_holder(line: str) -> str | None:
    """ "© 2024 The Daily Ledger · Terms": the publication named in a footer."""
    match = COPYRIGHT.search(line)
    if not match:
        return None
    name = re.sub(r"\s+\d{4}$", "", match["name"].strip(" .-"))
    while (plainer := CORPORATE_SUFFIX.sub("", name)) != name:  # "… Media Sp": both go
        name = plainer
    return name if 1 <= len(name.split()) <= 6 else None


# "Atlantic Press Agency (APA)": a name followed by its own initials
OWN_ACRONYM = lazy_compile(r"\s*\((?-i:[A-Z]{2,6})\)$")


def _spells_out(full: str, short: str) -> bool:
    """Is `full` the name `short` abbreviates ("Continental Press Agency" of "CPA
    Newswire", "Pan-African Wire Service" of "Paws") or cuts short ("Meridian Wire" of
    "Meridian")?"""
    if full.casefold().startswith(short.casefold() + " "):
        return True
    words = [
        w for w in re.split(r"[\s-]+", full) if w and w.casefold() not in ("of", "and", "the", "&")
    ]
    initials = "".join(w[0] for w in words).casefold()
    first = re.sub(r"\W", "", short.split()[0]).casefold() if short.split() else ""
    return len(initials) >= 2 and initials == first


def _masthead_before_menu(lines: list[str], head_ids: list[int]) -> str | None:
    """A publication's name over its menu: "Meridian Wire" above "World | Business | …",
    or the menu's first item ("GLOBAL WIRE SERVICE | World | …", "Pipeline Weekly — News —
    Regulation")."""
    for position, i in enumerate(head_ids[:6]):
        line = plain(lines[i])
        if FURNITURE.search(line):
            continue
        parts = [part.strip() for part in re.split(r"\s+[|]\s+", line)]
        if (
            len(parts) > 2
            and (_is_label(parts[0]) or _publication_named(parts[0]))
            and len(parts[0].split()) <= MASTHEAD_MAX_WORDS
        ):
            return _masthead(parts[0])
        dashed = _dashed_parts(line)
        if len(dashed) > 2 and PUBLICATION_WORD.search(" " + dashed[0]):
            # a breadcrumb of dashes whose first item names a publication: "Pipeline
            # Weekly — News — Regulation" (not "Cotonou - Lome - Lagos", places)
            return _masthead(dashed[0])
        following = plain(lines[head_ids[position + 1]]) if position + 1 < len(head_ids) else ""
        if _short_name_over(line, following):
            return _masthead(line)
        return None
    return None


# Two-letter words of a capitalised masthead that are words, not initials ("EU", "UN")
SHORT_WORDS = frozenset({
    "OF", "IN", "ON", "AT", "TO", "BY", "OR", "AN", "AS", "IS", "IT", "MY", "WE", "NO",
    "SO", "UP", "DO", "GO", "ME", "HE", "BE", "IF",
})  # fmt: skip


# "THE CITY DESK | Utilities", "Harcourt Strategy — Insights": a publication and the
# section a page stands in
SECTION_AFTER = lazy_compile(r"^(?P<name>.+?)\s+(?:[|]|[—–-])\s+(?P<section>[^|—–]+)$")


def without_section(publisher: str | None) -> str | None:
    """A publisher without the section its page names after a bar or a dash ("THE CITY
    DESK | Utilities" is The City Desk, "Meridian Wire — World Service" Meridian Wire): a
    note cites the publication, and a section had stood as part of its name."""
    if not publisher:
        return publisher
    if KIND_PART.match(publisher.strip()):
        return None  # "OPINION" over a column is its section, no publication
    found = SECTION_AFTER.match(publisher)
    if not found or len(found["section"].split()) > MASTHEAD_MAX_WORDS:
        return publisher
    name = found["name"].strip()
    return None if KIND_PART.match(name) else _masthead(name)  # "Opinion | Guest Essay"


def _masthead(line: str) -> str:
    """A publication's name as printed at the top ("THE GULF OF GUINEA COURIER"), in title
    case; two-letter initials stay capitals ("EU-CHINA TRADE MONITOR" -> "EU-China Trade
    Monitor", not "Eu-China"), without an edition or issue printed beside it ("OCEAN LAW
    QUARTERLY      Vol. 41, No. 2")."""
    return title_cased(_beside_its_issue(line) or line)


def title_cased(line: str) -> str:
    """A line set in capitals, in title case (as `_masthead` gives it); any other line as
    it is. A table's column labels a source by its title this way too."""
    if not line.isupper():
        return line
    cased = re.sub(  # "INSTITUTE FOR HARBOUR AND SHIPPING STUDIES": small words in lower case
        r"(?<=\s)(Of|The|For|And|On|In|To|At|An|A)(?=\s)",
        lambda m: m.group(1).lower(),
        line.title(),
    )
    return re.sub(
        r"\b[A-Z][a-z]\b",
        lambda m: m.group(0).upper() if m.group(0).upper() not in SHORT_WORDS else m.group(0),
        cased,
    )


PLACEHOLDER_TITLE = lazy_compile(r"^(?:untitled|document\d*|microsoft word - .*|slide \d+)$", re.I)
PLACEHOLDER_DATES = {"2013-12-23"}  # python-docx's template stamp, left in many generated files


def real_title(title: str | None) -> str | None:
    """A document property title, unless it is a tool's placeholder."""
    title = (title or "").strip()
    return None if not title or PLACEHOLDER_TITLE.match(title) else title


def real_date(date: str | None) -> str | None:
    return None if date in PLACEHOLDER_DATES else date


def publisher_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


@dataclass
class TextMetadata:
    """Metadata found in the text, and which lines carried it (not body text)."""

    meta: SourceMeta
    meta_lines: set[int]


LISTED = lazy_compile(r"\band\b|&")  # a byline's second author comes after "and" or "&"


# "Posted 19 March 2025 by Fiona Castellan": a date line that names its writer
DATED_BYLINE = lazy_compile(
    r"^(?:first\s+)?(?:posted|published|written|filed)\s+(?:on\s+)?(?P<date>[^|]{4,40}?)\s+by\s+"
    rf"(?P<rest>{CAPITAL}.+)$",
    re.IGNORECASE,
)


def _byline(line: str) -> tuple[tuple[str, ...], str | None] | None:
    dated = DATED_BYLINE.match(line)
    if dated and (when := parse_date(dated["date"])):
        authors = split_authors(dated["rest"].strip(" .,"))
        return (authors, when) if authors else None
    match = BYLINE.match(line)
    if not match:  # "Analysis | By Chen Weiling | 3 September 2025 | 11 min read",
        # "Published 14 May 2025 · Risk Team · Lead author: Ousmane Diallo-Fischer"
        parts = SEPARATED.split(line)
        found = next((m for part in parts[1:] if (m := BYLINE.match(part.strip()))), None)
        if found is None:
            return None
        authors = split_authors(found["rest"].strip(" .,"))
        return (authors, parse_date(line)) if authors else None
    rest = match["rest"]
    date = parse_date(rest)
    name_part = re.split(r"\s+[-–—|·•]\s+|\s*[|·•]\s*|,\s*(?=\w+\.? \d)", rest)[0]
    if not LISTED.search(name_part):
        # "By Femi Ogunleye, Port Harcourt": a byline names its second author with "and";
        # after a comma alone comes where it was filed, or the writer's post
        name_part = name_part.split(",")[0]
    authors = split_authors(name_part.strip(" .,"))
    joined = WITH_AUTHOR.search(rest)
    if authors and joined and NAME.match(joined["name"]) and joined["name"] not in authors:
        # "Prepared by: Daniel Achterberg, Head of Asia Political Risk, with Thiri Aung"
        authors = (*authors, joined["name"])
    if not authors and date is None:
        return None
    return authors, date  # "by admin August 5, 2024": no author, but the date


# ", with Thiri Aung" after a byline's first author and post: a co-author (not "with
# additional reporting by …", a contributor)
WITH_AUTHOR = lazy_compile(r",\s*with\s+(?P<name>[A-Z][^,()|·•]{2,40}?)\s*(?=[,(|·•]|$)")


SEPARATED = lazy_compile(r"\s+[|·•]\s+")
DASHED = lazy_compile(r"\s+[-–—]\s+")
PAGE_PART = lazy_compile(r"^(?:page|p\.)\s*\d+\b", re.IGNORECASE)
PAGE_NUMBER = lazy_compile(r"(?:page|p\.)\s*\d", re.IGNORECASE)  # somewhere in the line
PUBLISHED_PART = lazy_compile(r"^(?:first\s+)?(?:published|posted|updated|issued)\b", re.IGNORECASE)
# Parts of a separated byline that name its kind, not its publisher
KIND_PART = lazy_compile(
    r"^(?:the\s+)?(?:opinion|analysis|comment|commentary|news|feature|explainer|interview|review|"
    r"editorial|column|blog|briefing|markets|economy|politics|business|world|"
    r"(?:guest )?essay|op-ed|q&a|letters?|long read|press release|readout|fact ?sheet|factbox|"
    # a summary of another's text: "OFFICIAL STATEMENT SUMMARY" over the headline
    r"(?:official\s+)?(?:statement|summary|statement\s+summary)|"
    r"news (?:(?:&|and) )?analysis|\d+\s+min(?:ute)?s?\s+read|"
    # a think tank's or a consultancy's series: "Outlook note", "Policy Brief 07/2024"
    r"(?:[a-z]+\s+)?(?:note|brief|paper|update|memo)(?:\s+(?:no\.?\s*)?[\d/.-]+)?)$",
    re.IGNORECASE,
)
# An issue's number after a publication's name: "Diplomatic Digest No. 142"
ISSUE_NUMBER = lazy_compile(r"\s+(?:No\.?|Issue|Vol\.?|#)\s*\d+[\d/.-]*$", re.IGNORECASE)


# "Downstream Monitor | Oil & Gas | 8 October 2025": a name ending in a word that names
# a publication is the publisher, not a person
PUBLICATION_WORD = lazy_compile(
    r"\s(?:Monitor|Times|Post|Journal|Review|Weekly|Daily|News|Wire|Ledger|Observer|"
    r"Gazette|Herald|Tribune|Report|Digest|Bulletin|Courier|Chronicle|Insider|Magazine|"
    r"Quarterly|Briefing|Dispatch|Express|Telegraph|Record|Register|Sentinel|Today|Online)$"
)


# The last word of a news service's name: "Global Markets Newswire", "Tokyo Macro Letter"
NEWS_SERVICE_WORD = lazy_compile(r"\s(?:Newswire|Letter|Newsletter|Agency|Service)$")


def _publication_named(part: str) -> bool:
    """Is a menu's first item a publication's name in title case ("Asia Markets Wire |
    Markets | Economy", "Tokyo Macro Letter | Analysis | Rates")? A cold read of `boj`
    found those wires' notes without their outlet. Not "Home", nor "Research | Insights"."""
    words = part.split()
    return (
        2 <= len(words) <= MASTHEAD_MAX_WORDS
        and all(word[:1].isupper() or word in SMALL_TITLE_WORDS for word in words)
        and bool(PUBLICATION_WORD.search(" " + part) or NEWS_SERVICE_WORD.search(" " + part))
    )


def _name_over_menu(lines: list[str], head_ids: list[int]) -> bool:
    """Is the page's first line a publication's name over its menu ("EnviroPolicy Watch"
    above "Regulation | Litigation | Climate | …")? It is no headline: a cold read of
    `pfas` found a timeline cited by its site's name, its own title ("TIMELINE: Three
    years of PFAS rules…", under the menu) lost."""
    if len(head_ids) < 2:
        return False
    first = plain(lines[head_ids[0]])
    return _short_name_over(first, plain(lines[head_ids[1]])) and not first.endswith(
        (".", "?", "!")
    )


def _short_name_over(line: str, following: str) -> bool:
    """Is `line` a few words, no menu itself, over a line that is one ("Meridian Wire"
    above "World | Business | …")?"""
    return len(line.split()) <= MASTHEAD_MAX_WORDS and not is_menu(line) and is_menu(following)


def _dashed_parts(line: str) -> list[str]:
    return [p.strip(" .,") for p in DASHED.split(line) if p.strip(" .,")]


def _running_head(line: str) -> bool:
    """A printed page's running head, parts between dashes, one its page number: "Dairy
    Herd Weekly - 17 January 2025 - Page 6 (cont.)" (a PDF saved as text). It dates the
    piece like a separated byline; it is no title."""
    parts = _dashed_parts(line)
    return len(parts) > 1 and any(PAGE_PART.match(p) for p in parts)


def _repeated_running_head(lines: list[str]) -> tuple[tuple[str, ...], str | None, str] | None:
    """(authors, publisher, date) of a running head that stands on two or more pages of
    the text, the same but for its page number; a dated line met once may be anything."""
    seen: dict[str, int] = {}
    for line in lines:
        if not PAGE_NUMBER.search(line):
            continue  # most lines, asked cheaply first
        text = plain(line)
        if len(text.split()) <= DATED_LINE_MAX_WORDS and _running_head(text):
            key = " - ".join(p for p in _dashed_parts(text) if not PAGE_PART.match(p))
            seen[key] = seen.get(key, 0) + 1
            if seen[key] == 2 and (found := _separated_line(text)) and found[2]:
                return found
    return None


# "Saved from The Continental Review — 6 min read": a web clipper's note of the site
SAVED_FROM = lazy_compile(
    r"^(?i:saved|clipped|archived)\s+from:?\s+"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:of|the|and|for|&|[A-Z][\w&'’-]*)){0,5})\s*(?:[—–|·,]|$)"
)
# "Saved from longform.weeklyledger.com · 14 min read": the site's address only, its host
# the publisher where nothing names one (as a page's own address would give it)
SAVED_FROM_SITE = lazy_compile(
    r"^(?i:saved|clipped|archived)\s+from:?\s+(?:https?://)?(?:www\.)?"
    r"(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b"
)


def _described_as_a_person(name: str, lines: list[str]) -> bool:
    """Does the text describe `name` as a person ("Adaeze Okonkwo is a Lagos-based
    economist", "She writes on…" after it)?"""
    if not NAME.match(name) or PUBLICATION_WORD.search(name) or AFFILIATION.search(name):
        return False
    described = re.compile(
        rf"\b{re.escape(name)}\s+is\s+(?:a|an|the)\s+[^.]*\.\s+(?:She|He)\s+[a-z]"
    )
    return any(described.search(plain(line)) for line in lines[-BIO_LINES:])


BIO_LINES = 12  # lines at a text's end where its author is described


# A part of a dated line that names the analysts: "Lead analyst: Helena Marsh"
ANALYST_PART = lazy_compile(
    r"^(?:lead|senior|chief|principal)\s+analysts?\s*:\s*(?P<rest>.+)$", re.IGNORECASE
)


def _series_like(part: str) -> bool:
    """Two or three capitalised words and nothing else ("Sector Outlook"): beside named
    analysts, a series' or desk's name, not a person or a publication."""
    return bool(re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", part))


def _separated_line(
    line: str, sites: frozenset[str] = frozenset()
) -> tuple[tuple[str, ...], str | None, str] | None:
    """(authors, publisher, date) of a line of parts between "·" or "|" that dates the
    piece: "Meera Sethi · The Policy Ledger · Opinion · 14 March 2024" (a person first:
    the author, then the publication), "South Asia Monitor | Published: 22 July 2025,
    10:40 NPT" (a publication before its publishing date). `sites`, the web addresses' names
    the text's head gives ("Saved from threathorizon.substack.com"), tell a publication
    from a person where both parts read as names."""
    parts = [p.strip(" .,") for p in SEPARATED.split(line) if p.strip(" .,")]
    if len(parts) < 2 and _running_head(line):
        parts = [p for p in _dashed_parts(line) if not PAGE_PART.match(p)]
    if len(parts) < 2 or len(parts) > 6:
        return None
    dated = [
        (i, found)
        for i, part in enumerate(parts)
        if (
            found := _is_date_line(part)
            or (parse_date(part) if PUBLISHED_PART.match(part) else None)
        )
    ]
    if not dated or dated[0][0] == 0:
        return None
    at, date = dated[0]
    others = [  # the byline's own part ("By Ana Reyes, Northern Correspondent") is no masthead
        ISSUE_NUMBER.sub("", p)
        for i, p in enumerate(parts)
        if i != at and not KIND_PART.match(p) and not BYLINE.match(p)
    ]
    if any(ANALYST_PART.match(p) for p in parts):
        # "Sector Outlook · 20 December 2025 · Lead analyst: Helena Marsh, with Kevin Tan":
        # the analysts named are the authors, not the series before them
        others = [p for p in others if not ANALYST_PART.match(p) and not _series_like(p)]
    others = [p for p in others if len(p.split()) <= MASTHEAD_MAX_WORDS]
    bylined = next(  # "By Inés Carrasco Vidal": its people, however the other parts read
        (
            split_authors(found["rest"])
            for p in parts
            if (found := BYLINE.match(p) or ANALYST_PART.match(p))
        ),
        (),
    )
    if PUBLISHED_PART.match(parts[at]) or KIND_PART.match(parts[0]):
        # "South Asia Monitor | Published: …", "Opinion · European Voices · 5 August 2025"
        return bylined, (others[0] if others and _masthead_part(others[0]) else None), date
    if not others:
        return bylined, None, date

    def person(part: str) -> bool:
        return (
            bool(NAME.match(part))
            and not part.startswith("The ")
            and not PUBLICATION_WORD.search(part)
            and not AFFILIATION.search(part)  # "Black Sea Risk Advisory" is a firm
        )

    second = others[1] if len(others) > 1 else None
    if person(others[0]):
        if second is not None and person(second):
            # "Threat Horizon · Priya Raman": which is the person? The other part than the
            # one a web address the text gives spells ("threathorizon.substack.com")
            sited = [part for part in (others[0], second) if _squashed(part) in sites]
            if len(sited) == 1:
                name = second if sited[0] == others[0] else others[0]
                return split_authors(name), sited[0], date
            return (), None, date
        return (
            split_authors(others[0]),
            (second if second and _masthead_part(second) else None),
            date,
        )
    # "The Policy Ledger · Meera Sethi · …": the publication first ("Brussels | 20 November
    # 2025" and "Markets | 3 July 2024" name a place and a section)
    authors = split_authors(second) if second and person(second) else bylined
    return authors, (others[0] if _masthead_part(others[0]) else None), date


# A web address's names: "threathorizon.substack.com" -> "threathorizon", "substack".
WEB_ADDRESS = lazy_compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|info|news|co|uk|io|eu|int))\b")


def _squashed(part: str) -> str:
    return re.sub(r"[^a-z0-9]", "", part.lower())


def sites_named(lines: list[str]) -> frozenset[str]:
    """The names of the web addresses in `lines`, lower case, without their dots."""
    return frozenset(
        label.replace("-", "")
        for line in lines
        for address in WEB_ADDRESS.findall(line.lower())
        for label in address.split(".")[:-1]
        if len(label) > 3 and label != "www"
    )


def _publication_line(line: str) -> str | None:
    """The publication of a line naming it and the piece's kind, undated: "Envirolex
    Global Briefing | Explainer", "Asia Policy Wire · News analysis". Such a line between
    the headline and the byline is no headline."""
    parts = [p.strip() for p in SEPARATED.split(line) if p.strip()]
    if (
        len(parts) == 2
        and PUBLICATION_WORD.search(" " + parts[0])
        and _masthead_part(parts[0])
        and len(parts[0].split()) <= MASTHEAD_MAX_WORDS
        and len(parts[1].split()) <= SECTION_MAX_WORDS
        and not any(ch.isdigit() for ch in parts[1])
    ):
        return parts[0]  # "Baltic Times Online | Security": the publication and its section
    if not 2 <= len(parts) <= 3 or not any(KIND_PART.match(p) for p in parts):
        return None
    names = [p for p in parts if not KIND_PART.match(p)]
    if len(names) != 1 or len(names[0].split()) > MASTHEAD_MAX_WORDS:
        return None
    return names[0] if _masthead_part(names[0]) else None


SECTION_MAX_WORDS = 3


def _publication_and_series(line: str) -> str | None:
    """The publisher of a line naming it and its series across a dash: "Centre for
    Northern Security Studies, Tallinn — Policy Brief No. 4/2025" (where it sits dropped)."""
    parts = [p.strip() for p in DASHED.split(line.strip())]
    if len(parts) != 2 or not (KIND_PART.match(parts[1]) or ISSUE_NUMBER.search(parts[1])):
        return None
    name, comma, place = parts[0].rpartition(", ")
    if not comma or len(place.split()) > 2 or not place[:1].isupper():
        name = parts[0]
    if len(name.split()) > MASTHEAD_MAX_WORDS + 2 or not _masthead_part(name):
        return None
    return name


def _publication_and_date(line: str) -> tuple[str, str] | None:
    """The publication and date of a line naming both across a dash: "The Iberian Courier
    — Friday, 9 May 2025" (under a byline, the op-ed's publisher had been left out). A
    place's dateline ("New York — 9 May 2025") names three words or fewer without "The"."""
    parts = [p.strip() for p in DASHED.split(line.strip())]
    if len(parts) != 2 or len(parts[0].split()) > MASTHEAD_MAX_WORDS:
        return None
    name, when = parts[0], parse_date(parts[1])
    if when is None or not _masthead_part(name) or len(parts[1].split()) > DATE_PART_WORDS:
        return None
    if not name.lower().startswith("the ") and len(name.split()) <= 2:
        return None  # "New York — 9 May 2025", "Addis Ababa — …": where it was filed
    return name, when


DATE_PART_WORDS = 5  # "Friday, 9 May 2025": a date part and nothing more


def _masthead_part(part: str) -> bool:
    """Could the part name a publication: two words or more in title case, no figures,
    not shouted ("LONDON"), not a section ("News & Analysis")?"""
    words = part.split()
    return (
        len(words) >= 2
        and not any(ch.isdigit() for ch in part)
        and not part.isupper()
        and not KIND_PART.match(part)
        and all(w[:1].isupper() or w in ("of", "the", "and", "for", "&", "on", "in") for w in words)
    )


def _bare_names_under(lines: list[str], head_ids: list[int], title_at: int) -> int | None:
    """The line right under a headline found below a masthead, where it names people
    alone ("Helena Voss*", a footnote's star after the name): the byline without "By"."""
    after = next((i for i in head_ids if i > title_at), None)
    if after is not None and _bare_byline(plain(lines[after]).rstrip("*†‡ ")):
        return after
    return None


def _bare_byline(line: str) -> bool:
    """Does the line name people alone, not in capitals and naming no country ("Central
    Asia")?"""
    from briefkit.analysis.actors import countries_in  # the gazetteer, only when it is needed

    return _names_line(line) and not line.isupper() and not countries_in(line)


def _bare_name_by_dateline(
    lines: list[str], head_ids: list[int], meta_lines: set[int]
) -> int | None:
    """The line of a byline without "By": a bare personal name just above or below the
    dateline ("Jane Doe" / "March 3, 2023"), that names no country ("Central Asia")."""
    for p, i in enumerate(head_ids):
        if i not in meta_lines or not _is_date_line(plain(lines[i])):
            continue
        for q in (p - 1, p + 1):
            if (
                0 < q < len(head_ids)
                and head_ids[q] not in meta_lines
                and _bare_byline(plain(lines[head_ids[q]]))
            ):
                return head_ids[q]  # (two joined by "and": "Helen Marsh and Arjun Patel")
    return None


def _is_date_line(line: str) -> str | None:
    if len(line.split()) > DATE_LINE_MAX_WORDS:
        return None
    date = parse_date(line)
    if date is None:
        return None
    leftover = re.sub(
        r"[\d,.:/\s-]|\b(?:updated|published|posted|on|am|pm|gmt|utc|bst|cet|est|edt)\b|"
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|"
        r"aug|sep|oct|nov|dec)[a-z]*\b",
        "",
        line,
        flags=re.I,
    )
    return date if len(leftover) <= 12 else None


def extract(
    lines: list[str],
    head: int = 12,
    tail: int = 12,
    first_line_title: bool = True,
    markdown: bool = False,
) -> TextMetadata:
    """Scan the head and tail of the text for citation metadata. The title is a Markdown
    `#` heading when there is one, else the headline just above the byline, else the
    first line; a first line that is a menu is never the title, and one that is a short
    masthead above a different headline is the publisher."""
    title = None
    authors: tuple[str, ...] = ()
    date = None
    url = None
    publisher = None
    # "© 2025 Harbourfront Press Holdings": the owner a footer names, the publication only
    # where nothing else names one (it had been cited for "THE HARBOURFRONT TIMES")
    footer_holder = None
    meta_lines: set[int] = set()
    content = [i for i, line in enumerate(lines) if line.strip()]
    head_ids = content[:head]
    tail_ids = content[-tail:]

    byline_at = None
    byline_publisher: str | None = None
    sites = sites_named([lines[i] for i in head_ids])
    headings = [i for i in head_ids if markdown and re.match(r"^#{1,2}\s+\S", lines[i].strip())]
    heading = next((i for i in headings if lines[i].lstrip().startswith("# ")), None)
    if heading is not None and len(plain(lines[heading]).split()) < HEADLINE_MIN_WORDS:
        # "# Geopolitics Desk" over a menu and "## Who gains from …": the site, then the title
        longer = [i for i in headings if len(plain(lines[i]).split()) >= HEADLINE_MIN_WORDS]
        if longer and longer[0] > heading:
            publisher = plain(lines[heading])
            meta_lines.add(heading)
            heading = longer[0]
    dated_masthead = _dated_masthead(plain(lines[head_ids[0]])) if head_ids else None
    if dated_masthead is not None:
        publisher, date = dated_masthead
        meta_lines.add(head_ids[0])
    for position, i in enumerate(head_ids):
        line = plain(lines[i])
        if (
            first_line_title
            and dated_masthead is None
            and title is None
            and heading is None
            and position == 0
            and len(line.split()) <= 30
            and not is_menu(line)
            and not _running_head(line)
        ):
            title = SCRAPE_SUFFIX.sub("", line).strip() or None
            meta_lines.add(i)
            continue
        if not authors and (found := _byline(line)):
            authors, byline_date = found
            date = date or byline_date
            if separated := _separated_line(line):
                # "Black Sea Risk Advisory | … | By Daniel Okafor": the publisher, unless a
                # masthead names one (the part may be a section: "Fleet & Orders | …")
                byline_publisher = separated[1]
            meta_lines.add(i)
            byline_at = i
            continue
        if publisher is None and (named := _publication_line(line)):
            publisher = named
            meta_lines.add(i)
            continue
        if publisher is None and (series := _publication_and_series(line)):
            publisher = series
            meta_lines.add(i)
            continue
        if publisher is None and (dashed := _publication_and_date(line)):
            publisher, dated_on = dashed
            date = date or dated_on
            meta_lines.add(i)
            continue
        if date is None and (separated := _separated_line(line, sites)):
            authors = authors or separated[0]
            publisher = publisher or separated[1]
            date = separated[2]
            meta_lines.add(i)
            continue
        if date is None and (
            found_date := _is_date_line(line) or _dated_line(line) or _credit_line_date(line)
        ):
            date = found_date
            if len(line.split()) <= DATED_LINE_MAX_WORDS:  # a line of its own, not prose
                meta_lines.add(i)

    for i in head_ids + tail_ids:
        raw = lines[i]
        line = plain(raw)
        if i in meta_lines:
            continue
        if found := _byline(line):
            authors = authors or found[0]
            meta_lines.add(i)
            continue
        urls = URL.findall(raw)
        named = _source_named(line)
        if publisher is None and named and not urls and _masthead_part(named):
            # a clipper's "Source: Submarine Networks Weekly" over "URL: …" (the address
            # had been cited as the publisher, "subnetweekly.com")
            publisher = named
            meta_lines.add(i)
            continue
        if URL_LABEL.match(line) or (urls and len(URL.sub("", line).strip(" <>:")) == 0):
            meta_lines.add(i)
            if url is None and not urls and i + 1 < len(lines):
                urls = URL.findall(lines[i + 1])
                if urls:
                    meta_lines.add(i + 1)
            url = url or (urls[0].rstrip(".,;") if urls else None)
            continue
        if publisher is None and (match := PUBLISHED_BY.search(line)):
            publisher = match["name"].strip()
            meta_lines.add(i)
        elif (
            publisher is None
            and footer_holder is None
            and i in tail_ids
            and (holder := _copyright_holder(line))
        ):
            footer_holder = holder
            meta_lines.add(i)
        elif (
            publisher is None
            and footer_holder is None
            and i in tail_ids
            and len(line.split()) <= 12
        ):
            mention = SITE_MENTION.search(line)
            if mention:
                publisher = mention["host"]
                meta_lines.add(i)

    first_plain = plain(lines[head_ids[0]]) if head_ids else ""
    if first_line_title and heading is not None:
        title = plain(lines[heading]) or title
        meta_lines.add(heading)
    elif (
        first_line_title
        # (or a banner read as a menu and left untitled: "UN TRADE AND DEVELOPMENT | Press
        # and media | Trade and logistics updates" had been a UN report's title in its note)
        and (
            (
                (title == first_plain or (title is None and is_menu(first_plain)))
                and (
                    _masthead_line(first_plain)
                    or _section_banner(first_plain)
                    or _name_over_menu(lines, head_ids)
                )
            )
            or (title is None and dated_masthead is not None)
        )
        and byline_at is None
        and (below := _headline_below(lines, head_ids)) is not None
    ):
        # "NORTHSEA NEWS AGENCY" over its menus, then the headline: the masthead names
        # the publication, the headline is the title (under "TAX ALERT | Summary of
        # official statement", a section's banner, too)
        if _masthead_line(first_plain) and not KIND_PART.match(first_plain):
            # (not the kind of piece: "OFFICIAL STATEMENT SUMMARY" names no publication)
            publisher = publisher or _masthead(first_plain)
        title = wrapped_headline(lines, below)
        meta_lines.add(below)
        last = below
        if title != plain(lines[below]):
            last = below + 1
            meta_lines.add(last)  # the headline's second line
        if not authors and (names_at := _bare_names_under(lines, head_ids, last)):
            # "Evan Sorensen and Li-Wen Harcourt" under a policy brief's title, no "By"
            authors = split_authors(plain(lines[names_at]))
            meta_lines.add(names_at)
    elif first_line_title and byline_at is not None:
        above = _headline_above(lines, head_ids, byline_at)
        first = plain(lines[head_ids[0]])
        found = plain(lines[above]) if above is not None else ""
        if (
            above is not None
            and above != head_ids[0]
            and title == first
            and len(first.split()) > MASTHEAD_MAX_WORDS >= len(found.split())
        ):
            # a headline first, a short line over the byline: that line names the
            # publication ("Drinks & Trade Report"), the headline stays the title
            publisher = publisher or found
            meta_lines.add(above)
        elif above is not None and above != head_ids[0]:
            if title == first and len(first.split()) <= MASTHEAD_MAX_WORDS:
                publisher = publisher or _masthead(first)
            title = found
            meta_lines.add(above)
    if publisher is None and first_line_title:
        publisher = _masthead_before_menu(lines, head_ids)
    if not authors and (found_name := _bare_name_by_dateline(lines, head_ids, meta_lines)):
        authors = split_authors(plain(lines[found_name]))  # its people, not their posts
        meta_lines.add(found_name)
    if not authors:
        for i in tail_ids[-3:]:
            name = authors_bio(plain(lines[i]))
            if name and len(lines[i].split()) <= 30:
                authors = (name,)
                meta_lines.add(i)
                break

    if date is None:  # a wire story's dateline without a year, dated by its weekday
        joined = "\n".join(lines)
        mentioned = {int(year) for year in YEAR.findall(joined)}
        date = next(
            (
                found
                for k, i in enumerate(head_ids)
                if (
                    found := _yearless_dateline(
                        plain(lines[i]),
                        mentioned,
                        " ".join(plain(lines[j]) for j in head_ids[k + 1 : k + 1 + STORY_LINES]),
                        joined,
                    )
                )
            ),
            None,
        )
    if date is None and url:
        date = date_from_url(url)
    if date is None and (head := _repeated_running_head(lines)):
        # a PDF saved as text whose first page has no running head, its later pages do
        # ("Ocean Law Quarterly - 12 May 2025 - Page 7", "… - Page 8")
        publisher = publisher or head[1]
        date = head[2]
    if publisher is None:
        publisher = next(
            (found["agency"] for i in head_ids if (found := WIRE_AGENCY.match(plain(lines[i])))),
            None,
        )
    if publisher and not authors and _described_as_a_person(publisher, lines):
        # "**Opinion** | Adaeze Okonkwo | 27 November 2024" above "About the author: Adaeze
        # Okonkwo is a Lagos-based economist…": the name is the author's, not a publisher's
        authors, publisher = (publisher,), None
    # a clipper's note may be one part of a line: "Opinion · Published October 9, 2024 ·
    # Saved from The Commerce Review"
    head_parts = [part.strip() for i in head_ids for part in SEPARATED.split(plain(lines[i]))]
    if publisher is None:
        publisher = next(
            (found["name"].strip() for part in head_parts if (found := SAVED_FROM.match(part))),
            None,
        )
    if publisher is None:  # "Summary prepared by the … Policy Monitor desk."
        publisher = next(
            (
                found["name"]
                for i in head_ids
                if (
                    found := PREPARED_BY.search(plain(lines[i]))
                    or PREPARED_BY_DESK_OF.search(plain(lines[i]))
                    or PREPARED_BY_BODY.search(plain(lines[i]))
                )
            ),
            None,
        )
    if publisher is None and url is None:
        publisher = next(
            (found["host"] for part in head_parts if (found := SAVED_FROM_SITE.match(part))),
            None,
        )
    publisher = without_section(publisher or byline_publisher)
    if publisher and footer_holder and _spells_out(footer_holder, publisher):
        publisher = footer_holder  # "PAWS" over "© 2024 Pan-African Wire Service"
    publisher = publisher or without_section(footer_holder) or publisher_from_url(url)
    if publisher:
        publisher = OWN_ACRONYM.sub("", publisher) or publisher
    if title and (kicker := KICKER.match(title)) and len(title[kicker.end() :].split()) >= 3:
        title = title[kicker.end() :]
    meta = SourceMeta(title=title, authors=authors, publisher=publisher, date=date, url=url)
    return TextMetadata(meta=meta, meta_lines=meta_lines)
