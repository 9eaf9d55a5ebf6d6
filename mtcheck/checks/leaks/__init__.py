"""Source leaks: the source language showing through the translation.

Word order copied from the source (a verb stranded at the end of an English
clause, a reporting verb followed by two noun phrases, "like ... reported",
an English-order German subordinate clause), text left in the source
language, and German noun capitalisation copied into English.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator, Sequence

from mtcheck.checks import check
from mtcheck.text.anchors import protected_ranges
from mtcheck.text.segment import char_after, char_before
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.lang.entities import NOUN_CAPITALISING
from mtcheck.findings import Flag, Severity
from mtcheck.lang.lexicon import has_frequencies, zipf
from mtcheck.lang.packs import ByLanguage, Languages, pack, words_by_language
from mtcheck.lang.wordclass import DETERMINERS, PRONOUNS, QUOTES, Token, english_tags, tokenize
from mtcheck.checks.leaks.verblast import verb_after_object
from mtcheck.checks.leaks.words import copied_phrases, name_words
from mtcheck.checks.leaks.wordorder import (
    Reordering, clauses, final_auxiliaries, final_finite_verbs, german_verb_second, inverted_reporting,
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


def _sentences(doc: AlignedDocument) -> list[tuple[SegmentPair, list[Token]]]:
    """Each target sentence's tokens, with the aligned pair it belongs to (tokenised once per document)."""
    return doc.derived(_tokenise_sentences)


def _tokenise_sentences(doc: AlignedDocument) -> list[tuple[SegmentPair, list[Token]]]:
    return [(pair, tokenize(doc.target.text, segment.start, segment.end))
            for pair in doc.pairs for segment in pair.target]


def _word_order(doc: AlignedDocument, target_lang: str, problem: str, patterns: Sequence[Pattern],
                by_clause: bool = False, keep: Callable[[SegmentPair], bool] = lambda pair: True
                ) -> Iterator[Flag]:
    """Flags for ``patterns`` in each sentence (or clause) of a ``target_lang`` translation.

    Only sentences whose aligned pair passes ``keep`` are searched; each flag
    names the words and the order the target language wants.
    """
    if doc.target.lang != target_lang:
        return
    text = doc.target.text
    for pair, tokens in _sentences(doc):
        if not keep(pair):
            continue
        for part in (clauses(tokens) if by_clause else [tokens]):
            for match in (m for pattern in patterns for m in pattern(part)):
                yield Flag(
                    match.first.start, match.last.end,
                    f"{problem}: '{text[match.first.start:match.last.end]}' "
                    f"(in target-language order: '{match.expected}')",
                    source=pair.source_range,
                    evidence=match.evidence,
                )


def _has_source_subordinator(lang: str) -> Callable[[SegmentPair], bool]:
    """Whether a source sentence has a subordinate clause of a verb-final language (never for others)."""
    subordinators = _SOURCE_SUBORDINATORS.get(lang, frozenset())
    return lambda pair: bool(subordinators & {t.lower for t in tokenize(pair.source_text)})


def _has_source_word(words: frozenset[str]) -> Callable[[SegmentPair], bool]:
    """Whether a source sentence has one of ``words``."""
    return lambda pair: bool(words & {t.lower for t in tokenize(pair.source_text)})


def _has_source_auxiliary(lang: str) -> Callable[[SegmentPair], bool]:
    """Whether a source sentence has an auxiliary of a verb-final language (never for others)."""
    auxiliaries = _SOURCE_AUXILIARIES.get(lang, frozenset())
    return lambda pair: bool(auxiliaries & {t.lower for t in tokenize(pair.source_text)})


def _has_as_clause(lang: str) -> Callable[[SegmentPair], bool]:
    """Whether a source sentence has a comparison clause (", wie …", ", comme …")."""
    word = _AS_WORDS.get(lang)
    if word is None:
        return lambda pair: False
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
    where the source has a subordinate clause; and an object before a
    clause-final to-infinitive after a verb that takes none ("plans new flats
    to build"), where the source has "zu"/"te".  Whatever the source language,
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
                           lambda pair: doc.source.lang in _SEPARABLE_VERBS)


