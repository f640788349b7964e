"""Office holders: a person a newer source says was replaced no longer holds the office.

Sources a year apart name different people in one office: "Environment Secretary Steve
Reed has repeatedly said…" in July, "Emma Reynolds, who replaced Steve Reed as
Environment Secretary…" in November. A passage of an older source that presents the
replaced person as the holder now ("Fritz Alphonse Jean, the current president of the
Transitional Presidential Council, said…", beside a newer "The Transitional Presidential
Council, now chaired by Laurent Saint-Cyr") is overtaken: a cold read found it as the
council's row of a memo's positions. What happened while they held the office ("Chief
Executive Dave Calhoun said in January…") stays true, dated, and is not touched.

A person is known as replaced only where a source says so: someone replaced, succeeded,
dismissed or ousted them, they resigned or stepped down, lost an election, or a body they
were told to head is "now chaired by" another. People are matched by surname.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefkit.analysis.cases import answered_later
from briefkit.analysis.guarded import guarded
from briefkit.corpus import Sentence
from briefkit.lazy_regex import lazy_compile

# A person's name: two to four capitalised words (titles before it are taken off by
# `surname`, which keeps the last word)
_NAME = r"[A-Z][\w'’.-]+(?: (?:de |da |van |von |bin |al-)?[A-Z][\w'’-]+){1,3}"
# "who replaced Steve Reed as…", "dismissed Prime Minister Garry Conille", "replacing Dave
# Calhoun", "successor to Mele Kyari", "his predecessor, Robert Habeck"; "Shigeru Ishiba's
# resignation"; "Stan Deal, head of the unit, left immediately"
REPLACED = guarded(
    (
        "replac",
        "succeed",
        "successor",
        "predecessor",
        "dismiss",
        "oust",
        "fired",
        "sacked",
        "resign",
        "stepped down",
        "left office",
        "left the post",
        "left the job",
        "left the role",
        "left immediately",
        "removed",
        "departure",
        "ouster",
    ),
    rf"\b(?:replac(?:ed|ing)|succeed(?:ed|ing)|successor to|predecessor,?|dismiss(?:ed|ing)|"
    rf"oust(?:ed|ing)|fired|sacked|removed)\s+(?P<object>{_NAME})(?![\w'’-])|"
    rf"(?P<owner>{_NAME})['’]s (?:resignation|dismissal|ouster|removal|departure)\b|"
    rf"(?P<subject>{_NAME})(?:,[^,;]{{1,80}},)? (?:resigned|stepped down|was (?:ousted|"
    rf"dismissed|fired|sacked|removed|replaced)|left (?:office|the (?:post|job|role)|"
    rf"immediately))\b",
)
# An election lost: "defeating incumbent Ranil Wickremesinghe", "Incumbent Ranil
# Wickremesinghe, who had steered the country through its bailout, came third", "Joe Smith
# lost his re-election bid". Counted only in a sentence that tells of a vote (`ELECTION`)
# or gives the loser an office: "Samsung Electronics came second" is a ranking.
DEFEATED = guarded(
    ("defeat", "unseat", "lost ", "came ", "finished ", "voted out"),
    rf"\b(?:defeat(?:ed|ing)|unseat(?:ed|ing))\s+"
    rf"(?P<holding>(?:the )?(?:incumbent|sitting|outgoing) )?(?P<object>{_NAME})(?![\w'’-])|"
    rf"(?P<office>\b(?:[Ii]ncumbent|President|Prime Minister|Governor|Mayor|Senator|Premier|"
    rf"Chancellor) )?(?P<subject>{_NAME})(?:,[^,;]{{1,80}},)? (?:lost (?:the |his |her |a )?"
    rf"(?:re-?election|election|presidency|presidential \w+|race|vote|run-?off|seat|majority)|"
    rf"was (?:defeated|unseated|voted out)|(?:came|finished) (?:second|third|fourth|fifth|last))\b",
)
ELECTION = lazy_compile(
    r"\b(?:elect(?:ion|ions|ed|oral)|re-election|votes?|voters|voted|polls?|ballot|run-?off|"
    r"presidency|campaign)\b",
    re.IGNORECASE,
)
# A body a newer source says another person now heads: "The Transitional Presidential
# Council, now chaired by Laurent Saint-Cyr"
NOW_HEADED = guarded(
    ("now chaired", "now led", "now headed", "now run"),
    rf"(?P<body>(?:[A-Z][\w'’-]+ ){{0,4}}[A-Z][\w'’-]+), now (?:chaired|led|headed|run) by "
    rf"(?:the (?:[a-z]+ )?)?(?P<holder>{_NAME})",
)
# The head of a body, told: "Fritz Alphonse Jean, the current president of the
# Transitional Presidential Council"
HEAD_OF = guarded(
    ("president of", "chair", "head of", "leader of", "chief of"),
    rf"(?P<holder>{_NAME}), (?:the )?(?:current |incumbent |sitting |new )?(?:president|"
    rf"chair|chairman|chairwoman|chairperson|head|leader|chief) of (?:the )?"
    rf"(?P<body>(?:[A-Z][\w'’-]+ ){{0,4}}[A-Z][\w'’-]+)",
)
# A holder presented as holding the office now: "the current president", or a title before
# the name and a verb of the present ("Environment Secretary Steve Reed has repeatedly
# said…", "…Minister Ana Ruiz says"); not a dated act ("Chief Executive Dave Calhoun said")
CURRENT_AFTER = lazy_compile(r"^,? (?:the |who is the )?(?:current|incumbent|sitting)\b")
CURRENT_BEFORE = lazy_compile(r"\b(?:current|incumbent|sitting) [\w'’ -]{0,60}$")
PRESENT_VERB = lazy_compile(
    r"^(?:,[^,;]{1,80},\s*)?\s*(?:says|is|remains|wants|insists|argues|believes|hopes|"
    r"expects|plans|intends|maintains|continues|"
    r"ha(?:s|ve) (?:repeatedly |long |consistently |always |also )?(?:said|argued|insisted|"
    r"maintained|called|warned|made clear|promised|pledged|vowed))\b"
)
TITLE_BEFORE = lazy_compile(
    r"(?:President|Minister|Secretary|Chancellor|Governor|Chief Executive|Chairman|"
    r"Chairwoman|Chair|Director|Commissioner|Premier|Mayor|CEO|Leader)\s+$"
)


def surname(name: str) -> str:
    """The last word of a name, the key people are matched by."""
    last = name.split()[-1]
    return last[:-2] if last.endswith(("'s", "’s")) else last.strip("'’.-")


def tells_of_an_office(text: str) -> bool:
    """Does the passage tell someone replaced, a body's head, or its new head? Found with
    each source's signals (`proposals.superseding_marks`), so a rebuild asks only these."""
    folded = text.casefold()
    return any(
        next(pattern.finditer(text, folded), None) is not None
        for pattern in (REPLACED, NOW_HEADED, HEAD_OF)
    ) or bool(_defeated(text, folded))


