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


def sentence_words(doc: AlignedDocument) -> list[list[Token]]:
    """The words of each target sentence, without punctuation, in the order of :func:`sentences` (once per
    document: three checks read them)."""
    return doc.derived(_words_of_sentences)


def _words_of_sentences(doc: AlignedDocument) -> list[list[Token]]:
    return [[t for t in tokens if t.is_word] for _, tokens in sentences(doc)]


def document_tokens(doc: AlignedDocument) -> list[Token]:
    """The tokens of the whole target text (once per document: two checks read them, and a long text's
    tokens are not memoised by :func:`tokenize`)."""
    return doc.derived(_tokenise_document)


def _tokenise_document(doc: AlignedDocument) -> list[Token]:
    return tokenize(doc.target.text)
