"""Word order copied from the source: the checks MT210-MT214.

A verb stranded at the end of an English clause, a reporting verb followed
by two noun phrases, "like ... reported", an English-order German
subordinate clause and a phrasal-verb particle left at the end of the
clause.  The patterns live in :mod:`wordorder` and :mod:`verblast`; here
each is gated on the aligned source sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import Callable, Iterator, Sequence

from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.findings import Flag, Severity
from mtcheck.lang.packs import ByLanguage, Languages, words_by_language
from mtcheck.lang.wordclass import Token, tokenize
from mtcheck.checks.leaks.sentences import sentences
from mtcheck.checks.leaks.verblast import verb_after_object
from mtcheck.checks.leaks.wordorder import (
    Reordering, clause_bounds, final_auxiliaries, final_finite_verbs, german_verb_second, inverted_reporting,
    like_reported, object_before_final_verb, object_before_infinitive, stranded_particles, stranded_verbs,
)

# Auxiliaries and subordinators of verb-final source languages: a clause-final English verb
# is a leak only where the source sentence has one of these (German adds the passive
# "worden"; the gate leaves out the subjunctive and past-plural modal forms).
_SOURCE_AUXILIARIES = words_by_language("clause_order.auxiliaries")
_SOURCE_SUBORDINATORS = ByLanguage(
    "clause_order.subordinators",
    lambda p: p.words("clause_order.subordinators") | p.words("clause_order.ambiguous_subordinators"))
_INFINITIVE_MARKERS = words_by_language("clause_order.infinitive_markers")
# Comparison conjunctions that English renders "as" before a reporting clause.
_AS_WORDS = ByLanguage("attribution.comparison")
# Languages whose separable verbs leave a particle at the end of the clause.
_SEPARABLE_VERBS = Languages("clause_order.separable_verbs")

Pattern = Callable[[Sequence[Token]], Iterator[Reordering]]
# Whether an aligned pair's source sentence allows a pattern's flags; None where no source sentence can.
Gate = Callable[[SegmentPair], bool]


def _always(pair: SegmentPair) -> bool:
    return True


def _word_order(doc: AlignedDocument, target_lang: str, problem: str, patterns: Sequence[Pattern],
                by_clause: bool = False, keep: Gate | None = _always) -> Iterator[Flag]:
    """Flags for ``patterns`` in each sentence (or clause) of a ``target_lang`` translation.

    Only sentences whose aligned pair passes ``keep`` are searched; each flag
    names the words and the order the target language wants.
    """
    if doc.target.lang != target_lang or keep is None:
        return
    text = doc.target.text
    cuts = doc.derived(_clause_bounds) if by_clause else repeat(None)
    for (pair, tokens), bounds in zip(sentences(doc), cuts):
        if not keep(pair):
            continue
        parts = [tokens] if bounds is None else [tokens[a:b] for a, b in zip(bounds[::2], bounds[1::2])]
        for match in (m for part in parts for pattern in patterns for m in pattern(part)):
            yield Flag(
                match.first.start, match.last.end,
                f"{problem}: '{text[match.first.start:match.last.end]}' "
                f"(in target-language order: '{match.expected}')",
                source=pair.source_range,
                evidence=match.evidence,
            )


def _clause_bounds(doc: AlignedDocument) -> list[tuple[int, ...]]:
    """:func:`clause_bounds` of each target sentence, in the order of :func:`sentences` (once per
    document: five pattern runs read them; kept as offsets, not lists of tokens, which held 18 MB
    on a 5 MB article until it was done)."""
    return [clause_bounds(tokens) for _, tokens in sentences(doc)]


@lru_cache(maxsize=4096)
def _lowered_words(text: str) -> frozenset[str]:
    """The lower-cased tokens of a source sentence (once: several word-order patterns ask of each)."""
    return frozenset(t.lower for t in tokenize(text))


def _has_source_word(words: frozenset[str]) -> Gate | None:
    """Whether a source sentence has one of ``words`` (None: none has, for no words)."""
    if not words:
        return None
    return lambda pair: not words.isdisjoint(_lowered_words(pair.source_text))


def _has_source_subordinator(lang: str) -> Gate | None:
    """Whether a source sentence has a subordinate clause of a verb-final language (never for others)."""
    return _has_source_word(_SOURCE_SUBORDINATORS.get(lang, frozenset()))


def _has_source_auxiliary(lang: str) -> Gate | None:
    """Whether a source sentence has an auxiliary of a verb-final language (never for others)."""
    return _has_source_word(_SOURCE_AUXILIARIES.get(lang, frozenset()))


def _has_as_clause(lang: str) -> Gate | None:
    """Whether a source sentence has a comparison clause (", wie …", ", comme …")."""
    word = _AS_WORDS.get(lang)
    if word is None:
        return None
    clause = re.compile(rf"(?:^|[,;–—(]\s*){word}\b", re.IGNORECASE)
    return lambda pair: bool(clause.search(pair.source_text))


@check("MT210", "verb-final-order", Severity.MAJOR)
def verb_final_order(doc: AlignedDocument) -> Iterator[Flag]:
    """A verb stranded at the end of an English clause, in the source's verb-final order.

    German and Dutch put the participle or infinitive at the end of the
    clause, and the finite verb at the end of a subordinate clause; a literal
    translation leaves them there.  Flags an English auxiliary (have, be, a
    modal) followed by an object or an adverbial and a clause-final
    participle or infinitive, and a subordinate clause ending in its
    auxiliary, where the aligned source sentence has an auxiliary too; and a
    subordinate clause that ends in its finite verb (or auxiliary and
    participle) after a bare "not" or an object ("because he the flu had"),
    or after an adverb and a prepositional phrase ("that the municipality too
    little to the residents has listened"), where the source has a
    subordinate clause; and an object before a clause-final to-infinitive
    after a verb that takes none ("plans new flats to build"), where the
    source has "zu"/"te".  Whatever the source language,
    a clause opened by "because", "that", "which" … and a subject pronoun
    whose verb comes last: after a word that can follow no subject ("if they
    in Allah believe"), or as a finite auxiliary after an object ("that it
    intentional arson was").
    Causatives ("had his car repaired"), reduced relatives ("among those
    injured") and elliptic clauses ("than it ever was", "than he thought it
    would") pass.

    Bad: ``it claimed it had the corps after Tuesday's operation eliminated.``
    Good: ``it claimed it had eliminated the corps after Tuesday's operation.``
    """
    problem = "the verb stands at the end of the clause, in the source's word order"
    flags = [
        *_word_order(doc, "en", problem, (stranded_verbs, final_auxiliaries), True,
                     _has_source_auxiliary(doc.source.lang)),
        *_word_order(doc, "en", problem, (final_finite_verbs, object_before_final_verb), True,
                     _has_source_subordinator(doc.source.lang)),
        *_word_order(doc, "en", problem, (object_before_infinitive,), True,
                     _has_source_word(_INFINITIVE_MARKERS.get(doc.source.lang, frozenset()))),
    ]
    yield from flags
    # Word order no English clause has, whatever the source language; once per clause.
    for flag in _word_order(doc, "en", problem, (verb_after_object,), True):
        if not any(f.start < flag.end and flag.start < f.end for f in flags):
            yield flag


@check("MT211", "inverted-reporting-verb", Severity.MAJOR)
def inverted_reporting_verb(doc: AlignedDocument) -> Iterator[Flag]:
    """A reporting verb after a quotation followed by its subject and then its object.

    German keeps the verb second after a quotation ("…“, zitiert die dpa die
    Statements der Milizen"); translated word for word, the English verb is
    followed by two bare noun phrases.  English allows "…,” said the
    minister" but not a second object after the subject.  Time phrases
    ("said the minister this week") pass.

    Bad: ``…,” quotes the German press agency (dpa) the Statements from the militias.``
    Good: ``…,” the German press agency (dpa) quotes the militias' statements.``
    """
    yield from _word_order(doc, "en", "the reporting verb comes before its subject and its object, "
                           "in the source's word order", (inverted_reporting,))


@check("MT212", "like-reported-calque", Severity.MINOR)
def like_reported_calque(doc: AlignedDocument) -> Iterator[Flag]:
    """A reporting clause opened with "like" where English needs "as", copying "wie" or "comme".

    German "wie", French "comme", Spanish "como" introduce both comparisons
    and reporting clauses; English uses "as" for the second ("as Newsweek
    reported").  Flags ", like" followed by a short subject and a clause-final
    reporting verb, where the aligned source has such a clause.

    Bad: ``the Siberian Battalion, like the news portal Newsweek reported.``
    Good: ``the Siberian Battalion, as the news portal Newsweek reported.``
    """
    yield from _word_order(doc, "en", "'like' copies the source's comparison word; a reporting clause "
                           "takes 'as'", (like_reported,), keep=_has_as_clause(doc.source.lang))


@check("MT213", "verb-second-subordinate", Severity.MAJOR)
def verb_second_subordinate(doc: AlignedDocument) -> Iterator[Flag]:
    """A German subordinate clause with its finite verb second, in English order.

    After "dass", "weil", "ob", "nachdem" … and in relative clauses German
    puts the finite verb at the end; a literal translation from English
    leaves it right after the subject.  Flags a subordinator or relative
    pronoun, a subject and a finite auxiliary or modal followed by two or
    more words in the same clause.  A finite verb before a double infinitive
    ("hat kommen wollen") passes.

    Bad: ``Er sagte, dass die Regierung hat die Steuern erhöht.``
    Good: ``Er sagte, dass die Regierung die Steuern erhöht hat.``
    """
    yield from _word_order(doc, "de", "the finite verb follows the subject instead of ending the "
                           "subordinate clause (English word order)", (german_verb_second,))


@check("MT214", "stranded-particle", Severity.MAJOR)
def stranded_particle(doc: AlignedDocument) -> Iterator[Flag]:
    """A phrasal-verb particle left at the end of the clause, as a separable verb's prefix.

    German and Dutch separable verbs ("nahm sich nicht aus") put their
    prefix at the end of the clause, after the negation or a time adverb; a
    literal translation strands the English particle there.  Flags a clause
    ending in "not"/"never" or a time word and then out/up/off/back/away/down,
    with a finite verb earlier in the clause.

    Bad: ``He took himself from the criticism not out.``
    Good: ``He did not exempt himself from the criticism.``
    """
    yield from _word_order(doc, "en", "the particle is separated from its verb and left at the end of the "
                           "clause, as in the source", (stranded_particles,), True,
                           _always if doc.source.lang in _SEPARABLE_VERBS else None)
