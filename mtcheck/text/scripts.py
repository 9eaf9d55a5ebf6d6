"""Writing systems: character ranges of unspaced scripts, and runs of letters in a foreign script.

Word counts, word links and number reading treat each character of an
unspaced script as a unit of its own, since no space tells where a word
ends.  A text in one language may hold letters of another script (Chinese
pasted into English): :func:`foreign_runs` finds them, given the scripts
the language writes (Unicode script names, from the language packs).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Iterator

import regex

# Hiragana and katakana, CJK Unified Ideographs with extension A, CJK Compatibility Ideographs.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
THAI = "\u0e00-\u0e7f"
# Katakana letters and the prolonged-sound mark (not the middle dot ・ that parts loanwords): a run of them
# spells one loanword, longer than two characters (ビルディング, building).
KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff"

# Inside a run: spaces, digits, dashes, symbols and punctuation other than sentence ends and quotation
# marks (brackets are neither), and modifier letters of no script (the Japanese prolonged-sound mark).
_JOINERS = r"[\p{Zs}\p{N}\p{Pd}\p{Pc}\p{Po}\p{S}\p{Lm}]--[.!?。！？\"']"


def char_ranges(spec: str) -> tuple[tuple[str, str], ...]:
    """The first and last character of each range of ``spec``, ranges written as for a character class
    ("a-b", three characters each, as :data:`CJK` and :data:`THAI`)."""
    return tuple((spec[i], spec[i + 2]) for i in range(0, len(spec), 3))


def in_ranges(char: str, ranges: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``char`` lies in one of ``ranges`` (compared by code point: a regular expression over large
    ranges takes milliseconds to compile)."""
    return any(first <= char <= last for first, last in ranges)


_CJK_RANGES = char_ranges(CJK)


def is_cjk(char: str) -> bool:
    """Whether ``char`` is a Chinese or Japanese character."""
    return in_ranges(char, _CJK_RANGES)


@lru_cache(maxsize=None)
def _foreign_run(scripts: tuple[str, ...]) -> regex.Pattern[str]:
    """Letters outside ``scripts`` and the script-neutral Common and Inherited, with what joins them."""
    own = "".join(rf"\p{{sc={s}}}" for s in scripts)
    foreign = rf"[[\p{{L}}\p{{M}}]--[\p{{sc=Common}}\p{{sc=Inherited}}{own}]]"
    joiner = rf"[{_JOINERS}--{foreign}" + (rf"--[{own}]]" if own else "]")
    return regex.compile(rf"{foreign}+(?:{joiner}+{foreign}+)*", regex.V1)


def foreign_runs(text: str, scripts: Iterable[str], start: int = 0, end: int | None = None
                 ) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:end]`` written in scripts other than ``scripts`` (``"Latin"``, ``"Cyrillic"``).

    A run starts and ends on a foreign letter and goes on over spaces, digits
    and inner punctuation ("但是面对，很多"), but not over a letter of
    ``scripts``, a sentence end, a quotation mark or a bracket.
    """
    for match in _foreign_run(tuple(sorted(scripts))).finditer(text, start, len(text) if end is None else end):
        yield match.span()


def without_marks(text: str) -> str:
    """``text`` without its combining marks (the accents ``unicodedata.normalize("NFKD", ...)`` splits off).

    The marks are found among the text's distinct characters and removed by one regular expression: on a
    long text a quarter of the time of testing each character.
    """
    marks = [c for c in set(text) if unicodedata.combining(c)]
    return re.sub(f"[{re.escape(''.join(marks))}]", "", text) if marks else text
