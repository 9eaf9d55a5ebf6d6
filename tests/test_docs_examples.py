"""Every fenced example of README.md and docs/*.md runs or validates, and the CI recipes work as copied.

What happens to each kind of block:

- ``sh``/``bash``: each command line (split at ``&&``, ``# comments`` dropped) that starts with
  ``mtcheck`` runs in-process (click's CliRunner), in page order, in a sandbox directory that holds the
  repository's ``corpora/`` and the article tree the docs use (``articles/de/belgorod.de.txt`` and
  ``articles/en/belgorod.en.txt``, from the seed); it must exit 0 or 1.  Not run, by rule, each one
  reported as a skip with its reason: lines of other programs (``pip``, ``pytest``, ``python``,
  ``git``, ``hf``: installing, developing, listing changes, fetching a model), lines with a placeholder
  (an ALL-CAPS word such as ``SOURCE``, ``TARGET`` or ``N``, a ``[-v]`` optional part or a ``<owner>``),
  and lines that name one of ``ILLUSTRATIONS``, the stand-ins for the reader's own files.  Any other
  file a line names must exist, or the line exits 2 and fails.
- ``toml``: loaded by the real configuration loader (:func:`mtcheck.run.api.load_options`); it must
  validate, must not turn round trip on, and a baseline it names must be written by a ``--write-baseline``
  line of the same page; then the seed is checked with it.
- ``yaml``/``yml``: parsed, and each has the keys its consumer needs (a GitHub workflow or list of steps,
  a GitLab job, a pre-commit configuration); a step that uses the mtcheck action passes only its inputs.
- ``json``: parsed; the README's contract example matches a real run on the seed (keys, offsets).

The repository's ``action.yml``, ``.github/workflows/mtcheck.yml`` and ``.pre-commit-hooks.yaml`` are
checked for their consumers' keys, and the action's script, the GitLab job's script and the pre-commit
entry are run in a small Git repository where a pull request changed an article.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.report import renderers
from mtcheck.run.api import Request, load_options, run

ROOT = Path(__file__).parent.parent
SEED = ROOT / "corpora" / "seed"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
ACTION = ROOT / "action.yml"
WORKFLOW = ROOT / ".github" / "workflows" / "mtcheck.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
# Stand-ins for the reader's own files: a command line naming one is an illustration, not run.
ILLUSTRATIONS = {
    "de/", "en/", "page.de.html", "page.en.html", "article.de.md", "article.en.md", "article.de.txt",
    "article.en.txt", "export.xlf", "export.xml", "memory.tmx", "pairs.jsonl", "exports/", "pipeline.jsonl",
    "changed.txt",
}
PLACEHOLDER = re.compile(r"(?<![\w./-])[A-Z]+(?![\w./-])|^\[|<\w+>")
ELLIPSES = ("…", "...")
SOURCE = "Der Geheimdienst veröffentlichte ein Video, das den Angriff zeigen soll.\n"
GLUED = "The intelligence service published a Videowhich is intended to show the attack.\n"
CLEAN = "The intelligence service published a video which is intended to show the attack.\n"


@dataclass(frozen=True)
class Block:
    """One fenced example: the page, the line its fence opens on, its language and its text."""

    page: Path
    line: int
    lang: str
    text: str

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def fenced_blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a Markdown page."""
    blocks, lang, start, lines = [], None, 0, []
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if lang is None and line.startswith("```"):
            lang, start, lines = line[3:].strip(), number, []
        elif lang is not None and line.strip() == "```":
            blocks.append(Block(page, start, lang, "\n".join(lines) + "\n"))
            lang = None
        elif lang is not None:
            lines.append(line)
    return blocks


BLOCKS = [block for page in PAGES for block in fenced_blocks(page)]


def _blocks(*langs: str) -> list[Block]:
    return [block for block in BLOCKS if block.lang in langs]


def command_lines(block: Block) -> list[tuple[str, list[str]]]:
    """Each command of a shell block as (its text, its words), in order."""
    commands = []
    for line in block.text.replace("\\\n", " ").splitlines():
        for part in line.split("&&"):
            words = shlex.split(part, comments=True)
            if words:
                commands.append((part.split(" #")[0].strip(), words))
    return commands


def not_run(words: list[str]) -> str | None:
    """Why a command line of the docs is not run (see the module docstring), or None."""
    if words[0] != "mtcheck":
        return f"{words[0]}: another program"
    placeholders = [w for w in words if PLACEHOLDER.search(w)]
    if placeholders:
        return f"placeholder {placeholders[0]}"
    illustrations = [w for w in words if w in ILLUSTRATIONS]
    return f"illustration {illustrations[0]}" if illustrations else None


