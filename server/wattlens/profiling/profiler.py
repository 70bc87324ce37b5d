"""Profile a workload: energy of a plain run, CPU shares from scalene, joined per function."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from wattlens.analysis.functions import FunctionExtent, innermost_function, read_extents
from wattlens.models import EnergyMeasurement, FunctionProfile, LineProfile, Profile
from wattlens.profiling.carbon import WORLD_AVERAGE_G_PER_KWH, co2e_grams
from wattlens.profiling.meters import MeterReading, available_meters, estimate_joules
from wattlens.profiling.runner import run_measured
from wattlens.profiling.scalene import Share, interpreter_for, run_scalene

Progress = Callable[[str], None]


def profile_workload(
    argv: list[str],
    cwd: Path,
    grid_g_per_kwh: float = WORLD_AVERAGE_G_PER_KWH,
    timeout_s: float = 600.0,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> Profile:
    """Run `argv` in `cwd` twice — plain for energy, under scalene for shares — and join them.

    Energy comes from a plain run because scalene's sampling adds 40–50% CPU time here.
    """
    report = progress or (lambda _message: None)
    cwd = cwd.resolve()
    env = dict(os.environ)
    plain_argv = [interpreter_for(argv[0]), *argv[1:]] if _is_python(argv[0]) else argv

    report("measuring energy (plain run)")
    meters, _unavailable = available_meters()
    for meter in meters:
        meter.begin()
    run = run_measured(plain_argv, cwd, env, timeout_s, is_cancelled)
    readings = [meter.end() for meter in meters]
    energy = _energy(readings, run.cpu_s, run.elapsed_s, grid_g_per_kwh)

    report("profiling CPU shares (scalene)")
    shares = run_scalene(argv, cwd, env, timeout_s, is_cancelled)

    functions = _functions(shares.functions, energy)
    lines = sorted(
        (
            LineProfile(
                file=s.file,
                line=s.line,
                cpu_percent=round(s.cpu_percent, 2),
                python_percent=round(s.python_percent, 2),
                native_percent=round(s.native_percent, 2),
                system_percent=round(s.system_percent, 2),
                peak_mb=s.peak_mb,
                energy_j=energy.joules * s.cpu_percent / 100,
            )
            for s in shares.lines
        ),
        key=lambda ln: -ln.cpu_percent,
    )
    return Profile(
        command=argv,
        cwd=str(cwd),
        elapsed_s=run.elapsed_s,
        cpu_s=run.cpu_s,
        energy=energy,
        profiler=f"scalene {shares.version} (CPU shares); energy from a separate plain run",
        functions=functions,
        lines=lines,
    )


def _is_python(argv0: str) -> bool:
    return Path(argv0).name.startswith("python")


def _energy(
    readings: list[MeterReading], cpu_s: float, elapsed_s: float, grid: float
) -> EnergyMeasurement:
    measured = [r for r in readings if r.joules > 0]
    if measured:
        joules = sum(r.joules for r in measured)
        source = "+".join(r.source for r in measured)
        method = "; ".join(r.method for r in measured)
        uncertainty = None
    else:
        estimate = estimate_joules(cpu_s)
        joules, source, method = estimate.joules, estimate.source, estimate.method
        # The per-thread constant is a guess for an unknown CPU: a factor of two either way.
        uncertainty = joules / 2
    return EnergyMeasurement(
        joules=joules,
        source=source,  # type: ignore[arg-type]  # built from meter names above
        method=method,
        window_s=elapsed_s,
        uncertainty_j=uncertainty,
        co2e_g=co2e_grams(joules, grid),
        grid_g_per_kwh=grid,
    )


def _functions(shares: list[Share], energy: EnergyMeasurement) -> list[FunctionProfile]:
    """One FunctionProfile per function, named and bounded by the source, hottest first."""
    extents_by_file: dict[str, list[FunctionExtent]] = {}
    merged: dict[tuple[str, str], FunctionProfile] = {}
    for share in shares:
        extents = extents_by_file.setdefault(share.file, read_extents(Path(share.file)))
        extent = innermost_function(extents, share.line)
        if extent is None:
            continue  # module-level code, or a file that changed since the run
        key = (share.file, extent.qualname)
        previous = merged.get(key)
        cpu = share.cpu_percent + (previous.cpu_percent if previous else 0.0)
        joules = energy.joules * cpu / 100
        merged[key] = FunctionProfile(
            file=share.file,
            name=extent.qualname,
            line=extent.line,
            end_line=extent.end_line,
            cpu_percent=round(cpu, 2),
            python_percent=round(share.python_percent + (previous.python_percent if previous else 0), 2),
            native_percent=round(share.native_percent + (previous.native_percent if previous else 0), 2),
            system_percent=round(share.system_percent + (previous.system_percent if previous else 0), 2),
            energy_j=joules,
            co2e_g=co2e_grams(joules, energy.grid_g_per_kwh),
        )
    return sorted(merged.values(), key=lambda f: -f.cpu_percent)
