"""Numbers: figures, dates, times and amounts that changed, vanished or appeared in translation."""

from __future__ import annotations

import re
from typing import Iterator

from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.findings import Flag, Severity
from mtcheck.checks.numbers.mention import Mention
from mtcheck.checks.numbers.pairing import garble_like, pair_mentions, unmatched_pairs
from mtcheck.checks.numbers.quantities import reads_number_words
from mtcheck.checks.numbers.reader import decimal_mark
from mtcheck.checks.numbers.restated import zone
from mtcheck.checks.numbers.units import with_unit


@check("MT320", "number-changed", Severity.MAJOR)
def number_changed(doc: AlignedDocument) -> Iterator[Flag]:
    """A number, date or amount differs from the one in the source.

    Flags a number of the target sentence that matches nothing in the
    aligned source sentence while a source number matches nothing in the
    target, once locale formats are normalised (1.500 € = €1,500,
    3,5 % = 3.5%, 17. März = 17 March, 14.30 Uhr = 2.30 pm, 1,5 Mio. =
    1.5 million, zwei = two).  A source number is read in its own language's
    format, so a German "250.000" that became "250" is changed, and
    magnitude words must agree ("3 Milliarden" is not "3 million").  A quantity converted into
    other units of its dimension agrees when the amounts do, up to the rounding the translation
    shows ("130 miles" = "210 kilometres", "20 feet" = "6 metres").  Neighbouring sentences are
    searched first, so a number moved across a sentence boundary is not reported.  A time
    written with a full stop or without am/pm (16.30, 5:30 for 17:30), a notation read in part
    (26.12 as December 26) and a target number that stands elsewhere in the source sentence pass.
    The target is read in its own convention, and in the other one only
    where the source writes the very same token (a copied format): 7.675
    in English for a Czech 7 675 is a changed number.

    Other notations agree too: tens and approximate number words (fifty,
    thirty-six, une soixantaine, five thousand), set phrases from the
    language packs (rund um die Uhr = 24), Chinese and Japanese numerals
    with a unit (十四 = 14), fractions (1/8th inch = 3 mm), a century and
    its years (the 1800s = 19. Jahrhundert = XIXe siècle, '49 = 1849), a
    date's parts in another order (18.12 = 12月18日), and the first number
    of a range in the unit after the second (4 to 7 feet = 1,2 do 2,1
    metra).  An amount restated in parentheses after a matched one (a
    currency conversion), a time restated in another time zone (11 a.m. ET
    as 17 h CET) and a long digit string holding the other (a telephone
    number grouped otherwise) pass; digits in names and codes (COVID-19,
    2G, 0815) are no amounts.

    Two number words or numerals far apart in size (two against 十亿, a
    billion) were paired by their order alone and pass, unless they differ
    as a garble does; twelve against twenty is compared.

    Major when the two differ as a garble does (a month changed, digits
    swapped or one digit changed, a power-of-ten factor), neither is a
    number word and neither occurs anywhere on the other side of the
    document; minor otherwise.

    Bad: ``On illuminated meadows they found 74 percent fewer caterpillars`` (source: 47 Prozent)
    Good: ``On illuminated meadows they found 47 percent fewer caterpillars``
    """
    for unmatched in unmatched_pairs(doc):
        for src, tgt in unmatched.conflicts():
            if _part_of(_digit_runs(src), _digit_runs(tgt), reordered=not _amounts(src, tgt)) or (
                    _digit_runs(src) != _digit_runs(tgt)
                    and _written_in(tgt, _outside(doc.source.text, unmatched.pair, src))):
                continue  # one notation read in part (26.12 as December 26), or paired with the wrong number
            if _other_zone(doc, src, tgt) or _one_long_code(src, tgt) or _unrelated_words(src, tgt):
                continue
            source_text = with_unit(doc.source.text, src, doc.source.lang)
            target_text = with_unit(doc.target.text, tgt, doc.target.lang)
            yield Flag(
                tgt.start, tgt.end,
                f"{target_text!r} does not match the source, which has {source_text!r}",
                source=(src.start, src.end),
                evidence={"source": src.text, "target": tgt.text},
                severity=None if garble_like(src, tgt) and not (src.weak or tgt.weak) and _nowhere(doc, src, "target")
                and _nowhere(doc, tgt, "source") else Severity.MINOR,
            )


_UNRELATED = 100  # two number words whose values differ more than this many times are different numbers


