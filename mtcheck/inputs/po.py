"""gettext PO files, read with polib.

Each translated entry is a unit (plural entries give one unit per plural
form that has a source text); untranslated and obsolete entries are skipped,
the untranslated ones reported.  Fuzzy entries are checked: they are the
machine-suggested ones that most need a look.  The target language comes
from the ``Language`` header; the source language is the user's choice or
identified from the text.

The file is decoded by the charset its header declares (UTF-8 when it
declares none, or the template placeholder ``CHARSET``).  A small scanner
of the file's own lines finds where each msgid and msgstr string sits, so
findings point at the file's lines; escapes such as ``\\n`` map as a whole.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Iterator

from mtcheck.errors import InputError
from mtcheck.inputs import Item, Problem, unit_language
from mtcheck.inputs.units import Unit, UnitDocument
from mtcheck.options import Options
from mtcheck.text.document import bom_codec, decode_text, read_bytes
from mtcheck.text.filemap import Lines, Mapped

_CHARSET = re.compile(rb"Content-Type:[^\n\"]*?charset=([\w.:-]+)")
_KEYWORD = re.compile(r"[ \t]*(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]*(?=\")")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "\\": "\\", '"': '"'}
_LINE_END = re.compile(r"\r\n|\r|\n")


class _Content(str):
    """PO text for polib, split into lines only at line ends (``str.splitlines`` also splits at U+2028 and others)."""

    def splitlines(self, keepends: bool = False) -> list[str]:  # type: ignore[override]
        return _LINE_END.split(self)


def _charset(data: bytes, path: str | Path) -> str | None:
    """The charset the header declares (None: UTF-8), InputError when Python does not know it."""
    match = _CHARSET.search(data[:65536])
    if bom_codec(data) or not match or match.group(1).upper() == b"CHARSET":
        return None
    name = match.group(1).decode("ascii")
    try:
        codecs.lookup(name)
    except LookupError:
        raise InputError(path, f"declares an unknown charset {name!r}") from None
    return name


def _string(text: str, start: int, end: int) -> Mapped:
    """The decoded content of the quoted string ``text[start:end]`` (quotes included), with its offsets."""
    chars: list[str] = []
    ranges: list[tuple[int, int]] = []
    index = start + 1
    while index < end - 1:
        char = text[index]
        if char == "\\" and index + 1 < end - 1 and text[index + 1] in _ESCAPES:
            chars.append(_ESCAPES[text[index + 1]])
            ranges.append((index, index + 2))
            index += 2
        else:
            chars.append(char)
            ranges.append((index, index + 1))
            index += 1
    return Mapped.from_offsets("".join(chars), ranges)


def _fields(text: str) -> dict[tuple[str | None, str], dict[str, Mapped]]:
    """Each entry's strings with their offsets, by (msgctxt, msgid); obsolete entries left out."""
    entries: dict[tuple[str | None, str], dict[str, Mapped]] = {}
    entry: dict[str, list[Mapped]] = {}
    keyword = None
    starts = Lines(text).starts + [len(text)]

    def close() -> None:
        if "msgid" in entry:
            joined = {key: Mapped.join(parts) for key, parts in entry.items()}
            context = joined["msgctxt"].text if "msgctxt" in joined else None
            entries.setdefault((context, joined["msgid"].text), joined)

    for line_start, line_end in zip(starts, starts[1:]):
        line = text[line_start:line_end].rstrip("\r\n")
        stripped = line.strip()
        match = _KEYWORD.match(line)
        if match:
            if match.group(1) == "msgctxt" or (match.group(1) == "msgid" and keyword != "msgctxt"):
                close()
                entry = {}
            keyword = match.group(1)
        elif not stripped.startswith('"'):
            if stripped.startswith("#~"):
                keyword = None
            continue
        if keyword is None or not stripped.endswith('"') or len(stripped) < 2:
            continue
        quote = line_start + (match.end() if match else line.index('"'))
        entry.setdefault(keyword, []).append(_string(text, quote, line_start + len(line.rstrip())))
    close()
    return entries


def _entry_units(entry, fields: dict[str, Mapped]) -> list[Unit]:
    name = entry.msgctxt or f"line {entry.linenum}"

    def mapped(key: str, value: str) -> Mapped:
        found = fields.get(key)
        return found if found is not None and found.text == value else Mapped(value)

    if not entry.msgid_plural:
        return [Unit.mapped(name, mapped("msgid", entry.msgid), mapped("msgstr", entry.msgstr))] \
            if entry.msgstr.strip() else []
    sources = [("msgid", entry.msgid), ("msgid_plural", entry.msgid_plural)]
    return [
        Unit.mapped(f"{name} [{form}]", mapped(*sources[min(form, 1)]), mapped(f"msgstr[{form}]", text))
        for form, text in sorted(entry.msgstr_plural.items()) if text.strip()
    ]


def read_po(path: str | Path, options: Options) -> Iterator[Item]:
    """A PO file as one document of units, plus a problem per untranslated entry."""
    import polib

    data = read_bytes(path, options.max_bytes)
    text = decode_text(data, path, _charset(data, path))
    try:
        catalog = polib.pofile(_Content(text.removeprefix("\ufeff")))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise InputError(path, f"is not a readable PO file ({exc})") from None
    fields = _fields(text)
    units: list[Unit] = []
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        found = _entry_units(entry, fields.get((entry.msgctxt, entry.msgid), {}))
        if not found:
            yield Problem(f"{path}: line {entry.linenum}", "is not translated; skipped")
        units.extend(found)
    if not units:
        raise InputError(path, "has no translated entries to check")
    source = unit_language(options.source_lang, None, " ".join(u.source for u in units), path)
    target = unit_language(options.target_lang, catalog.metadata.get("Language"),
                           " ".join(u.target for u in units), path)
    yield UnitDocument(str(path), units, source, target, Lines(text))
