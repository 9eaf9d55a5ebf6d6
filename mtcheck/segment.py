"""Paragraph and sentence splitting that keeps character offsets.

Sentences come from pysbd (rule-based, many languages, handles abbreviations
such as "z.B." or "Dr."); its output is located back in the text so every
sentence keeps exact offsets even where pysbd normalises whitespace.
"""

from __future__ import annotations

import re
from functools import lru_cache

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\ufeff]*\n")
_PYSBD_LANGS = {
    "am", "ar", "bg", "da", "de", "el", "en", "es", "fa", "fr", "hi", "hy", "it",
    "ja", "kk", "mr", "my", "nl", "pl", "ru", "sk", "ur", "zh",
}
_FALLBACK_SENTENCE = re.compile(r"[^.!?。！？]+(?:[.!?。！？]+[\"'”’»)]*|$)")


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


@lru_cache(maxsize=8)
def _segmenter(lang: str):
    import pysbd

    return pysbd.Segmenter(language=lang if lang in _PYSBD_LANGS else "en", clean=False)


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence ranges within one paragraph's text."""
    pieces = _segmenter(lang).segment(text)
    ranges, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor)
        if found < 0:
            return _fallback_sentences(text)
        ranges.append((found, found + len(piece)))
        cursor = found + len(piece)
    return _cover_gaps(text, ranges)


def _cover_gaps(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Extend sentences over any non-space text pysbd left between them."""
    out: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(ranges):
        if out and text[out[-1][1]:start].strip():
            start = out[-1][1]
        nxt = ranges[i + 1][0] if i + 1 < len(ranges) else len(text)
        if i + 1 == len(ranges) and text[end:nxt].strip():
            end = nxt
        span = _trimmed(text, start, end)
        if span:
            out.append(span)
    return out


def _fallback_sentences(text: str) -> list[tuple[int, int]]:
    spans = (_trimmed(text, m.start(), m.end()) for m in _FALLBACK_SENTENCE.finditer(text))
    return [s for s in spans if s]
