"""Single words and short phrases copied from the aligned source sentence untranslated.

A word the translation shares with its aligned source sentence is either
kept on purpose (a name, a brand, a loanword the target language also uses)
or left untranslated.  Word frequencies in both languages tell the two
apart: an untranslated word is common in the source language and rare in
the target language.  A name is capitalised in the source where the source
language writes common nouns in lower case; in a noun-capitalising source
("Stadtbibliothek") a copied capitalised word counts only where the English
translation treats it as a common noun, after a determiner.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

from mtcheck.lang.entities import NOUN_CAPITALISING
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import ByLanguage, union
from mtcheck.lang.wordclass import DETERMINERS, QUOTES, Token, english_tags, tokenize
from mtcheck.text.segment import char_after, char_before

# Zipf scale: common in the source language, rare in the target language,
# and far apart; a shared neighbour may be a word both languages use.
_SOURCE_COMMON = 3.0
_TARGET_RARE = 3.0
_GAP = 2.5
_SHARED_GAP = 0.0
_LOWER_GAP = 1.5
_FUNCTION_WORD = 5.0
# An English noun lower case in German: very common in English, clearly less so in German.
_LOAN_SOURCE_COMMON = 4.0
_LOAN_GAP = 1.0
_NOUN_ONLY = frozenset({"NOUN"})
# A lower-case word in a language that capitalises nouns: common in the source (_SOURCE_COMMON), clearly
# less so in the target (web text in German quotes English words).  An inflected form unknown in the target.
_LOWER_TARGET_GAP = 1.5
_UNKNOWN = 1.0
_ADJECTIVE_ENDINGS = ByLanguage("inflection.adjective_endings", lambda p: p.items("inflection.adjective_endings"))
_INFLECTED_SOURCE = 2.0
_INFLECTED_LENGTH = 5
_MIN_LENGTH = 4
_MAX_PHRASE = 3
# Small words inside names in any language (von, de, della): a capitalised neighbour still makes them a name.
_NAME_PARTS = union("names.particles") | union("names.connectors")
_ADDRESS_BEFORE = re.compile(r"(?:[/@]|\w\.)\Z")
_ADDRESS_AFTER = re.compile(r"[/@]|\.\w")


# A named tuple, not a frozen dataclass: defined in a seventh of the time at start (0.06 ms, not 0.4).
class CopiedPhrase(NamedTuple):
    """Target tokens copied from the source sentence, and why they look untranslated."""

    tokens: tuple[Token, ...]
    anchor: str
    source_zipf: float
    target_zipf: float


def _gap(word: str, source: str, target: str) -> float:
    return zipf(word, source) - zipf(word, target)


def _foreign(word: str, source: str, target: str) -> bool:
    """Common in the source language, rare in the target language, far apart."""
    s, t = zipf(word, source), zipf(word, target)
    return len(word) >= _MIN_LENGTH and s >= _SOURCE_COMMON and t < _TARGET_RARE and s - t >= _GAP


def _lower_case_noun(word: Token, source: str, target: str) -> bool:
    """An English noun written lower case in a language that capitalises nouns: not a loanword there.

    German writes a borrowed noun with a capital ("das Meeting"); "die neue factory" was not translated.
    """
    if source != "en" or target not in NOUN_CAPITALISING or not word.text.islower() or len(word.text) < _MIN_LENGTH:
        return False
    s, t = zipf(word.lower, source), zipf(word.lower, target)
    return english_tags(word.lower) == _NOUN_ONLY and s >= _LOAN_SOURCE_COMMON and s - t >= _LOAN_GAP


def _lower_case_foreign(word: Token, source: str, target: str) -> bool:
    """A lower-case word far more common in the source language, by margins that hold for lower case only.

    Where the target language capitalises nouns, a lower-case word is a verb, an adjective or a function
    word, which web text borrows far less than nouns ("still", "people" in German).  A long word
    unknown in the target and known in the source is an inflected form ("požárům").
    """
    if not word.text.islower() or len(word.text) < _MIN_LENGTH:
        return False
    s, t = zipf(word.lower, source), zipf(word.lower, target)
    if target in NOUN_CAPITALISING and s >= _SOURCE_COMMON and s - t >= _LOWER_TARGET_GAP:
        return t < _TARGET_RARE or not _inflected_target_word(word.lower, target)
    return len(word.text) >= _INFLECTED_LENGTH and t < _UNKNOWN and s >= _INFLECTED_SOURCE


@lru_cache(maxsize=50_000)
def _suspect(text: str, source: str, target: str) -> bool:
    """Whether a target word with this text may be left in the source language, by its frequencies alone
    (memoised: the same words recur in every sentence, and the three tests cost most of the search)."""
    word = Token(text, 0, len(text))
    return (_foreign(word.lower, source, target) or _lower_case_noun(word, source, target)
            or _lower_case_foreign(word, source, target))


def _inflected_target_word(word: str, target: str) -> bool:
    """An inflected adjective of the target language: a common word plus an ending ("faire" from "fair")."""
    return any(word.endswith(e) and zipf(word[:-len(e)], target) >= _TARGET_RARE
               for e in _ADJECTIVE_ENDINGS.get(target, ()))


def _source_positions(source_words: Sequence[Token]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for k, word in enumerate(source_words):
        positions.setdefault(word.text.casefold(), []).append(k)
    return positions


def _common_noun_in_source(source_words: Sequence[Token], k: int, source: str) -> bool:
    """A source word written lower case, or capitalised only as the first word or because its language
    capitalises nouns."""
    return k == 0 or source_words[k].text.islower() or source in NOUN_CAPITALISING


def _lower_foreign(word: Token, source: str, target: str) -> bool:
    """A lower-case word of the source language, such as a copied article."""
    return word.text.islower() and _gap(word.lower, source, target) >= _LOWER_GAP


def _noun_phrase_head(words: Sequence[Token], index: int, target: str) -> bool:
    """An English word after a determiner, perhaps with one lower-case modifier: a common noun, not a name."""
    if target != "en" or index == 0:
        return False
    if words[index - 1].lower in DETERMINERS:
        return True
    return index >= 2 and words[index - 2].lower in DETERMINERS and words[index - 1].text.islower()


def _extend(words: Sequence[Token], source_words: Sequence[Token], index: int, at: int,
            source: str, target: str) -> tuple[int, int]:
    """Grow a copied word into the phrase around it that the source has in the same order.

    A function word ("avec", "einem") does not take in a capitalised neighbour: that is a name after it.
    """
    first, last = index, index
    function_word = _source_function_word(words[index], source)

    def joins(k: int, j: int) -> bool:
        return (words[k].text.casefold() == source_words[j].text.casefold()
                and _gap(words[k].lower, source, target) >= _SHARED_GAP
                and not (function_word and _capitalised(words[k])))

    while (last - first + 1 < _MAX_PHRASE and last + 1 < len(words) and at + (last - index) + 1 < len(source_words)
           and joins(last + 1, at + last - index + 1)):
        last += 1
    while (last - first + 1 < _MAX_PHRASE and first > 0 and at - (index - first) - 1 >= 0
           and joins(first - 1, at - (index - first) - 1)):
        first -= 1
    return first, last


def _capitalised(word: Token) -> bool:
    return word.text[:1].isupper()


def _looks_like_name(phrase: Sequence[Token], words: Sequence[Token], first: int, last: int,
                     source_phrase: Sequence[Token], source_first: Token, source: str, target: str,
                     source_words: frozenset[str]) -> bool:
    """Part of a name or title: capitals where the source language writes common nouns lower case,
    several capitals, a capitalised neighbour (where the target capitalises nouns, one the source
    sentence has too), or capitals inside a word ("FritzBox").

    The source sentence's first word is capitalised anyway: there the target's case decides.
    """
    if any(not w.text[1:].islower() and not w.text[1:].isupper() and len(w.text) > 1 for w in phrase):
        return True
    if source not in NOUN_CAPITALISING and any(
            _capitalised(w) and (w is not source_first or _capitalised(t)) for w, t in zip(source_phrase, phrase)):
        return True
    if sum(_capitalised(w) for w in phrase) >= 2:
        return True
    if all(_source_function_word(w, source) for w in phrase):
        return False  # "einem Ford", "avec Macron": a name takes no article or preposition of the source
    neighbours = [words[k] for k in (first - 1, last + 1) if 0 <= k < len(words)]
    if target in NOUN_CAPITALISING:
        # Every noun is capitalised there: a neighbour is part of a name only when copied from the source too.
        return any(_capitalised(w) and w.text.casefold() in source_words for w in neighbours)
    return any(_capitalised(w) and (w is not words[0] or zipf(w.lower, target) < _TARGET_RARE) for w in neighbours)


def _source_function_word(word: Token, source: str) -> bool:
    """A lower-case function word of the source language that is no particle or connector of a name (von, de)."""
    return (word.text.islower() and zipf(word.lower, source) >= _FUNCTION_WORD
            and word.lower not in _NAME_PARTS)


def _mentioned(text: str, start: int, end: int) -> bool:
    """A word quoted as a word ("the word 'okurka'"), glossed in brackets, or part of an address."""
    before, after = char_before(text, start), char_after(text, end)
    if bool(before and before in QUOTES) or bool(after and after in QUOTES) or after == "(":
        return True
    # An address mark ending at ``start`` is at most two characters long: no need to search from 0.
    return "." in text[start:end] or bool(_ADDRESS_BEFORE.search(text, max(0, start - 2), start)
                                          or _ADDRESS_AFTER.match(text, end))


def name_words(capitalised_pairs: Iterable[tuple[str, str]], target: str) -> frozenset[str]:
    """Of two adjacent capitalised words' texts (:class:`~mtcheck.checks.leaks.sentences.AdjacentWords`),
    both starting with a capital, neither a common target word: parts of names ("Rheintal Löwen"), so the
    same word alone elsewhere is a name too (lower case)."""
    names: set[str] = set()
    for a, b in capitalised_pairs:
        if a[:1].isupper() and b[:1].isupper():
            pair = (_lower(a), _lower(b))
            if max(zipf(pair[0], target), zipf(pair[1], target)) < _FUNCTION_WORD:
                names.update(pair)
    return frozenset(names)


def _lower(text: str) -> str:
    """:attr:`Token.lower` of a word's text."""
    return Token(text, 0, len(text)).lower


