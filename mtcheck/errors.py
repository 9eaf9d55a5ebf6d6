"""Errors that the CLI reports as one line on stderr with exit status 2."""


class InputError(Exception):
    """Bad user input: a missing, empty, binary or undecodable file, and the like."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
