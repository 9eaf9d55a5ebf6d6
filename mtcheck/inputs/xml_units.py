"""XLIFF 1.2, XLIFF 2.0 and TMX files, parsed with lxml.

Inline codes are handled as a CAT tool shows them: paired tags that wrap
text (``<g>``, ``<pc>``, ``<mrk>``, ``<hi>``) keep their text; native-code
holders (``<bpt>``, ``<ept>``, ``<ph>``, ``<it>``, ``<ut>``) contribute
nothing, since what they hold is markup, not prose.  Elements are matched by
local name, so files with or without the standard namespaces read alike.
Entity expansion and network access are off (no XXE).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterator

from mtcheck.errors import InputError
from mtcheck.inputs import Item, Problem, base_language, unit_language
from mtcheck.inputs.units import Unit, UnitDocument
from mtcheck.options import Options

_CODE_CONTENT = frozenset({"bpt", "ept", "ph", "it", "ut"})
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element, name: str) -> list:
    return [child for child in element if _local(child.tag) == name]


def _descendants(element, name: str) -> list:
    return element.xpath(".//*[local-name()=$name]", name=name)


def inline_text(element) -> str:
    """The text of a segment element, without the content of native-code holders."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and _local(child.tag) not in _CODE_CONTENT:
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def parse_xml(path: str | Path):
    """The root element of an XML file; InputError when it is not well-formed."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    try:
        return etree.parse(str(path), parser).getroot()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc})") from None
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"is not well-formed XML (line {exc.lineno}: {exc.msg})") from None


def _document(path: str | Path, name: str, units: list[Unit], problems: list[Problem],
              langs: tuple[str | None, str | None], options: Options) -> Iterator[Item]:
    yield from problems
    if not units:
        return
    src = unit_language(options.source_lang, langs[0], " ".join(u.source for u in units))
    tgt = unit_language(options.target_lang, langs[1], " ".join(u.target for u in units))
    yield UnitDocument(name, units, src, tgt)


def _unit(where: str, unit_id: str, source: str, target: str | None, problems: list[Problem]) -> Unit | None:
    """A unit, or None with a problem recorded when a side is missing or empty."""
    if not source.strip():
        return None
    if target is None or not target.strip():
        problems.append(Problem(f"{where}: unit {unit_id!r}", "has no target; skipped"))
        return None
    return Unit(unit_id, source, target)


def _xliff1_units(file_el, where: str, problems: list[Problem]) -> list[Unit]:
    units = []
    for k, tu in enumerate(_descendants(file_el, "trans-unit"), 1):
        if tu.get("translate") == "no":
            continue
        source, target = _children(tu, "source"), _children(tu, "target")
        unit = _unit(where, tu.get("id") or str(k), inline_text(source[0]) if source else "",
                     inline_text(target[0]) if target else None, problems)
        if unit:
            units.append(unit)
    return units


def _xliff2_units(file_el, where: str, problems: list[Problem]) -> list[Unit]:
    """Units of an XLIFF 2 file; a unit's segments (and ignorables between them) are joined."""
    units = []
    for k, unit_el in enumerate(_descendants(file_el, "unit"), 1):
        if unit_el.get("translate") == "no":
            continue
        source, target, complete = [], [], True
        for part in unit_el:
            if _local(part.tag) not in ("segment", "ignorable"):
                continue
            src, tgt = _children(part, "source"), _children(part, "target")
            source.append(inline_text(src[0]) if src else "")
            if tgt:
                target.append(inline_text(tgt[0]))
            elif _local(part.tag) == "ignorable":  # spacing between segments, usually untranslated
                target.append(source[-1])
            else:
                complete = False
        unit = _unit(where, unit_el.get("id") or str(k), "".join(source),
                     "".join(target) if complete else None, problems)
        if unit:
            units.append(unit)
    return units


def read_xliff(path: str | Path, options: Options) -> Iterator[Item]:
    """One document per ``<file>`` of an XLIFF 1.2 or 2.0 file."""
    root = parse_xml(path)
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
        items.extend(_document(path, name, units, problems, langs, options))
    return _nonempty(path, items)


def _tuv_lang(tuv) -> str | None:
    lang = tuv.get(_XML_LANG) or tuv.get("lang")
    return base_language(lang) if lang else None


def _target_lang(tus: list, source_lang: str | None, given: str | None) -> str | None:
    if given:
        return base_language(given)
    counts = Counter(
        lang for tu in tus for tuv in _children(tu, "tuv")
        if (lang := _tuv_lang(tuv)) and lang != source_lang
    )
    return counts.most_common(1)[0][0] if counts else None


def _segment(tu, lang: str | None) -> str | None:
    for tuv in _children(tu, "tuv"):
        if lang and _tuv_lang(tuv) == lang:
            seg = _children(tuv, "seg")
            return inline_text(seg[0]) if seg else None
    return None


def read_tmx(path: str | Path, options: Options) -> Iterator[Item]:
    """A TMX file as one document of translation units."""
    root = parse_xml(path)
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
        unit = _unit(str(path), tu.get("tuid") or str(k), _segment(tu, source_lang) or "",
                     _segment(tu, target_lang), problems)
        if unit:
            units.append(unit)
    return _nonempty(path, list(_document(path, str(path), units, problems, (source_lang, target_lang), options)))


def _nonempty(path: str | Path, items: list[Item]) -> Iterator[Item]:
    """The items, or InputError when no unit at all can be checked."""
    if not any(isinstance(item, UnitDocument) for item in items):
        skipped = sum(isinstance(item, Problem) for item in items)
        raise InputError(path, f"has no translated units to check ({skipped} without a target)")
    return iter(items)
