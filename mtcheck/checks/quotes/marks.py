"""Quotation marks: which marks open or close a quotation, which are apostrophes, and the quotations they form.

A mark's role comes first from its surroundings (space before and a word
after opens; a word before and space or punctuation after closes), then from
the language's conventions: ``“`` opens in English but closes in German.
Single marks that sit inside or before a word (Putin's, rock ’n’ roll, ’90s)
are apostrophes and never count.  Quotations may run over several
paragraphs, with the opening mark repeated at each paragraph start and no
closing mark before the last one, or with no mark at all until the closing
one a few paragraphs on.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from enum import Enum
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import NamedTuple, Sequence

from mtcheck.lang.packs import DOUBLE_QUOTES, QUOTE_CHARS, Languages, pack, words_by_language
from mtcheck.text.scripts import CJK, KATAKANA, is_cjk

DOUBLE = "double"
SINGLE = "single"
_LEVEL = {c: (DOUBLE if c in DOUBLE_QUOTES else SINGLE) for c in QUOTE_CHARS}
_MARK = re.compile(f"[{re.escape(QUOTE_CHARS)}]")
# Guillemets and the other marks nest inside each other at the same level: « … “ … ” … », „ … » … « … “.
_GUILLEMETS = "«»‹›"
# Languages where “ and ‘ close (after „ and ‚) and where »…« / ›…‹ run inwards.
_LOW_OPENING = Languages("quotes.low_opening")
_INWARD_GUILLEMETS = Languages("quotes.inward_guillemets")
# Corner brackets (「…」, 『…』) show by their shape alone whether they open or close, wherever they stand:
# between two letters, where a single mark would be an apostrophe, too.
_BRACKETED = {mark: role for pair in pack("mul").items("quotes.brackets")
              for mark, role in zip(pair, ("open", "close"))}
# Marks of one shape for opening and closing (" ' and their full-width forms).
_STRAIGHT = pack("mul").text("quotes.straight") or ""
_OPENS_BEFORE = set("([{<—–-/") | set(QUOTE_CHARS)
_CLOSES_BEFORE = set(".,;:!?)]}>…—–-/") | set(QUOTE_CHARS)
# Chinese and Japanese punctuation, set without spaces on either side of a mark ("：“…”，他说"):
# beside it, the mark's own shape decides (“ opens, ” closes in Chinese).
_FULL_WIDTH = set("，。、；：！？（）【】《》〈〉")
# How many paragraphs a quotation left open may run on before a closing mark ends it.
_RUN_ON = 6
_APOSTROPHE_N = re.compile(r"(?<!\w)['’‘]n['’](?!\w)")

# Pairs each language's typography uses; a pair outside its list is foreign or mismatched.
CONVENTIONS = words_by_language("quotes.pairs")


def level(char: str) -> str:
    """DOUBLE or SINGLE for a quotation mark."""
    return _LEVEL[char]


class Role(str, Enum):
    """What a quotation mark does where it stands."""

    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"  # straight marks with no telling context: decided by what is open


# A named tuple, not a frozen dataclass: defined in a seventh of the time at start (0.06 ms, not 0.4).
class Mark(NamedTuple):
    """One quotation mark (apostrophes excluded)."""

    offset: int
    char: str
    role: Role
    possessive: bool = False  # a single mark after a plural's s ("Students‘ Organisation")

    @property
    def level(self) -> str:
        """DOUBLE or SINGLE."""
        return level(self.char)

    @property
    def guillemet(self) -> bool:
        """Whether the mark is a guillemet, which nests inside or around the other kind of the same level."""
        return self.char in _GUILLEMETS

    @property
    def certain(self) -> bool:
        """Typographic marks are certain; straight and ’ marks may be apostrophes or inch signs, and
        a single mark after a plural's s may be its possessive apostrophe."""
        return not (self.level == SINGLE and (self.char in _STRAIGHT or self.char == "’")) and not self.possessive


class Quote(NamedTuple):
    """A quotation within one paragraph: opening mark to closing mark (or to where it was cut)."""

    start: int
    end: int
    opener: str
    closer: str  # "" when the quotation is never closed

    @property
    def pair(self) -> str:
        """Opening and closing mark, e.g. ``„“``."""
        return self.opener + self.closer


