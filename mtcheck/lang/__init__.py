"""Knowledge of languages: per-language data packs, the tokenizer, word data, word classes, names, page furniture.

Language knowledge is data: ``packs/<code>.json`` holds one language's word
lists and conventions (see :mod:`mtcheck.lang.packs`); the modules here only
read it.
"""
