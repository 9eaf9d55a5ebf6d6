"""Reading a written number in any common locale format, without ever raising.

A number token is digits joined by marks (``1.000.000``, ``2 350 000``,
``1,234,567.89``, ``1'000``, ``12,34,567``, ``3,5``).  Which mark is the
decimal point is a convention of the writer, so every convention under which
the token is well formed gives a reading: ``1.500`` is 1500 to a German and
1.5 to an English reader, and a check should not flag a format it cannot
decide.  A token that no convention reads (a version number ``1.2.3``) has
no readings.
"""

from __future__ import annotations

import re

from mtcheck.lang.packs import Languages

# Marks that group thousands in some locale: thin and no-break spaces (French, Czech, Russian...),
# the apostrophe (Swiss), and the comma or full stop not used as the decimal point.
SPACES = "\u00a0\u202f\u2009"
_APOSTROPHES = "'\u2019"
_GROUP_MARKS = {",": "." + SPACES + _APOSTROPHES + " ", ".": "," + SPACES + _APOSTROPHES + " "}
_WESTERN = re.compile(r"\d{1,3}(?:G\d{3})+", re.ASCII)
_INDIAN = re.compile(r"\d{1,2}(?:G\d{2})+G\d{3}", re.ASCII)  # 12,34,567: lakhs and crores


def _grouped(head: str, marks: str) -> int | None:
    """The integer of a head whose digit groups are well formed, with one kind of mark throughout."""
    if head.isdecimal() and head.isascii():
        return int(head)
    used = {c for c in head if not c.isdigit()}
    spaces = set(SPACES + " ")
    if not used or not used <= set(marks) or (len(used) > 1 and not used <= spaces):
        return None
    shape = "".join("G" if c in used else c for c in head)
    if _WESTERN.fullmatch(shape) or ("," in used and _INDIAN.fullmatch(shape)):
        return int("".join(c for c in head if c in "0123456789"))
    return None


_POINT = Languages("numbers.decimal", ".")
_COMMA = Languages("numbers.decimal", ",")


def decimal_mark(lang: str) -> str | None:
    """The decimal mark that writers of ``lang`` use (from its language pack), or None when not known."""
    return "." if lang in _POINT else "," if lang in _COMMA else None


def readings(token: str, decimal: str | None = None) -> set[float]:
    """Every value ``token`` has under a locale convention (empty when none reads it).

    With ``decimal`` given (the writer's convention is known), only that
    convention is tried, unless it cannot read the token at all.
    """
    if decimal is not None:
        return _read(token, {decimal: _GROUP_MARKS[decimal]}) or _read(token, _GROUP_MARKS)
    return _read(token, _GROUP_MARKS)


def _read(token: str, conventions: dict[str, str]) -> set[float]:
    values: set[float] = set()
    for decimal, marks in conventions.items():
        head, point, tail = token.rpartition(decimal)
        if not point:
            head, tail = token, ""
        elif not (tail.isdecimal() and tail.isascii()) or not head:
            continue
        whole = _grouped(head, marks)
        if whole is not None:
            values.add(round(float(whole) + (int(tail) / 10 ** len(tail) if tail else 0.0), 6))
    return values
