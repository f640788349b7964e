"""The per-source stage of the analysis, kept in the corpus index between builds.

What a source's passages say about themselves does not depend on the other sources: which
sentences are citable units, their stemmed terms, section fit, standing as excerpts, the
actor each is about (for either answer to the one corpus-wide question it asks: is its
opening word common?), the states and titled people each names, the date each tells of.
`source_signals` measures that for one document, a pure function of the document and
briefkit's code (the index key holds both), so an engine could map it over a corpus and a
build measures only the sources it has not seen. `proposals.analyse` combines the
results with what depends on the whole corpus: boilerplate, term weights, neighbours,
common words, people's states.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefkit import cache
from briefkit.analysis.actors import (
    states_named,
    subject_actor_at,
    titled_surnames,
    word_uses,
)
from briefkit.analysis.section_fit import SECTIONS, section_fit
from briefkit.analysis.terms import Stemmer, make_stemmer, terms
from briefkit.analysis.units import keyed_units, sentence_keys
from briefkit.corpus import Corpus, Document, Sentence

KIND = "analysis"  # the index's `kind` column for these rows

Hit = tuple[str, int] | None  # `subject_actor_at`: the actor and where it is named


@dataclass(frozen=True)
class Subject:
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
    units: tuple[Sentence, ...]
    own: tuple[str, ...]  # each unit's own sentence's key: left out when it is boilerplate
    terms: tuple[list[str], ...]
    fits: tuple[dict[str, float], ...]  # `section_fit` per section, before corpus weights
    quality: tuple[float, ...]
    subjects: tuple[Subject | None, ...]  # None: found with the corpus's common words
    states: tuple[frozenset[str], ...]  # states each unit names
    titled: tuple[frozenset[str], ...]  # surnames named after a title
    dates: tuple[str | None, ...]  # `findings.event_date`
    lower: dict[str, int]  # `actors.word_uses` of all its units' texts
    capital: dict[str, int]


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
    return Subject(
        word,
        plain,
        common,
        states_a_stance(text, plain[1] if plain else 0),
        states_a_stance(text, common[1] if common else 0),
    )


def source_signals(document: Document, stemmer: Stemmer | None = None) -> SourceSignals:
    """Measure one source: a pure function of the document (and briefkit's code)."""
    from briefkit.analysis.findings import event_date
    from briefkit.analysis.proposals import quality

    stemmer = stemmer or make_stemmer()
    keyed = keyed_units(document)
    units = tuple(unit for unit, _key in keyed)
    texts = [u.text for u in units]
    lower, capital = word_uses(texts)
    subjects = tuple(_subject(text) for text in texts)
    return SourceSignals(
        keys=frozenset(sentence_keys(document)),
        units=units,
        own=tuple(key for _unit, key in keyed),
        terms=tuple(terms(text, stemmer) for text in texts),
        fits=tuple({name: section_fit(name, u, document) for name in SECTIONS} for u in units),
        quality=tuple(quality(u) for u in units),
        subjects=subjects,
        states=tuple(states_named(text) for text in texts),
        titled=tuple(frozenset(titled_surnames(text)) for text in texts),
        dates=tuple(event_date(u) for u in units),
        lower=lower,
        capital=capital,
    )


def signals_key(document: Document) -> str:
    """The index key of a document's signals: its whole content and briefkit's code."""
    return cache.cache_key(KIND, hashlib.sha256(pickle.dumps(document, protocol=5)).digest())


# Counts calls of the per-source stage (tests check that a rebuild measures only new sources).
measured: list[str] = []


def corpus_signals(
    corpus: Corpus, measure: Callable[[Document], SourceSignals] | None = None
) -> list[SourceSignals]:
    """Every source's signals, in corpus order: from the index, else measured and stored."""
    keys = [signals_key(d) for d in corpus.documents]
    found = cache.get_many(keys)
    stemmer = make_stemmer()
    fresh: dict[str, SourceSignals] = {}
    result: list[SourceSignals] = []
    for document, key in zip(corpus.documents, keys, strict=True):
        held = found.get(key)
        if not isinstance(held, SourceSignals):
            measured.append(document.id)
            held = (measure or (lambda d: source_signals(d, stemmer)))(document)
            fresh[key] = held
        result.append(held)
    cache.put_many(fresh.items(), kind=KIND)
    cache.touch(keys)
    return result


def unit_rows(
    corpus: Corpus, signals: Sequence[SourceSignals], repeated: dict[str, set[str]]
) -> list[tuple[SourceSignals, int]]:
    """The corpus's citable units (as `units.citable_units` gives them), each as its
    source's signals and its row there: a source's units less its boilerplate."""
    rows = []
    for document, found in zip(corpus.documents, signals, strict=True):
        drop = repeated[document.id]
        rows.extend((found, i) for i, key in enumerate(found.own) if key not in drop)
    return rows
