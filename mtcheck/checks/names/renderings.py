"""How the names of a source sentence appear in its aligned translation.

Shared by the name checks: the tokens of every aligned pair, the source
names the translation keeps, where they occur in a target sentence, how a
multiword name is rendered there, and where two names were run together.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from itertools import chain
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

from mtcheck.text.anchors import digit_groups
from mtcheck.align.context import AlignedDocument
from mtcheck.text.document import Segment
from mtcheck.lang.entities import (
    CONNECTORS, NOUN_CAPITALISING, Skeletons, TargetNames, Token, capitalised_runs, derived, find_word, is_name_token,
    name_key, name_runs,
    common_word, sentence_initial, skeleton, tokens, word_parts,
)
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import pack, union

_STEM_PREFIX = 4
# Pair sides whose word index and lookups are kept: enough for a check reading a pair and its neighbours, and
# for every pair of an ordinary article (found again by the next check); a 5 MB article's were 300 MB.
_KEPT_SIDES = 256
_NONE: list[Token] = []  # no hit (shared: read it, never change it)
_POSSESSIVE = re.compile(r"['’]s?$")
_ARTICLES = union("function_words.definite_articles")


def _tokens(segments: Sequence[Segment]) -> list[Token]:
    """The tokens of a pair's side (a list made by :func:`tokens`, not copied token by token)."""
    if len(segments) == 1:
        return tokens(segments[0].text, segments[0].start)
    return list(chain.from_iterable(tokens(seg.text, seg.start) for seg in segments))


class PairTokens:
    """Tokens of every aligned pair, source and target, with an index of the words each side spells.

    (Plain classes here and named tuples for the records: a frozen dataclass costs about a millisecond of
    start-up each.)
    """

    def __init__(self, source: list[list[Token]], target: list[list[Token]]) -> None:
        self.source = source
        self.target = target
        # The word index and lookups of the latest pair sides asked about, by 2 * pair index + side (1: target).
        self._words: dict[int, _Words] = {}

    @classmethod
    def of(cls, doc: AlignedDocument) -> "PairTokens":
        """Tokenise both sides of every pair of ``doc`` (once per document)."""
        return doc.derived(cls._tokenise)

    @classmethod
    def _tokenise(cls, doc: AlignedDocument) -> "PairTokens":
        return cls([_tokens(p.source) for p in doc.pairs], [_tokens(p.target) for p in doc.pairs])

    def neighbours(self, index: int, reach: int = 1) -> list[int]:
        """Pair indices around ``index``, nearest first."""
        around = [index + d * s for d in range(1, reach + 1) for s in (-1, 1)]
        return [j for j in around if 0 <= j < len(self.target)]

    def _words_of(self, index: int, target: bool) -> _Words:
        """The words of one side of pair ``index``, made when first asked for and dropped once
        :data:`_KEPT_SIDES` other sides were asked for since (the checks read the pairs in order)."""
        key = 2 * index + target
        words = self._words.get(key)
        if words is None:
            if len(self._words) >= _KEPT_SIDES:
                del self._words[next(iter(self._words))]  # the oldest
            words = self._words[key] = _Words.of((self.target if target else self.source)[index])
        return words

    def words(self, index: int, target: bool = True) -> dict[str, list[Token]]:
        """The word tokens of pair ``index`` (its target side, else its source side) by text, in order."""
        return self._words_of(index, target).tokens

    def spelled(self, word: str, index: int, target: bool = True, parts: bool = True) -> list[Token]:
        """``find_word(word, toks)`` for the tokens of one side of pair ``index``, memoised with the pair's words.

        The name checks ask for the same word in the same sentence again and
        again (each about twice on the throughput pass), and comparing it with
        each word of the sentence in turn was their largest cost: the pair's
        words are indexed by skeleton once.  Without ``parts``, a hyphenated
        word must spell the name whole (Tuttlingen-based is no Tuttlingen).
        The list is shared: read it, never change it.
        """
        words = self._words_of(index, target)
        found = words.found[parts]
        if word not in found:
            keys = words.index.skeletons.spelling(word)
            texts = {text for k in keys for text in words.index.whole.get(k, ())}
            if parts:
                texts.update(text for k in keys for text in words.index.parts.get(k, ()))
            if len(texts) > 1:
                found[word] = sorted((tok for text in texts for tok in words.tokens[text]), key=_start)
            else:  # the pair's own list of that word's tokens, or none
                found[word] = words.tokens[texts.pop()] if texts else _NONE
        return found[word]

    def present(self, run: Sequence[Token], index: int, target: bool = True) -> list[Token]:
        """:func:`present` in one side of pair ``index``."""
        return [hit for tok in run for hit in self.spelled(tok.text, index, target)]

    def mentioned(self, run: Sequence[Token], index: int) -> bool:
        """:func:`mentioned` in the target of pair ``index`` (its distinct words compared once each).

        Most names are written the same way in their translation: that is
        looked up first, without the pair's skeleton index.
        """
        words = self.words(index)
        if any(tok.text in words and skeleton(tok.text) for tok in run):
            return True  # same_name(word, word) holds for every word with a skeleton
        return bool(self.present(run, index)) or _derives(run, words)


