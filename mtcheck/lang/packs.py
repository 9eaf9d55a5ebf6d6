"""Language packs: what mtcheck knows about one language, read from a data file.

Each language has one JSON file, ``mtcheck/lang/packs/<code>.json``: its
function words, reporting verbs and attribution markers, quotation
conventions, number and date formats, titles, page-furniture words,
capitalisation and clause-order cues.  Checks ask a pack for a key
(``pack("de").words("function_words.determiners")``) and keep only
language-independent logic; adding a language means adding one file.

A pack is validated when it is read (:data:`SCHEMA` lists every key, its
type and meaning): a missing ``code``/``name``, an unknown key or a value of
the wrong type raises :class:`PackError` naming the file and the key.  A
language without a file gets an empty pack, so language-independent checks
still run.  Packs are read lazily, once per process, and only for the
languages a run asks about.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, NamedTuple

PACK_DIR = Path(__file__).parent / "packs"

# Value kinds of the schema.
WORDS = "words"  # list of strings, looked up as a set
LIST = "list"  # list of strings, order kept (longest-first phrases, month names ...)
NUMBERS = "numbers"  # object mapping a word to a number
FLAG = "flag"  # true or false
TEXT = "text"  # one string
PAIRS = "pairs"  # list of [from, to] string pairs, order kept

_F, _A, _N, _Q, _R = "function_words", "attribution", "numbers", "quotes", "reporting"
SCHEMA: dict[str, tuple[str, str]] = {
    "code": (TEXT, "ISO 639-1 code, the file's name"),
    "name": (TEXT, "English name of the language"),
    "scripts": (LIST, "Unicode scripts the language is written in, with the one it keeps foreign names and brands "
                      "in (Latin in Russian or Chinese): a run of letters in any other script is foreign"),
    "roles": (LIST, "'source' and/or 'target': the directions the pack has been written and tested for"),
    # Function words.
    f"{_F}.determiners": (WORDS, "articles, demonstratives, possessives and quantifiers that open a noun phrase"),
    f"{_F}.articles": (WORDS, "articles that are never pronouns (the, a, an)"),
    f"{_F}.definite_articles": (WORDS, "definite articles, dropped before a name (the Kremlin)"),
    f"{_F}.pronouns": (WORDS, "personal pronouns"),
    f"{_F}.subject_pronouns": (WORDS, "pronouns that can be a clause's subject"),
    f"{_F}.object_pronouns": (WORDS, "pronouns (and demonstratives) that can be a verb's object"),
    f"{_F}.possessives": (WORDS, "possessive determiners"),
    f"{_F}.prepositions": (WORDS, "prepositions"),
    f"{_F}.coordinators": (WORDS, "coordinating conjunctions at which a sentence may start"),
    f"{_F}.list_conjunctions": (LIST, "conjunctions that join the items of a list (phrases allowed)"),
    f"{_F}.clause_openers": (WORDS, "words that open another clause or phrase"),
    f"{_F}.auxiliaries": (WORDS, "finite forms of the auxiliary and modal verbs"),
    f"{_F}.perfect_auxiliaries": (WORDS, "auxiliaries of the perfect (has, have, had)"),
    f"{_F}.modals": (WORDS, "modal verbs (and verbs a source modal becomes)"),
    f"{_F}.copula": (WORDS, "forms of 'to be'"),
    f"{_F}.do_support": (WORDS, "forms of 'do' that carry a negation or question (does not extend)"),
    f"{_F}.negations": (WORDS, "negation words"),
    f"{_F}.relative_pronouns": (WORDS, "relative pronouns that can be a clause's subject"),
    f"{_F}.adverbs": (WORDS, "sentence adverbs and particles that may stand before a verb"),
    f"{_F}.time_words": (WORDS, "weekdays, months, time units and time adverbs"),
    f"{_F}.number_words": (WORDS, "numerals and quantity words used as determiners"),
    # Sentences.
    "sentences.starters": (WORDS, "function words and sentence adverbs capitalised only at a sentence start"),
    "sentences.never_final": (WORDS, "words a sentence cannot end on (articles, prepositions needing a noun)"),
    # Grammar cues used by the finite-verb and word-order tests.
    "grammar.finite_verbs": (WORDS, "irregular finite verb forms beyond the auxiliaries"),
    "grammar.not_verbs": (WORDS, "words with a verb ending that are never finite verbs"),
    "grammar.subjects": (WORDS, "words after which a plain verb form is finite (they, people)"),
    "grammar.contracted_subjects": (WORDS, "subjects that take a contracted auxiliary (it's, we're)"),
    "grammar.contractions": (WORDS, "endings of contracted auxiliaries ('s, 're)"),
    "grammar.not_before_verb": (WORDS, "words a finite verb cannot follow directly"),
    "grammar.not_after_article": (WORDS, "words that cannot follow an article directly"),
    "grammar.empty_conjunct_prepositions": (WORDS, "prepositions that need an object before a coordination"),
    "grammar.second_conjuncts": (WORDS, "prepositions that open the second conjunct of a coordination"),
    "grammar.stranding_words": (WORDS, "words after which a preposition may be stranded (to, which)"),
    "grammar.clause_words": (WORDS, "words that open a subordinate or relative clause"),
    "grammar.clause_starts": (WORDS, "words that open a clause without a comma before them"),
    "grammar.subordinators": (WORDS, "conjunctions that open a subordinate clause"),
    "grammar.verb_last_openers": (WORDS, "words that open a clause whose subject comes next (because, which)"),
    "grammar.after_subject": (WORDS, "words that may stand between a subject pronoun and its verb (all, themselves)"),
    "grammar.never_after_subject": (WORDS, "verb forms that never follow a subject pronoun directly (been)"),
    "grammar.noun_modifying_adverbs": (WORDS, "adverbs that may modify the noun before them (the workers here)"),
    "grammar.elliptic_subjects": (WORDS, "subjects a clause-final auxiliary may follow (than it was, as there is)"),
    "grammar.wh_words": (WORDS, "question words, which open an embedded clause (how, what)"),
    "grammar.reported_subjects": (WORDS, "subject pronouns that are never objects: a clause after 'said' opens with one"),
    "grammar.adverbial_phrases": (LIST, "phrases that may stand between a subject and its verb (in fact, of course)"),
    "grammar.clause_taking_verbs": (WORDS, "verb lemmas that take a clause as object (say, think): a clause-final "
                                    "auxiliary after one may be elliptic"),
    "grammar.clause_enders": (WORDS, "words after which a clause-final verb still ends its clause"),
    "grammar.time_openers": (WORDS, "words that open a time adverbial (last, next)"),
    "grammar.relative_heads": (WORDS, "words after which a participle is a reduced relative (those injured)"),
    "grammar.particles": (WORDS, "particles of phrasal verbs"),
    "grammar.subject_control_verbs": (WORDS, "verbs followed by a to-infinitive but never by an object and one (plan, decide)"),
    "grammar.double_infinitive_verbs": (WORDS, "verbs that form a double infinitive"),
    "grammar.institution_words": (WORDS, "nouns capitalised when they name one institution, party or region"),
    "grammar.finite_endings": (LIST, "endings that mark a lower-case word as a finite verb (-t, -te, -ten)"),
    "grammar.subject_verb_endings": (LIST, "endings of a finite verb only after a subject or a capitalised word "
                                           "(-en, -rn, -ln)"),
    "grammar.auxiliaries_by_ending": (WORDS, "auxiliaries the finite-verb test leaves to the ending test (möchten)"),
    "grammar.adverb_endings": (LIST, "endings of adverbs, skipped when looking back for a verb's subject (-ly)"),
    "grammar.plural_endings": (LIST, "plural endings of nouns (-s): a plural subject, a plural time word"),
    "grammar.not_finite_auxiliaries": (WORDS, "auxiliary and modal words that are not finite forms (be, been, want)"),
    "grammar.not_adverbial_prepositions": (WORDS, "prepositions that never open an adverbial (of)"),
    "grammar.infinitive_particles": (WORDS, "the particle before an infinitive (to)"),
    "grammar.comparison_words": (WORDS, "comparison words that cannot open a reporting clause, which a source's "
                                        "'wie'/'comme' becomes word for word (like)"),
    # Inflection endings (shared pack 'mul': German and English endings, whatever the language).
    "inflection.name_endings": (LIST, "endings a name's stem drops (Russlands/Russland), tried in order"),
    "inflection.plural_endings": (LIST, "plural endings two words' shared stem drops (statements/statement), "
                                        "tried in order"),
    "inflection.adjective_endings": (LIST, "endings of inflected adjectives (faire/fair): a lower-case word whose "
                                     "stem is a common word of the language is one of its own"),
    "inflection.term_endings": (LIST, "endings a glossary term may carry in running text (Bank/Banken)"),
    "inflection.vowels": (TEXT, "vowel letters of the Latin and Cyrillic scripts, accents stripped: a case ending "
                                "has one (New Orleansu), a misspelling need not (Marshal/Marshall)"),
    # Language identification.
    "identification.candidate": (FLAG, "identified from the text when no language is given (py3langid "
                                       "chooses among these languages)"),
    # Reporting verbs and attribution.
    f"{_R}.past": (WORDS, "past-tense forms of the verbs of saying (said, reported)"),
    f"{_R}.present": (WORDS, "present-tense forms of the verbs of saying (says, reports)"),
    f"{_R}.other_forms": (WORDS, "other forms of the verbs of saying (say, reporting)"),
    f"{_R}.opinion": (WORDS, "verbs of thinking and estimating that credit a view (believes, estimated)"),
    f"{_R}.tags": (LIST, "phrases of a reporting clause after a quotation (', a déclaré X'), beyond the past and "
                         "present forms; set only where a comma-led reporting clause is the convention"),
    f"{_R}.speakers": (WORDS, "pronouns that can be the speaker of a reporting clause"),
    f"{_R}.speaker_articles": (WORDS, "articles that open a described speaker ('the minister')"),
    f"{_R}.not_speakers": (WORDS, "object pronouns that cannot be the speaker after a reporting verb"),
    f"{_A}.markers": (LIST, "phrases that take the credited name after them (according to), longest first"),
    f"{_A}.blend_markers": (LIST, "markers that cannot share a clause with a reporting verb (according to X reported)"),
    f"{_A}.postpositions": (LIST, "words that take the credited name before them (zufolge)"),
    f"{_A}.conjunctions": (LIST, "conjunctions of 'as X reported' clauses"),
    f"{_A}.nouns": (WORDS, "nouns that attach a name to an attribution (report, study)"),
    f"{_A}.clause_words": (WORDS, "words that open a clause after a marker's object"),
    f"{_A}.determiners": (WORDS, "determiners that open an appositive noun phrase (the union X)"),
    f"{_A}.strict_order": (FLAG, "subject-verb order is fixed, so a past verb cannot follow a marker's object"),
    f"{_A}.comparison": (TEXT, "the comparison word of 'as X reported' clauses (wie, comme)"),
    # Names.
    "names.connectors": (WORDS, "small words that join the parts of a multiword name (of, für, de)"),
    "names.particles": (WORDS, "particles inside personal names (von, de, van)"),
    "names.and": (WORDS, "words for 'and' between two names in a credit line"),
    "names.uninflected": (FLAG, "names keep one form in every sentence (no case endings): a changed last letter "
                                "is a misspelling (Ferrante/Ferranti)"),
    "names.transliteration": (PAIRS, "spelling rewrites that make transliterations of one name meet (sch->sh, "
                                     "w->v), applied in order whatever the language (shared pack 'mul')"),
    "titles": (WORDS, "titles and honorifics before a name (Dr, Mr, Frau, Monsieur) (reference)"),
    # Quotation conventions.
    f"{_Q}.pairs": (LIST, "opening+closing mark pairs the language's typography uses, two characters each"),
    f"{_Q}.primary": (TEXT, "the usual opening and closing marks of a quotation, two characters"),
    f"{_Q}.secondary": (TEXT, "the usual marks of a quotation inside a quotation, two characters (reference)"),
    f"{_Q}.double": (TEXT, "every double quotation mark (shared pack 'mul')"),
    f"{_Q}.single": (TEXT, "every single quotation mark, apostrophe-like ones included (shared pack 'mul')"),
    f"{_Q}.brackets": (LIST, "corner-bracket pairs whose shape alone tells the role: the first mark always opens, "
                             "the second always closes, whatever the language or the marks' surroundings (「」; "
                             "shared pack 'mul')"),
    f"{_Q}.straight": (TEXT, "marks of one shape for opening and closing (\" '), whose role the quotation left "
                             "open decides (shared pack 'mul')"),
    f"{_Q}.low_opening": (FLAG, "quotations open with a low mark („ ‚) and close with “ ‘"),
    f"{_Q}.inward_guillemets": (FLAG, "guillemets point inwards (»…«)"),
    f"{_Q}.reported_speech": (FLAG, "quotation marks also set off reported speech and thought (「…」と言われる), "
                                    "which translations render as indirect speech: marks lost there are no finding"),
    # Numbers, dates and times.
    f"{_N}.decimal": (TEXT, "decimal separator"),
    f"{_N}.group": (TEXT, "thousands separator (reference)"),
    f"{_N}.spaced_groups": (FLAG, "thousands are grouped with spaces (1 500 000)"),
    f"{_N}.words": (NUMBERS, "numbers written as words, with their value"),
    f"{_N}.magnitudes": (NUMBERS, "magnitude words and abbreviations after a number (Millionen, bn), with their factor"),
    f"{_N}.phrases": (NUMBERS, "set phrases that stand for a number (rund um die Uhr: 24)"),
    f"{_N}.approximate": (WORDS, "marks between a number and its magnitude word meaning 'over' (200多万: over 2 million)"),
    f"{_N}.native_digits": (NUMBERS, "the script's own digits, with their value (二: 2)"),
    f"{_N}.native_units": (NUMBERS, "the script's own tens, hundreds and thousands (十: 10), read with native digits (十四: 14)"),
    "units.length": (NUMBERS, "units of length after a number, in metres (a key over three letters is a stem: 'kilomet')"),
    "units.mass": (NUMBERS, "units of mass after a number, in kilograms (a key over three letters is a stem)"),
    "units.duration": (NUMBERS, "units of time after a number, in seconds (a key over three letters is a stem)"),
    "dates.months": (LIST, "month names, January first, as written in running text"),
    "dates.weekdays": (LIST, "weekday names, Monday first (reference)"),
    "dates.lower_case_months": (FLAG, "month names are written in lower case"),
    "dates.century_words": (WORDS, "words for a century after its ordinal number (Jahrhundert: 19. Jahrhundert); a key "
                                   "over three letters is a stem"),
    "dates.numeric_marks": (TEXT, "the marks after the year, month and day of a date written in digits, three "
                                  "characters (年月日: 2021年12月11日)"),
    "times.clock_words": (WORDS, "words after a 24-hour time (Uhr, heures)"),
    "times.zones": (WORDS, "time-zone abbreviations after a time (CET, ET), as written (pack 'mul')"),
    # Page furniture (see mtcheck.lang.vocab).
    "furniture.sections": (LIST, "navigation and section names (home page, politics)"),
    "furniture.agencies": (WORDS, "photo agencies and picture desks, named alike in every language (pack 'mul')"),
    "furniture.home": (WORDS, "first words of a breadcrumb trail (home, Startseite)"),
    "furniture.actions": (LIST, "buttons and widgets (share, print, listen)"),
    "furniture.dates": (LIST, "date-line words (updated, o'clock, month names)"),
    "furniture.prompts": (LIST, "links to other articles (read also)"),
    "furniture.bylines": (LIST, "byline markers (by, author)"),
    "furniture.captions": (LIST, "photo-credit words (photo, source)"),
    "furniture.credits": (LIST, "words a photo credit gives in place of a photographer (handout, archive, press office)"),
    "furniture.appeals": (LIST, "newsletter, cookie and subscription notices"),
    "furniture.reader": (LIST, "words that address the reader (you, Sie)"),
    "lexicon.wordfreq_code": (TEXT, "the code wordfreq lists the language's frequencies under (sh for hr, bs, sr)"),
    # Writing system and word order.
    "capitalisation.nouns": (FLAG, "every noun is capitalised, so a capital does not make a name"),
    "orthography.compounds": (FLAG, "compounds are written as one word (Montagezeit)"),
    "orthography.prefixes": (FLAG, "short function words are also prefixes written together with the next word (не-, na-, po-)"),
    "orthography.unspaced": (FLAG, "words are not separated by spaces (Chinese, Japanese): word counts go by "
                                   "CJK characters"),
    "clause_order.verb_final": (FLAG, "subordinate clauses end in their finite verb (reference)"),
    "clause_order.separable_verbs": (FLAG, "separable verbs leave a particle at the end of the clause"),
    "clause_order.subordinators": (WORDS, "conjunctions that open a verb-final subordinate clause"),
    "clause_order.ambiguous_subordinators": (WORDS, "subordinators that are also adverbs (da): gate only"),
    "clause_order.auxiliaries": (WORDS, "auxiliaries whose presence shows verb-final order in the source"),
    "clause_order.infinitive_markers": (WORDS, "the infinitive particle before a clause-final infinitive (zu, te)"),
}
# Keys marked "(reference)" describe the language for the checks to come; no check reads them yet.
_REQUIRED = ("code", "name")


class PackError(ValueError):
    """A language pack that cannot be read or breaks the schema."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"language pack {path}: {problem}")