def _defeated(text: str, folded: str) -> list[str]:
    """The people the text tells lost an election (`DEFEATED`), where it tells of a vote."""
    found = list(DEFEATED.finditer(text, folded))
    if not found:
        return []
    voted = ELECTION.search(text) is not None
    return [m["object"] or m["subject"] for m in found if voted or m["office"] or m["holding"]]


def replaced_people(
    units: Sequence[Sentence], months: Sequence[int | None], telling: Sequence[int] | None = None
) -> dict[str, int]:
    """Surname -> the earliest month (`proposals.source_months`) a source tells that
    person replaced in, or a body they headed since headed by another. `telling`: the
    places of the passages that tell of an office (`tells_of_an_office`), where known."""
    replaced: dict[str, int] = {}

    def note(name: str, month: int) -> None:
        key = surname(name)
        if key not in replaced or month < replaced[key]:
            replaced[key] = month

    heads: dict[str, list[tuple[int, str]]] = {}  # body -> (month, holder's surname)
    now_heads: list[tuple[str, int, str]] = []  # (body, month, new holder's surname)
    for k in range(len(units)) if telling is None else telling:
        unit, month = units[k], months[k]
        if month is None:
            continue
        text = unit.text
        folded = text.casefold()  # once for the three patterns' signs
        for found in REPLACED.finditer(text, folded):
            name = found["object"] or found["owner"] or found["subject"]
            if not name.endswith(("'s", "’s")):  # "dismissed Tianqi Lithium's claim"
                note(name, month)
        for name in _defeated(text, folded):
            note(name, month)
        for found in HEAD_OF.finditer(text, folded):
            heads.setdefault(_body(found["body"]), []).append((month, surname(found["holder"])))
        for found in NOW_HEADED.finditer(text, folded):
            now_heads.append((_body(found["body"]), month, surname(found["holder"])))
    for body, month, holder in now_heads:
        for told, other in heads.get(body, ()):
            if other != holder and told < month:
                note(other, month)
    return replaced


# "President-elect Donald Trump", "Prime Minister-elect Keir Starmer": someone between a
# vote and taking office, a moment that passes within weeks
ELECT = guarded(
    ("-elect",),
    r"\b(?P<office>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)-elect,? "
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})",
)
# the same person told in the office since: "President Donald J. Trump", "Trump was sworn
# in", "…since Trump took office"
TOOK_OFFICE = lazy_compile(
    r"\b(?:sworn in|inaugurat\w*|took office|taken office|took the oath|assumed office)\b"
)


def elect_since_in_office(
    units: Sequence[Sentence], months: Sequence[int | None]
) -> tuple[bool, ...]:
    """Per passage: does it tell someone as the office's holder-elect ("President-elect
    Trump has asked the Court to pause the deadline…") whom a newer source tells in the
    office ("President Donald J. Trump", or sworn in)? What it presents as pending has
    passed: the passage is overtaken (`proposals.superseded`); a cold read found it among
    a note's drivers two years on."""
    elect: dict[int, list[tuple[str, str]]] = {}
    for k, unit in enumerate(units):
        if months[k] is not None and "-elect" in unit.text:
            found = [(m["office"], surname(m["name"])) for m in ELECT.finditer(unit.text)]
            if found:
                elect[k] = found
    if not elect:
        return (False,) * len(units)
    in_office: dict[tuple[str, str], int] = {}  # (office, surname) -> first month told so
    people = {pair for pairs in elect.values() for pair in pairs}
    for unit, month in zip(units, months, strict=True):
        if month is None:
            continue
        for office, name in people:
            if name in unit.text and _told_in_office(unit.text, office, name):
                key = (office, name)
                in_office[key] = min(in_office.get(key, month), month)
    return tuple(
        any((since := in_office.get(pair)) is not None and since > months[k] for pair in pairs)
        if (pairs := elect.get(k)) and months[k] is not None
        else False
        for k in range(len(units))
    )


