"""MT312 attribution-lost and MT313 attribution-garbled: a credited source of information in the translation."""

from __future__ import annotations

from typing import Iterator, NamedTuple

from mtcheck.checks.names.attribution import VOCABULARY, Attribution, Reading, locate, pair_attributions, read_target
from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument
from mtcheck.findings import Flag, Severity
from mtcheck.checks.names.renderings import PairTokens


class _Credit(NamedTuple):
    """A source attribution and how the translation reads its name."""

    attribution: Attribution
    readings: tuple[Reading, ...]


def _credits(doc: AlignedDocument) -> list[_Credit]:
    """Source attributions with the target occurrences of the credited name (found once per document)."""
    return doc.derived(_all_credits)


def _all_credits(doc: AlignedDocument) -> list[_Credit]:
    return list(_find_credits(doc))


def _find_credits(doc: AlignedDocument) -> Iterator[_Credit]:
    lang = doc.target.lang
    if doc.source.lang not in VOCABULARY or lang not in VOCABULARY:
        return
    sides = PairTokens.of(doc)
    for i in range(len(sides.source)):
        for attribution in pair_attributions(doc, i):
            for j in [i] + sides.neighbours(i):
                tgt = sides.target[j]
                hits = locate(attribution.name, tgt)
                if hits:
                    readings = (read_target(tgt, a, b, lang, attribution.appositive) for a, b in hits)
                    yield _Credit(attribution, tuple(readings))
                    break


def _source_quote(attribution: Attribution, doc: AlignedDocument) -> str:
    return doc.source.text[attribution.start:attribution.end]


@check("MT312", "attribution-lost", Severity.MAJOR)
def attribution_lost(doc: AlignedDocument) -> Iterator[Flag]:
    """A source of information lost its attribution and became part of the sentence.

    Flags a name that the source credits with a statement ("laut X", "nach
    Angaben von X", "wie X berichtete", "according to X", "selon X",
    "según X") when no attribution word (according to, reported, said,
    report...) stands next to it in the translation: the outlet has been
    glued into the subject or object and the reader no longer sees who said
    what.

    Bad: ``The Ukrainian Intelligence Service Ukrainska Pravda published a message``
    Good: ``According to Ukrainska Pravda, the Ukrainian intelligence service published a message``
    """
    for credit in _credits(doc):
        if any(r.cued for r in credit.readings):
            continue
        reading = credit.readings[0]
        quoted = _source_quote(credit.attribution, doc)
        name = doc.target.text[reading.first.start:reading.last.end]
        yield Flag(
            reading.first.start, reading.last.end,
            f"'{name}' is no longer named as the source of the information: the source "
            f"says {quoted!r}, but here it reads as part of the sentence",
            source=(credit.attribution.start, credit.attribution.end),
            evidence={"source_marker": credit.attribution.marker, "name": credit.attribution.name_text},
        )


@check("MT313", "attribution-garbled", Severity.MAJOR)
def attribution_garbled(doc: AlignedDocument) -> Iterator[Flag]:
    """An attribution is doubled or garbled in the translation.

    Flags a credited name that two attribution markers claim at once
    ("according to X reported", "stated X According to reports"), a sign that
    the sentence was stitched together from pieces.  (A "like X reported"
    for "wie X berichtete" is MT212's.)

    Bad: ``partisans announced an attack, according to the portal Nexta reported on X``
    Good: ``partisans announced an attack, the portal Nexta reported on X``
    """
    for credit in _credits(doc):
        quoted = _source_quote(credit.attribution, doc)
        source = (credit.attribution.start, credit.attribution.end)
        for reading in credit.readings:
            claimed = sorted(reading.claims + (reading.first, reading.last), key=lambda t: t.start)
            if len(reading.claims) >= 2:
                yield Flag(
                    claimed[0].start, claimed[-1].end,
                    f"'{reading.last.text}' is credited twice in a garbled attribution; "
                    f"the source says only {quoted!r}",
                    source=source,
                    evidence={"claims": [t.text for t in reading.claims]},
                )
