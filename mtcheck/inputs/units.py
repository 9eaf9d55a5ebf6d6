"""Pre-aligned translation units (XLIFF, TMX, PO, MQM segments) as one aligned document.

CAT tools and localisation pipelines already pair each source segment with
its translation, so re-aligning them with Gale-Church could only lose
information.  The units become the paragraphs of one source and one target
document, blank-line separated, and the alignment links unit *k* of the
source with unit *k* of the target.  Sentences inside a unit (a unit may
hold a whole paragraph) are still aligned, within that unit only.
Document-level checks (name consistency, repeated terms) see the whole
file; pair-level checks see one unit at a time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Sequence

from mtcheck.align.aligner import Alignment, Link, align_segments
from mtcheck.align.context import AlignedDocument
from mtcheck.text.document import Document, Segment
from mtcheck.text.filemap import FileMap, Lines, Mapped, Run
from mtcheck.options import Options

METHOD = "pre-aligned units"
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*(?:\n[ \t\r\f\v]*)+")


# Why a span of a unit document may have no place in its file.
_UNMAPPED = "the text lies between units (a separator mtcheck inserted), not in the file"


@dataclass(frozen=True)
class Unit:
    """One translation unit: an identifier, the source text and its translation.

    The runs say where in the file each text came from (empty: unknown).
    """

    id: str
    source: str
    target: str
    source_runs: tuple[Run, ...] = field(default=(), repr=False, compare=False)
    target_runs: tuple[Run, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def mapped(cls, unit_id: str, source: Mapped, target: Mapped) -> Unit:
        """A unit from texts that know their place in the file."""
        return cls(unit_id, source.text, target.text, source.runs, target.runs)


@dataclass(frozen=True)
class UnitRange:
    """Where a unit's source and target sit in the joined documents."""

    id: str
    source: tuple[int, int]
    target: tuple[int, int]


@dataclass
class UnitDocument:
    """The units of one file (or one XLIFF ``<file>``), checked as one document."""

    id: str
    units: list[Unit]
    source_lang: str
    target_lang: str
    file_lines: Lines | None = field(default=None, repr=False)  # the file's lines, when units carry runs

    def aligned(self, options: Options) -> AlignedDocument:
        """The units as an aligned document, without running Gale-Church."""
        return aligned_from_units(self.units, self.source_lang, self.target_lang, options, self.id,
                                  self.file_lines)


def _unit_text(text: Mapped) -> Mapped:
    """A unit's text as one paragraph: trimmed, inner blank lines reduced to line breaks."""
    return text.strip().sub(_BLANK_LINES, "\n")


def _join(texts: Sequence[Mapped]) -> tuple[Mapped, list[tuple[int, int]]]:
    ranges, cursor = [], 0
    for text in texts:
        ranges.append((cursor, cursor + len(text.text)))
        cursor += len(text.text) + 2
    return Mapped.join(texts, "\n\n"), ranges


def _owners(segments: Sequence[Segment], ranges: list[tuple[int, int]]) -> list[int]:
    """The unit index each segment falls in."""
    starts = [start for start, _ in ranges]
    return [bisect_right(starts, seg.start) - 1 for seg in segments]


def _group(segments: Sequence[Segment], owners: list[int], count: int) -> list[list[Segment]]:
    groups: list[list[Segment]] = [[] for _ in range(count)]
    for seg, owner in zip(segments, owners):
        groups[owner].append(seg)
    return groups


def _local_links(src: list[Segment], tgt: list[Segment], ratio: float) -> list[Link]:
    """Links between the segments of one unit, as global indices.

    When one side is a single sentence, it is linked to all of the other
    side: nothing else is possible, and no search is needed.
    """
    if len(src) <= 1 or len(tgt) <= 1:
        return [Link(tuple(s.index for s in src), tuple(t.index for t in tgt))]
    return [
        Link(tuple(src[k].index for k in link.source), tuple(tgt[k].index for k in link.target), link.cost)
        for link in align_segments(src, tgt, ratio)
    ]


def unit_alignment(source: Document, target: Document, src_ranges: list[tuple[int, int]],
                   tgt_ranges: list[tuple[int, int]]) -> Alignment:
    """Paragraph links unit by unit; sentence links aligned inside each unit."""
    count = len(src_ranges)
    ratio = len(target.text) / max(len(source.text), 1)
    paragraphs, sentences = [], []
    src_paras = _group(source.paragraphs, _owners(source.paragraphs, src_ranges), count)
    tgt_paras = _group(target.paragraphs, _owners(target.paragraphs, tgt_ranges), count)
    src_sents = _group(source.sentences, _owners(source.sentences, src_ranges), count)
    tgt_sents = _group(target.sentences, _owners(target.sentences, tgt_ranges), count)
    for k in range(count):
        paragraphs.append(Link(tuple(p.index for p in src_paras[k]), tuple(p.index for p in tgt_paras[k])))
        sentences.extend(_local_links(src_sents[k], tgt_sents[k], ratio))
    return Alignment(paragraphs, sentences, METHOD)


def aligned_from_units(units: Sequence[Unit], source_lang: str, target_lang: str,
                       options: Options | None = None, path: str = "<units>",
                       file_lines: Lines | None = None) -> AlignedDocument:
    """An AlignedDocument whose paragraphs are the given units, linked one to one.

    ``extras["units"]`` lists each unit's ranges, so findings can be traced
    back to unit identifiers with :func:`unit_at`.  With ``file_lines`` (the
    lines of the file the units' runs point into) both documents map their
    offsets to that file.
    """
    src_text, src_ranges = _join([_unit_text(Mapped(u.source, u.source_runs)) for u in units])
    tgt_text, tgt_ranges = _join([_unit_text(Mapped(u.target, u.target_runs)) for u in units])
    source = Document(src_text.text, source_lang, path, file_map=_file_map(src_text, file_lines))
    target = Document(tgt_text.text, target_lang, path, file_map=_file_map(tgt_text, file_lines))
    ranges = tuple(UnitRange(u.id, s, t) for u, s, t in zip(units, src_ranges, tgt_ranges))
    return AlignedDocument(source, target, unit_alignment(source, target, src_ranges, tgt_ranges),
                           options or Options(), {"units": ranges})


def _file_map(text: Mapped, lines: Lines | None) -> FileMap | None:
    return None if lines is None else FileMap(text.runs, lines, _UNMAPPED)


def unit_at(aligned: AlignedDocument, offset: int) -> str | None:
    """The identifier of the unit whose target contains ``offset`` (None outside units)."""
    ranges: tuple[UnitRange, ...] = aligned.extras.get("units", ())
    index = bisect_right([r.target[0] for r in ranges], offset) - 1
    if index >= 0 and offset <= ranges[index].target[1]:
        return ranges[index].id
    return None
