"""Attributions: who a statement is credited to, in the source and in the translation.

The source credits a statement with a marker such as "laut X", "nach Angaben
von X", "wie X berichtete", "according to X", "selon X" or "según X".  In a
faithful translation the name X stays attached to an attribution: a marker
in front of it ("according to X") or a reporting verb beside it ("X
reported", "reports X").  Machine translation of scraped pages loses the
marker (X glued into the subject) or doubles it ("according to X reported").
"""

from __future__ import annotations

from typing import Callable, NamedTuple, Sequence

from mtcheck.align.context import AlignedDocument
from mtcheck.checks.names.renderings import PairTokens, target_names
from mtcheck.lang.entities import CONNECTORS, Token, TargetNames, is_name_token, is_odd_word, same_name, sentence_initial
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import ByLanguage, Pack

_WINDOW_BEFORE = 8
_WINDOW_AFTER = 6
_NP_LENGTH = 8
_CLAUSE_END = frozenset(".;:!?")
_BOUNDARY = frozenset(".;:!?,()")
# A capitalised word at least this frequent (Zipf) in lower case is a common noun (Service), not a name.
_COMMON_NOUN_ZIPF = 3.0


# Phrases (and their words) by first word, each list in the phrases' order.
_PhraseIndex = dict[str, list[tuple[str, list[str]]]]


class Vocabulary(NamedTuple):
    """Attribution words of one language, all lower case.

    ``markers`` take the name after them (laut, according to); ``postpositions``
    take it before (zufolge); ``conjunctions`` open "as X reported" clauses;
    ``verbs`` and ``nouns`` attach a name to an attribution; ``past_verbs``
    cannot follow a marker's object in a well-formed sentence, which only
    holds in languages with a fixed subject-verb order (``strict_order``).
    ``determiners`` open a noun phrase ("the union X", "die Zeitung X").
    ``marker_index`` holds the markers by first word and ``cue_index`` the
    markers then the postpositions, for :func:`_match_marker`; ``openers`` are
    the words that may open an attribution of a source sentence (a marker's
    first word, a conjunction, a postposition: a sentence without one is not
    read further).
    """

    markers: tuple[str, ...]
    verbs: frozenset[str]
    nouns: frozenset[str]
    postpositions: tuple[str, ...]
    conjunctions: tuple[str, ...]
    past_verbs: frozenset[str]
    clause_words: frozenset[str]
    determiners: frozenset[str]
    strict_order: bool
    marker_index: _PhraseIndex
    cue_index: _PhraseIndex
    openers: frozenset[str]


def _vocabulary(words: Pack) -> Vocabulary:
    """A language's attribution words, its reporting verbs included."""
    verbs = frozenset().union(*(words.words(f"reporting.{form}") for form in ("past", "present", "other_forms", "opinion")))
    strict = words.flag("attribution.strict_order")
    markers = words.items("attribution.markers")
    postpositions = words.items("attribution.postpositions")
    conjunctions = words.items("attribution.conjunctions")
    marker_index = _by_first_word(markers)
    return Vocabulary(
        markers=markers,
        verbs=verbs,
        nouns=words.words("attribution.nouns"),
        postpositions=postpositions,
        conjunctions=conjunctions,
        past_verbs=words.words("reporting.past") if strict else frozenset(),
        clause_words=words.words("attribution.clause_words"),
        determiners=words.words("attribution.determiners"),
        strict_order=strict,
        marker_index=marker_index,
        cue_index=_by_first_word(markers + postpositions),
        openers=frozenset(marker_index) | frozenset(conjunctions) | frozenset(postpositions),
    )


VOCABULARY = ByLanguage("attribution.markers", _vocabulary)
# Small words inside a spelled-out name ("Union for Conservation of Nature").
_NAME_LINKS = CONNECTORS


class Attribution(NamedTuple):
    """A source marker and the name it credits."""

    marker: str
    start: int
    end: int
    name: tuple[str, ...]
    appositive: bool = False  # the name follows a noun ("die Zeitung X"), not the marker alone

    @property
    def name_text(self) -> str:
        """The credited name as written in the source."""
        return " ".join(self.name)


