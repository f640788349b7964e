"""The selection objective: what a memo gains by quoting one more passage, per word spent.

    gain(passage, section | memo so far) =
        ( coverage gain: how much more of the corpus the memo now stands for
          (each passage covered up to CAP of its similarity in the corpus)
        + SPREAD × the gain in source diversity: √(reward of the passages quoted from a
          source), so a second passage from the same source is worth less
        + ASPECTS × the gain in the brief's aspects answered: per item the brief lists,
          how much more of it the passage answers than any passage quoted )
        × (FIT + section fit) × (1 + RELEVANCE × relevance to the brief) × standing
        × (1 + ASKED_ROW × the brief's items a position row's party answers first)
        ÷ words

Coverage, diversity and aspects answered are submodular (Lin and Bilmes, 2011): gains only
fall as the memo grows, so greedily taking the best gain per word (`selection`) fills each
section's budget with passages that together stand for the most of what the sources say
and answer what the brief asks, and lets gains be re-evaluated lazily. The bottom line
counts the aspects too: a bullet that answers what the brief lists gains over one the
sources repeat on a side matter (a central bank's rate cut had led a note on a tax revolt
and its debts; over the 54 bench corpora the analyst memo gained a key point or more on
10 and lost one or two on 4, the full brief lost 7 in all, 5 of them on one corpus). A position
row of a party the brief names ("the positions of Russia, …, Poland") gains until the table
has that party's row, however much the memo says of it elsewhere. Section fit
decides where a passage serves best; standing carries the quality of the quote (trimmed,
first person), recency for the outlook, and the audience's focus. Passages nearly the
same as one already in the memo are refused outright.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefkit.analysis import aspects, coverage
from briefkit.analysis.candidates import Candidate, Proposals
from briefkit.analysis.terms import STOPWORDS, Stemmer, make_stemmer, terms
from briefkit.dates import CALENDAR_WORDS
from briefkit.lazy_regex import lazy_compile

# Share of a passage's similarity in the corpus a memo can cover. On the tuning corpora
# (recall principal/analyst/full): 0.1 gave 20/41/67%, 0.2 23/41/68%, 0.35 21/38/68%.
CAP = 0.2
SPREAD = 1.0  # weight of source diversity against coverage
ASPECTS = 1.0  # weight of answering an item the brief lists (`aspects`) against coverage
# Floor of the section-fit factor: a passage with no cue still counts. At 3.0 a cue moved
# a passage's gain by a sixth at most, and cold readers kept finding company statements in
# Background and forecasts in Drivers; over the 54 bench corpora 1.0 placed 9–24% more key
# points in their own section than 3.0, read recall as before (2026-12-03, two runs).
FIT = 1.0
# How much relevance to the brief multiplies the gain. Over the 54 bench corpora (recall
# principal / analyst / full against 2.0, 2026-12-06): 1.0 read +0.1 / +1.4 / +0.6, unread
# +0.8 / +2.0 / +1.1; 1.25 read +1.2 / +1.8 / +0.6, unread +0.8 / +1.1 / +1.7; 0.75 and 1.5
# lost on the unread, 3.0 on both (each value one run; memos move a key point either way
# on most corpora at any change, so only a gain on both groups was taken).
RELEVANCE = 1.25
ASKED_ROW = 0.3  # a row for a party the brief asks the position of multiplies its gain by 1.3
NEAR_DUPLICATE = 0.5  # cosine at which a passage repeats one the memo holds
NOTE_WORDS = 25  # what a passage's footnote costs, in words
SAME_FIGURES = 2  # figures two passages share (years aside) that make them one fact told twice
# One figure shared is the same fact when the words are this close too: "Microsoft put the
# number of affected devices at 8.5 million" and "Microsoft's estimate was that 8.5
# million Windows devices were affected".
ONE_FIGURE_SIMILARITY = 0.3
# A passage whose words nearly all stand in one passage the memo holds tells that passage's
# fact again, however much longer the other is (a cosine of the two stays low):
# "Semaglutide had been listed as in shortage since 2022." after "Semaglutide has
# appeared on the … drug shortage list since the spring of 2022, and …".
TOLD_WITHIN = 0.8  # share of a passage's terms (stems and figures) the other holds
TOLD_WITHIN_TERMS = 4  # fewer terms than this say too little to be judged a repeat
FIGURE = lazy_compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
# the word a figure counts, past an article or "per": "2,800 CFA", "$10,000 a tonne"
FIGURE_UNIT = lazy_compile(r"\s+(?:(?:a|an|the|per|of)\s+)?([A-Za-z]{2,})")


@dataclass
class MemoState:
    """What the memo holds so far, as the objective sees it."""

    covered: dict[int, float] = field(default_factory=dict)  # passage -> coverage
    per_source: dict[str, float] = field(default_factory=dict)  # source -> diversity reward
    chosen: list[str] = field(default_factory=list)  # passage ids
    figures: list[frozenset[str]] = field(default_factory=list)  # what each chosen one states
    told: list[frozenset[str]] = field(default_factory=list)  # each chosen one's `told_terms`
    # `told_terms` of each passage asked about, kept: a candidate is asked again at every
    # re-evaluation of the lazy greedy selection
    terms_of: dict[str, frozenset[str]] = field(default_factory=dict)
    stemmer: Stemmer | None = None  # made at the first `told_terms` asked of this memo
    # The chosen passages' places in the neighbourhood, and the passages one of them lists
    # as a near duplicate: `near_duplicate` looks up a candidate's own neighbours instead
    # of comparing it with every passage chosen (a third of selection's time).
    chosen_places: set[int] = field(default_factory=set)
    repeated: set[int] = field(default_factory=set)
    answered: dict[int, float] = field(default_factory=dict)  # brief aspect -> best share
    rows_answered: dict[int, float] = field(default_factory=dict)  # brief item -> by a row

    def told_terms_of(self, candidate: Candidate) -> frozenset[str]:
        held = self.terms_of.get(candidate.sentence.id)
        if held is None:
            if self.stemmer is None:
                self.stemmer = make_stemmer()
            held = told_terms(candidate.sentence.text, self.stemmer)
            self.terms_of[candidate.sentence.id] = held
        return held

    def add(self, candidate: Candidate, proposals: Proposals) -> None:
        index = proposals.index.get(candidate.sentence.id)
        if index is not None:
            coverage.cover(index, self.covered, proposals.hood)
            self.chosen_places.add(index)
            self.repeated.update(
                other
                for other, similarity in proposals.hood.near[index].items()
                if similarity >= NEAR_DUPLICATE
            )
        source = candidate.sentence.source_id
        self.per_source[source] = self.per_source.get(source, 0.0) + reward(candidate, proposals)
        aspects.answer(proposals.aspects.get(candidate.sentence.id, {}), self.answered)
        if candidate.actor:
            aspects.answer(proposals.asked_rows.get(candidate.actor, {}), self.rows_answered)
        self.chosen.append(candidate.sentence.id)
        self.figures.append(stated_figures(candidate.sentence.text))
        self.told.append(self.told_terms_of(candidate))


def reward(candidate: Candidate, proposals: Proposals) -> float:
    """A passage's share in its source's diversity reward: how central it is."""
    index = proposals.index.get(candidate.sentence.id)
    if index is None:
        return 0.0
    return proposals.hood.total[index] / max(len(proposals.hood.total), 1)


def gain(
    candidate: Candidate, state: MemoState, proposals: Proposals, bound: bool = False
) -> float:
    """The memo's gain from quoting the passage in the candidate's section (not per word).
    `bound`: as if a less likely case's base case were in the memo already (`gain_bound`,
    which must not fall short)."""
    index = proposals.index.get(candidate.sentence.id)
    covers = coverage.gain(index, state.covered, proposals.hood, CAP) if index is not None else 0
    before = state.per_source.get(candidate.sentence.source_id, 0.0)
    spread = coverage.spread_gain(before, reward(candidate, proposals))
    answered = aspects.aspect_gain(proposals.aspects.get(candidate.sentence.id, {}), state.answered)
    asked = 1.0
    if candidate.actor:
        # a party the brief asks the position of, given its row: however much the memo
        # has said of Poland elsewhere, "the position of … Poland" is answered by a row.
        # A factor, not a term: every row of the party gains alike, so the one the party's
        # rows are chosen by stays the best of them (a term had favoured the shortest)
        asked += ASKED_ROW * aspects.aspect_gain(
            proposals.asked_rows.get(candidate.actor, {}), state.rows_answered
        )
    return (
        (covers + SPREAD * spread + ASPECTS * answered)
        * (FIT + candidate.fit)
        * (1 + RELEVANCE * candidate.relevance)
        * candidate.standing
        * (1.0 if bound or not awaits_its_case(candidate, state) else candidate.held_back)
        * asked
    )


def awaits_its_case(candidate: Candidate, state: MemoState) -> bool:
    """Is the passage one of a source's less likely cases whose likeliest case the memo
    does not hold yet? Alone, "Scenario 3: Breakdown (15 percent)" reads as the expected
    outcome (a one-page note had quoted only it); beside its base case, the alternatives
    tell a reader where the rest of the odds lie (three cold reads missed them)."""
    return bool(candidate.follows) and not any(c in candidate.follows for c in state.chosen)


def gain_per_word(
    candidate: Candidate, state: MemoState, proposals: Proposals, words: int
) -> float:
    """Gain per word spent, a passage's note counted as NOTE_WORDS more: many tiny quotes
    cost a reader more than their words, and a page more than their lines."""
    return gain(candidate, state, proposals) / (max(words, 1) + NOTE_WORDS)


def gain_bound(candidate: Candidate, proposals: Proposals, words: int) -> float:
    """An upper bound of `gain_per_word` in any memo: the gain on an empty memo, which
    only falls as a memo grows (submodular). Found once per passage and Proposals, so
    each selection's lazy greedy starts without evaluating every candidate afresh."""
    held: dict[tuple[str, float, float, float], float] = proposals.__dict__.setdefault(
        "_empty_gains", {}
    )  # frozen: a memo of what the fields already determine, not state
    key = (candidate.sentence.id, candidate.fit, candidate.relevance, candidate.standing)
    value = held.get(key)
    if value is None:
        value = held[key] = gain(candidate, MemoState(), proposals, bound=True)
    return value / (max(words, 1) + NOTE_WORDS)


