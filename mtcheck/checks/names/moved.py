"""MT310 name-moved: names attached to another sentence or clause than in the source."""

from __future__ import annotations

from itertools import chain
from typing import Iterator, Sequence

from mtcheck.checks.names.clauses import moved_between_clauses, moved_between_pieces
from mtcheck.checks.names.holes import displaced_names
from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument
from mtcheck.lang.entities import Token, tokens
from mtcheck.text.document import Segment
from mtcheck.findings import Flag, Severity
from mtcheck.checks.names.renderings import (
    PairTokens, anchored, kept_in_pairs, kept_names, mentioned, present, run_text, target_names,
)


def displaced(doc: AlignedDocument) -> list[tuple[int, list[Token], int | None]]:
    """:func:`_displacements`, found once per document (name-moved and name-missing both read them)."""
    return doc.derived(_all_displaced)


def _all_displaced(doc: AlignedDocument) -> list[tuple[int, list[Token], int | None]]:
    return list(_displacements(doc))


def _displacements(doc: AlignedDocument) -> Iterator[tuple[int, list[Token], int | None]]:
    """Source names absent from their aligned target: (pair, name, pair that has it instead).

    A name found instead in a neighbouring target whose source lacks it has
    moved; when the pair itself shares no other name or number, the
    alignment is more likely wrong than the translation, and nothing is said.
    A neighbouring target with no source sentence at all is the rest of
    this pair's translation, cut off by the aligner: a name there is present.
    """
    sides = PairTokens.of(doc)
    for i, (runs, tgt) in enumerate(zip(kept_in_pairs(doc), sides.target)):
        if not tgt:
            continue
        unmatched = [j for j in sides.neighbours(i) if not sides.source[j]]
        for run in runs:
            if sides.mentioned(run, i) or any(sides.present(run, j) for j in unmatched):
                continue
            moved = [j for j in sides.neighbours(i)
                     if sides.present(run, j) and not sides.present(run, j, target=False)]
            if moved and not (anchored(doc, i) or _one_to_one(doc, i, moved[0])):
                continue
            yield i, run, (moved[0] if moved else None)


# A sentence and its translation differ in length by at most this factor.
_LENGTH_RATIO = 2.0


def _one_to_one(doc: AlignedDocument, *indices: int) -> bool:
    """Pairs of one sentence each side, of comparable length: an alignment to trust without anchors."""
    pairs = [doc.pairs[index] for index in indices]
    return all(len(p.source) == len(p.target) == 1 and _one_to_one_sentences(p.source, p.target) for p in pairs)


def _one_to_one_sentences(source: Sequence[Segment], target: Sequence[Segment]) -> bool:
    """Sentences whose lengths match one by one, within a factor of two."""
    return all(max(len(s.text), len(t.text)) <= _LENGTH_RATIO * min(len(s.text), len(t.text))
               for s, t in zip(source, target))


@check("MT310", "name-moved", Severity.MAJOR)
def name_moved(doc: AlignedDocument) -> Iterator[Flag]:
    """A name sits in a different sentence than in the source.

    Flags a name (person, place, outlet) that is missing from the target
    sentence aligned with its source sentence and turns up instead in a
    neighbouring target sentence whose source does not mention it: the
    translation has attached it to the wrong statement.  The pair must share
    another name or number, or both pairs be single sentences of matching
    length; within a group of n sentences aligned to n, sentence k is read
    as the translation of sentence k.  Within one sentence, a name moved to
    the other coordinated clause, or a credited name ("laut X") moved into
    a clause whose word links all come from another clause of the source;
    or a name pasted at a clause end behind an article that lost its noun
    ("The is flooded with unfinished houses Czech Republic,"), in languages
    whose pack lists articles.

    Bad: ``The ministry denied this. Reuters said the talks had failed.``
    Good: ``The ministry denied this, Reuters reported. The talks had failed.``
    """
    sides = PairTokens.of(doc)
    for i, run, moved_to in displaced(doc):
        if moved_to is None:
            continue
        hit = sides.present(run, moved_to)[0]
        yield _moved_flag(hit, run, doc, {"source_pair": i, "target_pair": moved_to})
    for run, hit in _moved_within_pairs(doc):
        yield _moved_flag(hit, run, doc, {"within_pair": True})
    yield from _displaced_flags(doc)
    for run, hits in chain(moved_between_clauses(doc), moved_between_pieces(doc)):
        name = run_text(run, doc.source.text)
        yield Flag(
            hits[0].start, hits[-1].end,
            f"'{doc.target.text[hits[0].start:hits[-1].end]}' is attached to another clause: the source names {name!r} in "
            "another clause of this sentence",
            source=(run[0].start, run[-1].end),
            evidence={"name": name, "within_sentence": True},
        )


def _displaced_flags(doc: AlignedDocument) -> Iterator[Flag]:
    """:func:`~mtcheck.checks.names.holes.displaced_names` as findings on the name."""
    for article, run in displaced_names(doc):
        name = doc.target.text[run[0].start:run[-1].end]
        hole = doc.target.text[article.start:article.end + 8].split()
        yield Flag(
            run[0].start, run[-1].end,
            f"{name!r} seems taken out of its place: the article in {' '.join(hole[:2])!r} before it "
            "lost its noun",
            evidence={"name": name, "article_at": article.start},
        )


def _moved_flag(hit: Token, run: Sequence[Token], doc: AlignedDocument, where: dict[str, object]) -> Flag:
    name = run_text(run, doc.source.text)
    return Flag(
        hit.start, hit.end,
        f"'{hit.text}' belongs to another sentence: the source names {name!r} in the "
        "sentence before or after this one",
        source=(run[0].start, run[-1].end),
        evidence={"name": name, **where},
    )


def _moved_within_pairs(doc: AlignedDocument) -> Iterator[tuple[list[Token], Token]]:
    """Names moved between the sentences of one aligned group of n source and n target sentences.

    The aligner may link two short sentences to two as one group; when their
    lengths match one by one, sentence k translates sentence k, and a name of
    source sentence k found only in target sentence k' has moved.
    """
    keeps = target_names(doc)
    for pair in doc.pairs:
        if len(pair.source) < 2 or len(pair.source) != len(pair.target):
            continue
        if not _one_to_one_sentences(pair.source, pair.target):
            continue
        src = [tokens(s.text, s.start) for s in pair.source]
        tgt = [tokens(t.text, t.start) for t in pair.target]
        for k, sentence in enumerate(src):
            for run in kept_names(sentence, keeps.keeps, doc.source.lang):
                if mentioned(run, tgt[k]):
                    continue
                moved = [j for j in (k - 1, k + 1) if 0 <= j < len(tgt)
                         and present(run, tgt[j]) and not present(run, src[j])]
                if moved:
                    yield run, present(run, tgt[moved[0]])[0]
