"""Benchmark: the round-trip check against raw ``model.generate``, and a cached run against a first run.

    python bench/bench_roundtrip.py                 # tiny random Marian model, built on the fly
    python bench/bench_roundtrip.py --size opus     # random weights at opus-mt size (74M parameters)
    python bench/bench_roundtrip.py --model DIR     # a real target->source checkpoint (en-de for the seed)

Without --model, a local copy of Helsinki-NLP/opus-mt-en-de in the Hugging
Face cache is used when there is one.  On the seed article's target
sentences it reports:

- overhead: the whole check (alignment, back-translation, round-trip and
  heuristic checks) over the raw ``generate`` calls for the same sentences
  with the same batching (aim: under 1.3); the model is loaded before both;
- cached: a second run with the translation cache warm (no model loaded)
  over the first run with it cold, model loading included (aim: under 0.05).

Random weights never emit end-of-sentence, so every translation runs to
--max-length tokens; a real model stops near the source length.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mtcheck.inputs import read_pair  # noqa: E402
from mtcheck.run.api import check_documents  # noqa: E402
from mtcheck.errors import InputError  # noqa: E402
from mtcheck.options import Options  # noqa: E402
from mtcheck.translate import Generation  # noqa: E402
from mtcheck.translate.cache import CachedTranslator, TranslationCache  # noqa: E402
from mtcheck.translate.seq2seq import Seq2SeqTranslator, resolve_model  # noqa: E402

SEED = ROOT / "corpora" / "seed"
SIZES = {"tiny": {}, "opus": dict(d_model=512, layers=6, heads=8, ffn=2048, init_std=0.02)}


def _best(func: Callable[[], object], repeat: int) -> float:
    """Fastest of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def raw_generate(translator: Seq2SeqTranslator, texts: list[str], source_lang: str, target_lang: str) -> None:
    """Tokenise, generate and decode, batched by length as the backend does, nothing else."""
    import torch

    tokenizer, model, device = translator._load(source_lang, target_lang)
    settings = translator.generation
    ordered = sorted((t for t in texts if t.strip()), key=len)
    with torch.inference_mode():
        for start in range(0, len(ordered), settings.batch_size):
            batch = tokenizer(ordered[start:start + settings.batch_size], return_tensors="pt", padding=True,
                              truncation=True, max_length=settings.max_length).to(device)
            out = model.generate(**batch, num_beams=settings.beams, max_length=settings.max_length)
            tokenizer.batch_decode(out, skip_special_tokens=True)


def _model_dir(args: argparse.Namespace, scratch: Path) -> tuple[Path, str]:
    if args.model:
        return Path(args.model), args.model
    try:
        return resolve_model("Helsinki-NLP/opus-mt-en-de", allow_download=False), "Helsinki-NLP/opus-mt-en-de"
    except InputError:
        from tests.translate.tiny_marian import build_tiny_marian

        return build_tiny_marian(scratch / args.size, **SIZES[args.size]), f"random Marian ({args.size})"


def main() -> None:
    """Run the benchmark and print its timings and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="target->source (en-de) checkpoint directory")
    parser.add_argument("--size", choices=sorted(SIZES), default="tiny", help="random model size without --model")
    parser.add_argument("--max-length", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--beams", type=int, default=1)
    parser.add_argument("--threads", type=int, help="torch CPU threads (default: torch's)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pair = read_pair(SEED / "belgorod.de.txt", SEED / "belgorod.en.txt", Options())
    source, target = pair.source, pair.target
    texts = [s.text for s in target.sentences]
    settings = Generation(args.beams, args.max_length, args.batch_size, args.threads)
    with tempfile.TemporaryDirectory() as scratch:
        model_dir, name = _model_dir(args, Path(scratch))
        models = {"en-de": str(model_dir)}
        warm = Seq2SeqTranslator(models, settings)
        load_start = time.perf_counter()
        warm._load("en", "de")
        load = time.perf_counter() - load_start
        raw_generate(warm, texts, "en", "de")  # torch's first call is slow: warm up
        raw = _best(lambda: raw_generate(warm, texts, "en", "de"), args.repeat)
        whole = _best(lambda: check_documents(source, target, Options(), translator=warm), args.repeat)

        def cached_run() -> None:
            cache = CachedTranslator(Seq2SeqTranslator(models, settings), TranslationCache(Path(scratch) / "cache"))
            check_documents(source, target, Options(), translator=cache)

        first = _best(cached_run, 1)
        second = _best(cached_run, args.repeat)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"model: {name}; {len(texts)} target sentences of the seed; {settings.key()}, batch {args.batch_size}")
    print(f"load {load:.2f}s  raw generate {raw:.3f}s  whole check {whole:.3f}s  "
          f"first run {first:.3f}s  cached run {second:.3f}s")
    print(f"overhead (whole check / raw generate): {whole / raw:.2f}x   (aim < 1.3)")
    print(f"cached run / first run: {second / first:.1%}   (aim < 5%)")


if __name__ == "__main__":
    main()