def run_text(run: Sequence[Token], text: str) -> str:
    """The text a run of tokens spans in ``text``."""
    return text[run[0].start:run[-1].end]


def _start(tok: Token) -> int:
    """Where a token starts (the sort key of a pair's hits)."""
    return tok.start


class _Index(NamedTuple):
    """Texts by skeleton, whole and by hyphenated part, with the index of those skeletons."""

    skeletons: Skeletons
    whole: dict[str, list[str]]
    parts: dict[str, list[str]]


class _Words:
    """The words of one side of a pair: tokens by text and, made when first asked for, their :class:`_Index`."""

    def __init__(self, tokens: dict[str, list[Token]]) -> None:
        self.tokens = tokens
        # :meth:`PairTokens.spelled` of each word asked about, without and with hyphenated parts.
        self.found: tuple[dict[str, list[Token]], dict[str, list[Token]]] = ({}, {})

    @classmethod
    def of(cls, toks: Sequence[Token]) -> "_Words":
        """The word tokens of ``toks`` by text."""
        words: dict[str, list[Token]] = {}
        for tok in toks:
            if tok.is_word:  # a class constant of tokenize's tokens: no call
                words.setdefault(tok.text, []).append(tok)
        return cls(words)

    @cached_property
    def index(self) -> _Index:
        """The texts by skeleton."""
        whole: dict[str, list[str]] = {}
        parts: dict[str, list[str]] = {}
        for text in self.tokens:
            whole.setdefault(skeleton(text), []).append(text)
            if "-" in text:
                for part in text.split("-"):
                    parts.setdefault(skeleton(part), []).append(text)
        return _Index(Skeletons.of([*whole, *parts]), whole, parts)


def target_names(doc: AlignedDocument) -> TargetNames:
    """Which words the target writes as names (once per document)."""
    return doc.derived(_target_names)


def _target_names(doc: AlignedDocument) -> TargetNames:
    return TargetNames.of([s.text for s in doc.target.sentences], doc.source.text, doc.target.lang)


def kept_names(toks: Sequence[Token], keeps: Callable[[str], bool], lang: str) -> list[list[Token]]:
    """Runs of source words that the translation writes as names (``keeps``: :meth:`TargetNames.keeps`).

    A common word that is capitalised only because it starts a sentence
    (Le, El, Die) is no name, even where the target keeps it in "Le Figaro".
    """
    runs: list[list[Token]] = []
    current: list[Token] = []
    for index, tok in enumerate(toks):  # maximal runs of adjacent members (tested inline: this reads every token)
        if (is_name_token(tok) and keeps(tok.text)
                and not (sentence_initial(toks, index) and common_word(tok.text, lang))):
            current.append(tok)
        elif current:
            runs.append(current)
            current = []
    return runs + [current] if current else runs


