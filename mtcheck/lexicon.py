"""Word frequencies of many languages, from the wordfreq package.

wordfreq ships Zipf-scale frequencies (log10 per billion words) for 40+
languages, built from several corpora; loading one list costs a few hundred
milliseconds, so lists are loaded lazily and once.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (0.0 when unknown or unsupported)."""
    import wordfreq

    try:
        return wordfreq.zipf_frequency(word, lang, wordlist="best")
    except LookupError:
        return 0.0


def is_common(word: str, lang: str, threshold: float = 3.0) -> bool:
    """True when ``word`` is at least as frequent as ``threshold`` on the Zipf scale."""
    return zipf(word, lang) >= threshold
