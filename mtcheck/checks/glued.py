"""Glued tokens: words fused together where markup (a link, a line break) was lost."""

from __future__ import annotations

import re
from collections import Counter
from typing import Collection, Iterator

from mtcheck.text.anchors import protected_ranges
from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument
from mtcheck.findings import Flag, Severity
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import Languages

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CASE_JUNCTION = re.compile(r"(?<=[a-zà-öø-ÿß])(?=[A-ZÀ-ÖØ-Þ])")
# A fused word is unknown as a whole; its parts are everyday words.
_UNKNOWN = 1.5
_KNOWN_PART = 3.0
# Without a case junction, the tail must be a very common word ("which", "die") of three
# letters or more: shorter tails and commoner content words ("-less", "-able", "-er",
# "-in") are suffixes of rare real words ("springless", "Amtsträgerin").
_FUNCTION_WORD = 5.8
_MIN_TAIL = 3
# A repeated capitalised word is a name unless its tail is a top function word.
_REPEATED_TAIL = 6.0
# A two-letter tail must be a top function word ("or", "on") after a common word ("sensorsor").
_SHORT_TAIL = 6.5
_SHORT_TAIL_HEAD = 3.9
# Languages that write compounds as one word need a stricter tail:
# "Montagezeit" or "Bienenart" end in common nouns, not in function words.
_COMPOUNDING = Languages("orthography.compounds")
# Where short function words double as prefixes and endings (не-, na-, po-; Czech invalidní+mi),
# "небелое" is one word: only a case junction shows a glued word there.
_PREFIXING = Languages("orthography.prefixes")
_COMPOUND_FUNCTION_WORD = 6.0
# A lower-case head glued to a following word: a short, very common word
# ("an", "the", "of") before a word that is itself well known.
_HEAD_FUNCTION_WORD_ALONE = 6.0
_KNOWN_TAIL = 3.5
# Before a capitalised name, a lowercase head must be a function word ("theKremlin").
_HEAD_FUNCTION_WORD = 5.5
# A capitalised head glued to a capitalised tail must be an article-like word
# ("DieRegierung", "TheKremlin"); CamelCase brands (WarTranslated, YouGov) pass.
_CAPITAL_HEAD_FUNCTION_WORD = 6.6
_MIN_LENGTH = 6
# Two glued words are never this long; longer "words" (base64, runs of one letter) are not
# tried, since each split point costs two lookups and a huge token would take minutes.
_MAX_LENGTH = 64


def _case_split(word: str, lang: str, names: frozenset[str] = frozenset(),
                written_alone: Collection[str] = ()) -> tuple[str, str] | None:
    """``reportedSunday``, ``theKremlin``, ``DieRegierung``; iPhone or McDonald's pass.

    A known word glued to a name of the source (``newspaperKieler``,
    ``TrainerJulian``) is a lost boundary too: ``names`` holds the source's
    capitalised words.  So is a lower-case word glued to a capitalised word
    the target writes alone elsewhere (``written_alone``, its words):
    ``portalSeverogorsk``, where the source spells the name in another script.
    A capitalised head is a CamelCase brand there ("PayPay" beside a "Pay"
    opening a sentence): only the source can show it is a lost boundary.
    """
    parts = _CASE_JUNCTION.split(word)
    if len(parts) != 2 or len(parts[0]) < 2:
        return None
    head, tail = parts
    head_zipf = zipf(head, lang)
    if head[1:].islower() and head_zipf >= _KNOWN_PART and (
            tail in names or _target_name(head, tail, written_alone)):
        return head, tail
    if head.islower():
        glued = head_zipf >= _HEAD_FUNCTION_WORD or (
            head_zipf >= _KNOWN_PART and zipf(tail, lang) >= _KNOWN_PART)
    else:
        glued = head[1:].islower() and head_zipf >= _CAPITAL_HEAD_FUNCTION_WORD
    return (head, tail) if glued else None


def _target_name(head: str, tail: str, written_alone: Collection[str]) -> bool:
    """Whether a lower-case ``head`` is glued to a capitalised word the target writes alone."""
    return head.islower() and tail[1:].islower() and tail in written_alone


