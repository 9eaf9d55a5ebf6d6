"""Source leaks: the source language showing through the translation.

Word order copied from the source (a verb stranded at the end of an English
clause, a reporting verb followed by two noun phrases, "like ... reported",
an English-order German subordinate clause), text left in the source
language, and German noun capitalisation copied into English.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from mtcheck.checks import check
from mtcheck.context import AlignedDocument, SegmentPair
from mtcheck.findings import Flag, Severity
from mtcheck.lexicon import zipf
from mtcheck.wordclass import (
    CLAUSE_OPENERS, DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS, QUOTES, Token, english_tags,
    is_base_verb, is_past_participle, is_plural_noun, is_time_word, is_verb_only, tokenize,
)

_PERFECT = frozenset("has have had".split())
_MODALS = frozenset("will would can could should must may might shall".split())
_BE = frozenset("is are was were be been".split())
_AUXILIARIES = _PERFECT | _MODALS | _BE
_MAX_MIDDLE = 12
# Auxiliaries of verb-final source languages: a clause-final English verb is a leak
# only where the source sentence has one of these.
_SOURCE_AUXILIARIES = {
    "de": frozenset(
        "hat habe haben hatte hatten hätte hätten ist sind war waren sei seien wurde wurden "
        "wird werden worden kann können konnte konnten muss müssen musste soll sollen sollte "
        "will wollen wollte würde würden darf dürfen".split()),
    "nl": frozenset(
        "heeft hebben had hadden is zijn was waren werd werden wordt zal zullen kan kunnen "
        "moet moeten wil willen zou zouden".split()),
}
# Finite forms of verbs that introduce reported speech.
_REPORTING = frozenset(
    "says said quotes quoted writes wrote reports reported explains explained adds added "
    "announces announced states stated declares declared stresses stressed emphasises "
    "emphasised emphasizes emphasized insists insisted claims claimed confirms confirmed "
    "warns warned cites cited notes noted tweets tweeted".split()
)
# Words after which a participle is read as a reduced relative ("those injured").
_RELATIVE_HEADS = frozenset("those one ones people anyone everyone something nothing".split())
# Comparison conjunctions that English renders "as" before a reporting clause.
_AS_WORDS = {"de": "wie", "nl": "zoals", "fr": "comme", "es": "como", "it": "come", "pt": "como"}


def _sentences(doc: AlignedDocument) -> Iterator[tuple[SegmentPair, list[Token]]]:
    """Each target sentence's tokens, with the aligned pair it belongs to."""
    for pair in doc.pairs:
        for segment in pair.target:
            yield pair, tokenize(segment.text, segment.start)


def _clauses(tokens: Sequence[Token]) -> Iterator[list[Token]]:
    """Runs of words and numbers between punctuation marks."""
    clause: list[Token] = []
    for token in tokens:
        if token.text[0].isalnum():
            clause.append(token)
            continue
        if clause:
            yield clause
        clause = []
    if clause:
        yield clause


def _verb_fits(aux: str, verb: Token) -> bool:
    """A past participle after have/be, a plain infinitive after a modal."""
    if verb.is_capitalised:
        return False
    if aux in _MODALS:
        return is_base_verb(verb.text)
    return is_past_participle(verb.text) and "NOUN" not in english_tags(verb.lower)


def _object_then_adverbial(aux: str, middle: Sequence[Token]) -> bool:
    """``had | the corps | after the operation |``: one object, then an adverbial phrase."""
    if aux not in _PERFECT | _MODALS or middle[0].lower not in DETERMINERS | OBJECT_PRONOUNS:
        return False
    for before, token in zip(middle, middle[1:]):
        # A second bare noun phrase starts a relative clause ("the report the police seized").
        if token.lower in DETERMINERS and before.lower not in PREPOSITIONS:
            return False
    return any(t.lower in PREPOSITIONS - {"of"} for t in middle[1:])


def _adverbial_then_time(middle: Sequence[Token]) -> bool:
    """``was | on Tuesday |``: only an adverbial of time before the verb."""
    opens = middle[0].lower in PREPOSITIONS - {"of"} or middle[0].lower in {"last", "this", "next"}
    return opens and is_time_word(middle[-1])


