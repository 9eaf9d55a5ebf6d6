"""Words with offsets and coarse English word classes, for checks that read word order.

Tokens keep code-point offsets into the document text.  English word classes
come from lemminflect's lexicon (lemmas by universal POS tag), completed by
small closed-class lists that a lexicon does not separate well (determiners,
prepositions, pronouns, time words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A word (letters or digits, inner apostrophes, hyphens, dots) or one other character.
_TOKEN = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*|\S")
_POSSESSIVE = re.compile(r"['’]s$")

DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your some any no every each "
    "all both several many few".split()
)
OBJECT_PRONOUNS = frozenset("it them him her us me this that".split())
PRONOUNS = frozenset("i you he she it we they me him her us them".split())
PREPOSITIONS = frozenset(
    "after before on in at during since until from with without into onto through under over "
    "for against near behind by within despite following throughout across via between among "
    "about around along toward towards upon of".split()
)
# Words that open another clause or phrase, so a verb after them is not stranded.
CLAUSE_OPENERS = frozenset(
    "that which who whom whose when where while because if whether to than as and but or "
    "not".split()
)
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december yesterday today tomorrow "
    "morning afternoon evening night week weekend month year day tonight minute hour moment "
    "time decade later earlier ago".split()
)
QUOTES = frozenset("\"“”„«»‘’'‹›")


@dataclass(frozen=True)
class Token:
    """A word or a single punctuation character, with offsets into the document."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """Lower-case text without a possessive ``'s``."""
        return _POSSESSIVE.sub("", self.text).lower()

    @property
    def is_word(self) -> bool:
        """True for a word that starts with a letter."""
        return self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        """True for a word with an initial capital."""
        return self.text[0].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words and punctuation of ``text``, offsets shifted by ``offset``."""
    return [Token(m.group(), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text)]


def is_time_word(token: Token) -> bool:
    """A weekday, month, time unit or year such as ``Tuesday``, ``minutes``, ``2019``."""
    word = token.lower
    return word in TIME_WORDS or word.removesuffix("s") in TIME_WORDS or (word.isdigit() and len(word) == 4)


@lru_cache(maxsize=20_000)
def english_tags(word: str) -> frozenset[str]:
    """Universal POS tags lemminflect knows for an English word (empty when unknown)."""
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word))


@lru_cache(maxsize=20_000)
def is_plural_noun(word: str) -> bool:
    """True when ``word`` is a plural English noun (``statements``, ``militias``)."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word).get("NOUN", ())
    return bool(lemmas) and word not in lemmas


@lru_cache(maxsize=20_000)
def _verb_forms(word: str, tag: str) -> frozenset[str]:
    """Forms with Penn tag ``tag`` (``VB``, ``VBN`` …) of the verbs ``word`` may belong to."""
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(word).get("VERB", ())
    return frozenset(form for lemma in lemmas for form in getInflection(lemma, tag))


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
