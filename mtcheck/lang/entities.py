"""Names in a source text and their renderings in a translation.

A name is only required in the translation when the translation shows that
it keeps it: the same word (or a transliteration of it, Gladkow/Gladkov,
Jussow/Yusov) appears capitalised somewhere in the target and never in
lower case.  That leaves out German common nouns (Video, Region), exonyms
(Moskau/Moscow) and descriptive names that are translated word by word.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

from rapidfuzz import fuzz, process

from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import QUOTE_CHARS, Languages, pack, union
from mtcheck.lang.tokens import Token, tokenize
from mtcheck.text.scripts import without_marks

_POSSESSIVE = re.compile(r"['’]s?$")
# Spelling conventions of transliterations (German, French, English), from the shared pack.
_TRANSLITERATION = pack("mul").pairs("names.transliteration")
_DOUBLE = re.compile(r"(.)\1+")
# A doubled letter's replacement, its first letter: a function, since re expands a template such as r"\1"
# in Python code at every call (two thirds of the time of a skeleton).
_SINGLE = itemgetter(1)
_MATCH_RATIO = 88
_MIN_FUZZY_LENGTH = 5
# Small words that join the parts of a multiword name, in any language (of, für, de).
CONNECTORS = union("names.connectors")
# Languages that capitalise every noun: a capital there does not make a name.
NOUN_CAPITALISING = Languages("capitalisation.nouns")
_RARE_AT_START = 4.5
_MIN_COPIED = 3
_COPIED_SHARE = 0.6
# Inflection endings a name's stem drops, tried in order (shared pack).
_STEM_SUFFIXES = pack("mul").items("inflection.name_endings")


# Tokens sentence_initial looks back over (quotes and dashes before a word).
_LOOKBACK = 16


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Words and punctuation of a sentence's ``text`` placed at ``offset`` in the document."""
    return tokenize(text, offset=offset)


def sentence_initial(toks: Sequence[Token], index: int) -> bool:
    """True when the token starts a sentence or a quotation.

    Looks back over at most a few quotes and dashes: real text never has
    more in a row, and scanning a long run for every token is quadratic.
    """
    for k in range(index - 1, max(0, index - _LOOKBACK) - 1, -1):  # back over toks[index - _LOOKBACK:index], uncopied
        text = toks[k].text
        if text in QUOTE_CHARS or text in "(–—-":
            continue
        return text in ".!?:"
    return True


@lru_cache(maxsize=20_000)
def skeleton(word: str) -> str:
    """Spelling-neutral form of a name: no accents, possessive or transliteration quirks."""
    word = _POSSESSIVE.sub("", word.lower())
    if not word.isascii():  # an ASCII word has no accent to drop
        word = without_marks(unicodedata.normalize("NFKD", word))
    for old, new in _TRANSLITERATION:
        word = word.replace(old, new)
    return _DOUBLE.sub(_SINGLE, word)


@lru_cache(maxsize=100_000)
def same_name(a: str, b: str) -> bool:
    """Whether two words are spellings of one name (Gladkow/Gladkov, Putins/Putin's, Hollstein/Holstein)."""
    return _same_skeleton(skeleton(a), skeleton(b))


class Skeletons(NamedTuple):
    """Distinct skeletons of many words, indexed to find those spelling a name without comparing with each.

    Plain data (a document's derived values travel between worker processes).
    """

    keys: tuple[str, ...]
    stripped: dict[str, list[str]]  # each key by its form without a final s

    @classmethod
    def of(cls, skeletons: Iterable[str]) -> "Skeletons":
        """The index of ``skeletons`` (of words, :func:`skeleton`)."""
        keys = tuple(dict.fromkeys(skeletons))
        stripped: dict[str, list[str]] = {}
        for key in keys:
            stripped.setdefault(key.rstrip("s"), []).append(key)
        return cls(keys, stripped)

    def spelling(self, word: str) -> set[str]:
        """The keys of the words that spell the same name as ``word`` (:func:`same_name`), by index.

        Equal skeletons up to a final s, then the fuzzy ones the ratio lets through.
        """
        key = skeleton(word)
        candidates = set(self.stripped.get(key.rstrip("s"), ()))
        candidates.update(_alike(key, self.keys))
        return {other for other in candidates if _same_skeleton(key, other)}


