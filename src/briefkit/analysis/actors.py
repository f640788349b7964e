"""Who a sentence is about: states (from pycountry) or else its leading proper name.

Regional positions need one entry per actor. Country names come from pycountry's
maintained ISO 3166 data (with common short forms derived from the official names);
anything else falls back to the first proper-noun phrase near the start of a sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

import pycountry

from briefkit.dates import CALENDAR_WORDS
from briefkit.lazy_regex import lazy_compile
from briefkit.segment import TITLES_BEFORE_NAMES

# Offices that name no one when they stand alone ("The Administration fulfills…")
LONE_OFFICES = frozenset({"administration", "government", "ministry", "cabinet", "presidency"})

_COUNT_WORDS = frozenset(["one", "two", "three", "four", "five"])
_LEADING_FUNCTION_WORDS = frozenset(
    [
        # "What Rosselkhozbank's reconnection would have delivered was…" (a row's name)
        "what",
        "which",
        "who",
        "whose",
        "how",
        "why",
        "where",
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "in",
        "on",
        "at",
        "under",
        "across",
        "within",
        "through",
        "among",
        "between",
        "against",
        "by",
        "for",
        "from",
        "with",
        "as",
        "after",
        "before",
        "since",
        "during",
        "while",
        "when",
        "if",
        "unless",  # "Unless the Parliament and Council agree…" (a row had been headed so)
        "until",
        "once",
        "because",
        "whereas",
        "but",
        "and",
        "or",
        "yet",
        "so",
        "although",
        "though",
        "however",
        "meanwhile",
        "moreover",
        "also",
        "even",
        "still",
        "instead",
        "rather",
        "thus",
        "hence",
        "therefore",
        "today",
        "yesterday",
        "now",
        "then",
        "there",
        "here",
        "some",
        "many",
        "most",
        "several",
        "such",
        "both",
        "each",
        "every",
        "all",
        "other",
        "another",
        "one",
        "two",
        "three",
        "four",
        "five",
        "first",
        "second",
        "according",
        "unlike",
        "like",
        "despite",
        "given",
        "just",
        "only",
        "ever",
        "never",
        "whether",
        "acting",
        "former",
        "late",
        "interim",
    ]
)
_CALENDAR = CALENDAR_WORDS  # "On Dec. 27", "Sept. 11", "Monday"
_TIME_BEFORE_DAY = frozenset({"last", "next", "early", "late", "mid", "every", "since", "until"})
# "International Organization for Migration", "Conseil du Café-Cacao" are one name each
PROPER = lazy_compile(
    r"(?:[A-Z][\w'’.-]*|(?:of|the|and|de|al)\b)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|[\"“][A-Z][\w'’.-]*[\"”]|"
    r"(?:of|for|the|and|de|al|du|des|del|della|da|do|dos)\b))*"
)
POSSESSIVE = lazy_compile(r"['’]s?$")
# A ministry whose name lists its portfolios: "the Department for Environment, Food and
# Rural Affairs" (its row had been "Department for Environment")
_MINISTRY = lazy_compile(
    r"(?:the\s+)?(?:Department|Ministry|Office|Secretary of State) (?:of|for) "
)
_PORTFOLIOS_GO_ON = lazy_compile(
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"(?=,?\s+(?![A-Z]))"
)


def common_words(sentences: list[str]) -> frozenset[str]:
    """Words that are no names when they open a sentence: the corpus writes them in lower
    case at least as often as it capitalises them inside a sentence (so "Endless",
    "Relations" or "Rights groups" at a start is not an actor, "Rahmon" is, and "Rights"
    stays common although "Human Rights Watch" capitalises it)."""
    return common_from(*word_uses(sentences))


WordUses = tuple[dict[str, int], dict[str, int], dict[str, int]]


def word_uses(sentences: list[str]) -> WordUses:
    """What `common_words` counts: each word's uses in lower case, capitalised inside a
    sentence, and capitalised at its opening. Counts of groups of sentences add up (and
    subtract) to the counts of all of them (`add_uses`)."""
    lower: dict[str, int] = {}
    capital: dict[str, int] = {}
    opening: dict[str, int] = {}
    for sentence in sentences:
        tokens = re.findall(r"[A-Za-z][A-Za-z'’-]+", sentence)
        for position, token in enumerate(tokens):
            key = token.lower()
            if token[0].islower():
                lower[key] = lower.get(key, 0) + 1
            elif position:
                capital[key] = capital.get(key, 0) + 1
            else:
                opening[key] = opening.get(key, 0) + 1
    return lower, capital, opening


def common_from(
    lower: dict[str, int], capital: dict[str, int], opening: dict[str, int]
) -> frozenset[str]:
    """`common_words` from word uses: a word used (in lower case, or opening a sentence)
    and written in lower case at least as often as capitalised inside a sentence. A
    possessive counts its name's capitals: "Abinader's government has said…" opens every
    sentence it is in, while "President Luis Abinader" is capitalised inside one (as a
    common word it had left the Dominican Republic's stance without an actor)."""

    def capitalised(word: str) -> int:
        if word.endswith(("'s", "’s")):
            return capital.get(word, 0) + capital.get(word[:-2], 0)
        return capital.get(word, 0)

    return frozenset(
        w
        for w in lower.keys() | opening.keys()
        if (lower.get(w, 0) > 0 or opening.get(w, 0) > 0) and lower.get(w, 0) >= capitalised(w)
    )


def add_uses(total: WordUses, more: WordUses, sign: int = 1) -> None:
    for into, counts in zip(total, more, strict=True):
        for word, count in counts.items():
            into[word] = into.get(word, 0) + sign * count


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    """The display names of states (`country_names`' values), found once: asked per passage."""
    return frozenset(country_names().values())


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-cased name, demonym, capital or seat of power -> the country's display name.

    Names come from pycountry (ISO 3166); capitals, demonyms and alternative spellings
    from countryinfo; plus regular demonym forms and a few seats of government that
    stand for their state ("the Kremlin").
    """
    names: dict[str, str] = {}
    displays: dict[str, str] = {}
    # Demonyms made by rule come last: where two states share one ("Dominican" of Dominica
    # and of the Dominican Republic), countryinfo's, the more populous state's first, wins.
    generated: dict[str, str] = {}
    for country in pycountry.countries:
        display = getattr(country, "common_name", None) or country.name
        display = re.split(r",|\(", display)[0].strip()
        variants = {country.name, display, getattr(country, "official_name", "") or ""}
        # "Russian Federation" -> "Russia"; "Iran, Islamic Republic of" -> "Iran"
        for variant in list(variants):
            short = re.split(r",|\(", variant)[0].strip()
            variants.add(short)
            if short.endswith(" Federation") and short.split()[0].endswith("ian"):
                variants.add(short.split()[0][:-1])
        if display.endswith(" Federation") and display.split()[0].endswith("ian"):
            display = display.split()[0][:-1]
        for variant in variants:
            if variant and len(variant) > 3:
                names.setdefault(variant.lower(), display)
        if " " not in display:
            for demonym in _demonyms(display):
                generated.setdefault(demonym.lower(), display)
        displays[country.alpha_2] = display
    for info in _countryinfo():
        display = displays.get((info.get("ISO") or {}).get("alpha2", ""))
        if not display:
            continue
        extra = [info.get("capital"), info.get("demonym"), *(info.get("altSpellings") or [])]
        for variant in extra:
            if isinstance(variant, str) and len(variant) > 3 and not variant.isupper():
                names.setdefault(variant.lower(), display)
    for demonym, display in generated.items():
        names.setdefault(demonym, display)
    for seat, state in {**SEATS_OF_POWER, **SHORT_FORMS}.items():
        names.setdefault(seat, state)
    for word in NOT_A_STATE:
        names.pop(word, None)
    # "Brussels" in news writing is the European Union's institutions, not Belgium's
    # government (a row had given Belgium "Brussels' ban on…")
    names.update(UNION_NAMES)
    return names


UNION_NAMES = {"european union": "European Union", "brussels": "European Union"}


# Names in the gazetteers that are other words or other names first: Icelandic "Island"
# ("Three Mile Island Alert" is no Icelandic group), "Jersey" of "New Jersey", "Mann" the
# surname, and demonyms made by rule that are English words ("cube", "indie").
NOT_A_STATE = frozenset({"island", "jersey", "mann", "cube", "indie", "malin", "chine", "paki"})


@lru_cache(maxsize=1)
def seats_of_government() -> frozenset[str]:
    """Lower-cased capitals and seats of power: a state's government named by its place
    ("Beijing dispatched…"), never a demonym describing the name after it."""
    capitals = {
        info["capital"].lower()
        for info in _countryinfo()
        if isinstance(info.get("capital"), str) and len(str(info["capital"])) > 3
    }
    return frozenset(capitals | SEATS_OF_POWER.keys())


def _countryinfo() -> list[dict[str, object]]:
    try:
        import countryinfo
    except ImportError:  # the gazetteer still has pycountry's names
        return []
    infos = [country.info() for country in countryinfo.all_countries()]
    # Where territories share a demonym with a state ("American"), the larger one wins.
    return sorted(infos, key=lambda info: -(info.get("population") or 0))


# Buildings and places that news writing uses for a state's government.
SEATS_OF_POWER = {
    "kremlin": "Russia",
    "white house": "United States",
    "washington": "United States",  # alone: not "Washington Post", "Washington state"
    "pentagon": "United States",
    "state department": "United States",
    "downing street": "United Kingdom",
    "whitehall": "United Kingdom",
    "élysée": "France",
    "elysee": "France",
    "quai d'orsay": "France",
    "zhongnanhai": "China",
    "blue house": "South Korea",
    "kantei": "Japan",
    "bundeskanzleramt": "Germany",
}


# Short forms news writing uses for states with two-word names, which neither pycountry nor
# countryinfo lists ("Saudi officials", "the Emirati ministry").
SHORT_FORMS = {
    "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates",
    "emirates": "United Arab Emirates",
    "burkina": "Burkina Faso",
    "burkinabe": "Burkina Faso",
    "burkinabè": "Burkina Faso",
    "ivorian": "Côte d'Ivoire",
    "south korean": "South Korea",
    "north korean": "North Korea",
    "south african": "South Africa",
    "new zealander": "New Zealand",
    # names in wide use that ISO 3166 has replaced: "Turkey, which co-brokered the deal…"
    # had been a row beside "Türkiye" (a cold read), "Britain" no state at all
    "turkey": "Türkiye",
    "britain": "United Kingdom",
    "burma": "Myanmar",
    "swaziland": "Eswatini",
    "macedonia": "North Macedonia",
    "cape verde": "Cabo Verde",
}


def _demonyms(name: str) -> set[str]:
    """Regular English adjective forms of a one-word country name ("Tajikistan" -> "Tajik").

    Generated forms that are not words never match a text, so over-generating is harmless.
    """
    forms = {name + "n", name + "an", name + "i", name + "ian", name[:-1] + "ese", name + "ese"}
    if name.endswith("stan"):
        stem = name[: -len("istan")] if name.endswith("istan") else name[: -len("stan")]
        forms |= {stem, stem + "i"}
    if name.endswith("a"):
        forms |= {name[:-1] + "an", name[:-1] + "ian", name[:-1] + "e"}
    return {f for f in forms if len(f) > 3}


CAPITALISED_RUN = lazy_compile(r"[A-Z][\w'’.-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’.-]*))*")
MAX_NAME_WORDS = 5
# Geographic features: places where things happen, never parties with a position.
PLACE_WORD = lazy_compile(
    r"(?:^Cape\b|\b(?:Sea|Ocean|Gulf|Strait|Straits|Canal|River|Mountains|Desert|Basin|"
    r"Peninsula|Island|Islands|Lake|Bay|Coast|Valley|Square|Park)$)"
)

# Instruments and works: a treaty, a law, a dam is what parties take positions on, never a
# party. As the name's last word ("the Neutrality Treaty") or the noun right after it
# ("the Río Indio reservoir", "the Hutchison deal").
THING_WORD = (
    r"treaty|treaties|agreement|accord|accords|act|convention|protocol|charter|initiative|"
    r"declaration|resolution|communiqu[eé]|memorandum|roadmap|ceasefire|truce|bill|consensus|"
    r"law|deal|plan|programme|program|project|concession|reservoir|dam|pipeline|railway|"
    # an instrument of government by its kind: "The Order determines that the divestiture…"
    # (an executive order's fact sheet) had headed a positions row of "Order"
    r"order|orders|decree|decrees|ordinance|directive|directives|regulation|regulations|"
    r"statute|framework|guidance|report|blueprint|"
    r"bridge|port|ports|airport|terminal|terminals|highway|corridor|canal|works|"
    # a medium, not who speaks through it: "a Telegram channel linked to the Wagner Group"
    r"channel|account|feed|handle|video|broadcast|website|"
    # a meeting named by its venue: "the failed Geneva talks" are no party of Geneva's
    r"talks|summit|session|negotiations|conference|"
    # what was done about it: "The H20 decision came as…" is no position of a chip's
    r"decision|ruling|ban|rules|controls|crackdown"
)
MODIFIER_ENDING = lazy_compile(
    r"-(?:[a-z]+ed|led|run|held|built|made|born|friendly|leaning|bound|style|era|wide)$"
)
ENDS_IN_THING = lazy_compile(rf"\b(?:{THING_WORD})$", re.IGNORECASE)
# (one word may describe it first: "the Poyo flood works", "the Tigray peace deal")
THING_AFTER = lazy_compile(
    r"(?:(?!(?:said|say|has|had|have|will|would|can|could|may|might|must|should|and|or|to|"
    r"of|in|on|at|for|with|from|by|the|a|an)\b)[a-z]+(?<!s)(?<!ed)\s+)?"
    rf"(?:{THING_WORD})\b"
)


# States named by their capitals' abbreviation, matched as written ("US" is no "us").
ABBREVIATED_STATES = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "UAE": "United Arab Emirates",
    "PRC": "China",
    # the Union speaks as a state does in the positions table ("EU officials insist…",
    # "The EU said…" had had no actor: a two-letter name is no proper phrase)
    "EU": "European Union",
    "E.U.": "European Union",
}


ABBREVIATED_KEYS = frozenset(k.rstrip(".") for k in ABBREVIATED_STATES)


def countries_in(text: str) -> list[tuple[int, str]]:
    """(offset, display name) for each country named in `text`, capitalised mentions only."""
    return list(_countries_in(text))


@lru_cache(maxsize=64)
def _countries_in(text: str) -> tuple[tuple[int, str], ...]:
    """`countries_in`, kept for the few texts in hand: a passage's details ask it of the
    same text three times (its states, its subject, its stance)."""
    names = country_names()
    found = []
    for run in CAPITALISED_RUN.finditer(text):
        if not any(map(_may_open_a_name, run.group(0).split())):
            continue  # "The", "Mr Smith": most runs hold no country's first word
        words = [(m.start() + run.start(), m.group(0)) for m in re.finditer(r"\S+", run.group(0))]
        i = 0
        while i < len(words):
            bare = POSSESSIVE.sub("", words[i][1].rstrip(",;:"))
            abbreviated = ABBREVIATED_STATES.get(bare) or ABBREVIATED_STATES.get(bare.rstrip("."))
            after = text[words[i][0] + len(words[i][1]) : words[i][0] + len(words[i][1]) + 1]
            if abbreviated and i and _arm_of_a_body(text, words[i - 1]):
                i += 1  # "a spokesperson for Greenpeace USA" speaks for no state
                continue
            if abbreviated and after != "$":  # "US$5 billion" is a currency
                found.append((words[i][0], abbreviated))
                i += 1
                continue
            if not _may_open_a_name(words[i][1]):
                i += 1  # no name opens with it: most capitalised words are no country
                continue
            for size in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                phrase = " ".join(w for _, w in words[i : i + size])
                key = POSSESSIVE.sub("", phrase.rstrip(".,;:")).lower()
                if (
                    words[i][1][:1].isupper()
                    and key in names
                    and (key not in NAMES_ALONE or _stands_alone(text, words, i))
                ):
                    if not (
                        i
                        and (
                            _of_a_region(words[i - 1][1], key)
                            or (_office_of_a_body(words[i - 1][1]) and not words[i][1].isupper())
                        )
                    ):
                        found.append((words[i][0], names[key]))
                    i += size
                    break
            else:
                i += 1
    return tuple(found)


# Words that make a state's demonym a region's: "Latin American delegations", "South
# American exporters" (a row of the United States had quoted "Civil society groups and
# several Latin American delegations also want…")
REGION_QUALIFIERS = frozenset({"latin", "central", "south", "north", "east", "west"})


def _arm_of_a_body(text: str, before: tuple[int, str]) -> bool:
    """Is a state's abbreviation the last word of a body's name, after a capitalised word
    of it that opens no sentence and is no title, day or month ("…said a spokesperson for
    Greenpeace USA" had been a row of the United States)?"""
    at, word = before
    opening = text[:at].rstrip()
    return (
        word[:1].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and word.lower() not in CALENDAR_WORDS
        and not TITLES.match(word + " ")
        and bool(opening)
        and opening[-1] not in ".!?:;\"“”'‘’—–-"
    )


def _office_of_a_body(before: str) -> bool:
    """Is the word before a state's name a body's acronym, so the two name the body's office
    there ("WWF Norway has said it is considering legal action" had been Norway's row)?"""
    return (
        len(before) >= 2
        and before.isalpha()
        and before.isupper()
        and before not in ABBREVIATED_STATES
    )


def _of_a_region(before: str, key: str) -> bool:
    """Does the word before a demonym make it a region's ("Latin" before "American")?"""
    return before.lower() in REGION_QUALIFIERS and DEMONYM_ENDING.search(key) is not None


@lru_cache(maxsize=1 << 16)
def _may_open_a_name(word: str) -> bool:
    """Can `countries_in` find a country's name starting at this word: as it reads the
    word, the first word of a name or a state's abbreviation?"""
    bare = POSSESSIVE.sub("", word.rstrip(",;:"))
    starts = _name_openings()
    return (
        word.lower() in starts
        or POSSESSIVE.sub("", word.rstrip(".,;:")).lower() in starts
        or bare in ABBREVIATED_STATES
        or bare.rstrip(".") in ABBREVIATED_STATES
    )


@lru_cache(maxsize=1)
def _name_openings() -> frozenset[str]:
    """The first word of every name in `country_names` (lower case)."""
    return frozenset(name.split(" ")[0] for name in country_names())


# Seats of power that are also the first word of other names ("Washington Post", "George
# Washington University", "Washington state"): a state only where the name ends there.
NAMES_ALONE = frozenset({"washington"})


def _stands_alone(text: str, words: list[tuple[int, str]], i: int) -> bool:
    """Is the i-th word of a capitalised run a name of its own: no capitalised word
    after it (unless punctuation ends it), and not followed by "state"?"""
    offset, word = words[i]
    following = words[i + 1][1] if i + 1 < len(words) else ""
    if following[:1].isupper() and not word.endswith((",", ";", ":")):
        return False  # "Washington Post"; not "Washington and Moscow"
    return not re.match(r"\s+state\b", text[offset + len(word) :], re.IGNORECASE)


DEMONYM_ENDING = lazy_compile(r"(?:ian|ean|ican|ese|ish|ern|ic)$")
STANCE_PREFIX = lazy_compile(r"^(?:anti|pro|non|post|pre|ex)-", re.IGNORECASE)


NAME_TOKEN = lazy_compile(r"[A-Z][\w'’-]*")


def names_something(text: str, common: frozenset[str]) -> bool:
    """Does the passage name a party, place or thing (a capitalised word the corpus does
    not write in lower case, no month or weekday)? "Some will be in no hurry to return"
    and "The cancellation overturns expectations" name nothing: their subject is in the
    article around them."""
    for found in NAME_TOKEN.finditer(text):
        key = re.sub(r"['’]s?$", "", found.group(0).lower())
        if key in _CALENDAR or (len(key) > 1 and key in common):
            continue
        if found.start() == 0 and not common:
            continue  # no corpus to ask: an opening capital says nothing
        if len(key) > 1:
            return True
    return False


def _people_or_creed(word: str) -> bool:
    lower = word.lower()
    if lower.endswith(("ist", "ists", "ism")):
        return True
    return lower.endswith("s") and lower[:-1] in country_names()


OPENING_MARKS = " \"'“‘([«"


def _part_of_a_party(words: list[str], common: frozenset[str]) -> bool:
    """A plural common noun and "of" opening a sentence ("Shares of Boeing", "Critics of
    the plan"): a part or a crowd of what follows, no party itself. Singular heads stay
    whole, since "Bank of England" opening a sentence is the bank."""
    head = words[0].lower()
    return (
        len(words) > 2
        and words[1] in {"of", "for"}
        and head in common
        and head.endswith("s")
        and not head.endswith("ss")
    )


_JOINING_WORDS = frozenset(
    {"of", "for", "the", "and", "de", "al", "du", "des", "del", "della", "da", "do", "dos"}
)


# A currency's short sign glued to a sum ("Sh3.99", "N4.4", "Rs500"), unlike "G20" or
# "COP28": a decimal, or three digits or more, and no letter after them
AMOUNT = lazy_compile(r"[A-Z][A-Za-z]{0,2}\d(?:[\d,]*[.,]\d+|\d{2,})(?![A-Za-z])")


CODE = lazy_compile(r"\d+[A-Z]{1,2}")
LEADING_DIGITS = lazy_compile(r"(?<![\w.,])\d{1,3}$")


# Nouns of evidence that open sentences and name no one ("Research presented at the Busan
# talks by scientists… linked…" had been a row of "Research"), even in a corpus that
# writes them in lower case too seldom for `common_words` to know them.
GENERIC_OPENERS = frozenset(
    {
        *("research", "analysis", "analyses", "data", "evidence", "study", "studies"),
        *("report", "reports", "estimates", "figures", "surveys", "polls", "modelling"),
        *("modeling", "findings", "statistics", "records", "documents", "projections"),
        # unnamed people by their trade ("Analysts said the WTO case was unlikely to change
        # the outcome quickly." had been a row of "Analysts", a cold read of `evduties`)
        *("analysts", "experts", "economists", "observers", "critics", "commentators"),
    }
)


# The opening word, then what it is ("Keidanren, Japan's main business lobby, has
# asked…"): the word names the subject however rarely the corpus writes it elsewhere (as a
# word seen only opening sentences it had counted as common, and the row went to Japan);
# "Meanwhile, Japan's finance ministry, which…" has no verb after its second comma
DESCRIBED_THEN_ACTS = lazy_compile(
    r",\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s\s+(?:[a-z][\w-]*\s+){0,4}"
    r"[a-z][\w-]*,\s+(?:has|have|had|is|are|was|were|will|would|said|says|told|asked|asks|"
    r"warned|warns|urged|urges|called|calls|argued|argues|wants|wanted|added|noted|[a-z]+ed)\b"
)


def _proper_phrases(
    text: str, common: frozenset[str] = frozenset(), things: list[int] | None = None
) -> list[tuple[int, str]]:
    """Capitalised phrases that name something; `common` holds words the corpus also writes
    in lower case, which are only capitalised here because they open the sentence. Where a
    name is a thing's (a treaty, a reservoir), its offset goes to `things`."""
    phrases = []
    for match in PROPER.finditer(text):
        words = match.group(0).split()
        digits = LEADING_DIGITS.search(text, 0, match.start())
        if digits:  # "3M Co": a name may open with a figure ("M Co" had been the actor)
            words[0] = digits.group(0) + words[0]
        opens = not text[: match.start()].strip(OPENING_MARKS)  # first word, quotes aside
        if opens and _part_of_a_party(words, common):
            words = words[2:]  # "Shares of Boeing were…": Boeing is named, not its shares
        while words and (
            (
                words[0].lower() in _LEADING_FUNCTION_WORDS
                # "Three officials", "Two US officials" count people; "Three Mile Island
                # Alert" and "Three Gorges Dam" are names (a row had read "Mile Island Alert")
                and not (words[0].lower() in _COUNT_WORDS and len(words) > 2)
            )
            or words[0].lower() in _CALENDAR
            # "Last Thursday the Bank of England chose to wait": a time, then the name
            or (
                words[0].lower() in _TIME_BEFORE_DAY
                and len(words) > 1
                and words[1].lower() in _CALENDAR
            )
            or (
                opens
                # "La Paz" stays whole; a lone "Relations" or "Supporters of" goes
                and len([w for w in words if w.lower() not in _JOINING_WORDS]) == 1
                and words[0] == match.group(0).split()[0]
                and (words[0].lower() in common or words[0].lower() in GENERIC_OPENERS)
                and not DESCRIBED_THEN_ACTS.match(text, match.end())
            )
            or (  # "Leaving ECOWAS removes…": a gerund opening the sentence names nothing
                opens
                and words[0] == match.group(0).split()[0]
                and words[0].endswith("ing")
                and words[0].lower() in common
            )
        ):
            words = words[1:]
        while len(words) > 1 and POSSESSIVE.sub("", words[-1]).lower() in _CALENDAR:
            words = words[:-1]  # "Gallup's March survey found…": Gallup's, in March
        described = [k for k, word in enumerate(words[:-1]) if MODIFIER_ENDING.search(word)]
        if described:
            # "US-based Livent", "Hong Kong-listed CATL": what describes the name is no part
            # of it (a cold read found a row "US-based Livent", the tag from another article)
            words = words[described[-1] + 1 :]
        following = text[match.end() :].lstrip()[:1]
        if words and STANCE_PREFIX.match(words[0]):
            continue  # "Anti-Taliban rhetoric" describes, it does not name an actor
        if words and following.islower() and DEMONYM_ENDING.search(words[-1]):
            continue  # "Central Asian neighbours": a modifier, not an actor
        while words and words[-1].lower() in _JOINING_WORDS:
            words = words[:-1]
        if not words or not words[0].lstrip("0123456789")[:1].isupper():
            continue
        start = _start_of_words(match, words)
        phrase = " ".join(words)
        listed = _PORTFOLIOS_GO_ON.match(text, match.end())
        if listed and _MINISTRY.match(phrase):
            phrase += listed.group(0)  # "Department for Environment, Food and Rural Affairs"
        bare = POSSESSIVE.sub("", phrase)
        own_s = (  # "Moody's said…"; "Russia's said…" is a state's "has"
            phrase.endswith(("'s", "’s"))
            and OWN_S_THEN_VERB.match(text, match.end())
            and bare not in state_names()
        )
        phrase = (phrase if own_s else bare).strip(" .,")
        phrase = phrase.replace("“", '"').replace("”", '"')  # one nickname, however quoted
        if AMOUNT.match(phrase) or CODE.fullmatch(phrase):
            continue  # "a Sh3.99 trillion spending plan": a sum in shillings; "503A": a code
        if " " not in phrase and _people_or_creed(phrase):
            continue  # "Tajiks", "Islamists": a people or a creed, not a party that acts
        if PLACE_WORD.search(phrase):
            continue  # "the Red Sea", "Cape of Good Hope": a place, not a party that acts
        if (
            ENDS_IN_THING.search(phrase)
            or THING_AFTER.match(text[match.end() :].lstrip())
            # "the USDP-led parliament", "a Bangkok-based analyst": the name describes what
            # follows it, which is no party named
            or MODIFIER_ENDING.search(phrase)
        ):
            if things is not None:  # "the Neutrality Treaty", "the Río Indio reservoir"
                things.append(match.start())
            continue
        if len(phrase) > 2 and phrase.lower() not in _CALENDAR:
            phrases.append((start, phrase))
    return phrases


def _start_of_words(match: re.Match[str], words: list[str]) -> int:
    """Where a capitalised run's name begins when a time opened the run: "In October the
    FDA removed…" names the FDA at its own place, not at "In" (where a name after the
    opening phrase's comma had been taken for the subject). Other runs keep their start:
    "…and Islamic State militants, Moscow and Dushanbe have resumed…" stays a setting."""
    tokens = list(re.finditer(r"\S+", match.group(0)))
    for i, token in enumerate(tokens[1:], start=1):
        if token.group(0) == words[0]:
            dropped = [t.group(0).lower() for t in tokens[:i]]
            if any(word in _CALENDAR or word in _TIME_BEFORE_DAY for word in dropped):
                return match.start() + token.start()
            break
    return match.start()


ATTRIBUTION = lazy_compile(
    r",\s+(?P<who>[^,]{2,60}?)\s+(?P<verb>said|says|announced|stated|reported|warned)\s*[.”\"]*$"
)
# "the TNLA", "Amnesty International", "the Pentagon": a body named in full or by acronym
NAMED_BODY = lazy_compile(
    r"(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+)?[A-Z][\w&'’.-]*){0,3})"
)
NEWS_AGENCIES = frozenset({"Reuters", "AP", "AFP", "Bloomberg", "Xinhua", "TASS", "Interfax"})
POSSESSOR_UNNAMED_AFTER_SETTING = lazy_compile(
    r"^(?:in|at|on|during|after|before|by|from|since|until|within|throughout)\s"
    r"[^,.;:\"“”]{2,40},\s+(?:its|their)\s",
    re.IGNORECASE,
)


def _names_a_state(name: str) -> bool:
    """Is the whole name a state's ("the regional group ECOWAS" is no state; "Water UK"
    is no state either, though it ends on one)?"""
    bare = POSSESSIVE.sub("", name)
    return bare in ABBREVIATED_STATES or bare.lower() in country_names()


# A body introduced by what it is: an optional word or two (a field, a demonym, a
# possessive), lower-case words, a noun of the kind, then its capitalised name.
KIND_THEN_NAME = lazy_compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:body|firm|company|group|association|agency|consultancy|lobby|organi[sz]ation|"
    r"provider|maker|carrier|insurer|regulator|watchdog|think[- ]tank|coalition|network|"
    r"operator|developer|producer|broker|pollster|campaigners?|charity|nonprofit|"
    r"non-profit|federation|chamber|council|institute)\s+"
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z0-9][\w'’&.-]*){0,5})"
    r"(?=,?\s+(?:[a-z]|said\b))"
)
# A state's possessive before a body of its own name, which is not the state: "Yemen's
# Iran-aligned Houthi movement said…", "Sudan's paramilitary Rapid Support Forces said…"
# (rows of Yemen's and Sudan's); the name ends on a noun of an organisation, or one
# follows it. Not an organ of the state ("Pakistan's Army", "Nigeria's Central Bank").
STATES_OWN_BODY = lazy_compile(
    r"^(?:the\s+)?(?P<state>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+"
    r"(?:(?:[a-z][\w-]*|[A-Z][\w]*-[a-z][\w-]*)\s+){0,3}"
    r"(?P<name>(?!(?:Prime|President|Vice|Foreign|Finance|Defen[cs]e|Interior|Ministry|"
    r"Minister|Central|Parliament|Senate|Congress|Supreme|Constitutional|Army|Navy|Air|"
    r"Armed|Coast|Embassy|Treasury|Cabinet|Government|Federal|State|Royal)\b)"
    r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,4}?"
    r"(?:\s+(?:Forces|Movement|Front|Party|Alliance|Army|Group|Company|Corporation|Corp|"
    r"Refinery|Association|Union|Federation|Industries|Holdings|Airlines|Airways|Motors)"
    r"|\s+(?:movement|rebels|militia|group|party|insurgents|company|firm|carmaker|lender|"
    r"airline|refiner|miner|union)))(?:\s+\([A-Z]{2,8}\))?(?=,?\s+(?:[a-z]|said\b))"
)
# Another party named in apposition to what it is to the possessor: "Shwe Kokko's
# developer, Yatai International Holding Group, has denied…" (a cold read found the row
# headed "Shwe Kokko", a town); the party is a separate one, not the possessor's own
# officer ("Boeing's chief executive, Kelly Ortberg, said…" stays Boeing's)
SEPARATE_PARTY_NAMED = lazy_compile(
    r"^(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:developer|owner|operator|parent(?:\s+company)?|buyer|builder|contractor|supplier|"
    r"lender|creditors?|insurer|landlord|auditor|partner|rival|backer|investor|acquirer|"
    r"manufacturer|distributor|licensee|licensor),\s+"
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z0-9][\w'’&.-]*){0,5}),"
    r"\s+(?:[a-z]+\s+)?(?:has|have|had|is|are|was|were|will|would|said|says|[a-z]+(?:ed|s))\b"
)
# An opening phrase naming several parties in a list closed by "and": "For India, China,
# South Africa and Brazil, …", "Across Mali, Burkina Faso and Niger, …" (capitalised
# names only: "For mixtures containing two or more of PFHxS, PFNA and PFBS, EPA is…"
# lists chemicals in a phrase about things, and its subject is EPA).
_NAME = r"(?:the )?[A-Z][\w'’.-]*(?: (?:of )?[A-Z][\w'’.-]*){0,3}"
NAMES_LISTED_IN_OPENING = lazy_compile(
    rf"^(?i:for|to|in|across|among|like|unlike|as for) {_NAME}(?:, {_NAME})*,? and {_NAME},\s+"
)
# "In Belgium, …", "Across the Sahel, …": an opening phrase of place (not "For India, the
# levy is unfair", whose view it is, nor "According to Japan, …")
SETTING = lazy_compile(r"^(?:in|at|across|within|inside|outside|throughout)\s", re.IGNORECASE)
_TIME_FROM_EVENT = (
    r"(?:[a-z]+[ -]){0,2}[a-z]+ (?:hours?|days?|weeks?|months?|years?|decades?) "
    r"(?:after|since|before|into|on from)\b"
)
LEADING_PHRASE = lazy_compile(
    r"^(?:(?:yet|but|and|so|however|still),?\s+)?(?:unlike|like|after|before|despite|with|"
    r"without|while|although|though|since|as|because|when|following|amid|apart from|"
    r"besides|beyond|according to|in addition to|along with|at|in|on|under|across|within|"
    r"through|over|during|from|among|between|inside|outside|for|"
    # "A protégé of the late Shinzo Abe, Takaichi had criticised…": who the subject is
    r"an? (?:(?:former|longtime|long-time|close|fierce|vocal|staunch|old) )?(?:protégé|protege|"
    r"veteran|critic|ally|friend|member|son|daughter|student|disciple|supporter|opponent|"
    r"admirer|rival|native|graduate|adviser|advisor|aide)(?= (?:of|to)\b)|"
    # "Speaking in Brussels on Monday, Commissioner Henna Virkkunen said…": a participle
    r"[a-z]{3,}ing(?=\s[^,]{2,80},)|"
    rf"(?={_TIME_FROM_EVENT}))\b",
    re.IGNORECASE,
)
# "Eighteen months after a door plug blew out of an Alaska Airlines jet, Boeing is…",
# "Two years into the war, …": a time told from an event, before its subject
TIME_FROM_EVENT = lazy_compile(_TIME_FROM_EVENT, re.IGNORECASE)
LATE_MENTION = 50  # characters: an actor named later than this is seldom the subject
# A name followed by a word of its own clause's verb, not a joining word: "Russia
# requested", not "Russia and China".
NAME_AT = lazy_compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# "Moody's said…", "McDonald's cut…": an "'s" that a verb follows, not what is owned, is
# the name's own (a rating agency's row had been "Moody")
OWN_S_THEN_VERB = lazy_compile(
    r"\s+(?:said|says|told|warned|announced|added|noted|argued|reported|confirmed|declined|"
    r"expects|cut|downgraded|upgraded|rated|raised|lowered|placed)\b"
)
NAME_THEN_VERB = lazy_compile(
    r"['’]?s?\s+(?!(?:and|or|of|in|on|at|to|with|for|from|by|as|than|the|a|an|plus|nor|"
    r"but|who|which|whose|that)\b)[a-z]+\b"
)
VERB_BEFORE_NAME = lazy_compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|said|says|"
    # "Critics argue that CrowdStrike's recovery…": the name is in what is reported, the
    # stance is the speaker's
    r"(?:argue|claim|warn|believe|note|contend|insist|fear|suggest|accuse|expect|predict|"
    r"doubt|worr(?:y|ie)|estimate|report|think|tell)(?:s|d|ed)?|thought|told|"
    # "Importers most exposed include Benin, Senegal, Togo…": names given as examples of
    # the subject (the row had been Benin's)
    r"includ(?:e|es|ed|ing)|such as)\b"
)


