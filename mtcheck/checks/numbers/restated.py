"""A number that restates another rather than translating one: no sign of a changed or lost figure.

An amount in parentheses right after another amount is that amount in other units or another currency
("$60 billion (375 milijardi kuna)"): a translator may add, drop or convert it.  A time followed by a
time zone ("11 a.m. ET") may be given in another zone ("17 h (CET)").
"""

from __future__ import annotations

import re

from mtcheck.checks.numbers.mention import Mention
from mtcheck.lang.packs import union

# Between an amount and its restatement: its unit or currency words, an opening parenthesis, a currency sign.
_BEFORE_PARENTHESIS = re.compile(r"[^\d()\n]{0,30}\([^\S\n]?[^\w\s]{0,3}[^\S\n]?")
_ZONES = union("times.zones")
_ZONE_REACH = 16  # characters after a time where its zone may stand: "11 a.m. ET", "17 sati (CET)"


def restatements(text: str, found: list[Mention]) -> dict[int, Mention]:
    """Each mention (by ``id``) that stands in parentheses right after another mention, and that mention."""
    strong = [m for m in found if not m.weak]
    return {id(b): a for a, b in zip(strong, strong[1:])
            if a.end <= b.start and _BEFORE_PARENTHESIS.fullmatch(text, a.end, b.start)}


def zone(text: str, end: int) -> str | None:
    """The time zone named right after a time that ends at ``end`` (ET, CET, GMT), if any."""
    for word in re.findall(r"[^\W\d_]+", text[end:end + _ZONE_REACH])[:2]:
        if word in _ZONES:
            return word
    return None
