"""XLIFF 1.2, XLIFF 2.0 and TMX files, parsed with expat.

Inline codes are handled as a CAT tool shows them: paired tags that wrap
text (``<g>``, ``<pc>``, ``<mrk>``, ``<hi>``) keep their text; native-code
holders (``<bpt>``, ``<ept>``, ``<ph>``, ``<it>``, ``<ut>``) contribute
nothing, since what they hold is markup, not prose.  Elements are matched by
local name, so files with or without the standard namespaces read alike.
Entity expansion and network access are off (no XXE, no billion laughs):
a reference to an entity declared in a DTD is refused with a message, not
dropped.  Every piece of text keeps its offsets in the file, so findings
point at the file's own lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, NoReturn

from mtcheck.errors import InputError
from mtcheck.inputs import Item, Problem, base_language, unit_language
from mtcheck.inputs.units import Unit, UnitDocument
from mtcheck.options import Options
from mtcheck.text.document import bom_codec, decode_text, read_bytes
from mtcheck.text.filemap import Lines, Mapped

_CODE_CONTENT = frozenset({"bpt", "ept", "ph", "it", "ut"})
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DECLARED = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
# Deeper nesting than any CAT tool writes; the bound keeps recursion safe.
_MAX_DEPTH = 200


@dataclass
class Element:
    """An XML element with the text around its children, each piece knowing its place in the file."""

    tag: str  # Clark notation, as lxml writes it: {namespace}local
    attrib: dict[str, str]
    children: list[Element] = field(default_factory=list)
    text: list[Mapped] = field(default_factory=list)  # before the first child
    tail: list[Mapped] = field(default_factory=list)  # after this element, inside its parent

    def get(self, key: str) -> str | None:
        """An attribute's value."""
        return self.attrib.get(key)

    def __iter__(self) -> Iterator[Element]:
        return iter(self.children)


def _clark(name: str) -> str:
    """Expat's ``namespace}local`` as ``{namespace}local``."""
    return "{" + name if "}" in name else name


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _descendants(element: Element, name: str) -> list[Element]:
    """Descendants with local name ``name``, in document order."""
    found, stack = [], list(reversed(element.children))
    while stack:
        node = stack.pop()
        if _local(node.tag) == name:
            found.append(node)
        stack.extend(reversed(node.children))
    return found


def inline_text(element: Element) -> Mapped:
    """The text of a segment element, without the content of native-code holders."""
    parts = list(element.text)
    for child in element:
        if _local(child.tag) not in _CODE_CONTENT:
            parts.append(inline_text(child))
        parts.extend(child.tail)
    return Mapped.join(parts)


class _Builder:
    """Builds :class:`Element` trees from expat events, with file offsets for every text piece.

    Expat reports each event's byte offset; a text piece ends where the next
    event begins, so ``&amp;`` or a CRLF (one character from several) maps as
    a whole.  No DTD entity is expanded or fetched: a reference to one is
    refused (it would otherwise be dropped silently).
    """

    def __init__(self, path: str | Path, data: bytes) -> None:
        from xml.parsers import expat

        self.path, self.data = path, data
        self.root: Element | None = None
        self._stack: list[Element] = []
        self._pending: tuple[str, int, list[Mapped]] | None = None
        self._byte, self._char = 0, 0
        parser = self.parser = expat.ParserCreate(encoding="UTF-8", namespace_separator="}")
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._data
        parser.SkippedEntityHandler = self._entity
        # Its first argument is expat's context: namespace bindings, then the name after a form feed.
        parser.ExternalEntityRefHandler = lambda context, *_ids: self._entity(context.rsplit("\f", 1)[-1], False)
        # Handlers for everything else: a DefaultHandler also keeps expat
        # from expanding internal entities; comments and PIs are not text.
        parser.DefaultHandler = parser.CommentHandler = lambda _data: self._event()
        parser.ProcessingInstructionHandler = lambda _target, _data: self._event()

    def _offset(self) -> int:
        """The current event's offset in characters (events come in file order)."""
        byte = self.parser.CurrentByteIndex
        if byte > self._byte:
            self._char += len(self.data[self._byte:byte].decode("utf-8", "replace"))
            self._byte = byte
        return self._char

    def _event(self) -> int:
        """Close the pending text piece where this event begins; the event's offset."""
        offset = self._offset()
        if self._pending:
            text, start, into = self._pending
            into.append(Mapped.at(text, start, offset))
            self._pending = None
        return offset

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        self._event()
        if len(self._stack) >= _MAX_DEPTH:
            raise InputError(self.path, f"nests elements more than {_MAX_DEPTH} deep")
        element = Element(_clark(name), {_clark(k): v for k, v in attrs.items()})
        if self._stack:
            self._stack[-1].children.append(element)
        else:
            self.root = element
        self._stack.append(element)

    def _end(self, _name: str) -> None:
        self._event()
        self._stack.pop()

    def _data(self, text: str) -> None:
        offset = self._event()
        if self._stack:
            parent = self._stack[-1]
            self._pending = (text, offset, parent.children[-1].tail if parent.children else parent.text)

    def _entity(self, name: str, _parameter: bool) -> NoReturn:
        raise InputError(self.path, f"uses the entity &{name}; which mtcheck does not expand "
                                    "(only &amp; &lt; &gt; &quot; &apos; and character references are read)")