SEEN_AS = lazy_compile(
    r"['’]?s?\s+(?:is|are|was|were|has been|have been|had been)\s+(?:[a-z]+\s+){0,2}"
    r"(?:perceived|seen|viewed|regarded|considered|treated|described|portrayed|branded|"
    r"labell?ed|cast)\s+(?:as|by)\b"
)
OWNERS_PEOPLE = lazy_compile(
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s?\s+(?:(?:[A-Z][\w'’-]*|and|&)\s+){0,4}"
    r"(?:workers|employees|machinists|unions?|pilots|nurses|doctors|teachers|shareholders|"
    r"investors|bondholders|creditors|lenders|customers|clients|suppliers|contractors|"
    r"rivals|competitors|critics|opponents|neighbou?rs|allies|partners|voters|citizens|"
    # "Ortberg's supporters say he has done the unglamorous things right" (a cold read: a
    # "Kelly Ortberg" row of others' words)
    r"residents|farmers|users|subscribers|supporters|backers|defenders|detractors|fans)\b"
)
# "Families of victims of the Lion Air crash … have pressed for a trial", "Supporters of
# Imran Khan marched…": people whom the names after "of" do not speak for (a row of
# Ethiopia's had stood for the families; "Leaders of the G7 agreed…" speak for the G7)
PEOPLE_OF = lazy_compile(
    r"^[\"“]?(?:The\s+|Some\s+|Many\s+)?(?:families|relatives|victims|survivors|supporters|"
    r"followers|residents|customers|workers|employees|shareholders|investors|fans|parents|"
    r"passengers|critics|opponents|neighbou?rs)\s+of\b",
    re.IGNORECASE,
)
LOCAL_OFFICIALS = lazy_compile(
    r"^[\"“]?(?:The\s+|Some\s+|Several\s+)?(?P<who>(?i:mayors|councillors|councilors|"
    r"local officials|local leaders|town halls|municipalities)\s+(?:from|of|in)\s+"
    r"(?:l['’]|the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
RELATIVE_BEFORE = lazy_compile(r"\S\s+(?:that|which|whom)\s+(?:the\s+)?$")


# "Industry groups, which sent a delegation to Nairobi, welcomed…": the first name sits in
# a clause about an unnamed subject, so it is not who takes the position.
CLAUSE_OF_UNNAMED = lazy_compile(r",\s*(?:which|who|whose|where)\b")
# "Importers received relief in June, when negotiators for the European Parliament…
# agreed…": past a main clause, a name inside the subordinate clause that closes the
# sentence says when or why, not who (the row had been the Parliament's). A clause that
# closes before the name ("In June, when talks failed, Russia said…") leaves it the actor.
# "The original mandate, agreed by the UN Environment Assembly in March 2022, calls for…":
# the agent of an aside about a thing the sentence is about, not its speaker
AGENT_OF_AN_ASIDE = lazy_compile(r"[^,]*\w,\s*(?:\w+ly\s+)?\w+(?:ed|en|wn)\s+by\s+(?:the\s+)?$")
# A sentence opening with a clause of its own ("After talks failed, …", "When Congress
# passed the law, …"), not with a phrase ("In May 2025 Russia requested…")
CLAUSE_OPENS = lazy_compile(
    r"^(?:(?:yet|but|and|so|however|still),?\s+)?(?:after|before|while|although|though|"
    r"because|when|whereas|once|until)\s",
    re.IGNORECASE,
)
SUBORDINATE_BEFORE = lazy_compile(
    r"\w[^,]*,\s*(?:when|after|as|because|while|since|until|before|once|although|though|"
    r"whereas)\s[^,]*$"
)


# "One trader in London", "A farmer near Kumasi": someone unnamed, placed by a town.
SOMEONE_SOMEWHERE = lazy_compile(
    r"^[\"“]?(?:One|A|An|Another)\s+(?:[a-z][\w-]*\s+){1,3}(?:in|near|from|outside)\s+[A-Z]"
    # "Analysts at a London brokerage said…": unnamed people of a firm the place describes
    r"|^[\"“]?(?:[A-Z][a-z]+\s+)?(?i:analysts|economists|traders|officials|executives|"
    r"lawyers|bankers|sources|people|strategists|researchers)\s+(?:at|from|with)\s+an?\s+"
    r"[A-Z][\w.-]*(?:[\s-][A-Z][\w.-]*)?(?:-based)?\s+[a-z]"
)
# "Some US groups have held back products", "British exporters are seeking…": unnamed
# members of a country's private sector or public, not its state.
COUNTRYS_UNNAMED = lazy_compile(
    r"^[\"“]?(?:(?:Some|Many|Most|Several|Other|Few|A few|Smaller|Large|Leading|Major)\s+)?"
    r"(?P<country>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)\s+"
    r"(?:[a-z][\w-]*\s+)?(?:groups|companies|firms|businesses|exporters|importers|producers|"
    r"manufacturers|makers|investors|traders|farmers|start-?ups|developers|consumers|"
    r"shipowners|carriers|airlines|lenders|banks|insurers|hospitals|universities|NGOs|"
    r"activists|campaigners|scientists|researchers|experts|analysts|economists|critics|"
    r"users|customers|workers|unions|families|households|voters|citizens|students|"
    r"residents|villagers|locals|refugees|shopkeepers|merchants|wholesalers|"
    r"community members)\b"
)
# "The people of Myanmar", "The Sudanese people": a nation, not its state or a party.
THE_PEOPLE_OF = lazy_compile(
    r"^[\"“]?(?:The\s+|Ordinary\s+)?(?:(?:[Pp]eople|[Cc]itizens|[Pp]opulation|[Pp]ublic)\s+of\s+"
    r"(?:the\s+)?[A-Z]|[A-Z][\w-]+\s+(?:people|public|population)\b)"
)
# ... of which these are people of a place or a group whatever it is: "Mae Sot traders",
# "Rohingya residents" speak for no party named
UNNAMED_PEOPLE = lazy_compile(
    r"(?:traders|farmers|workers|families|households|voters|citizens|students|residents|"
    r"villagers|locals|refugees|shopkeepers|merchants|wholesalers|community members)$"
)
# The speaker of a quotation, unnamed: "said one Mae Sot wholesaler", "says a shopkeeper
# who gives her name as Daw Nu" (not "a spokesman for China's foreign ministry").
UNNAMED_SPEAKER = lazy_compile(
    r"^(?:one|a|an|another)\s+(?:[A-Z][\w'’.-]*\s+)*(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
    r"(?:\s+(?:who|whose|that|in|near|from)\b.*)?$"
)
# A name right after one of these is where or towards what something happens: "trade
# through Mae Sot fell", "Investors in Kyaukphyu should expect": not the subject.
PLACE_BEFORE = lazy_compile(
    r"\b(?:in|at|near|through|into|to|from|via|across|on|around|outside|inside|towards?)"
    r"\s+(?:the\s+)?$"
)
OBJECT_BEFORE = lazy_compile(
    r"\b(?:for|with|against|than|about|among|between|like|representing)\s+(?:the\s+)?$"
)
# "…said a spokesman for China's foreign ministry": someone who speaks for the name
SPEAKS_FOR = lazy_compile(
    r"\b(?:spokes(?:man|woman|person)|representatives?|envoy|lawyers?|advis[eo]rs?|"
    r"negotiators?|voice)\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
ORGANISATION_NAMED = lazy_compile(
    r"[A-Z][\w-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w-]*){0,4}\s+(?:Association|Institute|"
    r"Council|Federation|Society|Foundation|Fund|Group|Agency|Union|Chamber|Confederation|"
    r"Authority|"
    r"League|Academy|College|University|Hospital|Hospitals|Company|Corporation|Airlines|"
    r"Press|Times|News|Post|Journal|Forum|Centre|Center|Alliance|Coalition|Network)\b"
)
# "The Law Society of Kenya said…", "the Catholic Bishops' Conference of Nigeria": a body of
# the country, not its state, whose name ends on the country's; "the Bank of Japan raised
# its policy rate" (a central bank decides apart from its government: "Japan" had stood
# beside the bank's hikes in a memo setting the bank's position against the government's)
ORGANISATION_OF = lazy_compile(
    r"(?:[A-Z][\w'’-]*\s+(?:Association|Institute|Federation|Society|Foundation|Chamber|"
    r"Confederation|League|Academy|College|University|Church|Churches|Conference|Bar|"
    r"Union)|\b(?:Bank|Commission|Congress))\s+(?:of|in)\s+(?:the\s+)?$"
)
JUDGE_NAMED = lazy_compile(
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+"
    r"(?:Judge|Justice(?! Department| Ministry)|Magistrate|Court)\b"
)
NAMED_BODY_OF_STATE = lazy_compile(
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+[A-Z][\w-]*\s+(?:Alliance|Association|Federation|"
    r"Chamber|Confederation|League|Society|Foundation|Authority|Congress)\b"
    # "The China Chamber of Commerce to the EU said…" (it had been China's row); not "Russian
    # Federation", "Congress" or an "Authority", which may be the state's own
    r"|[A-Z][\w-]*\s+(?:Alliance|Association|Chamber|Confederation|League|Society|Foundation)"
    r"\s+of\b"
    # "The European Union Aviation Safety Agency said…": an agency named for its field after
    # the state's or bloc's name speaks as itself (a cold read found its row headed
    # "European Union")
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4}\s+(?:Agency|Administration|"
    r"Institute|Bureau)\b"
)
# "Nippon Life has said it will continue to buy…", "Japan Post Bank said…": a company whose
# name opens with the state's (a cold read found Nippon Life's stance in a row of Japan's)
COMPANY_OF_STATE = lazy_compile(
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:Life|Steel|Airlines?|Airways|Post|Motors?|"
    r"Telecom|Petroleum|Oil|Gas|Electric|Mining|Shipping|Railways?|Holdings|Group|Insurance|"
    r"Securities|Tobacco|Industries|Corporation|Corp|Inc|Ltd|Limited|plc|Co)\b"
)
ARMED_GROUP_NAMED = lazy_compile(
    r"[A-Z][\w-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w'’-]*){1,5}\s+(?:Army|Front|Movement)\b"
)
# "German company Planet A Foods", "Swiss premium maker Lindt": a demonym describing the
# named party that follows it. Not a state's own body and where it sits ("the US mission
# to the EU sent…", "the Russian embassy in Helsinki said…"): that body speaks for the state.
DEMONYM_BEFORE_NAME = lazy_compile(
    r"[A-Z][\w-]*\s+(?!(?:government|army|military|forces|authorities|embassy|consulate|"
    r"delegation|navy|police|mission|administration|regime|junta)\s+(?:to|in|at|near)\s)"
    r"(?:[a-z][\w-]*\s+){1,3}[A-Z]"
)
# "…the Ivorian price remains higher when converted into dollars, analysts said": a state's
# adjective before a thing measured, or a trade's people, names no stance of the state (a
# cold read found it a row of Côte d'Ivoire's)
DEMONYM_BEFORE_THING = lazy_compile(
    r"[A-Z][\w'’-]*\s+(?:farmgate\s+|domestic\s+|local\s+)?(?:prices?|output|production|"
    r"crops?|harvests?|exports?|imports?|markets?|economy|currency|bonds?|stocks?|shares|"
    r"yields?|farmers|growers|firms|companies|consumers|households|workers|producers|"
    r"exporters|importers|industry|sector|refiners|carmakers|buyers|sellers|beans|growth|"
    r"inflation|debt|businesses|investors|traders|mills|factories|supply|demand|sales|"
    r"revenues?|profits?|earnings)\b"
    # "The German economy ministry said…" (a cold read found "German" heading its row):
    # the state's ministry, no thing of the state's
    r"(?!\s+(?:ministry|ministries|minister|ministers|department|office|agency|regulator|"
    r"commission|council|committee|secretary|spokesperson|spokesman|spokeswoman)\b)"
)
# "Kenya's main business lobby, the Kenya Private Sector Alliance, called for calm",
# "Japan's biggest carmaker, Toyota, said…": the state describes the party the apposition
# names, who speaks (not where the described is the state's own body: `STATE_BODY_WORDS`)
OWNER_THEN_APPOSITION = lazy_compile(
    r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s?\s+(?P<what>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+"
    r"(?:the\s+)?[A-Z]"
)
STATE_BODY_WORDS = frozenset(
    [
        "bank",
        "ministry",
        "minister",
        "ministers",
        "president",
        "premier",
        "court",
        "treasury",
        "regulator",
        "agency",
        "department",
        "envoy",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "party",
    ]
)
# "The capture of Khartoum came…", "The economy of Argentina shrank…": the subject is
# what happened to a place or a state, not a party's stance. (Who speaks for one stays
# its actor: "The government of Sudan said…", "The foreign minister of Egypt warned…".)
HAPPENED_TO = lazy_compile(r"^[\"“]?(?:The|A|An)\s+((?:[a-z][\w-]*\s+){1,2})of\s+(?:the\s+)?$")
SPEAKS_AS = frozenset(
    [
        "government",
        "governments",
        "army",
        "military",
        "forces",
        "authorities",
        "leadership",
        "leaders",
        "leader",
        "regime",
        "junta",
        "parliament",
        "cabinet",
        "administration",
        "embassy",
        "delegation",
        "navy",
        "police",
        "mission",
        "office",
        "people",
        "citizens",
        "state",
        "ruler",
        "rulers",
    ]
)


# '"Unless the monsoon fails badly, India has enough rice," said Rohan Malhotra, an
# analyst…': a sentence that opens on someone's words is that speaker's position, whatever
# the words name.
QUOTATION_THEN_SPEAKER = lazy_compile(
    r"^[\"“](?P<words>[^\"“”]{10,400}?)[\"”],?\s+(?:"
    r"(?:said|says|added|adds|warned|warns|wrote|writes|argued|argues|told [a-z ]{2,30}?)\s+"
    r"(?P<after>[^,.;]{2,80})|"
    r"(?P<before>[^,.;\"“”]{2,80}?)\s+(?:said|says|added|adds|warned|warns|wrote|writes|"
    r"argued|argues|told)\b)"
)


POSSESSIVE_AT = lazy_compile(r"['’]s?\s")
# A party's person speaking, at the sentence's start: "California's JB Hamby said…"
OWNERS_SPEAKER = lazy_compile(
    r"^(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}\s+(?:has\s+)?(?:said|says|told|warned|argued|"
    r"called|urged|added|noted|insisted)\b"
)
# A speaker's post at a body, after the name: ", policy director at the Tax Justice Network"
SPEAKS_FOR_BODY = lazy_compile(
    r",\s+(?:a\s+|an\s+|the\s+)?(?:[a-z][\w-]*\s+){0,4}?(?:at|of|for|with)\s+(?:the\s+)?"
    # "…, head of trade policy at the industry body UK Steel.": a body said to be one (a
    # cold read found her name alone heading a row)
    r"(?:(?:industry|trade|business|employers['’]?|lobby|advocacy|campaign|research|rights|"
    r"consumer|farmers['’]?|workers['’]?)\s+(?:body|group|association|organi[sz]ation|lobby)\s+"
    r"(?P<kind_said>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})|"
    r"(?P<body>(?:[A-Z][\w&'’.-]*\s+){1,5}(?:Network|Institute|Institution|Association|"
    r"Federation|Council|Union|Foundation|Alliance|Agency|Ministry|Commission|Bank|Fund|"
    r"Coalition|Forum|Centre|Center|Authority|Organi[sz]ation|Committee|Party|Board|"
    r"Confederation|Chamber of Commerce)))\b"
)


def body_speaker_at(text: str, at: int) -> int | None:
    """Where the speaker is named, when the party named at `at` is the body a quotation's
    speaker speaks for ('"Linking matters most," said Emma Cole, head of trade policy at
    the industry body Harbour Steel.': the speaker's words are the body's stance); else
    None."""
    quoted = QUOTATION_THEN_SPEAKER.match(text)
    if quoted is None or not quoted["after"]:
        return None
    post = SPEAKS_FOR_BODY.match(text, quoted.end("after"))
    if post is None or at not in (post.start("body"), post.start("kind_said")):
        return None
    return quoted.start("after")


# "The united opposition of Kalonzo Musyoka, Rigathi Gachagua and others has yet to
# agree…": a group the sentence names by some of its members, the list left open
OPEN_LIST_OF_MEMBERS = lazy_compile(
    r"^[\"“]?(?:The|An?|Its|Their) (?:[a-z][\w'’-]* ){1,3}(?:of|including|led by|such as) "
    r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*,? )+(?:and|among) others\b"
)


def subject_actor_at(
    text: str, common: frozenset[str] = frozenset(), window: int = 80
) -> tuple[str, int] | None:
    """The actor a sentence is chiefly about, and where it is named: the speaker of a
    quotation it opens with, the state a closing attribution names ("…, Egypt's water
    ministry said."), else a state named early on, else a proper name; states listed
    together as the subject of a joint act hold it together (`_states_together`). A group
    named by an open list of some of its members is none of them (`OPEN_LIST_OF_MEMBERS`)."""
    if "others" in text and OPEN_LIST_OF_MEMBERS.match(text):
        return None
    found = _actor_at(text, common, window)
    framed = FOR_WHOM_OPENING.match(text)
    if found is not None and framed is not None and found[1] < framed.end():
        # "For the 19 million people Metropolitan serves, the next two years of negotiations
        # … may matter more…": the writer's frame names whom it matters to, and they say
        # nothing (a cold read found it Metropolitan's row); "For India, the levy is
        # unfair." gives India's view
        return None
    if found is not None and OPENING_GERUND.match(text) and found[1] <= GERUND_REACH:
        # "Leaving ECOWAS removes an external body that keeps demanding election
        # timetables.", "Sanctioning Russia has cost…": the name is what is done to, the
        # doer unnamed (a cold read found the first as ECOWAS's row)
        return None
    if found is not None and HYPHENED_BEFORE.search(text, 0, found[1]):
        # "The two central-Pyrenees projects have…", "pro-Russia groups": a name made a
        # modifier of a thing or a group is no actor (a cold read found a "Pyrenees" row)
        return None
    if found is not None and (found[0].lower() in TITLE_WORDS or found[0].lower() in LONE_OFFICES):
        # "The President has said that President Xi gave the deal the go-ahead.", "The
        # Administration fulfills…": an office with no one named is no row (a cold read
        # found one headed "President")
        return None
    if found is not None:
        group = KIND_OF_GROUP.match(text, found[1] + len(found[0]))
        if group and KIND_WORD.fullmatch(found[0]) and not countries_in(found[0]):
            # "Environmental groups that intervened … argue…": the groups, not the word
            # that says what kind they are (a cold read found "Environmental" as an actor)
            found = (f"{found[0]} {group['noun']}", found[1])
    if found is None or not (JOINTLY.search(text) or RECIPROCAL.search(text)):
        return found
    return (_states_together(text, found[1]) or found[0]), found[1]


# An opening phrase naming whom the rest matters to: "For Beijing, the deal is…", "For
# the 19 million people Metropolitan serves, …"
FOR_WHOM_OPENING = lazy_compile(
    r"^[\"“]?For (?!(?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2},)[^,;:.\"“”]{1,80},\s"
)


# A sentence opening on an act as its subject ("Leaving ECOWAS…", "Blocking TikTok would…"):
# common English verbs in -ing, not names ending so ("Beijing", "Kettering")
OPENING_GERUND = lazy_compile(
    r"^[\"“]?(?:Leaving|Joining|Quitting|Exiting|Targeting|Sanctioning|Blocking|Banning|"
    r"Backing|Supporting|Punishing|Allowing|Letting|Helping|Keeping|Forcing|Pushing|"
    r"Pressing|Attacking|Courting|Isolating|Containing|Deterring|Arming|Funding|Recogni[sz]ing|"
    r"Engaging|Confronting|Challenging|Defeating|Rebuilding|Reopening|Closing|Opening|Losing|"
    r"Winning|Bringing|Getting|Abandoning|Appeasing|Antagonising|Antagonizing|Alienating|"
    r"Replacing|Removing|Restoring|Reviving|Selling|Buying|Acquiring|Breaking|Ending|Cutting)"
    r"\s+(?:the\s+)?[A-Z]"
)
GERUND_REACH = 20  # characters: a name this near the start is the gerund's object


# a lower-case word hyphened to the name after it ("central-Pyrenees", "pro-Russia",
# "anti-Taliban"), not a particle of the name itself ("al-Shabaab", "bin-Salman")
HYPHENED_BEFORE = lazy_compile(
    r"(?<![A-Za-z])(?!(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|abu|abd|ul|ud|ben|de|di|du|da|"
    r"van|von|la|le|d|l)-)[a-z]+-$"
)


# a word saying what kind a group is: an adjective ("Environmental", "Republican"), or
# a sector's noun ("Industry groups"); not a name ("Greenpeace activists")
KIND_WORD = lazy_compile(
    r"[A-Z][a-z]+(?:al|ic|ive|ous|ary|an|ist)|Industry|Business|Trade|Labou?r|Consumer|"
    r"Health|Farm|Civil|Opposition"
)
KIND_OF_GROUP = lazy_compile(
    r"\s+(?P<noun>groups|campaigners|activists|organi[sz]ations|advocates|lawmakers|"
    r"legislators|officials|executives|companies|firms|utilities|scientists|experts|"
    r"economists|analysts|critics|unions|businesses|investors|lenders|producers|exporters|"
    r"importers|manufacturers|retailers|farmers|residents|families|lobbyists|regulators)\b"
)


# "…announced in a joint statement", "…would jointly chair", "together": an act that
# parties listed as one subject take as one
JOINTLY = lazy_compile(r"\b(?:joint(?:ly)?|together)\b", re.IGNORECASE)
# …and what two parties do with each other: "Britain and the EU are negotiating the link
# between their carbon markets…" is neither's stance alone (a cold read found it the EU's
# row)
RECIPROCAL = lazy_compile(
    r"\b(?:negotiat(?:ing|ed|e)|in talks|(?:held|holding) talks|agreed|signed|"
    r"(?:reached|struck) an? (?:deal|agreement|accord))\b"
)
# the rest of one listed name and the separator before the next ("Burkina Faso and ")
_LISTED_THEN = lazy_compile(
    r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3}(?P<sep>,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:the\s+)?"
)


# "Egyptian, Turkish and Iranian support has kept the army's air force flying": adjectives
# of several states before the thing that is the subject (it had been Egypt's row)
DEMONYM_LIST = lazy_compile(
    r"^[\"“]?((?:[A-Z][\w-]*,\s+)*[A-Z][\w-]*,?\s+(?:and|or)\s+[A-Z][\w-]*)\s+[a-z]"
)


def _demonyms_listed(text: str) -> bool:
    """Does the sentence open on two or more states' adjectives before a common noun?"""
    found = DEMONYM_LIST.match(text)
    if found is None:
        return False
    words = [w for w in re.split(r",?\s+(?:and|or)\s+|,\s+", found[1]) if w]
    return len(words) >= 2 and all(
        (named := countries_in(word)) and named[0][1].lower() != word.lower() for word in words
    )


def _states_together(text: str, at: int) -> str | None:
    """ "…the military governments of Mali, Burkina Faso and Niger announced in a joint
    statement…": the states of the list that holds the one named at `at`, as one party
    ("Mali, Burkina Faso and Niger"), where the list closes with "and"; else None. A joint
    statement of three states had been the row of one of them."""
    named = countries_in(text[: at + 120])
    where = next((i for i, (offset, _) in enumerate(named) if offset == at), None)
    if where is None:
        return None

    def joined(left: int, right: int) -> re.Match[str] | None:
        return _LISTED_THEN.fullmatch(text, named[left][0], named[right][0])

    # back to the list's first name (an "and" met is where it closes, when it is the one
    # before the name at `at`), then on to its last, the one after "and"
    first, last, closed = where, where, False
    while first > 0 and (link := joined(first - 1, first)):
        if "and" in link["sep"]:
            if first != where:
                break
            closed = True
        first -= 1
    while not closed and last + 1 < len(named) and (link := joined(last, last + 1)):
        last += 1
        closed = "and" in link["sep"]
    if not closed or first == last:
        return None
    names = [name for _, name in named[first : last + 1]]
    if len(set(names)) < len(names):
        return None  # "China and the People's Republic of China": one state twice
    return ", ".join(names[:-1]) + " and " + names[-1]


def _actor_at(text: str, common: frozenset[str], window: int) -> tuple[str, int] | None:
    """The actor as `subject_actor_at` finds it, before a joint act is given to the list."""
    quoted = QUOTATION_THEN_SPEAKER.match(text)
    if quoted:
        part = "after" if quoted["after"] else "before"
        if UNNAMED_SPEAKER.match(quoted[part].strip()):
            return None  # "…," said one Mae Sot wholesaler: someone, of no party named
        post = SPEAKS_FOR_BODY.match(text, quoted.end(part)) if part == "after" else None
        if post:
            # '"…," said Naomi Fellowes, policy director at the Tax Justice Network.': she
            # speaks for the network (a cold read found her name alone heading its row)
            body = "body" if post["body"] else "kind_said"
            return post[body], post.start(body)
        found = _actor_at(quoted[part], common, window)
        return (found[0], quoted.start(part) + found[1]) if found else None
    owner = OWNERS_SPEAKER.match(text)
    if owner and not countries_in(owner["owner"]):
        # "California's JB Hamby said the state would…", "Nevada's John Entsminger…": the
        # party the person speaks for (a cold read found "JB Hamby" heading California's
        # row); a state's person is the state's already
        return owner["owner"], owner.start("owner")
    attribution = ATTRIBUTION.search(text)
    if attribution:
        named = countries_in(attribution["who"])
        if named:
            return named[0][1], 0
        # "An aid convoy … came under fire …, the TNLA said.": the named body that said it
        # (not a news agency reporting it, nor unnamed "officials")
        body = NAMED_BODY.fullmatch(attribution["who"])
        if body and attribution["verb"] != "reported" and body["name"] not in NEWS_AGENCIES:
            return body["name"], attribution.start("who") + body.start("name")
    if SOMEONE_SOMEWHERE.match(text):
        return None  # "One trader in London said…": a person, not the state of the city
    if PEOPLE_OF.match(text):
        return None  # "Families of victims of the … Ethiopian Airlines crash…": not Ethiopia
    local = LOCAL_OFFICIALS.match(text)
    if local:
        # "Mayors from l'Horta Sud welcomed…": the mayors speak, not the district (a
        # cold read found "Horta Sud" heading their row)
        return local["who"], local.start("who")
    if _demonyms_listed(text):
        return None  # "Egyptian, Turkish and Iranian support has kept…": several states' thing
    if THE_PEOPLE_OF.match(text):
        return None  # "The people of Myanmar have done the hard part": no state's stance
    unnamed = COUNTRYS_UNNAMED.match(text)
    if unnamed and (countries_in(unnamed["country"]) or UNNAMED_PEOPLE.search(unnamed.group(0))):
        return None  # "Some US groups…": unnamed businesses of the country, not the state
    head = _subject_head(text, window)
    owned = STATES_OWN_BODY.match(head)
    if owned and countries_in(owned["state"]):
        return owned["name"], owned.start("name")
    separate = SEPARATE_PARTY_NAMED.match(text)
    if separate:
        return separate["name"], separate.start("name")
    described = KIND_THEN_NAME.match(head)
    if described and not _names_a_state(described["name"]):
        # "Aviation analytics firm Cirium said…", "Industry body Water UK said…", "The
        # German industry association VDA warned…": what the body is, then its name (rows
        # of "Aviation", "Industry" and "German" had stood for them)
        return described["name"], described.start("name")
    things: list[int] = []
    named_states = countries_in(head)
    # "German company Planet A Foods says…": the company speaks, not Germany
    describing = {
        at
        for at, name in named_states
        if (
            DEMONYM_BEFORE_NAME.match(head, at)
            and not head.startswith(name, at)
            # "Beijing dispatched Liu Zhongyi…": the capital acts, it describes no one
            and POSSESSIVE.sub("", head[at:].split()[0]).lower() not in seats_of_government()
        )
        # "the American Hospital Association said…": the demonym opens an organisation's name
        or (not head.startswith(name, at) and ORGANISATION_NAMED.match(head, at))
        or (not head.startswith(name, at) and DEMONYM_BEFORE_THING.match(head, at))
        # "the United States Maritime Alliance", "the Nigeria Labour Congress": a body whose
        # name opens with a state's is no state
        or NAMED_BODY_OF_STATE.match(head, at)
        or COMPANY_OF_STATE.match(head, at)
        # "The Myanmar National Democratic Alliance Army said…": an armed group or movement
        # whose name opens with the state's is not the state
        or ARMED_GROUP_NAMED.match(head, at)
        or ORGANISATION_OF.search(head[:at])
        # "U.S. District Judge Mark Pittman rejected…": a court rules, not the state
        or JUDGE_NAMED.match(head, at)
        # "Amnesty International Kenya said…", "Equity Bank Kenya": a body's branch whose
        # name ends on the state's (not "Western Kenya", "President Ruto's Kenya")
        or _branch_of(head[:at])
        or _lone_word_branch(head, at, name)
        or _describes_apposition(head, at)
    }
    described_by = {POSSESSIVE.sub("", head[at:].split()[0]) for at in describing}
    mentions = sorted(
        [m for m in named_states if m[0] not in describing]
        # a name that opens with a describing state's is whole ("American Hospital
        # Association", "U.S. District Judge Mark Pittman"); the describing word alone
        # ("German company Planet A Foods") is no mention
        + [
            m
            for m in _proper_phrases(head, common, things)
            # (a phrase found from its article on: "The German economy shrank…", whose
            # "German" describes, had made "German" the actor)
            if (m[0] not in describing and m[1] not in described_by) or " " in m[1]
        ],
        key=lambda m: m[0],
    )
    if not mentions or (things and min(things) < mentions[0][0]):
        return None  # "The Río Indio reservoir, which the ACP says…": the subject is a thing
    clause_ends = 0  # where the text said of the subject begins: past an opening clause
    listed = NAMES_LISTED_IN_OPENING.match(head)
    if listed:
        # "For India, China, South Africa and Brazil, CBAM has become a symbol…": the
        # names of the opening list are whom it is so for, not its subject (the row had
        # been China's); the subject, if named, comes after the list
        mentions = [m for m in mentions if m[0] >= listed.end()]
        if not mentions or not head[listed.end() :].startswith(mentions[0][1]):
            return None
    elif POSSESSOR_UNNAMED_AFTER_SETTING.match(head):
        # "In Busan, its delegation warned…": whose delegation the sentence does not say,
        # and the place is no party (the row had been "Busan")
        return None
    elif LEADING_PHRASE.match(head):
        # "Unlike its neighbours, plus Russia and China, Tajikistan isn't…": the subject
        # is the first name right after a comma, past the opening phrase.
        after_comma = [m for m in mentions if re.search(r",\s*(?:the\s+)?$", head[: m[0]])]
        comma = head.find(",")
        # "In Port-au-Prince, gang leader Jimmy Chérizier warned…": past the setting, the
        # first name is the actor's, even with a title before it.
        past_setting = [m for m in mentions if 0 < comma < m[0]]
        # "In May 2025 Russia requested…, arguing that CBAM…": an opening phrase without a
        # comma; the name before the first comma with its verb after it is the subject.
        with_verb = [
            m
            for m in mentions
            if (comma < 0 or m[0] < comma)
            and (named := NAME_AT.match(head, m[0])) is not None
            and NAME_THEN_VERB.match(head, named.end())
            # "Under the US process, NOAA will…": an abbreviation before a noun describes it
            and named.group(0).rstrip(".,") not in ABBREVIATED_KEYS
        ]
        # "For mixtures of PFHxS, PFNA and PFBS, EPA is using…": of the names after a
        # comma, the one its verb follows is the subject, not one of a list before it
        acting = [
            m
            for m in after_comma
            if (named := NAME_AT.match(head, m[0])) is not None
            and NAME_THEN_VERB.match(head, named.end())
        ]
        # "After President Trump announced … over the levy, Prime Minister Mark Carney's
        # government announced…": an opening clause says when; the first name acting
        # past its comma is the subject (the row had been the United States')
        past_clause = [
            m
            for m in (past_setting if CLAUSE_OPENS.match(head) else [])
            if (named := NAME_AT.match(head, m[0])) is not None
            and NAME_THEN_VERB.match(head, named.end())
        ]
        if past_clause:
            mentions = past_clause[:1]
            clause_ends = comma + 1  # the clause's verbs are its own, not said of the name
        elif with_verb:
            mentions = with_verb
        elif acting:
            mentions = acting
        elif after_comma:
            mentions = after_comma
        elif past_setting:
            mentions = past_setting
        elif comma > 0 and SETTING.match(head) and all(at < comma for at, _ in mentions):
            # "In Belgium, 3M agreed in 2022 to pay…": every name is in the opening phrase,
            # the setting, and the subject after it is none the sentence names as such
            # (the row had been Belgium's)
            return None
    first_offset, first_name = mentions[0]
    before = head[clause_ends:first_offset]
    if (
        VERB_BEFORE_NAME.search(before)
        or CLAUSE_OF_UNNAMED.search(before)
        or SUBORDINATE_BEFORE.match(before)
        or AGENT_OF_AN_ASIDE.match(before)
        # "Cross-border trade through Mae Sot fell…": the name is where, not who
        or (before.strip() and PLACE_BEFORE.search(before))
        # "…accompanies a spending plan that Treasury Secretary Ndung'u read…": the name is
        # in a clause about a thing the sentence is about
        or RELATIVE_BEFORE.search(before)
        or _happened_to(before)
        # "Boeing's Puget Sound machinists voted…", "China's neighbours protested": people
        # the name has dealings with speak, not the name
        or OWNERS_PEOPLE.match(head, first_offset)
        # "Afghanistan was almost always perceived as a source of threat": how others see
        # the name, not a stance it takes
        or SEEN_AS.match(head, first_offset + len(first_name))
        # "The duties - ranging from 7.8 percent for Tesla…", "Talks with Iran stalled":
        # the first name is what a phrase is for or with, the subject a thing
        or (OBJECT_BEFORE.search(before) and not SPEAKS_FOR.search(before))
    ):
        # "The junta has accused Algeria of…": the first name follows the verb, so it is
        # what the sentence is about, not who takes the position.
        return None
    # where the first name ends: its phrase may open with words it dropped ("Last Friday
    # the German government…" is "German", found at "Last")
    named_at = head.find(first_name, first_offset)
    ends = (named_at if named_at >= 0 else first_offset) + len(first_name)
    reach = ends + 8  # a state inside or just after the first name
    # a body named by its initials or with its article ("The BOJ", "The Treasury")
    body = bool(ACRONYM.fullmatch(first_name)) or bool(
        THE_BEFORE.search(head, 0, named_at if named_at >= 0 else first_offset)
    )
    states = [
        (n, at)
        for at, n in countries_in(head)
        if first_offset <= at <= reach
        and at not in describing
        # "Keidanren, Japan's main business lobby, has asked…": the state's name in an
        # apposition describes the first name's owner, who speaks
        and not (head[ends:at] == ", " and POSSESSIVE_AT.match(head, at + len(n)))
        # "The IMF said Kenya's debt…": past a body's verb the state is what it speaks of
        # (the BOJ's view of Japan's economy had been Japan's row); a person's ("Prime
        # Minister Ulf Kristersson said Sweden was…") or a common word's ("Analysts say
        # Argentina's…") leaves the state as the actor
        and not (at > ends and body and NAME_THEN_VERB.match(head, ends, at))
    ]
    if states:
        return states[0]
    return (_named_together(head, mentions) or first_name), first_offset


ACRONYM = lazy_compile(r"[A-Z][A-Z0-9&]{1,6}")
THE_BEFORE = lazy_compile(r"(?:^|\s)[Tt]he\s+$")
# A capitalised word right before a state's name, of the body whose branch it names
_WORD_BEFORE = lazy_compile(r"(?<![\w'’.-])([A-Z][\w&.-]*[A-Za-z]) $")
# Words that make a region or a time of the state, not a body ("Western Kenya")
_REGION_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "greater",
        "upper",
        "lower",
        "new",
        "rural",
        "coastal",
        "mainland",
        "metropolitan",
    ]
)


_BODY_NOUN_BEFORE = lazy_compile(
    r"\b(?i:body|group|association|lobby|firm|company|charity|regulator|agency|union|"
    r"organi[sz]ation|operator|consultancy|watchdog|insurer|lender|retailer|supplier|"
    r"provider|carrier|network|alliance|federation|council|campaign|coalition)\s+$"
)


def _branch_of(before: str) -> bool:
    """Does the capitalised word just before a state's name make it a body's name, of two
    capitalised words or more ("Amnesty International Kenya", "Equity Bank Kenya")?"""
    found = _WORD_BEFORE.search(before)
    if found is None:
        return False
    word = found.group(1).lower()
    if _qualifies_the_state(word):
        return False
    # "industry body Water UK", "the lobby group Energy UK": one capitalised word after a
    # noun of bodies names one (the trade body's row had been the United Kingdom's)
    if _BODY_NOUN_BEFORE.search(before, 0, found.start()):
        return True
    # two capitalised words or more: a lone one is likelier an opening ("Meanwhile Kenya",
    # "In Nairobi Kenya")
    second = _WORD_BEFORE.search(before[: found.start()])
    return second is not None and second.group(1).lower() not in _LEADING_FUNCTION_WORDS


# "Greenpeace Italy called on the government in Rome to ban…": a sentence opening on one
# capitalised word and a state's name, then the body's speech, names a body's national
# branch (a cold read found "Italy" heading Greenpeace Italy's row); "Meanwhile Italy
# said…" opens on a function word, "Central Italy" on a region's
_LONE_OPENING_WORD = lazy_compile(r"^[\"“]?([A-Z][a-z][\w&-]*) $")
_SPEECH_AFTER = lazy_compile(
    r"\s+(?:has\s+|have\s+)?(?:called|calls|said|says|urged|urges|warned|warns|welcomed|"
    r"welcomes|critici[sz]ed|critici[sz]es|demanded|demands|argued|argues|condemned|"
    r"condemns|accused|accuses|filed|launched|asked|asks)\b"
)


def _lone_word_branch(head: str, at: int, name: str) -> bool:
    opening = _LONE_OPENING_WORD.match(head[:at])
    if opening is None or not _SPEECH_AFTER.match(head, at + len(name)):
        return False
    return not _qualifies_the_state(opening.group(1).lower())


def _qualifies_the_state(word: str) -> bool:
    """Is the word before a state's name a region's, a title's, a function word or a
    calendar word ("Western Kenya", "President Ruto", "Meanwhile Italy", "Monday Italy"),
    not a word of a body's name?"""
    return any(
        word in words for words in (_REGION_WORDS, TITLE_WORDS, _LEADING_FUNCTION_WORDS, _CALENDAR)
    )


# The words a window's end may fall inside: a name's capitalised words, and the small
# words within a name ("Islamic Republic of Afghanistan", "Banco de la Nación")
_NAME_GOES_ON = lazy_compile(r"\s+(?:(?:of|de|la|du|des|del|and|for|the)\s+)*[A-Z][\w'’.-]*")
# How far past the window an opening phrase's comma is looked for ("In connection with the
# increasing clashes between Tajik border guards and Islamic State militants, Moscow and
# Dushanbe have resumed…"), and how much of what follows it is read
SETTING_REACH = 200
# A word that makes a clause of an opening phrase: a past tense or participle in -ed, an
# auxiliary, a common irregular past
CLAUSE_VERB = lazy_compile(
    r"\b(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|could|may|might|must|"
    r"shall|should|said|says|began|took|won|made|gave|told|sent|met|left|held|kept|rose|fell|"
    r"grew|became|came|went|struck|saw|set|cut|put|paid|sold|bought|brought|found|spent)\b"
)
PAST_SETTING = 40


def _subject_head(text: str, window: int) -> str:
    """The opening of a sentence its subject is looked for in: about `window` characters,
    never ending inside a name ("…and Islamic| State militants" had made an actor of
    "Islamic"), and past the comma of a long opening phrase, where its subject stands."""
    cut = text.find(" ", window)
    if cut < 0:
        return text
    if text[:cut].rsplit(" ", 1)[-1][:1].isupper():
        while going := _NAME_GOES_ON.match(text, cut):
            cut = going.end()
    if LEADING_PHRASE.match(text) and "," not in text[:cut]:
        comma = text.find(",", cut, SETTING_REACH)
        # only a setting with no verb of its own: "In May the Justice Department replaced
        # the plea …, after Judge O'Connor rejected…" has its subject before the comma
        # (a time told from an event has the event's verb: "Two years after the crane
        # collapsed, Maersk…" has its subject after the comma all the same)
        # ("After President Trump announced …, Prime Minister Mark Carney's government
        # announced…": a clause of its own opening the sentence says when, as such a time
        # does)
        if comma > 0 and (
            TIME_FROM_EVENT.match(text)
            or CLAUSE_OPENS.match(text)
            or not CLAUSE_VERB.search(text, 0, comma)
        ):
            after = text.find(" ", comma + PAST_SETTING)
            cut = len(text) if after < 0 else after
    return text[:cut]


def _describes_apposition(head: str, at: int) -> bool:
    """Does the state named at `at` own a party that an apposition then names ("Japan's
    biggest carmaker, Toyota, said…"), rather than one of its own bodies ("Kenya's central
    bank, the CBK, cut…", which speaks for the state)?"""
    found = OWNER_THEN_APPOSITION.match(head, at)
    if not found:
        return False
    words = set(found["what"].split())
    return not words & (SPEAKS_AS | STATE_BODY_WORDS)


def _happened_to(before: str) -> bool:
    """Does the sentence open on something that happened to the first name ("The capture
    of …"), rather than on someone who speaks for it ("The government of …")?"""
    found = HAPPENED_TO.match(before)
    if not found:
        return False
    words = {w for word in found[1].split() for w in (word, word.removesuffix("s"))}
    return not words & (SPEAKS_AS | TITLE_WORDS | INSTITUTION_HEADS | POST_WORDS)


def _named_together(head: str, mentions: list[tuple[int, str]]) -> str | None:
    """ "Salta, Catamarca and Jujuy … have signalled support": parties named as one
    subject (none of them a state, whose rows stay their own) hold the position together,
    and the row is theirs, not the first one's."""
    states = state_names()
    if mentions[0][1] in states:
        return None
    together = [mentions[0]]
    closed = False  # "and" names the last of them
    for at, name in mentions[1:]:
        last_at, last = together[-1]
        between = head[last_at + len(last) : at]
        if between not in (", ", " and ", ", and ") or name in states:
            break
        together.append((at, name))
        if between != ", " or " and " in name:  # "…, Catamarca and Jujuy" is one phrase
            closed = True
            break
    if not closed:
        return None
    names = [part for _, name in together for part in name.split(" and ")]
    return ", ".join(names[:-1]) + " and " + names[-1]


# Titles before a name, wherever the corpus never writes them in lower case
# ("Executive Vice-President Henna Virkkunen", "Detective Chief Superintendent Risto Lohi").
TITLE_WORDS = frozenset(
    re.findall(
        r"\S+",
        """president vice-president prime minister secretary general secretary-general chief
        executive officer director commissioner spokesperson spokesman spokeswoman detective
        superintendent inspector ambassador governor senator representative chancellor chair
        chairman chairwoman administrator deputy foreign defence defense interior finance
        lawyer attorney judge mayor commander admiral colonel lieutenant captain king queen
        prince sheikh emir president-elect former acting interim""",
    )
)


# The last word of an institution's name, never of a person's.
INSTITUTION_HEADS = frozenset(
    [
        "fund",
        "bank",
        "council",
        "organisation",
        "organization",
        "association",
        "agency",
        "department",
        "ministry",
        "commission",
        "authority",
        "union",
        "group",
        "company",
        "corporation",
        "institute",
        "office",
        "service",
        "services",
        "forces",
        "party",
        "court",
        "federation",
        "alliance",
        "board",
        "committee",
        "coalition",
        "network",
        "foundation",
        "mission",
        "watch",
        "reserve",
        "administration",
        "parliament",
        "assembly",
        "army",
        "navy",
        "police",
        "front",
        "movement",
        "centre",
        "center",
        "university",
        "exchange",
        "holdings",
        "airlines",
        "inc",
        "ltd",
        "plc",
        "llc",
        "secretariat",
        "tribunal",
        "senate",
        "congress",
        "cabinet",
        "government",
        "province",
        "region",
    ]
)


HONORIFIC = lazy_compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?=[A-Z])")


# "Chairman of the Finance and National Planning Committee Kuria Kimani": an office of a
# body, then the person (the whole had been a positions row's actor)
OFFICE_OF_BODY_THEN_NAME = lazy_compile(
    r"^(?:[A-Z][\w-]*\s+){0,2}(?:Chair(?:man|woman|person)?|Head|Director|President|"
    r"Secretary|Governor|Minister|Commissioner|Speaker|Leader|Member|Chief)\s+of\s+(?:the\s+)?"
    r"(?:[\w&'’-]+\s+){1,8}?(?:Committee|Commission|Council|Board|Authority|Assembly|Senate|"
    r"Parliament|Party|Association|Bank|Fund|Agency|Ministry|Department|Office|Institute|"
    r"Union|Federation|Chamber|District)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    r"\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})$"
)


