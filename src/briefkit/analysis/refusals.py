"""Steps refused: a party's "will not" that a newer source tells it went back on.

"Deputy Governor Shinichi Uchida says the BOJ will not raise rates while markets are
unstable." (August 2024, retold in a chronology of October 2025) had been a memo's current
position after newer sources told the rises ("The BOJ has raised its own rate by 0.6 point
since March 2024."): a cold read found it so. A refusal is overtaken where a source newer
than it tells the same party doing the refused step to the same thing: its name, the
verb's past form and the object's noun, near each other.

The refusal's date is its event's where the passage tells one (a chronology's entry is as
old as its event, not its article), else its source's. Parties are matched by name, or by
an acronym against the name it spells ("BOJ", "Bank of Japan").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefkit.analysis.actors import spelled_initials
from briefkit.analysis.guarded import guarded
from briefkit.corpus import Sentence
from briefkit.lazy_regex import lazy_compile

# "the BOJ will not raise rates", "Meta won't sign the code": the party, the step, its
# object's noun (after an article or possessive, if any)
REFUSAL_MARKS = ("will not", "won't", "won’t")
REFUSAL = guarded(
    REFUSAL_MARKS,
    r"(?P<party>\b[A-Z][\w&'’.-]*(?: (?:of |for |the )?[A-Z][\w&'’.-]*){0,4}) "
    r"(?:will not|won['’]t) (?:(?:now|yet|again|ever) )?"
    r"(?P<verb>raise|hike|lift|lower|cut|end|sign|join|attend|accept|recogni[sz]e|ratify|"
    r"allow|approve|resume|intervene|deploy|extend|sell|buy|pay|withdraw|return|impose|"
    r"scrap|ban|restart)\b"
    r"(?: (?:its|their|the|a|an|any|new|further|more))*(?: (?P<object>[a-z][\w-]{2,}))?",
)
IRREGULAR_PAST = {
    "cut": "cut",
    "sell": "sold",
    "buy": "bought",
    "pay": "paid",
    "withdraw": "withdrew",
    "ratify": "ratified",
    "ban": "banned",
    "scrap": "scrapped",
}
# how far after the verb's past form the object's noun may come ("raised its policy rate")
OBJECT_REACH = 40
NAME = lazy_compile(r"\b[A-Z][\w&'’-]*(?: (?:of |for |the |and )?[A-Z][\w&'’-]*)+")


def refusal(text: str) -> tuple[str, str, str | None] | None:
    """(party, past form of the step, object's noun) of a refusal the passage tells, or
    None. A party is a name; "It will not…" names none."""
    found = REFUSAL.search(text)
    if found is None:
        return None
    party = re.sub(r"^(?:The|A|An) ", "", found["party"])
    if party in ("It", "He", "She", "They", "We", "I", "This", "That"):
        return None
    verb = found["verb"].casefold()
    past = IRREGULAR_PAST.get(verb) or (verb + "d" if verb.endswith("e") else verb + "ed")
    noun = found["object"]
    return party, past, noun.casefold().rstrip("s") if noun else None


def _initials(name: str) -> set[str]:
    """The acronyms a name of two words or more spells, with its small words and without
    them (`actors.spelled_initials`): "Bank of Japan" gives "BOJ" and "BJ"."""
    words = name.split()
    if words and words[0] in ("The", "A", "An"):
        words = words[1:]
    if len(words) < 2:
        return set()
    spelled = spelled_initials(" ".join(words))
    return {"".join(w[0].upper() for w in words), *([spelled] if spelled else [])}


def _names_party(text: str, party: str) -> bool:
    """Does `text` name the party: by its name, or (for an acronym) by the name it spells,
    or (for a name) by its acronym?"""
    if re.search(rf"(?<![\w-]){re.escape(party)}(?![\w-])", text):
        return True
    if party.isupper():
        return any(party in _initials(m.group(0)) for m in NAME.finditer(text))
    return any(
        re.search(rf"(?<![\w-]){acronym}(?![\w-])", text) for acronym in _initials(party) if acronym
    )


def refusals_overtaken(
    units: Sequence[Sentence],
    months: Sequence[int | None],
    event_month: Callable[[Sentence], int | None],
) -> tuple[bool, ...]:
    """Per passage: is a refusal it tells (`refusal`) overtaken by a newer source telling
    the party doing the step? `months` are the passages' sources' month counts;
    `event_month` gives a passage's event's (asked only of the few refusals)."""
    found = [False] * len(units)
    refused = [
        (k, told)
        for k, unit in enumerate(units)
        if any(mark in unit.text for mark in REFUSAL_MARKS) and (told := refusal(unit.text))
    ]
    for k, (party, past, noun) in refused:
        told_of = (months[k], event_month(units[k]))
        own = min((m for m in told_of if m is not None), default=None)
        if own is None:
            continue
        done = re.compile(rf"(?<!not )(?<!never )\b{re.escape(past)}\b", re.IGNORECASE)
        for unit, then in zip(units, months, strict=True):
            if then is None or then <= own or unit.source_id == units[k].source_id:
                continue
            if past not in unit.text or (act := done.search(unit.text)) is None:
                continue  # (most passages, asked cheaply first)
            if not _names_party(unit.text, party):
                continue
            if noun is None or noun in unit.text[act.end() : act.end() + OBJECT_REACH].casefold():
                found[k] = True
                break
    return tuple(found)
