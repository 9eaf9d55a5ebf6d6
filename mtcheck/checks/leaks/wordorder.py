"""Word-order patterns that show a source language's syntax through a translation.

Pure functions over the tokens of one target sentence.  Each yields a
:class:`Reordering`: the stretch of tokens in the source's order and the same
words in the order the target language wants.  The checks in
:mod:`mtcheck.checks.leaks` turn these into flags.
"""

from __future__ import annotations

from typing import Iterator, NamedTuple, Sequence

from mtcheck.lang.wordclass import (
    CLAUSE_OPENERS, DE_AUXILIARIES, DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS, PRONOUNS, QUOTES, Token, english_tags,
    is_base_verb, is_finite_verb, is_past_participle, is_plural_noun, is_time_word, is_verb_only,
)
from mtcheck.lang.packs import pack

_EN, _DE = pack("en"), pack("de")
_PERFECT = _EN.words("function_words.perfect_auxiliaries")
# Modals, and "want", which German "will" turns into a modal with a stranded infinitive.
_MODALS = _EN.words("function_words.modals")
_BE = _EN.words("function_words.copula")
_AUXILIARIES = _PERFECT | _MODALS | _BE
_FINITE_AUXILIARIES = _AUXILIARIES - _EN.words("grammar.not_finite_auxiliaries")
_MAX_MIDDLE = 12
# Words after which a clause-final verb still ends its clause.
_CLAUSE_ENDERS = _EN.words("grammar.clause_enders")
_ADVERBIAL_PREPOSITIONS = PREPOSITIONS - _EN.words("grammar.not_adverbial_prepositions")
_TIME_OPENERS = _EN.words("grammar.time_openers")
_POSSESSIVES = _EN.words("function_words.possessives")
# Words after which a participle is read as a reduced relative ("those injured").
_RELATIVE_HEADS = _EN.words("grammar.relative_heads")
_SUBORDINATORS = _EN.words("grammar.subordinators")
# Particles of phrasal verbs; German separable prefixes (aus-, an-, zurück-) become these.
_PARTICLES = _EN.words("grammar.particles")
_NEGATIONS = _EN.words("function_words.negations")
_SUBJECT_PRONOUNS = _EN.words("function_words.subject_pronouns")
# Verbs that take a to-infinitive but no object before it: "plans to build flats", never
# "plans flats to build".
_CONTROL_VERBS = _EN.words("grammar.subject_control_verbs")
_MAX_SUBJECT = 4
_DO_FORMS = _EN.words("function_words.do_support")
_ARTICLES = _EN.words("function_words.articles")
_INFINITIVE_PARTICLES = _EN.words("grammar.infinitive_particles")
# "like", which a source's comparison word ("wie", "comme") becomes word for word; English
# opens a reporting clause with the first attribution conjunction ("as").
_COMPARISONS = _EN.words("grammar.comparison_words")
_AS = _EN.items("attribution.conjunctions")[0]
# Finite forms of verbs that introduce reported speech.
REPORTING = _EN.words("reporting.past") | _EN.words("reporting.present")

