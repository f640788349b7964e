"""Cases decided: a challenge told as filed is overtaken by a newer telling of its ruling.

"Austria and Luxembourg filed a legal challenge, arguing that nuclear fails the
taxonomy's 'do no significant harm' test." had been Austria's row in a memo whose newer
source tells "The General Court of the European Union on Wednesday dismissed Austria's
action…" (a cold read found the challenge told as live). A passage telling a party's
challenge, action, lawsuit, complaint or appeal as brought is overtaken where a source
newer than it tells a ruling on that party's case: a court dismissed, rejected or upheld
it, or threw it out, with the party named as the case's owner ("Austria's action", "the
action brought by Austria", "Austria v Commission").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefkit.analysis.guarded import guarded
from briefkit.corpus import Sentence

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
    found = [False] * len(units)
    filed = [
        (k, parties)
        for k, unit in enumerate(units)
        if months[k] is not None and (parties := parties_filing(unit.text))
    ]
    if not filed:
        return tuple(found)
    rulings = [
        (months[k], unit.source_id, unit.text)
        for k, unit in enumerate(units)
        if months[k] is not None and DECIDED.search(unit.text)
    ]
    for k, parties in filed:
        own, source = months[k], units[k].source_id
        found[k] = any(
            then > own and other != source and _rules_on(text, parties)
            for then, other, text in rulings
        )
    return tuple(found)