def _stranded(aux: str, middle: Sequence[Token], verb: Token) -> bool:
    """True when ``verb`` ends the clause, separated from ``aux`` by ``middle``."""
    if any(t.lower in CLAUSE_OPENERS or t.lower in _AUXILIARIES or is_verb_only(t.text) for t in middle):
        return False
    last = middle[-1]
    if last.lower in PREPOSITIONS | DETERMINERS | _RELATIVE_HEADS or is_plural_noun(last.lower):
        return False
    return _verb_fits(aux, verb) and (_object_then_adverbial(aux, middle) or _adverbial_then_time(middle))


def _stranded_verbs(clause: Sequence[Token]) -> Iterator[tuple[Token, list[Token], Token]]:
    """(auxiliary, words between, verb) for each clause-final verb far from its auxiliary."""
    for i in range(1, len(clause) - 2):
        aux = clause[i]
        if aux.text not in _AUXILIARIES or clause[i - 1].lower in DETERMINERS | PREPOSITIONS | {"to"}:
            continue
        for j in range(i + 2, min(len(clause), i + _MAX_MIDDLE + 2)):
            at_end = j + 1 == len(clause) or clause[j + 1].lower in {"and", "but", "or"}
            if at_end and _stranded(aux.text, clause[i + 1:j], clause[j]):
                yield aux, clause[i + 1:j], clause[j]
                break


@check("MT210", "verb-final-order", Severity.MAJOR)
def verb_final_order(doc: AlignedDocument) -> Iterator[Flag]:
    """A verb stranded at the end of an English clause, in the source's verb-final order.

    German and Dutch put the participle or infinitive at the end of the
    clause; a literal translation leaves it there, after the object and the
    adverbials.  Flags an English auxiliary (have, be, a modal) followed by an
    object or a time adverbial and a clause-final participle or infinitive,
    where the aligned source sentence has an auxiliary too.  Causatives
    ("had his car repaired") and reduced relatives ("among those injured")
    pass.

    Bad: ``it claimed it had the corps after Tuesday's operation eliminated.``
    Good: ``it claimed it had eliminated the corps after Tuesday's operation.``
    """
    source_aux = _SOURCE_AUXILIARIES.get(doc.source.lang)
    if doc.target.lang != "en" or not source_aux:
        return
    for pair, tokens in _sentences(doc):
        if not source_aux & {t.lower for t in tokenize(pair.source_text)}:
            continue
        for clause in _clauses(tokens):
            for aux, middle, verb in _stranded_verbs(clause):
                words = " ".join(t.text for t in middle)
                yield Flag(
                    aux.start, verb.end,
                    f"'{verb.text}' is stranded at the end of the clause, after '{words}': the "
                    f"source's verb-final order shows through (English: '{aux.text} {verb.text} {words}')",
                    evidence={"auxiliary": aux.text, "verb": verb.text, "between": words},
                )


def _noun_phrase_end(tokens: Sequence[Token], i: int) -> int:
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
        if (not token.is_word or token.lower in PREPOSITIONS | CLAUSE_OPENERS | DETERMINERS
                or token.text in _REPORTING or is_verb_only(token.text)):
            return i
        i += 1
    return i


def _after_quotation(tokens: Sequence[Token], k: int) -> bool:
    """True when token ``k`` directly follows a quotation's closing ``,”`` or ``”,``."""
    if k < 2:
        return False
    before, last = tokens[k - 2].text, tokens[k - 1].text
    return (last in QUOTES and before in {",", ".", "!", "?"}) or (last == "," and before in QUOTES)


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
    if doc.target.lang != "en":
        return
    for _, tokens in _sentences(doc):
        for k, verb in enumerate(tokens):
            if verb.text not in _REPORTING or not _after_quotation(tokens, k) or k + 1 >= len(tokens):
                continue
            first = tokens[k + 1]
            if not (first.lower in {"the", "a", "an"} or (first.is_word and first.is_capitalised)):
                continue
            second = _noun_phrase_end(tokens, k + 1)
            if second >= len(tokens) or tokens[second].lower not in DETERMINERS:
                continue
            end = _noun_phrase_end(tokens, second)
            if end == second + 1 or any(is_time_word(t) for t in tokens[second:end]):
                continue
            subject = doc.target.text[first.start:tokens[second - 1].end]
            obj = doc.target.text[tokens[second].start:tokens[end - 1].end]
            yield Flag(
                verb.start, tokens[end - 1].end,
                f"'{verb.text}' is followed by its subject '{subject}' and then '{obj}': the "
                f"source's verb-second order shows through (English: '{subject} {verb.text} {obj}')",
                evidence={"verb": verb.text, "subject": subject, "object": obj},
            )


