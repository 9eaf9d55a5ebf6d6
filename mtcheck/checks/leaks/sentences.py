"""The target sentences of an aligned document, tokenised once and shared by the leak checks."""

from __future__ import annotations

from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.lang.wordclass import Token, tokenize


def sentences(doc: AlignedDocument) -> list[tuple[SegmentPair, list[Token]]]:
    """Each target sentence's tokens, with the aligned pair it belongs to (tokenised once per document)."""
    return doc.derived(_tokenise_sentences)


def _tokenise_sentences(doc: AlignedDocument) -> list[tuple[SegmentPair, list[Token]]]:
    return [(pair, tokenize(doc.target.text, segment.start, segment.end))
            for pair in doc.pairs for segment in pair.target]
