"""The seed's candidate fields, derived from what the verifier measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from wattlens.assessment import assess, naming_test_files, risk_score
from wattlens.models import Benchmark, TestRun, Verdict

DIFF = """\
--- a/shop/orders.py
+++ b/shop/orders.py
@@ -1,4 +1,3 @@
 def unknown_skus(order_skus, catalog_skus):
-    result = []
-    for sku in order_skus:
-        if sku not in catalog_skus:
+    unknown = set(catalog_skus)
+    return [sku for sku in order_skus if sku not in unknown]
"""


def _verdict(*, replayed: int | None = 40, passed: bool = True, p: float = 0.002, ratio: float = 0.25) -> Verdict:
    bench = Benchmark(
        n=6, baseline_s=[1.0] * 6, candidate_s=[0.25] * 6, baseline_cpu_s=[2.0] * 6, candidate_cpu_s=[0.5] * 6,
        speedup=4.0, ci95=(3.8, 4.2), p_value=p, energy_ratio=ratio, energy_source="estimated",
        energy_method="CPU time ratio",
    )  # fmt: skip
    tests = TestRun(command="pytest", passed=passed, exit_code=0 if passed else 1, duration_s=1.0)
    return Verdict(accepted=passed, reasons=[], tests=tests, benchmark=bench, replayed_calls=replayed)


def test_energy_deltas_come_from_the_measured_cpu_time_when_no_profile(tmp_path: Path) -> None:
    found = assess("shop/orders.py:unknown_skus", _verdict(), DIFF, tmp_path, "pytest -q")
    assert found.target_scope == "shop/orders.py:unknown_skus"
    assert found.estimated_kwh_delta is not None and found.estimated_kwh_delta < 0
    assert found.estimated_co2_delta_kg == pytest.approx(found.estimated_kwh_delta * 475 / 1000)
    assert found.energy_basis is not None and "estimated" in found.energy_basis and "475" in found.energy_basis
    assert found.confidence == pytest.approx(0.998)
    assert found.required_tests == ["pytest -q"]  # no test file names the function


def test_without_a_benchmark_nothing_is_claimed(tmp_path: Path) -> None:
    verdict = Verdict(accepted=False, reasons=["does not apply"])
    found = assess("m.py:f", verdict, DIFF, tmp_path, "pytest")
    assert (found.estimated_kwh_delta, found.estimated_co2_delta_kg, found.confidence) == (None, None, 0.0)


def test_risk_grows_without_replay_with_imports_and_size_and_failing_tests_are_certain_risk() -> None:
    checked = risk_score(_verdict(), DIFF)
    unreplayed = risk_score(_verdict(replayed=0), DIFF)
    with_import = risk_score(_verdict(), DIFF + "+import bisect\n")
    assert 0 < checked < with_import and checked < unreplayed <= 1
    assert risk_score(_verdict(passed=False), DIFF) == 1.0
    huge = DIFF + "".join(f"+x{i} = {i}\n" for i in range(500))
    assert risk_score(_verdict(), huge) == pytest.approx(checked + 0.3 - 0.05, abs=0.01)


def test_required_tests_are_the_files_naming_the_function(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_orders.py").write_text("from shop.orders import unknown_skus\n")
    (tmp_path / "tests" / "test_other.py").write_text("def test_x(): unknown_skus_count = 1\n")
    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    (tmp_path / ".venv" / "lib" / "test_vendored.py").write_text("unknown_skus\n")
    assert naming_test_files(tmp_path, "unknown_skus") == ["tests/test_orders.py"]
    found = assess("shop/orders.py:Orders.unknown_skus", _verdict(), DIFF, tmp_path, "pytest")
    assert found.required_tests == ["tests/test_orders.py"]