def without_title(name: str, common: frozenset[str]) -> str:
    """A person's name without the title before it ("Group Chief Executive Michael
    O'Leary" -> "Michael O'Leary", "FAA Administrator Mike Whitaker" -> "Mike Whitaker"):
    what follows a word the corpus writes in lower case, where that leaves two or more
    words it never does (so "Justice Department" and "Human Rights Watch" stay whole)."""
    name = HONORIFIC.sub("", name)  # "Mr Ndung'u" is Ndung'u, named in full elsewhere
    office = OFFICE_OF_BODY_THEN_NAME.match(name)
    if office:
        return office["name"]  # "Chairman of the Finance and … Committee Kuria Kimani"
    words = name.split()
    if words[-1].lower() in INSTITUTION_HEADS:
        return name  # "International Monetary Fund" is no title before "Monetary Fund"
    if words[0].lower() in _COUNT_WORDS:
        return name  # "Three Mile Island Alert": no title opens with a count
    if "and" in words or "&" in words:
        return _after_joined_titles(words, common)
    states = state_names()
    if words[-1] in states or (len(words) > 2 and " ".join(words[-2:]) in states):
        return name  # "Amnesty International Kenya": a body's branch, no title before it

    def lower_case(word: str) -> bool:  # (no union of the sets: this is asked per passage)
        key = word.lower()
        # "Arizona Gov. Katie Hobbs", "Sen. Maria Cantwell": an abbreviated title
        return key in common or key in TITLE_WORDS or word[:-1] in TITLES_BEFORE_NAMES

    for start in range(1, len(words) - 1):
        if not lower_case(words[start - 1]):
            continue  # "FAA Administrator Mike Whitaker": a title may follow an acronym
        if words[start - 1].lower().endswith("ed") and words[start - 1].lower() not in TITLE_WORDS:
            continue  # "Advanced Micro Devices", "United Parcel Service": an adjective opens
            # a firm's name, no title (a cold read of `chips` found a row "Micro Devices")
        if words[start - 1].lower() in _JOINING_WORDS:
            continue  # "Metropolitan Water District of Southern California" is one name
        if PLACE_WORD.search(words[start - 1]):
            continue  # "Gila River Indian Community": a place's word is no title
        rest = words[start:]
        if all(w[:1].isupper() and not lower_case(w) for w in rest):
            return " ".join(rest)
    return name