def _flatten(data: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Dotted keys and leaf values of nested objects (``{"a": {"b": 1}}`` -> ``a.b``)."""
    for key, value in data.items():
        dotted = prefix + key
        if isinstance(value, dict) and dotted not in SCHEMA:
            yield from _flatten(value, dotted + ".")
        else:
            yield dotted, value


def _strings(value: Any) -> bool:
    """A list of non-empty strings (told by join, which takes strings only: every run reads every pack,
    and a test of each word took half the reading time)."""
    if not isinstance(value, list):
        return False
    try:
        "".join(value)
    except TypeError:
        return False
    return "" not in value


_VALID: dict[str, Callable[[Any], bool]] = {
    WORDS: _strings,
    LIST: _strings,
    NUMBERS: lambda v: isinstance(v, dict) and all(
        isinstance(k, str) and isinstance(n, (int, float)) and not isinstance(n, bool) for k, n in v.items()),
    FLAG: lambda v: isinstance(v, bool),
    TEXT: lambda v: isinstance(v, str),
    PAIRS: lambda v: isinstance(v, list) and all(
        isinstance(p, list) and len(p) == 2 and _strings(p[:1]) and isinstance(p[1], str) for p in v),
}
_EXPECTED = {WORDS: "a list of non-empty strings", LIST: "a list of non-empty strings",
             NUMBERS: "an object of numbers", FLAG: "true or false", TEXT: "a string",
             PAIRS: "a list of [from, to] string pairs"}


def validate(data: Any, path: Path | str) -> dict[str, Any]:
    """The pack's values by dotted key, checked against :data:`SCHEMA`; :class:`PackError` if broken."""
    if not isinstance(data, dict):
        raise PackError(path, "must hold a JSON object")
    values = dict(_flatten(data))
    for key in _REQUIRED:
        if key not in values:
            raise PackError(path, f"missing required key '{key}'")
    for key, value in values.items():
        if key not in SCHEMA:
            raise PackError(path, f"unknown key '{key}'")
        kind = SCHEMA[key][0]
        if not _VALID[kind](value):
            raise PackError(path, f"'{key}' must be {_EXPECTED[kind]}")
        if kind in (WORDS, LIST) and len(set(value)) < len(value):
            raise PackError(path, f"'{key}' lists a word twice")
    if (path if isinstance(path, Path) else Path(path)).stem != values["code"]:  # a Path made again is parsed again
        raise PackError(path, f"code '{values['code']}' does not match the file name")
    for pair in [*values.get(f"{_Q}.pairs", ()), *values.get(f"{_Q}.brackets", ()), *(values[k] for k in (f"{_Q}.primary", f"{_Q}.secondary") if k in values)]:
        if len(pair) != 2:
            raise PackError(path, f"quotation pair '{pair}' must be two characters")
    return values


class Pack(NamedTuple):
    """One language's data; every lookup of a key the pack lacks gives an empty value."""

    code: str
    values: Mapping[str, Any]

    @property
    def name(self) -> str:
        """The language's English name (the code for an unknown language)."""
        return self.values.get("name", self.code)

    def has(self, key: str) -> bool:
        """Whether the pack sets ``key``."""
        return key in self.values

    def words(self, key: str) -> frozenset[str]:
        """A word list as a set (empty when absent)."""
        return frozenset(self.values.get(key, ()))

    def items(self, key: str) -> tuple[str, ...]:
        """A list in the pack's order (empty when absent)."""
        return tuple(self.values.get(key, ()))

    def numbers(self, key: str) -> dict[str, float]:
        """A word-to-number table (empty when absent)."""
        return {k: float(v) for k, v in self.values.get(key, {}).items()}

    def pairs(self, key: str) -> tuple[tuple[str, str], ...]:
        """A list of ``(from, to)`` pairs in the pack's order (empty when absent)."""
        return tuple((old, new) for old, new in self.values.get(key, ()))

    def flag(self, key: str) -> bool:
        """A yes/no property (False when absent)."""
        return bool(self.values.get(key, False))

    def text(self, key: str) -> str | None:
        """A string value, or None."""
        return self.values.get(key)


def base_code(lang: str) -> str:
    """``de-CH`` -> ``de``: packs are per language, not per region."""
    return re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0]


