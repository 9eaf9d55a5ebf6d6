"""Page furniture: which parts of a translated article are web-page chrome, not text.

A scraped article carries breadcrumbs, date lines, bylines, share buttons,
"read also" links and photo credits.  Machine translation turns them into
sentences ("Drucken Teilen" -> "Press Split").  A target paragraph is
furniture when it, or the source paragraph it is aligned with, reads as
such a line; the vocabularies of both languages are used, since furniture is
often left untranslated or mistranslated.  Each furniture block is reported
once, as a whole paragraph (or, for a credit inside a long paragraph, the
sentence carrying it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Sequence

from mtcheck.context import AlignedDocument
from mtcheck.document import Segment
from mtcheck.lexicon import zipf
from mtcheck.vocab import AGENCIES, FurnitureWords, fold, furniture_words


class Kind(str, Enum):
    """What sort of page furniture a block is."""

    NAVIGATION = "navigation"
    BYLINE = "byline"
    CAPTION = "caption"
    PROMPT = "prompt"


@dataclass(frozen=True)
class Block:
    """A furniture span of the target, with the source paragraphs aligned to it."""

    kind: Kind
    start: int
    end: int
    source: tuple[int, int] | None
    evidence: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


_TOKEN = re.compile(r"\d+(?:[-./:h]\d+)*(?:st|nd|rd|th|er|e)?|[^\W\d_]+(?:['.-][^\W\d_]+)*")
_DATETIME = re.compile(r"\d+[-./:h]\d+|(?:19|20)\d\d$")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»)]*$")
_CREDIT_SIGN = re.compile(r"©|\(c\)\s|\bcopyright\b")
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PEOPLE = re.compile(
    rf"{_NAME}(?:\s+(?:(?:von|van|de|der|den|del|la|le|du|da|di|zu)\s+)*{_NAME}){{0,3}}"
    rf"(?:\s*(?:,|&|and|und|et|y)\s*{_NAME}(?:\s+{_NAME}){{0,3}})*"
)
_SEPARATOR = re.compile(r"\s*[,|/·•–—-]\s*")
# Chrome lines are short and made mostly of furniture words, dates and numbers.
_FUNCTION_ZIPF = 6.0
_CHROME_SHARE = 0.65
_MAX_CHROME_WORDS = 30
_MAX_CAPTION_WORDS = 60
_MAX_LEAD_IN = 6


@dataclass(frozen=True)
class _Scored:
    """Furniture evidence in a line: the terms found, strong and weak counts."""

    terms: tuple[str, ...]
    strong: int
    weak: int
    counted: int

    @property
    def share(self) -> float:
        return (self.strong + self.weak) / self.counted if self.counted else 0.0


def _score(text: str, words: FurnitureWords, langs: Sequence[str]) -> _Scored:
    """Mark furniture phrases, dates and numbers among a line's tokens; skip function words."""
    tokens = _TOKEN.findall(fold(text))
    marked: list[str | None] = [None] * len(tokens)
    terms = []
    i = 0
    while i < len(tokens):
        for n in (4, 3, 2, 1):
            phrase = " ".join(tokens[i:i + n])
            if len(tokens[i:i + n]) == n and phrase in words.terms:
                marked[i:i + n] = ["strong"] * n
                terms.append(phrase)
                i += n
                break
        else:
            token = tokens[i]
            if _DATETIME.match(token):
                marked[i] = "strong"
                terms.append(token)
            elif token[0].isdigit():
                marked[i] = "weak"
            elif len(token) == 1 or max(zipf(token, lang) for lang in langs) >= _FUNCTION_ZIPF:
                marked[i] = "neutral"
            i += 1
    return _Scored(tuple(terms), marked.count("strong"), marked.count("weak"),
                   sum(m != "neutral" for m in marked))


def _chrome_terms(text: str, words: FurnitureWords, langs: Sequence[str]) -> tuple[str, ...]:
    """Furniture terms of a navigation, date or share line; empty when it is not one."""
    if len(text.split()) > _MAX_CHROME_WORDS:
        return ()
    scored = _score(text, words, langs)
    lone = scored.strong == scored.counted == 1 and not _SENTENCE_END.search(text)
    if (scored.strong >= 2 or lone) and scored.share >= _CHROME_SHARE:
        return scored.terms
    return ()


def _prompt_terms(text: str, words: FurnitureWords, langs: Sequence[str]) -> tuple[str, ...]:
    """Terms of a "Read also: ..." lead-in; empty when the text does not start with one."""
    lead_in, colon, _ = text.partition(":")
    if not colon or len(lead_in.split()) > _MAX_LEAD_IN:
        return ()
    folded = " ".join(_TOKEN.findall(fold(lead_in)))
    prompts = [p for p in words.prompts if folded == p or folded.startswith(p + " ")]
    return tuple(prompts) or _chrome_terms(lead_in, words, langs)


