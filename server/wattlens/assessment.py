"""The seed's candidate fields (kWh and CO2e deltas, confidence, risk, tests) from a verdict.

Every figure is derived from what the verifier measured, never from what the
model claims about its own patch:

- `estimated_kwh_delta`: the energy of one workload run times (energy ratio - 1).
  One run's energy is the profile's (measured or estimated, as the profile says)
  when the target was profiled, else the sandbox's median CPU time times the
  CPU-power estimate's watts per thread.  Negative is a saving.
- `estimated_co2_delta_kg`: that delta times the grid intensity (the profile's,
  else the world average).
- `confidence`: 1 - p of the one-sided test that the candidate is faster
  (0 when it was never timed).
- `risk_score`: 0-1, how much of the behaviour rests on the project's tests
  alone; see `risk_score`.
- `required_tests`: the test files that name the target function, else the
  project's test command: what to run again after applying.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path

from wattlens.models import Assessment, Profile, Verdict
from wattlens.profiling.carbon import grid_intensity_for
from wattlens.profiling.meters import cpu_power_model

JOULES_PER_KWH = 3.6e6
_TEST_FILE_GLOBS = ("test_*.py", "*_test.py")
_MAX_TEST_FILES = 20
_MAX_READ_BYTES = 1_000_000


def assess(
    scope: str,
    verdict: Verdict,
    diff: str,
    project_root: Path,
    tests_command: str,
    profile: Profile | None = None,
) -> Assessment:
    """The seed's fields for a candidate with `verdict` on target `scope` (FILE:QUALNAME)."""
    bench = verdict.benchmark
    kwh = co2 = None
    basis = None
    if bench is not None:
        run_joules, basis = _joules_per_run(bench.baseline_cpu_s, profile)
        if run_joules is not None:
            kwh = run_joules * (bench.energy_ratio - 1.0) / JOULES_PER_KWH
            grid = profile.energy.grid_g_per_kwh if profile is not None else grid_intensity_for(None)[0]
            co2 = kwh * grid / 1000.0
            basis = f"{basis} × (energy ratio {bench.energy_ratio:.3f} - 1), at {grid:g} gCO2e/kWh"
    return Assessment(
        target_scope=scope,
        estimated_kwh_delta=kwh,
        estimated_co2_delta_kg=co2,
        energy_basis=basis,
        confidence=round(max(0.0, 1.0 - bench.p_value), 4) if bench is not None else 0.0,
        risk_score=risk_score(verdict, diff),
        required_tests=naming_test_files(project_root, scope.rpartition(":")[2].rsplit(".", 1)[-1]) or [tests_command],
    )


def risk_score(verdict: Verdict, diff: str) -> float:
    """How much of the candidate's correctness rests on thin evidence, 0 to 1.

    Starts at 0.1 (no check is complete); +0.3 when no recorded call was replayed
    (only the project's tests vouch for the behaviour); +0.1 when it adds an
    import (new dependencies, new module state); + up to 0.3 for the size of the
    change (0.01 per changed line): big rewrites hide more.  Failing tests make it 1.
    """
    if verdict.tests is not None and not verdict.tests.passed:
        return 1.0
    changed = sum(
        1 for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))
    )
    adds_import = any(re.match(r"\+\s*(import|from)\s", line) for line in diff.splitlines())
    score = 0.1
    score += 0.3 if not verdict.replayed_calls else 0.0
    score += 0.1 if adds_import else 0.0
    score += min(0.3, 0.01 * changed)
    return round(min(score, 1.0), 2)


def naming_test_files(project_root: Path, name: str) -> list[str]:
    """Test files under `project_root` that mention `name` as a word, relative, sorted."""
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    found: set[str] = set()
    for glob in _TEST_FILE_GLOBS:
        for path in project_root.rglob(glob):
            if any(part.startswith(".") or part in ("node_modules", "__pycache__") for part in path.parts):
                continue
            try:
                if path.stat().st_size > _MAX_READ_BYTES:
                    continue
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if pattern.search(text):
                found.add(path.relative_to(project_root).as_posix())
    return sorted(found)[:_MAX_TEST_FILES]


def _joules_per_run(baseline_cpu_s: list[float], profile: Profile | None) -> tuple[float | None, str]:
    if profile is not None:
        return profile.energy.joules, f"{profile.energy.joules:.3g} J per run ({profile.energy.source}, profile)"
    if not baseline_cpu_s:
        return None, ""
    cpu = statistics.median(baseline_cpu_s)
    model = cpu_power_model()
    joules = cpu * model.watts_per_thread
    return joules, f"{joules:.3g} J per run (estimated: median CPU {cpu:.3f} s × {model.watts_per_thread:.2f} W)"
