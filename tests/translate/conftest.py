"""Shared fixtures: one tiny Marian model per test session, and fake translators."""

from __future__ import annotations

from typing import Sequence

import pytest

from tests.translate.tiny_marian import build_tiny_marian


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory, mt_extra):
    """Directory of a random-weight Marian model with a real tokenizer (built in a few seconds)."""
    return build_tiny_marian(tmp_path_factory.mktemp("tiny-marian"))


@pytest.fixture(autouse=True)
def empty_hub_cache(tmp_path, monkeypatch):
    """No test sees the user's Hugging Face or mtcheck cache, or reaches the network."""
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("MTCHECK_CACHE_DIR", str(tmp_path / "mtcheck-cache"))
    try:
        from huggingface_hub import constants
    except ImportError:  # without the mt extra: no hub library, nothing to keep offline
        return
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)


class TableTranslator:
    """A deterministic fake: translates by table, one direction, counting its calls."""

    def __init__(self, table: dict[str, str], source_lang: str, target_lang: str) -> None:
        self.table = table
        self.direction = (source_lang, target_lang)
        self.calls: list[list[str]] = []

    def __str__(self) -> str:
        return "table"

    def can_translate(self, source_lang: str, target_lang: str) -> bool:
        return (source_lang, target_lang) == self.direction

    def identity(self, source_lang: str, target_lang: str) -> str:
        return f"table:{source_lang}-{target_lang}"

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str]:
        self.calls.append(list(texts))
        return [self.table.get(t, t.upper()) for t in texts]