def _told_in_office(text: str, office: str, name: str) -> bool:
    """Does the text give the person the office's title with no "-elect", or tell them
    sworn in?"""
    title = re.compile(
        rf"\b{re.escape(office)}(?!-elect) (?:[A-Z][\w'’.-]+ ){{0,3}}{re.escape(name)}\b"
    )
    if title.search(text):
        return True
    return bool(TOOK_OFFICE.search(text)) and "-elect" not in text


def _body(name: str) -> str:
    """A body's name as told after "the" or at a sentence's start ("The … Council")."""
    return name.removeprefix("The ")


def holders_replaced(
    units: Sequence[Sentence],
    months: Sequence[int | None],
    telling: Sequence[int] | None = None,
    replaced: dict[str, int] | None = None,
) -> tuple[bool, ...]:
    """Per passage: does it present as the holder now someone a newer source says was
    replaced (`replaced_people`, or `replaced` where the caller found it already)? Such a
    passage is overtaken (`proposals.superseded`)."""
    if replaced is None:
        replaced = replaced_people(units, months, telling)
    if not replaced:
        return (False,) * len(units)
    found = []
    for unit, month in zip(units, months, strict=True):
        text = unit.text
        stale = False
        if month is not None:
            for name, since in replaced.items():
                if month >= since or name not in text:
                    continue
                if _holds_now(text, name):
                    stale = True
                    break
        found.append(stale)
    return tuple(found)


def _holds_now(text: str, name: str) -> bool:
    """Is the person of this surname presented as the office's holder now?"""
    start = 0
    while (at := text.find(name, start)) >= 0:
        start = at + len(name)
        if (at and text[at - 1].isalnum()) or text[start : start + 1].isalnum():
            continue
        before, after = text[max(0, at - 60) : at], text[start : start + 100]
        if CURRENT_AFTER.search(after) or CURRENT_BEFORE.search(before):
            return True
        # a title before the name, the name's words between ("Secretary Steve Reed")
        opening = before.rsplit(",", 1)[-1]
        words = opening.split()
        while words and words[-1][:1].isupper() and not TITLE_BEFORE.search(" ".join(words) + " "):
            words.pop()
        if words and TITLE_BEFORE.search(" ".join(words) + " ") and PRESENT_VERB.search(after):
            return True
    return False


_OFFICE = (
    r"(?:president|prime minister|premier|chancellor|leader|chair(?:man|woman|person)?|"
    r"governor|mayor|speaker|chief executive|head)"
)
# An office told as still to be filled: "Under the Valencian statute, the regional
# parliament, Les Corts, must now elect a new president."
TO_FILL = guarded(
    ("elect", "choose", "appoint", "name", "pick", "select"),
    r"\b(?:must|will|is to|are to|has to|have to|needs? to|is due to|are due to)(?: now| soon)? "
    rf"(?:elect|choose|appoint|name|pick|select) (?:a |its |their )?new (?P<office>{_OFFICE})\b",
    re.IGNORECASE,
)
# The office filled: "Juan Francisco Pérez Llorca was invested as president of the
# Generalitat in late November…"
FILLED = guarded(
    ("invested", "elected", "appointed", "named", "sworn in", "chosen", "installed", "took office"),
    r"\b(?:was|were|has been|had been|have been) (?:invested|elected|appointed|named|sworn in|"
    rf"chosen|installed|confirmed) as (?:the )?(?:new )?(?:[a-z]+ )?(?P<office>{_OFFICE})\b|"
    rf"\btook office as (?:the )?(?:new )?(?:[a-z]+ )?(?P<took>{_OFFICE})\b",
    re.IGNORECASE,
)


def offices_filled_since(
    units: Sequence[Sentence], months: Sequence[int | None]
) -> tuple[bool, ...]:
    """Per passage: is an office it tells still to be filled (`TO_FILL`: "…must now elect a
    new president") told filled by a newer source (`FILLED`: "…was invested as president…")?
    What it tells as pending has happened: a cold read found both, the one under the other,
    in a note's bottom line."""
    pending = [
        (k, found["office"].casefold())
        for k, unit in enumerate(units)
        if months[k] is not None and (found := TO_FILL.search(unit.text)) is not None
    ]
    return answered_later(units, months, pending, FILLED.search, _fills)


def _fills(text: str, office: str) -> bool:
    """Does the text tell the office filled (`FILLED`)?"""
    return any(
        (found["office"] or found["took"]).casefold() == office for found in FILLED.finditer(text)
    )
