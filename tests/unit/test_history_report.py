"""The per-project history (SQLite) and the HTML report drawn from it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from wattlens.models import (
    Benchmark,
    Candidate,
    EnergyMeasurement,
    FunctionProfile,
    Profile,
    TestRun,
    Verdict,
)
from wattlens.report import render_report
from wattlens.store import History


def profile(joules: float) -> Profile:
    energy = EnergyMeasurement(joules=joules, source="estimated", method="≈ CPU time × 4 W", window_s=1.0,
                               co2e_g=joules / 3.6e6 * 475, grid_g_per_kwh=475)
    function = FunctionProfile(file="/p/m.py", name="Hot.<run>", line=1, end_line=5, cpu_percent=90.0,
                               energy_j=joules * 0.9, co2e_g=0.0)
    return Profile(command=["python", "w.py"], cwd="/p", elapsed_s=1.0, cpu_s=1.0, energy=energy,
                   profiler="py-spy", functions=[function], lines=[])


def verdict() -> Verdict:
    bench = Benchmark(n=3, baseline_s=[1.0, 1.1, 0.9], candidate_s=[0.5, 0.4, 0.6], baseline_cpu_s=[1.0, 1.0, 1.0],
                      candidate_cpu_s=[0.5, 0.5, 0.5], speedup=2.0, ci95=(1.5, 2.5), p_value=0.04, energy_ratio=0.5,
                      energy_source="estimated", energy_method="ratio of CPU time")
    tests = TestRun(command="pytest", passed=True, exit_code=0, duration_s=0.1)
    return Verdict(accepted=True, reasons=["faster <b>"], tests=tests, benchmark=bench)


def test_history_keeps_profiles_and_verdicts_with_the_dataset_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATTLENS_CACHE_DIR", str(tmp_path / "cache"))
    history = History.for_project(tmp_path / "proj")
    assert history.profiles() == [] and history.verdicts() == []
    history.record_profile(profile(2.0))
    history.record_profile(profile(1.0))
    candidate = Candidate(id="c1", source="recipe", diff="--- a/m.py\n", new_source="def f(): pass\n")
    history.record_verdict("m.py:f", candidate, verdict(), "def f(): slow\n", profile(3.6e6))

    assert [p.energy.joules for _, p in history.profiles()] == [2.0, 1.0]
    ((_, scope, stored),) = history.verdicts()
    assert scope == "m.py:f · c1" and stored == verdict()
    with sqlite3.connect(history.path) as db:
        row = db.execute("SELECT scope, code_before, code_after, profile_before, profile_after, tests_passed "
                         "FROM verdicts").fetchone()
    assert row[:3] == ("m.py:f", "def f(): slow\n", "def f(): pass\n")
    assert json.loads(row[3]) == {"cpu_seconds": 1.0, "kWh": 1.0}
    assert json.loads(row[4]) == {"cpu_seconds": 0.5, "kWh": 0.5} and row[5] == 1


def test_report_draws_functions_trend_and_distributions_offline() -> None:
    page = render_report("/p", [("t1", profile(2.0)), ("t2", profile(1.0))], [("t3", "m.py:f · c1", verdict())], [])
    assert page.count("<svg") == 3  # functions, trend, one distribution
    assert "Hot.&lt;run&gt;" in page and "faster &lt;b&gt;" in page  # names and reasons are escaped
    assert "2.00× (95% CI 1.50–2.50)" in page
    assert "src=" not in page and "<script" not in page and "<link" not in page  # nothing loaded from anywhere
