"""Paragraph blocks -> sentences, with a maintained segmenter (syntok), keeping offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from syntok import segmenter
from syntok.tokenizer import Token

from briefkit.dates import DATE_THEN_DASH, MONTH_WORD, MONTHS, parse_date
from briefkit.lazy_regex import lazy_compile
from briefkit.mapped import MappedText
from briefkit.verbatim import BOLD_MARKS, as_quoted, join_parts

MIN_PART_WORDS = 3
MIN_SHARE_FOR_TRIM = 0.6


SEGMENTER_MAX_CHARS = 100_000  # beyond this a "paragraph" is debris; split it cheaply
CHEAP_SENTENCE = lazy_compile(r"[^.!?]*(?:[.!?]+[\"'”’)\]]*|$)")
# "WASHINGTON (GWS) — The …", "KANDI, Benin - Twenty-eight …": a dateline, not the sentence
SECTION_NUMBER = lazy_compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])")  # "5.2 Any resumption…"
# "A: Ambitious countries wanted…": the answer of a Q&A, told by the writer; the label is
# no part of the sentence a memo quotes
ANSWER_LABEL = lazy_compile(r"^(?:A|Answer)\s?:\s+(?=[A-Z\d“\"])")
# "UPDATE, January 16: The Treasury Department on Thursday also imposed sanctions…": a
# wire's label for a paragraph added later, dated; no part of the sentence (`read` dates
# the paragraphs after it by it, as it would under a heading "Update, January 16, 2025")
UPDATE_LABEL = lazy_compile(
    r"^(?:UPDATE|Update|UPDATED|Updated)(?:\s*,\s*|\s+)"
    r"(?P<date>(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\s*:\s+"
    r"(?=[A-Z\d“\"])"
)
# "Business organisations: The Valencian business confederation CEV said…",
# "Municipalities: Mayors from l'Horta Sud welcomed…": a digest's label for the group whose
# statement follows, opening its paragraph; no part of the sentence (a cold read found it
# quoted in two rows of positions)
GROUP_LABEL = lazy_compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}s\s?:\s+(?=[A-Z\d“\"])")
# "NEW DELHI, July 20, 2023 (Global Markets Wire) - India…", "BAMAKO/DAKAR, April 5 (CPA) -",
# "ADRÉ — The lorries…" (capitals with accents: Latin-1's upper case); "GOMA, Democratic
# Republic of Congo, Dec 21 (…) —" (a country's name of four words had left the dateline
# in a chronology row, a cold read's SHAM)
DATELINE = lazy_compile(
    r"^(?:[A-ZÀ-ÖØ-Þ]{2,}[A-ZÀ-ÖØ-Þ .'’/-]*"
    r"(?:,\s*[A-Z][\w'’-]+(?:\s(?:of\s|and\s|the\s)?[A-Z][\w'’-]+){0,3})?"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"
    r"(?:\s*\([^)]{1,30}\))?\s+)?[—–-]+\s+(?=[A-Z\d“\"])"
)

# "Jan 9, 2025 - The International Longshoremen's Association…": a date as the dateline;
# "September 2025 - The EPA asks the court…": a month's, as a timeline's entry opens
DATE_DATELINE = lazy_compile(
    rf"^(?:{DATE_THEN_DASH}|(?i:{MONTH_WORD})\.?\s+\d{{4}}\s*[—–-]+\s)\s*(?=[A-Z\d“\"])"
)

# "Lagos - Nigeria's fuel marketers are bracing…": a dateline in title case, only where a
# paragraph opens (inside one, "Russia - Ukraine talks…" may be the sentence itself)
OPENING_DATELINE = lazy_compile(
    r"^[A-Z][a-z'’]+(?:[ /][A-Z][a-z'’]+){0,2}(?:,\s*[A-Z][a-z]+)?\s+[—–-]+\s+(?=[A-Z\d“\"])"
)


# "Sept. 22 - The strike spreads…": a timeline's entry that gives no year, after one that
# did ("Sept. 15, 2023 - Contracts expire…"); its year is the timeline's (`split_told`)
YEARLESS_DATE_DASH = lazy_compile(
    rf"^(?P<month>(?i:{MONTH_WORD}))\.?\s+(?P<day>\d{{1,2}})\s*[—–-]+\s+(?=[A-Z\d“\"])"
)


class Told(NamedTuple):
    """A sentence, and the date its block is printed under where a date and a dash open
    the block ("19 March 2024 — The BOJ ends negative rates…": a timeline's entry, or a
    wire story's dateline). The date is no part of the sentence a memo quotes, but it
    dates what the sentence tells (the entry had been dated by its article, a year on)."""

    piece: MappedText
    told_date: str | None


def split_sentences(block: MappedText) -> list[MappedText]:
    return [told.piece for told in split_told(block)]


def split_told(block: MappedText, timeline: str | None = None) -> list[Told]:
    """The block's sentences, each with the date the block opens with (see `Told`).
    `timeline`, the date of the last timeline entry above the block that gave its year:
    an entry that gives none ("Sept. 22 - …", "Oct. 25 - Ford and the UAW reach…", in an
    article of September 2025 on a strike of 2023) is of that year, or the next where its
    month comes before the last entry's (a cold read had found the entry quoted with its
    date, and labelled as of the article's month)."""
    if len(block.text) > SEGMENTER_MAX_CHARS:
        pieces = (
            block.slice(m.start(), m.end()).strip() for m in CHEAP_SENTENCE.finditer(block.text)
        )
        return [Told(p, None) for p in pieces if p.text]
    sentences: list[MappedText] = []
    told_date: str | None = None
    for paragraph in segmenter.analyze(block.text):
        for start, end in clause_joined(paragraph):
            piece = block.slice(start, end).strip()
            dash = (
                DATELINE.match(piece.text)
                or DATE_DATELINE.match(piece.text)
                or SECTION_NUMBER.match(piece.text)
                or ANSWER_LABEL.match(piece.text)
                or (not sentences and UPDATE_LABEL.match(piece.text))
                or (not sentences and OPENING_DATELINE.match(piece.text))
                or (not sentences and GROUP_LABEL.match(piece.text))
            )
            yearless = YEARLESS_DATE_DASH.match(piece.text) if timeline and not sentences else None
            if yearless and not dash and timeline:
                dash = yearless
                told_date = _in_the_timelines_year(yearless, timeline)
            elif dash and not sentences and DATE_DATELINE.match(piece.text):
                told_date = parse_date(dash.group())
            if dash:  # a dateline, a section number, a label: the sentence follows
                piece = piece.slice(dash.end(), len(piece.text)).strip()
            if piece.text:
                sentences.append(piece)
    return [Told(piece, told_date) for piece in sentences]


def _in_the_timelines_year(entry: re.Match[str], timeline: str) -> str | None:
    """The ISO date of a yearless timeline entry (`YEARLESS_DATE_DASH`), after an entry
    dated `timeline`: the same year, or the next where its month comes earlier."""
    month = MONTHS.get(entry["month"].lower().rstrip("."))
    day = int(entry["day"])
    if month is None or not 1 <= day <= 31 or len(timeline) < 7:
        return None
    year = int(timeline[:4]) + (month < int(timeline[5:7]))
    return f"{year:04d}-{month:02d}-{day:02d}"


# Titles that stand before a name and never end a sentence: syntok ends one at "Gov." in
# "Arizona Gov. Katie Hobbs said…", and the memo had quoted "Katie Hobbs said…" as if whole.
TITLES_BEFORE_NAMES = frozenset(
    {
        *("Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Lt", "Col", "Gen", "Maj", "Capt"),
        *("Sgt", "Cpl", "Adm", "Cmdr", "Brig", "Atty", "Supt", "Insp", "Amb", "Hon", "Rev"),
        *("Prof", "Dr", "Mr", "Mrs", "Ms", "Messrs", "Pres", "Sec", "Dep", "Cllr", "Fr"),
    }
)


def clause_joined(paragraph: Iterable[list[Token]]) -> list[tuple[int, int]]:
    """The paragraph's sentences as (start, end) offsets, a sentence the segmenter ended at a
    semicolon joined to the one that follows: syntok stops at "; " before a capital, but a
    semicolon ends a clause, not a sentence ("18 March 2023: Deal extended; Russia says
    for 60 days, Ukraine for 120." is one entry; its second half alone is a fragment).
    Likewise one it ended at a title before a name ("Arizona Gov." + "Katie Hobbs said…")."""
    spans: list[tuple[int, int]] = []
    joining = False
    for sentence in paragraph:
        tokens = list(sentence)
        if not tokens:
            continue
        start = tokens[0].offset
        end = tokens[-1].offset + len(tokens[-1].value)
        if joining:
            start = spans.pop()[0]
        spans.append((start, end))
        joining = tokens[-1].value == ";" or (
            tokens[-1].value == "."
            and len(tokens) >= 2
            and tokens[-2].value in TITLES_BEFORE_NAMES
            and tokens[-2].offset + len(tokens[-2].value) == tokens[-1].offset
        )
    return spans


def quote_of(sentence: MappedText, source: str) -> str:
    """The sentence as it may be printed: verbatim parts of `source`, joined by "…".

    Returns "" when too little of the sentence survives verbatim to quote fairly.
    """
    spans: list[list[int]] = []
    for a, b in sentence.fragments(source):
        gap = source[spans[-1][1] : a] if spans else ""
        if spans and gap.strip() and not BOLD_MARKS.sub("", gap).strip():
            spans[-1][1] = b  # "Minister **Ebba Busch** called": one run, read without marks
        else:
            spans.append([a, b])
    parts = [as_quoted(source[a:b]) for a, b in spans]
    # a part after a cut opens on a word: "…in place13 , a stand similar…" had been quoted
    # "in place … , a stand similar", which a cold reader took for a typo
    parts = parts[:1] + [p.lstrip(",;: ") for p in parts[1:]]
    parts = [p for p in parts if any(ch.isalnum() for ch in p)]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    if all(len(p.split()) >= MIN_PART_WORDS for p in parts):
        return join_parts(parts)
    longest = max(range(len(parts)), key=lambda i: len(parts[i]))
    total_words = sum(len(p.split()) for p in parts)
    if len(parts[longest].split()) < MIN_SHARE_FOR_TRIM * total_words:
        return ""
    part = parts[longest]
    open_start, open_end = longest > 0, longest < len(parts) - 1
    if open_end:
        part = _closed_before_trim(part)
    if open_start:
        part = _opened_after_trim(part)
    return join_parts([part], open_start=open_start, open_end=open_end) if part else ""


# A trim never leaves a bracket or quotation open: "…(as his associates call him…" had
# ended a quote where a link's word was dropped, and a cold reader found the syntax broken.
PAIRS = (("(", ")"), ("“", "”"), ("[", "]"))


def _closed_before_trim(part: str) -> str:
    """`part` cut before the first bracket or quotation mark it leaves open, when enough
    of the trimmed sentence stays; "" when too little would."""
    cut = len(part)
    for opening, closing in PAIRS:
        depth, first_open = 0, -1
        for at, ch in enumerate(part):
            if ch == opening:
                depth += 1
                if depth == 1:
                    first_open = at
            elif ch == closing and depth:
                depth -= 1
        if depth:
            cut = min(cut, first_open)
    kept = part[:cut].rstrip(" ,;:—–-")
    return kept if len(kept.split()) >= MIN_PART_WORDS else ""


def _opened_after_trim(part: str) -> str:
    """`part` cut after the last closing bracket or quotation mark it opens with no
    opening before it ("…), and the government encourages…")."""
    cut = 0
    for opening, closing in PAIRS:
        depth = 0
        for at, ch in enumerate(part):
            if ch == opening:
                depth += 1
            elif ch == closing:
                if depth:
                    depth -= 1
                else:
                    cut = max(cut, at + 1)
    kept = part[cut:].lstrip(" ,;:—–-")
    return kept if len(kept.split()) >= MIN_PART_WORDS else ""
