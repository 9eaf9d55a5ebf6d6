"""Runs of letters in a foreign script."""

from __future__ import annotations

import pytest

from mtcheck.text.scripts import foreign_runs


@pytest.mark.parametrize("text, scripts, runs", [
    ("the 但是面对tiktok的快速发展 are", ["Latin"], ["但是面对", "的快速发展"]),
    ("Winds of 20 mの風が吹き荒れ blew", ["Latin"], ["の風が吹き荒れ"]),
    ("wikiやルールの整備、サブレー。Next", ["Latin"], ["やルールの整備、サブレ"]),
    ("he said that война скоро, наверно, закончится.", ["Latin"], ["война скоро, наверно, закончится"]),
    ("Zelensky (Зеленський) said «так»", ["Latin"], ["Зеленський", "так"]),
    ("Über die Straße, α-Synuclein", ["Latin"], ["α"]),
    ("Компания Apple и 苹果", ["Cyrillic", "Latin"], ["苹果"]),
    ("苹果公司发布了新的iPhone手机。", ["Han", "Latin"], []),
])
def test_foreign_runs(text: str, scripts: list[str], runs: list[str]) -> None:
    assert [text[a:b] for a, b in foreign_runs(text, scripts)] == runs


def test_foreign_runs_within_a_range() -> None:
    text = "война. мир"
    assert [text[a:b] for a, b in foreign_runs(text, ["Latin"], 7)] == ["мир"]
