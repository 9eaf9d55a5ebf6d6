"""Word links inside one aligned sentence pair: evidence that holds for every language pair.

The sentence aligner says which source sentence a target sentence
translates; :mod:`mtcheck.align.counterpart` needs to know which source
word a target word translates.  This module links the words of one pair
with no dictionary of its own, only evidence that generalises:

* the same number: digits read alike whatever the group or decimal mark
  (``1.500`` = ``1,500`` = ``1 500``, ``3,5`` = ``3.5``; the number
  checks' own reader decides values, which word links do not need), and
  the language packs' number words (``zwölf`` = ``12`` = ``twelve``);
* the same word (accents folded: président/president), unless it is a
  short frequent word of both languages (up to :data:`SHORT` letters and
  a Zipf frequency of at least :data:`FREQUENT` in both, from
  :mod:`mtcheck.lang.lexicon`: ``die``, ``also``, ``war`` may be false
  friends), or the same capitalised word inside both sentences (a name,
  ``X``, whatever its frequency);
* names and cognates spelled alike once accents, doubled letters and the
  packs' transliteration rules are folded
  (:func:`mtcheck.lang.entities.skeleton`: Gladkow/Gladkov,
  Präsident/president), by a rapidfuzz ratio of at least :data:`FUZZY`;
* a long shared start or end (compounds, inflections, glued words:
  Knieproblemen/problems, Videowhich/Video): :data:`EDGE` letters, or
  :data:`MIN_FUZZY` letters that make :data:`EDGE_SHARE` of the shorter word.

Scripts written without spaces (Chinese, Japanese, Thai) are read one
character at a time, so a number or a Latin name inside them is a unit
of its own.  Links are one-to-one, taken best first (competitive
linking), relative position breaking ties (the diagonal prior).  A target
word is compared with every source word for equal keys (a dictionary
lookup) and, by spelling, with the :data:`WINDOW` source words nearest its
relative position, so the work grows linearly with the sentence.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from mtcheck.lang.entities import skeleton
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import pack
from mtcheck.text.scripts import CJK, THAI, char_ranges, in_ranges

LINK = 0.8  # least lexical score of a link
FUZZY = 0.85  # least rapidfuzz ratio (0..1) of two spellings of one name or cognate
FREQUENT = 5.0  # Zipf frequency from which an identical short word may be a false friend (once per 100,000 words)
SHORT = 4  # letters of the short words that may be false friends (die, also, war): function words are short
MIN_FUZZY = 5  # letters a shared start or end needs (a skeleton one less for a ratio: presse -> prese)
EDGE = 7  # a shared start or end this long links two words whatever their lengths
EDGE_SHARE = 0.8  # ... or this share of the shorter word, from MIN_FUZZY letters up
WINDOW = 40  # source words around the diagonal a target word is compared with by spelling
_PRIOR = 0.1  # weight of the diagonal prior: a tie-break between links of equal evidence
_SAME = 1.0
_WEAK = 0.5  # an identical short frequent word: below LINK, never a link on its own
# Letters in order (a longest common subsequence) two spellable keys share wherever _spelling links them: a
# ratio of FUZZY between keys of MIN_FUZZY - 1 letters or more shares FUZZY of their mean length, and a
# shared start or end has MIN_FUZZY letters.
_LEAST_SHARED = min(math.ceil(FUZZY * (MIN_FUZZY - 1)), MIN_FUZZY)

# Scripts written without spaces between words: each character is a unit of its own.
_UNSPACED = THAI + CJK
_UNSPACED_RANGES = char_ranges(_UNSPACED)
_NUMBER = r"(?P<number>\d+(?:[.,:/'’]\d+|[\u00a0\u202f\u2009 ]\d{3}(?!\d))*)"


@lru_cache(maxsize=None)
def _units_pattern(unspaced: bool) -> re.Pattern[str]:
    """Numbers, words and (``unspaced``) characters of the unspaced scripts, which end a word.

    Without ``unspaced`` the pattern reads a text with no such character
    alike and compiles in 0.2 ms instead of 1.6 ms (the scripts' ranges):
    most texts have none.
    """
    if not unspaced:
        return re.compile(rf"{_NUMBER}|(?P<word>[^\W\d_]+)")
    return re.compile(rf"{_NUMBER}|(?P<char>[{_UNSPACED}])|(?P<word>(?:(?![{_UNSPACED}])[^\W\d_])+)")


def _holds_unspaced(text: str) -> bool:
    """Whether ``text`` holds a character of the unspaced scripts (compared by code point)."""
    return any(in_ranges(c, _UNSPACED_RANGES) for c in set(text) if c >= _UNSPACED_RANGES[0][0])  # ranges ascend


class Unit(NamedTuple):
    """A word, number or unspaced character of one side: offsets into the document and comparison key."""

    text: str
    start: int
    end: int
    key: str  # a number's digits (``_digits``), else the word's skeleton
    is_number: bool


class Link(NamedTuple):
    """Target unit ``target`` translates source unit ``source`` with lexical evidence ``score``."""

    target: int
    source: int
    score: float


def units(text: str, start: int, end: int, lang: str) -> list[Unit]:
    """The alignment units of ``text[start:end]``: numbers whole (``1.500``), words, unspaced characters.

    Hyphens and apostrophes separate words (``MRB-Sprecherin``: MRB,
    Sprecherin; ``l'Élysée``: l, Élysée), so each part of a compound and an
    elided article's noun can find its own counterpart.
    """
    words = _number_words(lang)
    out = []
    pattern = _units_pattern(_holds_unspaced(text[start:end]))
    for match in pattern.finditer(text, start, end):
        token = match.group()
        begin, finish = match.span()
        if match.lastgroup == "number":
            out.append(Unit(token, begin, finish, _digits(token), True))
        elif (value := words.get(token.lower())) is not None:
            out.append(Unit(token, begin, finish, value, True))
        else:
            out.append(Unit(token, begin, finish, skeleton(token), False))
    return out


def _digits(number: str) -> str:
    """A number's digits without marks or leading zeros: ``1.500``, ``1,500`` and ``1 500`` read alike."""
    return "".join(str(int(c)) for c in number if c.isdecimal()).lstrip("0") or "0"


@lru_cache(maxsize=64)
def _number_words(lang: str) -> dict[str, str]:
    """The pack's number words keyed as :func:`_digits` keys a written number (``zwölf`` -> ``12``)."""
    return {word.lower(): _digits(f"{value:g}") for word, value in pack(lang).numbers("numbers.words").items()}


def score(source: Unit, target: Unit, source_lang: str, target_lang: str, named: bool = False) -> float:
    """Lexical evidence (0..1) that two units translate each other; a link needs :data:`LINK`.

    ``named``: both are capitalised and inside their sentences, so the
    same spelling is a name whatever its frequency.
    """
    if source.is_number or target.is_number:
        return _SAME if source.is_number and target.is_number and source.key == target.key else 0.0
    if source.key == target.key and (source.text.lower() == target.text.lower() or len(source.key) >= 4):
        if named or len(source.text) > SHORT or min(zipf(source.text, source_lang),
                                                    zipf(target.text, target_lang)) < FREQUENT:
            return _SAME
        return _WEAK
    return _spelling(source.key, target.key)


@lru_cache(maxsize=100_000)
def _spelling(a: str, b: str) -> float:
    """Spelling similarity of two keys: a fuzzy ratio, or a shared start or end (0 below the thresholds)."""
    shorter = min(len(a), len(b))
    if shorter < MIN_FUZZY - 1:
        return 0.0
    ratio = fuzz.ratio(a, b) / 100
    if ratio >= FUZZY:
        return ratio
    return FUZZY if _shares_edge(a, b, shorter) else 0.0


def _shares_edge(a: str, b: str, shorter: int) -> bool:
    """Whether a start or end of either word, long enough to link them (:data:`EDGE` letters, or
    :data:`EDGE_SHARE` of the ``shorter`` word's letters from :data:`MIN_FUZZY` up), is found inside the other.

    Where a start or end is found inside the other word, so is each shorter one: only the shortest long
    enough is tried (every length, the longest first, cost a quarter of the spelling comparisons' time).
    """
    size = min(EDGE, max(MIN_FUZZY, math.ceil(EDGE_SHARE * shorter)))
    return size <= shorter and (a[:size] in b or a[-size:] in b or b[:size] in a or b[-size:] in a)


def _named(unit: Unit, index: int) -> bool:
    """A capitalised word that does not open its sentence: a name candidate."""
    return index > 0 and unit.text[:1].isupper()


def links(source: Sequence[Unit], target: Sequence[Unit], source_lang: str, target_lang: str) -> list[Link]:
    """One-to-one links where the evidence reaches :data:`LINK`, in target order (competitive linking).

    Candidate pairs are taken best first (evidence, then the diagonal prior),
    each unit at most once: a word that occurs twice in the translation does
    not link twice to one source word.
    """
    n, m = len(source), len(target)
    by_key: dict[str, list[int]] = {}
    for i, unit in enumerate(source):
        by_key.setdefault(unit.key, []).append(i)
    # Two units with different keys score by spelling alone, and only when neither is a number and both keys
    # are long enough (_spelling): those source units are the only ones compared by spelling.  Skipping the
    # rest (function words, numbers) halves the work of a long pair and changes no score.
    spelled = [i for i, unit in enumerate(source) if _spellable(unit)]
    spelled_keys = [source[i].key for i in spelled]
    candidates = []
    for j, unit in enumerate(target):
        centre = int((j + 0.5) * n / m)
        low, high = max(0, centre - WINDOW // 2), min(n, centre + WINDOW // 2)
        same = _same_key(by_key.get(unit.key, []), low, high)
        found = [(i, score(source[i], unit, source_lang, target_lang,
                           source[i].text == unit.text and _named(source[i], i) and _named(unit, j)))
                 for i in same]
        if _spellable(unit):
            first, last = bisect_left(spelled, low), bisect_left(spelled, high)
            found += [(i, evidence) for k in _may_spell_alike(unit.key, spelled_keys, first, last)
                      if (evidence := _spelling(spelled_keys[k], unit.key)) >= LINK and (i := spelled[k]) not in same]
        for i, evidence in found:
            if evidence >= LINK:
                ranked = evidence + _PRIOR * (1 - abs((i + 0.5) / n - (j + 0.5) / m))
                candidates.append((-ranked, j, i, evidence))
    return competitive_links(candidates)


def competitive_links(candidates: list[tuple[float, int, int, float]]) -> list[Link]:
    """Competitive linking: the best-ranked ``(-rank, target, source, evidence)`` candidates first, each
    word linked at most once, as links in target order."""
    used_source: set[int] = set()
    used_target: set[int] = set()
    out = []
    for _, j, i, evidence in sorted(candidates):
        if i not in used_source and j not in used_target:
            used_source.add(i)
            used_target.add(j)
            out.append(Link(j, i, evidence))
    return sorted(out)


def _may_spell_alike(key: str, keys: list[str], first: int, last: int) -> list[int]:
    """The indices in ``keys[first:last]`` of the keys sharing at least :data:`_LEAST_SHARED` letters in order
    with ``key`` (their longest common subsequence), found by rapidfuzz in one call.

    No other key can reach :data:`LINK` by :func:`_spelling`, and most keys are others (nine in ten on the
    seed): comparing every key in Python was two thirds of the time of linking words.
    """
    return [first + k for _, _, k in process.extract(key, keys[first:last], scorer=LCSseq.similarity,
                                                      processor=None, score_cutoff=_LEAST_SHARED, limit=None)]


def _spellable(unit: Unit) -> bool:
    """Whether a unit may match another key by spelling (:func:`_spelling` needs MIN_FUZZY - 1 letters)."""
    return not unit.is_number and len(unit.key) >= MIN_FUZZY - 1


def _same_key(positions: list[int], low: int, high: int) -> set[int]:
    """The sorted ``positions`` inside ``[low, high)`` and the nearest one on each side.

    A name or number may move anywhere in its sentence, but a word repeated
    hundreds of times in one long pair is compared only near where it
    belongs, which keeps the work linear.
    """
    first, last = bisect_left(positions, low), bisect_left(positions, high)
    return set(positions[max(0, first - 1):last + 1])


def chain(found: Sequence[Link]) -> list[Link]:
    """The longest run of links that keeps word order on both sides (longest increasing subsequence)."""
    tails: list[int] = []  # source index ending the best chain of each length
    ends: list[int] = []  # position in ``found`` of that chain's last link
    previous: list[int] = [-1] * len(found)
    for k, link in enumerate(found):
        length = bisect_left(tails, link.source)
        if length == len(tails):
            tails.append(link.source)
            ends.append(k)
        else:
            tails[length], ends[length] = link.source, k
        previous[k] = ends[length - 1] if length else -1
    out = []
    k = ends[-1] if ends else -1
    while k >= 0:
        out.append(found[k])
        k = previous[k]
    return out[::-1]