# Unions of the word classes above that the patterns test word by word (built once: a union
# per token tested cost more than the rest of the pattern).
_NOUN_STARTS = DETERMINERS | OBJECT_PRONOUNS
_CLAUSE_BREAKERS = CLAUSE_OPENERS | _AUXILIARIES
_NOT_LAST_IN_MIDDLE = PREPOSITIONS | DETERMINERS | _RELATIVE_HEADS
_NOT_BEFORE_AUXILIARY = _ARTICLES | _INFINITIVE_PARTICLES | PREPOSITIONS
_SUBJECT_STARTS = DETERMINERS | _SUBJECT_PRONOUNS
_NOT_BEFORE_OBJECT = PREPOSITIONS | CLAUSE_OPENERS
_NOT_IN_NEGATED_BODY = CLAUSE_OPENERS - _NEGATIONS | _AUXILIARIES | _DO_FORMS
_SUBJECT_ENDERS = DETERMINERS | PREPOSITIONS
_FINITE_NON_MODALS = _FINITE_AUXILIARIES - _MODALS
_OBJECT_DETERMINERS = DETERMINERS - _POSSESSIVES
_NOT_IN_OBJECT = CLAUSE_OPENERS | _AUXILIARIES | PREPOSITIONS
_NOT_IN_PHRASE = CLAUSE_OPENERS | _AUXILIARIES
# What opens a prepositional phrase: "to" is an infinitive particle and a preposition.
_PHRASE_OPENERS = _ADVERBIAL_PREPOSITIONS | _INFINITIVE_PARTICLES
# Words read as no adverb before a clause-final verb's phrase: a negated clause is
# :func:`final_finite_verbs`'s ("that the commitment not only on paper stands"), and "here",
# "abroad" … may belong to the noun before them ("the workers here in the factory").
_NOT_ADVERBS = _PHRASE_OPENERS | _SUBJECT_ENDERS | _NEGATIONS | _EN.words("grammar.noun_modifying_adverbs")
_NOT_IN_INFINITIVE_OBJECT = CLAUSE_OPENERS | PREPOSITIONS | _AUXILIARIES | PRONOUNS
_NOUN_PHRASE_ENDERS = PREPOSITIONS | CLAUSE_OPENERS | DETERMINERS

_DE_SUBORDINATORS = _DE.words("clause_order.subordinators")
# Relative pronouns that can be a clause's subject; "das" is left out, since ", das ist …"
# is usually a demonstrative main clause.
_DE_RELATIVES = _DE.words("function_words.relative_pronouns")
_DE_COPULA = _DE.words("function_words.copula")
_DE_SUBJECT_PRONOUNS = _DE.words("function_words.subject_pronouns")
_DE_ARTICLES = _DE.words("function_words.determiners")
# A finite verb may precede a double infinitive ("dass er hat kommen wollen").
_DE_DOUBLE_INFINITIVE = _DE.words("grammar.double_infinitive_verbs")
_DE_BOUNDARIES = frozenset(",.;:!?()–—")
_MAX_INSERTION = 8


# A named tuple, not a frozen dataclass: defined in a seventh of the time at start (0.06 ms, not 0.4).
class Reordering(NamedTuple):
    """Tokens ``first``..``last`` stand in the source's order; ``expected`` is the target's."""

    first: Token
    last: Token
    expected: str
    evidence: dict[str, str]


def join(tokens: Sequence[Token]) -> str:
    """Tokens as text, without spaces inside brackets or before punctuation."""
    out = ""
    for before, token in zip([None, *tokens], tokens):
        glued = before is None or before.text in "([„“‘«" or token.text in ")],.;:!?”’»"
        out += token.text if glued else " " + token.text
    return out


def clause_bounds(tokens: Sequence[Token]) -> tuple[int, ...]:
    """Where the runs of words and numbers between punctuation marks start and stop in ``tokens``:
    ``(start, stop, start, stop, …)``, each run ``tokens[start:stop]``."""
    bounds: list[int] = []
    start = None
    for i, token in enumerate(tokens):
        if token.text[0].isalnum():
            if start is None:
                start = i
        elif start is not None:
            bounds += (start, i)
            start = None
    if start is not None:
        bounds += (start, len(tokens))
    return tuple(bounds)


def _verb_fits(aux: str, verb: Token) -> bool:
    """A past participle after have/be, an infinitive (or a passive participle) after a modal."""
    if verb.is_capitalised:
        return False
    participle = is_past_participle(verb.text) and "NOUN" not in english_tags(verb.lower)
    if aux in _MODALS:
        return is_base_verb(verb.text) or (participle and is_verb_only(verb.text))
    return participle


def _second_noun_phrase(middle: Sequence[Token]) -> bool:
    """True when a determiner follows a noun: a relative clause ("the report the police seized")."""
    return any(
        token.lower in DETERMINERS and before.lower not in PREPOSITIONS
        for before, token in zip(middle, middle[1:])
    )