def _source_has_as_clause(pair: SegmentPair, lang: str) -> bool:
    """True when the source sentence has a comparison clause (", wie …", ", comme …")."""
    word = _AS_WORDS.get(lang)
    return bool(word) and bool(re.search(rf"(?:^|[,;–—(]\s*){word}\b", pair.source_text, re.I))


@check("MT212", "like-reported-calque", Severity.MINOR)
def like_reported_calque(doc: AlignedDocument) -> Iterator[Flag]:
    """"like X reported": a source comparison clause ("wie X berichtete") rendered with "like".

    German "wie", French "comme", Spanish "como" introduce both comparisons
    and reporting clauses; English uses "as" for the second ("as Newsweek
    reported").  Flags ", like" followed by a short subject and a clause-final
    reporting verb, where the aligned source has such a clause.

    Bad: ``the Siberian Battalion, like the news portal Newsweek reported.``
    Good: ``the Siberian Battalion, as the news portal Newsweek reported.``
    """
    if doc.target.lang != "en":
        return
    for pair, tokens in _sentences(doc):
        if not _source_has_as_clause(pair, doc.source.lang):
            continue
        for k, like in enumerate(tokens):
            if like.lower != "like" or (k and tokens[k - 1].text not in {",", ";", "–", "—", "("}):
                continue
            end = _noun_phrase_end(tokens, k + 1) if k + 1 < len(tokens) else k + 1
            if end >= len(tokens) or end == k + 1 or tokens[end].text not in _REPORTING:
                continue
            if end + 1 < len(tokens) and tokens[end + 1].is_word:
                continue
            yield Flag(
                like.start, tokens[end].end,
                f"'like' introduces a reporting clause, copying the source's comparison word "
                f"(English: 'as {doc.target.text[tokens[k + 1].start:tokens[end].end]}')",
                evidence={"verb": tokens[end].text},
            )


_DE_SUBORDINATORS = frozenset("dass weil obwohl obgleich nachdem bevor ob falls sobald sodass".split())
_DE_SUBJECT_PRONOUNS = frozenset("er sie es wir ihr ich du man".split())
_DE_ARTICLES = frozenset(
    "der die das ein eine dieser diese dieses kein keine sein seine ihr ihre unser unsere".split())
_DE_FINITE = frozenset(
    "hat habe haben hatte hatten hätte hätten ist sind war waren sei seien wird werden wurde "
    "wurden würde würden kann können konnte konnten könnte könnten muss müssen musste mussten "
    "soll sollen sollte sollten will wollen wollte wollten darf dürfen möchte möchten".split())
# A finite verb may precede a double infinitive ("dass er hat kommen wollen").
_DE_DOUBLE_INFINITIVE = frozenset("können müssen sollen wollen dürfen mögen lassen sehen hören helfen".split())


def _german_subject_end(clause: Sequence[Token], i: int) -> int | None:
    """Index past a subject starting at ``i``: a pronoun, an article phrase or a name."""
    if i >= len(clause):
        return None
    if clause[i].lower in _DE_SUBJECT_PRONOUNS:
        return i + 1
    if clause[i].lower in _DE_ARTICLES:
        for k in range(i + 1, min(i + 5, len(clause))):
            if clause[k].is_capitalised:
                return k + 1
        return None
    return i + 1 if clause[i].is_capitalised else None


