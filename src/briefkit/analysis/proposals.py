"""Automatic excerpt proposals: every citable sentence scored for each memo section.

Scores combine three measurements, none of them topic word lists:
relevance to the brief (BM25 over stemmed terms of title and topic), centrality
(how strongly other sources make the same point: TF-IDF cosine to sentences of other
documents) and section fit (general English discourse cues: past-tense narration and
earlier years for background, causal and motive language for drivers, an actor plus a
stance verb for regional positions, modal and future language for the outlook).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from briefkit.analysis.actors import (
    LATE_MENTION,
    common_words,
    country_names,
    person_states,
    subject_actor_at,
)
from briefkit.corpus import Corpus, Document, Sentence
from briefkit.analysis.terms import TermIndex, make_stemmer, terms

SECTIONS = ("background", "drivers", "regional_positions", "outlook")
SUMMARY = "summary"
LATE_ACTOR_FIT = 0.6
MIN_WORDS, MAX_WORDS = 8, 70
FOCUS_WEIGHT = 1.5


def _cues(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


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
        r"causes?",
        r"caused",
        r"motiv\w+",
        r"fears?",
        r"feared",
        r"concerns?",
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
        r"risks?",
        r"dependen\w+",
        r"perceiv\w+",
        r"perception",
        r"counting on",
        r"benefit\w*",
        r"leverage",
        r"rivalr\w+",
        r"why",
    ),
    "regional_positions": _cues(
        r"said",
        r"says",
        r"stated",
        r"declared",
        r"announced",
        r"insist\w*",
        r"refus\w+",
        r"reject\w*",
        r"support\w*",
        r"oppos\w+",
        r"recogni[sz]\w*",
        r"call(?:ed|s)? (?:for|on)",
        r"urg\w+",
        r"welcom\w+",
        r"condemn\w*",
        r"accus\w+",
        r"den(?:y|ies|ied)",
        r"positions?",
        r"stance",
        r"polic(?:y|ies)",
        r"approach\w*",
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
        r"backs?",
        r"backed",
        r"sided",
        r"neutral\w*",
        r"mediat\w+",
        r"sanctions?",
        r"invit\w+",
    ),
    "outlook": _cues(
        r"will",
        r"would",
        r"could",
        r"may",
        r"might",
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
        r"potential(?:ly)?",
        r"scenarios?",
        r"possib\w+",
        r"eventual\w*",
        r"foreseeable",
        r"should",
        r"must",
        r"ahead",
        r"next",
        r"increasingly",
        r"trend\w*",
        r"plans?",
    ),
}
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
ANAPHORIC_START = re.compile(
    r"^(?:this|these|that|those|it|its|they|their|he|she|his|her|such|but|and|so|also|"
    r"however|moreover|furthermore|therefore|thus|in addition|at the same time|meanwhile|"
    r"besides|nevertheless|nonetheless|likewise|similarly|then|still|hence|instead)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my)\b")


@dataclass(frozen=True)
class Candidate:
    sentence: Sentence
    score: float
    relevance: float
    centrality: float
    fit: float
    actor: str | None = None
    pinned: bool = False  # the editor pinned it: used first, whatever its score
    rank: int | None = None  # its place in the curation file, which orders the memo


@dataclass(frozen=True)
class Proposals:
    """Ranked candidates per section, and sentence similarities for diversity."""

    sections: dict[str, tuple[Candidate, ...]]
    similar: dict[str, dict[str, float]]  # sentence id -> {other sentence id: cosine}
    years: tuple[int, int] | None  # range of the sources' (known or hinted) years
    subjects: dict[str, str] = field(default_factory=dict)  # sentence id -> actor

    def best_by_sentence(self) -> dict[str, Candidate]:
        """Each sentence's highest-scoring candidacy, whatever its section."""
        best: dict[str, Candidate] = {}
        for candidates in self.sections.values():
            for candidate in candidates:
                known = best.get(candidate.sentence.id)
                if known is None or candidate.score > known.score:
                    best[candidate.sentence.id] = candidate
        return best

    def similarity(self, a: str, b: str) -> float:
        return self.similar.get(a, {}).get(b, 0.0)


def _normalise(values: list[float]) -> list[float]:
    top = max(values, default=0.0)
    return [v / top for v in values] if top > 0 else [0.0 for _ in values]


def _saturate(x: float) -> float:
    return 1.0 - math.exp(-x)


def quality(sentence: Sentence) -> float:
    """How well a sentence stands alone as a quoted excerpt (0..1)."""
    words = sentence.words
    q = 1.0
    if words < 12:
        q *= 0.55 + 0.45 * (words - MIN_WORDS) / 4
    elif words > 45:
        q *= max(0.55, 1.0 - (words - 45) / 60)
    if sentence.is_trimmed:
        q *= 0.6
    if ANAPHORIC_START.match(sentence.text):
        q *= 0.75
    if sentence.text.rstrip().endswith("?"):
        q *= 0.5
    if not sentence.text.rstrip().endswith((".", "!", "”", '"', "’", ")")):
        q *= 0.8
    if FIRST_PERSON.search(sentence.text):
        q *= 0.8
    return q


