from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefkit.analysis.stance import stance
from briefkit.analysis.terms import make_stemmer

STEMMER = make_stemmer()


def test_cooperation_and_conflict_words_give_the_sign() -> None:
    assert stance("Norway agreed to strengthen cooperation with Chile.", STEMMER) == 1
    assert stance("Norway condemned Chile and imposed sanctions.", STEMMER) == -1
    assert stance("Norway and Chile held an election.", STEMMER) == 0


def test_a_close_negation_reverses_and_a_far_one_leaves_it_unsure() -> None:
    assert stance("Norway will not recognise the new government.", STEMMER) == -1
    assert stance("The government is yet to be recognised by Norway.", STEMMER) == -1
    assert stance("Norway has no intention of getting into a direct confrontation.", STEMMER) == 0


def test_turning_verbs_and_mixed_signals_give_no_stance() -> None:
    assert stance("Norway refrained from severing trade ties.", STEMMER) == 0
    assert stance("Norway condemned the coup but kept up trade.", STEMMER) == 0


def test_capitalised_words_are_names_not_stances() -> None:
    assert stance("The National Resistance Front met in Oslo.", STEMMER) == 0


def test_toward_counts_only_words_near_the_other_party() -> None:
    text = (
        "Norway signed a partnership with Peru last year, and this week it condemned "
        "the government of Chile for its conduct."
    )
    assert stance(text, STEMMER, toward=text.index("Peru")) == 1
    assert stance(text, STEMMER, toward=text.index("Chile")) == -1


@given(st.text(max_size=300))
def test_any_text_has_a_stance_in_range(text: str) -> None:
    assert stance(text, STEMMER) in (-1, 0, 1)
    assert stance(text, STEMMER, toward=len(text) // 2) in (-1, 0, 1)


def test_a_refusal_reverses_what_it_refuses() -> None:
    assert stance("Norway still refuses to engage with Chile.", STEMMER) == -1
    assert stance("Norway declined to recognise the government.", STEMMER) == -1
