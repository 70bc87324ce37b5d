"""Regression check: git revisions, the decision from timings, and the CI reports."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from wattlens import check_reports
from wattlens.config import ConfigError
from wattlens.models import ChangedLocation
from wattlens.verify.harness import BenchOutcome, WorkloadRun
from wattlens.verify.regression import RegressionError, _decide, _raise_on_failure
from wattlens.verify.revisions import Revision, changed_files, materialize, resolve_revision
from wattlens.verify.verifier import VerifyOptions


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=cwd, check=True, capture_output=True, text=True,
    ).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "app").mkdir(parents=True)
    (root / "app" / "core.py").write_text("def f():\n    return 1\n")
    (root / "app" / "gone.py").write_text("X = 1\n")
    (root / "README").write_text("top\n")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-qm", "base")
    return root


def test_materialize_gives_the_revision_plus_untracked_inputs(repo: Path, tmp_path: Path) -> None:
    app = repo / "app"
    (app / "core.py").write_text("def f():\n    x = 0\n    return 2\n")
    (app / "gone.py").unlink()
    (app / "data.csv").write_text("untracked input\n")
    revision = resolve_revision(app, "HEAD")
    assert revision.prefix == "app/" and len(revision.commit) == 40

    copy = tmp_path / "at-head"
    materialize(app, revision, copy)
    assert (copy / "core.py").read_text() == "def f():\n    return 1\n"
    assert (copy / "gone.py").read_text() == "X = 1\n"
    assert (copy / "data.csv").read_text() == "untracked input\n"
    assert not (copy / "README").exists()  # outside the project folder
    assert (app / "core.py").read_text().endswith("return 2\n")  # the working tree is untouched

    changed = changed_files(app, revision)
    assert ("app/core.py", 2) in [(c.path, c.line) for c in changed]
    assert all(c.path.startswith("app/") for c in changed)


@pytest.mark.parametrize(
    ("ref", "message"),
    [("no-such-branch", "is not a commit"), ("--upload-pack=x", "is not a git revision")],
)
def test_bad_baselines_say_how_to_fix(repo: Path, ref: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        resolve_revision(repo, ref)


def test_outside_git_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not inside a git working tree"):
        resolve_revision(tmp_path, "HEAD")


def _outcome(old: list[float], new: list[float], cpu_scale: float = 1.0) -> BenchOutcome:
    runs = []
    for pair, (a, b) in enumerate(zip(old, new, strict=True)):
        for variant, wall in (("a", a), ("b", b)):
            runs.append(WorkloadRun(variant=variant, index=len(runs), wall_s=wall, cpu_s=wall * cpu_scale,  # type: ignore[arg-type]
                                    exit_code=0, stderr_tail="", audit=[], pair=pair))
    return BenchOutcome(runs=runs, outputs={}, audit={}, stop="max_pairs", duration_s=sum(old) + sum(new))


REVISION = Revision(name="main", commit="c" * 40, prefix="", top=Path("/repo"))


def test_a_clear_slowdown_regresses() -> None:
    check = _decide(_outcome([1.0, 1.01, 0.99, 1.0, 1.02, 0.98], [1.3, 1.31, 1.29, 1.3, 1.32, 1.28]),
                    VerifyOptions(), REVISION, "python w.py", [])
    assert check.regressed and check.time.regressed and check.energy.regressed
    assert check.time.ratio == pytest.approx(1.3, rel=0.02) and check.time.p_value < 0.01
    assert "regressed against main" in check.reasons[0]


def test_noise_and_small_slowdowns_do_not_regress() -> None:
    same = _decide(_outcome([1.0, 1.1, 0.9, 1.05, 0.95, 1.0], [1.05, 0.9, 1.1, 0.95, 1.0, 1.0]),
                   VerifyOptions(), REVISION, "w", [])
    assert not same.regressed
    small = _decide(_outcome([1.0] * 6, [1.03, 1.031, 1.032, 1.033, 1.034, 1.035]),
                    VerifyOptions(noise_floor=0.05), REVISION, "w", [])
    assert not small.regressed and small.time.p_value < 0.01  # significant, but under the threshold
    faster = _decide(_outcome([1.0] * 6, [0.5] * 6), VerifyOptions(), REVISION, "w", [])
    assert not faster.regressed and "did not regress" in faster.reasons[0]


def test_unreadable_cpu_time_falls_back_on_wall_time_and_says_so() -> None:
    check = _decide(_outcome([1.0] * 6, [1.0] * 6, cpu_scale=0.0), VerifyOptions(), REVISION, "w", [])
    assert "wall time (CPU time unreadable)" in check.energy_method


def test_a_failing_side_is_named() -> None:
    outcome = _outcome([1.0], [1.0])
    broken = outcome.runs[1].model_copy(update={"exit_code": 1, "stderr_tail": "Traceback\nValueError: boom\n"})
    with pytest.raises(RegressionError, match=r"fails on the working tree .*ValueError: boom"):
        _raise_on_failure(outcome.model_copy(update={"runs": [outcome.runs[0], broken]}), "python w.py", "main")


def test_reports_carry_the_figures_and_point_at_changed_code() -> None:
    changed = [ChangedLocation(file="docs/x.md", line=3), ChangedLocation(file="app/core.py", line=7)]
    check = _decide(_outcome([1.0, 1.01, 0.99, 1.0, 1.02, 0.98], [2.0, 2.02, 1.98, 2.0, 2.04, 1.96]),
                    VerifyOptions(), REVISION, "python w.py", changed)
    log = check_reports.sarif(check)
    assert log["version"] == "2.1.0"
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"WL001", "WL002"}
    location = results[0]["locations"][0]["physicalLocation"]
    assert location == {"artifactLocation": {"uri": "app/core.py", "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": 7}}
    assert "2.00×" in results[0]["message"]["text"]
    json.dumps(log)  # serialisable as it is
    summary = check_reports.markdown(check)
    assert "❌ regression" in summary and "| Wall time | 2.000× |" in summary and "`app/core.py`" in summary

    fine = _decide(_outcome([1.0] * 6, [1.0] * 6), VerifyOptions(), REVISION, "w", [])
    assert check_reports.sarif(fine)["runs"][0]["results"] == []
    assert "✅ no regression" in check_reports.markdown(fine)