def _shape_fits(aux: str, middle: Sequence[Token]) -> bool:
    """Object then adverbial (``had | the corps | after the operation``) or adverbial first."""
    if _second_noun_phrase(middle):
        return False
    first = middle[0].lower
    if first in _NOUN_STARTS:
        # "had their homes in the region destroyed": experiential have, English word order.
        if aux in _BE or (aux in _PERFECT and first in _POSSESSIVES):
            return False
        return any(t.lower in _ADVERBIAL_PREPOSITIONS for t in middle[1:])
    if first in _ADVERBIAL_PREPOSITIONS or first in _TIME_OPENERS:
        return aux not in _BE or is_time_word(middle[-1])
    return False


def _stranded(aux: str, middle: Sequence[Token], verb: Token) -> bool:
    """True when ``verb`` ends the clause, separated from ``aux`` by ``middle``."""
    if any(t.lower in _CLAUSE_BREAKERS or is_verb_only(t.text) for t in middle):
        return False
    last = middle[-1].lower
    if last in _NOT_LAST_IN_MIDDLE or is_plural_noun(last):
        return False
    return _verb_fits(aux, verb) and _shape_fits(aux, middle)


def stranded_verbs(clause: Sequence[Token]) -> Iterator[Reordering]:
    """``had the corps after the operation eliminated``: a verb left at the end of its clause."""
    for i in range(1, len(clause) - 2):
        aux = clause[i]
        if aux.text not in _AUXILIARIES or clause[i - 1].lower in _NOT_BEFORE_AUXILIARY:
            continue
        for j in range(i + 2, min(len(clause), i + _MAX_MIDDLE + 2)):
            at_end = j + 1 == len(clause) or clause[j + 1].lower in _CLAUSE_ENDERS
            middle = clause[i + 1:j]
            if at_end and _stranded(aux.text, middle, clause[j]):
                yield Reordering(aux, clause[j], join([aux, clause[j], *middle]),
                                 {"auxiliary": aux.text, "verb": clause[j].text, "between": join(middle)})
                break


def final_auxiliaries(clause: Sequence[Token]) -> Iterator[Reordering]:
    """``whether the regulation extended is``: a subordinate clause ending in its auxiliary."""
    for i, opener in enumerate(clause[:-3]):
        if opener.lower not in _SUBORDINATORS or clause[i + 1].lower not in _SUBJECT_STARTS:
            continue
        aux, verb, subject = clause[-1], clause[-2], clause[i + 1:-2]
        if aux.text not in _FINITE_AUXILIARIES or verb.lower in _AUXILIARIES:
            continue
        if not _verb_fits(aux.text, verb):
            continue
        if any(t.lower in _CLAUSE_BREAKERS or is_verb_only(t.text) for t in subject):
            continue
        yield Reordering(subject[0], aux, join([*subject, aux, verb]),
                         {"auxiliary": aux.text, "verb": verb.text})


def _object_before_verb(body: Sequence[Token]) -> bool:
    """A second noun phrase opened by a determiner, not by a preposition or a time word ("this week"),
    with a noun in it ("no longer exists" has none)."""
    return any(
        token.lower in DETERMINERS and body[k - 1].lower not in _NOT_BEFORE_OBJECT
        and not (k + 1 < len(body) and is_time_word(body[k + 1]))
        and any("NOUN" in english_tags(t.lower) for t in body[k + 1:])
        for k, token in enumerate(body) if k > 1
    )


def final_finite_verbs(clause: Sequence[Token]) -> Iterator[Reordering]:
    """``that the commitment not only on paper stands``: a subordinate clause ending in its finite verb.

    English needs "does not stand" and puts an object after its verb; a
    clause that negates without "do", or sets an object before a final verb,
    keeps the source's verb-final order.
    """
    for i, opener in enumerate(clause[:-3]):
        if opener.lower not in _SUBORDINATORS or clause[i + 1].lower not in DETERMINERS:
            continue
        body, verb = clause[i + 1:-1], clause[-1]
        if verb.is_capitalised or verb.lower in _AUXILIARIES or not is_finite_verb(verb.text):
            return
        if any(t.lower in _NOT_IN_NEGATED_BODY or (t.lower not in _NEGATIONS and is_verb_only(t.text)) for t in body):
            return
        negated = any(t.lower in _NEGATIONS for t in body)
        if negated or (_object_before_verb(body) and is_verb_only(verb.text)):
            yield Reordering(body[0], verb, join([*body, verb]), {"verb": verb.text, "negated": str(negated)})
        return