def _alike(key: str, keys: Sequence[str]) -> list[str]:
    """The ``keys`` whose ratio with the skeleton ``key`` reaches :data:`_MATCH_RATIO`, by rapidfuzz; none for
    a key too short to spell another name but up to a final s (:func:`_same_skeleton`: a fifth of the words
    asked on the seed, a rapidfuzz call each)."""
    if len(key) < _MIN_FUZZY_LENGTH:
        return []
    return [other for other, _, _ in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=_MATCH_RATIO,
                                                      limit=None)]


def _same_skeleton(ka: str, kb: str) -> bool:
    """:func:`same_name` of two skeletons."""
    if ka == kb or ka.rstrip("s") == kb.rstrip("s"):
        return bool(ka)
    short, long = (ka, kb) if len(ka) <= len(kb) else (kb, ka)  # sorted by length, without sorted()
    # A name plus an ending is another word: Berliner, Ukrainer.
    if len(short) < _MIN_FUZZY_LENGTH or long.startswith(short):
        return False
    # The ratio is at most 200 * len(short) / (len(ka) + len(kb)): lengths too far apart cannot reach it.
    if 200 * len(short) < (_MATCH_RATIO - 0.5) * (len(ka) + len(kb)):
        return False
    return fuzz.ratio(ka, kb) >= _MATCH_RATIO


def derived(name: str, word: str) -> bool:
    """Whether ``word`` is derived from ``name`` (Ukraine/Ukrainian, Berlin/Berliner)."""
    ka, kb = skeleton(name), skeleton(word)
    shared = len(os.path.commonprefix([ka, kb]))
    return shared >= max(_MIN_FUZZY_LENGTH, min(len(ka), len(kb)) - 2)


def word_parts(word: str) -> list[str]:
    """A word and, for hyphenated words, its parts (Tuttlingen-based: Tuttlingen, based)."""
    return [word] + (word.split("-") if "-" in word else [])


def _spellings(word: str, toks: Iterable[Token]) -> Iterator[Token]:
    """Tokens of ``toks`` that spell the same name as ``word`` (any case), or contain it, lazily.

    This runs for every name against every sentence: each text is judged once a name, the texts new to
    the name together (:func:`_spelling`), and then looked up (on the 1M-character bench line, half the
    time of a :func:`same_name` call per token).
    """
    toks = toks if isinstance(toks, (list, tuple)) else list(toks)
    spelled = _memo(word)
    unknown = [text for text in map(_TEXT, toks) if text not in spelled]
    if unknown:
        found = _spelling(word, unknown)
        spelled.update({text: text in found for text in unknown})  # in one update: threads may share a memo
    return (tok for tok in toks if spelled[tok.text])


_TEXT = itemgetter(0)  # a token's text, read in C
# The memo of _spellings: for each name, whether each token text met so far spells it.  At most this
# many names (those met longest ago are dropped) and texts a name (a full memo is replaced, not cleared,
# so that a caller still reading it reads it whole): memory stays flat.
_SPELLED: dict[str, dict[str, bool]] = {}
_SPELLED_NAMES = 512
_SPELLED_TEXTS = 2048


def _memo(word: str) -> dict[str, bool]:
    """``word``'s entry of :data:`_SPELLED`, made (or made afresh, when full), moved to the end."""
    memo = _SPELLED.pop(word, None)
    if memo is None or len(memo) >= _SPELLED_TEXTS:
        memo = {}
        if len(_SPELLED) >= _SPELLED_NAMES:
            _SPELLED.pop(next(iter(_SPELLED)), None)  # the name met longest ago
    _SPELLED[word] = memo
    return memo


