"""The one executor behind ``--jobs``: jobs through worker processes, in order, with memory kept flat.

Jobs are pulled lazily and at most a few per worker are in flight, so a run
of a million documents holds a window, not the archive.  Results come back
in job order (runs are reproducible whatever the number of workers).

Workers end with their parent: on Linux the kernel sends them SIGTERM when
the parent dies (``PR_SET_PDEATHSIG``), and on every platform a watchdog
thread in each worker exits when its parent process is gone, so a killed
run leaves no orphan holding its output open.  Workers ignore Ctrl-C: the
parent catches it, stops them and exits.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

J = TypeVar("J")
R = TypeVar("R")

# Jobs in flight per worker: enough to keep every worker busy, few enough to keep memory flat.
WINDOW_PER_WORKER = 4
# How often a worker looks whether its parent is still there (seconds).
_WATCH_INTERVAL = 0.2
_PR_SET_PDEATHSIG = 1


def default_workers() -> int:
    """All cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def execute(jobs: Iterable[J], work: Callable[[J], R], workers: int = 1) -> Iterator[R]:
    """``work(job)`` for every job, in job order, computed by ``workers`` processes (1: in this one).

    ``work`` must not raise for a job's own fault (it returns the error as
    data); an exception that does escape ends the run.
    """
    if workers <= 1:
        yield from map(work, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing: only runs with workers pay for it

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(),))
    pending: deque[Future] = deque()
    try:
        for job in jobs:
            pending.append(pool.submit(work, job))
            if len(pending) >= workers * WINDOW_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        _stop(pool, pending)


def _stop(pool: ProcessPoolExecutor, pending: deque[Future]) -> None:
    """Shut the pool down; workers still busy (after an interrupt or an error) are terminated."""
    busy = bool(pending)
    for future in pending:
        future.cancel()
    # The pool keeps its processes in a private mapping; there is no public way to stop a busy worker.
    processes = list(getattr(pool, "_processes", {}).values()) if busy else []
    pool.shutdown(wait=not busy, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)


def _start_worker(parent: int) -> None:
    """Worker set-up: an owned process; ignore Ctrl-C (the parent handles it) and die with the run's process.

    ``parent`` is the run's process; the worker's own parent is the same one
    under ``fork``, or the start server under ``forkserver``, which ends with it.
    """
    import signal  # only worker processes pay for it (~0.4 ms): a run of one process never needs it

    from mtcheck.run.api import own_process  # the worker runs mtcheck's jobs alone

    own_process()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        _death_signal(signal.SIGTERM)
    watched = os.getppid()
    if not _alive(parent):  # the run died before the death signal was armed
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(watched, parent), daemon=True, name="mtcheck-watchdog").start()


def _death_signal(signum: int) -> None:
    """Ask the Linux kernel to send ``signum`` to this process when its parent dies."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signum), 0, 0, 0)
    except (OSError, AttributeError):  # no libc with prctl: the watchdog still works
        pass


def _alive(pid: int) -> bool:
    """True while process ``pid`` exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch_parent(watched: int, parent: int) -> None:
    """Exit at once when this process is re-parented or the run's process is gone."""
    while os.getppid() == watched and _alive(parent):
        time.sleep(_WATCH_INTERVAL)
    os._exit(1)
