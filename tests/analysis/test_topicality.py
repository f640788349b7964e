"""Topicality: a folder of many topics keeps the brief's sources and leaves the rest out."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.analysis.topicality import OFF_TOPIC, on_topic, topicality

SHARED = [
    "outlook",
    "price",
    "govern",
    "state",
    "report",
    "market",
    "year",
    "month",
    "risk",
    "deal",
    "talk",
]
HARBOUR = ["harbour", "port", "dock", "crane", "pilot", "tide", "quay", "berth", "tug", "ferri"]
COCOA = [
    "cocoa",
    "bean",
    "farmer",
    "harvest",
    "chocol",
    "grinder",
    "pod",
    "tree",
    "swollen",
    "shoot",
]
MINES = ["mine", "ore", "copper", "shaft", "miner", "smelter", "tailing", "pit", "drill", "lode"]


def article(
    rng: random.Random, topic: list[str], words: int = 300, share: float = 0.5
) -> list[str]:
    """Stemmed terms of an article: its topic's words and words any article uses."""
    return [rng.choice(topic if rng.random() < share else SHARED) for _ in range(words)]


def folder(seed: int = 1) -> tuple[list[list[str]], list[str]]:
    rng = random.Random(seed)
    documents, topics = [], []
    for name, words in (("harbour", HARBOUR), ("cocoa", COCOA), ("mines", MINES)):
        for _ in range(8):
            documents.append(article(rng, words))
            topics.append(name)
    return documents, topics


def test_a_folder_of_many_topics_keeps_only_the_briefs() -> None:
    documents, topics = folder()
    kept = on_topic(documents, ["harbour", "port", "outlook", "price"])
    assert [t for t, keep in zip(topics, kept, strict=True) if keep] == ["harbour"] * 8


def test_an_article_in_other_words_among_the_topics_articles_is_kept() -> None:
    """A trade piece that says "harbour" only in passing still sits among the harbour
    articles (it shares their other words), so it stays."""
    documents, _ = folder()
    rng = random.Random(7)
    documents.append(
        [rng.choice(HARBOUR[2:] if rng.random() < 0.2 else SHARED) for _ in range(300)]
    )
    query = ["harbour", "port", "outlook", "price"]
    assert topicality(documents, query)[-1] < OFF_TOPIC  # far below the best on its own
    assert on_topic(documents, query)[-1]


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=2, max_value=20))
def test_a_folder_of_one_topic_keeps_every_source(seed: int, count: int) -> None:
    rng = random.Random(seed)
    documents = [article(rng, HARBOUR, words=rng.randint(40, 400)) for _ in range(count)]
    assert all(on_topic(documents, ["harbour", "tide", "outlook"]))


def test_a_query_no_source_matches_leaves_everything_in() -> None:
    documents, _ = folder()
    assert all(on_topic(documents, ["glacier", "avalanche"]))
    assert on_topic([], ["harbour"]) == []


def test_the_sparse_product_in_blocks_finds_what_one_source_at_a_time_finds(
    monkeypatch,
) -> None:
    """Many doubtful sources are compared with the others as a scipy product, a block of
    rows at a time: the same sources are kept as when each is compared on its own."""
    from briefkit.analysis import topicality as module

    documents, _ = folder(seed=3)
    query = ["harbour", "port", "outlook", "price"]
    one_at_a_time = on_topic(documents, query)
    monkeypatch.setattr(module, "SPARSE_PAIRS", 0)
    monkeypatch.setattr(module, "BLOCK_ROWS", 5)
    assert on_topic(documents, query) == one_at_a_time
    assert one_at_a_time.count(True) == 8


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="needs a second core")
def test_many_doubtful_sources_are_compared_in_the_child_that_loaded_scipy() -> None:
    """Hundreds of sources far off the topic (a desk's folder) are compared in the forked
    child a build prepares to find neighbours: a one-source rebuild does not import
    scipy itself (0.2 s), and keeps the same sources as comparing them here."""
    script = (
        "import random, sys\n"
        "from briefkit.analysis import coverage\n"
        "from briefkit.analysis.topicality import on_topic\n"
        "from briefkit.parallel import fork_ready\n"
        "pick = random.Random(5)\n"
        "words = [f'w{k}' for k in range(3000)]\n"
        "docs = [['harbour', 'port'] * 5 + pick.sample(words, 80) for _ in range(10)]\n"
        "docs += [pick.sample(words, 120) for _ in range(290)]\n"
        "finder = fork_ready(coverage.load)\n"
        "kept = on_topic(docs, ['harbour', 'port'], finder.ask)\n"
        "assert kept[:10] == [True] * 10 and kept.count(False) > 200, kept.count(False)\n"
        "print('scipy' in sys.modules, kept == on_topic(docs, ['harbour', 'port']))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert found.stdout.split() == ["False", "True"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from("abcdefghij"), max_size=12), min_size=1, max_size=8),
    st.lists(st.sampled_from("abcdefghijk"), min_size=1, max_size=4),
)
def test_the_counts_found_in_numpy_are_each_sources_own(
    documents: list[list[str]], query: list[str]
) -> None:
    """The vectors are counted from one array of term numbers: each source's entries are
    its own terms and counts, and BM25 is what counting source by source gives, sum for sum."""
    from collections import Counter

    from briefkit.analysis.terms import bm25_idf, bm25_of_counts
    from briefkit.analysis.topicality import _Vectors

    vectors = _Vectors(documents)
    names = {k: term for term, k in vectors.vocabulary.items()}
    for i, found in enumerate(documents):
        span = slice(vectors.start[i], vectors.start[i + 1])
        pairs = zip(vectors.term[span], vectors.tf[span], strict=True)
        counted = {names[int(t)]: int(c) for t, c in pairs}
        assert counted == Counter(found)
    frequency = Counter(t for found in documents for t in set(found))
    idf = {t: bm25_idf(len(documents), f) for t in set(query) if (f := frequency.get(t))}
    expected = bm25_of_counts(
        [Counter(found) for found in documents],
        [len(found) for found in documents],
        idf,
        query,
        1.4,
        0.75,
    )
    assert list(vectors.bm25(query)) == expected


