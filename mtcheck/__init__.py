"""mtcheck: flag garbled passages in machine-translated articles."""

__version__ = "0.1.0"