class Problem(NamedTuple):
    """A mark that breaks the quotation structure.

    ``kind`` is ``reopened`` (a second opening mark while a quotation of the
    same level is open), ``unclosed`` (a quotation still open at the end of
    its paragraph) or ``stray-close`` (a closing mark with nothing open).
    """

    kind: str
    offset: int
    char: str
    opened_at: int | None = None


class QuoteAnalysis:
    """Every quotation and structural problem of a text.

    (A plain class, not a named tuple: its indexes are made when first asked for.)
    """

    def __init__(self, quotes: tuple[Quote, ...], problems: tuple[Problem, ...]) -> None:
        self.quotes = quotes
        self.problems = problems

    @cached_property
    def _problem_index(self) -> tuple[list[int], list[int]]:
        """Problem indices by offset, and their offsets."""
        order = sorted(range(len(self.problems)), key=lambda k: self.problems[k].offset)
        return order, [self.problems[k].offset for k in order]

    @cached_property
    def _quote_index(self) -> tuple[list[int], list[int], list[int]]:
        """Quotation indices by start, their starts, and the furthest end of each and those before it."""
        order = sorted(range(len(self.quotes)), key=lambda k: self.quotes[k].start)
        reach = list(accumulate((self.quotes[k].end for k in order), max))
        return order, [self.quotes[k].start for k in order], reach

    def problems_in(self, start: int, end: int) -> list[Problem]:
        """Problems whose mark lies in ``[start, end)``, in their order (found by bisection)."""
        order, offsets = self._problem_index
        found = order[bisect_left(offsets, start):bisect_left(offsets, end)]
        return [self.problems[k] for k in sorted(found)]

    def starting_at(self, offset: int) -> list[Quote]:
        """Quotations that open at ``offset``, in their order (found by bisection)."""
        order, starts, _ = self._quote_index
        found = order[bisect_left(starts, offset):bisect_right(starts, offset)]
        return [self.quotes[k] for k in sorted(found)]

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        """Quotations overlapping ``[start, end)``, in their order (found by bisection)."""
        order, starts, reach = self._quote_index
        found = []
        for pos in range(bisect_left(starts, end) - 1, -1, -1):
            if reach[pos] <= start:
                break  # no quotation starting this early ends after ``start``
            if start < self.quotes[order[pos]].end:
                found.append(order[pos])
        return [self.quotes[k] for k in sorted(found)]


def _role(text: str, i: int, lang: str) -> Role | None:
    """The role of the mark at ``text[i]``, or None for an apostrophe."""
    char = text[i]
    if char in _BRACKETED:
        return Role(_BRACKETED[char])
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _LEVEL[char] == SINGLE and _is_apostrophe(text, i, before, after):
        return None
    if before in _FULL_WIDTH or after in _FULL_WIDTH:
        return _default_role(char, lang)
    opens = before.isspace() or before in _OPENS_BEFORE
    closes = after.isspace() or after in _CLOSES_BEFORE
    if opens and not closes:
        return None if char == "’" else Role.OPEN  # ’em, ’tis: elisions, not quotes
    if closes and not opens:
        return Role.CLOSE
    return _default_role(char, lang)


def _is_apostrophe(text: str, i: int, before: str, after: str) -> bool:
    if is_cjk(before) or is_cjk(after):
        return False  # no apostrophe joins Chinese or Japanese characters: “他说‘好’”
    if before.isalnum() and after.isalnum():
        return True
    if after.isdigit():
        return True
    window = text[max(0, i - 2):i + 3]
    return bool(_APOSTROPHE_N.search(window))


def _default_role(char: str, lang: str) -> Role:
    if char in _STRAIGHT:
        return Role.EITHER
    if char in "“‘":
        return Role.CLOSE if lang in _LOW_OPENING else Role.OPEN
    if char in "«‹":
        return Role.CLOSE if lang in _INWARD_GUILLEMETS else Role.OPEN
    if char in "»›":
        return Role.OPEN if lang in _INWARD_GUILLEMETS else Role.CLOSE
    return Role.OPEN if char in "„‚" else Role.CLOSE


