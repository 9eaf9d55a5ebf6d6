"""Paragraph and sentence splitting that keeps character offsets.

Sentences come from syntok (rule-based, fast, keeps token offsets), run per
paragraph, so every sentence has exact offsets into the document text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\ufeff]*\n")
# Languages that write ordinals with a dot ("am 17. März"): a sentence
# "ending" in such a number continues when a word follows.  The list is data
# beside this module (writing.json): segmentation runs below the language
# packs, which this layer may not import.
WRITING = json.loads(Path(__file__).with_name("writing.json").read_text(encoding="utf-8"))
ORDINAL_DOT = frozenset(WRITING["ordinal_dot"])
_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,2}\.$")
# syntok's sentence-final marks, opening brackets, closing brackets and closing quotes (its State sets).
_TERMINALS = ".!?;\u203c\u203d\u2047\u2048\u2049\u3002\ufe52\ufe57\uff01\uff0e\uff1f\uff61"
_OPENING = "([{\uff5f\uff5b\uff3b\uff08\ufe5d\ufe5b\ufe59\ufd3e\u301a\u3018\u2985\u2983\u2329"
_CLOSING = ")]}\uff60\uff5d\uff3d\uff09\ufe5e\ufe5c\ufe5a\ufd3f\u301b\u3019\u2986\u2984\u232a"
_CLOSING_QUOTES = "'\"\u00b4\u2019\u201d\u232a\u27e9\u27eb\u2e29\u3009\u300b\u301e"
# A text syntok cannot split: no terminal or opening bracket before one closing run of terminals,
# closing brackets and at most one closing quote, all unspaced (syntok keeps such a run in the sentence).
_ONE_SENTENCE = re.compile(
    f"[^{re.escape(_TERMINALS + _OPENING)}]*+"
    f"(?:[{re.escape(_TERMINALS)}][{re.escape(_TERMINALS + _CLOSING)}]*+"
    f"(?:[{re.escape(_CLOSING_QUOTES)}][{re.escape(_TERMINALS + _CLOSING)}]*+)?)?")
# What syntok keeps in a sentence after its final mark.
SENTENCE_CLOSERS = _TERMINALS + _CLOSING + _CLOSING_QUOTES
_WORD_CHAR = re.compile(r"\w")
# Ideographic and full-width full stops, exclamation and question marks (and their small and half-width
# forms): Chinese and Japanese end sentences on them with no space after (unspaced_sentences.py).
UNSPACED_TERMINALS = "\u3002\uff01\uff1f\uff0e\uff61\ufe52\ufe57\ufe56"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink ``[start, end)`` to exclude surrounding whitespace; None if empty."""
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph ranges: blocks between blank lines, or single lines if none.

    A text with no blank line but several lines is treated as one paragraph
    per line, the other common plain-text convention.
    """
    if _BLANK_LINE.search(text):
        breaks = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
    else:
        breaks = [(m.start(), m.end()) for m in re.finditer(r"\n", text)]
    ranges, cursor = [], 0
    for b_start, b_end in breaks + [(len(text), len(text))]:
        trimmed = _trimmed(text, cursor, b_start)
        if trimmed:
            ranges.append(trimmed)
        cursor = b_end
    return ranges


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence ranges within one paragraph's text.

    syntok keeps every token's offset, so ranges are exact; it knows
    abbreviations ("z.B.", "Dr.", "U.S."), ordinals ("17. März") and
    quotations closing a sentence.  Chinese and Japanese sentences that end
    with no space after them are cut apart afterwards
    (:mod:`mtcheck.text.unspaced_sentences`).  ``lang`` chooses the
    languages whose ordinals end on a dot.
    """
    if one_sentence(text):
        span = _trimmed(text, 0, len(text))
        return [span] if span else []
    return segmented(text, lang)


def one_sentence(text: str) -> bool:
    """True where syntok would give the whole text as one sentence, told without running it.

    No paragraph break, a word character, and no sentence-final mark or opening
    bracket before one closing run (most paragraphs of short, one-sentence lines).
    """
    return text.count("\n") < 2 and bool(_ONE_SENTENCE.fullmatch(text)) and bool(_WORD_CHAR.search(text))