SHELL_LINES = [(block, text, words) for block in _blocks("sh", "bash") for text, words in command_lines(block)]


def _sandbox(path: Path) -> Path:
    """A directory laid out as the docs assume: the repository's corpora and an article tree."""
    path.mkdir(parents=True, exist_ok=True)
    (path / "corpora").symlink_to(ROOT / "corpora", target_is_directory=True)
    for lang in ("de", "en"):
        (path / "articles" / lang).mkdir(parents=True)
        shutil.copy(SEED / f"belgorod.{lang}.txt", path / "articles" / lang)
    return path


@pytest.fixture(scope="module")
def sandboxes(tmp_path_factory):
    """One sandbox per page, shared by its command lines in page order (a baseline written, then read)."""
    made: dict[Path, Path] = {}

    def sandbox(page: Path) -> Path:
        if page not in made:
            made[page] = _sandbox(tmp_path_factory.mktemp(page.stem))
        return made[page]
    return sandbox


def _expand(words: list[str], cwd: Path) -> list[str]:
    """Shell globs expanded as a shell would (a pattern without a match stays as it is)."""
    out = []
    for word in words:
        matches = sorted(glob.glob(word, root_dir=cwd)) if any(c in word for c in "*?") else []
        out.extend(matches or [word])
    return out


def invoke(words: list[str], cwd: Path, monkeypatch):
    monkeypatch.chdir(cwd)
    return CliRunner().invoke(main, _expand(words[1:], cwd))


@pytest.mark.parametrize("block, text, words", SHELL_LINES,
                         ids=[f"{b.where}:{' '.join(w[:3])}" for b, _, w in SHELL_LINES])
def test_shell_example_runs(block, text, words, sandboxes, monkeypatch):
    reason = not_run(words)
    if reason:
        pytest.skip(reason)
    result = invoke(words, sandboxes(block.page), monkeypatch)
    assert result.exit_code in (0, 1), f"{block.where}: `{text}` exited {result.exit_code}: {result.stderr}"


def test_the_rule_runs_the_commands_that_matter():
    run_lines = {text for _, text, words in SHELL_LINES if not not_run(words)}
    assert "mtcheck check corpora/seed/belgorod.de.txt corpora/seed/belgorod.en.txt" in run_lines
    assert "mtcheck check articles/de articles/en --baseline mtcheck-baseline.json" in run_lines
    assert not_run(shlex.split("mtcheck check SOURCE TARGET --format json")) == "placeholder SOURCE"
    assert not_run(shlex.split("mtcheck eval a.tsv [-v] [--jobs N]")) == "placeholder [-v]"
    assert not_run(shlex.split("mtcheck check --select MT1,MT3 corpora/x.txt")) is None


def _write_baseline_lines(page: Path) -> dict[str, list[str]]:
    """The baseline files a page's command lines write, with the line that writes each."""
    written = {}
    for block, _, words in SHELL_LINES:
        if block.page == page and "--write-baseline" in words:
            written[words[words.index("--write-baseline") + 1]] = words
    return written


@pytest.mark.parametrize("block", _blocks("toml"), ids=lambda b: b.where)
def test_configuration_example_loads_and_works(block, tmp_path, monkeypatch):
    sandbox = _sandbox(tmp_path / "sandbox")
    name = "pyproject.toml" if "[tool.mtcheck]" in block.text else "mtcheck.toml"
    (sandbox / name).write_text(block.text, encoding="utf-8")
    monkeypatch.chdir(sandbox)
    options, baseline = load_options(Request())
    assert not options.translation.enabled(options.models), f"{block.where}: turns round trip on for every run"
    if baseline:
        writers = {(sandbox / path).resolve(): words for path, words in _write_baseline_lines(block.page).items()}
        writer = writers.get(Path(baseline).resolve())
        assert writer, f"{block.where}: baseline {baseline} is written by no example of the page"
        assert invoke(writer, sandbox, monkeypatch).exit_code == 0
    result = invoke(["mtcheck", "check", "corpora/seed/belgorod.de.txt", "corpora/seed/belgorod.en.txt"],
                    sandbox, monkeypatch)
    assert result.exit_code in (0, 1), result.stderr


def _matches(example, real) -> bool:
    """Whether a documented JSON value fits a real one: "…" stands for anything, lists hold examples."""
    if example in ELLIPSES:
        return True
    if isinstance(example, dict):
        return isinstance(real, dict) and all(k in real and _matches(v, real[k]) for k, v in example.items())
    if isinstance(example, list):
        return isinstance(real, list) and all(any(_matches(item, r) for r in real)
                                              for item in example if item not in ELLIPSES)
    return example == real


