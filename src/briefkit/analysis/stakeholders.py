"""Stakeholders: the groups a brief asks the positions of, as actors of the positions table.

A brief often asks for the positions of groups no proper name stands for: "Set out the
positions of Governor Ueda, the Kishida government, banks, life insurers, exporters and
households". `actors` finds states, bodies and people by their names, so a sentence
whose subject is "Exporters" or "The big four life insurers" had no actor and could not
be a row, and the analyst's table held none of the groups asked about. Here the brief's
list after "positions of" (or stances, views, reactions, responses) gives the groups: an
item of lower-case words whose last is a plural noun for people or bodies (exporters,
unions, water companies), where the list has not yet turned to the outlook. A passage
whose subject is such a group (named in its first words, with nothing but determiners,
numbers and modifiers before it) takes the group, in the brief's words, as its actor.

The subject also says whose stance a passage is not: a group the brief does not ask about
telling its view ("Traders say China wants…": `other_group_subject`), a common word before
such a group that the actor finder took for a name ("Environmental groups…":
`modifies_a_group`), or a name before the thing that is the subject ("The Ofwat fine …
was said to have weighed…": `names_a_thing`) leave the party named no row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefkit.analysis.actors import DEMONYM_ENDING, POST_WORDS, countries_in
from briefkit.lazy_regex import lazy_compile

# "…the positions of X, Y and Z, and the outlook for…": the list a brief asks stances of
STANCE_LIST = lazy_compile(
    r"\b(?:positions?|stances?|views?|reactions?|responses?)\s+of\s+(?P<items>[^.;:!?]+)",
    re.IGNORECASE,
)
ITEM_BREAK = lazy_compile(r",\s*|\s+(?:and|or|as well as|including|such as)\s+|\s+[–—-]\s+|[()]")
# an item that turns from who to what ("and the outlook for prices") ends the list
LIST_ENDS = lazy_compile(
    r"\b(?:outlook|prospects?|assess|judge|give|set out|explain|note|scenarios?|risks?)\b",
    re.IGNORECASE,
)
LEADING_WORDS = lazy_compile(
    r"^(?:the|other|their|its|rival|some|many|most|all|various|affected|key|both)\s+",
    re.IGNORECASE,
)
# Plural nouns for people or bodies: agent nouns (exporters, regulators, economists,
# migrants, residents) and the collective nouns of institutions and groups.
AGENT_PLURAL = lazy_compile(r"[a-z-]+(?:ers|ors|ists|ants|ents|ians|ees)")
COLLECTIVE = frozenset(
    {
        "groups",
        "companies",
        "firms",
        "businesses",
        "unions",
        "governments",
        "states",
        "countries",
        "nations",
        "banks",
        "households",
        "families",
        "agencies",
        "authorities",
        "utilities",
        "associations",
        "districts",
        "churches",
        "brands",
        "multinationals",
        "provinces",
        "regions",
        "communities",
        "funds",
        "parties",
        "militias",
        "movements",
        "lobbies",
        "industries",
        "institutions",
        "organisations",
        "organizations",
        "charities",
        "municipalities",
        "cities",
        "tribes",
        "refugees",
        "executives",
        "representatives",
        "bosses",
        "people",
        "public",
    }
)
# a group so broad that its plural alone names anyone at all
TOO_BROAD = frozenset({"stakeholders", "actors", "players", "others", "parties", "people"})
MAX_ITEM_WORDS = 3


def _of_a_place(word: str) -> bool:
    """A word for a place's people or things, which may lead a group ("European carmakers",
    "Indian exporters") or stand before it in a subject ("Japanese households")."""
    if not (word[:1].isupper() and word.isalpha()):
        return False
    return bool(DEMONYM_ENDING.search(word) or countries_in(word))


# Words that may stand before a group in a subject: "The big four life insurers",
# "Many small exporters" (and a possessive or a place's word: "Japan's", "Japanese").
BEFORE_GROUP = frozenset(
    [
        "the",
        "a",
        "some",
        "many",
        "most",
        "all",
        "several",
        "few",
        "other",
        "both",
        "big",
        "biggest",
        "large",
        "largest",
        "major",
        "main",
        "leading",
        "small",
        "smaller",
        "private",
        "public",
        "local",
        "foreign",
        "domestic",
        "national",
        "international",
        "global",
        "top",
        "two",
        "three",
        "four",
        "five",
        "six",
        "these",
        "those",
    ]
)
MAX_WORDS_BEFORE = 3


@dataclass(frozen=True)
class Group:
    """A group the brief asks the position of: its label (the brief's words, capitalised)
    and the lower-case words a subject names it by."""

    label: str
    words: tuple[str, ...]


def groups_the_brief_names(brief: str) -> tuple[Group, ...]:
    """The groups in the brief's "positions of …" lists, in order, each once."""
    found: dict[tuple[str, ...], Group] = {}
    for listed in STANCE_LIST.finditer(brief):
        for item in ITEM_BREAK.split(listed["items"]):
            item = (item or "").strip()
            if LIST_ENDS.search(item):
                break
            while leading := LEADING_WORDS.match(item):
                item = item[leading.end() :]
            words = tuple(item.split())
            if not 1 <= len(words) <= MAX_ITEM_WORDS or not all(
                re.fullmatch(r"[a-z][a-z'’-]*", w) or (k == 0 and _of_a_place(w))
                for k, w in enumerate(words)
            ):
                continue  # a proper name is the actor finder's; a phrase is no group
            head = words[-1]
            if not (AGENT_PLURAL.fullmatch(head) or head in COLLECTIVE):
                continue
            if len(words) == 1 and head in TOO_BROAD:
                continue
            lowered = tuple(w.lower() for w in words)
            found.setdefault(lowered, Group(item[:1].upper() + item[1:], lowered))
    return tuple(found.values())


WORD = lazy_compile(r"[\w'’-]+")


def group_named_at(text: str, groups: tuple[Group, ...]) -> tuple[Group, int] | None:
    """The group a passage's subject names, and where: its words in a row among the
    sentence's first words, only determiners, numbers, modifiers from BEFORE_GROUP or
    capitalised words ("Japanese", "Japan's") before them."""
    opening = text[:160]
    folded = opening.lower()
    if not any(group.words[-1] in folded for group in groups):
        return None  # most passages, asked cheaply first: no group's last word at all
    words = [(m.start(), m.group(0)) for m in WORD.finditer(opening)]
    lowered = [w.lower().rstrip("'’") for _, w in words]
    for group in groups:
        size = len(group.words)
        for start in range(min(MAX_WORDS_BEFORE + 1, len(words) - size + 1)):
            if tuple(lowered[start : start + size]) != group.words:
                continue
            before = words[:start]
            if all(
                w.lower() in BEFORE_GROUP
                or w.isdigit()
                or (w[:1].isupper() and (w.endswith(("'s", "’s")) or _of_a_place(w)))
                for _, w in before
            ):
                return group, words[start][0]
    return None


def other_group_subject(text: str) -> int | None:
    """Where a group the brief does not ask about ends, when the passage tells its view:
    a plural for people or bodies among the first words, only lower-case words (or the
    sentence's first word) before it, a verb of saying or believing soon after. "Traders
    say Chinese suppliers are faster…" and "Environmental groups that intervened to defend
    the rule argue that … forbids the agency from…" are the groups' views, not those of the
    state or the agency named later."""
    if not text[:1].isalpha() or SPEAKER_LAST.search(text):
        return None  # a quotation first, or "…, Meyers said.": the speaker is the actor
    # "Dozens of European chief executives this month asked the Commission to pause…": a
    # number of the group first, then the group, a place's word before it (a cold read
    # found the Commission's row holding the executives' request)
    counted = GROUP_COUNTED.match(text)
    start = counted.end() if counted else 0
    words = [(m.end(), m.group(0)) for m in WORD.finditer(text, start, start + 80)]
    for k, (end, word) in enumerate(words[: MAX_WORDS_BEFORE + 1]):
        if not word.islower() and (k or counted) and not _of_a_place(word):
            return None  # a name before any group: the actor finder's subject
        lowered = word.lower()
        if lowered in TOO_BROAD or lowered in NOT_A_GROUP:
            return None
        if lowered in COLLECTIVE or AGENT_PLURAL.fullmatch(lowered):
            following = [w for _, w in words[k + 1 : k + 3]] + ["", ""]
            apposition = NAMES_APPOSITION.match(text, end)
            verb_from = end
            if apposition is not None:
                verb_from = apposition.end()  # the group described by a name's, its verb
            elif not following[0].islower() or following[0] in GROUP_NAMED_AFTER:
                return None  # "Board members Toyoaki Nakamura…", "Egg producers, led by…":
            elif text[end : end + 1] in ",;:(—–":  # the group is the named actor's
                return None
            elif following[0] == "and" and following[1][:1].isupper():
                return None  # "Western governments and Kyiv see…": the actor shares it
            verb = VIEW_VERB.search(text, verb_from, verb_from + VIEW_WITHIN)
            if verb is None or CAPITALISED_WORD.search(text, verb_from, verb.start()):
                return None  # no view told, or another's ("…, when India stopped…, said")
            return end
    return None


GROUP_COUNTED = lazy_compile(
    r"^(?:Dozens|Hundreds|Thousands|Scores|Millions|(?:A|An) (?:group|coalition|handful|"
    r"alliance|number)) of\s+"
)
# Words after a group that name its members: "Governments of Mali, Burkina Faso and Niger"
GROUP_NAMED_AFTER = frozenset({"of", "from", "in", "at", "such", "including", "led", "like"})
NOT_A_GROUP = frozenset({"public"})  # "The most public rupture came…"
CAPITALISED_WORD = lazy_compile(r"\b[A-Z]")
VIEW_WITHIN = 90  # characters after the group where its verb of saying or believing stands
VIEW_VERB = lazy_compile(
    r"\b(?:say|said|argue[sd]?|warn(?:ed)?|believe[sd]?|see|saw|question(?:ed)?|"
    r"fear(?:ed)?|expect(?:ed)?|estimated?|complain(?:ed)?|insist(?:ed)?|contend(?:ed)?|"
    r"accuse[sd]?|urge[sd]?|want(?:ed)?|prefer(?:red)?|reply|replied|call(?:ed)? for|"
    r"point to|worry|worried|"
    # a request is a view too: "…chief executives this month asked the Commission to pause"
    r"ask(?:ed)? (?:the |for\b)|press(?:ed)? (?:the |for\b)|lobbied|petitioned|"
    r"push(?:ing|ed|es)? for)\b"
)
# An apposition of a name's after the group: "Agricultural exporters, Argentina's main
# source of dollars, are pushing for faster cuts…" is the exporters' view, not Argentina's
# (it had been Argentina's row)
NAMES_APPOSITION = lazy_compile(r",\s+(?:the\s+)?[A-Z][\w.-]*['’]s\s+[^,;:()]{1,60},")
SPEAKER_LAST = lazy_compile(r",\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|says|added|told)\b[^.]*\.?$")


def modifies_a_group(text: str, name: str, became: str, common: frozenset[str]) -> bool:
    """Is a one-word name found at the passage's start only a word before a group's plural,
    told doing something ("Environmental groups counter that…", "Industry lawyers said…")?
    So it is when the word is common in the corpus (`common`), or when the actor finder
    made it a longer name it `became`: "Environmental" had been the Environmental
    Protection Agency. A verb that looks plural ("Virkkunen insists the…", "Kenya enters
    2026…") has its object after it."""
    words = WORD.findall(text[:60])
    if len(words) < 3 or words[0] != name or (name.lower() not in common and became == name):
        return False
    plural, following = words[1], words[2]
    if following[:1].isupper() or following[:1].isdigit() or following in OBJECT_OPENERS:
        return False
    return plural.islower() and (plural in COLLECTIVE or bool(AGENT_PLURAL.fullmatch(plural)))


# Words that open a verb's object: after "insists", "administers", "sees", no group's plural
OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "our", "no"}
)