def _subject_end(body: Sequence[Token]) -> int | None:
    """Index past a clause's subject: a subject pronoun, or a determiner and up to three words."""
    if not body:
        return None
    if body[0].lower in _SUBJECT_PRONOUNS:
        return 1
    if body[0].lower not in DETERMINERS:
        return None
    for k in range(1, min(len(body), _MAX_SUBJECT + 1)):
        word = body[k]
        if word.lower in _SUBJECT_ENDERS:
            return k if k > 1 else None
        if word.lower in _CLAUSE_BREAKERS or is_verb_only(word.text) or not word.text.isalpha():
            return None
    return None


def _final_verb_group(clause: Sequence[Token], pronoun_subject: bool) -> int | None:
    """Index where the clause's final verb group starts: a finite verb, or an auxiliary and a participle.

    A final "had" or "was" is the verb itself only after a pronoun subject,
    which no relative clause has ("because he the flu had").
    """
    last = clause[-1]
    if last.is_capitalised or (last.lower in _AUXILIARIES and not (
            pronoun_subject and last.lower in _FINITE_NON_MODALS)):
        return None
    before = clause[-2] if len(clause) > 1 else None
    if (len(clause) > 2 and before.lower in _NEGATIONS and clause[-3].lower in _DO_FORMS
            and is_base_verb(last.text)):
        return len(clause) - 3  # "the company the contract does not extend"
    if before is not None and before.lower in _FINITE_AUXILIARIES and _verb_fits(before.lower, last):
        # A passive takes no object: "the date the forms are received" is a relative clause.
        return None if before.lower in _BE else len(clause) - 2
    return len(clause) - 1 if is_finite_verb(last.text) else None


def _is_adverb(token: Token) -> bool:
    """A word the lexicon has as an adverb and that opens no phrase or time adverbial (``too``, ``already``)."""
    return "ADV" in english_tags(token.lower) and token.lower not in _NOT_ADVERBS and not is_time_word(token)


def _adverbs_before_phrase(body: Sequence[Token]) -> int | None:
    """Index of a prepositional phrase that follows the subject and an adverb in ``body``, or None.

    "the municipality too little to the residents" (before a clause-final
    verb): English puts both after the verb.  The subject is a pronoun or a
    determiner and one noun; a prepositional phrase straight after the noun
    may be its modifier ("the residents of the town"), so an adverb must come
    between; the phrase has a noun and no verb, clause opener or time word.
    """
    if not body:
        return None
    noun_subject = len(body) > 1 and body[0].lower in _SUBJECT_STARTS - _SUBJECT_PRONOUNS and (
        english_tags(body[1].lower) == {"NOUN"})
    start = 2 if noun_subject else int(body[0].lower in _SUBJECT_PRONOUNS)
    phrase = next((k for k in range(start, len(body)) if not _is_adverb(body[k])), None)
    if not start or phrase in (None, start) or body[phrase].lower not in _PHRASE_OPENERS:
        return None
    rest = body[phrase + 1:]
    if any(t.lower in _NOT_IN_PHRASE or is_verb_only(t.text) or is_time_word(t) for t in rest):
        return None
    return phrase if any("NOUN" in english_tags(t.lower) for t in rest) else None


def _words_after_subject(body: Sequence[Token]) -> int | None:
    """Index in ``body`` of an object (or an adverb's phrase) that follows the subject, or None."""
    subject = _subject_end(body)
    if subject is None or subject >= len(body) or body[subject].lower not in _OBJECT_DETERMINERS:
        return _adverbs_before_phrase(body)
    if any(t.lower in _NOT_IN_OBJECT or is_verb_only(t.text) or t.is_capitalised or is_time_word(t)
           for t in body[subject:]):
        return None
    return subject


