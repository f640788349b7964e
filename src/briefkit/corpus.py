"""The corpus model: documents, paragraphs and sentences, frozen, with stable ids."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from briefkit.dates import MONTH_WORD, YEAR, parse_date
from briefkit.lazy_regex import lazy_compile


@dataclass(frozen=True)
class AuthorName:
    """An author as a sidecar spells it out: a person's parts, or an organisation whole."""

    family: str | None = None
    given: str | None = None
    suffix: str | None = None  # "Jr.", "III"
    literal: str | None = None  # an organisation's name, printed whole and never inverted
    # written family name first ("Chen Liwei"), and printed so in every note and entry
    family_first: bool = False

    @property
    def display(self) -> str:
        if self.literal:
            return self.literal
        first, second = (
            (self.family, self.given) if self.family_first else (self.given, self.family)
        )
        return " ".join(p for p in (first, second, self.suffix) if p)


@dataclass(frozen=True)
class SourceMeta:
    """What a citation needs; any field may be unknown."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    url: str | None = None
    # Where a sidecar gave an author's parts: one entry per author, None for a plain string.
    names: tuple[AuthorName | None, ...] = ()
    # The site's section the page sits in, as the page names it ("Opinion", "Guest essay"):
    # an opinion piece's excerpts are led by their writer (`opinion.opinion_piece`)
    section: str | None = None

    @property
    def author(self) -> str | None:
        if not self.authors:
            return None
        if len(self.authors) <= 2:
            return " and ".join(self.authors)
        return ", ".join(self.authors[:-1]) + ", and " + self.authors[-1]

    def merged_over(self, weaker: SourceMeta) -> SourceMeta:
        """Fields of `self` where known, else those of `weaker`."""
        return SourceMeta(
            title=self.title or weaker.title,
            authors=self.authors or weaker.authors,
            names=self.names if self.authors else weaker.names,
            publisher=self.publisher or weaker.publisher,
            date=self.date or weaker.date,
            url=self.url or weaker.url,
            section=self.section or weaker.section,
        )


@dataclass(frozen=True)
class Sentence:
    """A citable sentence: `quote` is what a memo prints, verbatim parts joined by "…"."""

    id: str  # "<source>:p<paragraph>:s<sentence>", 1-based
    source_id: str
    text: str  # cleaned text, for scoring
    quote: str  # verbatim (trim-marked) text, for printing
    paragraph: int
    index: int
    position: float  # 0 at the start of the document, 1 at the end
    heading: str | None = None  # the source's own sub-heading above this sentence
    # the date its paragraph is printed under ("19 March 2024 — The BOJ…", `segment.Told`)
    told_date: str | None = None

    @cached_property
    def words(self) -> int:
        """Words of the quote: counted once (selection asks it of every candidate at every
        step, tens of thousands of times a memo)."""
        return len(self.quote.split())

    def __getstate__(self) -> dict[str, object]:
        """As stored: the fields alone, the cached count left out."""
        state = dict(self.__dict__)
        state.pop("words", None)
        return state

    @property
    def is_trimmed(self) -> bool:
        return "…" in self.quote


@dataclass(frozen=True)
class Paragraph:
    id: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Document:
    id: str
    path: str  # relative to the seeds folder, POSIX separators
    sha256: str
    meta: SourceMeta
    text: str  # the source's text that quotes are verbatim in
    paragraphs: tuple[Paragraph, ...]
    year_hint: int | None = None  # latest year the text mentions, for undated sources
    warnings: tuple[str, ...] = ()

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def words(self) -> int:
        return sum(s.words for s in self.sentences)

    @property
    def year(self) -> int | None:
        """Publication year if known, else the latest year the text mentions."""
        return int(self.meta.date[:4]) if self.meta.date else self.year_hint

    def date_of(self, sentence: Sentence) -> str | None:
        """The date a passage is as of: the date its paragraph is printed under (a
        timeline's "19 March 2024 — The BOJ ends negative rates…" is of March 2024, not of
        the article a year on); the date of the sub-heading it stands under where that is
        a month or a day later than the source's own ("## Update, 8 August 2025" in a
        digest first published in March: its statements are of August), or the one day
        it names in an earlier month ("## Rate increase to 0.25% … (31 July 2024)" in a
        digest of January 2025: the governor's words under it are of July 2024); else the
        source's date."""
        told = sentence.told_date
        if told and len(told) >= 7 and not _later(told, self.meta.date):
            return told  # (a date after the source's is a plan's: "30 April 2026 — Next…")
        told = parse_date(sentence.heading) if sentence.heading else None
        # (a later day of the source's own month too: "Update, January 16, 2025" in a wire
        # of January 7)
        if told and len(told) >= 7 and (not self.meta.date or _later(told, self.meta.date)):
            return told
        if (
            told
            and len(told) == 10
            and self.meta.date
            and told[:7] < self.meta.date[:7]
            and sentence.heading
            and _one_day(sentence.heading)
        ):
            return told
        return self.meta.date


# A month's name ("31 July 2024", "Sept. 3"): a heading naming two names a span
_MONTH_NAMED = lazy_compile(rf"\b{MONTH_WORD}\b", re.IGNORECASE)


def _one_day(heading: str) -> bool:
    """Does a heading name one day, not a span ("Press conference (20 September 2024)",
    not "Outage: 8 October 2023 to 22 April 2024" nor "3 May to 19 June 2024")?"""
    return len(YEAR.findall(heading)) == 1 and len(_MONTH_NAMED.findall(heading)) == 1


def _later(date: str, than: str | None) -> bool:
    """Is ISO `date` later than `than`, to the precision both give?"""
    if not than:
        return False
    precision = min(len(date), len(than))
    return date[:precision] > than[:precision]


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    skipped: tuple[str, ...] = field(default=())  # one line per unreadable file
    # Per document, the sha256 of its pickled form as the corpus index holds it (its
    # stored analysis is keyed by it: `per_source.signals_key`); empty when not known.
    digests: tuple[bytes, ...] = field(default=(), compare=False, repr=False)

    def by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}
