"""bench/textbook.py runs the method issue 11 cites (Lin and Bilmes, 2011): a greedy fill of
the word budget that covers what the sentences say, spread over the sources."""

from __future__ import annotations

from tests.conftest import bench_script


def test_the_textbook_fill_covers_the_corpus_within_the_budget() -> None:
    textbook = bench_script("textbook")
    sentences = [
        "The port strike closed the harbour for six days in March.",
        "Dockworkers at the harbour ended the port strike after six days.",
        "The port strike in March closed the harbour and idled dockworkers.",
        "Grain prices rose by a tenth as ships waited outside the harbour.",
        "The ministry of transport promised new talks with the dockworkers union.",
        "A local bakery won a prize for its rye bread.",
    ]
    sources = [0, 0, 1, 1, 2, 2]
    picked = textbook.textbook_summary(sentences, sources, "port strike and grain prices", 30)
    assert sum(len(s.split()) for s in picked) <= 30
    assert len(picked) >= 2
    # not two tellings of the strike while the grain prices go untold
    assert sentences[3] in picked
    assert len({sources[sentences.index(s)] for s in picked}) >= 2
    assert sentences[5] not in picked  # the bakery's prize covers nothing the corpus says
    assert textbook.textbook_summary([], [], "anything", 100) == []


def test_only_lines_that_end_as_sentences_are_candidates() -> None:
    textbook = bench_script("textbook")
    assert textbook.ends_a_sentence('He said the talks would resume."')
    assert not textbook.ends_a_sentence("Share this article on")