def _spelling(word: str, texts: Iterable[str]) -> set[str]:
    """The ``texts`` that are words spelling the same name as ``word``, or holding one between hyphens
    (:func:`same_name` of the text or a part).

    Judged together by :meth:`Skeletons.spelling` (equal skeletons up to a final s, and those the ratio
    lets through, in one rapidfuzz call, are tested in full), not text by text.
    """
    owners: dict[str, list[str]] = {}  # each word's text and hyphen-separated part: the texts it is in
    for text in texts:
        if text[0].isalnum() or text[0] == "_":  # Token.is_word
            for form in word_parts(text) if "-" in text else (text,):
                owners.setdefault(form, []).append(text)
    keys = {form: skeleton(form) for form in owners}
    spelling = Skeletons.of(keys.values()).spelling(word)
    return {text for form, key in keys.items() if key in spelling for text in owners[form]}


def find_word(word: str, toks: Iterable[Token]) -> list[Token]:
    """Tokens of ``toks`` that spell the same name as ``word`` (any case), or contain it."""
    return list(_spellings(word, toks))


def has_word(word: str, toks: Iterable[Token]) -> bool:
    """Whether a token of ``toks`` spells the same name as ``word``: :func:`find_word`, stopping at the first."""
    return next(_spellings(word, toks), None) is not None


class TargetNames:
    """What the whole target says about capitalisation: which words act as names there.

    (A plain class, not a named tuple: its index is made when first asked for.)
    """

    def __init__(self, capitalised: tuple[str, ...], lower: frozenset[str], verbatim: frozenset[str]) -> None:
        self.capitalised = capitalised
        self.lower = lower
        self.verbatim = verbatim

    @classmethod
    def of(cls, target: Sequence[str], source: str, lang: str) -> "TargetNames":
        """Collect capitalised words and lower-case words of the target sentences.

        A capitalised word at a sentence start only counts when it is rare
        as a word of ``lang`` (Reuters, not Video).  Target sentences left in
        the source language do not count: there a German noun is capitalised
        without being a name.
        """
        source_words = {t.text for t in tokens(source) if t.text.islower()}
        capitalised: set[str] = set()
        lower: set[str] = set()
        verbatim: set[str] = set()
        for sentence in target:
            toks = tokens(sentence)
            if _copied(toks, source_words):
                continue
            verbatim.update(t.text for t in toks if is_odd_word(t.text))
            for i, tok in enumerate(toks):
                if not tok.is_word:
                    continue
                initial = None  # whether the word starts a sentence, looked up for a capitalised part only
                for part in word_parts(tok.text) if "-" in tok.text else (tok.text,):  # no list for a plain word
                    if part.islower():
                        lower.add(stem(part))
                    elif part[:1].isupper():
                        if initial is None:
                            initial = sentence_initial(toks, i)
                        if not (initial and common_word(part, lang)):
                            capitalised.add(part)
        return cls(tuple(sorted(capitalised)), frozenset(lower), frozenset(verbatim))

    def keeps(self, word: str) -> bool:
        """True when the target writes ``word`` as a name: capitalised, never in lower case.

        Lower-case names with a hyphen or digit (n-tv, t-online) must appear verbatim.
        """
        if is_odd_word(word):
            return word in self.verbatim
        if len(word) < 2 or not word[0].isalpha():
            return False
        if stem(word) in self.lower:
            return False
        return self._spelled_capitalised(word)

    @cached_property
    def _index(self) -> tuple[frozenset[str], list[str], dict[str, bool]]:
        """Skeletons of the capitalised words (without a final s, and all), and a memo of answers."""
        skeletons = list(dict.fromkeys(skeleton(c) for c in self.capitalised))
        return frozenset(k.rstrip("s") for k in skeletons), skeletons, {}

    def _spelled_capitalised(self, word: str) -> bool:
        """``any(same_name(word, c) for c in self.capitalised)``, by index: exact skeletons, then fuzzy ones."""
        stripped, skeletons, memo = self._index
        if word not in memo:
            key = skeleton(word)
            memo[word] = bool(key) and (key.rstrip("s") in stripped or any(
                _same_skeleton(key, other) for other in _alike(key, skeletons)))
        return memo[word]


def _copied(toks: Sequence[Token], source_words: set[str]) -> bool:
    """A sentence (its tokens) left untranslated: most of its lower-case words occur in the source."""
    lower = [t.text for t in toks if t.text.islower() and t.is_word]
    return len(lower) >= _MIN_COPIED and sum(w in source_words for w in lower) >= _COPIED_SHARE * len(lower)


