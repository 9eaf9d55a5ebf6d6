"""Build a tiny Marian translation model at test time: random weights, a real tokenizer.

It translates nonsense, but it is loaded, batched and run exactly like an
opus-mt checkpoint: a sentencepiece model trained on a small corpus,
``source.spm``/``target.spm``/``vocab.json`` for MarianTokenizer, and
weights saved as safetensors.
"""

from __future__ import annotations

import json
import tempfile
import warnings
from pathlib import Path

CORPUS = """\
Die Regierung kündigte am Montag neue Reformen für Schulen und Krankenhäuser an.
The government announced new reforms for schools and hospitals on Monday.
Der Zug fiel aus, weil ein Baum auf die Gleise gestürzt war.
The train was cancelled because a tree had fallen onto the tracks.
Die Feuerwehr löschte den Brand in der Altstadt nach drei Stunden.
The fire brigade put out the fire in the old town after three hours.
Russische Regionen an der ukrainischen Grenze melden Angriffe.
Russian regions on the Ukrainian border report attacks.
Der Bürgermeister eröffnete am Samstag die neue Brücke über den Fluss.
The mayor opened the new bridge over the river on Saturday.
Die Polizei sucht Zeugen, die den Unfall beobachtet haben.
The police are looking for witnesses who saw the accident.
Im vergangenen Jahr stiegen die Preise für Strom und Gas deutlich.
Last year the prices of electricity and gas rose sharply.
Die Mannschaft gewann das Spiel mit drei zu eins Toren.
The team won the match by three goals to one.
"""


def build_tiny_marian(directory: Path, *, d_model: int = 16, layers: int = 1, heads: int = 2,
                      ffn: int = 32, vocab_size: int = 180, init_std: float = 0.5, seed: int = 0) -> Path:
    """Write a random-weight Marian model and its tokenizer to ``directory``; returns it."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus.txt"
        corpus.write_text(CORPUS * 4, encoding="utf-8")
        spm.SentencePieceTrainer.train(input=str(corpus), model_prefix=f"{scratch}/spm", vocab_size=vocab_size,
                                       character_coverage=1.0, hard_vocab_limit=False, minloglevel=2)
        processor = spm.SentencePieceProcessor(model_file=f"{scratch}/spm.model")
        pieces = ["</s>", "<unk>"] + [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
        vocab = {piece: i for i, piece in enumerate(dict.fromkeys(pieces))}
        vocab["<pad>"] = len(vocab)
        (Path(scratch) / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")
            tokenizer = MarianTokenizer(f"{scratch}/spm.model", f"{scratch}/spm.model", f"{scratch}/vocab.json")
        tokenizer.save_pretrained(directory)
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn, max_position_embeddings=512, pad_token_id=pad, eos_token_id=0,
        decoder_start_token_id=pad, forced_eos_token_id=0, init_std=init_std,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.save_pretrained(directory, safe_serialization=True)
    return directory
