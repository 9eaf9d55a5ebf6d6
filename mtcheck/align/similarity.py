"""MT-assisted alignment: chrF between a text and the machine translation of its counterpart.

The source's sentences are translated into the target language and the
target's sentences back into the source language, once each.  The aligner
then scores a source/target candidate by chrF of MT(source) against the
target and of the back-translation of the target against the source
(Bleualign style), beside lengths and anchors.  A precomputed
back-translation file helps the alignment as much as a model does.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from mtcheck.text.document import Document
from mtcheck.translation import Translator


class Chrf:
    """Sentence-level chrF (sacrebleu, default settings) with each text's n-grams counted once.

    The aligner scores thousands of paragraph pairs; re-extracting n-grams
    and matching them n-gram by n-gram in Python made that ten times slower.
    Equal to ``CHRF().sentence_score(hypothesis, [reference]).score``.
    """

    def __init__(self) -> None:
        from sacrebleu.metrics import CHRF
        from sacrebleu.metrics.helpers import extract_all_char_ngrams

        self._metric = CHRF()
        self._extract = extract_all_char_ngrams
        self._ngrams: dict[str, list[tuple[Counter[str], int]]] = {}

    def _grams(self, text: str) -> list[tuple[Counter[str], int]]:
        """Per n-gram order: the counts and their total."""
        if text not in self._ngrams:
            orders = self._extract(text, self._metric.char_order, self._metric.whitespace)
            self._ngrams[text] = [(counts, sum(counts.values())) for counts in orders]
        return self._ngrams[text]

    def __call__(self, hypothesis: str, reference: str) -> float:
        """chrF in 0..100."""
        stats: list[int] = []
        for (hyp, hyp_total), (ref, ref_total) in zip(self._grams(hypothesis), self._grams(reference)):
            matches = sum(min(hyp[g], ref[g]) for g in hyp.keys() & ref.keys())
            stats += [hyp_total if ref_total else 0, ref_total, matches]
        return self._metric._compute_f_score(stats)


class SegmentTranslations:
    """Translations of a document's sentences and paragraphs, and of runs of them joined by spaces."""

    def __init__(self, document: Document, sentences: Sequence[str]) -> None:
        self.known = {s.text: out for s, out in zip(document.sentences, sentences)}
        for para in document.paragraphs:
            self.known[para.text] = " ".join(self.known[s.text] for s in document.sentences_of(para.index))
        self._joined: dict[str, str | None] = {}

    def __getitem__(self, text: str) -> str | None:
        """The translation of a segment, or of segments joined as the aligner joins them; None if not made of them."""
        if text not in self._joined:
            self._joined[text] = self._join(text)
        return self._joined[text]

    def _join(self, text: str) -> str | None:
        parts, rest = [], text
        while rest:
            known = [k for k in self.known if rest.startswith(k) and (len(rest) == len(k) or rest[len(k)] == " ")]
            if not known:
                return None
            key = max(known, key=len)
            parts.append(self.known[key])
            rest = rest[len(key) + 1:]
        return " ".join(parts)


class MTSimilarity:
    """The aligner's similarity: mean chrF (0..1) over the translation directions available."""

    def __init__(self, forward: SegmentTranslations | None, back: SegmentTranslations | None) -> None:
        self.forward, self.back = forward, back
        self.chrf = Chrf()

    def __call__(self, source_text: str, target_text: str) -> float:
        """0 when neither text is made of translated segments."""
        scores = []
        if self.forward and self.forward[source_text] is not None:
            scores.append(self.chrf(self.forward[source_text], target_text))
        if self.back and self.back[target_text] is not None:
            scores.append(self.chrf(self.back[target_text], source_text))
        return sum(scores) / len(scores) / 100 if scores else 0.0


@dataclass(frozen=True)
class Translations:
    """Machine translations of a document pair: source sentences forward, target sentences back."""

    forward: tuple[str, ...] | None  # one per source sentence, None without a source -> target model
    back: tuple[str, ...] | None  # one per target sentence, None without a target -> source model

    def similarity(self, source: Document, target: Document) -> MTSimilarity | None:
        """The alignment score these translations give, None without any."""
        if self.forward is None and self.back is None:
            return None
        return MTSimilarity(SegmentTranslations(source, self.forward) if self.forward is not None else None,
                            SegmentTranslations(target, self.back) if self.back is not None else None)


def translate_pair(source: Document, target: Document, translator: Translator) -> Translations:
    """Translate the source forward and the target back, each where the translator serves it.

    A translator that serves neither direction is still asked for the back
    translation, so that it reports why it cannot (a model missing, say).
    """
    forward = back = None
    if translator.can_translate(source.lang, target.lang):
        forward = tuple(translator.translate([s.text for s in source.sentences], source.lang, target.lang))
    if translator.can_translate(target.lang, source.lang) or forward is None:
        back = tuple(translator.translate([s.text for s in target.sentences], target.lang, source.lang))
    return Translations(forward, back)
