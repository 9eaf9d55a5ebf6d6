"""Alignment of a source document with its translation, and the aligned document checks see."""
