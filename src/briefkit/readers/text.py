"""Reader for plain-text and Markdown sources, including web-scrape debris.

The decoded file is the text quotes are verbatim in; cleaning (markdown syntax, glued
footnote numerals, captions, "Related article:" lines) works on `MappedText`, so every
cleaned character still points at its place in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from briefkit import yamltext
from briefkit.corpus import AuthorName, SourceMeta
from briefkit.dates import parse_date_value
from briefkit.errors import SourceError
from briefkit.lazy_regex import lazy_compile
from briefkit.mapped import MappedText, offsets_array
from briefkit.readers.decode import decode_text
from briefkit.readers.textmeta import (
    AFFILIATION,
    NAME,
    NAME_JOINS,
    ROLE,
    URL,
    extract,
    plain,
    without_section,
)

# Whole lines that are page furniture rather than article text.
DEBRIS_LINE = [
    lazy_compile(r"click (?:here )?to (?:enlarge|expand|zoom|view)", re.IGNORECASE),
    lazy_compile(
        r"^\W*(?:related(?:\s+(?:article|story|stories|content|reading|posts?))?|read more|"
        r"see also|also read|recommended|more from|subscribe|sign up|share this|advertisement|"
        r"follow us|newsletter)\b\W*:",
        re.IGNORECASE,
    ),
    lazy_compile(r"^\W*(?:read more|advertisement|share|print|email|tweet)\W*$", re.IGNORECASE),
    lazy_compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$"),
    lazy_compile(
        r"^\W*(?:photo|image|picture|credit|caption|illustration)s?"
        r"(?:\s+(?:credits?|captions?))?\s*:",  # "Photo caption: The bulk carrier…"
        re.I,
    ),
    lazy_compile(r"\*\*[^*\n]{2,60}/[^*\n]{2,60}\*\*\s*$"),  # caption ending in a bold credit
    # "*Alaska's jets parked at Seattle. Image: Airline Daily*": a caption ending in its credit
    lazy_compile(
        r"[.!]\W*\s(?:photo(?:graph)?|image|picture|credit|illustration)\s*:\s*[^.:\n]{2,60}$",
        re.IGNORECASE,
    ),
    # "*Footnote 2: NNPC statement of 26 November 2024…*": a note written out as a line
    lazy_compile(r"^\W*(?:foot|end)notes?\s*\d{1,3}\s*[:.]", re.IGNORECASE),
    # "*A navy destroyer in the Red Sea. US Navy photo.*": the credit as a closing sentence
    lazy_compile(r"[.!]\W*\s(?:[A-Z][\w&.'’-]*\s+){1,4}(?i:photo(?:graph)?|image|picture)s?\W*$"),
    lazy_compile(r"views expressed .{0,80}(?:do not|don['’]t) necessarily reflect", re.IGNORECASE),
    lazy_compile(r"^\W*(?:copyright|©)|all rights reserved", re.IGNORECASE),
]
LIST_MARKER = lazy_compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
BLOCKQUOTE_MARKER = lazy_compile(r"^\s*(?:>\s?)+")

DIGIT = lazy_compile(r"\d")
# A hyphened name's end ("C-Lion1", "Kh-101"), whose numeral is the name's, not a note's:
# fixed-width look-behinds for a capital after a hyphen, two to six letters back, tried
# only where a digit follows (at every position of every source they had cost a cold
# build of 1,000 sources most of a second).
NOT_A_HYPHENED_NAME = r"(?=\d)" + "".join(rf"(?<!-[A-Z][a-z]{{{n}}})" for n in range(1, 7))
# Inline cleaning steps: (pattern, group to keep or None to delete the match, a character
# class every match holds or None: a step is skipped on text without one, so most
# paragraphs are not scanned thirteen times).
INLINE_STEPS: list[tuple[re.Pattern[str], int | None, re.Pattern[str] | None]] = [
    (
        lazy_compile(
            r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]"
        ),
        None,
        None,
    ),
    (lazy_compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), None, lazy_compile(r"\[")),
    (lazy_compile(r"\[([^\]\n]*)\]\([^)\n]*\)"), 1, lazy_compile(r"\[")),
    (lazy_compile(r"<https?://[^>\s]+>"), None, lazy_compile("<")),
    (lazy_compile(r"\[\^?\d{1,3}\]"), None, lazy_compile(r"\[")),
    (lazy_compile(r"\\([\\`*_{}\[\]()#+\-.!<>])"), 1, lazy_compile(r"\\")),
    (lazy_compile(r"^\s*#{1,6}\s+"), None, lazy_compile("#")),
    (
        BLOCKQUOTE_MARKER,
        None,
        lazy_compile(">"),
    ),  # "> - China remains…": a list inside a quoted box
    (LIST_MARKER, None, None),
    (
        lazy_compile(
            r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)"
        ),
        None,
        lazy_compile("[*_]"),
    ),
    # footnote numerals glued to the end of a sentence ("terrorism”.2") or a word ("place13 ,")
    (lazy_compile(r"(?<=[^\d\s][.!?”\"’)])\d{1,3}(?=\s|$)"), None, DIGIT),
    # (not a name's own numeral: "the company that owns C-Lion1, said…")
    (
        lazy_compile(rf"{NOT_A_HYPHENED_NAME}(?<=[a-z]{{3}})\d{{1,2}}(?=\s?[,.;:](?:\s|$)|\s*$)"),
        None,
        DIGIT,
    ),
    # …and before the sentence goes on ("the Tajik terror group Jamaat Ansarullah9 as
    # border guards": a quoted name had carried the note's numeral)
    (lazy_compile(rf"{NOT_A_HYPHENED_NAME}(?<=[a-z]{{4}})\d(?=\s+[a-z])"), None, DIGIT),
    # …and to a year that ends a sentence ("expected to be launched in 2024.11 If it is")
    (lazy_compile(r"(?<=(?<!\d)(?:19|20)\d\d\.)\d{1,3}(?=\s+[A-Z])"), None, DIGIT),
]

TERMINAL = tuple(".!?:;…")
CLOSING = "\"”’)]'"


def ends_sentence(text: str) -> bool:
    """Does the line end a sentence: a stop, or a closing quote or bracket right after one
    ('…in Kabul."')? "…the Sudanese Armed Forces (SAF)" at a line's end goes on."""
    stripped = text.rstrip()
    if stripped.endswith(TERMINAL):
        return True
    core = stripped.rstrip(CLOSING)
    return len(core) < len(stripped) and core.endswith(TERMINAL)