def parse_xml(path: str | Path, max_bytes: int | None = None) -> tuple[Element, str]:
    """The root element of an XML file and the file's decoded text; InputError when it is not well-formed."""
    from xml.parsers import expat

    data = read_bytes(path, max_bytes)
    declared = _DECLARED.match(data)
    text = decode_text(data, path, None if bom_codec(data) or not declared else declared.group(1).decode())
    builder = _Builder(path, text.encode("utf-8"))
    try:
        builder.parser.Parse(builder.data, True)
    except expat.ExpatError as exc:
        raise InputError(path, f"is not well-formed XML (line {exc.lineno}: "
                               f"{expat.errors.messages[exc.code]})") from None
    assert builder.root is not None  # expat refuses a document without one
    return builder.root, text


def _document(path: str | Path, name: str, units: list[Unit], problems: list[Problem], langs: tuple[str | None, str | None],
              options: Options, lines: Lines) -> Iterator[Item]:
    yield from problems
    if not units:
        return
    src = unit_language(options.source_lang, langs[0], " ".join(u.source for u in units), path)
    tgt = unit_language(options.target_lang, langs[1], " ".join(u.target for u in units), path)
    yield UnitDocument(name, units, src, tgt, lines)


def _unit(where: str, unit_id: str, source: Mapped, target: Mapped | None, problems: list[Problem]) -> Unit | None:
    """A unit, or None with a problem recorded when a side is missing or empty."""
    if not source.text.strip():
        return None
    if target is None or not target.text.strip():
        problems.append(Problem(f"{where}: unit {unit_id!r}", "has no target; skipped"))
        return None
    return Unit.mapped(unit_id, source, target)


def _xliff1_units(file_el: Element, where: str, problems: list[Problem]) -> list[Unit]:
    units = []
    for k, tu in enumerate(_descendants(file_el, "trans-unit"), 1):
        if tu.get("translate") == "no":
            continue
        source, target = _children(tu, "source"), _children(tu, "target")
        unit = _unit(where, tu.get("id") or str(k), inline_text(source[0]) if source else Mapped(""),
                     inline_text(target[0]) if target else None, problems)
        if unit:
            units.append(unit)
    return units


