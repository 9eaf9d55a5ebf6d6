"""Paragraph and sentence alignment of a source document with its translation.

Dynamic programming over segment lengths in the style of Gale & Church
(1993), strengthened by anchors that survive translation (numbers, names,
URLs) and, when a translator is available, by a similarity score between
the machine translation of the source and the target (Bleualign style).
Moves 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 let one omitted, split or merged
segment cost only itself, not everything after it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

from mtcheck.anchors import anchor_similarity, anchors
from mtcheck.document import Document, Segment

# -log prior of each move (Gale & Church's estimates, 2-2 from hunalign).
_MOVES: dict[tuple[int, int], float] = {
    (1, 1): -math.log(0.89),
    (1, 0): -math.log(0.0099),
    (0, 1): -math.log(0.0099),
    (2, 1): -math.log(0.089 / 2),
    (1, 2): -math.log(0.089 / 2),
    (2, 2): -math.log(0.011),
}
_VARIANCE = 6.8
_ANCHOR_WEIGHT = 4.0
_SIMILARITY_WEIGHT = 6.0
# Only cells near the diagonal are searched, keeping long documents linear.
_MIN_BAND = 12
_BAND_SHARE = 0.2

Similarity = Callable[[str, str], float]
"""Scores how well a source text matches a target text, 0..1."""


@dataclass(frozen=True)
class Link:
    """Indices of source and target segments that translate each other."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    cost: float = 0.0

    @property
    def kind(self) -> str:
        """Shape such as ``1-1``, ``0-1`` or ``2-1``."""
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True)
class Alignment:
    """Sentence links grouped within paragraph links."""

    paragraphs: list[Link]
    sentences: list[Link]
    method: str


def _length_cost(src_len: int, tgt_len: int, ratio: float) -> float:
    """Gale-Church cost: -log probability of the observed length difference."""
    if src_len == 0 and tgt_len == 0:
        return 0.0
    mean = (src_len + tgt_len / ratio) / 2
    delta = (ratio * src_len - tgt_len) / math.sqrt(max(mean, 1) * _VARIANCE)
    tail = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(tail, 1e-12))


def _join(segments: Sequence[Segment]) -> str:
    return " ".join(s.text for s in segments)


def align_segments(
    source: Sequence[Segment],
    target: Sequence[Segment],
    ratio: float,
    similarity: Similarity | None = None,
) -> list[Link]:
    """Best monotone alignment of two segment lists (indices are local)."""
    n, m = len(source), len(target)
    src_anchors = [anchors(s.text) for s in source]
    tgt_anchors = [anchors(t.text) for t in target]
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    width = max(_MIN_BAND, _BAND_SHARE * max(n, m))
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == inf or abs(j - i * m / max(n, 1)) > width:
                continue
            for (di, dj), prior in _MOVES.items():
                if i + di > n or j + dj > m:
                    continue
                cost = best[i][j] + prior + _link_cost(
                    source[i:i + di], target[j:j + dj],
                    src_anchors[i:i + di], tgt_anchors[j:j + dj], ratio, similarity,
                )
                if cost < best[i + di][j + dj]:
                    best[i + di][j + dj] = cost
                    back[i + di][j + dj] = (di, dj)
    return _trace(back, best, n, m)


def _link_cost(src, tgt, src_anchor_sets, tgt_anchor_sets, ratio, similarity) -> float:
    if not src or not tgt:
        # A dropped or added segment costs its move's prior alone: a length
        # cost would grow with the segment and hide long omissions in merges.
        return 0.0
    src_len = sum(len(s.text) for s in src)
    tgt_len = sum(len(t.text) for t in tgt)
    cost = _length_cost(src_len, tgt_len, ratio)
    union_src = set().union(*src_anchor_sets)
    union_tgt = set().union(*tgt_anchor_sets)
    cost -= _ANCHOR_WEIGHT * anchor_similarity(union_src, union_tgt)
    if similarity is not None:
        cost -= _SIMILARITY_WEIGHT * similarity(_join(src), _join(tgt))
    return cost


def _trace(back, best, n: int, m: int) -> list[Link]:
    links: list[Link] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        links.append(Link(tuple(range(i - di, i)), tuple(range(j - dj, j)),
                          best[i][j] - best[i - di][j - dj]))
        i, j = i - di, j - dj
    return links[::-1]


def _ratio(source: Document, target: Document) -> float:
    src = sum(len(p.text) for p in source.paragraphs)
    tgt = sum(len(p.text) for p in target.paragraphs)
    return tgt / src if src else 1.0


def align(source: Document, target: Document, similarity: Similarity | None = None) -> Alignment:
    """Align paragraphs, then sentences within each aligned paragraph group."""
    ratio = _ratio(source, target)
    para_links = align_segments(source.paragraphs, target.paragraphs, ratio, similarity)
    sentence_links: list[Link] = []
    for link in para_links:
        src_sents = [s for p in link.source for s in source.sentences_of(p)]
        tgt_sents = [s for p in link.target for s in target.sentences_of(p)]
        for local in align_segments(src_sents, tgt_sents, ratio, similarity):
            sentence_links.append(Link(
                tuple(src_sents[k].index for k in local.source),
                tuple(tgt_sents[k].index for k in local.target),
                local.cost,
            ))
    method = "length+anchors" + ("+similarity" if similarity else "")
    return Alignment(para_links, sentence_links, method)
