"""Language tags: every language a user or a file gives becomes one primary subtag.

mtcheck's language data is keyed by the primary language subtag of a BCP 47
tag, so ``de-DE``, ``de_AT``, ``DE`` and ``deu`` all mean ``de``, and
``zh-Hant-TW`` means ``zh``; a POSIX locale name (``de_DE.UTF-8``,
``sr@latin``) counts as its language.  Tags are parsed with ``langcodes``, which also
maps deprecated and three-letter codes to their preferred form (``iw`` ->
``he``, ``ger`` -> ``de``).  Anything that is not a tag (a language *name*
such as ``english``, an unknown code such as ``zz``, ``und``) is refused with
a one-line error naming where it came from: guessing would silently select
the wrong language data.

The common tags (a two-letter language, alone or with a region: ``de``,
``de-DE``, ``pt_BR``, ``es-419``) are read from a table of langcodes' own
answers (``tags.json``), so most runs never import langcodes and its data
(about a tenth of a short run's time); any other tag is parsed by langcodes.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from mtcheck.errors import InputError

_PRIMARY = re.compile(r"[a-z]{2,3}")
_TABLE = Path(__file__).with_name("tags.json")
# A two-letter language subtag, alone or with a region subtag (two letters or three digits).
_SIMPLE = re.compile(r"([A-Za-z]{2})(?:[-_]([A-Za-z]{2}|[0-9]{3}))?")
# A POSIX locale's codeset and modifier (de_DE.UTF-8, sr@latin), as PO headers and $LANG write them.
_LOCALE_TAIL = re.compile(r"[.@].*$", re.S)
_LONGEST = 100  # far longer than any real tag; keeps hostile input out of the cache


@lru_cache(maxsize=1)
def _simple_tags() -> tuple[dict[str, str], frozenset[str]]:
    """The two-letter language subtags langcodes accepts, with their primary subtags, and its region subtags."""
    table = json.loads(_TABLE.read_text(encoding="utf-8"))
    return table["languages"], frozenset(table["regions"])


@lru_cache(maxsize=256)
def primary(tag: str) -> str | None:
    """The primary language subtag of a tag (``de-DE`` -> ``de``), or None when it is not a known tag."""
    if len(tag) > _LONGEST:
        return None
    bare = _LOCALE_TAIL.sub("", tag.strip())
    simple = _SIMPLE.fullmatch(bare)
    if simple:
        languages, regions = _simple_tags()
        region = simple.group(2)
        return None if region and region.upper() not in regions else languages.get(simple.group(1).lower())
    import langcodes

    try:
        language = langcodes.Language.get(bare, normalize=True)
    except (langcodes.LanguageTagError, ValueError):
        return None
    code = language.language or ""
    return code if _PRIMARY.fullmatch(code) and code != "und" and language.is_valid() else None


def normalise(tag: object, where: object = "language") -> str:
    """``primary(tag)``, or InputError naming ``where`` the tag came from (a flag, a file, a record)."""
    if not isinstance(tag, str):
        raise InputError(where, f"must be a language tag (a string such as 'en'), not {type(tag).__name__}")
    found = primary(tag)
    if found is None:
        shown = tag if len(tag) <= 40 else tag[:40] + "…"
        # repr() escapes control characters: the tag may come from a hostile file.
        raise InputError(where, f"{shown!r} is not a BCP 47 language tag (such as 'en', 'de' or 'pt-BR')")
    return found