# Languages that capitalise every noun.
# Zipf margins: a word leans to the source language when it is this much more
# frequent there than in the target language; a function word is very frequent.
_LEAN = 1.5
_KNOWN = 3.0
_FUNCTION = 5.5
_MIN_RUN = 4
_MIN_FUNCTION_WORDS = 3
_MIN_LOWER_CONTENT = 2
_MIN_IDENTICAL = 3
_MAX_TITLE = 6


def _lean(word: str, source: str, target: str) -> int:
    """+1 for a word of the source language, -1 for one of the target language, else 0."""
    s, t = zipf(word, source), zipf(word, target)
    if s >= _KNOWN and s - t >= _LEAN:
        return 1
    if t >= _KNOWN and t - s >= _LEAN / 2:
        return -1
    return 0


def _source_runs(words: Sequence[Token], source: str, target: str) -> Iterator[list[Token]]:
    """Runs without target-language words, trimmed to start and end on a source-language word."""
    run: list[Token] = []
    for word in [*words, None]:
        lean = _lean(word.lower, source, target) if word else -1
        if lean >= 0:
            run.append(word)
            continue
        leaning = [k for k, w in enumerate(run) if _lean(w.lower, source, target) > 0]
        if leaning:
            yield run[leaning[0]:leaning[-1] + 1]
        run = []


def _looks_untranslated(run: Sequence[Token], source: str, target: str) -> bool:
    """Enough source words, of which several function words or lower-case content words.

    A title or name kept in the source language ("Der Untergang des
    Abendlandes", "The Lord of the Rings") has few function words and
    capitalised content words.
    """
    leaning = [w for w in run if _lean(w.lower, source, target) > 0]
    function = [w for w in leaning if zipf(w.lower, source) >= _FUNCTION]
    content = [w for w in leaning if w not in function]
    title_case = source not in NOUN_CAPITALISING and all(w.is_capitalised for w in content)
    if len(leaning) < _MIN_RUN or title_case:
        return False
    lower_content = sum(not w.is_capitalised for w in content)
    return len(function) >= _MIN_FUNCTION_WORDS or lower_content >= _MIN_LOWER_CONTENT


def _quoted_title(run: Sequence[Token], text: str) -> bool:
    """True for a short run that is a whole quotation without final punctuation: a title, a slogan."""
    before, after = char_before(text, run[0].start), char_after(text, run[-1].end)
    return (len(run) <= _MAX_TITLE and bool(before) and before[-1] in QUOTES
            and bool(after) and after[0] in QUOTES)


def _untranslated_run(pair: SegmentPair, words: list[Token], text: str, source: str, target: str
                      ) -> list[Token] | None:
    """The source-language run of one sentence, if it looks left untranslated."""
    identical = pair.source_text.split() == pair.target_text.split()
    for run in _source_runs(words, source, target):
        leaning = sum(_lean(w.lower, source, target) > 0 for w in run)
        if identical and leaning >= _MIN_IDENTICAL and 2 * leaning >= len(words):
            return run
        if _looks_untranslated(run, source, target) and not _quoted_title(run, text):
            return run
    return None


def _rest_of_a_name(run: list[Token], tokens: list[Token]) -> bool:
    """A run that continues a capitalised word or precedes an acronym is an official name.

    "Commission nationale de l'informatique et des libertés (CNIL)" is kept in
    French on purpose; a sentence left untranslated does not hang off a name.
    """
    index = next(i for i, t in enumerate(tokens) if t.start == run[0].start)
    end = next(i for i, t in enumerate(tokens) if t.start == run[-1].start)
    before = tokens[index - 1] if index else None
    after = tokens[end + 1:end + 3]
    follows_name = before is not None and before.is_word and before.text[:1].isupper() and not run[0].text[:1].isupper()
    acronym_next = len(after) == 2 and after[0].text == "(" and after[1].text.isupper()
    return follows_name or acronym_next


