"""Profile a workload: CPU time and energy of a run, shares per function and per line.

Three modes, each saying where its figures come from:

- `fast` (on save): one run sampled by py-spy without pausing it. CPU time and
  energy come from that same run (py-spy runs outside the workload's process
  tree, so its own CPU is not counted); functions and lines from leaf samples.
- `full` (the CLI's default): one run sampled by py-spy with native frames, which
  pauses the workload for each sample; adds the Python/native split per line and
  function. CPU time and energy from the same run (pauses cost wall time, not CPU).
- `scalene`: a plain run for CPU time and energy plus a scalene run (with py-spy
  attached for lines, since scalene 2.4 charges the `def` line on 3.11);
  function shares and the Python/native/system split from scalene. Two runs:
  about 3× the wall time of a plain run.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wattlens.analysis.functions import FunctionExtent, innermost_function, read_extents
from wattlens.models import (
    EnergyMeasurement,
    FunctionProfile,
    LineProfile,
    Profile,
    ProfileMode,
    ProfilerName,
)
from wattlens.profiling.carbon import WORLD_AVERAGE_G_PER_KWH, co2e_grams
from wattlens.profiling.meters import Meter, MeterReading, available_meters, combine_readings
from wattlens.profiling.pyspy import Frame, Sample, Sampler, run_pyspy, workload_python
from wattlens.profiling.runner import RunResult, run_measured
from wattlens.profiling.scalene import LAUNCHER_NAME, Share, interpreter_for, run_scalene

Progress = Callable[[str], None]
MODES: tuple[ProfileMode, ...] = ("fast", "full", "scalene")


@dataclass
class _RunProfile:
    """What one run yields, before runs are combined."""

    run: RunResult
    energy: EnergyMeasurement
    functions: list[FunctionProfile]
    lines: list[LineProfile]
    profiler: str
    function_source: ProfilerName
    line_source: ProfilerName = "py-spy"


def profile_workload(
    argv: list[str],
    cwd: Path,
    grid_g_per_kwh: float = WORLD_AVERAGE_G_PER_KWH,
    timeout_s: float = 600.0,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
    mode: ProfileMode = "full",
    repeat: int = 1,
) -> Profile:
    """Profile `argv` run in `cwd` in `mode` (see the module docstring), `repeat` times.

    With `repeat` > 1 every figure is the mean over the runs, with its standard
    deviation alongside (`cpu_percent_stdev`, `elapsed_s_stdev`, …).
    """
    if mode not in MODES:
        raise ValueError(f"Unknown profile mode {mode!r}; use one of {', '.join(MODES)}.")
    report = progress or (lambda _message: None)
    cwd = cwd.resolve()
    runs = []
    for index in range(max(1, repeat)):
        suffix = f" [{index + 1}/{repeat}]" if repeat > 1 else ""
        runs.append(_profile_once(argv, cwd, grid_g_per_kwh, timeout_s, report, is_cancelled, mode, suffix))
    return _combine(argv, cwd, mode, runs)


def _profile_once(
    argv: list[str],
    cwd: Path,
    grid: float,
    timeout_s: float,
    report: Progress,
    is_cancelled: Callable[[], bool],
    mode: ProfileMode,
    suffix: str,
) -> _RunProfile:
    env = dict(os.environ)
    meters, _unavailable = available_meters()
    if mode == "scalene":
        plain_argv = [interpreter_for(argv[0]), *argv[1:]] if _is_python(argv[0]) else argv
        report(f"measuring energy (plain run){suffix}")
        run, energy = _measured_run(meters, grid, lambda: run_measured(plain_argv, cwd, env, timeout_s, is_cancelled))
        report(f"profiling CPU shares (scalene, py-spy for lines){suffix}")
        sampler = Sampler(cwd)
        try:
            shares = run_scalene(argv, cwd, env, timeout_s, is_cancelled, on_start=sampler.attach)
        except BaseException:
            sampler.abort()
            raise
        samples = sampler.finish()
        tally = _tally(samples, excluded=_scalene_dirs())
        return _RunProfile(
            run=run,
            energy=energy,
            functions=_scalene_functions(shares.functions, energy),
            lines=tally.lines(energy, native_split=False),
            profiler=(
                f"scalene {shares.version} (functions, Python/native/system split) + py-spy (lines); "
                "CPU time and energy from a separate plain run"
            ),
            function_source="scalene",
        )
    native = mode == "full"
    python_argv = [workload_python(argv[0]), *argv[1:]] if _is_python(argv[0]) else argv
    report(f"profiling (py-spy{', native frames' if native else ''}){suffix}")
    recordings = []

    def record() -> RunResult:
        recording = run_pyspy(python_argv, cwd, env, timeout_s, is_cancelled, native=native)
        recordings.append(recording)
        return recording.run

    run, energy = _measured_run(meters, grid, record)
    recording = recordings[0]
    tally = _tally(recording.samples)
    how = "native frames, pausing per sample" if native else "non-blocking"
    return _RunProfile(
        run=run,
        energy=energy,
        functions=tally.functions(energy, native_split=native),
        lines=tally.lines(energy, native_split=native),
        profiler=(
            f"py-spy {recording.version} ({how}, {recording.rate_hz} Hz, {len(recording.samples)} samples): "
            "functions by self time of leaf samples, lines by leaf line; "
            "CPU time and energy from the same run (py-spy's own CPU excluded)"
        ),
        function_source="py-spy",
    )


def _measured_run(
    meters: list[Meter], grid: float, run: Callable[[], RunResult]
) -> tuple[RunResult, EnergyMeasurement]:
    for meter in meters:
        meter.begin()
    result = run()
    readings: list[MeterReading] = [meter.end() for meter in meters]
    return result, _energy(readings, result.cpu_s, result.elapsed_s, grid)


def _is_python(argv0: str) -> bool:
    return Path(argv0).name.startswith("python")


def _scalene_dirs() -> tuple[str, ...]:
    spec = importlib.util.find_spec("scalene")
    if spec is None or spec.origin is None:
        return ()
    return (str(Path(spec.origin).parent),)


def _energy(
    readings: list[MeterReading], cpu_s: float, elapsed_s: float, grid: float
) -> EnergyMeasurement:
    reading = combine_readings(readings, cpu_s, elapsed_s)
    return EnergyMeasurement(
        joules=reading.joules,
        source=reading.source,  # type: ignore[arg-type]  # combine_readings names known sources
        method=reading.method,
        window_s=elapsed_s,
        uncertainty_j=reading.uncertainty_j,
        co2e_g=co2e_grams(reading.joules, grid),
        grid_g_per_kwh=grid,
    )


@dataclass
class _Count:
    weight: float = 0.0
    native: float = 0.0
    samples: int = 0


@dataclass
class _Tally:
    """py-spy samples summed per leaf line, per function (self) and per function (inclusive)."""

    total: float = 0.0
    lines_: dict[tuple[str, int], _Count] = field(default_factory=dict)
    self_: dict[tuple[str, str], _Count] = field(default_factory=dict)
    inclusive: dict[tuple[str, str], float] = field(default_factory=dict)
    extents: dict[tuple[str, str], FunctionExtent] = field(default_factory=dict)

    def lines(self, energy: EnergyMeasurement, native_split: bool) -> list[LineProfile]:
        out = [
            LineProfile(
                file=file,
                line=line,
                cpu_percent=round(self._percent(c.weight), 2),
                python_percent=round(self._percent(c.weight - c.native), 2) if native_split else 0.0,
                native_percent=round(self._percent(c.native), 2) if native_split else 0.0,
                energy_j=energy.joules * self._percent(c.weight) / 100,
                source="py-spy",
                samples=c.samples,
            )
            for (file, line), c in self.lines_.items()
        ]
        return sorted(out, key=lambda ln: (-ln.cpu_percent, ln.file, ln.line))

    def functions(self, energy: EnergyMeasurement, native_split: bool) -> list[FunctionProfile]:
        out = []
        for key, c in self.self_.items():
            extent = self.extents[key]
            cpu = self._percent(c.weight)
            joules = energy.joules * cpu / 100
            out.append(
                FunctionProfile(
                    file=key[0],
                    name=extent.qualname,
                    line=extent.line,
                    end_line=extent.end_line,
                    cpu_percent=round(cpu, 2),
                    python_percent=round(self._percent(c.weight - c.native), 2) if native_split else 0.0,
                    native_percent=round(self._percent(c.native), 2) if native_split else 0.0,
                    energy_j=joules,
                    co2e_g=co2e_grams(joules, energy.grid_g_per_kwh),
                    inclusive_percent=round(self._percent(self.inclusive.get(key, 0.0)), 2),
                    source="py-spy",
                    samples=c.samples,
                )
            )
        return sorted(out, key=lambda f: (-f.cpu_percent, f.file, f.line))

    def _percent(self, weight: float) -> float:
        return 100 * weight / self.total if self.total else 0.0


def _tally(samples: list[Sample], excluded: tuple[str, ...] = ()) -> _Tally:
    """Sum samples by leaf line and function; frames in `excluded` paths are the profiler's own."""
    tally = _Tally()
    extents_by_file: dict[str, list[FunctionExtent]] = {}
    real_file: dict[str, bool] = {}

    def is_real(file: str) -> bool:
        if file not in real_file:
            real_file[file] = Path(file).is_absolute() and Path(file).is_file()
        return real_file[file]

    def function_of(file: str, line: int) -> tuple[str, str] | None:
        if not is_real(file):
            return None
        extents = extents_by_file.get(file)
        if extents is None:
            extents = extents_by_file[file] = read_extents(Path(file))
        extent = innermost_function(extents, line)
        if extent is None:
            return None  # module-level code
        key = (file, extent.qualname)
        tally.extents[key] = extent
        return key

    for sample in samples:
        tally.total += sample.weight
        frames = _own_frames([f for f in sample.stack if f.is_python], excluded)
        if not frames:
            continue  # native-only stacks (e.g. the garbage collector) stay unattributed
        leaf = frames[-1]
        # Native time below the leaf Python frame runs on behalf of that line.
        native = sample.weight if sample.in_native else 0.0
        if is_real(leaf.file):
            count = tally.lines_.setdefault((leaf.file, leaf.line), _Count())
            count.weight += sample.weight
            count.native += native
            count.samples += 1
        key = function_of(leaf.file, leaf.line)
        if key is not None:
            count = tally.self_.setdefault(key, _Count())
            count.weight += sample.weight
            count.native += native
            count.samples += 1
        on_stack = {k for f in frames if (k := function_of(f.file, f.line)) is not None}
        for k in on_stack:
            tally.inclusive[k] = tally.inclusive.get(k, 0.0) + sample.weight
    return tally


