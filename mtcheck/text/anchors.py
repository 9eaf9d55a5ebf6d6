"""Tokens that survive translation unchanged: numbers, names, URLs, handles.

Alignment uses them to tie source and target segments together; checks use
them to find names and numbers that went missing or moved.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtcheck.text.segment import opens_sentence

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)]")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
HASHTAG = re.compile(r"(?<![\w#])#\w{2,}")
DIGITS = re.compile(r"\d+")
CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*[\w]")
_POSSESSIVE = re.compile(r"['’]s?$")


# Each non-prose pattern with the strings one of which any match of it holds: a text without them is not scanned.
_NOT_PROSE = ((URL, ("http", "www.")), (EMAIL, ("@",)), (HANDLE, ("@",)), (HASHTAG, ("#",)))


def _not_prose_patterns(text: str) -> list[re.Pattern[str]]:
    """The patterns of URLs, e-mail addresses, handles and hashtags that may match ``text``, in that order."""
    if "@" not in text and "#" not in text and "http" not in text and "www." not in text:
        return []  # most prose: none can match
    return [pattern for pattern, signs in _NOT_PROSE if any(sign in text for sign in signs)]


def protected_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of URLs, e-mail addresses, handles and hashtags: not prose."""
    return [m.span() for p in _not_prose_patterns(text) for m in p.finditer(text)]


def digit_groups(text: str) -> set[str]:
    """Digit runs with leading zeros dropped (``07`` and ``7`` match)."""
    return {d.lstrip("0") or "0" for d in DIGITS.findall(text)}


def capitalised_words(text: str) -> set[str]:
    """Capitalised words that do not start a sentence (likely names)."""
    words = set()
    for match in CAPITALISED.finditer(text):
        start = match.start()
        if start == 0 or opens_sentence(text[max(0, start - 3):start], ".!?:", "\"“„«‘(–—-", spaced=True):
            continue
        word = match.group()
        # A match ends in a word character, so _POSSESSIVE can only strip a final 's or ’s.
        words.add(_POSSESSIVE.sub("", word) if word.endswith(("'s", "’s")) else word)
    return words


@lru_cache(maxsize=8192)
def anchors(text: str) -> frozenset[str]:
    """All anchors of a text: numbers, mid-sentence capitalised words, URLs, handles.

    Memoised: a paragraph of one sentence is the text of that sentence too.
    """
    found = {"#" + d for d in digit_groups(text)}
    found |= {w.lower() for w in capitalised_words(text) if len(w) > 2}
    for pattern in _not_prose_patterns(text):
        found |= {m.lower() for m in pattern.findall(text)}
    return frozenset(found)


def anchor_similarity(source: frozenset[str], target: frozenset[str]) -> float:
    """Dice coefficient of two anchor sets; 0 when either is empty."""
    if not source or not target:
        return 0.0
    return 2 * len(source & target) / (len(source) + len(target))
