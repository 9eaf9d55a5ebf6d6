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
from functools import lru_cache
from typing import Iterable, NamedTuple

from mtcheck.lang.packs import pack
from mtcheck.text.scripts import without_marks


class FurnitureWords(NamedTuple):
    """One language's furniture vocabulary, folded; phrases are space-separated.

    ``terms`` is every word or phrase that marks a line as page chrome, the first four lists together
    (made once by :meth:`of`: every paragraph asks).
    """

    sections: frozenset[str]
    actions: frozenset[str]
    dates: frozenset[str]
    prompts: frozenset[str]
    bylines: frozenset[str]
    captions: frozenset[str]
    credits: frozenset[str]  # what a credit gives in place of a photographer: handout, archive, press office
    appeals: frozenset[str]
    reader: frozenset[str]
    terms: frozenset[str]

    @classmethod
    def of(cls, *lists: frozenset[str]) -> "FurnitureWords":
        """The vocabulary of the nine lists, in the order of the fields, with their terms."""
        sections, actions, dates, prompts = lists[:4]
        return cls(*lists, sections | actions | dates | prompts)

    def __or__(self, other: "FurnitureWords") -> "FurnitureWords":
        return FurnitureWords.of(*(getattr(self, name) | getattr(other, name) for name in _LISTS))


_LISTS = FurnitureWords._fields[:-1]  # the pack's furniture lists: every field but the terms they make


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
    merged = FurnitureWords.of(*(frozenset() for _ in _LISTS))
    for lang in langs:
        words = pack(lang)
        merged = merged | FurnitureWords.of(*(_phrases(words.items(f"furniture.{name}")) for name in _LISTS))
    return merged