def _words(phrase: str) -> list[str]:
    return phrase.replace("’", "'").split()


def _phrase_at(toks: Sequence[Token], index: int, phrase: str) -> bool:
    words = _words(phrase)
    texts = [t.text.lower().replace("’", "'") for t in toks[index:index + len(words)]]
    return texts == words


def _by_first_word(phrases: tuple[str, ...]) -> _PhraseIndex:
    """The phrases (and their words) by first word, each list in the phrases' order."""
    index: _PhraseIndex = {}
    for phrase in phrases:
        words = _words(phrase)
        if words:
            index.setdefault(words[0], []).append((phrase, words))
    return index


def _match_marker(toks: Sequence[Token], index: int, phrases: _PhraseIndex) -> str | None:
    """The first of the indexed ``phrases`` written at ``toks[index]`` (any case), or None."""
    if index >= len(toks):
        return None
    first = toks[index].text.lower().replace("’", "'")
    for phrase, words in phrases.get(first, ()):
        if [t.text.lower().replace("’", "'") for t in toks[index:index + len(words)]] == words:
            return phrase
    return None


def _credited(window: Sequence[Token], keeps: TargetNames) -> tuple[Token, ...]:
    """The first run of name words in ``window`` that the translation keeps."""
    run: list[Token] = []
    for tok in window:
        if (is_name_token(tok) or is_odd_word(tok.text)) and keeps.keeps(tok.text):
            run.append(tok)
        elif run:
            break
    return tuple(run)


def _until_boundary(toks: Sequence[Token], vocab: Vocabulary) -> list[Token]:
    out = []
    for tok in toks[:_NP_LENGTH]:
        if tok.text in _BOUNDARY or _match_marker([tok], 0, vocab.marker_index):
            break
        out.append(tok)
    return out


def source_attributions(toks: Sequence[Token], lang: str, keeps: TargetNames) -> list[Attribution]:
    """Attributions in one source sentence whose credited name the target keeps."""
    vocab = VOCABULARY.get(lang)
    if vocab is None:
        return []
    found: list[Attribution] = []
    openers = vocab.openers
    for i, tok in enumerate(toks):
        low = tok.text.lower()
        if low not in openers and low.replace("’", "'") not in openers:
            continue  # most words: no marker, conjunction or postposition starts here
        marker = _match_marker(toks, i, vocab.marker_index)
        if marker:
            after = i + len(marker.split())
            window = _until_boundary(toks[after:], vocab)
        elif tok.text.lower() in vocab.conjunctions and _opens_clause(toks, i):
            window = _as_clause(toks[i + 1:], vocab)
            marker = tok.text.lower()
        elif tok.text.lower() in vocab.postpositions:
            window = list(reversed(_until_boundary(list(reversed(toks[:i])), vocab)))
            marker = tok.text.lower()
        else:
            continue
        name = _credited(window, keeps)
        if name:
            appositive = _noun_phrase_start(toks, toks.index(name[0]), vocab,
                                            lambda word: not keeps.keeps(word)) is not None
            found.append(Attribution(marker, tok.start, name[-1].end, tuple(t.text for t in name), appositive))
    return found


def pair_attributions(doc: AlignedDocument, index: int) -> list[Attribution]:
    """:func:`source_attributions` of source pair ``index``, found once per document (two checks ask)."""
    found = doc.derived(_pair_attributions)
    if index not in found:
        found[index] = source_attributions(PairTokens.of(doc).source[index], doc.source.lang, target_names(doc))
    return found[index]


def _pair_attributions(doc: AlignedDocument) -> dict[int, list[Attribution]]:
    """The attributions of the source pairs asked about so far, filled by :func:`pair_attributions`."""
    return {}


def _opens_clause(toks: Sequence[Token], index: int) -> bool:
    """A conjunction at a sentence start or after a comma ("..., wie X berichtete")."""
    return index == 0 or toks[index - 1].text in _BOUNDARY or not toks[index - 1].is_word