@check("MT213", "verb-second-subordinate", Severity.MAJOR)
def verb_second_subordinate(doc: AlignedDocument) -> Iterator[Flag]:
    """A German subordinate clause with its finite verb second, in English order.

    After "dass", "weil", "ob", "nachdem" … German puts the finite verb at the
    end of the clause; a literal translation from English leaves it right
    after the subject.  Flags a subordinator, a subject and a finite
    auxiliary or modal followed by two or more words in the same clause.  A
    finite verb before a double infinitive ("hat kommen wollen") passes.

    Bad: ``Er sagte, dass die Regierung hat die Steuern erhöht.``
    Good: ``Er sagte, dass die Regierung die Steuern erhöht hat.``
    """
    if doc.target.lang != "de":
        return
    for _, tokens in _sentences(doc):
        for clause in _clauses(tokens):
            for i, word in enumerate(clause):
                if word.lower not in _DE_SUBORDINATORS:
                    continue
                verb = _german_subject_end(clause, i + 1)
                if verb is None or verb >= len(clause) or clause[verb].text not in _DE_FINITE:
                    continue
                rest = clause[verb + 1:]
                if len(rest) < 2 or rest[-1].lower in _DE_DOUBLE_INFINITIVE:
                    continue
                yield Flag(
                    word.start, clause[-1].end,
                    f"the finite verb '{clause[verb].text}' comes right after the subject in a "
                    f"clause opened by '{word.text}'; German puts it at the end of the clause "
                    "(English word order)",
                    evidence={"subordinator": word.text, "verb": clause[verb].text},
                )


# Zipf margins: a word leans to the source language when it is this much more
# frequent there than in the target language; a function word is very frequent.
_LEAN = 1.5
_KNOWN = 3.0
_FUNCTION = 5.5
_MIN_RUN = 4
_MIN_FUNCTION_WORDS = 3
_MIN_IDENTICAL = 3


def _lean(word: str, source: str, target: str) -> int:
    """+1 for a word of the source language, -1 for one of the target language, else 0."""
    s, t = zipf(word, source), zipf(word, target)
    if s >= _KNOWN and s - t >= _LEAN:
        return 1
    if t >= _KNOWN and t - s >= _LEAN / 2:
        return -1
    return 0


def _source_runs(words: Sequence[Token], source: str, target: str) -> Iterator[list[Token]]:
    """Maximal runs of source-language words, neutral words (names, numbers) allowed inside."""
    run: list[Token] = []
    for word in words:
        lean = _lean(word.lower, source, target)
        if lean > 0:
            run.append(word)
        elif lean == 0 and run:
            run.append(word)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _run_counts(run: Sequence[Token], source: str, target: str) -> tuple[int, int]:
    """(source-language words, source-language function words) in a run."""
    leaning = [w for w in run if _lean(w.lower, source, target) > 0]
    return len(leaning), sum(zipf(w.lower, source) >= _FUNCTION for w in leaning)


def _untranslated_span(pair: SegmentPair, words: list[Token], source: str, target: str
                       ) -> tuple[int, int, int] | None:
    """(start, end, source words) of left-over source text in one sentence, if any."""
    identical = pair.source_text.split() == pair.target_text.split()
    for run in _source_runs(words, source, target):
        while run and _lean(run[-1].lower, source, target) <= 0:
            run.pop()
        leaning, function = _run_counts(run, source, target)
        long_run = leaning >= _MIN_RUN and function >= _MIN_FUNCTION_WORDS
        if long_run or (identical and leaning >= _MIN_IDENTICAL and 2 * leaning >= len(words)):
            return run[0].start, run[-1].end, leaning
    return None