def _after_joined_titles(words: list[str], common: frozenset[str]) -> str:
    """A name after titles joined by "and" ("Deputy Prime Minister and Energy and Business
    Minister Ebba Busch" -> "Ebba Busch"): a title word before an "and", and one
    after it followed by two or more words the corpus never writes in lower case. Else
    the words stay whole ("José Antonio Kast and Evelyn Matthei", "Defence Minister Ben
    Wallace and Foreign Secretary James Cleverly": two people)."""
    joins = [i for i, w in enumerate(words) if w in ("and", "&")]
    if not any(i > 0 and words[i - 1].lower() in TITLE_WORDS for i in joins):
        return " ".join(words)
    last = joins[-1]
    tail = words[last + 1 :]
    titled = [i for i, w in enumerate(tail) if w.lower() in TITLE_WORDS]
    if titled:
        rest = tail[titled[-1] + 1 :]
        if len(rest) >= 2 and all(
            w[:1].isupper() and w.lower() not in common and w.lower() not in TITLE_WORDS
            for w in rest
        ):
            return " ".join(rest)
    return " ".join(words)


# A rank before a word is no first name: "Staff" (an IMF statement's "Staff said…") is not
# "Senior Staff" of the "Senior Staff Association" another line names
RANKS = frozenset(["senior", "junior", "principal", "assistant", "associate", "top", "lead"])


