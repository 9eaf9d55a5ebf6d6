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

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls, DEL and C1 controls; tab and newline are decided by the caller.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_BIDI_FORMATTING = "\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}{_BIDI_FORMATTING}]")
_CONTROL_OR_LINE = re.compile(f"[{_CONTROLS}{_BIDI_FORMATTING}\t\n]")


def replace_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str, *, lines: bool = True) -> str:
    """Control and bidi formatting characters as visible escapes (``\\x1b``, ``\\u202e``).

    Tab and newline are kept when ``lines``.
    """
    return (_CONTROL if lines else _CONTROL_OR_LINE).sub(_escape, replace_surrogates(text))
