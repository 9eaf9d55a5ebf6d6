"""The command line's entry point: ``python -m mtcheck`` and the ``mtcheck`` command."""

import gc

# Loading mtcheck and its libraries makes a few hundred thousand long-lived objects (functions, classes,
# patterns, language data) and almost no garbage cycles.  At the default threshold (700 allocations) the
# cycle collector scans them again and again while they load (a few percent of a short run's CPU time);
# the run layer checks documents at the same threshold (mtcheck.run.api._few_collections).
_YOUNG_COLLECTION = 50_000


def main() -> None:
    """Run the command line, in a process that is mtcheck's own: the cycle collector runs less often."""
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, _YOUNG_COLLECTION), *older)
    from mtcheck.cli import main as command_line

    command_line()


if __name__ == "__main__":
    main()
