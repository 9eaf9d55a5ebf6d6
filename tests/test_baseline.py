import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck import cli
from mtcheck.run.api import check_texts
from mtcheck.run.baseline import apply_baseline, entries, fingerprint, read_baseline
from mtcheck.errors import InputError
from mtcheck.options import Options

SEED = Path(__file__).resolve().parents[1] / "corpora" / "seed"
# A space lost between two words, as when a link's markup is stripped.
GARBLE = ("the city of Belgorod decided", "the cityof Belgorod decided")


@pytest.fixture
def seed(tmp_path, monkeypatch) -> tuple[str, str]:
    """A copy of the seed pair in a working directory of its own."""
    monkeypatch.chdir(tmp_path)
    for name in ("belgorod.de.txt", "belgorod.en.txt"):
        shutil.copy(SEED / name, tmp_path / name)
    return "belgorod.de.txt", "belgorod.en.txt"


def run(*args: str):
    return CliRunner().invoke(cli.main, ["check", *args])


def garble(path: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    assert GARBLE[0] in text
    Path(path).write_text(text.replace(GARBLE[0], GARBLE[1]), encoding="utf-8")


def test_baseline_of_the_seed_passes_and_a_new_garble_fails(seed):
    recorded = run(*seed, "--write-baseline", "baseline.json")
    assert recorded.exit_code == 0, recorded.output
    assert read_baseline("baseline.json"), "the seed has known garbles"

    again = run(*seed, "--baseline", "baseline.json")
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith("No findings.\n") and "suppressed by the baseline" in again.stdout

    garble(seed[1])
    after = run(*seed, "--baseline", "baseline.json", "--format", "json")
    assert after.exit_code == 1
    found = [f for d in json.loads(after.stdout)["documents"] for f in d["findings"]]
    assert any(f["code"] == "MT101" and f["target"]["text"] == "cityof" for f in found)
    edited = Path(seed[1]).read_text(encoding="utf-8").index(GARBLE[1])
    # Nothing already accepted resurfaces: every finding reported is at the edit.
    assert all(f["target"]["start"] <= edited + len(GARBLE[1]) and edited <= f["target"]["end"] for f in found)


def test_only_the_new_finding_is_named(seed):
    assert run(*seed, "--select", "MT101", "--write-baseline", "baseline.json").exit_code == 0
    garble(seed[1])
    after = run(*seed, "--select", "MT101", "--baseline", "baseline.json")
    assert after.exit_code == 1
    assert after.stdout.count("MT101") == 2  # the finding line and the summary
    assert "'cityof'" in after.stdout and "Videowhich" not in after.stdout
    assert "1 suppressed by the baseline" in after.stdout


def test_baseline_named_in_the_configuration(seed):
    assert run(*seed, "--write-baseline", "ci-baseline.json").exit_code == 0
    Path("mtcheck.toml").write_text("baseline = 'ci-baseline.json'\n", encoding="utf-8")
    assert run(*seed).exit_code == 0


SOURCE = "Der Minister berichtete am Sonntag.\n\nDas Video, das den Angriff zeigt, wurde gelöscht."
TARGET = "The minister reportedSunday.\n\nThe Videowhich shows the attack was deleted."


def findings_of(source: str, target: str):
    return check_texts(source, target, "de", "en", Options(select=("MT101",)))


def test_fingerprints_survive_edits_elsewhere():
    before = findings_of(SOURCE, TARGET)
    after = findings_of("Einleitung.\n\n" + SOURCE + "\n\nNachtrag.",
                        "A new introduction.\n\n" + TARGET.replace("was deleted", "has been deleted") + "\n\nPS.")
    prints = [fingerprint(f, before.target.text) for f in before.findings]
    assert len(prints) == 2
    assert [fingerprint(f, after.target.text) for f in after.findings][0] == prints[0]


def test_each_entry_suppresses_one_finding():
    repeated = findings_of(SOURCE + "\n\n" + SOURCE, TARGET + "\n\n" + TARGET)
    single = findings_of(SOURCE, TARGET)
    kept, suppressed = apply_baseline([repeated], entries([single]))
    assert suppressed == 2 and len(kept[0].findings) == 2


@pytest.mark.parametrize("content, problem", [
    ("{", "is not a readable baseline file"),
    ('{"version": 9, "findings": []}', "is not an mtcheck baseline"),
    ('{"version": 1, "findings": [{"code": "MT101"}]}', "has a finding without"),
    ('{"version": 1, "findings": [{"document": "a", "code": "MT101", "fingerprint": "f", "status": "maybe"}]}',
     "unknown status 'maybe'"),
])
def test_bad_baseline_files(tmp_path, content, problem):
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        read_baseline(path)


def test_missing_baseline_exits_2(seed):
    result = run(*seed, "--baseline", "nowhere.json")
    assert result.exit_code == 2 and "no such baseline file" in result.output