# People of a kind, after a word that says which ("Shipping analysts", "Port executives")
GROUP_NOUNS = (
    r"(?:analysts|experts|economists|observers|commentators|watchers|insiders|executives|"
    r"officials|sources|traders|investors|lawyers|researchers|scientists|workers|leaders|"
    r"groups|companies|firms|producers|exporters|importers|lenders|insurers|unions)"
)


DESCRIBES_GROUP = lazy_compile(rf"\b([A-Z][\w'’-]+) {GROUP_NOUNS}\b")


# Each capitalised word with the capitalised word right after it ("Mark Rutte", "General
# Mark"): the lookahead leaves the second word to open the next pair.
NAME_PAIR = lazy_compile(r"\b([A-Z][\w'’-]+) (?=([A-Z][\w'’-]+))")
# two given names before a surname: "José Antonio Kast" (the pair alone had made the lone
# "Kast" of another sentence "Antonio Kast", a row's label in a cold read of `lithium`)
NAME_TRIPLE = lazy_compile(r"\b([A-Z][\w'’-]+ [A-Z][\w'’-]+) (?=([A-Z][\w'’-]+))")


class NamesTold(NamedTuple):
    """What `first_names` asks of one article, found once per source and kept in the
    corpus index with its signals: a rebuild of a large archive had searched the whole
    text of every article naming a lone surname again (a fifth of a second on a
    thousand sources)."""

    # (capitalised word, the capitalised word after it), and (two capitalised words, the
    # one after them): "José Antonio Kast" gives ("José", "Antonio"), ("Antonio", "Kast")
    # and ("José Antonio", "Kast")
    pairs: tuple[tuple[str, str], ...]
    describing: tuple[str, ...]  # words that describe a group (`DESCRIBES_GROUP`)


