"""Numbers: figures, dates, times and amounts that changed, vanished or appeared in translation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.findings import Flag, Severity
from mtcheck.lang.packs import Languages, pack
from mtcheck.checks.numbers.quantities import _SCALE, _SCALES, Mention, mentions, reads_number_words

_REACH = 1  # aligned pairs on each side where a moved number may have gone
_FACTORS = (1.0, 1e3, 1e6, 1e9)
_LEADING_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f\u2009 ]*")


def _side(segments, lang: str) -> list[Mention]:
    return [m for seg in segments for m in mentions(seg.text, lang, seg.start)]


def _in_source_convention(mention: Mention, lang: str) -> Mention:
    """A source number read only as its own language writes it.

    The reader keeps both readings of "250.000" (250 000 in German, 250 in
    English) because a target's reader might take either; the source's own
    language decides, so a German "250.000 Euro" that became "250 euros" or
    "250.0 euros" is a changed amount.
    """
    grouped = (_COMMA_GROUPED if lang in _DECIMAL_POINT_LANGS else _DOT_GROUPED).match(mention.text)
    if mention.kind != "number" or not grouped:
        return mention
    digits = grouped.group()
    as_decimal = float(digits.replace(",", "."))
    as_grouped = float(re.sub(r"[.,]", "", digits))
    wrong = {round(as_decimal * f, 6) for f in _FACTORS} - {round(as_grouped * f, 6) for f in _FACTORS}
    keys = mention.keys - wrong
    return Mention(mention.start, mention.end, mention.text, keys, mention.kind, mention.weak) if keys else mention


def _magnitude(mention: Mention) -> float | None:
    """The factor of a magnitude word after the number ("Millionen", "billion", "Mrd."), if any."""
    number = _LEADING_NUMBER.match(mention.text)
    scale = _SCALE.match(mention.text, number.end() if number else len(mention.text))
    return _SCALES[scale.group(1).lower().rstrip(".")] if scale else None


def _scaled_values(mention: Mention, scale: float) -> set[float]:
    """The mention's values with its magnitude word applied (3e9 for "3 Milliarden")."""
    floats = {k for k in mention.keys if isinstance(k, float)}
    return {v for v in (round(k * scale, 6) for k in floats) if v in floats}


def _same_quantity(a: Mention, b: Mention) -> bool:
    """Whether two mentions agree, magnitude words included: "3 Milliarden" is not "3 million"."""
    if not a.matches(b):
        return False
    scale_a, scale_b = _magnitude(a), _magnitude(b)
    if scale_a is None or scale_b is None or scale_a == scale_b:
        return True
    return bool(_scaled_values(a, scale_a) & _scaled_values(b, scale_b))


@dataclass(frozen=True)
class _Unmatched:
    """Mentions of one aligned pair with no counterpart on the other side nearby."""

    pair: SegmentPair
    source: list[Mention]
    target: list[Mention]

    def conflicts(self) -> Iterator[tuple[Mention, Mention]]:
        """Source and target mentions of one kind, paired in order: one number became another."""
        for kind in ("number", "month"):
            yield from zip(
                (m for m in self.source if m.kind == kind),
                (m for m in self.target if m.kind == kind),
            )

    def leftovers(self, side: str) -> list[Mention]:
        """Strong mentions of ``side`` that no conflict pairs up."""
        paired = {id(m) for pair in self.conflicts() for m in pair}
        mentions_ = self.source if side == "source" else self.target
        return [m for m in mentions_ if id(m) not in paired and not m.weak]


Unit = tuple[str, float]
_UNIT_WORD = re.compile(r"[^\S\n]?([^\W\d_]+)")
_DIMENSIONS = ("length", "mass", "duration")
_STEM = 3  # unit keys longer than this match as stems ("kilomet", "километр")


@lru_cache(maxsize=32)
def _unit_table(lang: str) -> tuple[tuple[str, str, float], ...]:
    """(key, dimension, factor) of ``lang``'s unit words, longest key first."""
    found = [(key.casefold(), dim, factor) for dim in _DIMENSIONS
             for key, factor in pack(lang).numbers(f"units.{dim}").items()]
    return tuple(sorted(found, key=lambda row: -len(row[0])))


