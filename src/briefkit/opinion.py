"""Opinion pieces: sources whose every sentence is their writer's argument.

An op-ed, a column or a guest essay states its writer's case. Quoted bare in a memo, its
sentences read as established fact: a cold read found a company chief executive's reading
of a study ("It found that animals have begun to recolonise the disturbed seabed…") as
the only science point of a minister's note, while a newer source reported the study's
authors cautioning against that reading. Such excerpts are led by their writer's name.

A page says it is opinion in the ways scraped pages keep: a front matter or sidecar key
("section: Opinion", "source: The Accra Observer (Opinion)"), a breadcrumb ("Home ›
Opinion › Guest essays"), a kicker that opens a line near the top ("OPINION | The
blackout should end…", "*Opinion · European Voices · 5 August 2025*"), a dated byline
naming the section ("Meera Sethi · The Policy Ledger · Opinion · 14 March 2024"), or
the address it was saved from (".../opinion/ai-code-creators"). A site's menu that
lists an Opinion section among others says nothing of the page itself, and is not read
as such; nor is the disclaimer "The views expressed are the author's own", which think
tanks' analyses carry too.
"""

from __future__ import annotations

import re

from briefkit.corpus import Document
from briefkit.dates import parse_date
from briefkit.lazy_regex import lazy_compile

# The names sites give their opinion sections
KINDS = (
    # (not "Commentary": a think tank's analyses sit under it)
    r"opinions?|op-?eds?|editorials?|columns?|columnists?|"
    r"guest (?:essays?|columns?|posts?)|viewpoints?|letters? to the editor"
)
LINE_MARKUP = " \t#>|"
EMPHASIS = lazy_compile(r"[*_`]+")  # "**Opinion** | Adaeze Okonkwo | 27 November 2024"
FRONT_MATTER_KIND = lazy_compile(
    # "section: Opinion", "category: \"Op-ed\""
    rf"^(?:section|category|categories|type|kind|genre|column|desk)\s*:\s*[\"'\[]?\s*"
    rf"(?:{KINDS})\b|"
    # "source: The Accra Observer (Opinion)"
    rf"^(?:source|publisher|outlet|site|site_name|publication)\s*:.*\((?:{KINDS})\)",
    re.IGNORECASE | re.MULTILINE,
)
# a breadcrumb's step: "› Opinion ›", "» [Guest essays](/opinion/guest)", "> Comment"
BREADCRUMB_STEP = lazy_compile(rf"[›»>]\s*\[?(?:{KINDS})\b", re.IGNORECASE)
# a kicker opening a line: "OPINION | GUEST ESSAY", "Opinion · European Voices · …",
# "Opinion. The views expressed…", "[Opinion](/opinion) › …"
KICKER = lazy_compile(rf"^\[?(?:{KINDS})\]?(?:\(\S*\))?\s*(?:$|[|·•:.—–-]\s)", re.IGNORECASE)
# a part of a byline: "… · Opinion · 14 March 2024"
KIND_PART = lazy_compile(rf"(?:^|[|·•—–])\s*\[?(?:{KINDS})\]?\s*(?:$|[|·•—–])", re.IGNORECASE)
# an opinion section's page, not the section's own: ".../opinion/ai-code-creators"
ADDRESS = lazy_compile(r"/(?:opinions?|op-?eds?|editorials?|columns?)/[\w-]+", re.IGNORECASE)
OPENING_LINES = 15  # where a kicker or a breadcrumb stands, above the headline or just below
SECTION_NAME = lazy_compile(rf"^\W*(?:{KINDS})\b", re.IGNORECASE)


def names_an_opinion_section(name: str) -> bool:
    """Does a section's name, as a page gives it, open with an opinion section's
    ("Opinion", "OPINION | GUEST ESSAY"; not "Commentary · Americas Program")?"""
    return SECTION_NAME.match(name) is not None


def opinion_piece(document: Document) -> bool:
    """Does the source say it is an opinion piece (see the module's docstring)?"""
    if document.meta.section and names_an_opinion_section(document.meta.section):
        return True
    text = document.text
    if FRONT_MATTER_KIND.search(text[:2000]):
        return True
    if document.meta.url and ADDRESS.search(document.meta.url):
        return True
    lines = [EMPHASIS.sub("", line).strip(LINE_MARKUP) for line in text.splitlines()]
    opening = [line for line in lines if line][:OPENING_LINES]
    return any(
        KICKER.match(line)
        or BREADCRUMB_STEP.search(line)
        or (KIND_PART.search(line) and parse_date(line) is not None)
        or ADDRESS.search(line)
        for line in opening
    )
