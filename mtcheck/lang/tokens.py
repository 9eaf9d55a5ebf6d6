"""The one tokenizer: words and punctuation marks with code-point offsets into the document.

A word is a run of letters, digits or underscores with inner hyphens and
apostrophes (``Tuttlingen-based``, ``Putin's``, ``aujourd'hui``); every other
non-space character is a token of its own, so ``U.S.`` and ``3.5`` are three
tokens each.  URLs, e-mail addresses, handles and hashtags are not prose and
give no tokens.  Name checks and grammar checks read the same tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from mtcheck.text.anchors import protected_ranges

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# Ranges longer than this (a paragraph of a few pages) are tokenised afresh each time, not memoised.
_MEMO_CHARS = 20_000


class Token(NamedTuple):
    """A word or a single punctuation character, with offsets into the document (a named tuple: cheap to make)."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """Lower-case text without a possessive ``'s`` (``text.lower()`` keeps it)."""
        return _folded(self.text)

    @property
    def is_word(self) -> bool:
        """True for words (letters or digits), False for punctuation."""
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_capitalised(self) -> bool:
        """Starts with an upper-case letter or has one inside (iPhone, eBay)."""
        return any(map(str.isupper, self.text))


@lru_cache(maxsize=50_000)
def _folded(text: str) -> str:
    """:attr:`Token.lower` of a token's text (memoised: the same words recur in every sentence)."""
    return _POSSESSIVE.sub("", text).lower()


def tokenize(text: str, start: int = 0, end: int | None = None, *, words_only: bool = False,
             offset: int = 0) -> list[Token]:
    """Tokens of ``text[start:end]`` outside URLs, handles and hashtags, offsets into ``text`` plus ``offset``.

    With ``words_only``, words alone.  Several checks read the same sentence:
    the tokens are made once (memoised) and each caller gets its own list.
    """
    stop = len(text) if end is None else end
    if stop - start > _MEMO_CHARS:  # a whole long document: memoised, it would hold its tokens to the end
        return list(_tokens.__wrapped__(text, start, stop, words_only, offset))
    return list(_tokens(text, start, stop, words_only, offset))


@lru_cache(maxsize=8192)
def _tokens(text: str, start: int, stop: int, words_only: bool, offset: int) -> tuple[Token, ...]:
    """:func:`tokenize`, memoised."""
    protected = [(s + start, e + start) for s, e in protected_ranges(text[start:stop])]
    pattern = _WORD if words_only else TOKEN
    matches = pattern.finditer(text, start, stop)
    if protected:
        matches = (m for m in matches if not any(s <= m.start() < e for s, e in protected))
    make = tuple.__new__  # Token(...) without the named tuple's own __new__ frame: the hottest line of a check
    return tuple([make(Token, (m.group(), m.start() + offset, m.end() + offset)) for m in matches])
