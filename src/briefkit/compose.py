"""The compose stage: one audience's memo from the proposals, within its word budget.

Plans each section's share of the budget, fills chronology and disagreement blocks,
selects excerpts (`selection.select`), assembles the memo AST (`assemble.assemble`) and
trims the weakest excerpts until the body fits `max_words` however words are counted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import Protocol

from briefkit.analysis.findings import (
    Event,
    dated_events,
    disagreements,
    event_date,
    in_date_order,
    matter_named,
)
from briefkit.analysis.proposals import SUMMARY, Candidate, Proposals, year_month
from briefkit.assemble import (
    AssessmentPlaces,
    FindingRow,
    assemble,
    deadline_passed,
    looks_to_a_past_date,
)
from briefkit.corpus import Corpus, Document
from briefkit.dates import FULL_MONTH_NAMES, YEAR, human_date
from briefkit.errors import InputError
from briefkit.layout import Layout, SectionLayout
from briefkit.lazy_regex import lazy_compile
from briefkit.memo import Memo, body_words
from briefkit.selection import POOL, SectionPlan, select, sentence_ids
from briefkit.spec import AudienceSpec, BriefSpec
from briefkit.verbatim import ELLIPSIS
from briefkit.writers.markdown import NOTE_LINE, write_markdown

MIN_EXCERPT_BUDGET = 40  # words: below this no memo is worth writing
FINDING_ROW_WORDS = 60  # a typical chronology or disagreement row
FINDING_CAP = 0.2  # of the budget, at most, for one such block beyond its share
LABEL_OVERHEAD = 3  # words an actor label or table source cell adds per excerpt
WORDS_PER_SOURCE = 60  # excerpt words per source cited, for the sources list's reserve
RESELECT_ATTEMPTS = 4
SECTION_FLOOR_WORDS = 45  # a section's budget lets in one well-made sentence
PAGE_FIT_PRECISION = 10  # words: how closely a page limit is approached


class PageCheck(Protocol):
    """Does a memo keep to its page limit? `quick` asks only the test that binds first
    (the search for the most room asks it; the memo chosen is checked in full)."""

    def __call__(self, memo: Memo, quick: bool = False) -> bool: ...


def plan_sections(
    layout: Layout, budget: int, sections: list[SectionLayout] | None = None
) -> list[SectionPlan]:
    """Each section's word budget, in proportion to its share, but room for one full
    sentence at least (the memo's total still holds: `select` keeps to `budget`)."""
    chosen = layout.sections if sections is None else sections
    total_share = sum(s.share for s in chosen) or 1.0
    floor = min(SECTION_FLOOR_WORDS, budget)
    return [SectionPlan(s, max(floor, int(budget * s.share / total_share))) for s in chosen]


def compose_memo(
    spec: BriefSpec,
    audience: AudienceSpec,
    layout: Layout,
    corpus: Corpus,
    proposals: Proposals,
    date: dt.date,
    salience: dict[str, int],
    fits: PageCheck | None = None,
    assessments: AssessmentPlaces | None = None,
) -> Memo:
    """Select within the word budget and assemble; re-select with less room while the
    body (with its list of the sources cited) overruns max_words, then trim the weakest."""
    max_words = audience.max_words or layout.default_max_words
    skeleton = assemble(spec, audience, layout, {}, corpus, date, salience, assessments=assessments)
    overhead = body_words(skeleton)
    budget = max(0, max_words - overhead)
    if budget < MIN_EXCERPT_BUDGET:
        raise InputError(
            f"max_words {max_words} leaves no room for excerpts in layout "
            f"'{audience.template or audience.id}': its header and headings take "
            f"{overhead} words",
            where=f"audiences.{audience.id}.max_words",
        )
    # The sources list holds the sources cited: reserve room for as many as are likely.
    entries = _bibliography_words(corpus, layout)
    if entries:
        likely = min(len(entries), max(1, budget // WORDS_PER_SOURCE))
        budget -= int(likely * sum(entries) / len(entries))
    budget = max(budget, MIN_EXCERPT_BUDGET)
    rows, proposals, budget = _finding_rows(layout, proposals, budget, corpus)
    excerpt_sections = [s for s in layout.sections if s.kind == "excerpts"]
    overheads = {
        s.id: LABEL_OVERHEAD
        for s in excerpt_sections
        if s.one_per_actor or s.style == "table" or s.date_labels
    }

    in_rows = [c for section_rows in rows.values() for _, found in section_rows for c in found]

    def assembled(chosen: dict[str, list[Candidate]]) -> Memo:
        return assemble(
            spec,
            audience,
            layout,
            chosen,
            corpus,
            date,
            salience,
            rows,
            assessments,
            proposals.placed,
            proposals.similarity,
        )

    def attempt(room: int, refused: frozenset[str] = frozenset()) -> Trial:
        plans = plan_sections(layout, room, excerpt_sections)
        chosen = select(proposals, plans, overheads, total=room, already=in_rows, refused=refused)
        memo = assembled(chosen)
        return memo, chosen, words_by_any_count(memo) - max_words

    for _attempt in range(RESELECT_ATTEMPTS):  # over the word budget: less room by the overrun
        memo, chosen, over = attempt(budget)
        if over <= 0:
            break
        budget = max(MIN_EXCERPT_BUDGET, budget - over)
    _require_pins(proposals, excerpt_sections, chosen, audience, max_words)
    if fits is not None and over <= 0 and not fits(memo):
        # Over the page budget (a one-page memo on two): the most room that still fits,
        # so the choice is remade rather than cut short
        found = _most_room_that_fits(attempt, fits, budget, (memo, chosen, over))
        if found is not None:
            memo, chosen, over = found
    _require_pins(proposals, excerpt_sections, chosen, audience, max_words)
    if over <= 0 and (fits is None or fits(memo)):
        return memo

    def too_long(memo: Memo) -> bool:
        return words_by_any_count(memo) > max_words or (fits is not None and not fits(memo))

    while too_long(memo):
        weakest = min(
            ((sid, c) for sid, picks in chosen.items() for c in picks if not c.pinned),
            key=lambda item: (item[1].score, item[1].sentence.id),
            default=None,
        )
        if weakest is not None:  # proposals go first, weakest first; then table rows
            chosen[weakest[0]].remove(weakest[1])
        elif any(rows.values()):
            max(rows.values(), key=len).pop()
        elif any(chosen.values()):  # a pin outranks every proposal: say so, drop nothing
            pins = [c.sentence.quote for picks in chosen.values() for c in picks]
            raise InputError(
                f"the pinned excerpts alone do not fit audience '{audience.id}' "
                f"(max_words {max_words}{', one page' if fits else ''}); unpin some of: "
                + "; ".join(f'"{q[:40]}…"' for q in pins),
                where=f"audiences.{audience.id}.max_words",
            )
        else:
            break
        memo = assembled(chosen)
    return memo


Trial = tuple[Memo, dict[str, list[Candidate]], int]  # memo, its choice, words over budget
TOP_UP_TRIES = 3  # selections tried without the passages that ran the page over


def _most_room_that_fits(
    attempt: Callable[..., Trial], fits: PageCheck, budget: int, overflowed: Trial
) -> Trial | None:
    """The selection with the most room below `budget` (whose `overflowed` memo ran a
    page over) that keeps to the page, or None. The search asks the quick test; where the
    full one still refuses the memo found (the PDF's own page, not Word's, bound first),
    it searches again with the full test, rather than the weakest excerpts being cut out
    of a memo chosen for more room (a minister's note had lost a quarter of its page so)."""
    found = _search_room(attempt, fits, budget, overflowed, quick=True)
    if found is not None and not fits(found[0]):
        found = _search_room(attempt, fits, budget, overflowed, quick=False)
    return found


def _search_room(
    attempt: Callable[..., Trial],
    fits: PageCheck,
    budget: int,
    overflowed: Trial,
    quick: bool,
) -> Trial | None:
    """The selection with the most room that passes the page test (`quick`, or the full
    one), its room topped up (`_page_topped_up`). A memo is mostly a few lines over, so
    the search steps down from the room that overflowed, a tenth at first and twice as far
    each time, then halves the gap to the last room that overflowed: three or four renders
    where halving from the floor took five."""
    low, high = MIN_EXCERPT_BUDGET, budget
    best = None
    overflowing = overflowed  # the selection at `high`
    step = max(PAGE_FIT_PRECISION, budget // 10)
    while budget - step > low:
        trial = attempt(budget - step)
        if trial[2] <= 0 and fits(trial[0], quick=quick):
            low, best = budget - step, trial
            break
        high, step, overflowing = budget - step, step * 2, trial
    while high - low > PAGE_FIT_PRECISION:
        middle = (low + high) // 2
        trial = attempt(middle)
        if trial[2] <= 0 and fits(trial[0], quick=quick):
            low, best = middle, trial
        else:
            high, overflowing = middle, trial
    if best is None:
        return None
    return _page_topped_up(best, overflowing, lambda r: attempt(high, r), fits, quick)


def _page_topped_up(
    best: Trial,
    overflowing: Trial,
    attempt: Callable[[frozenset[str]], Trial],
    fits: PageCheck,
    quick: bool,
) -> Trial:
    """The page-fitted memo with the room it left filled where another passage fits. The
    search for the most room that fits a page stops below the room at which one long
    passage ran the page over, and that passage's words stayed blank: a quarter of a
    minister's page had been empty, the note some 100 words short of its budget. So the
    room that overflowed is tried again (`attempt`) without the passages it had added
    (`refused`), up to TOP_UP_TRIES times; the first choice that fits and says more wins."""
    refused: set[str] = set()
    kept = {c.sentence.id for picks in best[1].values() for c in picks}
    for _try in range(TOP_UP_TRIES):
        added = {c.sentence.id for picks in overflowing[1].values() for c in picks} - kept
        if not added or added <= refused:
            break
        refused |= added
        trial = attempt(frozenset(refused))
        if trial[2] <= 0 and fits(trial[0], quick=quick):
            return trial if body_words(trial[0]) > body_words(best[0]) else best
        overflowing = trial
    return best


def _dated_sides(label: str, first: Candidate, second: Candidate, corpus: Corpus) -> str:
    """ "about 80 percent (March 2024) / around 90 percent (October 2025)": two figures
    from sources months apart may be a change, not a dispute; the reader sees which."""
    sides = label.split(" / ")
    documents = {d.id: d for d in corpus.documents}
    dates = [
        found.meta.date if (found := documents.get(c.sentence.source_id)) else None
        for c in (first, second)
    ]
    if len(sides) != 2 or ":" in label or not all(dates) or dates[0][:7] == dates[1][:7]:
        return label
    shared = set(YEAR.findall(first.sentence.text)) & set(YEAR.findall(second.sentence.text))
    if shared and min(shared) <= max(date[:4] for date in dates):
        # both tell the year they measure ("cost the treasury about N4.4 trillion in 2022",
        # "…nearly N4.7 trillion in 2022"): their sources' dates would read as two times;
        # not a year still ahead of both, whose figures are projections made on two days
        # ("around 2.1 billion euros a year by 2030" of July 2021, "about 1.5 billion …
        # by 2030" of December 2022: a cold read took them for two sources disagreeing)
        return label
    return " / ".join(
        f"{side} ({human_date(date[:7])})" for side, date in zip(sides, dates, strict=True)
    )


def _with_matter(label: str, first: Candidate, second: Candidate) -> str:
    """ "Repair bill: around 40 million euros (August 2024) / roughly 35 million euros
    (April 2024)": the row says what the figures measure where both passages name it in
    the same words (`findings.matter_named`); two cold readers found the figures alone."""
    if ":" in label:
        return label
    matter = matter_named(first.sentence.text, second.sentence.text)
    return f"{matter[:1].upper()}{matter[1:]}: {label}" if matter else label


def _require_pins(
    proposals: Proposals,
    sections: list[SectionLayout],
    chosen: dict[str, list[Candidate]],
    audience: AudienceSpec,
    max_words: int,
) -> None:
    """A pin outranks every proposal: when pins do not all fit, stop and name them."""
    taken = {c.sentence.id for picks in chosen.values() for c in picks}
    left = [
        c.sentence.quote
        for section in sections
        for c in proposals.sections.get(section.id, ())
        if c.pinned and c.sentence.id not in taken
    ]
    if left:
        raise InputError(
            f"{len(left)} pinned excerpt(s) do not fit audience '{audience.id}' "
            f"(max_words {max_words}, or its sections' item limits); unpin or shorten: "
            + "; ".join(f'"{q[:40]}…"' for q in left),
            where=f"audiences.{audience.id}.max_words",
        )


# Sections whose candidates must still look ahead at the memo's date (`current_views`)
VIEWS_OF_NOW = (SUMMARY, "outlook")
# Sections where a plan or forecast looking only to dates before the newest source's month
# is overtaken: the sources written since could tell what became of it (a cold read found
# "TMC has said it will submit an application to the ISA after the Authority's July 2024
# session" as TMC's row, its newest source of June 2025 telling a US application instead)
PLANS_OF_NOW = ("drivers", "regional_positions")


def views_now_past(corpus: Corpus, date: dt.date) -> Callable[[Candidate], bool]:
    """Does a candidate look ahead only to dates before the memo's month?"""
    return views_past_at(corpus, (date.year, date.month))


def views_past_in_sources(corpus: Corpus) -> Callable[[Candidate], bool]:
    """Does a candidate look ahead to a date after its writing, and only to dates before
    the newest source's month (`assemble.deadline_passed`: "Chile's government announced
    in April 2023 that the state would take…" names when it was said, no horizon)?"""
    newest = max((d.meta.date for d in corpus.documents if d.meta.date), default=None)
    found = year_month(newest) if newest else None
    if found is None:
        return lambda candidate: False
    return views_past_at(corpus, found, deadline_passed)


def views_past_at(
    corpus: Corpus,
    today: tuple[int, int],
    test: Callable[[Candidate, dict[str, Document], tuple[int, int]], bool] = looks_to_a_past_date,
) -> Callable[[Candidate], bool]:
    """Does a candidate look ahead only to dates before `today` (year, month), as `test`
    tells? The answer is kept per passage: a build asks it of every audience's bottom
    line and outlook, mostly the same thousands of passages on a large corpus, and asks
    it before the audiences' workers fork, so they inherit the answers."""
    documents = corpus.by_id()
    answers: dict[str, bool] = {}

    def now_past(candidate: Candidate) -> bool:
        key = candidate.sentence.id
        if key not in answers:
            answers[key] = test(candidate, documents, today)
        return answers[key]

    return now_past


def current_views(
    proposals: Proposals,
    now_past: Callable[[Candidate], bool],
    past_in_sources: Callable[[Candidate], bool] | None = None,
) -> Proposals:
    """The bottom line's and the outlook's candidates less those looking ahead only to
    dates before the memo's month (`views_now_past`), and the drivers' and positions'
    less those looking ahead only to dates before the newest source's
    (`views_past_in_sources`), where others remain. A minister's note had led with "…is
    expected to receive advice on the options before the end of the year", of a year
    gone; two cold reads found outlooks of plans and previews that later events had
    overtaken, unmarked where the layout gives the outlook no date labels ("…plans to
    submit its application to the ISA after the Council's July 2025 session")."""
    sections = dict(proposals.sections)
    tests = [(name, now_past) for name in VIEWS_OF_NOW]
    if past_in_sources is not None:
        tests += [(name, past_in_sources) for name in PLANS_OF_NOW]
    for name, passed in tests:
        found = sections.get(name, ())
        current = _first_current(found, passed)
        if current and len(current) < len(found):
            sections[name] = current
    if sections == proposals.sections:
        return proposals
    return dataclasses.replace(proposals, sections=sections)


def _first_current(
    found: tuple[Candidate, ...], passed: Callable[[Candidate], bool]
) -> tuple[Candidate, ...]:
    """The candidates, best first, less those `passed`, judged until the selection's
    `POOL` remain: it reads no further, and a +1 build of a large archive had judged
    thousands (about 0.3 s). The rest follow unjudged; none remain where none is current."""
    kept: list[Candidate] = []
    for k, candidate in enumerate(found):
        if not passed(candidate):
            kept.append(candidate)
            if len(kept) == POOL:
                return (*kept, *found[k + 1 :])
    return tuple(kept)


def words_by_any_count(memo: Memo) -> int:
    """The larger of two honest counts of the body: words of the memo's text, and
    whitespace-separated tokens of its Markdown (table rules and pipes included), notes
    left out either way. The budget holds whichever way a reader counts."""
    markdown = write_markdown(memo).decode("utf-8")
    body = [line for line in markdown.splitlines() if not NOTE_LINE.match(line)]
    return max(body_words(memo), len(" ".join(body).split()))


def _finding_rows(
    layout: Layout, proposals: Proposals, budget: int, corpus: Corpus
) -> tuple[dict[str, list[FindingRow]], Proposals, int]:
    """Rows for chronology and disagreement sections, within their share of the budget.

    Their sentences are taken out of the proposals so no excerpt appears twice; the words
    they use are taken out of the budget left for the excerpt sections.
    """
    total_share = sum(s.share for s in layout.sections) or 1.0
    rows: dict[str, list[FindingRow]] = {}
    used: set[str] = set()
    spent = 0
    # Disagreements take their sentences first: a row needs those two passages, while a
    # chronology has other events to tell (the OECD's revised estimate had been a
    # chronology row, and the dispute over the revenue it is one side of no row at all)
    for section in sorted(layout.sections, key=lambda s: s.kind == "chronology"):
        if section.kind == "excerpts":
            continue
        # Its share of the budget, or room for its rows if that is more (within a fifth of
        # the budget): a short corpus leaves the excerpt sections words to spare, and the
        # final trim still holds the memo to max_words.
        allowance = max(
            int(budget * section.share / total_share),
            min(section.max_items * FINDING_ROW_WORDS, int(budget * FINDING_CAP)),
        )
        if section.kind == "chronology":
            # Rows are offered to the words left latest first, then earliest, then each the
            # event farthest in time from those offered: rows in date order until the words
            # ran out had stopped a chronology of 2023-2025 in April 2024, its two rows of
            # October 2023 taking the room (and a chronology chosen by score instead took
            # the best passages from the prose: see the README)
            events = _spread_in_time(dated_events(proposals, section.max_items))
            found = [(human_date(e.date) or e.date, [_dated_once(e)]) for e in events]
            order = {id(row): in_date_order(e.date) for row, e in zip(found, events, strict=True)}
        else:
            years = {d.id: d.year for d in corpus.documents}
            dates = {d.id: d.meta.date for d in corpus.documents}
            found = [
                (
                    _with_matter(
                        _dated_sides(d.label, d.first, d.second, corpus), d.first, d.second
                    ),
                    [d.first, d.second],
                )
                for d in disagreements(proposals, section.max_items, years, dates)
            ]
        kept: list[FindingRow] = []
        words = 0
        for row in found:
            label, candidates = row
            # by the source sentences quoted: a joined pair shares its first with a single
            ids = {i for c in candidates for i in sentence_ids(c)}
            cost = len(label.split()) + sum(c.sentence.words for c in candidates)
            if ids & used or words + cost > allowance:
                continue
            kept.append(row)
            used |= ids
            words += cost
        if section.kind == "chronology":
            kept.sort(key=lambda row: order[id(row)])  # shown in date order
        rows[section.id] = kept
        spent += words
    rows = {s.id: rows[s.id] for s in layout.sections if s.id in rows}  # the layout's order
    if used:
        sections = {
            name: tuple(c for c in candidates if not sentence_ids(c) & used)
            for name, candidates in proposals.sections.items()
        }
        proposals = dataclasses.replace(proposals, sections=sections)
    return rows, proposals, max(0, budget - spent)


# "October 7, 2022 | On 7 October 2022 the US Commerce Department published…": a row's
# passage opening on the very date the row is labelled with tells it twice (a cold read)
OPENING_DATE = lazy_compile(
    r"^(?:On|In)\s+(?P<date>(?:(?:early|mid|late)[- ])?(?:\d{1,2}\s+)?"
    rf"(?:{FULL_MONTH_NAMES})(?:\s+\d{{1,2}})?,?\s+(?:19|20)\d\d|(?:19|20)\d\d)"
    r"(?:,\s*|\s+)(?P<rest>[\w“\"‘'].{20,})$",
    re.DOTALL,
)


def _dated_once(event: Event) -> Candidate:
    """The event's passage, its opening date trimmed off ("…the US Commerce Department
    published…") where that date is the one its row is labelled with."""
    sentence = event.candidate.sentence
    opening = OPENING_DATE.match(sentence.quote)
    if opening is None:
        return event.candidate
    told = opening["date"]
    if not opening["rest"][:1].isupper() and opening["rest"][:1] not in '“"':
        # "2023 | …the driest year in the canal's recorded history, the lake fell…": what
        # follows the date is no sentence's start, and three cold readers took the trimmed
        # row for a fragment; the date told twice reads better
        return event.candidate
    if told != event.date:  # a year alone is compared as it is
        phrase = dataclasses.replace(
            sentence, told_date=None, quote=f"{sentence.quote[: opening.end('date')]}."
        )
        if event_date(phrase) != event.date:
            return event.candidate
    trimmed = dataclasses.replace(sentence, quote=f"{ELLIPSIS}{opening['rest']}")
    return dataclasses.replace(event.candidate, sentence=trimmed)


def _spread_in_time(events: list[Event]) -> list[Event]:
    """The events (in date order) as a chronology's words should go to them: the latest,
    the earliest, then each time the one farthest from every event already placed, so
    whatever the room, the rows span the period."""
    if len(events) <= 2:
        return events[::-1]
    when = [_months_of(e.date) for e in events]
    placed = [len(events) - 1, 0]
    while len(placed) < len(events):
        rest = [k for k in range(len(events)) if k not in placed]
        placed.append(max(rest, key=lambda k: (min(abs(when[k] - when[j]) for j in placed), -k)))
    return [events[k] for k in placed]


def _months_of(date: str) -> float:
    """A date as months since year 0, a year alone at its middle."""
    month = int(date[5:7]) if len(date) >= 7 else 6.5
    day = int(date[8:10]) if len(date) >= 10 else 15
    return int(date[:4]) * 12 + month + day / 31


def _bibliography_words(corpus: Corpus, layout: Layout) -> list[int]:
    if not layout.sources_title:
        return []
    from briefkit.citations import entry_words

    return [entry_words(d.meta, d.path) for d in corpus.documents]