# Heads after a name that stand for the name's holder: "The Biden administration said…"
HOLDERS = frozenset(
    {
        "administration",
        "government",
        "governments",
        "team",
        "campaign",
        "leadership",
        "cabinet",
        "ministry",
        "party",
        "board",
        "camp",
        "side",
        "regime",
        "junta",
        "delegation",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "office",
        "authorities",
        "management",
        "presidency",
        "executive",
        "coalition",
        "union",
        "council",
        "bloc",
        "authority",
        "company",
        "group",
        "firm",
        "mission",
        "agency",
        "federation",
        "association",
        "confederation",
        "institute",
        "committee",
        "commission",
        "court",
    }
)
AUXILIARY = frozenset(
    [
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "did",
        "does",
        "has",
        "had",
        "is",
        "was",
        "are",
        "were",
        "alone",
        "itself",
        "also",
        "too",
        "said",
        "told",
        "held",
        "made",
        "took",
        "gave",
        "left",
        "put",
        "set",
        "cut",
        "kept",
        "met",
        "won",
        "lost",
        "sent",
        "led",
        "began",
        "became",
        "came",
        "went",
        "saw",
        "found",
        "thought",
        "sought",
        "bought",
        "brought",
        "paid",
        "rose",
        "fell",
        "spent",
        "struck",
        "hit",
        "ran",
        "got",
        "stood",
        "chose",
        "wrote",
        "sold",
        "spoke",
        "withdrew",
        "drew",
        "let",
        "meant",
        "felt",
        "heard",
        "dealt",
        "forecast",
        "bid",
        "quit",
        "built",
        "instead",
        "however",
        "knew",
        "shot",
        "grew",
        "threw",
        "drove",
        "fought",
        "caught",
        "taught",
        "broke",
        "froze",
        "stole",
        "understood",
        "upheld",
        "withheld",
        "have",
        "be",
        "been",
        "do",
        "remain",
        "continue",
        "still",
        "already",
        "now",
        "again",
        "only",
        "just",
        "even",
        "never",
        "often",
        "once",
        "then",
        "first",
        "last",
        "shut",
    ]
)  # auxiliaries, and verbs whose past has no -ed: "The EPA said…", "The bank held rates…"