_ENTRY_FILES = (LAUNCHER_NAME, "replacement_exec.py", "runpy.py", "<frozen runpy>")
"""Frames through which a profiler enters the workload (scalene's launcher and exec)."""


def _own_frames(frames: list[Frame], excluded: tuple[str, ...]) -> list[Frame]:
    """The workload's frames: those up to the last entry frame are the profiler's
    launcher, and those from the next profiler frame on are its signal handlers."""
    if not excluded:
        return frames
    entries = [i for i, f in enumerate(frames) if f.file.endswith(_ENTRY_FILES)]
    start = entries[-1] + 1 if entries else 0
    stop = next(
        (i for i in range(start, len(frames)) if any(x in frames[i].file for x in excluded)), len(frames)
    )
    return frames[start:stop]


def _scalene_functions(shares: list[Share], energy: EnergyMeasurement) -> list[FunctionProfile]:
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
            source="scalene",
        )
    return sorted(merged.values(), key=lambda f: -f.cpu_percent)


def _mean_sd(values: list[float]) -> tuple[float, float | None]:
    mean = statistics.fmean(values)
    return mean, (statistics.stdev(values) if len(values) > 1 else None)


def _combine(argv: list[str], cwd: Path, mode: ProfileMode, runs: list[_RunProfile]) -> Profile:
    """One Profile from one or more runs: means, with standard deviations when there are several."""
    n = len(runs)
    elapsed, elapsed_sd = _mean_sd([r.run.elapsed_s for r in runs])
    cpu_s, cpu_sd = _mean_sd([r.run.cpu_s for r in runs])
    joules, joules_sd = _mean_sd([r.energy.joules for r in runs])
    first = runs[0].energy
    energy = first.model_copy(
        update={
            "joules": joules,
            "co2e_g": co2e_grams(joules, first.grid_g_per_kwh),
            "window_s": elapsed,
            "uncertainty_j": first.uncertainty_j if n == 1 or first.uncertainty_j is None else joules / 2,
            "method": first.method + (f"; mean of {n} runs" if n > 1 else ""),
        }
    )
    functions = _combine_items([r.functions for r in runs], lambda f: (f.file, f.name), energy)
    lines = _combine_items([r.lines for r in runs], lambda ln: (ln.file, str(ln.line)), energy)
    return Profile(
        command=argv,
        cwd=str(cwd),
        elapsed_s=elapsed,
        cpu_s=cpu_s,
        energy=energy,
        profiler=runs[0].profiler + (f"; mean of {n} runs" if n > 1 else ""),
        functions=functions,  # type: ignore[arg-type]
        lines=lines,  # type: ignore[arg-type]
        mode=mode,
        function_source=runs[0].function_source,
        line_source=runs[0].line_source,
        runs=n,
        elapsed_s_stdev=elapsed_sd,
        cpu_s_stdev=cpu_sd,
        energy_j_stdev=joules_sd,
        max_rss_mb=max(r.run.max_rss_mb for r in runs) if mode != "scalene" else None,
    )


