"""What a plain ``mtcheck check`` of two text files loads: what its text report needs, nothing more.

Start-up time follows from what a run imports, so this pins the imports, not a
time: the readers, renderers, baselines, configuration parser, translation
backends and model libraries of other runs stay out of a plain one.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SEED = ROOT / "corpora" / "seed"

# Loaded only by the runs that need them (another input or output format, a baseline, a
# configuration file, a translator, the evaluation, a text without a language, worker
# processes), or never on the heuristic path.
NOT_LOADED = (
    "mtcheck.report.json_report", "mtcheck.report.jsonl", "mtcheck.report.sarif", "mtcheck.report.junit",
    "mtcheck.report.github", "mtcheck.report.html", "mtcheck.report.evidence",
    "mtcheck.inputs.html", "mtcheck.inputs.markdown", "mtcheck.inputs.po", "mtcheck.inputs.xml_units",
    "mtcheck.inputs.jsonl", "mtcheck.inputs.records", "mtcheck.inputs.units",
    "mtcheck.run.baseline", "mtcheck.run.distributed", "mtcheck.eval",
    "mtcheck.translate.seq2seq", "mtcheck.translate.command", "mtcheck.translate.cache",
    "mtcheck.translate.factory", "mtcheck.translate.precomputed",
    "mtcheck.text.langid", "mtcheck.checks.roundtrip.scoring", "signal",
    "jinja2", "lxml", "langcodes", "py3langid", "tomllib", "hashlib", "xml", "lzma", "bz2",
    "torch", "transformers", "sentencepiece", "ray", "numpy", "wordfreq", "lemminflect",
)

_PROBE = """
import sys
from mtcheck.cli import main
try:
    main(["check", *sys.argv[1:]])
except SystemExit as stop:
    print("EXIT", stop.code)
print("LOADED", " ".join(sorted(sys.modules)))
"""


@pytest.mark.parametrize("languages", [[], ["-s", "de-DE", "-t", "en"]])
def test_a_text_check_of_two_files_loads_only_what_it_needs(tmp_path, languages):
    # Not parsed: it names mtcheck (as mtcheck's own does, where the bench runs) but has no [tool.mtcheck].
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "mtcheck"\n\n[project.scripts]\nmtcheck = "mtcheck.cli:main"\n'
                                             '\n[tool.importlinter]\nroot_package = "mtcheck"\n')
    files = [str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt")]
    piped = {name: value for name, value in os.environ.items() if name != "COLUMNS"}  # as in CI: output to a pipe
    done = subprocess.run([sys.executable, "-c", _PROBE, *files, *languages],
                          cwd=tmp_path, env=piped, capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert "MT" in done.stdout and lines[-2] == "EXIT 1"  # a text report with findings: the run did its work
    loaded = set(lines[-1].split()[1:])
    assert {"mtcheck.report.text", "mtcheck.checks.names"} <= loaded
    unwanted = sorted(m for m in loaded if m in NOT_LOADED or m.startswith(tuple(p + "." for p in NOT_LOADED)))
    assert unwanted == []