def object_before_final_verb(clause: Sequence[Token]) -> Iterator[Reordering]:
    """``because he the flu had``, ``that the council the plan already had approved``.

    A subordinate clause with its subject, then an object opened by a
    determiner, then its verb (or auxiliary and participle) last: English puts
    the object after the verb.  The object must follow the subject directly
    (an adverb may stand between), so "that the price of the oil rises" and
    "the report the police seized" pass.  An adverb and a prepositional
    phrase before the final verb ("that the municipality too little to the
    residents has listened") are the same order.
    """
    for i, opener in enumerate(clause[:-3]):
        if opener.lower not in _SUBORDINATORS:
            continue
        verb_at = _final_verb_group(clause, clause[i + 1].lower in _SUBJECT_PRONOUNS)
        body = clause[i + 1:verb_at] if verb_at is not None else []
        subject = _words_after_subject(body)
        if subject is None:
            return
        rest, verbs = body[subject:], clause[verb_at:]
        yield Reordering(body[0], clause[-1], join([*body[:subject], *verbs, *rest]),
                         {"verb": join(verbs), "object": join(rest)})
        return


def object_before_infinitive(clause: Sequence[Token]) -> Iterator[Reordering]:
    """``plans new flats to build (and the roads to renovate)``: infinitive groups each verb-last.

    After a verb that takes a to-infinitive but never an object before it
    ("plan", "decide", "try"), an object followed by "to" and a clause-final
    infinitive keeps the source's order ("neue Wohnungen zu bauen").
    """
    for i, verb in enumerate(clause[:-3]):
        if verb.lower not in _CONTROL_VERBS:
            continue
        to = next((k for k in range(i + 2, min(len(clause), i + 2 + _MAX_SUBJECT)) if clause[k].lower in _INFINITIVE_PARTICLES), None)
        if to is None or to + 1 >= len(clause):
            return
        obj, infinitive = clause[i + 1:to], clause[to + 1]
        ends = to + 2 == len(clause) or clause[to + 2].lower in _CLAUSE_ENDERS
        if (not ends or not is_base_verb(infinitive.text) or infinitive.is_capitalised
                or any(t.lower in _NOT_IN_INFINITIVE_OBJECT or is_verb_only(t.text)
                       for t in obj)):
            return
        yield Reordering(verb, infinitive, join([verb, clause[to], infinitive, *obj]),
                         {"verb": verb.text, "object": join(obj), "infinitive": infinitive.text})
        return


def stranded_particles(clause: Sequence[Token]) -> Iterator[Reordering]:
    """``he took himself from the criticism not out``: a verb particle left at the clause end."""
    if len(clause) < 4 or clause[-1].lower not in _PARTICLES:
        return
    particle, before, opener = clause[-1], clause[-2], clause[-3].lower
    # "took the day off" and "took Friday off" are English; "on Monday back" is not.
    timed = is_time_word(before) and (opener in _ADVERBIAL_PREPOSITIONS or opener in _TIME_OPENERS)
    if not (before.lower in _NEGATIONS or timed):
        return
    verbs = [t for t in clause[:-3] if is_finite_verb(t.text) and t.lower not in _AUXILIARIES]
    if verbs and opener not in _CLAUSE_BREAKERS:
        verb = verbs[-1]
        yield Reordering(verb, particle, f"{verb.text} {particle.text}",
                         {"verb": verb.text, "particle": particle.text, "before": before.text})


def _after_quotation(tokens: Sequence[Token], k: int) -> bool:
    """True when token ``k`` directly follows a quotation's closing ``,”`` or ``”,``."""
    if k < 2:
        return False
    before, last = tokens[k - 2].text, tokens[k - 1].text
    return (last in QUOTES and before in {",", ".", "!", "?"}) or (last == "," and before in QUOTES)


def noun_phrase_end(tokens: Sequence[Token], i: int) -> int:
    """Index just past a noun phrase that starts at ``i`` (parentheses included)."""
    i += 1
    while i < len(tokens):
        token = tokens[i]
        if token.text == "(":
            close = next((k for k in range(i, len(tokens)) if tokens[k].text == ")"), None)
            if close is None:
                return i
            i = close + 1
            continue
        if (not token.is_word or token.lower in _NOUN_PHRASE_ENDERS
                or token.text in REPORTING or is_verb_only(token.text)):
            return i
        i += 1
    return i


