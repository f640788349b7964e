"""Short forms a memo uses, spelled out as its sources spell them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefkit.abbreviations import definitions, glossary, long_form, short_forms_used
from briefkit.assemble import ABBREVIATIONS, abbreviations_of
from briefkit.memo import Excerpt, Paragraph, Section, Text
from briefkit.read import read_corpus
from tests.conftest import write


@pytest.mark.parametrize(
    ("short", "before", "spelled"),
    [
        ("IIR", "Under the rules, the income inclusion rule", "income inclusion rule"),
        ("UTPR", "and the undertaxed profits rule", "undertaxed profits rule"),
        ("CBK", "said the Central Bank of Kenya", "Central Bank of Kenya"),
        ("MOFCOM", "a statement by China's Ministry of Commerce", "China's Ministry of Commerce"),
        ("IIR", "Europe's income inclusion rule", "income inclusion rule"),
        ("HPA", "A qualified harbour pilots authority", "harbour pilots authority"),
        # a name in another language's initials: no long form rather than a wrong one
        ("AUH", "a cash transfer known as the universal child allowance", None),
        # (unless the whole name, capitalised, has its letters in another order: the
        # Consejo Nacional Electoral's)
        (
            "CNE",
            "after the votes were counted, the National Electoral Council",
            "National Electoral Council",
        ),
        ("EU", "It met. The", None),
        # its letters found inside words, the name cut short: Spanish initials again
        ("RIGI", "the mining sector is the Incentive Regime for Large Investments", None),
        (
            "UNCLOS",
            "The UN Convention on the Law of the Sea",
            "UN Convention on the Law of the Sea",
        ),
        # a prefix standing for the word it shares (pfas: the glossary had read
        # "polyfluoroalkyl substances")
        (
            "PFAS",
            "two of the most widely studied per- and polyfluoroalkyl substances",
            "per- and polyfluoroalkyl substances",
        ),
        (
            "SMEs",
            "loans to small- and medium-sized enterprises",
            "small- and medium-sized enterprises",
        ),
        # a name whose initials spell all but the short form's last letter (ports: "USMX"
        # had gone unexplained); not one of more words, nor one spelling another first
        (
            "HPAX",
            "the pilots and the Harbour Pilots Authority Kelby",
            "Harbour Pilots Authority Kelby",
        ),
        ("HPAX", "the pilots and the Harbour Pilots Authority of Kelby Port", None),
        ("HPAX", "the pilots and the Dock Pilots Authority Kelby", None),
        # a name whose initials are the short form's in its own language's order (drc:
        # "the Democratic Forces for the Liberation of Rwanda (FDLR)" had gone unexplained)
        (
            "FDLK",
            "collaborating with the Democratic Forces for the Liberation of Kelby",
            "Democratic Forces for the Liberation of Kelby",
        ),
        ("FDLK", "collaborating with the democratic forces for the liberation of Kelby", None),
        ("FDLK", "collaborating with the Democratic Union for the Liberation of Kelby", None),
    ],
)
def test_a_long_form_is_found_by_its_letters(short: str, before: str, spelled: str | None) -> None:
    assert long_form(short, before) == spelled


def test_definitions_read_both_orders() -> None:
    text = (
        "The harbour pilots authority (HPA) met on Monday. It asked the BHC (Baltic Harbour "
        "Council) to act, and the HPA said so."
    )
    assert definitions([text]) == {
        "HPA": "harbour pilots authority",
        "BHC": "Baltic Harbour Council",
    }


def test_a_short_form_spelled_out_in_the_memo_itself_needs_no_gloss() -> None:
    texts = ["The Baltic Harbour Council (BHC) met.", "The HPA and the BHC disagreed."]
    assert short_forms_used(texts) == ["HPA"]


def test_a_long_form_told_in_the_singular_is_preferred() -> None:
    plural = ["Pilots joined harbour pilot authorities (HPAs) in May."]
    singular = ["The harbour pilots authority (HPA) met."]
    assert glossary(["HPA"], [plural + singular]) == [("HPA", "harbour pilots authority")]
    assert glossary(["HPA"], [plural]) == [("HPA", "harbour pilot authorities")]


def test_the_cited_sources_long_form_comes_first() -> None:
    cited = ["The harbour pilots authority (HPA) met."]
    others = ["The Harbour Police Academy (HPA) trains officers."]
    assert glossary(["HPA", "XYZ"], [cited, others]) == [("HPA", "harbour pilots authority")]


def test_a_short_form_no_source_brackets_is_read_off_the_one_name_that_spells_it() -> None:
    """A cold read: "FCI" in a note's bottom line, never spelled out, while four of its
    sources named the Food Corporation of India (none with "(FCI)" after it)."""
    texts = [
        "Millers want the Food Corporation of India to sell surplus stock.",
        "The FCI now holds four times the buffer norm.",
        "The Bank of Japan met on Friday; the Food and Agriculture Organization did not.",
    ]
    assert glossary(["FCI", "BOJ", "FAO"], [texts]) == [
        ("BOJ", "Bank of Japan"),
        ("FAO", "Food and Agriculture Organization"),
        ("FCI", "Food Corporation of India"),
    ]
    # sources given once, as an iterator, are searched both ways
    assert glossary(["FCI"], (iter(group) for group in [texts])) == [
        ("FCI", "Food Corporation of India")
    ]
    # two names that spell it: neither is said to be it
    assert glossary(["FCI"], [[*texts, "the Federal Court of India ruled"]]) == []
    # nor the start of a longer name (h5n1's notes: "CDC: Centers for Disease Control.")
    longer = ["The Centers for Disease Control and Prevention said so.", "The CDC agreed."]
    assert glossary(["CDC"], [longer]) == []
    # a possessive is the same name (a cold read of `boj`: "Bank of Japan's" had made two)
    owned = ["The Bank of Japan met.", "The Bank of Japan's board voted.", "The BOJ held."]
    assert glossary(["BOJ"], [owned]) == [("BOJ", "Bank of Japan")]
    # two letters match too many names by chance
    assert glossary(["EC"], [["The European Commission said so."]]) == []
    # lower-case words are no name: "gross domestic product" is left to the reader
    assert glossary(["GDP"], [["gross domestic product fell"]]) == []
    # a long form a source brackets still wins
    bracketed = [*texts, "the food cost index (FCI) rose"]
    assert glossary(["FCI"], [bracketed]) == [("FCI", "food cost index")]


@given(st.text(alphabet=st.sampled_from("AB CDE(a) bcd.,HP ()"), max_size=120))
def test_every_long_form_found_is_words_of_its_text(text: str) -> None:
    for short, spelled in definitions([text]).items():
        assert spelled in text and spelled[0].lower() == short[0].lower()
        assert len(spelled.split()) >= 2


def test_a_memo_lists_the_short_forms_its_sources_spell_out(tmp_path: Path) -> None:
    """A cold read: a minister's note used "UTPR" and "QDMTT" without spelling them out."""
    write(
        tmp_path / "a.txt",
        "Harbour Dues\n\nMarch 3, 2025\n\nThe harbour pilots authority (HPA) was set up in "
        "2019 to license pilots.\n\nThe HPA has raised its dues by a third this year.\n",
    )
    corpus = read_corpus(tmp_path)
    document = corpus.documents[0]
    quote = "The HPA has raised its dues by a third this year."
    sections = [
        Section("drivers", "Drivers", (Paragraph((Excerpt(quote, "x", document.id),)),)),
    ]
    spelled = abbreviations_of(sections, [document.id], corpus.by_id())
    assert spelled == (Paragraph((Text("HPA:", bold=True), Text("harbour pilots authority."))),)
    sections.append(
        Section("other", "Other", (Paragraph((Text("The HPA (harbour pilots authority) met."),)),))
    )
    assert abbreviations_of(sections, [document.id], corpus.by_id()) == ()
    assert ABBREVIATIONS == "abbreviations"


