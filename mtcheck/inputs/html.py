"""HTML pages and article fragments: the article's text, one paragraph per block.

readability-lxml (a maintained port of Mozilla's Readability) picks the
article out of a page; lxml then walks the article's elements so that each
block (paragraph, heading, list item, caption, table cell) becomes one
paragraph of the document and inline markup joins words exactly as a browser
shows them.  Readability removes navigation outside the article; anything it
keeps inside (bylines, share buttons, captions) stays, because page furniture
that survives extraction is what the furniture check is for.  A fragment
without ``<html>`` or ``<body>`` is taken whole.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from dataclasses import dataclass
from typing import Any

from mtcheck.errors import InputError
from mtcheck.inputs import Extracted, base_language, join_blocks

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object"})
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_FRAGMENT = re.compile(rb"<\s*(?:html|body)\b", re.IGNORECASE)
# An article has at least one block with this many words outside links;
# a page of navigation has none.
_MIN_ARTICLE_WORDS = 4


class _Blocks:
    """Collects block texts while walking a tree; inline text joins the open block."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, str, None]] = []
        self.linkless_words: list[int] = []
        self._buffer: list[str] = []
        self._plain: list[str] = []
        self._tag = "p"

    def add(self, text: str | None, in_link: bool) -> None:
        """Inline text; line breaks in the HTML source are spaces, as a browser shows them."""
        if text:
            self._buffer.append(_SPACE.sub(" ", text))
            if not in_link:
                self._plain.append(text)

    def line_break(self) -> None:
        """A ``<br>``: the one line break kept inside a paragraph."""
        self._buffer.append("\n")

    def flush(self, next_tag: str) -> None:
        """Close the open block (if it has text); the next one has ``next_tag``."""
        lines = "".join(self._buffer).split("\n")
        text = "\n".join(_SPACE.sub(" ", line).strip() for line in lines).strip()
        if text:
            self.pieces.append((text, self._tag, None))
            self.linkless_words.append(len("".join(self._plain).split()))
        self._buffer, self._plain, self._tag = [], [], next_tag


def _walk(element, blocks: _Blocks, in_link: bool = False, parent: str = "p") -> None:
    """Add an element's text to ``blocks``; the caller adds the element's tail."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if not tag or tag in _SKIP:
        return
    if tag == "br":
        blocks.line_break()
    is_block = tag in _BLOCKS
    if is_block:
        blocks.flush(tag)
    in_link = in_link or tag == "a"
    blocks.add(element.text, in_link)
    for child in element:
        _walk(child, blocks, in_link, tag if is_block else parent)
        blocks.add(child.tail, in_link)
    if is_block:
        blocks.flush(parent)


def _decode(data: bytes) -> str:
    from readability.encoding import get_encoding

    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode(get_encoding(data) or "latin-1", "replace")


@dataclass(frozen=True)
class _Page:
    """The article element, the page's language and its headline (the first ``<h1>``)."""

    article: Any
    lang: str | None = None
    headline: str | None = None


def _article(data: bytes, path: str | Path) -> _Page:
    """The article of a page as readability picks it; a fragment is its own article."""
    import lxml.html
    from lxml.etree import ParserError

    text = _decode(data)
    try:
        if not _FRAGMENT.search(data):
            return _Page(lxml.html.fragment_fromstring(text, create_parent="div"))
        tree = lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as exc:
        raise InputError(path, f"is not readable HTML ({exc})") from None
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    headings = tree.xpath("//body//h1")
    headline = _SPACE.sub(" ", headings[0].text_content()).strip() if headings else None
    from readability import Document as Readable
    from readability.readability import Unparseable

    logging.getLogger("readability.readability").setLevel(logging.CRITICAL)
    try:
        summary = Readable(tree).summary(html_partial=True)
    except Unparseable as exc:
        raise InputError(path, f"has no article text ({exc})") from None
    return _Page(lxml.html.fragment_fromstring(summary, create_parent="div"),
                 base_language(lang) if lang else None, headline or None)


def extract_html(data: bytes, path: str | Path = "<html>") -> Extracted:
    """The article text of an HTML page or fragment, with each paragraph's tag.

    Readability often leaves the headline outside the article (it sits in a
    header box above the body text); the page's first ``<h1>`` is put back
    in front when the article does not contain it.
    """
    page = _article(data, path)
    blocks = _Blocks()
    _walk(page.article, blocks)
    blocks.flush("p")
    if not blocks.pieces or max(blocks.linkless_words) < _MIN_ARTICLE_WORDS:
        raise InputError(path, "has no article text (only navigation, links or nothing at all)")
    pieces = blocks.pieces
    if page.headline and not any(page.headline in text for text, _, _ in pieces):
        pieces = [(page.headline, "h1", None)] + pieces
    return join_blocks(pieces, page.lang)
