"""Page-furniture vocabularies: the words of web-page chrome, per language.

Scraped articles carry the page around them: breadcrumbs ("Startseite
Politik"), date lines, bylines, share and print buttons, "read also" links,
photo credits.  These small lists of general navigation words let checks
recognise such lines in the source, in the translation, or left untranslated.
The words live in the language packs (``furniture.*`` keys of
``mtcheck/lang/packs/<code>.json``).  Entries are matched after :func:`fold`
(lower case, accents removed), so a scraped "Drücken" for "Drucken" or a
"Teilen" left in an English page match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from typing import Iterable

from mtcheck.lang.packs import pack
from mtcheck.text.scripts import without_marks


@dataclass(frozen=True)
class FurnitureWords:
    """One language's furniture vocabulary, folded; phrases are space-separated."""

    sections: frozenset[str]
    actions: frozenset[str]
    dates: frozenset[str]
    prompts: frozenset[str]
    bylines: frozenset[str]
    captions: frozenset[str]
    appeals: frozenset[str]
    reader: frozenset[str]

    def __or__(self, other: "FurnitureWords") -> "FurnitureWords":
        return FurnitureWords(*(getattr(self, f.name) | getattr(other, f.name) for f in fields(self)))

    @cached_property
    def terms(self) -> frozenset[str]:
        """Every word or phrase that marks a line as page chrome (made once: every paragraph asks)."""
        return self.sections | self.actions | self.dates | self.prompts


# Photo agencies and picture desks, named the same in every language.
AGENCIES = pack("mul").words("furniture.agencies")


_TOKEN = re.compile(r"\d+(?:[-./:h]\d+)*(?:st|nd|rd|th|er|e)?|[^\W\d_]+(?:['.][^\W\d_]+)*")


def tokens(text: str) -> list[str]:
    """Folded word and number tokens; hyphenated words split (``Wirtschafts-Newsletter``)."""
    return _TOKEN.findall(fold(text))


def _phrases(entries: Iterable[str]) -> frozenset[str]:
    """Entries as space-joined folded tokens, the form lines are matched in."""
    return frozenset(" ".join(tokens(entry)) for entry in entries)


@lru_cache(maxsize=50_000)
def fold(text: str) -> str:
    """Lower case without accents: ``Drücken`` -> ``drucken``, ``Publié`` -> ``publie``."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    if decomposed.isascii():  # no combining mark to drop
        return decomposed
    return without_marks(decomposed)


@lru_cache(maxsize=16)
def furniture_words(*langs: str) -> FurnitureWords:
    """The union of the furniture vocabularies of ``langs`` (unknown languages add nothing)."""
    merged = FurnitureWords(*(frozenset() for _ in fields(FurnitureWords)))
    for lang in langs:
        words = pack(lang)
        merged = merged | FurnitureWords(**{f.name: _phrases(words.items(f"furniture.{f.name}"))
                                            for f in fields(FurnitureWords)})
    return merged
