"""Reading what users actually have: HTML pages, Markdown, plain text and bilingual files.

Every reader turns a file into things to check:

- a :class:`TextPair` (two monolingual documents, aligned by Gale-Church),
- a :class:`~mtcheck.inputs.units.UnitDocument` (pre-aligned units from a CAT tool
  or localisation file, aligned by construction),
- or a :class:`Problem` (one unit or line that could not be used, reported and skipped).

Whole-file problems (broken XML, HTML without article text) raise
:class:`~mtcheck.errors.InputError`, which the run reports for that file.
Readers only read: checking is the run layer's work (:mod:`mtcheck.run.api`).
The format comes from the file extension unless ``--input-format`` names it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, NamedTuple, Union

from mtcheck.align.context import AlignedDocument
from mtcheck.text.document import Document, language_from_name, read_bytes, read_text, shown_name
from mtcheck.text.filemap import FileMap, Mapped
from mtcheck.errors import InputError
from mtcheck.inputs.formats import BILINGUAL, EXTENSIONS, FORMATS, MONOLINGUAL
from mtcheck.lang.packs import identifiable
from mtcheck.options import Options

if TYPE_CHECKING:  # the units module is imported only by the bilingual readers: most runs read none
    from mtcheck.inputs.units import UnitDocument


class Block(NamedTuple):
    """Where a paragraph of extracted text came from: its range, element and source line."""

    start: int
    end: int
    origin: str
    line: int | None = None


class Extracted(NamedTuple):
    """Text as a reader sees it, one paragraph per block, blank-line separated."""

    text: str
    blocks: tuple[Block, ...]
    lang: str | None = None
    file_map: FileMap | None = None  # None: the text is the file's own


class Problem(NamedTuple):
    """A unit or line that could not be checked, and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class TextPair(NamedTuple):
    """Two monolingual documents to be aligned sentence by sentence, and what seeds their extras."""

    id: str
    source: Document
    target: Document
    extras: dict[str, Any]



Item = Union[TextPair, "UnitDocument", Problem]


def detect_format(path: str | Path, given: str | None = None) -> str:
    """The explicit format, else the one its extension names, else plain text."""
    if given:
        if given not in FORMATS:
            raise InputError(path, f"unknown input format {given!r} (choose from {', '.join(FORMATS)})")
        return given
    return EXTENSIONS.get(Path(path).suffix.lower(), "text")


def base_language(code: str) -> str:
    """``de-DE`` -> ``de``, ``zh_Hans`` -> ``zh`` for matching; a non-tag stays as it is, lower-cased."""
    from mtcheck.text.langtag import primary

    return primary(code) or code.strip().lower()


def unit_language(given: str | None, declared: str | None, text: str, where: object = "language") -> str:
    """A bilingual file's language: the user's choice, else the file's declaration, else identified.

    Unlike monolingual files, the ``name.xx.ext`` suffix is not consulted: in
    ``messages.de.po`` it names the target, not the source.  A declaration
    that is not a language tag is an InputError naming ``where`` (the file).
    """
    from mtcheck.text.langtag import normalise

    chosen = given or declared
    return normalise(chosen, where) if chosen else _identified(text)


def document_language(given: str | None, path: str, text: str) -> str:
    """A monolingual file's language: the user's choice (normalised: ``de-DE`` -> ``de``), else the
    ``name.xx.ext`` suffix, else identified."""
    from mtcheck.text.langtag import normalise

    if given:
        return normalise(given, path)
    return language_from_name(path) or _identified(text)


def _identified(text: str) -> str:
    """The language of ``text``, among those whose packs ask for it (py3langid: only texts that name none load it)."""
    from mtcheck.text.langid import identify

    return identify(text, identifiable())


def join_blocks(pieces: list[tuple[str | Mapped, str, int | None]], lang: str | None = None,
                file_text: str | None = None, missing: str = "") -> Extracted:
    """Join (text, origin, line) pieces into one blank-line separated text with block offsets.

    With ``file_text``, the pieces' runs map the text into that file;
    ``missing`` says why a span has no place in it.
    """
    parts: list[str | Mapped] = []
    blocks: list[Block] = []
    cursor = 0
    for text, origin, line in pieces:
        if parts:
            cursor += 2
        parts.append(text)
        length = len(text if isinstance(text, str) else text.text)
        blocks.append(Block(cursor, cursor + length, origin, line))
        cursor += length
    joined = Mapped.join(parts, "\n\n")
    file_map = None if file_text is None else FileMap.of(joined, file_text, missing)
    return Extracted(joined.text, tuple(blocks), lang, file_map)


def extract(path: str | Path, fmt: str, max_bytes: int | None = None) -> Extracted:
    """Read a monolingual file (``-``: standard input) as the text a reader sees."""
    if fmt == "html":
        from mtcheck.inputs.html import extract_html

        return extract_html(read_bytes(path, max_bytes), shown_name(path))
    text = read_text(path, max_bytes)
    if fmt == "markdown":
        from mtcheck.inputs.markdown import extract_markdown

        return extract_markdown(text, shown_name(path))
    return Extracted(text, ())


def read_document(path: str | Path, fmt: str, lang: str | None,
                  max_bytes: int | None = None) -> tuple[Document, tuple[Block, ...]]:
    """A monolingual file as a Document (language resolved, offsets mapped to the file) and its blocks."""
    extracted = extract(path, fmt, max_bytes)
    resolved = document_language(lang or extracted.lang, shown_name(path), extracted.text)
    return Document(extracted.text, resolved, shown_name(path), file_map=extracted.file_map), extracted.blocks


def read_pair(source: str | Path, target: str | Path, options: Options,
              input_format: str | None = None) -> TextPair:
    """Two monolingual files (any of text, Markdown, HTML) as a TextPair."""
    formats = [detect_format(p, input_format) for p in (source, target)]
    for path, fmt in zip((source, target), formats):
        if fmt in BILINGUAL:
            raise InputError(path, f"is a bilingual {fmt} file; check it on its own, without a second file")
    src, src_blocks = read_document(source, formats[0], options.source_lang, options.max_bytes)
    tgt, tgt_blocks = read_document(target, formats[1], options.target_lang, options.max_bytes)
    extras = {"blocks": {"source": src_blocks, "target": tgt_blocks}} if src_blocks or tgt_blocks else {}
    return TextPair(f"{source} -> {target}", src, tgt, extras)


def read_bilingual(path: str | Path, options: Options, input_format: str | None = None) -> Iterator[Item]:
    """The documents (and per-unit problems) of one bilingual file."""
    fmt = detect_format(path, input_format)
    if fmt in MONOLINGUAL:
        raise InputError(path, f"is a {fmt} file; give its translation as a second file")
    if fmt == "jsonl":
        from mtcheck.inputs.jsonl import read_jsonl

        return read_jsonl(path, options)
    if fmt == "po":
        from mtcheck.inputs.po import read_po

        return read_po(path, options)
    from mtcheck.inputs.xml_units import read_tmx, read_xliff

    return (read_xliff if fmt == "xliff" else read_tmx)(path, options)


def origin_of(aligned: AlignedDocument, offset: int) -> dict[str, Any]:
    """Where a target offset came from: its unit, or its block's element and source line."""
    from mtcheck.inputs.units import unit_at

    unit = unit_at(aligned, offset)
    if unit is not None:
        return {"unit": unit}
    for block in aligned.extras.get("blocks", {}).get("target", ()):
        if block.start <= offset <= block.end:
            return {"element": block.origin, **({"line": block.line} if block.line else {})}
    return {}
