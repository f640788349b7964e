"""Aspects: the several things a brief asks about, each of which a memo should answer.

A brief's title and topic list matters one by one ("the bill's withdrawal, the cabinet
purge, police killings and abductions, the outlook for debt"). Relevance (BM25 over all
their words at once) rewards a passage for any of them, so a memo can fill up with the
one matter most passages discuss and never mention the others. Here the brief is cut
into its listed items (at commas, semicolons, colons and "and"/"or"), each kept as its
content terms less the words every brief uses to give instructions ("assess", "the
positions of"); a passage matches an item by the share of the item's term weight (IDF
in the corpus) it contains. The objective rewards the first good answer to each item
(`objective.gain`): a memo then speaks to every item the sources speak to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from briefkit.analysis.terms import Stemmer, terms
from briefkit.lazy_regex import lazy_compile

# Where a brief's listed items part: punctuation, and "and"/"or" between two items.
ITEM_BREAK = lazy_compile(r"[,;:()\[\]\n.!?]+|\s[–—-]\s|\s(?:and|or|as well as|including)\s", re.I)
# Words a brief uses to give instructions, not to name a matter: they carry no aspect.
# (General English of briefs, not any topic's vocabulary.)
INSTRUCTION_WORDS = frozenset(
    (
        "assess",
        "assessment",
        "analyse",
        "analyze",
        "analysis",
        "cover",
        "covering",
        "describe",
        "explain",
        "examine",
        "evaluate",
        "review",
        "summarise",
        "summarize",
        "consider",
        "discuss",
        "identify",
        "set",
        "out",
        "outline",
        "memo",
        "brief",
        "note",
        "position",
        "positions",
        "stance",
        "stances",
        "view",
        "views",
        "role",
        "roles",
        "outlook",
        "prospects",
        "implications",
        "question",
        "questions",
        "issue",
        "issues",
        "key",
        "main",
        "including",
        "include",
        "whether",
        "how",
        "what",
        "why",
        "which",
        "who",
        "future",
        "next",
        "current",
        "recent",
        "latest",
        "developments",
        "situation",
    )
)
MIN_MATCH = 0.5  # share of an aspect's weight a passage must contain to answer it
# An item more than this share of the passages answer is the brief's topic itself
# ("Tajikistan", "the Taliban"), not one matter among others: no passage gains by it.
TOPIC_SHARE = 0.25
TOPIC_FLOOR = 3  # answered by this many passages or fewer, an item is never the topic


def brief_aspects(text: str, stemmer: Stemmer) -> list[tuple[str, ...]]:
    """The brief's listed items as tuples of stemmed content terms, in order, each once."""
    instruction = {stemmer.stem(word) for word in INSTRUCTION_WORDS}
    found: list[tuple[str, ...]] = []
    for item in ITEM_BREAK.split(text):
        content = tuple(dict.fromkeys(t for t in terms(item, stemmer) if t not in instruction))
        if content and content not in found:
            found.append(content)
    return found


def aspect_matches(
    unit_terms: Sequence[Iterable[str]],
    aspects: Sequence[tuple[str, ...]],
    idf: Mapping[str, float],
) -> list[dict[int, float]]:
    """Per passage, the aspects it answers (index -> share of the aspect's weight, MIN_MATCH
    or more). An aspect's weight is the IDF of its terms found in the corpus; a term the
    corpus never uses cannot be answered and does not count against a passage. Aspects
    more than TOPIC_SHARE of the passages answer are the topic, and left out."""
    weights = [sum(idf.get(t, 0.0) for t in aspect) for aspect in aspects]
    holding: dict[str, list[int]] = {}
    for k, aspect in enumerate(aspects):
        if weights[k] > 0:
            for term in aspect:
                holding.setdefault(term, []).append(k)
    matches: list[dict[int, float]] = []
    for found in unit_terms:
        shares: dict[int, float] = {}
        for term in set(found).intersection(holding):
            for k in holding[term]:
                shares[k] = shares.get(k, 0.0) + idf.get(term, 0.0) / weights[k]
        matches.append(
            {k: min(share, 1.0) for k, share in sorted(shares.items()) if share >= MIN_MATCH}
        )
    answering = Counter(k for found in matches for k in found)
    topic = {k for k, n in answering.items() if n > max(TOPIC_FLOOR, TOPIC_SHARE * len(matches))}
    if topic:
        matches = [{k: v for k, v in found.items() if k not in topic} for found in matches]
    return matches


def aspect_gain(matches: Mapping[int, float], answered: Mapping[int, float]) -> float:
    """How much more of the brief's aspects a passage answers than the memo already does:
    per aspect, its share beyond the best share a quoted passage has (submodular)."""
    return sum(max(0.0, share - answered.get(k, 0.0)) for k, share in matches.items())


def answer(matches: Mapping[int, float], answered: dict[int, float]) -> None:
    """Record that the memo now quotes a passage answering `matches`."""
    for k, share in matches.items():
        if share > answered.get(k, 0.0):
            answered[k] = share


# A period the brief names: "2024-2025", "2023–25", "since July 2022", "from the March 2024
# end of…", "2023 to late 2025".
PERIOD_NAMED = lazy_compile(
    r"\b(?P<range>(?:19|20)\d\d)\s*[-–—]\s*(?:(?:19|20)\d\d|\d\d)\b|"
    r"\b(?:since|from)\s+(?:(?:the|early|mid|late|[A-Z][a-z]+)[\s-]+){0,3}?(?P<since>(?:19|20)\d\d)\b|"
    r"\b(?P<start>(?:19|20)\d\d)\s+(?:to|until|through)\s+(?:\w+\s+)?(?:19|20)\d\d\b"
)


def period_asked(text: str) -> int | None:
    """The first year of the period a brief asks about, where it names one: the earliest
    start of its ranges ("2024-2025", "since July 2022"), so a chronology keeps to it."""
    starts = [
        int(found["range"] or found["since"] or found["start"])
        for found in PERIOD_NAMED.finditer(text)
    ]
    return min(starts) if starts else None
