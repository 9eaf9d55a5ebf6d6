"""The command line's entry point: ``python -m mtcheck`` and the ``mtcheck`` command."""

from mtcheck.run.collector import few_collections


def main() -> None:
    """Run the command line, in a process that is mtcheck's own: the cycle collector runs less often
    while mtcheck loads and checks (mtcheck.run.collector)."""
    with few_collections():
        from mtcheck.cli import main as command_line

        command_line()


if __name__ == "__main__":
    main()