# "Funding for the Kenya-led Multinational Security Support (MSS) mission was briefly caught
# in the aid freeze…": the subject is the funding, the party only what it is for (a cold
# read found it as the mission's row); not a person's title ("Minister for Energy …")
THING_BEFORE_NAME = lazy_compile(
    r"^[\"“]?(?!(?:Minister|Ministers|Secretary|President|Head|Chief|Director|Chair|Chairman|"
    r"Chairwoman|Governor|Ambassador|Spokesman|Spokeswoman|Spokesperson|Leader|Leaders|Member|"
    r"Members|Envoy|Representative|Representatives|Officials?|Citizens|Residents|People|"
    r"Troops|Soldiers|Forces|Police|Supporters|Opponents|Allies|Friends|Critics|Lawyers|"
    r"Staff|Workers|Employees|Executives|Analysts|Experts)\b)"
    r"[A-Z][a-z]{3,}(?:\s+(?!(?:said|says|told|tells|went|goes|was|were|has|had|have|will|"
    r"would|plans|wants|turned|moved|looked|agreed|called)\b)[a-z]{3,}){0,2}"
    r"\s+(?:for|to|from|on|against)\s+(?:the\s+)?(?=[A-Z])"
)


def names_a_thing(text: str, at: int, name: str) -> bool:
    """Is the name at `at` only a word before the thing that is the subject: "The Ofwat fine
    of £122.7m … was said to have weighed on the decision" is about a fine, no stance of
    Ofwat's. So it is when the sentence opens "The" and the name, written as found (one
    party, no plural), and the lower-case word after it reads as a noun (no verb's -s or
    -ed ending, no auxiliary or adverb, no word that links: "The United States and…"),
    unless the next words name the party's holders ("The Biden administration…") or have
    the thing speak for it ("The Dangote refinery says…", "The Treasury statement says…")."""
    opening = THING_BEFORE_NAME.match(text)
    if opening is not None and at <= opening.end() and not text.lstrip('"“').startswith(name):
        return True  # (the name found may be placed at the sentence's first word)
    end = len("The ") + len(name)
    if (
        at > len("The ")
        or not text.startswith("The " + name + " ")
        or " and " in name
        or name.endswith("s")
    ):
        return False
    following = [w.lower() for w in WORD.findall(text[end : end + 60])[:4]]
    if not following:
        return False
    word = following[0]
    return (
        text[end + 1 : end + 1 + len(word)].islower()
        and not word.endswith(("s", "ed", "ly", "'", "’"))
        and word not in AUXILIARY
        and word not in LINKING
        and not HOLDERS.intersection(following)
        and not SPEAKS_FOR.intersection(following)
    )


