"""Text left in the source language: the checks MT300 (runs of words) and MT302 (single words, short phrases).

Word frequencies in both languages tell a word of the source language from
one of the target language; :mod:`words` finds the single words copied
from the aligned source sentence.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Sequence

from mtcheck.checks import check
from mtcheck.text.anchors import protected_ranges
from mtcheck.text.scripts import foreign_runs
from mtcheck.text.segment import char_after, char_before
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.lang.entities import NOUN_CAPITALISING
from mtcheck.findings import Flag, Severity
from mtcheck.lang.lexicon import has_frequencies, zipf
from mtcheck.lang.packs import pack
from mtcheck.lang.wordclass import QUOTES, Token
from mtcheck.checks.leaks.scripts import copied_script_runs
from mtcheck.checks.leaks.sentences import document_words, sentences, words_of
from mtcheck.checks.leaks.words import copied_phrases, name_words

# Zipf margins: a word leans to the source language when it is this much more
# frequent there than in the target language; a function word is very frequent.
_LEAN = 1.5
_KNOWN = 3.0
_FUNCTION = 5.5
_MIN_RUN = 4
_MIN_FUNCTION_WORDS = 3
_MIN_LOWER_CONTENT = 2
_MIN_IDENTICAL = 3
_MAX_TITLE = 6
# Pairs either side whose source may hold a run copied into a sentence the alignment put one off.
_NEIGHBOURS = 2


@lru_cache(maxsize=50_000)
def _lean(word: str, source: str, target: str) -> int:
    """+1 for a word of the source language, -1 for one of the target language, else 0 (memoised: each
    sentence's words are asked about three times)."""
    s, t = zipf(word, source), zipf(word, target)
    if s >= _KNOWN and s - t >= _LEAN:
        return 1
    if t >= _KNOWN and t - s >= _LEAN / 2:
        return -1
    return 0


def _source_runs(words: Sequence[Token], source: str, target: str) -> Iterator[list[Token]]:
    """Runs without target-language words, trimmed to start and end on a source-language word."""
    run: list[Token] = []
    for word in [*words, None]:
        lean = _lean(word.lower, source, target) if word else -1
        if lean >= 0:
            run.append(word)
            continue
        leaning = [k for k, w in enumerate(run) if _lean(w.lower, source, target) > 0]
        if leaning:
            yield run[leaning[0]:leaning[-1] + 1]
        run = []


def _looks_untranslated(run: Sequence[Token], source: str, target: str) -> bool:
    """Enough source words, of which several function words or lower-case content words.

    A title or name kept in the source language ("Der Untergang des
    Abendlandes", "The Lord of the Rings") has few function words and
    capitalised content words.
    """
    leaning = [w for w in run if _lean(w.lower, source, target) > 0]
    function = [w for w in leaning if zipf(w.lower, source) >= _FUNCTION]
    content = [w for w in leaning if w not in function]
    title_case = source not in NOUN_CAPITALISING and all(w.is_capitalised for w in content)
    if len(leaning) < _MIN_RUN or title_case:
        return False
    lower_content = sum(not w.is_capitalised for w in content)
    return len(function) >= _MIN_FUNCTION_WORDS or lower_content >= _MIN_LOWER_CONTENT


def _quoted_title(run: Sequence[Token], text: str) -> bool:
    """True for a short run that is a whole quotation without final punctuation: a title, a slogan."""
    before, after = char_before(text, run[0].start), char_after(text, run[-1].end)
    return (len(run) <= _MAX_TITLE and bool(before) and before[-1] in QUOTES
            and bool(after) and after[0] in QUOTES)


def _untranslated_run(pair: SegmentPair, words: list[Token], text: str, source: str, target: str
                      ) -> list[Token] | None:
    """The source-language run of one sentence, if it looks left untranslated."""
    if sum(_lean(w.lower, source, target) > 0 for w in words) < min(_MIN_IDENTICAL, _MIN_RUN):
        return None  # too few source-language words for either kind of run: most sentences
    identical = pair.source_text.split() == pair.target_text.split()
    for run in _source_runs(words, source, target):
        leaning = sum(_lean(w.lower, source, target) > 0 for w in run)
        if identical and leaning >= _MIN_IDENTICAL and 2 * leaning >= len(words):
            return run
        if _looks_untranslated(run, source, target) and not _quoted_title(run, text):
            return run
    return None


def _rest_of_a_name(run: list[Token], tokens: list[Token]) -> bool:
    """A run that continues a capitalised word or precedes an acronym is an official name.

    "Commission nationale de l'informatique et des libertés (CNIL)" is kept in
    French on purpose; a sentence left untranslated does not hang off a name.
    """
    index = next(i for i, t in enumerate(tokens) if t.start == run[0].start)
    end = next(i for i, t in enumerate(tokens) if t.start == run[-1].start)
    before = tokens[index - 1] if index else None
    after = tokens[end + 1:end + 3]
    follows_name = before is not None and before.is_word and before.text[:1].isupper() and not run[0].text[:1].isupper()
    acronym_next = len(after) == 2 and after[0].text == "(" and after[1].text.isupper()
    return follows_name or acronym_next


@check("MT300", "untranslated-text", Severity.MAJOR)
def untranslated_text(doc: AlignedDocument) -> Iterator[Flag]:
    """Words or sentences left in the source language.

    Flags a run of at least four words that are far more frequent in the
    source language than in the target language (wordfreq Zipf scale), three
    of them function words or two of them lower-case content words, or a
    shorter run in a sentence identical to its aligned source.  Names,
    brands, single terms kept on purpose (Bundestag, Mittelstand), titles
    ("Der Untergang des Abendlandes"), official names kept in the original
    ("Commission nationale de l'informatique et des libertés") and short
    quoted slogans without sentence punctuation ("„Wir sind das Volk“") pass.
    Whatever the languages' word frequencies, also flags a run of letters in
    a script the target language is not written in ("但是面对tiktok的快速发展"
    in English, Cyrillic in German) that the aligned source sentence has,
    with the letters glued to it; a name beside its rendering in brackets
    ("Zelensky (Зеленський)"), a capitalised name in a cased script and web
    addresses pass, and Latin is never foreign where names are kept in it
    (Russian, Chinese).

    Bad: ``The Legion wrote: Die Befreiung ist in diesem Moment im Gange.``
    Good: ``The Legion wrote: The liberation is underway at this moment.``
    """
    yield from doc.derived(_untranslated_flags)


def _untranslated_flags(doc: AlignedDocument) -> list[Flag]:
    """untranslated-text's flags, computed once per document: untranslated-word skips what they cover."""
    if doc.source.lang == doc.target.lang:
        return []
    flags = _source_language_runs(doc)
    flags += [f for f in _source_script_runs(doc) if not any(g.start < f.end and f.start < g.end for g in flags)]
    return sorted(flags, key=lambda f: f.start)


def _source_language_runs(doc: AlignedDocument) -> list[Flag]:
    """Runs of words far more frequent in the source language than in the target language."""
    source, target = doc.source.lang, doc.target.lang
    if not (has_frequencies(source) and has_frequencies(target)):
        return []  # a word's language is told by its frequency in both languages
    flags: list[Flag] = []
    for pair, tokens in sentences(doc):
        run = _untranslated_run(pair, words_of(tokens), doc.target.text, source, target)
        if run and not _rest_of_a_name(run, tokens):
            flags.append(Flag(
                run[0].start, run[-1].end,
                f"'{doc.target.text[run[0].start:run[-1].end]}' is still in the source language "
                f"({source}), not translated into {target}",
                source=pair.source_range,
                evidence={"words": len(run)},
            ))
    return flags


def _source_script_runs(doc: AlignedDocument) -> list[Flag]:
    """Runs in a script the target language does not write, which the aligned source sentence has (or one of
    its neighbours, where the alignment is one off)."""
    scripts = pack(doc.target.lang).items("scripts")
    if not scripts:
        return []
    text, target = doc.target.text, pack(doc.target.lang).name
    if next(foreign_runs(text, scripts), None) is None:
        return []
    protected = protected_ranges(text)
    flags: list[Flag] = []
    for k, pair in enumerate(doc.pairs):
        nearby = sorted(range(max(0, k - _NEIGHBOURS), min(len(doc.pairs), k + _NEIGHBOURS + 1)),
                        key=lambda j: abs(j - k))
        for segment in pair.target:
            for run in copied_script_runs(text, segment.start, segment.end,
                                          [doc.pairs[j].source_text for j in nearby], scripts, protected):
                flags.append(Flag(
                    run.start, run.end,
                    f"'{text[run.start:run.end]}' is in a script {target} is not written in, copied from the "
                    f"source ({doc.source.lang}) untranslated",
                    source=doc.pairs[nearby[run.source]].source_range,
                    evidence={"source_share": run.source_share}))
    return flags


def _name_words(doc: AlignedDocument) -> frozenset[str]:
    """The target's words that are parts of names (once per document, and only where a word is suspect)."""
    return name_words(document_words(doc).capitalised_pairs, doc.target.lang)


@check("MT302", "untranslated-word", Severity.MAJOR)
def untranslated_word(doc: AlignedDocument) -> Iterator[Flag]:
    """A single word or a short phrase copied untranslated from the aligned source sentence.

    Flags a word of the aligned source sentence, common in the source
    language and rare in the target language (wordfreq Zipf scale), with the
    words around it that the source has in the same order (an article, a
    second noun); where the target capitalises nouns (German), a lower-case
    word by a smaller margin, since web text there borrows nouns but seldom
    verbs and adjectives ("die people"), unless it is an inflected target
    adjective ("faire" from "fair"); and a long source form unknown in the
    target language ("požárům").  Names pass: a word capitalised in a source language that
    writes common nouns in lower case, and in a German source a capitalised
    word the translation does not use as a common noun (after a determiner or
    a copied article).  A capitalised neighbour makes a name of a copied
    word, but not of a copied article or preposition ("einem Ford", "avec
    Macron"), except a name's particle ("von der Leyen").  Loanwords the target language also uses
    ("Kindergarten", "cuisine") and terms kept on purpose that are known in
    the target language ("Bundestag") pass.  Languages without word
    frequencies are not checked.

    Bad: ``The conseil municipal voted the budget on Tuesday evening.``
    Good: ``The city council voted the budget on Tuesday evening.``
    """
    source, target = doc.source.lang, doc.target.lang
    if source == target or not (has_frequencies(source) and has_frequencies(target, large=True)):
        return
    flagged = {(f.start, f.end) for f in doc.derived(_untranslated_flags)}
    protected = protected_ranges(doc.target.text)
    for pair, tokens in sentences(doc):
        for phrase in copied_phrases(words_of(tokens), doc.target.text, pair.source_text, source, target, protected,
                                     lambda: doc.derived(_name_words)):
            start, end = phrase.tokens[0].start, phrase.tokens[-1].end
            if any(s <= start and end <= e for s, e in flagged):
                continue
            text = doc.target.text[start:end]
            yield Flag(
                start, end,
                f"'{text}' is copied from the source sentence untranslated: '{phrase.anchor}' is a "
                f"{source} word, rare in {target}",
                source=pair.source_range,
                evidence={"zipf_source": phrase.source_zipf, "zipf_target": phrase.target_zipf},
            )
