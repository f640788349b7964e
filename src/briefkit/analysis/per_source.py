"""The per-source stage of the analysis, kept in the corpus index between builds.

What a source's passages say about themselves does not depend on the other sources: which
sentences are citable units, their stemmed terms, section fit and standing as excerpts.
`source_signals` measures that for one document, a pure function of the document and
briefkit's code (the index key holds both), so an engine could map it over a corpus and a
build measures only the sources it has not seen. `proposals.analyse` combines the
results with what depends on the whole corpus: boilerplate, term weights, neighbours,
common words, people's states.

What `analyse` asks of a passage only once it is among the brief's candidates (the
retrieval pool) is measured per passage, for the pool alone (`pool_details`): the actor
it is about (for either answer to the one corpus-wide question it asks: is its opening
word common?), the states and titled people it names, the date it tells of. On an archive
of 1,000 sources the pool is a ninth of the passages, and these had been a third of the
time spent measuring each source. The marks of a passage's words (`proposals.text_marks`)
are likewise wanted of the pool alone: measured with every source, they had been a sixth
of it. They are kept in the index per passage, so a rebuild measures only passages new to
the pool.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from briefkit import cache
from briefkit.analysis.actors import (
    NamesTold,
    WordUses,
    add_uses,
    common_from,
    countries_in,
    names_told,
    states_named,
    subject_actor_at,
    titled_surnames,
    word_uses,
)
from briefkit.analysis.section_fit import section_fits
from briefkit.analysis.terms import Stemmer, make_stemmer, terms
from briefkit.analysis.units import REBUTTAL, _repeated, keyed_units, sentence_keys
from briefkit.corpus import Corpus, Document, Sentence
from briefkit.parallel import fork_call

KIND = "analysis"  # the index's `kind` column for these rows
DETAILS_KIND = "unit-details"  # and for a passage's `UnitDetails`
NO_NAMES = NamesTold((), ())
FORK_DETAILS = 1000  # passages to measure before half of them go to a second core
BATCH = 100  # sources read from or written to the index at once

Hit = tuple[str, int] | None  # `subject_actor_at`: the actor and where it is named


class Subject(NamedTuple):
    """A unit's subject actor, for either answer about its opening word (`asked`): is it
    one of the corpus's common words? With no question asked, both answers are one."""

    asked: str | None
    plain: Hit  # the opening word is not common (or nothing was asked)
    common: Hit  # the opening word is common
    stance_plain: bool  # `states_a_stance` at each hit's place
    stance_common: bool

    def hit(self, common: frozenset[str]) -> Hit:
        return self.common if self.asked is not None and self.asked in common else self.plain

    def stance(self, common: frozenset[str]) -> bool:
        if self.asked is not None and self.asked in common:
            return self.stance_common
        return self.stance_plain


@dataclass(frozen=True)
class SourceSignals:
    """One source's share of the analysis: its units before boilerplate is left out, and
    per unit what `proposals.analyse` needs (columns, in the units' order)."""

    keys: frozenset[str]  # its sentences as boilerplate is compared (`units.sentence_keys`)
    # As stored, each unit is a place (an int) in `document.sentences` followed by
    # `merged` (units of two sentences): `resolved` gives the Sentences themselves.
    units: tuple[Sentence, ...]
    own: tuple[str, ...]  # each unit's own sentence's key: left out when it is boilerplate
    terms: tuple[list[str], ...]
    fits: tuple[tuple[float, ...], ...]  # `section_fit` per section (SECTIONS' order)
    quality: tuple[float, ...]
    uses: tuple[str, str, str]  # `actors.word_uses` of all its units' texts, as words
    merged: tuple[Sentence, ...] = ()  # units that are not one sentence of the document
    names: NamesTold = NO_NAMES  # `actors.names_told` of its whole text

    def resolved(self, document: Document, vocabulary: dict[str, str]) -> SourceSignals:
        """As stored, made ready to use: units that are sentences of `document` are its
        own objects, and terms share one string per term across sources (memory)."""
        table = document.sentences + self.merged
        return dataclasses.replace(
            self,
            units=tuple(map(table.__getitem__, self.units)),  # type: ignore[arg-type]
            merged=(),
            # map() calls setdefault from C: no Python frame for each of a corpus's terms
            terms=tuple(list(map(vocabulary.setdefault, found, found)) for found in self.terms),
        )