def inverted_reporting(tokens: Sequence[Token]) -> Iterator[Reordering]:
    """``…,” quotes the agency the statements``: reporting verb, subject, then a bare object."""
    for k, verb in enumerate(tokens[:-3]):
        if verb.text not in REPORTING or not _after_quotation(tokens, k):
            continue
        first = tokens[k + 1]
        if not (first.lower in _ARTICLES or (first.is_word and first.is_capitalised)):
            continue
        second = noun_phrase_end(tokens, k + 1)
        if second >= len(tokens) or tokens[second].lower not in DETERMINERS:
            continue
        end = noun_phrase_end(tokens, second)
        if end == second + 1 or any(is_time_word(t) for t in tokens[second:end]):
            continue
        subject, obj = tokens[k + 1:second], tokens[second:end]
        yield Reordering(verb, tokens[end - 1], join([*subject, verb, *obj]),
                         {"verb": verb.text, "subject": join(subject), "object": join(obj)})


def like_reported(tokens: Sequence[Token]) -> Iterator[Reordering]:
    """``…, like the portal Newsweek reported``: "like" opening a clause-final reporting clause."""
    for k, like in enumerate(tokens[:-2]):
        if like.lower not in _COMPARISONS or (k and tokens[k - 1].text not in {",", ";", "–", "—", "("}):
            continue
        subject = tokens[k + 1]
        if not subject.is_word or subject.text in REPORTING or subject.lower in PRONOUNS:
            continue
        end = noun_phrase_end(tokens, k + 1)
        if end >= len(tokens) or tokens[end].text not in REPORTING:
            continue
        clause_ends = end + 1 == len(tokens) or not tokens[end + 1].is_word
        if not clause_ends or tokens[end - 1].lower in _RELATIVE_HEADS:
            continue
        yield Reordering(like, tokens[end], f"{_AS} " + join(tokens[k + 1:end + 1]),
                         {"verb": tokens[end].text})


def _skip_insertion(tokens: Sequence[Token], i: int) -> int:
    """Index past a comma-enclosed insertion starting at ``i`` (", wie sie sagte,"), else ``i``."""
    if i >= len(tokens) or tokens[i].text != ",":
        return i
    for k in range(i + 1, min(len(tokens), i + _MAX_INSERTION)):
        if tokens[k].text == ",":
            return k + 1
        if tokens[k].text in _DE_BOUNDARIES:
            break
    return i


def _german_clause(tokens: Sequence[Token], i: int) -> list[Token]:
    """Words from ``i`` up to the next clause boundary (quotation marks are skipped)."""
    words = []
    for token in tokens[i:]:
        if token.text in _DE_BOUNDARIES:
            break
        if token.is_word or token.text[0].isdigit():
            words.append(token)
    return words


def _german_subject_end(words: Sequence[Token]) -> int | None:
    """Index past a subject at the start of ``words``: a pronoun, an article phrase or a name."""
    if not words:
        return None
    if words[0].lower in _DE_SUBJECT_PRONOUNS:
        return 1
    if words[0].lower in _DE_ARTICLES:
        return next((k + 1 for k in range(1, min(5, len(words))) if words[k].is_capitalised), None)
    return 1 if words[0].is_capitalised else None


def german_verb_second(tokens: Sequence[Token]) -> Iterator[Reordering]:
    """``dass Großbritannien ist in Gefahr``: a finite verb second in a German subordinate clause."""
    for k, opener in enumerate(tokens):
        relative = opener.text in _DE_RELATIVES and k > 0 and tokens[k - 1].text == ","
        if not relative and opener.lower not in _DE_SUBORDINATORS:
            continue
        words = _german_clause(tokens, _skip_insertion(tokens, k + 1))
        verb = 0 if relative else _german_subject_end(words)
        if verb is None or verb >= len(words) or words[verb].text not in DE_AUXILIARIES:
            continue
        if relative and words[verb].text in _DE_COPULA:
            continue
        rest = words[verb + 1:]
        if len(rest) < 2 or rest[-1].lower in _DE_DOUBLE_INFINITIVE:
            continue
        yield Reordering(opener, rest[-1], join([opener, *words[:verb], *rest, words[verb]]),
                         {"opener": opener.text, "verb": words[verb].text})
