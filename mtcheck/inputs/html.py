"""HTML pages and article fragments: the article's text, one paragraph per block.

readability-lxml (a maintained port of Mozilla's Readability) picks the
article out of a page; lxml then walks the article's elements so that each
block (paragraph, heading, list item, caption, table cell) becomes one
paragraph of the document and inline markup joins words exactly as a browser
shows them.  Readability removes navigation outside the article; anything it
keeps inside (bylines, share buttons, captions) stays, because page furniture
that survives extraction is what the furniture check is for.  A fragment
without ``<html>`` or ``<body>`` is taken whole.

Readability rebuilds the article, so its text has no offsets in the page;
each paragraph is found again in the page's visible text (markup skipped,
entities decoded, whitespace ignored), so findings point at the file.  A
paragraph that extraction put together from pieces the page does not hold
in that order is matched word by word; words not found have no position.
"""

from __future__ import annotations

import html
import logging
import re
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mtcheck.errors import InputError
from mtcheck.inputs import Extracted, base_language, join_blocks
from mtcheck.text.document import bom_codec, decode_text
from mtcheck.text.filemap import Mapped

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object"})
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_FRAGMENT = re.compile(r"<\s*(?:html|body)\b", re.IGNORECASE)
# An article has at least one block with this many words outside links;
# a page of navigation has none.
_MIN_ARTICLE_WORDS = 4
# Markup in the page, skipped when finding text again: comments, elements whose
# content is not shown, declarations, tags (attribute values may hold ">").
_MARKUP = re.compile(
    r"<!--.*?(?:-->|$)|<(script|style|noscript|template|svg|title|iframe|object|textarea)\b[^>]*>.*?(?:</\1\s*>|$)"
    r"|<![^>]*>|<\?[^>]*>|</?[A-Za-z](?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
    re.DOTALL | re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_WORD = re.compile(r"\S+")
MISSING = "the text was put together by the HTML extraction and is not in the page as such"


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


def _decode(data: bytes, path: str | Path) -> str:
    """The page's text: by its BOM, else UTF-8, else the charset it declares (BOM kept as U+FEFF)."""
    if bom_codec(data) or b"\x00" in data:
        return decode_text(data, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from readability.encoding import get_encoding  # here: a fragment in UTF-8 needs no readability at all

        text = data.decode(get_encoding(data) or "latin-1", "replace")
    if not text.strip("\ufeff \t\r\n"):
        raise InputError(path, "is empty")
    return text


class _Visible:
    """The page's visible characters without whitespace, each with its offset in the file."""

    def __init__(self, page: str) -> None:
        chars: list[str] = []
        self.starts = array("q")
        self.ends: dict[int, int] = {}  # where a character came from an entity
        cursor = 0
        for markup in _MARKUP.finditer(page):
            self._text(page, cursor, markup.start(), chars)
            cursor = markup.end()
        self._text(page, cursor, len(page), chars)
        self.text = "".join(chars)

    def _text(self, page: str, start: int, end: int, chars: list[str]) -> None:
        cursor = start
        for entity in _ENTITY.finditer(page, start, end):
            self._literal(page, cursor, entity.start(), chars)
            decoded = html.unescape(entity.group())
            for char in decoded:
                if not char.isspace():
                    self.ends[len(chars)] = entity.end()
                    chars.append(char)
                    self.starts.append(entity.start())
            cursor = entity.end()
        self._literal(page, cursor, end, chars)

    def _literal(self, page: str, start: int, end: int, chars: list[str]) -> None:
        for offset in range(start, end):
            if not page[offset].isspace():
                chars.append(page[offset])
                self.starts.append(offset)

    def range(self, index: int) -> tuple[int, int]:
        """The file range of visible character ``index``."""
        return self.starts[index], self.ends.get(index, self.starts[index] + 1)


def _locate(piece: str, visible: _Visible, cursor: int) -> tuple[Mapped, int]:
    """``piece`` mapped into the page: whole from ``cursor`` (or anywhere), else word by word."""
    dense = "".join(piece.split())
    found = visible.text.find(dense, cursor)
    if found < 0:
        found = visible.text.find(dense)
    indices: list[int | None] = []
    if found >= 0:
        indices = list(range(found, found + len(dense)))
    else:
        window = cursor + 4 * len(dense) + 200
        for word in _WORD.findall(piece):
            at = visible.text.find(word, cursor, window)
            indices.extend(range(at, at + len(word)) if at >= 0 else [None] * len(word))
            cursor = at + len(word) if at >= 0 else cursor
    ranges: list[tuple[int, int] | None] = []
    matched = iter(indices)
    for char in piece:
        index = None if char.isspace() else next(matched, None)
        ranges.append(None if index is None else visible.range(index))
    last = max((i for i in indices if i is not None), default=cursor - 1)
    return Mapped.from_offsets(piece, ranges), max(cursor, last + 1)


def _mapped(pieces: list[tuple[str, str, None]], page: str) -> list[tuple[Mapped, str, None]]:
    """Each extracted piece with its place in the page."""
    visible = _Visible(page)
    out, cursor = [], 0
    for text, tag, line in pieces:
        mapped, cursor = _locate(text, visible, cursor)
        out.append((mapped, tag, line))
    return out


@dataclass(frozen=True)
class _Page:
    """The article element, the page's language and its headline (the first ``<h1>``)."""

    article: Any
    lang: str | None = None
    headline: str | None = None


def _article(text: str, path: str | Path) -> _Page:
    """The article of a page as readability picks it; a fragment is its own article."""
    import lxml.html
    from lxml.etree import ParserError

    text = text.removeprefix("\ufeff")
    try:
        if not _FRAGMENT.search(text):
            return _Page(lxml.html.fragment_fromstring(text, create_parent="div"))
        tree = lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as exc:
        raise InputError(path, f"is not readable HTML ({exc})") from None
    if not tree.xpath("//body"):  # readability asserts that a page has one body
        raise InputError(path, "has no article text (no <body>)")
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
    text = _decode(data, path)
    page = _article(text, path)
    blocks = _Blocks()
    _walk(page.article, blocks)
    blocks.flush("p")
    if not blocks.pieces or max(blocks.linkless_words) < _MIN_ARTICLE_WORDS:
        raise InputError(path, "has no article text (only navigation, links or nothing at all)")
    pieces = blocks.pieces
    if page.headline and not any(page.headline in text for text, _, _ in pieces):
        pieces = [(page.headline, "h1", None)] + pieces
    return join_blocks(_mapped(pieces, text), page.lang, text, MISSING)
