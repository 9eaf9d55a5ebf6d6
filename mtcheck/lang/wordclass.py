"""Words with offsets, word lists and coarse verb tests, for checks that read grammar.

Tokens keep code-point offsets into the document text.  English word classes
come from lemminflect's lexicon (lemmas by universal POS tag), completed by
small closed-class lists that a lexicon does not separate well (determiners,
prepositions, pronouns, time words).

The finite-verb test uses lemminflect's verb tables for English: a word is a
candidate when it can be a past or third-person form (``posted``, ``shows``),
a base form after a subject (``they fight``) or an auxiliary.  German uses
auxiliaries and verb endings; other languages are not tested (None).  The
test errs towards finding a verb, so a sentence reported verbless is very
likely a fragment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mtcheck.lang.lexicon import english_inflections, english_lemmas

# A word (letters or digits, inner apostrophes, hyphens, dots) or one other character.
_TOKEN = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*|\S")
# A word only, with inner hyphens and apostrophes but not dots.
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
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
# Finite forms of haben, sein, werden and the modal verbs.
DE_AUXILIARIES = frozenset(
    "hat habe haben hatte hatten hätte hätten ist sind war waren sei seien wird werden wurde "
    "wurden würde würden kann können konnte konnten könnte könnten muss müssen musste mussten "
    "soll sollen sollte sollten will wollen wollte wollten darf dürfen möchte möchten".split())


@dataclass(frozen=True)
class Token:
    """A word or a single punctuation character, with offsets into the document."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """Lower-case text without a possessive ``'s`` (``text.lower()`` keeps it)."""
        return _POSSESSIVE.sub("", self.text).lower()

    @property
    def is_word(self) -> bool:
        """True for a word that starts with a letter."""
        return self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        """True for a word with an initial capital."""
        return self.text[0].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None, *, words_only: bool = False) -> list[Token]:
    """Tokens of ``text[start:end]``, with offsets into ``text``.

    Words (inner apostrophes, hyphens and dots kept) and single punctuation
    characters; with ``words_only``, words alone, split at dots as well.
    """
    pattern = _WORD if words_only else _TOKEN
    return [Token(m.group(), m.start(), m.end())
            for m in pattern.finditer(text, start, len(text) if end is None else end)]


def is_time_word(token: Token) -> bool:
    """A weekday, month, time unit or year such as ``Tuesday``, ``minutes``, ``2019``."""
    word = token.lower
    return word in TIME_WORDS or word.removesuffix("s") in TIME_WORDS or (word.isdigit() and len(word) == 4)


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
_EN_AUX = frozenset(
    "am is are was were has have had do does did will would shall should can could may might must "
    "ain't isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't "
    "can't couldn't shouldn't mustn't cannot".split()
)
_EN_SUBJECTS = frozenset("i you we they who which that people".split())
_EN_CONTRACTED_SUBJECTS = re.compile(
    r"^(?:i|you|we|they|he|she|it|that|there|here|who|what|where|how|let)['’](?:s|re|ve|m|d|ll)$")
_EN_ADVERBS = frozenset("then also now still often never already always only even just not soon but and so please".split())
_EN_NOT_BEFORE_VERB = frozenset(
    "the a an this these those his her its their our my your of in on at by for from with to into "
    "about over under after before during against between through".split()
)
# Finite verbs beyond the auxiliaries; "möchten" is left to the ending test below.
_DE_FINITE_FORMS = DE_AUXILIARIES - {"möchten"} | frozenset(
    "bin bist seid werde wäre wären durfte mag gibt gab geht ging heißt hieß steht stand liegt lag "
    "kommt kam ließ warf sprach nahm fand blieb rief trat zog schrieb fiel sah traf bat wies stieg "
    "galt begann gewann".split()
)
_DE_NOT_VERBS = frozenset(
    "nicht jetzt erst bereits seit selbst meist zuletzt längst fast bist mit mittlerweile heute gut "
    "laut statt insbesondere zunächst zuerst damit weit derzeit oft recht".split()
)
_DE_SUBJECTS = frozenset("sie wir ihr die".split())


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
    while j > 0 and (words[j].text.lower() in _EN_ADVERBS or words[j].text.lower().endswith("ly")):
        j -= 1
    subject, lower = words[j], words[j].text.lower()
    plural = lower.endswith("s") and len(subject.text) > 3 and lower not in _EN_NOT_BEFORE_VERB
    return lower in _EN_SUBJECTS or plural or (j > 0 and subject.text[0].isupper())