def find_marks(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """Quotation marks in ``text[start:end]`` with their roles, apostrophes left out."""
    end = len(text) if end is None else end
    marks = []
    for found in _MARK.finditer(text, start, end):  # the regular expression skips the text between marks
        i = found.start()
        role = _role(text, i, lang)
        if role is not None:
            possessive = _LEVEL[text[i]] == SINGLE and i > 0 and text[i - 1] in "sS"
            marks.append(Mark(i, text[i], role, possessive))
    return marks


class _Parser:
    """Pairs marks paragraph by paragraph, recording quotations and problems."""

    def __init__(self) -> None:
        self.quotes: list[Quote] = []
        self.problems: list[Problem] = []
        self.open: list[Mark] = []

    def _top_index(self, level: str) -> int | None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index].level == level:
                return index
        return None

    def feed(self, mark: Mark) -> None:
        top = self._top_index(mark.level)
        role = mark.role
        if role is Role.EITHER:
            role = Role.CLOSE if top is not None and self.open[top].char == mark.char else Role.OPEN
        if role is Role.CLOSE:
            self._close(mark, top)
        elif top is not None and top == len(self.open) - 1 and self.open[top].guillemet == mark.guillemet:
            opener = self.open.pop()
            if opener.certain and mark.certain:
                self.problems.append(Problem("reopened", mark.offset, mark.char, opener.offset))
            self.quotes.append(Quote(opener.offset, mark.offset, opener.char, ""))
            self.open.append(mark)
        else:
            self.open.append(mark)

    def _close(self, mark: Mark, top: int | None) -> None:
        if top is None:
            if mark.certain:
                self.problems.append(Problem("stray-close", mark.offset, mark.char))
            return
        for inner in self.open[top + 1:]:
            self._unclosed(inner, mark.offset)
        opener = self.open[top]
        del self.open[top:]
        self.quotes.append(Quote(opener.offset, mark.offset + 1, opener.char, mark.char))

    def _unclosed(self, opener: Mark, end: int) -> None:
        if opener.certain:
            self.problems.append(Problem("unclosed", opener.offset, opener.char, opener.offset))
        self.quotes.append(Quote(opener.offset, end, opener.char, ""))

    def end_paragraph(self, end: int, following: Sequence[Sequence[Mark]], next_start: int | None) -> bool:
        """Close a paragraph; True when the next one opens by repeating the open quotation's mark.

        A quotation left open may go on in the following paragraphs, either
        with its opening mark repeated at the next paragraph's start (English
        and German convention) or closed by the first mark of its kind in one
        of the next few paragraphs (the opening mark not repeated).
        """
        first = following[0][0] if following and following[0] else None
        repeated = (len(self.open) == 1 and first is not None and first.level == self.open[0].level
                    and first.offset == next_start and first.role is not Role.CLOSE)
        if repeated or (self.open and all(_closed_later(opener, following) for opener in self.open)):
            self.quotes.extend(Quote(opener.offset, end, opener.char, "") for opener in self.open)
            if repeated:
                self.open = []
            return repeated
        for opener in self.open:
            self._unclosed(opener, end)
        self.open = []
        return False


def _closed_later(opener: Mark, following: Sequence[Sequence[Mark]]) -> bool:
    """Whether the first mark of ``opener``'s level in the ``following`` paragraphs closes a quotation
    (a straight mark with no telling context closes one opened with the same mark)."""
    later = next((m for marks in following for m in marks if m.level == opener.level), None)
    return later is not None and (later.role is Role.CLOSE
                                  or (later.role is Role.EITHER and later.char == opener.char))


