"""The target sentences of an aligned document, tokenised once and shared by the leak checks."""

from __future__ import annotations

from typing import NamedTuple

from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.lang.wordclass import Token, tokenize


def sentences(doc: AlignedDocument) -> list[tuple[SegmentPair, list[Token]]]:
    """Each target sentence's tokens, with the aligned pair it belongs to (tokenised once per document)."""
    return doc.derived(_tokenise_sentences)


def _tokenise_sentences(doc: AlignedDocument) -> list[tuple[SegmentPair, list[Token]]]:
    return [(pair, tokenize(doc.target.text, segment.start, segment.end))
            for pair in doc.pairs for segment in pair.target]


def words_of(tokens: list[Token]) -> list[Token]:
    """The words of a sentence's tokens, without punctuation (made for each reader, not kept with the
    document: on a 5 MB article the kept lists held 9 MB, and making them costs little)."""
    return [t for t in tokens if t.is_word]


class AdjacentWords(NamedTuple):
    """What the leak checks read of the whole target text's words: the texts of each two capitalised
    words with at most one character between them, and the words written all in lower case."""

    capitalised_pairs: frozenset[tuple[str, str]]
    lower: frozenset[str]


def document_words(doc: AlignedDocument) -> AdjacentWords:
    """:class:`AdjacentWords` of the target text (once per document).  The text's tokens are read once
    and dropped: kept with the document, a 5 MB article's held 150 MB until it was done."""
    return doc.derived(_document_words)


def _document_words(doc: AlignedDocument) -> AdjacentWords:
    words = [t for t in tokenize(doc.target.text) if t.is_word]
    capitalised = [w.is_capitalised for w in words]  # once per word, not as both members of two pairs
    pairs = frozenset(
        (words[k - 1].text, words[k].text) for k in range(1, len(words))
        if capitalised[k - 1] and capitalised[k] and words[k].start - words[k - 1].end <= 1)
    return AdjacentWords(pairs, frozenset(w.text for w in words if w.text.islower()))