ECONOMY = ["imf", "debt", "inflat", "reserv", "currenc", "budget", "poverti", "bond", "loan", "cut"]


def test_a_cluster_on_another_state_in_the_briefs_words_is_left_out_by_the_titles_name() -> None:
    """Articles on another state's IMF programme share a brief's words on debt and
    inflation; without the title's name they had been kept, their whole cluster with them.
    With the name that nearly all the topic's likeliest sources use, they are left out,
    while the brief's own article that never names it stays among its neighbours."""
    rng = random.Random(3)
    own_words = [*ECONOMY[:6], "peso", "provinc", "congress", "chainsaw", "cepo", "senat"]
    other_words = [*ECONOMY[:6], "rupe", "colombo", "tea", "creditor", "parliament", "rajapaksa"]
    own = [article(rng, own_words) + ["argentina"] * 6 for _ in range(8)]
    unnamed = article(rng, own_words)  # the brief's topic, but no name
    other = [article(rng, other_words) + ["lanka"] * 6 for _ in range(12)]
    documents = [*own, unnamed, *other, *folder()[0]]
    query = ["argentina", "imf", "debt", "inflat", "reserv"]
    assert all(on_topic(documents, query)[:21])  # without the name: the other state's too
    kept = on_topic(documents, query, names=[["argentina"]])
    assert kept[:9] == [True] * 9
    assert not any(kept[9:])


def test_the_titles_names_are_its_words_capitalised_inside_the_topic() -> None:
    from briefkit.analysis.topicality import title_names

    title = "The Colorado River Negotiations 2023–2025: Shortages and the Fight Over Rules"
    topic = "Assess the negotiations over the Colorado River since May: shortages, rules."
    assert title_names(title, topic) == ["Colorado", "River"]  # not "May", a month
    assert title_names("Argentina under Milei", "Argentina's programme under Javier Milei") == [
        "Argentina",
        "Milei",
    ]
    assert title_names("Chip export controls", "Export controls on chips.") == []


def test_a_title_word_paired_with_a_name_is_a_name() -> None:
    from briefkit.analysis.topicality import title_names

    # the topic says "Spanish" and "Portugal's": Spain is a name because the title pairs it
    # with Portugal, so a source naming Spain alone is not taken as off the topic
    title = "Dark Grids: The Blackout in Spain and Portugal, the Fight over Blame"
    topic = "Assess the Spanish and Portuguese outage and Portugal's government."
    assert title_names(title, topic) == ["Spain", "Portugal"]
    # a word inside a longer name ("the ICJ Case") is not paired; nor is a lone pair of words
    # the topic never names
    title = "The Dispute: Venezuela's Claim, the ICJ Case and Guyana's Oil"
    topic = "Cover Venezuela's claim before the ICJ and Guyana's oil."
    assert title_names(title, topic) == ["Venezuela", "ICJ", "Guyana"]
    assert title_names("Rules and Fines in Trade", "Assess rules and fines.") == []


def test_a_states_name_is_also_its_demonym_and_capital() -> None:
    """A source that names the title's state only as "Spanish" or "Madrid" uses its name:
    a government's own report, datelined in the capital, had been left out as off the
    topic when only "Spain" anchored it."""
    from briefkit.analysis.topicality import name_forms, on_topic

    forms = name_forms("Spain")
    assert forms[0] == "Spain"
    assert {"Spanish", "Madrid"} <= set(forms)
    assert name_forms("Milei") == ["Milei"]  # a person's name brings no state's
    # nine sources name Spain; three more, nearest one another, do not, and one of them
    # is datelined Madrid: it names the state, and it and the two beside it stay
    named = [["blackout", "grid", "voltag", "spain", f"w{i}"] for i in range(9)]
    unnamed = [
        ["blackout", "grid", "voltag", "regul", "sanction", "madrid"],
        ["blackout", "grid", "regul", "sanction", "procedur"],
        ["blackout", "voltag", "regul", "sanction", "procedur"],
    ]
    query = ["blackout", "grid", "voltag"]
    assert on_topic(named + unnamed, query, names=[["spain"]])[9:] == [False] * 3
    assert on_topic(named + unnamed, query, names=[["spain", "madrid"]])[9] is True