def _de_finite_at(words: list[Token], i: int) -> bool:
    word, lower = words[i], words[i].text.lower()
    if lower in _DE_FINITE_FORMS:
        return True
    if i == 0 or not word.text.islower() or lower in _DE_NOT_VERBS or len(word.text) < 4:
        return False
    if word.text.endswith(("t", "te", "ten")):
        return True
    previous = words[i - 1]
    return word.text.endswith(("en", "rn", "ln")) and (previous.text.lower() in _DE_SUBJECTS or previous.text[0].isupper())


_FINITE = {"en": _en_finite_at, "de": _de_finite_at}


def has_finite_verb(words: list[Token], lang: str) -> bool | None:
    """Whether the words hold a likely finite verb; None for a language without a test."""
    test = _FINITE.get(lang)
    if test is None:
        return None
    return any(test(words, i) for i in range(len(words)))


# Function words and sentence adverbs that are capitalised only at the start of a sentence.
SENTENCE_STARTERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the an this that these those there it he she they we his her their its our however according "
        "although though but and or so yet also meanwhile moreover furthermore therefore thus then after "
        "before when while because since if in on at for from with by as of to during despite following "
        "which who what where why how not some many most all both each every only even still already "
        "now today yesterday".split()),
    "de": frozenset(
        "der die das den dem des ein eine einer eines einem einen laut nach wie auch aber und doch jedoch "
        "zudem dabei damit dann so es er wir man in im am auf bei mit von vor zu für als wenn weil obwohl "
        "während nachdem seit dies diese dieser dieses nun noch bereits inzwischen unterdessen außerdem "
        "deshalb denn".split()),
    "fr": frozenset(
        "le la les un une des selon cependant mais et il elle ils elles nous ce cette ces dans après "
        "avant lorsque quand pendant depuis ainsi donc toutefois par pour".split()),
    "es": frozenset(
        "el la los las un una según pero y también además en tras después antes cuando mientras este "
        "esta estos estas ello él ella ellos por para con sin".split()),
}

# Words a sentence cannot end on: articles and prepositions that need a following noun.
# Prepositions English strands ("proud of", "stood by") and German "laut" ("loud") are left out.
NEVER_FINAL: dict[str, frozenset[str]] = {
    "en": frozenset("the a an via including their its our my your".split()),
    "de": frozenset("des eines einem zum zur im beim vom am".split()),
    "fr": frozenset("le la les du au aux de des selon".split()),
    "es": frozenset("el los las la del al de un una según".split()),
}

# Articles that are never pronouns, and what cannot follow one directly.
PURE_ARTICLES: dict[str, frozenset[str]] = {"en": frozenset({"the", "a", "an"})}
NOT_AFTER_ARTICLE: dict[str, frozenset[str]] = {
    "en": frozenset(
        "is are was were has have had will would can could should must may might does did "
        "of in on at by for from with".split()),
}

# A preposition that needs an object, then a coordination whose first conjunct is empty:
# "online at as well as at the box office", "unter sowie an der Kasse".  German leaves out
# prepositions that double as verb particles ("kam an und").
EMPTY_CONJUNCT_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": PREPOSITIONS,
    "de": frozenset("unter von via bei für in".split()),
}
SECOND_CONJUNCTS: dict[str, frozenset[str]] = {
    "en": PREPOSITIONS,
    "de": frozenset("an am auf bei beim in im unter über von vom zu zum zur mit für aus".split()),
}
LIST_CONJUNCTIONS: dict[str, str] = {"en": r"and|or|as\s+well\s+as", "de": r"und|oder|sowie"}

# Conjunctions at which a translation may legitimately start a new sentence.
COORDINATORS: dict[str, frozenset[str]] = {
    "en": frozenset("and but or so".split()),
    "de": frozenset("und aber sondern doch denn oder".split()),
    "fr": frozenset("et mais ou car donc".split()),
    "es": frozenset("y e pero o u sino".split()),
}