def section_fit(section: str, sentence: Sentence, document: Document) -> float:
    text = sentence.text
    raw = len(CUES[section].findall(text)) / math.sqrt(max(sentence.words, 1)) * 2.2
    if sentence.heading and HEADING_CUES[section].search(sentence.heading):
        raw += 0.6
    if section == "background":
        year = document.year
        earlier = [int(y) for y in YEAR.findall(text) if year is None or int(y) < year]
        raw += 0.5 * min(len(earlier), 2)
    if section == "outlook" and sentence.position > 0.75:
        raw += 0.3
    return _saturate(raw)


def propose(
    corpus: Corpus, query: str, focus: str | None = None, similarity: str = "lexical"
) -> Proposals:
    """Score every citable sentence of the corpus for every section; an audience's `focus`
    (its themes) counts as much as the brief's title and topic in relevance. With
    `similarity="semantic"` sentence embeddings (`semantic.py`) join BM25 in relevance and
    replace TF-IDF cosines in centrality and de-duplication."""
    stemmer = make_stemmer()
    documents = corpus.by_id()
    units = [
        s
        for d in corpus.documents
        for s in d.sentences
        if s.quote and MIN_WORDS <= s.words <= MAX_WORDS
    ]
    index = TermIndex([terms(s.text, stemmer) for s in units])
    relevance = _normalise(index.bm25(terms(query, stemmer)))
    if similarity == "semantic":
        from briefkit.analysis import semantic

        meaning, neighbours = semantic.scores([s.text for s in units], query)
        relevance = _normalise([(r + m) / 2 for r, m in zip(relevance, meaning, strict=True)])
    else:
        neighbours = index.neighbours()
    # An audience's themes multiply a passage's score by up to 1 + FOCUS_WEIGHT.
    themed = _normalise(index.bm25(terms(focus, stemmer))) if focus else [0.0] * len(units)
    boost = [1 + FOCUS_WEIGHT * t for t in themed]
    by_doc: dict[str, list[float]] = {}
    for s, r in zip(units, relevance, strict=True):
        by_doc.setdefault(s.source_id, []).append(r)
    doc_relevance = {d: sum(v) / len(v) for d, v in by_doc.items()}
    top_doc = max(doc_relevance.values(), default=0.0) or 1.0
    relevance = [
        0.8 * r + 0.2 * doc_relevance[s.source_id] / top_doc
        for s, r in zip(units, relevance, strict=True)
    ]

    centrality_raw = []
    for i, sims in enumerate(neighbours):
        other = sorted(
            (v for j, v in sims.items() if units[j].source_id != units[i].source_id), reverse=True
        )
        centrality_raw.append(sum(other[:3]))
    centrality = _normalise(centrality_raw)

    years = sorted(y for d in corpus.documents if (y := d.year) is not None)
    span = (years[0], years[-1]) if years else None

    def recency(document: Document) -> float:
        if span is None or document.year is None or span[0] == span[1]:
            return 0.5
        return (document.year - span[0]) / (span[1] - span[0])

    common = common_words([s.text for s in units])
    found_actors = [subject_actor_at(s.text, common) for s in units]
    actors = [found[0] if found else None for found in found_actors]
    states = set(country_names().values())
    people = person_states([s.text for s in units], {a for a in actors if a and a not in states})
    sections: dict[str, list[Candidate]] = {name: [] for name in (*SECTIONS, SUMMARY)}
    for i, sentence in enumerate(units):
        document = documents[sentence.source_id]
        q = quality(sentence)
        fits = {name: section_fit(name, sentence, document) for name in SECTIONS}
        actor = actors[i]
        actor = people.get(actor, actor) if actor else None
        if actor is None:
            fits["regional_positions"] = 0.0
        elif found_actors[i][1] > LATE_MENTION:  # type: ignore[index]
            fits["regional_positions"] *= LATE_ACTOR_FIT  # named late: seldom whose position
        best_fit = max(fits.values())
        for name in SECTIONS:
            fit = fits[name]
            score = boost[i] * q * (0.3 * relevance[i] + 0.2 * centrality[i] + 0.5 * fit)
            if fit < 0.5 * best_fit:
                score *= 0.6  # this sentence belongs elsewhere
            if name == "outlook":
                score *= 0.7 + 0.3 * recency(document)
            if fit > 0.05:
                sections[name].append(
                    Candidate(
                        sentence,
                        score,
                        relevance[i],
                        centrality[i],
                        fit,
                        actor if name == "regional_positions" else None,
                    )
                )
        judgement = max(fits["drivers"], fits["outlook"])
        # Bottom line: central, relevant judgements (drivers or outlook language), not news.
        summary = q * (0.3 * relevance[i] + 0.3 * centrality[i] + 0.4 * judgement)
        summary *= (0.8 + 0.2 * recency(document)) * boost[i]
        sections[SUMMARY].append(
            Candidate(sentence, summary, relevance[i], centrality[i], judgement)
        )

    ranked = {
        name: tuple(sorted(found, key=lambda c: (-c.score, c.sentence.id)))
        for name, found in sections.items()
    }
    similar = {
        units[i].id: {units[j].id: v for j, v in sims.items() if v >= 0.2}
        for i, sims in enumerate(neighbours)
    }
    subjects = {units[i].id: people.get(actor, actor) for i, actor in enumerate(actors) if actor}
    return Proposals(sections=ranked, similar=similar, years=span, subjects=subjects)
