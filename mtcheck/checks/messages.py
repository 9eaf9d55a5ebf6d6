"""Helpers for the plain-words messages that checks write for editors."""

from __future__ import annotations

import re

_WORD = re.compile(r"\S+")


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis.

    Reads only the words the excerpt shows, however long the text (a whole paragraph of a huge line).
    """
    words, length = [], -1
    for word in _WORD.finditer(text):
        words.append(word.group())
        length += len(words[-1]) + 1
        if length > limit:
            break
    text = " ".join(words)
    return text if len(text) <= limit else text[:limit - 1] + "…"