def read_pack(path: Path) -> Pack:
    """Read and validate one pack file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise PackError(path, f"cannot be read ({error})") from None
    except json.JSONDecodeError as error:
        raise PackError(path, f"is not valid JSON ({error.msg}, line {error.lineno})") from None
    values = validate(data, path)
    return Pack(values["code"], values)


@lru_cache(maxsize=None)
def pack(lang: str) -> Pack:
    """The pack of ``lang`` (an empty one for a language without a file), read once per process."""
    return _pack(base_code(lang))


@lru_cache(maxsize=None)
def _pack(code: str) -> Pack:
    """Read ``code``'s pack file, or give an empty pack."""
    path = PACK_DIR / f"{code}.json"
    if not code.isalpha() or not path.is_file():
        return Pack(code, {})
    return read_pack(path)


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    """Codes of every language with a pack file, sorted (listed once per process)."""
    return tuple(sorted(p.stem for p in PACK_DIR.glob("*.json")))


_ABSENT = object()  # ByLanguage: the pack lacks the key
_UNASKED = object()  # ByLanguage: the tag not asked for yet


class ByLanguage(Mapping[str, Any]):
    """A read-only ``{lang: value}`` view of one pack key, read lazily.

    ``table.get(lang)`` reads only ``lang``'s pack; languages whose pack
    lacks the key are absent, as in a literal dict of the languages that
    have the data.
    """

    def __init__(self, key: str, read: Callable[[Pack], Any] | None = None) -> None:
        self.key = key
        self._read = read or (lambda p: p.values[key])
        self._values: dict[str, Any] = {}  # by pack code: one value for de, de-DE and de-AT
        self._asked: dict[str, Any] = {}  # by tag asked for: its value, or _ABSENT (checks ask every sentence)

    def get(self, lang: str, default: Any = None) -> Any:
        """``self[lang]``, else ``default``; each tag resolved once (packs are read once per process)."""
        value = self._asked.get(lang, _UNASKED)
        if value is _UNASKED:
            value = self._asked[lang] = self._value(pack(lang))
        return default if value is _ABSENT else value

    def _value(self, found: Pack) -> Any:
        if not found.has(self.key):
            return _ABSENT
        if found.code not in self._values:
            self._values[found.code] = self._read(found)
        return self._values[found.code]

    def __getitem__(self, lang: str) -> Any:
        value = self.get(lang, _ABSENT)
        if value is _ABSENT:
            raise KeyError(lang)
        return value

    def __iter__(self) -> Iterator[str]:
        return (code for code in available() if pack(code).has(self.key))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def words_by_language(key: str) -> ByLanguage:
    """``{lang: frozenset}`` of a word-list key, for the languages whose packs have it."""
    return ByLanguage(key, lambda p: p.words(key))


