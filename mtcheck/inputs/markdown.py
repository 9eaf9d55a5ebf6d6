"""Markdown: the rendered text, one paragraph per block, markup removed.

markdown-it-py (CommonMark) parses the file; each paragraph, heading, list
item paragraph and table cell becomes one paragraph of the document, with
its tag and source line kept as its origin.  Links keep their text, inline
code its content; images, raw HTML and code blocks, which are not prose a
translator renders, are left out.

Each piece of text is found again in its block's lines of the file (with
backslash escapes and entities decoded), so findings point at the file:
emphasis markers and link targets between pieces are skipped, an escape or
entity maps as a whole.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from pathlib import Path

from mtcheck.inputs import Extracted, join_blocks
from mtcheck.text.filemap import Lines, Mapped

_INLINE_TEXT = {"text": None, "code_inline": None, "softbreak": " ", "hardbreak": "\n"}
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_BREAK = re.compile(r"\r\n|\r|\n")
MISSING = "the text was not found in the Markdown source (markup changed it)"


class _Source:
    """A block's lines of the file, decoded (escapes, entities) with each character's range in the file."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.file = text
        chars: list[str] = []
        self.ranges: list[tuple[int, int]] = []
        cursor = start
        for match in _ESCAPE.finditer(text, start, end):
            self._literal(chars, cursor, match.start())
            decoded = match.group()[1] if match.group().startswith("\\") else html.unescape(match.group())
            chars.extend(decoded)
            self.ranges.extend([(match.start(), match.end())] * len(decoded))
            cursor = match.end()
        self._literal(chars, cursor, end)
        self.text = "".join(chars)
        self.starts = [where[0] for where in self.ranges]
        self.end = end

    def _literal(self, chars: list[str], start: int, end: int) -> None:
        chars.extend(self.file[start:end])
        self.ranges.extend((i, i + 1) for i in range(start, end))

    def find(self, piece: str, cursor: int) -> tuple[Mapped, int] | None:
        """``piece`` as decoded text at or after file offset ``cursor``; the file offset after it."""
        index = self.text.find(piece, bisect_left(self.starts, cursor))
        if index < 0 or not piece:
            return None
        ranges = self.ranges[index:index + len(piece)]
        return Mapped.from_offsets(piece, ranges), ranges[-1][1]

    def find_raw(self, piece: str, cursor: int) -> tuple[Mapped, int] | None:
        """``piece`` verbatim in the file (code keeps its backslashes) at or after ``cursor``."""
        index = self.file.find(piece, cursor, self.end)
        return (Mapped.at(piece, index), index + len(piece)) if index >= 0 and piece else None

    def line_break(self, text: str, cursor: int) -> tuple[Mapped, int] | None:
        """A soft or hard break: the next line end in the file."""
        match = _BREAK.search(self.file, cursor, self.end)
        return (Mapped.at(text, match.start(), match.end()), match.end()) if match else None


def _inline_text(token, source: _Source, cursor: int) -> tuple[Mapped, int]:
    """Visible text of an inline token, mapped into the file; images and raw HTML are skipped."""
    parts: list[Mapped | str] = []
    for child in token.children or ():
        if child.type not in _INLINE_TEXT:
            continue
        text = _INLINE_TEXT[child.type] or child.content
        if child.type == "code_inline":
            found = source.find_raw(text, cursor)
        elif child.type == "text":
            found = source.find(text, cursor)
        else:
            found = source.line_break(text, cursor)
        if found is None:
            parts.append(text)
        else:
            parts.append(found[0])
            cursor = found[1]
    return Mapped.join(parts).strip(), cursor


def extract_markdown(text: str, path: str | Path = "<markdown>") -> Extracted:
    """The rendered text of a Markdown document, with each block's tag and line."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    starts = Lines(text).starts + [len(text)]
    pieces: list[tuple[Mapped, str, int | None]] = []
    opener = None
    cursor = 0
    for token in tokens:
        if token.nesting == 1:
            opener = token
        elif token.type == "inline" and opener is not None:
            first, last = token.map if token.map else (0, len(starts) - 1)
            source = _Source(text, max(cursor, starts[first]), starts[min(last, len(starts) - 1)])
            content, cursor = _inline_text(token, source, max(cursor, starts[first]))
            if content.text:
                line = token.map[0] + 1 if token.map else None
                pieces.append((content, opener.tag, line))
    return join_blocks(pieces, file_text=text, missing=MISSING)
