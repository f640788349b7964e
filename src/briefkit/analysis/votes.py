"""Votes since held: a passage that looks ahead to an election a newer source reports.

"…an extraordinary intervention to shore up President Javier Milei ahead of midterm
elections this month" (14 October), "If Milei's programme is to survive the midterms, it
will need more than charts." (April) and "…some candidates in the November presidential
election have said they would review elements of the lithium strategy" (June) each tell a
moment before a vote. Once a newer source tells its result ("…La Libertad Avanza won
Sunday's midterm elections by a wide margin", "José Antonio Kast won the 14 December
run-off"), they are views of a moment now past: a cold read found three such lines
standing as current in one memo, its outlook among them.

Elections are told in every corpus on politics, by the same few words in any topic, so the
signal needs no topic's vocabulary: the kind of vote ("midterm", "presidential") or its
noun ties the two tellings; the newer source is newer by date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefkit.analysis.guarded import guarded
from briefkit.corpus import Document, Sentence
from briefkit.lazy_regex import lazy_compile

VOTE = (
    r"(?:by-elections?|elections?|midterms?|referendums?|referenda|run-?offs?|"
    r"plebiscites?)"
)
KIND = (
    r"(?:presidential|parliamentary|legislative|general|midterm|provincial|regional|local|"
    r"municipal|federal|congressional|senate|snap|national)"
)
VOTE_SIGNS = ("election", "midterm", "referend", "run-off", "runoff", "plebiscite")
_BETWEEN = r"(?:[\w'’.-]+\s+){0,4}?"
# A vote ahead: "ahead of midterm elections", "to survive the midterms", "Midterm elections
# in October 2025 will test…", "if … the election", "candidates in the November
# presidential election have said they would review…". ("may" is left out: the month.)
VOTE_AHEAD = guarded(
    VOTE_SIGNS,
    rf"\b(?:ahead of|before|run-up to|lead-up to|approaching|upcoming|forthcoming|looming|"
    rf"survive)\s+{_BETWEEN}{VOTE}\b"
    rf"|\b{VOTE}\b[^.;:]{{0,80}}?\b(?:will|would|could|might)\b"
    rf"|\b(?:will|would|could|might|if|whether)\b[^.;:]{{0,80}}?\b{VOTE}\b"
    rf"|\b{VOTE}\s+approach",
    re.IGNORECASE,
)
# A vote held: "won Sunday's midterm elections", "the ruling party's defeat in the Buenos
# Aires provincial election", "Kast won the 14 December run-off". Not "the election
# result" nor "winning the midterms": either may be of a vote to come ("…open to
# recognising the election outcome", "…conditional on the ruling party winning…").
VOTE_HELD = guarded(
    ("won", "swept", "lost", "victory", "defeat", "showing", "landslide", "win ", "loss"),
    rf"\b(?:won|swept|lost)\s+{_BETWEEN}{VOTE}\b"
    rf"|\b(?:victory|defeat|showing|landslide|win|loss)\s+(?:in|of|at)\s+{_BETWEEN}{VOTE}\b",
    re.IGNORECASE,
)
# …and no sentence that may tell a vote to come: "a defeat in the election would…"
MAY_COME = lazy_compile(r"\b(?:will|would|could|might|if|whether|should|unless)\b", re.IGNORECASE)
KIND_BEFORE = lazy_compile(rf"\b(?P<kind>{KIND})(?:\s+[\w'’-]+)?\s*$", re.IGNORECASE)
YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")  # (findings.YEAR_WORD: findings imports this)
VOTE_NOUN = lazy_compile(rf"\b{VOTE}\b", re.IGNORECASE)


def _noun(word: str) -> str:
    """One name for a vote's noun however written: "run-offs", "runoff" -> "runoff"."""
    word = word.lower().replace("-", "")
    return "referendum" if word.startswith("referend") else word.rstrip("s")


@dataclass(frozen=True)
class _Ahead:
    """A vote a passage looks ahead to: its noun, its kind if told, the year if told."""

    noun: str
    kind: str | None
    year: int | None

    def told_in(self, text: str) -> bool:
        """Is this the vote a sentence telling a result is about? The kind where one was
        told ("presidential" ties the election to the run-off), else the noun."""
        if self.kind is not None:
            return re.search(rf"\b{self.kind}\b", text, re.IGNORECASE) is not None
        return any(_noun(m[0]) == self.noun for m in VOTE_NOUN.finditer(text))


def vote_ahead(text: str, year: int | None) -> _Ahead | None:
    """The vote a passage (of a source of `year`) looks ahead to, or None. A vote of an
    earlier year is history ("…founded barely two years before the 2023 election")."""
    found = VOTE_AHEAD.search(text)
    if found is None:
        return None
    around = text[max(0, found.start() - 30) : found.end()]
    years = [int(y) for y in YEAR.findall(around)]
    if year is not None and any(y < year for y in years):
        return None
    noun = VOTE_NOUN.search(text, found.start(), found.end())
    if noun is None:  # every match holds one
        return None
    kind = KIND_BEFORE.search(text[: noun.start()])
    return _Ahead(
        _noun(noun[0]),
        kind["kind"].lower() if kind else None,
        max(years, default=None),
    )


def _date_key(date: str | None) -> tuple[int, int, int] | None:
    """A source's ISO date as (year, month, day), 0 for a part it does not give."""
    if not date or not date[:4].isdigit():
        return None
    parts = [int(p) if p.isdigit() else 0 for p in (date[5:7], date[8:10])]
    return (int(date[:4]), parts[0], parts[1] if parts[0] else 0)


def _newer(then: tuple[int, int, int], own: tuple[int, int, int]) -> bool:
    """Is a source of date `then` newer than one of `own`, to the finest part both give?"""
    known = 3 if then[2] and own[2] else 2 if then[1] and own[1] else 1
    return then[:known] > own[:known]


def votes_since_held(
    units: Sequence[Sentence], documents: Mapping[str, Document]
) -> tuple[bool, ...]:
    """Per passage: does it look ahead to a vote whose result a newer source tells?"""
    dates = {source: _date_key(d.meta.date) for source, d in documents.items()}
    # per passage looking ahead to a vote: the vote, and its source's date
    ahead: dict[int, tuple[_Ahead, tuple[int, int, int]]] = {}
    for i, unit in enumerate(units):
        own = dates.get(unit.source_id)
        if own is not None and (found := vote_ahead(unit.text, own[0])) is not None:
            ahead[i] = (found, own)
    if not ahead:
        return tuple(False for _ in units)
    oldest = min(own for _, own in ahead.values())
    # the sentences telling a result, of every source newer than the oldest such passage
    results: list[tuple[tuple[int, int, int], str, str]] = []
    for source, document in sorted(documents.items()):
        then = dates.get(source)
        if then is None or not _newer(then, oldest):
            continue
        for sentence in document.sentences:
            if VOTE_HELD.search(sentence.text) and not MAY_COME.search(sentence.text):
                results.append((then, source, sentence.text))
    held = []
    for i, unit in enumerate(units):
        vote, own = ahead.get(i, (None, oldest))
        held.append(
            vote is not None
            and any(
                source != unit.source_id
                and _newer(then, own)
                and (vote.year is None or then[0] >= vote.year)
                and vote.told_in(text)
                for then, source, text in results
            )
        )
    return tuple(held)
