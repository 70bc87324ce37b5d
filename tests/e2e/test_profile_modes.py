"""Profile modes on the example project with the real py-spy and scalene (no timing asserts)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wattlens.profiling.profiler import profile_workload

pytestmark = pytest.mark.e2e

MEMBERSHIP = "if sku not in catalog_skus:"


def _membership_line(shop: Path) -> int:
    source = (shop / "shop" / "orders.py").read_text().splitlines()
    return next(i for i, text in enumerate(source, 1) if text.strip() == MEMBERSHIP)


@pytest.mark.parametrize("mode", ["fast", "full", "scalene"])
def test_hot_line_is_the_membership_test(shop: Path, mode: str) -> None:
    profile = profile_workload(["python", "workload.py"], shop, mode=mode)  # type: ignore[arg-type]
    orders = str((shop / "shop" / "orders.py").resolve())
    assert profile.mode == mode and profile.line_source == "py-spy"
    assert profile.functions[0].name == "unknown_skus" and profile.functions[0].file == orders
    assert profile.functions[0].source == ("scalene" if mode == "scalene" else "py-spy")
    hottest = profile.lines_in(shop / "shop" / "orders.py")[0]
    assert hottest.line == _membership_line(shop) and hottest.source == "py-spy" and hottest.samples > 0
    assert profile.cpu_s > 0 and profile.energy.joules > 0


def test_fast_mode_is_one_py_spy_run_with_inclusive_shares(shop: Path) -> None:
    profile = profile_workload(["python", "workload.py"], shop, mode="fast")
    assert profile.function_source == "py-spy" and "py-spy" in profile.profiler
    by_name = {f.name: f for f in profile.functions}
    top = by_name["unknown_skus"]
    assert top.inclusive_percent is not None and top.inclusive_percent >= top.cpu_percent
    assert profile.max_rss_mb is not None and profile.max_rss_mb > 0


def test_cli_fast_mode_with_repeats_reports_the_spread(shop: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wattlens", "profile", "--json", "--mode", "fast", "--repeat", "2",
         "--", "python", "workload.py"],
        cwd=shop, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["schema"] == "wattlens.profile/1" and document["mode"] == "fast"
    assert document["runs"] == 2 and document["elapsed_s_stdev"] is not None
    top = document["functions"][0]
    assert top["name"] == "unknown_skus" and top["runs"] == 2 and top["cpu_percent_stdev"] is not None
    assert document["lines"][0]["line"] == _membership_line(shop)


def test_a_failing_workload_is_reported_in_fast_mode(shop: Path) -> None:
    (shop / "boom.py").write_text("raise SystemExit('boom: no orders today')\n")
    from wattlens.profiling.runner import WorkloadError

    with pytest.raises(WorkloadError, match="no orders today"):
        profile_workload(["python", "boom.py"], shop, mode="fast")
