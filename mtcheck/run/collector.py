"""How often the cycle collector runs while mtcheck loads and checks.

Loading mtcheck makes a few hundred thousand long-lived objects (functions,
classes, patterns, language data) and checking a document millions of
short-lived ones (tokens, sets, tuples), with almost no garbage cycles among
either.  At Python's default threshold (a young collection every 700
allocations) the collector scans them again and again: a few percent of a
short run, about a sixth of the time on a long document.  This module only
imports :mod:`gc` and :mod:`contextlib`, so the command line's entry point can
use it before it loads anything else.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

# Allocations between two collections of the youngest generation (Python: 700).
YOUNG_COLLECTION = 50_000


@contextmanager
def few_collections() -> Iterator[None]:
    """The youngest generation collected every :data:`YOUNG_COLLECTION` allocations meanwhile, then as before."""
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_COLLECTION), *older)
    try:
        yield
    finally:
        gc.set_threshold(young, *older)
