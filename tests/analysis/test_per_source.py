"""The per-source stage: kept in the corpus index, measured only for sources not seen before,
and the analysis it gives is the one the whole-corpus computation gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefkit import cache
from briefkit.analysis import per_source
from briefkit.analysis.actors import (
    person_states,
    states_named,
    subject_actor_at,
    titled_surnames,
)
from briefkit.analysis.proposals import analyse
from briefkit.analysis.units import citable_units, keyed_units
from briefkit.read import read_corpus
from tests.conftest import ROOT, write

QUERY = "Tajikistan Taliban border security"
FOOTER = "Share this article with your friends and colleagues on every network you use today."


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "cache"))
    cache.close()
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def test_a_rebuild_measures_only_the_new_source(seeds: Path) -> None:
    analyse(read_corpus(seeds), QUERY)
    per_source.measured.clear()
    analyse(read_corpus(seeds), QUERY)
    assert per_source.measured == []  # every source from the index
    write(
        seeds / "new.txt",
        "A New Report\n\nMarch 3, 2024\n\nThe border guards of Tajikistan met the Taliban "
        "commanders on Monday to discuss the crossing near the river.\n",
    )
    analyse(read_corpus(seeds), QUERY)
    assert per_source.measured == ["new"]


def test_a_rebuild_keys_stored_signals_by_the_digests_the_index_gave(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index gives each document with the digest of its stored pickle: a rebuild
    finds the signals without pickling 1,000 documents again to hash them."""
    first = read_corpus(seeds, after=per_source.remember)
    assert first.digests == tuple(cache.digest(d) for d in first.documents)  # parsed
    again = read_corpus(seeds)
    assert again.digests == first.digests  # loaded: the stored bytes' digest

    def no_pickling(value: object) -> bytes:
        raise AssertionError("a document pickled again for its signals' key")

    monkeypatch.setattr(cache, "digest", no_pickling)
    per_source.measured.clear()
    assert per_source.corpus_signals(again)
    assert per_source.measured == []


def test_sources_read_are_measured_where_they_are_read(seeds: Path) -> None:
    corpus = read_corpus(seeds, after=per_source.remember)  # in the reading workers
    per_source.measured.clear()
    analyse(corpus, QUERY)
    assert per_source.measured == []  # the index holds every source's signals already