def _unit(text: str, end: int, lang: str) -> Unit | None:
    """The unit written right after a number (dimension and factor), if the language's pack knows it."""
    word = _UNIT_WORD.match(text, end)
    if not word:
        return None
    folded = word.group(1).casefold()
    for key, dimension, factor in _unit_table(lang):
        if folded == key or (len(key) > _STEM and folded.startswith(key)):
            return dimension, factor
    return None


def _with_unit(text: str, mention: Mention, lang: str) -> str:
    """The mention's text, with the unit word after it when there is one ("40 Zentimeter")."""
    word = _UNIT_WORD.match(text, mention.end)
    return text[mention.start:word.end()] if word and _unit(text, mention.end, lang) else mention.text


def _same_unit(a: Unit | None, b: Unit | None) -> bool:
    """Units agree unless both are known, of one dimension, and differ ("40 Zentimeter", "40 metres")."""
    return a is None or b is None or a[0] != b[0] or abs(a[1] - b[1]) <= 1e-9 * max(a[1], b[1])


def _find_unmatched(doc: AlignedDocument) -> list[_Unmatched]:
    found = []
    source = [[_in_source_convention(m, doc.source.lang) for m in _side(p.source, doc.source.lang)]
              for p in doc.pairs]
    target = [_side(p.target, doc.target.lang) for p in doc.pairs]
    units = {id(m): _unit(doc.source.text, m.end, doc.source.lang) for ms in source for m in ms}
    units.update({id(m): _unit(doc.target.text, m.end, doc.target.lang) for ms in target for m in ms})

    def agree(src: Mention, tgt: Mention) -> bool:
        return _same_quantity(src, tgt) and _same_unit(units[id(src)], units[id(tgt)])

    for i, pair in enumerate(doc.pairs):
        if not pair.source or not pair.target:
            continue
        nearby = range(max(0, i - _REACH), min(len(doc.pairs), i + _REACH + 1))
        src_near = [m for j in nearby for m in source[j]]
        tgt_near = [m for j in nearby for m in target[j]]
        lonely_src = [m for m in source[i] if not any(agree(m, t) for t in tgt_near)]
        lonely_tgt = [m for m in target[i] if not any(agree(s, m) for s in src_near)]
        if lonely_src or lonely_tgt:
            found.append(_Unmatched(pair, lonely_src, lonely_tgt))
    return found


@check("MT320", "number-changed", Severity.MAJOR)
def number_changed(doc: AlignedDocument) -> Iterator[Flag]:
    """A number, date or amount differs from the one in the source.

    Flags a number of the target sentence that matches nothing in the
    aligned source sentence while a source number matches nothing in the
    target, once locale formats are normalised (1.500 € = €1,500,
    3,5 % = 3.5%, 17. März = 17 March, 14.30 Uhr = 2.30 pm, 1,5 Mio. =
    1.5 million, zwei = two).  A source number is read in its own language's
    format, so a German "250.000" that became "250" is changed, and
    magnitude words must agree ("3 Milliarden" is not "3 million").  Neighbouring sentences are searched first, so
    a number moved across a sentence boundary is not reported.

    Bad: ``On illuminated meadows they found 74 percent fewer caterpillars`` (source: 47 Prozent)
    Good: ``On illuminated meadows they found 47 percent fewer caterpillars``
    """
    for unmatched in _unmatched(doc):
        for src, tgt in unmatched.conflicts():
            source_text = _with_unit(doc.source.text, src, doc.source.lang)
            target_text = _with_unit(doc.target.text, tgt, doc.target.lang)
            yield Flag(
                tgt.start, tgt.end,
                f"{target_text!r} does not match the source, which has {source_text!r}",
                source=(src.start, src.end),
                evidence={"source": src.text, "target": tgt.text},
            )


def _unmatched(doc: AlignedDocument) -> list[_Unmatched]:
    """Unmatched mentions of every pair, found once per document for the three number checks."""
    return doc.derived(_find_unmatched)


