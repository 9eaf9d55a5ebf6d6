"""Pairing the numbers of an aligned document: which mentions of each sentence pair have no counterpart
on the other side nearby, and which of those conflict (one number became another).

Shared by the three number checks and computed once per document.
"""

from __future__ import annotations

import math
from typing import Iterator, NamedTuple

from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.checks.numbers.mention import Mention
from mtcheck.checks.numbers.quantities import mentions
from mtcheck.checks.numbers.restated import restatements
from mtcheck.checks.numbers.units import converted, same_unit, units_of

_REACH = 1  # aligned pairs on each side where a moved number may have gone


def _side(segments, lang: str, strict: bool) -> list[Mention]:
    return [m for seg in segments for m in mentions(seg.text, lang, seg.start, strict)]


class PairMentions(NamedTuple):
    """Each aligned pair's mentions, read once per document: the source strictly, in its own convention,
    the target loosely (a number in either convention), as :func:`mentions` reads them."""

    source: list[list[Mention]]
    target: list[list[Mention]]


def pair_mentions(doc: AlignedDocument) -> PairMentions:
    """The mentions of every aligned pair (once per document; every number check and the document-wide
    search for a number's other occurrences read them)."""
    return doc.derived(_read_pairs)


def _read_pairs(doc: AlignedDocument) -> PairMentions:
    return PairMentions([_side(p.source, doc.source.lang, strict=True) for p in doc.pairs],
                        [_side(p.target, doc.target.lang, strict=False) for p in doc.pairs])


def _target_side(pair: SegmentPair, lang: str, loose: list[Mention]) -> list[Mention]:
    """Target numbers (``loose``: read in either convention) in the target's own convention, and also
    in the other one where the source pair writes the very same token (a format copied from the source:
    1.500 for 1.500): a 7.675 that the source wrote 7 675 is seven and a bit to its reader, not a copied
    grouping."""
    if not loose:
        return loose  # most sentences: no number, and no source text to join
    source = pair.source_text
    if all(m.text in source for m in loose):
        return loose  # every number as the source writes it: no strict reading needed
    strict = {(m.start, m.end, m.kind): m for m in _side(pair.target, lang, strict=True)}
    return [m if m.text in source else strict.get((m.start, m.end, m.kind), m) for m in loose]


class Unmatched(NamedTuple):
    """Mentions of one aligned pair with no counterpart on the other side nearby."""

    pair: SegmentPair
    source: list[Mention]
    target: list[Mention]

    def conflicts(self) -> Iterator[tuple[Mention, Mention]]:
        """Source and target mentions of one kind, paired: one number became another.

        Pairs that differ as a garble surely does (600.0 for 60万, 74 for 47)
        are taken first, the rest in order, so an unpaired number in between
        (a numeral written as a word on the other side) does not shift them.
        """
        for kind in ("number", "month", "code"):
            source = [m for m in self.source if m.kind == kind]
            target = [m for m in self.target if m.kind == kind]
            garbled = []
            candidates = sorted(((_garble_score(s, t), i, j) for i, s in enumerate(source)
                                 for j, t in enumerate(target)), key=lambda c: (-c[0], c[2], c[1]))
            for score, i, j in candidates:
                if score == _SURE and all(source[i] is not a and target[j] is not b for a, b in garbled):
                    garbled.append((source[i], target[j]))
            source = [m for m in source if all(m is not a for a, _ in garbled)]
            rest = zip(source, [t for t in target if all(t is not g for _, g in garbled)])
            yield from sorted([*garbled, *rest], key=lambda pair: pair[1].start)

    def leftovers(self, side: str) -> list[Mention]:
        """Strong mentions of ``side`` that no conflict pairs up."""
        paired = {id(m) for pair in self.conflicts() for m in pair}
        mentions_ = self.source if side == "source" else self.target
        return [m for m in mentions_ if id(m) not in paired and not m.weak]