def initial_score(centrality: float, relevance: float, fit: float, standing: float) -> float:
    """A passage's standing on an empty memo, 0..~3: the score editors see and proposals
    rank by (centrality stands in for its coverage gain)."""
    return centrality * (FIT + fit) * (1 + RELEVANCE * relevance) * standing


def figures_told(text: str) -> Iterator[re.Match[str]]:
    """The figures a passage gives, as matches: numbers of two digits or more, years left
    out."""
    for match in FIGURE.finditer(text):
        figure = match.group(0).replace(",", "")
        if len(figure) >= 2 and not (len(figure) == 4 and figure[:2] in ("19", "20")):
            yield match


def stated_figures(text: str) -> frozenset[str]:
    """The figures a passage gives, years left out ("36 to 38" -> {"36", "38"}); a figure
    of three digits or more with the word it counts is stated twice ("2,800 CFA francs" ->
    {"2800", "2800 cfa"}), so two passages that share it are one fact told twice: "held its
    record 2,800 CFA franc farmgate price" and "fixed the … price … at 2,800 CFA francs"
    had both been a note's bottom line."""
    stated = set()
    for match in figures_told(text):
        figure = match.group(0).replace(",", "")
        stated.add(figure)
        unit = FIGURE_UNIT.match(text, match.end())
        if unit and sum(ch.isdigit() for ch in figure) >= 3:
            stated.add(f"{figure} {unit[1].lower().rstrip('s')[:6]}")  # "dinars", "dinar"
    return frozenset(stated)


