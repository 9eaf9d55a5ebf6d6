"""Documents as read from disk, split into paragraphs and sentences with offsets.

Offsets are always code-point indices into the document's exact decoded text:
no newline translation, a BOM kept as a character, so that
``text[start:end]`` is what a reporter shows.  A document extracted from
a file (HTML, Markdown, XLIFF, TMX, PO) carries a :class:`FileMap` that
maps its offsets back to the file, for the line and column reports show.

Reading is bounded: a file is read in chunks up to its limit and refused
beyond it, whatever ``stat`` says (``/dev/zero`` and pipes included), and
a JSONL file or manifest is read one bounded line at a time.
"""

from __future__ import annotations

import codecs
import re
import sys
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO, ContextManager, Iterator, NamedTuple

from mtcheck.errors import InputError
from mtcheck.findings import Finding, Span
from mtcheck.text.filemap import FileMap, Lines, Position, position
from mtcheck.text.segment import split_paragraphs, split_sentences

STDIN, STDIN_NAME = "-", "<stdin>"  # the path that names standard input, and its name in reports
MAX_BYTES = 20 * 1024 * 1024  # one file read whole (--max-bytes, config max-bytes)
MAX_RECORD_BYTES = 1024 * 1024  # one line of a JSONL file or manifest (a pair of articles is ~100 KB)
MAX_RECORDS = 1_000_000  # lines of a JSONL file or manifest
_CHUNK = 1 << 20
_LANG_SUFFIX = re.compile(r"\.([a-z]{2})(?:[-_][A-Za-z]{2})?\.[A-Za-z0-9]+$")
_LONE_CR = re.compile(r"\r(?!\n)")
# Byte-order marks and the codec that decodes what follows them, BOM kept as U+FEFF.
# UTF-32 first: its little-endian mark begins with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class Segment(NamedTuple):
    """A paragraph or sentence: its range, its text and its position."""

    start: int
    end: int
    text: str
    index: int
    paragraph: int


@dataclass
class Document:
    """One side of a translation pair.

    ``file_map`` is None when ``text`` is the file's text itself (plain
    text, or a text given in memory); an extracting reader sets it.
    """

    text: str
    lang: str
    path: str = "<text>"
    file_map: FileMap | None = field(default=None, repr=False, compare=False)

    @cached_property
    def _split_text(self) -> str:
        """The text with each lone CR read as a line feed (same length, so offsets hold)."""
        return _LONE_CR.sub("\n", self.text)

    @cached_property
    def paragraphs(self) -> list[Segment]:
        """Paragraphs: blank-line separated blocks (or lines, if there are no blank lines)."""
        return [
            Segment(start, end, self.text[start:end], i, i)
            for i, (start, end) in enumerate(split_paragraphs(self._split_text))
        ]

    @cached_property
    def sentences(self) -> list[Segment]:
        """Sentences of all paragraphs, in order."""
        out: list[Segment] = []
        for para in self.paragraphs:
            for start, end in split_sentences(self._split_text[para.start:para.end], self.lang):
                out.append(
                    Segment(para.start + start, para.start + end,
                            self.text[para.start + start:para.start + end],
                            len(out), para.index)
                )
        return out

    @cached_property
    def _sentences_by_paragraph(self) -> list[list[Segment]]:
        groups: list[list[Segment]] = [[] for _ in self.paragraphs]
        for sentence in self.sentences:
            groups[sentence.paragraph].append(sentence)
        return groups

    def sentences_of(self, paragraph: int) -> list[Segment]:
        """Sentences belonging to one paragraph (a new list; the index is built once)."""
        groups = self._sentences_by_paragraph
        return list(groups[paragraph]) if 0 <= paragraph < len(groups) else []

    @cached_property
    def _lines(self) -> Lines:
        return Lines(self.text)

    def position(self, start: int, end: int) -> Position | None:
        """Where text ``[start, end)`` lies in the user's file; None where the reader cannot say."""
        if self.file_map is None:
            return position(self._lines, start, end)
        return self.file_map.position(start, end)

    @property
    def no_position(self) -> str:
        """Why a span of this document may have no position in a file."""
        return self.file_map.missing if self.file_map else ""

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset: in the user's file where known, else in the text."""
        found = self.position(offset, offset)
        if found is None:
            return self._lines.line_col(offset)
        return found.line, found.column

    @property
    def word_count(self) -> int:
        """Whitespace-separated words."""
        return len(self.text.split())


def span_dict(span: Span, document: Document) -> dict[str, Any]:
    """A span's JSON form with its place in the user's file (``file_span``, or null and the reason)."""
    found = document.position(span.start, span.end)
    out: dict[str, Any] = {**span.to_dict(), "file_span": found.to_dict() if found else None}
    if found is None:
        out["file_span_reason"] = document.no_position
    return out


def finding_dict(finding: Finding, source: Document, target: Document) -> dict[str, Any]:
    """A finding's JSON form, each span with its place in the user's file."""
    out = finding.to_dict()
    out["target"] = span_dict(finding.target, target)
    if finding.source is not None:
        out["source"] = span_dict(finding.source, source)
    if finding.counterpart is not None:
        out["counterpart"] = span_dict(finding.counterpart, source)
    return out


