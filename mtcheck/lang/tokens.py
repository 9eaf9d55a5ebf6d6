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

TOKEN = re.compile(r"(\w+(?:[-'’]\w+)*)|[^\w\s]")  # a word (group 1) or a punctuation mark
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


# The tokens tokenize makes are of these two kinds, whose is_word is a class constant: read without a call
# (checks read it half a million times a pass; the property's calls cost a tenth of a check on a long line).
class Word(Token):
    """A word token."""

    __slots__ = ()
    is_word = True  # type: ignore[assignment]


class Mark(Token):
    """A punctuation token."""

    __slots__ = ()
    is_word = False  # type: ignore[assignment]


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
        return list(_shifted(_scan(text[start:stop]), start + offset, words_only))
    return list(_tokens(text, start, stop, words_only, offset))


@lru_cache(maxsize=8192)
def _tokens(text: str, start: int, stop: int, words_only: bool, offset: int) -> tuple[Token, ...]:
    """:func:`tokenize`, memoised; made from the range's own text, scanned once whichever document,
    offset or selection asks (a sentence is read alone, inside its document and for its words only)."""
    return _shifted(_scanned(text[start:stop]), start + offset, words_only)


@lru_cache(maxsize=8192)
def _scanned(text: str) -> tuple[Token, ...]:
    """:func:`_scan`, memoised."""
    return _scan(text)


def _scan(text: str) -> tuple[Token, ...]:
    """Every token of ``text`` outside URLs, handles and hashtags, offsets into ``text``."""
    make = tuple.__new__  # Word(...) without the named tuple's own __new__ frame: the hottest line of a check
    tokens = [make(Word if m.lastindex else Mark, (m.group(), m.start(), m.end())) for m in TOKEN.finditer(text)]
    protected = protected_ranges(text)
    if protected:  # a set of the places a token may not start: a lookup per token, not a test of every range
        blocked = set().union(*(range(start, end) for start, end in protected))
        tokens = [t for t in tokens if t[1] not in blocked]
    return tuple(tokens)


def _shifted(tokens: tuple[Token, ...], shift: int, words_only: bool) -> tuple[Token, ...]:
    """``tokens`` moved ``shift`` code points on; with ``words_only`` the words alone (a word starts
    with a word character; a punctuation token is one other character)."""
    if words_only:
        tokens = tuple([t for t in tokens if t.is_word])
    if not shift:
        return tokens
    make = tuple.__new__
    return tuple([make(type(t), (t[0], t[1] + shift, t[2] + shift)) for t in tokens])
