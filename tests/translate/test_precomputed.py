"""Precomputed back-translation files, paragraph- or sentence-parallel."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtcheck.text.document import Document
from mtcheck.errors import InputError
from mtcheck.translate.precomputed import back_translation, back_translation_path, read_back_translation

TARGET = Document(
    "The council met on Monday. It approved the budget.\n\n"
    "The mayor was pleased. She thanked the staff. A vote follows in March.",
    "en", "corpus/budget.en.txt",
)


def test_paragraph_parallel_file_gives_each_target_sentence_its_back_translation():
    back = Document("Der Rat tagte am Montag. Er genehmigte den Haushalt.\n\n"
                    "Die Bürgermeisterin war zufrieden und dankte den Mitarbeitern. Im März folgt eine Abstimmung.",
                    "de")
    translator = back_translation(back, TARGET)
    sentences = [s.text for s in TARGET.sentences]
    out = translator.translate(sentences, "en", "de")
    assert out[:2] == ["Der Rat tagte am Montag.", "Er genehmigte den Haushalt."]
    # Two target sentences came back as one: the first carries it, the pair sees their join.
    assert out[2] == "Die Bürgermeisterin war zufrieden und dankte den Mitarbeitern." and out[3] == ""
    assert out[4] == "Im März folgt eine Abstimmung."


def test_sentence_parallel_file_is_read_line_by_line():
    lines = "Der Rat tagte.\nEr genehmigte.\nSie war froh.\nSie dankte.\nIm März.\n"
    translator = back_translation(Document(lines, "de"), TARGET)
    assert translator.translate(["She thanked the staff."], "en", "de") == ["Sie dankte."]
    assert translator.can_translate("en", "de") and not translator.can_translate("de", "en")


def test_file_of_neither_shape_is_an_input_error():
    with pytest.raises(InputError, match="one per target paragraph \\(2\\) or one line per target sentence \\(5\\)"):
        back_translation(Document("Eins.\n\nZwei.\n\nDrei.", "de"), TARGET)


def test_text_not_in_the_file_is_an_input_error():
    translator = back_translation(Document("Der Rat tagte. Er genehmigte.\n\nSie war froh.", "de"), TARGET)
    with pytest.raises(InputError, match="no back-translation"):
        translator.translate(["Something else."], "en", "de")


def test_path_template_finds_the_file_beside_the_target(tmp_path):
    assert back_translation_path("{dir}/{name}.bt.{source_lang}.txt", TARGET, "de") == Path("corpus/budget.bt.de.txt")
    path = tmp_path / "bt.txt"
    path.write_text("Der Rat tagte. Er genehmigte.\n\nSie war froh. Sie dankte. Im März.", encoding="utf-8")
    assert read_back_translation(path, TARGET, "de").translate(["It approved the budget."], "en", "de") == [
        "Er genehmigte."]