def _as_clause(toks: Sequence[Token], vocab: Vocabulary) -> list[Token]:
    """The words between "wie"/"as" and a reporting verb, if the clause has one."""
    window = _until_boundary(toks, vocab)
    for k, tok in enumerate(window):
        if tok.text.lower() in vocab.verbs:
            return window[:k]
    return []


class Reading(NamedTuple):
    """How the translation treats one occurrence of a credited name."""

    first: Token
    last: Token
    cued: bool
    claims: tuple[Token, ...]


def _expansion_start(toks: Sequence[Token], first: int, last: int) -> int:
    """Where a name starts when the translation spells out an acronym before it.

    In "the International Union for Conservation of Nature (IUCN)" the name
    is the whole run before the parenthesis, so cues are sought before that.
    """
    if not (0 < first and toks[first - 1].text == "(" and last + 1 < len(toks) and toks[last + 1].text == ")"):
        return first
    start = first - 1
    while start > 0 and (toks[start - 1].text[:1].isupper() or toks[start - 1].text.lower() in _NAME_LINKS):
        start -= 1
    return start if start < first - 1 else first


def read_target(toks: Sequence[Token], first: int, last: int, lang: str, appositive_source: bool) -> Reading:
    """Attribution cues around the name that spans target tokens ``first``..``last``.

    A name in apposition to its clause's subject ("The union X also
    announced") is no source: the reporting words after it are the
    subject's.  Unless the source has that apposition too ("die Zeitung X
    berichtete"), only a marker after such a name counts as a cue.
    """
    vocab = VOCABULARY[lang]
    first = _expansion_start(toks, first, last)
    before = _clause_side(toks, range(first - 1, -1, -1), _WINDOW_BEFORE)
    after = _clause_side(toks, range(last + 1, len(toks)), _WINDOW_AFTER)
    subject = (not appositive_source and _subject_apposition(toks, first, vocab, lang)
               and not _reporting_clause(toks, last, vocab))
    cues = [i for i in before if _is_cue(toks, i, vocab)]
    cued = (bool(cues) and not _wedged(toks, first, last, cues, vocab)
            or any(_is_cue(toks, i, vocab, words=not subject) for i in after))
    return Reading(toks[first], toks[last], cued, _claims(toks, first, last, vocab))


def _wedged(toks: Sequence[Token], first: int, last: int, cues: Sequence[int], vocab: Vocabulary) -> bool:
    """A name left between a verb and the rest of its clause ("announced Reuters on Monday the cuts").

    The verb right before it is the only cue, and the clause goes on after
    the name to a noun phrase (a determiner): the verb takes the name as its
    object, so the name no longer reads as the source of the statement.  An
    inverted reporting clause ends after the name ("…, said Reuters on
    Monday.").
    """
    if list(cues) != [first - 1] or toks[first - 1].text.lower() not in vocab.verbs:
        return False
    rest = []
    for tok in toks[last + 1:]:
        if tok.text in _BOUNDARY:
            break
        rest.append(tok)
    return bool(rest) and rest[0].is_word and any(tok.text.lower() in vocab.determiners for tok in rest)


def _subject_apposition(toks: Sequence[Token], index: int, vocab: Vocabulary, lang: str) -> bool:
    """Whether the name at ``index`` directly follows a noun phrase that opens its clause."""
    start = _noun_phrase_start(toks, index, vocab, lambda word: zipf(word.lower(), lang) >= _COMMON_NOUN_ZIPF)
    return start is not None and (start == 0 or not toks[start - 1].is_word)


def _reporting_clause(toks: Sequence[Token], last: int, vocab: Vocabulary) -> bool:
    """A name whose reporting verb ends the clause (", the agency X reported."): an inserted attribution."""
    verb = toks[last + 1:last + 2]
    closing = toks[last + 2:last + 3]
    return bool(verb) and verb[0].text.lower() in vocab.verbs and not (closing and closing[0].is_word)


