"""Round trip: what reads fluently but no longer says what the source says.

These checks read the back-translations that the round-trip stage puts in
``doc.extras['round_trip']`` (see ``mtcheck.checks.roundtrip.scoring``); they
flag nothing when no translator or back-translation file was given.  A
sentence is judged against the document's own distribution of round-trip
scores (robust z-scores), never against one fixed threshold.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.findings import Flag, Severity
from mtcheck.lang.packs import words_by_language

if TYPE_CHECKING:  # the scoring (and chrF) is imported only by runs with a translator
    from mtcheck.checks.roundtrip.scoring import PairSignal, RoundTrip

# Robust z-scores beyond which a sentence stands out from its document.
CHRF_Z = 3.0
LENGTH_Z = 2.5
# chrF of paraphrasing back-translations scatters widely: a meaning shift
# must also fall below this share of the document's median.
CHRF_SHARE = 0.6
# Enough content words missing (or added): at least two, and this share.
MIN_WORDS = 2
MIN_SHARE = 0.2
# A clause counts as missing when under a third of its content words come back.
COVERED = 1 / 3
_STEM = 5
# Words that open a clause without a comma before them.
_CLAUSE_WORDS = words_by_language("grammar.clause_starts")
_WORD = re.compile(r"[^\W_]+")
_EDGES = " .!?\"'“”„«»‚‘’"


def _signals(doc: AlignedDocument) -> Iterator[tuple[SegmentPair, PairSignal, RoundTrip]]:
    """Judged pairs with their round-trip signal (none without a round trip)."""
    rt: RoundTrip | None = doc.extras.get("round_trip")
    for index, signal in (rt.signals.items() if rt else ()):
        if signal.chrf_z is not None:
            yield doc.pairs[index], signal, rt


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern[str]:
    """Punctuation between clauses (compiled on first use: only a run with a round trip reads it)."""
    return re.compile(r"\s*(?:[,;:()\[\]–—]|\s-\s)\s*")


def _clauses(text: str, lang: str, offset: int = 0) -> list[tuple[int, int]]:
    """Ranges of the stretches between punctuation breaks and before clause-opening words."""
    openers = _CLAUSE_WORDS.get(lang, set())
    cuts = [(m.start(), m.end()) for m in _clause_break().finditer(text)]
    cuts += [(m.start(), m.start()) for m in _WORD.finditer(text) if m.start() and m.group().lower() in openers]
    ranges, start = [], 0
    for cut_start, cut_end in sorted(cuts) + [(len(text), len(text))]:
        piece = text[start:cut_start]
        core = piece.strip(_EDGES)
        if core:
            first = start + piece.index(core)
            ranges.append((offset + first, offset + first + len(core)))
        start = max(start, cut_end)
    return ranges


def _content_words(text: str) -> list[str]:
    """Words that carry meaning in any language: long words and numbers, lowercased."""
    return [w.lower() for w in _WORD.findall(text) if len(w) >= 4 or w.isdigit()]


def _missing(text: str, other: str) -> list[str]:
    """Content words of ``text`` whose stem does not occur in ``other`` (stems survive inflection)."""
    stems = {w[:_STEM] for w in _content_words(other)}
    return [w for w in _content_words(text) if w[:_STEM] not in stems]


def _coverage(text: str, other: str) -> float:
    """Share of the content words of ``text`` found in ``other``; 1 for text with too few to tell."""
    words = _content_words(text)
    return 1 - len(_missing(text, other)) / len(words) if len(words) >= MIN_WORDS else 1.0


def _enough(missing: list[str], whole: str) -> bool:
    return len(missing) >= max(MIN_WORDS, MIN_SHARE * len(_content_words(whole)))


def _worst_run(text: str, clauses: list[tuple[int, int]], other: str) -> tuple[int, int] | None:
    """The run of adjacent clauses of ``text`` that ``other`` covers least, None if it covers all."""
    runs: list[list[tuple[int, int]]] = []
    previous_missing = False
    for start, end in clauses:
        missing = _coverage(text[start:end], other) < COVERED
        if missing and previous_missing:
            runs[-1].append((start, end))
        elif missing:
            runs.append([(start, end)])
        previous_missing = missing
    if not runs:
        return None
    best = max(runs, key=lambda run: sum(len(_missing(text[s:e], other)) for s, e in run))
    return best[0][0], best[-1][1]


def _evidence(signal: PairSignal, rt: RoundTrip, **extra: object) -> dict[str, object]:
    median = None if rt.chrf_median is None else round(rt.chrf_median, 1)
    return {"signals": ["round-trip"], **signal.to_evidence(), "document_median_chrf": median, **extra}


@check("MT340", "round-trip-meaning-shift", Severity.MAJOR)
def round_trip_meaning_shift(doc: AlignedDocument) -> Iterator[Flag]:
    """Translated back, the sentence says something else than the source.

    Flags a sentence whose back-translation into the source language scores
    far below the document's other sentences in chrF against its source
    (robust z-score under -3 and under 60% of the document's median), while
    its length is in line (shorter or longer ones are MT341/MT342).  Catches
    fluent text that has come loose from its source, which no surface check
    sees; a shift of one word (a negation, a swapped role) keeps most of its
    chrF and passes.  Runs only with a model (``--model``), a translator
    command or a precomputed ``--back-translation``.

    Bad: ``Die Gewerkschaft rief zu einem Warnstreik auf.`` -> ``The weather service expects heavy rain.``
    Good: ``The union called a warning strike.`` (back: ``Die Gewerkschaft rief einen Warnstreik aus.``)
    """
    for pair, signal, rt in _signals(doc):
        far_below = signal.chrf_z <= -CHRF_Z and signal.chrf <= CHRF_SHARE * rt.chrf_median
        if not far_below or abs(signal.length_z) >= LENGTH_Z:
            continue
        start, end = pair.target_range
        yield Flag(
            start, end,
            f"translated back, this says something else than the source (chrF {signal.chrf:.0f} against "
            f"a document median of {rt.chrf_median:.0f}): '{_short(signal.back_translation)}'",
            evidence=_evidence(signal, rt),
        )


@check("MT341", "round-trip-omission", Severity.MAJOR)
def round_trip_omission(doc: AlignedDocument) -> Iterator[Flag]:
    """Part of the source does not come back in the round trip: the translation left it out.

    Flags a sentence whose back-translation is much shorter than its source,
    compared with the document's other sentences (robust z-score of the
    length ratio under -2.5), when a fifth of the source's content words and
    at least one whole clause are missing from the back-translation.  The
    finding's source span is the missing clause (or run of clauses).

    Bad: ``Der Zug fiel aus, weil ein Baum auf die Gleise gestürzt war.`` -> ``The train was cancelled.``
    Good: ``The train was cancelled because a tree had fallen onto the tracks.``
    """
    text = doc.source.text
    for pair, signal, rt in _signals(doc):
        missing = _missing(pair.source_text, signal.back_translation)
        if signal.length_z > -LENGTH_Z or not _enough(missing, pair.source_text):
            continue
        clauses = [c for s in pair.source for c in _clauses(s.text, doc.source.lang, s.start)]
        run = _worst_run(text, clauses, signal.back_translation)
        if run is None:
            continue
        start, end = pair.target_range
        yield Flag(
            start, end,
            f"the translation leaves out part of the source: '{_short(text[run[0]:run[1]])}' "
            "does not come back when it is translated back",
            source=run,
            evidence=_evidence(signal, rt, missing=missing),
        )


@check("MT342", "round-trip-addition", Severity.MAJOR)
def round_trip_addition(doc: AlignedDocument) -> Iterator[Flag]:
    """The translation says more than the source: text with nothing behind it in the source.

    Flags a sentence whose back-translation is much longer than its source,
    compared with the document's other sentences (robust z-score of the
    length ratio over 2.5), when a fifth of the back-translation's content
    words are not in the source.  The span is the added sentence or clause
    where it can be located, else the whole sentence.

    Bad: ``Der Bürgermeister eröffnete die Brücke.`` -> ``The mayor, who was re-elected in 2019, opened the bridge.``
    Good: ``The mayor opened the bridge.``
    """
    for pair, signal, rt in _signals(doc):
        added = _missing(signal.back_translation, pair.source_text)
        if signal.length_z < LENGTH_Z or not _enough(added, signal.back_translation):
            continue
        (start, end), back = _added_span(doc, rt, pair)
        yield Flag(
            start, end,
            f"the translation adds something the source does not say: translated back, "
            f"'{_short(back)}' has no counterpart in the source",
            evidence=_evidence(signal, rt, added=added),
        )


def _added_span(doc: AlignedDocument, rt: RoundTrip, pair: SegmentPair) -> tuple[tuple[int, int], str]:
    """The target sentence (of several) or clause the source covers least, and its back-translation."""
    source = pair.source_text
    if len(pair.target) > 1:
        worst = min(pair.target, key=lambda t: _coverage(rt.sentences[t.index], source))
        return (worst.start, worst.end), rt.sentences[worst.index]
    sentence = pair.target[0]
    back = rt.sentences[sentence.index]
    back_clauses = _clauses(back, doc.source.lang)
    target_clauses = _clauses(sentence.text, doc.target.lang, sentence.start)
    run = _worst_run(back, back_clauses, source)
    if run is None or len(back_clauses) != len(target_clauses):
        return (sentence.start, sentence.end), back
    first = [c[0] for c in back_clauses].index(run[0])
    last = [c[1] for c in back_clauses].index(run[1])
    return (target_clauses[first][0], target_clauses[last][1]), back[run[0]:run[1]]


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
