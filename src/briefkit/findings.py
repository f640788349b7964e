"""Cross-source findings: dated events for a chronology, and figures sources disagree on.

Both work on any topic: dates are found by the same parser as metadata; figures are
numbers with a unit (a measurement word, or the noun they count) and the words around
them, matched across sources by unit and context, and reported when values differ.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from briefkit.corpus import Sentence
from briefkit.dates import PATTERNS, _iso
from briefkit.proposals import Candidate, Proposals
from briefkit.textstats import STOPWORDS, make_stemmer, terms

YEAR_IN = re.compile(
    r"\b(?:in|since|by|from|until|after|before|during|of)\s+(?P<year>(?:1[89]|20)\d{2})\b"
)
NUMBER = re.compile(
    r"(?P<qualifier>\b(?:about|around|roughly|nearly|almost|over|more than|less than|some|up to|"
    r"approximately|at least|only|just)\s+)?(?P<prefix>[$€£])?"
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"\s*(?P<unit>%|percent\b|per cent\b|[a-z]+)?"
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
}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
MAX_RATIO = 5.0
CONTEXT_BEFORE, CONTEXT_AFTER = 10, 6  # words around a figure that say what it measures
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
    candidate: Candidate


@dataclass(frozen=True)
class Disagreement:
    unit: str
    first: Figure
    second: Figure
    similarity: float


def event_date(sentence: Sentence) -> str | None:
    """The date an event sentence is about: its first explicit date, or "in 1996"."""
    found: list[tuple[int, str]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(sentence.quote):
            groups = match.groupdict()
            iso = _iso(groups["year"], groups.get("month"), groups.get("day"))
            if iso:
                found.append((match.start(), iso))
    for match in YEAR_IN.finditer(sentence.quote):
        found.append((match.start(), match["year"]))
    return min(found)[1] if found else None


def dated_events(proposals: Proposals, limit: int) -> list[Event]:
    """The most relevant dated sentences, at most one per date, in date order."""
    events: dict[str, Event] = {}
    for candidate in sorted(
        proposals.best_by_sentence().values(), key=lambda c: (-c.relevance, c.sentence.id)
    ):
        date = event_date(candidate.sentence)
        if date and date not in events and not candidate.sentence.is_trimmed:
            events[date] = Event(date, candidate)
        if len(events) >= limit * 3:
            break
    chosen = sorted(events.values(), key=lambda e: (-e.candidate.relevance, e.date))[:limit]
    return sorted(chosen, key=lambda e: (e.date, e.candidate.sentence.id))


def figures(sentence: Sentence, candidate: Candidate, stemmer: object) -> list[Figure]:
    found = []
    text = sentence.quote
    for match in NUMBER.finditer(text):
        raw = match["value"].replace(",", "")
        unit = (match["unit"] or "").lower()
        value = float(raw)
        if not match["prefix"] and not unit and 1800 <= value <= 2100:
            continue  # a year
        if unit in SCALE:
            value *= SCALE[unit]
            rest = text[match.end() :].split()
            unit = rest[0].lower().strip(".,;:") if rest else ""
        unit = UNIT_ALIASES.get(unit, unit)
        if match["prefix"]:
            unit = f"{match['prefix']}{unit}"
        if not unit or unit in NOT_UNITS or (unit.isalpha() and len(unit) < 3 and unit != "km"):
            continue
        before = text[: match.start()].split()[-CONTEXT_BEFORE:]
        after = text[match.end() :].split()[:CONTEXT_AFTER]
        context = frozenset(terms(" ".join(before + after), stemmer)) - {unit}  # type: ignore[arg-type]
        found.append(Figure(value, unit, match.group(0).strip(), context, candidate))
    return found


def disagreements(
    proposals: Proposals,
    limit: int,
    min_similarity: float = 0.3,
    min_shared: int = 3,
    min_difference: float = 0.1,
) -> list[Disagreement]:
    """Pairs of figures from different sources, about the same thing, that differ."""
    stemmer = make_stemmer()
    all_figures = [
        figure
        for candidate in proposals.best_by_sentence().values()
        for figure in figures(candidate.sentence, candidate, stemmer)
    ]
    pairs = []
    for i, a in enumerate(all_figures):
        for b in all_figures[i + 1 :]:
            if a.unit != b.unit or a.candidate.sentence.source_id == b.candidate.sentence.source_id:
                continue
            shared = len(a.context & b.context)
            smaller_context = min(len(a.context), len(b.context)) or 1
            similarity = shared / smaller_context  # overlap: one side's words in the other's
            larger = max(a.value, b.value)
            if shared < min_shared or similarity < min_similarity or larger == 0:
                continue
            if abs(a.value - b.value) / larger < min_difference:
                continue
            ratio = larger / max(min(a.value, b.value), 1e-9)
            if ratio > MAX_RATIO:
                continue  # so far apart that they most likely measure different things
            first, second = sorted((a, b), key=lambda f: f.candidate.sentence.id)
            pairs.append(Disagreement(a.unit, first, second, similarity / (1 + math.log(ratio))))
    chosen: list[Disagreement] = []
    used: set[str] = set()
    for pair in sorted(pairs, key=lambda p: (-p.similarity, p.first.candidate.sentence.id)):
        ids = {pair.first.candidate.sentence.id, pair.second.candidate.sentence.id}
        if ids & used:
            continue
        chosen.append(pair)
        used |= ids
        if len(chosen) >= limit:
            break
    return chosen