def kept_in_pairs(doc: AlignedDocument) -> list[list[list[Token]]]:
    """:func:`kept_names` of each source pair (once per document: every name check asks for them).

    The lists are shared: read them, never change them.
    """
    return doc.derived(_kept_in_pairs)


def _kept_in_pairs(doc: AlignedDocument) -> list[list[list[Token]]]:
    keeps = lru_cache(maxsize=None)(target_names(doc).keeps)  # asked once per word of the document, not per use
    return [kept_names(src, keeps, doc.source.lang) for src in PairTokens.of(doc).source]


def source_runs(doc: AlignedDocument) -> list[list[list[Token]]]:
    """:func:`~mtcheck.lang.entities.name_runs` of each source pair (once per document; shared lists)."""
    return doc.derived(_source_runs)


def _source_runs(doc: AlignedDocument) -> list[list[list[Token]]]:
    return [name_runs(src, doc.source.lang) for src in PairTokens.of(doc).source]


def anchored(doc: AlignedDocument, index: int) -> bool:
    """Whether a name or number shared by both sides of pair ``index`` ties it together, so its alignment can be
    trusted."""
    sides = PairTokens.of(doc)
    if any(sides.present(name, index) for name in kept_in_pairs(doc)[index]):
        return True
    src, tgt = sides.source[index], sides.target[index]
    return bool(digit_groups(" ".join(t.text for t in src)) & digit_groups(" ".join(t.text for t in tgt)))


def present(run: Sequence[Token], toks: Sequence[Token]) -> list[Token]:
    """Target tokens spelling any word of the source name ``run``."""
    return [hit for tok in run for hit in find_word(tok.text, toks)]


def mentioned(run: Sequence[Token], toks: Sequence[Token]) -> bool:
    """Whether the name ``run``, or a word derived from it (Ukraine: Ukrainian), occurs in ``toks``."""
    return bool(present(run, toks)) or _derives(run, [tok.text for tok in toks if tok.is_word])


def _derives(run: Sequence[Token], words: Iterable[str]) -> bool:
    """Whether one of ``words`` is derived from a word of the name ``run`` (Ukraine: Ukrainian)."""
    return any(derived(name.text, word) for name in run for word in words)


class Rendering(NamedTuple):
    """One occurrence of a source name and its rendering in the target."""

    key: tuple[str, ...]
    source: tuple[int, int]
    target: tuple[int, int]
    text: str

    @property
    def normal(self) -> str:
        """Case, quotation marks, possessive and article folded away."""
        return _normal(self.text)


@lru_cache(maxsize=4096)
def _normal(text: str) -> str:
    """:attr:`Rendering.normal` of a rendering's text (memoised: a name's renderings recur)."""
    words = [_POSSESSIVE.sub("", w.text.lower()) for w in tokens(text) if w.is_word]
    return " ".join(w for w in words if w not in _ARTICLES)


def _context_prefixes(lower: Sequence[tuple[Token, str]], run: Sequence[Token]) -> set[str]:
    """Stem prefixes of the lower-case source words outside a name (russischen before Region X).

    ``lower``: the sentence's lower-case words with their prefixes, made once for all its names.
    """
    inside = {id(t) for t in run}
    return {prefix for t, prefix in lower if id(t) not in inside}


def _render(src_run: Sequence[Token], lower: Sequence[tuple[Token, str]], opens: Callable[[Token], bool],
            tgt_runs: Sequence[Sequence[Token]], spelled: set[int], lang: str) -> list[Token] | None:
    """The target run (of the target's name runs) that renders ``src_run``: the only one sharing a name word with it
    (``lower``: :func:`_context_prefixes`; ``opens``: whether a target word opens the sentence; ``spelled``: the
    starts of the target words that spell a word of ``src_run``, so that runs without one are not trimmed)."""
    context = _context_prefixes(lower, src_run)
    candidates = []
    for run in tgt_runs:
        if not any(t.start in spelled for t in run):
            continue  # trimming only drops words: this run cannot come to share one
        run = _trim_edges([t for t in run if skeleton(t.text)[:_STEM_PREFIX] not in context], src_run, opens, lang)
        if len([t for t in run if is_name_token(t)]) >= 2 and present(src_run, run):
            candidates.append(run)
    return candidates[0] if len(candidates) == 1 else None


