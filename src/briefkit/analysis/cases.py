"""Cases decided: a challenge told as filed is overtaken by a newer telling of its ruling.

"Austria and Luxembourg filed a legal challenge, arguing that nuclear fails the
taxonomy's 'do no significant harm' test." had been Austria's row in a memo whose newer
source tells "The General Court of the European Union on Wednesday dismissed Austria's
action…" (a cold read found the challenge told as live). A passage telling a party's
challenge, action, lawsuit, complaint or appeal as brought is overtaken where a source
newer than it tells a ruling on that party's case: a court dismissed, rejected or upheld
it, or threw it out, with the party named as the case's owner ("Austria's action", "the
action brought by Austria", "Austria v Commission").

A step still to come in a court is overtaken likewise once a newer source tells that court
ruling: "TikTok and ByteDance asked the appeals court on Monday to pause the law while they
seek Supreme Court review" (December 2024) beside "…the US Supreme Court upheld in
January" (a cold read found the request as the companies' position a year on), "The Class
B creditors said they were considering an appeal" beside "…upheld by the Court of Appeal
in March". Courts are matched by kind: the supreme court, a court of appeal (however
named), the high court.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from briefkit.analysis.guarded import guarded
from briefkit.corpus import Sentence

T = TypeVar("T")  # what a passage asks, which a newer one answers (`answered_later`)

_NAME = r"[A-Z][\w&'’.-]*(?: (?:of |the )?[A-Z][\w&'’.-]*){0,3}"
_CASE = r"(?:legal )?(?:challenge|action|lawsuit|suit|case|complaint|appeal|claim)"
# "Austria and Luxembourg filed a legal challenge…", "Epic Games has brought a lawsuit…"
FILED = guarded(
    ("filed", "brought", "lodged", "launched"),
    rf"(?P<parties>{_NAME}(?:(?:, | and ){_NAME})*) (?:has |have |had )?"
    rf"(?:filed|brought|lodged|launched) (?:a |an |their |its )?(?:new )?{_CASE}\b",
)
_DECIDED = (
    r"\b(?:dismissed|dismissing|rejected|rejecting|upheld|threw out|thrown out|struck out|"
    r"ruled against)\b"
)
DECIDED = guarded(
    ("dismiss", "reject", "upheld", "threw out", "thrown out", "struck out", "ruled against"),
    _DECIDED,
)
CASE_REACH = 80  # characters after the ruling's verb within which the case is named


def parties_filing(text: str) -> tuple[str, ...]:
    """The parties a passage tells bringing a case, or ()."""
    found = FILED.search(text)
    if found is None:
        return ()
    names = re.split(r", | and ", found["parties"])
    return tuple(n.removeprefix("The ").strip() for n in names if n.strip())


def _rules_on(text: str, parties: tuple[str, ...]) -> bool:
    """Does the passage tell a ruling on a case of one of the parties?"""
    for decided in DECIDED.finditer(text):
        after = text[decided.end() : decided.end() + CASE_REACH]
        if not re.search(_CASE, after):
            continue
        for party in parties:
            owner = re.escape(party)
            if re.search(
                rf"(?<![\w-]){owner}['’]s? (?:[a-z]+ )?{_CASE}|{_CASE} (?:brought|filed|lodged) "
                rf"by (?:the )?{owner}\b|{owner} v\.? ",
                after,
            ):
                return True
    return False


def cases_decided(units: Sequence[Sentence], months: Sequence[int | None]) -> tuple[bool, ...]:
    """Per passage: is a case it tells brought (`parties_filing`) ruled on by a newer
    source? `months` are the passages' sources' month counts."""
    filed = [
        (k, parties)
        for k, unit in enumerate(units)
        if months[k] is not None and (parties := parties_filing(unit.text))
    ]
    return answered_later(units, months, filed, DECIDED.search, _rules_on)


def answered_later(
    units: Sequence[Sentence],
    months: Sequence[int | None],
    asked: list[tuple[int, T]],
    answers: Callable[[str], object],
    about: Callable[[str, T], bool],
) -> tuple[bool, ...]:
    """Per passage: does a source newer than it, and not its own, tell what answers the
    matter `asked` holds for it (a passage that `answers`, `about` that matter)? The
    answering passages are looked for only where some passage asks."""
    found = [False] * len(units)
    if not asked:
        return tuple(found)
    answering = [
        (months[k], unit.source_id, unit.text)
        for k, unit in enumerate(units)
        if months[k] is not None and answers(unit.text)
    ]
    for k, matter in asked:
        own, source = months[k], units[k].source_id
        found[k] = any(
            then > own and other != source and about(text, matter)
            for then, other, text in answering
        )
    return tuple(found)


# A step in a court still to come: a request to a court, a review sought, an appeal
# considered or promised
COURT_PENDING = guarded(
    ("asked", "petition", "urged", "review", "appeal", "hearing"),
    r"\b(?:asked|petitioned|urged) (?:the |a )?(?P<asked>(?:[\w.-]+ ){0,3}?"
    r"(?:[Cc]ourt(?: of [A-Z][a-z]+)?|[Jj]ustices))\b|"
    r"\b(?:seeks?|seeking|sought|requests?|requesting) (?:a )?(?P<review>(?:[A-Z][\w.-]* ){1,2}"
    r"[Cc]ourt) review\b|"
    r"\b(?P<appeal>(?:considering|consider|weighing|will|would|plans? to|planned to|"
    r"intends? to|intended to|vowed to|promised to) (?:an |lodge an |file an )?appeal)\b|"
    # a hearing told as to come: "A Court of Appeal hearing could be fast-tracked given the
    # company's cash position." (February) had stood in an outlook whose newer source tells
    # the loan "upheld by the Court of Appeal in March" (a cold read)
    r"\b(?P<heard>(?:[\w.-]+ ){0,2}?(?:[Cc]ourt(?: of [A-Z][a-z]+)?|[Aa]ppeals?)) hearing "
    r"(?:could|would|will|may|might|is (?:expected|due|scheduled|set|likely))\b",
)
# The ruling told: "the Supreme Court upheld…", "upheld by the Court of Appeal"
COURT_RULED = guarded(
    ("upheld", "dismiss", "reject", "denied", "overturn", "struck down", "ruled", "refused"),
    r"(?P<court>(?:[\w.-]+ ){0,2}(?:[Cc]ourt(?: of [A-Z][a-z]+)?|[Jj]ustices))\b[^.;]{0,40}?"
    r"\b(?:upheld|dismissed|rejected|denied|overturned|struck down|ruled|refused)\b|"
    r"\b(?:upheld|dismissed|rejected|overturned|struck down) by (?:the )?"
    r"(?P<by>(?:[\w.-]+ ){0,2}[Cc]ourt(?: of [A-Z][a-z]+)?)",
)


def court_kind(name: str) -> str:
    """A court as its rulings are matched: "supreme", "appeal" (a court of appeal however
    named: "the appeals court", "the Court of Appeal"), "high", else its last two words."""
    folded = name.casefold()
    for kind in ("supreme", "appeal", "high"):
        if kind in folded:
            return kind
    return " ".join(folded.split()[-2:])


def _courts_pending(text: str) -> frozenset[str]:
    """The kinds of court a passage tells a step still to come in, or none."""
    kinds = set()
    for found in COURT_PENDING.finditer(text):
        if found["appeal"]:
            kinds.add("appeal")
        else:
            kinds.add(court_kind(found["asked"] or found["review"] or found["heard"]))
    return frozenset(kinds)


def court_steps_ruled(units: Sequence[Sentence], months: Sequence[int | None]) -> tuple[bool, ...]:
    """Per passage: does a step it tells still to come in a court (`COURT_PENDING`) stand
    beside a newer source's telling of that court's ruling (`COURT_RULED`)?"""
    pending = [
        (k, kinds)
        for k, unit in enumerate(units)
        if months[k] is not None and (kinds := _courts_pending(unit.text))
    ]
    found = [False] * len(units)
    if not pending:
        return tuple(found)
    ruled: dict[str, list[tuple[int, str]]] = {}  # court kind -> (month, source) of rulings
    for k, unit in enumerate(units):
        month = months[k]
        if month is None:
            continue
        for ruling in COURT_RULED.finditer(unit.text):
            ruled.setdefault(court_kind(ruling["court"] or ruling["by"]), []).append(
                (month, unit.source_id)
            )
    for k, kinds in pending:
        own, source = months[k], units[k].source_id
        found[k] = any(
            then > own and other != source for kind in kinds for then, other in ruled.get(kind, ())
        )
    return tuple(found)


# A dispute's outcome told as still to come: "Legal experts said the outcome of the Delta
# dispute could shape how much software vendors can shelter behind liability caps."
OUTCOME_AHEAD = guarded(
    ("outcome of",),
    rf"\boutcome of (?:the )?(?P<party>{_NAME})(?:['’]s?)? (?:dispute|case|lawsuit|suit|"
    r"trial|litigation|claims?|appeal|challenge)\b",
)
# A court acting on a party's case: "In May a Georgia state judge allowed Delta Air Lines to
# pursue claims of gross negligence…", "the court dismissed Delta's suit"
COURT_ACTED = guarded(
    ("judge", "court", "jury", "tribunal"),
    r"\b(?:judge|court|jury|tribunal)\b[^.;]{0,60}?\b(?:allowed|let|permitted|dismissed|"
    r"rejected|upheld|ruled|found|threw out|sided with|awarded|denied)\b",
)


def outcomes_decided(units: Sequence[Sentence], months: Sequence[int | None]) -> tuple[bool, ...]:
    """Per passage: does the outcome of a party's dispute it tells as still to come
    (`OUTCOME_AHEAD`) stand beside a newer source's telling of a court acting on that
    party's case (`COURT_ACTED`, the party named in its sentence)? A cold read found the
    October forecast of "the outcome of the Delta dispute" in an outlook whose newer source
    tells the May ruling that let Delta's claims proceed."""
    pending = [
        (k, found["party"].removeprefix("The "))
        for k, unit in enumerate(units)
        if months[k] is not None and (found := OUTCOME_AHEAD.search(unit.text)) is not None
    ]
    return answered_later(units, months, pending, COURT_ACTED.search, _names)


def _names(text: str, party: str) -> bool:
    """Does the text name the party, as a word of its own?"""
    return re.search(rf"(?<![\w-]){re.escape(party)}\b", text) is not None