def _xliff2_units(file_el: Element, where: str, problems: list[Problem]) -> list[Unit]:
    """Units of an XLIFF 2 file; a unit's segments (and ignorables between them) are joined."""
    units = []
    for k, unit_el in enumerate(_descendants(file_el, "unit"), 1):
        if unit_el.get("translate") == "no":
            continue
        source: list[Mapped] = []
        target: list[Mapped] = []
        complete = True
        for part in unit_el:
            if _local(part.tag) not in ("segment", "ignorable"):
                continue
            src, tgt = _children(part, "source"), _children(part, "target")
            source.append(inline_text(src[0]) if src else Mapped(""))
            if tgt:
                target.append(inline_text(tgt[0]))
            elif _local(part.tag) == "ignorable":  # spacing between segments, usually untranslated
                target.append(source[-1])
            else:
                complete = False
        unit = _unit(where, unit_el.get("id") or str(k), Mapped.join(source),
                     Mapped.join(target) if complete else None, problems)
        if unit:
            units.append(unit)
    return units


def read_xliff(path: str | Path, options: Options) -> Iterator[Item]:
    """One document per ``<file>`` of an XLIFF 1.2 or 2.0 file."""
    root, text = parse_xml(path, options.max_bytes)
    lines = Lines(text)
    if _local(root.tag) != "xliff":
        raise InputError(path, f"is not an XLIFF file (its root element is <{_local(root.tag)}>)")
    version2 = (root.get("version") or "").startswith("2")
    files = _descendants(root, "file")
    if not files:
        raise InputError(path, "is an XLIFF file without any <file> element")
    items: list[Item] = []
    for index, file_el in enumerate(files, 1):
        name = str(path) if len(files) == 1 else f"{path}#{file_el.get('original') or file_el.get('id') or index}"
        problems: list[Problem] = []
        if version2:
            units, langs = _xliff2_units(file_el, name, problems), (root.get("srcLang"), root.get("trgLang"))
        else:
            units = _xliff1_units(file_el, name, problems)
            langs = (file_el.get("source-language"), file_el.get("target-language"))
        items.extend(_document(path, name, units, problems, langs, options, lines))
    return _nonempty(path, items)


def _tuv_lang(tuv: Element) -> str | None:
    lang = tuv.get(_XML_LANG) or tuv.get("lang")
    return base_language(lang) if lang else None


def _target_lang(tus: list[Element], source_lang: str | None, given: str | None) -> str | None:
    if given:
        return base_language(given)
    counts = Counter(
        lang for tu in tus for tuv in _children(tu, "tuv")
        if (lang := _tuv_lang(tuv)) and lang != source_lang
    )
    return counts.most_common(1)[0][0] if counts else None


def _segment(tu: Element, lang: str | None) -> Mapped | None:
    for tuv in _children(tu, "tuv"):
        if lang and _tuv_lang(tuv) == lang:
            seg = _children(tuv, "seg")
            return inline_text(seg[0]) if seg else None
    return None


def read_tmx(path: str | Path, options: Options) -> Iterator[Item]:
    """A TMX file as one document of translation units."""
    root, text = parse_xml(path, options.max_bytes)
    if _local(root.tag) != "tmx":
        raise InputError(path, f"is not a TMX file (its root element is <{_local(root.tag)}>)")
    header = _children(root, "header")
    declared = header[0].get("srclang") if header else None
    source_lang = options.source_lang or (declared if declared and declared != "*all*" else None)
    tus = _descendants(root, "tu")
    if source_lang is None and tus:
        first = _children(tus[0], "tuv")
        source_lang = _tuv_lang(first[0]) if first else None
    source_lang = base_language(source_lang) if source_lang else None
    target_lang = _target_lang(tus, source_lang, options.target_lang)
    problems: list[Problem] = []
    units = []
    for k, tu in enumerate(tus, 1):
        unit = _unit(str(path), tu.get("tuid") or str(k), _segment(tu, source_lang) or Mapped(""),
                     _segment(tu, target_lang), problems)
        if unit:
            units.append(unit)
    return _nonempty(path, list(_document(path, str(path), units, problems, (source_lang, target_lang), options,
                                          Lines(text))))


def _nonempty(path: str | Path, items: list[Item]) -> Iterator[Item]:
    """The items, or InputError when no unit at all can be checked."""
    if not any(isinstance(item, UnitDocument) for item in items):
        skipped = sum(isinstance(item, Problem) for item in items)
        raise InputError(path, f"has no translated units to check ({skipped} without a target)")
    return iter(items)