class _Asked:
    """Stands in for the common-word set: answers no, and records the words asked about."""

    def __init__(self) -> None:
        self.words: list[str] = []

    def __contains__(self, word: object) -> bool:
        self.words.append(str(word))
        return False


def _subject(text: str) -> Subject | None:
    """The unit's subject for both answers, or None when it asks about more than one word
    (then `analyse` finds it with the corpus's common words)."""
    from briefkit.analysis.proposals import states_a_stance

    asked = _Asked()
    plain = subject_actor_at(text, asked)  # type: ignore[arg-type]
    words = set(asked.words)
    if len(words) > 1:
        return None
    word = next(iter(words), None)
    common = plain if word is None else subject_actor_at(text, frozenset(words))
    at_plain, at_common = (plain[1] if plain else 0), (common[1] if common else 0)
    stance_plain = states_a_stance(text, at_plain)
    # asked only where the two answers name the actor at different places
    stance_common = stance_plain if at_common == at_plain else states_a_stance(text, at_common)
    return Subject(word, plain, common, stance_plain, stance_common)


# A passage the writer's next sentence qualifies ("But…", "However…") keeps this share of
# its standing: quoted with that sentence, it says what the writer says.
QUALIFIED_BY_NEXT = 0.75


def _last_sentence(unit: Sentence) -> str:
    """The id of a passage's last sentence (a joined passage's is after its last "+")."""
    *_, last = unit.id.split("+")
    return unit.id if last == unit.id else f"{unit.source_id}:{last}"


def source_signals(document: Document, stemmer: Stemmer | None = None) -> SourceSignals:
    """Measure one source: a pure function of the document (and briefkit's code)."""
    from briefkit.analysis.proposals import quality

    stemmer = stemmer or _stemmer()
    keyed = keyed_units(document)
    units = tuple(unit for unit, _key in keyed)
    texts = [u.text for u in units]
    keys = {key: key for key in sentence_keys(document)}  # `own` shares these strings
    sentences = document.sentences
    place = {id(s): i for i, s in enumerate(sentences)}
    # sentences the writer goes straight on to qualify ("…held near 129 to the dollar."
    # before "But beneath that calm…"): alone they tell half of what the writer says
    qualified = {
        first.id
        for first, then in itertools.pairwise(sentences)
        if then.heading == first.heading and REBUTTAL.match(then.text)
    }
    merged = [u for u in units if id(u) not in place]
    place.update((id(u), len(sentences) + k) for k, u in enumerate(merged))
    return SourceSignals(
        keys=frozenset(keys),
        units=tuple(place[id(u)] for u in units),  # type: ignore[misc]
        merged=tuple(merged),
        own=tuple(keys.get(key, key) for _unit, key in keyed),
        terms=tuple(terms(text, stemmer) for text in texts),
        fits=tuple(section_fits(u, document) for u in units),
        quality=tuple(
            quality(u) * (QUALIFIED_BY_NEXT if _last_sentence(u) in qualified else 1.0)
            for u in units
        ),
        uses=_as_words(word_uses(texts)),
        names=names_told(document.text),
    )


def _as_words(uses: WordUses) -> tuple[str, str, str]:
    """Word uses as three strings of words, each as often as it is used: a fraction of the
    memory of three dicts, counted again in C (`collections.Counter`)."""
    lower, capital, opening = (
        " ".join(word for word, n in counts.items() for _ in range(n)) for counts in uses
    )
    return lower, capital, opening


