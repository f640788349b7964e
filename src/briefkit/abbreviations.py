"""Abbreviations: the short forms a memo uses, spelled out as its sources spell them.

An excerpt is verbatim, so "QDMTT" stays as its source wrote it, and a minister who never
saw the article's earlier "qualified domestic minimum top-up tax (QDMTT)" cannot read it
(a cold read: "The principal uses UTPR and QDMTT without spelling them out"). A memo
lists the short forms its text uses and does not spell out, each with the long form a
source gives beside it in brackets. Pairs are found as Schwartz and Hearst (2003) find
them: the short form's letters, read from the right, occur in order in the words before
the bracket, and its first letter opens the long form's first word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefkit.lazy_regex import lazy_compile

# "long form (QDMTT)", "(QDMTTs)": two to six capitals, a plural's "s" allowed
SHORT_IN_BRACKETS = lazy_compile(r"\(([A-Z][A-Z&]{1,5})(s?)\)")
# "the UTPR (undertaxed profits rule)": the short form first, its long form in brackets
LONG_IN_BRACKETS = lazy_compile(r"\b([A-Z][A-Z&]{1,5})s?\s+\(([a-zA-Z][^()]{3,80})\)")
# a short form in a memo's text: capitals alone, not a word in capitals of a heading
# (not a currency's name: "2,800 CFA francs" is the franc's, and a glossary had read
# "CFA: Cocoa Farmers' Association." off a name that spells it, a cold read)
SHORT_FORM_USED = lazy_compile(r"(?<![\w&.-])([A-Z][A-Z&]{1,5})s?(?![\w&-])(?!\s+francs?\b)")
LEADING_ARTICLE = lazy_compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
EXTRA_WORDS = 3  # a long form has at most this many words more than its short form letters


SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "to", "de", "la", "&"})
# where the words a long form may take begin: after a sentence's end or a clause's comma
# ("…were counted, the National Electoral Council (CNE)": the council's Spanish initials)
SENTENCE_END = lazy_compile(r".*[.!?;:,]\s")
FUNCTION_WORDS = frozenset({"as", "at", "by", "with", "from", "a", "an", "is", "was", "or"})


def long_form(short: str, before: str) -> str | None:
    """The long form of `short` at the end of `before` (the text up to its bracket), or
    None: the words whose initials spell it ("income inclusion rule (IIR)"), else its
    letters found right to left in the words of its sentence, the first opening a word
    ("undertaxed profits rule (UTPR)")."""
    before = SENTENCE_END.sub("", before)
    words = before.split()[-(len(short) + EXTRA_WORDS) :]
    initials = ""
    for start in range(len(words) - 1, -1, -1):
        word = words[start].strip("\"'“”‘’(")
        if word.lower() in SMALL_WORDS:
            continue
        initials = word[:1].upper() + initials
        if initials == short:
            return _checked(short, " ".join(words[start:]), " ".join(words[:start]))
        if not short.endswith(initials):
            break
    text = " ".join(words)
    at = len(text) - 1
    inside = 0  # letters found inside a word rather than opening one
    for index in range(len(short) - 1, -1, -1):
        letter = short[index].lower()
        if not letter.isalnum():
            continue
        while at >= 0 and (
            text[at].lower() != letter or (index == 0 and at > 0 and text[at - 1].isalnum())
        ):
            at -= 1
        if at < 0:
            return _named_but_for_its_last(short, words) or _named_in_another_order(short, words)
        inside += at > 0 and text[at - 1].isalnum()
        at -= 1
    if inside and _cuts_a_name(text[: at + 1]):
        return None  # "the Incentive Regime for Large Investments (RIGI)": a name cut
        # short where its initials, another language's, ran out
    return _checked(short, text[at + 1 :], text[: at + 1])


def _named_but_for_its_last(short: str, words: list[str]) -> str | None:
    """A name of as many capitalised words as the short form has letters, right before its
    bracket, whose initials spell all but its last letter: "the United States Maritime
    Alliance (USMX)" (a cold read of `ports`: "USMX" used four times, never explained)."""
    named = [w.strip("\"'“”‘’(") for w in words[-len(short) :]]
    if len(short) < SPELLED_BY_NAME or len(named) != len(short):
        return None
    if not all(w[:1].isupper() and w[1:2].islower() for w in named):
        return None
    if "".join(w[0] for w in named[:-1]) != short[:-1] or named[-1][0] == short[-1]:
        return None
    if " ".join(named) not in " ".join(words):
        return None  # a quotation mark inside the name: not these words as written
    return _checked(short, " ".join(named), " ".join(words[: -len(short)]))