def near_duplicate(candidate: Candidate, state: MemoState, proposals: Proposals) -> bool:
    """Nearly the same words as a passage the memo holds, or the same figures: "Before the
    drought the canal handled 36 to 38 transits a day" and "Normally the canal handles 36
    to 38 ships a day" are one fact, however differently worded; so are one figure and
    words fairly close."""
    own = candidate.sentence.id
    place = proposals.index.get(own)
    if place is not None and (  # similarity is the larger of either's neighbour entry
        place in state.repeated
        or any(
            other in state.chosen_places
            for other, similarity in proposals.hood.near[place].items()
            if similarity >= NEAR_DUPLICATE
        )
    ):
        return True
    figures = stated_figures(candidate.sentence.text)
    for other, stated in zip(state.chosen, state.figures, strict=True):
        shared = len(figures & stated)
        if shared >= SAME_FIGURES or (
            shared and proposals.similarity(own, other) >= ONE_FIGURE_SIMILARITY
        ):
            return True
    if told_within(candidate, state, figures):
        return True
    return same_day_told(candidate, state, proposals)


# Content words (stems and figures) a bottom-line bullet shares with one already in the
# bottom line that make it the same news told again: "UN Security Council Resolution 2793
# … authorised a Gang Suppression Force of up to 5,550 personnel…" and "The UN Security
# Council on Tuesday authorised a new, larger international force to fight Haiti's
# gangs…" (7 shared), two bullets of one note on a regulator's forward sales (6). Over the
# read corpora's notes, bullets telling different things shared at most 5.
BULLET_SHARED_TERMS = 6


