"""Names taken out of their place: an article left with no noun, the name further on.

When a name is cut out of a sentence and pasted elsewhere (a link text
moved by a web translation), the article that opened it stays behind with
nothing to determine: "the is flooded", "in the and".  An article directly
followed by a conjunction, an auxiliary, another article or a punctuation
mark has lost its noun.  The name that belongs there is the one the
sentence writes later, pasted at the end of a clause.  The language's pack
lists the articles and the words that cannot follow one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Sequence

from mtcheck.align.context import AlignedDocument
from mtcheck.checks.names.renderings import PairTokens
from mtcheck.lang.entities import Token, capitalised_runs, sentence_initial
from mtcheck.lang.packs import pack

_CLAUSE_END = frozenset(",;:.!?")
_NO_NOUN_LISTS = ("function_words.coordinators", "function_words.auxiliaries", "function_words.copula",
                  "function_words.articles")


@lru_cache(maxsize=16)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The articles of ``lang`` and the words that cannot follow an article."""
    languages = pack(lang)
    articles = languages.words("function_words.articles")
    return articles, frozenset().union(*(languages.words(key) for key in _NO_NOUN_LISTS)) if articles else frozenset()


def _holes(toks: Sequence[Token], lang: str) -> list[int]:
    """Indices of articles with no noun after them."""
    articles, no_noun = _words(lang)
    return [i for i in range(len(toks) - 1)
            if toks[i].text.lower() in articles and (toks[i].text.islower() or sentence_initial(toks, i))
            and (toks[i + 1].text.lower() in no_noun or _mark(toks, i + 1))]


def _ends_a_clause_in(toks: Sequence[Token], run: Sequence[Token]) -> bool:
    """Whether the source sentence also writes the name ``run`` at the end of a clause: it was not moved there.

    "…zieht Insekten an, erklärt Co-Autor Tobias Reinke." keeps the name where
    "…attracts insects, explains co-author Tobias Reinke." has it.
    """
    words = [tok.text for tok in run]
    for i in range(len(toks) - len(words) + 1):
        if [tok.text for tok in toks[i:i + len(words)]] == words:
            after = i + len(words)
            if after == len(toks) or toks[after].text in _CLAUSE_END:
                return True
    return False


def _mark(toks: Sequence[Token], index: int) -> bool:
    """A clause-ending mark followed by a space or nothing (not the dot of ".exe")."""
    return toks[index].text in _CLAUSE_END and (index + 1 == len(toks) or toks[index + 1].start > toks[index].end)


def displaced_names(doc: AlignedDocument) -> Iterator[tuple[Token, list[Token]]]:
    """(the article left behind, the name written later at a clause end) in each target sentence."""
    if not _words(doc.target.lang)[0]:
        return
    tokens = PairTokens.of(doc)
    for src, tgt in zip(tokens.source, tokens.target):
        holes = _holes(tgt, doc.target.lang)
        if not holes:
            continue
        ends = {i for i, tok in enumerate(tgt) if tok.text in _CLAUSE_END}
        position = {tok.start: i for i, tok in enumerate(tgt)}
        for run in capitalised_runs(tgt):
            first, last = position[run[0].start], position[run[-1].start]
            if sentence_initial(tgt, first) or not (last + 1 in ends or last + 1 == len(tgt)) \
                    or _ends_a_clause_in(src, run):
                continue
            before = [h for h in holes if h < first]
            if before:
                yield tgt[before[-1]], run
                break