def _noun_phrase_start(toks: Sequence[Token], index: int, vocab: Vocabulary,
                       common: Callable[[str], bool]) -> int | None:
    """Start of the noun phrase right before the name at ``index``, if there is one.

    The phrase is a run of capitalised common nouns ("Intelligence Service
    X", "Zeitung X"), ``common`` telling which capitalised words are no
    names, or a determiner and a lower-case noun ("the union X"); either may
    open with a determiner.
    """
    start = index
    while start > 0 and _capitalised_noun(toks, start - 1, vocab, common):
        start -= 1
    if start == index:
        if index < 1 or not _plain_word(toks[index - 1], vocab) or not toks[index - 1].text.islower():
            return None
        start -= 1
        if not _determiner(toks, start - 1, vocab):
            return None
    return start - 1 if _determiner(toks, start - 1, vocab) else start


def _determiner(toks: Sequence[Token], index: int, vocab: Vocabulary) -> bool:
    return index >= 0 and toks[index].text.lower() in vocab.determiners


def _plain_word(tok: Token, vocab: Vocabulary) -> bool:
    """A word that is neither an attribution word nor a function word of the phrase."""
    word = tok.text.lower()
    return (tok.is_word and not _is_cue([tok], 0, vocab) and word not in vocab.determiners
            and word not in vocab.clause_words and word not in vocab.conjunctions)


def _capitalised_noun(toks: Sequence[Token], index: int, vocab: Vocabulary, common: Callable[[str], bool]) -> bool:
    tok = toks[index]
    return (_plain_word(tok, vocab) and tok.text[0].isupper() and not sentence_initial(toks, index)
            and common(tok.text))


def _clause_side(toks: Sequence[Token], indices: range, limit: int) -> list[int]:
    """Up to ``limit`` token indices walking away from the name, stopping at a sentence end."""
    out: list[int] = []
    for i in indices:
        if toks[i].text in _CLAUSE_END or len(out) >= limit:
            break
        out.append(i)
    return out


def _is_cue(toks: Sequence[Token], index: int, vocab: Vocabulary, words: bool = True) -> bool:
    """A marker at ``index``, or (with ``words``) a reporting verb or noun."""
    word = toks[index].text.lower()
    if words and (word in vocab.verbs or word in vocab.nouns):
        return True
    return _match_marker(toks, index, vocab.cue_index) is not None


def _claims(toks: Sequence[Token], first: int, last: int, vocab: Vocabulary) -> tuple[Token, ...]:
    """Markers and verbs that each make the name at ``first``..``last`` the source of a statement.

    Counted: a marker whose object is the name ("according to the portal X"),
    a reporting verb right before it ("said X") or right after it ("X
    reported"), and a marker right after it with no comma ("X According to").
    """
    if not vocab.strict_order:
        return ()
    claims = []
    marker = _marker_before(toks, first, vocab)
    if marker is not None:
        claims.append(marker)
    if first > 0 and toks[first - 1].text.lower() in vocab.past_verbs:
        claims.append(toks[first - 1])
    following = toks[last + 1:last + 2]
    if following and (following[0].text.lower() in vocab.past_verbs
                      or _match_marker(toks, last + 1, vocab.marker_index)):
        claims.append(following[0])
    return tuple(claims)


def _marker_before(toks: Sequence[Token], index: int, vocab: Vocabulary) -> Token | None:
    """The marker whose object phrase ends with the name at ``index``."""
    for back in range(index - 1, max(-1, index - _NP_LENGTH), -1):
        tok = toks[back]
        for phrase in vocab.markers:
            length = len(phrase.split())
            start = back - length + 1
            if start >= 0 and _phrase_at(toks, start, phrase):
                return toks[start]
        word = tok.text.lower()
        if not tok.is_word or word in vocab.verbs or word in vocab.clause_words:
            return None
    return None


def locate(name: Sequence[str], toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Target token ranges spelling ``name``, found by its last word (surname, outlet).

    The range grows to the left over words that spell earlier words of the name.
    """
    found = []
    for last, tok in enumerate(toks):
        if not (tok.is_word and same_name(name[-1], tok.text)):
            continue
        first = last
        while first > 0 and any(same_name(w, toks[first - 1].text) for w in name[:-1]):
            first -= 1
        found.append((first, last))
    return found
