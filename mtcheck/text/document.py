"""Documents as read from disk, split into paragraphs and sentences with offsets.

Offsets are always code-point indices into the document's exact decoded text:
no newline translation, a BOM kept as a character, so that
``text[start:end]`` is what a reporter shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from mtcheck.errors import InputError
from mtcheck.text.segment import split_paragraphs, split_sentences

MAX_BYTES = 20 * 1024 * 1024
_LANG_SUFFIX = re.compile(r"\.([a-z]{2})(?:[-_][A-Za-z]{2})?\.[A-Za-z0-9]+$")


@dataclass(frozen=True)
class Segment:
    """A paragraph or sentence: its range, its text and its position."""

    start: int
    end: int
    text: str
    index: int
    paragraph: int


@dataclass
class Document:
    """One side of a translation pair."""

    text: str
    lang: str
    path: str = "<text>"
    _lang_hint: str | None = field(default=None, repr=False)

    @cached_property
    def paragraphs(self) -> list[Segment]:
        """Paragraphs: blank-line separated blocks (or lines, if there are no blank lines)."""
        return [
            Segment(start, end, self.text[start:end], i, i)
            for i, (start, end) in enumerate(split_paragraphs(self.text))
        ]

    @cached_property
    def sentences(self) -> list[Segment]:
        """Sentences of all paragraphs, in order."""
        out: list[Segment] = []
        for para in self.paragraphs:
            for start, end in split_sentences(para.text, self.lang):
                out.append(
                    Segment(para.start + start, para.start + end,
                            self.text[para.start + start:para.start + end],
                            len(out), para.index)
                )
        return out

    def sentences_of(self, paragraph: int) -> list[Segment]:
        """Sentences belonging to one paragraph."""
        return [s for s in self.sentences if s.paragraph == paragraph]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col

    @property
    def word_count(self) -> int:
        """Whitespace-separated words."""
        return len(self.text.split())


def language_from_name(path: str | Path) -> str | None:
    """Language code from a ``name.xx.ext`` file name, e.g. ``belgorod.de.txt`` -> ``de``."""
    match = _LANG_SUFFIX.search(Path(path).name)
    return match.group(1) if match else None


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file, raising InputError on anything that is not one."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, expected a file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(path, f"too large ({size} bytes; the limit is {MAX_BYTES})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    return decode_text(data, path)


def decode_text(data: bytes, path: object) -> str:
    """Decode UTF-8 bytes (BOM tolerated), rejecting binary and empty content."""
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks binary (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid UTF-8 (byte {exc.start})") from None
    if not text.strip("\ufeff \t\r\n"):
        raise InputError(path, "is empty")
    return text
