"""syntok's sentence segmenter fed a cheaper token stream: the same sentences for less work.

syntok's :class:`~syntok.tokenizer.Tokenizer` makes a Python object per token
and its segmenter reads each token's value through a property; on a long text
the two took a fifth of a whole check.  :func:`sentence_tokens` gives the
segmenter the tokens that tokenizer makes (same spacing, value and offset, as
named tuples) with two savings:

* a whitespace-separated chunk that is one plain word, optionally with
  punctuation before or after it (nearly all of them), is split here with one
  regular expression; any other chunk goes to syntok's own tokenizer;
* the inner words of a run of three or more plain words are left out.  The
  segmenter only ever reads a token that is next to a terminal, a bracket or a
  quote, the first token of a sentence, or a token up to about fifty tokens
  after an opening bracket (when it looks for the closing one).  A word
  between two words, with no opening bracket in the :data:`REACH` tokens
  before it, is none of those, so the segmenter decides every boundary as it
  would with it; every sentence starts and ends with a token it still gets.

On the bench's 1M-character line this halves the segmenter's tokens and its
time (tests compare every boundary with syntok's own on real and random text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from syntok.tokenizer import Tokenizer

# syntok's whitespace (the `regex` module's \s and the zero-width space) in `re` terms: re's \s also
# counts the separators U+001C..U+001F, which syntok keeps inside chunks.
_SPACE = "(?:[^\\S\x1c-\x1f]|\u200b)"
_CHUNK_CHAR = "(?:[^\\s\u200b]|[\x1c-\x1f])"
_WORD = "[^\\W_]++"  # letters and digits: str.isalnum, which syntok's tokenizer tests
# A run of plain words (a first word, and the gap before and the last word where there are more),
# or any other chunk.
_PIECE = re.compile(
    f"(?P<first>{_WORD})(?:(?:{_SPACE}++{_WORD})*(?P<gap>{_SPACE}++)(?P<last>{_WORD}))?(?!{_CHUNK_CHAR})"
    f"|(?P<chunk>{_CHUNK_CHAR}++)")
# A chunk of one word with punctuation before and after it (syntok splits each such mark off), or of
# punctuation alone (one token).
_PUNCTUATED_WORD = re.compile(r"([\W_]*?)([^\W_]++)?+([\W_]*+)")
_SEPARATION = Tokenizer._separation  # where syntok splits inside a word (as between "iPhone"'s "i" and "Phone")
_WORDS = re.compile(_WORD)
_OPENING = frozenset("([{\uff5f\uff5b\uff3b\uff08\ufe5d\ufe5b\ufe59\ufd3e\u301a\u3018\u2985\u2983\u2329")
# Tokens after an opening bracket that the segmenter may read (its bracket search stops at 50) and none
# is left out of.
REACH = 64
_SYNTOK = Tokenizer(replace_not_contraction=False)  # the tokenizer syntok's analyze() uses


class SentenceToken(NamedTuple):
    """A token as syntok's segmenter reads it: the space before it, its text and its offset."""

    spacing: str
    value: str
    offset: int


def sentence_tokens(text: str, base: int = 0) -> Iterator[SentenceToken]:
    """The tokens syntok's tokenizer makes of one of its paragraphs ``text`` (offsets plus ``base``),
    less inner words of plain-word runs that the segmenter never reads."""
    make = tuple.__new__  # SentenceToken(...) without the named tuple's own __new__ frame
    since_bracket = REACH  # tokens since the last opening bracket
    end = 0
    for match in _PIECE.finditer(text):
        spaced, start, end = end, match.start(), match.end()
        if match.lastgroup == "chunk":
            tokens = _chunk_tokens(text, spaced, start, end, base)
        elif since_bracket < REACH or _SEPARATION.search(text, start, end):
            tokens = _run_tokens(text, spaced, start, end, base)
        else:  # the first and last words; since_bracket counts at least those
            since_bracket += 2
            yield make(SentenceToken, (text[spaced:start], match["first"], start + base))
            if match["last"]:
                yield make(SentenceToken, (match["gap"], match["last"], match.start("last") + base))
            continue
        for token in tokens:
            since_bracket = 0 if token[1] in _OPENING else since_bracket + 1
            yield token
    if end < len(text):
        yield make(SentenceToken, (text[end:], "", len(text) + base))


def _run_tokens(text: str, spaced: int, start: int, end: int, base: int) -> list[SentenceToken]:
    """Every token of the plain words in ``text[start:end]``, the first one spaced from ``spaced`` on."""
    tokens = []
    for word in _WORDS.finditer(text, start, end):
        tokens += _chunk_tokens(text, spaced, word.start(), word.end(), base)
        spaced = word.end()
    return tokens


def _chunk_tokens(text: str, spaced: int, start: int, end: int, base: int) -> list[SentenceToken]:
    """The tokens of the chunk ``text[start:end]``, spaced from ``spaced`` on: split here where it is a
    word with punctuation around it, else by syntok's tokenizer."""
    make = tuple.__new__
    parts = _PUNCTUATED_WORD.fullmatch(text, start, end)
    if parts is None or parts[2] and _SEPARATION.search(text, parts.start(2), parts.end(2)):
        return [make(SentenceToken, (t.spacing, t.value, t.offset + spaced + base))
                for t in _SYNTOK.tokenize(text[spaced:end])]
    spacing, offset = text[spaced:start], start + base
    if not parts[2]:
        return [make(SentenceToken, (spacing, parts[0], offset))]
    before, word, after = parts.groups()
    tokens = []
    for mark in before:  # syntok: each mark before a word is a token, the first with the spacing
        tokens.append(make(SentenceToken, (spacing, mark, offset)))
        spacing, offset = "", offset + 1
    tokens.append(make(SentenceToken, (spacing, word, offset)))
    offset += len(word)
    if after.startswith("..."):  # syntok: an ellipsis after a word is one token, other marks one each
        tokens.append(make(SentenceToken, ("", "...", offset)))
        after, offset = after[3:], offset + 3
    tokens += [make(SentenceToken, ("", mark, offset + i)) for i, mark in enumerate(after)]
    return tokens