def _trim_edges(run: list[Token], src_run: Sequence[Token], opens: Callable[[Token], bool], lang: str) -> list[Token]:
    """Drop edge words of a run that are capitalised for another reason than the name.

    A connector; in a language that capitalises every noun, a noun of the
    sentence ("Dienstag den Lumen One", "Gaspipeline Nord Stream II",
    "Boris Johnsons Beliebtheit"); anywhere, the word that opens the
    sentence ("Zadejte New York"; ``opens`` tells).  A word
    that renders part of the source name stays.
    """
    nouns = lang in NOUN_CAPITALISING

    def loose(tok: Token) -> bool:
        if tok.text.lower() in CONNECTORS:
            return True
        return (nouns or opens(tok)) and not present([tok], src_run)

    while run and loose(run[0]):
        run = run[1:]
    while run and loose(run[-1]):
        run = run[:-1]
    return run


def multiword_renderings(doc: AlignedDocument, index: int) -> Iterator[Rendering]:
    """Renderings of the multiword names of pair ``index`` (Legion Freiheit Russlands)."""
    runs = [(run, name_key(run)) for run in source_runs(doc)[index]]
    if all(len(key) < 2 for _, key in runs):  # most sentences: no multiword name, the target is not read
        return
    sides = PairTokens.of(doc)
    src, tgt = sides.source[index], sides.target[index]
    tgt_runs: list[list[Token]] | None = None  # these two made for the first name the target may render
    lower: list[tuple[Token, str]] | None = None

    def opens(tok: Token) -> bool:
        """Whether a target word opens the sentence (asked for the few edge words of candidate runs only)."""
        return tok.is_word and sentence_initial(tgt, tgt.index(tok))

    for run, key in runs:
        if len(key) < 2:
            continue
        spelled = {t.start for t in sides.present(run, index)}
        if not spelled:
            continue
        if tgt_runs is None or lower is None:
            tgt_runs = name_runs(tgt, doc.target.lang)
            lower = [(t, skeleton(t.text)[:_STEM_PREFIX]) for t in src if t.is_word and t.text.islower()]
        rendered = _render(run, lower, opens, tgt_runs, spelled, doc.target.lang)
        if rendered:
            span = (rendered[0].start, rendered[-1].end)
            yield Rendering(key, (run[0].start, run[-1].end), span, doc.target.text[span[0]:span[1]])


def _kept_whole(doc: AlignedDocument, index: int) -> set[int]:
    """Words of source names with a connector that the target of pair ``index`` copies whole (Junta de Andalucía)."""
    target_text = None
    kept = set()
    for run in source_runs(doc)[index]:
        if any(t.text.lower() in CONNECTORS for t in run):
            if target_text is None:
                target_text = " ".join(t.text for t in PairTokens.of(doc).target[index])
            if " ".join(t.text for t in run) in target_text:
                kept.update(id(t) for t in run)
    return kept


def spellings(doc: AlignedDocument, index: int) -> Iterator[Rendering]:
    """Spellings of the single name words of pair ``index`` (Keßler as Kessler), where unambiguous.

    Words of a name with a connector copied whole are left out: "Junta de
    Andalucía" keeps its spelling beside an "Andalusia" of the running text.
    """
    whole = _kept_whole(doc, index)
    sides = PairTokens.of(doc)
    for run in kept_in_pairs(doc)[index]:
        for word in (w for w in run if id(w) not in whole):
            hits = sides.spelled(word.text, index, parts=False)
            if hits and len({_POSSESSIVE.sub("", h.text) for h in hits}) == 1:
                key = (_POSSESSIVE.sub("", word.text.lower()).rstrip("s"),)
                yield Rendering(key, (word.start, word.end), (hits[0].start, hits[0].end), hits[0].text)