def _combine_items(
    per_run: list[list[FunctionProfile]] | list[list[LineProfile]],
    key: Callable[..., tuple[str, str]],
    energy: EnergyMeasurement,
) -> list[FunctionProfile | LineProfile]:
    """Mean of each item's percentages over the runs (0 where a run did not see it)."""
    n = len(per_run)
    by_key: dict[tuple[str, str], list[FunctionProfile | LineProfile]] = {}
    for items in per_run:
        for item in items:
            by_key.setdefault(key(item), []).append(item)
    out: list[FunctionProfile | LineProfile] = []
    for seen in by_key.values():
        def mean(attr: str, seen: list[FunctionProfile | LineProfile] = seen) -> float:
            return sum(float(getattr(i, attr) or 0.0) for i in seen) / n

        cpu_values = [i.cpu_percent for i in seen] + [0.0] * (n - len(seen))
        cpu, cpu_sd = _mean_sd(cpu_values)
        update: dict[str, object] = {
            "cpu_percent": round(cpu, 2),
            "python_percent": round(mean("python_percent"), 2),
            "native_percent": round(mean("native_percent"), 2),
            "system_percent": round(mean("system_percent"), 2),
            "energy_j": energy.joules * cpu / 100,
            "samples": sum(i.samples for i in seen),
            "runs": n,
            "cpu_percent_stdev": round(cpu_sd, 2) if cpu_sd is not None else None,
        }
        if isinstance(seen[0], FunctionProfile):
            update["co2e_g"] = co2e_grams(energy.joules * cpu / 100, energy.grid_g_per_kwh)
            if seen[0].inclusive_percent is not None:
                update["inclusive_percent"] = round(mean("inclusive_percent"), 2)
        out.append(seen[0].model_copy(update=update))
    return sorted(out, key=lambda i: -i.cpu_percent)
