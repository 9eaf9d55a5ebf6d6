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

from mtcheck.text.anchors import anchor_similarity, anchors
from mtcheck.text.document import Document, Segment

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
# Numbers rarely change in translation: each one found on one side only
# counts against a link (up to a cap, since formats do vary).
_NUMBER_PENALTY = 1.5
_MAX_UNMATCHED_NUMBERS = 2
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
    if not n or not m:
        # Nothing to search: every segment of the other side stands alone.
        return [Link((i,), (), _MOVES[(1, 0)]) for i in range(n)] + [Link((), (j,), _MOVES[(0, 1)]) for j in range(m)]
    src_anchors = [anchors(s.text) for s in source]
    tgt_anchors = [anchors(t.text) for t in target]
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    # The band must contain a path from corner to corner even for lopsided counts.
    width = max(_MIN_BAND, _BAND_SHARE * max(n, m), abs(n - m) + 2)
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
    # An omitted or added segment costs its prior alone: a length penalty
    # would make the search prefer a lopsided merge to an honest 1-0 link.
    if not src or not tgt:
        return 0.0
    src_len = sum(len(s.text) for s in src)
    tgt_len = sum(len(t.text) for t in tgt)
    cost = _length_cost(src_len, tgt_len, ratio)
    union_src = set().union(*src_anchor_sets)
    union_tgt = set().union(*tgt_anchor_sets)
    cost -= _ANCHOR_WEIGHT * anchor_similarity(union_src, union_tgt)
    cost += _NUMBER_PENALTY * min(len(_numbers(union_src) ^ _numbers(union_tgt)), _MAX_UNMATCHED_NUMBERS)
    if similarity is not None:
        cost -= _SIMILARITY_WEIGHT * similarity(_join(src), _join(tgt))
    return cost


def _numbers(anchor_set: set[str]) -> set[str]:
    return {a for a in anchor_set if a.startswith("#") and a[1:].isdigit()}


def _trace(back, best, n: int, m: int) -> list[Link]:
    links: list[Link] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        links.append(Link(tuple(range(i - di, i)), tuple(range(j - dj, j)),
                          best[i][j] - best[i - di][j - dj]))
        i, j = i - di, j - dj
    return links[::-1]


def _ratio(source: Sequence[Segment], target: Sequence[Segment]) -> float:
    src = sum(len(p.text) for p in source)
    tgt = sum(len(p.text) for p in target)
    return tgt / src if src and tgt else 1.0


def _linked_ratio(links: list[Link], source: Sequence[Segment], target: Sequence[Segment]) -> float:
    """Median length ratio of 1-1 links, robust to omissions and merges."""
    ratios = sorted(
        len(target[l.target[0]].text) / len(source[l.source[0]].text)
        for l in links if l.kind == "1-1"
    )
    if len(ratios) < 3:
        return _ratio(source, target)
    return ratios[len(ratios) // 2]


def align(source: Document, target: Document, similarity: Similarity | None = None) -> Alignment:
    """Align paragraphs, then sentences within each aligned paragraph group.

    The paragraph pass runs twice: the first estimates the document's length
    ratio from the segments it links, the second uses that ratio, so one
    omitted or added paragraph does not bias every other link.
    """
    first = align_segments(source.paragraphs, target.paragraphs,
                           _ratio(source.paragraphs, target.paragraphs), similarity)
    ratio = _linked_ratio(first, source.paragraphs, target.paragraphs)
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
