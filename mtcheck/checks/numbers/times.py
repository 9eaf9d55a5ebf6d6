"""Times and dates in a text: clock times in 12- and 24-hour notation, numeric dates, dates with marks.

``14.30 Uhr``, ``2.30 pm`` and ``14:30`` share the key ``t14:30``; a date gives three mentions (day, month,
year), the month as ``m3``, so ``17.03.2024`` and ``2024-03-17`` agree part by part.
"""

from __future__ import annotations

import re
from typing import Iterator

from mtcheck.checks.numbers.mention import Key, Mention
from mtcheck.lang.packs import ByLanguage, alternation, union

_DATE = re.compile(r"(?<![\w.,:/])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)")
_ISO_DATE = re.compile(r"(?<![\w.,:/])(\d{4})-(\d{2})-(\d{2})(?!\d)")
# 03/14/2024 (American) or 14/03/2024: which part is the month is read from the values.
_SLASH_DATE = re.compile(r"(?<![\w.,:/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
_CLOCK_24 = (
    re.compile(rf"(?<![\w.,:/])(\d{{1,2}})(?:[.:](\d{{2}}))?\s?(?:{alternation(union('times.clock_words'))})\b",
               re.IGNORECASE),
    re.compile(r"(?<![\w.,:/])(\d{1,2})\s?h(?:\s?(\d{2}))?\b"),
)
_CLOCK_12 = re.compile(r"(?<![\w.,:/])(\d{1,2})(?:[.:](\d{2}))?\s?([ap])\.?\s?m\b\.?", re.IGNORECASE)


def _clock_keys(hour: int, minute: int, *hours: int) -> frozenset[Key]:
    """A time compares by its 24-hour reading; a full hour also by its bare number(s)."""
    keys: set[Key] = {f"t{hour % 24}:{minute:02d}"}
    if minute == 0:
        keys.update(float(h) for h in (hour, *hours))
    return frozenset(keys)


def clocks(text: str) -> Iterator[Mention]:
    for m in (m for pattern in _CLOCK_24 for m in pattern.finditer(text)):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour <= 24 and minute < 60:
            yield Mention(m.start(), m.end(), m.group(), _clock_keys(hour, minute))
    for m in _CLOCK_12.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if 1 <= hour <= 12 and minute < 60:
            hour24 = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
            yield Mention(m.start(), m.end(), m.group(), _clock_keys(hour24, minute, hour))


def _date(span: tuple[int, int], text: str, days: set[int], months: set[int], year: int) -> Iterator[Mention]:
    """A date as three mentions: day, month and year."""
    yield Mention(*span, text, frozenset(float(d) for d in days))
    yield Mention(*span, text, frozenset(f"m{m}" for m in months), kind="month")
    yield Mention(*span, text, frozenset({float(year), float(year % 100)}))


def dates(text: str) -> Iterator[Mention]:
    # Each pattern is looked for only where its mark stands: it opens with a look-behind, so a scan
    # tries every position, and most sentences with digits have no date.
    for pattern, order, mark in ((_DATE, (0, 1, 2), "."), (_ISO_DATE, (2, 1, 0), "-")):
        for m in pattern.finditer(text) if mark in text else ():
            day, month, year = (int(m.group(i + 1)) for i in order)
            if 1 <= month <= 12:
                yield from _date(m.span(), m.group(), {day}, {month}, year)
    for m in _SLASH_DATE.finditer(text) if "/" in text else ():
        first, second, year = (int(g) for g in m.groups())
        months = {v for v in (first, second) if 1 <= v <= 12}
        if months:
            yield from _date(m.span(), m.group(), {first, second}, months, year)


_DATE_MARKS = ByLanguage("dates.numeric_marks", lambda p: p.text("dates.numeric_marks"))


def marked_dates(text: str, lang: str) -> Iterator[Mention]:
    """Dates written with marks after their parts (2021年12月11日, 12月11日): a month and a day, and a year."""
    marks = _DATE_MARKS.get(lang)
    if not marks:
        return
    year, month, day = (re.escape(m) for m in marks)
    for m in re.finditer(rf"(?:(\d{{4}})\s?{year}\s?)?(\d{{1,2}})\s?{month}(?:\s?(\d{{1,2}})\s?{day})?", text):
        if 1 <= int(m.group(2)) <= 12:
            yield Mention(m.start(), m.end(), m.group(), frozenset({f"m{int(m.group(2))}"}), kind="month")
            if m.group(3):
                yield Mention(m.start(), m.end(), m.group(), frozenset({float(m.group(3))}))
            if m.group(1):
                yield Mention(m.start(), m.end(), m.group(), frozenset({float(m.group(1)), float(int(m.group(1)) % 100)}))


def _afternoon(hour: int, minute: int) -> set[Key]:
    """A time written without am/pm and an hour up to 12 may be in the afternoon (5:30 for 17:30)."""
    return {f"t{hour + 12}:{minute:02d}"} if 1 <= hour < 12 else set()


def clock_chain(chain: str) -> set[Key]:
    """A time (14:30, two-digit minutes) compares by its reading; a score or ratio (4:2, 1:1) by its parts."""
    texts = chain.split(":")
    parts = [int(p) for p in texts]
    if len(parts) == 2 and len(texts[1]) == 2 and parts[0] < 24 and parts[1] < 60:
        return ({f"t{parts[0]}:{parts[1]:02d}"} | _afternoon(parts[0], parts[1])
                | ({float(parts[0])} if parts[1] == 0 else set()))
    return {float(p) for p in parts}


_DOTTED_CLOCK = re.compile(r"(\d{1,2})[.,](\d{2})")


def dotted_clock(token: str) -> set[Key]:
    """Many languages write a time with a full stop or comma (16.30, 17,30): such a token may be a time too."""
    m = _DOTTED_CLOCK.fullmatch(token)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return set()
    hour, minute = int(m.group(1)), int(m.group(2))
    return {f"t{hour}:{minute:02d}"} | _afternoon(hour, minute)
