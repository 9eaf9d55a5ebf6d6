"""Sentence ends in Chinese and Japanese text, where no space follows the full stop.

syntok starts a sentence only after a space, so "他离开了。他很高兴。" is one
sentence to it.  :func:`split_unspaced` cuts syntok's sentences after each
full-width sentence-final mark (and the closing quotes and brackets after it)
that the text goes on from without a space, unless

* the mark is inside a quotation or bracket that is still open
  (“我们会去。然后回来。”他说 is one sentence);
* the quotation it closes goes on as part of the sentence: a particle right
  after the closing mark (「行きます。」と言った) or a short attribution clause
  ending in a speech verb (“我们会去。”他说。), from ``writing.json``;
* a full-width point stands between digits or after a Latin letter
  (３．５, Ｕ．Ｓ．), or the mark stands alone in brackets (治って（？）たから).

The ellipsis (…… or ...) is no sentence end here: Chinese and Japanese use
it inside sentences as often as at their end.
"""

from __future__ import annotations

from mtcheck.text.scripts import is_cjk
from mtcheck.text.segment import SENTENCE_CLOSERS, WRITING
from mtcheck.text.segment import UNSPACED_TERMINALS as MARKS

_POINTS = "\uff0e\ufe52"  # full-width points, also decimal points and abbreviation dots
# Opening quotes and brackets and the mark that closes each: “” 「」 『』 （） 【】 《》 〈〉 〔〕 〖〗 ().
_PAIRS = dict(zip("\u201c\u300c\u300e\uff08\u3010\u300a\u3008\u3014\u3016(",
                  "\u201d\u300d\u300f\uff09\u3011\u300b\u3009\u3015\u3017)"))
_PAIR_CLOSERS = frozenset(_PAIRS.values())
# What may follow the mark within the sentence it ends: the closers, and what syntok keeps after a final
# mark (so a text syntok keeps as one sentence is never cut).
_CLOSERS = _PAIR_CLOSERS | frozenset(SENTENCE_CLOSERS)
_PARTICLES = tuple(WRITING["quotation_goes_on"]["particles"])
_SPEECH_VERBS = tuple(WRITING["quotation_goes_on"]["speech_verbs"])
_CLAUSE_ENDS = frozenset(MARKS + "\uff0c\u3001\uff1a\uff1b,:;")  # what ends an attribution clause
_ATTRIBUTION = 12  # the longest attribution clause, in characters (张三笑着对记者说)


def split_unspaced(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` (sentences of ``text``) each cut at its unspaced sentence ends."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        for cut in _sentence_ends(text, start, end):
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text[start:end]`` where a sentence ends and the next begins with no space between;
    each side of a cut has a letter or digit (a stray quotation mark stays with its sentence)."""
    cuts: list[int] = []
    open_marks: list[str] = []  # the closing mark of each quotation and bracket open here, innermost last
    last_word = next((i for i in range(end - 1, start - 1, -1) if text[i].isalnum()), start)
    worded = False  # a letter or digit since the last cut
    i = start
    while i < end:
        char = text[i]
        if char in MARKS:
            after = _closed_run(text, i + 1, end, open_marks)
            if (worded and not open_marks and after < last_word and not text[after].isspace()
                    and _ends_sentence(text, i, after)):
                cuts.append(after)
                worded = False
            i = after
            continue
        if char in _PAIRS:
            open_marks.append(_PAIRS[char])
        elif open_marks and char == open_marks[-1]:
            open_marks.pop()
        worded = worded or char.isalnum()
        i += 1
    return cuts


def _closed_run(text: str, i: int, end: int, open_marks: list[str]) -> int:
    """Where the run of marks and closers from ``i`` ends, closing what it closes of ``open_marks``."""
    while i < end and (text[i] in MARKS or text[i] in _CLOSERS):
        if open_marks and text[i] == open_marks[-1]:
            open_marks.pop()
        i += 1
    return i


def _ends_sentence(text: str, mark: int, after: int) -> bool:
    """Whether the mark at ``mark``, with the marks and closers up to ``after``, ends a sentence where
    the text goes on at ``after``."""
    before = text[mark - 1:mark]
    if before in _PAIRS:
        return False  # a bracketed mark: 治って（？）たから
    if text[mark] in _POINTS and before.isalnum() and not is_cjk(before):
        return False  # ３．５, Ｕ．Ｓ．
    if text.startswith(_PARTICLES, after):
        return False  # 「行きます。」と言った, 行くぞ！と叫んだ
    quoted = any(char in _PAIR_CLOSERS for char in text[mark + 1:after])
    return not (quoted and _attribution(text, after))


def _attribution(text: str, start: int) -> bool:
    """Whether ``text`` goes on from ``start`` with a short clause ending in a speech verb (他说，张三表示。)."""
    stop = min(len(text), start + _ATTRIBUTION + 1)
    end = next((i for i in range(start, stop) if text[i] in _CLAUSE_ENDS), stop if stop == len(text) else -1)
    return end > start and text.endswith(_SPEECH_VERBS, start, end)
