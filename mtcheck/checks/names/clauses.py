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
from collections import Counter
from functools import lru_cache
from typing import Iterator, Sequence

from mtcheck.align.context import AlignedDocument
from mtcheck.align.words import links, units
from mtcheck.checks.names.attribution import pair_attributions
from mtcheck.checks.names.renderings import PairTokens, kept_in_pairs, kept_names, present, target_names
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
            for run in kept_names(src, keeps.keeps, doc.source.lang):
                hits = [hit for hit in present(run, tgt) if is_name_token(hit)]
                if not hits or len([hit for hit in present(run[-1:], src) if is_name_token(hit)]) != 1:
                    continue  # the name is missing, or written twice in the source
                places = {_index(tgt_clauses, hit.start) for hit in hits}
                home = _index(src_clauses, run[0].start)
                if (len(places) == 1 and home not in places
                        and not _covers_sentence(run, hits, src_clauses[home], doc, tgt_sentence)):
                    yield run, hits


# Marks that close a piece of a sentence: a clause, an aside, an inserted attribution.
_PIECE_END = re.compile(r"[,;:()\[\]–—]")


def _pieces(sentence: Segment) -> list[tuple[int, int]]:
    """Document offsets of the pieces of ``sentence`` between commas, semicolons, colons, brackets and dashes."""
    cuts = [m.end() for m in _PIECE_END.finditer(sentence.text)]
    edges = [0, *cuts, len(sentence.text)]
    return [(sentence.start + a, sentence.start + b) for a, b in zip(edges, edges[1:]) if b > a]


def _attribution_only(src: Sequence[Token], piece: tuple[int, int], run: Sequence[Token], marker: str) -> bool:
    """Whether the source piece holds nothing but the attribution: its marker, the name and a word at most."""
    words = [t for t in src if t.is_word and piece[0] <= t.start < piece[1]
             and t not in run and t.text.lower() not in marker.split()]
    return len(words) <= 1


def moved_between_pieces(doc: AlignedDocument) -> Iterator[tuple[list[Token], list[Token]]]:
    """(source name, its target words) for credited names the translation puts in another piece of the sentence.

    Only a name the source credits with the statement ("laut X", "selon X")
    is followed: who said what is what a moved attribution changes, and
    other names move between pieces as translators rebuild sentences.

    The word links of the sentence pair (names, numbers, cognates) tell which
    target piece translates which source piece.  A name has moved when the
    other links of its source piece all land in one other target piece, and
    the links of the target piece that holds the name all come from one
    other source piece: the name went from one statement to another ("The
    government, which according to Reuters took office in May, approved the
    plan" for "Laut Reuters billigte die Regierung, die im Mai antrat, den
    Plan").  A piece without links of its own says nothing, and a name that
    ends the target sentence may speak for all of it ("…, Reuters reported.").
    """
    sides = PairTokens.of(doc)
    for i, pair in enumerate(doc.pairs):
        if len(pair.source) != 1 or len(pair.target) != 1:
            continue
        credited = {a.name[-1]: a.marker for a in pair_attributions(doc, i)}
        if not credited:
            continue  # most sentences: no attribution, no credited name to follow
        src_sentence, tgt_sentence = pair.source[0], pair.target[0]
        src_pieces, tgt_pieces = _pieces(src_sentence), _pieces(tgt_sentence)
        if len(src_pieces) < 2 or len(tgt_pieces) < 2:
            continue
        src, tgt = sides.source[i], sides.target[i]  # the pair's one sentence each
        runs = [run for run in kept_in_pairs(doc)[i] if run[-1].text in credited
                and len([hit for hit in present(run[-1:], src) if is_name_token(hit)]) == 1]
        if not runs:
            continue
        su = units(doc.source.text, src_sentence.start, src_sentence.end, doc.source.lang)
        tu = units(doc.target.text, tgt_sentence.start, tgt_sentence.end, doc.target.lang)
        found = links(su, tu, doc.source.lang, doc.target.lang)
        for run in runs:
            hits = [hit for hit in present(run, tgt) if is_name_token(hit)]
            places = {_index(tgt_pieces, hit.start) for hit in hits}
            if len(places) != 1:
                continue
            inside = (run[0].start, run[-1].end)
            others = [link for link in found
                      if not inside[0] <= su[link.source].start < inside[1]
                      and not any(hit.start <= tu[link.target].start < hit.end for hit in hits)]
            home, place = _index(src_pieces, run[0].start), places.pop()
            goes = Counter(_index(tgt_pieces, tu[l.target].start) for l in others
                           if _index(src_pieces, su[l.source].start) == home)
            comes = Counter(_index(src_pieces, su[l.source].start) for l in others
                            if _index(tgt_pieces, tu[l.target].start) == place)
            near = {home}
            if _attribution_only(src, src_pieces[home], run, credited[run[-1].text]):
                near |= {home - 1, home + 1}  # "According to X, …": the piece speaks for its neighbour
            if (place not in goes and len(comes) == 1 and not near & set(comes)
                    and not _tail(hits[-1], doc.target.text, tgt_sentence.end)):
                yield run, hits
