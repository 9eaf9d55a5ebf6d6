"""MT311 name-missing: a source name the translation writes elsewhere, left out of its sentence."""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator, Sequence

from rapidfuzz import fuzz

from mtcheck.checks.names.variants import variants
from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument
from mtcheck.lang.entities import Skeletons, Token, capitalised_runs, skeleton, word_parts
from mtcheck.findings import Flag, Severity
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import pack
from mtcheck.checks.names.moved import displaced
from mtcheck.checks.names.renderings import PairTokens, run_text


def _name_key(run: Sequence[Token]) -> str:
    """Names are counted by their last word: "Pedro Sánchez" and "Sánchez" are one."""
    return skeleton(run[-1].text)


# A name this much more frequent (Zipf) in the source language than in the
# target language is a word of the source language ("Sparkasse", "Primera")
# that a translation may render as a common noun.
_SOURCE_WORD_MARGIN = 2.2


def _source_language_word(word: str, source_lang: str, target_lang: str) -> bool:
    return zipf(word, source_lang) - zipf(word, target_lang) >= _SOURCE_WORD_MARGIN


def _target_spellings(doc: AlignedDocument) -> tuple[Skeletons, dict[str, list[int]]]:
    """The skeletons of the words the target pairs write (hyphenated words and their parts), each with the
    indices of the pairs that write it (once per document)."""
    pairs: dict[str, list[int]] = {}
    for i, tgt in enumerate(PairTokens.of(doc).target):
        for tok in tgt:
            if tok.is_word:
                for part in word_parts(tok.text):
                    found = pairs.setdefault(skeleton(part), [])
                    if not found or found[-1] != i:
                        found.append(i)
    return Skeletons.of(pairs), pairs


def _kept_mentions(doc: AlignedDocument, runs: Sequence[Sequence[Token]]) -> Counter[str]:
    """How many target sentences write each of the source names ``runs``.

    Each name is looked up in an index of the translation's spellings, not
    compared with every token of every sentence (which grows with the square
    of the article).
    """
    skeletons, pairs = doc.derived(_target_spellings)
    keys = {_name_key(run): run for run in runs}
    return Counter({key: len({i for other in skeletons.spelling(run[-1].text) for i in pairs[other]})
                    for key, run in keys.items()})


def _source_lower_case(doc: AlignedDocument) -> frozenset[str]:
    """The words the source writes in lower case (once per document)."""
    return frozenset(tok.text for toks in PairTokens.of(doc).source for tok in toks if tok.text.islower())


def _source_name_keys(doc: AlignedDocument) -> list[set[str]]:
    """The keys (:func:`_name_key`) of the capitalised runs of each source pair (once per document)."""
    return [{_name_key(run) for run in capitalised_runs(src)} for src in PairTokens.of(doc).source]


def _kept_where_named(doc: AlignedDocument, run: Sequence[Token]) -> bool:
    """Whether the translation keeps the name in most of the pairs whose source names it.

    Names are counted by their last word, so "Sunday" and "Sunday Times"
    are two: a capitalised common word of the source language (Sunday,
    Service) that the translation keeps inside another name and translates
    elsewhere is a word, not a name the translation keeps.
    """
    sides, key = PairTokens.of(doc), _name_key(run)
    named = [i for i, keys in enumerate(doc.derived(_source_name_keys)) if key in keys]
    kept = [i for i in named if sides.present(run[-1:], i)]
    return 2 * len(kept) >= len(named)

_COMMON_WORD = 4.0  # Zipf: a capitalised common word (Act, Union), not a name


@check("MT311", "name-missing", Severity.MAJOR)
def name_missing(doc: AlignedDocument) -> Iterator[Flag]:
    """A name of the source is missing from its translated sentence.

    Flags the target sentence when a source name that the translation writes
    elsewhere as a name (so it is not translated, like Moskau/Moscow) is
    absent from it and from the neighbouring sentences.  Spelling and
    transliteration variants count as present (Gladkow/Gladkov,
    Jussow/Yusov, Putins/Putin's).  A name the translation leaves out more
    than once and in over a third of the sentences that have it in the
    source is being rendered another way on purpose ("die Sparkasse": "the
    savings bank"), and is not flagged; so is a name that is far more common
    as a word of the source language than of the target language, a word
    the source also writes in lower case (the Service, the service), and a
    capitalised common word the translation keeps in fewer than half of the
    sentences that name it.  Spelling variants, inflected forms and written-out
    acronyms (UK: Ujedinjeno Kraljevstvo) count as present.  Major
    when the translation writes the name exactly elsewhere; minor when only
    an inflected or transliterated form is found (Trussová, 德贝里).  Not
    flagged where the sentence may render the name in a form no matcher
    sees: an inflected form of its stem (Simsa) or another script (Сквайр).

    Bad: ``The spokesman said the groups acted autonomously.`` (source: Sprecher Andrij Jussow)
    Good: ``Spokesman Andriy Yusov said the groups acted autonomously.``
    """
    missing = [(i, run) for i, run, moved_to in displaced(doc) if moved_to is None]
    if not missing:
        return
    kept = _kept_mentions(doc, [run for _, run in missing])
    dropped = Counter(_name_key(run) for _, run in missing)
    misspelt = {variant.source.start for variant in variants(doc)}  # MT314's
    for i, run in missing:
        key = _name_key(run)
        if any(word.start in misspelt for word in run):
            continue
        if not kept[key] or dropped[key] > max(1, (kept[key] + dropped[key]) / 3):
            continue
        if _source_language_word(run[-1].text, doc.source.lang, doc.target.lang):
            continue
        if zipf(run[-1].text.lower(), doc.source.lang) >= _COMMON_WORD and not _kept_where_named(doc, run):
            continue
        if run[-1].text.lower() in doc.derived(_source_lower_case):
            continue  # the source writes it as a word too ("the service", "a virus")
        start, end = doc.pairs[i].target_range
        name = run_text(run, doc.source.text)
        sentence = doc.target.text[start:end]
        if _rendered_otherwise(name, sentence, pack(doc.target.lang).flag("orthography.compounds")):
            continue
        yield Flag(
            start, end,
            f"The source names {name!r} here, but the translation leaves it out",
            source=(run[0].start, run[-1].end),
            evidence={"name": name},
            severity=None if _surely_missing(name, doc, sentence) else Severity.MINOR,
        )


