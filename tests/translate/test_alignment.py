"""MT-assisted alignment: chrF of translations beside lengths and anchors."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtcheck.align.aligner import Alignment, align
from mtcheck.inputs import read_pair
from mtcheck.text.document import Document
from mtcheck.options import Options
from mtcheck.translate.precomputed import read_back_translation
from mtcheck.align.similarity import Chrf, SegmentTranslations, translate_pair
from tests.translate.conftest import TableTranslator

SEED = Path(__file__).parents[2] / "corpora" / "seed"


@pytest.fixture(scope="module")
def seed():
    """The seed pair and its length+anchors alignment (checked by hand: every link is right)."""
    pair = read_pair(SEED / "belgorod.de.txt", SEED / "belgorod.en.txt", Options())
    source, target = pair.source, pair.target
    return source, target, align(source, target)


def _split_words(text: str, weights: list[int]) -> list[str]:
    """``text`` cut at word boundaries into pieces proportional to ``weights``."""
    words, pieces, start, seen = text.split(), [], 0, 0
    for k, weight in enumerate(weights):
        seen += weight
        end = len(words) if k == len(weights) - 1 else round(len(words) * seen / sum(weights))
        pieces.append(" ".join(words[start:end]))
        start = end
    return pieces


def reference_translator(source: Document, target: Document, alignment: Alignment) -> TableTranslator:
    """A fake forward translator that returns the reference: each German sentence's aligned English text."""
    table = {}
    for link in alignment.sentences:
        english = " ".join(target.sentences[j].text for j in link.target)
        german = [source.sentences[i].text for i in link.source]
        table.update(zip(german, _split_words(english, [len(g) for g in german])))
    return TableTranslator(table, source.lang, target.lang)


def _links(alignment: Alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(link.source, link.target) for link in alignment.sentences]


def test_reference_translation_keeps_the_seed_alignment_exactly(seed):
    source, target, expected = seed
    translator = reference_translator(source, target, expected)
    translations = translate_pair(source, target, translator)
    assert translations.back is None  # a forward-only translator gives no round trip
    aligned = align(source, target, translations.similarity(source, target))
    assert [(link.source, link.target) for link in aligned.paragraphs] == [((i,), (i,)) for i in range(19)]
    assert _links(aligned) == _links(expected)
    assert aligned.method.endswith("+similarity")


def test_back_translation_file_keeps_the_seed_alignment(seed):
    source, target, expected = seed
    translator = read_back_translation(SEED / "belgorod.bt.de.txt", target, source.lang)
    aligned = align(source, target, translate_pair(source, target, translator).similarity(source, target))
    assert _links(aligned) == _links(expected)


DROPPED = ("The partisans had announced", "Last year, Russian rebels", "The anti-Kremlin militias reported",
           "Then on Saturday, pro-Ukrainian")


def test_translation_repairs_alignment_around_a_dropped_sentence(seed):
    source, target, expected = seed
    translator = reference_translator(source, target, expected)
    errors = []
    for opening in DROPPED:
        sentence = next(s for s in target.sentences if s.text.startswith(opening))
        shorter = Document(target.text[:sentence.start] + target.text[sentence.end:], "en")
        right = {(i, target.sentences[j].text) for s, t in _links(expected) for i in s for j in t
                 if j != sentence.index}

        def wrong(alignment: Alignment) -> int:
            found = {(i, shorter.sentences[j].text) for s, t in _links(alignment) for i in s for j in t}
            return len(right - found)

        similarity = translate_pair(source, shorter, translator).similarity(source, shorter)
        errors.append((wrong(align(source, shorter, similarity)), wrong(align(source, shorter))))
    assert all(assisted <= alone for assisted, alone in errors)
    assert sum(assisted for assisted, _ in errors) < sum(alone for _, alone in errors)


def test_chrf_equals_sacrebleu_sentence_score():
    from sacrebleu.metrics import CHRF

    texts = ["Der Zug fiel aus.", "The train was cancelled.", "Der Zug wurde gestrichen, weil ein Baum fiel.", "", "x"]
    chrf, reference = Chrf(), CHRF()
    for hypothesis in texts:
        for ref in texts:
            assert chrf(hypothesis, ref) == pytest.approx(reference.sentence_score(hypothesis, [ref]).score)


def test_joined_segments_are_translated_as_their_parts():
    doc = Document("Eins zwei. Drei vier.\n\nFünf sechs.", "de")
    translations = SegmentTranslations(doc, ["One two.", "Three four.", "Five six."])
    assert translations["Eins zwei. Drei vier. Fünf sechs."] == "One two. Three four. Five six."
    assert translations["Drei vier. Fünf sechs."] == "Three four. Five six."
    assert translations["Something else."] is None
