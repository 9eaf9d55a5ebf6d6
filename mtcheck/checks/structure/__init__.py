"""Structure: source text with no translation, target text with no source, lengths far off the norm.

All three read the sentence alignment.  Because an aligner sometimes leaves a
sentence unpaired where it should have merged it with a neighbour (a 2-1 link
split into 1-1 and 1-0), a gap is only reported when the neighbours' lengths
do not already account for it; a source and a target sentence unpaired side
by side are a loose pair, not an omission and an addition; and a document
whose alignment is full of gaps reports none: a glitch must not become a
cascade of findings.
"""

from __future__ import annotations

import math
import re
from typing import Callable, Iterator, Sequence

from mtcheck.checks.furniture.blocks import classify, furniture_blocks, overlaps_furniture
from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.findings import Flag, Severity
from mtcheck.checks.structure.gaps import Gap, LengthNorm, chars, hidden, length_norm, long_enough, unpaired
from mtcheck.checks.messages import excerpt
from mtcheck.lang.vocab import furniture_words

_MIN_GAP_WORDS = 4
_MIN_FLAG_CHARS = 60
# Text a pair off the norm must lack or add, in characters of the sides' geometric mean (about six
# words): a short sentence said compactly ("For your information, I'll send ...") is off by a ratio
# but misses no clause.
_MIN_OFF_CHARS = 35
_MIN_NORM_PAIRS = 8
_OUTLIER_SIGMAS = 4.0
_MIN_OUTLIER_FACTOR = math.log(1.6)
# Spelled-out acronyms and glosses make a faithful sentence up to twice as long.
_MIN_LONGER_FACTOR = math.log(2.0)
# More gaps than this share of pairs means the alignment itself is unreliable.
_MAX_GAP_SHARE = 0.15
_MIN_GAPS_ALLOWED = 3
_FIRST_WORD = re.compile(r"^\S+")
_LAST_WORD = re.compile(r"\S+$")


def _furniture_test(doc: AlignedDocument) -> Callable[[Gap], bool]:
    """Whether a gap is only page furniture: the furniture checks' business, or a welcome omission."""
    langs = (doc.target.lang, doc.source.lang)
    words = furniture_words(*langs)
    blocks = furniture_blocks(doc)
    known = doc.derived(_source_furniture)

    def source_furniture(paragraph: int) -> bool:
        if paragraph not in known:  # once per paragraph: gaps inside one huge line must not classify it each
            known[paragraph] = bool(classify(doc.source.paragraphs[paragraph].text, "", words, langs))
        return known[paragraph]

    def is_furniture(gap: Gap) -> bool:
        return (all(source_furniture(s.paragraph) for s in gap.source)
                and all(overlaps_furniture(blocks, t.start, t.end) for t in gap.target))

    return is_furniture


def _source_furniture(doc: AlignedDocument) -> dict[int, bool]:
    """Per document, whether each source paragraph (by index) is furniture, filled as paragraphs are asked about."""
    return {}


def _length_norm(doc: AlignedDocument) -> LengthNorm | None:
    """The length norm of the document's sentence pairs, once per document (the omission, addition and length checks share it)."""
    return length_norm(doc.pairs)


def _gaps(doc: AlignedDocument) -> list[Gap]:
    """The alignment's gaps that are not furniture, none where it is full of them (once per document: the
    omission and addition checks share them)."""
    is_furniture = _furniture_test(doc)
    gaps = [g for g in [*unpaired(doc), *hidden(doc.pairs, doc.derived(_length_norm))] if not is_furniture(g)]
    return [] if len(gaps) > max(_MIN_GAPS_ALLOWED, _MAX_GAP_SHARE * len(doc.pairs)) else gaps


def _reliable_gaps(doc: AlignedDocument, one_sided: str) -> Iterator[Gap]:
    """Gaps with text on one side only, long enough, not furniture, not absorbed by a neighbour."""
    norm = doc.derived(_length_norm)
    for gap in doc.derived(_gaps):
        present, absent = (gap.source, gap.target) if one_sided == "source" else (gap.target, gap.source)
        if absent or sum(len(s.text.split()) for s in present) < _MIN_GAP_WORDS or gap.absorbed(norm):
            continue
        yield gap


def _junction(gap: Gap) -> tuple[int, int]:
    """A short span straddling the point where the missing text belongs: the words either side."""
    start = end = 0
    if gap.previous is not None:
        last = _LAST_WORD.search(gap.previous.text)
        start = end = gap.previous.start + last.start()
        end = gap.previous.end
    if gap.following is not None:
        first = _FIRST_WORD.search(gap.following.text)
        start = start if gap.previous is not None else gap.following.start
        end = gap.following.start + first.end()
    return start, end


@check("MT220", "omission", Severity.MAJOR)
def omission(doc: AlignedDocument) -> Iterator[Flag]:
    """Source text with no counterpart in the translation.

    Flags source sentences the alignment leaves unpaired (a dropped sentence
    or paragraph), marking the junction of the target where they belong: the
    last word before the gap and the first word after it.  Gaps that a
    neighbouring pair's lengths already account for (the aligner missed a
    2-1 merge), page furniture, a source and a target sentence unpaired side
    by side, and documents whose alignment is full of gaps are not reported.

    Bad: ``He resigned. The party thanked him.`` for ``Er trat zurück. Er nannte keine Gründe. Die Partei dankte ihm.``
    Good: ``He resigned and gave no reasons. The party thanked him.``
    """
    for gap in _reliable_gaps(doc, "source"):
        start, end = _junction(gap)
        source_text = " ".join(s.text for s in gap.source)
        yield Flag(
            start, end,
            f"the translation leaves out {len(gap.source)} source sentence(s) here: '{excerpt(source_text)}'",
            source=(gap.source[0].start, gap.source[-1].end),
            evidence={"omitted_sentences": len(gap.source), "omitted_words": len(source_text.split())},
        )


