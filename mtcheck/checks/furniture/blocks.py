"""Page furniture: which parts of a translated article are web-page chrome, not text.

A scraped article carries breadcrumbs, date lines, bylines, share buttons,
"read also" links, newsletter and cookie notices and photo credits.  Machine
translation turns them into sentences ("Drucken Teilen" -> "Press Split").
A target paragraph is furniture when it, or the source paragraph it is
aligned with, reads as such a line; the vocabularies of both languages are
used, since furniture is often left untranslated or mistranslated.  A
well-formed photo caption (a description, then one credit) is part of the
article and is not furniture, unless the source's credit word ("Divulgação":
handout) came out as a plain word ("Disclosure").  Each furniture block is reported once, as a
whole paragraph (or, for a credit inside a long paragraph, its sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from enum import Enum
from functools import lru_cache
from itertools import takewhile
from operator import attrgetter
from typing import Any, NamedTuple, Sequence

from mtcheck.align.context import AlignedDocument
from mtcheck.text.document import Segment
from mtcheck.text.segment import final_mark
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import alternation, union
from mtcheck.lang.vocab import AGENCIES, FurnitureWords, fold, furniture_words, tokens


class Kind(str, Enum):
    """What sort of page furniture a block is."""

    NAVIGATION = "navigation"
    BYLINE = "byline"
    CAPTION = "caption"
    LINK = "related-link"
    APPEAL = "site-prompt"


class Block(NamedTuple):
    """A furniture span of the target, with the source paragraphs aligned to it."""

    kind: Kind
    start: int
    end: int
    source: tuple[int, int] | None
    evidence: dict[str, Any]


Found = tuple[Kind, tuple[str, ...]]
"""A furniture kind and the terms that show it."""

_DATETIME = re.compile(r"\d+[-./:h]\d+|(?:19|20)\d\d$")
# A full stop after a digit is an ordinal ("27. rujna 2019. godine"), not a sentence end.
_LOWER_SENTENCE_START = re.compile(r"(?:(?<!\d)\.|[!?…])['\"”’»)]*\s+[a-zà-öø-ÿ]")
_BREADCRUMB_SEPARATOR = re.compile(r"\s[>›»/|]\s")
# First words of a breadcrumb trail, in the languages of the vocabularies.
_HOME_WORDS = union("furniture.home")
_MAX_TRAIL_WORDS = 10
_MAX_CRUMB_WORDS = 4
_CAPTION_ELEMENTS = frozenset({"figcaption", "caption"})
_CREDIT_SIGN = re.compile(r"©|\(c\)\s|\bcopyright\b")
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_SEPARATOR = re.compile(r"\s*[,|/·•–—-]\s*")
_DIGIT = re.compile(r"\d")
_CAPTION_MARKS = re.compile(r"[:©/]|\(c\)")  # what a caption's credit is known by (see _caption_tail)
# Chrome lines are short and made mostly of furniture words, dates and numbers.
_FUNCTION_ZIPF = 6.0
_CHROME_SHARE = 0.65
_MAX_CHROME_WORDS = 30
_MAX_CAPTION_WORDS = 60
_MAX_APPEAL_WORDS = 45
_MIN_APPEAL_TERMS = 2
_MAX_LEAD_IN = 6
_MAX_CREDIT_WORDS = 8
_MAX_ROLE_WORDS = 4
_BYLINE_HEAD = 200  # characters that hold a byline's marker and the spaces after it


# What may follow a line's final mark: closing quotes and brackets.
CLOSERS = "'\"”’»)"


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence: a full stop, perhaps before closing quotes and brackets."""
    return final_mark(text, ".!?…", CLOSERS) >= 0


@lru_cache(maxsize=50_000)
def function_word(word: str, langs: tuple[str, ...]) -> bool:
    """Very frequent in one of ``langs`` (the, und, de): neither furniture nor content (memoised per word)."""
    return max(zipf(word, lang) for lang in langs) >= _FUNCTION_ZIPF