def analyse(text: str, lang: str, paragraphs: Sequence[tuple[int, int]]) -> QuoteAnalysis:
    """Quotations and problems of a text split into paragraphs ``(start, end)``."""
    parser = _Parser()
    marks = [find_marks(text, lang, start, end) for start, end in paragraphs]
    repeated = False
    for index, (start, end) in enumerate(paragraphs):
        para_marks = marks[index]
        if repeated:  # the repeated opening mark of a continued quotation
            parser.open.append(para_marks[0])
            para_marks = para_marks[1:]
        for mark in para_marks:
            parser.feed(mark)
        has_next = index + 1 < len(paragraphs)
        repeated = parser.end_paragraph(
            end, marks[index + 1:index + 1 + _RUN_ON], paragraphs[index + 1][0] if has_next else None)
    resumed = {p: _handed_back(text, parser.quotes, p) for p in parser.problems}
    quotes = parser.quotes + [quote for quote in resumed.values() if quote is not None]
    problems = tuple(p for p in parser.problems if resumed[p] is None)
    return QuoteAnalysis(tuple(sorted(quotes, key=lambda q: q.start)), problems)


@lru_cache(maxsize=1)
def _hand_back() -> re.Pattern[str]:
    """After a quotation's closing mark, an attribution set off by dashes that hands the word back to the
    speaker: «…», – said he. – … » (Russian, Ukrainian), in the same paragraph or the next one.  Compiled
    on first use: only a closing mark with nothing open reads it."""
    return re.compile(r"\W{0,3}?[–—]\s[^–—«»“”„\"\n]{1,80}?[–—](?:\s|$)")


def _handed_back(text: str, quotes: Sequence[Quote], problem: Problem) -> Quote | None:
    """The quotation resumed after a dash-set attribution that a closing mark with nothing open ends.

    «Everyone», – he said. – «And…» may drop the second opening mark: the
    dashes hand the word back to the speaker, so the closing mark ends the
    resumed quotation, which starts after the second dash.  The quotation
    before must close with the same mark, at most one paragraph break before.
    """
    if problem.kind != "stray-close":
        return None
    before = max((q for q in quotes if q.closer == problem.char and q.end <= problem.offset),
                 key=lambda q: q.end, default=None)
    if before is None:
        return None
    between = text[before.end:problem.offset]
    dashes = _hand_back().match(between)
    if between.count("\n\n") > 1 or dashes is None:
        return None
    return Quote(before.end + dashes.end(), problem.offset + 1, before.opener, problem.char)


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@lru_cache(maxsize=1)
def _unspaced_word() -> re.Pattern[str]:
    """A word where Chinese or Japanese may stand: they run their words together, so two characters count as
    one word (about a word's length, as the reference yardstick counts them) and a run of katakana as one
    loanword, and their quotations' lengths compare with those of a spaced translation.  Compiled on first
    use: its character ranges take milliseconds, and a text in other scripts reads :data:`_WORD`."""
    return re.compile(rf"[{KATAKANA}]+|(?:(?![\W{KATAKANA}])[{CJK}]){{1,2}}|[^\W{CJK}]+(?:[-'’][^\W{CJK}]+)*")


def _word_pattern(text: str, start: int, end: int) -> re.Pattern[str]:
    """The word pattern for ``text[start:end]``: the plain one unless a character reaches the CJK blocks."""
    return _unspaced_word() if start < end and max(text[start:end]) >= CJK[0] else _WORD


def words_in(text: str, start: int, end: int) -> int:
    """How many words ``text[start:end]`` holds (two Chinese or Japanese characters a word)."""
    return len(_word_pattern(text, start, end).findall(text, start, end))


def quoted_share(text: str, analysis: QuoteAnalysis, start: int, end: int) -> tuple[int, int]:
    """Words in ``[start, end)`` and how many of them lie inside a quotation."""
    quotes = analysis.quotes_in(start, end)
    if not quotes:  # most sentences quote nothing: the words are only counted
        return words_in(text, start, end), 0
    words = [m.start() for m in _word_pattern(text, start, end).finditer(text, start, end)]
    # The words strictly inside each stretch the quotations cover, found by bisection in the words' starts.
    inside = sum(bisect_left(words, last) - bisect_right(words, first) for first, last in _covered(quotes))
    return len(words), inside


def _covered(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """The open intervals ``(start, end)`` of overlapping quotations merged (nested ones in the outer;
    empty ones left out)."""
    merged: list[tuple[int, int]] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.end <= quote.start:
            continue
        if merged and quote.start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], quote.end))
        else:
            merged.append((quote.start, quote.end))
    return merged