class _RunPlaces:
    """The words of a sentence's source name runs by skeleton (of the word and of each hyphenated part).

    Indexed once per sentence: comparing each capitalised target word with
    every run word was the largest cost of MT315 on long inputs.
    """

    def __init__(self, runs: Sequence[Sequence[Token]]) -> None:
        self._where: dict[str, list[tuple[int, int]]] = {}
        for r, run in enumerate(runs):
            for k, tok in enumerate(run):
                for part in word_parts(tok.text):
                    self._where.setdefault(skeleton(part), []).append((r, k))
        self._skeletons = Skeletons.of(self._where)

    def of(self, word: Token) -> tuple[int, int] | None:
        """(run index, position in run) of the only source run word spelling ``word``.

        A hyphenated target word (Tuttlingen-based) is a modifier, never the end of a name.
        """
        if not self._where:
            return None
        places = {place for key in self._skeletons.spelling(word.text) for place in self._where[key]}
        return min(places) if len(places) == 1 else None


# A lower-case word this short and this frequent (Zipf) is a function word in any language (of, vom, de, na, из).
_FUNCTION_LETTERS = 3
_FUNCTION_ZIPF = 6.0
# Lists of the packs whose words tie one name to another (of, für, de; a, the; in, at).
_RELATION_LISTS = ("names.connectors", "names.particles", "function_words.prepositions",
                   "function_words.determiners", "function_words.definite_articles")


def relation_word(word: str, lang: str) -> bool:
    """Whether ``word`` says how two names belong together: a preposition, article or connector of ``lang``.

    The pack's lists where it has them, else any short lower-case word that
    is among the most frequent of the language.
    """
    if not word.islower():
        return False
    if len(word) <= _FUNCTION_LETTERS and zipf(word, lang) >= _FUNCTION_ZIPF:
        return True
    return any(word in pack(lang).words(key) for key in _RELATION_LISTS)


# Words between two names that the translation writes the other way round and side by side:
# fewer, and a compound or a list was reordered ("SMD-LEDs": "LED SMD"); more, and one name moved.
_APART = 4


def fusions(doc: AlignedDocument, index: int) -> Iterator[tuple[Token, Token, list[Token], list[Token]]]:
    """Adjacent target words of pair ``index`` that end one source name and begin another.

    Only the words of a source name that the target keeps count: in
    "Verband Bitkom" the translated "Verband" does not, so Bitkom begins it.
    The source must write the two names in the same order, tied by a
    preposition, article or connector ("Weber of the institute Fraunhofer"):
    a juxtaposed phrase ("Cowboys head coach Mike McCarthy", "Paris accused
    Washington") may lose its middle to word order ("trenér Cowboys Mike
    McCarthy"), and a comma or a bracket alone ties nothing.  Or the source
    writes them the other way round, several words apart: one of them was
    moved next to the other.
    """
    sides, lang = PairTokens.of(doc), doc.source.lang
    src, tgt = sides.source[index], sides.target[index]
    adjacent = [(left, right) for run in capitalised_runs(tgt) for left, right in zip(run, run[1:])]
    if not adjacent:  # most sentences: no two capitalised words side by side, nothing to look up
        return
    runs = [[t for t in run if sides.spelled(t.text, index)] for run in source_runs(doc)[index]]
    places = _RunPlaces(runs)
    for left, right in adjacent:
        a, b = places.of(left), places.of(right)
        if a and b and a[0] != b[0] and a[1] == len(runs[a[0]]) - 1 and b[1] == 0:
            first, second = runs[a[0]], runs[b[0]]
            if a[0] < b[0]:
                between = [t for t in src if first[-1].end <= t.start and t.end <= second[0].start]
                tied = any(relation_word(t.text, lang) for t in between)
            else:  # the second name comes first in the source: a name moved next to another
                between = [t for t in src if second[-1].end <= t.start and t.end <= first[0].start and t.is_word]
                tied = len(between) >= _APART
            if tied:
                yield left, right, first, second