def _unpaired(doc: AlignedDocument, side: str) -> Iterator[tuple[SegmentPair, Mention]]:
    """Numbers of one side with no counterpart, in languages whose spelled numbers are known.

    Elsewhere (Chinese 二十, say) a number written out on one side would look
    missing from, or added to, the other.
    """
    if not (reads_number_words(doc.source.lang) and reads_number_words(doc.target.lang)):
        return
    for unmatched in _unmatched(doc):
        for mention in unmatched.leftovers(side):
            yield unmatched.pair, mention


@check("MT321", "number-missing", Severity.MAJOR)
def number_missing(doc: AlignedDocument) -> Iterator[Flag]:
    """A number of the source is missing from its translated sentence.

    Flags the target sentence when a source number (digits, a time or a
    date) appears neither in it nor in the neighbouring target sentences,
    in any locale format.  Numbers written as words are only compared,
    never reported missing: "beide" may well become "the two".

    Bad: ``The others were at least from the nearest light source.`` (source: mindestens 500 Meter)
    Good: ``The others were at least 500 metres from the nearest light source.``
    """
    for pair, mention in _unpaired(doc, "source"):
        start, end = pair.target_range
        yield Flag(
            start, end,
            f"The source has {mention.text!r} here, but the translation does not",
            source=(mention.start, mention.end),
            evidence={"source": mention.text},
        )


@check("MT322", "number-added", Severity.MINOR)
def number_added(doc: AlignedDocument) -> Iterator[Flag]:
    """A number in the translation that the source does not have.

    Flags a target number (digits, a time or a date) found neither in the
    aligned source sentence nor in its neighbours, in any locale format.
    Usually an invented detail or a garbled figure.

    Bad: ``Police counted 24,000 participants on 12 occasions.`` (no 12 in the source)
    Good: ``Police counted 24,000 participants.``
    """
    for pair, mention in _unpaired(doc, "target"):
        yield Flag(
            mention.start, mention.end,
            f"{mention.text!r} is not in the source",
            source=pair.source_range,
            evidence={"target": mention.text},
        )


# Thousands grouped with the mark that the other convention reads as a
# decimal point: "40.000" is forty in English, "1,500" is one and a half in German.
_DOT_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\w.,]*\d)")
_COMMA_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w.,]*\d)")
_DECIMAL_POINT_LANGS = Languages("numbers.decimal", ".")


def _foreign_grouping(lang: str) -> re.Pattern[str]:
    """Grouping that a reader of ``lang`` takes for a decimal number."""
    return _DOT_GROUPED if lang in _DECIMAL_POINT_LANGS else _COMMA_GROUPED


@check("MT323", "number-format", Severity.MAJOR)
def number_format(doc: AlignedDocument) -> Iterator[Flag]:
    """A number copied in the source's format, which the target's readers misread.

    Flags a target number whose thousands are grouped with the mark the
    target language uses as its decimal point ("40.000" in English,
    "1,500" in German), copied unchanged from the aligned source where that
    grouping is correct: a reader takes it for a value a thousand times
    smaller.  Dates, times and numbers with decimals pass.

    Bad: ``The video got more than 40.000 likes.`` (source: "más de 40.000 «me gusta»")
    Good: ``The video got more than 40,000 likes.``
    """
    if (doc.source.lang in _DECIMAL_POINT_LANGS) == (doc.target.lang in _DECIMAL_POINT_LANGS):
        return
    pattern = _foreign_grouping(doc.target.lang)
    for pair in doc.pairs:
        if not pair.source_range:
            continue
        for segment in pair.target:
            for match in pattern.finditer(segment.text):
                if match.group() not in pair.source_text:
                    continue
                yield Flag(
                    segment.start + match.start(), segment.start + match.end(),
                    f"{match.group()!r} keeps the source's number format; a {doc.target.lang} reader "
                    "takes the separator for a decimal point",
                    source=pair.source_range,
                    evidence={"number": match.group(), "source_lang": doc.source.lang},
                )
