"""Reader for saved web pages: main text by trafilatura, metadata from meta tags and JSON-LD.

Navigation, cookie banners, scripts and footers are left to trafilatura; elements the
page hides (`hidden`, `aria-hidden`, `display:none`, `visibility:hidden`) are removed
first. The extracted text is what quotes must be verbatim in.
"""

from __future__ import annotations

from briefkit.citations import names_a_body
from briefkit.corpus import SourceMeta
from briefkit.dates import parse_date_value
from briefkit.errors import SourceError
from briefkit.lazy_regex import lazy_compile
from briefkit.readers.text import ReadResult, parse_text
from briefkit.readers.textmeta import publisher_from_url, split_authors

HIDDEN = (
    '//*[@hidden or @aria-hidden="true"'
    ' or contains(translate(@style, " ", ""), "display:none")'
    ' or contains(translate(@style, " ", ""), "visibility:hidden")]'
)


TITLE_PARTS = lazy_compile(r"\s+[-|–—:·]\s+")
SITE_MAX_WORDS = 6


# A host name where a site's name should be ("sahelcourier.example.td")
HOST_NAME = lazy_compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")


def site_name(found: str | None, title: str | None, page_title: str) -> str | None:
    """The site's name, not a scrap of the headline: extractors sometimes take part of
    the page title ("· · · Opinion | The world looked away…"); then the short part of
    the page title that is not the headline ("… - The Continental Review") is the name.
    So it is where the extractor found only the site's host name: a note had cited
    "sahelcourier.example.td" for a page titled "… | The Sahel Courier" (a cold read)."""
    cleaned = (found or "").strip(" ·•|-–—:") or None
    headline = (title or "").casefold()
    host = cleaned is not None and HOST_NAME.match(cleaned) is not None
    if cleaned and not host and not (headline and headline[:40] in cleaned.casefold()):
        return cleaned
    parts = [part.strip() for part in TITLE_PARTS.split(page_title) if part.strip()]
    for part in reversed(parts[1:]):
        if len(part.split()) <= SITE_MAX_WORDS and part.casefold() not in headline:
            return part
    return cleaned if host else None


# An author box's sentence, a name and then what they do: "Ricardo Olmedo covers business"
AUTHOR_IN_BIO = lazy_compile(
    r"^(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+)\s+"
    r"(?:covers|writes|reports|is|was|edits|leads|heads|works)\b"
)


def read_html(data: bytes) -> ReadResult:
    try:
        import lxml.html
        import trafilatura
    except ImportError as exc:  # pragma: no cover - all are dependencies
        missing = exc.name or "lxml_html_clean"  # lxml.html.clean's ImportError names none
        raise SourceError(
            f"HTML needs the '{missing}' package (reinstall briefkit, or pip install {missing})"
        ) from None
    if not data.strip():
        raise SourceError("empty file")
    try:
        tree = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise SourceError(f"not readable HTML ({exc})") from None
    for element in tree.xpath(HIDDEN):
        if element.getparent() is not None:
            element.drop_tree()
    document = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise SourceError("no article text found in the page")
    url = getattr(document, "url", None)
    found = getattr(document, "author", None) or ""
    if bio := AUTHOR_IN_BIO.match(found):
        # the page's author box, read as its author: "Ricardo Olmedo covers business and
        # energy…" had given "Ricardo Olmedo covers business" and "Energy"
        found = bio["name"]
    authors = split_authors(found)
    declared = " ".join(str(tree.xpath("string(//meta[@name='author']/@content)")).split())
    if declared and names_a_body(declared) and not split_authors(declared):
        # an organisation's own name, commas and dots kept: the extractor had made "U.S.
        # Environmental Protection Agency, Office of Public Affairs" two authors, "U S
        # Environmental Protection Agency" and "Office" (a cold read's garbled note)
        authors = (declared[:MAX_BODY_NAME],)
    elif not authors and found:
        authors = tuple(a.strip(" ·•|,") for a in found.split(";") if a.strip(" ·•|,"))
    title = getattr(document, "title", None) or None
    page_title = " ".join((tree.findtext(".//title") or "").split())
    known = SourceMeta(
        title=title,
        authors=authors,
        publisher=site_name(getattr(document, "sitename", None), title, page_title)
        or publisher_from_url(url),
        date=_to_the_day(parse_date_value(getattr(document, "date", None)), tree),
        url=url or None,
        section=_section(tree, page_title),
    )
    return parse_text(text, known=known, headings=marked_headings(document))


def marked_headings(document: object) -> frozenset[str]:
    """The lines the page marks as headings (`<h1>`…`<h6>`, which the extractor keeps as
    `<head>`): a question heading ("Why did New Delhi act now?") ends like a sentence,
    and without its markup it had been read as a paragraph, the answers under it
    headed by nothing."""
    body = getattr(document, "body", None)
    if body is None:
        return frozenset()
    return frozenset(" ".join("".join(head.itertext()).split()) for head in body.iter("head"))


# Where pages name their section: the article's section meta, a kicker above the headline
SECTION_META = "string(//meta[@property='article:section']/@content)"
KICKER_CLASSES = ("kicker", "eyebrow", "section-label", "rubric", "overline")
MAX_SECTION_NAME = 60


def _section(tree: object, page_title: str) -> str | None:
    """The site's section the page sits in: its `article:section` meta, else a kicker's
    text ("OPINION | GUEST ESSAY"), else the part of its title before a bar when that
    part is an opinion section's name ("Opinion | The EPA can't…")."""
    from briefkit.opinion import names_an_opinion_section

    declared = " ".join(str(tree.xpath(SECTION_META)).split())  # type: ignore[attr-defined]
    if declared:
        return declared[:MAX_SECTION_NAME]
    test = " or ".join(f"contains(@class, '{name}')" for name in KICKER_CLASSES)
    for element in tree.xpath(f"//*[{test}]"):  # type: ignore[attr-defined]
        found = " ".join(element.text_content().split())
        if found and len(found) <= MAX_SECTION_NAME:
            return found
    first = page_title.split("|")[0].strip() if "|" in page_title else ""
    return first if first and names_an_opinion_section(first) else None


MAX_BODY_NAME = 200  # characters of an organisation's name kept as its author


# Where a page prints its own date: a <time> element, or a byline or date line by its class.
DATE_PLACES = (
    "//time | //*[contains(@class, 'byline') or contains(@class, 'author') or "
    "contains(@class, 'date') or contains(@class, 'dateline') or contains(@class, 'published')]"
)


def _to_the_day(date: str | None, tree: object) -> str | None:
    """The page's date, to the day where its metadata gives only the month or the month's
    first day (as a path like "/media/2025/01/" does) and its byline gives the day: an
    article bylined "15 January 2025" had been dated January 1, 2025 (a cold read)."""
    if not date or date[7:] not in ("", "-01"):
        return date
    for element in tree.xpath(DATE_PLACES)[:20]:  # type: ignore[attr-defined]
        for value in (element.get("datetime"), element.text_content()):
            found = parse_date_value(value[:200]) if value else None
            if found and len(found) == 10 and found[:7] == date[:7]:
                return found
    return date
