"""Coverage: similarity across sources is corroboration, within one source it is repetition."""

from briefkit.analysis import coverage


def _units() -> list[list[str]]:
    # Passage 0 and 1 share terms with each other; passage 2 shares the same terms.
    return [
        ["junta", "expel", "french", "troop"],
        ["junta", "expel", "french", "troop", "base"],
        ["junta", "expel", "french", "troop", "airport"],
        ["harvest", "rain", "price"],
        ["drought", "crop", "yield"],
        ["election", "ballot", "turnout"],
        ["mine", "gold", "licence"],
        ["border", "patrol", "drone"],
    ]


def test_a_point_other_sources_make_outweighs_one_repeated_in_its_own_source() -> None:
    # 0 and 1 come from one article, 2 from another: 2 is echoed only across sources.
    hood = coverage.neighbourhood(_units(), origin=[0, 0, 1, 2, 3, 4, 5, 6])
    assert hood.weight(0, 1, 1.0) == coverage.SAME_SOURCE
    assert hood.weight(0, 2, 1.0) == 1.0
    gain_own = coverage.gain(1, {}, hood, cap_share=10.0)
    gain_corroborated = coverage.gain(2, {}, hood, cap_share=10.0)
    assert gain_corroborated > gain_own


def test_without_sources_every_neighbour_counts_fully() -> None:
    hood = coverage.neighbourhood(_units())
    assert hood.weight(0, 1, 0.7) == 0.7
    assert hood.total[0] > 1.0


def test_covering_a_passage_lowers_what_its_neighbours_add() -> None:
    hood = coverage.neighbourhood(_units(), origin=[0, 1, 2, 3, 4, 5, 6, 7])
    covered: dict[int, float] = {}
    before = coverage.gain(1, covered, hood, cap_share=0.5)
    coverage.cover(0, covered, hood)
    assert coverage.gain(1, covered, hood, cap_share=0.5) < before


def test_the_block_size_bounds_memory_and_changes_nothing(monkeypatch) -> None:
    import random

    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(40)]
    units = [rng.sample(vocabulary, rng.randint(1, 8)) for _ in range(300)]
    units += [list(units[rng.randrange(300)]) for _ in range(100)]  # ties at the cut
    origin = [rng.randrange(25) for _ in units]
    whole = coverage.neighbourhood(units, origin)
    monkeypatch.setattr(coverage, "BLOCK_ROWS", 7)
    blocks = coverage.neighbourhood(units, origin)
    assert blocks == whole
    assert [list(n) for n in blocks.near] == [list(n) for n in whole.near]


def test_no_passages_give_an_empty_neighbourhood() -> None:
    """A corpus whose every sentence leans back or is debris leaves no passage: the
    neighbourhood is empty, not a numpy warning over an empty mean."""
    from briefkit.analysis.coverage import neighbourhood

    hood = neighbourhood([])
    assert hood.near == () and hood.total == () and hood.mass == ()
