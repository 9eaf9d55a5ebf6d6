"""Word lists and coarse verb tests, for checks that read grammar (tokens from :mod:`mtcheck.lang.tokens`).

English word classes
come from lemminflect's lexicon (lemmas by universal POS tag), completed by
small closed-class lists that a lexicon does not separate well (determiners,
prepositions, pronouns, time words) read from the language packs.

The finite-verb test uses lemminflect's verb tables for English: a word is a
candidate when it can be a past or third-person form (``posted``, ``shows``),
a base form after a subject (``they fight``) or an auxiliary.  German uses
auxiliaries and verb endings; other languages are not tested (None).  The
test errs towards finding a verb, so a sentence reported verbless is very
likely a fragment.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtcheck.lang.lexicon import english_inflections, english_lemmas
from mtcheck.lang.packs import QUOTE_CHARS, ByLanguage, pack, words_by_language
from mtcheck.lang.tokens import Token, tokenize  # tokenize: re-exported for the grammar checks

_EN, _DE = pack("en"), pack("de")
# English closed classes, read by the English word-order and verb tests.
DETERMINERS = _EN.words("function_words.determiners")
OBJECT_PRONOUNS = _EN.words("function_words.object_pronouns")
PRONOUNS = _EN.words("function_words.pronouns")
PREPOSITIONS = _EN.words("function_words.prepositions")
# Words that open another clause or phrase, so a verb after them is not stranded.
CLAUSE_OPENERS = _EN.words("function_words.clause_openers")
TIME_WORDS = _EN.words("function_words.time_words")
QUOTES = frozenset(QUOTE_CHARS)
# Plural endings of English nouns ("minutes", "officials").
_EN_PLURAL_ENDINGS = _EN.items("grammar.plural_endings")
# Finite forms of haben, sein, werden and the modal verbs.
DE_AUXILIARIES = _DE.words("function_words.auxiliaries")


def is_time_word(token: Token) -> bool:
    """A weekday, month, time unit or year such as ``Tuesday``, ``minutes``, ``2019``."""
    word = token.lower
    return word in TIME_WORDS or any(word.removesuffix(e) in TIME_WORDS for e in _EN_PLURAL_ENDINGS) or (word.isdigit() and len(word) == 4)


# Regular verbs list only one of their identical past forms in the lexicon.
_ALTERNATE_TAG = {"VBD": "VBN", "VBN": "VBD"}
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})


@lru_cache(maxsize=20_000)
def english_tags(word: str) -> frozenset[str]:
    """Universal POS tags lemminflect knows for an English word (empty when unknown)."""
    return frozenset(english_lemmas(word))


@lru_cache(maxsize=20_000)
def is_plural_noun(word: str) -> bool:
    """True when ``word`` is a plural English noun (``statements``, ``militias``)."""
    lemmas = english_lemmas(word).get("NOUN", ())
    return bool(lemmas) and word.lower() not in lemmas


def _inflection(lemma: str, tag: str) -> list[str]:
    forms = english_inflections(lemma)
    return forms.get(tag) or forms.get(_ALTERNATE_TAG.get(tag, ""), [])


@lru_cache(maxsize=20_000)
def _verb_forms(word: str, tag: str) -> frozenset[str]:
    """Forms with Penn tag ``tag`` (``VB``, ``VBN`` …) of the verbs ``word`` may belong to."""
    lemmas = english_lemmas(word).get("VERB", ())
    return frozenset(form for lemma in lemmas for form in _inflection(lemma, tag))


def is_past_participle(word: str) -> bool:
    """True when ``word`` is an English past participle (``eliminated``, ``taken``)."""
    return word.lower() in _verb_forms(word.lower(), "VBN")


def is_base_verb(word: str) -> bool:
    """True when ``word`` is the plain form of an English verb (``build``, ``leave``)."""
    return word.lower() in _verb_forms(word.lower(), "VB")


def is_finite_verb(word: str) -> bool:
    """True when ``word`` is an English past-tense or third-person verb (``took``, ``says``)."""
    lower = word.lower()
    return lower in _verb_forms(lower, "VBD") or lower in _verb_forms(lower, "VBZ")


def is_verb_only(word: str) -> bool:
    """True when lemminflect knows ``word`` only as a verb, never as a noun or adjective."""
    tags = english_tags(word.lower())
    return bool(tags) and tags <= {"VERB", "AUX"}


# Lists of the finite-verb test.
_EN_AUX = _EN.words("function_words.auxiliaries")
_EN_SUBJECTS = _EN.words("grammar.subjects")
_EN_CONTRACTED_SUBJECTS = re.compile(
    rf"^(?:{'|'.join(_EN.items('grammar.contracted_subjects'))})['’](?:{'|'.join(_EN.items('grammar.contractions'))})$")
_EN_ADVERBS = _EN.words("function_words.adverbs")
_EN_NOT_BEFORE_VERB = _EN.words("grammar.not_before_verb")
_EN_ADVERB_ENDINGS = _EN.items("grammar.adverb_endings")
# Finite verbs beyond the auxiliaries; "möchten" is left to the ending test below.
_DE_FINITE_FORMS = DE_AUXILIARIES - _DE.words("grammar.auxiliaries_by_ending") | _DE.words("grammar.finite_verbs")
_DE_NOT_VERBS = _DE.words("grammar.not_verbs")
_DE_SUBJECTS = _DE.words("grammar.subjects")
_DE_FINITE_ENDINGS = _DE.items("grammar.finite_endings")
_DE_SUBJECT_VERB_ENDINGS = _DE.items("grammar.subject_verb_endings")


@lru_cache(maxsize=20_000)
def _en_verb_tags(word: str) -> frozenset[str]:
    """Penn tags (VBD, VBZ, VBP...) ``word`` has as a verb in the lexicon.

    Unlike :func:`_verb_forms`, no alternate tags.
    """
    return frozenset(
        tag
        for lemma in english_lemmas(word).get("VERB", ())
        for tag, forms in english_inflections(lemma).items()
        if tag in _VERB_TAGS and word in forms
    )


def _en_finite_at(words: list[Token], i: int) -> bool:
    word = words[i].text.lower()
    if word in _EN_AUX or _EN_CONTRACTED_SUBJECTS.match(word):
        return True
    previous = words[i - 1].text.lower() if i else ""
    if previous in _EN_NOT_BEFORE_VERB:
        return False
    forms = _en_verb_tags(word)
    if forms & {"VBD", "VBZ"}:
        return True
    if "VBP" not in forms:
        return False
    if all(w.text.lower() in _EN_ADVERBS for w in words[:i]):
        return True  # an imperative: "Look at the scale", "But look"
    return _en_subject_before(words, i)


def _en_subject_before(words: list[Token], i: int) -> bool:
    """Whether a base-form verb at ``i`` follows a likely subject (adverbs skipped): ``the rebels then demand``."""
    j = i - 1
    while j > 0 and (words[j].text.lower() in _EN_ADVERBS or words[j].text.lower().endswith(_EN_ADVERB_ENDINGS)):
        j -= 1
    subject, lower = words[j], words[j].text.lower()
    plural = lower.endswith(_EN_PLURAL_ENDINGS) and len(subject.text) > 3 and lower not in _EN_NOT_BEFORE_VERB
    return lower in _EN_SUBJECTS or plural or (j > 0 and subject.text[0].isupper())


def _de_finite_at(words: list[Token], i: int) -> bool:
    word, lower = words[i], words[i].text.lower()
    if lower in _DE_FINITE_FORMS:
        return True
    if i == 0 or not word.text.islower() or lower in _DE_NOT_VERBS or len(word.text) < 4:
        return False
    if word.text.endswith(_DE_FINITE_ENDINGS):
        return True
    previous = words[i - 1]
    return word.text.endswith(_DE_SUBJECT_VERB_ENDINGS) and (previous.text.lower() in _DE_SUBJECTS or previous.text[0].isupper())


_FINITE = {"en": _en_finite_at, "de": _de_finite_at}


def has_finite_verb(words: list[Token], lang: str) -> bool | None:
    """Whether the words hold a likely finite verb; None for a language without a test."""
    test = _FINITE.get(lang)
    if test is None:
        return None
    return any(test(words, i) for i in range(len(words)))


# Function words and sentence adverbs that are capitalised only at the start of a sentence.
SENTENCE_STARTERS = words_by_language("sentences.starters")
# Words a sentence cannot end on: articles and prepositions that need a following noun.
# Prepositions English strands ("proud of", "stood by") and German "laut" ("loud") are left out.
NEVER_FINAL = words_by_language("sentences.never_final")
# Articles that are never pronouns, and what cannot follow one directly.
PURE_ARTICLES = words_by_language("function_words.articles")
NOT_AFTER_ARTICLE = words_by_language("grammar.not_after_article")
# A preposition that needs an object, then a coordination whose first conjunct is empty:
# "online at as well as at the box office", "unter sowie an der Kasse".  German leaves out
# prepositions that double as verb particles ("kam an und").
EMPTY_CONJUNCT_PREPOSITIONS = words_by_language("grammar.empty_conjunct_prepositions")
SECOND_CONJUNCTS = words_by_language("grammar.second_conjuncts")
LIST_CONJUNCTIONS = ByLanguage(
    "function_words.list_conjunctions",
    lambda p: "|".join(r"\s+".join(map(re.escape, c.split())) for c in p.items("function_words.list_conjunctions")))
# Conjunctions at which a translation may legitimately start a new sentence.
COORDINATORS = words_by_language("function_words.coordinators")