HEADING_MAX_WORDS = 12
# a line its markup marks as a heading, up to this long; a longer one (an <h2> holding a
# pull quote, a paragraph styled large) is body text
MARKED_HEADING_MAX_WORDS = 16
FULL_LINE = 0.8  # of the wrap column: a line this long was broken by the wrap, not ended


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" or "paragraph"
    content: MappedText


@dataclass
class ReadResult:
    """What a reader hands on: the text quotes live in, its blocks and its metadata."""

    text: str
    blocks: list[Block]
    meta: SourceMeta
    warnings: list[str] = field(default_factory=list)


def _lines(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of each line of `text[start:]`, without line terminators."""
    spans = []
    position = start
    for line in text[start:].splitlines(keepends=True):
        content = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        spans.append((position, position + len(content)))
        position += len(line)
    return spans


def _front_matter(text: str) -> tuple[dict[str, object], int]:
    match = re.match(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", text, re.DOTALL)
    if not match:
        return {}, 0
    try:
        data = yamltext.load(match.group(1))
    except yaml.YAMLError as exc:
        raise SourceError(
            f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}"
        ) from None
    return (data if isinstance(data, dict) else {}), match.end()


def several_names(value: str) -> tuple[str, ...]:
    """ "Tomas Reyes, Lakshmi Narayan" in one string is two people (each part a name of
    two words or more); "Reyes, Tomas" is one, family name first; after a name, a post or
    an employer ("…, Senior Fellow, Atlantic Trade Policy Institute") is no one."""
    if re.search(r"\s(?:and|&)\s", value):
        # "Tobias Lindqvist and Aleksandra Wrona" is two people (it had been one, given
        # names "Tobias Lindqvist and Aleksandra"); "Marcus Feld and Anika Rao, Meridian
        # Health Strategy" is two and their employer; where a part is neither a name nor an
        # employer ("…, Meridian") the string stays as printed: unclear
        named, _, employer = value.rpartition(",")
        if not (named and AFFILIATION.search(employer)):
            named = value
        joined = [p for p in NAME_JOINS.split(named) if p]
        if len(joined) >= 2 and all(NAME.match(p) and not AFFILIATION.search(p) for p in joined):
            return tuple(joined)
        return (value,)
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) < 2 or not NAME.match(parts[0]) or AFFILIATION.search(parts[0]):
        return (value,)  # (a firm and its unit: "Northgate Economics, International Tax
        # Practice" is one author, not two people)
    people: list[str] = []
    for part in parts:
        if people and (ROLE.search(part) or AFFILIATION.search(part)):
            # "Margaret Olufemi, Senior Fellow, Atlantic Trade Policy Institute": one
            # person and her post (she had been cited as "Margaret Olufemi et al.")
            return tuple(people)
        if not NAME.match(part):
            return (value,)
        people.append(part)
    return tuple(people)


def _author(value: object) -> tuple[str, AuthorName | None]:
    """An author entry: a plain string, or a mapping of `family`/`given`/`suffix`/`literal`."""
    if not isinstance(value, dict):
        return " ".join(str(value).split()), None
    parts = {
        key: " ".join(str(value[key]).split()) or None
        for key in ("family", "given", "suffix", "literal")
        if value.get(key) is not None
    }
    name = AuthorName(**parts)
    return name.display, name if name.display else None


NAME_PARTS = ("family", "given", "suffix", "literal")
PUBLISHER_KEYS = ("publisher", "outlet", "publication", "site_name", "site", "source")
CLIPPED_SITE_KEYS = ("site_name", "site")
# What read-later apps and site generators call the date of publication ("published:" from
# web clippers, "publishDate" from Hugo, "date_published" from JSON Feed-minded tools).
DATE_KEYS = ("date", "published", "date_published", "publishDate", "published_at", "pubDate")
DATED_SOURCE_KEYS = ("source", "publication", "site")
DATE_CLOSING_A_LINE = lazy_compile(
    r"(?:\b\d{1,2}\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+\d{1,2},?)\s+(?:19|20)\d{2}\s*$"
)


def _dated_line(value: object) -> str | None:
    """The date that closes a source line ("…, Brussels, 19 November 2025"), if any."""
    if not isinstance(value, str):
        return None
    found = DATE_CLOSING_A_LINE.search(value.strip())
    return parse_date_value(found.group(0)) if found else None


def _is_author(value: object) -> bool:
    """A name, or a mapping of name parts (`family`, `given`, `suffix`, `literal`)."""
    if isinstance(value, dict):
        return bool(value) and all(
            k in NAME_PARTS and isinstance(v, str | int | float) for k, v in value.items()
        )
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def meta_from_mapping(data: dict[str, object], problems: list[str] | None = None) -> SourceMeta:
    """Metadata from a sidecar or front matter mapping (unknown keys are ignored here).
    A value of the wrong type, or a date that is no date, is ignored and reported in
    `problems` by its key; the other fields are kept."""
    report = problems if problems is not None else []

    def text_of(key: str) -> str | None:
        value = data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            report.append(f"key '{key}' ignored: expected text, found {_kind(value)}")
            return None
        # strip() would also eat \x1c-\x1f, hiding controls from the URL check
        return str(value).strip(" \t\r\n") or None

    key = "author" if "author" in data else "authors"
    authors = data.get(key)
    if isinstance(authors, str):
        authors = list(several_names(authors))
    elif isinstance(authors, dict):
        authors = [authors]
    if authors is not None and not (
        isinstance(authors, list) and all(_is_author(a) for a in authors)
    ):
        report.append(
            f"key '{key}' ignored: expected a name or a list of names, found {_kind(authors)}"
        )
        authors = None
    people = [p for p in (_author(a) for a in authors or []) if p[0]]
    date_key = next((key for key in DATE_KEYS if data.get(key) not in (None, "")), "date")
    date_value = data.get(date_key)
    date = parse_date_value(date_value)
    if date is None and date_value not in (None, ""):
        report.append(f"key '{date_key}' ignored: {str(date_value)[:40]!r} is not a date")
    if date is None and date_value in (None, ""):
        # a clipper's "source: European Commission press release, Brussels, 19 November
        # 2025": the date the source line gives (a cold read found it "Undated")
        date = next(
            (found for key in DATED_SOURCE_KEYS if (found := _dated_line(data.get(key)))),
            None,
        )
    return SourceMeta(
        title=text_of("title"),
        authors=tuple(display for display, _ in people),
        names=tuple(name for _, name in people) if any(n for _, n in people) else (),
        publisher=next(
            (
                # a clipper's site name may carry the page's section ("site: Harcourt
                # Strategy — Insights"); a publisher written out stays as written
                without_section(found) if key in CLIPPED_SITE_KEYS else found
                for key in PUBLISHER_KEYS
                if (found := text_of(key)) and not WEB_ADDRESS.match(found)
            ),
            None,
        ),
        date=date,
        url=text_of("url") or _address(text_of("source") or text_of("site")),
        section=next((found for key in SECTION_KEYS if (found := text_of(key))), None),
    )


# Front matter keys naming the site's section a page sits in ("section: Opinion")
SECTION_KEYS = ("section", "category", "genre", "column", "desk")


# "source: atlantictradepolicy.org/analysis/port-strike-cost" (a clipper's field): the page's
# address, not its publisher (it had been cited as the publisher
# "Atlantictradepolicy.org/analysis/port-strike-cost"). A bare domain stays a site's name.
WEB_ADDRESS = lazy_compile(
    r"^(?:https?://\S+|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*)$", re.IGNORECASE
)


def _address(value: str | None) -> str | None:
    """A page's address given under `source` or `site`, with its scheme (https where the
    field leaves it out)."""
    if value is None or not WEB_ADDRESS.match(value):
        return None
    return value if re.match(r"https?://", value, re.IGNORECASE) else f"https://{value}"


def _kind(value: object) -> str:
    names = {dict: "a mapping", list: "a list", bool: "true/false", int: "a number"}
    return names.get(type(value), type(value).__name__)


def _wrap_width(lines: list[str]) -> int:
    """The column a hard-wrapped text breaks at: the length most of its long lines reach."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _is_hard_wrapped(lines: list[str]) -> bool:
    lengths = [len(line) for line in lines if line.strip()]
    if len(lengths) < 8:
        return False
    wrapped = sum(1 for n in lengths if 40 <= n <= 100)
    return wrapped >= 0.6 * len(lengths) and max(lengths) <= 120


