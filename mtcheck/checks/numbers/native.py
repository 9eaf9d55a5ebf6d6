"""Numbers in notations other than Arabic digits: Chinese and Japanese numerals, and centuries.

``十四`` is 14 and ``三千`` 3000 (the digits, tens, hundreds and thousands come
from the language's pack); ``XIIIe siècle`` and ``13. Jahrhundert`` are one
century, which the years 1200 to 1299 fall in ("the 1800s" is the 19th century).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from mtcheck.lang.packs import ByLanguage, Languages, pack

_DIGITS = ByLanguage("numbers.native_digits", lambda p: p.numbers("numbers.native_digits"))
_UNITS = ByLanguage("numbers.native_units", lambda p: p.numbers("numbers.native_units"))
_CENTURIES = ByLanguage("dates.century_words", lambda p: tuple(w.casefold() for w in p.items("dates.century_words")))
_UNSPACED = Languages("orthography.unspaced")
_STEM = 3  # a century word longer than this matches as a stem ("centur": century, centuries)


_TEN = 10  # the one unit written without a digit before it in an exact numeral (十四: 14)


def native_numbers(text: str, lang: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of each number written in the language's own numerals with a unit or a zero
    (十四, 二十, 三千, 二〇二一).

    A digit alone (三周: three weeks, 五星: five-star) or digits in a row (三四天: three or four days,
    一两: one or two) are words or approximations more often than figures, and are left out, as is
    a hundred or a thousand with no digit before it (上百万, 数千: millions, thousands); 十四 is 14.
    """
    numerals = _numerals(lang)
    if numerals is None:
        return
    digits, units, magnitudes, letters = numerals
    for run in letters.finditer(text):
        for start, end in _parts(run.group(), digits):
            part = run.group()[start:end]
            if part[0] in magnitudes or units.get(part[0], 0) > _TEN or not _written_as_number(part, digits):
                continue  # 万一 (in case), 十分 (very), 上百万 (millions): no numeral of their own, or a vague one
            yield run.start() + start, run.start() + end, _value(part, digits, units, magnitudes)


@lru_cache(maxsize=64)
def _numerals(lang: str) -> tuple[dict[str, float], dict[str, float], dict[str, float], re.Pattern[str]] | None:
    """The language's digits, units and one-letter magnitudes, and a run of any of them; None without digits."""
    digits = _DIGITS.get(lang)
    if not digits:
        return None
    units = _UNITS.get(lang, {})
    magnitudes = {w: f for w, f in pack(lang).numbers("numbers.magnitudes").items() if len(w) == 1}
    return digits, units, magnitudes, re.compile(f"[{re.escape(''.join(sorted({*digits, *units, *magnitudes})))}]+")


def _written_as_number(part: str, digits: dict[str, float]) -> bool:
    """A numeral with a unit (十四), or digits with a zero among them (二〇二一), and more than one letter."""
    return len(part) > 1 and (any(c not in digits for c in part) or any(digits[c] == 0 for c in part))


def _parts(run: str, digits: dict[str, float]) -> Iterator[tuple[int, int]]:
    """Spans of the numerals in a run: a digit right after a digit starts a new one (十四五: 14 and 5),
    unless the run is digits alone with a zero (二〇二一: 2021)."""
    if all(c in digits for c in run) and any(digits[c] == 0 for c in run):
        yield 0, len(run)
        return
    start = 0
    for i in range(1, len(run)):
        if run[i] in digits and run[i - 1] in digits:
            yield start, i
            start = i
    yield start, len(run)


def _value(numeral: str, digits: dict[str, float], units: dict[str, float], magnitudes: dict[str, float]) -> float:
    """The value of one numeral: digits alone are read in place (二〇二一), else digit times unit, summed."""
    if all(c in digits for c in numeral):
        return float("".join(str(int(digits[c])) for c in numeral))
    total = section = 0.0
    digit: float | None = None
    for c in numeral:
        if c in digits:
            digit = digits[c]
        elif c in units:
            section += (1 if digit is None else digit) * units[c]
            digit = None
        else:
            total += ((section + (digit or 0)) or 1) * magnitudes[c]
            section, digit = 0.0, None
    return total + section + (digit or 0)


_ORDINAL_TAIL = re.compile(r"(?:[^\W\d_]{1,3}\b)?\.?[^\S\n]?")  # th, e, -ème: 19th, XIIIe, 19.
_WORD = re.compile(r"[^\W\d_]+")


def century_follows(text: str, end: int, lang: str) -> bool:
    """Whether a century word follows an ordinal that ends at ``end`` (19th century, 19. Jahrhundert, 19 世纪)."""
    words = _CENTURIES.get(lang, ())
    if not words:
        return False
    word = _WORD.match(text, _ORDINAL_TAIL.match(text, end).end())
    return bool(word) and any(_is_word(word.group().casefold(), w, lang) for w in words)


def _names_century(text: str, lang: str) -> bool:
    """Whether a century word of ``lang`` stands anywhere in ``text``: :func:`century_follows` is never true
    without one, since a word that it takes starts with a century word, and folding keeps the letters in order."""
    words = _CENTURIES.get(lang, ())
    if not words:
        return False
    folded = text.casefold()
    return any(word in folded for word in words)


def may_hold_numerals(text: str, lang: str) -> bool:
    """Whether ``text`` may hold a numeral that :func:`native_numbers` or :func:`roman_centuries` reads:
    false in a language without numerals of its own where no century word stands (most sentences)."""
    return _numerals(lang) is not None or _names_century(text, lang)


def century_years(century: int) -> set[float]:
    """The years of a century (the 19th: 1800 to 1899, as "the 1800s" counts them)."""
    return {float(year) for year in range(100 * (century - 1), 100 * century)}


def _is_word(found: str, key: str, lang: str) -> bool:
    return found == key or ((len(key) > _STEM or lang in _UNSPACED) and found.startswith(key))


@lru_cache(maxsize=1)
def _roman_numeral() -> re.Pattern[str]:
    """A Roman numeral before a word (compiled on first use: only a sentence naming a century reads it)."""
    return re.compile(r"\b([IVXL]{1,6})(?=[^\W\d_]{0,3}\b\.?[^\S\n]?[^\W\d_])")


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_centuries(text: str, lang: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of each century written in Roman numerals (XIIIe siècle, XX. století)."""
    if not _names_century(text, lang):
        return  # most sentences: no numeral to look for ("I" opens many an English clause)
    for m in _roman_numeral().finditer(text):
        value = _roman(m.group(1))
        if value and century_follows(text, m.end(), lang):
            yield m.start(), m.end(), float(value)


def _roman(numeral: str) -> int | None:
    """The value of a Roman numeral, or None when it is not one written the usual way (IIII, VX)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if _to_roman(total) == numeral else None


def _to_roman(value: int) -> str:
    out = ""
    for number, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out, value = out + letters, value - number
    return out
