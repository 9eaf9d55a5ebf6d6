"""Glossary: required renderings of terms, and names that must stay untranslated.

Both checks do nothing until the configuration gives them a glossary
(``[tool.mtcheck.glossary]``).  A term counts wherever it occurs as whole
words with a common inflection ending (Kanzlers, chancellors), in any case;
a name to keep must be written with its capitals in the source (so "le
monde" in running text is not the newspaper "Le Monde").  The decision is made per aligned paragraph, so a rendering
that alignment placed in the neighbouring sentence still counts; the finding
points at the sentence that lacks it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.findings import Flag, Severity
from mtcheck.lang.packs import pack

# Plural and case endings of the languages mtcheck knows best (shared pack); short
# on purpose so that "Bank" does not match "Bankett".
_ENDINGS = "(?:" + "|".join(re.escape(e) for e in pack("mul").items("inflection.term_endings")) + ")?"


@lru_cache(maxsize=256)
def _pattern(term: str, any_case: bool = True) -> re.Pattern[str]:
    """``term`` as whole words allowing an inflection ending."""
    words = r"\s+".join(re.escape(w) for w in term.split())
    return re.compile(rf"(?<!\w){words}{_ENDINGS}(?!\w)", re.IGNORECASE if any_case else 0)


def _missing(doc: AlignedDocument, term: re.Pattern[str], rendering: re.Pattern[str],
             ) -> Iterator[tuple[SegmentPair, re.Match[str]]]:
    """Sentence pairs whose source has ``term`` and whose target lacks ``rendering``.

    Only paragraphs whose target has fewer renderings than its source has
    occurrences of the term are looked at.
    """
    for para in doc.paragraph_pairs:
        if not (para.source and para.target):
            continue
        if len(rendering.findall(para.target_text)) >= len(term.findall(para.source_text)):
            continue
        first = para.source[0].index
        last = para.source[-1].index
        for pair in doc.pairs:
            if not pair.target or not pair.source or not first <= pair.source[0].paragraph <= last:
                continue
            found = term.search(doc.source.text, pair.source[0].start, pair.source[-1].end)
            if found and not rendering.search(pair.target_text):
                yield pair, found


def _flags(doc: AlignedDocument, entries: Iterable[tuple[str, str]], message: str,
           term_any_case: bool) -> Iterator[Flag]:
    for term, rendering in entries:
        for pair, found in _missing(doc, _pattern(term, term_any_case), _pattern(rendering)):
            start, end = pair.target_range  # type: ignore[misc]
            yield Flag(
                start, end,
                message.format(term=found.group(), rendering=rendering),
                source=found.span(),
                evidence={"term": term, "required": rendering},
            )


@check("MT330", "glossary-term", Severity.MAJOR)
def glossary_term(doc: AlignedDocument) -> Iterator[Flag]:
    """A glossary term is not translated with its required rendering.

    Flags a target sentence whose aligned source uses a term from the
    configured glossary (``terms``) when the sentence does not contain the
    rendering the glossary requires.  Inflected forms count on both sides.
    Nothing is flagged without a configured glossary.

    Bad: ``Der Bundeskanzler reiste ab.`` -> ``The chancellor of Germany left.``
    Good: ``Der Bundeskanzler reiste ab.`` -> ``The Federal Chancellor left.``
    """
    yield from _flags(
        doc, doc.options.glossary.items(),
        "the glossary requires '{rendering}' for '{term}', but this sentence does not use it",
        term_any_case=True,
    )


@check("MT331", "name-not-kept", Severity.MAJOR)
def name_not_kept(doc: AlignedDocument) -> Iterator[Flag]:
    """A name that must stay untranslated was translated or dropped.

    Flags a target sentence whose aligned source contains a name from the
    glossary's ``keep`` list when the sentence does not contain that name
    unchanged (it was translated, transliterated or lost).  Nothing is
    flagged without a configured list.

    Bad: ``laut Ukrainska Pravda`` -> ``according to Ukrainian Truth``
    Good: ``laut Ukrainska Pravda`` -> ``according to Ukrainska Pravda``
    """
    yield from _flags(
        doc, ((name, name) for name in doc.options.keep_names),
        "the name '{rendering}' must stay untranslated, but this sentence does not contain it",
        # A name is written with capitals; "le monde" in running text is not "Le Monde".
        term_any_case=False,
    )