ATX_HEADING = lazy_compile(r"^ {0,3}#{1,6}\s+\S")


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= HEADING_MAX_WORDS and not ends_sentence(line) and not line[:1].islower()
    )


def _mend_broken_paragraphs(blocks: list[Block]) -> list[Block]:
    """Rejoin a sentence that scraping split across a blank line: a block that does not end
    a sentence, followed by one that starts in lower case."""
    mended: list[Block] = []
    for block in blocks:
        previous = mended[-1] if mended else None
        if (
            previous is not None
            and block.content.text[:1].islower()
            and not ends_sentence(previous.content.text)
        ):
            joined = offsets_array(previous.content.offsets)
            joined.append(previous.content.offsets[-1] + 1)  # the line break between them
            joined.extend(block.content.offsets)
            text = previous.content.text + " " + block.content.text
            mended[-1] = Block("paragraph", MappedText(text, joined))
        else:
            mended.append(block)
    return mended


def clean_inline(content: MappedText) -> MappedText:
    for pattern, keep, sign in INLINE_STEPS:
        if sign is None or sign.search(content.text):
            content = content.sub(pattern, keep)
    return content.strip()


def read_text(data: bytes, markdown: bool = False) -> ReadResult:
    """Read a .txt or .md source."""
    text, warnings = decode_text(data)
    result = parse_text(text, markdown=markdown)
    result.warnings[:0] = warnings
    return result