@check("MT221", "addition", Severity.MAJOR)
def addition(doc: AlignedDocument) -> Iterator[Flag]:
    """Translated text with no counterpart in the source.

    Flags target sentences the alignment leaves unpaired: text the
    translation added (a hallucination, a duplicated sentence).  Page
    furniture, gaps a neighbouring pair's lengths or names account for (a
    sentence split in two: "Sims grew up in Baton Rouge. He played ..."), a source and a
    target sentence unpaired side by side, and documents whose alignment is
    full of gaps are not reported.  Major when the added sentence repeats
    one found elsewhere; minor otherwise, since an unpaired sentence may be
    the aligner's miss (the round trip confirms additions).

    Bad: ``The mayor resigned. Experts expect further resignations soon.`` for ``Der Bürgermeister trat zurück.``
    Good: ``The mayor resigned.``
    """
    for gap in _reliable_gaps(doc, "target"):
        start, end = gap.target[0].start, gap.target[-1].end
        yield Flag(
            start, end,
            f"'{excerpt(doc.target.text[start:end])}' has no counterpart in the source",
            evidence={"added_sentences": len(gap.target)},
            severity=None if _repeated(doc, start, end) else Severity.MINOR,
        )


def _repeated(doc: AlignedDocument, start: int, end: int) -> bool:
    """Whether the added text repeats a sentence found elsewhere in the translation (a duplicate).

    An unpaired sentence alone may be the aligner's miss; a repeated one is
    added text for certain, and is the major case.
    """
    text = doc.target.text
    added = text[start:end].strip()
    if len(added) <= 20:
        return False
    # ``added in text[:start] + text[end:]`` without copying the text: before, after, or across the cut.
    reach = len(added) - 1
    return (text.find(added, 0, start) >= 0 or text.find(added, end) >= 0
            or added in text[max(0, start - reach):start] + text[end:end + reach])


def _pair_flag(pair: SegmentPair, deviation: float) -> Flag:
    start, end = pair.target_range
    factor = math.exp(abs(deviation))
    if deviation < 0:
        message = (f"the translation is {factor:.1f}× shorter than this document's norm for its source; "
                   f"part of '{excerpt(pair.source_text)}' may be missing")
    else:
        message = (f"the translation is {factor:.1f}× longer than this document's norm for its source "
                   f"'{excerpt(pair.source_text)}'; it may add text")
    return Flag(start, end, message, source=pair.source_range,
                evidence={"length_factor": round(math.exp(deviation), 2)},
                severity=None if deviation < 0 else Severity.MINOR)


def _pairs_beside_no_gap(pairs: Sequence[SegmentPair]) -> Iterator[SegmentPair]:
    """Two-sided pairs whose neighbours are two-sided too (beside a gap, lengths are unreliable)."""
    def two_sided(i: int) -> bool:
        return not 0 <= i < len(pairs) or bool(pairs[i].source and pairs[i].target)

    for i, pair in enumerate(pairs):
        if two_sided(i) and two_sided(i - 1) and two_sided(i + 1):
            yield pair


@check("MT222", "length-ratio", Severity.MAJOR)
def length_ratio(doc: AlignedDocument) -> Iterator[Flag]:
    """An aligned pair whose length ratio lies far outside the document's own norm.

    Compares each pair's log(target/source) length ratio with the median of
    the document's pairs, in units of their median absolute deviation, so
    that language pairs and translation styles set their own norm.  Only
    pairs with enough source text count, and the pair must lack or add about
    six words' worth of text, so that a short sentence said compactly passes;
    a much shorter translation (likely omission) is major, a much longer one
    (likely addition) minor.  Pairs
    beside an alignment gap and furniture are left to the other checks.

    Bad: ``Five tanks were destroyed.`` for ``Fünf Panzer und vier gepanzerte Fahrzeuge seien bei den Kämpfen zerstört worden, hieß es.``
    Good: ``Five tanks and four armoured vehicles were destroyed in the fighting, it said.``
    """
    norm = doc.derived(_length_norm)
    if norm is None or norm.pairs < _MIN_NORM_PAIRS:
        return
    blocks = furniture_blocks(doc)
    for pair in _pairs_beside_no_gap(doc.pairs):
        if not long_enough(pair, _MIN_FLAG_CHARS) or overlaps_furniture(blocks, *pair.target_range):
            continue
        deviation = norm.deviation(chars(pair.source), chars(pair.target))
        factor = _MIN_LONGER_FACTOR if deviation > 0 else _MIN_OUTLIER_FACTOR
        off_chars = math.sqrt(chars(pair.source) * chars(pair.target)) * (1 - math.exp(-abs(deviation)))
        if not norm.near(deviation, _OUTLIER_SIGMAS, factor) and off_chars >= _MIN_OFF_CHARS:
            yield _pair_flag(pair, deviation)