def common_word(word: str, lang: str) -> bool:
    """Frequent enough in ``lang`` that a capital at a sentence start says nothing (Video, Die)."""
    return zipf(word.lower(), lang) >= _RARE_AT_START


@lru_cache(maxsize=50_000)
def is_odd_word(word: str) -> bool:
    """A lower-case word with a hyphen or digit, the shape of outlet names like n-tv (memoised: words recur)."""
    return word.islower() and any(c == "-" or c.isdigit() for c in word) and any(c.isalpha() for c in word)


def is_name_token(token: Token) -> bool:
    """A capitalised word that could be (part of) a name."""
    return _name_shaped(token.text)


@lru_cache(maxsize=50_000)
def _name_shaped(text: str) -> bool:
    """:func:`is_name_token` of a token's text (memoised: the same words recur in every sentence)."""
    token = Token(text, 0, len(text))
    if not token.is_word or not token.is_capitalised or text.isdigit():
        return False
    return len(text) > 1 or text.isupper()


def runs_of(toks: Sequence[Token], member: Callable[[Token], bool],
            ends_run: Callable[[Token], bool] = lambda tok: False) -> list[list[Token]]:
    """Maximal runs of adjacent tokens satisfying ``member``; ``ends_run`` closes one early."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in toks:
        if member(tok):
            current.append(tok)
            if not ends_run(tok):
                continue
        if current:
            runs.append(current)
        current = []
    return runs + ([current] if current else [])


def capitalised_runs(toks: Sequence[Token]) -> list[list[Token]]:
    """Runs of directly adjacent capitalised words; a possessive ends a run (Musk's X)."""
    return runs_of(toks, is_name_token, lambda tok: bool(_POSSESSIVE.search(tok.text)))


def name_runs(toks: Sequence[Token], lang: str) -> list[list[Token]]:
    """Runs of capitalised words, joined by connectors (of, für) and quotation marks.

    ``Legion „Freiheit für Russland“`` and ``Legion of Freedom of Russia`` are
    one run each.  Common words that only start a sentence (The, While) are
    dropped from the edges.
    """
    return [[toks[k] for k in run] for run in _name_runs(tuple(toks), lang)]


@lru_cache(maxsize=8192)
def _name_runs(toks: tuple[Token, ...], lang: str) -> tuple[tuple[int, ...], ...]:
    """:func:`name_runs` as token indices, memoised: the name checks ask for a sentence's runs several times
    (indices, so that each caller gets the very tokens of its own list)."""
    runs: list[tuple[int, ...]] = []
    current: list[int] = []
    pending: list[int] = []
    for index, tok in enumerate(toks):
        if _name_shaped(tok.text) and not _edge_word(toks, index, lang, current):  # is_name_token, inlined
            current.extend(k for k in pending if toks[k].is_word)
            current.append(index)
            pending = []
        elif current and (tok.text in QUOTE_CHARS or tok.text.lower() in CONNECTORS) and len(pending) < 2:
            pending.append(index)
        else:
            if current:
                runs.append(tuple(current))
            current, pending = [], []
    if current:
        runs.append(tuple(current))
    return tuple(runs)


def _edge_word(toks: Sequence[Token], index: int, lang: str, current: Sequence[int]) -> bool:
    """A capitalised function word at a sentence start (Die, The, While)."""
    tok = toks[index]
    if current or not sentence_initial(toks, index):
        return False
    return tok.text.lower() in CONNECTORS or common_word(tok.text, lang)


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Crude stem that folds inflection (Russlands/Russland, Russische/Russischen; memoised: words recur)."""
    word = skeleton(word)
    if len(word) > 4:
        for suffix in _STEM_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[: -len(suffix)]
    return word


def name_key(run: Sequence[Token]) -> tuple[str, ...]:
    """Inflection-free identity of a multiword name, connectors left out."""
    return tuple(stem(t.text) for t in run if t.text.lower() not in CONNECTORS)
