"""Snapshot comparison: MTCHECK_UPDATE_SNAPSHOTS=1 rewrites the files instead of comparing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots"


def assert_snapshot(name: str, actual: str) -> None:
    """``actual`` must equal the stored snapshot ``name`` (a missing one is written, and fails)."""
    path = SNAPSHOTS / name
    if os.environ.get("MTCHECK_UPDATE_SNAPSHOTS") == "1":
        path.write_text(actual, encoding="utf-8")
    if not path.exists():
        path.write_text(actual, encoding="utf-8")
        pytest.fail(f"snapshot {path} was missing and has been written; review and commit it")
    assert actual == path.read_text(encoding="utf-8"), f"rendering differs from {path}"