def _function_word_split(word: str, lang: str) -> tuple[str, str] | None:
    """A known word and a function word run together.

    ``Videowhich`` -> (Video, which): the tail is the function word.
    ``anemergency`` -> (an, emergency): the head is, in lower case only,
    since a capitalised word that starts with "An" or "The" is a name.
    """
    if not word[1:].islower():
        return None
    threshold = _COMPOUND_FUNCTION_WORD if lang in _COMPOUNDING else _FUNCTION_WORD
    # A compounding language's two-letter tails are endings as often as words (Amtsträger+in).
    last = len(word) - (3 if lang in _COMPOUNDING else 2)
    for cut in range(last, 2, -1):
        head, tail = word[:cut], word[cut:]
        if len(tail) < _MIN_TAIL and (lang in _COMPOUNDING or zipf(tail, lang) < _SHORT_TAIL
                                      or zipf(head, lang) < _SHORT_TAIL_HEAD):
            continue
        if zipf(tail, lang) >= threshold and zipf(head, lang) >= _KNOWN_PART:
            return head, tail
    if lang in _COMPOUNDING or not word.islower():
        return None
    for cut in range(2, min(4, len(word) - 3) + 1):
        head, tail = word[:cut], word[cut:]
        if zipf(head, lang) >= _HEAD_FUNCTION_WORD_ALONE and zipf(tail, lang) >= _KNOWN_TAIL:
            return head, tail
    return None


def _repeated_name(word: str, tail: str, counts: Counter[str], lang: str) -> bool:
    """A capitalised word the text writes the same way twice, ending in a content word: a name
    ("Easyhome", "Ramenman"); a glued top function word ("Videowhich") is a slip even when repeated."""
    return (word[:1].isupper() and word[1:].islower() and counts[word] > 1
            and zipf(tail, lang) < _REPEATED_TAIL)


@check("MT101", "glued-token", Severity.MAJOR)
def glued_token(doc: AlignedDocument) -> Iterator[Flag]:
    """Two words fused into one where markup was lost.

    Flags a word unknown to the target language's frequency list that splits
    into two common words, either at a lower-to-upper case junction or before
    a very common function word, or into a known word and a name that the
    source, or the target elsewhere, writes alone (a name whose link
    boundary vanished: "newspaperKieler", "portalSeverogorsk24").  Real
    compounds, brand names (iPhone, McDonald's, YouTube), capitalised words
    the text writes the same way twice (names such as "Easyhome"), hashtags,
    handles, URLs, words present in the source and words on the allowlist
    pass.

    Bad: ``published a message on X Videowhich is intended to show``
    Good: ``published a message on X. A video, which is intended to show``
    """
    text, lang = doc.target.text, doc.target.lang
    source_words = set(_WORD.findall(doc.source.text))
    source_names = frozenset(w for w in source_words if w[:1].isupper() and w[1:].islower())
    counts = Counter(_WORD.findall(text))
    # Each distinct word is judged once, and the text searched again only for the few judged glued.
    splits = {word: split for word in counts if _MIN_LENGTH <= len(word) <= _MAX_LENGTH
              and (split := _glued_split(word, lang, source_words, source_names, counts, doc.options.allowlist))}
    if not splits:
        return
    protected = protected_ranges(text)
    for match in _WORD.finditer(text):
        word = match.group()
        if word not in splits or any(s <= match.start() < e for s, e in protected):
            continue
        head, tail = splits[word]
        yield Flag(
            match.start(), match.end(),
            f"'{word}' looks like two words glued together ('{head} {tail}'), "
            "probably where a link or line break was lost",
            evidence={
                "parts": [head, tail],
                "zipf": {word: zipf(word, lang), head: zipf(head, lang), tail: zipf(tail, lang)},
            },
        )


def _glued_split(word: str, lang: str, source_words: set[str], source_names: frozenset[str],
                 counts: Counter[str], allowlist: Collection[str]) -> tuple[str, str] | None:
    """The two words ``word`` (of a length two glued words may have) fuses, or None for a word that is
    known, kept from the source, allowed, or a repeated name."""
    if word in source_words or word.lower() in allowlist:
        return None
    if zipf(word, lang) >= _UNKNOWN:
        return None
    split = (_case_split(word, lang, source_names, counts)
             or (None if lang in _PREFIXING else _function_word_split(word, lang)))
    return None if split is None or _repeated_name(word, split[1], counts, lang) else split
