"""A finding's evidence put into words for people: a list of (label, text) lines.

Checks record evidence as data (``{"source": "320", "target": "200"}``,
Zipf frequencies, word lists); the review page shows it through
:func:`describe`, which knows the keys the checks use and reads any other key
as a plain "Key: value" line, so a new check's evidence is readable before it
gets a presentation of its own.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

Line = tuple[str, str]
# Keys read together, as source → target: (source key, target key, label).
_COMPARED = (
    ("source", "target", "Number, source → translation"),
    ("zipf_source", "zipf_target", "Frequency in the source language → the target language"),
    ("source_quoted", "target_quoted", "Words quoted, source → translation"),
    ("source_sentences", "target_sentences", "Sentences, source → translation"),
    ("term", "required", "Glossary term → required rendering"),
)
_ALONE = {"source": "Number in the source", "target": "Number in the translation"}


def per_million(zipf: Any) -> str:
    """A Zipf frequency (log10 of occurrences per billion words) as "x per million words"."""
    if not isinstance(zipf, (int, float)) or zipf <= 0:
        return "not in the word list"
    value = 10 ** (zipf - 3)
    if value >= 10:
        return f"{value:,.0f} per million words"
    return f"{value:.2g} per million words"


def _label(key: str) -> str:
    known = _KEYS.get(key)
    return known[0] if known else key.replace("_", " ").capitalize()


def _plain(value: Any) -> str:
    """Any JSON value as readable text: yes/no, lists joined, mappings as "key: value"."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "none"
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{_label(str(k)).lower()}: {_plain(v)}" for k, v in value.items())
    return str(value)


def _frequencies(value: Any) -> str:
    if not isinstance(value, Mapping):
        return _plain(value)
    return " · ".join(f"{word}: {per_million(z)}" for word, z in value.items())


def _quoted(value: Any) -> str:
    """``[quoted, words]`` as "quoted of words"."""
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return f"{value[0]} of {value[1]}"
    return _plain(value)


def _times(value: Any) -> str:
    return f"{value} ×" if isinstance(value, (int, float)) else _plain(value)


def _signal(value: Any) -> str:
    """One round-trip signal (a dict of chrF and length figures) in a line."""
    if not isinstance(value, Mapping):
        return _plain(value)
    parts = [f"'{value['back_translation']}'"] if "back_translation" in value else []
    parts += [f"{k.replace('chrf', 'chrF').replace('_', ' ')} {_plain(v)}" for k, v in value.items()
              if k != "back_translation"]
    return ", ".join(parts)


# key: (label, how its value reads)
_KEYS: dict[str, tuple[str, Callable[[Any], str]]] = {
    "parts": ("Parts of the glued word", lambda v: " + ".join(map(str, v)) if isinstance(v, list) else _plain(v)),
    "zipf": ("Word frequencies", _frequencies),
    "zipf_source": ("Frequency in the source language", per_million),
    "zipf_target": ("Frequency in the target language", per_million),
    "source_quoted": ("Words quoted in the source", _quoted),
    "target_quoted": ("Words quoted in the translation", _quoted),
    "back_translation": ("Back-translation", _plain),
    "chrf": ("chrF of the back-translation against the source", _plain),
    "chrf_z": ("chrF, in spreads from the article's median", _plain),
    "document_median_chrf": ("The article's median chrF", _plain),
    "length_ratio": ("Back-translation length ÷ source length", _plain),
    "length_z": ("Length ratio, in spreads from the article's median", _plain),
    "length_factor": ("Length ratio against the article's norm", _times),
    "round_trip": ("Round trip", lambda v: " | ".join(map(_signal, v)) if isinstance(v, list) else _signal(v)),
    "missing": ("Source words missing from the back-translation", _plain),
    "added": ("Back-translation words not in the source", _plain),
    "terms": ("Words that show it", _plain),
    "claims": ("Attribution words", _plain),
    "content_words": ("Content words (stems)", _plain),
    "repeated_below": ("Repeated in the paragraphs below (stems)", _plain),
    "shared_with_neighbours": ("Shared with the paragraphs around it (stems)", _plain),
    "found_in": ("Found in", _plain),
    "term": ("Glossary term", _plain),
    "required": ("Required rendering", _plain),
    "source_marker": ("Attribution in the source", _plain),
    "usual": ("Usual rendering in this article", _plain),
    "usual_at": ("Usual rendering at character", _plain),
    "offset": ("At character", _plain),
    "pair": ("Quotation marks", _plain),
    "carried_from_source": ("Carried over from the source", _plain),
    "within_sentence": ("Moved within the sentence", _plain),
    "break_after": ("Broken after", _plain),
    "source_lang": ("Source language", _plain),
}


def _read(key: str, value: Any) -> str:
    known = _KEYS.get(key)
    return known[1](value) if known else _plain(value)


def describe(evidence: Mapping[str, Any]) -> list[Line]:
    """The evidence as (label, text) lines: compared values as "source → target", the rest one key a line."""
    lines: list[Line] = []
    done: set[str] = set()
    for src, tgt, label in _COMPARED:
        if src in evidence and tgt in evidence:
            lines.append((label, f"{_read(src, evidence[src])} → {_read(tgt, evidence[tgt])}"))
            done |= {src, tgt}
    for key, value in evidence.items():
        if key in done:
            continue
        label = _ALONE.get(key) or _label(key)
        lines.append((label, _read(key, value)))
    return lines
