"""Markdown: the rendered text, one paragraph per block, markup removed.

markdown-it-py (CommonMark) parses the file; each paragraph, heading, list
item paragraph and table cell becomes one paragraph of the document, with
its tag and source line kept as its origin.  Links keep their text, inline
code its content; images, raw HTML and code blocks, which are not prose a
translator renders, are left out.
"""

from __future__ import annotations

from pathlib import Path

from mtcheck.inputs import Extracted, join_blocks

_INLINE_TEXT = {"text": None, "code_inline": None, "softbreak": " ", "hardbreak": "\n"}


def _inline_text(token) -> str:
    """Visible text of an inline token; images and raw HTML are skipped."""
    parts = []
    for child in token.children or ():
        if child.type in _INLINE_TEXT:
            parts.append(_INLINE_TEXT[child.type] or child.content)
    return "".join(parts).strip()


def extract_markdown(text: str, path: str | Path = "<markdown>") -> Extracted:
    """The rendered text of a Markdown document, with each block's tag and line."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    pieces: list[tuple[str, str, int | None]] = []
    opener = None
    for token in tokens:
        if token.nesting == 1:
            opener = token
        elif token.type == "inline" and opener is not None:
            content = _inline_text(token)
            if content:
                line = token.map[0] + 1 if token.map else None
                pieces.append((content, opener.tag, line))
    return join_blocks(pieces)