def names_told(text: str) -> NamesTold:
    """An article's `NamesTold`."""
    return NamesTold(
        tuple((m[1], m[2]) for pattern in (NAME_PAIR, NAME_TRIPLE) for m in pattern.finditer(text)),
        tuple(sorted(set(DESCRIBES_GROUP.findall(text)))),
    )


def first_names(
    names: set[str], articles: Sequence[NamesTold], common: frozenset[str]
) -> dict[str, str]:
    """A surname standing alone as an actor ("Rutte announced…") with the one first name
    the corpus gives it ("NATO Secretary General Mark Rutte"): "Mark Rutte"; or both given
    names, where a name of three words ends a pair too ("José Antonio Kast"). A surname the
    corpus pairs with two first names, or with none, stays as it is. `articles`: the
    `names_told` of the articles to search."""
    lone = sorted(n for n in names if " " not in n and not n.isupper() and n[:1].isupper())
    if not lone:
        return {}
    # a word that describes a group ("Shipping analysts said…") is no surname: it takes
    # no first name ("Mediterranean Shipping Co." of another source had made that line
    # the firm's position)
    describing = {word for told in articles for word in told.describing}
    # nor is a body's kind ("The Bank urged…" in a digest of the World Bank's report):
    # the one "<Word> Bank" its article names with an uncommon word had made the row the
    # Central Bank of Nigeria's ("World" is a common word, so the World Bank was not found)
    wanted = {n for n in lone if n not in describing and not BODY_NAME_END.fullmatch(n)}
    if not wanted:
        return {}
    found: dict[str, set[str]] = {}
    for told in articles:
        for first, second in told.pairs:
            # the name the second word opens with: itself, or the letters before a "'s" or
            # "-…" ("Rutte's" names "Rutte"; "Ruttenberg" does not)
            cut = [second] + [
                second[:i]
                for i, c in enumerate(second)
                if c in "'’-" and second[i - 1 : i].isalnum()
            ]
            name = next((n for n in cut if n in wanted), None)
            if name is None:
                continue
            if (
                all(
                    lower not in common
                    and lower not in _CALENDAR
                    and lower not in TITLE_WORDS
                    and lower not in RANKS
                    for lower in first.lower().split()
                )
                and not (
                    # of two words, neither an owner nor an acronym: "Tesla's Elon", "CEO Jensen"
                    " " in first
                    and any(
                        w.endswith(("'s", "’s")) or (w.isupper() and len(w) > 1)
                        for w in first.split()
                    )
                )
                and not HONORIFIC.match(f"{first} {name}")
            ):  # "Mr Ndung'u"
                found.setdefault(name, set()).add(first)
    full: dict[str, str] = {}
    for name, firsts in found.items():
        # a given name that ends two given names is theirs: "Antonio" of "José Antonio"
        given = {f for f in firsts if not any(o.endswith(" " + f) for o in firsts)}
        if len(given) == 1:
            full[name] = f"{given.pop()} {name}"
    return full


# A clause after a semicolon that opens on a name ("; Germany, Hungary and Spain…", "; the
# Commission insists…")
_NAMED_CLAUSE = lazy_compile(r"^[\"“]?(?:[Tt]he\s+(?=[A-Z]))?(?P<name>[A-Z][\w'’.-]*)")


# Two parties' stances as one subject: "Beijing's insistence on a stake for COSCO, and the
# US insistence that the Panama terminals must not end up with a Chinese state company,
# have produced talk of…" (a cold read found it as China's row)
_STANCE_NOUN = (
    r"(?:insistence|demands?|refusal|opposition|objections?|calls?|push|pressure|position|"
    r"stance|support|backing|resistance|reluctance)"
)
# a party's stance as a noun: "Beijing's insistence", "the US insistence" (not "Brussels
# calls", a verb)
_PARTY_STANCE = (
    r"(?:(?<![\w’'])[Tt]he\s+(?P<{0}>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)|"
    r"(?P<{0}s>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s?)\s+" + _STANCE_NOUN + r"\b"
)
JOINT_STANCES = lazy_compile(
    _PARTY_STANCE.format("one") + r"[^;.]{0,160}?,?\s+and\s+" + _PARTY_STANCE.format("other")
)


# Two parties as one subject: "Germany and Great Britain were…", "Russia and China vetoed…"
JOINT_SUBJECT = lazy_compile(
    # (after an opening phrase too: "In connection with the clashes, Moscow and Dushanbe…")
    r"^[\"“]?(?:[A-Z][^,;:\"“”]{2,80},\s+)?(?:[Tt]he\s+)?"
    r"(?P<one>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+and\s+(?:the\s+)?"
    r"(?P<other>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?:(?:have|has|had|are|were|both|"
    r"jointly|also|have\s+both)\s+)*(?:[a-z]+ed|are|were|say|said|want|oppose|back|reject|"
    r"refuse|support|agree|insist|call|urge|see|fear)\b"
)
# ", but Dangote says…": a second party's stance after the first's, in one sentence
ANSWERED_BY_ANOTHER = lazy_compile(
    r",\s+but\s+(?:the\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+"
    r"(?:says|said|argues|argued|insists|insisted|counters|countered|complains|complained|"
    r"warns|warned|maintains|maintained|claims|claimed|contends|contended|responds|responded)\b"
)


def stances_in_turn(text: str) -> bool:
    """Does the sentence give several parties' stances in turn, clause by clause ("France
    continues to argue for firm trade defence; Germany, Hungary and Spain continue to court
    Chinese investment; the Commission insists…"), or two parties' stances as one subject
    (`JOINT_STANCES`)? It is no one actor's row: under France's name it had given four
    others' stances as France's."""
    joint = JOINT_STANCES.search(text)
    if joint and (joint["one"] or joint["ones"]) != (joint["other"] or joint["others"]):
        return True
    pair = JOINT_SUBJECT.match(text) if " and " in text else None
    if pair and f"{pair['one']} and {pair['other']}" not in state_names():
        # "Germany and Great Britain were not interested in the prospect of fighting…":
        # two parties' stance, which had stood as Germany's row in the example (a cold
        # read); "Trinidad and Tobago" is one state
        return True
    answer = ANSWERED_BY_ANOTHER.search(text) if ", but " in text else None
    if answer and answer["name"] not in text[: answer.start()]:
        # "The NUPRC has said producers must first meet a … obligation before exporting,
        # but Dangote says international oil companies quote it higher prices…" (a cold
        # read: two actors in one row, half the cell the other's complaint)
        return True
    if text.count(";") < 1:
        return False
    clauses = [c.strip() for c in text.split(";")]
    found = (_NAMED_CLAUSE.match(clause) for clause in clauses)
    openers = [m["name"] for m in found if m and m["name"] != "The"]
    return len(openers) >= 2 and len(set(openers)) >= 2


