"""Configuration files: ``mtcheck.toml`` or ``[tool.mtcheck]`` in ``pyproject.toml``.

The first directory, from the working directory upwards, that holds an
``mtcheck.toml`` or a ``pyproject.toml`` with a ``[tool.mtcheck]`` table
configures the run; in one directory ``mtcheck.toml`` wins.  Options given
on the command line win over the file.  Keys may be written with dashes or
underscores::

    [tool.mtcheck]
    select = ["MT1", "MT3"]          # codes, prefixes or names
    ignore = ["MT124"]
    fail-on = "major"                # major | minor | never
    source-lang = "de"
    target-lang = "en"
    baseline = "mtcheck-baseline.json"
    allowlist = ["WarTranslated"]    # words the glued-token and untranslated checks accept
    severity = { MT101 = "minor" }   # per-code severity overrides
    models = { de-en = "models/opus-mt-de-en" }   # round trip on every run
    max-bytes = 20971520             # refuse larger input files
    allow-outside = false            # true: manifests and directories may lead outside themselves

    [tool.mtcheck.glossary]
    terms = { "Bundeskanzler" = "Federal Chancellor" }
    keep = ["Ukrainska Pravda"]      # names that must stay untranslated

A relative baseline path, and a model that is a directory beside the file,
are taken relative to the file that names them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

from mtcheck.errors import InputError
from mtcheck.findings import Severity
from mtcheck.options import Options
from mtcheck.text.langtag import normalise

FAIL_ON = {"major": Severity.MAJOR, "minor": Severity.MINOR, "never": None}
_KEYS = ("select", "ignore", "fail_on", "source_lang", "target_lang", "baseline",
         "allowlist", "severity", "models", "glossary", "max_bytes",
         "allow_outside")
_GLOSSARY_KEYS = ("terms", "keep")
# The text of a TOML file that may hold a [tool.mtcheck] table: the dotted name (a header or a dotted
# key, quotes and spaces allowed around the dot), or a [tool] table or an inline ``tool = {...}``
# whose keys only a parser reads.  (A key spelt with escapes, "t\u006fol", is not seen.)
_MAY_CONFIGURE = r"""tool["']?\s*\.\s*["']?mtcheck|^\s*(?:\[\s*["']?tool["']?\s*\]|["']?tool["']?\s*=)"""


class Config(NamedTuple):
    """Settings read from a configuration file (no path and no values when there is none)."""

    path: Path | None
    values: dict[str, Any]

    def get(self, key: str, cli_value: Any = None) -> Any:
        """The command-line value when given, else the file's value."""
        return cli_value if cli_value is not None else self.values.get(key)

    def resolve(self, value: str) -> str:
        """A path from the file, made relative to the file's directory."""
        return value if self.path is None else str(self.path.parent / value)

    def _model(self, value: str) -> str:
        """A model directory beside the file, else the value as given (a hub id)."""
        return self.resolve(value) if Path(self.resolve(value)).is_dir() else value

    def options(self, *, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] | None = None,
                fail_on: str | None = None, source_lang: str | None = None,
                target_lang: str | None = None, max_bytes: int | None = None,
                allow_outside: bool | None = None) -> Options:
        """Options of a run: command-line values (None = not given) over the file's."""
        glossary = self.values.get("glossary", {})
        return Options(
            source_lang=self.get("source_lang", source_lang),
            target_lang=self.get("target_lang", target_lang),
            select=tuple(self.get("select", select) or ()),
            ignore=tuple(self.get("ignore", ignore) or ()),
            severity_overrides={code.upper(): Severity(s) for code, s in self.values.get("severity", {}).items()},
            fail_on=FAIL_ON[self.get("fail_on", fail_on) or "major"],
            allowlist=frozenset(w.lower() for w in self.values.get("allowlist", ())),
            glossary=dict(glossary.get("terms", {})),
            keep_names=tuple(glossary.get("keep", ())),
            models={d: self._model(m) for d, m in self.values.get("models", {}).items()},
            max_bytes=self.get("max_bytes", max_bytes),
            allow_outside=bool(self.get("allow_outside", allow_outside)),
        )

    def baseline(self, cli_value: str | None) -> str | None:
        """The baseline file: from the command line, else from the file (resolved)."""
        if cli_value is not None:
            return cli_value
        value = self.values.get("baseline")
        return self.resolve(value) if value else None


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``."""
    for directory in (start, *start.parents):
        candidate = directory / "mtcheck.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _configures_mtcheck(pyproject):
            return pyproject
    return None


def _configures_mtcheck(pyproject: Path) -> bool:
    """Whether a ``pyproject.toml`` has a ``[tool.mtcheck]`` table.

    Another project's pyproject.toml (say, in a parent directory) is none of
    mtcheck's business: when it cannot be read or parsed it is passed over,
    unless its text mentions ``tool.mtcheck``, in which case the user meant
    it as configuration and the error is reported.  A file whose text cannot
    open such a table (:data:`_MAY_CONFIGURE`: no ``tool.mtcheck``, no
    ``[tool]`` table, no ``tool =`` key) is passed over unparsed: no TOML
    parser to import on most runs, mtcheck's own ``pyproject.toml`` included.
    """
    try:
        if not re.search(_MAY_CONFIGURE, pyproject.read_text(encoding="utf-8", errors="replace"), re.MULTILINE):
            return False
    except OSError:
        return False
    try:
        tool = _read_toml(pyproject).get("tool", {})
    except InputError:
        try:
            mentions = "tool.mtcheck" in pyproject.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        if mentions:
            raise
        return False
    return isinstance(tool, dict) and "mtcheck" in tool


def load_config(path: str | Path | None = None, start: Path | None = None) -> Config:
    """Read ``path``, or the nearest configuration file above ``start`` (default: cwd)."""
    found = Path(path) if path else find_config((start or Path.cwd()).resolve())
    if found is None:
        return Config(None, {})
    if not found.is_file():
        raise InputError(found, "no such configuration file")
    table = _read_toml(found)
    if found.name == "pyproject.toml":
        tool = table.get("tool", {})
        table = tool.get("mtcheck", {}) if isinstance(tool, dict) else {}
        _expect(isinstance(table, dict), found, "[tool.mtcheck] must be a table of settings")
    return Config(found, validate(table, found))


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):  # imported here: most runs have no configuration file
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"is not valid TOML ({exc})") from None


def _keys(table: dict[str, Any], allowed: tuple[str, ...], path: Path, where: str) -> dict[str, Any]:
    """Keys with dashes turned into underscores; unknown keys are an error."""
    normal = {key.replace("-", "_"): value for key, value in table.items()}
    unknown = sorted(set(normal) - set(allowed))
    if unknown:
        raise InputError(path, f"unknown key{'s' if len(unknown) > 1 else ''} in {where}: {', '.join(unknown)}")
    return normal


def _expect(ok: bool, path: Path, problem: str) -> None:
    if not ok:
        raise InputError(path, problem)


def _string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _string_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def validate(table: dict[str, Any], path: Path) -> dict[str, Any]:
    """Check types and values of a configuration table; return it with normalised keys."""
    values = _keys(table, _KEYS, path, "[tool.mtcheck]")
    for key in ("select", "ignore"):
        if isinstance(values.get(key), str):
            values[key] = [c.strip() for c in values[key].split(",") if c.strip()]
    for key in ("select", "ignore", "allowlist"):
        _expect(_string_list(values.get(key, [])), path, f"'{key}' must be a list of strings")
    _expect(isinstance(values.get("baseline", ""), str), path, "'baseline' must be a string")
    _expect(isinstance(values.get("allow_outside", False), bool), path, "'allow-outside' must be true or false")
    for key in ("source_lang", "target_lang"):
        if key in values:
            values[key] = normalise(values[key], f"{path}: '{key.replace('_', '-')}'")
    max_bytes = values.get("max_bytes", 1)
    _expect(isinstance(max_bytes, int) and not isinstance(max_bytes, bool) and max_bytes > 0,
            path, "'max-bytes' must be a positive number of bytes")
    fail_on = values.get("fail_on", "major")
    _expect(isinstance(fail_on, str) and fail_on in FAIL_ON, path, f"'fail-on' must be one of {', '.join(FAIL_ON)}")
    _expect(_string_map(values.get("models", {})), path, "'models' must map a direction like 'de-en' to a model")
    severity = values.get("severity", {})
    _expect(_string_map(severity) and set(severity.values()) <= {s.value for s in Severity},
            path, "'severity' must map check codes to 'major' or 'minor'")
    _check_codes(severity, path)
    _expect(isinstance(values.get("glossary", {}), dict), path,
            "'glossary' must be a table with 'terms' and 'keep' ([tool.mtcheck.glossary])")
    glossary = _keys(values.get("glossary", {}), _GLOSSARY_KEYS, path, "[tool.mtcheck.glossary]")
    _expect(_string_map(glossary.get("terms", {})), path, "glossary 'terms' must map source terms to renderings")
    _expect(_string_list(glossary.get("keep", [])), path, "glossary 'keep' must be a list of names")
    values["glossary"] = glossary
    return values


def _check_codes(severity: dict[str, str], path: Path) -> None:
    from mtcheck.checks import find_check

    unknown = [code for code in severity if find_check(code) is None]
    _expect(not unknown, path, f"unknown check code in 'severity': {', '.join(unknown)}")
