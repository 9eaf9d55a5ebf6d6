"""Tests that need an optional extra ask for its fixture: ``mt_extra`` or ``distributed_extra``.

``pip install ".[test]"`` is the light everyday suite; ``".[test-all]"`` adds
the ``mt`` extra (torch, transformers, sentencepiece: the round trip on a tiny
local model), ``distributed`` (Ray Data) and ``browser`` (Playwright, for
tests/browser).  Without an extra its tests skip,
naming it; ``MTCHECK_REQUIRE_MT=1`` or ``MTCHECK_REQUIRE_DISTRIBUTED=1`` (set
by .ci/run, which installs both) turns the skip into a failure, so CI never
passes by skipping them.
"""

from __future__ import annotations

import importlib
import os

import pytest

# The modules each extra must provide for its tests.
EXTRAS = {
    "mt": ("torch", "transformers", "sentencepiece", "safetensors"),
    "distributed": ("ray",),
}


def _need(extra: str) -> None:
    """Skip unless the modules of ``extra`` import; fail instead when the environment requires the extra."""
    for module in EXTRAS[extra]:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            reason = f"needs the {extra!r} extra (pip install \".[test-all]\"): {exc}"
            if os.environ.get(f"MTCHECK_REQUIRE_{extra.upper()}") == "1":
                pytest.fail(reason)
            pytest.skip(reason)


@pytest.fixture(scope="session")
def mt_extra() -> None:
    """torch, transformers, sentencepiece and safetensors are installed."""
    _need("mt")


@pytest.fixture(scope="session")
def distributed_extra() -> None:
    """Ray Data is installed."""
    _need("distributed")