SPEAKS_FOR = frozenset(
    [
        "says",
        "said",
        "warned",
        "warns",
        "argued",
        "argues",
        "announced",
        "insists",
        "insisted",
        "told",
        "stated",
    ]
)
LINKING = frozenset(
    [
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "with",
        "from",
        "by",
        "which",
        "who",
        "that",
        "whose",
        "as",
        "than",
        "but",
        "nor",
    ]
)


# How the corpus describes one of the public: "the 23-year-old", "a passenger on the 11:05",
# "a Paiporta resident"
PUBLIC_WORDS = lazy_compile(
    r"\b(?:\d{1,3}-year-old|residents?|protesters?|demonstrators?|students?|mother|father|"
    r"grandmother|grandfather|farmers?|traders?|shopkeepers?|passengers?|survivors?|widow|"
    r"widower|drivers?|vendors?|villagers?|mechanic|fisherman|fishermen|commuters?|"
    r"customers?|parents?|neighbou?rs?|voters?|pensioners?|shop owner|stallholders?)\b",
    re.IGNORECASE,
)
# What says a person holds a post or speaks for a body, beyond `POST_WORDS`
OFFICE_WORDS = frozenset(
    {
        *POST_WORDS,
        *("analyst", "fellow", "professor", "researcher", "commander", "governor", "mayor"),
        *("senator", "lawmaker", "mp", "official", "adviser", "advisor", "organiser"),
        *("organizer", "activist", "campaigner", "lawyer", "representative", "member"),
        *("coordinator", "convener", "councillor", "councilor", "ambassador", "envoy"),
        *("chairperson", "general", "colonel", "judge"),
    }
)
SENTENCE_BREAK = lazy_compile(r"(?<=[.!?])\s+|\n")
CONTEXT = 300  # characters either side of a name where its sentence is looked for


