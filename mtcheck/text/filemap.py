"""Where extracted text came from in the user's file: runs of text mapped to file offsets.

A reader that extracts text (HTML, Markdown, XLIFF, TMX, PO) records, for
each run of the text it builds, the range of the file the run came from.
A run as long as its file range (plain characters) maps character by
character; any other run (an entity such as ``&amp;``, an escape such as
``\\n``, whitespace collapsed to one space) maps as a whole, so a span
starting or ending inside it is clamped to the whole of it.  Characters no
run covers (separators a reader inserted) have no place in the file.

Checks never see this: they work on the extracted text.  Reports ask the
document for a span's :class:`Position` and show the file's line and column.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable, NamedTuple, Sequence

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Run(NamedTuple):
    """Text ``[start, end)`` came from file ``[file_start, file_end)``."""

    start: int
    end: int
    file_start: int
    file_end: int

    @property
    def linear(self) -> bool:
        """True when the run maps character by character."""
        return self.end - self.start == self.file_end - self.file_start

    def clipped(self, start: int, end: int, shift: int = 0) -> Run:
        """The part of the run inside ``[start, end)``, its text offsets moved by ``shift``."""
        lo, hi = max(self.start, start), min(self.end, end)
        if not self.linear:
            return Run(lo + shift, hi + shift, self.file_start, self.file_end)
        return Run(lo + shift, hi + shift, self.file_start + lo - self.start, self.file_start + hi - self.start)


def _overlapping(runs: Sequence[Run], starts: Sequence[int], start: int, end: int) -> Sequence[Run]:
    """The runs that overlap ``[start, end)`` (for an empty range: the run holding ``start``)."""
    end = max(end, start + 1)
    first = bisect_right(starts, start) - 1
    if first < 0 or runs[first].end <= start:
        first += 1
    return runs[first:bisect_left(starts, end)]


def _file_range(runs: Sequence[Run], starts: Sequence[int], start: int, end: int) -> tuple[int, int] | None:
    """The file range of text ``[start, end)``: from its first mapped character to its last."""
    found = _overlapping(runs, starts, start, end)
    if not found:
        return None
    first, last = found[0].clipped(start, max(end, start + 1)), found[-1].clipped(start, max(end, start + 1))
    if end <= start:  # an empty span is a point: where the character at ``start`` begins
        return first.file_start, first.file_start
    return first.file_start, last.file_end


class Mapped(NamedTuple):
    """A piece of extracted text and the file runs it came from (run offsets relative to ``text``)."""

    text: str
    runs: tuple[Run, ...] = ()

    @classmethod
    def at(cls, text: str, file_start: int, file_end: int | None = None) -> Mapped:
        """Text that came from one file range (by default, as long as the text: verbatim)."""
        if not text:
            return cls("")
        return cls(text, (Run(0, len(text), file_start, file_start + len(text) if file_end is None else file_end),))

    @classmethod
    def join(cls, parts: Iterable[Mapped | str], separator: str = "") -> Mapped:
        """Parts one after the other (plain strings and separators have no file position)."""
        texts: list[str] = []
        runs: list[Run] = []
        cursor = 0
        for index, part in enumerate(parts):
            if index and separator:
                texts.append(separator)
                cursor += len(separator)
            if isinstance(part, str):
                part = cls(part)
            texts.append(part.text)
            for run in part.runs:
                _append(runs, Run(run.start + cursor, run.end + cursor, run.file_start, run.file_end))
            cursor += len(part.text)
        return cls("".join(texts), tuple(runs))

    def _starts(self) -> list[int]:
        return [run.start for run in self.runs]

    def slice(self, start: int, end: int) -> Mapped:
        """The text ``[start, end)`` with its runs."""
        runs = _overlapping(self.runs, self._starts(), start, end) if end > start else ()
        return Mapped(self.text[start:end], tuple(run.clipped(start, end, -start) for run in runs))

    def file_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Where text ``[start, end)`` came from, or None when nothing in it did."""
        return _file_range(self.runs, self._starts(), start, end)

    def strip(self) -> Mapped:
        """Without leading and trailing whitespace."""
        stripped = self.text.lstrip()
        start = len(self.text) - len(stripped)
        return self.slice(start, start + len(stripped.rstrip()))

    def sub(self, pattern: re.Pattern[str], replacement: str) -> Mapped:
        """Each match replaced by ``replacement``, which takes the file range of what it replaced."""
        parts: list[Mapped] = []
        cursor = 0
        for match in pattern.finditer(self.text):
            parts.append(self.slice(cursor, match.start()))
            where = self.file_range(match.start(), match.end())
            parts.append(Mapped.at(replacement, *where) if where and replacement else Mapped(replacement))
            cursor = match.end()
        if not parts:
            return self
        parts.append(self.slice(cursor, len(self.text)))
        return Mapped.join(parts)

    @classmethod
    def from_offsets(cls, text: str, ranges: Sequence[tuple[int, int] | None]) -> Mapped:
        """Text whose character *i* came from file range ``ranges[i]`` (None: from nowhere)."""
        runs: list[Run] = []
        for index, where in enumerate(ranges):
            if where is not None:
                _append(runs, Run(index, index + 1, *where))
        return cls(text, tuple(runs))


def _append(runs: list[Run], run: Run) -> None:
    """Add a run, merging it into the previous one when both map verbatim and touch."""
    if run.start >= run.end:
        return
    if runs:
        last = runs[-1]
        if (last.end == run.start and last.file_end == run.file_start and last.linear and run.linear):
            runs[-1] = Run(last.start, run.end, last.file_start, run.file_end)
            return
        if last.end == run.start and (last.file_start, last.file_end) == (run.file_start, run.file_end) \
                and not last.linear:  # two characters of one escape, e.g. a surrogate pair's halves
            runs[-1] = Run(last.start, run.end, last.file_start, last.file_end)
            return
    runs.append(run)


class Lines:
    """Line starts of a text; ``\\r\\n``, ``\\r`` and ``\\n`` each end a line, as editors count them."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset."""
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


class Position(NamedTuple):
    """A span's place in the user's file: code-point offsets, 1-based line and column (end exclusive)."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self) -> dict[str, int]:
        """JSON form."""
        return {"start": self.start, "end": self.end, "line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column}


class FileMap:
    """How a document's text maps into the file it was extracted from.

    ``missing`` says why a span has no position (a sentence for the JSON
    output); a map without runs (``FileMap.none(reason)``) gives no span a
    position, for text that does not come from a file of its own.  (A plain
    class, not a named tuple: it indexes its runs when made.)
    """

    __slots__ = ("runs", "lines", "missing", "_starts")

    def __init__(self, runs: tuple[Run, ...], lines: Lines | None, missing: str) -> None:
        self.runs = runs
        self.lines = lines
        self.missing = missing
        self._starts = [run.start for run in runs]

    @classmethod
    def of(cls, mapped: Mapped, file_text: str, missing: str) -> FileMap:
        """The map of extracted text ``mapped`` into ``file_text``."""
        return cls(mapped.runs, Lines(file_text), missing)

    @classmethod
    def none(cls, reason: str) -> FileMap:
        """A map for text with no file position at all, and why."""
        return cls((), None, reason)

    def position(self, start: int, end: int) -> Position | None:
        """Where text ``[start, end)`` lies in the file, or None."""
        if self.lines is None:
            return None
        where = _file_range(self.runs, self._starts, start, end)
        return None if where is None else position(self.lines, *where)


def position(lines: Lines, start: int, end: int) -> Position:
    """The position of file range ``[start, end)``."""
    return Position(start, end, *lines.line_col(start), *lines.line_col(end))