def bodies_named_by_kind(kinds: set[str], articles: dict[str, str]) -> dict[tuple[str, str], str]:
    """(source id, kind) -> the body of that kind its own article names most: "The Bank
    urged…" in a digest titled "IMF and World Bank statements" is the World Bank, which it
    names three times, not the Central Bank it names once. `articles`: each source's title
    and text. A kind whose bodies the article names equally often stays as it is."""
    found: dict[tuple[str, str], str] = {}
    for kind in sorted(kinds):
        after = re.compile(rf"\b{re.escape(kind)} of (?:the )?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
        for source, text in articles.items():
            counts: Counter[str] = Counter(match.group(0) for match in after.finditer(text))
            counts.update(_names_of_kind(kind, text, len(text)))
            ranked = counts.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                found[(source, kind)] = ranked[0][0]
    return found


def body_named_before(kind: str, text: str, at: int) -> str | None:
    """The body of `kind` the text names last before `at` ("…the World Bank said… The Bank
    cut its growth forecast": "World Bank"), or None."""
    return next(reversed(list(_names_of_kind(kind, text, at))), None)


def _names_of_kind(kind: str, text: str, end: int) -> Iterator[str]:
    """The names of bodies of `kind` the text gives before `end`, in order, by the
    capitalised words before the kind ("World Bank"; "The", "In" at a sentence's start
    are no part of them), or by a heading in capitals ("2. WORLD BANK NIGERIA DEVELOPMENT
    UPDATE" heads the digest's part whose "The Bank estimates…" a cold read found under
    the Central Bank, named last in the part before it)."""
    # (a name stands on one line: "Share | Tweet | Email | Print" above "The European
    # Commission on Wednesday proposed…" had made a row "Print The European Commission")
    before = re.compile(
        rf"\b((?:[A-Z][\w'’&-]*[ \t]+){{1,3}})(?:{re.escape(kind)}|{re.escape(kind.upper())})\b"
    )
    for match in before.finditer(text, 0, end):
        words = match.group(1).split()
        if match.group(0).isupper():
            words = [word.title() for word in words]
        while words and words[0].lower() in _OPENING_WORDS:
            words = words[1:]
        if words:
            yield f"{' '.join(words)} {kind}"


# Words that open a sentence before a body's name, not part of it ("The", "In", "But")
_OPENING_WORDS = frozenset(
    {"the", "a", "an", "in", "at", "on", "by", "for", "from", "but", "and", "as", "while"}
    | {"when", "after", "before", "since", "under", "with", "this", "that", "its", "their"}
)


# Words of a post that make the organisation named with a person their employer. Asked
# whether a passage names one, they are looked up in a set (a regex of them, case-blind
# and unanchored, cost a +1 build of a 1,000-source archive a quarter of a second); in the
# patterns below they are one case-blind alternation made from the same words.
POST_WORDS = frozenset(
    [
        "president",
        "officer",
        "chief",
        "executive",
        "head",
        "director",
        "chair",
        "chairman",
        "chairwoman",
        "economist",
        "manager",
        "counsel",
        "founder",
        "co-founder",
        "partner",
        "minister",
        "secretary",
        "secretary-general",
        "commissioner",
        "lead",
        "leader",
        "vice-president",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    ]
)
_POST = (
    "(?i:"
    + "|".join(
        re.escape(word).replace("\\-", "[- ]")
        for word in sorted(POST_WORDS, key=lambda w: (-len(w), w))
    )
    + ")"
)
LOWER_WORD = lazy_compile(r"[a-z][a-z-]*")


def names_a_post(text: str) -> bool:
    """Does the text name a post ("chief executive", "spokeswoman", "CEO")?"""
    return not POST_WORDS.isdisjoint(LOWER_WORD.findall(text.lower()))


SURNAME_WORD = lazy_compile(r"[A-Z][\w'’-]+")
_PERSON = r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
_ORG = r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})"
EMPLOYED = (
    # "Adam Meyers, CrowdStrike's senior vice president for counter-adversary operations"
    lazy_compile(rf"\b{_PERSON}, (?:the )?{_ORG}['’]s (?:[\w-]+ ){{0,4}}?{_POST}\b"),
    # "Kelly Ortberg, the chief executive of Boeing", "Jane Roe, head of policy at Maersk"
    lazy_compile(
        rf"\b{_PERSON}, (?:the |a |an )?(?:[\w-]+ ){{0,4}}?{_POST}(?: [\w-]+){{0,3}}? "
        rf"(?:of|at) (?:the )?{_ORG}\b"
    ),
    # "Photo: Adam Meyers of CrowdStrike is sworn in…"
    lazy_compile(rf"\b{_PERSON} of {_ORG}\b"),
)
# "Boeing Chief Executive Dave Calhoun said…": the employer, a title, the person.
TITLED_OFFICER = lazy_compile(
    r"\b(?!(?:Former|The|Its|His|Her|Their|Our|Then|New|Interim|Acting|Ex)\b)"
    r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}?) (?:(?:Group|Deputy|Vice|Acting|Senior) )?"
    # "…wrote to CrowdStrike chief executive George Kurtz" (lower case, as most papers
    # print it: a cold read found his row beside CrowdStrike's)
    r"(?:[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|CEO|President|Chair(?:man|woman)?|"
    r"chair(?:man|woman)|Managing Director|"
    r"Director(?:[- ]General)?|[Ss]pokes(?:man|woman|person)|General Counsel|"
    r"Chief Financial Officer|CFO|Chief Operating Officer|COO|Executive Vice-President|"
    r"(?:[A-Z][a-z]+ )?Commissioner(?:[- ]General)?|"
    r"Secretary[- ]General) "
    rf"{_PERSON}\b"
)


NOT_A_PERSON = lazy_compile(r"(?:The|A|An|In|On|At|For) ")
# capitalised words just before a name: a post given as a title ("Treasury Cabinet
# Secretary John Mbadi", "Finance Minister Satsuki Katayama")
TITLE_WORDS_BEFORE = lazy_compile(r"((?:[A-Z][\w'’&.-]*\s+){1,4})$")


def titled_otherwise(text: str, person: str, employer: str) -> bool:
    """Does the text give `person` a post as a title that is not with `employer`? The corpus
    may name someone with one body ("ODM chairman John Mbadi") while a passage quotes them
    in another post ("Treasury Cabinet Secretary John Mbadi has said Kenya can manage…"):
    that passage speaks for the post, and a cold read found it a row of the party."""
    at = text.find(person)
    if at <= 0:
        return False
    before = TITLE_WORDS_BEFORE.search(text, 0, at)
    if before is None:
        return False
    words = before.group(1).split()
    return not POST_WORDS.isdisjoint(w.lower() for w in words) and not any(
        part in words for part in employer.split()
    )


def employers_named(texts: list[str], people: set[str] | None = None) -> dict[str, str]:
    """People the corpus names with their employer beside them, in an apposition ("Adam
    Meyers, CrowdStrike's senior vice president", "Kelly Ortberg, the chief executive of
    Boeing"), with "of" ("Adam Meyers of CrowdStrike") or before a title ("Boeing Chief
    Executive Dave Calhoun"): person -> organisation, where
    one is named for the person (`fuller_names` keeps it only where the organisation
    holds positions of its own). With `people`, only those people are looked for."""
    found: dict[str, set[str]] = {}
    # only passages naming one of `people` (the actors whose employer is wanted) and a
    # post or an "of" can say it: asked cheaply first, since a +1 build of a 1,000-source
    # archive asks this of every passage of its pool
    surnames = {person.split()[-1] for person in people or ()}
    for text in texts:
        if people is not None and surnames.isdisjoint(SURNAME_WORD.findall(text)):
            continue
        post = names_a_post(text)
        pairs = (
            [(m.group(1), m.group(2)) for pattern in EMPLOYED[:2] for m in pattern.finditer(text)]
            + [(m.group(2), m.group(1)) for m in TITLED_OFFICER.finditer(text)]
            if post
            else []
        )
        if " of " in text:
            pairs += [(m.group(1), m.group(2)) for m in EMPLOYED[2].finditer(text)]
        for person, org in pairs:
            if org != person and not NOT_A_PERSON.match(person) and not TITLES.match(person + " "):
                found.setdefault(person, set()).add(org)
    return {person: orgs.pop() for person, orgs in found.items() if len(orgs) == 1}


# a word saying who leads, backs or holds a body ("Tajik-dominated", "Iran-backed")
LED_BY = lazy_compile(
    r"(?:[Tt]he\s+)?[A-Z][\w'’.]*-(?:dominated|led|backed|based|owned|run|aligned|allied|"
    r"controlled|held|linked|funded|supported|sponsored|brokered)"
)


REGION_OF = lazy_compile(
    r"(?:(?:the\s+)?(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|"
    r"Upper|Lower|Greater|Inner|Outer|Rural|Coastal)[\s-]?)+",
    re.IGNORECASE,
)


# The last word of a body's name: a party, a movement, an association, a firm
BODY_NAME_END = lazy_compile(
    r"\b(?:Movement|Party|Congress|Alliance|Association|Union|Group|Company|Corporation|"
    r"Front|Council|Foundation|Institute|Agency|Authority|Federation|Coalition|League|"
    r"Commission|Committee|Fund|Bank|Network|Forum)$"
)


# What names a part of a company rather than the company: a venture, a plant or a unit
# numbered in any language ("TikTok USDS Joint Venture LLC", "Northvolt Drei", "Northvolt
# Ett"), a regional arm ("… Europe", "… USA")
PART_OF_A_COMPANY = lazy_compile(
    r"\b(?:Joint Venture|JV|Subsidiary|Unit|Division|Europe|Americas|USA|UK|"
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Ett|Två|Tre|Drei|Zwei|Eins|Un|Deux|"
    r"[IVX]{1,4})\b"
)


def _parts_of_a_whole(name: str, longer: list[str]) -> bool:
    """Do the longer names that open with a one-word `name` name parts of it (several
    continuations, "Northvolt Ett", "Northvolt Six", "Northvolt AB"; or one a part by its
    words, "TikTok USDS Joint Venture LLC") rather than its own fuller name ("Delta Air
    Lines")? A cold read found every stance of Northvolt's in a row of "Northvolt Drei",
    its German plant."""
    continuations = {other[len(name) :].split()[0] for other in longer}
    if len(continuations) >= 2:
        return True
    return any(PART_OF_A_COMPANY.search(other[len(name) :]) for other in longer)


EVENT_OF_A_PARTY = lazy_compile(r" (?:Flight|Flights|Crash|Accident|Incident|Disaster)")
# "ISA Council" of "ISA": an organ of the body, not its fuller name ("ISA Secretary-General
# Leticia Carvalho said…" had headed the Council's row: a cold read's wrong actor)
ORGAN_OF_A_BODY = lazy_compile(
    r" (?:Council|Assembly|Secretariat|Board|Committee|Commission|Court|Tribunal|Panel|"
    r"Parliament|Senate|Cabinet|Presidency)"
)


def fuller_names(
    names: list[str | None],
    employers: dict[str, str] | None = None,
    sources: list[str] | None = None,
    defined: dict[str, str] | None = None,
) -> dict[str, str]:
    """Short names that stand for a longer one the corpus uses ("Delta" for "Delta Air
    Lines"): each maps to the longer name it opens that is named most, so one actor gets one
    row, whichever way a source names it; a name with its employer before it
    ("CrowdStrike's Adam Meyers") maps to the bare name where the corpus uses that too,
    and a person whose employer the corpus names beside them (`employers_named`) speaks
    for it where it holds positions of its own. With `sources` (each name's source), a
    single word stands for a longer name it ends only where one source names both: "A
    Treasury spokesperson" of a US article is not "Kenya's National Treasury" of another.
    `defined`: acronyms the texts spell out in brackets (`acronyms_defined`)."""
    defined = defined or {}
    counts: dict[str, int] = {}
    named_in: dict[str, set[str]] = {}
    for k, name in enumerate(names):
        if name:
            counts[name] = counts.get(name, 0) + 1
            if sources is not None:
                named_in.setdefault(name, set()).add(sources[k])
    fuller: dict[str, str] = {}
    states = state_names()
    for name in counts:
        if name in states:
            continue  # "Panama" is the state, not the "Panama Ports Company"
        # not a pair of parties that opens with it: "Eli Lilly" is not "Eli Lilly and
        # Regeneron" (nor "Hershey" "Hershey and Mondelez")
        longer = [
            other
            for other in counts
            if other.startswith(name + " ")
            and not other[len(name) :].startswith(" and ")
            # "Raila" is not "Raila Odinga's Orange Democratic Movement": a possessive
            # names what belongs to the longer name, not a fuller name of it
            and not re.search(r"['’]s ", other[len(name) :])
            # nor "Alaska Airlines Flight" (of "…Flight 1282"): an event of the party's, no
            # fuller name (a cold read found the airline's row headed so)
            and not EVENT_OF_A_PARTY.fullmatch(other[len(name) :])
            and not (name.isupper() and ORGAN_OF_A_BODY.fullmatch(other[len(name) :]))
        ]
        # "Meyers" for "Adam Meyers"; an acronym is an organisation's own name, not a
        # surname ("ECOWAS" is not the "Leaving ECOWAS" of a heading)
        if not longer and " " not in name and not name.isupper():
            # (not a pair it ends: "Kairos" is not "X-energy and Kairos")
            longer = [
                other
                for other in counts
                if other.endswith(" " + name)
                and not re.search(r" (?:and|&) ", other)
                # "Southern California" is a part of California, not its fuller name
                and not REGION_OF.fullmatch(other[: -len(name) - 1])
                # nor is "Tajik-dominated Jamiat-e-Islami" Jamiat's: who leads or backs a
                # body describes it (a row had been headed so)
                and not LED_BY.fullmatch(other[: -len(name) - 1])
                and (sources is None or not named_in[name].isdisjoint(named_in[other]))
            ]
            # the name itself, not a title or an employer: "Donald Trump" over
            # "President-elect Donald Trump" and "CrowdStrike's Adam Meyers"
            bare = [other for other in longer if " " not in other[: -len(name) - 1].strip()]
            longer = bare or longer
        if longer and " " not in name and _parts_of_a_whole(name, longer):
            continue  # "Northvolt" is not "Northvolt Drei" (nor "Northvolt Six")
        if longer:
            fuller[name] = max(longer, key=lambda other: (counts[other], other))
    for name in counts:  # "CrowdStrike's Adam Meyers" is the "Adam Meyers" named elsewhere
        owner, mark, rest = name.replace("’s ", "'s ").partition("'s ")
        if (
            mark
            and owner
            and BODY_NAME_END.search(rest)
            and " " in rest  # not "International Longshoremen's Association", a name
            and " and " not in rest
            and not BODY_NAME_END.search(owner)  # a body's own unit is the body's
            and not _acronym(owner)
        ):
            # "Raila Odinga's Orange Democratic Movement … is now part of his government":
            # a body someone leads speaks as itself (it had been Raila Odinga's row, and
            # every "Orange Democratic Movement" with it)
            fuller[name] = rest
            continue
        # an organisation by its acronym speaks through its officer whether or not it holds
        # positions of its own elsewhere ("UNEP's Inger Andersen" is UNEP's row)
        if (
            mark
            and owner
            and (owner in counts or _acronym(owner))
            and owner not in states
            and " " in rest
        ):
            # ... and where the employer holds positions of its own, he speaks for it: one
            # row for CrowdStrike, not one for the company and one for its officer ("Russia's
            # Wagner Group" is no officer: a state's people and forces keep their own rows)
            fuller[name] = owner
            fuller[rest] = owner
        elif (
            mark
            and owner
            and rest
            and all(w.lower() in TITLE_WORDS for w in re.split(r"[ -]", rest))
        ):
            # "International Maritime Organization's Secretary-General": the post speaks
            # for its owner, named or not elsewhere
            fuller[name] = owner
        elif mark and owner and rest in counts and name not in fuller:
            fuller[name] = fuller.get(rest, rest)
    for name in sorted(set(counts) | set((employers or {}).values())):
        # "KRA Commissioner General Humphrey Wattanga said…" and "The Kenya Revenue
        # Authority said…": one body, one row (under its name spelled out). A two-letter
        # acronym only for a body's name ("European Union") one source names with it
        # ("UN" and "Upper Nile" are not one). An employer's acronym too: "KRA
        # Commissioner General Humphrey Wattanga" speaks for the KRA (below).
        if name in fuller or not _acronym(name):
            continue
        spelled = [
            other
            for other in counts
            if other != name
            # ("TMC", The Metals Company: an actor's name is kept without its article, and
            # its acronym spells it only where a source defines it so, "The Mining Code"
            # spelling TMC too)
            and (
                spelled_initials(other) == name
                or (defined.get(name) == other and spelled_initials(f"The {other}") == name)
            )
            and (
                len(name) > 2
                or (
                    (sources is None or not named_in.get(name, set()).isdisjoint(named_in[other]))
                    and bool(BODY_NAME_END.search(other) or other.endswith(" Nations"))
                )
            )
        ]
        if len(spelled) == 1:
            fuller[name] = spelled[0]
    for person, employer in (employers or {}).items():
        # "Adam Meyers, CrowdStrike's senior vice president…": CrowdStrike's row; an
        # organisation named by its acronym, whether or not it holds positions of its
        # own ("EU Economy Commissioner Paolo Gentiloni said…" is the EU's row)
        if person in counts and ABBREVIATED_STATES.get(employer) in UNION_NAMES.values():
            fuller[person] = ABBREVIATED_STATES[employer]  # the Union's officer, not a state's
        elif (
            person in counts
            and (employer in counts or _acronym(employer))
            and employer not in states
        ):
            fuller[person] = employer
    return {name: _final(name, fuller) for name in fuller}


def one_spelling(actors: Sequence[str | None]) -> tuple[str | None, ...]:
    """One actor, one name, however its accents are typed: "Conseil du Cafe-Cacao" is the
    "Conseil du Café-Cacao" another source names. A spelling with its accents stands for
    all (a writer who typed them had the name right; a dateline's capitals aside), else the
    most used one."""
    spellings: dict[str, Counter[str]] = {}
    for actor in actors:
        if actor:
            spellings.setdefault(_unaccented(actor), Counter())[actor] += 1
    chosen = {
        key: max(
            found.items(),
            key=lambda item: (not item[0].isupper(), not item[0].isascii(), item[1], item[0]),
        )[0]
        for key, found in spellings.items()
    }
    return tuple(chosen[_unaccented(a)] if a else None for a in actors)


