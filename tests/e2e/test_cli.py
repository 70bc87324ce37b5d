"""The command-line contract of ARCHITECTURE.md, run as a user would (real scalene, real Docker)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "patches"


def wattlens(*args: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wattlens", *args], cwd=cwd, capture_output=True, text=True,
        timeout=timeout, check=False,
    )


def test_profile_json_follows_the_contract(shop: Path) -> None:
    done = wattlens("profile", "--json", "--", "python", "workload.py", cwd=shop)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["schema"] == "wattlens.profile/1"
    assert document["elapsed_s"] > 0
    energy = document["energy"]
    assert energy["joules"] > 0 and energy["source"] == "estimated" and energy["co2e_g"] > 0
    assert energy["grid_g_per_kwh"] == 475
    functions = document["functions"]
    assert functions == sorted(functions, key=lambda f: -f["cpu_percent"])
    top = functions[0]
    assert top["name"] == "unknown_skus" and Path(top["file"]).is_absolute()
    assert top["file"] == str((shop / "shop" / "orders.py").resolve())
    assert top["line"] < top["end_line"] and top["energy_j"] > 0 and top["cpu_percent"] > 20
    lines = document["lines"]
    assert lines and lines == sorted(lines, key=lambda ln: -ln["cpu_percent"])
    assert {"file", "line", "cpu_percent"} <= set(lines[0])


def test_profile_table_labels_the_estimate(shop: Path) -> None:
    done = wattlens("profile", "--", "python", "workload.py", cwd=shop)
    assert done.returncode == 0, done.stderr
    assert "≈ estimated" in done.stdout and "unknown_skus" in done.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("profile", "--json"), "Name the command"),
        (("profile", "--", "python", "no_such_script.py"), "no_such_script.py"),
        (("optimize", "--target", "shop/orders.py"), "FILE:QUALNAME"),
        (("optimize", "--target", "shop/orders.py:no_such_function"), "no_such_function"),
        (("verify", "--patch", "missing.diff", "--target", "shop/orders.py:unknown_skus"), "missing.diff"),
        (("check", "--baseline", "main"), "not inside a git working tree"),
        (("check", "--baseline", "main", "--threshold", "-1"), "--threshold"),
        (("optimize", "--target", "shop/orders.py:unknown_skus", "--no-model", "--no-recipes"), "nothing to generate"),
        (("optimize", "--target", "shop/orders.py:unknown_skus", "--repair-rounds", "9"), "--repair-rounds"),
        (("fetch-model", "gpt-5"), "known: qwen2.5-coder-0.5b"),
    ],
)
def test_bad_input_exits_2_with_a_clear_reason(shop: Path, args: tuple[str, ...], message: str) -> None:
    before = {p: p.read_bytes() for p in shop.rglob("*.py")}
    done = wattlens(*args, cwd=shop, timeout=120)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert message in done.stderr and "Traceback" not in done.stderr
    assert {p: p.read_bytes() for p in shop.rglob("*.py")} == before


def test_verify_json_prints_one_candidate_and_changes_nothing(shop: Path) -> None:
    before = (shop / "shop" / "orders.py").read_text()
    done = wattlens(
        "verify", "--json", "--patch", str(FIXTURES / "drops-duplicates.diff"),
        "--target", "shop/orders.py:unknown_skus", cwd=shop,
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["verdict"] == "rejected" and report["reasons"]
    assert {"id", "source", "diff", "speedup", "energy_ratio", "p_value"} <= set(report)
    assert report["patch"] == report["diff"] and report["target_scope"] == "shop/orders.py:unknown_skus"
    assert report["risk_score"] == 1.0  # the tests fail with this patch
    assert (shop / "shop" / "orders.py").read_text() == before
    # The audit log holds the patch and its verdict.
    log = Path(done.stderr.split("audit log: ", 1)[1].split()[0])
    events = [json.loads(line) for line in log.read_text().splitlines()]
    assert [e["event"] for e in events[-2:]] == ["candidate", "verdict"]
    assert events[-1]["verdict"]["accepted"] is False and events[-2]["diff"] == report["diff"]


def test_optimize_json_with_recipes_only_carries_the_seed_fields_and_learns(shop: Path, tmp_path: Path) -> None:
    learning = tmp_path / "learning"
    before = (shop / "shop" / "orders.py").read_text()
    done = subprocess.run(
        [sys.executable, "-m", "wattlens", "optimize", "--json", "--target", "shop/orders.py:unknown_skus",
         "--no-model", "--all-candidates"],
        cwd=shop, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "WATTLENS_LEARNING_DIR": str(learning)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["schema"] == "wattlens.optimize/1" and result["applied"] is False
    [candidate] = result["candidates"]
    assert candidate["source"] == "recipe" and candidate["verdict"] == "accepted"
    assert result["best"]["id"] == candidate["id"] and result["choices"] == [candidate["id"]]
    # The seed's candidate schema, every figure derived from the sandbox's measurements.
    assert candidate["patch"] == candidate["diff"]
    assert candidate["target_scope"] == "shop/orders.py:unknown_skus"
    assert candidate["estimated_kwh_delta"] < 0 and candidate["estimated_co2_delta_kg"] < 0
    assert "estimated" in candidate["energy_basis"]
    assert 0.95 < candidate["confidence"] <= 1 and 0 < candidate["risk_score"] < 0.5
    assert candidate["required_tests"] == ["tests/test_orders.py"]
    assert candidate["memory_ratio"] is not None and 0.5 < candidate["memory_ratio"] < 2
    # The outcome was counted for the next run's choice of generator, and the project is unchanged.
    assert (learning / "generators.sqlite").is_file()
    assert (shop / "shop" / "orders.py").read_text() == before


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=cwd, check=True,
                   capture_output=True)


def test_check_fails_on_a_regression_with_reports_and_passes_on_a_gain(shop: Path, tmp_path: Path) -> None:
    # Baseline: the fast version, committed; working tree: the slow original.
    _git(shop, "init", "-q")
    _git(shop, "apply", str(FIXTURES / "set-lookup.diff"))
    _git(shop, "add", ".")
    _git(shop, "commit", "-qm", "fast")
    _git(shop, "apply", "-R", str(FIXTURES / "set-lookup.diff"))
    slow = (shop / "shop" / "orders.py").read_text()
    markdown, sarif = tmp_path / "check.md", tmp_path / "check.sarif"

    done = wattlens("check", "--json", "--baseline", "HEAD", "--markdown", str(markdown),
                    "--sarif", str(sarif), cwd=shop)
    assert done.returncode == 1, (done.stdout, done.stderr)
    document = json.loads(done.stdout)
    assert document["schema"] == "wattlens.check/1" and document["regressed"] is True
    assert document["time"]["regressed"] and document["time"]["ratio"] > 2 and document["time"]["p_value"] < 0.05
    assert document["energy_source"] == "estimated" and document["n"] >= 6
    results = json.loads(sarif.read_text())["runs"][0]["results"]
    assert "WL001" in {r["ruleId"] for r in results}
    uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "shop/orders.py"
    assert "❌ regression" in markdown.read_text()
    assert (shop / "shop" / "orders.py").read_text() == slow  # the working tree is only read

    # The other way round: the working tree is the fast one.
    _git(shop, "commit", "-qam", "slow again")
    _git(shop, "apply", str(FIXTURES / "set-lookup.diff"))
    done = wattlens("check", "--baseline", "HEAD", cwd=shop)
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert "no significant regression" in done.stdout and "did not regress" in done.stdout


def test_report_draws_the_history_of_profiles(shop: Path, tmp_path: Path) -> None:
    done = wattlens("report", "--out", str(tmp_path / "none.html"), cwd=shop)
    assert done.returncode == 1 and "No history" in done.stderr
    for _ in range(2):
        assert wattlens("profile", "--mode", "fast", "--", "python", "workload.py", cwd=shop).returncode == 0
    out = tmp_path / "report.html"
    done = wattlens("report", "--out", str(out), cwd=shop)
    assert done.returncode == 0, done.stderr
    page = out.read_text()
    assert "Energy per function" in page and "unknown_skus" in page and page.count("<svg") == 2