def test_a_short_form_no_cited_source_spells_out_is_read_from_the_others(tmp_path: Path) -> None:
    """A cold read of `cbam`: the note used "WTO", which only two sources it did not cite
    spelled out ("the rules of the World Trade Organization")."""
    write(
        tmp_path / "a.txt",
        "Harbour Dues\n\nMarch 3, 2025\n\nThe HPA has raised its dues by a third this year.\n",
    )
    write(
        tmp_path / "b.txt",
        "Pilots Strike\n\nMarch 9, 2025\n\nThe Harbour Pilots Authority licenses every pilot "
        "in the port, officials said.\n",
    )
    corpus = read_corpus(tmp_path)
    cited = corpus.by_id()["a"]
    quote = "The HPA has raised its dues by a third this year."
    sections = [Section("drivers", "Drivers", (Paragraph((Excerpt(quote, "x", cited.id),)),))]
    assert abbreviations_of(sections, [cited.id], corpus.by_id()) == (
        Paragraph((Text("HPA:", bold=True), Text("Harbour Pilots Authority."))),
    )


@given(
    st.lists(
        st.sampled_from(["Harbour", "Pilots", "Authority", "of", "and", "the", "Hp", "A"]),
        max_size=12,
    )
)
def test_a_name_read_off_for_a_short_form_spells_it(words: list[str]) -> None:
    text = " ".join(words)
    for short, spelled in glossary(["HPA", "HA", "PA"], [[text]]):
        assert spelled in text
        initials = "".join(w[0] for w in spelled.split() if w not in ("of", "and", "the"))
        assert initials == short  # (no small word opens with an inner letter of these)


def test_a_currency_named_by_initials_is_no_short_form() -> None:
    """ "2,800 CFA francs": the franc's name, which a glossary had spelled out as "Cocoa
    Farmers' Association" off a name in the sources (a cold read)."""
    texts = ["The price rose to 2,800 CFA francs a kilogram, the CCC said."]
    assert short_forms_used(texts) == ["CCC"]
