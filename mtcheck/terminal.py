"""Terminal conventions of the command line: colour, progress on stderr, help in sections.

Colour follows https://no-color.org and https://force-color.org: with
``--color auto`` a non-empty ``NO_COLOR`` turns it off, else a non-empty
``FORCE_COLOR`` turns it on even when piped, else click decides (on when
stdout is a terminal).  ``--color always`` and ``never`` win over both.

Progress is one line on stderr, redrawn in place on a terminal; it is shown
only when stderr is a terminal unless ``--progress`` forces it (then, off a
terminal, one line per update), and never with ``--quiet``.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, Mapping, Sequence, TextIO

import click

# Documents a run needs before it shows progress on its own (a pair or two finish in a blink).
PROGRESS_FROM = 4
# Seconds between two redraws of a progress line.
_REDRAW = 0.1

_active: Progress | None = None  # the progress line on screen, cleared before any other stderr line


def color_choice(choice: str, environ: Mapping[str, str] = os.environ) -> bool | None:
    """``--color`` and the environment as click's ``color`` argument: True, False, or None (a terminal)."""
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return None


def columns() -> int:
    """The width to wrap stdout to: ``COLUMNS``, else the terminal's, else 80 (as ``shutil`` sees it)."""
    if "COLUMNS" not in os.environ and not sys.stdout.isatty():
        return 80  # piped: spare the start of every CI run shutil's imports (zlib, bz2, lzma)
    import shutil

    return shutil.get_terminal_size().columns


def show_progress(flag: bool | None, quiet: bool, documents: int | None = None) -> bool:
    """Whether to draw progress: never when quiet; as ``--progress/--no-progress`` say; else on a terminal.

    Left to itself (``flag`` None) a run shows progress only for ``PROGRESS_FROM`` documents or more.
    """
    if quiet or flag is False:
        return False
    if flag:
        return True
    return sys.stderr.isatty() and (documents is None or documents >= PROGRESS_FROM)


def clear_progress() -> None:
    """Take the progress line off the screen (before another line is written to stderr)."""
    if _active is not None:
        _active.clear()


class Progress:
    """``mtcheck: checking 12/120 documents (10%, 0:08 left)`` on stderr, as a context manager."""

    def __init__(self, total: int | None, verb: str = "checking", noun: str = "documents",
                 stream: TextIO | None = None) -> None:
        self.total, self.verb, self.noun = total, verb, noun
        self.stream = stream or sys.stderr
        self.done = 0
        self._inline = self.stream.isatty()
        self._started = self._drawn_at = time.monotonic()
        self._width = 0

    def __enter__(self) -> Progress:
        global _active
        _active = self
        self._draw()
        return self

    def __exit__(self, *exc: Any) -> None:
        global _active
        self.clear()
        _active = None

    def advance(self, steps: int = 1) -> None:
        """Count ``steps`` more units done; redraw at most every tenth of a second, and at the end."""
        self.update(self.done + steps, self.total)

    def update(self, done: int, total: int | None) -> None:
        """Set the units done and the total (it may be known only once work has begun)."""
        self.done, self.total = done, total
        now = time.monotonic()
        if now - self._drawn_at >= _REDRAW or self.done == self.total:
            self._drawn_at = now
            self._draw()

    def line(self) -> str:
        """The progress line's text."""
        if not self.total:
            return f"mtcheck: {self.verb} {self.done} {self.noun}"
        share = self.done / self.total
        text = f"mtcheck: {self.verb} {self.done}/{self.total} {self.noun} ({share:.0%}"
        elapsed = time.monotonic() - self._started
        if 0 < self.done < self.total and elapsed >= 1:
            left = round(elapsed / self.done * (self.total - self.done))
            text += f", {left // 60}:{left % 60:02d} left"
        return text + ")"

    def _draw(self) -> None:
        text = self.line()
        if self._inline:
            self.stream.write("\r" + text.ljust(self._width))
            self._width = len(text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def clear(self) -> None:
        """Blank the line on a terminal (off one, lines already written stay)."""
        if self._inline and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


class SectionedCommand(click.Command):
    """A command whose ``--help`` lists its options in titled sections.

    ``sections`` pairs a title with parameter names; options named in no
    section (``--help`` among them) are listed last under "Other options".
    """

    def __init__(self, *args: Any, sections: Sequence[tuple[str, Sequence[str]]] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sections = sections

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """One help section per title, in order, then the options left over."""
        records = {p.name: p.get_help_record(ctx) for p in self.get_params(ctx) if isinstance(p, click.Option)}
        for title, names in [*self.sections, ("Other options", list(records))]:
            rows = [records.pop(name) for name in names if records.get(name)]
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
