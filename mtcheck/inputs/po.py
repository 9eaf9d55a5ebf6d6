"""gettext PO files, read with polib.

Each translated entry is a unit (plural entries give one unit per plural
form that has a source text); untranslated and obsolete entries are skipped,
the untranslated ones reported.  Fuzzy entries are checked: they are the
machine-suggested ones that most need a look.  The target language comes
from the ``Language`` header; the source language is the user's choice or
identified from the text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from mtcheck.errors import InputError
from mtcheck.inputs import Item, Problem, unit_language
from mtcheck.inputs.units import Unit, UnitDocument
from mtcheck.options import Options


def _entry_units(entry) -> list[Unit]:
    name = entry.msgctxt or f"line {entry.linenum}"
    if not entry.msgid_plural:
        return [Unit(name, entry.msgid, entry.msgstr)] if entry.msgstr.strip() else []
    sources = [entry.msgid, entry.msgid_plural]
    return [
        Unit(f"{name} [{form}]", sources[min(form, 1)], text)
        for form, text in sorted(entry.msgstr_plural.items()) if text.strip()
    ]


def read_po(path: str | Path, options: Options) -> Iterator[Item]:
    """A PO file as one document of units, plus a problem per untranslated entry."""
    import polib

    try:
        catalog = polib.pofile(str(path), encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise InputError(path, f"is not a readable PO file ({exc})") from None
    units: list[Unit] = []
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        found = _entry_units(entry)
        if not found:
            yield Problem(f"{path}: line {entry.linenum}", "is not translated; skipped")
        units.extend(found)
    if not units:
        raise InputError(path, "has no translated entries to check")
    source = unit_language(options.source_lang, None, " ".join(u.source for u in units))
    target = unit_language(options.target_lang, catalog.metadata.get("Language"), " ".join(u.target for u in units))
    yield UnitDocument(str(path), units, source, target)