def parse_text(
    text: str,
    *,
    markdown: bool = False,
    known: SourceMeta | None = None,
    headings: frozenset[str] = frozenset(),
) -> ReadResult:
    """Blocks and metadata of article text; `known` is metadata the file format carried,
    which wins over what the text shows (front matter wins over both), and `headings` the
    lines its markup marked as headings (whitespace collapsed), kept as headings even
    when they end like a sentence ("Why did New Delhi act now?" in an HTML <h2>), up to
    MARKED_HEADING_MAX_WORDS."""
    warnings: list[str] = []
    front: dict[str, object] = {}
    body_start = 0
    if markdown or text.startswith("---"):
        front, body_start = _front_matter(text)
    spans = _lines(text, body_start)
    raw_lines = [text[a:b] for a, b in spans]
    found = extract(raw_lines, first_line_title=not (known and known.title), markdown=markdown)
    meta = known.merged_over(found.meta) if known else found.meta
    if front:
        problems: list[str] = []
        meta = meta_from_mapping(front, problems).merged_over(meta)
        warnings += [f"front matter: {line}" for line in problems]
    title_plain = plain(meta.title or "").casefold()
    wrapped = _is_hard_wrapped(raw_lines)
    # In a hard-wrapped text a line running to the wrap column goes on, heading-like or
    # not ("In Khartoum, Gezira and Sennar, where the RSF offensive that took Wad").
    full_line = FULL_LINE * _wrap_width(raw_lines)

    blocks: list[Block] = []
    current: MappedText | None = None

    def flush() -> None:
        nonlocal current
        if current is not None:
            cleaned = clean_inline(current)
            if cleaned.text and any(ch.isalnum() for ch in cleaned.text):
                # "## What should we watch?" is a heading in Markdown, question mark or not
                atx = markdown and ATX_HEADING.match(current.text)
                words = cleaned.text.split()
                marked = (
                    bool(headings)
                    and len(words) <= MARKED_HEADING_MAX_WORDS
                    and " ".join(words) in headings
                )
                heading = atx or marked or _looks_like_heading(cleaned.text)
                kind = "heading" if heading else "paragraph"
                blocks.append(Block(kind, cleaned))
        current = None

    for index, (a, b) in enumerate(spans):
        line = raw_lines[index]
        if not line.strip():
            flush()
            continue
        stripped_plain = plain(line)
        if (
            index in found.meta_lines
            or any(p.search(line) for p in DEBRIS_LINE)
            or (title_plain and stripped_plain.casefold() == title_plain)
            or not URL.sub("", stripped_plain).strip(" <>:")
        ):
            flush()
            continue
        piece = MappedText.of(text, a, b)
        open_item = (  # a list item wrapped onto an indented line: one item
            current is not None
            and line[:1].isspace()
            and LIST_MARKER.match(current.text)
            and not ends_sentence(current.text)
        )
        joins = open_item or (
            wrapped
            and current is not None
            and not ends_sentence(current.text)
            and not LIST_MARKER.match(BLOCKQUOTE_MARKER.sub("", line))
            and (
                not _looks_like_heading(current.text.strip())
                or len(current.text.rstrip()) >= full_line
            )
        )
        if joins and current is not None:
            offsets = offsets_array(current.offsets)
            offsets.append(a - 1)
            offsets.extend(piece.offsets)
            current = MappedText(current.text + "\n" + piece.text, offsets)
        else:
            flush()
            current = piece
    flush()
    blocks = _mend_broken_paragraphs(blocks)
    if not any(block.kind == "paragraph" for block in blocks):
        raise SourceError("no paragraphs of text found")
    return ReadResult(text=text, blocks=blocks, meta=meta, warnings=warnings)


def read_plain(data: bytes) -> ReadResult:
    return read_text(data, markdown=False)


def read_markdown(data: bytes) -> ReadResult:
    return read_text(data, markdown=True)
