"""Names moved into another clause of the same sentence.

A sentence of two or more main clauses joined by a comma and a coordinator
("…, but …", "…, doch …", "…, mais …") is usually translated clause by
clause, in the same order.  When both sides have the same number of such
clauses of comparable length, clause k translates clause k, and a name of
source clause k found only in target clause k' ≠ k has been attached to the
other statement ("according to X" moved from the first claim to the second).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence

from mtcheck.align.context import AlignedDocument
from mtcheck.checks.names.renderings import kept_names, present, target_names
from mtcheck.lang.entities import Token, is_name_token, tokens
from mtcheck.lang.packs import alternation, pack
from mtcheck.text.document import Segment

# Each clause has at least this many words: a shorter piece is a list item or an aside.
_MIN_CLAUSE_WORDS = 4
# Clauses of one sentence and its translation differ in length by at most this factor.
_CLAUSE_RATIO = 4.0
# A name this close to the end of the sentence is an attribution of the whole sentence (…, X said).
_TAIL_WORDS = 2


@lru_cache(maxsize=16)
def _boundary(lang: str) -> re.Pattern[str] | None:
    """A comma or semicolon followed by a coordinator of ``lang``: where main clauses meet."""
    words = pack(lang).words("function_words.coordinators")
    if not words:
        return None
    return re.compile(rf"[,;]\s+(?=(?:{alternation(words)})\b)", re.IGNORECASE)


def clauses(sentence: Segment, lang: str) -> list[tuple[int, int]] | None:
    """Document offsets of the coordinated main clauses of ``sentence``; None when it has one or a short one."""
    pattern = _boundary(lang)
    if pattern is None:
        return None
    cuts = [m.end() for m in pattern.finditer(sentence.text)]
    if not cuts:
        return None
    edges = [0, *cuts, len(sentence.text)]
    spans = [(sentence.start + a, sentence.start + b) for a, b in zip(edges, edges[1:])]
    if any(len(sentence.text[a - sentence.start:b - sentence.start].split()) < _MIN_CLAUSE_WORDS for a, b in spans):
        return None
    return spans


def _index(spans: Sequence[tuple[int, int]], offset: int) -> int:
    return next(k for k, (a, b) in enumerate(spans) if a <= offset < b)


def _comparable(source: Sequence[tuple[int, int]], target: Sequence[tuple[int, int]]) -> bool:
    lengths = [(b - a, d - c) for (a, b), (c, d) in zip(source, target)]
    return len(source) == len(target) and all(max(s, t) <= _CLAUSE_RATIO * min(s, t) for s, t in lengths)


def _tail(hit: Token, text: str, end: int) -> bool:
    """Whether ``hit`` ends the stretch of ``text`` up to ``end`` but for a word or two (…, Reuters reported.)."""
    return len(re.findall(r"\w+", text[hit.end:end])) <= _TAIL_WORDS


def _covers_sentence(run: Sequence[Token], hits: Sequence[Token], src_clause: tuple[int, int],
                     doc: AlignedDocument, tgt_sentence: Segment) -> bool:
    """A target attribution at the sentence's end, for a source one that does not close a clause of its own.

    "Laut X ist A, doch B" may become "A, but B, X said": the attribution
    that opens the sentence speaks for all of it.  "A, berichtete X, und B"
    attaches X to A alone, and "A, and B, X reported" moves it.
    """
    if not _tail(hits[-1], doc.target.text, tgt_sentence.end):
        return False
    return not _tail(run[-1], doc.source.text, src_clause[1])


def moved_between_clauses(doc: AlignedDocument) -> Iterator[tuple[list[Token], list[Token]]]:
    """(source name, its target words) for names in another coordinated clause than in the source."""
    keeps = target_names(doc)
    for pair in doc.pairs:
        if not pair.source or len(pair.source) != len(pair.target):
            continue
        for src_sentence, tgt_sentence in zip(pair.source, pair.target):
            src_clauses = clauses(src_sentence, doc.source.lang)
            tgt_clauses = clauses(tgt_sentence, doc.target.lang)
            if src_clauses is None or tgt_clauses is None or not _comparable(src_clauses, tgt_clauses):
                continue
            src = tokens(src_sentence.text, src_sentence.start)
            tgt = tokens(tgt_sentence.text, tgt_sentence.start)
            for run in kept_names(src, keeps, doc.source.lang):
                hits = [hit for hit in present(run, tgt) if is_name_token(hit)]
                if not hits or len([hit for hit in present(run[-1:], src) if is_name_token(hit)]) != 1:
                    continue  # the name is missing, or written twice in the source
                places = {_index(tgt_clauses, hit.start) for hit in hits}
                home = _index(src_clauses, run[0].start)
                if (len(places) == 1 and home not in places
                        and not _covers_sentence(run, hits, src_clauses[home], doc, tgt_sentence)):
                    yield run, hits
