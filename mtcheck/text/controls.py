"""Characters that must not reach a terminal or an encoder: control characters and lone surrogates.

Document text and file names come from strangers.  Written raw to a
terminal, ``ESC ] 0 ; … BEL`` retitles the window and ``ESC [ 2 J`` clears
it, so the text and GitHub renderers show every C0 and C1 control (tab and
newline apart, where a format allows them) as a visible ``\\x1b``-style
escape.  A lone surrogate (JSON's ``"\\ud800"``, or an undecodable byte in
a file name) cannot be encoded as UTF-8 at all; it becomes U+FFFD, one code
point for one, so that offsets keep their meaning.
"""

from __future__ import annotations

import re
from functools import lru_cache

# C0 controls, DEL and C1 controls; tab and newline are decided by the caller.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_BIDI_FORMATTING = "\u202a-\u202e\u2066-\u2069"


def replace_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (same length)."""
    try:
        text.encode("utf-8")  # fails on a surrogate alone: nearly every text has none, and needs no pattern
    except UnicodeEncodeError:
        return re.sub("[\ud800-\udfff]", "\ufffd", text)
    return text


@lru_cache(maxsize=2)
def _controls(lines: bool) -> re.Pattern[str]:
    """The characters to escape, tab and newline apart when ``lines`` (compiled on first use: a run
    escapes with one of the two, and the bidi ranges cost 0.2 ms to compile)."""
    return re.compile(f"[{_CONTROLS}{_BIDI_FORMATTING}]" if lines else f"[{_CONTROLS}{_BIDI_FORMATTING}\t\n]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str, *, lines: bool = True) -> str:
    """Control and bidi formatting characters as visible escapes (``\\x1b``, ``\\u202e``).

    Tab and newline are kept when ``lines``.
    """
    return _controls(lines).sub(_escape, replace_surrogates(text))