@lru_cache(maxsize=64)
def _shape(vocabulary: frozenset[str]) -> tuple[frozenset[str], tuple[int, ...]]:
    """First words of a vocabulary's phrases, and their lengths in words (of 4, 3, 2, 1), longest first."""
    words = [phrase.split(" ") for phrase in vocabulary]
    return frozenset(w[0] for w in words), tuple(n for n in (4, 3, 2, 1) if any(len(w) == n for w in words))


def _matches(toks: list[str], vocabulary: frozenset[str]) -> list[tuple[int, int, str]]:
    """Vocabulary phrases found in a token list, longest first, as (start, end, phrase)."""
    firsts, lengths = _shape(vocabulary)
    found: list[tuple[int, int, str]] = []
    if firsts.isdisjoint(toks):
        return found  # most lines: no phrase starts anywhere, and a set test is cheaper than the walk
    after = 0  # the end of the phrase found last: no other starts inside it
    for i in [i for i, token in enumerate(toks) if token in firsts]:  # where a phrase may start
        if i < after:
            continue
        for n in lengths:
            phrase = " ".join(toks[i:i + n])
            if i + n <= len(toks) and phrase in vocabulary:
                found.append((i, i + n, phrase))
                after = i + n
                break
    return found


def _home_trail(text: str, other: str) -> bool:
    """A breadcrumb without separators: "Home page Region District of X" for "Startseite Region ...".

    Both sides must open with a home-page word, so a headline such as "Home
    Office rejects plan" (source: "Innenministerium ...") is not one.
    """
    def opens_trail(line: str) -> bool:
        words = fold(line).split()
        if not words or words[0] not in _HOME_WORDS or len(words) > _MAX_TRAIL_WORDS:
            return False
        capitalised = [w for w in line.split() if w[:1].isupper()]
        return len(capitalised) * 2 >= len(words) and not _ends_sentence(line)

    return opens_trail(text) and opens_trail(other)


def _breadcrumb(parts: Sequence[str], words: FurnitureWords) -> bool:
    """Short labels between separators: three or more, or two of which one names a section ("News / Milan")."""
    if not all(0 < len(p.split()) <= _MAX_CRUMB_WORDS for p in parts):
        return False
    return len(parts) >= 3 or (len(parts) == 2 and any(fold(p).strip() in words.sections for p in parts))


def _word_count(text: str, most: int) -> int:
    """The number of words of ``text``, or ``most`` where it has more: the text is split no further
    (a paragraph may be a line of a million characters, and its tests ask for a few dozen words)."""
    return min(len(text.split(maxsplit=most)), most)