@check("MT300", "untranslated-text", Severity.MAJOR)
def untranslated_text(doc: AlignedDocument) -> Iterator[Flag]:
    """Words or sentences left in the source language.

    Flags a run of at least four words that are far more frequent in the
    source language than in the target language (wordfreq Zipf scale), three
    of them function words or two of them lower-case content words, or a
    shorter run in a sentence identical to its aligned source.  Names,
    brands, single terms kept on purpose (Bundestag, Mittelstand), titles
    ("Der Untergang des Abendlandes"), official names kept in the original
    ("Commission nationale de l'informatique et des libertés") and short
    quoted slogans without sentence punctuation ("„Wir sind das Volk“") pass.

    Bad: ``The Legion wrote: Die Befreiung ist in diesem Moment im Gange.``
    Good: ``The Legion wrote: The liberation is underway at this moment.``
    """
    yield from doc.derived(_untranslated_flags)


def _untranslated_flags(doc: AlignedDocument) -> list[Flag]:
    """untranslated-text's flags, computed once per document: untranslated-word skips what they cover."""
    source, target = doc.source.lang, doc.target.lang
    if source == target or not (has_frequencies(source) and has_frequencies(target)):
        return []  # a word's language is told by its frequency in both languages
    flags: list[Flag] = []
    for pair, tokens in _sentences(doc):
        words = [t for t in tokens if t.is_word]
        run = _untranslated_run(pair, words, doc.target.text, source, target)
        if run and not _rest_of_a_name(run, tokens):
            flags.append(Flag(
                run[0].start, run[-1].end,
                f"'{doc.target.text[run[0].start:run[-1].end]}' is still in the source language "
                f"({source}), not translated into {target}",
                source=pair.source_range,
                evidence={"words": len(run)},
            ))
    return flags


@check("MT302", "untranslated-word", Severity.MAJOR)
def untranslated_word(doc: AlignedDocument) -> Iterator[Flag]:
    """A single word or a short phrase copied untranslated from the aligned source sentence.

    Flags a word of the aligned source sentence, common in the source
    language and rare in the target language (wordfreq Zipf scale), with the
    words around it that the source has in the same order (an article, a
    second noun); where the target capitalises nouns (German), a lower-case
    word by a smaller margin, since web text there borrows nouns but seldom
    verbs and adjectives ("die people"), unless it is an inflected target
    adjective ("faire" from "fair"); and a long source form unknown in the
    target language ("požárům").  Names pass: a word capitalised in a source language that
    writes common nouns in lower case, and in a German source a capitalised
    word the translation does not use as a common noun (after a determiner or
    a copied article).  Loanwords the target language also uses
    ("Kindergarten", "cuisine") and terms kept on purpose that are known in
    the target language ("Bundestag") pass.  Languages without word
    frequencies are not checked.

    Bad: ``The conseil municipal voted the budget on Tuesday evening.``
    Good: ``The city council voted the budget on Tuesday evening.``
    """
    source, target = doc.source.lang, doc.target.lang
    if source == target or not (has_frequencies(source) and has_frequencies(target, large=True)):
        return
    flagged = {(f.start, f.end) for f in doc.derived(_untranslated_flags)}
    protected = protected_ranges(doc.target.text)
    names = name_words(tokenize(doc.target.text), target)
    for pair, tokens in _sentences(doc):
        words = [t for t in tokens if t.is_word]
        for phrase in copied_phrases(words, doc.target.text, pair.source_text, source, target, protected, names):
            start, end = phrase.tokens[0].start, phrase.tokens[-1].end
            if any(s <= start and end <= e for s, e in flagged):
                continue
            text = doc.target.text[start:end]
            yield Flag(
                start, end,
                f"'{text}' is copied from the source sentence untranslated: '{phrase.anchor}' is a "
                f"{source} word, rare in {target}",
                source=pair.source_range,
                evidence={"zipf_source": phrase.source_zipf, "zipf_target": phrase.target_zipf},
            )


# English capitalises these when they name one institution, party or region, or precede a name.
_INSTITUTION_WORDS = pack("en").words("grammar.institution_words")
_NUMBER_WORDS = pack("en").words("function_words.number_words")
_HEADLINE_SHARE = 0.5
_MIN_COMMON = 3.0
_PLURAL_ENDINGS = pack("mul").items("inflection.plural_endings")


