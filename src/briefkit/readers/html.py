"""Reader for saved web pages: main text by trafilatura, metadata from meta tags and JSON-LD.

Navigation, cookie banners, scripts and footers are left to trafilatura; elements the
page hides (`hidden`, `aria-hidden`, `display:none`, `visibility:hidden`) are removed
first. The extracted text is what quotes must be verbatim in.
"""

from __future__ import annotations

from briefkit.corpus import SourceMeta
from briefkit.dates import parse_date_value
from briefkit.errors import SourceError
from briefkit.readers.text import ReadResult, parse_text
from briefkit.readers.textmeta import publisher_from_url, split_authors

HIDDEN = (
    '//*[@hidden or @aria-hidden="true"'
    ' or contains(translate(@style, " ", ""), "display:none")'
    ' or contains(translate(@style, " ", ""), "visibility:hidden")]'
)


def read_html(data: bytes) -> ReadResult:
    try:
        import lxml.html
        import trafilatura
    except ImportError as exc:  # pragma: no cover - both are dependencies
        raise SourceError(
            f"HTML needs the '{exc.name}' package (pip install trafilatura)"
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
    authors = split_authors(getattr(document, "author", None) or "")
    if not authors and getattr(document, "author", None):
        authors = tuple(a.strip() for a in document.author.split(";") if a.strip())
    known = SourceMeta(
        title=getattr(document, "title", None) or None,
        authors=authors,
        publisher=getattr(document, "sitename", None) or publisher_from_url(url),
        date=parse_date_value(getattr(document, "date", None)),
        url=url or None,
    )
    return parse_text(text, known=known)