def language_from_name(path: str | Path) -> str | None:
    """Language code from a ``name.xx.ext`` file name, e.g. ``belgorod.de.txt`` -> ``de``."""
    match = _LANG_SUFFIX.search(Path(path).name)
    return match.group(1) if match else None


def with_language(name: str, lang: str | None) -> str:
    """A file name with its ``.xx`` language suffix replaced by ``.lang``, added, or removed (``None``).

    ``belgorod.en.txt`` -> ``belgorod.de.txt``, ``belgorod.txt`` -> ``belgorod.de.txt``, and with
    ``None`` ``belgorod.en.txt`` -> ``belgorod.txt``.
    """
    match = _LANG_SUFFIX.search(name)
    if match:
        stem, extension = name[:match.start()], "." + match.group(0).rsplit(".", 1)[1]
    else:
        base, dot, ext = name.rpartition(".")
        stem, extension = (base, dot + ext) if base else (name, "")
    return f"{stem}.{lang}{extension}" if lang else stem + extension


def shown_name(path: str | Path) -> str:
    """How reports and messages name a file: standard input (``-``) as ``<stdin>``."""
    return STDIN_NAME if str(path) == STDIN else str(path)


def _open(path: str | Path) -> ContextManager[BinaryIO]:
    """A file opened for reading bytes (``-``: standard input, left open), or InputError saying why not."""
    if str(path) == STDIN:
        return nullcontext(sys.stdin.buffer)
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, expected a file")
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None


def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """A file's bytes, read in chunks and refused past ``max_bytes`` (default ``MAX_BYTES``).

    The limit counts bytes actually read, so devices and pipes that report
    no size (``/dev/zero``, ``/dev/stdin``) are bounded too.
    """
    limit = MAX_BYTES if max_bytes is None else max_bytes
    name = shown_name(path)
    chunks: list[bytes] = []
    size = 0
    with _open(path) as handle:
        try:
            while size <= limit:
                chunk = handle.read(min(_CHUNK, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError as exc:
            raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    if size > limit:
        raise InputError(name, f"too large (more than {limit} bytes; the limit is set by --max-bytes)")
    return b"".join(chunks)


def read_text(path: str | Path, max_bytes: int | None = None) -> str:
    """Read a text file (UTF-8, or UTF-16/32 with a BOM), raising InputError on anything that is not one."""
    return decode_text(read_bytes(path, max_bytes), shown_name(path))


def bom_codec(data: bytes) -> str | None:
    """The codec a byte-order mark at the start of ``data`` names, or None."""
    return next((codec for bom, codec in BOMS if data.startswith(bom)), None)


def decode_text(data: bytes, path: object, encoding: str | None = None) -> str:
    """Decode a file's bytes: by its BOM, else ``encoding`` (default UTF-8); binary and empty content refused.

    A BOM is kept as U+FEFF, so offsets count every character of the file.
    """
    codec = bom_codec(data) or encoding or "utf-8"
    if codec == "utf-8" and b"\x00" in data:
        raise InputError(path, "looks binary (contains NUL bytes)")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid {_codec_name(codec)} (byte {exc.start})") from None
    except LookupError:
        raise InputError(path, f"declares an unknown encoding {encoding!r}") from None
    if "\x00" in text:
        raise InputError(path, "looks binary (contains NUL characters)")
    if not text.strip("\ufeff \t\r\n"):
        raise InputError(path, "is empty")
    return text


def _codec_name(codec: str) -> str:
    return codec.upper().replace("-LE", "").replace("-BE", "") if codec.startswith("utf") else codec


def read_lines(path: str | Path, max_record_bytes: int | None = None,
               max_records: int | None = None) -> Iterator[tuple[int, str]]:
    """Numbered lines of a UTF-8 file of records (JSONL, a manifest), read one at a time.

    A UTF-8 BOM before the first line is dropped; undecodable bytes become
    U+FFFD (the line is then reported on its own).  A line longer than
    ``max_record_bytes``, more than ``max_records`` lines, a NUL byte or a
    UTF-16/32 file are InputErrors naming the file.
    """
    limit = MAX_RECORD_BYTES if max_record_bytes is None else max_record_bytes
    most = MAX_RECORDS if max_records is None else max_records
    with _open(path) as handle:
        number = 0
        while line := _bounded_line(handle, path, limit, number + 1):
            number += 1
            if number > most:
                raise InputError(path, f"has more than {most} lines (the limit on records in one file)")
            if number == 1:
                codec = bom_codec(line)
                if codec not in (None, "utf-8"):
                    raise InputError(path, f"is {_codec_name(codec)}; JSON Lines must be UTF-8")
                line = line.removeprefix(codecs.BOM_UTF8)
            if b"\x00" in line:
                raise InputError(path, f"looks binary (NUL byte on line {number})")
            yield number, line.decode("utf-8", "replace")


def _bounded_line(handle: BinaryIO, path: object, limit: int, number: int) -> bytes:
    """The next line (empty at the end), InputError when it is longer than ``limit`` bytes."""
    try:
        line = handle.readline(limit + 1)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(line.rstrip(b"\r\n")) > limit:
        raise InputError(path, f"line {number} is too long (more than {limit} bytes; the limit on one record)")
    return line
