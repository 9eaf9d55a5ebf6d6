"""Misspelt and changed names: a source name the translation writes one way, and once another way.

The second signal that makes an inconsistent rendering major: the document
itself writes the name the usual way more than once (or, for a first name,
beside the same surname), the odd form occurs once, nowhere in the source,
and is no common word of the target language.
"""

from __future__ import annotations

import os
from collections import Counter
from functools import cached_property
from typing import Container, Iterable, Iterator, NamedTuple, Sequence

from rapidfuzz import fuzz

from mtcheck.align.context import AlignedDocument
from mtcheck.checks.names.renderings import PairTokens, kept_in_pairs, source_runs
from mtcheck.lang.entities import (
    Skeletons, Token, common_word, is_name_token, same_name, sentence_initial, skeleton,
)
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import pack, union

# Skeletons of a misspelt name and its usual form share at least this much (Lemoine/Lemoyne).
_SPELLING_SIMILARITY = 70
# A name word shorter than this (Li, Ma) has too many lookalikes.
_MIN_NAME_LENGTH = 4
# Zipf in the source language: a source word this common is a word (Tweet, Villa), not a name.
_COMMON_IN_SOURCE = 3.5
# Zipf in the target language: an odd form this common is a word (Minister, Coach), not a misspelling.
_COMMON_IN_TARGET = 3.0
# A changed first name may be a common given name (Maria, John), but not a word this common.
_COMMON_TITLE = 5.0
_TITLES = union("titles")


class Variant(NamedTuple):
    """A target word rendering a source name word differently from the document's usual form."""

    token: Token
    usual: str
    source: Token


def variants(doc: AlignedDocument) -> list[Variant]:
    """Odd renderings of source name words: misspelt surnames and changed first names (once per document:
    name-inconsistent flags them, name-missing leaves their names alone)."""
    return doc.derived(_all_variants)


def _all_variants(doc: AlignedDocument) -> list[Variant]:
    return list(_variants(doc))


def _variants(doc: AlignedDocument) -> Iterator[Variant]:
    sides = PairTokens.of(doc)
    counts = _name_counts(sides, range(len(sides.target)))
    source_skeletons = _SourceSkeletons(sides)
    lookalikes = _Lookalikes(counts)
    for i, (runs, tgt) in enumerate(zip(kept_in_pairs(doc), sides.target)):
        here: Counter[str] | None = None  # the pair's own name counts, made when a word needs them
        for run in runs:
            for word in run:
                if (len(word.text) < _MIN_NAME_LENGTH or word.text.isupper()
                        or zipf(word.text.lower(), doc.source.lang) >= _COMMON_IN_SOURCE):
                    continue
                forms = lookalikes.of(word.text)
                if not forms:
                    continue  # no form to compare (what _usual_form would find from none)
                if here is None:
                    here = _name_counts(sides, [i])
                usual = _usual_form(forms, counts, here)
                if usual is None:
                    continue
                for token in _misspellings(word, usual, tgt, counts, source_skeletons, doc.target.lang):
                    yield Variant(token, usual, word)
            yield from _changed_first_names(run, tgt, sides, i, counts, source_skeletons, doc.target.lang)


def _name_counts(sides: PairTokens, indices: Iterable[int]) -> Counter[str]:
    """How often the target pairs ``indices`` write each name-like word, in the order they first write it."""
    return Counter(tok.text for i in indices for tok in sides.target[i] if is_name_token(tok))


class _SourceSkeletons:
    """The skeletons of the source's words, collected when first asked for (few documents have a variant)."""

    def __init__(self, sides: PairTokens) -> None:
        self._sides = sides

    @cached_property
    def _keys(self) -> set[str]:
        return {skeleton(t.text) for toks in self._sides.source for t in toks if t.is_word}

    def __contains__(self, key: object) -> bool:
        return key in self._keys


class _Lookalikes:
    """The document's name forms that may write a given source name word, found once per word.

    Comparing each source name word with every name of the translation would
    grow with the square of the article; the forms are few and repeat.
    """

    def __init__(self, counts: Counter[str]) -> None:
        self._forms = [(form, skeleton(form)) for form in counts]
        self._index = Skeletons.of(key for _, key in self._forms)
        self._found: dict[str, list[str]] = {}

    def of(self, word: str) -> list[str]:
        """The forms that spell the same name as ``word``, in the document's order."""
        if word not in self._found:
            keys = self._index.spelling(word)
            self._found[word] = [form for form, key in self._forms if key in keys]
        return self._found[word]