def retells_a_bullet(candidate: Candidate, bullets: list[Candidate], state: MemoState) -> bool:
    """Does the candidate tell again, in other words, what a bullet of the bottom line
    tells? Three bullets are all a minister reads first: none should be spent twice."""
    own = state.told_terms_of(candidate)
    return any(len(own & state.told_terms_of(b)) >= BULLET_SHARED_TERMS for b in bullets)


def told_terms(text: str, stemmer: Stemmer) -> frozenset[str]:
    """A passage's content words, stemmed, and the numbers it writes (years included)."""
    numbers = (n.replace(",", "") for n in FIGURE.findall(text))
    return frozenset(terms(text, stemmer)).union(numbers)


def told_within(
    candidate: Candidate, state: MemoState, figures: frozenset[str] | None = None
) -> bool:
    """Do nearly all of the candidate's words stand in one passage the memo holds, with no
    figure of its own? Then it tells that passage's fact again in fewer words ("The current
    rules expire at the end of 2026." after "…after the current guidelines expire at the
    end of 2026"). Only the shorter is refused: the longer one's other words may be news."""
    if not state.told:
        return False
    own = state.told_terms_of(candidate)
    if len(own) < TOLD_WITHIN_TERMS:
        return False
    if figures is None:
        figures = stated_figures(candidate.sentence.text)
    for held, stated in zip(state.told, state.figures, strict=True):
        if figures - stated:
            continue  # a figure the memo does not hold yet: news, not a repeat
        if len(own & held) >= TOLD_WITHIN * len(own):
            return True
    return False


def same_day_told(candidate: Candidate, state: MemoState, proposals: Proposals) -> bool:
    """Does the memo hold a passage telling an event of the same day, to the day, that
    names a party this one names? "Carlos Mazón resigned on 3 November…" and "On 3 November
    Mazón announced his resignation…" are one event told twice (a cold read found a
    resignation twice, and a day's memo twice, in one minister's note)."""
    told = proposals.dates.get(candidate.sentence.id)
    day = told[1] if told else None
    if not day or len(day) < len("2025-11"):
        return False
    names: frozenset[str] | None = None
    for other in state.chosen:
        found = proposals.dates.get(other)
        if not found or not found[1] or found[1][:7] != day[:7] or len(found[1]) < len("2025-11"):
            continue
        if names is None:
            names = _names(candidate.sentence.text)
        shared = names & _names(found[0])
        if found[1] == day and len(day) == len("2025-11-03") and shared:
            return True
        # "The June 2025 criminal verdict in Vicenza against former Miteni executives…"
        # and "A court in Vicenza, Italy, convicts … Miteni …, the first major criminal
        # verdict…" (June 2025): told to the month, two names and a word in common (a cold
        # read found them one after the other)
        if len(shared) >= MONTH_NAMES_SHARED and _words(candidate.sentence.text) & _words(found[0]):
            return True
    return False


MONTH_NAMES_SHARED = 2
CONTENT_WORD = lazy_compile(r"\b[a-z]{5,}\b")


def _words(text: str) -> frozenset[str]:
    """Lower-case words of five letters or more, the commonest aside."""
    return frozenset(w for w in CONTENT_WORD.findall(text) if w not in COMMON_WORDS)


# the stop words, and words as common in news of any matter
COMMON_WORDS = STOPWORDS | {"since", "first", "years", "months", "still", "including"}


NAME_WORD = lazy_compile(r"(?<=[\w,;:] )[A-Z][a-z][\w'’-]+")


def _names(text: str) -> frozenset[str]:
    """Capitalised words past a sentence's first, the calendar's aside."""
    return frozenset(w for w in NAME_WORD.findall(text) if w.lower() not in CALENDAR_WORDS)
