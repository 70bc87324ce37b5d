"""`wattlens doctor`: which parts work here, and how to fix the rest."""

from __future__ import annotations

import importlib.util
import os
import shutil
from dataclasses import dataclass

from wattlens.profiling.carbon import LIVE_URL_ENV, grid_intensity_for
from wattlens.profiling.meters import NvmlMeter, cpu_power_model, probe_meters


@dataclass(frozen=True)
class Check:
    """The state of one part of wattlens on this machine."""

    part: str
    ok: bool
    detail: str
    required: bool = True


def run_checks() -> list[Check]:
    """Check every part; never raises."""
    checks = [_sampler(), _module("scalene", "scalene", "pip install 'scalene>=2.4'")]
    checks.extend(energy_checks())
    checks.append(_module("llama.cpp", "llama_cpp", "pip install llama-cpp-python (compiles ~7 min)"))
    checks.append(_model())
    checks.append(_module("lancedb", "lancedb", "pip install lancedb"))
    checks.append(_docker())
    return checks


def energy_checks() -> list[Check]:
    """Each energy meter (works, or why not and the fix), the estimate's constants, and the grid intensity."""
    checks: list[Check] = []
    meters, reasons = probe_meters()
    for meter in meters:
        detail = {
            "rapl": "measures CPU package + DRAM energy (pyRAPL, wrap-corrected)",
            "nvml": "measures GPU energy",
        }.get(meter.name, "measures energy")
        if isinstance(meter, NvmlMeter):
            detail += ": " + ", ".join(meter.gpus)
        checks.append(Check(f"meter:{meter.name}", True, detail, required=False))
    for name, reason in reasons.items():
        checks.append(Check(f"meter:{name}", False, reason, required=False))
    model = cpu_power_model()
    cpu_measured = any(m.name == "rapl" for m in meters)
    use = "unused while RAPL works" if cpu_measured else "CPU energy is estimated (≈)"
    checks.append(Check("estimate", True, f"{use}: CPU time × {model.describe()}"))
    grid, where = grid_intensity_for(None)
    live = os.environ.get(LIVE_URL_ENV)
    live_text = f"; live source {live} (1 s timeout, falls back to the table)" if live else ""
    checks.append(Check(
        "grid",
        True,
        f"{grid:g} gCO2e/kWh — {where}; set a region with `--grid-region FRA` or the `gridRegion` setting "
        f"(offline per-country table), or an exact figure with `--grid`/`gridIntensity`{live_text}",
    ))
    return checks


def _sampler() -> Check:
    from wattlens.profiling.pyspy import pyspy_executable
    from wattlens.profiling.runner import WorkloadError

    try:
        executable = pyspy_executable()
    except WorkloadError as err:
        return Check("py-spy", False, str(err))
    note = "" if os.geteuid() == 0 else (
        "; not root: attaching needs kernel.yama.ptrace_scope=0 or CAP_SYS_PTRACE on py-spy"
    )
    return Check("py-spy", True, f"line-accurate sampler at {executable}{note}")


def _module(part: str, module: str, fix: str) -> Check:
    if importlib.util.find_spec(module) is None:
        return Check(part, False, f"`{module}` is not importable; fix: {fix}")
    return Check(part, True, f"`{module}` is importable")


def _model() -> Check:
    try:
        from wattlens.optimize.model import default_model_path

        path = default_model_path()
    except Exception as err:
        return Check("model", False, f"cannot locate the default model: {err}")
    if path.is_file():
        return Check("model", True, f"default GGUF at {path}")
    return Check("model", False, f"{path} is missing; fix: run `wattlens fetch-model`, or set a GGUF path")


def _docker() -> Check:
    try:
        from wattlens.verify.engine import connect_engine

        client = connect_engine(timeout_s=5)
        version = client.version().get("Version", "?")
        return Check("docker", True, f"engine {version} answers")
    except Exception as err:
        hint = "" if shutil.which("docker") else " (no docker CLI either)"
        return Check("docker", False, f"{err}{hint}")