def _usual_form(forms: Sequence[str], counts: Counter[str], here: Counter[str]) -> str | None:
    """The form the rest of the translation (outside ``here``) writes the word in at least twice, if any."""
    elsewhere = Counter({form: counts[form] - here[form] for form in forms if counts[form] > here[form]})
    if not elsewhere:
        return None
    form, count = elsewhere.most_common(1)[0]
    return form if count >= 2 else None


def _odd(token: Token, counts: Counter[str], source_skeletons: Container[str], lang: str, common: float) -> bool:
    """A name-like target word written once, absent from the source, and no common word."""
    text = token.text
    return (is_name_token(token) and not text.isupper() and len(text) >= _MIN_NAME_LENGTH and text.isalpha()
            and counts[text] == 1 and skeleton(text) not in source_skeletons
            and text.lower() not in _TITLES and zipf(text.lower(), lang) < common)


def _misspellings(word: Token, usual: str, tgt: Sequence[Token], counts: Counter[str],
                  source_skeletons: Container[str], lang: str) -> Iterator[Token]:
    """Target words of the aligned sentence that misspell the usual form, when the usual form is absent there."""
    usual_key = skeleton(usual)
    if any(t.is_word and skeleton(t.text) == usual_key for t in tgt):
        return
    for token in tgt:
        key = skeleton(token.text)
        if (_misspelt(key, usual_key, pack(lang).flag("names.uninflected"))
                and fuzz.ratio(key, usual_key) >= _SPELLING_SIMILARITY
                and _odd(token, counts, source_skeletons, lang, _COMMON_IN_TARGET)):
            yield token


def _misspelt(key: str, usual_key: str, uninflected: bool) -> bool:
    """Skeletons that differ inside the word, not only in its ending.

    Case endings, possessives and derived adjectives (Trussová, Alforda,
    Scholzova, Stockholmer) keep the whole name, or all of it but its last
    letter (Gabbě for Gabba), as their beginning; a misspelling changes a
    letter before that (Lemoyne, Lautenbach) and keeps the length near.  In
    a language whose names take no endings (``uninflected``), a different
    last letter in a word of the same length is a misspelling too
    (Ferrante/Ferranti).
    """
    shared = len(os.path.commonprefix([key, usual_key]))
    if key[:1] != usual_key[:1] or abs(len(key) - len(usual_key)) > 2:
        return False
    return shared < len(usual_key) - 1 or (uninflected and len(key) == len(usual_key) and key != usual_key)


def _changed_first_names(run: Sequence[Token], tgt: Sequence[Token], sides: PairTokens, index: int,
                         counts: Counter[str], source_skeletons: Container[str], lang: str) -> Iterator[Variant]:
    """A first name replaced before the right surname (Teresa Ribera as Maria Ribera).

    The translation must write the source's first name before the same
    surname elsewhere, so it keeps that first name rather than dropping or
    translating it.
    """
    if len(run) < 2:
        return
    first, last = run[-2], run[-1]
    for k in range(1, len(tgt)):
        before, surname = tgt[k - 1], tgt[k]
        if not (surname.is_word and same_name(last.text, surname.text)) or _same_or_inflected(first.text, before.text):
            continue
        if not _odd(before, counts, source_skeletons, lang, _COMMON_TITLE):
            continue
        usual = _written_before(first, last, sides, index)
        if usual is not None:
            yield Variant(before, f"{usual} {surname.text}", first)


def _same_or_inflected(name: str, word: str) -> bool:
    """The same name, or the name with a case ending (Galaxyju, Johna): no other first name."""
    return same_name(name, word) or skeleton(word).startswith(skeleton(name))


def _written_before(first: Token, last: Token, sides: PairTokens, index: int) -> str | None:
    """How another target sentence writes ``first`` directly before ``last``, if one does."""
    for j, toks in enumerate(sides.target):
        if j == index:
            continue
        for a, b in zip(toks, toks[1:]):
            if same_name(first.text, a.text) and same_name(last.text, b.text):
                return a.text
    return None


def respellings(doc: AlignedDocument) -> Iterator[Variant]:
    """A name the translation writes once in another spelling than its usual one (Gladkow, Gladkov).

    Target-side: it holds whatever script the source writes the name in
    (Гладков: Gladkov twice, Gladkow once).  The odd form and the usual one
    (written at least twice) share their skeleton, the transliteration
    conventions folded; the source must not write both; and the aligned source sentences of the two forms must share a
    name that no other word of the odd form's translation renders: the
    evidence that both forms render one source name.
    """
    sides, lang = PairTokens.of(doc), doc.target.lang
    where: dict[str, list[int]] = {}
    first: dict[str, Token] = {}
    for i, toks in enumerate(sides.target):
        for token in toks:
            if _name_form(token, lang):
                where.setdefault(token.text, []).append(i)
                first.setdefault(token.text, token)
    written = {t.text for toks in sides.source for t in toks}
    for odd, pairs in where.items():
        if len(pairs) != 1:
            continue
        usual = max((form for form, at in where.items() if len(at) >= 2 and _respelt(odd, form)),
                    key=lambda form: len(where[form]), default=None)
        if usual is None or (odd in written and usual in written):
            continue
        source = _shared_source_name(sides, pairs[0], [j for j in where[usual] if j != pairs[0]], odd, doc.source.lang)
        if source is not None:
            yield Variant(first[odd], usual, source)