def segmented(text: str, lang: str) -> list[tuple[int, int]]:
    """:func:`split_sentences` by syntok, whatever the text."""
    from syntok.segmenter import preprocess_with_offsets, segment

    from mtcheck.text.sentence_tokens import sentence_tokens

    ranges = []
    for offset, paragraph in preprocess_with_offsets(text):  # syntok's analyze(), with cheaper tokens
        for tokens in segment(sentence_tokens(paragraph, offset)):
            first, last = tokens[0], tokens[-1]
            span = _trimmed(text, first.offset - len(first.spacing), last.offset + len(last.value))
            if span:
                ranges.append(span)
    if lang in ORDINAL_DOT:
        ranges = _join_ordinals(text, ranges)
    ranges = _cover_gaps(text, ranges)
    if any(mark in text for mark in UNSPACED_TERMINALS):
        from mtcheck.text.unspaced_sentences import split_unspaced

        ranges = split_unspaced(text, ranges)
    return ranges


def _join_ordinals(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo splits after ordinal numbers such as "17." in "am 17. März"."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out and _ORDINAL_END.search(text[out[-1][0]:out[-1][1]]) and text[start].isalpha():
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _cover_gaps(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge any non-space text the segmenter left between sentences into them."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out and text[out[-1][1]:start].strip():
            start = out[-1][1]
        out.append((start, end))
    if out and text[out[-1][1]:].strip():
        out[-1] = _trimmed(text, out[-1][0], len(text)) or out[-1]
    if out and text[:out[0][0]].strip():
        out[0] = _trimmed(text, 0, out[0][1]) or out[0]
    return out


def end_before(text: str, offset: int, chars: str | None = None) -> int:
    """``len(text[:offset].rstrip(chars))``, without copying the text before ``offset`` (linear in what it strips)."""
    while offset > 0 and (text[offset - 1].isspace() if chars is None else text[offset - 1] in chars):
        offset -= 1
    return offset


def final_mark(text: str, marks: str, closers: str, start: int = 0, end: int | None = None) -> int:
    """Where ``text[start:end]`` ends on one of ``marks`` and then only ``closers`` (a full stop before
    closing quotes and brackets), else -1.

    The start of ``re.search(f"[{marks}][{closers}]*$", text, start, end)``, a
    newline at the very end passed over as ``$`` does, with no pattern to
    compile per set of marks (0.25 ms each); ``marks`` and ``closers`` share
    no character.
    """
    end = len(text) if end is None else end
    if end > start and text[end - 1] == "\n":
        end -= 1
    mark = end_before(text, end, closers) - 1
    return mark if mark >= start and text[mark] in marks else -1


def opens_sentence(before: str, marks: str, openers: str, *, spaced: bool = False, ordinals: bool = False) -> bool:
    """Whether what follows ``before`` opens a sentence: ``before`` is empty, or ends on one of ``marks``
    or of ``openers`` (quotes, brackets, dashes), then spaces.

    ``spaced``: a mark needs a space after it; ``ordinals``: not after a
    digit (17. März).  What ``re.search(r"(?:^|[marks]\\s*|[openers]\\s*)$",
    before)`` finds (``\\s+`` when ``spaced``, ``(?<!\\d)`` when ``ordinals``),
    with no pattern to compile per set of marks.
    """
    kept = before.rstrip()
    if not kept:
        return before in ("", "\n")  # where ``^`` meets ``$``
    last = kept[-1]
    if last in openers:
        return True
    return (last in marks and not (spaced and len(kept) == len(before))
            and not (ordinals and kept[-2:-1].isdecimal()))


def char_before(text: str, offset: int) -> str:
    """The last non-space character before ``offset``, or "": ``text[:offset].rstrip()[-1:]`` without the copy."""
    end = end_before(text, offset)
    return text[end - 1:end] if end else ""


def char_after(text: str, offset: int) -> str:
    """The first non-space character from ``offset`` on, or "": ``text[offset:].lstrip()[:1]`` without the copy."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return text[offset:offset + 1]