@check("MT300", "untranslated-text", Severity.MAJOR)
def untranslated_text(doc: AlignedDocument) -> Iterator[Flag]:
    """Words or sentences left in the source language.

    Flags a run of words that are far more frequent in the source language
    than in the target language (wordfreq Zipf scale): at least four of them,
    three being function words, or a shorter run in a sentence identical to
    its aligned source.  Names, brands, and single terms kept on purpose
    (Bundestag, Mittelstand, a quoted title) pass.

    Bad: ``The Legion wrote: Die Befreiung ist in diesem Moment im Gange.``
    Good: ``The Legion wrote: The liberation is underway at this moment.``
    """
    source, target = doc.source.lang, doc.target.lang
    if source == target:
        return
    for pair, tokens in _sentences(doc):
        words = [t for t in tokens if t.is_word]
        found = _untranslated_span(pair, words, source, target)
        if found:
            start, end, count = found
            yield Flag(
                start, end,
                f"{count} words here are {source!r}, not {target!r}: text left untranslated",
                source=pair.source_range,
                evidence={"source_words": count},
            )


# Languages that capitalise every noun.
_NOUN_CAPITALISING = frozenset({"de", "lb"})
# English capitalises these when they name one institution or precede a name.
_INSTITUTION_WORDS = frozenset(
    "army navy government parliament senate congress chancellor president minister ministry "
    "governor mayor church pope king queen prince princess court council commission committee "
    "union party cabinet chamber assembly embassy university agency office department legion "
    "corps state republic kingdom empire federation constitution internet web earth moon sun "
    "bible crown police guard".split())
_HEADLINE_SHARE = 0.5
_MIN_COMMON = 3.0
_PLURAL_ENDINGS = ("en", "es", "n", "s", "e")


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
    """True for title-case text, where most longer words are capitalised."""
    content = [w for w in words if len(w.text) > 3]
    return bool(content) and sum(w.is_capitalised for w in content) > _HEADLINE_SHARE * len(content)


def _copied_capitals(tokens: Sequence[Token]) -> Iterator[Token]:
    """Capitalised common nouns between two lower-case words, outside title-case text."""
    if _is_headline([t for t in tokens if t.is_word]):
        return
    for before, word, after in zip(tokens, tokens[1:], tokens[2:]):
        if not (word.is_word and word.is_capitalised and word.text[1:].islower()):
            continue
        if not (before.is_word and before.text.islower()) or (after.is_word and after.is_capitalised):
            continue
        if after.text[0].isdigit() or word.lower in _INSTITUTION_WORDS:
            continue
        if "NOUN" in english_tags(word.lower) and zipf(word.lower, "en") >= _MIN_COMMON:
            yield word


def _capital_reason(word: Token, pair: SegmentPair, source_lang: str, lower_words: set[str]) -> str | None:
    """Why the capital looks copied from the source, or None."""
    stem = _stem(word.lower)
    if any(t.is_capitalised and _stem(t.lower) == stem for t in tokenize(pair.source_text) if t.is_word):
        return "the source has the same word, capitalised"
    if source_lang in _NOUN_CAPITALISING and word.lower in lower_words:
        return "the source language capitalises nouns and this text writes the word lower-case elsewhere"
    return None


@check("MT301", "source-capitalisation", Severity.MINOR)
def source_capitalisation(doc: AlignedDocument) -> Iterator[Flag]:
    """An English common noun capitalised mid-sentence, copying the source's capital.

    German capitalises every noun; a literal translation or an untranslated
    loanword keeps the capital ("the Statements").  Flags a capitalised word
    between lower-case words whose lower-case form is a common English noun,
    when the source has the same word capitalised, or the source capitalises
    nouns and the translation writes the word lower-case elsewhere.  Names
    (words beside other capitalised words anywhere in the text), institutions
    and titles ("the Commission", "the Pope") and title-case headings pass.

    Bad: ``quotes the German press agency the Statements from the militias``
    Good: ``quotes the German press agency the statements from the militias``
    """
    if doc.target.lang != "en":
        return
    tokens = tokenize(doc.target.text)
    names = _name_words(tokens)
    lower_words = {t.text for t in tokens if t.is_word and t.text.islower()}
    for pair, sentence in _sentences(doc):
        for word in _copied_capitals(sentence):
            reason = None if word.lower in names else _capital_reason(word, pair, doc.source.lang, lower_words)
            if reason:
                yield Flag(
                    word.start, word.end,
                    f"'{word.text}' is capitalised mid-sentence although it is a common noun in "
                    f"English ('{word.lower}'); {reason}",
                    evidence={"word": word.text, "reason": reason},
                )
