"""MT314 name-inconsistent: one source name rendered in different ways within one article."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import chain
from os.path import commonprefix
from typing import Iterable, Iterator

from rapidfuzz import fuzz

from mtcheck.checks.names.variants import Variant, dropped_first_names, kept_once, respellings, variants
from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument
from mtcheck.lang.entities import skeleton
from mtcheck.findings import Flag, Severity
from mtcheck.lang.packs import pack
from mtcheck.checks.names.missing import STEM_MIN
from mtcheck.checks.names.renderings import Rendering, multiword_renderings, run_text, spellings


# Renderings of one name that share less than this are different names, not variants.
_VARIANT_SIMILARITY = 60


# A spelling variant and a dropped first name: how the translation's other rendering is named.
_VARIANT_MESSAGES = (
    (respellings, "{token!r} spells the name the translation writes {usual!r} elsewhere (the source's {source!r})"),
    (dropped_first_names, "{token!r} drops the first name {source!r} that the source gives here and the "
                          "translation writes elsewhere ({usual!r})"),
)


@check("MT314", "name-inconsistent", Severity.MINOR)
def name_inconsistent(doc: AlignedDocument) -> Iterator[Flag]:
    """One source name is rendered in different ways within one article.

    Flags a rendering of a name that differs from its usual rendering (the
    most frequent, else the first), when both render the same source name:
    a multiword name translated two ways, or a name spelled two ways.
    Inflection, possessives, quotation marks and word order ("Zoo
    Lindenau", "Lindenau Zoo") are folded away; different
    names with similar words stay apart because they are linked through
    their source names.

    Bad: ``the “Legion Freedom of Russia” ... said the Legion of Freedom of Russia``
    Good: ``the “Legion Freedom of Russia” ... said the Legion Freedom of Russia``
    """
    odd: dict[tuple[int, int], Variant | None] = {}  # spans flagged so far
    for variant in variants(doc):
        odd.setdefault((variant.token.start, variant.token.end), variant)
    flagged = _Spans(odd)
    for (start, end), variant in odd.items():
        yield Flag(
            start, end,
            f"{variant.token.text!r} renders the source's {variant.source.text!r}, which the translation "
            f"writes {variant.usual!r} elsewhere",
            source=(variant.source.start, variant.source.end),
            evidence={"usual": variant.usual},
            severity=Severity.MAJOR,
        )
    for found, message in _VARIANT_MESSAGES:
        for variant in found(doc):
            span = (variant.token.start, variant.token.end)
            if span in odd:
                continue
            odd[span] = variant
            flagged.add(span)
            yield Flag(*span, message.format(token=variant.token.text, usual=variant.usual,
                                             source=variant.source.text),
                       source=(variant.source.start, variant.source.end), evidence={"usual": variant.usual})
    for run, words in kept_once(doc):
        span = (words[0].start, words[-1].end)
        if not flagged.overlaps(span):
            odd[span] = None
            flagged.add(span)
            name = run_text(run, doc.source.text)
            yield Flag(
                *span,
                f"{name!r} is copied here but translated in the other sentences that name it",
                source=(run[0].start, run[-1].end),
                evidence={"name": name},
            )
    uninflected = pack(doc.target.lang).flag("names.uninflected")
    groups: dict[tuple[str, ...], list[Rendering]] = {}
    for i in range(len(doc.pairs)):
        for rendering in chain(multiword_renderings(doc, i), spellings(doc, i)):
            groups.setdefault(rendering.key, []).append(rendering)
    for renderings in groups.values():
        usual_normal = Counter(r.normal for r in renderings).most_common(1)[0][0]
        usual = next(r for r in renderings if r.normal == usual_normal)
        for rendering in renderings:
            if flagged.overlaps(rendering.target):
                continue  # flagged already, as a misspelling or within a longer rendering
            if rendering.normal == usual.normal or rendering.normal.rstrip("s") == usual.normal.rstrip("s"):
                continue
            if sorted(rendering.normal.split()) == sorted(usual.normal.split()):
                continue  # the same words in the other order: "Zoo Lindenau", "Lindenau Zoo"
            if fuzz.token_set_ratio(usual.normal, rendering.normal) < _VARIANT_SIMILARITY:
                continue
            if _with_context(usual.normal, rendering.normal) or (
                    not uninflected and _inflected(usual.normal, rendering.normal)):
                continue
            odd[rendering.target] = None
            flagged.add(rendering.target)
            yield Flag(
                *rendering.target,
                f"{rendering.text!r} renders the same source name as {usual.text!r} elsewhere in the text",
                source=rendering.source,
                evidence={"usual": usual.text, "usual_at": usual.target[0]},
            )


class _Spans:
    """Target spans, sorted, to ask whether a span overlaps one of them without comparing it with each.

    On the one-line megabyte input, comparing every rendering with every span
    flagged so far made 2.9 million comparisons (0.9 s).
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]
        self._longest = max((end - start for start, end in self._spans), default=0)

    def add(self, span: tuple[int, int]) -> None:
        """Add the span ``(start, end)``."""
        k = bisect_right(self._spans, span)
        self._spans.insert(k, span)
        self._starts.insert(k, span[0])
        self._longest = max(self._longest, span[1] - span[0])

    def overlaps(self, span: tuple[int, int]) -> bool:
        """Whether a span shares a code point with ``span`` (``start < span[1] and span[0] < end``).

        Only spans starting after ``span[0] - longest`` can reach past ``span[0]``.
        """
        first = bisect_right(self._starts, span[0] - self._longest)
        last = bisect_left(self._starts, span[1])
        return any(span[0] < end for _, end in self._spans[first:last])


_ENDING = 3  # letters of a case ending (Cityja, Cityju; Virginiji, Virginia)
_VOWELS = pack("mul").text("inflection.vowels") or ""
_JOINS = " -'’"  # what joins a name to the words around it (l'Everyday, League-Clubs)


def _with_context(a: str, b: str) -> bool:
    """Whether one rendering is the other with words of its sentence before or after it
    ("Vampir Anne Rice", "Anne Rice"; "Premier League-Clubs", "Premier League"; "l'Everyday")."""
    short, long_ = sorted((a, b), key=len)
    return short != long_ and ((long_.startswith(short) and long_[len(short)] in _JOINS)
                               or (long_.endswith(short) and long_[-len(short) - 1] in _JOINS))


def _inflected(a: str, b: str) -> bool:
    """Whether two renderings differ only in case endings of their words (New Orleansu, New Orleans):
    a few letters with a vowel among them (Marshal and Marshall differ by a misspelling)."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    for x, y in zip(words_a, words_b):
        stem = len(commonprefix([x, y]))
        endings = skeleton(x[stem:]) + skeleton(y[stem:])
        if x != y and (stem < STEM_MIN or max(len(x), len(y)) - stem > _ENDING
                       or not any(c in _VOWELS for c in endings)):
            return False
    return True
