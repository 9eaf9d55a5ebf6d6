"""Numbers, times, dates and amounts in a text, normalised across locales.

Each mention carries a set of comparable keys, so that ``1.500 €`` and
``€1,500``, ``3,5 %`` and ``3.5%``, ``17. März`` and ``17 March``,
``14.30 Uhr`` and ``2.30 pm``, ``1,5 Mio.`` and ``1.5 million``, ``zwei`` and
``two`` share one.  In Chinese and Japanese a number may stand between
letters (共有12500人) and a date carries marks (7月17日: July 17).  Where a format is ambiguous (``1.500`` is 1500 in German
and 1.5 in English) both readings are kept: a reader of the target might
take either, and a check should not flag a format it cannot decide.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from mtcheck.lang.packs import ByLanguage, Languages, alternation, available, pack, union
from mtcheck.checks.numbers.mention import Mention
from mtcheck.checks.numbers.native import (century_follows, century_years, may_hold_numerals, native_numbers,
                                           roman_centuries)
from mtcheck.checks.numbers.reader import SPACES, decimal_mark, readings
from mtcheck.checks.numbers.times import clock_chain, clocks, dates, dotted_clock, marked_dates
from mtcheck.text.anchors import protected_ranges
from mtcheck.text.segment import opens_sentence

_NUMBER = re.compile(
    rf"(?<![\w.,:/])\d+(?:(?:[.,{SPACES}]|['\u2019](?=\d{{3}}(?!\d)))\d+)*(?!\d|[.,:]\d)"
)
_SPACED_NUMBER = re.compile(rf"(?<![\w.,:/])\d{{1,3}}(?:[ {SPACES}]\d{{3}})+(?:,\d+)?(?!\d|[.,:]\d)")
_COLON_CHAIN = re.compile(r"(?<![\w.,:/])\d{1,3}(?::\d{1,3})+(?![\d:])")
_UNSPACED_RANGES = (("\u3040", "\u30ff"), ("\u3400", "\u9fff"))  # Chinese and Japanese letters: no word boundary


def _unspaced(letter: str) -> bool:
    """Whether a character is a Chinese or Japanese letter (compared by code point: the letters as a
    pattern cost 2.3 ms to compile, spent only where such a text is read; see :func:`_unspaced_letters`)."""
    return any(first <= letter <= last for first, last in _UNSPACED_RANGES)


@lru_cache(maxsize=1)
def _remainder() -> re.Pattern[str]:
    """The digits after a magnitude word: 5000 in 6万5000, 8,600 in 2億8,600万 (compiled on first use,
    as are the other patterns only Chinese and Japanese text reads)."""
    return re.compile(r"\d{1,3}(?:,\d{3})+(?![\d.,])|\d+(?![\d.,])")


@lru_cache(maxsize=1)
def _lone_fullwidth_mark() -> re.Pattern[str]:
    """A full-width comma or full stop that is no decimal or grouping mark, not standing between digits
    (24 小时内，19 个省: 19 stands alone)."""
    return re.compile(r"(?<![0-9０-９])[，．]|[，．](?![0-9０-９])")


@lru_cache(maxsize=1)
def _listing_comma() -> re.Pattern[str]:
    """A comma that lists numbers: Chinese and Japanese group thousands by three digits and write decimals
    with a full stop, so a comma before other than three digits lists them (２，３回: two or three times)."""
    return re.compile(r"(?<=\d),(?=\d{1,2}(?!\d)|\d{4})")


@lru_cache(maxsize=1)
def _unspaced_letters() -> re.Pattern[str]:
    """Any Chinese or Japanese letter."""
    return re.compile("[" + "".join(f"{first}-{last}" for first, last in _UNSPACED_RANGES) + "]")


# Magnitude words of every language (they survive translation untranslated), as written:
# an abbreviation's full stop is optional.  Looked up in lower case without the stop.
_MAGNITUDES = {word: factor for code in available() for word, factor in pack(code).numbers("numbers.magnitudes").items()}
# Marks between a number and its magnitude word that mean "over" (200多万).
_APPROXIMATE = union("numbers.approximate")
_SCALE = re.compile(
    r"\s?(?:" + "|".join(map(re.escape, sorted(_APPROXIMATE))) + r")?(" + "|".join(re.escape(w.rstrip(".")) + r"\b\.?" if w.endswith(".")
                      else re.escape(w) + ("" if _unspaced(w[-1]) else r"\b")
                      for w in sorted(_MAGNITUDES, key=lambda w: (-len(w), w))) + r")",
)
_SCALES = {word.lower().rstrip("."): factor for word, factor in _MAGNITUDES.items()}
# Full-width digits (Japanese and Chinese text) read as ASCII ones, offsets unchanged.
_FULLWIDTH = str.maketrans("０１２３４５６７８９，．", "0123456789,.")
_FULLWIDTH_MARKS = re.compile("[" + re.escape("".join(map(chr, _FULLWIDTH))) + "]")
_DIGIT = re.compile(r"\d")
# Small numbers written as words; "one"/"ein" and French "neuf" (also "new") are left out.
_NUMBER_WORDS = ByLanguage("numbers.words", lambda p: p.numbers("numbers.words"))
_MONTHS = ByLanguage("dates.months", lambda p: p.items("dates.months"))
_PHRASES = ByLanguage("numbers.phrases", lambda p: p.numbers("numbers.phrases"))
# Languages that write month names in lower case; elsewhere they are capitalised.
_LOWER_MONTHS = Languages("dates.lower_case_months")
_SPACED_GROUPS = Languages("numbers.spaced_groups")


def reads_number_words(lang: str) -> bool:
    """Whether numbers spelled out in ``lang`` are recognised (else digits may look added or lost)."""
    return lang in _NUMBER_WORDS


class _Words(NamedTuple):
    """What :func:`mentions` reads of one language's pack, gathered once per language (the tables and
    flags were looked up in the pack for every sentence)."""

    numbers: dict[str, float]
    months: dict[str, int]
    phrases: tuple[tuple[re.Pattern[str], float], ...]  # each set phrase as a pattern, in the pack's order
    lower_months: bool
    spaced_groups: bool
    unspaced: bool
    # Any number word or month name (as lower case writes it; None: no such test, see _spelled), and any
    # set phrase: where none stands, the readers of words and phrases find nothing (most sentences).
    spelled: re.Pattern[str] | None
    phrased: re.Pattern[str]

    def may_spell(self, text: str) -> bool:
        """Whether ``text`` may hold a number word or a month name (false where none stands)."""
        return self.spelled is None or self.spelled.search(text.lower()) is not None

    def may_phrase(self, text: str) -> bool:
        """Whether ``text`` may hold a set phrase (false where none stands)."""
        return self.phrased.search(text) is not None


@lru_cache(maxsize=64)
def _words_of(lang: str) -> _Words:
    """``lang``'s number words, months, set phrases and conventions, read from its pack once."""
    numbers = _NUMBER_WORDS.get(lang, {})
    months = {w: i + 1 for i, w in enumerate(_MONTHS.get(lang, ()))}
    phrases = _PHRASES.get(lang, {})
    return _Words(
        numbers=numbers,
        months=months,
        phrases=tuple((re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE), value)
                      for phrase, value in phrases.items()),
        lower_months=lang in _LOWER_MONTHS,
        spaced_groups=lang in _SPACED_GROUPS,
        unspaced=lang in _UNSPACED_LANGUAGES,
        spelled=_spelled({*numbers, *(m.lower() for m in months)}),
        phrased=re.compile(alternation(phrases) or "(?!)", re.IGNORECASE),
    )


