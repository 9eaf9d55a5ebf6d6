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
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtcheck.errors import InputError

_PRIMARY = re.compile(r"[a-z]{2,3}")
# A POSIX locale's codeset and modifier (de_DE.UTF-8, sr@latin), as PO headers and $LANG write them.
_LOCALE_TAIL = re.compile(r"[.@].*$", re.S)
_LONGEST = 100  # far longer than any real tag; keeps hostile input out of the cache


@lru_cache(maxsize=256)
def primary(tag: str) -> str | None:
    """The primary language subtag of a tag (``de-DE`` -> ``de``), or None when it is not a known tag."""
    import langcodes

    if len(tag) > _LONGEST:
        return None
    try:
        language = langcodes.Language.get(_LOCALE_TAIL.sub("", tag.strip()), normalize=True)
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