def _stem(word: str) -> str:
    """``statements`` -> ``statement``, ``regionen`` -> ``region``: a crude shared stem."""
    for ending in _PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _name_words(tokens: Sequence[Token]) -> set[str]:
    """Capitalised words that stand beside another capitalised word: parts of names."""
    words = [t for t in tokens if t.is_word]
    return {
        w.lower for a, b in zip(words, words[1:])
        if a.is_capitalised and b.is_capitalised and b.start - a.end <= 1 for w in (a, b)
    }


def _is_headline(words: Sequence[Token]) -> bool:
    """True for title-case text, where most longer words after the first are capitalised."""
    content = [w for w in words[1:] if len(w.text) > 3]
    return bool(content) and sum(w.is_capitalised for w in content) > _HEADLINE_SHARE * len(content)


def _modifier(token: Token) -> str | None:
    """'determiner', 'number' or 'adjective' for a lower-case word that precedes common nouns."""
    if not (token.is_word and token.text.islower()) and not token.text.isdigit():
        return None
    if token.lower in DETERMINERS:
        return "determiner"
    if token.text.isdigit() or token.lower in _NUMBER_WORDS:
        return "number"
    return "adjective" if "ADJ" in english_tags(token.lower) else None


def _copied_capitals(tokens: Sequence[Token]) -> Iterator[tuple[Token, Token]]:
    """Capitalised common nouns after a determiner, number or adjective, outside title case."""
    if _is_headline([t for t in tokens if t.is_word]):
        return
    for before, word, after in zip(tokens, tokens[1:], [*tokens[2:], None]):
        if not (word.is_word and word.is_capitalised and word.text[1:].islower()):
            continue
        if _modifier(before) is None or (after and (after.is_capitalised or after.text[0].isdigit())):
            continue
        if word.lower in _INSTITUTION_WORDS | PRONOUNS or "NOUN" not in english_tags(word.lower):
            continue
        if zipf(word.lower, "en") >= _MIN_COMMON:
            yield word, before


def _capital_reason(word: Token, before: Token, pair: SegmentPair, source_lang: str,
                    lower_words: set[str]) -> str | None:
    """Why the capital looks copied from the source, or None."""
    stem = _stem(word.lower)
    source_words = [t for t in tokenize(pair.source_text) if t.is_word]
    if any(t.is_capitalised and _stem(t.lower) == stem for t in source_words):
        return "the source has the same word, capitalised"
    if source_lang not in NOUN_CAPITALISING or any(word.text in t.text for t in source_words):
        return None
    if word.lower in lower_words:
        return "the source language capitalises nouns, and the text writes the word lower-case elsewhere"
    modifier = _modifier(before)
    if modifier == "determiner":
        return None
    return f"the source language capitalises nouns, and the word follows the {modifier} '{before.text}'"
@check("MT301", "source-capitalisation", Severity.MINOR)
def source_capitalisation(doc: AlignedDocument) -> Iterator[Flag]:
    """An English common noun capitalised mid-sentence, copying the source's capital.

    German capitalises every noun; a literal translation or an untranslated
    loanword keeps the capital ("the Statements", "eleven Shots").  Flags a
    capitalised common English noun after a determiner, number or adjective
    when the aligned source has the same word capitalised, or when the source
    language capitalises nouns and the translation writes the word lower-case
    elsewhere or puts a number or adjective before it.  Names (words beside
    other capitalised words anywhere in the text, words kept from the source
    inside compounds), institutions, parties and regions ("the Commission",
    "the Greens", "the West") and title-case headings pass.

    Bad: ``quotes the German press agency the Statements from the militias``
    Good: ``quotes the German press agency the statements from the militias``
    """
    if doc.target.lang != "en":
        return
    tokens = tokenize(doc.target.text)
    names = _name_words(tokens)
    lower_words = {t.text for t in tokens if t.is_word and t.text.islower()}
    for pair, sentence in _sentences(doc):
        for word, before in _copied_capitals(sentence):
            reason = None if word.lower in names else _capital_reason(
                word, before, pair, doc.source.lang, lower_words)
            if reason:
                yield Flag(
                    word.start, word.end,
                    f"'{word.text}' is capitalised mid-sentence although it is a common noun in "
                    f"English ('{word.lower}'); {reason}",
                    evidence={"word": word.text, "reason": reason},
                )
