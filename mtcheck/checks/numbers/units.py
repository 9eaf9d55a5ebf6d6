"""Units after a number: which dimension and factor, and whether two quantities are one in other units.

"40 Zentimeter" is a length of 0.4 metres; "130 miles" and "210 kilometres" are the same distance,
rounded.  The first number of a range takes the unit written after the second ("4 to 7 feet").
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from mtcheck.checks.numbers.mention import Mention
from mtcheck.lang.packs import Languages, pack

Unit = tuple[str, float]
_UNIT_WORD = re.compile(r"(?:[^\S\n]|-)?([^\W\d_]+)")  # 40 Zentimeter, 7-Feet, 60年
_DIMENSIONS = ("length", "mass", "duration")
_STEM = 3  # unit keys longer than this match as stems ("kilomet", "километр")
_UNSPACED = Languages("orthography.unspaced")


@lru_cache(maxsize=32)
def _unit_keys(lang: str) -> tuple[dict[str, Unit], int]:
    """``lang``'s unit words (casefolded) with their dimension and factor, and the longest word's length.

    A word listed under two dimensions keeps the first (length, then mass, then duration).
    """
    found: dict[str, Unit] = {}
    for dim in _DIMENSIONS:
        for key, factor in pack(lang).numbers(f"units.{dim}").items():
            found.setdefault(key.casefold(), (dim, factor))
    return found, max(map(len, found), default=0)


def unit_word(text: str, end: int, lang: str) -> tuple[Unit, int] | None:
    """The unit written right after a number (dimension and factor) and where its word ends, if the
    language's pack knows it.  Chinese and Japanese write no space after a unit: a key starts the letters.

    The longest key that is the word, or that starts it and is long enough to be a stem, is the unit;
    the word's beginnings are looked up, longest first, rather than every key tried.
    """
    word = _UNIT_WORD.match(text, end)
    if not word:
        return None
    folded = word.group(1).casefold()
    keys, longest = _unit_keys(lang)
    unspaced = lang in _UNSPACED
    for size in range(min(len(folded), longest), -1, -1):  # down to "", which a pack may list
        found = keys.get(folded[:size])
        if found is None:
            continue
        if size == len(folded):
            return found, word.end()
        if size > _STEM or unspaced:
            return found, word.end() if not unspaced else word.start(1) + size
    return None


def unit(text: str, end: int, lang: str) -> Unit | None:
    """The unit written right after a number, if the language's pack knows it."""
    found = unit_word(text, end, lang)
    return found[0] if found else None


def with_unit(text: str, mention: Mention, lang: str) -> str:
    """The mention's text, with the unit word after it when there is one ("40 Zentimeter")."""
    found = unit_word(text, mention.end, lang)
    return text[mention.start:found[1]] if found else mention.text


def same_unit(a: Unit | None, b: Unit | None) -> bool:
    """Units agree unless both are known, of one dimension, and differ ("40 Zentimeter", "40 metres")."""
    return a is None or b is None or a[0] != b[0] or abs(a[1] - b[1]) <= 1e-9 * max(a[1], b[1])


_ROUNDED = 0.02  # a conversion may drift this much, or half a unit of the last digit written (6 m for 6.1)


def converted(src: Mention, a: Unit | None, tgt: Mention, b: Unit | None) -> bool:
    """The same quantity in another system of units (20 feet as 6 metres, 130 miles as 210 km), rounded
    to the digits the translation shows.

    Within one system (the factors' ratio is a power of ten) the amounts must be equal: 2 km is
    2000 m, never 200 m; "40 pounds" -> "40 kilograms" is no conversion.
    """
    if a is None or b is None or a[0] != b[0] or same_unit(a, b):
        return False
    ratio = math.log10(max(a[1], b[1]) / min(a[1], b[1]))
    same_system = abs(ratio - round(ratio)) < 1e-6
    values = [(x * a[1] / b[1], y) for x in src.keys for y in tgt.keys
              if isinstance(x, float) and isinstance(y, float) and x > 0 and y > 0]
    return any(abs(x - y) <= (1e-9 * y if same_system else max(_ROUNDED * y, _half_unit(y))) for x, y in values)


def _half_unit(value: float) -> float:
    """Half a unit of the last digit a rounded number shows (210: 5, 6: 0.5, 7.5: 0.05)."""
    text = f"{value:f}".rstrip("0").rstrip(".")
    if "." in text:
        return 0.5 * 10 ** -len(text.split(".")[1])
    return 0.5 * 10 ** (len(text) - len(text.rstrip("0")))


# What stands between the two numbers of a range: a dash, or a short word (to, bis, do, à), maybe hyphenated.
_RANGE = re.compile(r"[^\S\n]?(?:[-–—]|-?[^\W\d_]{1,3}-?)[^\S\n]?")


def units_of(text: str, found: list[Mention], lang: str) -> dict[int, Unit | None]:
    """The unit of each mention (by ``id``), in text order; the first number of a range takes the second's."""
    units = {id(m): unit(text, m.end, lang) for m in found}
    for first, second in zip(reversed(found[:-1]), reversed(found[1:])):
        if units[id(first)] is None and _RANGE.fullmatch(text, first.end, second.start):
            units[id(first)] = units[id(second)]
    return units
