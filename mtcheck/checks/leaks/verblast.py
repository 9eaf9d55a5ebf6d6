"""Verb-last English subordinate clauses: the verb moved behind its object, in a source's order.

English puts the finite verb of a clause right after its subject ("because
they believe in Allah"); German, Dutch, Japanese, Korean and many literal
translations put it last ("because they in Allah believe").  These patterns
need no source language: a subject pronoun followed by a word that can be
neither a verb nor an adverb, or a clause that ends in a finite auxiliary
after its object, is not English word order.  Pure functions over one
clause's tokens, yielding :class:`~mtcheck.checks.leaks.wordorder.Reordering`.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from mtcheck.checks.leaks.wordorder import REPORTING, Reordering, join
from mtcheck.lang.lexicon import english_lemmas
from mtcheck.lang.packs import pack
from mtcheck.lang.wordclass import (
    CLAUSE_OPENERS, DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS, Token, english_tags, is_base_verb, is_finite_verb,
    is_time_word, is_verb_only,
)

_EN = pack("en")
_OPENERS = _EN.words("grammar.verb_last_openers")
_SUBJECT_PRONOUNS = _EN.words("function_words.subject_pronouns")
_AFTER_SUBJECT = _EN.words("grammar.after_subject") | _EN.words("function_words.adverbs")
_NEVER_AFTER_SUBJECT = _EN.words("grammar.never_after_subject")
_ADVERBIAL_PHRASES = frozenset(tuple(p.split()) for p in _EN.items("grammar.adverbial_phrases"))
_CLAUSE_TAKING = _EN.words("grammar.clause_taking_verbs")
_ADVERB_ENDINGS = tuple(_EN.items("grammar.adverb_endings"))
_FINITE_AUXILIARIES = (_EN.words("function_words.auxiliaries") | _EN.words("function_words.modals")) - _EN.words(
    "grammar.not_finite_auxiliaries")
_CLAUSE_ENDERS = _EN.words("grammar.clause_enders")
# Words a clause-final auxiliary may follow in an elliptic clause ("than it ever was", "as there is").
_ELLIPSIS_SUBJECTS = _EN.words("grammar.elliptic_subjects")
_INFINITIVE_PARTICLES = _EN.words("grammar.infinitive_particles")
# What an elliptic clause's auxiliary may follow: its subject, another auxiliary, "to".
_ELLIPSIS_ENDS = _ELLIPSIS_SUBJECTS | _FINITE_AUXILIARIES | _INFINITIVE_PARTICLES
# Closed-class words the lexicon also lists as adverbs ("in", "to"): none follows a subject pronoun.
_NOT_AFTER_SUBJECT = (PREPOSITIONS | DETERMINERS | OBJECT_PRONOUNS | _INFINITIVE_PARTICLES
                      | _NEVER_AFTER_SUBJECT) - _AFTER_SUBJECT
# Words that open another clause inside the middle: the final verb may be that clause's.
_MIDDLE_STOPS = (CLAUSE_OPENERS | _EN.words("grammar.wh_words")) - _INFINITIVE_PARTICLES - _EN.words(
    "function_words.negations")
_APOSTROPHES = "'’"
_VERB_TAGS = frozenset({"VERB", "AUX"})
# Subject pronouns that are never objects ("said it in a statement", "told you").
_REPORTED_SUBJECTS = _EN.words("grammar.reported_subjects")
_NEGATIONS = _EN.words("function_words.negations")
# Articles and possessives open a subject; "this" may be one, and "after a while" is no clause.
_NOUN_DETERMINERS = _EN.words("function_words.articles") | _EN.words("function_words.possessives")
# Words that open a second noun phrase right after the subject's noun.
_SECOND_NOUN_PHRASE = _NOUN_DETERMINERS | DETERMINERS - _AFTER_SUBJECT | _SUBJECT_PRONOUNS | OBJECT_PRONOUNS
# Word classes of a word that cannot end an auxiliary's subject: an adjective, a verb form.
_NOT_SUBJECT_CLASSES = frozenset({frozenset({"ADJ"}), frozenset({"VERB"}), frozenset({"ADJ", "VERB"})})
_MAX_MIDDLE = 8


def _adverb(token: Token) -> bool:
    """An adverb by the lexicon, the pack's list or its ending (``really``, ``still``, ``recently``)."""
    word = token.lower
    if word in _AFTER_SUBJECT:
        return True
    return word not in _NOT_AFTER_SUBJECT and ("ADV" in english_tags(word) or word.endswith(_ADVERB_ENDINGS))


def _auxiliary(token: Token) -> bool:
    """A finite auxiliary, a modal or a contraction of one (``was``, ``can``, ``'s``)."""
    return token.lower in _FINITE_AUXILIARIES or any(a in token.text for a in _APOSTROPHES)


def _can_follow_subject(words: Sequence[Token]) -> bool:
    """Whether the first of ``words`` may follow a subject pronoun: a verb, an adverb, "all", "in fact"."""
    first = words[0]
    if any(tuple(w.lower for w in words[:n]) in _ADVERBIAL_PHRASES for n in (2, 3)):
        return True
    if first.lower in _NOT_AFTER_SUBJECT:
        return False
    if _auxiliary(first) or _VERB_TAGS & english_tags(first.lower) or _adverb(first):
        return True
    return not first.text.islower() or not english_tags(first.lower)  # a name, an unknown word


