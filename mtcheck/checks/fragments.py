"""Fragments: sentences cut, glued or left as stubs where a link or line break was lost."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.text.document import Document, Segment
from mtcheck.text.segment import char_before, end_before, final_mark
from mtcheck.findings import Flag, Severity
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import ByLanguage, alternation, words_by_language
from mtcheck.lang.wordclass import (
    COORDINATORS, EMPTY_CONJUNCT_PREPOSITIONS, LIST_CONJUNCTIONS, NEVER_FINAL, SECOND_CONJUNCTS, NOT_AFTER_ARTICLE, PURE_ARTICLES, SENTENCE_STARTERS, Token, has_finite_verb, tokenize,
)

_TERMINALS = ".!?…"
_CLAUSE_BREAK = re.compile(r"[,;:()–—]")
_CLOSING = "\"'”’»«“)]"
# The German test misses many strong verb forms: good enough to confirm a source clause,
# too weak to accuse a target sentence.
_VERB_TESTED_TARGETS = {"en"}
_MIN_FRAGMENT_WORDS = 3
_SHORT_SHARE = 0.5
_MIN_SOURCE_WORDS = 5
# A break token must be followed by this many source words to be mid-sentence there.
_MIN_WORDS_AFTER_BREAK = 4
_CARRIED_WORDS = 3
_CLOSING_QUOTES = "\"”’»«“"
_TITLE_CASE_SHARE = 0.5
_TITLE_WORD_LENGTH = 6  # after a capitalised word only long sentence adverbs (However, According) count
_KNOWN_ZIPF = 1.0
_FOREIGN_MARGIN = 1.0
_ATTRIBUTION = ByLanguage("attribution.blend_markers", lambda p: re.compile(
    rf"\b(?:{alternation(p.items('attribution.blend_markers'))})\s+((?:[\w'’-]+\s+){{0,6}}?)"
    rf"({alternation(p.words('reporting.past') | p.words('reporting.present'))})\b"))
# Words before a stranded preposition ("nothing to work with and in the end"): no link was lost there.
_STRANDING = words_by_language("grammar.stranding_words")
_SHARED_OBJECT_ZIPF = 5.5  # "vor und nach dem Spiel": both prepositions are common words
_CLAUSE_WORDS = words_by_language("grammar.clause_words")


def _words(document: Document, segment: Segment) -> list[Token]:
    return tokenize(document.text, segment.start, segment.end, words_only=True)


def _foreign(doc: AlignedDocument, start: int, end: int) -> bool:
    """Mostly source-language words: an untranslated passage, another check's business.

    Only lower-case words count: names are unknown to both languages.
    """
    src, tgt = doc.source.lang, doc.target.lang
    words = [w.text.lower() for w in tokenize(doc.target.text, start, end, words_only=True) if w.text.islower()]
    foreign = sum(zipf(w, tgt) < _KNOWN_ZIPF or zipf(w, src) > zipf(w, tgt) + _FOREIGN_MARGIN for w in words)
    return foreign > len(words) / 2


def _is_sentence(document: Document, segment: Segment, min_words: int) -> bool:
    """Ends like a sentence and is long enough; labels such as ``Photo: dpa`` are not sentences."""
    words = _words(document, segment)
    if len(words) < min_words or final_mark(segment.text, _TERMINALS, _CLOSING) < 0:
        return False
    label = segment.text.find(":")
    return not (0 <= label and len(tokenize(segment.text, 0, label, words_only=True)) <= 2)


def _source_has_clause(doc: AlignedDocument, sources: tuple[Segment, ...]) -> bool:
    for segment in sources:
        if not _is_sentence(doc.source, segment, _MIN_SOURCE_WORDS):
            continue
        verb = has_finite_verb(_words(doc.source, segment), doc.source.lang)
        if verb is None or verb:
            return True
    return False


def _cut_short(pair: SegmentPair) -> bool:
    """More target sentences than source sentences, or a target far shorter than its source."""
    src, tgt = pair.source_text, pair.target_text
    return len(pair.target) > len(pair.source) or len(tgt) < _SHORT_SHARE * len(src)


@check("MT200", "verbless-sentence", Severity.MAJOR)
def verbless_sentence(doc: AlignedDocument) -> Iterator[Flag]:
    """A sentence with no finite verb cut from a source sentence that has one.

    Flags a target sentence that ends like a sentence but holds no word that
    can be a finite verb, when its source is a full clause and the target
    was cut: the source sentence became several target sentences, or the
    target is far shorter.  A piece like that was usually cut off where a
    link or line break was lost.  Headings, captions and labels (``Photo:
    dpa``) pass because they do not end like a sentence or their source has
    no verb either; so do elliptical sentences translated whole ("Again,
    quite big differences.").  Tested for English targets only.

    Bad: ``A video was posted. Of the attack on the bridge near the village of Tyotkino.``
    Good: ``A video of the attack on the bridge near the village of Tyotkino was posted.``
    """
    if doc.target.lang not in _VERB_TESTED_TARGETS:
        return
    for pair in doc.pairs:
        if not _cut_short(pair) or not _source_has_clause(doc, pair.source):
            continue
        for sentence in pair.target:
            words = _words(doc.target, sentence)
            # The verb first: most sentences have one, and reading their language costs more.
            if (not _is_sentence(doc.target, sentence, _MIN_FRAGMENT_WORDS) or has_finite_verb(words, doc.target.lang)
                    or _foreign(doc, sentence.start, sentence.end)):
                continue
            yield Flag(
                sentence.start, sentence.end,
                "This sentence has no verb, and its source is part of a full sentence: "
                "it was probably cut where a link or line break was",
                source=pair.source_range,
                evidence={"words": len(words), "source_sentences": len(pair.source),
                          "target_sentences": len(pair.target)},
            )


def _quoted_stop(text: str) -> bool:
    """Whether ``text`` ends on a full stop pulled inside closing quotation marks (“WarTranslated.”)."""
    mark = final_mark(text, _TERMINALS, _CLOSING_QUOTES)
    return 0 <= mark < len(text.removesuffix("\n")) - 1


def _run_on(doc: AlignedDocument, pair: SegmentPair, left: Segment, right: Segment) -> Token | None:
    """The last word before a target sentence break that the source runs on past, or None.

    The word (a name or number, as link texts are) must occur once in the
    source, be followed there by several words with no punctuation, and the
    break must look like a cut: a full stop pulled inside closing quotation
    marks (“WarTranslated.”), or the next target sentence starting with a word
    that follows the break in the source.  A few source words after the break
    are not enough, since German puts verbs last (``hat Merkel getroffen``), and a
    break before a conjunction (``„Desaster für Berlin“ und forderte``) is a translator's choice.
    """
    last = _words(doc.target, left)[-1:]
    if not last or not (last[0].text[0].isupper() or last[0].text.isdigit()):
        return None
    source = doc.source.text[slice(*pair.source_range)]
    hits = list(re.finditer(rf"(?<!\w){re.escape(last[0].text)}(?!\w)", source))
    if len(hits) != 1:
        return None
    after = source[hits[0].end():].lstrip(_CLOSING + " ")
    rest = tokenize(re.split(r"[.!?;:]", after, maxsplit=1)[0], words_only=True) if after[:1].isalnum() else []
    if len(rest) < _MIN_WORDS_AFTER_BREAK or rest[0].text.lower() in COORDINATORS.get(doc.source.lang, ()):
        return None
    first = _words(doc.target, right)[:1]
    carried_on = bool(first) and first[0].text in {w.text for w in rest[:_CARRIED_WORDS]}
    return last[0] if _quoted_stop(left.text) or carried_on else None


@check("MT201", "split-sentence", Severity.MAJOR)
def split_sentence(doc: AlignedDocument) -> Iterator[Flag]:
    """One source sentence broken in two where the source runs on, typically at a lost link.

    Flags a sentence end in the target after a name or number that the
    aligned source sentence runs on past without punctuation, when the break
    looks like a cut: the full stop pulled inside closing quotation marks,
    or the next sentence carrying on with the words that follow in the
    source.  The target is left with a fragment and the rest glued to the
    next sentence.  Translations that split a long sentence at a comma or a
    clause boundary pass.

    Bad: ``One posted by the account “WarTranslated.” X, formerly Twitter, purports to show``
    Good: ``A video posted by the account “WarTranslated” on X, formerly Twitter, purports to show``
    """
    text = doc.target.text
    for pair in doc.pairs:
        if not pair.source:
            continue
        for left, right in zip(pair.target, pair.target[1:]):
            cut = _run_on(doc, pair, left, right)
            if cut is None:
                continue
            yield Flag(
                left.start, right.end,
                f"The sentence is cut after '{cut.text}', where the source sentence goes on: "
                f"'{_first_words(text, right)}…' belongs to the same sentence",
                source=pair.source_range,
                evidence={"break_after": cut.text},
            )


def _first_words(text: str, segment: Segment, count: int = 4) -> str:
    words = tokenize(text, segment.start, segment.end, words_only=True)[:count]
    return text[words[0].start:words[-1].end] if words else ""


def _is_function_word(word: str, lang: str) -> bool:
    # Without a list, frequency cannot tell a function word from a polite pronoun (Russian Вы)
    # or a frequent name (України): no guess.
    return word in SENTENCE_STARTERS.get(lang, frozenset())


def _clause_start(text: str, sentence: Segment, offset: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, offset)]
    start = breaks[-1] if breaks else sentence.start
    return start + len(text[start:offset]) - len(text[start:offset].lstrip())


def _clause_end(text: str, sentence: Segment, offset: int) -> int:
    found = _CLAUSE_BREAK.search(text, offset, sentence.end)
    end = found.start() if found else sentence.end
    return end_before(text, end, " .!?")


def _title_case(words: list[Token]) -> bool:
    return sum(w.text[0].isupper() for w in words) > _TITLE_CASE_SHARE * len(words)


def _stray_capital(doc: AlignedDocument, words: list[Token], i: int) -> bool:
    """A capitalised function word run on from the previous word, followed by a lower-case word."""
    text, word = doc.target.text, words[i]
    if not (word.text[:1].isupper() and word.text[1:].islower() and len(word.text) > 1):
        return False
    nxt = words[i + 1]
    if text[words[i - 1].end:word.start].strip() or text[word.end:nxt.start].strip() or not nxt.text.islower():
        return False
    if words[i - 1].text[0].isupper() and len(word.text) < _TITLE_WORD_LENGTH:
        return False  # inside a title or name: "Gone With the Wind"
    if char_before(text, word.start).isdigit():
        return False  # after a numbered label: "Article 21 The registration", "iPhone 12 Pro"
    return _is_function_word(word.text.lower(), doc.target.lang) and not _in_source(doc, f"{word.text} {nxt.text}")


def _in_source(doc: AlignedDocument, phrase: str) -> bool:
    """Whether the source text holds ``phrase``: one search of it per phrase and document, not per occurrence."""
    found = doc.derived(_source_phrases)
    if phrase not in found:
        found[phrase] = phrase in doc.source.text
    return found[phrase]


def _source_phrases(doc: AlignedDocument) -> dict[str, bool]:
    """Per document, whether the source holds each phrase asked about, filled as phrases are asked about."""
    return {}


def _source_runs_on(doc: AlignedDocument, sentence: Segment) -> bool:
    """Whether the source aligned to a target sentence has a lost boundary of its own: a sentence starter
    of the source language capitalised after a word, with nothing but a space between (Wohnung Die neue)."""
    found = doc.source_range_for(sentence.start, sentence.end)
    if found is None or doc.source.lang not in SENTENCE_STARTERS:
        return False
    text = doc.source.text
    words = tokenize(text, found[0], found[1], words_only=True)
    return any(word.text[:1].isupper() and word.text[1:].islower() and not text[before.end:word.start].strip()
               and _is_function_word(word.text.lower(), doc.source.lang)
               for before, word in zip(words, words[1:]))


def _source_may_run_on(doc: AlignedDocument, sentence: Segment) -> bool:
    """Whether the source may have lost the boundary too, unseen: its language has no sentence starters to
    read (Chinese and Japanese have no capitals), and the target sentence stands for one source sentence
    only, not for two the translation ran together."""
    if doc.source.lang in SENTENCE_STARTERS:
        return False
    return sum(len(pair.source) for pair in doc.pairs_for(sentence.start, sentence.end)) <= 1


@check("MT202", "lost-sentence-boundary", Severity.MAJOR)
def lost_sentence_boundary(doc: AlignedDocument) -> Iterator[Flag]:
    """A capitalised function word in mid-sentence: a sentence boundary or link lost before it.

    Flags a word such as According, However, The or Which written with a
    capital inside a sentence, with no punctuation before it and a
    lower-case word after it.  Capitalised words are usually names, so only
    very common function words and sentence adverbs count, and names or
    titles that start with one (The Guardian, Le Monde) pass because a
    capitalised word follows.  A source that runs its sentences together
    the same way (a heading with no full stop before its text) passes: the
    translation follows it.  Where the source language shows no sentence
    starters to tell (Chinese, Japanese), a sentence that stands for one
    source sentence is minor; major where it runs two source sentences together.

    Bad: ``Governor Vyacheslav Gladkov stated n-tv According to reports, two people were killed``
    Good: ``According to n-tv, Governor Vyacheslav Gladkov said that two people were killed``
    """
    text = doc.target.text
    for sentence in doc.target.sentences:
        words = _words(doc.target, sentence)
        # Few sentences have a stray capital: title case and the words' language are read only for those.
        strays = [i for i in range(1, len(words) - 1) if _stray_capital(doc, words, i)]
        if not strays or _title_case(words) or _foreign(doc, sentence.start, sentence.end):
            continue
        if _source_runs_on(doc, sentence):
            continue  # the source lost its boundaries too (a heading run into its text): the translation follows it
        severity = Severity.MINOR if _source_may_run_on(doc, sentence) else None
        for i in strays:
            word = words[i]
            yield Flag(
                _clause_start(text, sentence, word.start), _clause_end(text, sentence, word.end),
                f"'{word.text}' is capitalised in mid-sentence: a sentence boundary or link text "
                f"was probably lost before it",
                evidence={"word": word.text, "after": words[i - 1].text}, severity=severity,
            )


def _stub(doc: AlignedDocument, words: list[Token], sentence: Segment) -> Token | None:
    """The article or preposition a sentence ends on, or an article followed by what cannot follow one."""
    lang, text = doc.target.lang, doc.target.text
    if (words and words[-1].text.lower() in NEVER_FINAL.get(lang, ())
            and final_mark(text, _TERMINALS, _CLOSING, words[-1].end, sentence.end) == words[-1].end):
        return words[-1]
    articles, banned = PURE_ARTICLES.get(lang, frozenset()), NOT_AFTER_ARTICLE.get(lang, frozenset())
    for word, nxt in zip(words, words[1:]):
        if word.text not in articles:
            continue
        between = text[word.end:nxt.start]
        if between.strip() in {",", ";", ":", ")"} or (not between.strip() and nxt.text in banned):
            return word
    return None


@lru_cache(maxsize=8)
def _empty_conjunct_pattern(lang: str) -> re.Pattern[str] | None:
    firsts, seconds = EMPTY_CONJUNCT_PREPOSITIONS.get(lang), SECOND_CONJUNCTS.get(lang)
    if firsts is None or seconds is None:
        return None
    return re.compile(rf"(?<!\w)({'|'.join(sorted(firsts))})\s+(?:{LIST_CONJUNCTIONS[lang]})\s+(?:{'|'.join(sorted(seconds))})(?!\w)")


def _coordinates_prepositions(doc: AlignedDocument, start: int, end: int) -> bool:
    """Whether the aligned source joins two common words with a conjunction, as in ``vor und nach``."""
    rng = doc.source_range_for(start, end)
    lang = doc.source.lang
    conjunctions = LIST_CONJUNCTIONS.get(lang) or "|".join(COORDINATORS.get(lang, ()))
    if rng is None or not conjunctions:
        return rng is None
    pairs = re.finditer(rf"(?<![\w.])(\w+)\s+(?:{conjunctions})\s+(\w+)", doc.source.text[slice(*rng)])
    return any(min(zipf(m.group(1).lower(), lang), zipf(m.group(2).lower(), lang)) >= _SHARED_OBJECT_ZIPF
               for m in pairs)


def _empty_conjunct(doc: AlignedDocument, words: list[Token], sentence: Segment) -> Token | None:
    """A preposition followed directly by "and"/"as well as" and another preposition: its object is gone."""
    pattern = _empty_conjunct_pattern(doc.target.lang)
    found = pattern.search(doc.target.text, sentence.start, sentence.end) if pattern else None
    if found is None or _coordinates_prepositions(doc, sentence.start, sentence.end):
        return None
    stub = next(w for w in words if w.start == found.start())
    before = {w.text.lower() for w in words if w.end <= stub.start}
    return None if before & _STRANDING.get(doc.target.lang, frozenset()) else stub


@check("MT203", "dangling-stub", Severity.MAJOR)
def dangling_stub(doc: AlignedDocument) -> Iterator[Flag]:
    """An article or preposition left hanging where a link text was dropped.

    Flags a sentence that ends on an article or a preposition that needs a
    noun (``the``, ``of``, German ``des``, ``laut``), an article followed
    directly by a verb, a preposition or a comma (``as the has long
    warned``), and a preposition followed directly by "and", "or" or "as
    well as" and another preposition (``online at as well as at the box
    office``, German ``unter sowie an der Kasse``): the name or link text
    that stood there is gone.  Prepositions sharing one object (``before
    and after the match``) pass when the source coordinates two common
    words the same way, and so do prepositions stranded in a clause
    (``nothing to work with and in the end``).

    Bad: ``Their number has been falling for decades, as the has long warned.``
    Good: ``Their number has been falling for decades, as the Nature Conservation Union has long warned.``
    """
    text = doc.target.text
    for sentence in doc.target.sentences:
        words = _words(doc.target, sentence)
        stub = _stub(doc, words, sentence) or _empty_conjunct(doc, words, sentence)
        if stub is None:
            continue
        span = _clause_start(text, sentence, stub.start), _clause_end(text, sentence, stub.end)
        if _foreign(doc, *span):
            continue
        yield Flag(
            *span,
            f"'{stub.text}' is left dangling: a name or link text after it seems to be missing",
            evidence={"word": stub.text},
        )


@check("MT204", "blended-attribution", Severity.MAJOR)
def blended_attribution(doc: AlignedDocument) -> Iterator[Flag]:
    """Two attributions blended into one clause: "according to X reported".

    Flags ``according to`` followed within a few words, with no comma or
    relative word between, by a reporting verb: the translation mixed "as X
    reported" with "according to X", leaving a clause that does not parse.
    Sentences that start with "According to" and clauses such as "according
    to what officials said" pass.  Tested for English targets.

    Bad: ``partisans announced an attack, according to the news portal Nexta reported on X.``
    Good: ``partisans announced an attack, as the news portal Nexta reported on X.``
    """
    pattern = _ATTRIBUTION.get(doc.target.lang)
    if pattern is None:
        return
    text, clause_words = doc.target.text, _CLAUSE_WORDS[doc.target.lang]
    for sentence in doc.target.sentences:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            between = {w.text.lower() for w in tokenize(match.group(1), words_only=True)}
            if match.start() == sentence.start or between & clause_words or not between:
                continue
            yield Flag(
                match.start(), match.end(),
                f"'according to' and '{match.group(2)}' both attribute the statement: "
                f"the clause mixes two constructions (\"as ... {match.group(2)}\" or \"according to ...\")",
                evidence={"verb": match.group(2)},
            )