class _Line:
    """A paragraph's word count and folded tokens, each found once for the tests of :func:`classify`."""

    __slots__ = ("text", "count", "_tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        # Words counted up to one more than any test allows: the count is only compared with those limits.
        self.count = _word_count(text, max(_MAX_CAPTION_WORDS, _MAX_CHROME_WORDS, _MAX_APPEAL_WORDS) + 1)
        self._tokens: list[str] | None = None

    @property
    def tokens(self) -> list[str]:
        """Folded tokens, read only for a line short enough for a test that reads them (kept by hand:
        ``functools.cached_property`` takes a lock on every read in Python 3.11)."""
        if self._tokens is None:
            self._tokens = tokens(self.text)
        return self._tokens


def _chrome_terms(line: _Line, words: FurnitureWords, langs: tuple[str, ...], other: str = "") -> tuple[str, ...]:
    """Terms of a navigation, date or share line (mostly furniture words and dates); () if not one."""
    text = line.text
    if line.count > _MAX_CHROME_WORDS or text.rstrip().endswith("?"):
        return ()  # too long, or a question: page chrome asks nothing
    parts = _BREADCRUMB_SEPARATOR.split(text)
    if _breadcrumb(parts, words) and not _ends_sentence(text):
        return ("breadcrumb",)
    if _home_trail(text, other):
        return ("breadcrumb",)
    toks = line.tokens
    found = _matches(toks, words.terms)
    if not found and not _DIGIT.search(fold(text)):
        return ()  # no furniture term, and no date without a digit (most lines): the test below finds none
    marks = ["other"] * len(toks)
    terms = []
    for start, end, phrase in found:
        marks[start:end] = ["strong"] * (end - start)
        terms.append(phrase)
    for i, token in enumerate(toks):
        if marks[i] != "other":
            continue
        if _DATETIME.match(token):
            marks[i] = "strong"
            terms.append(token)
        elif token[0].isdigit():
            marks[i] = "weak"
    if not terms:
        return ()  # no furniture term and no date: whatever else the line holds, not chrome
    strong = marks.count("strong")
    if strong < 2 and len(toks) > 2:
        return ()  # one term among other words: not two terms, nor a lone button (below), so not chrome
    for i, token in enumerate(toks):
        if marks[i] == "other" and (len(token) == 1 or function_word(token, langs)):
            marks[i] = "neutral"
    counted = len(toks) - marks.count("neutral")
    if _ends_sentence(text) and sum(m == "neutral" and len(t) > 1 for m, t in zip(marks, toks)) >= strong:
        return ()  # a sentence ("We are at home today."): as many function words as furniture terms
    # A lone button or label stands alone or with one function word ("Share", "Print article"); with
    # more it is a fragment of a sentence ("That email said", "But this is my opinion").
    lone = strong == counted == 1 and not _ends_sentence(text) and marks.count("neutral") <= 1
    share = (strong + marks.count("weak")) / counted if counted else 0.0
    return tuple(terms) if (strong >= 2 or lone) and share >= _CHROME_SHARE else ()


def _link_terms(text: str, words: FurnitureWords, langs: tuple[str, ...]) -> tuple[str, ...]:
    """The prompt of a "Read also: ..." lead-in; () when the text does not start with one."""
    lead_in, colon, _ = text.partition(":")
    if not colon or _word_count(lead_in, _MAX_LEAD_IN + 1) > _MAX_LEAD_IN:
        return ()
    folded = " ".join(tokens(lead_in))
    return tuple(p for p in words.prompts
                 if folded == p or (folded.startswith(p + " ") and _extends(p, folded, langs)))


def _extends(prompt: str, lead_in: str, langs: tuple[str, ...]) -> bool:
    """Whether words after a prompt keep it a prompt: any after one of several words ("more from the
    BBC"), a function word after a one-word one ("Recommended for you", not "Recommended age")."""
    following = lead_in[len(prompt):].split()
    return " " in prompt or function_word(following[0], langs)


def _appeal_terms(line: _Line, words: FurnitureWords) -> tuple[str, ...]:
    """Terms of a newsletter, cookie or subscription notice addressed to the reader; () if not one."""
    if line.count > _MAX_APPEAL_WORDS:
        return ()
    found = _matches(line.tokens, words.appeals)
    terms = tuple(dict.fromkeys(phrase for _, _, phrase in found))
    if len(terms) < _MIN_APPEAL_TERMS:
        return ()
    addressed = not words.reader.isdisjoint(line.tokens) or found[0][0] == 0
    return terms if addressed else ()


def credit(text: str, words: FurnitureWords) -> str | None:
    """The photo credit in a text ("©", "Photo: ...", "IMAGO/...", ".../dpa"), or None."""
    folded = fold(text)
    if (match := _credit_sign(folded)) and not _enumerator_c(folded, match):
        return match.group().strip()
    if ":" in folded and (match := _label(words).search(folded)):  # a label ends with a colon
        return match.group(1) + ":"
    if "/" in folded and (match := _agency_credit().search(folded)):  # a slash credit has its slash
        return match.group(1)
    return None


def _credit_sign(folded: str) -> re.Match[str] | None:
    """A copyright sign in a folded text; the pattern runs only where one of its three signs stands
    (three substring tests cost a tenth of its scan, which tries every position)."""
    if "©" in folded or "(c)" in folded or "copyright" in folded:
        return _CREDIT_SIGN.search(folded)
    return None


def _enumerator_c(folded: str, match: re.Match[str]) -> bool:
    """Whether "(c)" opens a long paragraph: the third item of a list ("(c) if by such act they ..."),
    not a copyright sign (a credit is a few words)."""
    return (match.group().startswith("(c)") and not folded[:match.start()].strip()
            and len(folded.split()) > _MAX_CREDIT_WORDS + 1)


@lru_cache(maxsize=16)
def _label(words: FurnitureWords) -> re.Pattern[str]:
    """A caption label ("Photo:", "Bild:") at the start of a text or of a sentence,
    possibly after a separator ("... last May. / PHOTO: ...")."""
    return re.compile(rf"(?:^|[.!?)]\s+(?:[/|]\s*)?|\(|\s[/|]\s*)({_labels(words)})s?\s*:\s*\S")


def _labels(words: FurnitureWords) -> str:
    """The caption labels as a regex alternation, longest first; one that never matches when the
    languages have none (an empty alternation would take any colon, the ":" of ":)", for a label)."""
    labels = sorted(map(re.escape, filter(None, words.captions)), key=len, reverse=True)
    return "|".join(labels) if labels else "(?!)"


@lru_cache(maxsize=1)
def _agency_credit() -> re.Pattern[str]:
    """A slash credit naming a photo agency ("IMAGO/Press Office", "Jana Reimers/dpa") ending a
    text without a full stop, as captions end; "... reported dpa/AFP." is article text."""
    agencies = "|".join(sorted(map(re.escape, AGENCIES), key=len, reverse=True))
    return re.compile(rf"(?:^|\s)((?:{agencies})\s*/[^.!?/]+|[^\s/.!?]+(?:\s[^\s/.!?]+){{0,3}}\s*/\s*(?:{agencies}))\)?$")


@lru_cache(maxsize=16)
def _caption_tail(words: FurnitureWords) -> re.Pattern[str]:
    """A credit closing a caption: after the description, a label or © and a name (group 1),
    or after a full stop a slash credit (group 2)."""
    return re.compile(
        rf"(?:[.!?…]['\"”’»)]*\s+|\s+\(?)(?:(?:{_labels(words)})s?\s*:|©|\(c\))\s*([^:©]+)$"
        rf"|[.!?…]['\"”’»)]*\s+([^\s:©/]+(?:\s[^\s:©/]+){{0,4}}/[^:©]+)$"
    )


def _well_formed_caption(text: str, words: FurnitureWords, marked: bool = False) -> bool:
    """A caption as articles print it: a described picture, then a single credit at the end.

    A copyright sign ends the picture's caption on the web page, not in the
    article: "... station. © Name" is a caption scraped with the page, unless
    the page's markup ``marked`` it as the picture's caption (<figcaption>).
    """
    folded = fold(text).rstrip(" )")
    if not _CAPTION_MARKS.search(folded):
        return False  # most paragraphs: the tail below needs a label's colon, a ©, a (c) or a slash
    tail = _caption_tail(words).search(folded)
    if not tail:
        return False
    description, credit_text = folded[:tail.start()].strip(), tail.group(1) or tail.group(2)
    words_of_text = tokens(text)
    button = _button(words_of_text, words) or _button(words_of_text[::-1], words)
    return (bool(description) and credit(description, words) is None and not button
            and len(credit_text.split()) <= _MAX_CREDIT_WORDS
            and not _LOWER_SENTENCE_START.search(text) and (marked or not _CREDIT_SIGN.search(folded[tail.start():]))
            and (tail.group(1) is not None or bool(_agency_credit().search(credit_text))))


def _button(toks: list[str], words: FurnitureWords) -> bool:
    """Whether a caption's tokens open with an image button's label ("Enlarge image ...", "Zoom ...";
    read reversed for one that closes it: "... © Agency Enlarge", "... · Enlarge image"): the run of
    button and picture words they open with holds a button word."""
    run = list(takewhile(lambda t: t in words.actions or t in words.captions, toks))
    return any(t in words.actions for t in run)


def _translated_credit(text: str, sources: Sequence[Segment], words: FurnitureWords) -> Found | None:
    """A caption whose credit word was translated as a word: the source's credit gives a credit word of
    its language in place of a photographer ("Foto: Divulgação/...", "Фото: пресс-служба ..."), the
    target's credit gives none ("Photo: Disclosure/...", where English prints "Handout")."""
    source_terms = tuple(term for s in sources for term in _credit_terms(s.text, words))
    if not source_terms or _credit_terms(text, words):
        return None
    return Kind.CAPTION, source_terms


def _credit_terms(text: str, words: FurnitureWords) -> list[str]:
    """The credit words (handout, archive, press office) of the credit closing a caption."""
    folded = fold(text).rstrip(" )")
    tail = _caption_tail(words).search(folded) if _CAPTION_MARKS.search(folded) else None
    if not tail:
        return []
    return [phrase for _, _, phrase in _matches(tokens(tail.group(1) or tail.group(2)), words.credits)]


def _byline_names(text: str, words: FurnitureWords) -> list[str]:
    """The first author's names in a "By Jane Doe" line (marker, names, then a role or furniture), or []."""
    folded = fold(text[:_BYLINE_HEAD])  # the marker opens the line: a paragraph of a huge line is not folded whole
    if not _byline_marker(words).match(folded):
        return []  # no marker opens the line
    for marker in sorted(words.bylines, key=len, reverse=True):
        head = re.match(rf"\s*{re.escape(marker)}\s*:?\s+", folded)
        people = _people().match(text, head.end()) if head else None
        if not people:
            continue
        rest = text[people.end():]
        if not rest.strip(" .") or (_SEPARATOR.match(rest) and _byline_rest(rest, words)):
            first_person = re.split(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*", people.group())[0]
            return re.findall(_NAME, first_person)
    return []


@lru_cache(maxsize=1)
def _people() -> re.Pattern[str]:
    """Names, joined by "and" or commas (compiled on first use: only a line that opens with a byline
    marker reads it, and its particles and conjunctions of every language cost 0.7 ms at import)."""
    return re.compile(
        rf"{_NAME}(?:\s+(?:(?:{alternation(union('names.particles'))})\s+)*{_NAME}){{0,3}}"
        rf"(?:\s*(?:,|&|{alternation(union('names.and'))})\s*{_NAME}(?:\s+{_NAME}){{0,3}})*"
    )


@lru_cache(maxsize=16)
def _byline_marker(words: FurnitureWords) -> re.Pattern[str]:
    """Any byline marker opening a line, as :func:`_byline_names` reads each one."""
    markers = "|".join(map(re.escape, words.bylines))
    return re.compile(rf"\s*(?:{markers})\s*:?\s+")


def _byline_rest(rest: str, words: FurnitureWords) -> bool:
    """What may follow a byline's names: a short role or outlet, or dates and furniture words."""
    if len(rest.split()) <= _MAX_ROLE_WORDS and not _ends_sentence(rest.strip()):
        return True
    toks = tokens(rest)
    covered = {i for start, end, _ in _matches(toks, words.terms | AGENCIES) for i in range(start, end)}
    return all(i in covered or t[0].isdigit() or not t[0].isalnum() for i, t in enumerate(toks))


def classify(text: str, other: str, words: FurnitureWords, langs: tuple[str, ...], marked: bool = False
             ) -> Found | None:
    """The furniture kind of a paragraph and the terms that show it, or None for article text.

    ``other`` is the aligned text of the other language, where byline names
    must recur; ``marked`` says the page's markup made the paragraph a caption.
    """
    line = _Line(text)
    if line.count <= _MAX_CAPTION_WORDS and (found := credit(text, words)):
        return None if _well_formed_caption(text, words, marked) else (Kind.CAPTION, (found,))
    names = _byline_names(text, words)
    if names and all(name in other for name in names):
        return Kind.BYLINE, tuple(names)
    if terms := _link_terms(text, words, langs):
        return Kind.LINK, terms
    if terms := _chrome_terms(line, words, langs, other):
        return Kind.NAVIGATION, terms
    if terms := _appeal_terms(line, words):
        return Kind.APPEAL, terms
    return None


def _text(segments: Sequence[Segment]) -> str:
    return " ".join(s.text for s in segments)


def _source_kind(target: Segment, sources: Sequence[Segment], words: FurnitureWords,
                 langs: tuple[str, ...]) -> Found | None:
    """The kind all aligned source paragraphs share, if the target is short enough to be their translation."""
    if not sources or len(target.text.split()) > 2 * len(_text(sources).split()) + 5:
        return None
    kinds = []
    for s in sources:
        found = classify(s.text, target.text, words, langs)
        if found is None:
            return None  # one source paragraph is article text
        kinds.append(found)
    if len({k[0] for k in kinds}) == 1:
        return kinds[0][0], tuple(t for k in kinds for t in k[1])
    return None


def _range(segments: Sequence[Segment]) -> tuple[int, int] | None:
    return (segments[0].start, segments[-1].end) if segments else None


def furniture_blocks(doc: AlignedDocument) -> list[Block]:
    """Every furniture block of the target, in document order, one per paragraph at most."""
    return doc.derived(_furniture_blocks)


def _furniture_blocks(doc: AlignedDocument) -> list[Block]:
    langs = (doc.target.lang, doc.source.lang)
    words = furniture_words(*langs)
    blocks: list[Block] = []
    captions = _marked_captions(doc)
    for pair in doc.paragraph_pairs:
        for para in pair.target:
            marked = (para.start, para.end) in captions
            found, side = classify(para.text, _text(pair.source), words, langs, marked), "target"
            if found is None and not _well_formed_caption(para.text, words, marked):
                found, side = _source_kind(para, pair.source, words, langs), "source"
            elif found is None:
                found, side = _translated_credit(para.text, pair.source, words), "source"
            if found:
                blocks.append(Block(found[0], para.start, para.end, _range(pair.source),
                                    {"kind": found[0].value, "found_in": side, "terms": list(found[1])}))
            elif _word_count(para.text, _MAX_CAPTION_WORDS + 1) > _MAX_CAPTION_WORDS:
                blocks.extend(_credit_sentences(doc, para, words, pair.source))
    return blocks


def _marked_captions(doc: AlignedDocument) -> set[tuple[int, int]]:
    """Target ranges that the page's markup made a picture's caption (HTML <figcaption>, <caption>)."""
    blocks = doc.extras.get("blocks", {}).get("target", ())
    return {(b.start, b.end) for b in blocks if getattr(b, "origin", "") in _CAPTION_ELEMENTS}


def _credit_sentences(doc: AlignedDocument, para: Segment, words: FurnitureWords,
                      sources: Sequence[Segment]) -> list[Block]:
    """A photo credit glued into a long paragraph: the sentence that carries it."""
    blocks = []
    for sentence in doc.target.sentences_of(para.index):
        folded = fold(sentence.text)
        if match := (_credit_sign(folded) or (_label(words).search(folded) if ":" in folded else None)):
            blocks.append(Block(Kind.CAPTION, sentence.start, sentence.end,
                                doc.source_range_for(sentence.start, sentence.end) or _range(sources),
                                {"kind": Kind.CAPTION.value, "found_in": "target", "terms": [match.group()]}))
    return blocks


def overlaps_furniture(blocks: Sequence[Block], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps a furniture block.

    ``blocks`` come in document order and do not overlap, as :func:`furniture_blocks`
    gives them: only the last block that starts before ``end`` can reach past ``start``.
    """
    last = bisect_left(blocks, end, key=attrgetter("start"))
    return last > 0 and start < blocks[last - 1].end