STEM_MIN = 4  # letters of a name an inflected form keeps (Sims: Simsa, Villa: Villu)


def _rendered_otherwise(name: str, sentence: str, compounds: bool) -> bool:
    """Whether the sentence may well have the name in a form no name matcher sees.

    An inflected or extended form (Simsa for Sims, Kima for Kim, USA for US), another spelling
    (CARPEM for CRPMEM, omikron for Omicron), an acronym written out, a compound that
    holds it in a language that writes compounds as one word (Sowjetunion), or a transliteration
    into another script (Сквайр, 德贝里: the sentence is not in the name's
    script).
    """
    letters = [c for c in sentence if c.isalpha()]
    if name.isascii() and sum(c.isascii() for c in letters) < 0.5 * len(letters):
        return True
    stem = name.lower()[:max(STEM_MIN, len(name) - 2)]  # a short name is its own stem (Kim: Kima, US: USA)
    words = [w.lower() for w in re.findall(r"\w+", sentence)]
    if _spelled_otherwise(name.split()[-1], words) or _spelled_out(name, words):
        return True
    if compounds and len(stem) >= STEM_MIN and any(stem in w for w in words):
        return True  # inside a compound (Premierminister, Sowjetunion)
    return len(name) > 1 and any(w.startswith(stem) for w in words)


# Skeletons of a name and of a word that spells it another way share this much (CRPMEM/CARPEM, Omicron/omikronu).
_OTHER_SPELLING = 75
_ENDING_LETTERS = 2  # letters of a case ending a word may add to the name (omikronu)


def _spelled_otherwise(name: str, words: Sequence[str]) -> bool:
    """Whether a word of the sentence spells the name another way: misspelt, transliterated, inflected.

    Such a word is MT314's business or no error; the name is not missing.
    """
    key = skeleton(name)
    if len(key) < STEM_MIN:
        return False
    return any(fuzz.ratio(key, skeleton(word)[:len(key) + _ENDING_LETTERS]) >= _OTHER_SPELLING for word in words)


def _spelled_out(name: str, words: Sequence[str]) -> bool:
    """Whether an acronym is written out: consecutive words of the sentence begin with its letters
    (UK: Ujedinjeno Kraljevstvo, RF: radijska frekvencija)."""
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= len(words)):
        return False
    letters = name.lower()
    return any(all(w.startswith(c) for w, c in zip(words[k:], letters)) for k in range(len(words) - len(letters) + 1))


def _written_names(doc: AlignedDocument) -> dict[str, bool]:
    """Per document, whether the translation writes a name as a word, filled as names are asked about."""
    return {}


def _target_word_starts(doc: AlignedDocument) -> dict[str, list[int]]:
    """Where each word (a maximal run of word characters) of the translation starts (once per document)."""
    starts: dict[str, list[int]] = {}
    for match in re.finditer(r"\w+", doc.target.text):
        starts.setdefault(match.group(), []).append(match.start())
    return starts


def _writes(name: str, doc: AlignedDocument) -> bool:
    """Whether the translation writes ``name`` as a word (no word character either side).

    Tried only where the translation has a word equal to the name's first
    word: such a match starts a word, and its word is the name's first.
    """
    lead = re.match(r"\w+", name)
    if lead is None:
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", doc.target.text) is not None
    whole = re.compile(rf"{re.escape(name)}(?!\w)")
    text = doc.target.text
    return any(whole.match(text, start) for start in doc.derived(_target_word_starts).get(lead.group(), ()))


def _surely_missing(name: str, doc: AlignedDocument, sentence: str) -> bool:
    """The second signal for a major finding: the name is spelled as in the source elsewhere in the
    translation, the sentence has no inflected form of it (Trussová), is written in the name's
    script (not transliterated: 德贝里), and the name is no common word of the source language
    (Union, Act, a word translators translate)."""
    written = doc.derived(_written_names)
    if name not in written:  # one look-up per name, not per finding
        written[name] = _writes(name, doc)
    if not written[name]:
        return False
    if name[:4].lower() in sentence.lower() or zipf(name.lower(), doc.source.lang) >= _COMMON_WORD:
        return False
    letters = [c for c in sentence if c.isalpha()]
    return sum(c.isascii() for c in letters) >= 0.5 * len(letters) if name.isascii() else True
