"""The command line's entry point: ``python -m mtcheck`` and the ``mtcheck`` command."""

import gc

from mtcheck.run.collector import few_collections


def main() -> None:
    """Run the command line, in a process that is mtcheck's own: the cycle collector runs less often
    while mtcheck loads and checks (mtcheck.run.collector), and not at all as the process ends."""
    try:
        with few_collections():
            from mtcheck.cli import main as command_line

            command_line()
    finally:
        # The interpreter's last collection would walk every object left, to free garbage cycles the
        # operating system frees anyway: frozen, they are skipped (~1% of a short run's instructions).
        gc.freeze()


if __name__ == "__main__":
    main()
