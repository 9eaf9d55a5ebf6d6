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

from mtcheck.errors import InputError
from mtcheck.text.document import Document, read_lines
from mtcheck.text.filemap import FileMap
from mtcheck.inputs import Item, Problem, TextPair, unit_language
from mtcheck.inputs.records import pair_record
from mtcheck.options import Options

# A record's texts are JSON strings: offsets count in the decoded string, not in the file.
INLINE = FileMap.none("the text is a JSON string of a record; offsets count in that string")


def pair_from_record(record: dict[str, Any], fallback_id: str, options: Options) -> TextPair:
    """A TextPair from one decoded JSON record; InputError (naming ``fallback_id``) says what is wrong."""
    valid = pair_record(record, fallback_id)
    name = valid.id or fallback_id
    src = unit_language(options.source_lang, valid.source_lang, valid.source, fallback_id)
    tgt = unit_language(options.target_lang, valid.target_lang, valid.target or "", fallback_id)
    return TextPair(name, Document(valid.source, src, name, file_map=INLINE),
                    Document(valid.target or "", tgt, name, file_map=INLINE), {})


def json_lines(path: str | Path, max_record_bytes: int | None = None,
               max_records: int | None = None) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """``(where, object, problem)`` for each non-blank line: the object, or why the line is not one.

    Lines are read within the record limits (InputError past them); a BOM before the first is dropped.
    """
    for number, line in read_lines(path, max_record_bytes, max_records):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, None, f"is not valid JSON ({exc.msg}, column {exc.colno})"
            continue
        except RecursionError:
            yield where, None, "is not valid JSON here (nested too deeply)"
            continue
        yield (where, item, None) if isinstance(item, dict) else (where, None, "is not a JSON object")


def read_jsonl(path: str | Path, options: Options) -> Iterator[Item]:
    """The pairs of a JSONL file, one per non-blank line, as they are read."""
    for where, item, problem in json_lines(path, options.max_record_bytes, options.max_records):
        if item is None:
            yield Problem(where, problem or "is not a JSON object")
            continue
        try:
            yield pair_from_record(item, where, options)
        except InputError as exc:
            yield Problem(str(exc.path), exc.problem)
