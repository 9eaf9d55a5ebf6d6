"""German noun capitalisation copied into English: the check MT301."""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.lang.entities import NOUN_CAPITALISING
from mtcheck.findings import Flag, Severity
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import pack
from mtcheck.lang.wordclass import DETERMINERS, PRONOUNS, Token, english_tags, tokenize
from mtcheck.checks.leaks.sentences import document_words, sentences, words_of


# English capitalises these when they name one institution, party or region, or precede a name.
_INSTITUTION_WORDS = pack("en").words("grammar.institution_words")
# Capitalised nouns that are no copied capital.
_NOT_COMMON_NOUNS = _INSTITUTION_WORDS | PRONOUNS
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


def _name_words(capitalised_pairs: Iterable[tuple[str, str]]) -> set[str]:
    """Capitalised words that stand beside another capitalised word: parts of names (lower case)."""
    return {Token(w, 0, len(w)).lower for pair in capitalised_pairs for w in pair}


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


def _copied_capitals(tokens: list[Token]) -> list[tuple[Token, Token]]:
    """Capitalised common nouns after a determiner, number or adjective, outside title case (tested only
    where a noun is found)."""
    found = []
    for before, word, after in zip(tokens, tokens[1:], [*tokens[2:], None]):
        # The first letter alone is upper case: the cheapest test first, since few words pass it.
        if not (word.text[0].isupper() and word.text[1:].islower() and word.is_word):
            continue
        if _modifier(before) is None or (after and (after.is_capitalised or after.text[0].isdigit())):
            continue
        if word.lower in _NOT_COMMON_NOUNS or "NOUN" not in english_tags(word.lower):
            continue
        if zipf(word.lower, "en") >= _MIN_COMMON:
            found.append((word, before))
    return found if found and not _is_headline(words_of(tokens)) else []


def _capital_reason(word: Token, before: Token, pair: SegmentPair, source_lang: str,
                    lower_words: frozenset[str]) -> str | None:
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
    found = [(pair, word, before) for pair, tokens in sentences(doc) for word, before in _copied_capitals(tokens)]
    if not found:
        return  # the whole text's names and lower-case words are read only for a candidate
    words = document_words(doc)
    names = _name_words(words.capitalised_pairs)
    lower_words = words.lower
    for pair, word, before in found:
        reason = None if word.lower in names else _capital_reason(
            word, before, pair, doc.source.lang, lower_words)
        if reason:
            yield Flag(
                word.start, word.end,
                f"'{word.text}' is capitalised mid-sentence although it is a common noun in "
                f"English ('{word.lower}'); {reason}",
                evidence={"word": word.text, "reason": reason},
            )