def _unrelated_words(src: Mention, tgt: Mention) -> bool:
    """Whether two number words or numerals (weak, of kind number) are too far apart in size to be one
    number rendered differently, and differ in no way a garble does: "two black holes ... a billion
    years" paired with 两个 ... 十亿年, whose 两 is no numeral of its own."""
    if not (src.weak and tgt.weak and src.kind == tgt.kind == "number") or garble_like(src, tgt):
        return False
    values = [(a, b) for a in src.keys for b in tgt.keys if isinstance(a, float) and isinstance(b, float)]
    return bool(values) and all(min(a, b) <= 0 or max(a, b) / min(a, b) > _UNRELATED for a, b in values)


def _other_zone(doc: AlignedDocument, src: Mention, tgt: Mention) -> bool:
    """Whether both numbers are times given in different time zones (11 a.m. ET as 17 h CET)."""
    zones = zone(doc.source.text, src.end), zone(doc.target.text, tgt.end)
    return None not in zones and zones[0] != zones[1]


_CODE_DIGITS = 6  # a number of this many digits or more, grouped in spaces, may be a telephone number


def _one_long_code(src: Mention, tgt: Mention) -> bool:
    """Whether one long string of digits holds the other (411 123 456 read in part as 411 123): a telephone
    number or an identifier grouped differently, not an amount changed."""
    a, b = sorted(("".join(_digit_runs(src)), "".join(_digit_runs(tgt))), key=len)
    return len(a) >= _CODE_DIGITS and a in b


def _amounts(src: Mention, tgt: Mention) -> bool:
    """Whether both mentions are amounts with a magnitude word on one side at least (9,4 milioni, 4.9
    million): no date, so the same digits in another order are digits swapped."""
    return src.kind == tgt.kind == "number" and bool(src.magnitude or tgt.magnitude)


def _part_of(a: list[str], b: list[str], reordered: bool = True) -> bool:
    """Whether one number's digit runs are part of the other's (26.12 and 26, 9:19 and 9) and what is
    left over is no group of thousands (250.000 read as 250 is a changed number), or, where
    ``reordered``, the same runs in another order (a date: 18.12 and 12月18日)."""
    if reordered and len(a) > 1 and a != b and sorted(a) == sorted(b):
        return True
    short, long_ = sorted((a, b), key=len)
    n = len(short)
    for i in range(len(long_) - n + 1):
        if n and len(long_) > n and long_[i:i + n] == short:
            rest = long_[:i] + long_[i + n:]
            return not all(len(r) == 3 for r in rest)
    return False


def _outside(text: str, pair: SegmentPair, mention: Mention) -> str:
    """The pair's source text with ``mention`` blanked out."""
    start, end = pair.source_range
    return text[start:mention.start] + " " + text[mention.end:end]


def _digit_runs(mention: Mention) -> list[str]:
    """The runs of digits of a mention (16.30: 16 and 30)."""
    return re.findall(r"\d+", mention.text.translate(_ASCII_DIGITS))


def _written_in(mention: Mention, text: str) -> bool:
    """Whether the mention's digits stand in ``text`` as a number of their own (17 in 7月17日).

    The sentence has the number in a notation that the reader did not pair
    with it; a digit run inside a longer one (17 in 2017) does not count.
    """
    digits = _digit_runs(mention)
    runs = re.findall(r"\d+", text.translate(_ASCII_DIGITS))
    n = len(digits)
    return bool(digits) and any(runs[i:i + n] == digits for i in range(len(runs) - n + 1))


def _small(mention: Mention) -> bool:
    """A whole number below 13, which translations often write as a word or leave implicit ("both")."""
    values = [k for k in mention.keys if not isinstance(k, str)]
    return bool(values) and all(k < 13 and k == int(k) for k in values)


def _document_mentions(doc: AlignedDocument) -> tuple[list[Mention], list[Mention]]:
    """Every mention of the source and of the target document: those of its aligned pairs."""
    read = pair_mentions(doc)
    return [m for ms in read.source for m in ms], [m for ms in read.target for m in ms]