def test_the_index_gives_the_analysis_of_the_whole_corpus(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Boilerplate shared by two sources is left out of both, though each source's signals
    # were measured (and stored) without knowing the other.
    for name in ("one.txt", "two.txt"):
        write(seeds / name, f"Notes {name}\n\nMarch 3, 2023\n\n{FOOTER}\n")
    extra = next(iter(sorted(seeds.glob("*.txt"))))
    extra.write_text(extra.read_text(encoding="utf-8") + f"\n\n{FOOTER}\n", encoding="utf-8")
    corpus = read_corpus(seeds)
    cold = analyse(corpus, QUERY)
    warm = analyse(corpus, QUERY)
    monkeypatch.setenv("BRIEFKIT_CACHE", "off")
    uncached = analyse(corpus, QUERY)
    assert list(cold.units) == citable_units(corpus)
    assert all(FOOTER not in u.text for u in cold.units)
    for found in (warm, uncached):
        assert found.units == cold.units
        assert found.fits == cold.fits
        assert found.actors == cold.actors
        assert found.quality == cold.quality
        assert found.relevance == cold.relevance
        assert found.hood == cold.hood
        assert found.dates == cold.dates


@pytest.mark.parametrize(
    "text",
    [
        "Relations between the two states improved after the summit in the capital city.",
        "Rahmon said the border would stay closed to traders from Afghanistan this winter.",
        "Tajikistan refuses to recognise the Taliban government, its foreign ministry said.",
        "the lower-case opening has no proper name at all in the first words here.",
    ],
)
@pytest.mark.parametrize("common", [frozenset(), frozenset({"relations", "rahmon"})])
def test_a_subject_is_kept_for_either_answer(text: str, common: frozenset[str]) -> None:
    subject = per_source._subject(text)
    assert subject is not None
    assert subject.hit(common) == subject_actor_at(text, common)


def test_people_states_from_kept_signals_are_the_same() -> None:
    texts = [
        "President Emomali Rahmon of Tajikistan met officials in Dushanbe on Monday.",
        "Rahmon told Tajikistan's parliament the border stays closed.",
        "Rahmon and Russia discussed the base.",
        "Nothing about anyone here at all.",
    ]
    actors = {"President Emomali Rahmon", "Rahmon"}
    kept = person_states(
        texts,
        actors,
        titled={n for t in texts for n in titled_surnames(t)},
        named_states=[states_named(t) for t in texts],
    )
    assert (
        kept
        == person_states(texts, actors)
        == {
            "President Emomali Rahmon": "Tajikistan",
            "Rahmon": "Tajikistan",
        }
    )


def test_stored_units_are_places_resolved_without_a_python_step_per_unit(seeds: Path) -> None:
    """Every unit is stored as a place: in the document's sentences, or past them in
    `merged` (a unit of two sentences), so resolving is one `map` in C."""
    corpus = read_corpus(seeds)
    for document in corpus.documents:
        stored = per_source.source_signals(document)
        assert all(isinstance(u, int) for u in stored.units)
        resolved = stored.resolved(document, {})
        assert [u.id for u in resolved.units] == [u.id for u, _key in keyed_units(document)]
        assert resolved.merged == ()
    assert any(per_source.source_signals(d).merged for d in corpus.documents)


def test_details_are_measured_for_the_pool_alone_and_kept(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passage's actor, states, people and date are measured only once it is among the
    brief's candidates (most of an archive's passages never are), and a rebuild finds
    them in the index."""
    from briefkit.analysis import proposals

    corpus = read_corpus(seeds)
    everything = analyse(corpus, QUERY)
    measured: list[str] = []
    unit_details = per_source.unit_details

    def counted(unit, published):  # type: ignore[no-untyped-def]
        measured.append(unit.id)
        return unit_details(unit, published)

    monkeypatch.setattr(per_source, "unit_details", counted)
    pool = 40
    with monkeypatch.context() as patched:
        patched.setattr(cache, "cache_dir", lambda: None)  # no index: all measured again
        original = proposals.candidate_pool
        patched.setattr(proposals, "candidate_pool", lambda *args: original(*args, size=pool))
        pooled = analyse(corpus, QUERY)
    assert len(pooled.units) <= pool < len(everything.units)
    assert sorted(measured) == sorted(u.id for u in pooled.units)
    # each pooled passage's date is the one the whole corpus's analysis gave it
    assert all(pooled.dates[u.id] == everything.dates[u.id] for u in pooled.units)
    measured.clear()
    analyse(corpus, QUERY)
    assert measured == []  # every passage's details from the index
    stored = per_source.source_signals(corpus.documents[0])
    assert not hasattr(stored, "subjects") and not hasattr(stored, "dates")
    assert not hasattr(stored, "marks")  # what a passage's words show: the pool's alone
    assert pooled.marks == tuple(proposals.text_marks(u) for u in pooled.units)


def test_a_passages_details_are_kept_apart_by_its_heading() -> None:
    """The same words under a source's "Bottom line" and under another heading show
    different things (the source's own verdict, or not): the index keeps both."""
    from briefkit.analysis.proposals import HEADED_VERDICT
    from briefkit.corpus import Sentence

    text = "Fines are unlikely before 2027."
    units = [
        Sentence(f"a:p{k}:s1", "a", text, text, k, 1, 0.5, heading=heading)
        for k, heading in enumerate(("Bottom line", "Enforcement"), start=1)
    ]
    first, second = per_source.pool_details(units, ["2025-03-01"] * 2)
    assert first.marks & HEADED_VERDICT and not second.marks & HEADED_VERDICT


def test_details_measured_on_two_cores_are_those_of_one(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = read_corpus(seeds)
    units = citable_units(corpus)[:60]
    dates = [corpus.by_id()[u.source_id].meta.date for u in units]
    monkeypatch.setattr(cache, "cache_dir", lambda: None)
    serial = per_source.pool_details(units, dates)
    monkeypatch.setattr(per_source, "FORK_DETAILS", 2)  # half in a forked child
    assert per_source.pool_details(units, dates) == serial
    assert any(d.date for d in serial) and any(d.states for d in serial)


def _standing_beside_a_plain_passage(folder: Path, first: str, then: str) -> float:
    """The standing of `first`, followed by `then`, over that of a plain passage after them."""
    write(
        folder / "a.txt",
        f"Calm Markets\n\nMarch 3, 2025\n\n{first}\n{then}\n"
        "Interest costs take a third of the revenue the state collects each year.\n",
    )
    (document,) = read_corpus(folder).documents
    signals = per_source.source_signals(document)
    standing = {u.text: q for (u, _), q in zip(keyed_units(document), signals.quality, strict=True)}
    alone = next(q for t, q in standing.items() if t == first)
    interest = next(q for t, q in standing.items() if t.startswith("Interest costs"))
    return alone / interest


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            "The shilling has held near 129 to the dollar for eighteen months now.",
            "But beneath that calm the fiscal position remains fragile, the Treasury admits.",
        ),
        # cold reads: "The army's recapture of the capital is the most significant shift in
        # Sudan's war since it began." before "It does not end the war…" read alone as good
        # news; so did "Boeing is in better shape on almost every measure." without "It is
        # not yet out of danger…", and "…widely described as the end of the yen carry
        # trade." without "That was premature."
        (
            "The army's recapture of the harbour is the biggest shift in the war since it began.",
            "It does not end the war, and it may harden the division of the country.",
        ),
        (
            "The harbour board is in better shape on almost every measure of its finances.",
            "It is not yet out of danger on any of them.",
        ),
        (
            "The harbour board is in better shape on almost every measure of its finances.",
            "That was premature.",
        ),
        # a study's caveat (a cold read: a finding on heated milk led a note, its caveat cut)
        (
            "A laboratory study found that some harbour fever virus survived heating to 72C.",
            "The authors cautioned that laboratory heating does not replicate pasteurizers.",
        ),
    ],
)
def test_a_passage_the_writer_goes_on_to_qualify_stands_lower(
    tmp_path: Path, first: str, then: str
) -> None:
    assert _standing_beside_a_plain_passage(tmp_path, first, then) == pytest.approx(
        per_source.QUALIFIED_BY_NEXT
    )
    plain = "The harbour board publishes its accounts every March."
    assert _standing_beside_a_plain_passage(tmp_path / "b", first, plain) != pytest.approx(
        per_source.QUALIFIED_BY_NEXT
    )