def _name_form(token: Token, lang: str) -> bool:
    """A target word that may be a name worth comparing: capitalised, alphabetic, long and no common word."""
    text = token.text
    return (is_name_token(token) and text.isalpha() and not text.isupper() and len(text) >= _MIN_NAME_LENGTH + 1
            and text.lower() not in _TITLES and zipf(text.lower(), lang) < _COMMON_IN_TARGET)


def _respelt(odd: str, usual: str) -> bool:
    """Two spellings of one name: the same skeleton written otherwise (Gladkow/Gladkov, Srncova/Srncová).

    Only transliteration conventions, accents and doubled letters differ, so
    no case ending (Kaddáfího) or derived word (Lütticher) passes for one.
    """
    return odd != usual and skeleton(odd) == skeleton(usual)


def _shared_source_name(sides: PairTokens, index: int, others: Sequence[int], odd: str, lang: str) -> Token | None:
    """A capitalised word of source pair ``index`` that a source pair of ``others`` writes too (or inflected),
    and that no other word of pair ``index``'s translation renders."""
    rendered = [t for t in sides.target[index] if t.is_word and t.text != odd]
    source = sides.source[index]
    candidates = [t for k, t in enumerate(source) if is_name_token(t) and len(t.text) >= 3
                  and not (sentence_initial(source, k) and common_word(t.text, lang))
                  and not any(same_name(t.text, r.text) for r in rendered)]
    for token in candidates:
        for j in others:
            if any(is_name_token(t) and _one_name(token.text, t.text) for t in sides.source[j]):
                return token
    return None


def _one_name(a: str, b: str) -> bool:
    """The same name, or its inflected form (Гладков, Гладкова): a long shared beginning."""
    ka, kb = skeleton(a), skeleton(b)
    return same_name(a, b) or len(os.path.commonprefix([ka, kb])) >= max(_MIN_NAME_LENGTH, min(len(ka), len(kb)) - 2)


def dropped_first_names(doc: AlignedDocument) -> Iterator[Variant]:
    """A full name of the source written as the surname alone, where the translation writes it in full elsewhere.

    The source sentence has the first name before the surname; the aligned
    target sentence has the surname but the first name nowhere, while another
    target sentence writes the two together: the name is rendered two ways.
    """
    sides = PairTokens.of(doc)
    for i, runs in enumerate(kept_in_pairs(doc)):
        for run in runs:
            if len(run) < 2 or not is_name_token(run[-2]) or len(run[-1].text) < _MIN_NAME_LENGTH:
                continue
            first, last = run[-2], run[-1]
            surnames = sides.spelled(last.text, i, parts=False)
            if len(surnames) != 1 or sides.spelled(first.text, i, parts=False):
                continue
            usual = _written_before(first, last, sides, i)
            if usual is not None:
                yield Variant(surnames[0], f"{usual} {surnames[0].text}", first)


# A name translated in at least this many sentences makes a single kept copy the odd rendering.
_TRANSLATED_ELSEWHERE = 2


def kept_once(doc: AlignedDocument) -> Iterator[tuple[list[Token], list[Token]]]:
    """A multiword source name copied once and translated everywhere else: (source run, target words).

    The source writes the name the same way in every sentence; one aligned
    target sentence keeps all its words (Tribunal Supremo), at least two
    others have none of them (the Supreme Court): one name, two renderings.
    """
    sides = PairTokens.of(doc)
    places: dict[str, list[tuple[int, list[Token]]]] = {}
    for i, runs in enumerate(source_runs(doc)):
        for run in runs:
            if len(run) >= 2:
                places.setdefault(" ".join(t.text for t in run), []).append((i, run))
    for occurrences in places.values():
        if len(occurrences) < 1 + _TRANSLATED_ELSEWHERE:
            continue  # too few to be copied once and translated elsewhere: the target is not read
        kept, translated = [], 0
        for i, run in occurrences:
            hits = [next(iter(sides.spelled(word.text, i, parts=False)), None) for word in run]
            if all(hits):
                kept.append((run, [h for h in hits if h is not None]))
            elif not any(hits):
                translated += 1
        if len(kept) == 1 and translated >= _TRANSLATED_ELSEWHERE:
            yield kept[0]

