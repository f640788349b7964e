"""Which way a sentence leans between two actors: towards cooperation or towards conflict.

A general vocabulary of political interaction (in the spirit of event-coding schemes that
sort verbs on a cooperation-conflict scale), matched on word stems, with a negation
("not", "no", "never", "n't", "without") just before a word reversing it. A sentence that
leans both ways, or neither, or has a negation too far back to be sure of, has no
stance: the measure is meant to be sure, not complete.
"""

from __future__ import annotations

import functools
import re

from briefkit.analysis.terms import Stemmer, make_stemmer

# Plain words; their stems are what is matched, so "recognised" and "recognition" count.
COOPERATION_WORDS = [
    "accept",
    "agree",
    "agreement",
    "ally",
    "alliance",
    "assist",
    "back",
    "cooperate",
    "cooperation",
    "dialogue",
    "embrace",
    "engage",
    "engagement",
    "facilitate",
    "friendly",
    "friendship",
    "help",
    "improve",
    "invest",
    "mediate",
    "negotiate",
    "negotiation",
    "normalize",
    "normalise",
    "partner",
    "partnership",
    "pragmatic",
    "rapprochement",
    "recognize",
    "recognise",
    "recognition",
    "reconcile",
    "reconciliation",
    "reopen",
    "strengthen",
    "support",
    "trade",
    "visit",
    "welcome",
]
CONFLICT_WORDS = [
    "accuse",
    "attack",
    "ban",
    "boycott",
    "clash",
    "condemn",
    "confront",
    "confrontation",
    "denounce",
    "distrust",
    "enemy",
    "expel",
    "fight",
    "hostile",
    "hostility",
    "isolate",
    "oppose",
    "opposition",
    "refuse",
    "reject",
    "resist",
    "rival",
    "sanction",
    "suspicious",
    "threat",
    "threaten",
    "uncompromising",
    "warn",
]
NEGATIONS = frozenset({"not", "no", "never", "neither", "nor", "without", "cannot"})
# Verbs that turn what follows around, sometimes twice ("refrained from severing trade"):
# a stance word after one is not read at all.
TURNING_WORDS = frozenset({"avoid", "refrain", "prevent", "stop", "halt", "cease", "end", "sever"})
NEGATION_REACH = 3  # words before a stance word that a negation surely governs
TOWARD_REACH = 6  # words between a stance word and the party it is directed at
UNSURE_REACH = 8  # a negation further back than NEGATION_REACH, up to here: unsure
WORD = re.compile(r"[A-Za-z]+(?:['’]t)?")


# Refusals reverse the stance word they govern and are conflict themselves, so
# "refuses to engage" is conflict twice over.
REFUSALS = frozenset({"refuse", "refused", "refuses", "declined", "declines", "decline"})


def _negates(words: list[str], i: int) -> bool:
    word = words[i]
    if word == "yet" or word in REFUSALS:  # "is yet to be recognised", "refused to engage"
        return i + 1 < len(words) and words[i + 1] == "to"
    return word in NEGATIONS or word.endswith(("n't", "n’t"))


@functools.cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    stemmer = make_stemmer()
    return (
        frozenset(stemmer.stem(w) for w in COOPERATION_WORDS),
        frozenset(stemmer.stem(w) for w in CONFLICT_WORDS),
    )


def stance(text: str, stemmer: Stemmer, toward: int | None = None) -> int:
    """+1 if the text speaks only of cooperation, -1 only of conflict, 0 otherwise.

    With `toward` (the character offset of the other party's name) only stance words
    within TOWARD_REACH words of that name count: "refuses to engage with the Taliban".
    """
    cooperation, conflict = _lexicon()
    turning = {stemmer.stem(w) for w in TURNING_WORDS}
    matches = list(WORD.finditer(text))
    written = [m.group(0) for m in matches]
    words = [w.lower() for w in written]
    target = None
    if toward is not None:
        target = sum(1 for m in matches if m.start() < toward)
    seen: set[int] = set()
    for i, word in enumerate(words):
        if target is not None and abs(i - target) > TOWARD_REACH:
            continue
        if written[i][0].isupper():
            continue  # part of a name ("National Resistance Front"), not a stance
        stem = stemmer.stem(word)
        sign = 1 if stem in cooperation else -1 if stem in conflict else 0
        if not sign:
            continue
        if any(_negates(words, j) for j in range(max(0, i - NEGATION_REACH), i)):
            sign = -sign
        elif any(_negates(words, j) for j in range(max(0, i - UNSURE_REACH), i)) or any(
            stemmer.stem(w) in turning for w in words[max(0, i - UNSURE_REACH) : i]
        ):
            return 0  # "no intention of getting into a confrontation": not sure which way
        seen.add(sign)
    return seen.pop() if len(seen) == 1 else 0