def _final_verb(token: Token) -> bool:
    """A finite verb or auxiliary that may end a clause (``believe``, ``served``, ``was``)."""
    if not token.text.islower():
        return False
    word = token.lower
    return word in _FINITE_AUXILIARIES or is_finite_verb(word) or is_base_verb(word)


def _clause_end(clause: Sequence[Token], start: int) -> int:
    """Index of the last word of the clause that starts at ``start`` (before "and", "but", "when" …)."""
    for k in range(start, len(clause)):
        if clause[k].lower in _CLAUSE_ENDERS:
            return k - 1
    return len(clause) - 1


def _takes_clause(words: Sequence[Token]) -> bool:
    """Whether a verb among ``words`` can take a clause ("thought the price was"): the ellipsis is English."""
    return any(lemma in _CLAUSE_TAKING for w in words for lemma in english_lemmas(w.lower).get("VERB", ()))


def _elliptic(middle: Sequence[Token]) -> bool:
    """Whether a clause-final auxiliary after ``middle`` follows its own subject ("than it ever was")."""
    rest = list(middle)
    while rest and _adverb(rest[-1]) and rest[-1].lower not in _ELLIPSIS_SUBJECTS:
        rest.pop()
    return not rest or rest[-1].lower in _ELLIPSIS_ENDS


def _subject_length(clause: Sequence[Token], i: int) -> int:
    """Words in the subject at ``i``: 1 for a pronoun, 2 for a determiner and a noun ("the sun"), else 0.

    After a reporting verb ("said he …", reported speech without "that") only a pronoun that
    cannot be its object counts.
    """
    if clause[i - 1].text in REPORTING:
        return int(clause[i].text.lower() in _REPORTED_SUBJECTS)
    if clause[i].text.lower() in _SUBJECT_PRONOUNS:
        return 1
    noun = clause[i + 1] if i + 1 < len(clause) else None
    if clause[i - 1].lower not in PREPOSITIONS and clause[i].lower in _NOUN_DETERMINERS and noun is not None and (
            "NOUN" in english_tags(noun.lower) or noun.is_capitalised) and noun.lower not in _NOT_AFTER_SUBJECT:
        return 2
    return 0


def _pronoun_clause(middle: Sequence[Token], verb: Token) -> bool:
    """After a subject pronoun: a word no subject takes, or a final auxiliary after an object."""
    if not _can_follow_subject(middle):
        return True
    return verb.lower in _FINITE_AUXILIARIES and not _elliptic(middle) and not _takes_clause(middle)


def _noun_clause(middle: Sequence[Token], verb: Token) -> bool:
    """After "the" and a noun, where a relative clause or a participle may follow ("the man she married").

    A second noun phrase with no verb in it (not a time phrase: "this week"), "not" or "been" before the
    final verb, or a final auxiliary after a participle or an adjective, is
    no English clause.
    """
    first, auxiliary = middle[0], verb.lower in _FINITE_AUXILIARIES
    if first.lower in _NEVER_AFTER_SUBJECT or (first.lower in _NEGATIONS and auxiliary):
        return True
    if first.lower in _SECOND_NOUN_PHRASE:
        if len(middle) > 1 and is_time_word(middle[1]):
            return False  # a time adverbial: "that the government this week resigned"
        return auxiliary or not any(_VERB_TAGS & english_tags(t.lower) for t in middle)
    if not auxiliary or _takes_clause(middle):
        return False
    rest = [t for t in middle if not _adverb(t)]
    return bool(rest) and (is_verb_only(first.text) or english_tags(rest[-1].lower) in _NOT_SUBJECT_CLASSES)


def verb_after_object(clause: Sequence[Token]) -> Iterator[Reordering]:
    """``because they in Allah believe``, ``that he often visited her has``: a clause's verb moved last.

    After an opener ("because", "which") and a subject pronoun, English has
    the verb, an auxiliary or an adverb.  Flags a clause that ends in a finite
    verb when a word that can be none of these follows the pronoun, and a
    clause that ends in a finite auxiliary after an object or a complement
    (not after the auxiliary's own subject, as in "than it ever was", and not
    after a verb of saying or thinking, as in "than he thought it would").
    After a determiner and a noun it flags only what no relative clause or
    participle explains ("if the employer an enterprise is").
    """
    for i, opener in enumerate(clause[:-3]):
        length = _subject_length(clause, i + 1) if opener.lower in _OPENERS or opener.text in REPORTING else 0
        if not length:
            continue
        end = _clause_end(clause, i + 1 + length)
        middle, verb = clause[i + 1 + length:end], clause[end]
        if not middle or len(middle) > _MAX_MIDDLE or not _final_verb(verb):
            continue
        if any(t.lower in _MIDDLE_STOPS or _auxiliary(t) for t in middle):
            continue
        if (_pronoun_clause if length == 1 else _noun_clause)(middle, verb):
            subject = clause[i + 1:i + 1 + length]
            yield Reordering(opener, verb, join([opener, *subject, verb, *middle]),
                             {"subject": join(subject), "verb": verb.text, "between": join(middle)})