def _nowhere(doc: AlignedDocument, mention: Mention, side: str) -> bool:
    """Whether no mention anywhere on ``side`` can be ``mention``: the second signal for a major finding.

    A number found elsewhere on the other side was more likely moved, split
    or repeated than changed; it is reported as minor.
    """
    source, target = doc.derived(_document_mentions)
    if any(mention.matches(m) for m in (source if side == "source" else target)):
        return False
    digits = re.sub(r"\D", "", mention.text.translate(_ASCII_DIGITS))
    text = doc.derived(_ascii_digit_texts)[0 if side == "source" else 1]
    # The same digits glued to letters or codes elsewhere (E95, 16 bit/31250) are not a changed number.
    return not (digits and re.search(rf"(?<!\d){digits}(?!\d)", text))


def _ascii_digit_texts(doc: AlignedDocument) -> tuple[str, str]:
    """The source and target texts with full-width digits read as ASCII ones (once per document)."""
    return doc.source.text.translate(_ASCII_DIGITS), doc.target.text.translate(_ASCII_DIGITS)


_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _unpaired(doc: AlignedDocument, side: str) -> Iterator[tuple[SegmentPair, Mention]]:
    """Numbers of one side with no counterpart, in languages whose spelled numbers are known.

    Elsewhere (Chinese 二十, say) a number written out on one side would look
    missing from, or added to, the other.
    """
    if not (reads_number_words(doc.source.lang) and reads_number_words(doc.target.lang)):
        return
    for unmatched in unmatched_pairs(doc):
        for mention in unmatched.leftovers(side):
            yield unmatched.pair, mention


@check("MT321", "number-missing", Severity.MAJOR)
def number_missing(doc: AlignedDocument) -> Iterator[Flag]:
    """A number of the source is missing from its translated sentence.

    Flags the target sentence when a source number (digits, a time or a
    date) appears neither in it nor in the neighbouring target sentences,
    in any locale format.  Numbers written as words are only compared,
    never reported missing: "beide" may well become "the two"; nor are whole
    numbers below 13, which translations write as words or leave implicit
    ("a", "both", "a third"), nor numbers whose digits stand in the target
    sentence in a form not read as a number (E95, 10 000), nor digits that
    usually stand for a word (24/7, 100 %: around the clock, fully).  Minor
    when the number occurs elsewhere in the translation.

    Bad: ``The others were at least from the nearest light source.`` (source: mindestens 500 Meter)
    Good: ``The others were at least 500 metres from the nearest light source.``
    """
    for pair, mention in _unpaired(doc, "source"):
        start, end = pair.target_range
        if _small(mention) or _written_in(mention, doc.target.text[start:end]):
            continue
        yield Flag(
            start, end,
            f"The source has {mention.text!r} here, but the translation does not",
            source=(mention.start, mention.end),
            evidence={"source": mention.text},
            severity=None if _nowhere(doc, mention, "target") else Severity.MINOR,
        )


@check("MT322", "number-added", Severity.MINOR)
def number_added(doc: AlignedDocument) -> Iterator[Flag]:
    """A number in the translation that the source does not have.

    Flags a target number (digits, a time or a date) found neither in the
    aligned source sentence nor in its neighbours, in any locale format.
    Usually an invented detail or a garbled figure.  Digits that stand in
    the source sentence in a form not read as a number pass: glued to
    letters (K1 for "child 1", x15.5mm) or in a score (9:19 for 9-19).

    Bad: ``Police counted 24,000 participants on 12 occasions.`` (no 12 in the source)
    Good: ``Police counted 24,000 participants.``
    """
    for pair, mention in _unpaired(doc, "target"):
        if _written_in(mention, pair.source_text):
            continue
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
_DIGIT = re.compile(r"\d")


def _foreign_grouping(lang: str) -> re.Pattern[str]:
    """Grouping that a reader of ``lang`` takes for a decimal number."""
    return _DOT_GROUPED if decimal_mark(lang) == "." else _COMMA_GROUPED


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
    if (decimal_mark(doc.source.lang) == ".") == (decimal_mark(doc.target.lang) == "."):
        return
    pattern = _foreign_grouping(doc.target.lang)
    for pair in doc.pairs:
        if not pair.source_range:
            continue
        for segment in pair.target:
            # The pattern opens with a look-behind, so a scan tries every position: most sentences have no digit.
            for match in pattern.finditer(segment.text) if _DIGIT.search(segment.text) else ():
                if match.group() not in pair.source_text:
                    continue
                yield Flag(
                    segment.start + match.start(), segment.start + match.end(),
                    f"{match.group()!r} keeps the source's number format; a {doc.target.lang} reader "
                    "takes the separator for a decimal point",
                    source=pair.source_range,
                    evidence={"number": match.group(), "source_lang": doc.source.lang},
                )
