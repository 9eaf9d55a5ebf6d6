"""The package version (a record module: imports nothing, so every layer may read it)."""

__version__ = "0.1.0"