def _spelled(words: set[str]) -> re.Pattern[str] | None:
    """A pattern of ``words`` for a sentence in lower case, which holds each word that lower-cases to one of
    them; None where that may fail: a final sigma lower-cases by what stands around it (Σ: σ or ς)."""
    if any(c in word for word in words for c in "σς"):
        return None
    return re.compile(alternation(words) or "(?!)")


def _scaled(text: str, end: int) -> tuple[float | None, int]:
    """The factor of the magnitude word after a number (3 Millionen, 7500万) and where it ends."""
    scale = _SCALE.match(text, end)
    if not scale:
        return None, end
    return _SCALES[scale.group(1).lower().rstrip(".")], scale.end()


_CODE = re.compile(r"0\d+")  # a whole number with a leading zero (0815, 007) is a code or a name, not an amount
# A name or code, not an amount: digits after a letter and a hyphen (COVID-19, MiG-29) or before a capital
# letter (2G, 6AF7; K, M and B stand for thousand, million and billion).  It compares by its digits.
_NAMED = re.compile(r"(?:^|[^\w-])([^\W\d_]+-)$")  # applied to the text before the digits
_CAPITAL_AFTER = re.compile(r"[AC-JLN-Z](?![a-z])[A-Z\d]*")
# Digits that usually stand for a word rather than a figure: 24/7 (always), 100 % (fully, surely).
_IDIOM = re.compile(r"/\d|[^\S\n]?%")
_FRACTION = re.compile(r"(?<![\w.,:/])([1-9]\d?)/([1-9]\d?)(?:st|nd|rd|th)?(?![\w/]|[.,]\d)")  # not 01/07


def _code(text: str, match: re.Match[str]) -> Mention | None:
    """The name or code that the digits belong to (COVID-19, 2G), as a weak mention of kind "code"."""
    before = _NAMED.search(text, max(0, match.start() - 30), match.start())
    after = _CAPITAL_AFTER.match(text, match.end())
    if not (before or after):
        return None
    start = before.start(1) if before else match.start()
    end = after.end() if after else match.end()
    digits = "#".join(re.findall(r"\d+", text[start:end]))  # its letters may be transliterated (Т-72: T-72)
    return Mention(start, end, text[start:end], frozenset({f"#{digits}"}), kind="code", weak=True)


