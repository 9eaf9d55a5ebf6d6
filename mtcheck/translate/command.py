"""The command backend: pipe sentences, one per line, through an external program.

For any engine mtcheck has no backend for.  The command line is split like a
shell would (no shell runs it); ``{src}`` and ``{tgt}`` in it are replaced by
the language codes.  The program reads one sentence per line on stdin and
writes exactly one translation per line on stdout.
"""

from __future__ import annotations

import shlex
import subprocess
from typing import Sequence

from mtcheck.errors import InputError

TIMEOUT_S = 3600


class CommandTranslator:
    """Translates by running a user-named program over all texts at once."""

    def __init__(self, command: str, timeout: float = TIMEOUT_S) -> None:
        self.command = command
        self.timeout = timeout

    def __str__(self) -> str:
        return f"command({self.command})"

    def can_translate(self, source_lang: str, target_lang: str) -> bool:
        """Any direction: the program is told which by its arguments."""
        return True

    def identity(self, source_lang: str, target_lang: str) -> str:
        """The command line with its languages filled in."""
        return f"command:{' '.join(self._argv(source_lang, target_lang))}"

    def _argv(self, source_lang: str, target_lang: str) -> list[str]:
        try:
            parts = shlex.split(self.command)
        except ValueError as exc:
            raise InputError(self.command, f"translator command cannot be parsed ({exc})") from None
        if not parts:
            raise InputError(self.command, "translator command is empty")
        return [p.replace("{src}", source_lang).replace("{tgt}", target_lang) for p in parts]

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str]:
        """One output line per input line; InputError when the program fails or miscounts."""
        if not texts:
            return []
        argv = self._argv(source_lang, target_lang)
        lines = "".join(" ".join(t.split()) + "\n" for t in texts)
        try:
            done = subprocess.run(argv, input=lines, capture_output=True, text=True,
                                  encoding="utf-8", timeout=self.timeout, check=False)
        except FileNotFoundError:
            raise InputError(argv[0], "translator command not found") from None
        except subprocess.TimeoutExpired:
            raise InputError(argv[0], f"translator command ran longer than {self.timeout:.0f} s") from None
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise InputError(argv[0], f"translator command failed with exit status {done.returncode}: {last}")
        out = done.stdout.splitlines()
        if len(out) != len(texts):
            raise InputError(argv[0], f"translator command wrote {len(out)} lines for {len(texts)} sentences")
        return out