def signals_key(document: Document, digest: bytes | None = None) -> str:
    """The index key of a document's signals: its whole content (`cache.digest`, given
    where the index gave the document) and briefkit's code."""
    return cache.cache_key(KIND, digest or cache.digest(document))


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer:
    """One stemmer (and its cache of stems) per process, for every source it measures."""
    return make_stemmer()


def prepare() -> None:
    """Load what measuring a source needs (the analysis modules, the country names) in
    this process, before reading forks its workers: they inherit it instead of each
    loading it again. The analysis needs all of it afterwards anyway."""
    from briefkit.analysis import findings, proposals  # noqa: F401
    from briefkit.analysis.actors import country_names

    country_names()


def remember(document: Document) -> None:
    """Measure a source just read and keep its signals in the index (run in the reading
    workers, so a cold build measures sources on every core)."""
    if cache.cache_dir() is None:
        return  # no index to keep them in: `analyse` measures them
    cache.put(signals_key(document), source_signals(document), kind=KIND)


# The sources the last `corpus_signals` measured (tests check that a rebuild measures
# only new sources).
measured: list[str] = []


def corpus_signals(
    corpus: Corpus, measure: Callable[[Document], SourceSignals] | None = None
) -> list[SourceSignals]:
    """Every source's signals, in corpus order: from the index, else measured and stored."""
    measured.clear()
    digests = corpus.digests or (None,) * len(corpus.documents)
    keys = [signals_key(d, h) for d, h in zip(corpus.documents, digests, strict=True)]
    stemmer = make_stemmer()
    vocabulary: dict[str, str] = {}
    result: list[SourceSignals] = []
    for start in range(0, len(keys), BATCH):  # a batch at a time: bounded memory
        batch = keys[start : start + BATCH]
        with cache.bulk_load():
            found = cache.get_many(batch)
        fresh: dict[str, SourceSignals] = {}
        documents = corpus.documents[start : start + BATCH]
        for document, key in zip(documents, batch, strict=True):
            if not isinstance(found.get(key), SourceSignals):
                measured.append(document.id)
                fresh[key] = (measure or (lambda d: source_signals(d, stemmer)))(document)
        with cache.bulk_load():  # a unit list and a term list per unit
            for document, key in zip(documents, batch, strict=True):
                result.append((fresh.get(key) or found[key]).resolved(document, vocabulary))
        cache.put_many(fresh.items(), kind=KIND)
    cache.touch(keys)
    return result


def kept_units(
    corpus: Corpus, signals: Sequence[SourceSignals], repeated: dict[str, set[str]]
) -> list[Sequence[int]]:
    """Per source, the rows of its units that are citable units of the corpus (as
    `units.citable_units` gives them): all but those left out as boilerplate. A source
    none of whose units is boilerplate (most) gets a range, found without a Python loop."""
    kept: list[Sequence[int]] = []
    for document, found in zip(corpus.documents, signals, strict=True):
        drop = repeated[document.id]
        if drop and not drop.isdisjoint(found.own):
            kept.append([i for i, key in enumerate(found.own) if key not in drop])
        else:
            kept.append(range(len(found.own)))
    return kept


def common_words_of(
    signals: Sequence[SourceSignals], kept: Sequence[Sequence[int]]
) -> frozenset[str]:
    """`actors.common_words` of the units kept: each source's word uses, less those of
    its units left out as boilerplate."""
    total: tuple[Counter[str], Counter[str], Counter[str]] = (Counter(), Counter(), Counter())
    for found, rows_kept in zip(signals, kept, strict=True):
        if not rows_kept:
            continue
        for into, words in zip(total, found.uses, strict=True):
            into.update(words.split())
        if len(rows_kept) < len(found.units):
            held = set(rows_kept)
            left_out = [u.text for i, u in enumerate(found.units) if i not in held]
            add_uses(total, word_uses(left_out), sign=-1)  # type: ignore[arg-type]
    return common_from(*total)


