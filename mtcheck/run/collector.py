"""How often the cycle collector runs while mtcheck loads and checks.

Loading mtcheck makes a few hundred thousand long-lived objects (functions,
classes, patterns, language data) and checking a document millions of
short-lived ones (tokens, sets, tuples), with almost no garbage cycles among
either.  At Python's default threshold (a young collection every 700
allocations) the collector scans them again and again: a few percent of a
short run, about a sixth of the time on a long document.

While mtcheck works (inside :func:`few_collections`) the youngest generation
is collected every :data:`YOUNG_COLLECTION` allocations.  The caller's
threshold comes back with the first collection after mtcheck's work ends, not
at its end: a threshold lowered at once finds the young generation full of
what the document allocated and collects it on the next allocation, one
forced collection per document (and, every tenth and hundredth, a scan of the
older generations: ~5% of a warm pass over many short documents).  Cycles
made in between are collected as before, at most one young collection later.

This module only imports :mod:`gc`, :mod:`threading` and :mod:`contextlib`,
so the command line's entry point can use it before it loads anything else.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Any, Iterator

# Allocations between two collections of the youngest generation (Python: 700).
YOUNG_COLLECTION = 50_000

_LOCK = threading.Lock()
# depth: blocks of mtcheck's work now running (any thread); saved: the threshold to give back after them.
_STATE: dict[str, Any] = {"depth": 0, "saved": None}


@contextmanager
def few_collections() -> Iterator[None]:
    """The youngest generation collected every :data:`YOUNG_COLLECTION` allocations meanwhile.

    The threshold found on entry comes back at the first collection after the
    last block (of any thread) has ended; a threshold set higher by the caller
    is left alone.
    """
    with _LOCK:
        if _STATE["saved"] is None:
            young, *older = gc.get_threshold()
            if young < YOUNG_COLLECTION:
                _STATE["saved"] = (young, *older)
                gc.set_threshold(YOUNG_COLLECTION, *older)
                if _give_back not in gc.callbacks:
                    gc.callbacks.append(_give_back)
        _STATE["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _STATE["depth"] -= 1


def _give_back(phase: str, info: dict[str, int]) -> None:
    """After a collection outside mtcheck's work: the caller's threshold again (unless the caller set another).

    A callback of the collector, so it takes no lock: a collection may start
    while a thread holds it.
    """
    saved = _STATE["saved"]
    if phase != "stop" or saved is None or _STATE["depth"]:
        return
    _STATE["saved"] = None
    if gc.get_threshold()[0] == YOUNG_COLLECTION:
        gc.set_threshold(*saved)
