"""Precomputed back-translations: round trip with no model, from a file the user made elsewhere.

The file holds the target back-translated into the source language, either
paragraph-parallel (one block per target paragraph, blank lines between, or
one line per paragraph) or sentence-parallel (one line per target
sentence).  Paragraphs are split into sentences and aligned with the
target's sentences, so the round-trip checks see one back-translation per
target sentence whichever form the file has.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from mtcheck.align.aligner import align_segments
from mtcheck.text.document import Document, Segment, language_from_name, read_text
from mtcheck.errors import InputError


def back_translation_path(template: str, target: Document, source_lang: str) -> Path:
    """The file for one target: ``template`` with ``{dir}``, ``{name}``, ``{source_lang}``, ``{target_lang}``.

    ``{name}`` is the target's file name without its ``.xx.ext`` suffix, so
    ``'{dir}/{name}.bt.{source_lang}.txt'`` finds ``belgorod.bt.de.txt`` beside ``belgorod.en.txt``.
    """
    path = Path(target.path)
    name = path.name.split(".")[0] if language_from_name(path) else path.stem
    return Path(template.format(dir=path.parent, name=name, source_lang=source_lang, target_lang=target.lang))


def _sentence_table(target: Sequence[Segment], back: Sequence[Segment]) -> dict[str, str]:
    """Back-translations of target sentences, aligned by length within one paragraph."""
    if len(target) == len(back):
        return {t.text: b.text for t, b in zip(target, back)}
    ratio = sum(len(b.text) for b in back) / max(1, sum(len(t.text) for t in target))
    table: dict[str, str] = {}
    for link in align_segments(target, back, ratio):
        for k, i in enumerate(link.source):
            # A target sentence merged with its neighbour in the back-translation
            # carries the whole back-translation; the pair sees their join.
            table[target[i].text] = " ".join(back[j].text for j in link.target) if k == 0 else ""
    return table


def read_back_translation(path: str | Path, target: Document, source_lang: str) -> PrecomputedTranslator:
    """A translator answering with the back-translations in ``path`` for ``target``'s sentences."""
    return back_translation(Document(read_text(path), source_lang, str(path)), target)


def back_translation(back: Document, target: Document) -> PrecomputedTranslator:
    """A translator answering with ``back`` (the target back-translated) for ``target``'s sentences."""
    path = back.path
    table: dict[str, str] = {}
    if len(back.paragraphs) == len(target.sentences):
        table = {t.text: b.text for t, b in zip(target.sentences, back.paragraphs)}
    elif len(back.paragraphs) == len(target.paragraphs):
        for para in target.paragraphs:
            table.update(_sentence_table(target.sentences_of(para.index), back.sentences_of(para.index)))
    else:
        raise InputError(path, f"has {len(back.paragraphs)} paragraphs; a back-translation needs one per target "
                         f"paragraph ({len(target.paragraphs)}) or one line per target sentence "
                         f"({len(target.sentences)})")
    return PrecomputedTranslator(table, target.lang, back.lang, path)


class PrecomputedTranslator:
    """Looks target sentences up in a back-translation read from a file."""

    def __init__(self, table: dict[str, str], target_lang: str, source_lang: str, path: str) -> None:
        self.table = table
        self.direction = (target_lang, source_lang)
        self.path = path

    def __str__(self) -> str:
        return f"back-translation file({self.path})"

    def can_translate(self, source_lang: str, target_lang: str) -> bool:
        """Only target -> source, the direction of the file."""
        return (source_lang, target_lang) == self.direction

    def identity(self, source_lang: str, target_lang: str) -> str:
        """The file's path (never cached: reading it is cheap)."""
        return f"file:{self.path}"

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str]:
        """The file's back-translation of each text; InputError for a text it does not cover."""
        if not self.can_translate(source_lang, target_lang):
            raise InputError(self.path, f"is a {'-'.join(self.direction)} back-translation, "
                             f"not {source_lang}-{target_lang}")
        missing = [t for t in texts if t not in self.table]
        if missing:
            raise InputError(self.path, f"has no back-translation of {missing[0][:60]!r}")
        return [self.table[t] for t in texts]