def _named_in_another_order(short: str, words: list[str]) -> str | None:
    """A name right before its bracket whose capitalised words' initials are the short
    form's letters in another order, its own language's: "the Democratic Forces for the
    Liberation of Rwanda (FDLR)", the French order (a cold read of `drc`: "FDLR" used,
    never explained). Every word of the name capitalised but the small ones."""
    letters = sorted(short)
    if len(short) < SPELLED_BY_NAME or not short.isalpha():
        return None
    initials: list[str] = []
    for start in range(len(words) - 1, -1, -1):
        word = words[start].strip("\"'“”‘’(")
        if word.lower() in SMALL_WORDS:
            continue
        if not (word[:1].isupper() and word[1:2].islower()):
            return None
        initials.append(word[0])
        if len(initials) == len(short):
            if sorted(initials) != letters:
                return None
            name = " ".join(w.strip("\"'“”‘’(") for w in words[start:])
            return name if " " in name else None
    return None


# "China's Ministry of Commerce (MOFCOM)": whose the body is belongs to its long form
OWNER_BEFORE = lazy_compile(r"(?:^|\s)([A-Z][\w.-]*['’]s)\s*$")


def _cuts_a_name(before: str) -> bool:
    """Is the word before a long form a capitalised word of the same name (not an article
    opening a sentence, nor an owner's "China's")?"""
    last = before.split()[-1:] or [""]
    word = last[0].strip("\"'“”‘’(")
    return (
        word[:1].isupper()
        and word.lower() not in SMALL_WORDS | FUNCTION_WORDS
        and not POSSESSIVE_END.search(word)
    )


POSSESSIVE_END = lazy_compile(r"['’]s?$")


# "per- and polyfluoroalkyl substances (PFAS)": a prefix standing before "and" or "or" for
# the word it shares belongs to the long form (a glossary had read "polyfluoroalkyl
# substances", the compounds the rest are not)
SHARED_PREFIX_BEFORE = lazy_compile(r"(?:^|\s)([A-Za-z]+- (?:and|or) )$")


def _checked(short: str, text: str, before: str = "") -> str | None:
    """The long form without the quotation marks or article around it, if it is one, with
    the owner named just before it ("China's") and a prefix it shares ("per- and …")."""
    shared = SHARED_PREFIX_BEFORE.search(before.rstrip() + " ") if before else None
    if shared and text.strip() and text.strip()[0].lower() != short[0].lower():
        shared = None  # its first letter must still be the short form's
    if shared is not None:
        return _checked(short, shared[1] + text.strip(), before[: shared.start(1)].rstrip())
    found = LEADING_ARTICLE.sub("", text.strip(" ,;:—–-\"'“”‘’"))
    words = found.split()
    if len(words) < 2 or found.isupper() or not found[:1].isalpha():
        return None
    if words[0].lower() in SMALL_WORDS | FUNCTION_WORDS:
        return None  # "as the universal child allowance (AUH)": a Spanish name's initials
    if found[0].lower() != short[0].lower():
        return None
    owner = OWNER_BEFORE.search(before) if found == text.strip() and found[0].isupper() else None
    return f"{owner[1]} {found}" if owner else found


def definitions(texts: Iterable[str]) -> dict[str, str]:
    """Each short form a text spells out beside it in brackets, to its first long form (one
    told in the singular before one in the plural: "taxes (QDMTTs)")."""
    found: dict[str, tuple[bool, str]] = {}
    for text in texts:
        for short, spelled, plural in _pairs(text):
            if short not in found or (found[short][0] and not plural):
                found[short] = (plural, spelled)
    return {short: spelled for short, (_, spelled) in found.items()}