class Languages:
    """The languages whose packs give ``key`` a value: ``lang in Languages("capitalisation.nouns")``.

    The value is ``true`` unless another is given (``Languages("numbers.decimal", ".")``).
    """

    def __init__(self, key: str, value: Any = True) -> None:
        self.key = key
        self.value = value

    def __contains__(self, lang: object) -> bool:
        return isinstance(lang, str) and pack(lang).values.get(self.key) == self.value

    def __iter__(self) -> Iterator[str]:
        return (code for code in available() if code in self)


def identifiable() -> tuple[str, ...]:
    """Codes of the languages identified from a text when none is given (``identification.candidate``)."""
    return tuple(Languages("identification.candidate"))


@lru_cache(maxsize=None)
def union(key: str) -> frozenset[str]:
    """A word list of every pack together (for words recognised whatever the language)."""
    return frozenset().union(*(pack(code).words(key) for code in available()))


# Quotation marks of every language, from the shared pack: double marks, single marks, both.
DOUBLE_QUOTES: str = pack("mul").text("quotes.double") or ""
SINGLE_QUOTES: str = pack("mul").text("quotes.single") or ""
QUOTE_CHARS = DOUBLE_QUOTES + SINGLE_QUOTES


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words``, escaped, longest first (so phrases win)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
