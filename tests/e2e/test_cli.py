"""The command-line contract of ARCHITECTURE.md, run as a user would (real scalene, real Docker)."""

from __future__ import annotations

import json
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
    assert (shop / "shop" / "orders.py").read_text() == before