def _fractions(text: str, taken: list[tuple[int, int]]) -> Iterator[Mention]:
    """Common fractions (1/8th inch, 2/3): a numerator below the denominator."""
    for m in _FRACTION.finditer(text) if "/" in text else ():  # a cheap test before a scan of every position
        top, bottom = int(m.group(1)), int(m.group(2))
        if 0 < top < bottom and not any(s < m.end() and m.start() < e for s, e in taken):
            taken.append(m.span())
            yield Mention(m.start(), m.end(), m.group(), frozenset({round(top / bottom, 6)}))


def _idiom(text: str, match: re.Match[str]) -> bool:
    """24 in 24/7 or 100 in 100 %: translated as words (around the clock, fully) as often as not."""
    after = _IDIOM.match(text, match.end())
    return bool(after) and (after.group().startswith("/") or match.group() == "100")


def _plain_numbers(text: str, lang: str, taken: list[tuple[int, int]], strict: bool) -> Iterator[Mention]:
    yield from _fractions(text, taken)
    patterns = (([_COLON_CHAIN] if ":" in text else []) + ([_SPACED_NUMBER] if _words_of(lang).spaced_groups else [])
                + [_NUMBER])
    for pattern in patterns:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            code = _code(text, m)
            if code:
                yield code
                continue
            taken.append(m.span())
            if pattern is _COLON_CHAIN:
                yield Mention(m.start(), m.end(), m.group(), frozenset({m.group(), *clock_chain(m.group())}))
                continue
            values = readings(m.group(), decimal_mark(lang) if strict else None)
            if not values:
                continue  # a version number or a code, not a quantity
            factor, end = _scaled(text, m.end())
            scaled = {round(v * factor, 6) for v in values} if factor else set()
            scaled, end = _with_remainder(text, end, factor, scaled)
            keys = values | scaled | _decade(values) | (set() if factor else dotted_clock(m.group()))
            weak = bool(_CODE.fullmatch(m.group())) or _idiom(text, m)
            yield Mention(m.start(), end, text[m.start():end], frozenset(keys), weak=weak,
                          magnitude=factor, scaled=frozenset(scaled))


def _with_remainder(text: str, end: int, factor: float | None, scaled: set[float]) -> tuple[set[float], int]:
    """A Chinese or Japanese magnitude followed by the amount below it (6万5000 is 65,000; 4億5000万 is 450 million).

    Returns the values with that amount added and where it ends.
    """
    tail = _remainder().match(text, end) if factor and _unspaced(text[end - 1]) else None
    if tail is None:
        return scaled, end
    below, tail_end = _scaled(text, tail.end())
    amount = int(tail.group().replace(",", "")) * (below or 1)
    if amount >= factor:
        return scaled, end
    return {round(v + amount, 6) for v in scaled}, tail_end


def _decade(values: set[float]) -> set[float]:
    """A year also stands for its two last digits: the 90s are the 1990s, '49 is 1849."""
    return {v % 100 for v in values if 1800 <= v < 2100 and v == int(v)}


def _at_sentence_start(text: str, start: int) -> bool:
    """Whether the three characters before ``start`` end a sentence (not a German ordinal's full stop)."""
    return opens_sentence(text[max(0, start - 3):start], ".!?:;", "\"“”„«»(–—", ordinals=True)


_LETTER_WORD = re.compile(r"\b[^\W\d_]+\b")


def _words(text: str, lang: str) -> list[Mention]:
    """Number words and month names (both weak); a tens word joined to a unit word is one number
    ("thirty-six", "thirty six"), and a magnitude word multiplies it (five thousand)."""
    known = _words_of(lang)
    numbers, months = known.numbers, known.months
    found: list[Mention] = []
    words = set(_LETTER_WORD.findall(text))
    if months.keys().isdisjoint(words) and numbers.keys().isdisjoint(map(str.lower, words)):
        return found  # no number word or month name at all (most sentences): not worth a look at each word
    wanted = {w for w in words if w.lower() in numbers or w in months}  # the others are passed over below
    for m in _LETTER_WORD.finditer(text):
        word, start = m.group(), m.start()
        if word not in wanted:
            continue
        if word.lower() in numbers and (word.islower() or _at_sentence_start(text, start)
                                        or text[m.end():m.end() + 1] == "-"):
            value = numbers[word.lower()]
            last = found[-1] if found else None
            if last and _tens_then_unit(last, value) and text[last.end:start] in (" ", "-"):
                found[-1] = Mention(last.start, m.end(), text[last.start:m.end()],
                                    frozenset({v + value for v in last.keys if isinstance(v, float)}), weak=True)
                continue
            factor, end = _scaled(text, m.end())  # five thousand, drei Millionen
            found.append(Mention(start, end, text[start:end], frozenset({value * (factor or 1)}), weak=True))
        elif word in months and (known.lower_months or not _at_sentence_start(text, start)):
            found.append(Mention(start, m.end(), word, frozenset({f"m{months[word]}"}), kind="month", weak=True))
    return found


