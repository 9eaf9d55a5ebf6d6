"""Records of a manifest or of a JSONL file of pairs, checked field by field before use.

JSON lets any field hold any type, so each record is validated here before
anything uses it: ``"target_lang": ["en"]`` or ``"source_lang": 5`` is a
one-line :class:`~mtcheck.errors.InputError` for that record, naming the
file, line and field, and the run path reports it in the record's place
while the other records are still checked.  Languages are normalised
(``de-DE`` -> ``de``).  Lone surrogates, which JSON's ``"\\ud800"`` escapes
can produce and no UTF-8 output can hold, become U+FFFD in texts and ids;
a path holding one, or a NUL, is refused.  Fields other than these are ignored, so
pipelines may carry their own metadata.
"""

from __future__ import annotations

from dataclasses import dataclass

from mtcheck.errors import InputError
from mtcheck.text.controls import replace_surrogates
from mtcheck.text.langtag import normalise


@dataclass(frozen=True)
class Record:
    """A validated record: two paths (manifest) or two texts (JSONL of pairs), an id and languages."""

    source: str
    target: str | None = None
    id: str | None = None
    source_lang: str | None = None
    target_lang: str | None = None


def _type(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _language(item: dict, key: str, where: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    try:
        return normalise(value, where)
    except InputError as exc:
        raise InputError(where, f"'{key}': {exc.problem}") from None


def _id(item: dict, where: str) -> str | None:
    value = item.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError(where, f"'id' must be a string or a number, not {_type(value)}")
    return replace_surrogates(str(value))


def record_id(item: object, where: str) -> str:
    """A record's id for naming it before it is checked: its own when usable, else ``where`` (file:line)."""
    try:
        return _id(item, where) or where if isinstance(item, dict) else where
    except InputError:
        return where


def _object(item: object, where: str) -> dict:
    if not isinstance(item, dict):
        raise InputError(where, f"is not a JSON object (it is a JSON {_type(item)})")
    return item


def _path(item: dict, key: str, where: str, required: bool) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InputError(where, f"needs a string field '{key}'" if value is None
                         else f"'{key}' must be a path (a non-empty string), not {_type(value)}")
    if "\x00" in value or replace_surrogates(value) != value:
        raise InputError(where, f"'{key}' is not a usable path (it holds a NUL character or a lone surrogate)")
    return value


def manifest_record(item: object, where: str) -> Record:
    """A manifest line: ``source`` path required; ``target`` (absent: a bilingual file), ``id``, languages."""
    item = _object(item, where)
    return Record(_path(item, "source", where, True), _path(item, "target", where, False), _id(item, where),
                  _language(item, "source_lang", where), _language(item, "target_lang", where))


def pair_record(item: object, where: str) -> Record:
    """A JSONL line of one pair: ``source`` and ``target`` texts required (not blank); ``id``, languages."""
    item = _object(item, where)
    texts = []
    for key in ("source", "target"):
        value = item.get(key)
        if not isinstance(value, str):
            raise InputError(where, f"has no {key} text" if value is None
                             else f"'{key}' must be a text (a string), not {_type(value)}")
        if not value.strip():
            raise InputError(where, f"has no {key} text")
        texts.append(replace_surrogates(value))
    return Record(texts[0], texts[1], _id(item, where),
                  _language(item, "source_lang", where), _language(item, "target_lang", where))