def members_of_the_public(texts_of: dict[str, list[str]]) -> frozenset[str]:
    """The people (name -> the texts of the sources quoting them) whom a sentence naming
    them, or the next, describes as one of the public ("the 23-year-old", "a passenger")
    and none gives a post: voices quoted for colour, whose words state no party's position
    (a cold read found a protester's aside as a row of the positions table)."""
    private = set()
    for name, texts in texts_of.items():
        key = name.split()[-1]  # the surname: every telling, in full or not, holds it
        public = official = False
        for text in texts:
            start = 0
            while (at := text.find(key, start)) >= 0:
                start = at + len(key)
                sentence = _sentence_around(text, at, start)
                public = public or PUBLIC_WORDS.search(sentence) is not None
                words = set(re.findall(r"[a-z][a-z-]*", sentence.lower()))
                official = official or not OFFICE_WORDS.isdisjoint(words)
        if public and not official:
            private.add(name)
    return frozenset(private)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` holding the span and the one after it (where "the
    23-year-old" describes the person just named), within CONTEXT characters either side."""
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    opening = max((m.end() for m in SENTENCE_BREAK.finditer(before)), default=0)
    breaks = [m.start() for m in SENTENCE_BREAK.finditer(after)]
    closing = breaks[1] if len(breaks) > 1 else len(after)
    return before[opening:] + text[start:end] + after[:closing]
