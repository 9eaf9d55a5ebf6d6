"""A number, time, date part or month found in a text, with the keys it compares by."""

from __future__ import annotations

from typing import NamedTuple

Key = float | str


class Mention(NamedTuple):
    """A number, time or month in a text, with the keys it compares by.

    ``weak`` mentions (number words, month names) are too common in other
    senses to be reported missing or added on their own; they count when
    they disagree with another mention.
    """

    start: int
    end: int
    text: str
    keys: frozenset[Key]
    kind: str = "number"
    weak: bool = False

    magnitude: float | None = None  # the factor of a magnitude word after it (Millionen: 1e6)
    scaled: frozenset[Key] = frozenset()  # the values times that factor

    def matches(self, other: "Mention") -> bool:
        """Whether two mentions can be the same quantity.

        Bare values count too, since the other side's magnitude word may be one
        no pack knows (5,5 milijuna); where both sides have a known one, only
        the scaled values do, so million read as billion is a different number.
        """
        if self.magnitude and other.magnitude and self.magnitude != other.magnitude:
            return bool(self.scaled & other.scaled)
        return bool(self.keys & other.keys)
