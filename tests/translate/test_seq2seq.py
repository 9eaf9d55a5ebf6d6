"""The model backend on a tiny Marian model: real loading, batching and errors."""

from __future__ import annotations

import pytest

from mtcheck.errors import InputError
from mtcheck.translate import Generation, seq2seq
from mtcheck.translate.seq2seq import Seq2SeqTranslator

SENTENCES = [
    "The train was cancelled.",
    "Last year the prices of electricity and gas rose sharply.",
    "",
    "Die Regierung kündigte Reformen an.",
    "The police are looking for witnesses who saw the accident on Monday.",
]


def test_batches_sorted_by_length_give_each_text_its_own_translation(tiny_model):
    batched = Seq2SeqTranslator({"en-de": str(tiny_model)}, Generation(max_length=12, batch_size=2))
    single = Seq2SeqTranslator({"en-de": str(tiny_model)}, Generation(max_length=12, batch_size=1))
    out = batched.translate(SENTENCES, "en", "de")
    assert out == single.translate(SENTENCES, "en", "de")
    assert out[2] == "" and all(out[i] for i in (0, 1, 3, 4))
    assert len(set(out) - {""}) > 1


def test_int8_quantisation_runs_on_the_cpu(tiny_model):
    quantised = Seq2SeqTranslator({"en-de": str(tiny_model)}, Generation(max_length=8, quantize=True))
    assert len(quantised.translate(SENTENCES[:2], "en", "de")) == 2


def test_identity_names_the_weights_and_the_settings(tiny_model):
    greedy = Seq2SeqTranslator({"en-de": str(tiny_model)}, Generation(beams=1))
    beam = Seq2SeqTranslator({"en-de": str(tiny_model)}, Generation(beams=4))
    assert "model.safetensors" in greedy.identity("en", "de")
    assert greedy.identity("en", "de") != beam.identity("en", "de")
    assert not greedy.loaded  # the identity (the cache key) needs no model loaded


def test_a_named_direction_is_served_and_an_uncached_default_is_not(tiny_model):
    translator = Seq2SeqTranslator({"en-de": str(tiny_model)})
    assert translator.can_translate("en", "de")
    assert not translator.can_translate("de", "en")


def test_missing_directory_is_an_input_error(tmp_path):
    translator = Seq2SeqTranslator({"en-de": str(tmp_path / "nowhere")})
    with pytest.raises(InputError, match="no such model directory"):
        translator.translate(["Hello."], "en", "de")


def test_uncached_default_model_says_which_and_how_to_get_it(mt_extra):  # a look-up in the Hugging Face cache
    with pytest.raises(InputError) as caught:
        Seq2SeqTranslator({}).translate(["Hello."], "en", "de")
    message = str(caught.value)
    assert "Helsinki-NLP/opus-mt-en-de" in message and "--allow-download" in message


def test_pickled_weights_are_never_loaded(tmp_path):
    (tmp_path / "config.json").write_text('{"model_type": "marian"}', encoding="utf-8")
    (tmp_path / "pytorch_model.bin").write_bytes(b"not loaded")
    with pytest.raises(InputError, match="safetensors"):
        Seq2SeqTranslator({"en-de": str(tmp_path)}).translate(["Hello."], "en", "de")


def test_a_missing_backend_library_names_the_extra(tmp_path, monkeypatch):
    """Without the mt extra a model is one line saying what to install, not an internal error."""
    monkeypatch.setattr(seq2seq, "_BACKEND", ("mtcheck_no_such_library",))
    (tmp_path / "model.safetensors").write_bytes(b"")
    for model in ("Helsinki-NLP/opus-mt-en-de", str(tmp_path)):  # a hub id, a local directory
        with pytest.raises(InputError, match=r'needs mtcheck_no_such_library.*pip install "mtcheck\[mt\]"'):
            Seq2SeqTranslator({"en-de": model}).translate(["Hello."], "en", "de")
