"""The model backend: any Marian/seq2seq checkpoint through transformers.

A model is a local directory or a hub id; hub ids resolve in the local
Hugging Face cache and are downloaded only when the user allows it.  Only
safetensors weights are loaded (a pickled ``pytorch_model.bin`` can run
code).  torch and transformers are imported when a model is first used.
"""

from __future__ import annotations

import importlib.util
import warnings
from pathlib import Path
from typing import Any, Mapping, Sequence

from mtcheck.errors import InputError
from mtcheck.translate import DEFAULT_MODEL, Generation

_HUB_FILES = ["*.json", "*.spm", "*.model", "*.txt", "*.safetensors"]
# What the backend imports: the mt extra (huggingface_hub comes with transformers).
_BACKEND = ("torch", "transformers", "huggingface_hub", "sentencepiece")


def require_backend() -> None:
    """InputError naming the ``mt`` extra when a library of the model backend is not installed."""
    missing = [name for name in _BACKEND if importlib.util.find_spec(name) is None]
    if missing:
        raise InputError("the model backend", f"needs {', '.join(missing)}, which are not installed: "
                         'pip install "mtcheck[mt]"')


def _get_it(model: str) -> str:
    return (f"download it once with --allow-download (or `hf download {model}`), "
            "or pass --model DIR with a local copy")


def resolve_model(model: str, allow_download: bool) -> Path:
    """Local directory of a model given as a directory or hub id; InputError if it is not there."""
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    if path.exists() or model.count("/") != 1 or model.startswith((".", "/", "~")):
        raise InputError(model, "no such model directory")
    require_backend()
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(model, local_files_only=not allow_download, allow_patterns=_HUB_FILES))
    except Exception as exc:  # the hub raises many types: offline, missing repo, no network
        if not allow_download:
            raise InputError(model, "is neither a model directory nor in the local Hugging Face cache; "
                             + _get_it(model)) from None
        raise InputError(model, f"model could not be downloaded ({type(exc).__name__}: {exc})") from None


def _weights(path: Path) -> list[Path]:
    weights = sorted(path.glob("*.safetensors"))
    if not weights:
        raise InputError(path, "has no *.safetensors weights; mtcheck loads only safetensors "
                         "(convert a pytorch_model.bin with transformers' save_pretrained(safe_serialization=True))")
    return weights


class Seq2SeqTranslator:
    """Translates with one seq2seq model per direction, loaded on first use."""

    def __init__(self, models: Mapping[str, str], generation: Generation = Generation(),
                 allow_download: bool = False) -> None:
        self.models = dict(models)  # "de-en" -> directory or hub id; others use DEFAULT_MODEL
        self.generation = generation
        self.allow_download = allow_download
        self._paths: dict[str, Path] = {}
        self.loaded: dict[str, Any] = {}  # direction -> (tokenizer, model, device)

    def __str__(self) -> str:
        named = ", ".join(f"{d}={m}" for d, m in sorted(self.models.items())) or DEFAULT_MODEL
        return f"seq2seq({named}; {self.generation.key()})"

    def _name(self, source_lang: str, target_lang: str) -> str:
        direction = f"{source_lang}-{target_lang}"
        return self.models.get(direction) or DEFAULT_MODEL.format(src=source_lang, tgt=target_lang)

    def _path(self, source_lang: str, target_lang: str) -> Path:
        direction = f"{source_lang}-{target_lang}"
        if direction not in self._paths:
            self._paths[direction] = resolve_model(self._name(source_lang, target_lang), self.allow_download)
        return self._paths[direction]

    def can_translate(self, source_lang: str, target_lang: str) -> bool:
        """A named model, or the default one when it is cached locally or may be downloaded."""
        if f"{source_lang}-{target_lang}" in self.models or self.allow_download:
            return True
        try:
            self._path(source_lang, target_lang)
        except InputError:
            return False
        return True

    def identity(self, source_lang: str, target_lang: str) -> str:
        """Model directory, its weights' sizes and times, direction and settings."""
        path = self._path(source_lang, target_lang)
        stamps = ",".join(f"{w.name}:{w.stat().st_size}:{w.stat().st_mtime_ns}" for w in _weights(path))
        return f"seq2seq:{path.resolve()}:{stamps}:{source_lang}-{target_lang}:{self.generation.key()}"

    def _load(self, source_lang: str, target_lang: str) -> Any:
        direction = f"{source_lang}-{target_lang}"
        if direction not in self.loaded:
            self.loaded[direction] = load_model(self._path(source_lang, target_lang), self.generation)
        return self.loaded[direction]

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str]:
        """Translations in input order; batches are formed from texts sorted by length."""
        tokenizer, model, device = self._load(source_lang, target_lang)
        import torch

        out = [""] * len(texts)
        order = sorted((i for i, t in enumerate(texts) if t.strip()), key=lambda i: len(texts[i]))
        size, max_length = self.generation.batch_size, self.generation.max_length
        with torch.inference_mode():
            for start in range(0, len(order), size):
                batch = order[start:start + size]
                encoded = tokenizer([texts[i] for i in batch], return_tensors="pt", padding=True,
                                    truncation=True, max_length=max_length).to(device)
                generated = model.generate(**encoded, num_beams=self.generation.beams, max_length=max_length)
                for i, text in zip(batch, tokenizer.batch_decode(generated, skip_special_tokens=True)):
                    out[i] = text
        return out


def load_model(path: Path, generation: Generation) -> tuple[Any, Any, str]:
    """Tokenizer, model (eval mode, on its device) and device name of a checkpoint directory."""
    _weights(path)
    require_backend()
    import torch
    import transformers
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    # Reports go to stdout and stderr: no progress bars or advice from the library there.
    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    if generation.threads:
        torch.set_num_threads(generation.threads)
    device = generation.device or ("cuda" if torch.cuda.is_available() else "cpu")
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")
            tokenizer = AutoTokenizer.from_pretrained(path)
        model = AutoModelForSeq2SeqLM.from_pretrained(path, use_safetensors=True)
    except (OSError, ValueError) as exc:
        raise InputError(path, f"cannot be loaded as a seq2seq model ({exc})") from None
    model.eval()
    if generation.quantize and device == "cpu":
        with warnings.catch_warnings():
            # torch announces a move of this API to torchao; it works in the pinned torch.
            warnings.simplefilter("ignore", (DeprecationWarning, UserWarning))
            model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    return tokenizer, model.to(device), device