def _find_unmatched(doc: AlignedDocument) -> list[Unmatched]:
    found = []
    read = pair_mentions(doc)
    source = read.source
    target = [_target_side(p, doc.target.lang, loose) for p, loose in zip(doc.pairs, read.target)]
    units = {k: u for ms in source if ms for k, u in units_of(doc.source.text, ms, doc.source.lang).items()}
    units.update({k: u for ms in target if ms for k, u in units_of(doc.target.text, ms, doc.target.lang).items()})
    restated = {k: m for ms in source if ms for k, m in restatements(doc.source.text, ms).items()}
    restated.update({k: m for ms in target if ms for k, m in restatements(doc.target.text, ms).items()})

    def agree(src: Mention, tgt: Mention) -> bool:
        a, b = units[id(src)], units[id(tgt)]
        return (src.matches(tgt) and same_unit(a, b)) or converted(src, a, tgt, b)

    for i, pair in enumerate(doc.pairs):
        if not pair.source or not pair.target or not (source[i] or target[i]):
            continue  # one side empty, or no number on either side (most pairs): nothing lonely
        nearby = range(max(0, i - _REACH), min(len(doc.pairs), i + _REACH + 1))
        src_near = [m for j in nearby for m in source[j]]
        tgt_near = [m for j in nearby for m in target[j]]
        lonely_src = [m for m in source[i] if not any(agree(m, t) for t in tgt_near)]
        lonely_tgt = [m for m in target[i] if not any(agree(s, m) for s in src_near)]
        if not any(id(m) in restated for m in target[i]):
            lonely_src = _less_conversions(restated, units, lonely_src)
        if not any(id(m) in restated for m in source[i]):
            lonely_tgt = _less_conversions(restated, units, lonely_tgt)
        if lonely_src or lonely_tgt:
            found.append(Unmatched(pair, lonely_src, lonely_tgt))
    return found


def _less_conversions(restated: dict[int, Mention], units: dict, lonely: list[Mention]) -> list[Mention]:
    """Unmatched mentions less those that restate a matched amount in parentheses, in no unit the packs
    know: a conversion into another currency that one side adds or drops ($60 billion (375 milijardi kuna)).

    Called only where the other side restates nothing: a restatement on both sides is compared, as are
    known units, whose conversions are checked.
    """
    return [m for m in lonely if not (id(m) in restated and units[id(m)] is None
                                      and not any(restated[id(m)] is n for n in lonely))]


def _digits(value: float) -> str:
    return f"{value:f}".rstrip("0").rstrip(".").replace(".", "")


def garble_like(src: Mention, tgt: Mention) -> bool:
    """Whether two numbers differ the way a garbled one does, not the way a free rendering does.

    A month changed, digits swapped (47/74), one digit changed (220/200), a
    factor of a power of ten (a thousands separator read as a decimal
    point, Millionen read as billions).  Translators round and restate
    (three dozen, the 19th century for 1880); those stay minor.
    """
    return _garble_score(src, tgt) > 0


_SURE = 2  # the garble score of a month changed, digits swapped or a power of ten


def _garble_score(src: Mention, tgt: Mention) -> int:
    """How surely two numbers differ as a garble does: 2 for a month, digits swapped or a power of
    ten, 1 for one digit changed, 0 for neither."""
    if src.kind == "month" or tgt.kind == "month":
        return _SURE
    score = 0
    for a in (k for k in src.keys if isinstance(k, float) and k > 0):
        for b in (k for k in tgt.keys if isinstance(k, float) and k > 0):
            da, db = _digits(a), _digits(b)
            ratio = max(a, b) / min(a, b)
            if (sorted(da) == sorted(db) and da != db) or (
                    ratio >= 10 and abs(math.log10(ratio) - round(math.log10(ratio))) < 1e-9):
                return _SURE
            if len(da) == len(db) and sum(x != y for x, y in zip(da, db)) == 1:
                score = 1
    return score


def unmatched_pairs(doc: AlignedDocument) -> list[Unmatched]:
    """Unmatched mentions of every pair, found once per document for the three number checks."""
    return doc.derived(_find_unmatched)