class Columns(NamedTuple):
    """The corpus's citable units (as `units.citable_units` gives them) and their signals,
    one list per signal: all `proposals.analyse` needs of the per-source stage (with
    `common_words_of`), so the sources' signals can go before the corpus-wide work."""

    units: list[Sentence]
    terms: list[list[str]]
    fits: list[tuple[float, ...]]
    quality: list[float]


def citable_rows(corpus: Corpus, signals: Sequence[SourceSignals]) -> list[Sequence[int]]:
    """Per source, the rows of its units left once boilerplate (sentences other sources
    hold word for word) is left out (`kept_units`)."""
    keys = {d.id: s.keys for d, s in zip(corpus.documents, signals, strict=True)}
    return kept_units(corpus, signals, _repeated(corpus, keys))


def columns(signals: Sequence[SourceSignals], kept: Sequence[Sequence[int]]) -> Columns:
    """The units kept (`citable_rows`) with their signals, laid out in columns."""
    laid: tuple[list, ...] = tuple([] for _ in Columns._fields)
    for found, rows in zip(signals, kept, strict=True):
        whole = isinstance(rows, range)  # every unit: the columns as they are
        for into, column in zip(laid, _columns_of(found), strict=True):
            into.extend(column if whole else [column[i] for i in rows])
    return Columns(*laid)


def _columns_of(found: SourceSignals) -> tuple[Sequence[object], ...]:
    """A source's signals in `Columns`' order."""
    return (
        found.units,
        found.terms,
        found.fits,
        found.quality,
    )


class UnitDetails(NamedTuple):
    """What `proposals.analyse` asks of a passage in the brief's pool, beyond its columns."""

    subject: Subject | None  # None: found with the corpus's common words
    states: tuple[str, ...]  # states it names
    located: tuple[tuple[int, str], ...]  # `actors.countries_in`: where it names each state
    titled: tuple[str, ...]  # surnames named after a title
    date: str | None  # `findings.event_date_told`
    figures: tuple[Any, ...]  # `findings.figures`, no candidate attached
    marks: int  # `proposals.text_marks`: what its words show


def unit_details(unit: Sentence, published: str | None) -> UnitDetails:
    """Measure one passage: a pure function of its text, its quote, its heading and the
    date it is as of (and briefkit's code)."""
    from briefkit.analysis.findings import event_date_told, figures
    from briefkit.analysis.proposals import text_marks

    located = tuple(countries_in(unit.text))
    return UnitDetails(
        _subject(unit.text),
        tuple(sorted(states_named(unit.text, located))),
        located,
        tuple(sorted(titled_surnames(unit.text))),
        event_date_told(unit, published),
        tuple(figures(unit, None, _stemmer())),
        text_marks(unit),
    )


def pool_details(units: Sequence[Sentence], published: Sequence[str | None]) -> list[UnitDetails]:
    """Each passage's details (`published`: the date the passage is as of, its source's
    or a dated heading's, `Document.date_of`), from the index where it has measured the
    passage before, else measured and stored."""
    keys = [
        cache.cache_key(DETAILS_KIND, u.text, u.quote, u.heading or "", date or "")
        for u, date in zip(units, published, strict=True)
    ]
    with cache.bulk_load():
        found = cache.get_many(keys)
    missing = [i for i, key in enumerate(keys) if not isinstance(found.get(key), UnitDetails)]

    def measure(rows: list[int]) -> list[UnitDetails]:
        return [unit_details(units[i], published[i]) for i in rows]

    # a cold build's pool is thousands of passages: half measured in a forked child
    half = len(missing) // 2 if len(missing) >= FORK_DETAILS else 0
    other_half = fork_call(measure, missing[half:]) if half else (lambda: [])
    measured = measure(missing[:half] if half else missing) + other_half()
    fresh = {keys[i]: value for i, value in zip(missing, measured, strict=True)}
    cache.put_many(fresh.items(), kind=DETAILS_KIND)
    cache.touch(keys)
    return [fresh.get(key) or found[key] for key in keys]
