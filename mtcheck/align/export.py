"""An alignment as plain data, for ``mtcheck align --format json`` and other programs."""

from __future__ import annotations

from typing import Any

from mtcheck.align.aligner import Alignment, Link
from mtcheck.text.document import Document, Segment


def _segment(segment: Segment) -> dict[str, Any]:
    return {"index": segment.index, "paragraph": segment.paragraph, "start": segment.start, "end": segment.end,
            "text": segment.text}


def _link(link: Link) -> dict[str, Any]:
    return {"source": list(link.source), "target": list(link.target), "kind": link.kind,
            "cost": round(link.cost, 4)}


def alignment_json(source: Document, target: Document, alignment: Alignment) -> dict[str, Any]:
    """Both documents' sentences and paragraphs (code-point offsets) and the links between them."""
    return {
        "method": alignment.method,
        "source": {"path": source.path, "lang": source.lang,
                   "sentences": [_segment(s) for s in source.sentences],
                   "paragraphs": [_segment(p) for p in source.paragraphs]},
        "target": {"path": target.path, "lang": target.lang,
                   "sentences": [_segment(s) for s in target.sentences],
                   "paragraphs": [_segment(p) for p in target.paragraphs]},
        "paragraph_links": [_link(link) for link in alignment.paragraphs],
        "sentence_links": [_link(link) for link in alignment.sentences],
    }