def _tens_then_unit(tens: Mention, unit: float) -> bool:
    """Whether a number word of 20 to 90 in tens and a word of 1 to 9 make one number."""
    return tens.kind == "number" and 1 <= unit <= 9 and all(
        isinstance(v, float) and 20 <= v <= 90 and v % 10 == 0 for v in tens.keys)


# Chinese and Japanese write numbers between letters (共有12500人, 7月17日): there a letter is
# a word boundary, except a magnitude word, which belongs to the number before it.
_UNSPACED_LANGUAGES = Languages("orthography.unspaced")
_MAGNITUDE_LETTERS = frozenset(w for w in _MAGNITUDES if len(w) == 1 and _unspaced(w)) | _APPROXIMATE


def _as_space(letter: re.Match[str]) -> str:
    return letter.group() if letter.group() in _MAGNITUDE_LETTERS else "\u3000"


def _centuries(mention: Mention, text: str, lang: str) -> Mention:
    """An ordinal before a century word names that century's years (19th century, 19. Jahrhundert,
    19 世纪: 1800 to 1899), so a year or decade in it (the 1880s) is the same time."""
    values = [k for k in mention.keys if isinstance(k, float) and k == int(k) and 1 <= k <= 21]
    if not values or not century_follows(text, mention.end, lang):
        return mention
    return mention._replace(keys=mention.keys | {y for v in values for y in century_years(int(v))})


def _other_numerals(text: str, lang: str, taken: list[tuple[int, int]]) -> Iterator[Mention]:
    """Numbers in the script's own numerals (十四) and centuries in Roman ones (XIIIe siècle), both weak."""
    for start, end, value in native_numbers(text, lang):
        if not any(s < end and start < e for s, e in taken):
            yield Mention(start, end, text[start:end], frozenset({value}), weak=True)
    for start, end, value in roman_centuries(text, lang):
        yield Mention(start, end, text[start:end], frozenset({value, *century_years(int(value))}), weak=True)


def _phrases(text: str, lang: str) -> Iterator[Mention]:
    """Set phrases that stand for a number (rund um die Uhr: 24 hours), weak."""
    for phrase, value in _words_of(lang).phrases:
        for m in phrase.finditer(text):
            yield Mention(m.start(), m.end(), m.group(), frozenset({value}), weak=True)


def mentions(text: str, lang: str, offset: int = 0, strict: bool = False) -> list[Mention]:
    """Every number, time, date part and month of ``text``, offsets shifted by ``offset``.

    ``strict`` reads numbers in ``lang``'s own convention only (1.500 is 1500
    in German): right for a source written by its own writers, whereas a
    machine translation may keep the source's format, so the target keeps
    both readings.
    """
    original = text
    if _FULLWIDTH_MARKS.search(text):
        text = _lone_fullwidth_mark().sub("\u3001", text).translate(_FULLWIDTH)
    figures = _DIGIT.search(text) is not None  # the patterns of figures, times and dates all read digits
    marked = list(marked_dates(text, lang)) if figures else []
    lettered = text
    known = _words_of(lang)
    if known.unspaced:
        text = _listing_comma().sub("\u3001", _unspaced_letters().sub(_as_space, text))
    # Each reader below runs only where what it reads may stand: most sentences have no figure, number
    # word, set phrase or numeral, and skip them all.
    spelled, phrased, numerals = known.may_spell(text), known.may_phrase(text), may_hold_numerals(lettered, lang)
    if not (figures or spelled or phrased or numerals):
        return []
    found: list[Mention] = []
    taken = list(protected_ranges(text))
    if figures:
        for mention in marked + list(clocks(text)) + list(dates(text)):
            if not any(s < mention.end and mention.start < e for s, e in taken):
                found.append(mention)
        taken.extend((m.start, m.end) for m in found)
        found.extend(_centuries(m, lettered, lang) for m in _plain_numbers(text, lang, taken, strict))
    if spelled:
        found.extend(_words(text, lang))
    if numerals:
        found.extend(_other_numerals(lettered, lang, taken))
    if phrased:
        found.extend(_phrases(text, lang))
    return sorted(
        (Mention(m.start + offset, m.end + offset, original[m.start:m.end], m.keys, m.kind, m.weak,
                 m.magnitude, m.scaled) for m in found),
        key=lambda m: m.start,
    )