@pytest.mark.parametrize("block", _blocks("json"), ids=lambda b: b.where)
def test_json_example_parses(block):
    json.loads(block.text)


def test_json_contract_example_matches_a_real_run_on_the_seed(monkeypatch):
    (block,) = [b for b in _blocks("json") if b.page.name == "README.md" and '"version": 1' in b.text]
    example = json.loads(block.text)
    monkeypatch.chdir(ROOT)
    real = json.loads(renderers()["json"](run(Request("corpora/seed/belgorod.de.txt",
                                                      "corpora/seed/belgorod.en.txt"))))
    assert example["signature"]["checks"][0] == real["signature"]["checks"][0]
    (shown,) = example["documents"][0]["findings"]
    same = [f for f in real["documents"][0]["findings"] if f["code"] == shown["code"]
            and f["target"]["start"] == shown["target"]["start"]]
    assert same, f"{block.where}: no {shown['code']} at {shown['target']['start']} in a real run: update the example"
    assert "counterpart" in shown and _matches(shown["counterpart"], same[0]["counterpart"]), \
        f"{block.where}: the real counterpart is {same[0]['counterpart']}"
    assert _matches(example, real), f"{block.where}: the example does not match a real run on the seed"


def _action() -> dict:
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))


def _check_steps(steps: list, where: str) -> None:
    """Steps of a GitHub job: each uses an action or runs a script; the mtcheck action gets only its inputs."""
    inputs = set(_action()["inputs"])
    for step in steps:
        assert isinstance(step, dict) and ("uses" in step) != ("run" in step), f"{where}: bad step {step}"
        uses = step.get("uses", "")
        if uses == "./" or re.search(r"/mtcheck@", uses):
            assert set(step.get("with", {})) <= inputs, f"{where}: {set(step['with']) - inputs} not action inputs"


def _check_workflow(doc: dict, where: str) -> None:
    assert doc.get("on", doc.get(True)), f"{where}: no trigger ('on')"  # YAML 1.1 reads `on` as true
    for name, job in doc["jobs"].items():
        assert "runs-on" in job and job["steps"], f"{where}: job {name} needs runs-on and steps"
        _check_steps(job["steps"], where)


def _check_yaml(doc, where: str) -> None:
    """A YAML example has the keys its consumer needs; an unknown kind of example fails."""
    if isinstance(doc, dict) and "jobs" in doc:
        _check_workflow(doc, where)
    elif isinstance(doc, dict) and "repos" in doc:
        for repo in doc["repos"]:
            assert {"repo", "rev", "hooks"} <= set(repo) and all("id" in h for h in repo["hooks"]), where
    elif isinstance(doc, dict) and all(isinstance(job, dict) and "script" in job for job in doc.values()):
        for job in doc.values():
            assert all(isinstance(line, str) for line in job["script"]), where
    elif isinstance(doc, list) and all(isinstance(step, dict) for step in doc):
        _check_steps(doc, where)
    elif isinstance(doc, dict) and set(doc) == {"steps"}:
        _check_steps(doc["steps"], where)
    else:
        pytest.fail(f"{where}: a YAML example of no known kind")


@pytest.mark.parametrize("block", _blocks("yaml", "yml"), ids=lambda b: b.where)
def test_yaml_example_has_what_its_consumer_needs(block):
    _check_yaml(yaml.safe_load(block.text), block.where)