def _pairs(text: str) -> list[tuple[str, str, bool]]:
    """(short form, long form, told in the plural) for each pair the text spells out."""
    if "(" not in text:
        return []
    pairs = []
    for match in SHORT_IN_BRACKETS.finditer(text):
        start = max(0, match.start() - 200)
        spelled = long_form(match[1], text[start : match.start()].rsplit("\n", 1)[-1])
        if spelled:
            pairs.append((match[1], spelled, bool(match[2])))
    for match in LONG_IN_BRACKETS.finditer(text):
        if spelled := long_form(match[1], match[2]):
            pairs.append((match[1], spelled, False))
    return pairs


def short_forms_used(texts: Iterable[str]) -> list[str]:
    """The short forms the texts use and do not spell out themselves, in order of use."""
    joined = "\n".join(texts)
    spelled = definitions([joined])
    used = dict.fromkeys(m[1] for m in SHORT_FORM_USED.finditer(joined))
    return [s for s in used if s not in spelled]


def glossary(used: Iterable[str], sources: Iterable[Iterable[str]]) -> list[tuple[str, str]]:
    """(short form, long form), alphabetical, for the short forms `used` that `sources`
    spell out: each group of texts is searched in turn (the sources the memo cites, in
    order of citation), the first long form told in the singular winning, else the first.
    A short form none of them brackets is read off the one name that spells it, if any
    (`_name_spelling`)."""
    groups = [list(texts) for texts in sources]  # searched twice: no iterator spent
    wanted = set(used)
    found: dict[str, tuple[bool, str]] = {}  # short form -> (told in the plural, long form)
    for texts in groups:
        for text in texts:
            missing = {w for w in wanted if w not in found or found[w][0]}
            if not missing:
                return sorted((short, spelled) for short, (_, spelled) in found.items())
            # a plain search first: most texts bracket none of them
            if not any(f"({short}" in text or f"{short} (" in text for short in missing):
                continue
            for short, spelled, plural in _pairs(text):
                if short in missing and (short not in found or not plural):
                    found[short] = (plural, spelled)
    everything = [text for texts in groups for text in texts]
    for short in sorted(wanted - found.keys()):
        if spelled := _name_spelling(short, everything):
            found[short] = (False, spelled)
    return sorted((short, spelled) for short, (_, spelled) in found.items())


# Short forms this long at least may be read off a name that spells them unbracketed: two
# letters ("EU", "UN") match too many names by chance
SPELLED_BY_NAME = 3


def _name_spelling(short: str, texts: list[str]) -> str | None:
    """The one name the texts give whose capitalised words' initials spell `short`, small
    words between them skipped ("Food Corporation of India" for "FCI", which no source
    brackets), or None where they give none or two. A cold read found "FCI" in a note's
    bottom line, never spelled out, while four of its sources named the corporation."""
    if len(short) < SPELLED_BY_NAME or not short.isalpha():
        return None
    small = sorted(SMALL_WORDS - {"&"})
    between = rf"\s+(?:(?:{'|'.join(small)})\s+)*"

    def word(at: int) -> str:
        # a word opening with the letter, or inside the name a small word that does
        # ("Bank of Japan" for "BOJ")
        letter = short[at]
        inside = [w for w in small if w[0] == letter.lower()] if 0 < at < len(short) - 1 else []
        return "(?:" + "|".join([rf"{letter}[a-z][\w'’-]*", *inside]) + ")"

    # (not the start of a longer name: "Centers for Disease Control and Prevention" is
    # no "Centers for Disease Control", which a note had given for "CDC")
    pattern = re.compile(
        r"(?<![\w'’-])"
        + between.join(word(at) for at in range(len(short)))
        + r"(?![\w'’-])(?!\s+(?:and|of|for|on|&)\s+[A-Z])"
    )
    # (a possessive is the same name: "Bank of Japan's" had made two, and "BOJ" went
    # unexplained in a cold read of `boj`)
    names = {
        POSSESSIVE_END.sub("", " ".join(m[0].split()))
        for text in texts
        for m in pattern.finditer(text)
    }
    return names.pop() if len(names) == 1 else None
