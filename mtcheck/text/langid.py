"""Language identification: the language of a text whose user and file name give none.

Identification uses py3langid (a maintained repackaging of langid.py with its
model inside the wheel), restricted to the languages the caller names: the
language packs (a layer above this one) mark which languages mtcheck has data
for, and the readers pass that list in (``mtcheck.lang.packs.identifiable()``).

py3langid ships its model LZMA-compressed and unpacks it on every load (about
half a second, more than the rest of a short run).  mtcheck unpacks it once per
py3langid version into its cache (``mtcheck.text.datacache``), one plain array
file each, and maps them into memory: only the pages a text reaches are read.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from mtcheck.text.datacache import cache_dir, data_version

# The arrays of a py3langid model file (py3langid.modelio): naive Bayes tables, class labels, tokenizer automaton.
_MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
_UNPACKED = "py3langid-model-"


@lru_cache(maxsize=1)
def _identifier(languages: frozenset[str]) -> Any:
    """py3langid's identifier restricted to ``languages`` (made again whenever the set changes)."""
    try:
        identifier = _from_unpacked(_unpacked_model())
    except OSError:  # no writable cache: py3langid unpacks its model itself
        import py3langid.langid

        identifier = py3langid.langid.LanguageIdentifier.from_model_file(py3langid.langid.MODEL_FILE)
    identifier.set_languages(sorted(languages))
    return identifier


def _unpacked_model() -> Path:
    """The folder of py3langid's model arrays, unpacked once per py3langid version; other versions' removed."""
    folder = cache_dir() / f"{_UNPACKED}{data_version('py3langid')}"
    if not folder.is_dir():
        import shutil  # here: shutil imports every compression module, and most runs unpack nothing

        _unpack(folder)
        for other in folder.parent.glob(f"{_UNPACKED}*"):
            if other.is_dir() and other != folder and not other.name.endswith(".partial"):
                shutil.rmtree(other, ignore_errors=True)
    return folder


def _unpack(folder: Path) -> None:
    """Write the model's arrays as ``.npy`` files into ``folder``, atomically (another process may do the same)."""
    import io
    import lzma

    import numpy as np
    import py3langid.langid

    partial = folder.with_name(f"{folder.name}.{os.getpid()}.partial")
    try:
        partial.mkdir(parents=True, exist_ok=True)
        with lzma.open(py3langid.langid.MODEL_DIR / py3langid.langid.MODEL_FILE) as packed:
            with np.load(io.BytesIO(packed.read()), allow_pickle=False) as model:
                for name in _MODEL_ARRAYS:
                    np.save(partial / f"{name}.npy", model[name], allow_pickle=False)
        os.replace(partial, folder)
    except OSError:  # a full disk, or another process unpacked it first
        import shutil

        shutil.rmtree(partial, ignore_errors=True)
        if not folder.is_dir():
            raise


def _from_unpacked(folder: Path) -> Any:
    """py3langid's identifier over the unpacked arrays, mapped into memory (as its own loader makes it)."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    model = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _MODEL_ARRAYS}
    return LanguageIdentifier(np.asarray(model["ptc"]), np.asarray(model["pc"]), model["classes"].tolist(),
                              memoryview(model["nextmove"]), model["out_feat"].tolist(),
                              tk_row=memoryview(model["nextmove_row"]))


def identify(text: str, languages: Iterable[str]) -> str:
    """Most probable language code of ``text`` among ``languages``."""
    lang, _ = _identifier(frozenset(languages)).classify(text[:5000])
    return lang