def test_workflow_checks_changed_articles_uploads_sarif_and_gates():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    _check_workflow(workflow, str(WORKFLOW))
    assert "pull_request" in workflow[True] and workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["mtcheck"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    action = next(s for s in steps if s.get("uses") == "./")
    assert action["with"]["fail-on"] == "major"
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == action["with"]["sarif-file"] and "!cancelled()" in upload["if"]


def test_action_is_a_composite_action_with_documented_safe_inputs():
    action = _action()
    assert action["name"] and action["description"] and action["runs"]["using"] == "composite"
    assert all(spec.get("description") for spec in action["inputs"].values())
    steps = action["runs"]["steps"]
    assert all("shell" in step for step in steps if "run" in step), "a composite run step needs a shell"
    text = ACTION.read_text(encoding="utf-8")
    assert set(re.findall(r"inputs\.([\w-]+)", text)) <= set(action["inputs"])
    assert not any("${{" in step.get("run", "") for step in steps), "inputs reach scripts through env only"
    step_ids = {step.get("id") for step in steps}
    assert all(re.search(r"steps\.(\w+)\.", out["value"]).group(1) in step_ids for out in action["outputs"].values())


def test_pre_commit_hooks_have_what_pre_commit_needs():
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["mtcheck"]
    assert all({"id", "name", "entry", "language"} <= set(h) for h in hooks)
    assert hooks[0]["language"] == "python" and (ROOT / "pyproject.toml").is_file()  # pip-installable


@pytest.fixture
def pull_request(tmp_path):
    """A Git repository whose last commit changed an article (glued words) and added a clean one."""
    repo, bin_dir = tmp_path / "repo", tmp_path / "bin"
    repo.mkdir()
    bin_dir.mkdir()
    shim = bin_dir / "mtcheck"  # `mtcheck` on PATH, as pip installs it, running this checkout
    shim.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m mtcheck "$@"\n')
    shim.chmod(0o755)

    def git(*args: str) -> str:
        return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo,
                              check=True, capture_output=True, text=True).stdout.strip()

    def write(name: str, text: str) -> None:
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")

    git("init", "-q")
    write("articles/de/a.de.txt", SOURCE)
    write("articles/en/a.en.txt", CLEAN)
    write("mtcheck.toml", 'source-lang = "de"\ntarget-lang = "en"\n')
    git("add", "-A")
    git("commit", "-qm", "base")
    base = git("rev-parse", "HEAD")
    write("articles/en/a.en.txt", GLUED)
    write("articles/de/b.de.txt", SOURCE)
    write("articles/en/b.en.txt", CLEAN)
    git("add", "-A")
    git("commit", "-qm", "change")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "RUNNER_TEMP": str(tmp_path),
           "GITHUB_OUTPUT": str(tmp_path / "github_output")}
    return repo, base, env


def _bash(script: str, repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """A script run as GitHub runs a `shell: bash` step."""
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=120)


def _action_env(with_: dict, base: str) -> dict[str, str]:
    """The action's check step environment for the workflow's `with:` values."""
    action = _action()
    values = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    values.update({name: str(value) for name, value in with_.items()}, base=base)
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    return {key: re.sub(r"\$\{\{ inputs\.([\w-]+) \}\}", lambda m: values[m.group(1)], value)
            for key, value in step["env"].items()}


def test_the_action_as_the_workflow_uses_it_checks_the_changed_articles(pull_request):
    repo, base, env = pull_request
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    with_ = next(s for s in workflow["jobs"]["mtcheck"]["steps"] if s.get("uses") == "./")["with"]
    script = next(s for s in _action()["runs"]["steps"] if s.get("id") == "check")["run"]
    result = _bash(script, repo, {**env, **_action_env(with_, base)})
    assert result.returncode == 1, result.stderr
    assert "::error file=articles/en/a.en.txt" in result.stdout
    outputs = Path(env["GITHUB_OUTPUT"]).read_text().split()
    assert "files=3" in outputs and f"sarif-file={with_['sarif-file']}" in outputs
    sarif = json.loads((repo / with_["sarif-file"]).read_text())
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["MT101"]
    assert (repo / with_["review-file"]).is_file()


def test_the_action_passes_when_no_article_changed(pull_request):
    repo, _, env = pull_request
    script = next(s for s in _action()["runs"]["steps"] if s.get("id") == "check")["run"]
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True).stdout.strip()
    result = _bash(script, repo, {**env, **_action_env({}, head)})
    assert result.returncode == 0 and "no added or modified files" in result.stdout
    assert "files=0" in Path(env["GITHUB_OUTPUT"]).read_text()


def test_the_gitlab_job_of_the_docs_gates_the_merge_request(pull_request):
    repo, base, env = pull_request
    (block,) = [b for b in _blocks("yaml") if b.page.name == "ci.md" and "script" in b.text]
    job = yaml.safe_load(block.text)["mtcheck"]
    script = [line for line in job["script"] if not line.startswith("pip install")]  # installed: the shim
    variables = {**job["variables"], "CI_MERGE_REQUEST_DIFF_BASE_SHA": base}
    result = _bash("\n".join(script), repo, {**env, **variables})
    assert result.returncode == 1, result.stderr
    assert "MT101" in (repo / job["artifacts"]["reports"]["junit"]).read_text()
    assert all((repo / path).is_file() for path in job["artifacts"]["paths"])


def test_the_pre_commit_hook_checks_the_staged_articles(pull_request):
    repo, _, env = pull_request
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    files = [f for f in ("articles/en/a.en.txt", "articles/de/b.de.txt") if re.search(hook["files"], f)]
    result = subprocess.run([*shlex.split(hook["entry"]), *files], cwd=repo, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert "articles/en/a.en.txt" in result.stdout and "MT101" in result.stdout