def copied_phrases(words: Sequence[Token], text: str, source_text: str, source: str, target: str,
                   protected: Sequence[tuple[int, int]] = (), names: Callable[[], frozenset[str]] = frozenset
                   ) -> Iterator[CopiedPhrase]:
    """Words and phrases of one target sentence left in the language of its aligned source.

    ``protected`` ranges of ``text`` (URLs, handles) and the words ``names()`` gives (lower case) are
    never flagged; ``names`` is called only for a suspect word, since most sentences have none.
    """
    source_words: list[Token] = []
    positions: dict[str, list[int]] | None = None  # the source sentence is read for a suspect word only
    taken = -1
    for index, word in enumerate(words):
        if index <= taken or not _suspect(word.text, source, target) or word.lower in names():
            continue
        if positions is None:
            source_words = [t for t in tokenize(source_text) if t.is_word]
            positions = _source_positions(source_words)
        at = next((k for k in positions.get(word.text.casefold(), ())
                   if _common_noun_in_source(source_words, k, source)), None)
        if at is None:
            continue
        first, last = _extend(words, source_words, index, at, source, target)
        phrase = words[first:last + 1]
        taken = last
        start, end = phrase[0].start, phrase[-1].end
        source_phrase = source_words[at - (index - first):at + (last - index) + 1]
        if (_looks_like_name(phrase, words, first, last, source_phrase, source_words[0], source, target,
                             frozenset(positions))
                or _mentioned(text, start, end)):
            continue
        if any(s < end and start < e for s, e in protected):
            continue
        if _capitalised(source_words[at]) and not (
                _noun_phrase_head(words, first, target) or any(_lower_foreign(w, source, target) for w in phrase)):
            continue
        yield CopiedPhrase(tuple(words[first:last + 1]), word.text, zipf(word.lower, source), zipf(word.lower, target))
