"""Faults around a run: interrupts, killed parents, outputs that cannot be written."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck import cli

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "seed"
SOURCE = "Der Geheimdienst veröffentlichte ein Video, das den Angriff zeigen soll.\n"
GLUED = "The intelligence service published a Videowhich is intended to show the attack.\n"


@pytest.fixture
def pair(tmp_path) -> list[str]:
    paths = []
    for name, text in (("a.de.txt", SOURCE), ("a.en.txt", GLUED)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def check(*args: str):
    return CliRunner().invoke(cli.main, ["check", *args])


def _one_line_error(result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtcheck: error: "), result.stderr
    assert all(w in lines[0] for w in words) and "Traceback" not in result.output


# --- outputs -------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_an_output_in_a_missing_directory_is_one_line(pair, tmp_path, fmt):
    _one_line_error(check(*pair, "--format", fmt, "-o", str(tmp_path / "nowhere" / "out")), "nowhere", "cannot be written")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_an_output_that_is_a_directory_is_one_line(pair, tmp_path, fmt):
    _one_line_error(check(*pair, "--format", fmt, "-o", str(tmp_path)), "is a directory")


def test_a_read_only_output_is_refused_and_left_alone(pair, tmp_path):
    out = tmp_path / "report.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o444)
    _one_line_error(check(*pair, "--format", "json", "-o", str(out)), "read-only")
    assert out.read_text(encoding="utf-8") == "old"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_full_device_is_one_line(pair, fmt):
    _one_line_error(check(*pair, "--format", fmt, "-o", "/dev/full"), "/dev/full", "cannot be written")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_stdout_on_a_full_device_is_one_line(pair, fmt):
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "mtcheck", "check", *pair, "--format", fmt], stdout=full,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == ["mtcheck: error: stdout: cannot be written (No space left on device)"]


def test_a_report_replaces_its_file_whole_and_leaves_no_temporary_file(pair, tmp_path):
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    out.write_text("previous report", encoding="utf-8")
    assert check(*pair, "--format", "json", "-o", str(out)).exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["documents"] and os.listdir(out.parent) == ["report.json"]


def test_text_that_utf8_cannot_encode_is_escaped_not_a_traceback(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text('{"id": "bad\\ud800", "source": "Der Minister berichtete am Sonntag.", '
                    '"target": "The minister reportedSunday \\ud800.", "source_lang": "de", "target_lang": "en"}\n',
                    encoding="utf-8")
    for fmt in ("text", "html", "json", "jsonl"):
        result = check(str(path), "--format", fmt, "--select", "MT101")
        assert result.exit_code == 1 and "Traceback" not in result.output, fmt
        assert "reportedSunday" in result.stdout, fmt


# --- interrupts and killed parents ---------------------------------------------------------------

def test_ctrl_c_is_one_line_and_exit_130(pair, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "run", interrupted)
    result = check(*pair)
    assert result.exit_code == 130 and result.stderr == "mtcheck: interrupted\n"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def big_archive(tmp_path) -> Path:
    """Enough documents to keep two workers busy for a while."""
    for lang in ("de", "en"):
        (tmp_path / lang).mkdir()
        for k in range(60):
            shutil.copy(SEED / f"belgorod.{lang}.txt", tmp_path / lang / f"a{k:02d}.{lang}.txt")
    return tmp_path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_workers_end_with_their_parent(big_archive, signum):
    run = subprocess.Popen([sys.executable, "-m", "mtcheck", "check", str(big_archive / "de"),
                            str(big_archive / "en"), "--jobs", "2", "--format", "jsonl"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert _wait_for(lambda: len(_children(run.pid)) >= 2, 30), "the workers never started"
        workers = _children(run.pid)
        run.send_signal(signum)
        status = run.wait(timeout=10)
        assert _wait_for(lambda: not any(_running(w) for w in workers), 5), "a worker outlived its parent"
    finally:
        run.kill()
        run.wait()
    if signum == signal.SIGINT:
        assert status == 130 and run.stderr.read().strip().endswith("mtcheck: interrupted")