# People named by what they are, after a word that opens the sentence: "Industry analysts
# said…", "Government officials warned…"
PEOPLE_BY_ROLE = frozenset(
    re.findall(
        r"\S+",
        """analysts officials executives experts observers sources insiders watchers
        participants lawmakers legislators investors traders economists diplomats leaders
        representatives campaigners critics advocates researchers scientists negotiators
        regulators lobbyists bankers managers spokespeople""",
    )
)


def openers_of_people(texts: Sequence[str], named: Sequence[str | None]) -> list[str | None]:
    """No actor where a sentence's opening word only describes the people who speak:
    "Industry analysts said the rules could set back China's efforts…" is no row for
    "Industry" (a word the corpus capitalises inside "Semiconductor Industry Association"
    more often than it writes "industry", so it had passed for a name). The word must be
    written in lower case somewhere in the corpus: "Nvidia executives said…" keeps Nvidia,
    "Chinese officials…" their state."""
    suspects: dict[int, str] = {}
    for row, (text, name) in enumerate(zip(texts, named, strict=True)):
        if name and " " not in name:
            words = text.split(None, 2)
            if len(words) > 1 and words[0] == name and words[1] in PEOPLE_BY_ROLE:
                suspects[row] = name
    if not suspects:
        return list(named)
    wanted = {name.lower() for name in suspects.values()}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(wanted))) + r")\b")
    written = {m.group(0) for text in texts for m in pattern.finditer(text)}
    return [
        None if suspects.get(row, "").lower() in written else name for row, name in enumerate(named)
    ]


# An office any state has, named without its state: "Ministry of Foreign Affairs",
# "Defence Ministry", "the Presidency", "Parliament".
STATELESS_OFFICE = lazy_compile(
    r"^(?:The\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}Ministry(?:\s+of\s+.+)?|Office of the .+|"
    r"Presidency|Cabinet|Government|Parliament|National Assembly|Foreign Office)$"
)


def offices_of_headed_states(
    actors: Sequence[str | None], headings: Sequence[str | None]
) -> tuple[str | None, ...]:
    """An office named without its state speaks for the state its source's sub-heading
    names: in a digest of statements, "Ministry of Foreign Affairs, statement, 17 July:…"
    under "Russian Federation" is Russia's (its row had read "Ministry of Foreign Affairs",
    and the Ministries of Defence of Russia and of Ukraine had been one actor)."""
    found: list[str | None] = []
    for actor, heading in zip(actors, headings, strict=True):
        if actor and heading and STATELESS_OFFICE.match(actor):
            states = {state for _, state in countries_in(heading)}
            if len(states) == 1 and not countries_in(actor):
                actor = states.pop()
        found.append(actor)
    return tuple(found)


def _unaccented(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _acronym(name: str) -> bool:
    """An organisation's acronym ("UNEP", "EU"), not a state's ("UK's Keir Starmer" is a
    state's officer, kept as himself)."""
    return name.isupper() and name.isalpha() and len(name) >= 2 and name not in ABBREVIATED_KEYS


# small words a body's name holds that its acronym skips ("Central Bank of Kenya", CBK)
_SKIPPED_IN_INITIALS = frozenset({"of", "the", "and", "for", "on", "de", "la", "du", "des", "&"})


# "The Metals Company (TMC)": a name and the acronym in brackets after it
ACRONYM_DEFINED = lazy_compile(
    r"\b((?:[A-Z][\w&'’-]*\s+(?:(?:of|and|for|the|on)\s+)?){1,7})\(([A-Z]{2,6})\)"
)


def acronyms_defined(texts: Iterable[str]) -> dict[str, str]:
    """Each acronym a text spells out before it in brackets, to the name without a leading
    "The" ("TMC" -> "Metals Company"), where the initials match."""
    found: dict[str, str] = {}
    for text in texts:
        if "(" not in text:
            continue
        for match in ACRONYM_DEFINED.finditer(text):
            name, acronym = match[1].strip(), match[2]
            bare = name[4:] if name.startswith("The ") else name
            if acronym in (spelled_initials(name), spelled_initials(bare)):
                found.setdefault(acronym, bare)
    return found


def spelled_initials(name: str) -> str | None:
    """The acronym a name of two words or more spells ("Kenya Revenue Authority" -> "KRA",
    "Central Bank of Kenya" -> "CBK"); None for a name with a word neither capitalised nor
    one of the small words names skip (a phrase, not a name)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2:
        return None
    initials = []
    for word in words:
        if word in _SKIPPED_IN_INITIALS:
            continue
        if not word[0].isupper():
            return None
        initials.append(word[0])
    return "".join(initials)


def _final(name: str, fuller: dict[str, str]) -> str:
    """Where a chain of fuller names ends ("Meyers" -> "Adam Meyers" -> "CrowdStrike")."""
    seen = {name}
    while name in fuller and fuller[name] not in seen:
        name = fuller[name]
        seen.add(name)
    return name


def subject_actor(text: str, common: frozenset[str] = frozenset(), window: int = 80) -> str | None:
    found = subject_actor_at(text, common, window)
    return found[0] if found else None


_TITLE = (
    r"(?:(?:Vice |Deputy |Acting |Former )?(?:President|Prime Minister|Premier|Chancellor|"
    r"(?:Foreign |Defen[cs]e |Interior )?Minister|Secretary|King|Queen|Emir|Sheikh|Sultan|"
    r"Ambassador|General|Governor|Mayor|Senator|Spokesman|Spokeswoman|"
    # "…, foreign ministry spokesman Lin Jian said in Beijing": a ministry's voice speaks
    # for its state (a cold read found China's stance without China's row)
    r"(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Tt]rade|[Cc]ommerce|[Ee]xternal "
    r"[Aa]ffairs) [Mm]inistry [Ss]pokes(?:man|woman|person)))"
)
TITLES = lazy_compile(rf"^{_TITLE} ")
# (not after a hyphen: "Secretary-General António Guterres" heads the UN, not a state)
TITLED_NAME = lazy_compile(rf"\b(?<![-‐]){_TITLE}\s+((?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)")


def titled_surnames(text: str) -> set[str]:
    """Surnames the text names after a title ("President Emomali Rahmon" -> "Rahmon"); not
    an organisation's officer ("ILA President Harold Daggett" heads a union, no state)."""
    return {
        m.group(1).split()[-1]
        for m in TITLED_NAME.finditer(text)
        if not ACRONYM_BEFORE.search(text, 0, m.start())
    }


ACRONYM_BEFORE = lazy_compile(r"\b[A-Z]{2,6}\s+$")


def states_named(text: str, located: Sequence[tuple[int, str]] | None = None) -> frozenset[str]:
    """The countries a text names (display names), less those named only inside the title
    of a thing ("the Prohibiting Russian Uranium Imports Act"): the company a person keeps
    (`person_states`) had made "President Joe Biden signed the Prohibiting Russian Uranium
    Imports Act…" Russia's, and his signing of another act a row of Russia's. `located`
    may bring the text's `countries_in`, found before."""
    return frozenset(
        name
        for at, name in (countries_in(text) if located is None else located)
        if not _inside_a_things_title(text, at)
    )


# The capitalised words from a state's name on, to the end of the name they belong to.
_CAPITALISED_FROM = lazy_compile(r"[\w'’.-]+(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*)*")


def _inside_a_things_title(text: str, at: int) -> bool:
    run = _CAPITALISED_FROM.match(text, at)
    if run is None or " " not in run.group(0):
        return False
    last = run.group(0).split()[-1].rstrip(".,;:'’")
    return last[:1].isupper() and bool(ENDS_IN_THING.search(last))


# Between a state's name and a person's surname, only capitalised words (a possessive, a
# title, given names): "the Dominican Republic's President Luis Abinader".
ATTACHED = lazy_compile(r"^(?:[A-Z][\w'’.-]*\s+){1,7}$")  # "U.S. Treasury Secretary Scott …"
TRAILING_CAPITALISED = lazy_compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+){1,7}$")


def _attached_states(text: str, surname: str) -> list[str]:
    """States named right before the person, as part of how the text names them."""
    found = []
    at = text.find(surname)
    while at >= 0:
        # only the capitalised words right before the surname can hold such a state, so
        # only they are searched (this is asked of every sentence naming an office holder)
        run = TRAILING_CAPITALISED.search(text, max(0, at - 80), at)
        if run:
            window = run.group(0)
            for offset, state in reversed(countries_in(window)):
                if ATTACHED.match(window[offset:]):
                    found.append(state)
                    break
        at = text.find(surname, at + len(surname))
    return found


# "…imposed controls on China", "…talks with Russia": a state the sentence acts upon
STATE_AS_OBJECT = lazy_compile(
    # ("…a remark widely read as an oblique criticism of China": a noun's object, not the
    # junta chief's state, which had made Min Aung Hlaing's row China's)
    r"(?-i:\b[a-z]{3,} of)\s+(?:the\s+)?$|"
    r"\b(?:on|against|to|with|from|into|towards?|over|defend(?:ing)?|protect(?:ing)?|"
    r"attack(?:ed|ing)?|invad(?:ed|ing|e)|sanction(?:ed|ing)?|accus(?:ed|ing|e)|"
    r"blam(?:ed|ing|e)|urg(?:ed|ing|e)|press(?:ed|ing)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
STATE_BEFORE_NOUN = lazy_compile(
    r"(U\.S\.|U\.K\.|[A-Z][a-z]+)\s+(?!(?:said|says|has|have|had|is|are|was|were|will|"
    r"would|could|can|may|might|must|should|did|does|do|also|then|now|and|or|but)\b)[a-z]"
)
# "…met Chinese President Xi Jinping": a state with another person's title and name
STATE_THEN_TITLED = lazy_compile(r"[\w.'’-]+\s+((?:[A-Z][\w.'’-]*\s+){1,6})")


def _states_of_others(
    text: str, surname: str, located: Sequence[tuple[int, str]] | None = None
) -> set[str]:
    """The states a sentence names only as what is acted upon or as another titled
    person's: no sign of the state the person named by `surname` acts for ("Min Aung
    Hlaing met Chinese President Xi Jinping…" had made him China's). `located` may bring
    the text's `countries_in`, found once for every person the text names."""
    flags: dict[str, list[bool]] = {}
    for offset, state in countries_in(text) if located is None else located:
        other = STATE_AS_OBJECT.search(text, max(0, offset - 14), offset) is not None
        if not other:
            run = STATE_THEN_TITLED.match(text, offset)
            other = bool(run and TITLES.match(run[1]) and surname not in run.group(0))
        if not other:
            # "…the economic policies of the incoming U.S. administration": a state's
            # adjective before a common noun tells the noun's, not the person's, state
            # ("Japan said…" is the state itself)
            word = STATE_BEFORE_NOUN.match(text, offset)
            other = (
                word is not None
                and word[1].lower() != state.lower()
                and word[1].lower() not in seats_of_government()
            )
        flags.setdefault(state, []).append(other)
    return {state for state, others in flags.items() if all(others)}


# The state a brief is about, as its title tells it: "Kenya's Fiscal and Political
# Crisis", "Argentina under Milei", "Bangladesh after the July uprising".
HOME_STATE_AFTER = lazy_compile(r"[\w.’'-]*(?:['’]s\b|\s+(?i:under|after|since)\b)")


def home_states(title: str) -> frozenset[str]:
    """The one state a brief's title makes its own subject (possessive, or "X under…",
    "X after…"), where it names one state so; else none. Its people are parties of its
    politics, not its voice: "Treasury Cabinet Secretary John Mbadi" had headed a row of
    "Kenya" in a memo on Kenya's crisis, and the RSF's leader one of "Sudan" in a memo on
    Sudan's war."""
    found = set()
    for at, name in countries_in(title):
        if name in UNION_NAMES.values():
            continue
        rest = title[at:]
        # past the state's own words ("Sri Lanka's", "Bangladesh after")
        for word in name.split()[:-1]:
            if rest.startswith(word + " "):
                rest = rest[len(word) + 1 :]
        if HOME_STATE_AFTER.match(rest):
            found.add(name)
    return frozenset(found) if len(found) == 1 else frozenset()


def person_states(
    texts: list[str],
    actors: set[str],
    min_mentions: int = 2,
    share: float = 0.5,
    titled: set[str] | None = None,
    named_states: Sequence[Sequence[str]] | None = None,
    home: frozenset[str] = frozenset(),
    located: Sequence[Sequence[tuple[int, str]]] | None = None,
) -> dict[str, str]:
    """People named as actors -> the state they act for, judged by the company they keep:
    the country most often named in the same sentences (an office holder's surname alone
    counts as a person once the corpus shows it after a title). `titled` and
    `named_states` may bring each text's `titled_surnames` and `states_named`, found
    before (the corpus index keeps them per passage), and `located` each text's
    `countries_in`. A person whose company is the
    brief's `home` state (`home_states`) keeps their own name."""
    if titled is None:
        titled = {name for text in texts for name in titled_surnames(text)}
    found: dict[str, str] = {}
    known: dict[int, frozenset[str]] = {}  # per text, found once for all the actors
    # per text, where it names each state
    where: dict[int, Sequence[tuple[int, str]]] = (
        {} if located is None else dict(enumerate(located))
    )

    def states_in(index: int) -> Collection[str]:
        if named_states is not None:
            return named_states[index]
        if index not in known:
            known[index] = states_named(texts[index])
        return known[index]

    # One string of all texts, searched for each surname: a text holds the surname when
    # a hit falls within it (the separator is in no surname, so no hit spans two texts).
    joined = "\0".join(texts)
    starts = list(itertools.accumulate((len(t) + 1 for t in texts), initial=0))

    def holding(surname: str) -> Iterator[int]:
        if "\0" in surname:
            yield from (i for i, text in enumerate(texts) if surname in text)
            return
        at = joined.find(surname)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            yield index
            at = joined.find(surname, starts[index + 1])

    for actor in sorted(actors):
        # an office holder: named with a title here, or named after one anywhere in the
        # corpus, by surname ("Milei") or in full ("Javier Milei", "President Javier Milei")
        if not (TITLES.match(actor) or actor in titled or actor.split()[-1] in titled):
            continue
        surname = actor.split()[-1]
        counts: dict[str, int] = {}
        attached: dict[str, int] = {}  # "Dominican President Luis Abinader": said outright
        mentions = 0  # sentences naming both this person and some state
        naming = 0  # sentences naming this person
        for index in holding(surname):
            named = states_in(index)
            if named:
                if index not in where:
                    where[index] = countries_in(texts[index])
                named = frozenset(named) - _states_of_others(texts[index], surname, where[index])
            naming += 1
            mentions += bool(named)
            for state in named:
                counts[state] = counts.get(state, 0) + 1
            if named:
                for state in _attached_states(texts[index], surname):
                    attached[state] = attached.get(state, 0) + 1
        if attached:
            state = max(attached.items(), key=lambda item: (item[1], item[0]))[0]
            if state not in home:
                found[actor] = state
            continue
        if not counts:
            continue
        state, count = max(counts.items(), key=lambda item: (item[1], item[0]))
        if sorted(counts.values())[-2:] == [count, count]:
            continue  # as often with two states: the company kept tells neither (Kazuo Ueda,
            # the Bank of Japan's governor, named beside "U.S." as often as beside "Japan")
        # Twice with the same state (and mostly), or once and only ever with that state,
        # where most sentences naming the person name some state ("President Joe Biden
        # signed the … Act, which bans imports of Russian uranium" beside two sentences on
        # him naming none had made him Russia's)
        sure = count >= min_mentions and count >= share * mentions
        if state in home:
            continue
        if sure or (mentions == count == 1 and len(counts) == 1 and naming <= 2):
            found[actor] = state
    return found