def credit(text: str, words: FurnitureWords) -> str | None:
    """The photo credit in a text ("©", "Photo: ...", "IMAGO/...", ".../dpa"), or None."""
    folded = fold(text)
    if match := _CREDIT_SIGN.search(folded):
        return match.group().strip()
    for label in words.captions:
        if re.search(rf"(?:^|[.!?)]\s+){re.escape(label)}s?\s*:\s*\S", folded):
            return label + ":"
    for agency in AGENCIES:
        if re.search(rf"\b{re.escape(agency)}\s*/\s*\w|\w\s*/\s*{re.escape(agency)}\b", folded):
            return agency
    return None


def _byline_names(text: str, words: FurnitureWords) -> list[str]:
    """Names of a "By Jane Doe" line (marker, names, then furniture only), or []."""
    folded = fold(text)
    for marker in sorted(words.bylines, key=len, reverse=True):
        head = re.match(rf"\s*{re.escape(marker)}\s*:?\s+", folded)
        if not head:
            continue
        people = _PEOPLE.match(text, head.end())
        if not people:
            continue
        rest = text[people.end():]
        if not rest.strip(" .") or (_SEPARATOR.match(rest) and _rest_is_furniture(rest, words)):
            return re.findall(_NAME, people.group())
    return []


def _rest_is_furniture(rest: str, words: FurnitureWords) -> bool:
    tokens = _TOKEN.findall(fold(rest))
    return all(t in words.terms or t in AGENCIES or _DATETIME.match(t) or t[0].isdigit() for t in tokens)


def _is_byline(text: str, other: str, words: FurnitureWords) -> bool:
    """A byline whose names appear unchanged on the other side, as names do."""
    names = _byline_names(text, words)
    return bool(names) and all(name in other for name in names)


def classify(text: str, other: str, words: FurnitureWords, langs: Sequence[str]) -> tuple[Kind, tuple[str, ...]] | None:
    """The furniture kind of a paragraph and the terms that show it, or None for article text.

    ``other`` is the aligned text of the other language, where byline names must recur.
    """
    if len(text.split()) <= _MAX_CAPTION_WORDS and (found := credit(text, words)):
        return Kind.CAPTION, (found,)
    if _is_byline(text, other, words):
        return Kind.BYLINE, ()
    if terms := _chrome_terms(text, words, langs):
        return Kind.NAVIGATION, terms
    if terms := _prompt_terms(text, words, langs):
        return Kind.PROMPT, terms
    return None


def _text(segments: Sequence[Segment]) -> str:
    return " ".join(s.text for s in segments)


def _source_kind(target: Segment, sources: Sequence[Segment], words: FurnitureWords,
                 langs: Sequence[str]) -> tuple[Kind, tuple[str, ...]] | None:
    """The kind all aligned source paragraphs share, if the target is short enough to be their translation."""
    if not sources or len(target.text.split()) > 2 * len(_text(sources).split()) + 5:
        return None
    kinds = [classify(s.text, target.text, words, langs) for s in sources]
    if all(kinds) and len({k[0] for k in kinds}) == 1:
        return kinds[0][0], tuple(t for k in kinds for t in k[1])
    return None


def _range(segments: Sequence[Segment]) -> tuple[int, int] | None:
    return (segments[0].start, segments[-1].end) if segments else None


def furniture_blocks(doc: AlignedDocument) -> list[Block]:
    """Every furniture block of the target, in document order, one per paragraph at most."""
    langs = (doc.target.lang, doc.source.lang)
    words = furniture_words(*langs)
    blocks: list[Block] = []
    for pair in doc.paragraph_pairs:
        for para in pair.target:
            source_text = _text(pair.source)
            found = classify(para.text, source_text, words, langs)
            side = "target"
            if found is None and (found := _source_kind(para, pair.source, words, langs)):
                side = "source"
            if found:
                blocks.append(Block(found[0], para.start, para.end, _range(pair.source),
                                    {"kind": found[0].value, "found_in": side, "terms": list(found[1])}))
            else:
                blocks.extend(_credit_sentences(doc, para, words, pair.source))
    return blocks


def _credit_sentences(doc: AlignedDocument, para: Segment, words: FurnitureWords,
                      sources: Sequence[Segment]) -> list[Block]:
    """A photo credit glued into a long paragraph: the sentence that carries it."""
    blocks = []
    for sentence in doc.target.sentences_of(para.index):
        if found := credit(sentence.text, words):
            blocks.append(Block(Kind.CAPTION, sentence.start, sentence.end,
                                doc.source_range_for(sentence.start, sentence.end) or _range(sources),
                                {"kind": Kind.CAPTION.value, "found_in": "target", "terms": [found]}))
    return blocks


def overlaps_furniture(blocks: Sequence[Block], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps a furniture block."""
    return any(b.start < end and start < b.end for b in blocks)
