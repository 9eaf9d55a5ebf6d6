"""What a check sees: an aligned source/target pair and the run's options."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from typing import Any, Callable, NamedTuple, TypeVar

from mtcheck.align.aligner import Alignment, Link
from mtcheck.text.document import Document, Segment
from mtcheck.options import Options


T = TypeVar("T")


class SegmentPair(NamedTuple):
    """Aligned source and target sentences (either side may be empty)."""

    source: tuple[Segment, ...]
    target: tuple[Segment, ...]

    @property
    def source_text(self) -> str:
        """The source sentences joined by a space."""
        return " ".join(s.text for s in self.source)

    @property
    def target_text(self) -> str:
        """The target sentences joined by a space."""
        return " ".join(t.text for t in self.target)

    @property
    def source_range(self) -> tuple[int, int] | None:
        """Offsets covering the source side, None when it is empty."""
        return (self.source[0].start, self.source[-1].end) if self.source else None

    @property
    def target_range(self) -> tuple[int, int] | None:
        """Offsets covering the target side, None when it is empty."""
        return (self.target[0].start, self.target[-1].end) if self.target else None


class AlignedDocument:
    """A source document, its translation, their alignment and the run's options.

    ``extras`` carries optional signals added by other stages, e.g. back
    translations of target sentences keyed by sentence index.  (A plain class,
    not a named tuple: it caches what it derives.)
    """

    def __init__(self, source: Document, target: Document, alignment: Alignment, options: Options | None = None,
                 extras: dict[str, Any] | None = None) -> None:
        self.source = source
        self.target = target
        self.alignment = alignment
        self.options = Options() if options is None else options
        self.extras = {} if extras is None else extras
        self._derived: dict[Callable[..., Any], Any] = {}

    def _pairs(self, links: list[Link], src: list[Segment], tgt: list[Segment]) -> list[SegmentPair]:
        return [
            SegmentPair(tuple(src[i] for i in link.source), tuple(tgt[j] for j in link.target))
            for link in links
        ]

    @cached_property
    def pairs(self) -> list[SegmentPair]:
        """Sentence-level aligned pairs, in document order."""
        return self._pairs(self.alignment.sentences, self.source.sentences, self.target.sentences)

    @cached_property
    def paragraph_pairs(self) -> list[SegmentPair]:
        """Paragraph-level aligned pairs, in document order."""
        return self._pairs(self.alignment.paragraphs, self.source.paragraphs, self.target.paragraphs)

    def derived(self, compute: Callable[["AlignedDocument"], T]) -> T:
        """``compute(self)``, computed once per document and shared by every check that asks."""
        if compute not in self._derived:
            self._derived[compute] = compute(self)
        return self._derived[compute]

    @cached_property
    def _target_index(self) -> tuple[list[int], list[int], list[SegmentPair]]:
        """Starts and ends of the pairs with a target side, in document order, for bisection."""
        located = [pair for pair in self.pairs if pair.target]
        return ([p.target[0].start for p in located], [p.target[-1].end for p in located], located)

    def pair_at(self, offset: int) -> SegmentPair | None:
        """The sentence pair whose target side contains ``offset``."""
        starts, ends, located = self._target_index
        k = bisect_right(starts, offset) - 1
        return located[k] if k >= 0 and offset < ends[k] else None

    def pairs_for(self, start: int, end: int) -> list[SegmentPair]:
        """The sentence pairs whose target side overlaps the target range ``[start, end)``, in order."""
        starts, ends, located = self._target_index
        stop = max(end, start + 1)
        found = []
        for k in range(bisect_right(ends, start), len(located)):
            if starts[k] >= stop:
                break
            found.append(located[k])
        return found

    def source_range_for(self, start: int, end: int) -> tuple[int, int] | None:
        """Source offsets aligned to the target range ``[start, end)``."""
        ranges = [found for pair in self.pairs_for(start, end) if (found := pair.source_range)]
        if not ranges:
            return None
        return min(r[0] for r in ranges), max(r[1] for r in ranges)
