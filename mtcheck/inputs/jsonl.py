"""JSONL of pairs, for pipelines: one ``{"id", "source", "target", "source_lang", "target_lang"}`` per line.

Each line is a whole document pair with its text inline (a sentence or an
article with blank-line separated paragraphs), aligned like two files.  A
line that is not valid JSON, or lacks a text, becomes a problem for that
line alone; the other lines are still checked.  Lines are read one at a
time, so a file of any size streams.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from mtcheck.text.document import Document
from mtcheck.errors import InputError
from mtcheck.inputs import Item, Problem, TextPair, unit_language
from mtcheck.options import Options


def pair_from_record(record: dict[str, Any], fallback_id: str, options: Options) -> TextPair:
    """A TextPair from one decoded JSON record; ValueError says what is wrong with it."""
    texts = [record.get(key) for key in ("source", "target")]
    for key, text in zip(("source", "target"), texts):
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"has no {key} text")
    name = str(record.get("id") or fallback_id)
    src = unit_language(options.source_lang, record.get("source_lang"), texts[0])
    tgt = unit_language(options.target_lang, record.get("target_lang"), texts[1])
    return TextPair(name, Document(texts[0], src, name), Document(texts[1], tgt, name))


def json_lines(path: str | Path) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """``(where, object, problem)`` for each non-blank line: the object, or why the line is not one."""
    try:
        handle = open(path, encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                yield where, None, f"is not valid JSON ({exc.msg}, column {exc.colno})"
                continue
            yield (where, item, None) if isinstance(item, dict) else (where, None, "is not a JSON object")


def read_jsonl(path: str | Path, options: Options) -> Iterator[Item]:
    """The pairs of a JSONL file, one per non-blank line, as they are read."""
    for where, item, problem in json_lines(path):
        if item is None:
            yield Problem(where, problem or "is not a JSON object")
            continue
        try:
            yield pair_from_record(item, where, options)
        except ValueError as exc:
            yield Problem(where, str(exc))
